"""The in-memory document that flows through the extraction stages.

Offsets everywhere are code-point offsets into ``Doc.text`` (the analysed text), so ``text[start:end]`` is the span.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True, unsafe_hash=True, init=False)
class Token:
    """One token: its surface ``text``, offsets, and a normalised form used only for matching.

    Treated as immutable (hashable by value). Every article creates hundreds of tokens, so the class is built for
    mypyc: not frozen (a frozen dataclass sets its fields through ``object.__setattr__``), and with its own
    ``__init__``, which mypyc compiles, where the one ``dataclass`` writes would run as interpreted code.
    """

    text: str
    start: int
    end: int
    norm: str

    def __init__(self, text: str, start: int, end: int, norm: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.norm = norm


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as character offsets plus the index range of its tokens in ``Doc.tokens``."""

    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


@dataclass(slots=True)
class Mention:
    """A named (or nominal) mention of an entity, found by a model, a gazetteer or a rule.

    ``coref`` is an optional hint from the language rules: the index (in ``Doc.mentions``) of another mention that
    names the same thing (a title that stands for a named person, an acronym for an organisation).
    ``alias`` marks another reading of the stretch of text one of the entity's mentions covers ("تسنيم" inside
    "وكالة تسنيم"): it overlaps that mention and is not one of ``Doc.mentions``.
    """

    start: int
    end: int
    text: str
    type: str
    source: str
    key: str
    canonical: str | None = None
    nominal: bool = False
    coref: int | None = None
    alias: bool = False


@dataclass(slots=True)
class Entity:
    """A cluster of mentions that name one thing within the article."""

    id: str
    type: str
    name: str
    mentions: list[Mention]


@dataclass(slots=True)
class Span:
    """A piece of text with offsets, optionally resolved to an entity."""

    start: int
    end: int
    text: str
    entity_id: str | None = None
    # True when the language pack has already decided which entity (if any) this span names, so the generic
    # overlap linking must not second-guess it ("a DHS spokesperson" is not the DHS).
    resolved: bool = False


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression and its value (``YYYY``, ``YYYY-Www``, ``YYYY-MM``, ``YYYY-MM-DD``)."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None


@dataclass(slots=True)
class Quote:
    """Who said what: direct (quotation marks) or indirect (reported speech)."""

    kind: str
    start: int
    end: int
    text: str
    cue: Span | None = None
    speaker: Span | None = None


@dataclass(slots=True)
class Event:
    """A PLOVER 2.0 event: who did what to whom, when and where."""

    type: str
    trigger: Span
    sentence: tuple[int, int]
    source: list[Span] = field(default_factory=list)
    target: list[Span] = field(default_factory=list)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    status: str = "asserted"
    date: TimeExpr | None = None
    location: Span | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class Doc:
    """The article under analysis and everything the stages have found in it so far."""

    text: str
    lang: str
    published_at: dt.date | None = None
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Language-specific analyses (a spaCy Doc, say) that later stages of the same language reuse.
    annotations: dict[str, Any] = field(default_factory=dict)
    # entity_of's index of the mentions of ``entities`` (the list it was built from, then the index).
    _mention_index: tuple[list[Entity], _MentionIndex] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``, if any."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def entity_of(self, start: int, end: int) -> Entity | None:
        """The entity one of whose mentions overlaps ``[start, end)`` the most, if any; on a tie, the earlier entity
        (and the earlier of its mentions)."""
        if self._mention_index is None or self._mention_index[0] is not self.entities:
            self._mention_index = (self.entities, _MentionIndex(self.entities))
        return self._mention_index[1].best(start, end)


class _MentionIndex:
    """Mentions sorted by start, so :meth:`Doc.entity_of` reads only those that can overlap a span: linking asks
    once per speaker, actor and place, which made a scan of every mention a hot spot."""

    def __init__(self, entities: list[Entity]) -> None:
        rows = sorted(
            ((m.start, m.end, rank, ent) for rank, (ent, m) in enumerate((e, m) for e in entities for m in e.mentions)),
            key=lambda row: (row[0], row[2]),
        )
        self._starts = [row[0] for row in rows]
        self._rows = rows
        self._longest = max((row[1] - row[0] for row in rows), default=0)

    def best(self, start: int, end: int) -> Entity | None:
        """The entity of the mention overlapping ``[start, end)`` the most, the first in entity order on a tie."""
        best: tuple[int, int] = (0, 0)  # (overlap, -rank)
        found: Entity | None = None
        k = bisect_left(self._starts, end) - 1  # every mention from here back starts before ``end``
        while k >= 0 and self._starts[k] > start - self._longest:
            m_start, m_end, rank, ent = self._rows[k]
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > 0 and (overlap, -rank) > best:
                best, found = (overlap, -rank), ent
            k -= 1
        return found
