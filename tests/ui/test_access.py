"""Everyone can use it: names for screen readers, the keyboard alone, readable colours."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach.core.settings import Settings
from coach.ui.desktop import DesktopApp
from coach.ui.pages import PAGES
from coach.ui.style import DARK, LIGHT, NIGHT, PALETTES, FocusRing, apply_theme
from coach.ui.walking_page import WalkingPage
from coach.ui.welcome import Welcome

INTERACTIVE = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView)


def unnamed(root: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> list[str]:
    """Interactive widgets a screen reader would announce with no name (or description)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.objectName().startswith("qt_"):
            continue
        if widget.window().windowType() == Qt.WindowType.Popup or isinstance(widget, QHeaderView):
            continue  # a combo box's list, a table's header: announced with their owner
        if text == QAccessible.Text.Description and (
            isinstance(widget.parent(), QDialogButtonBox | QTabBar)
            or widget.objectName().startswith("__qt__passive_wizardbutton")
        ):
            continue  # Qt's own OK, Next, tab scrolling...: their names say it all
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(text) if face is not None else ""
        if not name.strip():
            label = face.text(QAccessible.Text.Name) if face is not None else ""
            missing.append(f"{type(widget).__name__} {label} in {type(widget.parent()).__name__}")
    return missing


def walking_page(desktop: DesktopApp) -> WalkingPage:
    page = desktop.window.page("walking")
    assert isinstance(page, WalkingPage)
    return page


@pytest.mark.parametrize("text", [QAccessible.Text.Name, QAccessible.Text.Description])
def test_every_control_of_every_page_has_a_name_and_a_description(
    make_app, qtbot: QtBot, text: QAccessible.Text
) -> None:
    desktop = make_app()
    desktop.start({"command": "show"})
    for entry in PAGES:  # every tab's page, made as when it is first shown
        desktop.window.page(entry.name)
    walking_page(desktop).go_on.click()
    desktop.window.summary.log_button.show()
    assert unnamed(desktop.window, text) == []
    dialog = desktop.dialogs.open_settings()
    assert unnamed(dialog, text) == []
    wizard = Welcome(Settings(), lambda: None)
    qtbot.addWidget(wizard)
    assert unnamed(wizard, text) == []


def test_the_figure_has_a_text_alternative(make_app) -> None:
    desktop = make_app()
    desktop.start({"command": "start-routine", "routine": "evening"})
    figure = desktop.window.player.figure
    assert figure.accessibleName() == "Figure showing: Wall calf stretch, left leg"
    assert figure.accessibleDescription().startswith("Face a wall")


def test_a_whole_routine_with_the_keyboard_alone(make_app, qtbot: QtBot) -> None:
    desktop = make_app()
    desktop.start({"command": "show"})
    window = desktop.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)  # Start
    player = window.player
    assert player.shown_text["title"] == "Wall calf stretch, left leg"
    qtbot.keyClick(player, Qt.Key.Key_Space)  # pause
    assert player.shown_text["phase"] == "Paused"
    qtbot.keyClick(player, Qt.Key.Key_Space)  # resume
    for _ in range(5):
        qtbot.keyClick(player, Qt.Key.Key_Right)
    assert player.shown_text["phase"] == "Tip"
    with qtbot.waitSignal(player.run_over):
        qtbot.keyClick(player, Qt.Key.Key_Return)  # Done
    assert window.pages.currentWidget() is window.summary
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)  # Back to routines
    assert window.pages.currentWidget() is window.chooser


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(("name", "theme"), [("light", LIGHT), ("dark", DARK), ("night", NIGHT)])
def test_text_meets_wcag_aa_contrast(name: str, theme) -> None:
    palette = PALETTES[name]
    window = palette.color(QPalette.ColorRole.Window)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        assert contrast(palette.color(role), window) >= 4.5, role
    assert (
        contrast(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base))
        >= 4.5
    )
    # The phase words are large bold text: AA asks 3:1 of those.
    for kind in ("hold", "rest", "timed", "tip"):
        assert contrast(theme.phase_colour(kind), window) >= 3.0, kind


@contextmanager
def large_text() -> Iterator[QApplication]:
    """The application's text at 200% for the duration."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    large = app.font()
    large.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(large)
    try:
        yield app
    finally:
        app.setFont(normal)


def test_the_player_fits_1024_by_600_at_200_percent_text(make_app) -> None:
    with large_text():
        window = make_app().window
        window.start_routine("evening")
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024
        assert hint.height() <= 600
        window.player.stop()


def cut_off(root: QWidget) -> list[str]:
    """Visible text that does not fit its label, and charts squashed below their size."""
    from coach.ui.charts import BarChart

    found = []
    for label in root.findChildren(QLabel):
        visible = label.isVisible() and label.wordWrap()
        if visible and label.height() < label.heightForWidth(label.width()):
            found.append(f"text {label.text()[:40]!r}")
    for chart in root.findChildren(BarChart):
        if chart.isVisible() and chart.height() < chart.minimumSizeHint().height():
            found.append(f"chart {chart.accessibleName()!r}")
    return found


def test_nothing_is_cut_off_at_200_percent_text_in_1024_by_600(make_app, qtbot: QtBot) -> None:
    with large_text() as app:
        desktop = make_app()
        window = desktop.window
        window.show()
        window.resize(1024, 600)
        walking_page(desktop).go_on.click()  # the walking log, past its warning
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            app.processEvents()  # the layout requests
            assert window.minimumSizeHint().height() <= 600, window.tabs.tabText(index)
            assert cut_off(window) == [], window.tabs.tabText(index)
        dialog = desktop.dialogs.open_settings()
        assert dialog.minimumSizeHint().boundedTo(QSize(1024, 600)) == dialog.minimumSizeHint()
        wizard = Welcome(Settings(), lambda: None, window)
        qtbot.addWidget(wizard)
        wizard.show()  # at the size it opens at, within the screen
        wizard.resize(wizard.size().boundedTo(QSize(1024, 600)))
        for _ in range(3):
            app.processEvents()
            assert cut_off(wizard) == [], wizard.currentPage().title()
            wizard.understood.setChecked(True)
            wizard.next()


def tab_chain(window: QWidget, qtbot: QtBot) -> list[QWidget]:
    """The widgets Tab visits in `window`, in order, starting from the first."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focusNextChild()
    chain: list[QWidget] = []
    for _ in range(200):
        widget = QApplication.focusWidget()
        assert widget is not None
        if len(chain) > 1 and widget is chain[0]:
            return chain
        if not chain or widget is not chain[-1]:  # Tab also steps through a time's fields
            assert widget not in chain, "Tab went round without the first control"
            chain.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError("Tab never came back round")


def from_first(chain: list[QWidget], first: QWidget) -> list[QWidget]:
    """The cycle of `chain`, started at `first`."""
    start = chain.index(first)
    return chain[start:] + chain[:start]


def reachable(window: QWidget) -> set[QWidget]:
    """What the keyboard must reach: every visible, enabled control."""
    return {
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE)
        and widget.isVisibleTo(window)
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget, QHeaderView)
        and not widget.objectName().startswith("qt_")
    }


def reading_order(chain: list[QWidget], window: QWidget) -> list[QWidget]:
    """`chain` sorted as a page is read: by row (within half a line), then left to right."""
    line = window.fontMetrics().height()

    def place(widget: QWidget) -> tuple[int, int]:
        centre = widget.mapTo(window, widget.rect().center())
        return round(centre.y() / line * 2), centre.x()

    return sorted(chain, key=place)


@pytest.mark.parametrize("page", ["chooser", "water", "diary", "walking"])
def test_tab_reaches_every_control_of_a_page_in_reading_order(
    make_app, qtbot: QtBot, page: str
) -> None:
    desktop = make_app()
    window = desktop.window
    window.resize(1024, 700)
    if page == "walking":
        walking_page(desktop).go_on.click()
    if page != "chooser":
        window.show_page(window.page(page))
    chain = from_first(tab_chain(window, qtbot), window.tabs.tabBar())
    assert set(chain[1:]) == reachable(window.tabs.currentWidget())
    assert chain == reading_order(chain, window)


def test_tab_reaches_every_setting_in_reading_order(make_app, qtbot: QtBot) -> None:
    desktop = make_app()
    dialog = desktop.dialogs.open_settings()
    tabs = dialog.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        chain = from_first(tab_chain(dialog, qtbot), tabs.tabBar())
        controls = [w for w in chain if tabs.currentWidget().isAncestorOf(w)]
        assert set(controls) == reachable(tabs.currentWidget()), tabs.tabText(index)
        assert controls == reading_order(controls, dialog), tabs.tabText(index)
        assert chain.index(controls[-1]) < chain.index(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        )


def test_the_control_with_the_keyboards_focus_is_drawn_differently(make_app, qtbot: QtBot) -> None:
    """Visible focus: tabbing onto any control of the window or the settings changes how it
    looks (the style draws focus only for keyboard focus, so real Tab presses move it)."""
    desktop = make_app()
    dialog = desktop.dialogs.open_settings()
    tabs = dialog.findChild(QTabWidget)
    checked, controls = set(), set()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        controls |= reachable(dialog)
        chain = from_first(tab_chain(dialog, qtbot), tabs.tabBar())
        while not tabs.tabBar().hasFocus():
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        for widget in chain[1:]:
            before = widget.grab().toImage()
            while not widget.hasFocus():
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            name = f"{type(widget).__name__} {widget.accessibleName()}"
            assert widget.grab().toImage() != before, name
            checked.add(widget)
    assert checked >= controls


def test_going_back_to_the_system_look_restores_its_palette(qapp: QApplication) -> None:
    system = qapp.palette().color(QPalette.ColorRole.Window)
    try:
        apply_theme(qapp, "night")
        assert qapp.palette().color(QPalette.ColorRole.Window) != system
        apply_theme(qapp, "system")
        assert qapp.palette().color(QPalette.ColorRole.Window) == system
        assert isinstance(qapp.style(), FocusRing)
    finally:
        apply_theme(qapp, "system")
