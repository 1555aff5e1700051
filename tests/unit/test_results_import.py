"""Platforms' result exports come in: recognised, matched, stored once; hostile ones refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Platform, Post, PostVariant
from sosmed_desktop.db.models_results import PostResult, ResultFile, ResultMapping
from sosmed_desktop.domain.results import link_key, parse_count, parse_time, time_from_id
from sosmed_desktop.domain.statuses import PostStatus
from sosmed_desktop.errors import ValidationError
from sosmed_desktop.services.results.importing import (
    ResultRowsError,
    commit_results,
    preview_results,
)
from sosmed_desktop.services.results.reading import UnknownFormatError, read_results
from sosmed_desktop.services.table_files import CsvFileError
from tests.unit.helpers import snapshot
from tests.unit.results_files import (
    FB_EN,
    IG_EN,
    IG_ID,
    TIKTOK,
    X_ACTIVITY,
    YOUTUBE_EN,
    YOUTUBE_ID,
    instagram_row,
    instagram_row_id,
    write_csv,
    write_xlsx,
)

WIB = ZoneInfo("Asia/Jakarta")
EXPORTED = date(2026, 12, 3)


def _published(ctx: AppContext, title: str, platform: str, when: datetime, url: str = "") -> int:
    """A post published on `platform` at `when`, with its live link when given."""
    with ctx.uow() as uow:
        code = uow.session.scalar(select(Platform.id).where(Platform.code == platform))
        post = Post(title=title, status=PostStatus.PUBLISHED.value, scheduled_at=when,
                    published_at=when, published_url=url or None,
                    master_caption=title)  # fmt: skip
        post.variants.append(PostVariant(platform_id=code, caption=title))  # as the master
        uow.session.add(post)
        uow.commit()
        return post.id


@pytest.fixture
def nothing_written(ctx: AppContext) -> Iterator[None]:
    before = snapshot(ctx, ResultFile, PostResult, ResultMapping)
    yield
    assert snapshot(ctx, ResultFile, PostResult, ResultMapping) == before


# --- the formats ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "row", "fmt", "platform", "figures"),
    [
        (IG_EN, instagram_row("1790", "https://www.instagram.com/p/AbC/", "11/02/2026 16:13",
                              1450, 900), "meta_instagram", "instagram",
         {"views": 1450, "reach": 900, "reactions": 10, "shares": 2, "comments": 3, "saves": 1}),
        (IG_ID, instagram_row_id("1790", "https://www.instagram.com/p/AbC/", "11/02/2026 16:13",
                                 2345, 1800), "meta_instagram", "instagram",
         {"views": 2345, "reach": 1800, "reactions": 10, "shares": 2, "comments": 3, "saves": 1}),
        (FB_EN, ["1221", "55", "Dinkes", "Jam layanan", "", 0, "11/02/2026 07:39", "N/A",
                 "https://www.facebook.com/dinkeskabbekasi/posts/2158", 0, 0, "Photos", "", "",
                 "", "", "Lifetime", 5000, 3100, 90, 70, 12, 8, 40, 20, 15],
         "meta_facebook", "facebook",
         {"views": 5000, "reach": 3100, "reactions": 70, "comments": 12, "shares": 8,
          "clicks": 15}),
        (X_ACTIVITY, ["1808000000000000000", "https://twitter.com/dinkes/status/1808000000000000000",
                      "Posyandu", "2026-11-02 09:13 +0000", "1938.0", "18.0", "0.0093", "2.0",
                      "1.0", "9.0", "3.0", "4.0"], "x_activity", "x",
         {"impressions": 1938, "shares": 2, "comments": 1, "reactions": 9, "clicks": 4}),
        (YOUTUBE_EN, ["dQw4w9WgXcQ", "Posyandu", "Sep 27, 2026", 60, 1200, "12.5", 3, 9000,
                      "4.1"], "youtube", "youtube", {"views": 1200, "impressions": 9000}),
        (YOUTUBE_ID, ["dQw4w9WgXcQ", "Posyandu", "Sep 27, 2026", 60, 1200, "12.5", 3, 9000,
                      "4.1"], "youtube", "youtube", {"views": 1200, "impressions": 9000}),
    ],
    ids=["instagram-en", "instagram-id", "facebook-en", "x-activity", "youtube-en", "youtube-id"],
)  # fmt: skip
def test_each_known_export_is_recognised_with_its_own_measures(
    tmp_path: Path, header: list[str], row: list, fmt: str, platform: str, figures: dict
) -> None:
    preview = read_results(write_csv(tmp_path / "ekspor.csv", header, [row]), WIB)
    assert (preview.format, preview.platform) == (fmt, platform)
    assert preview.bad_rows == []
    assert preview.rows[0].figures == figures


def test_youtube_total_row_is_skipped_and_tayangan_means_impressions(tmp_path: Path) -> None:
    total = ["Total", "", "", "", 5000, "40", 9, 30000, "3.9"]
    video = ["dQw4w9WgXcQ", "Posyandu", "Sep 27, 2026", 60, 1200, "12.5", 3, 9000, "4.1"]
    rows = [total, video]
    preview = read_results(write_csv(tmp_path / "Data tabel.csv", YOUTUBE_ID, rows), WIB)
    assert len(preview.rows) == 1
    row = preview.rows[0]
    assert row.figures == {"views": 1200, "impressions": 9000}
    assert row.link == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert row.published.day == date(2026, 9, 27) and row.published.moment is None


def test_tiktok_workbook_takes_the_year_and_hour_from_the_video_id(tmp_path: Path) -> None:
    """TikTok writes "12 April" without a year; the id encodes the moment the video was made."""
    video = str((int(datetime(2026, 9, 4, 16, 16, 52, tzinfo=UTC).timestamp()) << 32) + 12345)
    link = f"https://www.tiktok.com/@dinkeskabbekasi/video/{video}"
    path = write_xlsx(tmp_path / "tiktok.xlsx", TIKTOK, [["Posyandu", link, "4 September",
                                                           120, 4, 2, 3400]])  # fmt: skip
    preview = read_results(path, WIB)
    assert (preview.format, preview.platform) == ("tiktok", "tiktok")
    row = preview.rows[0]
    assert row.published.moment == datetime(2026, 9, 4, 16, 16, 52, tzinfo=UTC)
    assert row.platform_id == video
    assert row.figures == {"reactions": 120, "comments": 4, "shares": 2, "views": 3400}


@pytest.mark.parametrize(
    ("text", "decimal_comma", "count"),
    [("1938", False, 1938), ("1938.0", False, 1938), ("12,400", False, 12400),
     ("1.234.567", True, 1234567), ("1.000", True, 1000), ("1.2K", False, 1200),
     ("3,4 rb", True, 3400), ("2jt", False, 2_000_000), ("", False, None), ("-", True, None),
     ("N/A", False, None), ("\xa012", False, 12)],
)  # fmt: skip
def test_counts_as_the_platforms_write_them(
    text: str, decimal_comma: bool, count: int | None
) -> None:
    """A comma-separated export groups thousands with ","; a ``;`` one or a workbook with "."."""
    assert parse_count(text, decimal_comma=decimal_comma) == count


@pytest.mark.parametrize(
    ("text", "decimal_comma"),
    [("12,5", False), ("12,345", True), ("1.234", False), ("-3", False), ("abc", False),
     ("=1+1", True), ("1.2.3", True), ("1" * 400 + "K", False)],
)  # fmt: skip
def test_what_is_not_a_count_is_refused(text: str, decimal_comma: bool) -> None:
    """A fraction ("12,345" where the comma is the decimal mark) is not a count either."""
    with pytest.raises(ValueError):
        parse_count(text, decimal_comma=decimal_comma)


def test_an_export_saved_again_by_indonesian_excel_reads_its_grouped_thousands(
    tmp_path: Path,
) -> None:
    """Opened and saved by Excel with Indonesian settings: ";" between fields, "2.345"."""
    path = tmp_path / "ig-excel.csv"
    rows = [IG_ID, instagram_row_id("1790", "https://www.instagram.com/p/AbC/",
                                    "11/02/2026 16:13", "2.345", "1.800")]  # fmt: skip
    path.write_text("\n".join(";".join(str(c) for c in row) for row in rows), encoding="utf-8")
    preview = read_results(path, WIB)
    assert preview.rows[0].figures["views"] == 2345 and preview.rows[0].figures["reach"] == 1800


def test_times_as_the_platforms_write_them() -> None:
    assert parse_time("11/02/2026 16:13", WIB).moment == datetime(2026, 11, 2, 16, 13, tzinfo=WIB)
    assert parse_time("2016-12-23 18:50 +0000", WIB).moment == datetime(
        2016, 12, 23, 18, 50, tzinfo=UTC
    )
    assert parse_time("Fri, Jun 5, 2026", WIB).day == date(2026, 6, 5)
    x_id = str(((int(datetime(2026, 3, 23, 4, 16, tzinfo=UTC).timestamp() * 1000)
                 - 1288834974657) << 22) + 7)  # fmt: skip
    assert time_from_id("x", x_id) == datetime(2026, 3, 23, 4, 16, tzinfo=UTC)
    assert time_from_id("facebook", x_id) is None


def test_one_post_under_its_many_addresses() -> None:
    assert link_key("https://www.instagram.com/reel/AbC/?igsh=x") == link_key("instagram.com/p/AbC")
    assert link_key("https://twitter.com/a/status/123") == link_key("https://x.com/b/status/123")
    assert link_key("https://youtu.be/dQw4w9WgXcQ") == link_key(
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3"
    )
    assert link_key("bukan tautan") is None


# --- matching and storing -------------------------------------------------------------------


def test_rows_are_tied_by_link_by_confirmed_time_or_kept_as_unplanned(
    ctx: AppContext, tmp_path: Path
) -> None:
    by_link = _published(ctx, "Jumat bersih", "instagram", datetime(2026, 11, 2, 9, 13, tzinfo=UTC),
                         "https://www.instagram.com/p/WkPj/")  # fmt: skip
    by_time = _published(ctx, "Posyandu", "instagram", datetime(2026, 11, 5, 9, 20, tzinfo=UTC))
    _published(ctx, "Di Facebook saja", "facebook", datetime(2026, 11, 20, 3, 0, tzinfo=UTC))
    path = write_csv(tmp_path / "ig.csv", IG_EN, [
        instagram_row("1", "https://instagram.com/p/WkPj", "11/02/2026 16:13", 1450, 900),
        instagram_row("2", "https://www.instagram.com/p/Other/", "11/05/2026 16:25", 800, 500),
        instagram_row("3", "https://www.instagram.com/p/Third/", "11/20/2026 10:00", 300, 250),
    ])  # fmt: skip
    with ctx.uow() as uow:
        read = preview_results(uow, path, WIB)
    kinds = {line: (m.kind, m.post_id) for line, m in read.matches.items()}
    assert kinds == {2: ("link", by_link), 3: ("time", by_time), 4: ("unplanned", None)}
    with ctx.uow() as uow:
        outcome = commit_results(uow, read, EXPORTED, {3: by_time})
    assert (outcome.rows, outcome.matched, outcome.unplanned) == (3, 2, 1)
    with ctx.uow() as uow:
        stored = uow.session.execute(
            select(PostResult.post_id, PostResult.match, PostResult.reach).order_by(PostResult.id)
        ).all()
        file = uow.session.execute(
            select(ResultFile.platform, ResultFile.source, ResultFile.exported_on)
        ).one()
    assert stored == [(by_link, "link", 900), (by_time, "time", 500), (None, "unplanned", 250)]
    assert tuple(file) == ("instagram", "Meta Business Suite", EXPORTED)


def test_an_unconfirmed_likely_match_is_kept_unplanned(ctx: AppContext, tmp_path: Path) -> None:
    _published(ctx, "Posyandu", "instagram", datetime(2026, 11, 5, 9, 20, tzinfo=UTC))
    path = write_csv(
        tmp_path / "ig.csv",
        IG_EN,
        [instagram_row("2", "https://www.instagram.com/p/Other/", "11/05/2026 16:25", 800, 500)],
    )
    with ctx.uow() as uow:
        outcome = commit_results(uow, preview_results(uow, path, WIB), EXPORTED)
    assert (outcome.matched, outcome.unplanned) == (0, 1)


def test_the_same_file_twice_changes_nothing_and_a_newer_one_keeps_the_history(
    ctx: AppContext, tmp_path: Path
) -> None:
    post = _published(ctx, "Jumat bersih", "instagram", datetime(2026, 11, 2, 9, 13, tzinfo=UTC),
                      "https://www.instagram.com/p/WkPj/")  # fmt: skip
    first = write_csv(
        tmp_path / "ig-1.csv",
        IG_EN,
        [instagram_row("1", "https://instagram.com/p/WkPj", "11/02/2026 16:13", 1450, 900)],
    )
    with ctx.uow() as uow:
        commit_results(uow, preview_results(uow, first, WIB), EXPORTED)
    before = snapshot(ctx, ResultFile, PostResult)
    with ctx.uow() as uow:
        again = preview_results(uow, first, WIB)
        assert again.already
        assert commit_results(uow, again, EXPORTED).already
    assert snapshot(ctx, ResultFile, PostResult) == before
    later = write_csv(
        tmp_path / "ig-2.csv",
        IG_EN,
        [instagram_row("1", "https://instagram.com/p/WkPj", "11/02/2026 16:13", 2100, 1300)],
    )
    with ctx.uow() as uow:
        read = preview_results(uow, later, WIB)
        assert read.matches[2].kind == "link"
        commit_results(uow, read, date(2026, 12, 10))
    with ctx.uow() as uow:
        history = uow.session.execute(
            select(ResultFile.exported_on, PostResult.reach)
            .join(ResultFile, ResultFile.id == PostResult.file_id)
            .where(PostResult.post_id == post)
            .order_by(ResultFile.exported_on)
        ).all()
    assert history == [(EXPORTED, 900), (date(2026, 12, 10), 1300)]


# --- files the officer maps -----------------------------------------------------------------


def test_an_unknown_file_is_mapped_once_and_the_mapping_remembered(
    ctx: AppContext, tmp_path: Path
) -> None:
    header = ["Tautan", "Waktu", "Jangkauan total", "Reaksi"]
    path = write_csv(
        tmp_path / "fb.csv",
        header,
        [["https://www.facebook.com/dinkes/posts/1", "11/02/2026 07:39", 3100, 70]],
    )
    with ctx.uow() as uow, pytest.raises(UnknownFormatError) as unknown:
        preview_results(uow, path, WIB)
    assert unknown.value.params["headers"] == tuple(header)
    columns = {"tautan": "link", "waktu": "published_at", "jangkauan total": "reach",
               "reaksi": "reactions"}  # fmt: skip
    with ctx.uow() as uow:
        read = preview_results(uow, path, WIB, platform="facebook", columns=columns)
        assert read.preview.format == "mapped" and read.preview.source == "fb.csv"
        assert read.preview.rows[0].figures == {"reach": 3100, "reactions": 70}
        commit_results(uow, read, EXPORTED)
    second = write_csv(
        tmp_path / "fb-2.csv",
        header,
        [["https://www.facebook.com/dinkes/posts/2", "11/03/2026 07:39", 1000, 7]],
    )
    with ctx.uow() as uow:
        read = preview_results(uow, second, WIB, platform="facebook")
    assert read.preview.rows[0].figures == {"reach": 1000, "reactions": 7}


# --- hostile files --------------------------------------------------------------------------


def test_bad_rows_are_each_explained_and_nothing_is_imported(
    ctx: AppContext, tmp_path: Path, nothing_written: None
) -> None:
    path = write_csv(tmp_path / "ig.csv", IG_EN, [
        instagram_row("1", "https://instagram.com/p/A", "11/02/2026 16:13", "banyak", 900),
        instagram_row("2", "https://instagram.com/p/B", "kemarin", 10, "99999999999"),
        instagram_row("1", "https://instagram.com/p/A", "11/02/2026 16:13", 1, 1),
    ])  # fmt: skip
    with ctx.uow() as uow:
        read = preview_results(uow, path, WIB)
        problems = [[(p.field, p.code) for p in row.problems] for row in read.preview.rows]
        assert problems == [
            [("views", "number")],
            [("reach", "too_large"), ("published_at", "time")],
            [("post_id", "duplicate")],
        ]
        with pytest.raises(ResultRowsError) as refused:
            commit_results(uow, read, EXPORTED)
    assert refused.value.params["count"] == 3


def test_a_workbook_with_a_formula_is_refused(
    ctx: AppContext, tmp_path: Path, nothing_written: None
) -> None:
    path = write_xlsx(
        tmp_path / "tiktok.xlsx",
        TIKTOK,
        [["Posyandu", "https://www.tiktok.com/@d/video/1", "4 September", "=1+1", 4, 2, 3400]],
    )
    with ctx.uow() as uow, pytest.raises(CsvFileError) as refused:
        preview_results(uow, path, WIB)
    assert refused.value.params["reason"] == "formula"


def test_a_huge_file_is_refused_before_it_is_read(
    ctx: AppContext, tmp_path: Path, nothing_written: None
) -> None:
    path = tmp_path / "besar.csv"
    with path.open("wb") as out:
        out.truncate(21 * 1024 * 1024)
    with ctx.uow() as uow, pytest.raises(CsvFileError) as refused:
        preview_results(uow, path, WIB)
    assert refused.value.params["reason"] == "too_large"


def test_rows_known_only_by_their_time_stand_alone(ctx: AppContext, tmp_path: Path) -> None:
    """No id, no link: each row is its own item; one tied to a post never claims the next
    file's rows as "known", and none of them swallows another in a month's sums."""
    from sosmed_desktop.services.results.figures import month_results

    first = _published(ctx, "Pertama", "facebook", datetime(2026, 11, 5, 2, 10, tzinfo=UTC))
    header = ["Waktu", "Jangkauan total"]
    columns = {"waktu": "published_at", "jangkauan total": "reach"}
    path = write_csv(tmp_path / "a.csv", header, [["11/05/2026 09:10", 100],
                                                  ["11/07/2026 09:10", 200],
                                                  ["11/09/2026 09:10", 300]])  # fmt: skip
    with ctx.uow() as uow:
        read = preview_results(uow, path, WIB, platform="facebook", columns=columns)
        commit_results(uow, read, EXPORTED, {2: first})
    later = write_csv(tmp_path / "b.csv", header, [["11/20/2026 09:05", 500]])
    with ctx.uow() as uow:
        read = preview_results(uow, later, WIB, platform="facebook")
        assert read.matches[2].kind == "unplanned", "not the first file's post"
    with ctx.uow() as uow:
        (facebook,) = month_results(uow, 2026, 11, WIB).platforms
    assert (facebook.posts, facebook.sums["reach"]) == (3, 600)


def test_a_tied_row_goes_with_its_posts_department_and_month(
    ctx: AppContext, tmp_path: Path
) -> None:
    from sosmed_desktop.db.models import Department

    with ctx.uow() as uow:
        department = Department(name="Dinas Kesehatan", short_name="Dinkes")
        uow.session.add(department)
        uow.commit()
        department_id = department.id
    post = _published(ctx, "Jumat bersih", "facebook", datetime(2026, 10, 31, 17, 30, tzinfo=UTC),
                      "https://www.facebook.com/dinkes/posts/1")  # fmt: skip
    with ctx.uow() as uow:
        uow.session.get(Post, post).department_id = department_id
        uow.commit()
    path = write_csv(tmp_path / "fb.csv", ["Tautan", "Jangkauan total"],
                     [["https://www.facebook.com/dinkes/posts/1", 3100]])  # fmt: skip
    with ctx.uow() as uow:
        commit_results(uow, preview_results(uow, path, WIB, platform="facebook",
                                            columns={"tautan": "link", "jangkauan total": "reach"}),
                       EXPORTED)  # fmt: skip
    with ctx.uow() as uow:
        stored = uow.session.execute(
            select(PostResult.department_id, PostResult.published_at)
        ).one()
    assert stored == (department_id, datetime(2026, 10, 31, 17, 30, tzinfo=UTC)), (
        "the post's department; its publication (1 November in WIB) though the file has no time"
    )


def test_an_unknown_platform_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", ["Tautan", "Reach"], [["https://x.com/a/status/1", 3]])
    with ctx.uow() as uow, pytest.raises(ValidationError) as refused:
        preview_results(uow, path, WIB, platform="Friendster", columns={"tautan": "link"})
    assert refused.value.code == "results_platform_unknown"
