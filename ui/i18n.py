"""Loading the interface language and formatting dates the officer's way.

The source strings are English; ``resources/translations/sosmed_id.qm`` holds
the Indonesian text, which is the default, and ``sosmed_en.qm`` the English
singular and plural of every count ("1 post", "20 posts" for "%n post(s)").
Qt's own texts (standard buttons, file dialogs, context menus) come from
``qt_extra_id.qm``, since Qt ships no Indonesian catalogue; Qt's catalogue is
used as well wherever one is installed.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from sosmed_desktop.bundle import resource

TRANSLATIONS_DIR = resource("translations")
_installed: list[QTranslator] = []


def locale_for(language: str) -> QLocale:
    """The QLocale used for dates and numbers in `language`."""
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def interface_language() -> str:
    """The language the interface speaks now ("id" or "en"), as `install_translators` set it.

    The setting may name another one already: a change applies after a restart.
    """
    return "en" if QLocale().language() == QLocale.Language.English else "id"


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install the translators for `language`; return False if our catalogue is missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    ours = QTranslator(app)
    loaded = ours.load(str(TRANSLATIONS_DIR / f"sosmed_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":  # the source language: its catalogue holds only plural forms
        return loaded
    extra = QTranslator(app)
    if extra.load(str(TRANSLATIONS_DIR / f"qt_extra_{language}.qm")):
        app.installTranslator(extra)
        _installed.append(extra)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return loaded


def long_date(value: date | datetime) -> str:
    """A date as the officer reads it, e.g. "Senin, 27 Juni 2022"."""
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, "dddd, d MMMM yyyy")


def day_date(value: date | datetime) -> str:
    """A date without its weekday, e.g. "3 Januari 2027" (a report's "diunduh …")."""
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, "d MMMM yyyy")


def short_date(value: date | datetime) -> str:
    """A compact date, e.g. "Sen, 27 Jun"."""
    qdate = QDate(value.year, value.month, value.day)
    return QLocale().toString(qdate, "ddd, d MMM")


def month_title(year: int, month: int) -> str:
    """A month heading, e.g. "Juni 2022"."""
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")


def time_text(value: datetime) -> str:
    """Wall-clock time of an aware datetime already in the officer's zone, e.g. "09.30"."""
    # QTime from its numbers: converting a Python time (or datetime) costs ~0.1 ms,
    # and a month's chips format hundreds of times.
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def number_text(value: int) -> str:
    """A whole number with the locale's digit grouping ("1.245" in Indonesian)."""
    return QLocale().toString(value)


def decimal_text(value: float, digits: int = 1) -> str:
    """A number with `digits` decimals in the locale's way ("2,9" in Indonesian)."""
    return QLocale().toString(float(value), "f", digits)


def date_time_format() -> str:
    """How a date-time field shows its value, e.g. "Sabtu, 28/11/26  16.00"."""
    locale = QLocale()
    return (
        f"dddd, {locale.dateFormat(QLocale.FormatType.ShortFormat)}  "
        f"{locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    )
