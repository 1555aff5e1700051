"""What one post editor knows about its post, shared by the window and its parts.

The window (`ui/editor/window.py`) owns the one `EditorState`; its parts
(operations, workflow, conflicts, photos, exceptions, edits) and side sections read it
through the host (`ui/editor/host.py`).  Two rules keep it honest: `busy`
changes only through `EditorHost.set_busy` (the toolbar and the approval
panel follow it), and `closing_after_save` only through
`EditorOperations.save(closing=True)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sosmed_desktop.domain.personal_data import DataException
    from sosmed_desktop.domain.platforms import PlatformSpec
    from sosmed_desktop.services.media.catalog import MediaSummary
    from sosmed_desktop.services.posts.data import PostDetail, PostInput
    from sosmed_desktop.services.posts.editor_drafts import RecoveredDraft
    from sosmed_desktop.services.posts.editor_load import EditorCatalog


@dataclass(frozen=True)
class EditorSeed:
    """How an editor for a new post starts: at a time, with photos, or recovered."""

    scheduled_at: datetime | None = None
    media_ids: tuple[int, ...] = ()
    platforms: tuple[str, ...] = ()
    recovered: RecoveredDraft | None = None


@dataclass
class EditorState:
    """The post as the editor has it: identity, what was saved, what is going on."""

    post_id: int | None = None
    post: PostDetail | None = None
    version: int | None = None
    status: str | None = None
    catalog: EditorCatalog | None = None
    specs: dict[str, PlatformSpec] = field(default_factory=dict)
    media_info: dict[int, MediaSummary] = field(default_factory=dict)
    """What the editor knows of the photos it shows (filled as they are added)."""
    saved_input: PostInput | None = None
    """What was last loaded or saved: the editor is dirty when its widgets differ."""
    autosaved_input: PostInput | None = None
    data_note_ids: tuple[int, ...] = ()
    exceptions: tuple[DataException, ...] = ()
    populating: bool = False
    """The widgets are being filled: no undo steps, no change handling."""
    ready: bool = False
    busy: bool = False
    force_close: bool = False
    finished: bool = False
    closing_after_save: bool = False


def state_field(name: str, *, writable: bool = False) -> Any:
    """A window attribute that reads (and, if `writable`, sets) `EditorState.<name>`:
    the tests and the editor manager read the window, the parts share the state."""

    def read(window: Any) -> Any:
        return getattr(window.state, name)

    def write(window: Any, value: Any) -> None:
        setattr(window.state, name, value)

    return property(read, write if writable else None, doc=f"`EditorState.{name}`")
