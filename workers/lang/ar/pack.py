"""The Arabic language pack: tokens and sentences, mentions, dates, quotes and PLOVER events for Arabic news.

Loaded once per worker process (:func:`load_pack`); every method is a pure function of the document.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from workers.doc import Doc, Event, Mention, Quote, Sentence, TimeExpr, Token
from workers.lang.ar.aliases import name_aliases
from workers.lang.ar.clitics import PROCLITICS, load_vocab
from workers.lang.ar.common_words import load_common_words
from workers.lang.ar.dates import find_dates
from workers.lang.ar.events import find_events
from workers.lang.ar.gazetteer import Gazetteer
from workers.lang.ar.lexicon.event_filter import ARTICLE_FILTER_PATH, ARTICLE_SENTENCES, EventFilter
from workers.lang.ar.mentions import MentionFinder
from workers.lang.ar.ner import ArabicNer
from workers.lang.ar.quotes import find_quotes
from workers.lang.ar.tokens import tokenize
from workers.text.sentences import split_sentences

RULES_VERSION = "ar-rules-1"
_NER_TAGS = "ar.ner_tags"


class ArabicPack:
    """The :class:`workers.lang.base.LanguagePack` for Arabic (``lang = "ar"``)."""

    lang = "ar"

    def __init__(self) -> None:
        self._vocab = load_vocab()
        self._gazetteer = Gazetteer.load()
        self._ner = _load_ner()
        self._finder = MentionFinder(self._gazetteer, self._vocab, self.name_key, load_common_words())
        self._event_filter = EventFilter.load()
        self._article_filter = EventFilter.load(ARTICLE_FILTER_PATH)

    def model_versions(self) -> dict[str, str]:
        """The NER model (when one is installed), the gazetteer size and the rule set."""
        versions = {"ar-rules": RULES_VERSION, "ar-gazetteer": f"{len(self._gazetteer)} names"}
        if self._ner is not None:
            versions["ar-ner"] = self._ner.version
        if self._event_filter is not None:
            versions["ar-event-filter"] = self._event_filter.version
        if self._article_filter is not None:
            versions["ar-article-event-filter"] = self._article_filter.version
        return versions

    def use_ner(self, ner: ArabicNer | None) -> None:
        """Tag with ``ner`` (None: gazetteer and rules alone) instead of the shipped model; the NewsFANE fold
        estimates score a model trained without the held-out chunks through the real pipeline this way."""
        self._ner = ner

    def use_event_filter(self, event_filter: EventFilter | None) -> None:
        """Judge ASSAULT/PROTEST candidates of every text with ``event_filter`` (None: keep every rule candidate)
        instead of the shipped filters; cross-validation scores each fold's model through the real pipeline this
        way."""
        self._event_filter = event_filter
        self._article_filter = event_filter

    def use_shipped_event_filters(self) -> None:
        """Judge with the shipped filters again: the sentence filter for short texts, the article filter for
        articles."""
        self._event_filter = EventFilter.load()
        self._article_filter = EventFilter.load(ARTICLE_FILTER_PATH)

    def analyse(self, doc: Doc) -> None:
        """Tokens (proclitics split off) and sentences as token ranges."""
        doc.tokens = tokenize(doc.text, self._vocab)
        doc.sentences = sentences_of(doc.text, doc.tokens)

    def mentions(self, doc: Doc) -> list[Mention]:
        """Model, gazetteer and rule mentions (overlapping candidates; the entities stage resolves them)."""
        tags = None
        confidence = None
        # One gazetteer pass serves the tagger's features and the mention rules.
        listed = self._gazetteer.match(doc.tokens)
        if self._ner is not None and doc.tokens:
            tags, confidence = self._ner.tag_with_confidence(doc.tokens, listed)
            doc.annotations[_NER_TAGS] = tags
        return self._finder.find(doc, tags, confidence, listed)

    def name_key(self, text: str) -> str:
        """Normalised words without proclitics or the article: "وبيونغيانغ" and "بيونغيانغ" share a key."""
        return _name_key(text)

    def aliases(self, doc: Doc) -> list[Mention]:
        """Other forms of the names over the same text: a body with and without its generic head ("وكالة تسنيم" /
        "تسنيم") or its nationality, a place with and without its territory word, an office with its seat, a person
        after a title that is also a given name (:mod:`workers.lang.ar.aliases`)."""
        return name_aliases(doc, self.name_key, self._is_nationality)

    def _is_nationality(self, norm: str) -> bool:
        return "NORP" in self._gazetteer.word_types.get(norm, ())

    def dates(self, doc: Doc) -> list[TimeExpr]:
        """Temporal expressions resolved against the publication date."""
        return find_dates(doc.tokens, doc.text, doc.published_at)

    def quotes(self, doc: Doc) -> list[Quote]:
        """Direct quotes in any quotation marks and reported speech, with speakers as spans."""
        return find_quotes(doc)

    def events(self, doc: Doc) -> list[Event]:
        """PLOVER events with actors as spans, status, mode, context and location; ASSAULT/PROTEST candidates are
        judged by :meth:`event_filter_for` the text."""
        return find_events(doc, self.event_filter_for(doc))

    def event_filter_for(self, doc: Doc) -> EventFilter | None:
        """The filter that judges ``doc``'s ASSAULT/PROTEST candidates: the article filter in an article (at least
        ``ARTICLE_SENTENCES`` sentences), the sentence filter in a short text; None keeps every candidate."""
        if len(doc.sentences) >= ARTICLE_SENTENCES and self._article_filter is not None:
            return self._article_filter
        return self._event_filter


def sentences_of(text: str, tokens: list[Token]) -> list[Sentence]:
    """Sentences of ``text`` (:func:`split_sentences`) with the range of ``tokens`` each one holds."""
    starts = [t.start for t in tokens]
    out = []
    for start, end in split_sentences(text):
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        out.append(Sentence(start, end, first, last))
    return out


@lru_cache(maxsize=4096)
def _name_key(text: str) -> str:
    words = []
    for token in tokenize(text.replace("_", " ")):
        norm = token.norm.lower()
        if not norm[0].isalnum() or norm in PROCLITICS:
            continue
        if norm.startswith(("ال", "لل")) and len(norm) > 4:
            norm = norm[2:]
        if norm.endswith("يه") and len(norm) > 4:
            norm = norm[:-1]  # feminine nisba: "الكورية" and "الكوري" describe the same name
        words.append(norm)
    return " ".join(words)


def _load_ner() -> ArabicNer | None:
    """The CRF tagger when its model file is installed; without it the pack runs on gazetteer and rules alone."""
    try:
        return ArabicNer.load()
    except OSError:
        return None


def load_pack() -> ArabicPack:
    """Load the Arabic pack (gazetteers, lexicons and, when installed, the NER model)."""
    return ArabicPack()
