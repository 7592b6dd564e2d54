"""Permit types built by hand for storage tests (no importer involved)."""

from __future__ import annotations

from dataclasses import replace

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
