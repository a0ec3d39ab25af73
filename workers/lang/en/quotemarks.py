"""Direct quotations: pairing quotation marks into quoted segments, in every style English news uses.

Styles: curly double (“ ”), straight double ("), guillemets (« »), TeX/PTB-style (`` ''), curly single (‘ ’) and
straight single (') where they cannot be apostrophes. A straight mark opens or closes depending on its neighbours.

US convention for quotes that run over several paragraphs: a paragraph that continues the quote does not close
it, and the next paragraph opens it again. So an opening mark while a quote is open ends the open segment there,
and the new segment belongs to the same chain (one speaker for the whole chain). Copy that has lost its paragraph
breaks (one line per article) shows the same pattern with a space instead of a line break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = re.compile(r"``|''|[“”\"«»]")
_OPEN_BEFORE = frozenset("([{—–-/\u00a0")
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-")
# A chain segment that has not closed after this many characters is a stray mark, not a multi-paragraph quote.
_MAX_OPEN_SEGMENT = 1200


@dataclass(slots=True)
class Segment:
    """Quoted content ``text[start:end]`` (marks excluded); ``chain`` groups the paragraphs of one quotation."""

    start: int
    end: int
    chain: int
    closed: bool
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, if the segment was closed


def _direction(text: str, i: int, mark: str) -> str | None:
    """'open', 'close' or None (cannot tell) for the quotation mark at ``text[i]``."""
    if mark in {"“", "«", "``"}:
        return "open"
    if mark in {"”", "»", "''"}:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if (before.isspace() or before in _OPEN_BEFORE) and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in _CLOSE_AFTER or after in '"”'):
        return "close"
    return None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_end(text: str, start: int) -> int:
    nl = text.find("\n", start)
    return len(text) if nl < 0 else nl


def double_quote_segments(text: str) -> list[Segment]:
    """Quoted segments delimited by double quotation marks (of any style), in reading order."""
    segments: list[Segment] = []
    open_at: int | None = None
    open_mark = 0
    chain = 0
    for m in _DOUBLE.finditer(text):
        direction = _direction(text, m.start(), m.group())
        if direction is None:
            direction = "close" if open_at is not None else "open"
        if direction == "open":
            if open_at is not None:
                # Re-opened without a close: the open segment was a paragraph of a longer quotation.
                if m.start() - open_at <= _MAX_OPEN_SEGMENT:
                    start, end = _trimmed(text, open_at, m.start())
                    segments.append(Segment(start, end, chain, False, open_mark, None))
                else:
                    chain += 1
            else:
                chain += 1
            open_at, open_mark = m.end(), m.start()
        elif open_at is not None:
            start, end = _trimmed(text, open_at, m.start())
            segments.append(Segment(start, end, chain, True, open_mark, m.start()))
            open_at = None
    if open_at is not None:
        # Never closed: take the rest of the paragraph, which is what the writer's convention means.
        start, end = _trimmed(text, open_at, min(_line_end(text, open_at), open_at + _MAX_OPEN_SEGMENT))
        segments.append(Segment(start, end, chain, False, open_mark, None))
    return [s for s in segments if s.end > s.start]


def _inside(segments: list[Segment], i: int) -> bool:
    return any(s.open_mark <= i <= (s.close_mark if s.close_mark is not None else s.end) for s in segments)


def _closes_single(text: str, i: int, j: int) -> bool:
    """Whether the mark at ``j`` closes the single quote opened at ``i`` (not an apostrophe: "Iraq’s", "rebels’")."""
    n = len(text)
    if text[j] not in "’'" or text[j - 1] in " \t" or (j + 1 < n and text[j + 1].isalpha()):
        return False
    plural_possessive = text[j - 1] == "s" and j + 1 < n and text[j + 1] == " " and " " not in text[i + 1 : j]
    return not plural_possessive


def single_quote_segments(text: str, doubles: list[Segment], first_chain: int) -> list[Segment]:
    """Quotes in single marks (‘…’ or '…') outside double-quoted text, when the marks cannot be apostrophes.

    An opening mark follows a space or bracket and precedes a letter; the closing mark is the first later mark not
    followed by a letter (so not "Iraq’s"), within the same line and 300 characters; the content has two words or
    more (a single word in single quotes is more often a nickname or a term than a quotation).
    """
    segments: list[Segment] = []
    chain = first_chain
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if (
            ch in "‘'"
            and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—")
            and i + 1 < n
            and text[i + 1].isalpha()
        ):
            if _inside(doubles, i):
                i += 1
                continue
            limit = min(n, i + 300, _line_end(text, i))
            j = i + 1
            close = None
            while j < limit:
                if _closes_single(text, i, j):
                    close = j
                    break
                j += 1
            if close is not None and " " in text[i + 1 : close].strip():
                chain += 1
                start, end = _trimmed(text, i + 1, close)
                segments.append(Segment(start, end, chain, True, i, close))
                i = close + 1
                continue
        i += 1
    return segments


def quote_segments(text: str) -> list[Segment]:
    """Every quoted segment of ``text``, double and single quotation marks, in reading order."""
    doubles = double_quote_segments(text)
    first_chain = max((s.chain for s in doubles), default=0)
    found = doubles + single_quote_segments(text, doubles, first_chain)
    return sorted(found, key=lambda s: s.start)
