"""A full disk: a clear error, the last committed state intact, working again once space returns.

Two ways: `FaultyDisk` makes the n-th file operation of a write path fail with
ENOSPC, for n = 1, 2, ... until the path gets through (the failure once, and
for good from then on); and, where this machine lets root mount one, a real
tmpfs of a few megabytes filled to the last block, which is what SQLite's own
writes meet.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.config import Config
from sosmed_desktop.db.models import AuditEntry, MediaAsset, Post
from sosmed_desktop.errors import DataDirError, DomainError
from sosmed_desktop.services.backup import backup_sqlite, list_backups, quick_check, restore_backup
from sosmed_desktop.services.check import run_check
from sosmed_desktop.services.media.media import import_file
from sosmed_desktop.services.posts import editor_drafts
from tests.reliability.faults import FaultyDisk
from tests.reliability.figures import add
from tests.unit.helpers import make_post
from tests.unit.posting import post_input

Operation = Callable[[AppContext, Path, int], object]


def _photo(folder: Path, n: int, size: tuple[int, int] = (64, 48)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"foto-{n}.jpg"
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(path, "JPEG")
    return path


def import_photo(ctx: AppContext, tmp: Path, n: int) -> object:
    with ctx.uow() as uow:
        return import_file(ctx.config, uow, _photo(tmp / "sumber", n))


def save_settings(ctx: AppContext, _tmp: Path, n: int) -> object:
    config = Config.load(ctx.config.data_dir)
    config.set("data_note_stale_days", 10 + n)
    config.save()
    return config


def write_backup(ctx: AppContext, _tmp: Path, _n: int) -> object:
    return backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")


def restore_first_backup(ctx: AppContext, _tmp: Path, _n: int) -> object:
    ctx.dispose()
    oldest = list_backups(ctx.config.backups_dir)[-1].path
    return restore_backup(oldest, ctx.config.db_path, ctx.config.backups_dir)


OPERATIONS: dict[str, Operation] = {
    "media import": import_photo,
    "settings file": save_settings,
    "backup": write_backup,
    "restore": restore_first_backup,
}


def state(ctx: AppContext) -> dict[str, object]:
    """The committed data and every file of the data folder (logs and database aside)."""
    with ctx.uow() as uow:
        rows = {
            model.__name__: uow.session.scalar(select(func.count()).select_from(model))
            for model in (Post, MediaAsset, AuditEntry)
        }
        titles = sorted(uow.session.scalars(select(Post.title)))
    folder = ctx.config.data_dir
    files = {
        str(p.relative_to(folder)): p.stat().st_size
        for p in folder.rglob("*")
        if p.is_file()
        and p.parts[len(folder.parts)] != "logs"
        and not p.name.startswith("sosmed.db")
    }
    settings = (
        (folder / "settings.json").read_bytes() if (folder / "settings.json").exists() else b""
    )
    return {"rows": rows, "titles": titles, "files": files, "settings": settings}


def assert_unchanged(before: dict, after: dict, ctx: AppContext) -> None:
    """Nothing changed, except that a complete, sound backup may have been added."""
    assert after["rows"] == before["rows"]
    assert after["titles"] == before["titles"]
    assert after["settings"] == before["settings"]
    added = set(after["files"]) - set(before["files"])
    for name in added:
        path = ctx.config.data_dir / name
        assert path.parent == ctx.config.backups_dir and not path.name.startswith("."), name
        assert quick_check(path) == [], name
    assert set(before["files"]) <= set(after["files"])


@pytest.fixture
def prepared(ctx: AppContext) -> AppContext:
    make_post(ctx, "Tersimpan sebelum disk penuh")
    backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
    make_post(ctx, "Sesudah cadangan pertama")
    return ctx


@pytest.mark.parametrize("sticky", [True, False], ids=["stays-full", "fails-once"])
@pytest.mark.parametrize("name", list(OPERATIONS))
def test_each_file_operation_failing_gives_a_clear_error_and_changes_nothing(
    prepared: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, sticky: bool
) -> None:
    operation = OPERATIONS[name]
    ctx = prepared
    failures = 0
    for fail_at in range(1, 60):
        before = state(ctx)
        disk = FaultyDisk(fail_at, sticky=sticky)
        with monkeypatch.context() as patch:
            disk.install(patch)
            try:
                operation(ctx, tmp_path, fail_at)
            except DomainError as exc:
                assert isinstance(exc, DataDirError), exc
                assert exc.code == "disk_full", exc
                assert disk.tripped, f"{exc} without an injected fault"
                failures += 1
            else:
                break  # got through: no fault point left (or one it may ignore, a folder fsync)
        assert_unchanged(before, state(ctx), ctx)
    else:
        pytest.fail(f"{name} never got through")
    assert failures >= 1, f"{name}: no fault point"
    add("disk full: injected faults answered with a clear error", failures)
    # Space is back: it worked on the last round; the data is sound.
    report = run_check(ctx)
    assert report.ok, report.findings


# --- a real full file system ---------------------------------------------------------------


@contextlib.contextmanager
def tiny_disk(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted at `where` (skips the test when mounting is not allowed)."""
    where.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> Path:
    """Write a file until not one more byte fits; return it."""
    filler = folder / "pengisi.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for block in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * block)
    finally:
        os.close(fd)
    return filler


def test_a_really_full_disk(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk", "8m") as disk:
        data = disk / "data"
        ctx = bootstrap(data)
        try:
            make_post(ctx, "Tersimpan sebelum disk penuh")
            editor_drafts.save_draft(ctx.config, "new-0000000a", post_input(title="draf pertama"))
            before = state(ctx)
            filler = fill(disk)
            attempts = _writes_on_a_full_disk(ctx, tmp_path)
            assert set(attempts) == {"draft", "post", "media import", "backup", "settings file"}
            for label, exc in attempts.items():
                assert isinstance(exc, DataDirError), f"{label}: {exc!r}"
                assert exc.code == "disk_full", f"{label}: {exc!r}"
            add("disk full: writes refused on a full tmpfs", len(attempts))
            assert_unchanged(before, state(ctx), ctx)
            assert not [p for p in data.rglob(".*") if p.is_file() and "lock" not in p.name]
            starting = bootstrap(data)  # the application started while the disk is full
            try:
                assert state(starting)["titles"] == before["titles"]
            finally:
                starting.dispose()
            filler.unlink()  # space returns: the same context works again
            again = _writes_on_a_full_disk(ctx, tmp_path)
            assert again == {}, again
            report = run_check(ctx)
            assert report.ok, report.findings
        finally:
            ctx.dispose()
        reopened = bootstrap(data)
        try:
            with reopened.uow() as uow:
                titles = sorted(uow.session.scalars(select(Post.title)))
            drafts = {d.key: d.data.title for d in editor_drafts.list_drafts(reopened.config)}
            assert titles == ["Judul besar", "Tersimpan sebelum disk penuh"]
            assert drafts == {"new-0000000a": "draf pertama", "new-0000000b": "x" * 1_500_000}
        finally:
            reopened.dispose()


def _writes_on_a_full_disk(ctx: AppContext, tmp: Path) -> dict[str, BaseException]:
    """Try every kind of write once; return the errors by write."""
    big_draft = post_input(title="x" * 1_500_000)  # more than the disk's last free blocks
    writes: dict[str, Callable[[], object]] = {
        "draft": lambda: editor_drafts.save_draft(ctx.config, "new-0000000b", big_draft),
        "post": lambda: make_post(ctx, "Judul besar"),
        "media import": lambda: import_photo(ctx, tmp, 1),
        "backup": lambda: write_backup(ctx, tmp, 0),
        "settings file": lambda: save_settings(ctx, tmp, 1),
    }
    errors: dict[str, BaseException] = {}
    for label, write in writes.items():
        try:
            write()
        except (DomainError, OSError) as exc:
            if isinstance(exc, OSError) and exc.errno != errno.ENOSPC:
                raise
            errors[label] = exc
    return errors
