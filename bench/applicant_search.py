"""Returning-applicant search on a SQLite file with many applicants (default 1,000,000).

    uv run python -m bench.applicant_search [--n 1000000] [--runs 200] [--db PATH]
    uv run python -m bench.applicant_search --db bench/data/demo-1m.sqlite3   # the desk demo, as it is

On the 2-core reference VM, --n 1000000 takes about 2 minutes to fill (about 1 GB on disk).

Fills a fresh, migrated database in one transaction (executemany through the FTS triggers; realistic
Indonesian names made from small syllable lists), or takes an existing file as it is, then opens it
read-only (`mode=ro`: nothing measured writes) and times, through `SqlUnitOfWork` as the
registration service uses it (one unit of work per search, 50 rows at most):
- the desk mix: each of 300 random 5-character pieces of random applicants' names, 100 3-character
  ones and 100 6-digit NIK prefixes once, in random order, twice (the first pass finds less of the
  file in the OS cache); with how many had more matches than CANDIDATE_CAP (`limit` of them, not
  necessarily the first by name, see db/applicant_repository.py);
- name substring: random 4–8 character pieces of stored names, and common names with very many
  matches; 2-character queries (prefix of the name);
- NIK: `by_nik` and a 16-digit search; NIK and phone prefixes;
- for comparison, in raw sqlite3: the plain FTS5 query (join and sort every match, no cap), and a
  NIK point lookup (the floor for `by_nik`).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from itertools import cycle
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

import db
import db.applicant_repository
from bench.timing import Timing, measure
from db.base import new_id
from db.session import SQLITE_PRAGMAS
from db.text import fold, identifier_query

ONSETS = ("", "b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y", "ny", "ng", "sy", "kh")
VOWELS = ("a", "a", "i", "u", "e", "o")
CODAS = ("", "", "", "n", "ng", "r", "s", "t", "h", "k", "l", "m")
COMMON = (
    "Siti", "Muhammad", "Nur", "Dewi", "Agus", "Budi", "Sri", "Ahmad", "Putri", "Eka", "Dwi", "Tri", "Rizki",
    "Ayu", "Wati", "Susilo", "Santoso", "Hidayat", "Saputra", "Lestari", "Wahyuni", "Kurniawan", "Setiawan",
    "Rahmawati", "Pratama", "Ni Luh", "I Made", "Yusuf", "Aminah", "Nyoman", "Made", "Wayan", "Ketut",
)  # fmt: skip
ACCENTED = ("José", "Adé", "René", "Zoë", "Ma'ruf", "Nguyễn")
REGIONS = ("3214", "3273", "3171", "3578", "1271", "6471", "7371", "3204", "3216", "5171")
FILL_PRAGMAS = ("PRAGMA synchronous=OFF", "PRAGMA cache_size=-262144")


def word(rng: random.Random) -> str:
    syllables = rng.choice((2, 2, 3, 3, 4))
    parts = [rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(CODAS)).capitalize()


def person_name(rng: random.Random) -> str:
    words = rng.choice((1, 2, 2, 2, 3, 3))
    picked = []
    for _ in range(words):
        roll = rng.random()
        picked.append(rng.choice(COMMON) if roll < 0.35 else rng.choice(ACCENTED) if roll < 0.36 else word(rng))
    return " ".join(picked)


def nik(rng: random.Random) -> str:
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    born = f"{day:02d}{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}"
    return f"{rng.choice(REGIONS)}{rng.randint(1, 40):02d}{born}{rng.randint(1, 9999):04d}"


def rows(n: int, seed: int) -> Iterator[tuple[str | None, ...]]:
    """(id, name, name_search, nik, phone, nib, document, created_at, updated_at), as the repository stores them."""
    rng = random.Random(seed)
    stamp = "2026-11-23 02:15:00.000000"
    for _ in range(n):
        key = new_id()
        name = person_name(rng)
        number = "" if rng.random() < 0.01 else nik(rng)  # foreign nationals have none
        phone = f"+628{rng.randint(11, 99)}{rng.randint(0, 99_999_999):08d}"
        nib = f"{rng.randint(10**12, 10**13 - 1)}" if rng.random() < 0.3 else ""
        city = rng.choice(("Purwakarta", "Bandung", "Bekasi"))
        document = {
            "id": str(key),
            "name": name,
            "nik": number,
            "phone": phone,
            "address": f"Jl. {word(rng)} No. {rng.randint(1, 200)}, {city}",
            "email": "",
            "birth_place": word(rng),
            "birth_date": f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "foreign_national": not number,
            "passport": "" if number else f"C{rng.randint(10**6, 10**7 - 1)}",
            "business": None
            if not nib
            else {"name": f"CV {word(rng)}", "form": "perseorangan", "nib": nib, "npwp": "", "foreign_capital": False},
        }
        yield (key.hex, name, fold(name), number or None, phone, nib or None, json.dumps(document), stamp, stamp)


def fill(path: Path, n: int, seed: int) -> float:
    """Insert `n` applicants in one transaction with executemany; seconds taken."""
    started = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in FILL_PRAGMAS:
            conn.execute(pragma)
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO applicant VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows(n, seed))
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return time.perf_counter() - started


def read_only(path: Path) -> sqlite3.Connection:
    """A raw connection that cannot write to `path`."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None)


def read_only_engine(path: Path) -> Engine:
    """An engine like `db.create_engine_for`'s (same pragmas, explicit BEGIN), on read-only
    connections; the BEGIN IMMEDIATE a unit of work asks for becomes a plain BEGIN."""
    engine = create_engine("sqlite://", creator=lambda: read_only(path), poolclass=QueuePool)
    settable = [(name, value) for name, value in SQLITE_PRAGMAS if name not in ("journal_mode", "synchronous")]

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        for name, value in settable:
            dbapi_connection.execute(f"PRAGMA {name}={value}")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def random_applicants(conn: sqlite3.Connection, rng: random.Random, count: int) -> list[tuple[str, str | None, str]]:
    """(name, nik, phone) of `count` applicants picked at random (rowids may have gaps)."""
    high = conn.execute("SELECT max(rowid) FROM applicant").fetchone()[0]
    picked: list[tuple[str, str | None, str]] = []
    while len(picked) < count:
        row = conn.execute("SELECT name, nik, phone FROM applicant WHERE rowid = ?", (rng.randint(1, high),)).fetchone()
        if row is not None:
            picked.append(row)
    return picked


def samples(path: Path, seed: int, count: int) -> tuple[list[str], list[str], list[str]]:
    """Random substrings of stored names (4–8 characters), stored NIKs and phones."""
    rng = random.Random(seed + 1)
    conn = read_only(path)
    try:
        picked = random_applicants(conn, rng, count)
    finally:
        conn.close()
    pieces = []
    for name, _, _ in picked:
        folded = fold(name)
        size = min(len(folded), rng.randint(4, 8))
        start = rng.randint(0, len(folded) - size)
        pieces.append(folded[start : start + size].strip() or folded)
    return pieces, [n for _, n, _ in picked if n], ["0" + p[3:] for _, _, p in picked]


def desk_mix(path: Path, seed: int) -> list[tuple[str, str]]:
    """(kind, query): 300 5-character pieces of random applicants' names, 100 3-character ones, 100
    6-digit NIK prefixes, shuffled. Pieces are cut from the name as stored (case, spaces and all)."""
    rng = random.Random(seed + 2)
    conn = read_only(path)
    try:
        names = [name for name, _, _ in random_applicants(conn, rng, 400)]
        niks: list[str] = []
        while len(niks) < 100:
            niks += [nik for _, nik, _ in random_applicants(conn, rng, 100 - len(niks)) if nik]
    finally:
        conn.close()

    def piece(name: str, size: int) -> str:
        start = rng.randint(0, max(0, len(name) - size))
        return name[start : start + size]

    mix = [("name, 5 characters", piece(name, 5)) for name in names[:300]]
    mix += [("name, 3 characters", piece(name, 3)) for name in names[300:]]
    mix += [("NIK prefix, 6 digits", nik[:6]) for nik in niks]
    rng.shuffle(mix)
    return mix


def beyond_the_cap(path: Path, queries: list[str]) -> int:
    """How many of `queries` have more matches than CANDIDATE_CAP (only `limit` of them are sorted)."""
    cap = db.applicant_repository.CANDIDATE_CAP
    conn = read_only(path)
    try:
        beyond = 0
        for query in queries:
            digits = identifier_query(query)
            if digits is not None:
                after = digits[:-1] + chr(ord(digits[-1]) + 1)
                sql = "SELECT count(*) FROM (SELECT 1 FROM applicant WHERE nik >= ? AND nik < ? LIMIT ?)"
                found = conn.execute(sql, (digits, after, cap + 1)).fetchone()[0]  # a lower bound: NIK only
            elif len(fold(query)) >= db.applicant_repository.MIN_SUBSTRING:
                sql = "SELECT count(*) FROM (SELECT 1 FROM applicant_fts WHERE applicant_fts MATCH ? LIMIT ?)"
                found = conn.execute(sql, (f'"{fold(query)}"', cap + 1)).fetchone()[0]
            else:
                found = 0  # a name prefix: always walked in name order
            beyond += found > cap
        return beyond
    finally:
        conn.close()


def timing(name: str, milliseconds: list[float]) -> Timing:
    ordered = sorted(milliseconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return Timing(name, statistics.median(ordered), p95, len(ordered))


def timed_mix(label: str, action: Callable[[str], object], mix: list[tuple[str, str]]) -> list[Timing]:
    """Each query of `mix` once, in order; a timing per kind, then for them all."""
    taken: dict[str, list[float]] = {}
    for kind, query in mix:
        start = time.perf_counter()
        action(query)
        taken.setdefault(kind, []).append((time.perf_counter() - start) * 1000)
    every = [ms for kind in taken for ms in taken[kind]]
    rows = [timing(f"desk mix, {label}: {kind}", taken[kind]) for kind in taken]
    return [*rows, timing(f"desk mix, {label}: all", every)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000, help="applicants to create (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=200, help="timed runs per measurement")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument(
        "--db",
        help="SQLite file to fill and keep (default: a temporary one); if it exists, it is only measured",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.db) if args.db else Path(folder) / "applicants.sqlite3"
        if path.exists():
            print(f"measuring {path} as it is ({path.stat().st_size / 1e6:.0f} MB)")
            run(path, args)
            return
        engine = db.create_engine_for(str(path))
        db.upgrade_to_head(engine)
        engine.dispose()
        seconds = fill(path, args.n, args.seed)
        print(f"filled {args.n:,} applicants in {seconds:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
        run(path, args)


def run(path: Path, args: argparse.Namespace) -> None:
    runs = args.runs
    pieces, niks, phones = samples(path, args.seed, runs)
    mix = desk_mix(path, args.seed)
    engine = read_only_engine(path)
    factory = db.SqlUnitOfWorkFactory(engine)

    def one(query: str) -> object:
        with factory() as uow:
            return uow.applicants.search(query, 50)

    def search(queries: list[str]) -> Callable[[], object]:
        it = cycle(queries)
        return lambda: one(next(it))

    def by_nik() -> Callable[[], object]:
        it = cycle(niks)

        def action() -> object:
            with factory() as uow:
                return uow.applicants.by_nik(next(it))

        return action

    for _, query in mix[:3]:  # connect, and the schema's pages
        one(query)
    results = timed_mix("1st pass", one, mix) + timed_mix("2nd pass", one, mix)
    common = ["siti", "wati", "susi", "ahmad", "nur", "made", "yusuf", "santoso", "rahma", "kurniawan"]
    short = ["si", "ma", "yu", "ny", "ke", "ag", "zo", "wa"]
    results += [
        measure("name substring, random pieces of names", search(pieces), runs=runs),
        measure("name substring, common names (many matches)", search(common), runs=runs),
        measure("name, 2 characters (prefix)", search(short), runs=runs),
        measure("by_nik (unit of work + point lookup)", by_nik(), runs=runs),
        measure("search by full NIK (16 digits)", search(niks), runs=runs),
        measure("search by NIK prefix (6 digits)", search([n[:6] for n in niks]), runs=runs),
        measure("search by phone prefix typed 08xx (8 digits)", search([p[:8] for p in phones]), runs=runs),
    ]
    engine.dispose()

    raw = read_only(path)
    fts = (
        "SELECT a.document FROM applicant_fts JOIN applicant AS a ON a.rowid = applicant_fts.rowid "
        "WHERE applicant_fts MATCH ? ORDER BY a.name_search, a.id LIMIT 50"
    )
    phrases = cycle(f'"{fold(p)}"' for p in pieces if len(fold(p)) >= 3)
    nik_cycle = cycle(niks)
    results.append(
        measure(
            "raw sqlite3: one FTS5 join sorting every match",
            lambda: raw.execute(fts, (next(phrases),)).fetchall(),
            runs=runs,
        )
    )
    point = "SELECT document FROM applicant WHERE nik = ?"
    results.append(
        measure("floor: raw sqlite3 NIK lookup", lambda: raw.execute(point, (next(nik_cycle),)).fetchall(), runs=runs)
    )
    raw.close()
    for timing_row in results:
        print(timing_row.row())
    cap = db.applicant_repository.CANDIDATE_CAP
    for kind in dict.fromkeys(k for k, _ in mix):
        queries = [q for k, q in mix if k == kind]
        print(f"desk mix: {kind}: {beyond_the_cap(path, queries)} of {len(queries)} with more than {cap:,} matches")


if __name__ == "__main__":
    main()
