"""The library's side panel: what is known about one item, what the officer can edit.

Shows size, dimensions, duration, date taken, camera and — prominently — a
warning when a photo carries a GPS position (the place of a home visit or a
patient's village must not leak); renders from the studio never carry it.
Lists where the item is used, which is also what the trash warning is about.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.imaging.video import has_pyav
from sosmed_desktop.services.media.library import MediaDetail
from ui.i18n import long_date, time_text
from ui.plain_text import plain_label

PREVIEW = 236


class MediaSidePanel(QScrollArea):
    """Details and editing of the selected item."""

    save_requested = Signal(int, str, str, list, bool)
    studio_requested = Signal(int)
    trash_requested = Signal(list)
    restore_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(300)
        self.setAccessibleName(self.tr("Details"))
        self.detail: MediaDetail | None = None
        self.tz = ZoneInfo("Asia/Jakarta")
        body = QWidget()
        layout = QVBoxLayout(body)
        self.preview = QLabel()
        self.preview.setObjectName("mediaPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(PREVIEW)
        layout.addWidget(self.preview)
        self.gps_warning = QLabel()
        self.gps_warning.setObjectName("gpsWarning")
        self.gps_warning.setWordWrap(True)
        self.gps_warning.hide()
        layout.addWidget(self.gps_warning)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        form.addRow(self.tr("Title"), self.title)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(64)
        form.addRow(self.tr("Description"), self.description)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. posyandu, stunting"))
        form.addRow(self.tr("Tags"), self.tags)
        self.favourite = QCheckBox(self.tr("Favourite"))
        form.addRow("", self.favourite)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save details"))
        self.save_button.clicked.connect(self._save)
        layout.addWidget(self.save_button)

        facts = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for key, label in (
            ("file", self.tr("File")),
            ("size", self.tr("Size")),
            ("dimensions", self.tr("Dimensions")),
            ("duration", self.tr("Duration")),
            ("taken", self.tr("Taken")),
            ("camera", self.tr("Camera")),
            ("imported", self.tr("Imported")),
            ("used", self.tr("Used in")),
        ):
            value = plain_label()  # file names, camera models and post titles
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = value
            facts.addRow(label, value)
        layout.addLayout(facts)

        buttons = QHBoxLayout()
        self.studio_button = QPushButton(self.tr("Open in studio"))
        self.studio_button.clicked.connect(self._studio)
        self.trash_button = QPushButton()
        self.trash_button.clicked.connect(self._trash_or_restore)
        buttons.addWidget(self.studio_button)
        buttons.addWidget(self.trash_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_detail(None)

    def show_detail(self, detail: MediaDetail | None) -> None:
        """Fill the panel with `detail` (None: nothing selected)."""
        self.detail = detail
        enabled = detail is not None
        for widget in (
            self.title,
            self.description,
            self.tags,
            self.favourite,
            self.save_button,
            self.trash_button,
        ):
            widget.setEnabled(enabled)
        if detail is None:
            self.preview.setText(self.tr("Select a photo or video to see its details."))
            self.preview.setWordWrap(True)
            self.gps_warning.hide()
            self.title.clear()
            self.description.clear()
            self.tags.clear()
            self.favourite.setChecked(False)
            for label in self.facts.values():
                label.clear()
            self.studio_button.setEnabled(False)
            self.trash_button.setText(self.tr("Move to trash"))
            return
        pixmap = QPixmap(str(detail.thumbnail))
        if pixmap.isNull() and detail.kind == "video" and not has_pyav():
            self.preview.setText(
                self.tr("No picture of this video: the video support (PyAV) is not installed.")
            )
            self.preview.setWordWrap(True)
        elif pixmap.isNull():
            self.preview.setText(self.tr("No preview"))
        else:
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW,
                    PREVIEW,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.title.setText(detail.title)
        self.description.setPlainText(detail.description)
        self.tags.setText(", ".join(detail.tags))
        self.favourite.setChecked(detail.favourite)
        self._fill_facts(detail)
        if detail.has_gps:
            self.gps_warning.setText(
                self.tr(
                    "⚠ This photo carries a GPS position ({lat}, {lon}): the file shows "
                    "where it was taken. Images made in the studio leave it out; do not share "
                    "the original."
                ).format(lat=f"{detail.gps_lat:.5f}", lon=f"{detail.gps_lon:.5f}")
            )
            self.gps_warning.show()
        else:
            self.gps_warning.hide()
        self.studio_button.setEnabled(detail.kind == "image" and detail.deleted_at is None)
        trashed = detail.deleted_at is not None
        self.trash_button.setText(self.tr("Restore") if trashed else self.tr("Move to trash"))

    def _fill_facts(self, d: MediaDetail) -> None:
        locale = QLocale()
        self.facts["file"].setText(d.original_name)
        self.facts["size"].setText(locale.formattedDataSize(d.size_bytes))
        self.facts["dimensions"].setText(
            f"{d.width} × {d.height} px" if d.width and d.height else "—"
        )
        self.facts["duration"].setText(
            self.tr("%n second(s)", "", round(d.duration_s)) if d.duration_s is not None else "—"
        )
        self.facts["taken"].setText(self._when(d.taken_at) if d.taken_at else self.tr("unknown"))
        self.facts["camera"].setText(d.camera or self.tr("unknown"))
        self.facts["imported"].setText(self._when(d.imported_at))
        if d.usage:
            lines = []
            for use in d.usage:
                if use.kind == "post":
                    lines.append(self.tr("Post: {title} ({platforms})").format(
                        title=use.title, platforms=use.detail
                    ))  # fmt: skip
                elif use.kind == "direction":
                    lines.append(self.tr("Direction: {title}").format(title=use.title))
                else:
                    lines.append(self.tr("Data note: {title}").format(title=use.title))
            self.facts["used"].setText("\n".join(lines))
        else:
            self.facts["used"].setText(self.tr("not used yet"))

    def _when(self, value: datetime) -> str:
        local = value.astimezone(self.tz)
        return f"{long_date(local)}, {time_text(local)}"

    def _save(self) -> None:
        if self.detail is None:
            return
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        self.save_requested.emit(
            self.detail.id,
            self.title.text(),
            self.description.toPlainText(),
            tags,
            self.favourite.isChecked(),
        )

    def _studio(self) -> None:
        if self.detail is not None:
            self.studio_requested.emit(self.detail.id)

    def _trash_or_restore(self) -> None:
        if self.detail is None:
            return
        if self.detail.deleted_at is not None:
            self.restore_requested.emit([self.detail.id])
        else:
            self.trash_requested.emit([self.detail.id])
