"""Sample phone photos for the demo data, drawn with Pillow (no image files are shipped).

The demo needs photos that behave like the ones an officer copies from a phone:
JPEGs of a realistic size, with the camera's make and model, the time taken and
a GPS position in their EXIF, and some stored sideways with an orientation tag.
That is what the media library, the metadata stripping and the orientation
handling must cope with, so the samples exercise them.  Drawing is seeded per
photo, so the same day always gives byte-identical files (and the media library,
which stores files under their SHA-256, recognises them on a second import).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PIL import ExifTags, Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from sosmed_desktop import clock

LANDSCAPE = (1600, 1200)
PORTRAIT = (1200, 1600)
JPEG_QUALITY = 85
ORIENTATION_ROTATE_90_CW = 6

RGB = tuple[int, int, int]
SKIN: tuple[RGB, ...] = ((224, 172, 105), (198, 134, 66), (171, 116, 74), (141, 85, 36))
CLOTHES: tuple[RGB, ...] = (
    (21, 128, 61),
    (190, 24, 93),
    (30, 64, 175),
    (234, 179, 8),
    (126, 34, 206),
    (250, 250, 250),
    (15, 118, 110),
    (194, 65, 12),
)


@dataclass(frozen=True)
class SampleSpec:
    """One sample photo: what it shows, which phone took it, when and where."""

    key: str
    scene: str
    title: str
    subtitle: str
    description: str
    make: str
    model: str
    days_ago: int
    taken: time
    lat: float
    lon: float
    portrait: bool = False
    sideways: bool = False
    accent: RGB = (22, 163, 74)


SAMPLES: tuple[SampleSpec, ...] = (
    SampleSpec("posyandu_sukamaju", "tent", "Posyandu Desa Sukamaju", "Kecamatan Sukatani",
               "Kader menimbang balita di Posyandu Melati, Desa Sukamaju.", "samsung",
               "SM-A546E", 34, time(8, 42, 13), -6.1764, 107.1712),
    SampleSpec("imunisasi_puskesmas", "clinic", "UPTD Puskesmas Cikarang", "Layanan Imunisasi",
               "Antrean imunisasi bayi di UPTD Puskesmas Cikarang.", "Xiaomi",
               "Redmi Note 13", 30, time(9, 15, 40), -6.2615, 107.1526, portrait=True,
               sideways=True, accent=(37, 99, 235)),
    SampleSpec("senam_cfd", "field", "Senam Sehat Bersama", "Car Free Day Cikarang",
               "Senam bersama warga saat Car Free Day di Jalan Kalimalang.", "OPPO",
               "CPH2591", 27, time(6, 35, 2), -6.2841, 107.1479, accent=(234, 88, 12)),
    SampleSpec("rembuk_stunting", "hall", "Rembuk Stunting", "Kecamatan Tambun Selatan",
               "Paparan data stunting pada rembuk stunting tingkat kecamatan.", "samsung",
               "SM-A546E", 24, time(10, 5, 51), -6.2627, 107.0569, accent=(217, 119, 6)),
    SampleSpec("pmt_lokal", "tent", "Pemberian Makanan Tambahan", "Desa Sukamaju",
               "Pembagian makanan tambahan lokal untuk balita.", "vivo", "V2250",
               21, time(9, 48, 27), -6.1771, 107.1698, accent=(190, 24, 93)),
    SampleSpec("hut_kabupaten", "stage", "HUT Kabupaten Bekasi", "Sehat Bersama, Bekasi Maju",
               "Panggung peringatan HUT Kabupaten Bekasi di alun-alun.", "Apple",
               "iPhone 13", 18, time(15, 20, 9), -6.3636, 107.1729, accent=(220, 38, 38)),
    SampleSpec("cuci_tangan", "clinic", "SD Negeri Sukamaju 02", "Cuci Tangan Pakai Sabun",
               "Siswa praktik enam langkah cuci tangan pakai sabun.", "Xiaomi",
               "Redmi Note 13", 15, time(8, 10, 33), -6.1802, 107.1660, accent=(14, 165, 233)),
    SampleSpec("penimbangan_balita", "tent", "Penimbangan Balita", "Posyandu Mawar, Cibitung",
               "Penimbangan dan pengukuran tinggi badan balita.", "samsung", "SM-A155F",
               12, time(9, 2, 45), -6.2667, 107.0900, portrait=True, sideways=True,
               accent=(236, 72, 153)),
    SampleSpec("kelas_ibu_hamil", "hall", "Kelas Ibu Hamil", "UPTD Puskesmas Tambun",
               "Bidan memberi materi pada kelas ibu hamil.", "OPPO", "CPH2591", 9,
               time(13, 30, 18), -6.2588, 107.0612, accent=(168, 85, 247)),
    SampleSpec("infografis_imunisasi", "poster", "Imunisasi Lengkap", "Anak Sehat, Keluarga Kuat",
               "Poster ajakan imunisasi di papan informasi puskesmas.", "vivo", "V2250", 7,
               time(11, 12, 4), -6.2610, 107.1531, portrait=True, accent=(22, 163, 74)),
    SampleSpec("posbindu_ptm", "tent", "Posbindu PTM Desa Srimukti", "Cek Tensi dan Gula Darah",
               "Pemeriksaan tekanan darah warga di Posbindu PTM.", "samsung", "SM-A546E", 5,
               time(8, 55, 36), -6.2079, 107.0683, accent=(13, 148, 136)),
    SampleSpec("jalan_sehat_hut", "field", "Jalan Sehat HUT Kabupaten", "Kompleks Pemkab Bekasi",
               "Peserta jalan sehat peringatan HUT Kabupaten Bekasi.", "Apple", "iPhone 13",
               3, time(6, 48, 55), -6.3641, 107.1717, accent=(220, 38, 38)),
)  # fmt: skip


def write_sample_photos(folder: Path, *, today: date | None = None) -> list[Path]:
    """Write the twelve sample JPEGs into `folder`, in the order of `SAMPLES`.

    `today` anchors the dates taken (each photo a few days to weeks earlier),
    so the photos match the demo calendar; it defaults to the current date.
    """
    folder.mkdir(parents=True, exist_ok=True)
    anchor = today or clock.now().astimezone().date()
    paths = []
    for index, spec in enumerate(SAMPLES):
        taken = datetime.combine(anchor - timedelta(days=spec.days_ago), spec.taken)
        image = render_sample(spec)
        if spec.sideways:
            # Phones store the sensor's landscape pixels and tag how to turn them.
            image = image.transpose(Image.Transpose.ROTATE_90)
        path = folder / _phone_file_name(spec, taken, index)
        image.save(path, "JPEG", quality=JPEG_QUALITY, exif=_exif(spec, taken).tobytes())
        paths.append(path)
    return paths


def render_sample(spec: SampleSpec) -> Image.Image:
    """Draw the upright scene of one sample, with blur, grain and vignette like a phone."""
    size = PORTRAIT if spec.portrait else LANDSCAPE
    rng = random.Random(spec.key)
    image = Image.new("RGB", size)
    SCENES[spec.scene](image, rng, spec)
    image = image.filter(ImageFilter.BoxBlur(1))
    return _grain(_vignette(image), rng)


# --- EXIF -------------------------------------------------------------------------


def _exif(spec: SampleSpec, taken: datetime) -> Image.Exif:
    """EXIF as a phone writes it: IFD0 camera tags, the Exif IFD times, the GPS IFD."""
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = spec.make
    exif[ExifTags.Base.Model] = spec.model
    exif[ExifTags.Base.Software] = f"{spec.model} firmware"
    exif[ExifTags.Base.DateTime] = stamp
    exif[ExifTags.Base.Orientation] = ORIENTATION_ROTATE_90_CW if spec.sideways else 1
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.DateTimeOriginal] = stamp
    sub[ExifTags.Base.DateTimeDigitized] = stamp
    sub[ExifTags.Base.OffsetTimeOriginal] = "+07:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSVersionID] = b"\x02\x02\x00\x00"
    gps[ExifTags.GPS.GPSLatitudeRef] = "S" if spec.lat < 0 else "N"
    gps[ExifTags.GPS.GPSLatitude] = _dms(spec.lat)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W" if spec.lon < 0 else "E"
    gps[ExifTags.GPS.GPSLongitude] = _dms(spec.lon)
    gps[ExifTags.GPS.GPSAltitudeRef] = b"\x00"
    gps[ExifTags.GPS.GPSAltitude] = 19.0
    return exif


def _dms(value: float) -> tuple[float, float, float]:
    """Degrees, minutes, seconds of an absolute coordinate (EXIF keeps the sign in Ref)."""
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 2)
    return float(degrees), float(minutes), seconds


def _phone_file_name(spec: SampleSpec, taken: datetime, index: int) -> str:
    """A file name in the style of the phone's camera app."""
    if spec.make == "Apple":
        return f"IMG_{4810 + index * 7}.JPG"
    if spec.make == "samsung":
        return taken.strftime("%Y%m%d_%H%M%S.jpg")
    if spec.make == "OPPO":
        return taken.strftime("IMG%Y%m%d%H%M%S.jpg")
    return taken.strftime("IMG_%Y%m%d_%H%M%S.jpg")


# --- Photo look -------------------------------------------------------------------


def _grain(image: Image.Image, rng: random.Random) -> Image.Image:
    """Add seeded sensor noise (it also gives the JPEG a realistic file size)."""
    width, height = image.size
    lut = [128 + round((v - 128) * 0.06) for v in range(256)]
    bands = [
        Image.frombytes("L", image.size, rng.randbytes(width * height)).point(lut) for _ in range(3)
    ]
    return ImageChops.add(image, Image.merge("RGB", bands), 1.0, -128)


def _vignette(image: Image.Image) -> Image.Image:
    """Darken the corners slightly, as small phone lenses do."""
    mask = Image.radial_gradient("L").resize(image.size).point(lambda v: max(0, v - 110))
    return Image.composite(Image.new("RGB", image.size, (20, 20, 24)), image, mask)


# --- Drawing helpers --------------------------------------------------------------


def _gradient(image: Image.Image, box: tuple[int, int, int, int], top: RGB, bottom: RGB) -> None:
    """Fill `box` with a vertical gradient."""
    x0, y0, x1, y1 = box
    mask = Image.linear_gradient("L").resize((x1 - x0, y1 - y0))
    part = Image.composite(
        Image.new("RGB", mask.size, bottom), Image.new("RGB", mask.size, top), mask
    )
    image.paste(part, (x0, y0))


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _text_centered(draw: ImageDraw.ImageDraw, cx: int, y: int, text: str, size: int,
                   fill: RGB, max_width: int | None = None) -> None:  # fmt: skip
    """Draw one line centred on `cx`, shrinking the font until it fits `max_width`."""
    font = _font(size)
    while max_width and size > 12 and draw.textlength(text, font=font) > max_width:
        size = size * 9 // 10
        font = _font(size)
    width = draw.textlength(text, font=font)
    draw.text((cx - width / 2, y), text, font=font, fill=fill)


def _banner(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], spec: SampleSpec) -> None:
    """A vinyl banner with the event's name, as hung at every government event."""
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=(250, 250, 245), outline=spec.accent, width=8)
    draw.rectangle((x0, y0, x1, y0 + (y1 - y0) // 6), fill=spec.accent)
    height, room = y1 - y0, int((x1 - x0) * 0.9)
    cx = (x0 + x1) // 2
    _text_centered(draw, cx, y0 + height // 4, spec.title, height // 3, (30, 30, 30), room)
    _text_centered(draw, cx, y0 + height * 3 // 5, spec.subtitle, height // 5, (70, 70, 70), room)


def _person(draw: ImageDraw.ImageDraw, x: int, foot: int, height: int, rng: random.Random) -> None:
    """A simple standing figure; about half wear a hijab."""
    head = height // 6
    body = rng.choice(CLOTHES)
    skin = rng.choice(SKIN)
    draw.rounded_rectangle(
        (x - head * 0.8, foot - height + head, x + head * 0.8, foot), radius=head // 2, fill=body
    )
    top = foot - height
    if rng.random() < 0.5:
        draw.ellipse((x - head * 0.75, top - head * 0.1, x + head * 0.75, top + head * 1.5),
                     fill=rng.choice(CLOTHES))  # fmt: skip
        draw.ellipse((x - head * 0.4, top + head * 0.25, x + head * 0.4, top + head * 1.05),
                     fill=skin)  # fmt: skip
    else:
        draw.ellipse((x - head / 2, top, x + head / 2, top + head * 1.1), fill=skin)
        draw.chord((x - head / 2, top - 2, x + head / 2, top + head * 0.8), 180, 360,
                   fill=(25, 20, 20))  # fmt: skip


def _crowd(draw: ImageDraw.ImageDraw, rng: random.Random, y: int, x_range: tuple[int, int],
           count: int, height: int) -> None:  # fmt: skip
    """A row of people at slightly varying heights."""
    positions = sorted(rng.randint(*x_range) for _ in range(count))
    for x in positions:
        _person(draw, x, y + rng.randint(-8, 8), int(height * rng.uniform(0.8, 1.1)), rng)


def _trees(draw: ImageDraw.ImageDraw, rng: random.Random, ground: int, width: int) -> None:
    for _ in range(7):
        x = rng.randint(0, width)
        r = rng.randint(60, 130)
        draw.rectangle((x - 10, ground - r, x + 10, ground), fill=(92, 64, 51))
        shade = (rng.randint(30, 60), rng.randint(110, 150), rng.randint(40, 70))
        draw.ellipse((x - r, ground - r * 2.4, x + r, ground - r * 0.6), fill=shade)


# --- Scenes -----------------------------------------------------------------------


def _scene_tent(image: Image.Image, rng: random.Random, spec: SampleSpec) -> None:
    """An outdoor posyandu: canopy tent, banner, table and people."""
    w, h = image.size
    ground = int(h * 0.55)
    _gradient(image, (0, 0, w, ground), (135, 190, 235), (210, 230, 245))
    _gradient(image, (0, ground, w, h), (150, 140, 120), (110, 100, 85))
    draw = ImageDraw.Draw(image)
    _trees(draw, rng, ground, w)
    left, right, roof = int(w * 0.08), int(w * 0.92), int(h * 0.2)
    draw.polygon([(left, roof + 90), (w // 2, roof - 40), (right, roof + 90)], fill=(245, 245, 245))
    for i in range(8):
        x = left + (right - left) * i // 8
        draw.rectangle((x, roof + 90, x + (right - left) // 16, roof + 130), fill=spec.accent)
    for x in (left + 10, right - 10):
        draw.rectangle((x - 8, roof + 130, x + 8, int(h * 0.8)), fill=(160, 160, 165))
    _banner(draw, (int(w * 0.2), roof + 150, int(w * 0.8), roof + 150 + int(h * 0.14)), spec)
    _crowd(draw, rng, int(h * 0.78), (int(w * 0.1), int(w * 0.9)), 7, int(h * 0.3))
    table = int(h * 0.74)
    draw.rectangle((int(w * 0.25), table, int(w * 0.75), table + 24), fill=(120, 72, 40))
    draw.rectangle((int(w * 0.25), table + 24, int(w * 0.75), int(h * 0.9)), fill=spec.accent)
    _crowd(draw, rng, int(h * 0.97), (int(w * 0.05), int(w * 0.95)), 5, int(h * 0.34))


def _scene_hall(image: Image.Image, rng: random.Random, spec: SampleSpec) -> None:
    """A meeting hall: projector screen with a bar chart, audience seen from behind."""
    w, h = image.size
    _gradient(image, (0, 0, w, int(h * 0.7)), (226, 214, 190), (200, 186, 160))
    _gradient(image, (0, int(h * 0.7), w, h), (140, 110, 80), (100, 75, 55))
    draw = ImageDraw.Draw(image)
    screen = (int(w * 0.22), int(h * 0.08), int(w * 0.78), int(h * 0.5))
    draw.rectangle(screen, fill=(248, 248, 250), outline=(60, 60, 60), width=6)
    sx0, sy0, sx1, sy1 = screen
    _text_centered(draw, (sx0 + sx1) // 2, sy0 + 20, spec.title, (sy1 - sy0) // 8, (20, 20, 20),
                   sx1 - sx0 - 40)  # fmt: skip
    bars = 6
    for i in range(bars):
        bar_h = rng.randint((sy1 - sy0) // 6, (sy1 - sy0) // 2)
        bx = sx0 + 60 + i * ((sx1 - sx0 - 120) // bars)
        draw.rectangle((bx, sy1 - 30 - bar_h, bx + 50, sy1 - 30), fill=spec.accent)
    _banner(draw, (int(w * 0.02), int(h * 0.1), int(w * 0.18), int(h * 0.3)), spec)
    for row, y in enumerate((int(h * 0.78), int(h * 0.88), int(h * 1.0))):
        _crowd(draw, rng, y, (60, w - 60), 6 + row, int(h * (0.2 + row * 0.05)))


def _scene_field(image: Image.Image, rng: random.Random, spec: SampleSpec) -> None:
    """An open-air morning event: sun, stage banner, rows of participants."""
    w, h = image.size
    horizon = int(h * 0.42)
    _gradient(image, (0, 0, w, horizon), (250, 200, 140), (170, 210, 240))
    _gradient(image, (0, horizon, w, h), (120, 120, 118), (80, 80, 78))
    draw = ImageDraw.Draw(image)
    draw.ellipse((int(w * 0.75), 60, int(w * 0.75) + 140, 200), fill=(255, 236, 170))
    _trees(draw, rng, horizon, w)
    _banner(draw, (int(w * 0.25), int(h * 0.12), int(w * 0.75), int(h * 0.3)), spec)
    draw.rectangle((int(w * 0.2), int(h * 0.3), int(w * 0.8), int(h * 0.45)), fill=(60, 60, 70))
    for i, y in enumerate(range(int(h * 0.55), h + 100, int(h * 0.12))):
        _crowd(draw, rng, y, (40, w - 40), 9 - i, int(h * (0.12 + i * 0.05)))


def _scene_stage(image: Image.Image, rng: random.Random, spec: SampleSpec) -> None:
    """An anniversary stage: red-and-white flags, balloons and the event banner."""
    w, h = image.size
    _gradient(image, (0, 0, w, int(h * 0.6)), (120, 170, 220), (200, 220, 240))
    _gradient(image, (0, int(h * 0.6), w, h), (90, 130, 70), (60, 95, 50))
    draw = ImageDraw.Draw(image)
    draw.rectangle((int(w * 0.1), int(h * 0.45), int(w * 0.9), int(h * 0.62)), fill=(70, 40, 40))
    _banner(draw, (int(w * 0.15), int(h * 0.12), int(w * 0.85), int(h * 0.4)), spec)
    for i in range(9):
        x = int(w * 0.05) + i * (w // 10)
        draw.rectangle((x, int(h * 0.05), x + 6, int(h * 0.6)), fill=(200, 200, 200))
        draw.rectangle((x + 6, int(h * 0.05), x + 110, int(h * 0.09)), fill=(220, 38, 38))
        draw.rectangle((x + 6, int(h * 0.09), x + 110, int(h * 0.13)), fill=(250, 250, 250))
    for _ in range(14):
        x, y = rng.randint(0, w), rng.randint(int(h * 0.4), int(h * 0.6))
        draw.ellipse((x - 30, y - 38, x + 30, y + 38), fill=rng.choice(CLOTHES))
    _crowd(draw, rng, int(h * 0.6), (int(w * 0.2), int(w * 0.8)), 5, int(h * 0.22))
    _crowd(draw, rng, int(h * 1.02), (30, w - 30), 10, int(h * 0.35))


def _scene_clinic(image: Image.Image, rng: random.Random, spec: SampleSpec) -> None:
    """A puskesmas or school front: building, name board, people queueing."""
    w, h = image.size
    ground = int(h * 0.62)
    _gradient(image, (0, 0, w, ground), (140, 195, 240), (225, 235, 245))
    _gradient(image, (0, ground, w, h), (170, 165, 155), (120, 115, 105))
    draw = ImageDraw.Draw(image)
    _trees(draw, rng, ground, w)
    top = int(h * 0.3)
    draw.rectangle((int(w * 0.05), top, int(w * 0.95), ground), fill=(240, 236, 222))
    draw.polygon([(0, top + 10), (w // 2, top - int(h * 0.1)), (w, top + 10)], fill=(170, 60, 40))
    for i in range(4):
        x = int(w * 0.1) + i * int(w * 0.22)
        draw.rectangle((x, top + 120, x + int(w * 0.12), top + 240), fill=(120, 170, 200))
    _banner(draw, (int(w * 0.12), int(h * 0.12), int(w * 0.88), int(h * 0.24)), spec)
    _crowd(draw, rng, int(h * 0.8), (int(w * 0.1), int(w * 0.9)), 6, int(h * 0.22))
    _crowd(draw, rng, int(h * 0.99), (40, w - 40), 4, int(h * 0.3))


def _scene_poster(image: Image.Image, rng: random.Random, spec: SampleSpec) -> None:
    """A printed poster pinned on a notice board, photographed at an angle."""
    w, h = image.size
    _gradient(image, (0, 0, w, h), (150, 110, 70), (120, 85, 55))
    draw = ImageDraw.Draw(image)
    for _ in range(400):
        x, y = rng.randint(0, w), rng.randint(0, h)
        draw.point((x, y), fill=(100, 70, 45))
    x0, y0, x1, y1 = int(w * 0.12), int(h * 0.08), int(w * 0.88), int(h * 0.92)
    draw.polygon([(x0, y0), (x1, y0 + 30), (x1 - 20, y1), (x0 + 10, y1 - 20)], fill=(252, 252, 248))
    draw.rectangle((x0 + 40, y0 + 60, x1 - 50, y0 + 330), fill=spec.accent)
    _text_centered(draw, w // 2, y0 + 120, spec.title, 100, (255, 255, 255), x1 - x0 - 140)
    _text_centered(draw, w // 2, y0 + 240, spec.subtitle, 56, (240, 255, 240), x1 - x0 - 140)
    for i in range(5):
        y = y0 + 420 + i * 190
        draw.ellipse((x0 + 70, y, x0 + 200, y + 130), fill=rng.choice(CLOTHES))
        for j in range(3):
            line_w = rng.randint(int(w * 0.3), int(w * 0.45))
            draw.rectangle((x0 + 240, y + 10 + j * 40, x0 + 240 + line_w, y + 30 + j * 40),
                           fill=(90, 90, 90))  # fmt: skip
    for cx, cy in ((x0 + 20, y0 + 20), (x1 - 20, y0 + 45)):
        draw.ellipse((cx - 14, cy - 14, cx + 14, cy + 14), fill=(220, 38, 38))


SCENES: dict[str, Callable[[Image.Image, random.Random, SampleSpec], None]] = {
    "tent": _scene_tent,
    "hall": _scene_hall,
    "field": _scene_field,
    "stage": _scene_stage,
    "clinic": _scene_clinic,
    "poster": _scene_poster,
}
