"""A team server's connection details, and "test connection" with a clear reason on failure.

The officer enters host, port, database, user and password; the settings keep
`ServerLogin.url()` (no password) and the password goes to the keyring
(`db.credentials`).  `probe_server` ("test connection") opens one short-lived connection of its
own (not the app's engine) and says what it found: the server's version and
whether the database is empty, already a Sosmed Desktop team database (at which
schema revision) or something else.  A failure becomes a `ServerConnectionError`
whose code names the cause the officer can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sosmed_desktop.errors import DomainError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 10
EMPTY, SOSMED, FOREIGN = "empty", "sosmed", "foreign"


class ServerConnectionError(DomainError):
    """The team server cannot be used; the code says why.

    Codes: ``server_host_unknown``, ``server_refused``, ``server_auth_failed``,
    ``server_database_missing``, ``server_timeout``, ``server_unreachable`` (anything
    else the server or the network reported: `detail`).
    """

    code = "server_unreachable"
    template = "The team server {host} cannot be used: {detail}"


@dataclass(frozen=True)
class ServerLogin:
    """Where the team database is and who connects (the password is kept apart)."""

    host: str
    port: int
    database: str
    user: str

    def url(self) -> str:
        """The URL the settings keep: ``postgresql+psycopg://user@host:port/database``."""
        from sqlalchemy.engine import URL

        url = URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )
        return url.render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str | URL) -> ServerLogin:
        """The parts of a PostgreSQL URL (the password, if any, is left out)."""
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        return cls(
            parsed.host or "",
            parsed.port or DEFAULT_PORT,
            parsed.database or "",
            parsed.username or "",
        )


@dataclass(frozen=True)
class ServerFacts:
    """What "test connection" found on the server."""

    server_version: str
    state: str
    """`EMPTY` (no table: ready for the migration), `SOSMED` or `FOREIGN`."""
    revision: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head


def connect_engine(
    url: str | URL, password: str | None, timeout: int = CONNECT_TIMEOUT_S
) -> Engine:
    """An engine without a pool for one job (test, migration), the password filled in."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    from sosmed_desktop.db.credentials import with_password

    parsed = make_url(url)
    parsed = parsed.set(password=password) if password else with_password(parsed)
    options = "-c timezone=UTC"
    return create_engine(
        parsed,
        poolclass=NullPool,
        connect_args={"connect_timeout": timeout, "options": options},
    )


def probe_server(
    url: str | URL, password: str | None = None, *, timeout: int = CONNECT_TIMEOUT_S
) -> ServerFacts:
    """Connect once and report what is there; raises `ServerConnectionError`."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import SQLAlchemyError

    from sosmed_desktop.db.migrate import head_revision

    engine = connect_engine(url, password, timeout)
    host = engine.url.host or ""
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar_one())
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError as exc:
        raise connection_error(exc, host) from exc
    finally:
        engine.dispose()
    if not tables:
        state = EMPTY
    elif revision is not None and "media_assets" in tables:
        state = SOSMED
    else:
        state = FOREIGN
    return ServerFacts(version.split()[0], state, revision, head_revision())


# SQLSTATEs: invalid_password, invalid_authorization_specification (no such role,
# no pg_hba entry), invalid_catalog_name (no such database).
_AUTH_STATES = frozenset({"28P01", "28000"})
_DATABASE_MISSING = "3D000"
_AUTH_PHRASES = ("password authentication failed", "no password supplied")


def connection_error(exc: BaseException, host: str) -> ServerConnectionError:
    """The officer's reason for a failed connection, from the driver's error."""
    orig = getattr(exc, "orig", None) or exc
    text = " ".join(str(orig).split())
    lowered = text.lower()
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if sqlstate in _AUTH_STATES or any(phrase in lowered for phrase in _AUTH_PHRASES):
        code = "server_auth_failed"
    elif sqlstate == _DATABASE_MISSING or ("database" in lowered and "does not exist" in lowered):
        code = "server_database_missing"
    elif "translate host name" in lowered or "name or service not known" in lowered:
        code = "server_host_unknown"
    elif "connection refused" in lowered:
        code = "server_refused"
    elif "timeout" in lowered or "timed out" in lowered:
        code = "server_timeout"
    else:
        code = "server_unreachable"
    return ServerConnectionError(code=code, host=host, detail=text)
