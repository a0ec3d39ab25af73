"""Noun phrases found from the surface (words, punctuation and the article's mentions), without a parser.

Reported speech in news is formulaic enough that the speaker can be read off the words around the speech verb:
"Iraqi officials said", "..., said Beverly Ochieng, a senior analyst", "Amirov's lawyer, Michael Martin, said". These
helpers find such phrases on spaCy tokens, treating every mention as one unbreakable unit.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from workers.doc import Doc, Entity, Mention
from workers.lang.en.analysis import Surface
from workers.lang.en.lexicon import word_set

PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "you"})
DETERMINERS = word_set(
    """the a an both all its his her their this these those some many several other another each every most our my your
two three four five six seven eight nine ten dozens hundreds thousands"""
)
# Words that cannot be inside a noun phrase (scanning stops before them).
STOP_WORDS = word_set(
    """in on at from to by with about over under during into through against among between without within than after
before since until as like per via amid despite toward towards upon across behind beyond near and or but yet so
nor that which who whom whose when while where because if although though whether unless once is are was were be
been being has have had do does did will would can could may might must shall should also not never however
meanwhile then now later earlier still already recently previously again further only even just too there here
what how why said says say told tells"""
)
# Nouns for people and bodies that speak ("officials said", "the ministry said").
SPEAKER_NOUNS = word_set(
    """official officials authorities authority spokesman spokeswoman spokesperson minister ministry government
    president leader leaders police military army group groups agency organization organisation court judge
    prosecutor prosecutors lawyer lawyers analyst analysts expert experts witness witnesses resident residents
    source sources diplomat diplomats envoy ambassador commander commanders activist activists advocate advocates
    journalist reporter editor statement report council committee party parliament lawmaker lawmakers senator
    chairman director chief head secretary coordinator representative people person man woman men women mother
    father family researcher researchers scientist scientists doctor doctors officer officers critics rebels
    militants protesters survivors victims parents students teachers workers farmers owner owners company firm
    university school embassy office department administration campaigners observers monitors negotiator mediator"""
)
PUNCT_STOP = frozenset(',.;:!?()[]{}"“”‘’«»—–')
# Adverbs and auxiliaries that may stand between a speaker and the speech verb ("officials have also said").
BETWEEN_SPEAKER_AND_VERB = word_set(
    """has have had also later previously again further then recently repeatedly reportedly publicly privately earlier
once first last often still would will had already separately similarly subsequently initially jointly today
yesterday monday tuesday wednesday thursday friday saturday sunday on even"""
)


@dataclass(slots=True)
class TokenView:
    """The article's tokens as lists, with its mentions attached: token index -> index in ``doc.mentions``."""

    doc: Doc
    text: list[str]
    lower: list[str]
    starts: list[int]
    punct: list[bool]
    space: list[bool]
    num: list[bool]
    mention_of: list[int]
    entity_of_mention: dict[int, Entity]

    @classmethod
    def build(cls, doc: Doc, surface: Surface) -> TokenView:
        """Index ``doc.mentions`` (already resolved and in reading order) by the tokens they cover."""
        starts = surface.start
        mention_of = [-1] * len(starts)
        for mi, m in enumerate(doc.mentions):
            first = bisect.bisect_left(starts, m.start)
            last = bisect.bisect_left(starts, m.end)
            for ti in range(first, last):
                mention_of[ti] = mi
        entity_of: dict[int, Entity] = {}
        position = {id(m): mi for mi, m in enumerate(doc.mentions)}
        for ent in doc.entities:
            for m in ent.mentions:
                where = position.get(id(m))
                if where is not None:
                    entity_of[where] = ent
        return cls(
            doc, surface.text, surface.lower, starts, surface.punct, surface.space, surface.num, mention_of, entity_of
        )

    def token_at(self, offset: int) -> int:
        """Index of the token that starts at or contains ``offset`` (the next token if ``offset`` is white space)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return 0
        return i if offset < self.starts[i] + len(self.text[i]) else min(i + 1, len(self.text) - 1)

    def mention(self, i: int) -> Mention | None:
        """The mention covering token ``i``, if any."""
        mi = self.mention_of[i]
        return self.doc.mentions[mi] if mi >= 0 else None

    def entity(self, i: int) -> Entity | None:
        """The entity whose mention covers token ``i``, if any."""
        mi = self.mention_of[i]
        return self.entity_of_mention.get(mi) if mi >= 0 else None

    def mention_bounds(self, i: int) -> tuple[int, int]:
        """Token range ``[a, b)`` of the mention covering ``i`` (``[i, i + 1)`` when there is none)."""
        mi = self.mention_of[i]
        if mi < 0:
            return i, i + 1
        a, b = i, i + 1
        while a > 0 and self.mention_of[a - 1] == mi:
            a -= 1
        while b < len(self.text) and self.mention_of[b] == mi:
            b += 1
        return a, b

    def char_span(self, a: int, b: int) -> tuple[int, int]:
        """Character offsets of tokens ``[a, b)``."""
        return self.starts[a], self.starts[b - 1] + len(self.text[b - 1])

    def is_word(self, i: int) -> bool:
        """Whether token ``i`` is neither punctuation nor white space."""
        return not self.punct[i] and not self.space[i]


def _joins_capitals(v: TokenView, i: int) -> bool:
    """Whether the "and" at ``i`` joins two capitalised words ("Moroccan and Spanish")."""
    return 0 < i < len(v.text) - 1 and v.text[i - 1][:1].isupper() and v.text[i + 1][:1].isupper()


def noun_phrase_left(view: TokenView, j: int, lo: int, max_len: int = 14) -> tuple[int, int] | None:
    """The noun phrase ending at token ``j`` (inclusive), not reaching before token ``lo``: ``[a, j + 1)``.

    Mentions are taken whole; "of"/"for" and "and" continue a phrase only between words that belong to it
    ("member of a crime group", "Moroccan and Spanish authorities"); a determiner ends it unless "of" precedes it.
    """
    v = view
    if j < lo:
        return None
    if v.lower[j] in PRONOUNS and view.mention_of[j] < 0:
        return j, j + 1
    i = j
    while i >= lo and j - i < max_len:
        if view.mention_of[i] >= 0:
            a, _ = view.mention_bounds(i)
            i = max(a, lo) - 1
            continue
        low, word = v.lower[i], v.text[i]
        if i < j and (word in {"'s", "\u2019s"} or (word in {"'", "\u2019"} and v.lower[i - 1].endswith("s"))):
            i -= 1  # a possessive: "Amirov's lawyer", "the rebels' leader"
            continue
        if word in PUNCT_STOP or v.space[i] or (v.num[i] and i == j):
            break
        if low in {"of", "for"}:
            if i == j or i - 1 < lo or not v.is_word(i - 1) or v.lower[i - 1] in STOP_WORDS:
                break
            i -= 1
            continue
        if low == "and":
            if i == j or not _joins_capitals(v, i):
                break
            i -= 1
            continue
        if low in STOP_WORDS or low in PRONOUNS or low in OBJECT_PRONOUNS:
            break
        if low in DETERMINERS:
            if i - 2 >= lo and v.lower[i - 1] in {"of", "for"} and v.is_word(i - 2):
                i -= 2
                continue
            i -= 1
            break
        i -= 1
    a = i + 1
    # A phrase cut at the length limit may start inside a name's possessive or a prepositional phrase.
    while a <= j and (v.text[a] in {"'s", "\u2019s", "'", "\u2019"} or v.lower[a] in STOP_WORDS):
        a += 1
    return (a, j + 1) if a <= j else None


def _name_after_descriptor(view: TokenView, b: int, hi: int) -> int | None:
    """End of a person or organisation name that follows up to three lower-case words at ``b``, if one does."""
    v = view
    for t in range(b, min(hi, b + 4)):
        mi = view.mention_of[t]
        if mi >= 0:
            if t > b and view.doc.mentions[mi].type in {"PERSON", "ORG"}:
                return view.mention_bounds(t)[1]
            return None
        if not v.text[t].islower() or v.lower[t] in STOP_WORDS or v.lower[t] in DETERMINERS:
            return None
    return None


# Mention types that modify a following noun ("Iraqi officials", "U.S. military officials").
_MODIFIER_TYPES = frozenset({"NORP", "GPE", "LOC"})


def noun_phrase_right(view: TokenView, k: int, hi: int, max_len: int = 10) -> tuple[int, int] | None:
    """The noun phrase starting at token ``k`` and ending before ``hi``: ``[k, b)``.

    It runs over a determiner, words and whole mentions. After a person or organisation name it stops (unless a
    possessive follows: "Amirov's lawyer"); after a nationality or place it goes on ("Iraqi officials").
    """
    v = view
    if k >= hi:
        return None
    if v.lower[k] in PRONOUNS and view.mention_of[k] < 0:
        return k, k + 1
    b = k
    if v.lower[b] in DETERMINERS and view.mention_of[b] < 0:
        b += 1
    while b < hi and b - k < max_len:
        if view.mention_of[b] >= 0:
            m = view.doc.mentions[view.mention_of[b]]
            _, e = view.mention_bounds(b)
            b = min(e, hi)
            if m.type not in _MODIFIER_TYPES and not (b < hi and v.text[b] in {"'s", "\u2019s"}):
                # "Media watchdog Reporters Without Borders": a descriptor between two names belongs to the phrase.
                nxt = _name_after_descriptor(view, b, hi)
                if nxt is None:
                    break
                b = nxt
            continue
        low = v.lower[b]
        if low in {"'s", "\u2019s"} and b > k:
            b += 1
            continue
        if low == "and" and _joins_capitals(v, b):
            b += 1
            continue
        if low == "of" and b > k and b + 1 < hi and v.is_word(b + 1):
            b += 1
            continue
        if v.text[b] in PUNCT_STOP or low in STOP_WORDS or low in PRONOUNS or low in OBJECT_PRONOUNS:
            break
        if low in DETERMINERS and b > k and v.lower[b - 1] != "of":
            break
        b += 1
    return (k, b) if b > k else None


_RELATIVE_OPENERS = frozenset({"which", "who", "that", "whose", "whom", "where", "when"})


def appositive_person(view: TokenView, a: int, b: int) -> tuple[int, int] | None:
    """A PERSON mention that ends the token range ``[a, b)`` (", Michael Martin,", ", executive director Nop Vy,"),
    if there is one; a person named inside a longer phrase (", the Zanu PF information director,") is not it."""
    if b <= a or view.lower[a] in _RELATIVE_OPENERS:
        return None  # ", which has launched X," / ", who met X,": a clause about the subject, not its name
    m = view.mention(b - 1)
    if m is not None and m.type == "PERSON" and not m.nominal:
        return view.mention_bounds(b - 1)
    return None


# Words in -ly that are not adverbs.
_LY_NOUNS = word_set("family ally rally assembly supply july italy belly bully jelly reply apply daily weekly monthly")


def is_adverb(word: str) -> bool:
    """A lower-case -ly word ("rhetorically", "aloud" is not one): an adverb that can sit beside a speech verb."""
    return word.islower() and word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS


def plausible_speaker(view: TokenView, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` can name someone who speaks: a pronoun, a person, organisation or country, or a
    phrase ending in a word for people ("officials", "the rights group"), not "other titles"."""
    if b - a == 1 and view.lower[a] in PRONOUNS:
        return True
    for i in range(a, b):
        m = view.mention(i)
        if m is not None and m.type in {"PERSON", "ORG", "GPE", "NORP"}:
            return True
    return view.lower[b - 1] in SPEAKER_NOUNS or view.lower[b - 1].rstrip("s") in SPEAKER_NOUNS


def sentence_subject(view: TokenView, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase a news sentence opens with, after an introductory phrase set off by a comma.

    "In a Tuesday post on X, Alinejad said..." gives "Alinejad"; "Sudani, posting on X, called..." gives "Sudani".
    """
    v = view
    k = lo
    while k < hi and (v.punct[k] or v.lower[k] in {"but", "and", "yet", "so", "still", "meanwhile"}):
        k += 1
    first = v.lower[k] if k < hi else ""
    if first in STOP_WORDS or first in {"last", "earlier", "later", "on", "in"}:
        comma = next((i for i in range(k, min(hi, k + 15)) if v.text[i] == ","), None)
        if comma is None:
            return None
        k = comma + 1
    np = noun_phrase_right(view, k, hi)
    if np is None or k != lo:
        return np
    return _after_run_in_heading(view, np, hi) or np


def _after_run_in_heading(view: TokenView, np: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """The real subject when a subheading was run into the sentence ("Communist Party control Chinese President
    Xi Jinping convened ..."): a capitalised phrase that ends with a person, right after the opening phrase and at
    most two plain lower-case words, with no verb, comma or function word between them."""
    v = view
    for j in range(np[1], min(hi, np[1] + 3)):
        if v.punct[j]:
            return None
        if v.text[j][:1].isupper():
            second = noun_phrase_right(view, j, hi)
            if second is None:
                return None
            m = v.mention(second[1] - 1)
            person = m is not None and m.type == "PERSON" and not m.nominal
            return second if person and second[1] < hi and not v.punct[second[1]] else None
        if v.lower[j] in STOP_WORDS:
            return None
    return None
