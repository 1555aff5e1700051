"""Issue #14 items 4 and 6: media-only platforms, a time that has passed, the profile.

A platform that shows only photos or videos refuses a post without them; a past
schedule is a warning that submitting, approving and exporting each ask about
(``allow_past``; the CLI's ``--allow-past``, tested with the other package commands);
an export needs the department, the regency and the head of department's name for the
sheet.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import AuditEntry
from sosmed_desktop.domain.content_checks import (
    ImageFacts,
    Severity,
    check_images,
    check_schedule,
)
from sosmed_desktop.domain.personal_data import DataException
from sosmed_desktop.domain.platforms import load_spec_file, parse_spec
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services import profile
from sosmed_desktop.services.packages import exporting as packages_export
from sosmed_desktop.services.posts import posts, workflow
from sosmed_desktop.services.posts.checks import check_input, findings_for_post
from tests.unit.packaging import HEAD, approved_post, members
from tests.unit.posting import WIB, add_photo, count, post_input, set_profile

SPECS = {s.code: s for s in load_spec_file()}
PAST = datetime(2026, 11, 26, 9, 0, tzinfo=WIB)  # the day before FIXED_NOW


def test_media_only_platforms_in_the_spec() -> None:
    assert {code for code, spec in SPECS.items() if spec.requires_media} == {
        "instagram", "tiktok", "youtube"
    }  # fmt: skip
    [finding] = check_images([], SPECS["tiktok"])
    assert (finding.code, finding.severity) == ("media_required", Severity.ERROR)
    assert check_images([], SPECS["facebook"]) == []
    assert check_images([ImageFacts(1080, 1920, 1)], SPECS["tiktok"]) == []
    base = {"code": "a", "name": "A", "checked_on": "2026-11-01"}
    with pytest.raises(ValidationError):
        parse_spec({"platforms": [{**base, "requires_media": "ya"}]})
    # format 2: the rule carries its source like a limit; a source of a rule not set is refused
    for code in ("instagram", "tiktok", "youtube"):
        assert SPECS[code].source_of("requires_media") is not None
    source = {"requires_media": {"source": "the platform's help", "checked_on": "2026-12-10"}}
    sourced = {**base, "requires_media": True, "sources": source}
    [spec] = parse_spec({"format": 2, "platforms": [sourced]})
    assert spec.requires_media and spec.source_of("requires_media") is not None
    with pytest.raises(ValidationError, match="names no limit"):
        parse_spec({"format": 2, "platforms": [{**sourced, "requires_media": False}]})


def test_a_caption_only_instagram_post_is_refused(ctx: AppContext) -> None:
    """Reproduced: Instagram, TikTok and YouTube posts without media showed no problem."""
    set_profile(ctx)
    with ctx.uow() as uow:
        post_id = posts.create_post(
            uow, post_input((), platforms=("instagram", "facebook", "youtube"))
        ).id
    with ctx.uow() as uow, pytest.raises(ValidationError) as refused:
        workflow.submit_for_review(uow, post_id)
    found = [(f["code"], f["platform"]) for f in refused.value.params["findings"]]
    assert found == [("media_required", "instagram"), ("media_required", "youtube")]


def test_past_schedule_is_a_warning_that_submit_and_approve_ask_about(
    ctx: AppContext, tmp_path: Path
) -> None:
    assert check_schedule(PAST, clock.now()) != []
    assert check_schedule(clock.now() + timedelta(minutes=1), clock.now()) == []
    set_profile(ctx)
    photo = add_photo(ctx, tmp_path, 1080, 1350)
    with ctx.uow() as uow:
        post_id = posts.create_post(uow, post_input((photo,), when=PAST)).id
        [warning] = [f for f in findings_for_post(uow, post_id) if f.code == "schedule_past"]
        live = check_input(uow, post_input((photo,), when=PAST), now=clock.now())
    assert warning.severity is Severity.WARNING
    assert "schedule_past" in {f.code for f in live}
    before = count(ctx, AuditEntry)
    with ctx.uow() as uow, pytest.raises(ValidationError) as refused:
        workflow.submit_for_review(uow, post_id)
    assert refused.value.code == "schedule_past"
    assert datetime.fromisoformat(refused.value.params["scheduled_at"]) == PAST
    assert count(ctx, AuditEntry) == before
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id, allow_past=True)
    with ctx.uow() as uow, pytest.raises(ValidationError) as refused:
        workflow.approve(uow, post_id, *HEAD)
    assert refused.value.code == "schedule_past"
    with ctx.uow() as uow:
        approved = workflow.approve(uow, post_id, *HEAD, allow_past=True)
    assert approved.status == PostStatus.APPROVED


def test_export_asks_about_a_past_schedule(ctx: AppContext, tmp_path: Path) -> None:
    post_id = approved_post(ctx, tmp_path / "photos", cite=False)
    with ctx.uow() as uow:
        posts.reschedule(uow, post_id, PAST)  # not content: still approved
    with pytest.raises(ValidationError) as refused:
        packages_export.export_post(ctx, post_id, tmp_path / "out")
    assert refused.value.code == "schedule_past"
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    report = packages_export.export_all_approved(ctx, tmp_path / "out")
    assert report.written == [] and [e.code for *_, e in report.failed] == ["schedule_past"]
    result = packages_export.export_post(ctx, post_id, tmp_path / "out", allow_past=True)
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(_member(result.path))).pages)
    # the sheet prints the approved time beside the new one (a reschedule is not content)
    assert "Jadwal saat disetujui" in " ".join(text.split())


def _member(path: Path, name: str = "persetujuan.pdf") -> bytes:
    return members(path)[name]


def test_the_sheet_shows_the_personal_data_exceptions(ctx: AppContext, tmp_path: Path) -> None:
    set_profile(ctx)
    photo = add_photo(ctx, tmp_path, 1080, 1350)
    caption = "Daftar lewat Bu Siti 0812-3456-7890. #BekasiSehat"
    consent = DataException("phone", "0812-3456-7890", "Izin tertulis Bu Siti")
    with ctx.uow() as uow:
        post_id = posts.create_post(
            uow, replace(post_input((photo,), caption=caption), exceptions=(consent,))
        ).id
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id)
        workflow.approve(uow, post_id, *HEAD)
    result = packages_export.export_post(ctx, post_id, tmp_path / "out")
    pdf = PdfReader(BytesIO(_member(result.path)))
    text = " ".join(" ".join(page.extract_text() for page in pdf.pages).split())
    assert "Pengecualian data pribadi" in text
    assert "Nomor telepon “0812-3456-7890” — alasan: Izin tertulis Bu Siti" in text
    assert "Rina Marlina" in text


@pytest.mark.parametrize(
    ("cleared", "missing"),
    [
        ({"regency": ""}, ["regency"]),
        ({"head_name": ""}, ["head_name"]),
        ({"regency": "", "head_name": " "}, ["regency", "head_name"]),
    ],
)
def test_export_refuses_until_the_profile_is_filled(
    ctx: AppContext, tmp_path: Path, cleared: dict[str, str], missing: list[str]
) -> None:
    """Reproduced: the sheet was headed "PERANGKAT DAERAH", "Disiapkan oleh -"."""
    post_id = approved_post(ctx, tmp_path / "photos", cite=False)
    with ctx.uow() as uow:
        filled = profile.get_profile(uow)
        profile.save_profile(uow, replace(filled, **cleared))
    history = count(ctx, AuditEntry)
    for attempt in (
        lambda: packages_export.export_post(ctx, post_id, tmp_path / "out"),
        lambda: packages_export.export_posts(ctx, [post_id], tmp_path / "out"),
    ):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert refused.value.code == "profile_incomplete"
        assert refused.value.params["missing"] == missing
    assert count(ctx, AuditEntry) == history
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
