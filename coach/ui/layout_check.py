"""What a person would see as broken in a window's layout, found from its widgets.

Three checks, for any window on any screen at any text size: visible siblings must not
overlap, no page may scroll sideways, and no text may be cut (a label is as wide as its
text, or wraps or elides it, and as tall as its wrapped lines; a button as wide as its
text; a chart's day labels within the chart). The system tests run them on every page,
dialog and step of the player, in a real window on a real screen
(tests/system/layout_walk.py), and `dump` writes what they found with the widget tree.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QScrollArea,
    QTabBar,
    QToolButton,
    QWidget,
)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return (
        widget.isVisibleTo(root)
        and not widget.isWindow()
        and widget.width() > 0
        and widget.height() > 0
    )


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    text = text or widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {text[:40]!r}"


def overlaps(root: QWidget) -> list[str]:
    """Pairs of visible sibling widgets under `root` whose rectangles intersect."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        if parent is not root and not _shown(parent, root):
            continue
        if isinstance(parent, QTabBar):
            continue  # its scroll buttons lie over the tabs by design
        children = [
            child
            for child in parent.children()
            if isinstance(child, QWidget) and _shown(child, root)
        ]
        for first, second in combinations(children, 2):
            if first.geometry().intersects(second.geometry()):
                found.append(f"{_name(first)} overlaps {_name(second)} in {_name(parent)}")
    return found


def cut_text(root: QWidget) -> list[str]:
    """Visible labels and buttons too small for their text."""
    found = []
    for label in root.findChildren(QLabel):
        if not _shown(label, root) or not label.text() or not label.pixmap().isNull():
            continue
        inner = label.contentsRect()
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                found.append(f"{_name(label)}: {label.height()} px tall for its wrapped text")
            continue
        if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            wide = label.sizeHint().width() - (label.width() - inner.width())
        else:
            lines = label.text().replace("&&", "&").split("\n")
            wide = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
        if wide > inner.width() + 1:
            found.append(f"{_name(label)}: text {wide} px wide in {inner.width()} px")
        elif label.fontMetrics().height() > inner.height() + 1:
            tall = label.fontMetrics().height()
            found.append(f"{_name(label)}: text {tall} px tall in {inner.height()} px")
    for button in root.findChildren(QAbstractButton):
        if not _shown(button, root) or not button.text() or isinstance(button, QToolButton):
            continue
        parent = button.parentWidget()
        if isinstance(parent, QTabBar):
            continue
        need = button.minimumSizeHint().expandedTo(button.sizeHint())
        if button.width() < need.width() - 1 or button.height() < button.minimumSizeHint().height():
            found.append(f"{_name(button)}: {button.width()} px wide for {need.width()} px")
    for widget in root.findChildren(QWidget):
        # A chart paints its own labels (coach.ui.charts.BarChart.day_labels).
        day_labels = getattr(widget, "day_labels", None)
        if callable(day_labels) and _shown(widget, root):
            for box, text in day_labels():
                if box.right() > widget.width() or box.left() < 0:
                    found.append(f"{_name(widget)}: day label {text!r} past its edge")
    return found


def sideways(root: QWidget) -> list[str]:
    """Pages that scroll sideways: wider than the window (a table may, a page not)."""
    found = []
    for area in root.findChildren(QScrollArea):
        page = area.widget()
        if _shown(area, root) and page is not None and area.horizontalScrollBar().isVisible():
            wide = page.minimumSizeHint().width()
            found.append(f"{_name(area)} scrolls sideways: {wide} px in {area.viewport().width()}")
    return found


def layout_problems(root: QWidget) -> list[str]:
    """Everything `overlaps`, `cut_text` and `sideways` find under `root`; empty when
    it is fine."""
    return overlaps(root) + cut_text(root) + sideways(root)


def tree(root: QWidget) -> dict[str, Any]:
    """`root`'s visible widgets with their geometry in `root`, as nested dictionaries."""

    def node(widget: QWidget) -> dict[str, Any]:
        place = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
        return {
            "widget": _name(widget),
            "geometry": [place.x(), place.y(), place.width(), place.height()],
            "children": [
                node(child)
                for child in widget.children()
                if isinstance(child, QWidget) and _shown(child, root)
            ],
        }

    return node(root)


def dump(root: QWidget, path: Path, name: str) -> None:
    """Add `root`'s widget tree and layout problems, under `name`, to the JSON at `path`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    data[name] = {"problems": layout_problems(root), "tree": tree(root)}
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
