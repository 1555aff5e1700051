"""The content checks of a post's citations: stale data notes warned about, deleted ones
refused, for saved posts and for what the editor holds before saving."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.content_checks import Severity, has_errors
from sosmed_desktop.domain.notes import NoteInput
from sosmed_desktop.errors import NotFoundError
from sosmed_desktop.services.directions.data_notes import (
    Freshness,
    create_note,
    delete_note,
    get_note,
    notes_by_ids,
    update_note,
)
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.posts.checks import check_input, findings_for_post
from tests.unit.posting import WIB, post_input, set_profile

TODAY = date(2026, 6, 30)
FRESH = Freshness(TODAY, 90, WIB)


def _note(ctx: AppContext, title: str, days_old: int) -> int:
    with ctx.uow() as uow:
        return create_note(
            uow,
            NoteInput(
                title=title,
                value=Decimal("92.4"),
                unit="%",
                source="Dinas Kesehatan",
                as_of=TODAY - timedelta(days=days_old),
            ),
        )


def _citations(findings: list) -> list[tuple[str, Severity, dict]]:
    wanted = ("stale_data_note", "data_note_missing")
    return [(f.code, f.severity, f.params) for f in findings if f.code in wanted]


def test_a_saved_post_citing_a_stale_note_gets_a_warning_until_the_note_is_updated(
    ctx: AppContext,
) -> None:
    set_profile(ctx)
    fresh_id = _note(ctx, "Cakupan imunisasi dasar lengkap", 10)
    stale_id = _note(ctx, "Balita ditimbang", 120)
    with ctx.uow() as uow:
        data = post_input(platforms=("facebook",))  # no photo: a platform that needs none
        post = posts.create_post(uow, replace(data, data_note_ids=(fresh_id, stale_id)))

    with ctx.uow() as uow:
        findings = findings_for_post(uow, post.id, fresh=FRESH)
    assert _citations(findings) == [
        (
            "stale_data_note",
            Severity.WARNING,
            {"note_id": stale_id, "title": "Balita ditimbang", "days": 120, "limit": 90},
        )
    ]
    assert all(f.platform is None for f in findings if f.code == "stale_data_note")
    assert not has_errors(findings), "a stale figure is a warning, not a refusal"

    # A longer configured age: nothing is stale.
    with ctx.uow() as uow:
        assert _citations(findings_for_post(uow, post.id, fresh=Freshness(TODAY, 150, WIB))) == []

    # Newer figures recorded in the note: the warning goes away.
    with ctx.uow() as uow:
        current = get_note(uow, stale_id, FRESH).as_input()
        update_note(uow, stale_id, replace(current, as_of=TODAY - timedelta(days=3)))
    with ctx.uow() as uow:
        assert _citations(findings_for_post(uow, post.id, fresh=FRESH)) == []


def test_unsaved_input_is_checked_by_the_ids_it_holds(ctx: AppContext) -> None:
    fresh_id = _note(ctx, "Cakupan imunisasi dasar lengkap", 10)
    stale_id = _note(ctx, "Balita ditimbang", 91)
    data = post_input(caption="Cakupan imunisasi dasar lengkap 92,4% tahun ini.")

    with ctx.uow() as uow:
        uncited = check_input(uow, data, fresh=FRESH)
        cited_fresh = check_input(uow, replace(data, data_note_ids=(fresh_id,)), fresh=FRESH)
        cited_stale = check_input(
            uow, replace(data, data_note_ids=(fresh_id, stale_id)), fresh=FRESH
        )
    assert "cite_data_source" in {f.code for f in uncited}
    assert _citations(uncited) == []
    assert {f.code for f in cited_fresh} & {"cite_data_source", "stale_data_note"} == set()
    assert [(c, p["note_id"], p["days"]) for c, _s, p in _citations(cited_stale)] == [
        ("stale_data_note", stale_id, 91)
    ]
    # Listed once for the post, not once per platform.
    assert sum(1 for f in cited_stale if f.code == "stale_data_note") == 1

    # On the day the note reaches the age it is not stale yet.
    with ctx.uow() as uow:
        edge = check_input(
            uow, replace(data, data_note_ids=(stale_id,)), fresh=Freshness(TODAY, 91, WIB)
        )
    assert _citations(edge) == []


def test_a_note_deleted_while_an_editor_cites_it_is_an_error_and_cannot_be_saved(
    ctx: AppContext,
) -> None:
    set_profile(ctx)
    note_id = _note(ctx, "Kasus DBD", 5)
    data = replace(post_input(), data_note_ids=(note_id,))
    with ctx.uow() as uow:
        delete_note(uow, note_id)  # nobody cites it in the database yet
    with ctx.uow() as uow:
        findings = check_input(uow, data, fresh=FRESH)
    assert _citations(findings) == [("data_note_missing", Severity.ERROR, {"note_id": note_id})]
    with ctx.uow() as uow, pytest.raises(NotFoundError) as refused:
        posts.create_post(uow, data)
    assert refused.value.code == "data_note_not_found"


def test_notes_by_ids_keeps_the_order_and_leaves_deleted_ones_out(ctx: AppContext) -> None:
    first, second, third = (_note(ctx, name, days) for name, days in
                            (("A", 1), ("B", 100), ("C", 2)))  # fmt: skip
    with ctx.uow() as uow:
        delete_note(uow, second)
    with ctx.uow() as uow:
        rows = notes_by_ids(uow, [third, second, first, third], FRESH)
        assert notes_by_ids(uow, [], FRESH) == []
    assert [(r.id, r.stale) for r in rows] == [(third, False), (first, False)]
