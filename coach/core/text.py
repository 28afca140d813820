"""Text people read, in their language.

The core stays free of Qt, so the app plugs Qt's translator in here at start-up; until
then (and in the core's tests) text stays English. `pyside6-lupdate` extracts the literal
arguments of `translate("Context", "text")` and `QT_TRANSLATE_NOOP("Context", "text")`, so
both take literals only: values are filled in afterwards with `str.format`.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


_translator: Translator = _english


def translate(context: str, text: str) -> str:
    """`text` in the person's language, as the translations for `context` have it."""
    return _translator(context, text)


def use_translator(translator: Translator | None) -> None:
    """Translate with `translator` from now on; None goes back to English."""
    global _translator
    _translator = translator or _english


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation where it is defined; it is translated where it is shown."""
    return text
