"""Hashtag groups, caption snippets, commemorative days and public holidays."""

from __future__ import annotations

from datetime import date

import pytest

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.db.models_editorial import CommemorativeDay, HashtagGroup
from sosmed_desktop.domain.commemorative import (
    COLLECTIVE_LEAVE,
    COMMEMORATIVE,
    DEFAULT_DAYS,
    HOLIDAY,
)
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.services.calendar import marks as calendar_marks
from sosmed_desktop.services.posts import snippets
from tests.unit.posting import count


def test_hashtag_groups_crud(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        group = snippets.create_hashtag_group(
            uow, " Kesehatan  umum ", "#BekasiSehat DinkesKabBekasi #bekasisehat #HUTBekasi77"
        )
    assert group.name == "Kesehatan umum"
    assert group.hashtags == ("#BekasiSehat", "#DinkesKabBekasi", "#HUTBekasi77")
    assert group.text == "#BekasiSehat #DinkesKabBekasi #HUTBekasi77"
    with ctx.uow() as uow:
        snippets.create_hashtag_group(uow, "Gizi", ["#CegahStunting", "#GiziSeimbang"])
        changed = snippets.update_hashtag_group(uow, group.id, "Umum", ["#BekasiSehat"])
    assert changed.hashtags == ("#BekasiSehat",)
    with ctx.uow() as uow:
        assert [g.name for g in snippets.list_hashtag_groups(uow)] == ["Umum", "Gizi"]
        snippets.delete_hashtag_group(uow, group.id)
        assert [g.name for g in snippets.list_hashtag_groups(uow)] == ["Gizi"]


@pytest.mark.parametrize(
    ("name", "tags", "error", "code"),
    [
        ("", "#a", ValidationError, "name_required"),
        ("Baru", "", ValidationError, "hashtags_required"),
        ("Baru", "#dua kata#", ValidationError, "bad_hashtag"),
        ("Baru", "#🇮🇩", ValidationError, "bad_hashtag"),
        ("Baru", "#2026", ValidationError, "bad_hashtag"),
        ("gizi", "#a", ConflictError, "name_taken"),
    ],
)
def test_bad_hashtag_groups_are_refused(
    ctx: AppContext, name: str, tags: str, error: type, code: str
) -> None:
    with ctx.uow() as uow:
        snippets.create_hashtag_group(uow, "Gizi", "#Gizi")
    with ctx.uow() as uow, pytest.raises(error) as info:
        snippets.create_hashtag_group(uow, name, tags)
    assert info.value.code == code
    assert count(ctx, HashtagGroup) == 1


def test_snippets_crud_and_errors(ctx: AppContext) -> None:
    sign_off = "Informasi lebih lanjut: Dinas Kesehatan Kab. Bekasi 🏥\nIG @dinkeskabbekasi"
    with ctx.uow() as uow:
        snippet = snippets.create_snippet(uow, "Penutup", sign_off)
    assert snippet.body == sign_off
    with ctx.uow() as uow:
        with pytest.raises(ConflictError):
            snippets.create_snippet(uow, "PENUTUP", "lain")
        with pytest.raises(ValidationError) as info:
            snippets.create_snippet(uow, "Kosong", "   ")
        assert info.value.code == "snippet_empty"
        with pytest.raises(NotFoundError):
            snippets.update_snippet(uow, 999, "x", "y")
    with ctx.uow() as uow:
        snippets.update_snippet(uow, snippet.id, "Penutup resmi", "Salam sehat!")
        assert [(s.name, s.body) for s in snippets.list_snippets(uow)] == [
            ("Penutup resmi", "Salam sehat!")
        ]
        snippets.delete_snippet(uow, snippet.id)
        assert snippets.list_snippets(uow) == []


def test_defaults_seeded_once(ctx: AppContext) -> None:
    assert count(ctx, CommemorativeDay) == len(DEFAULT_DAYS)
    names = {d.name for d in DEFAULT_DAYS}
    assert {"Hari Pahlawan", "Hari Kesehatan Nasional", "HUT Republik Indonesia",
            "Hari Jadi Kabupaten Bekasi", "Hari Kartini", "Hari Pendidikan Nasional",
            "Hari Anak Nasional", "Hari Ibu"} <= names  # fmt: skip
    with ctx.uow() as uow:
        for row in calendar_marks.list_commemorative_days(uow):
            calendar_marks.delete_commemorative_day(uow, row.id)
    ctx.dispose()
    again = bootstrap(ctx.config.data_dir)  # the officer's choice survives a restart
    try:
        assert count(again, CommemorativeDay) == 0
    finally:
        again.dispose()


def test_collective_leave_days_are_marked_apart_in_indonesian(ctx: AppContext) -> None:
    """Cuti bersama come from the holidays package's government category: 8 in 2026."""
    with ctx.uow() as uow:
        year = [
            m for month in range(1, 13) for m in calendar_marks.calendar_marks(uow, 2026, month)
        ]
        december = calendar_marks.calendar_marks(uow, 2026, 12)
    leave = [m for m in year if m.kind == COLLECTIVE_LEAVE]
    assert len(leave) == 8
    assert all(m.name.startswith("Cuti Bersama") for m in leave)
    assert [(m.day, m.kind) for m in december if m.day.day in (24, 25)] == [
        (date(2026, 12, 24), COLLECTIVE_LEAVE),
        (date(2026, 12, 25), HOLIDAY),
    ]
    assert not any(m.kind == HOLIDAY for m in leave)


def test_calendar_marks_november_and_august(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        november = calendar_marks.calendar_marks(uow, 2026, 11)
        august = calendar_marks.calendar_marks(uow, 2026, 8)
    assert (date(2026, 11, 10), "Hari Pahlawan", COMMEMORATIVE) in [
        (m.day, m.name, m.kind) for m in november
    ]
    assert any(
        m.day == date(2026, 11, 12) and m.name == "Hari Kesehatan Nasional" for m in november
    )
    kinds = [(m.day, m.kind, m.name) for m in august if m.day == date(2026, 8, 17)]
    assert kinds[0][1] == HOLIDAY and "Kemerdekaan" in kinds[0][2]
    assert kinds[1][1] == COMMEMORATIVE
    assert any(m.day == date(2026, 8, 15) and "Bekasi" in m.name for m in august)
    assert all(m.day.month == 8 for m in august)


def test_holidays_in_indonesian() -> None:
    names = calendar_marks.public_holidays(2026)
    assert names[date(2026, 1, 1)] == "Tahun Baru Masehi"
    assert names[date(2026, 12, 25)] == "Hari Raya Natal"
    assert any("Idul Fitri" in n for n in names.values())


def test_editing_commemorative_days(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        leap = calendar_marks.add_commemorative_day(uow, 2, 29, "Hari Penyakit Langka", "Kesehatan")
        with pytest.raises(ValidationError) as info:
            calendar_marks.add_commemorative_day(uow, 2, 30, "Tidak ada")
        assert info.value.code == "bad_day"
        with pytest.raises(ConflictError):
            calendar_marks.add_commemorative_day(uow, 11, 10, "hari pahlawan")
        with pytest.raises(ValidationError):
            calendar_marks.add_commemorative_day(uow, 13, 1, "Bulan 13")
    with ctx.uow() as uow:
        assert any(
            m.name == "Hari Penyakit Langka" for m in calendar_marks.calendar_marks(uow, 2028, 2)
        )
        assert not any(
            m.name == "Hari Penyakit Langka" for m in calendar_marks.calendar_marks(uow, 2027, 2)
        )
        calendar_marks.update_commemorative_day(
            uow, leap.id, 2, 28, "Hari Penyakit Langka", active=False
        )
        assert not any(
            m.name == "Hari Penyakit Langka" for m in calendar_marks.calendar_marks(uow, 2027, 2)
        )


def test_hashtags_typed_with_commas_semicolons_and_new_lines() -> None:
    typed = "BekasiSehat, #DinkesKabBekasi;CegahStunting\n#GiziSeimbang ,, bekasisehat"
    assert snippets.parse_hashtags(typed) == (
        "#BekasiSehat", "#DinkesKabBekasi", "#CegahStunting", "#GiziSeimbang"
    )  # fmt: skip
    assert snippets.parse_hashtags(["#a, #b", "c"]) == ("#a", "#b", "#c")
    with pytest.raises(ValidationError) as info:
        snippets.parse_hashtags(" , ;\n")
    assert info.value.code == "hashtags_required"


def test_order_moves_and_a_deleted_entry_comes_back_in_its_place(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        ids = [snippets.create_snippet(uow, name, f"Teks {name}").id for name in "ABCD"]
        snippets.create_hashtag_group(uow, "Umum", "#BekasiSehat")
    with ctx.uow() as uow:
        snippets.move_snippet(uow, ids[3], 0)
        snippets.move_snippet(uow, ids[0], 99)  # past the end: last
        assert [s.name for s in snippets.list_snippets(uow)] == ["D", "B", "C", "A"]
        snippets.delete_snippet(uow, ids[1])
        again = snippets.create_snippet(uow, "B", "Teks B", index=1)
        assert [s.name for s in snippets.list_snippets(uow)] == ["D", "B", "C", "A"]
        group = snippets.create_hashtag_group(uow, "Gizi", "#Gizi", index=0)
        snippets.move_hashtag_group(uow, group.id, 1)
        whole = snippets.load_library(uow)
    assert [g.name for g in whole.groups] == ["Umum", "Gizi"]
    assert [s.id for s in whole.snippets][1] == again.id and not whole.empty
    with ctx.uow() as uow:
        with pytest.raises(NotFoundError):
            snippets.move_snippet(uow, 999, 0)
        with pytest.raises(NotFoundError):
            snippets.move_hashtag_group(uow, 999, 0)
        for snippet in snippets.list_snippets(uow):
            snippets.delete_snippet(uow, snippet.id)
        for row in snippets.list_hashtag_groups(uow):
            snippets.delete_hashtag_group(uow, row.id)
        assert snippets.load_library(uow).empty


def _listed(ctx: AppContext, kind: snippets.EntryKind) -> list[tuple[str, str]]:
    with ctx.uow() as uow:
        contents = snippets.load_library(uow)
    if kind == snippets.GROUP:
        return [(g.name, g.text) for g in contents.groups]
    return [(s.name, s.body) for s in contents.snippets]


@pytest.mark.parametrize(
    ("kind", "typed", "stored"),
    [
        (snippets.GROUP, "BekasiSehat, #Gizi", "#BekasiSehat #Gizi"),
        (snippets.SNIPPET, "  Salam sehat!\n", "Salam sehat!"),
    ],
)
def test_entries_of_either_kind_are_saved_moved_and_deleted_alike(
    ctx: AppContext, kind: snippets.EntryKind, typed: str, stored: str
) -> None:
    """The management dialog's three changes, by kind of entry (its undo calls them too)."""
    with ctx.uow() as uow:
        first = snippets.save_entry(uow, kind, None, " Umum ", typed)
        second = snippets.save_entry(uow, kind, None, "Penutup", typed)
        back = snippets.save_entry(uow, kind, None, "Kembali", typed, index=0)
    assert (first.name, first.content) == ("Umum", stored)
    assert _listed(ctx, kind) == [("Kembali", stored), ("Umum", stored), ("Penutup", stored)]
    with ctx.uow() as uow:
        changed = snippets.save_entry(uow, kind, first.id, "Umum baru", typed)
        snippets.move_entry(uow, kind, second.id, 0)
        snippets.delete_entry(uow, kind, back.id)
    assert changed == snippets.SavedEntry(first.id, "Umum baru", stored)
    assert _listed(ctx, kind) == [("Penutup", stored), ("Umum baru", stored)]
    with ctx.uow() as uow:
        with pytest.raises(ConflictError):
            snippets.save_entry(uow, kind, first.id, "PENUTUP", typed)
        for change in (
            lambda: snippets.save_entry(uow, kind, 999, "Lain", typed),
            lambda: snippets.move_entry(uow, kind, 999, 0),
            lambda: snippets.delete_entry(uow, kind, 999),
        ):
            with pytest.raises(NotFoundError):
                change()
    assert _listed(ctx, kind) == [("Penutup", stored), ("Umum baru", stored)]
    other = snippets.SNIPPET if kind == snippets.GROUP else snippets.GROUP
    assert _listed(ctx, other) == [], "the other list is left alone"
