"""Bantuan → Periksa pembaruan: the version file IT keeps, read when the officer asks.

The reading and comparing is `sosmed_desktop.services.updates`; this module asks
and tells.  Nothing is installed by itself: when a newer version is there, the
officer chooses to open its installer, and Sosmed Desktop then closes (with its
backup at exit) so that the installer can replace it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from sosmed_desktop.config import Config
from sosmed_desktop.services import updates
from ui.operations import Operations

translate = QCoreApplication.translate


class UpdateCheck:
    """One check: read the version file in the background, then say what was found.

    `open_settings` shows the Settings (where the place is set); `quit_app`
    closes the application after the installer was opened.
    """

    def __init__(
        self,
        ops: Operations,
        parent: QWidget,
        config: Config,
        open_settings: Callable[[], None],
        quit_app: Callable[[], None],
    ) -> None:
        self.ops = ops
        self.parent = parent
        self.config = config
        self.open_settings = open_settings
        self.quit_app = quit_app

    def start(self) -> None:
        """Check the configured place, or explain how to set one."""
        source = str(self.config.get("update_source")).strip()
        if not source:
            self._no_source()
            return
        self.ops.background(self.parent, lambda: updates.check(source), self._found)

    def _no_source(self) -> None:
        box = self._box(
            QMessageBox.Icon.Information,
            translate(
                "Updates",
                "No place to look for updates is set. Your IT department can enter the shared "
                "folder or web address where it keeps new versions under Settings → Data & "
                "database → Updates.",
            ),
        )
        settings = box.addButton(
            translate("Updates", "Open Settings"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is settings:
            self.open_settings()

    def _found(self, info: updates.UpdateInfo) -> None:
        if not info.newer:
            self._box(
                QMessageBox.Icon.Information,
                translate(
                    "Updates", "You have the newest version ({current}). Checked: {source}"
                ).format(current=info.current, source=info.source),
            ).exec()
            return
        box = self._box(
            QMessageBox.Icon.Question,
            translate(
                "Updates",
                "Version {latest} is available (this is {current}).\n\n{notes}\n\n"
                "Sosmed Desktop closes when the installer opens; your data stays as it is.",
            ).format(latest=info.latest, current=info.current, notes=info.notes.strip()),
        )
        install = box.addButton(
            translate("Updates", "Open the installer"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("Updates", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is install:
            self.ops.background(
                self.parent, lambda: updates.installer_to_open(info), self._open_installer
            )

    def _open_installer(self, target: str) -> None:
        url = QUrl(target) if updates.is_web(target) else QUrl.fromLocalFile(target)
        if QDesktopServices.openUrl(url):
            self.quit_app()
            return
        self._box(
            QMessageBox.Icon.Warning,
            translate("Updates", "The installer could not be opened: {target}").format(
                target=target
            ),
        ).exec()

    def _box(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        """A message box showing `text` literally (it holds notes and paths from the share)."""
        box = QMessageBox(self.parent)
        box.setIcon(icon)
        box.setWindowTitle(translate("Updates", "Check for updates"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        return box
