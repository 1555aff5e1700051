"""The user guide (Bantuan → Panduan, F1): shipped HTML pages shown inside the application.

The guide is a folder of plain HTML files under ``resources/guide/`` (one
``index.html`` per interface language, shared screenshots and stylesheet), so
the frozen build carries it with the other resources and it needs no network.
It opens in a QTextBrowser window rather than the system browser: an office PC
may have no browser set up for local files (or one that opens a first-run page
or a policy warning first), and inside the application the guide opens at once,
beside the window it explains, in the language the interface speaks.  The same
files open in any browser too ("Buka di peramban"), e.g. to print them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.bundle import resource
from ui.i18n import interface_language

GUIDE_DIR = resource("guide")
GEOMETRY_KEY = "guide/geometry"


def guide_page(language: str) -> Path:
    """The guide's first page in `language` ("id" or "en"); Indonesian for any other."""
    folder = "en" if language == "en" else "id"
    return GUIDE_DIR / folder / "index.html"


class GuideWindow(QDialog):
    """The guide in a browser with back, forward and contents; its size is remembered."""

    def __init__(self, settings: QSettings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.page = guide_page(language)
        self.setWindowTitle(self.tr("Sosmed Desktop guide"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Guide text"))
        # Links stay inside the shipped pages: the guide has no outside address, and a
        # link that leaves the folder would be opened by the browser widget as text.
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)

        self.back = self._button(
            self.tr("Back"), self.browser.backward, QKeySequence.StandardKey.Back
        )
        self.forward = self._button(
            self.tr("Forward"), self.browser.forward, QKeySequence.StandardKey.Forward
        )
        self.home = self._button(self.tr("Contents"), self.browser.home)
        self.in_browser = self._button(self.tr("Open in browser"), self.open_in_browser)
        self.in_browser.setToolTip(
            self.tr("Open the guide in the system's browser, e.g. to print it")
        )
        close = self._button(self.tr("Close"), self.close)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)

        buttons = QHBoxLayout()
        for button in (self.back, self.forward, self.home):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.in_browser)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)

        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1000, 700)
        self.browser.setSource(QUrl.fromLocalFile(str(self.page)))

    def _button(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | None = None,
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        return button

    def open_in_browser(self) -> None:
        """The page shown, in the system's browser (the same file, links and pictures)."""
        # An anchor set directly (not through a clicked link) stays relative in the history.
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.page)).resolved(self.browser.source()))

    def done(self, result: int) -> None:
        """Remember the size and place for the next time the guide opens."""
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)


def show_guide(parent: QWidget, settings: QSettings) -> GuideWindow:
    """Open the guide in the interface's language beside `parent`, or bring it forward."""
    window = parent.findChild(GuideWindow)
    if window is None:
        window = GuideWindow(settings, interface_language(), parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
