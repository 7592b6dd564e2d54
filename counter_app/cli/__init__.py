"""The command line (architecture.md §9: a stable contract that tests and scripts rely on)."""
