"""Name normalisation and the two name-matching rules of ``khabar eval`` (data/README.md, "names").

Two rules exist and are kept apart on purpose:

* :func:`names_match` is the strict rule used for entity clusters: equal after normalisation, or equal once one
  leading Arabic proclitic is removed from one side.
* :func:`actor_matches` is the looser rule used for quote speakers and event actors: the words of one name are all
  contained in the other ("وزير الدفاع الروسي سيرغي شويغو" names the same speaker as "شويغو").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Harakat, tanwin, shadda, sukun, the superscript alef and the Quranic annotation marks: none of them changes which
# name is written, and news text uses them inconsistently ("روسًا" / "روسا").
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]")
_TATWEEL = "\u0640"
_LETTERS = str.maketrans(
    {
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0622": "\u0627",  # آ
        "\u0671": "\u0627",  # ٱ
        "\u0649": "\u064a",  # ى → ي
        "\u0629": "\u0647",  # ة → ه
    }
)
_SPACES = re.compile(r"\s+")
# The typographic apostrophe is the same possessive written by most news sites; NFKC does not fold it.
_POSSESSIVE = ("'s", "\u2019s")
_SINGLE_PROCLITICS = frozenset("وفبلك")
_CONJUNCTIONS = frozenset("وف")
_PREPOSITIONS = frozenset("بلك")


def normalise_name(s: str) -> str:
    """Return the comparison form of a name or text.

    Unicode NFKC; Arabic diacritics and tatweel removed; أ إ آ ٱ → ا, ى → ي, ة → ه; lower-cased; runs of white space
    collapsed; a leading "the " and a trailing "'s" dropped.
    """
    s = unicodedata.normalize("NFKC", s)
    s = _DIACRITICS.sub("", s).replace(_TATWEEL, "")
    s = s.translate(_LETTERS).lower()
    s = _SPACES.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    if s.endswith(_POSSESSIVE):
        s = s[:-2]
    return s.strip()


def without_proclitic(norm: str) -> set[str]:
    """The forms of an already normalised name with one leading proclitic removed (empty forms excluded).

    A proclitic is one of و ف ب ل ك, or و/ف followed by ب/ل/ك ("وبموسكو" → "موسكو"). ل before the article
    takes the article's alef ("للأمم المتحدة" is ل + "الأمم المتحدة"), so removing it gives the alef back.
    """
    forms: set[str] = set()
    for k in (1, 2):
        if len(norm) <= k:
            break
        if k == 1 and norm[0] not in _SINGLE_PROCLITICS:
            continue
        if k == 2 and not (norm[0] in _CONJUNCTIONS and norm[1] in _PREPOSITIONS):
            continue
        rest = norm[k:]
        forms.add(rest)
        if norm[k - 1] == "ل" and rest.startswith("ل") and len(rest) > 2:
            forms.add("ا" + rest)
    return forms


def norms_match(a: str, b: str) -> bool:
    """Whether two names already passed through :func:`normalise_name` match (see :func:`names_match`)."""
    if not a or not b:
        return False
    return a == b or a in without_proclitic(b) or b in without_proclitic(a)


def names_match(a: str, b: str) -> bool:
    """Whether two names match: equal after :func:`normalise_name`, or equal once one side loses one proclitic.

    Empty names never match anything.
    """
    return norms_match(normalise_name(a), normalise_name(b))


def name_words(s: str) -> list[str]:
    """The words of a name or text after :func:`normalise_name`.

    Words are separated by white space; punctuation at a word's edges (quotation marks, a final full stop, brackets)
    and a possessive "'s" are not part of the word, so "«المارينز»." and "Sudan's" give "المارينز" and "sudan".
    """
    words: list[str] = []
    for raw in normalise_name(s).split(" "):
        word = _strip_edges(raw)
        if word.endswith(_POSSESSIVE):
            word = _strip_edges(word[:-2])
        if word:
            words.append(word)
    return words


def _strip_edges(word: str) -> str:
    """``word`` without the non-letter, non-digit characters at its two ends."""
    start, end = 0, len(word)
    while start < end and not word[start].isalnum():
        start += 1
    while end > start and not word[end - 1].isalnum():
        end -= 1
    return word[start:end]


def _words_within(inner: list[str], outer: list[str]) -> bool:
    """Whether every word of ``inner`` matches some word of ``outer`` (proclitic-tolerant, per word)."""
    return bool(inner) and all(any(norms_match(w, o) for o in outer) for w in inner)


def actor_matches(a: str, b: str) -> bool:
    """Whether two actor or speaker names match.

    True when :func:`names_match` holds, or when the words of one (see :func:`name_words`) are all contained in the
    other. Words are compared with the same one-proclitic tolerance as names, so "والولايات المتحدة الأمريكية"
    contains "الولايات المتحدة".
    """
    if names_match(a, b):
        return True
    words_a, words_b = name_words(a), name_words(b)
    return _words_within(words_a, words_b) or _words_within(words_b, words_a)


def any_actor_matches(candidates: Iterable[str], gold_names: Iterable[str]) -> bool:
    """Whether any candidate name of a predicted actor matches any acceptable gold name."""
    golds = list(gold_names)
    return any(actor_matches(c, g) for c in candidates for g in golds)
