"""Receipt printer set-up through the application: test page out, confirmed profile saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.app import Application
from counter_app.domain.printer_profile import QrMode
from counter_app.errors import PrinterError, ValidationError
from counter_app.services.settings import printer_profile_of


def test_test_page_and_profile(app: Application, tmp_path: Path) -> None:
    target = tmp_path / "printer.bin"
    app.send_test_page(f"file://{target}", 58)
    page = target.read_bytes()
    assert b"DPMPTSP Kabupaten Purwakarta" in page  # the office name heads the page
    assert b"\x1dV" in page  # a cut
    assert {key for key, _ in app.printer_checks()} >= {"qr_native", "cut"}
    app.save_printer_profile(f"file://{target}", 58, qr_native=True, cut=False)
    settings = app.settings.current()
    profile = printer_profile_of(settings)
    assert (profile.paper_mm, profile.qr_mode, profile.cut) == (58, QrMode.NATIVE, False)
    assert settings.get("printer.uri") == f"file://{target}"


def test_a_bad_printer_address_is_a_printer_error(app: Application) -> None:
    with pytest.raises(PrinterError):
        app.send_test_page("lpt1", 80)
    with pytest.raises(ValidationError):
        app.save_printer_profile("tcp://127.0.0.1:9100", 70, qr_native=False, cut=True)
    assert app.settings.current().get("printer.paper_mm") == 80  # nothing half-saved
