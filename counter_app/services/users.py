"""User accounts: add, list, change password, disable/enable, sign in (with lockout).

There is no default password and no default account: the first account is an admin made by
`counter-app user add NAME --role admin` or the desktop's first-run dialog. While no account
exists, `SYSTEM` may add it (and only an admin); after that only admins manage accounts.
"""

from __future__ import annotations

from dataclasses import replace

from counter_app.domain.catalog import Role
from counter_app.domain.formatting import local
from counter_app.domain.identity import new_id
from counter_app.domain.permissions import Operation, require
from counter_app.domain.users import (
    LOCK_MINUTES,
    MAX_FAILURES,
    MIN_PASSWORD_LENGTH,
    Principal,
    User,
    after_failure,
    after_success,
    normalize_name,
    valid_name,
)
from counter_app.errors import FieldError, KnownError, NotAllowed, NotFound, ValidationError
from counter_app.i18n import translate
from counter_app.ports import Clock, PasswordHasher, UnitOfWork, UnitOfWorkFactory
from counter_app.services.guard import CurrentUser, acting, record, resolve
from counter_app.settings import Settings


class SignInFailed(KnownError):
    """Wrong name or password, a disabled or a locked account (exit code 7)."""

    exit_code = 7


class UserService:
    def __init__(self, uow: UnitOfWorkFactory, hasher: PasswordHasher, clock: Clock, current: CurrentUser) -> None:
        self._uow = uow
        self._hasher = hasher
        self._clock = clock
        self._current = current

    @property
    def current(self) -> CurrentUser:
        return self._current

    def has_users(self) -> bool:
        with self._uow() as uow:
            return uow.users.exists()

    def list(self) -> list[User]:
        with self._uow() as uow:
            acting(uow, self._current, Operation.USERS)
            return uow.users.all()

    def add(self, name: str, role: Role, password: str, full_name: str = "") -> User:
        key = normalize_name(name)
        errors = []
        if not valid_name(key):
            errors.append(
                FieldError(
                    "name",
                    translate(
                        "users", "nama akun 2–32 huruf kecil, angka, titik, garis bawah atau tanda hubung (mis. rina)"
                    ),
                )
            )
        errors.extend(_password_problems(password))
        if errors:
            raise ValidationError(errors)
        now = self._clock.now()
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.USERS)
            if actor.is_system and role is not Role.ADMIN:
                raise NotAllowed(
                    translate("users", "Akun pertama harus admin: counter-app user add NAMA --role admin.")
                )
            if uow.users.by_name(key) is not None:
                raise ValidationError(
                    [FieldError("name", translate("users", "akun {name} sudah ada; pilih nama lain").format(name=key))]
                )
            user = User(
                id=new_id(),
                name=key,
                full_name=full_name.strip(),
                role=role,
                password_hash=self._hasher.hash(password),
                active=True,
                failed_attempts=0,
                locked_until=None,
                created_at=now,
                updated_at=now,
            )
            uow.users.add(user)
            record(uow, actor, "user.added", key, at=now, after={"role": role.value, "full_name": user.full_name})
            uow.commit()
        return user

    def change_password(self, name: str, password: str) -> None:
        """An admin sets anyone's password; a user may set their own."""
        problems = _password_problems(password)
        if problems:
            raise ValidationError(problems)
        now = self._clock.now()
        with self._uow() as uow:
            user = self._user(uow, name)
            actor = resolve(uow, self._current)
            if actor.user_id != user.id:
                require(actor, Operation.USERS)
            changed = replace(
                user, password_hash=self._hasher.hash(password), failed_attempts=0, locked_until=None, updated_at=now
            )
            uow.users.update(changed)
            record(uow, actor, "user.password_changed", user.name, at=now)
            uow.commit()

    def set_active(self, name: str, active: bool) -> User:
        now = self._clock.now()
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.USERS)
            user = self._user(uow, name)
            if not active and user.id == actor.user_id:
                raise NotAllowed(translate("users", "Akun yang sedang dipakai tidak dapat dinonaktifkan sendiri."))
            if not active and user.role is Role.ADMIN and user.active and _active_admins(uow) <= 1:
                raise NotAllowed(
                    translate("users", "{name} adalah admin aktif terakhir; buat admin lain dulu.").format(
                        name=user.name
                    )
                )
            changed = replace(user, active=active, updated_at=now)
            uow.users.update(changed)
            record(
                uow,
                actor,
                "user.enabled" if active else "user.disabled",
                user.name,
                at=now,
                before={"active": user.active},
                after={"active": active},
            )
            uow.commit()
        return changed

    def set_role(self, name: str, role: Role) -> User:
        now = self._clock.now()
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.USERS)
            user = self._user(uow, name)
            if user.role is Role.ADMIN and role is not Role.ADMIN and user.active and _active_admins(uow) <= 1:
                raise NotAllowed(
                    translate("users", "{name} adalah admin aktif terakhir; buat admin lain dulu.").format(
                        name=user.name
                    )
                )
            changed = replace(user, role=role, updated_at=now)
            uow.users.update(changed)
            record(
                uow,
                actor,
                "user.role_changed",
                user.name,
                at=now,
                before={"role": user.role.value},
                after={"role": role.value},
            )
            uow.commit()
        return changed

    def sign_in(self, name: str, password: str) -> Principal:
        """Check the password (lockout after repeated failures) and make the user the current one."""
        key = normalize_name(name)
        now = self._clock.now()
        with self._uow() as uow:
            settings = Settings(uow.settings.load())
            user = uow.users.by_name(key)
            wrong = SignInFailed(translate("users", "Nama akun atau sandi salah."))
            if user is None:
                raise wrong
            if not user.active:
                raise SignInFailed(
                    translate("users", "Akun {name} dinonaktifkan; hubungi admin.").format(name=user.name)
                )
            if user.locked_at(now):
                raise _locked(user, settings)
            if not self._hasher.verify(user.password_hash, password):
                failed = after_failure(user, now)
                uow.users.update(failed)
                principal = user.principal(settings.counter_code)
                record(
                    uow, principal, "user.sign_in_failed", user.name, at=now, after={"locked": failed.locked_at(now)}
                )
                uow.commit()
                if failed.locked_at(now):
                    raise _locked(failed, settings)
                left = MAX_FAILURES - failed.failed_attempts
                raise SignInFailed(
                    translate(
                        "users", "Nama akun atau sandi salah. Sisa {left} kali percobaan sebelum dikunci."
                    ).format(left=left)
                )
            principal = user.principal(settings.counter_code)
            uow.users.update(after_success(user, now))
            record(uow, principal, "user.signed_in", user.name, at=now)
            uow.commit()
        self._current.sign_in(principal)
        return principal

    def sign_out(self) -> None:
        self._current.sign_out()

    def _user(self, uow: UnitOfWork, name: str) -> User:
        user = uow.users.by_name(normalize_name(name))
        if user is None:
            raise NotFound(
                translate("users", "Akun {name} tidak ada; lihat 'counter-app user list'.").format(name=name)
            )
        return user


def _active_admins(uow: UnitOfWork) -> int:
    return sum(1 for user in uow.users.all() if user.active and user.role is Role.ADMIN)


def _password_problems(password: str) -> list[FieldError]:
    if len(password) < MIN_PASSWORD_LENGTH or not password.strip():
        return [FieldError("password", translate("users", "sandi minimal {n} karakter").format(n=MIN_PASSWORD_LENGTH))]
    return []


def _locked(user: User, settings: Settings) -> SignInFailed:
    until = user.locked_until
    assert until is not None
    shown = local(until, str(settings.get("office.timezone"))).strftime("%H.%M")
    return SignInFailed(
        translate(
            "users",
            "Akun {name} dikunci {minutes} menit setelah {failures} kali sandi salah, sampai pukul {until}; "
            "coba lagi nanti atau minta admin mengganti sandi.",
        ).format(name=user.name, minutes=LOCK_MINUTES, failures=MAX_FAILURES, until=shown)
    )
