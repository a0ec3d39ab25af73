"""Arabic quotes: direct quotes in every quotation style, reported speech, and who said it."""

from __future__ import annotations

import pytest

from tests.unit.lang.test_ar_pack_helpers import analysed, entity_names
from workers.doc import Doc, Quote


def only(doc: Doc, kind: str) -> list[Quote]:
    return [q for q in doc.quotes if q.kind == kind]


def speaker_names(doc: Doc, quote: Quote) -> set[str]:
    assert quote.speaker is not None
    return {quote.speaker.text} | entity_names(doc, quote.speaker.start, quote.speaker.end)


@pytest.mark.parametrize(
    "text",
    [
        'وقال الرئيس الفرنسي إيمانويل ماكرون: "سنواصل دعم أوكرانيا".',
        "وقال الرئيس الفرنسي إيمانويل ماكرون: «سنواصل دعم أوكرانيا».",
        "وقال الرئيس الفرنسي إيمانويل ماكرون: “سنواصل دعم أوكرانيا”.",
    ],
)
def test_direct_quote_in_each_quotation_style(text: str) -> None:
    doc = analysed(text)
    [quote] = only(doc, "direct")
    assert quote.text == "سنواصل دعم أوكرانيا"
    assert "إيمانويل ماكرون" in speaker_names(doc, quote)


def test_quote_after_qawluhu_belongs_to_the_person_after_an() -> None:
    doc = analysed('ونقلت وكالة إنترفاكس للأنباء عن شويغو قوله: "لماذا لا، هؤلاء جيراننا".')
    [quote] = only(doc, "direct")
    assert quote.speaker is not None and quote.speaker.text == "شويغو"


def test_speaker_written_after_the_quote() -> None:
    doc = analysed("“لن نتراجع”، قال وزير الدفاع الأوكراني أوليكسي ريزنيكوف.")
    [quote] = only(doc, "direct")
    assert "أوليكسي ريزنيكوف" in speaker_names(doc, quote)


def test_reported_speech_is_the_clause_after_inna_with_the_subject_after_the_verb() -> None:
    doc = analysed("وقال شويغو إن الأمر يخضع للمناقشة.")
    [quote] = only(doc, "indirect")
    assert quote.text == "الأمر يخضع للمناقشة"
    assert quote.speaker is not None and quote.speaker.text == "شويغو"
    assert quote.cue is not None and quote.cue.text == "قال"


def test_reported_clause_stops_at_a_discourse_break() -> None:
    text = (
        "أكد الوزير الروسي اليوم الإثنين، أن بلاده ستناقش إجراء تدريبات مشتركة مع بيونغيانغ، وذلك في الوقت "
        "الذي عبرت فيه الولايات المتحدة عن قلقها."
    )
    [quote] = only(analysed(text), "indirect")
    assert quote.text == "بلاده ستناقش إجراء تدريبات مشتركة مع بيونغيانغ"


def test_speaker_is_carried_over_to_the_next_sentence() -> None:
    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة للحوار. وأضاف أن موسكو لن تقبل بأي شروط."
    doc = analysed(text)
    _, second = only(doc, "indirect")
    assert second.text == "موسكو لن تقبل بأي شروط"
    assert "سيرغي لافروف" in speaker_names(doc, second)


def test_source_after_naqlan_an_is_the_speaker() -> None:
    text = (
        "ذكرت وكالة يونهاب الكورية الجنوبية للأنباء اليوم الإثنين، نقلًا عن جهاز المخابرات الكوري الجنوبي "
        "أن شويغو اقترح إجراء تدريبات بحرية."
    )
    [quote] = only(analysed(text), "indirect")
    assert quote.speaker is not None and quote.speaker.text == "جهاز المخابرات الكوري الجنوبي"
    assert quote.text == "شويغو اقترح إجراء تدريبات بحرية"


def test_preposition_between_verb_and_clause() -> None:
    doc = analysed("وحذرت واشنطن من أن كوريا الشمالية قد ترسل أسلحة لموسكو.")
    [quote] = only(doc, "indirect")
    assert quote.text == "كوريا الشمالية قد ترسل أسلحة لموسكو"
    assert quote.speaker is not None and quote.speaker.text == "واشنطن"


def test_partial_quote_inside_reported_speech_has_its_speaker() -> None:
    text = 'ولفت الرئيس الصيني شي جين بينغ إلى أن العلاقات "استراتيجية وعميقة" بين البلدين.'
    doc = analysed(text)
    [partial] = only(doc, "direct")
    [reported] = only(doc, "indirect")
    assert partial.text == "استراتيجية وعميقة"
    assert partial.speaker is not None and reported.speaker is not None
    assert (partial.speaker.start, partial.speaker.end) == (reported.speaker.start, reported.speaker.end)


def test_subject_of_an_earlier_verb_speaks_for_a_coordinated_one() -> None:
    text = "وعبرت الولايات المتحدة الأسبوع الماضي عن قلقها، وقالت إن شويغو حاول إقناع بيونغيانغ ببيع ذخيرة."
    [quote] = only(analysed(text), "indirect")
    assert quote.speaker is not None and quote.speaker.text == "الولايات المتحدة"


def test_quote_spans_are_their_text() -> None:
    doc = analysed('وقال شويغو إن الأمر يخضع للمناقشة "بالطبع".')
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
        if q.speaker:
            assert doc.text[q.speaker.start : q.speaker.end] == q.speaker.text
