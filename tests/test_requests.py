"""The requests, as the command line runs them when no app is running (and the running
app when one is): typed, checked once where they enter, answered by the journal."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from coach import requests
from coach.core.clock import FakeClock
from coach.core.runs import RunRecord
from coach.core.settings import KEYS
from coach.journal import Journal, RefusedError
from coach.requests import Reply
from tests.conftest import shipped_routines

LONDON = ZoneInfo("Europe/London")
GLASSES_REFUSAL = "The number of glasses must be a whole number from 1 to 30."


def answer(journal: Journal, data: dict[str, Any]) -> Reply:
    """A line from the socket, answered as the running app answers it: a request that
    cannot be made is refused with its sentence (code 2)."""
    try:
        request = requests.from_json(data)
    except RefusedError as refusal:
        return Reply(requests.REFUSED, str(refusal))
    return requests.perform(request, journal)


def test_water_add_and_undo_count_today(journal: Journal) -> None:
    perform = requests.perform
    assert perform(requests.AddGlasses(), journal).text == "1 of 8 glasses today."
    assert perform(requests.AddGlasses(3), journal).text == "4 of 8 glasses today."
    assert perform(requests.TakeBackGlass(), journal).text == (
        "Took back a glass. 3 of 8 glasses today."
    )
    journal.clock.advance(5 * 3600)  # type: ignore[attr-defined]  # 01:00: the same water day
    assert perform(requests.AddGlasses(), journal).text == "4 of 8 glasses today."
    journal.clock.advance(3 * 3600)  # type: ignore[attr-defined]  # 04:00: a new day
    refused = perform(requests.TakeBackGlass(), journal)
    assert (refused.code, refused.text) == (2, "There is no glass to take back today.")
    assert perform(requests.AddGlasses(), journal).text == "1 of 8 glasses today."


@pytest.mark.parametrize("count", [0, 31, -1, "2", 1.5])
def test_water_add_refuses_silly_counts(journal: Journal, count: object) -> None:
    reply = answer(journal, {"command": "water-add", "count": count})
    assert (reply.code, reply.text) == (2, GLASSES_REFUSAL)
    assert journal.water_today() == 0


@pytest.mark.parametrize("count", [0, 31, -1])
def test_a_typed_count_out_of_range_is_refused_by_the_journal(journal: Journal, count: int) -> None:
    reply = requests.perform(requests.AddGlasses(count), journal)
    assert (reply.code, reply.text) == (2, GLASSES_REFUSAL)


@pytest.mark.parametrize("count", ["2", 1.5, None])
def test_a_count_that_is_not_a_number_cannot_be_made_into_a_request(count: object) -> None:
    with pytest.raises(RefusedError) as caught:
        requests.AddGlasses(count)  # type: ignore[arg-type]
    assert str(caught.value) == GLASSES_REFUSAL


def test_status_as_json(journal: Journal) -> None:
    requests.perform(requests.AddGlasses(2), journal)
    start = journal.clock.now()
    journal.record_run(RunRecord("evening", start, start + timedelta(minutes=8), 6, 6, True))
    data = json.loads(requests.perform(requests.Status(json=True), journal).text)
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
            "routine_done": True,
        },
        # The journal was first used at 20:00 on the 25th: the night before may still be
        # recorded (remembered the next day), so status asks for it.
        "last_night": {"night": "2026-11-24", "state": "not-recorded", "cramps": None},
        "running": False,
    }


def test_status_as_text(journal: Journal) -> None:
    # In local time and words, not ISO instants (status --json keeps those).
    assert requests.perform(requests.Status(), journal).text == (
        "Water: 0 of 8 glasses today.\nNext reminder: today at 22:00.\nLast routine: none yet.\n"
        "Last night (2026-11-24): not recorded yet ('bedtime-coach night --none', or "
        "--cramps N)."
    )
    start = journal.clock.now()
    journal.record_run(RunRecord("trial", start, start + timedelta(minutes=2), 1, 4, False))
    assert (
        "Last routine: Trial protocol (calf and hamstring), today at 20:00, stopped (1 of 4 "
        "steps)." in requests.perform(requests.Status(), journal).text
    )
    journal.record_run(RunRecord("evening", start, start + timedelta(minutes=1), 1, 6, True, (5,)))
    assert (  # every stretch skipped with the arrow, then Done: not "completed"
        "Last routine: Evening routine, today at 20:00, ended with stretches skipped, so it "
        "does not count (1 of 6 steps)." in requests.perform(requests.Status(), journal).text
    )
    journal.record_run(RunRecord("evening", start, start + timedelta(minutes=8), 6, 6, True))
    assert "Next reminder: tomorrow at 22:00." in requests.perform(requests.Status(), journal).text


def test_times_in_words() -> None:
    now = datetime(2026, 7, 1, 12, 0, tzinfo=ZoneInfo("Europe/London"))
    assert requests.when_text(datetime(2026, 6, 30, 21, 5, tzinfo=UTC), now) == (
        "yesterday at 22:05"
    )
    assert requests.when_text(datetime(2026, 6, 20, 21, 5, tzinfo=UTC), now) == (
        "on 2026-06-20 at 22:05"
    )


def test_status_with_reminders_off_says_null(journal: Journal) -> None:
    requests.perform(requests.SetSetting("reminder.enabled", "off"), journal)
    data = json.loads(requests.perform(requests.Status(json=True), journal).text)
    assert data["next_reminder"] is None
    assert "Next reminder: none." in requests.perform(requests.Status(), journal).text


def test_config_set_and_get(journal: Journal) -> None:
    reply = requests.perform(requests.SetSetting("water.goal", "6"), journal)
    assert (reply.code, reply.text) == (0, "water.goal is now 6.")
    assert requests.perform(requests.GetSetting("water.goal"), journal).text == "6"
    saved = json.loads(journal.paths.settings_file.read_text())
    assert saved["water"]["goal"] == 6


def test_an_invalid_value_is_refused_and_the_file_left_untouched(journal: Journal) -> None:
    requests.perform(requests.SetSetting("reminder.time", "21:30"), journal)
    before = journal.paths.settings_file.read_bytes()
    reply = requests.perform(requests.SetSetting("reminder.time", "9pm"), journal)
    assert reply.code == 2
    assert "reminder.time must be a time of day as HH:MM" in reply.text
    reply = requests.perform(requests.SetSetting("reminder.colour", "blue"), journal)
    assert (reply.code, reply.text.startswith("There is no setting 'reminder.colour'.")) == (
        2,
        True,
    )
    reply = requests.perform(requests.GetSetting("reminder.colour"), journal)
    assert (reply.code, reply.text.startswith("There is no setting 'reminder.colour'.")) == (
        2,
        True,
    )
    reply = requests.perform(requests.SetSetting("routine.default", "yoga"), journal)
    assert (reply.code, reply.text) == (
        2,
        "routine.default must be one of evening, trial; 'yoga' is not.",
    )
    assert journal.paths.settings_file.read_bytes() == before


def test_start_at_login_writes_the_autostart_entry(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "bedtime-coach.desktop"
    requests.perform(requests.SetSetting("app.start_at_login", "on"), journal)
    text = entry.read_text()
    assert "--hidden" in text
    assert f"--data-dir {journal.paths.data_dir}" in text
    requests.perform(requests.SetSetting("app.start_at_login", "off"), journal)
    assert not entry.exists()


def test_a_broken_settings_file_is_reported_once(tmp_path: Path) -> None:
    # The journal reads the settings once, as it opens: the file is broken before.
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "settings.json").write_text("{nope")
    clock = FakeClock(datetime(2026, 11, 25, 20, 0, tzinfo=LONDON))
    journal = Journal.in_folder(folder, clock, shipped_routines())
    try:
        reply = requests.perform(requests.Status(), journal)
        assert reply.code == 0
        assert reply.notice is not None
        assert "could not be used" in reply.notice
        assert requests.perform(requests.Status(), journal).notice is None  # set aside: once
    finally:
        journal.close()


def test_cramp_add_logs_it_or_says_what_is_allowed(journal: Journal) -> None:
    reply = requests.perform(
        requests.LogCramp(leg="left", severity=6, minutes=2.0, note="woke at 3"), journal
    )
    assert reply.text == "Logged a cramp: left leg, 6 of 10, at 2026-11-25 20:00."
    # Without how bad, none is made up (it was "5 of 10"): the morning can say it.
    at_three = requests.perform(requests.LogCramp(at="2026-11-25T03:10:00+00:00"), journal)
    assert at_three.text == (  # the leg of the cramp logged last, as the dialog offers
        "Logged a cramp: left leg, at 2026-11-25 03:10. How bad it was can be said in the "
        "morning's check-in."  # "last night" at the first use: it counts
    )
    assert [c.severity for c in journal.cramps(60)] == [None, 6]
    assert requests.perform(requests.LogCramp(severity=0), journal).code == 2
    assert requests.perform(requests.LogCramp(leg="arm"), journal).text.startswith(
        "The leg must be one of left"
    )
    not_a_time = requests.perform(requests.LogCramp(at="03:10"), journal)
    assert (not_a_time.code, not_a_time.text) == (
        2,
        "The time must be a date and time such as 2026-11-26T03:10 (your local time), or "
        "with its offset, such as 2026-11-26T03:10+01:00.",
    )
    assert [c.leg for c in journal.cramps(60)] == ["left", "left"]


def test_cramp_add_without_severity_says_none_and_with_it_keeps_it(journal: Journal) -> None:
    """Issue 14, point 3: `cramp add` without --severity logged "5 of 10", as did the
    3 a.m. screen through the same request. Saying nothing is more honest: how bad is
    not said (None) until the person says it; --severity N is kept as given."""
    from coach.cli import parse_arguments, request_for

    unsaid = request_for(parse_arguments(["cramp", "add", "--leg", "left"]))
    assert unsaid == requests.LogCramp(leg="left", severity=None)
    said = request_for(parse_arguments(["cramp", "add", "--severity", "7"]))
    assert said == requests.LogCramp(severity=7)
    assert requests.LogCramp().severity is None
    # Over the socket, as the running app reads it: null and a missing field alike.
    assert requests.from_json({"command": "cramp-add", "severity": None}) == requests.LogCramp()
    assert requests.from_json({"command": "cramp-add"}) == requests.LogCramp()
    assert requests.perform(unsaid, journal).code == requests.DONE
    assert requests.perform(said, journal).code == requests.DONE
    assert [c.severity for c in journal.cramps(1)] == [None, 7]


def test_a_cramps_time_without_an_offset_is_local_and_the_future_is_refused(
    journal: Journal,
) -> None:
    # Found by a new user: a time as the clock on the wall reads it was refused, while a
    # cramp in 2030 was logged. Now 20:00 on 25 November, in London (UTC+0 in winter).
    summer = requests.perform(requests.LogCramp(at="2026-07-01T03:00", severity=5), journal)
    assert summer.text == (
        "Logged a cramp: both legs, 5 of 10, at 2026-07-01 03:00."
        " It is in the diary, but that night is before you started recording nights, so it is "
        "not counted in the numbers."
    )
    assert journal.cramps(200)[0].started_at == datetime(2026, 7, 1, 2, 0, tzinfo=UTC)  # BST
    for later in ("2030-01-01T03:00", "2026-11-25T20:01", "2026-11-25T21:01+01:00"):
        reply = requests.perform(requests.LogCramp(at=later), journal)
        assert (reply.code, reply.text) == (
            2,
            "A cramp cannot be logged in the future; it is 20:00 now.",
        )
    assert len(journal.cramps(200)) == 1


def test_config_get_alone_lists_the_settings_with_their_values(journal: Journal) -> None:
    requests.perform(requests.SetSetting("water.goal", "6"), journal)
    listed = requests.perform(requests.ListSettings(), journal).text.splitlines()
    assert listed[0].split() == ["reminder.enabled", "on"]
    assert ["water.goal", "6"] in [line.split() for line in listed]
    keys = [line.split()[0] for line in listed]
    assert "app.welcomed" not in keys  # the app's own, not a setting
    assert keys == [key for key in KEYS if key != "app.welcomed"]
    unknown = requests.perform(requests.GetSetting("app.colour"), journal).text
    assert "app.theme." in unknown
    assert "app.welcomed" not in unknown


def test_export_then_import_elsewhere(journal: Journal, tmp_path: Path) -> None:
    requests.perform(requests.AddGlasses(2), journal)
    out = tmp_path / "out"
    assert requests.perform(requests.Export(str(out)), journal).text == (f"Wrote 9 files to {out}.")
    elsewhere = Journal.in_folder(tmp_path / "other", journal.clock, journal.routines)
    try:
        imported = requests.perform(requests.Import(str(out)), elsewhere).text
        assert imported.startswith("Imported 2 entries; 0 were here already. To undo it: ")
        assert elsewhere.water_today() == 2
        # Another history exported into the same folder: said, not silent.
        again = requests.perform(requests.Export(str(out)), elsewhere).text
        assert again.startswith(f"Wrote 9 files to {out}. They replaced the files of the same ")
        assert "water_glasses.csv" in again
        # One entry new, one here already: "1 was", not "1 were".
        journal.clock.advance(60)  # type: ignore[attr-defined]
        journal.add_glasses(1)
        requests.perform(requests.Export(str(out)), journal)
        said = requests.perform(requests.Import(str(out)), elsewhere).text
        assert said.startswith("Imported 1 entry; 2 were here already.")
        (out / "cramps.csv").write_text("id,started_at\n")
        refused = requests.perform(requests.Import(str(out)), elsewhere)
        assert refused.code == 2
        assert refused.text.startswith("Nothing was imported. ")
        assert elsewhere.water_today() == 3
    finally:
        elsewhere.close()


def test_a_write_that_cannot_be_saved_is_code_1_with_its_sentence(
    journal: Journal, unwritable_history: Callable[[bool], None]
) -> None:
    unwritable_history(True)
    reply = requests.perform(requests.AddGlasses(), journal)
    assert reply.code == 1
    assert reply.text.startswith("Nothing was saved: ")
    assert reply.text.endswith("What was saved before is unchanged.")
    assert journal.water_today() == 0


def test_the_windows_requests_are_not_the_journals() -> None:
    window = {requests.Show(), requests.StartHidden(), requests.Ping(), requests.StartRoutine()}
    assert not any(requests.for_the_journal(request) for request in window)
    assert requests.for_the_journal(requests.Status())
    with pytest.raises(AssertionError):
        requests.perform(requests.Show(), None)  # type: ignore[arg-type]


def test_the_command_line_knows_which_requests_the_window_answers() -> None:
    """With no app running, the command line becomes the app for these, without loading
    the requests (issue 17): its list is the requests with no journal operation."""
    from coach.cli import WINDOW_REQUESTS

    window = {name for name, (_, operation) in requests.TABLE.items() if operation is None}
    assert window - {requests.Ping.NAME} == WINDOW_REQUESTS  # ping: the app's own


def test_found_by_fuzzing_a_glass_count_must_be_a_number_not_true(journal: Journal) -> None:
    reply = answer(journal, {"command": "water-add", "count": True})
    assert (reply.code, reply.text) == (2, GLASSES_REFUSAL)
    with pytest.raises(RefusedError, match="whole number from 1 to 30"):
        requests.AddGlasses(True)


def test_found_by_fuzzing_a_cramps_minutes_must_be_a_number(journal: Journal) -> None:
    reply = answer(journal, {"command": "cramp-add", "minutes": "ten"})
    assert reply.code == 2
    assert reply.text == "How long must be more than 0 and at most 600 minutes; 'ten' is not."
    assert journal.cramps(60) == []


# -- from_json: a line from the socket is checked once, with a sentence ---------------

# One of each request, with every field set away from its default where it has one.
EXAMPLES: dict[str, requests.Request] = {
    "show": requests.Show(),
    "hidden": requests.StartHidden(),
    "ping": requests.Ping(),
    "start-routine": requests.StartRoutine("trial", relief=True),
    "check-in": requests.CheckInNight("2026-11-25"),
    "cramp-now": requests.CrampNow(),
    "water-add": requests.AddGlasses(3),
    "water-undo": requests.TakeBackGlass(),
    "status": requests.Status(json=True),
    "config-get": requests.GetSetting("water.goal"),
    "config-list": requests.ListSettings(),
    "config-set": requests.SetSetting("water.goal", "6"),
    "cramp-add": requests.LogCramp("left", 6, 2.5, "woke at 3", "2026-11-26T03:10:00+00:00"),
    "export": requests.Export("/tmp/out"),
    "import": requests.Import("/tmp/out"),
    "skip-tonight": requests.SkipTonight(undo=True),
    "backup": requests.TakeBackup(),
    "backup-list": requests.ListBackups(),
    "restore": requests.Restore("history-20261130T210000Z-daily.sqlite3"),
    "night": requests.RecordNight("cramps", "2026-11-24", 2, 6, 3.5, "left", 4),
    "trial-start": requests.StartTrial(),
    "trial-stop": requests.StopTrial(),
    "trial-status": requests.TrialStatus(json=True),
    "report": requests.Report(90, json=True),
}


def test_every_request_in_the_table_round_trips_through_json() -> None:
    assert set(EXAMPLES) == set(requests.TABLE)
    for name, (kind, _) in requests.TABLE.items():
        request = EXAMPLES[name]
        assert type(request) is kind
        assert name == kind.NAME
        data = request.to_json()
        assert data["command"] == name
        assert requests.from_json(json.loads(json.dumps(data))) == request
        # And with every field left out where it may be: the defaults.
        needed = {
            item.name: data[item.name]
            for item in dataclasses.fields(kind)
            if item.default is dataclasses.MISSING
        }
        assert requests.from_json({"command": name, **needed}) == kind(**needed)


def test_a_reply_round_trips_through_json() -> None:
    reply = Reply(2, "No.", "Your settings file could not be used.")
    assert Reply.from_json(json.loads(json.dumps(reply.to_json()))) == reply


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        ({"command": "fly"}, "Unknown command 'fly'."),
        ({"command": 7}, "Unknown command '7'."),
        ({}, "Unknown command 'None'."),
        ({"command": "water-add", "glasses": 2}, "'water-add' has no field 'glasses'."),
        ({"command": "status", "json": True, "yaml": 1}, "'status' has no field 'yaml'."),
        ({"command": "config-get"}, "'config-get' needs 'key'."),
        ({"command": "config-set", "key": "water.goal"}, "'config-set' needs 'value'."),
        ({"command": "config-set"}, "'config-set' needs 'key, value'."),
        ({"command": "export"}, "'export' needs 'folder'."),
        ({"command": "water-add", "count": "2"}, GLASSES_REFUSAL),
        ({"command": "status", "json": 1}, "'json' cannot be 1."),
        ({"command": "config-get", "key": None}, "'key' cannot be null."),
        ({"command": "config-set", "key": "water.goal", "value": 6}, "'value' cannot be 6."),
        (
            {"command": "start-routine", "routine": ["evening"]},
            "'routine' cannot be [\"evening\"].",
        ),
        ({"command": "start-routine", "relief": "yes"}, "'relief' cannot be \"yes\"."),
        ({"command": "cramp-add", "leg": 1}, "'leg' cannot be 1."),
        (
            {"command": "cramp-add", "severity": 4.5},
            "How bad must be a whole number from 1 to 10; 4.5 is not.",
        ),
        (
            {"command": "cramp-add", "minutes": True},
            "How long must be more than 0 and at most 600 minutes; True is not.",
        ),
        ({"command": "cramp-add", "at": 7}, "'at' cannot be 7."),
        ({"command": "import", "folder": False}, "'folder' cannot be false."),
    ],
)
def test_from_json_refuses_with_a_sentence(data: dict[str, Any], sentence: str) -> None:
    with pytest.raises(RefusedError) as caught:
        requests.from_json(data)
    assert str(caught.value) == sentence


def test_a_whole_number_of_minutes_is_a_number_of_minutes() -> None:
    assert requests.from_json({"command": "cramp-add", "minutes": 2}) == requests.LogCramp(
        minutes=2
    )


def test_found_cramp_add_defaulted_to_both_legs_where_the_dialog_offers_the_last(
    journal: Journal,
) -> None:
    from coach.cli import parse_arguments, request_for

    first = requests.perform(requests.LogCramp(at="2026-11-25T03:00"), journal)
    assert first.text.startswith("Logged a cramp: both legs")  # nothing logged before
    requests.perform(requests.LogCramp(leg="left", at="2026-11-25T04:00"), journal)
    again = request_for(parse_arguments(["cramp", "add"]))
    assert again.leg is None  # not said: the journal's last leg
    assert requests.perform(again, journal).text.startswith("Logged a cramp: left leg")
    assert journal.last_leg() == "left"


def test_found_a_number_typed_wrong_was_technical(capsys) -> None:
    from coach.cli import parse_arguments

    for command in (["water", "add", "x"], ["cramp", "add", "--minutes", "two"]):
        with pytest.raises(SystemExit):
            parse_arguments(command)
    said = capsys.readouterr().err
    assert "argument N: 'x' is not a whole number." in said
    assert "argument --minutes: 'two' is not a number." in said
    assert "invalid" not in said


def test_found_a_cramp_backdated_before_the_first_night_silently_did_not_count(
    journal: Journal,
) -> None:
    since = journal.first_recordable_night()
    assert since == date(2026, 11, 24)  # "last night" at the first use, 25 Nov 20:00
    before = requests.perform(requests.LogCramp(at="2026-11-24T03:00", severity=4), journal)
    assert before.code == requests.DONE
    assert before.text == (
        "Logged a cramp: both legs, 4 of 10, at 2026-11-24 03:00. It is in the diary, but "
        "that night is before you started recording nights, so it is not counted in the "
        "numbers."
    )
    [night] = journal.record_nights(date(2026, 11, 23), date(2026, 11, 23))
    assert night.cramps is None  # indeed not counted
    counted = requests.perform(requests.LogCramp(leg="left", at="2026-11-25T03:00"), journal)
    assert "not counted" not in counted.text  # the night of the 24th: recordable


SPANISH = {
    ".": ",",
    "Mon": "lun",
    "Nov": "nov",
    "Trial protocol (calf and hamstring)": "Protocolo del ensayo",
    "Last routine: {routine}, {started_at}, stopped ({done} of {total} steps).": (
        "Última rutina: {routine}, {started_at}, parada ({done} de {total} pasos)."
    ),
    "daily": "diaria",
    "before an import": "antes de importar",
    "Tonight's reminder ({night}) is skipped.": "El recordatorio de esta noche ({night}) se salta.",
}


@pytest.fixture
def in_spanish() -> Iterator[None]:
    """The command line's words through a translator (a few Spanish ones), as the app
    plugs Qt's in."""
    from coach.core.text import use_translator

    use_translator(lambda context, text: SPANISH.get(text, text))
    yield
    use_translator(None)


def test_no_english_left_in_the_spanish_command_line(journal: Journal, in_spanish: None) -> None:
    """Found in the Spanish run: "(Mon 30 Nov)", "Última rutina: evening", "daily",
    "0.5"."""
    from coach.core.text import day_words, decimal

    assert decimal(0.5) == "0,5"
    assert decimal(2.0, trim=True) == "2"
    assert day_words(datetime(2026, 11, 30).date()) == "lun 30 nov"
    clock = journal.clock
    assert isinstance(clock, FakeClock)
    clock.set_now(datetime(2026, 11, 30, 18, 0, tzinfo=ZoneInfo("Europe/London")))
    said = requests.perform(requests.SkipTonight(), journal).text
    assert said == "El recordatorio de esta noche (lun 30 nov) se salta."
    start = clock.now()
    journal.record_run(RunRecord("trial", start, start + timedelta(minutes=2), 1, 4, False))
    status = requests.perform(requests.Status(), journal).text
    assert "Última rutina: Protocolo del ensayo," in status
    json_status = json.loads(requests.perform(requests.Status(json=True), journal).text)
    assert json_status["last_run"]["routine"] == "trial"  # scripts keep the id
    journal.backup()
    listed = requests.perform(requests.ListBackups(), journal).text
    kinds = {line.split("  ")[-1] for line in listed.splitlines()}
    assert "asked for" in kinds  # "asked" in the file's name
    assert kinds <= {"diaria", "asked for"}
