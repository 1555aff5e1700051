"""Bantuan → Panduan (F1): the shipped guide opens in the interface's language, complete."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.guide import GUIDE_DIR, GuideWindow, guide_page
from ui.i18n import install_translators
from ui.main_window import MainWindow


class References(HTMLParser):
    """The pictures, links, stylesheets and anchors of one guide page."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        self.anchors.update(found[key] for key in ("id", "name") if key in found)
        if tag == "img":
            self.images.append(found["src"])
        elif tag in ("a", "link") and "href" in found:
            self.links.append(found["href"])


def references(page: Path) -> References:
    parser = References()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def open_guide(window: MainWindow, qtbot: QtBot) -> GuideWindow:
    """Press F1 in the main window; return the guide window it opened."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    return guide


@pytest.fixture
def english(app: QApplication) -> Iterator[None]:
    """The interface in English for one test, Indonesian again afterwards."""
    install_translators(app, "en")
    yield
    install_translators(app, "id")


def test_help_menu_lists_the_guide_first_with_f1(window: MainWindow) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    first = menus["Bantuan"].actions()[0]
    assert first is window.commands.guide_action
    assert first.text().replace("&", "") == "Panduan"
    assert first.shortcut().toString() == "F1"


def test_f1_opens_the_indonesian_guide(window: MainWindow, qtbot: QtBot) -> None:
    guide = open_guide(window, qtbot)
    assert guide.browser.source() == QUrl.fromLocalFile(str(guide_page("id")))
    assert guide.browser.documentTitle() == "Panduan Sosmed Desktop"
    assert "Hari pertama" in guide.browser.toPlainText()
    assert guide.windowTitle() == "Panduan Sosmed Desktop"
    # A second F1 brings the same window forward instead of opening another.
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.findChildren(GuideWindow) == [guide]


def test_english_interface_opens_the_english_guide(
    english: None, window: MainWindow, qtbot: QtBot
) -> None:
    window.commands.guide_action.trigger()
    guide = window.findChild(GuideWindow)
    assert guide is not None
    assert guide.browser.source() == QUrl.fromLocalFile(str(guide_page("en")))
    assert guide.browser.documentTitle() == "Sosmed Desktop guide"


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_picture_and_link_is_a_shipped_file(
    app: QApplication, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    page = guide_page(language)
    found = references(page)
    assert found.images, "the guide shows the screens it explains"
    guide = GuideWindow(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), language)
    qtbot.addWidget(guide)
    for src in found.images:
        target = (page.parent / src).resolve()
        assert target.is_file() and target.is_relative_to(GUIDE_DIR), src
        # ... and the guide's browser loads it, as it resolves the name itself.
        data = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(src))
        assert not QImage.fromData(data).isNull(), src
    for href in found.links:
        assert ":" not in href, f"{href}: the guide links only to its own files"
        path, _, anchor = href.partition("#")
        target = (page.parent / path).resolve() if path else page
        assert target.is_file() and target.is_relative_to(GUIDE_DIR), href
        if anchor:
            assert anchor in references(target).anchors, href


def test_the_indonesian_guide_shows_every_shipped_picture() -> None:
    """No picture is shipped for nothing (the package carries each of them)."""
    shown = {Path(src).name for src in references(guide_page("id")).images}
    assert shown == {path.name for path in (GUIDE_DIR / "img").iterdir()}


def test_links_move_through_the_guide_and_back(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    guide = GuideWindow(settings, "id")
    qtbot.addWidget(guide)
    guide.show()
    assert not guide.back.isEnabled()
    guide.browser.setSource(QUrl("#paket"))
    assert guide.back.isEnabled()
    qtbot.mouseClick(guide.back, Qt.MouseButton.LeftButton)
    assert guide.browser.source().fragment() == ""
    assert guide.forward.isEnabled()


def test_the_browser_button_opens_the_page_shown(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    guide = GuideWindow(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), "en")
    qtbot.addWidget(guide)
    guide.browser.setSource(QUrl("#export"))
    qtbot.mouseClick(guide.in_browser, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(guide_page("en"))]
    assert opened[0].fragment() == "export"


def test_the_guide_remembers_its_size(app: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    first = GuideWindow(settings, "id")
    qtbot.addWidget(first)
    first.show()
    first.resize(820, 560)
    first.close()
    second = GuideWindow(settings, "id")
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (820, 560)
