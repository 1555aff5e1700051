"""The editor's Insert menu ("Sisipkan"): saved hashtag groups and caption snippets.

The toolbar button and Ctrl+Shift+H open it; choosing an entry puts its text at
the cursor of the caption being edited (`CaptionTabs.insert_text`), as one step
of the caption's own undo.  The lists are read in the background when the editor
opens, again whenever they change (``Kind.LIBRARY`` on the data bus) and each
time the menu opens, so the menu shows what was saved meanwhile, also in another
window.  "Manage…" opens the dialog in which the lists are kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.services.posts.snippets import Library
from ui.operations import Latest
from ui.snippets.texts import content_tooltip

if TYPE_CHECKING:
    from ui.editor.host import EditorHost
    from ui.snippets.dialog import LibraryDialog

translate = QCoreApplication.translate
SHORTCUT = "Ctrl+Shift+H"
LABEL_MAX = 60


def joined(text: str, head: str, tail: str) -> str:
    """`text` as it goes in between `head` and `tail` (the caption around the cursor).

    One line (a hashtag group, a short snippet) joins like words: a space is
    added where it would otherwise touch a word.  Several lines (a sign-off) make
    a paragraph of their own: a blank line before it, unless it starts the
    caption or one is there already, and a line break after it when text follows.
    """
    if "\n" in text:
        if not head.strip() or head.endswith("\n\n"):
            before = ""
        elif head.endswith("\n"):
            before = "\n"
        else:
            before = "\n\n"
        after = "\n" if tail and not tail.startswith("\n") else ""
    else:
        before = " " if head and not head[-1].isspace() else ""
        after = " " if tail and not tail[0].isspace() else ""
    return before + text + after


def python_index(text: str, position: int) -> int:
    """The index in `text` of Qt's cursor `position` (counted in UTF-16 units)."""
    return len(text.encode("utf-16-le")[: 2 * position].decode("utf-16-le", errors="ignore"))


def menu_label(name: str) -> str:
    """A name as a menu entry: not too wide, and "&" shown rather than taken as a mnemonic."""
    short = name if len(name) <= LABEL_MAX else name[: LABEL_MAX - 1].rstrip() + "…"
    return short.replace("&", "&&")


class InsertMenu(QMenu):
    """The Insert menu of one post editor, with its toolbar button and shortcut."""

    refreshed = Signal()
    """The lists were read again (tests wait for it)."""
    manage_opened = Signal(object)

    def __init__(self, editor: EditorHost, bar: QToolBar) -> None:
        super().__init__(editor.window())
        self.editor = editor
        self.contents: Library | None = None
        self._lists = Latest()
        self.setTitle(self.tr("Insert"))
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self._about_to_show)
        self.menuAction().setToolTip(
            self.tr("Insert a saved hashtag group or snippet at the cursor ({key})").format(
                key=QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        bar.addAction(self.menuAction())
        button = bar.widgetForAction(self.menuAction())
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button = button
        bar.addSeparator()
        self.shortcut = QAction(self.tr("Insert hashtags or snippet"), editor.window())
        self.shortcut.setShortcut(QKeySequence(SHORTCUT))
        self.shortcut.triggered.connect(self.popup_at_caption)
        editor.window().addAction(self.shortcut)
        editor.bus.data_changed.connect(self._on_data_changed)
        editor.closed.connect(self._stop)
        self._rebuild()
        self.reload()

    # The lists ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read both lists in the background; the newest answer wins."""
        from sosmed_desktop.services.posts.snippets import load_library

        self.editor.ops.read(self, load_library, self._loaded, latest=self._lists)

    def _loaded(self, contents: Library) -> None:
        changed = contents != self.contents
        self.contents = contents
        if changed and self.isVisible():
            self._rebuild()
        self.refreshed.emit()

    def _on_data_changed(self, kind: str, _ids: list) -> None:
        if kind in (Kind.LIBRARY, Kind.ALL):
            self.reload()

    def _stop(self, _editor: object) -> None:
        self.editor.bus.data_changed.disconnect(self._on_data_changed)

    def _about_to_show(self) -> None:
        self._rebuild()
        self.reload()  # a change made elsewhere shows up while the menu is open

    def _rebuild(self) -> None:
        self.clear()
        contents = self.contents
        if contents is None:
            self.addAction(self.tr("Loading…")).setEnabled(False)
        elif contents.empty:
            self.addAction(self.tr("No hashtag groups or snippets saved yet")).setEnabled(False)
        else:
            locked = self.editor.captions.insert_target().isReadOnly()
            if locked:
                self.addAction(
                    self.tr("The captions of this post can no longer change")
                ).setEnabled(False)
            if contents.groups:
                self._header(self.tr("Hashtag groups"))
                for group in contents.groups:
                    self._entry(group.name, group.text, locked)
            if contents.snippets:
                self._header(self.tr("Snippets"))
                for snippet in contents.snippets:
                    self._entry(snippet.name, snippet.body, locked)
        self.addSeparator()
        self.manage_action = self.addAction(self.tr("Manage…"), self.open_manager)
        self.manage_action.setToolTip(self.tr("Add, change, order or delete the saved entries"))

    def _header(self, text: str) -> None:
        if not self.isEmpty():
            self.addSeparator()
        header = self.addAction(text)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        header.setEnabled(False)

    def _entry(self, name: str, text: str, locked: bool) -> None:
        action = self.addAction(menu_label(name), lambda: self.insert(text))
        action.setToolTip(content_tooltip(text))
        action.setEnabled(not locked)

    def entry_names(self) -> list[str]:
        """The names the menu offers now, in order (headers and commands left out)."""
        self._rebuild()
        return [
            a.text().replace("&&", "&")
            for a in self.actions()
            if a.isEnabled() and not a.isSeparator() and a is not self.manage_action
        ]

    # Using it -------------------------------------------------------------------------
    def popup_at_caption(self) -> None:
        """Open the menu at the caption's cursor (the shortcut), else under the button."""
        if not self.editor.state.ready:
            return
        edit = self.editor.captions.insert_target()
        if edit.isVisible():
            spot = edit.viewport().mapToGlobal(edit.cursorRect().bottomLeft())
        elif self.button is not None:
            spot = self.button.mapToGlobal(QPoint(0, self.button.height()))
        else:
            spot = self.editor.window().mapToGlobal(QPoint(0, 0))
        self.popup(spot)

    def insert(self, text: str) -> None:
        """Put `text` at the caption's cursor, spaced from what is around it."""
        captions = self.editor.captions
        edit = captions.insert_target()
        if edit.isReadOnly():
            return
        cursor = edit.textCursor()
        caption = edit.toPlainText()
        head = caption[: python_index(caption, cursor.selectionStart())]
        tail = caption[python_index(caption, cursor.selectionEnd()) :]
        captions.insert_text(joined(text, head, tail))

    def open_manager(self) -> LibraryDialog:
        """The dialog in which the hashtag groups and snippets are kept."""
        from ui.snippets.dialog import LibraryDialog

        dialog = LibraryDialog(self.editor.ctx, self.editor.bus, self.editor.window())
        self.manage_opened.emit(dialog)
        dialog.open()
        return dialog
