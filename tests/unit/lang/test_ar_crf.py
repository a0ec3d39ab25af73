"""The tagger's CRF decoded in C (workers.lang.ar.crf): CRFsuite's weights, tags and marginals."""

from __future__ import annotations

from array import array

import pycrfsuite
import pytest

from tests.support.articles import sample_articles
from workers.lang.ar import crf
from workers.lang.ar.crf import CrfModel
from workers.lang.ar.gazetteer import Gazetteer
from workers.lang.ar.ner import MODEL_PATH, ArabicNer
from workers.lang.ar.tokens import tokenize

needs_extension = pytest.mark.skipif(not crf.available(), reason="the compiled build is not in use")


def test_the_model_file_gives_crfsuites_labels_and_weights() -> None:
    model = CrfModel.load(MODEL_PATH)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    info = tagger.info()
    size = len(model.labels)
    assert model.labels == list(tagger.labels())
    row = {attribute: k for k, attribute in enumerate(model.attributes)}
    assert set(row) == {attribute for attribute, _ in info.state_features}
    label = {name: k for k, name in enumerate(model.labels)}
    # info() prints weights with six decimals; the file holds them exactly.
    for (attribute, name), weight in info.state_features.items():
        assert model.weights[row[attribute] * size + label[name]] == pytest.approx(weight, abs=1e-6)
    for (before, after), weight in info.transitions.items():
        assert model.transitions[label[before] * size + label[after]] == pytest.approx(weight, abs=1e-6)


@needs_extension
@pytest.mark.parametrize("article", [a for a in sample_articles() if a["lang"] == "ar"], ids=lambda a: a["id"])
def test_the_c_decoder_tags_as_crfsuite_does(article: dict[str, str]) -> None:
    tokens = tokenize(article["text"])
    in_c = ArabicNer(MODEL_PATH, "test", Gazetteer.load(), in_c=True)
    by_crfsuite = ArabicNer(MODEL_PATH, "test", Gazetteer.load(), in_c=False)
    tags, confidence = in_c.tag_with_confidence(tokens)
    expected_tags, expected_confidence = by_crfsuite.tag_with_confidence(tokens)
    assert tags == expected_tags
    assert len(confidence) == len(expected_confidence) == len(tokens)
    for ours, theirs in zip(confidence, expected_confidence, strict=True):
        assert ours.keys() == theirs.keys()
        assert all(ours[kind] == pytest.approx(theirs[kind], abs=1e-12) for kind in ours)


@needs_extension
def test_the_c_decoder_refuses_lengths_that_do_not_cover_the_tokens() -> None:
    from workers.lang.ar import _crfdecode

    model = CrfModel.load(MODEL_PATH)
    size = len(model.labels)
    tags = array("i", [0, 0])
    with pytest.raises(ValueError, match="same tokens"):
        _crfdecode.decode(
            model.weights,
            model.transitions,
            size,
            array("i", [0, 1]).tobytes(),
            array("i", [0, 1, 2]),
            array("i", [3]),
            tags,
            None,
        )


@needs_extension
def test_the_c_decoder_refuses_an_attribute_row_outside_the_weights() -> None:
    from workers.lang.ar import _crfdecode

    model = CrfModel.load(MODEL_PATH)
    size = len(model.labels)
    with pytest.raises(ValueError, match="attribute row"):
        _crfdecode.decode(
            model.weights,
            model.transitions,
            size,
            array("i", [len(model.attributes)]).tobytes(),
            array("i", [0, 1]),
            array("i", [1]),
            array("i", [0]),
            None,
        )


@needs_extension
def test_gathering_packs_each_new_group_once_and_joins_every_tokens_rows_in_order() -> None:
    from workers.lang.ar import _crfdecode

    first, second = ("w=a", "w=b"), ("x",)
    packed: list[tuple[str, ...]] = []

    def pack(group: tuple[str, ...]) -> bytes:
        packed.append(group)
        return array("i", [k + 1 for k, _ in enumerate(group)]).tobytes()

    cache = _crfdecode.RowCache()
    ids, offsets = _crfdecode.gather([[first, second], [first]], cache, pack)
    assert array("i", ids).tolist() == [1, 2, 1, 1, 2]
    assert array("i", offsets).tolist() == [0, 3, 5]
    assert packed == [first, second]
    assert len(cache) == 2
    again, _ = _crfdecode.gather([[second], [first]], cache, pack)  # met before: not packed again
    assert array("i", again).tolist() == [1, 1, 2]
    assert packed == [first, second]
    cache.clear()
    _crfdecode.gather([[second]], cache, pack)
    assert packed == [first, second, second]
    assert len(cache) == 1


@needs_extension
def test_the_row_cache_grows_past_its_first_table_and_keeps_every_group() -> None:
    from workers.lang.ar import _crfdecode

    groups = [(f"w={k}",) for k in range(5000)]
    cache = _crfdecode.RowCache()
    rows = {group: array("i", [k]).tobytes() for k, group in enumerate(groups)}
    ids, _ = _crfdecode.gather([[group] for group in groups], cache, rows.__getitem__)
    assert array("i", ids).tolist() == list(range(5000))
    again, _ = _crfdecode.gather([[group] for group in reversed(groups)], cache, lambda group: b"")
    assert array("i", again).tolist() == list(reversed(range(5000)))
    assert len(cache) == 5000


@needs_extension
def test_gathering_refuses_a_token_whose_groups_are_not_a_list() -> None:
    from workers.lang.ar import _crfdecode

    with pytest.raises(TypeError, match="must be a list"):
        _crfdecode.gather([(("w=a",),)], _crfdecode.RowCache(), lambda group: b"")  # type: ignore[list-item]


def test_the_tagger_decodes_in_c_exactly_when_the_build_is_in_use() -> None:
    assert (ArabicNer.load()._decoder is not None) == crf.available()
