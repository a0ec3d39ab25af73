"""Training pieces of the Arabic event filter: judged sentences as examples, fitting, scoring, the threshold.

A judged sentence (gold JSON Lines with one ``events_scope`` type) is analysed exactly as the pipeline analyses an
article, up to the events stage; each rule candidate of the judged type becomes one example labelled with the
sentence's judgement. The filter is a logistic model (python-crfsuite with one-item sequences: L-BFGS with L1 and
L2 penalties). A sentence counts as reporting the event when its most probable candidate reaches the threshold,
which is chosen by cross-validation inside the training data, never on the data being scored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pycrfsuite

from workers.doc import Doc
from workers.eval.scorer import gold_to_raw
from workers.lang.ar.events import filter_examples
from workers.lang.ar.lexicon.folds import assign_folds
from workers.lang.ar.pack import ArabicPack
from workers.pipeline import EXTRACTION_STAGES
from workers.records import decode_raw
from workers.text.normalise import clean_text

TYPES = ("ASSAULT", "PROTEST")
MAX_BYTES = 1 << 30  # judged sentences are short; no message limit applies to training data
C1 = 0.0  # no L1: every cue may matter a little; L2 alone keeps the weights small
C2 = 10.0  # strong L2: the judged sentences are few and their labels noisy
ITERATIONS = 300
INNER_FOLDS = 4
INNER_REPEATS = 3
THRESHOLDS = tuple(round(0.05 + 0.025 * k, 3) for k in range(31))  # 0.05 .. 0.80


@dataclass(frozen=True, slots=True)
class Judged:
    """One judged sentence: its type, its label, and one feature dict per rule candidate of that type."""

    text: str
    event_type: str
    positive: bool
    examples: tuple[dict[str, float], ...]


def prepared(gold: Mapping[str, Any], pack: ArabicPack) -> Doc:
    """The gold document analysed as the pipeline analyses it, every stage up to (not including) events."""
    raw = decode_raw(orjson.dumps(gold_to_raw(gold)), MAX_BYTES)
    doc = Doc(text=clean_text(raw.text or ""), lang="ar", published_at=raw.published_date)
    pack.analyse(doc)
    for name, run in EXTRACTION_STAGES:
        if name != "events":
            run(doc, pack)
    return doc


def judged_sentences(gold_docs: Sequence[Mapping[str, Any]], pack: ArabicPack) -> list[Judged]:
    """A :class:`Judged` for every gold document judged for exactly one type."""
    out = []
    for gold in gold_docs:
        scope = gold.get("events_scope") or []
        if len(scope) != 1:
            raise ValueError(f"document {gold.get('id')!r}: events_scope must name one type")
        doc = prepared(gold, pack)
        event_type = str(scope[0])
        examples = tuple(features for _, _, features in filter_examples(doc, event_type))
        out.append(Judged(str(gold.get("text") or ""), event_type, bool(gold.get("events")), examples))
    return out


def judged_articles(gold_docs: Sequence[Mapping[str, Any]], pack: ArabicPack) -> list[Judged]:
    """Sentences of gold articles (all their events annotated) as judged examples: for each type the filter knows,
    every sentence with a rule candidate of that type, labelled by whether a gold event of that type has its trigger
    in the sentence."""
    out = []
    for gold in gold_docs:
        doc = prepared(gold, pack)
        text = doc.text
        for event_type in TYPES:
            spans = _trigger_spans(text, gold, event_type)
            by_sentence: dict[tuple[int, int], list[dict[str, float]]] = {}
            for start, end, features in filter_examples(doc, event_type):
                by_sentence.setdefault((start, end), []).append(features)
            for (start, end), examples in by_sentence.items():
                positive = any(start <= at < end for at in spans)
                out.append(Judged(text[start:end], event_type, positive, tuple(examples)))
    return out


def _trigger_spans(text: str, gold: Mapping[str, Any], event_type: str) -> list[int]:
    """Where the triggers of the gold events of ``event_type`` stand in ``text``: the gold gives words, not offsets,
    so each event takes the first whole-word occurrence of its trigger that no earlier event of the same trigger
    took ("هجوم" is not in "هجوما")."""
    at: list[int] = []
    taken: dict[str, int] = {}
    for event in gold.get("events") or []:
        if event_type not in (event.get("types") or []):
            continue
        trigger = str(event.get("trigger") or "").split(" ... ")[0].strip()
        if not trigger:
            continue
        places = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(trigger)}(?!\w)", text)]
        n = taken.get(trigger, 0)
        if n < len(places):
            at.append(places[n])
            taken[trigger] = n + 1
    return at


def input_sha256(items: Sequence[Judged]) -> str:
    """Hex SHA-256 of the filter's training input (each item's label and feature dicts, in order): equal inputs
    train byte-identical filters."""
    h = hashlib.sha256()
    for item in items:
        h.update(orjson.dumps([item.event_type, item.positive, item.examples]))
    return h.hexdigest()


def fit(items: Sequence[Judged], model: Path, threshold: float, extra: Mapping[str, Any] | None = None) -> None:
    """Fit the filter on ``items`` and write it to ``model`` with its metadata (``model`` with ``.json``)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for item in items:
        for features in item.examples:
            trainer.append([features], ["Y" if item.positive else "N"])
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS})
    trainer.train(str(model))
    # The version names the model's bytes, so a record says which filter judged it, not only the day it was built.
    sha = hashlib.sha256(model.read_bytes()).hexdigest()
    meta: dict[str, Any] = {
        "version": f"ar-event-filter-{dt.date.today().isoformat()}-{sha[:8]}",
        "model_sha256": sha,
        "types": list(TYPES),
        "threshold": threshold,
        "c1": C1,
        "c2": C2,
        "sentences": len(items),
        # What the trainer was given, so a test can tell when the committed filter no longer matches its script.
        "training_input_sha256": input_sha256(items),
        **(extra or {}),
    }
    model.with_suffix(".json").write_bytes(orjson.dumps(meta, option=orjson.OPT_INDENT_2) + b"\n")


def probabilities(model: Path, items: Sequence[Judged]) -> list[float]:
    """For each item, the highest probability the model gives one of its candidates (0 without candidates)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    out = []
    for item in items:
        best = 0.0
        for features in item.examples:
            tagger.set([features])
            best = max(best, float(tagger.marginal("Y", 0)))
        out.append(best)
    return out


def f1_at(probs: Sequence[float], items: Sequence[Judged], threshold: float) -> float:
    """Sentence-level F1 when a sentence with a candidate at or over ``threshold`` counts as reporting its event."""
    tp = sum(1 for p, it in zip(probs, items, strict=True) if it.examples and p >= threshold and it.positive)
    predicted = sum(1 for p, it in zip(probs, items, strict=True) if it.examples and p >= threshold)
    positives = sum(1 for it in items if it.positive)
    return 2 * tp / (predicted + positives) if predicted + positives else 0.0


def inner_threshold(items: Sequence[Judged], groups: Sequence[int], folds: int = INNER_FOLDS) -> float:
    """The threshold with the best F1 over out-of-fold probabilities inside ``items`` (a training set), averaged
    over :data:`INNER_REPEATS` different splits: one split's curve is too ragged to pick from."""
    strata = [(it.event_type, it.positive) for it in items]
    scores = [0.0] * len(THRESHOLDS)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "inner.crfsuite"
        for repeat in range(INNER_REPEATS):
            fold_of = assign_folds(strata, groups, folds, seed=1 + repeat)
            probs = [0.0] * len(items)
            for fold in range(folds):
                train = [it for it, f in zip(items, fold_of, strict=True) if f != fold]
                held = [k for k, f in enumerate(fold_of) if f == fold]
                fit(train, model, threshold=0.5)
                for k, p in zip(held, probabilities(model, [items[k] for k in held]), strict=True):
                    probs[k] = p
            for n, t in enumerate(THRESHOLDS):
                scores[n] += f1_at(probs, items, t) / INNER_REPEATS
    # Ties go to the middle of the best plateau: the least sensitive choice.
    best = max(scores)
    plateau = [t for t, s in zip(THRESHOLDS, scores, strict=True) if s >= best - 1e-9]
    return plateau[len(plateau) // 2]
