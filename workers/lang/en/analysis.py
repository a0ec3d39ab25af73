"""Tokens, sentences, names and (selectively) syntax for one English article.

Speed shapes this module: the whole English pack must run well ahead of spaCy's full small pipeline. So spaCy's
lemmatizer and attribute ruler never run (the lexicons carry their own inflections); the named-entity recogniser
runs sentence by sentence, skipping sentences with no capitalised word after the first (English names are
capitalised); and the tagger and dependency parser run only on the sentences that can hold an event, chosen by the
event lexicon (quotes are found from words and punctuation alone, see ``quotes``).
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
# A sentence longer than this is cut before the models see it: unbalanced quotation marks can glue a whole
# article into one "sentence", and the parser's cost and error rate grow with length.
_MAX_PARSE_TOKENS = 90


@dataclass(slots=True)
class Surface:
    """The tokens of the article as plain lists: rules that scan every token read these, because creating spaCy
    token objects over and over costs more than the rules themselves."""

    text: list[str]
    lower: list[str]
    start: list[int]
    ent_type: list[str]
    punct: list[bool]
    space: list[bool]
    num: list[bool]

    def end(self, i: int) -> int:
        """Offset where token ``i`` ends."""
        return self.start[i] + len(self.text[i])

    def __len__(self) -> int:
        return len(self.text)


@dataclass(slots=True)
class Parse:
    """A dependency-parsed sentence: its own spaCy doc, whose character 0 is ``offset`` in the article."""

    doc: SpacyDoc
    offset: int
    length: int  # characters; spaCy's Doc.text rebuilds the string on every access, so it is kept here

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
    surface: Surface
    sentences: list[tuple[int, int]]
    ents: list[tuple[int, int, str]] = field(default_factory=list)  # model names: token range and label
    parses: list[Parse] = field(default_factory=list)


def _chunks(words: list[str], first: int, last: int) -> Iterable[tuple[int, int]]:
    """Split an over-long token range at sentence-final punctuation, or failing that every ``_MAX_PARSE_TOKENS``."""
    start = first
    while last - start > _MAX_PARSE_TOKENS:
        cut = None
        for i in range(start + _MAX_PARSE_TOKENS - 1, start + 10, -1):
            if words[i] in {".", "!", "?"}:
                cut = i + 1
                break
        cut = cut or start + _MAX_PARSE_TOKENS
        yield start, cut
        start = cut
    if start < last:
        yield start, last


def analyse(doc: Doc, nlp: Language, wants_parse: Callable[[list[str]], bool]) -> Analysis:
    """Tokenise ``doc.text``, tag names sentence by sentence, and parse the sentences whose lower-cased words
    ``wants_parse`` selects.

    Each sentence becomes its own small spaCy doc: the recogniser runs over all of them as one batch (a little
    faster than one long doc, and names never run across a sentence end), and the parser reuses the same docs.
    Fills ``doc.tokens`` and ``doc.sentences`` and stores the :class:`Analysis` under ``doc.annotations["en"]``.
    """
    sdoc = nlp.make_doc(doc.text)
    our_index: list[int] = []
    tokens: list[Token] = []
    surface = Surface([], [], [], [], [], [], [])
    spaces: list[bool] = []
    for t in sdoc:
        our_index.append(len(tokens))
        text, start, lower = t.text, t.idx, t.lower_
        surface.text.append(text)
        surface.lower.append(lower)
        surface.start.append(start)
        surface.ent_type.append("")
        surface.punct.append(t.is_punct)
        is_space = t.is_space
        surface.space.append(is_space)
        surface.num.append(t.like_num)
        spaces.append(bool(t.whitespace_))
        if not is_space:
            tokens.append(Token(text, start, start + len(text), lower))
    our_index.append(len(tokens))
    spans = split_sentences(doc.text)
    ranges = [
        (bisect.bisect_left(surface.start, start), bisect.bisect_left(surface.start, end)) for start, end in spans
    ]
    doc.tokens = tokens
    doc.sentences = [
        Sentence(start, end, our_index[first], our_index[last])
        for (start, end), (first, last) in zip(spans, ranges, strict=True)
    ]

    chunks = [chunk for first, last in ranges if last > first for chunk in _chunks(surface.text, first, last)]
    pieces = [SpacyDoc(nlp.vocab, words=surface.text[a:b], spaces=spaces[a:b]) for a, b in chunks]
    # English names are capitalised: a sentence whose words after the first are all lower case has no name the
    # model could find that the rules (surnames seen before, gazetteers) do not, so it skips the recogniser.
    named = [
        k
        for k, (a, b) in enumerate(chunks)
        if any(not w.islower() for w in surface.text[a + 1 : b] if w.isalpha() or "-" in w)
    ]
    recognised = list(nlp.get_pipe("ner").pipe([pieces[k] for k in named]))  # type: ignore[attr-defined]
    for k, piece in zip(named, recognised, strict=True):
        pieces[k] = piece
    analysis = Analysis(spacy_doc=sdoc, surface=surface, sentences=spans)
    for k in named:
        piece, (first, _) = pieces[k], chunks[k]
        for ent in piece.ents:
            analysis.ents.append((first + ent.start, first + ent.end, ent.label_))
            for i in range(first + ent.start, first + ent.end):
                surface.ent_type[i] = ent.label_

    selected = [k for k, (a, b) in enumerate(chunks) if wants_parse(surface.lower[a:b])]
    if selected:
        parsed = [pieces[k] for k in selected]
        for name in ("tok2vec", "tagger", "parser"):
            parsed = list(nlp.get_pipe(name).pipe(parsed))  # type: ignore[attr-defined]
        for k, piece in zip(selected, parsed, strict=True):
            a, b = chunks[k]
            analysis.parses.append(Parse(piece, surface.start[a], surface.end(b - 1) - surface.start[a]))
    doc.annotations[ANNOTATION_KEY] = analysis
    return analysis


def get_analysis(doc: Doc) -> Analysis:
    """The :class:`Analysis` stored by :func:`analyse`; ``KeyError`` when ``analyse`` has not run on ``doc``."""
    analysis = doc.annotations[ANNOTATION_KEY]
    if not isinstance(analysis, Analysis):
        raise TypeError("doc.annotations['en'] is not an English analysis")
    return analysis
