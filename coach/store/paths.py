"""The one seam for paths: platform folders, or one folder chosen with --data-dir."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import platformdirs

APP_NAME = "bedtime-coach"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


class Paths(NamedTuple):
    """The three folders. A named tuple, not a dataclass: the command line's every start
    reads it, and a dataclass costs that start `dataclasses` and `inspect` (issue 17)."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path

    @classmethod
    def for_platform(cls) -> Paths:
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def in_folder(cls, folder: Path) -> Paths:
        """Everything in one folder, as `--data-dir` asks; the cache in a subfolder."""
        folder = folder.expanduser().absolute()
        return cls(config_dir=folder, data_dir=folder, cache_dir=folder / "cache")

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    def create(self) -> None:
        """Create the folders that are missing, readable by their owner only."""
        for folder in (self.config_dir, self.data_dir, self.cache_dir):
            make_private_folder(folder)


def make_private_folder(folder: Path) -> None:
    """Create `folder` and missing parents as 0700; an existing folder is left as it is."""
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    for path in reversed(missing):
        path.mkdir(mode=FOLDER_MODE, exist_ok=True)
        os.chmod(path, FOLDER_MODE)  # mkdir's mode is filtered by the umask
