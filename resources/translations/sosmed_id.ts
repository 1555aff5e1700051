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
    <name>CropCanvas</name>
    <message>
        <source>Loading photo…</source>
        <translation>Memuat foto…</translation>
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
        <source>The edit settings are not valid: {detail}</source>
        <translation>Pengaturan suntingan tidak valid: {detail}</translation>
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
        <source>Sosmed Desktop</source>
        <translation>Sosmed Desktop</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search title, file, camera, tag…</source>
        <translation>Cari judul, berkas, kamera, tag…</translation>
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
    <name>MediaImport</name>
    <message>
        <source>Some files were not imported</source>
        <translation>Beberapa berkas tidak diimpor</translation>
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
    <message numerus="yes">
        <source>Move %n item(s) to the trash?</source>
        <translation>
            <numerusform>Pindahkan %n item ke sampah?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are used in posts or notes. They stay attached there and can be restored from the trash.</source>
        <translation>
            <numerusform>%n di antaranya dipakai di posting atau catatan. Item itu tetap terlampir di sana dan dapat dipulihkan dari sampah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Pindahkan ke sampah</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) restored.</source>
        <translation>
            <numerusform>%n item dipulihkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) moved to the trash.</source>
        <translation>
            <numerusform>%n item dipindahkan ke sampah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Kosongkan sampah</translation>
    </message>
    <message>
        <source>Delete the items in the trash for good? Items used in posts are kept.</source>
        <translation>Hapus item di sampah untuk selamanya? Item yang dipakai di posting tetap disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted for good</source>
        <translation>
            <numerusform>%n item dihapus untuk selamanya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n kept because they are used</source>
        <translation>
            <numerusform>, %n disimpan karena masih dipakai</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a photo first.</source>
        <translation>Pilih sebuah foto lebih dulu.</translation>
    </message>
    <message>
        <source>Select the photos first.</source>
        <translation>Pilih fotonya lebih dulu.</translation>
    </message>
</context>
<context>
    <name>MediaSidePanel</name>
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
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
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
        <source>Output {width}×{height} px, no location or camera data</source>
        <translation>Hasil {width}×{height} px, tanpa data lokasi atau kamera</translation>
    </message>
    <message>
        <source>Export renditions to</source>
        <translation>Ekspor versi gambar ke</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) exported to {folder}</source>
        <translation>
            <numerusform>%n gambar diekspor ke {folder}</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n rendition(s) attached to the post.</source>
        <translation>
            <numerusform>%n versi gambar dilampirkan ke posting.</numerusform>
        </translation>
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
