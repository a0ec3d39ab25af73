"""English one-word names the model calls people: person evidence, place and thing uses, name particles."""

from __future__ import annotations

from tests.unit.lang.test_en_helpers import analysed, entity_named, speaker_id
from workers.lang.en.person_evidence import particle_tail, usage

_CAMP_STORY = (
    "Fatuma Ali has raised five children alone. She moved to Hagarwe in 1992. "
    "Most families in Hagarwe depend on food aid. “We have nothing left,” she said."
)


def test_a_one_word_name_used_after_in_is_a_place_not_a_person() -> None:
    assert entity_named(analysed(_CAMP_STORY), "Hagarwe").type == "LOC"


def test_she_does_not_go_to_a_place_the_model_called_a_person() -> None:
    doc = analysed(_CAMP_STORY)
    assert speaker_id(doc, "We have nothing left") == entity_named(doc, "Fatuma Ali").id


def _usage(word: str, text: str) -> str:
    return usage(
        word,
        text,
        person_words={"Nikos", "Pappas"},
        given_names={"Maria"},
        titles={"minister", "mr.", "chief"},
        speech_forms={"said", "says", "say", "told"},
    )


def test_a_name_after_an_article_is_a_thing() -> None:
    assert _usage("Frexit", "Voters feared a Frexit. Frexit would hurt savers.") == "thing"


def test_a_name_before_a_settlement_noun_is_a_place() -> None:
    assert _usage("Ifa", "Kenya wants to close Ifa camp this year.") == "place"


def test_person_evidence_wins_over_a_place_use() -> None:
    text = "Aid reached people in Okoro in May. Okoro said the food ran out. “It is gone,” Okoro said."
    assert _usage("Okoro", text) == "person"
    assert _usage("Okoro", "Aid reached people in Okoro in May. Minister Okoro was not there.") == "person"


def test_one_verb_of_saying_next_to_a_listed_place_is_not_person_evidence() -> None:
    text = "Many refugees live in Dagor. Residents of Ifa and Dagor say they cannot leave."
    assert _usage("Dagor", text) == "place"


def test_a_verb_of_saying_ending_the_sentence_before_is_not_next_to_the_name() -> None:
    text = "The ministry said. Ifa camp will close, it said. Ifa camp is full."
    assert _usage("Ifa", text) == "place"


def test_a_role_noun_after_the_name_makes_the_title_before_it_not_the_names() -> None:
    text = "He was the chief Frexit negotiator. A Frexit would hurt savers."
    assert _usage("Frexit", text) == "thing"


def test_a_name_with_no_use_to_judge_by_is_unknown() -> None:
    assert _usage("Zanu", "Zanu won the vote.") == "unknown"


def test_a_name_cut_after_its_particles_runs_on_over_the_surname() -> None:
    text = "Commission President Greta von der Lind spoke."
    end = text.index("der") + 3
    assert text[: particle_tail(text, end)].endswith("von der Lind")


def test_a_name_without_trailing_particles_is_left_as_it_is() -> None:
    text = "Greta Lind spoke to Anders."
    assert particle_tail(text, text.index("Lind") + 4) == text.index("Lind") + 4


def test_a_thing_the_model_calls_a_person_is_no_entity_even_where_a_role_word_precedes_it() -> None:
    doc = analysed(
        "Pierre Dumont led the chief Grexit talks. Pierre Dumont, the chief Grexit negotiator, "
        "says a Grexit would hurt savers."
    )
    assert not any(e.name == "Grexit" for e in doc.entities)
