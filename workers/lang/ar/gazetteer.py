"""Longest-match lookup of known names (places, organisations, people, nationalities) in Arabic tokens.

The tables are built by ``python -m workers.lang.ar.build_gazetteers`` into ``data/`` (see data/PROVENANCE.md).
Names are compared token by token in normalised form; the first token of a match may carry one proclitic
("لروسيا", "وبموسكو") or the ل + ال contraction ("للأمم المتحدة" for "الأمم المتحدة").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workers.lang.ar.clitics import CONJUNCTIONS, PREPOSITIONS, PROCLITICS, load_vocab
from workers.lang.ar.tokens import Token, tokenize

DATA_DIR = Path(__file__).parent / "data"
HEADER = ("name", "type", "canonical", "source")
# Entity tables in priority order: a name listed twice keeps the type of the first table.
ENTITY_FILES = ("curated.tsv", "norp.tsv", "cldr.tsv", "geonames.tsv")
TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
# The source of names matched only as listed, whole: their words are no evidence of a name on their own.
WHOLE_SOURCE = "curated:whole"

# Honorifics that are titles only when definite: "سيدة ستينية" is a woman in her sixties, not Mrs Sixty.
_DEFINITE_ONLY_TITLES = frozenset({"السيد", "السيده"})


@dataclass(frozen=True, slots=True)
class GazMatch:
    """A gazetteer name found in a token sequence: tokens ``start`` to ``end`` (exclusive)."""

    start: int
    end: int
    type: str
    canonical: str
    source: str
    # Leading letters of the first token that are a glued preposition or conjunction, not the name ("ل" of
    # "لوكالة رويترز"); 0 when the name starts with its token or the letters cannot be cut off ("للأمم").
    skip: int = 0


@dataclass(frozen=True, slots=True)
class _Entry:
    type: str
    canonical: str
    source: str


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as f:
        header = next(f).rstrip("\n").split("\t")
        if tuple(header) != HEADER:
            raise ValueError(f"{path}: header {header}, expected {list(HEADER)}")
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def _key(name: str) -> tuple[str, ...]:
    """A name's lookup key: the normalised forms of its word and number tokens."""
    return tuple(t.norm for t in tokenize(name) if t.norm[0].isalnum())


def _glued(token: Token, form: str) -> int:
    """How many leading letters of ``token`` are a proclitic glued to the name ``form`` it was matched as."""
    norm = token.norm
    cut = len(norm) - len(form)
    if cut <= 0 or not norm.endswith(form) or token.text[:cut] != norm[:cut]:
        return 0
    return cut


_STARTS_LIMIT = 50_000  # words whose name starts a gazetteer keeps


class Gazetteer:
    """Known names by normalised token sequence, plus the title and given-name word lists used as NER features."""

    def __init__(
        self,
        entries: dict[tuple[str, ...], _Entry],
        titles: frozenset[str],
        given_names: frozenset[str],
        title_phrases: frozenset[str] = frozenset(),
    ):
        self._entries = entries
        self._longest: dict[str, int] = {}
        types: dict[str, set[str]] = {}
        for key, entry in entries.items():
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
            if entry.source == WHOLE_SOURCE:
                continue  # "واين روني" is a name; "واين" alone is as often "and where"
            for word in key:
                types.setdefault(word, set()).add(entry.type)
        # Word → the types of the names it occurs in ("شويغو" → PERSON, "المتحدة" → GPE, ORG).
        self.word_types: dict[str, tuple[str, ...]] = {w: tuple(sorted(t)) for w, t in types.items()}
        self.titles = titles
        # The rules' title words: a title heads a construct as often as it stands defined ("المدرب", "مدرب
        # المنتخب"); the NER features keep the listed forms the model was trained with.
        construct = titles | frozenset(
            w[2:] for w in titles if w.startswith("ال") and len(w) > 4 and w not in _DEFINITE_ONLY_TITLES
        )
        # ... and in the feminine ("نائبة", "وزيرة الدولة"), which the list gives only for some titles.
        self.title_words = construct | frozenset(w + "ه" for w in construct if not w.endswith("ه"))
        # Titles of two words or more, normalised and space-joined ("الامين العام", "ولي العهد").
        self.title_phrases = title_phrases
        self.given_names = given_names
        self._vocab = load_vocab()
        # Word → the forms under which it may start a name, each with the most words such a name has: most words
        # start none, and every document asks again of the same words. Bounded like every per-word table.
        self._starts: dict[str, tuple[tuple[str, int], ...]] = {}

    @classmethod
    @cache
    def load(cls, data_dir: Path = DATA_DIR) -> Gazetteer:
        """Load (once per process) the tables in ``data_dir``."""
        entries: dict[tuple[str, ...], _Entry] = {}
        for file in ENTITY_FILES:
            for name, kind, canonical, source in _read(data_dir / file):
                if kind not in TYPES:
                    raise ValueError(f"{file}: unknown type {kind!r} for {name!r}")
                key = _key(name)
                if key and key not in entries:
                    entries[key] = _Entry(kind, canonical, source)
        title_keys = [k for row in _read(data_dir / "titles.tsv") if (k := _key(row[0]))]
        titles = frozenset(k[0] for k in title_keys)
        phrases = frozenset(" ".join(k) for k in title_keys if len(k) > 1)
        given = frozenset(k[0] for row in _read(data_dir / "given_names.tsv") if (k := _key(row[0])))
        return cls(entries, titles, given, phrases)

    def __len__(self) -> int:
        return len(self._entries)

    def _first_forms(self, norm: str) -> list[str]:
        """The forms under which a name's first token may be written with a proclitic attached."""
        forms = [norm]
        if len(norm) == 3 and norm[0] in CONJUNCTIONS:
            # "الخرطوم [وأم] درمان": و + the two-letter first word of a longer name ("أم درمان", "أم قصر").
            forms.append(norm[1:])
        if len(norm) < 4 or norm[0] not in PROCLITICS:
            return forms
        # A corpus word ("وزير", "بكين") is not a proclitic plus a name, unless the rest carries the article or is
        # the commoner word ("لوكالة" is ل + "وكالة").
        count = self._vocab.get(norm, 0)
        for k in (1, 2):
            if k == 2 and not (norm[0] in CONJUNCTIONS and norm[1] in PREPOSITIONS):
                break
            rest = norm[k:]
            if len(rest) < 3:
                break
            if norm[k - 1] == "ل" and rest[0] == "ل" and not rest.startswith("ال"):
                forms.append("ا" + rest)  # "للامم" = ل + "الامم" with the alef dropped
            if rest.startswith("ال") or count < 2 or self._vocab.get(rest, 0) > count:
                forms.append(rest)
        return forms

    def _starts_of(self, norm: str) -> tuple[tuple[str, int], ...]:
        """The forms of ``norm`` that start a listed name, with the length of the longest; kept for next time."""
        if len(self._starts) >= _STARTS_LIMIT:
            self._starts.clear()
        starts = tuple((form, most) for form in self._first_forms(norm) if (most := self._longest.get(form, 0)))
        self._starts[norm] = starts
        return starts

    def match(self, tokens: Sequence[Token], *, whole: bool = True) -> list[GazMatch]:
        """Non-overlapping gazetteer names in ``tokens``, leftmost first and longest at each start; without the names
        listed to be matched whole only (:data:`WHOLE_SOURCE`) when ``whole`` is false."""
        norms = [t.norm for t in tokens]
        found: list[GazMatch] = []
        i = 0
        while i < len(norms):
            best: tuple[int, _Entry, str] | None = None
            starts = self._starts.get(norms[i])
            if starts is None:
                starts = self._starts_of(norms[i])
            for form, most in starts:
                longest = min(most, len(norms) - i)
                shortest = 1 if len(form) > 2 else 2  # a two-letter word starts a longer name only
                for length in range(longest, max(best[0] if best else 0, shortest - 1), -1):
                    entry = self._entries.get((form, *norms[i + 1 : i + length]))
                    if entry and (whole or entry.source != WHOLE_SOURCE):
                        best = (length, entry, form)
                        break
            if best:
                length, entry, form = best
                found.append(
                    GazMatch(i, i + length, entry.type, entry.canonical, entry.source, _glued(tokens[i], form))
                )
                i += length
            else:
                i += 1
        return found

    def tagger_matches(self, tokens: Sequence[Token], matches: Sequence[GazMatch]) -> Sequence[GazMatch]:
        """The matches the tagger's features see: ``matches`` (all of ``tokens``' names) without those listed to be
        matched whole only. The tagger was trained without them, so its features must not see them either."""
        if all(m.source != WHOLE_SOURCE for m in matches):
            return matches  # no whole-only name won anywhere, so leaving them out changes no match
        return self.match(tokens, whole=False)
