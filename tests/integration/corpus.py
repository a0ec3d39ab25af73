"""The integration tests' articles: the seed (when ../shared is present), the shipped samples, some bench articles,
and short Arabic, English and other-language articles made from the sentences in tests/data/articles/."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "articles"
SEED = ROOT.parent / "shared" / "seeds" / "000_0b3fa9cc17318718.txt"
SAMPLES = ROOT / "workers" / "samples" / "articles.jsonl"
BENCH = ROOT / "workers" / "bench_data"


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    return rows[:limit] if limit is not None else rows


def build(n: int = 1000, prefix: str = "it", long_articles: int = 10) -> list[dict[str, Any]]:
    """``n`` raw articles with unique ids, in a fixed order; the same arguments give the same articles."""
    articles: list[dict[str, Any]] = []
    if SEED.is_file():
        articles.append(
            {"id": "seed-000", "lang": "ar", "published_at": "2023-09-04", "text": SEED.read_text(encoding="utf-8")}
        )
    for row in [
        *_jsonl(SAMPLES),
        *_jsonl(BENCH / "en-voa.jsonl", long_articles),
        *_jsonl(BENCH / "ar-event-sentences.jsonl", long_articles),
    ]:
        if all(row["id"] != a["id"] for a in articles):  # the samples and the bench share a few stories
            articles.append(row)
    english, arabic = _lines(DATA / "sentences-en.txt"), _lines(DATA / "sentences-ar.txt")
    other = [line.split("\t", 1) for line in _lines(DATA / "sentences-other.txt")]
    rng = random.Random(20240312)
    i = 0
    while len(articles) < n:
        i += 1
        article: dict[str, Any] = {"id": f"{prefix}-{i:05d}", "published_at": f"2024-03-{1 + i % 28:02d}"}
        if i % 25 == 0:
            lang, sentence = other[i % len(other)]
            article.update(lang=lang, text=sentence)
        else:
            lang, pool = ("ar", arabic) if i % 2 else ("en", english)
            text = " ".join(rng.sample(pool, rng.randint(2, 5)))
            if i % 10 == 3:
                # Some arrive as web pages, some without a language tag.
                article["html"] = (
                    f"<html><head><title>t</title></head><body><article><p>{text}</p></article></body></html>"
                )
            else:
                article["text"] = text
            if i % 7 != 0:
                article["lang"] = lang
            article["title"] = text.split(" ")[0]
        articles.append(article)
    return articles[:n]


MALFORMED = b'{"id": "broken-line", "text": "the closing quote and brace are missing'


def oversized(limit: int = 1_048_576) -> bytes:
    """A valid raw article just over the worker's default size limit (and under what the producer may send)."""
    return orjson.dumps({"id": "oversized-1", "lang": "en", "text": "word " * ((limit + 2_000) // 5)})


def write_jsonl(articles: list[dict[str, Any]], path: Path, extra: dict[int, bytes] | None = None) -> None:
    """Write the articles as JSON Lines, with ``extra`` lines inserted before the given indexes."""
    extra = extra or {}
    with path.open("wb") as out:
        for index, article in enumerate(articles):
            if index in extra:
                out.write(extra[index] + b"\n")
            out.write(orjson.dumps(article) + b"\n")
