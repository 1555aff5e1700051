#!/usr/bin/env python3
"""Soak: weeks in the tray, compressed: does resident memory keep growing?

.venv/bin/python bench/soak.py                 # 200 editors, 500 months, 200 photos, 100 reminders
.venv/bin/python bench/soak.py --quick         # 20 / 50 / 20 / 10: a minute or two
.venv/bin/python bench/soak.py --editors 400 --photo-size 3000x2000

The real main window (offscreen, on the tests' 1366×768 screen, Indonesian) opens on
a copy of the generated 10,000-post data folder (``generate.py``; only the database
and the settings are copied, into a temporary folder that is removed afterwards).
The process clock (`sosmed_desktop.clock`) is one the bench moves, as the tests' is:
it starts at the PC's time and runs on, and the reminders phase moves it forward.
Python's cycle collector runs as in the app (`collect_garbage_on_gui_thread`).

After a warm-up (a few of each phase, so the modules, fonts and first caches are
loaded) four phases run in this order, each on the officer's path:

1. **photos**: N phone-sized JPEGs (drawn once by ``media.py`` into
   ``bench/out/photos-N-WxH/``) imported as a drop on the media page does
   (`MediaPage.import_paths`), waiting for `import_finished`.  The imported photos
   are then attached to the posts the next phase opens (1–3 per platform variant,
   written straight to the copy's database: set-up, not measured).
2. **editors**: N post editors opened by the calendar's open-post command
   (`CalendarPage.posts.open_post`) one at a time, each waited for until its post
   loaded and its background work (photo previews, the feed render) is done, then
   closed (nothing was changed, so it closes without asking).
3. **months**: N PgDn / PgUp presses on the month grid (twelve forward, twelve
   back), each waited for until the period's posts arrived and the grid painted
   them (as ``month_switch.py``).
4. **reminders**: the clock moves 10 minutes (the scheduler's own recheck interval)
   and the scheduler checks (`ReminderScheduler.check_now`, the job every wake-up
   runs), 300 ms apart, until N reminders have fired.  The notification centre that
   the missed reminders opened at start stays open, as an officer leaves it.

Message boxes are answered at once and counted (a modal box would stop the soak); the
translation catalogues are read from a copy (a .qm file rewritten while Qt maps it
kills the process).

Before the first figure and after each phase: Python's cycle collector, the Qt
objects waiting for `deleteLater`, 200 ms of the event loop and the thread pool
idle; then the resident set size (RSS, `psutil`).  Printed: RSS per point, growth
per phase and in total against the goal (issue 17: less than 30 MB), a few
diagnostics (editor windows still alive, the editors' image caches, Python objects,
RSS after glibc's ``malloc_trim``, which tells memory still held from memory the
allocator kept), and the load average before and after.  It asserts nothing.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SCREEN = ROOT / "tests" / "offscreen-1366x768.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import psutil  # noqa: E402
from generate import DEFAULT_MEDIA, DEFAULT_POSTS, generate  # noqa: E402
from media import photos as draw_photos  # noqa: E402
from month_switch import PaintClock, press  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sosmed_desktop import clock as app_clock  # noqa: E402
from sosmed_desktop.bootstrap import bootstrap  # noqa: E402
from ui import i18n  # noqa: E402
from ui.app import collect_garbage_on_gui_thread, create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

GOAL_MB = 30.0
TIMEOUT_S = 60.0
FULL = {"editors": 200, "months": 500, "photos": 200, "reminders": 100}
QUICK = {"editors": 20, "months": 50, "photos": 20, "reminders": 10}
WARM = {"editors": 5, "months": 12, "photos": 10, "reminders": 3}
MONTH_RUN = 12  # presses forward, then as many back
REMINDER_STEP = timedelta(minutes=10)
CHECK_PAUSE_MS = 300
"""Between checks: back to back, they held the write lock so often that the window's
own write waited out the lock timeout ("database is locked")."""


class MovableClock:
    """The process clock: the PC's time plus what the bench added (`advance`)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta) -> None:
        self.offset += delta


def pump(ms: int) -> None:
    """Run the event loop for `ms` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(condition, what: str, timeout_s: float = TIMEOUT_S) -> None:
    """Run the event loop until `condition()` holds."""
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{what}: no answer in {timeout_s:.0f} s")
        pump(5)


def idle_pool() -> None:
    """Until the global thread pool (the operations' workers) is idle, events handled."""
    pool = QThreadPool.globalInstance()
    wait(lambda: pool.activeThreadCount() == 0, "background work")
    pump(20)


def malloc_trim() -> bool:
    """Give glibc's free memory back to the system (Linux only; a diagnostic)."""
    try:
        return bool(ctypes.CDLL("libc.so.6").malloc_trim(0))
    except (OSError, AttributeError):
        return False


class Meter:
    """Resident memory at named points, measured the same way each time."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.process = psutil.Process()
        self.points: list[tuple[str, float, float, dict]] = []

    def settle(self) -> None:
        idle_pool()
        for _ in range(3):
            gc.collect()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QApplication.processEvents()
        pump(200)
        gc.collect()

    def rss_mb(self) -> float:
        return self.process.memory_info().rss / 1_048_576

    def measure(self, name: str) -> float:
        self.settle()
        rss = self.rss_mb()
        malloc_trim()
        trimmed = self.rss_mb()
        self.points.append((name, rss, trimmed, self.diagnostics()))
        print(f"  {time.strftime('%H:%M:%S')} {name}: {rss:.1f} MB", flush=True)
        return rss

    def diagnostics(self) -> dict:
        from ui.editor.window import PostEditor

        alive = sum(isinstance(w, PostEditor) for w in QApplication.topLevelWidgets())
        facts = {"editors alive": alive, "python objects": len(gc.get_objects())}
        manager = self.window.editors
        loader = getattr(manager, "loader", None)
        if loader is not None:
            for name in ("_images", "_renders"):
                cache = getattr(loader, name, None)
                if cache is not None:
                    facts[f"loader {name.strip('_')}"] = len(cache)
            held = getattr(loader, "held_bytes", None)
            if callable(held):
                facts["loader MB"] = round(held() / 1_048_576, 1)
        return facts


# Phases ---------------------------------------------------------------------------------
def import_photos(window: MainWindow, files: list[Path]) -> list[int]:
    """Drop `files` on the media page; the ids of the photos it imported."""
    window.show_section("media")
    page = window.page("media")
    reports: list = []
    page.import_finished.connect(reports.append)
    page.import_paths(list(files))
    wait(lambda: bool(reports), "the import")
    page.import_finished.disconnect(reports.append)
    window.show_section("calendar")
    pump(100)
    return list(reports[0].media_ids)


def posts_to_open(ctx, count: int, skip: int) -> list[int]:
    """`count` posts from today on that have platform variants (`skip` first)."""
    from sqlalchemy import select

    from sosmed_desktop.db.models import Post, PostVariant

    with ctx.uow() as uow:
        rows = uow.session.execute(
            select(Post.id)
            .where(Post.deleted_at.is_(None), Post.scheduled_at >= app_clock.now())
            .where(Post.id.in_(select(PostVariant.post_id)))
            .order_by(Post.scheduled_at, Post.id)
            .offset(skip)
            .limit(count)
        ).all()
    return [row[0] for row in rows]


def attach_photos(ctx, post_ids: list[int], media_ids: list[int]) -> None:
    """Give each post's variants 1–3 of `media_ids` (set-up for the editors)."""
    from sqlalchemy import delete, insert, select

    from sosmed_desktop.db.models import PostVariant, VariantMedia

    if not media_ids:
        return
    with ctx.uow() as uow:
        session = uow.session
        variants = session.execute(
            select(PostVariant.id, PostVariant.post_id).where(PostVariant.post_id.in_(post_ids))
        ).all()
        order = {post_id: n for n, post_id in enumerate(post_ids)}
        session.execute(
            delete(VariantMedia).where(VariantMedia.variant_id.in_([v for v, _ in variants]))
        )
        rows = []
        for variant_id, post_id in variants:
            n = order[post_id]
            for position in range(1 + n % 3):
                media_id = media_ids[(3 * n + position) % len(media_ids)]
                rows.append({"variant_id": variant_id, "media_id": media_id, "position": position})
        session.execute(insert(VariantMedia), [dict(r, recipe={}) for r in rows])
        uow.commit()


def open_editors(window: MainWindow, post_ids: list[int]) -> None:
    """Open each post's editor from the calendar, let it load, close it."""
    for post_id in post_ids:
        open_and_close(window, post_id)
        pump(10)


def open_and_close(window: MainWindow, post_id: int) -> None:
    """One editor: opened by the calendar, loaded, its background work done, closed."""
    manager = window.editors
    window.calendar.posts.open_post(post_id)
    editor = manager.find(post_id)
    assert editor is not None
    wait(lambda: editor.state.ready, f"the editor of post {post_id}")
    pump(50)
    idle_pool()  # photo previews and the feed render
    if editor.is_dirty():
        DIRTY.append(post_id)
        if len(DIRTY) == 1:
            report_dirty(editor)
        editor.ask_unsaved = lambda: "discard"
    editor.close()
    wait(lambda: manager.find(post_id) is None, f"closing the editor of post {post_id}")


DIRTY: list[int] = []
"""Posts whose editor held changes nobody made (a bug: counted and discarded)."""


def report_dirty(editor) -> None:
    """Print what differs between the editor's widgets and the post as loaded."""
    import dataclasses

    now, saved = editor.current_input(), editor.state.saved_input
    for field in dataclasses.fields(now):
        a, b = getattr(now, field.name), getattr(saved, field.name)
        if a != b:
            print(
                f"  editor of post {editor.state.post_id} dirty on open: {field.name} "
                f"{b!r:.300} -> {a!r:.300}"
            )


def switch_months(window: MainWindow, clock: PaintClock, presses: int) -> None:
    """PgDn / PgUp on the month grid, each until the period is painted."""
    page = window.calendar
    view = page.month_view
    window.activateWindow()  # the page's PgDn / PgUp shortcuts need the focus in it
    view.setFocus()
    wait(lambda: QApplication.focusWidget() is view, "the month grid's focus")
    for number in range(presses):
        forward = (number // MONTH_RUN) % 2 == 0
        key = Qt.Key.Key_PageDown if forward else Qt.Key.Key_PageUp
        clock.painted.clear()
        press(window, clock, view, key)


def fire_reminders(window: MainWindow, clock: MovableClock, count: int) -> tuple[int, int]:
    """Move the clock and check until `count` reminders fired; (fired, checks)."""
    scheduler = window.reminders.scheduler
    fired: list[int] = []
    outcomes: list = []

    def on_fired(rows: list) -> None:
        fired.extend(row.id for row in rows)

    scheduler.fired.connect(on_fired)
    scheduler.checked.connect(outcomes.append)
    checks = 0
    while len(fired) < count:
        clock.advance(REMINDER_STEP)
        before = len(outcomes)
        scheduler.check_now()
        wait(lambda before=before: len(outcomes) > before, "a reminder check")
        checks += 1
        pump(CHECK_PAUSE_MS)  # the window's own writes (cards marked as seen) take turns
        if checks > 50 * count:
            break
    scheduler.fired.disconnect(on_fired)
    scheduler.checked.disconnect(outcomes.append)
    return len(fired), checks


# Report ---------------------------------------------------------------------------------
def report(meter: Meter, counts: dict, seconds: dict) -> None:
    points = meter.points
    base = points[1][1]  # after the warm-up
    print(f"{'point':34} {'RSS MB':>8} {'growth':>8} {'trimmed':>8}   diagnostics")
    previous = points[0][1]
    for name, rss, trimmed, facts in points:
        took = f" ({seconds[name]:.0f} s)" if name in seconds else ""
        detail = ", ".join(f"{k} {v}" for k, v in facts.items())
        print(f"{name + took:34} {rss:8.1f} {rss - previous:+8.1f} {trimmed:8.1f}   {detail}")
        previous = rss
    total = points[-1][1] - base
    verdict = "met" if total < GOAL_MB else "MISSED"
    trimmed_total = points[-1][2] - points[1][2]
    print(
        f"Total growth after warm-up: {total:+.1f} MB (goal < {GOAL_MB:.0f} MB: {verdict}); "
        f"after malloc_trim {trimmed_total:+.1f} MB.  Counts: "
        + ", ".join(f"{k} {v}" for k, v in counts.items())
    )


def copy_data(source: Path, target: Path) -> Path:
    """The database and settings of a generated folder, copied (the rest is made anew)."""
    target.mkdir(parents=True)
    for name in ("sosmed.db", "sosmed.db-wal", "settings.json"):
        if (source / name).exists():
            shutil.copy2(source / name, target / name)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of each count")
    for name in FULL:
        parser.add_argument(f"--{name}", type=int, default=None, help=f"default {FULL[name]}")
    parser.add_argument("--photo-size", default="4000x3000", help="WxH of the drawn photos")
    parser.add_argument("--posts", type=int, default=DEFAULT_POSTS)
    parser.add_argument("--media", type=int, default=DEFAULT_MEDIA)
    args = parser.parse_args(argv)
    counts = {k: getattr(args, k) or (QUICK if args.quick else FULL)[k] for k in FULL}
    width, height = (int(v) for v in args.photo_size.lower().split("x"))

    source = generate(args.posts, args.media, quiet=True)
    files = draw_photos(WARM["photos"] + counts["photos"], width, height)
    load_before = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="sosmed-soak-"))
    try:
        return run(args, counts, copy_data(source, tmp / "data"), files, load_before)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


BOXES: list[str] = []
"""Message boxes the app showed (answered at once: a modal box would stop the soak)."""


def answer_boxes() -> None:
    """Record every message box instead of waiting for an answer."""
    from PySide6.QtWidgets import QMessageBox

    def answered(box: QMessageBox) -> int:
        BOXES.append(f"{box.windowTitle()}: {box.text()}")
        print(f"  message box: {BOXES[-1]}", flush=True)
        return int(QMessageBox.StandardButton.Ok)

    QMessageBox.exec = answered


def run(args, counts: dict, data_dir: Path, files: list[Path], load_before) -> int:
    clock = MovableClock()
    app_clock.install(clock)
    app = create_application([sys.argv[0]])
    # Qt maps a .qm file into memory: rewritten while the soak runs (lrelease in the
    # same tree), it would kill the process (SIGBUS).  A copy of the catalogues is read.
    private = data_dir.parent / "translations"
    shutil.copytree(i18n.TRANSLATIONS_DIR, private)
    i18n.TRANSLATIONS_DIR = private
    i18n.install_translators(app, "id")
    collect_garbage_on_gui_thread(app)
    paints = PaintClock()
    ctx = bootstrap(data_dir)
    window = MainWindow(ctx.config, ctx.log_file)
    window.show()
    window.set_context(ctx)
    choices: list[bool] = []
    window.calendar.choices_loaded.connect(lambda: choices.append(True))
    wait(lambda: bool(choices), "the calendar")
    window.start_reminders()
    checked: list = []
    window.reminders.scheduler.checked.connect(checked.append)
    wait(lambda: bool(checked), "the first reminder check")
    window.reminders.scheduler.checked.disconnect(checked.append)
    pump(1000)
    print(
        f"Soak — {args.posts:,} posts; photos {width_height(files)}; window "
        f"{window.width()}×{window.height()}; Python {sys.version.split()[0]}; "
        f"load average {' '.join(f'{v:.2f}' for v in load_before)}"
    )
    answer_boxes()
    meter = Meter(window)
    meter.measure("started")

    warm_files, files = files[: WARM["photos"]], files[WARM["photos"] :]
    warm_media = import_photos(window, warm_files)
    warm_posts = posts_to_open(ctx, WARM["editors"], 0)
    attach_photos(ctx, warm_posts, warm_media)
    open_editors(window, warm_posts)
    switch_months(window, paints, WARM["months"])
    fire_reminders(window, clock, WARM["reminders"])
    meter.measure("warmed up (baseline)")

    seconds: dict[str, float] = {}
    started = time.perf_counter()
    media_ids = import_photos(window, files)
    seconds["photos imported"] = time.perf_counter() - started
    meter.measure("photos imported")

    post_ids = posts_to_open(ctx, counts["editors"], WARM["editors"])
    attach_photos(ctx, post_ids, media_ids)
    pump(500)
    started = time.perf_counter()
    open_editors(window, post_ids)
    seconds["editors opened and closed"] = time.perf_counter() - started
    meter.measure("editors opened and closed")

    started = time.perf_counter()
    switch_months(window, paints, counts["months"])
    seconds["months switched"] = time.perf_counter() - started
    meter.measure("months switched")

    started = time.perf_counter()
    fired, checks = fire_reminders(window, clock, counts["reminders"])
    seconds["reminders fired"] = time.perf_counter() - started
    meter.measure("reminders fired")

    done = {
        "photos": len(media_ids),
        "editors": len(post_ids),
        "months": counts["months"],
        "reminders": f"{fired} in {checks} checks",
        "editors with changes on open (discarded)": len(DIRTY),
        "message boxes": len(BOXES),
    }
    report(meter, done, seconds)
    load_after = os.getloadavg()
    print(
        f"Load average before {' '.join(f'{v:.2f}' for v in load_before)}, "
        f"after {' '.join(f'{v:.2f}' for v in load_after)}."
    )
    window.stop_reminders()
    window.quit_app()
    ctx.dispose()
    app_clock.install(app_clock.SystemClock())
    return 0


def width_height(files: list[Path]) -> str:
    from PIL import Image

    with Image.open(files[0]) as image:
        return f"{len(files)} of {image.width}×{image.height}"


if __name__ == "__main__":
    sys.exit(main())
