"""Platform result exports built from the documented formats, for the results tests.

Headers as the platforms write them (see `domain/results.py` and the closing note of
issue 21 for the sources): Meta Business Suite's Instagram and Facebook post exports
in English and Indonesian (UTF-8 with a byte-order mark), X's tweet activity file,
TikTok Studio's content workbook and YouTube Studio's "Table data.csv" with its
"Total" row.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook

IG_EN = ["Post ID", "Account ID", "Account username", "Account name", "Description",
         "Duration (sec)", "Publish time", "Permalink", "Post type", "Data comment", "Date",
         "Views", "Reach", "Likes", "Shares", "Follows", "Comments", "Saves"]  # fmt: skip
IG_ID = ["ID Postingan", "ID Akun", "Nama pengguna akun", "Nama akun", "Deskripsi",
         "Durasi (detik)", "Waktu penerbitan", "Permalink", "Jenis postingan", "Komentar data",
         "Tanggal", "Tayangan", "Suka", "Frekuensi dibagikan", "Komentar",
         "Frekuensi Disimpan", "Jangkauan", "Mengikuti"]  # fmt: skip
FB_EN = ["Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)",
         "Publish time", "Caption type", "Permalink", "Is crosspost", "Is share", "Post type",
         "Languages", "Custom labels", "Funded content status", "Data comment", "Date", "Views",
         "Reach", "Reactions, Comments and Shares", "Reactions", "Comments", "Shares",
         "Total clicks", "Other Clicks", "Link Clicks"]  # fmt: skip
X_ACTIVITY = ["Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements",
              "engagement rate", "retweets", "replies", "likes", "user profile clicks",
              "url clicks"]  # fmt: skip
TIKTOK = ["Video title", "Video link", "Post time", "Total likes", "Total comments",
          "Total shares", "Total views"]  # fmt: skip
YOUTUBE_EN = ["Content", "Video title", "Video publish time", "Duration", "Views",
              "Watch time (hours)", "Subscribers", "Impressions",
              "Impressions click-through rate (%)"]  # fmt: skip
YOUTUBE_ID = ["Konten", "Judul video", "Waktu publikasi video", "Durasi", "Penayangan",
              "Waktu tonton (jam)", "Subscriber", "Tayangan",
              "Rasio klik-tayang dari tayangan (%)"]  # fmt: skip


def write_csv(path: Path, header: list[str], rows: list[list[object]], *, bom: bool = True) -> Path:
    """A comma-separated file as Meta, X and YouTube write them."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode("utf-8"))
    return path


def write_xlsx(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    """A workbook as TikTok Studio downloads it."""
    book = Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def instagram_row(
    post_id: str, link: str, when: str, views: object, reach: object, *, likes: object = 10
) -> list[object]:
    """One row of the English Instagram export (the Indonesian one has another order)."""
    return [post_id, "1784", "dinkeskabbekasi", "Dinkes Kab. Bekasi", "Posyandu", 0, when, link,
            "IG image", "", "Lifetime", views, reach, likes, 2, 0, 3, 1]  # fmt: skip


def instagram_row_id(post_id: str, link: str, when: str, views: object, reach: object) -> list:
    """One row of the Indonesian Instagram export, in its own column order."""
    return [post_id, "1784", "dinkeskabbekasi", "Dinkes Kab. Bekasi", "Posyandu", 0, when, link,
            "Gambar IG", "", "Sepanjang Masa", views, 10, 2, 3, 1, reach, 0]  # fmt: skip
