"""The README names only files that are in the repository, and points at the specs in docs/."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A file named in `code` or as a link target: a path or a name with an extension.
NAMED = re.compile(r"`([\w./-]+\.(?:md|py|png|svg|sh|yml|yaml|spec|toml|ico|icns|iss))`|\]\(([^)#\s]+)\)")
MADE_BY_A_BUILD = ("dist/", "dist\\", "build/")


def tracked() -> set[str]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return {line for line in out.splitlines() if line}


def test_the_readme_names_no_file_that_is_not_in_the_repository():
    files = tracked() | {str(p.relative_to(ROOT)) for p in (ROOT / "docs").rglob("*") if p.is_file()}
    names = {Path(f).name for f in files}
    missing = []
    for match in NAMED.finditer((ROOT / "README.md").read_text(encoding="utf-8")):
        named = match.group(1) or match.group(2)
        if named.startswith(("http://", "https://", "mailto:")) or named.startswith(MADE_BY_A_BUILD):
            continue
        found = named in files or (ROOT / named).is_dir() if "/" in named else named in names
        if not found:
            missing.append(named)
    assert not missing


def test_the_specs_live_in_docs_and_the_readme_points_at_each():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("indicators", "interchange", "cli", "privacy", "meetings"):
        assert (ROOT / "docs" / f"{name}.md").stat().st_size > 1500
        assert f"(docs/{name}.md)" in readme
    assert "spec/" not in readme
