"""Errors split by who is to blame.

`KnownError`: the user or the environment can fix it (bad input, a file that is not a Standar
Pelayanan, a database that is locked or unreachable). It carries a user-facing message in the
active language and is shown as it is.

Anything else is a bug: it is logged with its traceback and shown as "terjadi kesalahan" with a
reference, never swallowed.
"""

from __future__ import annotations

from dataclasses import dataclass


class CounterError(Exception):
    """Base of every error the application raises on purpose."""


class KnownError(CounterError):
    """An error with a message meant for the user (already translated)."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field: what is wrong and how to fix it."""

    field: str
    message: str


class ValidationError(KnownError):
    """Input that breaks a rule; names each field and the fix."""

    exit_code = 2

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


class ImportFailed(KnownError):
    """A catalog document that cannot be imported (not a Standar Pelayanan, empty, binary...)."""

    exit_code = 2

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source


class NotFound(KnownError):
    """A code, number or file that does not exist."""

    exit_code = 4


class StorageError(KnownError):
    """The database cannot be reached, is locked, or is not a database of this application."""

    exit_code = 5


class PrinterError(KnownError):
    """The printer could not print (offline, refused, paper out, timeout); the message says which."""

    exit_code = 6


class NotAllowed(KnownError):
    """An action the rules do not allow now (wrong stage, wrong role, already closed)."""

    exit_code = 2
