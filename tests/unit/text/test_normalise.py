"""The analysed text: NFC, unified line ends, invisible controls removed."""

from __future__ import annotations

import unicodedata

from workers.text.normalise import clean_text


def test_bidi_and_zero_width_controls_are_removed_inside_words() -> None:
    assert clean_text("شوي\u200fغو \u202bكيم\u202c\u200b") == "شويغو كيم"


def test_text_is_nfc_and_line_ends_are_unified() -> None:
    decomposed = unicodedata.normalize("NFD", "café")
    assert clean_text(f"{decomposed}\r\nnext\rlast") == "café\nnext\nlast"


def test_zwnj_is_kept_because_it_is_orthographic() -> None:
    assert clean_text("می\u200cخواهم") == "می\u200cخواهم"


def test_blank_runs_collapse_to_one_paragraph_break() -> None:
    assert clean_text("a  \n\n\n\n b") == "a\n\n b"
