"""The dates stage: temporal expressions found by the language pack, in reading order.

Resolution against the publication date is :func:`workers.text.calendar.resolve`, which packs call.
"""

from __future__ import annotations

from workers.doc import Doc
from workers.lang.base import LanguagePack


def run(doc: Doc, pack: LanguagePack) -> None:
    """Fill ``doc.dates`` with the pack's temporal expressions, in reading order."""
    doc.dates = sorted(pack.dates(doc), key=lambda d: (d.start, d.end))
