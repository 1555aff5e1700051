"""The approval flow: transitions, submit checks, approval bound to content, publishing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Approval
from sosmed_desktop.domain.statuses import ApprovalDecision, PostStatus
from sosmed_desktop.errors import ConflictError, TransitionError, ValidationError
from sosmed_desktop.services import audit
from sosmed_desktop.services.posts import posts, workflow
from sosmed_desktop.services.posts.data import MediaItem, PostInput, VariantInput
from tests.unit.posting import add_photo, count, post_input, set_profile, snapshot

HEAD = ("dr. Ahmad Fauzi", "Kepala Dinas Kesehatan")


@pytest.fixture
def photo(ctx: AppContext, tmp_path: Path) -> int:
    set_profile(ctx)
    return add_photo(ctx, tmp_path / "in", 1080, 1350)


def _draft(ctx: AppContext, photo: int, **kwargs: object) -> int:
    with ctx.uow() as uow:
        return posts.create_post(uow, post_input((photo,), **kwargs)).id  # type: ignore[arg-type]


def test_full_flow_with_withdrawal_on_edit(ctx: AppContext, photo: int) -> None:
    post_id = _draft(ctx, photo)
    with ctx.uow() as uow:
        submitted = workflow.submit_for_review(uow, post_id)
    assert submitted.status == PostStatus.IN_REVIEW
    with ctx.uow() as uow:
        approved = workflow.approve(uow, post_id, *HEAD, note="Silakan tayang")
    assert approved.status == PostStatus.APPROVED
    approval = approved.current_approval
    assert approval is not None
    assert (approval.reviewer_name, approval.reviewer_position) == HEAD
    assert approval.note == "Silakan tayang"
    assert approval.content_hash == approved.content_hash

    # Editing the caption of an approved post withdraws the approval.
    edited = post_input((photo,), caption="Posyandu Balita Sukamaju, Sabtu 08.00. #BekasiSehat")
    with ctx.uow() as uow:
        result = posts.update_post(uow, post_id, edited, approved.version)
    assert result.approval_withdrawn
    assert result.post.status == PostStatus.IN_REVIEW
    assert result.post.current_approval is None
    assert result.post.approvals[-1].withdrawn_at is not None
    with ctx.uow() as uow:
        with pytest.raises(ConflictError) as info:
            workflow.assert_exportable(uow, post_id)
        assert info.value.code == "not_approved"
        actions = [e.action for e in audit.post_history(uow, post_id)]
    assert actions[-2:] == ["updated", "approval_withdrawn"]

    with ctx.uow() as uow:
        again = workflow.approve(uow, post_id, *HEAD)
    assert again.current_approval is not None
    assert again.current_approval.content_hash == again.content_hash != approved.content_hash
    with ctx.uow() as uow:
        assert workflow.assert_exportable(uow, post_id).id == again.current_approval.id
    when = clock.now() - timedelta(minutes=3)
    with ctx.uow() as uow:
        done = workflow.mark_published(
            uow, post_id, when, "https://instagram.com/p/abc", again.version
        )
    assert done.status == PostStatus.PUBLISHED
    assert done.published_at == when and done.published_url == "https://instagram.com/p/abc"
    with ctx.uow() as uow:
        actions = [e.action for e in audit.post_history(uow, post_id)]
    # review, approve, approve again, publish (the withdrawal is its own line)
    assert actions.count("status_changed") == 4
    assert "approved" in actions


def test_non_content_edits_keep_the_approval(ctx: AppContext, photo: int) -> None:
    post_id = _draft(ctx, photo)
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id)
        approved = workflow.approve(uow, post_id, *HEAD)
    data = post_input((photo,), title="Judul baru", tags=("gizi",))
    data = PostInput(**{**data.__dict__, "notes": "catatan internal"})
    with ctx.uow() as uow:
        result = posts.update_post(uow, post_id, data, approved.version)
        moved = posts.reschedule(
            uow, post_id, datetime(2026, 12, 20, 9, tzinfo=UTC), result.post.version
        )
    assert not result.approval_withdrawn
    assert result.post.status == PostStatus.APPROVED
    with ctx.uow() as uow:
        assert posts.get_post(uow, moved.post_id).current_approval is not None


@pytest.mark.parametrize(
    "change",
    [
        {"platforms": ("instagram",)},  # a platform dropped
        {"recipe": {"preset": "ig_square"}},  # a new crop of the same photo
        {"second_photo": True},  # a photo added
    ],
)
def test_media_recipe_and_platform_edits_withdraw_approval(
    ctx: AppContext, photo: int, tmp_path: Path, change: dict
) -> None:
    post_id = _draft(ctx, photo)
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id)
        approved = workflow.approve(uow, post_id, *HEAD)
    data = approved.to_input()
    if "platforms" in change:
        data = PostInput(**{**data.__dict__, "variants": data.variants[:1]})
    else:
        extra = (
            add_photo(ctx, tmp_path / "more", 1080, 1080, 9) if "second_photo" in change else None
        )
        variants = tuple(
            VariantInput(
                v.platform,
                v.caption,
                v.follows_master,
                (MediaItem(photo, change.get("recipe", {})),)
                + ((MediaItem(extra),) if extra else ()),
            )
            for v in data.variants
        )
        data = PostInput(**{**data.__dict__, "variants": variants})
    with ctx.uow() as uow:
        result = posts.update_post(uow, post_id, data, approved.version)
    assert result.approval_withdrawn and result.post.status == PostStatus.IN_REVIEW


@pytest.mark.parametrize("target", [PostStatus.ARCHIVED, PostStatus.IDEA])
def test_simple_transitions(ctx: AppContext, photo: int, target: PostStatus) -> None:
    post_id = _draft(ctx, photo)
    with ctx.uow() as uow:
        assert workflow.change_status(uow, post_id, target).status == target
    with ctx.uow() as uow:
        entry = audit.post_history(uow, post_id)[-1]
    assert entry.details == {"old": "draf", "new": target.value}


def test_disallowed_transitions_are_refused_and_write_nothing(ctx: AppContext, photo: int) -> None:
    post_id = _draft(ctx, photo)
    before = snapshot(ctx)
    with ctx.uow() as uow:
        with pytest.raises(TransitionError) as info:
            workflow.approve(uow, post_id, *HEAD)  # a draft was never submitted
        assert info.value.code == "status_not_allowed"
        assert info.value.params["current"] == "draf"
        with pytest.raises(TransitionError):
            workflow.mark_published(uow, post_id, clock.now())
        with pytest.raises(TransitionError):
            workflow.request_revision(uow, post_id, *HEAD, "Perbaiki")
        with pytest.raises(ValidationError) as needs:
            workflow.change_status(uow, post_id, PostStatus.APPROVED)
        assert needs.value.code == "status_needs_action"
    with ctx.uow() as uow:
        workflow.change_status(uow, post_id, PostStatus.IDEA)
    with ctx.uow() as uow, pytest.raises(TransitionError):
        workflow.submit_for_review(uow, post_id)  # an idea becomes a draft first
    with ctx.uow() as uow:
        assert posts.get_post(uow, post_id).status == PostStatus.IDEA
    assert count(ctx, Approval) == 0
    assert snapshot(ctx)[0] == before[0]


def test_submit_requires_checklist_and_no_errors(ctx: AppContext, photo: int) -> None:
    post_id = _draft(ctx, photo, checklist=("source_verified",))
    before = snapshot(ctx)
    with ctx.uow() as uow, pytest.raises(ValidationError) as info:
        workflow.submit_for_review(uow, post_id)
    assert info.value.code == "checklist_incomplete"
    assert info.value.params["missing"] == [
        "non_partisan",
        "no_sara_hoax",
        "no_confidential",
        "no_personal_data",
    ]
    long_for_x = "Info posyandu " * 30  # 420 characters: fine on Instagram, not on X
    post_id = _draft(ctx, photo, caption=long_for_x, platforms=("instagram", "x"))
    before = snapshot(ctx)
    with ctx.uow() as uow, pytest.raises(ValidationError) as info:
        workflow.submit_for_review(uow, post_id)
    assert info.value.code == "content_errors"
    assert info.value.params["findings"][0]["code"] == "caption_too_long"
    assert info.value.params["findings"][0]["platform"] == "x"
    assert snapshot(ctx) == before
    no_platform = _draft(ctx, photo, platforms=())
    with ctx.uow() as uow, pytest.raises(ValidationError) as info:
        workflow.submit_for_review(uow, no_platform)
    assert info.value.code == "no_platforms"


def test_warnings_do_not_block_submitting(ctx: AppContext, photo: int) -> None:
    post_id = _draft(ctx, photo, caption="Info posyandu. Ini bukan hoaks, cek faktanya.")
    with ctx.uow() as uow:
        assert workflow.submit_for_review(uow, post_id).status == PostStatus.IN_REVIEW


def test_revision_needs_a_comment_and_is_shown(ctx: AppContext, photo: int) -> None:
    post_id = _draft(ctx, photo)
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id)
    before = snapshot(ctx)
    for reviewer, comment, code in (
        (HEAD[0], "   ", "revision_comment_required"),
        ("  ", "Tambah sumber data", "reviewer_required"),
    ):
        with ctx.uow() as uow, pytest.raises(ValidationError) as info:
            workflow.request_revision(uow, post_id, reviewer, HEAD[1], comment)
        assert info.value.code == code
    assert snapshot(ctx) == before
    with ctx.uow() as uow:
        revised = workflow.request_revision(uow, post_id, *HEAD, "Tambah sumber data stunting")
    assert revised.status == PostStatus.NEEDS_REVISION
    assert revised.last_revision_comment == "Tambah sumber data stunting"
    assert revised.approvals[-1].decision == ApprovalDecision.REVISION
    with ctx.uow() as uow:
        assert workflow.submit_for_review(uow, post_id).status == PostStatus.IN_REVIEW


def test_withdraw_by_hand_and_stale_approve(ctx: AppContext, photo: int) -> None:
    post_id = _draft(ctx, photo)
    with ctx.uow() as uow:
        submitted = workflow.submit_for_review(uow, post_id)
    with ctx.uow() as uow:
        posts.reschedule(uow, post_id, datetime(2026, 12, 24, 9, tzinfo=UTC))
    with ctx.uow() as uow, pytest.raises(ConflictError) as info:
        workflow.approve(uow, post_id, *HEAD, expected_version=submitted.version)
    assert info.value.code == "post_stale"
    with ctx.uow() as uow:
        workflow.approve(uow, post_id, *HEAD)
        back = workflow.withdraw_approval(uow, post_id, "Data diperbarui")
    assert back.status == PostStatus.IN_REVIEW and back.approvals[-1].withdrawn_at is not None


def test_mark_published_bad_input(ctx: AppContext, photo: int) -> None:
    post_id = _draft(ctx, photo)
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id)
        workflow.approve(uow, post_id, *HEAD)
    before = snapshot(ctx)
    for when, url, code in (
        (datetime(2026, 12, 5, 9), None, "naive_datetime"),
        (clock.now() + timedelta(days=1), None, "published_in_future"),
        (clock.now(), "instagram.com/p/abc", "bad_url"),
        (clock.now(), "javascript:alert(1)", "bad_url"),
    ):
        with ctx.uow() as uow, pytest.raises(ValidationError) as info:
            workflow.mark_published(uow, post_id, when, url)
        assert info.value.code == code
    assert snapshot(ctx) == before


def test_export_refuses_content_changed_behind_the_services(ctx: AppContext, photo: int) -> None:
    post_id = _draft(ctx, photo)
    with ctx.uow() as uow:
        workflow.submit_for_review(uow, post_id)
        workflow.approve(uow, post_id, *HEAD)
    with ctx.uow() as uow:  # a bulk statement: no flush, so the commit hook does not see it
        uow.session.execute(update(Approval).values(content_hash="0" * 64))
        uow.commit()
    with ctx.uow() as uow, pytest.raises(ConflictError) as info:
        workflow.assert_exportable(uow, post_id)
    assert info.value.code == "approval_mismatch"


def test_decide_is_the_reviewers_approval_or_revision(ctx: AppContext, photo: int) -> None:
    """The editor and the board both apply a review dialog's decision through `decide`."""
    past = clock.now() - timedelta(hours=2)
    post_id = _draft(ctx, photo, when=past)
    with ctx.uow() as uow:
        submitted = workflow.submit_for_review(uow, post_id, allow_past=True)
    approve = workflow.Decision(ApprovalDecision.APPROVED, *HEAD, note="Silakan tayang")
    revise = workflow.Decision(ApprovalDecision.REVISION, *HEAD, note="  ")
    before = snapshot(ctx)
    for decision, version, code in (
        (approve, submitted.version, "schedule_past"),  # the dialog did not show the time
        (approve, submitted.version - 1, "post_stale"),
        (revise, submitted.version, "revision_comment_required"),
    ):
        with ctx.uow() as uow, pytest.raises((ValidationError, ConflictError)) as info:
            workflow.decide(uow, post_id, decision, version)
        assert info.value.code == code
    assert snapshot(ctx) == before
    with ctx.uow() as uow:
        approved = workflow.decide(uow, post_id, approve, submitted.version, allow_past=True)
    assert approved.status == PostStatus.APPROVED
    assert approved.current_approval is not None
    assert approved.current_approval.note == "Silakan tayang"
    with ctx.uow() as uow:
        back = workflow.withdraw_approval(uow, post_id)
        sent = workflow.Decision("revisi", *HEAD, note="Tambah sumber data")  # type: ignore[arg-type]
        revised = workflow.decide(uow, post_id, sent, back.version)
    assert revised.status == PostStatus.NEEDS_REVISION
    assert revised.last_revision_comment == "Tambah sumber data"
    assert revised.approvals[-1].decision == ApprovalDecision.REVISION
