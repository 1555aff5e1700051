"""The application's look: a calm palette with the department blue, readable at 1366×768.

The style sheet writes dark text on light backgrounds in many places, so the
application is light whatever the system says: under Windows (or GNOME) dark
mode the platform palette would otherwise put that dark text on dark windows.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def light_palette() -> QPalette:
    """Fusion's light palette: the same on every platform, in dark mode too."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def use_light_scheme(app: QApplication) -> None:
    """Ask the platform for its light scheme (native dialogs, the Windows 11 style)
    and set the light palette explicitly (platforms that do not follow the request)."""
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    palette = light_palette()
    if app.palette() != palette:  # setting it again repolishes every widget alive
        app.setPalette(palette)


STYLE_SHEET = """
QListWidget#sidebar {
    background: #eef3f8;
    border: none;
    border-right: 1px solid #d5dde6;
    padding-top: 8px;
    font-size: 10.5pt;
    outline: 0;
}
QListWidget#sidebar::item {
    padding: 9px 10px;
    margin: 1px 6px;
    border-radius: 6px;
    color: #1c2b39;
}
QListWidget#sidebar::item:selected {
    background: #1f4e79;
    color: white;
}
QListWidget#sidebar::item:hover:!selected {
    background: #dde7f1;
}
QLabel#pageTitle {
    font-size: 15pt;
    font-weight: 600;
    color: #1c2b39;
    padding: 0 8px;
}
QLabel#pageSummary {
    color: #5b6b7f;
}
QLabel#emptyTitle {
    font-size: 13pt;
    font-weight: 600;
    color: #1c2b39;
}
QLabel#emptyText {
    color: #5b6b7f;
}
QFrame#emptyHint {
    background: #eef3f8;
    border: 1px solid #d5dde6;
    border-radius: 6px;
}
QLabel#welcomeTitle {
    font-size: 15pt;
    font-weight: 600;
    color: #1f4e79;
}
QTableView {
    gridline-color: #e4e9ef;
}
QPushButton#summaryCard {
    background: #f6f8fb;
    border: 1px solid #d5dde6;
    border-radius: 8px;
    text-align: left;
}
QPushButton#summaryCard:hover {
    background: #eef3f8;
}
QPushButton#summaryCard:checked {
    background: #e3edf7;
    border: 2px solid #1f4e79;
}
QLabel#summaryNumber {
    font-size: 17pt;
    font-weight: 600;
    color: #1c2b39;
}
QLabel#summaryNumber[alert="danger"] {
    color: #c0392b;
}
QLabel#summaryNumber[alert="warning"] {
    color: #b35c00;
}
QLabel#summaryCaption {
    color: #5b6b7f;
}
QLabel#panelTitle {
    font-size: 12pt;
    font-weight: 600;
    color: #1c2b39;
}
QLabel#panelFigure {
    font-size: 16pt;
    font-weight: 600;
    color: #1f4e79;
}
QLabel#panelMuted {
    color: #5b6b7f;
}
QLabel#statusBadge {
    border-radius: 4px;
    padding: 2px 8px;
    color: white;
    font-weight: 600;
}
QLabel#staleBanner, QLabel#errorBanner {
    border-radius: 4px;
    padding: 6px 8px;
}
QLabel#staleBanner {
    background: #fff4e0;
    color: #7a4100;
    border: 1px solid #f0c98a;
}
QLabel#errorBanner {
    background: #fdecea;
    color: #8a1f14;
    border: 1px solid #f1b0a8;
}
QLabel#gpsWarning {
    background: #fdecea;
    color: #8a1c12;
    border: 1px solid #e5a29a;
    border-radius: 6px;
    padding: 8px;
    font-weight: 600;
}
QLabel#mediaPreview, QLabel#studioPreview, QLabel#logoPreview {
    background: #eef3f8;
    border: 1px solid #d5dde6;
    border-radius: 6px;
    color: #5b6b7f;
}
QListView#mediaGrid {
    background: #fbfcfd;
}
QToolButton#notificationBell[unread="true"] {
    color: white;
    background: #c0392b;
    border-radius: 9px;
    padding: 1px 6px 1px 2px;
    font-weight: 600;
}
QFrame#notificationCard {
    background: white;
    border: 1px solid #d5dde6;
    border-radius: 8px;
}
QFrame#notificationCard[unread="true"] {
    border-left: 4px solid #1f4e79;
}
QLabel#notificationTitle {
    font-weight: 600;
    color: #1c2b39;
}
QLabel#notificationTime {
    color: #5b6b7f;
}
QLabel#missedTag {
    color: white;
    background: #c0392b;
    border-radius: 6px;
    padding: 1px 6px;
}
QLabel#missedBanner {
    background: #fdf2d0;
    border: 1px solid #e5c35c;
    border-radius: 6px;
    padding: 8px;
}
QLabel#hint {
    color: #5b6b7f;
}
QLabel#sectionTitle, QLabel#boardColumnTitle {
    font-weight: 600;
    color: #1c2b39;
}
QLabel#zoneLabel {
    color: #1f4e79;
    font-weight: 600;
}
QFrame#boardColumn {
    background: #eef3f8;
    border-radius: 6px;
}
QFrame#boardColumn QListView {
    background: transparent;
    border: none;
}
QFrame#boardColumn QScrollBar:vertical {
    background: transparent;
    width: 10px;
    margin: 0;
}
QFrame#boardColumn QScrollBar::handle:vertical {
    background: #b8c4d1;
    border-radius: 4px;
    min-height: 28px;
    margin: 0 2px;
}
QFrame#boardColumn QScrollBar::handle:vertical:hover {
    background: #8a9bb0;
}
QFrame#boardColumn QScrollBar::add-line:vertical, QFrame#boardColumn QScrollBar::sub-line:vertical {
    height: 0;
}
QFrame#boardColumn QScrollBar::add-page:vertical, QFrame#boardColumn QScrollBar::sub-page:vertical {
    background: none;
}
QFrame#previewCard {
    background: #ffffff;
    border: 1px solid #d5dde6;
    border-radius: 8px;
}
"""
