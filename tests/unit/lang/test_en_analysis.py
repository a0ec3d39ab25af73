"""The English analysis: where the recogniser looks, and what it may call a name."""

from __future__ import annotations

from workers.doc import Doc
from workers.lang.en.analysis import _name_windows, get_analysis

from .test_en_helpers import analysed, entity_named


def _words(text: str) -> list[str]:
    return text.split()


def test_the_recogniser_reads_a_few_words_either_side_of_each_capitalised_word() -> None:
    words = _words("the talks that were held in a small room ended when Lavrov left for home at last")
    assert _name_windows(words, 0, len(words)) == [(8, 15)]


def test_windows_that_touch_are_one_and_the_first_word_joins_when_a_name_follows() -> None:
    words = _words("Iran said Araghchi and Grossi met")
    assert _name_windows(words, 0, len(words)) == [(0, 6)]


def test_a_time_word_is_read_for_the_dates_the_event_rules_keep_out_of_actors() -> None:
    words = _words("the ministry said it would respond within two weeks of the decision")
    assert _name_windows(words, 0, len(words)) == [(5, 12)]


def test_a_function_word_capitalised_after_a_quotation_mark_is_no_anchor() -> None:
    words = _words('he said : " We will go and I will stay , " and left')
    assert _name_windows(words, 0, len(words)) == []


def test_a_sentence_with_no_capital_after_its_first_word_is_not_read() -> None:
    words = _words("It was not clear what would happen next")
    assert _name_windows(words, 0, len(words)) == []


def test_a_name_far_from_the_first_word_is_found_and_the_first_word_still_counts() -> None:
    words = _words("Iran has repeatedly denied that it is seeking weapons , spokesman Esmaeil Baghaei said .")
    assert _name_windows(words, 0, len(words))[0] == (0, 4)
    doc = analysed(
        "Iran has repeatedly denied that it is seeking to build weapons of any kind at its sites, "
        "foreign ministry spokesman Esmaeil Baghaei said."
    )
    assert entity_named(doc, "Esmaeil Baghaei").type == "PERSON"
    assert entity_named(doc, "Iran").type == "GPE"


def test_a_lower_case_word_is_never_a_name_whatever_the_window_shows() -> None:
    doc = analysed("Anton Kristian, a dog meat aficionado in his 30s, said a schoolmate introduced him to it.")
    names = {e.name for e in doc.entities}
    assert "aficionado" not in names
    assert all(any(c.isupper() for c in text) for *_, text in _model_names(doc))


def _model_names(doc: Doc) -> list[tuple[int, int, str, str]]:
    analysis = get_analysis(doc)
    return [
        (a, b, label, " ".join(analysis.surface.text[a:b]))
        for a, b, label in analysis.ents
        if label not in {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
    ]
