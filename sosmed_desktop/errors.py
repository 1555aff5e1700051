"""Domain errors that carry a code and parameters.

The core never formats messages for the officer: `ui/` (and the CLI) turn the
code and parameters into text in the officer's language.  Each error still has
an English `str()` for logs and the headless commands.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base class for every error the officer can cause or must be told about."""

    code = "error"
    template = "Unexpected error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(self.message())

    def message(self) -> str:
        """English text for logs and the command line."""
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return f"{self.template} {self.params}"


class ValidationError(DomainError):
    """Input that breaks a rule (empty title, unknown platform ...)."""

    code = "invalid"
    template = "Invalid input: {detail}"


class NotFoundError(DomainError):
    """A record that does not (or no longer) exist."""

    code = "not_found"
    template = "{what} {ident} was not found"


class ConflictError(DomainError):
    """A change that collides with the current state."""

    code = "conflict"
    template = "Conflict: {detail}"


class StaleError(ConflictError):
    """Someone else saved the record since it was loaded (optimistic locking)."""

    code = "stale"
    template = "{what} {ident} was changed elsewhere since it was opened; reload it"


class TransitionError(ConflictError):
    """A status change the approval flow does not allow."""

    code = "status_not_allowed"
    template = "A post cannot go from {current} to {target}"


class PermissionDeniedError(DomainError):
    """The signed-in person's role does not include the action (team mode)."""

    code = "permission_denied"
    template = "The role {role} may not do this ({permission})"


class SignInError(DomainError):
    """A sign-in refused: unknown username, wrong password or a deactivated account.

    One code for all three, so that the message does not tell which was wrong.
    """

    code = "sign_in_failed"
    template = "The username or password is wrong"


class DataDirError(DomainError):
    """The data folder cannot be used (read-only, full, on a network drive ...)."""

    code = "data_dir"
    template = "The data folder {path} cannot be used: {detail}"


class SettingsFileError(DataDirError):
    """The settings file cannot be read or holds an invalid value."""

    code = "settings_unreadable"
    template = (
        "The settings file {path} cannot be used ({detail}); it was left as it is. "
        "Correct it or move it away to start with default settings"
    )


class NetworkPathError(DataDirError):
    """SQLite refuses to run on a network share: its locking is unreliable there."""

    code = "network_path"
    template = (
        "The database {path} is on a network drive. SQLite cannot lock files reliably there; "
        "keep the data folder on this PC or use a shared PostgreSQL server instead."
    )


class DatabaseError(DomainError):
    """The database cannot be opened or used safely."""

    code = "database"
    template = "Database problem: {detail}"


class CorruptDatabaseError(DatabaseError):
    """The file is damaged or is not a SQLite database at all."""

    code = "database_corrupt"
    template = "The database {path} is damaged or is not a database: {detail}"


class ForeignDatabaseError(DatabaseError):
    """A valid database that does not belong to Sosmed Desktop."""

    code = "database_foreign"
    template = "The database {path} was not created by Sosmed Desktop"


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer version of the app."""

    code = "database_too_new"
    template = (
        "The database {path} was made by a newer version of Sosmed Desktop "
        "(schema {revision}); update the application"
    )


class DatabaseLockedError(DatabaseError):
    """Another program holds the database."""

    code = "database_locked"
    template = "The database is busy in another program: {detail}"


class DatabaseUnreachableError(DatabaseError):
    """The database server cannot be reached (stopped, network down, connection killed).

    Nothing of the failed transaction was written; the same step can be tried
    again once the server answers (a dead pooled connection is replaced).
    """

    code = "database_unreachable"
    template = "The database server cannot be reached: {detail}"


class DatabaseInUseError(DatabaseLockedError):
    """A restore needs the database to itself, but another program still has it open."""

    code = "database_in_use"
    template = (
        "The database {path} is still open in another program (another copy of Sosmed "
        "Desktop?); close it and try again"
    )


class BackupUnusableError(DatabaseError):
    """A backup chosen for a restore fails its check; nothing was changed."""

    code = "backup_unusable"
    template = "The backup {path} cannot be restored: {detail}"


class DiskFullError(DataDirError):
    """Writing failed because the disk is full."""

    code = "disk_full"
    template = "The disk holding {path} is full"


# PostgreSQL SQLSTATEs: lock_not_available (lock_timeout ran out), deadlock_detected; disk_full.
PG_LOCK_STATES = frozenset({"55P03", "40P01"})
PG_DISK_FULL_STATES = frozenset({"53100"})
# Connection exceptions (class 08), and the server shutting down or ending the session
# (admin_shutdown, crash_shutdown, cannot_connect_now, idle_session_timeout).
PG_UNREACHABLE_STATES = frozenset({"57P01", "57P02", "57P03", "57P05"})
# What psycopg and libpq say when the connection itself failed (no SQLSTATE then).
CONNECTION_LOST_WORDS = (
    "connection refused",
    "server closed the connection",
    "terminating connection",
    "connection is closed",
    "connection already closed",
    "consuming input failed",
    "could not connect",
    "connection timeout expired",
    "could not receive data",
    "could not send data",
    "no route to host",
    "network is unreachable",
    "connection to server",
    "ssl connection has been closed",
)


def is_connection_lost(exc: BaseException) -> bool:
    """True when a driver error says the server cannot be reached (not a query's fault)."""
    orig = getattr(exc, "orig", None) or exc
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if sqlstate.startswith("08") or sqlstate in PG_UNREACHABLE_STATES:
        return True
    if getattr(exc, "connection_invalidated", False):
        return True
    lowered = str(orig).lower()
    return not sqlstate and any(word in lowered for word in CONNECTION_LOST_WORDS)


def database_error(exc: Exception, path: str) -> DomainError:
    """The domain error for a failure reported by the database driver.

    A lock held by another program and a full or failing disk must not be
    reported as a damaged database: an officer told "damaged" may delete it.
    """
    orig = getattr(exc, "orig", None) or exc
    text = str(orig)
    lowered = text.lower()
    sqlstate = getattr(orig, "sqlstate", None) or ""  # PostgreSQL's error class
    if sqlstate in PG_LOCK_STATES:
        return DatabaseLockedError(detail=text)
    if sqlstate in PG_DISK_FULL_STATES:
        return DiskFullError(path=path)
    if is_connection_lost(exc):
        return DatabaseUnreachableError(detail=" ".join(text.split()))
    if "locked" in lowered or "busy" in lowered:
        return DatabaseLockedError(detail=text)
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return DiskFullError(path=path)
    if "disk i/o error" in lowered or "unable to open" in lowered or "readonly" in lowered:
        return DataDirError(path=path, detail=text)
    if "malformed" in lowered or "not a database" in lowered or "could not decode" in lowered:
        return CorruptDatabaseError(path=path, detail=text)
    return DatabaseError(detail=" ".join(text.split()))


class PackageError(DomainError):
    """A post package (zip) that is refused: hostile, damaged or of an unknown format.

    Each refusal has its own code (``package_unsafe_path``, ``package_symlink`` ...);
    `detail` says what exactly, in English, for the log and the command line.
    """

    code = "package_refused"
    template = "The package {name} was refused: {detail}"
