"""Sentence boundaries as character offsets, for Arabic and English news.

News text breaks sentences in ways a period-based splitter misses: headlines and datelines stand on their own line
with no final punctuation (the seed's "تدريبات بحرية"), Arabic ends questions with "؟", and copy-pasted text glues a
period to the next word ("الكورية.إن"). Every line break ends a sentence; within a line we end one after . ! ? ؟ …
(plus closing quotes and brackets) when what follows starts a new sentence.
"""

from __future__ import annotations

import re

_ENDERS = ".!?؟…"
_CLOSERS = "\"'”’»)]"
# A sentence does not end inside a quotation that opened on the same line: the quote is one unit for attribution.
_OPENERS = "«“"
_QUOTE_CLOSERS = "»”"
# English abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "maj",
        "gov",
        "sen",
        "rep",
        "rev",
        "mt",
        "ft",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
    }
)
# The word before a period, apostrophes included so that "al-Rufay'i." is a word, not an initial "i.".
_WORD_BEFORE = re.compile(r"([\w.'’]+)$")
# Only a short window around a period decides a boundary; slicing whole lines made long one-line articles quadratic.
_WINDOW = 64
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_MARKS = re.compile("[" + re.escape(_ENDERS + _OPENERS + _QUOTE_CLOSERS + '"') + "]")


def _is_boundary(line: str, i: int) -> bool:
    """Whether the ender at ``line[i]`` (already extended over closers) ends a sentence."""
    ch = line[i]
    after = line[i + 1 : i + 1 + _WINDOW]
    if ch == "." and i > 0 and i + 1 < len(line) and line[i - 1].isdigit() and line[i + 1].isdigit():
        return False  # 3.5
    word = _WORD_BEFORE.search(line, max(0, i - _WINDOW), i)
    if ch == "." and word:
        w = word.group(1).lower()
        if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha() and not _ARABIC.match(w)):
            return False  # "Mr." and initials such as "J. Smith"
    if not after:
        return True
    if after[0].isspace():
        rest = after.lstrip()
        # A lower-case continuation after a period is an abbreviation we do not know, not a new sentence.
        return not (ch == "." and rest[:1].islower())
    # "الكورية.إن": a period glued between two Arabic words still ends the sentence; "pic.twitter.com" does not.
    return ch in "؟!" or (ch == "." and bool(_ARABIC.match(after[0])) and i > 0 and bool(_ARABIC.match(line[i - 1])))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        start = 0
        i = 0
        n = len(line)
        in_quote = False
        while i < n:
            # Only quotation marks and enders change anything: jump from one to the next.
            found = _MARKS.search(line, i)
            if found is None:
                break
            i = found.start()
            ch = line[i]
            if ch in _OPENERS or (ch == '"' and not in_quote):
                in_quote = True
            elif ch in _QUOTE_CLOSERS or ch == '"':
                in_quote = False
                if i > 0 and line[i - 1] in _ENDERS and _is_boundary(line, i):
                    _add(spans, line, line_start, start, i + 1)
                    start = i + 1
                i += 1
                continue
            if ch in _ENDERS and not in_quote:
                j = i
                while j + 1 < n and (line[j + 1] in _ENDERS or line[j + 1] in _CLOSERS):
                    j += 1
                if _is_boundary(line, j if line[j] in _ENDERS else i) or (j > i and _is_boundary(line, j)):
                    _add(spans, line, line_start, start, j + 1)
                    start = j + 1
                i = j + 1
            else:
                i += 1
        _add(spans, line, line_start, start, n)
        line_start += len(line) + 1
    return spans


def _add(spans: list[tuple[int, int]], line: str, base: int, start: int, end: int) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        spans.append((base + start + lead, base + start + lead + len(stripped)))
