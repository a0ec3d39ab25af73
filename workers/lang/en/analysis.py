"""Tokens, sentences, names and (selectively) syntax for one English article.

Speed shapes this module: the whole English pack must run well ahead of spaCy's full small pipeline. So spaCy's
lemmatizer and attribute ruler never run (the lexicons carry their own inflections); the named-entity recogniser
reads only a few words either side of each capitalised word, digit or time word (English names are capitalised, and
most of a news sentence is lower-case words between them), skipping sentences with no capitalised word after the
first; and the tagger and dependency parser run only on the sentences that can hold an event, chosen by the event
lexicon (quotes are found from words and punctuation alone, see ``quotes``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span
from spacy.tokens import Token as SpacyToken

from workers.doc import Doc, Sentence, Token
from workers.lang.en.lexicon import word_set
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


# Lower-case words a date or time expression is built on; the recogniser labels those too, and the event rules use
# its DATE and TIME labels to keep "last month" out of an actor.
_TIME_WORDS = word_set(
    """today yesterday tomorrow tonight ago year years month months week weeks day days weekend morning afternoon
evening night hour hours decade decades century earlier later"""
)
# Labels of expressions written in lower case ("last month", "two"); any other label needs a capital letter.
_UNCASED_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# Words either side of an anchor that the recogniser sees: its features reach about this far.
_WINDOW = 3


def _anchor(word: str) -> bool:
    """Whether a name or a date may hang on ``word``: a capitalised word (not a function word capitalised after a
    quotation mark: "I", "The", "We"), a digit, or a time word."""
    lower = word.lower()
    if any(c.isupper() for c in word) and (word.isalpha() or "-" in word or "." in word):
        return not (word.istitle() and lower in STOP_WORDS)
    return lower in _TIME_WORDS or word[:1].isdigit()


def _name_windows(words: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """Token ranges of ``words[first:last]`` the recogniser reads: ``_WINDOW`` words either side of each anchor,
    ranges that touch merged. A sentence with no anchor after its first word (capitalised anyway) has none: it holds
    no name the rules (surnames seen before, gazetteers) would miss; one with an anchor also anchors its first word."""
    anchors = [i for i in range(first + 1, last) if _anchor(words[i])]
    if not anchors:
        return []
    if _anchor(words[first]):
        anchors.insert(0, first)
    out: list[tuple[int, int]] = []
    for i in anchors:
        lo, hi = max(first, i - _WINDOW), min(last, i + _WINDOW + 1)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def analyse(doc: Doc, nlp: Language, wants_parse: Callable[[list[str]], bool]) -> Analysis:
    """Tokenise ``doc.text``, tag names sentence by sentence, and parse the sentences whose lower-cased words
    ``wants_parse`` selects.

    Each sentence becomes its own small spaCy doc, which the parser reuses; the recogniser runs over the windows of
    :func:`_name_windows` as one batch (names never run across a sentence end), and its names are set on the
    sentence docs, where the event rules read them.
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
    # The recogniser reads a few words either side of each word a name or a date can hang on, not whole sentences:
    # its decisions draw on that much context, and most of a news sentence is lower-case words between names.
    windows = [(k, lo, hi) for k, (a, b) in enumerate(chunks) for lo, hi in _name_windows(surface.text, a, b)]
    recognised = nlp.get_pipe("ner").pipe(  # type: ignore[attr-defined]
        SpacyDoc(nlp.vocab, words=surface.text[lo:hi], spaces=spaces[lo:hi]) for _, lo, hi in windows
    )
    analysis = Analysis(spacy_doc=sdoc, surface=surface, sentences=spans)
    found: dict[int, list[tuple[int, int, str]]] = {}
    for (k, lo, _), piece in zip(windows, recognised, strict=True):
        for ent in piece.ents:
            if ent.label_ not in _UNCASED_LABELS and not any(c.isupper() for c in ent.text):
                continue  # "a dog meat aficionado in his 30s": a name has a capital; a window's edge misleads the model
            start, end = lo + ent.start, lo + ent.end
            found.setdefault(k, []).append((start, end, ent.label_))
            analysis.ents.append((start, end, ent.label_))
            for i in range(start, end):
                surface.ent_type[i] = ent.label_
    for k, ents in found.items():
        first = chunks[k][0]
        pieces[k].set_ents([Span(pieces[k], a - first, b - first, label) for a, b, label in ents])

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
