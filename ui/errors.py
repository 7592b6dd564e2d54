"""The UI's error boundary: known errors are shown as they are, anything else is a bug.

    with show_errors(self):
        permit = self._catalog.show(code)
        ...

A `KnownError` carries a message for the user (already translated): it is shown in a warning box.
Any other exception is logged with its traceback and a short reference, and the user sees
"Terjadi kesalahan" with that reference, so the log line can be found. Nothing is swallowed
silently; the block's remaining statements are skipped, and `ShownError.failed` says so.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counter_app.errors import KnownError

log = logging.getLogger(__name__)


@dataclass
class ShownError:
    """What `show_errors` did: `failed` is True when the block raised (and the user was told)."""

    failed: bool = False
    reference: str | None = None


def new_reference() -> str:
    """A short reference that ties a message on screen to its log line, e.g. "E-7K2Q9D"."""
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    import secrets  # loads OpenSSL: only when an error is shown, not at start-up

    return "E-" + "".join(secrets.choice(alphabet) for _ in range(6))


@contextmanager
def show_errors(parent: QWidget | None, title: str | None = None) -> Iterator[ShownError]:
    outcome = ShownError()
    try:
        yield outcome
    except KnownError as exc:
        outcome.failed = True
        QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "Loket MPP"), exc.message)
    except Exception:
        outcome.failed = True
        outcome.reference = new_reference()
        log.exception("unexpected error, reference %s", outcome.reference)
        QMessageBox.critical(
            parent,
            title or QCoreApplication.translate("Errors", "Loket MPP"),
            QCoreApplication.translate(
                "Errors",
                "Terjadi kesalahan. Sebutkan kode {reference} kepada petugas TI; rinciannya tercatat di log.",
            ).format(reference=outcome.reference),
        )
