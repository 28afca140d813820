"""What the evidence now says (issue 14, point 8), on the advice page and where the app
speaks of water."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from coach.journal import Journal
from coach.ui.health_page import HealthPage
from coach.ui.live_journal import LiveJournal
from coach.ui.water_page import WaterPage
from tests.conftest import ROOT


def test_the_advice_page_says_what_the_evidence_now_says(qtbot: QtBot, journal: Journal) -> None:
    page = HealthPage(LiveJournal(journal))
    qtbot.addWidget(page)
    text = " ".join(page.text.toPlainText().split())
    assert "Stretching before sleep stays the app's routine" in text
    assert "Cochrane review CD008496 (2021)" in text  # the evidence is mixed
    assert "Magnesium did no better than a placebo" in text
    assert "Cochrane review CD009402 (2020)" in text
    assert "quinine is not advised for routine use" in text
    assert "Tan et al., JAMA Internal Medicine 2024" in text
    assert "recommends no supplement" in text
    assert "blood thinners" in text
    assert "It is not a way to prevent cramps" in text
    assert "statins" in text
    assert "before the pain began" in text  # the walking log's pain-free distance


def test_water_is_never_offered_as_cramp_prevention(qtbot: QtBot, journal: Journal) -> None:
    page = WaterPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.refresh()
    assert any(
        "reviews find no link between drinking water and night cramps" in label.text()
        for label in page.findChildren(type(page.summary))
    )
    # Nowhere the app speaks (the code's texts, the routines, the README) does water
    # prevent, stop or help with cramps.
    claim = re.compile(
        r"(water|drink\w*|hydrat\w*|fluids?)[^.\n]{0,60}(prevent\w*|stops?|helps?|avoid\w*)"
        r"[^.\n]{0,30}cramp",
        re.IGNORECASE,
    )
    sources = [
        *ROOT.glob("coach/**/*.py"),
        *ROOT.glob("coach/routines/*.toml"),
        ROOT / "README.md",
    ]
    found = [
        (path.name, match.group(0))
        for path in sources
        if path.name != "resources_rc.py"
        for match in claim.finditer(path.read_text(encoding="utf-8"))
        if "not" not in match.group(0).lower()
    ]
    assert found == []
