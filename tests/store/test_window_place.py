from pathlib import Path

import pytest

from coach.store.window_place import FILE_NAME, WindowPlace, keep_place, read_place


def test_a_place_kept_is_read_back(tmp_path: Path) -> None:
    assert read_place(tmp_path) is None
    keep_place(tmp_path, WindowPlace(10, 20, 800, 500, maximized=True, ratio=1.5))
    assert read_place(tmp_path) == WindowPlace(10, 20, 800, 500, maximized=True, ratio=1.5)
    assert (tmp_path / FILE_NAME).stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"x": 1, "y": 2, "width": 3}',
        '{"x": 1, "y": 2, "width": 0, "height": 4}',
        '{"x": "1", "y": 2, "width": 3, "height": 4}',
        '{"x": 1, "y": 2, "width": 3, "height": 4e9}',
        '{"x": true, "y": 2, "width": 3, "height": 4}',
        '{"x": 1, "y": 2, "width": 3, "height": 4, "maximized": "yes"}',
        '{"x": 1, "y": 2, "width": 3, "height": 4, "ratio": 0}',
        '{"x": 1, "y": 2, "width": 3, "height": 4, "ratio": "2"}',
    ],
)
def test_a_place_that_does_not_read_is_no_place(tmp_path: Path, text: str) -> None:
    (tmp_path / FILE_NAME).write_text(text)
    assert read_place(tmp_path) is None
