"""Pairing English quotation marks into quoted segments."""

from __future__ import annotations

from workers.lang.en.quotemarks import quote_segments


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in quote_segments(text)]


def test_curly_double_quotes() -> None:
    assert texts("He said \u201cwe will stay\u201d and left.") == ["we will stay"]


def test_straight_double_quotes_open_and_close_by_their_neighbours() -> None:
    assert texts('"We will stay," he said. "Nobody leaves."') == ["We will stay,", "Nobody leaves."]


def test_a_reopened_quote_continues_the_same_quotation() -> None:
    segments = quote_segments("\u201cFirst paragraph.\n\u201cSecond paragraph,\u201d she said.")
    assert [s.chain for s in segments] == [segments[0].chain, segments[0].chain]
    assert not segments[0].closed and segments[1].closed


def test_tex_style_quotes() -> None:
    assert texts("Iraq would allow inspectors ``without conditions'' to return.") == ["without conditions"]


def test_apostrophes_are_not_single_quotes() -> None:
    assert texts("Iraq\u2019s army and the rebels\u2019 leaders met in Syria\u2019s north.") == []


def test_single_quotes_with_two_words_or_more() -> None:
    assert texts("She called it \u2018utterly unacceptable\u2019 today.") == ["utterly unacceptable"]


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    assert texts("\u201cWe are tired of waiting.\nThe next day came.") == ["We are tired of waiting."]
