"""The window opens within the screen, and where it was last."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from coach.journal import Journal
from coach.ui.live_journal import LiveJournal
from coach.ui.main_window import FRAME_ROOM, USUAL_SIZE, MainWindow, fitted

SCREEN_200 = QRect(0, 0, 640, 400)  # 1280x800 at 200% text (a device pixel ratio of 2)


def test_the_usual_size_is_made_to_fit_a_small_screen_and_centred() -> None:
    place = fitted(None, QSize(300, 200), SCREEN_200)
    assert place.size() == QSize(640, 400) - FRAME_ROOM
    assert SCREEN_200.contains(place.adjusted(0, 0, FRAME_ROOM.width(), FRAME_ROOM.height()))
    roomy = fitted(None, QSize(300, 200), QRect(0, 0, 1920, 1080))
    assert roomy.size() == QSize(*USUAL_SIZE)
    assert roomy.center().x() in range(955, 966)


def test_a_kept_place_off_the_screen_or_too_large_comes_back_on_it() -> None:
    place = fitted(QRect(-500, 2000, 3000, 2000), QSize(300, 200), SCREEN_200)
    grown = place.adjusted(0, 0, FRAME_ROOM.width(), FRAME_ROOM.height())
    assert SCREEN_200.contains(grown)
    kept = fitted(QRect(20, 30, 400, 250), QSize(300, 200), SCREEN_200)
    assert kept == QRect(20, 30, 400, 250)


def test_the_window_never_asks_for_more_than_a_small_screen_has(
    qtbot: QtBot, journal: Journal
) -> None:
    window = MainWindow(LiveJournal(journal))
    qtbot.addWidget(window)
    window.show_notice("A long notice " * 20)
    window.start_routine("evening")  # the player, the largest of tonight's pages
    hint = window.minimumSizeHint()
    assert hint.width() <= 512  # 1024x600 at 200% text
    assert hint.height() <= 300
    window.player.stop()


def test_the_place_is_kept_and_comes_back(qtbot: QtBot, journal: Journal) -> None:
    window = MainWindow(LiveJournal(journal))
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(QRect(30, 40, 500, 300))
    window.hide()
    kept = journal.window_place()
    assert kept is not None
    assert (kept.width, kept.height) == (500, 300)
    again = MainWindow(LiveJournal(journal))
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(500, 300)
