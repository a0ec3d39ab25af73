"""Raw web pages to their main text (navigation, boilerplate and scripts dropped)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_TAGS = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<[^>]+>", re.S | re.I)
_SPACES = re.compile(r"[ \t]+")


@lru_cache(maxsize=1)
def _trafilatura() -> Any:
    # Imported lazily: it is slow to import and only HTML input needs it.
    import trafilatura

    return trafilatura


def html_to_text(html: str) -> str:
    """Extract the main text of a web page; fall back to tag stripping when no main content is recognised."""
    extracted = _trafilatura().extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if extracted and extracted.strip():
        return str(extracted)
    import html as html_lib

    stripped = html_lib.unescape(_TAGS.sub(" ", html))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in stripped.splitlines() if line.strip())
