"""PLOVER events from English dependency parses (placeholder while the rules are written)."""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc

from workers.doc import Doc, Event
from workers.lang.en.analysis import QUOTE_MARKS, Analysis
from workers.lang.en.lexicon import Lexicon


class EventFinder:
    """Finds PLOVER events."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._cues = lexicon.cue_words()

    def worth_parsing(self, sdoc: SpacyDoc, first: int, last: int) -> bool:
        """Whether a sentence may hold an event."""
        return any(t.lower_ in self._cues or t.text in QUOTE_MARKS for t in sdoc[first:last])

    def find(self, doc: Doc, analysis: Analysis) -> list[Event]:
        """Events of ``doc``."""
        return []
