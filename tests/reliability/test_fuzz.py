"""Bad files everywhere: random and mutated bytes get a clean domain error, never a crash or hang.

Photos and videos (media import), CSV files (data-note import), settings files
(`Config.load`), database files (the start-up inspection, and a whole
`bootstrap`) and post packages (mutated zips through the package import).  An
input either works or raises the domain error of its kind; any other exception,
a hang (`hang_guard`) or a slow input (Hypothesis' deadline) fails the test.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from sosmed_desktop.bootstrap import AppContext, bootstrap
from sosmed_desktop.config import SETTINGS, Config, SettingsFileError
from sosmed_desktop.db.migrate import inspect_sqlite_file
from sosmed_desktop.errors import DatabaseError, DataDirError, DomainError, ValidationError
from sosmed_desktop.imaging.safe_open import BadImageError
from sosmed_desktop.services.directions.data_note_import import import_csv
from sosmed_desktop.services.media.media import import_file
from sosmed_desktop.services.packages.importing import import_package
from tests import media_files
from tests.reliability.figures import record
from tests.reliability.fuzzing import TRIED, count, fuzz_settings, hang_guard, inputs, mutated

IMAGE_EXAMPLES, VIDEO_EXAMPLES, CSV_EXAMPLES, PACKAGE_EXAMPLES = 400, 80, 400, 200
SETTINGS_EXAMPLES, DB_EXAMPLES, BOOTSTRAP_EXAMPLES = 400, 400, 60


def _image_samples() -> tuple[bytes, ...]:
    samples = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        samples.append(media_files.jpeg(folder / "a.jpg").read_bytes())
        samples.append(media_files.phone_photo(folder / "b.jpg", size=(80, 60)).read_bytes())
        samples.append(media_files.heic(folder / "c.heic", size=(32, 24)).read_bytes())
    for fmt, mode in (("PNG", "RGBA"), ("WEBP", "RGB"), ("GIF", "P")):
        out = io.BytesIO()
        frames = [Image.new(mode, (40, 30), colour) for colour in (1, 2)]
        frames[0].save(out, fmt, save_all=fmt == "GIF", append_images=frames[1:])
        samples.append(out.getvalue())
    return tuple(samples)


def _video_samples() -> tuple[bytes, ...]:
    with tempfile.TemporaryDirectory() as tmp:
        mp4 = media_files.video(Path(tmp) / "a.mp4", frames=4, size=(32, 24))
        mov = media_files.video(Path(tmp) / "b.mov", frames=4, size=(32, 24), container="mov")
        return (mp4.read_bytes(), mov.read_bytes())


CSV_SAMPLES = (
    "judul;nilai;satuan;periode;per_tanggal;sumber;tautan;tag\r\n"
    "Vaksinasi lengkap;1.245.300;dosis;;20/06/2022;Dinas Kesehatan;;vaksinasi\r\n"
    "Cakupan imunisasi;92,4;%;Januari–Mei 2022;31/05/2022;Dinas Kesehatan;https://x.id;\r\n",
    "title,value,unit,period,as_of,source,link,tags\n"
    'Kasus DBD,312,kasus,"Jan, Feb",2022-06-01,Puskesmas,,DBD\n',
)
CSV_BYTES = tuple([s.encode("utf-8-sig") for s in CSV_SAMPLES] + [CSV_SAMPLES[0].encode("utf-16")])
SETTINGS_BYTES = (
    json.dumps({"language": "id", "timezone": "Asia/Jakarta", "data_note_stale_days": 90}).encode(),
    json.dumps({"database_url": "", "welcome_done": True, "watermark_size": 18}).encode(),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
SETTING_KEYS = st.sampled_from([s.key for s in SETTINGS]) | st.text(max_size=12)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    """One data folder for every input of a test (refused files leave nothing behind)."""
    ctx = bootstrap(tmp_path_factory.mktemp("fuzz") / "data")
    yield ctx
    ctx.dispose()


@functools.cache
def database_sample() -> bytes:
    """A database of ours with one post, closed (no write-ahead log beside it)."""
    from tests.unit.helpers import make_post

    with tempfile.TemporaryDirectory() as tmp:
        ctx = bootstrap(Path(tmp) / "data")
        make_post(ctx, "Contoh untuk diacak")
        ctx.dispose()
        return ctx.config.db_path.read_bytes()


def _scratch(library: AppContext, name: str, data: bytes) -> Path:
    path = library.config.data_dir.parent / "inputs" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def _no_temporary_files(library: AppContext) -> None:
    left = [p for p in library.config.media_dir.rglob(".*") if p.is_file()]
    assert left == [], left


# Pillow's EXIF reader warns (and goes on) about damaged EXIF data.
@pytest.mark.filterwarnings("ignore::UserWarning:PIL.TiffImagePlugin")
@fuzz_settings(IMAGE_EXAMPLES)
@given(data=inputs(_image_samples()), suffix=st.sampled_from([".jpg", ".png", ".heic", ".gif"]))
def test_photos(library: AppContext, data: bytes, suffix: str) -> None:
    count("photo import")
    source = _scratch(library, f"foto{suffix}", data)
    with hang_guard(), library.uow() as uow, contextlib.suppress(BadImageError):
        import_file(library.config, uow, source)
    _no_temporary_files(library)


@fuzz_settings(VIDEO_EXAMPLES)
@given(data=inputs(_video_samples()), suffix=st.sampled_from([".mp4", ".mov"]))
def test_videos(library: AppContext, data: bytes, suffix: str) -> None:
    count("video import")
    source = _scratch(library, f"video{suffix}", data)
    with hang_guard(), library.uow() as uow, contextlib.suppress(BadImageError):
        import_file(library.config, uow, source)
    _no_temporary_files(library)


@fuzz_settings(CSV_EXAMPLES)
@given(data=inputs(CSV_BYTES) | st.text(max_size=400).map(str.encode))
def test_csv_files(library: AppContext, data: bytes) -> None:
    count("CSV data-note import")
    source = _scratch(library, "data.csv", data)
    with hang_guard(), library.uow() as uow:
        try:
            import_csv(uow, source)
        except ValidationError as exc:
            assert exc.code in ("csv_file", "csv_rows"), exc


@fuzz_settings(SETTINGS_EXAMPLES)
@given(
    data=inputs(SETTINGS_BYTES)
    | st.dictionaries(SETTING_KEYS, JSON_VALUES, max_size=6).map(lambda d: json.dumps(d).encode())
)
def test_settings_files(data: bytes) -> None:
    count("settings file")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "settings.json").write_bytes(data)
        with hang_guard():
            try:
                config = Config.load(Path(tmp))
            except SettingsFileError:
                return
        for setting in SETTINGS:  # what loaded is usable
            assert isinstance(config.get(setting.key), setting.type)


def _inspect(folder: Path, data: bytes) -> None:
    db = folder / "sosmed.db"
    db.write_bytes(data)
    with hang_guard(), contextlib.suppress(DatabaseError, DataDirError):
        inspect_sqlite_file(db)
    assert sorted(p.name for p in folder.iterdir()) == ["sosmed.db"], "inspection wrote files"
    assert db.read_bytes() == data, "inspection changed the file"


@fuzz_settings(DB_EXAMPLES)
@given(data=st.data())
def test_database_files_at_inspection(data: st.DataObject) -> None:
    count("database file (inspection)")
    blob = data.draw(inputs((database_sample(),), random_size=8192))
    with tempfile.TemporaryDirectory() as tmp:
        _inspect(Path(tmp), blob)


@fuzz_settings(BOOTSTRAP_EXAMPLES)
@given(data=st.data())
def test_database_files_at_start_up(data: st.DataObject) -> None:
    """The whole start: inspection, engine, migrations, platform sync, profile."""
    count("database file (start-up)")
    blob = data.draw(mutated((database_sample(),)))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        (folder / "sosmed.db").write_bytes(blob)
        with hang_guard(30), contextlib.suppress(DomainError):
            bootstrap(folder).dispose()
        shutil.rmtree(folder)


def _package_sample() -> bytes:
    """A small zip shaped like a post package (manifest, caption, photo) to mutate."""
    photo = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 90, 160)).save(photo, "JPEG")
    folder = "2026-11-27_0900_dinkes_posyandu"
    manifest = {
        "format_version": 1,
        "post": {"uuid": "0f8c6f0e-7d7e-4d55-9d6e-2d1c8a7f3b10", "title": "Posyandu"},
        "files": {f"{folder}/instagram/caption.txt": "0" * 64},
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{folder}/manifest.json", json.dumps(manifest))
        archive.writestr(f"{folder}/instagram/caption.txt", "Ayo ke posyandu! #BekasiSehat")
        archive.writestr(f"{folder}/instagram/01.jpg", photo.getvalue())
    return out.getvalue()


@fuzz_settings(PACKAGE_EXAMPLES)
@given(data=inputs((_package_sample(),)))
def test_post_packages(library: AppContext, data: bytes) -> None:
    count("post package import")
    source = _scratch(library, "paket.zip", data)
    with hang_guard(), contextlib.suppress(DomainError):
        import_package(library, source)
    _no_temporary_files(library)


def test_zz_figures() -> None:
    """Record how many bad inputs were tried (runs after the fuzz tests of this module)."""
    record("fuzz: bad inputs tried", sum(TRIED.values()))
    record("fuzz: bad inputs by target", dict(sorted(TRIED.items())))
