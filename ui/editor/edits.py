"""The post editor's undoable edits.

Every change but typed text (program, time, platforms, a caption following the
master or not, the checklist) is already visible when it is recorded here as a
`ValueCommand` on the editor's undo stack (`push`; the photo strips' own steps
come from `EditorPhotos`).  What is typed in a caption is a `TypingCommand` on
the same stack (`watch_typing`), so the toolbar's Undo (which shows the stack)
is enabled after typing and undoes every kind of change in the order it was made.
The title, tags and notes keep Qt's own undo (Ctrl+Z inside the field).
`EditorEdits` is a part of `PostEditor` (ui/editor/window.py), wired to the
form's signals when the window is built.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ui.editor.commands import TypingCommand, ValueCommand

if TYPE_CHECKING:
    from ui.editor.captions import CaptionEdit
    from ui.editor.checks_panel import ShownFinding
    from ui.editor.host import EditorHost


class EditorEdits(QObject):
    """Undo steps of one post editor's form."""

    def __init__(self, host: EditorHost) -> None:
        super().__init__(host.window())
        self.host = host

    def push(self, text: str, apply: Callable[[Any], None], old: Any, new: Any, **kw: Any) -> None:
        """Record a change of the editor (already visible) as an undo step."""
        state = self.host.state
        if state.populating:
            return

        def applied(value: Any) -> None:
            state.populating = True
            try:
                apply(value)
            finally:
                state.populating = False
            self.host.on_changed()

        self.host.undo_stack.push(ValueCommand(text, applied, old, new, **kw))

    def watch_typing(self, edit: CaptionEdit) -> None:
        """Record what is typed in `edit` on the editor's stack; the caption's Ctrl+Z and
        its context menu's Undo and Redo then go through the stack too."""
        stack = self.host.undo_stack
        edit.undo_stack = stack
        edit.typed.connect(
            lambda before, after, separate: stack.push(
                TypingCommand(self.tr("Typing"), edit, before, after, separate)
            )
        )

    def program_edited(self, old: int | None, new: int | None) -> None:
        self.push(self.tr("Change program"), self.host.details.set_program, old, new)

    def schedule_edited(self, old: datetime | None, new: datetime | None) -> None:
        self.push(
            self.tr("Change time"), self.host.details.set_schedule, old, new, merge_field="schedule"
        )

    def platform_toggled(self, code: str, checked: bool) -> None:
        specs = self.host.state.specs
        name = specs[code].name if code in specs else code
        text = (self.tr("Add {platform}") if checked else self.tr("Remove {platform}")).format(
            platform=name
        )
        details = self.host.details
        self.push(text, lambda on: details.set_platform(code, on), not checked, checked)

    def follow_toggled(self, code: str, follows: bool) -> None:
        captions = self.host.captions
        tab = captions.tab_for(self.host.state.specs[code])
        own = tab.caption.toPlainText()
        master = captions.master.caption.toPlainText()

        def apply(value: tuple[bool, str]) -> None:
            on, text = value
            tab.set_follows(on, captions.master.caption.toPlainText() if on else text)

        self.push(
            self.tr("Own caption for {platform}").format(platform=tab.spec.name),
            apply,
            (not follows, own),
            (follows, master if follows else own),
        )

    def checklist_toggled(self, code: str, on: bool) -> None:
        checks = self.host.checks

        def apply(value: bool) -> None:
            ticked = set(checks.ticked())
            ticked = ticked | {code} if value else ticked - {code}
            checks.set_ticked(tuple(sorted(ticked)))

        self.push(self.tr("Tick checklist"), apply, not on, on)

    def master_edited(self) -> None:
        """The master caption changed: the platforms that follow it show the same text."""
        captions = self.host.captions
        text = captions.master.caption.toPlainText()
        for tab in captions.platform_tabs.values():
            if tab.follows_master:
                tab.caption.set_text_keeping_cursor(text)
        self.host.on_changed()

    def select_finding(self, shown: ShownFinding) -> None:
        """Show the caption a finding is about and select its first span."""
        if not shown.finding.spans:
            return
        captions = self.host.captions
        code = shown.platforms[0] if shown.platforms else None
        edit = captions.edit_for(code)
        owner = edit.parentWidget()
        while owner is not None and captions.indexOf(owner) < 0:
            owner = owner.parentWidget()
        if owner is not None:
            captions.setCurrentWidget(owner)
        edit.select_span(shown.finding.spans[0])
