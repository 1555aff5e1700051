#!/usr/bin/env python3
"""Set up and run Sosmed Desktop from a source checkout, with nothing but Python 3.11+.

    python3 dev.py run [ARGS...]    start the application (ARGS go to main.py)
    python3 dev.py test [ARGS...]   run the test suite (ARGS go to pytest)

Each creates ``.venv`` on first use, installs the project and its dependencies
(again whenever pyproject.toml changes) and compiles the translations.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
TRANSLATIONS = ROOT / "resources" / "translations"


def _bin(name: str) -> Path:
    folder = VENV / ("Scripts" if os.name == "nt" else "bin")
    return folder / (f"{name}.exe" if os.name == "nt" else name)


def _create_venv() -> None:
    """Create ``.venv`` with pip, or explain what the machine lacks (leaving no half-made one)."""
    try:
        import ensurepip  # noqa: F401  (Debian/Ubuntu ship it separately)
    except ImportError:
        sys.exit(
            "This Python cannot create virtual environments with pip. On Debian/Ubuntu "
            "install it with: sudo apt install python3-venv"
        )
    print("Creating the virtual environment in .venv …", flush=True)
    shutil.rmtree(VENV, ignore_errors=True)
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except (OSError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(VENV, ignore_errors=True)
        sys.exit(f"Could not create the virtual environment: {exc}")
    (VENV / ".sosmed-created").write_text("ok")


def ensure_environment(extras: str) -> Path:
    """Create the virtual environment and install the project if anything changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - explain instead of failing obscurely
        sys.exit("Sosmed Desktop needs Python 3.11 or newer.")
    python = _bin("python")
    if not python.exists() or not (VENV / ".sosmed-created").exists():
        _create_venv()
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / ".sosmed-installed"
    if not stamp.exists() or stamp.read_text() != wanted:
        print(f"Installing Sosmed Desktop and its dependencies ({extras}) …", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True
        )
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "-e", f".[{extras}]"],
            check=True,
            cwd=ROOT,
        )
        stamp.write_text(wanted)
    return python


def compile_translations(force: bool = False) -> None:
    """Turn each ``.ts`` into the ``.qm`` the application loads (when it is newer)."""
    lrelease = _bin("pyside6-lrelease")
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = source.with_suffix(".qm")
        if force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)


def main(argv: list[str]) -> int:
    """Dispatch `run` or `test`."""
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        python = ensure_environment("postgres")
        compile_translations()
        return subprocess.call([str(python), str(ROOT / "main.py"), *rest])
    python = ensure_environment("test,postgres")
    compile_translations(force=True)
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
