"""The analysed Arabic document as the quote and event rules read it: mentions by token, noun phrases, quoted
stretches, dates and entities by character.

Built once per document after mentions, entities and dates are known (:func:`view_of`) and shared by
:mod:`workers.lang.ar.quotes`, :mod:`workers.lang.ar.events` and the event filter.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from workers.doc import Doc, Mention
from workers.lang.ar.clitics import load_vocab
from workers.lang.ar.lexicon.words import NUMBER_WORDS, PREPOSITIONS, QUANTIFIERS, word_set
from workers.lang.ar.mentions import APPOSITIONS
from workers.lang.ar.normalise import normalise
from workers.lang.ar.wordforms import (
    CLOSING_MARKS,
    OPENING_MARKS,
    STOP_WORDS,
    is_adjective,
    is_arabic,
    is_definite,
    is_verb,
)

_ACTOR_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC")
_NOUN_BEFORE = PREPOSITIONS - {"ل"}  # ل before an imperfect verb is "in order to"
_MAX_PHRASE = 7
_IN_THE_NAME_OF = normalise("باسم")
_SPOKESMEN = word_set("المتحدث متحدث الناطق ناطق المتحدثة متحدثة الناطقة ناطقة")
_VIEW = "ar.view"
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“"}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the contents of quotation marks ("..." «...» “...”), marks excluded, within a line."""
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        opener: str | None = None
        open_at = 0
        for k, ch in enumerate(line):
            if opener is None:
                if ch == '"' or ch in _QUOTE_PAIRS:
                    opener, open_at = ch, k
            elif (opener == '"' and ch == '"') or (opener != '"' and ch == _QUOTE_PAIRS[opener]):
                piece = line[open_at + 1 : k]
                lead = len(piece) - len(piece.lstrip())
                stripped = piece.strip()
                if stripped:
                    start = line_start + open_at + 1 + lead
                    spans.append((start, start + len(stripped)))
                opener = None
        line_start += len(line) + 1
    return spans


def view_of(doc: Doc) -> DocView:
    """The document's :class:`DocView`, built once after mentions and dates are known and shared by later steps."""
    view = doc.annotations.get(_VIEW)
    if not isinstance(view, DocView) or view.mention_count != len(doc.mentions):
        view = DocView(doc)
        doc.annotations[_VIEW] = view
    return view


class _Norms(dict[int, str]):
    """Token index → normalised token; an index outside the document reads as ""."""

    def __missing__(self, key: int) -> str:
        return ""


class DocView:
    """Token-level views of an analysed document that the quote and event rules share."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.mention_count = len(doc.mentions)
        self.tokens = doc.tokens
        self.token_ends = [t.end for t in doc.tokens]
        self.norms = [t.norm for t in doc.tokens]
        # The normalised token at an index, "" outside the document. The rules ask millions of times per thousand
        # articles, so the lookup is a dict's own (C) method rather than a Python one.
        self.norm: Callable[[int], str] = _Norms(enumerate(self.norms)).__getitem__
        n = len(doc.tokens)
        starts = {t.start: k for k, t in enumerate(doc.tokens)}
        ends = {t.end: k for k, t in enumerate(doc.tokens)}
        self.mention_at: list[int | None] = [None] * n
        self.mention_tokens: list[tuple[int, int]] = []
        for m_index, m in enumerate(doc.mentions):
            first = starts.get(m.start)
            if first is None:  # a handle mention starts after '@', inside its token
                first = next((k for k, tok in enumerate(doc.tokens) if tok.start <= m.start < tok.end), None)
            last = ends.get(m.end)
            if first is None or last is None:
                self.mention_tokens.append((0, 0))
                continue
            self.mention_tokens.append((first, last + 1))
            for t in range(first, last + 1):
                self.mention_at[t] = m_index
        owner = {id(m): e.id for e in doc.entities for m in e.mentions}
        self.entity_at: list[str | None] = [
            owner.get(id(doc.mentions[k])) if k is not None else None for k in self.mention_at
        ]
        self.sentence_of = [0] * n
        for s_index, s in enumerate(doc.sentences):
            for t in range(s.first_token, s.last_token):
                self.sentence_of[t] = s_index
        self.in_date = [False] * n
        token_starts = [tok.start for tok in doc.tokens]
        for d in doc.dates:
            k = bisect.bisect_left(token_starts, d.start)
            while k < n and doc.tokens[k].end <= d.end:
                self.in_date[k] = True
                k += 1
        appositions = doc.annotations.get(APPOSITIONS)
        self.appositions: dict[int, int] = appositions if isinstance(appositions, dict) else {}
        # A name alone in quotation marks ("صحيفة «التيار»") is a name, not words anyone said: it does not cut the
        # sentence around it for the readers of quotes and events.
        names = {(m.start, m.end) for m in doc.mentions if not m.nominal}
        self.quotes = [span for span in quoted_spans(doc.text) if span not in names]
        self.in_quote = [False] * n
        for q_start, q_end in self.quotes:
            k = bisect.bisect_left(token_starts, q_start)
            while k < n and doc.tokens[k].end <= q_end:
                self.in_quote[k] = True
                k += 1

    def token_at(self, offset: int) -> int:
        """Index of the token holding character ``offset``, or of the first token after it."""
        return bisect.bisect_right(self.token_ends, offset)

    def entities_in(self, start: int, end: int) -> set[str]:
        """Ids of the entities whose mentions overlap the characters ``[start, end)``."""
        first = self.token_at(start)
        ids = set()
        for k in range(first, len(self.tokens)):
            if self.tokens[k].start >= end:
                break
            entity = self.entity_at[k]
            if entity is not None:
                ids.add(entity)
        return ids

    def names_in(self, start: int, end: int) -> bool:
        """Whether a person, organisation or place mention (a title standing for a named person counts) overlaps
        the characters ``[start, end)``: an unnamed source ("مسؤول فلسطيني", "مصدر حكومي") holds none."""
        first = self.token_at(start)
        for k in range(first, len(self.tokens)):
            if self.tokens[k].start >= end:
                break
            m = self.mention(k)
            if m is not None and m.type in ("PERSON", "ORG", "GPE"):
                return True
        return False

    def mention(self, i: int) -> Mention | None:
        """The mention covering token ``i``, if any."""
        k = self.mention_at[i] if 0 <= i < len(self.mention_at) else None
        return self.doc.mentions[k] if k is not None else None

    def is_nounish(self, i: int) -> bool:
        """Whether token ``i`` can start or continue a noun phrase (an Arabic word or number, not a function word)."""
        norm = self.norm(i)
        if not norm or norm in STOP_WORDS:
            return False
        # A verb form right after a preposition is the noun spelled like it ("على تجمع للمواطنين").
        if is_verb(norm) and self.norm(i - 1) not in _NOUN_BEFORE:
            return False
        return is_arabic(norm) or norm.isdigit()

    def phrase_end(self, i: int, limit: int) -> int:
        """The end of the noun phrase starting at token ``i``: head, genitives and adjectives, named parts."""
        at = self.mention_at[i]
        head = self.norm(i)
        name = self.appositions.get(i) if at is None else None
        named = self.mention_at[name] if name is not None and name < limit else None
        if named is not None:
            # "قال رئيس الوزراء وزير الخارجية القطري الشيخ محمد ...": the titles and the name are one phrase.
            return min(self.mention_tokens[named][1], limit)
        j = self.mention_tokens[at][1] if at is not None else i + 1
        counted = at is None and (head.isdigit() or head in NUMBER_WORDS)
        if (counted or head in QUANTIFIERS) and i + 1 < limit and self.is_nounish(i + 1):
            j = i + 2  # "سبعة أشخاص", "30 شخصا", "أحد جنوده"
        partitive = counted or head in QUANTIFIERS
        # "مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو": a title inside the phrase takes its name after it.
        name_at = self.mention_at[j] if j < limit else None
        if name_at is not None and any(self.appositions.get(t) == j for t in range(i, j)):
            j = self.mention_tokens[name_at][1]
        # A name does not govern another name ("زار شويغو كوريا"); a common noun may ("زعيم كوريا الشمالية").
        named_head = at is not None and self.doc.mentions[at].type in _ACTOR_TYPES and not self.doc.mentions[at].nominal
        named_seen = ""  # the type of the name the phrase has taken in: a place may be followed by a person only
        while j < limit and j - i < _MAX_PHRASE:
            quoted = self.quoted_name_at(j) if j == i + 1 and at is None and not named_seen else None
            if quoted is not None:
                named_seen = self.doc.mentions[quoted[1]].type
                j = min(quoted[0], limit)  # "صحيفة «التيار» السودانية": the name in its marks is the head's
                continue
            k = self.mention_at[j]
            kind = self.doc.mentions[k].type if k is not None else ""
            if k is not None and kind == "NORP":
                j = self.mention_tokens[k][1]
            elif k is not None and not named_head and kind in _ACTOR_TYPES and named_seen in ("", "GPE", "ORG", "LOC"):
                if named_seen and kind != "PERSON":
                    break  # "... كيم جونغ أون موسكو": two names in a row are two phrases
                # A bare definite head, or a title or noun standing for a name given earlier ("واتهم [الجيش]").
                bare_head = at is None or (self.doc.mentions[at].nominal and self.mention_tokens[at][1] == i + 1)
                genitive_free = j == i + 1 and bare_head and is_definite(head) and kind != "PERSON"
                if genitive_free and not self.norm(j).startswith("ل"):
                    break  # "اتهم [الوزير] إيران": a definite head takes no name as its genitive; it is the object
                named_seen = kind
                j = self.mention_tokens[k][1]
            elif (
                (name := self.appositions.get(j)) is not None
                and self.indefinite_head(i)
                and (name_at := self.mention_at[name]) is not None
            ):
                # "مكتب [رئيس الوزراء الإسرائيلي بنيامين نتنياهو]": a title in the construct, with its name.
                named_seen = "PERSON"
                j = self.mention_tokens[name_at][1]
            elif (
                self.is_nounish(j)
                and is_definite(self.norm(j))
                and (self.indefinite_head(i) or (is_adjective(self.norm(j)) and kind not in _ACTOR_TYPES))
            ):
                j += 1  # "مقر الحكومة" (a genitive), "الجيش التركي" (an adjective); not "الجيش المدينة"
            elif self.norm(j) == _IN_THE_NAME_OF and j == i + 1 and head in _SPOKESMEN and self.named_at(j + 1, limit):
                j += 1  # "المتحدث باسم قوات الدعم السريع": the body he speaks for is in the phrase
            elif partitive and self.norm(j) == "من" and j + 1 < limit and self.starts_phrase(j + 1):
                partitive = False  # "مجموعة من المتمردين الأكراد", "أربعة من المتهمين"
                nxt = self.mention_at[j + 1]
                j = self.mention_tokens[nxt][1] if nxt is not None else j + 2
            else:
                break
        return min(j, limit)

    def named_at(self, j: int, limit: int) -> bool:
        """Whether a name (not a title standing for one) starts at token ``j``."""
        k = self.mention_at[j] if j < limit else None
        return k is not None and not self.doc.mentions[k].nominal and self.mention_tokens[k][0] == j

    def quoted_name_at(self, j: int) -> tuple[int, int] | None:
        """When token ``j`` opens quotation marks around exactly one name: the token after the closing mark, and
        the name's mention."""
        if self.norm(j) not in OPENING_MARKS or j + 1 >= len(self.tokens):
            return None
        k = self.mention_at[j + 1]
        if k is None or self.doc.mentions[k].nominal or self.mention_tokens[k][0] != j + 1:
            return None
        end = self.mention_tokens[k][1]
        return (end + 1, k) if end < len(self.tokens) and self.norm(end) in CLOSING_MARKS else None

    def indefinite_head(self, i: int) -> bool:
        """Whether the phrase at ``i`` starts with a noun in the construct state (no article), which takes a
        definite genitive."""
        return self.mention_at[i] is None and not is_definite(self.norm(i))

    def named(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` hold a mention of a person, organisation or place."""
        return any((m := self.mention(t)) is not None and m.type in _ACTOR_TYPES for t in range(start, end))

    def is_prepositional(self, i: int) -> bool:
        """A word that is a preposition glued to a noun the tokenizer did not split ("بقذائف" = ب + قذائف)."""
        norm = self.norm(i)
        if self.mention(i) is not None or len(norm) < 4 or norm[0] not in "بلك":
            return False
        vocab = load_vocab()
        whole = vocab.get(norm, 0)
        return vocab.get(norm[1:], 0) > whole or whole == 0

    def starts_phrase(self, i: int) -> bool:
        """Whether a noun phrase can start at token ``i``."""
        return self.mention(i) is not None or self.is_nounish(i)

    def actor(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets naming the actor of the phrase ``[start, end)``: its first named mention if any."""
        best: Mention | None = None
        head = self.mention(start)
        if head is not None and head.nominal and head.type == "PERSON" and head.coref is not None:
            # "أما [محافظ] البنك المركزي فقال": a title that stands for a person named earlier is that person,
            # not the body its office belongs to.
            return head.start, head.end
        for t in range(start, end):
            m = self.mention(t)
            if m is None or m.type not in _ACTOR_TYPES or m.nominal:
                continue
            if best is None or (m.type == "PERSON" and best.type != "PERSON"):
                best = m
        if best is not None:
            return best.start, best.end
        # No name in the phrase: the whole phrase, which still overlaps a title standing for a person.
        return self.tokens[start].start, self.tokens[end - 1].end

    def actors_at(self, i: int, limit: int) -> list[tuple[int, int, int]]:
        """Noun phrases starting at ``i`` and coordinated with و: ``(first token, end token, char start)`` each."""
        out: list[tuple[int, int, int]] = []
        while i < limit and self.starts_phrase(i):
            end = self.phrase_end(i, limit)
            out.append((i, end, self.tokens[i].start))
            if end < limit - 1 and self.norm(end) == "و" and self.starts_phrase(end + 1):
                i = end + 1
            else:
                break
        return out
