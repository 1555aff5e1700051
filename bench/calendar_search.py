"""Benchmark: switching calendar months and searching, on the 10,000-post database.

Goal (issues 3 and 5): each under 50 ms at the 95th percentile, the "instant" threshold.

* month switch: what the calendar does when the officer presses PgDn — a fresh
  unit of work, the month's posts with their filters (none) and the month's
  holidays and commemorative days — for each of the 24 months around today,
  repeated `--rounds` times;
* week switch: the same for 20 weeks;
* search: 20 queries an officer of a health department would type (words,
  prefixes while typing, a phrase, an exclusion, figures), repeated `--rounds`
  times, over posts, `--directions` directions and `--notes` data notes (2,000
  each by default, added once to the generated folder), with the engine the
  application uses on the database (FTS5 on SQLite, tsvector on PostgreSQL)
  and, for comparison, the portable LIKE engine (the fallback where those
  indexes are missing) on the same database.

The generated captions, directions and note titles draw their words from the
same 30-word vocabulary, so nearly every record contains every common word: a
search for "posyandu" matches most of the 14,000 records, a far harder case
than real text.  The figures are printed, not asserted.

Run: ``.venv/bin/python bench/calendar_search.py [--rounds 5] [--fresh] [--no-like]``
(``--no-like``: only the database's own engine); ``--postgres`` on a throwaway
PostgreSQL server of its own (`bench/throwaway_postgres.py`, filled anew each run), or
on a lasting server with ``--database-url postgresql+psycopg://user@host/db`` (an
empty database the first time; see ``bench/generate.py``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import DEFAULT_MEDIA, DEFAULT_POSTS, WORDS, generated  # noqa: E402

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
    "bupati",  # who gave a direction
    "1.250",  # a figure as the officer writes it
)
LEADERS = (
    ("H. Dani Ramdan", "Bupati Bekasi"),
    ("dr. Ahmad Fauzi", "Kepala Dinas Kesehatan"),
    ("Hj. Nurhayati", "Sekretaris Dinas"),
    ("Dedi Supriadi", "Kepala Bidang P2P"),
)
UNITS = ("dosis", "%", "kasus", "orang", "unit", "balita")
SOURCES = ("Dinas Kesehatan", "Profil Kesehatan 2025", "BPS Kabupaten Bekasi", "Puskesmas Tambun")


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


def ensure_records(ctx, directions: int, notes: int) -> tuple[int, int]:
    """Add directions and data notes (with tags) up to the wanted numbers; the search
    triggers index them as they are inserted.  Returns the numbers now present."""
    import random
    from datetime import UTC, datetime

    from sqlalchemy import func, insert, select

    from sosmed_desktop.db.models import DataNote, Direction, Program, Tag, data_note_tags

    rng = random.Random(5)
    now = datetime.now(UTC)
    with ctx.engine.begin() as conn:
        have_directions = conn.scalar(select(func.count(Direction.id))) or 0
        have_notes = conn.scalar(select(func.count(DataNote.id))) or 0
        programs = list(conn.scalars(select(Program.id))) or [None]
        if directions > have_directions:
            conn.execute(
                insert(Direction),
                [
                    {
                        "given_by_name": LEADERS[i % len(LEADERS)][0],
                        "given_by_position": LEADERS[i % len(LEADERS)][1],
                        "given_at": now - timedelta(days=rng.randrange(400)),
                        "channel": "rapat",
                        "content": " ".join(rng.choices(WORDS, k=rng.randint(8, 30))),
                        "program_id": rng.choice(programs),
                        "status": ("baru", "dikerjakan", "selesai", "dibatalkan")[i % 4],
                    }
                    for i in range(have_directions, directions)
                ],
            )
        if notes > have_notes:
            first = (conn.scalar(select(func.max(DataNote.id))) or 0) + 1
            conn.execute(
                insert(DataNote),
                [
                    {
                        "id": first + i,
                        "title": " ".join(rng.sample(WORDS, rng.randint(3, 6))).capitalize(),
                        "value": str(rng.randrange(1, 2_000_000)),
                        "unit": rng.choice(UNITS),
                        "period": f"Tahun {rng.randint(2019, 2025)}",
                        "source": rng.choice(SOURCES),
                        "created_at": now,
                    }
                    for i in range(notes - have_notes)
                ],
            )
            tags = {
                name: conn.scalar(select(Tag.id).where(Tag.name == name)) for name in WORDS[:20]
            }
            for name, ident in tags.items():
                if ident is None:
                    tags[name] = conn.execute(insert(Tag).values(name=name)).inserted_primary_key[0]
            conn.execute(
                insert(data_note_tags),
                [
                    {"data_note_id": first + i, "tag_id": tag}
                    for i in range(notes - have_notes)
                    for tag in rng.sample(sorted(tags.values()), rng.randint(0, 2))
                ],
            )
    if not ctx.is_sqlite and (directions > have_directions or notes > have_notes):
        # As the server's autovacuum would after such an insert (generate.py does the
        # same after its own): fresh statistics, and the visibility map set, without
        # which an index-only scan visits the table for every row.
        with ctx.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    return max(directions, have_directions), max(notes, have_notes)


def _months_around(today: date, count: int) -> list[tuple[int, int]]:
    start = today.year * 12 + today.month - 1 - count // 2
    return [divmod(start + i, 12) for i in range(count)]


def time_search(ctx, label: str, engine, rounds: int) -> None:
    """Time every query with `engine`, as the search dialog runs it (a fresh unit of work).

    Besides the wall-clock figures it prints the CPU time of the searching thread
    (SQLite runs in it): on a machine shared with other work that is the steadier one.
    """
    search_ms: dict[str, list[float]] = {q: [] for q in QUERIES}
    cpu_ms: list[float] = []
    kinds: dict[str, Counter[str]] = {}
    for _ in range(rounds):
        for query in QUERIES:
            began, began_cpu = time.perf_counter(), time.thread_time()
            with ctx.uow(read_only=True) as uow:  # as the dialog's `Operations.read` does
                found = engine.search(uow, query)
            cpu_ms.append((time.thread_time() - began_cpu) * 1000)
            search_ms[query].append((time.perf_counter() - began) * 1000)
            kinds[query] = Counter(hit.kind.value for hit in found)
    every = [ms for values in search_ms.values() for ms in values]
    report(label, every)
    print(
        f"  CPU time: median {statistics.median(cpu_ms):6.2f} ms   "
        f"p95 {percentile(cpu_ms, 0.95):6.2f} ms"
    )
    print("  per query (median ms; hits shown, max 50: posts / directions / notes):")
    for query, values in sorted(search_ms.items(), key=lambda kv: -statistics.median(kv[1])):
        k = kinds[query]
        shown = f"{k['post']:>2} / {k['direction']:>2} / {k['data_note']:>2}"
        print(f"    {query:<24} {statistics.median(values):7.2f} ms   {shown}")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=DEFAULT_POSTS)
    parser.add_argument("--media", type=int, default=DEFAULT_MEDIA)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--directions", type=int, default=2000)
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--no-like", action="store_true", help="skip the portable engine")
    parser.add_argument("--skip-calendar", action="store_true", help="only the searches")
    parser.add_argument("--database-url", default="", help="a PostgreSQL database to use")
    parser.add_argument("--postgres", action="store_true", help="on a throwaway server")
    args = parser.parse_args(argv)
    with generated(
        args.posts,
        args.media,
        database_url=args.database_url,
        postgres=args.postgres,
        fresh=args.fresh,
    ) as data_dir:
        return run(args, data_dir)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    """Time the calendar and the searches on the generated `data_dir`."""
    from sosmed_desktop.bootstrap import bootstrap
    from sosmed_desktop.services.calendar import calendar
    from sosmed_desktop.services.search import search

    ctx = bootstrap(data_dir)
    try:
        n_directions, n_notes = ensure_records(ctx, args.directions, args.notes)
        with ctx.uow() as uow:
            total = calendar.count_posts(uow)
        engine = "SQLite" if ctx.is_sqlite else f"PostgreSQL ({ctx.engine.url.host})"
        print(
            f"Database: {data_dir} ({total} posts, {n_directions} directions, "
            f"{n_notes} data notes), {engine}, {args.rounds} rounds, "
            f"load average {os.getloadavg()[0]:.2f}\n"
        )
        if not args.skip_calendar:
            time_calendar(ctx, args.rounds)
        with ctx.uow() as uow:
            own = search.engine_for(uow)
        label = f"search ({type(own).__name__})"
        engines: list[tuple[str, search.SearchEngine]] = [(label, own)]
        if not args.no_like and not isinstance(own, search.LikeSearch):
            engines.append(("search (LIKE)", search.LikeSearch()))
        for label, engine in engines:
            time_search(ctx, label, engine, args.rounds)
    finally:
        ctx.dispose()
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


def time_calendar(ctx, rounds: int) -> None:
    """Month and week switches, as the calendar page makes them."""
    from sosmed_desktop.services.calendar import calendar
    from sosmed_desktop.services.calendar import marks as calendar_marks

    tz = ctx.config.tz
    months = [(y, m + 1) for y, m in _months_around(date.today(), 24)]
    with ctx.uow() as uow:  # warm the page cache and the holiday tables once
        for year, month in months:
            calendar.month_posts(uow, year, month, tz)
            calendar_marks.calendar_marks(uow, year, month)

    month_ms, sizes = [], []
    for _ in range(rounds):
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
    for _ in range(rounds):
        for week in range(20):
            began = time.perf_counter()
            with ctx.uow() as uow:
                calendar.posts_between(
                    uow, *calendar.week_bounds(monday + timedelta(weeks=week), tz)
                )
            week_ms.append((time.perf_counter() - began) * 1000)
    report("week switch", week_ms)


if __name__ == "__main__":
    sys.exit(main())
