"""The desktop app (PySide6): windows, widgets and Qt models over the core's services.

This package imports only `counter_app.*` (domain, services, errors, i18n, ports, resources) and
PySide6; never `db`, `printing` or `web`. Widgets stay thin: a slot reads its inputs, calls one
service and renders the result; formatting lives in pure functions next to the models.
"""
