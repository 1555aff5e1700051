"""The Pustaka Media page: a virtualised thumbnail grid with filters, import and a side panel.

Everything slow runs in the background: the filter query, the rows of visible
cells, thumbnails, details, saving and the import itself.  Files and folders
can be dropped anywhere on the page, chosen in a dialog or pasted; moving items
to the trash asks first (and warns when they are used) and can be undone.  The
page wires these together; the parts live in `ui.media` (`import_sources`,
`import_progress`, `item_actions`, `grid_view`, `filter_bar`, `side_panel`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.services.media import originals
from ui.empty_state import EmptyState
from ui.media import import_sources, item_actions
from ui.media.filter_bar import FilterBar
from ui.media.grid_model import ICON, MediaGridModel
from ui.media.grid_view import thumbnail_grid
from ui.media.import_progress import ImportProgress
from ui.media.importer import MediaImporter, show_refusals, summary
from ui.media.side_panel import MediaSidePanel
from ui.media.thumb_loader import ThumbnailLoader
from ui.operations import Latest
from ui.sections import Section, icon
from ui.workbench import Page

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.media.bulk_import import ImportReport
    from sosmed_desktop.services.media.library import MediaDetail, MediaFilter, MediaRow


class MediaPage(Page):
    """Grid of photos and videos, filters, import, details and trash."""

    ids_loaded = Signal(int)
    detail_shown = Signal(int)
    import_finished = Signal(object)

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(section, parent)
        self.setAcceptDrops(True)
        self._listing = Latest()
        self._detail = Latest()
        self.undo_stack = QUndoStack(self)
        self.importer = MediaImporter(self)
        self.importer.finished.connect(self._import_done)
        self.loader: ThumbnailLoader | None = None
        self.model: MediaGridModel | None = None

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel(section.title)
        self.title.setObjectName("pageTitle")
        header.addWidget(self.title)
        self.summary = QLabel()
        self.summary.setObjectName("pageSummary")
        header.addWidget(self.summary)
        header.addStretch(1)
        self.import_button = QPushButton(self.tr("Import photos…"))
        self.import_button.clicked.connect(lambda: import_sources.choose_files(self))
        self.folder_button = QPushButton(self.tr("Import folder…"))
        self.folder_button.clicked.connect(lambda: import_sources.choose_folder(self))
        self.studio_button = QPushButton(self.tr("Studio"))
        self.studio_button.setToolTip(self.tr("Edit the selected photo for each platform"))
        self.studio_button.clicked.connect(self.open_studio)
        self.batch_button = QPushButton(self.tr("Batch…"))
        self.batch_button.setToolTip(self.tr("Apply one recipe to all selected photos"))
        self.batch_button.clicked.connect(self.open_batch)
        for button in (
            self.import_button,
            self.folder_button,
            self.studio_button,
            self.batch_button,
        ):
            header.addWidget(button)
        layout.addLayout(header)

        self.filters = FilterBar()
        self.filters.changed.connect(self.reload)
        self.filters.empty_trash.connect(lambda: item_actions.empty_trash(self))
        layout.addWidget(self.filters)

        self.progress_box = ImportProgress(self.importer)
        layout.addWidget(self.progress_box)

        self.grid = thumbnail_grid()
        self.grid.setAccessibleName(self.tr("Photos and videos"))
        self.grid.doubleClicked.connect(lambda _index: self.open_studio())
        self.empty = EmptyState(
            icon(section.icon),
            section.empty_title,
            self.tr(
                "Drag photos or whole folders from your phone's copy here, or use "
                "“Import photos…”. Each file is stored once, ready for the image studio."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)
        self.panel = MediaSidePanel()
        self.panel.save_requested.connect(
            lambda *details: item_actions.save_details(self, *details)
        )
        self.panel.studio_requested.connect(lambda media_id: self.open_studio(media_id))
        self.panel.trash_requested.connect(self.trash)
        self.panel.restore_requested.connect(self.restore)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([760, 320])
        layout.addWidget(self.splitter, 1)

        for key, handler in (
            (QKeySequence.StandardKey.Paste, self.paste),
            (QKeySequence.StandardKey.Delete, self.trash_selected),
        ):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(80)
        self._selection_timer.timeout.connect(self._load_detail)

    # Attachment ----------------------------------------------------------------------
    def on_attached(self) -> None:
        assert self.bench is not None
        ctx = self.bench.ctx
        self.panel.tz = ctx.config.tz
        self.loader = ThumbnailLoader(
            ctx.config.thumbs_dir,
            ICON,
            self,
            fetch=lambda sha, extension: originals.fetch_original(ctx, sha, extension),
        )
        self.model = MediaGridModel(self.loader, self._fetch_rows, self)
        self.grid.setModel(self.model)
        self.grid.selectionModel().selectionChanged.connect(self._selection_timer.start)
        self.bench.undo_group.addStack(self.undo_stack)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.undo_stack.setActive(True)

    def on_data_changed(self, kind: str, ids: list) -> None:
        if kind in (Kind.MEDIA, Kind.POST, Kind.ALL):
            self.reload()
            self._selection_timer.start()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("media/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("media/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    # Loading ---------------------------------------------------------------------------
    def current_filter(self) -> MediaFilter:
        return self.filters.current()

    def reload(self) -> None:
        """Query the ids for the current filter (newest request wins)."""
        if self.bench is None:
            return
        flt = self.current_filter()

        def load(uow: UnitOfWork) -> tuple[list[int], list[str]]:
            from sosmed_desktop.services.media.library import list_media_ids, media_tag_names

            return list_media_ids(uow, flt), media_tag_names(uow)

        self.bench.ops.read(self, load, lambda found: self._show_ids(*found), latest=self._listing)

    def _show_ids(self, ids: list[int], tags: list[str]) -> None:
        if self.model is None:
            return
        self.filters.set_tags(tags)
        self.model.set_ids(ids)
        filtered = self.filters.is_filtered()
        showing = bool(ids or filtered)
        self.stack.setCurrentWidget(self.grid if showing else self.empty)
        # An empty library shows only the invitation to import, no empty panels.
        self.panel.setVisible(showing)
        self.filters.setVisible(showing)
        self.studio_button.setEnabled(bool(ids))
        self.batch_button.setEnabled(bool(ids))
        self.summary.setText(self.tr("%n item(s)", "", len(ids)))
        self.ids_loaded.emit(len(ids))

    def _fetch_rows(
        self, ids: list[int], deliver: Callable[[list[MediaRow]], None], rows: Latest
    ) -> None:
        """The grid's rows of `ids`, for the model's current ids (`rows`: see `RowFetcher`)."""
        assert self.bench is not None
        config = self.bench.config

        def load(uow: UnitOfWork) -> list[MediaRow]:
            from sosmed_desktop.services.media.library import media_rows

            return media_rows(uow, config, ids)

        self.bench.ops.read(self, load, deliver, latest=rows, join=True)

    def selected_ids(self) -> list[int]:
        if self.model is None:
            return []
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        return [self.model.data(self.model.index(r), MediaGridModel.ID_ROLE) for r in rows]

    def select_id(self, media_id: int) -> None:
        """Select one item (used after an import and by tests)."""
        if self.model is None:
            return
        row = self.model.row_of(media_id)
        if row is not None:
            index = self.model.index(row)
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)

    def _load_detail(self) -> None:
        ids = self.selected_ids()
        if self.bench is None or len(ids) != 1:
            self._detail.cancel()
            self.panel.show_detail(None)
            return
        config, media_id = self.bench.config, ids[0]

        def load(uow: UnitOfWork) -> MediaDetail:
            from sosmed_desktop.services.media.library import media_detail

            return media_detail(uow, config, media_id)

        def show(detail: MediaDetail) -> None:
            self.panel.show_detail(detail)
            self.detail_shown.emit(detail.id)

        self.bench.ops.read(self, load, show, latest=self._detail)

    # Import --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = import_sources.local_paths(event.mimeData())
        if paths and all(p.suffix.lower() == ".zip" for p in paths):
            event.ignore()  # post packages: the window imports them
        elif self.bench is not None and paths:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = import_sources.local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def paste(self) -> None:
        """Import files copied in the file manager, or an image copied from another program."""
        import_sources.paste(self)

    def import_paths(self, paths: list[Path], cleanup=None) -> None:
        if self.bench is None:
            return
        if not self.importer.start(self.bench.ops, paths, cleanup):
            self.bench.show_message(self.tr("An import is already running."))

    def _import_done(self, report: ImportReport) -> None:
        assert self.bench is not None
        self.bench.show_message(summary(report))
        self.import_finished.emit(report)
        if report.refused:
            show_refusals(self, report)

    # Trash ---------------------------------------------------------------------------
    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.restore(ids) if self.filters.trash_view() else self.trash(ids)

    def trash(self, ids: list[int]) -> None:
        """Ask (warning about items used in posts), then move `ids` to the trash."""
        item_actions.ask_to_trash(self, ids)

    def confirm_trash(self, count: int, used: int) -> bool:
        """The officer's confirmation (tests replace this)."""
        return item_actions.confirm_trash(self, count, used)

    def restore(self, ids: list[int]) -> None:
        """Bring `ids` back from the trash (an undo step)."""
        item_actions.move(self, ids, restore=True)

    # Studio ------------------------------------------------------------------------
    def open_studio(self, media_id: int | None = None) -> None:
        ids = [media_id] if media_id else self.selected_ids()
        if self.bench is None or not ids:
            self.bench and self.bench.show_message(self.tr("Select a photo first."))
            return
        from ui.studio.studio_dialog import StudioDialog

        dialog = StudioDialog(self.bench, ids[0], self)
        dialog.open()

    def open_batch(self) -> None:
        ids = self.selected_ids()
        if self.bench is None or not ids:
            self.bench and self.bench.show_message(self.tr("Select the photos first."))
            return
        from ui.studio.batch_dialog import BatchDialog

        BatchDialog(self.bench, ids, self).open()
