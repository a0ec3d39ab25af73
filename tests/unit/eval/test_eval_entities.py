"""Article-level entity scoring."""

from typing import Any

from workers.eval.entities import score_entities


def _gold(*entities: tuple[str, list[str]]) -> dict[str, Any]:
    return {"id": "d", "entities": [{"type": t, "names": names} for t, names in entities]}


def _pred(*entities: tuple[str, str, list[str]]) -> dict[str, Any]:
    return {
        "id": "d",
        "entities": [
            {"id": f"e{i}", "type": t, "name": name, "mentions": [{"text": m, "start": 0, "end": len(m)} for m in ms]}
            for i, (t, name, ms) in enumerate(entities)
        ],
    }


def _tuple(counts: Any) -> tuple[int, int, int]:
    return counts.tp, counts.predicted, counts.gold


def test_a_mention_matching_any_gold_name_is_a_hit() -> None:
    counts = score_entities(_gold(("PERSON", ["سيرغي شويغو", "شويغو"])), _pred(("PERSON", "X", ["لشويغو"])))
    assert _tuple(counts["PERSON"]) == (1, 1, 1)


def test_the_canonical_name_does_not_count_only_the_mention_texts() -> None:
    counts = score_entities(_gold(("ORG", ["وكالة تاس"])), _pred(("ORG", "وكالة تاس", ["تاس"])))
    assert _tuple(counts["ORG"]) == (0, 1, 1)


def test_a_duplicate_cluster_is_a_false_positive() -> None:
    counts = score_entities(
        _gold(("GPE", ["موسكو"])),
        _pred(("GPE", "موسكو", ["موسكو"]), ("GPE", "موسكو", ["بموسكو"])),
    )
    assert _tuple(counts["GPE"]) == (1, 2, 1)


def test_gpe_and_loc_are_one_type() -> None:
    counts = score_entities(_gold(("GPE", ["أوكرانيا"])), _pred(("LOC", "اوكرانيا", ["اوكرانيا"])))
    assert counts["GPE"].tp == 1


def test_gold_loc_matches_predicted_gpe() -> None:
    counts = score_entities(_gold(("LOC", ["سيناء"])), _pred(("GPE", "سيناء", ["سيناء"])))
    assert counts["GPE"].tp == 1


def test_a_type_mismatch_is_a_miss_and_a_false_positive() -> None:
    counts = score_entities(_gold(("ORG", ["يونهاب"])), _pred(("PERSON", "يونهاب", ["يونهاب"])))
    assert _tuple(counts["ORG"]) == (0, 0, 1)
    assert _tuple(counts["PERSON"]) == (0, 1, 0)


def test_unscored_predicted_types_are_ignored() -> None:
    counts = score_entities(
        _gold(("GPE", ["روسيا"])),
        _pred(("NORP", "روسي", ["الروسي"]), ("FAC", "X", ["X"]), ("MISC", "Y", ["Y"]), ("EVENT", "Z", ["Z"])),
    )
    assert sum(c.predicted for c in counts.values()) == 0


def test_containment_is_not_enough_for_entities() -> None:
    counts = score_entities(_gold(("PERSON", ["كيم جونغ أون"])), _pred(("PERSON", "كيم جونغ", ["كيم جونغ"])))
    assert counts["PERSON"].tp == 0


def test_one_cluster_covering_two_gold_entities_matches_only_one() -> None:
    counts = score_entities(
        _gold(("GPE", ["واشنطن"]), ("GPE", ["الولايات المتحدة"])),
        _pred(("GPE", "الولايات المتحدة", ["الولايات المتحدة", "واشنطن"])),
    )
    assert _tuple(counts["GPE"]) == (1, 1, 2)


def test_record_without_entities_scores_as_empty() -> None:
    counts = score_entities(_gold(("ORG", ["يونهاب"])), {"id": "d", "outcome": "lang_unsupported"})
    assert _tuple(counts["ORG"]) == (0, 0, 1)
