"""Reminders as notifications with buttons, politeness, and life without a tray."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from coach.ui import busy
from coach.ui.desktop import KEEPS_RUNNING_NO_TRAY, NO_TRAY, NO_TRAY_NOTIFICATIONS
from coach.ui.notifications import DEFAULT
from tests.ui.conftest import FakeNotifier

LONDON = ZoneInfo("Europe/London")
DUE = datetime(2026, 11, 25, 22, 0, tzinfo=LONDON)


def remind(desktop, at: datetime = DUE) -> None:
    desktop.journal.clock.set_now(at)
    desktop.reminders.nightly.due.emit(at)


def test_the_reminder_comes_with_its_buttons_and_a_chime(make_app, monkeypatch) -> None:
    notifier = FakeNotifier()
    desktop = make_app(notifier=notifier)
    chimes: list[bool] = []
    monkeypatch.setattr(desktop.sound, "play_chime", lambda: chimes.append(True))
    desktop.start({"command": "hidden"})
    remind(desktop)
    title, _body, actions = notifier.shown["routine"]
    assert title == "Time for your evening stretches"
    assert actions == [
        ("default", "Open Bedtime Coach"),  # a click on the notification itself
        ("start", "Start routine"),
        ("snooze", "Snooze 10 min"),
        ("skip", "Skip tonight"),
        ("done", "Already done"),
    ]
    assert chimes == [True]
    notifier.answered.emit("routine", "start")
    assert desktop.window.isVisible()
    assert desktop.window.pages.currentWidget() is desktop.window.player
    assert "routine" not in notifier.shown  # answered: withdrawn
    assert desktop.reminders.due is None


def test_no_chime_when_it_is_turned_off_or_sound_is_off(make_app, monkeypatch) -> None:
    notifier = FakeNotifier()
    desktop = make_app(notifier=notifier)
    played: list[str] = []
    monkeypatch.setattr(desktop.sound, "start", lambda: None)
    jobs = type(
        "Jobs", (), {"put": lambda self, job: played.append(job[1]) if job[0] == "play" else None}
    )()
    monkeypatch.setattr(desktop.sound, "_jobs", jobs)
    desktop.handle({"command": "config-set", "key": "sound.enabled", "value": "off"})
    desktop.start({"command": "hidden"})
    remind(desktop)
    desktop.handle({"command": "config-set", "key": "sound.enabled", "value": "on"})
    desktop.handle({"command": "config-set", "key": "reminder.chime", "value": "off"})
    remind(desktop, DUE + timedelta(days=1))
    assert played == []
    assert "routine" in notifier.shown  # the reminder itself still comes


def test_each_button_does_what_it_says(make_app) -> None:
    notifier = FakeNotifier()
    desktop = make_app(notifier=notifier)
    desktop.start({"command": "hidden"})
    remind(desktop)
    notifier.answered.emit("routine", "snooze")
    assert desktop.reminders.next_due == DUE + timedelta(minutes=10)
    assert "routine" not in notifier.shown
    remind(desktop, DUE + timedelta(minutes=10))
    notifier.answered.emit("routine", "skip")
    assert desktop.journal.skip_state() == (date(2026, 11, 25), True)
    assert desktop.reminders.next_due == DUE + timedelta(days=1)
    assert desktop.reminders.due is None

    remind(desktop, DUE + timedelta(days=1))
    assert "Already done tonight" in desktop.tray.texts()
    notifier.answered.emit("routine", "done")
    assert date(2026, 11, 26) in desktop.journal.tonight().done
    assert desktop.reminders.due is None
    assert "Already done tonight" not in desktop.tray.texts()
    assert desktop.journal.status()["last_run"] is None  # no run made up
    assert not desktop.window.isVisible()  # none of these needed the window


def test_without_buttons_a_click_on_the_notification_starts_the_routine(make_app) -> None:
    notifier = FakeNotifier(capabilities=frozenset({"body"}))
    desktop = make_app(notifier=notifier)
    desktop.start({"command": "hidden"})
    remind(desktop)
    assert notifier.shown["routine"][2] == [("default", "Start routine")]
    notifier.answered.emit("routine", DEFAULT)
    assert desktop.window.pages.currentWidget() is desktop.window.player


def test_the_real_notifier_sends_only_the_body_click_where_there_are_no_buttons() -> None:
    from coach.ui.notifications import Notifier

    sent: list[object] = []

    class Connection:
        sock = type("Sock", (), {"fileno": lambda self: 0})()

        def filter(self, rule, queue):
            return type("Handle", (), {"close": lambda self: None})()

        def send_and_get_reply(self, message, timeout):
            sent.append(message.body)
            return type(
                "Reply", (), {"header": type("H", (), {"message_type": 2})(), "body": (7,)}
            )()

    for capabilities, expected in (
        ({"actions", "body"}, ["default", "Open", "start", "Start", "snooze", "Snooze"]),
        ({"body"}, ["default", "Open"]),
    ):
        sent.clear()
        notifier = Notifier(Connection(), capabilities, None)
        buttons = [("start", "Start"), ("snooze", "Snooze")]
        assert notifier.show("routine", "Title", "Body", buttons, "Open", stays=True)
        assert sent[0][5] == expected  # type: ignore[index]
        assert sent[0][6]["suppress-sound"] == ("b", True)  # type: ignore[index]
        assert sent[0][7] == 0  # stays until answered
        notifier._reader.setEnabled(False)


def test_a_reminder_waits_while_the_person_is_busy(make_app) -> None:
    notifier = FakeNotifier()
    desktop = make_app(notifier=notifier)
    desktop.start({"command": "hidden"})
    notifier.is_inhibited = True  # Do Not Disturb
    remind(desktop)
    assert "routine" not in notifier.shown
    assert desktop.alerts.held_back
    assert desktop.reminders.due == DUE  # on show in the tray and the window meanwhile
    desktop.journal.clock.set_now(DUE + timedelta(minutes=30))
    notifier.is_inhibited = False
    desktop.alerts._waiting.timeout.emit()
    assert "routine" in notifier.shown
    assert not desktop.alerts.held_back


def test_a_reminder_held_back_past_its_grace_time_stays_quiet(make_app) -> None:
    notifier = FakeNotifier()
    desktop = make_app(notifier=notifier)
    desktop.start({"command": "hidden"})
    notifier.is_inhibited = True
    remind(desktop)
    desktop.journal.clock.set_now(DUE + timedelta(minutes=121))
    desktop.alerts._waiting.timeout.emit()
    assert not desktop.alerts.held_back
    notifier.is_inhibited = False
    assert "routine" not in notifier.shown  # too late to interrupt anyone
    assert desktop.reminders.due == DUE
    assert desktop.window.chooser.reminder_line.text() == "It's time for your evening stretches."


def test_full_screen_and_do_not_disturb_are_read_where_the_desktop_says(monkeypatch) -> None:
    answers = {
        "xprop -root -notype _NET_ACTIVE_WINDOW": "_NET_ACTIVE_WINDOW: window id # 0x1a00007\n",
        "xprop -id 0x1a00007 -notype _NET_WM_STATE": ("_NET_WM_STATE = _NET_WM_STATE_FULLSCREEN\n"),
        "gsettings get org.gnome.desktop.notifications show-banners": "false\n",
    }

    def ask(command) -> str:
        return answers.get(" ".join(command), "")

    assert busy.full_screen_window(ask, platform="xcb")
    assert not busy.full_screen_window(ask, platform="wayland")  # not told there
    answers["xprop -id 0x1a00007 -notype _NET_WM_STATE"] = "_NET_WM_STATE = _NET_WM_STATE_FOCUSED"
    assert not busy.full_screen_window(ask, platform="xcb")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    assert busy.gnome_do_not_disturb(ask)
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "KDE")
    assert not busy.gnome_do_not_disturb(ask)
    assert not busy.desktop_busy(lambda: False, lambda command: "")  # nothing said: free


def test_the_reminder_stays_on_show_until_its_night_is_over(make_app) -> None:
    notifier = FakeNotifier()
    desktop = make_app(notifier=notifier)
    desktop.start({"command": "hidden"})
    remind(desktop)
    notifier.closed.emit("routine")  # dismissed, or timed out
    assert desktop.reminders.due == DUE
    assert desktop.reminders.night_over.next_due == datetime(2026, 11, 26, 12, 0, tzinfo=LONDON)
    desktop.journal.clock.set_now(datetime(2026, 11, 26, 12, 0, tzinfo=LONDON))
    desktop.reminders.night_over.due.emit(desktop.reminders.night_over.next_due)
    assert desktop.reminders.due is None
    assert "Already done tonight" not in desktop.tray.texts()


def test_water_buttons_add_a_glass_or_open_the_page(make_app) -> None:
    notifier = FakeNotifier()
    desktop = make_app(notifier=notifier, at=datetime(2026, 11, 25, 10, 30, tzinfo=LONDON))
    desktop.handle({"command": "config-set", "key": "water.reminders", "value": "on"})
    desktop.start({"command": "hidden"})
    drinks = desktop.reminders.drinks
    drinks.due.emit(drinks.next_due)
    title, body, actions = notifier.shown["water"]
    assert (title, body) == ("Time for a glass of water", "0 of 8 glasses so far today.")
    assert actions == [("default", "Open water"), ("add", "I drank a glass")]
    notifier.answered.emit("water", "add")
    assert desktop.journal.water_today() == 1
    assert not desktop.window.isVisible()
    notifier.answered.emit("water", DEFAULT)  # a click on the body adds nothing
    assert desktop.journal.water_today() == 1
    assert desktop.window.current_page() is desktop.window.page("water")


def test_without_a_tray_it_runs_in_the_background_where_notifications_reach(make_app) -> None:
    notifier = FakeNotifier()
    desktop = make_app(with_tray=False, notifier=notifier)
    desktop.start({"command": "hidden"})  # at login
    assert not desktop.window.isVisible()
    assert not QApplication.instance().quitOnLastWindowClosed()  # type: ignore[union-attr]
    remind(desktop)
    assert "routine" in notifier.shown
    desktop.handle({"command": "show"})  # a second launch
    assert desktop.window.isVisible()
    assert desktop.window.banner.text() == NO_TRAY_NOTIFICATIONS
    desktop.window.close()
    assert notifier.shown["app"][1] == KEEPS_RUNNING_NO_TRAY


def test_the_tray_going_away_and_coming_back(make_app) -> None:
    there = [True]
    desktop = make_app(tray_available=lambda: there[0])
    desktop.start({"command": "hidden"})
    there[0] = False  # the panel crashed
    desktop.look_for_tray()
    assert desktop.tray is None
    assert desktop.window.isVisible()  # no notifications here: the window is the way back
    assert desktop.window.banner.text() == NO_TRAY
    assert QApplication.instance().quitOnLastWindowClosed()  # type: ignore[union-attr]
    there[0] = True
    desktop.look_for_tray()
    assert desktop.tray is not None
    assert not QApplication.instance().quitOnLastWindowClosed()  # type: ignore[union-attr]


def test_skip_tonight_in_the_window_twice_is_still_tonight(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "show"})
    button = desktop.window.chooser.skip_button
    assert button.text() == "Skip tonight (Wed 25 Nov)"
    assert desktop.window.chooser.reminder_line.text() == "Next reminder: today at 22:00."
    button.click()
    assert button.isChecked()
    assert (
        desktop.window.chooser.reminder_line.text() == "Tonight's reminder (Wed 25 Nov) is skipped."
    )
    assert "Skip tonight (Wed 25 Nov)" in desktop.tray.texts()
    assert desktop.tray._skip.isChecked()  # the tray follows
    button.click()
    assert not button.isChecked()
    assert button.text() == "Skip tonight (Wed 25 Nov)"
    assert desktop.journal.skip_state() == (date(2026, 11, 25), False)
    assert desktop.reminders.next_due == DUE


def test_the_morning_check_in_asks_about_last_night_once(make_app, monkeypatch) -> None:
    notifier = FakeNotifier()
    desktop = make_app(notifier=notifier)
    desktop.start({"command": "hidden"})
    mornings = desktop.reminders.mornings
    assert mornings.next_due == datetime(2026, 11, 26, 8, 0, tzinfo=LONDON)
    desktop.journal.clock.set_now(mornings.next_due)
    mornings.due.emit(mornings.next_due)
    title, body, actions = notifier.shown["check-in"]
    assert (title, body) == (
        "How was last night?",
        "Any cramps in the night of Wednesday 25 November?",
    )
    assert actions == [
        ("default", "Open the diary"),
        ("none", "No cramps"),
        ("cramps", "Log cramps"),
    ]
    notifier.answered.emit("check-in", "none")  # one click
    [answer] = desktop.journal.check_ins()
    assert (answer.night, answer.answer) == (date(2026, 11, 25), "no-cramps")
    assert not desktop.window.isVisible()
    assert mornings.next_due == datetime(2026, 11, 27, 8, 0, tzinfo=LONDON)

    del notifier.shown["check-in"]
    desktop.journal.clock.set_now(datetime(2026, 11, 26, 8, 0, tzinfo=LONDON))
    mornings.due.emit(datetime(2026, 11, 26, 8, 0, tzinfo=LONDON))  # asked again: no
    assert "check-in" not in notifier.shown


def test_log_cramps_in_the_morning_opens_the_check_in_for_that_night(make_app) -> None:
    notifier = FakeNotifier()
    desktop = make_app(notifier=notifier)
    desktop.start({"command": "hidden"})
    at = datetime(2026, 11, 26, 8, 0, tzinfo=LONDON)
    desktop.journal.clock.set_now(at)
    desktop.reminders.mornings.due.emit(at)
    notifier.answered.emit("check-in", "cramps")
    dialog = desktop.window.check_in_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.chosen_night() == date(2026, 11, 25)
    assert desktop.journal.check_ins() == []  # nothing said for them yet
    dialog.count.setValue(2)
    dialog.save_cramps.click()
    [answer] = desktop.journal.check_ins()
    assert (answer.night, answer.answer, answer.cramps) == (date(2026, 11, 25), "cramps", 2)


def test_in_the_tray_the_notification_service_is_reached_at_the_first_reminder(make_app) -> None:
    """Its D-Bus connection (and jeepney) cost 8 ms and 2 MB at every start, for a
    reminder hours away; without a tray it is asked for at once (it decides whether
    the app can keep running without its window)."""
    opened: list[FakeNotifier] = []

    def open_notifier() -> FakeNotifier:
        opened.append(FakeNotifier())
        return opened[-1]

    desktop = make_app(open_notifier=open_notifier)
    desktop.start({"command": "hidden"})
    desktop.tray.add_glass.emit()
    desktop.reminders.changed.emit()
    assert opened == []
    remind(desktop)
    assert len(opened) == 1
    assert "routine" in opened[0].shown
    opened[0].answered.emit("routine", "snooze")
    assert desktop.reminders.due is None
    assert len(opened) == 1

    desktop = make_app(with_tray=False, open_notifier=open_notifier)
    desktop.start({"command": "hidden"})
    assert len(opened) == 2
    assert not desktop.window.isVisible()  # notifications reach the person: in the background


def test_the_alerts_name_the_body_click_as_the_notifier_does() -> None:
    from coach.ui import alerts

    assert alerts.DEFAULT == DEFAULT


def test_what_stays_until_answered_is_withdrawn_when_the_app_ends() -> None:
    """File > Quit and SIGTERM end through DesktopApp.close, which closes the notifier:
    the morning's check-in (shown until answered) must not outlive the app."""
    from jeepney.low_level import HeaderFields

    from coach.ui.notifications import Notifier

    calls: list[tuple[str, tuple[object, ...]]] = []

    class Connection:
        sock = type("Sock", (), {"fileno": lambda self: 0})()

        def filter(self, rule, queue):
            return type("Handle", (), {"close": lambda self: None})()

        def send_and_get_reply(self, message, timeout):
            calls.append((message.header.fields[HeaderFields.member], message.body))
            return type(
                "Reply", (), {"header": type("H", (), {"message_type": 2})(),
                              "body": (len(calls),)}
            )()  # fmt: skip

        def close(self) -> None:
            pass

    notifier = Notifier(Connection(), {"actions", "body"}, None)
    assert notifier.show("check-in", "How was the night?", "Body", (), "Open", stays=True)
    assert notifier.show("app", "Bedtime Coach", "Still running", ())  # expires by itself
    notifier.close()
    assert [body for member, body in calls if member == "CloseNotification"] == [(1,)]
