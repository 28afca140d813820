"""A routine is one TOML file: a new one shows everywhere routines are offered or
counted, with no code naming it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock
from coach.core.routine import in_order, load_routine
from coach.core.runs import RunRecord
from coach.journal import Journal
from coach.ui.assets import shipped_routines
from coach.ui.desktop import DesktopApp

LONDON = ZoneInfo("Europe/London")
SEATED = """
id = "seated-evening"
title = "Seated evening stretch"
description = "For an evening when standing is hard."
order = 0
purpose = "prevention"

[[steps]]
id = "calf"
title = "Seated calf stretch"
kind = "hold-rest"
scene = "seated-calf-stretch"
hold_seconds = 10
rest_seconds = 5
reps = 1
instructions = "Sit, straighten one leg and pull the toes towards you."
"""
TOES = """
id = "toes-up"
title = "Toes up"
description = "For a cramp in the night, lying down."
order = 9
purpose = "relief"

[[steps]]
id = "towel"
title = "Pull the toes up"
kind = "timed"
scene = "towel-stretch"
word = "Pull"
seconds = 20
instructions = "Pull the toes of the cramping leg towards you until it eases."
"""


@pytest.fixture
def desktop(qtbot: QtBot, tmp_path: Path) -> Iterator[DesktopApp]:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "seated-evening.toml").write_text(SEATED)
    (folder / "toes-up.toml").write_text(TOES)
    added = [load_routine(path.read_text(), path.name) for path in folder.glob("*.toml")]
    routines = in_order([*shipped_routines().values(), *added])
    clock = FakeClock(datetime(2026, 11, 25, 21, 0, tzinfo=LONDON))
    journal = Journal.in_folder(tmp_path / "data", clock, routines)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made = DesktopApp(app, journal, with_tray=True)
    qtbot.addWidget(made.window)
    made.start({"command": "hidden"})
    yield made
    made.close()
    app.setQuitOnLastWindowClosed(True)


def test_the_chooser_and_the_settings_offer_it_in_its_order(desktop: DesktopApp) -> None:
    order = ["seated-evening", "evening", "trial", "cramp-relief", "toes-up"]
    picker = desktop.window.chooser.picker
    assert [picker.itemData(i) for i in range(picker.count())] == order
    assert picker.itemText(0) == "Seated evening stretch"
    dialog = desktop.dialogs.open_settings()
    choices = dialog.editors["routine.default"]
    evening = ["seated-evening", "evening", "trial"]  # never cramp relief
    assert [choices.itemData(i) for i in range(choices.count())] == evening
    desktop.journal.set_setting("routine.default", "seated-evening")
    assert desktop.tray is not None
    assert desktop.tray.texts()[0] == "Start seated evening stretch"
    assert picker.currentData() == "seated-evening"


def test_the_tray_offers_every_relief_routine_and_its_end_offers_the_diary(
    desktop: DesktopApp,
) -> None:
    assert desktop.tray is not None
    assert desktop.tray.texts()[1:3] == ["Cramp relief", "Toes up"]
    relief = next(a for a in desktop.tray.menu.actions() if a.text() == "Toes up")
    relief.trigger()
    assert desktop.window.player.shown_text["title"] == "Pull the toes up"
    desktop.window.player.stop()
    assert desktop.window.summary.log_button.isVisibleTo(desktop.window.summary)


def test_relief_is_not_the_routine_done_and_prevention_is(desktop: DesktopApp) -> None:
    journal = desktop.journal
    now = journal.clock.now()
    journal.record_run(RunRecord("toes-up", now, now + timedelta(minutes=1), 1, 1, True))
    assert not journal.nights(1)[-1].routine_done
    assert journal.next_reminder() == datetime(2026, 11, 25, 22, 0, tzinfo=LONDON)
    journal.record_run(RunRecord("seated-evening", now, now + timedelta(minutes=1), 1, 1, True))
    assert journal.nights(1)[-1].routine_done
    assert journal.next_reminder() == datetime(2026, 11, 26, 22, 0, tzinfo=LONDON)
