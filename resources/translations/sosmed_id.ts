<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Sosmed Desktop {version}&lt;/h3&gt;&lt;p&gt;The workbench of a regency department&apos;s social media officer: content calendar, media and image studio, leadership directions and data, reminders, approval and post packages. Works offline.&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Database: {engine}&lt;br&gt;Qt {qt} · PySide6 {pyside} · SQLite {sqlite}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sosmed Desktop {version}&lt;/h3&gt;&lt;p&gt;Meja kerja pengelola media sosial perangkat daerah: kalender konten, media dan studio gambar, arahan pimpinan dan data, pengingat, persetujuan, dan paket unggahan. Bekerja tanpa internet.&lt;/p&gt;&lt;p&gt;Folder data: {data}&lt;br&gt;Basis data: {engine}&lt;br&gt;Qt {qt} · PySide6 {pyside} · SQLite {sqlite}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Sosmed Desktop</source>
        <translation>Tentang Sosmed Desktop</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The data cannot be opened</source>
        <translation>Data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Sosmed Desktop will close. Your data folder is: {path}</source>
        <translation>Sosmed Desktop akan ditutup. Folder data Anda: {path}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous month (PgUp)</source>
        <translation>Bulan sebelumnya (PgUp)</translation>
    </message>
    <message>
        <source>Next month (PgDn)</source>
        <translation>Bulan berikutnya (PgDn)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Go to this month (T)</source>
        <translation>Ke bulan ini (T)</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) this month</source>
        <translation>
            <numerusform>%n posting bulan ini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Galat tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong that Sosmed Desktop did not expect. Your saved work is safe. If it happens again, send the details below to your IT support.</source>
        <translation>Terjadi kesalahan yang tidak diduga oleh Sosmed Desktop. Pekerjaan yang sudah tersimpan tetap aman. Jika terjadi lagi, kirimkan rincian di bawah ini kepada petugas TI Anda.</translation>
    </message>
    <message>
        <source>The log file is at: {path}</source>
        <translation>Berkas log ada di: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Buka folder log</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data folder {path} cannot be used: {detail}</source>
        <translation>Folder data {path} tidak dapat dipakai: {detail}</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space and try again; nothing was changed.</source>
        <translation>Disk tempat {path} sudah penuh. Kosongkan sebagian ruang lalu coba lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database {path} is on a network drive. SQLite cannot lock files reliably there, so data could be lost. Keep the data folder on this PC, or let the team use a shared PostgreSQL server (Settings → Database).</source>
        <translation>Basis data {path} berada di drive jaringan. SQLite tidak dapat mengunci berkas dengan andal di sana sehingga data bisa hilang. Simpan folder data di PC ini, atau gunakan server PostgreSQL bersama untuk tim (Pengaturan → Basis data).</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a Sosmed Desktop database ({detail}). It was left untouched.</source>
        <translation>Basis data {path} rusak atau bukan basis data Sosmed Desktop ({detail}). Berkas itu tidak diubah sama sekali.</translation>
    </message>
    <message>
        <source>The file {path} is a database of another program. It was left untouched; choose another data folder.</source>
        <translation>Berkas {path} adalah basis data program lain. Berkas itu tidak diubah; pilih folder data lain.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of Sosmed Desktop. Install the newer version to open it; the file was left untouched.</source>
        <translation>Basis data {path} dibuat oleh Sosmed Desktop versi yang lebih baru. Pasang versi yang lebih baru untuk membukanya; berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Wait a moment and try again.</source>
        <translation>Basis data sedang dipakai program lain. Tunggu sebentar lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database cannot be used: {detail}</source>
        <translation>Basis data tidak dapat dipakai: {detail}</translation>
    </message>
    <message>
        <source>Sosmed Desktop is already running with the data folder {path}.</source>
        <translation>Sosmed Desktop sudah berjalan dengan folder data {path}.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Silakan isi nama Anda.</translation>
    </message>
    <message>
        <source>Please enter your department.</source>
        <translation>Silakan isi perangkat daerah Anda.</translation>
    </message>
    <message>
        <source>Sample data can only be loaded into an empty calendar; this one already has posts.</source>
        <translation>Data contoh hanya dapat dimuat ke kalender yang masih kosong; kalender ini sudah berisi posting.</translation>
    </message>
    <message>
        <source>Invalid input: {detail}</source>
        <translation>Isian tidak valid: {detail}</translation>
    </message>
    <message>
        <source>The item was not found; it may have been deleted.</source>
        <translation>Data tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>The change conflicts with the current data: {detail}</source>
        <translation>Perubahan bertentangan dengan data saat ini: {detail}</translation>
    </message>
    <message>
        <source>{name} cannot be used as an image: {detail}</source>
        <translation>{name} tidak dapat dipakai sebagai gambar: {detail}</translation>
    </message>
    <message>
        <source>The post was not found; it may have been deleted or moved to the trash.</source>
        <translation>Postingan tidak ditemukan; mungkin sudah dihapus atau dipindahkan ke tempat sampah.</translation>
    </message>
    <message>
        <source>Someone else saved this post after you opened it. Reload it to see their changes; your text is kept in the editor.</source>
        <translation>Orang lain menyimpan postingan ini setelah Anda membukanya. Muat ulang untuk melihat perubahannya; teks Anda tetap ada di editor.</translation>
    </message>
    <message>
        <source>This item was changed elsewhere after you opened it. Reload it and try again.</source>
        <translation>Data ini diubah di tempat lain setelah Anda membukanya. Muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>A post cannot go from “{current}” to “{target}”.</source>
        <translation>Postingan tidak dapat berpindah dari “{current}” ke “{target}”.</translation>
    </message>
    <message>
        <source>This status is set through its own step (submit, approve, ask for revision or mark published).</source>
        <translation>Status ini diatur melalui langkahnya sendiri (ajukan, setujui, minta revisi, atau tandai sudah diunggah).</translation>
    </message>
    <message>
        <source>Please give the post a title.</source>
        <translation>Beri judul untuk postingan ini.</translation>
    </message>
    <message>
        <source>The title is too long (at most {limit} characters).</source>
        <translation>Judul terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>The date and time have no time zone; please choose them again.</source>
        <translation>Tanggal dan waktu tidak memiliki zona waktu; pilih lagi.</translation>
    </message>
    <message>
        <source>A platform is chosen twice.</source>
        <translation>Ada platform yang dipilih dua kali.</translation>
    </message>
    <message>
        <source>The platform is not known or is switched off: {detail}</source>
        <translation>Platform tidak dikenal atau dinonaktifkan: {detail}</translation>
    </message>
    <message>
        <source>The program no longer exists; choose another one.</source>
        <translation>Program sudah tidak ada; pilih program lain.</translation>
    </message>
    <message>
        <source>A photo of this post is no longer in the media library.</source>
        <translation>Ada foto postingan ini yang sudah tidak ada di pustaka media.</translation>
    </message>
    <message>
        <source>A cited data note no longer exists.</source>
        <translation>Ada data pendukung yang dikutip sudah tidak ada.</translation>
    </message>
    <message>
        <source>The checklist holds an item this version does not know.</source>
        <translation>Daftar periksa berisi butir yang tidak dikenal versi ini.</translation>
    </message>
    <message>
        <source>A tag is too long (at most {limit} characters).</source>
        <translation>Ada tag yang terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>An image edit could not be read; edit the image again.</source>
        <translation>Suntingan gambar tidak dapat dibaca; sunting ulang gambarnya.</translation>
    </message>
    <message>
        <source>A new post starts as an idea or a draft.</source>
        <translation>Postingan baru dimulai sebagai ide atau draf.</translation>
    </message>
    <message>
        <source>This post was published or archived: its captions, photos and schedule can no longer change. Duplicate it to make a new version.</source>
        <translation>Postingan ini sudah diunggah atau diarsipkan: caption, foto, dan jadwalnya tidak dapat diubah lagi. Gandakan untuk membuat versi baru.</translation>
    </message>
    <message>
        <source>Choose at least one platform before submitting.</source>
        <translation>Pilih setidaknya satu platform sebelum mengajukan.</translation>
    </message>
    <message>
        <source>Tick every item of the content checklist before submitting.</source>
        <translation>Centang semua butir daftar periksa konten sebelum mengajukan.</translation>
    </message>
    <message>
        <source>The content check found problems the platform would refuse. Fix them first.</source>
        <translation>Pemeriksaan konten menemukan masalah yang akan ditolak platform. Perbaiki dulu.</translation>
    </message>
    <message>
        <source>Please enter the reviewer&apos;s name.</source>
        <translation>Isi nama pemeriksa.</translation>
    </message>
    <message>
        <source>Please say what should be revised.</source>
        <translation>Tuliskan apa yang perlu direvisi.</translation>
    </message>
    <message>
        <source>This post is not approved (or its approval was withdrawn).</source>
        <translation>Postingan ini belum disetujui (atau persetujuannya sudah ditarik).</translation>
    </message>
    <message>
        <source>This post changed after it was approved; it must be approved again.</source>
        <translation>Postingan ini berubah setelah disetujui; harus disetujui ulang.</translation>
    </message>
    <message>
        <source>Please enter when the post went online.</source>
        <translation>Isi kapan postingan tayang.</translation>
    </message>
    <message>
        <source>The publication time is in the future.</source>
        <translation>Waktu tayang ada di masa depan.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with http:// or https://.</source>
        <translation>Tautan harus berupa alamat web yang diawali http:// atau https://.</translation>
    </message>
    <message>
        <source>The search could not be run; try other words.</source>
        <translation>Pencarian tidak dapat dijalankan; coba kata lain.</translation>
    </message>
    <message>
        <source>A word of the list is too long (at most {limit} characters).</source>
        <translation>Ada kata dalam daftar yang terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>Please give the day a name.</source>
        <translation>Beri nama hari peringatan ini.</translation>
    </message>
    <message>
        <source>The name is too long (at most {limit} characters).</source>
        <translation>Nama terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>This day does not exist in the calendar.</source>
        <translation>Tanggal ini tidak ada di kalender.</translation>
    </message>
    <message>
        <source>This commemorative day is already on the list.</source>
        <translation>Hari peringatan ini sudah ada di daftar.</translation>
    </message>
    <message>
        <source>The commemorative day was not found; it may have been deleted.</source>
        <translation>Hari peringatan tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>“{tag}” is not a valid hashtag (letters, digits and _ only, with at least one letter).</source>
        <translation>“{tag}” bukan tagar yang sah (hanya huruf, angka, dan _, dengan setidaknya satu huruf).</translation>
    </message>
    <message>
        <source>Enter at least one hashtag.</source>
        <translation>Isi setidaknya satu tagar.</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>Isi namanya.</translation>
    </message>
    <message>
        <source>The name “{name}” is already used.</source>
        <translation>Nama “{name}” sudah dipakai.</translation>
    </message>
    <message>
        <source>The hashtag group was not found; it may have been deleted.</source>
        <translation>Kelompok tagar tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>The snippet is empty.</source>
        <translation>Potongan teks masih kosong.</translation>
    </message>
    <message>
        <source>The snippet is too long (at most {limit} characters).</source>
        <translation>Potongan teks terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>The snippet was not found; it may have been deleted.</source>
        <translation>Potongan teks tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>A recurring post needs a date for its first occurrence.</source>
        <translation>Postingan berulang memerlukan tanggal untuk kemunculan pertamanya.</translation>
    </message>
    <message>
        <source>Repeat every 1 to 12 weeks or months.</source>
        <translation>Ulangi setiap 1 sampai 12 minggu atau bulan.</translation>
    </message>
    <message>
        <source>Choose either an end date or a number of posts for the series.</source>
        <translation>Pilih tanggal akhir atau jumlah postingan untuk rangkaian ini.</translation>
    </message>
    <message>
        <source>A series holds at most {limit} posts.</source>
        <translation>Satu rangkaian berisi paling banyak {limit} postingan.</translation>
    </message>
    <message>
        <source>The end date is before the first post.</source>
        <translation>Tanggal akhir sebelum postingan pertama.</translation>
    </message>
    <message>
        <source>The unsaved draft could not be stored.</source>
        <translation>Draf yang belum disimpan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The unsaved draft is too large to keep.</source>
        <translation>Draf yang belum disimpan terlalu besar untuk disimpan.</translation>
    </message>
    <message>
        <source>The recovered draft is damaged and cannot be opened.</source>
        <translation>Draf yang dipulihkan rusak dan tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Sosmed Desktop</source>
        <translation>Sosmed Desktop</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Idea</source>
        <translation>Ide</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Menunggu Persetujuan</translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation>Perlu Revisi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Diunggah</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Buka folder &amp;data</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation>Tampilkan &amp;bilah samping</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Layar &amp;penuh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <source>&amp;About Sosmed Desktop</source>
        <translation>&amp;Tentang Sosmed Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>Database: {engine}</source>
        <translation>Basis data: {engine}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Profile not set</source>
        <translation>Profil belum diisi</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on its server.</source>
        <translation>Basis data PostgreSQL dicadangkan di servernya.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Backup written: {name}</source>
        <translation>Cadangan tersimpan: {name}</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Your name *</source>
        <translation>Nama Anda *</translation>
    </message>
    <message>
        <source>e.g. Rina Marlina</source>
        <translation>mis. Rina Marlina</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>e.g. Social media officer</source>
        <translation>mis. Pengelola Media Sosial</translation>
    </message>
    <message>
        <source>Department *</source>
        <translation>Perangkat daerah *</translation>
    </message>
    <message>
        <source>e.g. Dinas Kesehatan</source>
        <translation>mis. Dinas Kesehatan</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Singkatan</translation>
    </message>
    <message>
        <source>e.g. Dinkes</source>
        <translation>mis. Dinkes</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <source>e.g. Kabupaten Bekasi</source>
        <translation>mis. Kabupaten Bekasi</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Kepala perangkat daerah</translation>
    </message>
    <message>
        <source>Name, for the approval sheet</source>
        <translation>Nama, untuk lembar persetujuan</translation>
    </message>
    <message>
        <source>Head&apos;s position</source>
        <translation>Jabatan kepala</translation>
    </message>
    <message>
        <source>e.g. Kepala Dinas Kesehatan</source>
        <translation>mis. Kepala Dinas Kesehatan</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>No posts planned this month</source>
        <translation>Belum ada posting terjadwal bulan ini</translation>
    </message>
    <message>
        <source>Planned posts appear here by date. Load the sample data from the welcome screen to see how a month looks.</source>
        <translation>Posting yang direncanakan tampil di sini menurut tanggal. Muat data contoh dari layar sambutan untuk melihat gambaran satu bulan.</translation>
    </message>
    <message>
        <source>Drafts &amp; Approval</source>
        <translation>Draf &amp; Persetujuan</translation>
    </message>
    <message>
        <source>Drafts and approvals</source>
        <translation>Draf dan persetujuan</translation>
    </message>
    <message>
        <source>Posts waiting for the head of department, posts that need revision and approved posts not yet exported will be listed here.</source>
        <translation>Posting yang menunggu persetujuan kepala perangkat daerah, yang perlu revisi, dan yang sudah disetujui tetapi belum diekspor akan tercantum di sini.</translation>
    </message>
    <message>
        <source>Media Library</source>
        <translation>Pustaka Media</translation>
    </message>
    <message>
        <source>The media library is empty</source>
        <translation>Pustaka media masih kosong</translation>
    </message>
    <message>
        <source>Photos and videos for your posts will be kept here, each stored once, ready for the image studio.</source>
        <translation>Foto dan video untuk posting Anda disimpan di sini, masing-masing sekali saja, siap diolah di studio gambar.</translation>
    </message>
    <message>
        <source>Directions &amp; Data</source>
        <translation>Arahan &amp; Data</translation>
    </message>
    <message>
        <source>Leadership directions and supporting data</source>
        <translation>Arahan pimpinan dan data pendukung</translation>
    </message>
    <message>
        <source>Directions from leadership and the figures your posts cite, with their sources, will be kept here.</source>
        <translation>Arahan dari pimpinan dan angka yang dikutip posting Anda, beserta sumbernya, akan disimpan di sini.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Tidak ada pengingat</translation>
    </message>
    <message>
        <source>Reminders for upcoming posts, deadlines and approvals will appear here, even for those that fell due while the PC was off.</source>
        <translation>Pengingat untuk posting mendatang, tenggat, dan persetujuan akan tampil di sini, termasuk yang jatuh tempo saat PC mati.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>No packages yet</source>
        <translation>Belum ada paket</translation>
    </message>
    <message>
        <source>Approved posts exported as packages (captions, images, preview and approval sheet) and packages received from colleagues will be listed here.</source>
        <translation>Posting yang disetujui dan diekspor sebagai paket (keterangan, gambar, pratinjau, dan lembar persetujuan) serta paket kiriman rekan akan tercantum di sini.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Data &amp;&amp; database</source>
        <translation>Data &amp;&amp; basis data</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>WIB — Western Indonesia (Asia/Jakarta)</source>
        <translation>WIB — Waktu Indonesia Barat (Asia/Jakarta)</translation>
    </message>
    <message>
        <source>WITA — Central Indonesia (Asia/Makassar)</source>
        <translation>WITA — Waktu Indonesia Tengah (Asia/Makassar)</translation>
    </message>
    <message>
        <source>WIT — Eastern Indonesia (Asia/Jayapura)</source>
        <translation>WIT — Waktu Indonesia Timur (Asia/Jayapura)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Language and time zone changes apply after a restart.</source>
        <translation>Perubahan bahasa dan zona waktu berlaku setelah aplikasi dimulai ulang.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Empty: the built-in SQLite database</source>
        <translation>Kosong: basis data SQLite bawaan</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL basis data</translation>
    </message>
    <message>
        <source>For a team, enter a PostgreSQL server, e.g. postgresql+psycopg://user@server/sosmed. Applies after a restart.</source>
        <translation>Untuk tim, isi server PostgreSQL, mis. postgresql+psycopg://pengguna@server/sosmed. Berlaku setelah dimulai ulang.</translation>
    </message>
    <message>
        <source>Built-in platform figures</source>
        <translation>Angka platform bawaan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Platform file</source>
        <translation>Berkas platform</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved. Some changes apply the next time Sosmed Desktop starts.</source>
        <translation>Tersimpan. Sebagian perubahan berlaku saat Sosmed Desktop dibuka berikutnya.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Welcome to Sosmed Desktop</source>
        <translation>Selamat datang di Sosmed Desktop</translation>
    </message>
    <message>
        <source>Plan your department&apos;s posts, prepare photos, keep leadership directions and data at hand, and get approval — all on this PC, even offline. First, tell us who you are; the approval sheet uses these details.</source>
        <translation>Rencanakan posting perangkat daerah Anda, siapkan foto, simpan arahan pimpinan dan data pendukung, lalu mintakan persetujuan — semuanya di PC ini, tanpa internet sekalipun. Pertama, isi data diri Anda; lembar persetujuan memakai data ini.</translation>
    </message>
    <message>
        <source>Load sample data (a sample department with posts, directions and photos)</source>
        <translation>Muat data contoh (perangkat daerah contoh dengan posting, arahan, dan foto)</translation>
    </message>
    <message>
        <source>Your data is kept in: {path}</source>
        <translation>Data Anda disimpan di: {path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Preparing sample data…</source>
        <translation>Menyiapkan data contoh…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti saja</translation>
    </message>
</context>
</TS>
