"""The quotes stage: the pack finds quotes and their speakers; here speakers are tied to entities and ordered."""

from __future__ import annotations

from workers.doc import Doc
from workers.lang.base import LanguagePack
from workers.stages.linking import link


def run(doc: Doc, pack: LanguagePack) -> None:
    """Fill ``doc.quotes``: one entry per distinct quoted span, in reading order, speakers linked to entities."""
    seen: set[tuple[int, int]] = set()
    quotes = []
    for quote in sorted(pack.quotes(doc), key=lambda q: (q.start, q.end)):
        if (quote.start, quote.end) in seen or quote.end <= quote.start:
            continue
        seen.add((quote.start, quote.end))
        link(doc, quote.speaker)
        quotes.append(quote)
    doc.quotes = quotes
