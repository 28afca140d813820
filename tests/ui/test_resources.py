"""The compiled resources match assets/: a stale coach/ui/resources_rc.py fails here."""

import xml.etree.ElementTree as ET

import pytest

from coach.ui.assets import read_resource, shipped_routines
from tests.conftest import ROOT


def qrc_entries() -> list[tuple[str, str]]:
    tree = ET.parse(ROOT / "resources.qrc")
    entries = []
    for resource in tree.getroot().iter("qresource"):
        prefix = resource.get("prefix", "/").rstrip("/")
        for file in resource.iter("file"):
            assert file.text is not None
            alias = file.get("alias", file.text)
            entries.append((f":{prefix}/{alias}", file.text))
    return entries


@pytest.mark.parametrize(("resource", "source"), qrc_entries())
def test_every_listed_file_is_compiled_byte_for_byte(resource: str, source: str) -> None:
    assert read_resource(resource) == (ROOT / source).read_bytes()


def test_every_asset_is_listed() -> None:
    listed = {source for _, source in qrc_entries()}
    shipped = {
        str(path.relative_to(ROOT)) for path in (ROOT / "assets").rglob("*") if path.is_file()
    }
    assert shipped == listed


def test_the_shipped_routines_load_from_resources_in_order() -> None:
    assert list(shipped_routines()) == ["evening", "trial", "cramp-relief"]


def test_a_missing_resource_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        read_resource(":/routines/nope.toml")
