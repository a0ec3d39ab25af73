"""How common a word is in Arabic at large: the general-language evidence a 150,000-word training corpus lacks.

NewsFANE's counts say little about a word it never met: "عازلة" (buffer, of a zone) and "زاواتين" (a border town)
both count zero there. The table built from wordfreq's Arabic list (web, news, Wikipedia and subtitles; see
data/PROVENANCE.md) tells them apart: the first is an everyday word, the second a name.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

COMMON_PATH = Path(__file__).parent / "data" / "common_words.tsv"
# Zipf frequency (log10 of uses per billion words) from which a word is an everyday word: "عازلة" 3.3, "منزوعة"
# 3.2, while town and family names the news introduces ("تحناوت" 1.4, "العرايس" 2.3) sit lower.
COMMON_ZIPF = 3.0


@cache
def load_common_words(path: Path = COMMON_PATH) -> frozenset[str]:
    """The normalised words at least :data:`COMMON_ZIPF` common; empty when the table is absent."""
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8") as f:
        next(f, None)  # header
        return frozenset(line.split("\t", 1)[0] for line in f if float(line.rstrip("\n").split("\t")[1]) >= COMMON_ZIPF)
