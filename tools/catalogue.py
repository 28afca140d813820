"""Write the app's translations as JSON catalogues in the package, from the .ts sources.

    python tools/catalogue.py     (run by `make translations`)

`translations/bedtime-coach_LANG.ts` stays the one source of our strings; the catalogue,
coach/i18n/bedtime-coach_LANG.json, is what the app reads: {context: {source: text}},
without Qt, so the command line speaks the language without loading Qt (coach/i18n).
An empty or obsolete translation is left out, as lrelease leaves it out of a .qm.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "translations"
CATALOGUES = ROOT / "coach" / "i18n"


def catalogue(ts: Path) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            if translation.text:
                found.setdefault(name, {})[message.findtext("source") or ""] = translation.text
    return found


def text(ts: Path) -> str:
    """The catalogue file's text: sorted, one message a line, so diffs stay readable."""
    return json.dumps(catalogue(ts), ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def target(ts: Path) -> Path:
    return CATALOGUES / f"{ts.stem}.json"


def main() -> None:
    for ts in sorted(SOURCES.glob("bedtime-coach_*.ts")):
        target(ts).write_text(text(ts), encoding="utf-8")


if __name__ == "__main__":
    main()
