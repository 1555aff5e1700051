"""The words of the demo department: programs, posts, directions and data notes.

Kept apart from `demo_records.py` and `demo_posts.py` (which turn them into
rows) so that the text can be read and corrected like a document.  People and
figures are invented for the demo; the place names are real places in Kabupaten
Bekasi.  Dates are not fixed here: `demo_plan.py` places everything relative to
the day the demo is seeded.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass

from sosmed_desktop.domain.statuses import DirectionChannel, DirectionStatus, Priority
from sosmed_desktop.services.profile import Profile

DEMO_PROFILE = Profile(
    officer_name="Rina Marlina",
    officer_position="Pengelola Media Sosial",
    department_name="Dinas Kesehatan",
    department_short="Dinkes",
    regency="Kabupaten Bekasi",
    head_name="dr. H. Ahmad Fauzi, M.Kes.",
    head_position="Kepala Dinas Kesehatan",
)
SOCIAL_HANDLE = "dinkeskabbekasi"
BASE_HASHTAGS = ("#BekasiSehat", "#DinkesKabBekasi")
# Which platforms a post goes to, taken in turn.
PLATFORM_SETS: tuple[tuple[str, ...], ...] = (
    ("instagram", "facebook"),
    ("instagram", "facebook", "x"),
    ("instagram", "facebook", "whatsapp_channel"),
    ("instagram", "tiktok"),
    ("facebook", "website", "x"),
    ("instagram", "facebook", "threads"),
    ("instagram", "facebook", "x", "whatsapp_channel"),
)


@dataclass(frozen=True)
class ProgramSeed:
    """A program with its calendar colour and its own hashtag."""

    key: str
    name: str
    colour: str
    description: str
    hashtag: str


@dataclass(frozen=True)
class PostSeed:
    """A post's words; its date, status and platforms are decided in `demo_plan.py`."""

    key: str
    title: str
    program: str | None
    tags: tuple[str, ...]
    body: str
    hashtags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    photos: tuple[str, ...] = ()
    scheduled: bool = True


@dataclass(frozen=True)
class NoteSeed:
    """A figure (stored form: "2436", "92.4") with its source; `period` may use {year},
    {prev_year} and {month}."""

    key: str
    title: str
    value: str
    unit: str
    period: str
    as_of_days_ago: int
    source: str
    tags: tuple[str, ...]
    link: str = ""


@dataclass(frozen=True)
class DirectionSeed:
    """A direction from leadership; days are relative to the seeding time."""

    given_by_name: str
    given_by_position: str
    channel: DirectionChannel
    content: str
    priority: Priority
    given_days_ago: int
    due_in_days: int | None
    status: DirectionStatus
    program: str | None
    posts: tuple[str, ...]
    attachments: tuple[str, ...] = ()


PROGRAMS: tuple[ProgramSeed, ...] = (
    ProgramSeed("imunisasi", "Imunisasi", "#16a34a",
                "Imunisasi rutin, imunisasi kejar dan BIAN.", "#AyoImunisasi"),
    ProgramSeed("stunting", "Cegah Stunting", "#f59e0b",
                "Percepatan penurunan stunting: gizi ibu, balita dan remaja.", "#CegahStunting"),
    ProgramSeed("phbs", "PHBS & Germas", "#0ea5e9",
                "Perilaku hidup bersih dan sehat, Gerakan Masyarakat Hidup Sehat.", "#Germas"),
    ProgramSeed("posyandu", "Posyandu", "#ec4899",
                "Kegiatan posyandu dan apresiasi kader.", "#PosyanduAktif"),
    ProgramSeed("hut", "HUT Kabupaten Bekasi", "#dc2626",
                "Rangkaian kegiatan peringatan hari jadi Kabupaten Bekasi.", "#HUTKabBekasi"),
)  # fmt: skip

NOTES: tuple[NoteSeed, ...] = (
    NoteSeed("idl", "Cakupan imunisasi dasar lengkap (IDL)", "92.4", "%",
             "Januari–{month} {year}", 20, "Dinas Kesehatan Kabupaten Bekasi, Bidang P2P",
             ("imunisasi",)),
    NoteSeed("stunting", "Prevalensi stunting balita", "17.8", "%", "Tahun {prev_year}", 210,
             "Survei Kesehatan Indonesia (SKI), Kementerian Kesehatan", ("stunting",),
             "https://www.badankebijakan.kemkes.go.id/"),
    NoteSeed("posyandu_aktif", "Jumlah posyandu aktif", "2436", "posyandu", "{month} {year}",
             45, "Dinas Kesehatan Kabupaten Bekasi, Bidang Kesmas", ("posyandu",)),
    NoteSeed("ds", "Partisipasi penimbangan balita (D/S)", "84.1", "%", "{month} {year}", 32,
             "Laporan bulanan posyandu, Dinas Kesehatan Kabupaten Bekasi",
             ("posyandu", "balita")),
    NoteSeed("dbd", "Kasus demam berdarah dengue (DBD)", "312", "kasus",
             "Januari–{month} {year}", 12, "Dinas Kesehatan Kabupaten Bekasi, Bidang P2P",
             ("DBD",)),
    NoteSeed("phbs", "Rumah tangga ber-PHBS", "71.5", "%", "Tahun {prev_year}", 150,
             "Profil Kesehatan Kabupaten Bekasi", ("PHBS",)),
    NoteSeed("puskesmas", "Jumlah puskesmas", "50", "unit", "Tahun {year}", 400,
             "Profil Kesehatan Kabupaten Bekasi", ("puskesmas",)),
    NoteSeed("ttd", "Ibu hamil mendapat tablet tambah darah (TTD)", "89.7", "%",
             "Januari–{month} {year}", 60, "Dinas Kesehatan Kabupaten Bekasi, Bidang Kesmas",
             ("stunting", "gizi")),
    NoteSeed("asi", "Bayi mendapat ASI eksklusif", "68.3", "%", "Tahun {prev_year}", 120,
             "Dinas Kesehatan Kabupaten Bekasi, Bidang Kesmas", ("gizi", "balita")),
)  # fmt: skip

HEAD = ("dr. H. Ahmad Fauzi, M.Kes.", "Kepala Dinas Kesehatan")
SECRETARY = ("Hj. Nurhayati, S.KM., M.M.", "Sekretaris Dinas Kesehatan")
KABID = ("Dedi Supriadi, S.KM., M.Kes.", "Kepala Bidang Kesehatan Masyarakat")
KOMINFO = ("Yudi Hartono, S.Sos.", "Kepala Bidang IKP Diskominfosantik Kabupaten Bekasi")

DIRECTIONS: tuple[DirectionSeed, ...] = (
    DirectionSeed(*HEAD, DirectionChannel.MEETING,
                  "Perbanyak konten ajakan imunisasi kejar. Sertakan data cakupan IDL terbaru "
                  "dari Bidang P2P dan sebutkan bahwa layanan di puskesmas gratis.",
                  Priority.HIGH, 26, -4, DirectionStatus.IN_PROGRESS, "imunisasi",
                  ("imunisasi_kejar", "capaian_idl", "imunisasi_gratis")),
    DirectionSeed(*SECRETARY, DirectionChannel.WHATSAPP,
                  "Tolong publikasikan kegiatan Posyandu Desa Sukamaju kemarin ya, fotonya "
                  "sudah saya kirim di grup. Wajah anak jangan terlalu jelas.",
                  Priority.NORMAL, 33, -30, DirectionStatus.DONE, "posyandu",
                  ("posyandu_sukamaju",), attachments=("posyandu_sukamaju",)),
    DirectionSeed(*KABID, DirectionChannel.MEMO,
                  "Selama bulan ini mohon ada minimal satu konten pencegahan stunting per "
                  "minggu: isi piringku, protein hewani, TTD remaja putri dan 1000 HPK.",
                  Priority.NORMAL, 20, 12, DirectionStatus.IN_PROGRESS, "stunting",
                  ("isi_piringku", "mpasi_protein", "ttd_remaja", "hpk")),
    DirectionSeed(*KOMINFO, DirectionChannel.PHONE,
                  "Semua perangkat daerah diminta mengunggah ucapan HUT Kabupaten Bekasi "
                  "serentak pukul 08.00 dengan twibbon resmi dari Diskominfosantik.",
                  Priority.HIGH, 4, 9, DirectionStatus.NEW, "hut", ()),
    DirectionSeed(*HEAD, DirectionChannel.WHATSAPP,
                  "Beredar lagi pesan berantai bahwa imunisasi MR menyebabkan autisme di grup "
                  "WhatsApp warga. Segera buat klarifikasi, koordinasi dulu dengan Bidang P2P.",
                  Priority.HIGH, 6, -2, DirectionStatus.NEW, "imunisasi", ()),
    DirectionSeed(*HEAD, DirectionChannel.MEETING,
                  "Rencana video profil puskesmas terbaik ditunda sampai anggaran perubahan.",
                  Priority.LOW, 40, -10, DirectionStatus.CANCELLED, None, ()),
)  # fmt: skip

APPROVAL_NOTES = (
    "Sudah sesuai, silakan diunggah.",
    "Oke. Pastikan sumber data tetap dicantumkan.",
    "Setuju, unggah sesuai jadwal.",
    "Bagus, bahasanya mudah dipahami warga.",
)
REVISION_NOTES = (
    "Angka cakupan mohon dicek ulang dengan Bidang P2P sebelum dipublikasikan.",
    "Foto anak terlihat jelas wajahnya, mohon diganti atau disamarkan.",
    "Kalimat ajakannya terlalu panjang, dipersingkat saja supaya mudah dibaca.",
    "Tambahkan jam layanan dan lokasi puskesmas yang melayani.",
)


def _p(
    key: str,
    title: str,
    program: str | None,
    tags: str,
    body: str,
    *,
    hashtags: tuple[str, ...] = (),
    notes: tuple[str, ...] = (),
    photos: tuple[str, ...] = (),
    scheduled: bool = True,
) -> PostSeed:
    """Shorthand for the table below: tags as one space-separated string."""
    return PostSeed(key, title, program, tuple(tags.split()), body, hashtags, notes, photos,
                    scheduled)  # fmt: skip


POSTS: tuple[PostSeed, ...] = (
    # Imunisasi ------------------------------------------------------------------
    _p("jadwal_imunisasi", "Jadwal imunisasi di posyandu bulan ini", "imunisasi",
       "imunisasi balita layanan",
       "Ayah Bunda, jangan lewatkan jadwal imunisasi si kecil bulan ini ya! 💉 "
       "Imunisasi tersedia di posyandu dan puskesmas terdekat, gratis. "
       "Bawa buku KIA supaya catatan imunisasi anak tetap lengkap.",
       hashtags=("#ImunisasiLengkap",)),
    _p("bian", "Ayo lengkapi imunisasi anak lewat BIAN", "imunisasi", "imunisasi balita",
       "Bulan Imunisasi Anak Nasional (BIAN) kembali hadir! 👶 "
       "Anak usia 9–59 bulan bisa mendapat imunisasi campak-rubela dan imunisasi kejar. "
       "Datang ke posyandu atau puskesmas terdekat, layanannya gratis.",
       photos=("imunisasi_puskesmas",)),
    _p("mitos_imunisasi", "Mitos dan fakta seputar imunisasi", "imunisasi",
       "imunisasi infografis",
       "Masih ragu imunisasi karena takut anak demam? 🤔 "
       "Demam ringan setelah imunisasi itu wajar dan tanda tubuh sedang membentuk kekebalan. "
       "Geser untuk cek mitos dan fakta lainnya, lalu bagikan ke keluarga!",
       photos=("infografis_imunisasi",)),
    _p("imunisasi_hpv", "Imunisasi HPV untuk siswi kelas 5 dan 6 SD", "imunisasi",
       "imunisasi sekolah",
       "Lindungi anak perempuan kita dari kanker leher rahim sejak dini. 🎗️ "
       "Imunisasi HPV diberikan gratis di sekolah untuk siswi kelas 5 dan 6 SD/MI. "
       "Orang tua cukup mengisi lembar persetujuan dari sekolah."),
    _p("capaian_idl", "Capaian imunisasi dasar lengkap", "imunisasi", "imunisasi data",
       "Terima kasih Ayah Bunda dan para kader! 🙏 "
       "Cakupan imunisasi dasar lengkap di Kabupaten Bekasi sudah mencapai 92,4%. "
       "Yuk kejar sisanya bersama, supaya tidak ada anak yang tertinggal.",
       notes=("idl",)),
    _p("testimoni_imunisasi", "Cerita Bu Siti: anak sehat setelah imunisasi lengkap",
       "imunisasi", "imunisasi cerita",
       "\"Dulu saya takut, sekarang malah lega anak sudah terlindungi,\" kata Bu Siti, "
       "warga Cibitung. 😊 Imunisasi lengkap bikin si kecil lebih kuat menghadapi "
       "penyakit berbahaya seperti campak dan polio."),
    _p("imunisasi_kejar", "Imunisasi kejar: belum terlambat melengkapi", "imunisasi",
       "imunisasi balita",
       "Anak terlewat jadwal imunisasi? Tenang, belum terlambat! ⏰ "
       "Melalui imunisasi kejar, petugas puskesmas akan membantu melengkapi imunisasi "
       "sesuai usia anak. Datang saja dengan membawa buku KIA.",
       notes=("idl",)),
    _p("imunisasi_gratis", "Layanan imunisasi gratis di puskesmas", "imunisasi",
       "imunisasi layanan puskesmas",
       "Imunisasi di puskesmas dan posyandu se-Kabupaten Bekasi GRATIS. ✅ "
       "Layanan buka Senin–Sabtu pada jam kerja puskesmas. "
       "Cek jadwal posyandu di desa/kelurahan masing-masing ya.",
       photos=("imunisasi_puskesmas",)),
    # Stunting -------------------------------------------------------------------
    _p("tanda_stunting", "Kenali tanda stunting sejak dini", "stunting", "stunting balita",
       "Stunting bukan sekadar pendek. 📏 Anak stunting tumbuh lebih lambat dari "
       "seusianya karena kurang gizi dalam waktu lama. Rutin timbang dan ukur tinggi "
       "badan anak di posyandu setiap bulan.",
       notes=("stunting",)),
    _p("isi_piringku", "Isi Piringku untuk balita", "stunting", "stunting gizi",
       "Sudahkah piring makan si kecil seimbang hari ini? 🍚🥦🐟 Separuh piring sayur "
       "dan buah, separuhnya lagi makanan pokok dan lauk, utamakan protein hewani. "
       "Simpan postingan ini sebagai panduan ya!"),
    _p("pmt_sukamaju", "Pemberian makanan tambahan lokal di Desa Sukamaju", "stunting",
       "stunting gizi kegiatan",
       "Kader Posyandu Desa Sukamaju membagikan makanan tambahan berbahan pangan lokal "
       "untuk balita. 🥚 Menunya bergizi: telur, ikan, sayur dan buah dari kebun warga. "
       "Terima kasih atas kerja keras para kader!",
       photos=("pmt_lokal", "posyandu_sukamaju")),
    _p("ttd_remaja", "Tablet tambah darah untuk remaja putri", "stunting",
       "stunting gizi sekolah",
       "Remaja putri sehat, calon ibu yang kuat. 💪 Minum satu tablet tambah darah "
       "seminggu sekali untuk mencegah anemia. Tablet dibagikan gratis di sekolah dan "
       "puskesmas.",
       notes=("ttd",)),
    _p("prevalensi_stunting", "Prevalensi stunting Kabupaten Bekasi", "stunting",
       "stunting data infografis",
       "Prevalensi stunting balita di Kabupaten Bekasi tercatat 17,8%. 📊 Angka ini "
       "masih perlu kita turunkan bersama lewat gizi seimbang, ASI eksklusif dan "
       "rutin ke posyandu.",
       notes=("stunting", "asi")),
    _p("hpk", "Kenapa 1000 hari pertama kehidupan penting?", "stunting", "stunting gizi",
       "1000 hari pertama kehidupan, sejak kehamilan sampai anak usia 2 tahun, adalah "
       "masa emas tumbuh kembang. 🌱 Penuhi gizi ibu hamil, beri ASI eksklusif 6 bulan "
       "dan MPASI yang kaya protein hewani."),
    _p("mpasi_protein", "Resep MPASI kaya protein hewani", "stunting", "stunting gizi resep",
       "Resep MPASI hari ini: bubur nasi ati ayam dan telur puyuh! 🍳 Protein hewani "
       "membantu mencegah stunting. Geser untuk lihat cara membuatnya, mudah dan "
       "bahannya ada di pasar dekat rumah."),
    _p("rembuk_stunting", "Rembuk stunting tingkat kecamatan", "stunting",
       "stunting kegiatan",
       "Rembuk stunting di Kecamatan Tambun Selatan menyatukan data dan rencana aksi "
       "desa untuk menurunkan stunting. 🤝 Camat, puskesmas, kader dan pemerintah desa "
       "bersepakat memantau setiap balita berisiko.",
       photos=("rembuk_stunting",), notes=("stunting",)),
    # PHBS & Germas --------------------------------------------------------------
    _p("cuci_tangan", "Cuci tangan pakai sabun, 6 langkah", "phbs", "PHBS sekolah",
       "Cuci tangan pakai sabun itu gampang, tapi sudah benar belum? 🧼 Ikuti enam "
       "langkahnya selama 20 detik, seperti adik-adik SD Negeri Sukamaju 02 ini.",
       photos=("cuci_tangan",), notes=("phbs",)),
    _p("dbd_3m", "3M Plus untuk cegah demam berdarah", "phbs", "DBD PHBS",
       "Musim hujan, waspada DBD! 🦟 Lakukan 3M Plus: menguras, menutup, mendaur ulang, "
       "plus pakai lotion antinyamuk. Sejak awal tahun sudah ada 312 kasus DBD di "
       "Kabupaten Bekasi, yuk cegah bersama.",
       notes=("dbd",)),
    _p("jumat_bersih", "Jumat bersih di lingkungan kantor", "phbs", "PHBS kegiatan",
       "Jumat bersih bersama keluarga besar Dinas Kesehatan. 🧹 Lingkungan kerja yang "
       "bersih bikin pelayanan makin nyaman untuk masyarakat."),
    _p("senam_cfd", "Senam sehat bersama di Car Free Day", "phbs", "Germas kegiatan",
       "Minggu pagi yang seru di Car Free Day Cikarang! 🤸 Ratusan warga ikut senam "
       "sehat bersama. Aktivitas fisik 30 menit sehari bikin badan bugar.",
       photos=("senam_cfd",)),
    _p("stbm", "Stop buang air besar sembarangan", "phbs", "PHBS sanitasi",
       "Jamban sehat, keluarga sehat. 🚽 Buang air besar sembarangan bisa menyebarkan "
       "diare dan cacingan. Desa yang sudah bebas BABS, hebat, pertahankan!"),
    _p("asap_rokok", "Rumah tanpa asap rokok", "phbs", "PHBS keluarga",
       "Asap rokok di dalam rumah paling berbahaya untuk bayi dan balita. 🚭 Sayangi "
       "keluarga, jadikan rumah kita kawasan tanpa asap rokok."),
    _p("buah_sayur", "Makan buah dan sayur setiap hari", "phbs", "Germas gizi",
       "Sudah makan buah dan sayur hari ini? 🍎🥬 Konsumsi minimal lima porsi sehari "
       "membantu menjaga daya tahan tubuh."),
    _p("posbindu_ptm", "Cek kesehatan rutin di Posbindu PTM", "phbs", "Germas layanan",
       "Tekanan darah tinggi dan diabetes sering datang tanpa gejala. 🩺 Cek tensi dan "
       "gula darah rutin di Posbindu PTM desa, gratis untuk usia 15 tahun ke atas.",
       photos=("posbindu_ptm",)),
    # Posyandu -------------------------------------------------------------------
    _p("posyandu_sukamaju", "Kegiatan Posyandu Melati Desa Sukamaju", "posyandu",
       "posyandu balita kegiatan",
       "Pagi ini Posyandu Melati Desa Sukamaju ramai! 👶 Kader menimbang, mengukur "
       "dan mencatat tumbuh kembang balita, dilanjutkan penyuluhan gizi oleh bidan desa.",
       photos=("posyandu_sukamaju",)),
    _p("terima_kasih_kader", "Terima kasih, kader posyandu!", "posyandu", "posyandu kader",
       "Terima kasih untuk ribuan kader posyandu di Kabupaten Bekasi. ❤️ Tanpa kalian, "
       "pemantauan tumbuh kembang anak tidak akan berjalan."),
    _p("penimbangan", "Penimbangan balita bulan ini", "posyandu", "posyandu balita data",
       "Partisipasi penimbangan balita di posyandu sudah 84,1%. ⚖️ Ayo Ayah Bunda, bawa "
       "si kecil ke posyandu setiap bulan supaya tumbuh kembangnya terpantau.",
       photos=("penimbangan_balita",), notes=("ds",)),
    _p("posyandu_remaja", "Posyandu remaja, tempat nongkrong yang sehat", "posyandu",
       "posyandu remaja",
       "Posyandu bukan cuma untuk balita! 🙌 Di posyandu remaja kamu bisa cek berat "
       "badan, tensi, konsultasi gizi dan ngobrol soal kesehatan mental."),
    _p("kelas_ibu_hamil", "Kelas ibu hamil di puskesmas", "posyandu", "ibu_hamil kegiatan",
       "Kelas ibu hamil di UPTD Puskesmas Tambun membahas tanda bahaya kehamilan dan "
       "persiapan persalinan. 🤰 Yuk ikut, ajak suami juga!",
       photos=("kelas_ibu_hamil",)),
    _p("jumlah_posyandu", "Ada 2.436 posyandu aktif di Kabupaten Bekasi", "posyandu",
       "posyandu data infografis",
       "Kabupaten Bekasi punya 2.436 posyandu aktif yang siap melayani warga. 📍 Cari "
       "posyandu terdekat lewat kader RT/RW atau bidan desa.",
       notes=("posyandu_aktif",)),
    _p("pelatihan_kader", "Pelatihan kader posyandu", "posyandu", "posyandu kader kegiatan",
       "Kader posyandu mengikuti pelatihan pengukuran antropometri yang benar. 📏 Data "
       "yang akurat membantu mendeteksi stunting lebih cepat."),
    # HUT Kabupaten Bekasi -------------------------------------------------------
    _p("menyambut_hut", "Menyambut HUT Kabupaten Bekasi", "hut", "HUT",
       "Hitung mundur menuju HUT Kabupaten Bekasi! 🎉 Dinas Kesehatan menyiapkan "
       "rangkaian kegiatan: cek kesehatan gratis, jalan sehat dan donor darah.",
       photos=("hut_kabupaten",)),
    _p("cek_kesehatan_hut", "Cek kesehatan gratis dalam rangka HUT Kabupaten", "hut",
       "HUT layanan",
       "Dalam rangka HUT Kabupaten Bekasi, ada pemeriksaan kesehatan gratis di alun-alun. "
       "🩺 Cek tensi, gula darah dan kolesterol, cukup bawa KTP.",
       photos=("posbindu_ptm",)),
    _p("jalan_sehat_hut", "Jalan sehat HUT Kabupaten Bekasi", "hut", "HUT Germas kegiatan",
       "Seru banget jalan sehat pagi ini di Kompleks Pemkab Bekasi! 🚶‍♀️🚶 Terima kasih "
       "untuk seluruh warga yang ikut bergerak bersama.",
       photos=("jalan_sehat_hut", "hut_kabupaten")),
    _p("ucapan_hut", "Selamat Hari Jadi Kabupaten Bekasi", "hut", "HUT",
       "Selamat Hari Jadi Kabupaten Bekasi! 🎊 Bersama wujudkan masyarakat yang sehat, "
       "maju dan sejahtera.",
       photos=("hut_kabupaten",)),
    # Layanan & informasi --------------------------------------------------------
    _p("libur_panjang", "Jam layanan puskesmas selama libur panjang", None,
       "layanan puskesmas",
       "Selama libur panjang, layanan gawat darurat di puskesmas rawat inap tetap buka "
       "24 jam. 🏥 Layanan rawat jalan kembali normal setelah libur berakhir.",
       notes=("puskesmas",)),
    _p("daftar_online", "Cara daftar online di puskesmas", None, "layanan puskesmas",
       "Malas antre? Daftar online dulu sebelum datang ke puskesmas! 📱 Caranya cukup "
       "lewat aplikasi pendaftaran puskesmas, pilih poli dan jadwal kunjungan."),
    _p("hoaks_herbal", "Hati-hati hoaks obat herbal penyembuh segala penyakit", None,
       "hoaks layanan",
       "Beredar pesan berantai tentang obat herbal yang katanya bisa menyembuhkan "
       "segala penyakit. ⚠️ Informasi itu tidak benar. Konsultasikan pengobatan ke "
       "tenaga kesehatan dan cek izin edar di BPOM.",
       hashtags=("#CekFakta",)),
    _p("pengaduan", "Sampaikan pengaduan layanan kesehatan lewat SP4N-LAPOR!", None,
       "layanan",
       "Punya saran atau keluhan tentang layanan kesehatan? 📣 Sampaikan lewat "
       "SP4N-LAPOR! supaya bisa kami tindak lanjuti. Masukan Anda membantu kami "
       "memperbaiki pelayanan."),
    _p("periksa_kehamilan", "Periksa kehamilan minimal 6 kali", None, "ibu_hamil layanan",
       "Ibu hamil, periksakan kehamilan minimal 6 kali ya, termasuk 2 kali dengan "
       "dokter. 🤰 Pemeriksaan rutin membantu menemukan risiko sejak dini.",
       photos=("kelas_ibu_hamil",)),
    # Ideas without a date yet ---------------------------------------------------
    _p("ide_video_profil", "Ide: video profil puskesmas terbaik", None, "puskesmas video",
       "Video singkat 60 detik tentang puskesmas dengan inovasi layanan terbaik.",
       scheduled=False),
    _p("ide_kuis", "Ide: kuis kesehatan berhadiah di Instagram", None, "kuis",
       "Kuis mingguan seputar gizi dan imunisasi, hadiah paket sembako sehat.",
       scheduled=False),
)  # fmt: skip


# --- Captions per platform ----------------------------------------------------------

SENTENCE = re.compile(r'\S.*?[.!?]["”]?(?:\s+[^\w\s"]+)?(?=\s|$)', re.DOTALL)
X_ROOM = 270  # X counts 280, but weighs an emoji as two characters


def hashtags_for(seed: PostSeed, program_hashtag: str | None) -> list[str]:
    """The post's hashtags, most important first, without repeats."""
    ordered = [*BASE_HASHTAGS, *([program_hashtag] if program_hashtag else []), *seed.hashtags]
    return list(dict.fromkeys(ordered))


def caption_for(platform: str, seed: PostSeed, hashtags: list[str]) -> str:
    """The caption as an officer would adapt it to each platform's habits and limits.

    Instagram allows five hashtags, X 280 characters, Threads one topic tag; a
    WhatsApp Channel message has a bold title and no hashtags; a website article
    has a title line.
    """
    body = seed.body
    if platform in ("instagram", "facebook", "tiktok"):
        return f"{body}\n\n{' '.join(hashtags[:5])}"
    if platform == "x":
        tags = " ".join([hashtags[0], *hashtags[2:3]] if len(hashtags) > 2 else hashtags[:2])
        text = ""
        for sentence in SENTENCE.findall(body) or [body]:
            longer = f"{text} {sentence}".strip()
            if text and len(longer) + len(tags) + 1 > X_ROOM:
                break
            text = longer
        if len(text) + len(tags) + 1 > X_ROOM:
            text = text[: X_ROOM - len(tags) - 2].rstrip() + "…"
        return f"{text} {tags}"
    if platform == "threads":
        return f"{body}\n\n{hashtags[0]}"
    if platform == "whatsapp_channel":
        return f"*{seed.title}*\n\n{body}"
    return f"{seed.title}\n\n{body}"


def published_url(platform: str, handle: str, rng: random.Random) -> str:
    """A plausible address of the uploaded post (the demo never goes online)."""
    if platform == "instagram":
        code = "".join(rng.choices(string.ascii_letters + string.digits + "_-", k=11))
        return f"https://www.instagram.com/p/{code}/"
    if platform == "x":
        return f"https://x.com/{handle}/status/{rng.randint(10**18, 10**19 - 1)}"
    return f"https://www.facebook.com/{handle}/posts/{rng.randint(10**15, 10**16 - 1)}"


# Saved in the editor's hashtag and snippet lists.
HASHTAG_GROUPS: tuple[tuple[str, str], ...] = (
    ("Umum Dinkes", "#BekasiSehat #DinkesKabBekasi"),
    ("Pemkab Bekasi", "#BekasiBaru #PemkabBekasi"),
    ("Gizi & stunting", "#CegahStunting #GiziSeimbang #BekasiSehat"),
    ("Imunisasi", "#ImunisasiLengkap #BekasiSehat #DinkesKabBekasi"),
    ("Demam berdarah", "#BerantasDBD #Jumantik #BekasiSehat"),
)
SNIPPETS: tuple[tuple[str, str], ...] = (
    (
        "Penutup resmi",
        "Informasi lebih lanjut: puskesmas terdekat atau dinkes.bekasikab.go.id\n"
        "Dinas Kesehatan Kabupaten Bekasi",
    ),
    ("Ajakan berbagi", "Yuk bagikan informasi ini agar keluarga dan tetangga ikut sehat! 💚"),
    ("Sumber data", "Sumber data: Dinas Kesehatan Kabupaten Bekasi."),
)

# Place names of the sample regency (Kabupaten Bekasi's kecamatan), for the spell checker's
# department word list: they are no words of the Indonesian dictionary.
REGENCY_PLACES = (
    "Babelan", "Bojongmangu", "Cabangbungin", "Cibarusah", "Cibitung", "Cikarang",
    "Karangbahagia", "Kedungwaringin", "Muaragembong", "Pebayuran", "Serang", "Setu",
    "Sukakarya", "Sukatani", "Sukawangi", "Tambelang", "Tambun", "Tarumajaya", "Jababeka",
)  # fmt: skip
