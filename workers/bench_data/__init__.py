"""Default corpora for ``khabar bench`` (raw-article JSON Lines) and the script that builds them; see PROVENANCE.md."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
DEFAULT_CORPORA = {"ar": DATA_DIR / "ar-event-sentences.jsonl", "en": DATA_DIR / "en-voa.jsonl"}
