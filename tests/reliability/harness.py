"""The crash harness: start the workload in a child process, SIGKILL it, check what survived.

Children are forked from a multiprocessing fork server that has already
imported the application (`set_forkserver_preload`), so a child is writing
within a few tens of milliseconds and hundreds of kills fit in a CI run.
After each kill the data folder is checked as the officer's next start would
find it: `check` passes (``integrity_check`` ok, every library file present and
matching its hash, orphan files only as warnings), no foreign key dangles, and
every save the child confirmed is there.  Used by the slow test and by
``bench/reliability.py``.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sosmed_desktop.bootstrap import bootstrap
from tests.reliability.workload import SEQ_KEY, ChildArgs, run_child

STARTUP_KILLS = 0.2  # share of kills aimed at start-up; the rest hit the write paths
KILL_DELAY = (0.0, 0.3)  # seconds after the child began its first operation
CHILD_START_TIMEOUT = 30.0
_MIGRATING = threading.Lock()


@dataclass
class CrashStats:
    """What a run of the harness saw."""

    kills: int = 0
    survived: int = 0
    confirmed: int = 0
    lost: int = 0
    child_errors: int = 0
    warnings: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    kills_during: Counter[str] = field(default_factory=Counter)
    """How many kills hit each operation ("start-up": while opening the database)."""

    def merge(self, other: CrashStats) -> None:
        for name in ("kills", "survived", "confirmed", "lost", "child_errors", "warnings"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures.extend(other.failures)
        self.seconds = max(self.seconds, other.seconds)
        self.kills_during.update(other.kills_during)


def forkserver() -> multiprocessing.context.BaseContext:
    """A multiprocessing context whose children start with the application imported."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.reliability.workload", "sosmed_desktop.bootstrap"])
    return context


def prepare(base: Path) -> ChildArgs:
    """A data folder with a profile and the photo approved posts use; the child's template."""
    from tests.unit.posting import add_photo, set_profile

    data_dir = base / "data"
    with _MIGRATING:  # Alembic keeps its operations context in module globals
        ctx = bootstrap(data_dir)
    try:
        set_profile(ctx)
        photo = add_photo(ctx, base / "approval-photo", 1080, 1350)
    finally:
        ctx.dispose()
    return ChildArgs(
        data_dir=str(data_dir),
        sources_dir=str(base / "sources"),
        confirm_file=str(base / "confirmed.jsonl"),
        progress_file=str(base / "progress.txt"),
        error_file=str(base / "child-error.txt"),
        approval_media_id=photo,
        seed=0,
    )


def crash_loop(base: Path, kills: int, seed: int) -> CrashStats:
    """Start and kill the workload `kills` times in one data folder, checking after each."""
    args = prepare(base)
    verifier = Verifier(args)
    rng = random.Random(seed)
    context = forkserver()
    stats = CrashStats()
    started = time.monotonic()
    for round_ in range(kills):
        child_args = ChildArgs(**{**args.__dict__, "seed": seed * 100_000 + round_})
        child = context.Process(target=run_child, args=(child_args,), daemon=True)
        child.start()
        if rng.random() < STARTUP_KILLS:
            time.sleep(rng.uniform(0, 0.25))  # while it opens the database
        else:
            _wait_for_work(Path(args.progress_file), child)
            time.sleep(rng.uniform(*KILL_DELAY))
        child.kill()
        child.join(CHILD_START_TIMEOUT)
        stats.kills += 1
        stats.kills_during[_last_line(Path(args.progress_file))] += 1
        if child.exitcode not in (-9, None) or Path(args.error_file).exists():
            stats.child_errors += 1
            error = Path(args.error_file)
            detail = error.read_text(encoding="utf-8") if error.exists() else child.exitcode
            stats.failures.append(f"kill {round_}: the child failed before the kill: {detail}")
            error.unlink(missing_ok=True)
        problems = verifier.verify()
        if problems:
            stats.failures.extend(f"kill {round_}: {p}" for p in problems)
        else:
            stats.survived += 1
    stats.confirmed = verifier.confirmed
    stats.lost = verifier.lost
    stats.warnings = verifier.warnings
    stats.seconds = time.monotonic() - started
    return stats


def _wait_for_work(progress: Path, child: multiprocessing.process.BaseProcess) -> None:
    """Until the child has opened the database and started its first operation."""
    deadline = time.monotonic() + CHILD_START_TIMEOUT
    while time.monotonic() < deadline and child.is_alive():
        try:
            if progress.read_bytes().count(b"\n") >= 2:
                return
        except FileNotFoundError:
            pass
        time.sleep(0.005)


def _last_line(path: Path) -> str:
    """The operation the killed child had started last; the file is emptied for the next."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return "before start-up"
    path.unlink()
    return lines[-1] if lines else "before start-up"


class Verifier:
    """Checks the data folder after a kill against everything confirmed so far."""

    def __init__(self, args: ChildArgs) -> None:
        self.args = args
        self.confirmed = 0
        self.lost = 0
        self.warnings = 0
        self._checked: set[str] = set()
        self._lost_keys: set[str] = set()

    def verify(self) -> list[str]:
        from sosmed_desktop.services.check import run_check

        problems: list[str] = []
        ctx = bootstrap(Path(self.args.data_dir), upgrade_schema=False)
        try:
            report = run_check(ctx)
            self.warnings = sum(1 for f in report.findings if f.warning)
            problems += [f"check: {f.detail}" for f in report.findings if not f.ok]
            problems += self._confirmed(ctx)
        finally:
            ctx.dispose()
        db = Path(self.args.data_dir) / "sosmed.db"
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        try:
            dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
        if dangling:
            problems.append(f"foreign_key_check: {dangling[:3]}")
        return problems

    def _records(self) -> list[dict]:
        path = Path(self.args.confirm_file)
        if not path.exists():
            return []
        text = path.read_text(encoding="utf-8")
        complete = text[: text.rfind("\n") + 1]  # a kill never splits a line; be safe anyway
        return [json.loads(line) for line in complete.splitlines()]

    def _confirmed(self, ctx) -> list[str]:
        records = self._records()
        self.confirmed = len(records)
        state = _State.load(ctx)
        problems = []
        for index, record in enumerate(records):
            problem = state.missing(record, self._checked)
            if problem:
                problems.append(f"confirmed save lost: {problem}")
                key = f"{index}"
                if key not in self._lost_keys:
                    self._lost_keys.add(key)
                    self.lost += 1
        return problems


@dataclass
class _State:
    """The data as it is after a kill, read in a few queries."""

    drafts: dict[str, int]
    posts: dict[int, tuple[int, str, str]]
    media: set[int]
    approvals: dict[int, str]
    settings_seq: int
    ctx: object

    @classmethod
    def load(cls, ctx) -> _State:
        from sqlalchemy import select

        from sosmed_desktop.config import Config
        from sosmed_desktop.db.models import Approval, MediaAsset, Post
        from sosmed_desktop.domain.statuses import ApprovalDecision, PostStatus
        from sosmed_desktop.services.posts.editor_drafts import list_drafts

        drafts = {
            draft.key: int(draft.data.notes.removeprefix("seq="))
            for draft in list_drafts(ctx.config)
        }

        with ctx.uow() as uow:
            posts = {
                post.id: (post.version, post.master_caption, post.status)
                for post in uow.session.scalars(select(Post))
            }
            media = set(uow.session.scalars(select(MediaAsset.id)))
            approvals = {
                post_id: digest
                for post_id, digest in uow.session.execute(
                    select(Approval.post_id, Approval.content_hash)
                    .join(Post)
                    .where(
                        Post.status == PostStatus.APPROVED.value,
                        Approval.decision == ApprovalDecision.APPROVED.value,
                        Approval.withdrawn_at.is_(None),
                    )
                )
            }
        settings = Config.load(ctx.config.data_dir)
        return cls(drafts, posts, media, approvals, int(settings.extra.get(SEQ_KEY, 0)), ctx)

    def exportable(self, post_id: int) -> str:
        """The approved content hash if the post passes the export check, else ""."""
        from sosmed_desktop.errors import DomainError
        from sosmed_desktop.services.posts import workflow

        with self.ctx.uow() as uow:  # type: ignore[attr-defined]
            try:
                return workflow.assert_exportable(uow, post_id).content_hash
            except DomainError:
                return ""

    def missing(self, record: dict, checked: set[str]) -> str:
        """Why a confirmed save is not (fully) there, or "" when it is."""
        from sosmed_desktop.services.backup import quick_check

        op = record["op"]
        if op == "draft":
            seq = self.drafts.get(record["key"], -1)
            return "" if seq >= record["seq"] else f"draft {record['key']} seq {seq}"
        if op == "post":
            version, caption, _status = self.posts.get(record["id"], (-1, "", ""))
            if version > record["version"] or (
                version == record["version"] and caption == record["caption"]
            ):
                return ""
            return f"post {record['id']} version {version} (confirmed {record['version']})"
        if op == "media":
            return "" if record["id"] in self.media else f"media #{record['id']}"
        if op == "approve":
            # The full export check once per approval; afterwards its rows are enough.
            key = f"approval:{record['id']}"
            if self.approvals.get(record["id"]) != record["hash"] or (
                key not in checked and self.exportable(record["id"]) != record["hash"]
            ):
                return f"approval of post {record['id']}"
            checked.add(key)
            return ""
        if op == "backup":
            path = record["path"]
            if path not in checked:
                if not Path(path).is_file() or quick_check(Path(path)):
                    return f"backup {path}"
                checked.add(path)
            return "" if Path(path).is_file() else f"backup {path} gone"
        if op == "settings":
            ok = self.settings_seq >= record["seq"]
            return "" if ok else f"settings seq {self.settings_seq} < {record['seq']}"
        return f"unknown record {record}"
