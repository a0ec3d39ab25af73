"""Article-level entity scoring: predicted clusters against gold entities (data/README.md, "entities")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workers.eval.matching import match_one_to_one
from workers.eval.metrics import Counts
from workers.eval.names import normalise_name, norms_match
from workers.eval.records import items, mention_texts

# GPE and LOC count as one type; the merged class is reported as "GPE" because gold entities use that label.
ENTITY_CLASSES = ("PERSON", "ORG", "GPE")
_CLASS_OF_TYPE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE"}


def entity_class(entity_type: object) -> str | None:
    """The scored class of an entity type (GPE and LOC merge), or None for types that are not scored."""
    return _CLASS_OF_TYPE.get(str(entity_type).upper()) if entity_type is not None else None


def _clusters(entities: list[Mapping[str, Any]], names_of: str | None) -> list[tuple[str, list[str]]]:
    """(class, normalised names) of each scored entity; ``names_of`` is the gold key, or None for predictions."""
    clusters: list[tuple[str, list[str]]] = []
    for entity in entities:
        cls = entity_class(entity.get("type"))
        if cls is None:
            continue
        raw = [str(n) for n in entity.get(names_of) or []] if names_of else mention_texts(entity)
        clusters.append((cls, [n for n in (normalise_name(r) for r in raw) if n]))
    return clusters


def score_entities(gold: Mapping[str, Any], prediction: Mapping[str, Any]) -> dict[str, Counts]:
    """Per-class counts for one document.

    A predicted entity matches at most one gold entity, when their classes agree and one of its mention texts matches
    one of the gold names under the strict name rule. Its canonical name does not count: the data README scores the
    text the system found, not a name it chose for the entity.
    """
    golds = _clusters(items(gold, "entities"), "names")
    preds = _clusters(items(prediction, "entities"), None)

    def quality(p: int, g: int) -> float | None:
        p_cls, p_names = preds[p]
        g_cls, g_names = golds[g]
        if p_cls != g_cls:
            return None
        return 1.0 if any(norms_match(a, b) for a in p_names for b in g_names) else None

    counts = {cls: Counts() for cls in ENTITY_CLASSES}
    for cls, _ in preds:
        counts[cls].predicted += 1
    for cls, _ in golds:
        counts[cls].gold += 1
    for p, _ in match_one_to_one(len(preds), len(golds), quality):
        counts[preds[p][0]].tp += 1
    return counts
