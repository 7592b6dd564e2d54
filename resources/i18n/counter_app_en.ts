<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>CatalogLabels</name>
    <message>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Menengah Rendah</source>
        <translation>Medium-low</translation>
    </message>
    <message>
        <source>Menengah Tinggi</source>
        <translation>Medium-high</translation>
    </message>
    <message>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Tidak diketahui</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Belum diketahui (perlu dicek)</source>
        <translation>Not known yet (to be checked)</translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari kalender</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari (satuan perlu dicek)</source>
        <translation>
            <numerusform>%n day (unit to be checked)</numerusform>
            <numerusform>%n days (unit to be checked)</numerusform>
        </translation>
    </message>
    <message>
        <source>Jumlah hari tidak terbaca dari dokumen; tinjau dan lengkapi di katalog.</source>
        <translation>The number of days could not be read from the document; review it and complete the catalog.</translation>
    </message>
    <message>
        <source>Dokumen tidak menyebut hari kerja atau hari kalender; tinjau satuannya sebelum menghitung tanggal selesai.</source>
        <translation>The document does not say working days or calendar days; review the unit before computing completion dates.</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>{text} (perlu dicek)</source>
        <translation>{text} (to be checked)</translation>
    </message>
    <message>
        <source>Loket (Front Office)</source>
        <translation>Counter (front office)</translation>
    </message>
    <message>
        <source>Back Office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Pimpinan/Supervisor</source>
        <translation>Head/supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Khusus</source>
        <translation>Specific</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Fc.</source>
        <translation>Photocopy</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Opsional</source>
        <translation>Optional</translation>
    </message>
    <message numerus="yes">
        <source>%n lembar</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Cari nama jenis izin atau kode KBLI (Ctrl+F)</source>
        <translation>Search permit type name or KBLI code (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message numerus="yes">
        <source>%n jenis izin di katalog</source>
        <translation>
            <numerusform>%n permit type in the catalog</numerusform>
            <numerusform>%n permit types in the catalog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dari {total} jenis izin cocok</source>
        <translation>
            <numerusform>%n of {total} permit types matches</numerusform>
            <numerusform>%n of {total} permit types match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Loket MPP</source>
        <translation>Loket MPP</translation>
    </message>
    <message>
        <source>Terjadi kesalahan. Sebutkan kode {reference} kepada petugas TI; rinciannya tercatat di log.</source>
        <translation>Something went wrong. Give the code {reference} to IT support; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loket MPP</source>
        <translation>Loket MPP</translation>
    </message>
    <message>
        <source>Katalog Izin</source>
        <translation>Permit Catalog</translation>
    </message>
    <message>
        <source>&amp;Cari jenis izin</source>
        <translation>&amp;Find permit type</translation>
    </message>
    <message>
        <source>&amp;Muat ulang katalog</source>
        <translation>&amp;Reload catalog</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Aplikasi</source>
        <translation>&amp;Application</translation>
    </message>
</context>
<context>
    <name>PermitDetail</name>
    <message>
        <source>Pilih jenis izin di tabel untuk melihat rinciannya.</source>
        <translation>Select a permit type in the table to see its details.</translation>
    </message>
    <message>
        <source>&amp;Versi:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Kode:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Risiko:</source>
        <translation>Risk:</translation>
    </message>
    <message>
        <source>KBLI:</source>
        <translation>KBLI:</translation>
    </message>
    <message>
        <source>Jangka waktu:</source>
        <translation>Completion time:</translation>
    </message>
    <message>
        <source>Mulai dihitung:</source>
        <translation>Counted from:</translation>
    </message>
    <message>
        <source>Biaya:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>Produk:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Teks yang tidak terbaca importir: bagian dokumen yang tidak dapat ditempatkan di komponen mana pun. Periksa dan perbaiki katalog bila perlu.</source>
        <translation>Text the importer could not read: parts of the document that fit no component. Check them and correct the catalog if needed.</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Tahapan</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Teks tidak terbaca</source>
        <translation>Unread text</translation>
    </message>
    <message>
        <source>Teks dokumen: {text}</source>
        <translation>Document text: {text}</translation>
    </message>
    <message numerus="yes">
        <source>Persyaratan (%n)</source>
        <translation>
            <numerusform>Requirements (%n)</numerusform>
            <numerusform>Requirements (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tahapan (%n)</source>
        <translation>
            <numerusform>Stages (%n)</numerusform>
            <numerusform>Stages (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{version} (terbaru)</source>
        <translation>{version} (latest)</translation>
    </message>
</context>
<context>
    <name>PermitTableModel</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>KBLI</source>
        <translation>KBLI</translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>RequirementTreeModel</name>
    <message>
        <source>Persyaratan</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>StageTableModel</name>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Time budget</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Menengah Rendah</source>
        <translation>Medium-low</translation>
    </message>
    <message>
        <source>Menengah Tinggi</source>
        <translation>Medium-high</translation>
    </message>
    <message>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Tidak diketahui</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>belum diketahui</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>{days} hari kerja</source>
        <translation>{days} working days</translation>
    </message>
    <message>
        <source>{days} hari kalender</source>
        <translation>{days} calendar days</translation>
    </message>
    <message>
        <source>{days} hari (satuan perlu dicek)</source>
        <translation>{days} days (unit to be checked)</translation>
    </message>
    <message>
        <source>berkas tidak ditemukan; periksa nama dan lokasinya</source>
        <translation>file not found; check its name and location</translation>
    </message>
    <message>
        <source>ini sebuah folder; sebutkan berkas dokumennya</source>
        <translation>this is a folder; name the document file</translation>
    </message>
    <message>
        <source>berkas tidak dapat dibaca ({error})</source>
        <translation>the file cannot be read ({error})</translation>
    </message>
    <message>
        <source>Jenis izin dengan kode {code} tidak ditemukan; lihat daftar kode dengan &apos;counter-app catalog list&apos;.</source>
        <translation>Permit type with code {code} not found; see the list of codes with &apos;counter-app catalog list&apos;.</translation>
    </message>
    <message>
        <source>Jenis izin {code} versi {version} tidak ditemukan.</source>
        <translation>Permit type {code} version {version} not found.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>katalog jenis izin</source>
        <translation>permit type catalog</translation>
    </message>
    <message>
        <source>perintah</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>impor dokumen Standar Pelayanan (teks)</source>
        <translation>import Standar Pelayanan documents (text)</translation>
    </message>
    <message>
        <source>keluaran JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>daftar jenis izin (versi terbaru)</source>
        <translation>list permit types (latest versions)</translation>
    </message>
    <message>
        <source>rincian satu jenis izin</source>
        <translation>details of one permit type</translation>
    </message>
    <message>
        <source>versi tertentu</source>
        <translation>a specific version</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>versi baru</source>
        <translation>new version</translation>
    </message>
    <message>
        <source>tidak berubah</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>{source}: {code} versi {version} ({status}), {count} butir persyaratan</source>
        <translation>{source}: {code} version {version} ({status}), {count} requirement items</translation>
    </message>
    <message>
        <source>  ? tidak ditempatkan: {text}</source>
        <translation>  ? not placed: {text}</translation>
    </message>
    <message>
        <source>KODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>VERSI</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>RISIKO</source>
        <translation>RISK</translation>
    </message>
    <message>
        <source>JANGKA WAKTU</source>
        <translation>COMPLETION TIME</translation>
    </message>
    <message>
        <source>NAMA</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>{code} — {name} (versi {version})</source>
        <translation>{code} — {name} (version {version})</translation>
    </message>
    <message>
        <source>Jenis: {kind}   Risiko: {risk}</source>
        <translation>Kind: {kind}   Risk: {risk}</translation>
    </message>
    <message>
        <source>Jangka waktu: {sla}</source>
        <translation>Completion time: {sla}</translation>
    </message>
    <message>
        <source>Biaya: {fee}</source>
        <translation>Fee: {fee}</translation>
    </message>
    <message>
        <source>Produk: {product}</source>
        <translation>Product: {product}</translation>
    </message>
    <message>
        <source>Persyaratan:</source>
        <translation>Requirements:</translation>
    </message>
    <message>
        <source>opsional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Tahapan:</source>
        <translation>Stages:</translation>
    </message>
    <message>
        <source>Teks yang tidak ditempatkan:</source>
        <translation>Text not placed:</translation>
    </message>
    <message>
        <source>Loket MPP: pendaftaran berkas perizinan di loket DPMPTSP/MPP.</source>
        <translation>Loket MPP: registering permit applications at the DPMPTSP/MPP counter.</translation>
    </message>
    <message>
        <source>basis data: path berkas SQLite atau URL PostgreSQL (bawaan: env COUNTER_APP_DB, lalu berkas SQLite di folder data pengguna)</source>
        <translation>database: SQLite file path or PostgreSQL URL (default: env COUNTER_APP_DB, then an SQLite file in the user data folder)</translation>
    </message>
    <message>
        <source>tampilkan log di stderr</source>
        <translation>show the log on stderr</translation>
    </message>
    <message>
        <source>buka aplikasi desktop (bawaan)</source>
        <translation>open the desktop app (default)</translation>
    </message>
    <message>
        <source>pengelolaan basis data</source>
        <translation>database management</translation>
    </message>
    <message>
        <source>buat atau perbarui skema basis data ke versi terbaru</source>
        <translation>create or upgrade the database schema to the latest version</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan (referensi {reference}); detailnya ada di log {path}.</source>
        <translation>Something went wrong (reference {reference}); the details are in the log {path}.</translation>
    </message>
    <message>
        <source>Skema basis data pada revisi {revision}.</source>
        <translation>Database schema at revision {revision}.</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>Jenis izin {code} sudah disimpan bersamaan oleh proses lain; tidak ada yang disimpan dari impor ini. Ulangi impor.</source>
        <translation>Permit type {code} was stored at the same time by another process; nothing from this import was stored. Run the import again.</translation>
    </message>
    <message>
        <source>Jenis izin {code} versi {version} sudah tersimpan; tidak ada yang disimpan dari impor ini. Ulangi impor untuk membuat versi baru.</source>
        <translation>Permit type {code} version {version} is already stored; nothing from this import was stored. Run the import again to make a new version.</translation>
    </message>
    <message>
        <source>{code}: terlalu panjang ({length} karakter, paling banyak {limit})</source>
        <translation>{code}: too long ({length} characters, at most {limit})</translation>
    </message>
    <message>
        <source>Basis data {target} sedang dikunci oleh program lain. Tunggu sebentar lalu coba lagi; bila terus terjadi, tutup aplikasi loket lain yang memakai berkas yang sama.</source>
        <translation>The database {target} is locked by another program. Wait a moment and try again; if it keeps happening, close the other counter apps that use the same file.</translation>
    </message>
    <message>
        <source>Berkas basis data {target} tidak dapat dibuka. Periksa bahwa foldernya ada dan Anda berhak membaca dan menulis di sana, atau perbaiki path pada --db / COUNTER_APP_DB.</source>
        <translation>The database file {target} cannot be opened. Check that its folder exists and that you may read and write there, or correct the path in --db / COUNTER_APP_DB.</translation>
    </message>
    <message>
        <source>Berkas {target} bukan basis data SQLite atau rusak. Periksa path pada --db / COUNTER_APP_DB, atau pulihkan berkasnya dari cadangan.</source>
        <translation>The file {target} is not an SQLite database or is damaged. Check the path in --db / COUNTER_APP_DB, or restore the file from a backup.</translation>
    </message>
    <message>
        <source>Disk tempat basis data {target} penuh. Kosongkan ruang disk lalu coba lagi.</source>
        <translation>The disk holding the database {target} is full. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>Basis data {target} hanya dapat dibaca. Periksa hak akses berkas dan foldernya.</source>
        <translation>The database {target} is read-only. Check the permissions of the file and its folder.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan baca/tulis disk pada basis data {target}. Periksa disknya dan jangan menaruh basis data di folder jaringan.</source>
        <translation>A disk read/write error occurred on the database {target}. Check the disk, and do not keep the database in a network folder.</translation>
    </message>
    <message>
        <source>Basis data {database} tidak ada di server PostgreSQL {server}. Buat dulu basis datanya (createdb {database}) atau perbaiki namanya pada --db / COUNTER_APP_DB.</source>
        <translation>The database {database} does not exist on the PostgreSQL server {server}. Create it first (createdb {database}) or correct its name in --db / COUNTER_APP_DB.</translation>
    </message>
    <message>
        <source>Server PostgreSQL {target} menolak login pengguna {user}. Periksa nama pengguna dan kata sandi pada --db / COUNTER_APP_DB.</source>
        <translation>The PostgreSQL server {target} refused the login of user {user}. Check the user name and password in --db / COUNTER_APP_DB.</translation>
    </message>
    <message>
        <source>koneksi ditolak, tidak ada server yang mendengarkan di port itu</source>
        <translation>connection refused, no server is listening on that port</translation>
    </message>
    <message>
        <source>nama host tidak dikenal</source>
        <translation>unknown host name</translation>
    </message>
    <message>
        <source>waktu tunggu koneksi habis</source>
        <translation>the connection timed out</translation>
    </message>
    <message>
        <source>koneksi terputus</source>
        <translation>the connection was lost</translation>
    </message>
    <message>
        <source>Server PostgreSQL {target} tidak dapat dihubungi: {reason}. Periksa bahwa server menyala, jaringan tersambung, dan alamat serta port pada --db / COUNTER_APP_DB benar.</source>
        <translation>The PostgreSQL server {target} cannot be reached: {reason}. Check that the server is running, the network is connected, and the address and port in --db / COUNTER_APP_DB are right.</translation>
    </message>
    <message>
        <source>Basis data {target} bukan basis data aplikasi loket, atau skemanya belum dibuat. Periksa --db / COUNTER_APP_DB; aplikasi membuat skemanya sendiri saat dijalankan.</source>
        <translation>The database {target} is not a counter app database, or its schema has not been created. Check --db / COUNTER_APP_DB; the app creates its schema itself when it starts.</translation>
    </message>
    <message>
        <source>Basis data {target} sudah berisi tabel lain dan bukan basis data aplikasi loket; aplikasi tidak akan mengubahnya. Pilih berkas atau basis data lain pada --db / COUNTER_APP_DB.</source>
        <translation>The database {target} already holds other tables and is not a counter app database; the app will not change it. Choose another file or database in --db / COUNTER_APP_DB.</translation>
    </message>
    <message>
        <source>Basis data {target} memakai skema versi {revision} yang tidak dikenal versi aplikasi ini (mungkin dibuat oleh versi aplikasi yang lebih baru, atau bukan basis data aplikasi loket). Perbarui aplikasi atau pilih basis data lain pada --db / COUNTER_APP_DB.</source>
        <translation>The database {target} uses schema version {revision}, which this version of the app does not know (perhaps made by a newer version, or not a counter app database). Update the app or choose another database in --db / COUNTER_APP_DB.</translation>
    </message>
    <message>
        <source>Gunakan path berkas SQLite (mis. /var/lib/loket/loket.db atau C:\Loket\loket.db), sqlite:///path/ke/loket.db, atau postgresql://pengguna@host:5432/nama_basis_data.</source>
        <translation>Use an SQLite file path (e.g. /var/lib/loket/loket.db or C:\Loket\loket.db), sqlite:///path/to/loket.db, or postgresql://user@host:5432/database_name.</translation>
    </message>
    <message>
        <source>Alamat basis data kosong.</source>
        <translation>The database address is empty.</translation>
    </message>
    <message>
        <source>SQLite di memori ({value}) tidak dapat dipakai: datanya hilang saat aplikasi ditutup.</source>
        <translation>In-memory SQLite ({value}) cannot be used: its data is lost when the app closes.</translation>
    </message>
    <message>
        <source>Alamat basis data {value} tidak dikenali.</source>
        <translation>The database address {value} is not recognised.</translation>
    </message>
    <message>
        <source>{path} adalah sebuah folder; sebutkan berkas basis datanya, mis. {example}.</source>
        <translation>{path} is a folder; name the database file, e.g. {example}.</translation>
    </message>
    <message>
        <source>Folder {folder} untuk basis data tidak dapat dibuat ({error}); periksa path dan hak aksesnya.</source>
        <translation>The folder {folder} for the database cannot be created ({error}); check the path and its permissions.</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <source>berkas kosong; yang diharapkan adalah teks dokumen Standar Pelayanan</source>
        <translation>the file is empty; expected the text of a Standar Pelayanan document</translation>
    </message>
    <message>
        <source>bukan teks UTF-8 (byte tidak sah di posisi {position}); simpan ulang dokumen sebagai teks UTF-8 lalu impor kembali</source>
        <translation>not UTF-8 text (invalid byte at position {position}); save the document again as UTF-8 text and import it again</translation>
    </message>
    <message>
        <source>berkas biner, bukan teks; yang diharapkan adalah teks dokumen Standar Pelayanan (hasil konversi PDF ke teks)</source>
        <translation>a binary file, not text; expected the text of a Standar Pelayanan document (converted from PDF to text)</translation>
    </message>
    <message>
        <source>bukan dokumen Standar Pelayanan: komponen Persyaratan dan Jangka Waktu/Biaya/Produk/Prosedur tidak ditemukan; yang diharapkan adalah teks Standar Pelayanan dengan komponen-komponennya</source>
        <translation>not a Standar Pelayanan document: the Persyaratan and Jangka Waktu/Biaya/Produk/Prosedur components were not found; expected the text of a Standar Pelayanan with its components</translation>
    </message>
    <message>
        <source>judul layanan tidak ditemukan; nama diambil dari nama berkas</source>
        <translation>service title not found; the name comes from the file name</translation>
    </message>
    <message>
        <source>tidak ada butir persyaratan yang terbaca</source>
        <translation>no requirement item could be read</translation>
    </message>
    <message>
        <source>jangka waktu penyelesaian tidak terbaca; periksa dan isi manual</source>
        <translation>completion time could not be read; check it and fill it in by hand</translation>
    </message>
    <message>
        <source>satuan jangka waktu ({text}) tidak menyebut hari kerja/kalender; perlu dikonfirmasi</source>
        <translation>the completion time ({text}) does not say working or calendar days; needs confirming</translation>
    </message>
    <message>
        <source>biaya/tarif tidak terbaca sebagai gratis atau nominal; periksa</source>
        <translation>fee could not be read as free or as an amount; check it</translation>
    </message>
    <message>
        <source>tahapan proses memakai templat bawaan kantor (prosedur dokumen tidak merinci tahapan)</source>
        <translation>process stages use the office&apos;s default template (the document&apos;s procedure does not list stages)</translation>
    </message>
    <message>
        <source>{count} bagian teks tidak dapat ditempatkan; lihat &apos;unplaced&apos;</source>
        <translation>{count} parts of the text could not be placed; see &apos;unplaced&apos;</translation>
    </message>
</context>
</TS>
