"""Build the shipped Arabic event filters from judged sentences and, with ``--articles``, from gold articles.

    python -m workers.lang.ar.lexicon.train_event_filter ../shared/data/ar/event-sentences.dev.jsonl \
        --articles tests/data/gold/ar-blind1.gold.jsonl ...

The input is gold-format JSON Lines with ``events_scope`` (one type per sentence) and ``events`` (non-empty when an
event of that type happened): the ASSAULT/PROTEST sentences of openeventdata/arabic_event_gsr (MIT licence). The
script first cross-validates the whole path (:mod:`workers.lang.ar.lexicon.crossval_events`: rules, filter,
pipeline and scorer, folds held out), then picks the threshold by cross-validation on all sentences, trains on all
of them and writes the cross-validated scores into the metadata, so that what the model is worth on unseen text
stays next to it. Scores measured with the shipped model on its own training sentences are in-sample.

The article filter (``event_filter_articles.crfsuite``) is built the same way from the sentences of gold articles
(every event annotated; a sentence with a rule candidate of a type is positive when a gold event of that type has its
trigger there), cross-validated by whole articles (:func:`cross_validate_articles`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from workers.eval.scorer import read_gold
from workers.lang.ar.lexicon.crossval_events import (
    FOLDS,
    cross_validate,
    cross_validate_articles,
    folds_of,
    format_report,
)
from workers.lang.ar.lexicon.event_filter import ARTICLE_FILTER_PATH, FILTER_PATH
from workers.lang.ar.lexicon.filter_model import fit, inner_threshold, judged_articles, judged_sentences
from workers.lang.ar.pack import ArabicPack

TRAINING_DATA = "openeventdata/arabic_event_gsr ASSAULT and PROTEST sentences (MIT licence)"
ARTICLE_DATA = "Khabar's own gold articles ({}), written and annotated for the project (tests/data/gold/README.md)"


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, then build the filter from all the judged sentences named on the command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sentences", type=Path, help="gold JSON Lines with events_scope (ASSAULT/PROTEST sentences)")
    parser.add_argument("--out", type=Path, default=FILTER_PATH)
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--articles", type=Path, nargs="*", default=[], help="gold articles for the article filter")
    parser.add_argument("--articles-out", type=Path, default=ARTICLE_FILTER_PATH)
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
    if args.articles:
        build_article_filter(args.articles, args.articles_out, args.folds, pack)
    return 0


def build_article_filter(paths: Sequence[Path], out: Path, folds: int, pack: ArabicPack) -> None:
    """Cross-validate the article filter by whole articles, then build it from all the articles in ``paths``."""
    articles = [doc for path in paths for doc in read_gold(path)]
    report = cross_validate_articles(articles, folds)
    print(format_report(report), file=sys.stderr)
    pack.use_event_filter(None)
    per_article = [judged_articles([gold], pack) for gold in articles]
    items = [item for judged in per_article for item in judged]
    groups = [k for k, judged in enumerate(per_article) for _ in judged]
    threshold = inner_threshold(items, groups, folds)
    extra = {
        "cross_validation": report.as_dict(),
        "training_data": ARTICLE_DATA.format(f"{len(paths)} files, {len(articles)} articles, listed under `articles`"),
        "articles": [path.name for path in paths],
    }
    fit(items, out, threshold, extra)
    print(f"{len(items)} article sentences; threshold {threshold}; written {out}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
