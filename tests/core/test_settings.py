from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.core import settings as model
from coach.core.settings import KEYS, WEEKDAYS, Settings, SettingsError


def test_defaults_are_those_of_the_advice() -> None:
    s = Settings()
    assert (s.reminder_time, s.reminder_days, s.reminder_snooze_minutes) == (
        time(22, 0),
        WEEKDAYS,
        10,
    )
    assert (s.routine_hold_seconds, s.routine_rest_seconds, s.routine_reps) == (10, 5, 3)
    assert (s.routine_rounds, s.water_goal, s.water_day_start) == (1, 8, time(4, 0))
    assert (s.routine_default, s.app_theme, s.reminder_grace_minutes) == ("evening", "system", 120)


def test_every_issue_key_exists_and_the_daytime_water_reminders() -> None:
    assert set(KEYS) == {
        "reminder.enabled",
        "reminder.time",
        "reminder.days",
        "reminder.snooze_minutes",
        "reminder.grace_minutes",
        "reminder.chime",
        "routine.default",
        "routine.hold_seconds",
        "routine.rest_seconds",
        "routine.reps",
        "routine.rounds",
        "sound.enabled",
        "sound.volume",
        "sound.voice",
        "water.goal",
        "water.day_start",
        "water.reminders",
        "water.every_hours",
        "water.from",
        "water.until",
        "app.start_at_login",
        "app.start_hidden",
        "app.theme",
        "app.welcomed",
    }


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("reminder.time", "21:45", time(21, 45)),
        ("reminder.time", "7:05", time(7, 5)),
        ("reminder.days", "Mon, fri", ("monday", "friday")),
        ("reminder.days", "sunday,monday", ("monday", "sunday")),
        ("reminder.days", "every day", WEEKDAYS),
        ("reminder.enabled", "off", False),
        ("routine.rounds", "10", 10),
        ("sound.volume", "0", 0),
        ("sound.voice", "on", True),
        ("app.theme", "Night", "night"),
        ("routine.default", "trial", "trial"),
        ("routine.default", " Cramp-Relief ", "cramp-relief"),
        ("routine.default", "yoga", "yoga"),  # any routine id: the journal knows which exist
    ],
)
def test_values_typed_as_text(key: str, text: str, value: object) -> None:
    assert Settings().with_text(key, text).get(key) == value


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        (
            "routine.rounds",
            "11",
            "routine.rounds must be a whole number from 1 to 10; '11' is not.",
        ),
        ("routine.reps", "0", "routine.reps must be a whole number from 1 to 20; '0' is not."),
        ("sound.volume", "loud", "sound.volume must be a whole number from 0 to 100 percent"),
        ("reminder.time", "25:00", "reminder.time must be a time of day as HH:MM"),
        ("reminder.time", "10pm", "reminder.time must be a time of day as HH:MM"),
        ("reminder.days", "mon,funday", "reminder.days must be weekday names"),
        ("reminder.days", "", "reminder.days must be weekday names"),
        ("reminder.days", "t", "reminder.days must be weekday names"),
        ("app.theme", "pink", "app.theme must be one of system, light, dark, night"),
        ("app.start_hidden", "maybe", "app.start_hidden must be on or off"),
        ("routine.default", "two words", "routine.default must be the id of a routine"),
        ("routine.default", "", "routine.default must be the id of a routine, such as evening"),
    ],
)
def test_invalid_text_is_refused_with_what_is_allowed(key: str, text: str, message: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings().with_text(key, text)
    assert str(caught.value).startswith(message)


def test_the_routine_is_checked_against_the_routines_the_caller_knows() -> None:
    # The journal reads routine.default as a choice of the routines it loaded.
    loaded = model.Choice(("evening", "trial", "cramp-relief"))
    assert Settings().with_text("routine.default", "Trial", loaded).routine_default == "trial"
    with pytest.raises(SettingsError) as caught:
        Settings().with_text("routine.default", "yoga", loaded)
    assert str(caught.value) == (
        "routine.default must be one of evening, trial, cramp-relief; 'yoga' is not."
    )
    assert isinstance(model.kind("routine.default"), model.RoutineName)
    assert model.from_json({"version": 1, "routine": {"default": "yoga"}}) == Settings(
        routine_default="yoga"
    )
    with pytest.raises(SettingsError, match=r"routine\.default must be the id of a routine"):
        model.from_json({"version": 1, "routine": {"default": 7}})


def test_unknown_keys_are_refused_with_the_known_ones() -> None:
    with pytest.raises(SettingsError, match=r"There is no setting 'reminder.tme'\. The settings"):
        Settings().with_text("reminder.tme", "22:00")


def test_values_that_do_not_go_together_are_refused_however_they_come() -> None:
    drinking = Settings(water_reminders=True)
    refusal = "The reminders to drink cannot end at 08:00, before they start at 09:00."
    with pytest.raises(SettingsError, match=refusal):
        drinking.with_text("water.until", "08:00")  # the command line
    data = model.to_json(Settings(water_until=time(8, 0)))
    assert model.from_json(data) == Settings(water_until=time(8, 0))  # no reminders: fine
    data["water"]["reminders"] = True  # type: ignore[index]
    with pytest.raises(SettingsError, match=refusal):
        model.from_json(data)  # the settings file
    assert Settings(reminder_days=()).problem().startswith("Pick at least one day")
    assert drinking.with_text("water.until", "09:00").problem() == ""  # one reminder a day


def test_text_round_trips_for_every_key() -> None:
    s = Settings().with_text("reminder.days", "mon,wed").with_text("app.start_hidden", "on")
    for key in KEYS:
        assert s.with_text(key, s.text(key)) == s


def test_json_form_is_versioned_and_nested() -> None:
    data = model.to_json(Settings())
    assert data["version"] == 1
    assert data["reminder"] == {
        "enabled": True,
        "time": "22:00",
        "days": list(WEEKDAYS),
        "snooze_minutes": 10,
        "grace_minutes": 120,
        "chime": True,
    }
    assert model.from_json(data) == Settings()


def test_missing_keys_take_their_defaults() -> None:
    assert model.from_json({"version": 1, "water": {"goal": 6}}) == Settings(water_goal=6)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "The settings must be a JSON object."),
        ({"water": {"goal": 6}}, "The settings version must be 1, not None."),
        ({"version": 2}, "The settings version must be 1, not 2."),
        ({"version": 1, "water": 6}, "'water' must be a JSON object of settings."),
        ({"version": 1, "water": {"goal": "8"}}, "water.goal must be a whole number from 1"),
        ({"version": 1, "water": {"goal": True}}, "water.goal must be a whole number"),
        ({"version": 1, "water": {"cups": 8}}, "There is no setting 'water.cups'."),
        ({"version": 1, "reminder": {"days": ["mon"]}}, "reminder.days must be weekday names"),
        ({"version": 1, "reminder": {"days": []}}, "reminder.days must be weekday names"),
    ],
)
def test_invalid_json_is_refused(data: object, message: str) -> None:
    with pytest.raises(SettingsError) as caught:
        model.from_json(data)
    assert str(caught.value).startswith(message)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)
section_names = {
    section: [key.split(".")[1] for key in KEYS if key.startswith(section + ".")] + ["other"]
    for section in ("reminder", "routine", "sound", "water", "app")
}
settings_files = st.fixed_dictionaries(
    {"version": st.sampled_from([1, 1, 1, 2, "1", None])},
    optional={
        section: st.dictionaries(st.sampled_from(names), json_values, max_size=4)
        for section, names in section_names.items()
    },
)


@given(settings_files)
def test_any_json_gives_settings_or_a_clear_refusal(data: dict[str, object]) -> None:
    message = ""
    try:
        result = model.from_json(data)
    except SettingsError as error:
        message = str(error)
    if message:
        assert message.endswith(".")
    else:
        assert model.from_json(model.to_json(result)) == result
