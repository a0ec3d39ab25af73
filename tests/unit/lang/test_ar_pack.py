"""The Arabic pack: tokens and sentences, mentions and their offsets, name keys, entity grouping hints."""

from __future__ import annotations

import orjson
import pytest

from tests.support.articles import seed_article
from tests.unit.lang.test_ar_pack_helpers import analysed, entity_names, pack
from workers.doc import Doc
from workers.pipeline import Pipeline
from workers.records import decode_raw


def mention_texts(doc: Doc) -> dict[str, str]:
    return {m.text: m.type for m in doc.mentions}


def test_sentences_cover_their_tokens() -> None:
    doc = Doc(text="قال شويغو إن الأمر يخضع للمناقشة. وزار شويغو كوريا الشمالية.", lang="ar")
    pack().analyse(doc)
    assert len(doc.sentences) == 2
    for s in doc.sentences:
        tokens = doc.tokens[s.first_token : s.last_token]
        assert tokens[0].start >= s.start and tokens[-1].end <= s.end


def test_proclitic_is_not_part_of_the_mention() -> None:
    doc = analysed("قالت الولايات المتحدة والمملكة المتحدة في بيان مشترك إن الصفقة انتهاك.")
    uk = next(m for m in doc.mentions if m.text == "المملكة المتحدة")
    assert doc.text[uk.start - 1] == "و"
    assert uk.type == "GPE"


def test_hashtag_mention_excludes_the_hash_sign() -> None:
    doc = analysed("#واشنطن تعلن استعدادها للحوار مع #كوريا_الشمالية دون شروط مسبقة")
    tag = next(m for m in doc.mentions if "كوريا" in m.text)
    assert tag.text == "كوريا_الشمالية"
    assert doc.text[tag.start - 1] == "#"
    assert tag.type == "GPE"
    assert tag.key == pack().name_key("كوريا الشمالية")


def test_handle_after_a_named_channel_is_the_same_organisation() -> None:
    doc = analysed("— التلفزيون العربي (@AlarabyTV) July 15, 2023")
    handle = next(m for m in doc.mentions if m.text == "AlarabyTV")
    assert handle.type == "ORG"
    assert entity_names(doc, handle.start, handle.end) >= {"التلفزيون العربي", "AlarabyTV"}


def test_news_agency_named_by_head_and_modifiers() -> None:
    doc = analysed("ونقلت وكالة إنترفاكس للأنباء عن الوزير قوله إن المحادثات مستمرة.")
    assert mention_texts(doc).get("وكالة إنترفاكس للأنباء") == "ORG"


def test_agency_brand_alone_joins_the_agency_name() -> None:
    # News annotation (NewsFANE, ACE) ends the agency's name at its brand: the nationality after it is outside.
    text = "ذكرت وكالة يونهاب الكورية الجنوبية للأنباء أن الاجتماع انتهى. وقالت يونهاب إن الوفد غادر."
    doc = analysed(text)
    short = next(m for m in doc.mentions if m.text == "يونهاب")
    assert "وكالة يونهاب" in entity_names(doc, short.start, short.end)
    assert not any(m.text.endswith("للأنباء") for m in doc.mentions)


def test_person_named_after_a_title_is_found_by_rule() -> None:
    doc = analysed("والتقى وزير الخارجية الزامبي مولوكا تشيمبا بنظيره في لوساكا.")
    assert mention_texts(doc).get("مولوكا تشيمبا") == "PERSON"


def test_title_phrase_refers_to_the_person_named_with_that_title() -> None:
    text = (
        "اقترح شويغو على زعيم كوريا الشمالية كيم جونغ أون إجراء تدريبات بحرية. "
        "ولفت الزعيم الكوري الشمالي إلى أن اللقاء عمق العلاقات."
    )
    doc = analysed(text)
    nominal = next(m for m in doc.mentions if m.text == "الزعيم الكوري الشمالي")
    assert nominal.nominal
    assert "كيم جونغ أون" in entity_names(doc, nominal.start, nominal.end)


def test_family_name_alone_joins_the_full_name() -> None:
    doc = analysed("وزار وزير الدفاع الروسي سيرغي شويغو بيونغيانغ. وقال شويغو إن الزيارة ناجحة.")
    alone = [m for m in doc.mentions if m.text == "شويغو"]
    assert alone and "سيرغي شويغو" in entity_names(doc, alone[0].start, alone[0].end)


def test_name_key_ignores_proclitics_and_article() -> None:
    key = pack().name_key
    assert key("وبيونغيانغ") == key("بيونغيانغ")
    assert key("للأنباء") == key("الأنباء")
    assert key("الكورية") == key("الكوري")
    assert key("روسيا") != key("سوريا")


def test_model_versions_name_the_rules() -> None:
    assert "ar-rules" in pack().model_versions()


@pytest.mark.skipif(seed_article() is None, reason="needs ../shared (the seed article)")
def test_every_span_of_the_seed_record_is_its_text() -> None:
    raw = seed_article()
    assert raw is not None
    record = Pipeline(languages=("ar",)).enrich(decode_raw(orjson.dumps(raw), 10**7)).record
    text = record["text"]
    spans = [m for e in record["entities"] for m in e["mentions"]]
    spans += [q for q in record["quotes"]] + [q["speaker"] for q in record["quotes"] if q["speaker"]]
    spans += [q["cue"] for q in record["quotes"] if q["cue"]] + [d for d in record["dates"]]
    for e in record["events"]:
        spans += [e["trigger"], *e["source"], *e["target"]] + ([e["location"]] if e["location"] else [])
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
