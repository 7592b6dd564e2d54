"""Fuzz suite (hypothesis): the importer, the validators, the scanner input and the status URLs.

Each target gets 200 cases by default and 10,000 with RELIABILITY_FULL=1 (the importer, scanner and
status URL targets run on SQLite and on PostgreSQL: that many per backend). The oracle is the same
everywhere: no exception other than the application's known errors, and every message one of the
translation catalogue's Indonesian texts (`messages.catalogued`) that names the field, the
document or the text it is about.

- Importer: any bytes (real documents with fragments spliced in, text soup, table-shaped
  documents, binary) through `CatalogService`, i.e. parsed AND stored: refused with `ImportFailed`
  naming the document (or by storage, naming the field too long to store), or stored so that
  reading it back gives the same permit type and importing it again changes nothing.
- Validators: applicant data (`applicant_from_input`), each identifier check, every setting and
  printer URIs: a normalized value that validates again to itself, or an error naming the field.
- Scanner input (what the scan field hands to `RegistrationService.find`: registration numbers,
  tracking codes, status URLs from receipt QRs, NIK, typed with noise and mistakes): a file is
  found exactly when the text names it; otherwise `NotFound` quoting the text.
- Status URLs (`/t/<code>`, `/api/t/<code>`, `/t?kode=`) through the Starlette app: 200 for a
  known code in any spelling, otherwise the one 404 page; never an error page, always the headers.

NUL and other control characters are dropped from typed text before it is stored or looked up
(`test_nul_characters_are_refused_or_stored`: PostgreSQL refuses NUL in text).
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

import web
from counter_app.app import Application, open_application, open_status_site
from counter_app.domain.applicant import applicant_from_input
from counter_app.domain.identifiers import (
    FieldProblem,
    check_email,
    check_nib,
    check_nik,
    check_npwp,
    check_phone,
)
from counter_app.domain.tracking import (
    code_from_scan,
    format_tracking_code,
    new_tracking_code,
    normalize_tracking_code,
)
from counter_app.errors import ImportFailed, KnownError, NotFound, PrinterError, ValidationError
from counter_app.services.catalog import CatalogService, ImportStatus
from counter_app.services.registration import Registered, RegistrationRequest
from counter_app.settings import SETTINGS, validate_setting
from db import SqlCatalogRepository, create_engine_for
from printing.transport import parse_printer_uri
from tests.helpers.clock import FixedClock
from tests.helpers.databases import requires_postgres
from tests.importer import test_importer_fuzz as importer_fuzz
from tests.reliability.messages import catalogued
from tests.reliability.size import scale
from tests.services.conftest import WIB

EXAMPLES = scale(200, 10_000)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
        HealthCheck.filter_too_much,
    ],
)
MONDAY = datetime(2026, 11, 23, 9, 15, tzinfo=WIB)
SOURCE = "fuzz.txt"
PERMIT = "IZIN-24201"
NUL = "\x00"

T = TypeVar("T")
E = TypeVar("E", bound=Exception)


def attempt(action: Callable[[], T], error: type[E]) -> T | E:
    """What `action` returns, or the `error` it raised (anything else propagates: a bug)."""
    try:
        return action()
    except error as raised:
        return raised


# -- importer -------------------------------------------------------------------------------------


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A real Standar Pelayanan with fragments spliced in: mostly accepted, with odd text to store."""
    text = "\n".join(importer_fuzz.seed_lines(draw(st.sampled_from(importer_fuzz.SPLICE_SEEDS))))
    inserts = draw(st.lists(st.tuples(st.integers(0, len(text)), importer_fuzz.cell), min_size=1, max_size=5))
    for position, fragment in sorted(inserts, reverse=True):
        text = text[:position] + fragment + text[position:]
    return text


documents = st.one_of(
    mutated_seed().map(lambda text: text.encode("utf-8")),
    importer_fuzz.soup.map(lambda text: text.encode("utf-8")),
    importer_fuzz.sp_like().map(lambda text: text.encode("utf-8")),
    st.sampled_from(
        [text.encode(codec) for text in ("Standar Pelayanan", "Izin Usaha") for codec in ("utf-16", "latin-1")]
    ),
    st.binary(max_size=2000),
)


@pytest.fixture
def catalog(database_url: str) -> Iterator[CatalogService]:
    engine = create_engine_for(database_url)
    try:
        yield CatalogService(SqlCatalogRepository(engine), FixedClock(MONDAY))
    finally:
        engine.dispose()


@FUZZ
@given(data=documents)
def test_the_importer_refuses_clearly_or_stores_what_it_read(catalog: CatalogService, data: bytes) -> None:
    result = attempt(lambda: catalog.import_documents([(SOURCE, data)]), KnownError)
    event(type(result).__name__ if isinstance(result, KnownError) else "stored")
    if isinstance(result, ImportFailed):
        assert result.source == SOURCE
        assert result.message.startswith(f"{SOURCE}: ")
        assert catalogued(result.message.removeprefix(f"{SOURCE}: "), "importer", "catalog"), result.message
        return
    if isinstance(result, ValidationError):  # read, but a field too long to store: refused by storage
        assert_field_errors(result, {"code", "name", "kind", "kbli"}, "db")
        return
    assert not isinstance(result, KnownError), result
    [outcome] = result
    stored = outcome.permit_type
    assert catalog.show(stored.code, stored.version) == stored
    [again] = catalog.import_documents([(SOURCE, data)])
    assert again.status is ImportStatus.UNCHANGED
    assert again.permit_type == stored


# -- validators -----------------------------------------------------------------------------------

SEPARATORS = st.sampled_from(["", " ", ".", "-", "/", "  ", "\t"])


def digits(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.text(string.digits, min_size=min_size, max_size=max_size)


@st.composite
def separated(draw: st.DrawFn, inner: st.SearchStrategy[str]) -> str:
    """`inner` with separators sprinkled in, as people type numbers off a card."""
    text = draw(inner)
    out = ""
    for ch in text:
        out += ch + (draw(SEPARATORS) if draw(st.integers(0, 4)) == 0 else "")
    return out


nik_like = st.one_of(
    separated(
        st.builds(
            lambda region, day, month, year, serial: f"{region}{day:02d}{month:02d}{year:02d}{serial:04d}",
            digits(6, 6),
            st.integers(0, 79),
            st.integers(0, 13),
            st.integers(0, 99),
            st.integers(0, 9999),
        )
    ),
    separated(digits(0, 20)),
)
phone_like = st.one_of(
    st.builds(
        lambda prefix, rest: prefix + rest,
        st.sampled_from(["08", "+628", "628", "0", "+1", "+", "021"]),
        separated(digits(0, 14)),
    ),
    st.text(max_size=20),
)
email_like = st.one_of(
    st.builds(
        lambda user, host, tld: f"{user}@{host}.{tld}",
        st.text(min_size=0, max_size=10),
        st.text(max_size=10),
        st.sampled_from(["id", "go.id", "com", "", "x"]),
    ),
    st.emails().map(str),
    st.text(max_size=20),
)
junk = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30), st.lists(st.integers(), max_size=3)
)
business = st.one_of(
    st.none(),
    junk,
    st.fixed_dictionaries(
        {},
        optional={
            "name": st.one_of(st.text(max_size=40), junk),
            "form": st.one_of(st.sampled_from(["perseorangan", "badan_usaha", "PT", ""]), junk),
            "nib": st.one_of(separated(digits(0, 15)), junk),
            "npwp": st.one_of(separated(digits(0, 17)), junk),
            "foreign_capital": st.one_of(st.booleans(), junk),
        },
    ),
)
valid_nik = st.builds(
    lambda region, day, month, year, serial: f"{region}{day:02d}{month:02d}{year:02d}{serial:04d}",
    st.sampled_from(["321401", "317101", "327301", "520101", "990101"]),
    st.one_of(st.integers(1, 28), st.integers(41, 68)),
    st.integers(1, 12),
    st.integers(0, 99),
    st.integers(1, 9999),
)
likely_valid = st.fixed_dictionaries(
    {
        "name": st.text(min_size=1, max_size=40),
        "nik": separated(valid_nik),
        "phone": st.builds(lambda rest: "0812" + rest, separated(digits(7, 8))),
    },
    optional={
        "email": st.emails().map(str),
        "address": st.text(max_size=40),
        "birth_date": st.dates().map(str),
        "business": st.fixed_dictionaries(
            {"name": st.text(min_size=1, max_size=30), "form": st.sampled_from(["perseorangan", "badan_usaha"])},
            optional={"nib": digits(13, 13), "npwp": st.builds(lambda rest: "1" + rest, digits(15, 15))},
        ),
    },
)
any_applicant_data = st.fixed_dictionaries(
    {},
    optional={
        "name": st.one_of(st.text(max_size=60), junk),
        "nik": st.one_of(nik_like, junk),
        "phone": st.one_of(phone_like, junk),
        "email": st.one_of(email_like, junk),
        "address": st.one_of(st.text(max_size=60), junk),
        "birth_place": st.text(max_size=20),
        "birth_date": st.one_of(st.dates().map(str), st.text(max_size=12), junk),
        "foreign_national": st.one_of(st.booleans(), junk),
        "passport": st.one_of(st.text(max_size=12), junk),
        "business": business,
        "extra": junk,
    },
)
applicant_data = st.one_of(likely_valid, any_applicant_data)
APPLICANT_FIELDS = {"applicant", "name", "nik", "phone", "email", "birth_date", "passport", "business"} | {
    f"business.{key}" for key in ("name", "form", "nib", "npwp")
}


def assert_field_errors(error: ValidationError, fields: set[str], *contexts: str) -> None:
    assert error.errors, "a ValidationError names at least one field"
    for problem in error.errors:
        assert problem.field in fields, problem
        assert catalogued(problem.message, *contexts), problem.message


@FUZZ
@given(data=applicant_data)
def test_applicant_data_validates_to_itself_or_names_each_wrong_field(data: dict[str, Any]) -> None:
    validated = attempt(lambda: applicant_from_input(data, "fuzz"), ValidationError)
    event("refused" if isinstance(validated, ValidationError) else "valid")
    if isinstance(validated, ValidationError):
        assert_field_errors(validated, APPLICANT_FIELDS, "validation")
        return
    for warning in validated.warnings:
        assert warning.field == "nik" and catalogued(warning.message, "validation")
    stored = validated.applicant.to_json()
    again = applicant_from_input(json.loads(json.dumps(stored)), "fuzz").applicant
    assert again == validated.applicant  # what was stored validates again, unchanged


CHECKS: dict[str, tuple[Callable[[str], str], st.SearchStrategy[str]]] = {
    "nik": (check_nik, nik_like),
    "nib": (check_nib, separated(digits(0, 15))),
    "npwp": (check_npwp, separated(digits(0, 17))),
    "phone": (check_phone, phone_like),
    "email": (check_email, email_like),
}


@FUZZ
@given(data=st.data(), name=st.sampled_from(sorted(CHECKS)))
def test_identifier_checks_normalize_or_say_what_is_wrong(data: st.DataObject, name: str) -> None:
    check, plausible = CHECKS[name]
    value = data.draw(st.one_of(plausible, st.text(max_size=30)))
    normalized = attempt(lambda: check(value), FieldProblem)
    if isinstance(normalized, FieldProblem):
        assert catalogued(normalized.message, "validation"), normalized.message
        return
    assert check(normalized) == normalized


@FUZZ
@given(key=st.one_of(st.sampled_from(sorted(SETTINGS)), st.text(max_size=20)), value=st.text(max_size=40))
def test_settings_are_accepted_or_refused_naming_the_key(key: str, value: str) -> None:
    stored = attempt(lambda: validate_setting(key, value), ValidationError)
    if isinstance(stored, ValidationError):
        assert [problem.field for problem in stored.errors] == [key]
        message = stored.errors[0].message
        assert catalogued(message, "settings"), message
        return
    assert key in SETTINGS
    assert stored == value
    SETTINGS[key].parse(stored)  # what is stored is read back without an error


@pytest.mark.parametrize(
    ("key", "value"), [("calendar.working_days", "1,2,x"), ("status.expire_days", "²"), ("sync.interval_s", "³")]
)
def test_numbers_in_settings_are_refused_in_indonesian(key: str, value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_setting(key, value)
    assert catalogued(caught.value.errors[0].message, "settings"), caught.value.errors[0].message


printer_uris = st.one_of(
    st.builds(
        lambda scheme, rest: f"{scheme}{rest}",
        st.sampled_from(
            ["tcp://", "usb://", "serial://", "file://", "win32://", "cups://", "pdf://", "TCP://", "http://", ""]
        ),
        st.text(max_size=40),
    ),
    st.builds(
        lambda host, port: f"tcp://{host}:{port}", st.text(max_size=15), st.text(string.digits + "-x", max_size=7)
    ),
    st.text(max_size=40),
)


@FUZZ
@given(uri=printer_uris)
def test_printer_uris_parse_or_are_refused_naming_the_uri(uri: str) -> None:
    target = attempt(lambda: parse_printer_uri(uri), PrinterError)
    if isinstance(target, PrinterError):
        assert catalogued(target.message, "printing"), target.message
        assert (uri or "''") in target.message
        return
    assert parse_printer_uri(target.uri) == target


# -- validators, then storage: what validates can be registered on both backends -----------------


@pytest.fixture
def desk(database_url: str) -> Iterator[Application]:
    app = open_application(database_url, clock=FixedClock(MONDAY))
    try:
        app.settings.set_many({"office.code": "PWK", "counter.code": "L01"})
        yield app
    finally:
        app.close()


@settings(FUZZ, max_examples=max(50, EXAMPLES // 20))
@given(data=applicant_data)
def test_what_validates_is_registered(desk: Application, data: dict[str, Any]) -> None:
    outcome = attempt(lambda: desk.registration.submit(RegistrationRequest(PERMIT, data, "sari")), ValidationError)
    if isinstance(outcome, ValidationError):
        assert_field_errors(outcome, APPLICANT_FIELDS | {"received_at", "docs"}, "validation", "registration")
        return
    assert isinstance(outcome, Registered)
    assert desk.registration.find(outcome.registration.reg_no) == outcome.registration


NUL_NAME = {"name": "Budi\x00 Santoso", "nik": "3214011708850001", "phone": "081234567890"}


@requires_postgres
@pytest.mark.parametrize("where", ["register", "find", "sync"])
def test_nul_characters_are_refused_or_stored(postgres_database_url: str, where: str, tmp_path: Path) -> None:
    database = str(tmp_path / "loket.sqlite3") if where == "sync" else postgres_database_url
    app = open_application(database, clock=FixedClock(MONDAY))
    try:
        if where == "find":
            with pytest.raises(NotFound):
                app.registration.find("PWK-L01\x00")
            return
        app.registration.submit(RegistrationRequest(PERMIT, NUL_NAME, "sari"))
        if where == "sync":
            assert app.sync.sync_once(postgres_database_url).waiting == 0
    except ValidationError:
        pass  # refused, naming the field: fine too
    finally:
        app.close()


# -- scanner input --------------------------------------------------------------------------------


@dataclass(frozen=True)
class File:
    id: str
    reg_no: str
    code: str
    nik: str


def names(text: str, file: File) -> bool:
    """Whether the scanned or typed `text` names `file` (the oracle)."""
    typed = text.strip()
    if NUL in typed:
        return False  # a scan with a NUL in it is refused as garbled: "pindai ulang"
    return (
        typed == file.reg_no
        or code_from_scan(typed) == file.code
        or (typed.isdigit() and len(typed) == 16 and typed == file.nik)
    )


@pytest.fixture
def filed(desk: Application) -> list[File]:
    made = []
    for serial in (1, 2, 3):
        nik = f"32140117088500{serial:02d}"
        applicant = {"name": f"Pemohon {serial}", "nik": nik, "phone": "081234567890"}
        outcome = desk.registration.submit(RegistrationRequest(PERMIT, applicant, "sari"))
        assert isinstance(outcome, Registered)
        registration = outcome.registration
        made.append(File(registration.id, registration.reg_no, registration.tracking_code, nik))
    return made


NOISE = st.sampled_from(["", " ", "\t", "\r", "\n", "\r\n", "   "])


@st.composite
def scan_text(draw: st.DrawFn, files: list[File]) -> tuple[str, File | None]:
    """(text, the file it is a faithful rendering of, or None)."""
    if draw(st.integers(0, 5)) == 0:
        return draw(st.text(max_size=80)), None
    file = draw(st.sampled_from(files))
    grouped = format_tracking_code(file.code)
    code = draw(
        st.sampled_from(
            [
                file.code,
                grouped,
                grouped.lower(),
                grouped.replace("-", " "),
                file.code.replace("1", "I").replace("0", "O"),
                file.code.lower().replace("1", "l"),
            ]
        )
    )
    url = draw(
        st.builds(
            lambda scheme, host, prefix, suffix: f"{scheme}://{host}{prefix}/t/{code.replace(' ', '-')}{suffix}",
            st.sampled_from(["https", "http", "HTTPS"]),
            st.sampled_from(["status.contoh.go.id", "localhost:8080", "10.0.0.5", "mpp.purwakartakab.go.id"]),
            st.sampled_from(["", "/loket", "/a/b"]),
            st.sampled_from(["", "/", "?src=qr", "#atas", "/?a=b&c=d"]),
        )
    )
    text = draw(st.sampled_from([file.reg_no, code, url, file.nik]))
    text = draw(NOISE) + text + draw(NOISE)
    if draw(st.booleans()):
        return text, file
    # a scanning or typing mistake: a character dropped, changed, added or two swapped
    position = draw(st.integers(0, max(len(text) - 1, 0)))
    mistake = draw(st.sampled_from(["drop", "change", "add", "swap"]))
    char = draw(st.characters(codec="utf-8"))
    if mistake == "drop":
        text = text[:position] + text[position + 1 :]
    elif mistake == "change":
        text = text[:position] + char + text[position + 1 :]
    elif mistake == "add":
        text = text[:position] + char + text[position:]
    elif position + 1 < len(text):
        text = text[:position] + text[position + 1] + text[position] + text[position + 2 :]
    return text, None


# The files (and their random tracking codes) are made anew in every run: examples saved by an
# earlier run would draw differently, so these two keep no example database.
ON_FILES = settings(FUZZ, database=None)


@ON_FILES
@given(data=st.data())
def test_scanned_text_finds_exactly_the_file_it_names(
    desk: Application, filed: list[File], data: st.DataObject
) -> None:
    text, rendering_of = data.draw(scan_text(filed))
    scanned = code_from_scan(text)
    assert scanned is None or normalize_tracking_code(scanned) == scanned
    named = [file for file in filed if names(text, file)]
    if rendering_of is not None:
        assert named == [rendering_of], text
    found = attempt(lambda: desk.registration.find(text), NotFound)
    event("not found" if isinstance(found, NotFound) else "found")
    if isinstance(found, NotFound):
        assert catalogued(found.message, "registration"), found.message
        assert text.strip() in found.message or NUL in text  # a NUL text is refused without quoting it
        assert named == [], f"{text!r} names {named} but was not found"
        return
    assert [file.id for file in named] == [found.id], f"{text!r} found {found.reg_no}"


# -- status URLs ----------------------------------------------------------------------------------


@pytest.fixture
def status_client(desk: Application, database_url: str) -> Iterator[TestClient]:
    site = open_status_site(database_url, migrate=False, clock=FixedClock(MONDAY))
    app = web.create_app(site.service, rate_limit=web.RateLimit(per_minute=1e12, burst=10**12), offload=site.offload)
    try:
        with TestClient(app, base_url="https://status.contoh.go.id") as client:
            yield client
    finally:
        site.close()


HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy", "cache-control")


@st.composite
def code_text(draw: st.DrawFn, files: list[File]) -> str:
    if draw(st.booleans()):
        return draw(st.text(max_size=70))
    file = draw(st.sampled_from(files))
    grouped = format_tracking_code(file.code)
    text = draw(
        st.sampled_from([grouped, file.code, grouped.lower(), file.code.replace("0", "O"), grouped + "-", file.reg_no])
    )
    if draw(st.booleans()):
        position = draw(st.integers(0, len(text)))
        text = text[:position] + draw(st.text(max_size=2)) + text[position + 1 :]
    return text


@ON_FILES
@given(data=st.data())
def test_status_urls_show_a_known_code_or_the_one_404_page(
    status_client: TestClient, filed: list[File], data: st.DataObject
) -> None:
    text = data.draw(code_text(filed))
    assume(text not in (".", ".."))  # dot segments: the client resolves them before sending
    codes = {file.code for file in filed}
    # The path is routed decoded: "/t/CODE/" is redirected to "/t/CODE" (Starlette's redirect_slashes).
    routed = text[:-1] if text.endswith("/") and "/" not in text[:-1] else text
    code = normalize_tracking_code(routed) if len(routed) <= 64 else None
    known = code is not None and code in codes
    not_found_page = status_client.get("/t/-").content

    page = status_client.get(f"/t/{quote(text, safe='')}")
    api = status_client.get(f"/api/t/{quote(text, safe='')}")
    typed = status_client.get("/t", params={"kode": text}, follow_redirects=False)
    for response in (page, api, typed):
        assert response.status_code < 500
        for header in HEADERS:
            assert header in response.headers, header
    event(f"page {page.status_code}")
    if known:
        assert code is not None
        assert page.status_code == 200 and format_tracking_code(code) in page.text
        assert api.status_code == 200 and api.json()["code"] == format_tracking_code(code)
    else:
        assert page.status_code == 404 and page.content == not_found_page
        assert api.status_code == 404 and api.json()["error"] == "not_found"
        assert catalogued(api.json()["message"], "status")
    typed_code = normalize_tracking_code(text[:64])
    if typed_code is None:
        assert typed.status_code == 404 and typed.content == not_found_page
    else:
        assert typed.status_code == 303 and typed.headers["location"] == f"/t/{format_tracking_code(typed_code)}"


def test_the_fuzz_oracles_can_tell_good_from_bad() -> None:
    """The oracles themselves: a stray exception text is not a clear message; names() is exact."""
    assert not catalogued("list index out of range", "validation", "registration", "importer")
    assert catalogued("NIK harus 16 angka (tertulis 3 karakter); periksa kembali dari KTP", "validation")
    file = File("id", "PWK-L01-261123-0001", new_tracking_code(), "3214011708850001")
    assert names(f" https://x.go.id/t/{format_tracking_code(file.code).lower()}/?a=1 ", file)
    assert names("3214011708850001\r\n", file)
    assert not names(file.reg_no + "0", file)
    assert not names(file.code[:-1], file)
    assert not names(datetime.now(UTC).isoformat(), file)
    assert not names(f"https://x.go.id/t/{file.code}{NUL}", file)
