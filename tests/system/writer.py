"""Saves settings and writes history as fast as it can, through the commands the command
line and the running app use, saying before and after each change. The fault tests kill
it with SIGKILL at random moments. Run: python -m tests.system.writer DATA_DIR SEED"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from coach.commands import Files, execute
from coach.core.clock import SystemClock
from coach.store.history import History
from coach.store.paths import Paths


def main(folder: str, seed: int) -> None:
    paths = Paths.in_folder(Path(folder))
    paths.create()
    files = Files(paths, SystemClock(), History(paths.history_file))
    chance = random.Random(seed)
    while True:
        if chance.random() < 0.5:
            goal = str(chance.randint(1, 30))
            print("try goal", goal, flush=True)
            reply = execute({"command": "config-set", "key": "water.goal", "value": goal}, files)
            done = f"goal {goal}"
        else:
            print("try glass", flush=True)
            reply = execute({"command": "water-add", "count": 1}, files)
            done = "glass"
        if reply.code != 0:
            raise SystemExit(reply.text)
        print(done, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
