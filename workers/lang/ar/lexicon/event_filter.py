"""The Arabic event filter: whether a rule candidate of ASSAULT or PROTEST is a report of an event that happened.

Newswire is full of the trigger words in other uses: policies ("سياسة الاغتيالات"), anniversaries, trials, threats,
opinion, markets ("هجوم" on a share price). A logistic model reads the candidate in its sentence and gives the
probability that the sentence reports that event; candidates under the threshold are dropped. Its features:

- the trigger (its form without prefixes, its lexicon entry, verb or noun, tense) and its status (negated, future,
  hypothetical), whether it stands in quotation marks;
- the actors the rules found (a named source or target, counted victims);
- the evidence of a reported happening around it: casualty words and counts, a device or an attacker (ASSAULT),
  protesters and their slogans (PROTEST), a date or a past time word, a place after في;
- the signs of a general statement: a question, a condition or a warning, a trial or an anniversary, a year;
- the sentence's words (normalised, without the article).

Features are named with the event type so that each type learns its own weights; the cue features are also given
once without it, so that what the two types share (a negation, a date) is learnt from both. Two models share these
features: one trained on judged sentences, which judges short texts, and one trained on gold articles, which judges
texts of :data:`ARTICLE_SENTENCES` sentences or more.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Protocol

import orjson

from workers.lang.ar.crf import CrfModel
from workers.lang.ar.docview import DocView
from workers.lang.ar.lexicon import LEXICON_DIR, Trigger
from workers.lang.ar.lexicon.words import (
    FUTURE_MARKERS,
    HYPOTHETICAL_MARKERS,
    NEGATORS,
    NUMBER_WORDS,
    TIME_WORDS,
    VICTIM_NOUNS,
    word_set,
)

FILTER_PATH = LEXICON_DIR / "event_filter.crfsuite"
# The filter for articles, trained on the project's gold articles: judged sentences were chosen for being hard to tell
# (most name no event), while an article reports most of the attacks and protests it names.
ARTICLE_FILTER_PATH = LEXICON_DIR / "event_filter_articles.crfsuite"
ARTICLE_SENTENCES = 3  # a text of this many sentences or more is judged by the article filter

_CASUALTIES = word_set(
    "قتيل قتيلا قتيلان قتلى جريح جرحى مصرع حتف حتفه حتفهم مصرعه مصرعهم مقتل إصابة إصابات أصيب أصيبوا أصيبت جرح "
    "جروح بجروح استشهاد استشهد استشهدوا شهيد شهداء ضحايا ضحية إصابته جراح"
)
_RESULTS = word_set("أسفر أسفرت أدى أدت أوقع أوقعت خلف خلفت أودى أودت")
_DEVICES = word_set(
    "مفخخة ناسفة عبوة عبوات قذيفة قذائف صاروخ صواريخ هاون رصاص رصاصة قنبلة قنابل حزام ناسف ملغومة متفجرات "
    "انتحاري انتحارية انتحاريا طائرة مروحية دبابة دبابات"
)
_ATTACKERS = word_set(
    "مسلح مسلحون مسلحين مسلحو مهاجم مهاجمون مهاجمين مجهولون مجهولين انتحاري انتحاريا متمردون متمردين مقاتلون "
    "مقاتلين"
)
_PROTESTERS = word_set(
    "متظاهر متظاهرون متظاهرين متظاهرا المتظاهرون محتج محتجون محتجين معتصم معتصمون معتصمين مضربون مضربين طلاب "
    "عمال أنصار مؤيدي مناصري آلاف مئات عشرات"
)
_SLOGANS = word_set("هتافات هتف هتفوا لافتات شعارات رفعوا رفع رددوا مرددين حاملين منددين مطالبين للمطالبة")
_GENERAL = word_set(
    "ذكرى الذكرى سياسة ظاهرة محاكمة المحكمة محكمة اتهام متهم متهمين تحقيق قضية ملف عقوبة حكم يجب ينبغي خطر "
    "تهديد تهديدات هدد يهدد حذر تحذير مخاوف خشية تاريخ رواية فيلم كتاب مباراة مسلسل"
)
_PAST_TIME = word_set("أمس الأمس البارحة الماضي الماضية فجر صباح مساء ليل ليلة")
_QUESTION = frozenset({"?", "؟"})
_LENGTH_BUCKETS = (12, 25, 45)


class FilterCandidate(Protocol):
    """What the filter reads of a rule candidate (``workers.lang.ar.events``)."""

    entry: Trigger
    first: int
    end: int
    verbal: bool
    status: str
    pos: str
    source: list[tuple[int, int]]
    target: list[tuple[int, int]]
    cues: set[str]


class EventFilter:
    """A logistic model (crfsuite, one-item sequences) that keeps a rule candidate when its sentence reads as a
    report of that event: trained by ``python -m workers.lang.ar.lexicon.train_event_filter`` on Arabic sentences
    judged for ASSAULT and PROTEST; other types pass unfiltered.

    The model is scored from its weights rather than through python-crfsuite: one item needs no chain, and
    building crfsuite's item from a dict of strings cost most of a candidate's time. The arithmetic is CRFsuite's
    for a one-item sequence, in the same order, so the probabilities are the same numbers."""

    def __init__(self, model: CrfModel, types: frozenset[str], threshold: float, version: str) -> None:
        self._rows = model.attribute_rows()
        self._weights = model.weights
        self._size = len(model.labels)
        self._yes = model.labels.index("Y")
        self.types = types
        self.threshold = threshold
        self.version = version

    @classmethod
    @cache
    def load(cls, path: Path = FILTER_PATH) -> EventFilter | None:
        """The shipped filter (read once per process), or None when it has not been built."""
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, threshold: float | None = None) -> EventFilter | None:
        """The filter at ``path`` (model and its ``.json`` metadata), read now; ``threshold`` overrides the
        metadata's. None when either file is missing."""
        meta_path = path.with_suffix(".json")
        if not path.exists() or not meta_path.exists():
            return None
        meta = orjson.loads(meta_path.read_bytes())
        cut = float(meta["threshold"]) if threshold is None else threshold
        return cls(CrfModel.load(path), frozenset(meta["types"]), cut, str(meta["version"]))

    def probability(self, features: dict[str, float]) -> float:
        """How likely the candidate is a reported event."""
        size = self._size
        weights = self._weights
        rows = self._rows
        scores = [0.0] * size
        for name, value in features.items():
            row = rows.get(name)
            if row is not None:
                base = row * size
                for j in range(size):
                    scores[j] += value * weights[base + j]
        # CRFsuite's scaled forward-backward pass over one item: alpha = exp(score) * scale, beta = scale, and the
        # marginal alpha * beta / scale, computed in that order so that the rounding is CRFsuite's too.
        exps = [math.exp(score) for score in scores]
        total = 0.0
        for e in exps:
            total += e
        scale = 1.0 / total if total != 0.0 else 1.0
        return exps[self._yes] * scale * scale / scale


def bare(norm: str) -> str:
    """A normalised word without its article: "الهجوم" → "هجوم"."""
    return norm[2:] if len(norm) > 4 and norm.startswith("ال") else norm


def _counted(norms: Sequence[str], k: int) -> bool:
    """A number followed by a victim noun ("30 شخصا", "سبعة أشخاص")."""
    word = norms[k]
    return (word.isdigit() or word in NUMBER_WORDS) and k + 1 < len(norms) and norms[k + 1] in VICTIM_NOUNS


# Sentence cues from word lists: (cue, words), matched on the normalised word, or also on its bare form.
_WORD_OR_BARE_CUES: tuple[tuple[str, frozenset[str] | set[str]], ...] = (
    ("casualty", _CASUALTIES),
    ("device", _DEVICES),
    ("attacker", _ATTACKERS),
    ("protesters", _PROTESTERS),
    ("general", _GENERAL),
)
_WORD_CUES: tuple[tuple[str, frozenset[str] | set[str]], ...] = (
    ("result", _RESULTS),
    ("slogans", _SLOGANS),
    ("past-time", _PAST_TIME),
    ("time", TIME_WORDS),
    ("negator", NEGATORS),
    ("future-word", FUTURE_MARKERS),
    ("hypothetical-word", HYPOTHETICAL_MARKERS),
    ("question", _QUESTION),
)


@lru_cache(maxsize=1 << 16)
def _word_cues(norm: str) -> tuple[str, ...]:
    """The sentence cues one normalised word gives (kept per word: most words of a sentence give none, and the
    same words recur in every sentence)."""
    b = bare(norm)
    return tuple(cue for cue, lexicon in _WORD_OR_BARE_CUES if norm in lexicon or b in lexicon) + tuple(
        cue for cue, lexicon in _WORD_CUES if norm in lexicon
    )


SentenceCues = tuple[frozenset[str], tuple[str, ...]]


def sentence_cues(view: DocView, first: int, limit: int) -> SentenceCues:
    """What the filter reads in the sentence of tokens ``[first, limit)`` whatever the candidate: its cues
    (evidence of a happening, signs of a general statement, its length) and its bare words, sorted."""
    norms = [view.norm(k) for k in range(first, limit)]
    cues: set[str] = set()
    for k, n in enumerate(norms):
        cues.update(_word_cues(n))
        if _counted(norms, k):
            cues.add("counted")
        if len(n) == 4 and n.isdigit() and n[:2] in ("19", "20"):
            cues.add("year")
        if n == "في" and k + 1 < len(norms):
            m = view.mention(first + k + 1)
            if m is not None and m.type in ("GPE", "LOC", "FAC"):
                cues.add("place")
    if any(view.in_date[k] for k in range(first, limit)):
        cues.add("date")
    cues.add(next((f"len<{b}" for b in _LENGTH_BUCKETS if limit - first < b), "len+"))
    # Sorted: crfsuite numbers features in the order it meets them, and a set's order follows PYTHONHASHSEED, so
    # unsorted words give a different (equally good) model file on every training.
    words = tuple(sorted({bare(n) for n in norms if n[:1].isalnum()}))
    return frozenset(cues), words


def filter_features(
    view: DocView,
    first: int,
    limit: int,
    event_type: str,
    c: FilterCandidate,
    *,
    sentence: SentenceCues | None = None,
) -> dict[str, float]:
    """Features of the candidate ``c`` of ``event_type`` in the sentence of tokens ``[first, limit)``, whose
    :func:`sentence_cues` a caller judging several candidates there may pass as ``sentence``."""
    sentence_cue_set, words = sentence_cues(view, first, limit) if sentence is None else sentence
    cues = set(sentence_cue_set)

    # The trigger and what the rules made of it.
    trigger = bare(view.norm(c.first))
    cues.add(f"st={c.status}")
    cues.add(f"pos={c.pos}")
    cues.add(f"kind={c.entry.kind}")
    cues.add(f"role={c.entry.role}")
    cues.add(f"mode={c.entry.mode}")
    if view.in_quote[c.first]:
        cues.add("quoted")
    if c.source:
        cues.add("src")
        if any(view.entities_in(a, b) for a, b in c.source):
            cues.add("src:named")
    if c.target:
        cues.add("tgt")
        if any(view.entities_in(a, b) for a, b in c.target):
            cues.add("tgt:named")
    if len(c.cues) > 1:
        cues.add("triggers>1")
    if len(c.cues) > 2:
        cues.add("triggers>2")

    features: dict[str, float] = {"bias": 1.0, f"type={event_type}": 1.0}
    # Sorted, like the words: the order of a model file's features must not follow PYTHONHASHSEED.
    for cue in sorted(cues):
        features[cue] = 1.0
        features[f"{event_type}:{cue}"] = 1.0
    features[f"{event_type}:trig={trigger}"] = 1.0
    features[f"{event_type}:trig={trigger}:{c.status}"] = 1.0
    for w in words:
        features[f"{event_type}:w={w}"] = 1.0
    return features
