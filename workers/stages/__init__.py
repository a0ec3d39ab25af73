"""Extraction stages: pure functions over a ``Doc`` and a ``LanguagePack``; no I/O, no Kafka."""
