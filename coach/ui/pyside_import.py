"""Spare every later import PySide6's source scan. Import this first after PySide6.

PySide6 replaces Python's `__import__` with its own, which calls
`shibokensupport.feature._mod_uses_pyside` on each module imported after it: that reads
the module's whole source with `inspect.getsource`, to see whether it says "PySide6" and
so may select a `__feature__` (snake_case, true_property). At start that was about 11 ms
and 4 MB of `linecache`. Nothing of ours uses `__feature__` (tests/ui/test_pyside_import.py
checks both), so every module is taken as using PySide6 with no feature: the answer the
scan would give for ours, and the default selection for everyone else's.

`_mod_uses_pyside` is private; the test fails when a PySide6 upgrade renames it, and then
this does nothing rather than break the start.
"""

from __future__ import annotations

import sys
from types import ModuleType

SCANNER = "_mod_uses_pyside"  # in shibokensupport.feature (PySide6 6.4 to 6.11 at least)


def _uses_pyside(module: ModuleType) -> bool:
    return True


def spare_imports() -> bool:
    """Turn the scan off; False where this PySide6 has no such scan (or no PySide6)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, SCANNER, None)):
        return False
    setattr(feature, SCANNER, _uses_pyside)
    return True


spare_imports()
