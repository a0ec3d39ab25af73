"""The pipeline end to end, without a broker: records validate, offsets select their text, ids are deterministic."""

from __future__ import annotations

import gc
from typing import Any

import orjson
import pytest

from tests.support.articles import sample_articles, seed_article
from workers.deadletters import Origin
from workers.pipeline import COLLECTOR_THRESHOLDS, Enriched, Failed, Pipeline
from workers.records import decode_raw, offset_errors, schema_errors


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    p = Pipeline()
    p.preload()
    return p


def _enrich(pipeline: Pipeline, raw: dict[str, Any]) -> Enriched:
    result = pipeline.process(orjson.dumps(raw), Origin(file="test"))
    assert isinstance(result, Enriched), result.record if isinstance(result, Failed) else None
    return result


def _assert_valid(result: Enriched) -> None:
    assert list(schema_errors("enriched-article", result.record)) == []
    assert offset_errors(result.record) == []
    for plural, singular in (("entities", "entity"), ("quotes", "quote"), ("events", "event")):
        assert len(result.items[plural]) == len(result.record[plural])
        for item in result.items[plural]:
            assert list(schema_errors(f"{singular}-record", item)) == []


@pytest.mark.parametrize("raw", sample_articles(), ids=lambda a: a["id"])
def test_sample_article_record_and_items_validate(pipeline: Pipeline, raw: dict[str, Any]) -> None:
    result = _enrich(pipeline, raw)
    _assert_valid(result)
    assert result.record["outcome"] == "ok"
    assert result.record["entities"], "a news article names someone or somewhere"


def _seed(pipeline: Pipeline) -> dict[str, Any]:
    raw = seed_article()
    if raw is None:
        pytest.skip("../shared/seeds is not present")
    result = _enrich(pipeline, raw)
    _assert_valid(result)
    return result.record


def _names(record: dict[str, Any], entity_type: str) -> set[str]:
    return {m["text"] for e in record["entities"] if e["type"] == entity_type for m in e["mentions"]}


def test_seed_names_its_people_countries_and_agencies(pipeline: Pipeline) -> None:
    record = _seed(pipeline)
    assert {"شويغو", "كيم جونغ أون"} <= _names(record, "PERSON")
    assert {"كوريا الشمالية", "روسيا", "الولايات المتحدة", "واشنطن"} <= _names(record, "GPE") | _names(record, "LOC")
    orgs = " ".join(_names(record, "ORG"))
    assert "إنترفاكس" in orgs and "يونهاب" in orgs


def test_seed_direct_quotes_are_attributed_to_shoigu(pipeline: Pipeline) -> None:
    record = _seed(pipeline)
    shoigu = {e["id"] for e in record["entities"] if "شويغو" in e["name"]}
    direct = [q for q in record["quotes"] if q["kind"] == "direct" and q["text"].startswith(("لماذا لا", "بالطبع"))]
    assert len(direct) == 2
    assert all(q["speaker"] and q["speaker"]["entity_id"] in shoigu for q in direct)


def test_seed_has_events(pipeline: Pipeline) -> None:
    assert _seed(pipeline)["events"]


def test_loaded_packs_are_frozen_out_of_the_collectors_scans(pipeline: Pipeline) -> None:
    # The module's pipeline has loaded its packs: they sit in the permanent generation, and the young generation
    # is the larger one the pipeline sets.
    assert gc.get_freeze_count() > 50_000
    assert gc.get_threshold() == COLLECTOR_THRESHOLDS


def test_same_input_gives_the_same_record(pipeline: Pipeline) -> None:
    raw = sample_articles()[0]
    first, second = _enrich(pipeline, raw).record, _enrich(pipeline, raw).record
    for volatile in ("processed_at", "timings"):
        first.pop(volatile)
        second.pop(volatile)
    assert first == second


def test_unsupported_language_gets_an_empty_record_not_guesses(pipeline: Pipeline) -> None:
    raw = {"id": "de-1", "text": "Der russische Verteidigungsminister besuchte im Juli Pjöngjang und traf Kim Jong Un."}
    result = _enrich(pipeline, raw)
    _assert_valid(result)
    assert (result.record["lang"], result.record["outcome"]) == ("de", "lang_unsupported")
    assert result.record["entities"] == result.record["quotes"] == result.record["events"] == []


def test_html_article_is_reduced_to_its_main_text(pipeline: Pipeline) -> None:
    html = (
        "<html><body><nav>Home | World | Sport</nav><article><p>Russian Defense Minister Sergei Shoigu visited "
        "Pyongyang on Tuesday and met North Korean leader Kim Jong Un for talks on military cooperation, state media "
        "reported.</p></article><footer>Privacy policy</footer></body></html>"
    )
    result = _enrich(pipeline, {"id": "h1", "lang": "en", "html": html})
    _assert_valid(result)
    assert "Privacy policy" not in result.record["text"]
    assert "Pyongyang" in _names(result.record, "GPE")


def test_text_is_not_echoed_when_configured(pipeline: Pipeline) -> None:
    quiet = Pipeline(echo_text=False, _packs=pipeline._packs)
    result = _enrich(quiet, {"id": "q1", "lang": "en", "text": "Shoigu visited Pyongyang."})
    assert "text" not in result.record
    assert result.record["text_length"] == len("Shoigu visited Pyongyang.")


def test_invisible_controls_do_not_break_offsets(pipeline: Pipeline) -> None:
    raw = decode_raw(orjson.dumps({"id": "b1", "lang": "ar", "text": "وزار \u200fشويغو\u200f كوريا الشمالية."}), 10_000)
    result = pipeline.enrich(raw)
    _assert_valid(result)
    assert "\u200f" not in result.record["text"]


class _OffByOnePack:
    """The real Arabic pack with one defect: every mention it finds starts one character late."""

    def __init__(self, pack: Any) -> None:
        self._pack = pack
        self.lang = pack.lang

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pack, name)

    def mentions(self, doc: Any) -> Any:
        found = self._pack.mentions(doc)
        for m in found:
            m.start += 1
        return found


def test_output_validation_turns_a_broken_record_into_a_dead_letter(pipeline: Pipeline) -> None:
    broken = Pipeline(languages=("ar",), validate_output=True, _packs={"ar": _OffByOnePack(pipeline.pack("ar"))})
    result = broken.process(orjson.dumps({"id": "o1", "lang": "ar", "text": "وزار شويغو كوريا الشمالية."}), Origin())
    assert isinstance(result, Failed)
    assert (result.stage, result.error_class) == ("output", "OutputInvalid")
    assert list(schema_errors("dead-letter", result.record)) == []
    assert "is not the span's text" in result.record["error_message"]


def test_output_validation_passes_a_correct_record(pipeline: Pipeline) -> None:
    checked = Pipeline(languages=("ar",), validate_output=True, _packs={"ar": pipeline.pack("ar")})
    result = checked.process(orjson.dumps({"id": "o2", "lang": "ar", "text": "وزار شويغو كوريا الشمالية."}), Origin())
    assert isinstance(result, Enriched)


def test_seed_titles_standing_for_a_person_are_flagged_nominal(pipeline: Pipeline) -> None:
    record = _seed(pipeline)
    kim = next(e for e in record["entities"] if e["name"] == "كيم جونغ أون")
    by_text = {m["text"]: m.get("nominal", False) for m in kim["mentions"]}
    assert by_text["الزعيم الكوري الشمالي"] is True
    assert by_text["كيم جونغ أون"] is False
