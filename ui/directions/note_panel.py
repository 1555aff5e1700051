"""The side panel of one data note: the figure, its source, its citation and where it is cited."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.directions.labels import day_text, figure_text, size_text, when_text
from ui.directions.record_panel import RecordPanel
from ui.directions.widgets import facts_html, facts_label, heading
from ui.plain_text import escape, plain_label

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.directions.data_notes import DataNoteRow
    from sosmed_desktop.services.directions.directions import LinkedPost
    from ui.directions.post_picker import PostPicker
    from ui.workbench import Workbench


class NotePanel(RecordPanel):
    """Details of the selected data note with its actions; empty until one is chosen."""

    KIND = "data_note"
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: DataNoteRow | None = None
        self.max_age_days = 90
        self._details(self._details_page(self.tr("Select a data note to see its details.")))

    def _details(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        self.title = plain_label()
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        for button in self._edit_and_delete(self.delete):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.figure = plain_label()
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
        self.citation.setAccessibleName(self.tr("Citation for captions"))
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
        self.file_label = plain_label()
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        self._file_buttons(layout, self.attach_file, self.open_file, self.remove_file)

        self._posts_section(
            layout,
            self.tr("Cited in posts"),
            4,
            (self.tr("Cite in post…"), self.pick_posts),
            (self.tr("Remove citation"), self.uncite_selected),
        )
        layout.addStretch(1)

    # Showing ----------------------------------------------------------------------------
    def _fill(self, row: DataNoteRow, bench: Workbench) -> None:
        from sosmed_desktop.domain.figures import format_citation

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
            recorded = when_text(row.created_at, bench.tz)
            parts.append(self.tr("recorded {when}").format(when=recorded))
        link_caption = self.tr("Link")
        link = (
            f'<a href="{escape(row.link)}">{escape(row.link)}</a>'
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

    def _links_reader(self, ident: int) -> Callable[[UnitOfWork], list[LinkedPost]]:
        from sosmed_desktop.services.directions.data_notes import posts_citing

        return lambda uow: posts_citing(uow, ident)

    def _show_links(self, result: list[LinkedPost] | None, bench: Workbench) -> None:
        self.posts = result or []
        self.post_list.set_posts(self.posts, bench.tz, self.tr("Not cited in any post yet."))
        self.unlink_button.setEnabled(False)

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
        return self._pick_posts(
            self.tr("Posts that cite this data note"), self.tr("Cite"), self.cite_in
        )

    def cite_in(self, post_ids: list[int]) -> None:
        self._relink(self.tr("Cite data note"), _cite, _uncite, post_ids)

    def uncite_selected(self) -> None:
        ids = self.post_list.selected_ids()
        self._relink(self.tr("Remove citation"), _uncite, _cite, ids)

    def attach_file(self) -> None:
        from sosmed_desktop.services.directions import attachments

        attached = self.row.attachment if self.row is not None else None
        previous = attached.media_id if attached else None
        self._attach_file(
            self.tr("Attach the report or letter (photo or PDF)"),
            attachments.attach_file_to_note,
            lambda uow, ident, _ref: attachments.set_note_file(uow, ident, previous),
            lambda uow, ident, ref: attachments.set_note_file(uow, ident, ref.media_id),
        )

    def open_file(self) -> None:
        """Open the attachment in the PC's viewer."""
        self._open_attachment(self._attached_id())

    def remove_file(self) -> None:
        from sosmed_desktop.services.directions import attachments

        self._remove_attachment(
            self._attached_id(),
            lambda uow, ident, _media_id: attachments.set_note_file(uow, ident, None),
            attachments.set_note_file,
        )

    def _attached_id(self) -> int | None:
        attached = self.row.attachment if self.row is not None else None
        return attached.media_id if attached else None

    def delete(self) -> None:
        """Delete the note after asking; a cited note is kept (the service refuses)."""
        from sosmed_desktop.services.directions.data_notes import delete_note

        if self.row is None:
            return
        self._delete_after_asking(
            self.tr("Delete data note"),
            self.tr("Delete “{title}”? This cannot be undone.").format(title=self.row.title),
            delete_note,
        )


def _cite(uow: UnitOfWork, ident: int, post_ids: list[int]) -> list[int]:
    """Cite note `ident` in these posts; the posts that did not cite it yet."""
    from sosmed_desktop.services.directions import data_notes

    return [p for p in post_ids if data_notes.cite_note(uow, p, ident)]


def _uncite(uow: UnitOfWork, ident: int, post_ids: list[int]) -> list[int]:
    """Remove the citation of note `ident` from these posts; the posts that cited it."""
    from sosmed_desktop.services.directions import data_notes

    return [p for p in post_ids if data_notes.uncite_note(uow, p, ident)]
