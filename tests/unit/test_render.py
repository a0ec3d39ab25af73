"""The readable report of an enriched record."""

from __future__ import annotations

import json

from workers.records import schema_dir
from workers.render import render_record


def test_report_lists_entities_quotes_with_speakers_and_events() -> None:
    record = json.loads((schema_dir() / "examples/enriched-article/valid/english-short.json").read_text())
    assert render_record(record).splitlines() == [
        "■ a-1  [en, ok]",
        "  PERSON  Sergei Shoigu ×2",
        "  GPE     Pyongyang",
        "  QUOTE   Sergei Shoigu: “We are neighbours,”",
        "  EVENT   CONSULT/visit: Sergei Shoigu → Pyongyang  «visited» @2023-07",
    ]


def test_unsupported_language_says_it_was_not_analysed() -> None:
    record = json.loads((schema_dir() / "examples/enriched-article/valid/unsupported-language.json").read_text())
    assert render_record(record).splitlines()[1] == "  (language not analysed)"
