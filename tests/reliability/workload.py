"""The child process of the crash harness: the app's write paths in a loop, until it is killed.

It writes the editor's recovery drafts, creates and edits posts, imports photos (several
at a time, on worker threads), submits and approves posts, writes backups,
trashes and purges photos, and saves the settings file, choosing at random.
After each write's commit *returns* it appends one JSON line to the
confirmation file — exactly what the officer would have been told was saved.
The harness SIGKILLs it at a random moment and checks that every confirmed
save survived.
"""

from __future__ import annotations

import json
import os
import random
import traceback
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

REVIEWER = ("dr. Ahmad Fauzi", "Kepala Dinas Kesehatan")
OPERATIONS = (
    ("draft", 30),
    ("post", 25),
    ("media", 18),
    ("approve", 10),
    ("backup", 5),
    ("purge", 6),
    ("settings", 6),
)
SEQ_KEY = "crash_harness_seq"


@dataclass(frozen=True)
class ChildArgs:
    """What one child needs: where to write, what it may use, and its random seed."""

    data_dir: str
    sources_dir: str
    confirm_file: str
    progress_file: str
    error_file: str
    approval_media_id: int
    seed: int


class Confirmations:
    """Appends one line per confirmed save; one write() call, so a kill never splits a line."""

    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def __call__(self, **record: Any) -> None:
        os.write(self.fd, (json.dumps(record) + "\n").encode("utf-8"))

    def note(self, text: str) -> None:
        """A plain line (the operation about to start, for the harness's statistics)."""
        os.write(self.fd, (text + "\n").encode("utf-8"))


def run_child(args: ChildArgs) -> None:
    """The process body (started by the harness through multiprocessing)."""
    try:
        from tests.fixed_time import start_clock

        start_clock()  # the same present as the test that started it
        Workload(args).loop()
    except BaseException:
        Path(args.error_file).write_text(traceback.format_exc(), encoding="utf-8")
        os._exit(3)


class Workload:
    """State of one child: its own posts and draft keys, the next sequence number."""

    def __init__(self, args: ChildArgs) -> None:
        from sosmed_desktop.bootstrap import bootstrap

        self.args = args
        self.rng = random.Random(args.seed)
        self.confirm = Confirmations(args.confirm_file)
        self.progress = Confirmations(args.progress_file)
        self.progress.note("start-up")
        self.ctx = bootstrap(Path(args.data_dir))
        self.ctx.user_name = REVIEWER[0]
        self.posts: dict[int, int] = {}  # post id -> version, for this child's edits
        self.count = 0

    def loop(self) -> None:
        names = [name for name, _weight in OPERATIONS]
        weights = [weight for _name, weight in OPERATIONS]
        while True:
            self.count += 1
            name = self.rng.choices(names, weights)[0]
            self.progress.note(name)
            getattr(self, "op_" + name)()

    # Operations -----------------------------------------------------------------------
    def op_draft(self) -> None:
        """What the editor's autosave writes every few seconds: its recovery file."""
        from sosmed_desktop.services.posts import editor_drafts
        from tests.unit.posting import post_input

        key = f"new-{self.args.seed:08x}-{self.rng.randrange(3)}"
        data = post_input(title=f"Draf {self.count}", caption=f"Ketikan ke-{self.count}")
        editor_drafts.save_draft(self.ctx.config, key, replace(data, notes=f"seq={self.count}"))
        self.confirm(op="draft", key=key, seq=self.count)

    def op_post(self) -> None:
        from sosmed_desktop.services.posts import posts
        from tests.unit.posting import post_input

        caption = f"Kegiatan ke-{self.count} dari proses {self.args.seed}. #BekasiSehat"
        data = post_input(title=f"Pos {self.args.seed}-{self.count}", caption=caption)
        with self.ctx.uow() as uow:
            if self.posts and self.rng.random() < 0.5:
                post_id = self.rng.choice(list(self.posts))
                detail = posts.update_post(uow, post_id, data, self.posts[post_id]).post
            else:
                detail = posts.create_post(uow, data)
        self.posts[detail.id] = detail.version
        self.confirm(op="post", id=detail.id, version=detail.version, caption=caption)

    def _photos(self, count: int, prefix: str) -> list[Path]:
        from PIL import Image

        folder = Path(self.args.sources_dir)
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for index in range(count):
            pixels = self.rng.randbytes(24 * 16 * 3)
            path = folder / f"{prefix}-{self.args.seed}-{self.count}-{index}.jpg"
            Image.frombytes("RGB", (24, 16), pixels).save(path, "JPEG", quality=85)
            paths.append(path)
        return paths

    def op_media(self) -> None:
        from sosmed_desktop.services.media.bulk_import import REFUSED, import_paths

        report = import_paths(self.ctx, self._photos(self.rng.randint(1, 3), "foto"), workers=2)
        for outcome in report.outcomes:
            if outcome.status != REFUSED:
                self.confirm(op="media", id=outcome.media_id, name=outcome.name)

    def op_approve(self) -> None:
        from sosmed_desktop.services.posts import posts, workflow
        from tests.unit.posting import post_input

        data = post_input((self.args.approval_media_id,), title=f"Setuju {self.count}")
        with self.ctx.uow() as uow:
            post_id = posts.create_post(uow, data).id
        with self.ctx.uow() as uow:
            workflow.submit_for_review(uow, post_id)
        with self.ctx.uow() as uow:
            detail = workflow.approve(uow, post_id, *REVIEWER)
        self.confirm(op="approve", id=post_id, version=detail.version, hash=detail.content_hash)

    def op_backup(self) -> None:
        from sosmed_desktop.services.backup import backup_sqlite

        config = self.ctx.config
        path = backup_sqlite(config.db_path, config.backups_dir, "manual")
        self.confirm(op="backup", path=str(path))

    def op_purge(self) -> None:
        """Import, trash and purge photos: files are deleted only after the commit."""
        from sosmed_desktop.services.media import library as media_library
        from sosmed_desktop.services.media import media

        ids = []
        for path in self._photos(self.rng.randint(1, 2), "buang"):
            with self.ctx.uow() as uow:
                ids.append(media.import_file(self.ctx.config, uow, path).media_id)
        with self.ctx.uow() as uow:
            media_library.trash_media(uow, ids)
        with self.ctx.uow() as uow:
            media_library.empty_trash(uow, self.ctx.config)

    def op_settings(self) -> None:
        from sosmed_desktop.config import Config

        config = Config.load(Path(self.args.data_dir))
        seq = int(config.extra.get(SEQ_KEY, 0)) + 1
        config.extra[SEQ_KEY] = seq
        config.set("data_note_stale_days", 1 + seq % 3000)
        config.save()
        self.confirm(op="settings", seq=seq)
