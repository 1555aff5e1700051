"""Two people editing the same post: who changed it, both versions, and the way out.

A save over a post that changed since it was opened is refused (`StaleError`,
code ``post_stale``).  The editor then asks `post_conflict` for the other
person's saved version and the name and time of the latest change, shows both
side by side (`compare`), and the officer either keeps editing, takes their
version, or saves theirs over it on purpose with `overwrite_post` — recorded
in the history with the version and the person it replaced.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from sosmed_desktop.db.models import AuditEntry
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.services.posts.data import PostDetail, PostInput, VariantInput, to_detail
from sosmed_desktop.services.posts.posts import SaveResult, update_post
from sosmed_desktop.services.posts.store import load_post

Span = tuple[int, int]


@dataclass(frozen=True)
class PostConflict:
    """The post as another person saved it, and who saved it when."""

    post: PostDetail
    changed_by: str
    """The name in the latest history line ('' when it names nobody)."""
    changed_at: datetime

    @property
    def theirs(self) -> PostInput:
        return self.post.to_input()


def post_conflict(uow: UnitOfWork, post_id: int) -> PostConflict:
    """The current saved version of a post and its latest change's author and time."""
    post = load_post(uow, post_id)
    latest = uow.session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity_type == "post", AuditEntry.entity_id == post_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return PostConflict(to_detail(uow, post), "", post.updated_at)
    return PostConflict(to_detail(uow, post), latest.user_name, latest.at)


def overwrite_post(
    uow: UnitOfWork, post_id: int, mine: PostInput, conflict: PostConflict
) -> SaveResult:
    """Save `mine` over the version `conflict` showed, deliberately; commits.

    Refused (`StaleError`) if the post changed yet again since the conflict was
    read: the officer must see what they overwrite.
    """
    overwrote = {
        "version": conflict.post.version,
        "changed_by": conflict.changed_by,
        "changed_at": conflict.changed_at.isoformat(),
    }
    return update_post(uow, post_id, mine, conflict.post.version, overwrote=overwrote)


@dataclass(frozen=True)
class FieldPair:
    """One field of the comparison: their saved text beside the officer's."""

    key: str
    """``title``, ``scheduled_at``, ``master_caption``, ``caption:<platform>``, ``platforms``."""
    theirs: str
    mine: str
    theirs_spans: tuple[Span, ...] = ()
    """Where their text differs from the officer's (character ranges)."""
    mine_spans: tuple[Span, ...] = ()

    @property
    def differs(self) -> bool:
        return self.theirs != self.mine


WORDS = re.compile(r"\s+|[^\s]+")


def diff_spans(a: str, b: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The character ranges of `a` and of `b` that the other text does not have.

    Compared word by word (a changed word is marked whole, as a reader sees it).
    """
    words_a, words_b = WORDS.findall(a), WORDS.findall(b)
    starts_a, starts_b = _starts(words_a), _starts(words_b)
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    left: list[Span] = []
    right: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            left.append((starts_a[i1], starts_a[i2]))
        if j2 > j1:
            right.append((starts_b[j1], starts_b[j2]))
    return tuple(left), tuple(right)


def _starts(words: list[str]) -> list[int]:
    """The offset of each word, and the text's length at the end."""
    starts = [0]
    for word in words:
        starts.append(starts[-1] + len(word))
    return starts


def _pair(key: str, theirs: str, mine: str) -> FieldPair:
    left, right = diff_spans(theirs, mine) if theirs != mine else ((), ())
    return FieldPair(key, theirs, mine, left, right)


def compare(
    theirs: PostInput,
    mine: PostInput,
    format_time: Callable[[datetime | None], str],
    platform_name: Callable[[str], str] = str,
) -> list[FieldPair]:
    """Title, schedule, platforms, master caption and each platform's caption, side by side."""
    pairs = [
        _pair("title", theirs.title, mine.title),
        _pair("scheduled_at", format_time(theirs.scheduled_at), format_time(mine.scheduled_at)),
        _pair(
            "platforms",
            ", ".join(platform_name(v.platform) for v in theirs.variants),
            ", ".join(platform_name(v.platform) for v in mine.variants),
        ),
        _pair("master_caption", theirs.master_caption, mine.master_caption),
    ]
    their_variants = {v.platform: v for v in theirs.variants}
    my_variants = {v.platform: v for v in mine.variants}
    for code in dict.fromkeys([*their_variants, *my_variants]):
        left, right = their_variants.get(code), my_variants.get(code)
        pairs.append(_pair(f"caption:{code}", _caption(theirs, left), _caption(mine, right)))
    return pairs


def _caption(post: PostInput, variant: VariantInput | None) -> str:
    if variant is None:
        return ""
    return post.master_caption if variant.follows_master else variant.caption
