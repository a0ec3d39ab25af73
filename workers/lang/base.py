"""What a language contributes to the pipeline: its analysis and its rules, behind one interface.

The stages in ``workers.stages`` own the language-independent work (grouping mentions into entities, linking speakers
and actors to entities, ids, ordering); a ``LanguagePack`` finds the language-specific candidates.
"""

from __future__ import annotations

from typing import Protocol

from workers.doc import Doc, Event, Mention, Quote, TimeExpr


class LanguagePack(Protocol):
    """The per-language part of the pipeline. Implementations are loaded once and are safe to reuse across articles."""

    lang: str

    def model_versions(self) -> dict[str, str]:
        """Names and versions of the models and resources this pack uses, for the record's provenance."""
        ...

    def analyse(self, doc: Doc) -> None:
        """Fill ``doc.tokens`` and ``doc.sentences`` (and any ``doc.annotations`` later steps reuse)."""
        ...

    def mentions(self, doc: Doc) -> list[Mention]:
        """Entity mentions in reading order; overlapping candidates allowed (the entities stage resolves them)."""
        ...

    def name_key(self, text: str) -> str:
        """A normalised key under which two surface forms of one name compare equal."""
        ...

    def aliases(self, doc: Doc) -> list[Mention]:
        """Other readings of the text an entity's mention covers ("تسنيم" in "وكالة تسنيم"), flagged ``alias``, each
        with ``coref`` the index in ``doc.mentions`` (resolved) of the mention it reads differently."""
        ...

    def dates(self, doc: Doc) -> list[TimeExpr]:
        """Temporal expressions, resolved against ``doc.published_at`` when it is known."""
        ...

    def quotes(self, doc: Doc) -> list[Quote]:
        """Direct and reported quotes; speakers as text spans (the quotes stage links them to entities)."""
        ...

    def events(self, doc: Doc) -> list[Event]:
        """PLOVER events with actors as text spans (the events stage links them to entities, dates and places)."""
        ...
