"""The one way to the original file of a photo, video or document.

On the built-in SQLite database the file in the media folder IS the original.
On a team server the originals live in the database (`db.blobs`) so that every
PC reaches them; the media folder is then this PC's cache.  Whatever needs an
original's file (thumbnails, studio, rendering, package export, attachments)
asks `local_original`, which returns the local path and, on a miss, fetches
the chunks into the cache first and checks their SHA-256 before the file is
used.  `keep` stores a newly imported original in the database (nothing on
SQLite); the import paths call it in the transaction that adds the row.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sosmed_desktop.config import Config, os_error_to_domain
from sosmed_desktop.db import blobs
from sosmed_desktop.db.uow import UnitOfWork
from sosmed_desktop.errors import DomainError, database_error
from sosmed_desktop.fileops import remove_file, replace_file

if TYPE_CHECKING:
    from sosmed_desktop.bootstrap import AppContext

log = logging.getLogger(__name__)


class OriginalUnavailableError(DomainError):
    """An original that cannot be had: not in the team database, or damaged there.

    ``original_missing``: no chunk stored; ``original_damaged``: the fetched
    bytes do not have the expected SHA-256 (nothing is kept in the cache then).
    """

    code = "original_missing"
    template = "The original {sha256} cannot be had from the team database: {detail}"


def stored_path(config: Config, sha256: str, extension: str) -> Path:
    """Where an original with this hash and extension lives (``ab/abcdef....jpg``)."""
    return config.media_dir / sha256[:2] / f"{sha256}.{extension}"


def keep(uow: UnitOfWork, path: Path, sha256: str) -> bool:
    """Store the file of a new original in the team database; True if it was written.

    Does nothing on SQLite or when the original is already stored.  Raises
    `OriginalUnavailableError` (``original_damaged``) when the file no longer has
    its hash; the caller's transaction then rolls back.
    """
    if not blobs.in_database(uow.session) or blobs.chunk_count(uow.session, sha256):
        return False
    uow.session.flush()  # the asset row first: the chunks refer to it
    try:
        read = blobs.write(uow.session, sha256, path)
    except OSError as exc:
        raise os_error_to_domain(exc, path) from exc
    if read != sha256:
        raise OriginalUnavailableError(
            code="original_damaged",
            sha256=sha256,
            detail=f"the file {path.name} changed while it was stored",
        )
    return True


def local_original(config: Config, uow: UnitOfWork, sha256: str, extension: str) -> Path:
    """The local file of an original, fetched from the team database into the cache if needed.

    On SQLite the path is returned as it is (a missing file is the caller's
    `NotFoundError`, as before).  A fetched file is written under a temporary
    name, its SHA-256 compared, and only then renamed into place.
    """
    path = stored_path(config, sha256, extension)
    if path.is_file() or not blobs.in_database(uow.session):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=config.media_dir, prefix=".import-fetch-")
    except OSError as exc:
        raise os_error_to_domain(exc, config.media_dir) from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            digest, size = blobs.read_into(uow.session, sha256, out)
            out.flush()
            os.fsync(out.fileno())
        if size == 0:
            raise OriginalUnavailableError(sha256=sha256, detail="it is not stored there")
        if digest != sha256:
            log.error("Original %s fetched with hash %s: not kept", sha256, digest)
            raise OriginalUnavailableError(
                code="original_damaged",
                sha256=sha256,
                detail=f"the copy in the team database has the hash {digest}",
            )
        replace_file(tmp, path)
    except OSError as exc:
        raise os_error_to_domain(exc, config.media_dir) from exc
    finally:
        remove_file(tmp)
    log.info("Original %s fetched from the team database (%d bytes)", sha256, size)
    return path


def fetch_original(ctx: AppContext, sha256: str, extension: str) -> Path:
    """`local_original` in a unit of work of its own (thumbnail loaders on worker threads).

    Costs no database access when the file is already here.  A failure of the
    server becomes a domain error, which a loader shows as "no thumbnail".
    """
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with ctx.uow() as uow:
            return local_original(ctx.config, uow, sha256, extension)
    except SQLAlchemyError as exc:
        raise database_error(exc, "") from exc
