"""The person's language: the app's translations (and Qt's own) for the system locale.

The app's `.qm` files are compiled into the resources (`:/i18n`) from the `.ts` sources in
`translations/`; Qt's own, for its standard buttons and dialogs, ship with PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFile, QLibraryInfo, QLocale, QTranslator

import coach.ui.resources_rc  # noqa: F401  (registers the resources with Qt)
from coach.core.text import use_translator

FOLDER = ":/i18n"
_in_use: list[QTranslator] = []  # Qt does not own installed translators: keep them alive


def language(locale: QLocale) -> str | None:
    """The language Bedtime Coach speaks for `locale`, such as "es"; None for English.

    The person's languages are tried in their order; English, the source, ends the search.
    """
    for name in locale.uiLanguages():
        code = QLocale(name).name()  # "es-Latn-ES" -> "es_ES"
        base = code.split("_")[0]
        if base in ("en", "C"):
            return None
        for candidate in (code, base):
            if QFile.exists(f"{FOLDER}/bedtime-coach_{candidate}.qm"):
                return candidate
    return None


def install_translations(
    app: QCoreApplication | None = None, locale: QLocale | None = None
) -> str | None:
    """Speak `locale`'s language (the system's) from now on; the language, None for English.

    Works without an application (the command line has none); with one, Qt's own texts
    (the standard buttons) are translated too.
    """
    locale = locale or QLocale.system()
    QLocale.setDefault(locale)  # dates and day names follow the same language
    remove_translations()
    chosen = language(locale)
    if chosen is None:
        return None
    ours = QTranslator()
    if not ours.load(f"{FOLDER}/bedtime-coach_{chosen}.qm"):
        return None
    _in_use.append(ours)
    use_translator(lambda context, text: ours.translate(context, text) or text)
    if app is not None:
        qt = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", folder) and app.installTranslator(qt):
            _in_use.append(qt)
    return chosen


def remove_translations() -> None:
    """Back to English."""
    use_translator(None)
    app = QCoreApplication.instance()
    for translator in _in_use:
        if app is not None:
            app.removeTranslator(translator)
    _in_use.clear()
