"""The account benchmarks act as: the services refuse a database with accounts to anyone not signed in.

`bench.startup` signs its probe in through the login dialog, so the demo database gets this account
(an admin, made when there is none); the other benchmarks then sign in with it the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the start-up probe imports this module: nothing heavy at import
    from counter_app.app import Application

BENCH_USER = "bench"  # a supervisor: registers, works cards, reads reports
BENCH_ADMIN = "bench-admin"  # made first (a database's first account is an admin), makes `bench`
BENCH_PASSWORD = "bench-sandi-1"


def sign_in(application: Application) -> None:
    """Make the benchmark accounts if the database has none, and sign in as `bench` (a database
    whose accounts are someone else's: refused, and the error says so)."""
    from counter_app.domain.catalog import Role

    if not application.users.has_users():
        application.users.add(BENCH_ADMIN, Role.ADMIN, BENCH_PASSWORD)
        application.sign_in(BENCH_ADMIN, BENCH_PASSWORD)
        application.users.add(BENCH_USER, Role.SUPERVISOR, BENCH_PASSWORD)
    application.sign_in(BENCH_USER, BENCH_PASSWORD)
