"""The one operation runner: owned, newest wins, one error path, the record announced."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.change_kinds import Changes
from sosmed_desktop.db.models_live import ChangeRecord
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.domain.statuses import DirectionStatus
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.directions import directions
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.team import live
from tests import media_files as mf
from tests.reminder_helpers import add_direction
from tests.unit.posting import post_input, set_profile
from ui import errors
from ui.bus import DataBus
from ui.operations import Latest, Operations
from ui.tasks import pending_tasks

WAIT_MS = 10_000


@pytest.fixture
def bus(app: QApplication) -> DataBus:
    return DataBus()


@pytest.fixture
def ops(ctx: AppContext, bus: DataBus) -> Operations:
    return Operations(lambda: ctx, bus)


@pytest.fixture
def widget(qtbot: QtBot) -> QWidget:
    owner = QWidget()
    qtbot.addWidget(owner)
    return owner


@pytest.fixture
def announced(bus: DataBus) -> list[tuple[str, list[int]]]:
    seen: list[tuple[str, list[int]]] = []
    bus.data_changed.connect(lambda kind, ids: seen.append((kind, ids)))
    return seen


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QWidget | None, str]]:
    """Domain errors as `ui.errors.show_error` would show them."""
    seen: list[tuple[QWidget | None, str]] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc: seen.append((parent, exc.code)))
    return seen


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Holds a worker until the test opens it (opened at the end in any case)."""
    event = threading.Event()
    yield event
    event.set()


def settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=WAIT_MS)


def test_a_result_for_a_deleted_owner_is_dropped_and_the_change_still_announced(
    app: QApplication,
    ctx: AppContext,
    ops: Operations,
    announced: list,
    gate: threading.Event,
    qtbot: QtBot,
) -> None:
    set_profile(ctx)
    owner = QWidget()
    results: list[object] = []

    def create(uow: UnitOfWork) -> int:
        gate.wait(WAIT_MS / 1000)
        return posts.create_post(uow, post_input()).id

    ops.write(owner, create, results.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=WAIT_MS)
    gate.set()
    settle(qtbot)
    assert results == []
    assert ("post", [1]) in announced, "the other views still hear of the new post"


def test_the_newest_request_wins(
    ops: Operations, widget: QWidget, gate: threading.Event, qtbot: QtBot
) -> None:
    latest = Latest()
    shown: list[str] = []

    def slow(_uow: UnitOfWork) -> str:
        gate.wait(WAIT_MS / 1000)
        return "old"

    ops.read(widget, slow, shown.append, latest=latest)
    ops.read(widget, lambda _uow: "new", shown.append, latest=latest)
    qtbot.waitUntil(lambda: shown == ["new"], timeout=WAIT_MS)
    ops.read(widget, lambda _uow: "joined", shown.append, latest=latest, join=True)
    qtbot.waitUntil(lambda: shown == ["new", "joined"], timeout=WAIT_MS)
    gate.set()
    settle(qtbot)
    assert shown == ["new", "joined"], "the old reply arrived last and was dropped"
    ops.read(widget, lambda _uow: "cancelled", shown.append, latest=latest)
    latest.cancel()
    settle(qtbot)
    assert shown == ["new", "joined"]


def test_a_domain_error_is_shown_over_the_widget_unless_the_caller_deals_with_it(
    ops: Operations, widget: QWidget, shown: list, qtbot: QtBot
) -> None:
    def refuse(_uow: UnitOfWork) -> None:
        raise ValidationError(code="title_required")

    cleaned: list[str] = []
    ops.write(widget, refuse, on_error=lambda _exc: cleaned.append("button enabled"))
    settle(qtbot)
    assert shown == [(widget, "title_required")]
    assert cleaned == ["button enabled"]
    ops.write(widget, refuse, on_error=lambda exc: isinstance(exc, ValidationError))
    settle(qtbot)
    assert shown == [(widget, "title_required")], "dealt with by the caller: not shown again"


def test_an_unexpected_error_opens_the_crash_report(
    ops: Operations, widget: QWidget, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    import ui.error_dialog

    reports: list[str] = []
    monkeypatch.setattr(ui.error_dialog, "report_unexpected", lambda exc, _d: reports.append(exc))

    def commit_in_a_read(uow: UnitOfWork) -> None:
        uow.commit()

    ops.read(widget, commit_in_a_read, lambda _value: None)
    settle(qtbot)
    assert [str(exc) for exc in reports] == ["a read-only unit of work cannot commit"]


def test_the_announced_record_is_what_the_commits_recorded(
    ctx: AppContext, ops: Operations, widget: QWidget, announced: list, qtbot: QtBot
) -> None:
    set_profile(ctx)
    with ctx.uow() as uow:
        before = live.last_change_id(uow)
    created: list[int] = []
    ops.write(widget, lambda uow: posts.create_post(uow, post_input()).id, created.append)
    qtbot.waitUntil(lambda: bool(created), timeout=WAIT_MS)
    with ctx.uow() as uow:
        stmt = select(ChangeRecord.changes).where(ChangeRecord.id > before)
        records = [Changes.from_json(raw) for raw in uow.session.scalars(stmt)]
    committed = Changes()
    for record in records:
        committed = committed.merge(record)
    assert len(records) == 2, "the post, then its reminders (they follow at once)"
    assert announced == [(kind, sorted(ids or ())) for kind, ids in committed.items()]
    assert announced[0] == ("post", created)


def test_a_use_case_that_takes_the_context_is_recorded_from_its_threads(
    ops: Operations, widget: QWidget, announced: list, tmp_path: Path, qtbot: QtBot
) -> None:
    from sosmed_desktop.services.media.bulk_import import import_paths

    for index in range(3):
        mf.jpeg(tmp_path / f"foto-{index}.jpg", colour=(index * 60, 90, 90))
    reports: list = []
    ops.run_ctx(widget, lambda ctx: import_paths(ctx, [tmp_path], workers=3), reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=WAIT_MS)
    assert announced == [("media", sorted(reports[0].media_ids))]


def test_background_work_reaches_only_its_widget(
    ops: Operations, widget: QWidget, qtbot: QtBot
) -> None:
    results: list[int] = []
    ops.background(widget, lambda: 6 * 7, results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=WAIT_MS)


def test_undo_and_redo_run_through_the_services(
    ctx: AppContext, ops: Operations, widget: QWidget, announced: list, qtbot: QtBot
) -> None:
    ident = add_direction(ctx, "Unggah jadwal posyandu", None)
    stack = QUndoStack(widget)
    target = DirectionStatus.IN_PROGRESS.value

    def status() -> str:
        with ctx.uow() as uow:
            return directions.get_direction(uow, ident).status

    ops.undoable(
        widget,
        stack,
        "Kerjakan",
        lambda uow: directions.change_status(uow, ident, target),
        lambda uow, old: directions.revert_status(uow, ident, expected=target, previous=old),
    )
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=WAIT_MS)
    assert status() == target
    assert ("direction", [ident]) in announced
    announced.clear()
    stack.undo()
    settle(qtbot)
    assert status() == DirectionStatus.NEW.value
    assert ("direction", [ident]) in announced, "undo announces what it changed"
    stack.redo()
    settle(qtbot)
    assert status() == target


def test_a_failed_change_offers_no_undo_step(
    ops: Operations, widget: QWidget, shown: list, qtbot: QtBot
) -> None:
    stack = QUndoStack(widget)
    ops.undoable(
        widget,
        stack,
        "Kerjakan",
        lambda uow: directions.change_status(uow, 404, DirectionStatus.DONE.value),
        lambda _uow, _old: None,
    )
    settle(qtbot)
    assert stack.count() == 0
    assert [code for _parent, code in shown] == ["not_found"]


def test_an_operation_without_its_widget_is_refused(ops: Operations) -> None:
    with pytest.raises(TypeError, match="widget"):
        ops.read(None, lambda _uow: None, lambda _value: None)  # type: ignore[arg-type]


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
