"""What every start does with the journal loads no more of the core than it needs
(issue 17): opening it, the status, the reminder and the water leave the comparisons, the
trial, the walks, the monthly questions and the player unloaded; they load when asked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

RUNNER = """
import sys
from pathlib import Path
from coach.core.clock import SystemClock
from coach.journal import Journal
from coach.routines import shipped_routines

journal = Journal.in_folder(Path(sys.argv[1]), SystemClock(), shipped_routines())
journal.status()
journal.next_reminder()
journal.no_stretching_tonight()
journal.skip_state()
journal.add_glasses()
print(" ".join(sorted(name for name in sys.modules if name.startswith("coach."))))
if sys.argv[2:] == ["trial"]:
    journal.start_trial()
    journal.no_stretching_tonight()
    journal.next_reminder()
    print(" ".join(sorted(name for name in sys.modules if name.startswith("coach."))))
"""
NOT_AT_START = (
    "coach.core.comparison",
    "coach.core.rates",
    "coach.core.trial",
    "coach.core.walking",
    "coach.core.monthly",
    "coach.core.report",
    "coach.core.session",
    "coach.core.followed",
)


def loaded(data: Path, *more: str) -> list[set[str]]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, str(data), *more],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return [set(line.split()) for line in done.stdout.splitlines()]


def test_a_start_loads_only_what_it_uses(tmp_path: Path) -> None:
    [modules] = loaded(tmp_path / "data")
    assert "coach.journal" in modules
    assert modules.isdisjoint(NOT_AT_START), sorted(modules.intersection(NOT_AT_START))


def test_a_trial_loads_its_module_when_there_is_one(tmp_path: Path) -> None:
    [before, after] = loaded(tmp_path / "data", "trial")
    assert "coach.core.trial" not in before
    assert "coach.core.trial" in after


def test_the_tray_loads_neither_the_trial_nor_the_player() -> None:
    """The tray's start (`coach.ui.desktop`: tray, reminders, sound, voice) loads the
    trial's module only on a trial's night, and the player only when a routine starts."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT)}
    code = (
        "import sys, coach.ui.desktop\n"
        "print(sorted({'coach.core.trial', 'coach.core.session'} & set(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout == "[]\n", done.stdout + done.stderr
