"""A page is one entry in `PAGES`: the window makes its tab, shows it in the look, and
redraws it when the journal says what it shows changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from coach.journal import Change, Journal
from coach.ui import main_window
from coach.ui.live_journal import LiveJournal
from coach.ui.main_window import MainWindow
from coach.ui.pages import PAGES, Page, PageEntry
from coach.ui.style import LIGHT


class GlassesPage(Page):
    """A page a developer might add: today's glasses, in words."""

    shows = frozenset({Change.WATER})

    def __init__(self, live: LiveJournal) -> None:
        super().__init__(live)
        self.label = QLabel()
        self.redrawn = 0
        QVBoxLayout(self).addWidget(self.label)

    def refresh(self) -> None:
        self.redrawn += 1
        self.label.setText(f"{self.journal.water_today()} glasses")


def test_a_new_page_is_one_entry(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = PageEntry("glasses", "Glasses", __name__, "GlassesPage")
    monkeypatch.setattr(main_window, "PAGES", (*PAGES, entry))
    window = MainWindow(LiveJournal(journal))
    qtbot.addWidget(window)
    assert window.tabs.tabText(window.tabs.count() - 1) == "Glasses"
    page = window.page("glasses")
    assert isinstance(page, GlassesPage)
    assert page.theme is LIGHT
    assert (page.label.text(), page.redrawn) == ("0 glasses", 1)
    journal.add_glasses(2)  # from anywhere: the page redraws once
    assert (page.label.text(), page.redrawn) == ("2 glasses", 2)
    journal.set_setting("water.goal", "6")  # a change it does not show: no redraw
    assert page.redrawn == 2
