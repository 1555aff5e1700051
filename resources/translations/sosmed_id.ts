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
        <source>{name} cannot be used as an image: {detail}</source>
        <translation>{name} tidak dapat dipakai sebagai gambar: {detail}</translation>
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
        <source>Waiting for approval longer than</source>
        <translation>Menunggu persetujuan lebih dari</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>Morning agenda at</source>
        <translation>Agenda pagi pukul</translation>
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
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Agenda for {day}: %n post(s)</source>
        <translation>
            <numerusform>Agenda {day}: %n posting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n pengingat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
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
