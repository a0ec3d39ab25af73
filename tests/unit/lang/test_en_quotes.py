"""English quotes: quotation-mark styles, multi-paragraph quotes, reported speech and speaker resolution."""

from __future__ import annotations

from tests.unit.lang.test_en_helpers import analysed, entity_named, quote_containing, speaker_id


def test_was_quoted_as_saying_reports_the_subject() -> None:
    doc = analysed("Defense Minister Sergei Shoigu was quoted as saying that the offensive would continue.")
    quote = quote_containing(doc, "the offensive would continue")
    assert quote.kind == "indirect"
    assert quote.speaker is not None
    assert quote.speaker.entity_id == entity_named(doc, "Sergei Shoigu").id


def test_a_quote_over_several_paragraphs_has_one_speaker() -> None:
    doc = analysed(
        "\u201cThe city has had no power for a week. Hospitals run on generators.\n"
        "\u201cWe need fuel now,\u201d said Mayor Ihor Terekhov."
    )
    first = quote_containing(doc, "no power for a week")
    second = quote_containing(doc, "We need fuel now")
    assert first.kind == second.kind == "direct"
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.entity_id == second.speaker.entity_id == entity_named(doc, "Ihor Terekhov").id


def test_an_unattributed_quote_paragraph_continues_the_previous_speaker() -> None:
    doc = analysed(
        "\u201cWe were not fighting for my daughter alone,\u201d Feniya Mbewe said.\n"
        "\u201cThe problem was widespread.\u201d"
    )
    assert speaker_id(doc, "The problem was widespread") == entity_named(doc, "Feniya Mbewe").id


def test_a_pronoun_speaker_is_the_nearest_person_before_it() -> None:
    doc = analysed("Amina Yusuf works at the clinic in Maiduguri. \u201cThey came at night,\u201d she said.")
    quote = quote_containing(doc, "They came at night")
    assert quote.speaker is not None and quote.speaker.text == "she"
    assert quote.speaker.entity_id == entity_named(doc, "Amina Yusuf").id


def test_straight_double_quotes_and_said_after_the_name() -> None:
    doc = analysed('"Every Rasta has to keep dreadlocks," said Jerefaya Mphomeya, a community leader.')
    quote = quote_containing(doc, "Every Rasta has to keep dreadlocks")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "Jerefaya Mphomeya"


def test_curly_single_quotes_are_a_quotation() -> None:
    doc = analysed("The envoy called the killings \u2018utterly unacceptable and a crime\u2019 on Friday.")
    assert quote_containing(doc, "utterly unacceptable").kind == "direct"


def test_a_partial_quote_is_attributed_to_the_sentence_subject() -> None:
    doc = analysed("Tehran has previously called the abduction allegations \u201cbaseless.\u201d")
    quote = quote_containing(doc, "baseless")
    assert quote.speaker is not None and quote.speaker.text == "Tehran"


def test_said_that_is_reported_speech_with_its_content() -> None:
    doc = analysed("Iraqi officials said that the strike was the result of a two-year effort.")
    quote = quote_containing(doc, "the strike was the result")
    assert quote.kind == "indirect"
    assert quote.text == "the strike was the result of a two-year effort"
    assert quote.speaker is not None and quote.speaker.text == "Iraqi officials"


def test_content_before_the_attribution() -> None:
    doc = analysed("He tracked when she watered her flowers, Khalid Mehdiyev said.")
    quote = quote_containing(doc, "He tracked when she watered her flowers")
    assert quote.speaker is not None and quote.speaker.text == "Khalid Mehdiyev"


def test_told_skips_the_hearer() -> None:
    doc = analysed("Nop Vy, the group's executive director, told VOA the release on bail was a good sign.")
    quote = quote_containing(doc, "the release on bail")
    assert quote.text.startswith("the release on bail")
    assert quote.speaker is not None and quote.speaker.text == "Nop Vy"


def test_according_to_names_the_source() -> None:
    doc = analysed("According to the United Nations, more than 10,000 people have fled the fighting.")
    quote = quote_containing(doc, "more than 10,000 people have fled")
    assert quote.speaker is not None and quote.speaker.entity_id == entity_named(doc, "United Nations").id


def test_adding_that_reports_the_same_speaker() -> None:
    doc = analysed(
        "\u201cIt is an ongoing effort,\u201d Andrew Lebovich said, adding that Algeria faces a growing threat."
    )
    quote = quote_containing(doc, "Algeria faces a growing threat")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.text == "Andrew Lebovich"


def test_a_quoted_name_is_not_a_quotation() -> None:
    doc = analysed('Police broke up a cell calling itself "the Lions of the Caliphate in the Maghreb."')
    assert not any("Lions of the Caliphate" in q.text for q in doc.quotes)


def test_a_partial_quote_inside_reported_speech_is_part_of_it() -> None:
    doc = analysed('Sudani said the country\'s intelligence service "successfully eliminated" the IS leader.')
    assert len(doc.quotes) == 1
    assert "successfully eliminated" in doc.quotes[0].text


def test_every_quote_span_matches_the_text() -> None:
    doc = analysed(
        "\u201cWe will stay,\u201d the mayor said. "
        "Officials said the shelling had stopped, adding that roads were open."
    )
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert doc.text[q.speaker.start : q.speaker.end] == q.speaker.text


def test_they_as_speaker_is_the_organisation_before_it() -> None:
    doc = analysed(
        "Human Rights Watch published its report on Monday. "
        "\u201cThe abuses are systematic and widespread,\u201d they said."
    )
    quote = quote_containing(doc, "The abuses are systematic")
    assert quote.speaker is not None and quote.speaker.text == "they"
    assert quote.speaker.entity_id == entity_named(doc, "Human Rights Watch").id


def test_added_after_the_content() -> None:
    doc = analysed("Filippo Grandi visited the camp. The camps are full and water is scarce, Grandi added.")
    quote = quote_containing(doc, "The camps are full")
    assert quote.speaker is not None and quote.speaker.entity_id == entity_named(doc, "Filippo Grandi").id


def test_a_description_after_described_as_is_a_direct_quote_of_the_describer() -> None:
    doc = analysed(
        "Opposition leader Maria Duarte described the budget as “a betrayal of every teacher in the country.”"
    )
    quote = quote_containing(doc, "a betrayal of every teacher")
    assert quote.kind == "direct"
    assert quote.speaker is not None and "Maria Duarte" in quote.speaker.text


def test_a_second_quotation_joined_by_and_shares_the_first_ones_speaker() -> None:
    doc = analysed(
        "The prisoners were held in cells that Tomas Reyes characterized as “cruel” and “a breach of the law.”"
    )
    quote = quote_containing(doc, "a breach of the law")
    assert quote.speaker is not None and quote.speaker.text == "Tomas Reyes"
