"""Refresh and compile the translation catalogues: `python scripts/translations.py`.

Each area of the app has its own catalogue, so work on one area never touches another's
file: `resources/translations/<area>.sources` lists the area's source globs, one a line. `lupdate` collects every `tr()`/`translate()` string of the area's sources into
`resources/translations/<area>_ru.ts` (keeping the translations already there); fill in the
Russian in that file, then this script (or `--compile-only`) builds the `.qm` the app loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def areas() -> dict[str, list[str]]:
    """area → source globs (relative to the repository), from the `.sources` files."""
    return {
        f.stem: [line.strip() for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        for f in sorted(FOLDER.glob("*.sources"))
    }


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials in this environment")
    return found


def sources(patterns: list[str]) -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for pattern in patterns for p in ROOT.glob(pattern))


def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The finished plural translations in a catalogue, by (context, source)."""
    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            if forms and all(forms) and translation.get("type") != "unfinished":
                found[(context.findtext("name") or "", message.findtext("source") or "")] = forms
    return found


def mark_plurals(ts: Path, saved: dict[tuple[str, str], list[str]]) -> None:
    """Mark every message with `%n` as plural and put back its saved forms. PySide's lupdate marks
    only `self.tr(..., n)`, not `QCoreApplication.translate(context, text, None, n)`, and
    drops the forms of messages it does not see as plural; Russian needs all three."""
    tree = ET.parse(ts)
    for context in tree.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source:
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            forms = saved.get((context.findtext("name") or "", source))
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms or ["", "", ""]:
                ET.SubElement(translation, "numerusform").text = form
            if forms:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--compile-only", action="store_true")
    args = parser.parse_args()
    for area, patterns in areas().items():
        ts = FOLDER / f"{area}_ru.ts"
        files = sources(patterns)
        if not args.compile_only and files:
            saved = plural_forms(ts)
            subprocess.run(
                [tool("lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)], cwd=ROOT, check=True
            )
            mark_plurals(ts, saved)
        if ts.exists():
            subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
