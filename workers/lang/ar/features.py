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


def document_features(
    tokens: Sequence[Token],
    gazetteer: Gazetteer,
    slices: Sequence[tuple[int, int]] | None = None,
    matches: Sequence[GazMatch] | None = None,
) -> list[list[str]]:
    """One list of binary feature names per token of a document (an article, or a stretch of corpus).

    ``slices`` are the document's sentences (:func:`workers.lang.ar.tokens.sentence_slices` by default),
    ``matches`` its gazetteer matches (``gazetteer.match(tokens)`` by default).
    """
    n = len(tokens)
    if n == 0:
        return []
    shapes = [_shape(t.norm) for t in tokens]
    norms = [t.norm.lower() if t.norm.isascii() else t.norm for t in tokens]
    stems = [_stem(w) for w in norms]
    gaz = ["O"] * n
    for m in gazetteer.match(tokens) if matches is None else matches:
        gaz[m.start] = "B-" + m.type
        for j in range(m.start + 1, m.end):
            gaz[j] = "I-" + m.type
    titles = gazetteer.titles
    given = gazetteer.given_names
    word_types = gazetteer.word_types
    is_title = [w in titles for w in norms]
    is_given = [w in given for w in norms]
    cue = [_CUES.get(w, "") for w in norms]

    # What the document says about each word wherever it occurs.
    context: dict[str, set[str]] = {}
    for i in range(1, n):
        w = norms[i]
        if shapes[i] != "A" or len(w) < _MIN_DOC_WORD:
            continue
        said = context.setdefault(w, set())
        if is_title[i - 1]:
            said.add("d:title")
        if is_given[i - 1]:
            said.add("d:given")
        if cue[i - 1]:
            said.add("d:cue=" + cue[i - 1])
        if gaz[i] != "O":
            said.add("d:g=" + gaz[i][2:])

    if slices is None:
        slices = sentence_slices([t.text for t in tokens])
    starts = {a for a, _ in slices}

    before = ["<s>", *norms[:-1]]
    after = [*norms[1:], "</s>"]
    # Whole columns at once: a comprehension is cheaper than the same string work token by token.
    lexical = [
        ("b", "w=" + w, "st=" + st, "sh=" + sh, "len=" + _length(w), "w-1=" + b1, "w+1=" + a1, "g=" + g)
        for w, st, sh, b1, a1, g in zip(norms, stems, shapes, before, after, gaz, strict=True)
    ]

    out: list[list[str]] = []
    for i in range(n):
        w = norms[i]
        stem = stems[i]
        f = list(lexical[i])
        if shapes[i] == "A":
            f += ["p2=" + stem[:2], "p3=" + stem[:3], "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:], "s4=" + w[-4:]]
            if stem is not w:
                f.append("al=" + w[:2])
            # Sorted: a set's order follows PYTHONHASHSEED, and CRFsuite numbers features in the order it meets
            # them, so an unsorted document context gives a different (equally good) model file on every run.
            f.extend(sorted(context.get(w, ())))
        if w in PROCLITICS:
            f.append("cl")
        for kind in word_types.get(w, ()):
            f.append("gw=" + kind)
        if is_title[i]:
            f.append("t")
        if is_given[i]:
            f.append("gn")
        if i in starts:
            f.append("BOS")
        if i > 0:
            f += ["sh-1=" + shapes[i - 1], "g-1=" + gaz[i - 1], "st-1=" + stems[i - 1]]
            if is_title[i - 1]:
                f.append("t-1")
            if is_given[i - 1]:
                f.append("gn-1")
            if cue[i - 1]:
                f.append("cue-1=" + cue[i - 1])
            if i > 1 and is_title[i - 2]:
                f.append("t-2")
        if i + 1 < n:
            f += ["sh+1=" + shapes[i + 1], "g+1=" + gaz[i + 1], "st+1=" + stems[i + 1]]
            if is_given[i + 1]:
                f.append("gn+1")
            if i + 1 in starts:
                f.append("EOS")
        else:
            f.append("EOS")
        out.append(f)
    return out
