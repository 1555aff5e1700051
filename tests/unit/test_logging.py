"""Everything refused or failed leaves a reason in the log, and no personal data (issue 15).

After a crashing import, a refused package, a refused restore and a failing
export the log had no traceback and no WARNING or ERROR line.  Now every
refusal is logged with its reason, an unexpected error with its traceback (in
the log only: the console gets one line), and the log never holds an identity
number (NIK), a telephone number or a caption.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from sosmed_desktop.bootstrap import AppContext
from sosmed_desktop.db.models import Post
from sosmed_desktop.logging_setup import LOG_FILE, redact
from sosmed_desktop.services.backup import backup_sqlite
from sosmed_desktop.services.packages import exporting as packages_export
from sosmed_desktop.services.packages import importing as packages_import
from sosmed_desktop.services.posts import posts
from sosmed_desktop.services.posts.data import PostInput, VariantInput
from tests.unit.commands import drop_app_log_handlers, run  # noqa: F401
from tests.unit.packaging import approved_post, rebuild, with_manifest

NIK = "3275014107900002"
PHONES = ("0812-3456-7890", "+62 812 3456 7891", "081234567892")
CAPTION = "Ibu Sumiati warga RT 03 penerima bantuan"
PERSONAL = (NIK, *PHONES, CAPTION)


def log_text(ctx: AppContext) -> str:
    logging.shutdown()  # flush
    return (ctx.config.logs_dir / LOG_FILE).read_text(encoding="utf-8")


def test_a_crashing_import_logs_its_traceback_and_prints_one_line(
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    package = packages_export.export_post(ctx, approved_post(ctx, tmp_path / "p"), tmp_path)
    folder = str(ctx.config.data_dir)
    ctx.dispose()

    def crash(*_args: object) -> None:
        raise RuntimeError("disk controller said no")

    monkeypatch.setattr(packages_import, "parse", crash)
    capsys.readouterr()
    assert run("import-package", str(package.path), "--data-dir", folder) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: unexpected RuntimeError; the details")
    assert "Traceback" not in err[0]
    text = log_text(ctx)
    assert "ERROR sosmed_desktop.cli" in text and "import-package failed unexpectedly" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: disk controller said no" in text


def test_refusals_and_failures_are_logged_with_their_reason(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = packages_export.export_post(ctx, approved_post(ctx, tmp_path / "p"), tmp_path)
    bad = rebuild(package.path, tmp_path / "bad.zip",
                  with_manifest(lambda m: m.update(format_version=[1])), sums=False)  # fmt: skip
    notes = tmp_path / "data.csv"
    notes.write_text("judul;nilai;sumber\nPosyandu;dua belas;Dinkes\n", encoding="utf-8")
    folder = str(ctx.config.data_dir)
    steps = [
        ("import-package", str(bad)),
        ("export", "--post", "999", "--out", str(tmp_path / "out")),
        ("import-data-notes", str(notes)),
        ("import-media", str(notes)),
        ("report", "--month", "2026-13", "--out", str(tmp_path / "r.csv")),
    ]
    if ctx.is_sqlite:
        backup = backup_sqlite(ctx.config.db_path, ctx.config.backups_dir, "manual")
        conn = sqlite3.connect(backup)
        conn.execute("CREATE VIEW semua AS SELECT * FROM users")
        conn.close()
        steps.append(("restore", str(backup)))
    ctx.dispose()
    for step in steps:
        assert run(*step, "--data-dir", folder) == 1, step
    capsys.readouterr()
    text = log_text(ctx)
    expected = [
        "import-package refused (package_manifest_invalid): The package bad.zip was refused: "
        "manifest.json: format_version: a whole number expected, found a list",
        "WARNING sosmed_desktop.services.packages.exporting [MainThread] Post 999 not exported "
        "(post_not_found)",
        "import-data-notes refused (csv_rows): 1 row(s) have errors",
        "WARNING sosmed_desktop.services.media.bulk_import [",
        "report refused (",
    ]
    if ctx.is_sqlite:
        expected.append("restore refused (backup_schema_differs)")
    for words in expected:
        assert words in text, words


def test_the_log_holds_no_personal_data(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A working day with identity and telephone numbers in titles, captions and file names."""
    words = f"{CAPTION}, NIK {NIK}, HP {' / '.join(PHONES)}"
    with ctx.uow() as uow:
        data = PostInput(
            title=f"Bantuan {NIK}", master_caption=words, notes=words,
            variants=(VariantInput("instagram"),),
        )  # fmt: skip
        posts.create_post(uow, data)
    # An unexpected database error: its statement's parameters would carry the caption.
    with ctx.uow() as uow:
        taken = uow.session.get(Post, 1)
        assert taken is not None
        uow.session.add(Post(uuid=taken.uuid, title=f"Ganda {NIK}", master_caption=words))
        with pytest.raises(IntegrityError) as caught:
            uow.session.flush()
    logging.getLogger("sosmed_desktop.test").error("Unexpected", exc_info=caught.value)
    logging.getLogger("sosmed_desktop.test").warning("Refused %s, %s", NIK, ", ".join(PHONES))
    # Refusals of files named after people, rows and packages that carry the numbers.
    photo = tmp_path / f"KTP_{NIK}_{PHONES[2]}.jpg"
    photo.write_bytes(b"not a photo")
    notes = tmp_path / "data.csv"
    notes.write_text(f"judul;nilai;sumber\n{words};{NIK} orang;{PHONES[0]}\n", encoding="utf-8")
    package = packages_export.export_post(ctx, approved_post(ctx, tmp_path / "p"), tmp_path)

    def personal(manifest: dict) -> None:
        manifest["post"]["title"] = f"{words}\x07"
        manifest["post"]["uuid"] = str(uuid.uuid4())

    bad = rebuild(package.path, tmp_path / f"paket {PHONES[1]}.zip", with_manifest(personal),
                  sums=False)  # fmt: skip
    folder = str(ctx.config.data_dir)
    ctx.dispose()
    assert run("import-media", str(photo), "--data-dir", folder) == 1
    assert run("import-data-notes", str(notes), "--data-dir", folder) == 1
    assert run("import-package", str(bad), "--data-dir", folder) == 1
    capsys.readouterr()
    text = log_text(ctx)
    assert "IntegrityError" in text and "[redacted]" in text
    for secret in PERSONAL:
        assert secret not in text, secret
    digits = "".join(ch for ch in text if ch.isdigit() or ch == "\n")
    for secret in (NIK, *PHONES):
        assert "".join(ch for ch in secret if ch.isdigit()).removeprefix("62") not in digits


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("media sha256 9f8e7d6c5b4a39281726354435261728394a5b6c7d8e9f0a1b2c3d4e5f60718", True),
        ("backup sosmed-20261127-030000-manual.db written (20971520 bytes)", True),
        ("settings " + json.dumps({"port": 5432}), True),
        (f"nik {NIK}", False),
        ("telepon (021) 8901234", False),
        ("telepon 021-8901234", False),
        ("pukul 10:00:00,123 tanggal 2026-11-27", True),
    ],
)
def test_redaction_masks_numbers_of_people_only(line: str, kept: bool) -> None:
    assert (redact(line) == line) is kept
