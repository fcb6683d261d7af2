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


def finished(ts: Path) -> dict[tuple[str, str], str | list[str]]:
    """The finished translations in a catalogue by (context, source): text, or plural forms."""
    if not ts.exists():
        return {}
    found: dict[tuple[str, str], str | list[str]] = {}
    for context in ET.parse(ts).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            key = (context.findtext("name") or "", message.findtext("source") or "")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if forms and all(forms):
                found[key] = forms
            elif not forms and translation.text:
                found[key] = translation.text
    return found


def settle(ts: Path, known: dict[tuple[str, str], str | list[str]]) -> None:
    """After lupdate: mark every `%n` message as plural, and fill what is known from any catalogue.

    PySide's lupdate marks as plural only `self.tr(..., n)`, not `QCoreApplication.translate(
    context, text, None, n)`, and drops the forms of messages it does not see as plural (Russian
    needs all three); and a string that moved to another area's file would start untranslated.
    """
    tree = ET.parse(ts)
    for context in tree.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            value = known.get((context.findtext("name") or "", source))
            if "%n" in source:
                message.set("numerus", "yes")
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                forms = value if isinstance(value, list) else ["", "", ""]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            elif translation.get("type") == "unfinished" and isinstance(value, str):
                translation.text = value
            else:
                continue
            if value:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--compile-only", action="store_true")
    args = parser.parse_args()
    known: dict[tuple[str, str], str | list[str]] = {}
    for ts in sorted(FOLDER.glob("*_ru.ts")):
        known.update(finished(ts))
    for area, patterns in areas().items():
        ts = FOLDER / f"{area}_ru.ts"
        files = sources(patterns)
        if not args.compile_only and files:
            subprocess.run(
                [tool("lupdate"), "-no-obsolete", "-locations", "none", *files, "-ts", str(ts)], cwd=ROOT, check=True
            )
            settle(ts, known)
        if ts.exists():
            subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
