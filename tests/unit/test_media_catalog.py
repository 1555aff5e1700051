"""Summaries of library photos for the editor: by id, and the most recent ones."""

from __future__ import annotations

from pathlib import Path

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import MediaAsset
from sosmed_desktop.db.types import utcnow
from sosmed_desktop.services.media.catalog import describe_media, recent_media
from tests.unit.posting import add_photo


def test_describe_and_list_recent(ctx: AppContext, tmp_path: Path) -> None:
    first = add_photo(ctx, tmp_path, 1080, 1350, 1)
    second = add_photo(ctx, tmp_path, 1600, 900, 2)
    with ctx.uow() as uow:
        found = describe_media(uow, [second, first, 999])
    assert set(found) == {first, second}
    summary = found[first]
    assert (summary.width, summary.height) == (1080, 1350)
    assert (ctx.config.media_dir / summary.stored_name).is_file()
    assert summary.title == "foto-1080x1350-1"
    with ctx.uow() as uow:
        uow.session.get(MediaAsset, first).deleted_at = utcnow()
        uow.commit()
    with ctx.uow() as uow:
        assert [m.id for m in recent_media(uow)] == [second]
        assert describe_media(uow, []) == {}
