"""Quote scoring: content by word F1 >= 0.5, speaker accuracy, attributed F1."""

from typing import Any

import pytest

from workers.eval.quotes import score_quotes, word_f1

GOLD_TEXT = "بلاده ستناقش إجراء تدريبات مشتركة مع بيونغيانغ"  # 7 words


def _gold(*quotes: tuple[str, list[str]]) -> dict[str, Any]:
    return {"id": "d", "quotes": [{"kind": "indirect", "text": t, "speaker": s} for t, s in quotes]}


def _pred(*quotes: tuple[str, dict[str, Any] | None], entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "id": "d",
        "entities": entities or [],
        "quotes": [
            {"id": f"q{i}", "kind": "indirect", "text": t, "start": 0, "end": 0, "cue": None, "speaker": s}
            for i, (t, s) in enumerate(quotes)
        ],
    }


def _speaker(text: str, entity_id: str | None = None) -> dict[str, Any]:
    return {"entity_id": entity_id, "text": text, "start": 0, "end": 0}


def test_word_f1_counts_repeated_words_once_each() -> None:
    assert word_f1(["a", "a", "b"], ["a", "b", "b"]) == pytest.approx(2 / 3)


def test_word_f1_of_disjoint_texts_is_zero() -> None:
    assert word_f1(["a"], ["b"]) == 0.0


def test_normalised_identical_text_matches() -> None:
    counts = score_quotes(
        _gold((GOLD_TEXT, ["شويغو"])), _pred(("«بلادُه ستناقش إجراء تدريبات مشتركة مع بيونغيانغ».", None))
    )
    assert counts.matched.tp == 1


def test_word_f1_exactly_half_matches() -> None:
    # 2 of 4 predicted words, 2 of 4 gold words: P = R = F1 = 0.5.
    counts = score_quotes(_gold(("a b c d", ["x"])), _pred(("a b e f", None)))
    assert counts.matched.tp == 1


def test_word_f1_below_half_does_not_match() -> None:
    # 2 of 5 predicted, 2 of 4 gold: F1 = 4/9 < 0.5.
    counts = score_quotes(_gold(("a b c d", ["x"])), _pred(("a b e f g", None)))
    assert counts.matched.tp == 0


def test_a_duplicate_quote_is_a_false_positive() -> None:
    counts = score_quotes(_gold((GOLD_TEXT, ["شويغو"])), _pred((GOLD_TEXT, None), (GOLD_TEXT, None)))
    assert (counts.matched.tp, counts.matched.predicted, counts.matched.gold) == (1, 2, 1)


def test_speaker_matches_by_word_containment() -> None:
    counts = score_quotes(_gold((GOLD_TEXT, ["شويغو"])), _pred((GOLD_TEXT, _speaker("وزير الدفاع سيرغي شويغو"))))
    assert counts.speaker_correct == 1


def test_speaker_resolved_through_its_entity() -> None:
    entity = {
        "id": "e1",
        "type": "PERSON",
        "name": "سيرغي شويغو",
        "mentions": [{"text": "شويغو", "start": 0, "end": 5}],
    }
    counts = score_quotes(
        _gold((GOLD_TEXT, ["شويغو"])), _pred((GOLD_TEXT, _speaker("الوزير", "e1")), entities=[entity])
    )
    assert counts.speaker_correct == 1


def test_unresolved_entity_id_falls_back_to_the_text() -> None:
    counts = score_quotes(_gold((GOLD_TEXT, ["شويغو"])), _pred((GOLD_TEXT, _speaker("الوزير", "e9"))))
    assert counts.speaker_correct == 0


def test_null_speaker_is_wrong() -> None:
    counts = score_quotes(_gold((GOLD_TEXT, ["شويغو"])), _pred((GOLD_TEXT, None)))
    assert (counts.matched.tp, counts.speaker_correct) == (1, 0)


def test_speaker_accuracy_and_attributed_f1() -> None:
    gold = _gold(("a b c d", ["كيم"]), ("e f g h", ["شويغو"]))
    pred = _pred(("a b c d", _speaker("كيم جونغ أون")), ("e f g h", _speaker("كيم")), ("x y z", _speaker("كيم")))
    scores = score_quotes(gold, pred).scores()
    assert scores["p"] == pytest.approx(2 / 3)
    assert scores["r"] == 1.0
    assert scores["speaker_accuracy"] == 0.5
    # Attributed: 1 right of 3 predicted and of 2 gold -> P 1/3, R 1/2, F1 0.4.
    assert scores["attributed_f1"] == pytest.approx(0.4)


def test_best_fitting_pair_decides_the_speaker() -> None:
    # The short prediction fits both gold quotes; pairing it by best word F1 links it to the shorter gold quote.
    gold = _gold(("a b c d e f", ["شويغو"]), ("a b c", ["كيم"]))
    pred = _pred(("a b c", _speaker("كيم")), ("a b c d e f", _speaker("شويغو")))
    assert score_quotes(gold, pred).speaker_correct == 2


def test_no_quotes_anywhere_gives_zero_scores() -> None:
    scores = score_quotes(_gold(), _pred()).scores()
    assert (scores["p"], scores["r"], scores["f1"], scores["speaker_accuracy"], scores["attributed_f1"]) == (
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
    )
