"""Finding a returning applicant: by name substring (any case, any accents), NIK, NIB or phone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text

import db.applicant_repository
from counter_app.domain.applicant import Applicant
from db import SqlUnitOfWorkFactory, create_engine_for
from db.applicant_repository import _PG_CANDIDATES
from db.text import fold, identifier_query, phone_prefixes
from tests.db.samples import applicant, foreign_applicant
from tests.helpers.databases import requires_postgres

AT = datetime(2026, 11, 23, 2, 15, tzinfo=UTC)

PEOPLE = {
    "susilawati": applicant("Susilawati", "3214014506900001", "+6281234567890", "1234567890123"),
    "susilo": applicant("SUSILO Bambang", "3273010101800002", "+6285711112222", ""),
    "jose": applicant("José Súsilo", "3171014107900003", "+6287833334444", "9876543210987"),
    "maruf": applicant("Ma'ruf Amin", "3214010203600004", "+6281355556666", ""),
    "ani": applicant("Ani Yudhoyono", "3578015505600005", "+62227778888", ""),
    "an": applicant("An Nisa", "3578010101010006", "+6281100000006", ""),
    "duc": foreign_applicant("Nguyễn Văn Đức"),
}


@pytest.fixture
def people(uow: SqlUnitOfWorkFactory) -> SqlUnitOfWorkFactory:
    with uow() as tx:
        for person in PEOPLE.values():
            tx.applicants.save(person, AT)
        tx.commit()
    return uow


def _engine(url: str) -> Iterator[Engine]:
    engine = create_engine_for(url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_engine(sqlite_database_url: str) -> Iterator[Engine]:
    yield from _engine(sqlite_database_url)


@pytest.fixture
def postgres_engine(postgres_database_url: str) -> Iterator[Engine]:
    yield from _engine(postgres_database_url)


def _names(factory: SqlUnitOfWorkFactory, query: str, limit: int = 20) -> list[str]:
    with factory() as tx:
        return [a.name for a in tx.applicants.search(query, limit)]


def _keys(factory: SqlUnitOfWorkFactory, query: str) -> set[str]:
    ids = {person.id: key for key, person in PEOPLE.items()}
    with factory() as tx:
        return {ids[a.id] for a in tx.applicants.search(query)}


# --- folding -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "folded"),
    [
        ("sÚsi", "susi"),
        ("  José   SÚSILO ", "jose susilo"),
        ("Nguyễn Văn Đức", "nguyen van duc"),
        ("Ma'ruf Amin", "maruf amin"),
        ("Ma’ruf", "maruf"),
        ("Hj. Siti-Aminah, S.Pd.", "hj siti aminah s pd"),
        ("Straße", "strasse"),
        ('%_\\"*', ""),
    ],
)
def test_fold(given: str, folded: str) -> None:
    assert fold(given) == folded


@pytest.mark.parametrize(
    ("given", "digits"),
    [
        ("3214", "3214"),
        ("0812-3456 78", "0812345678"),
        ("+62 812 3456", "628123456"),
        ("(022) 777", "022777"),
        ("321", None),
        ("susi", None),
        ("3214a", None),
        ("٣٢١٤٥", None),  # Arabic-Indic digits are not what is stored
    ],
)
def test_identifier_query(given: str, digits: str | None) -> None:
    assert identifier_query(given) == digits


def test_phone_prefixes() -> None:
    assert phone_prefixes("08123") == ["+628123"]
    assert phone_prefixes("628123") == ["+628123"]
    assert phone_prefixes("8123") == ["+8123", "+628123"]
    assert phone_prefixes("84912") == ["+84912", "+6284912"]


# --- names ---------------------------------------------------------------------------------------


def test_name_substring_ignores_case_and_accents(people: SqlUnitOfWorkFactory) -> None:
    assert _keys(people, "sÚsi") == {"susilawati", "susilo", "jose"}
    assert _keys(people, "SUSILO") == {"susilo", "jose"}
    assert _keys(people, "lawat") == {"susilawati"}
    assert _keys(people, "josé sú") == {"jose"}
    assert _keys(people, "nguyen van") == {"duc"}
    assert _keys(people, "Đức") == {"duc"}
    assert _keys(people, "maruf") == {"maruf"}
    assert _keys(people, "ma'ruf a") == {"maruf"}
    assert _keys(people, "zzz") == set()


def test_results_are_ordered_by_name_and_limited(people: SqlUnitOfWorkFactory) -> None:
    assert _names(people, "sus") == ["José Súsilo", "Susilawati", "SUSILO Bambang"]
    assert _names(people, "sus", limit=2) == ["José Súsilo", "Susilawati"]
    assert _names(people, "sus", limit=0) == []


def test_short_queries_match_the_start_of_the_name(people: SqlUnitOfWorkFactory) -> None:
    assert _names(people, "an") == ["An Nisa", "Ani Yudhoyono"]
    assert _names(people, "Ä") == ["An Nisa", "Ani Yudhoyono"]
    assert _names(people, "su") == ["Susilawati", "SUSILO Bambang"]
    assert _names(people, "jo") == ["José Súsilo"]


def test_queries_without_letters_or_digits_find_nothing(people: SqlUnitOfWorkFactory) -> None:
    assert _names(people, "") == []
    assert _names(people, "  ") == []
    assert _names(people, "%") == []
    assert _names(people, '"*') == []


def test_wildcards_and_fts_syntax_are_plain_text(people: SqlUnitOfWorkFactory) -> None:
    assert _names(people, "s%o") == []
    assert _names(people, "su_i") == []
    assert _names(people, 'susi" OR "ani') == []
    assert _keys(people, "susi*") == {"susilawati", "susilo", "jose"}  # '*' folds to nothing


# --- identifiers ---------------------------------------------------------------------------------


def test_nik_prefix(people: SqlUnitOfWorkFactory) -> None:
    assert _keys(people, "3214") == {"susilawati", "maruf"}
    assert _keys(people, "3214 0145") == {"susilawati"}
    assert _keys(people, "3214014506900001") == {"susilawati"}
    assert _keys(people, "32140145069000019") == set()


def test_nib_prefix(people: SqlUnitOfWorkFactory) -> None:
    assert _keys(people, "98765") == {"jose"}
    assert _keys(people, "1234567890123") == {"susilawati"}


def test_phone_typed_as_people_write_it(people: SqlUnitOfWorkFactory) -> None:
    assert _keys(people, "0812 3456") == {"susilawati"}
    assert _keys(people, "0812-3456-7890") == {"susilawati"}
    assert _keys(people, "+62 857 1111") == {"susilo"}
    assert _keys(people, "6287833334444") == {"jose"}
    assert _keys(people, "8135555") == {"maruf"}
    assert _keys(people, "(022) 7778") == {"ani"}
    assert _keys(people, "0813") == {"maruf"}
    assert _keys(people, "+84 912") == {"duc"}


def test_three_digits_are_a_name_query(people: SqlUnitOfWorkFactory) -> None:
    assert _keys(people, "321") == set()


def test_prefix_means_prefix(people: SqlUnitOfWorkFactory) -> None:
    assert _keys(people, "01450690") == set()  # inside the NIK, not at its start
    assert _keys(people, "34567890") == set()  # inside the phone


# --- many matches (SQLite sorts at most CANDIDATE_CAP of them by name) ---------------------------


def _many(factory: SqlUnitOfWorkFactory) -> list[Applicant]:
    """30 applicants, saved in this order, with NIKs and phones rising in the same order."""
    people = [
        applicant(f"{first} {last}", f"3214{i:012d}", f"+62812{i:08d}", "")
        for i, (first, last) in enumerate(
            (first, last)
            for first in ("Siti", "Sri", "Agus", "Yusuf", "Dewi", "Bambang")
            for last in ("Susanti", "Wati", "Susilo", "Aminah", "Rahayu")
        )
    ]
    with factory() as tx:
        for person in people:
            tx.applicants.save(person, AT)
        tx.commit()
    return people


MANY_QUERIES = ["sus", "wati", "yusuf", "3214", "0812", "siti susanti", "dewi s", "i r"]


@pytest.mark.parametrize("query", MANY_QUERIES)
def test_up_to_the_cap_the_first_by_name(uow: SqlUnitOfWorkFactory, query: str) -> None:
    _many(uow)
    every = _names(uow, query, limit=100)
    assert every
    assert every == sorted(every, key=fold)
    assert _names(uow, query, limit=7) == every[:7]


@pytest.mark.parametrize("query", MANY_QUERIES)
def test_beyond_the_cap_the_first_the_index_gives_in_name_order(
    uow: SqlUnitOfWorkFactory, engine: Engine, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    people = _many(uow)
    every = _names(uow, query, limit=100)
    monkeypatch.setattr(db.applicant_repository, "CANDIDATE_CAP", 2)
    capped = _names(uow, query, limit=7)
    # PostgreSQL sorts every match of a number (one ordered query); names go through the cap on both.
    if (engine.dialect.name != "sqlite" and identifier_query(query) is not None) or len(every) <= 7:
        assert capped == every[:7]
        return
    # For a name, the trigram index gives the earliest saved; for a number, the lowest NIK (here the
    # earliest saved too): `limit` of them, sorted by name.
    earliest = [p.name for p in people if p.name in every][:7]
    assert capped == sorted(earliest, key=fold)
    assert capped != every[:7]  # not the first by name


def test_a_limit_above_the_cap_still_gives_limit_matches(
    uow: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    _many(uow)
    by_name, by_nik = _names(uow, "sus", limit=100), _names(uow, "3214", limit=100)
    assert (len(by_name), len(by_nik)) == (12, 30)
    monkeypatch.setattr(db.applicant_repository, "CANDIDATE_CAP", 2)
    assert _names(uow, "sus", limit=12) == by_name
    assert _names(uow, "3214", limit=30) == by_nik
    assert len(_names(uow, "3214", limit=29)) == 29  # 30 matches: more than the cap, and than 29


@pytest.mark.parametrize("query", ["a", "s", "si", "ag", "de"])
def test_name_prefixes_are_the_first_by_name_whatever_the_cap(
    uow: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    _many(uow)
    every = _names(uow, query, limit=100)
    monkeypatch.setattr(db.applicant_repository, "CANDIDATE_CAP", 2)
    assert _names(uow, query, limit=3) == every[:3]
    assert len(every) >= 5


# --- the index behind it -------------------------------------------------------------------------


def test_sqlite_search_index_follows_inserts_updates_and_deletes(sqlite_engine: Engine) -> None:
    engine = sqlite_engine
    uow = SqlUnitOfWorkFactory(engine)
    person = applicant("Susilawati")
    with uow() as tx:
        tx.applicants.save(person, AT)
        tx.commit()
    with uow() as tx:
        tx.applicants.save(applicant("Rahmawati", applicant_id=person.id), AT)
        tx.commit()
    assert _names(uow, "susi") == []
    assert _names(uow, "rahma") == ["Rahmawati"]
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM applicant"))
        # The FTS table holds no text of its own: only what the triggers keep in step.
        assert conn.execute(text("SELECT count(*) FROM applicant_fts WHERE applicant_fts MATCH 'rahma'")).scalar() == 0
        conn.execute(text("INSERT INTO applicant_fts(applicant_fts) VALUES ('integrity-check')"))


@pytest.mark.postgres
@requires_postgres
def test_postgresql_search_uses_the_trigram_index(postgres_engine: Engine) -> None:
    engine = postgres_engine
    _many(SqlUnitOfWorkFactory(engine))
    with engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(
            conn.execute(
                text("EXPLAIN " + str(_PG_CANDIDATES)), {"joined": "%i0sus%", "pattern": "%i sus%", "cap": 201}
            ).scalars()
        )
    assert "ix_applicant_name_joined_trgm" in plan
