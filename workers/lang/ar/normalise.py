"""The matching form of Arabic text: what keys, features and lookups compare, never what the output shows.

News sites write one name in several ways: with or without hamza on the alef, with or without tashkeel, with
tatweel for justification, with Arabic-Indic digits. NewsFANE, our training corpus, is written without hamza on the
alef and without tashkeel, so features computed on this form also carry over from the corpus to modern text.
"""

from __future__ import annotations

import unicodedata

_DELETE = (
    # Quranic annotation signs, harakat, tanwin, shadda, sukun, superscript alef, small high/low signs.
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + ["\u06e7", "\u06e8"]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    # Tatweel, and invisible marks that can sit inside a word (bidi marks, zero-width characters, soft hyphen).
    + ["\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u00ad", "\ufeff"]
)
_MAP = {
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ
    "\u0671": "\u0627",  # ٱ
    "\u0649": "\u064a",  # ى -> ي
    "\u0629": "\u0647",  # ة -> ه
    # Persian-keyboard forms typed in Arabic text; they name the same letters.
    "\u06cc": "\u064a",  # ی
    "\u06a9": "\u0643",  # ک
}
_TABLE = str.maketrans(
    {
        **dict.fromkeys(_DELETE),
        **_MAP,
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Extended (Persian) digits
    }
)


# Words recur (the tokenizer and the rules normalise every token, often several times), so the forms of short
# strings are kept; the table starts afresh past its limit, which costs speed, never a result.
_KEPT_LENGTH = 40
_KEPT_LIMIT = 200_000
_kept: dict[str, str] = {}


def normalise(s: str) -> str:
    """Return the matching form of ``s``.

    NFKC (presentation forms and ligatures to letters), then diacritics, tatweel and invisible marks removed,
    أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic digits → ASCII. Latin letters are left as they are.
    """
    if s.isascii():
        return s
    if len(s) > _KEPT_LENGTH:
        return unicodedata.normalize("NFKC", s).translate(_TABLE)
    form = _kept.get(s)
    if form is None:
        if len(_kept) >= _KEPT_LIMIT:
            _kept.clear()
        form = _kept[s] = unicodedata.normalize("NFKC", s).translate(_TABLE)
    return form
