"""What an editor loads before it can show a post: reference data and the post itself.

Loaded in one background task when the editor opens (platform specs,
programs, tags in use, the officer's profile, the post, its photos and
history), so the window fills in one go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sosmed_desktop.domain.platforms import PlatformSpec
from sosmed_desktop.services.audit import HistoryEntry
from sosmed_desktop.services.calendar import LegendEntry
from sosmed_desktop.services.media_catalog import MediaSummary
from sosmed_desktop.services.post_data import PostDetail
from sosmed_desktop.services.profile import Profile

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext


@dataclass(frozen=True)
class EditorCatalog:
    """Reference data of the editor's fields."""

    specs: dict[str, PlatformSpec]
    programs: list[LegendEntry]
    tags: list[str]
    profile: Profile


@dataclass(frozen=True)
class EditorLoad:
    """Everything an editor shows; `post` is None for a new post (or a vanished one)."""

    catalog: EditorCatalog
    post: PostDetail | None
    media: dict[int, MediaSummary] = field(default_factory=dict)
    history: list[HistoryEntry] = field(default_factory=list)
    missing_post: bool = False


def load_catalog(ctx: AppContext) -> EditorCatalog:
    """Platform specs, programs, tags and profile (run in the background)."""
    from sosmed_desktop.services import calendar, platforms, profile

    with ctx.uow() as uow:
        return EditorCatalog(
            specs=platforms.platform_specs(uow),
            programs=calendar.legend(uow),
            tags=calendar.tag_names(uow),
            profile=profile.get_profile(uow),
        )


def load_editor(
    ctx: AppContext, post_id: int | None, extra_media: tuple[int, ...] = ()
) -> EditorLoad:
    """The catalog, the post (if any), summaries of its photos and its history.

    A post that no longer exists comes back as ``post=None, missing_post=True``
    so that a recovered draft of it can still be saved as a new post.
    """
    from sosmed_desktop.errors import NotFoundError
    from sosmed_desktop.services import audit, posts
    from sosmed_desktop.services.media_catalog import describe_media

    catalog = load_catalog(ctx)
    with ctx.uow() as uow:
        post = None
        history: list[HistoryEntry] = []
        missing = False
        if post_id is not None:
            try:
                post = posts.get_post(uow, post_id)
                history = audit.post_history(uow, post_id)
            except NotFoundError:
                missing = True
        ids = set(extra_media)
        if post is not None:
            ids |= {m.media_id for v in post.variants for m in v.media}
        media = describe_media(uow, ids)
    return EditorLoad(catalog, post, media, history, missing)
