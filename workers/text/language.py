"""Language identification for articles that do not declare their language."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Letters that Persian and Urdu use and Arabic does not: their presence rules Arabic out.
_NON_ARABIC_ARABIC_SCRIPT = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06be\u06d2]")
_SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """Return the ISO 639-1 code of ``text``'s language and a confidence in [0, 1].

    Arabic script is decided by the script itself (langid's Arabic/Persian/Urdu confusions on news are costly and
    the letters tell them apart); everything else goes to a character n-gram classifier (py3langid, 97 languages).
    """
    sample = text[:_SAMPLE_CHARS]
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    if arabic and arabic >= latin:
        others = len(_NON_ARABIC_ARABIC_SCRIPT.findall(sample))
        if others / arabic < 0.01:
            return "ar", round(min(1.0, 0.5 + arabic / (arabic + latin + 1) / 2), 3)
    if not any(ch.isalpha() for ch in sample):
        return "und", 0.0
    lang, prob = _identifier().classify(sample)
    return str(lang), round(float(prob), 3)
