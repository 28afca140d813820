"""Saves settings and writes history as fast as it can, through the requests the command
line and the running app make of the journal, saying before and after each change. The
fault tests kill it with SIGKILL at random moments. Run: python -m tests.system.writer
DATA_DIR SEED"""

from __future__ import annotations

import random
import sys
from datetime import timedelta
from pathlib import Path

from coach import requests
from coach.core.clock import FakeClock, SystemClock
from coach.core.routine import Routine, in_order, load_routine
from coach.journal import Journal
from coach.store.paths import Paths

ROUTINES = Path(__file__).resolve().parents[2] / "coach" / "routines"


def shipped_routines() -> dict[str, Routine]:
    """The repository's routines, read from assets/ without Qt (the writer starts fast)."""
    return in_order(
        load_routine(path.read_text(encoding="utf-8"), path.name)
        for path in ROUTINES.glob("*.toml")
    )


def main(folder: str, seed: int) -> None:
    # Each writer on a day of its own, a glass every quarter of an hour, as far as the
    # journal can tell: never past the 100 glasses a day it keeps.
    clock = FakeClock(SystemClock().now() - timedelta(days=seed))
    journal = Journal.open(Paths.in_folder(Path(folder)), clock, shipped_routines())
    chance = random.Random(seed)
    while True:
        request: requests.Request
        if chance.random() < 0.5:
            goal = str(chance.randint(1, 30))
            print("try goal", goal, flush=True)
            request = requests.SetSetting("water.goal", goal)
            done = f"goal {goal}"
        else:
            print("try glass", flush=True)
            clock.advance(15 * 60)
            request = requests.AddGlasses(1)
            done = "glass"
        reply = requests.perform(request, journal)
        if reply.code != 0:
            raise SystemExit(reply.text)
        print(done, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
