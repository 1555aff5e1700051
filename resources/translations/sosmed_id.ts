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
    <name>ApprovalPanel</name>
    <message>
        <source>Submit for approval</source>
        <translation>Ajukan persetujuan</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Setujui…</translation>
    </message>
    <message>
        <source>Ask for revision…</source>
        <translation>Minta revisi…</translation>
    </message>
    <message>
        <source>Mark as published…</source>
        <translation>Tandai sudah diunggah…</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Tarik persetujuan</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Kembalikan ke draf</translation>
    </message>
    <message>
        <source>Make it an idea</source>
        <translation>Jadikan ide</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>New post (not saved yet)</source>
        <translation>Posting baru (belum disimpan)</translation>
    </message>
    <message>
        <source>Approved by {who}</source>
        <translation>Disetujui oleh {who}</translation>
    </message>
    <message>
        <source>Revision asked by {who}</source>
        <translation>Revisi diminta oleh {who}</translation>
    </message>
    <message>
        <source>Withdrawn {when}</source>
        <translation>Ditarik {when}</translation>
    </message>
    <message>
        <source>{name} asks for a revision: “{note}”</source>
        <translation>{name} meminta revisi: “{note}”</translation>
    </message>
    <message>
        <source>Published {when}</source>
        <translation>Diunggah {when}</translation>
    </message>
    <message>
        <source>Tick the checklist under Checks, then submit the post for approval by the head of department.</source>
        <translation>Centang daftar periksa di tab Pemeriksaan, lalu ajukan posting untuk disetujui kepala perangkat daerah.</translation>
    </message>
    <message>
        <source>Approved exactly as it is now. Editing captions or photos withdraws the approval.</source>
        <translation>Disetujui persis seperti sekarang. Mengubah caption atau foto akan menarik persetujuan.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>No date yet</source>
        <translation>Belum ada tanggal</translation>
    </message>
    <message>
        <source>{name}: “{comment}”</source>
        <translation>{name}: “{comment}”</translation>
    </message>
    <message>
        <source>Approved by {name}</source>
        <translation>Disetujui oleh {name}</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>Nothing here.</source>
        <translation>Kosong.</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Ajukan persetujuan</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Setujui…</translation>
    </message>
    <message>
        <source>Ask for revision…</source>
        <translation>Minta revisi…</translation>
    </message>
    <message>
        <source>Drafts &amp; ideas</source>
        <translation>Draf &amp; ide</translation>
    </message>
    <message>
        <source>Still being written</source>
        <translation>Masih ditulis</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Submitted to the head of department</source>
        <translation>Sudah diajukan ke kepala perangkat daerah</translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation>Perlu revisi</translation>
    </message>
    <message>
        <source>Sent back with the reviewer&apos;s comment</source>
        <translation>Dikembalikan dengan catatan pemeriksa</translation>
    </message>
    <message>
        <source>Approved, not exported</source>
        <translation>Disetujui, belum diekspor</translation>
    </message>
    <message>
        <source>Approved; the package has not been exported yet</source>
        <translation>Sudah disetujui; paketnya belum diekspor</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>The scheduled time has passed and the post is not published</source>
        <translation>Jadwalnya sudah lewat dan posting belum diunggah</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) need attention</source>
        <translation>
            <numerusform>%n posting perlu ditindaklanjuti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Move “{title}”</source>
        <translation>Pindahkan “{title}”</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous (PgUp)</source>
        <translation>Sebelumnya (PgUp)</translation>
    </message>
    <message>
        <source>Next (PgDn)</source>
        <translation>Berikutnya (PgDn)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Ke hari ini (T)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Month grid (M)</source>
        <translation>Kisi bulan (M)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Week timeline (W)</source>
        <translation>Lini waktu mingguan (W)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>List of the month&apos;s posts (A)</source>
        <translation>Daftar posting bulan ini (A)</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) this week</source>
        <translation>
            <numerusform>%n posting minggu ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Mengimpor %n foto…</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Beberapa berkas tidak ditambahkan</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) this month</source>
        <translation>
            <numerusform>%n posting bulan ini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionTabs</name>
    <message>
        <source>Master caption</source>
        <translation>Caption utama</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>The information has a clear source and has been verified</source>
        <translation>Informasi bersumber jelas dan sudah diverifikasi</translation>
    </message>
    <message>
        <source>The content is neutral and non-partisan (no party, candidate or campaign)</source>
        <translation>Konten netral dan tidak partisan (tanpa partai, calon, atau kampanye)</translation>
    </message>
    <message>
        <source>No SARA content, hoax, slander, provocation or pornography</source>
        <translation>Tidak mengandung SARA, hoaks, fitnah, provokasi, atau pornografi</translation>
    </message>
    <message>
        <source>No confidential or internal state information</source>
        <translation>Tidak memuat informasi rahasia atau internal negara</translation>
    </message>
    <message>
        <source>No personal data (NIK, phone numbers, addresses, plates, children&apos;s faces without consent)</source>
        <translation>Tidak memuat data pribadi (NIK, nomor telepon, alamat, pelat nomor, wajah anak tanpa izin)</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Before submitting: government guidance</source>
        <translation>Sebelum diajukan: pedoman pemerintah</translation>
    </message>
    <message>
        <source>Click to select it in the caption</source>
        <translation>Klik untuk menandainya di caption</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n galat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n peringatan</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} points confirmed</source>
        <translation>{done} dari {total} poin dikonfirmasi</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} karakter</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} karakter</translation>
    </message>
    <message>
        <source>{count} / {limit} hashtags</source>
        <translation>{count} / {limit} tagar</translation>
    </message>
    <message>
        <source>{count} hashtags</source>
        <translation>{count} tagar</translation>
    </message>
    <message>
        <source>links count 23 each</source>
        <translation>tiap tautan dihitung 23</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>What is this post about?</source>
        <translation>Posting ini tentang apa?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>e.g. posyandu, balita</source>
        <translation>mis. posyandu, balita</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Times are in your time zone: {zone}</source>
        <translation>Waktu mengikuti zona waktu Anda: {zone}</translation>
    </message>
    <message>
        <source>— no program —</source>
        <translation>— tanpa program —</translation>
    </message>
</context>
<context>
    <name>EditorOperations</name>
    <message>
        <source>This post was moved to the trash elsewhere.</source>
        <translation>Posting ini sudah dipindahkan ke tempat sampah dari tempat lain.</translation>
    </message>
    <message>
        <source>This post was changed elsewhere while it is open here. Saving will ask whether to keep your version.</source>
        <translation>Posting ini diubah di tempat lain selagi terbuka di sini. Saat menyimpan, Anda akan ditanya apakah versi Anda dipertahankan.</translation>
    </message>
    <message>
        <source>Saved. The approval was withdrawn because the approved content changed: the post is waiting for approval again.</source>
        <translation>Tersimpan. Persetujuan ditarik karena konten yang disetujui berubah: posting kembali menunggu persetujuan.</translation>
    </message>
    <message>
        <source>Approval withdrawn: “{title}” needs approval again.</source>
        <translation>Persetujuan ditarik: “{title}” perlu disetujui lagi.</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>“{title}” tersimpan.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Diubah di tempat lain</translation>
    </message>
    <message>
        <source>Save your version over the other change?</source>
        <translation>Simpan versi Anda menimpa perubahan itu?</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Simpan versi saya</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut menyunting</translation>
    </message>
    <message>
        <source>Not saved: this post was changed elsewhere.</source>
        <translation>Belum tersimpan: posting ini diubah di tempat lain.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Sedang diproses…</translation>
    </message>
    <message>
        <source>Copy of {title}</source>
        <translation>Salinan {title}</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Pindahkan ke tempat sampah</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash? You can restore it from File → Trash.</source>
        <translation>Pindahkan “{title}” ke tempat sampah? Anda dapat memulihkannya dari Berkas → Tempat sampah.</translation>
    </message>
    <message>
        <source>“{title}” moved to the trash.</source>
        <translation>“{title}” dipindahkan ke tempat sampah.</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Simpan otomatis gagal: {reason}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation>Simpan perubahan pada “{title}”?</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Posting baru</translation>
    </message>
</context>
<context>
    <name>EditorPhotos</name>
    <message>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Importing photos…</source>
        <translation>Mengimpor foto…</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Beberapa berkas tidak ditambahkan</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Reorder photos</source>
        <translation>Ubah urutan foto</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>Use photos on all platforms</source>
        <translation>Pakai foto di semua platform</translation>
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
        <source>Please give the post a title.</source>
        <translation>Silakan beri judul posting.</translation>
    </message>
    <message>
        <source>The title is too long (at most {limit} characters).</source>
        <translation>Judul terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>A tag is too long (at most {limit} characters).</source>
        <translation>Ada label yang terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>A platform is chosen twice.</source>
        <translation>Ada platform yang dipilih dua kali.</translation>
    </message>
    <message>
        <source>A chosen platform is no longer in the platform file: {detail}</source>
        <translation>Platform yang dipilih tidak ada lagi di berkas platform: {detail}</translation>
    </message>
    <message>
        <source>The chosen program no longer exists; choose another one.</source>
        <translation>Program yang dipilih sudah tidak ada; pilih program lain.</translation>
    </message>
    <message>
        <source>A photo of this post is no longer in the media library; remove it.</source>
        <translation>Ada foto posting ini yang sudah tidak ada di pustaka media; hapus foto itu.</translation>
    </message>
    <message>
        <source>A cited data note no longer exists.</source>
        <translation>Catatan data yang dirujuk sudah tidak ada.</translation>
    </message>
    <message>
        <source>An image edit of this post is damaged.</source>
        <translation>Suntingan gambar pada posting ini rusak.</translation>
    </message>
    <message>
        <source>The checklist holds an item this version does not know.</source>
        <translation>Daftar periksa memuat butir yang tidak dikenal versi ini.</translation>
    </message>
    <message>
        <source>A new post starts as an idea or a draft.</source>
        <translation>Posting baru dimulai sebagai ide atau draf.</translation>
    </message>
    <message>
        <source>A time without a time zone was given.</source>
        <translation>Waktu yang diberikan tidak memiliki zona waktu.</translation>
    </message>
    <message>
        <source>This post no longer exists (it may have been moved to the trash).</source>
        <translation>Posting ini sudah tidak ada (mungkin sudah dipindahkan ke tempat sampah).</translation>
    </message>
    <message>
        <source>This post was changed elsewhere (for example moved on the calendar) since it was opened. Nothing was saved; your text is kept in the editor.</source>
        <translation>Posting ini diubah di tempat lain (misalnya dipindahkan di kalender) sejak dibuka. Tidak ada yang disimpan; teks Anda tetap ada di penyunting.</translation>
    </message>
    <message>
        <source>The item was changed elsewhere since it was opened. Nothing was saved.</source>
        <translation>Data ini diubah di tempat lain sejak dibuka. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>A post that is {status} is the record of what went out: its captions, photos and time can no longer change.</source>
        <translation>Posting berstatus {status} adalah catatan dari apa yang sudah tayang: caption, foto, dan waktunya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>This status is set with its own button (submit, approve, …).</source>
        <translation>Status ini diatur dengan tombolnya sendiri (ajukan, setujui, …).</translation>
    </message>
    <message>
        <source>A post cannot go from “{current}” to “{target}”.</source>
        <translation>Posting tidak dapat berpindah dari “{current}” ke “{target}”.</translation>
    </message>
    <message>
        <source>Choose at least one platform before submitting.</source>
        <translation>Pilih setidaknya satu platform sebelum mengajukan.</translation>
    </message>
    <message numerus="yes">
        <source>Tick every point of the checklist before submitting; %n point(s) still open.</source>
        <translation>
            <numerusform>Centang semua poin daftar periksa sebelum mengajukan; masih ada %n poin yang belum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The content checks found problems the platform would refuse:
{findings}</source>
        <translation>Pemeriksaan konten menemukan masalah yang akan ditolak platform:
{findings}</translation>
    </message>
    <message>
        <source>Enter the reviewer&apos;s name.</source>
        <translation>Isi nama pemeriksa.</translation>
    </message>
    <message>
        <source>Say what should be revised: the comment goes back to the author.</source>
        <translation>Tuliskan apa yang perlu direvisi: catatan ini dikirim kembali ke penulis.</translation>
    </message>
    <message>
        <source>This post is not approved.</source>
        <translation>Posting ini belum disetujui.</translation>
    </message>
    <message>
        <source>This post changed after its approval; it needs approval again before it can be published or exported.</source>
        <translation>Posting ini berubah setelah disetujui; perlu disetujui lagi sebelum dapat diunggah atau diekspor.</translation>
    </message>
    <message>
        <source>When was it published?</source>
        <translation>Kapan posting ini diunggah?</translation>
    </message>
    <message>
        <source>The publication time is in the future.</source>
        <translation>Waktu unggah berada di masa depan.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with https:// or http://.</source>
        <translation>Tautan harus berupa alamat web yang diawali https:// atau http://.</translation>
    </message>
    <message>
        <source>The search text could not be used; try other words.</source>
        <translation>Teks pencarian tidak dapat dipakai; coba kata lain.</translation>
    </message>
    <message>
        <source>A sensitive word is too long (at most {limit} characters).</source>
        <translation>Ada kata sensitif yang terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>Sosmed Desktop</source>
        <translation>Sosmed Desktop</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>No program</source>
        <translation>Tanpa program</translation>
    </message>
    <message>
        <source>Show only {program}</source>
        <translation>Tampilkan hanya {program}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Caption too long: {count} characters, the limit is {limit}.</source>
        <translation>Caption terlalu panjang: {count} karakter, batasnya {limit}.</translation>
    </message>
    <message>
        <source>Too many hashtags: {count}, at most {limit}.</source>
        <translation>Tagar terlalu banyak: {count}, paling banyak {limit}.</translation>
    </message>
    <message>
        <source>Too many images: {count}, at most {limit}.</source>
        <translation>Gambar terlalu banyak: {count}, paling banyak {limit}.</translation>
    </message>
    <message>
        <source>Image {image}: ratio {ratio} is outside {min} … {max}; the feed will crop it.</source>
        <translation>Gambar {image}: rasio {ratio} di luar {min} … {max}; beranda akan memotongnya.</translation>
    </message>
    <message>
        <source>Image {image} is {width} px wide; at least {min} px is needed.</source>
        <translation>Gambar {image} lebarnya {width} px; perlu paling sedikit {min} px.</translation>
    </message>
    <message>
        <source>Image {image} is {size} MB; the platform accepts at most {limit} MB.</source>
        <translation>Gambar {image} berukuran {size} MB; platform menerima paling besar {limit} MB.</translation>
    </message>
    <message>
        <source>Personal data: a NIK (ID number) {matches}.</source>
        <translation>Data pribadi: NIK {matches}.</translation>
    </message>
    <message>
        <source>Personal data: a phone number {matches}.</source>
        <translation>Data pribadi: nomor telepon {matches}.</translation>
    </message>
    <message>
        <source>Personal data: an e-mail address {matches}.</source>
        <translation>Data pribadi: alamat surel {matches}.</translation>
    </message>
    <message>
        <source>Personal data: a vehicle plate {matches}.</source>
        <translation>Data pribadi: pelat nomor kendaraan {matches}.</translation>
    </message>
    <message>
        <source>Sensitive words: {words}. Check that the tone is right.</source>
        <translation>Kata sensitif: {words}. Periksa apakah nadanya sudah tepat.</translation>
    </message>
    <message>
        <source>Figures without a cited source: {figures}. Cite a data note.</source>
        <translation>Angka tanpa sumber: {figures}. Cantumkan catatan data.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>label</translation>
    </message>
    <message>
        <source>platforms</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>cited data</source>
        <translation>data yang dirujuk</translation>
    </message>
    <message>
        <source>master caption</source>
        <translation>caption utama</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>daftar periksa</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>caption</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>Created as {status}</source>
        <translation>Dibuat sebagai {status}</translation>
    </message>
    <message>
        <source>Edited: {fields}</source>
        <translation>Diubah: {fields}</translation>
    </message>
    <message>
        <source>Moved from {old} to {new}</source>
        <translation>Dipindahkan dari {old} ke {new}</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Status: {old} → {new}</translation>
    </message>
    <message>
        <source> — revision asked by {name}: “{comment}”</source>
        <translation> — revisi diminta oleh {name}: “{comment}”</translation>
    </message>
    <message>
        <source>Approved by {who}</source>
        <translation>Disetujui oleh {who}</translation>
    </message>
    <message>
        <source>Approval withdrawn: the approved content was edited</source>
        <translation>Persetujuan ditarik: konten yang disetujui diubah</translation>
    </message>
    <message>
        <source>Approval withdrawn by hand</source>
        <translation>Persetujuan ditarik secara manual</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Dipindahkan ke tempat sampah</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Dipulihkan dari tempat sampah</translation>
    </message>
    <message>
        <source>Exported as a package</source>
        <translation>Diekspor sebagai paket</translation>
    </message>
    <message>
        <source>Created as a copy of post #{id}</source>
        <translation>Dibuat sebagai salinan posting #{id}</translation>
    </message>
    <message>
        <source>Copied to post #{id}</source>
        <translation>Disalin ke posting #{id}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>The history starts when the post is first saved.</source>
        <translation>Riwayat dimulai saat posting pertama kali disimpan.</translation>
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
        <source>&amp;New post</source>
        <translation>Posting &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Tempat sampah…</translation>
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
        <source>&amp;Find posts…</source>
        <translation>&amp;Cari posting…</translation>
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
    <name>MasterTab</name>
    <message>
        <source>Platforms marked “same as the master caption” post this text as it is.</source>
        <translation>Platform bertanda “sama dengan caption utama” memakai teks ini apa adanya.</translation>
    </message>
    <message>
        <source>Write the caption here…</source>
        <translation>Tulis caption di sini…</translation>
    </message>
</context>
<context>
    <name>MediaPicker</name>
    <message>
        <source>Photos from the media library</source>
        <translation>Foto dari pustaka media</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Memuat pustaka…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>Click the photos to add, in order.</source>
        <translation>Klik foto yang akan ditambahkan, sesuai urutan.</translation>
    </message>
    <message>
        <source>The media library is empty: add photos with “Add photos…”.</source>
        <translation>Pustaka media masih kosong: tambahkan foto dengan “Tambah foto…”.</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <source>Drag to reorder. Drop photos here to add them. The dimmed part is what the feed crops off.</source>
        <translation>Seret untuk mengubah urutan. Jatuhkan foto di sini untuk menambahkannya. Bagian yang digelapkan akan terpotong di beranda.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n lainnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformTab</name>
    <message>
        <source>Same as the master caption</source>
        <translation>Sama dengan caption utama</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Choose photo files</source>
        <translation>Pilih berkas foto</translation>
    </message>
    <message>
        <source>From library…</source>
        <translation>Dari pustaka…</translation>
    </message>
    <message>
        <source>Choose photos already in the media library</source>
        <translation>Pilih foto yang sudah ada di pustaka media</translation>
    </message>
    <message>
        <source>Move the selected photo earlier</source>
        <translation>Majukan foto terpilih</translation>
    </message>
    <message>
        <source>Move the selected photo later</source>
        <translation>Mundurkan foto terpilih</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected photo</source>
        <translation>Hapus foto terpilih</translation>
    </message>
    <message>
        <source>Use on all platforms</source>
        <translation>Pakai di semua platform</translation>
    </message>
    <message>
        <source>Give every platform these photos</source>
        <translation>Pakai foto-foto ini di setiap platform</translation>
    </message>
    <message>
        <source>Photos: {count} of at most {limit}</source>
        <translation>Foto: {count} dari maksimal {limit}</translation>
    </message>
    <message>
        <source>Photos: {count}</source>
        <translation>Foto: {count}</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <source>New post</source>
        <translation>Posting baru</translation>
    </message>
    <message>
        <source>Internal notes (never posted): sources, to-dos…</source>
        <translation>Catatan internal (tidak diunggah): sumber, hal yang perlu dikerjakan…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Gandakan</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Pindahkan ke tempat sampah</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Reorder photos</source>
        <translation>Ubah urutan foto</translation>
    </message>
    <message>
        <source>No longer in the platform file: {platforms}. Saving removes them from this post.</source>
        <translation>Tidak ada lagi di berkas platform: {platforms}. Menyimpan akan menghapusnya dari posting ini.</translation>
    </message>
    <message>
        <source>The post of this recovered draft no longer exists; saving creates a new post.</source>
        <translation>Posting asal draf yang dipulihkan ini sudah tidak ada; menyimpan akan membuat posting baru.</translation>
    </message>
    <message>
        <source>Recovered after an unexpected exit: check it and save.</source>
        <translation>Dipulihkan setelah aplikasi tertutup tak terduga: periksa lalu simpan.</translation>
    </message>
    <message>
        <source>{title} – post</source>
        <translation>{title} – posting</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>This post is approved. Saving these changes withdraws the approval and sends it back for review.</source>
        <translation>Posting ini sudah disetujui. Menyimpan perubahan ini akan menarik persetujuan dan mengembalikannya untuk diperiksa ulang.</translation>
    </message>
    <message>
        <source>Change program</source>
        <translation>Ubah program</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>Ubah waktu</translation>
    </message>
    <message>
        <source>Add {platform}</source>
        <translation>Tambah {platform}</translation>
    </message>
    <message>
        <source>Remove {platform}</source>
        <translation>Hapus {platform}</translation>
    </message>
    <message>
        <source>Own caption for {platform}</source>
        <translation>Caption sendiri untuk {platform}</translation>
    </message>
    <message>
        <source>Tick checklist</source>
        <translation>Centang daftar periksa</translation>
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
    <name>PreviewPanel</name>
    <message>
        <source>An approximation: each app shows posts a little differently.</source>
        <translation>Perkiraan saja: setiap aplikasi menampilkan posting sedikit berbeda.</translation>
    </message>
    <message>
        <source>Department account</source>
        <translation>Akun perangkat daerah</translation>
    </message>
    <message>
        <source>… more</source>
        <translation>… selengkapnya</translation>
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
    <name>PublishDialog</name>
    <message>
        <source>Mark as published</source>
        <translation>Tandai sudah diunggah</translation>
    </message>
    <message>
        <source>Published at ({zone})</source>
        <translation>Diunggah pada ({zone})</translation>
    </message>
    <message>
        <source>Link (optional)</source>
        <translation>Tautan (opsional)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved posts</source>
        <translation>Pulihkan posting yang belum disimpan</translation>
    </message>
    <message>
        <source>Sosmed Desktop did not close properly last time. These posts had changes that were not saved yet:</source>
        <translation>Sosmed Desktop tidak ditutup dengan benar terakhir kali. Posting berikut memiliki perubahan yang belum disimpan:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>post #{id}</source>
        <translation>posting #{id}</translation>
    </message>
    <message>
        <source>new post</source>
        <translation>posting baru</translation>
    </message>
    <message>
        <source>{title} — {kind}, typed {when}</source>
        <translation>{title} — {kind}, diketik {when}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unsaved post(s) for good?</source>
        <translation>
            <numerusform>Buang %n posting yang belum disimpan untuk selamanya?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Ask for revision</source>
        <translation>Minta revisi</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Send “{title}” back to its author with a comment.</source>
        <translation>Kembalikan “{title}” ke penulisnya dengan catatan.</translation>
    </message>
    <message>
        <source>Record the approval of “{title}” exactly as it is now.</source>
        <translation>Catat persetujuan atas “{title}” persis seperti sekarang.</translation>
    </message>
    <message>
        <source>What should be changed?</source>
        <translation>Apa yang perlu diubah?</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Catatan revisi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find posts</source>
        <translation>Cari posting</translation>
    </message>
    <message>
        <source>Search titles, captions, tags and notes… (&quot;exact phrase&quot;, -exclude)</source>
        <translation>Cari di judul, caption, label, dan catatan… (&quot;frasa persis&quot;, -kecualikan)</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Ketik untuk mencari.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) found</source>
        <translation>
            <numerusform>%n posting ditemukan</numerusform>
        </translation>
    </message>
    <message>
        <source>No posts found.</source>
        <translation>Tidak ada posting yang cocok.</translation>
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
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Tempat sampah</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>Dibuang</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Posts in the trash keep their history; restore brings them back.</source>
        <translation>Posting di tempat sampah tetap menyimpan riwayatnya; Pulihkan mengembalikannya.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Tempat sampah kosong.</translation>
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
