"""A language-neutral tokenizer with offsets, for languages that have no pack of their own."""

from __future__ import annotations

import re
import unicodedata

from workers.doc import Token

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)


def simple_tokens(text: str) -> list[Token]:
    """Words (keeping inner hyphens and apostrophes) and single punctuation marks, each with its offsets."""
    return [
        Token(m.group(), m.start(), m.end(), unicodedata.normalize("NFKC", m.group()).casefold())
        for m in _TOKEN.finditer(text)
    ]
