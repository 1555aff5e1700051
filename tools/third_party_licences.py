"""Write THIRD-PARTY-LICENSES.txt for what a build of Sosmed Desktop ships.

Run with the Python of the environment the build is made from (``python3 dev.py
build`` does it, or ``python3 dev.py licences``).  The packages are those the
project needs (``pyproject.toml``: the dependencies and the chosen extras),
followed through their own requirements as installed; each one gets its name,
version, declared licence and the full text of every licence file its
distribution carries (``pillow-heif`` also lists the libraries bundled in its
wheel).  Python's own licence and, for a frozen build, PyInstaller's (its
bootloader is inside the executables) come first.  The GPL components inside
the binary wheels are stated at the top, with what distributing them requires.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LICENCE_FILE_NAMES = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)

GPL_NOTE = """\
GPL components inside the binary wheels

* pillow-heif (HEIC photos): its wheels are GPL-2.0 as a whole, because they carry
  x265 (GPL-2.0-or-later), next to libheif and libde265 (LGPL-3.0); see its
  LICENSES_bundled.txt below.  Sosmed Desktop only decodes HEIC, but the library
  file is linked and ships.
* av / PyAV (video poster frames; the optional extra 'video', left out of a build
  unless asked for): FFmpeg's libraries (LGPL) built with x264 and x265
  (GPL-2.0-or-later).
* PySide6 / Qt: LGPL-3.0 (or GPL); the Qt libraries stay separate, replaceable files
  in the build folder, as the LGPL asks.

Whoever distributes a build holding GPL components (every build holds x265 through
pillow-heif) distributes it under the GPL-2.0's terms for those parts: with these
licence texts, and with the corresponding source code of the GPL components
offered (their upstream releases are named in the texts below).
"""


def requirements(extras: list[str]) -> list[Requirement]:
    """The project's requirements, with those of the chosen extras."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    found = [Requirement(text) for text in project["dependencies"]]
    for extra in extras:
        found += [Requirement(text) for text in project["optional-dependencies"][extra]]
    return found


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(roots: list[Requirement]) -> dict[str, metadata.Distribution]:
    """Every installed distribution the requirements lead to, by canonical name."""
    seen: dict[str, metadata.Distribution] = {}
    queue = [(req, tuple(req.extras)) for req in roots]
    while queue:
        req, extras = queue.pop()
        if req.marker is not None and not any(
            req.marker.evaluate({"extra": extra}) for extra in (extras or ("",))
        ):
            continue
        key = _canonical(req.name)
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            raise SystemExit(f"{req.name} is required but not installed here") from None
        first_time = key not in seen
        seen[key] = dist
        if first_time or req.extras:
            for text in dist.requires or []:
                child = Requirement(text)
                queue.append((child, tuple(req.extras)))
    return seen


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of each licence file in the distribution's metadata or package."""
    texts = []
    for file in dist.files or []:
        name = Path(str(file)).name
        if not LICENCE_FILE_NAMES.search(name) or name.endswith((".py", ".pyc")):
            continue
        path = Path(str(file.locate()))
        if path.is_file() and path.stat().st_size < 2_000_000:
            texts.append((str(file), path.read_text("utf-8", errors="replace").strip()))
    return texts


def declared_licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    licence = (meta.get("License") or "").strip()
    if licence and "\n" not in licence and len(licence) < 100:
        return licence
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if "License" in c]
    return ", ".join(classifiers) or "see the text below"


def python_licence() -> str:
    for candidate in (
        Path(os.__file__).parent / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ):
        if candidate.is_file():
            return candidate.read_text("utf-8", errors="replace").strip()
    return "Python Software Foundation License Version 2 (https://docs.python.org/3/license.html)"


def render(extras: list[str], frozen: bool) -> str:
    """The whole file."""
    dists = closure(requirements(extras))
    if frozen:
        dists["pyinstaller"] = metadata.distribution("pyinstaller")
    rule = "=" * 78
    parts = [
        "Sosmed Desktop: licences of the software it ships\n",
        "Sosmed Desktop itself is under the MIT licence.  The bundled Noto Sans fonts are "
        "under the SIL Open Font License 1.1 (resources/fonts/OFL.txt).\n",
        GPL_NOTE,
        f"{rule}\nPython {sys.version.split()[0]}\n{rule}\n{python_licence()}\n",
    ]
    for key in sorted(dists):
        dist = dists[key]
        name, version = dist.metadata["Name"], dist.version
        parts.append(f"{rule}\n{name} {version} — {declared_licence(dist)}\n{rule}")
        home = dist.metadata.get("Home-page") or next(
            (u.split(", ", 1)[-1] for u in dist.metadata.get_all("Project-URL") or []), ""
        )
        if home:
            parts.append(f"Home: {home}")
        texts = licence_texts(dist)
        for file_name, text in texts:
            parts.append(f"--- {file_name}\n{text}\n")
        if not texts:
            parts.append(_borrowed_text_note(dist, dists))
    return "\n".join(parts) + "\n"


def _borrowed_text_note(dist: metadata.Distribution, dists: dict) -> str:
    """For a distribution without licence files: where the same licence's text is in the file."""
    spdx = r"[A-Za-z0-9.+-]+-(?:only|or-later)"
    wanted = set(re.findall(spdx, declared_licence(dist)))
    for key in sorted(dists):
        other = dists[key]
        if (
            other is not dist
            and wanted & set(declared_licence(other).split())
            and licence_texts(other)
        ):
            return (
                "(The distribution carries no licence file; the text of "
                f"{', '.join(sorted(wanted & set(declared_licence(other).split())))} "
                f"is given with {other.metadata['Name']} in this file.)\n"
            )
    return "(The distribution carries no licence file; its licence is named above.)\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extras", default="postgres", help="comma-separated extras shipped")
    parser.add_argument("--frozen", action="store_true", help="a PyInstaller build")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "THIRD-PARTY-LICENSES.txt")
    args = parser.parse_args(argv)
    extras = [e for e in args.extras.split(",") if e]
    text = render(extras, args.frozen)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    count = text.count("\n" + "=" * 78 + "\n") // 2
    print(f"{args.out}: {count} components, {len(text):,} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
