"""Domain records built by hand for storage tests (no importer, no services involved)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from counter_app.domain.applicant import Applicant, Business, BusinessForm
from counter_app.domain.calendar import DueDate
from counter_app.domain.catalog import (
    Condition,
    ConditionFlag,
    DocumentForm,
    Fee,
    Kbli,
    PermitType,
    Requirement,
    Risk,
    Role,
    Sla,
    SlaUnit,
    Stage,
)
from counter_app.domain.checklist import ReceivedItem
from counter_app.domain.control_card import CardAction, CardEvent
from counter_app.domain.identity import new_id
from counter_app.domain.print_job import JobKind, JobState, PrintJob
from counter_app.domain.registration import MissingItem, Registration, ReturnedVisit
from counter_app.domain.tracking import new_tracking_code


def permit_type(code: str = "IUPI", name: str = "Izin Usaha Perluasan Industri", version: int = 1) -> PermitType:
    """A permit type with every part filled in: nested requirements, conditions, stages, fee, SLA."""
    return PermitType(
        code=code,
        name=name,
        kind="Perizinan Berusaha",
        risk=Risk.MENENGAH_TINGGI,
        kbli=Kbli(version="2020", code="24201", title="Industri Pembuatan Logam Dasar Bukan Besi"),
        sla=Sla(days=3, unit=SlaUnit.WORKING, text="3 (tiga) hari kerja", start_trigger="berkas lengkap"),
        fee=Fee(free=False, amount=1_250_000, text="Rp1.250.000 sesuai Perda No. 5/2023"),
        product="Izin Usaha Perluasan Industri",
        legal_basis=("UU No. 3 Tahun 2014 tentang Perindustrian", "PP No. 5 Tahun 2021"),
        complaint_channels="SP4N-LAPOR!, kotak saran, WhatsApp 0812-0000-0000",
        stages=(
            Stage("Pendaftaran", Role.FRONT_DESK, 0),
            Stage("Verifikasi teknis", Role.BACK_OFFICE, 2),
            Stage("Penandatanganan", Role.SUPERVISOR, None),
        ),
        requirements=(
            Requirement(
                id="r1",
                group="Penggunaan OSS",
                text="Memiliki Nomor Identitas yang sah",
                children=(
                    Requirement(
                        id="r1.1",
                        group="Penggunaan OSS",
                        text="NIK bagi WNI",
                        form=DocumentForm.PHOTOCOPY,
                        copies=2,
                    ),
                    Requirement(
                        id="r1.2",
                        group="Penggunaan OSS",
                        text="Paspor bagi WNA",
                        optional=True,
                        condition=Condition("bagi WNA", ConditionFlag.FOREIGN_NATIONAL),
                        form=DocumentForm.SCAN,
                        children=(
                            Requirement(
                                id="r1.2.1",
                                group="Penggunaan OSS",
                                text="KITAS yang berlaku",
                                condition=Condition("bila tinggal lebih dari 90 hari", ConditionFlag.OTHER),
                            ),
                        ),
                    ),
                ),
            ),
            Requirement(
                id="r2",
                group="Pemenuhan komitmen",
                text="Akta pendirian badan usaha",
                condition=Condition("bagi non perseorangan", ConditionFlag.NON_INDIVIDUAL),
                form=DocumentForm.ORIGINAL,
            ),
        ),
        procedure=("Pemohon mengajukan berkas ke loket", "Petugas menyerahkan tanda terima"),
        other_components=(("Sarana", "Ruang tunggu ber-AC"), ("Kompetensi", "Petugas bersertifikat")),
        unplaced=("Catatan tambahan yang tidak terpetakan",),
        source="purwakarta-31-izin-kbli-24201.txt",
        version=version,
    )


def next_version(pt: PermitType, **changes: object) -> PermitType:
    """`pt` with some fields changed and the version number bumped."""
    return replace(pt, version=pt.version + 1, **changes)  # type: ignore[arg-type]


# --- Registration desk records ------------------------------------------------------------------

WIB = timezone(timedelta(hours=7))
RECEIVED_AT = datetime(2026, 11, 23, 9, 15, 30, 123456, tzinfo=WIB)
DUE = DueDate(date(2026, 11, 26), 3, False)


def applicant(
    name: str = "Budi Santoso",
    nik: str = "3214011708850001",
    phone: str = "+6281234567890",
    nib: str = "1234567890123",
    applicant_id: str | None = None,
) -> Applicant:
    """An applicant with every field filled in (a business with NIB when `nib` is given)."""
    return Applicant(
        id=applicant_id or new_id(),
        name=name,
        nik=nik,
        phone=phone,
        address="Jl. Veteran No. 139, Purwakarta",
        email="budi@contoh.id",
        birth_place="Purwakarta",
        birth_date=date(1985, 8, 17),
        foreign_national=False,
        passport="",
        business=None
        if not nib
        else Business(
            name="PT Logam Mulia Jaya",
            form=BusinessForm.BADAN_USAHA,
            nib=nib,
            npwp="018550814005000",
            foreign_capital=True,
        ),
    )


def foreign_applicant(name: str = "Nguyễn Văn Đức") -> Applicant:
    return Applicant(
        id=new_id(),
        name=name,
        nik="",
        phone="+84912345678",
        foreign_national=True,
        passport="C1234567",
    )


def registration(
    person: Applicant,
    permit: PermitType,
    reg_no: str = "PWK-L01-261123-0001",
    received_at: datetime = RECEIVED_AT,
    due: DueDate | None = DUE,
) -> Registration:
    return Registration(
        id=new_id(),
        reg_no=reg_no,
        tracking_code=new_tracking_code(),
        applicant=person,
        permit=permit,
        items=(
            ReceivedItem("r1.1", True, DocumentForm.PHOTOCOPY, 2, "fotokopi dilegalisir"),
            ReceivedItem("r2", False, DocumentForm.ORIGINAL, 1),
        ),
        received_at=received_at,
        due=due,
        office_code="PWK",
        counter_code="L01",
        officer="sari",
        change_request=True,
    )


def returned_visit(person: Applicant, permit: PermitType) -> ReturnedVisit:
    return ReturnedVisit(
        id=new_id(),
        applicant=person,
        permit_code=permit.code,
        permit_version=permit.version,
        permit_name=permit.name,
        missing=(MissingItem("r1.1", "NIK bagi WNI"), MissingItem("r2", "Akta pendirian badan usaha")),
        at=RECEIVED_AT,
        office_code="PWK",
        counter_code="L01",
        officer="sari",
    )


def print_job(
    registration_id: str | None = None,
    visit_id: str | None = None,
    created_at: datetime = RECEIVED_AT,
    state: JobState = JobState.QUEUED,
    payload: bytes = b"\x1b@TANDA TERIMA\x00\xff\n\x1dV\x00",
) -> PrintJob:
    return PrintJob(
        id=new_id(),
        kind=JobKind.RECEIPT if visit_id is None else JobKind.RETURN_SLIP,
        payload=payload,
        printer_uri="tcp://192.168.1.50:9100",
        state=state,
        created_at=created_at,
        updated_at=created_at,
        registration_id=registration_id,
        visit_id=visit_id,
    )


def card_event(
    registration_id: str,
    at: datetime = RECEIVED_AT,
    action: CardAction = CardAction.REGISTERED,
    from_stage: int | None = None,
    to_stage: int | None = 0,
    event_id: str | None = None,
) -> CardEvent:
    return CardEvent(
        id=event_id or new_id(),
        registration_id=registration_id,
        action=action,
        from_stage=from_stage,
        to_stage=to_stage,
        at=at,
        by="sari",
        role="front_desk",
        counter_code="L01",
        note="berkas diterima lengkap",
        data={"scan": "kartu-01", "jumlah": 2, "nested": {"ok": True}},
    )
