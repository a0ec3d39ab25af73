"""Build the default bench corpora from the project's shared dev data: ``python -m workers.bench_data.build``.

English: the Voice of America stories (US government work, public domain) verbatim, then variations of them (each
story rotated to start at a later sentence) until there are ``--articles`` of them. Arabic: seed-sized articles
(381 words on average, the length of the seed article in ``../shared/seeds``) made of newswire sentences from
openeventdata/arabic_event_gsr (MIT), every sentence used once before any is reused. The output is deterministic:
the same inputs and arguments give byte-identical files.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import orjson

from workers.bench_data import DATA_DIR, DEFAULT_CORPORA
from workers.text.sentences import split_sentences

SHARED = DATA_DIR.parents[2] / "shared" / "data"
DEFAULT_ARTICLES = 300
# The seed article's length in whitespace-separated words (the bench's own measure): the speed target counts
# articles of this size.
ARABIC_WORDS = 381
SENTENCES_PER_PARAGRAPH = 3


def english(stories: Sequence[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """The stories as raw articles, then rotated variations of them, ``count`` in all."""
    articles = [_voa_article(story, story["text"], str(story["id"])) for story in stories]
    seen = {article["text"] for article in articles}
    for rotation in range(1, 8):
        for story in stories:
            text = _rotated(story["text"], rotation)
            if len(articles) < count and text is not None and text not in seen:
                seen.add(text)
                articles.append(_voa_article(story, text, f"{story['id']}-r{rotation}"))
    return articles


def _voa_article(story: dict[str, Any], text: str, article_id: str) -> dict[str, Any]:
    published = str(story.get("published") or "")
    article: dict[str, Any] = {"id": f"voa-{article_id}", "lang": "en", "title": story.get("title"), "text": text,
                               "url": story.get("url"), "source": "Voice of America"}
    if published:
        # VOA writes "2025-03-14 20:30:26Z"; the raw-article contract wants RFC 3339.
        article["published_at"] = published.replace(" ", "T", 1)
    return article


def _rotated(text: str, rotation: int) -> str | None:
    """``text`` starting at a sentence boundary ``rotation`` eighths of the way in, its opening moved to the end.

    Cut only where the quotation marks before the cut are balanced, so no quotation is split by the rotation.
    """
    spans = split_sentences(text)
    if len(spans) < 4:
        return None
    cut = max(1, len(spans) * (rotation % 8) // 8)
    while cut < len(spans) and not _balanced(text[: spans[cut][0]]):
        cut += 1
    if cut >= len(spans):
        return None
    head, tail = text[: spans[cut][0]].strip(), text[spans[cut][0] :].strip()
    return f"{tail} {head}"


def _balanced(prefix: str) -> bool:
    return prefix.count('"') % 2 == 0 and prefix.count("“") == prefix.count("”")


def arabic(sentences: Sequence[str], count: int, words: int = ARABIC_WORDS, seed: int = 7) -> list[dict[str, Any]]:
    """``count`` articles of about ``words`` words, each a run of distinct sentences in paragraphs of three.

    Sentences are added while the article is nearer ``words`` with the next one than without it, so the articles
    average ``words`` rather than overshooting it by half a sentence.
    """
    rng = random.Random(seed)  # noqa: S311 - a reproducible shuffle, not a secret
    pool: list[str] = []
    articles: list[dict[str, Any]] = []
    while len(articles) < count:
        body: list[str] = []
        length = 0
        while length < words:
            if not pool:
                pool = list(sentences)
                rng.shuffle(pool)
            sentence = pool.pop()
            if sentence in body:
                continue
            n = len(sentence.split())
            if body and length + n - words > words - length:
                pool.append(sentence)  # it starts the next article
                break
            body.append(sentence)
            length += n
        step = SENTENCES_PER_PARAGRAPH
        paragraphs = [" ".join(body[i : i + step]) for i in range(0, len(body), step)]
        articles.append({"id": f"aegsr-bench-{len(articles) + 1:04d}", "lang": "ar", "text": "\n".join(paragraphs),
                         "source": "openeventdata/arabic_event_gsr (sentences recombined)"})
    return articles


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open("rb") as handle:
        return [orjson.loads(line) for line in handle if line.strip()]


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("wb") as handle:
        for row in rows:
            handle.write(orjson.dumps(row) + b"\n")
            n += 1
    return n


def main(argv: Sequence[str] | None = None) -> int:
    """Write both default corpora; print what was written."""
    parser = argparse.ArgumentParser(prog="python -m workers.bench_data.build", description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED, help="shared data directory (default: ../shared/data)")
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="articles per language")
    args = parser.parse_args(argv)
    stories = _read_jsonl(args.shared / "en" / "voa-stories.jsonl")
    # Distinct texts in file order: the dev file repeats a few sentences across its two event scopes.
    rows = _read_jsonl(args.shared / "ar" / "event-sentences.dev.jsonl")
    sentences = list(dict.fromkeys(str(row["text"]).strip() for row in rows))
    for lang, rows in (("en", english(stories, args.articles)), ("ar", arabic(sentences, args.articles))):
        n = _write_jsonl(DEFAULT_CORPORA[lang], rows)
        print(f"{DEFAULT_CORPORA[lang]}: {n} articles", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
