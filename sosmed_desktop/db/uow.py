"""Unit of work: one session per use case that rolls back unless told to commit.

A SQLAlchemy session is not thread-safe, so every background task opens its own
unit of work from the shared session factory.  Every writing unit of work takes
the write lock when it begins (``BEGIN IMMEDIATE`` on SQLite, one advisory lock
on PostgreSQL: db/engine.py), so writers wait for each other instead of failing
halfway; a read-only one takes none and reads one committed snapshot.

Failures of the storage under the database — a lock held too long, a full disk,
an I/O error, a damaged file — become the domain errors the officer is shown
(`DatabaseLockedError`, `DiskFullError`, `DataDirError`, `CorruptDatabaseError`),
wherever they surface: at a query, a flush or the commit.  The transaction is
rolled back, so the last committed state stays as it was.

`commit()` returns what the commit changed (`Changes`, from the change log's
hooks) and hands it to the `sink` the application context gave, so whoever
runs a use case learns what it wrote (`services/perform.py`).  A unit of work
opened `read_only` refuses to commit.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from sosmed_desktop.db.change_kinds import Changes
from sosmed_desktop.db.change_log import committed
from sosmed_desktop.db.engine import READ_ONLY
from sosmed_desktop.errors import DatabaseError, DomainError, database_error

if TYPE_CHECKING:
    from sosmed_desktop.domain.permissions import Actor

ACTOR_KEY = "actor"
"""Where the session keeps its unit of work's `Actor` (read by `db/scoping.py`)."""


class UnitOfWork:
    """Context manager around one session; leaving without `commit()` rolls back."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        user_name: str = "",
        actor: Actor | None = None,
        *,
        sink: Callable[[Changes], None] | None = None,
        read_only: bool = False,
    ) -> None:
        self._factory = session_factory
        self.user_name = user_name
        self.actor = actor
        """The signed-in person (team mode); None on one PC, where nothing is restricted."""
        self.read_only = read_only
        self.changes = Changes()
        """Everything this unit of work committed so far."""
        self._sink = sink
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info[ACTOR_KEY] = self.actor
        self.session.info["user_name"] = self.user_name  # for the change log (db/change_log.py)
        if self.read_only:  # its transaction begins without the write lock (db/engine.py)
            try:
                self.session.connection(execution_options={READ_ONLY: True})
            except BaseException as exc:
                self.__exit__(type(exc), exc, exc.__traceback__)
                raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        rollback_error: DBAPIError | None = None
        try:
            self.session.rollback()
        except DBAPIError as error:
            # A server that went away fails the rollback too; the error that
            # brought us here (or else this one) is what the officer is told.
            rollback_error = error
        finally:
            self.session.close()
        failure = exc if exc is not None else rollback_error
        # A lock or a full disk can also hit a flush or query inside a service.
        if isinstance(failure, DBAPIError):
            storage = self._storage_error(failure)
            if storage is not None:
                raise storage from failure
        if exc is None and rollback_error is not None:
            raise rollback_error

    def commit(self) -> Changes:
        """Make the work durable and return what it changed; a storage failure becomes
        a domain error."""
        if self.read_only:
            raise RuntimeError("a read-only unit of work cannot commit")
        try:
            self.session.commit()
        except DBAPIError as exc:
            self.session.rollback()
            storage = self._storage_error(exc)
            if storage is not None:
                raise storage from exc
            raise
        done = committed(self.session)
        self.changes = self.changes.merge(done)
        if done and self._sink is not None:
            self._sink(done)
        return done

    def _storage_error(self, exc: DBAPIError) -> DomainError | None:
        """The domain error for a lock, full disk, I/O error or damage; None otherwise.

        Anything else (a constraint, a programming error) stays as it is: those
        are bugs to report, not conditions to explain.
        """
        if isinstance(exc, IntegrityError):
            return None
        url = getattr(self._factory.kw.get("bind"), "url", None)
        error = database_error(exc, (url.database if url is not None else "") or "")
        return None if type(error) is DatabaseError else error
