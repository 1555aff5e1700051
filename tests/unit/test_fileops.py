"""Renames and deletes on Windows, simulated: sharing violations are waited out, briefly.

Windows reports a file held open by an antivirus scanner, the search indexer or
OneDrive as a `PermissionError` carrying ``winerror`` 5, 32 or 33.  These tests
raise exactly that from `os.replace` and `Path.unlink` on Linux.
"""

from __future__ import annotations

import ast
import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from sosmed_desktop import fileops
from sosmed_desktop.config import Config
from sosmed_desktop.errors import DataDirError
from sosmed_desktop.fileops import atomic_write_text, remove_file, replace_file
from sosmed_desktop.services.posts import editor_drafts
from tests.unit.posting import post_input

ROOT = Path(__file__).resolve().parents[2]


def sharing_violation(winerror: int = 32) -> PermissionError:
    """The error Windows raises for a file another program has open."""
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = winerror  # type: ignore[attr-defined]
    return exc


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between tries, recorded instead of slept."""
    waited: list[float] = []
    monkeypatch.setattr(fileops.time, "sleep", waited.append)
    return waited


def failing_first(real: Callable, failures: list[BaseException]) -> Callable:
    """`real`, but raising each of `failures` in turn before it is called for real."""

    def call(*args: object, **kwargs: object) -> object:
        if failures:
            raise failures.pop(0)
        return real(*args, **kwargs)

    return call


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_replace_waits_out_a_sharing_violation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float], winerror: int
) -> None:
    source, target = tmp_path / "baru.tmp", tmp_path / "data.json"
    source.write_text("baru")
    target.write_text("lama")
    failures: list[BaseException] = [sharing_violation(winerror), sharing_violation(winerror)]
    monkeypatch.setattr(os, "replace", failing_first(os.replace, failures))
    replace_file(source, target)
    assert target.read_text() == "baru" and not source.exists()
    assert sleeps == list(fileops.RETRY_DELAYS_S[:2])


def test_replace_gives_up_after_a_bounded_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    calls = []

    def always_locked(*args: object) -> None:
        calls.append(args)
        raise sharing_violation()

    monkeypatch.setattr(os, "replace", always_locked)
    with pytest.raises(PermissionError) as caught:
        replace_file(tmp_path / "a", tmp_path / "b")
    assert caught.value.winerror == 32  # type: ignore[attr-defined]
    assert len(calls) == len(fileops.RETRY_DELAYS_S) + 1
    assert sum(sleeps) < 5


def test_other_errors_are_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    failures: list[BaseException] = [PermissionError(errno.EACCES, "read-only folder")]
    monkeypatch.setattr(os, "replace", failing_first(os.replace, failures))
    with pytest.raises(PermissionError):
        replace_file(tmp_path / "a", tmp_path / "b")
    assert sleeps == []


def test_remove_waits_out_a_sharing_violation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    doomed = tmp_path / "thumb.jpg"
    doomed.write_bytes(b"x")
    failures: list[BaseException] = [sharing_violation(33)]
    monkeypatch.setattr(Path, "unlink", failing_first(Path.unlink, failures))
    remove_file(doomed)
    assert not doomed.exists() and sleeps == [fileops.RETRY_DELAYS_S[0]]
    remove_file(doomed)  # gone already: nothing to do
    with pytest.raises(FileNotFoundError):
        remove_file(doomed, missing_ok=False)


def test_remove_tree_waits_out_a_sharing_violation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    """A staging folder (``cache/package-*``) whose file a scanner holds for a moment."""
    staging = tmp_path / "package-abc123"
    (staging / "post").mkdir(parents=True)
    (staging / "post" / "manifest.json").write_text("{}")
    (staging / "post" / "caption.txt").write_text("x")
    failures: list[BaseException] = [sharing_violation(32)]
    monkeypatch.setattr(os, "unlink", failing_first(os.unlink, failures))
    fileops.remove_tree(staging)
    assert not staging.exists() and sleeps == [fileops.RETRY_DELAYS_S[0]]


def test_atomic_write_survives_a_scanner_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    target = tmp_path / "settings.json"
    atomic_write_text(target, "lama")
    failures: list[BaseException] = [sharing_violation(32), sharing_violation(5)]
    monkeypatch.setattr(os, "replace", failing_first(os.replace, failures))
    atomic_write_text(target, "baru")
    assert target.read_text("utf-8") == "baru"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_settings_locked_for_good_keep_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    config = Config(tmp_path)
    config.set("language", "en")
    config.save()

    def locked(*_args: object) -> None:
        raise sharing_violation()

    monkeypatch.setattr(os, "replace", locked)
    config.set("language", "id")
    with pytest.raises(DataDirError):
        config.save()
    assert Config.load(tmp_path).get("language") == "en"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_recovery_draft_written_and_discarded_past_a_scanner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    config = Config(tmp_path)
    failures: list[BaseException] = [sharing_violation(32)]
    monkeypatch.setattr(os, "replace", failing_first(os.replace, failures))
    editor_drafts.save_draft(config, "post-7", post_input())
    assert [d.key for d in editor_drafts.list_drafts(config)] == ["post-7"]
    failures_unlink: list[BaseException] = [sharing_violation(32)]
    monkeypatch.setattr(Path, "unlink", failing_first(Path.unlink, failures_unlink))
    editor_drafts.discard_draft(config, "post-7")
    assert editor_drafts.list_drafts(config) == []
    assert len(sleeps) == 2


# --- every rename and delete goes through fileops ------------------------------------

RENAMES_AND_DELETES = {"replace", "rename", "remove", "unlink"}


def _offending_calls(source: str) -> list[str]:
    """Calls that rename or delete a file other than through `fileops`.

    ``os.replace/rename/remove/unlink(...)``, ``<path>.unlink(...)``, and
    ``<path>.rename(target)`` / ``<path>.replace(target)`` (one positional argument:
    `str.replace` takes two, `datetime.replace` keywords, a dialog's ``rename()`` none).
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name, owner = node.func.attr, node.func.value
        if name not in RENAMES_AND_DELETES:
            continue
        if isinstance(owner, ast.Name) and owner.id == "os":
            found.append(f"line {node.lineno}: os.{name}")
        elif name == "unlink":
            found.append(f"line {node.lineno}: .unlink()")
        elif name in ("rename", "replace") and len(node.args) == 1 and not node.keywords:
            found.append(f"line {node.lineno}: .{name}(target)")
    return found


def test_no_rename_or_delete_bypasses_fileops() -> None:
    offenders = {}
    for folder in ("sosmed_desktop", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name == "fileops.py" or "migrations" in path.parts:
                continue
            calls = _offending_calls(path.read_text("utf-8"))
            if calls:
                offenders[str(path.relative_to(ROOT))] = calls
    assert offenders == {}, "use fileops.replace_file / remove_file instead"


def test_the_scan_recognises_what_it_forbids() -> None:
    bad = (
        "import os\nos.replace(a, b)\np.unlink(missing_ok=True)\ntmp.replace(target)\nq.rename(r)\n"
    )
    assert len(_offending_calls(bad)) == 4
    fine = "s.replace('a', 'b')\nwhen.replace(tzinfo=UTC)\nreplace_file(a, b)\nself.rename()\n"
    assert _offending_calls(fine) == []
