"""Returning-applicant search on a SQLite file with many applicants (default 1,000,000).

    uv run python -m bench.applicant_search [--n 1000000] [--runs 200] [--db PATH]

On the 2-core reference VM, --n 1000000 takes about 2 minutes to fill (about 1 GB on disk).

Fills a fresh, migrated database in one transaction (executemany through the FTS triggers; realistic
Indonesian names made from small syllable lists), then times, through `SqlUnitOfWork` as the
registration service uses it (one unit of work per search, 50 rows at most):
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
import tempfile
import time
from collections.abc import Callable, Iterator
from itertools import cycle
from pathlib import Path

import db
from bench.timing import Timing, measure
from db.base import new_id
from db.text import fold

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


def samples(path: Path, seed: int, count: int) -> tuple[list[str], list[str], list[str]]:
    """Random substrings of stored names (4–8 characters), stored NIKs and phones."""
    rng = random.Random(seed + 1)
    conn = sqlite3.connect(path)
    try:
        high = conn.execute("SELECT max(rowid) FROM applicant").fetchone()[0]
        picked = [
            conn.execute(
                "SELECT name_search, nik, phone FROM applicant WHERE rowid = ?", (rng.randint(1, high),)
            ).fetchone()
            for _ in range(count)
        ]
    finally:
        conn.close()
    pieces = []
    for name, _, _ in picked:
        size = min(len(name), rng.randint(4, 8))
        start = rng.randint(0, len(name) - size)
        pieces.append(name[start : start + size].strip() or name)
    return pieces, [n for _, n, _ in picked if n], ["0" + p[3:] for _, _, p in picked]


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
    engine = db.create_engine_for(str(path))
    factory = db.SqlUnitOfWorkFactory(engine)

    def search(queries: list[str]) -> Callable[[], object]:
        it = cycle(queries)

        def action() -> object:
            with factory() as uow:
                return uow.applicants.search(next(it), 50)

        return action

    def by_nik() -> Callable[[], object]:
        it = cycle(niks)

        def action() -> object:
            with factory() as uow:
                return uow.applicants.by_nik(next(it))

        return action

    common = ["siti", "wati", "susi", "ahmad", "nur", "made", "yusuf", "santoso", "rahma", "kurniawan"]
    short = ["si", "ma", "yu", "ny", "ke", "ag", "zo", "wa"]
    results: list[Timing] = [
        measure("name substring, random pieces of names", search(pieces), runs=runs),
        measure("name substring, common names (many matches)", search(common), runs=runs),
        measure("name, 2 characters (prefix)", search(short), runs=runs),
        measure("by_nik (unit of work + point lookup)", by_nik(), runs=runs),
        measure("search by full NIK (16 digits)", search(niks), runs=runs),
        measure("search by NIK prefix (6 digits)", search([n[:6] for n in niks]), runs=runs),
        measure("search by phone prefix typed 08xx (8 digits)", search([p[:8] for p in phones]), runs=runs),
    ]
    engine.dispose()

    raw = sqlite3.connect(path)
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
    for timing in results:
        print(timing.row())


if __name__ == "__main__":
    main()
