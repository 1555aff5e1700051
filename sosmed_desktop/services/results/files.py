"""The result files imported so far, and taking one out again (a wrong file, a wrong date).

Removing a file removes its figures with it; the figures of the other exports of
the same posts stay, so a post shows its previous export's figures again.  The
file may then be imported again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from sosmed_desktop.db.models_results import PostResult, ResultFile
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import NotFoundError
from sosmed_desktop.services import audit


@dataclass(frozen=True)
class ImportedFile:
    """One imported export, for the list of files."""

    id: int
    name: str
    platform: str
    source: str
    exported_on: date
    imported_at: datetime
    rows: int


def imported_files(uow: UnitOfWork) -> list[ImportedFile]:
    """Every imported file, the most recently exported first."""
    rows = func.count(PostResult.id)
    found = uow.session.execute(
        select(ResultFile, rows)
        .outerjoin(PostResult, PostResult.file_id == ResultFile.id)
        .group_by(ResultFile.id)
        .order_by(ResultFile.exported_on.desc(), ResultFile.id.desc())
    )
    return [
        ImportedFile(f.id, f.name, f.platform, f.source, f.exported_on, f.imported_at, count)
        for f, count in found
    ]


def remove_file(uow: UnitOfWork, file_id: int) -> None:
    """Take an imported file and its figures out; commits."""
    file = uow.session.get(ResultFile, file_id)
    if file is None:
        raise NotFoundError(what="result file", ident=file_id)
    audit.record(uow, "results", file.id, "removed", name=file.name, platform=file.platform,
                 exported_on=file.exported_on.isoformat())  # fmt: skip
    uow.session.delete(file)
    uow.commit()
