"""Every dialog opens within the screen's free part, whatever asked for it."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from coach.ui.on_screen import FRAME_ROOM, keep_dialogs_on_screen


def test_a_dialog_larger_than_the_screen_or_off_it_opens_within_it(qtbot: QtBot) -> None:
    keep_dialogs_on_screen()
    dialog = QFileDialog()  # Qt's own (Save report's at 200% was taller than the screen)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    available = dialog.screen().availableGeometry()
    dialog.resize(available.width() * 2, available.height() * 2)
    dialog.move(available.left() - 300, available.top() - 200)
    dialog.show()
    framed = QRect(dialog.pos(), dialog.size() + FRAME_ROOM)
    assert available.contains(framed), (framed, available)
