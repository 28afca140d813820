"""The running app: requests from the tray, a second launch and the command line."""

from __future__ import annotations

import errno
import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coach.ui import diary_page
from coach.ui.desktop import KEEPS_RUNNING, NO_TRAY, TRAY_GONE_WATCH_MS, TRAY_WATCH_MS

LONDON = ZoneInfo("Europe/London")


def test_the_tray_menu_and_tooltip(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "hidden"})
    assert not desktop.window.isVisible()
    assert desktop.tray is not None
    assert desktop.tray.texts() == [
        "Start evening routine",
        "Cramp relief",
        "Add a glass of water (0 of 8 today)",
        "Log a cramp now",
        "Check in for last night…",
        "Add a cramp to the diary…",
        "Skip tonight (Wed 25 Nov)",
        "Open Bedtime Coach",
        "About the advice",
        "Settings…",
        "Quit",
    ]
    assert "Next reminder: Wed 22:00" in desktop.tray.icon.toolTip()
    desktop.tray.add_glass.emit()
    assert "Add a glass of water (1 of 8 today)" in desktop.tray.texts()
    assert "Water: 1 of 8 glasses today" in desktop.tray.icon.toolTip()


def test_a_reminder_offers_snooze_and_a_click_opens_the_window_to_start_it(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "hidden"})
    due = datetime(2026, 11, 25, 22, 0, tzinfo=LONDON)
    desktop.journal.clock.set_now(due)
    desktop.reminders.nightly.due.emit(due)
    assert "Snooze 10 min" in desktop.tray.texts()
    assert desktop.journal.tonight().shown == {date(2026, 11, 25)}
    desktop.tray.snooze.emit()
    assert "Snooze 10 min" not in desktop.tray.texts()
    assert desktop.reminders.next_due == datetime(2026, 11, 25, 22, 10, tzinfo=LONDON)

    desktop.reminders.nightly.due.emit(desktop.reminders.next_due)
    desktop.tray.reminder_clicked.emit()
    assert desktop.window.isVisible()
    assert desktop.window.pages.currentWidget() is desktop.window.chooser  # Start is there
    assert desktop.window.chooser.reminder_line.text() == "It's time for your evening stretches."
    assert desktop.journal.status()["last_run"] is None  # nothing started by the click
    desktop.window.chooser.start_button.click()
    assert desktop.window.player.shown_text["title"] == "Wall calf stretch, left leg"
    assert "Snooze 10 min" not in desktop.tray.texts()


def test_found_a_click_on_the_icon_under_the_keeps_running_balloon_started_a_routine(
    make_app,
) -> None:
    """Qt's XEmbed tray turns any click on the icon into a click on the balloon; after
    closing the window with x, that started the evening routine (and recorded a run)."""
    desktop = make_app()
    desktop.start({"command": "show"})
    desktop.window.close()  # the "keeps running in the tray" balloon shows
    desktop.tray.reminder_clicked.emit()  # the person's first click on the icon
    assert desktop.window.isVisible()  # the window, as a click on the icon promises
    assert desktop.window.pages.currentWidget() is desktop.window.chooser
    assert desktop.journal.status()["last_run"] is None


def test_found_skip_tonight_skipped_one_more_night_each_time(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "hidden"})
    skip = next(a for a in desktop.tray.menu.actions() if a.text().startswith("Skip tonight"))
    skip.trigger()
    assert skip.isChecked()
    assert skip.text() == "Skip tonight (Wed 25 Nov)"
    assert desktop.reminders.next_due == datetime(2026, 11, 26, 22, 0, tzinfo=LONDON)
    skip.trigger()  # again: the same night, and the skip taken back
    assert not skip.isChecked()
    assert skip.text() == "Skip tonight (Wed 25 Nov)"
    assert desktop.reminders.next_due == datetime(2026, 11, 25, 22, 0, tzinfo=LONDON)
    reply = desktop.handle({"command": "skip-tonight", "undo": False})
    assert reply["text"] == "Tonight's reminder (Wed 25 Nov) is skipped."
    assert skip.isChecked()
    reply = desktop.handle({"command": "skip-tonight", "undo": True})
    assert reply["text"] == "Tonight's reminder (Wed 25 Nov) is back."
    assert not skip.isChecked()


def test_skip_tonight(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "hidden"})
    desktop.tray.skip_tonight.emit()
    assert desktop.reminders.next_due == datetime(2026, 11, 26, 22, 0, tzinfo=LONDON)


def test_a_finished_routine_means_no_reminder_tonight(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "start-routine", "routine": "evening"})
    session = desktop.window.player.session
    assert session is not None
    desktop.journal.clock.advance(session.total_seconds + 1)
    desktop.window.player.refresh()
    desktop.window.player.confirm_tip()
    assert desktop.reminders.next_due == datetime(2026, 11, 26, 22, 0, tzinfo=LONDON)


def test_cramp_relief_does_not_become_the_usual_routine(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "hidden"})
    desktop.tray.start_relief.emit("cramp-relief")
    assert desktop.window.player.shown_text["title"] == "Towel stretch"
    assert desktop.journal.settings.routine_default == "evening"
    assert desktop.tray.texts()[0] == "Start evening routine"


def test_requests_from_the_command_line_update_the_tray_at_once(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "hidden"})
    reply = desktop.handle({"command": "water-add", "count": 3})
    assert reply == {"code": 0, "text": "3 of 8 glasses today.", "notice": None}
    assert "Add a glass of water (3 of 8 today)" in desktop.tray.texts()
    reply = desktop.handle({"command": "config-set", "key": "reminder.time", "value": "21:30"})
    assert reply["code"] == 0
    assert desktop.reminders.next_due == datetime(2026, 11, 25, 21, 30, tzinfo=LONDON)
    assert json.loads(desktop.handle({"command": "status", "json": True})["text"])["running"]
    assert desktop.handle({"command": "start-routine", "routine": "yoga"})["code"] == 2
    assert desktop.handle({"command": "dance"})["code"] == 2


def test_closing_keeps_it_in_the_tray_and_says_so_once(make_app, monkeypatch) -> None:
    desktop = make_app()
    desktop.start({"command": "show"})
    said: list[str] = []
    monkeypatch.setattr(desktop.tray, "say", said.append)  # the tray's balloon
    desktop.window.close()
    desktop.show_window()
    desktop.window.close()
    assert said == [KEEPS_RUNNING]
    assert not desktop.window.isVisible()


def test_without_a_tray_it_is_a_window_app_and_says_so(make_app) -> None:
    desktop = make_app(with_tray=False)
    desktop.start({"command": "hidden"})  # nowhere to hide: the window shows
    assert desktop.window.isVisible()
    assert desktop.window.banner.text() == NO_TRAY
    assert QApplication.instance().quitOnLastWindowClosed()  # type: ignore[union-attr]


def test_daytime_reminders_to_drink_open_the_water_page_when_clicked(make_app) -> None:
    desktop = make_app(at=datetime(2026, 11, 25, 10, 30, tzinfo=LONDON))
    desktop.start({"command": "hidden"})
    drinks = desktop.reminders.drinks
    assert drinks.next_due is None  # off by default
    desktop.handle({"command": "config-set", "key": "water.reminders", "value": "on"})
    assert drinks.next_due == datetime(2026, 11, 25, 11, 0, tzinfo=LONDON)
    shown: list[tuple[str, str]] = []
    desktop.tray.show_reminder = lambda title, text: shown.append((title, text))
    drinks.due.emit(drinks.next_due)
    assert shown == [("Time for a glass of water", "0 of 8 glasses so far today.")]
    desktop.tray.reminder_clicked.emit()
    assert desktop.window.current_page() is desktop.window.page("water")
    assert "Add a glass of water (0 of 8 today)" in desktop.tray.texts()  # none by itself


def test_the_file_menu_exports_and_imports(make_app, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    desktop = make_app()
    desktop.start({"command": "show"})
    desktop.handle({"command": "water-add", "count": 2})
    started_in: list[str] = []

    def choose(parent: object, title: str, start: str) -> str:
        started_in.append(start)
        return str(tmp_path / "csv")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    actions = {a.text(): a for a in desktop.window.menuBar().actions()[0].menu().actions()}
    actions["&Export as CSV…"].trigger()
    assert desktop.window.banner.text() == f"Wrote 9 files to {tmp_path / 'csv'}."
    actions["&Import CSV…"].trigger()
    assert desktop.window.banner.text().startswith("Imported 0 entries; 2 were here already.")
    # From the home folder, not wherever the app was started; then where the export went.
    assert started_in == [str(Path.home()), str(tmp_path / "csv")]


def test_the_end_of_cramp_relief_offers_to_log_the_cramp(make_app) -> None:
    desktop = make_app(at=datetime(2026, 11, 26, 3, 0, tzinfo=LONDON))
    desktop.start({"command": "hidden"})
    desktop.tray.start_relief.emit("cramp-relief")
    desktop.window.player.stop()
    summary = desktop.window.summary
    assert summary.log_button.isVisibleTo(summary)
    summary.log_button.click()  # the night screen, asking only which leg
    screen = desktop.cramp_now
    assert screen is not None
    assert screen.isVisible()
    screen.legs["right"].click()
    diary = desktop.window.page("diary")
    assert diary.table.rowCount() == 1
    assert diary.table.item(0, 1).text() == "Right leg"


def test_settings_that_cannot_be_saved_are_said_and_not_used(make_app, monkeypatch) -> None:
    desktop = make_app()
    dialog = desktop.dialogs.open_settings()
    dialog.set_value("water.goal", 5)

    def read_only(path: Path, settings: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr("coach.journal.save_settings", read_only)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # what was typed is still there, to try again
    assert desktop.window.banner.text().startswith("Nothing was saved: the folder is read-only (")
    assert desktop.journal.settings.water_goal == 8


def test_a_cramp_that_cannot_be_saved_is_said(make_app, monkeypatch) -> None:
    desktop = make_app()

    def full(cramp: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("coach.store.history.History.add_cramp", lambda history, cramp: full(cramp))
    monkeypatch.setattr(diary_page.CrampDialog, "exec", lambda dialog: dialog.accept() or 1)
    assert desktop.window.page("diary").log_cramp() is None
    assert desktop.window.banner.text().startswith("Nothing was saved: database or disk is full")


def test_a_glass_ticked_in_the_window_redraws_every_view_once(make_app, monkeypatch) -> None:
    desktop = make_app()
    desktop.start({"command": "show"})
    water, history = desktop.window.page("water"), desktop.window.page("history")
    redrawn: list[str] = []
    for name, page in (("water", water), ("history", history)):
        monkeypatch.setattr(page, "refresh", lambda name=name: redrawn.append(name))
    water.glass_buttons()[0].click()
    assert sorted(redrawn) == ["history", "water"]
    assert "Add a glass of water (1 of 8 today)" in desktop.tray.texts()
    redrawn.clear()
    desktop.handle({"command": "water-add", "count": 2})  # from the command line: the same
    assert sorted(redrawn) == ["history", "water"]


def test_a_new_theme_redraws_the_glasses_in_its_colours(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "show"})
    water, diary = desktop.window.page("water"), desktop.window.page("diary")
    desktop.window.show_page(diary)
    desktop.handle({"command": "config-set", "key": "app.theme", "value": "night"})
    QApplication.processEvents()
    desktop.window.show_page(water)  # hidden when the theme changed: redrawn when shown

    def outline() -> str:
        icon = water.glass_buttons()[0].icon()
        return icon.pixmap(48, 48).toImage().pixelColor(24, 6).name()

    text = water.palette().color(water.foregroundRole()).name()
    assert outline() == text  # not the light theme's black on the night's dark
    desktop.handle({"command": "config-set", "key": "app.theme", "value": "light"})
    QApplication.processEvents()  # on show: redrawn at once
    assert outline() == water.palette().color(water.foregroundRole()).name() != text


def test_the_window_has_quit_and_about(make_app, monkeypatch) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMessageBox

    from coach import __version__

    desktop = make_app()
    desktop.start({"command": "show"})
    menus = {a.text(): a.menu() for a in desktop.window.menuBar().actions()}
    assert list(menus) == ["&File", "&Diary", "&Settings", "&Help"]
    quit_action = next(a for a in menus["&File"].actions() if a.text() == "&Quit")
    assert quit_action.shortcut() == QKeySequence("Ctrl+Q")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    next(a for a in menus["&Help"].actions() if a.text() == "About &Bedtime Coach").trigger()
    assert shown[0].startswith(f"Bedtime Coach {__version__}\n")
    assert "MIT licence" in shown[0]


def test_found_the_first_click_after_closing_with_x_did_nothing(make_app) -> None:
    """Under a balloon, Qt's XEmbed tray gives one click as messageClicked and then as
    activated: the window opened and closed again at once."""
    from PySide6.QtWidgets import QSystemTrayIcon

    desktop = make_app()
    desktop.start({"command": "show"})
    desktop.window.close()  # the "keeps running" balloon shows
    desktop.tray.icon.messageClicked.emit()  # one click, as both signals
    desktop.tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert desktop.window.isVisible()


def test_found_a_tray_host_that_came_after_the_app_never_got_the_icon(make_app) -> None:
    """Started at login before the panel, the app stayed a plain window for good, and
    closing it quit."""
    there = [False]
    desktop = make_app(with_tray=False, tray_available=lambda: there[0])
    desktop.start({"command": "show"})
    desktop.look_for_tray()
    assert desktop.tray is None
    assert desktop.window.banner.text() == NO_TRAY
    there[0] = True  # the panel has started
    desktop.look_for_tray()
    assert desktop.tray is not None
    assert not QApplication.instance().quitOnLastWindowClosed()  # type: ignore[union-attr]
    assert desktop.window.banner.text() == ""


def test_a_start_in_the_tray_makes_no_window_until_it_is_opened(make_app) -> None:
    """The window, its dialogs and its look cost 10 ms and 9 MB at a tray start that
    may never open them; made when first needed, it shows what it would have."""
    desktop = make_app()
    desktop.start({"command": "hidden"})
    desktop.tray.add_glass.emit()
    desktop.tray.skip_tonight.emit()
    desktop.show_notice("Said while only the tray was there.")
    assert not desktop.window_made
    desktop.tray.open_window.emit()
    assert desktop.window.isVisible()
    assert desktop.window.banner.text() == "Said while only the tray was there."
    assert (
        desktop.window.chooser.reminder_line.text() == "Tonight's reminder (Wed 25 Nov) is skipped."
    )
    assert desktop.window.chooser.skip_button.isChecked()


def test_the_tray_menu_has_the_chosen_theme_before_the_window_is_made(make_app) -> None:
    from coach.core.settings import Settings
    from coach.ui.style import PALETTES

    desktop = make_app()
    desktop.journal.change_settings(Settings(app_welcomed=True, app_theme="night"))
    desktop.start({"command": "hidden"})
    assert not desktop.window_made
    window = QPalette.ColorRole.Window
    assert QApplication.palette().color(window) == PALETTES["night"].color(window)


def test_a_start_in_the_tray_without_the_tray_opens_the_window_with_its_notice(make_app) -> None:
    desktop = make_app(with_tray=False)
    desktop.start({"command": "hidden"})
    assert desktop.window.isVisible()
    assert desktop.window.banner.text() == NO_TRAY


def test_the_tray_is_looked_for_often_only_while_there_is_none(make_app) -> None:
    """Each look is an X11 round trip (0.1 ms) or a D-Bus call, and a wake-up: every 5 s
    while there is no tray to dock in, once a minute while docked."""
    there = [True]
    desktop = make_app(tray_available=lambda: there[0])
    desktop.start({"command": "hidden"})
    watch = desktop._tray_watch
    assert watch.isActive()
    assert watch.interval() == TRAY_GONE_WATCH_MS
    there[0] = False
    desktop.look_for_tray()
    assert (watch.isActive(), watch.interval()) == (True, TRAY_WATCH_MS)
    there[0] = True
    desktop.look_for_tray()
    assert (watch.isActive(), watch.interval()) == (True, TRAY_GONE_WATCH_MS)


def test_found_a_run_that_does_not_count_cleared_tonights_reminder(make_app) -> None:
    """At 22:30, the routine started from the reminder and every stretch skipped: the app
    said it did not count, but the reminder was gone ("Next reminder: Tue 22:00") and the
    tray no longer offered "Already done tonight"."""
    desktop = make_app()
    desktop.start({"command": "hidden"})
    due = datetime(2026, 11, 25, 22, 0, tzinfo=LONDON)
    desktop.journal.clock.set_now(due)
    desktop.reminders.nightly.due.emit(due)
    desktop.journal.clock.set_now(datetime(2026, 11, 25, 22, 30, tzinfo=LONDON))
    desktop.tray.start_routine.emit()
    player = desktop.window.player
    while desktop.window.pages.currentWidget() is player:
        player.skip()
    assert "does not count" in desktop.window.summary.text()
    assert desktop.reminders.due == due  # still on show
    assert "Already done tonight" in desktop.tray.texts()
    desktop.window.summary.back_button.click()
    home = desktop.window.chooser
    assert home.reminder_line.text() == "It's time for your evening stretches."
    # A run that counts answers it.
    desktop.tray.start_routine.emit()
    session = player.session
    assert session is not None
    desktop.journal.clock.advance(session.total_seconds + 1)
    player.refresh()
    player.confirm_tip()
    assert desktop.reminders.due is None
    assert "Already done tonight" not in desktop.tray.texts()
    assert desktop.reminders.next_due == datetime(2026, 11, 26, 22, 0, tzinfo=LONDON)


def test_found_cramp_relief_picked_on_the_home_page_became_tonights_routine(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "show"})
    home = desktop.window.chooser
    home.choose("cramp-relief")
    home.start_button.click()
    assert desktop.window.player.shown_text["title"] == "Towel stretch"
    assert desktop.journal.settings.routine_default == "evening"
    desktop.window.stop_routine()
    home.choose("trial")
    home.start_button.click()
    assert desktop.journal.settings.routine_default == "trial"  # an evening one is kept


def test_the_end_of_cramp_relief_says_nothing_of_the_routine_done(make_app) -> None:
    """Cramp relief at 3 a.m., its steps all skipped: no "this does not count as the
    routine done", which is about the evening routine."""
    desktop = make_app(at=datetime(2026, 11, 26, 3, 0, tzinfo=LONDON))
    desktop.start({"command": "hidden"})
    desktop.tray.start_relief.emit("cramp-relief")
    player = desktop.window.player
    for _ in range(4):  # every step skipped
        if player.session is not None and player.session.is_active:
            player.skip()
    if desktop.window.pages.currentWidget() is player:
        player.stop()
    text = desktop.window.summary.text()
    assert "routine done" not in text
    assert "skipped the stretches" not in text
    assert text.startswith("Cramp relief stopped. If the cramp is still there,")
