"""Helpers for the team-mode tests: two departments and one account per role."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain import passwords
from sosmed_desktop.domain.permissions import Actor
from sosmed_desktop.domain.statuses import Role
from sosmed_desktop.services.team import accounts, departments

PASSWORD = "rahasia-123"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lower scrypt cost: the team tests create many accounts (the hashing test uses
    the real cost)."""
    monkeypatch.setattr(passwords, "N", 2**8)


@dataclass
class Team:
    """The signed-in people of a team database and its departments."""

    dinkes: int
    dishub: int
    people: dict[str, Actor]

    def __getitem__(self, key: str) -> Actor:
        return self.people[key]


def build_team(ctx: AppContext) -> Team:
    """An administrator (first account), two departments, one account per role in
    Dinas Kesehatan and an officer in Dinas Perhubungan."""
    with ctx.uow() as uow:
        admin = accounts.create_first_admin(
            uow, accounts.UserInput("Admin Kominfo", "admin", Role.ADMIN), PASSWORD
        )
    ctx.sign_in(admin)
    with ctx.uow() as uow:
        dinkes = departments.create_department(
            uow, departments.DepartmentInput("Dinas Kesehatan", "Dinkes")
        )
    with ctx.uow() as uow:
        dishub = departments.create_department(
            uow, departments.DepartmentInput("Dinas Perhubungan", "Dishub")
        )
    people = {"admin": admin}
    for key, name, role, dept in (
        ("officer", "Rina Marlina", Role.OFFICER, dinkes),
        ("reviewer", "dr. Ahmad Fauzi", Role.REVIEWER, dinkes),
        ("coordinator", "Budi Santoso", Role.COORDINATOR, None),
        ("dishub", "Sari Dewi", Role.OFFICER, dishub),
    ):
        with ctx.uow() as uow:
            accounts.create_user(uow, accounts.UserInput(name, key, role, dept), PASSWORD)
        with ctx.uow() as uow:
            people[key] = accounts.sign_in(uow, key, PASSWORD)
    ctx.sign_out()
    return Team(dinkes, dishub, people)
