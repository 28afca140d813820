"""The report for the doctor: a PDF whose text carries the numbers `report --json` prints,
from the History page and from the command line, with no display."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock
from coach.core.monthly import MonthlyAnswers
from coach.core.nights import CheckIn
from coach.core.runs import RunRecord
from coach.core.walking import Walk
from coach.journal import Journal, RefusedError, write_report
from coach.ui.history_page import HistoryPage
from coach.ui.live_journal import LiveJournal
from coach.ui.report_pdf import page_size, report_html, report_pdf
from tests.conftest import ROOT, shipped_routines

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 10, 20, 9, 0, tzinfo=LONDON)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def live_a_month(folder: Path) -> Journal:
    """Forty days of a person: water, the routine every other night, a check-in most
    mornings (fewer cramps after the routine), a night left out, a few walks."""
    clock = FakeClock(START)
    journal = Journal.in_folder(folder, clock, shipped_routines())
    for day in range(1, 41):
        evening = START.replace(hour=22) + timedelta(days=day - 1)
        clock.set_now(evening - timedelta(hours=10))
        journal.add_glasses(4 + day % 6)
        if day % 2:
            end = evening + timedelta(minutes=8)
            journal.record_run(RunRecord(journal.routine().id, evening, end, 6, 6, True))
        clock.set_now(evening + timedelta(hours=11))
        if day % 9 == 0:
            continue  # not recorded
        night = evening.date()
        if day == 20:
            journal.check_in(CheckIn.excluded(night))
        elif day % 2 and day % 5:
            journal.check_in(CheckIn.no_cramps(night, sleep=7))
        else:
            journal.check_in(CheckIn.with_cramps(night, 1 + day % 3, 3 + day % 5, 2.5, "left", 5))
        if day % 7 == 0:
            walked = evening - timedelta(hours=12)
            journal.log_walk(Walk(walked, 20 + day, 8 + day / 5, True, None, 1500 + 10 * day,
                                  600 + 5 * day))  # fmt: skip
    return journal


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return unicodedata.normalize("NFKC", result.stdout)  # the font's ligatures (ﬁ) as letters


def json_numbers(data: dict) -> list[str]:
    """Every number of the report's summary, comparisons and walking log, as printed."""

    def shown(value: float | int) -> str:
        return str(int(value)) if float(value).is_integer() else str(value)

    found = [shown(value) for value in data["summary"].values() if value is not None]
    for comparison in data["comparisons"].values():
        for side in ("with", "without"):
            found += [shown(v) for v in comparison[side].values() if v is not None]
        if comparison["ratio"] is not None:
            for key in ("ratio", "low", "high"):
                if comparison["ratio"][key] is not None:
                    found.append(shown(comparison["ratio"][key]))
    walking = data["walking"]
    if walking is not None:
        for key in ("pain_free_minutes", "pain_free_metres"):
            found += [shown(v) for v in walking[key].values() if v is not None]
    return found


@needs_poppler
def test_the_pdf_carries_the_numbers_the_json_prints(qtbot: QtBot, tmp_path: Path) -> None:
    journal = live_a_month(tmp_path / "data")
    data = journal.report(30)
    journal.close()
    path = tmp_path / "report.pdf"
    path.write_bytes(
        report_pdf(data, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    )
    pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "A4" in pages.stdout
    assert any(line.split()[-1] in ("1", "2") for line in pages.stdout.splitlines()
               if line.startswith("Pages:"))  # fmt: skip
    text = pdf_text(path)
    words = " ".join(text.split())
    assert data["comparisons"]["routine"]["ratio"] is not None  # a real comparison, shown
    for value in json_numbers(data):
        assert value in words, value
    # The sentences, every night, the method and the notice, as the JSON has them.
    for sentence in (
        data["comparisons"]["routine"]["sentence"],
        data["comparisons"]["water"]["sentence"],
        data["method"],
        data["not_a_diagnosis"],
    ):
        assert " ".join(sentence.split()) in words
    for night in data["nights"]:
        assert night["night"] in text
    lines = [line for line in text.splitlines() if "not recorded" in line and "20" in line]
    assert len(lines) == data["summary"]["not_recorded"]
    assert "Not asked yet." in text  # no monthly questions in this journal
    assert "No personal trial was started." in text


@needs_poppler
def test_ninety_nights_fit_on_two_pages(qtbot: QtBot, tmp_path: Path) -> None:
    journal = live_a_month(tmp_path / "data")
    data = journal.report(90)
    journal.close()
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(data))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert "Pages:           2" in info.stdout
    text = pdf_text(path)
    for night in data["nights"]:
        assert night["night"] in text
    words = " ".join(text.split())
    for value in json_numbers(data):
        assert value in words, value
    # Read as pages are: each page's left column, then its right one, then the next
    # page's; every night once, in order, each row on one line.
    pages = text.split("\f")
    order = []
    for page in pages:
        lefts, rights = [], []
        for line in page.splitlines():
            found = re.findall(r"\b[A-Z][a-z]{2} (20\d\d-\d\d-\d\d)\b", line)
            if found:
                lefts.append(found[0])
            if len(found) > 1:
                rights.append(found[1])
        order += lefts + rights
    nights = [night["night"] for night in data["nights"]]
    assert order == nights


@needs_poppler
def test_the_pdf_shows_the_trial_and_the_monthly_answers(qtbot: QtBot, tmp_path: Path) -> None:
    journal = live_a_month(tmp_path / "data")
    journal.start_trial()
    answers = MonthlyAnswers(journal.clock.now().date(), new_medicine=True, swelling=False,
                             medicine="a statin, since October")  # fmt: skip
    journal.answer_monthly(answers)
    data = journal.report(30)
    journal.close()
    assert data["monthly_questions"]  # as the journal gives them
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(data))
    text = " ".join(pdf_text(path).split())
    assert "Not asked yet." not in text
    assert f"Asked on {answers.asked_on.isoformat()}" in text
    assert "A calf that is swollen, red or warm? no" in text
    assert "Weakness in the leg muscles? not answered" in text
    assert "Which medicine a statin, since October" in text
    assert f"seed {data['trial']['seed']}" in text
    assert "Verdict: can't tell yet: too few recorded nights. (Provisional.)" in text
    assert data["trial"]["result"]["sentence"].split(":")[0] in text


@needs_poppler
def test_a_cramp_logged_unrated_is_not_said_in_the_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 14, point 3: a cramp logged at 3 a.m. with only its leg made the night "5"
    in the report. Its how bad is null in the JSON and a dash, said to mean "not said",
    in the PDF; a night with no cramps has nothing to rate."""
    from coach import requests

    clock = FakeClock(START)
    journal = Journal.in_folder(tmp_path / "data", clock, shipped_routines())
    clock.set_now(START.replace(hour=3, minute=10) + timedelta(days=1))
    assert requests.perform(requests.LogCramp(leg="left"), journal).code == requests.DONE
    clock.set_now(START + timedelta(days=2))
    journal.check_in(CheckIn.no_cramps(START.date() + timedelta(days=1)))
    data = journal.report(30)
    journal.close()
    [unrated, none] = data["nights"][-2:]
    assert (unrated["cramps"], unrated["severity"]) == (1, None)
    assert (none["cramps"], none["severity"]) == (0, None)
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(data))
    lines = pdf_text(path).splitlines()
    rows = {line.split()[1]: line.split() for line in lines if len(line.split()) > 4}
    assert rows[unrated["night"]][2:5] == ["1", "\u2013", "\u2013"]  # cramps, worst, longest
    # No cramps: dashes, then the routine (the same words as 90 nights: "no"), the water.
    assert rows[none["night"]][2:6] == ["0", "\u2013", "\u2013", "no"]
    assert "\u2013: not said, or no cramp to rate." in " ".join(" ".join(lines).split())


@needs_poppler
def test_nights_before_the_first_use_are_not_recorded_in_the_pdf(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The night-by-night table said "not done" and "0" for the nights before the app
    was first used; the JSON had routine_done false and 0 glasses."""
    clock = FakeClock(START.replace(hour=16))  # installed on the afternoon of the 20th
    journal = Journal.in_folder(tmp_path / "data", clock, shipped_routines())
    clock.set_now(START + timedelta(days=1))
    journal.check_in(CheckIn.with_cramps(START.date() - timedelta(days=1), 2))  # the 19th
    journal.check_in(CheckIn.no_cramps(START.date()))
    data = journal.report(30)
    journal.close()
    before = [night for night in data["nights"] if night["night"] < START.date().isoformat()]
    assert len(before) == 29
    assert all(
        (night["routine_done"], night["glasses"], night["water_at_goal"]) == (None, None, None)
        for night in before
    )
    assert (data["nights"][-1]["routine_done"], data["nights"][-1]["glasses"]) == (False, 0)
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(data))
    rows = {line.split()[1]: " ".join(line.split()[2:])
            for line in pdf_text(path).splitlines() if len(line.split()) > 2}  # fmt: skip
    assert rows["2026-10-18"] == "not recorded"
    assert rows["2026-10-19"] == "2 \u2013 \u2013 not recorded \u2013"
    # No cramps: dashes to rate, then the routine in the same words as 90 nights ("no").
    assert rows["2026-10-20"].startswith("0 \u2013 \u2013 no 0")


@needs_poppler
def test_no_english_nor_broken_words_in_the_spanish_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    """The Spanish run printed "Del 2026-10-03 al 2026-11-27 (over)", "0.5" and a header
    broken as "Calamb res"."""
    from coach.core.text import use_translator

    journal = live_a_month(tmp_path / "data")
    journal.start_trial()
    data = journal.report(30)
    journal.close()
    spanish = {".": ",", "Cramps": "Calambres", "under way": "en curso",
               "From {start} to {end} ({state}); random order from seed {seed}.":
               "Del {start} al {end} ({state}); orden aleatorio de la semilla {seed}."}  # fmt: skip
    use_translator(lambda context, text: spanish.get(text, text))
    try:
        pdf = report_pdf(data, QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    finally:
        use_translator(None)
    path = tmp_path / "informe.pdf"
    path.write_bytes(pdf)
    text = " ".join(pdf_text(path).split())
    start = date.fromisoformat(data["trial"]["start"])
    assert f"Del {start.day} " in text
    assert "(en curso)" in text
    assert "(under-way)" not in text
    rate = data["comparisons"]["routine"]["with"]["rate"]
    assert str(rate).replace(".", ",") in text
    assert "Calamb res" not in text
    header = next(line for line in pdf_text(path).splitlines() if "Noches" not in line
                  and "Calamb" in line and "Rate" in line)  # fmt: skip
    assert "Calambres" in header


def test_answers_of_another_shape_are_shown_too(qtbot: QtBot, tmp_path: Path) -> None:
    journal = live_a_month(tmp_path / "data")
    data = journal.report(30)
    journal.close()
    data["monthly_questions"] = {"new_medicine": "a diuretic", "swelling": False}
    html = report_html(data)
    assert "a diuretic" in html
    assert "new medicine" in html


def test_letter_in_the_united_states_and_canada_a4_elsewhere() -> None:
    english = QLocale.Language.English
    for country, name in (
        (QLocale.Country.UnitedStates, QPageSize.PageSizeId.Letter),
        (QLocale.Country.Canada, QPageSize.PageSizeId.Letter),
        (QLocale.Country.UnitedKingdom, QPageSize.PageSizeId.A4),
        (QLocale.Country.Spain, QPageSize.PageSizeId.A4),
    ):
        assert page_size(QLocale(english, country)).id() == name


def test_a_report_is_not_saved_over_a_folder_nor_into_a_missing_one(tmp_path: Path) -> None:
    with pytest.raises(RefusedError, match="is a folder"):
        write_report(tmp_path, b"%PDF")
    a_file = tmp_path / "file"
    a_file.write_text("")
    with pytest.raises(RefusedError, match="There is no folder"):
        write_report(a_file / "report.pdf", b"%PDF")
    assert write_report(tmp_path / "r.pdf", b"%PDF") == tmp_path / "r.pdf"


@needs_poppler
def test_history_saves_the_report_where_asked_and_says_where(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = live_a_month(tmp_path / "data")
    page = HistoryPage(LiveJournal(journal))
    qtbot.addWidget(page)
    page.refresh()
    # The water goal gets the same honest comparison as the routine; both over 90 days
    # whatever the charts show (a week could never hold 7 nights of each), as the
    # report for 90 days has them, and saying which.
    first = journal.first_recordable_night()
    since = f"Since you started (from the night of {first.day} {first:%b}): "
    for days in (0, 1, 2):
        page.span.setCurrentIndex(days)
        assert page.summary.text() == since + journal.report(90)["comparisons"]["routine"][
            "sentence"]  # fmt: skip
        assert page.water_summary.text() == since + journal.report(90)["comparisons"]["water"][
            "sentence"]  # fmt: skip
    assert page.for_doctor.text() == "Report for your doctor (last 90 days)…"
    page.span.setCurrentIndex(1)
    assert page.for_doctor.text() == "Report for your doctor (last 30 days)…"
    suggested: list[Path] = []

    def ask(default: Path) -> Path:
        suggested.append(default)
        return tmp_path / "for the doctor"

    monkeypatch.setattr(page, "ask_where", ask)
    page.for_doctor.click()
    saved = tmp_path / "for the doctor.pdf"
    assert suggested[0].name == f"bedtime-coach-report-{journal.clock.now().date()}.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert str(saved) in page.saved.text()
    assert page.saved.isVisibleTo(page)
    data = journal.report(30)
    words = " ".join(pdf_text(saved).split())
    for value in json_numbers(data):
        assert value in words, value
    # A folder: a sentence, nothing saved, nothing raised.
    problems: list[str] = []
    page.live.problem.connect(problems.append)
    monkeypatch.setattr(page, "ask_where", lambda default: tmp_path)
    assert page.save_report() is None
    assert problems
    assert "is a folder" in problems[0]
    journal.close()


def run_cli(*words: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env["HOME"] = str(home)
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "coach", *words],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@needs_poppler
def test_report_pdf_from_the_command_line_with_no_display(tmp_path: Path) -> None:
    journal = live_a_month(tmp_path / "data")
    journal.close()
    data_dir = str(tmp_path / "data")
    # The real clock is weeks after the fake month: the report then covers nights not
    # recorded, with the first use and the period of the JSON all the same.
    target = tmp_path / "report.pdf"
    result = run_cli("--data-dir", data_dir, "report", "--pdf", str(target), "--json",
                     home=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert result.stderr.strip() == f"Saved the report for your doctor to {target}."
    text = pdf_text(target)
    words = " ".join(text.split())
    for value in json_numbers(data):
        assert value in words, value
    assert data["period"]["first"] in text
    assert data["period"]["last"] in text
    # Bad places: a sentence and a non-zero exit, never a traceback.
    a_file = tmp_path / "file"
    a_file.write_text("")
    for bad, said in (
        (tmp_path, "is a folder"),
        (a_file / "report.pdf", "There is no folder"),
        (Path("/proc/report.pdf"), "could not be saved"),
    ):
        result = run_cli("--data-dir", data_dir, "report", "--pdf", str(bad), home=tmp_path)
        assert result.returncode != 0, bad
        assert said in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""
