"""A body's name with and without the generic noun before it: "وكالة تسنيم" and "تسنيم", "قناة المنار" and "المنار".

Arabic news names an agency, a paper, a channel, a company or a party by a generic head noun and a brand or title
("وكالة إنترفاكس", "صحيفة الرياض", "حزب جبهة التحرير الوطني"), and cites it by either. Whether the head belongs to the
name is a convention on which annotators split: in the project's gold articles, where the text writes "وكالة X", 385
entities list both forms, 41 the brand alone and 302 the head and brand alone. The tagger and the rules pick one
reading for the span (what token-level NER scores); this module gives the entity the other reading too, as an alias
mention over the same stretch of text, so that the entity can be found, linked and matched by either form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workers.doc import Doc, Mention, Token
from workers.lang.ar.lexicon.words import word_set

# Heads that introduce a body by its brand or title and that news cites the body without.
HEADS = word_set("وكالة صحيفة جريدة مجلة قناة إذاعة شبكة موقع شركة مجموعة حزب حركة جماعة دار")
# Party heads, whose names are often definite phrases cited bare ("حزب [التجمع الوطني]", "حزب [العدالة والتنمية]").
_PARTY_HEADS = word_set("حزب حركة جماعة")
# After these, the rest describes an agency rather than naming it ("وكالة [أنباء الإمارات]").
_NEWS_WORDS = word_set("أنباء إعلام صحافة بث أخبار")


def name_aliases(doc: Doc, name_key: Callable[[str], str]) -> list[Mention]:
    """Alias mentions for the organisation mentions of ``doc.mentions``, each with ``coref`` set to the index of the
    mention it reads differently, ``alias`` set and ``key`` from ``name_key`` (the pack's).

    - inner: an organisation named "head + brand" is also named by the brand ("وكالة [تسنيم]", "شبكة [سي إن إن]"),
      when no word of the rest is definite (a definite rest describes or is a phrase that keeps its head: "وكالة
      الأنباء السعودية", "شبكة أطباء السودان"), and after a party head, the name of two words or more ("حزب [جبهة
      التحرير الوطني]"; "حزب الله" keeps its head);
    - outer: an organisation named right after a head the mention leaves out is also named with it ("قناة
      [المنار]" → "قناة المنار").
    """
    tokens = doc.tokens
    if not tokens:
        return []
    at_start = {t.start: i for i, t in enumerate(tokens)}
    at_end = {t.end: i for i, t in enumerate(tokens)}
    covered = bytearray(len(doc.text))
    for m in doc.mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[Mention] = []
    for index, m in enumerate(doc.mentions):
        if m.type != "ORG" or m.nominal:
            continue
        first, last = at_start.get(m.start), at_end.get(m.end)
        if first is None or last is None:
            continue
        inner = _inner(tokens, first, last)
        if inner is not None:
            out.append(_alias(doc.text, tokens[inner], tokens[last], m, index=index, name_key=name_key))
        before = first - 1
        if before >= 0 and tokens[before].norm in HEADS and not covered[tokens[before].start]:
            out.append(_alias(doc.text, tokens[before], tokens[last], m, index=index, name_key=name_key))
    return out


def _inner(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The first token of the brand inside a "head + brand" mention spanning ``first..last``, or None."""
    if last <= first or tokens[first].norm not in HEADS:
        return None
    if tokens[first + 1].norm in _NEWS_WORDS:
        return None
    if tokens[first].norm in _PARTY_HEADS and last > first + 1:
        return first + 1
    if any(t.norm.startswith(("ال", "لل")) for t in tokens[first + 1 : last + 1]):
        return None  # a definite word describes or names by a phrase: "شبكة [أطباء السودان]" keeps its head
    return first + 1


def _alias(text: str, first: Token, last: Token, of: Mention, *, index: int, name_key: Callable[[str], str]) -> Mention:
    surface = text[first.start : last.end]
    return Mention(
        start=first.start,
        end=last.end,
        text=surface,
        type=of.type,
        source="rule",
        key=name_key(surface),
        coref=index,
        alias=True,
    )
