"""Simulated people drive the command line over faked dates (issue 14's "done when").

Each command is a real command line: `cli.parse_arguments` and `cli.request_for` make the
request from the words a person types, and `requests.perform` answers it through a
journal whose clock is a FakeClock, exactly as `cli.run_here` does with the system clock.
The routine is done the way the window does it: a `RoutineSession` played through on the
same clock, its run recorded by the journal. The real process under `faketime` prints the
same (see the README's example session).
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coach import cli, requests
from coach.core.clock import FakeClock
from coach.core.session import PhaseKind, RoutineSession
from coach.journal import Journal
from tests.conftest import shipped_routines

LONDON = ZoneInfo("Europe/London")
FIRST_MORNING = datetime(2027, 1, 4, 9, 0, tzinfo=LONDON)  # a Monday; the app installed


class Person:
    """Someone with the app, living day by day on a fake clock."""

    def __init__(self, folder: Path, first: datetime = FIRST_MORNING) -> None:
        self.clock = FakeClock(first)
        self.journal = Journal.in_folder(folder, self.clock, shipped_routines())

    def close(self) -> None:
        self.journal.close()

    def say(self, *words: str) -> requests.Reply:
        request = cli.request_for(cli.parse_arguments(list(words)))
        return requests.perform(request, self.journal)

    def ok(self, *words: str) -> str:
        reply = self.say(*words)
        assert reply.code == 0, reply.text
        return reply.text

    def at(self, day: date, hour: int, minute: int = 0) -> None:
        self.clock.set_now(datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON))

    def do_the_routine(self) -> None:
        """The usual routine, played through as the window plays it, tip confirmed."""
        session = RoutineSession(self.journal.routine(), self.clock)
        session.start()
        while session.is_active:
            if session.phase.kind == PhaseKind.TIP:
                session.confirm()
            else:
                self.clock.advance(5)
        record = session.run_record()
        assert record.routine_done
        self.journal.record_run(record)

    def record_the_night(self, cramps: int) -> str:
        if cramps:
            return self.ok("night", "--cramps", str(cramps), "--severity", "5", "--sleep", "6")
        return self.ok("night", "--none", "--sleep", "8")

    def report(self, days: int = 30) -> dict:
        return json.loads(self.ok("report", "--days", str(days), "--json"))


@pytest.fixture
def person(tmp_path: Path) -> Person:
    someone = Person(tmp_path / "data")
    yield someone
    someone.close()


def test_half_the_nights_with_the_routine_gives_the_right_ratio_and_interval(
    person: Person,
) -> None:
    """Routine on every other night for four weeks, every morning recorded: on routine
    nights 0 and 1 cramps in turn (0.5 a night), on the others 1 and 2 (1.5 a night)."""
    expected = {True: [], False: []}
    for n in range(28):
        evening = FIRST_MORNING.date() + timedelta(days=n)
        routine = n % 2 == 0
        person.at(evening, 21, 30)
        if routine:
            person.do_the_routine()
        cramps = (n // 2) % 2 + (0 if routine else 1)
        expected[routine].append(cramps)
        person.at(evening + timedelta(days=1), 7, 30)
        said = person.record_the_night(cramps)
        assert said.startswith(f"The night of {evening.isoformat()} is recorded")
        assert ("Routine that evening: done." in said) == routine
    data = person.report(30)
    assert data["summary"] == {
        "recorded": 28,
        "excluded": 0,
        "not_recorded": 2,  # the two nights before the app was installed
        "cramps": 28,
        "cramps_a_night": 1.0,
        "routine_done": 14,
        "cramps_in_the_day": 0,
    }
    routine = data["comparisons"]["routine"]
    a, b = sum(expected[True]), sum(expected[False])
    assert (a, b) == (7, 21)
    assert routine["with"] == {"nights": 14, "cramps": 7, "rate": 0.5}
    assert routine["without"] == {"nights": 14, "cramps": 21, "rate": 1.5}
    # The Poisson rate ratio, its 95% interval on the log scale (the counts vary less
    # than a Poisson count does here, so the dispersion stays 1).
    spread = 1.959963984540054 * math.sqrt(1 / a + 1 / b)
    ratio = routine["ratio"]
    assert ratio["ratio"] == pytest.approx(1 / 3, abs=1e-3)
    assert ratio["low"] == pytest.approx(math.exp(math.log(1 / 3) - spread), abs=1e-3)
    assert ratio["high"] == pytest.approx(math.exp(math.log(1 / 3) + spread), abs=1e-3)
    assert (ratio["level"], ratio["dispersion"]) == (0.95, 1.0)
    assert routine["sentence"] == (
        "On nights after the routine you had 0.5 cramps a night, on other nights 1.5; that "
        "is 67% fewer (somewhere between 22% and 86% fewer). This does not prove the "
        "routine caused it: see 'Find out for yourself'."
    )
    # The words the text report prints are the same numbers.
    assert routine["sentence"] in person.ok("report", "--days", "30")


def test_seven_nights_with_the_routine_are_not_compared_with_23_empty_ones(
    person: Person,
) -> None:
    """Issue 14: seven nights with the routine and one cramp each were "compared" with
    the 23 nights nobody recorded: "other nights: 0.0 (23 nights)"."""
    start = FIRST_MORNING.date() + timedelta(days=23)
    for n in range(7):
        evening = start + timedelta(days=n)
        person.at(evening, 21, 30)
        person.do_the_routine()
        person.at(evening + timedelta(days=1), 8, 0)
        person.record_the_night(1)
    data = person.report(30)
    routine = data["comparisons"]["routine"]
    assert (routine["with"]["nights"], routine["without"]["nights"]) == (7, 0)
    assert routine["ratio"] is None
    assert routine["sentence"] == (
        "Not enough recorded nights yet to compare (at least 7 of each): 7 after the "
        "routine and 0 on other nights. Still needed: 7 on other nights."
    )
    assert "0.0" not in json.dumps(data["comparisons"])
    states = [night["state"] for night in data["nights"]]
    assert states.count("not-recorded") == 23
    assert all(
        night["cramps"] is None for night in data["nights"] if night["state"] == "not-recorded"
    )


def test_a_check_in_is_refused_outside_the_last_seven_nights_and_changed_within(
    person: Person,
) -> None:
    person.at(FIRST_MORNING.date() + timedelta(days=9), 10)
    night = (FIRST_MORNING.date() + timedelta(days=1)).isoformat()
    old = person.say("night", "--date", night, "--none")
    assert old.code == 2
    assert "is not one of them" in old.text
    night = (FIRST_MORNING.date() + timedelta(days=5)).isoformat()
    person.ok("night", "--date", night, "--cramps", "3", "--leg", "left")
    changed = person.ok("night", "--date", night, "--unknown")
    assert "It replaces the earlier answer for that night." in changed
    [entry] = [n for n in person.report(30)["nights"] if n["night"] == night]
    assert (entry["state"], entry["cramps"]) == ("excluded", None)
    for words, sentence in [
        (["--date", "5 Jan", "--none"], "The night must be a date such as 2026-11-25"),
        (["--cramps", "0"], "How many cramps must be a whole number from 1 to 50; 0 is not."),
        (["--cramps", "2", "--severity", "11"], "How bad must be a whole number from 0 to 10"),
        (["--none", "--severity", "3"], "Only a night with cramps can say how many"),
        (["--none", "--sleep", "12"], "How well you slept must be a whole number from 0"),
    ]:
        reply = person.say("night", *words)
        assert (reply.code, reply.text.startswith(sentence)) == (2, True), reply.text


def test_a_cramp_logged_at_3_am_is_rated_by_the_morning_not_by_a_made_up_5(
    person: Person,
) -> None:
    """Issue 14, point 3: a cramp logged in the night with nothing but the leg was "5 of
    10" in the report. The night's how bad is the worst that was said: nothing at 3 a.m.,
    then the morning's 3; a cramp said to be 8 stays 8 whatever the morning says."""
    first = FIRST_MORNING.date()
    person.at(first + timedelta(days=1), 3, 10)  # the night of the 4th
    said = person.ok("cramp", "add", "--leg", "left")
    assert "How bad it was can be said in the morning's check-in." in said
    assert "of 10" not in said
    night = first.isoformat()

    def reported() -> dict:
        return next(n for n in person.report(30)["nights"] if n["night"] == night)

    person.at(first + timedelta(days=1), 7, 30)  # the morning, before the check-in
    assert (reported()["state"], reported()["cramps"], reported()["severity"]) == (
        "recorded", 1, None)  # fmt: skip
    person.ok("night", "--cramps", "1", "--severity", "3")
    assert (reported()["cramps"], reported()["severity"]) == (1, 3)
    person.at(first + timedelta(days=2), 2, 30)  # the next night, said at the time
    assert "8 of 10" in person.ok("cramp", "add", "--leg", "right", "--severity", "8")
    person.at(first + timedelta(days=2), 8)
    person.ok("night", "--cramps", "1", "--severity", "3")
    entry = next(
        n
        for n in person.report(30)["nights"]
        if n["night"] == (first + timedelta(days=1)).isoformat()
    )
    assert entry["severity"] == 8


def run_a_trial(person: Person, effect: bool) -> dict:
    """Eight weeks as the app says, every morning recorded. With an effect, the routine
    weeks have 0 or 1 cramp a night in turn and the no-stretching weeks 2; without, one
    cramp every night whatever is done."""
    started = person.ok("trial", "start")
    start = FIRST_MORNING.date()
    assert started.startswith(f"Your personal trial starts on the night of {start}")
    conditions = []
    for n in range(56):
        evening = start + timedelta(days=n)
        person.at(evening, 20, 0)
        tonight = json.loads(person.ok("trial", "status", "--json"))["tonight"]
        assert (tonight["night"], tonight["week"]) == (evening.isoformat(), n // 7 + 1)
        condition = tonight["condition"]
        conditions.append(condition)
        silent = condition == "no-stretching"
        assert person.journal.no_stretching_tonight() == silent
        due = person.journal.next_reminder()
        assert due is not None
        assert (due.date() != evening) == silent  # no reminder on a no-stretching night
        routine = condition == "routine" or (condition == "as-usual" and n % 2 == 0)
        if routine:
            person.do_the_routine()
        cramps = (n % 2 if condition == "routine" else 2) if effect else 1
        person.at(evening + timedelta(days=1), 7, 45)
        person.record_the_night(cramps)
    assert conditions[:14] == ["as-usual"] * 14
    assert sorted(conditions[14:]) == ["no-stretching"] * 21 + ["routine"] * 21
    for pair in range(3):
        weeks = conditions[14 + 14 * pair : 28 + 14 * pair]
        assert weeks in (["routine"] * 7 + ["no-stretching"] * 7,
                         ["no-stretching"] * 7 + ["routine"] * 7)  # fmt: skip
    person.at(start + timedelta(days=57), 9, 0)
    status = json.loads(person.ok("trial", "status", "--json"))
    assert (status["state"], status["tonight"]) == ("over", None)
    return status


def test_a_full_trial_finds_that_the_routine_helped_a_person_it_helps(person: Person) -> None:
    status = run_a_trial(person, effect=True)
    result = status["result"]
    assert (result["provisional"], result["stopped_early"], result["verdict"]) == (
        False,
        False,
        "helped",
    )
    assert result["routine"]["nights"] == result["no_stretching"]["nights"] == 21
    assert result["no_stretching"]["rate"] == 2.0
    assert result["ratio"]["high"] < 1
    assert result["sentence"].startswith("The routine helped you: in the routine weeks")
    assert result["adherence"] == {
        "routine_done_in_routine_weeks": 21,
        "routine_done_in_no_stretching_weeks": 0,
    }
    assert person.ok("report", "--days", "90").endswith(result["sentence"])


def test_a_full_trial_finds_no_difference_for_a_person_it_does_not_help(
    person: Person,
) -> None:
    result = run_a_trial(person, effect=False)["result"]
    assert result["verdict"] == "no-clear-difference"
    assert result["ratio"]["ratio"] == 1.0
    assert result["sentence"].startswith("No clear difference")


def test_a_trial_stopped_early_says_so_and_the_reminder_comes_back(person: Person) -> None:
    person.ok("trial", "start")
    refused = person.say("trial", "start")
    assert (refused.code, refused.text) == (
        2,
        "A trial is under way already; 'bedtime-coach trial stop' stops it.",
    )
    schedule = None
    for n in range(21):  # into the first pair of weeks
        evening = FIRST_MORNING.date() + timedelta(days=n)
        person.at(evening + timedelta(days=1), 8, 0)
        person.record_the_night(1)
    person.at(FIRST_MORNING.date() + timedelta(days=21), 12, 0)
    schedule = json.loads(person.ok("trial", "status", "--json"))
    assert schedule["state"] == "under-way"
    stopped = person.ok("trial", "stop")
    assert stopped.startswith("The trial is stopped from the night of 2027-01-25")
    status = json.loads(person.ok("trial", "status", "--json"))
    assert (status["state"], status["result"]["stopped_early"]) == ("stopped", True)
    assert status["result"]["sentence"].startswith("You stopped the trial early")
    assert person.say("trial", "stop").text == "No trial is under way, so none to stop."
    assert not person.journal.no_stretching_tonight()
    due = person.journal.next_reminder()
    assert due is not None
    assert due.date() == date(2027, 1, 25)


# Found by a new user's trial of issue 14 (the data and the numbers).

INSTALLED = datetime(2027, 1, 4, 16, 40, tzinfo=LONDON)  # a Monday afternoon


@pytest.fixture
def newcomer(tmp_path: Path) -> Person:
    """Someone who installs the app on Monday afternoon, after a bad Sunday night."""
    someone = Person(tmp_path / "data", INSTALLED)
    yield someone
    someone.close()


def test_the_night_before_the_first_use_can_be_recorded_and_no_earlier(
    newcomer: Person,
) -> None:
    """The first afternoon's "Last night: not recorded" invited a check-in that was then
    refused ("You started using Bedtime Coach on the night of ...")."""
    sunday = INSTALLED.date() - timedelta(days=1)
    said = newcomer.ok("night", "--cramps", "2", "--severity", "6")
    assert said.startswith(f"The night of {sunday.isoformat()} is recorded: 2 cramps.")
    # The app kept no routine nor water that evening: not "not done", not 0 glasses.
    assert "Routine and water that evening: not recorded" in said
    assert "not done" not in said
    earlier = newcomer.say("night", "--date", (sunday - timedelta(days=1)).isoformat(), "--none")
    assert earlier.code == 2
    assert f"the first night you can record is the night of {sunday.isoformat()}" in earlier.text
    assert newcomer.journal.recordable_nights() == (sunday,)


def test_nights_before_the_first_use_have_no_routine_nor_water_in_the_report(
    newcomer: Person,
) -> None:
    newcomer.ok("water", "add", "3")
    newcomer.at(INSTALLED.date() + timedelta(days=1), 8, 0)
    newcomer.ok("night", "--none")
    data = newcomer.report(30)
    nights = {night["night"]: night for night in data["nights"]}
    for day in range(-6, 0):  # before the first day in use
        night = nights[(INSTALLED.date() + timedelta(days=day)).isoformat()]
        assert (night["routine_done"], night["glasses"], night["water_at_goal"]) == (
            None, None, None)  # fmt: skip
    first = nights[INSTALLED.date().isoformat()]
    assert (first["state"], first["routine_done"], first["glasses"]) == ("recorded", False, 3)
    assert data["summary"]["routine_done"] == 0


def test_a_cramp_in_the_afternoon_is_not_a_night_cramp_and_the_reply_says_so(
    newcomer: Person,
) -> None:
    """A cramp at 16:40 counted as a cramp of the night to come, the routine then done
    at 22:00 "after" it."""
    said = newcomer.ok("cramp", "add", "--leg", "left", "--severity", "4")
    assert said.endswith(
        "It came in the day, so it is kept in the diary but not counted as a night cramp. "
        "Cramps in the day are worth mentioning to your doctor."
    )
    newcomer.at(INSTALLED.date(), 22, 0)
    newcomer.do_the_routine()
    assert "worth mentioning" not in newcomer.ok("cramp", "add", "--leg", "left")
    newcomer.at(INSTALLED.date() + timedelta(days=1), 8, 0)
    data = newcomer.report(30)
    [monday] = [n for n in data["nights"] if n["night"] == INSTALLED.date().isoformat()]
    assert (monday["cramps"], monday["routine_done"]) == (1, True)  # the 22:00 one only
    assert data["summary"]["cramps_in_the_day"] == 1
    assert (
        "Cramps in the day, not counted as night cramps: 1 (worth mentioning to your doctor)."
        in newcomer.ok("report")
    )
    # The report ends last night, tonight is not in it.
    assert data["period"]["last"] == INSTALLED.date().isoformat()


def test_each_check_in_reply_says_what_was_recorded_and_why(newcomer: Person) -> None:
    monday = INSTALLED.date()
    newcomer.at(monday + timedelta(days=1), 2, 0)
    newcomer.ok("cramp", "add", "--leg", "left", "--severity", "7", "--minutes", "4")
    newcomer.at(monday + timedelta(days=1), 3, 0)
    newcomer.ok("cramp", "add", "--leg", "left")
    newcomer.at(monday + timedelta(days=1), 8, 0)
    said = newcomer.ok("night", "--cramps", "1", "--severity", "3", "--minutes", "2.5")
    assert said.splitlines()[:4] == [
        f"The night of {monday.isoformat()} is recorded: 2 cramps.",
        "You logged 2 cramps that night, so it counts 2 cramps.",
        "How bad: 7 of 10, the worst of the cramps you logged that night (you said 3).",
        "How long: 4 minutes, the longest of the cramps you logged that night (you said 2.5).",
    ]
    said = newcomer.ok("night", "--unknown")
    assert said.splitlines()[:3] == [
        f"The night of {monday.isoformat()} is left out (don't know, or slept elsewhere).",
        "It replaces the earlier answer for that night.",
        "The 2 cramps you logged that night are kept in the diary, but the night is left "
        "out of the numbers.",
    ]
    tuesday = monday + timedelta(days=1)
    newcomer.at(tuesday + timedelta(days=1), 3, 0)
    newcomer.ok("cramp", "add", "--leg", "right")
    newcomer.at(tuesday + timedelta(days=1), 8, 0)
    said = newcomer.ok("night", "--none")
    assert said.splitlines()[:2] == [
        f"The night of {tuesday.isoformat()} is recorded: 1 cramp.",
        "You logged a cramp that night, so it counts 1 cramp.",
    ]


def test_how_bad_is_1_to_10_for_a_check_in_as_for_a_cramp(newcomer: Person) -> None:
    """`night --severity 0` was taken (0-10) while `cramp add --severity 0` was refused
    (1-10)."""
    newcomer.at(INSTALLED.date() + timedelta(days=1), 8, 0)
    for words in (("night", "--cramps", "1"), ("cramp", "add")):
        refused = newcomer.say(*words, "--severity", "0")
        assert refused.code == 2
        assert refused.text.startswith("How bad must be a whole number from 1 to 10")
    assert newcomer.journal.check_ins() == []
