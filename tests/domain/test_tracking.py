"""Tracking codes: random, checked, forgiving when read back, found in a scanned URL."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.tracking import (
    ALPHABET,
    code_from_scan,
    format_tracking_code,
    new_tracking_code,
    normalize_tracking_code,
    status_url,
)


def test_new_codes_are_valid_distinct_and_grouped() -> None:
    codes = {new_tracking_code() for _ in range(2000)}
    assert len(codes) == 2000
    code = codes.pop()
    assert normalize_tracking_code(code) == code
    grouped = format_tracking_code(code)
    assert [len(part) for part in grouped.split("-")] == [4, 4, 4, 1]


def test_reading_ignores_case_dashes_and_confusable_letters() -> None:
    code = new_tracking_code()
    typed = format_tracking_code(code).lower().replace("1", "l").replace("0", "o")
    assert normalize_tracking_code(typed) == code


@given(st.integers(min_value=0, max_value=11), st.sampled_from(ALPHABET))
def test_any_single_changed_character_is_caught(position: int, replacement: str) -> None:
    code = "7KQ2MX9D4T1B"
    full = normalize_tracking_code(code + _check(code))
    assert full is not None
    changed = full[:position] + replacement + full[position + 1 :]
    if changed != full:
        assert normalize_tracking_code(changed) is None


def _check(data: str) -> str:
    for ch in ALPHABET:
        if normalize_tracking_code(data + ch):
            return ch
    raise AssertionError("no check character")


def test_adjacent_swaps_are_caught() -> None:
    code = new_tracking_code()
    for i in range(len(code) - 2):
        swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
        if swapped != code:
            assert normalize_tracking_code(swapped) is None


def test_status_url_round_trip_from_a_scan() -> None:
    code = new_tracking_code()
    url = status_url("https://status.mpp.go.id/", code)
    assert url == f"https://status.mpp.go.id/t/{format_tracking_code(code)}"
    assert code_from_scan(url) == code
    assert code_from_scan(f"  {format_tracking_code(code)}\n") == code
    assert code_from_scan("https://contoh.id/t/XXXX-XXXX-XXXX-X") is None
    assert code_from_scan("MPP-K01-261123-0001") is None
