import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach.core.settings import Settings
from coach.store import settings_file
from coach.store.settings_file import load_settings, save_settings

NOW = datetime(2026, 11, 25, 21, 30, 5, tzinfo=UTC)


def test_a_missing_file_gives_defaults_quietly(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "settings.json", NOW)
    assert loaded.settings == Settings()
    assert loaded.notice is None


def test_saved_settings_load_back_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    changed = Settings().with_text("reminder.time", "21:15").with_text("routine.rounds", "2")
    save_settings(path, changed)
    assert load_settings(path, NOW) == settings_file.Loaded(changed)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["version"] == 1
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temporary left


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"version": 1, "water": {"goal": 8}', "It is not valid JSON"),
        (b"\xff\xfe\x00garbage", "It is not valid JSON"),
        (b'{"version": 1, "water": {"goal": 99}}', "water.goal must be a whole number from 1"),
        (b"[]", "The settings must be a JSON object."),
    ],
)
def test_a_broken_file_is_moved_aside_and_reported(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = load_settings(path, NOW)
    kept = tmp_path / "settings.json.corrupt-20261125T213005Z"
    assert loaded.settings == Settings()
    assert not path.exists()
    assert kept.read_bytes() == content  # nothing the person wrote is lost
    assert loaded.notice is not None
    assert reason in loaded.notice
    assert str(kept) in loaded.notice


def test_a_second_broken_file_in_the_same_second_does_not_replace_the_first(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    path.write_text("first")
    load_settings(path, NOW)
    path.write_text("second")
    load_settings(path, NOW)
    assert (tmp_path / "settings.json.corrupt-20261125T213005Z").read_text() == "first"
    assert (tmp_path / "settings.json.corrupt-20261125T213005Z-2").read_text() == "second"


def test_a_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b" " * (settings_file.MAX_BYTES + 10))
    loaded = load_settings(path, NOW)
    assert loaded.notice is not None
    assert "larger than" in loaded.notice


def test_a_failed_save_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings())
    before = path.read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        save_settings(path, Settings(water_goal=6))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_found_an_unreadable_settings_file_was_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mode 000 (root reads anything, so the refusal is made here as the system makes it
    for anyone else): defaults, a sentence, and the file never written over."""
    import errno

    from coach.store import settings_file

    path = tmp_path / "settings.json"
    path.write_text('{"version": 1, "water": {"goal": 5}}')

    def refused(where: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(where))

    monkeypatch.setattr(settings_file, "_read", refused)
    loaded = settings_file.load_settings(path, datetime(2026, 11, 30, tzinfo=UTC))
    assert loaded.unreadable
    assert loaded.settings == Settings()
    assert loaded.notice is not None
    assert loaded.notice.startswith("Your settings file could not be read (")
