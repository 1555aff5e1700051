"""Team mode's screens: sign-in before any data shows, users & departments, role-aware buttons."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.statuses import PostStatus, Role
from sosmed_desktop.domain.throttle import SignInThrottle
from sosmed_desktop.services.team import accounts
from tests.ui.editing import answer_box
from tests.unit.team import PASSWORD, build_team, cheap_hashes  # noqa: F401
from ui.editor.approval import ApprovalPanel
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.team.sign_in import FirstAdminDialog, SignInDialog
from ui.team.users_dialog import UsersDialog

WRONG = "Nama pengguna atau kata sandi salah."


def test_team_mode_asks_for_sign_in_before_any_data(
    app: object, ctx: AppContext, qtbot: QtBot
) -> None:
    build_team(ctx)
    ctx.sign_in_override = True  # team mode without a server
    main = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(main)
    main.show()
    main.team.start(ctx, lambda: main.set_context(ctx))
    qtbot.waitUntil(lambda: isinstance(main.team.dialog, SignInDialog), timeout=10000)
    dialog = main.team.dialog
    assert isinstance(dialog, SignInDialog)
    assert main.ctx is None and main.bench is None  # nothing shown or written yet
    assert main.team.menu.menuAction().isVisible()

    dialog.username.setText("officer")
    dialog.password.setText("salah-sekali")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=10000)
    assert dialog.banner.text() == WRONG
    assert dialog.password.text() == "" and dialog.username.text() == "officer"
    assert main.ctx is None

    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(main.calendar.month_loaded, timeout=20000):
        dialog.sign_in_button.click()
    assert ctx.actor is not None and ctx.actor.username == "officer"
    assert ctx.user_name == "Rina Marlina"
    qtbot.waitUntil(lambda: main.status_line.profile_label.text() != "", timeout=10000)
    assert main.status_line.profile_label.text() == "Rina Marlina · Petugas · Dinkes"
    users = main.team.users_action
    assert not users.isEnabled()
    assert users.toolTip() == "Hanya administrator yang mengelola pengguna dan perangkat daerah."


def test_wrong_passwords_slow_down(
    app: object, ctx: AppContext, ops: Operations, qtbot: QtBot
) -> None:
    build_team(ctx)
    now = [0.0]
    dialog = SignInDialog(ctx, ops, SignInThrottle(clock=lambda: now[0]))
    qtbot.addWidget(dialog)
    dialog.username.setText("tidakada")
    for attempt in range(3):
        dialog.password.setText(f"salah-{attempt}")
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda a=attempt: dialog.throttle.failures == a + 1, timeout=10000)
    assert not dialog.sign_in_button.isEnabled()
    assert (
        dialog.banner.text()
        == f"{WRONG}\nTerlalu banyak percobaan yang salah: coba lagi dalam 2 detik."
    )
    dialog.sign_in()  # refused without asking the database while waiting
    assert dialog.throttle.failures == 3
    now[0] = 2.5
    dialog._tick()
    assert dialog.sign_in_button.isEnabled()
    assert dialog.banner.text() == WRONG


def test_the_first_start_on_an_empty_team_database_creates_the_admin(
    app: object, ctx: AppContext, ops: Operations, qtbot: QtBot
) -> None:
    dialog = FirstAdminDialog(ctx, ops)
    qtbot.addWidget(dialog)
    dialog.name.setText("Admin Kominfo")
    dialog.username.setText("admin")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "x")
    dialog.create_button.click()
    assert dialog.banner.text() == "Kedua kata sandi tidak sama."
    dialog.repeat.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.create_button.click()
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN
    with ctx.uow() as uow:
        assert accounts.sign_in(uow, "admin", PASSWORD).name == "Admin Kominfo"


def test_users_dialog_lists_deactivates_and_keeps_the_last_admin(
    app: object, ctx: AppContext, ops: Operations, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = build_team(ctx)
    ctx.sign_in(team["admin"])
    errors: list[str] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _parent, exc: errors.append(exc.code))
    answer_box(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = UsersDialog(ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.users.rowCount() == 5, timeout=10000)
    names = [dialog.users.item(r, 0).text() for r in range(5)]
    assert dialog.departments.rowCount() == 2
    dialog.users.selectRow(names.index("Admin Kominfo"))
    dialog.toggle_active()
    qtbot.waitUntil(lambda: errors == ["last_admin"], timeout=10000)

    row = names.index("Rina Marlina")
    assert dialog.users.item(row, 2).text() == "Petugas"
    dialog.users.selectRow(row)
    assert dialog.active_button.text() == "Nonaktifkan…"
    dialog.toggle_active()
    qtbot.waitUntil(
        lambda: [dialog.users.item(r, 4).text() for r in range(5)].count("Nonaktif") == 1,
        timeout=10000,
    )


def test_user_form_adds_a_person(
    app: object, ctx: AppContext, ops: Operations, qtbot: QtBot
) -> None:
    from sosmed_desktop.services.team.departments import list_departments
    from ui.team.forms import UserForm

    team = build_team(ctx)
    ctx.sign_in(team["admin"])
    with ctx.uow() as uow:
        depts = list_departments(uow)
    form = UserForm(ops, depts)
    qtbot.addWidget(form)
    form.name.setText("Dewi Lestari")
    form.username.setText("dewi")
    form.role.setCurrentIndex(form.role.findData(Role.OFFICER.value))
    form.password.setText(PASSWORD)
    form.repeat.setText(PASSWORD)
    form.save()
    qtbot.waitUntil(lambda: not form.banner.isHidden(), timeout=10000)  # no department
    assert form.banner.text() == (
        "Petugas atau pemeriksa bekerja di satu perangkat daerah: silakan pilih perangkat "
        "daerahnya."
    )
    form.department.setCurrentIndex(form.department.findData(team.dishub))
    with qtbot.waitSignal(form.accepted, timeout=10000):
        form.save()
    assert form.result() == QDialog.DialogCode.Accepted
    with ctx.uow() as uow:
        added = accounts.sign_in(uow, "dewi", PASSWORD)
    assert (added.role, added.department_id) == (Role.OFFICER, team.dishub)


@pytest.mark.parametrize(("role", "offered"), [("officer", False), ("reviewer", True)])
def test_only_a_reviewer_is_offered_approve(
    app: object, ctx: AppContext, qtbot: QtBot, role: str, offered: bool
) -> None:
    team = build_team(ctx)
    ctx.sign_in(team[role])
    panel = ApprovalPanel(ctx.config.tz)
    qtbot.addWidget(panel)
    panel.deny_by_role(ctx)
    panel.show_state(PostStatus.IN_REVIEW.value, (), None, None)
    for key in ("approve", "revise"):
        assert panel.buttons[key].isEnabled() is offered
    tip = panel.buttons["approve"].toolTip()
    assert tip == (
        ""
        if offered
        else "Hanya pemeriksa (kepala perangkat daerah) yang dapat menyetujui atau meminta revisi."
    )


def test_the_board_greys_out_approve_for_an_officer(window: MainWindow, ctx: AppContext) -> None:
    team = build_team(ctx)
    ctx.sign_in(team["officer"])
    board = window.page("approval")
    assert not board.approve_button.isEnabled()  # type: ignore[attr-defined]
    assert board.approve_button.toolTip().startswith("Hanya pemeriksa")  # type: ignore[attr-defined]


def test_the_coordinator_filters_calendar_and_board_by_department(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    from datetime import datetime, time

    from sosmed_desktop.services.posts import posts
    from tests.unit.posting import WIB, post_input
    from ui.board.page import GROUPS

    team = build_team(ctx)
    when = datetime.combine(clock.today(WIB), time(10), WIB)
    made = {}
    for person, title in (("officer", "Posyandu Dinkes"), ("dishub", "Uji emisi Dishub")):
        ctx.sign_in(team[person])
        with ctx.uow() as uow:
            made[title] = posts.create_post(uow, post_input(title=title, when=when)).id
    ctx.sign_in(team["coordinator"])
    calendar, board = window.calendar, window.page("approval")

    def board_titles() -> set[str]:
        shown = board.board  # type: ignore[attr-defined]
        return {card.post.title for key in GROUPS for card in getattr(shown, key)}

    signals = [calendar.choices_loaded, calendar.month_loaded, board.loaded]  # type: ignore[attr-defined]
    with qtbot.waitSignals(signals, timeout=20000):
        calendar.reload_choices()
        calendar.reload()
        board.reload()  # type: ignore[attr-defined]
    assert not calendar.filter_bar.departments.isHidden()
    assert not board.departments.isHidden()  # type: ignore[attr-defined]
    assert {calendar.rows[i].title for i in made.values()} == set(made)
    assert board_titles() == set(made)

    with qtbot.waitSignal(calendar.month_loaded, timeout=20000):
        calendar.filter_bar.departments.set_checked(team.dishub, True)
    assert [row.title for row in calendar.rows.values()] == ["Uji emisi Dishub"]
    with qtbot.waitSignal(board.loaded, timeout=20000):  # type: ignore[attr-defined]
        board.departments.set_checked(team.dinkes, True)  # type: ignore[attr-defined]
    assert board_titles() == {"Posyandu Dinkes"}

    ctx.sign_in(team["officer"])  # an officer has no such filter and sees their own
    with qtbot.waitSignal(board.loaded, timeout=20000):  # type: ignore[attr-defined]
        board.reload()  # type: ignore[attr-defined]
    assert board.departments.isHidden()  # type: ignore[attr-defined]


def test_signing_out_hides_the_data_and_the_next_person_gets_every_view_reloaded(
    app: object, ctx: AppContext, qtbot: QtBot
) -> None:
    build_team(ctx)
    ctx.sign_in_override = True
    main = MainWindow(ctx.config, ctx.log_file)
    qtbot.addWidget(main)
    main.show()
    main.team.start(ctx, lambda: main.set_context(ctx))

    def sign_in(username: str) -> None:
        qtbot.waitUntil(lambda: isinstance(main.team.dialog, SignInDialog), timeout=10000)
        dialog = main.team.dialog
        assert isinstance(dialog, SignInDialog)
        dialog.username.setText(username)
        dialog.password.setText(PASSWORD)
        with qtbot.waitSignal(main.calendar.month_loaded, timeout=20000):
            dialog.sign_in_button.click()

    sign_in("officer")
    qtbot.waitUntil(
        lambda: main.status_line.profile_label.text().startswith("Rina Marlina"), timeout=10000
    )
    announced: list[str] = []
    main.bus.data_changed.connect(lambda kind, _ids: announced.append(kind))
    main.team.sign_out()
    try:
        assert ctx.actor is None and main.splitter.isHidden()
        assert main.status_line.profile_label.text() == ""
        sign_in("reviewer")
        assert ctx.actor is not None and ctx.actor.username == "reviewer"
        assert not main.splitter.isHidden()
        assert announced.count("all") == 1  # one reload of every view, the profile's with it
        qtbot.waitUntil(
            lambda: main.status_line.profile_label.text().startswith("dr. Ahmad Fauzi"),
            timeout=10000,
        )
        assert main.reminders is not None
    finally:
        main.stop_reminders()
