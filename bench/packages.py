"""Time exporting and importing post packages, with photos of phone size.

Two modes:

* default: builds a fresh data folder with `--posts` approved posts, each on
  Instagram (`--photos` photos of 4000×3000 pixels, the first cropped to 4:5 by
  a studio recipe) and Facebook (the same photos unedited), exports them all,
  then imports the packages into a second fresh folder.  It prints the time per
  package for export and import, the package size, and the shares of the export
  spent decoding originals, rendering and encoding JPEGs.
* ``--paired RUNS``: exports one such post (3 × 12 MP photos by default) RUNS
  times, each run paired with a plain Pillow pipeline doing the same image work
  (open, `exif_transpose`, resize to each platform's size, save a JPEG at quality
  90); it prints each pair's ratio and the min–median–max of the times and
  ratios, with the machine's load average before and after (issue 17's goal:
  the export within 1.5× the plain pipeline).  The two run alternately, the
  order flipped every run, so a busy moment on the shared machine hits both;
  the ratio of the process's CPU time per pair is printed too.

The photos are smooth gradients with camera-like noise (one is stored rotated
with an EXIF orientation), so sizes and times are those of phone photos, not
of JPEG's worst case.  Nothing is asserted.

Run: ``.venv/bin/python bench/packages.py [--posts N] [--photos N]``
     ``.venv/bin/python bench/packages.py --paired 7``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PIL import Image, ImageFilter, ImageOps  # noqa: E402

from sosmed_desktop.bootstrap import AppContext, bootstrap  # noqa: E402
from sosmed_desktop.domain.content_checks import CHECKLIST_CODES  # noqa: E402
from sosmed_desktop.domain.recipe import Recipe  # noqa: E402
from sosmed_desktop.services import profile  # noqa: E402
from sosmed_desktop.services.media import media  # noqa: E402
from sosmed_desktop.services.packages import media as package_media  # noqa: E402
from sosmed_desktop.services.packages.exporting import export_all_approved, export_post  # noqa: E402
from sosmed_desktop.services.packages.importing import import_package  # noqa: E402
from sosmed_desktop.services.posts import posts, workflow  # noqa: E402
from sosmed_desktop.services.posts.data import MediaItem, PostInput, VariantInput  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
PHOTO_SIZE = (4000, 3000)  # 12 MP
ORIENTATION = 0x0112
# The platform sizes the plain pipeline produces: the post's Instagram photos at
# the 4:5 preset (the first by its recipe, the others by Instagram's default
# preset) and its Facebook photos at Facebook's default preset.
PLAIN_SIZES = {"instagram": (1080, 1350), "facebook": (1080, 1350)}


def _photo(path: Path, seed: int) -> Path:
    """A 12 MP JPEG like a phone's: a smooth scene, sensor noise, quality 90.

    Photo 1 of each post is stored on its side with EXIF orientation 6, as a
    phone held upright writes it."""
    small = Image.linear_gradient("L").resize((400, 300)).convert("RGB")
    tint = Image.new("RGB", small.size, (seed * 37 % 256, 120, 80))
    scene = Image.blend(small, tint, 0.5).resize(PHOTO_SIZE, Image.Resampling.BICUBIC)
    noise = Image.effect_noise(PHOTO_SIZE, 12).convert("RGB")
    image = Image.blend(scene, noise, 0.15).filter(ImageFilter.GaussianBlur(0.6))
    exif = Image.Exif()
    if seed % 3 == 1:
        image = image.transpose(Image.Transpose.ROTATE_90)
        exif[ORIENTATION] = 6
    image.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path


def _approved_posts(ctx: AppContext, base: Path, count: int, photos: int) -> list[Path]:
    """`count` approved posts on Instagram and Facebook; returns the photo files."""
    with ctx.uow() as uow:
        profile.save_profile(
            uow,
            profile.Profile(
                officer_name="Rina",
                department_name="Dinas Kesehatan",
                regency="Kabupaten Bekasi",
                head_name="dr. Ahmad",
            ),
        )
    crop = Recipe(preset="ig_portrait", width=1080, height=1350).to_dict()
    files = []
    for n in range(count):
        ids = []
        for k in range(photos):
            path = _photo(base / f"p{n}-{k}.jpg", n * 10 + k)
            files.append(path)
            with ctx.uow() as uow:
                ids.append(media.import_file(ctx.config, uow, path).media_id)
        ig = tuple(MediaItem(m, crop if i == 0 else {}) for i, m in enumerate(ids))
        data = PostInput(
            title=f"Posyandu {n + 1}",
            scheduled_at=datetime(2026, 12, 1, 9, tzinfo=WIB) + timedelta(days=n),
            master_caption="Ayo ke posyandu! #BekasiSehat",
            variants=(
                VariantInput("instagram", media=ig),
                VariantInput("facebook", media=tuple(MediaItem(m) for m in ids)),
            ),
            checklist=tuple(sorted(CHECKLIST_CODES)),
        )
        with ctx.uow() as uow:
            post_id = posts.create_post(uow, data).id
        with ctx.uow() as uow:
            workflow.submit_for_review(uow, post_id)
        with ctx.uow() as uow:
            workflow.approve(uow, post_id, "dr. Ahmad", "Kepala Dinas")
    return files


def _plain(files: list[Path], out: Path) -> None:
    """The plain Pillow pipeline: each photo opened once, then one JPEG per platform."""
    out.mkdir(exist_ok=True)
    for path in files:
        with Image.open(path) as opened:
            upright = ImageOps.exif_transpose(opened)
            for code, size in PLAIN_SIZES.items():
                ImageOps.fit(upright, size, Image.Resampling.LANCZOS).save(
                    out / f"{path.stem}-{code}.jpg", "JPEG", quality=90
                )


def _spread(values: list[float], unit: str = "") -> str:
    return (
        f"min {min(values):.2f}{unit}  median {statistics.median(values):.2f}{unit}  "
        f"max {max(values):.2f}{unit}"
    )


def paired(runs: int, photos: int) -> int:
    """Export one post `runs` times, each paired with the plain pipeline."""
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        ctx = bootstrap(base / "data")
        files = _approved_posts(ctx, base, 1, photos)
        with ctx.uow() as uow:
            from sosmed_desktop.services.packages.exporting import approved_not_exported

            post_id = approved_not_exported(uow)[0].id
        export_post(ctx, post_id, base / "warm")  # imports and fonts loaded once
        app_s: list[float] = []
        plain_s: list[float] = []
        cpu: dict[str, list[float]] = {"app": [], "plain": []}
        for run in range(runs):
            order = ("app", "plain") if run % 2 == 0 else ("plain", "app")
            for which in order:
                start, start_cpu = time.perf_counter(), time.process_time()
                if which == "app":
                    export_post(ctx, post_id, base / f"out{run}")
                    app_s.append(time.perf_counter() - start)
                else:
                    _plain(files, base / f"plain{run}")
                    plain_s.append(time.perf_counter() - start)
                cpu[which].append(time.process_time() - start_cpu)
        ctx.dispose()
    ratios = [a / p for a, p in zip(app_s, plain_s, strict=True)]
    cpu_ratios = [a / p for a, p in zip(cpu["app"], cpu["plain"], strict=True)]
    load_after = os.getloadavg()
    print(f"export of one post: {photos} photos of 12 MP on Instagram and Facebook, {runs} pairs")
    for run, (a, p, r) in enumerate(zip(app_s, plain_s, ratios, strict=True), start=1):
        print(f"  run {run}: export {a:.2f} s, plain Pillow {p:.2f} s, ratio {r:.2f}×")
    print(f"export       {_spread(app_s, ' s')}")
    print(f"plain Pillow {_spread(plain_s, ' s')}")
    print(f"ratio        {_spread(ratios, '×')}   (goal ≤ 1.5×)")
    print(f"CPU ratio    {_spread(cpu_ratios, '×')}   (CPU time of this process; less load-bound)")
    print("load average before {:.2f} {:.2f} {:.2f}, after {:.2f} {:.2f} {:.2f}".format(
        *load_before, *load_after))  # fmt: skip
    return 0


def throughput(count: int, photos: int) -> int:
    """Export `count` posts, then import their packages; print the shares."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        ctx = bootstrap(base / "sender")
        _approved_posts(ctx, base, count, photos)
        spent = {"load_source": 0.0, "render": 0.0, "encode_jpeg": 0.0}

        def timed(name: str):
            original = getattr(package_media, name)

            def wrapper(*a, **k):
                start = time.perf_counter()
                try:
                    return original(*a, **k)
                finally:
                    spent[name] += time.perf_counter() - start

            setattr(package_media, name, wrapper)

        for name in spent:
            timed(name)
        start = time.perf_counter()
        report = export_all_approved(ctx, base / "out")
        export_s = time.perf_counter() - start
        ctx.dispose()
        receiver = bootstrap(base / "receiver")
        start = time.perf_counter()
        for result in report.written:
            import_package(receiver, result.path)
        import_s = time.perf_counter() - start
        receiver.dispose()
        sizes = [r.size_bytes for r in report.written]
        n = len(report.written)
        print(f"{n} packages, {photos} photos of 4000×3000 each (IG: first cropped 4:5)")
        print(f"export: {export_s / n:.2f} s per package ({export_s:.1f} s in all), "
              f"decoding originals {spent['load_source'] / export_s:.0%}, rendering "
              f"{spent['render'] / export_s:.0%}, JPEG encoding "
              f"{spent['encode_jpeg'] / export_s:.0%}")  # fmt: skip
        print(f"import: {import_s / n:.2f} s per package ({import_s:.1f} s in all); "
              f"import/export ratio {import_s / export_s:.2f}")  # fmt: skip
        print(f"package size: median {sorted(sizes)[n // 2] / 1e6:.1f} MB")
        print("load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5)
    parser.add_argument("--photos", type=int, default=3)
    parser.add_argument("--paired", type=int, metavar="RUNS", default=0)
    args = parser.parse_args()
    if args.paired:
        return paired(args.paired, args.photos)
    return throughput(args.posts, args.photos)


if __name__ == "__main__":
    sys.exit(main())
