"""Generate a benchmark data folder: 10,000 posts and 5,000 media rows.

The schema is created by the product's own ``bootstrap`` (so it is always the
current one, platforms included); rows are then bulk-inserted with SQLAlchemy
Core ``insert()`` executemany, which takes a few seconds.  Posts are spread over
about 24 months centred on today, so the current month holds roughly 400 of
them (over more than 20,000 posts: five years, a regency's team database, about
1,700 a month at 100,000), each with 1-3 platform variants; media rows carry fake SHA-256 strings
(no files are written).

A generated folder under ``bench/out/`` is reused when it was made with the same
sizes in the same month (the calendar opens on the current month, so a folder
from another month would measure a different load); ``--fresh`` forces a new one.

``--database-url postgresql+psycopg://user@host/db`` fills a PostgreSQL database
instead (a team's server); it must be empty the first time (``createdb``), and
the folder ``data-<posts>p-<media>m-postgresql`` points at it.

Run: ``.venv/bin/python bench/generate.py [--posts N] [--media N] [--fresh]
[--database-url URL]``
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = Path(__file__).resolve().parent / "out"
META_FILE = "bench-meta.json"
DEFAULT_POSTS = 10_000
DEFAULT_MEDIA = 5_000
PROGRAMS = 12
SPAN_DAYS = 730  # about 24 months, centred on today
REGENCY_SPAN_DAYS = 1826  # five years, for more than REGENCY_POSTS
REGENCY_POSTS = 20_000


def span_days(posts: int) -> int:
    """The days the posts are spread over, centred on today."""
    return REGENCY_SPAN_DAYS if posts > REGENCY_POSTS else SPAN_DAYS


SEED = 20_240_601

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from sqlalchemy import Engine

WORDS = (
    "posyandu",
    "imunisasi",
    "stunting",
    "gizi",
    "balita",
    "lansia",
    "vaksinasi",
    "puskesmas",
    "sosialisasi",
    "kampanye",
    "germas",
    "cuci",
    "tangan",
    "demam",
    "berdarah",
    "jumantik",
    "air",
    "bersih",
    "sanitasi",
    "kader",
    "pelayanan",
    "rapat",
    "koordinasi",
    "pemeriksaan",
    "gratis",
    "donor",
    "darah",
    "hari",
    "kesehatan",
    "nasional",
)


def folder_for(posts: int, media: int, database_url: str = "") -> Path:
    """The data folder used for a given size (and server)."""
    suffix = "-postgresql" if database_url else ""
    return OUT_DIR / f"data-{posts}p-{media}m{suffix}"


def _read_meta(data_dir: Path) -> dict | None:
    try:
        return json.loads((data_dir / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_reusable(data_dir: Path, posts: int, media: int, database_url: str = "") -> bool:
    """Whether `data_dir` was generated with these sizes (and server) in the current month."""
    meta = _read_meta(data_dir)
    return bool(
        meta
        and meta.get("posts") == posts
        and meta.get("media") == media
        and meta.get("month") == datetime.now(UTC).strftime("%Y-%m")
        and meta.get("database_url", "") == database_url
        and (database_url or (data_dir / "sosmed.db").is_file())
    )


def _require_empty(database_url: str) -> None:
    """Refuse to fill a PostgreSQL database that already holds tables."""
    from sqlalchemy import create_engine, inspect

    engine = create_engine(database_url)
    try:
        tables = inspect(engine).get_table_names()
    finally:
        engine.dispose()
    if tables:
        raise SystemExit(
            f"{database_url} is not empty ({len(tables)} tables): give the benchmark a "
            "database of its own (createdb) and drop it to generate again"
        )


def _title(rng: random.Random, number: int) -> str:
    words = rng.sample(WORDS, rng.randint(3, 7))
    return f"{' '.join(words).capitalize()} #{number}"


def _fill(data_dir: Path, posts: int, media: int, rng: random.Random) -> dict[str, int]:
    """Insert programs, media, posts, variants and some variant media; return counts."""
    from sqlalchemy import func, insert, select

    from sosmed_desktop.bootstrap import bootstrap
    from sosmed_desktop.db.models import MediaAsset, Platform, Post, PostVariant, Program
    from sosmed_desktop.db.models import VariantMedia as VariantMediaRow
    from sosmed_desktop.domain.statuses import PostStatus

    ctx = bootstrap(data_dir)
    try:
        now = datetime.now(UTC).replace(microsecond=0)
        span = span_days(posts)
        start = now - timedelta(days=span // 2)
        statuses = [s.value for s in PostStatus]
        weights = [1, 3, 2, 1, 2, 4, 1]
        with ctx.engine.begin() as conn:
            platform_ids = list(conn.scalars(select(Platform.id).order_by(Platform.position)))
            if not platform_ids:
                raise SystemExit("no platforms in the bootstrapped database")
            first_post = (conn.scalar(select(func.max(Post.id))) or 0) + 1
            first_media = (conn.scalar(select(func.max(MediaAsset.id))) or 0) + 1
            first_program = (conn.scalar(select(func.max(Program.id))) or 0) + 1

            conn.execute(
                insert(Program),
                [
                    {
                        "id": first_program + i,
                        "name": f"Program {i + 1}: {rng.choice(WORDS).capitalize()}",
                        "colour": f"#{rng.randrange(0x1000000):06x}",
                        "description": "",
                        "archived": False,
                    }
                    for i in range(PROGRAMS)
                ],
            )
            program_ids = list(range(first_program, first_program + PROGRAMS))

            media_rows = []
            for i in range(media):
                sha = hashlib.sha256(f"bench-media-{i}".encode()).hexdigest()
                imported = start + timedelta(seconds=rng.randrange(span * 86_400))
                media_rows.append(
                    {
                        "id": first_media + i,
                        "sha256": sha,
                        "original_name": f"IMG_{i:05d}.jpg",
                        "extension": "jpg",
                        "kind": "image",
                        "mime": "image/jpeg",
                        "size_bytes": rng.randrange(200_000, 6_000_000),
                        "width": 4000,
                        "height": 3000,
                        "taken_at": imported - timedelta(hours=rng.randrange(1, 72)),
                        "camera": "Bench Camera",
                        "title": _title(rng, i),
                        "description": "",
                        "favourite": rng.random() < 0.05,
                        "imported_at": imported,
                    }
                )
            conn.execute(insert(MediaAsset), media_rows)

            post_rows, variant_rows, variant_media_rows = [], [], []
            variant_id = (conn.scalar(select(func.max(PostVariant.id))) or 0) + 1
            for i in range(posts):
                post_id = first_post + i
                scheduled = start + timedelta(minutes=rng.randrange(span * 1440))
                caption = " ".join(rng.choices(WORDS, k=rng.randint(15, 60)))
                post_rows.append(
                    {
                        "id": post_id,
                        "uuid": f"00000000-0000-4000-8000-{post_id:012d}",
                        "title": _title(rng, post_id),
                        "status": rng.choices(statuses, weights)[0],
                        "scheduled_at": scheduled,
                        "master_caption": caption,
                        "program_id": rng.choice(program_ids) if rng.random() < 0.7 else None,
                        "created_at": scheduled - timedelta(days=rng.randint(1, 30)),
                        "updated_at": scheduled - timedelta(hours=rng.randint(1, 24)),
                        "version": 1,
                    }
                )
                for platform_id in rng.sample(platform_ids, rng.randint(1, 3)):
                    variant_rows.append(
                        {
                            "id": variant_id,
                            "post_id": post_id,
                            "platform_id": platform_id,
                            "caption": caption,
                            "follows_master": True,
                        }
                    )
                    if media and rng.random() < 0.5:
                        for position in range(rng.randint(1, 3)):
                            variant_media_rows.append(
                                {
                                    "variant_id": variant_id,
                                    "media_id": first_media + rng.randrange(media),
                                    "position": position,
                                    "recipe": {},
                                }
                            )
                    variant_id += 1
            conn.execute(insert(Post), post_rows)
            conn.execute(insert(PostVariant), variant_rows)
            if variant_media_rows:
                conn.execute(insert(VariantMediaRow), variant_media_rows)
        if ctx.is_sqlite:
            with ctx.engine.connect() as conn:
                # Outside a transaction: every SQLAlchemy transaction begins IMMEDIATE,
                # and a checkpoint inside one fails with "database table is locked".
                raw = conn.connection.driver_connection
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                raw.execute("ANALYZE")
        else:
            _after_bulk_insert_postgres(ctx.engine)
        return {
            "programs": PROGRAMS,
            "media": media,
            "posts": posts,
            "variants": len(variant_rows),
            "variant_media": len(variant_media_rows),
        }
    finally:
        ctx.dispose()


def _after_bulk_insert_postgres(engine: Engine) -> None:
    """Move the id sequences past the ids inserted explicitly, then gather statistics.

    PostgreSQL takes new ids from a sequence that an insert with explicit ids does
    not advance (SQLite takes max(id) + 1): the app's next post would collide.
    """
    from sqlalchemy import text

    with engine.begin() as conn:
        for table in ("programs", "media_assets", "posts", "post_variants", "variant_media"):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
                )
            )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")


def generate(
    posts: int = DEFAULT_POSTS,
    media: int = DEFAULT_MEDIA,
    *,
    fresh: bool = False,
    quiet: bool = False,
    database_url: str = "",
    data_dir: Path | None = None,
) -> Path:
    """Return a data folder with the requested rows, generating it if needed.

    `data_dir` replaces the folder under ``bench/out/`` (a bench on a throwaway
    server keeps its folder beside the server, so it never replaces the one that
    points at a lasting database)."""
    data_dir = data_dir or folder_for(posts, media, database_url)
    if not fresh and is_reusable(data_dir, posts, media, database_url):
        if not quiet:
            print(f"Reusing {data_dir}")
        return data_dir
    if database_url:
        _require_empty(database_url)
    if data_dir.exists():
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True)
    # The first-start welcome dialog would block the window; mark it done.
    settings: dict[str, object] = {"welcome_done": True}
    if database_url:
        settings["database_url"] = database_url
    (data_dir / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    began = time.perf_counter()
    counts = _fill(data_dir, posts, media, random.Random(SEED))
    meta = {
        **counts,
        "database_url": database_url,
        "month": datetime.now(UTC).strftime("%Y-%m"),
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - began, 2),
    }
    (data_dir / META_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    if not quiet:
        print(
            f"Generated {data_dir} in {meta['seconds']} s: {counts['posts']} posts, "
            f"{counts['variants']} variants, {counts['media']} media, "
            f"{counts['variant_media']} variant media, {counts['programs']} programs"
        )
    return data_dir


@contextlib.contextmanager
def generated(
    posts: int, media: int, *, database_url: str = "", postgres: bool = False, **options: bool
) -> Iterator[Path]:
    """`generate`'s folder for a bench's ``--database-url`` / ``--postgres`` choice: on
    the given server, on a throwaway one (`throwaway_postgres`; its folder is
    temporary too, so the one under ``bench/out/`` that points at a lasting server is
    never replaced), or on SQLite.  The throwaway server stops when the block ends."""
    from bench.throwaway_postgres import throwaway_postgres

    with contextlib.ExitStack() as stack:
        folder = None
        if postgres and not database_url:
            database_url = stack.enter_context(throwaway_postgres())
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "data"
            print(f"A throwaway PostgreSQL server: {database_url}; generating ...", flush=True)
        yield generate(posts, media, database_url=database_url, data_dir=folder, **options)


def main(argv: list[str] | None = None) -> int:
    """Command line: generate (or reuse) the benchmark data folder and print its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=DEFAULT_POSTS)
    parser.add_argument("--media", type=int, default=DEFAULT_MEDIA)
    parser.add_argument("--fresh", action="store_true", help="regenerate even if one exists")
    parser.add_argument("--database-url", default="", help="an empty PostgreSQL database")
    args = parser.parse_args(argv)
    generate(args.posts, args.media, fresh=args.fresh, database_url=args.database_url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
