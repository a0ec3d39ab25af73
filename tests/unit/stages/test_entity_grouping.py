"""Grouping mentions into entities, independent of language."""

from __future__ import annotations

from workers.doc import Mention
from workers.stages.entities import add_aliases, group_mentions, resolve_overlaps


def _m(text: str, start: int, kind: str, source: str = "model", **kw: object) -> Mention:
    return Mention(start=start, end=start + len(text), text=text, type=kind, source=source, key=text.lower(), **kw)  # type: ignore[arg-type]


def test_surname_joins_the_full_name() -> None:
    entities = group_mentions([_m("سيرغي شويغو", 0, "PERSON"), _m("شويغو", 40, "PERSON")])
    assert [(e.name, len(e.mentions)) for e in entities] == [("سيرغي شويغو", 2)]


def test_ambiguous_surname_joins_neither() -> None:
    entities = group_mentions(
        [_m("John Smith", 0, "PERSON"), _m("Jane Smith", 20, "PERSON"), _m("Smith", 40, "PERSON")]
    )
    assert len(entities) == 3


def test_gpe_and_loc_of_one_name_are_one_entity_but_person_and_gpe_are_not() -> None:
    entities = group_mentions([_m("Jordan", 0, "GPE"), _m("Jordan", 20, "LOC"), _m("Jordan", 40, "PERSON")])
    assert sorted(len(e.mentions) for e in entities) == [1, 2]


def test_nominal_mention_joins_through_coref_hint_and_alone_is_dropped() -> None:
    mentions = [
        _m("Kim Jong Un", 0, "PERSON"),
        _m("the leader", 30, "PERSON", nominal=True, coref=0),
        _m("the minister", 60, "PERSON", nominal=True),
    ]
    entities = group_mentions(mentions)
    assert [(e.name, [m.text for m in e.mentions]) for e in entities] == [
        ("Kim Jong Un", ["Kim Jong Un", "the leader"])
    ]


def test_longer_span_wins_an_overlap_and_coref_indices_follow() -> None:
    mentions = [
        _m("North Korea", 0, "GPE", "gazetteer"),
        _m("Korea", 6, "GPE"),
        _m("its leader", 20, "PERSON", coref=0),
    ]
    kept = resolve_overlaps(mentions)
    assert [m.text for m in kept] == ["North Korea", "its leader"]
    assert kept[1].coref == 0


def test_ids_follow_first_mention_order() -> None:
    entities = group_mentions([_m("Moscow", 0, "GPE"), _m("Kim", 10, "PERSON"), _m("Moscow", 20, "GPE")])
    assert [(e.id, e.name) for e in entities] == [("e1", "Moscow"), ("e2", "Kim")]


def test_linking_respects_a_span_the_pack_resolved() -> None:
    from workers.doc import Doc, Span
    from workers.stages.linking import link

    doc = Doc(text="a DHS spokesperson said", lang="en")
    doc.entities = group_mentions([_m("DHS", 2, "ORG")])
    decided = Span(0, 18, "a DHS spokesperson", None, resolved=True)
    undecided = Span(0, 18, "a DHS spokesperson", None)
    link(doc, decided)
    link(doc, undecided)
    assert (decided.entity_id, undecided.entity_id) == (None, "e1")


def test_a_span_that_begins_with_a_title_standing_for_a_person_is_that_person() -> None:
    from workers.doc import Doc, Span
    from workers.stages.linking import link

    text = "Jane Roe, the head of the agency, said. The head of the agency said"
    doc = Doc(text=text, lang="en")
    doc.mentions = [
        _m("Jane Roe", 0, "PERSON"),
        _m("the agency", 22, "ORG"),
        _m("The head", 40, "PERSON", source="rule", nominal=True, coref=0),
        _m("the agency", 52, "ORG", source="rule", nominal=True, coref=1),
    ]
    doc.entities = group_mentions(doc.mentions)
    speaker = Span(40, 62, "The head of the agency", None)
    link(doc, speaker)
    assert speaker.entity_id == next(e.id for e in doc.entities if e.type == "PERSON")


def test_a_body_of_an_organisation_is_not_the_organisation() -> None:
    entities = group_mentions([_m("United Nations", 0, "ORG"), _m("United Nations Security Council", 20, "ORG")])
    assert len(entities) == 2


def test_a_short_form_of_an_organisation_joins_it() -> None:
    entities = group_mentions([_m("وكالة إنترفاكس للأنباء", 0, "ORG"), _m("إنترفاكس", 40, "ORG")])
    assert len(entities) == 1


def test_a_surname_joins_the_full_name_whatever_order_its_shorter_forms_come_in() -> None:
    mentions = [
        _m("محمد ولد الشيخ الغزواني", 0, "PERSON"),
        _m("الغزواني", 40, "PERSON"),
        _m("ولد الغزواني", 60, "PERSON"),
    ]
    assert [len(e.mentions) for e in group_mentions(mentions)] == [3]


def test_an_agency_named_after_an_organisation_is_not_the_organisation() -> None:
    # Key words as the Arabic pack makes them (article and ل dropped); the texts keep the genitive and its complement.
    mentions = [
        Mention(start=0, end=13, text="الأمم المتحدة", type="ORG", source="gazetteer", key="امم متحده"),
        Mention(
            start=30, end=57, text="منظمة الأمم المتحدة للطفولة", type="ORG", source="rule", key="منظمه امم متحده طفوله"
        ),
    ]
    assert [e.name for e in group_mentions(mentions)] == ["الأمم المتحدة", "منظمة الأمم المتحدة للطفولة"]


def test_the_short_form_of_a_name_that_only_adds_complements_joins_it() -> None:
    mentions = [
        Mention(start=0, end=14, text="الاتحاد الدولي", type="ORG", source="model", key="اتحاد دولي"),
        Mention(
            start=30, end=55, text="الاتحاد الدولي لكرة القدم", type="ORG", source="model", key="اتحاد دولي كره قدم"
        ),
    ]
    assert [len(e.mentions) for e in group_mentions(mentions)] == [2]


def test_an_organisations_news_site_is_not_the_organisation() -> None:
    entities = group_mentions([_m("الأمم المتحدة", 0, "ORG"), _m("اخبار الأمم المتحدة", 30, "ORG")])
    assert len(entities) == 2


def test_a_place_named_with_its_territory_word_is_the_place() -> None:
    entities = group_mentions([_m("قطاع غزه", 0, "GPE"), _m("غزه", 30, "GPE")])
    assert [len(e.mentions) for e in entities] == [2]


def test_a_region_of_a_country_is_not_the_country() -> None:
    entities = group_mentions([_m("جنوب لبنان", 0, "LOC"), _m("لبنان", 30, "GPE")])
    assert len(entities) == 2


def test_a_ministry_named_without_its_word_for_ministry_is_the_ministry() -> None:
    entities = group_mentions([_m("وزاره خارجي قطري", 0, "ORG"), _m("خارجي قطري", 40, "ORG")])
    assert [len(e.mentions) for e in entities] == [2]


def test_a_short_name_joins_the_one_name_that_holds_its_words_side_by_side() -> None:
    def body(text: str, start: int, key: str) -> Mention:
        return Mention(start=start, end=start + len(text), text=text, type="ORG", source="model", key=key)

    entities = group_mentions(
        [
            body("البنك المركزي السعودي", 0, "بنك مركزي سعودي"),
            body("بنك الكويت المركزي", 40, "بنك كويت مركزي"),
            body("البنك المركزي", 80, "بنك مركزي"),
        ]
    )
    assert [[m.text for m in e.mentions] for e in entities] == [
        ["البنك المركزي السعودي", "البنك المركزي"],
        ["بنك الكويت المركزي"],
    ]


def test_an_alias_joins_the_entity_of_the_mention_it_reads_and_a_known_form_is_not_added_twice() -> None:
    mentions = [_m("وكالة تسنيم", 0, "ORG"), _m("طهران", 20, "GPE"), _m("تسنيم", 40, "ORG")]
    entities = group_mentions(mentions)
    aliases = [
        _m("تسنيم", 6, "ORG", source="rule", coref=0, alias=True),
        _m("طهران", 20, "GPE", source="rule", coref=1, alias=True),
    ]
    add_aliases(entities, mentions, aliases)
    assert [[(m.text, m.start, m.alias) for m in e.mentions] for e in entities] == [
        [("وكالة تسنيم", 0, False), ("تسنيم", 40, False)],
        [("طهران", 20, False)],
    ]
    first = [_m("وكالة تسنيم", 0, "ORG")]
    entities = group_mentions(first)
    add_aliases(entities, first, [_m("تسنيم", 6, "ORG", source="rule", coref=0, alias=True)])
    assert [(m.text, m.start, m.alias) for m in entities[0].mentions] == [("وكالة تسنيم", 0, False), ("تسنيم", 6, True)]
