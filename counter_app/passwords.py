"""Password hashes with argon2id (argon2-cffi), behind the `PasswordHasher` port.

Outside `counter_app.domain`/`services`, like `counter_app.clock`: the composition root hands it
to the user service. argon2 is imported on first use (not at start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argon2


class Argon2Hasher:
    """argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile) unless told otherwise."""

    def __init__(self, time_cost: int | None = None, memory_cost: int | None = None) -> None:
        self._time_cost = time_cost
        self._memory_cost = memory_cost
        self._hasher: argon2.PasswordHasher | None = None

    def _argon2(self) -> argon2.PasswordHasher:
        if self._hasher is None:
            import argon2

            self._hasher = argon2.PasswordHasher(
                time_cost=argon2.DEFAULT_TIME_COST if self._time_cost is None else self._time_cost,
                memory_cost=argon2.DEFAULT_MEMORY_COST if self._memory_cost is None else self._memory_cost,
            )
        return self._hasher

    def hash(self, password: str) -> str:
        return self._argon2().hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return self._argon2().verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False
