"""What the post editor's parts and side sections may use of the editor window.

`PostEditor` (ui/editor/window.py) builds its parts (`EditorOperations`,
`EditorConflicts`, `EditorWorkflow`, `EditorPhotos`, `EditorExceptions`,
`EditorEdits`) and sections (sources, series, the Insert menu) and hands
itself to them; they type it as this Protocol, so none of them imports the
window and the window's module imports them without a circle.  What the
editor knows of its post is the one `EditorState` (`state`); `busy` changes
only through `set_busy`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTimer, SignalInstance
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.services.posts.data import PostDetail, PostInput
    from ui.bus import DataBus
    from ui.editor.captions import CaptionTabs
    from ui.editor.checks_panel import ChecksPanel
    from ui.editor.conflict_dialogs import ChangedBanner
    from ui.editor.details import DetailsForm
    from ui.editor.history import HistoryPanel
    from ui.editor.preview import PreviewPanel
    from ui.editor.spelling import EditorSpelling
    from ui.editor.state import EditorSeed, EditorState
    from ui.editor.thumbnails import EditorImages
    from ui.operations import Operations


class EditorHost(Protocol):
    """The editor window as its parts see it."""

    ctx: AppContext
    bus: DataBus
    ops: Operations
    tz: Any
    settings: QSettings
    loader: EditorImages
    state: EditorState
    seed: EditorSeed
    undo_stack: QUndoStack
    open_post: Callable[[int], Any] | None
    show_message: Callable[[str], None]

    details: DetailsForm
    captions: CaptionTabs
    checks: ChecksPanel
    preview: PreviewPanel
    history: HistoryPanel
    spelling: EditorSpelling
    banner: QLabel
    changed_banner: ChangedBanner
    state_label: QLabel
    side: QTabWidget
    autosave_timer: QTimer

    loaded: SignalInstance
    saved: SignalInstance
    checked: SignalInstance
    autosaved: SignalInstance
    operation_done: SignalInstance
    closed: SignalInstance
    close_cancelled: SignalInstance
    export_requested: SignalInstance

    @property
    def recovery_key(self) -> str: ...

    def window(self) -> QWidget: ...

    def current_input(self) -> PostInput: ...

    def is_dirty(self) -> bool: ...

    def populate(self, data: PostInput) -> None: ...

    def set_post(self, post: PostDetail) -> None: ...

    def take_saved(self, post: PostDetail, data: PostInput) -> None: ...

    def adopt_citations(self, added: list[int], removed: set[int]) -> None: ...

    def on_changed(self) -> None: ...

    def set_busy(self, busy: bool) -> None: ...

    def show_banner(
        self, text: str, *, warning: bool = False, while_editing: bool = False
    ) -> None: ...

    def push(
        self, text: str, apply: Callable[[Any], None], old: Any, new: Any, **kw: Any
    ) -> None: ...

    def save(self, then: Callable[[], None] | None = None) -> None: ...

    def run_checks(self) -> None: ...

    def reload_history(self) -> None: ...

    def handle_error(self, exc: BaseException) -> None: ...

    def ask_reason(self, kind: str, values: list[str]) -> str | None: ...

    def close_without_prompt(self) -> None: ...
