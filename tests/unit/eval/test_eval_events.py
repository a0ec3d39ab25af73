"""Event scoring: type among gold types, actors, events_scope, type-only scores."""

from typing import Any

from workers.eval.events import score_events


def _gold_event(types: list[str], source: list[str] | None, target: list[str] | None) -> dict[str, Any]:
    return {"types": types, "source": source, "target": target, "trigger": "t"}


def _actor(text: str, entity_id: str | None = None) -> dict[str, Any]:
    return {"entity_id": entity_id, "text": text, "start": 0, "end": 0}


def _pred_event(event_type: str, source: list[str], target: list[str]) -> dict[str, Any]:
    return {
        "id": "v",
        "type": event_type,
        "source": [_actor(s) for s in source],
        "target": [_actor(t) for t in target],
        "status": "asserted",
    }


def _counts(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    c = score_events(gold, pred)
    return (c.full.tp, c.full.predicted, c.full.gold), (c.type_only.tp, c.type_only.predicted, c.type_only.gold)


VISIT = _gold_event(["CONSULT"], ["شويغو", "روسيا"], ["كوريا الشمالية", "بيونغيانغ"])


def test_type_and_actors_match() -> None:
    gold = {"id": "d", "events": [VISIT]}
    pred = {"id": "d", "events": [_pred_event("CONSULT", ["وزير الدفاع سيرغي شويغو"], ["بيونغيانغ"])]}
    assert _counts(gold, pred) == ((1, 1, 1), (1, 1, 1))


def test_any_of_the_gold_types_is_accepted() -> None:
    gold = {"id": "d", "events": [_gold_event(["ASSAULT", "COERCE"], None, None)]}
    pred = {"id": "d", "events": [_pred_event("COERCE", [], [])]}
    assert _counts(gold, pred)[0] == (1, 1, 1)


def test_wrong_type_matches_nothing() -> None:
    gold = {"id": "d", "events": [VISIT]}
    pred = {"id": "d", "events": [_pred_event("AID", ["شويغو"], ["بيونغيانغ"])]}
    assert _counts(gold, pred) == ((0, 1, 1), (0, 1, 1))


def test_wrong_target_fails_actors_but_not_type_only() -> None:
    gold = {"id": "d", "events": [VISIT]}
    pred = {"id": "d", "events": [_pred_event("CONSULT", ["شويغو"], ["أوكرانيا"])]}
    assert _counts(gold, pred) == ((0, 1, 1), (1, 1, 1))


def test_missing_predicted_source_fails_when_gold_gives_one() -> None:
    gold = {"id": "d", "events": [VISIT]}
    pred = {"id": "d", "events": [_pred_event("CONSULT", [], ["بيونغيانغ"])]}
    assert _counts(gold, pred)[0] == (0, 1, 1)


def test_null_gold_source_and_target_are_not_checked() -> None:
    gold = {"id": "d", "events": [_gold_event(["ACCUSE"], ["واشنطن"], None)]}
    pred = {"id": "d", "events": [_pred_event("ACCUSE", ["الولايات المتحدة", "بحسب واشنطن"], ["أي شيء"])]}
    assert _counts(gold, pred)[0] == (1, 1, 1)


def test_one_of_several_predicted_actors_is_enough() -> None:
    gold = {"id": "d", "events": [_gold_event(["SUPPORT"], ["كيم"], ["روسيا", "موسكو"])]}
    pred = {"id": "d", "events": [_pred_event("SUPPORT", ["بكين", "كيم جونغ أون"], ["لموسكو"])]}
    assert _counts(gold, pred)[0] == (1, 1, 1)


def test_actor_resolved_through_its_entity() -> None:
    gold = {"id": "d", "events": [_gold_event(["AID"], ["كيم جونغ أون"], None)]}
    entity = {"id": "e1", "type": "PERSON", "name": "كيم جونغ أون", "mentions": []}
    event = _pred_event("AID", [], [])
    event["source"] = [_actor("الزعيم الكوري", "e1")]
    assert _counts(gold, {"id": "d", "entities": [entity], "events": [event]})[0] == (1, 1, 1)


def test_a_duplicate_event_is_a_false_positive() -> None:
    gold = {"id": "d", "events": [VISIT]}
    pred = {"id": "d", "events": [_pred_event("CONSULT", ["شويغو"], ["بيونغيانغ"])] * 2}
    assert _counts(gold, pred) == ((1, 2, 1), (1, 2, 1))


def test_matching_is_not_fooled_by_order() -> None:
    # Prediction 0 fits both gold events, prediction 1 only the first: both can be matched.
    gold = {
        "id": "d",
        "events": [
            _gold_event(["CONSULT"], ["شويغو", "روسيا"], ["كوريا الشمالية"]),
            _gold_event(["CONSULT"], ["روسيا"], ["كوريا الشمالية", "كيم"]),
        ],
    }
    pred = {
        "id": "d",
        "events": [
            _pred_event("CONSULT", ["روسيا"], ["كوريا الشمالية"]),
            _pred_event("CONSULT", ["شويغو"], ["كوريا الشمالية"]),
        ],
    }
    assert _counts(gold, pred)[0] == (2, 2, 2)


def test_events_scope_ignores_other_predicted_types() -> None:
    gold = {"id": "d", "events_scope": ["ASSAULT"], "events": []}
    pred = {"id": "d", "events": [_pred_event("PROTEST", [], []), _pred_event("ASSAULT", [], [])]}
    assert _counts(gold, pred) == ((0, 1, 0), (0, 1, 0))


def test_without_scope_every_predicted_type_counts() -> None:
    gold = {"id": "d", "events": []}
    pred = {"id": "d", "events": [_pred_event("PROTEST", [], []), _pred_event("ASSAULT", [], [])]}
    assert _counts(gold, pred)[0] == (0, 2, 0)


def test_no_events_anywhere_gives_zero_scores() -> None:
    scores = score_events({"id": "d", "events": []}, {"id": "d"}).scores()
    assert (scores["p"], scores["r"], scores["f1"], scores["type_only"]["f1"]) == (0.0, 0.0, 0.0, 0.0)
