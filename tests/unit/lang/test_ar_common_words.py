"""The common-word table: everyday Arabic words are in it, the names the news introduces are not."""

from __future__ import annotations

from pathlib import Path

from workers.lang.ar.common_words import load_common_words
from workers.lang.ar.normalise import normalise


def test_everyday_words_are_common_and_town_names_are_not() -> None:
    common = load_common_words()
    assert {normalise(w) for w in ("عازلة", "منزوعة", "صغيرة", "صور")} <= common
    assert not {normalise(w) for w in ("زاواتين", "ألابوغا", "تحناوت")} & common


def test_words_are_stored_in_their_normalised_form() -> None:
    common = load_common_words()
    assert "امنه" in common  # آمنة
    assert "آمنة" not in common


def test_rows_under_the_threshold_are_left_out(tmp_path: Path) -> None:
    table = tmp_path / "common.tsv"
    table.write_text("word\tzipf\nقال\t6.1\nنادر\t2.4\n", encoding="utf-8")
    assert load_common_words(table) == frozenset({"قال"})


def test_a_missing_table_gives_no_common_words(tmp_path: Path) -> None:
    assert load_common_words(tmp_path / "absent.tsv") == frozenset()
