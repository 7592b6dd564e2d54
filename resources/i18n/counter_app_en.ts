<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ApplicantForm</name>
    <message>
        <source>sesuai KTP/paspor</source>
        <translation>as on the ID card/passport</translation>
    </message>
    <message>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>&amp;WNA</source>
        <translation>Forei&amp;gner</translation>
    </message>
    <message>
        <source>Warga negara asing: isi nomor paspor; NIK boleh kosong</source>
        <translation>Foreign national: enter the passport number; the NIK may stay empty</translation>
    </message>
    <message>
        <source>nomor paspor (WNA)</source>
        <translation>passport number (foreigners)</translation>
    </message>
    <message>
        <source>tempat lahir</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Tanggal lahir (opsional): 17-08-1985 atau 1985-08-17</source>
        <translation>Date of birth (optional): 17-08-1985 or 1985-08-17</translation>
    </message>
    <message>
        <source>alamat sesuai KTP</source>
        <translation>address as on the ID card</translation>
    </message>
    <message>
        <source>0812 3456 7890</source>
        <translation>0812 3456 7890</translation>
    </message>
    <message>
        <source>nama@contoh.go.id (opsional)</source>
        <translation>name@example.go.id (optional)</translation>
    </message>
    <message>
        <source>Pelaku &amp;usaha</source>
        <translation>B&amp;usiness</translation>
    </message>
    <message>
        <source>nama usaha / perusahaan</source>
        <translation>business / company name</translation>
    </message>
    <message>
        <source>Perseorangan</source>
        <translation>Sole proprietor</translation>
    </message>
    <message>
        <source>Badan usaha</source>
        <translation>Business entity</translation>
    </message>
    <message>
        <source>13 angka (opsional)</source>
        <translation>13 digits (optional)</translation>
    </message>
    <message>
        <source>15 atau 16 angka (opsional)</source>
        <translation>15 or 16 digits (optional)</translation>
    </message>
    <message>
        <source>&amp;PMA (penanaman modal asing)</source>
        <translation>&amp;PMA (foreign investment)</translation>
    </message>
    <message>
        <source>&amp;Nama lengkap:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>NI&amp;K:</source>
        <translation>NI&amp;K:</translation>
    </message>
    <message>
        <source>Paspo&amp;r:</source>
        <translation>Passpor&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Tempat lahir:</source>
        <translation>Place of &amp;birth:</translation>
    </message>
    <message>
        <source>Tangga&amp;l lahir:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>T&amp;elepon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Nama usaha:</source>
        <translation>Business name:</translation>
    </message>
    <message>
        <source>Bentuk:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>NIB:</source>
        <translation>NIB:</translation>
    </message>
    <message>
        <source>NPWP:</source>
        <translation>NPWP:</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak terbaca; tulis HH-BB-TTTT (misalnya 17-08-1985) atau TTTT-BB-HH</source>
        <translation>The date of birth cannot be read; write DD-MM-YYYY (for example 17-08-1985) or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Perhatian: {message}</source>
        <translation>Note: {message}</translation>
    </message>
</context>
<context>
    <name>ApplicantSearch</name>
    <message>
        <source>Cari pemohon: NIK, NIB, telepon atau nama</source>
        <translation>Find an applicant: NIK, NIB, phone or name</translation>
    </message>
    <message>
        <source>&amp;Cari pemohon:</source>
        <translation>&amp;Find applicant:</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n pemohon ditemukan — Enter memilih, ↓↑ berpindah</source>
        <translation>
            <numerusform>%n applicant found — Enter picks, ↓↑ move</numerusform>
            <numerusform>%n applicants found — Enter picks, ↓↑ move</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum pernah mendaftar — Enter: isi data pemohon baru</source>
        <translation>Not registered before — Enter: type in a new applicant</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Perhatian</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Sesuai jadwal</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Back Office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>&amp;Teruskan…</source>
        <translation>&amp;Pass on…</translation>
    </message>
    <message>
        <source>&amp;Kembalikan ke pemohon…</source>
        <translation>&amp;Return to the applicant…</translation>
    </message>
    <message>
        <source>&amp;Ajukan kembali…</source>
        <translation>Re&amp;submit…</translation>
    </message>
    <message>
        <source>To&amp;lak…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>&amp;Batalkan kejadian terakhir…</source>
        <translation>&amp;Undo the last event…</translation>
    </message>
    <message>
        <source>&amp;Serah terima…</source>
        <translation>&amp;Handover…</translation>
    </message>
    <message>
        <source>Batalkan &amp;pendaftaran (BATAL)…</source>
        <translation>&amp;Void the registration…</translation>
    </message>
    <message>
        <source>Teruskan</source>
        <translation>Pass on</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Ajukan kembali</source>
        <translation>Resubmit</translation>
    </message>
    <message>
        <source>Tolak berkas</source>
        <translation>Reject the file</translation>
    </message>
    <message>
        <source>Batalkan kejadian</source>
        <translation>Undo the event</translation>
    </message>
    <message>
        <source>Batalkan pendaftaran</source>
        <translation>Void the registration</translation>
    </message>
    <message>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Berkas {reg_no} akan diteruskan dari {stage} ke {next}.</source>
        <translation>File {reg_no} will be passed from {stage} to {next}.</translation>
    </message>
    <message>
        <source>Berkas {reg_no} akan dikembalikan ke pemohon dari tahap {stage}; jam SLA berhenti sampai berkas diajukan kembali.</source>
        <translation>File {reg_no} will be returned to the applicant from stage {stage}; the SLA clock stops until the file is resubmitted.</translation>
    </message>
    <message>
        <source>Berkas {reg_no} akan diajukan kembali ke tahap {stage}; jam SLA berjalan lagi.</source>
        <translation>File {reg_no} will be resubmitted to stage {stage}; the SLA clock runs again.</translation>
    </message>
    <message>
        <source>Berkas {reg_no} akan ditolak di tahap {stage} dan ditutup. Ini tidak dapat diteruskan lagi.</source>
        <translation>File {reg_no} will be rejected at stage {stage} and closed. It cannot be passed on any more.</translation>
    </message>
    <message>
        <source>Kejadian terakhir berkas {reg_no} ({what}) akan dibatalkan; berkas kembali ke tahap {stage}. Kejadian itu tetap tercatat di kartu.</source>
        <translation>The last event of file {reg_no} ({what}) will be undone; the file goes back to stage {stage}. The event stays recorded on the card.</translation>
    </message>
    <message>
        <source>Berkas {reg_no} akan dicatat sudah diserahkan kepada penerima.</source>
        <translation>File {reg_no} will be recorded as handed over to the recipient.</translation>
    </message>
    <message>
        <source>Pendaftaran {reg_no} akan dibatalkan (BATAL) dan kartunya ditutup; tanda terima dan kartu bertanda BATAL, dan nomornya tidak dipakai lagi. Ini tidak dapat di-undo.</source>
        <translation>Registration {reg_no} will be voided and its card closed; the receipt and the card show VOID, and the number is never used again. This cannot be undone.</translation>
    </message>
    <message>
        <source>{action} — masuk {stage}</source>
        <translation>{action} — into {stage}</translation>
    </message>
    <message>
        <source>{action}: {source} → {target}</source>
        <translation>{action}: {source} → {target}</translation>
    </message>
    <message>
        <source>{action} (di {stage})</source>
        <translation>{action} (at {stage})</translation>
    </message>
    <message>
        <source>Diterima oleh {name}; dokumen diperiksa: {document}</source>
        <translation>Received by {name}; document checked: {document}</translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>tanpa SLA</source>
        <translation>no SLA</translation>
    </message>
    <message numerus="yes">
        <source>lewat %n hari</source>
        <translation>
            <numerusform>%n day over</numerusform>
            <numerusform>%n days over</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF ukuran A4 (*.pdf)</source>
        <translation>A4 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF ukuran A5 (*.pdf)</source>
        <translation>A5 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Simpan kartu kendali</source>
        <translation>Save the control card</translation>
    </message>
    <message>
        <source>{by} · {role} · loket {counter}</source>
        <translation>{by} · {role} · counter {counter}</translation>
    </message>
</context>
<context>
    <name>BackOfficeTab</name>
    <message>
        <source>nama petugas</source>
        <translation>officer&apos;s name</translation>
    </message>
    <message>
        <source>Nama petugas</source>
        <translation>Officer&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Petugas:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>P&amp;eran:</source>
        <translation>Rol&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Baca antrean lagi (Ctrl+R)</source>
        <translation>Read the queue again (Ctrl+R)</translation>
    </message>
    <message>
        <source>Pindai &amp;&amp; &amp;teruskan…</source>
        <translation>Scan &amp;&amp; pass &amp;on…</translation>
    </message>
    <message>
        <source>Pindai setumpuk tanda terima atau kartu, lalu teruskan semuanya sekaligus (Ctrl+T)</source>
        <translation>Scan a stack of receipts or cards, then pass them all on at once (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Serah terima…</source>
        <translation>&amp;Handover…</translation>
    </message>
    <message>
        <source>Pindai tanda terima pemohon dan catat penyerahan izin (Ctrl+H)</source>
        <translation>Scan the applicant&apos;s receipt and record the permit handover (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Cetak kartu kendali…</source>
        <translation>Print &amp;control card…</translation>
    </message>
    <message>
        <source>Simpan kartu kendali berkas terpilih sebagai PDF (Ctrl+P)</source>
        <translation>Save the selected file&apos;s control card as a PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>No. registrasi atau nama pemohon; Enter membuka (Ctrl+F)</source>
        <translation>Registration no. or applicant&apos;s name; Enter opens (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ca&amp;ri:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Ta&amp;hap:</source>
        <translation>St&amp;age:</translation>
    </message>
    <message>
        <source>&amp;Jenis izin:</source>
        <translation>Permit &amp;type:</translation>
    </message>
    <message>
        <source>Terakhir &amp;oleh:</source>
        <translation>&amp;Last by:</translation>
    </message>
    <message>
        <source>Antrean berkas</source>
        <translation>File queue</translation>
    </message>
    <message>
        <source>{officer} sebagai {role}</source>
        <translation>{officer} as {role}</translation>
    </message>
    <message>
        <source>Isi nama petugas dulu (kolom Petugas di atas).</source>
        <translation>Fill in the officer&apos;s name first (the Officer field above).</translation>
    </message>
    <message>
        <source>Bertindak sebagai {role}.</source>
        <translation>Acting as {role}.</translation>
    </message>
    <message>
        <source>Memuat antrean…</source>
        <translation>Loading the queue…</translation>
    </message>
    <message>
        <source>Antrean tidak dapat dibaca.</source>
        <translation>The queue cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas di antrean</source>
        <translation>
            <numerusform>%n file in the queue</numerusform>
            <numerusform>%n files in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terlambat</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n perlu perhatian</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ditampilkan</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Semua tahap</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Semua jenis izin</source>
        <translation>All permit types</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Berkas {reg_no}: {event}.</source>
        <translation>File {reg_no}: {event}.</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas diteruskan lewat pindai.</source>
        <translation>
            <numerusform>%n file passed on by scanning.</numerusform>
            <numerusform>%n files passed on by scanning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Berkas {reg_no} diserahkan; tercatat di kartu kendali.</source>
        <translation>File {reg_no} handed over; recorded on the control card.</translation>
    </message>
    <message>
        <source>Pilih berkas dulu.</source>
        <translation>Pick a file first.</translation>
    </message>
    <message>
        <source>Menyiapkan kartu kendali {reg_no}…</source>
        <translation>Preparing the control card of {reg_no}…</translation>
    </message>
    <message>
        <source>Kartu kendali {reg_no} disimpan di {path}.</source>
        <translation>Control card {reg_no} saved in {path}.</translation>
    </message>
    <message>
        <source>Cetak kartu kendali</source>
        <translation>Print the control card</translation>
    </message>
    <message>
        <source>Kartu kendali tidak dapat disimpan di {path}: {error}</source>
        <translation>The control card cannot be saved in {path}: {error}</translation>
    </message>
</context>
<context>
    <name>CardDetail</name>
    <message>
        <source>Pilih berkas di antrean, atau pindai tanda terimanya</source>
        <translation>Pick a file in the queue, or scan its receipt</translation>
    </message>
    <message>
        <source>Pemohon:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>Jenis izin:</source>
        <translation>Permit type:</translation>
    </message>
    <message>
        <source>Tahap:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Diterima:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Estimasi selesai:</source>
        <translation>Expected completion:</translation>
    </message>
    <message>
        <source>Riwayat kartu kendali</source>
        <translation>Control card history</translation>
    </message>
    <message>
        <source>Dokumen diterima</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Cetak kartu kendali…</source>
        <translation>Print &amp;control card…</translation>
    </message>
    <message>
        <source>Simpan kartu kendali sebagai PDF (A4 atau A5) untuk dilampirkan ke berkas</source>
        <translation>Save the control card as a PDF (A4 or A5) to attach to the file</translation>
    </message>
    <message>
        <source>Kirim status lewat &amp;WhatsApp…</source>
        <translation>Send status by &amp;WhatsApp…</translation>
    </message>
    <message>
        <source>Buka WhatsApp ke nomor pemohon dengan pesan status (nomor registrasi, jenis izin, tahap, alamat halaman status) sudah terketik; pesan baru terkirim setelah Anda menekan kirim di WhatsApp</source>
        <translation>Open WhatsApp at the applicant&apos;s number with the status message (registration number, permit type, stage, status page address) typed in; it is sent only when you press send in WhatsApp</translation>
    </message>
    <message>
        <source>{name} — NIK {nik}</source>
        <translation>{name} — NIK {nik}</translation>
    </message>
    <message>
        <source>{who} — {business}</source>
        <translation>{who} — {business}</translation>
    </message>
    <message>
        <source>{name} ({code}, versi {version})</source>
        <translation>{name} ({code}, version {version})</translation>
    </message>
    <message>
        <source>{stage} — tahap {n} dari {total}; {status}</source>
        <translation>{stage} — stage {n} of {total}; {status}</translation>
    </message>
    <message>
        <source>{position}; {days} di tahap ini</source>
        <translation>{position}; {days} at this stage</translation>
    </message>
    <message>
        <source>{when} oleh {officer}</source>
        <translation>{when} by {officer}</translation>
    </message>
    <message>
        <source>tanpa batas waktu (jenis izin ini tidak menyebut waktu penyelesaian)</source>
        <translation>no time limit (this permit type states no completion time)</translation>
    </message>
    <message>
        <source>{date} (sisa SLA: {left})</source>
        <translation>{date} (SLA left: {left})</translation>
    </message>
    <message numerus="yes">
        <source>Riwayat (%n)</source>
        <translation>
            <numerusform>History (%n)</numerusform>
            <numerusform>History (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(tidak ada dokumen tercatat)</source>
        <translation>(no documents recorded)</translation>
    </message>
    <message numerus="yes">
        <source>Dokumen diterima (%n)</source>
        <translation>
            <numerusform>Documents received (%n)</numerusform>
            <numerusform>Documents received (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bertindak sebagai {role}.</source>
        <translation>Acting as {role}.</translation>
    </message>
    <message>
        <source>Tidak ada tindakan untuk {role} di tahap ini; tahap {stage} dikerjakan oleh {owner}.</source>
        <translation>No action for {role} at this stage; stage {stage} is done by {owner}.</translation>
    </message>
    <message>
        <source>Berkas sudah ditutup ({status}).</source>
        <translation>The file is closed ({status}).</translation>
    </message>
    <message>
        <source>Nomor telepon pemohon tidak dapat dipakai untuk WhatsApp.</source>
        <translation>The applicant&apos;s phone number cannot be used for WhatsApp.</translation>
    </message>
    <message>
        <source>WhatsApp atau peramban tidak dapat dibuka di komputer ini.</source>
        <translation>WhatsApp or a web browser cannot be opened on this computer.</translation>
    </message>
</context>
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
    <name>ChecklistDelegate</name>
    <message>
        <source> lbr</source>
        <translation> sh.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Bentuk</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Spasi: tandai diterima atau batal</source>
        <translation>Space: mark received or not</translation>
    </message>
    <message>
        <source>Enter atau F2: tulis catatan</source>
        <translation>Enter or F2: write a note</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Konfirmasi: {action}</source>
        <translation>Confirm: {action}</translation>
    </message>
    <message>
        <source>Dicatat atas nama: {actor}</source>
        <translation>Recorded in the name of: {actor}</translation>
    </message>
    <message>
        <source>&amp;Alasan (wajib, tercatat di kartu):</source>
        <translation>&amp;Reason (required, recorded on the card):</translation>
    </message>
    <message>
        <source>misalnya: NPWP tidak terbaca</source>
        <translation>for example: the NPWP cannot be read</translation>
    </message>
    <message>
        <source>&amp;Catatan (boleh kosong):</source>
        <translation>&amp;Note (may stay empty):</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DailyCloseDialog</name>
    <message>
        <source>Tutup harian</source>
        <translation>Daily close</translation>
    </message>
    <message>
        <source>Semua loket</source>
        <translation>All counters</translation>
    </message>
    <message>
        <source>&amp;Tampilkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Simpan &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Cetak di printer struk</source>
        <translation>&amp;Print on the receipt printer</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan {path}: {error}</source>
        <translation>Cannot save {path}: {error}</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Tutup harian dikirim ke printer struk.</source>
        <translation>Daily close sent to the receipt printer.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Terdaftar hari ini</source>
        <translation>Registered today</translation>
    </message>
    <message>
        <source>Dikembalikan hari ini (belum lengkap)</source>
        <translation>Returned today (incomplete)</translation>
    </message>
    <message>
        <source>Berkas terbuka</source>
        <translation>Open files</translation>
    </message>
    <message>
        <source>Menunggu pemohon</source>
        <translation>Waiting for the applicant</translation>
    </message>
    <message>
        <source>Lewat waktu</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Berkas terbuka per tahap:</source>
        <translation>Open files by stage:</translation>
    </message>
    <message>
        <source>Hari ini per jenis izin: {permits}</source>
        <translation>Today per permit type: {permits}</translation>
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
    <name>FileDialog</name>
    <message>
        <source>{n} lbr</source>
        <translation>{n} sheets</translation>
    </message>
    <message>
        <source>Berkas {reg_no}</source>
        <translation>File {reg_no}</translation>
    </message>
    <message>
        <source>No. registrasi:</source>
        <translation>Registration no.:</translation>
    </message>
    <message>
        <source>Kode lacak:</source>
        <translation>Tracking code:</translation>
    </message>
    <message>
        <source>Pemohon:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <source>Usaha:</source>
        <translation>Business:</translation>
    </message>
    <message>
        <source>Jenis izin:</source>
        <translation>Permit type:</translation>
    </message>
    <message>
        <source>{name} (versi {version})</source>
        <translation>{name} (version {version})</translation>
    </message>
    <message>
        <source>Diterima:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Estimasi selesai:</source>
        <translation>Expected completion:</translation>
    </message>
    <message>
        <source>Petugas:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>{officer} (loket {counter})</source>
        <translation>{officer} (counter {counter})</translation>
    </message>
    <message>
        <source>Permohonan:</source>
        <translation>Application:</translation>
    </message>
    <message>
        <source>perubahan</source>
        <translation>change request</translation>
    </message>
    <message>
        <source>(tidak ada dokumen tercatat)</source>
        <translation>(no documents recorded)</translation>
    </message>
    <message>
        <source>&amp;Cetak ulang…</source>
        <translation>&amp;Reprint…</translation>
    </message>
    <message>
        <source>Cetak tanda terima lagi, ditandai DUPLIKAT dengan alasannya</source>
        <translation>Print the receipt again, marked DUPLICATE with the reason</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Dokumen diterima:</source>
        <translation>&amp;Documents received:</translation>
    </message>
    <message>
        <source>Ri&amp;wayat cetak:</source>
        <translation>Print &amp;history:</translation>
    </message>
    <message>
        <source>{when} — {title}: {state}</source>
        <translation>{when} — {title}: {state}</translation>
    </message>
    <message>
        <source>(alasan: {reason})</source>
        <translation>(reason: {reason})</translation>
    </message>
    <message>
        <source>(belum ada pekerjaan cetak)</source>
        <translation>(no print jobs yet)</translation>
    </message>
</context>
<context>
    <name>FileLookup</name>
    <message>
        <source>Berkas {reg_no} dibuka.</source>
        <translation>File {reg_no} opened.</translation>
    </message>
    <message>
        <source>Tanda terima {reg_no} dicetak ulang (duplikat ke-{n}).</source>
        <translation>Receipt {reg_no} printed again (duplicate no. {n}).</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Akun admin pertama — Loket MPP</source>
        <translation>First admin account — Loket MPP</translation>
    </message>
    <message>
        <source>Belum ada akun pengguna. Buat akun admin pertama; admin lalu membuat akun petugas loket, back office dan supervisor.</source>
        <translation>There are no user accounts yet. Create the first admin account; the admin then creates the accounts of front-desk, back-office and supervisor staff.</translation>
    </message>
    <message>
        <source>huruf kecil, mis. admin.kantor</source>
        <translation>lower case, e.g. admin.office</translation>
    </message>
    <message>
        <source>&amp;Nama akun:</source>
        <translation>Account &amp;name:</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Sandi (min. 8 karakter):</source>
        <translation>&amp;Password (min. 8 characters):</translation>
    </message>
    <message>
        <source>&amp;Ulangi sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>&amp;Buat admin</source>
        <translation>&amp;Create admin</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Kedua sandi tidak sama; ketik ulang.</source>
        <translation>The two passwords differ; type them again.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Serah terima izin</source>
        <translation>Permit handover</translation>
    </message>
    <message>
        <source>Pindai QR tanda terima pemohon, atau ketik no. registrasi</source>
        <translation>Scan the QR on the applicant&apos;s receipt, or type the registration no.</translation>
    </message>
    <message>
        <source>Pindai tanda terima</source>
        <translation>Scan the receipt</translation>
    </message>
    <message>
        <source>&amp;Tanda terima:</source>
        <translation>&amp;Receipt:</translation>
    </message>
    <message>
        <source>Identitas pemohon — cocokkan dengan KTP</source>
        <translation>Applicant&apos;s identity — compare with the ID card</translation>
    </message>
    <message>
        <source>No. registrasi:</source>
        <translation>Registration no.:</translation>
    </message>
    <message>
        <source>Jenis izin:</source>
        <translation>Permit type:</translation>
    </message>
    <message>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <source>Tempat/tgl. lahir:</source>
        <translation>Place/date of birth:</translation>
    </message>
    <message>
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Usaha:</source>
        <translation>Business:</translation>
    </message>
    <message>
        <source>nama sesuai identitas penerima</source>
        <translation>name as on the recipient&apos;s ID</translation>
    </message>
    <message>
        <source>&amp;Pemohon sendiri</source>
        <translation>The &amp;applicant in person</translation>
    </message>
    <message>
        <source>Isi nama penerima dengan nama pemohon</source>
        <translation>Fill in the applicant&apos;s name as the recipient</translation>
    </message>
    <message>
        <source>KTP-el pemohon</source>
        <translation>Applicant&apos;s e-KTP</translation>
    </message>
    <message>
        <source>KTP-el penerima dan surat kuasa</source>
        <translation>Recipient&apos;s e-KTP and power of attorney</translation>
    </message>
    <message>
        <source>Paspor</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Surat keterangan pengganti KTP (Dukcapil)</source>
        <translation>Substitute ID certificate (Dukcapil)</translation>
    </message>
    <message>
        <source>boleh kosong</source>
        <translation>may stay empty</translation>
    </message>
    <message>
        <source>&amp;Nama penerima:</source>
        <translation>Recipient&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Dokumen identitas diperiksa:</source>
        <translation>Identity &amp;document checked:</translation>
    </message>
    <message>
        <source>C&amp;atatan:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Catat serah terima</source>
        <translation>Re&amp;cord the handover</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>misalnya: KTP-el pemohon</source>
        <translation>for example: applicant&apos;s e-KTP</translation>
    </message>
    <message>
        <source>paspor {number}</source>
        <translation>passport {number}</translation>
    </message>
    <message>
        <source>Siap diserahkan. Cocokkan nama, NIK dan foto dengan KTP, lalu isi penerima.</source>
        <translation>Ready to hand over. Compare the name, NIK and photo with the ID card, then fill in the recipient.</translation>
    </message>
    <message>
        <source>Belum dapat diserahkan oleh {role}: {reason} (sekarang: {stage}, {status})</source>
        <translation>Cannot be handed over by {role} yet: {reason} (now: {stage}, {status})</translation>
    </message>
    <message>
        <source>Pindai tanda terima pemohon untuk menampilkan identitasnya.</source>
        <translation>Scan the applicant&apos;s receipt to show their identity.</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — Loket MPP</source>
        <translation>Sign in — Loket MPP</translation>
    </message>
    <message>
        <source>&amp;Nama akun:</source>
        <translation>Account &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
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
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
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
    <message>
        <source>&amp;Tes printer struk…</source>
        <translation>&amp;Test receipt printer…</translation>
    </message>
    <message>
        <source>Siap. Cari pemohon (Ctrl+F) atau pindai struk (F2).</source>
        <translation>Ready. Find an applicant (Ctrl+F) or scan a receipt (F2).</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>1. Pemohon</source>
        <translation>1. Applicant</translation>
    </message>
    <message>
        <source>Pencarian pemohon siap setelah data dimuat…</source>
        <translation>Applicant search is ready once the data is loaded…</translation>
    </message>
    <message>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Back Office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>&amp;Pindai / cari berkas</source>
        <translation>Sc&amp;an / find a file</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Berkas: </source>
        <translation>File: </translation>
    </message>
    <message>
        <source>Antrean &amp;cetak</source>
        <translation>&amp;Print queue</translation>
    </message>
    <message>
        <source>Petugas: {officer}</source>
        <translation>Officer: {officer}</translation>
    </message>
    <message>
        <source>Profil printer disimpan.</source>
        <translation>Printer profile saved.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Pengaturan kantor</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>&amp;Simpan pengaturan</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Kantor dan loket</source>
        <translation>Office and counter</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>mis. cuti bersama kabupaten</source>
        <translation>e.g. regency collective leave</translation>
    </message>
    <message>
        <source>&amp;Libur kantor</source>
        <translation>Office &amp;closed</translation>
    </message>
    <message>
        <source>&amp;Hari kerja (libur nasional tetap buka)</source>
        <translation>&amp;Working day (open on a national holiday)</translation>
    </message>
    <message>
        <source>&amp;Hapus terpilih</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>Hari libur kantor</source>
        <translation>Office holidays</translation>
    </message>
    <message>
        <source>Tidak ada yang berubah.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Pengaturan disimpan: {keys}.</source>
        <translation>Settings saved: {keys}.</translation>
    </message>
    <message>
        <source>libur kantor</source>
        <translation>office closed</translation>
    </message>
    <message>
        <source>hari kerja</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>Kalender kantor diperbarui.</source>
        <translation>Office calendar updated.</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Belum ada berkas pada sesi ini.</source>
        <translation>No file in this session yet.</translation>
    </message>
    <message>
        <source>No. registrasi:</source>
        <translation>Registration no.:</translation>
    </message>
    <message>
        <source>Kode lacak:</source>
        <translation>Tracking code:</translation>
    </message>
    <message>
        <source>Estimasi selesai:</source>
        <translation>Expected completion:</translation>
    </message>
    <message>
        <source>Pemohon:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>Jenis izin:</source>
        <translation>Permit type:</translation>
    </message>
    <message>
        <source>Belum lengkap:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <source>Berkas terdaftar</source>
        <translation>File registered</translation>
    </message>
    <message>
        <source>Tanda terima dikirim ke printer…</source>
        <translation>Receipt sent to the printer…</translation>
    </message>
    <message>
        <source>Berkas belum lengkap — dikembalikan kepada pemohon, tanpa nomor</source>
        <translation>File incomplete — handed back to the applicant, no number</translation>
    </message>
    <message>
        <source>Bukti pengembalian dikirim ke printer…</source>
        <translation>Return slip sent to the printer…</translation>
    </message>
    <message>
        <source>Tercetak.</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <source>Gagal mencetak: {error} — lihat Antrean cetak (Coba lagi).</source>
        <translation>Printing failed: {error} — see the print queue (Try again).</translation>
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
    <name>PermitEditorDialog</name>
    <message>
        <source>Ubah jenis izin {code}</source>
        <translation>Edit permit type {code}</translation>
    </message>
    <message>
        <source>hari kerja</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>hari kalender</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>belum jelas</source>
        <translation>not clear yet</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Jangka waktu:</source>
        <translation>Completion &amp;time:</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Anggaran (hari kerja)</source>
        <translation>Budget (working days)</translation>
    </message>
    <message>
        <source>&amp;Tambah tahap</source>
        <translation>&amp;Add a stage</translation>
    </message>
    <message>
        <source>&amp;Hapus tahap terpilih</source>
        <translation>&amp;Remove the selected stage</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Opsional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Simpan sebagai versi baru</source>
        <translation>&amp;Save as a new version</translation>
    </message>
    <message>
        <source>Tahap dan anggaran waktunya:</source>
        <translation>Stages and their time budgets:</translation>
    </message>
    <message>
        <source>Persyaratan (klik dua kali untuk mengubah teks):</source>
        <translation>Requirements (double-click to edit the text):</translation>
    </message>
    <message>
        <source>Tidak ada perubahan.</source>
        <translation>Nothing changed.</translation>
    </message>
</context>
<context>
    <name>PermitPicker</name>
    <message>
        <source>Cari jenis izin: nama, KBLI atau kode</source>
        <translation>Find a permit type: name, KBLI or code</translation>
    </message>
    <message>
        <source>Jenis &amp;izin:</source>
        <translation>Permit t&amp;ype:</translation>
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
    <name>PrintJournal</name>
    <message>
        <source>Struk belum pasti tercetak</source>
        <translation>Receipt may not have printed</translation>
    </message>
    <message>
        <source>Struk untuk {subject} mungkin sudah tercetak. Sudah tercetak?</source>
        <translation>The slip for {subject} may already have printed. Did it print?</translation>
    </message>
    <message>
        <source>Aplikasi berhenti saat struk ini sedang dikirim ke printer. Periksa printer dan pemohon: bila struknya ada, pilih Ya. Bila tidak, pilih Tidak; struk itu masuk Antrean cetak dan dapat dicetak dengan Coba lagi. Struk ini tidak dicetak ulang otomatis.</source>
        <translation>The application stopped while this slip was being sent to the printer. Check the printer and the applicant: if the slip is there, choose Yes. If not, choose No; the slip goes to the print queue and can be printed with Try again. It is never printed again on its own.</translation>
    </message>
    <message>
        <source>&amp;Ya, sudah tercetak</source>
        <translation>&amp;Yes, it printed</translation>
    </message>
    <message>
        <source>&amp;Tidak tercetak</source>
        <translation>&amp;No, it did not print</translation>
    </message>
    <message>
        <source>Terjadi kesalahan saat mencetak. Sebutkan kode {reference} kepada petugas TI.</source>
        <translation>Something went wrong while printing. Tell IT staff the code {reference}.</translation>
    </message>
</context>
<context>
    <name>PrintLabels</name>
    <message>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Bukti pengembalian</source>
        <translation>Return slip</translation>
    </message>
    <message>
        <source>Kartu kendali</source>
        <translation>Control card</translation>
    </message>
    <message>
        <source>Uji cetak</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>menunggu dikirim</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>sedang dikirim</source>
        <translation>being sent</translation>
    </message>
    <message>
        <source>tercetak</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>{kind} (duplikat ke-{n})</source>
        <translation>{kind} (duplicate no. {n})</translation>
    </message>
    <message>
        <source>{title} yang dibuat {when}</source>
        <translation>{title} made {when}</translation>
    </message>
</context>
<context>
    <name>PrintQueueDock</name>
    <message>
        <source>Antrean cetak</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <source>Tidak ada struk yang menunggu. Semua sudah tercetak.</source>
        <translation>No slips waiting. Everything has printed.</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Kirim struk ini ke printer sekali lagi</source>
        <translation>Send this slip to the printer once more</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <source>Printer: belum ada cetakan</source>
        <translation>Printer: nothing printed yet</translation>
    </message>
    <message>
        <source>Hasil cetak terakhir; klik untuk membuka Antrean cetak</source>
        <translation>The last print result; click to open the print queue</translation>
    </message>
    <message>
        <source>✓ {title} tercetak {time}</source>
        <translation>✓ {title} printed {time}</translation>
    </message>
    <message>
        <source>✗ Gagal mencetak {title}: {error}</source>
        <translation>✗ Could not print the {title}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>· %n struk menunggu</source>
        <translation>
            <numerusform>· %n slip waiting</numerusform>
            <numerusform>· %n slips waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrinterTestDialog</name>
    <message>
        <source>Tes printer struk</source>
        <translation>Receipt printer test</translation>
    </message>
    <message>
        <source>Cetak halaman uji, lalu centang bagian yang tercetak dengan benar. QR bawaan dan potong kertas otomatis hanya dipakai bila lolos uji.</source>
        <translation>Print the test page, then tick what came out right. The native QR and the automatic paper cut are used only when they pass the test.</translation>
    </message>
    <message>
        <source>misalnya tcp://192.168.1.50:9100 atau usb://04b8:0202</source>
        <translation>e.g. tcp://192.168.1.50:9100 or usb://04b8:0202</translation>
    </message>
    <message>
        <source>&amp;Printer (URI):</source>
        <translation>&amp;Printer (URI):</translation>
    </message>
    <message>
        <source>{paper} mm</source>
        <translation>{paper} mm</translation>
    </message>
    <message>
        <source>Lebar kertas:</source>
        <translation>Paper width:</translation>
    </message>
    <message>
        <source>&amp;Cetak halaman uji</source>
        <translation>Print &amp;test page</translation>
    </message>
    <message>
        <source>Yang tercetak dengan benar</source>
        <translation>What came out right</translation>
    </message>
    <message>
        <source>&amp;Simpan profil</source>
        <translation>&amp;Save profile</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Teks terbaca jelas dan huruf pada baris halaman kode tercetak benar</source>
        <translation>The text is clearly readable and the letters on the code-page lines print correctly</translation>
    </message>
    <message>
        <source>QR gambar terbaca oleh kamera ponsel</source>
        <translation>The image QR scans with a phone camera</translation>
    </message>
    <message>
        <source>QR bawaan terbaca oleh kamera ponsel</source>
        <translation>The native QR scans with a phone camera</translation>
    </message>
    <message>
        <source>Kertas terpotong otomatis di akhir</source>
        <translation>The paper is cut automatically at the end</translation>
    </message>
    <message>
        <source>Mengirim halaman uji ke {uri}…</source>
        <translation>Sending the test page to {uri}…</translation>
    </message>
    <message>
        <source>Halaman uji terkirim. Periksa hasil cetaknya dan centang yang benar.</source>
        <translation>Test page sent. Check the printout and tick what came out right.</translation>
    </message>
    <message>
        <source>Alamat atau kertas berubah saat mencetak: cetak halaman uji lagi.</source>
        <translation>The address or the paper changed while printing: print the test page again.</translation>
    </message>
    <message>
        <source>Halaman uji tidak terkirim: {message}</source>
        <translation>Test page not sent: {message}</translation>
    </message>
    <message>
        <source>Halaman uji tidak terkirim.</source>
        <translation>Test page not sent.</translation>
    </message>
    <message>
        <source>Alamat atau kertas berubah: cetak halaman uji lagi.</source>
        <translation>The address or the paper changed: print the test page again.</translation>
    </message>
    <message>
        <source>Profil yang disimpan: kertas {paper} mm, QR {qr}, potong kertas: {cut}.</source>
        <translation>Profile to save: {paper} mm paper, {qr} QR, paper cut: {cut}.</translation>
    </message>
    <message>
        <source>bawaan</source>
        <translation>native</translation>
    </message>
    <message>
        <source>gambar</source>
        <translation>image</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Hari kerja sejak berkas masuk tahap ini</source>
        <translation>Working days since the file entered this stage</translation>
    </message>
    <message>
        <source>Hari kerja tersisa sampai estimasi selesai</source>
        <translation>Working days left until the expected completion</translation>
    </message>
    <message>
        <source>No. registrasi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Jenis izin</source>
        <translation>Permit type</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Di tahap</source>
        <translation>At stage</translation>
    </message>
    <message>
        <source>Sisa SLA</source>
        <translation>SLA left</translation>
    </message>
    <message>
        <source>Tanda</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Petugas terakhir</source>
        <translation>Last officer</translation>
    </message>
    <message>
        <source>{stage} (dikembalikan ke pemohon)</source>
        <translation>{stage} (returned to the applicant)</translation>
    </message>
    <message>
        <source>{stage} — status: {status}</source>
        <translation>{stage} — status: {status}</translation>
    </message>
    <message>
        <source>Jenis izin ini tidak menyebut waktu penyelesaian</source>
        <translation>This permit type states no completion time</translation>
    </message>
    <message>
        <source>Estimasi selesai: {date}</source>
        <translation>Expected completion: {date}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cetak ulang tanda terima</source>
        <translation>Reprint the receipt</translation>
    </message>
    <message>
        <source>Struk hilang</source>
        <translation>Receipt lost</translation>
    </message>
    <message>
        <source>Kertas macet</source>
        <translation>Paper jam</translation>
    </message>
    <message>
        <source>Cetakan tidak terbaca</source>
        <translation>Print unreadable</translation>
    </message>
    <message>
        <source>Data pemohon diperbaiki</source>
        <translation>Applicant data corrected</translation>
    </message>
    <message>
        <source>&amp;Alasan cetak ulang untuk {reg_no}:</source>
        <translation>&amp;Reason for reprinting {reg_no}:</translation>
    </message>
    <message>
        <source>Struk baru ditandai DUPLIKAT beserta alasannya.</source>
        <translation>The new receipt is marked DUPLICATE, with the reason.</translation>
    </message>
    <message>
        <source>&amp;Cetak ulang</source>
        <translation>&amp;Reprint</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>misalnya: struk hilang</source>
        <translation>for example: receipt lost</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Pratinjau struk</source>
        <translation>Slip preview</translation>
    </message>
</context>
<context>
    <name>RegistrationDesk</name>
    <message>
        <source>1. Pemohon</source>
        <translation>1. Applicant</translation>
    </message>
    <message>
        <source>Permohonan peruba&amp;han (izin yang sudah ada)</source>
        <translation>&amp;Change request (an existing permit)</translation>
    </message>
    <message>
        <source>Per&amp;syaratan — Spasi: diterima, Enter/F2: ubah bentuk, jumlah, catatan</source>
        <translation>Re&amp;quirements — Space: received, Enter/F2: change form, copies, note</translation>
    </message>
    <message>
        <source>&amp;Daftarkan &amp;&amp; Cetak</source>
        <translation>&amp;Register &amp;&amp; Print</translation>
    </message>
    <message>
        <source>Berkas lengkap: beri nomor registrasi dan cetak tanda terima</source>
        <translation>Complete file: give it a registration number and print the receipt</translation>
    </message>
    <message>
        <source>&amp;Bukti Pengembalian</source>
        <translation>Return &amp;Slip</translation>
    </message>
    <message>
        <source>Berkas belum lengkap: cetak bukti pengembalian, tanpa nomor</source>
        <translation>Incomplete file: print a return slip, no number</translation>
    </message>
    <message>
        <source>Kosongkan (Ctrl+N)</source>
        <translation>Clear (Ctrl+N)</translation>
    </message>
    <message>
        <source>2. Jenis izin dan persyaratan</source>
        <translation>2. Permit type and requirements</translation>
    </message>
    <message>
        <source>3. Hasil</source>
        <translation>3. Outcome</translation>
    </message>
    <message>
        <source>Berkas &amp;baru</source>
        <translation>&amp;New file</translation>
    </message>
    <message>
        <source>Daftarkan atau kembalikan berkas</source>
        <translation>Register or hand back the file</translation>
    </message>
    <message>
        <source>Pemohon lama: {name}; periksa datanya lalu pilih jenis izin.</source>
        <translation>Returning applicant: {name}; check the data, then pick the permit type.</translation>
    </message>
    <message>
        <source>Pilih jenis izin terlebih dahulu.</source>
        <translation>Pick the permit type first.</translation>
    </message>
    <message>
        <source>Periksa isian pemohon yang ditandai merah.</source>
        <translation>Check the applicant fields marked in red.</translation>
    </message>
    <message>
        <source>Berkas {reg_no} terdaftar — estimasi selesai {due}.</source>
        <translation>File {reg_no} registered — expected completion {due}.</translation>
    </message>
    <message>
        <source>Berkas {name} belum lengkap: bukti pengembalian dicetak, tanpa nomor.</source>
        <translation>{name}&apos;s file is incomplete: return slip printed, no number.</translation>
    </message>
</context>
<context>
    <name>RegistrationLabels</name>
    <message>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Fotokopi</source>
        <translation>Photocopy</translation>
    </message>
    <message>
        <source>Pindaian</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>wajib</source>
        <translation>required</translation>
    </message>
    <message>
        <source>opsional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>{text}
({condition})</source>
        <translation>{text}
({condition})</translation>
    </message>
    <message>
        <source>Pilih jenis izin untuk melihat persyaratannya</source>
        <translation>Pick a permit type to see its requirements</translation>
    </message>
    <message>
        <source>Lengkap — siap didaftarkan</source>
        <translation>Complete — ready to register</translation>
    </message>
    <message numerus="yes">
        <source>Kurang %n persyaratan wajib</source>
        <translation>
            <numerusform>%n required item missing</numerusform>
            <numerusform>%n required items missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Paspor {number}</source>
        <translation>Passport {number}</translation>
    </message>
    <message>
        <source>belum ditetapkan (jangka waktu jenis izin ini belum diatur)</source>
        <translation>not set (this permit type has no completion time yet)</translation>
    </message>
    <message>
        <source>{date} (perkiraan: hari libur tahun itu belum ditetapkan)</source>
        <translation>{date} (estimate: that year&apos;s holidays are not fixed yet)</translation>
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
    <name>RoleView</name>
    <message>
        <source>Akun &amp;pengguna…</source>
        <translation>User &amp;accounts…</translation>
    </message>
    <message>
        <source>Pengaturan &amp;kantor…</source>
        <translation>&amp;Office settings…</translation>
    </message>
    <message>
        <source>Tutup &amp;harian…</source>
        <translation>&amp;Daily close…</translation>
    </message>
    <message>
        <source>&amp;Ubah jenis izin terpilih…</source>
        <translation>&amp;Edit the selected permit type…</translation>
    </message>
    <message>
        <source>Pilih jenis izin di tab Katalog Izin dulu.</source>
        <translation>Select a permit type in the Permit Catalog tab first.</translation>
    </message>
    <message>
        <source>{code} disimpan sebagai versi {version}.</source>
        <translation>{code} saved as version {version}.</translation>
    </message>
    <message>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>ScanAdvanceDialog</name>
    <message>
        <source>Pindai &amp;&amp; teruskan berkas</source>
        <translation>Scan &amp;&amp; pass on files</translation>
    </message>
    <message>
        <source>Pindai QR tanda terima atau kartu kendali, satu per satu</source>
        <translation>Scan the QR of receipts or control cards, one by one</translation>
    </message>
    <message>
        <source>Pindai berkas</source>
        <translation>Scan files</translation>
    </message>
    <message>
        <source>Enter menambah ke daftar; Ctrl+Enter meneruskan semua</source>
        <translation>Enter adds to the list; Ctrl+Enter passes them all on</translation>
    </message>
    <message>
        <source>&amp;Pindai:</source>
        <translation>&amp;Scan:</translation>
    </message>
    <message>
        <source>Diteruskan atas nama {officer} sebagai {role}</source>
        <translation>Passed on in the name of {officer} as {role}</translation>
    </message>
    <message>
        <source>Berkas yang dipindai</source>
        <translation>Files scanned</translation>
    </message>
    <message>
        <source>Belum ada berkas dipindai.</source>
        <translation>No files scanned yet.</translation>
    </message>
    <message>
        <source>&amp;Teruskan semua (Ctrl+Enter)</source>
        <translation>&amp;Pass all on (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Hapus baris (Del)</source>
        <translation>&amp;Remove row (Del)</translation>
    </message>
    <message>
        <source>&amp;Kosongkan daftar</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>T&amp;utup</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Teruskan semua</source>
        <translation>Pass all on</translation>
    </message>
    <message>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>{code} sudah ada di daftar.</source>
        <translation>{code} is already in the list.</translation>
    </message>
    <message>
        <source>{reg_no} sudah ada di daftar.</source>
        <translation>{reg_no} is already in the list.</translation>
    </message>
    <message>
        <source>Tidak ada berkas untuk diteruskan: pindai dulu.</source>
        <translation>No files to pass on: scan first.</translation>
    </message>
    <message numerus="yes">
        <source>Meneruskan %n berkas…</source>
        <translation>
            <numerusform>Passing on %n file…</numerusform>
            <numerusform>Passing on %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n berkas diteruskan</source>
        <translation>
            <numerusform>%n file passed on</numerusform>
            <numerusform>%n files passed on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tidak dapat diteruskan (lihat kolom Hasil)</source>
        <translation>
            <numerusform>%n could not be passed on (see the Result column)</numerusform>
            <numerusform>%n could not be passed on (see the Result column)</numerusform>
        </translation>
    </message>
    <message>
        <source>terjadi kesalahan</source>
        <translation>something went wrong</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas di daftar</source>
        <translation>
            <numerusform>%n file in the list</numerusform>
            <numerusform>%n files in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n siap diteruskan</source>
        <translation>
            <numerusform>%n ready to pass on</numerusform>
            <numerusform>%n ready to pass on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tidak ditemukan</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Pindai struk / ketik no. registrasi, kode lacak atau NIK (F2)</source>
        <translation>Scan a receipt / type a registration no., tracking code or NIK (F2)</translation>
    </message>
    <message>
        <source>Arahkan pemindai ke QR tanda terima, atau ketik nomor registrasi, kode lacak atau NIK, lalu Enter</source>
        <translation>Point the scanner at the receipt&apos;s QR code, or type a registration number, tracking code or NIK, then Enter</translation>
    </message>
    <message>
        <source>Cari berkas</source>
        <translation>Find a file</translation>
    </message>
</context>
<context>
    <name>ScanListModel</name>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Tahap sekarang</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>mencari…</source>
        <translation>searching…</translation>
    </message>
    <message>
        <source>siap diteruskan</source>
        <translation>ready to pass on</translation>
    </message>
    <message>
        <source>meneruskan…</source>
        <translation>passing on…</translation>
    </message>
    <message>
        <source>✓ {message}</source>
        <translation>✓ {message}</translation>
    </message>
    <message>
        <source>✗ {reason}</source>
        <translation>✗ {reason}</translation>
    </message>
</context>
<context>
    <name>StageBars</name>
    <message>
        <source>Tidak ada berkas terbuka.</source>
        <translation>No open files.</translation>
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
    <name>SyncIndicator</name>
    <message>
        <source>Hub: {state}</source>
        <translation>Hub: {state}</translation>
    </message>
    <message>
        <source>Hub {hub}</source>
        <translation>Hub {hub}</translation>
    </message>
    <message>
        <source>Terakhir tersinkron {time}</source>
        <translation>Last synced {time}</translation>
    </message>
    <message>
        <source>Klik untuk sinkron sekarang.</source>
        <translation>Click to sync now.</translation>
    </message>
    <message>
        <source>terjadi kesalahan (lihat log)</source>
        <translation>an error occurred (see the log)</translation>
    </message>
    <message>
        <source>Hub: gagal sinkron</source>
        <translation>Hub: sync failed</translation>
    </message>
    <message>
        <source>Klik untuk mencoba lagi.</source>
        <translation>Click to try again.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kejadian ini tercatat tetapi tidak berlaku (misalnya dua loket meneruskan berkas yang sama bersamaan); tahap berkas dihitung tanpa kejadian ini.</source>
        <translation>This event is recorded but does not count (for example, two counters passed the same file on at the same time); the file&apos;s stage is worked out without it.</translation>
    </message>
    <message>
        <source>{event} — tidak berlaku</source>
        <translation>{event} — does not count</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Akun pengguna</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Nama akun</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>min. 8 karakter</source>
        <translation>min. 8 characters</translation>
    </message>
    <message>
        <source>&amp;Tambah akun</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <source>Nama a&amp;kun:</source>
        <translation>Account &amp;name:</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Akun baru, atau ubah akun terpilih</source>
        <translation>New account, or change the selected one</translation>
    </message>
    <message>
        <source>&amp;Ganti sandi terpilih</source>
        <translation>Set the selected account&apos;s pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Ubah peran terpilih</source>
        <translation>&amp;Change the selected account&apos;s role</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan / aktifkan terpilih</source>
        <translation>&amp;Disable / enable the selected account</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>Akun {name} dibuat.</source>
        <translation>Account {name} created.</translation>
    </message>
    <message>
        <source>Sandi {name} diganti; kuncinya (jika ada) dibuka.</source>
        <translation>Password of {name} changed; the account is unlocked (if it was locked).</translation>
    </message>
    <message>
        <source>Peran {name} sekarang {role}.</source>
        <translation>Role of {name} is now {role}.</translation>
    </message>
    <message>
        <source>Akun {name} aktif lagi.</source>
        <translation>Account {name} is active again.</translation>
    </message>
    <message>
        <source>Akun {name} dinonaktifkan.</source>
        <translation>Account {name} disabled.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Loket {counter}: {n} entri utuh, hash terakhir {head}</source>
        <translation>Counter {counter}: {n} entries intact, last hash {head}</translation>
    </message>
    <message>
        <source>Entri {entry} diubah: isinya tidak cocok dengan hash-nya.</source>
        <translation>Entry {entry} was altered: its content does not match its hash.</translation>
    </message>
    <message>
        <source>Ada entri yang dihapus tepat sebelum {entry}: hash sebelumnya tidak ditemukan.</source>
        <translation>An entry was deleted just before {entry}: the previous hash is not found.</translation>
    </message>
    <message>
        <source>Urutan entri diubah di {entry}: entri ini menunjuk entri yang tersimpan sesudahnya.</source>
        <translation>Entries were reordered at {entry}: this entry points to an entry stored after it.</translation>
    </message>
    <message>
        <source>Akhir rantai loket {entry} tidak sama dengan hash yang dicetak: entri terakhir dihapus atau diganti.</source>
        <translation>The end of counter {entry}&apos;s chain differs from the printed hash: the last entries were deleted or replaced.</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>No. Registrasi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Jenis izin</source>
        <translation>Permit type</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Tanggal terima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Estimasi selesai</source>
        <translation>Expected completion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KARTU KENDALI BERKAS</source>
        <translation>FILE CONTROL CARD</translation>
    </message>
    <message>
        <source>KARTU KENDALI BERKAS — BATAL / VOID</source>
        <translation>FILE CONTROL CARD — VOID</translation>
    </message>
    <message>
        <source>Alasan batal</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Paraf</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kartu ini menyertai berkas fisik; paraf setiap tahap saat berkas diteruskan.</source>
        <translation>This card travels with the paper file; initial each stage when the file is passed on.</translation>
    </message>
    <message>
        <source>didaftarkan</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>diteruskan ke tahap berikutnya</source>
        <translation>passed to the next stage</translation>
    </message>
    <message>
        <source>dikembalikan ke pemohon</source>
        <translation>returned to the applicant</translation>
    </message>
    <message>
        <source>diajukan kembali</source>
        <translation>resubmitted</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>dibatalkan (undo)</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>diserahkan</source>
        <translation>handed over</translation>
    </message>
    <message>
        <source>pendaftaran dibatalkan (BATAL)</source>
        <translation>registration voided (VOID)</translation>
    </message>
    <message>
        <source>peran admin tidak mengubah kartu kendali; gunakan akun petugas atau supervisor</source>
        <translation>the admin role does not change control cards; use an officer or supervisor account</translation>
    </message>
    <message>
        <source>berkas didaftarkan di loket, bukan lewat kartu kendali</source>
        <translation>files are registered at the counter, not through the control card</translation>
    </message>
    <message>
        <source>berkas sudah ditutup ({status})</source>
        <translation>the file is already closed ({status})</translation>
    </message>
    <message>
        <source>berkas sedang dikembalikan ke pemohon; ajukan kembali dulu</source>
        <translation>the file is with the applicant; resubmit it first</translation>
    </message>
    <message>
        <source>sudah di tahap terakhir; gunakan serah terima</source>
        <translation>already at the last stage; use the handover</translation>
    </message>
    <message>
        <source>berkas sudah dikembalikan ke pemohon</source>
        <translation>the file has already been returned to the applicant</translation>
    </message>
    <message>
        <source>alasan wajib diisi</source>
        <translation>a reason is required</translation>
    </message>
    <message>
        <source>berkas tidak sedang dikembalikan ke pemohon</source>
        <translation>the file is not with the applicant</translation>
    </message>
    <message>
        <source>pengajuan kembali diterima di loket (front office) atau oleh supervisor</source>
        <translation>resubmissions are taken at the counter (front office) or by a supervisor</translation>
    </message>
    <message>
        <source>hanya supervisor yang dapat membatalkan (undo) kejadian terakhir</source>
        <translation>only a supervisor can undo the last event</translation>
    </message>
    <message>
        <source>pendaftaran tidak dapat dibatalkan lewat undo</source>
        <translation>a registration cannot be undone</translation>
    </message>
    <message>
        <source>pendaftaran yang sudah BATAL tidak dapat dibuka lagi; daftarkan berkas baru</source>
        <translation>a voided registration cannot be reopened; register a new file</translation>
    </message>
    <message>
        <source>hanya supervisor yang dapat membatalkan pendaftaran</source>
        <translation>only a supervisor can void a registration</translation>
    </message>
    <message>
        <source>alasan pembatalan wajib diisi</source>
        <translation>the reason for voiding is required</translation>
    </message>
    <message>
        <source>serah terima hanya di tahap terakhir ({stage})</source>
        <translation>handover only at the last stage ({stage})</translation>
    </message>
    <message>
        <source>nama penerima dan dokumen identitas yang diperiksa wajib diisi</source>
        <translation>the recipient&apos;s name and the identity document checked are required</translation>
    </message>
    <message>
        <source>Tidak dapat {action}: {reason}.</source>
        <translation>Cannot {action}: {reason}.</translation>
    </message>
    <message>
        <source>tahap {stage} dikerjakan oleh {role} atau supervisor</source>
        <translation>stage {stage} is done by {role} or a supervisor</translation>
    </message>
    <message>
        <source>loket (front office)</source>
        <translation>counter (front office)</translation>
    </message>
    <message>
        <source>back office</source>
        <translation>back office</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>diproses</source>
        <translation>in process</translation>
    </message>
    <message>
        <source>dibatalkan (BATAL)</source>
        <translation>voided (VOID)</translation>
    </message>
    <message>
        <source>nama petugas wajib diisi</source>
        <translation>the officer&apos;s name is required</translation>
    </message>
    <message>
        <source>waktu tidak boleh di masa depan</source>
        <translation>the time cannot be in the future</translation>
    </message>
    <message>
        <source>waktu tidak boleh sebelum kejadian terakhir di kartu ({at})</source>
        <translation>the time cannot be before the card&apos;s last event ({at})</translation>
    </message>
    <message>
        <source>dipindai dua kali; diteruskan sekali saja</source>
        <translation>scanned twice; passed on once only</translation>
    </message>
    <message>
        <source>diteruskan ke {stage}</source>
        <translation>passed to {stage}</translation>
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
        <source>Katalog ini tidak dapat diubah (tanpa basis data).</source>
        <translation>This catalog cannot be edited (no database).</translation>
    </message>
    <message>
        <source>Jenis izin {code} tidak ada; impor dokumennya dulu.</source>
        <translation>Permit type {code} does not exist; import its document first.</translation>
    </message>
    <message>
        <source>Jenis izin {code} versi {version} tidak ditemukan.</source>
        <translation>Permit type {code} version {version} not found.</translation>
    </message>
    <message>
        <source>minimal satu tahap</source>
        <translation>at least one stage</translation>
    </message>
    <message>
        <source>nama tahap wajib diisi</source>
        <translation>the stage name is required</translation>
    </message>
    <message>
        <source>anggaran hari tidak boleh negatif</source>
        <translation>the day budget cannot be negative</translation>
    </message>
    <message>
        <source>jangka waktu tidak boleh negatif</source>
        <translation>the completion time cannot be negative</translation>
    </message>
    <message>
        <source>nama jenis izin wajib diisi</source>
        <translation>the permit type&apos;s name is required</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>katalog jenis izin</source>
        <translation>permit type catalog</translation>
    </message>
    <message>
        <source>kartu kendali berkas</source>
        <translation>file control cards</translation>
    </message>
    <message>
        <source>jejak audit</source>
        <translation>audit trail</translation>
    </message>
    <message>
        <source>perintah</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>periksa rantai hash jejak audit</source>
        <translation>verify the audit trail&apos;s hash chain</translation>
    </message>
    <message>
        <source>hash terakhir yang tercetak di tutup harian (periksa entri terakhir tidak dihapus)</source>
        <translation>last hash printed on a daily close (checks the last entries were not deleted)</translation>
    </message>
    <message>
        <source>tulis LOKET=HASH (64 karakter heksadesimal), mis. L01=ab12…</source>
        <translation>write COUNTER=HASH (64 hexadecimal characters), e.g. L01=ab12…</translation>
    </message>
    <message>
        <source>Jejak audit masih kosong.</source>
        <translation>The audit trail is still empty.</translation>
    </message>
    <message>
        <source>tampilkan kartu kendali</source>
        <translation>show a control card</translation>
    </message>
    <message>
        <source>bangun ulang ringkasan kartu berkas terbuka dari kejadiannya</source>
        <translation>rebuild the summary of the open files&apos; cards from their events</translation>
    </message>
    <message>
        <source>petugas yang bertindak (bawaan: akun --user, atau nama akun sistem operasi)</source>
        <translation>officer acting (default: the --user account, or the operating-system account name)</translation>
    </message>
    <message>
        <source>peran petugas (bawaan: peran tahap saat ini; undo perlu supervisor)</source>
        <translation>the officer&apos;s role (default: the current stage&apos;s role; undo needs a supervisor)</translation>
    </message>
    <message>
        <source>catatan/alasan</source>
        <translation>note/reason</translation>
    </message>
    <message>
        <source>waktu kejadian (entri susulan)</source>
        <translation>time of the event (late entry)</translation>
    </message>
    <message>
        <source>nama penerima</source>
        <translation>recipient&apos;s name</translation>
    </message>
    <message>
        <source>dokumen identitas yang diperiksa, mis. KTP</source>
        <translation>identity document checked, e.g. KTP</translation>
    </message>
    <message>
        <source>{count} kartu berkas terbuka dibangun ulang.</source>
        <translation>{count} open file cards rebuilt.</translation>
    </message>
    <message>
        <source>waktu tidak terbaca; tulis ISO 8601, misalnya 2026-11-23T09:15</source>
        <translation>the time cannot be read; write ISO 8601, for example 2026-11-23T09:15</translation>
    </message>
    <message>
        <source>Tahap: {stage}  Status: {status}  Tanda: {flag}</source>
        <translation>Stage: {stage}  Status: {status}  Flag: {flag}</translation>
    </message>
    <message>
        <source>Jatuh tempo: {due}  terpakai {used} hari kerja, sisa {left}, jeda {paused}</source>
        <translation>Due: {due}  used {used} working days, {left} left, paused {paused}</translation>
    </message>
    <message>
        <source>tidak berlaku</source>
        <translation>not applicable</translation>
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
    <message>
        <source>printer struk</source>
        <translation>receipt printer</translation>
    </message>
    <message>
        <source>cetak halaman uji (kode halaman, QR gambar, QR bawaan, potong kertas)</source>
        <translation>print a test page (code pages, image QR, native QR, paper cut)</translation>
    </message>
    <message>
        <source>alamat printer, misalnya tcp://192.168.1.50:9100 atau usb://04b8:0202</source>
        <translation>printer address, for example tcp://192.168.1.50:9100 or usb://04b8:0202</translation>
    </message>
    <message>
        <source>lebar kertas dalam mm (bawaan 80)</source>
        <translation>paper width in mm (default 80)</translation>
    </message>
    <message>
        <source>nama kantor di halaman uji</source>
        <translation>office name on the test page</translation>
    </message>
    <message>
        <source>Halaman uji terkirim ke {uri}. Periksa hasil cetaknya:</source>
        <translation>Test page sent to {uri}. Check the printout:</translation>
    </message>
    <message>
        <source>Lalu simpan profil printer: printer.paper_mm={paper}; printer.qr=native hanya jika QR bawaan terbaca (selain itu image); printer.cut=false jika kertas tidak terpotong.</source>
        <translation>Then save the printer profile: printer.paper_mm={paper}; printer.qr=native only if the native QR scans (image otherwise); printer.cut=false if the paper was not cut.</translation>
    </message>
    <message>
        <source>daftarkan berkas (tanpa layar)</source>
        <translation>register a file (without the window)</translation>
    </message>
    <message>
        <source>kode jenis izin</source>
        <translation>permit type code</translation>
    </message>
    <message>
        <source>data pemohon (JSON)</source>
        <translation>applicant data (JSON)</translation>
    </message>
    <message>
        <source>butir persyaratan yang diterima</source>
        <translation>requirement items received</translation>
    </message>
    <message>
        <source>waktu berkas diterima (entri susulan berkas kertas)</source>
        <translation>time the file was received (late entry of a paper file)</translation>
    </message>
    <message>
        <source>cetak tanda terima sebelum selesai</source>
        <translation>print the receipt before finishing</translation>
    </message>
    <message>
        <source>nama petugas</source>
        <translation>officer&apos;s name</translation>
    </message>
    <message>
        <source>permohonan perubahan (butir khusus perubahan berlaku)</source>
        <translation>change request (the change-only items apply)</translation>
    </message>
    <message>
        <source>cetak (ulang) tanda terima</source>
        <translation>print (again) a receipt</translation>
    </message>
    <message>
        <source>cetak ulang sebagai DUPLIKAT</source>
        <translation>print again as a DUPLICATE</translation>
    </message>
    <message>
        <source>alasan cetak ulang (wajib dengan --copy)</source>
        <translation>reason for reprinting (required with --copy)</translation>
    </message>
    <message>
        <source>simpan jenis izin yang diubah sebagai versi baru</source>
        <translation>save an edited permit type as a new version</translation>
    </message>
    <message>
        <source>hasil &apos;catalog show --json&apos; yang diubah</source>
        <translation>the edited output of &apos;catalog show --json&apos;</translation>
    </message>
    <message>
        <source>berkas {path} tidak ditemukan</source>
        <translation>file {path} not found</translation>
    </message>
    <message>
        <source>{path} bukan jenis izin dalam format &apos;catalog show --json&apos; ({error})</source>
        <translation>{path} is not a permit type in the &apos;catalog show --json&apos; format ({error})</translation>
    </message>
    <message>
        <source>berkas berisi {found}, bukan {code}</source>
        <translation>the file holds {found}, not {code}</translation>
    </message>
    <message>
        <source>Tidak ada perubahan; {code} tetap versi {version}.</source>
        <translation>Nothing changed; {code} stays at version {version}.</translation>
    </message>
    <message>
        <source>{code} disimpan sebagai versi {version}.</source>
        <translation>{code} saved as version {version}.</translation>
    </message>
    <message>
        <source>berkas {path} bukan JSON yang sah ({error})</source>
        <translation>file {path} is not valid JSON ({error})</translation>
    </message>
    <message>
        <source>isi berkas harus berupa objek JSON {...}</source>
        <translation>the file must hold a JSON object {...}</translation>
    </message>
    <message>
        <source>Berkas belum lengkap; bukti pengembalian dibuat. Kurang:</source>
        <translation>The file is incomplete; a return slip was made. Missing:</translation>
    </message>
    <message>
        <source>Terdaftar: {reg_no}  kode lacak {code}  estimasi selesai {due}</source>
        <translation>Registered: {reg_no}  tracking code {code}  expected completion {due}</translation>
    </message>
    <message>
        <source>Tanda terima tercetak.</source>
        <translation>Receipt printed.</translation>
    </message>
    <message>
        <source>Cetak gagal: {error} (berkas tetap tersimpan; cetak ulang dengan &apos;counter-app receipt&apos;)</source>
        <translation>Printing failed: {error} (the file is saved; print it again with &apos;counter-app receipt&apos;)</translation>
    </message>
    <message>
        <source>Tanda terima menunggu dicetak.</source>
        <translation>The receipt is waiting to be printed.</translation>
    </message>
    <message>
        <source>Tanda terima {reg_no} sudah pernah dicetak (atau sedang dicetak); untuk cetak ulang gunakan --copy --reason &quot;alasan&quot;.</source>
        <translation>Receipt {reg_no} has already been printed (or is printing); to print it again use --copy --reason &quot;reason&quot;.</translation>
    </message>
    <message>
        <source>pengaturan kantor dan loket</source>
        <translation>office and counter settings</translation>
    </message>
    <message>
        <source>tampilkan semua pengaturan</source>
        <translation>show all settings</translation>
    </message>
    <message>
        <source>ubah satu pengaturan</source>
        <translation>change one setting</translation>
    </message>
    <message>
        <source>{key} = {value}</source>
        <translation>{key} = {value}</translation>
    </message>
    <message>
        <source>isi basis data dengan data contoh</source>
        <translation>fill the database with sample data</translation>
    </message>
    <message>
        <source>jumlah berkas contoh</source>
        <translation>number of sample files</translation>
    </message>
    <message>
        <source>benih acak (hasil sama untuk benih sama)</source>
        <translation>random seed (the same seed gives the same result)</translation>
    </message>
    <message>
        <source>jumlah berkas harus 1 atau lebih</source>
        <translation>the number of files must be 1 or more</translation>
    </message>
    <message>
        <source>{count} berkas contoh dibuat dalam {seconds:.0f} detik.</source>
        <translation>{count} sample files made in {seconds:.0f} seconds.</translation>
    </message>
    <message>
        <source>jalankan halaman status publik (alamat pada QR tanda terima)</source>
        <translation>run the public status page (the address in the receipt QR)</translation>
    </message>
    <message>
        <source>Halaman status publik: /t/KODE (halaman), /api/t/KODE (JSON). Pasang alamat publiknya di pengaturan status.base_url.</source>
        <translation>Public status page: /t/CODE (page), /api/t/CODE (JSON). Put its public address in the setting status.base_url.</translation>
    </message>
    <message>
        <source>alamat yang didengarkan (bawaan: 127.0.0.1)</source>
        <translation>address to listen on (default: 127.0.0.1)</translation>
    </message>
    <message>
        <source>port (bawaan: 8080)</source>
        <translation>port (default: 8080)</translation>
    </message>
    <message>
        <source>jumlah proses (bawaan: 1)</source>
        <translation>number of worker processes (default: 1)</translation>
    </message>
    <message>
        <source>permintaan per menit per klien (bawaan: 60)</source>
        <translation>requests per minute per client (default: 60)</translation>
    </message>
    <message>
        <source>permintaan beruntun per klien (bawaan: 30)</source>
        <translation>requests in a burst per client (default: 30)</translation>
    </message>
    <message>
        <source>di belakang reverse proxy: alamat proxy yang dipercaya untuk X-Forwarded-For (mis. 127.0.0.1)</source>
        <translation>behind a reverse proxy: the proxy addresses trusted for X-Forwarded-For (e.g. 127.0.0.1)</translation>
    </message>
    <message>
        <source>catat setiap permintaan (bawaan: tidak)</source>
        <translation>log every request (default: no)</translation>
    </message>
    <message>
        <source>port harus 1–65535</source>
        <translation>the port must be 1–65535</translation>
    </message>
    <message>
        <source>jumlah proses minimal 1</source>
        <translation>at least 1 worker process</translation>
    </message>
    <message>
        <source>batas permintaan harus lebih dari 0</source>
        <translation>the request limit must be more than 0</translation>
    </message>
    <message>
        <source>sinkronisasi dengan hub PostgreSQL</source>
        <translation>sync with the PostgreSQL hub</translation>
    </message>
    <message>
        <source>sekali kirim dan terima, lalu selesai</source>
        <translation>send and receive once, then stop</translation>
    </message>
    <message>
        <source>jeda sinkronisasi (bawaan: sync.interval_s)</source>
        <translation>pause between syncs (default: sync.interval_s)</translation>
    </message>
    <message>
        <source>keadaan sinkronisasi loket ini (tanpa menghubungi hub)</source>
        <translation>this counter&apos;s sync status (without contacting the hub)</translation>
    </message>
    <message>
        <source>siapkan loket baru dari hub: pengaturan kantor dan semua data</source>
        <translation>set up a new counter from the hub: office settings and all data</translation>
    </message>
    <message>
        <source>data pemohon yang diubah di dua loket</source>
        <translation>applicant data changed on two counters</translation>
    </message>
    <message>
        <source>termasuk yang sudah diselesaikan</source>
        <translation>including those already resolved</translation>
    </message>
    <message>
        <source>pilih versi yang dipakai untuk satu konflik</source>
        <translation>choose the version to keep for one conflict</translation>
    </message>
    <message>
        <source>current: versi di hub tetap; incoming: versi yang datang kemudian dipakai</source>
        <translation>current: the hub&apos;s version stays; incoming: the version that arrived later is used</translation>
    </message>
    <message>
        <source>supervisor yang memutuskan</source>
        <translation>the supervisor who decides</translation>
    </message>
    <message>
        <source>URL PostgreSQL hub (bawaan: pengaturan hub.url)</source>
        <translation>PostgreSQL URL of the hub (default: the hub.url setting)</translation>
    </message>
    <message>
        <source>Terkirim {pushed}, diterima {pulled}, menunggu {waiting}, konflik baru {conflicts}.</source>
        <translation>Sent {pushed}, received {pulled}, waiting {waiting}, new conflicts {conflicts}.</translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation>Hub: {hub}</translation>
    </message>
    <message>
        <source>Keadaan: {label}</source>
        <translation>State: {label}</translation>
    </message>
    <message>
        <source>Kesalahan terakhir: {error}</source>
        <translation>Last error: {error}</translation>
    </message>
    <message>
        <source>Tidak ada konflik.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>{id}  {entity} {key}  dari {origin}  {at}  [{status}]</source>
        <translation>{id}  {entity} {key}  from {origin}  {at}  [{status}]</translation>
    </message>
    <message>
        <source>    {field}: di hub {current!r} / datang {incoming!r}</source>
        <translation>    {field}: on the hub {current!r} / arrived {incoming!r}</translation>
    </message>
    <message>
        <source>Konflik {id} diselesaikan: versi {keep} dipakai.</source>
        <translation>Conflict {id} resolved: the {keep} version is kept.</translation>
    </message>
    <message>
        <source>cadangkan basis data SQLite ke berkas baru</source>
        <translation>back up the SQLite database to a new file</translation>
    </message>
    <message>
        <source>Cadangan tersimpan: {path} ({size} KB). Buka dengan --db {path}.</source>
        <translation>Backup saved: {path} ({size} KB). Open it with --db {path}.</translation>
    </message>
    <message>
        <source>laporan (PDF atau CSV) dan tutup harian</source>
        <translation>reports (PDF or CSV) and the daily close</translation>
    </message>
    <message>
        <source>tutup harian per petugas dan loket</source>
        <translation>daily close per officer and counter</translation>
    </message>
    <message>
        <source>rekap per periode × jenis izin</source>
        <translation>recap per period × permit type</translation>
    </message>
    <message>
        <source>kepatuhan SLA per jenis izin, dengan grafik</source>
        <translation>SLA compliance per permit type, with a chart</translation>
    </message>
    <message>
        <source>bawaan: sama dengan --from</source>
        <translation>default: the same as --from</translation>
    </message>
    <message>
        <source>hanya loket ini</source>
        <translation>this counter only</translation>
    </message>
    <message>
        <source>berkas keluaran (bawaan: CSV ke layar)</source>
        <translation>output file (default: CSV on screen)</translation>
    </message>
    <message>
        <source>cetak juga di printer struk</source>
        <translation>also print on the receipt printer</translation>
    </message>
    <message>
        <source>per hari atau bulan</source>
        <translation>per day or month</translation>
    </message>
    <message>
        <source>nama berkas harus berakhiran .pdf atau .csv</source>
        <translation>the file name must end in .pdf or .csv</translation>
    </message>
    <message>
        <source>Tidak dapat menulis {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>Laporan tersimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>akun yang bertindak (bawaan: env COUNTER_APP_USER); sandi dari env COUNTER_APP_PASSWORD atau diketik saat diminta</source>
        <translation>account acting (default: env COUNTER_APP_USER); password from env COUNTER_APP_PASSWORD or typed when asked</translation>
    </message>
    <message>
        <source>sandi untuk {name} tidak ada: isi env COUNTER_APP_PASSWORD atau jalankan di terminal</source>
        <translation>no password for {name}: set env COUNTER_APP_PASSWORD or run in a terminal</translation>
    </message>
    <message>
        <source>Sandi {name}: </source>
        <translation>Password of {name}: </translation>
    </message>
    <message>
        <source>tidak ada terminal: berikan sandi lewat --password-stdin</source>
        <translation>no terminal: give the password with --password-stdin</translation>
    </message>
    <message>
        <source>Sandi baru untuk {name}: </source>
        <translation>New password for {name}: </translation>
    </message>
    <message>
        <source>Ulangi sandi: </source>
        <translation>Repeat password: </translation>
    </message>
    <message>
        <source>kedua sandi tidak sama; ulangi</source>
        <translation>the two passwords differ; try again</translation>
    </message>
    <message>
        <source>akun pengguna dan perannya</source>
        <translation>user accounts and their roles</translation>
    </message>
    <message>
        <source>buat akun (akun pertama: --role admin)</source>
        <translation>create an account (the first: --role admin)</translation>
    </message>
    <message>
        <source>peran akun</source>
        <translation>the account&apos;s role</translation>
    </message>
    <message>
        <source>nama lengkap petugas</source>
        <translation>the officer&apos;s full name</translation>
    </message>
    <message>
        <source>baca sandi dari stdin</source>
        <translation>read the password from stdin</translation>
    </message>
    <message>
        <source>daftar akun</source>
        <translation>list accounts</translation>
    </message>
    <message>
        <source>ganti sandi (juga membuka kunci akun)</source>
        <translation>change a password (also unlocks the account)</translation>
    </message>
    <message>
        <source>nonaktifkan akun</source>
        <translation>disable an account</translation>
    </message>
    <message>
        <source>aktifkan lagi akun</source>
        <translation>enable an account again</translation>
    </message>
    <message>
        <source>ubah peran akun</source>
        <translation>change an account&apos;s role</translation>
    </message>
    <message>
        <source>Akun {name} dibuat ({role}).</source>
        <translation>Account {name} created ({role}).</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>terkunci s.d. {until}</source>
        <translation>locked until {until}</translation>
    </message>
    <message>
        <source>Sandi {name} diganti.</source>
        <translation>Password of {name} changed.</translation>
    </message>
    <message>
        <source>Akun {name} aktif.</source>
        <translation>Account {name} is active.</translation>
    </message>
    <message>
        <source>Akun {name} dinonaktifkan.</source>
        <translation>Account {name} disabled.</translation>
    </message>
    <message>
        <source>Peran {name}: {role}.</source>
        <translation>Role of {name}: {role}.</translation>
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
    <message>
        <source>Basis data {target} adalah PostgreSQL: cadangkan dengan pg_dump, misalnya pg_dump --format=custom --file=cadangan.dump &quot;postgresql://…&quot; (pulihkan dengan pg_restore).</source>
        <translation>Database {target} is PostgreSQL: back it up with pg_dump, for example pg_dump --format=custom --file=backup.dump &quot;postgresql://…&quot; (restore with pg_restore).</translation>
    </message>
    <message>
        <source>{path} sudah ada; pilih nama berkas baru</source>
        <translation>{path} already exists; choose a new file name</translation>
    </message>
    <message>
        <source>folder {folder} tidak ada</source>
        <translation>folder {folder} does not exist</translation>
    </message>
    <message>
        <source>Cadangan ke {path} gagal: {error}</source>
        <translation>Backup to {path} failed: {error}</translation>
    </message>
    <message>
        <source>Cadangan ke {path} rusak ({detail}); ulangi.</source>
        <translation>The backup at {path} is damaged ({detail}); try again.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Katalog kosong; impor dokumen Standar Pelayanan dulu.</source>
        <translation>The catalog is empty; import Standar Pelayanan documents first.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>at {time} {zone}</source>
        <translation>at {time} {zone}</translation>
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
<context>
    <name>parent</name>
    <message>
        <source>Simpan tutup harian</source>
        <translation>Save the daily close</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>{user} (peran {role}) tidak berhak: {operation}. Minta {allowed}.</source>
        <translation>{user} (role {role}) may not do this: {operation}. Ask {allowed}.</translation>
    </message>
    <message>
        <source>petugas loket</source>
        <translation>front-desk officer</translation>
    </message>
    <message>
        <source>petugas back office</source>
        <translation>back-office officer</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>mendaftarkan berkas</source>
        <translation>register files</translation>
    </message>
    <message>
        <source>melihat NIK lengkap</source>
        <translation>view a full NIK</translation>
    </message>
    <message>
        <source>mengirim pekerjaan cetak</source>
        <translation>send print jobs</translation>
    </message>
    <message>
        <source>mencetak ulang tanda terima</source>
        <translation>reprint receipts</translation>
    </message>
    <message>
        <source>mencetak kartu kendali</source>
        <translation>print control cards</translation>
    </message>
    <message>
        <source>meneruskan berkas</source>
        <translation>advance files</translation>
    </message>
    <message>
        <source>mengembalikan berkas ke pemohon</source>
        <translation>return files to the applicant</translation>
    </message>
    <message>
        <source>menerima pengajuan kembali</source>
        <translation>accept resubmissions</translation>
    </message>
    <message>
        <source>menolak berkas</source>
        <translation>reject files</translation>
    </message>
    <message>
        <source>membatalkan (undo) kejadian kartu</source>
        <translation>undo card events</translation>
    </message>
    <message>
        <source>menyerahkan hasil</source>
        <translation>hand over results</translation>
    </message>
    <message>
        <source>membatalkan pendaftaran (BATAL)</source>
        <translation>void registrations (VOID)</translation>
    </message>
    <message>
        <source>mengimpor katalog</source>
        <translation>import the catalog</translation>
    </message>
    <message>
        <source>mengubah katalog</source>
        <translation>edit the catalog</translation>
    </message>
    <message>
        <source>mengubah pengaturan kantor</source>
        <translation>change office settings</translation>
    </message>
    <message>
        <source>mengatur printer struk</source>
        <translation>set up the receipt printer</translation>
    </message>
    <message>
        <source>mengelola akun pengguna</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <source>pemeliharaan data (indeks ulang, demo, cadangan)</source>
        <translation>data maintenance (reindex, demo, backup)</translation>
    </message>
    <message>
        <source>memeriksa jejak audit</source>
        <translation>verify the audit trail</translation>
    </message>
    <message>
        <source>mencetak tutup harian</source>
        <translation>print the daily close</translation>
    </message>
    <message>
        <source>membuat laporan</source>
        <translation>make reports</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Pekerjaan cetak {id} tidak ditemukan.</source>
        <translation>Print job {id} not found.</translation>
    </message>
    <message>
        <source>Pekerjaan cetak ini berstatus {state}; hanya yang antre atau gagal yang dikirim.</source>
        <translation>This print job is {state}; only queued or failed jobs are sent.</translation>
    </message>
    <message>
        <source>Printer belum diatur; isi pengaturan printer.uri atau pilih printer.</source>
        <translation>No printer is set up; fill in the printer.uri setting or choose a printer.</translation>
    </message>
    <message>
        <source>Pekerjaan cetak ini tidak menunggu konfirmasi.</source>
        <translation>This print job is not waiting for a confirmation.</translation>
    </message>
    <message>
        <source>Tidak tercetak (dikonfirmasi petugas).</source>
        <translation>Not printed (confirmed by the officer).</translation>
    </message>
    <message>
        <source>alasan cetak ulang wajib diisi (misalnya: struk hilang, kertas macet)</source>
        <translation>a reason for reprinting is required (for example: receipt lost, paper jam)</translation>
    </message>
    <message>
        <source>Nomor registrasi {reg_no} tidak ditemukan.</source>
        <translation>Registration number {reg_no} not found.</translation>
    </message>
    <message>
        <source>Halaman {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <source>(lanjutan)</source>
        <translation>(continued)</translation>
    </message>
    <message>
        <source>Nama kantor dan judul besar tercetak jelas</source>
        <translation>The office name and the large title print clearly</translation>
    </message>
    <message>
        <source>Baris &apos;Rp 1.500.000 - e n u&apos; tercetak tanpa huruf aneh</source>
        <translation>The line &apos;Rp 1.500.000 - e n u&apos; prints without odd characters</translation>
    </message>
    <message>
        <source>Baris CP437 dan CP858 menampilkan é ñ ü (dan € pada CP858); tidak wajib</source>
        <translation>The CP437 and CP858 lines show é ñ ü (and € on CP858); optional</translation>
    </message>
    <message>
        <source>Penggaris 1234567890... pas satu baris, tidak turun baris</source>
        <translation>The ruler 1234567890... fits on one line without wrapping</translation>
    </message>
    <message>
        <source>QR gambar terbaca oleh kamera ponsel</source>
        <translation>The image QR scans with a phone camera</translation>
    </message>
    <message>
        <source>QR bawaan terbaca oleh kamera ponsel</source>
        <translation>The native QR scans with a phone camera</translation>
    </message>
    <message>
        <source>Kertas terpotong otomatis di akhir</source>
        <translation>The paper is cut automatically at the end</translation>
    </message>
    <message>
        <source>TES PRINTER</source>
        <translation>PRINTER TEST</translation>
    </message>
    <message>
        <source>Kertas {paper} mm, {columns} kolom</source>
        <translation>Paper {paper} mm, {columns} columns</translation>
    </message>
    <message>
        <source>1. Huruf khusus diganti ASCII:</source>
        <translation>1. Special letters replaced by ASCII:</translation>
    </message>
    <message>
        <source>2. Halaman kode printer:</source>
        <translation>2. Printer code pages:</translation>
    </message>
    <message>
        <source>3. Penggaris {columns} kolom:</source>
        <translation>3. Ruler of {columns} columns:</translation>
    </message>
    <message>
        <source>4. QR gambar:</source>
        <translation>4. Image QR:</translation>
    </message>
    <message>
        <source>QR gambar</source>
        <translation>Image QR</translation>
    </message>
    <message>
        <source>5. QR bawaan:</source>
        <translation>5. Native QR:</translation>
    </message>
    <message>
        <source>QR bawaan</source>
        <translation>Native QR</translation>
    </message>
    <message>
        <source>6. Kertas dipotong di bawah baris ini.</source>
        <translation>6. The paper is cut below this line.</translation>
    </message>
    <message>
        <source>Alamat printer tidak dikenali: {uri}. Contoh: {example}</source>
        <translation>Unknown printer address: {uri}. Example: {example}</translation>
    </message>
    <message>
        <source>Printer USB memerlukan pustaka pyusb (dan libusb) yang belum terpasang. Pasang dengan: pip install pyusb, atau pakai printer jaringan (tcp://).</source>
        <translation>USB printers need the pyusb library (and libusb), which is not installed. Install it with: pip install pyusb, or use a network printer (tcp://).</translation>
    </message>
    <message>
        <source>Printer serial memerlukan pustaka pyserial yang belum terpasang. Pasang dengan: pip install pyserial.</source>
        <translation>Serial printers need the pyserial library, which is not installed. Install it with: pip install pyserial.</translation>
    </message>
    <message>
        <source>Printer Windows (win32://) memerlukan pustaka pywin32 yang belum terpasang (hanya di Windows). Pasang dengan: pip install pywin32.</source>
        <translation>Windows printers (win32://) need the pywin32 library, which is not installed (Windows only). Install it with: pip install pywin32.</translation>
    </message>
    <message>
        <source>Printer CUPS memerlukan pustaka pycups yang belum terpasang. Pasang dengan: pip install pycups (butuh libcups2-dev).</source>
        <translation>CUPS printers need the pycups library, which is not installed. Install it with: pip install pycups (needs libcups2-dev).</translation>
    </message>
    <message>
        <source>Kertas printer {printer} habis. Pasang gulungan kertas baru lalu cetak ulang.</source>
        <translation>Printer {printer} is out of paper. Load a new roll, then print again.</translation>
    </message>
    <message>
        <source>Periksa kabel/jaringan dan printer menyala.</source>
        <translation>Check the cable/network and that the printer is on.</translation>
    </message>
    <message>
        <source>Printer tidak terhubung: koneksi ke {printer} ditolak.</source>
        <translation>Printer not connected: the connection to {printer} was refused.</translation>
    </message>
    <message>
        <source>Printer tidak merespons dalam {seconds} detik ({printer}).</source>
        <translation>The printer did not answer within {seconds} seconds ({printer}).</translation>
    </message>
    <message>
        <source>Printer tidak ditemukan: nama {printer} tidak dikenal.</source>
        <translation>Printer not found: the name {printer} is unknown.</translation>
    </message>
    <message>
        <source>Periksa alamat printer di pengaturan.</source>
        <translation>Check the printer address in the settings.</translation>
    </message>
    <message>
        <source>Tidak ada izin membuka printer {printer}.</source>
        <translation>No permission to open printer {printer}.</translation>
    </message>
    <message>
        <source>Minta admin memberi akses ke perangkat printer.</source>
        <translation>Ask an admin for access to the printer device.</translation>
    </message>
    <message>
        <source>Printer tidak terhubung: {printer} tidak dapat dijangkau ({detail}).</source>
        <translation>Printer not connected: {printer} cannot be reached ({detail}).</translation>
    </message>
    <message>
        <source>Printer tidak ditemukan: {printer}.</source>
        <translation>Printer not found: {printer}.</translation>
    </message>
    <message>
        <source>Periksa kabel, nama/alamat printer, dan printer menyala.</source>
        <translation>Check the cable, the printer&apos;s name/address, and that the printer is on.</translation>
    </message>
    <message>
        <source>periksa apakah struk tercetak sebagian</source>
        <translation>check whether the slip printed partly</translation>
    </message>
    <message>
        <source>Printer tidak merespons dalam {seconds} detik saat mencetak; {partial}.</source>
        <translation>The printer stopped answering for {seconds} seconds while printing; {partial}.</translation>
    </message>
    <message>
        <source>Koneksi ke printer terputus saat mencetak; {partial}.</source>
        <translation>The connection to the printer broke while printing; {partial}.</translation>
    </message>
    <message>
        <source>Gagal mengirim ke printer {printer}: {detail}; {partial}.</source>
        <translation>Could not send to printer {printer}: {detail}; {partial}.</translation>
    </message>
    <message>
        <source>Tidak dapat menyimpan PDF di {folder}: {detail}.</source>
        <translation>Cannot save the PDF in {folder}: {detail}.</translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>Telp. {phone}</source>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <source>asli</source>
        <translation>original</translation>
    </message>
    <message>
        <source>fotokopi</source>
        <translation>photocopy</translation>
    </message>
    <message>
        <source>pindaian</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>{days} hari kalender</source>
        <translation>{days} calendar days</translation>
    </message>
    <message>
        <source>{days} hari</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>{days} hari kerja</source>
        <translation>{days} working days</translation>
    </message>
    <message>
        <source>TANDA TERIMA BERKAS</source>
        <translation>FILE RECEIPT</translation>
    </message>
    <message>
        <source>*** BATAL / VOID ***</source>
        <translation>*** VOID ***</translation>
    </message>
    <message>
        <source>Alasan batal</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>DUPLIKAT ke-{n}</source>
        <translation>DUPLICATE no. {n}</translation>
    </message>
    <message>
        <source>Alasan cetak ulang</source>
        <translation>Reprint reason</translation>
    </message>
    <message>
        <source>No. Registrasi</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Jenis izin</source>
        <translation>Permit type</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Usaha</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Dokumen diterima:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <source>{n} lbr</source>
        <translation>{n} sh.</translation>
    </message>
    <message>
        <source>belum ditetapkan (jangka waktu belum diatur)</source>
        <translation>not set (no completion time configured)</translation>
    </message>
    <message>
        <source>{date} ({basis})</source>
        <translation>{date} ({basis})</translation>
    </message>
    <message>
        <source>Estimasi selesai</source>
        <translation>Expected completion</translation>
    </message>
    <message>
        <source>(perkiraan: kalender libur tahun tersebut belum ditetapkan)</source>
        <translation>(estimate: that year&apos;s holiday calendar is not fixed yet)</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Cek status berkas:</source>
        <translation>Check the file&apos;s status:</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Simpan tanda terima ini; tunjukkan saat mengambil izin bersama KTP asli.</source>
        <translation>Keep this receipt; show it with your original ID card when collecting the permit.</translation>
    </message>
    <message>
        <source>BUKTI PENGEMBALIAN BERKAS</source>
        <translation>FILE RETURN SLIP</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Persyaratan yang belum lengkap:</source>
        <translation>Requirements still missing:</translation>
    </message>
    <message>
        <source>Berkas belum didaftarkan dan jangka waktu penyelesaian belum berjalan. Lengkapi persyaratan di atas lalu ajukan kembali.</source>
        <translation>The file has not been registered and the completion time has not started. Complete the requirements above, then apply again.</translation>
    </message>
</context>
<context>
    <name>registration</name>
    <message>
        <source>waktu penerimaan tidak boleh di masa depan</source>
        <translation>the time received cannot be in the future</translation>
    </message>
    <message>
        <source>Teks pindaian berisi karakter yang tidak sah; pindai ulang.</source>
        <translation>The scanned text contains invalid characters; scan again.</translation>
    </message>
    <message>
        <source>Berkas {text} tidak ditemukan; periksa nomor registrasi atau kode lacak</source>
        <translation>File {text} not found; check the registration number or tracking code</translation>
    </message>
    <message>
        <source>Jenis izin {code} tidak ada di katalog; lihat &apos;counter-app catalog list&apos;</source>
        <translation>Permit type {code} is not in the catalog; see &apos;counter-app catalog list&apos;</translation>
    </message>
    <message>
        <source>butir persyaratan {ids} tidak ada (atau tidak berlaku) untuk jenis izin ini; butir yang ada: {known}</source>
        <translation>requirement items {ids} do not exist (or do not apply) for this permit type; the items are: {known}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Bukti pengembalian berkas dan kekurangannya:</source>
        <translation>Return slips and what was missing:</translation>
    </message>
    <message>
        <source>Hash terakhir jejak audit loket {counter}: {hash}</source>
        <translation>Last audit trail hash of counter {counter}: {hash}</translation>
    </message>
    <message>
        <source>TUTUP HARIAN</source>
        <translation>DAILY CLOSE</translation>
    </message>
    <message>
        <source>Periode {period}; loket {counter}</source>
        <translation>Period {period}; counter {counter}</translation>
    </message>
    <message>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Bukti pengembalian</source>
        <translation>Return slips</translation>
    </message>
    <message>
        <source>Cetak ulang</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Bukti pengembalian berkas:</source>
        <translation>Return slips:</translation>
    </message>
    <message>
        <source>Hash audit loket {counter}:</source>
        <translation>Audit hash of counter {counter}:</translation>
    </message>
    <message>
        <source>REKAP PENDAFTARAN PER JENIS IZIN</source>
        <translation>REGISTRATIONS PER PERMIT TYPE</translation>
    </message>
    <message>
        <source>Periode {period}; per {unit}</source>
        <translation>Period {period}; per {unit}</translation>
    </message>
    <message>
        <source>bulan</source>
        <translation>month</translation>
    </message>
    <message>
        <source>hari</source>
        <translation>day</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Jenis izin</source>
        <translation>Permit type</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Selesai tepat waktu</source>
        <translation>Finished on time</translation>
    </message>
    <message>
        <source>Selesai terlambat</source>
        <translation>Finished late</translation>
    </message>
    <message>
        <source>Terbuka, lewat waktu</source>
        <translation>Open, overdue</translation>
    </message>
    <message>
        <source>Terbuka, masih dalam waktu</source>
        <translation>Open, within time</translation>
    </message>
    <message>
        <source>Kepatuhan SLA per jenis izin</source>
        <translation>SLA compliance per permit type</translation>
    </message>
    <message>
        <source>KEPATUHAN SLA PER JENIS IZIN</source>
        <translation>SLA COMPLIANCE PER PERMIT TYPE</translation>
    </message>
    <message>
        <source>Berkas yang diterima {period}</source>
        <translation>Files received {period}</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Tanpa SLA</source>
        <translation>No SLA</translation>
    </message>
    <message>
        <source>Tepat waktu (dari yang selesai)</source>
        <translation>On time (of those finished)</translation>
    </message>
    <message>
        <source>tanggal akhir sebelum tanggal awal</source>
        <translation>the end date is before the start date</translation>
    </message>
    <message>
        <source>periode paling lama {n} hari</source>
        <translation>the period is at most {n} days</translation>
    </message>
    <message>
        <source>tanggal tidak terbaca; tulis TTTT-BB-HH, mis. 2026-11-23</source>
        <translation>the date cannot be read; write YYYY-MM-DD, e.g. 2026-11-23</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>tulis true atau false</source>
        <translation>write true or false</translation>
    </message>
    <message>
        <source>tulis nomor hari 1 (Senin) sampai 7 (Minggu), dipisah koma</source>
        <translation>write day numbers 1 (Monday) to 7 (Sunday), separated by commas</translation>
    </message>
    <message>
        <source>gunakan 1–12 huruf atau angka</source>
        <translation>use 1–12 letters or digits</translation>
    </message>
    <message>
        <source>zona waktu tidak dikenal; misalnya Asia/Jakarta</source>
        <translation>unknown time zone; for example Asia/Jakarta</translation>
    </message>
    <message>
        <source>pola harus memuat {counter}, {date:%y%m%d} dan {seq:04d}, dan hanya kunci office/counter/date/seq</source>
        <translation>the pattern must contain {counter}, {date:%y%m%d} and {seq:04d}, and only the keys office/counter/date/seq</translation>
    </message>
    <message>
        <source>tulis jumlah hari 1–3650</source>
        <translation>write a number of days 1–3650</translation>
    </message>
    <message>
        <source>lebar kertas 58 atau 80 (mm)</source>
        <translation>paper width 58 or 80 (mm)</translation>
    </message>
    <message>
        <source>mode QR &apos;image&apos; atau &apos;native&apos;</source>
        <translation>QR mode &apos;image&apos; or &apos;native&apos;</translation>
    </message>
    <message>
        <source>tulis URL PostgreSQL, mis. postgresql://loket@server-hub:5432/loket, atau kosongkan</source>
        <translation>write a PostgreSQL URL, e.g. postgresql://loket@hub-server:5432/loket, or leave it empty</translation>
    </message>
    <message>
        <source>tulis jumlah detik 1–3600</source>
        <translation>write a number of seconds 1–3600</translation>
    </message>
    <message>
        <source>kunci pengaturan tidak dikenal; kunci yang ada: {keys}</source>
        <translation>unknown setting key; the keys are: {keys}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>sedang diproses</source>
        <translation>in process</translation>
    </message>
    <message>
        <source>menunggu kelengkapan dari pemohon</source>
        <translation>waiting for the applicant to complete the file</translation>
    </message>
    <message>
        <source>siap diambil</source>
        <translation>ready for pickup</translation>
    </message>
    <message>
        <source>sudah diserahkan</source>
        <translation>handed over</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Kode lacak tidak ditemukan. Periksa kembali kode pada tanda terima, atau hubungi loket pelayanan.</source>
        <translation>Tracking code not found. Check the code on the receipt again, or contact the service counter.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>tanpa hub</source>
        <translation>no hub</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline sejak {time}</source>
        <translation>offline since {time}</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>belum tersambung</source>
        <translation>not connected yet</translation>
    </message>
    <message>
        <source>{count} perubahan menunggu</source>
        <translation>{count} unsent</translation>
    </message>
    <message>
        <source>Hub {hub} tidak dapat dihubungi: {reason}. Loket tetap bekerja; perubahan disimpan dan dikirim saat hub tersambung lagi.</source>
        <translation>The hub {hub} cannot be reached: {reason}. The counter keeps working; changes are kept and sent when the hub is reachable again.</translation>
    </message>
    <message>
        <source>nama supervisor wajib diisi</source>
        <translation>the supervisor&apos;s name is required</translation>
    </message>
    <message>
        <source>alamat hub belum diatur; gunakan --hub URL atau &apos;counter-app settings set hub.url postgresql://…&apos;</source>
        <translation>no hub address is set; use --hub URL or &apos;counter-app settings set hub.url postgresql://…&apos;</translation>
    </message>
    <message>
        <source>hub sibuk: menunggu giliran menulis terlalu lama</source>
        <translation>the hub is busy: waited too long for its turn to write</translation>
    </message>
    <message>
        <source>login ditolak; periksa nama pengguna dan kata sandi pada hub.url</source>
        <translation>login refused; check the user name and password in hub.url</translation>
    </message>
    <message>
        <source>basis data {database} tidak ada di server itu</source>
        <translation>database {database} does not exist on that server</translation>
    </message>
    <message>
        <source>hub harus basis data PostgreSQL, mis. postgresql://loket@server-hub:5432/loket</source>
        <translation>the hub must be a PostgreSQL database, e.g. postgresql://loket@hub-server:5432/loket</translation>
    </message>
    <message>
        <source>Basis data ini adalah basis data sebuah loket yang tersinkron ke hub lain; tidak dapat dijadikan hub. Gunakan basis data PostgreSQL tersendiri untuk hub.</source>
        <translation>This database belongs to a counter that syncs with another hub; it cannot become a hub. Use a PostgreSQL database of its own for the hub.</translation>
    </message>
    <message>
        <source>Hub menolak data loket {origin} ({detail}). Biasanya dua loket memakai kode loket yang sama: periksa counter.code dengan &apos;counter-app settings show&apos; di tiap loket.</source>
        <translation>The hub refused data of counter {origin} ({detail}). Usually two counters use the same counter code: check counter.code with &apos;counter-app settings show&apos; on each counter.</translation>
    </message>
    <message>
        <source>Konflik {id} tidak ada; lihat &apos;counter-app sync conflicts&apos;.</source>
        <translation>There is no conflict {id}; see &apos;counter-app sync conflicts&apos;.</translation>
    </message>
    <message>
        <source>Konflik {id} sudah ditutup ({status}).</source>
        <translation>Conflict {id} is already closed ({status}).</translation>
    </message>
    <message>
        <source>Versi jenis izin tidak dapat diganti (berkas sudah merujuknya); pilih --keep current.</source>
        <translation>A permit type version cannot be replaced (files already refer to it); choose --keep current.</translation>
    </message>
    <message>
        <source>Basis data ini adalah hub; hub tidak disinkronkan ke hub lain. Buka loket dengan berkas SQLite-nya sendiri (--db) untuk sinkronisasi.</source>
        <translation>This database is the hub; a hub does not sync with another hub. Open the counter with its own SQLite file (--db) to sync.</translation>
    </message>
    <message>
        <source>Data dari hub tidak dapat disimpan di loket ini ({detail}). Biasanya dua loket memakai kode loket yang sama: periksa counter.code dengan &apos;counter-app settings show&apos; di tiap loket.</source>
        <translation>Data from the hub cannot be stored on this counter ({detail}). Usually two counters use the same counter code: check counter.code with &apos;counter-app settings show&apos; on each counter.</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>Akun pengguna sudah ada: masuk dulu. Di baris perintah sebutkan --user NAMA (atau env COUNTER_APP_USER); sandi dari env COUNTER_APP_PASSWORD atau diketik saat diminta.</source>
        <translation>User accounts exist: sign in first. On the command line give --user NAME (or env COUNTER_APP_USER); the password from env COUNTER_APP_PASSWORD or typed when asked.</translation>
    </message>
    <message>
        <source>Akun {name} tidak aktif lagi; masuk dengan akun lain.</source>
        <translation>Account {name} is no longer active; sign in with another account.</translation>
    </message>
    <message>
        <source>nama akun 2–32 huruf kecil, angka, titik, garis bawah atau tanda hubung (mis. rina)</source>
        <translation>account name: 2–32 lower-case letters, digits, dots, underscores or hyphens (e.g. rina)</translation>
    </message>
    <message>
        <source>Akun pertama harus admin: counter-app user add NAMA --role admin.</source>
        <translation>The first account must be an admin: counter-app user add NAME --role admin.</translation>
    </message>
    <message>
        <source>akun {name} sudah ada; pilih nama lain</source>
        <translation>account {name} already exists; choose another name</translation>
    </message>
    <message>
        <source>Akun yang sedang dipakai tidak dapat dinonaktifkan sendiri.</source>
        <translation>You cannot disable the account you are using.</translation>
    </message>
    <message>
        <source>{name} adalah admin aktif terakhir; buat admin lain dulu.</source>
        <translation>{name} is the last active admin; create another admin first.</translation>
    </message>
    <message>
        <source>Nama akun atau sandi salah.</source>
        <translation>Wrong account name or password.</translation>
    </message>
    <message>
        <source>Akun {name} dinonaktifkan; hubungi admin.</source>
        <translation>Account {name} is disabled; contact the admin.</translation>
    </message>
    <message>
        <source>Nama akun atau sandi salah. Sisa {left} kali percobaan sebelum dikunci.</source>
        <translation>Wrong account name or password. {left} attempts left before the account is locked.</translation>
    </message>
    <message>
        <source>Akun {name} tidak ada; lihat &apos;counter-app user list&apos;.</source>
        <translation>Account {name} does not exist; see &apos;counter-app user list&apos;.</translation>
    </message>
    <message>
        <source>sandi minimal {n} karakter</source>
        <translation>the password needs at least {n} characters</translation>
    </message>
    <message>
        <source>Akun {name} dikunci {minutes} menit setelah {failures} kali sandi salah, sampai pukul {until}; coba lagi nanti atau minta admin mengganti sandi.</source>
        <translation>Account {name} is locked for {minutes} minutes after {failures} wrong passwords, until {until}; try again later or ask the admin to set a new password.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{label} wajib diisi</source>
        <translation>{label} is required</translation>
    </message>
    <message>
        <source>data pemohon harus berupa objek JSON</source>
        <translation>the applicant data must be a JSON object</translation>
    </message>
    <message>
        <source>nama lengkap</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>nomor paspor wajib diisi untuk WNA</source>
        <translation>a passport number is required for a foreign national</translation>
    </message>
    <message>
        <source>kode wilayah NIK {code} tidak dikenal; pastikan sesuai KTP</source>
        <translation>NIK region code {code} is unknown; make sure it matches the ID card</translation>
    </message>
    <message>
        <source>nomor telepon</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>tanggal lahir tidak valid; tulis sebagai TTTT-BB-HH, misalnya 1985-08-17</source>
        <translation>invalid date of birth; write it as YYYY-MM-DD, for example 1985-08-17</translation>
    </message>
    <message>
        <source>data usaha harus berupa objek JSON atau null</source>
        <translation>the business data must be a JSON object or null</translation>
    </message>
    <message>
        <source>nama usaha wajib diisi</source>
        <translation>the business name is required</translation>
    </message>
    <message>
        <source>bentuk usaha harus &apos;perseorangan&apos; atau &apos;badan_usaha&apos;</source>
        <translation>the business form must be &apos;perseorangan&apos; or &apos;badan_usaha&apos;</translation>
    </message>
    <message>
        <source>NIK harus 16 angka (tertulis {count} karakter); periksa kembali dari KTP</source>
        <translation>the NIK must be 16 digits ({count} characters written); check it against the ID card</translation>
    </message>
    <message>
        <source>NIK tidak valid: digit ke-9 dan ke-10 (bulan lahir) harus 01–12</source>
        <translation>invalid NIK: digits 9 and 10 (month of birth) must be 01–12</translation>
    </message>
    <message>
        <source>NIK tidak valid: digit ke-7 dan ke-8 (tanggal lahir, +40 untuk perempuan) bukan tanggal yang ada</source>
        <translation>invalid NIK: digits 7 and 8 (day of birth, +40 for women) are not a real day</translation>
    </message>
    <message>
        <source>NIK tidak valid: 4 digit terakhir tidak boleh 0000</source>
        <translation>invalid NIK: the last 4 digits cannot be 0000</translation>
    </message>
    <message>
        <source>NIB harus 13 angka (tertulis {count} karakter); salin dari dokumen NIB OSS</source>
        <translation>the NIB must be 13 digits ({count} characters written); copy it from the OSS NIB document</translation>
    </message>
    <message>
        <source>NPWP harus 15 angka (format lama) atau 16 angka (format baru/NIK); tertulis {count} karakter</source>
        <translation>the NPWP must be 15 digits (old format) or 16 digits (new format/NIK); {count} characters written</translation>
    </message>
    <message>
        <source>NPWP tidak valid: digit ke-9 (angka pemeriksa) tidak cocok; periksa kembali dari kartu NPWP</source>
        <translation>invalid NPWP: digit 9 (the check digit) does not match; check it against the NPWP card</translation>
    </message>
    <message>
        <source>NPWP tidak valid: angka pemeriksa tidak cocok; periksa kembali dari kartu NPWP</source>
        <translation>invalid NPWP: the check digit does not match; check it against the NPWP card</translation>
    </message>
    <message>
        <source>nomor telepon tidak terbaca; tulis seperti 0812 3456 7890 atau +62 812 3456 7890</source>
        <translation>the phone number cannot be read; write it like 0812 3456 7890 or +62 812 3456 7890</translation>
    </message>
    <message>
        <source>nomor telepon tidak valid; periksa jumlah digit dan kode area/operator</source>
        <translation>invalid phone number; check the number of digits and the area/operator code</translation>
    </message>
    <message>
        <source>alamat e-mail tidak valid; tulis seperti nama@contoh.go.id</source>
        <translation>invalid e-mail address; write it like name@example.go.id</translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <source>Status Permohonan</source>
        <translation>Application Status</translation>
    </message>
    <message>
        <source>Kode lacak</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jenis izin</source>
        <translation>Permit type</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Tanggal diterima</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Tahap saat ini</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>Estimasi selesai</source>
        <translation>Expected completion</translation>
    </message>
    <message>
        <source>Tahapan berkas</source>
        <translation>Stages of the file</translation>
    </message>
    <message>
        <source>Halaman ini sengaja tidak memuat NIK, nomor telepon, e-mail, alamat, atau nama petugas. Simpan tanda terima Anda: kode lacaknya adalah kunci halaman ini.</source>
        <translation>This page deliberately shows no NIK, phone number, e-mail, address or officer names. Keep your receipt: its tracking code is the key to this page.</translation>
    </message>
    <message>
        <source>Cek status permohonan</source>
        <translation>Check an application&apos;s status</translation>
    </message>
    <message>
        <source>Kode lacak tercetak di bawah kode QR pada tanda terima, misalnya 7KQ2-MX9D-4T1B-R.</source>
        <translation>The tracking code is printed under the QR code on the receipt, for example 7KQ2-MX9D-4T1B-R.</translation>
    </message>
    <message>
        <source>Cek status</source>
        <translation>Check status</translation>
    </message>
    <message>
        <source>Kode lacak tidak ditemukan</source>
        <translation>Tracking code not found</translation>
    </message>
    <message>
        <source>Periksa kembali kode pada tanda terima (huruf besar/kecil dan tanda hubung boleh diabaikan). Status berkas yang sudah selesai lebih dari beberapa bulan tidak ditampilkan lagi; untuk itu, hubungi loket pelayanan dengan membawa tanda terima.</source>
        <translation>Check the code on the receipt again (upper or lower case and dashes do not matter). The status of a file finished more than a few months ago is no longer shown; for that, bring the receipt to the service counter.</translation>
    </message>
    <message>
        <source>Terlalu banyak permintaan</source>
        <translation>Too many requests</translation>
    </message>
    <message>
        <source>Tunggu sebentar, lalu muat ulang halaman ini.</source>
        <translation>Wait a moment, then reload this page.</translation>
    </message>
    <message>
        <source>Layanan sedang tidak tersedia</source>
        <translation>Service unavailable</translation>
    </message>
    <message>
        <source>Status tidak dapat dibaca saat ini. Coba lagi beberapa menit lagi.</source>
        <translation>The status cannot be read right now. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>{n} hari kalender</source>
        <translation>{n} calendar day(s)</translation>
    </message>
    <message>
        <source>{n} hari kerja</source>
        <translation>{n} working day(s)</translation>
    </message>
    <message>
        <source>tidak ditentukan untuk jenis izin ini</source>
        <translation>not set for this permit type</translation>
    </message>
    <message>
        <source>{date} — dihitung lagi setelah berkas dilengkapi</source>
        <translation>{date} — counted again once the file is complete</translation>
    </message>
    <message>
        <source>{date} (sisa {days})</source>
        <translation>{date} ({days} left)</translation>
    </message>
    <message>
        <source>{date} (hari ini batasnya)</source>
        <translation>{date} (due today)</translation>
    </message>
    <message>
        <source>{date} (lewat {days})</source>
        <translation>{date} ({days} late)</translation>
    </message>
    <message>
        <source>Berkas Anda sedang diproses. Anda tidak perlu datang sampai berkas siap diambil.</source>
        <translation>Your file is being processed. You do not need to come until it is ready for pickup.</translation>
    </message>
    <message>
        <source>Berkas dikembalikan kepada Anda sejak {date} untuk dilengkapi. Bawa kelengkapannya ke loket bersama tanda terima; batas waktu pelayanan berhenti sementara sampai berkas diajukan kembali.</source>
        <translation>The file was returned to you on {date} to be completed. Bring what is missing to the counter with the receipt; the service time limit is paused until the file is submitted again.</translation>
    </message>
    <message>
        <source>Izin Anda siap diambil di loket penyerahan. Bawa tanda terima dan KTP asli pemohon.</source>
        <translation>Your permit is ready for pickup at the handover counter. Bring the receipt and the applicant&apos;s original ID card (KTP).</translation>
    </message>
    <message>
        <source>Izin sudah diserahkan pada {date}.</source>
        <translation>The permit was handed over on {date}.</translation>
    </message>
    <message>
        <source>Permohonan ditolak pada {date}. Alasannya dapat ditanyakan di loket dengan membawa tanda terima.</source>
        <translation>The application was rejected on {date}. Ask for the reason at the counter, bringing the receipt.</translation>
    </message>
    <message>
        <source>Pendaftaran berkas ini dibatalkan pada {date}. Tanyakan di loket dengan membawa tanda terima.</source>
        <translation>The registration of this file was cancelled on {date}. Ask at the counter, bringing your receipt.</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>berhenti {date}</source>
        <translation>stopped {date}</translation>
    </message>
    <message>
        <source>sejak {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <source>berhenti di {stage} (tahap {n} dari {total})</source>
        <translation>stopped at {stage} (stage {n} of {total})</translation>
    </message>
    <message>
        <source>{stage} (tahap {n} dari {total}), dikerjakan oleh {role}</source>
        <translation>{stage} (stage {n} of {total}), done by {role}</translation>
    </message>
</context>
<context>
    <name>whatsapp</name>
    <message>
        <source>Yth. Bapak/Ibu pemohon,</source>
        <translation>Dear applicant,</translation>
    </message>
    <message>
        <source>berikut status permohonan Anda di {office}:</source>
        <translation>here is the status of your application at {office}:</translation>
    </message>
    <message>
        <source>No. registrasi: {reg_no}</source>
        <translation>Registration no.: {reg_no}</translation>
    </message>
    <message>
        <source>Jenis izin: {permit}</source>
        <translation>Permit type: {permit}</translation>
    </message>
    <message>
        <source>Tahap: {stage} ({state})</source>
        <translation>Stage: {stage} ({state})</translation>
    </message>
    <message>
        <source>Cek status kapan saja: {url}</source>
        <translation>Check the status any time: {url}</translation>
    </message>
</context>
</TS>
