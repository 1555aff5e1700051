"""Post and direction statuses and the transitions the approval flow allows."""

from __future__ import annotations

from enum import StrEnum


class PostStatus(StrEnum):
    """Where a post stands in the workflow (values are stored in the database)."""

    IDEA = "ide"
    DRAFT = "draf"
    IN_REVIEW = "menunggu_persetujuan"
    NEEDS_REVISION = "perlu_revisi"
    APPROVED = "disetujui"
    PUBLISHED = "diunggah"
    ARCHIVED = "diarsipkan"


ALLOWED_TRANSITIONS: dict[PostStatus, frozenset[PostStatus]] = {
    PostStatus.IDEA: frozenset({PostStatus.DRAFT, PostStatus.ARCHIVED}),
    PostStatus.DRAFT: frozenset({PostStatus.IDEA, PostStatus.IN_REVIEW, PostStatus.ARCHIVED}),
    PostStatus.IN_REVIEW: frozenset(
        {PostStatus.APPROVED, PostStatus.NEEDS_REVISION, PostStatus.DRAFT}
    ),
    PostStatus.NEEDS_REVISION: frozenset(
        {PostStatus.DRAFT, PostStatus.IN_REVIEW, PostStatus.ARCHIVED}
    ),
    PostStatus.APPROVED: frozenset(
        {PostStatus.PUBLISHED, PostStatus.IN_REVIEW, PostStatus.ARCHIVED}
    ),
    PostStatus.PUBLISHED: frozenset({PostStatus.ARCHIVED}),
    PostStatus.ARCHIVED: frozenset({PostStatus.DRAFT}),
}


FROZEN = frozenset({PostStatus.PUBLISHED.value, PostStatus.ARCHIVED.value})
"""Published and archived posts are the record of what went out: content and time fixed."""


def can_transition(current: PostStatus, target: PostStatus) -> bool:
    """Whether the workflow allows moving a post from `current` to `target`."""
    return target in ALLOWED_TRANSITIONS[current]


class ApprovalDecision(StrEnum):
    """A reviewer's decision on a post (stored in the approvals table)."""

    APPROVED = "setuju"
    REVISION = "revisi"


class DirectionStatus(StrEnum):
    """Progress of a leadership direction (arahan)."""

    NEW = "baru"
    IN_PROGRESS = "dikerjakan"
    DONE = "selesai"
    CANCELLED = "dibatalkan"


OPEN_DIRECTION_STATUSES = frozenset({DirectionStatus.NEW, DirectionStatus.IN_PROGRESS})
DIRECTION_TRANSITIONS: dict[DirectionStatus, frozenset[DirectionStatus]] = {
    DirectionStatus.NEW: frozenset(
        {DirectionStatus.IN_PROGRESS, DirectionStatus.DONE, DirectionStatus.CANCELLED}
    ),
    DirectionStatus.IN_PROGRESS: frozenset(
        {DirectionStatus.NEW, DirectionStatus.DONE, DirectionStatus.CANCELLED}
    ),
    # A finished or cancelled direction can be reopened, not moved sideways.
    DirectionStatus.DONE: frozenset({DirectionStatus.IN_PROGRESS}),
    DirectionStatus.CANCELLED: frozenset({DirectionStatus.NEW}),
}


def can_change_direction(current: DirectionStatus, target: DirectionStatus) -> bool:
    """Whether a direction may move from `current` to `target`."""
    return target in DIRECTION_TRANSITIONS[current]


class DirectionChannel(StrEnum):
    """How a direction reached the officer."""

    MEETING = "rapat"
    WHATSAPP = "whatsapp"
    MEMO = "memo"
    PHONE = "telepon"


class Priority(StrEnum):
    """Priority of a direction."""

    LOW = "rendah"
    NORMAL = "sedang"
    HIGH = "tinggi"


class ReminderState(StrEnum):
    """Lifecycle of a reminder row."""

    PENDING = "pending"
    FIRED = "fired"
    MISSED = "missed"
    SNOOZED = "snoozed"
    DONE = "done"


class ReminderKind(StrEnum):
    """What a reminder is about (stored in the reminders table)."""

    POST_LEAD = "post_lead"
    """A scheduled post is coming up (one per lead time)."""
    APPROVAL_WAIT = "approval_wait"
    """A post has waited for approval longer than the officer's limit."""
    EXPORT_PENDING = "export_pending"
    """An approved post scheduled for tomorrow has not been exported as a package."""
    DIRECTION_DUE = "direction_due"
    """A leadership direction falls due."""
    AGENDA = "agenda"
    """The morning list of the day's posts."""


class Role(StrEnum):
    """What a person may do (team mode uses all of them; a single PC uses officer)."""

    OFFICER = "officer"
    REVIEWER = "reviewer"
    COORDINATOR = "coordinator"
    ADMIN = "admin"
