"""`UserRepository` on SQL: user accounts (names lower-case and unique). Accounts are never deleted.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`.
"""

from __future__ import annotations

from sqlalchemy import select, update

from counter_app.domain.catalog import Role
from counter_app.domain.users import User
from db.base import parse_key, require_aware, to_key
from db.models import UserRow
from db.repository import SessionRepository, translated


class SqlUserRepository(SessionRepository):
    @translated
    def add(self, user: User) -> None:
        require_aware("created_at", user.created_at)
        self._session.execute(
            self._insert(UserRow).values(
                id=to_key(user.id),
                name=user.name,
                full_name=user.full_name,
                role=user.role.value,
                password_hash=user.password_hash,
                active=user.active,
                failed_attempts=user.failed_attempts,
                locked_until=user.locked_until,
                created_at=user.created_at,
                updated_at=user.updated_at,
            )
        )

    @translated
    def update(self, user: User) -> None:
        require_aware("updated_at", user.updated_at)
        result = self._session.execute(
            update(UserRow)
            .where(UserRow.id == to_key(user.id))
            .values(
                full_name=user.full_name,
                role=user.role.value,
                password_hash=user.password_hash,
                active=user.active,
                failed_attempts=user.failed_attempts,
                locked_until=user.locked_until,
                updated_at=user.updated_at,
            )
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise LookupError(f"no user {user.id}")

    @translated
    def by_name(self, name: str) -> User | None:
        row = self._session.scalars(select(UserRow).where(UserRow.name == name)).first()
        return None if row is None else _user(row)

    @translated
    def by_id(self, user_id: str) -> User | None:
        key = parse_key(user_id)
        if key is None:
            return None
        row = self._session.get(UserRow, key)
        return None if row is None else _user(row)

    @translated
    def all(self) -> list[User]:
        return [_user(row) for row in self._session.scalars(select(UserRow).order_by(UserRow.name))]

    @translated
    def exists(self) -> bool:
        return self._session.execute(select(UserRow.id).limit(1)).first() is not None


def _user(row: UserRow) -> User:
    return User(
        id=str(row.id),
        name=row.name,
        full_name=row.full_name,
        role=Role(row.role),
        password_hash=row.password_hash,
        active=row.active,
        failed_attempts=row.failed_attempts,
        locked_until=row.locked_until,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
