"""English attribution: who speaks when the sentence also names a hearer, a body, a role or another clause."""

from __future__ import annotations

from tests.unit.lang.test_en_helpers import analysed, entity_named, quote_containing


def _speaker_text(text: str, words: str) -> str:
    speaker = quote_containing(analysed(text), words).speaker
    assert speaker is not None
    return speaker.text


def _speaker_is(text: str, words: str, name: str) -> bool:
    doc = analysed(text)
    speaker = quote_containing(doc, words).speaker
    return speaker is not None and speaker.entity_id == entity_named(doc, name).id


def test_is_what_x_recounts_names_the_speaker_of_the_quote_before_it() -> None:
    text = "\u201cWe found the old walls at last,\u201d is what Mariam Toure recounts in a new song about the dig."
    assert _speaker_is(text, "found the old walls", "Mariam Toure")


def test_the_object_of_told_is_the_hearer_even_after_a_relative_clause() -> None:
    text = (
        "The findings will be published next year, Tomas Lindqvist from the Swedish Museum of Antiquities, "
        "which led the dig, told VOA."
    )
    assert _speaker_is(text, "published next year", "Tomas Lindqvist")


def test_a_name_in_apposition_after_a_role_speaks_after_a_quote() -> None:
    text = "\u201cThe talks must resume this week,\u201d Lopes\u2019 spokesman, Pedro Alves, told reporters."
    assert _speaker_is(text, "talks must resume", "Pedro Alves")


def test_a_person_of_a_body_is_the_speaker_not_the_body() -> None:
    text = "Grace Moyo of the Wildlife Conservation Trust says the fences have cut poaching by half."
    assert _speaker_is(text, "cut poaching by half", "Grace Moyo")


def test_a_bare_appositive_title_makes_the_name_before_it_a_person() -> None:
    text = (
        "Tendai Chikore, director at the farmers\u2019 union, Zambezi Growers Association says prices have "
        "collapsed this season."
    )
    doc = analysed(text)
    assert entity_named(doc, "Tendai Chikore").type == "PERSON"
    assert _speaker_is(text, "prices have collapsed", "Tendai Chikore")


def test_the_person_before_a_role_and_a_body_speaks() -> None:
    text = (
        "Amina Yusuf, deputy programme director for Child Health, Save Lives Nigeria, said the outbreak is "
        "slowing in the north."
    )
    assert _speaker_is(text, "outbreak is slowing", "Amina Yusuf")


def test_a_parenthetical_however_does_not_invert_the_attribution() -> None:
    text = "Minister Thabo Ndlovu welcomed the plan. Ndlovu, however, says the grants reach few villages."
    assert _speaker_text(text, "grants reach few villages") == "Ndlovu"


def test_a_clause_after_a_comma_is_reported_by_the_verb_before_it() -> None:
    text = "Peter Okello chairs the budget committee. He also argues, the budget does not cover the rural schools."
    assert _speaker_is(text, "does not cover the rural schools", "Peter Okello")


def test_a_country_s_ambassador_is_not_another_country_s_ambassador_named_before() -> None:
    text = (
        "\u201cWe are ready to vote,\u201d British Deputy U.N. Ambassador Jane Hollis told reporters. "
        "Hollis said London would back the draft. "
        "Brazil\u2019s U.N. ambassador told reporters that the vote should wait until the summer. "
        "Carlos Mendes blamed the sponsors for rushing the text."
    )
    assert _speaker_is(text, "vote should wait", "Carlos Mendes")


def test_a_participle_after_a_second_clause_reports_that_clause_s_subject() -> None:
    text = (
        "The envoy attended the talks, but his embassy criticized them, saying in a statement that "
        "\u201cthe process is unfair to the smaller states and must be opened to all of them.\u201d"
    )
    assert "embassy" in _speaker_text(text, "process is unfair")


def test_claiming_lives_is_not_a_statement() -> None:
    doc = analysed("The virus has spread to nine provinces, claiming more than 300 lives since January.")
    assert not any("300 lives" in q.text for q in doc.quotes)


def test_declared_with_a_noun_object_is_not_a_statement() -> None:
    doc = analysed("Two days after the agency declared cholera a national emergency, the army opened field clinics.")
    assert not any("national emergency" in q.text for q in doc.quotes)


def test_stressed_the_need_is_not_a_statement() -> None:
    doc = analysed("Okafor stressed the need for clean water in the camps and urged donors to act quickly.")
    assert not any("clean water" in q.text for q in doc.quotes)


def test_an_adverb_between_have_and_said_keeps_the_speaker() -> None:
    doc = analysed("Many residents fear new floods. Some have even said they will leave the valley for good.")
    quote = quote_containing(doc, "they will leave the valley")
    assert quote.speaker is not None and quote.speaker.text == "Some"


def test_a_noun_that_someone_says_is_something_is_reported_speech() -> None:
    text = "Maria Lopez, a historian, wants students to learn about the old trade routes that she says are ignored."
    assert _speaker_is(text, "old trade routes that she says are ignored", "Maria Lopez")


def test_a_quoted_subheading_run_into_the_body_is_not_a_quotation() -> None:
    doc = analysed(
        "\u201cWe rebuilt the school ourselves,\u201d Rosa Mendez said. "
        "'A village that waits no longer' Teachers now hold classes in the new rooms every morning."
    )
    assert not any("waits no longer" in q.text for q in doc.quotes)
