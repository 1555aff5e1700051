"""What the officer changes on library items from the media page: details, trash, restore.

Details are saved from the side panel.  Trashing asks first and warns when the
items are used in posts or notes; restoring is the undo of trashing, and
emptying the trash cannot be undone.  Kept apart from the media page, which
offers these from its panel, filter bar and Delete key; each runs its service
call in the background and announces the change.  The texts keep the media
page's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.errors import show_failure
from ui.tasks import run_task

if TYPE_CHECKING:
    from ui.pages.media_page import MediaPage

translate = QCoreApplication.translate


def save_details(
    page: MediaPage, media_id: int, title: str, description: str, tags: list, favourite: bool
) -> None:
    """Save what the officer typed in the side panel for one item."""
    assert page.bench is not None
    bench = page.bench
    ctx, bus = bench.ctx, bench.bus

    def work() -> None:
        from sosmed_desktop.services.media_library import update_media

        with ctx.uow() as uow:
            update_media(
                uow,
                media_id,
                title=title,
                description=description,
                tags=list(tags),
                favourite=favourite,
            )

    def done(_: object) -> None:
        bench.show_message(translate("MediaPage", "Details saved."))
        bus.announce("media", [media_id])

    run_task(work, done, lambda exc, details: show_failure(page, exc, details))


def ask_to_trash(page: MediaPage, ids: list[int]) -> None:
    """Ask (warning about items used in posts) with `page.confirm_trash`, then trash `ids`."""
    assert page.bench is not None
    ctx = page.bench.ctx

    def count() -> dict[int, int]:
        from sosmed_desktop.services.media_library import usage_counts

        with ctx.uow() as uow:
            return usage_counts(uow, ids)

    def ask(used: dict[int, int]) -> None:
        if page.confirm_trash(len(ids), len(used)):
            page.undo_stack.push(TrashCommand(page, ids))

    run_task(count, ask, lambda exc, details: show_failure(page, exc, details))


def confirm_trash(parent: QWidget, count: int, used: int) -> bool:
    """Ask whether `count` items go to the trash, `used` of them used in posts or notes."""
    text = translate("MediaPage", "Move %n item(s) to the trash?", "", count)
    if used:
        text += "\n\n" + translate(
            "MediaPage",
            "%n of them are used in posts or notes. They stay attached there and can be "
            "restored from the trash.",
            "",
            used,
        )
    icon_kind = QMessageBox.Icon.Warning if used else QMessageBox.Icon.Question
    box = QMessageBox(icon_kind, translate("MediaPage", "Move to trash"), text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def run_trash(page: MediaPage, ids: list[int], restore: bool) -> None:
    """Trash or restore in the background and announce the change."""
    assert page.bench is not None
    bench = page.bench
    ctx, bus = bench.ctx, bench.bus

    def work() -> list[int]:
        from sosmed_desktop.services.media_library import restore_media, trash_media

        with ctx.uow() as uow:
            return restore_media(uow, ids) if restore else trash_media(uow, ids)

    def done(changed: list[int]) -> None:
        count = len(changed)
        message = (
            translate("MediaPage", "%n item(s) restored.", "", count)
            if restore
            else translate("MediaPage", "%n item(s) moved to the trash.", "", count)
        )
        bench.show_message(message)
        bus.announce("media", changed)

    run_task(work, done, lambda exc, details: show_failure(page, exc, details))


def empty_trash(page: MediaPage) -> None:
    """Ask, then delete the trashed items that no post uses (this clears the undo history)."""
    assert page.bench is not None
    bench = page.bench
    ctx, bus = bench.ctx, bench.bus
    answer = QMessageBox.question(
        page,
        translate("MediaPage", "Empty the trash"),
        translate(
            "MediaPage", "Delete the items in the trash for good? Items used in posts are kept."
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return

    def work() -> tuple[int, int]:
        from sosmed_desktop.services.media_library import empty_trash

        with ctx.uow() as uow:
            return empty_trash(uow, ctx.config)

    def done(result: tuple[int, int]) -> None:
        deleted, kept = result
        page.undo_stack.clear()
        bench.show_message(
            translate("MediaPage", "%n item(s) deleted for good", "", deleted)
            + translate("MediaPage", ", %n kept because they are used", "", kept)
        )
        bus.announce("media")

    run_task(work, done, lambda exc, details: show_failure(page, exc, details))


class TrashCommand(QUndoCommand):
    """Moving items to the trash (or back), undoable."""

    def __init__(self, page: MediaPage, ids: list[int], restore: bool = False) -> None:
        super().__init__()
        self.page, self.ids, self.restoring = page, list(ids), restore
        count = len(ids)
        if restore:
            self.setText(translate("MediaPage", "restore %n item(s)", "", count))
        else:
            self.setText(translate("MediaPage", "move %n item(s) to the trash", "", count))

    def redo(self) -> None:
        run_trash(self.page, self.ids, restore=self.restoring)

    def undo(self) -> None:
        run_trash(self.page, self.ids, restore=not self.restoring)
