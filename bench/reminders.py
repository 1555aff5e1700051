"""Reminder and backup bench: how long a scheduler check and a backup take on a big calendar.

On a copy of the generated data folder (10,000 posts over about 24 months; see
``generate.py``) this times, with the PC's clock:

* the first check (reminders derived for every upcoming post and written),
* a repeated check with nothing changed (what runs every 10 minutes and after
  each change; it must stay small next to a frame of the GUI thread, but it
  runs on the scheduler's thread, never on the GUI thread),
* `sync_for_post` after rescheduling one post (what the post services call
  inside their save),
* one verified automatic backup (online backup API + quick_check) and pruning.

It prints figures (median of the repeats); it asserts nothing.

Run: ``.venv/bin/python bench/reminders.py [--repeat 5]``
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from generate import DEFAULT_MEDIA, DEFAULT_POSTS, generate  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from sosmed_desktop.bootstrap import bootstrap  # noqa: E402
from sosmed_desktop.clock import SystemClock  # noqa: E402
from sosmed_desktop.db.models import Post, Reminder  # noqa: E402
from sosmed_desktop.services import autobackup  # noqa: E402
from sosmed_desktop.services.reminders import reminders  # noqa: E402

HORIZON = timedelta(hours=24)


def timed(fn) -> tuple[float, object]:
    began = time.perf_counter()
    value = fn()
    return (time.perf_counter() - began) * 1000, value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    source = generate(DEFAULT_POSTS, DEFAULT_MEDIA, quiet=True)
    clock = SystemClock()
    with tempfile.TemporaryDirectory(prefix="sosmed-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        shutil.copytree(source, data_dir, ignore=shutil.ignore_patterns("backups", "logs"))
        ctx = bootstrap(data_dir)
        try:
            prefs = reminders.prefs_from_config(ctx.config)

            def check() -> reminders.CheckOutcome:
                with ctx.uow() as uow:
                    return reminders.run_check(uow, clock.now(), prefs, HORIZON)

            first_ms, first = timed(check)
            repeats = [timed(check) for _ in range(args.repeat)]
            with ctx.uow() as uow:
                posts = uow.session.scalar(select(func.count(Post.id)))
                rows = uow.session.scalar(select(func.count(Reminder.id)))
                upcoming = uow.session.scalar(
                    select(Post.id)
                    .where(Post.scheduled_at > clock.now() + timedelta(days=3))
                    .order_by(Post.scheduled_at)
                    .limit(1)
                )
            post_ms = []
            for step in range(args.repeat):
                with ctx.uow() as uow:
                    post = uow.session.get_one(Post, upcoming)
                    post.scheduled_at += timedelta(hours=1 + step)
                    began = time.perf_counter()
                    reminders.sync_for_post(uow, upcoming, prefs, clock.now())
                    post_ms.append((time.perf_counter() - began) * 1000)
                    uow.commit()
            tracker = autobackup.ChangeTracker()
            tracker.note()
            config = ctx.config
            backup_ms, result = timed(
                lambda: autobackup.backup_if_changed(
                    config.db_path, config.backups_dir, tracker, clock.now(), config.tz
                )
            )
            size_mb = result.path.stat().st_size / 1e6 if result else 0.0
        finally:
            ctx.dispose()
    print(f"Data: {posts} posts; {rows} reminder rows after the first check")
    print(
        f"First check (derive and write all):   {first_ms:8.1f} ms "
        f"({first.synced.created} created, {len(first.wake_times)} wake-ups in 24 h)"
    )
    print(
        f"Check with nothing changed (median):  {statistics.median(r[0] for r in repeats):8.1f} ms"
    )
    print(f"sync_for_post after a reschedule:     {statistics.median(post_ms):8.1f} ms (median)")
    print(f"Automatic backup + quick_check:       {backup_ms:8.1f} ms for {size_mb:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
