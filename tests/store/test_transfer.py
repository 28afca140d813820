from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core.diary import Cramp
from coach.core.nights import CheckIn
from coach.core.runs import RunRecord
from coach.core.trial import Trial
from coach.store.history import History
from coach.store.transfer import TABLES, TransferError, export, import_

START = datetime(2026, 1, 1, tzinfo=UTC)


def fill(history: History, data: dict) -> None:
    for run in data["runs"]:
        history.record_run(run)
    for glass in data["glasses"]:
        history.add_glasses(glass, 1)
    for cramp in data["cramps"]:
        history.add_cramp(cramp)
    for night, kind, moment in data["events"]:
        history.record_reminder(night, kind, moment, moment + timedelta(minutes=10))
    for check_in, moment in data["check_ins"]:
        history.put_check_in(check_in, moment)
    for trial, moment in data["trials"]:
        history.add_trial(trial, moment)
    for moment in data["first_use"]:
        history.note_first_use(moment)
    with history.transaction() as db:
        for walked, minutes, pain, rests, metres, metres_to_pain in data["walks"]:
            db.execute(
                "INSERT INTO walks (walked_at, total_minutes, minutes_to_pain, rests_needed,"
                " distance_metres, metres_to_pain) VALUES (?, ?, ?, ?, ?, ?)",
                (walked.isoformat(), minutes, pain, rests, metres, metres_to_pain),
            )


instants = st.integers(0, 365 * 24 * 3600).map(lambda s: START + timedelta(seconds=s))
halves = st.integers(1, 400).map(lambda n: n / 2)
runs = st.builds(
    lambda start, total, done, completed, played, verdict: RunRecord(
        "evening", start, start + timedelta(minutes=8), min(done, total), total, completed,
        played, verdict,
    ),
    instants, st.integers(1, 9), st.integers(0, 9), st.booleans(),
    st.none() | st.lists(st.integers(0, 8), unique=True).map(lambda s: tuple(sorted(s))),
    st.none() | st.booleans(),
)  # fmt: skip
nights = st.dates(date(2026, 1, 1), date(2026, 12, 31))
check_ins = st.one_of(
    st.builds(CheckIn.no_cramps, nights, st.none() | st.integers(0, 10)),
    st.builds(CheckIn.excluded, nights, st.none() | st.integers(0, 10)),
    st.builds(CheckIn.with_cramps, nights, st.integers(1, 50), st.none() | st.integers(0, 10),
              st.none() | halves, st.none() | st.sampled_from(["left", "right", "both"]),
              st.none() | st.integers(0, 10)),
)  # fmt: skip
trials = st.builds(
    lambda start, seed, stop: Trial(start, seed, None if stop is None else start + stop),
    nights, st.integers(0, 2**63 - 1), st.none() | st.integers(1, 60).map(lambda d: timedelta(d)),
)  # fmt: skip
cramps = st.builds(
    Cramp,
    instants,
    st.sampled_from(["left", "right", "both"]),
    st.none() | st.integers(1, 10),  # None: how bad was not said
    st.none() | halves,
    st.text(max_size=30),
)
histories = st.fixed_dictionaries(
    {
        "runs": st.lists(runs, max_size=5),
        "glasses": st.lists(instants, max_size=10),
        "cramps": st.lists(cramps, max_size=5),
        "walks": st.lists(
            st.tuples(
                instants,
                halves,
                st.none() | halves,
                st.integers(0, 1),
                st.none() | st.integers(1, 20_000).map(float),
                st.none() | st.integers(0, 20_000).map(float),
            ),
            max_size=4,
        ),
        "events": st.lists(
            st.tuples(
                st.dates(date(2026, 1, 1), date(2026, 12, 31)),
                st.sampled_from(["shown", "snoozed", "skipped"]),
                instants,
            ),
            max_size=4,
        ),
        "check_ins": st.lists(
            st.tuples(check_ins, instants), max_size=5, unique_by=lambda c: c[0].night
        ),
        "trials": st.lists(st.tuples(trials, instants), max_size=2),
        "first_use": st.lists(instants, max_size=1),
    }
)


@settings(max_examples=40, deadline=None)
@given(histories)
def test_export_import_export_gives_the_same_files(data: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        first = History(root / "a" / "history.sqlite3")
        fill(first, data)
        export(first, root / "one")
        second = History(root / "b" / "history.sqlite3")
        result = import_(second, root / "one")
        total = sum(len(rows) for rows in data.values())
        assert (result.added, result.skipped) == (total, 0)
        export(second, root / "two")
        for table in TABLES:
            assert (root / "one" / f"{table}.csv").read_bytes() == (
                root / "two" / f"{table}.csv"
            ).read_bytes()
        again = import_(second, root / "one")  # everything is there already
        # The first use is no entry of the person's: counted only when it moves earlier.
        assert (again.added, again.skipped) == (0, total - len(data["first_use"]))
        first.close()
        second.close()


@pytest.fixture
def exported(tmp_path: Path) -> tuple[History, Path]:
    history = History(tmp_path / "data" / "history.sqlite3")
    history.add_glasses(START, 2)
    history.add_cramp(Cramp(START, "left", 6, 2.5, 'with "quotes", and a comma'))
    export(history, tmp_path / "out")
    yield history, tmp_path / "out"
    history.close()


def test_the_files_have_a_header_and_iso_times(exported: tuple[History, Path]) -> None:
    _, folder = exported
    assert (folder / "water_glasses.csv").read_bytes().decode() == (
        "id,drunk_at\r\n1,2026-01-01T00:00:00+00:00\r\n2,2026-01-01T00:00:00+00:00\r\n"
    )
    assert (folder / "cramps.csv").read_bytes().decode() == (
        "id,started_at,leg,severity,minutes,note\r\n"
        '1,2026-01-01T00:00:00+00:00,left,6,2.5,"with ""quotes"", and a comma"\r\n'
    )


@pytest.mark.parametrize(
    ("table", "content", "message"),
    [
        ("cramps", "id,started_at,leg\n", "line 1: the header must be id,started_at,leg,"),
        ("cramps", "id,started_at,leg,severity,minutes,note\n1,2026-01-01T00:00:00+00:00,"
                   "left,11,,\n", "line 2, column 4 (severity): '11' is not a whole number "
                                  "from 1 to 10."),
        ("water_glasses", "id,drunk_at\n7,2026-01-01 10:00\n",
         "line 2, column 2 (drunk_at): '2026-01-01 10:00' needs its UTC offset"),
        ("water_glasses", "id,drunk_at\n7,yesterday\n",
         "line 2, column 2 (drunk_at): 'yesterday' is not an ISO 8601 time"),
        ("water_glasses", "id,drunk_at\n7\n", "line 2: 1 columns where 2 belong."),
        ("routine_runs", "", "line 1: the header row is missing."),
    ],
)  # fmt: skip
def test_a_malformed_file_is_refused_and_nothing_changes(
    exported: tuple[History, Path], table: str, content: str, message: str
) -> None:
    _, folder = exported
    other = History(folder.parent / "other" / "history.sqlite3")
    other.add_glasses(START + timedelta(days=3))
    (folder / f"{table}.csv").write_text(content)
    with pytest.raises(TransferError) as caught:
        import_(other, folder)
    assert str(caught.value).startswith(f"{folder / (table + '.csv')}: ")
    assert message in str(caught.value)
    assert other.query("SELECT count(*) FROM water_glasses") == [(1,)]
    assert other.query("SELECT count(*) FROM cramps") == [(0,)]
    other.close()


def test_a_folder_without_exports_is_refused(tmp_path: Path) -> None:
    history = History(tmp_path / "history.sqlite3")
    with pytest.raises(TransferError, match="There is no folder"):
        import_(history, tmp_path / "empty")
    (tmp_path / "empty").mkdir()
    with pytest.raises(TransferError, match="no exported files here"):
        import_(history, tmp_path / "empty")
    history.close()


def test_rows_whose_ids_are_taken_are_kept_as_new_rows(
    exported: tuple[History, Path], tmp_path: Path
) -> None:
    _, folder = exported
    other = History(tmp_path / "other" / "history.sqlite3")
    other.add_glasses(START + timedelta(days=9))  # takes id 1
    result = import_(other, folder)
    assert (result.added, result.skipped) == (3, 0)
    assert other.query("SELECT count(*) FROM water_glasses") == [(3,)]
    other.close()
