from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock, SystemClock
from coach.core.runs import RunRecord
from coach.journal import Journal
from coach.store.history import History
from coach.store.settings_file import load_settings
from coach.ui.assets import shipped_routines
from coach.ui.live_journal import LiveJournal
from coach.ui.main_window import MainWindow


@pytest.fixture
def journal_now(tmp_path: Path) -> Iterator[Journal]:
    """A journal of its own data folder on the computer's clock, for real-time runs."""
    journal = Journal.in_folder(tmp_path / "data", SystemClock(), shipped_routines())
    yield journal
    journal.close()


def make_window(qtbot: QtBot, journal: Journal) -> MainWindow:
    window = MainWindow(LiveJournal(journal))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # keys go to the active window, as on a desktop
    qtbot.waitUntil(window.isActiveWindow)
    return window


def fake_clock(journal: Journal) -> FakeClock:
    assert isinstance(journal.clock, FakeClock)
    return journal.clock


def runs(journal: Journal) -> list[RunRecord]:
    """The runs in the history file, oldest first, read on a read-only connection."""
    uri = f"{journal.paths.history_file.as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as db:
        rows = db.execute(
            "SELECT routine_id, started_at, ended_at, steps_completed, steps_total, outcome,"
            " steps_played, routine_done FROM routine_runs ORDER BY started_at, id"
        ).fetchall()
    return [
        RunRecord(
            routine,
            datetime.fromisoformat(started),
            datetime.fromisoformat(ended),
            completed,
            total,
            outcome == "completed",
            tuple(int(step) for step in played.split(",") if step),
            bool(done),
        )
        for routine, started, ended, completed, total, outcome, played, done in rows
    ]


def test_the_evening_routine_runs_in_order_and_lands_in_sqlite(
    qtbot: QtBot, journal_now: Journal
) -> None:
    journal_now.change_settings(
        replace(
            journal_now.settings,
            routine_hold_seconds=1,
            routine_rest_seconds=1,
            routine_reps=2,
        )
    )
    window = make_window(qtbot, journal_now)
    assert window.chooser.picker.currentData() == "evening"
    seen: list[tuple[str, str]] = []
    window.player.phase_shown.connect(lambda step, word: seen.append((step, word)))

    qtbot.mouseClick(window.chooser.start_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.player
    # The stretches run out in real time (1 s hold, 1 s rest); the long timed steps
    # are skipped with the Right key, as a person in a hurry would.
    qtbot.waitUntil(lambda: seen[-1:] == [("walk", "Walk")], timeout=15_000)
    assert window.player.shown_text["seconds"] == "2:00"  # minutes and seconds, not "120"
    for step in ("massage-left", "massage-right", "bedtime-tip"):
        qtbot.keyClick(window.player, Qt.Key.Key_Right)
        assert seen[-1][0] == step
    assert window.player.shown_text["phase"] == "Tip"
    with qtbot.waitSignal(window.player.run_over) as over:
        qtbot.keyClick(window.player, Qt.Key.Key_Return)

    assert seen == [
        *[("calf-left", "Hold"), ("calf-left", "Rest")] * 2,
        *[("calf-right", "Hold"), ("calf-right", "Rest")] * 2,
        ("walk", "Walk"),
        ("massage-left", "Massage"),
        ("massage-right", "Massage"),
        ("bedtime-tip", "Tip"),
    ]
    run: RunRecord = over.args[0]
    assert runs(journal_now) == [run]
    assert (run.routine_id, run.steps_completed, run.steps_total, run.completed) == (
        "evening",
        3,
        6,
        True,
    )
    # Both stretches and the tip card played through, the walk and massages skipped:
    # the routine counts as done.
    assert (run.steps_played, run.routine_done) == ((0, 1, 5), True)
    assert 7 <= (run.ended_at - run.started_at).total_seconds() < 15
    assert window.pages.currentWidget() is window.summary
    assert "3 of 6 steps done, in less than a minute." in window.summary.text()
    assert window.summary.text().startswith("Well done. Sleep well.")


def test_keys_pause_resume_skip_back_and_stop(qtbot: QtBot, journal: Journal) -> None:
    clock = fake_clock(journal)
    window = make_window(qtbot, journal)
    window.start_routine("evening")
    player = window.player
    clock.advance(3)
    player.refresh()
    assert player.shown_text["seconds"] == "7"

    qtbot.keyClick(player, Qt.Key.Key_Space)
    clock.advance(100)
    player.refresh()
    assert (player.shown_text["phase"], player.shown_text["seconds"]) == ("Paused", "7")
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert (player.shown_text["phase"], player.shown_text["seconds"]) == ("Hold", "7")

    qtbot.keyClick(player, Qt.Key.Key_Right)
    assert player.shown_text["title"] == "Wall calf stretch, right leg"
    assert player.shown_text["steps"] == "Step 2 of 6"
    qtbot.keyClick(player, Qt.Key.Key_Left)
    assert player.shown_text["title"] == "Wall calf stretch, left leg"

    with qtbot.waitSignal(player.run_over) as over:
        qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert not over.args[0].completed
    assert runs(journal)[0].steps_completed == 0
    assert "Stopped" in window.summary.text()


def test_the_player_is_woken_by_one_single_shot_timer_aimed_at_the_next_instant(
    qtbot: QtBot, journal: Journal
) -> None:
    clock = fake_clock(journal)
    window = make_window(qtbot, journal)
    window.start_routine("evening")
    timer = window.player._timer
    assert timer.isSingleShot()
    assert timer.isActive()
    assert 999 <= timer.remainingTime() <= 1000
    clock.advance(0.4)
    window.player.refresh()
    assert 599 <= timer.remainingTime() <= 600
    window.player.toggle_pause()
    assert not timer.isActive()  # paused: nothing to wake for


def test_the_repetition_and_progress_are_shown(qtbot: QtBot, journal: Journal) -> None:
    clock = fake_clock(journal)
    window = make_window(qtbot, journal)
    window.start_routine("evening")
    clock.advance(15)
    window.player.refresh()
    assert window.player.shown_text["repetition"] == "Repetition 2 of 3"
    assert window.player._progress.value() == round(15 / (330 + 10) * 1000)  # a tip: 10


def test_the_routine_picked_is_remembered_in_settings_json(qtbot: QtBot, journal: Journal) -> None:
    window = make_window(qtbot, journal)
    window.chooser.picker.setCurrentIndex(window.chooser.picker.findData("trial"))
    qtbot.keyClick(window.chooser.start_button, Qt.Key.Key_Return)
    assert window.player.shown_text["title"] == "Standing calf stretch, left leg"
    path = journal.paths.settings_file
    assert load_settings(path, journal.clock.now()).settings.routine_default == "trial"
    assert journal.settings.routine_default == "trial"


def test_closing_the_window_mid_run_records_a_stopped_run(qtbot: QtBot, journal: Journal) -> None:
    clock = fake_clock(journal)
    window = make_window(qtbot, journal)
    window.start_routine("evening")
    clock.advance(50)
    window.close()
    [run] = runs(journal)
    assert (run.completed, run.steps_completed) == (False, 1)


def test_a_history_that_cannot_be_written_is_reported_not_fatal(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(history: History, run: RunRecord) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(History, "record_run", full_disk)  # the store fails, as on a full disk
    window = MainWindow(LiveJournal(journal))
    qtbot.addWidget(window)
    window.show()
    window.start_routine("evening")
    window.player.stop()
    assert window.banner.text() == (
        "Nothing was saved: the disk is full. What was saved before is unchanged."
    )
    assert window.pages.currentWidget() is window.summary
    assert runs(journal) == []


def test_a_notice_shows_until_closed(qtbot: QtBot, journal: Journal) -> None:
    window = make_window(qtbot, journal)
    assert window.banner.text() == ""
    window.show_notice("Your settings file could not be used.")
    assert window.banner.text() == "Your settings file could not be used."


def test_found_a_repetition_held_then_skipped_on_said_the_stretches_were_skipped(
    qtbot: QtBot, journal: Journal
) -> None:
    """The trial protocol, a repetition held, then Right to its end: the summary said "You
    skipped the stretches tonight", and the next Esc (on the summary) did nothing."""
    clock = fake_clock(journal)
    window = make_window(qtbot, journal)
    window.start_routine("trial")
    player = window.player
    clock.advance(11)  # the first hold held
    player.refresh()
    while window.pages.currentWidget() is player:
        qtbot.keyClick(player, Qt.Key.Key_Right)
    assert window.summary.text().startswith(
        "You stopped before the stretches were done, so tonight does not count as the routine done."
    )
    qtbot.keyClick(window.summary.back_button, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.chooser

    window.start_routine("evening")
    clock.advance(11)
    player.refresh()
    qtbot.keyClick(player, Qt.Key.Key_Escape)  # stopped partway
    assert "Stopped" in window.summary.text()
    assert "You stopped before the stretches were done" in window.summary.text()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen: a popup
def test_found_the_first_return_on_a_clicked_open_menu_did_nothing(
    qtbot: QtBot, journal: Journal
) -> None:
    """No shortcut clash: Qt's menu opened with a click has no item active, and a first
    Return only made one so. The first item is active at once, as from the keyboard."""
    window = make_window(qtbot, journal)
    opened: list[bool] = []
    window.settings_requested.connect(lambda: opened.append(True))
    settings = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Settings")
    settings.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: settings.activeAction() is not None)
    assert settings.activeAction().text() == "&Preferences…"
    qtbot.keyClick(settings, Qt.Key.Key_Return)
    assert opened == [True]
