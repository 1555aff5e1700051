"""Opening post editors: one window per post, found again if already open.

The main window owns one manager; pages reach it through their workbench
(`bench.editors`).  It also offers drafts that a crash left in the recovery
folder when the database has opened, and closes every editor (asking about
unsaved changes) before the application quits.

The editor window and everything it uses (captions, checks, photos, approval:
a large part of the GUI code) is imported only when the first editor opens, not
with the manager at start-up, when the calendar is being filled.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QSize, Signal
from PySide6.QtWidgets import QWidget

from ui.bus import DataBus
from ui.editor.state import EditorSeed
from ui.editor.thumbnails import EditorImages
from ui.operations import Operations
from ui.placement import place

if TYPE_CHECKING:
    from pathlib import Path

    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.services.posts.editor_drafts import RecoveredDraft
    from ui.editor.window import PostEditor

CASCADE = 28
EDITOR_SIZE = QSize(1280, 780)


class EditorManager(QObject):
    """The open editors and how to open more."""

    editor_opened = Signal(object)
    export_requested = Signal(int)
    drafts_found = Signal(list)
    all_closed = Signal()
    close_cancelled = Signal()

    def __init__(
        self,
        ctx: AppContext,
        bus: DataBus,
        settings: QSettings,
        show_message: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.bus, self.settings, self.show_message = ctx, bus, settings, show_message
        self.ops = Operations(lambda: ctx, bus)
        self.loader = EditorImages(
            lambda sha, ext: _fetch_original(ctx, sha, ext),
            self.ops,
            parent,
            thumbs_dir=ctx.config.thumbs_dir,
            logo=lambda: _logo(ctx),
        )
        self.editors: list[PostEditor] = []

    def find(self, post_id: int) -> PostEditor | None:
        """The open editor of a post, if any."""
        return next((e for e in self.editors if e.post_id == post_id), None)

    def open_post(self, post_id: int) -> PostEditor:
        """Bring the post's editor forward, opening it if needed."""
        editor = self.find(post_id)
        if editor is not None:
            editor.showNormal()
            editor.raise_()
            editor.activateWindow()
            return editor
        return self._open(post_id=post_id)

    def new_post(
        self,
        scheduled_at: datetime | None = None,
        media_ids: tuple[int, ...] = (),
        platforms: tuple[str, ...] = (),
    ) -> PostEditor:
        """An editor for a new post (at a time, with photos)."""
        return self._open(seed=EditorSeed(scheduled_at, media_ids, platforms))

    def restore(self, draft: RecoveredDraft) -> PostEditor:
        """An editor holding a draft that a crash interrupted."""
        existing = self.find(draft.post_id) if draft.post_id is not None else None
        if existing is not None:
            existing.close()
        return self._open(post_id=draft.post_id, seed=EditorSeed(recovered=draft))

    def _open(self, *, post_id: int | None = None, seed: EditorSeed | None = None) -> PostEditor:
        from ui.editor.window import PostEditor

        editor = PostEditor(
            self.ctx,
            self.bus,
            self.loader,
            self.settings,
            post_id=post_id,
            seed=seed,
            open_post=self.open_post,
            show_message=self.show_message,
        )
        editor.closed.connect(self._closed)
        editor.close_cancelled.connect(self.close_cancelled)
        editor.export_requested.connect(self.export_requested)
        self._place(editor)
        self.editors.append(editor)
        editor.show()
        self.editor_opened.emit(editor)
        return editor

    def _place(self, editor: PostEditor) -> None:
        """At most 1280×780, cascaded, frame and all inside the screen (`ui/placement.py`)."""
        place(editor, EDITOR_SIZE, CASCADE * (len(self.editors) % 6))

    def _closed(self, editor: PostEditor) -> None:
        """A closed editor is deleted: a window without a parent, wired to its own
        children by lambdas (connections the cycle collector cannot see), would
        otherwise stay in memory for as long as the app runs, about 10 MB each."""
        editor.deleteLater()
        if editor in self.editors:
            self.editors.remove(editor)
            if not self.editors:
                self.all_closed.emit()

    def close_all(self) -> str:
        """Close every editor, asking about unsaved changes.

        "closed" when all are closed, "saving" when some close once their save
        finishes (`all_closed` follows), "cancelled" when the officer kept one open.
        """
        for editor in list(self.editors):
            if not editor.close() and not editor.closing_after_save:
                return "cancelled"
        return "saving" if self.editors else "closed"

    # Recovery ------------------------------------------------------------------------
    def offer_recovery(self, parent: QWidget) -> None:
        """Look for drafts a crash left behind and, if any, offer them back."""
        config = self.ctx.config

        def find() -> list[RecoveredDraft]:
            from sosmed_desktop.services.posts.editor_drafts import list_drafts

            return list_drafts(config)

        def found(drafts: list[RecoveredDraft]) -> None:
            self.drafts_found.emit(drafts)
            if drafts:
                from ui.editor.recovery_dialog import RecoveryDialog

                RecoveryDialog(drafts, config, self.ops, self.restore, parent).open()

        self.ops.background(parent, find, found)


def _logo(ctx: AppContext):
    """The department logo for watermarks in previews (None when none was chosen)."""
    from sosmed_desktop.services.media.studio import logo_image

    return logo_image(ctx.config)


def _fetch_original(ctx: AppContext, sha256: str, extension: str) -> Path:
    """The original's local file (loaded here: the manager is built before the first paint)."""
    from sosmed_desktop.services.media.originals import fetch_original

    return fetch_original(ctx, sha256, extension)
