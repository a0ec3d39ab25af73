"""Build the shipped Arabic event filter (``event_filter.crfsuite`` + ``event_filter.json``) from judged sentences.

    python -m workers.lang.ar.lexicon.train_event_filter ../shared/data/ar/event-sentences.dev.jsonl

The input is gold-format JSON Lines with ``events_scope`` (one type per sentence) and ``events`` (non-empty when an
event of that type happened): the ASSAULT/PROTEST sentences of openeventdata/arabic_event_gsr (MIT licence). The
script first cross-validates the whole path (:mod:`workers.lang.ar.lexicon.crossval_events`: rules, filter,
pipeline and scorer, folds held out), then picks the threshold by cross-validation on all sentences, trains on all
of them and writes the cross-validated scores into the metadata, so that what the model is worth on unseen text
stays next to it. Scores measured with the shipped model on its own training sentences are in-sample.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workers.eval.scorer import read_gold
from workers.lang.ar.lexicon.crossval_events import FOLDS, cross_validate, folds_of, format_report
from workers.lang.ar.lexicon.event_filter import FILTER_PATH
from workers.lang.ar.lexicon.filter_model import fit, inner_threshold, judged_sentences
from workers.lang.ar.pack import ArabicPack

TRAINING_DATA = "openeventdata/arabic_event_gsr ASSAULT and PROTEST sentences (MIT licence)"


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, then build the filter from all the judged sentences named on the command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sentences", type=Path, help="gold JSON Lines with events_scope (ASSAULT/PROTEST sentences)")
    parser.add_argument("--out", type=Path, default=FILTER_PATH)
    parser.add_argument("--folds", type=int, default=FOLDS)
    args = parser.parse_args(argv)
    gold_docs = read_gold(args.sentences)
    report = cross_validate(gold_docs, args.folds)
    print(format_report(report), file=sys.stderr)
    pack = ArabicPack()
    pack.use_event_filter(None)
    judged = judged_sentences(gold_docs, pack)
    _, groups = folds_of(gold_docs, args.folds)
    threshold = inner_threshold(judged, groups, args.folds)
    fit(
        judged,
        args.out,
        threshold,
        {"cross_validation": report.as_dict(), "training_data": TRAINING_DATA},
    )
    print(f"{len(judged)} sentences; threshold {threshold}; written {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
