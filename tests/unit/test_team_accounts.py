"""Team mode's accounts: password hashes, the first administrator, signing in, the last admin."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import AppMeta, AuditEntry, User
from sosmed_desktop.domain import passwords
from sosmed_desktop.domain.statuses import Role
from sosmed_desktop.domain.throttle import SignInThrottle
from sosmed_desktop.errors import (
    ConflictError,
    NotFoundError,
    SignInError,
    ValidationError,
)
from sosmed_desktop.services import profile
from sosmed_desktop.services.team import accounts, departments
from tests.unit.helpers import count
from tests.unit.team import PASSWORD, build_team, cheap_hashes  # noqa: F401


def test_password_hash_is_salted_scrypt_and_verifies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "N", 2**14)  # above the other tests (test_team_guard: real)
    first, second = passwords.hash_password("kata sandi"), passwords.hash_password("kata sandi")
    assert first.startswith("scrypt$16384$8$1$")
    assert first != second  # a salt per hash
    assert passwords.verify_password("kata sandi", first)
    assert passwords.verify_password("kata sandi", second)
    assert not passwords.verify_password("kata sandI", first)
    assert not passwords.verify_password("", first)
    for stored in (None, "", "plain", "bcrypt$1$2$3$AAAA$AAAA", "scrypt$x$8$1$AAAA$AAAA"):
        assert not passwords.verify_password("kata sandi", stored)


def test_first_admin_only_on_an_empty_team_database(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        assert accounts.needs_first_admin(uow)
        admin = accounts.create_first_admin(
            uow, accounts.UserInput("Admin", " Admin ", Role.OFFICER), PASSWORD
        )
    assert admin.role is Role.ADMIN and admin.username == "admin"
    with ctx.uow() as uow:
        assert not accounts.needs_first_admin(uow)
        with pytest.raises(ConflictError) as info:
            accounts.create_first_admin(
                uow, accounts.UserInput("Lain", "lain", Role.ADMIN), PASSWORD
            )
    assert info.value.code == "first_admin_exists"
    assert count(ctx, User) == 1


def test_the_one_pc_officer_does_not_count_as_an_account(ctx: AppContext) -> None:
    """A database moved from one PC has its officer, without a password: still empty."""
    with ctx.uow() as uow:
        profile.save_profile(uow, profile.Profile(officer_name="Rina", department_name="Dinkes"))
    with ctx.uow() as uow:
        assert accounts.needs_first_admin(uow)


@pytest.mark.parametrize(
    ("username", "password"),
    [("admin", "salah-sekali"), ("tidakada", PASSWORD), ("", PASSWORD), ("admin", "")],
)
def test_sign_in_refused_with_one_message(ctx: AppContext, username: str, password: str) -> None:
    build_team(ctx)
    with ctx.uow() as uow, pytest.raises(SignInError) as info:
        accounts.sign_in(uow, username, password)
    assert info.value.code == "sign_in_failed"
    assert str(info.value) == "The username or password is wrong"
    with ctx.uow() as uow:
        last = uow.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc())).first()
    assert last == "sign_in_refused"


def test_sign_in_ignores_case_and_refuses_a_deactivated_account(ctx: AppContext) -> None:
    team = build_team(ctx)
    with ctx.uow() as uow:
        assert accounts.sign_in(uow, "  RINA ".replace("RINA", "OFFICER"), PASSWORD).name == (
            "Rina Marlina"
        )
    ctx.sign_in(team["admin"])
    with ctx.uow() as uow:
        accounts.set_active(uow, team["officer"].user_id, False)
    ctx.sign_out()
    with ctx.uow() as uow, pytest.raises(SignInError):
        accounts.sign_in(uow, "officer", PASSWORD)


def test_throttle_slows_down_after_a_few_failures() -> None:
    now = [100.0]
    throttle = SignInThrottle(clock=lambda: now[0])
    assert [throttle.failed() for _ in range(2)] == [0.0, 0.0]
    assert throttle.failed() == 2.0
    assert throttle.remaining() == 2.0
    now[0] += 1.5
    assert throttle.remaining() == pytest.approx(0.5)
    assert throttle.failed() == 4.0
    for _ in range(10):
        wait = throttle.failed()
    assert wait == 60.0
    throttle.succeeded()
    assert throttle.remaining() == 0.0 and throttle.failed() == 0.0


def test_the_last_active_admin_remains(ctx: AppContext) -> None:
    team = build_team(ctx)
    admin = team["admin"]
    ctx.sign_in(admin)
    same = accounts.UserInput("Admin Kominfo", "admin", Role.ADMIN)
    with ctx.uow() as uow, pytest.raises(ConflictError) as deactivate:
        accounts.set_active(uow, admin.user_id, False)
    with ctx.uow() as uow, pytest.raises(ConflictError) as demote:
        accounts.update_user(
            uow, admin.user_id, same.__class__(**{**same.__dict__, "role": Role.COORDINATOR})
        )
    assert deactivate.value.code == demote.value.code == "last_admin"
    with ctx.uow() as uow:
        row = uow.session.get(User, admin.user_id)
        assert row is not None and (row.role, row.active) == ("admin", True)
    # With a second administrator the first may step down.
    with ctx.uow() as uow:
        accounts.update_user(
            uow, team["coordinator"].user_id,
            accounts.UserInput("Budi Santoso", "coordinator", Role.ADMIN),
        )  # fmt: skip
    with ctx.uow() as uow:
        assert not accounts.set_active(uow, admin.user_id, False).active


OFFICER, COORD = Role.OFFICER, Role.COORDINATOR
BAD_USERS = [
    ("name", accounts.UserInput("  ", "baru", COORD), PASSWORD, "user_name_required"),
    ("username", accounts.UserInput("Baru", "b a", COORD), PASSWORD, "username_invalid"),
    ("short", accounts.UserInput("Baru", "ab", COORD), PASSWORD, "username_invalid"),
    ("taken", accounts.UserInput("Baru", "OFFICER", COORD), PASSWORD, "username_taken"),
    ("nodept", accounts.UserInput("Baru", "baru", OFFICER), PASSWORD, "user_department_required"),
    ("password", accounts.UserInput("Baru", "baru", COORD), "pendek", "password_too_short"),
    ("long", accounts.UserInput("Baru", "baru", COORD), "x" * 201, "password_too_long"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "data", "password", "code"), BAD_USERS, ids=[b[0] for b in BAD_USERS]
)
def test_bad_account_input_is_refused_and_nothing_written(
    ctx: AppContext, case: str, data: accounts.UserInput, password: str, code: str
) -> None:
    team = build_team(ctx)
    before = count(ctx, User)
    ctx.sign_in(team["admin"])
    with ctx.uow() as uow, pytest.raises((ValidationError, ConflictError)) as info:
        accounts.create_user(uow, data, password)
    assert info.value.code == code
    assert count(ctx, User) == before


def test_unknown_department_is_refused(ctx: AppContext) -> None:
    team = build_team(ctx)
    ctx.sign_in(team["admin"])
    with ctx.uow() as uow, pytest.raises(NotFoundError) as info:
        accounts.create_user(uow, accounts.UserInput("Baru", "baru", Role.OFFICER, 9999), PASSWORD)
    assert info.value.code == "department_not_found"


def test_change_own_password_and_admin_reset(ctx: AppContext) -> None:
    team = build_team(ctx)
    ctx.sign_in(team["officer"])
    with ctx.uow() as uow, pytest.raises(ValidationError) as wrong:
        accounts.change_own_password(uow, "bukan-ini-1", "baru-sekali-1")
    assert wrong.value.code == "old_password_wrong"
    with ctx.uow() as uow, pytest.raises(ValidationError) as short:
        accounts.change_own_password(uow, PASSWORD, "pendek")
    assert short.value.code == "password_too_short"
    with ctx.uow() as uow:
        accounts.change_own_password(uow, PASSWORD, "baru-sekali-1")
    ctx.sign_out()
    with ctx.uow() as uow, pytest.raises(SignInError):
        accounts.sign_in(uow, "officer", PASSWORD)
    with ctx.uow() as uow:
        assert accounts.sign_in(uow, "officer", "baru-sekali-1").name == "Rina Marlina"
    ctx.sign_in(team["admin"])
    with ctx.uow() as uow:
        accounts.reset_password(uow, team["officer"].user_id, "dari-admin-1")
    with ctx.uow() as uow:
        assert accounts.sign_in(uow, "officer", "dari-admin-1").user_id == team["officer"].user_id
        history = [
            (e.user_name, e.action)
            for e in uow.session.scalars(
                select(AuditEntry)
                .where(
                    AuditEntry.entity_type == "user",
                    AuditEntry.entity_id == team["officer"].user_id,
                )
                .order_by(AuditEntry.id)
            )
        ]
    assert ("Rina Marlina", "password_changed") in history
    assert ("Admin Kominfo", "password_reset") in history


def test_a_signed_in_profile_save_never_writes_the_shared_app_meta(ctx: AppContext) -> None:
    team = build_team(ctx)
    ctx.sign_in(team["officer"])
    with ctx.uow() as uow:
        profile.save_profile(
            uow,
            profile.Profile(
                officer_name="Rina M.",
                officer_position="Staf",
                department_name="Dinas Kesehatan",
                department_short="Dinkes",
            ),
        )
    with ctx.uow() as uow:
        assert uow.session.get(AppMeta, profile.CURRENT_USER_KEY) is None
        assert profile.current_user(uow).name == "Rina M."  # type: ignore[union-attr]


def test_departments_are_added_edited_and_listed_by_an_admin(ctx: AppContext) -> None:
    team = build_team(ctx)
    ctx.sign_in(team["admin"])
    with ctx.uow() as uow:
        listed = {d.name: (d.label, d.users) for d in departments.list_departments(uow)}
    assert listed == {"Dinas Kesehatan": ("Dinkes", 2), "Dinas Perhubungan": ("Dishub", 1)}
    with ctx.uow() as uow:
        departments.update_department(
            uow, team.dinkes,
            departments.DepartmentInput("Dinas  Kesehatan", "Dinkes", head_name="dr. Ahmad"),
        )  # fmt: skip
    for bad, code in (
        (departments.DepartmentInput("  "), "department_name_required"),
        (departments.DepartmentInput("dinas perhubungan"), "department_exists"),
    ):
        with ctx.uow() as uow, pytest.raises((ValidationError, ConflictError)) as info:
            departments.create_department(uow, bad)
        assert info.value.code == code
    with ctx.uow() as uow:
        rows = departments.list_departments(uow)
    assert [(d.name, d.head_name) for d in rows] == [
        ("Dinas Kesehatan", "dr. Ahmad"),
        ("Dinas Perhubungan", ""),
    ]
