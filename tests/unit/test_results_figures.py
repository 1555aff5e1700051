"""Imported results read back: a post's latest figures and history; a month like with like."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.services.results.figures import month_results, post_figures
from sosmed_desktop.services.results.importing import commit_results, preview_results
from tests.unit.results_files import IG_EN, X_ACTIVITY, instagram_row, write_csv
from tests.unit.test_results_import import WIB, _published


def _import(ctx: AppContext, path: Path, exported_on: date) -> None:
    with ctx.uow() as uow:
        commit_results(uow, preview_results(uow, path, WIB), exported_on)


def test_a_post_shows_its_latest_figures_and_their_history(ctx: AppContext, tmp_path: Path) -> None:
    post = _published(ctx, "Jumat bersih", "instagram", datetime(2026, 11, 2, 9, 13, tzinfo=UTC),
                      "https://www.instagram.com/p/WkPj/")  # fmt: skip
    row = "https://instagram.com/p/WkPj", "11/02/2026 16:13"
    _import(ctx, write_csv(tmp_path / "a.csv", IG_EN, [instagram_row("1", *row, 1450, 900)]),
            date(2026, 11, 10))  # fmt: skip
    _import(ctx, write_csv(tmp_path / "b.csv", IG_EN, [instagram_row("1", *row, 2100, 1300)]),
            date(2026, 12, 1))  # fmt: skip
    with ctx.uow() as uow:
        (found,) = post_figures(uow, post)
    assert found.latest.figures["reach"] == 1300
    assert (found.latest.exported_on, found.latest.source) == (date(2026, 12, 1),
                                                               "Meta Business Suite")  # fmt: skip
    assert [h.figures["reach"] for h in found.history] == [900]
    assert found.latest.file_name == "b.csv"


def test_a_month_sums_each_platform_apart_and_names_what_is_missing(
    ctx: AppContext, tmp_path: Path
) -> None:
    november = datetime(2026, 11, 2, 9, 13, tzinfo=UTC)
    _published(ctx, "Jumat bersih", "instagram", november, "https://www.instagram.com/p/A/")
    _published(ctx, "Belum ada hasil", "facebook", november)
    ig = write_csv(tmp_path / "ig.csv", IG_EN, [
        instagram_row("1", "https://instagram.com/p/A", "11/02/2026 16:13", 1450, 900),
        instagram_row("2", "https://instagram.com/p/B", "11/09/2026 16:13", 300, 200),
        instagram_row("3", "https://instagram.com/p/C", "12/01/2026 16:13", 5, 5),  # December
    ])  # fmt: skip
    x = write_csv(tmp_path / "x.csv", X_ACTIVITY, [
        ["18080", "https://x.com/d/status/18080", "Posyandu", "2026-11-03 09:13 +0000",
         "5000.0", "18.0", "0.0", "2.0", "1.0", "9.0", "3.0", "4.0"]], bom=False)  # fmt: skip
    _import(ctx, ig, date(2026, 12, 3))
    _import(ctx, x, date(2026, 12, 4))
    with ctx.uow() as uow:
        month = month_results(uow, 2026, 11, WIB)
    by_platform = {p.platform: p for p in month.platforms}
    assert by_platform["instagram"].sums == {
        "reach": 1100, "views": 1750, "reactions": 20, "comments": 6, "shares": 4, "saves": 2
    }  # fmt: skip
    assert "reach" not in by_platform["x"].sums, "X counts impressions, not reach"
    assert by_platform["x"].sums["impressions"] == 5000
    assert (by_platform["instagram"].posts, by_platform["instagram"].unplanned) == (2, 1)
    assert by_platform["instagram"].sources == (("Meta Business Suite", date(2026, 12, 3)),)
    assert month.missing == {"facebook": 1}
    assert [(t.platform, t.title) for t in month.top] == [
        ("instagram", "Jumat bersih"), ("instagram", "Posyandu"), ("x", "Posyandu")
    ], "each platform ranked by its own measure"  # fmt: skip
    with ctx.uow() as uow:
        assert month_results(uow, 2026, 10, WIB).empty


def test_by_program_for_directions_and_over_the_months(ctx: AppContext, tmp_path: Path) -> None:
    from sosmed_desktop.db.models import Direction, Post
    from tests.unit.helpers import make_program

    stunting = make_program(ctx, "Cegah Stunting")
    answered = _published(
        ctx,
        "Cegah stunting",
        "instagram",
        datetime(2026, 11, 2, 9, 13, tzinfo=UTC),
        "https://instagram.com/p/A/",
    )
    _published(
        ctx,
        "Jumat bersih",
        "instagram",
        datetime(2026, 11, 9, 9, 13, tzinfo=UTC),
        "https://instagram.com/p/B/",
    )
    _published(ctx, "Oktober", "instagram", datetime(2026, 10, 9, 9, 13, tzinfo=UTC),
               "https://instagram.com/p/C/")  # fmt: skip
    with ctx.uow() as uow:
        post = uow.session.get(Post, answered)
        post.program_id = stunting
        direction = Direction(
            given_by_name="Kepala Dinas", given_at=datetime(2026, 11, 1, tzinfo=UTC),
            channel="rapat", content="Angkat cegah stunting",
        )  # fmt: skip
        direction.posts.append(post)
        uow.session.add(direction)
        uow.commit()
    _import(ctx, write_csv(tmp_path / "ig.csv", IG_EN, [
        instagram_row("1", "https://instagram.com/p/A", "11/02/2026 16:13", 1450, 900),
        instagram_row("2", "https://instagram.com/p/B", "11/09/2026 16:13", 300, 200),
        instagram_row("3", "https://instagram.com/p/C", "10/09/2026 16:13", 50, 40),
    ]), date(2026, 12, 3))  # fmt: skip
    with ctx.uow() as uow:
        month = month_results(uow, 2026, 11, WIB)
    assert [(s.label, s.measure, s.posts, s.total) for s in month.programs] == [
        ("Cegah Stunting", "reach", 1, 900), ("", "reach", 1, 200)
    ]  # fmt: skip
    assert [(s.platform, s.label, s.posts, s.total) for s in month.directions] == [
        ("instagram", "Kepala Dinas: Angkat cegah stunting", 1, 900)
    ]
    (trend,) = month.trends
    assert trend.measure == "reach"
    assert trend.months[-2:] == ((2026, 10, 40), (2026, 11, 1100))
    assert len(trend.months) == 6 and trend.months[0] == (2026, 6, 0)


def test_the_monthly_report_carries_the_results_with_their_source(
    ctx: AppContext, tmp_path: Path
) -> None:
    import csv
    import io

    from pypdf import PdfReader

    from sosmed_desktop.services.packages import reports

    _published(ctx, "Jumat bersih", "instagram", datetime(2026, 11, 2, 9, 13, tzinfo=UTC),
               "https://www.instagram.com/p/A/")  # fmt: skip
    _import(ctx, write_csv(tmp_path / "ig.csv", IG_EN, [
        instagram_row("1", "https://instagram.com/p/A", "11/02/2026 16:13", 1450, 900)]),
        date(2027, 1, 3))  # fmt: skip
    with ctx.uow() as uow:
        month = reports.monthly_report(uow, 2026, 11, WIB)
    path = reports.save_report(month, tmp_path / "laporan.csv")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert ["Hasil Instagram", "Jangkauan", "900"] in rows
    assert ["Hasil Instagram", "Sumber: ekspor Meta Business Suite, diunduh 3 Januari 2027",
            ""] in rows  # fmt: skip
    assert ["Tren Instagram (Jangkauan)", "November 2026", "900"] in rows
    pdf = reports.save_report(month, tmp_path / "laporan.pdf")
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)
    for expected in ("Hasil dari platform", "Instagram: 1 posting dengan hasil",
                     "Sumber: ekspor Meta Business Suite, diunduh 3 Januari 2027",
                     "Posting terbaik tiap platform", "Jumat bersih"):  # fmt: skip
        assert expected in text, expected


def test_a_removed_file_takes_its_figures_and_may_come_again(
    ctx: AppContext, tmp_path: Path
) -> None:
    from sosmed_desktop.services.results.files import imported_files, remove_file

    post = _published(ctx, "Jumat bersih", "instagram", datetime(2026, 11, 2, 9, 13, tzinfo=UTC),
                      "https://www.instagram.com/p/WkPj/")  # fmt: skip
    row = "https://instagram.com/p/WkPj", "11/02/2026 16:13"
    first = write_csv(tmp_path / "a.csv", IG_EN, [instagram_row("1", *row, 1450, 900)])
    _import(ctx, first, date(2026, 11, 10))
    _import(ctx, write_csv(tmp_path / "b.csv", IG_EN, [instagram_row("1", *row, 2100, 1300)]),
            date(2026, 12, 1))  # fmt: skip
    with ctx.uow() as uow:
        files = imported_files(uow)
    assert [(f.name, f.rows) for f in files] == [("b.csv", 1), ("a.csv", 1)]
    with ctx.uow() as uow:
        remove_file(uow, files[0].id)
    with ctx.uow() as uow:
        (found,) = post_figures(uow, post)
        assert found.latest.figures["reach"] == 900, "the earlier export's figures again"
        assert [f.name for f in imported_files(uow)] == ["a.csv"]
    _import(ctx, write_csv(tmp_path / "b.csv", IG_EN, [instagram_row("1", *row, 2100, 1300)]),
            date(2026, 12, 1))  # fmt: skip
    with ctx.uow() as uow:
        assert post_figures(uow, post)[0].latest.figures["reach"] == 1300


def test_the_trend_chart_counts_in_whole_steps() -> None:
    """Reported: one reach of 1 drew axis labels like 0,2000000000000000111…."""
    from sosmed_desktop.documents.results_section import _trend_chart
    from sosmed_desktop.services.results.breakdown import Trend

    for values, step in (([0, 0, 0, 0, 0, 1], 1), ([0, 0, 0, 0, 40, 16391], 5000)):
        months = tuple((2026, month, v) for month, v in zip(range(5, 11), values, strict=True))
        axis = _trend_chart(Trend("instagram", "reach", months), "Instagram").contents[0].valueAxis
        assert axis.valueStep == step and axis.valueMax == 4 * step
        assert axis.labelTextFormat(0.2 * step * 5) == f"{step:,}".replace(",", ".")
