"""English reported speech after verbs of cognition and communication, clauses without "that", and "it"."""

from __future__ import annotations

import pytest

from tests.unit.lang.test_en_helpers import analysed, quote_containing


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The finance minister thinks higher taxes on fuel would hurt farmers.", "higher taxes on fuel", "minister"),
        ("The Supreme Court ruled that the election law was void.", "the election law was void", "Supreme Court"),
        ("The central bank hinted that rates could rise in June.", "rates could rise in June", "central bank"),
        ("Police indicated the suspects had fled across the border.", "the suspects had fled", "Police"),
        ("Odinga joked on radio that the cabinet had run out of ideas.", "the cabinet had run out", "Odinga"),
    ],
)
def test_a_stated_view_signal_or_ruling_reports_its_clause(text: str, content: str, speaker: str) -> None:
    quote = quote_containing(analysed(text), content)
    assert quote.kind == "indirect"
    assert quote.speaker is not None and speaker in quote.speaker.text


def test_fretted_after_a_quote_names_its_speaker() -> None:
    doc = analysed('"We have nothing left," fretted Amina Yusuf, a farmer in the valley.')
    quote = quote_containing(doc, "We have nothing left")
    assert quote.speaker is not None and quote.speaker.text == "Amina Yusuf"


def test_announced_with_a_clause_but_no_that_is_reported() -> None:
    doc = analysed("The Health Ministry announced the clinics would reopen next week.")
    quote = quote_containing(doc, "the clinics would reopen next week")
    assert quote.speaker is not None and quote.speaker.text == "The Health Ministry"


def test_announced_with_a_plain_object_is_not_reported() -> None:
    doc = analysed("The mayor announced the opening of a new fire station in a statement released on Monday.")
    assert doc.quotes == []


def test_a_plural_noun_after_a_possessive_is_not_a_speech_verb() -> None:
    doc = analysed("His comments come two days after the president denounced the strikes.")
    assert doc.quotes == []


def test_a_speaker_set_off_after_an_opening_adverbial_reports_what_follows() -> None:
    doc = analysed("Regardless, economists say, the currency will keep falling.")
    quote = quote_containing(doc, "the currency will keep falling")
    assert quote.speaker is not None and quote.speaker.text == "economists"
    assert "Regardless" not in quote.text


def test_which_experts_say_can_reports_the_name_with_its_clause() -> None:
    doc = analysed("The company launched Zeta, which engineers say can beat rival chips.")
    quote = quote_containing(doc, "can beat rival chips")
    assert quote.text.startswith("Zeta")
    assert quote.speaker is not None and quote.speaker.text == "engineers"


def test_it_as_a_speaker_is_a_body_not_the_last_person_quoted() -> None:
    doc = analysed(
        "The UN refugee agency met officials in Nairobi. Peter Kamau said the camps were full. "
        "It issued a statement on Monday saying the talks had failed."
    )
    quote = quote_containing(doc, "the talks had failed")
    assert quote.speaker is not None
    entity = next(e for e in doc.entities if e.id == quote.speaker.entity_id)
    assert entity.type == "ORG"


def test_a_study_published_this_month_is_the_speaker_not_the_month() -> None:
    doc = analysed("A study published this month revealed the disease is rising faster than thought.")
    quote = quote_containing(doc, "the disease is rising")
    assert quote.speaker is not None and quote.speaker.text == "A study"


def test_a_relative_clause_after_the_subject_does_not_lend_it_a_name() -> None:
    doc = analysed('Acme Corp, which has hired Maria Lopez, said "the gap with rivals has widened."')
    quote = quote_containing(doc, "the gap with rivals has widened")
    assert quote.speaker is not None and quote.speaker.text == "Acme Corp"


def test_a_subheading_run_into_a_sentence_is_not_its_subject() -> None:
    doc = analysed(
        "He praised the robots. Communist Party control Chinese President Li Wen recently met business leaders, "
        'calling on them to "show your talent" in overcoming challenges such as an economic slowdown.'
    )
    quote = quote_containing(doc, "show your talent")
    assert quote.speaker is not None and quote.speaker.text.endswith("Li Wen")
