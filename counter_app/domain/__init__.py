"""Domain rules. Qt-free and SQL-free: standard library only."""
