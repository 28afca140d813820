"""coach.core and coach.store stay free of Qt, so they are fast to test and to start."""

import ast
import json
import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import importlib, json, pkgutil, sys
import coach.core, coach.store
names = []
for package in (coach.core, coach.store):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
        names.append(module.name)
qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": names, "qt": qt}))
"""


def test_core_and_store_import_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout)
    assert "coach.core.session" in report["imported"]
    assert "coach.store.history" in report["imported"]
    assert report["qt"] == []


JOURNAL_PROBE = """
import json, sys
import coach.journal, coach.requests
qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps(qt))
"""


def test_the_journal_and_the_requests_import_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", JOURNAL_PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == []


def test_the_ui_never_imports_the_store() -> None:
    """The window reads and writes through the journal only: no module of coach.ui
    imports coach.store, at the top or inside a function."""
    offenders = []
    for path in sorted((ROOT / "coach" / "ui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            if any(name == "coach.store" or name.startswith("coach.store.") for name in names):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_the_top_of_coach_keeps_only_the_entry_points() -> None:
    top = sorted(path.name for path in (ROOT / "coach").glob("*.py"))
    assert top == [
        "__init__.py",
        "__main__.py",
        "app.py",
        "cli.py",
        "journal.py",
        "requests.py",
    ]
