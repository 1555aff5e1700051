"""Time the directions and data-notes reads and the CSV import on a large office.

Builds a fresh data folder in a temporary directory: `--directions` directions
(each linked to two of `--posts` posts) and `--notes` data notes cited by posts,
then times what the "Arahan & Data" page does on every refresh (the list of open
directions with its summary; the data notes with their stale marks), the
content check `stale_citations` for one post, and the import of a CSV file of
`--rows` rows (read and check, then write in one transaction).  It prints
figures; nothing is asserted.

Run: ``.venv/bin/python bench/directions.py [--directions N] [--notes N] [--rows N]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from sosmed_desktop.bootstrap import AppContext, bootstrap  # noqa: E402
from sosmed_desktop.db.models import (  # noqa: E402
    DataNote,
    Direction,
    Post,
    direction_posts,
    post_data_notes,
)
from sosmed_desktop.services.directions import data_note_import, data_notes, directions  # noqa: E402


def timed(fn: Callable[[], object], runs: int = 5) -> tuple[float, object]:
    """Median milliseconds of `runs` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def fill(ctx: AppContext, n_directions: int, n_notes: int, n_posts: int) -> None:
    now = datetime.now(UTC)
    with ctx.uow() as uow:
        s = uow.session
        s.execute(
            insert(Post),
            [
                {
                    "title": f"Posting {i}",
                    "status": "draf",
                    "scheduled_at": now + timedelta(hours=i),
                }
                for i in range(n_posts)
            ],
        )
        s.execute(
            insert(Direction),
            [
                {
                    "given_by_name": f"Pimpinan {i % 12}",
                    "given_at": now - timedelta(days=i % 60 + 1),
                    "channel": "rapat",
                    "content": f"Arahan nomor {i} tentang imunisasi dan posyandu",
                    "due_at": now + timedelta(days=i % 30 - 10),
                    "status": ("baru", "dikerjakan", "selesai", "dibatalkan")[i % 4],
                }
                for i in range(n_directions)
            ],
        )
        s.execute(
            insert(direction_posts),
            [
                {"direction_id": d + 1, "post_id": (d * 2 + k) % n_posts + 1}
                for d in range(0, n_directions, 2)
                for k in range(2)
            ],
        )
        s.execute(
            insert(DataNote),
            [
                {
                    "title": f"Indikator {i}",
                    "value": str(1000 + i),
                    "source": "Dinas Kesehatan",
                    "as_of": date.today() - timedelta(days=i % 400),
                }
                for i in range(n_notes)
            ],
        )
        s.execute(
            insert(post_data_notes),
            [{"post_id": i % n_posts + 1, "data_note_id": i + 1} for i in range(n_notes)],
        )
        uow.commit()


def write_csv(path: Path, rows: int) -> None:
    lines = ["judul;nilai;satuan;periode;per_tanggal;sumber;tautan;tag"]
    lines += [
        f"Indikator impor {i};{i * 1000 + 7:,}".replace(",", ".")
        + f",5;%;Tahun 2025;20/06/2025;Dinas Kesehatan;;tag{i % 20}"
        for i in range(rows)
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--directions", type=int, default=2000)
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = bootstrap(Path(tmp) / "data")
        try:
            fill(ctx, args.directions, args.notes, args.posts)
            tz = ctx.config.tz
            fresh = data_notes.Freshness.now(ctx.config.stale_days, tz)

            def page_directions() -> int:
                with ctx.uow() as uow:
                    rows = directions.list_directions(uow, None, tz=tz)
                    directions.direction_summary(uow, tz=tz)
                    return len(rows)

            def page_notes() -> int:
                with ctx.uow() as uow:
                    return len(data_notes.list_notes(uow, None, fresh))

            def check_post() -> int:
                with ctx.uow() as uow:
                    return len(data_notes.stale_citations(uow, 1, fresh))

            ms, shown = timed(page_directions)
            print(
                f"directions page refresh ({args.directions} directions, {shown} open): {ms:.1f} ms"
            )
            ms, shown = timed(page_notes)
            print(f"data notes page refresh ({shown} notes): {ms:.1f} ms")
            ms, _ = timed(check_post, runs=21)
            print(f"stale_citations for one post: {ms:.2f} ms")

            csv_file = Path(tmp) / "import.csv"
            write_csv(csv_file, args.rows)
            with ctx.uow() as uow:
                start = time.perf_counter()
                preview = data_note_import.preview_import(uow, csv_file)
                read_ms = (time.perf_counter() - start) * 1000
                start = time.perf_counter()
                outcome = data_note_import.commit_import(uow, preview)
                write_ms = (time.perf_counter() - start) * 1000
            print(
                f"CSV import of {args.rows} rows: preview {read_ms:.0f} ms, "
                f"write {write_ms:.0f} ms ({len(outcome.created)} created, one transaction); "
                f"{(read_ms + write_ms) / args.rows:.2f} ms per row"
            )
        finally:
            ctx.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
