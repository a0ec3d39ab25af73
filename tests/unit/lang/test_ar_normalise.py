"""The Arabic matching form: what keys and features compare."""

from __future__ import annotations

import pytest

from workers.lang.ar.normalise import normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("إنّ", "ان"),  # hamza-below alef, shadda
        ("روسًا", "روسا"),  # tanwin
        ("الإستراتيجية", "الاستراتيجيه"),  # hamza alef, teh marbuta
        ("آسيا", "اسيا"),  # madda
        ("ٱلله", "الله"),  # wasla
        ("مصطفى", "مصطفي"),  # alef maksura
        ("كـــوريا", "كوريا"),  # tatweel
        ("١٢٣٤", "1234"),  # Arabic-Indic digits
        ("۱۹", "19"),  # extended (Persian) digits
        ("ﻻ", "لا"),  # presentation-form ligature (NFKC)
        ("شوي\u200fغو", "شويغو"),  # a right-to-left mark inside a word
    ],
)
def test_normalise_folds_spelling_variants(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_normalise_leaves_latin_text_alone() -> None:
    assert normalise("AlarabyTV 2023") == "AlarabyTV 2023"


def test_normalise_makes_the_seed_spellings_of_one_name_equal() -> None:
    assert normalise("أوكرانيا") == normalise("اوكرانيا")
    assert normalise("الإثنين") == normalise("الاثنين")
