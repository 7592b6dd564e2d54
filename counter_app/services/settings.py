"""Settings use cases: read them typed, change one, make sure the install has its random id."""

from __future__ import annotations

import secrets

from counter_app.domain.printer_profile import PrinterProfile, QrMode
from counter_app.domain.receipt import Office
from counter_app.ports import UnitOfWorkFactory
from counter_app.settings import SETTINGS, Settings, validate_setting


class SettingsService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def current(self) -> Settings:
        with self._uow() as uow:
            return Settings(uow.settings.load())

    def set(self, key: str, value: str) -> Settings:
        validate_setting(key, value)
        with self._uow() as uow:
            uow.settings.save(key, value)
            uow.commit()
            return Settings(uow.settings.load())

    def set_many(self, values: dict[str, str]) -> Settings:
        """Change several settings in one transaction (all or none)."""
        for key, value in values.items():
            validate_setting(key, value)
        with self._uow() as uow:
            for key, value in values.items():
                uow.settings.save(key, value)
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
        """Every setting with its effective value (defaults included), for `settings show`."""
        settings = self.current()
        shown = {key: settings.raw(key) for key in SETTINGS}
        shown["counter.code"] = settings.counter_code
        return shown


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
