"""A tiny real bench run (3 articles per language, no broker) gives every figure the JSON promises."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import orjson
import pytest

from workers.bench.corpus import load_corpora, seed_corpus
from workers.bench.report import render
from workers.bench_data.build import ARABIC_WORDS
from workers.cli import main
from workers.compiled import status as compiled_status

ROOT = Path(__file__).resolve().parents[2]
SEED_WORDS = 381  # whitespace-separated words of the seed article, ../shared/seeds/000_0b3fa9cc17318718.txt

CORPUS_KEYS = {
    "lang", "source", "articles", "words", "words_per_article", "seconds", "articles_per_second", "words_per_second",
    "cpu_seconds", "articles_per_cpu_second", "words_per_cpu_second", "article_latency", "stage_seconds",
    "stage_share", "failed",
}
LATENCY_KEYS = {"count", "mean_ms", "p50_ms", "p95_ms", "p99_ms", "max_ms"}
PIPELINE_KEYS = {
    "pinned_core", "languages", "models", "load_seconds", "rss_after_load_bytes", "peak_rss_bytes", "corpora",
}
CEILING_KEYS = {
    "what", "model", "components", "lang", "batch_size", "batch_size_is_default", "pinned_core", "load_seconds",
    "articles", "words", "spacy_tokens",
    "seconds", "articles_per_second", "words_per_second", "cpu_seconds", "articles_per_cpu_second",
    "words_per_cpu_second", "peak_rss_bytes",
}
TARGET_KEYS = {"id", "what", "goal", "measured", "unit", "met"}


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``khabar bench --limit 3 --json`` on the shipped corpora (no seed, so the figures do not depend on ../shared)."""
    out = io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8")
    with contextlib.redirect_stdout(stdout):
        status = main(["bench", "--limit", "3", "--json", "--seed-dir", str(tmp_path_factory.mktemp("no-seed"))])
        stdout.flush()
    assert status == 0
    return orjson.loads(out.getvalue())


def test_tiny_run_has_every_top_level_key(tiny_run: dict[str, Any]) -> None:
    assert set(tiny_run) == {
        "khabar_version", "machine", "compiled", "corpora", "inprocess", "kafka", "seconds", "targets",
    }
    assert tiny_run["kafka"] is None


def test_tiny_run_says_which_build_of_the_arabic_modules_ran(tiny_run: dict[str, Any]) -> None:
    assert tiny_run["compiled"] == compiled_status()
    assert "Arabic modules: " in render(tiny_run)


def test_tiny_run_measures_both_languages_on_three_articles(tiny_run: dict[str, Any]) -> None:
    pipeline = tiny_run["inprocess"]["pipeline"]
    assert set(pipeline) == PIPELINE_KEYS
    assert set(pipeline["corpora"]) == {"ar", "en"}
    for figures in pipeline["corpora"].values():
        assert set(figures) == CORPUS_KEYS
        assert set(figures["article_latency"]) == LATENCY_KEYS
        assert figures["articles"] == 3
        assert figures["articles_per_second"] > 0
        assert figures["articles_per_cpu_second"] >= figures["articles_per_second"] * 0.9  # one core: CPU <= wall
        assert figures["failed"] == {}
        assert {"analyse", "entities", "quotes", "events"} <= set(figures["stage_share"])


def test_tiny_run_pins_to_one_core_and_reports_memory(tiny_run: dict[str, Any]) -> None:
    pipeline = tiny_run["inprocess"]["pipeline"]
    assert pipeline["pinned_core"] is not None
    assert pipeline["peak_rss_bytes"] >= pipeline["rss_after_load_bytes"] > 0
    assert set(pipeline["load_seconds"]) == {"ar", "en"}


def test_tiny_run_puts_spacy_sm_beside_english_with_default_and_tuned_batches(tiny_run: dict[str, Any]) -> None:
    ceilings = tiny_run["inprocess"]["ceilings"]
    assert set(ceilings) == {"en", "en-batch32"}
    assert [ceilings[k]["batch_size_is_default"] for k in ("en", "en-batch32")] == [True, False]
    for ceiling in ceilings.values():
        assert set(ceiling) == CEILING_KEYS
        assert ceiling["articles"] == 3
        assert {"tagger", "parser", "ner", "lemmatizer"} <= set(ceiling["components"])


def test_tiny_run_judges_every_in_process_target(tiny_run: dict[str, Any]) -> None:
    ids = [t["id"] for t in tiny_run["targets"]]
    assert ids == ["ar_rate", "en_over_spacy_sm", "en_over_spacy_sm_batch32", "worker_peak_rss"]
    assert all(set(t) == TARGET_KEYS and t["met"] in (True, False) for t in tiny_run["targets"])


def test_tiny_run_renders_as_tables(tiny_run: dict[str, Any]) -> None:
    text = render(tiny_run)
    assert "pipeline en" in text and "spaCy sm alone en" in text and "Targets" in text


def test_default_corpora_ship_three_hundred_articles_per_language() -> None:
    corpora = load_corpora([], ["ar", "en"])
    assert {name: len(c.messages) for name, c in corpora.items()} == {"ar": 300, "en": 300}
    arabic = corpora["ar"].words
    # Seed-sized: the speed target counts articles of the seed's length, so the corpus averages it.
    assert abs(sum(arabic) / len(arabic) - SEED_WORDS) < 5


def test_the_arabic_corpus_is_built_to_the_seed_articles_length() -> None:
    seed = seed_corpus(ROOT.parent / "shared" / "seeds", copies=1)
    if seed is None:
        pytest.skip("the seed article is only in development checkouts (../shared)")
    assert seed.words == (SEED_WORDS,) and ARABIC_WORDS == SEED_WORDS


def test_seed_figure_is_skipped_without_the_seed(tmp_path: Path) -> None:
    assert seed_corpus(tmp_path / "absent") is None
