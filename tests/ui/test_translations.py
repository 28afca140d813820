"""The Spanish translation: complete, current, well-formed, and what the app shows."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QMenu,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from coach.core.text import translate
from coach.ui.desktop import DesktopApp
from coach.ui.translations import install_translations, language, remove_translations
from tests.conftest import ROOT

TS = ROOT / "translations" / "bedtime-coach_es.ts"
QM_NAME = "bedtime-coach_es.qm"  # compiled by the test only, to compare with Qt
BIN = Path(sys.executable).parent
SOURCES = sorted(
    str(path.relative_to(ROOT))
    for path in (ROOT / "coach").rglob("*.py")
    if path.name != "resources_rc.py"
)
SPANISH = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)


def messages(path: Path) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) for every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type"),
                )
            )
    return found


def test_every_source_string_has_a_finished_translation() -> None:
    found = messages(TS)
    assert len(found) > 300
    unfinished = [(context, source) for context, source, text, kind in found if kind or not text]
    assert unfinished == []


def test_the_translation_file_lists_exactly_the_strings_in_the_code(tmp_path: Path) -> None:
    # lupdate on a copy: a new string would come in unfinished, a removed one would
    # disappear; either way the copy would differ from the committed file.
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *SOURCES,
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert messages(copy) == messages(TS)


def marked_strings(path: Path) -> Iterator[tuple[str, str]]:
    """(context, text) of every translate() and QT_TRANSLATE_NOOP() with literal arguments,
    wherever it stands, inside f-strings too (which lupdate does not read)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("translate", "QT_TRANSLATE_NOOP")
            and len(node.args) == 2
            and all(isinstance(arg, ast.Constant) for arg in node.args)
        ):
            context, text = (arg.value for arg in node.args)  # type: ignore[attr-defined]
            yield context, text


def test_every_marked_string_in_the_code_reaches_the_translators() -> None:
    listed = {(context, source) for context, source, _, _ in messages(TS)}
    missed = [
        (path, context, text)
        for path in SOURCES
        for context, text in marked_strings(ROOT / path)
        if (context, text) not in listed
    ]
    assert missed == [], "lupdate cannot see these: take them out of f-strings"


def test_translations_keep_placeholders_accelerators_and_spacing() -> None:
    for context, source, text, _ in messages(TS):
        where = f"{context}: {source!r}"
        assert sorted(re.findall(r"{\w+}", text)) == sorted(re.findall(r"{\w+}", source)), where
        assert text.count("&") == source.count("&"), where
        assert text.count("\n") == source.count("\n"), where
        assert (text.startswith(" "), text.endswith(" ")) == (
            source.startswith(" "),
            source.endswith(" "),
        ), where


def test_the_catalogue_is_current_and_says_what_qt_would(
    qapp: QApplication, tmp_path: Path
) -> None:
    """coach/i18n's catalogue, which the command line and the app read without Qt's
    translator, is written from the .ts and gives what a .qm compiled from it gives."""
    from PySide6.QtCore import QTranslator

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import catalogue
    finally:
        sys.path.remove(str(ROOT / "tools"))
    written = catalogue.target(TS)
    assert written.read_text(encoding="utf-8") == catalogue.text(TS), "run `make translations`"
    from coach.i18n import use_language

    compiled = tmp_path / QM_NAME
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)], check=True
    )
    qt = QTranslator()
    assert qt.load(str(compiled))
    try:
        assert use_language("es") == "es"
        for context, source, _, _ in messages(TS):
            assert translate(context, source) == (qt.translate(context, source) or source)
    finally:
        use_language(None)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "es_MX"}, "es"),
        ({"LANG": "en_GB.UTF-8"}, None),
        ({"LANG": "fr_FR.UTF-8"}, None),
        ({"LANG": "C"}, None),
        ({}, None),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),
        ({"LANG": "es_ES.UTF-8", "LC_ALL": "C.UTF-8"}, None),
        ({"LANG": "es_ES.UTF-8", "LANGUAGE": "fr:es"}, "es"),
        ({"LANG": "es_ES.UTF-8", "LANGUAGE": "en_GB:es"}, None),
        ({"LANG": "C", "LANGUAGE": "es"}, None),  # as gettext: C ignores LANGUAGE
    ],
)
def test_the_command_line_finds_the_language_as_gettext_and_qt_do(
    environ: dict[str, str], expected: str | None
) -> None:
    from coach.i18n import language, locale_languages

    assert language(locale_languages(environ)) == expected


def test_the_routines_texts_are_listed_for_translation() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import routine_text
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert (ROOT / "coach" / "ui" / "routine_text.py").read_text(
        encoding="utf-8"
    ) == routine_text.module()


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        ("es_ES", "es"),
        ("es_MX", "es"),
        ("en_GB", None),
        ("fr_FR", None),
        ("C", None),
    ],
)
def test_the_language_follows_the_locale(languages: str, expected: str | None) -> None:
    from coach.i18n import language as language_of

    assert language(QLocale(languages)) == expected
    assert language_of([languages]) == expected  # the command line's way, without Qt


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert install_translations(qapp, SPANISH) == "es"
    yield
    remove_translations()
    QLocale.setDefault(QLocale.c())


def visible_texts(root: QWidget) -> set[str]:
    """Every text a person can see or hear from `root` and the widgets in it."""
    texts: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        texts |= {widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription()}
        texts.add(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QTabWidget):
            texts |= {widget.tabText(index) for index in range(widget.count())}
        if isinstance(widget, QComboBox):
            texts |= {widget.itemText(index) for index in range(widget.count())}
        if isinstance(widget, QSpinBox):
            texts |= {widget.suffix().strip(), widget.specialValueText()}
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                texts.add(header.text() if header else "")
        if isinstance(widget, QMenu):
            texts |= {action.text() for action in widget.actions()}
    return texts


def test_the_app_starts_in_spanish(spanish: None, make_app) -> None:
    desktop: DesktopApp = make_app()
    window = desktop.window
    tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    assert tabs == [
        "Esta noche",
        "Agua",
        "Diario",
        "Historial",
        "Compruébalo tú mismo",
        "Caminar",
        "Sobre los consejos",
    ]
    assert window.chooser.start_button.text() == "Empezar"
    assert desktop.tray is not None
    desktop.start({"command": "hidden"})
    assert desktop.tray.texts()[:3] == [
        "Empezar: rutina de la noche",
        "Alivio del calambre",
        "Añadir un vaso de agua (0 de 8 hoy)",
    ]
    window.start_routine("evening")
    shown = window.player.shown_text
    assert (shown["title"], shown["phase"]) == (
        "Estiramiento de pantorrilla en la pared, pierna izquierda",
        "Mantén",
    )
    assert shown["steps"] == "Paso 1 de 6"


def test_nothing_the_app_shows_is_left_in_english(spanish: None, make_app) -> None:
    desktop: DesktopApp = make_app()
    desktop.dialogs.open_settings()
    dialog = desktop.dialogs.settings_dialog
    assert dialog is not None
    shown = visible_texts(desktop.window) | visible_texts(dialog)
    assert desktop.tray is not None
    shown |= visible_texts(desktop.tray.menu)
    english = {source for _, source, text, _ in messages(TS) if text != source}
    assert shown & english == set()
    # Qt's own buttons speak Spanish too.
    assert "Cancelar" in shown
    dialog.reject()


def test_untranslated_text_stays_english_when_no_translation_is_loaded() -> None:
    remove_translations()
    assert translate("MainWindow", "Tonight") == "Tonight"


def test_the_command_line_speaks_the_systems_language(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "es_ES.UTF-8"}
    run = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(tmp_path / "data"), "water", "add"],
        env={**env, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (run.returncode, run.stdout) == (0, "1 de 8 vasos hoy.\n")
    refused = subprocess.run(
        [
            sys.executable,
            "-m",
            "coach",
            "--data-dir",
            str(tmp_path / "data"),
            "config",
            "set",
            "water.goal",
            "x",
        ],
        env={**env, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.stderr == "water.goal debe ser un número entero de 1 a 30 vasos; 'x' no lo es.\n"
    # argparse's own words too ("usage:", "invalid int value"), from the app's translation.
    not_a_number = subprocess.run(
        [sys.executable, "-m", "coach", "water", "add", "x"],
        env={**env, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert not_a_number.stderr == (
        "uso: bedtime-coach water add [-h] [N]\n"
        "bedtime-coach water add: error: argumento N: 'x' no es un número entero.\n"
    )
    helped = subprocess.run(
        [sys.executable, "-m", "coach", "--help"],
        env={**env, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert helped.stdout.startswith("uso: bedtime-coach")
    assert "órdenes:" in helped.stdout  # plain words, and the metavars in Spanish
    assert "posicionales" not in helped.stdout
    assert "[--data-dir CARPETA] [--hidden] ORDEN" in helped.stdout
    assert "muestra esta ayuda y sale" in helped.stdout
    assert "usage" not in helped.stdout
    assert "positional" not in helped.stdout


def test_argparse_speaks_through_the_apps_translation(capsys: pytest.CaptureFixture[str]) -> None:
    from coach.cli import parse_arguments
    from coach.core.text import use_translator
    from coach.ui.argparse_text import speak_the_apps_language

    use_translator(lambda context, text: f"<{text}>" if context == "argparse" else text)
    speak_the_apps_language()
    try:
        with pytest.raises(SystemExit):
            parse_arguments(["water", "add", "x"])
        with pytest.raises(SystemExit):
            parse_arguments(["config", "--help"])
    finally:
        use_translator(None)
    said = capsys.readouterr()
    assert said.err == (
        "<usage: >bedtime-coach water add [-h] [N]\n"
        "<bedtime-coach water add: error: <argument N: 'x' is not a whole number.>>\n"
    )
    assert "<positional arguments>:" in said.out
    assert "<show this help message and exit>" in said.out
