"""Is a message one the application means to show? (tests only)

A clear message here is made of the translation catalogue's Indonesian source texts
(`resources/i18n/counter_app_en.ts`), their `{placeholders}` filled in: so it went through
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
def _pattern(contexts: tuple[str, ...]) -> re.Pattern[str]:
    """One or more catalogued texts of `contexts`, separated by spaces (messages are sometimes
    made of two sentences translated one by one)."""
    root = ET.parse(ts_path("en")).getroot()
    sources: list[str] = []
    for ctx in root.iter("context"):
        if ctx.findtext("name") in contexts:
            sources += [message.findtext("source") or "" for message in ctx.iter("message")]
    assert sources, f"no messages in the contexts {contexts}"
    one = "|".join(".*?".join(re.escape(piece) for piece in _PLACEHOLDER.split(source)) for source in sources)
    return re.compile(rf"(?:{one})(?: (?:{one}))*", re.DOTALL)


def catalogued(message: str, *contexts: str) -> bool:
    """Whether `message` is made of (filled-in) source texts of the translation `contexts`."""
    return bool(message.strip()) and _pattern(tuple(sorted(contexts))).fullmatch(message) is not None
