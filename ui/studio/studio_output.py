"""What the image studio hands on: exported files, saved recipes, renditions attached to a post.

These actions read the dialog's renditions and report back through it, but
none of them changes what the dialog shows, so they live apart from the
editing.  Each runs its service call through the dialog's operations (which
announce what a save or an attachment changed); the texts keep the dialog's
translation context.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from ui.i18n import short_date, time_text
from ui.labels import status_label

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext
    from sosmed_desktop.db.uow import UnitOfWork
    from sosmed_desktop.services.media.studio import NamedRecipe, PostChoice
    from ui.studio.studio_dialog import StudioDialog

translate = QCoreApplication.translate


def choose_export_folder(dialog: StudioDialog, then: Callable[[], None] | None = None) -> bool:
    """Ask for a folder, then export every rendition into it (and call `then` once
    written); False when the officer cancelled the folder choice."""
    folder = QFileDialog.getExistingDirectory(
        dialog,
        translate("StudioDialog", "Export renditions to"),
        str(dialog.bench.ctx.config.exports_dir),
    )
    if folder:
        export_to(dialog, Path(folder), then)
    return bool(folder)


def export_to(dialog: StudioDialog, folder: Path, then: Callable[[], None] | None = None) -> None:
    """Write every rendition into `folder` in the background; `dialog.exported` tells the paths.

    Once written the renditions count as saved (the undo stack is marked clean)."""
    bench, media_id, renditions = dialog.bench, dialog.media_id, list(dialog.renditions)

    def work(ctx: AppContext) -> list[Path]:
        from sosmed_desktop.services.media.studio import export_renditions

        return export_renditions(ctx, media_id, renditions, folder)

    def done(paths: list[Path]) -> None:
        dialog.export_button.setEnabled(True)
        count = len(paths)
        bench.show_message(
            translate("StudioDialog", "%n image(s) exported to {folder}", "", count).format(
                folder=folder
            )
        )
        dialog.undo_stack.setClean()
        dialog.exported.emit(paths)
        if then is not None:
            then()

    dialog.export_button.setEnabled(False)
    bench.ops.run_ctx(
        dialog, work, done, on_error=lambda _exc: dialog.export_button.setEnabled(True)
    )


def save_recipe(dialog: StudioDialog) -> None:
    """Save the current rendition's edits under a name the officer gives."""
    name, ok = QInputDialog.getText(
        dialog,
        translate("StudioDialog", "Save recipe"),
        translate("StudioDialog", "Name of the recipe"),
    )
    if not ok:
        return
    recipe = dialog.recipe

    def work(uow: UnitOfWork) -> list[NamedRecipe]:
        from sosmed_desktop.services.media import studio

        studio.save_recipe(uow, name, recipe)
        return studio.saved_recipes(uow)

    def done(saved: list[NamedRecipe]) -> None:
        dialog.show_saved(saved)
        dialog.bench.show_message(translate("StudioDialog", "Recipe saved."))

    dialog.bench.ops.write(dialog, work, done)


def choice_texts(posts: list[PostChoice], tz: tzinfo) -> list[str]:
    """How each post is listed to attach to: "Title — Sen, 30 Nov · 09.30 · Disetujui".

    The officer knows a post by its title, date and status; a line that would
    repeat another one's gets the post's number.
    """
    texts = []
    for post in posts:
        if post.scheduled_at is None:
            when = translate("StudioDialog", "no date yet")
        else:
            local = post.scheduled_at.astimezone(tz)
            when = f"{short_date(local)} · {time_text(local)}"
        texts.append(f"{post.title} — {when} · {status_label(post.status)}")
    times = Counter(texts)
    return [
        f"{text} (#{post.id})" if times[text] > 1 else text
        for text, post in zip(texts, posts, strict=True)
    ]


def choose_post(dialog: StudioDialog) -> None:
    """Ask which unpublished post gets the renditions, then attach them."""

    def work(uow: UnitOfWork) -> list[PostChoice]:
        from sosmed_desktop.services.media.studio import attachable_posts

        return attachable_posts(uow)

    def choose(posts: list[PostChoice]) -> None:
        if not posts:
            dialog.bench.show_message(
                translate("StudioDialog", "There is no unpublished post to attach to.")
            )
            return
        titles = choice_texts(posts, dialog.bench.ctx.config.tz)
        chosen, ok = QInputDialog.getItem(
            dialog,
            translate("StudioDialog", "Attach to post"),
            translate("StudioDialog", "Post"),
            titles,
            0,
            False,
        )
        if ok:
            dialog.attach_to(posts[titles.index(chosen)].id)

    dialog.bench.ops.read(dialog, work, choose)


def attach_to(dialog: StudioDialog, post_id: int) -> None:
    """Attach every rendition made for a platform preset to that platform of the post."""
    pairs = []
    for recipe in dialog.renditions:
        preset = dialog.preset(recipe.preset)
        if preset is not None:
            pairs.append((preset.platform_code, recipe))
    bench = dialog.bench
    if not pairs:
        bench.show_message(
            translate("StudioDialog", "Only renditions for a platform can be attached.")
        )
        return
    media_id = dialog.media_id

    def work(uow: UnitOfWork) -> tuple[int, bool]:
        from sosmed_desktop.domain.statuses import PostStatus
        from sosmed_desktop.services.media.studio import attach_renditions
        from sosmed_desktop.services.posts.posts import get_post

        approved = get_post(uow, post_id).status == PostStatus.APPROVED
        count = len(attach_renditions(uow, post_id, media_id, pairs))
        return count, approved and get_post(uow, post_id).status != PostStatus.APPROVED

    def done(result: tuple[int, bool]) -> None:
        count, withdrawn = result
        text = translate("StudioDialog", "%n rendition(s) attached to the post.", "", count)
        if withdrawn:
            text += " " + translate(
                "StudioDialog", "The post was approved: it now needs approval again."
            )
        bench.show_message(text)
        dialog.undo_stack.setClean()

    bench.ops.write(dialog, work, done)
