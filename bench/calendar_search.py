"""Benchmark: switching calendar months and searching, on the 10,000-post database.

Goal (issue 3): each under 50 ms at the 95th percentile, the "instant" threshold.

* month switch: what the calendar does when the officer presses PgDn — a fresh
  unit of work, the month's posts with their filters (none) and the month's
  holidays and commemorative days — for each of the 24 months around today,
  repeated `--rounds` times;
* week switch: the same for 20 weeks;
* search: 20 queries an officer of a health department would type (words,
  prefixes while typing, a phrase, an exclusion), repeated `--rounds` times.

The generated captions draw 15-60 words from a 30-word vocabulary, so nearly
every post contains every common word: a search for "posyandu" matches most of
the 10,000 posts, a far harder case than real captions.  The figures are
printed, not asserted.

Run: ``.venv/bin/python bench/calendar_search.py [--rounds 5] [--fresh]``, and on a
PostgreSQL server with ``--database-url postgresql+psycopg://user@host/db`` (an
empty database the first time; see ``bench/generate.py``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import DEFAULT_MEDIA, DEFAULT_POSTS, generate  # noqa: E402

GOAL_MS = 50.0
QUERIES = (
    "posyandu",
    "imunisasi balita",
    "stunting",
    "demam berdarah",
    '"demam berdarah"',
    "vaksinasi lansia",
    "puskesmas",
    "cuci tangan",
    "donor darah",
    "hari kesehatan nasional",
    "jumantik",
    "air bersih sanitasi",
    "kader posyandu",
    "pemeriksaan gratis",
    "gizi -stunting",
    "sosial",  # prefix while typing "sosialisasi"
    "ke",  # two letters typed so far
    "germas",
    "pelayanan puskesmas",
    "#12",  # a post number from a title
)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (no interpolation: a value that was measured)."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def report(label: str, values: list[float], extra: str = "") -> None:
    median, p95 = statistics.median(values), percentile(values, 0.95)
    verdict = "OK" if p95 < GOAL_MS else "OVER GOAL"
    print(
        f"{label:<16} n={len(values):<4} median {median:6.2f} ms   p95 {p95:6.2f} ms   "
        f"max {max(values):6.2f} ms   p95/goal {p95 / GOAL_MS:4.2f}  {verdict}{extra}"
    )


def _months_around(today: date, count: int) -> list[tuple[int, int]]:
    start = today.year * 12 + today.month - 1 - count // 2
    return [divmod(start + i, 12) for i in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=DEFAULT_POSTS)
    parser.add_argument("--media", type=int, default=DEFAULT_MEDIA)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--database-url", default="", help="a PostgreSQL database to use")
    args = parser.parse_args(argv)

    data_dir = generate(args.posts, args.media, fresh=args.fresh, database_url=args.database_url)
    from sosmed_desktop.bootstrap import bootstrap
    from sosmed_desktop.services import calendar, calendar_marks, search

    ctx = bootstrap(data_dir)
    tz = ctx.config.tz
    try:
        with ctx.uow() as uow:
            total = calendar.count_posts(uow)
        engine = "SQLite" if ctx.is_sqlite else f"PostgreSQL ({ctx.engine.url.host})"
        print(f"Database: {data_dir} ({total} posts), {engine}, {args.rounds} rounds\n")
        months = [(y, m + 1) for y, m in _months_around(date.today(), 24)]
        with ctx.uow() as uow:  # warm the page cache and the holiday tables once
            for year, month in months:
                calendar.month_posts(uow, year, month, tz)
                calendar_marks.calendar_marks(uow, year, month)

        month_ms, sizes = [], []
        for _ in range(args.rounds):
            for year, month in months:
                began = time.perf_counter()
                with ctx.uow() as uow:
                    rows = calendar.month_posts(uow, year, month, tz)
                    calendar_marks.calendar_marks(uow, year, month)
                month_ms.append((time.perf_counter() - began) * 1000)
                sizes.append(len(rows))
        report("month switch", month_ms, f"   ({min(sizes)}-{max(sizes)} posts a month)")

        week_ms = []
        monday = date.today() - timedelta(days=date.today().weekday() + 70)
        for _ in range(args.rounds):
            for week in range(20):
                began = time.perf_counter()
                with ctx.uow() as uow:
                    calendar.week_posts(uow, monday + timedelta(weeks=week), tz)
                week_ms.append((time.perf_counter() - began) * 1000)
        report("week switch", week_ms)

        search_ms: dict[str, list[float]] = {q: [] for q in QUERIES}
        hits: dict[str, int] = {}
        for _ in range(args.rounds):
            for query in QUERIES:
                began = time.perf_counter()
                with ctx.uow() as uow:
                    found = search.search_posts(uow, query)
                search_ms[query].append((time.perf_counter() - began) * 1000)
                hits[query] = len(found)
        every = [ms for values in search_ms.values() for ms in values]
        report("search", every)
        print("\nper query (median ms, hits shown, max 50):")
        for query, values in sorted(search_ms.items(), key=lambda kv: -statistics.median(kv[1])):
            print(f"  {query:<26} {statistics.median(values):6.2f} ms  {hits[query]:>3} hits")
    finally:
        ctx.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
