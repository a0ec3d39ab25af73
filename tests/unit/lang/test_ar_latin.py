"""Latin-script names meet their Arabic spelling through consonant skeletons."""

from __future__ import annotations

import pytest

from tests.unit.lang.test_ar_pack_helpers import analysed
from workers.lang.ar.latin import same_name
from workers.lang.ar.mention_steps import Found, latin_names
from workers.lang.ar.tokens import tokenize


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        ("Volodymyr Zelenskyy", "فولوديمير زيلينسكي"),
        ("@ZelenskyyUa", "زيلينسكي"),  # a handle's camel-case words
        ("Seyed Abbas Araghchi", "عباس عراقجي"),  # "ch" read as تش
        ("Pedro Sánchez", "بيدرو سانشيز"),  # "ch" read as ش, the accent dropped
        ("Badr Albusaidi", "بدر البوسعيدي"),  # "Al" and the article
        ("Geir O. Pedersen", "غير بيدرسن"),  # p as ب
        ("Dr Tedros", "تيدروس أدهانوم غيبريسوس"),  # a word of each
    ],
)
def test_a_transliterated_name_is_the_same_name(latin: str, arabic: str) -> None:
    assert same_name(latin, arabic)


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [("Volodymyr Zelenskyy", "دونالد ترامب"), ("Hakan Fidan", "فيدل كاسترو"), ("UNRWA", "الأونروا")],
)
def test_different_names_or_too_short_skeletons_do_not_match(latin: str, arabic: str) -> None:
    assert not same_name(latin, arabic)


def test_an_embedded_post_s_latin_signature_joins_its_author_s_entity() -> None:
    doc = analysed(
        'وكتب وزير الخارجية الإيراني عباس عراقجي على منصة إكس: "الزيارة مثمرة".\n'
        "— Seyed Abbas Araghchi (@araghchi) October 9, 2024\n"
        "وتأتي الزيارة في ظل مخاوف إقليمية."
    )
    people = [e for e in doc.entities if e.type == "PERSON"]
    assert len(people) == 1
    assert {"عباس عراقجي", "Seyed Abbas Araghchi", "araghchi"} <= {m.text for m in people[0].mentions}


def test_a_body_s_latin_acronym_is_the_body() -> None:
    doc = analysed("وقالت وكالة الأونروا إن المساعدات متوقفة.\n— UNRWA (@UNRWA) July 9, 2025\nوأضافت أن الوضع صعب.")
    bodies = [e for e in doc.entities if e.type == "ORG"]
    assert len(bodies) == 1
    assert {"وكالة الأونروا", "UNRWA"} <= {m.text for m in bodies[0].mentions}


def test_a_latin_place_joins_its_arabic_place() -> None:
    tokens = tokenize("وصل الوفد إلى الرباط ثم Rabat")
    found = [Found(3, 4, "GPE", "gazetteer"), Found(5, 6, "GPE", "model")]
    latin_names(found, tokens)
    assert found[1].coref == 0


def test_a_latin_place_never_joins_a_person() -> None:
    tokens = tokenize("قال حسن رباط ثم Rabat")
    found = [Found(1, 3, "PERSON", "model"), Found(4, 5, "GPE", "model")]
    latin_names(found, tokens)
    assert found[1].coref is None
