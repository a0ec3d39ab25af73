"""Khabar: stream workers that turn raw news articles into entities, quotes and PLOVER events."""

__version__ = "0.1.0"
