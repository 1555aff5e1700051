"""`import-results` on the command line: a known export, a mapped one, the same file twice."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models_results import PostResult
from tests.unit.commands import drop_app_log_handlers, run  # noqa: F401
from tests.unit.helpers import count
from tests.unit.results_files import IG_EN, instagram_row, write_csv
from tests.unit.test_results_import import _published


def test_import_check_then_import_then_again(
    ctx: AppContext, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _published(ctx, "Posyandu", "instagram", datetime(2026, 11, 5, 9, 20, tzinfo=UTC))
    path = write_csv(tmp_path / "ig.csv", IG_EN, [
        instagram_row("2", "https://www.instagram.com/p/Other/", "11/05/2026 16:25", 800, 500),
        instagram_row("3", "https://www.instagram.com/p/Third/", "11/20/2026 10:00", 300, 250),
    ])  # fmt: skip
    common = ("--data-dir", str(data_dir), "--exported-on", "2026-12-03")
    assert run("import-results", str(path), *common, "--check") == 0
    out = capsys.readouterr().out
    assert out.startswith("ig.csv: Meta Business Suite, instagram, 2 rows\n")
    assert "0 by link, 0 as before, 1 likely (by time), 0 ambiguous, 1 unplanned" in out
    assert count(ctx, PostResult) == 0
    assert run("import-results", str(path), *common, "--accept-likely") == 0
    assert capsys.readouterr().out.endswith("Imported 2 rows: 1 tied to posts, 1 unplanned.\n")
    assert run("import-results", str(path), *common) == 0
    assert capsys.readouterr().out.endswith("ig.csv was imported before; nothing changed.\n")
    assert count(ctx, PostResult) == 2


def test_a_file_of_unknown_columns_is_mapped_with_column_options(
    ctx: AppContext, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "fb.csv", ["Tautan", "Jangkauan total"],
                     [["https://www.facebook.com/dinkes/posts/1", 3100]])  # fmt: skip
    assert run("import-results", str(path), "--data-dir", str(data_dir)) == 1
    assert "not those of a known export" in capsys.readouterr().err
    mapped = ("--platform", "facebook", "--column", "Tautan=link", "--column",
              "Jangkauan total=reach")  # fmt: skip
    assert run("import-results", str(path), "--data-dir", str(data_dir), *mapped) == 0
    assert count(ctx, PostResult) == 1
