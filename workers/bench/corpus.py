"""Bench inputs: raw-article JSON Lines grouped by language, ready to send as message bytes.

Articles stay in their wire form (the bytes a producer would send) so the bench times exactly what a worker does
with a message: decode, validate, enrich, build the record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from workers.bench_data import DEFAULT_CORPORA
from workers.text.language import detect_language

# The seed article's publication date (../shared/data/README.md); the seed file itself is plain text.
SEED_PUBLISHED_AT = "2023-09-04"
SEED_COPIES = 100


@dataclass(frozen=True, slots=True)
class Corpus:
    """Articles of one language as message bytes, with their word counts (whitespace-separated words of the text)."""

    name: str
    lang: str
    source: str
    messages: tuple[bytes, ...]
    words: tuple[int, ...]

    @property
    def total_words(self) -> int:
        """Words over all articles."""
        return sum(self.words)

    def texts(self) -> list[str]:
        """Each article's text (or HTML when it has no text), for baselines that take plain strings."""
        return [_text_of(orjson.loads(m)) for m in self.messages]

    def head(self, n: int) -> Corpus:
        """The first ``n`` articles."""
        return Corpus(self.name, self.lang, self.source, self.messages[:n], self.words[:n])


def word_count(text: str) -> int:
    """Whitespace-separated words: the same measure for Arabic and English, independent of any tokenizer."""
    return len(text.split())


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON Lines file (blank lines skipped)."""
    rows: list[dict[str, Any]] = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            value = orjson.loads(line)
            if not isinstance(value, dict) or not isinstance(value.get("id"), str):
                raise ValueError(f"{path}:{number}: not a raw article (a JSON object with a string id)")
            rows.append(value)
    return rows


def article_lang(article: dict[str, Any]) -> str:
    """The article's declared language (primary subtag), or the detected one."""
    declared = article.get("lang")
    if isinstance(declared, str) and declared:
        return declared.split("-")[0].lower()
    return detect_language(_text_of(article))[0]


def group_by_language(articles: Iterable[dict[str, Any]], languages: Sequence[str], source: str) -> dict[str, Corpus]:
    """One corpus per language in ``languages`` that has articles; articles of other languages are left out."""
    grouped: dict[str, list[dict[str, Any]]] = {lang: [] for lang in languages}
    for article in articles:
        lang = article_lang(article)
        if lang in grouped:
            grouped[lang].append(article)
    return {lang: make_corpus(lang, lang, source, rows) for lang, rows in grouped.items() if rows}


def make_corpus(name: str, lang: str, source: str, articles: Sequence[dict[str, Any]]) -> Corpus:
    """A corpus of ``articles`` as message bytes."""
    return Corpus(
        name=name,
        lang=lang,
        source=source,
        messages=tuple(orjson.dumps(a) for a in articles),
        words=tuple(word_count(_text_of(a)) for a in articles),
    )


def load_corpora(paths: Sequence[Path], languages: Sequence[str]) -> dict[str, Corpus]:
    """Corpora by language from ``paths`` (default: the corpora shipped in ``workers/bench_data``)."""
    if not paths:
        corpora: dict[str, Corpus] = {}
        for lang in languages:
            path = DEFAULT_CORPORA[lang]
            corpora.update(group_by_language(read_jsonl(path), [lang], f"workers/bench_data/{path.name}"))
        return corpora
    rows: list[dict[str, Any]] = []
    for path in paths:
        rows.extend(read_jsonl(path))
    return group_by_language(rows, languages, ", ".join(str(p) for p in paths))


def seed_corpus(seed_dir: Path, copies: int = SEED_COPIES) -> Corpus | None:
    """The seed article(s) in ``seed_dir`` repeated ``copies`` times in all, or None when the directory is absent.

    The seed's licence does not allow shipping it, so this figure exists only where ../shared does.
    """
    files = sorted(seed_dir.glob("*.txt")) if seed_dir.is_dir() else []
    if not files:
        return None
    texts = [f.read_text(encoding="utf-8") for f in files]
    articles = [
        {"id": f"seed-{i:04d}", "lang": "ar", "text": texts[i % len(texts)], "published_at": SEED_PUBLISHED_AT}
        for i in range(copies)
    ]
    return make_corpus("ar-seed", "ar", str(seed_dir), articles)


def _text_of(article: dict[str, Any]) -> str:
    text = article.get("text")
    if isinstance(text, str) and text.strip():
        return text
    html = article.get("html")
    return html if isinstance(html, str) else ""
