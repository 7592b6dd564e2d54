"""Benchmarks (not timed tests). Run: `uv run python -m bench.catalog`."""
