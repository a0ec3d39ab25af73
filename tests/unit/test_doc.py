"""The document's lookups: the entity a span falls in."""

from __future__ import annotations

from workers.doc import Doc, Entity, Mention


def _mention(start: int, end: int) -> Mention:
    return Mention(start=start, end=end, text="x" * (end - start), type="PERSON", source="rule", key="x")


def _doc(*entities: list[tuple[int, int]]) -> Doc:
    doc = Doc(text=" " * 100, lang="ar")
    doc.entities = [
        Entity(id=f"e{k + 1}", type="PERSON", name="x", mentions=[_mention(a, b) for a, b in spans])
        for k, spans in enumerate(entities)
    ]
    return doc


def test_the_entity_whose_mention_overlaps_the_span_most_is_found() -> None:
    doc = _doc([(0, 5), (40, 44)], [(10, 30)])
    found = doc.entity_of(8, 32)
    assert found is not None and found.id == "e2"
    assert doc.entity_of(41, 60) is doc.entities[0]


def test_a_span_that_overlaps_no_mention_has_no_entity() -> None:
    doc = _doc([(0, 5)], [(10, 30)])
    assert doc.entity_of(5, 10) is None
    assert doc.entity_of(31, 99) is None


def test_on_a_tie_the_earlier_entity_wins() -> None:
    doc = _doc([(20, 30)], [(10, 20)])
    found = doc.entity_of(15, 25)  # five characters of each
    assert found is not None and found.id == "e1"


def test_a_long_mention_that_starts_well_before_the_span_is_found() -> None:
    doc = _doc([(0, 60)], [(58, 59)])
    found = doc.entity_of(50, 55)
    assert found is not None and found.id == "e1"


def test_new_entities_are_read_afresh() -> None:
    doc = _doc([(0, 5)])
    assert doc.entity_of(0, 5) is doc.entities[0]
    doc.entities = _doc([(50, 55)], [(0, 5)]).entities
    found = doc.entity_of(0, 5)
    assert found is not None and found.id == "e2"
