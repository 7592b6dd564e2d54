"""The hub's side on the real PostgreSQL: idempotent batches, the log's order, conflicts."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text

from counter_app.domain.sync import Change, ConflictStatus, Entity, HubUnreachable, Keep, SyncRefused, revision
from counter_app.errors import NotAllowed, NotFound
from db import SqlUnitOfWorkFactory
from db.base import new_id
from db.hub.link import PostgresHub
from db.models import RegistrationRow, SyncChangeRow
from db.sync_rows import dump_row, load_row
from tests.helpers.databases import requires_postgres
from tests.sync.conftest import Counters, advance, register

pytestmark = requires_postgres


@pytest.fixture
def hub(postgres_database_url: str) -> Iterator[PostgresHub]:
    link = PostgresHub(postgres_database_url)
    link.open()
    try:
        yield link
    finally:
        link.close()


def _pending(counters: Counters, code: str, files: int = 2) -> list[Change]:
    app = counters.open(code)
    with app.sync._uow() as uow:
        uow.sync.start_recording()
        uow.commit()
    for _ in range(files):
        advance(app, register(app).registration.reg_no)
    with app.sync._uow() as uow:
        return uow.sync.pending(1000)


def _counts(hub: PostgresHub) -> tuple[int, int]:
    with hub.engine.connect() as conn:
        log = conn.scalar(select(func.count()).select_from(SyncChangeRow))
        files = conn.scalar(select(func.count()).select_from(RegistrationRow))
    return int(log or 0), int(files or 0)


def test_the_same_batch_twice_changes_nothing(hub: PostgresHub, counters: Counters) -> None:
    batch = _pending(counters, "L01")
    assert [c.entity for c in batch].count("registration") == 2
    log_before, _ = _counts(hub)

    with hub.unit_of_work() as uow:
        first = uow.hub.receive("L01", batch)
        uow.commit()
    after_first = _counts(hub)
    with hub.unit_of_work() as uow:
        again = uow.hub.receive("L01", batch)
        uow.commit()

    assert (first.accepted, first.duplicates) == (len(batch), 0)
    assert len(first.touched) == 2
    assert (again.accepted, again.duplicates, again.touched) == (0, len(batch), ())
    assert _counts(hub) == after_first
    assert after_first == (log_before + len(batch), 2)


def test_the_same_records_under_new_change_ids_are_not_doubled(hub: PostgresHub, counters: Counters) -> None:
    batch = _pending(counters, "L01")
    renamed = [Change(str(new_id()), c.entity, c.key, c.payload) for c in batch]
    with hub.unit_of_work() as uow:
        uow.hub.receive("L01", batch)
        uow.commit()
    before = _counts(hub)
    with hub.unit_of_work() as uow:
        received = uow.hub.receive("L01", renamed)
        uow.commit()
    assert received.touched == ()
    assert _counts(hub) == before


def test_log_writers_commit_their_numbers_in_order(hub: PostgresHub, counters: Counters) -> None:
    """The cursor trap: a writer holding the log lock makes the next one wait, so no puller ever
    sees a larger number before a smaller one commits."""
    batch = _pending(counters, "L01", files=1)
    with hub.unit_of_work() as uow:
        cursor = uow.hub.last_seq()
    holder = hub.unit_of_work()
    holder.hub.receive("L01", batch[:4])  # logged, numbered, not committed: it holds the lock
    with hub.unit_of_work() as other:
        other._session.execute(text("SET LOCAL lock_timeout = '300ms'"))
        with pytest.raises(HubUnreachable, match="menunggu giliran menulis"):
            other.hub.receive("L02", batch[4:])
    with hub.unit_of_work() as reader:
        assert reader.hub.changes_since(cursor, 100) == []  # nothing visible out of order
    holder.commit()
    holder.__exit__(None, None, None)
    with hub.unit_of_work() as other:
        other.hub.receive("L02", batch[4:])
        other.commit()
    with hub.unit_of_work() as reader:
        pulled = reader.hub.changes_since(cursor, 100)
    assert [c.seq for c in pulled] == list(range(cursor + 1, cursor + 1 + len(pulled)))
    assert [c.change_id for c in pulled] == [c.change_id for c in batch]


def test_concurrent_pushes_get_distinct_ordered_numbers(hub: PostgresHub, counters: Counters) -> None:
    batches = [_pending(counters, code, files=3) for code in ("L01", "L02", "L03")]
    with hub.unit_of_work() as uow:
        cursor = uow.hub.last_seq()
    errors: list[BaseException] = []

    def push(code: str, batch: list[Change]) -> None:
        try:
            for start in range(0, len(batch), 2):
                with hub.unit_of_work() as uow:
                    uow.hub.receive(code, batch[start : start + 2])
                    uow.commit()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(f"L0{i}", b)) for i, b in enumerate(batches, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with hub.unit_of_work() as uow:
        pulled = uow.hub.changes_since(cursor, 1000)
    assert [c.seq for c in pulled] == list(range(cursor + 1, cursor + 1 + len(pulled)))
    # the three counters' copies of the shipped catalog are the same versions: logged once
    assert len({c.change_id for c in pulled}) == len(pulled) == sum(len(b) for b in batches) - 6


def _applicant_change(base: Change, document: dict[str, object], base_revision: str | None) -> Change:
    values, _ = load_row(Entity.APPLICANT, base.payload)
    values["document"] = dump(document)
    return Change(str(new_id()), base.entity, base.key, dump_row(Entity.APPLICANT, values, base=base_revision))


def dump(document: dict[str, object]) -> str:
    import json

    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def test_two_edits_of_one_applicant_are_both_kept_until_a_supervisor_decides(
    hub: PostgresHub, counters: Counters
) -> None:
    batch = _pending(counters, "L01", files=1)
    created = next(c for c in batch if c.entity == "applicant")
    with hub.unit_of_work() as uow:
        uow.hub.receive("L01", batch)
        uow.commit()
    original_values, _ = load_row(Entity.APPLICANT, created.payload)
    original = __import__("json").loads(original_values["document"])
    base = revision(original_values["document"])
    from_l01 = _applicant_change(created, {**original, "phone": "+6281211112222"}, base)
    from_l02 = _applicant_change(created, {**original, "address": "Jl. Baru 7"}, base)
    again_l02 = _applicant_change(
        created, {**original, "address": "Jl. Baru 7A"}, revision(dump({**original, "address": "Jl. Baru 7"}))
    )

    with hub.unit_of_work() as uow:
        assert uow.hub.receive("L01", [from_l01]).conflicts == 0  # edited from the hub's: it wins
        assert uow.hub.receive("L02", [from_l02]).conflicts == 1  # edited from the old one: kept aside
        assert uow.hub.receive("L02", [from_l02]).conflicts == 0  # sent again: nothing new
        assert uow.hub.receive("L02", [again_l02]).conflicts == 1  # L02 edited its version again
        uow.commit()
        conflicts = uow.hub.conflicts(include_closed=True)
        current = uow.applicants.get(created.key)
    assert current is not None and current.phone == "+6281211112222"
    assert [c.status for c in conflicts] == [ConflictStatus.SUPERSEDED, ConflictStatus.OPEN]
    open_one = conflicts[1]
    assert open_one.to_json()["incoming"]["document"] == dump({**original, "address": "Jl. Baru 7A"})
    assert __import__("json").loads(open_one.to_json()["current"]["document"])["phone"] == "+6281211112222"

    with hub.unit_of_work() as uow:
        cursor = uow.hub.last_seq()
        resolved = uow.hub.resolve(open_one.id, Keep.INCOMING, "kabid", counters.clock.now())
        uow.commit()
        assert (resolved.status, resolved.resolution, resolved.resolved_by) == (
            ConflictStatus.RESOLVED,
            "incoming",
            "kabid",
        )
        assert uow.applicants.get(created.key).address == "Jl. Baru 7A"  # type: ignore[union-attr]
        assert [c.entity for c in uow.hub.changes_since(cursor, 10)] == ["applicant"]
        assert uow.hub.conflicts() == []
    with hub.unit_of_work() as uow, pytest.raises(NotAllowed):
        uow.hub.resolve(open_one.id, Keep.CURRENT, "kabid", counters.clock.now())
    with hub.unit_of_work() as uow, pytest.raises(NotFound):
        uow.hub.resolve(str(uuid.uuid4()), Keep.CURRENT, "kabid", counters.clock.now())


def test_a_hub_is_not_a_counter(postgres_database_url: str) -> None:
    hub, again = PostgresHub(postgres_database_url), PostgresHub(postgres_database_url)
    try:
        hub_id = hub.open()
        assert again.open() == hub_id  # the same hub, however reached
        with SqlUnitOfWorkFactory(hub.engine)() as uow:
            assert uow.sync.mode() == "hub"
    finally:
        hub.close()
        again.close()


def test_two_counters_with_the_same_code_are_refused_not_merged(hub: PostgresHub, counters: Counters) -> None:
    first = _pending(counters, "L01", files=1)
    twin = counters.open("L01", name="twin")  # configured by mistake with the same code
    with twin.sync._uow() as uow:
        uow.sync.start_recording()
        uow.commit()
    register(twin)  # PWK-L01-261123-0001 again, another file
    with twin.sync._uow() as uow:
        second = uow.sync.pending(100)
    with hub.unit_of_work() as uow:
        uow.hub.receive("L01", first)
        uow.commit()
    before = _counts(hub)
    with hub.unit_of_work() as uow, pytest.raises(SyncRefused, match=r"counter\.code"):
        uow.hub.receive("L01-twin", second)
    assert _counts(hub) == before  # nothing of the refused batch stays
