"""Unit of work: one session per use case that rolls back unless told to commit.

A SQLAlchemy session is not thread-safe, so every background task opens its own
unit of work from the shared session factory.  On SQLite every unit of work
takes the write lock when it begins (db/engine.py), so writers wait for each
other instead of failing halfway.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sosmed_desktop.errors import DatabaseLockedError


class UnitOfWork:
    """Context manager around one session; leaving without `commit()` rolls back."""

    def __init__(self, session_factory: sessionmaker[Session], user_name: str = "") -> None:
        self._factory = session_factory
        self.user_name = user_name
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        # A lock can also hit a flush or query inside a service, not only commit().
        if isinstance(exc, OperationalError) and _is_lock_error(exc):
            raise DatabaseLockedError(detail=str(exc.orig)) from exc

    def commit(self) -> None:
        """Make the work durable; a lock held too long becomes a domain error."""
        try:
            self.session.commit()
        except OperationalError as exc:
            self.session.rollback()
            if _is_lock_error(exc):
                raise DatabaseLockedError(detail=str(exc.orig)) from exc
            raise


def _is_lock_error(exc: OperationalError) -> bool:
    """True when SQLite gave up waiting for another connection's lock."""
    message = str(exc.orig).lower()
    return "locked" in message or "busy" in message
