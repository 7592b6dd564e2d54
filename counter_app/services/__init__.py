"""Use cases over the ports. Qt-free and SQL-free."""
