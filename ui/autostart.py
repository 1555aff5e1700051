"""Starting Sosmed Desktop when the officer logs in (Windows and Linux).

Windows: a value in the current user's ``Run`` key of the registry (through
QSettings' native format).  Linux: an XDG autostart entry in
``~/.config/autostart`` (or ``$XDG_CONFIG_HOME/autostart``).  The entry starts
this same installation with the same data folder; it is written again at each
start while the setting is on, so a moved installation keeps working.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings

from sosmed_desktop.bundle import SOURCE_ROOT, is_frozen, resource
from sosmed_desktop.config import default_data_dir, os_error_to_domain
from sosmed_desktop.fileops import atomic_write_text, remove_file

RUN_KEY = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"
ENTRY_NAME = "SosmedDesktop"
DESKTOP_FILE = "sosmed-desktop.desktop"


def supported(platform: str = sys.platform) -> bool:
    """Whether starting at login can be set up on this system."""
    return platform == "win32" or platform.startswith("linux")


def launch_command(data_dir: Path) -> list[str]:
    """The command that starts this installation with `data_dir`."""
    if is_frozen():
        command = [str(Path(sys.executable).resolve())]  # the installed SosmedDesktop.exe
    else:
        python = Path(sys.executable)
        windowless = python.with_name("pythonw.exe")
        if sys.platform == "win32" and windowless.exists():
            python = windowless  # no console window at login
        command = [str(python), str(SOURCE_ROOT / "main.py")]
    if data_dir.resolve() != default_data_dir().resolve():
        command += ["--data-dir", str(data_dir)]
    return command


def _desktop_arg(arg: str) -> str:
    """Quote one argument for the Exec key of a desktop entry (freedesktop spec)."""
    arg = arg.replace("%", "%%")
    if not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`="):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def desktop_entry(command: list[str]) -> str:
    """The text of the autostart entry for `command`."""
    exec_line = " ".join(_desktop_arg(arg) for arg in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Sosmed Desktop\n"
        "Comment=Content calendar, approvals and reminders\n"
        f"Exec={exec_line}\n"
        f"Icon={resource('icons', 'app.svg')}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def autostart_file(environ: dict[str, str] | None = None) -> Path:
    """Where the Linux autostart entry lives."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / DESKTOP_FILE


def _registry() -> QSettings:
    return QSettings(RUN_KEY, QSettings.Format.NativeFormat)


class Autostart:
    """Reads and changes the login entry; `platform` and `registry` are for tests."""

    def __init__(
        self,
        platform: str = sys.platform,
        registry: Callable[[], QSettings] = _registry,
        environ: dict[str, str] | None = None,
    ) -> None:
        self.platform = platform
        self.registry = registry
        self.environ = environ

    def enabled(self) -> bool:
        """Whether an entry exists now."""
        if self.platform == "win32":
            return self.registry().contains(ENTRY_NAME)
        return supported(self.platform) and autostart_file(self.environ).is_file()

    def set_enabled(self, enabled: bool, command: list[str]) -> None:
        """Add (or refresh) or remove the entry; a disk problem becomes a domain error."""
        if self.platform == "win32":
            settings = self.registry()
            if enabled:
                settings.setValue(ENTRY_NAME, subprocess.list2cmdline(command))
            else:
                settings.remove(ENTRY_NAME)
            settings.sync()
            return
        if not supported(self.platform):
            return
        path = autostart_file(self.environ)
        try:
            if enabled:
                atomic_write_text(path, desktop_entry(command))
            else:
                remove_file(path)
        except OSError as exc:
            raise os_error_to_domain(exc, path.parent) from exc
