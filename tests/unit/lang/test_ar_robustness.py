"""The Arabic pack reads any stretch of news text without failing: a text may start or end anywhere.

Articles reach the worker truncated, cut at a character limit or with a last sentence missing its full stop. Each
case that once crashed the entities stage (and so sent the article to the dead-letter topic) is covered by cutting
real gold articles where it happens: at every closing bracket and full stop, and before every diacritic.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tests.unit.lang.test_ar_pack_helpers import analysed

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold"
# Articles holding the shapes that crashed: "... لكرة القدم (كاف)" ending a prefix, a tanween after a cut, a text
# ending with a body's name and no full stop.
_ARTICLES = {
    "ar-blind10.gold.jsonl": "ar-blind10-",
    "ar-blind16.gold.jsonl": "ar-blind16-",
    "ar-blind76.gold.jsonl": "ar-blind76-05",
}
_CUT_AFTER = frozenset(").")
_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")


def _pieces() -> list[str]:
    texts: list[str] = []
    for name, prefix in _ARTICLES.items():
        for line in (GOLD / name).read_bytes().splitlines():
            article = orjson.loads(line)
            if not str(article["id"]).startswith(prefix):
                continue
            text = str(article["text"])
            texts.append(text)
            texts += [text[: i + 1] for i, ch in enumerate(text) if ch in _CUT_AFTER and "(" in text[max(0, i - 8) : i]]
            texts += [text[i:] for i, ch in enumerate(text) if ch in _MARKS]
    return texts


@pytest.mark.parametrize("name", sorted(_ARTICLES))
def test_the_gold_articles_are_there(name: str) -> None:
    assert (GOLD / name).exists()


def test_no_cut_of_a_news_article_stops_the_pack() -> None:
    pieces = _pieces()
    assert len(pieces) > 20, len(pieces)
    for text in pieces:
        doc = analysed(text)  # raises if any stage fails
        assert doc.tokens
        assert all(token.norm for token in doc.tokens)
