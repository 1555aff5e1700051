"""Team mode's permissions, enforced by the services, and each department's own posts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Approval, AuditEntry, Department, Post, User
from sosmed_desktop.domain.statuses import PostStatus, Role
from sosmed_desktop.errors import DomainError, NotFoundError, PermissionDeniedError
from sosmed_desktop.services.calendar import calendar
from sosmed_desktop.services.calendar.calendar import CalendarFilter
from sosmed_desktop.services.packages import exporting as packages_export
from sosmed_desktop.services.packages import importing as packages_import
from sosmed_desktop.services.posts import board, posts, workflow
from sosmed_desktop.services.search import search
from sosmed_desktop.services.team import accounts, departments
from tests.unit.posting import WIB, add_photo, post_input
from tests.unit.team import PASSWORD, Team, build_team, cheap_hashes  # noqa: F401

ROLES = ("officer", "reviewer", "coordinator", "admin")


@pytest.fixture
def team(ctx: AppContext) -> Team:
    return build_team(ctx)


def _submitted_post(ctx: AppContext, team: Team, tmp_path: Path) -> int:
    """A Dinas Kesehatan post waiting for approval, written by its officer."""
    ctx.sign_in(team["officer"])
    photo = add_photo(ctx, tmp_path / "in", 1080, 1350)
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, post_input((photo,))).id
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id)
    return post_id


def _approve(ctx: AppContext, post_id: int, _tmp: Path) -> None:
    with ctx.uow() as uow:
        workflow.approve(uow, post_id, "Nama Diketik", "Jabatan")


def _revise(ctx: AppContext, post_id: int, _tmp: Path) -> None:
    with ctx.uow() as uow:
        workflow.request_revision(uow, post_id, "Nama", "", "Foto kurang terang")


def _export(ctx: AppContext, post_id: int, tmp: Path) -> None:
    packages_export.export_post(ctx, post_id, tmp / "out")


def _import(ctx: AppContext, _post_id: int, tmp: Path) -> None:
    packages_import.import_package(ctx, tmp / "tidak-ada.zip")


def _create_user(ctx: AppContext, _post_id: int, _tmp: Path) -> None:
    with ctx.uow() as uow:
        accounts.create_user(uow, accounts.UserInput("Baru", "baru", Role.COORDINATOR), PASSWORD)


def _create_department(ctx: AppContext, _post_id: int, _tmp: Path) -> None:
    with ctx.uow() as uow:
        departments.create_department(uow, departments.DepartmentInput("Dinas Pendidikan"))


def _list_users(ctx: AppContext, _post_id: int, _tmp: Path) -> None:
    with ctx.uow() as uow:
        accounts.list_users(uow)


def _reset_password(ctx: AppContext, _post_id: int, _tmp: Path) -> None:
    with ctx.uow() as uow:
        user_id = uow.session.scalar(select(User.id).where(User.username == "dishub"))
        accounts.reset_password(uow, user_id, "password-baru")  # type: ignore[arg-type]


ACTIONS: dict[str, tuple[Callable[[AppContext, int, Path], None], frozenset[str]]] = {
    "approve": (_approve, frozenset({"reviewer"})),
    "request_revision": (_revise, frozenset({"reviewer"})),
    "export_package": (_export, frozenset({"coordinator", "admin"})),
    "import_package": (_import, frozenset({"coordinator", "admin"})),
    "create_user": (_create_user, frozenset({"admin"})),
    "list_users": (_list_users, frozenset({"admin"})),
    "reset_password": (_reset_password, frozenset({"admin"})),
    "create_department": (_create_department, frozenset({"admin"})),
}
MATRIX = [(role, action) for action in ACTIONS for role in ROLES]


@pytest.mark.parametrize(("role", "action"), MATRIX, ids=[f"{r}-{a}" for r, a in MATRIX])
def test_role_action_matrix(
    ctx: AppContext, team: Team, tmp_path: Path, role: str, action: str
) -> None:
    """Each role may do exactly its actions; a refusal changes nothing."""
    post_id = _submitted_post(ctx, team, tmp_path)
    run, allowed_roles = ACTIONS[action]
    ctx.sign_in(team[role])
    with ctx.uow() as uow:
        before = (
            len(list(uow.session.scalars(select(User.id)))),
            len(list(uow.session.scalars(select(Department.id)))),
            uow.session.get(Post, post_id).status,  # type: ignore[union-attr]
        )
    if role in allowed_roles:
        try:
            run(ctx, post_id, tmp_path)
        except PermissionDeniedError:  # pragma: no cover - the failure message
            pytest.fail(f"{role} may {action}")
        except DomainError:
            pass  # allowed, refused for another reason (e.g. a package that is not there)
    else:
        with pytest.raises(PermissionDeniedError) as info:
            run(ctx, post_id, tmp_path)
        assert info.value.code == "permission_denied"
        assert info.value.params["role"] == role
        with ctx.uow() as uow:
            after = (
                len(list(uow.session.scalars(select(User.id)))),
                len(list(uow.session.scalars(select(Department.id)))),
                uow.session.get(Post, post_id).status,  # type: ignore[union-attr]
            )
        assert after == before
        assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("role", ROLES)
def test_every_role_writes_posts_in_its_department(ctx: AppContext, team: Team, role: str) -> None:
    actor = team[role]
    ctx.sign_in(actor)
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, post_input(title=f"Kiriman {role}")).id
    with ctx.uow() as uow:
        row = uow.session.get(Post, post_id)
        assert row is not None
        assert (row.author_id, row.department_id) == (actor.user_id, actor.department_id)
        entry = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_type == "post", AuditEntry.entity_id == post_id
            )
        ).one()
        assert (entry.action, entry.user_name) == ("created", actor.name)


def test_the_approval_is_the_signed_in_reviewers_record(
    ctx: AppContext, team: Team, tmp_path: Path
) -> None:
    post_id = _submitted_post(ctx, team, tmp_path)
    reviewer = team["reviewer"]
    ctx.sign_in(reviewer)
    with ctx.uow() as uow:
        workflow.approve(uow, post_id, "Orang Lain", "Bukan Jabatannya")
    with ctx.uow() as uow:
        approval = uow.session.scalars(select(Approval).where(Approval.post_id == post_id)).one()
        assert (approval.reviewer_id, approval.reviewer_name) == (reviewer.user_id, reviewer.name)
        names = [
            e.user_name
            for e in uow.session.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "approved", AuditEntry.entity_id == post_id
                )
            )
        ]
    assert names == [reviewer.name]


def test_a_demoted_reviewer_can_no_longer_approve(
    ctx: AppContext, team: Team, tmp_path: Path
) -> None:
    """The role is read again at each action, not kept from the sign-in."""
    post_id = _submitted_post(ctx, team, tmp_path)
    ctx.sign_in(team["admin"])
    with ctx.uow() as uow:
        accounts.update_user(
            uow, team["reviewer"].user_id,
            accounts.UserInput("dr. Ahmad Fauzi", "reviewer", Role.OFFICER, team.dinkes),
        )  # fmt: skip
    ctx.sign_in(team["reviewer"])  # the session from before the change
    with pytest.raises(PermissionDeniedError):
        _approve(ctx, post_id, tmp_path)


def _post_in(ctx: AppContext, team: Team, who: str, title: str, day: int) -> int:
    ctx.sign_in(team[who])
    with ctx.uow() as uow:
        when = datetime(2026, 12, day, 9, 0, tzinfo=WIB)
        return posts.create_post(uow, post_input(title=title, when=when)).id


def test_each_department_sees_its_own_posts_the_coordinator_all(
    ctx: AppContext, team: Team
) -> None:
    own = _post_in(ctx, team, "officer", "Posyandu", 3)
    other = _post_in(ctx, team, "dishub", "Uji KIR gratis", 4)
    ctx.sign_out()  # a post without a department (from before team mode): everyone's
    with ctx.uow() as uow:
        undepartment = posts.create_post(
            uow, post_input(title="Lama", when=datetime(2026, 12, 5, 9, tzinfo=WIB))
        ).id

    def month(who: str, flt: CalendarFilter | None = None) -> set[int]:
        ctx.sign_in(team[who])
        with ctx.uow() as uow:
            return {r.id for r in calendar.month_posts(uow, 2026, 12, WIB, flt)}

    assert month("officer") == month("reviewer") == {own, undepartment}
    assert month("dishub") == {other, undepartment}
    assert month("coordinator") == month("admin") == {own, other, undepartment}
    assert month("coordinator", CalendarFilter(departments=frozenset({team.dishub}))) == {other}

    ctx.sign_in(team["officer"])
    with ctx.uow() as uow:
        drafts = {card.post.id for card in board.board(uow).drafts}
        assert drafts == {own, undepartment}
        with pytest.raises(NotFoundError):
            posts.get_post(uow, other)
    with ctx.uow() as uow:
        assert [h.id for h in search.search_all(uow, "KIR")] == []
    with ctx.uow() as uow, pytest.raises(NotFoundError):
        posts.update_post(uow, other, post_input(title="Diubah"), 1)
    with ctx.uow() as uow:
        assert uow.session.get(Post, other) is None
    ctx.sign_in(team["coordinator"])
    with ctx.uow() as uow:
        assert posts.get_post(uow, other).title == "Uji KIR gratis"
        assert [h.id for h in search.search_all(uow, "KIR")] == [other]
        assert uow.session.get(Post, other).status == PostStatus.DRAFT.value  # type: ignore[union-attr]
