"""One search finds directions and data notes too: the index engine of each database
(FTS5 on SQLite, tsvector on PostgreSQL) and the portable one, triggers, ranking, 0006."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.db.models import DataNote, Direction, Program, Tag
from sosmed_desktop.domain.notes import NoteInput
from sosmed_desktop.services.directions import data_notes, directions
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.search import search
from sosmed_desktop.services.search.query import digit_variants, figure_forms
from sosmed_desktop.services.search.search import HitKind
from tests.unit.helpers import make_program, snapshot
from tests.unit.posting import post_input, set_profile

WIB = ZoneInfo("Asia/Jakarta")
BOTH_ENGINES = ["index", "like"]


def _engine(ctx: AppContext, engine: str) -> search.SearchEngine:
    """The database's own index engine, or the portable one."""
    if engine == "like":
        return search.LikeSearch()
    return search.Fts5Search() if ctx.is_sqlite else search.TsvectorSearch()


def _direction(**changes: object) -> directions.DirectionInput:
    base = directions.DirectionInput(
        given_by_name="H. Dani Ramdan",
        given_by_position="Bupati Bekasi",
        given_at=datetime(2026, 6, 15, 9, tzinfo=WIB),
        content="Gencarkan kampanye imunisasi kejar di sekolah dasar 🎉 sebelum Agustus.",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _note(**changes: object) -> NoteInput:
    base = NoteInput(
        title="Vaksinasi campak-rubela anak sekolah",
        value=Decimal("1245300"),
        source="Dinas Kesehatan Kabupaten Bekasi",
        unit="dosis",
        period="Januari–Mei 2026",
        as_of=date(2026, 6, 20),
        tags=("bias", "#SekolahSehat"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def records(ctx: AppContext) -> dict[str, int]:
    set_profile(ctx)
    program = make_program(ctx, "Germas Posyandu")
    ids = {"program": program}
    with ctx.uow() as uow:
        ids["direction"] = directions.create_direction(uow, _direction(program_id=program))
    with ctx.uow() as uow:
        ids["other_direction"] = directions.create_direction(
            uow,
            _direction(
                given_by_name="dr. Ahmad Fauzi",
                given_by_position="Kepala Dinas Kesehatan",
                content="Unggah jadwal pelayanan puskesmas saat libur Lebaran.",
            ),
        )
    with ctx.uow() as uow:
        ids["note"] = data_notes.create_note(uow, _note())
    with ctx.uow() as uow:
        ids["percent"] = data_notes.create_note(
            uow,
            _note(title="Cakupan ASI eksklusif", value=Decimal("92.4"), unit="%", period="",
                  source="Profil Kesehatan 2025", tags=("gizi",)),
        )  # fmt: skip
    return ids


def _found(ctx: AppContext, query: str, engine: str = "index") -> list[tuple[str, int]]:
    with ctx.uow() as uow:
        hits = _engine(ctx, engine).search(uow, query)
    return [(hit.kind.value, hit.id) for hit in hits]


def _d(ident: int) -> tuple[str, int]:
    return ("direction", ident)


def _n(ident: int) -> tuple[str, int]:
    return ("data_note", ident)


@pytest.mark.parametrize("engine", BOTH_ENGINES)
def test_directions_are_found_by_every_field(
    ctx: AppContext, records: dict[str, int], engine: str
) -> None:
    mine = _d(records["direction"])
    assert _found(ctx, "dani ramdan", engine) == [mine]  # who gave it
    assert _found(ctx, "Bupati", engine) == [mine]  # their position
    assert _found(ctx, "imunisasi kejar", engine) == [mine]  # the direction itself
    assert _found(ctx, "germas", engine) == [mine]  # its program
    assert _found(ctx, "🎉 sekolah dasar", engine) == [mine]  # emoji are separators
    assert _found(ctx, "kesehatan lebaran", engine) == [_d(records["other_direction"])]
    assert _found(ctx, "kampanye -bupati", engine) == []


@pytest.mark.parametrize("engine", BOTH_ENGINES)
def test_data_notes_are_found_by_every_field(
    ctx: AppContext, records: dict[str, int], engine: str
) -> None:
    note, percent = _n(records["note"]), _n(records["percent"])
    assert _found(ctx, "campak rubela", engine) == [note]  # title
    for figure in ("1.245.300", "1,245,300", "1245300"):  # value however it is written
        assert _found(ctx, figure, engine) == [note], figure
    assert _found(ctx, "92,4", engine) == [percent]
    assert _found(ctx, "dosis", engine) == [note]  # unit
    assert _found(ctx, "januari", engine) == [note]  # period
    assert _found(ctx, "profil kesehatan", engine) == [percent]  # source
    assert _found(ctx, "sekolahsehat", engine) == [note]  # tag
    assert _found(ctx, "gizi", engine) == [percent]


def test_index_finds_prefixes_and_folds_accents(ctx: AppContext, records: dict[str, int]) -> None:
    assert _found(ctx, "imuni") == [_d(records["direction"])]
    assert _found(ctx, "ekskl") == [_n(records["percent"])]
    with ctx.uow() as uow:
        note_id = data_notes.create_note(
            uow, _note(title="Kunjungan café sehat lansia", tags=(), value=Decimal("12"))
        )
    assert _found(ctx, "cafe lansia") == [_n(note_id)]
    assert _found(ctx, "1.2") == [_n(records["note"])]  # typing a figure: its first digits


@pytest.mark.parametrize("engine", BOTH_ENGINES)
def test_hits_carry_what_the_dialog_shows(
    ctx: AppContext, records: dict[str, int], engine: str
) -> None:
    with ctx.uow() as uow:
        hits = _engine(ctx, engine).search(uow, "bupati kampanye")
    [hit] = hits
    assert (hit.kind, hit.id) == (HitKind.DIRECTION, records["direction"])
    assert hit.title == "H. Dani Ramdan, Bupati Bekasi"
    assert [hit.title[s.start : s.end] for s in hit.title_highlights] == ["Bupati"]
    assert hit.snippet.startswith("Gencarkan kampanye")
    assert [hit.snippet[s.start : s.end] for s in hit.highlights] == ["kampanye"]
    assert hit.status == "baru" and hit.program == "Germas Posyandu"
    assert hit.when == datetime(2026, 6, 15, 9, tzinfo=WIB)
    with ctx.uow() as uow:
        [note] = _engine(ctx, engine).search(uow, "dosis")
    assert (note.kind, note.title, note.value, note.unit) == (
        HitKind.DATA_NOTE, "Vaksinasi campak-rubela anak sekolah", "1245300", "dosis",
    )  # fmt: skip
    assert note.source == "Dinas Kesehatan Kabupaten Bekasi" and note.as_of == date(2026, 6, 20)
    assert note.snippet == "1.245.300 dosis (Januari–Mei 2026)"
    assert [note.snippet[s.start : s.end] for s in note.highlights] == ["dosis"]


@pytest.mark.parametrize("engine", BOTH_ENGINES)
def test_index_follows_changes_and_deletions(
    ctx: AppContext, records: dict[str, int], engine: str
) -> None:
    direction_id, note_id = records["direction"], records["note"]
    with ctx.uow() as uow:
        directions.update_direction(
            uow, direction_id, _direction(content="Siapkan video cuci tangan pakai sabun.")
        )
    assert _found(ctx, "kampanye", engine) == []
    assert _found(ctx, "sabun", engine) == [_d(direction_id)]
    assert _found(ctx, "germas", engine) == []  # the program was removed with the edit
    with ctx.uow() as uow:
        directions.update_direction(
            uow, direction_id, _direction(content="Video sabun", program_id=records["program"])
        )
        uow.session.get(Program, records["program"]).name = "Sanitasi Total"
        uow.commit()
    assert _found(ctx, "sanitasi", engine) == [_d(direction_id)]  # the program renamed

    with ctx.uow() as uow:
        data_notes.update_note(
            uow, note_id, _note(title="Imunisasi MR", value=Decimal("31750"), tags=("bulan",))
        )
    assert _found(ctx, "campak", engine) == []
    assert _found(ctx, "sekolahsehat", engine) == []
    assert _found(ctx, "31.750", engine) == [_n(note_id)]
    assert _found(ctx, "1.245.300", engine) == []
    with ctx.uow() as uow:
        uow.session.scalars(select(Tag).where(Tag.name == "bulan")).one().name = "bulanimunisasi"
        uow.commit()
    assert _found(ctx, "bulanimunisasi", engine) == [_n(note_id)]

    with ctx.uow() as uow:
        directions.delete_direction(uow, direction_id)
    with ctx.uow() as uow:
        data_notes.delete_note(uow, note_id)
    assert _found(ctx, "sabun", engine) == []
    assert _found(ctx, "bulanimunisasi", engine) == []
    with ctx.uow() as uow:  # nothing left behind in the indexes
        raw = uow.session.connection().exec_driver_sql
        assert raw("SELECT count(*) FROM direction_search").scalar() == 1
        assert raw("SELECT count(*) FROM data_note_search").scalar() == 1


HOSTILE = ['"', '"""', "-", "--", "*", "a*b*", "NOT", "AND OR NOT", "OR", "(", ")", "((*",
           "sekolah)", '"unterminated', "🎉🇮🇩", "HUT-81", "leader:bupati", "^bupati",
           "NEAR(a b)", "'", "\\", "\x00", "%_", "!?.,;", "   ", "", "1.2.3.4.5",
           "-bupati"]  # fmt: skip


@pytest.mark.parametrize("engine", BOTH_ENGINES)
@pytest.mark.parametrize("query", HOSTILE)
def test_any_user_text_is_safe_for_every_kind(
    ctx: AppContext, records: dict[str, int], engine: str, query: str
) -> None:
    before = snapshot(ctx, Direction, DataNote)
    assert isinstance(_found(ctx, query, engine), list)
    assert snapshot(ctx, Direction, DataNote) == before


@pytest.mark.parametrize("engine", BOTH_ENGINES)
def test_one_search_mixes_kinds_best_of_each_first(
    ctx: AppContext, records: dict[str, int], engine: str
) -> None:
    with ctx.uow() as uow:
        post_id = posts.create_post(
            uow, post_input(title="Imunisasi kejar di sekolah", caption="Ayo ke puskesmas")
        ).id
    found = _found(ctx, "sekolah", engine)
    # The best of each kind first, posts before directions before notes when equal.
    assert found == [("post", post_id), _d(records["direction"]), _n(records["note"])]
    assert _found(ctx, "sekolah -imunisasi", engine) == [_n(records["note"])]


def test_ranking_shares_of_each_kinds_best() -> None:
    from sosmed_desktop.services.search.search import best_of

    ranked = {
        HitKind.POST: [(1, 10.0), (2, 2.0)],
        HitKind.DIRECTION: [(7, 0.001), (8, 0.0009)],
        HitKind.DATA_NOTE: [(4, 3.0), (5, 0.3)],
    }
    merged = [(s.kind.value, i) for s, i in best_of(ranked, 5)]
    assert merged == [("post", 1), ("direction", 7), ("data_note", 4), ("direction", 8),
                      ("post", 2)]  # fmt: skip
    tied = {HitKind.POST: [(1, 5.0), (2, 5.0), (3, 5.0)], HitKind.DIRECTION: [(7, 1.0)]}
    merged = [(s.kind.value, i) for s, i in best_of(tied, 10)]
    assert merged == [("post", 1), ("direction", 7), ("post", 2), ("post", 3)]


def test_figures_typed_either_way() -> None:
    assert figure_forms(("1", "245", "300")) == {"1245300"}
    assert figure_forms(("31", "750")) == {"31750", "31.750"}
    assert figure_forms(("92", "4")) == {"92.4"}
    assert figure_forms(("1245300",)) == {"1245300"}
    assert figure_forms(("dosis",)) == set()
    assert digit_variants(("1245300",)) == [("1245300",), ("1", "245", "300")]
    assert digit_variants(("1", "245", "300")) == [("1", "245", "300"), ("1245300",)]
    assert digit_variants(("ke", "62")) == [("ke", "62")]


@pytest.mark.sqlite_only("0006 creates FTS5 tables and triggers on SQLite only")
def test_migration_0006_indexes_existing_rows_and_downgrades(data_dir: Path) -> None:
    from alembic import command

    from sosmed_desktop.db.migrate import alembic_config

    ctx = bootstrap(data_dir)
    cfg = alembic_config()
    db = data_dir / "sosmed.db"

    def migrate(step, target: str) -> None:
        with ctx.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            step(cfg, target)
        ctx.engine.dispose()

    def objects() -> set[str]:
        raw = sqlite3.connect(db)
        try:
            rows = raw.execute(
                "SELECT name FROM sqlite_master WHERE name LIKE 'direction_search%' "
                "OR name LIKE 'data_note_search%'"
            )
            return {name for (name,) in rows}
        finally:
            raw.close()

    try:
        assert {"direction_search", "data_note_search", "direction_search_insert"} <= objects()
        migrate(command.downgrade, "0005")
        assert objects() == set()
        with ctx.uow() as uow:  # written by a version without these indexes
            directions.create_direction(uow, _direction())
        with ctx.uow() as uow:
            data_notes.create_note(uow, _note())
        migrate(command.upgrade, "head")
        assert len(objects() - {"direction_search", "data_note_search"}) > 10
        assert [k for k, _ in _found(ctx, "bupati imunisasi")] == ["direction"]
        assert [k for k, _ in _found(ctx, "1.245.300 dosis")] == ["data_note"]
        migrate(command.downgrade, "0005")
        assert objects() == set()
        with ctx.uow() as uow:  # the tables work without their triggers
            directions.create_direction(uow, _direction(content="Tanpa indeks"))
    finally:
        ctx.dispose()


@pytest.mark.sqlite_only("the search triggers feed SQLite's FTS5 tables")
def test_every_search_trigger_exists_at_the_head_revision(ctx: AppContext) -> None:
    """A later migration that rebuilds a table loses its triggers: it must add them back."""
    import importlib.util

    from sosmed_desktop.db.migrate import MIGRATIONS_DIR

    expected: set[str] = set()
    for name, attribute in (("0002_editorial", "SEARCH_TRIGGERS"),
                            ("0006_search_directions_notes", "TRIGGERS")):  # fmt: skip
        spec = importlib.util.spec_from_file_location(
            name, MIGRATIONS_DIR / "versions" / f"{name}.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        expected |= set(getattr(module, attribute))
    with ctx.uow() as uow:
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        present = set(uow.session.connection().exec_driver_sql(sql).scalars())
    assert len(expected) == 19 and expected <= present
