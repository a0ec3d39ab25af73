"""Write the NewsFANE dev split (the chunks the Arabic NER never trained on) as gold JSON Lines for ``khabar eval``.

The split is the trainer's own (``workers.lang.ar.train_ner.split``), so the whole-pipeline NER score is measured on
exactly the text the model was not fitted to. Development only: NewsFANE is not shipped (CC BY-SA 3.0).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import orjson

from workers.lang.ar.newsfane import load_sentences
from workers.lang.ar.train_ner import split

DEFAULT_SOURCE = Path("../shared/data/ar/newsfane/newsfane-gold.conll")


def write_dev_gold(source: Path, out: Path) -> int:
    """Write one gold document (tokens, coarse BIO tags) per dev chunk; return how many."""
    _, dev = split(load_sentences(source))
    with out.open("wb") as f:
        for i, chunk in enumerate(dev):
            doc = {
                "id": f"newsfane-dev-{i:03d}",
                "lang": "ar",
                "tokens": [t for s in chunk for t in s.tokens],
                "tags": [t for s in chunk for t in s.tags],
            }
            f.write(orjson.dumps(doc) + b"\n")
    return len(dev)


def main(argv: list[str] | None = None) -> None:
    """``python -m workers.eval.newsfane_dev OUT.jsonl [--source CONLL]``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args(argv)
    print(f"{write_dev_gold(args.source, args.out)} dev documents written to {args.out}")


if __name__ == "__main__":
    main()
