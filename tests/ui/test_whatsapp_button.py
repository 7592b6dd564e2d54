"""The back office's "Kirim status lewat WhatsApp" button: it opens a wa.me link to the applicant's
number with the status typed in, and does nothing else (the officer presses send in WhatsApp).
Only `QDesktopServices.openUrl` is replaced: no browser can open here."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.tracking import format_tracking_code
from counter_app.services.registration import Registered, RegistrationRequest
from tests.services.conftest import APPLICANT
from tests.ui.conftest import SqliteApp
from ui.backoffice import BackOfficeTab

pytestmark = pytest.mark.gui


@dataclass
class Opened:
    urls: list[QUrl] = field(default_factory=list)
    answer: bool = True

    def open_url(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.answer


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Opened:
    recorder = Opened()
    monkeypatch.setattr(QDesktopServices, "openUrl", recorder.open_url)
    return recorder


@pytest.fixture
def tab(qtbot: QtBot, sqlite_app: SqliteApp) -> BackOfficeTab:
    app = sqlite_app.application
    widget = BackOfficeTab(
        app.cards,
        app.settings,
        officer="Rina",
        role=Role.BACK_OFFICE,
        ask_save=lambda _parent, _path: None,
        open_file=lambda _path: None,
        auto_refresh_ms=3_600_000,
    )
    qtbot.addWidget(widget)
    return widget


def registered(sqlite_app: SqliteApp) -> tuple[str, str]:
    outcome = sqlite_app.application.registration.submit(RegistrationRequest("IZIN-24201", APPLICANT, "sari"))
    assert isinstance(outcome, Registered)
    return outcome.registration.reg_no, outcome.registration.tracking_code


def test_the_button_opens_whatsapp_with_the_status_typed_in(
    qtbot: QtBot, tab: BackOfficeTab, sqlite_app: SqliteApp, opened: Opened
) -> None:
    button = tab.detail.whatsapp_button
    assert not button.isEnabled()  # no file shown yet
    reg_no, code = registered(sqlite_app)
    sqlite_app.application.cards.act(reg_no, CardAction.ADVANCED, "sari", Role.FRONT_DESK)
    assert tab.show_file(reg_no)
    assert button.isEnabled() and not button.isHidden()
    button.click()
    assert len(opened.urls) == 1
    url = opened.urls[0]
    encoded = bytes(url.toEncoded().data()).decode("ascii")
    parts = urlsplit(encoded)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/6281234567890")  # 0812-3456-7890
    assert parse_qs(parts.query)["text"] == [
        "Yth. Bapak/Ibu pemohon,\n"
        "berikut status permohonan Anda di DPMPTSP Kabupaten Purwakarta:\n"
        f"No. registrasi: {reg_no}\n"
        "Jenis izin: Izin Industri Pembuatan Logam Dasar Mulia\n"
        "Tahap: Verifikasi berkas (sedang diproses)\n"
        f"Cek status kapan saja: https://status.contoh.go.id/t/{format_tracking_code(code)}"
    ]
    assert "3214011708850001" not in encoded  # the NIK never goes into a URL


def test_a_refused_open_is_said(qtbot: QtBot, tab: BackOfficeTab, sqlite_app: SqliteApp, opened: Opened) -> None:
    reg_no, _code = registered(sqlite_app)
    opened.answer = False
    assert tab.show_file(reg_no)
    tab.detail.whatsapp_button.click()
    assert len(opened.urls) == 1
    assert "tidak dapat dibuka" in tab.detail.hint.text()


def test_without_settings_there_is_no_button(qtbot: QtBot) -> None:
    from ui.backoffice.card_detail import CardDetail

    detail = CardDetail()
    qtbot.addWidget(detail)
    detail.show()
    assert detail.whatsapp_button.isHidden()
    assert detail.whatsapp_link() is None
