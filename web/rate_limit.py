"""Per-client rate limit: an in-process token bucket per client address, answering 429.

Each client (the peer address; behind a reverse proxy, the address uvicorn takes from
X-Forwarded-For when started with `--forwarded-allow-ips`) has a bucket of `burst` requests that
refills at `per_minute` a minute. A request with an empty bucket gets 429 with `Retry-After`. The
buckets live in the server process: with several worker processes a client's allowance is per
worker (a keep-alive connection stays on one). Tracking codes have 60 random bits, so the limit is
not what stops guessing; it keeps one client from flooding the page.

Memory is bounded: past `max_clients` buckets, the full (idle) ones are dropped, and if that is not
enough, all of them (everybody starts again with a full bucket).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send


@dataclass(frozen=True)
class RateLimit:
    per_minute: float = 60.0
    burst: int = 30

    def __post_init__(self) -> None:
        if self.per_minute <= 0 or self.burst < 1:
            raise ValueError("per_minute must be > 0 and burst >= 1")


class TokenBuckets:
    def __init__(
        self,
        limit: RateLimit,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = 100_000,
    ) -> None:
        self._rate = limit.per_minute / 60.0
        self._burst = float(limit.burst)
        self._clock = clock
        self._max_clients = max_clients
        self._buckets: dict[str, list[float]] = {}  # client -> [tokens, when last counted]

    def __len__(self) -> int:
        return len(self._buckets)

    def take(self, client: str) -> int:
        """0 when `client` may go ahead (one token taken), else whole seconds until it may."""
        now = self._clock()
        bucket = self._buckets.get(client)
        if bucket is None:
            if len(self._buckets) >= self._max_clients:
                self._sweep(now)
            self._buckets[client] = [self._burst - 1.0, now]
            return 0
        tokens = min(self._burst, bucket[0] + (now - bucket[1]) * self._rate)
        bucket[1] = now
        if tokens >= 1.0:
            bucket[0] = tokens - 1.0
            return 0
        bucket[0] = tokens
        return max(1, math.ceil((1.0 - tokens) / self._rate))

    def _sweep(self, now: float) -> None:
        refill = self._burst / self._rate
        self._buckets = {c: b for c, b in self._buckets.items() if now - b[1] < refill}
        if len(self._buckets) >= self._max_clients:
            self._buckets.clear()


class RateLimited:
    """ASGI wrapper: 429 (with `Retry-After`) for a client whose bucket is empty, before any work."""

    def __init__(self, app: ASGIApp, buckets: TokenBuckets, html: bytes, json: bytes) -> None:
        self.app = app
        self._buckets = buckets
        self._html = html
        self._json = json

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        wait = self._buckets.take(client[0] if client else "-")
        if not wait:
            await self.app(scope, receive, send)
            return
        api = str(scope.get("path", "")).startswith("/api/")
        body = self._json if api else self._html
        kind = b"application/json" if api else b"text/html; charset=utf-8"
        await send(
            {
                "type": "http.response.start",
                "status": 429,
                "headers": [
                    (b"content-type", kind),
                    (b"content-length", str(len(body)).encode()),
                    (b"retry-after", str(wait).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
