"""Gather every wheel Sosmed Desktop needs into one folder, for PCs without internet.

Run through ``python3 dev.py wheels`` (which uses the virtual environment's pip).
The folder then installs with the index switched off::

    python3 dev.py offline-install wheelhouse

For another platform (``--platform win_amd64``) pip is told the target's platform
and Python version, but it still evaluates environment markers such as
``sys_platform == "win32"`` against the machine it runs on; keyring's
``pywin32-ctypes`` would then be missing on Windows.  So the requirements are
first resolved without downloading anything (``pip install --dry-run --report``,
which reads only the packages' metadata), every resolved package's requirements
are evaluated for the *target*, the missing ones are added and the resolution
is repeated until nothing is missing.  ``--check`` stops there: it proves that
the set resolves to binary wheels for every Python version asked, quickly.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

try:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
except ImportError:  # a fresh .venv has pip, which always carries packaging
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
MAX_ROUNDS = 5


def project_requirements(extras: list[str]) -> list[str]:
    """The dependencies, those of `extras`, and the build backend (for the editable install)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    found = list(data["project"]["dependencies"]) + list(data["build-system"]["requires"])
    for extra in extras:
        found += data["project"]["optional-dependencies"][extra]
    return found


def target_environment(platform: str, python: str) -> dict[str, str]:
    """The marker variables of the target: Windows or Linux, x86-64, CPython `python`."""
    windows = platform.startswith("win")
    return {
        "python_version": python,
        "python_full_version": f"{python}.0",
        "sys_platform": "win32" if windows else "linux",
        "platform_system": "Windows" if windows else "Linux",
        "os_name": "nt" if windows else "posix",
        "platform_machine": "AMD64" if platform.endswith("amd64") else "x86_64",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    }


def _target_options(platform: str | None, python: str) -> list[str]:
    options = ["--only-binary=:all:", "--python-version", python, "--implementation", "cp"]
    return options + (["--platform", platform] if platform else [])


def resolve(requirements: list[str], platform: str | None, python: str) -> list[dict]:
    """The packages to install for the target, markers evaluated for it (see the docstring)."""
    wanted = list(requirements)
    env = target_environment(platform or _host_platform(), python)
    for _round in range(MAX_ROUNDS):
        with tempfile.TemporaryDirectory() as scratch:
            report = Path(scratch) / "report.json"
            subprocess.run(
                [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet",
                 "--ignore-installed", "--target", str(Path(scratch) / "target"),
                 "--report", str(report), *_target_options(platform, python), *wanted],
                check=True,
            )  # fmt: skip
            installs = json.loads(report.read_text("utf-8"))["install"]
        names = {canonicalize_name(item["metadata"]["name"]) for item in installs}
        missing = []
        for item in installs:
            extras = item.get("requested_extras") or [""]
            for text in item["metadata"].get("requires_dist") or []:
                req = Requirement(text)
                if canonicalize_name(req.name) in names or req.marker is None:
                    continue
                if any(req.marker.evaluate({**env, "extra": e}) for e in extras):
                    missing.append(str(req).split(";")[0].strip())
        if not missing:
            return installs
        wanted += missing
    raise SystemExit(f"the requirements did not settle after {MAX_ROUNDS} rounds")


def _host_platform() -> str:
    return "win_amd64" if sys.platform == "win32" else "linux_x86_64"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--platform", help="e.g. win_amd64 (default: this machine)")
    parser.add_argument(
        "--python", default=None, help="comma-separated versions (default for --platform: "
        "3.11,3.12,3.13; otherwise this Python)"
    )  # fmt: skip
    parser.add_argument("--dest", type=Path, default=ROOT / "wheelhouse")
    parser.add_argument("--extras", default="postgres,video")
    parser.add_argument("--check", action="store_true", help="resolve only, download nothing")
    args = parser.parse_args(argv)
    if args.python:
        versions = args.python.split(",")
    elif args.platform:
        versions = ["3.11", "3.12", "3.13"]
    else:
        versions = [f"{sys.version_info.major}.{sys.version_info.minor}"]
    requirements = project_requirements([e for e in args.extras.split(",") if e])
    for python in versions:
        installs = resolve(requirements, args.platform, python)
        wheels = sorted(item["download_info"]["url"].rsplit("/", 1)[-1] for item in installs)
        label = f"{args.platform or 'this machine'}, Python {python}"
        if args.check:
            print(f"{label}: {len(wheels)} wheels resolve")
            for wheel in wheels:
                print(f"  {wheel}")
            continue
        pins = [f"{item['metadata']['name']}=={item['metadata']['version']}" for item in installs]
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--dest", str(args.dest), *_target_options(args.platform, python), *pins],
            check=True,
        )  # fmt: skip
        print(f"{label}: {len(wheels)} wheels in {args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
