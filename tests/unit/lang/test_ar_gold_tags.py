"""Gold articles become tagged training text: every listed name where it stands, longest first."""

from __future__ import annotations

from pathlib import Path

import orjson

from workers.lang.ar.clitics import load_vocab
from workers.lang.ar.gold_tags import GLUED, article_sentences, corpus_common_words, gold_documents, name_tags
from workers.lang.ar.newsfane import Sentence


def test_the_longest_listed_name_wins_where_names_nest() -> None:
    norms = ["قالت", "بعثه", "الامم", "المتحده", "في", "ليبيا"]
    names = [(["الامم", "المتحده"], "ORG"), (["بعثه", "الامم", "المتحده"], "ORG"), (["ليبيا"], "GPE")]
    assert name_tags(norms, names) == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE"]


def test_a_name_with_a_glued_proclitic_is_marked_for_leaving_out() -> None:
    norms = ["وصل", "بموسكو", "ثم", "للامم", "المتحده", "الي", "موسكو"]
    names = [(["موسكو"], "GPE"), (["الامم", "المتحده"], "ORG")]
    assert name_tags(norms, names) == ["O", GLUED, "O", GLUED, "I-ORG", "O", "B-GPE"]


def test_sentences_with_a_glued_name_are_left_out_and_common_one_word_names_untagged() -> None:
    article = {
        "lang": "ar",
        "text": "وصل الوفد بزاواتين أمس. وقال الجيش إن موسكو بعيدة.",
        "entities": [
            {"type": "GPE", "names": ["زاواتين"]},
            {"type": "GPE", "names": ["موسكو"]},
            {"type": "ORG", "names": ["الجيش"]},
        ],
    }
    [sentence] = article_sentences(article, load_vocab(), common=frozenset({"الجيش"}))
    tags = dict(zip(sentence.tokens, sentence.tags, strict=True))
    assert tags["موسكو"] == "B-GPE"
    assert tags["الجيش"] == "O"


def test_words_a_corpus_mostly_uses_outside_names_are_common() -> None:
    sentences = [Sentence(["قال", "الجيش", "ان", "العراق"], ["O", "O", "O", "B-GPE"])] * 3
    assert corpus_common_words(sentences) == frozenset({"قال", "الجيش", "ان"})


def test_an_article_is_cut_into_tagged_sentences() -> None:
    article = {
        "lang": "ar",
        "text": "زار سيرغي شويغو بيونغيانغ. والتقى شويغو الزعيم كيم جونغ أون.",
        "entities": [
            {"type": "PERSON", "names": ["سيرغي شويغو", "شويغو"]},
            {"type": "GPE", "names": ["بيونغيانغ"]},
            {"type": "PERSON", "names": ["كيم جونغ أون"]},
            {"type": "NORP", "names": ["الكوري"]},
        ],
    }
    sentences = article_sentences(article, load_vocab())
    assert len(sentences) == 2
    first = dict(zip(sentences[0].tokens, sentences[0].tags, strict=True))
    assert first["سيرغي"] == "B-PERSON" and first["بيونغيانغ"] == "B-GPE" and first["زار"] == "O"
    assert sentences[1].tags.count("B-PERSON") == 2
    assert not any(tag.endswith("NORP") for s in sentences for tag in s.tags)


def test_only_arabic_articles_with_entities_become_documents(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"lang": "ar", "text": "زار شويغو موسكو.", "entities": [{"type": "GPE", "names": ["موسكو"]}]},
        {"lang": "en", "text": "Shoigu visited Moscow.", "entities": [{"type": "GPE", "names": ["Moscow"]}]},
        {"lang": "ar", "text": "لا أسماء هنا.", "entities": []},
    ]
    gold.write_bytes(b"\n".join(orjson.dumps(r) for r in rows) + b"\n")
    documents = gold_documents([gold], load_vocab())
    assert len(documents) == 1
    assert documents[0][0].tags[-2] == "B-GPE"


def test_a_shorter_listed_name_inside_a_longer_one_is_what_gets_tagged() -> None:
    article = {
        "lang": "ar",
        "text": "وأعلن نادي الهلال السعودي تعاقده. وأدانت منظمة العفو الدولية القرار. وزار سيرغي شويغو موسكو.",
        "entities": [
            {"type": "ORG", "names": ["نادي الهلال السعودي", "الهلال"]},
            {"type": "ORG", "names": ["منظمة العفو الدولية", "العفو الدولية"]},
            {"type": "PERSON", "names": ["سيرغي شويغو", "شويغو"]},
            {"type": "GPE", "names": ["موسكو"]},
        ],
    }
    club, amnesty, visit = article_sentences(article, load_vocab())
    assert club.tags[1:4] == ["O", "B-ORG", "O"]  # head and nationality left out
    assert amnesty.tags[1:4] == ["B-ORG", "I-ORG", "I-ORG"]  # منظمة is no head the rules add
    assert visit.tags[2:4] == ["B-PERSON", "I-PERSON"]  # a person's full name stays whole


def test_of_two_names_as_long_the_one_written_without_a_glued_letter_wins_in_any_order() -> None:
    norms = ["قال", "لبنان", "ان"]
    plain, glued = (["لبنان"], "GPE"), (["بنان"], "PERSON")
    assert name_tags(norms, [plain, glued]) == name_tags(norms, [glued, plain]) == ["O", "B-GPE", "O"]
