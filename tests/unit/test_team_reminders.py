"""Team mode: each person's reminders are their own — derived, fired and listed on their PC."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Reminder
from sosmed_desktop.domain.permissions import Actor
from sosmed_desktop.errors import NotFoundError
from sosmed_desktop.services.directions import directions
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.reminders import reminders
from sosmed_desktop.services.reminders.rows import Listing, list_reminders
from tests.reminder_helpers import WIB, prefs
from tests.unit.posting import post_input
from tests.unit.team import Team, build_team, cheap_hashes  # noqa: F401

HORIZON = timedelta(hours=24)
AT = datetime(2026, 12, 10, 10, 0, tzinfo=WIB)


@pytest.fixture
def team(ctx: AppContext) -> Team:
    return build_team(ctx)


def _as(ctx: AppContext, person: Actor | None) -> None:
    ctx.sign_out()
    if person is not None:
        ctx.sign_in(person)


def _post(ctx: AppContext, person: Actor, title: str, when: datetime = AT) -> int:
    _as(ctx, person)
    with ctx.uow() as uow:
        return posts.create_post(uow, post_input(title=title, when=when)).id


def _check(ctx: AppContext, person: Actor | None, now: datetime) -> reminders.CheckOutcome:
    _as(ctx, person)
    with ctx.uow() as uow:
        return reminders.run_check(uow, now, prefs(), HORIZON)


def _of_posts(rows: list) -> list:
    """The reminders about a post (the morning agenda is about a day)."""
    return [row for row in rows if row.post_id is not None]


def _listed(ctx: AppContext, person: Actor | None, listing: Listing) -> list[str]:
    _as(ctx, person)
    with ctx.uow() as uow:
        return [row.subject for row in _of_posts(list_reminders(uow, listing, WIB))]


def test_a_post_reminds_its_author_on_their_pc_only(ctx: AppContext, team: Team) -> None:
    mine = _post(ctx, team["officer"], "Posyandu Rina")
    _post(ctx, team["dishub"], "Uji emisi Sari")
    due = AT - timedelta(minutes=59)  # the one-hour reminders are due

    rina = _check(ctx, team["officer"], due)
    assert [(row.post_id, row.lead_minutes) for row in _of_posts(rina.fired)] == [(mine, 60)]
    assert [row.subject for row in _of_posts(rina.fired)] == ["Posyandu Rina"]
    # The reviewer of the same department and the coordinator own no post: nothing fires.
    assert _check(ctx, team["reviewer"], due).fired == []
    assert _check(ctx, team["coordinator"], due).fired == []
    sari = _check(ctx, team["dishub"], due)
    assert [row.subject for row in _of_posts(sari.fired)] == ["Uji emisi Sari"]

    assert _listed(ctx, team["officer"], Listing.NOTIFICATIONS) == ["Posyandu Rina"]
    assert _listed(ctx, team["dishub"], Listing.NOTIFICATIONS) == ["Uji emisi Sari"]
    assert _check(ctx, team["officer"], due + timedelta(minutes=1)).fired == []  # never twice
    _as(ctx, None)  # the whole table, as a headless command sees it
    with ctx.uow() as uow:
        stored = uow.session.execute(select(Reminder.key, Reminder.user_id)).all()
    owners = {user for _key, user in stored}
    assert owners == {team["officer"].user_id, team["dishub"].user_id}
    assert all(key.startswith(f"u{user}:") for key, user in stored)


def test_another_persons_reminder_cannot_be_touched(ctx: AppContext, team: Team) -> None:
    _post(ctx, team["officer"], "Posyandu Rina")
    fired = _of_posts(_check(ctx, team["officer"], AT - timedelta(minutes=59)).fired)
    _as(ctx, team["coordinator"])
    with ctx.uow() as uow, pytest.raises(NotFoundError):
        reminders.done(uow, fired[0].id)
    assert _listed(ctx, team["officer"], Listing.NOTIFICATIONS) == ["Posyandu Rina"]


def test_missed_reminders_follow_each_persons_own_last_check(ctx: AppContext, team: Team) -> None:
    _post(ctx, team["officer"], "Posyandu Rina")
    _post(ctx, team["dishub"], "Uji emisi Sari")
    before = AT - timedelta(days=2)
    first = _check(ctx, team["officer"], before)
    assert first.missed.since is None
    second = _check(ctx, team["dishub"], before + timedelta(hours=1))
    assert second.missed.since is None  # Rina's check is not Sari's
    # Rina's PC was off through the post; Sari's ran. Each learns of their own.
    later = AT + timedelta(hours=2)
    assert _of_posts(_check(ctx, team["dishub"], AT - timedelta(minutes=59)).fired) != []
    rina = _check(ctx, team["officer"], later)
    assert rina.missed.since == before
    missed = _of_posts(rina.missed.reminders)
    assert sorted((row.subject, row.lead_minutes) for row in missed) == [
        ("Posyandu Rina", 60),
        ("Posyandu Rina", 1440),
    ]
    assert _check(ctx, team["dishub"], later).missed.reminders == []


def test_a_direction_reminds_each_person_of_its_department(ctx: AppContext, team: Team) -> None:
    _as(ctx, team["officer"])
    with ctx.uow() as uow:
        directions.create_direction(
            uow,
            directions.DirectionInput(
                given_by_name="Kepala Dinas",
                content="Kampanye cuci tangan",
                given_at=datetime(2026, 12, 1, tzinfo=WIB),
                due_at=AT,
            ),
        )
    due = AT.replace(hour=8)  # the due day's morning (07:30) has come
    for person in ("officer", "reviewer"):
        outcome = _check(ctx, team[person], due)
        fired = [row for row in outcome.fired if row.direction_id is not None]
        assert [row.subject for row in fired] == ["Kampanye cuci tangan"], person
    assert _check(ctx, team["dishub"], due).fired == []


def test_one_pc_keeps_unowned_reminders(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        posts.create_post(uow, post_input(title="Sendiri", when=AT))
    outcome = _check(ctx, None, AT - timedelta(minutes=59))
    assert [row.subject for row in _of_posts(outcome.fired)] == ["Sendiri"]
    with ctx.uow() as uow:
        stored = uow.session.execute(select(Reminder.key, Reminder.user_id)).all()
    assert stored and all(user is None and not key.startswith("u") for key, user in stored)
