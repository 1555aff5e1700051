"""The application's look: a calm palette with the department blue, readable at 1366×768."""

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
QFrame#previewCard {
    background: #ffffff;
    border: 1px solid #d5dde6;
    border-radius: 8px;
}
"""
