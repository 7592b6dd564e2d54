"""The first-run and login dialogs, driven like the officer, over the real user service (SQLite)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from counter_app.domain.catalog import Role
from tests.ui.conftest import SqliteApp
from tests.ui.driving import answering, button_with_text, click
from ui.login import FirstRunDialog, LoginDialog, sign_in_at_start

PASSWORD = "sandi-rahasia-1"


def _fill_first_run(name: str, password: str, repeat: str) -> Callable[[QDialog], None]:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstRunDialog)
        for field, text in ((dialog.name, name), (dialog.full_name, "Admin Kantor")):
            field.clear()
            QTest.keyClicks(field, text)
        dialog.password.clear()
        QTest.keyClicks(dialog.password, password)
        dialog.repeat.clear()
        QTest.keyClicks(dialog.repeat, repeat)
        button_with_text(dialog, "Buat admin").click()

    return answer


def _log_in(password: str, name: str | None = None) -> Callable[[QDialog], None]:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, LoginDialog)
        if name is not None:
            dialog.name.clear()
            QTest.keyClicks(dialog.name, name)
        QTest.keyClicks(dialog.password, password)
        button_with_text(dialog, "Masuk").click()

    return answer


def test_first_run_creates_the_admin_then_logs_in(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    users = sqlite_app.application.users
    assert not users.has_users()
    mismatch_seen: list[str] = []

    def mismatch(dialog: QDialog) -> None:
        _fill_first_run("admin.kantor", PASSWORD, "sandi-lain-99")(dialog)
        assert isinstance(dialog, FirstRunDialog)
        mismatch_seen.append(dialog.error.text())
        dialog.repeat.clear()
        QTest.keyClicks(dialog.repeat, PASSWORD)
        button_with_text(dialog, "Buat admin").click()

    with answering([mismatch, _log_in(PASSWORD)]) as titles:
        principal = sign_in_at_start(users, "DPMPTSP Purwakarta")

    assert mismatch_seen == ["Kedua sandi tidak sama; ketik ulang."]
    assert titles == ["Akun admin pertama — Loket MPP", "Masuk — Loket MPP"]
    assert principal is not None
    assert (principal.name, principal.role) == ("admin.kantor", Role.ADMIN)
    assert sqlite_app.application.current_user.principal == principal
    assert [(u.name, u.role, u.full_name) for u in users.list()] == [("admin.kantor", Role.ADMIN, "Admin Kantor")]


def test_first_run_refuses_a_short_password_and_can_be_left(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    users = sqlite_app.application.users
    errors: list[str] = []

    def short(dialog: QDialog) -> None:
        _fill_first_run("admin", "pendek", "pendek")(dialog)
        assert isinstance(dialog, FirstRunDialog)
        errors.append(dialog.error.text())
        button_with_text(dialog, "Keluar").click()

    with answering([short]):
        assert sign_in_at_start(users) is None
    assert "minimal 8" in errors[0]
    assert not users.has_users()


def test_wrong_passwords_are_told_and_the_lock_is_shown(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    application.users.add("admin", Role.ADMIN, PASSWORD)
    application.sign_in("admin", PASSWORD)
    application.users.add("rina", Role.FRONT_DESK, PASSWORD)
    application.current_user.sign_out()

    dialog = LoginDialog(application.users.sign_in)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    QTest.keyClicks(dialog.name, "rina")
    messages = []
    for _ in range(5):
        QTest.keyClicks(dialog.password, "salah-salah")
        dialog.ok.click()
        messages.append(dialog.error.text())
        assert dialog.password.text() == ""  # cleared for the next try
    assert messages[0] == "Nama akun atau sandi salah. Sisa 4 kali percobaan sebelum dikunci."
    assert "dikunci 15 menit" in messages[-1]
    QTest.keyClicks(dialog.password, PASSWORD)
    dialog.ok.click()
    assert "dikunci" in dialog.error.text()
    assert dialog.principal is None
    assert application.current_user.principal is None


def test_login_as_an_existing_user(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    application.users.add("admin", Role.ADMIN, PASSWORD)
    application.sign_in("admin", PASSWORD)
    application.users.add("rina", Role.FRONT_DESK, PASSWORD)
    application.current_user.sign_out()

    with answering([_log_in(PASSWORD, name="Rina")]) as titles:
        principal = sign_in_at_start(application.users)

    assert titles == ["Masuk — Loket MPP"]  # no first-run dialog once accounts exist
    assert principal is not None
    assert principal.role is Role.FRONT_DESK


def test_leaving_the_login_quits(qtbot: QtBot, sqlite_app: SqliteApp) -> None:
    application = sqlite_app.application
    application.users.add("admin", Role.ADMIN, PASSWORD)
    with answering([click("Keluar")]):
        assert sign_in_at_start(application.users) is None
