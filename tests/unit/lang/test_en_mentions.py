"""English mentions: model names corrected by gazetteers and rules, titles, nominals, tags, keys and offsets."""

from __future__ import annotations

from tests.unit.lang.test_en_helpers import analysed, entity_named, pack


def test_a_title_is_not_part_of_the_person_mention() -> None:
    doc = analysed("Russian Defense Minister Sergei Shoigu visited troops in the Kherson region on Tuesday.")
    person = next(m for m in doc.mentions if m.type == "PERSON")
    assert person.text == "Sergei Shoigu"


def test_surname_and_full_name_are_one_entity() -> None:
    doc = analysed("Defense Minister Sergei Shoigu arrived in Minsk. Shoigu later met Belarusian officers.")
    assert {m.text for m in entity_named(doc, "Sergei Shoigu").mentions} >= {"Sergei Shoigu", "Shoigu"}


def test_a_title_phrase_names_the_person_the_article_gave_that_title() -> None:
    doc = analysed(
        "Russian Defense Minister Sergei Shoigu visited the front on Monday. "
        "The Russian defense minister promised more artillery."
    )
    nominal = next(m for m in doc.mentions if m.text == "The Russian defense minister")
    assert nominal.nominal
    assert nominal in entity_named(doc, "Sergei Shoigu").mentions


def test_a_title_phrase_with_no_named_holder_is_not_an_entity() -> None:
    doc = analysed("The defense minister promised more artillery.")
    assert not any("minister" in e.name.lower() for e in doc.entities)


def test_news_agencies_are_organisations() -> None:
    doc = analysed("North Korea fired two missiles, Yonhap reported, citing KCNA. Interfax carried the news too.")
    for name in ("Yonhap", "KCNA", "Interfax"):
        assert entity_named(doc, name).type == "ORG"


def test_a_hashtag_is_tied_to_the_place_it_names() -> None:
    doc = analysed("Talks with North Korea stalled. Users posted under #NorthKorea all day.")
    tag = next(m for m in doc.mentions if m.text == "NorthKorea")
    assert doc.text[tag.start - 1] == "#"
    assert tag in entity_named(doc, "North Korea").mentions


def test_a_handle_of_a_channel_is_an_organisation() -> None:
    doc = analysed("The footage was first posted by @AlarabyTV on Sunday.")
    assert entity_named(doc, "AlarabyTV").type == "ORG"


def test_a_country_the_model_calls_a_person_is_a_place() -> None:
    doc = analysed("Militants have attacked villages in Niger and Mali since January.")
    assert entity_named(doc, "Niger").type == "GPE"
    assert entity_named(doc, "Mali").type == "GPE"


def test_an_acronym_of_a_named_organisation_joins_it() -> None:
    doc = analysed("The Syrian Democratic Forces took the town. SDF commanders said the fighting was over.")
    assert {"Syrian Democratic Forces", "SDF"} <= {m.text for m in entity_named(doc, "SDF").mentions}


def test_a_surname_without_its_particle_joins_the_full_name() -> None:
    doc = analysed("President Bashar al-Assad fled to Moscow. Assad had ruled Syria for 24 years.")
    assert entity_named(doc, "Assad") is entity_named(doc, "Bashar al-Assad")


def test_dates_and_numbers_are_not_entities() -> None:
    doc = analysed("On March 3, more than 2,000 people fled the town.")
    assert doc.entities == []


def test_mention_key_drops_the_article_and_the_possessive() -> None:
    assert pack().name_key("The United Nations\u2019s") == "united nations"
    assert pack().name_key("the  Kremlin's") == "kremlin"


def test_every_mention_span_matches_the_text() -> None:
    doc = analysed(
        "Iraqi Prime Minister Mohammed Shia al-Sudani said IS deputy caliph Abdallah al-Rufay\u2019i was killed. "
        "#Iraq \u201cIt was a precise strike,\u201d the Pentagon said."
    )
    assert doc.mentions
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text


def test_a_name_after_a_capitalised_title_is_a_person() -> None:
    doc = analysed(
        "Pranowo urged stall owners to switch to other meats. "
        "Solo Mayor Hadi Rudyatmo said the supply of dog meat was plentiful in Solo."
    )
    assert entity_named(doc, "Hadi Rudyatmo").type == "PERSON"


def test_the_organization_is_the_organisation_named_last_not_one_with_that_word() -> None:
    doc = analysed(
        "The virus spreads through bites, according to the World Health Organization. "
        "Data from the Jakarta Animal Aid Network suggests 1,000 dogs are killed each month. "
        "Most of the dogs come from West Java, according to the organization."
    )
    nominal = next(m for m in doc.mentions if m.text == "the organization")
    assert nominal in entity_named(doc, "Jakarta Animal Aid Network").mentions


def test_a_surname_spelled_with_another_vowel_is_the_same_person() -> None:
    doc = analysed(
        "U.N. envoy Geir Pedersen briefed the council on Friday. "
        '"The conflict exposed the darkest depths of human cruelty," Pederson said.'
    )
    assert {m.text for m in entity_named(doc, "Geir Pedersen").mentions} >= {"Geir Pedersen", "Pederson"}
