"""English names judged by their use in the sentence: products, buildings, villages, position capitals, aliases."""

from __future__ import annotations

from tests.unit.lang.test_en_helpers import analysed, entity_named
from workers.doc import Doc


def _scored(doc: Doc) -> dict[str, str]:
    """Mention text -> entity type, for the types the gold scores (PERSON, ORG, GPE, LOC)."""
    return {m.text: e.type for e in doc.entities if e.type in {"PERSON", "ORG", "GPE", "LOC"} for m in e.mentions}


def test_names_listed_with_internet_platforms_are_products_not_organisations() -> None:
    doc = analysed("Teenagers in Spain spend hours on Flimsy, Rotbook, Snapgram, and many other social platforms.")
    assert not {"Flimsy", "Rotbook", "Snapgram"} & _scored(doc).keys()


def test_a_name_after_launched_is_a_product() -> None:
    doc = analysed("The search company Baltix, which has launched Zorbo Chat, said the gap was closing.")
    assert "Zorbo Chat" not in _scored(doc)


def test_a_house_the_text_goes_to_is_a_building_not_an_organisation() -> None:
    doc = analysed("The 40 hostages were taken to Government House in Lakaza after their release.")
    assert "Government House" not in _scored(doc)


def test_a_bare_name_after_in_and_described_as_a_camp_is_a_place() -> None:
    doc = analysed("Food ran short in Ifo, a camp in the Sabaki complex, on Monday.")
    assert _scored(doc).get("Ifo") == "GPE"


def test_a_word_capitalised_only_at_a_sentence_start_is_no_name() -> None:
    doc = analysed("Media outlets closed on Monday. Officials said media freedom had suffered.")
    assert "Media" not in _scored(doc)


def test_a_one_letter_given_name_before_a_name_and_who_is_part_of_a_person() -> None:
    doc = analysed("Despite the ban, A Ling, who used to work for a newspaper, said the rules were strict.")
    assert _scored(doc).get("A Ling") == "PERSON"


def test_an_acronym_may_keep_the_of_of_the_full_name() -> None:
    doc = analysed(
        "The Economic Union of Central Highland States, or EUOCHS, met in Abuja on Monday. EUOCHS leaders agreed."
    )
    assert entity_named(doc, "EUOCHS") is entity_named(doc, "Economic Union of Central Highland States")


def test_the_official_name_of_a_country_is_that_country() -> None:
    doc = analysed("The People's Republic of China (PRC) rejected the claim. China said it would respond.")
    assert entity_named(doc, "PRC") is entity_named(doc, "China")


def test_a_capitalised_forest_is_a_place_not_an_organisation() -> None:
    doc = analysed("Soldiers entered the Kilimo Forest near the border to flush out the militants.")
    assert _scored(doc).get("Kilimo Forest") == "LOC"


def test_common_initialisms_are_not_entities() -> None:
    doc = analysed("The firm sells AI tools, and EV sales rose as GDP grew.")
    assert not {"AI", "EV", "GDP"} & _scored(doc).keys()


def test_a_name_introduced_as_an_alias_is_the_same_person() -> None:
    doc = analysed("Officials said that al-Turabi, also known as Abu Selim, was killed. Abu Selim had led the cell.")
    assert entity_named(doc, "Abu Selim") is entity_named(doc, "al-Turabi")


def test_a_place_with_its_area_word_is_the_place_named_without_it() -> None:
    doc = analysed("Gunmen attacked a school in Dodoma Region on Monday. Dodoma is quiet now.")
    assert entity_named(doc, "Dodoma Region") is entity_named(doc, "Dodoma")


def test_a_nationality_word_after_a_title_is_a_given_name() -> None:
    doc = analysed("Federal Finance Minister Christian Voss said Wednesday the talks would go on.")
    assert _scored(doc).get("Christian Voss") == "PERSON"


def test_a_name_before_a_bare_title_ending_in_in_is_a_person() -> None:
    doc = analysed(
        '"China has the most elaborate plan compared to any other country," Wouter Claeskens, assistant professor '
        "in Modern Asian Studies at Leiden University in the Netherlands, told VOA."
    )
    assert _scored(doc).get("Wouter Claeskens") == "PERSON"


def test_a_body_of_a_body_written_with_a_possessive_is_two_organisations() -> None:
    doc = analysed(
        '"The sector grew," said Lourdes Kamau, director of Strathmore University\'s Emerging Markets Institute.'
    )
    assert _scored(doc).get("Strathmore University") == "ORG"


def test_an_institution_and_its_country_are_two_entities() -> None:
    doc = analysed(
        "Dr. Raylton Chikasa, a study co-author from the University of Bloemfontein in South Africa, said another "
        "risk factor is living in cities."
    )
    assert _scored(doc).get("University of Bloemfontein") == "ORG"


def test_a_name_cut_before_and_runs_on_over_a_body_name_with_only_its_head() -> None:
    doc = analysed(
        "A report by the Youth Working Committee of the China Audio-Visual and Online Publishing Association was "
        "released."
    )
    assert (
        _scored(doc).get("Youth Working Committee of the China Audio-Visual and Online Publishing Association") == "ORG"
    )


def test_names_listed_before_areas_are_places() -> None:
    doc = analysed("Airstrikes targeted the Kulamo and Tiyeglow areas on Monday.")
    assert _scored(doc).get("Kulamo") == "GPE"


def test_a_platform_listed_among_internet_platforms_is_a_product_even_when_the_gazetteer_knows_it() -> None:
    doc = analysed("Many teenagers are deeply engaged with WeChat, Snapgram, and many internet platforms, she said.")
    assert "WeChat" not in _scored(doc)


def test_washington_dc_is_washington() -> None:
    doc = analysed("Officials in Washington D.C. met on Monday. Washington said the talks went well.")
    assert entity_named(doc, "Washington D.C.") is entity_named(doc, "Washington")


def test_a_surname_owned_by_a_full_name_and_its_particle_form_is_that_one_person() -> None:
    doc = analysed(
        "IS cells were hunted by forces loyal to former Syrian president Bashar al-Hamdi. IS has tried to exploit "
        "the fall of the Hamdi regime. Since al-Hamdi fled, Hamdi loyalists have regrouped, and Hamdi is in Moscow."
    )
    assert entity_named(doc, "Hamdi") is entity_named(doc, "Bashar al-Hamdi")
