"""coach/ui/timers.py: a timer's type set by name, as `setTimerType` would."""

from __future__ import annotations

from typing import get_args

import pytest
from PySide6.QtCore import Qt, QTimer

from coach.ui.timers import TimerType, set_timer_type


@pytest.mark.parametrize("kind", get_args(TimerType))
def test_each_type_is_the_qt_enum_of_its_name(kind: TimerType) -> None:
    timer = QTimer()
    set_timer_type(timer, kind)
    assert timer.timerType() == getattr(Qt.TimerType, kind)


def test_a_misspelt_type_is_refused() -> None:
    with pytest.raises(ValueError, match="no timer type"):
        set_timer_type(QTimer(), "Precise")  # type: ignore[arg-type]
