"""English reported speech beyond "said": stated positions, findings, interrupted statements."""

from __future__ import annotations

import pytest

from tests.unit.lang.test_en_helpers import analysed, quote_containing


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The economist pointed out that prices had doubled since January.", "prices had doubled", "The economist"),
        ("The group believes that the ban will save thousands of dogs.", "the ban will save", "The group"),
        ("The World Bank projected that growth would slow to 2 percent.", "growth would slow", "The World Bank"),
        ("Zion Market Research found that clinics earn a third of revenue.", "clinics earn a third", None),
    ],
)
def test_that_clauses_after_position_and_finding_verbs_are_reported(
    text: str, content: str, speaker: str | None
) -> None:
    quote = quote_containing(analysed(text), content)
    assert quote.kind == "indirect"
    assert quote.speaker is not None
    if speaker is not None:
        assert quote.speaker.text == speaker


def test_pointed_to_is_not_reported_speech() -> None:
    doc = analysed("The minister pointed to the map that showed the flooded districts.")
    assert doc.quotes == []


def test_a_statement_interrupted_by_he_said_is_reported_whole() -> None:
    doc = analysed("Budi Santoso spoke on Monday. The plan, he said, would cut emissions by half.")
    quote = quote_containing(doc, "would cut emissions by half")
    assert quote.text.startswith("The plan")
    assert quote.speaker is not None and quote.speaker.text == "he"


def test_what_he_says_is_reports_the_words_after_the_copula() -> None:
    doc = analysed("Prices rose sharply in what he says is a deliberate policy of the government.")
    quote = quote_containing(doc, "a deliberate policy")
    assert quote.kind == "indirect"
    assert "Prices rose" not in quote.text


def test_a_subject_with_an_acronym_in_brackets_reports_its_clause() -> None:
    doc = analysed(
        "The head of the International Rescue Committee (IRC) told reporters that aid convoys were being blocked."
    )
    quote = quote_containing(doc, "aid convoys were being blocked")
    assert quote.speaker is not None and quote.speaker.text == "The head of the International Rescue Committee"


def test_a_study_published_in_a_journal_is_credited_to_the_study_not_the_journal() -> None:
    doc = analysed("A study published this month in The Lancet found that malaria cases fell by a third.")
    quote = quote_containing(doc, "malaria cases fell")
    assert quote.speaker is not None and quote.speaker.text == "A study"


def test_a_panels_determination_is_reported() -> None:
    quote = quote_containing(
        analysed("The Independent Review Panel has determined that the contract was unlawful."), "contract was unlawful"
    )
    assert quote.kind == "indirect"
    assert quote.speaker is not None


def test_figures_showing_that_report_a_finding() -> None:
    doc = analysed("The charity cited the Labour Institute's figures showing that wages fell by 9% last year.")
    quote = quote_containing(doc, "wages fell by 9%")
    assert quote.speaker is not None
    assert "Labour Institute" in quote.speaker.text


def test_reported_takes_a_clause_without_that_when_it_has_its_own_verb() -> None:
    doc = analysed("Residents reported soldiers opened fire on a crowd near the market.")
    quote = quote_containing(doc, "soldiers opened fire")
    assert quote.speaker is not None and quote.speaker.text == "Residents"


def test_reported_with_a_plain_object_is_not_reported_speech() -> None:
    doc = analysed("Residents reported heavy gunfire near the market overnight.")
    assert doc.quotes == []


def test_a_second_says_joined_by_but_reports_the_same_speaker() -> None:
    doc = analysed("Mayor Lena Hoffmann says the bridge is safe but says the city needs more inspectors.")
    quote = quote_containing(doc, "the city needs more inspectors")
    assert quote.speaker is not None and "Lena Hoffmann" in quote.speaker.text


def test_a_second_speech_verb_after_and_ends_the_reported_clause() -> None:
    doc = analysed(
        "The governor told a press conference that she had met the flood victims and vowed to “rebuild every home "
        "before winter.”"
    )
    reported = quote_containing(doc, "she had met the flood victims")
    assert "rebuild" not in reported.text
    assert quote_containing(doc, "rebuild every home").kind == "direct"
