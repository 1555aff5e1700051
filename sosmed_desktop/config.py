"""Where the data lives and the settings the core needs, declared in one place.

Every setting is declared once in `SETTINGS` (key, type, default, description).
Values are stored as JSON in ``settings.json`` inside the data folder, so a data
folder carries its own configuration (database URL, language, time zone).  The
file is written atomically: a power cut leaves either the old or the new file.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from sosmed_desktop import APP_NAME
from sosmed_desktop.errors import DataDirError, DiskFullError, SettingsFileError, ValidationError
from sosmed_desktop.fileops import atomic_write_text
from sosmed_desktop.logging_setup import FILE_ONLY, configure_logging

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

log = logging.getLogger(__name__)

ENV_DATA_DIR = "SOSMED_DATA_DIR"
SETTINGS_FILE = "settings.json"
MAX_SETTINGS_BYTES = 1_000_000
DB_FILE = "sosmed.db"
SUBDIRS = ("media", "cache/thumbs", "backups", "logs", "exports")

LANGUAGES = ("id", "en")
DEFAULT_TIMEZONE = "Asia/Jakarta"
STALE_DAYS_KEY = "data_note_stale_days"
STALE_DAYS_RANGE = (1, 3650)


@dataclass(frozen=True)
class Setting:
    """One declared setting: its key, Python type, default and what it is for."""

    key: str
    type: type
    default: Any
    description: str


SETTINGS: tuple[Setting, ...] = (
    Setting("language", str, "id", "Interface language: 'id' (Bahasa Indonesia) or 'en'"),
    Setting("timezone", str, DEFAULT_TIMEZONE, "Officer's time zone for display and input"),
    Setting("database_url", str, "", "SQLAlchemy URL; empty means the embedded SQLite file"),
    Setting("platform_spec_file", str, "", "Officer's override of the platform spec file"),
    Setting(
        "sensitive_words_file",
        str,
        "",
        "Officer's sensitive-word list for the content checks; empty means the bundled one",
    ),
    Setting("welcome_done", bool, False, "Whether the first-start welcome was completed"),
    Setting(STALE_DAYS_KEY, int, 90, "Days after which a data note's figure is out of date"),
    Setting("watermark_file", str, "", "Department logo (PNG) for watermarks, in the data folder"),
    Setting("watermark_position", str, "bottom-right", "Where the logo goes on a rendered image"),
    Setting("watermark_size", int, 18, "Logo width in percent of the image width"),
    Setting("watermark_opacity", int, 85, "Logo opacity in percent"),
    Setting("watermark_margin", int, 3, "Logo distance from the edge in percent of the width"),
    Setting("reminder_leads", list, [1440, 60], "Minutes before a scheduled post to remind"),
    Setting("agenda_enabled", bool, True, "Show the morning agenda of the day's posts"),
    Setting("agenda_time", str, "07:30", "Local time (HH:MM) of the morning agenda"),
    Setting("approval_wait_hours", int, 24, "Remind when a post waits this long; 0: never"),
    Setting("export_reminder_enabled", bool, True, "Remind of unexported posts the day before"),
    Setting("export_reminder_time", str, "13:00", "Local time (HH:MM) of that reminder"),
    Setting("keep_running_in_tray", bool, True, "Closing the window keeps reminders running"),
    Setting("tray_hint_shown", bool, False, "Whether the keep-running hint was shown once"),
    Setting("start_with_login", bool, False, "Start Sosmed Desktop when the officer logs in"),
    Setting(
        "update_source",
        str,
        "",
        "Folder or web address where IT keeps new versions (sosmed-desktop-version.json)",
    ),
    Setting("export_folder", str, "", "Folder packages were last exported to; empty: exports/"),
)
WATERMARK_RANGES = {
    "watermark_size": (2, 100),
    "watermark_opacity": (0, 100),
    "watermark_margin": (0, 30),
}
_BY_KEY = {s.key: s for s in SETTINGS}
# Checked by the reminder rules (imported when such a value is checked: this module
# is loaded before the window's first paint, the rules are not needed for it).
_REMINDER_CHECKS = {
    "reminder_leads": "check_leads",
    "agenda_time": "parse_clock",
    "export_reminder_time": "parse_clock",
    "approval_wait_hours": "check_approval_wait",
}


def default_data_dir() -> Path:
    """The per-user data folder chosen by platformdirs."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins over `SOSMED_DATA_DIR`, which wins over the platform default."""
    if cli_value is not None and not str(cli_value).strip():
        raise DataDirError(path="", detail="the folder name is empty")
    chosen = cli_value or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    return Path(chosen).expanduser().absolute()


def validate_value(key: str, value: Any) -> Any:
    """Check a value against its declaration and return it in the declared type."""
    setting = _BY_KEY.get(key)
    if setting is None:
        raise ValidationError(code="setting_unknown", detail=f"unknown setting {key!r}")
    if not isinstance(value, setting.type) or (setting.type is int and isinstance(value, bool)):
        raise ValidationError(
            code="setting_type", detail=f"setting {key!r} must be {setting.type.__name__}"
        )
    if key == "language" and value not in LANGUAGES:
        raise ValidationError(code="language_unknown", detail=f"unknown language {value!r}")
    if key == "timezone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValidationError(
                code="timezone_unknown", detail=f"unknown time zone {value!r}"
            ) from exc
    if key == STALE_DAYS_KEY and not (
        isinstance(value, int)
        and not isinstance(value, bool)
        and STALE_DAYS_RANGE[0] <= value <= STALE_DAYS_RANGE[1]
    ):
        raise ValidationError(
            code="stale_days_range",
            detail=f"{key} must be a whole number of days from "
            f"{STALE_DAYS_RANGE[0]} to {STALE_DAYS_RANGE[1]}",
            low=STALE_DAYS_RANGE[0],
            high=STALE_DAYS_RANGE[1],
        )
    if key == "database_url" and value:
        _validate_database_url(value)
    if key == "watermark_position":
        from sosmed_desktop.domain.recipe import ANCHORS

        if value not in ANCHORS:
            raise ValidationError(detail=f"unknown watermark position {value!r}")
    if key in WATERMARK_RANGES:
        low, high = WATERMARK_RANGES[key]
        if isinstance(value, bool) or not low <= value <= high:
            raise ValidationError(detail=f"setting {key!r} must be between {low} and {high}")
    if key == "update_source" and value.strip():
        from sosmed_desktop.services.updates import check_source

        try:
            check_source(value.strip())
        except ValueError as exc:
            raise ValidationError(code="update_source_invalid", detail=str(exc)) from exc
    if key in _REMINDER_CHECKS:
        from sosmed_desktop.domain import reminders as reminder_rules

        getattr(reminder_rules, _REMINDER_CHECKS[key])(value)
    return value


def _validate_database_url(url: str) -> None:
    """Only a SQLite file given by its full path, or a PostgreSQL server via psycopg."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ValidationError(code="database_url_invalid", detail=f"not a URL: {url!r}") from exc
    if parsed.drivername in ("postgresql", "postgresql+psycopg"):
        if not parsed.host or not parsed.database:
            raise ValidationError(
                code="database_url_invalid", detail="a server and a database name are needed"
            )
        return
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        database = parsed.database or ""
        if database in ("", ":memory:") or not Path(database).is_absolute():
            raise ValidationError(
                code="database_url_not_file", detail="a SQLite database needs a full file path"
            )
        return
    raise ValidationError(
        code="database_url_unsupported",
        detail="only SQLite files and PostgreSQL servers (postgresql+psycopg) are supported",
    )


@dataclass
class Config:
    """The settings of one data folder, loaded from and saved to its settings file."""

    data_dir: Path
    values: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path) -> Config:
        """Read the settings file (a missing file gives the defaults).

        A file that cannot be read or holds an invalid value is refused rather
        than replaced by defaults: silently ignoring, say, the team's database
        URL would open an empty local database instead.  Keys this version does
        not know are kept and written back unchanged.
        """
        config = cls(data_dir=data_dir)
        path = data_dir / SETTINGS_FILE
        try:
            if path.stat().st_size > MAX_SETTINGS_BYTES:
                raise ValueError("the file is far too large")
            raw = json.loads(path.read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            return config
        except (OSError, ValueError, RecursionError) as exc:
            raise _unreadable(path, str(exc)) from exc
        if not isinstance(raw, dict):
            raise _unreadable(path, "it does not hold an object")
        for key, value in raw.items():
            if key not in _BY_KEY:
                config.extra[key] = value
                continue
            try:
                config.values[key] = validate_value(key, value)
            except ValidationError as exc:
                raise _unreadable(path, f"{key}: {exc.params.get('detail', exc)}") from exc
        config._move_password_out()
        return config

    def _move_password_out(self) -> None:
        """A database URL typed into the file with its password: the password leaves it.

        It goes to the keyring (or, where there is none, is used for this session
        only); the next save writes the URL without it.
        """
        from sosmed_desktop.db import credentials

        url = self.values.get("database_url") or ""
        if not url or not _password_of(url):
            return
        try:
            self.values["database_url"] = credentials.keep_out_of_settings(url)
            log.warning(
                "The settings held the database password: moved to the keyring", extra=FILE_ONLY
            )
        except credentials.KeyringUnavailableError:
            bare = credentials.without_password(url)
            credentials.remember_for_session(url, str(_password_of(url)))
            self.values["database_url"] = bare
            log.warning(
                "The settings hold the database password and no keyring can keep it: it is "
                "used for this session and not written back (set %s or install a keyring)",
                credentials.ENV_PASSWORD,
                extra=FILE_ONLY,
            )

    def get(self, key: str) -> Any:
        """The stored value or the declared default."""
        return self.values.get(key, _BY_KEY[key].default)

    def set(self, key: str, value: Any) -> None:
        """Validate and set a value in memory; call `save()` to persist.

        A database URL carrying a password is split: the password goes to the
        keyring (`KeyringUnavailableError` where there is none: nothing is set).
        """
        value = validate_value(key, value)
        if key == "database_url" and value:
            from sosmed_desktop.db import credentials

            value = credentials.keep_out_of_settings(value)
        self.values[key] = value

    def save(self) -> None:
        """Write the settings file atomically; a disk problem becomes a domain error.

        A password never reaches the file (`set` and `load` take it out of the URL).
        """
        url = self.values.get("database_url") or ""
        if url and _password_of(url):
            raise ValidationError(
                code="database_password_in_settings",
                detail="the database URL holds a password; it is kept in the keyring instead",
            )
        try:
            text = json.dumps({**self.extra, **self.values}, indent=2, ensure_ascii=False)
            atomic_write_text(self.data_dir / SETTINGS_FILE, text)
        except OSError as exc:
            raise os_error_to_domain(exc, self.data_dir) from exc

    # Paths inside the data folder -------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def thumbs_dir(self) -> Path:
        return self.data_dir / "cache" / "thumbs"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    @property
    def export_folder(self) -> Path:
        """Where packages go: the folder chosen last, else ``exports/`` in the data folder."""
        chosen = self.get("export_folder")
        return Path(chosen) if chosen else self.exports_dir

    @property
    def watermark_path(self) -> Path | None:
        """The chosen logo file (kept inside the data folder), or None."""
        name = self.get("watermark_file")
        return self.data_dir / name if name else None

    @property
    def database_url(self) -> str | URL:
        """The configured URL, or the embedded SQLite file of this data folder.

        The file URL is built from parts so that a folder name holding ``?``,
        ``#`` or ``%`` is not read as URL syntax.
        """
        from sqlalchemy.engine import URL

        return self.get("database_url") or URL.create("sqlite", database=str(self.db_path))

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.get("timezone"))

    @property
    def stale_days(self) -> int:
        """Age in days after which a data note's figure counts as out of date."""
        return int(self.get(STALE_DAYS_KEY))


def _password_of(url: str) -> str | None:
    from sqlalchemy.engine import make_url

    return make_url(url).password  # type: ignore[return-value]


def _unreadable(path: Path, detail: str) -> SettingsFileError:
    return SettingsFileError(path=str(path), detail=detail)


def ensure_data_dir(data_dir: Path) -> None:
    """Create the data folder and its sub-folders, or explain why that is impossible."""
    try:
        for sub in ("", *SUBDIRS):
            (data_dir / sub).mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-probe-"):
            pass
    except OSError as exc:
        raise os_error_to_domain(exc, data_dir) from exc


def load_config(data_dir: Path, *, console_level: int | None = None) -> tuple[Config, Path]:
    """Create the data folder if needed, start logging into it, read its settings."""
    data_dir = data_dir.absolute()
    ensure_data_dir(data_dir)
    log_file = configure_logging(data_dir / "logs", console_level=console_level)
    return Config.load(data_dir), log_file


def os_error_to_domain(exc: OSError, path: Path) -> DataDirError:
    """Turn an OSError from the data folder into the error the officer is shown."""
    import errno

    if exc.errno == errno.ENOSPC:
        return DiskFullError(path=str(path))
    return DataDirError(path=str(path), detail=exc.strerror or str(exc))
