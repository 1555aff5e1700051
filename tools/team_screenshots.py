"""Screenshots of team mode: the database settings, the move of the data to a server,
and (`tools/live_screenshots.py`) a post changed on another PC.

Called by `tools/screenshots.py`; runs on its own too (a fresh demo folder):

    SOSMED_TEST_POSTGRES=postgresql+psycopg://postgres@127.0.0.1:55432/postgres \
        .venv/bin/python tools/team_screenshots.py [OUT_DIR]

The move needs a PostgreSQL server whose user may create databases
(``SOSMED_TEST_POSTGRES``); without one only the settings tab is taken.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = ROOT / "tests" / "offscreen-1366x768.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from ui.settings.dialog import SettingsDialog  # noqa: E402


def _empty_database(server: str, name: str) -> str:
    admin = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"))
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _drop(server: str, name: str) -> None:
    admin = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def team_shots(window, ctx, out: Path) -> None:
    """database-settings.png (after "test connection") and server-migration.png (the summary)."""
    from tools.shots import grab, settle
    from ui.team.server_migration_dialog import MigrationDialog

    server = os.environ.get("SOSMED_TEST_POSTGRES", "")
    name = f"sosmed_screenshot_{os.getpid()}"
    url = _empty_database(server, name) if server else ""
    try:
        settings = SettingsDialog(ctx.config, ctx, window.ops, window)
        settings.show()
        settings.tabs.setCurrentIndex(2)
        panel = settings.database
        target = (
            make_url(url) if url else make_url("postgresql+psycopg://petugas@192.168.1.10/sosmed")
        )
        panel.server.setChecked(True)
        panel.host.setText(target.host or "")
        panel.port.setValue(target.port or 5432)
        panel.database.setText(target.database or "")
        panel.user.setText(target.username or "")
        panel.password.setText("********")
        if url:
            panel.password.setText("")
            panel.test_connection()
            settle(600)
        grab(settings, out / "database-settings.png")
        settings.reject()
        if not url:
            print("SOSMED_TEST_POSTGRES not set: no screenshot of the move")
            return
        dialog = MigrationDialog(ctx.config, window.ops, url, None, window)
        dialog.show()
        dialog.start()
        settle(1500)
        grab(dialog, out / "server-migration.png")
        dialog.close_button.click()
    finally:
        if url:
            _drop(server, name)


def main() -> int:
    from tools.live_screenshots import live_shots
    from tools.shots import demo_window, out_folder

    out = out_folder(sys.argv)
    with demo_window(sys.argv) as (window, ctx):
        team_shots(window, ctx, out)
        live_shots(window, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
