"""The journal: every read and write of the person's settings and history, with no Qt.

Its refusals and failures carry their sentence and leave the disk as it was; its
listeners hear exactly what each write changed; it holds the settings it opened with."""

from __future__ import annotations

import errno
import json
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach import requests
from coach.core import settings as model
from coach.core.clock import FakeClock
from coach.core.diary import Cramp, Night
from coach.core.routine import Routine
from coach.core.runs import RunRecord
from coach.core.settings import Settings
from coach.core.walking import Walk
from coach.journal import EVERYTHING, STREAK_DAYS, Change, Journal, NotSavedError, RefusedError
from coach.store import settings_file
from tests.conftest import history_rows, shipped_routines

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 25, 20, 0, tzinfo=LONDON)  # the `journal` fixture's clock
GLASSES_REFUSAL = "The number of glasses must be a whole number from 1 to 30."
NOT_SAVED = "Nothing was saved: "


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def run(routine: str, start: datetime, completed: bool = True) -> RunRecord:
    return RunRecord(routine, start, start + timedelta(minutes=5), 4 if completed else 1, 4,
                     completed)  # fmt: skip


def open_journal(folder: Path, routines: Mapping[str, Routine] | None = None) -> Journal:
    return Journal.in_folder(folder, FakeClock(NOW), routines or shipped_routines())


Heard = list[frozenset[Change]]


@pytest.fixture
def heard(journal: Journal) -> Heard:
    """What the journal's one listener was told, write by write."""
    told: Heard = []
    journal.subscribe(told.append)
    return told


def on_disk(journal: Journal) -> tuple[bytes | None, list[list[tuple[object, ...]]]]:
    """The settings file's bytes and every row of the history."""
    path = journal.paths.settings_file
    settings = path.read_bytes() if path.exists() else None
    tables = ("water_glasses", "cramps", "walks", "routine_runs", "reminder_events")
    return settings, [
        history_rows(journal, f"SELECT * FROM {table} ORDER BY id") for table in tables
    ]


# -- refusals: a sentence, nothing written, nothing heard -------------------------------


@pytest.mark.parametrize("count", [0, 31, -1, True, "2", 1.5, None])
def test_a_glass_count_that_is_not_1_to_30_is_refused(
    journal: Journal, heard: Heard, count: object
) -> None:
    before = on_disk(journal)
    with pytest.raises(RefusedError) as caught:
        journal.add_glasses(count)  # type: ignore[arg-type]
    assert str(caught.value) == GLASSES_REFUSAL
    assert (journal.water_today(), heard, on_disk(journal)) == (0, [], before)


def test_no_glass_to_take_back_is_refused(journal: Journal, heard: Heard) -> None:
    with pytest.raises(RefusedError, match=r"^There is no glass to take back today\.$"):
        journal.take_back_glass()
    journal.add_glasses(1)
    journal.clock.advance(8 * 3600)  # type: ignore[attr-defined]  # 04:00: a new water day
    heard.clear()
    with pytest.raises(RefusedError, match=r"^There is no glass to take back today\.$"):
        journal.take_back_glass()
    assert heard == []
    assert history_rows(journal, "SELECT count(*) FROM water_glasses") == [(1,)]


@pytest.mark.parametrize(
    "attempt",
    [
        lambda journal: journal.set_setting("reminder.colour", "blue"),
        lambda journal: journal.setting_text("reminder.colour"),
        lambda journal: journal.setting_kind("reminder.colour"),
    ],
    ids=["set_setting", "setting_text", "setting_kind"],
)
def test_an_unknown_setting_is_refused_with_the_known_ones(
    journal: Journal, heard: Heard, attempt: Callable[[Journal], object]
) -> None:
    with pytest.raises(RefusedError) as caught:
        attempt(journal)
    assert str(caught.value) == (
        "There is no setting 'reminder.colour'. The settings are: "
        f"{', '.join(k for k in model.KEYS if k != 'app.welcomed')}."  # not the app's own
    )
    assert heard == []
    assert not journal.paths.settings_file.exists()


def test_a_value_that_is_not_allowed_is_refused(journal: Journal, heard: Heard) -> None:
    with pytest.raises(RefusedError) as caught:
        journal.set_setting("water.goal", "lots")
    assert str(caught.value) == (
        "water.goal must be a whole number from 1 to 30 glasses; 'lots' is not."
    )
    assert (journal.settings, heard) == (Settings(), [])
    assert not journal.paths.settings_file.exists()


def test_an_unknown_routine_is_refused(journal: Journal, heard: Heard) -> None:
    journal.set_setting("water.goal", "6")
    heard.clear()
    before = on_disk(journal)
    with pytest.raises(RefusedError) as caught:
        journal.set_setting("routine.default", "yoga")
    assert str(caught.value) == ("routine.default must be one of evening, trial; 'yoga' is not.")
    there_are = "There is no routine 'yoga'; there are: evening, trial, cramp-relief."
    with pytest.raises(RefusedError) as caught:
        journal.change_settings(Settings(routine_default="yoga"))  # as the dialog would
    assert str(caught.value) == there_are
    with pytest.raises(RefusedError) as caught:
        journal.routine("yoga")
    assert str(caught.value) == there_are
    assert (journal.settings.water_goal, heard, on_disk(journal)) == (6, [], before)


@pytest.mark.parametrize(
    ("settings", "sentence"),
    [
        (
            Settings(reminder_days=()),
            "Pick at least one day for the reminder, or turn the reminder off.",
        ),
        (
            Settings(water_reminders=True, water_until=time(8, 0)),
            "The reminders to drink cannot end at 08:00, before they start at 09:00.",
        ),
        (Settings(water_goal=0), "water.goal must be a whole number from 1 to 30 glasses"),
    ],
)
def test_settings_the_next_start_would_refuse_are_refused(
    journal: Journal, heard: Heard, settings: Settings, sentence: str
) -> None:
    # BUG (coach/journal.py, Journal.change_settings): only routine.default is checked.
    # Settings whose values are out of range or do not go together are saved as they
    # are; the next start (load_settings -> model.from_json(...).checked()) then refuses
    # the file, sets it aside as corrupt and starts with every setting at its default.
    # Left failing until it is fixed (see the report).
    before = on_disk(journal)
    with pytest.raises(RefusedError) as caught:
        journal.change_settings(settings)
    assert str(caught.value).startswith(sentence)
    assert (journal.settings, heard, on_disk(journal)) == (Settings(), [], before)


def test_what_the_journal_saves_the_next_start_reads(journal: Journal) -> None:
    journal.set_setting("reminder.days", "mon,fri")
    journal.set_setting("water.reminders", "on")
    journal.set_setting("routine.default", "trial")
    later = Journal.open(journal.paths, journal.clock, journal.routines)
    try:
        assert (later.settings, later.notice) == (journal.settings, None)
    finally:
        later.close()


def test_the_routine_setting_is_a_choice_of_the_loaded_evening_routines(journal: Journal) -> None:
    assert journal.setting_kind("routine.default") == model.Choice(("evening", "trial"))
    assert journal.setting_kind("water.goal") == model.kind("water.goal")
    assert journal.set_setting("routine.default", " Trial ").routine_default == "trial"
    assert journal.routine().id == "trial"
    assert journal.routine("evening").id == "evening"
    assert [routine.id for routine in journal.relief_routines()] == ["cramp-relief"]


def test_an_import_that_cannot_be_read_is_refused(
    journal: Journal, heard: Heard, tmp_path: Path
) -> None:
    with pytest.raises(RefusedError) as caught:
        journal.import_(tmp_path / "empty")
    assert str(caught.value) == f"Nothing was imported. There is no folder {tmp_path / 'empty'}."
    (tmp_path / "empty").mkdir()
    with pytest.raises(RefusedError) as caught:
        journal.import_(tmp_path / "empty")
    assert str(caught.value) == (
        f"Nothing was imported. {tmp_path / 'empty'}: no exported files here "
        "(such as routine_runs.csv)."
    )
    (tmp_path / "a file").write_text("")
    with pytest.raises(RefusedError, match="is a file, not a folder of exported files"):
        journal.import_(tmp_path / "a file")
    assert heard == []


# -- writes that cannot be saved: NotSavedError, the disk as it was -------------------


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call it, and every settings file written from then on finds the disk full (the
    tests may run as root, whom a read-only folder would not stop)."""

    def write(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    return lambda: monkeypatch.setattr(settings_file, "write_atomically", write)


def test_settings_that_cannot_be_saved_are_not_used(
    journal: Journal, heard: Heard, full_disk: Callable[[], None]
) -> None:
    before = on_disk(journal)
    full_disk()
    with pytest.raises(NotSavedError) as caught:
        journal.set_setting("water.goal", "6")
    assert str(caught.value) == (
        f"Nothing was saved: the disk is full ({journal.paths.settings_file}). "
        "What was saved before is unchanged."
    )
    with pytest.raises(NotSavedError, match=NOT_SAVED):
        journal.change_settings(Settings(water_goal=5))
    assert (journal.settings, heard, on_disk(journal)) == (Settings(), [], before)


def test_settings_that_cannot_be_saved_leave_the_old_file(
    journal: Journal, heard: Heard, full_disk: Callable[[], None]
) -> None:
    journal.set_setting("water.goal", "6")
    before, heard[:] = on_disk(journal), []
    full_disk()
    with pytest.raises(NotSavedError, match=NOT_SAVED):
        journal.set_setting("water.goal", "7")
    assert (journal.settings.water_goal, heard, on_disk(journal)) == (6, [], before)
    assert json.loads(before[0] or b"")["water"]["goal"] == 6
    reply = requests.perform(requests.SetSetting("water.goal", "7"), journal)
    assert (reply.code, reply.text.startswith(NOT_SAVED)) == (1, True)


WRITES: dict[str, Callable[[Journal], object]] = {
    "add_glasses": lambda journal: journal.add_glasses(2),
    "take_back_glass": lambda journal: journal.take_back_glass(),
    "log_cramp": lambda journal: journal.log_cramp(Cramp(NOW, "left", 4)),
    "change_cramp": lambda journal: journal.change_cramp(Cramp(NOW, "right", 9, id=1)),
    "delete_cramp": lambda journal: journal.delete_cramp(1),
    "log_walk": lambda journal: journal.log_walk(Walk(NOW, 20.0, 12.0, True)),
    "record_run": lambda journal: journal.record_run(run("evening", NOW)),
    "note_reminder": lambda journal: journal.note_reminder(
        date(2026, 11, 25), "snoozed", NOW + timedelta(minutes=10)
    ),
}


def some_of_everything(journal: Journal) -> None:
    journal.add_glasses(1)
    journal.log_cramp(Cramp(NOW - timedelta(hours=1), "both", 5))


@pytest.mark.parametrize("name", sorted(WRITES))
def test_a_history_write_that_cannot_be_saved_changes_nothing(
    journal: Journal, heard: Heard, name: str, unwritable_history: Callable[[bool], None]
) -> None:
    some_of_everything(journal)
    before, heard[:] = on_disk(journal), []
    unwritable_history(True)
    with pytest.raises(NotSavedError) as caught:
        WRITES[name](journal)
    unwritable_history(False)
    assert str(caught.value).startswith(NOT_SAVED)
    assert str(caught.value).endswith("What was saved before is unchanged.")
    assert (heard, on_disk(journal)) == ([], before)


def test_an_import_that_cannot_be_saved_changes_nothing(
    journal: Journal, heard: Heard, tmp_path: Path, unwritable_history: Callable[[bool], None]
) -> None:
    some_of_everything(journal)
    journal.export(tmp_path / "out")
    other = open_journal(tmp_path / "other")
    try:
        told: Heard = []
        other.subscribe(told.append)
        before = on_disk(other)
        unwritable_history(True)
        with pytest.raises(NotSavedError, match=NOT_SAVED):
            other.import_(tmp_path / "out")
        unwritable_history(False)
        assert (told, on_disk(other)) == ([], before)
    finally:
        other.close()


def test_an_export_that_cannot_be_written_says_so(journal: Journal, tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file, not a folder")
    with pytest.raises(NotSavedError, match=NOT_SAVED):
        journal.export(tmp_path / "taken")


def test_start_at_login_that_cannot_be_saved_leaves_the_settings_as_they_were(
    journal: Journal, heard: Heard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "autostart").write_text("a file where the folder belongs")
    journal.set_setting("water.goal", "6")
    before, heard[:] = on_disk(journal), []
    with pytest.raises(NotSavedError, match=NOT_SAVED):
        journal.set_setting("app.start_at_login", "on")
    assert journal.settings.app_start_at_login is False
    assert (heard, on_disk(journal)) == ([], before)


def test_settings_that_cannot_be_saved_leave_start_at_login_as_it_was(
    journal: Journal,
    heard: Heard,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    full_disk: Callable[[], None],
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "bedtime-coach.desktop"
    full_disk()
    with pytest.raises(NotSavedError, match=NOT_SAVED):
        journal.set_setting("app.start_at_login", "on")
    assert not entry.exists()
    assert journal.settings.app_start_at_login is False
    assert not journal.paths.settings_file.exists()
    assert heard == []


# -- listeners: exactly what each write changed ---------------------------------------


def test_each_write_is_heard_with_exactly_what_it_changed(
    journal: Journal, heard: Heard, tmp_path: Path
) -> None:
    expected = {
        "add_glasses": Change.WATER,
        "take_back_glass": Change.WATER,
        "log_cramp": Change.CRAMPS,
        "change_cramp": Change.CRAMPS,
        "delete_cramp": Change.CRAMPS,
        "log_walk": Change.WALKS,
        "record_run": Change.RUNS,
        "note_reminder": Change.REMINDERS,
    }
    assert set(expected) == set(WRITES)
    for name in ("add_glasses", "take_back_glass", "log_cramp", "change_cramp",
                 "delete_cramp", "log_walk", "record_run", "note_reminder"):  # fmt: skip
        heard.clear()
        WRITES[name](journal)
        assert heard == [frozenset({expected[name]})], name
    heard.clear()
    journal.set_setting("water.goal", "6")
    journal.change_settings(journal.settings)
    assert heard == [frozenset({Change.SETTINGS})] * 2
    heard.clear()
    journal.export(tmp_path / "out")
    journal.status(), journal.nights(7), journal.tonight(), journal.water_streak()
    journal.cramps(7), journal.walks(4), journal.next_reminder(), journal.setting_text("water.goal")
    assert heard == []  # reading changes nothing
    journal.import_(tmp_path / "out")
    assert heard == [EVERYTHING - {Change.SETTINGS}]


def test_every_listener_hears_every_write(journal: Journal) -> None:
    first: Heard = []
    second: Heard = []
    journal.subscribe(first.append)
    journal.subscribe(second.append)
    journal.add_glasses(1)
    assert first == second == [frozenset({Change.WATER})]


def test_the_running_journals_requests_are_heard_too(journal: Journal, heard: Heard) -> None:
    requests.perform(requests.AddGlasses(2), journal)
    requests.perform(requests.LogCramp(), journal)
    requests.perform(requests.SetSetting("water.goal", "6"), journal)
    requests.perform(requests.AddGlasses(0), journal)  # refused
    requests.perform(requests.Status(), journal)
    assert heard == [
        frozenset({Change.WATER}),
        frozenset({Change.CRAMPS}),
        frozenset({Change.SETTINGS}),
    ]


# -- settings: held in memory, read once ------------------------------------------------


def test_the_settings_are_held_and_not_read_again_per_request(journal: Journal) -> None:
    journal.set_setting("water.goal", "6")
    path = journal.paths.settings_file
    edited = json.loads(path.read_text())
    edited["water"]["goal"] = 3
    path.write_text(json.dumps(edited))  # a hand edit while the app runs
    assert journal.settings.water_goal == 6
    assert requests.perform(requests.GetSetting("water.goal"), journal).text == "6"
    assert requests.perform(requests.AddGlasses(), journal).text == "1 of 6 glasses today."
    assert journal.status()["water"]["goal"] == 6
    later = Journal.open(journal.paths, journal.clock, journal.routines)  # the next start
    try:
        assert later.settings.water_goal == 3
    finally:
        later.close()


def test_no_request_to_the_running_app_reads_the_settings_file(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def nobody(*arguments: object) -> None:
        raise AssertionError("the settings file was read again")

    monkeypatch.setattr("coach.journal.load_settings", nobody)
    monkeypatch.setattr(settings_file, "load_settings", nobody)
    # The running app's journal. (A command line's, with no app running, reads the file
    # again for `config set`, inside the settings lock: others may have changed it.)
    journal.running = True
    for request in (
        requests.AddGlasses(2),
        requests.TakeBackGlass(),
        requests.Status(json=True),
        requests.GetSetting("reminder.time"),
        requests.SetSetting("reminder.time", "21:30"),
        requests.LogCramp(),
        requests.Export(str(tmp_path / "out")),
        requests.Import(str(tmp_path / "out")),
    ):
        assert requests.perform(request, journal).code == 0, request
    journal.nights(7), journal.tonight(), journal.next_reminder(), journal.water_streak()


def test_a_broken_settings_file_gives_a_notice_once(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "settings.json").write_text('{"version": 1, "water": {"goal": "eight"}}')
    journal = open_journal(folder)
    try:
        assert journal.settings == Settings()
        assert journal.notice is not None
        assert journal.notice.startswith("Your settings file could not be used")
        assert "water.goal must be a whole number" in journal.notice
        notice = journal.notice
        first = requests.perform(requests.Status(), journal)
        second = requests.perform(requests.Status(), journal)
        assert (first.notice, second.notice) == (notice, None)
        assert journal.notice is None  # said: not again
        [kept] = folder.glob("settings.json.corrupt-*")
        assert kept.read_text() == '{"version": 1, "water": {"goal": "eight"}}'
        journal.keep_settings_file()  # the running app leaves a valid one to look at
        assert json.loads((folder / "settings.json").read_text()) == model.to_json(Settings())
    finally:
        journal.close()
    again = open_journal(folder)  # the next start: no broken file, nothing to say
    try:
        assert again.notice is None
    finally:
        again.close()


def test_a_notice_is_said_with_the_first_reply_even_a_refusal(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{nope")
    journal = open_journal(tmp_path)
    try:
        refused = requests.perform(requests.TakeBackGlass(), journal)
        assert refused.code == 2
        assert refused.notice is not None
        assert "could not be used" in refused.notice
        assert requests.perform(requests.Status(), journal).notice is None
    finally:
        journal.close()


def test_a_default_routine_no_longer_there_falls_back_to_the_first(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    text = json.dumps({"version": 1, "routine": {"default": "yoga"}, "water": {"goal": 5}})
    (folder / "settings.json").write_text(text)
    journal = open_journal(folder)
    try:
        assert journal.notice is None  # a routine id, just not one of these
        assert journal.settings.routine_default == "evening"
        assert journal.settings.water_goal == 5  # the rest is kept
        assert journal.routine().id == "evening"
        assert journal.setting_text("routine.default") == "evening"
        assert (folder / "settings.json").read_text() == text  # not silently rewritten
    finally:
        journal.close()
    without_evening = {
        key: routine for key, routine in shipped_routines().items() if key != "evening"
    }
    (folder / "settings.json").write_text(json.dumps({"version": 1}))  # evening, by default
    journal = open_journal(folder, without_evening)
    try:
        assert journal.settings.routine_default == "trial"
        assert journal.routine().id == "trial"
    finally:
        journal.close()


def test_found_cramp_relief_stayed_the_usual_routine_after_a_restart(tmp_path: Path) -> None:
    """Cramp relief, once picked, was offered on the home page as "Tonight's routine": it
    is never the usual evening routine, and a settings file that says so is read as the
    first evening routine."""
    folder = tmp_path / "data"
    journal = open_journal(folder)
    try:
        with pytest.raises(RefusedError) as refusal:
            journal.set_setting("routine.default", "cramp-relief")
        assert str(refusal.value) == (
            "routine.default must be one of evening, trial; 'cramp-relief' is not."
        )
        with pytest.raises(RefusedError, match="for a cramp in the night"):
            journal.change_settings(Settings(routine_default="cramp-relief"))  # the dialog
        assert journal.settings.routine_default == "evening"
    finally:
        journal.close()
    (folder / "settings.json").write_text(
        json.dumps({"version": 1, "routine": {"default": "cramp-relief"}})
    )
    journal = open_journal(folder)
    try:
        assert journal.settings.routine_default == "evening"
        assert journal.routine().id == "evening"
    finally:
        journal.close()


# -- the routine done: a relief routine is not prevention ---------------------------------


def test_a_relief_routines_run_is_not_the_routine_done(journal: Journal) -> None:
    journal.record_run(run("cramp-relief", at(2026, 11, 24, 2, 0)))  # the night of the 23rd
    journal.record_run(run("cramp-relief", at(2026, 11, 24, 21, 40)))
    journal.record_run(run("evening", at(2026, 11, 25, 1, 0), completed=False))
    journal.record_run(run("cramp-relief", at(2026, 11, 25, 19, 0)))
    assert [night.routine_done for night in journal.nights(3)] == [False, False, False]
    assert journal.tonight().done == frozenset()
    assert journal.next_reminder() == at(2026, 11, 25, 22, 0)  # still due tonight
    journal.record_run(run("trial", at(2026, 11, 24, 22, 0)))
    journal.record_run(run("evening", at(2026, 11, 25, 19, 30)))
    assert journal.nights(3) == [
        Night(date(2026, 11, 23), routine_done=False, glasses=0, cramps=0),
        Night(date(2026, 11, 24), routine_done=True, glasses=0, cramps=0),
        Night(date(2026, 11, 25), routine_done=True, glasses=0, cramps=0),
    ]
    assert journal.tonight().done == {date(2026, 11, 24), date(2026, 11, 25)}
    assert journal.next_reminder() == at(2026, 11, 26, 22, 0)


def test_a_run_that_skipped_every_stretch_leaves_tonight_not_done(journal: Journal) -> None:
    """At 22:30, after the reminder was shown, the evening routine played with every
    stretch skipped: tonight is not done, for the reminder as for the diary."""
    from coach.core.session import RoutineSession

    clock = journal.clock
    assert isinstance(clock, FakeClock)
    clock.set_now(at(2026, 11, 25, 22, 0))
    journal.note_reminder(date(2026, 11, 25), "shown")
    clock.set_now(at(2026, 11, 25, 22, 30))
    session = RoutineSession(journal.routine("evening"), clock)
    session.start()
    while session.is_active:
        session.skip()
    skipped = session.run_record()
    assert skipped.completed
    assert not skipped.routine_done
    journal.record_run(skipped)
    tonight = journal.tonight()
    assert date(2026, 11, 25) not in tonight.done
    assert tonight.shown == {date(2026, 11, 25)}
    assert not journal.nights(1)[0].routine_done
    assert not journal.status()["last_run"]["routine_done"]


def test_tonight_knows_the_reminders_shown_snoozed_and_skipped(journal: Journal) -> None:
    journal.note_reminder(date(2026, 11, 24), "shown")
    journal.note_reminder(date(2026, 11, 25), "snoozed", at(2026, 11, 25, 20, 10))
    tonight = journal.tonight()
    assert tonight.shown == {date(2026, 11, 24), date(2026, 11, 25)}
    assert tonight.snoozed_until == at(2026, 11, 25, 20, 10)
    assert journal.next_reminder() == at(2026, 11, 25, 20, 10)
    journal.note_reminder(date(2026, 11, 25), "skipped")
    assert journal.next_reminder() == at(2026, 11, 26, 22, 0)


# -- water, cramps and walks ------------------------------------------------------------


def test_the_water_day_runs_from_day_start_to_day_start(journal: Journal) -> None:
    start, end = journal.water_day_span()
    assert (start, end) == (at(2026, 11, 25, 4, 0), at(2026, 11, 26, 4, 0))
    journal.set_setting("water.day_start", "06:00")
    assert journal.water_day_span()[0] == at(2026, 11, 25, 6, 0)


def test_a_streak_of_days_at_the_goal(journal: Journal) -> None:
    journal.set_setting("water.goal", "2")
    for _ in range(3):
        assert journal.add_glasses(2) == 2
        journal.clock.advance(24 * 3600)  # type: ignore[attr-defined]
    assert journal.water_streak() == 3  # today is still under way
    journal.add_glasses(1)
    assert journal.water_streak() == 3
    journal.add_glasses(1)
    assert journal.water_streak() == 4


@pytest.mark.parametrize("days", [7, 8, 9, 31, 32, 33, 400])
def test_a_streak_reads_back_as_far_as_it_goes_and_no_further(journal: Journal, days: int) -> None:
    """A streak is read a few days at a time (a year of glasses took 22 ms a refresh),
    and comes out as if the whole year had been read."""
    journal.set_setting("water.goal", "1")
    history = journal._history
    now = journal.clock.now()
    for back in range(1, days + 1):
        history.add_glasses(now - timedelta(days=back), 1)
    read: list[tuple[datetime, datetime]] = []
    glass_times = history.glass_times
    history.glass_times = lambda *span: read.append(span) or glass_times(*span)  # type: ignore[method-assign]
    assert journal.water_streak() == min(days, STREAK_DAYS)
    assert (read[-1][1] - read[-1][0]).days <= 4 * days + 1  # the days of the streak, and today
    assert len(read) <= 4


def test_cramps_are_logged_changed_and_deleted(journal: Journal) -> None:
    logged = journal.log_cramp(Cramp(at(2026, 11, 25, 3, 10), "left", 6, 2.0, "woke at 3"))
    assert logged.id is not None
    assert journal.cramps(7) == [logged]
    changed = Cramp(logged.started_at, "right", 8, None, "", logged.id)
    journal.change_cramp(changed)
    assert journal.cramps(7) == [changed]
    journal.delete_cramp(logged.id)
    assert journal.cramps(7) == []


def test_walks_are_logged(journal: Journal) -> None:
    journal.log_walk(Walk(at(2026, 11, 20, 10, 0), 20.0, 12.0, True))
    [walk] = journal.walks(4)
    assert (walk.total_minutes, walk.minutes_to_pain, walk.rests_needed) == (20.0, 12.0, True)


def test_a_cache_file_is_made_once(journal: Journal) -> None:
    made: list[str] = []

    def make() -> bytes:
        made.append("once")
        return b"RIFF"

    path = journal.cache_file("sounds/tick-70.wav", make)
    assert path == journal.paths.cache_dir / "sounds" / "tick-70.wav"
    assert path.read_bytes() == b"RIFF"
    assert journal.cache_file("sounds/tick-70.wav", make) == path
    assert made == ["once"]


def test_a_journal_in_a_folder_keeps_everything_there(tmp_path: Path) -> None:
    journal = open_journal(tmp_path / "mine")
    try:
        assert journal.paths.data_dir == tmp_path / "mine"
        journal.set_setting("water.day_start", "05:00")
        assert journal.settings.water_day_start == time(5, 0)
        assert (tmp_path / "mine" / "settings.json").exists()
        assert (tmp_path / "mine" / "history.sqlite3").exists()
        assert journal.running is False
    finally:
        journal.close()


def test_found_a_deleted_data_folder_lost_acknowledged_writes(journal: Journal) -> None:
    """`water add 3` and `cramp add` exited 0 while SQLite wrote into the deleted file."""
    import shutil

    from coach import requests

    shutil.rmtree(journal.paths.data_dir)
    reply = requests.perform(requests.AddGlasses(3), journal)
    assert (reply.code, reply.text) == (0, "3 of 8 glasses today.")
    assert reply.notice is not None
    assert "was deleted or replaced while Bedtime Coach was running" in reply.notice
    assert history_rows(journal, "SELECT count(*) FROM water_glasses") == [(3,)]
    again = requests.perform(requests.AddGlasses(1), journal)
    assert again.notice is None  # said once


def test_found_an_import_could_not_be_undone(journal: Journal, tmp_path: Path) -> None:
    from coach import requests

    journal.add_glasses(2)
    journal.export(tmp_path / "out")
    other = open_journal(tmp_path / "other")
    try:
        other.clock.advance(60)  # type: ignore[attr-defined]
        other.add_glasses(1)  # its own glass, a minute later than the exported ones
        reply = requests.perform(requests.Import(str(tmp_path / "out")), other)
        assert reply.code == 0
        assert other.water_today() == 3
        assert "To undo it: bedtime-coach restore history-" in reply.text
        name = reply.text.rsplit(" ", 1)[1]
        other.restore(name)
        assert other.water_today() == 1  # as before the import
        kinds = [backup.kind for backup in other.list_backups()]
        assert "before-restore" in kinds  # and the imported state kept too
    finally:
        other.close()


def test_a_daily_backup_is_taken_when_the_journal_is_used(journal: Journal) -> None:
    journal.add_glasses(1)
    assert [b.kind for b in journal.list_backups()] == ["daily"]
    journal.clock.advance(24 * 3600)  # type: ignore[attr-defined]
    journal.add_glasses(1)
    assert [b.kind for b in journal.list_backups()] == ["daily", "daily"]


def test_restoring_needs_a_backup_that_is_there(journal: Journal) -> None:
    with pytest.raises(RefusedError, match="There is no backup 'nope'"):
        journal.restore("nope")


def test_found_a_deleted_history_file_lost_what_its_backups_kept(journal: Journal) -> None:
    from coach import requests

    journal.add_glasses(3)
    journal.backup()
    journal.paths.history_file.unlink()
    reply = requests.perform(requests.AddGlasses(1), journal)
    assert reply.text == "4 of 8 glasses today."  # the backup's 3, and this one
    assert reply.notice is not None
    assert "the backup of 2026-11-25 20:00 was put back in its place" in reply.notice


def test_found_recovery_after_a_restore_brought_back_what_was_undone(
    journal: Journal, tmp_path: Path
) -> None:
    from coach.store import backups

    journal.add_glasses(1)
    first = journal.backup()
    journal.add_glasses(5)
    journal.restore(first.name)
    assert journal.water_today() == 1
    newest = journal.list_backups()[0]
    assert newest.kind == "restored"  # what damage would now bring back: the restored state
    journal.close()
    journal.paths.history_file.write_bytes(b"garbage" * 100)
    assert backups.recover(journal.paths.history_file, journal.clock.now()) is not None
    again = open_journal(journal.paths.data_dir)
    try:
        assert again.water_today() == 1
    finally:
        again.close()


def test_found_an_import_that_added_nothing_offered_an_undo(
    journal: Journal, tmp_path: Path
) -> None:
    from coach import requests

    journal.add_glasses(2)
    journal.export(tmp_path / "out")
    reply = requests.perform(requests.Import(str(tmp_path / "out")), journal)
    assert reply.text == "Imported 0 entries; 2 were here already."
    assert [b.kind for b in journal.list_backups()] == ["daily"]


def test_found_another_programs_database_was_taken_for_an_empty_history(
    journal: Journal,
) -> None:
    import sqlite3

    from coach.store import backups

    journal.add_glasses(2)
    journal.backup()
    path = journal.paths.history_file
    journal.close()
    for leftover in path.parent.glob("history.sqlite3*"):
        leftover.unlink()
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.commit()
    other.close()
    notice = backups.recover(path, journal.clock.now())
    assert notice is not None
    assert "it is a database of another program" in notice
    again = open_journal(journal.paths.data_dir)
    try:
        assert again.water_today() == 2
    finally:
        again.close()


def test_check_ins_and_the_trial_are_heard_and_refusals_write_nothing(
    journal: Journal, heard: Heard
) -> None:
    from coach.core.nights import CheckIn

    clock = journal.clock
    assert isinstance(clock, FakeClock)
    assert journal.first_use() == NOW  # kept at the first open
    clock.set_now(NOW + timedelta(days=1, hours=-12))  # 08:00 on the 26th
    assert journal.answerable_nights()[0] == date(2026, 11, 25)
    before = history_rows(journal, "SELECT * FROM check_ins")
    with pytest.raises(
        RefusedError, match="the first night you can record is the night of 2026-11-24"
    ):
        journal.check_in(CheckIn.no_cramps(date(2026, 11, 23)))  # before the first use
    assert (heard, history_rows(journal, "SELECT * FROM check_ins")) == ([], before)
    assert not journal.check_in(CheckIn.with_cramps(date(2026, 11, 25), 2))
    assert journal.check_in(CheckIn.no_cramps(date(2026, 11, 25)))  # replaced
    journal.start_trial()
    journal.stop_trial()
    assert (
        heard
        == [frozenset({Change.CHECK_INS})] * 2 + [frozenset({Change.TRIAL, Change.REMINDERS})] * 2
    )
    [night] = journal.record_nights(date(2026, 11, 25), date(2026, 11, 25))
    assert (night.recorded, night.cramps) == (True, 0)
