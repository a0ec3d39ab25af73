"""A body's name with and without its generic head: the alias mentions the Arabic pack gives an entity."""

from __future__ import annotations

from tests.unit.lang.test_ar_pack_helpers import analysed
from workers.doc import Doc


def forms(doc: Doc, name_part: str) -> list[tuple[str, bool]]:
    """(text, alias) of every mention of the one entity with a mention containing ``name_part``."""
    (entity,) = [e for e in doc.entities if any(name_part in m.text for m in e.mentions)]
    return [(m.text, m.alias) for m in entity.mentions]


def test_an_agency_named_with_its_head_is_also_named_by_its_brand() -> None:
    doc = analysed("ونقلت وكالة تسنيم عن مصدر مطلع قوله إن المفاوضات ستستأنف الأسبوع المقبل.")
    assert forms(doc, "تسنيم") == [("وكالة تسنيم", False), ("تسنيم", True)]
    assert "تسنيم" not in [m.text for m in doc.mentions]  # an alias is not one of the resolved mentions


def test_a_channel_named_by_its_title_is_also_named_with_its_head() -> None:
    doc = analysed("وقالت قناة المنار إن الغارة استهدفت مبنى سكنيا في الضاحية.")
    assert forms(doc, "المنار") == [("قناة المنار", True), ("المنار", False)]


def test_a_party_with_a_name_of_several_words_is_also_named_without_its_head() -> None:
    doc = analysed("وأعلن حزب جبهة التحرير الوطني دعمه لمرشح الرئاسة في الانتخابات المقبلة.")
    assert ("جبهة التحرير الوطني", True) in forms(doc, "جبهة التحرير")


def test_a_description_after_the_head_and_a_one_word_definite_name_keep_their_head() -> None:
    doc = analysed("وذكرت وكالة الأنباء السعودية ووكالة تسنيم أن حزب الله أعلن مقتل أحد عناصره.")
    aliases = [m.text for e in doc.entities for m in e.mentions if m.alias]
    assert "الأنباء السعودية" not in aliases
    assert "الله" not in aliases
    assert forms(doc, "الأنباء") == [("وكالة الأنباء السعودية", False)]
    assert forms(doc, "حزب الله") == [("حزب الله", False)]
    assert forms(doc, "تسنيم") == [("وكالة تسنيم", False), ("تسنيم", True)]  # the brand beside them does get one


def test_a_place_is_named_with_and_without_its_territory_word() -> None:
    doc = analysed("وقال والي ولاية شمال كردفان إن القتال امتد إلى محيط مدينة الأبيض أمس.")
    assert forms(doc, "كردفان") == [("ولاية شمال كردفان", True), ("شمال كردفان", False)]
    assert forms(doc, "الأبيض") == [("مدينة الأبيض", True), ("الأبيض", False)]


def test_a_place_named_with_its_territory_word_is_also_named_without_it() -> None:
    doc = analysed("وصل المهاجرون إلى جزيرة كريت اليونانية بعد رحلة استمرت يومين.")
    assert forms(doc, "كريت") == [("جزيرة كريت", False), ("كريت", True)]


def test_an_office_is_named_with_the_place_it_sits_in() -> None:
    doc = analysed("وأعلنت السفارة الأمريكية في بغداد تعليق خدماتها القنصلية حتى إشعار آخر.")
    assert forms(doc, "السفارة") == [("السفارة الأمريكية في بغداد", True), ("السفارة الأمريكية", False)]
    assert ("بغداد", "GPE") in [(m.text, m.type) for m in doc.mentions]  # the city stays an entity of its own


def test_an_organisation_and_a_club_are_also_named_with_their_head() -> None:
    doc = analysed("وقالت منظمة هيومن رايتس ووتش إن السلطات اعتقلت عشرات المحتجين.")
    assert forms(doc, "رايتس") == [("منظمة هيومن رايتس ووتش", True), ("هيومن رايتس ووتش", False)]
    doc = analysed("وأعلن نادي الهلال السعودي التعاقد مع المهاجم الجديد.")
    assert forms(doc, "الهلال") == [("نادي الهلال", True), ("الهلال السعودي", True), ("الهلال", False)]


def test_a_body_is_named_with_and_without_its_nationality_unless_only_a_generic_body_is_left() -> None:
    doc = analysed("وقال قائد الفيلق الأفريقي الروسي إن قواته انسحبت من القاعدة.")
    assert forms(doc, "الفيلق") == [("الفيلق الأفريقي الروسي", False), ("الفيلق الأفريقي", True)]
    doc = analysed("وبثت قناة الإخبارية السورية صورا من موقع الانفجار.")
    assert ("الإخبارية السورية", True) in forms(doc, "الإخبارية")
    doc = analysed("وقالت الحكومة السورية إن الاتفاق نهائي.")
    assert forms(doc, "الحكومة") == [("الحكومة السورية", False)]
    doc = analysed("ونقلت وكالة الأنباء العراقية عن مصدر قوله إن الاتفاق قريب.")
    assert forms(doc, "الأنباء") == [("وكالة الأنباء العراقية", False)]


def test_a_nationality_read_as_a_mention_of_its_own_still_completes_the_body() -> None:
    doc = analysed("ونقلت وكالة تاس الروسية عن رئيس الوفد قوله إن المحادثات جيدة.")
    assert forms(doc, "تاس") == [("وكالة تاس الروسية", True), ("وكالة تاس", False), ("تاس", True)]


def test_a_title_that_is_also_a_given_name_is_read_as_the_first_name_too() -> None:
    doc = analysed("وسجل المهاجم أمير بوخرص هدف الفوز في الدقيقة الأخيرة.")
    assert ("أمير بوخرص", True) in forms(doc, "بوخرص")
    doc = analysed("وقال أمير قطر الشيخ تميم بن حمد إن المفاوضات مستمرة.")
    assert not [m.text for e in doc.entities for m in e.mentions if m.alias and "أمير" in m.text]
