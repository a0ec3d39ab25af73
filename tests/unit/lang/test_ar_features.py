"""Arabic CRF features (NER tagger, event filter) are the same on every run: retraining reproduces the models."""

from __future__ import annotations

import os
import subprocess
import sys

_SCRIPT = """
from workers.lang.ar.features import document_features
from workers.lang.ar.gazetteer import Gazetteer
from workers.lang.ar.tokens import tokenize
text = "قال الرئيس بوش إن شركة بوش أفلست، وأكد جورج بوش أن مدينة بوش هادئة."
for row in document_features(tokenize(text), Gazetteer.load()):
    print("|".join(row))
"""


def _features_with_hash_seed(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True)
    return done.stdout


def test_document_features_do_not_depend_on_the_hash_seed() -> None:
    first = _features_with_hash_seed("1")
    # "بوش" follows a title, a cue word, a given name and a place cue: several document features on one word.
    assert first.count("|d:") >= 4 * 3
    assert first == _features_with_hash_seed("2")


_FILTER_SCRIPT = """
from tests.unit.lang.test_ar_pack_helpers import analysed
from workers.lang.ar.events import filter_examples
doc = analysed("قتل ثلاثة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة أمس في بغداد.", with_events=False)
for _, _, example in filter_examples(doc, "ASSAULT"):
    print("|".join(example))
"""


def test_event_filter_features_do_not_depend_on_the_hash_seed() -> None:
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _FILTER_SCRIPT], env=env, capture_output=True, text=True, check=True
        )
        runs.append(done.stdout)
    assert runs[0].count("ASSAULT:w=") >= 5  # the sentence's words, a set before they became features
    assert runs[0] == runs[1]


def test_a_small_word_table_that_starts_afresh_gives_the_same_features() -> None:
    from workers.lang.ar.features import WordFeatures, document_features
    from workers.lang.ar.gazetteer import Gazetteer
    from workers.lang.ar.tokens import tokenize

    gazetteer = Gazetteer.load()
    tokens = tokenize("قال الرئيس بوش إن شركة بوش أفلست، وأكد جورج بوش أن مدينة بوش هادئة.")
    assert document_features(tokens, gazetteer, words=WordFeatures(gazetteer, limit=3)) == document_features(
        tokens, gazetteer
    )


def test_the_tagger_is_given_only_the_features_its_model_weighs() -> None:
    from workers.lang.ar.features import WordFeatures, document_features
    from workers.lang.ar.gazetteer import Gazetteer
    from workers.lang.ar.tokens import tokenize

    gazetteer = Gazetteer.load()
    tokens = tokenize("وصل الرئيس زبرقوطي إلى بغداد")
    every = document_features(tokens, gazetteer)
    kept = document_features(tokens, gazetteer, words=WordFeatures(gazetteer, keep=frozenset({"b", "t", "w-1=الرئيس"})))
    assert "w=زبرقوطي" in every[2] and "w=زبرقوطي" not in kept[2]
    assert {"b", "w-1=الرئيس"} <= set(kept[2])
    assert "t" in kept[1]


def test_tags_are_the_same_with_only_the_weighed_features() -> None:
    import pycrfsuite

    from workers.lang.ar.features import WordFeatures, document_features
    from workers.lang.ar.gazetteer import Gazetteer
    from workers.lang.ar.ner import MODEL_PATH
    from workers.lang.ar.tokens import tokenize

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    weighed = frozenset(attribute for attribute, _ in tagger.info().state_features)
    gazetteer = Gazetteer.load()
    tokens = tokenize("وقال وزير الخارجية الروسي سيرغي لافروف في موسكو إن شركة غازبروم ستواصل العمل.")
    full = document_features(tokens, gazetteer)
    kept = document_features(tokens, gazetteer, words=WordFeatures(gazetteer, keep=weighed))
    assert sum(map(len, kept)) < sum(map(len, full))
    tags = tagger.tag(full)
    assert "B-PERSON" in tags and "B-GPE" in tags
    assert tagger.tag(kept) == tags


def test_a_words_feature_groups_are_the_same_objects_in_every_document() -> None:
    from workers.lang.ar.features import WordFeatures, document_feature_groups
    from workers.lang.ar.gazetteer import Gazetteer
    from workers.lang.ar.tokens import tokenize

    # The C decoder keeps each group's weights by the group object, so a group rebuilt per document (or boxed
    # anew by mypyc at every use) would be weighed afresh each time.
    gazetteer = Gazetteer.load()
    words = WordFeatures(gazetteer)
    text = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس."
    first = document_feature_groups(tokenize(text), gazetteer, words=words)
    second = document_feature_groups(tokenize(text), gazetteer, words=words)
    # "الفرنسي" follows a title: a group of what this document says of it, which the next document shares.
    assert any(group[0].startswith("d:") for groups in first for group in groups)
    for ours, again in zip(first, second, strict=True):
        assert len(ours) == len(again)
        assert all(group is other for group, other in zip(ours, again, strict=True))
