"""When a leading و ف ب ل ك is a separate word (a proclitic) and when it is just the word's first letter.

NewsFANE, our training corpus, writes the conjunctions و ف and the prepositions ب ل ك as separate tokens
("و قال", "ل اسرائيل") but keeps the definite article on its word, and so do we. The letters are ambiguous: "وزير",
"فرنسا", "بيونغيانغ", "لبنان", "كوريا" start with them without carrying one. The rule, applied to the normalised word
``w`` = proclitic + rest ``r``:

1. ``w`` is a known word (seen as one token at least twice in NewsFANE, whose segmenter decided in context, or part
   of a gazetteer name): keep it whole, unless ``r`` is overwhelmingly more frequent: ten times when ``r`` starts
   with ال ("والمجموعة", left unsegmented a few times by NewsFANE's segmenter), twenty times otherwise ("فان",
   "لان", "وفي" against "ان", "في"; "كان" against "ان" is only five times and stays whole).
2. Otherwise split when ``r`` starts with ال and has at least two letters after it ("والمملكة" → و + المملكة; an
   unknown word cannot start with وال/بال/فال unless it carries a proclitic, bar rare foreign names), or when ``r`` is
   a known word, also once a pronoun suffix is taken off ("لموسكو" → ل + موسكو, "وتنميتها" → و + تنميتها), or when
   ``r`` stands alone elsewhere in the same document ("وشويغو" next to "شويغو").

After و or ف a second proclitic ب ل ك may follow ("وبموسكو"), but nothing follows ب ل ك: "لل" + word ("للأنباء" =
ل + الأنباء with the alef dropped) stays one token, as in NewsFANE, unless the rest is itself a whole known word
("للبنان" → ل + لبنان).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import lru_cache
from pathlib import Path

VOCAB_PATH = Path(__file__).parent / "data" / "vocab.tsv"

CONJUNCTIONS = frozenset("وف")
PREPOSITIONS = frozenset("بلك")
PROCLITICS = CONJUNCTIONS | PREPOSITIONS

_KNOWN = 2  # occurrences as a whole token that make a word "known"
_ARTICLE_DOMINANCE = 10
_DOMINANCE = 20
# Pronoun suffixes, longest first; a word's final ة is written ت before them.
_SUFFIXES = ("هما", "ها", "هم", "هن", "نا", "كم", "ه", "ي")
_GAZETTEER_WEIGHT = 5  # a gazetteer name token counts as this many corpus occurrences


@lru_cache(maxsize=1)
def load_vocab(path: Path = VOCAB_PATH) -> dict[str, int]:
    """Word (normalised) → evidence that it is a whole word: corpus count plus a weight for gazetteer words.

    An absent file gives an empty vocabulary, so the tokenizer still works (splitting only before ال) while the
    data is being built.
    """
    vocab: dict[str, int] = {}
    if not path.exists():
        return vocab
    with path.open(encoding="utf-8") as f:
        next(f, None)  # header
        for line in f:
            word, count, in_gazetteer = line.rstrip("\n").split("\t")
            vocab[word] = int(count) + (_GAZETTEER_WEIGHT if in_gazetteer == "1" else 0)
    return vocab


# Nouns that head a name ("وكالة رويترز", "صحيفة الأهرام"): a letter glued before one is always a proclitic.
_NAME_HEAD_WORDS = "وكاله صحيفه جريده مجله قناه منظمه حركه حزب شركه مؤسسه هيئه جامعه جمعيه وزاره برنامج جهاز"
_NAME_HEADS = frozenset(_NAME_HEAD_WORDS.split(" "))
# Compass words, which start a place's name ("بجنوب السودان", "لشمال سوريا"): a letter glued before one is a
# proclitic too, though NewsFANE's segmenter left a few such forms whole.
_COMPASS = frozenset(["شمال", "جنوب", "شرق", "غرب", "وسط"])


def _evidence(word: str, vocab: Mapping[str, int]) -> int:
    """How well attested ``word`` is as a word: its count, or, for a word too rare to be known, its stem's once a
    pronoun suffix is taken off ("تنميتها" → "تنمية", "بيانها" → "بيان")."""
    best = vocab.get(word, 0)
    if best >= _KNOWN:
        return best
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            best = max(best, vocab.get(stem, 0))
            if stem.endswith("ت"):
                best = max(best, vocab.get(stem[:-1] + "ه", 0))
    return best


def _splits(w: str, r: str, vocab: Mapping[str, int], doc_words: Collection[str]) -> bool:
    """Whether ``w`` (normalised) is a proclitic followed by ``r``: the rule in the module docstring."""
    if len(r) < 2:
        return False
    w_count = _evidence(w, vocab)
    r_count = _evidence(r, vocab)
    with_article = r.startswith("ال") and len(r) >= 4
    if w_count >= _KNOWN:
        return r_count >= (_ARTICLE_DOMINANCE if with_article else _DOMINANCE) * w_count
    if with_article or r_count >= _KNOWN or r in doc_words:
        return True
    # A conjunction before a preposition before a word ("وبموسكو"): the rest is itself a proclitic split.
    return w[0] in CONJUNCTIONS and r[0] in PREPOSITIONS and _splits(r, r[1:], vocab, doc_words)


def proclitic_count(norm: str, vocab: Mapping[str, int], doc_words: Collection[str] = ()) -> int:
    """How many leading letters of the normalised word ``norm`` are separate proclitics (0, 1 or 2)."""
    if len(norm) < 3 or norm[0] not in PROCLITICS:
        return 0
    rest = norm[1:]
    if rest in _NAME_HEADS or rest in _COMPASS:
        return 1  # "لوكالة رويترز", "بجنوب": whatever a corpus counted, a name's head or compass word takes none
    if not _splits(norm, rest, vocab, doc_words):
        return 0
    if rest[0] not in PROCLITICS or len(rest) < 3:
        return 1
    if norm[0] in CONJUNCTIONS and rest[0] in PREPOSITIONS and (rest[1:] in _NAME_HEADS or rest[1:] in _COMPASS):
        return 2  # "ولجهاز", "وبجنوب"
    if norm[0] in CONJUNCTIONS and rest[0] in PREPOSITIONS and _splits(rest, rest[1:], vocab, doc_words):
        return 2  # "وبموسكو"
    if norm[0] in PREPOSITIONS and _evidence(rest[1:], vocab) >= _evidence(rest, vocab):
        # Nothing follows a preposition: in "للمناقشة" the rest "لمناقشة" is itself ل + "مناقشة", so the word is
        # the ل + ال contraction and stays whole; in "للبنان" the rest "لبنان" is a word of its own.
        return 0
    return 1
