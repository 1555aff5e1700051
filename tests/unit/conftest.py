"""Fixtures of the post package tests: a sender's package and another department's folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.services import profile
from sosmed_desktop.services.packages import exporting as packages_export
from tests.unit.packaging import approved_post


@pytest.fixture
def package(ctx: AppContext, tmp_path: Path) -> Path:
    """A package exported from the sender's data folder (`ctx`)."""
    post_id = approved_post(ctx, tmp_path / "photos")
    return packages_export.export_post(ctx, post_id, tmp_path / "out").path


@pytest.fixture
def receiver(new_data_dir: Callable[..., Path]) -> Iterator[AppContext]:
    """Another department's fresh data folder."""
    other = bootstrap(new_data_dir("receiver"))
    with other.uow() as uow:
        profile.save_profile(
            uow, profile.Profile(officer_name="Budi", department_name="Diskominfo")
        )
    yield other
    other.dispose()
