"""The status page server: a Starlette (ASGI) app over the core's status lookup, run by uvicorn.

    GET /                 a form to type a tracking code
    GET /t?kode=CODE      the form's answer: 303 to /t/CODE, or the 404 page
    GET /t/CODE           the status page (what the receipt QR opens)
    GET /api/t/CODE       the same as JSON (`PublicStatus.to_json()`)

A malformed, unknown or expired code, and any other address, get the same 404 page (the same bytes,
rendered once at start); /api/ addresses the same JSON. Every response carries the headers of
`web.headers`; every request first passes the per-client rate limit of `web.rate_limit`. Pages
come from Jinja2 templates with autoescaping on for everything, so names and office texts are
always escaped; the page has no script at all.

On SQLite the lookup (one indexed read of well under a millisecond) runs on the event loop; on a
network database (`offload=True`) it runs in the thread pool so a slow server does not stall it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Protocol

from cachetools import LRUCache
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from counter_app.domain.tracking import format_tracking_code, normalize_tracking_code
from counter_app.errors import KnownError, NotFound
from counter_app.services.status import PublicStatus, StatusNotFound
from web.headers import SecurityHeaders, content_security_policy, security_headers
from web.rate_limit import RateLimit, RateLimited, TokenBuckets
from web.texts import labels, status_page

TEMPLATES = Path(__file__).parent / "templates"
JSON_TYPE = "application/json"
HTML_TYPE = "text/html"  # Starlette adds "; charset=utf-8"
RECENT_PAGES = 4096  # rendered pages kept per worker process (a few kB each)


class StatusLookup(Protocol):
    def lookup(self, text: str) -> PublicStatus:
        """The public status for a tracking code; `NotFound` when there is none to show."""
        ...


class Pages:
    """The templates, with the fixed pages rendered once (they never change while the server runs)."""

    def __init__(self) -> None:
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=True,
            auto_reload=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        css = (TEMPLATES / "status.css").read_text(encoding="utf-8").strip()
        digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
        self.style_hash = f"sha256-{digest}"
        t = labels()
        # Our own stylesheet and words: escaped once here, not on every page.
        self.env.globals.update(css=Markup(css), t={key: escape(value) for key, value in t.items()})
        self._status = self.env.from_string(_fixed_words_in(_source(self.env, "status.html"), t, css))
        check = self.env.get_template("check.html")
        message = self.env.get_template("message.html")
        self.index = check.render(heading=t["check"], message=t["code_hint"])
        self.not_found = check.render(heading=t["not_found_title"], message=t["not_found"])
        self.limited = message.render(heading=t["limited_title"], message=t["limited"]).encode("utf-8")
        self.unavailable = message.render(heading=t["unavailable_title"], message=t["unavailable"])
        self.not_found_json = _json({"error": "not_found", "message": StatusNotFound().message})
        self.limited_json = _json({"error": "too_many_requests", "message": t["limited"]})
        self.unavailable_json = _json({"error": "unavailable", "message": t["unavailable"]})

    def status(self, status: PublicStatus) -> str:
        return self._status.render(status_page(status).context())


_FIXED = re.compile(r"\{\{ (?:t\.(\w+)|css) \}\}")


def _source(env: Environment, name: str) -> str:
    assert env.loader is not None
    return env.loader.get_source(env, name)[0]


def _fixed_words_in(source: str, words: dict[str, str], css: str) -> str:
    """The status template with the process's fixed words and stylesheet written in, escaped, once at
    start (they do not change while the server runs), so a page view escapes only what varies. Each
    is wrapped in `{% raw %}` so that no braces in a translation can become template syntax."""

    def fixed(match: re.Match[str]) -> str:
        key = match.group(1)
        text = str(escape(words[key])) if key else css
        if "{% endraw %}" in text:
            raise ValueError(f"fixed text {key or 'css'} cannot be written into the template")
        return "{% raw %}" + text + "{% endraw %}"

    return _FIXED.sub(fixed, source)


def _json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def create_app(
    status: StatusLookup,
    *,
    rate_limit: RateLimit | None = None,
    offload: bool = False,
    on_close: Callable[[], None] | None = None,
    rate_clock: Callable[[], float] | None = None,
) -> ASGIApp:
    """The ASGI app. `on_close` runs when the server stops (close the database)."""
    pages = Pages()
    lookup: Callable[[str], PublicStatus] = status.lookup

    async def find(code: str) -> PublicStatus:
        return await run_in_threadpool(lookup, code) if offload else lookup(code)

    def not_found(request: Request) -> Response:
        if request.url.path.startswith("/api/"):
            return Response(pages.not_found_json, 404, media_type=JSON_TYPE)
        return HTMLResponse(pages.not_found, 404)

    def unavailable(request: Request) -> Response:
        if request.url.path.startswith("/api/"):
            return Response(pages.unavailable_json, 503, media_type=JSON_TYPE)
        return HTMLResponse(pages.unavailable, 503)

    # The pages of the last files shown, reused while the service hands back the same status object
    # (it does while the file, the day and the settings stay the same). Only the event loop uses it.
    rendered: LRUCache[str, tuple[PublicStatus, bytes]] = LRUCache(RECENT_PAGES)

    async def page(request: Request) -> Response:
        try:
            found = await find(request.path_params["code"])
        except NotFound:
            return not_found(request)
        except KnownError:
            return unavailable(request)
        known = rendered.get(found.code)
        if known is not None and known[0] is found:
            body = known[1]
        else:
            body = pages.status(found).encode("utf-8")
            rendered[found.code] = (found, body)
        return Response(body, media_type=HTML_TYPE)

    async def api(request: Request) -> Response:
        try:
            found = await find(request.path_params["code"])
        except NotFound:
            return not_found(request)
        except KnownError:
            return unavailable(request)
        return Response(_json(found.to_json()), media_type=JSON_TYPE)

    async def index(_request: Request) -> Response:
        return HTMLResponse(pages.index)

    async def typed(request: Request) -> Response:
        code = normalize_tracking_code(request.query_params.get("kode", "")[:64])
        if code is None:
            return not_found(request)
        return RedirectResponse(f"/t/{format_tracking_code(code)}", status_code=303)

    async def http_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, HTTPException) and exc.status_code != 404:
            return Response(exc.detail, exc.status_code, headers=exc.headers)
        return not_found(request)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if on_close is not None:
                on_close()

    app = Starlette(
        routes=[
            Route("/t/{code}", page),  # first: nearly every request is a QR scan (routes are tried in order)
            Route("/", index),
            Route("/t", typed),
            Route("/api/t/{code}", api),
        ],
        exception_handlers={HTTPException: http_error},
        lifespan=lifespan,
    )
    buckets = TokenBuckets(rate_limit or RateLimit(), clock=rate_clock or time.monotonic)
    limited = RateLimited(app, buckets, pages.limited, pages.limited_json)
    return SecurityHeaders(limited, security_headers(content_security_policy([pages.style_hash])))
