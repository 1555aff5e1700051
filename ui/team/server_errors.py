"""Messages for team mode's server: the connection, the password store, the move of the data.

Each reason the connection fails has its own code (`server_connection.
connection_error`) so that the officer knows whom to ask: the network, the
server's administrator, or themself (a typing error).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from sosmed_desktop.errors import DomainError

translate = QCoreApplication.translate


def server_messages(exc: DomainError) -> dict[str, Callable[[], str]]:
    """Translated messages by code."""
    p = exc.params
    host = str(p.get("host", ""))
    tables = int(p.get("tables", 0) or 0)
    return {
        "server_host_unknown": lambda: translate(
            "Errors",
            "The server name “{host}” is not known on this network. Check the spelling, "
            "or use the server's address (for example 192.168.1.10).",
        ).format(host=host),
        "server_refused": lambda: translate(
            "Errors",
            "The server {host} refused the connection: PostgreSQL is not running there, or "
            "not on this port, or it does not accept connections from this PC.",
        ).format(host=host),
        "server_auth_failed": lambda: translate(
            "Errors",
            "The server {host} did not accept the user name or the password. Check both "
            "(capital letters count) or ask the server's administrator.",
        ).format(host=host),
        "server_database_missing": lambda: translate(
            "Errors",
            "The server {host} has no database of that name. Check the name, or ask the "
            "server's administrator to create it (empty).",
        ).format(host=host),
        "server_timeout": lambda: translate(
            "Errors",
            "The server {host} did not answer in time. Check the network connection and the "
            "server's address.",
        ).format(host=host),
        "server_unreachable": lambda: translate(
            "Errors", "The server {host} cannot be used: {detail}"
        ).format(host=host, detail=p.get("detail", "")),
        "keyring_unavailable": lambda: translate(
            "Errors",
            "This computer has no password store (keyring), so the password was not saved.",
        ),
        "database_password_in_settings": lambda: translate(
            "Errors",
            "The database address holds a password; a password is kept in the keyring, never "
            "in the settings file. Enter the password in its own field.",
        ),
        "server_login_incomplete": lambda: translate(
            "Errors", "Enter the server and the database name of the team server."
        ),
        "migration_no_source": lambda: translate(
            "Errors", "There is no database on this PC to move ({path})."
        ).format(path=p.get("path", "")),
        "migration_source_outdated": lambda: translate(
            "Errors",
            "The database on this PC is from an older version. Start Sosmed Desktop with it "
            "once, then move the data.",
        ),
        "migration_media_missing": lambda: translate(
            "Errors",
            "The original of “{name}” is missing ({path}), so nothing was moved. Import the "
            "file again or delete it from the media library (the command “main.py check” "
            "lists every missing file), then try again.",
        ).format(name=p.get("name", ""), path=p.get("path", "")),
        "migration_media_changed": lambda: translate(
            "Errors",
            "The original of “{name}” was altered on this PC ({path}), so nothing was moved. "
            "The command “main.py check” lists every altered file.",
        ).format(name=p.get("name", ""), path=p.get("path", "")),
        "migration_target_not_empty": lambda: translate(
            "Errors",
            "The server database is not empty (it has %n table(s)). The data can only be "
            "moved into a new, empty database; nothing was changed.",
            "",
            tables,
        ),
        "migration_text_too_long": lambda: translate(
            "Errors",
            "A text in “{table}” is longer than the server allows. Shorten it and try "
            "again; nothing was moved.",
        ).format(table=p.get("table", "")),
        "migration_verify_failed": lambda: translate(
            "Errors",
            "The check after the copy found {source} rows of “{table}” here but {target} "
            "on the server, so nothing was kept on the server.",
        ).format(**{k: p.get(k, "") for k in ("table", "source", "target")}),
        "migration_cancelled": lambda: translate(
            "Errors", "The move was cancelled; the server database is still empty."
        ),
        "original_missing": lambda: translate(
            "Errors",
            "This photo or video is not in the team database. Import the file again on any PC.",
        ),
        "original_damaged": lambda: translate(
            "Errors",
            "The copy of this photo or video in the team database is damaged; it was not "
            "used. Import the file again on any PC.",
        ),
    }
