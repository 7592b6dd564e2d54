"""Settings use cases: read them typed, change one, make sure the install has its random id."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

from counter_app.domain.permissions import Operation
from counter_app.domain.printer_profile import PrinterProfile, QrMode
from counter_app.domain.receipt import Office
from counter_app.ports import Clock, UnitOfWorkFactory
from counter_app.services.guard import CurrentUser, acting, record
from counter_app.settings import SETTINGS, Settings, validate_setting


class SettingsService:
    """Changing `printer.*` keys is the counter's printer set-up (`Operation.PRINTER_SETUP`); any
    other key is an office setting (`Operation.SETTINGS`, admins)."""

    def __init__(self, uow: UnitOfWorkFactory, current: CurrentUser | None = None, clock: Clock | None = None) -> None:
        self._uow = uow
        self._current = current or CurrentUser()
        self._clock = clock

    def current(self) -> Settings:
        with self._uow() as uow:
            return Settings(uow.settings.load())

    def set(self, key: str, value: str) -> Settings:
        return self.set_many({key: value})

    def set_many(self, values: dict[str, str]) -> Settings:
        """Change several settings in one transaction (all or none), audited with before and after."""
        for key, value in values.items():
            validate_setting(key, value)
        printer_only = all(key.startswith("printer.") for key in values)
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.PRINTER_SETUP if printer_only else Operation.SETTINGS)
            stored = uow.settings.load()
            before = Settings(stored)
            for key, value in values.items():
                uow.settings.save(key, value)
            record(
                uow,
                actor,
                "settings.changed",
                ",".join(sorted(values)),
                at=_now(self._clock),
                before={key: before.raw(key) for key in values},
                after=dict(values),
            )
            uow.commit()
            return Settings(uow.settings.load())

    def ensure_install_id(self) -> str:
        """A random id made once per install; unconfigured counters derive their code from it."""
        with self._uow() as uow:
            values = uow.settings.load()
            if values.get("install.id"):
                return values["install.id"]
            install_id = secrets.token_hex(16)
            uow.settings.save("install.id", install_id)
            uow.commit()
            return install_id

    def shown(self) -> dict[str, str]:
        """Every setting with its effective value (defaults included), for `settings show`; a
        password in the hub's URL is shown as `***` (the screen or a pasted output must not leak it)."""
        settings = self.current()
        shown = {key: settings.raw(key) for key in SETTINGS}
        shown["counter.code"] = settings.counter_code
        shown["hub.url"] = without_password(shown["hub.url"])
        return shown


def without_password(url: str) -> str:
    """`postgresql://user:secret@host/db` -> `postgresql://user:***@host/db`; anything else as given."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def office_of(settings: Settings) -> Office:
    return Office(
        name=str(settings.get("office.name")),
        address=str(settings.get("office.address")),
        phone=str(settings.get("office.phone")),
        timezone=str(settings.get("office.timezone")),
        status_base_url=str(settings.get("status.base_url")),
    )


def printer_profile_of(settings: Settings) -> PrinterProfile:
    return PrinterProfile(
        paper_mm=int(settings.get("printer.paper_mm")),
        qr_mode=QrMode(settings.get("printer.qr")),
        cut=bool(settings.get("printer.cut")),
    )


def _now(clock: Clock | None) -> datetime:
    return clock.now() if clock is not None else datetime.now(UTC)
