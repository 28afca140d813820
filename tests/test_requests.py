"""The file commands, as the command line runs them when no app is running."""

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach.commands import Files, execute
from coach.core.session import RunRecord
from coach.store.history import History

LONDON = ZoneInfo("Europe/London")


def run(files: Files, command: str, **fields: object):
    return execute({"command": command, **fields}, files)


def test_water_add_and_undo_count_today(files: Files) -> None:
    assert run(files, "water-add").text == "1 of 8 glasses today."
    assert run(files, "water-add", count=3).text == "4 of 8 glasses today."
    assert run(files, "water-undo").text == "Took back a glass. 3 of 8 glasses today."
    files.clock.advance(5 * 3600)  # 01:00: still the same water day
    assert run(files, "water-add").text == "4 of 8 glasses today."
    files.clock.advance(3 * 3600)  # 04:00: a new day
    assert run(files, "water-undo").code == 2
    assert run(files, "water-add").text == "1 of 8 glasses today."


@pytest.mark.parametrize("count", [0, 31, -1, "2", 1.5])
def test_water_add_refuses_silly_counts(files: Files, count: object) -> None:
    reply = run(files, "water-add", count=count)
    assert (reply.code, reply.text) == (
        2,
        "The number of glasses must be a whole number from 1 to 30.",
    )


def test_status_as_json(files: Files) -> None:
    run(files, "water-add", count=2)
    start = files.clock.now()
    files.history.record_run(RunRecord("evening", start, start + timedelta(minutes=8), 6, 6, True))
    data = json.loads(run(files, "status", json=True).text)
    assert data == {
        "water": {"today": 2, "goal": 8},
        # Tonight's routine is done: the next reminder is tomorrow's.
        "next_reminder": "2026-11-26T22:00:00+00:00",
        "last_run": {
            "routine": "evening",
            "started_at": "2026-11-25T20:00:00+00:00",
            "ended_at": "2026-11-25T20:08:00+00:00",
            "steps_completed": 6,
            "steps_total": 6,
            "completed": True,
        },
        "running": False,
    }


def test_status_with_reminders_off_says_null(files: Files) -> None:
    run(files, "config-set", key="reminder.enabled", value="off")
    data = json.loads(run(files, "status", json=True).text)
    assert data["next_reminder"] is None
    assert "Next reminder: none." in run(files, "status").text


def test_config_set_and_get(files: Files) -> None:
    assert run(files, "config-set", key="water.goal", value="6").text == "water.goal is now 6."
    assert run(files, "config-get", key="water.goal").text == "6"
    saved = json.loads(files.paths.settings_file.read_text())
    assert saved["water"]["goal"] == 6


def test_an_invalid_value_is_refused_and_the_file_left_untouched(files: Files) -> None:
    run(files, "config-set", key="reminder.time", value="21:30")
    before = files.paths.settings_file.read_bytes()
    reply = run(files, "config-set", key="reminder.time", value="9pm")
    assert reply.code == 2
    assert "reminder.time must be a time of day as HH:MM" in reply.text
    reply = run(files, "config-set", key="reminder.colour", value="blue")
    assert (reply.code, reply.text.startswith("There is no setting 'reminder.colour'.")) == (
        2,
        True,
    )
    assert files.paths.settings_file.read_bytes() == before


def test_start_at_login_writes_the_autostart_entry(
    files: Files, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "bedtime-coach.desktop"
    run(files, "config-set", key="app.start_at_login", value="on")
    text = entry.read_text()
    assert "--hidden" in text
    assert f"--data-dir {files.paths.data_dir}" in text
    run(files, "config-set", key="app.start_at_login", value="off")
    assert not entry.exists()


def test_a_broken_settings_file_is_reported_once(files: Files) -> None:
    files.paths.settings_file.write_text("{nope")
    reply = run(files, "status")
    assert reply.code == 0
    assert reply.notice is not None
    assert "could not be used" in reply.notice
    assert run(files, "status").notice is None  # set aside: said once


def test_cramp_add_logs_it_or_says_what_is_allowed(files: Files) -> None:
    reply = run(files, "cramp-add", leg="left", severity=6, minutes=2.0, note="woke at 3")
    assert reply.text == "Logged a cramp: left leg, 6 of 10, at 2026-11-25 20:00."
    at_three = run(files, "cramp-add", at="2026-11-26T03:10:00+00:00")
    assert at_three.text == "Logged a cramp: both legs, 5 of 10, at 2026-11-26 03:10."
    assert run(files, "cramp-add", severity=0).code == 2
    assert run(files, "cramp-add", leg="arm").text.startswith("The leg must be one of left")
    assert run(files, "cramp-add", at="03:10").code == 2
    start = datetime(2026, 11, 1, tzinfo=LONDON)
    assert [c.leg for c in files.history.cramps(start, start + timedelta(days=60))] == [
        "left",
        "both",
    ]


def test_export_then_import_elsewhere(files: Files, tmp_path: Path) -> None:
    run(files, "water-add", count=2)
    assert run(files, "export", folder=str(tmp_path / "out")).text == (
        f"Wrote 5 files to {tmp_path / 'out'}."
    )
    other = History(tmp_path / "other.sqlite3")
    elsewhere = Files(files.paths, files.clock, other)
    assert run(elsewhere, "import", folder=str(tmp_path / "out")).text == (
        "Imported 2 entries; 0 were here already."
    )
    (tmp_path / "out" / "cramps.csv").write_text("id,started_at\n")
    refused = run(elsewhere, "import", folder=str(tmp_path / "out"))
    assert refused.code == 2
    assert refused.text.startswith("Nothing was imported: ")
    other.close()


def test_found_by_fuzzing_a_glass_count_must_be_a_number_not_true(files) -> None:
    reply = run(files, "water-add", count=True)
    assert (reply.code, reply.text) == (
        2,
        "The number of glasses must be a whole number from 1 to 30.",
    )


def test_found_by_fuzzing_a_cramps_minutes_must_be_a_number(files) -> None:
    reply = execute({"command": "cramp-add", "minutes": "ten"}, files)
    assert reply.code == 2
    assert reply.text == "How long must be more than 0 and at most 600 minutes; 'ten' is not."
