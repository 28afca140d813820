import stat
from pathlib import Path

from coach.store.paths import Paths


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_platform_folders_are_named_for_the_app_and_not_in_the_real_home() -> None:
    paths = Paths.for_platform()
    for folder in (paths.config_dir, paths.data_dir, paths.cache_dir):
        assert folder.name == "bedtime-coach"
        assert "bedtime-coach-tests-home-" in str(folder)
    assert paths.settings_file.name == "settings.json"
    assert paths.history_file.name == "history.sqlite3"


def test_one_data_folder_holds_everything(tmp_path: Path) -> None:
    paths = Paths.in_folder(tmp_path / "coach")
    assert paths.settings_file == tmp_path / "coach" / "settings.json"
    assert paths.history_file == tmp_path / "coach" / "history.sqlite3"
    assert paths.cache_dir == tmp_path / "coach" / "cache"


def test_created_folders_are_owner_only(tmp_path: Path) -> None:
    paths = Paths.in_folder(tmp_path / "a" / "b")
    paths.create()
    for folder in (tmp_path / "a", tmp_path / "a" / "b", paths.cache_dir):
        assert mode(folder) == 0o700


def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    Paths.in_folder(tmp_path).create()
    assert mode(tmp_path) == 0o755
