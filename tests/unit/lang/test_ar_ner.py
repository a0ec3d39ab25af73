"""The shipped Arabic CRF tagger, its scoring, and the NewsFANE mapping it was trained with."""

from __future__ import annotations

import orjson

from tests.support.articles import SEED_FILE
from tests.unit.lang.test_ar_pack_helpers import pack
from workers.doc import Doc
from workers.eval.ner import gold_spans
from workers.lang.ar import mention_steps
from workers.lang.ar import ner as ner_module
from workers.lang.ar.ner import MODEL_PATH, ArabicNer
from workers.lang.ar.ner_folds import gold_docs
from workers.lang.ar.newsfane import COARSE, Sentence, coarse_tag, join_suffixes, retokenize
from workers.lang.ar.spans import score, spans
from workers.lang.ar.tokens import tokenize
from workers.lang.ar.train_ner import AS_EVAL, CHUNK_TOKENS, split

SEED_SENTENCE = (
    "وزار شويغو كوريا الشمالية بمناسبة الذكرى السبعين لنهاية الحرب الكورية في يوليو/ تموز الماضي واجتمع مع كيم."
)


def entities(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    tags = ArabicNer.load().tag(tokens)
    return [
        (" ".join(t.text for t in tokens[a:b]), kind)
        for a, b, kind in sorted(spans(tags, {k: k for k in COARSE.values()}))
    ]


def test_model_loads_with_its_version() -> None:
    ner = ArabicNer.load()
    meta = orjson.loads(MODEL_PATH.with_suffix(".json").read_bytes())
    assert ner.version == meta["version"]
    assert ner.version.startswith("ar-ner-crf-")


def test_shoigu_is_a_person_in_a_seed_sentence() -> None:
    found = entities(SEED_SENTENCE)
    assert ("شويغو", "PERSON") in found
    assert ("كوريا الشمالية", "GPE") in found


def test_one_valid_bio_tag_per_token_on_the_seed() -> None:
    tokens = tokenize(SEED_FILE.read_text(encoding="utf-8"))
    tags = ArabicNer.load().tag(tokens)
    assert len(tags) == len(tokens)
    allowed = {"O"} | {f"{p}-{t}" for p in "BI" for t in set(COARSE.values())}
    assert set(tags) <= allowed


def test_hamza_and_tashkeel_do_not_hide_a_name() -> None:
    plain = entities("وقال الرئيس الروسي فلاديمير بوتين ان موسكو مستعدة")
    marked = entities("وقالَ الرئيسُ الروسيُّ فلاديمير بوتين إنّ موسكو مستعدّة")
    assert ("فلاديمير بوتين", "PERSON") in plain
    assert ("فلاديمير بوتين", "PERSON") in marked


def test_every_newsfane_class_maps_to_a_coarse_type() -> None:
    assert set(COARSE.values()) == {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"}
    assert coarse_tag("B-Politician") == "B-PERSON"
    assert coarse_tag("I-Population-Center") == "I-GPE"
    assert coarse_tag("B-Group") == "B-NORP"
    assert coarse_tag("O") == "O"


def test_corpus_suffix_tokens_are_joined_to_their_word() -> None:
    paragraph = [("و", "O"), ("قال", "O"), ("ان", "O"), ("ه", "O"), ("حكومة", "O"), ("ه", "O"), ("و", "O"), ("هم", "O")]
    assert [t for t, _ in join_suffixes(paragraph)] == ["و", "قال", "انه", "حكومته", "و", "هم"]


def test_a_proclitic_split_off_an_entity_is_outside_it() -> None:
    pairs = [("زار", "O"), ("بالولايات", "B-GPE"), ("المتحدة", "I-GPE")]
    assert retokenize(pairs, {"الولايات": 100}) == [
        ("زار", "O"),
        ("ب", "O"),
        ("الولايات", "B-GPE"),
        ("المتحدة", "I-GPE"),
    ]


def test_scoring_counts_exact_spans_only() -> None:
    gold = [["B-PERSON", "I-PERSON", "O", "B-GPE"]]
    predicted = [["B-PERSON", "O", "O", "B-LOC"]]
    result = score(gold, predicted, {"PERSON": "PERSON", "GPE": "LOC", "LOC": "LOC"})
    assert result["PERSON"]["f1"] == 0.0
    assert result["LOC"]["f1"] == 1.0
    assert result["micro"]["precision"] == 0.5


def test_empty_input_gives_no_tags() -> None:
    assert ArabicNer.load().tag([]) == []


def test_another_fold_holds_out_other_chunks_and_keeps_every_chunk_once() -> None:
    # 30 chunks of exactly CHUNK_TOKENS tokens each, the chunk index written in every token.
    sentences = [Sentence([str(i)] * CHUNK_TOKENS, ["O"] * CHUNK_TOKENS) for i in range(30)]
    train9, dev9 = split(sentences)
    train4, dev4 = split(sentences, fold=4)
    assert [c[0].tokens[0] for c in dev9] == ["9", "19", "29"]
    assert [c[0].tokens[0] for c in dev4] == ["4", "14", "24"]
    assert len(train4) + len(dev4) == len(train9) + len(dev9) == 30


def test_fold_gold_documents_are_what_khabar_eval_reads() -> None:
    chunk = [Sentence(["قال", "شويغو"], ["O", "B-PERSON"]), Sentence(["في", "موسكو"], ["O", "B-GPE"])]
    (doc,) = gold_docs([chunk], fold=4)
    assert doc == {
        "id": "newsfane-f4-000",
        "lang": "ar",
        "tokens": ["قال", "شويغو", "في", "موسكو"],
        "tags": ["O", "B-PERSON", "O", "B-GPE"],
    }


def test_crf_alone_is_scored_with_the_classes_khabar_eval_counts() -> None:
    # Facilities count as LOC in the whole-pipeline score; NORP and MISC are not scored.
    tags = ["B-PERSON", "I-PERSON", "O", "B-FAC", "I-FAC", "B-GPE", "O", "B-NORP", "B-LOC", "B-ORG", "B-MISC"]
    ours = {(kind, a, b) for a, b, kind in spans(tags, AS_EVAL)}
    assert ours == gold_spans(tags)


def test_names_the_model_rules_out_carry_no_probability_any_rule_could_read() -> None:
    # Words the model is sure are no name get all-zero readings without their marginals being read; that is only
    # harmless while what such a word could still have (1 - the cut, summed over the place types) stays under
    # the smallest threshold the mention rules compare a reading with.
    leftover = 1.0 - ner_module._SURELY_NOT_A_NAME
    assert 3 * leftover < min(mention_steps.VETO, mention_steps.SURE, mention_steps.CERTAIN)


def test_a_word_the_model_rules_out_reads_zero_for_every_type() -> None:
    doc = Doc(text="وقال سيرغي شويغو إن الجيش الروسي مستعد تماما للمناورات.", lang="ar")
    pack().analyse(doc)
    _, confidence = ArabicNer.load().tag_with_confidence(doc.tokens)
    ready = next(k for k, t in enumerate(doc.tokens) if t.text == "مستعد")
    assert all(value == 0.0 for value in confidence[ready].values())
    shoigu = next(k for k, t in enumerate(doc.tokens) if t.text == "شويغو")
    assert confidence[shoigu]["PERSON"] > 0.9
