"""Time the move of a data folder into an empty team database (services/team/server_migration.py).

Two figures: the demo data (``seed-demo``: about 600 rows, 12 photos) and the
benchmark folder of `bench/generate.py` (10,000 posts) with PHOTOS real photos of
about 1.7 MB each instead of its generated media rows (those carry fake hashes
and have no files: the move would refuse them).  Each
move goes into a fresh database, dropped afterwards, on the server named by
``SOSMED_TEST_POSTGRES`` (whose user may create databases) or, without it, on a
throwaway server of its own (`bench/throwaway_postgres.py`).

Run: ``[SOSMED_TEST_POSTGRES=postgresql+psycopg://postgres@127.0.0.1:55432/postgres]
.venv/bin/python bench/server_migration.py [--posts N] [--photos N]``
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.engines import PostgresServer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _photos(folder: Path, count: int) -> list[Path]:
    """Noisy 2000×1500 JPEGs (noise does not compress: about 1.7 MB each)."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        image = Image.effect_noise((2000, 1500), 40 + number % 20).convert("RGB")
        path = folder / f"foto-{number:03}.jpg"
        image.save(path, quality=85)
        paths.append(path)
    return paths


def _move(config, server) -> None:  # type: ignore[no-untyped-def]
    from sosmed_desktop.services.team.server_migration import migrate_to_server

    url = server.create_empty_database()
    try:
        began = time.perf_counter()
        report = migrate_to_server(config, url)
        seconds = time.perf_counter() - began
    finally:
        server.drop_database(url)
    megabytes = report.media_bytes / 1_000_000
    print(
        f"  {report.rows:,} rows and {report.media_files} originals ({megabytes:.1f} MB) "
        f"in {seconds:.2f} s: {report.rows / seconds:,.0f} rows/s"
        + (f", {megabytes / seconds:.1f} MB/s of originals" if megabytes else "")
    )


def main() -> int:
    from bench.throwaway_postgres import server as postgres
    from tests.engines import PostgresServer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--photos", type=int, default=50)
    args = parser.parse_args()
    with postgres(os.environ.get("SOSMED_TEST_POSTGRES", "")) as url:
        return run(args, PostgresServer(url))


def run(args: argparse.Namespace, server: PostgresServer) -> int:
    """Both moves into fresh databases of `server` (a `tests.engines.PostgresServer`)."""
    from sqlalchemy import text

    from sosmed_desktop.bootstrap import bootstrap
    from sosmed_desktop.config import Config
    from sosmed_desktop.demo.seed import seed_demo
    from sosmed_desktop.services.media.bulk_import import import_paths

    print(f"PostgreSQL {server.check()}")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            demo = Path(tmp) / "demo"
            ctx = bootstrap(demo)
            seed_demo(ctx)
            ctx.dispose()
            print("demo data:")
            _move(Config.load(demo), server)
            sys.path.insert(0, str(ROOT / "bench"))
            from generate import generate

            folder = generate(args.posts, 1, fresh=True, quiet=True)
            ctx = bootstrap(folder)
            with ctx.engine.begin() as conn:  # generated media rows have no files: drop them
                conn.execute(text("DELETE FROM variant_media"))
                conn.execute(text("DELETE FROM media_assets"))
            import_paths(ctx, _photos(Path(tmp) / "photos", args.photos))
            ctx.dispose()
            print(f"bench folder ({args.posts:,} posts, {args.photos} photos):")
            _move(Config.load(folder), server)
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
