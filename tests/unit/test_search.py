"""Full-text search: the index (FTS5 or tsvector) kept by triggers, safe query parsing,
portable engine."""

from __future__ import annotations

from datetime import datetime

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Tag
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.posts.data import PostInput, VariantInput
from sosmed_desktop.services.search import search
from sosmed_desktop.services.search.query import excerpt, phrase_pattern
from tests.unit.posting import WIB, post_input, set_profile, snapshot


@pytest.fixture
def indexed(ctx: AppContext) -> dict[str, int]:
    set_profile(ctx)
    items = {
        "posyandu": post_input(
            title="Posyandu Balita Sukamaju",
            caption="Ayo timbang si kecil di posyandu! #BekasiSehat",
            tags=("gizi",),
        ),
        "dbd": post_input(
            title="Waspada Demam Berdarah",
            caption="Lakukan 3M Plus: menguras, menutup, mendaur ulang. 🦟",
            tags=("DBD", "jumantik"),
        ),
        "hkn": post_input(
            title="Hari Kesehatan Nasional ke-62",
            caption="Selamat HKN! Sehat itu café-nya hidup 🇮🇩 नमस्ते",
            tags=("HKN",),
        ),
    }
    ids = {}
    with ctx.uow() as uow:
        for key, data in items.items():
            ids[key] = posts.create_post(uow, data).id
    return ids


def _ids(ctx: AppContext, query: str, engine: search.SearchEngine | None = None) -> list[int]:
    with ctx.uow() as uow:
        found = (engine or search.engine_for(uow)).search(uow, query)
    return [hit.id for hit in found if hit.kind is search.HitKind.POST]


def test_finds_titles_captions_tags_and_prefixes(ctx: AppContext, indexed: dict[str, int]) -> None:
    assert _ids(ctx, "posyandu") == [indexed["posyandu"]]
    assert _ids(ctx, "POSY") == [indexed["posyandu"]]  # prefix, any case
    assert _ids(ctx, "jumantik") == [indexed["dbd"]]  # a tag
    assert _ids(ctx, "#BekasiSehat") == [indexed["posyandu"]]
    assert _ids(ctx, "menguras nyamuk") == []  # every word must be there
    assert _ids(ctx, "नमस्ते") == [indexed["hkn"]]
    assert _ids(ctx, '"demam berdarah"') == [indexed["dbd"]]
    assert _ids(ctx, '"berdarah demam"') == []
    assert _ids(ctx, "sehat -posyandu") == [indexed["hkn"]]


def test_index_folds_accents(ctx: AppContext, indexed: dict[str, int]) -> None:
    assert _ids(ctx, "cafe") == [indexed["hkn"]]
    assert _ids(ctx, "CAFÉ-NYA") == [indexed["hkn"]]
    with ctx.uow() as uow:
        [hit] = search.search_all(uow, "cafe")
    assert [hit.snippet[s.start : s.end] for s in hit.highlights] == ["café"]


def test_hit_has_snippet_with_highlights(ctx: AppContext, indexed: dict[str, int]) -> None:
    with ctx.uow() as uow:
        [hit] = search.search_all(uow, "kecil")
    assert hit.title == "Posyandu Balita Sukamaju" and hit.status == "draf"
    assert hit.when == datetime(2026, 12, 5, 9, tzinfo=WIB)
    assert [hit.snippet[s.start : s.end] for s in hit.highlights] == ["kecil"]
    assert "\x02" not in hit.snippet


@pytest.mark.parametrize(
    "query",
    ['"', '"""', "-", "--", "*", "a*b*", "NOT", "AND OR NOT", "(", ")", "posyandu)",
     '"unterminated', "🦟🇮🇩", "HUT-77", "col:posyandu", "^posyandu", "NEAR(a b)", "'", "\\",
     "\x00", "%_", "   ", ""],
)  # fmt: skip
def test_any_user_text_is_safe(ctx: AppContext, indexed: dict[str, int], query: str) -> None:
    before = snapshot(ctx)
    with ctx.uow() as uow:
        assert isinstance(search.search_all(uow, query), list)
        assert isinstance(search.LikeSearch().search(uow, query), list)
    assert snapshot(ctx) == before


def test_index_finds_a_phrase_across_a_dash(ctx: AppContext, indexed: dict[str, int]) -> None:
    assert _ids(ctx, "ke-62") == [indexed["hkn"]]


def test_dashes_and_emoji_are_separators(ctx: AppContext, indexed: dict[str, int]) -> None:
    assert _ids(ctx, "🦟 3M") == [indexed["dbd"]]
    assert search.parse_query("🦟🇮🇩").empty


def test_index_follows_every_change(ctx: AppContext, indexed: dict[str, int]) -> None:
    post_id = indexed["dbd"]
    with ctx.uow() as uow:
        detail = posts.get_post(uow, post_id)
    data = PostInput(
        **{
            **detail.to_input().__dict__,
            "title": "Pemberantasan Sarang Nyamuk",
            "notes": "Koordinasi dengan kelurahan Tambun",
            "variants": (VariantInput("x", "Gerakan PSN tiap Jumat", follows_master=False),),
            "tags": ("psn",),
        }
    )
    with ctx.uow() as uow:
        posts.update_post(uow, post_id, data, detail.version)
    assert _ids(ctx, "berdarah") == []
    assert _ids(ctx, "jumantik") == []
    for query in ("sarang", "tambun", "jumat", "psn", "menguras"):
        assert _ids(ctx, query) == [post_id], query
    with ctx.uow() as uow:
        tag = uow.session.query(Tag).filter_by(name="psn").one()
        tag.name = "sarangnyamuk"
        uow.commit()
    assert _ids(ctx, "sarangnyamuk") == [post_id]
    with ctx.uow() as uow:
        posts.trash_post(uow, post_id)
    assert _ids(ctx, "sarang") == []
    with ctx.uow() as uow:
        posts.restore_post(uow, post_id)
    assert _ids(ctx, "sarang") == [post_id]


@pytest.mark.parametrize("index_size", ["small", "large"])
def test_title_ranks_above_caption(
    ctx: AppContext, indexed: dict[str, int], monkeypatch: pytest.MonkeyPatch, index_size: str
) -> None:
    """On FTS5 a small index is ranked by its own bm25(), a large one in Python: the same."""
    if index_size == "large":
        monkeypatch.setattr(search.Fts5Search, "BM25_UP_TO", 0)
    with ctx.uow() as uow:
        extra = posts.create_post(
            uow, post_input(title="Jadwal imunisasi", caption="Bawa buku KIA ke posyandu")
        ).id
    assert _ids(ctx, "posyandu") == [indexed["posyandu"], extra]


def test_ranks_only_the_newest_matches_of_a_common_word(
    ctx: AppContext, indexed: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With more matches than `CANDIDATES` only the newest are ranked (BM25 or
    ``ts_rank_cd`` for all of a regency's matches of a common word is too slow to type
    against); with fewer, all.  The same on FTS5 (in a large index) and on
    PostgreSQL's tsvector."""
    with ctx.uow() as uow:
        older = posts.create_post(uow, post_input(title="Posyandu Melati", caption="")).id
        newer = posts.create_post(uow, post_input(title="Info", caption="ke posyandu")).id
        engine = search.engine_for(uow)
    assert isinstance(engine, search.Fts5Search | search.TsvectorSearch)
    assert set(_ids(ctx, "posyandu", engine)) == {indexed["posyandu"], older, newer}
    # raising=False: an engine without the bound fails below, by what it finds
    monkeypatch.setattr(type(engine), "CANDIDATES", 2, raising=False)
    # FTS5 bounds the ranking of a large index only
    monkeypatch.setattr(search.Fts5Search, "BM25_UP_TO", 0)
    # PostgreSQL reads the newest 2 × 1 ids one by one, older matches through its index
    monkeypatch.setattr(search.TsvectorSearch, "WINDOW", 1, raising=False)
    assert _ids(ctx, "posyandu", engine) == [older, newer], "the two newest, title first"
    assert _ids(ctx, "jumantik", engine) == [indexed["dbd"]], "fewer matches: all ranked"
    with ctx.uow() as uow:
        posts.trash_post(uow, older)
        posts.trash_post(uow, newer)
    assert _ids(ctx, "posyandu", engine) == [indexed["posyandu"]], "the trash takes no place"


def test_portable_engine_finds_the_same(ctx: AppContext, indexed: dict[str, int]) -> None:
    like = search.LikeSearch()
    assert _ids(ctx, "posyandu", like) == [indexed["posyandu"]]
    assert _ids(ctx, "jumantik", like) == [indexed["dbd"]]
    assert _ids(ctx, "sehat -posyandu", like) == [indexed["hkn"]]
    assert _ids(ctx, "50%", like) == []
    with ctx.uow() as uow:
        [hit] = like.search(uow, "kecil")
    assert [hit.snippet[s.start : s.end] for s in hit.highlights] == ["kecil"]


def test_an_excerpt_begins_and_ends_with_whole_words() -> None:
    caption = (
        "Terima kasih Ayah Bunda dan para kader! Cakupan imunisasi dasar lengkap di "
        "Kabupaten Bekasi sudah mencapai 92,4%. Yuk kejar sisanya bersama puskesmas."
    )
    snippet, spans = excerpt([caption], [phrase_pattern((("imun",), True))])
    assert snippet == (
        "…Ayah Bunda dan para kader! Cakupan imunisasi dasar lengkap di Kabupaten Bekasi "
        "sudah mencapai 92,4%. Yuk kejar sisanya…"
    )
    assert [snippet[s.start : s.end] for s in spans] == ["imunisasi"]  # the whole word
