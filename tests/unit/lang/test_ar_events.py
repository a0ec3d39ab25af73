"""Arabic PLOVER events: triggers in their inflections, actors from word order, status, mode, place, merging."""

from __future__ import annotations

import pytest

from tests.unit.lang.test_ar_pack_helpers import analysed, entity_names, rule_events
from workers import plover
from workers.doc import Doc, Event
from workers.lang.ar.lexicon import event_triggers
from workers.lang.ar.normalise import normalise


def of_type(doc: Doc, event_type: str) -> list[Event]:
    return [e for e in doc.events if e.type == event_type]


def actor_texts(doc: Doc, spans: list) -> set[str]:  # type: ignore[type-arg]
    names: set[str] = set()
    for s in spans:
        names |= {s.text} | entity_names(doc, s.start, s.end)
    return names


def test_verb_subject_object_order() -> None:
    doc = rule_events("وزار وزير الخارجية الروسي سيرغي لافروف العاصمة الصينية بكين يوم الثلاثاء.")
    [visit] = of_type(doc, "CONSULT")
    assert visit.mode == "visit"
    assert "سيرغي لافروف" in actor_texts(doc, visit.source)
    assert "بكين" in actor_texts(doc, visit.target)
    assert visit.status == "asserted"


def test_coordinated_verb_keeps_the_subject_and_takes_its_own_partner() -> None:
    doc = rule_events("وزار شويغو كوريا الشمالية في يوليو/ تموز الماضي واجتمع مع كيم.")
    meet = next(e for e in of_type(doc, "CONSULT") if e.mode == "meet")
    assert {a.text for a in meet.source} == {"شويغو"}
    assert {a.text for a in meet.target} == {"كيم"}
    assert meet.date is not None and meet.date.value == "2023-07"


def test_subject_before_the_verb_after_inna() -> None:
    doc = rule_events("وقالت الشرطة إن مسلحين هاجموا مركزا للشرطة في مدينة الموصل.")
    [attack] = of_type(doc, "ASSAULT")
    assert [a.text for a in attack.source] == ["مسلحين"]
    assert [a.text for a in attack.target] == ["مركزا للشرطة"]
    assert attack.location is not None and attack.location.text == "الموصل"


def test_verbal_noun_governs_its_agent_and_the_preposition_its_target() -> None:
    doc = rule_events("وأثارت زيارة وزير الدفاع الروسي سيرغي شويغو إلى كوريا الشمالية قلقا غربيا.")
    [visit] = of_type(doc, "CONSULT")
    assert [a.text for a in visit.source] == ["سيرغي شويغو"]
    assert [a.text for a in visit.target] == ["كوريا الشمالية"]


def test_victims_after_a_killing_are_targets_and_the_bomb_the_source() -> None:
    doc = rule_events("وأعلنت الشرطة مقتل سبعة أشخاص بتفجير انتحاري بواسطة شاحنة مفخخة في سامراء.")
    [attack] = of_type(doc, "ASSAULT")  # the killing, the bombing and the suicide attack are one incident
    assert "سبعة أشخاص" in {a.text for a in attack.target}
    assert any("شاحنة" in a.text for a in attack.source)


def test_victims_before_a_passive_looking_verb_are_targets() -> None:
    doc = rule_events("وقال مصدر أمني إن ستة أشخاص على الأقل قتلوا في هجوم انتحاري غرب الفلوجة.")
    [attack] = of_type(doc, "ASSAULT")
    assert "ستة أشخاص" in {a.text for a in attack.target}
    assert "ستة أشخاص" not in {a.text for a in attack.source}


def test_protesters_are_the_source_and_the_object_of_protest_the_target() -> None:
    doc = rule_events("تظاهر مئات الطلاب أمام مقر الحكومة في بغداد احتجاجا على ارتفاع الأسعار.")
    [protest] = of_type(doc, "PROTEST")
    assert protest.mode == "demonstrate"
    assert [a.text for a in protest.source] == ["مئات الطلاب"]
    assert protest.location is not None and protest.location.text == "بغداد"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ولم يهاجم الجيش المدينة.", "negated"),
        ("وقال إن بلاده ستناقش إجراء تدريبات مشتركة مع بيونغيانغ.", "future"),
        ("ومن المقرر أن يزور الرئيس المصري موسكو.", "future"),
        ("وحذرت واشنطن من أن كوريا الشمالية قد ترسل أسلحة لموسكو.", "hypothetical"),
        ("وقد زار الرئيس المصري موسكو.", "asserted"),
        ("وإذا هاجم الجيش المدينة فإن الحكومة ستسقط.", "hypothetical"),
    ],
)
def test_status_from_particles(text: str, status: str) -> None:
    doc = rule_events(text)
    assert doc.events, text
    assert doc.events[0].status == status


def test_future_prefix_is_recognised_on_an_inflected_verb() -> None:
    [event] = rule_events("وأكد الوزير أن بلاده ستناقش الاتفاق مع بيونغيانغ.").events
    assert event.type == "CONSULT" and event.mode == "discuss"
    assert event.trigger.text == "تناقش"  # the future prefix is not part of the trigger


def test_trigger_needing_a_companion_word() -> None:
    doc = rule_events("وعبرت الولايات المتحدة الأسبوع الماضي عن قلقها إزاء المحادثات.")
    [accuse] = of_type(doc, "ACCUSE")
    assert accuse.mode == "disapprove"
    assert accuse.trigger.text.endswith("قلقها")
    assert not of_type(doc, "CONSULT")  # the talks are what the concern is about, not an event of their own


def test_pronoun_on_a_coordinated_verb_refers_to_the_previous_object() -> None:
    doc = rule_events("وأيد الزعيم الكوري الشمالي كيم جونغ أون موسكو، وزودها بقذائف وصواريخ.")
    [aid] = of_type(doc, "AID")
    assert "كيم جونغ أون" in {a.text for a in aid.source}
    assert "موسكو" in {a.text for a in aid.target}


def test_repeated_report_across_sentences_is_one_event() -> None:
    text = "وصل شويغو إلى بيونغيانغ أمس. وقد زار شويغو بيونغيانغ بدعوة من كيم. وكانت زيارة شويغو قصيرة."
    visits = [e for e in analysed(text).events if e.mode == "visit"]
    assert len(visits) == 1


def test_headline_without_a_verb_yields_no_event() -> None:
    assert not rule_events("قلق غربي من التعاون بين روسيا وكوريا الشمالية").events


def test_lexicon_inflects_verbs_and_nouns() -> None:
    lexicon = event_triggers()
    for form in ("زار", "زارت", "زاروا", "يزور", "تزور", "زيارة", "زيارته", "الزيارة", "للزيارة", "اجتماعًا"):
        assert lexicon.lookup(normalise(form)), form


def test_every_trigger_entry_is_valid_plover() -> None:
    lexicon = event_triggers()
    entries = {hit.entry for form in list(lexicon._forms)[:100000] for hit in lexicon.lookup(form)}
    assert entries
    for entry in entries:
        assert plover.is_valid(entry.type, entry.mode), entry
        assert entry.context is None or plover.is_context(entry.context), entry


def test_event_spans_are_their_text() -> None:
    doc = analysed("وزار وزير الخارجية الروسي سيرغي لافروف العاصمة الصينية بكين واجتمع مع نظيره وانغ يي.")
    assert doc.events
    for e in doc.events:
        for span in (e.trigger, *e.source, *e.target, *([e.location] if e.location else [])):
            assert doc.text[span.start : span.end] == span.text
        assert 0 <= e.confidence <= 1


def test_hypothetical_report_stays_apart_from_the_asserted_one() -> None:
    doc = rule_events("وزودت إيران روسيا بطائرات مسيرة. وحذرت واشنطن من أن إيران قد تزود روسيا بصواريخ.")
    assert [(e.type, e.status) for e in doc.events] == [("AID", "asserted"), ("AID", "hypothetical")]
