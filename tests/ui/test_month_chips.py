"""What a month chip shows at 1366×768: the title first, then the time if it fits."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Platform, Post, PostVariant
from tests.ui.test_calendar_views import WIB, today_wib
from ui.calendar import chips
from ui.calendar.chips import Chip, chip_text
from ui.main_window import MainWindow

TITLE = "Imunisasi Dasar Lengkap di Posyandu Melati"


def test_a_chip_at_1366x768_shows_the_title_first(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = today_wib()
    with ctx.uow() as uow:
        post = Post(title=TITLE, status="draf", scheduled_at=datetime.combine(today, time(9), WIB))
        for code in ("instagram", "facebook", "x"):
            platform = uow.session.query(Platform).filter_by(code=code).one()
            post.variants.append(PostVariant(platform=platform, caption="Ayo imunisasi"))
        uow.session.add(post)
        uow.commit()
    painted: list[tuple[str, str]] = []

    def recorded(chip: Chip, metrics: QFontMetrics, width: int) -> tuple[str, str]:
        painted.append(chip_text(chip, metrics, width))
        return painted[-1]

    monkeypatch.setattr(chips, "chip_text", recorded)
    window.resize(1366, 768)
    window.show()
    page = window.calendar
    with qtbot.waitSignal(page.month_loaded):
        page.reload()
    page.month_view.grab()
    title, _time = painted[-1]
    assert title.startswith("Imunisasi Dasar"), title


def test_the_time_is_shown_only_beside_a_whole_title(app) -> None:
    chip = Chip(1, "Posyandu", "draf", datetime(2026, 11, 27, 9, 30, tzinfo=WIB), ("x",), "")
    metrics = QFontMetrics(QFont())
    whole = metrics.horizontalAdvance("Posyandu")
    assert chip_text(chip, metrics, 400) == ("Posyandu", "09.30")
    assert chip_text(chip, metrics, whole) == ("Posyandu", "")
    title, time_shown = chip_text(chip, metrics, whole // 2)
    assert title.endswith("…") and time_shown == ""
