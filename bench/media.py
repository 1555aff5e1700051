"""Media benchmark: import thumbnail throughput, GUI stalls during an import, memory at 5,000 items.

Three figures, each measured in a fresh child process (so one does not warm or
bloat the next) and printed with its goal from issue 4:

* thumbnails per second while `import_paths` imports N phone-sized photos
  (copy, hash, decode, thumbnail, commit on W worker threads), against a plain
  single-threaded Pillow ``Image.open(f).thumbnail((256, 256))`` loop over the
  same files in the same process -- goal: at least 0.9 x plain rate x W;
* the longest gap between ticks of a 2 ms QTimer on the GUI thread while the
  media page imports 200 photos (dropped on the real page of the real window)
  -- goal: under 50 ms;
* resident memory of the application after scrolling the media grid of the
  5,000-item bench data folder from top to bottom, letting each screenful of
  thumbnails load -- goal: under 350 MB.

Photos are drawn once into ``bench/out/photos-N-WxH/`` (the demo's phone-photo
scenes, enlarged, each stamped with its number so every file is distinct, with
the demo's EXIF) and reused.  It prints figures; it asserts nothing.

Run: ``.venv/bin/python bench/media.py [--photos 200] [--size 4000x3000] [--workers W]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
SCREEN = ROOT / "tests" / "offscreen-1366x768.json"
RESULT = "BENCH_RESULT "
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))


# --- test photos --------------------------------------------------------------------


def _samples(folder: Path) -> list[Path]:
    """The demo's twelve phone photos, drawn once into ``folder/.samples``."""
    from sosmed_desktop.imaging.samples import SAMPLES, write_sample_photos

    sample_dir = folder / ".samples"
    found = sorted(p for p in sample_dir.glob("*") if p.suffix.lower() == ".jpg")
    return found if len(found) == len(SAMPLES) else write_sample_photos(sample_dir)


def _draw_one(args: tuple[int, int, int, str]) -> None:
    import io

    from PIL import Image, ImageDraw

    index, width, height, folder = args
    target = Path(folder) / f"IMG_{index:04d}.jpg"
    sources = _samples(Path(folder))
    with Image.open(sources[index % len(sources)]) as sample:
        exif = sample.info.get("exif", b"")
        sideways = sample.width < sample.height
        size = (height, width) if sideways else (width, height)
        image = sample.convert("RGB").resize(size, Image.Resampling.BICUBIC)
    ImageDraw.Draw(image).text((40, 40), f"#{index}", fill=(255, 255, 255), font_size=120)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, exif=exif)
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(out.getvalue())
    tmp.replace(target)


def photos(count: int, width: int, height: int) -> list[Path]:
    """`count` distinct phone-like JPEGs of `width`×`height` (drawn once, then reused)."""
    from concurrent.futures import ProcessPoolExecutor

    folder = OUT / f"photos-{count}-{width}x{height}"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = [folder / f"IMG_{i:04d}.jpg" for i in range(count)]
    missing = [i for i, p in enumerate(wanted) if not p.exists()]
    if missing:
        print(f"Drawing {len(missing)} test photos of {width}x{height} into {folder} …", flush=True)
        _samples(folder)  # drawn once here, only read by the workers
        with ProcessPoolExecutor(os.cpu_count() or 2) as pool:
            list(pool.map(_draw_one, [(i, width, height, str(folder)) for i in missing]))
    return wanted


# --- part 1: throughput -------------------------------------------------------------


def _plain_thumbnail(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as image:
        image.thumbnail((256, 256))


def part_throughput(files: list[Path], workers: int) -> dict:
    from PIL import Image

    from sosmed_desktop.bootstrap import bootstrap
    from sosmed_desktop.imaging.thumbs import ensure_thumbnail
    from sosmed_desktop.services.media.bulk_import import import_paths

    for path in files:  # the same warm file cache for both loops
        path.read_bytes()
    began = time.perf_counter()
    for path in files:
        with Image.open(path) as image:
            image.thumbnail((256, 256))
    plain_s = time.perf_counter() - began
    # What this machine allows at all: the same loop in W processes (no GIL, no import work).
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    with ProcessPoolExecutor(workers) as processes:
        began = time.perf_counter()
        list(processes.map(_plain_thumbnail, files, chunksize=8))
        processes_s = time.perf_counter() - began
    with tempfile.TemporaryDirectory(prefix="sosmed-bench-") as tmp:
        pool_dir = Path(tmp) / "pool"
        with ThreadPoolExecutor(workers) as threads:
            began = time.perf_counter()
            futures = [
                threads.submit(ensure_thumbnail, pool_dir, f"{i:064x}", path, "image")
                for i, path in enumerate(files)
            ]
            for future in futures:
                future.result()
            pool_s = time.perf_counter() - began
        ctx = bootstrap(Path(tmp) / "data")
        began = time.perf_counter()
        report = import_paths(ctx, files, workers=workers)
        import_s = time.perf_counter() - began
        thumbs = sum(1 for _ in ctx.config.thumbs_dir.rglob("*.jpg"))
        ctx.dispose()
    return {
        "files": len(files),
        "added": report.count("added"),
        "thumbnails": thumbs,
        "plain_s": plain_s,
        "pool_s": pool_s,
        "processes_s": processes_s,
        "import_s": import_s,
        "workers": workers,
    }


# --- part 1b: studio preview on a 24-megapixel photo -----------------------------------


def part_preview() -> dict:
    from sosmed_desktop.domain.recipe import Recipe, TextOverlay
    from sosmed_desktop.imaging.render import load_source, render
    from ui.studio.studio_data import PREVIEW_SIDE, PROXY_SIDE

    (photo,) = photos(1, 6000, 4000)
    began = time.perf_counter()
    source = load_source(photo, PROXY_SIDE)
    open_s = time.perf_counter() - began
    recipe = Recipe(width=1080, height=1920, text=TextOverlay("Posyandu Desa Sukamaju"))
    times = []
    for step in range(20):
        began = time.perf_counter()
        render(source, recipe.with_changes(brightness=0.8 + step / 50), fit_within=PREVIEW_SIDE)
        times.append(time.perf_counter() - began)
    times.sort()
    return {"open_s": open_s, "median_s": times[len(times) // 2], "max_s": times[-1]}


# --- part 2: GUI stalls -------------------------------------------------------------


def part_stall(files: list[Path]) -> dict:
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QThreadPool, QTimer

    from sosmed_desktop.bootstrap import bootstrap
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application([])
    tmp = tempfile.mkdtemp(prefix="sosmed-bench-")
    ctx = bootstrap(Path(tmp) / "data")
    window = MainWindow(ctx.config, ctx.log_file)
    window.resize(1366, 768)
    window.show()
    window.set_context(ctx)
    window.show_section("media")
    page = window.page("media")
    loop = QEventLoop()
    QTimer.singleShot(500, loop.quit)
    loop.exec()

    clock = QElapsedTimer()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(2)
    heartbeat.timeout.connect(tick)
    done = QEventLoop()
    page.import_finished.connect(lambda _report: done.quit())
    clock.start()
    heartbeat.start()
    began = time.perf_counter()
    page.import_paths(list(files))  # what a drop on the page does
    done.exec()
    seconds = time.perf_counter() - began
    heartbeat.stop()
    QThreadPool.globalInstance().waitForDone(30_000)
    gaps.sort()
    result = {
        "files": len(files),
        "seconds": seconds,
        "ticks": len(gaps),
        "max_gap_ms": gaps[-1] if gaps else None,
        "p99_gap_ms": gaps[int(len(gaps) * 0.99)] if gaps else None,
    }
    window.close()
    ctx.dispose()
    app.quit()
    return result


# --- part 3: memory after scrolling 5,000 items ---------------------------------------


def _bench_thumbnails(data_dir: Path) -> int:
    """Give every media row of the bench folder a cached thumbnail (copies of a few)."""
    from sqlalchemy import create_engine, text

    from sosmed_desktop.imaging.samples import write_sample_photos
    from sosmed_desktop.imaging.thumbs import encode, shrink, thumb_path

    thumbs_dir = data_dir / "cache" / "thumbs"
    engine = create_engine(f"sqlite:///{data_dir / 'sosmed.db'}")
    with engine.connect() as conn:
        shas = [row[0] for row in conn.execute(text("SELECT sha256 FROM media_assets"))]
    engine.dispose()
    missing = [s for s in shas if not thumb_path(thumbs_dir, s).exists()]
    if missing:
        from PIL import Image

        with tempfile.TemporaryDirectory() as tmp:
            blobs = []
            for path in write_sample_photos(Path(tmp)):
                with Image.open(path) as image:
                    blobs.append(encode(shrink(image)))
        for i, sha in enumerate(missing):
            target = thumb_path(thumbs_dir, sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(blobs[i % len(blobs)])
    return len(shas)


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 1_048_576


def part_memory() -> dict:
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
    from generate import DEFAULT_MEDIA, DEFAULT_POSTS, generate
    from PySide6.QtCore import QEventLoop, QTimer

    data_dir = generate(DEFAULT_POSTS, DEFAULT_MEDIA, quiet=True)
    items = _bench_thumbnails(data_dir)

    from sosmed_desktop.bootstrap import bootstrap
    from ui.app import create_application
    from ui.main_window import MainWindow

    app = create_application([])
    ctx = bootstrap(data_dir)
    window = MainWindow(ctx.config, ctx.log_file)
    window.resize(1366, 768)
    window.show()
    window.set_context(ctx)
    window.show_section("media")
    page = window.page("media")

    def pump(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    while page.model is None or page.model.rowCount() < items:
        pump(50)
    pump(300)
    before = _rss_mb()
    bar = page.grid.verticalScrollBar()
    steps = 0
    began = time.perf_counter()
    value = 0
    while True:
        bar.setValue(value)
        steps += 1
        deadline = time.perf_counter() + 3
        pump(20)
        while page.loader._pending and time.perf_counter() < deadline:
            pump(10)
        if value >= bar.maximum():
            break
        value = min(bar.maximum(), value + bar.pageStep())
    seconds = time.perf_counter() - began
    pump(200)
    result = {
        "items": page.model.rowCount(),
        "steps": steps,
        "seconds": seconds,
        "rss_before_mb": before,
        "rss_after_mb": _rss_mb(),
        "pixmaps_cached": len(page.loader._cache),
        "rows_cached": page.model.cached_rows(),
    }
    window.close()
    ctx.dispose()
    app.quit()
    return result


# --- driver ---------------------------------------------------------------------------


def run_part(name: str, args: list[str]) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.run(
        [sys.executable, str(Path(__file__)), "--part", name, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT) :])
    raise SystemExit(f"part {name} failed:\n{proc.stdout}\n{proc.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--size", default="4000x3000", help="photo size, e.g. 4000x3000 (12 MP)")
    parser.add_argument("--workers", type=int, default=0, help="import workers (0: the app's)")
    parser.add_argument("--part", choices=("throughput", "preview", "stall", "memory"))
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    from sosmed_desktop.services.media.bulk_import import default_workers

    workers = args.workers or default_workers()
    if args.part:
        files = photos(args.photos, width, height) if args.part in ("throughput", "stall") else []
        if args.part == "throughput":
            result = part_throughput(files, workers)
        elif args.part == "preview":
            result = part_preview()
        elif args.part == "stall":
            result = part_stall(files)
        else:
            result = part_memory()
        print(RESULT + json.dumps(result), flush=True)
        return 0

    photos(args.photos, width, height)
    passed = ["--photos", str(args.photos), "--size", args.size, "--workers", str(workers)]
    print(f"{os.cpu_count()} CPU core(s); {args.photos} photos of {width}x{height}\n")

    t = run_part("throughput", passed)
    plain_rate = t["files"] / t["plain_s"]
    import_rate = t["thumbnails"] / t["import_s"]
    goal = 0.9 * plain_rate * t["workers"]
    print("Thumbnail throughput")
    print(f"  plain Pillow thumbnail() loop, 1 thread       : {plain_rate:7.1f} photos/s")
    ceiling = t["files"] / t["processes_s"]
    print(
        f"  same loop in {t['workers']} processes (machine ceiling): {ceiling:7.1f} photos/s "
        f"(ratio to plain x workers {ceiling / (plain_rate * t['workers']):.2f})"
    )
    pool_rate = t["files"] / t["pool_s"]
    print(
        f"  ensure_thumbnail alone, {t['workers']} threads           : {pool_rate:7.1f} photos/s "
        f"(ratio to plain x workers {pool_rate / (plain_rate * t['workers']):.2f})"
    )
    print(
        f"  import_paths, {t['workers']} worker threads            : {import_rate:7.1f} photos/s "
        f"({t['added']} imported with thumbnails in {t['import_s']:.2f} s)"
    )
    ratio = import_rate / (plain_rate * t["workers"])
    print(
        f"  ratio import / (plain x workers)              : {ratio:7.2f}  "
        f"(goal >= 0.90: {'met' if import_rate >= goal else 'NOT met'})\n"
    )

    p = run_part("preview", [])
    print("Studio on a 24-megapixel photo (6000x4000)")
    print(f"  opening (reduced working copy) {p['open_s'] * 1000:.0f} ms")
    median, slowest = p["median_s"] * 1000, p["max_s"] * 1000
    print(f"  live preview render: median {median:.0f} ms, slowest {slowest:.0f} ms\n")

    s = run_part("stall", passed)
    print(f"GUI event loop while {s['files']} photos import through the media page")
    print(f"  import took {s['seconds']:.1f} s, {s['ticks']} heartbeats (2 ms timer)")
    print(f"  longest stall {s['max_gap_ms']} ms, 99th percentile {s['p99_gap_ms']} ms  ", end="")
    print(f"(goal < 50 ms: {'met' if s['max_gap_ms'] < 50 else 'NOT met'})\n")

    m = run_part("memory", [])
    print(
        f"Memory after scrolling {m['items']:,} items ({m['steps']} screens, {m['seconds']:.1f} s)"
    )
    print(
        f"  resident before scrolling {m['rss_before_mb']:.0f} MB, after {m['rss_after_mb']:.0f} MB"
    )
    print(f"  cached: {m['pixmaps_cached']} thumbnails, {m['rows_cached']} rows  ", end="")
    print(f"(goal < 350 MB: {'met' if m['rss_after_mb'] < 350 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
