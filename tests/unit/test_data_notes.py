"""Data notes: record, cite in a post, notice when stale; attachments; the 0004 migration."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.config import STALE_DAYS_KEY, Config
from sosmed_desktop.db.models import DataNote, Tag, post_data_notes
from sosmed_desktop.domain.figures import format_citation
from sosmed_desktop.domain.notes import NoteInput
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.directions import attachments
from sosmed_desktop.services.directions.data_notes import (
    Freshness,
    NoteFilter,
    cite_note,
    create_note,
    delete_note,
    get_note,
    list_notes,
    note_tags,
    notes_cited_by,
    posts_citing,
    posts_citing_stale_notes,
    stale_citations,
    uncite_note,
    update_note,
)
from tests.unit.helpers import make_post, snapshot, write_pdf

WIB = ZoneInfo("Asia/Jakarta")
TODAY = date(2026, 6, 30)
FRESH = Freshness(TODAY, 90, WIB)


def _note(**changes: object) -> NoteInput:
    values: dict[str, object] = {
        "title": "Vaksinasi COVID-19 dosis lengkap",
        "value": Decimal("1245300"),
        "unit": "dosis",
        "period": "",
        "as_of": date(2026, 6, 20),
        "source": "Dinas Kesehatan",
        "link": "https://dinkes.bekasikab.go.id/data",
        "tags": ("vaksinasi", "#COVID-19"),
    }
    values.update(changes)
    return NoteInput(**values)  # type: ignore[arg-type]


def test_citation_in_indonesian_style() -> None:
    row_like = _note()
    # `format_citation` takes any object with the note's fields; a stored row is the usual one.

    class Stored:
        title, unit, period, source, as_of = (
            row_like.title,
            row_like.unit,
            "",
            row_like.source,
            row_like.as_of,
        )
        value = "1245300"

    assert format_citation(Stored()) == (
        "Vaksinasi COVID-19 dosis lengkap: 1.245.300 dosis\n"
        "Sumber: Dinas Kesehatan, per 20 Juni 2026"
    )
    Stored.value, Stored.unit, Stored.period, Stored.as_of = "92.4", "%", "Januari–Mei 2022", None
    assert format_citation(Stored(), with_title=False) == (
        "92,4% (Januari–Mei 2022)\nSumber: Dinas Kesehatan"
    )


def test_note_is_cited_in_a_post_then_goes_stale(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        note = create_note(uow, _note())
    post = make_post(ctx, "Capaian vaksinasi", PostStatus.DRAFT)
    with ctx.uow() as uow:
        row = get_note(uow, note, FRESH)
    assert (row.value, row.figure, row.tags) == (
        "1245300",
        "1.245.300 dosis",
        ("COVID-19", "vaksinasi"),
    )
    assert (row.age_days, row.stale) == (10, False)
    assert "1.245.300 dosis" in format_citation(row)
    with ctx.uow() as uow:
        assert cite_note(uow, post, note) is True
    with ctx.uow() as uow:
        assert cite_note(uow, post, note) is False
        assert [n.id for n in notes_cited_by(uow, post, FRESH)] == [note]
        assert [p.id for p in posts_citing(uow, note)] == [post]
        assert get_note(uow, note, FRESH).cited_count == 1
        assert stale_citations(uow, post, FRESH) == []
        assert posts_citing_stale_notes(uow, FRESH) == []

    later = Freshness(TODAY + timedelta(days=81), 90, WIB)  # 91 days after 20 June
    with ctx.uow() as uow:
        stale = stale_citations(uow, post, later)
        assert [(n.id, n.age_days, n.stale) for n in stale] == [(note, 91, True)]
        [hit] = posts_citing_stale_notes(uow, later)
        assert (hit.post.id, hit.note_id, hit.age_days) == (post, note, 91)
        assert [n.id for n in list_notes(uow, NoteFilter(stale_only=True), later)] == [note]
        # A longer configured age: nothing stale yet.
        assert stale_citations(uow, post, Freshness(later.today, 120, WIB)) == []

    with ctx.uow() as uow:
        assert uncite_note(uow, post, note) is True
    with ctx.uow() as uow:
        assert stale_citations(uow, post, later) == []
        actions = [e.action for e in audit.history(uow, "post", post)]
    assert actions == ["data_note_cited", "data_note_uncited"]


def test_note_without_date_ages_from_when_it_was_recorded(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        note = create_note(uow, _note(as_of=None, period="Tahun 2025"))
    with ctx.uow() as uow:
        recorded = uow.session.get_one(DataNote, note)
        recorded.created_at = datetime(2026, 1, 2, 20, 0, tzinfo=UTC)  # 3 January in WIB
        uow.commit()
    post = make_post(ctx, "Profil kesehatan")
    with ctx.uow() as uow:
        cite_note(uow, post, note)
    with ctx.uow() as uow:
        assert get_note(uow, note, FRESH).age_days == (TODAY - date(2026, 1, 3)).days
        assert [n.id for n in stale_citations(uow, post, FRESH)] == [note]
        assert [c.note_id for c in posts_citing_stale_notes(uow, FRESH)] == [note]


def test_published_posts_are_left_out_of_the_stale_warnings_by_default(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        note = create_note(uow, _note(as_of=date(2025, 1, 1)))
    done = make_post(ctx, "Sudah tayang", PostStatus.PUBLISHED)
    with ctx.uow() as uow:
        cite_note(uow, done, note)
    with ctx.uow() as uow:
        assert posts_citing_stale_notes(uow, FRESH) == []
        assert len(posts_citing_stale_notes(uow, FRESH, include_published=True)) == 1


def test_stale_age_is_a_setting_with_a_default_of_90_days(data_dir: Path) -> None:
    config = Config(data_dir)
    assert config.stale_days == 90
    config.set(STALE_DAYS_KEY, 30)
    assert config.stale_days == 30
    for bad in (0, -5, 5000, "90", True):
        with pytest.raises(ValidationError):
            config.set(STALE_DAYS_KEY, bad)


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"title": " "}, "title", "required"),
        ({"source": ""}, "source", "required"),
        ({"link": "bekasikab.go.id"}, "link", "link"),
        ({"unit": "u" * 61}, "unit", "too_long"),
        ({"value": Decimal("NaN")}, "value", "number"),
    ],
)
def test_bad_note_is_refused_and_nothing_is_written(
    ctx: AppContext, changes: dict[str, object], field: str, problem: str
) -> None:
    before = snapshot(ctx, DataNote, Tag)
    with ctx.uow() as uow, pytest.raises(ValidationError) as info:
        create_note(uow, _note(**changes))
    assert info.value.code == "note_invalid"
    assert (info.value.params["field"], info.value.params["problem"]) == (field, problem)
    assert snapshot(ctx, DataNote, Tag) == before


def test_update_tags_filter_and_search(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        covid = create_note(uow, _note())
        idl = create_note(
            uow,
            _note(
                title="Cakupan imunisasi dasar lengkap",
                value=Decimal("92.4"),
                unit="%",
                tags=("Imunisasi",),
                as_of=date(2026, 5, 1),
            ),
        )
    with ctx.uow() as uow:
        update_note(uow, covid, _note(tags=("VAKSINASI", "imunisasi")))
    with ctx.uow() as uow:
        assert note_tags(uow) == ["Imunisasi", "vaksinasi"]  # no case duplicates
        assert get_note(uow, covid, FRESH).tags == ("Imunisasi", "vaksinasi")

        def found(**flt: object) -> list[int]:
            return [n.id for n in list_notes(uow, NoteFilter(**flt), FRESH)]  # type: ignore[arg-type]

        assert found() == [covid, idl]  # newest figure first
        assert found(tag="Imunisasi") == [covid, idl]
        assert found(text="dasar") == [idl]
        assert found(text="92,4") == [idl]  # a figure as typed finds the stored value
        assert found(text="dinas vaksinasi") == [covid]
        entries = audit.history(uow, "data_note", covid)
        assert [e.action for e in entries] == ["created", "updated"]
        assert entries[1].details["changes"]["tags"] == [
            ["COVID-19", "vaksinasi"],
            ["Imunisasi", "vaksinasi"],
        ]


def test_a_cited_note_cannot_be_deleted(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        note = create_note(uow, _note())
        spare = create_note(uow, _note(title="Belum dipakai"))
    post = make_post(ctx, "Capaian vaksinasi")
    with ctx.uow() as uow:
        cite_note(uow, post, note)
    before = snapshot(ctx, DataNote)
    with ctx.uow() as uow, pytest.raises(ConflictError) as info:
        delete_note(uow, note)
    assert info.value.code == "note_cited"
    assert snapshot(ctx, DataNote) == before
    with ctx.uow() as uow:
        delete_note(uow, spare)
    with ctx.uow() as uow:
        assert uow.session.get(DataNote, spare) is None
        assert len(uow.session.execute(select(post_data_notes)).all()) == 1
    with ctx.uow() as uow, pytest.raises(NotFoundError):
        cite_note(uow, post, spare)


def test_note_attachment_set_replaced_and_cleared(ctx: AppContext, tmp_path: Path) -> None:
    with ctx.uow() as uow:
        note = create_note(uow, _note())
    with ctx.uow() as uow:
        first = attachments.attach_file_to_note(
            ctx.config, uow, note, write_pdf(tmp_path / "profil-kesehatan-2025.pdf")
        )
    with ctx.uow() as uow:
        assert get_note(uow, note, FRESH).attachment == first
        assert attachments.set_note_file(uow, note, None) == first.media_id
    with ctx.uow() as uow:
        assert attachments.note_file(uow, note) is None
        attachments.set_note_file(uow, note, first.media_id)  # undo
    with ctx.uow() as uow:
        assert attachments.note_file(uow, note) == first


def test_search_words_are_taken_literally(ctx: AppContext) -> None:
    """% _ and \\ are what the officer looks for, not LIKE syntax (on PostgreSQL a trailing
    backslash would be a broken escape)."""
    with ctx.uow() as uow:
        percent = create_note(uow, _note(title="Capaian 50% target", tags=()))
        code = create_note(uow, _note(title="Kode wilayah 32_16", tags=()))
        folder = create_note(uow, _note(title="Berkas C:\\data\\bps", tags=()))
    with ctx.uow() as uow:

        def found(text: str) -> list[int]:
            return [n.id for n in list_notes(uow, NoteFilter(text=text), FRESH)]

        assert found("50%") == found("%") == [percent]
        assert found("32_16") == found("_") == [code]
        assert found("C:\\") == found("\\") == [folder]


def test_migration_0004_turns_indonesian_values_into_plain_decimals(data_dir: Path) -> None:
    from alembic import command

    from sosmed_desktop.db.migrate import alembic_config

    ctx = bootstrap(data_dir)
    cfg = alembic_config()
    written = ["1.245.300", "92,4", "2.436", "312", "1.245.300,75", "-3,5", "n/a"]

    def values() -> list[str]:
        with ctx.engine.connect() as conn:
            return list(conn.scalars(text("SELECT value FROM data_notes ORDER BY id")))

    def migrate(step, target: str) -> list[str]:
        with ctx.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            step(cfg, target)
        return values()

    try:
        migrate(command.downgrade, "0001")
        with ctx.engine.begin() as conn:  # what seed-demo wrote before 0004
            conn.execute(
                text(
                    "INSERT INTO data_notes (title, value, unit, period, source, link, created_at) "
                    "VALUES ('t', :value, '', '', 'Dinkes', '', '2026-01-01 00:00:00')"
                ),
                [{"value": v} for v in written],
            )
        upgraded = migrate(command.upgrade, "head")
        assert upgraded == ["1245300", "92.4", "2436", "312", "1245300.75", "-3.5", "n/a"]
        assert migrate(command.downgrade, "0001") == written
    finally:
        ctx.dispose()
