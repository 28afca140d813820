"""A full disk and a read-only data folder, for real: the data folder is a small tmpfs of
its own, filled up or remounted read-only under the running app and the command line.
The person is told in a sentence, the previous files stay intact, the app keeps running.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.system.conftest import Coach

SIZE = "1m"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A data folder on a 1 MB file system of its own (mounting needs root, as in CI)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    folder = tmp_path / "data"
    folder.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=700", "tmpfs", folder], check=True
    )
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", folder], check=True)


def remount(folder: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", folder], check=True)


def fill(folder: Path) -> Path:
    """Write until the file system is full; the filler, to delete for space again."""
    filler = folder / "filler"
    try:
        with filler.open("wb") as file:
            while True:
                file.write(b"\0" * 4096)
                file.flush()
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
    return filler


def glasses(folder: Path) -> int:
    """The glasses in the history, read without writing anything (no -shm file where the
    folder is read-only or full: then nobody has it open and it is all in the file)."""
    path = folder / "history.sqlite3"
    how = "mode=ro" if path.with_name(path.name + "-shm").exists() else "immutable=1"
    with sqlite3.connect(f"file:{path}?{how}", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        count: int = db.execute("SELECT count(*) FROM water_glasses").fetchone()[0]
    db.close()
    return count


@pytest.fixture
def coach_on_disk(app_env: dict[str, str], disk: Path) -> Iterator[Coach]:
    helper = Coach(app_env, disk)
    yield helper
    for app in helper.apps:
        app.kill()
        app.wait(timeout=30)


def test_a_read_only_data_folder_is_said_and_loses_nothing(coach_on_disk: Coach) -> None:
    # The command line alone: a file system cannot be made read-only under a running app
    # that has its history open for writing (the settings dialog's case is a UI test).
    coach = coach_on_disk
    assert coach.run("water", "add").returncode == 0
    assert coach.run("config", "set", "water.goal", "6").returncode == 0
    before = (coach.data / "settings.json").read_bytes()
    remount(coach.data, "ro")

    for change in (("config", "set", "water.goal", "5"), ("water", "add")):
        refused = coach.run(*change)
        assert refused.returncode == 1
        assert refused.stderr == (
            "Bedtime Coach cannot open its history: the history is read-only here.\n"
        )
    assert (coach.data / "settings.json").read_bytes() == before
    assert glasses(coach.data) == 1

    remount(coach.data, "rw")
    assert coach.run("water", "add").stdout == "2 of 6 glasses today.\n"


@pytest.mark.parametrize("running", [True, False], ids=["running app", "command line alone"])
def test_a_full_disk_is_said_and_loses_nothing(coach_on_disk: Coach, running: bool) -> None:
    coach = coach_on_disk
    if running:
        coach.start()
    assert coach.run("water", "add").returncode == 0
    assert coach.run("config", "set", "water.goal", "7").returncode == 0
    before = (coach.data / "settings.json").read_bytes()
    filler = fill(coach.data)

    refused = coach.run("config", "set", "water.goal", "5")
    assert refused.returncode == 1
    assert refused.stderr.startswith(
        (
            "Nothing was saved: the disk is full (",  # the app, with its history open
            "Bedtime Coach cannot open its history: the disk is full.",  # no app
        )
    )
    assert (coach.data / "settings.json").read_bytes() == before
    assert not list(coach.data.glob(".*.tmp"))  # no half-written file left behind
    added = coach.run("water", "add")
    # SQLite may still fit a glass into pages it already has; if not, it says so.
    assert added.returncode == 0 or "the disk is full" in added.stderr
    if running:
        assert coach.running()
        assert all(app.poll() is None for app in coach.apps)

    filler.unlink()
    assert glasses(coach.data) == (2 if added.returncode == 0 else 1)
    assert coach.run("config", "set", "water.goal", "5").stdout == "water.goal is now 5.\n"
