"""Fonts and looks shared by the pages."""

from __future__ import annotations

from PySide6.QtGui import QFont


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """`base` at `factor` times its size, so text follows the system font size."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font
