"""The About dialog: what this is, which versions run, where the data lives."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from sosmed_desktop import __version__
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.config import Config
from sosmed_desktop.db.engine import sqlite_library_version

translate = QCoreApplication.translate


def about_text(config: Config, ctx: AppContext | None) -> str:
    """The rich text shown in the About box."""
    engine = "—"
    if ctx is not None:
        engine = "SQLite" if ctx.is_sqlite else "PostgreSQL"
    return translate(
        "About",
        "<h3>Sosmed Desktop {version}</h3>"
        "<p>The workbench of a regency department's social media officer: content "
        "calendar, media and image studio, leadership directions and data, reminders, "
        "approval and post packages. Works offline.</p>"
        "<p>Data folder: {data}<br>Database: {engine}<br>"
        "Qt {qt} · PySide6 {pyside} · SQLite {sqlite}</p>",
    ).format(
        version=__version__,
        data=config.data_dir,
        engine=engine,
        qt=qVersion(),
        pyside=pyside_version,
        sqlite=sqlite_library_version(),
    )


def show_about(parent: QWidget, config: Config, ctx: AppContext | None) -> None:
    """Open the About box."""
    QMessageBox.about(parent, translate("About", "About Sosmed Desktop"), about_text(config, ctx))
