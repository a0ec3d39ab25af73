"""Clean incoming text into the analysed text whose offsets every record uses.

The analysed text is the input in Unicode NFC with line ends unified and invisible controls removed: bidirectional
embedding/isolate/mark characters, zero-width spaces and byte-order marks carry no meaning for extraction but split
words and defeat matching ("شويغو" with an RLM inside is not "شويغو"). Removing them *before* analysis, and publishing
the analysed text (or its hash), keeps ``text[start:end] == mention`` true for every offset we emit.
ZWNJ/ZWJ are kept: in Persian and some scripts they are orthographic.
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile(
    "[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u061c\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
)
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_BLANK_RUNS = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """Return the analysed form of ``text``: NFC, ``\\n`` line ends, no invisible controls, trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_ENDS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()
