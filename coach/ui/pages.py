"""The window's tabs after "Tonight": one table of pages, and what every page does.

Adding a page is one entry in `PAGES`. A page is made (and its module imported) when
its tab is first shown or asked for; from then on it redraws itself when the journal
says that what it shows changed, and when the theme changes.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from coach.core.text import QT_TRANSLATE_NOOP
from coach.journal import Change
from coach.ui.live_journal import LiveJournal
from coach.ui.style import LIGHT, Theme


class Page(QWidget):
    """A tab's page: the journal's data in the current theme."""

    shows: ClassVar[frozenset[Change]] = frozenset()  # the changes it redraws for

    def __init__(self, live: LiveJournal) -> None:
        super().__init__()
        self.live = live
        self.journal = live.journal
        self.theme = LIGHT
        self._shown = False  # in the window, with its data
        self._stale = False  # a new palette came while it was hidden
        live.changed.connect(self._changed)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._shown = True
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new theme's palette reaches the widgets after the theme is set: what a page
        # paints itself (the glasses' outlines) is drawn again in it, now or when shown.
        if event.type() == QEvent.Type.PaletteChange and self._shown:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Show what is in the journal now."""

    def _changed(self, changes: frozenset[Change]) -> None:
        if changes & self.shows:
            self.refresh()


@dataclass(frozen=True)
class PageEntry:
    name: str
    title: str  # marked for translation in the "Desktop" context
    module: str  # imported when the page is first needed
    kind: str  # the Page subclass in it

    def make(self, live: LiveJournal) -> Page:
        page: Page = getattr(importlib.import_module(self.module), self.kind)(live)
        return page


PAGES = (
    PageEntry("water", QT_TRANSLATE_NOOP("Desktop", "Water"), "coach.ui.water_page", "WaterPage"),
    PageEntry("diary", QT_TRANSLATE_NOOP("Desktop", "Diary"), "coach.ui.diary_page", "DiaryPage"),
    PageEntry(
        "history", QT_TRANSLATE_NOOP("Desktop", "History"), "coach.ui.history_page", "HistoryPage"
    ),
    PageEntry(
        "trial",
        QT_TRANSLATE_NOOP("Desktop", "Find out for yourself"),
        "coach.ui.trial_page",
        "TrialPage",
    ),
    PageEntry(
        "walking", QT_TRANSLATE_NOOP("Desktop", "Walking"), "coach.ui.walking_page", "WalkingPage"
    ),
    PageEntry(
        "health",
        QT_TRANSLATE_NOOP("Desktop", "About the advice"),
        "coach.ui.health_page",
        "HealthPage",
    ),
)
