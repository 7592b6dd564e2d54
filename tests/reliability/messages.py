"""Is a message one the application means to show? (tests only)

A clear message here is one of the translation catalogue's Indonesian source texts
(`resources/i18n/counter_app_en.ts`), its `{placeholders}` filled in: so it went through
`translate()`, it is Indonesian, and it has an English translation. A stray exception text
("list index out of range") matches none of them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

from counter_app.i18n import ts_path

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@cache
def _patterns(context: str) -> tuple[re.Pattern[str], ...]:
    root = ET.parse(ts_path("en")).getroot()
    found: list[re.Pattern[str]] = []
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            pieces = _PLACEHOLDER.split(source)
            found.append(re.compile(".*?".join(re.escape(piece) for piece in pieces), re.DOTALL))
    assert found, f"no messages in the context {context!r}"
    return tuple(found)


def catalogued(message: str, *contexts: str) -> bool:
    """Whether `message` is a (filled-in) source text of one of the translation `contexts`."""
    return bool(message.strip()) and any(
        pattern.fullmatch(message) for context in contexts for pattern in _patterns(context)
    )
