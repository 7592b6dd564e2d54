"""The status page over HTTP (Starlette's test client on the real app, service and SQLite file):
the page and its JSON, one 404 for every kind of bad code, 429, the headers, escaping, privacy."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx2 as httpx
import pytest
from starlette.testclient import TestClient

import web
from counter_app.app import Application, StatusSite, open_status_site
from counter_app.domain.catalog import Role
from counter_app.domain.control_card import CardAction
from counter_app.domain.tracking import format_tracking_code, new_tracking_code
from tests.helpers.clock import FixedClock
from tests.services.conftest import APPLICANT
from tests.web.conftest import OFFICE, register

SECURITY_HEADERS = {
    "cache-control": "no-store",
    "x-robots-tag": "noindex, nofollow",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
}


def assert_security_headers(response: httpx.Response) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, name
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "script-src" not in csp  # default-src 'none' forbids every script
    assert re.search(r"style-src 'sha256-[A-Za-z0-9+/]{43}='", csp)


def text_of(html: str) -> str:
    """The page's visible words, tags removed and whitespace collapsed."""
    body = html.split("</style>", 1)[-1]
    return " ".join(re.sub(r"<[^>]+>", " ", body).split())


def test_the_qr_address_shows_the_status_page(app: Application, client: TestClient) -> None:
    _reg_no, code = register(app)
    response = client.get(f"/t/{format_tracking_code(code)}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert_security_headers(response)
    words = text_of(response.text)
    for expected in (
        OFFICE,
        "Status Permohonan",
        f"Kode lacak {format_tracking_code(code)}",
        "Status sedang diproses",
        "Jenis izin Izin Industri Pembuatan Logam Dasar Mulia",
        "Pemohon B*** S******",
        "Tanggal diterima Senin, 23 November 2026",
        "Tahap saat ini Pendaftaran dan pemeriksaan kelengkapan berkas (tahap 1 dari 8), dikerjakan oleh loket",
        "Estimasi selesai Rabu, 2 Desember 2026 (sisa 7 hari kerja)",
        "Pendaftaran dan pemeriksaan kelengkapan berkas loket (front office) · sejak 23 Nov 2026",
        "Verifikasi berkas back office · belum",
        "Penyerahan kepada pemohon loket (front office) · belum",
    ):
        assert expected in words, expected
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in response.text
    assert "<script" not in response.text


def test_the_code_may_be_typed_in_any_case_and_grouping(app: Application, client: TestClient) -> None:
    _reg_no, code = register(app)
    pages = {client.get(f"/t/{spelled}").text for spelled in (code, code.lower(), format_tracking_code(code).lower())}
    assert len(pages) == 1
    assert format_tracking_code(code) in pages.pop()


def test_the_json_says_the_same(app: Application, client: TestClient, clock: FixedClock) -> None:
    reg_no, code = register(app)
    clock.advance(days=1)
    app.cards.act(reg_no, CardAction.ADVANCED, "sari", Role.FRONT_DESK)
    clock.advance(hours=2)
    app.cards.act(reg_no, CardAction.RETURNED, "rudi", Role.BACK_OFFICE, note="NPWP tidak terbaca")
    response = client.get(f"/api/t/{code.lower()}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert_security_headers(response)
    data = response.json()
    assert data["code"] == format_tracking_code(code)
    assert (data["office"], data["applicant"], data["received_on"]) == (OFFICE, "B*** S******", "2026-11-23")
    assert (data["status"], data["status_text"]) == ("waiting_for_applicant", "menunggu kelengkapan dari pemohon")
    assert data["stage"] == {"name": "Verifikasi berkas", "role": "back office", "number": 2, "count": 8}
    assert data["waiting_since"] == "2026-11-24"
    assert [s["state"] for s in data["timeline"][:3]] == ["done", "current", "upcoming"]
    assert data["timeline"][0] == {
        "name": "Pendaftaran dan pemeriksaan kelengkapan berkas",
        "role": "loket (front office)",
        "state": "done",
        "entered_on": "2026-11-23",
        "left_on": "2026-11-24",
    }
    page = text_of(client.get(f"/t/{code}").text)
    assert "Status menunggu kelengkapan dari pemohon" in page
    assert "dikembalikan kepada Anda sejak Selasa, 24 November 2026" in page


def test_ready_rejected_and_handed_over_read_as_such(app: Application, client: TestClient, clock: FixedClock) -> None:
    ready_no, ready = register(app)
    rejected_no, rejected = register(app)
    stages = app.cards.show(ready_no).registration.permit.stages
    for index in range(len(stages) - 1):
        app.cards.act(ready_no, CardAction.ADVANCED, "rudi", stages[index].role)
    app.cards.act(rejected_no, CardAction.REJECTED, "sari", Role.FRONT_DESK, note="bukan kewenangan daerah")
    assert "Status siap diambil" in text_of(client.get(f"/t/{ready}").text)
    page = text_of(client.get(f"/t/{rejected}").text)
    assert "Status ditolak" in page and "Permohonan ditolak pada Senin, 23 November 2026" in page
    assert "bukan kewenangan" not in page  # the officer's reason is not the public's
    clock.advance(days=1)
    app.cards.act(
        ready_no, CardAction.HANDED_OVER, "sari", Role.FRONT_DESK, data={"received_by": "Budi", "id_document": "KTP"}
    )
    page = text_of(client.get(f"/t/{ready}").text)
    assert "Status sudah diserahkan" in page and "Izin sudah diserahkan pada Selasa, 24 November 2026" in page
    assert "Tahap saat ini" not in page


def test_every_bad_code_gets_the_same_404(app: Application, client: TestClient, clock: FixedClock) -> None:
    reg_no, code = register(app)
    app.cards.act(reg_no, CardAction.REJECTED, "sari", Role.FRONT_DESK, note="tidak lengkap")
    clock.advance(days=91)  # closed more than status.expire_days (90) ago: expired
    wrong_check = code[:-1] + ("0" if code[-1] != "0" else "1")
    bad = [
        code,  # expired
        new_tracking_code(),  # well-formed, unknown
        wrong_check,
        code[:8],
        "%3Cscript%3E",
        "A" * 300,
        "..%2F..%2Fetc%2Fpasswd",
    ]
    pages = [client.get(f"/t/{text}") for text in bad] + [client.get("/tidak/ada"), client.get("/t/")]
    assert {r.status_code for r in pages} == {404}
    assert len({r.content for r in pages}) == 1
    for response in pages:
        assert_security_headers(response)
    assert "Kode lacak tidak ditemukan" in pages[0].text
    assert code not in pages[0].text
    answers = [client.get(f"/api/t/{text}") for text in bad]
    assert {r.status_code for r in answers} == {404}
    assert len({r.content for r in answers}) == 1
    assert answers[0].json()["error"] == "not_found"


def test_the_form_sends_a_typed_code_to_its_page(app: Application, client: TestClient) -> None:
    _reg_no, code = register(app)
    assert client.get("/").status_code == 200
    typed = f"{code[:4].lower()} {code[4:]}"
    response = client.get("/t", params={"kode": typed}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/t/{format_tracking_code(code)}"
    assert client.get("/t", params={"kode": "bukan kode"}).status_code == 404


def test_a_client_asking_too_often_gets_429(app: Application, site: StatusSite) -> None:
    _reg_no, code = register(app)
    now = [1000.0]
    asgi = web.create_app(site.service, rate_limit=web.RateLimit(per_minute=6, burst=3), rate_clock=lambda: now[0])
    with (
        TestClient(asgi, client=("203.0.113.7", 50000)) as phone,
        TestClient(asgi, client=("198.51.100.9", 50000)) as other,
    ):
        assert [phone.get(f"/t/{code}").status_code for _ in range(3)] == [200, 200, 200]
        limited = phone.get(f"/t/{code}")
        assert limited.status_code == 429
        assert limited.headers["retry-after"] == "10"  # one request every 10 s
        assert_security_headers(limited)
        assert "Terlalu banyak permintaan" in limited.text
        api = phone.get(f"/api/t/{code}")
        assert (api.status_code, api.json()["error"]) == (429, "too_many_requests")
        assert phone.get("/t/salah").status_code == 429  # guessing counts too
        assert other.get(f"/t/{code}").status_code == 200  # another client has its own allowance
        now[0] += 10.0
        assert phone.get(f"/t/{code}").status_code == 200
        assert phone.get(f"/t/{code}").status_code == 429


@pytest.fixture
def hostile(app: Application) -> str:
    app.settings.set("office.name", '<script>alert(1)</script> & "Kantor"')
    _reg_no, code = register(app, {**APPLICANT, "name": "<script>alert(1)</script>"})
    return code


def test_markup_in_names_is_shown_escaped(client: TestClient, hostile: str) -> None:
    response = client.get(f"/t/{hostile}")
    assert response.status_code == 200
    html = response.text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Kantor&#34;" in html
    assert '<dd id="applicant">&lt;************************</dd>' in html  # masked, and escaped
    data = client.get(f"/api/t/{hostile}").json()
    assert data["office"] == '<script>alert(1)</script> & "Kantor"'  # JSON carries text, not markup
    assert data["applicant"] == "<" + "*" * 24


def test_no_personal_data_in_any_response(app: Application, client: TestClient, clock: FixedClock) -> None:
    reg_no, code = register(app)
    app.cards.act(reg_no, CardAction.ADVANCED, "sari", Role.FRONT_DESK, note="NIK 3214011708850001 dicek")
    app.cards.act(reg_no, CardAction.RETURNED, "rudi", Role.BACK_OFFICE, note="hubungi 0812-3456-7890")
    bodies = [client.get(path).text for path in (f"/t/{code}", f"/api/t/{code}", "/", "/t/salah")]
    everything = "\n".join(bodies) + json.dumps(client.get(f"/api/t/{code}").json(), ensure_ascii=False)
    for secret in (
        "3214011708850001",
        "81234567890",
        "0812-3456-7890",
        "budi@contoh.id",
        "Jl. Veteran",
        "Budi",
        "Santoso",
        "PT Logam Mulia",
        reg_no,
        "sari",
        "rudi",
        "dicek",
    ):
        assert secret not in everything, secret


def test_the_page_reads_a_hub_on_postgresql_too(database_url: str, clock: FixedClock) -> None:
    """`counter-app --db postgresql://… status-server` on the sync hub (or on SQLite): same page; on a
    network database the lookup runs in the thread pool, not on the event loop."""
    from counter_app.app import open_application, open_status_site

    application = open_application(database_url, clock=clock)
    try:
        application.settings.set("office.name", OFFICE)
        _reg_no, code = register(application)
        site = open_status_site(database_url, migrate=False, clock=clock)
        try:
            assert site.offload is database_url.startswith("postgresql")
            with TestClient(web.create_app(site.service, offload=site.offload)) as hub_client:
                response = hub_client.get(f"/t/{code}")
                missing = hub_client.get(f"/api/t/{new_tracking_code()}")
        finally:
            site.close()
    finally:
        application.close()
    assert response.status_code == 200
    assert OFFICE in response.text and "Pemohon B*** S******" in text_of(response.text)
    assert missing.status_code == 404


def test_the_page_in_english(app: Application, site: StatusSite) -> None:
    """A server started with LANG=en: the same page, its words and dates in English."""
    from counter_app import i18n

    _reg_no, code = register(app)
    i18n.install("en")
    with TestClient(web.create_app(site.service)) as english:
        page = text_of(english.get(f"/t/{code}").text)
        missing = text_of(english.get("/t/salah").text)
    for expected in (
        "Application Status",
        "Status in process",
        "Received on Monday, 23 November 2026",
        "(stage 1 of 8), done by counter (front office)",
        "Expected completion Wednesday, 2 December 2026 (7 working day(s) left)",
        "Verifikasi berkas back office · not yet",  # stage names are the catalog's, as the office wrote them
    ):
        assert expected in page, expected
    assert "Tracking code not found" in missing


def test_a_page_asked_again_follows_the_file_and_the_day(app: Application, db_path: Path, clock: FixedClock) -> None:
    """What was derived and rendered for a file is kept, but only while the file, the day and the
    settings stay the same: a card action, the next day or a settings change shows at once."""
    reg_no, code = register(app)
    site = open_status_site(str(db_path), migrate=False, clock=clock)  # settings kept 30 s, as served
    try:
        with TestClient(web.create_app(site.service), base_url="https://status.contoh.go.id") as client:
            first = client.get(f"/t/{code}").text
            assert "tahap 1 dari 8" in text_of(first) and "sisa 7 hari kerja" in text_of(first)
            assert site.service.lookup(code) is site.service.lookup(code)  # unchanged: kept
            assert client.get(f"/t/{code.lower()}").text == first

            kept = site.service.lookup(code)
            app.cards.act(reg_no, CardAction.ADVANCED, "sari", Role.FRONT_DESK)
            assert site.service.lookup(code) is not kept
            assert "tahap 2 dari 8" in text_of(client.get(f"/t/{code}").text)

            clock.advance(days=1)  # Tuesday: one working day less
            assert "sisa 6 hari kerja" in text_of(client.get(f"/t/{code}").text)
    finally:
        site.close()
