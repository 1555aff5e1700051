"""The department's account name on each platform: kept with the department, shown above
the post in the package's preview (and the editor's, see the GUI test)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services import profile
from sosmed_desktop.services.packages import exporting as packages_export
from tests.unit.packaging import approved_post, members
from tests.unit.posting import set_profile


def _save_accounts(ctx: AppContext, accounts: tuple[tuple[str, str], ...]) -> profile.Profile:
    with ctx.uow() as uow:
        stored = profile.get_profile(uow)
        profile.save_profile(uow, dataclasses.replace(stored, accounts=accounts))
    with ctx.uow() as uow:
        return profile.get_profile(uow)


def test_account_names_are_kept_trimmed_and_empty_ones_left_out(ctx: AppContext) -> None:
    set_profile(ctx)
    saved = _save_accounts(
        ctx,
        (("x", " @dinkes_bekasi "), ("instagram", "@dinkes.kabbekasi"), ("facebook", "  ")),
    )
    assert saved.accounts == (("instagram", "@dinkes.kabbekasi"), ("x", "@dinkes_bekasi"))
    assert saved.department_name == "Dinas Kesehatan", "the rest of the profile unchanged"
    assert _save_accounts(ctx, ()).accounts == ()


@pytest.mark.parametrize(
    ("accounts", "code"),
    [
        ((("instagram", "x" * 101),), "account_name_too_long"),
        ((("myspace", "Dinkes"),), "account_platform_unknown"),
    ],
)
def test_bad_account_names_are_refused_and_nothing_changes(
    ctx: AppContext, accounts: tuple[tuple[str, str], ...], code: str
) -> None:
    set_profile(ctx)
    _save_accounts(ctx, (("instagram", "@dinkes.kabbekasi"),))
    with pytest.raises(ValidationError) as refused:
        _save_accounts(ctx, accounts)
    assert refused.value.code == code
    with ctx.uow() as uow:
        assert profile.get_profile(uow).accounts == (("instagram", "@dinkes.kabbekasi"),)


def test_the_package_preview_shows_each_platforms_account(ctx: AppContext, tmp_path: Path) -> None:
    post_id = approved_post(ctx, tmp_path / "photos")  # Instagram and Facebook
    _save_accounts(ctx, (("instagram", "@dinkes.kabbekasi"),))
    html = members(packages_export.export_post(ctx, post_id, tmp_path / "out").path)[
        "preview.html"
    ].decode("utf-8")
    instagram = html[
        html.index('id="instagram"') : html.index("</article>", html.index('id="instagram"'))
    ]
    facebook = html[
        html.index('id="facebook"') : html.index("</article>", html.index('id="facebook"'))
    ]
    assert '<div class="avatar">D</div>@dinkes.kabbekasi</div>' in instagram
    assert '<div class="avatar">D</div>Dinas Kesehatan</div>' in facebook, "no name: the department"
