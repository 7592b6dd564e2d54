"""User accounts, the acting user (`Principal`) and the lockout rule. Qt-free, SQL-free.

Roles are those of the control card (`counter_app.domain.catalog.Role`). A password is never kept:
only its hash (argon2, made by the `PasswordHasher` port). After `MAX_FAILURES` wrong passwords in
a row an account is locked for `LOCK_MINUTES`; a correct password after that resets the count.

`SYSTEM` acts while a database has no user accounts yet (a fresh install, scripted intake before
anyone set up accounts): everything behaves as before accounts existed. Once one account exists,
nobody acts as `SYSTEM` any more (see `counter_app.services.guard`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from counter_app.domain.catalog import Role

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class Principal:
    """Who acts: the signed-in user (or `SYSTEM`), with the counter they sit at."""

    user_id: str
    name: str
    role: Role
    counter_code: str = ""

    @property
    def is_system(self) -> bool:
        return self.user_id == ""


SYSTEM = Principal(user_id="", name="sistem", role=Role.ADMIN)


@dataclass(frozen=True)
class User:
    id: str
    name: str
    full_name: str
    role: Role
    password_hash: str
    active: bool
    failed_attempts: int
    locked_until: datetime | None
    created_at: datetime
    updated_at: datetime

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def principal(self, counter_code: str = "") -> Principal:
        return Principal(self.id, self.name, self.role, counter_code)

    def public_json(self) -> dict[str, object]:
        """What `user list --json` shows (never the hash)."""
        return {
            "name": self.name,
            "full_name": self.full_name,
            "role": self.role.value,
            "active": self.active,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
            "failed_attempts": self.failed_attempts,
        }


def normalize_name(name: str) -> str:
    return name.strip().lower()


def valid_name(name: str) -> bool:
    return NAME_PATTERN.fullmatch(name) is not None


def after_failure(user: User, now: datetime) -> User:
    """The account after one more wrong password: locked for `LOCK_MINUTES` when it reached
    `MAX_FAILURES` (the count starts again for when the lock ends)."""
    failures = user.failed_attempts + 1
    if failures >= MAX_FAILURES:
        return replace(user, failed_attempts=0, locked_until=now + timedelta(minutes=LOCK_MINUTES), updated_at=now)
    return replace(user, failed_attempts=failures, updated_at=now)


def after_success(user: User, now: datetime) -> User:
    return replace(user, failed_attempts=0, locked_until=None, updated_at=now)
