"""How a saved hashtag group or snippet is shown where it is offered.

Shared by the editor's Insert menu and the management dialog's lists, which
show an entry's text the same way.
"""

from __future__ import annotations

from ui.plain_text import as_html

TOOLTIP_MAX = 600


def content_tooltip(text: str) -> str:
    """The entry's text as a tooltip, lines kept, never read as markup."""
    short = text if len(text) <= TOOLTIP_MAX else text[: TOOLTIP_MAX - 1] + "…"
    return as_html(short)
