"""The health check behind `main.py check [--repair]`: schema, integrity, media files.

What counts as a failure: a schema behind, ``integrity_check`` not ok, tables,
indexes, triggers or views other than the migrations create (`db.schema_check`), a library
entry whose file is missing or altered (on a team database: whose original
is missing or altered there, or altered in this PC's cache).  Warnings (the check still passes):
files in the media folder without a library entry (an import cut off between
storing the file and committing its row leaves one), thumbnails without a
source, and unfinished temporary files of an interrupted import, backup or
restore (a package import's staging folder ``cache/package-*`` among them).

`repair` fixes only what is safe: orphan media files are moved into
``quarantine/<time>/`` (never deleted: the officer may still want one), cache
thumbnails without a source and stale temporary files and folders are deleted.  A missing
or altered original cannot be fixed here; its finding says how.  The file
listing is compared with the library while the database's write lock is held,
so an import finishing at that moment is never mistaken for an orphan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError

from sosmed_desktop import clock
from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.config import SETTINGS_FILE, os_error_to_domain
from sosmed_desktop.db import blobs, schema_check
from sosmed_desktop.db.migrate import current_revision, head_revision, known_revisions
from sosmed_desktop.db.models import MediaAsset
from sosmed_desktop.fileops import remove_file, remove_tree, replace_file
from sosmed_desktop.services.media.media import file_sha256, media_path

# Temporary files left by an interrupted write are removed only once this old:
# younger ones may belong to an import or backup still running.
STALE_TEMP_SECONDS = 3600
MISSING_HINT = (
    "import the same file again to put it back (it is recognised by its content), or copy "
    "it back from a copy of the data folder; database backups do not hold photos"
)
ALTERED_HINT = "move it away and import the original again"
BLOB_MISSING_HINT = "import the same file again on any PC to store it again"
CACHE_ALTERED_HINT = "delete that file: it is fetched again from the team database"


@dataclass(frozen=True)
class Finding:
    """One result line; `ok=False` makes the check fail, a warning does not."""

    code: str
    ok: bool
    detail: str
    warning: bool = False
    params: dict[str, object] = field(default_factory=dict)
    """What the English `detail` says, for the command line's wording in other languages."""


@dataclass
class CheckReport:
    """Every finding of one run of the check."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    def add(
        self, code: str, ok: bool, detail: str, *, warning: bool = False, **params: object
    ) -> None:
        self.findings.append(Finding(code, ok, detail, warning, params))

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}


@dataclass(frozen=True)
class Repair:
    """One thing `repair` did (or left alone): code, the file, where it went."""

    code: str
    path: Path
    target: Path | None = None
    detail: str = ""


@dataclass
class FileScan:
    """Files of the data folder that no library entry accounts for."""

    orphans: list[Path] = field(default_factory=list)
    orphan_thumbs: list[Path] = field(default_factory=list)
    temps: list[tuple[Path, float]] = field(default_factory=list)  # with age in seconds


def run_check(ctx: AppContext) -> CheckReport:
    """Check migrations, database integrity, every media file and the leftovers."""
    report = CheckReport()
    current, head = current_revision(ctx.engine), head_revision()
    if current == head:
        report.add("schema", True, f"schema {current} is current", current=current)
    else:
        report.add(
            "schema",
            False,
            f"schema {current}, this version expects {head}: the database is upgraded "
            "(after a backup) the next time the application starts",
            current=current,
            head=head,
        )
    if ctx.is_sqlite:
        with ctx.engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        result = "; ".join(rows[:5])
        report.add("integrity", rows == ["ok"], f"integrity_check: {result}", result=result)
    if current is not None and current in known_revisions():
        _check_schema_objects(ctx, report, current)
    _check_media(ctx, report)
    return report


def _check_schema_objects(ctx: AppContext, report: CheckReport, revision: str) -> None:
    """The tables, indexes, triggers and views are what the migrations create (no more)."""
    if ctx.is_sqlite:
        with ctx.engine.connect() as conn:
            raw = conn.connection.driver_connection
            differences = schema_check.sqlite_differences(raw, revision)  # type: ignore[arg-type]
    else:
        try:
            differences = schema_check.postgres_differences(ctx.engine, revision)
        except SQLAlchemyError as exc:
            detail = " ".join(str(getattr(exc, "orig", exc)).split())
            report.add(
                "schema_objects",
                True,
                f"schema objects not compared: {detail}",
                warning=True,
                reason=detail,
            )
            return
    if differences:
        objects = schema_check.describe(differences)
        detail = (
            f"the database holds objects the migrations of revision {revision} do not create "
            f"(they may run code at the next write): {objects}; "
            "restore a backup from before they appeared"
        )
        report.add("schema_objects", False, detail, revision=revision, objects=objects)
    else:
        report.add("schema_objects", True, "tables, indexes, triggers and views as created")


def _assets(ctx: AppContext) -> list[tuple[int, str, Path, str]]:
    # Plain tuples: the ORM objects are expired and detached once the unit of work ends.
    with ctx.uow() as uow:
        return [
            (asset.id, asset.original_name, media_path(ctx.config, asset), asset.sha256)
            for asset in uow.session.scalars(select(MediaAsset).order_by(MediaAsset.id))
        ]


def _check_media(ctx: AppContext, report: CheckReport) -> None:
    assets = _assets(ctx)
    bad = _check_files(report, assets) if ctx.is_sqlite else _check_blobs(ctx, report, assets)
    scan = scan_files(ctx, assets)
    for path in scan.orphans:
        report.add(
            "media_orphan", True, f"file without a library entry: {path}", warning=True, path=path
        )
    for path in scan.orphan_thumbs:
        report.add(
            "thumb_orphan", True, f"thumbnail without a source: {path}", warning=True, path=path
        )
    for path, _age in scan.temps:
        report.add(
            "temp_leftover", True, f"unfinished temporary file: {path}", warning=True, path=path
        )
    detail = f"{len(assets)} media files checked, {bad} with problems"
    report.add("media", bad == 0, detail, checked=len(assets), bad=bad)


def _check_files(report: CheckReport, assets: list[tuple[int, str, Path, str]]) -> int:
    """Every original in the media folder and unaltered; the number of problems."""
    bad = 0
    for asset_id, name, path, sha256 in assets:
        if not path.is_file():
            detail = f"media #{asset_id} {name}: missing ({path}); {MISSING_HINT}"
            report.add("media_missing", False, detail, id=asset_id, name=name, path=path)
            bad += 1
        elif file_sha256(path) != sha256:
            detail = f"media #{asset_id} {name}: altered ({path}); {ALTERED_HINT}"
            report.add("media_changed", False, detail, id=asset_id, name=name, path=path)
            bad += 1
    return bad


class _Discard:
    """A file-like sink: the check hashes the stored chunks without keeping them."""

    def write(self, data: bytes) -> int:
        return len(data)


def _check_blobs(
    ctx: AppContext, report: CheckReport, assets: list[tuple[int, str, Path, str]]
) -> int:
    """On a team database: every original stored there and intact; this PC's cache intact.

    A file missing from the cache is normal (it is fetched when needed); an
    altered one would be used as it is, so it fails the check.  Returns the
    number of problems.
    """
    bad = 0
    with ctx.uow() as uow:
        for asset_id, name, path, sha256 in assets:
            digest, size = blobs.read_into(uow.session, sha256, _Discard())  # type: ignore[arg-type]
            if size == 0:
                detail = f"media #{asset_id} {name}: missing from the team database"
                report.add(
                    "media_missing",
                    False,
                    f"{detail}; {BLOB_MISSING_HINT}",
                    id=asset_id,
                    name=name,
                    team=True,
                )
                bad += 1
            elif digest != sha256:
                detail = f"media #{asset_id} {name}: altered in the team database"
                report.add(
                    "media_changed",
                    False,
                    f"{detail}; {BLOB_MISSING_HINT}",
                    id=asset_id,
                    name=name,
                    team=True,
                )
                bad += 1
            elif path.is_file() and file_sha256(path) != sha256:
                detail = f"media #{asset_id} {name}: altered copy in this PC's cache ({path})"
                report.add(
                    "media_changed",
                    False,
                    f"{detail}; {CACHE_ALTERED_HINT}",
                    id=asset_id,
                    name=name,
                    path=path,
                    cache=True,
                )
                bad += 1
    return bad


def scan_files(ctx: AppContext, assets: list[tuple[int, str, Path, str]]) -> FileScan:
    """Orphan originals, orphan thumbnails and temporary files, compared with `assets`."""
    config = ctx.config
    known = {path.resolve() for _id, _name, path, _sha in assets}
    hashes = {sha for _id, _name, _path, sha in assets}
    scan = FileScan()
    now = clock.now().timestamp()
    for path in sorted(_files(config.media_dir)):
        if path.name.startswith(".import-"):
            scan.temps.append((path, now - _mtime(path)))
        elif not path.name.startswith(".") and path.resolve() not in known:
            scan.orphans.append(path)
    for path in sorted(_files(config.thumbs_dir)):
        if path.name.startswith(".thumb-"):
            scan.temps.append((path, now - _mtime(path)))
        elif path.name.split("_", 1)[0] not in hashes:
            scan.orphan_thumbs.append(path)
    db_file = ctx.sqlite_file
    for folder, prefix in (
        (config.backups_dir, ".backup-"),
        (config.data_dir, f".{SETTINGS_FILE}."),
        # A package import unpacks into cache/package-*; an interrupted one leaves it.
        (config.data_dir / "cache", "package-"),
        *([(db_file.parent, f".{db_file.name}.restore-")] if db_file is not None else []),
    ):
        for path in sorted(folder.glob(f"{prefix}*")) if folder.is_dir() else []:
            scan.temps.append((path, now - _mtime(path)))
    return scan


def repair(ctx: AppContext) -> list[Repair]:
    """Fix what is safe to fix (see the module docstring); return what was done."""
    done: list[Repair] = []
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
    quarantine = ctx.config.data_dir / "quarantine" / stamp
    with ctx.uow() as uow:
        # The first statement takes the write lock (BEGIN IMMEDIATE on SQLite): no
        # import can commit a row for a file while it is being judged an orphan.
        assets = [
            (asset.id, asset.original_name, media_path(ctx.config, asset), asset.sha256)
            for asset in uow.session.scalars(select(MediaAsset).order_by(MediaAsset.id))
        ]
        scan = scan_files(ctx, assets)
        try:
            for path in scan.orphans:
                target = quarantine / path.relative_to(ctx.config.data_dir)
                target.parent.mkdir(parents=True, exist_ok=True)
                replace_file(path, target)
                done.append(Repair("quarantined", path, target))
            for path in scan.orphan_thumbs:
                remove_file(path)
                done.append(Repair("thumb_deleted", path))
            for path, age in scan.temps:
                if age >= STALE_TEMP_SECONDS:
                    _remove(path)
                    done.append(Repair("temp_deleted", path))
                else:
                    done.append(Repair("temp_kept", path, detail="recent: may still be in use"))
        except OSError as exc:
            raise os_error_to_domain(exc, ctx.config.data_dir) from exc
    return done


def _remove(path: Path) -> None:
    """Delete a temporary file, or a staging folder with what it holds (never a link's target)."""
    if path.is_dir() and not path.is_symlink():
        remove_tree(path)
    else:
        remove_file(path)


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return clock.now().timestamp()
