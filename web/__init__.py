"""Public status page adapter (Starlette + uvicorn). Imports the core only, never `db`, `ui` or `printing`.

`create_app(status_service, ...)` gives the ASGI app; the composition root (`counter_app.app`)
builds the status service over the database and runs it with uvicorn.
"""

from web.app import create_app
from web.rate_limit import RateLimit

__all__ = ["RateLimit", "create_app"]
