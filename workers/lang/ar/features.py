"""CRF features of Arabic tokens: what the tagger knows about each token, its neighbours and its document.

Arabic has no capital letters, so names are recognised from the words themselves, their affixes and context
(a title or given name before, a cue word like "شركة" before), and from the gazetteers: which known name spans a
token (B/I and type), which types the word occurs in, whether it is a given name or a title. A name is often
introduced once with its cue ("شركة انرون", "مايكل بالاك") and then used bare ("انرون", "بالاك"): document features
carry the cue to every occurrence of the word. Every feature is computed on the normalised form, so text with
hamzas and tashkeel looks like the training corpus, which has neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workers.lang.ar.clitics import PROCLITICS
from workers.lang.ar.gazetteer import Gazetteer, GazMatch
from workers.lang.ar.normalise import normalise
from workers.lang.ar.tokens import Token, sentence_slices

_QUOTES = frozenset("\"'«»“”‘’„")
# Words that announce the kind of name that follows them.
_CUES = {
    normalise(word): kind
    for kind, words in (
        ("ORG", "شركة مجموعة مؤسسة منظمة حركة حزب صحيفة جريدة مجلة وكالة قناة نادي فريق منتخب"),
        ("ORG", "جامعة جمعية هيئة بنك مصرف اتحاد"),
        ("LOC", "مدينة بلدة قرية محافظة ولاية إقليم منطقة عاصمة نهر جبل جزيرة مخيم حي"),
    )
    for word in words.split(" ")
}
_MIN_DOC_WORD = 3  # shorter words are mostly function words; their document context says nothing


def _shape(norm: str) -> str:
    """A coarse class of the token's characters."""
    c = norm[0]
    if "\u0621" <= c <= "\u06ff":
        return "A"
    if c.isdigit():
        return "d"
    if c.isalpha():
        return "L" if c.isupper() else "l"
    if c in "#@":
        return c
    if c in _QUOTES:
        return "q"
    return "p"


def _stem(norm: str) -> str:
    """The word without its article: "الروسي" → "روسي", "للامم" → "امم"."""
    if len(norm) > 4 and norm.startswith(("ال", "لل")):
        return norm[2:]
    return norm


def _length(norm: str) -> str:
    n = len(norm)
    return "1" if n == 1 else "2" if n == 2 else "3" if n == 3 else "5" if n <= 5 else "8" if n <= 8 else "9"


class WordFeatures:
    """The features a word carries wherever it occurs, computed once per word and kept.

    Most of the tagger's features depend on one word alone (its form, stem, affixes, what the gazetteers say of it,
    and the same things of its neighbours), and most tokens of an article are words met before, so building those
    strings once per word rather than once per token takes most of the string work out of tagging. A tagger passes
    ``keep``, the features its model has weights for: the others change no score, so they are left out.
    The kept words are bounded: past ``limit`` the table starts afresh, which costs speed, never a feature.
    """

    def __init__(self, gazetteer: Gazetteer, keep: frozenset[str] | None = None, limit: int = 20_000) -> None:
        self._titles = gazetteer.titles
        self._given = gazetteer.given_names
        self._word_types = gazetteer.word_types
        self._keep = keep
        self._limit = limit
        self._words: dict[str, _Word] = {}

    def __call__(self, norm: str) -> _Word:
        """What ``norm`` (a token's normalised form) says about itself and as a neighbour."""
        word = self._words.get(norm)
        if word is None:
            if len(self._words) >= self._limit:
                self._words.clear()
            word = self._words[norm] = self._make(norm)
        return word

    def _make(self, norm: str) -> _Word:
        w = norm.lower() if norm.isascii() else norm
        sh = _shape(norm)  # before lower-casing: the shape tells "L" from "l"
        st = _stem(w)
        own = ["b", "w=" + w, "st=" + st, "sh=" + sh, "len=" + _length(w)]
        if sh == "A":
            own += ["p2=" + st[:2], "p3=" + st[:3], "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:], "s4=" + w[-4:]]
            if st is not w:
                own.append("al=" + w[:2])
        if w in PROCLITICS:
            own.append("cl")
        own += ["gw=" + kind for kind in self._word_types.get(w, ())]
        is_title = w in self._titles
        is_given = w in self._given
        cue = _CUES.get(w, "")
        if is_title:
            own.append("t")
        if is_given:
            own.append("gn")
        left = ["w-1=" + w, "sh-1=" + sh, "st-1=" + st]
        if is_title:
            left.append("t-1")
        if is_given:
            left.append("gn-1")
        if cue:
            left.append("cue-1=" + cue)
        right = ["w+1=" + w, "sh+1=" + sh, "st+1=" + st]
        if is_given:
            right.append("gn+1")
        return _Word(
            w=w,
            arabic=sh == "A",
            is_title=is_title,
            is_given=is_given,
            cue=cue,
            own=self._kept(own),
            left=self._kept(left),
            right=self._kept(right),
        )

    def _kept(self, features: list[str]) -> tuple[str, ...]:
        keep = self._keep
        return tuple(features) if keep is None else tuple(filter(keep.__contains__, features))


@dataclass(frozen=True, slots=True)
class _Word:
    w: str  # the form features are built on (ASCII lower-cased)
    arabic: bool
    is_title: bool
    is_given: bool
    cue: str  # the kind of name this word announces, "" if none
    own: tuple[str, ...]  # the word's features of itself
    left: tuple[str, ...]  # its features as the previous word of a token
    right: tuple[str, ...]  # its features as the next word of a token


def document_features(
    tokens: Sequence[Token],
    gazetteer: Gazetteer,
    slices: Sequence[tuple[int, int]] | None = None,
    matches: Sequence[GazMatch] | None = None,
    words: WordFeatures | None = None,
) -> list[list[str]]:
    """One list of binary feature names per token of a document (an article, or a stretch of corpus).

    ``slices`` are the document's sentences (:func:`workers.lang.ar.tokens.sentence_slices` by default),
    ``matches`` its gazetteer matches (``gazetteer.match(tokens)`` by default; names listed to be matched whole only
    are left out, see :meth:`Gazetteer.tagger_matches`), ``words`` a table of word features
    built on the same gazetteer, kept across documents by callers that tag many (a fresh one by default).
    """
    return [
        [feature for group in groups for feature in group]
        for groups in document_feature_groups(tokens, gazetteer, slices, matches, words)
    ]


# Groups are typed tuple[str, ...]: mypyc keeps a fixed-length tuple unboxed and boxes a new object at every use,
# and the decoder finds a group's weights by the object (workers.lang.ar.crf.ChainDecoder).
_FIRST: tuple[str, ...] = ("w-1=<s>",)
_LAST: tuple[str, ...] = ("w+1=</s>", "EOS")
_BOS: tuple[str, ...] = ("BOS",)
_EOS: tuple[str, ...] = ("EOS",)
_TITLE_TWO_BEFORE: tuple[str, ...] = ("t-2",)
# A gazetteer reading's groups by BIO label: the token's own, and what it tells the token after it and the one
# before it.
_READINGS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}


# What a document says of a word, as one group per combination met so far: a few hundred combinations at most
# (title, given name, cue, gazetteer type), kept so that every document uses the same objects.
_CONTEXTS: dict[frozenset[str], tuple[str, ...]] = {}


def _context_group(said: set[str]) -> tuple[str, ...]:
    key = frozenset(said)
    group = _CONTEXTS.get(key)
    if group is None:
        group = _CONTEXTS[key] = tuple(sorted(said))
    return group


def _readings(label: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    readings = _READINGS.get(label)
    if readings is None:
        own: tuple[str, ...] = ("g=" + label,)
        before: tuple[str, ...] = ("g-1=" + label,)
        after: tuple[str, ...] = ("g+1=" + label,)
        readings = _READINGS[label] = (own, before, after)
    return readings


def document_feature_groups(
    tokens: Sequence[Token],
    gazetteer: Gazetteer,
    slices: Sequence[tuple[int, int]] | None = None,
    matches: Sequence[GazMatch] | None = None,
    words: WordFeatures | None = None,
) -> list[list[tuple[str, ...]]]:
    """:func:`document_features` in groups, in the same order: per token, the tuples of features that come
    together (a word's own features, its features as a neighbour, its gazetteer reading ...). The tuples recur
    unchanged across tokens and documents, so a tagger can keep each one's weights summed
    (:class:`workers.lang.ar.crf.ChainCrf`)."""
    n = len(tokens)
    if n == 0:
        return []
    if words is None:
        words = WordFeatures(gazetteer)
    ws = [words(t.norm) for t in tokens]
    gaz = ["O"] * n
    for m in gazetteer.match(tokens, whole=False) if matches is None else gazetteer.tagger_matches(tokens, matches):
        gaz[m.start] = "B-" + m.type
        for j in range(m.start + 1, m.end):
            gaz[j] = "I-" + m.type

    # What the document says about each word wherever it occurs.
    context: dict[str, set[str]] = {}
    for i in range(1, n):
        previous = ws[i - 1]
        # Most words say nothing of the word after them and match no listed name: nothing to record.
        if not (previous.is_title or previous.is_given or previous.cue or gaz[i] != "O"):
            continue
        word = ws[i]
        if not word.arabic or len(word.w) < _MIN_DOC_WORD:
            continue
        said = context.setdefault(word.w, set())
        if previous.is_title:
            said.add("d:title")
        if previous.is_given:
            said.add("d:given")
        if previous.cue:
            said.add("d:cue=" + previous.cue)
        if gaz[i] != "O":
            said.add("d:g=" + gaz[i][2:])
    # Sorted: a set's order follows PYTHONHASHSEED, and CRFsuite numbers features in the order it meets them, so
    # an unsorted document context gives a different (equally good) model file on every run.
    known = {w: _context_group(said) for w, said in context.items() if said}

    if slices is None:
        slices = sentence_slices([t.text for t in tokens])
    starts = {a for a, _ in slices}
    readings = {g: _readings(g) for g in set(gaz)}
    out: list[list[tuple[str, ...]]] = []
    last = n - 1
    for i, word in enumerate(ws):
        f = [word.own, readings[gaz[i]][0]]
        if word.arabic and word.w in known:
            f.append(known[word.w])
        if i:
            f.append(ws[i - 1].left)
            f.append(readings[gaz[i - 1]][1])
            if i > 1 and ws[i - 2].is_title:
                f.append(_TITLE_TWO_BEFORE)
        else:
            f.append(_FIRST)
        if i in starts:
            f.append(_BOS)
        if i < last:
            f.append(ws[i + 1].right)
            f.append(readings[gaz[i + 1]][2])
            if i + 1 in starts:
                f.append(_EOS)
        else:
            f.append(_LAST)
        out.append(f)
    return out
