"""The journal, for the window: a signal that says what changed, and refusals said."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from coach.journal import Journal, NotSavedError, RefusedError

T = TypeVar("T")


class LiveJournal(QObject):
    """Emits `changed` (a frozenset of `coach.journal.Change`) after every write that
    landed, whoever made it: a page, the tray, the reminders or a request from the command
    line. The views subscribe when they are made and redraw what they show; none is told
    twice. `attempt` runs an operation and, where it is refused or not saved, emits
    `problem` with the sentence instead, so every view keeps showing what is on disk."""

    changed = Signal(object)
    problem = Signal(str)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        journal.subscribe(self.changed.emit)
        journal.hear(self.problem.emit)  # what happened on the way, said in the window

    def attempt(self, operation: Callable[[Journal], T]) -> T | None:
        """`operation(journal)`, or None after saying why it did not happen."""
        try:
            return operation(self.journal)
        except (RefusedError, NotSavedError) as error:
            self.problem.emit(str(error))
            return None
