"""The night look has no bright line around the tabs (the palette's bevel roles)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from coach.ui.style import apply_theme


def test_no_bright_line_around_the_tabs_at_night(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "night")
    try:
        tabs = QTabWidget()
        tabs.setDocumentMode(True)  # as the main window has it
        qtbot.addWidget(tabs)
        tabs.addTab(QWidget(), "Tonight")
        tabs.addTab(QWidget(), "Diary")
        tabs.resize(400, 200)
        image = tabs.grab().toImage()
        brightest = max(
            QColor(image.pixel(x, y)).lightness()
            for x in range(image.width())
            for y in range(image.height())
        )
        assert brightest < 200, brightest
    finally:
        apply_theme(app, "system")
