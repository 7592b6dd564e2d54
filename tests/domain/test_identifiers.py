"""Identifier rules with clear messages naming the field; hypothesis: never a crash."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.domain.applicant import BusinessForm, applicant_from_input
from counter_app.domain.identifiers import (
    FieldProblem,
    check_nib,
    check_nik,
    check_npwp,
    check_phone,
    mask_name,
    mask_nik,
)
from counter_app.errors import ValidationError

VALID = {"name": "Budi Santoso", "nik": "3214011708850001", "phone": "0812-3456-7890", "address": "Jl. Veteran 1"}


@pytest.mark.parametrize("nik", ["3214011708850001", "3214 0157 0885 0002", "3520015702000003", "1602012902000004"])
def test_valid_nik(nik: str) -> None:
    assert check_nik(nik) == nik.replace(" ", "")


@pytest.mark.parametrize(
    ("nik", "expected"),
    [
        ("321401170885", "16 angka"),
        ("3214011713850001", "bulan"),
        ("3214013208850001", "tanggal lahir"),
        ("3214017208850001", "tanggal lahir"),  # 72-40 = 32
        ("3214011708850000", "0000"),
        ("32140117O8850001", "16 angka"),
    ],
)
def test_invalid_nik_says_what_is_wrong(nik: str, expected: str) -> None:
    with pytest.raises(FieldProblem) as caught:
        check_nik(nik)
    assert expected in caught.value.message


def test_nib_npwp_phone() -> None:
    assert check_nib("1234567890123") == "1234567890123"
    with pytest.raises(FieldProblem, match="13 angka"):
        check_nib("12345")
    assert check_npwp("01.855.081.4-005.000") == "018550814005000"
    with pytest.raises(FieldProblem, match="pemeriksa"):
        check_npwp("01.855.081.5-005.000")
    assert check_npwp("3214011708850001") == "3214011708850001"
    assert check_phone("081809898222") == "+6281809898222"
    assert check_phone("(0264) 8224794") == "+622648224794"
    with pytest.raises(FieldProblem):
        check_phone("0812")


def test_masks_hide_the_middle() -> None:
    assert mask_nik("3214011708850001") == "3214 **** **** 0001"
    assert mask_name("Budi Santoso") == "B*** S******"


def test_applicant_errors_name_each_field() -> None:
    with pytest.raises(ValidationError) as caught:
        applicant_from_input(
            {
                "name": "",
                "nik": "123",
                "phone": "x",
                "email": "bukan-email",
                "business": {"name": "", "form": "cv", "nib": "1", "npwp": "2"},
            },
            "id-1",
        )
    fields = {e.field for e in caught.value.errors}
    assert fields == {
        "name",
        "nik",
        "phone",
        "email",
        "business.name",
        "business.form",
        "business.nib",
        "business.npwp",
    }


def test_unknown_region_is_a_warning_not_a_refusal() -> None:
    validated = applicant_from_input({**VALID, "nik": "6501011708850001"}, "id-2")
    assert validated.applicant.nik == "6501011708850001"
    assert [w.field for w in validated.warnings] == ["nik"]


def test_foreign_national_needs_a_passport_not_a_nik() -> None:
    with pytest.raises(ValidationError) as caught:
        applicant_from_input({"name": "John Smith", "phone": "+6281234567890", "foreign_national": True}, "x")
    assert [e.field for e in caught.value.errors] == ["passport"]
    ok = applicant_from_input(
        {"name": "John Smith", "phone": "+6281234567890", "foreign_national": True, "passport": "X1234567"}, "x"
    )
    assert ok.applicant.nik == ""


def test_business_is_normalized() -> None:
    validated = applicant_from_input(
        {
            **VALID,
            "business": {
                "name": "PT Logam Jaya",
                "form": "badan_usaha",
                "nib": "1234567890123",
                "npwp": "01.855.081.4-005.000",
                "foreign_capital": True,
            },
        },
        "x",
    )
    business = validated.applicant.business
    assert business is not None
    assert (business.form, business.npwp, business.foreign_capital) == (
        BusinessForm.BADAN_USAHA,
        "018550814005000",
        True,
    )
    assert validated.applicant.phone == "+6281234567890"


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            ["name", "nik", "phone", "email", "address", "birth_date", "business", "foreign_national", "passport"]
        ),
        st.one_of(
            st.text(max_size=30),
            st.integers(),
            st.none(),
            st.booleans(),
            st.dictionaries(
                st.sampled_from(["name", "form", "nib", "npwp", "foreign_capital"]),
                st.one_of(st.text(max_size=20), st.booleans(), st.none()),
            ),
        ),
    )
)
def test_any_input_gives_an_applicant_or_field_named_errors(data: dict[str, Any]) -> None:
    errors: list[tuple[str, str]] = []
    try:
        applicant_from_input(data, "fuzz")
    except ValidationError as error:
        errors = [(e.field, e.message) for e in error.errors]
        assert errors, "a ValidationError must name at least one field"
    assert all(field and message for field, message in errors)
