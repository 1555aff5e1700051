"""Running a use case through `perform`: recorded, and the reminders follow at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.change_kinds import Changes, Kind
from sosmed_desktop.db.models import Reminder
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.perform import perform, perform_ctx
from sosmed_desktop.services.posts import posts
from tests.reminder_helpers import add_direction
from tests.unit.posting import WIB, post_input, set_profile


def reminders_of(ctx: AppContext, post_id: int) -> dict[str, datetime]:
    with ctx.uow() as uow:
        stmt = select(Reminder.key, Reminder.due_at).where(Reminder.post_id == post_id)
        return {key: due for key, due in uow.session.execute(stmt).all()}


def test_rescheduling_through_perform_moves_the_posts_reminders_at_once(
    ctx: AppContext,
) -> None:
    set_profile(ctx)
    when = datetime(2026, 12, 5, 9, 0, tzinfo=WIB)
    created = perform(ctx, lambda uow: posts.create_post(uow, post_input(when=when)))
    post_id = created.value.id
    before = reminders_of(ctx, post_id)
    assert sorted(before.values()) == [when - timedelta(days=1), when - timedelta(hours=1)]
    assert created.changes.touches(Kind.POST, post_id)
    assert created.changes.touches(Kind.REMINDER), "the reminders' commit is in the record"

    later = when + timedelta(days=2)
    moved = perform(ctx, lambda uow: posts.reschedule(uow, post_id, later))
    after = reminders_of(ctx, post_id)
    assert sorted(after.values()) == [later - timedelta(days=1), later - timedelta(hours=1)]
    assert set(after) == set(before), "the same reminders, moved"
    assert moved.changes.ids(Kind.POST) == {post_id}

    perform(ctx, lambda uow: posts.trash_post(uow, post_id))
    assert reminders_of(ctx, post_id) == {}


def test_a_direction_due_date_gets_its_reminder_through_perform(ctx: AppContext) -> None:
    from sosmed_desktop.services.directions import directions

    due = datetime(2026, 12, 10, 12, 0, tzinfo=WIB)
    ident = add_direction(ctx, "Unggah jadwal posyandu", None)

    def set_due(uow: UnitOfWork) -> None:
        row = directions.get_direction(uow, ident)
        directions.update_direction(uow, ident, replace(row.as_input(), due_at=due))

    done = perform(ctx, set_due)
    assert done.changes.touches(Kind.DIRECTION, ident)
    with ctx.uow() as uow:
        dues = uow.session.scalars(select(Reminder.due_at).where(Reminder.direction_id == ident))
        assert list(dues), "the direction's reminder exists without a scheduler check"


def test_a_failed_use_case_still_has_its_commits_followed(ctx: AppContext) -> None:
    set_profile(ctx)
    when = datetime(2026, 12, 5, 9, 0, tzinfo=WIB)

    def create_then_fail(run: AppContext) -> None:
        with run.uow() as uow:
            posts.create_post(uow, post_input(when=when))
        with run.uow() as uow:
            posts.create_post(uow, post_input(title=""))

    recording, recorder = ctx.recording()
    with pytest.raises(ValidationError):
        perform_ctx(recording, create_then_fail)
    (post_id,) = recorder.changes.ids(Kind.POST) or ()
    assert len(reminders_of(ctx, post_id)) == 2
    assert recorder.changes.touches(Kind.REMINDER)


def test_a_read_through_perform_records_nothing(ctx: AppContext) -> None:
    done = perform(ctx, lambda uow: posts.list_trash(uow))
    assert done.changes == Changes() and done.value == []
