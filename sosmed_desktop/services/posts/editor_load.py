"""What a post editor loads before it can show a post: reference data and the post itself.

Read in one background read when the editor opens (platform specs, programs,
tags in use, the officer's profile, the post, its photos and history), so the
window fills in one go.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.platforms import PlatformSpec
from sosmed_desktop.errors import NotFoundError
from sosmed_desktop.services import audit, platforms, profile
from sosmed_desktop.services.audit import HistoryEntry
from sosmed_desktop.services.calendar import calendar
from sosmed_desktop.services.calendar.calendar import LegendEntry
from sosmed_desktop.services.media.catalog import MediaSummary, describe_media
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.posts.data import PostDetail
from sosmed_desktop.services.profile import Profile


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


def load_catalog(uow: UnitOfWork) -> EditorCatalog:
    """Platform specs, programs, tags and profile."""
    return EditorCatalog(
        specs=platforms.platform_specs(uow),
        programs=calendar.legend(uow),
        tags=calendar.tag_names(uow),
        profile=profile.get_profile(uow),
    )


def load_editor(
    uow: UnitOfWork, post_id: int | None, extra_media: Iterable[int] = ()
) -> EditorLoad:
    """The catalog, the post (if any), summaries of its photos and of `extra_media`
    (a new post's or a recovered draft's photos), and the post's history.

    A post that no longer exists (or is in the trash) comes back as
    ``post=None, missing_post=True``, so that a recovered draft of it can still be
    saved as a new post.
    """
    catalog = load_catalog(uow)
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
    return EditorLoad(catalog, post, describe_media(uow, ids), history, missing)
