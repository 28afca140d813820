"""The routines the app ships: one TOML file each, beside this module (package data),
read without Qt so that the command line loads none."""

from __future__ import annotations

from pathlib import Path

from coach.core.routine import Routine, in_order, load_routine

FOLDER = Path(__file__).parent


def shipped_routines() -> dict[str, Routine]:
    """The shipped routines by id, in the order a person picks from (each file says)."""
    return in_order(
        load_routine(path.read_text(encoding="utf-8"), path.name)
        for path in sorted(FOLDER.glob("*.toml"))
    )
