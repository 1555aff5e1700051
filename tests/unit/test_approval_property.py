"""The approval invariant as a property: any sequence of service operations keeps it.

A Hypothesis state machine drives the services a post meets — create, submit,
approve, ask for revision, withdraw, edit the caption, add or drop a platform,
change a crop, attach from the studio, record a personal-data exception,
reschedule, rename, publish, archive, take out of the archive, and a write
straight through the ORM that no service knows — and after every step checks,
for every post it made:

* a post that is not archived is Disetujui or Diunggah if and only if its approval
  in force matches its current content (and only then does the export accept it);
* an archived post's approval, if it kept one, still matches;
* every withdrawn approval has its history line;
* the board shows every post that still needs work in exactly one column, an
  approved one under "approved", one back in review after an approval under
  "Perlu persetujuan ulang";
* a content change of an approved post that went through sent it back to review.

Derandomised and small (a few hundred steps), so that it runs in the suite on
both engines in seconds.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Approval, PostVariant
from sosmed_desktop.domain.personal_data import DataException
from sosmed_desktop.domain.recipe import Recipe
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import DomainError
from sosmed_desktop.services import audit
from sosmed_desktop.services.media import studio
from sosmed_desktop.services.posts import board, posts, workflow
from sosmed_desktop.services.posts.data import MediaItem, PostDetail, PostInput, VariantInput
from tests.unit.posting import WIB, add_photo, approve_new, post_input, set_profile

HEAD = ("dr. Ahmad Fauzi", "Kepala Dinas Kesehatan")
PLATFORMS = ("instagram", "facebook", "x")
PRESETS = {"instagram": "ig_square", "facebook": "fb_portrait", "x": "x_landscape"}
CAPTIONS = st.sampled_from(
    [
        "Posyandu Sabtu pagi. #BekasiSehat",
        "Imunisasi gratis di puskesmas. #BekasiSehat",
        "Info: hubungi 0812-3456-7890.",  # personal data: blocks until excepted
        "Jadwal vaksin berubah.",
    ]
)
APPROVED_STATES = {PostStatus.APPROVED.value, PostStatus.PUBLISHED.value}
START = datetime(2026, 12, 5, 9, 0, tzinfo=WIB)


class ApprovalMachine(RuleBasedStateMachine):
    """Random sequences of the services over a few posts of one data folder."""

    ctx: AppContext
    photos: tuple[int, int]

    posts = Bundle("posts")

    def __init__(self) -> None:
        super().__init__()
        self.made: list[int] = []

    # --- helpers --------------------------------------------------------------------
    def _get(self, post_id: int) -> PostDetail:
        with self.ctx.uow() as uow:
            return posts.get_post(uow, post_id)

    def _try(self, call) -> object | None:  # type: ignore[no-untyped-def]
        """Run one use case; a refusal is an allowed outcome (nothing was written)."""
        try:
            with self.ctx.uow() as uow:
                return call(uow)
        except DomainError:
            return None

    def _edit(self, post_id: int, change) -> None:  # type: ignore[no-untyped-def]
        """Save `change(input)` like the editor does, and check what the save did."""
        before = self._get(post_id)
        data = change(before.to_input())
        result = self._try(lambda uow: posts.update_post(uow, post_id, data, before.version))
        after = self._get(post_id)
        if result is None:
            assert after.version == before.version
            return
        if before.status == PostStatus.APPROVED and after.content_hash != before.content_hash:
            assert after.status == PostStatus.IN_REVIEW
            assert result.approval_withdrawn  # type: ignore[attr-defined]

    # --- rules ----------------------------------------------------------------------
    @rule(
        target=posts,
        platforms=st.lists(st.sampled_from(PLATFORMS), min_size=1, unique=True),
        approved=st.booleans(),
    )
    def create(self, platforms: list[str], approved: bool) -> int:
        """A draft, or (half of the time) a post taken through submit and approval."""
        if approved:
            done = approve_new(self.ctx, self.photos[:1], platforms=tuple(platforms), when=START)
            assert done.status == PostStatus.APPROVED
            post_id = done.id
        else:
            data = post_input(self.photos[:1], platforms=tuple(platforms), when=START)
            with self.ctx.uow() as uow:
                post_id = posts.create_post(uow, data).id
        self.made.append(post_id)
        return post_id

    @rule(post=posts, allow_past=st.booleans())
    def submit(self, post: int, allow_past: bool) -> None:
        self._try(lambda uow: workflow.submit_for_review(uow, post, allow_past=allow_past))

    @rule(post=posts)
    def approve(self, post: int) -> None:
        self._try(lambda uow: workflow.approve(uow, post, *HEAD, allow_past=True))

    @rule(post=posts)
    def ask_revision(self, post: int) -> None:
        self._try(lambda uow: workflow.request_revision(uow, post, *HEAD, "Perbaiki"))

    @rule(post=posts)
    def withdraw_by_hand(self, post: int) -> None:
        self._try(lambda uow: workflow.withdraw_approval(uow, post, "Periksa lagi"))

    @rule(post=posts, target_status=st.sampled_from(
        [PostStatus.DRAFT, PostStatus.ARCHIVED, PostStatus.IDEA]
    ))  # fmt: skip
    def move(self, post: int, target_status: PostStatus) -> None:
        self._try(lambda uow: workflow.change_status(uow, post, target_status))

    @rule(post=posts)
    def publish(self, post: int) -> None:
        when = datetime(2026, 11, 27, 9, 0, tzinfo=WIB)
        self._try(lambda uow: workflow.mark_published(uow, post, when))

    @rule(post=posts, caption=CAPTIONS)
    def edit_caption(self, post: int, caption: str) -> None:
        self._edit(post, lambda data: replace(data, master_caption=caption))

    @rule(post=posts, platform=st.sampled_from(PLATFORMS))
    def toggle_platform(self, post: int, platform: str) -> None:
        def change(data: PostInput) -> PostInput:
            kept = tuple(v for v in data.variants if v.platform != platform)
            if len(kept) == len(data.variants):
                kept += (VariantInput(platform, media=(MediaItem(self.photos[1]),)),)
            return replace(data, variants=kept)

        self._edit(post, change)

    @rule(post=posts, cropped=st.booleans())
    def change_recipe(self, post: int, cropped: bool) -> None:
        def change(data: PostInput) -> PostInput:
            variants = tuple(
                replace(v, media=tuple(
                    MediaItem(m.media_id, {"preset": PRESETS[v.platform]} if cropped else {})
                    for m in v.media
                ))
                for v in data.variants
            )  # fmt: skip
            return replace(data, variants=variants)

        self._edit(post, change)

    @rule(post=posts, keep=st.booleans())
    def record_exception(self, post: int, keep: bool) -> None:
        consent = (DataException("phone", "0812-3456-7890", "Nomor resmi posko"),)
        self._edit(post, lambda data: replace(data, exceptions=consent if keep else ()))

    @rule(post=posts, days=st.integers(-3, 3), title=st.sampled_from(["Posyandu", "Vaksin"]))
    def change_what_is_not_content(self, post: int, days: int, title: str) -> None:
        """A reschedule and a new title: recorded, the status stays."""
        before = self._get(post)
        self._try(lambda uow: posts.reschedule(uow, post, START + timedelta(days=days)))
        self._edit(post, lambda data: replace(data, title=title))
        assert self._get(post).status == before.status

    @rule(post=posts, platform=st.sampled_from(PLATFORMS))
    def studio_attach(self, post: int, platform: str) -> None:
        before = self._get(post)
        recipe = Recipe(preset=PRESETS[platform], width=400, height=400)
        done = self._try(
            lambda uow: studio.attach_renditions(uow, post, self.photos[1], [(platform, recipe)])
        )
        if done is not None and before.status == PostStatus.APPROVED:
            assert self._get(post).status == PostStatus.IN_REVIEW

    @rule(post=posts)
    def write_behind_the_services(self, post: int) -> None:
        """A caption changed straight through the ORM (a writer no service knows)."""
        before = self._get(post)

        def change(uow) -> bool:  # type: ignore[no-untyped-def]
            variant = uow.session.scalars(
                select(PostVariant).where(PostVariant.post_id == post)
            ).first()
            if variant is None:  # every platform dropped
                return False
            variant.caption += " (diubah)"
            uow.commit()
            return True

        if self._try(change) and before.status == PostStatus.APPROVED:
            assert self._get(post).status == PostStatus.IN_REVIEW

    # --- the invariant ----------------------------------------------------------------
    @invariant()
    def approved_iff_approval_matches(self) -> None:
        if not self.made:
            return
        with self.ctx.uow() as uow:
            details = [posts.get_post(uow, post_id) for post_id in self.made]
            exportable = {}
            for detail in details:
                try:
                    workflow.assert_exportable(uow, detail.id)
                    exportable[detail.id] = True
                except DomainError:
                    exportable[detail.id] = False
            shown = board.board(uow)
            withdrawn = set(
                uow.session.scalars(
                    select(Approval.id).where(
                        Approval.post_id.in_(self.made), Approval.withdrawn_at.is_not(None)
                    )
                )
            )
            withdrawn_lines = {
                e.details.get("approval_id")
                for post_id in self.made
                for e in audit.post_history(uow, post_id)
                if e.action == "approval_withdrawn"
            }
        columns = {
            key: {card.post.id for card in getattr(shown, key)}
            for key in ("overdue", "drafts", "waiting", "reapproval", "needs_revision", "approved")
        }
        for detail in details:
            approval = detail.current_approval
            matches = approval is not None and approval.content_hash == detail.content_hash
            if detail.status == PostStatus.ARCHIVED:
                assert approval is None or matches
                continue
            assert (detail.status in APPROVED_STATES) == matches, detail
            assert exportable[detail.id] == matches
            if detail.status == PostStatus.PUBLISHED:
                continue
            homes = [key for key, ids in columns.items() if detail.id in ids]
            assert len(homes) == 1, (detail.status, homes)
            if detail.status == PostStatus.APPROVED:
                assert homes == ["approved"]
            last = detail.approvals[-1] if detail.approvals else None
            again = (
                detail.status == PostStatus.IN_REVIEW
                and last is not None
                and last.decision == "setuju"
                and last.withdrawn_at is not None
            )
            assert (homes == ["reapproval"]) == again
        assert withdrawn <= withdrawn_lines


def test_approval_invariant_holds_for_any_sequence(ctx: AppContext, tmp_path: Path) -> None:
    set_profile(ctx)
    ApprovalMachine.ctx = ctx
    ApprovalMachine.photos = (
        add_photo(ctx, tmp_path / "a", 1080, 1350),
        add_photo(ctx, tmp_path / "b", 1080, 1080, colour=40),
    )
    run_state_machine_as_test(
        ApprovalMachine,
        settings=settings(
            max_examples=10,
            stateful_step_count=25,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
