"""The app's icons: PNGs rendered from the SVGs (tools/make_icons.py), drawn without Qt's
SVG engine."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSize

from coach.ui.assets import ICON_SIZES, app_icon
from tests.conftest import ROOT
from tools.make_icons import NAMES, SIZES, png_path, render


@pytest.mark.parametrize("name", NAMES)
def test_the_pngs_are_the_svgs_rendered(name: str, qapp: object) -> None:
    """A changed SVG fails here until `python tools/make_icons.py` and `make resources`."""
    for size in SIZES:
        assert png_path(name, size).read_bytes() == render(
            png_path(name, size).parent / f"{name}.svg", size
        )


@pytest.mark.parametrize("due", [False, True])
def test_the_icon_has_every_size(due: bool) -> None:
    assert ICON_SIZES == SIZES
    icon = app_icon(due)
    assert icon.availableSizes() == [QSize(size, size) for size in SIZES]
    assert not icon.pixmap(22, 22).isNull()


def test_drawing_the_icons_loads_no_svg_library() -> None:
    code = (
        "from PySide6.QtGui import QGuiApplication\n"
        "from coach.ui.assets import app_icon\n"
        "app = QGuiApplication([])\n"
        "for due in (False, True): app_icon(due).pixmap(22, 22)\n"
        "print('Svg' in open('/proc/self/maps').read())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
