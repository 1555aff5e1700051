"""The side panel of one data note: the figure, its source, its citation and where it is cited."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.errors import NotFoundError
from ui.directions.labels import day_text, figure_text, size_text, when_text
from ui.directions.post_picker import PostPicker
from ui.directions.widgets import (
    FILE_FILTER,
    PostList,
    facts_html,
    facts_label,
    heading,
    list_height,
)

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.data_notes import DataNoteRow
    from sosmed_desktop.services.directions import LinkedPost
    from ui.directions.desk import Desk


class NotePanel(QScrollArea):
    """Details of the selected data note with its actions; empty until one is chosen."""

    detail_loaded = Signal(int)
    edit_requested = Signal(int)
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self.row: DataNoteRow | None = None
        self.max_age_days = 90
        self.posts: list[LinkedPost] = []
        self._generation = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Select a data note to see its details."))
        self.placeholder.setObjectName("panelMuted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._details())
        self.setWidget(self.stack)

    def _details(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 4, 6, 4)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.row and self.edit_requested.emit(self.row.id))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.figure = QLabel()
        self.figure.setObjectName("panelFigure")
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.figure)
        self.stale = QLabel()
        self.stale.setObjectName("staleBanner")
        self.stale.setWordWrap(True)
        layout.addWidget(self.stale)
        self.facts = facts_label()
        layout.addWidget(self.facts)

        layout.addWidget(heading(self.tr("Citation for captions")))
        self.citation = QPlainTextEdit()
        self.citation.setReadOnly(True)
        self.citation.setFixedHeight(self.citation.fontMetrics().height() * 4 + 16)
        layout.addWidget(self.citation)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy citation"))
        self.copy_button.setToolTip(
            self.tr("Copy the figure and its source, to paste into a caption")
        )
        self.copy_button.clicked.connect(self.copy_citation)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)

        layout.addWidget(heading(self.tr("Attachment")))
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        file_row = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(self.attach_file)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_file)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_file)
        for button in (self.attach_button, self.open_button, self.remove_button):
            file_row.addWidget(button)
        file_row.addStretch(1)
        layout.addLayout(file_row)

        layout.addWidget(heading(self.tr("Cited in posts")))
        self.post_list = PostList()
        list_height(self.post_list, 4)
        layout.addWidget(self.post_list)
        cite_row = QHBoxLayout()
        self.cite_button = QPushButton(self.tr("Cite in post…"))
        self.cite_button.clicked.connect(self.pick_posts)
        self.uncite_button = QPushButton(self.tr("Remove citation"))
        self.uncite_button.clicked.connect(self.uncite_selected)
        self.post_list.itemSelectionChanged.connect(
            lambda: self.uncite_button.setEnabled(bool(self.post_list.selectedItems()))
        )
        cite_row.addWidget(self.cite_button)
        cite_row.addWidget(self.uncite_button)
        cite_row.addStretch(1)
        layout.addLayout(cite_row)
        layout.addStretch(1)
        return page

    # Showing ----------------------------------------------------------------------------
    def show_row(self, row: DataNoteRow | None) -> None:
        """Show `row` (None: the placeholder) and load the posts that cite it."""
        from sosmed_desktop.services.data_notes import format_citation

        self.row = row
        self._generation += 1
        if row is None or self.desk is None:
            self.stack.setCurrentWidget(self.placeholder)
            return
        self.stack.setCurrentIndex(1)
        self.title.setText(row.title)
        self.figure.setText(figure_text(row.value, row.unit))
        self.stale.setVisible(row.stale)
        self.stale.setText(
            self.tr(
                "Out of date: this figure is %n day(s) old (the limit is {limit} days). "
                "Look for newer data before citing it.",
                "",
                row.age_days,
            ).format(limit=self.max_age_days)
        )
        parts = [row.period] if row.period else []
        if row.as_of:
            parts.append(self.tr("as of {date}").format(date=day_text(row.as_of)))
        else:
            parts.append(
                self.tr("recorded {when}").format(when=when_text(row.created_at, self.desk.tz))
            )
        link_caption = self.tr("Link")
        link = (
            f'<a href="{escape(row.link, quote=True)}">{escape(row.link)}</a>'
            if row.link
            else escape(self.tr("none"))
        )
        self.facts.setText(
            facts_html(
                [
                    (self.tr("Period / as of"), " · ".join(parts)),
                    (self.tr("Source"), row.source),
                    (link_caption, link),
                    (self.tr("Tags"), ", ".join(row.tags) or self.tr("none")),
                ],
                raw=frozenset({link_caption}),
            )
        )
        self.citation.setPlainText(format_citation(row))
        if row.attachment:
            self.file_label.setText(
                f"{row.attachment.name} ({size_text(row.attachment.size_bytes)})"
            )
        else:
            self.file_label.setText(self.tr("No file. Attach the report or letter it comes from."))
        self.open_button.setEnabled(row.attachment is not None)
        self.remove_button.setEnabled(row.attachment is not None)
        self.attach_button.setText(
            self.tr("Replace file…") if row.attachment else self.tr("Attach file…")
        )
        self._load_posts(row.id)

    def _load_posts(self, ident: int) -> None:
        from sosmed_desktop.services.data_notes import posts_citing

        assert self.desk is not None
        generation = self._generation

        def load(uow: UnitOfWork) -> list[LinkedPost] | None:
            try:
                return posts_citing(uow, ident)
            except NotFoundError:
                return None

        self.desk.run(load, lambda posts: self._show_posts(generation, ident, posts))

    def _show_posts(self, generation: int, ident: int, posts: list[LinkedPost] | None) -> None:
        if generation != self._generation or self.desk is None:
            return
        self.posts = posts or []
        self.post_list.set_posts(self.posts, self.desk.tz, self.tr("Not cited in any post yet."))
        self.uncite_button.setEnabled(False)
        self.detail_loaded.emit(ident)

    # Actions ----------------------------------------------------------------------------
    def copy_citation(self) -> None:
        """Put the Indonesian citation on the clipboard for a caption."""
        text = self.citation.toPlainText()
        if self.row is None or not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)

    def pick_posts(self) -> PostPicker | None:
        """Choose posts that cite this note (their captions get the copied citation)."""
        if self.row is None or self.desk is None:
            return None
        picker = PostPicker(
            self.desk,
            self.tr("Posts that cite this data note"),
            self.tr("Cite"),
            {p.id for p in self.posts},
            self,
        )
        picker.chosen.connect(self.cite_in)
        picker.open()
        return picker

    def cite_in(self, post_ids: list[int]) -> None:
        from sosmed_desktop.services import data_notes

        if self.row is None or self.desk is None:
            return
        ident = self.row.id

        def cite(uow: UnitOfWork) -> list[int]:
            return [p for p in post_ids if data_notes.cite_note(uow, p, ident)]

        def uncite(uow: UnitOfWork, added: list[int]) -> None:
            for post_id in added:
                data_notes.uncite_note(uow, post_id, ident)

        self.desk.change(
            self.tr("Cite data note"),
            cite,
            uncite,
            redo=lambda uow, added: [data_notes.cite_note(uow, p, ident) for p in added],
            announce=("data_note", [ident]),
        )

    def uncite_selected(self) -> None:
        from sosmed_desktop.services import data_notes

        ids = self.post_list.selected_ids()
        if self.row is None or self.desk is None or not ids:
            return
        ident = self.row.id

        def uncite(uow: UnitOfWork) -> list[int]:
            return [p for p in ids if data_notes.uncite_note(uow, p, ident)]

        self.desk.change(
            self.tr("Remove citation"),
            uncite,
            lambda uow, removed: [data_notes.cite_note(uow, p, ident) for p in removed],
            redo=lambda uow, removed: [data_notes.uncite_note(uow, p, ident) for p in removed],
            announce=("data_note", [ident]),
        )

    def attach_file(self) -> None:
        from sosmed_desktop.services import attachments

        if self.row is None or self.desk is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the report or letter (photo or PDF)"),
            "",
            self.tr("Photos and PDF ({patterns});;All files (*)").format(patterns=FILE_FILTER),
        )
        if not name:
            return
        ident, config, path = self.row.id, self.desk.config, Path(name)
        previous = self.row.attachment.media_id if self.row.attachment else None
        self.desk.change(
            self.tr("Attach file"),
            lambda uow: attachments.attach_file_to_note(config, uow, ident, path),
            lambda uow, _ref: attachments.set_note_file(uow, ident, previous),
            redo=lambda uow, ref: attachments.set_note_file(uow, ident, ref.media_id),
            announce=("data_note", [ident]),
        )

    def open_file(self) -> None:
        """Open the attachment in the PC's viewer."""
        from sosmed_desktop.services.attachments import file_path

        if self.row is None or self.desk is None or self.row.attachment is None:
            return
        config, media_id = self.desk.config, self.row.attachment.media_id
        self.desk.run(
            lambda uow: file_path(config, uow, media_id),
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
        )

    def remove_file(self) -> None:
        from sosmed_desktop.services import attachments

        if self.row is None or self.desk is None or self.row.attachment is None:
            return
        ident, media_id = self.row.id, self.row.attachment.media_id
        self.desk.change(
            self.tr("Remove attachment"),
            lambda uow: attachments.set_note_file(uow, ident, None),
            lambda uow, _: attachments.set_note_file(uow, ident, media_id),
            announce=("data_note", [ident]),
        )

    def delete(self) -> None:
        """Delete the note after asking; a cited note is kept (the service refuses)."""
        from sosmed_desktop.services.data_notes import delete_note

        if self.row is None or self.desk is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete data note"),
            self.tr("Delete “{title}”? This cannot be undone.").format(title=self.row.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ident = self.row.id
        self.desk.run(lambda uow: delete_note(uow, ident), announce=("data_note", [ident]))
