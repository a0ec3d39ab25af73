"""Other forms of a name over the same stretch of text: a body's name with and without its generic head ("وكالة تسنيم"
and "تسنيم", "قناة المنار" and "المنار"), a place's with and without its territory word ("ولاية الخرطوم" and
"الخرطوم"), and an office's with the place it sits in ("السفارة الأمريكية في بغداد").

Arabic news names an agency, a paper, a channel, a company or a party by a generic head noun and a brand or title
("وكالة إنترفاكس", "صحيفة الرياض", "حزب جبهة التحرير الوطني"), and cites it by either. Whether the head belongs to the
name is a convention on which annotators split: in the project's gold articles, where the text writes "وكالة X", 385
entities list both forms, 41 the brand alone and 302 the head and brand alone. Places with a territory word and
embassies, ministries and missions with their seat split them the same way. The tagger and the rules pick one reading
for the span (what token-level NER scores); this module gives the entity the other reading too, as an alias mention
over the same stretch of text, so that the entity can be found, linked and matched by either form.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from workers.doc import Doc, Mention, Token
from workers.lang.ar.lexicon.words import word_set
from workers.lang.ar.mention_steps import bare
from workers.lang.ar.wordforms import is_definite

# Heads that introduce a body by its brand or title and that news cites the body without.
HEADS = word_set(
    "وكالة صحيفة جريدة مجلة قناة إذاعة شبكة موقع شركة مجموعة حزب حركة جماعة دار منظمة نادي تحالف مرصد تجمع"
)
# Party heads, whose names are often definite phrases cited bare ("حزب [التجمع الوطني]", "حزب [العدالة والتنمية]").
_PARTY_HEADS = word_set("حزب حركة جماعة")
# After these, the rest describes an agency rather than naming it ("وكالة [أنباء الإمارات]").
_NEWS_WORDS = word_set("أنباء إعلام صحافة بث أخبار")
# Words for a kind of territory that a place is named with or without ("ولاية [الخرطوم]", "جزيرة [كريت]").
TERRITORY_HEADS = word_set("ولاية إقليم محافظة منطقة مدينة بلدة قرية مخيم جزيرة قطاع حي دولة مملكة مقاطعة ناحية قضاء")
# Offices named with the place they sit in ("السفارة الأمريكية [في بغداد]", "بعثة الأمم المتحدة [في ليبيا]").
OFFICE_HEADS = word_set(
    "سفارة السفارة قنصلية القنصلية بعثة البعثة وزارة حكومة الحكومة محكمة مكتب جامعة الجامعة جمعية قيادة جهاز نقابة "
    "مديرية شرطة منسقية"
)
# Prepositions that give an office's seat: "في", "لدى", and "ب" glued to the place ("السفارة الفرنسية بالجزائر").
_SEAT_PREPOSITIONS = word_set("في لدى ب")
_PLACE_TYPES = ("GPE", "LOC")
# Titles that are also given names: right before a person's name they are its first word ("أمير بوخرص", "إمام
# عاشور"); as titles they come before a place or a body ("أمير قطر") or with the article ("الأمير تميم").
_TITLE_NAMES = word_set("أمير إمام شيخة ملك")
# Bodies that, without their nationality, are no longer named: "الحكومة السورية" is not cited as "الحكومة".
_GENERIC_BODIES = word_set(
    "الحكومة الوزارة الجيش القوات البرلمان الرئاسة الشرطة الخارجية الداخلية السفارة المنتخب الاتحاد البعثة "
    "القنصلية الأجهزة السلطات السلطة المخابرات البحرية الدفاع"
)


def name_aliases(doc: Doc, name_key: Callable[[str], str], nationality: Callable[[str], bool]) -> list[Mention]:
    """Alias mentions for the mentions of ``doc.mentions``, each with ``coref`` set to the index of the mention it
    reads differently, ``alias`` set and ``key`` from ``name_key`` (the pack's); ``nationality`` tells a nationality
    adjective ("الروسية") by its normalised form.

    - a body named "head + brand" is also named by the brand ("وكالة [تسنيم]", "شبكة [سي إن إن]"), when no word of
      the rest is definite (a definite rest describes or is a phrase that keeps its head: "وكالة الأنباء السعودية",
      "شبكة أطباء السودان"), and after a party head, the name of two words or more ("حزب [جبهة التحرير الوطني]";
      "حزب الله" keeps its head);
    - a body named right after a head the mention leaves out is also named with it ("قناة [المنار]" → "قناة المنار");
    - a place named with a territory word is also named without it, and one named right after such a word with it;
    - an office followed by "في", "لدى" or "ب" and a place is also named with its seat ("السفارة الأمريكية في بغداد");
    - a body named with its nationality is also named without it ("[الفيلق الأفريقي] الروسي"), unless what is left
      is a generic body ("الحكومة"), and one followed by its nationality also with it ("[الإخبارية] السورية");
    - a person named right after a title that is also a given name is also named with it ("أمير [بوخرص]").
    """
    tokens = doc.tokens
    mentions = doc.mentions
    if not tokens or not mentions:
        return []
    # Token ranges of the mentions, found by bisection: most tokens hold no mention, so no token-wide index is built.
    starts = [t.start for t in tokens]
    spans = [_token_span(tokens, starts, m) for m in mentions]
    mention_at = {span[0]: k for k, (m, span) in enumerate(zip(mentions, spans, strict=True)) if span and not m.nominal}
    # Text another name holds; a nationality adjective is not one ("وكالة تاس [الروسية]" may take it).
    covered = bytearray(len(doc.text))
    for m in mentions:
        if m.type != "NORP":
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[Mention] = []

    def add(first: int, last: int, index: int) -> None:
        surface = doc.text[tokens[first].start : tokens[last].end]
        out.append(
            Mention(
                start=tokens[first].start,
                end=tokens[last].end,
                text=surface,
                type=mentions[index].type,
                source="rule",
                key=name_key(surface),
                coref=index,
                alias=True,
            )
        )

    for index, m in enumerate(mentions):
        span = spans[index]
        if m.nominal or span is None:
            continue
        first, last = span
        before = first - 1
        if m.type == "PERSON":
            if before >= 0 and tokens[before].norm in _TITLE_NAMES and not covered[tokens[before].start]:
                add(before, last, index)
            continue
        if m.type != "ORG" and m.type not in _PLACE_TYPES:
            continue
        heads = HEADS if m.type == "ORG" else TERRITORY_HEADS
        inner = _inner(tokens, first, last, heads, place=m.type != "ORG")
        if inner is not None:
            add(inner, last, index)
        if before >= 0 and tokens[before].norm in heads and not covered[tokens[before].start]:
            add(before, last, index)
        if m.type != "ORG":
            continue
        if tokens[first].norm in OFFICE_HEADS:
            seat = _seat(tokens, last, mentions, mention_at)
            if seat is not None:
                add(first, seat, index)
        # "الحكومة [السورية]" and "وكالة الأنباء [العراقية]" are no longer names without their nationality.
        generic_rest = (last == first + 1 and tokens[first].norm in _GENERIC_BODIES) or bare(
            tokens[last - 1].norm
        ) in _NEWS_WORDS
        if last > first and _is_nisba(tokens[last].norm, nationality) and not generic_rest:
            add(first, last - 1, index)
        after = last + 1
        if after < len(tokens) and _is_nisba(tokens[after].norm, nationality) and not covered[tokens[after].start]:
            add(first, after, index)
    return out


def _token_span(tokens: Sequence[Token], starts: list[int], m: Mention) -> tuple[int, int] | None:
    """(first, last) token of a mention whose edges are token edges, else None."""
    first = bisect_left(starts, m.start)
    if first == len(tokens) or tokens[first].start != m.start:
        return None
    last = bisect_left(starts, m.end, lo=first) - 1
    return (first, last) if tokens[last].end == m.end else None


def _is_nisba(norm: str, nationality: Callable[[str], bool]) -> bool:
    """A definite nationality adjective ("الروسي", "السعودية")."""
    return norm.startswith("ال") and nationality(norm)


def _inner(tokens: Sequence[Token], first: int, last: int, heads: frozenset[str], *, place: bool) -> int | None:
    """The first token of the name inside a "head + name" mention spanning ``first..last``, or None."""
    if last <= first or tokens[first].norm not in heads:
        return None
    if place:
        return first + 1  # "ولاية [شمال كردفان]", "جزيرة [كريت]": the place's own name, definite or not
    if tokens[first + 1].norm in _NEWS_WORDS:
        return None
    if tokens[first].norm in _PARTY_HEADS and last > first + 1:
        return first + 1
    if any(is_definite(t.norm) for t in tokens[first + 1 : last + 1]):
        return None  # a definite word describes or names by a phrase: "شبكة [أطباء السودان]" keeps its head
    return first + 1


def _seat(tokens: Sequence[Token], last: int, mentions: Sequence[Mention], mention_at: dict[int, int]) -> int | None:
    """The last token of the place an office ending at ``last`` sits in ("... [في بغداد]"), or None."""
    preposition = last + 1
    if preposition + 1 >= len(tokens) or tokens[preposition].norm not in _SEAT_PREPOSITIONS:
        return None
    k = mention_at.get(preposition + 1)
    if k is None or mentions[k].type not in _PLACE_TYPES:
        return None
    end = mentions[k].end
    return next((i for i in range(preposition + 1, len(tokens)) if tokens[i].end == end), None)
