"""SqlCatalogRepository on a real, freshly migrated database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.catalog import PermitSummary, Risk, SlaUnit
from counter_app.errors import StorageError, ValidationError
from counter_app.ports import CatalogRepository
from db import SqlCatalogRepository, VersionExists, create_engine_for
from db.models import PermitTypeRow, PermitTypeVersionRow
from tests.db.samples import next_version, permit_type

WIB = timezone(timedelta(hours=7))
IMPORTED_AT = datetime(2026, 11, 23, 9, 15, 30, 123456, tzinfo=WIB)


def test_implements_the_port(catalog_repo: SqlCatalogRepository) -> None:
    repo: CatalogRepository = catalog_repo
    assert repo.is_empty()


def test_new_database_has_no_permit_types(catalog_repo: SqlCatalogRepository) -> None:
    assert catalog_repo.is_empty()
    assert catalog_repo.list_current() == []
    assert catalog_repo.latest("IUPI") is None
    assert catalog_repo.get("IUPI", 1) is None
    assert catalog_repo.versions("IUPI") == []


def test_round_trip_keeps_every_field(catalog_repo: SqlCatalogRepository) -> None:
    pt = permit_type()
    catalog_repo.add_versions([pt], IMPORTED_AT)

    assert not catalog_repo.is_empty()
    assert catalog_repo.latest(pt.code) == pt
    assert catalog_repo.get(pt.code, 1) == pt
    loaded = catalog_repo.latest(pt.code)
    assert loaded is not None
    assert loaded.content_hash() == pt.content_hash()
    assert [r.id for r in loaded.walk_requirements()] == ["r1", "r1.1", "r1.2", "r1.2.1", "r2"]


def test_codes_are_exact(catalog_repo: SqlCatalogRepository) -> None:
    catalog_repo.add_versions([permit_type(code="IUPI")], IMPORTED_AT)
    assert catalog_repo.latest("iupi") is None
    assert catalog_repo.versions("IUP") == []


def test_new_version_becomes_latest_and_old_stays_readable(catalog_repo: SqlCatalogRepository) -> None:
    v1 = permit_type()
    v2 = next_version(v1, name="Izin Perluasan Industri", sla=replace(v1.sla, days=5))
    catalog_repo.add_versions([v1], IMPORTED_AT)
    catalog_repo.add_versions([v2], IMPORTED_AT + timedelta(days=1))

    assert catalog_repo.versions(v1.code) == [1, 2]
    assert catalog_repo.latest(v1.code) == v2
    assert catalog_repo.get(v1.code, 1) == v1
    assert catalog_repo.get(v1.code, 2) == v2
    assert catalog_repo.get(v1.code, 3) is None
    [summary] = catalog_repo.list_current()
    assert (summary.name, summary.version, summary.sla_days) == ("Izin Perluasan Industri", 2, 5)


def test_several_versions_of_one_code_in_one_call(catalog_repo: SqlCatalogRepository) -> None:
    v1 = permit_type()
    v2 = next_version(v1, name="Izin Perluasan Industri (revisi)")
    catalog_repo.add_versions([v1, v2], IMPORTED_AT)

    assert catalog_repo.versions(v1.code) == [1, 2]
    assert catalog_repo.latest(v1.code) == v2


def test_an_older_version_arriving_late_does_not_replace_the_latest(
    catalog_repo: SqlCatalogRepository,
) -> None:
    v1 = permit_type()
    v2 = next_version(v1, name="Nama baru")
    catalog_repo.add_versions([v2], IMPORTED_AT)
    catalog_repo.add_versions([v1], IMPORTED_AT)

    assert catalog_repo.versions(v1.code) == [1, 2]
    assert catalog_repo.latest(v1.code) == v2
    assert [s.name for s in catalog_repo.list_current()] == ["Nama baru"]


def test_list_current_shows_newest_version_only_ordered_by_name(catalog_repo: SqlCatalogRepository) -> None:
    usaha = permit_type(code="IUI", name="izin Usaha Industri")
    apotek = permit_type(code="SIA", name="Izin Apotek")
    gedung = permit_type(code="PBG", name="Persetujuan Bangunan Gedung")
    gedung_v2 = next_version(gedung, name="Izin Bangunan Gedung", kbli=replace(gedung.kbli, code=None))
    catalog_repo.add_versions([usaha, gedung, apotek], IMPORTED_AT)
    catalog_repo.add_versions([gedung_v2], IMPORTED_AT)

    listed = catalog_repo.list_current()

    assert [(s.code, s.version) for s in listed] == [("SIA", 1), ("PBG", 2), ("IUI", 1)]
    assert listed[1] == PermitSummary(
        code="PBG",
        name="Izin Bangunan Gedung",
        kind="Perizinan Berusaha",
        risk=Risk.MENENGAH_TINGGI,
        kbli_code=None,
        version=2,
        sla_days=3,
        sla_unit=SlaUnit.WORKING,
    )


def test_existing_version_raises_and_stores_nothing(catalog_repo: SqlCatalogRepository) -> None:
    a1 = permit_type(code="A", name="Alpha")
    catalog_repo.add_versions([a1], IMPORTED_AT)
    b1 = permit_type(code="B", name="Beta")
    a2 = next_version(a1, name="Alpha baru")
    a1_again = replace(a1, name="Alpha tiruan")

    with pytest.raises(VersionExists) as caught:
        catalog_repo.add_versions([b1, a2, a1_again], IMPORTED_AT)

    assert isinstance(caught.value, StorageError)
    assert "A versi 1" in caught.value.message
    assert catalog_repo.latest("B") is None
    assert catalog_repo.versions("A") == [1]
    assert catalog_repo.latest("A") == a1
    assert [s.code for s in catalog_repo.list_current()] == ["A"]


def test_same_version_twice_in_one_call_stores_nothing(catalog_repo: SqlCatalogRepository) -> None:
    b1 = permit_type(code="B")
    c1 = permit_type(code="C")
    with pytest.raises(VersionExists):
        catalog_repo.add_versions([b1, c1, replace(c1, name="lain")], IMPORTED_AT)
    assert catalog_repo.is_empty()


def test_failure_inside_the_transaction_stores_nothing(catalog_repo: SqlCatalogRepository) -> None:
    good = permit_type(code="GOOD")
    too_long = permit_type(code="X" * 121)
    with pytest.raises(ValidationError) as caught:
        catalog_repo.add_versions([good, too_long], IMPORTED_AT)
    assert caught.value.errors[0].field == "code"
    assert "121" in caught.value.message
    assert catalog_repo.is_empty()


def test_unset_version_is_a_bug(catalog_repo: SqlCatalogRepository) -> None:
    with pytest.raises(ValueError, match="version"):
        catalog_repo.add_versions([permit_type(version=0)], IMPORTED_AT)
    assert catalog_repo.is_empty()


def test_naive_import_time_is_a_bug(catalog_repo: SqlCatalogRepository) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        catalog_repo.add_versions([permit_type()], datetime(2026, 11, 23, 9, 0))
    assert catalog_repo.is_empty()


def test_rows_carry_uuid7_keys_utc_times_and_the_content_hash(
    catalog_repo: SqlCatalogRepository, engine: Engine
) -> None:
    v1 = permit_type()
    v2 = next_version(v1, name="Nama baru")
    catalog_repo.add_versions([v1], IMPORTED_AT)
    catalog_repo.add_versions([v2], IMPORTED_AT + timedelta(hours=1))

    with Session(engine) as session:
        [pt_row] = session.scalars(select(PermitTypeRow)).all()
        rows = session.scalars(select(PermitTypeVersionRow).order_by(PermitTypeVersionRow.version)).all()

    assert (pt_row.code, pt_row.name, pt_row.latest_version) == (v1.code, "Nama baru", 2)
    assert pt_row.created_at == IMPORTED_AT
    assert pt_row.created_at.tzinfo == UTC
    assert [r.imported_at for r in rows] == [IMPORTED_AT, IMPORTED_AT + timedelta(hours=1)]
    assert all(r.imported_at.tzinfo == UTC for r in rows)
    assert [r.content_hash for r in rows] == [v1.content_hash(), v2.content_hash()]
    assert {r.permit_type_id for r in rows} == {pt_row.id}
    keys = [pt_row.id, *(r.id for r in rows)]
    assert all(isinstance(k, uuid.UUID) and k.version == 7 for k in keys)
    assert len(set(keys)) == 3
    assert rows[0].id < rows[1].id  # time-ordered


def test_unmigrated_database_is_reported_as_not_ours(empty_database_url: str) -> None:
    engine = create_engine_for(empty_database_url)
    try:
        with pytest.raises(StorageError, match="bukan basis data aplikasi loket"):
            SqlCatalogRepository(engine).latest("IUPI")
    finally:
        engine.dispose()
