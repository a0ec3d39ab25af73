"""Name normalisation and the two matching rules of ``khabar eval``."""

import pytest

from workers.eval.names import actor_matches, name_words, names_match, normalise_name


def test_nfkc_folds_presentation_forms() -> None:
    # U+FEFB is the lam-alef ligature presentation form; NFKC turns it into lam + alef.
    assert normalise_name("\ufefb") == "\u0644\u0627"


def test_diacritics_are_removed() -> None:
    assert normalise_name("رُوسْيَا") == "روسيا"


def test_tanwin_and_shadda_are_removed() -> None:
    assert normalise_name("روسًا") == normalise_name("روسا")
    assert normalise_name("ضمّ") == "ضم"


def test_tatweel_is_removed() -> None:
    assert normalise_name("موســـكو") == "موسكو"


@pytest.mark.parametrize("alef", ["أ", "إ", "آ", "ٱ"])
def test_alef_variants_become_bare_alef(alef: str) -> None:
    assert normalise_name(alef + "وكرانيا") == "اوكرانيا"


def test_alef_maqsura_becomes_ya() -> None:
    assert normalise_name("موسى") == "موسي"


def test_ta_marbuta_becomes_ha() -> None:
    assert normalise_name("حكيمة") == "حكيمه"


def test_english_is_lower_cased() -> None:
    assert normalise_name("White HOUSE") == "white house"


def test_leading_the_is_dropped() -> None:
    assert normalise_name("The United States") == "united states"


def test_the_inside_a_name_is_kept() -> None:
    assert normalise_name("Bank of the West") == "bank of the west"


def test_trailing_possessive_is_dropped() -> None:
    assert normalise_name("Russia's") == "russia"
    assert normalise_name("Russia\u2019s") == "russia"


def test_white_space_runs_collapse() -> None:
    assert normalise_name("  كوريا \n  الشمالي ") == "كوريا الشمالي"


def test_equal_after_normalisation_match() -> None:
    assert names_match("أوكرانيا", "اوكرانيا")
    assert names_match("the Kremlin", "Kremlin")


@pytest.mark.parametrize("proclitic", ["و", "ف", "ب", "ل", "ك"])
def test_one_single_letter_proclitic_is_tolerated(proclitic: str) -> None:
    assert names_match(proclitic + "موسكو", "موسكو")
    assert names_match("موسكو", proclitic + "موسكو")


@pytest.mark.parametrize("proclitic", ["وب", "ول", "وك", "فب", "فل", "فك"])
def test_conjunction_plus_preposition_is_tolerated(proclitic: str) -> None:
    assert names_match(proclitic + "موسكو", "موسكو")


@pytest.mark.parametrize("written", ["للأمم المتحدة", "وللأمم المتحدة"])
def test_lam_before_the_article_gives_back_the_articles_alef(written: str) -> None:
    assert names_match(written, "الأمم المتحدة")
    assert names_match("الأمم المتحدة", written)


def test_two_stacked_single_proclitics_other_than_the_listed_pairs_do_not_match() -> None:
    # "بو" is preposition + conjunction, not a listed combination.
    assert not names_match("بوموسكو", "موسكو")


def test_only_one_proclitic_is_removed() -> None:
    assert not names_match("وبلموسكو", "موسكو")


def test_different_names_do_not_match() -> None:
    assert not names_match("موسكو", "واشنطن")


def test_empty_names_never_match() -> None:
    assert not names_match("", "")
    assert not names_match("و", "")


def test_names_match_needs_equality_not_containment() -> None:
    assert not names_match("سيرغي شويغو", "شويغو")


def test_actor_matches_by_word_containment() -> None:
    assert actor_matches("وزير الدفاع الروسي سيرغي شويغو", "شويغو")
    assert actor_matches("شويغو", "سيرغي شويغو")


def test_actor_containment_tolerates_a_proclitic_per_word() -> None:
    assert actor_matches("والولايات المتحدة الأمريكية", "الولايات المتحدة")


def test_actor_words_ignore_edge_punctuation() -> None:
    assert actor_matches("انتحاري».", "انتحاري")


def test_actor_partial_overlap_is_not_a_match() -> None:
    assert not actor_matches("كوريا الشمالية", "كوريا الجنوبية")


def test_actor_empty_never_matches() -> None:
    assert not actor_matches("", "شويغو")
    assert not actor_matches("...", "شويغو")


def test_name_words_strip_possessive_and_quotes() -> None:
    assert name_words("Sudan's «government».") == ["sudan", "government"]
