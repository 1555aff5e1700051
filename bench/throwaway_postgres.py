"""A throwaway PostgreSQL server for the benches, started the way ``.ci/run`` starts one.

Figures taken on "some server" cannot be compared from one run to the next (its
settings, its other databases, who else uses it), so a bench that needs
PostgreSQL and is given no URL starts its own: Debian's newest
``/usr/lib/postgresql/*/bin``, ``initdb`` into a temporary directory (on
``/dev/shm`` when it has room, as CI does), the socket directory inside it, a
free port on 127.0.0.1, durability off (``fsync``, full page writes and
synchronous commit: the cluster is deleted at the end, and the benches measure
reading and the app's own work, not the disk).  As root the server runs as the
``postgres`` user, since PostgreSQL refuses to run as root.

    with throwaway_postgres() as url:   # postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
        ...

`server(url)` is the benches' entry: the given URL as it is, or a throwaway server.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

SETTINGS = ("fsync=off", "full_page_writes=off", "synchronous_commit=off")


def postgres_bin() -> Path:
    """The newest installed server's program folder (Debian keeps it out of PATH)."""

    def version(folder: str) -> tuple[int, ...]:
        name = Path(folder).parent.name
        return tuple(int(part) for part in name.split(".") if part.isdigit())

    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True):
        if os.access(f"{folder}/initdb", os.X_OK) and os.access(f"{folder}/pg_ctl", os.X_OK):
            return Path(folder)
    raise SystemExit(
        "no PostgreSQL server programs in /usr/lib/postgresql/*/bin: "
        "apt-get install postgresql, or give the bench a server URL"
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _parent_dir() -> str:
    """RAM is quicker for a cluster that lives for one run (as in .ci/run)."""
    if os.path.isdir("/dev/shm") and shutil.disk_usage("/dev/shm").free > 1 << 30:
        return "/dev/shm"
    return tempfile.gettempdir()


@contextlib.contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Start a fresh server, yield its URL, stop it and delete its files at exit."""
    bin_dir = postgres_bin()
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    base = Path(tempfile.mkdtemp(prefix="sosmed-bench-pg.", dir=_parent_dir()))
    if as_root:
        shutil.chown(base, user="postgres")
    data, log = base / "data", base / "server.log"
    port = _free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], cwd="/", capture_output=True, text=True)
        if done.returncode:
            detail = log.read_text(errors="replace") if log.exists() else done.stderr
            raise SystemExit(f"{Path(args[0]).name} failed:\n{done.stdout}{detail}")

    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8")  # fmt: skip
        options = f"-k {base} -h 127.0.0.1 -p {port} " + " ".join(f"-c {s}" for s in SETTINGS)
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
            "-o", options, "start")  # fmt: skip
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run(
                [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                cwd="/",
                capture_output=True,
            )
        shutil.rmtree(base, ignore_errors=True)


@contextlib.contextmanager
def server(url: str = "") -> Iterator[str]:
    """`url` when one is given (an existing server), else a throwaway server's URL."""
    if url:
        yield url
        return
    with throwaway_postgres() as started:
        print(f"(a throwaway PostgreSQL server on {started})", flush=True)
        yield started
