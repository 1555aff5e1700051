"""Writers at once: the officer's window, the scheduler, a background import and another program.

For a bounded time (``SOSMED_CONCURRENCY_SECONDS``, 120 s by default: the issue's "a few
minutes", within CI's time limit) they all write to one database, as they do in the
application: the window writes its recovery drafts, saves posts and approves, the
scheduler moves its posts and writes backups, an import stages photos on worker threads,
and a second process (a command run while the window is open) creates posts through its
own engine.  No "database
is locked" (`DatabaseLockedError`) may reach anyone: writers take the write
lock up front (``BEGIN IMMEDIATE``) and wait for each other (busy timeout).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.errors import DatabaseLockedError
from sosmed_desktop.services.backup import backup_sqlite
from sosmed_desktop.services.check import run_check
from sosmed_desktop.services.media.bulk_import import import_paths
from sosmed_desktop.services.posts import editor_drafts, posts, workflow
from tests.reliability.figures import record
from tests.unit.posting import WIB, add_photo, post_input, set_profile

SECONDS = float(os.environ.get("SOSMED_CONCURRENCY_SECONDS", "120"))
REVIEWER = ("dr. Ahmad Fauzi", "Kepala Dinas Kesehatan")


class Writers:
    """Runs writer loops until the deadline; counts writes, keeps every error."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.writes: Counter[str] = Counter()
        self.errors: list[str] = []
        self.locked = 0
        self.slowest: dict[str, float] = {}
        self._lock = threading.Lock()

    def running(self) -> bool:
        return time.monotonic() < self.deadline and not self.errors

    def loop(self, name: str, step: Callable[[int], None]) -> threading.Thread:
        def run() -> None:
            n = 0
            while self.running():
                n += 1
                started = time.monotonic()
                try:
                    step(n)
                except DatabaseLockedError as exc:
                    with self._lock:
                        self.locked += 1
                        self.errors.append(f"{name}: {exc!r}")
                except BaseException:
                    with self._lock:
                        self.errors.append(f"{name}: {traceback.format_exc()}")
                    return
                took = time.monotonic() - started
                with self._lock:
                    self.writes[name] += 1
                    self.slowest[name] = max(self.slowest.get(name, 0.0), took)

        thread = threading.Thread(target=run, name=name)
        thread.start()
        return thread


def window_writer(ctx: AppContext, photo: int) -> Callable[[int], None]:
    """What the officer's window writes: recovery drafts, saves, now and then an approval."""
    mine: dict[int, int] = {}

    def step(n: int) -> None:
        data = post_input((photo,), title=f"Jendela {n}", caption=f"Kegiatan ke-{n} #BekasiSehat")
        editor_drafts.save_draft(ctx.config, "new-00000001", data)
        with ctx.uow() as uow:
            if mine and n % 2:
                post_id = random.choice(list(mine))
                detail = posts.update_post(uow, post_id, data, mine[post_id]).post
            else:
                detail = posts.create_post(uow, data)
        mine[detail.id] = detail.version
        if n % 10 == 0:  # a post just created (even n), submitted and approved
            with ctx.uow() as uow:
                workflow.submit_for_review(uow, detail.id)
            with ctx.uow() as uow:
                mine[detail.id] = workflow.approve(uow, detail.id, *REVIEWER).version

    return step


def scheduler_writer(ctx: AppContext) -> Callable[[int], None]:
    """What the scheduler writes: its own posts moved in time, and a backup now and then."""
    with ctx.uow() as uow:
        own = [posts.create_post(uow, post_input(title=f"Terjadwal {i}")).id for i in range(3)]
    versions: dict[int, int | None] = dict.fromkeys(own)

    def step(n: int) -> None:
        post_id = own[n % len(own)]
        when = datetime(2026, 12, 1, 9, 0, tzinfo=WIB) + timedelta(hours=n)
        with ctx.uow() as uow:
            versions[post_id] = posts.reschedule(uow, post_id, when, versions[post_id]).version
        if n % 10 == 0:
            backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
        time.sleep(0.02)

    return step


def import_writer(ctx: AppContext, folder: Path) -> Callable[[int], None]:
    """A background import: three new photos a batch, staged on two worker threads."""
    rng = random.Random(7)

    def step(n: int) -> None:
        batch = folder / f"batch-{n}"
        batch.mkdir(parents=True)
        for i in range(3):
            pixels = rng.randbytes(32 * 24 * 3)
            Image.frombytes("RGB", (32, 24), pixels).save(batch / f"{i}.jpg", "JPEG")
        report = import_paths(ctx, [batch], workers=2)
        assert len(report.media_ids) == 3, report

    return step


def other_program(data_dir: str, seconds: float, result: multiprocessing.Queue) -> None:
    """A second process with its own engine (a command run while the window is open)."""
    ctx = bootstrap(Path(data_dir))
    writes, problems = 0, []
    deadline = time.monotonic() + seconds
    try:
        while time.monotonic() < deadline:
            try:
                with ctx.uow() as uow:
                    posts.create_post(uow, post_input(title=f"Perintah {writes}"))
                writes += 1
            except DatabaseLockedError as exc:
                problems.append(repr(exc))
            time.sleep(0.01)
    finally:
        ctx.dispose()
        result.put((writes, problems))


@pytest.mark.slow
def test_writers_at_once_never_see_database_is_locked(ctx: AppContext, tmp_path: Path) -> None:
    set_profile(ctx)
    photo = add_photo(ctx, tmp_path / "foto", 1080, 1350)
    mp = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue = mp.Queue()
    process = mp.Process(
        target=other_program, args=(str(ctx.config.data_dir), SECONDS, queue), daemon=True
    )
    process.start()
    writers = Writers(SECONDS)
    threads = [
        writers.loop("window", window_writer(ctx, photo)),
        writers.loop("scheduler", scheduler_writer(ctx)),
        writers.loop("import", import_writer(ctx, tmp_path / "kamera")),
    ]
    for thread in threads:
        thread.join()
    other_writes, other_problems = queue.get(timeout=SECONDS + 60)
    process.join(30)
    writers.writes["other process"] = other_writes
    record("concurrency: seconds of writing at once", f"{SECONDS:.0f}")
    record("concurrency: writes by writer", dict(sorted(writers.writes.items())))
    record("concurrency: 'database is locked' seen", writers.locked + len(other_problems))
    record(
        "concurrency: slowest single write (s)",
        {k: round(v, 2) for k, v in sorted(writers.slowest.items())},
    )
    assert writers.errors == [], "\n".join(writers.errors[:5])
    assert other_problems == []
    assert all(writers.writes[name] > 0 for name in ("window", "scheduler", "import"))
    assert other_writes > 0
    report = run_check(ctx)
    assert report.ok, report.findings
