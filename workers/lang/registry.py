"""Which language packs exist, and loading them by language code."""

from __future__ import annotations

import importlib

from workers.lang.base import LanguagePack

# Code -> "module:factory". Importing lazily keeps start-up light when a deployment serves one language.
PACKS = {"ar": "workers.lang.ar.pack:load_pack", "en": "workers.lang.en.pack:load_pack"}


def supported_languages() -> tuple[str, ...]:
    """Language codes that have a pack."""
    return tuple(PACKS)


def load_pack(lang: str) -> LanguagePack:
    """Load the pack for ``lang`` (models included); raise ``KeyError`` for a language without one."""
    module_name, factory = PACKS[lang].split(":")
    pack: LanguagePack = getattr(importlib.import_module(module_name), factory)()
    return pack
