"""`bedtime-coach snapshot DIR`: the main screens as PNG files, drawn offscreen.

For the README and for looking at the app without a display. It uses a fake clock and a
temporary data folder, so it neither waits nor touches the person's files.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from coach.core.clock import FakeClock
from coach.core.diary import Cramp
from coach.core.nights import CheckIn
from coach.core.routine import StepKind
from coach.core.runs import RunRecord
from coach.core.schedule import night_of
from coach.core.walking import Walk

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coach.core.session import RoutineSession
    from coach.journal import Journal
    from coach.ui.main_window import MainWindow

SIZE = (900, 640)
EXAMPLE_DAYS = 30  # the made-up month the History page shows
HOLD_AT = 4.0  # seconds into a hold: the figure has eased into the stretch
REST_AT = 2.0  # seconds into a rest: eased back out


def snapshot(folder: Path, theme: str = "light") -> list[Path]:
    """Render every main screen to `folder`; the files written, in order."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from coach.core.clock import FakeClock
    from coach.ui.live_journal import LiveJournal
    from coach.ui.main_window import MainWindow
    from coach.ui.pages import PAGES
    from coach.ui.style import apply_theme
    from coach.ui.translations import install_translations

    # Offscreen windows cannot pass size hints on; that is all this warning says.
    qInstallMessageHandler(_quiet_size_hints)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    install_translations(app)
    from coach.ui.voice import voice_check

    voice_check().assume("")  # the pictures show the voice offered; nothing is started
    colours = apply_theme(app, theme)
    folder.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(datetime(2026, 11, 25, 21, 45, tzinfo=ZoneInfo("Europe/London")))
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="bedtime-coach-snapshot-") as scratch:
        journal = example_journal(Path(scratch), clock)
        window = MainWindow(LiveJournal(journal))
        window.set_theme(colours)
        window.resize(*SIZE)
        window.placed = True  # at SIZE, whatever the offscreen screen's size
        window.show()

        def save(name: str, page: QWidget | None = None) -> None:
            if page is not None:
                window.show_page(page)
                if window.current_page() is not page:
                    raise RuntimeError(f"the {name} page is not on show")
            app.processEvents()
            path = folder / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)

        save("chooser")
        for entry in PAGES:
            if entry.name != "health":
                save(entry.name, window.page(entry.name))
        walking = window.page("walking")
        walking.go_on.click()  # type: ignore[attr-defined]
        save("walking-log", walking)
        save("health", window.page("health"))
        written.extend(_dialogs(folder, window, journal))
        window.show_page(window.pages)
        for routine in journal.routines.values():
            for index, step in enumerate(routine.steps):
                session = at_step(window, routine.id, index)
                player = window.player
                prefix = f"{routine.id}-{step.id}"
                if step.kind == StepKind.HOLD_REST:
                    clock.advance(HOLD_AT)
                    player.refresh()
                    save(f"{prefix}-hold")
                    clock.advance(session.phase.duration - HOLD_AT + REST_AT)
                    player.refresh()
                    save(f"{prefix}-rest")
                elif step.kind == StepKind.TIMED:
                    clock.advance(20.6)
                    player.refresh()
                    save(prefix)
                else:
                    player.refresh()
                    save(prefix)
                player.stop()
        # The summary after a whole evening routine, done as a person would.
        window.start_routine()  # the usual one
        evening = window.player.session
        assert evening is not None
        clock.advance(evening.total_seconds + 35)
        window.player.refresh()
        window.player.confirm_tip()
        save("summary")
        window.close()
        journal.close()
    return written


def at_step(window: MainWindow, routine_id: str, index: int) -> RoutineSession:
    """The player at step `index` of a routine, as a person reaches it: the routine
    started and the steps before it skipped; its session."""
    window.start_routine(routine_id)
    session = window.player.session
    assert session is not None
    for _ in range(index):
        session.skip()
    return session


def _dialogs(folder: Path, parent: QWidget, journal: Journal) -> list[Path]:
    """The settings dialog, page by page, and the three screens of the first start."""
    from PySide6.QtWidgets import QTabWidget

    from coach.core.settings import Settings
    from coach.ui.settings_dialog import PAGES, SettingsDialog
    from coach.ui.welcome import Welcome

    written = []
    dialog = SettingsDialog(journal, lambda s: True, lambda: None, parent)
    dialog.resize(560, 460)
    dialog.show()
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    for index, (_, section) in enumerate(PAGES):
        tabs.setCurrentIndex(index)
        path = folder / f"settings-{section}.png"
        dialog.grab().save(str(path))
        written.append(path)
    dialog.close()
    wizard = Welcome(Settings(), lambda: None, parent)  # at the size it opens at
    wizard.show()
    for number in range(1, 4):
        path = folder / f"welcome-{number}.png"
        wizard.grab().save(str(path))
        written.append(path)
        wizard.understood.setChecked(True)
        wizard.next()
    wizard.close()
    return written


def example_journal(folder: Path, clock: FakeClock) -> Journal:
    """A journal in `folder` first used a month before `clock`'s now, with the made-up
    month in it, and the clock back at now."""
    from coach.journal import Journal
    from coach.ui.assets import shipped_routines

    now = clock.now()
    clock.set_now(now - timedelta(days=EXAMPLE_DAYS + 1))  # the app's first use
    journal = Journal.in_folder(folder, clock, shipped_routines())
    _example_month(journal, now)
    return journal


def _example_month(journal: Journal, now: datetime) -> None:
    """A made-up month for the pictures: water most days, the routine on most nights,
    and fewer cramps on the nights after it, recorded each morning in the check-in (but
    for two mornings forgotten, and a night away); five glasses so far today; walks with
    their pain-free distance. Written as the person would have, through the journal, at
    the instants they did it, since the app's first use a month ago."""
    clock = journal.clock
    assert isinstance(clock, FakeClock)

    def glasses(instant: datetime, count: int) -> None:
        clock.set_now(instant)  # a glass is ticked off when it is drunk
        journal.add_glasses(count)

    glasses(now - timedelta(hours=6), 5)
    for week in range(6):
        for walk in range(3):
            when = now - timedelta(days=40 - 7 * week - 2 * walk, hours=6)
            clock.set_now(when)
            minutes = 10 + 4 * week + walk
            journal.log_walk(
                Walk(when, minutes, 6 + 3 * week, week < 3, None, 80.0 * minutes, 450 + 120 * week)
            )
    for days_ago in range(EXAMPLE_DAYS, 0, -1):
        evening = now - timedelta(days=days_ago)
        glasses(evening - timedelta(hours=8), 8 if days_ago % 5 in (0, 1, 3) else 4 + days_ago % 4)
        if days_ago % 3:
            end = evening + timedelta(minutes=8)
            usual = journal.routine().id
            journal.record_run(RunRecord(usual, evening, end, 6, 6, True))
        cramps = (1 if days_ago % 5 == 1 else 0) if days_ago % 3 else 1 + days_ago % 2
        cramps += 1 if days_ago % 7 == 0 else 0
        for number in range(cramps):
            clock.set_now(evening + timedelta(hours=5, minutes=20 * number))
            journal.log_cramp(
                Cramp(evening + timedelta(hours=5, minutes=20 * number), "left", 4 + number, 3.0)
            )
        clock.set_now(evening + timedelta(hours=11))  # the morning after: the check-in
        night = night_of(evening)
        if days_ago in (5, 17):
            continue  # forgotten: not recorded
        if days_ago == 11:
            journal.check_in(CheckIn.excluded(night))  # slept elsewhere
        elif cramps:
            journal.check_in(CheckIn.with_cramps(night, cramps, 4 + cramps, 3.0, "left", 5))
        else:
            journal.check_in(CheckIn.no_cramps(night, sleep=7 + days_ago % 3))
    clock.set_now(now)


def _quiet_size_hints(kind: object, context: object, message: str) -> None:
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)
