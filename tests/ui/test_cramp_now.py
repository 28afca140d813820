"""The 3 a.m. screen: the leg (one tap logs the cramp now), back to sleep; or the relief
routine."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from coach.core.nights import NightState
from coach.store.desktop_entry import launcher
from coach.ui.style import PALETTES

LONDON = ZoneInfo("Europe/London")
THREE_AM = datetime(2026, 11, 26, 3, 10, tzinfo=LONDON)


def test_cramp_now_which_leg_back_to_sleep_records_the_night(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "hidden"})
    desktop.journal.clock.set_now(THREE_AM)
    assert desktop.tray is not None
    desktop.tray.cramp_now.emit()
    screen = desktop.cramp_now
    assert screen is not None
    assert screen.isVisible()
    assert not desktop.window.isVisible()  # the window stays away in the dark
    screen.legs["right"].click()  # one tap: the leg is the first question
    [cramp] = desktop.journal.cramps(1)
    assert (cramp.started_at, cramp.leg) == (THREE_AM, "right")
    # How bad was not asked: it is not said (it was a made-up 5 of 10), for the morning.
    assert cramp.severity is None
    assert screen.logged.text().startswith("Right leg, at 03:10.")
    [night] = desktop.journal.record_nights(date(2026, 11, 25), date(2026, 11, 25))
    assert night.state == NightState.RECORDED
    assert (night.cramps, night.severity) == (1, None)
    screen.back_to_sleep.click()
    assert not screen.isVisible()
    desktop.tray.cramp_now.emit()  # another one later: from the first question again
    assert screen.stages.currentIndex() == 0
    assert "worth mentioning" not in screen.logged.text()


def test_a_cramp_in_the_day_is_said_to_be_no_night_cramp(make_app) -> None:
    """A cramp at 16:40 was "night of Mon 30 Nov: 1 cramp" before that night began."""
    desktop = make_app()
    desktop.start({"command": "hidden"})
    desktop.journal.clock.set_now(datetime(2026, 11, 26, 16, 40, tzinfo=LONDON))
    assert desktop.tray is not None
    desktop.tray.cramp_now.emit()
    screen = desktop.cramp_now
    screen.legs["left"].click()  # one tap
    assert screen.logged.text().endswith(
        "It came in the day, so it is kept in the diary but not counted as a night cramp. "
        "Cramps in the day are worth mentioning to your doctor."
    )
    [night] = desktop.journal.record_nights(date(2026, 11, 26), date(2026, 11, 26))
    assert (night.state, night.day_cramps) == (NightState.NOT_RECORDED, 1)


def test_it_is_dim_whatever_the_theme(make_app) -> None:
    desktop = make_app()
    screen = desktop.show_cramp_now()
    night = PALETTES["night"].color(QPalette.ColorRole.Window)
    image = screen.grab().toImage()
    assert image.pixelColor(2, 2) == night
    assert max(night.red(), night.green(), night.blue()) < 40


def test_it_offers_the_relief_routine(make_app) -> None:
    desktop = make_app()
    screen = desktop.show_cramp_now()
    screen.relief.click()
    assert not screen.isVisible()
    assert desktop.window.player.session is not None
    assert desktop.window.player.session.routine.id == desktop.journal.relief_routines()[0].id
    desktop.window.stop_routine()


def test_after_the_relief_routine_it_asks_only_which_leg(make_app) -> None:
    desktop = make_app()
    desktop.window.summary.log_button.click()
    screen = desktop.cramp_now
    assert screen is not None
    assert screen.isVisible()
    assert screen.stages.currentIndex() == 0
    assert screen.legs["left"].hasFocus() or not screen.isActiveWindow()


def test_the_buttons_are_a_quarter_of_the_screen_high(make_app) -> None:
    desktop = make_app()
    screen = desktop.show_cramp_now()
    screen.layout().activate()
    quarter = screen.screen().availableGeometry().height() // 4  # the screen it fills
    for button in screen.legs.values():
        assert button.height() >= quarter
        assert button.font().pointSizeF() >= 2 * screen.font().pointSizeF()
    QApplication.processEvents()
    assert screen.legs["both"].geometry().bottom() < screen.relief.geometry().top()
    screen.legs["left"].click()
    QApplication.processEvents()
    assert screen.back_to_sleep.height() >= quarter


def test_from_the_command_line_the_menu_and_a_desktop_action(make_app) -> None:
    desktop = make_app()
    assert desktop.handle({"command": "cramp-now"})["code"] == 0
    assert desktop.cramp_now is not None
    assert desktop.cramp_now.isVisible()
    desktop.cramp_now.close()
    diary = next(a.menu() for a in desktop.window.menuBar().actions() if a.text() == "&Diary")
    next(a for a in diary.actions() if a.text() == "Log a cramp &now").trigger()
    assert desktop.cramp_now.isVisible()
    entry = launcher(["bedtime-coach"])
    assert "[Desktop Action cramp-now]\nName=Log a cramp now" in entry
    assert "Exec=bedtime-coach log-cramp-now" in entry


def test_the_command_line_makes_the_requests() -> None:
    from coach.cli import parse_arguments, request_for
    from coach.requests import CheckInNight, CrampNow

    assert request_for(parse_arguments(["log-cramp-now"])) == CrampNow()
    assert request_for(parse_arguments(["check-in", "--date", "2026-11-25"])) == CheckInNight(
        "2026-11-25"
    )
