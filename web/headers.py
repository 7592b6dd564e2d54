"""Headers every response gets (pages, JSON, 404, 429, errors), added by a plain ASGI wrapper.

- `Cache-Control: no-store`: a status changes, and a shared phone or proxy must not keep it;
- `X-Robots-Tag: noindex, nofollow`: status pages are never listed by search engines;
- `Referrer-Policy: no-referrer`: the tracking code in the address never leaves in a Referer;
- `Content-Security-Policy`: nothing loads but the page's own inline style (by its hash); no
  scripts at all, no frames, forms only to this server;
- `X-Content-Type-Options: nosniff`, `X-Frame-Options: DENY` for older browsers.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def content_security_policy(style_hashes: list[str]) -> str:
    styles = " ".join(f"'{h}'" for h in style_hashes) or "'none'"
    return (
        "default-src 'none'; "
        f"style-src {styles}; "
        "img-src data:; "
        "form-action 'self'; "
        "base-uri 'none'; "
        "frame-ancestors 'none'"
    )


def security_headers(csp: str) -> list[tuple[bytes, bytes]]:
    return [
        (b"cache-control", b"no-store"),
        (b"x-robots-tag", b"noindex, nofollow"),
        (b"referrer-policy", b"no-referrer"),
        (b"content-security-policy", csp.encode("ascii")),
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
    ]


class SecurityHeaders:
    def __init__(self, app: ASGIApp, headers: list[tuple[bytes, bytes]]) -> None:
        self.app = app
        self._headers = headers
        self._names = {name for name, _ in headers}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                own = [(n, v) for n, v in message.get("headers", ()) if n.lower() not in self._names]
                message["headers"] = own + self._headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
