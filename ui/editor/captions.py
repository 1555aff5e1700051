"""The caption tabs: the master caption and one tab per platform with its photos.

A platform tab either follows the master caption (shown read-only, always the
same text) or has its own.  Under each caption a counter shows the length,
hashtags and links as that platform counts them (its spec's counting rule:
characters, X's weighted length, Threads' emoji bytes, YouTube's UTF-8 bytes)
against the platform's limits, live on every keystroke.  Findings of the
content checks are highlighted in the text; words the dictionary does not know
are underlined, with suggestions in the context menu (`spelling.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.captions import Span, caption_stats
from sosmed_desktop.domain.content_checks import Severity
from sosmed_desktop.domain.platform_render import UNCROPPED, chosen_key, feed_preset
from sosmed_desktop.domain.platforms import Counting, PlatformSpec
from sosmed_desktop.domain.spelling_checks import WordToken
from ui.editor.findings import HIGHLIGHT_COLOURS
from ui.editor.media_strip import MediaStrip
from ui.editor.spelling import EditorSpelling
from ui.editor.thumbnails import EditorImages
from ui.labels import platform_short
from ui.plain_text import plain_label

translate = QCoreApplication.translate
WARN_SHARE = 0.9  # the counter turns amber at 90 % of the limit


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points (emoji differ)."""
    return len(text[:index].encode("utf-16-le")) // 2


class CaptionEdit(QPlainTextEdit):
    """A caption: plain text, its findings highlighted with extra selections.

    What the officer types, pastes, drops, inserts (a snippet) or corrects from the
    spelling menu is announced as `typed` (the text before and after, and whether it
    is a step of its own: keys typed one after another make one step, as in Qt's own
    text undo); the editor records it on its own undo stack.
    """

    typed = Signal(str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(110)
        self.highlighted: list[tuple[Span, Severity]] = []
        self.spelling: EditorSpelling | None = None
        self.undo_stack: QUndoStack | None = None
        """The editor's stack, which undoes this caption's typing (`EditorEdits.watch_typing`)."""
        self._recording = False

    def _record(self, change: Callable[[], None], separate: bool, announce: bool = True) -> None:
        """Run the officer's `change` and announce it (`typed`) if it changed the text."""
        if self._recording or not announce:
            self._recording, outer = True, self._recording
            try:
                change()
            finally:
                self._recording = outer
            return
        before = self.toPlainText()
        self._recording = True
        try:
            change()
        finally:
            self._recording = False
        after = self.toPlainText()
        if after != before:
            self.typed.emit(before, after, separate)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._record(lambda: super(CaptionEdit, self).keyPressEvent(event), False)

    def insertPlainText(self, text: str, *, recorded: bool = True) -> None:
        """Insert `text` at the cursor; not `recorded` when another undo step takes the
        text out again itself (a data note's citation)."""
        self._record(lambda: super(CaptionEdit, self).insertPlainText(text), True, recorded)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._record(lambda: super(CaptionEdit, self).inputMethodEvent(event), False)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self._record(lambda: super(CaptionEdit, self).insertFromMimeData(source), True)

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z / Ctrl+Y reach the window's Undo and Redo: typing is a step of its stack.
        if (
            self.undo_stack is not None
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo)
                 or event.matches(QKeySequence.StandardKey.Redo))
        ):  # fmt: skip
            event.ignore()
            return False
        return super().event(event)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The standard menu, with spelling suggestions on top over an unknown word."""
        menu = self.createStandardContextMenu(pos)
        stack = self.undo_stack
        for action in menu.actions() if stack is not None else ():
            steps = {"edit-undo": (stack.undo, stack.canUndo()),
                     "edit-redo": (stack.redo, stack.canRedo())}  # fmt: skip
            if action.objectName() in steps:
                run, possible = steps[action.objectName()]
                action.triggered.disconnect()
                action.triggered.connect(run)
                action.setEnabled(possible)
        found = self.spelling.token_at(self, pos) if self.spelling is not None else None
        if found is not None and self.spelling is not None and not self.isReadOnly():
            block, token = found
            position, text = block.position(), block.text()
            self.spelling.extend_menu(
                menu, token, lambda new: self.replace_word(position, text, token, new), self
            )
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def replace_word(
        self, block_position: int, block_text: str, token: WordToken, new: str
    ) -> None:
        """Put `new` in place of `token` of the block starting at `block_position`."""
        cursor = QTextCursor(self.document())
        start = block_position + utf16_offset(block_text, token.start)
        cursor.setPosition(start)
        cursor.setPosition(
            block_position + utf16_offset(block_text, token.end), QTextCursor.MoveMode.KeepAnchor
        )
        self._record(lambda: cursor.insertText(new), True)

    def set_highlights(self, spans: Iterable[tuple[Span, Severity]]) -> None:
        """Mark these spans of the current text (Python indices) in their severity colour."""
        text = self.toPlainText()
        self.highlighted = sorted(set(spans), key=lambda s: (s[0].start, s[0].end))
        selections = []
        for span, severity in self.highlighted:
            if span.end > len(text):
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(utf16_offset(text, span.start))
            cursor.setPosition(utf16_offset(text, span.end), QTextCursor.MoveMode.KeepAnchor)
            char_format = QTextCharFormat()
            char_format.setBackground(QColor(HIGHLIGHT_COLOURS[severity]))
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            char_format.setUnderlineColor(QColor("#c0392b"))
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = char_format  # type: ignore[attr-defined]
            selections.append(selection)
        self.setExtraSelections(selections)

    def select_span(self, span: Span) -> None:
        """Select a span of the text (Python indices) and show it."""
        text = self.toPlainText()
        cursor = self.textCursor()
        cursor.setPosition(utf16_offset(text, min(span.start, len(text))))
        cursor.setPosition(
            utf16_offset(text, min(span.end, len(text))), QTextCursor.MoveMode.KeepAnchor
        )
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus()

    def set_text_keeping_cursor(self, text: str) -> None:
        """Replace the text (a mirror of the master) without jumping to the top."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText().encode("utf-16-le")) // 2))
        self.setTextCursor(cursor)


def _length_text(count: int, limit: int | None, counting: Counting) -> str:
    locale = QLocale()
    values = {"count": locale.toString(count), "limit": locale.toString(limit or 0)}
    if counting is Counting.UTF8_BYTES:
        if limit is None:
            return translate("Counter", "{count} bytes").format(**values)
        return translate("Counter", "{count} / {limit} bytes").format(**values)
    if limit is None:
        return translate("Counter", "{count} characters").format(**values)
    return translate("Counter", "{count} / {limit} characters").format(**values)


def counter_text(text: str, spec: PlatformSpec) -> tuple[str, str]:
    """The counter line for `text` on `spec`'s platform (counted by its rule), and its colour."""
    stats = caption_stats(text, spec)
    parts = [_length_text(stats.characters, stats.character_limit, stats.counting)]
    if stats.hashtag_limit is not None:
        parts.append(
            translate("Counter", "{count} / {limit} hashtags").format(
                count=stats.hashtags, limit=stats.hashtag_limit
            )
        )
    else:
        parts.append(translate("Counter", "{count} hashtags").format(count=stats.hashtags))
    if stats.link_limit is not None:
        parts.append(
            translate("Counter", "{count} / {limit} links").format(
                count=stats.urls, limit=stats.link_limit
            )
        )
    if stats.counting is Counting.X_WEIGHTED:
        parts.append(translate("Counter", "as X counts: a link 23, an emoji 2"))
    elif stats.counting is Counting.THREADS:
        parts.append(translate("Counter", "an emoji counts its bytes"))
    colour = "#5b6b7f"
    if stats.over_character_limit or stats.over_hashtag_limit or stats.over_link_limit:
        colour = "#c0392b"
    elif stats.over_soft_limit or (
        stats.character_limit and stats.characters >= WARN_SHARE * stats.character_limit
    ):
        colour = "#b9770e"
    return " · ".join(parts), colour


class PlatformTab(QWidget):
    """One platform: follow-the-master switch, caption, counter and photo strip."""

    follow_toggled = Signal(bool)
    framing_chosen = Signal(str)

    def __init__(
        self, spec: PlatformSpec, loader: EditorImages, describe, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.follow = QCheckBox(self.tr("Same as the master caption"))
        self.follow.setChecked(True)
        self.follow.toggled.connect(self.follow_toggled)
        layout.addWidget(self.follow)
        self.caption = CaptionEdit()
        self.caption.setAccessibleName(self.tr("Caption for %s") % spec.name)
        self.caption.setReadOnly(True)
        layout.addWidget(self.caption, 1)
        self.counter = QLabel()
        self.counter.setObjectName("captionCounter")
        layout.addWidget(self.counter)
        media_row = QHBoxLayout()
        self.media_title = plain_label()
        media_row.addWidget(self.media_title)
        media_row.addStretch(1)
        self.framing = QComboBox()
        self.framing.setToolTip(
            self.tr(
                "How the photos are framed on this platform: the preview and the package "
                "show them so. Photos edited in the studio keep their other edits."
            )
        )
        default = feed_preset(spec)
        for preset in spec.presets:
            label = f"{preset.label} ({preset.width}×{preset.height})"
            if preset == default:
                label = self.tr("{label} — default").format(label=label)
            self.framing.addItem(label, preset.key)
        self.framing.addItem(self.tr("Uncropped"), UNCROPPED)
        self.framing.activated.connect(
            lambda index: self.framing_chosen.emit(self.framing.itemData(index))
        )
        self.framing_label = QLabel(self.tr("Framing:"))
        self.framing_label.setBuddy(self.framing)
        media_row.addWidget(self.framing_label)
        media_row.addWidget(self.framing)
        self.move_left = self._button("◀", self.tr("Move the selected photo earlier"))
        self.move_right = self._button("▶", self.tr("Move the selected photo later"))
        self.remove = self._button(self.tr("Remove"), self.tr("Remove the selected photo"))
        for button in (self.move_left, self.move_right):
            button.setFixedWidth(36)
            button.setAccessibleName(button.toolTip())  # not "◀"
        for button in (self.move_left, self.move_right, self.remove):
            media_row.addWidget(button)
        layout.addLayout(media_row)
        strip_row = QHBoxLayout()
        self.strip = MediaStrip(loader, describe)
        self.strip.spec = spec  # the overlay shows the platform's crop
        self.strip.setAccessibleName(self.tr("Photos"))
        self.strip.items_changed.connect(self.show_framing)
        strip_row.addWidget(self.strip, 1)
        adding = QVBoxLayout()
        self.add_files = self._button(self.tr("Add photos…"), self.tr("Choose photo files"))
        self.add_library = self._button(
            self.tr("From library…"), self.tr("Choose photos already in the media library")
        )
        self.copy_all = self._button(
            self.tr("Use on all platforms"), self.tr("Give every platform these photos")
        )
        for button in (self.add_files, self.add_library, self.copy_all):
            adding.addWidget(button)
        adding.addStretch(1)
        strip_row.addLayout(adding)
        layout.addLayout(strip_row)
        self.update_media_title()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def photo_buttons(self) -> tuple[QWidget, ...]:
        """Every button that changes the photos (disabled once the post is published)."""
        return (self.add_files, self.add_library, self.move_left, self.move_right,
                self.remove, self.copy_all, self.framing)  # fmt: skip

    def show_framing(self) -> None:
        """The framing of the platform's photos (the first's, when they differ); the
        chooser is hidden while there are no photos."""
        items = self.strip.items()
        self.framing.setVisible(bool(items))
        self.framing_label.setVisible(bool(items))
        key = chosen_key(items[0].recipe, self.spec) if items else None
        self.framing.setCurrentIndex(self.framing.findData(key))

    @property
    def follows_master(self) -> bool:
        return self.follow.isChecked()

    def set_follows(self, follows: bool, caption: str) -> None:
        """Follow the master (mirroring `caption`) or edit an own caption."""
        self.follow.blockSignals(True)
        self.follow.setChecked(follows)
        self.follow.blockSignals(False)
        self.caption.setReadOnly(follows)
        self.caption.set_text_keeping_cursor(caption)

    def update_counter(self) -> None:
        text, colour = counter_text(self.caption.toPlainText(), self.spec)
        self.counter.setText(text)
        self.counter.setStyleSheet(f"color: {colour};")

    def update_media_title(self) -> None:
        count = self.strip.count()
        if self.spec.max_images is not None:
            text = self.tr("Photos: {count} of at most {limit}").format(
                count=count, limit=self.spec.max_images
            )
        else:
            text = self.tr("Photos: {count}").format(count=count)
        self.media_title.setText(text)
        over = self.spec.max_images is not None and count > self.spec.max_images
        self.media_title.setStyleSheet("color: #c0392b;" if over else "")


class MasterTab(QWidget):
    """The master caption and how long it is on each platform that follows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        hint = QLabel(
            self.tr("Platforms marked “same as the master caption” post this text as it is.")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.caption = CaptionEdit()
        self.caption.setAccessibleName(self.tr("Master caption"))
        self.caption.setPlaceholderText(self.tr("Write the caption here…"))
        layout.addWidget(self.caption, 1)
        self.counters = QLabel()
        self.counters.setWordWrap(True)
        self.counters.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.counters)

    def update_counters(self, specs: list[PlatformSpec]) -> None:
        text = self.caption.toPlainText()
        lines = []
        for spec in specs:
            counted, colour = counter_text(text, spec)
            lines.append(
                f"<span style='color:{colour}'><b>{platform_short(spec.code)}</b> {counted}</span>"
            )
        self.counters.setText("<br>".join(lines))


class CaptionTabs(QTabWidget):
    """The master tab and the tabs of the chosen platforms (unchosen ones are kept
    aside with their text and photos, so ticking a platform again restores them)."""

    tab_created = Signal(object)

    def __init__(self, loader: EditorImages, describe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.describe = describe
        self.master = MasterTab()
        self.addTab(self.master, self.tr("Master caption"))
        self.platform_tabs: dict[str, PlatformTab] = {}
        self.shown: list[str] = []

    def tab_for(self, spec: PlatformSpec) -> PlatformTab:
        """The tab of a platform, created the first time it is needed."""
        if spec.code not in self.platform_tabs:
            tab = PlatformTab(spec, self.loader, self.describe)
            tab.caption.setPlainText(self.master.caption.toPlainText())
            self.platform_tabs[spec.code] = tab
            self.tab_created.emit(tab)
        return self.platform_tabs[spec.code]

    def show_platforms(self, specs: list[PlatformSpec]) -> None:
        """Show a tab per chosen platform, in spec order, keeping the current tab."""
        current = self.currentWidget()
        wanted = [s.code for s in specs]
        if wanted == self.shown:
            return
        while self.count() > 1:
            self.removeTab(1)
        for spec in specs:
            self.addTab(self.tab_for(spec), spec.name)
        self.shown = wanted
        index = self.indexOf(current) if current is not None else -1
        self.setCurrentIndex(index if index >= 0 else 0)

    def edit_for(self, code: str | None) -> CaptionEdit:
        """The caption text a finding of platform `code` points into."""
        tab = self.platform_tabs.get(code or "")
        if tab is None or tab.follows_master:
            return self.master.caption
        return tab.caption

    def insert_target(self) -> CaptionEdit:
        """The caption `insert_text` writes into: the current platform's own caption,
        otherwise (the master tab, or a platform that follows it) the master."""
        current = self.currentWidget()
        edit = current.caption if isinstance(current, PlatformTab) else self.master.caption
        return self.master.caption if edit.isReadOnly() else edit

    def insert_text(self, text: str, *, recorded: bool = True) -> None:
        """Insert `text` at the cursor of the caption being edited (the master if the
        current tab follows it): hashtag groups and caption snippets come in here
        (`recorded`: see `CaptionEdit.insertPlainText`)."""
        edit = self.insert_target()
        if edit is self.master.caption:
            self.setCurrentWidget(self.master)
        edit.insertPlainText(text, recorded=recorded)
        edit.setFocus()
