"""The test print dialog: print the test page, mark what came out right, save the printer profile.

    dialog = PrinterTestDialog(send_test, save_profile, checks, uri=current_uri, paper_mm=80, parent=window)
    dialog.exec()

The UI does not import the printing adapter: the composition root hands in plain callables.
- `send_test(uri, paper_mm)` builds the test page for that paper and sends it (code-page lines,
  image QR, native QR, a cut); it runs on a worker thread and raises `KnownError` (`PrinterError`)
  when the printer cannot be reached: the message is shown in the dialog.
- `save_profile(uri, paper_mm, qr_native, cut)` stores the printer's settings; it runs on the UI
  thread (a few settings rows).
- `checks`: what the officer looks at, as `(key, question)` pairs in the active language (the
  printing adapter's `test_page.checks()`); without them the dialog asks its own four questions.
  Only two keys change the profile: `qr_native` (native QR only when it scanned) and `cut` (cut
  only when the paper was cut); the others are there to be looked at.

The checks and "Simpan profil" open up once a test page went out, and close again when the address
or the paper is changed afterwards (the answers were about the other set-up).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.errors import KnownError
from ui.errors import show_errors
from ui.workers import run_task

log = logging.getLogger(__name__)

SendTest = Callable[[str, int], None]
"""(printer URI, paper width in mm) -> None; raises `KnownError` when the page could not be sent."""
SaveProfile = Callable[[str, int, bool, bool], None]
"""(printer URI, paper width in mm, native QR, cut) -> None."""

NATIVE_QR_CHECK = "qr_native"
CUT_CHECK = "cut"
PAPER_WIDTHS = (58, 80)
ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: #5f6368;"


@dataclass(frozen=True)
class SavedProfile:
    """What "Simpan profil" saved."""

    uri: str
    paper_mm: int
    qr_native: bool
    cut: bool


class PrinterTestDialog(QDialog):
    """Printer address and paper, "Cetak halaman uji", the checks, "Simpan profil"."""

    def __init__(
        self,
        send_test: SendTest,
        save_profile: SaveProfile,
        checks: Sequence[tuple[str, str]] | None = None,
        *,
        uri: str = "",
        paper_mm: int = 80,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tes printer struk"))
        self._send_test = send_test
        self._save_profile = save_profile
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._sending = False
        self._sent: tuple[str, int] | None = None
        self.saved: SavedProfile | None = None

        intro = QLabel(
            self.tr(
                "Cetak halaman uji, lalu centang bagian yang tercetak dengan benar. QR bawaan dan potong "
                "kertas otomatis hanya dipakai bila lolos uji."
            )
        )
        intro.setWordWrap(True)

        self.uri = QLineEdit(uri)
        self.uri.setPlaceholderText(self.tr("misalnya tcp://192.168.1.50:9100 atau usb://04b8:0202"))
        self.uri.setClearButtonEnabled(True)
        uri_label = QLabel(self.tr("&Printer (URI):"))
        uri_label.setBuddy(self.uri)

        self.paper = QButtonGroup(self)
        paper_row = QHBoxLayout()
        for width in PAPER_WIDTHS:
            button = QRadioButton(self.tr("{paper} mm").format(paper=width))
            self.paper.addButton(button, width)
            paper_row.addWidget(button)
        paper_row.addStretch(1)
        chosen = self.paper.button(paper_mm if paper_mm in PAPER_WIDTHS else 80)
        chosen.setChecked(True)
        paper_label = QLabel(self.tr("Lebar kertas:"))

        form = QFormLayout()
        form.addRow(uri_label, self.uri)
        form.addRow(paper_label, paper_row)

        self.send_button = QPushButton(self.tr("&Cetak halaman uji"))
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self.send)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_button)
        send_row.addWidget(self.status, 1)

        self.checks_box = QGroupBox(self.tr("Yang tercetak dengan benar"))
        checks_layout = QVBoxLayout(self.checks_box)
        self.check_boxes: dict[str, QCheckBox] = {}
        for key, question in checks if checks is not None else self._default_checks():
            box = QCheckBox(question)
            box.toggled.connect(self._update)
            self.check_boxes[key] = box
            checks_layout.addWidget(box)
        self.summary = QLabel()
        self.summary.setStyleSheet(NOTE_STYLE)
        self.summary.setWordWrap(True)
        checks_layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Simpan profil"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        # Enter sends the test page (in the address field); it never saves by accident.
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(send_row)
        layout.addWidget(self.checks_box)
        layout.addWidget(self.buttons)

        self.uri.returnPressed.connect(self.send)
        self.uri.textChanged.connect(self._target_changed)
        self.paper.idToggled.connect(self._target_changed)
        self._update()

    def _default_checks(self) -> list[tuple[str, str]]:
        return [
            ("text", self.tr("Teks terbaca jelas dan huruf pada baris halaman kode tercetak benar")),
            ("qr_image", self.tr("QR gambar terbaca oleh kamera ponsel")),
            (NATIVE_QR_CHECK, self.tr("QR bawaan terbaca oleh kamera ponsel")),
            (CUT_CHECK, self.tr("Kertas terpotong otomatis di akhir")),
        ]

    # -- what the officer chose ----------------------------------------------------------------

    def target(self) -> tuple[str, int]:
        """The printer URI (trimmed) and the paper width chosen now."""
        return self.uri.text().strip(), self.paper.checkedId()

    def passed(self, key: str) -> bool:
        box = self.check_boxes.get(key)
        return box is not None and box.isChecked()

    def qr_native(self) -> bool:
        return self.passed(NATIVE_QR_CHECK)

    def cut(self) -> bool:
        return self.passed(CUT_CHECK)

    # -- sending -------------------------------------------------------------------------------

    def send(self) -> None:
        """Send the test page for the chosen printer and paper on the worker thread."""
        uri, paper_mm = self.target()
        if not uri or self._sending:
            return
        self._sending = True
        self._sent = None
        self._show_status(self.tr("Mengirim halaman uji ke {uri}…").format(uri=uri))
        self._update()
        run_task(
            lambda: self._send_test(uri, paper_mm),
            lambda _result: self._on_sent(uri, paper_mm),
            self._on_send_failed,
            pool=self._pool,
            context=self,
        )

    def wait(self, msecs: int = -1) -> bool:
        """Block until a test page being sent is done (tests); True when nothing is left."""
        return self._pool.waitForDone(msecs)

    def _on_sent(self, uri: str, paper_mm: int) -> None:
        self._sending = False
        if (uri, paper_mm) == self.target():
            self._sent = (uri, paper_mm)
            self._show_status(self.tr("Halaman uji terkirim. Periksa hasil cetaknya dan centang yang benar."))
        else:
            self._show_status(self.tr("Alamat atau kertas berubah saat mencetak: cetak halaman uji lagi."))
        self._update()

    def _on_send_failed(self, error: Exception) -> None:
        self._sending = False
        self._sent = None
        self._update()
        if isinstance(error, KnownError):
            log.info("test page not sent: %s", error.message)
            self._show_status(
                self.tr("Halaman uji tidak terkirim: {message}").format(message=error.message), error=True
            )
            return
        self._show_status(self.tr("Halaman uji tidak terkirim."), error=True)
        with show_errors(self, self.windowTitle()):
            raise error

    def _target_changed(self) -> None:
        if self._sent is not None and self._sent != self.target():
            self._sent = None
            self._show_status(self.tr("Alamat atau kertas berubah: cetak halaman uji lagi."))
        self._update()

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        """Save the profile the ticks give (native QR and cut only when they passed), then close."""
        if self._sent is None or self._sending:
            return
        uri, paper_mm = self._sent
        profile = SavedProfile(uri, paper_mm, qr_native=self.qr_native(), cut=self.cut())
        with show_errors(self, self.windowTitle()) as shown:
            self._save_profile(profile.uri, profile.paper_mm, profile.qr_native, profile.cut)
        if shown.failed:
            return
        self.saved = profile
        self.accept()

    # -- plumbing ------------------------------------------------------------------------------

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _update(self) -> None:
        uri, _paper = self.target()
        ready = self._sent is not None and not self._sending
        self.send_button.setEnabled(bool(uri) and not self._sending)
        self.uri.setReadOnly(self._sending)
        for button in self.paper.buttons():
            button.setEnabled(not self._sending)
        self.checks_box.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.summary.setText(
            self.tr("Profil yang disimpan: kertas {paper} mm, QR {qr}, potong kertas: {cut}.").format(
                paper=self.paper.checkedId(),
                qr=self.tr("bawaan") if self.qr_native() else self.tr("gambar"),
                cut=self.tr("ya") if self.cut() else self.tr("tidak"),
            )
        )
