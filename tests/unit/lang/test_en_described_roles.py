"""English speakers named by a qualified description with no one introduced in its exact role."""

from __future__ import annotations

from tests.unit.lang.test_en_helpers import analysed, entity_named, speaker_id


def test_a_qualified_description_is_the_person_whose_own_role_shares_its_words() -> None:
    doc = analysed(
        "Former top trade official Pierre Dumont, who led the talks, says aid must grow. "
        "Critics say many voters like Anne Moreau. "
        "The former French foreign minister told reporters, “We need more time.”"
    )
    assert speaker_id(doc, "We need more time") == entity_named(doc, "Pierre Dumont").id


def test_a_politician_described_by_nationality_is_a_person_given_a_role_not_the_nationality() -> None:
    doc = analysed(
        "Former top trade official Pierre Dumont says aid must grow. "
        "Critics say many voters like Anne Moreau. The French politician says the plan is failing."
    )
    assert speaker_id(doc, "the plan is failing") == entity_named(doc, "Pierre Dumont").id


def test_an_unqualified_description_still_takes_the_nearest_person() -> None:
    doc = analysed("Mayor Jorge Lima spoke first. Then Ana Silva arrived. The woman said the clinic was empty.")
    assert speaker_id(doc, "the clinic was empty") == entity_named(doc, "Ana Silva").id


def test_a_nationality_in_a_description_does_not_rule_out_a_person_introduced_with_an_organisation() -> None:
    doc = analysed(
        "Former top European Union official Pierre Dumont says aid must grow. "
        "The French politician, who may challenge Jean Martin next year, says the plan is failing."
    )
    assert speaker_id(doc, "the plan is failing") == entity_named(doc, "Pierre Dumont").id
