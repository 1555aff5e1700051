"""Time saving and importing posts with many tags, and refusing the 150,000-tag package.

Saving a post used to re-index its whole search document once per tag row (time
in the square of its tags); since revision 0013 it is indexed once per commit.
For each tag count the bench creates a post with that many tags, saves it again
with every tag replaced, and imports a package (approved post, one small photo
on Instagram) carrying that many tags into a fresh data folder.  Then it times
the refusal of a package whose manifest lists 150,000 tags.  With `--postgres`
the same runs on PostgreSQL: a throwaway server of its own
(`bench/throwaway_postgres.py`), or the server URL given (whose user may create
databases).
Nothing is asserted.

Run: ``.venv/bin/python bench/tags.py [--tags 50 100 200] [--postgres [URL]]``
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench.throwaway_postgres import server  # noqa: E402
from sosmed_desktop.bootstrap import AppContext, bootstrap  # noqa: E402
from sosmed_desktop.domain.content_checks import CHECKLIST_CODES  # noqa: E402
from sosmed_desktop.errors import PackageError  # noqa: E402
from sosmed_desktop.services import profile  # noqa: E402
from sosmed_desktop.services.media import media  # noqa: E402
from sosmed_desktop.services.packages.exporting import export_post  # noqa: E402
from sosmed_desktop.services.packages.importing import import_package  # noqa: E402
from sosmed_desktop.services.posts import posts, workflow  # noqa: E402
from sosmed_desktop.services.posts.data import MediaItem, PostInput, VariantInput  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
HOSTILE_TAGS = 150_000


class Folders:
    """Fresh data folders, on SQLite or each with a database of its own on a server."""

    def __init__(self, base: Path, server: str) -> None:
        self.base, self.server, self.count, self.made = base, server, 0, []

    def new(self) -> Path:
        self.count += 1
        folder = self.base / f"data{self.count}"
        folder.mkdir()
        if self.server:
            name = f"bench_tags_{os.getpid()}_{self.count}"
            self._admin(f"CREATE DATABASE {name}")
            self.made.append(name)
            url = make_url(self.server).set(database=name).render_as_string(hide_password=False)
            (folder / "settings.json").write_text(json.dumps({"database_url": url}))
        return folder

    def _admin(self, sql: str) -> None:
        engine = create_engine(self.server, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(sql))
        engine.dispose()

    def drop(self) -> None:
        for name in self.made:
            self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _post(photo: int, tags: list[str]) -> PostInput:
    return PostInput(
        title="Posyandu dengan banyak tag",
        # A week ahead at 09:00: submitting refuses a post scheduled in the past.
        scheduled_at=(datetime.now(WIB) + timedelta(days=7)).replace(
            hour=9, minute=0, second=0, microsecond=0
        ),
        master_caption="Ayo ke posyandu! #BekasiSehat",
        tags=tuple(tags),
        variants=(VariantInput("instagram", media=(MediaItem(photo),)),),
        checklist=tuple(sorted(CHECKLIST_CODES)),
    )


def run(folders: Folders, counts: list[int], base: Path) -> None:
    ctx = bootstrap(folders.new())
    with ctx.uow() as uow:
        profile.save_profile(  # a package's approval sheet needs the letterhead and head
            uow,
            profile.Profile(
                officer_name="Rina",
                department_name="Dinkes",
                regency="Kabupaten Bekasi",
                head_name="dr. Ahmad",
            ),
        )
    photo = base / "foto.jpg"
    Image.new("RGB", (1080, 1350), (30, 90, 160)).save(photo, "JPEG")
    with ctx.uow() as uow:
        photo_id = media.import_file(ctx.config, uow, photo).media_id
    for count in counts:
        tags = [f"tag{i:06d}" for i in range(count)]
        start = time.perf_counter()
        with ctx.uow() as uow:
            post_id = posts.create_post(uow, _post(photo_id, tags)).id
        create_s = time.perf_counter() - start
        renamed = [f"lain{i:06d}" for i in range(count)]
        start = time.perf_counter()
        with ctx.uow() as uow:
            posts.update_post(uow, post_id, _post(photo_id, renamed), None)
        update_s = time.perf_counter() - start
        with ctx.uow() as uow:
            workflow.submit_for_review(uow, post_id)
        with ctx.uow() as uow:
            workflow.approve(uow, post_id, "dr. Ahmad", "Kepala Dinas")
        package = export_post(ctx, post_id, base / f"out{count}").path
        receiver = bootstrap(folders.new())
        start = time.perf_counter()
        import_package(receiver, package)
        import_s = time.perf_counter() - start
        receiver.dispose()
        print(f"{count:>6} tags: create {create_s:.3f} s, save with new tags {update_s:.3f} s, "
              f"import {import_s:.3f} s")  # fmt: skip
    hostile = _hostile_package(package, base / "150000-tags.zip")
    receiver = bootstrap(folders.new())
    start = time.perf_counter()
    error = _refusal(receiver, hostile)
    refuse_s = time.perf_counter() - start
    receiver.dispose()
    ctx.dispose()
    print(f"{HOSTILE_TAGS} tags ({hostile.stat().st_size / 1e3:.0f} KB zip): refused in "
          f"{refuse_s:.3f} s: {error}")  # fmt: skip


def _hostile_package(package: Path, target: Path) -> Path:
    """`package` with 150,000 tags in its manifest (the manifest is not checksummed)."""
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("/manifest.json"):
                manifest = json.loads(data)
                manifest["post"]["tags"] = [f"t{i}" for i in range(HOSTILE_TAGS)]
                data = json.dumps(manifest).encode()
            out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return target


def _refusal(receiver: AppContext, path: Path) -> str:
    try:
        import_package(receiver, path)
    except PackageError as exc:
        return str(exc)
    return "imported (not refused)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tags", type=int, nargs="+", default=[50, 100, 200])
    parser.add_argument(
        "--postgres", nargs="?", const="", help="a server URL (its user creates databases)"
    )
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for given in (None,) if args.postgres is None else (None, args.postgres):
        print("SQLite" if given is None else "PostgreSQL")
        with contextlib.ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
            url = "" if given is None else stack.enter_context(server(given))
            folders = Folders(Path(tmp), url)
            try:
                run(folders, args.tags, Path(tmp))
            finally:
                folders.drop()
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
