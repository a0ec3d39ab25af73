"""Arabic tokens: offsets, punctuation, hashtags, URLs, and safe proclitic splitting."""

from __future__ import annotations

import itertools

import pytest

from tests.support.articles import SEED_FILE
from workers.lang.ar.clitics import load_vocab
from workers.lang.ar.tokens import sentence_slices, tokenize


def texts(s: str) -> list[str]:
    return [t.text for t in tokenize(s)]


def test_every_seed_token_is_its_own_slice_of_the_text() -> None:
    text = SEED_FILE.read_text(encoding="utf-8")
    tokens = tokenize(text)
    assert len(tokens) > 400
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))


def test_conjunction_before_the_article_is_split_with_exact_offsets() -> None:
    text = "قالت الولايات المتحدة والمملكة المتحدة"
    tokens = tokenize(text)
    mamlaka = next(t for t in tokens if t.text == "المملكة")
    assert text[mamlaka.start : mamlaka.end] == "المملكة"
    assert text[mamlaka.start - 1] == "و"
    assert [t.text for t in tokens][-3:] == ["و", "المملكة", "المتحدة"]


@pytest.mark.parametrize("word", ["وزير", "فرنسا", "بيونغيانغ", "لبنان", "كوريا", "واشنطن", "وكالة", "بين", "كان"])
def test_words_that_only_start_with_a_proclitic_letter_stay_whole(word: str) -> None:
    assert texts(word) == [word]


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("لموسكو", ["ل", "موسكو"]),  # the rest is a known name
        ("وبموسكو", ["و", "ب", "موسكو"]),  # conjunction + preposition
        ("ولروسيا", ["و", "ل", "روسيا"]),
        ("وتنميتها", ["و", "تنميتها"]),  # the rest is known once its pronoun suffix is off
        ("للبنان", ["ل", "لبنان"]),  # ل + a word that starts with ل
        ("للأنباء", ["للأنباء"]),  # ل + الأنباء contracted: one token, as in NewsFANE
        ("وَالمملكة", ["وَ", "المملكة"]),  # a diacritic stays with its letter
        ("بجنوب", ["ب", "جنوب"]),  # a compass word starts a place's name, though NewsFANE kept this whole
        ("ووسط", ["و", "وسط"]),
    ],
)
def test_proclitics_are_split_when_the_rest_is_a_word(word: str, pieces: list[str]) -> None:
    assert texts(word) == pieces


def test_a_name_is_split_from_its_conjunction_when_it_stands_alone_in_the_text() -> None:
    assert texts("قال شويغو ثم وصل وشويغو") == ["قال", "شويغو", "ثم", "وصل", "و", "شويغو"]


def test_hashtag_keeps_the_sign_apart_and_its_words_reachable() -> None:
    assert texts("مع #كوريا_الشمالية دون") == ["مع", "#", "كوريا", "الشمالية", "دون"]


def test_quotes_and_arabic_punctuation_are_tokens() -> None:
    assert texts("«نعم»، قال: “لا”؛ لماذا؟") == ["«", "نعم", "»", "،", "قال", ":", "“", "لا", "”", "؛", "لماذا", "؟"]


def test_urls_handles_and_numbers_are_single_tokens() -> None:
    text = "حكيمة هرميش pic.twitter.com/3Z8umpENBX — التلفزيون العربي (@AlarabyTV) July 15, 2023 و١٢٫٥%"
    assert texts(text) == [
        "حكيمة",
        "هرميش",
        "pic.twitter.com/3Z8umpENBX",
        "—",
        "التلفزيون",
        "العربي",
        "(",
        "@AlarabyTV",
        ")",
        "July",
        "15",
        ",",
        "2023",
        "و",
        "١٢٫٥",
        "%",
    ]


def test_norm_is_the_matching_form_of_the_token() -> None:
    token = tokenize("الإستراتيجية")[0]
    assert (token.text, token.norm) == ("الإستراتيجية", "الاستراتيجيه")


def test_sentences_end_after_full_stops_and_question_marks() -> None:
    words = texts("قال نعم. لماذا؟ لا")
    assert sentence_slices(words) == [(0, 3), (3, 5), (5, 6)]


def test_a_diacritic_standing_alone_is_no_token() -> None:
    from workers.lang.ar.tokens import tokenize

    tokens = tokenize("ً على سؤال")
    assert [t.text for t in tokens] == ["على", "سؤال"]
    assert all(t.norm for t in tokens)


def test_a_letter_glued_to_the_head_of_a_name_is_a_proclitic() -> None:
    # NewsFANE writes "لوكالة" whole eight times, but no name begins with the ل: the head stands alone.
    assert [t.text for t in tokenize("وقال لوكالة رويترز", load_vocab())] == ["و", "قال", "ل", "وكالة", "رويترز"]


def test_a_letter_glued_to_a_programme_or_an_apparatus_is_a_proclitic() -> None:
    # NewsFANE writes "لبرنامج" whole six times; "برنامج الأغذية العالمي" and "جهاز الردع" begin without the ل.
    words = [t.text for t in tokenize("المدير الإقليمي لبرنامج الأغذية العالمي ولجهاز الردع", load_vocab())]
    assert words[2:5] == ["ل", "برنامج", "الأغذية"]
    assert words[-3:] == ["ل", "جهاز", "الردع"]


def test_a_governor_spelled_with_ya_stays_whole_where_and_to_is_split() -> None:
    assert [t.text for t in tokenize("وقال والي الخرطوم")] == ["و", "قال", "والي", "الخرطوم"]
    assert [t.text for t in tokenize("وإلى الخرطوم")] == ["و", "إلى", "الخرطوم"]
