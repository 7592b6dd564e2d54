"""Sync with the hub: push the outbox, pull what happened elsewhere, keep card projections right.

Design (issue 7, architecture.md §2, §3, §6):

- The hub is a PostgreSQL database of this application, migrated by the same Alembic revisions
  (so the status page and the desktop app can open it), plus a change log `sync_change` whose
  `seq` is the cursor counters pull from and `sync_conflict`. A counter reaches it through the
  `HubLink` port (`db.hub.link`), runs its schema upgrade, and makes it the hub the first time.
- Outbox: once a counter has used a hub, every local write of a synced record also writes a
  `sync_outbox` row in the same transaction (the repositories do it, `db.outbox`); the first
  time, everything already stored is queued. Rows that come by pull are never queued (no echo).
- Push: batches in the order the changes were made. The hub takes a batch in ONE transaction
  (`HubRepository.receive`): changes it already has (by `change_id`) are skipped, immutable records
  are inserted if absent (by UUID), an applicant's data is merged by version (`domain.sync.merge`),
  and what is new is appended to the log. The counter forgets a batch only after the hub has
  committed it. A crash between the two sends the batch again: the hub skips it. Nothing lost,
  nothing doubled.
- The cursor trap: log numbers are given and committed under one lock (an advisory transaction
  lock on PostgreSQL), so a number never becomes visible after a larger one.
- Pull: `seq > cursor` in batches; each batch is written, the cards it touched are re-projected
  (`card_projection`) and the cursor moved, in ONE local transaction. Card events are a union;
  every replica derives the card from the same events in (at, id) order, so all agree.
- Concurrent applicant edits: both versions are kept on the hub (`sync_conflict`), the hub's stays
  current everywhere, and a supervisor resolves (`conflicts`, `resolve`; CLI `sync conflicts`).
- A new counter: `bootstrap(url)` copies the office's settings from the hub and pulls everything.
- Unreachable hub: `HubUnreachable` (a known error); the counter keeps working, changes wait.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TypeVar
from urllib.parse import urlsplit

from counter_app.domain.card_projection import projection_of
from counter_app.domain.card_state import derive
from counter_app.domain.formatting import local
from counter_app.domain.sync import (
    Change,
    Conflict,
    HubUnreachable,
    Keep,
    SyncReport,
    SyncState,
    SyncStatus,
)
from counter_app.errors import FieldError, KnownError, ValidationError
from counter_app.i18n import translate
from counter_app.ports import Clock, HubConnector, HubLink, UnitOfWork, UnitOfWorkFactory
from counter_app.services.calendar import calendar_in
from counter_app.settings import SETTINGS, Settings, validate_setting

log = logging.getLogger(__name__)

T = TypeVar("T")

BATCH = 2000  # changes per hub transaction (push) and per local transaction (pull)
HUB_URL = "hub.url"
HUB_ID = "hub.id"
CURSOR = "hub.cursor"
LAST_SYNC = "hub.last_sync"
OFFLINE_SINCE = "hub.offline_since"
LAST_ERROR = "hub.error"
# Office-wide settings a new counter takes from the hub (its own code, printer and id stay its own).
OFFICE_PREFIXES = ("office.", "calendar.", "status.", "numbering.")


def shown_url(url: str) -> str:
    """`url` without its password, for messages and the status bar."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return parts._replace(netloc=f"{user}:***@{netloc}").geturl()


class SyncService:
    """`uow`: the counter's own database; `connect(url)`: a link to the hub at `url`.

    `after_send` runs after the hub has committed a pushed batch and before the counter forgets it
    (tests use it to kill the process exactly there)."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        connect: HubConnector,
        clock: Clock,
        *,
        batch: int = BATCH,
        after_send: Callable[[], None] | None = None,
    ) -> None:
        self._uow = uow
        self._connect = connect
        self._clock = clock
        self._batch = batch
        self._after_send = after_send
        self._links: dict[str, HubLink] = {}

    def close(self) -> None:
        links, self._links = self._links, {}
        for link in links.values():
            try:
                link.close()
            except KnownError:
                log.warning("closing the hub connection failed", exc_info=True)

    # -- what the counter knows ----------------------------------------------------------------

    def hub_url(self) -> str:
        with self._uow() as uow:
            return str(Settings(uow.settings.load()).get(HUB_URL))

    def interval_s(self) -> float:
        """Seconds between two rounds of the background sync (setting `sync.interval_s`)."""
        with self._uow() as uow:
            return float(Settings(uow.settings.load()).get("sync.interval_s"))

    def status(self) -> SyncStatus:
        """Sync as last seen, from the counter's own database (the hub is not asked)."""
        with self._uow() as uow:
            url = str(Settings(uow.settings.load()).get(HUB_URL))
            state = uow.sync.state()
            waiting = uow.sync.pending_count() if uow.sync.mode() == "counter" else 0
        last_sync = _time(state.get(LAST_SYNC))
        offline_since = _time(state.get(OFFLINE_SINCE))
        if not url:
            kind = SyncState.OFF
        elif offline_since is not None:
            kind = SyncState.OFFLINE
        elif last_sync is not None:
            kind = SyncState.ONLINE
        else:
            kind = SyncState.UNKNOWN
        return SyncStatus(
            state=kind,
            hub=shown_url(url),
            waiting=waiting,
            last_sync=last_sync,
            offline_since=offline_since,
            error=state.get(LAST_ERROR, ""),
        )

    # -- syncing -------------------------------------------------------------------------------

    def sync_once(self, url: str | None = None) -> SyncReport:
        """Push every waiting change, then pull everything new. `HubUnreachable` when the hub cannot
        be reached (what was done before stays done; the rest waits for the next run)."""
        return self._run(url, push=True, pull=True)

    def push(self, url: str | None = None) -> SyncReport:
        """Only push what waits (the first half of `sync_once`)."""
        return self._run(url, push=True, pull=False)

    def pull(self, url: str | None = None) -> SyncReport:
        """Only pull what is new on the hub (the second half of `sync_once`)."""
        return self._run(url, push=False, pull=True)

    def _run(self, url: str | None, *, push: bool, pull: bool) -> SyncReport:
        url = self._url(url)
        origin = self._start_recording(url)
        pushed = pulled = conflicts = 0
        try:
            link = self._link(url)
            hub_id = self._on_hub(link, link.open)
            cursor = self._check_hub(hub_id)
            if push:
                pushed, conflicts = self._push(link, origin)
            if pull:
                pulled, cursor = self._pull(link, cursor)
        except KnownError as error:
            self._note({OFFLINE_SINCE: None, LAST_ERROR: error.message})
            raise
        self._note({OFFLINE_SINCE: "", LAST_SYNC: self._clock.now().isoformat(), LAST_ERROR: ""})
        with self._uow() as uow:
            waiting = uow.sync.pending_count()
        return SyncReport(pushed=pushed, pulled=pulled, waiting=waiting, conflicts=conflicts, cursor=cursor)

    def run_cycle(self) -> SyncStatus:
        """One round of the background sync: sync when a hub is configured; a hub that cannot be
        reached is only noted (the status says since when). Returns the status afterwards."""
        if self.hub_url():
            try:
                self.sync_once()
            except HubUnreachable as error:
                log.info("hub unreachable: %s", error.message)
        return self.status()

    def bootstrap(self, url: str) -> SyncReport:
        """Set this counter up from the hub: its address, the office's settings, every record."""
        url = url.strip()
        validate_setting(HUB_URL, url)
        link = self._link(url)
        self._on_hub(link, link.open)

        def office_settings() -> dict[str, str]:
            with link.unit_of_work() as hub:
                return hub.settings.load()

        office: dict[str, str] = {}
        for key, value in self._on_hub(link, office_settings).items():
            if key in SETTINGS and key.startswith(OFFICE_PREFIXES):
                try:
                    office[key] = validate_setting(key, value)
                except ValidationError:
                    log.warning("hub setting %s=%r is not valid here; not copied", key, value)
        with self._uow() as uow:
            for key, value in {**office, HUB_URL: url}.items():
                uow.settings.save(key, value)
            uow.commit()
        return self.sync_once(url)

    # -- conflicts (on the hub) ----------------------------------------------------------------

    def conflicts(self, url: str | None = None, include_closed: bool = False) -> list[Conflict]:
        link = self._link(self._url(url))

        def read() -> list[Conflict]:
            link.open()
            with link.unit_of_work() as hub:
                return hub.hub.conflicts(include_closed)

        return self._on_hub(link, read)

    def resolve(self, conflict_id: str, keep: Keep, by: str, url: str | None = None) -> Conflict:
        """A supervisor's choice; the chosen version reaches every counter by their next pull."""
        if not by.strip():
            raise ValidationError([FieldError("by", translate("sync", "nama supervisor wajib diisi"))])
        link = self._link(self._url(url))

        def decide() -> Conflict:
            link.open()
            with link.unit_of_work() as hub:
                conflict = hub.hub.resolve(conflict_id, keep, by.strip(), self._clock.now())
                hub.commit()
                return conflict

        return self._on_hub(link, decide)

    # -- the steps -----------------------------------------------------------------------------

    def _url(self, url: str | None) -> str:
        url = (url or self.hub_url()).strip()
        if not url:
            raise ValidationError(
                [
                    FieldError(
                        HUB_URL,
                        translate(
                            "sync",
                            "alamat hub belum diatur; gunakan --hub URL atau "
                            "'counter-app settings set hub.url postgresql://…'",
                        ),
                    )
                ]
            )
        validate_setting(HUB_URL, url)
        return url

    def _link(self, url: str) -> HubLink:
        link = self._links.get(url)
        if link is None:
            link = self._links[url] = self._connect(url)
        return link

    def _on_hub(self, link: HubLink, action: Callable[[], T]) -> T:
        """Run `action` against the hub; failing to reach it becomes `HubUnreachable`."""
        with self._hub_errors(link):
            return action()

    @contextmanager
    def _hub_errors(self, link: HubLink) -> Iterator[None]:
        try:
            yield
        except HubUnreachable:
            raise
        except KnownError as error:
            if error.exit_code != HubUnreachable.exit_code:  # refused data, not found, ...: as they are
                raise
            raise HubUnreachable(link.address, error.message.rstrip(".")) from error

    def _start_recording(self, url: str) -> str:
        """Record local changes from now on (queueing what is stored, the first time; the first hub
        used becomes the counter's hub); the name the hub files this counter's changes under."""
        with self._uow() as uow:
            queued = uow.sync.start_recording()
            settings = Settings(uow.settings.load())
            configure = not settings.raw(HUB_URL)
            if configure:
                uow.settings.save(HUB_URL, url)
            if queued is not None or configure:
                uow.commit()
        if queued:
            log.info("sync: %d stored records queued for the hub", queued)
        return f"{settings.counter_code}:{settings.raw('install.id')[:8]}"

    def _check_hub(self, hub_id: str) -> int:
        """The cursor for this hub; a hub this counter has not synced with before gets everything."""
        with self._uow() as uow:
            state = uow.sync.state()
            known = state.get(HUB_ID, "")
            if known == hub_id:
                return int(state.get(CURSOR) or 0)
            if known:
                queued = uow.sync.queue_everything()
                log.warning("sync: the hub changed (%s -> %s); %d records queued again", known, hub_id, queued)
            uow.sync.set_state({HUB_ID: hub_id, CURSOR: "0"})
            uow.commit()
        return 0

    def _push(self, link: HubLink, origin: str) -> tuple[int, int]:
        pushed = conflicts = 0
        while True:
            with self._uow() as uow:
                batch = uow.sync.pending(self._batch)
            if not batch:
                return pushed, conflicts

            def send(batch: Sequence[Change] = batch) -> int:
                with link.unit_of_work() as hub:
                    received = hub.hub.receive(origin, batch)
                    self._reproject(hub, received.touched)
                    hub.commit()
                return received.conflicts

            conflicts += self._on_hub(link, send)
            if self._after_send is not None:
                self._after_send()
            with self._uow() as uow:
                uow.sync.acknowledge([change.change_id for change in batch])
                uow.commit()
            pushed += len(batch)
            if len(batch) < self._batch:
                return pushed, conflicts

    def _pull(self, link: HubLink, cursor: int) -> tuple[int, int]:
        pulled = 0
        while True:

            def fetch(after: int = cursor) -> list[Change]:
                with link.unit_of_work() as hub:
                    return hub.hub.changes_since(after, self._batch)

            changes = self._on_hub(link, fetch)
            if not changes:
                return pulled, cursor
            with self._uow() as uow:
                touched = uow.sync.apply(changes)
                self._reproject(uow, touched)
                cursor = changes[-1].seq
                uow.sync.set_state({CURSOR: str(cursor)})
                uow.commit()
            pulled += len(changes)
            if len(changes) < self._batch:
                return pulled, cursor

    def _reproject(self, uow: UnitOfWork, registration_ids: Sequence[str]) -> None:
        """Rewrite the card projection of these files from their events (they changed by sync)."""
        if not registration_ids:
            return
        timezone = str(Settings(uow.settings.load()).get("office.timezone"))
        calendar = calendar_in(uow)
        today = local(self._clock.now(), timezone).date()
        events = uow.card_events.for_registrations(registration_ids)
        versions = uow.registrations.permit_versions(registration_ids)
        permits = {key: uow.catalog.get(*key) for key in set(versions.values())}
        cards = []
        for registration_id, key in versions.items():
            found, permit = events.get(registration_id), permits[key]
            if not found or permit is None:  # its events come with a later batch
                continue
            state = derive(found, permit.stages, permit.sla.days, permit.sla.unit, calendar, today, timezone)
            cards.append((registration_id, projection_of(state)))
        uow.registrations.set_card_states(cards)

    def _note(self, values: dict[str, str | None]) -> None:
        """Remember how the last attempt went (`None`: keep the stored value, or set it to now)."""
        with self._uow() as uow:
            state = uow.sync.state()
            now = self._clock.now().isoformat()
            uow.sync.set_state(
                {key: (state.get(key) or now) if value is None else value for key, value in values.items()}
            )
            uow.commit()


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
