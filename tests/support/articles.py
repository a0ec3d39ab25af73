"""Real raw articles for tests: the seed (when ../shared is present), the shipped samples, and short variations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED_FILE = SHARED / "seeds" / "000_0b3fa9cc17318718.txt"
SAMPLES = ROOT / "workers" / "samples" / "articles.jsonl"

ARABIC_SENTENCES = [
    "وزار وزير الخارجية الروسي سيرغي لافروف العاصمة الصينية بكين يوم الثلاثاء واجتمع مع نظيره وانغ يي.",
    "وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعم أوكرانيا.",
    'ونقلت وكالة رويترز عن مسؤول أمريكي قوله: "المحادثات كانت بناءة".',
    "تظاهر مئات الطلاب أمام مقر الحكومة في بغداد احتجاجا على ارتفاع الأسعار.",
    "وأعلنت الأمم المتحدة أن مجلس الأمن الدولي سيعقد جلسة طارئة الأسبوع المقبل.",
]
ENGLISH_SENTENCES = [
    "Russian Defense Minister Sergei Shoigu visited Pyongyang in July and met Kim Jong Un.",
    '"We will not back down," Ukrainian President Volodymyr Zelenskyy said on Tuesday.',
    "Shoigu was quoted as saying the two countries would discuss joint naval exercises.",
    "Thousands of protesters marched in Nairobi on Friday to demand lower taxes, police said.",
    "The United States and Japan agreed to expand military cooperation, the White House announced.",
]


def seed_article() -> dict[str, Any] | None:
    """The seed article as a raw article, or None outside a development checkout."""
    if not SEED_FILE.is_file():
        return None
    return {"id": "seed-000", "lang": "ar", "published_at": "2023-09-04", "text": SEED_FILE.read_text(encoding="utf-8")}


def sample_articles() -> list[dict[str, Any]]:
    """The sample articles shipped with the project."""
    return [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def short_articles(n: int) -> list[dict[str, Any]]:
    """``n`` short Arabic and English articles (two sentences each), alternating languages, unique ids."""
    articles = []
    for i in range(n):
        pool = ARABIC_SENTENCES if i % 2 == 0 else ENGLISH_SENTENCES
        text = f"{pool[i % len(pool)]}\n{pool[(i + 2) % len(pool)]}"
        article: dict[str, Any] = {"id": f"short-{i:05d}", "text": text, "published_at": "2024-03-12"}
        if i % 4 != 1:  # a quarter of them leave the language to detection
            article["lang"] = "ar" if i % 2 == 0 else "en"
        articles.append(article)
    return articles
