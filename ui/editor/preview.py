"""An approximate look of the post in each platform's feed.

Not a pixel copy of any app: enough to see what matters before approval —
the account name, the photo exactly as the package will hold it (the core
renders the photo's platform recipe; see `EditorImages.request_render`), and
how much of the caption shows before "… more" (Instagram folds after two
lines, Facebook after about five).  Until the render is ready, the thumbnail is
shown with the same crop.
"""

from __future__ import annotations

from collections.abc import Callable

import regex
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sosmed_desktop.domain.platforms import PlatformSpec
from sosmed_desktop.services.media.catalog import MediaSummary
from sosmed_desktop.services.posts.data import MediaItem
from ui.editor.media_strip import item_recipe, kept_rect
from ui.editor.thumbnails import EditorImages
from ui.plain_text import escape

CARD_WIDTH = 340
# Lines of caption a feed shows before folding it (None: the whole caption).
FOLD_LINES = {"instagram": 2, "tiktok": 2, "facebook": 5, "linkedin": 3, "youtube": 3}
DEFAULT_FOLD = 4
CAPTION_FIRST = {"facebook", "x", "linkedin", "threads", "whatsapp_channel", "website"}
TAG = regex.compile(r"(#[\p{L}\p{M}\p{N}_]+)")


def _line_ends(text: str, font: QFont, widths: list[int]) -> list[int]:
    """Where each laid-out line ends (UTF-16 offsets); line i is widths[min(i, -1)] wide."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    layout.beginLayout()
    ends = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(widths[min(len(ends), len(widths) - 1)])
        ends.append(line.textStart() + line.textLength())
    layout.endLayout()
    return ends


def fold(
    text: str, font: QFont, width: int, lines: int | None, suffix: str = ""
) -> tuple[str, bool]:
    """The part of `text` a feed shows in `lines` lines of `width` px (leaving room on the
    last line for `suffix`, the "… more" marker), and whether it was cut."""
    if lines is None or not text:
        return text, False
    if len(_line_ends(text, font, [width])) <= lines:
        return text, False
    room = max(40, width - QFontMetrics(font).horizontalAdvance(suffix + " "))
    cut = _line_ends(text, font, [width] * (lines - 1) + [room])[lines - 1]
    shown = text.encode("utf-16-le")[: 2 * cut].decode("utf-16-le", errors="ignore")
    if not shown[-1:].isspace() and " " in shown:
        shown = shown[: shown.rstrip().rfind(" ")]  # never end on half a word
    return shown.rstrip(), True


def caption_html(text: str, more: str | None) -> str:
    """Caption as rich text: hashtags in link blue, the fold marker in grey."""
    body = TAG.sub(r"<span style='color:#00376b'>\1</span>", escape(text))
    body = body.replace("\n", "<br>")
    if more:
        body += f" <span style='color:#8e8e93'>{escape(more)}</span>"
    return body


class PhotoView(QWidget):
    """The first photo: its platform render, or (while that is made) the part of the
    thumbnail the render keeps (`source`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.source = QRectF()
        self.ratio = 1.0
        self.count = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_photo(
        self, image: QImage | None, ratio: float, count: int, source: QRectF | None = None
    ) -> None:
        self.image, self.ratio, self.count = image, ratio, count
        if image is not None and source is None:
            source = QRectF(0, 0, image.width(), image.height())
        self.source = source or QRectF()
        self.setFixedHeight(int(CARD_WIDTH / max(ratio, 0.3)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        box = QRectF(self.rect())
        painter.fillRect(box, QColor("#dfe4ea"))
        if self.image is not None:
            painter.drawImage(box, self.image, self.source)
        if self.count > 1:
            painter.setPen(Qt.PenStyle.NoPen)
            for index in range(min(self.count, 10)):
                painter.setBrush(QColor("#ffffff" if index == 0 else "#ffffff88"))
                x = box.center().x() + (index - self.count / 2) * 10
                painter.drawEllipse(QRectF(x, box.bottom() - 12, 6, 6))
        painter.end()


def avatar(initials: str, size: int = 34) -> QImage:
    """A round badge with the department's initials."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(0, 0, size, size)
    painter.fillPath(path, QColor("#1f4e79"))
    painter.setPen(QColor("#ffffff"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(size // 3)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), initials)
    painter.end()
    return image


class PreviewPanel(QWidget):
    """A platform chooser and the feed card of the chosen platform."""

    def __init__(
        self,
        loader: EditorImages,
        describe: Callable[[int], MediaSummary | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.loader = loader
        self.describe = describe
        self.account = ""
        self.default_account = ""
        self.accounts: dict[str, str] = {}
        self.data: dict[str, tuple[PlatformSpec, str, tuple[MediaItem, ...]]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.platform = QComboBox()
        self.platform.currentIndexChanged.connect(self.render)
        layout.addWidget(self.platform)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Preview"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.addStretch(1)
        self.card = QFrame()
        self.card.setObjectName("previewCard")
        self.card.setFixedWidth(CARD_WIDTH + 2)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(1, 1, 1, 10)
        card_layout.setSpacing(8)
        head = QHBoxLayout()
        head.setContentsMargins(10, 8, 10, 0)
        self.avatar = QLabel()
        head.addWidget(self.avatar)
        self.name = QLabel()
        self.name.setObjectName("previewName")
        head.addWidget(self.name, 1)
        card_layout.addLayout(head)
        self.photo = PhotoView()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setContentsMargins(10, 0, 10, 0)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card_layout = card_layout
        holder_layout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignTop)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.note = QLabel(self.tr("An approximation: each app shows posts a little differently."))
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        # A method, not a lambda: the loader outlives this editor, and a connection to a
        # method goes when the preview does (a lambda's stayed, and kept the editor).
        loader.ready.connect(self._image_ready)

    def _image_ready(self, _media_id: int) -> None:
        self.render()

    def set_accounts(self, default: str, accounts: dict[str, str]) -> None:
        """The department's account name per platform code, `default` where none is set."""
        self.default_account = default or self.tr("Department account")
        self.accounts = accounts
        self.render()

    def _show_account(self, code: str) -> None:
        self.account = self.accounts.get(code) or self.default_account
        words = [w for w in self.account.replace(".", " ").split() if w.lstrip("@")[:1].isalnum()]
        initials = "".join(w.lstrip("@")[0].upper() for w in words[:2]) or "SD"
        self.avatar.setPixmap(QPixmap.fromImage(avatar(initials)))
        self.name.setText(f"<b>{escape(self.account)}</b>")

    def set_content(self, data: dict[str, tuple[PlatformSpec, str, tuple[MediaItem, ...]]]) -> None:
        """Per platform code: its spec, effective caption and photos."""
        self.data = data
        current = self.platform.currentData()
        self.platform.blockSignals(True)
        self.platform.clear()
        for code, (spec, _caption, _media) in data.items():
            self.platform.addItem(spec.name, code)
        index = self.platform.findData(current)
        self.platform.setCurrentIndex(index if index >= 0 else 0)
        self.platform.blockSignals(False)
        self.render()

    def render(self) -> None:
        code = self.platform.currentData()
        self.card.setVisible(code in self.data)
        if code not in self.data:
            return
        spec, text, media = self.data[code]
        self._show_account(code)
        for widget in (self.photo, self.caption):
            self.card_layout.removeWidget(widget)
        order = [self.caption, self.photo] if code in CAPTION_FIRST else [self.photo, self.caption]
        for widget in order:
            self.card_layout.addWidget(widget)
        first = media[0] if media else None
        self.photo.setVisible(first is not None)
        if first is not None:
            self._show_first(first, spec, len(media))
        lines = FOLD_LINES.get(code, None if code in CAPTION_FIRST else DEFAULT_FOLD)
        shown = f"{self.account} {text}" if code == "instagram" else text
        width = CARD_WIDTH - 20
        more = self.tr("… more")
        folded, cut = fold(shown, self.caption.font(), width, lines, more)
        if code == "instagram":
            body = caption_html(folded[len(self.account) + 1 :], more if cut else None)
            self.caption.setText(f"<b>{escape(self.account)}</b> {body}")
        else:
            self.caption.setText(caption_html(folded, more if cut else None))
        self.caption.setVisible(bool(text))

    def _show_first(self, first: MediaItem, spec: PlatformSpec, count: int) -> None:
        """The platform render of the first photo (asked for when not made yet)."""
        recipe = item_recipe(first, spec)
        summary = self.describe(first.media_id)
        rendered = self.loader.rendered(first.media_id, recipe) if recipe else None
        if rendered is not None:
            self.photo.show_photo(rendered, rendered.width() / rendered.height(), count)
            return
        if recipe is not None and summary is not None:
            self.loader.request_render(first.media_id, summary.stored_name, recipe)
        thumb = self.loader.image(first.media_id)
        if thumb is None or recipe is None:
            self.photo.show_photo(None, (recipe.aspect if recipe else None) or 1.0, count)
            return
        whole = QRectF(0, 0, thumb.width(), thumb.height())
        kept = kept_rect(whole, recipe, summary)
        self.photo.show_photo(thumb, kept.width() / max(kept.height(), 1.0), count, kept)
