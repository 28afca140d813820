"""`report --pdf`, through real processes: with no app running and with the app running
(the numbers come from it through the socket; the PDF is made in the command's process,
offscreen). pdftotext reads the PDF back."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.system.conftest import Coach

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (package poppler-utils) is missing"
)


def pdf_words(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("running", [False, True], ids=["no-app", "app-running"])
def test_report_pdf_carries_the_json_numbers(coach: Coach, tmp_path: Path, running: bool) -> None:
    assert coach.run("water", "add", "3").returncode == 0
    if running:
        coach.start()
        assert coach.running()
    target = tmp_path / "for the doctor.pdf"
    made = coach.run("report", "--days", "90", "--pdf", str(target), "--json")
    assert made.returncode == 0, made.stderr
    data = json.loads(made.stdout)
    assert made.stderr == f"Saved the report for your doctor to {target}.\n"
    words = pdf_words(target)
    assert f"The {data['period']['days']} nights from {data['period']['first']}" in words
    summary = data["summary"]
    assert f"Recorded nights {summary['recorded']}" in words
    assert f"Nights not recorded (never counted as zero) {summary['not_recorded']}" in words
    assert data["comparisons"]["routine"]["sentence"] in words
    assert "not a diagnosis" in words
    refused = coach.run("report", "--pdf", str(tmp_path))
    assert refused.returncode == 2
    assert refused.stderr == f"{tmp_path} is a folder; give the name of a file to save in.\n"
