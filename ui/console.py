"""The headless commands in the data folder's language, with the window's words.

``main.py`` calls `speak_folder_language` before a sub-command runs: it loads the
same translators the window would (Bahasa Indonesia unless the folder's settings
say English) into a bare ``QCoreApplication`` and installs `ConsoleWords` into the
core's `sosmed_desktop.wording`, so ``seed-demo`` on a used folder answers
"Data contoh hanya dapat dimuat ke kalender yang masih kosong …" exactly as the
window would.  Argparse's ``--help`` stays English: it is read before a folder
is known and documents the commands for administrators and scripts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sosmed_desktop import wording
from sosmed_desktop.config import Config, resolve_data_dir
from sosmed_desktop.errors import DomainError
from ui.directions.labels import problem_text
from ui.errors import describe
from ui.i18n import install_translators, number_text

if TYPE_CHECKING:  # the check's module brings the database layer: only for its type
    from sosmed_desktop.domain.notes import Problem
    from sosmed_desktop.services.check import Finding

translate = QCoreApplication.translate
_application: list[QCoreApplication] = []


class ConsoleWords:
    """`wording.Words` through Qt's translators and the ui's wording of codes."""

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate(context, source, disambiguation or None, n)

    def error(self, exc: DomainError) -> str:
        return describe(exc)

    def finding(self, finding: Finding) -> str:
        return finding_text(finding)

    def problem(self, problem: Problem) -> str:
        return problem_text(problem)

    def number(self, value: int) -> str:
        return number_text(value)


def folder_language(data_dir: str | None) -> str:
    """The language the data folder's settings choose; Indonesian where they cannot be read.

    A folder that cannot be used is refused by the command itself, in Indonesian.
    """
    try:
        return str(Config.load(resolve_data_dir(data_dir)).get("language"))
    except DomainError:
        return "id"


def speak_folder_language(data_dir: str | None) -> str:
    """Make the command line speak the folder's language; that language ("id" or "en")."""
    language = folder_language(data_dir)
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
        _application.append(app)  # kept for the command's lifetime
    install_translators(app, language)
    wording.install(ConsoleWords())
    return language


def finding_text(finding: Finding) -> str:
    """One line of the check's report in the interface language (the English detail else)."""
    p = finding.params
    if finding.code == "media" and "checked" in p:
        checked = int(p["checked"])  # type: ignore[call-overload]
        return translate(
            "Cli", "%n media file(s) checked, {bad} with problems", "", checked
        ).format(bad=p["bad"])
    build = _FINDINGS.get(_finding_key(finding))
    if build is None:
        return finding.detail
    try:
        return build().format(**p)
    except (KeyError, IndexError):
        return finding.detail


def _finding_key(finding: Finding) -> str:
    """The wording's key: the code, with the variant its parameters tell."""
    p = finding.params
    if finding.code == "schema_objects":
        return "schema_objects:" + ("warning" if finding.warning else str(finding.ok))
    if finding.code == "schema":
        return f"schema:{finding.ok}"
    if finding.code in ("media_missing", "media_changed"):
        place = "cache" if p.get("cache") else "team" if p.get("team") else "folder"
        return f"{finding.code}:{place}"
    return finding.code


_FINDINGS = {
    "schema:True": lambda: translate("Cli", "schema {current} is current"),
    "schema:False": lambda: translate(
        "Cli",
        "schema {current}, this version expects {head}: the database is upgraded (after a "
        "backup) the next time the application starts",
    ),
    "integrity": lambda: translate("Cli", "integrity_check: {result}"),
    "schema_objects:warning": lambda: translate("Cli", "schema objects not compared: {reason}"),
    "schema_objects:True": lambda: translate(
        "Cli", "tables, indexes, triggers and views as created"
    ),
    "schema_objects:False": lambda: translate(
        "Cli",
        "the database holds objects the migrations of revision {revision} do not create (they "
        "may run code at the next write): {objects}; restore a backup from before they appeared",
    ),
    "media_orphan": lambda: translate("Cli", "file without a library entry: {path}"),
    "thumb_orphan": lambda: translate("Cli", "thumbnail without a source: {path}"),
    "temp_leftover": lambda: translate("Cli", "unfinished temporary file: {path}"),
    "media_missing:folder": lambda: translate(
        "Cli",
        "media #{id} {name}: missing ({path}); import the same file again to put it back (it is "
        "recognised by its content), or copy it back from a copy of the data folder; database "
        "backups do not hold photos",
    ),
    "media_missing:team": lambda: translate(
        "Cli",
        "media #{id} {name}: missing from the team database; import the same file again on any "
        "PC to store it again",
    ),
    "media_changed:folder": lambda: translate(
        "Cli", "media #{id} {name}: altered ({path}); move it away and import the original again"
    ),
    "media_changed:team": lambda: translate(
        "Cli",
        "media #{id} {name}: altered in the team database; import the same file again on any "
        "PC to store it again",
    ),
    "media_changed:cache": lambda: translate(
        "Cli",
        "media #{id} {name}: altered copy in this PC's cache ({path}); delete that file: it is "
        "fetched again from the team database",
    ),
}
