"""The sync hub: a PostgreSQL database of this application that counters push to and pull from.

Part of `db`, which imports only the core (`counter_app.domain/ports/errors/i18n`), never `ui`,
`printing` or `web`. `db.hub.link` reaches it (`connect_hub`); `db.hub.repository` is its change
log and its conflicts (`uow.hub`).
"""
