"""The ring's word and number fit inside its inner circle at any size, and minutes read m:ss."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from coach.ui.ring import CountdownRing, number_text
from coach.ui.style import LIGHT


@pytest.mark.parametrize("word", ["En pausa", "Descanso", "Massage", "Mantén"])
@pytest.mark.parametrize("point_size", [10.0, 20.0])
def test_the_word_and_number_fit_a_small_ring(qtbot: QtBot, word: str, point_size: float) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    font = QFont(ring.font())
    font.setPointSizeF(point_size)  # 200% text
    ring.setFont(font)
    ring.setMinimumSize(0, 0)
    ring.resize(110, 110)
    ring.show_phase(word, 118, 0.5, LIGHT.hold)
    square = ring.inner_square()
    word_rect, number_rect = ring.text_rects()
    assert number_rect is not None
    assert square.contains(word_rect), (word_rect, square)
    assert square.contains(number_rect), (number_rect, square)
    assert not word_rect.intersects(number_rect)
    ring.grab()  # and it draws


def test_a_word_alone_fits_too(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.setMinimumSize(0, 0)
    ring.resize(110, 110)
    ring.show_phase("Descanso", None, 0.0, LIGHT.tip)
    word_rect, number_rect = ring.text_rects()
    assert number_rect is None
    assert ring.inner_square().contains(word_rect)


def test_a_minute_or_more_reads_minutes_and_seconds(qtbot: QtBot) -> None:
    assert [number_text(s) for s in (None, 0, 59, 60, 118, 600)] == [
        "",
        "0",
        "59",
        "1:00",
        "1:58",
        "10:00",
    ]
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.show_phase("Walk", 118, 0.5, LIGHT.timed)
    assert ring.seconds_text == "1:58"
