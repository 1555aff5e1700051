"""A past approved post is overdue in the agenda, as on the board and in the month."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services.posts import posts, workflow
from sosmed_desktop.services.posts.board import board
from tests.ui.test_calendar_views import WIB, today_wib
from tests.unit.posting import post_input
from ui.main_window import MainWindow


def _approved_at(ctx: AppContext, hour: int) -> int:
    """A post of today at `hour` WIB (the tests' clock reads 10.00), submitted and approved
    as the past allows (the officer was asked)."""
    with ctx.uow() as uow:
        when = datetime.combine(today_wib(), time(hour), WIB)
        post_id = posts.create_post(
            uow, post_input(title=f"Jam {hour}", when=when, platforms=("facebook",))
        ).id
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id, allow_past=True)
    with ctx.uow() as uow:
        workflow.approve(uow, post_id, "dr. Ahmad Fauzi", allow_past=True)
    return post_id


def test_a_past_approved_post_is_overdue_in_the_agenda(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    late, coming, done = _approved_at(ctx, 8), _approved_at(ctx, 15), _approved_at(ctx, 7)
    with ctx.uow() as uow:
        workflow.mark_published(uow, done, datetime.combine(today_wib(), time(7, 5), WIB))
    page = window.calendar
    with qtbot.waitSignal(page.month_loaded):
        page.set_view("agenda")
    model = page.model
    rows = {model.data(model.index(r, 0), model.ID_ROLE): r for r in range(model.rowCount())}
    status = model.COLUMNS.index("status")

    def shown(post_id: int, column: int, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(rows[post_id], column), role)

    assert shown(late, status) == "Disetujui · terlambat"
    assert shown(late, 0, Qt.ItemDataRole.ForegroundRole).name() == "#c0392b"
    assert shown(coming, status) == "Disetujui"
    assert shown(coming, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert shown(done, status) == "Diunggah"
    with ctx.uow() as uow:  # the same rule as the board's
        assert [card.post.id for card in board(uow).overdue] == [late]
    with qtbot.waitSignal(page.month_loaded):
        page.set_view("month")
    overdue = {chip.id: chip.overdue for chip in page.month_view.chips_on(today_wib())}
    assert overdue == {late: True, coming: False, done: False}
