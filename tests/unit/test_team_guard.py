"""Team mode hardened (issue 15): every write checks the writer, strong hashes, no stored password.

A signed-in officer who was deactivated or demoted could go on editing (only
approving, packages and user management read the role again); password hashes
used scrypt N=2^14; `Config` saved a database URL with its password into
settings.json; an interrupted package import left ``cache/package-*`` behind.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import func, select, update

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.config import Config
from sosmed_desktop.db import credentials
from sosmed_desktop.db.models import DataNote, Post, User
from sosmed_desktop.domain import passwords
from sosmed_desktop.domain.notes import NoteInput
from sosmed_desktop.domain.statuses import Role
from sosmed_desktop.errors import PermissionDeniedError, SignInError
from sosmed_desktop.services.check import repair, run_check
from sosmed_desktop.services.directions import data_notes
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.team import accounts
from tests.keyrings import MemoryKeyring
from tests.unit.posting import post_input
from tests.unit.team import PASSWORD, Team, build_team, cheap_hashes  # noqa: F401

URL = "postgresql+psycopg://petugas@db.kantor.local:5432/sosmed"


@pytest.fixture
def team(ctx: AppContext) -> Team:
    return build_team(ctx)


def _as_admin(ctx: AppContext, team: Team, change: object) -> None:
    ctx.sign_in(team["admin"])
    with ctx.uow() as uow:
        change(uow)  # type: ignore[operator]


def _user_input(ctx: AppContext, user_id: int, **changes: object) -> accounts.UserInput:
    with ctx.uow() as uow:
        user = uow.session.get(User, user_id)
        assert user is not None
        values = {
            "name": user.name, "username": user.username, "role": Role(user.role),
            "department_id": user.department_id, "position": user.position,
        }  # fmt: skip
    return accounts.UserInput(**{**values, **changes})  # type: ignore[arg-type]


def _posts(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Post)) or 0


def _writes(ctx: AppContext, post_id: int) -> list[tuple[str, object]]:
    """Each kind of write an officer makes: a new post, an edit, a note, a raw statement."""
    return [
        ("create", lambda uow: posts.create_post(uow, post_input(title="Baru"))),
        ("update", lambda uow: posts.update_post(uow, post_id, post_input(title="Ubah"), None)),
        ("note", lambda uow: data_notes.create_note(
            uow, NoteInput("Cakupan", Decimal(1), "Dinkes"))),
        ("statement", lambda uow: (
            uow.session.execute(update(Post).where(Post.id == post_id).values(title="Diam")),
            uow.commit())),
    ]  # fmt: skip


def test_a_deactivated_officer_writes_nothing_more(ctx: AppContext, team: Team) -> None:
    officer = team["officer"]
    ctx.sign_in(officer)
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, post_input(title="Sebelum")).id
    _as_admin(ctx, team, lambda uow: accounts.set_active(uow, officer.user_id, False))
    ctx.sign_in(officer)  # still signed in on their PC
    before = _posts(ctx)
    for name, write in _writes(ctx, post_id):
        with ctx.uow() as uow, pytest.raises(PermissionDeniedError) as caught:
            write(uow)  # type: ignore[operator]
        assert caught.value.code == "account_inactive", name
    assert _posts(ctx) == before
    with ctx.uow() as uow:
        assert uow.session.get(Post, post_id).title == "Sebelum"  # type: ignore[union-attr]
        assert uow.session.scalar(select(func.count()).select_from(DataNote)) == 0
    with ctx.uow() as uow, pytest.raises(SignInError):  # signing in again is no write of theirs
        accounts.sign_in(uow, officer.username, PASSWORD)


def test_a_demoted_coordinator_signs_in_again_before_writing(ctx: AppContext, team: Team) -> None:
    coordinator = team["coordinator"]
    ctx.sign_in(coordinator)
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, post_input(title="Lintas dinas")).id
    demoted = _user_input(ctx, coordinator.user_id, role=Role.OFFICER, department_id=team.dishub)
    _as_admin(ctx, team, lambda uow: accounts.update_user(uow, coordinator.user_id, demoted))
    ctx.sign_in(coordinator)  # the old role, as their window still holds it
    with ctx.uow() as uow, pytest.raises(PermissionDeniedError) as caught:
        posts.update_post(uow, post_id, post_input(title="Masih koordinator?"), None)
    assert caught.value.code == "account_changed"
    assert caught.value.params["lost"] == ["all_departments", "packages"]
    with ctx.uow() as uow:
        fresh = accounts.sign_in(uow, coordinator.username, PASSWORD)
    ctx.sign_in(fresh)
    with ctx.uow() as uow:  # as an officer of Dishub now: their own posts only
        assert posts.create_post(uow, post_input(title="Sebagai petugas")).id


def test_a_moved_officer_signs_in_again_a_promoted_one_goes_on(ctx: AppContext, team: Team) -> None:
    officer, dishub = team["officer"], team["dishub"]
    moved = _user_input(ctx, officer.user_id, department_id=team.dishub)
    promoted = _user_input(ctx, dishub.user_id, role=Role.REVIEWER)  # gains approving
    _as_admin(ctx, team, lambda uow: accounts.update_user(uow, officer.user_id, moved))
    _as_admin(ctx, team, lambda uow: accounts.update_user(uow, dishub.user_id, promoted))
    ctx.sign_in(officer)
    with ctx.uow() as uow, pytest.raises(PermissionDeniedError) as caught:
        posts.create_post(uow, post_input(title="Dinas lama"))
    assert (caught.value.code, caught.value.params["lost"]) == ("account_changed", [])
    ctx.sign_in(dishub)
    with ctx.uow() as uow:
        assert posts.create_post(uow, post_input(title="Naik jadi penelaah")).id


def test_strong_hashes_and_a_rehash_at_the_next_sign_in(
    ctx: AppContext, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the real cost for this one hash
    assert (passwords.N, passwords.R, passwords.P) == (2**17, 8, 1)
    strong = passwords.hash_password("kata sandi yang kuat")
    assert strong.startswith("scrypt$131072$8$1$")
    assert passwords.verify_password("kata sandi yang kuat", strong)
    assert not passwords.needs_rehash(strong)
    assert passwords.needs_rehash(strong.replace("$131072$", "$16384$"))
    # The team's hashes were made at a lower cost (2^8 here, 2^14 before): made again.
    monkeypatch.setattr(passwords, "N", 2**9)
    officer = team["officer"]
    ctx.sign_out()
    with ctx.uow() as uow:
        accounts.sign_in(uow, officer.username, PASSWORD)
    with ctx.uow() as uow:
        stored = uow.session.get(User, officer.user_id).password_hash  # type: ignore[union-attr]
    assert stored.startswith("scrypt$512$8$1$")
    with ctx.uow() as uow:  # the new hash works, and is not made again
        accounts.sign_in(uow, officer.username, PASSWORD)
    with ctx.uow() as uow:
        again = uow.session.get(User, officer.user_id).password_hash  # type: ignore[union-attr]
    assert again == stored


def test_a_url_with_a_password_never_reaches_the_settings_file(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    config = Config(data_dir=tmp_path)
    config.set("database_url", URL.replace("petugas@", "petugas:rahasia%21@"))
    config.save()
    text = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert json.loads(text)["database_url"] == URL
    assert "rahasia" not in text
    assert credentials.stored_password(URL) == "rahasia!"
    assert "rahasia!" in memory_keyring.entries.values()


def test_without_a_keyring_a_url_with_a_password_is_refused(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    config = Config(data_dir=tmp_path)
    with pytest.raises(credentials.KeyringUnavailableError):
        config.set("database_url", URL.replace("petugas@", "petugas:rahasia@"))
    assert config.get("database_url") == ""
    config.save()
    assert "rahasia" not in (tmp_path / "settings.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("with_keyring", [True, False])
def test_a_password_typed_into_the_settings_file_leaves_it(
    tmp_path: Path, with_keyring: bool
) -> None:
    if not with_keyring:
        keyring.set_keyring(fail.Keyring())
    typed = URL.replace("petugas@", "petugas:rahasia@")
    (tmp_path / "settings.json").write_text(json.dumps({"database_url": typed}))
    config = Config.load(tmp_path)
    assert config.get("database_url") == URL
    assert credentials.with_password(URL).password == "rahasia"
    config.save()
    assert "rahasia" not in (tmp_path / "settings.json").read_text(encoding="utf-8")


def test_check_repair_removes_an_abandoned_package_staging_folder(ctx: AppContext) -> None:
    cache = ctx.config.data_dir / "cache"
    old, fresh = cache / "package-abc123", cache / "package-def456"
    for folder in (old, fresh):
        (folder / "instagram").mkdir(parents=True)
        (folder / "instagram" / "01.jpg").write_bytes(b"\xff\xd8\xff")
    now = clock.now().timestamp()  # the check measures ages on the application's clock
    os.utime(old, (now - 3 * 3600, now - 3 * 3600))
    os.utime(fresh, (now - 60, now - 60))
    report = run_check(ctx)
    leftovers = [f.detail for f in report.findings if f.code == "temp_leftover"]
    assert any(str(old) in d for d in leftovers) and any(str(fresh) in d for d in leftovers)
    done = {(r.code, r.path) for r in repair(ctx)}
    assert ("temp_deleted", old) in done and ("temp_kept", fresh) in done
    assert not old.exists() and fresh.exists()
