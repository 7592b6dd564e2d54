"""The per-client token buckets behind the 429 answer."""

from __future__ import annotations

import pytest

from web.rate_limit import RateLimit, TokenBuckets


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_then_one_request_per_refill() -> None:
    clock = Clock()
    buckets = TokenBuckets(RateLimit(per_minute=30, burst=5), clock=clock)  # one token every 2 s
    assert [buckets.take("a") for _ in range(5)] == [0] * 5
    assert buckets.take("a") == 2
    clock.now += 1.0
    assert buckets.take("a") == 1  # half a token: one more second
    clock.now += 1.0
    assert buckets.take("a") == 0
    assert buckets.take("a") == 2
    clock.now += 3600
    assert [buckets.take("a") for _ in range(6)] == [0] * 5 + [2]  # never more than the burst


def test_clients_have_their_own_buckets() -> None:
    buckets = TokenBuckets(RateLimit(per_minute=60, burst=1), clock=Clock())
    assert buckets.take("a") == 0
    assert buckets.take("a") == 1
    assert buckets.take("b") == 0


def test_memory_stays_bounded_under_many_addresses() -> None:
    clock = Clock()
    buckets = TokenBuckets(RateLimit(per_minute=60, burst=2), clock=clock, max_clients=100)
    for index in range(1000):
        buckets.take(f"10.0.{index // 256}.{index % 256}")
        clock.now += 0.001
    assert len(buckets) <= 100
    clock.now += 10  # everybody idle long enough to have a full bucket again
    buckets.take("busy")
    buckets.take("busy")
    for index in range(200):
        buckets.take(f"192.0.2.{index}")
    assert len(buckets) <= 100


@pytest.mark.parametrize(("per_minute", "burst"), [(0, 1), (-1, 5), (10, 0)])
def test_a_limit_must_allow_something(per_minute: float, burst: int) -> None:
    with pytest.raises(ValueError, match="per_minute"):
        RateLimit(per_minute=per_minute, burst=burst)
