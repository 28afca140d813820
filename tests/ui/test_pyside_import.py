"""coach/ui/pyside_import.py: PySide6's source scan of every import, turned off."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from coach.ui import pyside_import

ROOT = Path(__file__).resolve().parents[2]

SELECTS = re.compile(r"^\s*(from|import)\s+__feature__", re.MULTILINE)
# A module nothing has imported yet in a fresh interpreter, read from a .py file.
PROBE = """
import linecache, sys
import PySide6.QtCore
{spare}
import colorsys
print(colorsys.__file__ in linecache.cache)
"""


def scanned(spare: bool) -> bool:
    """Whether PySide6 read the source of a module imported after it."""
    code = PROBE.format(spare="import coach.ui.pyside_import" if spare else "")
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.strip() == "True"


def test_the_private_scanner_is_still_there() -> None:
    """Fails when a PySide6 upgrade renames what pyside_import.py replaces: then look at
    shibokensupport/feature.py again and follow it (or drop pyside_import.py)."""
    import PySide6.QtCore  # noqa: F401
    from shibokensupport import feature  # type: ignore[import-not-found]

    assert callable(getattr(feature, pyside_import.SCANNER, None))
    assert pyside_import.spare_imports()


def test_modules_imported_after_it_are_not_read() -> None:
    assert scanned(spare=False)  # what it spares: the test means something
    assert not scanned(spare=True)


def test_nothing_of_ours_selects_a_pyside_feature() -> None:
    """The scan only matters to a module that says `from __feature__ import ...`."""
    users = [
        path
        for folder in ("coach", "tests", "benchmarks", "tools")
        for path in (ROOT / folder).rglob("*.py")
        if SELECTS.search(path.read_text(encoding="utf-8"))
    ]
    assert users == []
