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
QLabel#welcomeTitle {
    font-size: 15pt;
    font-weight: 600;
    color: #1f4e79;
}
QTableView {
    gridline-color: #e4e9ef;
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
