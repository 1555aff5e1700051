"""Issue #14 item 3: personal data in any form is an error until an exception is recorded."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import AuditEntry
from sosmed_desktop.domain.content_checks import (
    Severity,
    apply_exceptions,
    blocked_checklist,
    find_figures,
    find_personal_data,
)
from sosmed_desktop.domain.personal_data import DataException, find_matches, personal_key
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts import posts, workflow
from sosmed_desktop.services.posts.checks import check_input, findings_for_post
from tests.unit.posting import add_photo, count, post_input, set_profile

HEAD = ("dr. Ahmad Fauzi", "Kepala Dinas Kesehatan")


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in find_matches(text)]


@pytest.mark.parametrize(
    "nik",
    [
        "3275011205900001",  # plain
        "3275 0112 0590 0001",  # in fours with spaces
        "3216.0515.0890.0001",  # in fours with dots
        "3216-0515-0890-0001",
        "327501 120590 0001",  # by its parts
        "32.75.01.120590.0001",
        "3275019913990001",  # an unusual birth-date part (day 99, month 13) is still a number
        "9916061708900000",  # no such province, serial 0000: still somebody's number
    ],
)
def test_nik_in_any_grouping(nik: str) -> None:
    assert _found(f"Warga dengan NIK {nik} datang.") == [("nik", nik)]
    assert _found(f"({nik})") == [("nik", nik)]


@pytest.mark.parametrize(
    "text",
    [
        "No. KK 3275010101090012",
        "Nomor KK: 3275 0101 0109 0012",
        "NKK 3275.0101.0109.0012",
        "kartu keluarga 3275010101090012",
    ],
)
def test_family_card_numbers(text: str) -> None:
    assert [kind for kind, _ in _found(text)] == ["kk"]


@pytest.mark.parametrize(
    "phone",
    [
        "(021) 8997-0123", "021-8997-0123", "021 89970123", "+62 21 8997 0123",
        "+62-21-89970123", "(+62 21) 8997 0123", "0274 512345", "(0274) 512-345",
        "0812-3456-7890", "+62 812 3456 7890", "6281234567890", "0857.1234.5678",
    ],
)  # fmt: skip
def test_phone_numbers_mobile_and_landline(phone: str) -> None:
    assert _found(f"Hubungi {phone} sekarang") == [("phone", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "Pukul 08.00-12.00 WIB", "Tanggal 02-11-2026", "Rp 1.000.000.000.000.000 untuk desa",
        "Tahun 2026 ada 12.345 balita", "Kode pos 17530", "RT 05 RW 03", "NIP 198503172010011002",
        "Jam layanan 07.30 - 15.00", "Call center 119", "Hari ke-17 dari 21 hari",
    ],
)  # fmt: skip
def test_no_false_alarms(text: str) -> None:
    assert _found(text) == []


def test_email_plate_and_several_in_one_caption() -> None:
    text = (
        "Lapor ke humas.dinkes@bekasikab.go.id atau (021) 8997-0123. Mobil B 1234 KJT, "
        "NIK 3275 0112 0590 0001, HP 0812 3456 7890."
    )
    assert _found(text) == [
        ("nik", "3275 0112 0590 0001"),
        ("phone", "(021) 8997-0123"),
        ("phone", "0812 3456 7890"),
        ("email", "humas.dinkes@bekasikab.go.id"),
        ("plate", "B 1234 KJT"),
    ]
    findings = find_personal_data(text)
    assert all(f.severity is Severity.ERROR for f in findings)
    phone = next(f for f in findings if f.code == "personal_phone")
    assert phone.params["keys"] == ["02189970123", "081234567890"]
    assert "3275" not in " ".join(text[s.start : s.end] for s in find_figures(text))


def test_keys_ignore_how_a_value_is_typed() -> None:
    assert personal_key("phone", "+62 812-3456-7890") == personal_key("phone", "0812 3456 7890")
    assert personal_key("phone", "(+62 21) 8997 0123") == personal_key("phone", "021-8997-0123")
    assert personal_key("nik", "3216.0515.0890.0001") == "3216051508900001"
    assert personal_key("plate", "b 1234 kjt") == "B1234KJT"
    assert personal_key("email", " Humas@Dinkes.go.id ") == "humas@dinkes.go.id"


def test_an_exception_covers_exactly_its_value() -> None:
    text = "Posko 0812-3456-7890, warga 0813 1111 2222."
    findings = find_personal_data(text)
    assert blocked_checklist(findings) == {"no_personal_data"}
    excepted = apply_exceptions(
        findings, [DataException("phone", "+62 812 3456 7890", "Nomor resmi posko")]
    )
    warning = next(f for f in excepted if f.code == "personal_excepted")
    assert warning.severity is Severity.WARNING
    assert warning.params["match"] == "0812-3456-7890"
    assert warning.params["reason"] == "Nomor resmi posko"
    still = next(f for f in excepted if f.code == "personal_phone")
    assert still.params["matches"] == ["0813 1111 2222"]
    assert blocked_checklist(excepted) == {"no_personal_data"}
    both = apply_exceptions(
        findings,
        [
            DataException("phone", "0812-3456-7890", "Nomor resmi posko"),
            DataException("phone", "081311112222", "Izin tertulis warga"),
        ],
    )
    assert {f.code for f in both} == {"personal_excepted"}
    assert blocked_checklist(both) == frozenset()


# --- in the workflow ---------------------------------------------------------------------

CAPTION = (
    "Pendaftaran lewat 0812-3456-7890 (Bu Siti), NIK peserta 3275 0112 0590 0001. #BekasiSehat"
)


@pytest.fixture
def photo(ctx: AppContext, tmp_path: Path) -> int:
    set_profile(ctx)
    return add_photo(ctx, tmp_path / "in", 1080, 1350)


def _draft(ctx: AppContext, photo: int, caption: str = CAPTION) -> int:
    with ctx.uow() as uow:
        return posts.create_post(uow, post_input((photo,), caption=caption)).id


def test_personal_data_stops_submit_and_approve(ctx: AppContext, photo: int) -> None:
    """Reproduced: a NIK and a phone number were warnings, ticked away and approved."""
    post_id = _draft(ctx, photo)
    before = count(ctx, AuditEntry)
    with ctx.uow() as uow, pytest.raises(ValidationError) as refused:
        workflow.submit_for_review(uow, post_id)
    assert refused.value.code == "content_errors"
    codes = {f["code"] for f in refused.value.params["findings"]}
    assert codes == {"personal_nik", "personal_phone"}
    assert count(ctx, AuditEntry) == before
    # a post that reached review some other way is not approved either
    with ctx.uow() as uow:
        data = posts.get_post(uow, post_id)
        clean = replace(data.to_input(), master_caption="Pendaftaran di puskesmas. #BekasiSehat")
        posts.update_post(uow, post_id, clean, data.version)
    with ctx.uow() as uow:
        submitted = workflow.submit_for_review(uow, post_id)
    with ctx.uow() as uow:
        posts.update_post(
            uow, post_id, replace(submitted.to_input(), master_caption=CAPTION), submitted.version
        )
    with ctx.uow() as uow, pytest.raises(ValidationError) as refused:
        workflow.approve(uow, post_id, *HEAD)
    assert refused.value.code == "content_errors"


def test_exception_with_reason_lets_it_through_and_is_recorded(ctx: AppContext, photo: int) -> None:
    post_id = _draft(ctx, photo)
    with ctx.uow() as uow:
        detail = posts.get_post(uow, post_id)
    consent = (
        DataException("phone", "0812-3456-7890", "Izin tertulis Bu Siti, 20 November 2026"),
        DataException("nik", "3275 0112 0590 0001", "Izin tertulis peserta"),
    )
    with ctx.uow() as uow:
        saved = posts.update_post(
            uow, post_id, replace(detail.to_input(), exceptions=consent), detail.version
        ).post
    assert [(e.kind, e.reason, e.by) for e in saved.exceptions] == [
        ("phone", "Izin tertulis Bu Siti, 20 November 2026", "Rina Marlina"),
        ("nik", "Izin tertulis peserta", "Rina Marlina"),
    ]
    with ctx.uow() as uow:
        findings = findings_for_post(uow, post_id)
        history = audit.post_history(uow, post_id)
    excepted = [f for f in findings if f.code == "personal_excepted"]
    assert {f.params["kind"] for f in excepted} == {"phone", "nik"}
    assert not [f for f in findings if f.severity is Severity.ERROR]
    recorded = [e.details for e in history if e.action == "data_exception_recorded"]
    assert [d["kind"] for d in recorded] == ["phone", "nik"]
    assert recorded[0]["reason"] == "Izin tertulis Bu Siti, 20 November 2026"
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id)
    with ctx.uow() as uow:
        approved = workflow.approve(uow, post_id, *HEAD)
    assert approved.status == PostStatus.APPROVED
    # saving again leaves who recorded it, and when, as it was
    with ctx.uow() as uow:
        again = posts.update_post(
            uow, post_id, replace(approved.to_input(), notes="catatan"), approved.version
        ).post
    assert again.exceptions == approved.exceptions and again.status == PostStatus.APPROVED


@pytest.mark.parametrize(
    ("exception", "code"),
    [
        (DataException("phone", "0812-3456-7890", "   "), "exception_reason_required"),
        (DataException("phone", "0812-3456-7890", "x" * 501), "exception_reason_too_long"),
        (DataException("passport", "A1234567", "Izin"), "bad_data_exception"),
        (DataException("nik", "---", "Izin"), "bad_data_exception"),
    ],
)
def test_bad_exceptions_are_refused_and_nothing_is_written(
    ctx: AppContext, photo: int, exception: DataException, code: str
) -> None:
    post_id = _draft(ctx, photo)
    with ctx.uow() as uow:
        detail = posts.get_post(uow, post_id)
    before = count(ctx, AuditEntry)
    with ctx.uow() as uow, pytest.raises(ValidationError) as refused:
        posts.update_post(
            uow, post_id, replace(detail.to_input(), exceptions=(exception,)), detail.version
        )
    assert refused.value.code == code
    assert count(ctx, AuditEntry) == before
    assert _version(ctx, post_id) == detail.version


def _version(ctx: AppContext, post_id: int) -> int:
    with ctx.uow() as uow:
        return posts.get_post(uow, post_id).version


def test_live_checks_apply_the_typed_exceptions(ctx: AppContext, photo: int) -> None:
    data = post_input((photo,), caption=CAPTION)
    with ctx.uow() as uow:
        plain = check_input(uow, data)
        excepted = check_input(
            uow, replace(data, exceptions=(DataException("nik", "3275011205900001", "Izin"),))
        )
    assert blocked_checklist(plain) == {"no_personal_data"}
    assert {f.code for f in excepted if f.severity is Severity.ERROR} == {"personal_phone"}
