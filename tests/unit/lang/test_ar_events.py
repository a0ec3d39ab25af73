"""Arabic PLOVER events: triggers in their inflections, actors from word order, status, mode, place, merging."""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson
import pycrfsuite
import pytest

from tests.unit.lang.test_ar_pack_helpers import analysed, entity_names, rule_events
from workers import plover
from workers.doc import Doc, Event
from workers.lang.ar.lexicon import Lexicon, Trigger, event_triggers
from workers.lang.ar.lexicon import event_filter as event_filter_module
from workers.lang.ar.lexicon.crossval_events import cross_validate, cross_validate_articles
from workers.lang.ar.lexicon.event_filter import ARTICLE_FILTER_PATH, FILTER_PATH, EventFilter
from workers.lang.ar.lexicon.filter_model import judged_articles
from workers.lang.ar.lexicon.folds import assign_folds, near_duplicate_groups
from workers.lang.ar.normalise import normalise
from workers.lang.ar.pack import ArabicPack


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
    assert [a.text for a in attack.target] == ["مركزا للشرطة", "الموصل"]  # the place hit, as nobody is named
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
        ("وتساءل الكاتب: هل تتوسط الصين بين روسيا وأوكرانيا؟", "hypothetical"),
    ],
)
def test_status_from_particles(text: str, status: str) -> None:
    doc = rule_events(text)
    assert doc.events, text
    assert doc.events[0].status == status


def test_the_question_particle_is_no_actor_and_the_subject_follows_it() -> None:
    doc = rule_events("وتساءل الكاتب: هل تتوسط الصين بين روسيا وأوكرانيا؟")
    [mediation] = of_type(doc, "CONSULT")
    assert [a.text for a in mediation.source] == ["الصين"]
    assert [a.text for a in mediation.target] == ["روسيا", "أوكرانيا"]


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


def test_a_talk_restated_without_a_new_party_is_the_same_talk() -> None:
    text = (
        "والتقى وزير الخارجية السعودي فيصل بن فرحان نظيره الأردني أيمن الصفدي في الرياض أمس. "
        "وبحث الجانبان خلال اللقاء تطورات الأوضاع في المنطقة."
    )
    assert len(of_type(analysed(text), "CONSULT")) == 1


def test_a_talk_with_a_new_party_sentences_later_is_another_talk() -> None:
    text = (
        "والتقى وزير الخارجية السعودي فيصل بن فرحان نظيره الأردني أيمن الصفدي في الرياض أمس. "
        "واجتمع بن فرحان بعد ذلك مع وزير الخارجية المصري بدر عبد العاطي."
    )
    assert len(of_type(analysed(text), "CONSULT")) == 2


def test_headline_without_a_verb_yields_no_event() -> None:
    assert not rule_events("قلق غربي من التعاون بين روسيا وكوريا الشمالية").events


def test_lexicon_inflects_verbs_and_nouns() -> None:
    lexicon = event_triggers()
    for form in ("زار", "زارت", "زاروا", "يزور", "تزور", "زيارة", "زيارته", "الزيارة", "للزيارة", "اجتماعًا"):
        assert lexicon.lookup(normalise(form)), form


def test_lexicon_lookup_sees_entries_added_after_an_earlier_lookup() -> None:
    lexicon = Lexicon()
    assert lexicon.lookup(normalise("وزار")) == ()
    visit = Trigger("CONSULT", "visit", None, "V", "agent", frozenset(), frozenset())
    lexicon.add(visit, ["زار/يزور"])
    assert [(hit.entry, hit.prefix_letters) for hit in lexicon.lookup(normalise("وزار"))] == [(visit, 1)]


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


# --- attacks and protests: status, word order, actors outside the trigger's clause --------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ولم يقتل أحد في الهجوم.", "negated"),
        ("ونفت الشرطة أن يكون مسلحون قد هاجموا المركز.", "negated"),
        ("وقال الجيش إنه سيقصف مواقع المتمردين.", "future"),
        ("وحذر المسؤول من أن المسلحين قد يهاجمون القافلة.", "hypothetical"),
        ("وإذا هاجم المسلحون القافلة فإن الجيش سيرد.", "hypothetical"),
        ("وهاجم مسلحون القافلة أمس.", "asserted"),
    ],
)
def test_attack_status(text: str, status: str) -> None:
    [attack] = of_type(rule_events(text), "ASSAULT")
    assert attack.status == status


def test_verb_first_doer_then_victims() -> None:
    doc = rule_events("وخطف مسلحون أربعة مهندسين في هرات.")
    [attack] = of_type(doc, "ASSAULT")
    assert [a.text for a in attack.source] == ["مسلحون"]
    assert [a.text for a in attack.target] == ["أربعة مهندسين", "هرات"]


def test_noun_before_a_verb_with_an_object_is_its_doer_not_a_victim() -> None:
    doc = rule_events("وقال مصدر أمني إن مسلحين خطفوا أربعة مهندسين أمس.")
    [attack] = of_type(doc, "ASSAULT")
    assert [a.text for a in attack.source] == ["مسلحين"]
    assert [a.text for a in attack.target] == ["أربعة مهندسين"]


def test_subject_between_verb_and_companion_and_a_noun_spelled_like_a_verb() -> None:
    doc = rule_events("وفي بلدة بيت حانون أطلقت دبابة إسرائيلية قذيفة على تجمع للمواطنين.")
    [attack] = of_type(doc, "ASSAULT")
    assert [a.text for a in attack.source] == ["دبابة إسرائيلية"]
    assert [a.text for a in attack.target] == ["تجمع للمواطنين", "بيت حانون"]
    assert not of_type(doc, "PROTEST")  # "تجمع" after a preposition is a gathering, not "it gathered"


def test_pronoun_subject_on_the_complementiser_stands_for_the_speaker() -> None:
    [attack] = of_type(rule_events("وقال الجيش إنه سيقصف مواقع المتمردين."), "ASSAULT")
    assert [a.text for a in attack.source] == ["الجيش"]
    assert [a.text for a in attack.target] == ["مواقع المتمردين"]


def test_doer_of_an_attack_noun_from_a_light_verb_with_its_pronoun() -> None:
    [attack] = of_type(rule_events("كما تزامن مع غارة جوية شنتها طائرة أميركية فجر أمس."), "ASSAULT")
    assert any("طائرة" in a.text for a in attack.source)


def test_whoever_claims_the_attack_is_its_doer() -> None:
    text = "وأعلنت مصادر رسمية مقتل ستة مدنيين في هجوم بسيارة مفخخة استهدف موكبا لقوات أجنبية وتبنته حركة طالبان."
    [attack] = of_type(rule_events(text), "ASSAULT")
    assert "حركة طالبان" in {a.text for a in attack.source}
    assert "ستة مدنيين" in {a.text for a in attack.target}


def test_nationality_adjective_of_an_air_strike_is_its_doer() -> None:
    [attack] = of_type(rule_events("وقتل ثلاثة مسلحين في ضربة جوية أميركية في مدينة الصدر أمس."), "ASSAULT")
    assert [a.text for a in attack.source] == ["أميركية"]
    assert [a.text for a in attack.target] == ["ثلاثة مسلحين", "الصدر"]


def test_the_party_subjected_to_an_attack_is_its_target() -> None:
    text = "وأفادت تقارير بتعرض المرجع الشيعي علي السيستاني لمحاولة اغتيال في النجف."
    [attack] = of_type(rule_events(text), "ASSAULT")
    assert any("علي السيستاني" in a.text for a in attack.target)


def test_rigged_car_is_the_source_and_the_passing_patrol_the_target() -> None:
    [attack] = of_type(rule_events("وانفجرت سيارة مفخخة لدى مرور دورية للشرطة في بغداد."), "ASSAULT")
    assert [a.text for a in attack.source] == ["سيارة مفخخة"]
    assert [a.text for a in attack.target] == ["دورية للشرطة", "بغداد"]


def test_protest_targets_the_seat_it_stands_before_and_its_slogans() -> None:
    doc = rule_events("وتظاهر مئات الطلاب أمام مقر البرلمان وهم يرددون هتافات «الموت لأمريكا».")
    [protest] = of_type(doc, "PROTEST")
    assert [a.text for a in protest.source] == ["مئات الطلاب"]
    assert {"مقر البرلمان", "أمريكا"} <= {a.text for a in protest.target}


def test_shipped_filter_keeps_a_reported_attack_and_drops_a_war_of_words() -> None:
    report = "وقتل عشرون شخصا وجرح ثمانون في هجوم انتحاري بشاحنة مفخخة استهدف مقرا للشرطة شمال بغداد أمس."
    words = "وهاجم الوزير سياسة الحكومة الاقتصادية في مقال نشرته صحيفة محلية."
    assert of_type(analysed(report), "ASSAULT")
    assert of_type(rule_events(words), "ASSAULT")  # the rules alone read "هاجم" as an attack
    assert not of_type(analysed(words), "ASSAULT")


def test_invasion_with_named_parties_passes_the_filter() -> None:
    doc = analysed("وأيد الزعيم الكوري الشمالي كيم جونغ أون اجتياح موسكو العسكري لأوكرانيا.")
    [attack] = of_type(doc, "ASSAULT")
    assert [a.text for a in attack.source] == ["موسكو"]
    assert [a.text for a in attack.target] == ["أوكرانيا"]


# --- cross-validation of the filter -------------------------------------------------------------------------------

_REPORTS = (
    "قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش شمال بغداد أمس.",
    "انفجرت سيارة مفخخة قرب مركز للشرطة في الموصل صباح اليوم مما أسفر عن مقتل خمسة أشخاص.",
    "أطلق قناص النار على دورية للجيش في الفلوجة فأصاب جنديين.",
    "اغتال مجهولون مسؤولا محليا في كركوك مساء الأحد.",
    "قصفت طائرات حربية مواقع للمتمردين في شمال البلاد أمس وقتلت عشرين مسلحا.",
    "فجر انتحاري نفسه وسط سوق مزدحم في بعقوبة وقتل اثني عشر مدنيا.",
    "هاجم مسلحون قافلة عسكرية على الطريق بين كابول وقندهار الليلة الماضية.",
    "خطف مسلحون أربعة مهندسين أجانب من موقع عملهم في هرات.",
    "أصيب سبعة أشخاص بجروح في انفجار عبوة ناسفة استهدفت حافلة للركاب.",
    "شنت مروحيات الجيش غارة على معسكر للمقاتلين قرب الحدود فقتلت عشرة منهم.",
    "اقتحم جنود القرية فجرا وأطلقوا النار على السكان فقتلوا رجلين.",
    "قتل شرطيان برصاص مسلحين مجهولين في حي المنصور ببغداد.",
)
_WORDS = (
    "هاجم الوزير سياسة الحكومة الاقتصادية في مقال نشرته صحيفة محلية.",
    "شن النائب هجوما لاذعا على خصومه خلال جلسة البرلمان.",
    "هاجم المدرب الحكم بعد خسارة فريقه في المباراة النهائية.",
    "وجه رئيس الحزب هجوما حادا إلى الصحافة في مؤتمره السنوي.",
    "شنت الصحيفة هجوما على وزير التعليم بسبب نتائج الامتحانات.",
    "هاجم الناقد الفيلم الجديد ووصفه بأنه ممل وطويل.",
    "هاجمت المعارضة قرار رفع الأسعار في بيان أصدرته اليوم.",
    "شن المعلق هجوما على إدارة النادي في برنامجه التلفزيوني.",
    "هاجم الرئيس السابق خطة الإصلاح في مقابلة مع قناة فضائية.",
    "وجه الاتحاد هجوما على الشركة المنظمة للبطولة بسبب سوء التنظيم.",
    "هاجم الأطباء قرار الوزارة بتقليص ميزانية المستشفيات.",
    "شن الأديب هجوما على النقاد الذين تجاهلوا كتابه الأخير.",
)


def _judged(text: str, k: int, happened: bool) -> dict[str, object]:
    events = [{"types": ["ASSAULT"], "source": None, "target": None}] if happened else []
    return {"id": f"s{k}", "lang": "ar", "text": text, "events_scope": ["ASSAULT"], "events": events}


def test_near_duplicate_sentences_share_a_group() -> None:
    texts = [
        "واحتل سهم الشركة المرتبة الأولى بإجمالي تداول بلغ 138 مليون درهم موزعة على 45 مليون سهم.",
        "واحتل سهم الشركة المرتبة الأولى بإجمالي تداول بلغ 212 مليون درهم موزعة على 66 مليون سهم.",
        _REPORTS[0],
        _REPORTS[1],
    ]
    groups = near_duplicate_groups(texts)
    assert groups[0] == groups[1]
    assert len({groups[1], groups[2], groups[3]}) == 3


def test_folds_keep_groups_whole_spread_each_label_and_repeat() -> None:
    strata = [("ASSAULT", k % 4 == 0) for k in range(40)]
    groups = [k // 2 if k < 10 else k for k in range(40)]  # five pairs, then singletons
    folds = assign_folds(strata, groups, 4)
    assert folds == assign_folds(strata, groups, 4)
    for g in set(groups):
        assert len({f for f, gg in zip(folds, groups, strict=True) if gg == g}) == 1
    positives = [sum(1 for f, (_, y) in zip(folds, strata, strict=True) if y and f == fold) for fold in range(4)]
    assert max(positives) - min(positives) <= 2


def test_cross_validation_scores_each_sentence_once_and_the_filter_beats_the_rules() -> None:
    docs = [_judged(t, k, True) for k, t in enumerate(_REPORTS)]
    docs += [_judged(t, len(_REPORTS) + k, False) for k, t in enumerate(_WORDS)]
    report = cross_validate(docs, folds=2)
    assert len(report.folds) == 2 and len(report.thresholds) == 2
    assert report.pooled.gold == len(_REPORTS) == sum(t.gold for t in report.folds)
    assert report.pooled.predicted == sum(t.predicted for t in report.folds)
    assert report.rules_only.predicted > len(_REPORTS)  # the verbal attacks are rule candidates too
    filtered = report.pooled.scores()["type_only"]["f1"]
    assert filtered > report.rules_only.scores()["type_only"]["f1"]
    assert filtered >= 0.8


def test_circumstantial_call_is_a_request_by_the_subject_of_the_verb_before_it() -> None:
    doc = analysed("وأدانت وزارة الخارجية القطرية القصف، داعية المجتمع الدولي إلى تحرك عاجل لحماية المدنيين.")
    [request] = [e for e in doc.events if e.type == "REQUEST"]
    assert [a.text for a in request.source] == ["وزارة الخارجية القطرية"]
    assert request.trigger.text == "داعية"


def test_phone_call_in_the_accusative_is_a_consultation() -> None:
    doc = analysed("وأجرى الرئيس الجزائري عبد المجيد تبون اتصالا هاتفيا مع نظيره الفرنسي إيمانويل ماكرون.")
    assert [e.mode for e in doc.events if e.type == "CONSULT"] == ["phone"]


def test_expelling_staff_is_a_diplomatic_sanction() -> None:
    doc = analysed("وردت فرنسا على قرار الجزائر طرد 12 موظفا من سفارتها.")
    assert [e.mode for e in doc.events if e.type == "SANCTION"] == ["expel"]


def test_an_accusing_participle_is_an_accusation_by_the_verbs_subject() -> None:
    doc = analysed("وقال وزير الخارجية الجزائري أحمد عطاف إن العلاقات متوترة، متهما باريس بعرقلة الحوار.")
    [accusation] = of_type(doc, "ACCUSE")
    assert accusation.trigger.text == "متهما"
    assert "أحمد عطاف" in actor_texts(doc, accusation.source)


def test_a_decline_is_no_concession_and_backing_down_is() -> None:
    falling = analysed("وتراجعت أسعار النفط بنسبة خمسة في المئة أمس.")
    assert not of_type(falling, "CONCEDE")
    backing = analysed("وتراجعت الحكومة عن قرار رفع أسعار الوقود بعد الاحتجاجات.")
    assert [e.type for e in of_type(backing, "CONCEDE")] == ["CONCEDE"]


@pytest.mark.parametrize("name", ["event_filter.crfsuite", "event_filter_articles.crfsuite"])
def test_the_shipped_event_filter_version_names_its_model_bytes(name: str) -> None:
    model = Path(event_filter_module.__file__).parent / name
    meta = orjson.loads(model.with_suffix(".json").read_bytes())
    sha = hashlib.sha256(model.read_bytes()).hexdigest()
    assert meta["model_sha256"] == sha
    assert str(meta["version"]).endswith(sha[:8])


def _article(k: int, attacks: list[str], happened: list[str]) -> dict[str, object]:
    text = " ".join(attacks)
    events = [{"types": ["ASSAULT"], "source": None, "target": None, "trigger": t} for t in happened]
    return {"id": f"a{k}", "lang": "ar", "text": text, "events": events}


def test_an_article_sentence_is_a_positive_example_when_a_gold_event_has_its_trigger_there() -> None:
    article = _article(0, [_REPORTS[0], _WORDS[1], _REPORTS[4]], ["هجوم", "قصفت"])
    pack = ArabicPack()
    pack.use_event_filter(None)
    judged = [j for j in judged_articles([article], pack) if j.event_type == "ASSAULT"]
    labels = {j.text.strip(): j.positive for j in judged}
    assert labels == {_REPORTS[0]: True, _WORDS[1]: False, _REPORTS[4]: True}
    assert all(j.examples for j in judged)


def test_an_article_is_judged_by_the_article_filter_and_a_sentence_by_the_sentence_filter() -> None:
    pack = ArabicPack()
    article = analysed(" ".join([_REPORTS[0], _WORDS[1], _REPORTS[4]]), with_events=False)
    sentence = analysed(_REPORTS[0], with_events=False)
    sentence_filter = EventFilter.load()
    article_filter = EventFilter.load(ARTICLE_FILTER_PATH)
    assert sentence_filter is not None and article_filter is not None
    assert sentence_filter.version != article_filter.version
    chosen_for_article = pack.event_filter_for(article)
    chosen_for_sentence = pack.event_filter_for(sentence)
    assert chosen_for_article is not None and chosen_for_article.version == article_filter.version
    assert chosen_for_sentence is not None and chosen_for_sentence.version == sentence_filter.version
    assert "ar-article-event-filter" in pack.model_versions()


@pytest.mark.parametrize("path", [FILTER_PATH, ARTICLE_FILTER_PATH], ids=["sentences", "articles"])
def test_the_filter_gives_a_candidate_the_probability_crfsuite_gives(path: Path) -> None:
    event_filter = EventFilter.open(path)
    assert event_filter is not None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    pack = ArabicPack()
    pack.use_event_filter(None)
    article = _article(0, [*_REPORTS[:6], *_WORDS[:4]], [])
    judged = [j for j in judged_articles([article], pack) if j.event_type == "ASSAULT"]
    examples = [features for j in judged for features in j.examples]
    assert len(examples) >= 8
    for features in examples:
        tagger.set([features])
        assert event_filter.probability(features) == tagger.marginal("Y", 0)


def test_a_place_adjunct_between_verb_and_object_is_skipped() -> None:
    doc = rule_events("استقبل الرئيس المصري عبد الفتاح السيسي أمس في القاهرة وزير الخارجية الجزائري أحمد عطاف.")
    [meeting] = of_type(doc, "CONSULT")
    assert "عبد الفتاح السيسي" in actor_texts(doc, meeting.source)
    assert "أحمد عطاف" in actor_texts(doc, meeting.target)


def test_an_indefinite_accusative_after_the_verb_is_its_object_not_its_subject() -> None:
    doc = rule_events("وفرقت الشرطة التظاهرة أمام البرلمان، واعتقلت عددا من المحتجين.")
    [arrest] = [e for e in of_type(doc, "COERCE") if e.trigger.text == "اعتقلت"]
    assert [a.text for a in arrest.target] == ["عددا من المحتجين"]
    assert "عددا من المحتجين" not in {a.text for a in arrest.source}


def test_a_delegation_stands_for_the_body_that_sent_it() -> None:
    doc = rule_events("واستقبل وزير الخارجية المصري بدر عبد العاطي وفدا من حركة فتح.")
    [meeting] = of_type(doc, "CONSULT")
    assert [a.text for a in meeting.target] == ["حركة فتح"]


def test_his_country_acts_through_the_one_who_says_so() -> None:
    doc = rule_events("وأعلن الرئيس الفرنسي إيمانويل ماكرون أن بلاده تدعم الحكومة اللبنانية.")
    [support] = of_type(doc, "SUPPORT")
    assert [a.text for a in support.source] == ["إيمانويل ماكرون"]


def test_a_manner_adverb_after_the_verb_is_no_target() -> None:
    doc = rule_events("وأدانت مصر بشدة اقتحام المستوطنين المسجد الأقصى.")
    [condemnation] = of_type(doc, "ACCUSE")
    assert [a.text for a in condemnation.target] == ["المسجد الأقصى"]


def test_a_title_inside_the_subject_takes_its_name_and_the_object_follows() -> None:
    doc = rule_events("واتهم مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو حركة حماس بعرقلة الاتفاق.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "حركة حماس" in actor_texts(doc, accusation.target)
    assert "بنيامين نتنياهو" not in actor_texts(doc, accusation.target)


def test_the_two_sides_are_the_parties_of_the_meeting_before() -> None:
    doc = rule_events("واستقبل أردوغان الرئيس السوري أحمد الشرع في أنقرة، واتفق الجانبان على تشكيل لجنة مشتركة.")
    [agreement] = of_type(doc, "AGREE")
    assert "أردوغان" in actor_texts(doc, agreement.source)
    assert "أحمد الشرع" in actor_texts(doc, agreement.target)


def test_a_call_names_its_other_party_after_ba() -> None:
    doc = rule_events("وأجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا بالرئيس اللبناني جوزاف عون.")
    [call] = of_type(doc, "CONSULT")
    assert "جوزاف عون" in actor_texts(doc, call.target)


def test_a_resolution_asks_through_the_body_that_adopted_it() -> None:
    doc = rule_events("وتبنى مجلس الأمن الدولي أمس قرارا يطالب حركة الشباب بوقف الهجمات.")
    [demand] = of_type(doc, "REQUEST")
    assert "مجلس الأمن الدولي" in actor_texts(doc, demand.source)


def test_a_verb_joined_by_wa_to_the_last_event_shares_its_subject() -> None:
    doc = rule_events("وزار المدير العام رافائيل غروسي طهران أمس، والتقى الرئيس الإيراني مسعود بزشكيان.")
    [meeting] = [e for e in of_type(doc, "CONSULT") if e.trigger.text == "التقى"]
    assert "رافائيل غروسي" in actor_texts(doc, meeting.source)
    assert "مسعود بزشكيان" in actor_texts(doc, meeting.target)


def test_a_participle_after_a_reported_clause_is_the_speakers() -> None:
    doc = rule_events("وأفاد وزير الداخلية خالد الحسيني بأن الشرطة اعتقلت عشرين شخصا، داعيا السكان إلى التزام الهدوء.")
    [call] = of_type(doc, "REQUEST")
    assert "خالد الحسيني" in actor_texts(doc, call.source)


def test_after_the_words_it_reports_a_verb_joined_by_wa_is_the_speakers() -> None:
    doc = rule_events('وقال الأمين العام أحمد أبو الغيط إن "المنطقة أمام اختبار حقيقي"، وطالب إسرائيل برفع القيود.')
    [demand] = of_type(doc, "REQUEST")
    assert "أحمد أبو الغيط" in actor_texts(doc, demand.source)
    assert "إسرائيل" in actor_texts(doc, demand.target)


def test_a_glued_wa_joins_the_verb_to_the_last_event() -> None:
    doc = rule_events("وزار المدير العام رافائيل غروسي طهران أمس، واتهم إيران بعرقلة عمل المفتشين.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "رافائيل غروسي" in actor_texts(doc, accusation.source)
    assert "إيران" in actor_texts(doc, accusation.target)


def test_but_he_is_the_one_the_sentence_quotes() -> None:
    doc = rule_events('وذكر صندوق النقد الدولي في بيان أن مصر "أحرزت تقدما"، لكنه حث الحكومة على تسريع الإصلاحات.')
    [urging] = of_type(doc, "REQUEST")
    assert "صندوق النقد الدولي" in actor_texts(doc, urging.source)


def test_the_two_sides_in_the_accusative_are_the_object_of_a_joined_verb() -> None:
    doc = rule_events('وقال المتحدث ستيفان دوجاريك إن المنظمة "تتابع بقلق" التطورات، ودعا البلدين إلى ضبط النفس.')
    [call] = of_type(doc, "REQUEST")
    assert "ستيفان دوجاريك" in actor_texts(doc, call.source)
    assert "البلدين" not in {a.text for a in call.source}


def test_members_of_a_body_stand_for_it() -> None:
    doc = rule_events("واتهمت السلطات المغربية عناصر من الجيش الجزائري بإطلاق النار على ثلاثة شبان.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "الجيش الجزائري" in actor_texts(doc, accusation.target)


def test_an_event_inside_the_reported_words_gives_no_subject_to_a_verb_after_them() -> None:
    doc = rule_events('وقال الوزير خالد الحسيني إن "الجيش قصف مواقع المسلحين"، وطالب إسرائيل بوقف الهجمات.')
    [demand] = of_type(doc, "REQUEST")
    assert "خالد الحسيني" in actor_texts(doc, demand.source)


def test_condemning_an_attack_named_by_its_noun_accuses_whoever_carried_it_out() -> None:
    doc = rule_events("وشن الجيش الإسرائيلي غارة على بلدة كفركلا أمس. وأدانت وزارة الخارجية اللبنانية الغارة.")
    [condemnation] = of_type(doc, "ACCUSE")
    assert "الجيش الإسرائيلي" in actor_texts(doc, condemnation.target)
    assert "الغارة" not in {a.text for a in condemnation.target}


def test_rejecting_accusations_rejects_the_accuser() -> None:
    doc = rule_events("اتهمت وزارة الخارجية الجزائرية المغرب بالتصعيد، فيما رفضت الرباط الاتهامات.")
    [rejection] = of_type(doc, "REJECT")
    assert "وزارة الخارجية الجزائرية" in actor_texts(doc, rejection.target)


def test_an_act_whose_doer_is_not_named_stays_the_target() -> None:
    doc = rule_events("وقتل شخصان في هجوم على سوق شعبي. وأدانت الحكومة الهجوم.")
    [condemnation] = of_type(doc, "ACCUSE")
    assert [a.text for a in condemnation.target] == ["الهجوم"]


def test_an_attack_on_unnamed_people_or_things_targets_the_place_it_hit() -> None:
    doc = rule_events("وقصفت قوات الدعم السريع سوقا شعبيا في مدينة الفاشر أمس.")
    [attack] = of_type(doc, "ASSAULT")
    assert "الفاشر" in actor_texts(doc, attack.target)
    assert "قوات الدعم السريع" in actor_texts(doc, attack.source)


def test_an_attack_on_a_named_party_does_not_target_the_place() -> None:
    doc = rule_events("وقصف الجيش الإسرائيلي مواقع لحزب الله في بلدة كفركلا.")
    [attack] = of_type(doc, "ASSAULT")
    assert "حزب الله" in actor_texts(doc, attack.target)
    assert "كفركلا" not in actor_texts(doc, attack.target)


def test_the_one_amma_puts_first_is_the_subject_of_the_verb_that_answers_it() -> None:
    doc = rule_events("أما المتحدث باسم الجماعة محمد عبد السلام، فاتهم واشنطن ولندن بعسكرة البحر الأحمر.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "محمد عبد السلام" in actor_texts(doc, accusation.source)
    assert "واشنطن" in actor_texts(doc, accusation.target)
    assert "واشنطن" not in actor_texts(doc, accusation.source)


def test_the_parties_of_talks_follow_bayna() -> None:
    doc = rule_events("وقال الوزير العماني إن المحادثات المباشرة بين إيران والولايات المتحدة كانت بناءة.")
    [talks] = of_type(doc, "CONSULT")
    assert "إيران" in actor_texts(doc, talks.source)
    assert "الولايات المتحدة" in actor_texts(doc, talks.target)


def test_a_host_stays_the_source_and_the_parties_after_bayna_are_the_target() -> None:
    doc = rule_events("واستضافت جدة الأسبوع الماضي جولة محادثات بين الجيش السوداني وقوات الدعم السريع.")
    [talks] = of_type(doc, "CONSULT")
    assert "جدة" in actor_texts(doc, talks.source)
    assert {"الجيش السوداني", "قوات الدعم السريع"} <= actor_texts(doc, talks.target)


def test_a_verb_after_haythu_goes_on_with_the_subject_of_the_visit() -> None:
    doc = rule_events("وزار زيلينسكي الإمارات في منتصف فبراير، حيث التقى رئيس الدولة الشيخ محمد بن زايد آل نهيان.")
    [meeting] = [e for e in of_type(doc, "CONSULT") if e.trigger.text == "التقى"]
    assert "زيلينسكي" in actor_texts(doc, meeting.source)
    assert "محمد بن زايد آل نهيان" in actor_texts(doc, meeting.target)


def test_where_something_was_said_stands_between_the_verb_and_its_object() -> None:
    doc = rule_events("واتهمت جمعية الوفاق الوطني الإسلامية في بيان السلطات بهندسة برلمان بلا صلاحيات.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "السلطات" in actor_texts(doc, accusation.target)


def test_a_medium_set_off_by_commas_names_no_target() -> None:
    doc = rule_events("واتهم المتحدث العسكري أفيخاي أدرعي، في منشور على منصة إكس، حزب الله بمحاولة التموضع.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "حزب الله" in actor_texts(doc, accusation.target)
    assert "منصة" not in actor_texts(doc, accusation.target)


def test_a_separate_object_pronoun_stands_for_the_party_named_before_it() -> None:
    doc = rule_events("وأعلن الوزير وقف تحويل الأموال إلى السلطة الفلسطينية، متهما إياها بدفع مخصصات لعائلات الأسرى.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "السلطة الفلسطينية" in actor_texts(doc, accusation.target)


def test_a_name_after_a_named_subject_is_the_object_not_an_adjective() -> None:
    doc = rule_events("وطالبت الرئاسة الفلسطينية الولايات المتحدة بالتدخل الفوري.")
    [demand] = of_type(doc, "REQUEST")
    assert "الرئاسة الفلسطينية" in actor_texts(doc, demand.source)
    assert "الولايات المتحدة" in actor_texts(doc, demand.target)


def test_we_in_a_quote_is_its_speaker_and_the_noun_after_the_verb_its_object() -> None:
    doc = rule_events("وقال المتحدث أندريا تيننتي: «نطالب الجيش الإسرائيلي بالكف عن استهداف حفظة السلام».")
    [demand] = of_type(doc, "REQUEST")
    assert "أندريا تيننتي" in actor_texts(doc, demand.source)
    assert "الجيش الإسرائيلي" in actor_texts(doc, demand.target)


_INTERVIEW = (
    "وفي حوار مع الصحيفة، تحدث رئيس منظمة برو أزول طارق الأوس عن عمليات الترحيل.\n"
    "الصحيفة: ماذا تطلبون من الحكومة الاتحادية؟\n"
    "الأوس: نطالب المستشار فريدريش ميرتس بوقف هذه الرحلات فورا. ونطالب كذلك بإخضاع ملف كل مرحّل لرقابة قضائية."
)


def test_we_in_an_interview_answer_is_the_one_who_answers_though_no_marks_enclose_it() -> None:
    doc = rule_events(_INTERVIEW)
    first = next(e for e in of_type(doc, "REQUEST") if e.trigger.start == _INTERVIEW.index("نطالب"))
    assert "طارق الأوس" in actor_texts(doc, first.source)
    assert "فريدريش ميرتس" in actor_texts(doc, first.target)


def test_a_question_word_is_no_actor() -> None:
    doc = rule_events(_INTERVIEW)
    [question] = [e for e in of_type(doc, "REQUEST") if e.trigger.text == "تطلبون"]
    assert "ماذا" not in {a.text for a in (*question.source, *question.target)}


def test_a_speakers_calls_in_two_sentences_of_their_own_words_are_two_calls() -> None:
    doc = rule_events(_INTERVIEW)
    calls = [e for e in of_type(doc, "REQUEST") if e.trigger.text == "نطالب"]
    assert [e.trigger.start for e in calls] == [_INTERVIEW.index("نطالب"), _INTERVIEW.index("ونطالب") + 1]
    assert all("طارق الأوس" in actor_texts(doc, e.source) for e in calls)


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        # The one noun before ب is the accused; the accuser is the party the sentence opened with.
        (
            "ونفت وزارة الخارجية المالية في بيان أن تكون المسيرة قد اخترقت الأجواء الجزائرية، "
            'واتهمت الجزائر بـ"رعاية الإرهاب".',
            "وزارة الخارجية المالية",
            "الجزائر",
        ),
        # The ب inside a name is not the accusation's.
        ("واتهمت منظمة أطباء بلا حدود الحكومة الإيطالية بعرقلة عمليات الإنقاذ.", "أطباء بلا حدود", "الحكومة الإيطالية"),
    ],
)
def test_the_accused_is_the_noun_right_before_the_accusations_b(text: str, accuser: str, accused: str) -> None:
    doc = rule_events(text)
    [accusation] = of_type(doc, "ACCUSE")
    assert accuser in actor_texts(doc, accusation.source)
    assert accused in actor_texts(doc, accusation.target)


def test_a_demand_with_b_keeps_the_noun_after_the_verb_as_its_subject() -> None:
    doc = rule_events("وطالبت المفوضية العليا لحقوق الإنسان بالإفراج عن المعتقلين.")
    [demand] = of_type(doc, "REQUEST")
    assert "المفوضية العليا لحقوق الإنسان" in actor_texts(doc, demand.source)


def test_signing_an_agreement_is_an_agreement_between_the_signer_and_the_other_party() -> None:
    doc = rule_events("ووقعت مؤسسة البترول الكويتية أمس مذكرة تفاهم مع شركة شل لتطوير حقول الغاز.")
    [agreement] = of_type(doc, "AGREE")
    assert "مؤسسة البترول الكويتية" in actor_texts(doc, agreement.source)
    assert "شل" in actor_texts(doc, agreement.target)  # the brand, mentioned without its head
    assert "تفاهم" not in {a.text for a in agreement.target}


def test_a_signature_is_not_an_agreement_without_a_document() -> None:
    doc = rule_events("ووقع انفجار قرب السفارة صباح اليوم.")
    assert of_type(doc, "AGREE") == []


def test_asking_not_to_be_named_is_no_request() -> None:
    doc = rule_events("وقال مسؤول إماراتي طلب عدم نشر اسمه إن أبوظبي لم توقع أي اتفاق.")
    assert of_type(doc, "REQUEST") == []


def test_demand_in_a_market_is_no_request() -> None:
    for text in ("وتوقعت أوبك أن يرتفع الطلب العالمي على النفط.", "وقال الوزير إن الطلب على الغاز المصري ارتفع."):
        assert of_type(rule_events(text), "REQUEST") == []


def test_stopping_people_is_an_arrest() -> None:
    doc = rule_events("وقالت الشرطة السودانية في بيان إنها أوقفت ثلاثة أشخاص بعد مناوشات محدودة.")
    [arrest] = of_type(doc, "COERCE")
    assert arrest.mode == "arrest"
    assert "الشرطة السودانية" in actor_texts(doc, arrest.source)
    assert [a.text for a in arrest.target] == ["ثلاثة أشخاص"]


def test_stopping_a_flow_is_no_arrest_nor_is_the_imperfect_stopped() -> None:
    doc = rule_events("وأوقفت تركيا الضخ عبر الخط في آذار الماضي، وتوقف الإنتاج لأسابيع.")
    assert of_type(doc, "COERCE") == []


def test_a_withdrawal_that_is_called_for_is_no_event_of_its_own() -> None:
    doc = rule_events("وقال مسؤول كونغولي إن كينشاسا تطالب بانسحاب مقاتلي الحركة من مدينة غوما.")
    assert of_type(doc, "RETREAT") == []
    assert len(of_type(doc, "REQUEST")) == 1


def test_a_release_a_participle_calls_for_is_no_event_of_its_own() -> None:
    doc = rule_events("وقال وزير الخارجية المصري بدر عبد العاطي إن الوضع خطير، مطالبا بالإفراج الفوري عن المعتقلين.")
    assert of_type(doc, "RETREAT") == []
    assert len(of_type(doc, "REQUEST")) == 1


def test_signing_is_agreeing() -> None:
    doc = rule_events("وأعلنت قطر للطاقة توقيع اتفاقية جديدة مع شركة شل.")
    assert of_type(doc, "SUPPORT") == []
    assert len(of_type(doc, "AGREE")) == 1


def test_paying_a_price_is_no_praise() -> None:
    doc = rule_events("وقال رئيس النادي إن الفريق يدفع ثمن الإرهاق بعد رحلة طويلة إلى الرياض.")
    assert of_type(doc, "SUPPORT") == []


def test_a_verbal_noun_with_no_named_party_is_no_event() -> None:
    doc = rule_events("وقال الوزير إن الحكومة ستواصل دعم المزارعين هذا العام.")
    assert of_type(doc, "SUPPORT") == []


def test_a_verbal_noun_with_a_named_party_is_an_event() -> None:
    doc = rule_events("وأكد الوزير دعم الجزائر الكامل لليبيا.")
    [support] = of_type(doc, "SUPPORT")
    assert "الجزائر" in actor_texts(doc, [*support.source, *support.target])


def test_what_a_call_discussed_is_the_call() -> None:
    doc = rule_events(
        "وأجرى الرئيس التركي رجب طيب أردوغان أمس اتصالا هاتفيا مع رئيس الوزراء الباكستاني شهباز شريف، "
        "بحث خلاله التصعيد على الحدود."
    )
    [call] = of_type(doc, "CONSULT")
    assert call.mode == "phone"
    assert "رجب طيب أردوغان" in actor_texts(doc, call.source)
    assert "شهباز شريف" in actor_texts(doc, call.target)


def test_money_set_aside_for_others_is_aid() -> None:
    doc = rule_events("وأضاف أن باريس خصصت مئتي مليون يورو للمرحلة الأولى من إعمار لبنان.")
    [aid] = of_type(doc, "AID")
    assert "باريس" in actor_texts(doc, aid.source)


def test_a_convoy_that_arrived_is_aid_not_a_visit() -> None:
    doc = rule_events("وأعلن البرنامج أن قافلة تضم 20 شاحنة محملة بالمواد الغذائية وصلت أمس إلى مخيم زمزم.")
    assert of_type(doc, "CONSULT") == []
    [aid] = of_type(doc, "AID")
    assert "humanitarian" in aid.context


def test_a_fine_is_a_sanction() -> None:
    doc = rule_events("وفرضت لجنة الانضباط في الاتحاد الأفريقي غرامة مالية على نادي الزمالك.")
    assert len(of_type(doc, "SANCTION")) == 1


def test_dispersing_protesters_is_coercion() -> None:
    doc = rule_events("ونظم عشرات المتضررين وقفة احتجاجية صامتة، قبل أن تفرقهم قوات الأمن بعد ساعة.")
    assert len(of_type(doc, "COERCE")) == 1


def test_taking_a_city_is_coercion_and_restraint_is_no_seizure() -> None:
    taken = rule_events("وكانت قوات الدعم السريع قد سيطرت على مدينة الفاشر في أكتوبر الماضي.")
    [coercion] = of_type(taken, "COERCE")
    assert "قوات الدعم السريع" in actor_texts(taken, coercion.source)
    assert of_type(rule_events("ودعا الأمين العام الطرفين إلى ضبط النفس."), "COERCE") == []


def test_an_agreement_reached_is_an_agreement() -> None:
    doc = rule_events("وتوصلت الحكومة السودانية أمس إلى اتفاق مع قوات الدعم السريع لوقف إطلاق النار.")
    [agreement] = of_type(doc, "AGREE")
    assert "قوات الدعم السريع" in actor_texts(doc, agreement.target)
    assert "الحكومة السودانية" in actor_texts(doc, agreement.source)


def test_a_pair_of_subjects_before_a_reciprocal_verb_are_its_two_parties() -> None:
    doc = rule_events("وقال مسؤول بحريني إن المنامة وطهران اتفقتا على تشكيل لجنة مشتركة.")
    [agreement] = of_type(doc, "AGREE")
    assert "المنامة" in actor_texts(doc, agreement.source)
    assert "طهران" in actor_texts(doc, agreement.target)


def test_the_verb_of_a_relative_pronoun_is_the_named_antecedents() -> None:
    doc = rule_events("لكن بولس لم يلتق قائد الدعم السريع محمد حمدان دقلو (حميدتي)، الذي من المقرر أن يزور كمبالا.")
    [visit] = [e for e in of_type(doc, "CONSULT") if e.mode == "visit"]
    assert "حميدتي" in actor_texts(doc, visit.source)
    assert "كمبالا" in actor_texts(doc, visit.target)


def test_a_relative_whose_verb_resumes_it_as_object_is_not_the_subject() -> None:
    doc = rule_events("وانتهت المحادثات بين روسيا وأوكرانيا، التي استضافتها إسطنبول أمس، دون اتفاق.")
    hosting = [e for e in of_type(doc, "CONSULT") if e.trigger.text == "استضافتها"]
    assert all("أوكرانيا" not in actor_texts(doc, e.source) for e in hosting)


def test_a_deed_a_body_announced_is_that_bodys() -> None:
    doc = rule_events("وكانت قطر للطاقة قد أعلنت الشهر الماضي عبر حسابها الرسمي توقيع اتفاقية جديدة مع شركة شل.")
    [agreement] = of_type(doc, "AGREE")
    assert "قطر للطاقة" in actor_texts(doc, agreement.source)
    assert "شل" in actor_texts(doc, agreement.target)  # the brand, mentioned without its head


def test_a_protest_someone_organised_is_theirs() -> None:
    doc = rule_events("ونظمت نقابة الأطباء وقفة احتجاجية أمام مقر وزارة الصحة أمس.")
    [protest] = of_type(doc, "PROTEST")
    assert "نقابة الأطباء" in actor_texts(doc, protest.source)


def test_article_cross_validation_scores_each_article_once_in_a_held_out_fold() -> None:
    articles = [
        _article(k, [_REPORTS[k], _WORDS[k], _REPORTS[k + 4]], [_REPORTS[k].split()[0], _REPORTS[k + 4].split()[0]])
        for k in range(4)
    ]
    report = cross_validate_articles(articles, folds=2)
    assert len(report.folds) == 2 and len(report.thresholds) == 2
    assert report.pooled.gold == 8 == sum(t.gold for t in report.folds)
    assert report.rules_only.gold == 8
    assert report.pooled.predicted == sum(t.predicted for t in report.folds)


def test_a_time_after_a_place_adjunct_does_not_hide_the_object() -> None:
    doc = rule_events("وكان عبد الفتاح البرهان قد التقى في بورتسودان الأسبوع الماضي مسعد بولس.")
    [meeting] = of_type(doc, "CONSULT")
    assert "عبد الفتاح البرهان" in actor_texts(doc, meeting.source)
    assert "مسعد بولس" in actor_texts(doc, meeting.target)


def test_a_verb_during_a_visit_is_the_visitors_and_takes_the_name_after_as_object() -> None:
    doc = rule_events("ووصل الشيباني إلى أنقرة أمس الأحد في زيارة رسمية، التقى خلالها الرئيس التركي رجب طيب أردوغان.")
    [meeting] = [e for e in of_type(doc, "CONSULT") if e.trigger.text == "التقى"]
    assert "الشيباني" in actor_texts(doc, meeting.source)
    assert "رجب طيب أردوغان" in actor_texts(doc, meeting.target)
    assert "رجب طيب أردوغان" not in actor_texts(doc, meeting.source)


def test_but_he_stands_for_the_party_the_sentence_opened_with() -> None:
    doc = rule_events(
        "ولم يحضر الرئيس السوري أحمد الشرع حفل التوقيع، لكنه استقبل مساء السبت وزير الخارجية القطري محمد الخليفي."
    )
    [reception] = of_type(doc, "CONSULT")
    assert "أحمد الشرع" in actor_texts(doc, reception.source)
    assert "محمد الخليفي" in actor_texts(doc, reception.target)


def test_a_place_inside_the_subjects_description_is_not_a_fronted_place() -> None:
    doc = rule_events(
        "وكان رئيس المجلس العسكري في بوركينا فاسو النقيب إبراهيم تراوري قد دعا إلى تسريع إنشاء بنك مشترك."
    )
    [call] = of_type(doc, "REQUEST")
    assert "إبراهيم تراوري" in actor_texts(doc, call.source)


def test_the_two_ministers_are_the_parties_of_the_meeting_before() -> None:
    doc = rule_events(
        "التقى وزير الخارجية اللبناني يوسف رجي نظيره القطري محمد الخليفي في بيروت. ووقع الوزيران اتفاقية لدعم الجيش."
    )
    [agreement] = of_type(doc, "AGREE")
    assert "يوسف رجي" in actor_texts(doc, agreement.source)
    assert "محمد الخليفي" in actor_texts(doc, agreement.target)


def test_an_accusing_participle_after_a_denial_is_the_denier_s() -> None:
    doc = rule_events("ونفى المرتضى أمس ما تردد عن انسحاب وفده، متهما الحكومة بعرقلة الإفراج عن المحتجزين.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "المرتضى" in actor_texts(doc, accusation.source)


def test_a_denial_with_its_subject_and_medium_before_the_clause_negates_it() -> None:
    doc = rule_events("في المقابل، نفت قوات الدعم السريع في بيان أن تكون قواتها قد استهدفت السوق.")
    [attack] = of_type(doc, "ASSAULT")
    assert attack.status == "negated"


def test_a_verbal_noun_a_denial_governs_is_negated() -> None:
    doc = rule_events("ونفت موسكو استهداف منشآت مدنية، فيما لم يصدر أي تعليق.")
    [attack] = of_type(doc, "ASSAULT")
    assert attack.status == "negated"


def test_people_rescued_at_sea_are_aid() -> None:
    doc = rule_events("وأنقذت خفر السواحل الإيطالي أمس 120 مهاجرا قبالة جزيرة لامبيدوزا.")
    [rescue] = of_type(doc, "AID")
    assert rescue.mode == "humanitarian"
    assert "خفر السواحل الإيطالي" in actor_texts(doc, rescue.source)


def test_money_paid_out_or_aid_delivered_is_aid() -> None:
    disbursed = rule_events("وصرف صندوق النقد الدولي الشهر الماضي شريحة بقيمة 820 مليون دولار لمصر.")
    assert [e.type for e in disbursed.events] == ["AID"]
    delivered = rule_events("وأوصل برنامج الأغذية العالمي أمس الثلاثاء قافلة من ٢٥ شاحنة إلى مدينة الفاشر.")
    [aid] = of_type(delivered, "AID")
    assert "برنامج الأغذية العالمي" in actor_texts(delivered, aid.source)


def test_hawla_the_preposition_is_no_transfer() -> None:
    doc = rule_events("وتحدث الوزير حول خطة بقيمة مليار دولار لإعادة الإعمار.")
    assert of_type(doc, "AID") == []


def test_forces_deployed_are_mobilised() -> None:
    doc = rule_events("وأعلن الجيش اللبناني في بيان أنه انتشر في بلدة الخيام الحدودية.")
    [deployment] = of_type(doc, "MOBILIZE")
    assert "الجيش اللبناني" in actor_texts(doc, deployment.source)


def test_a_security_presence_around_a_protest_is_no_deployment() -> None:
    doc = rule_events("ورفع المحتجون شعارات تطالب بالإفراج عن المعتقلين، وسط انتشار أمني كثيف.")
    assert of_type(doc, "MOBILIZE") == []


def test_a_strike_brandished_is_a_threat_not_a_strike() -> None:
    doc = rule_events("ولوح الاتحاد العام التونسي للشغل بإضراب عام في القطاع العام.")
    [threat] = of_type(doc, "THREATEN")
    assert "الاتحاد العام التونسي للشغل" in actor_texts(doc, threat.source)
    assert of_type(doc, "PROTEST") == []


def test_a_warning_to_a_named_party_is_a_threat_and_a_warning_of_danger_is_not() -> None:
    doc = rule_events("وحذر وزير الداخلية الفرنسي برونو روتايو الجزائر من عواقب وخيمة.")
    [threat] = of_type(doc, "THREATEN")
    assert "الجزائر" in actor_texts(doc, threat.target)
    assert of_type(rule_events("وحذرت المنظمة من كارثة إنسانية في المخيمات."), "THREATEN") == []


def test_welcoming_any_step_is_a_stance_not_an_event() -> None:
    doc = rule_events("وقال عراقجي إن طهران ترحب بأي خطوة صادقة من جانب الأوروبيين.")
    assert of_type(doc, "SUPPORT") == []
    assert len(of_type(rule_events("ورحبت الحكومة السودانية بالقرار."), "SUPPORT")) == 1


def test_a_price_paid_at_any_cost_is_no_praise() -> None:
    doc = rule_events('وقال المدرب: "دفعنا ثمن الثقة الزائدة، ولن نقبل الخسارة بأي ثمن".')
    assert of_type(doc, "SUPPORT") == []


def test_what_is_demanded_or_required_has_not_happened() -> None:
    demanded = rule_events("وقال عون إن لبنان شدد على ضرورة انسحاب إسرائيل من النقاط الخمس.")
    assert of_type(demanded, "RETREAT") == []
    required = rule_events("وقالت الأونروا إنه يجب رفع القيود عن دخول المساعدات فورا.")
    assert of_type(required, "CONCEDE") == []


def test_what_protesters_demand_is_part_of_the_protest() -> None:
    doc = rule_events("وتظاهر مئات الأشخاص أمس في القامشلي، رافعين لافتات تطالب بضمانات دستورية لتعليم اللغة الكردية.")
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_accusations_of_other_parties_in_later_sentences_are_other_statements() -> None:
    doc = rule_events(
        "واتهمت الخارجية السودانية قوات الدعم السريع بقصف مخيم زمزم. "
        "وفي بيان منفصل، اتهمت الخارجية السودانية دولة الإمارات بتسليح قوات الدعم السريع."
    )
    assert len(of_type(doc, "ACCUSE")) == 2


def test_an_attack_naming_another_party_in_a_later_sentence_is_another_attack() -> None:
    doc = rule_events(
        "وقصفت قوات الدعم السريع مخيم زمزم بالمدفعية الثقيلة. وفي سياق متصل، قصفت قوات الدعم السريع مدينة الأبيض."
    )
    assert len(of_type(doc, "ASSAULT")) == 2


def test_stopping_the_accused_or_a_unionist_is_an_arrest() -> None:
    doc = rule_events("وكانت السلطات التونسية قد أوقفت أغلب المتهمين في فيفري 2023.")
    assert [e.type for e in doc.events] == ["COERCE"]  # "المتهمين" are the accused, no accusation
    doc = rule_events("وأوقفت السلطات التونسية الشهر الماضي نقابيا في ولاية صفاقس.")
    assert [e.type for e in doc.events] == ["COERCE"]


def test_a_palace_and_the_town_it_stands_in_are_skipped_before_the_guest() -> None:
    doc = rule_events("استقبل الملك عبد الله الثاني في قصر الحسينية بعمان الرئيس القبرصي نيكوس خريستودوليدس.")
    [reception] = of_type(doc, "CONSULT")
    assert "نيكوس خريستودوليدس" in actor_texts(doc, reception.target)
    doc = rule_events("استقبل الرئيس اللبناني جوزيف عون في القصر الجمهوري ببعبدا المبعوث الفرنسي جان إيف لودريان.")
    [reception] = of_type(doc, "CONSULT")
    assert "جان إيف لودريان" in actor_texts(doc, reception.target)


def test_an_office_that_names_no_holder_stands_for_its_body() -> None:
    doc = rule_events("واستقبل الرئيس عبد الفتاح السيسي الأمين العام للأمم المتحدة في القاهرة.")
    [reception] = of_type(doc, "CONSULT")
    assert "الأمم المتحدة" in actor_texts(doc, reception.target)


def test_a_body_named_again_by_its_head_noun_is_that_body() -> None:
    doc = rule_events("وأعلنت بعثة الأمم المتحدة للدعم في ليبيا خطة جديدة. واتهمت البعثة الأطراف بعرقلة الحوار.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "بعثة الأمم المتحدة للدعم في ليبيا" in actor_texts(doc, accusation.source)


def test_a_definite_noun_standing_for_a_name_takes_no_name_after_it_as_genitive() -> None:
    doc = rule_events("وقال الجيش السوداني إن قواته صدت هجوما. واتهم الجيش قوات الدعم السريع بقصف الأحياء.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "الجيش السوداني" in actor_texts(doc, accusation.source)
    assert "قوات الدعم السريع" in actor_texts(doc, accusation.target)


def test_a_spokesman_acts_for_the_body_named_after_him() -> None:
    doc = rule_events("واتهم المتحدث باسم قوات الدعم السريع، في بيان، الطيران الحربي التابع للجيش بشن غارات.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "قوات الدعم السريع" in actor_texts(doc, accusation.source)
    assert "قوات الدعم السريع" not in actor_texts(doc, accusation.target)


def test_a_condemnation_by_the_body_after_bihi_is_that_bodys_and_happened() -> None:
    doc = rule_events("وكانت الجماعة قد احتجزت عددا من الموظفين في صنعاء، وهو ما نددت به الأمم المتحدة.")
    [condemnation] = of_type(doc, "ACCUSE")
    assert "الأمم المتحدة" in actor_texts(doc, condemnation.source)
    assert condemnation.status == "asserted"  # ما after هو is "what", not a negation


def test_by_phone_is_no_party_to_the_call() -> None:
    doc = rule_events("وقال المتحدث إن الوزير بدر عبد العاطي بحث هاتفيا مع نظيره الأردني أيمن الصفدي تطورات غزة.")
    [call] = of_type(doc, "CONSULT")
    assert "بدر عبد العاطي" in actor_texts(doc, call.source)
    assert "أيمن الصفدي" in actor_texts(doc, call.target)
    assert "هاتفيا" not in actor_texts(doc, call.target)


def test_a_verb_with_its_object_pronoun_takes_the_subject_after_it() -> None:
    doc = rule_events("وخرج آلاف المحتجين إلى ميدان الشهداء، قبل أن تفرقهم قوات الأمن مساء.")
    [dispersal] = of_type(doc, "COERCE")
    assert "قوات الأمن" in actor_texts(doc, dispersal.source)


def test_a_verbal_noun_a_body_announced_is_the_bodys() -> None:
    doc = rule_events("وفي بروكسل، أعلن الاتحاد الأوروبي أمس السبت فرض عقوبات على ستة مستوطنين.")
    [sanction] = of_type(doc, "SANCTION")
    assert "الاتحاد الأوروبي" in actor_texts(doc, sanction.source)


def test_the_subject_before_quoted_words_is_the_quoted_verbs() -> None:
    doc = rule_events('وقال وزير الخارجية المصري بدر عبد العاطي إن القاهرة "ترفض" أي محاولات لتقسيم السودان.')
    [refusal] = of_type(doc, "REJECT")
    assert "القاهرة" in actor_texts(doc, refusal.source)


def test_a_body_that_had_accused_is_the_accuser_not_the_accused() -> None:
    doc = rule_events(
        "وكانت منظمة هيومن رايتس ووتش قد اتهمت في تقرير نشرته في فبراير الماضي قوات الأمن بطرد مئات المهاجرين."
    )
    [accusation] = of_type(doc, "ACCUSE")
    assert "هيومن رايتس ووتش" in actor_texts(doc, accusation.source)
    assert "هيومن رايتس ووتش" not in actor_texts(doc, accusation.target)


def test_an_announcement_with_its_time_set_off_by_commas_is_the_announcers() -> None:
    doc = rule_events("وفي تطور متصل، أعلنت وزارة الخزانة الأميركية، أمس الأربعاء، فرض عقوبات على أربعة قياديين.")
    [sanction] = of_type(doc, "SANCTION")
    assert "وزارة الخزانة الأميركية" in actor_texts(doc, sanction.source)


def test_an_apposition_between_commas_before_qad_keeps_the_subject() -> None:
    doc = rule_events("وكان زعيم حزب الحركة القومية دولت بهتشلي، حليف اردوغان، قد دعا الشهر الماضي إلى تسريع الخطوات.")
    [call] = of_type(doc, "REQUEST")
    assert "دولت بهتشلي" in actor_texts(doc, call.source)


def test_a_joined_verb_after_a_verb_the_lexicon_lacks_keeps_the_sentences_subject() -> None:
    doc = rule_events(
        "في المقابل، نفت قوات الدعم السريع في بيان مسؤوليتها عن الهجوم على الشاحنات، واتهمت الجيش بقصف سوق في نيالا."
    )
    [accusation] = of_type(doc, "ACCUSE")
    assert "قوات الدعم السريع" in actor_texts(doc, accusation.source)
    assert "الجيش" in actor_texts(doc, accusation.target)


def test_leaders_of_a_body_named_after_them_stand_for_it() -> None:
    doc = rule_events("وأعلنت وزارة الخزانة الأميركية فرض عقوبات على أربعة قياديين في كتائب حزب الله.")
    [sanction] = of_type(doc, "SANCTION")
    assert "كتائب حزب الله" in actor_texts(doc, sanction.target)


def test_a_minister_arriving_in_a_capital_is_a_visit() -> None:
    doc = rule_events("وصل وزير الخارجية الإيراني عباس عراقجي إلى الرياض اليوم الثلاثاء في زيارة رسمية.")
    assert any("عباس عراقجي" in actor_texts(doc, e.source) for e in of_type(doc, "CONSULT"))


def test_a_delegation_of_officials_heading_to_a_capital_is_a_visit() -> None:
    doc = rule_events("وقالت الدول إن وفدا ضم مسؤولين روسا توجه إلى بيونغيانغ لاستكمال المحادثات.")
    assert of_type(doc, "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن برنامج الأغذية العالمي أن قافلة من 40 شاحنة وصلت إلى مدينة كادقلي للمرة الأولى منذ شهرين.",
        "وقالت الوزارة إن مناسيب نهر الفرات وصلت إلى أدنى مستوياتها منذ قرن.",
        "ورفعت الحكومة أسعار البنزين بنسب تصل إلى 13 في المئة.",
    ],
)
def test_what_arrives_without_a_named_traveller_is_no_visit(text: str) -> None:
    doc = rule_events(text)
    assert not [e for e in of_type(doc, "CONSULT") if e.mode == "visit"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن بلاده استقبلت نحو 15 مليون سائح خلال العام الجاري.",
        "وتستضيف تركيا نحو 2.9 مليون لاجئ سوري بحسب أرقام رسمية.",
        "قبل أيام من انطلاق البطولة التي تستضيفها الرياض، قال المدرب إن فريقه جاهز.",
    ],
)
def test_a_host_receiving_a_crowd_or_a_tournament_holds_no_meeting(text: str) -> None:
    assert of_type(rule_events(text), "CONSULT") == []


def test_a_host_receiving_a_guest_holds_a_meeting() -> None:
    doc = rule_events("واستقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية السوري أسعد الشيباني في أنقرة.")
    [meeting] = of_type(doc, "CONSULT")
    assert meeting.mode == "host"


def test_a_host_of_a_councils_session_holds_a_meeting() -> None:
    doc = rule_events("واستضافت الرياض الدورة العادية لمجلس جامعة الدول العربية بحضور وزراء الخارجية العرب.")
    assert [e.mode for e in of_type(doc, "CONSULT")] == ["host"]


@pytest.mark.parametrize(
    ("text", "event_type", "party"),
    [
        ("وافق صندوق النقد الدولي أمس على صرف شريحة جديدة لمصر بقيمة مليار دولار.", "AGREE", "مصر"),
        ("وهدد الحوثيون بتوسيع هجماتهم على السفن المرتبطة بإسرائيل في البحر الأحمر.", "THREATEN", "إسرائيل"),
    ],
)
def test_an_event_whose_objects_name_nobody_is_about_the_party_named_after_them(
    text: str, event_type: str, party: str
) -> None:
    doc = rule_events(text)
    [event] = of_type(doc, event_type)
    assert event.target[0].text == party
    assert len(event.target) == 2  # the unnamed object stays, after the party


def test_a_place_after_fi_is_where_an_event_happened_not_its_target() -> None:
    doc = rule_events("ووقعت مصر اتفاقية للتعاون الفني في القاهرة.")
    [agreement] = of_type(doc, "AGREE")
    assert "القاهرة" not in {a.text for a in agreement.target}


def test_the_party_an_event_is_about_is_read_only_up_to_the_clauses_comma() -> None:
    doc = rule_events("وانتقد الوزير السعودي دولا في التحالف تجاوزت حصصها، مثل كازاخستان.")
    [criticism] = of_type(doc, "ACCUSE")
    assert [a.text for a in criticism.target] == ["دولا"]


def test_the_two_ministers_no_event_named_are_the_last_two_people_named() -> None:
    doc = rule_events("وحضر بدر عبد العاطي وأيمن الصفدي حفل الافتتاح. ووقع الوزيران اتفاقية للتعاون الفني.")
    [agreement] = of_type(doc, "AGREE")
    # The two signed together: the first is the source, the other a target (a reciprocal act).
    assert [a.text for a in agreement.source] == ["بدر عبد العاطي"]
    assert "أيمن الصفدي" in [a.text for a in agreement.target]


def test_the_two_sides_stay_themselves_when_fewer_than_two_parties_are_named() -> None:
    doc = rule_events("وقال مصدر مطلع إن المحادثات كانت صعبة. واتفق الجانبان على مواصلة الحوار.")
    [agreement] = of_type(doc, "AGREE")
    assert [a.text for a in agreement.source] == ["الجانبان"]


def test_a_partys_own_forces_act_for_the_party_that_says_so() -> None:
    doc = rule_events("وقال الجيش السوداني إن قواته قصفت مواقع لقوات الدعم السريع قرب الفاشر.")
    [attack] = of_type(doc, "ASSAULT")
    assert [a.text for a in attack.source] == ["الجيش السوداني"]


def test_his_country_in_words_a_carried_speaker_reports_is_the_speakers() -> None:
    doc = rule_events(
        "وقال وزير الخارجية النرويجي إسبن بارث إيدي إن الأزمة خطيرة. وأشار إلى أن بلاده حولت أمس 40 مليون دولار "
        "مساعدات إلى الخزينة الفلسطينية."
    )
    [aid] = of_type(doc, "AID")
    assert [a.text for a in aid.source] == ["إسبن بارث إيدي"]


@pytest.mark.parametrize(
    ("text", "event_type", "subject"),
    [
        (
            "وقال بوريطة إن الطماطم المغربية تخضع لقواعد السوق، رافضا ما وصفه بحملات التشويه التي تقودها منظمة كواغ.",
            "REJECT",
            "بوريطة",
        ),
        ("وقال الوزير إن بلاده ملتزمة بالاتفاق، مشيدا بدور قطر في الوساطة.", "SUPPORT", "الوزير"),
        ("وقالت الخارجية إن القصف جريمة، منددة بصمت مجلس الأمن.", "ACCUSE", "الخارجية"),
    ],
)
def test_a_circumstantial_participle_reports_what_the_sentences_subject_did(
    text: str, event_type: str, subject: str
) -> None:
    doc = rule_events(text)
    [event] = of_type(doc, event_type)
    assert [a.text for a in event.source] == [subject]


def test_stopping_people_named_after_adjuncts_is_an_arrest() -> None:
    doc = rule_events("أوقفت وحدات أمنية تونسية، فجر اليوم الأربعاء، ثلاثة من قياديي الحزب.")
    assert len(of_type(doc, "COERCE")) == 1


def test_stopping_a_thing_is_no_arrest() -> None:
    assert of_type(rule_events("وأوقفت الشركة إنتاج النفط في الحقل، فجر اليوم الأربعاء."), "COERCE") == []


def test_the_act_an_accusation_names_is_the_accuseds() -> None:
    doc = rule_events("واتهمت الحكومة إسرائيل بقتل خمسة مدنيين في غارة على جنوب لبنان.")
    [attack] = of_type(doc, "ASSAULT")
    assert [a.text for a in attack.source] == ["إسرائيل"]


def test_a_refusal_with_lan_is_a_rejection_said_by_its_subject() -> None:
    doc = analysed("وقال المتحدث باسم الحركة إن حماس لن تسلم سلاحها ما دام الاحتلال قائما.")
    [rejection] = of_type(doc, "REJECT")
    assert rejection.status == "asserted"
    assert "حماس" in actor_texts(doc, rejection.source)


def test_a_refusal_in_the_first_person_is_the_speakers() -> None:
    doc = analysed('وكتب الرئيس الصومالي حسن شيخ محمود على منصة إكس: "لن نقبل بأي اتفاق ينتقص شبرا من أرضنا".')
    [rejection] = of_type(doc, "REJECT")
    assert rejection.status == "asserted"
    assert "حسن شيخ محمود" in actor_texts(doc, rejection.source)


def test_a_verb_of_refusal_without_lan_refuses_nothing() -> None:
    doc = analysed("وقال الوزير إن بلاده تقبل بالوساطة القطرية وتسلم ردها غدا.")
    assert not of_type(doc, "REJECT")


def test_a_refusal_under_a_condition_is_hypothetical() -> None:
    doc = analysed("وقال الوزير إنه إذا لم تنسحب القوات فلن نقبل بأي تسوية.")
    assert [e.status for e in of_type(doc, "REJECT")] == ["hypothetical"]


def test_summoning_another_countrys_ambassador_is_an_accusation_against_his_country() -> None:
    doc = analysed("واستدعت وزارة الخارجية الجزائرية، اليوم الثلاثاء، السفير الفرنسي لإبلاغه احتجاجها.")
    [summons] = [e for e in doc.events if "استدعت" in e.trigger.text]
    assert summons.type == "ACCUSE"
    assert "وزارة الخارجية الجزائرية" in actor_texts(doc, summons.source)
    assert "فرنسا" in actor_texts(doc, summons.target)


def test_calling_back_ones_own_ambassador_is_a_withdrawal() -> None:
    doc = analysed("واستدعت باريس سفيرها لدى الجزائر للتشاور.")
    assert [e.type for e in doc.events if "استدعت" in e.trigger.text] == ["SANCTION"]


def test_relief_goods_sent_are_aid() -> None:
    doc = analysed("وأرسل الهلال الأحمر المصري 230 شاحنة محملة بالمواد الغذائية والوقود إلى غزة.")
    [aid] = of_type(doc, "AID")
    assert "الهلال الأحمر المصري" in actor_texts(doc, aid.source)


def test_the_two_countries_called_on_are_the_last_two_countries_named() -> None:
    doc = rule_events(
        "وتبادلت إثيوبيا والصومال الاتهامات بشأن الحادث الحدودي. ودعا الاتحاد الأفريقي في بيان البلدين إلى ضبط النفس."
    )
    [call] = [e for e in of_type(doc, "REQUEST") if e.trigger.text == "دعا"]
    assert [a.text for a in call.target][:2] == ["إثيوبيا", "الصومال"]
    assert "الاتحاد الأفريقي" in actor_texts(doc, call.source)


def test_the_two_sides_called_on_are_not_the_caller_himself() -> None:
    doc = rule_events(
        "واندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع. وقال أنطونيو غوتيريش إن الوضع خطير، "
        "داعيا الطرفين إلى وقف القتال."
    )
    [call] = [e for e in of_type(doc, "REQUEST") if e.trigger.text == "داعيا"]
    targets = set().union(*(actor_texts(doc, [a]) for a in call.target))
    assert {"الجيش السوداني", "قوات الدعم السريع"} <= targets
    assert "أنطونيو غوتيريش" not in targets


@pytest.mark.parametrize(
    ("text", "asker", "asked"),
    [
        # The verb: the one asked follows من, past the asker and an adverb.
        ("وأضاف أن بيروت طلبت من واشنطن الضغط على تل أبيب لوقف الغارات.", "بيروت", "واشنطن"),
        ("وقال إن الوفد الأفغاني طلب رسميا من الدوحة تسهيل إجراءات التأشيرات.", "الوفد الأفغاني", "الدوحة"),
        # The noun: من names the one who asks; the body that acts on the request is the one asked.
        (
            "ومن المقرر أن يعقد مجلس الأمن الدولي جلسة طارئة بشأن السودان بطلب من بريطانيا.",
            "بريطانيا",
            "مجلس الأمن الدولي",
        ),
    ],
)
def test_a_request_names_the_one_asked_and_the_asker_around_min(text: str, asker: str, asked: str) -> None:
    doc = rule_events(text)
    [request] = [e for e in of_type(doc, "REQUEST") if "طلب" in e.trigger.text]
    assert asker in actor_texts(doc, request.source)
    assert asked in actor_texts(doc, request.target)
    assert asked not in actor_texts(doc, request.source)


def test_a_request_for_something_from_a_body_keeps_the_requester_as_its_source() -> None:
    doc = rule_events("وقالت مصادر حكومية إن الحكومة المصرية تعتزم طلب دعم إضافي من صندوق النقد الدولي.")
    [request] = of_type(doc, "REQUEST")
    assert "صندوق النقد الدولي" not in actor_texts(doc, request.source)


def test_min_opening_an_adjunct_names_no_one_asked() -> None:
    doc = rule_events("وطلب الرئيس من جانبه تأجيل الجلسة إلى الأسبوع المقبل.")
    [request] = of_type(doc, "REQUEST")
    assert not any("جانب" in a.text for a in request.target)


def test_the_one_asked_as_a_pronoun_is_the_party_just_met() -> None:
    doc = rule_events(
        "والتقى وزير الخارجية السوري أسعد الشيباني المبعوث الأمريكي توم باراك في نيويورك، وطلب منه تسريع رفع القيود."
    )
    [request] = of_type(doc, "REQUEST")
    assert "أسعد الشيباني" in actor_texts(doc, request.source)
    assert "توم باراك" in actor_texts(doc, request.target)


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        # A date after في is an adjunct, not the verb's subject or object.
        ("وكانت بغداد قد اتهمت في أيار الماضي حكومة الإقليم ببيع شحنات من النفط.", "بغداد", "حكومة الإقليم"),
        # An adjunct set off by commas, or an acronym in brackets and "في بيان", stands before the accused.
        (
            "غير أن منظمة العفو الدولية اتهمت، في تقرير صدر الشهر الماضي، السلطات القطرية بالتقاعس عن تعويض الأسر.",
            "منظمة العفو الدولية",
            "السلطات القطرية",
        ),
        (
            "في المقابل، اتهمت قوات سوريا الديمقراطية (قسد) في بيان الجيش التركي بقصف قريتين.",
            "قوات سوريا الديمقراطية",
            "الجيش التركي",
        ),
    ],
)
def test_the_accused_is_found_past_adjuncts_before_the_accusations_b(text: str, accuser: str, accused: str) -> None:
    doc = rule_events(text)
    [accusation] = of_type(doc, "ACCUSE")
    assert accuser in actor_texts(doc, accusation.source)
    assert accused in actor_texts(doc, accusation.target)


@pytest.mark.parametrize(
    ("text", "holder", "held"),
    [
        ("وأضاف أن واشنطن تحمّل الحكومة العراقية المسؤولية الكاملة عن حماية القوات.", "واشنطن", "الحكومة العراقية"),
        ("وحملت وزارة الخارجية الجزائرية فرنسا مسؤولية التصعيد.", "وزارة الخارجية الجزائرية", "فرنسا"),
        ("وقال وزير الخارجية أحمد عطاف إن العلاقات صعبة، محملا باريس مسؤولية الانسداد الحالي.", "أحمد عطاف", "باريس"),
    ],
)
def test_the_one_held_responsible_stands_before_the_word_responsibility(text: str, holder: str, held: str) -> None:
    doc = rule_events(text)
    [accusation] = of_type(doc, "ACCUSE")
    assert holder in actor_texts(doc, accusation.source)
    assert held in actor_texts(doc, accusation.target)
    assert held not in actor_texts(doc, accusation.source)


def test_responsibility_laid_on_someone_after_li_leaves_the_phrase_before_it_the_subject() -> None:
    doc = rule_events("وحمّلت وزارة الطاقة السورية مسؤوليته لخلايا تابعة للنظام السابق.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "وزارة الطاقة السورية" in actor_texts(doc, accusation.source)
    assert "وزارة الطاقة السورية" not in actor_texts(doc, accusation.target)


def test_the_government_in_a_sayers_words_acts_through_the_sayer() -> None:
    doc = rule_events("وقال نواف سلام إن الحكومة تطالب لجنة المراقبة بإلزام إسرائيل بالانسحاب الكامل.")
    [demand] = of_type(doc, "REQUEST")
    assert "نواف سلام" in actor_texts(doc, demand.source)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # The adjective after the document was read as the subject.
        ("وكانت دول الرباعية قد أصدرت الشهر الماضي بيانا مشتركا دعت فيه إلى هدنة إنسانية.", "الرباعية"),
        # A long date between the issuer and the document.
        (
            "وكانت الجمعية العامة للأمم المتحدة قد اعتمدت في ١٨ أيلول/ سبتمبر ٢٠٢٤ قرارا يطالب إسرائيل بإنهاء وجودها.",
            "الجمعية العامة للأمم المتحدة",
        ),
    ],
)
def test_a_document_asks_through_its_issuer(text: str, issuer: str) -> None:
    doc = rule_events(text)
    [request] = of_type(doc, "REQUEST")
    assert issuer in actor_texts(doc, request.source)


def test_a_mediation_is_by_the_party_named_after_min() -> None:
    doc = rule_events(
        "أعلنت وزارة الدفاع الروسية إتمام عملية تبادل جديدة للأسرى مع أوكرانيا، بوساطة من الإمارات العربية المتحدة."
    )
    [mediation] = [e for e in of_type(doc, "CONSULT") if "وساطة" in e.trigger.text]
    sources = set().union(*(actor_texts(doc, [a]) for a in mediation.source))
    assert "الإمارات العربية المتحدة" in sources
    assert "وزارة الدفاع الروسية" not in sources


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        # A possessed verbal noun of meeting takes its object; its pronoun is the clause's subject.
        (
            "وقال الرئيس التركي رجب طيب أردوغان خلال استقباله نظيره الفلسطيني محمود عباس إن بلاده تدعم الحل.",
            "رجب طيب أردوغان",
            "محمود عباس",
        ),
        # A final hamza sits on ya before the pronoun ("لقائه"); the pronoun is the sentence's speaker.
        (
            "وأكد الوزير بدر عبد العاطي أن مصر ترفض التهجير. "
            "وأضاف خلال لقائه وزير الخارجية الأردني أيمن الصفدي أن الحل سياسي.",
            "بدر عبد العاطي",
            "أيمن الصفدي",
        ),
    ],
)
def test_a_meeting_named_by_a_possessed_noun_is_reported_with_both_parties(text: str, host: str, guest: str) -> None:
    doc = rule_events(text)
    [meeting] = of_type(doc, "CONSULT")
    assert host in actor_texts(doc, meeting.source)
    assert guest in actor_texts(doc, meeting.target)


@pytest.mark.parametrize(
    ("word", "event_type"),
    [("التقيت", "CONSULT"), ("زرت", "CONSULT"), ("زرنا", "CONSULT"), ("دعوت", "REQUEST"), ("لقائه", "CONSULT")],
)
def test_first_person_verbs_and_hamza_before_a_suffix_are_trigger_forms(word: str, event_type: str) -> None:
    assert event_type in {hit.entry.type for hit in event_triggers().lookup(normalise(word))}


def test_a_visit_named_in_passing_with_visitor_and_host_happened() -> None:
    doc = rule_events("وقال إن الاتفاقية التي وقعت خلال زيارة أردوغان إلى بغداد ما زالت حبرا على ورق.")
    [visit] = of_type(doc, "CONSULT")
    assert "أردوغان" in actor_texts(doc, visit.source)
    assert "بغداد" in actor_texts(doc, visit.target)


def test_a_visit_named_in_passing_without_its_parties_is_no_event() -> None:
    doc = rule_events("وقال إن الاتفاقية التي وقعت خلال الزيارة ما زالت حبرا على ورق.")
    assert not of_type(doc, "CONSULT")


def test_a_call_the_speaker_held_while_saying_something_is_a_talk_with_the_party_called() -> None:
    doc = rule_events("وقال عراقجي في اتصال هاتفي أمس الأربعاء مع نظيره العماني بدر البوسعيدي إن لغة الضغط لم تنجح.")
    [call] = of_type(doc, "CONSULT")
    assert "عراقجي" in actor_texts(doc, call.source)
    assert "بدر البوسعيدي" in actor_texts(doc, call.target)


@pytest.mark.parametrize(
    ("text", "warner"),
    [
        ("وفي باريس، حذر وزير الخارجية الفرنسي جان نويل بارو من أن فرنسا سترد فورا إذا أصرت الجزائر.", "جان نويل بارو"),
        ("وحذر الرئيس رجب طيب أردوغان من أن أنقرة لن تقبل بأي كيان إرهابي على حدودها.", "رجب طيب أردوغان"),
        ("وقال وزير الخارجية أحمد عطاف إن بلاده تتابع الوضع، محذرا من أن الجزائر سترد على أي اعتداء.", "أحمد عطاف"),
    ],
)
def test_a_warning_of_what_ones_side_will_do_is_a_threat(text: str, warner: str) -> None:
    doc = rule_events(text)
    [threat] = of_type(doc, "THREATEN")
    assert warner in actor_texts(doc, threat.source)


def test_the_party_that_will_act_in_a_warning_is_on_the_warners_side() -> None:
    doc = rule_events("وفي باريس، حذر وزير الخارجية الفرنسي جان نويل بارو من أن فرنسا سترد فورا إذا أصرت الجزائر.")
    [threat] = of_type(doc, "THREATEN")
    assert "فرنسا" in actor_texts(doc, threat.source)
    assert "فرنسا" not in actor_texts(doc, threat.target)


@pytest.mark.parametrize(
    "text",
    ["وحذر الوزير من كارثة إنسانية في غزة.", "وحذر الوزير من أن سيارات الإسعاف لا تصل إلى المستشفيات."],
)
def test_a_warning_of_a_danger_is_no_threat(text: str) -> None:
    assert not of_type(rule_events(text), "THREATEN")


@pytest.mark.parametrize(
    ("text", "doer", "subject"),
    [
        ("وأعلنت وزارة الداخلية المصرية القبض على 14 مشجعا بتهمة إثارة الشغب.", "وزارة الداخلية المصرية", "14 مشجعا"),
        ("وقضت محكمة تونسية أمس بسجن المعارضة عبير موسي عامين.", "محكمة تونسية", "عبير موسي"),
    ],
)
def test_an_arrest_announced_by_its_noun_and_a_prison_sentence_are_coercion(text: str, doer: str, subject: str) -> None:
    doc = rule_events(text)
    [coercion] = of_type(doc, "COERCE")
    assert doer in actor_texts(doc, coercion.source)
    assert subject in actor_texts(doc, coercion.target)


@pytest.mark.parametrize(
    "text", ["وأحبطت قوات الأمن المغربية محاولة تهريب أطنان من المخدرات.", "وفككت الشرطة خلية إرهابية في مدينة فاس."]
)
def test_a_plot_foiled_or_a_cell_taken_apart_is_coercion(text: str) -> None:
    doc = rule_events(text)
    [coercion] = of_type(doc, "COERCE")
    assert coercion.source


def test_a_signing_reaches_its_document_past_long_parties_and_adjuncts() -> None:
    doc = rule_events("وقعت سوريا والسعودية، اليوم الأربعاء، في دمشق 34 اتفاقية ومذكرة تفاهم بقيمة ستة مليارات دولار.")
    [signing] = [e for e in of_type(doc, "AGREE") if e.trigger.text.startswith("وقعت")]
    assert "سوريا" in actor_texts(doc, signing.source)


def test_parties_named_side_by_side_in_a_reciprocal_act_are_its_source_and_target() -> None:
    doc = rule_events("ووقعت الجامعة الملكية المغربية لكرة القدم والاتحاد الإسباني لكرة القدم في مارس الماضي اتفاقية.")
    [signing] = of_type(doc, "AGREE")
    assert [a.text for a in signing.source] == ["الجامعة الملكية المغربية لكرة القدم"]
    assert [a.text for a in signing.target] == ["الاتحاد الإسباني لكرة القدم"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "وفرضت لجنة الانضباط في الاتحاد الدولي لكرة القدم (فيفا) أمس غرامة مالية على الاتحاد المغربي لكرة القدم.",
            "لجنة الانضباط",
        ),
        ("وكانت إيران قد علّقت تعاونها مع الوكالة الدولية للطاقة الذرية في يوليو الماضي.", "إيران"),
        ("وكانت الجزائر قد علقت في حزيران/ يونيو 2022 معاهدة الصداقة مع إسبانيا.", "الجزائر"),
    ],
)
def test_a_fine_imposed_or_a_treaty_suspended_is_a_sanction(text: str, doer: str) -> None:
    doc = rule_events(text)
    [sanction] = of_type(doc, "SANCTION")
    assert doer in actor_texts(doc, sanction.source)


def test_an_agreement_signed_in_a_relative_clause_is_signed_by_the_subject_after_the_verb() -> None:
    doc = rule_events("وقال إن الاتفاقية التي وقعتها الحكومة السورية مع شركة موانئ دبي العالمية تمتد ثلاثين عاما.")
    [signing] = of_type(doc, "AGREE")
    assert "الحكومة السورية" in actor_texts(doc, signing.source)
    assert "الاتفاقية" not in actor_texts(doc, signing.source)


def test_a_call_to_a_counterpart_of_a_named_nationality_is_with_that_country() -> None:
    doc = rule_events("وأجرى وزير الخارجية التركي هاكان فيدان أمس اتصالا هاتفيا بنظيره السعودي تناول الوضع في سوريا.")
    [call] = of_type(doc, "CONSULT")
    assert "هاكان فيدان" in actor_texts(doc, call.source)
    assert "المملكة العربية السعودية" in actor_texts(doc, call.target)


def test_a_call_during_which_someone_spoke_with_an_unnamed_counterpart_is_with_that_country() -> None:
    doc = rule_events(
        "وكان وزير الخارجية السعودي الأمير فيصل بن فرحان قد أكد، في اتصال هاتفي مع نظيره الصيني الأسبوع الماضي، "
        "أن الرياض تقدر الدور البناء الذي تؤديه بكين."
    )
    [call] = of_type(doc, "CONSULT")
    assert "فيصل بن فرحان" in actor_texts(doc, call.source)
    assert "الصين" in actor_texts(doc, call.target)


@pytest.mark.parametrize(
    ("text", "doer", "other"),
    [
        (
            "وأشاد أمير قطر الشيخ تميم بن حمد بتنظيم البطولة خلال اتصال هاتفي مع ولي العهد الأمير محمد بن سلمان.",
            "تميم بن حمد",
            "محمد بن سلمان",
        ),
        (
            "ووقعت الإمارات وتركيا اتفاقيات استثمارية خلال زيارة الرئيس التركي رجب طيب أردوغان إلى أبوظبي.",
            "رجب طيب أردوغان",
            "أبوظبي",
        ),
    ],
)
def test_a_talk_that_is_the_clauses_occasion_is_an_event_beside_the_verbs(text: str, doer: str, other: str) -> None:
    doc = rule_events(text)
    [talk] = of_type(doc, "CONSULT")
    assert doer in actor_texts(doc, talk.source)
    assert other in actor_texts(doc, talk.target)
    assert len(doc.events) == 2


def test_a_verb_of_talking_and_the_call_it_happened_in_are_one_talk() -> None:
    doc = rule_events("وبحث الرئيس التركي رجب طيب أردوغان في اتصال هاتفي مع محمد شياع السوداني ملف الطاقة.")
    assert len(of_type(doc, "CONSULT")) == 1


def test_talks_referred_to_by_their_definite_noun_are_no_new_talk() -> None:
    doc = rule_events("وأفادت صحيفة إل باييس بأن مدريد طلبت خلال المحادثات زيادة شحنات الغاز إلى ميناء قرطاجنة.")
    assert of_type(doc, "CONSULT") == []


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        (
            "وشهدت العلاقات انفراجا بعد اتصال هاتفي بين الرئيس الجزائري عبد المجيد تبون ونظيره الفرنسي إيمانويل "
            "ماكرون نهاية مارس الماضي.",
            "عبد المجيد تبون",
            "إيمانويل ماكرون",
        ),
        (
            "وانطلقت في القاهرة اليوم جولة جديدة من المباحثات غير المباشرة بين حركة حماس وإسرائيل بشأن الاتفاق.",
            "حركة حماس",
            "إسرائيل",
        ),
    ],
)
def test_a_talk_that_dates_a_clause_or_is_a_round_of_talks_between_named_parties_happened(
    text: str, one: str, other: str
) -> None:
    doc = rule_events(text)
    [talk] = of_type(doc, "CONSULT")
    assert one in actor_texts(doc, talk.source)
    assert other in actor_texts(doc, talk.target)


@pytest.mark.parametrize(
    "text",
    [
        "وتحدثت صحف أمريكية عن اتصال هاتفي بين ترامب والرئيس الروسي فلاديمير بوتين.",
        "وقال الأنصاري إن جولة جديدة من المفاوضات بين حكومة الكونغو الديمقراطية وحركة إم 23 ستنطلق في الدوحة.",
    ],
)
def test_a_rumoured_or_coming_talk_between_named_parties_is_not_reported_as_held(text: str) -> None:
    doc = rule_events(text)
    assert [e for e in of_type(doc, "CONSULT") if e.status == "asserted"] == []


def test_the_two_delegations_named_by_nationality_are_those_countries() -> None:
    doc = rule_events("وأوضح سيبيها أن الوفدين الأوكراني والروسي اتفقا خلال اجتماع على تبادل جميع الأسرى المصابين.")
    [deal] = of_type(doc, "AGREE")
    assert "أوكرانيا" in actor_texts(doc, deal.source)
    assert "روسيا" in actor_texts(doc, deal.target)


def test_the_two_sides_of_talks_a_host_brought_together_are_its_guests_not_the_host() -> None:
    doc = rule_events(
        "وكانت تركيا قد استضافت في إسطنبول جولة مفاوضات مباشرة بين الوفدين الروسي والأوكراني في أيار الماضي، "
        "اتفق الجانبان خلالها على أكبر عملية تبادل منذ بدء الحرب."
    )
    [host] = of_type(doc, "CONSULT")
    assert {"روسيا", "أوكرانيا"} <= actor_texts(doc, host.target)
    [deal] = of_type(doc, "AGREE")
    sides = actor_texts(doc, deal.source) | actor_texts(doc, deal.target)
    assert {"روسيا", "أوكرانيا"} <= sides
    assert "تركيا" not in sides


def test_the_two_sides_are_not_the_parties_of_talks_that_may_happen() -> None:
    doc = rule_events("وقال فيدان إن أنقرة قد تستضيف جولة مفاوضات بين حماس وإسرائيل. ووقّع الوزيران مذكرة تفاهم.")
    [deal] = of_type(doc, "AGREE")
    sides = actor_texts(doc, deal.source) | actor_texts(doc, deal.target)
    assert "حماس" not in sides


def test_the_noun_before_a_verb_with_and_glued_on_is_not_its_subject() -> None:
    doc = rule_events(
        "وتلت ذلك زيارة بارو إلى الجزائر العاصمة في السادس من أبريل، حيث التقى تبون واتفق الطرفان على إعادة "
        "تفعيل آليات التعاون الأمني."
    )
    [deal] = of_type(doc, "AGREE")
    assert "تبون" not in actor_texts(doc, deal.source)
    assert "بارو" in actor_texts(doc, deal.source)


@pytest.mark.parametrize(
    "text",
    [
        "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان، في الرياض أمس (الثلاثاء)، نظيره الإيراني عباس عراقجي.",
        "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان، في الرياض أمس، نظيره الإيراني عباس عراقجي.",
    ],
)
def test_the_guest_follows_a_place_and_time_set_off_by_commas_or_brackets(text: str) -> None:
    doc = rule_events(text)
    [host] = of_type(doc, "CONSULT")
    assert "فيصل بن فرحان" in actor_texts(doc, host.source)
    assert "عباس عراقجي" in actor_texts(doc, host.target)


def test_the_two_sides_with_their_dual_adjective_are_the_two_named_before() -> None:
    doc = rule_events(
        "وزار وزير الخارجية الفرنسي جان نويل بارو ونظيره المصري بدر عبد العاطي بيروت اليوم. وكان الوزيران الضيفان "
        "قد التقيا في وقت سابق اليوم الرئيس اللبناني جوزاف عون في قصر بعبدا."
    )
    meeting = next(e for e in of_type(doc, "CONSULT") if e.trigger.text == "التقيا")
    assert {"جان نويل بارو", "بدر عبد العاطي"} <= actor_texts(doc, meeting.source) | actor_texts(doc, meeting.target)


def test_the_object_follows_the_short_name_bracketed_after_the_subject() -> None:
    doc = rule_events(
        "وقتل عشرة جنود في هجوم شنته حركة الشباب على قاعدة عسكرية. من جهتها، أدانت بعثة الاتحاد الأفريقي للدعم "
        "والاستقرار في الصومال (أوصوم) الهجوم، وقالت إن البعثة ستواصل دعم الجيش."
    )
    [condemnation] = of_type(doc, "ACCUSE")
    assert "حركة الشباب" in actor_texts(doc, condemnation.target)


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            'وفي بيان لها، دانت وزارة الخارجية السورية "العدوان الإسرائيلي المتكرر" على أراضيها.',
            "ACCUSE",
            "إسرائيل",
        ),
        (
            'ودانت وزارة الخارجية السورية في بيان "الاعتداء التركي السافر على سيادة الأراضي السورية".',
            "ACCUSE",
            "تركيا",
        ),
    ],
)
def test_an_event_naming_no_party_is_about_the_country_its_object_names_by_nationality(
    text: str, event_type: str, country: str
) -> None:
    doc = rule_events(text)
    [event] = of_type(doc, event_type)
    assert country in actor_texts(doc, event.target)


def test_the_nationality_of_the_doer_is_not_the_party_an_event_is_about() -> None:
    doc = rule_events("وأدان مسؤول سوري رفيع الهجوم على الحافلة.")
    [condemnation] = of_type(doc, "ACCUSE")
    assert "سوريا" not in actor_texts(doc, condemnation.target)


def test_his_forces_as_the_accused_are_the_party_named_before_them() -> None:
    doc = rule_events("وفرضت وزارة الخزانة الأميركية عقوبات على دقلو، متهمة قواته بارتكاب إبادة جماعية في دارفور.")
    [accusation] = of_type(doc, "ACCUSE")
    assert "دقلو" in actor_texts(doc, accusation.target)
    assert "وزارة الخزانة الأميركية" not in actor_texts(doc, accusation.target)


def test_a_condemned_attack_is_the_doer_named_in_an_earlier_report_of_it_not_the_toll() -> None:
    doc = rule_events(
        "شن الجيش الإسرائيلي غارات على مواقع في ريف دمشق. وقتل ثلاثة عسكريين سوريين في القصف. "
        "في المقابل، أدانت وزارة الخارجية السورية الهجوم."
    )
    [condemnation] = of_type(doc, "ACCUSE")
    assert "الجيش الإسرائيلي" in actor_texts(doc, condemnation.target)


def test_welcoming_an_act_named_after_b_is_welcoming_whoever_did_it() -> None:
    doc = rule_events(
        "وفرض الاتحاد الأوروبي عقوبات على مستوطنين متطرفين. من جهتها، رحبت وزارة الخارجية الفلسطينية بالعقوبات."
    )
    [welcome] = of_type(doc, "SUPPORT")
    assert "الاتحاد الأوروبي" in actor_texts(doc, welcome.target)


def test_a_host_in_a_relative_clause_hosts_the_parties_of_the_talks_it_follows() -> None:
    doc = rule_events(
        "وأعلنت سلطنة عمان أن الجولة الأولى من المحادثات غير المباشرة بين إيران والولايات المتحدة، التي استضافتها "
        "مسقط أمس، جرت في أجواء ودية."
    )
    host = next(e for e in of_type(doc, "CONSULT") if e.trigger.text == "استضافتها")
    assert "مسقط" in actor_texts(doc, host.source)
    assert {"إيران", "الولايات المتحدة"} <= actor_texts(doc, host.target)
