"""The domain errors of the calendar, editor and approval services read in Indonesian."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.errors import DomainError, TransitionError, ValidationError
from sosmed_desktop.services.posts import posts, snippets, workflow
from sosmed_desktop.services.posts.data import PostInput
from ui.errors import describe


def _raised(call: object) -> DomainError:
    try:
        call()  # type: ignore[operator]
    except DomainError as exc:
        return exc
    raise AssertionError("no domain error raised")


def test_service_errors_are_described_in_indonesian(app: QApplication, ctx: AppContext) -> None:
    with ctx.uow() as uow:
        draft = posts.create_post(uow, PostInput(title="Posyandu"))
    with ctx.uow() as uow:
        errors = [
            _raised(lambda: posts.create_post(uow, PostInput(title=" "))),
            _raised(lambda: posts.get_post(uow, 999)),
            _raised(lambda: workflow.approve(uow, draft.id, "dr. Ahmad")),
            _raised(lambda: workflow.submit_for_review(uow, draft.id)),
            _raised(lambda: snippets.create_hashtag_group(uow, "Umum", "#dua kata#")),
            _raised(
                lambda: workflow.mark_published(uow, draft.id, datetime(2030, 1, 1, tzinfo=UTC))
            ),
        ]
    texts = [describe(e) for e in errors]
    assert texts[0] == "Beri judul untuk postingan ini."
    assert texts[1].startswith("Posting ini sudah tidak ada")
    assert texts[2] == "Postingan tidak dapat berpindah dari “Draf” ke “Disetujui”."
    assert texts[3] == "Pilih setidaknya satu platform sebelum mengajukan."
    assert texts[4].startswith("“kata#” bukan tagar yang sah")
    assert texts[5] == "Waktu tayang ada di masa depan."


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (TransitionError(current="diunggah", target="draf"), "dari “Diunggah” ke “Draf”"),
        (ValidationError(code="some_future_code", detail="x"), "x"),  # falls back to its kind
    ],
)
def test_codes_and_fallback(app: QApplication, error: DomainError, expected: str) -> None:
    assert expected in describe(error)
