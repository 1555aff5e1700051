"""Smoke test of a frozen build (dist/SosmedDesktop) on a temporary data folder.

Used by ``.ci/frozen-smoke`` on Linux and by the Windows workflow
(``.github/workflows/windows.yml``); runs with any Python 3.11+, needing nothing
installed: it only starts the build's executables.

* ``sosmed-cli --help``, ``seed-demo``, ``check``, ``export --all-approved --allow-past``; the
  packages' names within the Windows limits and the approval sheet's font embedded;
* with ``--media DIR``: ``import-media`` of the files there (say a HEIC photo, which
  needs pillow-heif in the build, and a video, which a build without PyAV catalogues
  without a poster frame and says so), none refused;
* the user guide (Help → Guide) in the build: both languages' pages and every picture
  they show;
* ``SosmedDesktop`` opened offscreen: the log's start-up record names the menus in
  Indonesian and says the start-up completed; the window is closed (SIGTERM, which
  the application answers by closing properly; on Windows the process is ended,
  as a GUI program has no console to signal); no traceback and no error logged.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

WINDOWS = sys.platform == "win32"
START_TIMEOUT_S = 120
TROUBLE = re.compile(r"Traceback|\bERROR\b|\bCRITICAL\b")


def fail(message: str) -> None:
    """Stop the smoke test with `message`."""
    raise SystemExit(f"frozen-smoke: {message}")


def executable(dist: Path, name: str) -> Path:
    path = dist / (f"{name}.exe" if WINDOWS else name)
    if not path.is_file():
        fail(f"{path} is missing")
    return path


def cli(dist: Path, *args: str) -> str:
    """Run the console program; its output, or fail with it."""
    done = subprocess.run(
        [str(executable(dist, "sosmed-cli")), *args], capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        fail(f"sosmed-cli {' '.join(args)} exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return done.stdout


def check_packages(out: Path) -> int:
    packages = sorted(out.glob("*.zip"))
    if not packages:
        fail("export wrote no package")
    for package in packages:
        if len(package.name) > 80:
            fail(f"package name longer than 80 characters: {package.name}")
        with zipfile.ZipFile(package) as archive:
            names = archive.namelist()
            if max(len(n) for n in names) > 100:
                fail(f"an entry of {package.name} is longer than 100 characters")
            sheet = next(n for n in names if n.endswith("/persetujuan.pdf"))
            if b"NotoSans" not in archive.read(sheet):
                fail(f"the approval sheet of {package.name} lacks its font")
    return len(packages)


def check_guide(dist: Path) -> int:
    """The user guide's pages are in the build with every picture they show; return how many."""
    guide = dist / "_internal" / "resources" / "guide"
    pictures = 0
    for language in ("id", "en"):
        page = guide / language / "index.html"
        if not page.is_file():
            fail(f"the user guide is missing from the build: {page}")
        for src in re.findall(r'<img src="([^"]+)"', page.read_text("utf-8")):
            if not (page.parent / src).is_file():
                fail(f"the user guide's picture {src} is missing from the build")
            pictures += 1
    return pictures


def open_window(dist: Path, data: Path) -> str:
    """Start the window offscreen, wait for its start-up record, close it; the log."""
    log = data / "logs" / "sosmed.log"
    log.write_text("", encoding="utf-8")  # only this start's lines
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile() as stderr:
        process = subprocess.Popen(
            [str(executable(dist, "SosmedDesktop")), "--data-dir", str(data)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while "Start-up complete" not in log.read_text("utf-8", errors="replace"):
                if process.poll() is not None or time.monotonic() > deadline:
                    stderr.seek(0)
                    fail(
                        "the window did not finish starting:\n"
                        + stderr.read().decode(errors="replace")
                        + log.read_text("utf-8", errors="replace")
                    )
                time.sleep(0.25)
            time.sleep(2)  # what follows the first data (reminders, holidays) runs too
            if WINDOWS:
                process.kill()
                process.wait(30)
            else:
                process.send_signal(signal.SIGTERM)
                if process.wait(60) != 0:
                    fail(f"the window exited with {process.returncode}")
        finally:
            if process.poll() is None:
                process.kill()
        stderr.seek(0)
        errors = stderr.read().decode(errors="replace")
    text = log.read_text("utf-8", errors="replace")
    if "menus: Berkas, Sunting" not in text:
        fail(f"the menus are not in Indonesian:\n{text}")
    if TROUBLE.search(text) or TROUBLE.search(errors):
        fail(f"the frozen window reported an error:\n{errors}{text}")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dist", type=Path, nargs="?", default=Path("dist") / "SosmedDesktop")
    parser.add_argument("--media", type=Path, help="photos and videos to import")
    args = parser.parse_args(argv)
    licences = args.dist / "_internal" / "THIRD-PARTY-LICENSES.txt"
    if "x265" not in licences.read_text("utf-8", errors="replace"):
        fail("the third-party licence file does not state the GPL components")
    with tempfile.TemporaryDirectory(prefix="sosmed-frozen-") as scratch:
        data = Path(scratch) / "data folder"
        if "seed-demo" not in cli(args.dist, "--help"):
            fail("--help lists no commands")
        cli(args.dist, "seed-demo", "--data-dir", str(data))
        cli(args.dist, "check", "--data-dir", str(data))
        out = Path(scratch) / "out"
        # The demo holds an approved post whose time has passed: it is exported too.
        cli(
            args.dist,
            "export",
            "--all-approved",
            "--allow-past",
            "--out",
            str(out),
            "--data-dir",
            str(data),
        )
        count = check_packages(out)
        print(f"frozen-smoke: commands work; {count} packages within the Windows name limits")
        if args.media is not None:
            imported = cli(args.dist, "import-media", str(args.media), "--data-dir", str(data))
            print("frozen-smoke: " + " / ".join(imported.strip().splitlines()[-2:]))
        print(f"frozen-smoke: the user guide is in the build ({check_guide(args.dist)} pictures)")
        open_window(args.dist, data)
        print("frozen-smoke: the window opened in Indonesian and closed cleanly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
