"""Build the Arabic event filter (``event_filter.crfsuite`` + ``event_filter.json``) from judged sentences.

    python -m workers.lang.ar.lexicon.train_event_filter ../shared/data/ar/event-sentences.dev.jsonl

The input is gold-format JSON Lines with ``events_scope`` (one type per sentence) and ``events`` (non-empty when an
event of that type happened): the ASSAULT/PROTEST sentences of openeventdata/arabic_event_gsr (MIT licence). Each
sentence is analysed by the Arabic pack with the filter off; its first rule candidate of the judged type (or the
sentence alone when the rules find none) becomes one training example. The script prints a five-fold
cross-validation of the whole path (rules + filter) before training on everything, and writes the scores into the
metadata so that what the model is worth stays next to it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

import orjson
import pycrfsuite

from workers.doc import Doc
from workers.lang.ar.events import FILTER_PATH, filter_examples
from workers.lang.ar.pack import ArabicPack
from workers.stages import dates, entities

C1 = 0.1  # L1 keeps the model small (about 0.7 MB) at no measurable cost in cross-validation
C2 = 1.0
THRESHOLD = 0.15
FOLDS = 5
ITERATIONS = 300


def examples(path: Path, pack: ArabicPack) -> list[tuple[dict[str, float], bool, bool]]:
    """(features, has a rule candidate, judged positive) for each judged sentence of ``path``."""
    out = []
    with path.open("rb") as f:
        for line in f:
            if not line.strip():
                continue
            gold = orjson.loads(line)
            scope = gold.get("events_scope") or []
            if len(scope) != 1:
                continue
            doc = Doc(text=gold["text"], lang="ar")
            pack.analyse(doc)
            entities.run(doc, pack)
            dates.run(doc, pack)
            positive = bool(gold.get("events"))
            for features in filter_examples(doc, scope[0])[:1]:
                has_candidate = f"{scope[0]}:cand" in features
                out.append((features, has_candidate, positive))
    return out


def train(items: list[tuple[dict[str, float], bool, bool]], model: Path) -> None:
    """Fit the logistic model on ``items`` and write it to ``model``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for features, _, positive in items:
        trainer.append([features], ["Y" if positive else "N"])
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS})
    trainer.train(str(model))


def cross_validate(items: list[tuple[dict[str, float], bool, bool]]) -> dict[str, float]:
    """Precision, recall and F1 of rules + filter on held-out folds (an event is emitted for a sentence when it
    has a rule candidate that the filter keeps)."""
    order = list(range(len(items)))
    random.Random(0).shuffle(order)  # noqa: S311 - a reproducible fold split, not a secret
    tp = fp = 0
    positives = sum(1 for _, _, y in items if y)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "fold.crfsuite"
        for fold in range(FOLDS):
            held = set(order[fold::FOLDS])
            train([items[i] for i in range(len(items)) if i not in held], model)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            for i in held:
                features, has_candidate, positive = items[i]
                tagger.set([features])
                if has_candidate and tagger.marginal("Y", 0) >= THRESHOLD:
                    tp, fp = (tp + 1, fp) if positive else (tp, fp + 1)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / positives if positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def main(argv: list[str] | None = None) -> int:
    """Build the filter from the judged sentences named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sentences", type=Path, help="gold JSON Lines with events_scope (ASSAULT/PROTEST sentences)")
    parser.add_argument("--out", type=Path, default=FILTER_PATH)
    args = parser.parse_args(argv)
    pack = ArabicPack()
    items = examples(args.sentences, pack)
    scores = cross_validate(items)
    print(f"{len(items)} sentences; {FOLDS}-fold cross-validation (rules + filter): {scores}", file=sys.stderr)
    train(items, args.out)
    meta: dict[str, Any] = {
        "version": f"ar-event-filter-{dt.date.today().isoformat()}",
        "types": ["ASSAULT", "PROTEST"],
        "threshold": THRESHOLD,
        "c1": C1,
        "c2": C2,
        "sentences": len(items),
        "cross_validation": scores,
        "training_data": "openeventdata/arabic_event_gsr ASSAULT and PROTEST sentences (MIT licence)",
    }
    args.out.with_suffix(".json").write_bytes(orjson.dumps(meta, option=orjson.OPT_INDENT_2) + b"\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
