"""Installing the interface language: Rapport's own catalogues and Qt's, kept alive while in use.

Each area of the app has its own catalogue (`resources/translations/<area>_ru.ts`, compiled to
`.qm`); `install(lang)` loads every `*_<lang>.qm` found there plus Qt's `qtbase_<lang>.qm`.
Works without a display (a QCoreApplication is enough), so the command line shares it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journal import paths

LANGUAGES = ("en", "ru")
SETTING = "ui/language"  # where the app's Settings keep the chosen language ("system", "en" or "ru")
_installed: list[QTranslator] = []  # a dropped QTranslator silently stops translating


def resolve(lang: str | None) -> str:
    """'en' or 'ru' for a setting of None/'system'/'en'/'ru'."""
    if lang in LANGUAGES:
        return lang
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def install(lang: str | None) -> str:
    """Replace the installed translators with those for `lang`; returns the language in force."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QCoreApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    chosen = resolve(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Russian if chosen == "ru" else QLocale.Language.English))
    if chosen == "en":
        return chosen
    folder = paths.resource("translations")
    catalogues = sorted(str(p) for p in folder.glob(f"*_{chosen}.qm"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in (f"{qt_folder}/qtbase_{chosen}.qm", str(folder / f"qtbase_{chosen}.qm"), *catalogues):
        translator = QTranslator()
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
    return chosen


def saved_language() -> str | None:
    """The language chosen in the app's Settings (None when never chosen), for the command line."""
    from PySide6.QtCore import QSettings

    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, paths.APP_NAME, paths.APP_NAME)
    value = store.value(SETTING)
    return str(value) if value in ("system", *LANGUAGES) else None


def installed_count() -> int:
    return len(_installed)
