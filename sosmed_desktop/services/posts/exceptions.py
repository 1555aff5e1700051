"""Personal-data exceptions of a post: checked, stamped with who and when, in the history.

The officer may decide that a piece of personal data in a caption is to be
published (written consent, the department's own service number) and records
it with a reason (`domain/personal_data.py`).  The exceptions are part of what
the head of department approves (`domain/approval.py`).
"""

from __future__ import annotations

from dataclasses import replace

from sosmed_desktop.db.models import Post
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.personal_data import KINDS, REASON_MAX, DataException
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts.data import exceptions_of


def clean(raw: tuple[DataException, ...]) -> list[DataException]:
    """One exception per value (the last typed wins), each with a kind, a value and a reason."""
    kept: dict[tuple[str, str], DataException] = {}
    for item in raw:
        reason = " ".join(item.reason.split())
        if item.kind not in KINDS or not item.key:
            raise ValidationError(code="bad_data_exception", detail=f"{item.kind}: {item.value}")
        if not reason:
            raise ValidationError(
                code="exception_reason_required", detail="say why this data may be published"
            )
        if len(reason) > REASON_MAX:
            raise ValidationError(
                code="exception_reason_too_long", detail="reason too long", limit=REASON_MAX
            )
        kept[(item.kind, item.key)] = replace(item, value=item.value.strip(), reason=reason)
    return list(kept.values())


def stamped(
    uow: UnitOfWork, before: tuple[DataException, ...], wanted: list[DataException]
) -> list[dict[str, str]]:
    """The exceptions to store: who recorded each and when (kept for unchanged ones)."""
    known = {(e.kind, e.key, e.reason): e for e in before}
    now = utcnow().isoformat()
    return [
        (
            known.get((item.kind, item.key, item.reason)) or replace(item, by=uow.user_name, at=now)
        ).to_dict()
        for item in wanted
    ]


def record_changes(uow: UnitOfWork, post: Post, before: tuple[DataException, ...]) -> None:
    """A history line for each personal-data exception recorded or removed."""
    after = exceptions_of(post)
    old = {(e.kind, e.key, e.reason) for e in before}
    new = {(e.kind, e.key, e.reason) for e in after}
    for item in after:
        if (item.kind, item.key, item.reason) not in old:
            audit.record(uow, "post", post.id, "data_exception_recorded",
                         kind=item.kind, value=item.value, reason=item.reason)  # fmt: skip
    for item in before:
        if (item.kind, item.key, item.reason) not in new:
            audit.record(uow, "post", post.id, "data_exception_removed",
                         kind=item.kind, value=item.value, reason=item.reason)  # fmt: skip
