"""Registration sequence numbers: 1, 2, 3 … per counter per day, never handed out twice."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from db import SqlUnitOfWorkFactory

DAY = date(2026, 11, 23)


def test_numbers_start_at_one_and_count_up(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        assert [tx.sequences.next_value("L01", DAY) for _ in range(3)] == [1, 2, 3]
        tx.commit()
    with uow() as tx:
        assert tx.sequences.next_value("L01", DAY) == 4
        tx.commit()


def test_each_counter_and_each_day_counts_on_its_own(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        got = [
            tx.sequences.next_value("L01", DAY),
            tx.sequences.next_value("L02", DAY),
            tx.sequences.next_value("L01", date(2026, 11, 24)),
            tx.sequences.next_value("L01", DAY),
            tx.sequences.next_value("L02", DAY),
            tx.sequences.next_value("l01", DAY),  # codes are exact
        ]
        tx.commit()
    assert got == [1, 1, 1, 2, 2, 1]


def test_a_rolled_back_allocation_was_never_issued(uow: SqlUnitOfWorkFactory) -> None:
    with uow() as tx:
        assert tx.sequences.next_value("L01", DAY) == 1
        tx.commit()
    with uow() as tx:
        assert tx.sequences.next_value("L01", DAY) == 2  # the unit fails later: no file got number 2
    with uow() as tx:
        assert tx.sequences.next_value("L01", DAY) == 2
        tx.commit()
    with uow() as tx:
        assert tx.sequences.next_value("L01", DAY) == 3


def test_concurrent_units_never_share_a_number(uow: SqlUnitOfWorkFactory) -> None:
    """4 threads × 50 units, each allocating one number and committing (as a registration does)."""
    threads, per_thread = 4, 50
    start = threading.Barrier(threads)

    def allocate(_: int) -> list[int]:
        start.wait()
        got = []
        for _ in range(per_thread):
            with uow() as tx:
                got.append(tx.sequences.next_value("L01", DAY))
                tx.settings.save("last.registration", str(got[-1]))  # a second write in the same unit
                tx.commit()
        return got

    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(allocate, range(threads)))

    numbers = [n for got in results for n in got]
    assert sorted(numbers) == list(range(1, threads * per_thread + 1))
    assert all(got == sorted(got) for got in results)  # each thread saw its own numbers increase
    with uow() as tx:
        assert tx.sequences.next_value("L01", DAY) == threads * per_thread + 1
