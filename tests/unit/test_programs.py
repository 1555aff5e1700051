"""The programs editor's use cases: create, rename, recolour, archive, merge; team scoping."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.db.models import AuditEntry, Direction, Post, Program
from sosmed_desktop.domain.programs import PALETTE, clean_colour, contrast_on_white, is_faint
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.calendar import calendar, programs
from sosmed_desktop.services.directions import directions
from sosmed_desktop.services.posts import lookups, posts, workflow
from tests.unit.posting import WIB, approve_new, count, post_input, set_profile
from tests.unit.team import Team, build_team, cheap_hashes  # noqa: F401


def _new(ctx: AppContext, name: str, colour: str | None = None) -> programs.ProgramRow:
    with ctx.uow() as uow:
        return programs.create_program(uow, name, colour)


def _rows(ctx: AppContext) -> list[programs.ProgramRow]:
    with ctx.uow() as uow:
        return programs.list_programs(uow)


def _legend(ctx: AppContext) -> list[str]:
    with ctx.uow() as uow:
        return [e.name for e in calendar.legend(uow)]


def _written(ctx: AppContext) -> tuple[int, int, int]:
    return count(ctx, Program), count(ctx, AuditEntry), count(ctx, Post)


def test_an_empty_data_folder_gets_its_programs(ctx: AppContext) -> None:
    assert _rows(ctx) == []
    with ctx.uow() as uow:
        first = programs.create_program(uow, "  Cegah   Stunting ")
        changes = uow.changes
    assert (first.name, first.colour, first.archived, first.posts) == (
        "Cegah Stunting", PALETTE[0], False, 0,
    )  # fmt: skip
    assert changes.touches(Kind.PROGRAM, first.id)
    second = _new(ctx, "Imunisasi")
    assert second.colour == PALETTE[1]  # the next colour not in use
    third = _new(ctx, "Posyandu", "EC4899")
    assert third.colour == "#ec4899"
    assert _legend(ctx) == ["Cegah Stunting", "Imunisasi", "Posyandu"]

    with ctx.uow() as uow:
        renamed = programs.rename_program(uow, second.id, "Imunisasi Anak")
        recoloured = programs.recolour_program(uow, second.id, "#B91C1C")
        assert uow.changes.touches(Kind.PROGRAM, second.id)
    assert renamed.name == recoloured.name == "Imunisasi Anak"
    assert recoloured.colour == "#b91c1c"
    with ctx.uow() as uow:  # a rename to another case of its own name is allowed
        assert programs.rename_program(uow, second.id, "imunisasi anak").name == "imunisasi anak"
        entries = [(e.action, e.details) for e in audit.history(uow, "program", second.id)]
    assert [action for action, _ in entries] == ["created", "renamed", "recoloured", "renamed"]
    assert entries[1][1] == {"old": "Imunisasi", "new": "Imunisasi Anak"}


@pytest.mark.parametrize(
    ("name", "colour", "error", "code"),
    [
        ("", None, ValidationError, "name_required"),
        ("   ", "#16a34a", ValidationError, "name_required"),
        ("x" * 81, None, ValidationError, "name_too_long"),
        ("imunisasi", None, ConflictError, "program_name_taken"),
        (" IMUNISASI ", "#16a34a", ConflictError, "program_name_taken"),
        ("Baru", "merah", ValidationError, "program_colour_invalid"),
        ("Baru", "#16a34", ValidationError, "program_colour_invalid"),
        ("Baru", "#16a34a80", ValidationError, "program_colour_invalid"),
        ("Baru", "", ValidationError, "program_colour_invalid"),
    ],
)
def test_bad_programs_are_refused_and_nothing_is_written(
    ctx: AppContext, name: str, colour: str | None, error: type, code: str
) -> None:
    _new(ctx, "Imunisasi")
    other = _new(ctx, "Lain")
    before = _written(ctx)
    with ctx.uow() as uow, pytest.raises(error) as info:
        programs.create_program(uow, name, colour)
    assert info.value.code == code
    with ctx.uow() as uow, pytest.raises(error) as info:
        if code == "program_colour_invalid":
            programs.recolour_program(uow, other.id, colour or "")
        else:
            programs.rename_program(uow, other.id, name)
    assert info.value.code == code
    assert _written(ctx) == before
    assert [(r.name, r.colour) for r in _rows(ctx)] == [
        ("Imunisasi", PALETTE[0]), ("Lain", PALETTE[1]),
    ]  # fmt: skip


def test_an_unknown_program_is_not_found(ctx: AppContext) -> None:
    for change in (
        lambda uow: programs.rename_program(uow, 99, "X"),
        lambda uow: programs.recolour_program(uow, 99, "#16a34a"),
        lambda uow: programs.set_archived(uow, 99, True),
    ):
        with ctx.uow() as uow, pytest.raises(NotFoundError) as info:
            change(uow)
        assert info.value.code == "program_not_found"


def test_archived_programs_leave_the_choices_but_stay_on_their_posts(ctx: AppContext) -> None:
    set_profile(ctx)
    old = _new(ctx, "HUT Kabupaten", "#dc2626")
    _new(ctx, "Posyandu")
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, post_input(platforms=("facebook",), program_id=old.id)).id
    with ctx.uow() as uow:
        archived = programs.set_archived(uow, old.id, True)
    assert (archived.archived, archived.posts) == (True, 1)
    assert _legend(ctx) == ["Posyandu"]
    with ctx.uow() as uow:
        assert [c.name for c in lookups.program_choices(uow)] == ["Posyandu"]
        (row,) = calendar.month_posts(uow, 2026, 12, WIB)
        assert (row.id, row.program, row.program_colour) == (post_id, "HUT Kabupaten", "#dc2626")
        assert posts.get_post(uow, post_id).program_id == old.id
    assert [r.name for r in _rows(ctx)] == ["Posyandu", "HUT Kabupaten"]  # archived last

    # Its name stays taken; bringing it back is refused while another has the name.
    with ctx.uow() as uow, pytest.raises(ConflictError) as info:
        programs.create_program(uow, "hut kabupaten")
    assert info.value.params["archived"] is True
    with ctx.uow() as uow:
        assert not programs.set_archived(uow, old.id, False).archived
    assert _legend(ctx) == ["HUT Kabupaten", "Posyandu"]


def _direction(ctx: AppContext, program_id: int) -> int:
    with ctx.uow() as uow:
        return directions.create_direction(
            uow,
            directions.DirectionInput(
                "Bupati", "Sosialisasikan imunisasi", datetime(2026, 11, 20, 9, tzinfo=WIB),
                program_id=program_id,
            ),
        )  # fmt: skip


def test_merging_moves_posts_and_directions_and_keeps_approvals(
    ctx: AppContext, fixed_now: datetime
) -> None:
    set_profile(ctx)
    source = _new(ctx, "Imunisasi 2025")
    target = _new(ctx, "Imunisasi")
    approved = approve_new(ctx, platforms=("facebook",), program_id=source.id)
    bian = approve_new(ctx, title="BIAN", platforms=("facebook",), program_id=source.id)
    with ctx.uow() as uow:
        published = workflow.mark_published(uow, bian.id, fixed_now)
    with ctx.uow() as uow:
        trashed = posts.create_post(uow, post_input(platforms=("facebook",), program_id=source.id))
    with ctx.uow() as uow:
        posts.trash_post(uow, trashed.id)
    direction_id = _direction(ctx, source.id)
    with ctx.uow() as uow:
        preview = programs.merge_preview(uow, source.id, target.id)
    assert preview == programs.MergePreview("Imunisasi 2025", "Imunisasi", 2, 1, 1)

    with ctx.uow() as uow:
        result = programs.merge_programs(uow, source.id, target.id)
        changes = uow.changes
    assert set(result.post_ids) == {approved.id, published.id, trashed.id}
    assert result.direction_ids == (direction_id,)
    for kind in (Kind.PROGRAM, Kind.POST, Kind.DIRECTION):
        assert changes.touches(kind)
    with ctx.uow() as uow:
        assert uow.session.get(Program, source.id) is None
        moved = uow.session.scalars(select(Post).where(Post.id.in_(result.post_ids))).all()
        assert {p.program_id for p in moved} == {target.id}
        assert uow.session.get_one(Direction, direction_id).program_id == target.id
        detail = posts.get_post(uow, approved.id)
        # The program is not approved content: the approval stays in force.
        assert detail.status == PostStatus.APPROVED
        assert detail.current_approval is not None
        assert detail.version == approved.version + 1  # an open editor sees the change
        assert posts.get_post(uow, published.id).status == PostStatus.PUBLISHED
        last = audit.post_history(uow, approved.id)[-1]
        assert (last.action, last.details) == (
            "program_merged", {"old": "Imunisasi 2025", "new": "Imunisasi"},
        )  # fmt: skip
    assert [(r.name, r.posts) for r in _rows(ctx)] == [("Imunisasi", 2)]


def test_a_rename_leaves_approved_content_approved(ctx: AppContext) -> None:
    set_profile(ctx)
    program = _new(ctx, "Posyandu")
    approved = approve_new(ctx, platforms=("facebook",), program_id=program.id)
    with ctx.uow() as uow:
        programs.rename_program(uow, program.id, "Posyandu Aktif")
        programs.recolour_program(uow, program.id, "#0e7490")
    with ctx.uow() as uow:
        detail = posts.get_post(uow, approved.id)
    assert detail.status == PostStatus.APPROVED
    assert detail.content_hash == approved.content_hash
    assert detail.program_name == "Posyandu Aktif"


def test_bad_merges_are_refused_and_nothing_moves(ctx: AppContext) -> None:
    set_profile(ctx)
    source, target, gone = _new(ctx, "A"), _new(ctx, "B"), _new(ctx, "C")
    with ctx.uow() as uow:
        post_id = posts.create_post(
            uow, post_input(platforms=("facebook",), program_id=source.id)
        ).id
    with ctx.uow() as uow:
        programs.set_archived(uow, gone.id, True)
    before = _written(ctx)
    for target_id, error, code in (
        (source.id, ValidationError, "program_merge_same"),
        (gone.id, ConflictError, "program_merge_archived"),
        (999, NotFoundError, "program_not_found"),
    ):
        with ctx.uow() as uow, pytest.raises(error) as info:
            programs.merge_programs(uow, source.id, target_id)
        assert info.value.code == code
    assert _written(ctx) == before
    with ctx.uow() as uow:
        assert posts.get_post(uow, post_id).program_id == source.id
    assert target.id in {r.id for r in _rows(ctx)}


def test_the_palette_is_visible_on_white() -> None:
    assert len(set(PALETTE)) == len(PALETTE) >= 8
    for colour in PALETTE:
        assert clean_colour(colour) == colour
        assert contrast_on_white(colour) >= 3.0, colour
    assert is_faint("#f59e0b") and not is_faint("#1d4ed8")
    assert round(contrast_on_white("#000000"), 1) == 21.0


# --- team mode ----------------------------------------------------------------------------


@pytest.fixture
def team(ctx: AppContext) -> Team:
    return build_team(ctx)


def test_each_department_keeps_its_own_programs(ctx: AppContext, team: Team) -> None:
    ctx.sign_in(team["officer"])  # Dinas Kesehatan
    dinkes = _new(ctx, "Imunisasi")
    ctx.sign_in(team["dishub"])  # another department may use the same name
    dishub = _new(ctx, "imunisasi")
    assert [r.id for r in _rows(ctx)] == [dishub.id]
    assert _legend(ctx) == ["imunisasi"]
    with ctx.uow() as uow, pytest.raises(NotFoundError):
        programs.rename_program(uow, dinkes.id, "Punya Dishub")
    with ctx.uow() as uow, pytest.raises(NotFoundError):
        programs.merge_programs(uow, dishub.id, dinkes.id)

    # A post of Dishub that has Dinkes's program (set through the core) moves with it.
    with ctx.uow() as uow:
        stray = posts.create_post(uow, post_input(platforms=("facebook",), program_id=dinkes.id))

    ctx.sign_out()  # a program without a department (from before team mode) is everyone's
    shared = _new(ctx, "Germas")
    ctx.sign_in(team["officer"])
    assert [r.name for r in _rows(ctx)] == ["Germas", "Imunisasi"]
    with ctx.uow() as uow, pytest.raises(ConflictError) as info:
        programs.create_program(uow, "GERMAS")
    assert info.value.code == "program_name_taken"

    ctx.sign_in(team["coordinator"])  # sees every department's programs
    rows = {r.id: r.department for r in _rows(ctx)}
    assert rows == {dinkes.id: "Dinkes", dishub.id: "Dishub", shared.id: ""}
    with ctx.uow() as uow, pytest.raises(ConflictError) as info:
        programs.merge_programs(uow, dinkes.id, dishub.id)
    assert info.value.code == "program_merge_department"
    ctx.sign_in(team["officer"])
    with ctx.uow() as uow:  # into a shared program: allowed; what moves is counted whole
        assert programs.merge_preview(uow, dinkes.id, shared.id).posts == 1
        merged = programs.merge_programs(uow, dinkes.id, shared.id)
    assert merged.post_ids == (stray.id,)
    ctx.sign_in(team["dishub"])
    with ctx.uow() as uow:
        assert posts.get_post(uow, stray.id).program_id == shared.id
    ctx.sign_in(team["coordinator"])
    assert {r.id for r in _rows(ctx)} == {dishub.id, shared.id}


def test_a_merge_is_undone_and_redone(ctx: AppContext) -> None:
    set_profile(ctx)
    target = _new(ctx, "Imunisasi")
    source = _new(ctx, "BIAN", "#7e22ce")
    with ctx.uow() as uow:
        moved = posts.create_post(uow, post_input(platforms=("facebook",), program_id=source.id))
    with ctx.uow() as uow:
        own = posts.create_post(uow, post_input(platforms=("facebook",), program_id=target.id))
    with ctx.uow() as uow:
        merged = programs.merge_programs(uow, source.id, target.id)
    with ctx.uow() as uow:
        back = programs.unmerge_programs(uow, merged)
        assert uow.changes.touches(Kind.PROGRAM, source.id) and uow.changes.touches(Kind.POST)
    assert (back.id, back.name, back.colour, back.posts) == (source.id, "BIAN", "#7e22ce", 1)
    with ctx.uow() as uow:
        assert posts.get_post(uow, moved.id).program_id == source.id
        assert posts.get_post(uow, own.id).program_id == target.id  # never was the source's
        assert audit.post_history(uow, moved.id)[-1].action == "program_unmerged"
    with ctx.uow() as uow:  # redo
        again = programs.merge_programs(uow, source.id, target.id, source_name="BIAN")
    assert again.post_ids == (moved.id,)

    # SQLite gives a deleted last id to the next new program: undo and redo refuse it.
    newcomer = _new(ctx, "Germas")
    if newcomer.id == source.id:
        with ctx.uow() as uow, pytest.raises(ConflictError) as info:
            programs.unmerge_programs(uow, again)
        assert info.value.code == "program_restore_taken"
        with ctx.uow() as uow, pytest.raises(NotFoundError):
            programs.merge_programs(uow, source.id, target.id, source_name="BIAN")
    assert {r.name for r in _rows(ctx)} == {"Imunisasi", "Germas"}
