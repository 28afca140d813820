"""Fonts and themes: the palettes of the light, dark and night themes, and phase colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """`base` at `factor` times its size, so text follows the system font size."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class Theme:
    """A theme: the colours of the phases and the figure on top of a palette."""

    name: str
    hold: QColor
    rest: QColor
    timed: QColor
    tip: QColor
    figure: QColor
    prop: QColor
    water: QColor
    dark: bool

    def phase_colour(self, kind: str) -> QColor:
        return {"hold": self.hold, "rest": self.rest, "timed": self.timed}.get(kind, self.tip)


def _palette(window: str, base: str, text: str, button: str, highlight: str, mid: str) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: window,
        QPalette.ColorRole.ToolTipBase: button,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Mid: mid,
        QPalette.ColorRole.PlaceholderText: mid,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    # The bevel roles too: left unset they stay the default palette's white and black,
    # and Fusion drew a bright white line under the tab bar on the night look.
    shade = QColor(button)
    palette.setColor(QPalette.ColorRole.Light, shade.lighter(150))
    palette.setColor(QPalette.ColorRole.Midlight, shade.lighter(125))
    palette.setColor(QPalette.ColorRole.Dark, shade.darker(150))
    palette.setColor(QPalette.ColorRole.Shadow, shade.darker(300))
    # Greyed out where disabled (a field whose switch is off), as the system's looks do.
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(mid))
    return palette


LIGHT = Theme(
    "light",
    QColor("#1f63b5"),
    QColor("#23804f"),
    QColor("#a35a00"),
    QColor("#555555"),
    QColor("#2b2b2b"),
    QColor("#9aa0a6"),
    QColor("#3d8fd6"),
    dark=False,
)
DARK = Theme(
    "dark",
    QColor("#7ab0ff"),
    QColor("#6fd39b"),
    QColor("#f0b35a"),
    QColor("#b8b8b8"),
    QColor("#e6e6e6"),
    QColor("#5f6368"),
    QColor("#6aaee8"),
    dark=True,
)
# Night: dim, warm and low in contrast, for a dark bedroom; no blue at all.
NIGHT = Theme(
    "night",
    QColor("#c08a4f"),
    QColor("#8f9860"),
    QColor("#b0764a"),
    QColor("#8a7a66"),
    QColor("#b39a7c"),
    QColor("#4a3d30"),
    QColor("#7f8a86"),
    dark=True,
)

PALETTES = {
    "light": _palette("#f4f4f2", "#ffffff", "#1e1e1e", "#e6e6e3", "#1f63b5", "#8c8c8c"),
    "dark": _palette("#202124", "#2b2c30", "#e8e8e8", "#33353a", "#7ab0ff", "#80868b"),
    "night": _palette("#14100c", "#1c1611", "#b8a184", "#221b14", "#7a5a38", "#5e4f3e"),
}


class FocusRing(QProxyStyle):
    """A ring on the push button that has the keyboard's focus, and dialog buttons
    without icons.

    Fusion draws a focused button just like the default one, so tabbing onto OK showed
    no change; the ring tells the two apart.
    """

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        return_data: QStyleHintReturn | None = None,
    ) -> int:
        # One rule for every dialog's buttons: words, no icons. Whether OK and Cancel had
        # icons depended on the style and the desktop, and so differed between dialogs.
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, return_data)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        keyboard_focus = (
            QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        )
        if (
            element == QStyle.ControlElement.CE_PushButton
            and (option.state & keyboard_focus) == keyboard_focus
        ):
            painter.save()
            colour = option.palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(4, 4, -4, -4), 2, 2)
            painter.restore()


_system_style: list[str] = []  # the platform's style, as found before the first change


def apply_theme(app: QApplication, name: str) -> Theme:
    """Set the application's style and palette for the theme `name` (system, light, dark
    or night, as `app.theme` says)."""
    if not _system_style:
        _system_style.append(app.style().name())
    if name in PALETTES:
        app.setStyle(FocusRing(QStyleFactory.create("Fusion")))
        app.setPalette(PALETTES[name])
        return {"light": LIGHT, "dark": DARK, "night": NIGHT}[name]
    app.setStyle(FocusRing(QStyleFactory.create(_system_style[0])))
    app.setPalette(QPalette())  # no roles set: the platform's palette again
    return theme_for(app.palette())


def theme_for(palette: QPalette) -> Theme:
    """The theme that suits a palette: the system theme's light or dark."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def _mixed(one: QColor, other: QColor, share: float) -> QColor:
    """`one` with `share` (0 to 1) of `other` mixed in."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * share,
        one.greenF() + (other.greenF() - one.greenF()) * share,
        one.blueF() + (other.blueF() - one.blueF()) * share,
    )


def error_colour(palette: QPalette) -> QColor:
    """Red that reads on the palette's background: dark on light, lighter on dark."""
    return _mixed(QColor("#d0342c"), palette.color(QPalette.ColorRole.Text), 0.3)


def show_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark an editor whose value is not allowed (its background tinted red), or unmark
    it; the colours are taken from the application's palette as it is now."""
    if not invalid:
        widget.setPalette(QPalette())  # nothing of its own: the application's again
        return
    palette = QApplication.palette()
    tinted = QPalette()
    base = palette.color(QPalette.ColorRole.Base)
    tinted.setColor(QPalette.ColorRole.Base, _mixed(base, error_colour(palette), 0.25))
    widget.setPalette(tinted)


def show_as_error(label: QWidget) -> None:
    """A label that says what is wrong, in the error colour of the current palette."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, error_colour(QApplication.palette()))
    label.setPalette(palette)


def width_for_title(window: QWidget) -> int:
    """A width at which the window manager shows `window`'s whole title, with the
    application's name Qt adds to it, beside its buttons; it draws it in a font of its
    own (bold, and not scaled with the application's text), so with room to spare."""
    title = window.windowTitle()
    name = QApplication.applicationDisplayName()
    if name and not title.endswith(name):
        title = f"{title} — {name}"
    return round(window.fontMetrics().horizontalAdvance(title) * 1.3) + 160
