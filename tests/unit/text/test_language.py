"""Language identification when an article does not say."""

from __future__ import annotations

import pytest

from workers.text.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("أكد وزير الدفاع الروسي سيرغي شويغو اليوم الإثنين أن بلاده ستناقش إجراء تدريبات مشتركة.", "ar"),
        ("The Russian defense minister said on Monday that his country would discuss joint exercises.", "en"),
        ("Der russische Verteidigungsminister sagte am Montag, sein Land werde gemeinsame Übungen erörtern.", "de"),
        ("Le ministre russe de la Défense a déclaré lundi que son pays discuterait d'exercices conjoints.", "fr"),
        ("وزیر دفاع روسیه روز دوشنبه گفت که کشورش درباره رزمایش مشترک گفتگو خواهد کرد.", "fa"),
        ("روس کے وزیر دفاع نے پیر کو کہا کہ ان کا ملک مشترکہ مشقوں پر بات کرے گا۔", "ur"),
    ],
)
def test_language_is_identified(text: str, lang: str) -> None:
    assert detect_language(text)[0] == lang


def test_text_without_letters_is_undetermined() -> None:
    assert detect_language("12345 67.89 !!!") == ("und", 0.0)
