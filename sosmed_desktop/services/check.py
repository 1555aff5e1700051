"""The health check behind `main.py check`: schema, database integrity, media files."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, text

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.migrate import current_revision, head_revision
from sosmed_desktop.db.models import MediaAsset
from sosmed_desktop.services.media import file_sha256, media_path


@dataclass(frozen=True)
class Finding:
    """One result line; `ok=False` makes the check fail, a warning does not."""

    code: str
    ok: bool
    detail: str
    warning: bool = False


@dataclass
class CheckReport:
    """Every finding of one run of the check."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    def add(self, code: str, ok: bool, detail: str, *, warning: bool = False) -> None:
        self.findings.append(Finding(code, ok, detail, warning))


def run_check(ctx: AppContext) -> CheckReport:
    """Check migrations, database integrity and every media file against its hash."""
    report = CheckReport()
    current, head = current_revision(ctx.engine), head_revision()
    if current == head:
        report.add("schema", True, f"schema {current} is current")
    else:
        report.add(
            "schema",
            False,
            f"schema {current}, this version expects {head}: the database is upgraded "
            "(after a backup) the next time the application starts",
        )
    if ctx.is_sqlite:
        with ctx.engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        report.add("integrity", rows == ["ok"], "integrity_check: " + "; ".join(rows[:5]))
    _check_media(ctx, report)
    return report


def _check_media(ctx: AppContext, report: CheckReport) -> None:
    # Plain tuples: the ORM objects are expired and detached once the unit of work ends.
    with ctx.uow() as uow:
        assets = [
            (asset.id, asset.original_name, media_path(ctx.config, asset), asset.sha256)
            for asset in uow.session.scalars(select(MediaAsset).order_by(MediaAsset.id))
        ]
    known = set()
    bad = 0
    for asset_id, name, path, sha256 in assets:
        known.add(path.resolve())
        if not path.is_file():
            report.add("media_missing", False, f"media #{asset_id} {name}: missing")
            bad += 1
        elif file_sha256(path) != sha256:
            report.add("media_changed", False, f"media #{asset_id} {name}: altered")
            bad += 1
    orphans = [
        p
        for p in ctx.config.media_dir.rglob("*")
        if p.is_file() and not p.name.startswith(".") and p.resolve() not in known
    ]
    for path in orphans:
        report.add("media_orphan", True, f"file without a library entry: {path}", warning=True)
    report.add("media", bad == 0, f"{len(assets)} media files checked, {bad} with problems")
