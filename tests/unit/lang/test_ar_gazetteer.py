"""Gazetteer lookups on Arabic tokens, and the shipped tables."""

from __future__ import annotations

from pathlib import Path

from tests.support.articles import SEED_FILE
from workers.lang.ar.clitics import load_vocab
from workers.lang.ar.gazetteer import DATA_DIR, ENTITY_FILES, HEADER, Gazetteer
from workers.lang.ar.normalise import normalise
from workers.lang.ar.tokens import Token, tokenize


def found(text: str) -> dict[str, tuple[str, str]]:
    tokens = tokenize(text)
    return {
        " ".join(t.text for t in tokens[m.start : m.end]): (m.type, m.canonical) for m in Gazetteer.load().match(tokens)
    }


def test_seed_names_are_found_with_their_types() -> None:
    matches = found(SEED_FILE.read_text(encoding="utf-8"))
    assert matches["كوريا الشمالية"][0] == "GPE"
    assert matches["الولايات المتحدة"][0] == "GPE"
    assert matches["المملكة المتحدة"][0] == "GPE"
    assert matches["بيونغيانغ"][0] == "GPE"
    assert matches["موسكو"][0] == "GPE"
    assert matches["واشنطن"][0] == "GPE"
    assert matches["أميركا"] == ("GPE", "الولايات المتحدة")
    assert matches["وكالة إنترفاكس للأنباء"][0] == "ORG"
    assert matches["مجلس الأمن الدولي"][0] == "ORG"
    assert matches["الأمم المتحدة"][0] == "ORG"
    assert matches["شويغو"] == ("PERSON", "سيرغي شويغو")
    assert matches["الكوري الشمالي"][0] == "NORP"


def test_longest_name_wins() -> None:
    assert found("قالت وكالة الأنباء المركزية الكورية اليوم") == {
        "وكالة الأنباء المركزية الكورية": ("ORG", "وكالة الأنباء المركزية الكورية")
    }


def test_first_token_may_carry_a_proclitic_or_the_contracted_article() -> None:
    # Tokens cut at spaces only, as another tokenizer would leave them.
    words = ["وصل", "بالولايات", "المتحدة", "ولروسيا"]
    tokens = [Token(w, 0, len(w), normalise(w)) for w in words]
    assert [(m.start, m.end, m.canonical) for m in Gazetteer.load().match(tokens)] == [
        (1, 3, "الولايات المتحدة"),
        (3, 4, "روسيا"),
    ]
    assert found("رسالة للأمم المتحدة")["للأمم المتحدة"] == ("ORG", "الأمم المتحدة")


def test_a_word_is_not_read_as_a_proclitic_plus_a_name() -> None:
    assert found("وزير الخارجية") == {}


def test_match_spans_are_token_indices() -> None:
    tokens = tokenize("زار شويغو كوريا الشمالية")
    spans = [(m.start, m.end, m.type) for m in Gazetteer.load().match(tokens)]
    assert spans == [(1, 2, "PERSON"), (2, 4, "GPE")]


def test_tables_have_headers_and_stay_small() -> None:
    files = sorted(Path(DATA_DIR).glob("*.tsv"))
    assert {f.name for f in files} >= set(ENTITY_FILES) | {"titles.tsv", "given_names.tsv", "vocab.tsv"}
    for f in files:
        if f.name in ENTITY_FILES:
            assert f.read_text(encoding="utf-8").split("\n", 1)[0].split("\t") == list(HEADER)
    assert sum(f.stat().st_size for f in files) < 3_000_000


def test_titles_and_given_names_are_loaded_as_normalised_words() -> None:
    gazetteer = Gazetteer.load()
    assert "وزير" in gazetteer.titles
    assert "الرئيس" in gazetteer.titles
    assert "سيرغي" in gazetteer.given_names


def test_a_listed_name_after_a_glued_preposition_is_found() -> None:
    tokens = tokenize("وقال المحامي للأمم المتحدة إن الحكم جائر.")
    found = [(m.type, " ".join(t.text for t in tokens[m.start : m.end])) for m in Gazetteer.load().match(tokens)]
    assert ("ORG", "للأمم المتحدة") in found


def test_states_districts_companies_and_museums_of_the_news_are_listed() -> None:
    matches = found(
        "وزار الوفد ولاية تكساس وحي الزمالك في القاهرة والتجمع الخامس، والتقى مسؤولين من أمازون ويب سيرفيسز "
        "ودويتشه تيليكوم، قبل زيارة متحف اللوفر."
    )
    assert matches["تكساس"][0] == "GPE"
    assert matches["التجمع الخامس"][0] == "GPE"
    assert matches["أمازون ويب سيرفيسز"][0] == "ORG"
    assert matches["دويتشه تيليكوم"][0] == "ORG"
    assert matches["متحف اللوفر"][0] == "ORG"


def test_no_listed_name_keeps_a_glued_everyday_word_whole() -> None:
    # "دويتشه بان" or "فيات" as vocabulary would keep "بأن" and "وفيات" whole in every text.
    lines = (DATA_DIR / "vocab.tsv").read_text(encoding="utf-8").splitlines()[1:]
    words = dict(line.split("\t")[::2] for line in lines)
    assert words.get("بان") == "0"
    assert words.get("فيات", "0") == "0"


def test_a_two_letter_first_word_with_a_glued_conjunction_starts_a_listed_name() -> None:
    matches = found("عادت الأسر إلى الخرطوم وأم درمان، فيما أفادت وام بأن المساعدات وصلت.")
    assert matches["وأم درمان"] == ("GPE", "أم درمان")
    assert matches["وام"][0] == "ORG"


def test_a_name_listed_whole_is_found_whole() -> None:
    # "فؤاد السنيورة" is listed among the people matched only by their whole name.
    assert found("وقال فؤاد السنيورة إن الحكومة باقية") == {"فؤاد السنيورة": ("PERSON", "فؤاد السنيورة")}


def test_words_of_a_name_listed_whole_are_no_name_words() -> None:
    # People of the 2000s are matched by their whole listed name; their words give the tagger no name-word feature
    # (for "واين روني", "واين" would be evidence of a person where it reads "and where").
    assert found("أطلق سراح جلعاد شاليط") == {"جلعاد شاليط": ("PERSON", "جلعاد شاليط")}
    word_types = Gazetteer.load().word_types
    assert normalise("جلعاد") not in word_types
    assert normalise("شاليط") not in word_types


def test_names_listed_whole_add_no_tokenizer_vocabulary() -> None:
    # "جلعاد" is in no other list and NewsFANE has it fewer than twice: the build leaves it out of the vocabulary.
    assert normalise("جلعاد") not in load_vocab()
