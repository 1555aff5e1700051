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
    <message>
        <source>Sosmed Desktop is already running with {folder}; its window was brought forward.</source>
        <translation>Sosmed Desktop sudah berjalan dengan folder {folder}; jendelanya dimunculkan ke depan.</translation>
    </message>
    <message>
        <source>Sosmed Desktop is already running with this data folder but does not respond. Close it (or wait until it has closed) and start again.</source>
        <translation>Sosmed Desktop sudah berjalan dengan folder data ini tetapi tidak menjawab. Tutup aplikasinya (atau tunggu sampai tertutup), lalu mulai lagi.</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>family card (KK) number</source>
        <translation>nomor KK</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>nomor telepon</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>alamat e-mail</translation>
    </message>
    <message>
        <source>vehicle plate</source>
        <translation>nomor kendaraan</translation>
    </message>
    <message>
        <source>platform added</source>
        <translation>platform ditambahkan</translation>
    </message>
    <message>
        <source>platform dropped</source>
        <translation>platform dihapus</translation>
    </message>
    <message>
        <source>caption changed</source>
        <translation>caption diubah</translation>
    </message>
    <message>
        <source>photo or video added</source>
        <translation>foto atau video ditambahkan</translation>
    </message>
    <message>
        <source>photo or video removed</source>
        <translation>foto atau video dihapus</translation>
    </message>
    <message>
        <source>crop, edit or order changed</source>
        <translation>potongan, suntingan, atau urutan foto diubah</translation>
    </message>
    <message>
        <source>personal-data exceptions changed</source>
        <translation>pengecualian data pribadi diubah</translation>
    </message>
    <message>
        <source>content changed</source>
        <translation>isi berubah</translation>
    </message>
    <message>
        <source>content as approved (approval withdrawn)</source>
        <translation>isi sama seperti yang disetujui (persetujuan ditarik)</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>nama perangkat daerah</translation>
    </message>
    <message>
        <source>the regency</source>
        <translation>kabupaten/kota</translation>
    </message>
    <message>
        <source>the head of department&apos;s name</source>
        <translation>nama kepala perangkat daerah</translation>
    </message>
</context>
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>Submit for approval</source>
        <translation>Ajukan persetujuan</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Ekspor paket</translation>
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
    <message>
        <source>Needs approval again. Since the approval: {changes}</source>
        <translation>Perlu persetujuan ulang. Sejak disetujui: {changes}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Pulihkan dari berkas…</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Buka folder cadangan</translation>
    </message>
    <message>
        <source>This data folder uses a PostgreSQL server: its database is backed up and restored on the server.</source>
        <translation>Folder data ini memakai server PostgreSQL: basis datanya dicadangkan dan dipulihkan di server tersebut.</translation>
    </message>
    <message>
        <source>Backups of the database, newest first. Restoring one replaces all current data with the backup&apos;s; the current data is saved as a backup first. Photos and videos are not part of a backup: they stay in the media folder.</source>
        <translation>Cadangan basis data, yang terbaru di atas. Memulihkan sebuah cadangan mengganti semua data saat ini dengan isi cadangan itu; data saat ini dicadangkan lebih dulu. Foto dan video tidak termasuk dalam cadangan: keduanya tetap berada di folder media.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Dibuat manual</translation>
    </message>
    <message>
        <source>Before an update of the database</source>
        <translation>Sebelum pembaruan basis data</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Backup written: {name}</source>
        <translation>Cadangan tersimpan: {name}</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <source>Sosmed Desktop backups (*.db);;All files (*)</source>
        <translation>Cadangan Sosmed Desktop (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Restore the backup of {when}?

All data changed since then is replaced by the backup. The current data is saved as a backup first, so this can be undone by restoring that one.</source>
        <translation>Pulihkan cadangan dari {when}?

Semua data yang berubah sejak saat itu akan diganti dengan isi cadangan. Data saat ini dicadangkan lebih dulu, sehingga langkah ini dapat dibatalkan dengan memulihkan cadangan tersebut.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Cadangan telah dipulihkan.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Cadangan dipulihkan.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>Apply a recipe to %n photo(s)</source>
        <translation>
            <numerusform>Terapkan resep ke %n foto</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Resep</translation>
    </message>
    <message>
        <source>Add the department logo (with a platform preset)</source>
        <translation>Tambahkan logo instansi (dengan preset platform)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Buat gambar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Tersimpan: {name}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written.</source>
        <translation>
            <numerusform>%n gambar ditulis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>No date yet</source>
        <translation>Belum ada tanggal</translation>
    </message>
    <message>
        <source>Since the approval: {changes}</source>
        <translation>Sejak disetujui: {changes}</translation>
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
        <source>Department</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>all</source>
        <translation>semua</translation>
    </message>
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
        <source>Needs approval again</source>
        <translation>Perlu persetujuan ulang</translation>
    </message>
    <message>
        <source>Approved before; its content changed since, or the approval was withdrawn</source>
        <translation>Pernah disetujui; isinya berubah sejak itu, atau persetujuannya ditarik</translation>
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
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) this week</source>
        <translation>
            <numerusform>%n posting minggu ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) this month</source>
        <translation>
            <numerusform>%n posting bulan ini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarSpeech</name>
    <message>
        <source>%n post(s)</source>
        <translation>%n posting</translation>
    </message>
    <message>
        <source>No posts. Enter starts one.</source>
        <translation>Belum ada posting. Enter untuk membuat posting.</translation>
    </message>
    <message>
        <source>Selected: %s. Enter opens it.</source>
        <translation>Terpilih: %s. Enter untuk membukanya.</translation>
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
    <name>ChangedBanner</name>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Show differences</source>
        <translation>Lihat perbedaan</translation>
    </message>
    <message>
        <source>Hide this message (the change stays)</source>
        <translation>Sembunyikan pesan ini (perubahannya tetap ada)</translation>
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
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Record exception…</source>
        <translation>Catat pengecualian…</translation>
    </message>
    <message>
        <source>Publish this personal data anyway, with the reason (e.g. written consent)</source>
        <translation>Tetap terbitkan data pribadi ini, dengan alasannya (mis. izin tertulis)</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Hapus pengecualian</translation>
    </message>
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
    <message>
        <source>“No personal data” can be confirmed once the personal data found is removed or has a recorded exception.</source>
        <translation>“Tidak memuat data pribadi” baru dapat dikonfirmasi setelah data pribadi yang ditemukan dihapus atau dicatat pengecualiannya.</translation>
    </message>
    <message>
        <source>Nothing to check yet: write a caption or add photos.</source>
        <translation>Belum ada yang diperiksa: tulis keterangan atau tambahkan foto.</translation>
    </message>
</context>
<context>
    <name>CitationsSection</name>
    <message>
        <source>Data cited</source>
        <translation>Data yang dikutip</translation>
    </message>
    <message>
        <source>Insert data note…</source>
        <translation>Sisipkan data pendukung…</translation>
    </message>
    <message>
        <source>Insert a figure with its source at the caption cursor (Ctrl+Shift+D)</source>
        <translation>Sisipkan angka beserta sumbernya di posisi kursor pada caption (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Hapus kutipan</translation>
    </message>
    <message>
        <source>Stop citing the selected note (the caption text stays as it is)</source>
        <translation>Berhenti mengutip data yang dipilih (teks di caption tetap seperti adanya)</translation>
    </message>
    <message>
        <source>Citations are saved with the post and listed in its package. A figure older than the limit in Settings is marked out of date.</source>
        <translation>Kutipan disimpan bersama posting dan dicantumkan dalam paketnya. Angka yang lebih tua dari batas di Pengaturan ditandai kedaluwarsa.</translation>
    </message>
    <message>
        <source>A data note cited here was deleted meanwhile. Remove the citation to save the post.</source>
        <translation>Data pendukung yang dikutip di sini sudah dihapus. Hapus kutipannya agar posting dapat disimpan.</translation>
    </message>
    <message>
        <source>Look for newer figures before posting, or say how old they are.</source>
        <translation>Cari angka yang lebih baru sebelum diunggah, atau sebutkan bahwa angkanya sudah lama.</translation>
    </message>
    <message>
        <source>No data cited. Insert a data note where the caption states a figure.</source>
        <translation>Belum ada data yang dikutip. Sisipkan data pendukung di tempat caption menyebut angka.</translation>
    </message>
    <message>
        <source>Insert data note</source>
        <translation>Sisipkan data pendukung</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Sample data added to {folder}:</source>
        <translation>Data contoh ditambahkan ke {folder}:</translation>
    </message>
    <message>
        <source>programs</source>
        <translation>program</translation>
    </message>
    <message>
        <source>data notes</source>
        <translation>catatan data</translation>
    </message>
    <message>
        <source>hashtag groups</source>
        <translation>kelompok tagar</translation>
    </message>
    <message>
        <source>caption snippets</source>
        <translation>potongan keterangan</translation>
    </message>
    <message>
        <source>directions</source>
        <translation>arahan</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>posting</translation>
    </message>
    <message>
        <source>platform variants</source>
        <translation>varian platform</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>moved to quarantine</source>
        <translation>dipindahkan ke karantina</translation>
    </message>
    <message>
        <source>deleted thumbnail without a source</source>
        <translation>gambar kecil tanpa sumber dihapus</translation>
    </message>
    <message>
        <source>deleted unfinished temporary file</source>
        <translation>berkas sementara yang tidak selesai dihapus</translation>
    </message>
    <message>
        <source>left recent temporary file (may still be in use)</source>
        <translation>berkas sementara yang baru dibiarkan (mungkin masih dipakai)</translation>
    </message>
    <message>
        <source>Check passed.</source>
        <translation>Pemeriksaan lulus.</translation>
    </message>
    <message>
        <source>Check found problems.</source>
        <translation>Pemeriksaan menemukan masalah.</translation>
    </message>
    <message>
        <source>Backup written: {path} ({size} bytes, quick_check ok)</source>
        <translation>Cadangan ditulis: {path} ({size} bita, quick_check ok)</translation>
    </message>
    <message>
        <source>Backup checked: {path} (integrity_check ok, schema {revision})</source>
        <translation>Cadangan diperiksa: {path} (integrity_check ok, skema {revision})</translation>
    </message>
    <message>
        <source>Current state saved as {path}</source>
        <translation>Keadaan sekarang disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>Damaged database kept as {path}</source>
        <translation>Basis data yang rusak disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>Restored {path} from {name}.</source>
        <translation>{path} dipulihkan dari {name}.</translation>
    </message>
    <message>
        <source>%n row(s)</source>
        <translation>%n baris</translation>
    </message>
    <message>
        <source>{name}: {rows}, {encoding}, separator {separator}</source>
        <translation>{name}: {rows}, {encoding}, pemisah {separator}</translation>
    </message>
    <message>
        <source>ignored columns: {columns}</source>
        <translation>kolom yang diabaikan: {columns}</translation>
    </message>
    <message>
        <source>line {line}: {problems}</source>
        <translation>baris {line}: {problems}</translation>
    </message>
    <message>
        <source>File is fine: {ready} to import, {present} already present.</source>
        <translation>Berkas baik: {ready} akan diimpor, {present} sudah ada.</translation>
    </message>
    <message>
        <source>Imported %n data note(s);</source>
        <translation>%n catatan data diimpor;</translation>
    </message>
    <message>
        <source>%n already present were skipped.</source>
        <translation>%n yang sudah ada dilewati.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>dipulihkan</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>media #{id}</source>
        <translation>media #{id}</translation>
    </message>
    <message>
        <source>%n file(s)</source>
        <translation>%n berkas</translation>
    </message>
    <message>
        <source>note: %n video(s) catalogued without a poster frame: the optional video support (PyAV) is not installed</source>
        <translation>catatan: %n video dicatat tanpa bingkai sampul: dukungan video opsional (PyAV) tidak terpasang</translation>
    </message>
    <message>
        <source>no photos or videos found in the given paths</source>
        <translation>tidak ada foto atau video di lokasi yang diberikan</translation>
    </message>
    <message>
        <source>%n file(s) refused</source>
        <translation>%n berkas ditolak</translation>
    </message>
    <message>
        <source>exported: post {id} ({title}): {path} ({size} bytes, {files})</source>
        <translation>diekspor: posting {id} ({title}): {path} ({size} bita, {files})</translation>
    </message>
    <message>
        <source>its scheduled time {time} has passed (--allow-past)</source>
        <translation>waktu jadwalnya {time} sudah lewat (--allow-past)</translation>
    </message>
    <message>
        <source>refused: post {id} ({title}): {reason}</source>
        <translation>ditolak: posting {id} ({title}): {reason}</translation>
    </message>
    <message>
        <source>Nothing to export: every approved post has been exported already.</source>
        <translation>Tidak ada yang diekspor: setiap posting yang disetujui sudah diekspor.</translation>
    </message>
    <message>
        <source>%n package(s) written,</source>
        <translation>%n paket ditulis,</translation>
    </message>
    <message>
        <source>%n refused.</source>
        <translation>%n ditolak.</translation>
    </message>
    <message>
        <source>%n post(s) could not be exported</source>
        <translation>%n posting tidak dapat diekspor</translation>
    </message>
    <message>
        <source>%n new media file(s), {reused} already in the library.</source>
        <translation>%n berkas media baru, {reused} sudah ada di pustaka.</translation>
    </message>
    <message>
        <source>Imported {file} as post {id} ({title}) from {department}:</source>
        <translation>{file} diimpor sebagai posting {id} ({title}) dari {department}:</translation>
    </message>
    <message>
        <source>{file}: post {id} ({title}) is already here; nothing was imported.</source>
        <translation>{file}: posting {id} ({title}) sudah ada di sini; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>%n post(s)</source>
        <translation>%n posting</translation>
    </message>
    <message>
        <source>Calendar written: {path} ({posts})</source>
        <translation>Kalender ditulis: {path} ({posts})</translation>
    </message>
    <message>
        <source>Report for {month} written: {path} ({posts})</source>
        <translation>Laporan {month} ditulis: {path} ({posts})</translation>
    </message>
    <message>
        <source>unexpected {kind}</source>
        <translation>{kind} tak terduga</translation>
    </message>
    <message>
        <source>unexpected {kind}; the details are in {log}</source>
        <translation>{kind} tak terduga; rinciannya ada di {log}</translation>
    </message>
    <message>
        <source>error: {reason}</source>
        <translation>galat: {reason}</translation>
    </message>
    <message>
        <source>Moving {path} and its media to the team server …</source>
        <translation>Memindahkan {path} beserta medianya ke server tim …</translation>
    </message>
    <message>
        <source>Done in {seconds} s: {target}</source>
        <translation>Selesai dalam {seconds} detik: {target}</translation>
    </message>
    <message>
        <source>here</source>
        <translation>di sini</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>%n original(s) ({megabytes} MB) stored on the server.</source>
        <translation>%n berkas asli ({megabytes} MB) disimpan di server.</translation>
    </message>
    <message>
        <source>Set this database in Settings → Data &amp; database on every PC (restart needed).</source>
        <translation>Pasang basis data ini di Pengaturan → Data &amp; basis data pada setiap PC (perlu dimulai ulang).</translation>
    </message>
    <message>
        <source>%n media file(s) checked, {bad} with problems</source>
        <translation>%n berkas media diperiksa, {bad} bermasalah</translation>
    </message>
    <message>
        <source>schema {current} is current</source>
        <translation>skema {current} sudah terbaru</translation>
    </message>
    <message>
        <source>schema {current}, this version expects {head}: the database is upgraded (after a backup) the next time the application starts</source>
        <translation>skema {current}, versi ini memerlukan {head}: basis data dimutakhirkan (setelah dicadangkan) saat aplikasi dimulai lagi</translation>
    </message>
    <message>
        <source>integrity_check: {result}</source>
        <translation>integrity_check: {result}</translation>
    </message>
    <message>
        <source>schema objects not compared: {reason}</source>
        <translation>objek skema tidak dibandingkan: {reason}</translation>
    </message>
    <message>
        <source>tables, indexes, triggers and views as created</source>
        <translation>tabel, indeks, pemicu, dan view sesuai yang dibuat</translation>
    </message>
    <message>
        <source>the database holds objects the migrations of revision {revision} do not create (they may run code at the next write): {objects}; restore a backup from before they appeared</source>
        <translation>basis data memuat objek yang tidak dibuat oleh migrasi revisi {revision} (objek itu dapat menjalankan kode saat penulisan berikutnya): {objects}; pulihkan cadangan dari sebelum objek itu muncul</translation>
    </message>
    <message>
        <source>file without a library entry: {path}</source>
        <translation>berkas tanpa entri pustaka: {path}</translation>
    </message>
    <message>
        <source>thumbnail without a source: {path}</source>
        <translation>gambar kecil tanpa sumber: {path}</translation>
    </message>
    <message>
        <source>unfinished temporary file: {path}</source>
        <translation>berkas sementara yang tidak selesai: {path}</translation>
    </message>
    <message>
        <source>media #{id} {name}: missing ({path}); import the same file again to put it back (it is recognised by its content), or copy it back from a copy of the data folder; database backups do not hold photos</source>
        <translation>media #{id} {name}: hilang ({path}); impor lagi berkas yang sama untuk mengembalikannya (berkas dikenali dari isinya), atau salin kembali dari salinan folder data; cadangan basis data tidak memuat foto</translation>
    </message>
    <message>
        <source>media #{id} {name}: missing from the team database; import the same file again on any PC to store it again</source>
        <translation>media #{id} {name}: tidak ada di basis data tim; impor lagi berkas yang sama di PC mana pun untuk menyimpannya lagi</translation>
    </message>
    <message>
        <source>media #{id} {name}: altered ({path}); move it away and import the original again</source>
        <translation>media #{id} {name}: berubah ({path}); pindahkan berkas itu lalu impor lagi aslinya</translation>
    </message>
    <message>
        <source>media #{id} {name}: altered in the team database; import the same file again on any PC to store it again</source>
        <translation>media #{id} {name}: berubah di basis data tim; impor lagi berkas yang sama di PC mana pun untuk menyimpannya lagi</translation>
    </message>
    <message>
        <source>media #{id} {name}: altered copy in this PC&apos;s cache ({path}); delete that file: it is fetched again from the team database</source>
        <translation>media #{id} {name}: salinan di cache PC ini berubah ({path}); hapus berkas itu: berkas diambil lagi dari basis data tim</translation>
    </message>
    <message>
        <source>{file} was imported before; nothing changed.</source>
        <translation>{file} sudah pernah diimpor; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Imported %n row(s):</source>
        <translation>%n baris diimpor:</translation>
    </message>
    <message>
        <source>{matched} tied to posts, {unplanned} unplanned.</source>
        <translation>{matched} terhubung ke posting, {unplanned} tidak direncanakan.</translation>
    </message>
    <message>
        <source>{file}: {source}, {platform}, %n row(s)</source>
        <translation>{file}: {source}, {platform}, %n baris</translation>
    </message>
    <message>
        <source>figures: {names}</source>
        <translation>angka: {names}</translation>
    </message>
    <message>
        <source>{link} by link, {known} as before, {time} likely (by time), {ambiguous} ambiguous, {unplanned} unplanned</source>
        <translation>{link} lewat tautan, {known} seperti sebelumnya, {time} kemungkinan (lewat waktu), {ambiguous} meragukan, {unplanned} tidak direncanakan</translation>
    </message>
    <message>
        <source>this file was imported before</source>
        <translation>berkas ini sudah pernah diimpor</translation>
    </message>
</context>
<context>
    <name>CommemorativeDays</name>
    <message>
        <source>Add a commemorative day on {day}…</source>
        <translation>Tambah hari peringatan pada {day}…</translation>
    </message>
    <message>
        <source>Commemorative days…</source>
        <translation>Hari peringatan…</translation>
    </message>
</context>
<context>
    <name>CommemorativeDaysDialog</name>
    <message>
        <source>Commemorative days</source>
        <translation>Hari peringatan</translation>
    </message>
    <message>
        <source>These days are marked on the calendar every year as content opportunities. Public holidays follow the government&apos;s decree and are added by themselves.</source>
        <translation>Hari-hari ini ditandai di kalender setiap tahun sebagai peluang konten. Hari libur nasional mengikuti keputusan pemerintah dan muncul dengan sendirinya.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>On the calendar</source>
        <translation>Di kalender</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Disembunyikan</translation>
    </message>
    <message>
        <source>Delete commemorative day</source>
        <translation>Hapus hari peringatan</translation>
    </message>
    <message>
        <source>Delete “{name}” ({day}) from the list? The calendar no longer marks it.</source>
        <translation>Hapus “{name}” ({day}) dari daftar? Kalender tidak lagi menandainya.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Both versions</source>
        <translation>Kedua versi</translation>
    </message>
    <message>
        <source>the other version</source>
        <translation>versi lain</translation>
    </message>
    <message>
        <source>Saved by {name}</source>
        <translation>Disimpan oleh {name}</translation>
    </message>
    <message>
        <source>What you typed (not saved)</source>
        <translation>Yang Anda ketik (belum disimpan)</translation>
    </message>
    <message>
        <source>(differs)</source>
        <translation>(berbeda)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Diubah oleh orang lain</translation>
    </message>
    <message>
        <source>Your save was not written, so neither version is lost: your text is still in the editor. Compare both versions, save yours over theirs on purpose, or take their version (yours stays in the recovery drafts).</source>
        <translation>Perubahan Anda belum disimpan, jadi tidak ada versi yang hilang: teks Anda masih ada di penyunting. Bandingkan kedua versi, simpan versi Anda menimpa versi mereka dengan sengaja, atau ambil versi mereka (versi Anda tetap ada di draf pemulihan).</translation>
    </message>
    <message>
        <source>Show both versions</source>
        <translation>Lihat kedua versi</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Simpan versi saya</translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation>Ambil versi mereka</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut menyunting</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>This post was changed by {name} at {time} after you opened it.</source>
        <translation>Posting ini diubah oleh {name} pada {time} setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>This post was changed elsewhere at {time} after you opened it.</source>
        <translation>Posting ini diubah di tempat lain pada {time} setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>Caption for {platform}</source>
        <translation>Caption untuk {platform}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Waktu terjadwal</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Master caption</source>
        <translation>Caption utama</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>belum dijadwalkan</translation>
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
        <source>{count} bytes</source>
        <translation>{count} byte</translation>
    </message>
    <message>
        <source>{count} / {limit} bytes</source>
        <translation>{count} / {limit} byte</translation>
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
        <source>{count} / {limit} links</source>
        <translation>{count} / {limit} tautan</translation>
    </message>
    <message>
        <source>as X counts: a link 23, an emoji 2</source>
        <translation>hitungan X: tautan 23, emoji 2</translation>
    </message>
    <message>
        <source>an emoji counts its bytes</source>
        <translation>emoji dihitung per byte</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <source>Crop</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Arrow keys move the crop (Shift: further); + and − make it larger or smaller</source>
        <translation>Tombol panah memindah potongan (Shift: lebih jauh); + dan − memperbesar atau memperkecilnya</translation>
    </message>
    <message>
        <source>Crop {w}×{h} pixels from {x}, {y} of a {fw}×{fh} photo</source>
        <translation>Potongan {w}×{h} piksel dari {x}, {y} pada foto {fw}×{fh}</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Memuat foto…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Connected to PostgreSQL {version}.</source>
        <translation>Tersambung ke PostgreSQL {version}.</translation>
    </message>
    <message>
        <source>The database is empty: it can receive this PC&apos;s data (“Move data to the server…”).</source>
        <translation>Basis data ini kosong: siap menerima data PC ini (“Pindahkan data ke server…”).</translation>
    </message>
    <message>
        <source>It is a Sosmed Desktop team database (schema {revision}), ready to use.</source>
        <translation>Ini basis data tim Sosmed Desktop (skema {revision}), siap dipakai.</translation>
    </message>
    <message>
        <source>It is a Sosmed Desktop team database at schema {revision}; this version uses {head} and brings it up to date when it starts.</source>
        <translation>Ini basis data tim Sosmed Desktop dengan skema {revision}; versi ini memakai {head} dan memperbaruinya saat dimulai.</translation>
    </message>
    <message>
        <source>The database holds tables of another program: choose an empty database or the team&apos;s Sosmed Desktop database.</source>
        <translation>Basis data ini berisi tabel program lain: pilih basis data kosong atau basis data Sosmed Desktop milik tim.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>Built-in database (this PC)</source>
        <translation>Basis data bawaan (PC ini)</translation>
    </message>
    <message>
        <source>Team server (PostgreSQL)</source>
        <translation>Server tim (PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or server-dinas</source>
        <translation>mis. 192.168.1.10 atau server-dinas</translation>
    </message>
    <message>
        <source>Kept in this PC&apos;s password store</source>
        <translation>Disimpan di penyimpanan kata sandi PC ini</translation>
    </message>
    <message>
        <source>Empty: the saved password</source>
        <translation>Kosong: kata sandi yang tersimpan</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji sambungan</translation>
    </message>
    <message>
        <source>Move data to the server…</source>
        <translation>Pindahkan data ke server…</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL server: every PC enters the same server and database. Switching the database applies after a restart; the data of the other database stays where it is.</source>
        <translation>Satu tim memakai satu server PostgreSQL bersama: setiap PC mengisi server dan basis data yang sama. Pergantian basis data berlaku setelah aplikasi dimulai ulang; data di basis data yang lain tetap di tempatnya.</translation>
    </message>
    <message>
        <source>Enter the server and the database name first.</source>
        <translation>Isi dulu server dan nama basis data.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Menyambung ke {host}…</translation>
    </message>
    <message>
        <source>Move data to the server</source>
        <translation>Pindahkan data ke server</translation>
    </message>
    <message>
        <source>Copy every post, photo, note and the history of this PC into the database “{database}” on {host}?

The server database must be empty. The data on this PC stays as it is.</source>
        <translation>Salin semua postingan, foto, catatan, dan riwayat PC ini ke basis data “{database}” di {host}?

Basis data di server harus kosong. Data di PC ini tetap seperti semula.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Kata sandi tidak disimpan</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so the password was not saved anywhere. It is used only until Sosmed Desktop closes. To connect after a restart, install a password store (for example GNOME Keyring) or set the environment variable SOSMED_DB_PASSWORD.</source>
        <translation>Komputer ini tidak punya penyimpanan kata sandi (keyring), jadi kata sandi tidak disimpan di mana pun. Kata sandi hanya dipakai sampai Sosmed Desktop ditutup. Agar tetap tersambung setelah dimulai ulang, pasang penyimpanan kata sandi (misalnya GNOME Keyring) atau isi variabel lingkungan SOSMED_DB_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>DayForm</name>
    <message>
        <source>Edit commemorative day</source>
        <translation>Ubah hari peringatan</translation>
    </message>
    <message>
        <source>New commemorative day</source>
        <translation>Hari peringatan baru</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>e.g. Hari Jadi Kabupaten Bekasi</source>
        <translation>mis. Hari Jadi Kabupaten Bekasi</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nama *</translation>
    </message>
    <message>
        <source>why it matters to the office (optional)</source>
        <translation>mengapa penting bagi dinas (opsional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Show on the calendar every year</source>
        <translation>Tampilkan di kalender setiap tahun</translation>
    </message>
</context>
<context>
    <name>DayPosts</name>
    <message numerus="yes">
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Mengimpor %n foto…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <source>Add department</source>
        <translation>Tambah perangkat daerah</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>Ubah perangkat daerah</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Kepala perangkat daerah</translation>
    </message>
    <message>
        <source>Head&apos;s position</source>
        <translation>Jabatan kepala</translation>
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
    <name>DictionaryDialog</name>
    <message>
        <source>Dictionary</source>
        <translation>Kamus</translation>
    </message>
    <message>
        <source>Words the spell checker accepts beyond the Indonesian dictionary: places of the regency, names, abbreviations. Program names, tags and the regency and department of the profile are known without being listed here.</source>
        <translation>Kata yang diterima pemeriksa ejaan selain kamus bahasa Indonesia: nama tempat di kabupaten, nama orang, singkatan. Nama program, tag, serta kabupaten dan dinas di profil sudah dikenal tanpa perlu dicantumkan di sini.</translation>
    </message>
    <message>
        <source>New words, e.g. Cikarang Tambun</source>
        <translation>Kata baru, mis. Cikarang Tambun</translation>
    </message>
    <message>
        <source>New words</source>
        <translation>Kata baru</translation>
    </message>
    <message>
        <source>Kind of word</source>
        <translation>Jenis kata</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Filter the list…</source>
        <translation>Saring daftar…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Saring daftar</translation>
    </message>
    <message>
        <source>Words of the department</source>
        <translation>Kata-kata dinas</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Other word</source>
        <translation>Kata lain</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>No words yet. Add the places and names the department writes often.</source>
        <translation>Belum ada kata. Tambahkan nama tempat dan nama orang yang sering ditulis dinas.</translation>
    </message>
    <message>
        <source>No word contains “{text}”.</source>
        <translation>Tidak ada kata yang memuat “{text}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) in the list</source>
        <translation>
            <numerusform>%n kata di daftar</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Sudah ada di daftar.</translation>
    </message>
    <message>
        <source>Add {words}</source>
        <translation>Tambah {words}</translation>
    </message>
    <message>
        <source>Remove {words}</source>
        <translation>Hapus {words}</translation>
    </message>
    <message>
        <source>Remove “{word}” from the dictionary?</source>
        <translation>Hapus “{word}” dari kamus?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n word(s) from the dictionary?</source>
        <translation>
            <numerusform>Hapus %n kata dari kamus?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>DirectionDialog</name>
    <message>
        <source>Edit direction</source>
        <translation>Ubah arahan</translation>
    </message>
    <message>
        <source>New direction</source>
        <translation>Arahan baru</translation>
    </message>
    <message>
        <source>e.g. dr. H. Ahmad Fauzi, M.Kes.</source>
        <translation>mis. dr. H. Ahmad Fauzi, M.Kes.</translation>
    </message>
    <message>
        <source>Given by *</source>
        <translation>Pemberi arahan *</translation>
    </message>
    <message>
        <source>e.g. Kepala Dinas Kesehatan</source>
        <translation>mis. Kepala Dinas Kesehatan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>via</source>
        <translation>melalui</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <source>What was asked, in the leader&apos;s words where possible</source>
        <translation>Apa yang diminta, sedapat mungkin dengan kata-kata pimpinan</translation>
    </message>
    <message>
        <source>Direction *</source>
        <translation>Arahan *</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Has a deadline</source>
        <translation>Ada tenggat</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>(no program)</source>
        <translation>(tanpa program)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Please enter who gave the direction.</source>
        <translation>Isikan siapa yang memberi arahan.</translation>
    </message>
    <message>
        <source>Please write down the direction itself.</source>
        <translation>Tuliskan isi arahannya.</translation>
    </message>
    <message>
        <source>The deadline is before the direction was given.</source>
        <translation>Tenggatnya lebih awal daripada tanggal arahan diberikan.</translation>
    </message>
</context>
<context>
    <name>DirectionPanel</name>
    <message>
        <source>Select a direction to see its details.</source>
        <translation>Pilih sebuah arahan untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Posts answering it</source>
        <translation>Posting yang menjalankannya</translation>
    </message>
    <message>
        <source>Link posts…</source>
        <translation>Tautkan posting…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Lepas tautan</translation>
    </message>
    <message>
        <source>Attachments (memo photo, letter PDF)</source>
        <translation>Lampiran (foto memo, PDF surat)</translation>
    </message>
    <message>
        <source>{when} via {channel}</source>
        <translation>{when} melalui {channel}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>{when} — overdue</source>
        <translation>{when} — lewat tenggat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>No post yet. Link the posts that carry it out.</source>
        <translation>Belum ada posting. Tautkan posting yang menjalankannya.</translation>
    </message>
    <message>
        <source>No files. Attach a photo or PDF of the memo.</source>
        <translation>Belum ada berkas. Lampirkan foto atau PDF memonya.</translation>
    </message>
    <message>
        <source>Link posts to the direction</source>
        <translation>Tautkan posting ke arahan</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautkan</translation>
    </message>
    <message>
        <source>Link posts</source>
        <translation>Tautkan posting</translation>
    </message>
    <message>
        <source>Unlink posts</source>
        <translation>Lepas tautan posting</translation>
    </message>
    <message>
        <source>Attach a photo or PDF of the memo</source>
        <translation>Lampirkan foto atau PDF memo</translation>
    </message>
    <message>
        <source>Delete direction</source>
        <translation>Hapus arahan</translation>
    </message>
    <message>
        <source>Delete this direction from {name}? Its posts and files stay; this cannot be undone.</source>
        <translation>Hapus arahan dari {name} ini? Posting dan berkasnya tetap ada; penghapusan tidak dapat diurungkan.</translation>
    </message>
</context>
<context>
    <name>DirectionPicker</name>
    <message>
        <source>Link direction</source>
        <translation>Tautkan arahan</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautkan</translation>
    </message>
    <message>
        <source>Search the direction, who gave it or their position</source>
        <translation>Cari isi arahan, pemberi arahan atau jabatannya</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arahan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Select one or more (Ctrl or Shift for several).</source>
        <translation>Pilih satu atau beberapa (tahan Ctrl atau Shift untuk memilih beberapa).</translation>
    </message>
    <message>
        <source>No open direction matches</source>
        <translation>Tidak ada arahan terbuka yang cocok</translation>
    </message>
    <message>
        <source>Nothing matches “{text}” among the open directions.</source>
        <translation>Tidak ada arahan terbuka yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <source>No open directions</source>
        <translation>Tidak ada arahan terbuka</translation>
    </message>
    <message>
        <source>Directions from leadership are recorded on the Arahan &amp; Data page; the open ones (new or in progress) can be linked here.</source>
        <translation>Arahan pimpinan dicatat di halaman Arahan &amp; Data; arahan yang masih terbuka (baru atau sedang dikerjakan) dapat ditautkan di sini.</translation>
    </message>
</context>
<context>
    <name>DirectionTableModel</name>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arahan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
</context>
<context>
    <name>Directions</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Dikerjakan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Reopen as new</source>
        <translation>Buka lagi sebagai baru</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Sedang dikerjakan</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Cancel the direction</source>
        <translation>Batalkan arahan</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Memo / disposition</source>
        <translation>Memo / disposisi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
    </message>
</context>
<context>
    <name>DirectionsPage</name>
    <message>
        <source>Leadership directions</source>
        <translation>Arahan Pimpinan</translation>
    </message>
    <message>
        <source>Supporting data</source>
        <translation>Data Pendukung</translation>
    </message>
</context>
<context>
    <name>DirectionsSection</name>
    <message>
        <source>Directions this post answers</source>
        <translation>Arahan yang dijawab posting ini</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arahan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Lepas tautan</translation>
    </message>
    <message>
        <source>This post no longer answers the selected direction</source>
        <translation>Posting ini tidak lagi menjawab arahan yang dipilih</translation>
    </message>
    <message>
        <source>Link direction…</source>
        <translation>Tautkan arahan…</translation>
    </message>
    <message>
        <source>Save and link direction…</source>
        <translation>Simpan lalu tautkan arahan…</translation>
    </message>
    <message>
        <source>Links are saved at once (Undo reverses them) and show on the Arahan &amp; Data page.</source>
        <translation>Tautan langsung tersimpan (Urungkan membatalkannya) dan tampil di halaman Arahan &amp; Data.</translation>
    </message>
    <message>
        <source>A new post is saved first, then linked.</source>
        <translation>Posting baru disimpan dulu, baru kemudian ditautkan.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Not linked to a direction.</source>
        <translation>Belum ditautkan ke arahan.</translation>
    </message>
    <message>
        <source>Link direction</source>
        <translation>Tautkan arahan</translation>
    </message>
    <message>
        <source>Unlink direction</source>
        <translation>Lepas tautan arahan</translation>
    </message>
</context>
<context>
    <name>DirectionsTab</name>
    <message>
        <source>Search directions, leaders, positions</source>
        <translation>Cari arahan, pimpinan, jabatan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Tenggat minggu ini</translation>
    </message>
    <message>
        <source>No post yet</source>
        <translation>Belum ada posting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Semua arahan</translation>
    </message>
    <message>
        <source>New direction…</source>
        <translation>Arahan baru…</translation>
    </message>
    <message>
        <source>All leaders</source>
        <translation>Semua pimpinan</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Semua program</translation>
    </message>
    <message>
        <source>Direction not found</source>
        <translation>Arahan tidak ditemukan</translation>
    </message>
    <message>
        <source>This direction no longer exists: it has been deleted.</source>
        <translation>Arahan ini sudah tidak ada karena telah dihapus.</translation>
    </message>
    <message>
        <source>No directions recorded yet</source>
        <translation>Belum ada arahan yang dicatat</translation>
    </message>
    <message>
        <source>Record what leadership asks for (in a meeting, on WhatsApp, by memo or phone) with “New direction…”, then link the posts that carry it out.</source>
        <translation>Catat apa yang diminta pimpinan (dalam rapat, lewat WhatsApp, memo atau telepon) dengan “Arahan baru…”, lalu tautkan posting yang menjalankannya.</translation>
    </message>
    <message>
        <source>No direction matches</source>
        <translation>Tidak ada arahan yang cocok</translation>
    </message>
    <message>
        <source>Choose “All directions” or clear the search to see the others.</source>
        <translation>Pilih “Semua arahan” atau kosongkan pencarian untuk melihat yang lain.</translation>
    </message>
</context>
<context>
    <name>EditControls</name>
    <message>
        <source>Rotate left</source>
        <translation>Putar ke kiri</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Putar ke kanan</translation>
    </message>
    <message>
        <source>Flip horizontally</source>
        <translation>Cerminkan mendatar</translation>
    </message>
    <message>
        <source>Flip vertically</source>
        <translation>Cerminkan tegak</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Penyesuaian</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Kecerahan</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontras</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Saturasi</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Add the department logo</source>
        <translation>Tambahkan logo instansi</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Kepekatan</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Jarak tepi</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>e.g. Posyandu Desa Sukamaju, Selasa 08.00 WIB</source>
        <translation>mis. Posyandu Desa Sukamaju, Selasa 08.00 WIB</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Atas</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Tengah</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bawah</translation>
    </message>
    <message>
        <source>On a banner</source>
        <translation>Di atas pita latar</translation>
    </message>
    <message>
        <source>Letter size</source>
        <translation>Ukuran huruf</translation>
    </message>
    <message>
        <source>Choose the logo once in Settings → Studio.</source>
        <translation>Pilih logo sekali di Pengaturan → Studio.</translation>
    </message>
</context>
<context>
    <name>EditorConflicts</name>
    <message>
        <source>Take their version</source>
        <translation>Ambil versi mereka</translation>
    </message>
    <message>
        <source>Replace what you typed with the version saved by {name}? Your version is kept in the recovery drafts and offered again at the next start.</source>
        <translation>Ganti yang Anda ketik dengan versi yang disimpan oleh {name}? Versi Anda disimpan di draf pemulihan dan ditawarkan lagi saat aplikasi dibuka berikutnya.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>orang lain</translation>
    </message>
    <message>
        <source>Changed by {name} at {time}.</source>
        <translation>Diubah oleh {name} pada {time}.</translation>
    </message>
    <message>
        <source>Changed elsewhere at {time}.</source>
        <translation>Diubah di tempat lain pada {time}.</translation>
    </message>
    <message>
        <source>Your changes are not saved yet; they stay here.</source>
        <translation>Perubahan Anda belum tersimpan; perubahan itu tetap di sini.</translation>
    </message>
    <message>
        <source>Saving will ask whether to keep your version.</source>
        <translation>Saat menyimpan, Anda akan ditanya apakah versi Anda dipertahankan.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>Your text stays in the editor and in the recovery drafts. Try again now?</source>
        <translation>Teks Anda tetap ada di penyunting dan di draf pemulihan. Coba lagi sekarang?</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Coba simpan lagi</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut menyunting</translation>
    </message>
    <message>
        <source>Not saved: the database server cannot be reached. Save again later.</source>
        <translation>Tidak tersimpan: server basis data tidak dapat dihubungi. Simpan lagi nanti.</translation>
    </message>
</context>
<context>
    <name>EditorEdits</name>
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
    <message>
        <source>Typing</source>
        <translation>Ketikan</translation>
    </message>
</context>
<context>
    <name>EditorExceptions</name>
    <message>
        <source>Record exception</source>
        <translation>Catat pengecualian</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Hapus pengecualian</translation>
    </message>
</context>
<context>
    <name>EditorOperations</name>
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
        <source>Change framing</source>
        <translation>Ubah pembingkaian</translation>
    </message>
    <message>
        <source>Use photos on all platforms</source>
        <translation>Pakai foto di semua platform</translation>
    </message>
</context>
<context>
    <name>EditorSpelling</name>
    <message>
        <source>No suggestions</source>
        <translation>Tidak ada saran</translation>
    </message>
    <message>
        <source>Add “{word}” to the dictionary</source>
        <translation>Tambahkan “{word}” ke kamus</translation>
    </message>
</context>
<context>
    <name>EditorWorkflow</name>
    <message>
        <source>Export package</source>
        <translation>Ekspor paket</translation>
    </message>
    <message>
        <source>This post has unsaved changes. A package holds exactly what was approved: close without saving, or save and have it approved again.</source>
        <translation>Posting ini punya perubahan yang belum disimpan. Paket berisi persis apa yang disetujui: tutup tanpa menyimpan, atau simpan lalu mintakan persetujuan lagi.</translation>
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
</context>
<context>
    <name>EmptyPeriodHint</name>
    <message>
        <source>Start a post with New post ({keys}) or double-click a day; drop photos on a day to start a post with them.</source>
        <translation>Buat posting dengan tombol Posting baru ({keys}) atau klik ganda pada tanggalnya; seret foto ke sebuah tanggal untuk memulai posting berisi foto itu.</translation>
    </message>
    <message>
        <source>No posts planned this week</source>
        <translation>Belum ada posting terjadwal minggu ini</translation>
    </message>
    <message>
        <source>No posts planned this month</source>
        <translation>Belum ada posting terjadwal bulan ini</translation>
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
        <source>The settings file {path} cannot be used ({detail}). It was left as it is: correct it, or move it away to start with default settings.</source>
        <translation>Berkas pengaturan {path} tidak dapat dipakai ({detail}). Berkas itu dibiarkan apa adanya: perbaiki, atau pindahkan agar aplikasi mulai dengan pengaturan bawaan.</translation>
    </message>
    <message>
        <source>The age for out-of-date data must be {low} to {high} days.</source>
        <translation>Umur data kedaluwarsa harus antara {low} dan {high} hari.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Bahasa tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Zona waktu tidak dikenal.</translation>
    </message>
    <message>
        <source>The database address is incomplete. A team server is written like postgresql+psycopg://user@server/database.</source>
        <translation>Alamat basis data belum lengkap. Server tim ditulis seperti postgresql+psycopg://pengguna@server/basisdata.</translation>
    </message>
    <message>
        <source>A SQLite database must be given as a file with its full path, e.g. sqlite:///D:/SosmedData/sosmed.db.</source>
        <translation>Basis data SQLite harus berupa berkas dengan jalur lengkap, mis. sqlite:///D:/SosmedData/sosmed.db.</translation>
    </message>
    <message>
        <source>Only a SQLite file or a PostgreSQL server (postgresql+psycopg://…) can be used.</source>
        <translation>Hanya berkas SQLite atau server PostgreSQL (postgresql+psycopg://…) yang dapat dipakai.</translation>
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
        <source>The image cannot be made small enough for the platform&apos;s limit of {limit} bytes. Choose a smaller preset.</source>
        <translation>Gambar tidak dapat diperkecil sampai batas platform {limit} bita. Pilih preset yang lebih kecil.</translation>
    </message>
    <message>
        <source>Only photos can be edited in the studio; videos travel unedited.</source>
        <translation>Hanya foto yang dapat disunting di studio; video dikirim tanpa suntingan.</translation>
    </message>
    <message>
        <source>Please give the recipe a name.</source>
        <translation>Beri nama resepnya.</translation>
    </message>
    <message>
        <source>The post is not planned for {platforms}; add the platform to the post first.</source>
        <translation>Posting ini tidak direncanakan untuk {platforms}; tambahkan platform itu ke posting lebih dulu.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} kosong (0 bita).</translation>
    </message>
    <message>
        <source>{name} is not a photo or video the library accepts (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV).</source>
        <translation>{name} bukan foto atau video yang diterima pustaka (JPEG, PNG, WebP, GIF, HEIC, MP4, MOV).</translation>
    </message>
    <message>
        <source>{name} has too many pixels to be opened safely; it was not opened.</source>
        <translation>{name} memiliki terlalu banyak piksel untuk dibuka dengan aman; berkas tidak dibuka.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (perhaps the copy was interrupted).</source>
        <translation>{name} rusak atau tidak lengkap (mungkin penyalinannya terputus).</translation>
    </message>
    <message>
        <source>{name} is no longer there (moved or deleted?).</source>
        <translation>{name} sudah tidak ada lagi (dipindahkan atau dihapus?).</translation>
    </message>
    <message>
        <source>{name} cannot be read (no permission, or the drive was removed).</source>
        <translation>{name} tidak dapat dibaca (tidak ada izin, atau drive-nya dilepas).</translation>
    </message>
    <message>
        <source>{name} cannot be used as an image: {detail}</source>
        <translation>{name} tidak dapat dipakai sebagai gambar: {detail}</translation>
    </message>
    <message>
        <source>Choose at most six reminder times, each between 1 minute and 30 days before the post.</source>
        <translation>Pilih paling banyak enam waktu pengingat, masing-masing antara 1 menit dan 30 hari sebelum posting.</translation>
    </message>
    <message>
        <source>Enter a time as hours and minutes, for example 07:30.</source>
        <translation>Isi waktu sebagai jam dan menit, misalnya 07:30.</translation>
    </message>
    <message>
        <source>The approval wait must be between 1 and 720 hours (or turned off).</source>
        <translation>Waktu tunggu persetujuan harus antara 1 dan 720 jam (atau dimatikan).</translation>
    </message>
    <message>
        <source>A reminder can only be snoozed until a later time.</source>
        <translation>Pengingat hanya dapat ditunda ke waktu yang lebih lambat.</translation>
    </message>
    <message>
        <source>This reminder is already done; it cannot be snoozed.</source>
        <translation>Pengingat ini sudah selesai; tidak dapat ditunda.</translation>
    </message>
    <message>
        <source>A post cannot go from “{current}” to “{target}”.</source>
        <translation>Postingan tidak dapat berpindah dari “{current}” ke “{target}”.</translation>
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
        <source>A platform is chosen twice.</source>
        <translation>Ada platform yang dipilih dua kali.</translation>
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
        <source>A new post starts as an idea or a draft.</source>
        <translation>Postingan baru dimulai sebagai ide atau draf.</translation>
    </message>
    <message>
        <source>Choose at least one platform before submitting.</source>
        <translation>Pilih setidaknya satu platform sebelum mengajukan.</translation>
    </message>
    <message>
        <source>The publication time is in the future.</source>
        <translation>Waktu tayang ada di masa depan.</translation>
    </message>
    <message>
        <source>Please give the day a name.</source>
        <translation>Beri nama hari peringatan ini.</translation>
    </message>
    <message>
        <source>The database is still open in another program (another copy of Sosmed Desktop?). Close it and try again; nothing was changed.</source>
        <translation>Basis data masih terbuka di program lain (salinan Sosmed Desktop yang lain?). Tutup program itu lalu coba lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be restored: {detail}. Nothing was changed; choose another backup.</source>
        <translation>Cadangan {path} tidak dapat dipulihkan: {detail}. Tidak ada yang diubah; pilih cadangan lain.</translation>
    </message>
    <message>
        <source>A text is too long to be saved: at most {limit} characters fit here ({field}). Nothing was saved.</source>
        <translation>Teks terlalu panjang untuk disimpan: di sini muat paling banyak {limit} karakter ({field}). Tidak ada yang disimpan.</translation>
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
        <source>The database server cannot be reached (stopped, or the network is down). Nothing was saved this time; what you typed is kept. Try again in a moment — the status bar shows when the server answers again.</source>
        <translation>Server basis data tidak dapat dihubungi (dimatikan, atau jaringan terputus). Kali ini tidak ada yang disimpan; yang Anda ketik tetap ada. Coba lagi sebentar lagi — bilah status menunjukkan saat server menjawab lagi.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be restored: it holds database objects this version of Sosmed Desktop does not create ({objects}). They could change or delete data at the next save. Nothing was changed; choose another backup.</source>
        <translation>Cadangan {path} tidak dapat dipulihkan: di dalamnya ada objek basis data yang tidak dibuat oleh versi Sosmed Desktop ini ({objects}). Objek itu dapat mengubah atau menghapus data pada penyimpanan berikutnya. Tidak ada yang diubah; pilih cadangan lain.</translation>
    </message>
    <message>
        <source>An account name has at most {limit} characters ({platform}).</source>
        <translation>Nama akun paling banyak {limit} karakter ({platform}).</translation>
    </message>
    <message>
        <source>The platform “{platform}” is not in the platform file.</source>
        <translation>Platform “{platform}” tidak ada di berkas platform.</translation>
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
        <translation>Posting berulang memerlukan tanggal untuk posting pertamanya.</translation>
    </message>
    <message>
        <source>Repeat every 1 to 12 weeks or months.</source>
        <translation>Jarak pengulangan 1 sampai 12 minggu atau bulan.</translation>
    </message>
    <message>
        <source>Choose either an end date or a number of posts for the series.</source>
        <translation>Pilih tanggal akhir atau jumlah posting untuk seri ini.</translation>
    </message>
    <message>
        <source>A series holds at most {limit} posts.</source>
        <translation>Satu seri berisi paling banyak {limit} posting.</translation>
    </message>
    <message>
        <source>The end date is before the first post.</source>
        <translation>Tanggal akhir sebelum posting pertama.</translation>
    </message>
    <message>
        <source>A series needs at least {minimum} posts: this one and one more.</source>
        <translation>Satu seri memerlukan paling sedikit {minimum} posting: posting ini dan satu lagi.</translation>
    </message>
    <message>
        <source>This post already belongs to a series. Open another occurrence from the series menu, or duplicate the post to start a new series.</source>
        <translation>Posting ini sudah termasuk dalam satu seri. Buka posting lain dari menu seri, atau gandakan posting ini untuk memulai seri baru.</translation>
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
        <source>There is no {day} {month} in the calendar.</source>
        <translation>Tidak ada tanggal {day} {month} di kalender.</translation>
    </message>
    <message>
        <source>Please enter who gave the direction.</source>
        <translation>Isikan siapa yang memberi arahan.</translation>
    </message>
    <message>
        <source>Please write down the direction itself.</source>
        <translation>Tuliskan isi arahannya.</translation>
    </message>
    <message>
        <source>The due date is before the date the direction was given.</source>
        <translation>Tenggatnya lebih awal daripada tanggal arahan diberikan.</translation>
    </message>
    <message>
        <source>A direction that is “{current}” cannot become “{target}”.</source>
        <translation>Arahan berstatus “{current}” tidak dapat diubah menjadi “{target}”.</translation>
    </message>
    <message>
        <source>This data note is cited by %n post(s), so it is kept. Remove it from those posts first.</source>
        <translation>Data ini dikutip oleh %n posting, jadi tetap disimpan. Hapus dulu kutipannya dari posting tersebut.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” bukan angka.</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <translation>“{value}” bukan tanggal.</translation>
    </message>
    <message>
        <source>The file {name} is missing from the data folder. Run “check” or restore a backup.</source>
        <translation>Berkas {name} tidak ada di folder data. Jalankan “check” atau pulihkan cadangan.</translation>
    </message>
    <message>
        <source>%n row(s) of the file have errors, so nothing was imported.</source>
        <translation>%n baris dalam berkas berisi kesalahan, jadi tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB.</source>
        <translation>Berkas lebih besar dari {megabytes} MB.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls). In Excel choose File → Save As → “Excel Workbook (.xlsx)” or “CSV UTF-8” and import that file.</source>
        <translation>Ini buku kerja Excel lama (.xls). Di Excel pilih File → Simpan Sebagai → “Buku Kerja Excel (.xlsx)” atau “CSV UTF-8”, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>The Excel workbook is damaged or is not an .xlsx file. Open it in Excel and save it again.</source>
        <translation>Buku kerja Excel ini rusak atau bukan berkas .xlsx. Buka di Excel lalu simpan lagi.</translation>
    </message>
    <message>
        <source>The workbook unpacks to far more data than a table holds; it was not opened.</source>
        <translation>Buku kerja ini terurai menjadi data yang jauh lebih besar daripada sebuah tabel; berkas itu tidak dibuka.</translation>
    </message>
    <message>
        <source>Cell {cell} holds a formula. Copy the table and paste only its values (Paste Special → Values), save and import again.</source>
        <translation>Sel {cell} berisi rumus. Salin tabelnya dan tempel nilainya saja (Tempel Spesial → Nilai), simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>The update place must be a full folder path (\\server\share\sosmed) or a web address (https://…).</source>
        <translation>Tempat pembaruan harus berupa jalur folder lengkap (\\server\share\sosmed) atau alamat web (https://…).</translation>
    </message>
    <message>
        <source>No update place is set.</source>
        <translation>Tempat pembaruan belum diatur.</translation>
    </message>
    <message>
        <source>The update place cannot be read ({detail}). Is the shared folder or the network reachable from this PC?</source>
        <translation>Tempat pembaruan tidak dapat dibaca ({detail}). Apakah folder bersama atau jaringan dapat dijangkau dari PC ini?</translation>
    </message>
    <message>
        <source>The version file at {source} is not usable: {detail}. Tell your IT department.</source>
        <translation>Berkas versi di {source} tidak dapat dipakai: {detail}. Beri tahu bagian TI Anda.</translation>
    </message>
    <message>
        <source>The installer {path} is not there or cannot be read. Tell your IT department.</source>
        <translation>Penginstal {path} tidak ada atau tidak dapat dibaca. Beri tahu bagian TI Anda.</translation>
    </message>
    <message>
        <source>The installer {path} is not the one the version file names (its SHA-256 differs), so it was not opened. Tell your IT department.</source>
        <translation>Penginstal {path} bukan yang disebut dalam berkas versi (SHA-256-nya berbeda), jadi tidak dibuka. Beri tahu bagian TI Anda.</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG, WebP, GIF) and PDF documents can be attached.</source>
        <translation>Yang dapat dilampirkan hanya foto (JPEG, PNG, WebP, GIF) dan dokumen PDF.</translation>
    </message>
    <message>
        <source>The PDF is incomplete or damaged.</source>
        <translation>PDF-nya tidak lengkap atau rusak.</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB.</source>
        <translation>Berkas lebih besar dari 50 MB.</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation>Berkas tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>{name} cannot be attached. {reason}</source>
        <translation>{name} tidak dapat dilampirkan. {reason}</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file.</source>
        <translation>Ini bukan berkas teks (CSV).</translation>
    </message>
    <message>
        <source>The text encoding is not recognised. Save the file from Excel as “CSV UTF-8”.</source>
        <translation>Pengodean teksnya tidak dikenali. Simpan berkas dari Excel sebagai “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>Line {line} is written in another text encoding than the lines before it (rows pasted together from two files?). Open the file in Excel and save it again as “CSV UTF-8”.</source>
        <translation>Baris {line} ditulis dengan pengodean teks yang berbeda dari baris sebelumnya (baris yang ditempel dari dua berkas?). Buka berkas di Excel lalu simpan lagi sebagai “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation>Berkas kosong; baris pertamanya harus berisi judul kolom.</translation>
    </message>
    <message>
        <source>The file has a header line but no data rows.</source>
        <translation>Berkas hanya berisi baris judul kolom, tanpa baris data.</translation>
    </message>
    <message>
        <source>The header line lacks the column(s) {columns}. The first line must name the columns, e.g. judul;nilai;satuan;periode;per_tanggal;sumber;tautan;tag</source>
        <translation>Baris judul kolom tidak memuat kolom {columns}. Baris pertama harus menamai kolom, mis. judul;nilai;satuan;periode;per_tanggal;sumber;tautan;tag</translation>
    </message>
    <message>
        <source>Two columns of the header mean the same thing ({column}).</source>
        <translation>Dua kolom pada baris judul bermakna sama ({column}).</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows.</source>
        <translation>Berkas berisi lebih dari {limit} baris.</translation>
    </message>
    <message>
        <source>{name} cannot be imported. {reason}</source>
        <translation>{name} tidak dapat diimpor. {reason}</translation>
    </message>
    <message>
        <source>The post has too many tags (at most {limit}).</source>
        <translation>Postingan ini memiliki terlalu banyak tag (paling banyak {limit}).</translation>
    </message>
    <message>
        <source>{name} needs the video support (PyAV), which is not installed on this PC. Ask IT for the installation with video support.</source>
        <translation>{name} memerlukan dukungan video (PyAV), yang tidak terpasang di PC ini. Mintalah kepada bagian TI instalasi dengan dukungan video.</translation>
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
        <source>A cited data note no longer exists. Remove its citation under Sources, then save.</source>
        <translation>Ada data pendukung yang dikutip sudah tidak ada. Hapus kutipannya di tab Sumber, lalu simpan.</translation>
    </message>
    <message>
        <source>The data note “{title}” was deleted meanwhile (on the Arahan &amp; Data page or by a colleague). Nothing was inserted.</source>
        <translation>Data pendukung “{title}” sudah dihapus sementara itu (di halaman Arahan &amp; Data atau oleh rekan kerja). Tidak ada yang disisipkan.</translation>
    </message>
    <message>
        <source>A direction was deleted meanwhile (on the Arahan &amp; Data page or by a colleague); nothing was changed for it.</source>
        <translation>Sebuah arahan sudah dihapus sementara itu (di halaman Arahan &amp; Data atau oleh rekan kerja); tidak ada yang diubah untuk arahan itu.</translation>
    </message>
    <message>
        <source>An image edit of this post is damaged.</source>
        <translation>Suntingan gambar pada posting ini rusak.</translation>
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
        <source>Tick every point of the checklist before submitting; %n point(s) still open.</source>
        <translation>Centang setiap butir daftar periksa sebelum mengajukan; masih ada %n butir yang belum dicentang.</translation>
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
    <message>
        <source>The package {name} was refused and nothing was imported. {reason}</source>
        <translation>Paket {name} ditolak dan tidak ada yang diimpor. {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read (moved, deleted or no permission).</source>
        <translation>Berkas tidak dapat dibaca (dipindahkan, dihapus, atau tanpa izin).</translation>
    </message>
    <message>
        <source>It is not a zip file, or the copy is incomplete.</source>
        <translation>Ini bukan berkas zip, atau salinannya tidak lengkap.</translation>
    </message>
    <message>
        <source>The zip is damaged or encrypted ({entry}).</source>
        <translation>Zip ini rusak atau terenkripsi ({entry}).</translation>
    </message>
    <message>
        <source>It holds a file name that points outside its folder ({entry}); such a zip could overwrite files on this PC.</source>
        <translation>Di dalamnya ada nama berkas yang menunjuk ke luar foldernya ({entry}); zip seperti ini dapat menimpa berkas di PC ini.</translation>
    </message>
    <message>
        <source>It holds a link to another place ({entry}).</source>
        <translation>Di dalamnya ada tautan ke tempat lain ({entry}).</translation>
    </message>
    <message>
        <source>It holds the file {entry} twice.</source>
        <translation>Berkas {entry} ada dua kali di dalamnya.</translation>
    </message>
    <message>
        <source>It holds too many files ({count}, at most {limit}).</source>
        <translation>Isinya terlalu banyak berkas ({count}, paling banyak {limit}).</translation>
    </message>
    <message>
        <source>Unpacked it would be far larger than a post package can be.</source>
        <translation>Jika dibuka, ukurannya jauh lebih besar daripada paket unggahan yang wajar.</translation>
    </message>
    <message>
        <source>A file in it is compressed suspiciously far ({entry}); it would fill the disk.</source>
        <translation>Sebuah berkas di dalamnya dimampatkan secara mencurigakan ({entry}); berkas itu akan memenuhi disk.</translation>
    </message>
    <message>
        <source>The file {entry} does not belong in a post package or is not what its name says.</source>
        <translation>Berkas {entry} bukan bagian dari paket unggahan atau isinya tidak sesuai dengan namanya.</translation>
    </message>
    <message>
        <source>It has no manifest.json: it is not a Sosmed Desktop package.</source>
        <translation>Tidak ada manifest.json: ini bukan paket Sosmed Desktop.</translation>
    </message>
    <message>
        <source>Its manifest.json does not follow the package format ({problem}).</source>
        <translation>manifest.json-nya tidak mengikuti format paket ({problem}).</translation>
    </message>
    <message>
        <source>A caption is longer than its platform accepts ({entry}: {count} characters, at most {limit}); such a post could never be uploaded.</source>
        <translation>Ada keterangan yang lebih panjang daripada yang diterima platformnya ({entry}: {count} karakter, paling banyak {limit}); postingan seperti itu tidak akan pernah bisa diunggah.</translation>
    </message>
    <message>
        <source>It was made in a package format this version does not know (version {version}). Update Sosmed Desktop.</source>
        <translation>Paket ini dibuat dengan format yang belum dikenal versi ini (versi {version}). Perbarui Sosmed Desktop.</translation>
    </message>
    <message>
        <source>The file {entry} is not listed in its manifest (added afterwards?).</source>
        <translation>Berkas {entry} tidak tercantum dalam manifest-nya (ditambahkan belakangan?).</translation>
    </message>
    <message>
        <source>The file {entry} listed in its manifest is missing.</source>
        <translation>Berkas {entry} yang tercantum dalam manifest tidak ada.</translation>
    </message>
    <message>
        <source>The file {entry} was changed after the package was made (its checksum does not match).</source>
        <translation>Berkas {entry} diubah setelah paket dibuat (checksum-nya tidak cocok).</translation>
    </message>
    <message>
        <source>It is meant for a platform this PC does not know ({platform}).</source>
        <translation>Paket ini untuk platform yang tidak dikenal PC ini ({platform}).</translation>
    </message>
    <message>
        <source>Give the post a date and time before exporting it as a package.</source>
        <translation>Tentukan tanggal dan jam tayang sebelum mengekspor postingan sebagai paket.</translation>
    </message>
    <message>
        <source>The export was cancelled; no package was written.</source>
        <translation>Ekspor dibatalkan; tidak ada paket yang ditulis.</translation>
    </message>
    <message>
        <source>The approval sheet cannot print {chars}, so no package was written (the sheet must show everything the head approves). Where: {where}. Replace or remove these characters and have the post approved again.</source>
        <translation>Lembar persetujuan tidak dapat mencetak {chars}, sehingga paket tidak ditulis (lembar itu harus menampilkan semua yang disetujui pimpinan). Letaknya: {where}. Ganti atau hapus karakter tersebut, lalu ajukan persetujuan ulang.</translation>
    </message>
    <message>
        <source>The package could not be made ({detail}); nothing was written.</source>
        <translation>Paket tidak dapat dibuat ({detail}); tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The end date is before the start.</source>
        <translation>Tanggal akhir sebelum tanggal awal.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>Tanggal tidak sah.</translation>
    </message>
    <message>
        <source>The month is not valid.</source>
        <translation>Bulan tidak sah.</translation>
    </message>
    <message>
        <source>A report is saved as a PDF (.pdf) or CSV (.csv) file.</source>
        <translation>Laporan disimpan sebagai berkas PDF (.pdf) atau CSV (.csv).</translation>
    </message>
    <message>
        <source>Your account has been deactivated. Sign out and ask an administrator.</source>
        <translation>Akun Anda sudah dinonaktifkan. Keluar akun dan hubungi administrator.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Peran Anda tidak mengizinkan tindakan ini.</translation>
    </message>
    <message>
        <source>Your account was deactivated by an administrator, so nothing was saved. Ask the administrator if this is a mistake.</source>
        <translation>Akun Anda telah dinonaktifkan oleh administrator, jadi tidak ada yang disimpan. Tanyakan kepada administrator bila ini keliru.</translation>
    </message>
    <message>
        <source>An administrator changed your role or department since you signed in, so nothing was saved. Sign out (menu Team) and sign in again to go on.</source>
        <translation>Administrator mengubah peran atau perangkat daerah Anda sejak Anda masuk, jadi tidak ada yang disimpan. Keluar (menu Tim) lalu masuk lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>An administrator account exists already: sign in with it.</source>
        <translation>Akun administrator sudah ada: masuklah dengan akun itu.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain. Make someone else an administrator first.</source>
        <translation>Harus tetap ada setidaknya satu administrator aktif. Jadikan orang lain administrator terlebih dahulu.</translation>
    </message>
    <message>
        <source>The username “{username}” is already taken.</source>
        <translation>Nama pengguna “{username}” sudah dipakai.</translation>
    </message>
    <message>
        <source>A username has 3 to 60 characters: small letters, digits, dot, hyphen or underscore, beginning with a letter or digit.</source>
        <translation>Nama pengguna terdiri atas 3 sampai 60 karakter: huruf kecil, angka, titik, tanda hubung atau garis bawah, diawali huruf atau angka.</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>Silakan isi nama orangnya.</translation>
    </message>
    <message>
        <source>An officer or a reviewer works in one department: please choose it.</source>
        <translation>Petugas atau pemeriksa bekerja di satu perangkat daerah: silakan pilih perangkat daerahnya.</translation>
    </message>
    <message>
        <source>The password needs at least {limit} characters.</source>
        <translation>Kata sandi minimal {limit} karakter.</translation>
    </message>
    <message>
        <source>The password may have at most {limit} characters.</source>
        <translation>Kata sandi paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
    <message>
        <source>Please enter the department&apos;s name.</source>
        <translation>Silakan isi nama perangkat daerah.</translation>
    </message>
    <message>
        <source>The department “{name}” exists already.</source>
        <translation>Perangkat daerah “{name}” sudah ada.</translation>
    </message>
    <message>
        <source>This department no longer exists.</source>
        <translation>Perangkat daerah ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Akun ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The server name “{host}” is not known on this network. Check the spelling, or use the server&apos;s address (for example 192.168.1.10).</source>
        <translation>Nama server “{host}” tidak dikenal di jaringan ini. Periksa ejaannya, atau pakai alamat server (misalnya 192.168.1.10).</translation>
    </message>
    <message>
        <source>The server {host} refused the connection: PostgreSQL is not running there, or not on this port, or it does not accept connections from this PC.</source>
        <translation>Server {host} menolak sambungan: PostgreSQL tidak berjalan di sana, tidak di port ini, atau tidak menerima sambungan dari PC ini.</translation>
    </message>
    <message>
        <source>The server {host} did not accept the user name or the password. Check both (capital letters count) or ask the server&apos;s administrator.</source>
        <translation>Server {host} tidak menerima nama pengguna atau kata sandinya. Periksa keduanya (huruf besar-kecil berpengaruh) atau tanyakan kepada pengelola server.</translation>
    </message>
    <message>
        <source>The server {host} has no database of that name. Check the name, or ask the server&apos;s administrator to create it (empty).</source>
        <translation>Server {host} tidak punya basis data dengan nama itu. Periksa namanya, atau minta pengelola server membuatnya (dalam keadaan kosong).</translation>
    </message>
    <message>
        <source>The server {host} did not answer in time. Check the network connection and the server&apos;s address.</source>
        <translation>Server {host} tidak menjawab tepat waktu. Periksa sambungan jaringan dan alamat server.</translation>
    </message>
    <message>
        <source>The server {host} cannot be used: {detail}</source>
        <translation>Server {host} tidak dapat dipakai: {detail}</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring), so the password was not saved.</source>
        <translation>Komputer ini tidak punya penyimpanan kata sandi (keyring), jadi kata sandi tidak disimpan.</translation>
    </message>
    <message>
        <source>The database address holds a password; a password is kept in the keyring, never in the settings file. Enter the password in its own field.</source>
        <translation>Alamat basis data memuat kata sandi; kata sandi disimpan di penyimpanan kata sandi (keyring), tidak pernah di berkas pengaturan. Isikan kata sandi di kolomnya sendiri.</translation>
    </message>
    <message>
        <source>Enter the server and the database name of the team server.</source>
        <translation>Isi server dan nama basis data server tim.</translation>
    </message>
    <message>
        <source>There is no database on this PC to move ({path}).</source>
        <translation>Tidak ada basis data di PC ini untuk dipindahkan ({path}).</translation>
    </message>
    <message>
        <source>The database on this PC is from an older version. Start Sosmed Desktop with it once, then move the data.</source>
        <translation>Basis data di PC ini berasal dari versi lama. Buka sekali dengan Sosmed Desktop versi ini, lalu pindahkan datanya.</translation>
    </message>
    <message>
        <source>The original of “{name}” is missing ({path}), so nothing was moved. Import the file again or delete it from the media library (the command “main.py check” lists every missing file), then try again.</source>
        <translation>Berkas asli “{name}” hilang ({path}), jadi tidak ada yang dipindahkan. Impor lagi berkasnya atau hapus dari pustaka media (perintah “main.py check” menampilkan semua berkas yang hilang), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The original of “{name}” was altered on this PC ({path}), so nothing was moved. The command “main.py check” lists every altered file.</source>
        <translation>Berkas asli “{name}” berubah di PC ini ({path}), jadi tidak ada yang dipindahkan. Perintah “main.py check” menampilkan semua berkas yang berubah.</translation>
    </message>
    <message>
        <source>The server database is not empty (it has %n table(s)). The data can only be moved into a new, empty database; nothing was changed.</source>
        <translation>Basis data di server tidak kosong (berisi %n tabel). Data hanya dapat dipindahkan ke basis data baru yang kosong; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A text in “{table}” is longer than the server allows. Shorten it and try again; nothing was moved.</source>
        <translation>Ada teks di “{table}” yang lebih panjang dari batas server. Persingkat lalu coba lagi; tidak ada yang dipindahkan.</translation>
    </message>
    <message>
        <source>The check after the copy found {source} rows of “{table}” here but {target} on the server, so nothing was kept on the server.</source>
        <translation>Pemeriksaan setelah penyalinan menemukan {source} baris “{table}” di sini tetapi {target} di server, jadi tidak ada yang disimpan di server.</translation>
    </message>
    <message>
        <source>The move was cancelled; the server database is still empty.</source>
        <translation>Pemindahan dibatalkan; basis data di server tetap kosong.</translation>
    </message>
    <message>
        <source>This photo or video is not in the team database. Import the file again on any PC.</source>
        <translation>Foto atau video ini tidak ada di basis data tim. Impor lagi berkasnya dari PC mana pun.</translation>
    </message>
    <message>
        <source>The copy of this photo or video in the team database is damaged; it was not used. Import the file again on any PC.</source>
        <translation>Salinan foto atau video ini di basis data tim rusak dan tidak dipakai. Impor lagi berkasnya dari PC mana pun.</translation>
    </message>
    <message>
        <source>The scheduled time of this post has passed.</source>
        <translation>Jadwal tayang posting ini sudah lewat.</translation>
    </message>
    <message>
        <source>The approval sheet needs {missing}. Fill in the profile (Settings → Profile) before exporting; nothing was written.</source>
        <translation>Lembar persetujuan memerlukan {missing}. Lengkapi profil (Pengaturan → Profil) sebelum mengekspor; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Say why this personal data may be published (for example written consent).</source>
        <translation>Tuliskan alasan data pribadi ini boleh diterbitkan (misalnya izin tertulis).</translation>
    </message>
    <message>
        <source>The reason is too long (at most {limit} characters).</source>
        <translation>Alasannya terlalu panjang (paling banyak {limit} karakter).</translation>
    </message>
    <message>
        <source>This exception does not name a piece of personal data.</source>
        <translation>Pengecualian ini tidak menyebut data pribadi apa pun.</translation>
    </message>
    <message>
        <source>The archived program “{name}” has this name. Bring it back instead of adding a new one, or choose another name.</source>
        <translation>Program “{name}” yang diarsipkan memakai nama ini. Pulihkan program itu alih-alih menambah yang baru, atau pilih nama lain.</translation>
    </message>
    <message>
        <source>A program named “{name}” exists already.</source>
        <translation>Program bernama “{name}” sudah ada.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour. Choose one in the colour window.</source>
        <translation>“{colour}” bukan warna. Pilih warna di jendela warna.</translation>
    </message>
    <message>
        <source>A program cannot be merged into itself; choose another one.</source>
        <translation>Program tidak dapat digabungkan ke dirinya sendiri; pilih program lain.</translation>
    </message>
    <message>
        <source>“{name}” is archived. Bring it back before merging into it.</source>
        <translation>“{name}” sudah diarsipkan. Pulihkan dulu sebelum menggabungkan ke program itu.</translation>
    </message>
    <message>
        <source>“{source}” and “{target}” belong to different departments; a program can only be merged into one of its own department or one shared by all.</source>
        <translation>“{source}” dan “{target}” milik perangkat daerah yang berbeda; program hanya dapat digabungkan ke program perangkat daerahnya sendiri atau program bersama.</translation>
    </message>
    <message>
        <source>“{name}” cannot come back: another program has taken its place since. Create it again and move its posts by hand.</source>
        <translation>“{name}” tidak dapat dikembalikan: tempatnya sudah dipakai program lain. Buat lagi program itu dan pindahkan postingnya satu per satu.</translation>
    </message>
    <message>
        <source>Type a word to add.</source>
        <translation>Ketik kata yang akan ditambahkan.</translation>
    </message>
    <message>
        <source>A word of the dictionary has at most {limit} letters.</source>
        <translation>Kata di kamus paling banyak {limit} huruf.</translation>
    </message>
    <message>
        <source>“{word}” is not one word. Add words one by one, without #, @ or spaces (several words may be typed separated by spaces).</source>
        <translation>“{word}” bukan satu kata. Tambahkan kata satu per satu, tanpa #, @ atau spasi (beberapa kata boleh diketik dipisah spasi).</translation>
    </message>
    <message>
        <source>“{ident}” is no longer in the word list (removed meanwhile).</source>
        <translation>“{ident}” sudah tidak ada di daftar kata (telah dihapus).</translation>
    </message>
    <message>
        <source>Unknown kind of word.</source>
        <translation>Jenis kata tidak dikenal.</translation>
    </message>
    <message>
        <source>The columns of {name} are not those of an export the app knows. Choose the platform and say which column holds what; the app remembers it for that platform&apos;s next file.</source>
        <translation>Kolom-kolom {name} bukan kolom ekspor yang dikenal aplikasi. Pilih platformnya dan tentukan isi setiap kolom; aplikasi mengingatnya untuk berkas berikutnya dari platform itu.</translation>
    </message>
    <message>
        <source>Choose the platform the file comes from.</source>
        <translation>Pilih platform asal berkas ini.</translation>
    </message>
    <message>
        <source>There is no platform “{platform}”; name one of facebook, instagram, x, tiktok, youtube, threads, linkedin.</source>
        <translation>Tidak ada platform “{platform}”; sebut salah satu dari facebook, instagram, x, tiktok, youtube, threads, linkedin.</translation>
    </message>
    <message>
        <source>Say which column holds the post&apos;s link, id or publish time, and at least one figure (reach, views …).</source>
        <translation>Tentukan kolom yang berisi tautan, ID, atau waktu terbit posting, dan sedikitnya satu angka (jangkauan, tayangan …).</translation>
    </message>
    <message>
        <source>A column is mapped to something the results do not hold ({detail}).</source>
        <translation>Sebuah kolom dipetakan ke isian yang tidak ada dalam hasil ({detail}).</translation>
    </message>
    <message>
        <source>%n row(s) of the file have problems, so nothing was imported.</source>
        <translation>%n baris dalam berkas bermasalah, jadi tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Write each column as HEADER=FIELD ({detail}).</source>
        <translation>Tulis setiap kolom sebagai JUDUL=ISIAN ({detail}).</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Record an exception</source>
        <translation>Catat pengecualian</translation>
    </message>
    <message>
        <source>This {kind} may be published in this post. The head of department sees the exception and its reason when approving, and it is printed on the approval sheet.</source>
        <translation>Data pribadi berikut ({kind}) boleh diterbitkan dalam posting ini. Kepala perangkat daerah melihat pengecualian beserta alasannya saat menyetujui, dan pengecualian itu dicetak pada lembar persetujuan.</translation>
    </message>
    <message>
        <source>Reason (for example: written consent of the person)</source>
        <translation>Alasan (misalnya: izin tertulis dari yang bersangkutan)</translation>
    </message>
    <message>
        <source>Record exception</source>
        <translation>Catat pengecualian</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Save packages to:</source>
        <translation>Simpan paket ke:</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Approved, not yet exported</source>
        <translation>Disetujui, belum diekspor</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Jadwal</translation>
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
        <source>Export selected</source>
        <translation>Ekspor yang dipilih</translation>
    </message>
    <message>
        <source>Export all approved</source>
        <translation>Ekspor semua yang disetujui</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>Impor paket…</translation>
    </message>
    <message>
        <source>or drop a package (.zip) onto the window</source>
        <translation>atau seret paket (.zip) ke jendela ini</translation>
    </message>
    <message>
        <source>Exported packages</source>
        <translation>Paket yang sudah diekspor</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Batalkan ekspor</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Tanpa tanggal</translation>
    </message>
    <message>
        <source>{name} (moved or deleted)</source>
        <translation>{name} (dipindahkan atau dihapus)</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Folder untuk paket</translation>
    </message>
    <message>
        <source>Export the package to</source>
        <translation>Ekspor paket ke folder</translation>
    </message>
    <message>
        <source>Select the posts to export first.</source>
        <translation>Pilih dulu postingan yang akan diekspor.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n package(s)…</source>
        <translation>
            <numerusform>Mengekspor %n paket…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written to {folder}.</source>
        <translation>
            <numerusform>%n paket ditulis ke {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; the rest was not written.</source>
        <translation>Ekspor dibatalkan; sisanya tidak ditulis.</translation>
    </message>
    <message>
        <source>Export packages</source>
        <translation>Ekspor paket</translation>
    </message>
    <message>
        <source>Fill in the profile…</source>
        <translation>Lengkapi profil…</translation>
    </message>
    <message>
        <source>Import post packages</source>
        <translation>Impor paket unggahan</translation>
    </message>
    <message>
        <source>Post packages (*.zip)</source>
        <translation>Paket unggahan (*.zip)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <source>“{title}” from {department} was added to the calendar.</source>
        <translation>“{title}” dari {department} ditambahkan ke kalender.</translation>
    </message>
    <message>
        <source>“{title}” is already in the calendar; nothing was imported.</source>
        <translation>“{title}” sudah ada di kalender; tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search title, file, camera, tag…</source>
        <translation>Cari judul, berkas, kamera, tag…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>Used or not</source>
        <translation>Terpakai atau belum</translation>
    </message>
    <message>
        <source>Used in a post</source>
        <translation>Dipakai di posting</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>Belum dipakai</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>Newest taken</source>
        <translation>Terbaru diambil</translation>
    </message>
    <message>
        <source>Newest imported</source>
        <translation>Terbaru diimpor</translation>
    </message>
    <message>
        <source>★ only</source>
        <translation>Hanya ★</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>Tampilkan favorit saja</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Sampah</translation>
    </message>
    <message>
        <source>Show the items moved to the trash</source>
        <translation>Tampilkan item yang dipindahkan ke sampah</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Kosongkan sampah</translation>
    </message>
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
        <source>Department</source>
        <translation>Perangkat daerah</translation>
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
    <message>
        <source>Programs…</source>
        <translation>Program…</translation>
    </message>
    <message>
        <source>Add, rename, recolour or merge programs</source>
        <translation>Tambah, ganti nama, ganti warna, atau gabungkan program</translation>
    </message>
    <message>
        <source>Manage programs…</source>
        <translation>Kelola program…</translation>
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
        <source>Remove it, or record an exception with the reason (e.g. written consent).</source>
        <translation>Hapus, atau catat pengecualian beserta alasannya (mis. izin tertulis).</translation>
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
        <source>Personal data: a family card (KK) number {matches}.</source>
        <translation>Data pribadi: nomor KK {matches}.</translation>
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
        <source>Published by exception: {kind} “{match}”. Reason: {reason}</source>
        <translation>Diterbitkan dengan pengecualian: {kind} “{match}”. Alasan: {reason}</translation>
    </message>
    <message>
        <source>{platform} shows only photos or videos: add at least one.</source>
        <translation>{platform} hanya menampilkan foto atau video: tambahkan paling sedikit satu.</translation>
    </message>
    <message>
        <source>The scheduled time has passed: the post would go out late.</source>
        <translation>Jadwal tayang sudah lewat: posting akan tayang terlambat.</translation>
    </message>
    <message>
        <source>Sensitive words: {words}. Check that the tone is right.</source>
        <translation>Kata sensitif: {words}. Periksa apakah nadanya sudah tepat.</translation>
    </message>
    <message>
        <source>Figures without a cited source: {figures}. Cite a data note.</source>
        <translation>Angka tanpa sumber: {figures}. Cantumkan catatan data.</translation>
    </message>
    <message>
        <source>Out-of-date data: “{title}” is {days} days old, older than {limit} days. Look for newer figures before posting.</source>
        <translation>Data kedaluwarsa: “{title}” sudah berumur {days} hari, melebihi batas {limit} hari. Cari angka yang lebih baru sebelum diunggah.</translation>
    </message>
    <message>
        <source>A cited data note was deleted meanwhile. Remove it under Sources to save the post.</source>
        <translation>Data pendukung yang dikutip sudah dihapus. Hapus kutipannya di tab Sumber agar posting dapat disimpan.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>characters as X counts them</source>
        <translation>karakter menurut hitungan X</translation>
    </message>
    <message>
        <source>characters (an emoji counts its bytes)</source>
        <translation>karakter (emoji dihitung per byte)</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>karakter</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>the caption</source>
        <translation>keterangan</translation>
    </message>
    <message>
        <source>Caption too long: {count} {unit}, the limit is {limit}.</source>
        <translation>Keterangan terlalu panjang: {count} {unit}, batasnya {limit}.</translation>
    </message>
    <message>
        <source>Caption longer than {limit} {unit} ({count}): the app warns, shorten it if you can.</source>
        <translation>Keterangan lebih dari {limit} {unit} ({count}): aplikasinya memberi peringatan, persingkat bila bisa.</translation>
    </message>
    <message>
        <source>Too many links: {count}, at most {limit}.</source>
        <translation>Terlalu banyak tautan: {count}, paling banyak {limit}.</translation>
    </message>
    <message>
        <source>The platform refuses {chars} in {field}.</source>
        <translation>Platform menolak {chars} di {field}.</translation>
    </message>
    <message>
        <source>X refuses a post holding these invisible characters: {codes}.</source>
        <translation>X menolak unggahan yang memuat karakter tak terlihat ini: {codes}.</translation>
    </message>
    <message>
        <source>Title too long for this platform: {count} characters, at most {limit}.</source>
        <translation>Judul terlalu panjang untuk platform ini: {count} karakter, paling banyak {limit}.</translation>
    </message>
    <message>
        <source>“{word}” is not standard Indonesian. Bentuk baku: {standard}.</source>
        <translation>“{word}” bukan bentuk baku. Bentuk baku: {standard}.</translation>
    </message>
    <message>
        <source>Words the dictionary does not know: {words}. Check the spelling.</source>
        <translation>Kata yang tidak dikenal kamus: {words}. Periksa ejaannya.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>A new team database</source>
        <translation>Basis data tim yang baru</translation>
    </message>
    <message>
        <source>This team database has no accounts yet. Create the administrator&apos;s account first; the administrator then adds the departments and the other people.
Server: {server}</source>
        <translation>Basis data tim ini belum memiliki akun. Buat dulu akun administrator; administrator kemudian menambahkan perangkat daerah dan anggota tim lainnya.
Server: {server}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Minimal {count} karakter.</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Buat dan masuk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Sosmed Desktop guide</source>
        <translation>Panduan Sosmed Desktop</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Isi panduan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Buka di peramban</translation>
    </message>
    <message>
        <source>Open the guide in the system&apos;s browser, e.g. to print it</source>
        <translation>Buka panduan di peramban sistem, mis. untuk mencetaknya</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
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
        <source>personal data exceptions</source>
        <translation>pengecualian data pribadi</translation>
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
        <source>Approval withdrawn: the approved content changed</source>
        <translation>Persetujuan ditarik: isi yang disetujui berubah</translation>
    </message>
    <message>
        <source>The earlier approval no longer holds: the post left the archive</source>
        <translation>Persetujuan sebelumnya tidak berlaku lagi: posting dikeluarkan dari arsip</translation>
    </message>
    <message>
        <source>Approval withdrawn by hand: “{reason}”</source>
        <translation>Persetujuan ditarik secara manual: “{reason}”</translation>
    </message>
    <message>
        <source>Created as {status}</source>
        <translation>Dibuat sebagai {status}</translation>
    </message>
    <message>
        <source>, post {number} of {total} of a series</source>
        <translation>, posting ke-{number} dari {total} dalam satu seri</translation>
    </message>
    <message>
        <source>Repeated: the first of a series of {total} posts</source>
        <translation>Dijadwalkan berulang: posting pertama dari seri berisi {total} posting</translation>
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
        <source>Approval withdrawn by hand</source>
        <translation>Persetujuan ditarik secara manual</translation>
    </message>
    <message>
        <source>Personal data exception recorded: {kind} “{value}”, reason: {reason}</source>
        <translation>Pengecualian data pribadi dicatat: {kind} “{value}”, alasan: {reason}</translation>
    </message>
    <message>
        <source>Personal data exception removed: {kind} “{value}”</source>
        <translation>Pengecualian data pribadi dihapus: {kind} “{value}”</translation>
    </message>
    <message>
        <source>Photo attached from the image studio ({platforms})</source>
        <translation>Foto dilampirkan dari studio gambar ({platforms})</translation>
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
    <message>
        <source>Program “{old}” merged into “{new}”: the post moved with it</source>
        <translation>Program “{old}” digabungkan ke “{new}”: posting ikut pindah</translation>
    </message>
    <message>
        <source>Merge of programs undone: back from “{old}” to “{new}”</source>
        <translation>Penggabungan program dibatalkan: kembali dari “{old}” ke “{new}”</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>The history starts when the post is first saved.</source>
        <translation>Riwayat dimulai saat posting pertama kali disimpan.</translation>
    </message>
</context>
<context>
    <name>IcsDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Ekspor kalender</translation>
    </message>
    <message>
        <source>Scheduled posts as a calendar file (.ics) for Outlook, Thunderbird or Google Calendar. Importing a newer file updates the events instead of adding copies.</source>
        <translation>Postingan terjadwal sebagai berkas kalender (.ics) untuk Outlook, Thunderbird, atau Google Calendar. Mengimpor berkas yang lebih baru memperbarui acaranya, bukan menambah salinan.</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Simpan berkas kalender</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import data notes</source>
        <translation>Impor data pendukung</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Baca ulang berkas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>titik koma (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>koma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>{file} · Excel workbook, first sheet · %n row(s)</source>
        <translation>
            <numerusform>{file} · Buku kerja Excel, lembar pertama · %n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} · {encoding} · separator: {separator} · %n row(s)</source>
        <translation>
            <numerusform>{file} · {encoding} · pemisah: {separator} · %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: {names}</source>
        <translation>Kolom yang tidak dipakai: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n ready to import</source>
        <translation>
            <numerusform>%n siap diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present (skipped)</source>
        <translation>
            <numerusform>%n sudah ada (dilewati)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n bermasalah</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be imported while the file has errors. Fix the rows marked in red in the spreadsheet, save it again and press “Read the file again”.</source>
        <translation>Tidak ada yang diimpor selama berkas masih bermasalah. Perbaiki baris yang bertanda merah di lembar kerja, simpan lagi, lalu tekan “Baca ulang berkas”.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n data note(s)</source>
        <translation>
            <numerusform>Impor %n data pendukung</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Bermasalah</translation>
    </message>
</context>
<context>
    <name>InsertMenu</name>
    <message>
        <source>Insert</source>
        <translation>Sisipkan</translation>
    </message>
    <message>
        <source>Insert a saved hashtag group or snippet at the cursor ({key})</source>
        <translation>Sisipkan kelompok tagar atau potongan teks tersimpan di posisi kursor ({key})</translation>
    </message>
    <message>
        <source>Insert hashtags or snippet</source>
        <translation>Sisipkan tagar atau potongan teks</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>No hashtag groups or snippets saved yet</source>
        <translation>Belum ada kelompok tagar atau potongan teks</translation>
    </message>
    <message>
        <source>The captions of this post can no longer change</source>
        <translation>Caption posting ini tidak dapat diubah lagi</translation>
    </message>
    <message>
        <source>Hashtag groups</source>
        <translation>Kelompok tagar</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Potongan teks</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Kelola…</translation>
    </message>
    <message>
        <source>Add, change, order or delete the saved entries</source>
        <translation>Tambah, ubah, urutkan, atau hapus isian tersimpan</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>New hashtag group</source>
        <translation>Kelompok tagar baru</translation>
    </message>
    <message>
        <source>Hashtag group</source>
        <translation>Kelompok tagar</translation>
    </message>
    <message>
        <source>New snippet</source>
        <translation>Potongan teks baru</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Potongan teks</translation>
    </message>
    <message>
        <source>e.g. Stunting campaign</source>
        <translation>mis. Kampanye stunting</translation>
    </message>
    <message>
        <source>e.g. Standard sign-off</source>
        <translation>mis. Penutup resmi</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Hashtags:</source>
        <translation>Tagar:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Teks:</translation>
    </message>
    <message>
        <source>#BekasiSehat #CegahStunting, GiziSeimbang</source>
        <translation>#BekasiSehat #CegahStunting, GiziSeimbang</translation>
    </message>
    <message>
        <source>Text inserted into the caption as it is written here</source>
        <translation>Teks yang disisipkan ke caption persis seperti ditulis di sini</translation>
    </message>
    <message>
        <source>Type hashtags with or without #, separated by spaces, commas or new lines.</source>
        <translation>Tulis tagar dengan atau tanpa #, dipisahkan spasi, koma, atau baris baru.</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} karakter</translation>
    </message>
    <message numerus="yes">
        <source>Saved as %n hashtag(s): {tags}</source>
        <translation>
            <numerusform>Disimpan sebagai %n tagar: {tags}</numerusform>
        </translation>
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
    <name>LibraryDialog</name>
    <message>
        <source>Hashtag groups &amp; snippets</source>
        <translation>Kelompok tagar &amp; potongan teks</translation>
    </message>
    <message>
        <source>Saved here, inserted into a caption with Insert in the post editor&apos;s toolbar (Ctrl+Shift+H), at the cursor. The Insert menu lists them in this order.</source>
        <translation>Disimpan di sini, lalu disisipkan ke caption di posisi kursor lewat tombol Sisipkan di jendela posting (Ctrl+Shift+H). Menu Sisipkan menampilkannya dengan urutan ini.</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Tambah “{name}”</translation>
    </message>
    <message>
        <source>Change “{name}”</source>
        <translation>Ubah “{name}”</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the hashtag group “{name}”?</source>
        <translation>Hapus kelompok tagar “{name}”?</translation>
    </message>
    <message>
        <source>Delete the snippet “{name}”?</source>
        <translation>Hapus potongan teks “{name}”?</translation>
    </message>
    <message>
        <source>Undo in this window brings it back.</source>
        <translation>Tombol Urungkan di jendela ini dapat mengembalikannya.</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Hapus “{name}”</translation>
    </message>
    <message>
        <source>Move “{name}”</source>
        <translation>Pindahkan “{name}”</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Hashtag groups</source>
        <translation>Kelompok tagar</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Potongan teks</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Tagar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>No hashtag groups yet. Add the hashtags used again and again.</source>
        <translation>Belum ada kelompok tagar. Tambahkan tagar yang selalu dipakai.</translation>
    </message>
    <message>
        <source>No snippets yet. Add the standard sign-off, a contact line …</source>
        <translation>Belum ada potongan teks. Tambahkan penutup resmi, baris kontak, …</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Naikkan (Alt+Atas)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Turunkan (Alt+Bawah)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>The data cannot be opened</source>
        <translation>Data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>{reason}

Sosmed Desktop will close; start it again.</source>
        <translation>{reason}

Sosmed Desktop akan ditutup; jalankan kembali.</translation>
    </message>
</context>
<context>
    <name>MasterTab</name>
    <message>
        <source>Platforms marked “same as the master caption” post this text as it is.</source>
        <translation>Platform bertanda “sama dengan caption utama” memakai teks ini apa adanya.</translation>
    </message>
    <message>
        <source>Master caption</source>
        <translation>Caption utama</translation>
    </message>
    <message>
        <source>Write the caption here…</source>
        <translation>Tulis caption di sini…</translation>
    </message>
</context>
<context>
    <name>MediaImport</name>
    <message>
        <source>Import finished: %n new</source>
        <translation>Impor selesai: %n baru</translation>
    </message>
    <message>
        <source>, %n already in the library</source>
        <translation>, %n sudah ada di pustaka</translation>
    </message>
    <message>
        <source>, %n refused</source>
        <translation>, %n ditolak</translation>
    </message>
    <message>
        <source> (cancelled: %n not imported)</source>
        <translation> (dibatalkan: %n tidak diimpor)</translation>
    </message>
    <message>
        <source>; %n video(s) without a picture: the video support (PyAV) is not installed</source>
        <translation>; %n video tanpa gambar: dukungan video (PyAV) tidak terpasang</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Beberapa berkas tidak diimpor</translation>
    </message>
    <message>
        <source>%n file(s) could not be imported:</source>
        <translation>%n berkas tidak dapat diimpor:</translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <source>Import photos…</source>
        <translation>Impor foto…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Impor folder…</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Edit the selected photo for each platform</source>
        <translation>Sunting foto terpilih untuk setiap platform</translation>
    </message>
    <message>
        <source>Batch…</source>
        <translation>Sekaligus…</translation>
    </message>
    <message>
        <source>Apply one recipe to all selected photos</source>
        <translation>Terapkan satu resep ke semua foto terpilih</translation>
    </message>
    <message>
        <source>Photos and videos</source>
        <translation>Foto dan video</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Drag photos or whole folders from your phone&apos;s copy here, or use “Import photos…”. Each file is stored once, ready for the image studio.</source>
        <translation>Seret foto atau seluruh folder salinan dari ponsel ke sini, atau gunakan “Impor foto…”. Setiap berkas disimpan sekali, siap untuk studio gambar.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
        </translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Keterangan disimpan.</translation>
    </message>
    <message>
        <source>Import photos and videos</source>
        <translation>Impor foto dan video</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov)</source>
        <translation>Foto dan video (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 *.mov)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Impor sebuah folder</translation>
    </message>
    <message>
        <source>The clipboard holds no photo.</source>
        <translation>Papan klip tidak berisi foto.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Impor lain sedang berjalan.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {name}</source>
        <translation>Mengimpor {done} dari {total}: {name}</translation>
    </message>
    <message>
        <source>Move %n item(s) to the trash?</source>
        <translation>Pindahkan %n item ke sampah?</translation>
    </message>
    <message>
        <source>%n of them are used in posts or notes. They stay attached there and can be restored from the trash.</source>
        <translation>%n di antaranya dipakai di posting atau catatan. Item itu tetap terlampir di sana dan dapat dipulihkan dari sampah.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Pindahkan ke sampah</translation>
    </message>
    <message>
        <source>%n item(s) restored.</source>
        <translation>%n item dipulihkan.</translation>
    </message>
    <message>
        <source>%n item(s) moved to the trash.</source>
        <translation>%n item dipindahkan ke sampah.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Kosongkan sampah</translation>
    </message>
    <message>
        <source>Delete the items in the trash for good? Items used in posts are kept.</source>
        <translation>Hapus item di sampah untuk selamanya? Item yang dipakai di posting tetap disimpan.</translation>
    </message>
    <message>
        <source>%n item(s) deleted for good</source>
        <translation>%n item dihapus untuk selamanya</translation>
    </message>
    <message>
        <source>, %n kept because they are used</source>
        <translation>, %n disimpan karena masih dipakai</translation>
    </message>
    <message>
        <source>Select a photo first.</source>
        <translation>Pilih sebuah foto lebih dulu.</translation>
    </message>
    <message>
        <source>Select the photos first.</source>
        <translation>Pilih fotonya lebih dulu.</translation>
    </message>
    <message>
        <source>restore %n item(s)</source>
        <translation>pulihkan %n item</translation>
    </message>
    <message>
        <source>move %n item(s) to the trash</source>
        <translation>pindahkan %n item ke sampah</translation>
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
    <name>MediaSidePanel</name>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>comma-separated, e.g. posyandu, stunting</source>
        <translation>pisahkan dengan koma, mis. posyandu, stunting</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Simpan keterangan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensi</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Dipakai di</translation>
    </message>
    <message>
        <source>Open in studio</source>
        <translation>Buka di studio</translation>
    </message>
    <message>
        <source>Select a photo or video to see its details.</source>
        <translation>Pilih foto atau video untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Pindahkan ke sampah</translation>
    </message>
    <message>
        <source>No picture of this video: the video support (PyAV) is not installed.</source>
        <translation>Tidak ada gambar untuk video ini: dukungan video (PyAV) tidak terpasang.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Tidak ada pratinjau</translation>
    </message>
    <message>
        <source>⚠ This photo carries a GPS position ({lat}, {lon}): the file shows where it was taken. Images made in the studio leave it out; do not share the original.</source>
        <translation>⚠ Foto ini menyimpan posisi GPS ({lat}, {lon}): berkasnya menunjukkan tempat foto diambil. Gambar buatan studio tidak menyertakannya; jangan bagikan berkas aslinya.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n detik</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Post: {title} ({platforms})</source>
        <translation>Posting: {title} ({platforms})</translation>
    </message>
    <message>
        <source>Direction: {title}</source>
        <translation>Arahan: {title}</translation>
    </message>
    <message>
        <source>Data note: {title}</source>
        <translation>Data pendukung: {title}</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>belum dipakai</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <source>Uncropped</source>
        <translation>Tidak dipotong</translation>
    </message>
    <message>
        <source>Studio crop</source>
        <translation>Potongan studio</translation>
    </message>
    <message>
        <source>Drag to reorder. Drop photos here to add them. The dimmed part is what the feed crops off.</source>
        <translation>Seret untuk mengubah urutan. Jatuhkan foto di sini untuk menambahkannya. Bagian yang digelapkan akan terpotong di beranda.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge programs</source>
        <translation>Gabungkan program</translation>
    </message>
    <message>
        <source>The posts and directions of “{name}” move to the program chosen here; then “{name}” is removed.</source>
        <translation>Posting dan arahan “{name}” pindah ke program yang dipilih di sini; lalu “{name}” dihapus.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Gabungkan ke</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Move data to the server</source>
        <translation>Pindahkan data ke server</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Menyiapkan…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>PC ini</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Use the team server on this PC (restart)</source>
        <translation>Pakai server tim di PC ini (mulai ulang)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} dari {total}</translation>
    </message>
    <message>
        <source>Creating the tables on the server…</source>
        <translation>Membuat tabel di server…</translation>
    </message>
    <message>
        <source>Storing photos and videos on the server: {counts}</source>
        <translation>Menyimpan foto dan video di server: {counts}</translation>
    </message>
    <message>
        <source>Comparing the row counts…</source>
        <translation>Membandingkan jumlah baris…</translation>
    </message>
    <message>
        <source>Copying {table}: {counts}</source>
        <translation>Menyalin {table}: {counts}</translation>
    </message>
    <message>
        <source>Cancelling… everything written so far is undone.</source>
        <translation>Membatalkan… semua yang sudah ditulis dibatalkan.</translation>
    </message>
    <message>
        <source>Done in {seconds} s: {rows} rows and {files} photos and videos ({size} MB) are on the server, and every table has the same number of rows on both sides. The data on this PC was left as it is.</source>
        <translation>Selesai dalam {seconds} detik: {rows} baris dan {files} foto dan video ({size} MB) sudah ada di server, dan setiap tabel memiliki jumlah baris yang sama di kedua sisi. Data di PC ini tetap seperti semula.</translation>
    </message>
    <message>
        <source>photos and videos</source>
        <translation>foto dan video</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancelled. The server database is still empty.</source>
        <translation>Dibatalkan. Basis data di server tetap kosong.</translation>
    </message>
    <message>
        <source>The data was not moved; the server database is still empty.</source>
        <translation>Data tidak dipindahkan; basis data di server tetap kosong.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%n more</source>
        <translation>+%n lainnya</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Kalender bulan</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Program name</source>
        <translation>Nama program</translation>
    </message>
    <message>
        <source>e.g. Cegah Stunting</source>
        <translation>mis. Cegah Stunting</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit data note</source>
        <translation>Ubah data pendukung</translation>
    </message>
    <message>
        <source>New data note</source>
        <translation>Data pendukung baru</translation>
    </message>
    <message>
        <source>e.g. Complete basic immunisation coverage</source>
        <translation>mis. Cakupan imunisasi dasar lengkap</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Judul *</translation>
    </message>
    <message>
        <source>e.g. 1.245.300 or 92,4</source>
        <translation>mis. 1.245.300 atau 92,4</translation>
    </message>
    <message>
        <source>e.g. dosis, %, kasus</source>
        <translation>mis. dosis, %, kasus</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Value *</source>
        <translation>Nilai *</translation>
    </message>
    <message>
        <source>e.g. January–May 2022</source>
        <translation>mis. Januari–Mei 2022</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Figure as of</source>
        <translation>Data per</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>e.g. Dinas Kesehatan, Bidang P2P</source>
        <translation>mis. Dinas Kesehatan, Bidang P2P</translation>
    </message>
    <message>
        <source>Source *</source>
        <translation>Sumber *</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (tidak wajib)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>separated by commas, e.g. imunisasi, balita</source>
        <translation>dipisah koma, mis. imunisasi, balita</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Select a data note to see its details.</source>
        <translation>Pilih sebuah data pendukung untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Citation for captions</source>
        <translation>Kutipan untuk keterangan (caption)</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Salin kutipan</translation>
    </message>
    <message>
        <source>Copy the figure and its source, to paste into a caption</source>
        <translation>Salin angka beserta sumbernya untuk ditempel ke caption</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Lampirkan berkas…</translation>
    </message>
    <message>
        <source>Cited in posts</source>
        <translation>Dikutip di posting</translation>
    </message>
    <message>
        <source>Cite in post…</source>
        <translation>Kutip di posting…</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Hapus kutipan</translation>
    </message>
    <message numerus="yes">
        <source>Out of date: this figure is %n day(s) old (the limit is {limit} days). Look for newer data before citing it.</source>
        <translation>
            <numerusform>Kedaluwarsa: angka ini sudah berumur %n hari (batasnya {limit} hari). Cari data yang lebih baru sebelum mengutipnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>per {date}</translation>
    </message>
    <message>
        <source>recorded {when}</source>
        <translation>dicatat {when}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Period / as of</source>
        <translation>Periode / per tanggal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>No file. Attach the report or letter it comes from.</source>
        <translation>Belum ada berkas. Lampirkan laporan atau surat asal data ini.</translation>
    </message>
    <message>
        <source>Replace file…</source>
        <translation>Ganti berkas…</translation>
    </message>
    <message>
        <source>Not cited in any post yet.</source>
        <translation>Belum dikutip di posting mana pun.</translation>
    </message>
    <message>
        <source>Posts that cite this data note</source>
        <translation>Posting yang mengutip data ini</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Kutip</translation>
    </message>
    <message>
        <source>Cite data note</source>
        <translation>Kutip data pendukung</translation>
    </message>
    <message>
        <source>Attach the report or letter (photo or PDF)</source>
        <translation>Lampirkan laporan atau surat (foto atau PDF)</translation>
    </message>
    <message>
        <source>Delete data note</source>
        <translation>Hapus data pendukung</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Hapus “{title}”? Penghapusan tidak dapat diurungkan.</translation>
    </message>
</context>
<context>
    <name>NotePicker</name>
    <message>
        <source>Insert data note</source>
        <translation>Sisipkan data pendukung</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Sisipkan</translation>
    </message>
    <message>
        <source>Search by title, tag, source or figure</source>
        <translation>Cari menurut judul, tag, sumber atau angka</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Up to date?</source>
        <translation>Kemutakhiran</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Mutakhir</translation>
    </message>
    <message>
        <source>Choose a note to see the text that goes into the caption.</source>
        <translation>Pilih data untuk melihat teks yang akan masuk ke caption.</translation>
    </message>
    <message>
        <source>No data note matches</source>
        <translation>Tidak ada data pendukung yang cocok</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”. Search for part of a title, a tag or a source.</source>
        <translation>Tidak ada yang cocok dengan “{text}”. Cari sebagian judul, tag atau sumber.</translation>
    </message>
    <message>
        <source>No data notes yet</source>
        <translation>Belum ada data pendukung</translation>
    </message>
    <message>
        <source>Record figures with their sources on the Arahan &amp; Data page (tab “Supporting data”), or import them from a CSV file; then insert them here.</source>
        <translation>Catat angka beserta sumbernya di halaman Arahan &amp; Data (tab “Data Pendukung”) atau impor dari berkas CSV; setelah itu sisipkan di sini.</translation>
    </message>
    <message>
        <source>Goes into the caption:</source>
        <translation>Yang masuk ke caption:</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Dikutip</translation>
    </message>
    <message>
        <source>Up to date?</source>
        <translation>Kemutakhiran</translation>
    </message>
    <message numerus="yes">
        <source>This figure is %n day(s) old, older than the limit of {limit} days. Look for newer data before citing it.</source>
        <translation>
            <numerusform>Angka ini berumur %n hari, melewati batas {limit} hari. Cari data yang lebih baru sebelum mengutipnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Mutakhir</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} kosong</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>{field} lebih dari {limit} karakter</translation>
    </message>
    <message>
        <source>“{value}” is not a web link (it must start with http:// or https://)</source>
        <translation>“{value}” bukan tautan web (harus diawali http:// atau https://)</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a number</source>
        <translation>{field} “{value}” bukan angka</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a date (use 20/06/2022 or 2022-06-20)</source>
        <translation>{field} “{value}” bukan tanggal (gunakan 20/06/2022 atau 2022-06-20)</translation>
    </message>
    <message>
        <source>the row has {count} columns, the header has {expected}</source>
        <translation>jumlah kolom baris ini {count}, sedangkan baris judul {expected}</translation>
    </message>
    <message>
        <source>{field} holds an invisible control character ({value}); remove it</source>
        <translation>{field} memuat karakter kendali yang tidak terlihat ({value}); hapus karakter itu</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a time the platforms&apos; exports write</source>
        <translation>{field} “{value}” bukan waktu yang ditulis ekspor platform</translation>
    </message>
    <message>
        <source>{field} “{value}” is far larger than any audience</source>
        <translation>{field} “{value}” jauh lebih besar daripada audiens mana pun</translation>
    </message>
    <message>
        <source>the same post is on line {line} already</source>
        <translation>posting yang sama sudah ada di baris {line}</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Search title, source, period, figure or tag</source>
        <translation>Cari judul, sumber, periode, angka atau tag</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>Out of date only</source>
        <translation>Hanya yang kedaluwarsa</translation>
    </message>
    <message>
        <source>Import table…</source>
        <translation>Impor tabel…</translation>
    </message>
    <message>
        <source>Columns: judul; nilai; satuan; periode; per_tanggal; sumber; tautan; tag</source>
        <translation>Kolom: judul; nilai; satuan; periode; per_tanggal; sumber; tautan; tag</translation>
    </message>
    <message>
        <source>New data note…</source>
        <translation>Data pendukung baru…</translation>
    </message>
    <message numerus="yes">
        <source>%n data note(s)</source>
        <translation>
            <numerusform>%n data pendukung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out of date (older than {days} days)</source>
        <translation>
            <numerusform>%n kedaluwarsa (lebih dari {days} hari)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the figures your posts cite here, with their source and date, so every caption can name where a number comes from. Add one with “New data note…” or import a table with “Import table…”.</source>
        <translation>Simpan di sini angka yang dikutip posting Anda, lengkap dengan sumber dan tanggalnya, agar setiap caption dapat menyebut asal angkanya. Tambahkan dengan “Data pendukung baru…” atau impor tabel dengan “Impor tabel…”.</translation>
    </message>
    <message>
        <source>Data note not found</source>
        <translation>Data pendukung tidak ditemukan</translation>
    </message>
    <message>
        <source>This data note no longer exists: it has been deleted.</source>
        <translation>Data pendukung ini sudah tidak ada karena telah dihapus.</translation>
    </message>
    <message>
        <source>Import data notes from a table</source>
        <translation>Impor data pendukung dari tabel</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabel (*.csv *.txt *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>No data notes yet</source>
        <translation>Belum ada data pendukung</translation>
    </message>
    <message>
        <source>No data note matches</source>
        <translation>Tidak ada data pendukung yang cocok</translation>
    </message>
    <message>
        <source>Clear the search or the filters to see the others.</source>
        <translation>Kosongkan pencarian atau penyaring untuk melihat yang lain.</translation>
    </message>
    <message numerus="yes">
        <source>%n data note(s) imported</source>
        <translation>
            <numerusform>%n data pendukung diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present, skipped</source>
        <translation>
            <numerusform>%n sudah ada, dilewati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message numerus="yes">
        <source>%n unread reminder(s)</source>
        <translation>
            <numerusform>%n pengingat belum dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
</context>
<context>
    <name>NotificationCard</name>
    <message>
        <source>Missed</source>
        <translation>Terlewat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Was due {when}</source>
        <translation>Jatuh tempo {when}</translation>
    </message>
    <message>
        <source>Shown {when}</source>
        <translation>Ditampilkan {when}</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>No notifications. Upcoming reminders are on the Reminders page.</source>
        <translation>Tidak ada notifikasi. Pengingat yang akan datang ada di halaman Pengingat.</translation>
    </message>
    <message>
        <source>All reminders…</source>
        <translation>Semua pengingat…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) fell due while Sosmed Desktop was not running.</source>
        <translation>
            <numerusform>%n pengingat jatuh tempo saat Sosmed Desktop tidak berjalan.</numerusform>
        </translation>
    </message>
    <message>
        <source>It last ran on {when}.</source>
        <translation>Terakhir berjalan {when}.</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Laporan Bulanan</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>A new password for {name} ({username}). Tell it to them in person.</source>
        <translation>Kata sandi baru untuk {name} ({username}). Sampaikan langsung kepada yang bersangkutan.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Minimal {count} karakter.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>PastSchedule</name>
    <message>
        <source>Submit it for approval anyway?</source>
        <translation>Tetap ajukan untuk persetujuan?</translation>
    </message>
    <message>
        <source>Approve it anyway?</source>
        <translation>Tetap setujui?</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Tetap ekspor?</translation>
    </message>
    <message>
        <source>The scheduled time has passed</source>
        <translation>Jadwal tayang sudah lewat</translation>
    </message>
    <message>
        <source>The scheduled time has passed:
{times}
The post would go out late. {question}</source>
        <translation>Jadwal tayang sudah lewat:
{times}
Posting akan tayang terlambat. {question}</translation>
    </message>
</context>
<context>
    <name>PeriodHeader</name>
    <message>
        <source>New post</source>
        <translation>Posting baru</translation>
    </message>
    <message>
        <source>New post ({keys})</source>
        <translation>Posting baru ({keys})</translation>
    </message>
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
    <message>
        <source>Commemorative days…</source>
        <translation>Hari peringatan…</translation>
    </message>
    <message>
        <source>The commemorative days marked every year</source>
        <translation>Hari peringatan yang ditandai setiap tahun</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <source>Some files were not added</source>
        <translation>Beberapa berkas tidak ditambahkan</translation>
    </message>
</context>
<context>
    <name>PlatformTab</name>
    <message>
        <source>Same as the master caption</source>
        <translation>Sama dengan caption utama</translation>
    </message>
    <message>
        <source>Caption for %s</source>
        <translation>Caption untuk %s</translation>
    </message>
    <message>
        <source>How the photos are framed on this platform: the preview and the package show them so. Photos edited in the studio keep their other edits.</source>
        <translation>Cara foto dibingkai di platform ini: pratinjau dan paket menampilkannya persis begitu. Foto yang disunting di studio tetap menyimpan suntingan lainnya.</translation>
    </message>
    <message>
        <source>{label} — default</source>
        <translation>{label} — bawaan</translation>
    </message>
    <message>
        <source>Uncropped</source>
        <translation>Tidak dipotong</translation>
    </message>
    <message>
        <source>Framing:</source>
        <translation>Bingkai:</translation>
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
        <source>Photos</source>
        <translation>Foto</translation>
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
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
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
        <source>Working…</source>
        <translation>Sedang diproses…</translation>
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
        <source>{title} – post</source>
        <translation>{title} – posting</translation>
    </message>
    <message>
        <source>This post is approved. Saving these changes withdraws the approval and sends it back for review.</source>
        <translation>Posting ini sudah disetujui. Menyimpan perubahan ini akan menarik persetujuan dan mengembalikannya untuk diperiksa ulang.</translation>
    </message>
</context>
<context>
    <name>PostLeadsDialog</name>
    <message>
        <source>Reminders for this post</source>
        <translation>Pengingat untuk posting ini</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Use the general setting ({leads})</source>
        <translation>Pakai pengaturan umum ({leads})</translation>
    </message>
    <message>
        <source>Remind me before this post:</source>
        <translation>Ingatkan saya sebelum posting ini:</translation>
    </message>
</context>
<context>
    <name>PostList</name>
    <message>
        <source>Post</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PostPicker</name>
    <message>
        <source>Search posts by title or caption</source>
        <translation>Cari posting menurut judul atau caption</translation>
    </message>
    <message>
        <source>Select one or more posts (Ctrl or Shift for several).</source>
        <translation>Pilih satu posting atau lebih (Ctrl atau Shift untuk beberapa).</translation>
    </message>
    <message>
        <source>No posts match. Posts are planned in the Calendar.</source>
        <translation>Tidak ada posting yang cocok. Posting direncanakan di Kalender.</translation>
    </message>
</context>
<context>
    <name>PostResultsPanel</name>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>No results of this post were imported yet. Download the platform&apos;s export and import it on the Packages page (Monthly report → Import results…).</source>
        <translation>Belum ada hasil posting ini yang diimpor. Unduh ekspor dari platformnya lalu impor di halaman Paket (Laporan Bulanan → Impor hasil…).</translation>
    </message>
    <message>
        <source>Earlier, exported {day}: {figures}</source>
        <translation>Sebelumnya, diekspor {day}: {figures}</translation>
    </message>
    <message>
        <source>From {file} ({source}), exported {day}</source>
        <translation>Dari {file} ({source}), diekspor {day}</translation>
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
    <message>
        <source>{status} · overdue</source>
        <translation>{status} · terlambat</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
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
    <message>
        <source>The department&apos;s accounts</source>
        <translation>Akun dinas di platform</translation>
    </message>
    <message>
        <source>Shown above a post in the previews and the package. Empty: the short name.</source>
        <translation>Tampil di atas posting pada pratinjau dan paket. Jika kosong: nama singkat.</translation>
    </message>
    <message>
        <source>e.g. @dinkes.kabbekasi</source>
        <translation>mis. @dinkes.kabbekasi</translation>
    </message>
</context>
<context>
    <name>ProgramsDialog</name>
    <message>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Programs group the posts and give them their colour in the calendar. An archived program is no longer offered for new posts; the posts that have it keep it.</source>
        <translation>Program mengelompokkan posting dan memberinya warna di kalender. Program yang diarsipkan tidak lagi ditawarkan untuk posting baru; posting yang sudah memakainya tetap memakainya.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Ganti nama…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Warna…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>&amp;Arsipkan</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Gab&amp;ungkan ke…</translation>
    </message>
    <message>
        <source>No programs yet. Add the department&apos;s programs, such as “Cegah Stunting”.</source>
        <translation>Belum ada program. Tambahkan program perangkat daerah Anda, misalnya “Cegah Stunting”.</translation>
    </message>
    <message>
        <source>This colour is faint on the white calendar; a darker one is easier to see.</source>
        <translation>Warna ini samar di kalender yang putih; warna yang lebih gelap lebih mudah terlihat.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n posting</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>diarsipkan</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <source>Rename program</source>
        <translation>Ganti nama program</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>Ganti nama “{name}”</translation>
    </message>
    <message>
        <source>Colour of “{name}”</source>
        <translation>Warna “{name}”</translation>
    </message>
    <message>
        <source>Archive “{name}”?</source>
        <translation>Arsipkan “{name}”?</translation>
    </message>
    <message numerus="yes">
        <source>It is no longer offered for new posts and leaves the calendar&apos;s legend. Its %n post(s) keep it and its colour.</source>
        <translation>
            <numerusform>Program ini tidak lagi ditawarkan untuk posting baru dan hilang dari keterangan warna kalender. %n postingnya tetap memakai program dan warnanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <source>Archive “{name}”</source>
        <translation>Arsipkan “{name}”</translation>
    </message>
    <message>
        <source>Bring back “{name}”</source>
        <translation>Pulihkan “{name}”</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) move to “{target}”.</source>
        <translation>
            <numerusform>%n posting pindah ke “{target}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) in the trash move too.</source>
        <translation>
            <numerusform>%n posting di tempat sampah ikut pindah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n direction(s) move too.</source>
        <translation>
            <numerusform>%n arahan ikut pindah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then “{source}” is removed. Undo here brings it back.</source>
        <translation>Lalu “{source}” dihapus. Urungkan di jendela ini mengembalikannya.</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”?</source>
        <translation>Gabungkan “{source}” ke “{target}”?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”</source>
        <translation>Gabungkan “{source}” ke “{target}”</translation>
    </message>
    <message>
        <source>Program colour</source>
        <translation>Warna program</translation>
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
    <name>RecordPanel</name>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Lampirkan berkas…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Photos and PDF ({patterns});;All files (*)</source>
        <translation>Foto dan PDF ({patterns});;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Hapus lampiran</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Looking for a usable backup…</source>
        <translation>Mencari cadangan yang dapat dipakai…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <source>No backup that passes the check was found in {folder}. The damaged file was left untouched. Sosmed Desktop will close.</source>
        <translation>Tidak ada cadangan yang lolos pemeriksaan di {folder}. Berkas yang rusak dibiarkan apa adanya. Sosmed Desktop akan ditutup.</translation>
    </message>
    <message>
        <source>The newest backup that passes the check was made on {when} ({size}). Restore it? The damaged file is kept beside it under a new name; changes made after the backup are not in it.</source>
        <translation>Cadangan terbaru yang lolos pemeriksaan dibuat pada {when} ({size}). Pulihkan cadangan itu? Berkas yang rusak disimpan di sebelahnya dengan nama baru; perubahan setelah cadangan dibuat tidak ikut di dalamnya.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Pulihkan cadangan ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Cadangan telah dipulihkan.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name}.</source>
        <translation>Berkas yang rusak disimpan sebagai {name}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>Sosmed Desktop will close.</source>
        <translation>Sosmed Desktop akan ditutup.</translation>
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
    <name>ReminderActions</name>
    <message>
        <source>In 10 minutes</source>
        <translation>10 menit lagi</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 jam lagi</translation>
    </message>
    <message>
        <source>Tomorrow at 08:00</source>
        <translation>Besok pukul 08.00</translation>
    </message>
</context>
<context>
    <name>ReminderHub</name>
    <message>
        <source>Sosmed Desktop is still running</source>
        <translation>Sosmed Desktop masih berjalan</translation>
    </message>
    <message>
        <source>Reminders keep coming while the window is closed. Quit from this icon&apos;s menu or with File → Quit; change this on the Reminders page.</source>
        <translation>Pengingat tetap muncul walau jendela ditutup. Keluar lewat menu ikon ini atau Berkas → Keluar; ubah pilihan ini di halaman Pengingat.</translation>
    </message>
    <message>
        <source>Missed reminders</source>
        <translation>Pengingat terlewat</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) fell due while Sosmed Desktop was not running.</source>
        <translation>
            <numerusform>%n pengingat jatuh tempo saat Sosmed Desktop tidak berjalan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backup written: {name}</source>
        <translation>Cadangan otomatis ditulis: {name}</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Before each scheduled post:</source>
        <translation>Sebelum setiap posting terjadwal:</translation>
    </message>
    <message>
        <source>Morning agenda at</source>
        <translation>Agenda pagi pukul</translation>
    </message>
    <message>
        <source>Waiting for approval longer than</source>
        <translation>Menunggu persetujuan lebih dari</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>Not exported, the day before at</source>
        <translation>Belum diekspor, H-1 pukul</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Tetap berjalan di baki sistem saat jendela ditutup</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation>Desktop ini tidak memiliki baki sistem: menutup jendela berarti keluar.</translation>
    </message>
    <message>
        <source>Start Sosmed Desktop when I log in</source>
        <translation>Jalankan Sosmed Desktop saat saya masuk ke komputer</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%n day(s)</source>
        <translation>%n hari</translation>
    </message>
    <message>
        <source>%n hour(s)</source>
        <translation>%n jam</translation>
    </message>
    <message>
        <source>%n minute(s)</source>
        <translation>%n menit</translation>
    </message>
    <message>
        <source>Post in {lead}</source>
        <translation>Posting {lead} lagi</translation>
    </message>
    <message>
        <source>Waiting for approval for over {wait}</source>
        <translation>Menunggu persetujuan lebih dari {wait}</translation>
    </message>
    <message>
        <source>Approved post not exported yet</source>
        <translation>Posting disetujui belum diekspor</translation>
    </message>
    <message>
        <source>Direction due</source>
        <translation>Arahan jatuh tempo</translation>
    </message>
    <message>
        <source>Agenda for {day}: %n post(s)</source>
        <translation>Agenda {day}: %n posting</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>dan %n lainnya</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>Tenggat {when}</translation>
    </message>
    <message>
        <source>Scheduled {when}</source>
        <translation>Dijadwalkan {when}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Ditampilkan</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Terlewat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>%n reminder(s)</source>
        <translation>%n pengingat</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminder settings</source>
        <translation>Pengaturan pengingat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Tunda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Lead times for this post…</source>
        <translation>Waktu pengingat posting ini…</translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n akan datang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n terlewat</numerusform>
        </translation>
    </message>
    <message>
        <source>Upcoming ({count})</source>
        <translation>Akan datang ({count})</translation>
    </message>
    <message>
        <source>Missed ({count})</source>
        <translation>Terlewat ({count})</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Lead times of the post saved</source>
        <translation>Waktu pengingat posting disimpan</translation>
    </message>
    <message>
        <source>Reminder settings saved</source>
        <translation>Pengaturan pengingat disimpan</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message>
        <source>Repeat post</source>
        <translation>Posting berulang</translation>
    </message>
    <message>
        <source>“{title}” on {date} at {time} {zone} becomes the first post of the series. Every later date gets a draft copy of it, which you can edit, approve or move on its own.</source>
        <translation>“{title}” pada {date} pukul {time} {zone} menjadi posting pertama seri ini. Setiap tanggal berikutnya mendapat salinan draf yang dapat disunting, disetujui, atau dipindahkan sendiri-sendiri.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Mingguan</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Berulang</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Setiap</translation>
    </message>
    <message>
        <source>On the same day of every month; months without this day use their last day.</source>
        <translation>Pada tanggal yang sama setiap bulan; bulan yang tidak memiliki tanggal ini memakai tanggal terakhirnya.</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Setelah</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Pada</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Berakhir</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> minggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> post(s)</source>
        <translation>
            <numerusform> posting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n post(s)</source>
        <translation>
            <numerusform>Buat %n posting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) in the series</source>
        <translation>
            <numerusform>%n posting dalam seri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this one and %n new draft(s).</source>
        <translation>
            <numerusform>posting ini dan %n draf baru.</numerusform>
        </translation>
    </message>
    <message>
        <source>(this post)</source>
        <translation>(posting ini)</translation>
    </message>
    <message>
        <source>public holiday: {name}</source>
        <translation>libur nasional: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) fall on a public holiday. The posts are made anyway; move them in the calendar if needed.</source>
        <translation>
            <numerusform>%n tanggal jatuh pada hari libur nasional. Postingnya tetap dibuat; pindahkan di kalender bila perlu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDashboard</name>
    <message>
        <source>Previous month</source>
        <translation>Bulan sebelumnya</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Bulan berikutnya</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Simpan CSV…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>Impor hasil…</translation>
    </message>
    <message>
        <source>Import a platform&apos;s own export of how the posts did (CSV or Excel)</source>
        <translation>Impor ekspor platform tentang capaian posting (CSV atau Excel)</translation>
    </message>
    <message>
        <source>posts scheduled</source>
        <translation>postingan terjadwal</translation>
    </message>
    <message>
        <source>published</source>
        <translation>diunggah</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>tepat waktu</translation>
    </message>
    <message>
        <source>directions still open</source>
        <translation>arahan masih terbuka</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>Postingan per minggu</translation>
    </message>
    <message>
        <source>Posts per platform</source>
        <translation>Postingan per platform</translation>
    </message>
    <message>
        <source>Status pipeline</source>
        <translation>Alur status</translation>
    </message>
    <message>
        <source>Programs covered</source>
        <translation>Program yang diliput</translation>
    </message>
    <message>
        <source>Directions given this month</source>
        <translation>Arahan yang diberikan bulan ini</translation>
    </message>
    <message>
        <source>Published on time</source>
        <translation>Ketepatan waktu unggah</translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation>Angka dan grafik</translation>
    </message>
    <message>
        <source>No program</source>
        <translation>Tanpa program</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Selesai dijawab</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Masih terbuka</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Past due, not published</source>
        <translation>Lewat jadwal, belum diunggah</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Jadwal belum tiba</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Simpan laporan bulanan</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Laporan disimpan: {path}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Checking the backup (integrity check)…</source>
        <translation>Memeriksa cadangan (pemeriksaan integritas)…</translation>
    </message>
    <message>
        <source>Copying the backup…</source>
        <translation>Menyalin cadangan…</translation>
    </message>
    <message>
        <source>Keeping the current data as a backup…</source>
        <translation>Menyimpan data saat ini sebagai cadangan…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Memasang cadangan…</translation>
    </message>
    <message>
        <source>Opening the restored data…</source>
        <translation>Membuka data yang dipulihkan…</translation>
    </message>
</context>
<context>
    <name>ResultFilesDialog</name>
    <message>
        <source>Imported result files</source>
        <translation>Berkas hasil yang diimpor</translation>
    </message>
    <message>
        <source>No result file was imported yet.</source>
        <translation>Belum ada berkas hasil yang diimpor.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Remove file…</source>
        <translation>Hapus berkas…</translation>
    </message>
    <message numerus="yes">
        <source>Remove {file} (exported {day}) and its %n row(s) of figures? Other exports of the same posts stay. The file can be imported again.</source>
        <translation>
            <numerusform>Hapus {file} (diekspor {day}) beserta %n baris angkanya? Ekspor lain untuk posting yang sama tetap ada. Berkas ini dapat diimpor lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove result file</source>
        <translation>Hapus berkas hasil</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Post id</source>
        <translation>ID posting</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>Waktu terbit</translation>
    </message>
    <message>
        <source>Title or text</source>
        <translation>Judul atau teks</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresi</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <source>Reactions / likes</source>
        <translation>Reaksi / suka</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Dibagikan</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Klik tautan</translation>
    </message>
</context>
<context>
    <name>ResultsImportDialog</name>
    <message>
        <source>Import platform results</source>
        <translation>Impor hasil platform</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Kolom mana berisi apa?</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Berisi</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolom berkas</translation>
    </message>
    <message>
        <source>Read with this mapping</source>
        <translation>Baca dengan pemetaan ini</translation>
    </message>
    <message>
        <source>Figures exported on</source>
        <translation>Angka diekspor pada</translation>
    </message>
    <message>
        <source>Accept likely matches</source>
        <translation>Terima semua kemungkinan cocok</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Baris berkas</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Baca ulang berkas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>What column {name} holds</source>
        <translation>Isi kolom {name}</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— tidak dipakai —</translation>
    </message>
    <message numerus="yes">
        <source>Export of {source}, {platform} · %n row(s) · {figures}</source>
        <translation>
            <numerusform>Ekspor {source}, {platform} · %n baris · {figures}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tied by their link</source>
        <translation>
            <numerusform>%n terhubung lewat tautannya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely by publish time: choose the post</source>
        <translation>
            <numerusform>%n kemungkinan cocok lewat waktu terbit: pilih postingnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not planned in the app</source>
        <translation>
            <numerusform>%n tidak direncanakan di aplikasi</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported before; importing it again changes nothing.</source>
        <translation>Berkas ini sudah pernah diimpor; mengimpornya lagi tidak mengubah apa pun.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be imported while %n row(s) have problems. Fix them in the file, save it and press “Read the file again”.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor selama %n baris masih bermasalah. Perbaiki di berkasnya, simpan, lalu tekan “Baca ulang berkas”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Impor %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Post on the platform</source>
        <translation>Posting di platform</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Post in the app</source>
        <translation>Posting di aplikasi</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>by its link</source>
        <translation>lewat tautannya</translation>
    </message>
    <message>
        <source>as before</source>
        <translation>seperti sebelumnya</translation>
    </message>
    <message>
        <source>not planned in the app</source>
        <translation>tidak direncanakan di aplikasi</translation>
    </message>
    <message>
        <source>Post of line {line}</source>
        <translation>Posting baris {line}</translation>
    </message>
    <message>
        <source>— not tied (not planned) —</source>
        <translation>— tidak dihubungkan (tidak direncanakan) —</translation>
    </message>
</context>
<context>
    <name>ResultsSection</name>
    <message>
        <source>Results from the platforms</source>
        <translation>Hasil dari platform</translation>
    </message>
    <message>
        <source>Imported files…</source>
        <translation>Berkas yang diimpor…</translation>
    </message>
    <message>
        <source>The result files imported so far; remove one</source>
        <translation>Berkas hasil yang sudah diimpor; hapus yang keliru</translation>
    </message>
    <message>
        <source>Best posts of each platform</source>
        <translation>Posting terbaik tiap platform</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>No results of this month&apos;s posts were imported. Download the export of each platform (Meta Business Suite: Insights → Content → Export; TikTok Studio, X and YouTube Studio: Analytics → Export) and press “Import results…”.</source>
        <translation>Belum ada hasil posting bulan ini yang diimpor. Unduh ekspor setiap platform (Meta Business Suite: Insights → Konten → Ekspor; TikTok Studio, X, dan YouTube Studio: Analitik → Ekspor) lalu tekan “Impor hasil…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) on {platform}</source>
        <translation>
            <numerusform>%n posting di {platform}</numerusform>
        </translation>
    </message>
    <message>
        <source>No results yet for {posts} published this month.</source>
        <translation>Belum ada hasil untuk {posts} yang terbit bulan ini.</translation>
    </message>
    <message>
        <source>{program} ({platform}, {measure}): {total}</source>
        <translation>{program} ({platform}, {measure}): {total}</translation>
    </message>
    <message>
        <source>No program</source>
        <translation>Tanpa program</translation>
    </message>
    <message>
        <source>By program: {parts}</source>
        <translation>Per program: {parts}</translation>
    </message>
    <message numerus="yes">
        <source>Direction “{direction}” on {platform}: %n post(s), {measure} {total}</source>
        <translation>
            <numerusform>Arahan “{direction}” di {platform}: %n posting, {measure} {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>{platform}: {measure} per month</source>
        <translation>{platform}: {measure} per bulan</translation>
    </message>
    <message numerus="yes">
        <source>{platform}: %n post(s)</source>
        <translation>
            <numerusform>{platform}: %n posting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not planned in the app)</source>
        <translation>
            <numerusform>(%n tidak direncanakan di aplikasi)</numerusform>
        </translation>
    </message>
    <message>
        <source>export of {source}, downloaded {day}</source>
        <translation>ekspor {source}, diunduh {day}</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation>Sumber: {sources}</translation>
    </message>
    <message>
        <source>Import a platform&apos;s results</source>
        <translation>Impor hasil platform</translation>
    </message>
    <message>
        <source>Platform exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Ekspor platform (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n result row(s) imported</source>
        <translation>
            <numerusform>%n baris hasil diimpor</numerusform>
        </translation>
    </message>
    <message>
        <source>{matched} tied to posts, {unplanned} not planned</source>
        <translation>{matched} terhubung ke posting, {unplanned} tidak direncanakan</translation>
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
    <message>
        <source>Open warnings</source>
        <translation>Peringatan yang masih terbuka</translation>
    </message>
    <message>
        <source>None: the checks found nothing to weigh.</source>
        <translation>Tidak ada: pemeriksaan tidak menemukan hal yang perlu dipertimbangkan.</translation>
    </message>
    <message>
        <source>You approve the post with these points open:</source>
        <translation>Anda menyetujui posting ini dengan catatan berikut masih terbuka:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Posts, directions, data notes… (&quot;exact phrase&quot;, -exclude)</source>
        <translation>Posting, arahan, data pendukung… (&quot;frasa persis&quot;, -kecualikan)</translation>
    </message>
    <message>
        <source>Searches post titles, captions, tags and notes; who gave a direction, its text and program; data notes&apos; titles, figures, sources and tags.</source>
        <translation>Mencari di judul, caption, label, dan catatan posting; pemberi, isi, dan program arahan; serta judul, angka, sumber, dan label data pendukung.</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Ketik untuk mencari.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Found: {counts}</source>
        <translation>Ditemukan: {counts}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Tidak ada yang cocok.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n posting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n direction(s)</source>
        <translation>
            <numerusform>%n arahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data note(s)</source>
        <translation>
            <numerusform>%n data pendukung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchHits</name>
    <message>
        <source>Post</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arahan</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>per {date}</translation>
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
    <name>Series</name>
    <message>
        <source>Repeat post</source>
        <translation>Jadwal berulang</translation>
    </message>
</context>
<context>
    <name>SeriesTools</name>
    <message>
        <source>Repeat…</source>
        <translation>Jadwal berulang…</translation>
    </message>
    <message>
        <source>Open another post of this series</source>
        <translation>Buka posting lain dari seri ini</translation>
    </message>
    <message>
        <source>Part of a series: {number} of {total}</source>
        <translation>Bagian dari seri: {number} dari {total}</translation>
    </message>
    <message>
        <source>Save the post first, then repeat it weekly or monthly.</source>
        <translation>Simpan posting ini dulu, lalu jadwalkan berulang setiap minggu atau setiap bulan.</translation>
    </message>
    <message>
        <source>This post already belongs to a series.</source>
        <translation>Posting ini sudah termasuk dalam satu seri.</translation>
    </message>
    <message>
        <source>Repeat this post weekly or monthly (creates a draft for each date)</source>
        <translation>Jadwalkan posting ini berulang setiap minggu atau setiap bulan (membuat draf untuk setiap tanggal)</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s) created in the series.</source>
        <translation>
            <numerusform>%n posting baru dibuat dalam seri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo moves them to the trash; each one can be edited.</source>
        <translation>Urungkan memindahkannya ke tempat sampah; setiap posting dapat disunting sendiri.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) of the series moved to the trash.</source>
        <translation>
            <numerusform>%n posting seri dipindahkan ke tempat sampah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) of the series restored.</source>
        <translation>
            <numerusform>%n posting seri dipulihkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerIndicator</name>
    <message>
        <source>Server not connected — retrying…</source>
        <translation>Server tidak terhubung — mencoba lagi…</translation>
    </message>
    <message>
        <source>The database server cannot be reached. What you type is kept on this PC; saving works again as soon as the server answers.</source>
        <translation>Server basis data tidak dapat dihubungi. Yang Anda ketik disimpan di PC ini; menyimpan bisa lagi begitu server menjawab.</translation>
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
        <source>Studio</source>
        <translation>Studio</translation>
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
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Data notes older than this are marked out of date, and posts citing them get a warning</source>
        <translation>Data pendukung yang lebih tua dari ini ditandai kedaluwarsa, dan posting yang mengutipnya mendapat peringatan</translation>
    </message>
    <message>
        <source>Data notes out of date after</source>
        <translation>Data pendukung kedaluwarsa setelah</translation>
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
        <source>Database</source>
        <translation>Basis data</translation>
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
        <source>\\server\share\sosmed or https://…</source>
        <translation>\\server\share\sosmed atau https://…</translation>
    </message>
    <message>
        <source>Where your IT department keeps new versions: a shared folder or web address holding sosmed-desktop-version.json and the installer (Help → Check for updates)</source>
        <translation>Tempat bagian TI menyimpan versi baru: folder bersama atau alamat web berisi sosmed-desktop-version.json dan penginstalnya (Bantuan → Periksa pembaruan)</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Pembaruan</translation>
    </message>
    <message>
        <source>Choose logo (PNG)…</source>
        <translation>Pilih logo (PNG)…</translation>
    </message>
    <message>
        <source>Department logo</source>
        <translation>Logo instansi</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Size (% of the width)</source>
        <translation>Ukuran (% lebar)</translation>
    </message>
    <message>
        <source>Opacity (%)</source>
        <translation>Kepekatan (%)</translation>
    </message>
    <message>
        <source>Margin (% of the width)</source>
        <translation>Jarak tepi (% lebar)</translation>
    </message>
    <message>
        <source>The logo is copied into the data folder. The studio and the batch tool start from these settings; each image can still change them.</source>
        <translation>Logo disalin ke folder data. Studio dan alat sekaligus memakai pengaturan ini sebagai awal; setiap gambar tetap dapat mengubahnya.</translation>
    </message>
    <message>
        <source>No logo yet</source>
        <translation>Belum ada logo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
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
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Sign in to the team database</source>
        <translation>Masuk ke basis data tim</translation>
    </message>
    <message>
        <source>Everyone in the team works with their own account, so that approvals and the history name the right person.
Server: {server}</source>
        <translation>Setiap anggota tim bekerja dengan akunnya sendiri, agar persetujuan dan riwayat mencatat orang yang tepat.
Server: {server}</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Please enter your username and password.</source>
        <translation>Silakan isi nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in {seconds} s.</source>
        <translation>Terlalu banyak percobaan yang salah: coba lagi dalam {seconds} detik.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Out of date: %n day(s) old (limit {limit})</source>
        <translation>Kedaluwarsa: berumur %n hari (batas {limit})</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Insert data note…</source>
        <translation>Sisipkan data pendukung…</translation>
    </message>
    <message>
        <source>Insert a figure with its source at the caption cursor ({keys})</source>
        <translation>Sisipkan angka beserta sumbernya di posisi kursor pada caption ({keys})</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>Top left</source>
        <translation>Kiri atas</translation>
    </message>
    <message>
        <source>Top centre</source>
        <translation>Tengah atas</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Kanan atas</translation>
    </message>
    <message>
        <source>Middle left</source>
        <translation>Kiri tengah</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Tengah</translation>
    </message>
    <message>
        <source>Middle right</source>
        <translation>Kanan tengah</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Kiri bawah</translation>
    </message>
    <message>
        <source>Bottom centre</source>
        <translation>Tengah bawah</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Kanan bawah</translation>
    </message>
</context>
<context>
    <name>StudioDialog</name>
    <message>
        <source>Image studio</source>
        <translation>Studio gambar</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>potong</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Same edits for all</source>
        <translation>Samakan suntingan</translation>
    </message>
    <message>
        <source>Give every rendition the adjustments, logo and text of this one</source>
        <translation>Beri semua versi penyesuaian, logo, dan teks versi ini</translation>
    </message>
    <message>
        <source>Rule of thirds</source>
        <translation>Garis sepertiga</translation>
    </message>
    <message>
        <source>Story safe zone</source>
        <translation>Area aman story</translation>
    </message>
    <message>
        <source>Marks the top and bottom bands that Instagram and TikTok cover on stories</source>
        <translation>Menandai pita atas dan bawah yang tertutup tampilan Instagram dan TikTok pada story</translation>
    </message>
    <message>
        <source>Renditions</source>
        <translation>Versi gambar</translation>
    </message>
    <message>
        <source>Rendition to add</source>
        <translation>Versi yang ditambahkan</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Penyesuaian</translation>
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
        <source>Saved recipes</source>
        <translation>Resep tersimpan</translation>
    </message>
    <message>
        <source>Apply recipe</source>
        <translation>Terapkan resep</translation>
    </message>
    <message>
        <source>Save recipe…</source>
        <translation>Simpan resep…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Attach to post…</source>
        <translation>Lampirkan ke posting…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Image studio — {title}</source>
        <translation>Studio gambar — {title}</translation>
    </message>
    <message>
        <source>Free ratio</source>
        <translation>Rasio bebas</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>sunting</translation>
    </message>
    <message>
        <source>add rendition</source>
        <translation>tambah versi</translation>
    </message>
    <message>
        <source>remove rendition</source>
        <translation>hapus versi</translation>
    </message>
    <message>
        <source>same edits for all</source>
        <translation>samakan suntingan</translation>
    </message>
    <message>
        <source>apply recipe</source>
        <translation>terapkan resep</translation>
    </message>
    <message>
        <source>Unsaved renditions</source>
        <translation>Versi gambar belum disimpan</translation>
    </message>
    <message>
        <source>The renditions were changed but not exported or attached to a post. Export them before closing?</source>
        <translation>Versi gambar sudah diubah tetapi belum diekspor atau dilampirkan ke posting. Ekspor dulu sebelum menutup?</translation>
    </message>
    <message>
        <source>Output {width}×{height} px, no location or camera data</source>
        <translation>Hasil {width}×{height} px, tanpa data lokasi atau kamera</translation>
    </message>
    <message>
        <source>Export renditions to</source>
        <translation>Ekspor versi gambar ke</translation>
    </message>
    <message>
        <source>%n image(s) exported to {folder}</source>
        <translation>%n gambar diekspor ke {folder}</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>Simpan resep</translation>
    </message>
    <message>
        <source>Name of the recipe</source>
        <translation>Nama resep</translation>
    </message>
    <message>
        <source>Recipe saved.</source>
        <translation>Resep disimpan.</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>belum dijadwalkan</translation>
    </message>
    <message>
        <source>There is no unpublished post to attach to.</source>
        <translation>Tidak ada posting yang belum terbit untuk dilampiri.</translation>
    </message>
    <message>
        <source>Attach to post</source>
        <translation>Lampirkan ke posting</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Only renditions for a platform can be attached.</source>
        <translation>Hanya versi untuk suatu platform yang dapat dilampirkan.</translation>
    </message>
    <message>
        <source>%n rendition(s) attached to the post.</source>
        <translation>%n versi gambar dilampirkan ke posting.</translation>
    </message>
    <message>
        <source>The post was approved: it now needs approval again.</source>
        <translation>Posting ini sudah disetujui: sekarang perlu disetujui ulang.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Tenggat minggu ini</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>No post yet</source>
        <translation>Belum ada posting</translation>
    </message>
    <message>
        <source>New or in progress</source>
        <translation>Baru atau sedang dikerjakan</translation>
    </message>
    <message>
        <source>Open, due from now until Sunday</source>
        <translation>Terbuka, tenggatnya dari sekarang sampai hari Minggu</translation>
    </message>
    <message>
        <source>Open and past the due date</source>
        <translation>Terbuka dan sudah lewat tenggat</translation>
    </message>
    <message>
        <source>Open, with no post linked yet</source>
        <translation>Terbuka, belum ada posting yang ditautkan</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Reviewer (head of department)</source>
        <translation>Pemeriksa (kepala perangkat daerah)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Your role does not allow editing.</source>
        <translation>Peran Anda tidak mengizinkan penyuntingan.</translation>
    </message>
    <message>
        <source>Only a reviewer (head of department) can approve or ask for a revision.</source>
        <translation>Hanya pemeriksa (kepala perangkat daerah) yang dapat menyetujui atau meminta revisi.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator sees every department.</source>
        <translation>Hanya koordinator atau administrator yang melihat semua perangkat daerah.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator exports and imports packages.</source>
        <translation>Hanya koordinator atau administrator yang mengekspor dan mengimpor paket.</translation>
    </message>
    <message>
        <source>Only an administrator manages users and departments.</source>
        <translation>Hanya administrator yang mengelola pengguna dan perangkat daerah.</translation>
    </message>
</context>
<context>
    <name>TeamSession</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Tim</translation>
    </message>
    <message>
        <source>&amp;Users &amp;&amp; departments…</source>
        <translation>&amp;Pengguna &amp;&amp; perangkat daerah…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Ganti kata sandi…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar akun</translation>
    </message>
    <message>
        <source>Please sign in</source>
        <translation>Silakan masuk</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda sudah diganti.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar akun</translation>
    </message>
    <message>
        <source>Close the open post editors first (save or discard their changes).</source>
        <translation>Tutup dulu jendela penyunting konten yang masih terbuka (simpan atau buang perubahannya).</translation>
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
    <name>Tray</name>
    <message>
        <source>Show Sosmed Desktop</source>
        <translation>Tampilkan Sosmed Desktop</translation>
    </message>
    <message>
        <source>Notifications…</source>
        <translation>Notifikasi…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>No place to look for updates is set. Your IT department can enter the shared folder or web address where it keeps new versions under Settings → Data &amp; database → Updates.</source>
        <translation>Belum ada tempat untuk mencari pembaruan. Bagian TI dapat mengisi folder bersama atau alamat web tempat versi baru disimpan di Pengaturan → Data &amp; basis data → Pembaruan.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Buka Pengaturan</translation>
    </message>
    <message>
        <source>You have the newest version ({current}). Checked: {source}</source>
        <translation>Anda sudah memakai versi terbaru ({current}). Diperiksa: {source}</translation>
    </message>
    <message>
        <source>Version {latest} is available (this is {current}).

{notes}

Sosmed Desktop closes when the installer opens; your data stays as it is.</source>
        <translation>Versi {latest} tersedia (ini {current}).

{notes}

Sosmed Desktop ditutup saat penginstal dibuka; data Anda tetap seperti adanya.</translation>
    </message>
    <message>
        <source>Open the installer</source>
        <translation>Buka penginstal</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>The installer could not be opened: {target}</source>
        <translation>Penginstal tidak dapat dibuka: {target}</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Periksa pembaruan</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Ubah pengguna</translation>
    </message>
    <message>
        <source>— none (sees every department) —</source>
        <translation>— tidak ada (melihat semua perangkat daerah) —</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users &amp; departments</source>
        <translation>Pengguna &amp; perangkat daerah</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation>Kepala perangkat daerah</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Pengguna aktif</translation>
    </message>
    <message>
        <source>Add department…</source>
        <translation>Tambah perangkat daerah…</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Perangkat daerah</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>Belum ada kata sandi</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Semua perangkat daerah</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Nonaktifkan akun</translation>
    </message>
    <message>
        <source>Deactivate the account of {name}? They can no longer sign in; what they wrote and approved stays in the history.</source>
        <translation>Nonaktifkan akun {name}? Yang bersangkutan tidak dapat masuk lagi; apa yang pernah ditulis dan disetujuinya tetap tercatat di riwayat.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Kalender minggu</translation>
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
<context>
    <name>WindowCommands</name>
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
        <source>Export &amp;calendar…</source>
        <translation>Ekspor &amp;kalender…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>&amp;Cadangan…</translation>
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
        <source>&amp;Search…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>&amp;Hashtag groups &amp;&amp; snippets…</source>
        <translation>Kelompok &amp;tagar &amp;&amp; potongan teks…</translation>
    </message>
    <message>
        <source>&amp;Programs…</source>
        <translation>&amp;Program…</translation>
    </message>
    <message>
        <source>&amp;Dictionary…</source>
        <translation>&amp;Kamus…</translation>
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
        <source>&amp;Guide</source>
        <translation>P&amp;anduan</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Buka folder &amp;log</translation>
    </message>
    <message>
        <source>Check for &amp;updates…</source>
        <translation>Periksa &amp;pembaruan…</translation>
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
    <message numerus="yes">
        <source>Calendar written: {name} (%n post(s))</source>
        <translation>
            <numerusform>Kalender ditulis: {name} (%n postingan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <source>Your profile (Settings → Profile)</source>
        <translation>Profil Anda (Pengaturan → Profil)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
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
</context>
</TS>
