"""Who acts, whether they may, and the audit entry of what they did: used inside every unit of work.

    with self._uow() as uow:
        actor = acting(uow, self._current, Operation.REGISTER)   # PermissionDenied / NotSignedIn
        ...                                                       # the change itself
        record(uow, actor, "registration.registered", reg_no, before=None, after={...}, at=now)
        uow.commit()                                              # change and audit entry together

`CurrentUser` holds the signed-in user of this process (the desktop's login, the CLI's --user).
Nobody signed in: `SYSTEM` while the database has no accounts, else `NotSignedIn`. A signed-in
user whose account was disabled (or removed) meanwhile is refused too.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from counter_app.domain.audit import new_entry
from counter_app.domain.identity import new_id
from counter_app.domain.permissions import Operation, require
from counter_app.domain.users import SYSTEM, Principal
from counter_app.errors import KnownError
from counter_app.i18n import translate
from counter_app.ports import UnitOfWork
from counter_app.settings import Settings


class NotSignedIn(KnownError):
    """User accounts exist but nobody signed in (exit code 7)."""

    exit_code = 7


class CurrentUser:
    """The signed-in user of this process (one desktop session, one CLI run)."""

    def __init__(self, principal: Principal | None = None) -> None:
        self._principal = principal

    @property
    def principal(self) -> Principal | None:
        return self._principal

    def sign_in(self, principal: Principal) -> None:
        self._principal = principal

    def sign_out(self) -> None:
        self._principal = None


def resolve(uow: UnitOfWork, current: CurrentUser) -> Principal:
    """The acting principal in this unit of work (without a permission check)."""
    principal = current.principal
    if principal is None or principal.is_system:
        if uow.users.exists():
            raise NotSignedIn(
                translate(
                    "users",
                    "Akun pengguna sudah ada: masuk dulu. Di baris perintah sebutkan --user NAMA (atau env "
                    "COUNTER_APP_USER); sandi dari env COUNTER_APP_PASSWORD atau diketik saat diminta.",
                )
            )
        return SYSTEM
    user = uow.users.by_id(principal.user_id)
    if user is None or not user.active:
        raise NotSignedIn(
            translate("users", "Akun {name} tidak aktif lagi; masuk dengan akun lain.").format(name=principal.name)
        )
    return user.principal(principal.counter_code)


def acting(uow: UnitOfWork, current: CurrentUser, operation: Operation) -> Principal:
    """The acting principal, refused (`PermissionDenied`) unless the role may do `operation`."""
    principal = resolve(uow, current)
    require(principal, operation)
    return principal


def record(
    uow: UnitOfWork,
    actor: Principal,
    action: str,
    target: str,
    *,
    at: datetime,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    actor_name: str | None = None,
) -> None:
    """Append one audit entry to this counter's chain, in the caller's transaction.

    `actor_name`: the name written for `SYSTEM` (e.g. the officer a script named)."""
    counter = Settings(uow.settings.load()).counter_code
    uow.audit.add(
        new_entry(
            id=new_id(),
            counter_code=counter,
            head=uow.audit.head(counter),
            at=at,
            actor_id=actor.user_id,
            actor_name=actor_name if actor.is_system and actor_name else actor.name,
            actor_role="system" if actor.is_system else actor.role.value,
            action=action,
            target=target,
            before=before,
            after=after,
        )
    )
