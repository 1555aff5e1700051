#!/usr/bin/env python3
"""Refresh ``resources/tlds.txt``, the top-level domains a link without ``https://`` may end in.

Links written without a scheme (``s.id/PPDB``, ``forms.gle/abc``) are only links
when their last label is a real top-level domain, as X decides it.  The list is
the top-level labels of the ICANN section of the Public Suffix List (the
delegated TLDs of the root zone, Unicode ones included).  Run with the path of
a ``public_suffix_list.dat`` (the `publicsuffixlist` package ships one, Debian's
``publicsuffix`` package another)::

    python tools/update_tlds.py /path/to/public_suffix_list.dat
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "resources" / "tlds.txt"
VERSION = re.compile(r"^// VERSION: (\S+)")


def top_level_domains(psl_text: str) -> tuple[str, list[str]]:
    """The list's version and its ICANN section's top-level labels, sorted."""
    version, inside, labels = "unknown", False, set()
    for raw in psl_text.splitlines():
        line = raw.strip()
        if match := VERSION.match(line):
            version = match.group(1)
        if "===BEGIN ICANN DOMAINS===" in line:
            inside = True
        elif "===END ICANN DOMAINS===" in line:
            inside = False
        elif inside and line and not line.startswith("//"):
            labels.add(line.lstrip("!*.").rsplit(".", 1)[-1].casefold())
    return version, sorted(labels)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    version, labels = top_level_domains(Path(sys.argv[1]).read_text(encoding="utf-8"))
    header = [
        "# Top-level domains: the ICANN section of the Public Suffix List",
        f"# (publicsuffix.org, MPL-2.0), version {version}. Made by tools/update_tlds.py.",
    ]
    TARGET.write_text("\n".join([*header, *labels]) + "\n", encoding="utf-8")
    print(f"{len(labels)} top-level domains written to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
