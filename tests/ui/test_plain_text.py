"""Text from people and packages is shown as the characters it is, never as HTML (issue 15).

Every field a person types or a package brings (titles, captions, notes, tags,
names, positions, directions, data notes, programs, departments, media titles,
snippets, commemorative days, the reviewer's note) holds ``<img src=probe><h1>
JUDUL PALSU</h1>``.  Each view and dialog that shows such text is swept
(`tests.ui.plain_sweep`): the heading must appear literally, nowhere as a
rendered heading, and the image (a FIFO that records being opened) is never
loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.domain.notes import NoteInput
from sosmed_desktop.domain.personal_data import DataException
from sosmed_desktop.services import profile
from sosmed_desktop.services.calendar import marks as calendar_marks
from sosmed_desktop.services.directions import data_notes, directions
from sosmed_desktop.services.media import library as media_library
from sosmed_desktop.services.posts import posts, snippets, workflow
from tests.ui.editing import wait_loaded
from tests.ui.plain_sweep import HEADING, AccessProbe, Sweep, payload, sweep
from tests.unit.posting import add_photo, add_program, post_input
from ui.main_window import MainWindow

Opener = Callable[[MainWindow, AppContext, QtBot, dict[str, int]], list[QWidget]]
PHONE = "0812-3456-7890"


@pytest.fixture
def probe(tmp_path: Path) -> Iterator[AccessProbe]:
    found = AccessProbe(tmp_path)
    yield found
    found.close()


@pytest.fixture
def hostile(ctx: AppContext, probe: AccessProbe, tmp_path: Path) -> dict[str, int]:
    """A data folder whose every text typed by a person is the payload."""
    text = payload(probe)
    with ctx.uow() as uow:
        profile.save_profile(
            uow,
            profile.Profile(
                officer_name=text[:120], department_name=text, head_name=text[:120],
                head_position=text[:160],
            ),
        )  # fmt: skip
    ctx.user_name = text[:120]
    program = add_program(ctx, text[:160])
    photo = add_photo(ctx, tmp_path / "foto", 1080, 1350)
    with ctx.uow() as uow:
        media_library.update_media(
            uow, photo, title=text, description=text, tags=[text[:80]], favourite=True
        )
    when = clock.now() + timedelta(days=1)
    ids: dict[str, int] = {"photo": photo, "program": program}
    # the posko's number published by exception, the reason typed by the officer
    consent = (DataException("phone", PHONE, text),)
    for key in ("draft", "waiting", "approved", "reapproval"):
        data = post_input((photo,), title=text, when=when, caption=f"{text} {PHONE}",
                          program_id=program, tags=(text[:80],))  # fmt: skip
        data = replace(data, notes=text, exceptions=consent)
        with ctx.uow() as uow:
            ids[key] = posts.create_post(uow, data).id
    with ctx.uow() as uow:
        for key in ("waiting", "approved", "reapproval"):
            workflow.submit_for_review(uow, ids[key])
        for key in ("approved", "reapproval"):
            workflow.approve(uow, ids[key], text[:120], text[:160], note=text)
    with ctx.uow() as uow:  # a changed caption withdraws it: "Perlu persetujuan ulang"
        detail = posts.get_post(uow, ids["reapproval"])
        changed = replace(detail.to_input(), master_caption=f"{text} {PHONE} lagi")
        posts.update_post(uow, ids["reapproval"], changed, detail.version)
    with ctx.uow() as uow:
        ids["direction"] = directions.create_direction(
            uow,
            directions.DirectionInput(
                text[:120], text, clock.now() - timedelta(days=1), given_by_position=text[:160],
                due_at=clock.now() + timedelta(days=2), program_id=program,
            ),
        )  # fmt: skip
    with ctx.uow() as uow:
        directions.link_posts(uow, ids["direction"], [ids["draft"]])
    with ctx.uow() as uow:
        ids["note"] = data_notes.create_note(
            uow, NoteInput(text, Decimal(12), text, unit=text[:60], period=text[:120],
                           tags=(text[:80],)),
        )  # fmt: skip
    with ctx.uow() as uow:
        data_notes.cite_note(uow, ids["draft"], ids["note"])
    with ctx.uow() as uow:
        snippets.create_snippet(uow, text[:120], text)
    with ctx.uow() as uow:
        snippets.create_hashtag_group(uow, text[:120], "#BekasiSehat")
    today = clock.today(ctx.config.tz)
    with ctx.uow() as uow:
        calendar_marks.add_commemorative_day(uow, today.month, today.day, text[:160], text)
    return ids


def _settle(qtbot: QtBot, ms: int = 300) -> None:
    """Let background loads finish and their results arrive."""
    qtbot.wait(ms)
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()


def _section(key: str) -> Opener:
    def open_page(window: MainWindow, _ctx, qtbot: QtBot, _ids) -> list[QWidget]:
        window.show_section(key)
        _settle(qtbot, 600)
        return [window]

    return open_page


def _calendar(view: str) -> Opener:
    def open_view(window: MainWindow, _ctx, qtbot: QtBot, _ids) -> list[QWidget]:
        window.show_section("calendar")
        window.calendar.set_view(view)
        _settle(qtbot, 600)
        return [window]

    return open_view


def _media(window: MainWindow, _ctx, qtbot: QtBot, ids) -> list[QWidget]:
    window.show_section("media")
    library_page = window.page("media")
    _settle(qtbot, 600)
    library_page.select_id(ids["photo"])
    _settle(qtbot)
    return [window]


def _directions(tab: str) -> Opener:
    def open_tab(window: MainWindow, _ctx, qtbot: QtBot, ids) -> list[QWidget]:
        if tab == "notes":
            window.show_note(ids["note"])
        else:
            window.show_direction(ids["direction"])
        _settle(qtbot, 600)
        return [window]

    return open_tab


def _editor(window: MainWindow, _ctx, qtbot: QtBot, ids) -> list[QWidget]:
    assert window.editors is not None
    editor = wait_loaded(qtbot, window.editors.open_post(ids["approved"]))
    widgets: list[QWidget] = [editor]
    for index in range(editor.tabs.count()) if hasattr(editor, "tabs") else ():
        editor.tabs.setCurrentIndex(index)
        _settle(qtbot, 100)
        widgets.append(editor.tabs.currentWidget())
    draft = wait_loaded(qtbot, window.editors.open_post(ids["draft"]))
    return [*widgets, draft]


def _search(window: MainWindow, _ctx, qtbot: QtBot, _ids) -> list[QWidget]:
    window.commands.open_search()
    dialog = window.search_dialog
    assert dialog is not None
    dialog.query.setText("JUDUL PALSU")
    dialog.search()
    _settle(qtbot, 600)
    return [dialog]


def _dialog(opener: Callable[[MainWindow], QDialog | None]) -> Opener:
    def open_dialog(window: MainWindow, _ctx, qtbot: QtBot, _ids) -> list[QWidget]:
        dialog = opener(window)
        _settle(qtbot, 600)
        return [dialog] if dialog is not None else []

    return open_dialog


def _post_leads(window: MainWindow, ctx: AppContext, qtbot: QtBot, ids) -> list[QWidget]:
    from ui.reminders.settings_panel import PostLeadsDialog

    with ctx.uow() as uow:
        title = posts.get_post(uow, ids["draft"]).title
    dialog = PostLeadsDialog(title, None, [60], window)
    dialog.show()
    _settle(qtbot)
    return [dialog]


def _trash(window: MainWindow, ctx: AppContext, qtbot: QtBot, ids) -> list[QWidget]:
    from ui.editor.trash_dialog import TrashDialog

    with ctx.uow() as uow:
        posts.trash_post(uow, ids["draft"])
    dialog = TrashDialog(ctx, window.bus, window)
    dialog.show()
    _settle(qtbot, 600)
    return [dialog]


def _commemorative(window: MainWindow, ctx: AppContext, qtbot: QtBot, _ids) -> list[QWidget]:
    from ui.calendar.commemorative_dialog import CommemorativeDaysDialog

    assert window.bench is not None
    dialog = CommemorativeDaysDialog(window.bench.ops, window)
    dialog.show()
    _settle(qtbot, 600)
    return [dialog]


def _csv_preview(window: MainWindow, ctx: AppContext, qtbot: QtBot, ids) -> list[QWidget]:
    """A CSV whose cells are the payload, one row good and one with a bad figure."""
    text = _payload_of(ctx, ids)
    path = ctx.config.data_dir / "data.csv"
    rows = ["judul;nilai;sumber;tag", f"{text};12;{text};{text[:60]}", f"{text};x{text};a;b"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    window.show_section("directions")
    page = window.page("directions")
    page.tabs.setCurrentWidget(page.notes)
    dialogs: list[QWidget] = []
    page.notes.import_previewed.connect(dialogs.append)
    page.notes.preview_file(path)
    qtbot.waitUntil(lambda: bool(dialogs), timeout=5000)
    _settle(qtbot)
    return dialogs


def _pickers(window: MainWindow, ctx: AppContext, qtbot: QtBot, ids) -> list[QWidget]:
    from sosmed_desktop.services.directions.data_notes import Freshness
    from ui.editor.media_picker import MediaPicker
    from ui.editor.source_pickers import DirectionPicker, NotePicker

    assert window.editors is not None
    editor = wait_loaded(qtbot, window.editors.open_post(ids["draft"]))
    fresh = Freshness(clock.today(ctx.config.tz), tz=ctx.config.tz)
    dialogs: list[QWidget] = [
        MediaPicker(editor.ops, editor.loader, editor),
        NotePicker(editor.ops, fresh, editor),
        DirectionPicker(editor.ops, editor.tz, set(), editor),
    ]
    for dialog in dialogs:
        dialog.show()
    _settle(qtbot, 800)
    return dialogs


def _review(window: MainWindow, ctx: AppContext, qtbot: QtBot, ids) -> list[QWidget]:
    from ui.editor.approval import ReviewDialog

    text = _payload_of(ctx, ids)
    dialog = ReviewDialog(True, text[:120], text[:160], text, window)
    dialog.show()
    _settle(qtbot)
    return [dialog]


def _approve(window: MainWindow, ctx: AppContext, qtbot: QtBot, ids) -> list[QWidget]:
    """The head's approval dialog listing the open warnings (the exception and its reason)."""
    from sosmed_desktop.services.posts.checks import findings_for_post
    from ui.editor.approval import ReviewDialog

    with ctx.uow() as uow:
        findings = findings_for_post(uow, ids["waiting"])
        title = posts.get_post(uow, ids["waiting"]).title
    dialog = ReviewDialog.for_reviewer(False, ctx, None, title, window, findings)
    shown = [dialog.warning_list.item(i).text() for i in range(dialog.warning_list.count())]
    assert any(HEADING in line and PHONE in line for line in shown), shown
    dialog.show()
    _settle(qtbot)
    return [dialog]


def _notifications(window: MainWindow, ctx: AppContext, qtbot: QtBot, ids) -> list[QWidget]:
    """The notification centre's cards of a post's reminder and of the morning agenda."""
    from sosmed_desktop.domain.reminders import ReminderKind
    from sosmed_desktop.services.reminders.rows import AgendaItem, ReminderRow
    from ui.reminders.actions import ReminderActions
    from ui.reminders.notifications import NotificationCard

    text, now = _payload_of(ctx, ids), clock.now()
    common = {
        "state": "fired", "due_at": now, "fire_at": now, "event_at": now, "lead_minutes": 60,
        "subject": text, "post_id": ids["draft"], "direction_id": None,
        "post_status": "draft", "post_scheduled_at": now, "fired_at": now,
        "snoozed_until": None, "read": False,
    }  # fmt: skip
    agenda = (AgendaItem(ids["draft"], text, "draft", now),)
    rows = [
        ReminderRow(id=1, key="a", kind=ReminderKind.POST_LEAD.value, **common),
        ReminderRow(id=2, key="b", kind=ReminderKind.AGENDA.value, **common, agenda=agenda),
    ]
    centre = QDialog(window)
    actions = ReminderActions(window.bench, centre)
    for row in rows:
        NotificationCard(row, window.bench, actions, centre)
    centre.show()
    _settle(qtbot)
    return [centre]


def _payload_of(ctx: AppContext, ids: dict[str, int]) -> str:
    with ctx.uow() as uow:
        return posts.get_post(uow, ids["waiting"]).title


VIEWS: dict[str, Opener] = {
    "calendar-month": _calendar("month"),
    "calendar-week": _calendar("week"),
    "calendar-agenda": _calendar("agenda"),
    "board": _section("approval"),
    "media": _media,
    "directions": _directions("directions"),
    "data-notes": _directions("notes"),
    "packages": _section("packages"),
    "reminders": _section("reminders"),
    "editor": _editor,
    "search": _search,
    "snippets": _dialog(lambda w: w.commands.open_snippets()),
    "post-reminders": _post_leads,
    "trash": _trash,
    "commemorative-days": _commemorative,
    "csv-import-preview": _csv_preview,
    "pickers": _pickers,
    "review": _review,
    "approve": _approve,
    "notifications": _notifications,
}


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_shows_text_from_people_literally(
    workbench: MainWindow,
    ctx: AppContext,
    hostile: dict[str, int],
    probe: AccessProbe,
    qtbot: QtBot,
    view: str,
) -> None:
    workbench.resize(1366, 768)
    workbench.show()
    found = Sweep()
    for widget in VIEWS[view](workbench, ctx, qtbot, hostile):
        widget.show()
        sweep(widget, found)
    assert not found.problems, "\n".join(found.problems)
    assert found.literal > 0, "the payload was shown nowhere: the sweep checked nothing"
    assert not probe.opened(), "an image named by a person's text was loaded"


def test_a_refusal_quoting_a_package_shows_it_as_plain_text(
    app: QApplication, probe: AccessProbe, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A manifest's bad date is quoted in the refusal: the message box shows it as it is."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from sosmed_desktop.errors import PackageError
    from ui.errors import show_error

    boxes: list[QMessageBox] = []

    def shown(box: QMessageBox) -> int:
        box.show()
        boxes.append(box)
        sweep(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    detail = f"manifest.json: schedule.utc: {payload(probe)!r} is not a date and time"
    show_error(None, PackageError(code="package_manifest_invalid", name="paket.zip", detail=detail))
    (box,) = boxes
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert HEADING in box.text()
    assert not probe.opened()
