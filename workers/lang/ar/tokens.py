"""Arabic tokens with code-point offsets: words, proclitics, numbers, punctuation, quotes, hashtags, handles, URLs.

Every token satisfies ``text[token.start:token.end] == token.text``; ``token.norm`` is its matching form
(:func:`workers.lang.ar.normalise.normalise`). Proclitics (و ف ب ل ك) become tokens of their own when
:mod:`workers.lang.ar.clitics` says so; the definite article and pronoun suffixes stay on their word, because
splitting suffixes safely needs a morphological analyser and entity names almost never carry one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from workers.doc import Token
from workers.lang.ar.clitics import PROCLITICS, load_vocab, proclitic_count
from workers.lang.ar.normalise import normalise

__all__ = ["SENTENCE_END", "Token", "sentence_slices", "tokenize"]

# Words whose spelling, before normalisation, tells them from a proclitic and a word they normalise like: "والي"
# (a governor: "والي الخرطوم") is spelled with ي, where "and to" is "وإلى" or "والى".
_WHOLE_AS_SPELLED = frozenset({"والي"})

_AR_LETTER = (
    "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\ufb50-\ufdff\ufe70-\ufefc"  # presentation forms
)
_AR_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
# Characters that never belong to a token: the hashtag underscore (so "#كوريا_الشمالية" gives the words) and
# invisible marks that the text cleaner normally removes already.
_SKIP = "_\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad"
_URL_CHAR = r"[^\s\"'«»“”‘’()<>\[\]{}،؛]"
_URL_END = r"[^\s\"'«»“”‘’()<>\[\]{}،؛.,:;!?؟]"

_TOKEN = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.|[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{{2,}}/){_URL_CHAR}*{_URL_END}
       |(?:https?://|www\.)[A-Za-z0-9-]+)
  | (?P<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)
  | (?P<handle>@[A-Za-z0-9_]+)
  | (?P<num>\d+(?:[.,٫٬]\d+)*)
  | (?P<ar>[{_AR_LETTER}][{_AR_LETTER}{_AR_MARK}]*)
  | (?P<word>[^\W\d_\u0600-\u06ff](?:[^\W_\u0600-\u06ff]|['’](?=[^\W\d_\u0600-\u06ff]))*)
  | (?P<punct>(?P<p>[^\w\s{_SKIP}])(?P=p)*)
    """,
    re.VERBOSE,
)
_MARKS = re.compile(f"[{_AR_MARK}]*")


def tokenize(text: str, vocab: Mapping[str, int] | None = None) -> list[Token]:
    """Split ``text`` into tokens with code-point offsets, separating proclitics from Arabic words.

    ``vocab`` (word → evidence count) decides proclitic splits; by default the vocabulary shipped in
    ``data/vocab.tsv``. Words standing alone anywhere in ``text`` also count as known for that text.
    """
    words = load_vocab() if vocab is None else vocab
    matches = [(m.lastgroup, m.start(), m.group()) for m in _TOKEN.finditer(text)]
    norms = [normalise(s) for _, _, s in matches]
    doc_words = {n for (kind, _, _), n in zip(matches, norms, strict=True) if kind == "ar"}
    tokens: list[Token] = []
    for (kind, start, surface), norm in zip(matches, norms, strict=True):
        if not norm:
            continue  # a diacritic standing alone ("ً" where a text was cut mid-word): no word to read
        n = proclitic_count(norm, words, doc_words) if kind == "ar" and surface not in _WHOLE_AS_SPELLED else 0
        if n:
            tokens.extend(_split(surface, start, n))
        else:
            tokens.append(Token(surface, start, start + len(surface), norm))
    return tokens


def _split(surface: str, start: int, n: int) -> list[Token]:
    """The word ``surface`` (at ``start``) as ``n`` one-letter proclitic tokens and the rest.

    A proclitic is one letter plus whatever diacritics or tatweel follow it ("وَ", "وـ"). A word whose first
    characters are not plain proclitic letters (a presentation-form ligature) is kept whole.
    """
    pieces: list[Token] = []
    pos = 0
    for _ in range(n):
        end = _MARKS.match(surface, pos + 1).end()  # type: ignore[union-attr]  # "*" always matches
        piece = surface[pos:end]
        norm = normalise(piece)
        if norm not in PROCLITICS:
            return [Token(surface, start, start + len(surface), normalise(surface))]
        pieces.append(Token(piece, start + pos, start + end, norm))
        pos = end
    rest = surface[pos:]
    pieces.append(Token(rest, start + pos, start + len(surface), normalise(rest)))
    return pieces


SENTENCE_END = frozenset({".", "؟", "?", "!"})


def sentence_slices(texts: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) token index ranges of the pseudo-sentences of a token sequence, cut after . ؟ ? !

    The tagger is trained on such pieces of NewsFANE (which has no sentence breaks) and tags text cut the same way.
    """
    slices: list[tuple[int, int]] = []
    start = 0
    for i, text in enumerate(texts):
        if text in SENTENCE_END:
            slices.append((start, i + 1))
            start = i + 1
    if start < len(texts):
        slices.append((start, len(texts)))
    return slices
