"""Sentence boundaries for Arabic and English news."""

from __future__ import annotations

from workers.text.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_headline_without_punctuation_is_its_own_sentence() -> None:
    assert _sentences("تدريبات بحرية\nوزار شويغو كوريا الشمالية.") == ["تدريبات بحرية", "وزار شويغو كوريا الشمالية."]


def test_arabic_question_mark_and_glued_period_end_sentences() -> None:
    text = "لماذا لا؟ قالت الوكالة الكورية.إن الكوريين أعربوا عن دعمهم."
    assert _sentences(text) == ["لماذا لا؟", "قالت الوكالة الكورية.", "إن الكوريين أعربوا عن دعمهم."]


def test_url_and_decimal_and_abbreviations_do_not_split() -> None:
    text = "See pic.twitter.com/3Z8u now. Prices rose 3.5 percent. Mr. Smith met U.S. officials."
    assert _sentences(text) == [
        "See pic.twitter.com/3Z8u now.",
        "Prices rose 3.5 percent.",
        "Mr. Smith met U.S. officials.",
    ]


def test_quotation_stays_whole_and_closing_quote_ends_sentence() -> None:
    text = 'He said "I am here. Really." Then he left. «قال. ثم مضى» وانتهى.'
    assert _sentences(text) == ['He said "I am here. Really."', "Then he left.", "«قال. ثم مضى» وانتهى."]


def test_offsets_select_trimmed_sentences() -> None:
    text = "  First one.   Second one.  \n\n Third"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one.", "Third"]


def test_name_ending_in_apostrophe_letter_is_not_an_initial() -> None:
    text = "Officials named Abdallah al-Rufay'i. He was killed Thursday."
    assert _sentences(text) == ["Officials named Abdallah al-Rufay'i.", "He was killed Thursday."]


def test_long_single_line_article_splits_like_short_ones() -> None:
    sentence = "The minister said the talks in Geneva would resume next week. "
    text = sentence * 2000
    assert len(split_sentences(text)) == 2000
