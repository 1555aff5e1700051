"""Directions: record one with attachments, link posts, finish it; the list and its summary."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.change_kinds import Kind
from sosmed_desktop.db.models import AuditEntry, Direction, MediaAsset, direction_posts
from sosmed_desktop.domain.statuses import DirectionStatus, PostStatus, Priority
from sosmed_desktop.errors import ConflictError, NotFoundError, ValidationError
from sosmed_desktop.imaging.safe_open import BadImageError
from sosmed_desktop.services import audit
from sosmed_desktop.services.directions import attachments
from sosmed_desktop.services.directions.attachment_files import BadAttachmentError
from sosmed_desktop.services.directions.directions import (
    DirectionFilter,
    DirectionInput,
    DirectionView,
    LinkChange,
    change_post_links,
    change_status,
    create_direction,
    delete_direction,
    direction_summary,
    directions_for_post,
    get_direction,
    link_posts,
    list_directions,
    posts_of_direction,
    revert_status,
    unlink_posts,
    update_direction,
    week_end,
)
from sosmed_desktop.services.media.media import file_sha256
from sosmed_desktop.services.posts import lookups, posts
from tests.unit.helpers import (
    PDF_BYTES,
    make_post,
    make_program,
    media_files,
    snapshot,
    write_pdf,
    write_photo,
)

WIB = ZoneInfo("Asia/Jakarta")
# A Wednesday morning in the office.
NOW = datetime(2026, 6, 17, 10, 0, tzinfo=WIB)


def _input(**changes: object) -> DirectionInput:
    base = DirectionInput(
        given_by_name="dr. H. Ahmad Fauzi, M.Kes.",
        given_by_position="Kepala Dinas Kesehatan",
        given_at=NOW - timedelta(days=2),
        channel="rapat",
        content="Perbanyak konten ajakan imunisasi kejar.",
        priority=Priority.HIGH.value,
        due_at=NOW + timedelta(days=2),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _history(ctx: AppContext, kind: str, ident: int) -> list[str]:
    with ctx.uow() as uow:
        return [e.action for e in audit.history(uow, kind, ident)]


def test_direction_with_attachments_linked_posts_then_completed(
    ctx: AppContext, tmp_path: Path
) -> None:
    program = make_program(ctx, "Imunisasi")
    with ctx.uow() as uow:
        direction = create_direction(uow, _input(program_id=program))
    memo = write_pdf(tmp_path / "disposisi kadis.pdf")
    photo = write_photo(tmp_path / "IMG_0042.jpg")
    with ctx.uow() as uow:
        pdf = attachments.attach_file_to_direction(ctx.config, uow, direction, memo)
    with ctx.uow() as uow:
        jpg = attachments.attach_file_to_direction(ctx.config, uow, direction, photo)
    assert (pdf.kind, pdf.mime, pdf.name, pdf.is_pdf) == (
        "document",
        "application/pdf",
        "disposisi kadis.pdf",
        True,
    )
    assert (jpg.kind, jpg.mime) == ("image", "image/jpeg")
    with ctx.uow() as uow:
        stored = attachments.file_path(ctx.config, uow, pdf.media_id)
        assert [a.media_id for a in attachments.direction_files(uow, direction)] == [
            pdf.media_id,
            jpg.media_id,
        ]
    assert stored.read_bytes() == PDF_BYTES
    assert stored.name == f"{file_sha256(memo)}.pdf"

    first = make_post(ctx, "Ayo imunisasi kejar", PostStatus.APPROVED, NOW + timedelta(days=1))
    second = make_post(ctx, "Capaian IDL", PostStatus.DRAFT, NOW + timedelta(days=3))
    with ctx.uow() as uow:
        assert link_posts(uow, direction, [second, first, first]) == [second, first]
    with ctx.uow() as uow:
        assert link_posts(uow, direction, [first]) == []  # already linked
        linked = posts_of_direction(uow, direction)
        assert [(p.title, p.status) for p in linked] == [
            ("Ayo imunisasi kejar", "disetujui"),
            ("Capaian IDL", "draf"),
        ]
        assert [d.id for d in directions_for_post(uow, first)] == [direction]
        row = get_direction(uow, direction)
        assert (row.post_count, row.attachment_count, row.program) == (2, 2, "Imunisasi")

    with ctx.uow() as uow:
        assert change_status(uow, direction, "dikerjakan") == "baru"
    with ctx.uow() as uow:
        change_status(uow, direction, "selesai")
    with ctx.uow() as uow:
        assert get_direction(uow, direction).status == DirectionStatus.DONE.value
        assert direction_summary(uow, now=NOW, tz=WIB).open == 0
    assert _history(ctx, "direction", direction) == [
        "created",
        "file_attached",
        "file_attached",
        "posts_linked",
        "status_changed",
        "status_changed",
    ]
    assert _history(ctx, "post", first) == ["direction_linked"]


def test_unlink_and_detach_keep_posts_and_files(ctx: AppContext, tmp_path: Path) -> None:
    with ctx.uow() as uow:
        direction = create_direction(uow, _input())
    post = make_post(ctx, "Klarifikasi hoaks MR")
    with ctx.uow() as uow:
        link_posts(uow, direction, [post])
    with ctx.uow() as uow:
        ref = attachments.attach_file_to_direction(
            ctx.config, uow, direction, write_photo(tmp_path / "memo.jpg")
        )
    with ctx.uow() as uow:
        assert unlink_posts(uow, direction, [post]) == [post]
    with ctx.uow() as uow:
        attachments.detach_from_direction(uow, direction, ref.media_id)
    with ctx.uow() as uow:
        assert posts_of_direction(uow, direction) == []
        assert attachments.direction_files(uow, direction) == []
        assert uow.session.get(MediaAsset, ref.media_id) is not None
    assert len(media_files(ctx)) == 1
    with ctx.uow() as uow:  # undo of the removal
        attachments.attach_media_to_direction(uow, direction, ref.media_id)
    with ctx.uow() as uow:
        assert len(attachments.direction_files(uow, direction)) == 1
    with ctx.uow() as uow:
        delete_direction(uow, direction)
    with ctx.uow() as uow:
        assert uow.session.get(Direction, direction) is None
        assert uow.session.scalars(select(direction_posts)).all() == []
        assert directions_for_post(uow, post) == []
    assert _history(ctx, "direction", direction)[-1] == "deleted"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"given_by_name": "  "}, "direction_name_required"),
        ({"content": "\n"}, "direction_content_required"),
        ({"due_at": NOW - timedelta(days=5)}, "direction_due_before_given"),
        ({"channel": "surat kabar"}, "invalid"),
        ({"priority": "darurat"}, "invalid"),
        ({"given_at": datetime(2026, 6, 1, 9, 0)}, "invalid"),  # naive time
    ],
)
def test_bad_direction_is_refused_and_nothing_is_written(
    ctx: AppContext, changes: dict[str, object], code: str
) -> None:
    before = snapshot(ctx, Direction)
    with ctx.uow() as uow, pytest.raises(ValidationError) as info:
        create_direction(uow, _input(**changes))
    assert info.value.code == code
    assert snapshot(ctx, Direction) == before


def test_unknown_program_post_or_direction_is_not_found(ctx: AppContext) -> None:
    before = snapshot(ctx, Direction)
    with ctx.uow() as uow, pytest.raises(NotFoundError):
        create_direction(uow, _input(program_id=999))
    assert snapshot(ctx, Direction) == before
    with ctx.uow() as uow:
        direction = create_direction(uow, _input())
    with ctx.uow() as uow, pytest.raises(NotFoundError):
        link_posts(uow, direction, [12345])
    with ctx.uow() as uow, pytest.raises(NotFoundError):
        update_direction(uow, 999, _input())
    with ctx.uow() as uow:
        assert posts_of_direction(uow, direction) == []


def test_update_records_old_and_new_values(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        direction = create_direction(uow, _input())
    with ctx.uow() as uow:
        update_direction(uow, direction, _input(content="Konten baru.", priority="rendah"))
    with ctx.uow() as uow:
        update_direction(uow, direction, _input(content="Konten baru.", priority="rendah"))
        row = get_direction(uow, direction)
        assert (row.content, row.priority) == ("Konten baru.", "rendah")
        assert row.as_input() == _input(content="Konten baru.", priority="rendah")
        entries = [
            (e.action, e.details)
            for e in uow.session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity_type == "direction")
                .order_by(AuditEntry.id)
            )
        ]
    assert [a for a, _ in entries] == ["created", "updated"]  # the no-op edit left no line
    assert entries[1][1]["changes"] == {
        "content": ["Perbanyak konten ajakan imunisasi kejar.", "Konten baru."],
        "priority": ["tinggi", "rendah"],
    }


def test_status_rules_and_undo(ctx: AppContext) -> None:
    with ctx.uow() as uow:
        direction = create_direction(uow, _input())
    with ctx.uow() as uow:
        change_status(uow, direction, "dibatalkan")
    with ctx.uow() as uow, pytest.raises(ConflictError) as info:
        change_status(uow, direction, "selesai")
    assert info.value.code == "direction_status"
    assert info.value.params["current"] == "dibatalkan"
    with ctx.uow() as uow:
        revert_status(uow, direction, expected="dibatalkan", previous="baru")
    with ctx.uow() as uow, pytest.raises(ConflictError):
        revert_status(uow, direction, expected="dibatalkan", previous="baru")
    with ctx.uow() as uow:
        assert get_direction(uow, direction).status == "baru"
    with ctx.uow() as uow, pytest.raises(ValidationError):
        change_status(uow, direction, "ditunda")


def _bad_files(tmp_path: Path) -> list[tuple[Path, type[ValidationError], str]]:
    docx = tmp_path / "memo.docx"
    docx.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    cut = write_pdf(tmp_path / "setengah.pdf", PDF_BYTES[:60])
    fake = tmp_path / "bukan.pdf"
    fake.write_text("ini bukan pdf", encoding="utf-8")
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"junk" * 50)
    return [
        (docx, BadAttachmentError, "unsupported"),
        (cut, BadAttachmentError, "damaged_pdf"),
        (fake, BadAttachmentError, "unsupported"),
        (broken, BadImageError, ""),
        (tmp_path / "hilang.pdf", BadAttachmentError, "unreadable"),
    ]


def test_bad_attachments_are_refused_and_nothing_is_stored(ctx: AppContext, tmp_path: Path) -> None:
    with ctx.uow() as uow:
        direction = create_direction(uow, _input())
    before = snapshot(ctx, Direction)
    for path, error, reason in _bad_files(tmp_path):
        with ctx.uow() as uow, pytest.raises(error) as info:
            attachments.attach_file_to_direction(ctx.config, uow, direction, path)
        if reason:
            assert info.value.params["reason"] == reason, path.name
        assert info.value.params["name"] == path.name
        assert snapshot(ctx, Direction) == before, path.name


def test_same_file_twice_is_stored_once(ctx: AppContext, tmp_path: Path) -> None:
    with ctx.uow() as uow:
        one = create_direction(uow, _input())
        two = create_direction(uow, _input(content="Arahan kedua."))
    memo = write_pdf(tmp_path / "memo.pdf")
    copy = write_pdf(tmp_path / "memo (1).pdf")
    with ctx.uow() as uow:
        a = attachments.attach_file_to_direction(ctx.config, uow, one, memo)
    with ctx.uow() as uow:
        b = attachments.attach_file_to_direction(ctx.config, uow, two, copy)
    assert a.media_id == b.media_id
    assert len(media_files(ctx)) == 1


def test_missing_stored_file_is_reported(ctx: AppContext, tmp_path: Path) -> None:
    with ctx.uow() as uow:
        direction = create_direction(uow, _input())
    with ctx.uow() as uow:
        ref = attachments.attach_file_to_direction(
            ctx.config, uow, direction, write_pdf(tmp_path / "memo.pdf")
        )
    (stored,) = media_files(ctx)
    content = stored.read_bytes()
    stored.unlink()
    if not ctx.is_sqlite:  # a team database keeps the original: fetched again
        with ctx.uow() as uow:
            assert attachments.file_path(ctx.config, uow, ref.media_id).read_bytes() == content
        return
    with ctx.uow() as uow, pytest.raises(NotFoundError) as info:
        attachments.file_path(ctx.config, uow, ref.media_id)
    assert info.value.code == "attachment_missing"


@pytest.fixture
def office(ctx: AppContext) -> dict[str, int]:
    """Six directions around NOW in every situation the summary counts."""
    imunisasi = make_program(ctx, "Imunisasi")
    posyandu = make_program(ctx, "Posyandu")
    kabid = {"given_by_name": "Dedi Supriadi", "given_by_position": "Kabid Kesmas"}
    plans = {
        "overdue": _input(due_at=NOW - timedelta(hours=1), program_id=imunisasi),
        "this_week": _input(due_at=NOW + timedelta(days=2), content="Posyandu Sukamaju"),
        "next_week": _input(due_at=NOW + timedelta(days=6), program_id=posyandu, **kabid),
        "undated": _input(due_at=None, content="Klarifikasi hoaks MR"),
        "done": _input(due_at=NOW - timedelta(days=1)),
        "cancelled": _input(due_at=None),
    }
    ids = {}
    with ctx.uow() as uow:
        for key, data in plans.items():
            ids[key] = create_direction(uow, data)
    post = make_post(ctx, "Kegiatan Posyandu Sukamaju")
    with ctx.uow() as uow:
        link_posts(uow, ids["this_week"], [post])
        change_status(uow, ids["next_week"], "dikerjakan")
        change_status(uow, ids["done"], "selesai")
        change_status(uow, ids["cancelled"], "dibatalkan")
    return ids


def test_summary_counts_open_directions(ctx: AppContext, office: dict[str, int]) -> None:
    with ctx.uow() as uow:
        summary = direction_summary(uow, now=NOW, tz=WIB)
    assert (summary.open, summary.due_this_week, summary.overdue, summary.without_post) == (
        4,
        1,
        1,
        3,
    )
    assert summary.total == 6


def test_list_filters(ctx: AppContext, office: dict[str, int]) -> None:
    def ids(**flt: object) -> list[int]:
        with ctx.uow() as uow:
            rows = list_directions(uow, DirectionFilter(**flt), now=NOW, tz=WIB)  # type: ignore[arg-type]
        return [r.id for r in rows]

    o = office
    assert ids(view=DirectionView.OPEN) == [
        o["overdue"],
        o["this_week"],
        o["next_week"],
        o["undated"],
    ]
    assert ids(view=DirectionView.OVERDUE) == [o["overdue"]]
    assert ids(view=DirectionView.DUE_THIS_WEEK) == [o["this_week"]]
    assert ids(view=DirectionView.WITHOUT_POST) == [o["overdue"], o["next_week"], o["undated"]]
    assert ids(view=DirectionView.DONE) == [o["done"]]
    assert ids(view=DirectionView.CANCELLED) == [o["cancelled"]]
    assert len(ids(view=DirectionView.ALL)) == 6
    assert ids(view=DirectionView.ALL, leader="Dedi Supriadi") == [o["next_week"]]
    with ctx.uow() as uow:
        programs = {c.name: c.id for c in lookups.program_choices(uow)}
        assert [(x.name, x.position) for x in lookups.leaders(uow)] == [
            ("Dedi Supriadi", "Kabid Kesmas"),
            ("dr. H. Ahmad Fauzi, M.Kes.", "Kepala Dinas Kesehatan"),
        ]
    assert ids(view=DirectionView.OPEN, program_id=programs["Posyandu"]) == [o["next_week"]]
    assert ids(view=DirectionView.ALL, text="hoaks mr") == [o["undated"]]
    assert ids(view=DirectionView.ALL, text="kesmas") == [o["next_week"]]
    with ctx.uow() as uow:
        overdue = get_direction(uow, o["overdue"])
        done = get_direction(uow, o["done"])
    assert overdue.is_overdue(NOW.astimezone(WIB)) and not done.is_overdue(NOW)


def test_week_ends_at_sunday_midnight_in_the_officers_zone() -> None:
    sunday_night = datetime(2026, 6, 21, 22, 0, tzinfo=WIB)
    assert week_end(sunday_night, WIB) == datetime(2026, 6, 22, 0, 0, tzinfo=WIB)
    assert week_end(NOW, WIB) == datetime(2026, 6, 22, 0, 0, tzinfo=WIB)
    monday = datetime(2026, 6, 22, 0, 0, tzinfo=WIB)
    assert week_end(monday, WIB) == datetime(2026, 6, 29, 0, 0, tzinfo=WIB)
    # 23:30 on Sunday in Jayapura (WIT) is already Monday there; in WIB still Sunday.
    wit = ZoneInfo("Asia/Jayapura")
    assert week_end(datetime(2026, 6, 21, 16, 0, tzinfo=WIB), wit).date().isoformat() == (
        "2026-06-22"
    )


def test_post_picker_takes_the_typed_text_literally(ctx: AppContext) -> None:
    percent = make_post(ctx, "Diskon 50% UMKM")
    make_post(ctx, "Diskon 50 persen")
    share = make_post(ctx, "Berkas di \\\\server\\humas")
    with ctx.uow() as uow:
        assert [p.id for p in lookups.post_choices(uow, "50%")] == [percent]
        assert [p.id for p in lookups.post_choices(uow, "\\")] == [share]
        assert lookups.post_choices(uow, "_") == []


def test_post_picker_lists_posts_by_title_and_leaves_out_linked_ones(ctx: AppContext) -> None:
    idea = make_post(ctx, "Ide: video posyandu", PostStatus.IDEA)
    early = make_post(ctx, "Posyandu Sukamaju", PostStatus.PUBLISHED, NOW - timedelta(days=3))
    late = make_post(ctx, "Posyandu Sukatani", PostStatus.DRAFT, NOW + timedelta(days=3))
    make_post(ctx, "Cuci tangan", PostStatus.DRAFT, NOW)
    with ctx.uow() as uow:
        found = lookups.post_choices(uow, "posyandu")
        assert [p.id for p in found] == [idea, late, early]
        assert [p.id for p in lookups.post_choices(uow, "posyandu", exclude=frozenset({late}))] == [
            idea,
            early,
        ]


def test_the_editor_links_a_post_to_directions_one_of_them_deleted_meanwhile(
    ctx: AppContext,
) -> None:
    """The post editor's Sources tab links and unlinks in one go; a direction deleted
    on another PC meanwhile is reported, the others change all the same."""
    with ctx.uow() as uow:
        asked, again, deleted = (create_direction(uow, _input()) for _ in range(3))
    post = make_post(ctx, "Ayo imunisasi kejar")
    with ctx.uow() as uow:
        delete_direction(uow, deleted)
    with ctx.uow() as uow:
        change = change_post_links(uow, post, [asked, deleted, again, asked], True)
        recorded = uow.changes
    assert change == LinkChange(changed=[asked, again], gone=[deleted])
    assert recorded.ids(Kind.DIRECTION) == {asked, again}
    assert recorded.touches(Kind.POST, post), "the post's history says so"
    with ctx.uow() as uow:
        assert change_post_links(uow, post, [asked], True) == LinkChange([], [])
        assert {d.id for d in directions_for_post(uow, post)} == {asked, again}
    with ctx.uow() as uow:
        assert change_post_links(uow, post, [again], False) == LinkChange([again], [])
    with ctx.uow() as uow:
        assert [d.id for d in directions_for_post(uow, post)] == [asked]
    assert _history(ctx, "post", post) == [
        "direction_linked", "direction_linked", "direction_unlinked"
    ]  # fmt: skip


@pytest.mark.parametrize("link", [True, False])
def test_links_of_a_post_in_the_trash_are_refused_for_all(ctx: AppContext, link: bool) -> None:
    with ctx.uow() as uow:
        first, second = create_direction(uow, _input()), create_direction(uow, _input())
    post = make_post(ctx, "Klarifikasi hoaks MR")
    with ctx.uow() as uow:
        link_posts(uow, first, [post])
        posts.trash_post(uow, post)
    with ctx.uow() as uow, pytest.raises(NotFoundError) as info:
        change_post_links(uow, post, [first, second], link)
    assert (info.value.params["what"], info.value.params["ident"]) == ("post", post)
    with ctx.uow() as uow:
        assert [d.id for d in directions_for_post(uow, post)] == [first]
