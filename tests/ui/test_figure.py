from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QImage, QPaintEvent, QTransform
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock, SystemClock
from coach.core.figure.motion import figure_at
from coach.core.figure.scenes import SCENES, bounds
from coach.core.figure.skeleton import Pose, skeleton
from coach.core.session import RoutineSession
from coach.journal import Journal
from coach.ui.assets import shipped_routines
from coach.ui.figure import FigureWidget
from coach.ui.live_journal import LiveJournal
from coach.ui.main_window import MainWindow
from coach.ui.player import PlayerPage
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


# -- a body, not a stick ------------------------------------------------------------


def test_the_figure_has_a_torso_and_the_worked_leg_wears_the_phase_colour(qtbot: QtBot) -> None:
    """A torso as wide as a person's (the stick figure's trunk was 12 cm), and the
    near leg, the one stretched, in the phase colour down to the foot."""
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    scene, pose = "wall-calf-stretch", SCENES["wall-calf-stretch"].hold
    widget.show_pose(scene, pose, False, LIGHT.rest)
    image = widget.grab().toImage()
    world = widget._world_to_widget()
    bones = skeleton(pose)
    metre = 400 / (bounds(scene)[2] - bounds(scene)[0])

    def colour_at(point: tuple[float, float]) -> str:
        spot = world.map(*point)
        return QColor(image.pixel(round(spot[0]), round(spot[1]))).name()

    waist = (bones.hip[0] + (bones.neck[0] - bones.hip[0]) * 0.45,
             bones.hip[1] + (bones.neck[1] - bones.hip[1]) * 0.45)  # fmt: skip
    x, y = (round(v) for v in world.map(*waist))
    body = LIGHT.figure.name()
    assert QColor(image.pixel(x, y)).name() == body
    left, right = x, x
    while QColor(image.pixel(left - 1, y)).name() == body:
        left -= 1
    while QColor(image.pixel(right + 1, y)).name() == body:
        right += 1
    assert right - left > 0.15 * metre  # across the waist, leaning: more than 15 cm
    near = bones.near
    calf = ((near["knee"][0] + near["ankle"][0]) / 2, (near["knee"][1] + near["ankle"][1]) / 2)
    shoe = ((near["heel"][0] + near["toe"][0]) / 2, (near["heel"][1] + near["toe"][1]) / 2 + 0.02)
    assert colour_at(calf) == colour_at(shoe) == LIGHT.rest.name()
    assert colour_at(bones.head) == LIGHT.figure.name()


def test_the_props_are_drawn_once_while_the_figure_moves(qtbot: QtBot) -> None:
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    for frame in range(10):
        widget.show_pose(
            "walking", figure_at("walking", "timed", frame / 30, 60), False, LIGHT.hold
        )
        widget.grab()
    assert widget.layers_rendered == 1
    widget.set_theme(NIGHT)
    widget.grab()
    assert widget.layers_rendered == 2


# -- the ring's track is kept ----------------------------------------------------------


def test_the_rings_track_is_drawn_once_while_it_drains(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(200, 200)
    ring.show_phase("Hold", 7, 0.70, LIGHT.hold)
    first = ring.grab().toImage()
    ring.show_phase("Hold", 7, 0.69, LIGHT.hold)
    second = ring.grab().toImage()
    assert ring.layers_rendered == 1  # drawn twice, the track and words rendered once
    assert differing_pixels(first, second) > 0  # the arc drained all the same
    ring.show_phase("Hold", 6, 0.6, LIGHT.hold)
    ring.grab()
    assert ring.layers_rendered == 2  # a new number: the kept layer is drawn again


class PaintRects(QObject):
    """The rectangles of every paint event of the widgets it watches."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.rects: dict[QWidget, list[QRect]] = {widget: [] for widget in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self.rects:
            assert isinstance(event, QPaintEvent)
            self.rects[watched].append(event.rect())  # type: ignore[index]
        return False


@pytest.fixture
def playing(qtbot: QtBot) -> Iterator[tuple[PlayerPage, FakeClock]]:
    """The player, shown, at the start of the evening routine's first hold, on a fake
    clock: the frame timer runs, but time moves only when the test says."""
    clock = FakeClock(datetime(2026, 11, 25, 21, 0, tzinfo=UTC))
    player = PlayerPage(clock)
    qtbot.addWidget(player)
    player.resize(800, 600)
    player.show()
    qtbot.waitExposed(player)
    player.play(RoutineSession(shipped_routines()["evening"], clock))
    yield player, clock
    player.stop()


def test_a_hold_repaints_neither_the_still_figure_nor_the_page(
    qtbot: QtBot, playing: tuple[PlayerPage, FakeClock]
) -> None:
    """Over a hold the figure stands still: not one paint event; the ring drains, and
    being opaque it repaints no parent, only the few pixels round its arc's end."""
    player, clock = playing
    clock.advance(2.0)  # past the ease into the stretch
    player.refresh()
    qtbot.wait(100)
    watch = PaintRects(player, player.figure, player.ring)
    figure_frames = player.figure.frames_painted
    for _ in range(40):  # four seconds of the hold, a frame every tenth of a second
        clock.advance(0.1)
        qtbot.wait(40)
    assert player.session is not None
    assert player.session.phase.kind == "hold"
    assert player.figure.frames_painted == figure_frames
    assert watch.rects[player.figure] == []
    stage = player.figure.geometry().united(player.ring.geometry())
    assert not [r for r in watch.rects[player] if r.intersects(stage)]  # the progress bar may
    drains = watch.rects[player.ring]
    assert len(drains) > 20
    whole = player.ring.rect().width() * player.ring.rect().height()
    small = [r for r in drains if r.width() * r.height() < whole / 10]
    assert len(small) > len(drains) / 2


def test_a_moving_figure_repaints_only_round_its_body(
    qtbot: QtBot, playing: tuple[PlayerPage, FakeClock]
) -> None:
    player, clock = playing
    session = player.session
    assert session is not None
    for _ in range(2):
        session.skip()  # the calf stretch's other leg, then the walk
    player.refresh()
    qtbot.wait(100)
    watch = PaintRects(player, player.figure)
    for _ in range(20):
        clock.advance(0.05)
        qtbot.wait(40)
    assert session.step.step.scene == "walking"
    moves = watch.rects[player.figure]
    assert len(moves) > 10
    assert all(r.width() < player.figure.width() for r in moves)
    assert not [r for r in watch.rects[player] if r.intersects(player.figure.geometry())]


@pytest.mark.parametrize("theme", [LIGHT, DARK, NIGHT])
def test_found_the_towel_was_the_same_blue_as_the_leg(qtbot: QtBot, theme) -> None:
    """The towel wore the phase colour and read as part of the leg: it has a cloth
    colour of its own in every look."""
    widget = FigureWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.set_theme(theme)
    pose = SCENES["towel-stretch"].hold
    assert pose is not None
    widget.show_pose("towel-stretch", pose, False, theme.hold)
    image = widget.grab().toImage()
    bones = skeleton(pose)
    hand, toe = bones.near["hand"], bones.near["toe"]
    middle = ((hand[0] + toe[0]) / 2, (hand[1] + toe[1]) / 2)
    x, y = widget._world_to_widget().map(*middle)
    colour = QColor(image.pixel(round(x), round(y)))
    for phase in (theme.hold, theme.rest, theme.timed):
        distance = sum(
            abs(a - b) for a, b in zip(colour.getRgb()[:3], phase.getRgb()[:3], strict=True)
        )
        assert distance > 60, (colour.name(), phase.name())
    assert colour.name() != widget.palette().color(widget.backgroundRole()).name()
