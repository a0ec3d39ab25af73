"""One name, one reading per article: tag the bare repeats of names the tagger found elsewhere in the article.

News introduces a name once with its context ("شركة انرون", "مايكل بالاك", "الرئيس زين العابدين بن علي") and then
repeats it bare ("انرون", "بالاك"), where a sentence-level tagger has little to go on. After tagging, every untagged
repeat of a found name (or of a person's last name, or of a paper's title or a company's brand without its head)
gets the name's type, unless the article gives that name two types or the word is common (frequent in the corpus
vocabulary, so more likely a word than a name).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from workers.lang.ar.lexicon.words import word_set
from workers.lang.ar.mention_steps import PAPER_HEADS
from workers.lang.ar.spans import spans

_TYPES = {t: t for t in ("PERSON", "ORG", "GPE", "LOC", "FAC")}
COMMON = 50  # a one-word name seen more often than this in the corpus vocabulary is not propagated
# Generic heads before a company's or agency's brand: "شركة انرون" repeats as "انرون", "وكالة تاس" as "تاس".
_BRAND_HEADS = word_set("شركة مجموعة وكالة")


def _surname_like(word: str) -> bool:
    """Whether a word can start a family name: family names with the article are nisba adjectives ("القذافي",
    "الشهيبي"); "الرحيل" (departure) after a name is a tagging error, not a surname."""
    return not word.startswith("ال") or word.endswith("ي")


def _headless(head: str, rest: Sequence[str], common: Collection[str]) -> bool:
    """Whether the news repeats a body named ``head`` + ``rest`` by ``rest`` alone: a paper's or channel's title
    always; a company's or agency's brand unless it is a definite description ("شركة [النفط]") or an everyday
    word."""
    if head in PAPER_HEADS:
        return True
    return head in _BRAND_HEADS and not rest[0].startswith("ال") and not (len(rest) == 1 and rest[0] in common)


def propagate(
    norms: Sequence[str], tags: Sequence[str], vocab: Mapping[str, int], common: Collection[str] = frozenset()
) -> list[str]:
    """``tags`` with bare repeats of the names they contain tagged too (see the module docstring); ``common`` are
    everyday words, never taken for a brand."""
    names: dict[tuple[str, ...], str] = {}
    ambiguous: set[tuple[str, ...]] = set()
    for start, end, kind in spans(tags, _TYPES):
        keys = [tuple(norms[start:end])]
        if kind == "PERSON":
            # Later mentions drop the given names: "خوان ميغيل فيلار مير" → "فيلار مير", "مايكل بالاك" → "بالاك".
            keys.extend(tuple(norms[k:end]) for k in range(start + 1, end) if _surname_like(norms[k]))
        elif kind == "ORG" and end - start > 1 and _headless(norms[start], norms[start + 1 : end], common):
            # "قناة المنار" repeats as "المنار", "صحيفة الأهرام" as "الأهرام", "شركة انرون" as "انرون".
            keys.append(tuple(norms[start + 1 : end]))
        for key in keys:
            if names.setdefault(key, kind) != kind:
                ambiguous.add(key)
    for key in ambiguous:
        del names[key]
    names = {k: v for k, v in names.items() if len(k) > 1 or (len(k[0]) >= 3 and vocab.get(k[0], 0) <= COMMON)}
    out = list(tags)
    longest: dict[str, int] = {}  # first word of a name → the most words a name starting with it has
    for key in names:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    i = 0
    while i < len(out):
        for length in range(min(longest.get(norms[i], 0), len(out) - i), 0, -1):
            kind = names.get(tuple(norms[i : i + length]), "")
            # Untagged words, or a shorter tag of the same type that the name extends ("فيلار" of "فيلار مير").
            if kind and all(t == "O" or t[2:] == kind for t in out[i : i + length]) and out[i][:1] != "I":
                out[i : i + length] = ["B-" + kind] + ["I-" + kind] * (length - 1)
                i += length
                break
        else:
            i += 1
    return out
