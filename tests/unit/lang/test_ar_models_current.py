"""The committed Arabic models were trained on what their scripts build today.

A change to tokens, gazetteers, features or mention rules changes what `make train-ar-ner` and
`make train-ar-event-filter` feed the trainer; the committed files then no longer match a rebuild, and every figure
measured with them describes a model nobody can rebuild (it happened twice before these tests). Each model's metadata
records a digest of its training input; these tests build the input again and compare.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from tests.support.articles import SHARED
from workers.eval.scorer import read_gold
from workers.lang.ar.gazetteer import Gazetteer
from workers.lang.ar.lexicon import filter_model
from workers.lang.ar.lexicon.event_filter import ARTICLE_FILTER_PATH, FILTER_PATH
from workers.lang.ar.ner import MODEL_PATH
from workers.lang.ar.newsfane import DEFAULT_PATH as NEWSFANE
from workers.lang.ar.pack import ArabicPack
from workers.lang.ar.train_ner import GOLD_DIR, input_sha256, sha256, training_set

EVENT_SENTENCES = SHARED / "data" / "ar" / "event-sentences.dev.jsonl"
REBUILD = "the committed model no longer matches its training script: run `{}` and commit the result"


def metadata(model: Path) -> dict[str, Any]:
    meta: dict[str, Any] = orjson.loads(model.with_suffix(".json").read_bytes())
    return meta


@pytest.fixture(scope="module")
def unfiltered_pack() -> ArabicPack:
    """The pack as the filter's trainer runs it: every stage, no event filter."""
    pack = ArabicPack()
    pack.use_event_filter(None)
    return pack


@pytest.mark.parametrize("model", [MODEL_PATH, FILTER_PATH, ARTICLE_FILTER_PATH], ids=["ner", "sentences", "articles"])
def test_the_metadata_names_the_committed_model_file(model: Path) -> None:
    assert metadata(model)["model_sha256"] == sha256(model)


@pytest.mark.skipif(not NEWSFANE.is_file(), reason="needs ../shared (NewsFANE)")
def test_the_ner_model_was_trained_on_what_train_ar_ner_builds_today() -> None:
    meta = metadata(MODEL_PATH)
    xs, ys, _, _ = training_set(NEWSFANE, meta["gold"]["files"], Gazetteer.load())
    assert input_sha256(xs, ys) == meta["data"]["training_input_sha256"], REBUILD.format("make train-ar-ner")


@pytest.mark.skipif(not EVENT_SENTENCES.is_file(), reason="needs ../shared (the event sentences)")
def test_the_sentence_event_filter_was_trained_on_what_its_script_builds_today(unfiltered_pack: ArabicPack) -> None:
    items = filter_model.judged_sentences(read_gold(EVENT_SENTENCES), unfiltered_pack)
    expected = metadata(FILTER_PATH)["training_input_sha256"]
    assert filter_model.input_sha256(items) == expected, REBUILD.format("make train-ar-event-filter")


def test_the_article_event_filter_was_trained_on_what_its_script_builds_today(unfiltered_pack: ArabicPack) -> None:
    meta = metadata(ARTICLE_FILTER_PATH)
    articles = [doc for name in meta["articles"] for doc in read_gold(GOLD_DIR / name)]
    items = filter_model.judged_articles(articles, unfiltered_pack)
    expected = meta["training_input_sha256"]
    assert filter_model.input_sha256(items) == expected, REBUILD.format("make train-ar-event-filter")
