"""CoNLL-style scoring of BIO tag sequences: exact entity spans, precision, recall and F1 per class."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence


def spans(tags: Sequence[str], classes: Mapping[str, str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end exclusive, class) in a BIO sequence, types renamed through ``classes``.

    Types missing from ``classes`` are not scored. As in conlleval, an I- tag that does not continue an entity of
    its type opens a new one.
    """
    found: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if prefix == "I" and t == kind:
            continue
        if kind and kind in classes:
            found.add((start, i, classes[kind]))
        start, kind = (i, t) if prefix in ("B", "I") else (-1, "")
    return found


def score(
    gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]], classes: Mapping[str, str]
) -> dict[str, dict[str, float]]:
    """Per-class and micro precision, recall, F1 and support (gold count) over aligned sentences."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = spans(g, classes), spans(p, classes)
        for _, _, c in gs:
            n_gold[c] += 1
        for _, _, c in ps:
            n_pred[c] += 1
        for _, _, c in gs & ps:
            tp[c] += 1

    def prf(t: int, n_p: int, n_g: int) -> dict[str, float]:
        p = t / n_p if n_p else 0.0
        r = t / n_g if n_g else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": n_g}

    result = {c: prf(tp[c], n_pred[c], n_gold[c]) for c in sorted(set(classes.values()))}
    result["micro"] = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return result
