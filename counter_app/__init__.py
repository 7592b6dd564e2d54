"""Loket MPP: the counter application's core.

`counter_app.domain` and `counter_app.services` are a Qt-free, SQL-free zone: they import only the
standard library (and the small pure libraries named in pyproject.toml). Adapters (`db`, `printing`,
`ui`, `web`) import the core, never the other way round; `counter_app.app` wires them together.
"""

__version__ = "0.1.0"
