"""Bare repeats of names found elsewhere in an article get the name's type."""

from __future__ import annotations

from workers.lang.ar.consistency import propagate
from workers.lang.ar.tokens import tokenize


def run(
    text: str, tagged: dict[int, str], vocab: dict[str, int] | None = None, common: frozenset[str] = frozenset()
) -> list[str]:
    norms = [t.norm for t in tokenize(text)]
    tags = [tagged.get(i, "O") for i in range(len(norms))]
    return propagate(norms, tags, vocab or {}, common)


def test_a_persons_last_name_alone_is_tagged_like_the_full_name() -> None:
    # "وقال مايكل بالاك إن ... ثم غادر بالاك"
    tags = run("وقال مايكل بالاك إن الفريق جاهز ثم غادر بالاك", {2: "B-PERSON", 3: "I-PERSON"})
    assert tags[-1] == "B-PERSON"


def test_a_repeated_multiword_name_is_tagged_whole() -> None:
    tags = run("زار وفد البنك الدولي العاصمة ثم غادر وفد البنك الدولي", {2: "B-ORG", 3: "I-ORG"})
    assert tags[-2:] == ["B-ORG", "I-ORG"]


def test_a_name_the_article_gives_two_types_is_left_alone() -> None:
    tags = run("انرون قالت و انرون قالت و انرون", {0: "B-ORG", 3: "B-PERSON"})
    assert tags[-1] == "O"


def test_a_common_word_is_not_propagated() -> None:
    tags = run("قال علي الكبير ثم وصل الكبير", {1: "B-PERSON", 2: "I-PERSON"}, vocab={"الكبير": 500})
    assert tags[-1] == "O"


def test_existing_tags_are_kept() -> None:
    tags = run("زار شويغو موسكو و شويغو", {1: "B-PERSON", 2: "B-GPE", 4: "B-ORG"})
    assert tags == ["O", "B-PERSON", "B-GPE", "O", "B-ORG"]


def test_a_company_named_with_its_head_is_repeated_by_its_brand() -> None:
    # "انهت شركة انرون ... وقال رئيس انرون": the brand alone is the company.
    tags = run("انهت شركة انرون تعاملها و قال رئيس انرون", {1: "B-ORG", 2: "I-ORG"})
    assert tags[-1] == "B-ORG"


def test_a_companys_definite_field_alone_is_no_brand() -> None:
    # "شركة النفط" is the oil company; "النفط" alone is oil.
    tags = run("قالت شركة النفط إن النفط ارتفع", {1: "B-ORG", 2: "I-ORG"})
    assert tags[-2] == "O"


def test_an_everyday_word_after_a_company_head_is_no_brand() -> None:
    tags = run("قالت شركة أمان إن أمان المواطن أولوية", {1: "B-ORG", 2: "I-ORG"}, common=frozenset({"امان"}))
    assert tags[4] == "O"
