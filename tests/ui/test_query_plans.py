"""Every query a start or a refresh makes uses an index: none reads a whole table, which
grows with every night of a person's history."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from coach.core.clock import FakeClock
from coach.core.settings import Settings
from coach.journal import Journal
from coach.ui.assets import shipped_routines
from coach.ui.desktop import DesktopApp
from tests.ui.conftest import LONDON

# A plan step that reads every row of a table (SQLite says "SCAN t", or "SCAN t USING
# ..." for an index read whole); ordered by rowid with a LIMIT it reads one row.
WHOLE_TABLE = re.compile(r"\bSCAN (\w+)(?! USING (COVERING )?INDEX \w+ \()")


def plans(db: sqlite3.Connection, statements: list[str]) -> dict[str, list[str]]:
    return {
        sql: [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}")]
        for sql in dict.fromkeys(statements)
        if sql.lstrip().upper().startswith(("SELECT", "WITH"))
    }


def test_a_start_in_the_tray_and_opening_the_window_read_through_indexes(
    tmp_path: Path, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr("coach.ui.busy.run", lambda command: "")
    clock = FakeClock(datetime(2026, 11, 25, 21, 0, tzinfo=LONDON))
    journal = Journal.in_folder(tmp_path / "data", clock, shipped_routines())
    journal.change_settings(Settings(app_welcomed=True))
    journal.running = True
    db = journal._history._db
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desktop = DesktopApp(app, journal, True, lambda: True, None)
    try:
        desktop.start({"command": "hidden"})
        desktop.tray.update()
        desktop.show_window()
        db.set_trace_callback(None)
        found = plans(db, statements)
        for sql, steps in found.items():
            print(sql, steps)
        whole = {sql: steps for sql, steps in found.items() if any(map(WHOLE_TABLE.search, steps))}
        assert whole == {}
    finally:
        desktop.close()
        if desktop.window_made:
            desktop.window.close()
            desktop.window.deleteLater()
        app.setQuitOnLastWindowClosed(True)
