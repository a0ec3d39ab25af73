"""English entity boundaries and types the small model gets wrong."""

from __future__ import annotations

from tests.unit.lang.test_en_helpers import analysed, entity_named


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in analysed(text).mentions}


def test_a_model_name_does_not_end_in_a_preposition() -> None:
    names = _names("Researchers at the University of Witwatersrand in South Africa studied 500 patients.")
    assert names.get("University of Witwatersrand") == "ORG"
    assert names.get("South Africa") == "GPE"


def test_an_institution_of_a_place_is_one_organisation() -> None:
    names = _names("The study was led by the Clinical Research Unit of Nanoro in Burkina Faso.")
    assert names.get("Clinical Research Unit of Nanoro") == "ORG"
    assert "Nanoro" not in names


def test_sub_saharan_africa_is_one_region() -> None:
    assert _names("Diabetes is rising across sub-Saharan Africa, doctors say.").get("sub-Saharan Africa") == "LOC"


def test_an_organisation_named_after_a_country_keeps_the_country() -> None:
    text = (
        "Karin Franken, a spokeswoman for Dog Meat Free Indonesia, said the ban was welcome. "
        "Dog Meat Free Indonesia said thousands of dogs are killed each year."
    )
    doc = analysed(text)
    org = entity_named(doc, "Dog Meat Free Indonesia")
    assert org.type == "ORG" and len(org.mentions) == 2


def test_a_name_with_a_title_appositive_is_a_person() -> None:
    names = _names("Karin Franken, a spokeswoman for the coalition, said the ban was welcome.")
    assert names.get("Karin Franken") == "PERSON"


def test_a_sub_body_is_not_merged_into_its_parent() -> None:
    doc = analysed("The United Nations Security Council met on Monday. The United Nations said aid was blocked.")
    assert entity_named(doc, "United Nations Security Council") is not entity_named(doc, "United Nations")


def test_an_administrative_area_is_not_a_person() -> None:
    doc = analysed("Ganjar Pranowo governs Central Java Province, where the ban began.")
    area = [m for m in doc.mentions if m.text.startswith("Central Java")]
    assert area and all(m.type != "PERSON" for m in area)
