from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QTransform
from pytestqt.qtbot import QtBot

from coach.core.clock import SystemClock
from coach.core.figure.motion import figure_at
from coach.core.figure.scenes import SCENES
from coach.core.figure.skeleton import Pose
from coach.journal import Journal
from coach.ui.assets import shipped_routines
from coach.ui.figure import FigureWidget
from coach.ui.live_journal import LiveJournal
from coach.ui.main_window import MainWindow
from coach.ui.ring import CountdownRing
from coach.ui.style import DARK, LIGHT, NIGHT


@pytest.fixture
def journal_now(tmp_path: Path) -> Iterator[Journal]:
    """A journal of its own data folder on the computer's clock: the figure moves in real time."""
    journal = Journal.in_folder(tmp_path / "data", SystemClock(), shipped_routines())
    yield journal
    journal.close()


def figure_image(qtbot: QtBot, scene: str, pose: Pose, mirrored: bool) -> QImage:
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    widget.show_pose(scene, pose, mirrored, LIGHT.hold)
    return widget.grab().toImage()


def differing_pixels(a: QImage, b: QImage) -> float:
    """The share of pixels that look different (antialiasing dust aside)."""
    assert a.size() == b.size()
    points = [(x, y) for x in range(0, a.width(), 2) for y in range(0, a.height(), 2)]
    differ = sum(
        abs(QColor(a.pixel(x, y)).lightness() - QColor(b.pixel(x, y)).lightness()) > 40
        for x, y in points
    )
    return differ / len(points)


@pytest.mark.parametrize(
    "scene", [name for name, scene in SCENES.items() if scene.hold is not None]
)
def test_a_hold_looks_different_from_a_rest(qtbot: QtBot, scene: str) -> None:
    hold = figure_image(qtbot, scene, figure_at(scene, "hold", 5, 10), False)
    rest = figure_image(qtbot, scene, figure_at(scene, "rest", 5, 10), False)
    assert differing_pixels(hold, rest) > 0.01


def test_the_left_leg_image_is_the_mirror_of_the_right(qtbot: QtBot) -> None:
    pose = SCENES["wall-calf-stretch"].hold
    right = figure_image(qtbot, "wall-calf-stretch", pose, mirrored=False)
    left = figure_image(qtbot, "wall-calf-stretch", pose, mirrored=True)
    assert differing_pixels(right, left) > 0.01
    assert differing_pixels(right.transformed(QTransform().scale(-1, 1)), left) == 0


def test_the_figure_follows_the_look(qtbot: QtBot) -> None:
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 200)
    widget.show_pose("standing", SCENES["standing"].rest, False, LIGHT.hold)
    light = widget.grab().toImage()
    widget.set_theme(NIGHT)
    assert differing_pixels(light, widget.grab().toImage()) > 0.01


def test_painting_keeps_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 drops a reference to None in QPainter.setPen on Python 3.11;
    the app then aborts after a minute of animation. This fails on such a build."""
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(100, 100)
    before = sys.getrefcount(None)
    for i in range(300):
        widget.show_pose("walking", figure_at("walking", "timed", i * 0.03, 60), False, LIGHT.hold)
        widget.grab()
    assert abs(sys.getrefcount(None) - before) < 100


def test_the_ring_drains_and_speaks(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(200, 200)
    ring.show_phase("Hold", 7, 0.7, LIGHT.hold)
    assert ring.accessibleName() == "Hold, 7 seconds left"
    full = ring.grab().toImage()
    ring.show_phase("Hold", 3, 0.3, LIGHT.hold)
    assert differing_pixels(full, ring.grab().toImage()) > 0.005
    ring.show_phase("Tip", None, 0.0, LIGHT.tip)
    assert (ring.word, ring.seconds_text, ring.accessibleName()) == ("Tip", "", "Tip")


@pytest.mark.parametrize("theme", [LIGHT, DARK, NIGHT])
def test_phase_colours_are_told_apart(theme) -> None:
    colours = {theme.phase_colour(kind).name() for kind in ("hold", "rest", "timed", "tip")}
    assert len(colours) == 4


def test_no_frames_while_paused_or_hidden(qtbot: QtBot, journal_now: Journal) -> None:
    window = MainWindow(LiveJournal(journal_now))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_routine("evening")
    figure = window.player.figure
    start = figure.frames_painted
    qtbot.waitUntil(lambda: figure.frames_painted > start + 5, timeout=3000)  # it animates

    window.player.toggle_pause()
    qtbot.wait(100)  # let the pause's own repaint land
    paused = figure.frames_painted
    qtbot.wait(400)
    assert figure.frames_painted == paused

    window.player.toggle_pause()
    qtbot.waitUntil(lambda: figure.frames_painted > paused + 3, timeout=3000)
    window.hide()
    qtbot.wait(100)
    hidden = figure.frames_painted
    qtbot.wait(400)
    assert figure.frames_painted == hidden
    assert not window.player._frames.isActive()
    window.player.stop()


def test_without_sound_the_ring_flashes_on_a_cue(qtbot: QtBot, journal_now: Journal) -> None:
    window = MainWindow(LiveJournal(journal_now))
    qtbot.addWidget(window)
    window.player.flash_instead_of_sound()
    window.start_routine("evening")  # the hold starts: a cue
    assert window.player.ring._flash
    qtbot.waitUntil(lambda: not window.player.ring._flash, timeout=2000)
    window.player.stop()
