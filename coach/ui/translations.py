"""The person's language in the app: our translations (from the package's catalogue,
coach/i18n) and Qt's own, for its standard buttons and dialogs, which ship with PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coach import i18n

_in_use: list[QTranslator] = []  # Qt does not own installed translators: keep them alive


def language(locale: QLocale) -> str | None:
    """The language Bedtime Coach speaks for `locale`, such as "es"; None for English.

    The person's languages are tried in their order; English, the source, ends the search.
    """
    return i18n.language(locale.uiLanguages())


def install_translations(
    app: QCoreApplication | None = None, locale: QLocale | None = None
) -> str | None:
    """Speak `locale`'s language (the system's) from now on; the language, None for English.

    With an application, Qt's own texts (the standard buttons) are translated too.
    """
    locale = locale or QLocale.system()
    QLocale.setDefault(locale)  # dates and day names follow the same language
    remove_translations()
    chosen = i18n.use_language(language(locale))
    if chosen is None:
        return None
    if app is not None:
        qt = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", folder) and app.installTranslator(qt):
            _in_use.append(qt)
    return chosen


def remove_translations() -> None:
    """Back to English."""
    i18n.use_language(None)
    app = QCoreApplication.instance()
    for translator in _in_use:
        if app is not None:
            app.removeTranslator(translator)
    _in_use.clear()
