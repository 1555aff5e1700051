"""The team server's password: kept in the OS keyring, never in the settings file.

The settings keep a URL without the password
(``postgresql+psycopg://user@host:5432/db``); `with_password` adds it when an
engine is built, from (in this order) a password given for this session only,
the ``SOSMED_DB_PASSWORD`` environment variable (headless commands, servers),
and the keyring entry of that server and user.

Where no keyring works (a Linux PC without a Secret Service, say) `save_password`
refuses with `KeyringUnavailableError` instead of writing the password anywhere
in plain text; the officer can still connect for this session
(`remember_for_session`).  ``keyring`` is imported only when a password is
looked up, so a PC on the built-in database never loads it.
"""

from __future__ import annotations

import contextlib
import logging
import os
from typing import TYPE_CHECKING

from sosmed_desktop.errors import DomainError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Sosmed Desktop (team server)"
ENV_PASSWORD = "SOSMED_DB_PASSWORD"
_SESSION: dict[str, str] = {}  # account -> password, for this process only


class KeyringUnavailableError(DomainError):
    """The OS keyring cannot be used, so the password cannot be kept safely."""

    code = "keyring_unavailable"
    template = (
        "No password store (keyring) is available on this computer ({detail}); "
        "the password was not saved"
    )


def account(url: str | URL) -> str:
    """The keyring's name for a server login: ``user@host:port/database``."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return f"{parsed.username or ''}@{parsed.host or ''}:{parsed.port or 5432}/{parsed.database}"


def keyring_available() -> bool:
    """True when a real password store backs `keyring` (not its fail or null backend)."""
    import keyring
    from keyring.backends import chainer, fail, null

    backend = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return not isinstance(backend, fail.Keyring | null.Keyring)


def save_password(url: str | URL, password: str) -> None:
    """Keep the password in the OS keyring; refuses when there is none (nothing written)."""
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        raise KeyringUnavailableError(detail=type(keyring.get_keyring()).__module__)
    try:
        keyring.set_password(KEYRING_SERVICE, account(url), password)
    except KeyringError as exc:
        raise KeyringUnavailableError(detail=str(exc) or type(exc).__name__) from exc


def forget_password(url: str | URL) -> None:
    """Remove a stored password (keyring and session); a missing one is fine."""
    import keyring
    from keyring.errors import KeyringError

    _SESSION.pop(account(url), None)
    if not keyring_available():
        return
    with contextlib.suppress(KeyringError):
        keyring.delete_password(KEYRING_SERVICE, account(url))


def remember_for_session(url: str | URL, password: str) -> None:
    """Use this password until the program ends, without storing it anywhere."""
    _SESSION[account(url)] = password


def stored_password(url: str | URL) -> str | None:
    """The password for this server login: session, environment, then keyring."""
    name = account(url)
    if name in _SESSION:
        return _SESSION[name]
    if os.environ.get(ENV_PASSWORD):
        return os.environ[ENV_PASSWORD]
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except KeyringError as exc:  # a locked or broken store: connect without, say why
        log.warning("The keyring could not be read (%s): %s", type(exc).__name__, exc)
        return None


def with_password(url: str | URL) -> URL:
    """`url` with its password filled in when it has none and one is stored."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.password or parsed.get_backend_name() != "postgresql":
        return parsed
    password = stored_password(parsed)
    return parsed.set(password=password) if password else parsed


def without_password(url: str | URL) -> str:
    """The URL as the settings keep it: everything but the password."""
    from sqlalchemy.engine import make_url

    # URL.set() leaves a value given as None unchanged: replace the field itself.
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def keep_out_of_settings(url: str) -> str:
    """`url` as the settings may keep it: a password in it goes to the keyring.

    Raises `KeyringUnavailableError` (nothing stored) where no keyring works:
    the password is never written into the settings file instead.  Also kept
    for this session, so the engine built next connects without a lookup.
    """
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if not parsed.password:
        return url
    save_password(parsed, str(parsed.password))
    remember_for_session(parsed, str(parsed.password))
    return without_password(parsed)
