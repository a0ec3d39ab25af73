"""The English language pack: spaCy's small English model plus the rules and lexicons of this package."""

from __future__ import annotations

from workers.doc import Doc, Event, Mention, Quote, TimeExpr
from workers.lang.en.analysis import analyse, get_analysis
from workers.lang.en.dates import find_dates
from workers.lang.en.events import EventFinder
from workers.lang.en.lexicon import Lexicon, lexicon_version, load_lexicon
from workers.lang.en.mentions import MentionFinder, name_key
from workers.lang.en.model import EnglishModel, load_model, spacy_version
from workers.lang.en.quotes import find_quotes


class EnglishPack:
    """The English :class:`~workers.lang.base.LanguagePack`. Load once (the model takes about a second) and reuse."""

    lang = "en"

    def __init__(self, model: EnglishModel, lexicon: Lexicon) -> None:
        self.model = model
        self.lexicon = lexicon
        self._mentions = MentionFinder(lexicon, model.nlp.make_doc)
        self._events = EventFinder(lexicon)

    def model_versions(self) -> dict[str, str]:
        """The spaCy model (name and version), the spaCy library, and a fingerprint of the English lexicons."""
        return {
            self.model.name: self.model.version,
            "spacy": spacy_version(),
            "khabar-en-lexicon": lexicon_version(),
        }

    def analyse(self, doc: Doc) -> None:
        """Tokens, sentences and names for the whole text; syntax only for the sentences that may hold an event."""
        analyse(doc, self.model.nlp, self._wants_parse)

    def _wants_parse(self, words: list[str]) -> bool:
        return self._events.worth_parsing(words)

    def mentions(self, doc: Doc) -> list[Mention]:
        """Names from the model, gazetteers and rules, plus titles that stand for a named person."""
        analysis = get_analysis(doc)
        return self._mentions.find(doc, analysis.ents, analysis.surface)

    def name_key(self, text: str) -> str:
        """Lower-cased, white space collapsed, without a leading "the " or a trailing "'s"."""
        return name_key(text)

    def aliases(self, doc: Doc) -> list[Mention]:
        """None: English names a body with its head word inside the name ("the Associated Press")."""
        return []

    def dates(self, doc: Doc) -> list[TimeExpr]:
        """Dates and relative time expressions, resolved against the publication date."""
        return find_dates(doc.text, doc.published_at)

    def quotes(self, doc: Doc) -> list[Quote]:
        """Direct quotes (any quotation-mark style) and reported speech, speakers resolved where the text allows."""
        return find_quotes(doc, get_analysis(doc).surface, self.lexicon)

    def events(self, doc: Doc) -> list[Event]:
        """PLOVER events from the parsed sentences."""
        return self._events.find(doc, get_analysis(doc))


def load_pack() -> EnglishPack:
    """Load the English pack (spaCy model and lexicons)."""
    return EnglishPack(load_model(), load_lexicon())
