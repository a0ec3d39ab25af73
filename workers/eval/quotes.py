"""Quote scoring: content matched by word F1, then speakers checked on the matched pairs (data/README.md, "quotes")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workers.eval.matching import match_one_to_one
from workers.eval.metrics import Counts, f1, ratio
from workers.eval.names import any_actor_matches, name_words
from workers.eval.records import actor_candidates, entity_index, items

QUOTE_MATCH_THRESHOLD = 0.5


def word_f1(predicted: Sequence[str], gold: Sequence[str]) -> float:
    """F1 of the word multisets of two texts (each word counted as often as it occurs)."""
    common = sum((Counter(predicted) & Counter(gold)).values())
    if common == 0:
        return 0.0
    return f1(common / len(predicted), common / len(gold))


@dataclass(slots=True)
class QuoteCounts:
    """Matched quotes, and among them those whose speaker is right."""

    matched: Counts
    speaker_correct: int = 0

    def add(self, other: QuoteCounts) -> None:
        """Accumulate ``other`` into these counts."""
        self.matched.add(other.matched)
        self.speaker_correct += other.speaker_correct

    def scores(self) -> dict[str, Any]:
        """p/r/f1 of quote content, speaker accuracy over matched quotes, and attributed F1."""
        result = self.matched.scores()
        result["speaker_accuracy"] = ratio(self.speaker_correct, self.matched.tp)
        attributed = Counts(self.speaker_correct, self.matched.predicted, self.matched.gold).scores()
        result["attributed_f1"] = attributed["f1"]
        result["speaker_correct"] = self.speaker_correct
        return result


def _speaker_right(candidates: list[str], gold_speakers: list[str]) -> bool:
    """Whether a predicted speaker (its candidate names) is right for a gold quote.

    A gold quote without speaker names is right only when the prediction names no speaker either.
    """
    if not gold_speakers:
        return not candidates
    return any_actor_matches(candidates, gold_speakers)


def score_quotes(gold: Mapping[str, Any], prediction: Mapping[str, Any]) -> QuoteCounts:
    """Counts for one document: quotes matched one-to-one when the word F1 of their texts is at least 0.5.

    Among matchings with the most pairs, the one with the highest total word F1 is used (see ``matching``), so a
    speaker is judged against the gold quote whose content the prediction fits best.
    """
    entities = entity_index(prediction)
    golds = [
        (name_words(str(q.get("text") or "")), [str(s) for s in q.get("speaker") or []]) for q in items(gold, "quotes")
    ]
    preds = [
        (name_words(str(q.get("text") or "")), actor_candidates(_as_mapping(q.get("speaker")), entities))
        for q in items(prediction, "quotes")
    ]

    def quality(p: int, g: int) -> float | None:
        score = word_f1(preds[p][0], golds[g][0])
        return score if score >= QUOTE_MATCH_THRESHOLD else None

    pairs = match_one_to_one(len(preds), len(golds), quality)
    right = sum(1 for p, g in pairs if _speaker_right(preds[p][1], golds[g][1]))
    return QuoteCounts(Counts(len(pairs), len(preds), len(golds)), right)


def _as_mapping(value: object) -> Mapping[str, Any] | None:
    """``value`` when it is a mapping (a speaker object), else None."""
    return value if isinstance(value, Mapping) else None
