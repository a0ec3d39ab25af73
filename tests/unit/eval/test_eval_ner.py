"""Token-level NER scoring, CoNLL style."""

from typing import Any

import pytest

from workers.eval.ner import coarse_class, gold_spans, predicted_spans, score_ner, token_offsets

TOKENS = ["زار", "سيرغي", "شويغو", "كوريا", "الشمالية", "أمس"]
TEXT = " ".join(TOKENS)  # offsets: زار 0-3, سيرغي 4-9, شويغو 10-15, كوريا 16-21, الشمالية 22-30, أمس 31-34


def _record(*entities: tuple[str, list[tuple[int, int]]], text: str | None = TEXT) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "d",
        "entities": [
            {"id": f"e{i}", "type": t, "name": "", "mentions": [{"text": "", "start": s, "end": e} for s, e in spans]}
            for i, (t, spans) in enumerate(entities)
        ],
    }
    if text is not None:
        record["text"] = text
    return record


def _gold(tags: list[str]) -> dict[str, Any]:
    return {"id": "d", "tokens": TOKENS, "tags": tags}


GOLD_TAGS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "O"]


def test_token_offsets_follow_single_spaces() -> None:
    assert token_offsets(TOKENS, None)[:3] == [(0, 3), (4, 9), (10, 15)]


def test_token_offsets_realign_when_the_pipeline_cleaned_the_text() -> None:
    tokens = ["\u200fموسكو", "تعلن"]  # a right-to-left mark the pipeline removes
    assert token_offsets(tokens, "موسكو تعلن") == [(0, 5), (6, 10)]


def test_gold_spans_read_bio() -> None:
    assert gold_spans(GOLD_TAGS) == {("PERSON", 1, 3), ("LOC", 3, 5)}


def test_i_after_o_starts_a_chunk() -> None:
    assert gold_spans(["O", "I-ORG", "I-ORG"]) == {("ORG", 1, 3)}


def test_adjacent_b_tags_are_two_chunks() -> None:
    assert gold_spans(["B-PER", "B-PER"]) == {("PERSON", 0, 1), ("PERSON", 1, 2)}


def test_misc_is_not_scored() -> None:
    assert gold_spans(["B-MISC", "I-MISC"]) == set()


def test_fine_classes_need_the_map() -> None:
    tags = ["B-Population-Center", "O", "B-Politician", "I-Politician"]
    assert gold_spans(tags) == set()
    fine = {"Population-Center": "GPE", "Politician": "PER"}
    assert gold_spans(tags, fine.get) == {("LOC", 0, 1), ("PERSON", 2, 4)}


def test_adjacent_fine_chunks_stay_apart_after_mapping() -> None:
    fine = {"Nation": "GPE", "Population-Center": "GPE"}
    assert gold_spans(["B-Nation", "I-Population-Center"], fine.get) == {("LOC", 0, 1), ("LOC", 1, 2)}


def test_coarse_class_maps_gpe_and_fac_to_loc() -> None:
    assert coarse_class("GPE") == coarse_class("FAC") == coarse_class("LOC") == "LOC"


def test_malformed_tag_is_an_error() -> None:
    with pytest.raises(ValueError, match="BIO"):
        gold_spans(["PERS"])


def test_a_mention_labels_every_token_it_overlaps() -> None:
    # 5..12 covers part of سيرغي and part of شويغو.
    offsets = token_offsets(TOKENS, TEXT)
    assert predicted_spans(_record(("PERSON", [(5, 12)])), offsets) == {("PERSON", 1, 3)}


def test_exact_spans_score_fully() -> None:
    counts = score_ner(_gold(GOLD_TAGS), _record(("PERSON", [(4, 15)]), ("GPE", [(16, 30)])))
    assert (counts["PERSON"].tp, counts["LOC"].tp) == (1, 1)


def test_a_partial_span_is_both_a_miss_and_a_false_positive() -> None:
    counts = score_ner(_gold(GOLD_TAGS), _record(("PERSON", [(10, 15)])))
    assert (counts["PERSON"].tp, counts["PERSON"].predicted, counts["PERSON"].gold) == (0, 1, 1)


def test_wrong_class_on_the_right_span_does_not_count() -> None:
    counts = score_ner(_gold(GOLD_TAGS), _record(("ORG", [(4, 15)])))
    assert counts["PERSON"].tp == 0
    assert counts["ORG"].predicted == 1


def test_predicted_fac_counts_as_loc_and_misc_is_ignored() -> None:
    counts = score_ner(_gold(GOLD_TAGS), _record(("FAC", [(16, 30)]), ("MISC", [(0, 3)])))
    assert counts["LOC"].tp == 1
    assert sum(c.predicted for c in counts.values()) == 1


def test_a_nominal_mention_is_not_scored_as_a_name() -> None:
    # "زار" standing for the person (a description, not a name) must not become a PERSON span; the name still counts.
    record = _record(("PERSON", [(4, 15)]))
    record["entities"][0]["mentions"].append({"text": "زار", "start": 0, "end": 3, "nominal": True})
    counts = score_ner(_gold(GOLD_TAGS), record)
    assert (counts["PERSON"].tp, counts["PERSON"].predicted) == (1, 1)


def test_an_alias_mention_is_not_scored_beside_the_reading_it_overlaps() -> None:
    # The entity's own mention is "كوريا الشمالية"; an alias reading the span from "شويغو" on would win as the
    # leftmost-longest if it counted, and move the chunk's start.
    record = _record(("LOC", [(16, 30)]))
    record["entities"][0]["mentions"].append({"text": "شويغو كوريا الشمالية", "start": 10, "end": 30, "alias": True})
    offsets = token_offsets(TOKENS, TEXT)
    assert predicted_spans(record, offsets) == {("LOC", 3, 5)}


def test_overlapping_mentions_keep_the_leftmost_longest() -> None:
    offsets = token_offsets(TOKENS, TEXT)
    spans = predicted_spans(_record(("PERSON", [(10, 15), (4, 15)]), ("ORG", [(10, 21)])), offsets)
    assert spans == {("PERSON", 1, 3)}


def test_record_without_text_uses_the_joined_tokens() -> None:
    counts = score_ner(_gold(GOLD_TAGS), _record(("PERSON", [(4, 15)]), text=None))
    assert counts["PERSON"].tp == 1


def test_tokens_and_tags_must_align() -> None:
    with pytest.raises(ValueError, match="tags"):
        score_ner({"id": "d", "tokens": ["a", "b"], "tags": ["O"]}, {})
