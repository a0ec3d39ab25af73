"""Whole-pipeline Arabic NER on a NewsFANE fold the tagger never trained on (development only; needs ../shared).

    python -m workers.lang.ar.ner_folds [--fold K] [--errors N] [--no-model]

Fold 9 is the shipped split (``train_ner.split``) and uses the shipped model. Any other fold holds out chunks K,
K + 10, ... and trains a CRF on the rest, with the shipped hyper-parameters and the same gold articles added
(cached under /tmp, keyed by fold and model), so the pipeline's rules can be checked on text the rules were not
tuned on. Each held-out chunk is run
through the real pipeline (``Pipeline.enrich``) and scored by ``workers.eval.ner`` exactly as ``khabar eval`` does.
``--errors`` prints the false positives and misses by mention source, to see which rule costs what.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import orjson

from workers.eval.metrics import Counts, per_class_scores
from workers.eval.ner import NER_CLASSES, Span, gold_spans, predicted_spans, score_ner, token_offsets
from workers.eval.scorer import gold_to_raw
from workers.lang.ar.gazetteer import Gazetteer
from workers.lang.ar.ner import MODEL_PATH, ArabicNer
from workers.lang.ar.newsfane import DEFAULT_PATH, Sentence, load_sentences
from workers.lang.ar.pack import ArabicPack
from workers.lang.ar.train_ner import DEV_EVERY, evaluate, split, train, with_gold
from workers.pipeline import Enriched, Pipeline
from workers.records import decode_raw

CACHE = Path(tempfile.gettempdir())


def gold_docs(chunks: list[list[Sentence]], fold: int) -> list[dict[str, Any]]:
    """One gold document (tokens, coarse BIO tags) per held-out chunk, as ``khabar eval`` reads them."""
    return [
        {
            "id": f"newsfane-f{fold}-{i:03d}",
            "lang": "ar",
            "tokens": [t for s in chunk for t in s.tokens],
            "tags": [t for s in chunk for t in s.tags],
        }
        for i, chunk in enumerate(chunks)
    ]


def fold_model(fold: int, train_chunks: list[list[Sentence]], gazetteer: Gazetteer) -> Path:
    """The shipped model for the shipped fold; otherwise a model trained on ``train_chunks`` (cached)."""
    if fold == DEV_EVERY - 1:
        return MODEL_PATH
    meta = orjson.loads(MODEL_PATH.with_suffix(".json").read_bytes())
    params = {k: float(meta["hyper_params"][k]) for k in ("c1", "c2", "minfreq")}
    path = CACHE / f"khabar-ner-fold{fold}-{meta['model_sha256'][:8]}.crfsuite"
    if not path.exists():
        # The shipped model's training data, less the fold: NewsFANE's other chunks and the same gold articles.
        xs, ys, _ = with_gold(train_chunks, meta.get("gold", {}).get("files", []), gazetteer)
        seconds = train(xs, ys, params, path)
        print(f"trained fold {fold} model in {seconds:.0f} s: {path}")
    return path


def _mention_spans(record: dict[str, Any], offsets: list[tuple[int, int] | None]) -> dict[Span, str]:
    """Scored span → the source of the mention that produced it (for the error listing)."""
    out: dict[Span, str] = {}
    for entity in record.get("entities") or []:
        for mention in entity.get("mentions") or []:
            one = {"entities": [{"type": entity["type"], "mentions": [mention]}]}
            for span in predicted_spans(one, offsets):
                out.setdefault(span, str(mention.get("source")))
    return out


def run(fold: int, errors: int, with_model: bool) -> dict[str, Any]:
    """Score the CRF alone and the whole pipeline on ``fold``; print errors by source when asked."""
    gazetteer = Gazetteer.load()
    train_chunks, dev_chunks = split(load_sentences(DEFAULT_PATH), fold)
    path = fold_model(fold, train_chunks, gazetteer)
    # Scored as the pipeline is (facilities count as LOC), so the two lines compare like with like.
    crf = evaluate(path, dev_chunks, gazetteer)["as_eval"]
    pipeline = Pipeline(echo_text=True, time_budget_seconds=None, max_message_bytes=1 << 30)
    pack = pipeline.pack("ar")
    assert isinstance(pack, ArabicPack)
    ner: ArabicNer | None = None
    if with_model:
        ner = ArabicNer(path, path.name, gazetteer)
    pack.use_ner(ner)
    totals: dict[str, Counts] = {}
    fp: Counter[tuple[str, str]] = Counter()
    fn: Counter[str] = Counter()
    shown = 0
    for gold in gold_docs(dev_chunks, fold):
        result = pipeline.enrich(decode_raw(orjson.dumps(gold_to_raw(gold)), 1 << 30))
        assert isinstance(result, Enriched)
        record = result.record
        for cls, counts in score_ner(gold, record).items():
            totals.setdefault(cls, Counts()).add(counts)
        if errors:
            tokens = gold["tokens"]
            offsets = token_offsets(tokens, record.get("text"))
            golds = gold_spans(gold["tags"])
            preds = predicted_spans(record, offsets)
            sources = _mention_spans(record, offsets)
            for span in sorted(preds - golds, key=lambda s: s[1]):
                source = sources.get(span, "?")
                fp[(span[0], source)] += 1
                if shown < errors:
                    near = [g for g in golds if g[1] < span[2] and span[1] < g[2]]
                    print(f"FP {span[0]:6} {source:9} {' '.join(tokens[span[1] : span[2]])!r} gold={near}")
                    shown += 1
            for span in sorted(golds - preds, key=lambda s: s[1]):
                fn[span[0]] += 1
                if shown < errors:
                    near = [p for p in preds if p[1] < span[2] and span[1] < p[2]]
                    print(f"FN {span[0]:6} {' '.join(tokens[span[1] : span[2]])!r} predicted={near}")
                    shown += 1
    pipe = per_class_scores(totals, NER_CLASSES)
    if errors:
        print("false positives by (class, source):", dict(fp.most_common()))
        print("misses by class:", dict(fn))
    return {"fold": fold, "chunks": len(dev_chunks), "crf": crf, "pipeline": pipe}


def main(argv: list[str] | None = None) -> None:
    """Print the CRF-alone and whole-pipeline scores of one fold."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fold", type=int, default=DEV_EVERY - 1, help=f"held-out chunk residue, 0..{DEV_EVERY - 1}")
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors and the error counts by source")
    parser.add_argument("--no-model", action="store_true", help="the pipeline without the CRF (gazetteer and rules)")
    args = parser.parse_args(argv)
    out = run(args.fold, args.errors, not args.no_model)
    print(f"fold {out['fold']} ({out['chunks']} chunks)")
    for name in ("crf", "pipeline"):
        table = out[name]
        row = " | ".join(
            f"{cls} P {s.get('precision', s.get('p', 0)):.3f} R {s.get('recall', s.get('r', 0)):.3f} F1 {s['f1']:.3f}"
            for cls, s in table.items()
        )
        print(f"  {name:8} {row}")


if __name__ == "__main__":
    main()
