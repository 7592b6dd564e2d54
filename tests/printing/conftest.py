"""Fixtures of the printing tests: a registration and a returned visit built by hand from the real
Purwakarta seed document, the office, and escpos kept out of the system temp folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from counter_app.domain.applicant import Applicant, Business, BusinessForm
from counter_app.domain.calendar import DueDate
from counter_app.domain.catalog import DocumentForm, PermitType
from counter_app.domain.checklist import ReceivedItem
from counter_app.domain.receipt import Office
from counter_app.domain.registration import MissingItem, Registration, ReturnedVisit
from counter_app.domain.tracking import status_url
from counter_app.importer import parse_document

FULL_NIK = "3214010101900001"
MASKED_NIK = "3214 **** **** 0001"
TRACKING_CODE = "7KQ2MX9D4T1BR"
GROUPED_CODE = "7KQ2-MX9D-4T1B-R"
REG_NO = "MPP-K01-261123-0007"
APPLICANT_NAME = "Andrés Núñez Pérez"
APPLICANT_NAME_ASCII = "Andres Nunez Perez"
BUSINESS_NAME = "CV Logam Mulia Jaya’s — Cabang Plered"
BUSINESS_NAME_ASCII = "CV Logam Mulia Jaya's - Cabang Plered"


@pytest.fixture(scope="session", autouse=True)
def _escpos_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """python-escpos pickles its capabilities on import: into the test's temp folder, not /tmp."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ESCPOS_CAPABILITIES_PICKLE_DIR", str(tmp_path_factory.mktemp("escpos")))
        yield


@pytest.fixture(scope="session")
def permit() -> PermitType:
    from counter_app.resources import resources_dir

    source = resources_dir() / "catalog" / "purwakarta-31-izin-kbli-24201.txt"
    return parse_document(source.read_bytes(), str(source)).permit_type


@pytest.fixture
def office() -> Office:
    return Office(
        name="Mal Pelayanan Publik Kabupaten Purwakarta",
        address="Jl. Veteran No. 139, Purwakarta",
        phone="(0264) 8224794",
        timezone="Asia/Jakarta",
        status_base_url="https://mpp.purwakartakab.go.id",
    )


@pytest.fixture
def applicant() -> Applicant:
    return Applicant(
        id="0193a1b2-0000-7000-8000-000000000001",
        name=APPLICANT_NAME,
        nik=FULL_NIK,
        phone="+6281234567890",
        business=Business(BUSINESS_NAME, BusinessForm.BADAN_USAHA, nib="9120001234567"),
    )


@pytest.fixture
def registration(permit: PermitType, applicant: Applicant) -> Registration:
    items = tuple(
        ReceivedItem(r.id, True, DocumentForm.PHOTOCOPY if r.id == "2" else r.form, 2 if r.id == "2" else 1)
        for r in permit.walk_requirements()
    )
    return Registration(
        id="0193a1b2-0000-7000-8000-000000000002",
        reg_no=REG_NO,
        tracking_code=TRACKING_CODE,
        applicant=applicant,
        permit=permit,
        items=items,
        received_at=datetime(2026, 11, 23, 3, 5, tzinfo=UTC),  # Monday 10.05 WIB
        due=DueDate(date(2026, 12, 2), 7),
        office_code="MPP",
        counter_code="K01",
        officer="Siti Rahmawati",
    )


@pytest.fixture
def visit(permit: PermitType, applicant: Applicant) -> ReturnedVisit:
    texts = {r.id: r.text for r in permit.walk_requirements()}
    return ReturnedVisit(
        id="0193a1b2-0000-7000-8000-000000000003",
        applicant=applicant,
        permit_code=permit.code,
        permit_version=1,
        permit_name=permit.name,
        missing=tuple(MissingItem(i, texts[i]) for i in ("4", "5")),
        at=datetime(2026, 11, 23, 3, 5, tzinfo=UTC),
        office_code="MPP",
        counter_code="K01",
        officer="Siti Rahmawati",
    )


@pytest.fixture
def url(office: Office) -> str:
    return status_url(office.status_base_url, TRACKING_CODE)


@pytest.fixture
def invariant_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab writes no time stamps and a fixed document id: the same PDF bytes every time."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)


def have_tool(name: str) -> bool:
    return any((Path(folder) / name).exists() for folder in os.environ.get("PATH", "").split(os.pathsep))
