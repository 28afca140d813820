"""The player as a person sees it from step to step: nothing jumps, a tip card offers
what a card needs."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock
from coach.core.session import PhaseKind, RoutineSession
from coach.ui.assets import shipped_routines
from coach.ui.player import PlayerPage

LONDON = ZoneInfo("Europe/London")


def played(qtbot: QtBot, routine: str) -> PlayerPage:
    clock = FakeClock(datetime(2026, 11, 25, 21, 0, tzinfo=LONDON))
    player = PlayerPage(clock)
    qtbot.addWidget(player)
    player.resize(900, 640)
    player.show()
    player.play(RoutineSession(shipped_routines()[routine], clock))
    return player


def test_the_figure_and_the_ring_stay_put_from_step_to_step(qtbot: QtBot) -> None:
    for routine in ("evening", "trial", "cramp-relief"):
        player = played(qtbot, routine)
        places: set[tuple[tuple[int, int, int, int], ...]] = set()
        while player.session is not None:
            QApplication.processEvents()  # laid out as shown
            places.add(
                tuple(
                    QRect(widget.mapTo(player, widget.rect().topLeft()), widget.size()).getRect()
                    for widget in (player.figure, player.ring)
                )
            )
            if player.session.phase.kind == PhaseKind.TIP:
                player.confirm_tip()
            else:
                player.skip()
        assert len(places) == 1, (routine, places)


def test_a_tip_card_offers_done_and_back_not_pause_and_skip(qtbot: QtBot) -> None:
    player = played(qtbot, "evening")
    buttons = {"done": player._done, "back": player._back, "pause": player._pause}
    buttons["skip"], buttons["stop"] = player._skip, player._stop
    assert {name for name, button in buttons.items() if button.isVisible()} == {
        "back",
        "pause",
        "skip",
        "stop",
    }
    session = player.session
    assert session is not None
    while session.phase.kind != PhaseKind.TIP:
        player.skip()
    assert {name for name, button in buttons.items() if button.isVisible()} == {
        "done",
        "back",
        "stop",
    }
    player.toggle_pause()  # Space on a card: nothing to pause
    assert player.shown_text["phase"] == "Tip"


def test_the_buttons_stay_put_on_a_tip_card_and_the_bar_is_not_full_before_done(
    qtbot: QtBot,
) -> None:
    player = played(qtbot, "evening")
    session = player.session
    assert session is not None

    def where(widget) -> QRect:
        return QRect(widget.mapTo(player, widget.rect().topLeft()), widget.size())

    QApplication.processEvents()
    timed = {name: where(b) for name, b in (("back", player._back), ("stop", player._stop))}
    pause, skip = where(player._pause), where(player._skip)
    while session.phase.kind != PhaseKind.TIP:
        player.skip()
    QApplication.processEvents()
    assert {name: where(b) for name, b in (("back", player._back), ("stop", player._stop))} == (
        timed
    )
    done = where(player._done)
    assert (done.top(), done.height()) == (pause.top(), pause.height())  # the same row
    assert (done.left(), done.right()) == (pause.left(), skip.right())  # in their place
    assert player._progress.value() < player._progress.maximum()
    player.confirm_tip()


def test_a_number_keeps_its_unit_on_its_line(qtbot: QtBot) -> None:
    from coach.ui.player import unbroken

    assert unbroken("about 2 ft (60 cm) from the wall, hold 10 s, 3 times") == (
        "about 2\u00a0ft (60\u00a0cm) from the wall, hold 10\u00a0s, 3 times"
    )
    player = played(qtbot, "evening")
    assert "(60\u00a0cm)" in player.shown_text["instructions"]
    player.stop()


def test_short_instructions_show_no_scroll_bar_even_at_large_text(qtbot: QtBot) -> None:
    font = QApplication.font()
    before = QFont(font)
    font.setPointSizeF(font.pointSizeF() * 2)  # 200% text
    QApplication.setFont(font)
    try:
        player = played(qtbot, "evening")
        player.resize(1024, 560)
        session = player.session
        assert session is not None
        shown = 0
        while player.session is not None:
            QApplication.processEvents()
            words = player._words
            line = player._instructions.fontMetrics().lineSpacing()
            assert words.height() % line == 0 or words.height() < words.sizeHint().height()
            fits = player._instructions.heightForWidth(words.viewport().width()) <= words.height()
            if fits:
                shown += 1
                assert not words.verticalScrollBar().isVisible(), player._instructions.text()
            if player.session.phase.kind == PhaseKind.TIP:
                player.confirm_tip()
            else:
                player.skip()
        assert shown > 0
    finally:
        QApplication.setFont(before)
