"""Where the main window was, and how big: `window.json` in the config folder.

State, not a setting: nobody edits it, so a file that cannot be read is simply ignored
(the window opens at its usual size) and written anew at the next close.
"""

from __future__ import annotations

import json
from dataclasses import astuple, dataclass
from pathlib import Path

from coach.store.files import write_atomically

FILE_NAME = "window.json"
LARGEST = 100_000  # pixels: anything past this is not a window's place


@dataclass(frozen=True)
class WindowPlace:
    """In the screen's own (device) pixels: the inside's place and size; `ratio` is the
    device pixel ratio the window had (2 at 200% text), so that a start at another text
    size opens it as large on the screen, not halved or doubled."""

    x: int
    y: int
    width: int
    height: int
    maximized: bool = False
    ratio: float = 1.0


def read_place(folder: Path) -> WindowPlace | None:
    """The place kept in `folder`, or None where there is none or it does not read."""
    try:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        values = [data[key] for key in ("x", "y", "width", "height")]
        maximized = data.get("maximized", False)
        ratio = data.get("ratio", 1.0)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    if not all(type(value) is int and abs(value) <= LARGEST for value in values):
        return None
    if values[2] <= 0 or values[3] <= 0 or not isinstance(maximized, bool):
        return None
    if type(ratio) not in (int, float) or not 0.25 <= ratio <= 8:
        return None
    x, y, width, height = values
    return WindowPlace(x, y, width, height, maximized, float(ratio))


def keep_place(folder: Path, place: WindowPlace) -> None:
    keys = ("x", "y", "width", "height", "maximized", "ratio")
    data = dict(zip(keys, astuple(place), strict=True))
    write_atomically(folder / FILE_NAME, json.dumps(data).encode("utf-8"))
