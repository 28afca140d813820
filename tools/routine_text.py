"""Write coach/ui/routine_text.py: the shipped routines' texts, marked for translation.

`pyside6-lupdate` reads Python, not TOML, so the titles, descriptions, instructions and
phase words of coach/routines/*.toml are listed as QT_TRANSLATE_NOOP calls for it to
extract. Run: python tools/routine_text.py (`make translations` does).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.core.routine import Routine, load_routine  # noqa: E402

TARGET = ROOT / "coach" / "ui" / "routine_text.py"


def texts(routine: Routine) -> list[str]:
    found = [routine.title, routine.description]
    for step in routine.steps:
        found += [step.title, step.instructions, step.word]
    return [text for text in found if text]


def module() -> str:
    lines = [
        '"""The shipped routines\' texts, for pyside6-lupdate, which cannot read TOML.',
        "",
        "Written by tools/routine_text.py from coach/routines/; do not edit.",
        '"""',
        "",
        "from coach.core.text import QT_TRANSLATE_NOOP",
        "",
        "TEXTS = (",
    ]
    seen: set[str] = set()
    for path in sorted((ROOT / "coach" / "routines").glob("*.toml")):
        routine = load_routine(path.read_text(encoding="utf-8"), path.name)
        for text in texts(routine):
            if text not in seen:
                seen.add(text)
                literal = json.dumps(text, ensure_ascii=False)
                lines.append(f'    QT_TRANSLATE_NOOP("Routine", {literal}),')
    lines.append(")")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    TARGET.write_text(module(), encoding="utf-8")
