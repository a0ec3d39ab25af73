"""English entities the text itself types or names: lists of states, "the town of", acronyms, appositives."""

from __future__ import annotations

from tests.unit.lang.test_en_helpers import analysed, entity_named
from workers.doc import Doc


def _type_of(doc: Doc, name: str) -> str | None:
    found = [e for e in doc.entities if any(m.text == name for m in e.mentions)]
    return found[0].type if found else None


def test_an_acronym_may_leave_out_a_trailing_and_part_of_the_name() -> None:
    doc = analysed(
        "The Ghana Centre for Disease Control and Prevention, or GCDC, reported 12 new cases. "
        "GCDC officials visited the clinics on Monday."
    )
    assert entity_named(doc, "GCDC") is entity_named(doc, "Ghana Centre for Disease Control and Prevention")


def test_a_dotted_abbreviation_gives_all_its_letters_to_an_acronym() -> None:
    doc = analysed("The U.N. Development Programme sent experts to the region. UNDP staff said the roads had reopened.")
    assert entity_named(doc, "UNDP") is entity_named(doc, "U.N. Development Programme")


def test_names_listed_before_states_are_places() -> None:
    doc = analysed("Kaduna, Akwa Ibom, Enugu and Kano states reported the most cases this month.")
    assert [_type_of(doc, n) for n in ("Kaduna", "Akwa Ibom", "Enugu", "Kano")] == ["GPE"] * 4


def test_the_name_after_the_town_of_is_a_place() -> None:
    doc = analysed("Police fired on protesters in the northern town of Lashkarpur on Sunday.")
    assert _type_of(doc, "Lashkarpur") == "GPE"


def test_an_editors_bracket_is_not_part_of_a_name() -> None:
    doc = analysed("The ministry ignored calls by the [African Union] Peace and Security Council to end the raids.")
    assert _type_of(doc, "Peace and Security Council") == "ORG"


def test_a_name_with_digits_is_not_a_person() -> None:
    doc = analysed("Hospitals were already stretched by COVID-19 when the floods came, Maria Santos said.")
    assert _type_of(doc, "COVID-19") != "PERSON"


def test_a_full_name_read_as_a_place_is_the_person_its_surname_names() -> None:
    doc = analysed(
        "The song is what Nino Bald\u00e9 recounts at every festival. Mr. Bald\u00e9 learned it from his grandfather."
    )
    assert _type_of(doc, "Nino Bald\u00e9") == "PERSON"


def test_a_hyphenated_name_goes_on_past_a_place_name() -> None:
    doc = analysed("She heads Ghana-Volta, a charity that works with fishing villages.")
    assert _type_of(doc, "Ghana-Volta") == "ORG"
    assert _type_of(doc, "Ghana") is None


def test_a_mission_to_a_body_is_one_organisation() -> None:
    doc = analysed("The French Mission to the United Nations said in a statement that the vote was postponed.")
    assert _type_of(doc, "French Mission to the United Nations") == "ORG"


def test_the_plural_of_a_nationality_is_a_group_not_a_person() -> None:
    doc = analysed("Doctors said that Africans over 40 should be screened every year.")
    assert _type_of(doc, "Africans") == "NORP"


def test_a_leader_s_administration_is_not_a_mention_of_the_leader() -> None:
    doc = analysed("Officials in the Obama administration opposed the plan, the report said.")
    assert _type_of(doc, "Obama") is None


def test_a_name_with_an_age_after_it_is_a_person() -> None:
    doc = analysed("Wanjiru Kamau, 34, runs a tailoring shop in Nakuru and employs four women.")
    assert _type_of(doc, "Wanjiru Kamau") == "PERSON"


def test_a_leaders_name_before_administrations_with_a_curly_apostrophe_is_not_a_mention() -> None:
    doc = analysed("Officials praised the Obama administration’s support for the treaty.")
    assert _type_of(doc, "Obama") is None


def test_a_working_group_runs_on_over_its_subject() -> None:
    doc = analysed("Lawyers appealed to the United Nations Working Group on Arbitrary Killings last year.")
    assert _type_of(doc, "United Nations Working Group on Arbitrary Killings") == "ORG"


def test_religions_are_not_entities() -> None:
    doc = analysed("The shrine is sacred in Buddhism and in Hinduism, and pilgrims come from Nepal.")
    assert _type_of(doc, "Buddhism") is None and _type_of(doc, "Hinduism") is None


def test_two_countries_joined_by_a_hyphen_are_not_a_third_place() -> None:
    doc = analysed("Analysts say India-Pakistan trade has collapsed since the border closed.")
    assert _type_of(doc, "India-Pakistan") is None
