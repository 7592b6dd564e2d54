"""Real argon2id with the smallest cost (tests make many accounts; the default costs ~0.5 s a hash)."""

from __future__ import annotations

from counter_app.passwords import Argon2Hasher

FAST_HASHER = Argon2Hasher(time_cost=1, memory_cost=1024)
