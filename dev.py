#!/usr/bin/env python3
"""Set up and run Sosmed Desktop from a source checkout, with nothing but Python 3.11+.

    python3 dev.py run [ARGS...]    start the application (ARGS go to main.py)
    python3 dev.py test [ARGS...]   run the test suite (ARGS go to pytest)

Each creates ``.venv`` on first use, installs the project and its dependencies
(again whenever pyproject.toml changes) and compiles the translations.

For IT (README, "Untuk PC kantor (Windows)"):

    python3 dev.py build [--with-video]   frozen one-folder build: dist/SosmedDesktop/
    python3 dev.py installer              the Windows installer of that build (NSIS)
    python3 dev.py licences [--with-video]   build/THIRD-PARTY-LICENSES.txt alone
    python3 dev.py wheels [--platform win_amd64] [--check] [--dest DIR] ...
                                          every wheel needed, into a folder (wheelhouse/)
    python3 dev.py offline-install DIR    .venv from the wheels in DIR, no index
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
RUN_EXTRAS = "postgres,video"
TEST_EXTRAS = "test,postgres,video"
DIST = ROOT / "dist" / "SosmedDesktop"
LICENCES = ROOT / "build" / "THIRD-PARTY-LICENSES.txt"


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


def ensure_environment(extras: str, wheels: Path | None = None) -> Path:
    """Create the virtual environment and install the project if anything changed.

    With `wheels` everything comes from that folder and the package index is
    never asked (``offline-install``).
    """
    if sys.version_info < (3, 11):  # noqa: UP036 - explain instead of failing obscurely
        sys.exit("Sosmed Desktop needs Python 3.11 or newer.")
    python = _bin("python")
    if not python.exists() or not (VENV / ".sosmed-created").exists():
        _create_venv()
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / ".sosmed-installed"
    if not stamp.exists() or stamp.read_text() != wanted:
        print(f"Installing Sosmed Desktop and its dependencies ({extras}) …", flush=True)
        source: list[str] = []
        if wheels is None:
            subprocess.run(
                [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True
            )
        else:
            source = ["--no-index", "--find-links", str(wheels.resolve())]
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", *source, "-e", f".[{extras}]"],
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


def build(with_video: bool) -> int:
    """The frozen one-folder build (PyInstaller, deploy/sosmed-desktop.spec) in dist/."""
    extras = "build,postgres" + (",video" if with_video else "")
    python = ensure_environment(extras)
    compile_translations(force=True)
    write_licences(python, with_video, frozen=True)
    env = {**os.environ, "SOSMED_LICENCES": str(LICENCES)}
    env["SOSMED_BUILD_VIDEO"] = "1" if with_video else "0"
    code = subprocess.call(
        [str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST.parent), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "deploy" / "sosmed-desktop.spec")],
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    if code == 0:
        files = (f for f in DIST.rglob("*") if f.is_file() and not f.is_symlink())
        size = sum(f.stat().st_size for f in files)
        print(f"Built {DIST} ({size / 1e6:.0f} MB)")
    return code


def write_licences(python: Path, with_video: bool, *, frozen: bool = False) -> None:
    """build/THIRD-PARTY-LICENSES.txt from the packages installed in .venv.

    A frozen build adds PyInstaller's licence (its bootloader is in the executables).
    """
    extras = "postgres" + (",video" if with_video else "")
    subprocess.run(
        [str(python), str(ROOT / "tools" / "third_party_licences.py"), "--extras", extras,
         *(["--frozen"] if frozen else []), "--out", str(LICENCES)],
        check=True,
    )  # fmt: skip


def installer(rest: list[str]) -> int:
    """Compile deploy/sosmed-desktop.nsi around dist/SosmedDesktop with NSIS's makensis."""
    makensis = shutil.which("makensis")
    if makensis is None:
        sys.exit("makensis (NSIS 3) is not installed: https://nsis.sourceforge.io, "
                 "or on Debian/Ubuntu: sudo apt install nsis")  # fmt: skip
    if not (DIST / "_internal").is_dir():
        sys.exit(f"{DIST} is missing: run `python3 dev.py build` first")
    sys.path.insert(0, str(ROOT))
    from sosmed_desktop import __version__

    defines = {
        "VERSION": __version__,
        "SOURCE": str(DIST),
        "OUTFILE": str(ROOT / "dist" / f"SosmedDesktop-{__version__}-setup.exe"),
    }
    for arg in rest:  # -DNAME=value given here wins (e.g. -DCOMPRESSOR=zlib, -DOUTFILE=...)
        name, _, value = arg.removeprefix("-D").partition("=")
        if not arg.startswith("-D") or not value:
            sys.exit(f"usage: python3 dev.py installer [-DNAME=value ...], not {arg!r}")
        defines[name] = value
    code = subprocess.call(
        [makensis, "-V2", *(f"-D{k}={v}" for k, v in defines.items()),
         str(ROOT / "deploy" / "sosmed-desktop.nsi")]
    )  # fmt: skip
    if code == 0:
        print(f"Installer: {defines['OUTFILE']}")
    return code


def main(argv: list[str]) -> int:
    """Dispatch the command (see the module docstring)."""
    commands = ("run", "test", "build", "installer", "licences", "wheels", "offline-install")
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        python = ensure_environment(RUN_EXTRAS)
        compile_translations()
        return subprocess.call([str(python), str(ROOT / "main.py"), *rest])
    if command == "test":
        python = ensure_environment(TEST_EXTRAS)
        compile_translations(force=True)
        return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT)
    if command == "build":
        return build("--with-video" in rest)
    if command == "installer":
        return installer(rest)
    if command == "licences":
        write_licences(ensure_environment(RUN_EXTRAS), "--with-video" in rest)
        return 0
    if command == "wheels":
        if not _bin("python").exists():
            _create_venv()
        return subprocess.call([str(_bin("python")), str(ROOT / "tools" / "wheelhouse.py"), *rest])
    if len(rest) != 1 or not Path(rest[0]).is_dir():
        sys.exit("usage: python3 dev.py offline-install WHEEL_FOLDER")
    ensure_environment(RUN_EXTRAS, wheels=Path(rest[0]))
    compile_translations()
    print("Installed from the wheel folder; start with: python3 dev.py run")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
