"""The person's language, without Qt: our translations as catalogues in the package.

`tools/catalogue.py` writes `bedtime-coach_LANG.json` here from the `.ts` sources in
`translations/` (the one source of our strings; `make translations` runs it), and this
module plugs one into `coach.core.text`. The command line speaks the language this way
without loading Qt; the app does too, and adds only Qt's own translations, for its
standard buttons, with a QTranslator (coach/ui/translations.py).

The language comes from the environment the way gettext reads it: LC_ALL, LC_MESSAGES
or LANG name the locale, and LANGUAGE, where set, lists the languages to try in order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from coach.core.text import use_translator

FOLDER = Path(__file__).parent
ENGLISH = ("en", "C", "POSIX")  # the source language, which ends the search


def catalogue_path(language: str) -> Path:
    return FOLDER / f"bedtime-coach_{language}.json"


def locale_languages(environ: Mapping[str, str]) -> list[str]:
    """The languages the environment asks for, in order, such as ["es_ES.UTF-8"]: as
    gettext, LANGUAGE is ignored where the locale is C."""
    locale = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or "C"
    if locale.split(".")[0] in ("C", "POSIX"):
        return ["C"]
    listed = [name for name in environ.get("LANGUAGE", "").split(":") if name]
    return listed or [locale]


def language(names: Iterable[str]) -> str | None:
    """The language Bedtime Coach speaks for locale `names` ("es_ES.UTF-8", "es-Latn-MX"),
    such as "es"; None for English. English, the source, ends the search."""
    for name in names:
        parts = name.split(".")[0].split("@")[0].replace("-", "_").split("_")
        base = parts[0]
        if base in ENGLISH or not base:
            return None
        territory = parts[-1].upper() if len(parts) > 1 else ""
        code = f"{base}_{territory}" if len(territory) in (2, 3) else base
        for candidate in (code, base):
            if catalogue_path(candidate).is_file():
                return candidate
    return None


def use_language(chosen: str | None) -> str | None:
    """Speak `chosen` (None: English) from now on; the language spoken."""
    use_translator(None)
    if chosen is None:
        return None
    try:
        with catalogue_path(chosen).open(encoding="utf-8") as file:
            messages: dict[str, dict[str, str]] = json.load(file)
    except (OSError, ValueError):  # a broken install speaks English rather than nothing
        return None
    use_translator(lambda context, text: messages.get(context, {}).get(text) or text)
    return chosen


def speak_the_environments_language(environ: Mapping[str, str]) -> str | None:
    """Speak the language `environ` asks for; the language, None for English."""
    return use_language(language(locale_languages(environ)))
