"""Reading and writing the originals kept in the database (`media_blobs`), one chunk at a time.

Only this module (and the engine) knows which database holds the originals:
`in_database` is True on PostgreSQL, where every PC of a team must reach every
original.  Writing reads the file in chunks of `BLOB_CHUNK` and hashes it on the
way; reading hands the chunks to a file in order.  Neither ever holds more than
one chunk in memory.  Both take a Session or a Connection (the migration to a
server writes on a plain connection).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from sosmed_desktop.db.models_team import BLOB_CHUNK, MediaBlob

Executor = Session | Connection


def in_database(executor: Executor) -> bool:
    """True when this database keeps the originals itself (a team server)."""
    bind = executor.get_bind() if isinstance(executor, Session) else executor
    return bind.dialect.name == "postgresql"


def chunk_count(executor: Executor, sha256: str) -> int:
    """How many chunks of this original are stored (0: none)."""
    stmt = select(func.count()).select_from(MediaBlob).where(MediaBlob.sha256 == sha256)
    return int(executor.scalar(stmt) or 0)


def write(executor: Executor, sha256: str, path: Path) -> str:
    """Store the file at `path` as the chunks of `sha256`; return the hash of what was read.

    The caller compares the returned hash with `sha256` (a file changed since it
    was hashed) and rolls back on a difference.
    """
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        seq = 0
        while chunk := fh.read(BLOB_CHUNK):
            digest.update(chunk)
            executor.execute(insert(MediaBlob).values(sha256=sha256, seq=seq, data=chunk))
            seq += 1
    return digest.hexdigest()


def read_into(executor: Executor, sha256: str, out: BinaryIO) -> tuple[str, int]:
    """Write the chunks of `sha256` to `out` in order; return the hash and size written."""
    digest = hashlib.sha256()
    size = 0
    seq = 0
    stmt = select(MediaBlob.data).where(MediaBlob.sha256 == sha256)
    while (data := executor.scalar(stmt.where(MediaBlob.seq == seq))) is not None:
        data = bytes(data)
        digest.update(data)
        out.write(data)
        size += len(data)
        seq += 1
    return digest.hexdigest(), size


def stored_hashes(executor: Executor) -> set[str]:
    """Every SHA-256 with at least one chunk (the check compares it with the library)."""
    return set(executor.scalars(select(MediaBlob.sha256).distinct()))
