"""Time exporting and importing post packages, with photos of phone size.

Builds a fresh data folder with `--posts` approved posts, each on Instagram
(`--photos` photos of 4000×3000 pixels, the first cropped to 4:5 by a studio
recipe) and Facebook (the same photos unedited), exports them all into a
folder, then imports the packages into a second fresh folder.  It prints the
time per package for export and import, the package size, and the shares of
the export spent decoding originals, rendering and encoding JPEGs.  The photos
are noise (JPEG's worst case), so sizes and encoding times are upper bounds.  Nothing is asserted.

Run: ``.venv/bin/python bench/packages.py [--posts N] [--photos N]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from sosmed_desktop.bootstrap import bootstrap  # noqa: E402
from sosmed_desktop.domain.content_checks import CHECKLIST_CODES  # noqa: E402
from sosmed_desktop.domain.recipe import Recipe  # noqa: E402
from sosmed_desktop.services import media, package_media, posts, profile, workflow  # noqa: E402
from sosmed_desktop.services.packages_export import export_all_approved  # noqa: E402
from sosmed_desktop.services.packages_import import import_package  # noqa: E402
from sosmed_desktop.services.post_data import MediaItem, PostInput, VariantInput  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")


def _photo(path: Path, seed: int) -> Path:
    noise = Image.effect_noise((4000, 3000), 40 + seed % 20).convert("RGB")
    tint = Image.new("RGB", noise.size, (seed * 37 % 256, 120, 80))
    Image.blend(noise, tint, 0.5).save(path, "JPEG", quality=90)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5)
    parser.add_argument("--photos", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        ctx = bootstrap(base / "sender")
        with ctx.uow() as uow:
            profile.save_profile(
                uow, profile.Profile(officer_name="Rina", department_name="Dinas Kesehatan")
            )
        crop = Recipe(preset="ig_portrait", width=1080, height=1350).to_dict()
        for n in range(args.posts):
            ids = []
            for k in range(args.photos):
                path = _photo(base / f"p{n}-{k}.jpg", n * 10 + k)
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
        print(f"{n} packages, {args.photos} photos of 4000×3000 each (IG: first cropped 4:5)")
        print(f"export: {export_s / n:.2f} s per package ({export_s:.1f} s in all), "
              f"decoding originals {spent['load_source'] / export_s:.0%}, rendering "
              f"{spent['render'] / export_s:.0%}, JPEG encoding "
              f"{spent['encode_jpeg'] / export_s:.0%}")  # fmt: skip
        print(f"import: {import_s / n:.2f} s per package ({import_s:.1f} s in all); "
              f"import/export ratio {import_s / export_s:.2f}")  # fmt: skip
        print(f"package size: median {sorted(sizes)[n // 2] / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
