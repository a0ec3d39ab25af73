"""The Arabic pack's word lists: event triggers and reporting verbs, expanded to their inflected forms.

The TSV files beside this module list lemmas (a verb's past and imperfect stems, a verbal noun); this module expands
each to the surface forms news text uses, in the normalised spelling of :func:`workers.lang.ar.normalise.normalise`,
and looks words up by stripping the prefixes that attach to them (و ف, then ب ل ك for nouns, ل and the future
س for imperfect verbs). Lookups are dictionary hits: no pattern is compiled per token.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workers.lang.ar.normalise import normalise

LEXICON_DIR = Path(__file__).parent

PAST = "past"
IMPERFECT = "imperfect"
NOUN = "noun"
POSSESSED = "possessed"  # a noun carrying a pronoun suffix ("زيارته"): it governs no further noun

_PAST_ENDINGS = ("", "ت", "وا", "ا", "تا", "ن")
_IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
_IMPERFECT_ENDINGS = ("", "ون", "ان", "ين", "ن", "وا", "ا")
# A bare ه suffix is left out: once ة is normalised to ه, "ضربه" (hit him) is spelled like "ضربة" (a strike).
_OBJECT_SUFFIXES = ("ها", "هم", "هما", "كم", "نا", "ني")
_NOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "ي", "نا", "كم")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: what a matching word signals."""

    type: str
    mode: str | None
    context: str | None
    kind: str  # V verb, N verbal noun, W fixed word, F fixed verb form, L verb refused with لن
    role: str  # what a bare noun right after the trigger is: "agent" or "patient"
    follow: frozenset[str]
    unless: frozenset[str]


@dataclass(frozen=True, slots=True)
class Hit:
    """A word found in a lexicon: the entry, the form's part of speech and how many leading letters were prefixes."""

    entry: Trigger
    pos: str
    prefix_letters: int
    future: bool


def _norm(word: str) -> str:
    return normalise(word.strip())


def verb_forms(past: str, imperfect: str) -> tuple[set[str], set[str]]:
    """Third-person (and first-person) forms of a verb from its normalised past and imperfect stems.

    Weak final radicals follow the spelling rules: past التقي → التقت التقوا التقيا, imperfect يدعو → يدعون.
    """
    pasts: set[str] = set()
    if past.endswith(("ي", "ا")):
        base = past[:-1]
        pasts |= {past, base + "ت", base + "وا", base + "يا", base + "تا", base + "ين"}
        pasts |= {base + "ا" + s for s in _OBJECT_SUFFIXES}  # "دعاه"
        # The first person keeps the weak radical the imperfect shows: "التقيت", "التقينا"; "دعوت", "دعونا".
        weak = "و" if imperfect.endswith("و") else "ي"
        pasts |= {base + weak + "ت", base + weak + "نا"}
    else:
        pasts |= {past + e for e in _PAST_ENDINGS}
        for stem in (past, past + "ت", past + "و"):
            pasts |= {stem + s for s in _OBJECT_SUFFIXES}
        if len(past) == 3 and past[1] == "ا":
            # A hollow verb drops its long vowel in the first person: "زار" → "زرت", "زرنا".
            short = past[0] + past[2]
            pasts |= {short + "ت"} | ({short + "نا"} if len(short + "نا") > 3 else set())
    imperfects: set[str] = set()
    for prefix in _IMPERFECT_PREFIXES:
        stem = prefix + imperfect
        if imperfect.endswith(("ي", "و")):
            imperfects |= {stem, stem[:-1] + "ون", stem + "ان", stem[:-1] + "ين", stem + "ن"}
        else:
            imperfects |= {stem + e for e in _IMPERFECT_ENDINGS}
        imperfects |= {stem + s for s in _OBJECT_SUFFIXES}
        imperfects |= {stem + "و" + s for s in _OBJECT_SUFFIXES}
    return pasts, imperfects


def possessed_forms(noun: str) -> set[str]:
    """A normalised noun with a pronoun suffix: "زيارة" → "زيارته", "زيارتها"; "هجوم" → "هجومهم"."""
    stem = noun[:-1] + "ت" if noun.endswith("ه") else noun  # ة (normalised ه) is written ت before a suffix
    forms = {stem + s for s in _NOUN_SUFFIXES}
    if noun.endswith("ء"):
        forms |= {noun[:-1] + "ئ" + s for s in _NOUN_SUFFIXES}  # final hamza sits on ya before most: "لقائه"
    return forms


def noun_forms(noun: str) -> set[str]:
    """A normalised verbal noun or plural with the article, ل + article, dual and accusative endings."""
    forms = {noun}
    if noun.endswith("ه"):  # ة, normalised to ه: "زيارتان"
        stem = noun[:-1] + "ت"
        forms |= {stem + "ان", stem + "ين"}
    elif not noun.endswith(("ا", "ي", "ات")):
        forms |= {noun + "ا", noun + "ان", noun + "ين"}  # accusative tanwin alef "هجوما", dual
    forms |= {"ال" + noun, "لل" + noun}
    if noun.startswith("ال"):
        forms.add("ل" + noun)  # "للأنباء"-style contraction of a noun that already carries ال
    return forms


def word_forms(word: str) -> set[str]:
    """A fixed word with and without the article."""
    if word.startswith("ال"):
        return {word, "ل" + word}
    return {word, "ال" + word, "لل" + word}


# Key prefix of the forms of kind L entries: no token holds a space, so no other lookup meets them.
_REFUSED = "لن "
_SEEN_LIMIT = 50_000  # words whose lookups a lexicon keeps


class Lexicon:
    """Surface forms → lexicon entries, with prefix-aware lookup."""

    def __init__(self) -> None:
        self._forms: dict[str, list[tuple[Trigger, str]]] = {}
        # Lookups already made: every stage asks of the same words again and again. Bounded, because a
        # long-running worker meets an unbounded vocabulary; cleared whenever an entry is added.
        self._seen: dict[str, tuple[Hit, ...]] = {}

    def add(self, entry: Trigger, lemmas: Iterable[str]) -> None:
        """Add ``entry`` under every inflected form of ``lemmas`` (format by ``entry.kind``)."""
        for lemma in lemmas:
            if entry.kind == "V":
                past, _, imperfect = lemma.partition("/")
                pasts, imperfects = verb_forms(_norm(past), _norm(imperfect or past))
                for form in pasts:
                    self._put(form, entry, PAST)
                if imperfect == "-":
                    continue  # past tense only: "أوقف/-" (the imperfect توقف reads as "stopped")
                for form in imperfects:
                    self._put(form, entry, IMPERFECT)
            elif entry.kind == "L":
                # "لن نقبل": only after لن, so its forms live apart from every other entry's.
                past, _, imperfect = lemma.partition("/")
                _, imperfects = verb_forms(_norm(past), _norm(imperfect or past))
                for form in imperfects:
                    self._put(_REFUSED + form, entry, IMPERFECT)
            elif entry.kind == "N":
                for form in possessed_forms(_norm(lemma)):
                    self._put(form, entry, POSSESSED)
                for form in noun_forms(_norm(lemma)):
                    self._put(form, entry, NOUN)
            else:
                # W: exact word forms; F: exact verb forms ("تفرقهم", "حولت"), read as verbs.
                for form in word_forms(_norm(lemma)):
                    self._put(form, entry, PAST if entry.kind == "F" else NOUN)

    def refused(self, norm: str) -> tuple[Hit, ...]:
        """Entries of kind L a normalised imperfect verb belongs to: read only right after لن."""
        return tuple(Hit(e, pos, 0, False) for e, pos in self._forms.get(_REFUSED + norm, ()))

    def _put(self, form: str, entry: Trigger, pos: str) -> None:
        self._seen.clear()
        bucket = self._forms.setdefault(form, [])
        if (entry, pos) not in bucket:
            bucket.append((entry, pos))

    def lookup(self, norm: str) -> tuple[Hit, ...]:
        """Entries a normalised word form may belong to, trying attached prefixes when the whole word is unknown.

        Conjunctions و ف may precede anything; ب ك only nouns; ل nouns and imperfect verbs ("ليزور"); the future
        prefix س only imperfect verbs ("ستناقش"), and marks the hit as future.
        """
        hits = self._seen.get(norm)
        if hits is None:
            if len(self._seen) >= _SEEN_LIMIT:
                self._seen.clear()
            hits = self._seen[norm] = tuple(self._lookup(norm))
        return hits

    def _lookup(self, norm: str) -> list[Hit]:
        direct = self._forms.get(norm)
        if direct:
            return [Hit(e, pos, 0, False) for e, pos in direct]
        hits: list[Hit] = []
        body, skipped = norm, 0
        if len(body) > 3 and body[0] in "وف":
            body, skipped = body[1:], 1
            hits = [Hit(e, pos, skipped, False) for e, pos in self._forms.get(body, ())]
            if hits:
                return hits
        if len(body) > 3 and body[0] in "بلكس":
            letter = body[0]
            for entry, pos in self._forms.get(body[1:], ()):
                if (letter in "بك" and pos in (NOUN, POSSESSED)) or (
                    letter == "ل" and pos in (NOUN, POSSESSED, IMPERFECT)
                ):
                    hits.append(Hit(entry, pos, skipped + 1, False))
                elif letter == "س" and pos == IMPERFECT:
                    hits.append(Hit(entry, pos, skipped + 1, True))
        return hits

    def __len__(self) -> int:
        return len(self._forms)


def _rows(name: str) -> list[list[str]]:
    rows = []
    with (LEXICON_DIR / name).open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                rows.append(line.rstrip("\n").split("\t"))
    return rows


def _words(cell: str) -> frozenset[str]:
    if cell == "-":
        return frozenset()
    forms: set[str] = set()
    for word in cell.split(","):
        forms |= noun_forms(_norm(word)) | possessed_forms(_norm(word))
    return frozenset(forms)


@cache
def event_triggers() -> Lexicon:
    """The PLOVER trigger lexicon (``events.tsv``), loaded once per process."""
    lexicon = Lexicon()
    for number, row in enumerate(_rows("events.tsv"), 1):
        if len(row) != 8:
            raise ValueError(f"events.tsv row {number}: {len(row)} columns, expected 8")
        type_, mode, context, kind, role, forms, follow, unless = row
        entry = Trigger(
            type=type_,
            mode=None if mode == "-" else mode,
            context=None if context == "-" else context,
            kind=kind,
            role=role,
            follow=_words(follow),
            unless=frozenset(_norm(w) for w in unless.split(",")) if unless != "-" else frozenset(),
        )
        lexicon.add(entry, forms.split(","))
    return lexicon


@cache
def speech_verbs() -> Lexicon:
    """Reporting verbs (``speech.tsv``); an entry's ``follow`` holds the preposition allowed before the أن clause."""
    lexicon = Lexicon()
    for row in _rows("speech.tsv"):
        kind, forms, preposition = row
        prepositions = frozenset() if preposition == "-" else frozenset(_norm(p) for p in preposition.split(","))
        entry = Trigger("SPEECH", None, None, kind, "agent", prepositions, frozenset())
        lexicon.add(entry, forms.split(","))
    return lexicon
