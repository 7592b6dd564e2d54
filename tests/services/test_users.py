"""User accounts over a real database: the first admin, sign-in, lockout, who may manage accounts."""

from __future__ import annotations

import pytest

from counter_app.app import Application
from counter_app.domain.catalog import Role
from counter_app.domain.permissions import PermissionDenied
from counter_app.errors import NotAllowed, ValidationError
from counter_app.services.guard import NotSignedIn
from counter_app.services.users import SignInFailed
from tests.helpers.clock import FixedClock

PASSWORD = "sandi-rahasia-1"


def _admin(app: Application) -> None:
    app.users.add("admin", Role.ADMIN, PASSWORD, "Admin Kantor")
    app.sign_in("admin", PASSWORD)


def test_no_account_means_system_and_the_first_must_be_an_admin(app: Application) -> None:
    assert not app.users.has_users()
    with pytest.raises(NotAllowed, match="Akun pertama harus admin"):
        app.users.add("rina", Role.FRONT_DESK, PASSWORD)
    assert not app.users.has_users()

    app.users.add("Admin", Role.ADMIN, PASSWORD)

    assert app.users.has_users()
    # Once an account exists, nobody acts as the system any more.
    with pytest.raises(NotSignedIn, match="--user"):
        app.users.add("rina", Role.FRONT_DESK, PASSWORD)
    principal = app.sign_in("ADMIN", PASSWORD)
    assert (principal.name, principal.role) == ("admin", Role.ADMIN)
    assert principal.counter_code == "L01"
    assert [u.name for u in app.users.list()] == ["admin"]


def test_names_and_passwords_are_checked(app: Application) -> None:
    with pytest.raises(ValidationError) as caught:
        app.users.add("R", Role.ADMIN, "pendek")
    assert {e.field for e in caught.value.errors} == {"name", "password"}
    _admin(app)
    with pytest.raises(ValidationError, match="sudah ada"):
        app.users.add("admin", Role.SUPERVISOR, PASSWORD)


def test_a_password_is_stored_only_as_an_argon2_hash(app: Application) -> None:
    _admin(app)
    with app.users._uow() as uow:  # the stored row itself
        stored = uow.users.by_name("admin")
    assert stored is not None
    assert stored.password_hash.startswith("$argon2id$")
    assert PASSWORD not in stored.password_hash


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(app: Application, clock: FixedClock) -> None:
    _admin(app)
    app.users.add("rina", Role.FRONT_DESK, PASSWORD)
    for left in (4, 3, 2, 1):
        with pytest.raises(SignInFailed, match=f"Sisa {left} kali"):
            app.sign_in("rina", "salah-salah")
    with pytest.raises(SignInFailed, match="dikunci 15 menit") as caught:
        app.sign_in("rina", "salah-salah")
    assert "09.30" in caught.value.message  # 09.15 WIB + 15 minutes, in the office's time

    # Even the right password is refused while locked.
    clock.advance(minutes=14)
    with pytest.raises(SignInFailed, match="dikunci"):
        app.sign_in("rina", PASSWORD)

    clock.advance(minutes=2)
    assert app.sign_in("rina", PASSWORD).name == "rina"


def test_an_admin_unlocks_by_setting_a_new_password(app: Application) -> None:
    _admin(app)
    app.users.add("rina", Role.FRONT_DESK, PASSWORD)
    for _ in range(5):
        with pytest.raises(SignInFailed):
            app.sign_in("rina", "salah-salah")
    app.sign_in("admin", PASSWORD)
    app.users.change_password("rina", "sandi-baru-123")

    assert app.sign_in("rina", "sandi-baru-123").role is Role.FRONT_DESK
    with pytest.raises(SignInFailed):
        app.sign_in("rina", PASSWORD)


def test_an_unknown_name_gets_the_same_answer_as_a_wrong_password(app: Application) -> None:
    _admin(app)
    with pytest.raises(SignInFailed) as unknown:
        app.sign_in("tidakada", PASSWORD)
    assert unknown.value.message == "Nama akun atau sandi salah."


def test_only_admins_manage_accounts_but_anyone_changes_their_own_password(app: Application) -> None:
    _admin(app)
    app.users.add("rina", Role.FRONT_DESK, PASSWORD)
    app.sign_in("rina", PASSWORD)

    with pytest.raises(PermissionDenied, match="mengelola akun pengguna"):
        app.users.add("budi", Role.FRONT_DESK, PASSWORD)
    with pytest.raises(PermissionDenied):
        app.users.list()
    with pytest.raises(PermissionDenied):
        app.users.change_password("admin", "ambil-alih-admin")

    app.users.change_password("rina", "sandi-rina-baru")
    assert app.sign_in("rina", "sandi-rina-baru").name == "rina"


def test_a_disabled_account_cannot_sign_in_nor_keep_acting(app: Application) -> None:
    _admin(app)
    app.users.add("rina", Role.FRONT_DESK, PASSWORD)
    app.users.add("sari", Role.ADMIN, PASSWORD)
    app.sign_in("rina", PASSWORD)
    rina = app.current_user.principal

    app.sign_in("sari", PASSWORD)
    app.users.set_active("rina", False)
    with pytest.raises(SignInFailed, match="dinonaktifkan"):
        app.sign_in("rina", PASSWORD)

    assert rina is not None
    app.current_user.sign_in(rina)  # a desktop session that was open before
    with pytest.raises(NotSignedIn, match="tidak aktif"):
        app.users.change_password("rina", "sandi-rina-baru")


def test_the_last_active_admin_stays(app: Application) -> None:
    _admin(app)
    app.users.add("sari", Role.ADMIN, PASSWORD)
    app.users.set_active("sari", False)
    with pytest.raises(NotAllowed, match="sendiri"):
        app.users.set_active("admin", False)
    with pytest.raises(NotAllowed, match="admin aktif terakhir"):
        app.users.set_role("admin", Role.SUPERVISOR)
    app.users.set_active("sari", True)
    assert app.users.set_role("sari", Role.SUPERVISOR).role is Role.SUPERVISOR
