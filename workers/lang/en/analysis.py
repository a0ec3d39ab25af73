"""Tokens, sentences, names and (selectively) syntax for one English article.

Speed shapes this module. spaCy's named-entity recogniser runs over the whole text, since names can be anywhere;
the tagger and the dependency parser run only on the sentences that can yield a quote or an event: those with a
quotation mark or a word from the speech-verb and event-trigger lexicons. News copy has many sentences with neither
(background, numbers, scene-setting), and the parser is the costliest step.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token as SpacyToken

from workers.doc import Doc, Sentence, Token
from workers.text.sentences import split_sentences

# Where the English analysis lives in ``Doc.annotations``.
ANNOTATION_KEY = "en"
QUOTE_MARKS = frozenset("\"“”‘’«»`'")
# A sentence longer than this is split again before parsing: unbalanced quotation marks can glue a whole article
# into one "sentence", and the parser's cost and error rate grow with length.
_MAX_PARSE_TOKENS = 90


@dataclass(slots=True)
class Parse:
    """A dependency-parsed sentence: its own spaCy doc, whose character 0 is ``offset`` in the article."""

    doc: SpacyDoc
    offset: int

    def start(self, token: SpacyToken) -> int:
        """Article offset where ``token`` starts."""
        return self.offset + token.idx

    def end(self, token: SpacyToken) -> int:
        """Article offset where ``token`` ends."""
        return self.offset + token.idx + len(token.text)


@dataclass(slots=True)
class Analysis:
    """What the English pack computed in ``analyse``, reused by its later steps."""

    spacy_doc: SpacyDoc
    sentences: list[tuple[int, int]]
    parses: list[Parse] = field(default_factory=list)
    _parse_starts: list[int] = field(default_factory=list)

    def index_parses(self) -> None:
        """Sort the parses by offset so that :meth:`parse_at` can bisect."""
        self.parses.sort(key=lambda p: p.offset)
        self._parse_starts = [p.offset for p in self.parses]

    def parse_at(self, offset: int) -> Parse | None:
        """The parsed sentence containing article ``offset``, if that sentence was parsed."""
        i = bisect.bisect_right(self._parse_starts, offset) - 1
        if i < 0:
            return None
        p = self.parses[i]
        return p if offset < p.offset + len(p.doc.text) else None


def _sentence_token_ranges(sdoc: SpacyDoc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each character span, the range of spaCy token indices it covers."""
    starts = [t.idx for t in sdoc]
    ranges = []
    for start, end in spans:
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        ranges.append((first, last))
    return ranges


def _chunks(sdoc: SpacyDoc, first: int, last: int) -> Iterable[tuple[int, int]]:
    """Split an over-long token range at sentence-final punctuation, or failing that every ``_MAX_PARSE_TOKENS``."""
    start = first
    while last - start > _MAX_PARSE_TOKENS:
        cut = None
        for i in range(start + _MAX_PARSE_TOKENS - 1, start + 10, -1):
            if sdoc[i].text in {".", "!", "?"}:
                cut = i + 1
                break
        cut = cut or start + _MAX_PARSE_TOKENS
        yield start, cut
        start = cut
    if start < last:
        yield start, last


def analyse(doc: Doc, nlp: Language, wants_parse: Callable[[SpacyDoc, int, int], bool]) -> Analysis:
    """Tokenise and tag names in ``doc.text``; parse the sentences ``wants_parse(spacy_doc, first, last)`` selects.

    Fills ``doc.tokens`` and ``doc.sentences`` and stores the :class:`Analysis` under ``doc.annotations["en"]``.
    """
    sdoc = nlp.make_doc(doc.text)
    sdoc = nlp.get_pipe("ner")(sdoc)
    spans = split_sentences(doc.text)
    ranges = _sentence_token_ranges(sdoc, spans)

    our_index: list[int] = []
    tokens: list[Token] = []
    for t in sdoc:
        our_index.append(len(tokens))
        if not t.is_space:
            tokens.append(Token(t.text, t.idx, t.idx + len(t.text), t.norm_))
    our_index.append(len(tokens))
    doc.tokens = tokens
    doc.sentences = [
        Sentence(start, end, our_index[first], our_index[last])
        for (start, end), (first, last) in zip(spans, ranges, strict=True)
    ]

    analysis = Analysis(spacy_doc=sdoc, sentences=spans)
    selected = [
        chunk
        for first, last in ranges
        if last > first and wants_parse(sdoc, first, last)
        for chunk in _chunks(sdoc, first, last)
    ]
    if selected:
        pieces = [sdoc[first:last].as_doc() for first, last in selected]
        for name in ("tok2vec", "tagger", "parser"):
            pieces = list(nlp.get_pipe(name).pipe(pieces))  # type: ignore[attr-defined]
        analysis.parses = [Parse(piece, sdoc[first].idx) for piece, (first, _) in zip(pieces, selected, strict=True)]
    analysis.index_parses()
    doc.annotations[ANNOTATION_KEY] = analysis
    return analysis


def get_analysis(doc: Doc) -> Analysis:
    """The :class:`Analysis` stored by :func:`analyse`; ``KeyError`` when ``analyse`` has not run on ``doc``."""
    analysis = doc.annotations[ANNOTATION_KEY]
    if not isinstance(analysis, Analysis):
        raise TypeError("doc.annotations['en'] is not an English analysis")
    return analysis
