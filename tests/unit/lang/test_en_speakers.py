"""English speakers named by a description, a pronoun in a quote chain, or an organisation noun."""

from __future__ import annotations

from tests.unit.lang.test_en_helpers import analysed, entity_named, quote_containing, speaker_id


def test_a_role_with_a_body_is_the_person_introduced_with_that_role() -> None:
    text = (
        "Fatima Bello, the regional director of the World Food Programme, visited the camp on Monday. "
        '"Children are starving," the WFP director said.'
    )
    doc = analysed(text)
    assert speaker_id(doc, "Children are starving") == entity_named(doc, "Fatima Bello").id


def test_the_head_of_a_body_is_the_person_named_as_its_head() -> None:
    text = (
        "Ahmed Karim, the head of the Red Crescent in Gaza, described the damage. "
        "The head of the Red Crescent said the hospitals had no fuel left."
    )
    doc = analysed(text)
    assert speaker_id(doc, "no fuel left") == entity_named(doc, "Ahmed Karim").id


def test_a_country_leader_is_its_president_not_the_country() -> None:
    text = (
        "President Donald Trump threatened new tariffs on Friday. "
        "The U.S. leader said the measures would start in April."
    )
    doc = analysed(text)
    assert speaker_id(doc, "start in April") == entity_named(doc, "Donald Trump").id


def test_a_descriptive_noun_is_the_person_described_so_before() -> None:
    text = (
        "Dewi Lestari, a young professional in Jakarta, works long hours. "
        '"I cannot afford rent," the young professional said.'
    )
    doc = analysed(text)
    assert speaker_id(doc, "afford rent") == entity_named(doc, "Dewi Lestari").id


def test_an_indefinite_description_is_not_someone_named_before() -> None:
    text = "Minister Ana Lopes opened the talks. A government official said the talks would last two days."
    doc = analysed(text)
    assert speaker_id(doc, "last two days") != entity_named(doc, "Ana Lopes").id


def test_according_to_the_organization_is_the_body_just_described() -> None:
    text = (
        "Human Rights Watch issued a report on Monday. The group documented abuses by the army. "
        "At least 40 people were killed, according to the organization."
    )
    doc = analysed(text)
    assert speaker_id(doc, "40 people were killed") == entity_named(doc, "Human Rights Watch").id


def test_he_after_a_run_of_quotes_stays_with_the_quoted_person() -> None:
    text = (
        '"We are ready," Mayor Teguh Prakosa said. "The market will close." '
        "Officials from the ministry, led by Budi Santoso, visited the city. "
        '"It will take time," he added.'
    )
    doc = analysed(text)
    assert speaker_id(doc, "It will take time") == entity_named(doc, "Teguh Prakosa").id


def test_mixed_straight_and_curly_marks_keep_an_appositive_attribution() -> None:
    text = (
        "\"Children are dying every day,\u201d Catherine Russell, UNICEF's executive director, "
        "told reporters in Geneva."
    )
    doc = analysed(text)
    quote = quote_containing(doc, "Children are dying")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "Catherine Russell"


def test_he_after_a_woman_s_quote_is_the_man_named_before_her() -> None:
    text = (
        "Health Minister Peter Mwangi said the clinics would reopen on Monday. "
        "Grace Atieno, a nurse in Kisumu, said she had not been paid since March. "
        '"We cannot work for free," she said. '
        '"The money is on its way," he said.'
    )
    doc = analysed(text)
    assert speaker_id(doc, "money is on its way") == entity_named(doc, "Peter Mwangi").id


def test_an_honorific_gives_the_gender_a_pronoun_must_fit() -> None:
    text = (
        "Mrs. Esther Bello, the labor minister, met Mr. Daniel Okoro, the head of the union, on Friday. "
        '"We reached no deal," she said.'
    )
    doc = analysed(text)
    assert speaker_id(doc, "reached no deal") == entity_named(doc, "Esther Bello").id


def test_a_person_the_story_turns_to_takes_the_next_he_said() -> None:
    text = (
        '"The study covered 10,000 people," said Paul Mensah, a researcher in Accra. '
        "For Kwame Asante, managing his blood pressure has been a long struggle. "
        '"I walk every morning now," he said.'
    )
    doc = analysed(text)
    assert speaker_id(doc, "walk every morning") == entity_named(doc, "Kwame Asante").id


def test_the_head_of_a_body_is_not_a_person_introduced_with_another_body() -> None:
    text = (
        "Maria Costa, the director of the World Food Programme, described empty warehouses. "
        '"The wounded keep coming," said Jonas Berg. '
        "The head of the Red Cross said the hospitals had no fuel left."
    )
    doc = analysed(text)
    assert speaker_id(doc, "no fuel left") == entity_named(doc, "Jonas Berg").id


def test_a_description_that_opens_the_story_is_the_person_named_next_with_that_role() -> None:
    text = (
        "The head of the U.N. refugee agency said Monday that two million people had fled the fighting. "
        '"Nobody is safe," Filippo Rossi, the agency\'s chief, told reporters in Geneva.'
    )
    doc = analysed(text)
    assert speaker_id(doc, "two million people") == entity_named(doc, "Filippo Rossi").id


def test_a_person_introduced_with_another_body_stays_excluded_when_named_again() -> None:
    text = (
        "Maria Costa, the director of the World Food Programme, described empty warehouses. "
        "Costa said food stocks would run out in May. "
        "The head of the Red Cross said the hospitals had no fuel left."
    )
    doc = analysed(text)
    assert speaker_id(doc, "no fuel left") != entity_named(doc, "Maria Costa").id


def test_a_known_given_name_decides_she_when_the_text_says_nothing_else() -> None:
    text = 'Catherine Okello and Peter Wanjala visited the camp on Monday. "The shelters are full," she said.'
    doc = analysed(text)
    assert speaker_id(doc, "shelters are full") == entity_named(doc, "Catherine Okello").id


def test_a_spokesman_for_a_named_leader_is_not_that_leader() -> None:
    doc = analysed("A spokesman for Prime Minister Ana Lopes said the talks would resume on Monday.")
    speaker = quote_containing(doc, "talks would resume").speaker
    assert speaker is not None and speaker.entity_id is None


def test_a_statement_without_owner_is_the_body_named_just_before() -> None:
    text = (
        "The talks were held in Geneva on Monday, according to the Foreign Ministry. "
        "A statement said the two sides agreed to meet again."
    )
    doc = analysed(text)
    assert speaker_id(doc, "agreed to meet again") == entity_named(doc, "Foreign Ministry").id


def test_the_data_is_the_body_whose_data_was_cited() -> None:
    text = (
        "The Northern Trust for Housing, citing Eurostat data, says rents rose sharply in the Netherlands. "
        "Rents in Amsterdam climbed by 12% in a year, according to the data."
    )
    doc = analysed(text)
    assert speaker_id(doc, "climbed by 12%") == entity_named(doc, "Eurostat").id


def test_an_unnamed_body_opening_the_story_is_the_body_named_later_as_one() -> None:
    text = (
        "A British charity for the blind says most workers with sight loss earn less than their peers. "
        "The gap has grown since 2019. "
        "In a report this week, Vision Forward International, a British nongovernmental agency, called for new laws."
    )
    doc = analysed(text)
    assert speaker_id(doc, "sight loss earn less") == entity_named(doc, "Vision Forward International").id


def test_a_leader_described_by_nationality_is_not_someone_of_another_nation() -> None:
    text = (
        "Swedish Foreign Minister Karl Lindqvist's chief of staff, Ola Berg, wrote that the talks had failed. "
        "Norwegian Prime Minister Eva Solheim said on Sunday the border would stay open. "
        "The Norwegian leader told parliament that she had spoken with the police chief."
    )
    doc = analysed(text)
    assert speaker_id(doc, "spoken with the police chief") == entity_named(doc, "Eva Solheim").id


def test_members_across_a_place_are_the_speakers_not_the_place() -> None:
    doc = analysed("Members of farmers' unions across the region say the new tax is unfair.")
    speaker = quote_containing(doc, "the new tax is unfair").speaker
    assert speaker is not None and speaker.text.startswith("Members")
