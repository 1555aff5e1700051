"""Pemeriksaan Konten in the editor: live findings and the guidance checklist.

Findings that are the same on several platforms (personal data in the master
caption shows up once per platform following it) are listed once with all
their platforms.  Clicking a finding selects the text it is about; for personal
data the buttons below record or take back an exception.  The checklist point
"no personal data" cannot be confirmed while personal data without an
exception is open: it is unticked and greyed out until then.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.content_checks import (
    EXCEPTED,
    PERSONAL_CHECKLIST_ITEM,
    PERSONAL_CODES,
    Finding,
    Severity,
    blocked_checklist,
)
from ui.editor.findings import checklist_items, describe, severity_colour, severity_label
from ui.labels import platform_short

ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.SUGGESTION: 2}


@dataclass(frozen=True)
class ShownFinding:
    """A finding as listed: one line for the platforms where it is the same."""

    finding: Finding
    platforms: tuple[str, ...]


def group_findings(findings: list[Finding]) -> list[ShownFinding]:
    """Merge identical findings of several platforms; most severe first."""
    merged: dict[tuple, list[str]] = {}
    first: dict[tuple, Finding] = {}
    for finding in findings:
        key = (finding.code, finding.severity, repr(finding.params), finding.spans)
        first.setdefault(key, finding)
        merged.setdefault(key, []).append(finding.platform or "")
    shown = [ShownFinding(first[key], tuple(codes)) for key, codes in merged.items()]
    shown.sort(key=lambda s: ORDER[s.finding.severity])
    return shown


def dot_icon(colour: QColor) -> QIcon:
    """A small filled circle in `colour` (the severity of a finding in lists)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class ChecksPanel(QWidget):
    """The findings list and the checklist the officer ticks before submitting."""

    finding_activated = Signal(object)  # ShownFinding
    checklist_toggled = Signal(str, bool)
    checklist_blocked = Signal(str)  # a point unticked because it cannot be confirmed now
    exception_requested = Signal(object)  # Finding: an open personal-data error
    exception_removed = Signal(object)  # Finding: an excepted one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("checksSummary")
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setObjectName("findings")
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        self.list.currentRowChanged.connect(self._update_exception_buttons)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.except_button = QPushButton(self.tr("Record exception…"))
        self.except_button.setToolTip(
            self.tr("Publish this personal data anyway, with the reason (e.g. written consent)")
        )
        self.except_button.clicked.connect(
            lambda: self._emit_selected(self.exception_requested, PERSONAL_CODES)
        )
        self.unexcept_button = QPushButton(self.tr("Remove exception"))
        self.unexcept_button.clicked.connect(
            lambda: self._emit_selected(self.exception_removed, {EXCEPTED})
        )
        buttons.addWidget(self.except_button)
        buttons.addWidget(self.unexcept_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        box = QGroupBox(self.tr("Before submitting: government guidance"))
        box_layout = QVBoxLayout(box)
        self.boxes: dict[str, QCheckBox] = {}
        for code, text, source in checklist_items():
            check = QCheckBox(text)
            check.setToolTip(source)
            check.setObjectName(f"check_{code}")
            check.toggled.connect(lambda on, code=code: self.checklist_toggled.emit(code, on))
            box_layout.addWidget(check)
            self.boxes[code] = check
        self.checklist_state = QLabel()
        self.checklist_state.setObjectName("hint")
        self.checklist_state.setWordWrap(True)
        box_layout.addWidget(self.checklist_state)
        layout.addWidget(box)
        self.blocked: frozenset[str] = frozenset()
        self.findings: list[Finding] = []
        self.shown: list[ShownFinding] = []
        self.set_findings([], pending=True)
        self.update_checklist_state()

    # Findings --------------------------------------------------------------------------
    def set_findings(
        self, findings: list[Finding], *, pending: bool = False, blank: bool = False
    ) -> None:
        """List `findings` (grouped); `pending` while the first check runs; `blank` when
        the post has no caption and no photo yet (nothing found is then no all-clear)."""
        self.findings = list(findings)
        self.shown = group_findings(findings)
        self.list.clear()
        for shown in self.shown:
            finding = shown.finding
            platforms = ", ".join(platform_short(code) for code in shown.platforms if code)
            head = severity_label(finding.severity)  # citations concern the whole post
            head += f" · {platforms}" if platforms else ""
            text = f"{head}\n{describe(finding)}"
            item = QListWidgetItem(dot_icon(severity_colour(finding.severity)), text)
            item.setForeground(QBrush(QColor("#1c2b39")))
            item.setData(Qt.ItemDataRole.UserRole, self.list.count())
            if finding.spans:
                item.setToolTip(self.tr("Click to select it in the caption"))
            self.list.addItem(item)
        errors = sum(1 for s in self.shown if s.finding.severity is Severity.ERROR)
        warnings = sum(1 for s in self.shown if s.finding.severity is Severity.WARNING)
        if pending:
            self.summary.setText(self.tr("Checking…"))
        elif not self.shown and blank:
            self.summary.setText(self.tr("Nothing to check yet: write a caption or add photos."))
        elif not self.shown:
            self.summary.setText(self.tr("No problems found."))
        else:
            self.summary.setText(
                self.tr("%n error(s)", "", errors) + " · " + self.tr("%n warning(s)", "", warnings)
            )
        self._update_exception_buttons()
        self._block(blocked_checklist(findings))

    def selected_finding(self) -> Finding | None:
        row = self.list.currentRow()
        return self.shown[row].finding if 0 <= row < len(self.shown) else None

    def _emit_selected(self, signal: Signal, codes: set[str] | frozenset[str]) -> None:
        finding = self.selected_finding()
        if finding is not None and finding.code in codes:
            signal.emit(finding)

    def _update_exception_buttons(self, *_args: object) -> None:
        finding = self.selected_finding()
        code = finding.code if finding is not None else ""
        self.except_button.setEnabled(code in PERSONAL_CODES)
        self.unexcept_button.setEnabled(code == EXCEPTED)

    def _block(self, blocked: frozenset[str]) -> None:
        """Untick and grey out what cannot be confirmed while the findings stand."""
        self.blocked = blocked
        for code, box in self.boxes.items():
            if code in blocked and box.isChecked():
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
                self.checklist_blocked.emit(code)
            box.setEnabled(code not in blocked)
        self.update_checklist_state()

    def _activated(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is not None and 0 <= index < len(self.shown):
            self.finding_activated.emit(self.shown[index])

    # Checklist ----------------------------------------------------------------------------
    def ticked(self) -> tuple[str, ...]:
        return tuple(sorted(code for code, box in self.boxes.items() if box.isChecked()))

    def set_ticked(self, codes: tuple[str, ...]) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)
        self.update_checklist_state()

    def update_checklist_state(self) -> None:
        done = sum(1 for box in self.boxes.values() if box.isChecked())
        text = self.tr("{done} of {total} points confirmed").format(
            done=done, total=len(self.boxes)
        )
        if PERSONAL_CHECKLIST_ITEM in self.blocked:
            text += "\n" + self.tr(
                "“No personal data” can be confirmed once the personal data found is removed "
                "or has a recorded exception."
            )
        self.checklist_state.setText(text)
