"""The layout checker finds what a person would see as broken, and nothing else."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coach.ui.layout_check import layout_problems, tree


def test_a_laid_out_window_has_no_problems(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Tonight's routine"))
    wrapped = QLabel("A long sentence that wraps onto a few lines in a narrow window. " * 3)
    wrapped.setWordWrap(True)
    layout.addWidget(wrapped)
    layout.addWidget(QPushButton("Start"))
    root.resize(300, 300)
    root.show()
    assert layout_problems(root) == []
    first = tree(root)["children"][0]
    assert first["widget"] == 'QLabel "Tonight\'s routine"'


def test_overlapping_siblings_and_cut_text_are_found(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("Repetition 1 of 3", root)
    label.setGeometry(0, 0, 40, 30)  # too narrow for its text
    button = QPushButton("Pause  (Space)", root)
    button.setGeometry(20, 10, 30, 30)  # over the label, and too narrow
    root.resize(200, 100)
    root.show()
    problems = layout_problems(root)
    assert any("overlaps" in problem for problem in problems)
    assert any(problem.startswith("QLabel 'Repetition 1 of 3'") for problem in problems)
    assert any(problem.startswith("QPushButton 'Pause  (Space)'") for problem in problems)
