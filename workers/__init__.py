"""Khabar: stream workers that turn raw news articles into entities, quotes and PLOVER events."""

from workers.compiled import guard

__version__ = "0.1.0"

# Before any compiled module can be imported: a build older than its sources is set aside (workers.compiled).
guard()
