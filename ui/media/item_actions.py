"""What the officer changes on library items from the media page: details, trash, restore.

Details are saved from the side panel.  Trashing asks first and warns when the
items are used in posts or notes; trashing and restoring are undo steps of the
page (pushed once they succeeded, `Operations.undoable`), and emptying the
trash cannot be undone.  Kept apart from the media page, which offers these
from its panel, filter bar and Delete key; each runs through the page's
operations, which announce what changed.  The texts keep the media page's
translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sosmed_desktop.services.media import library as media_library

if TYPE_CHECKING:
    from sosmed_desktop.db.uow import UnitOfWork
    from ui.media.page import MediaPage

translate = QCoreApplication.translate


def save_details(
    page: MediaPage, media_id: int, title: str, description: str, tags: list, favourite: bool
) -> None:
    """Save what the officer typed in the side panel for one item."""
    assert page.bench is not None
    bench = page.bench

    def work(uow: UnitOfWork) -> None:
        media_library.update_media(
            uow,
            media_id,
            title=title,
            description=description,
            tags=list(tags),
            favourite=favourite,
        )

    bench.ops.write(
        page, work, lambda _none: bench.show_message(translate("MediaPage", "Details saved."))
    )


def ask_to_trash(page: MediaPage, ids: list[int]) -> None:
    """Ask (warning about items used in posts) with `page.confirm_trash`, then trash `ids`."""
    assert page.bench is not None

    def ask(used: dict[int, int]) -> None:
        if page.confirm_trash(len(ids), len(used)):
            move(page, ids, restore=False)

    page.bench.ops.read(page, lambda uow: media_library.usage_counts(uow, ids), ask)


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


def move(page: MediaPage, ids: list[int], *, restore: bool) -> None:
    """Trash (or restore) `ids` in the background; once done it is an undo step of the page."""
    assert page.bench is not None
    bench = page.bench
    count = len(ids)
    if restore:
        there, back = media_library.restore_media, media_library.trash_media
        text = translate("MediaPage", "restore %n item(s)", "", count)
    else:
        there, back = media_library.trash_media, media_library.restore_media
        text = translate("MediaPage", "move %n item(s) to the trash", "", count)

    def done(changed: list[int]) -> None:
        moved = len(changed)
        if restore:
            bench.show_message(translate("MediaPage", "%n item(s) restored.", "", moved))
        else:
            bench.show_message(translate("MediaPage", "%n item(s) moved to the trash.", "", moved))

    # Undo puts back exactly what moved; redo moves it again.
    bench.ops.undoable(
        page, page.undo_stack, text, lambda uow: there(uow, ids), back, redo=there, done=done
    )


def empty_trash(page: MediaPage) -> None:
    """Ask, then delete the trashed items that no post uses (this clears the undo history)."""
    assert page.bench is not None
    bench = page.bench
    config = bench.config
    answer = QMessageBox.question(
        page,
        translate("MediaPage", "Empty the trash"),
        translate(
            "MediaPage", "Delete the items in the trash for good? Items used in posts are kept."
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return

    def done(result: tuple[int, int]) -> None:
        deleted, kept = result
        page.undo_stack.clear()
        bench.show_message(
            translate("MediaPage", "%n item(s) deleted for good", "", deleted)
            + translate("MediaPage", ", %n kept because they are used", "", kept)
        )

    bench.ops.write(page, lambda uow: media_library.empty_trash(uow, config), done)
