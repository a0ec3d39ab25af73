"""The English word lists (``lexicon/``): gazetteers, titles, speech verbs and PLOVER event triggers.

The files are plain text so that linguists can edit them without touching code; this module reads them once and
expands base forms into the inflected forms that occur in text, because the pack runs without spaCy's lemmatizer
(too slow for its speed budget).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).with_name("lexicon")
_VOWELS = frozenset("aeiou")


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one white-space separated string (compact for closed-class word lists)."""
    return frozenset(words.split())


@dataclass(frozen=True, slots=True)
class Trigger:
    """One line of ``events.tsv``: a word that signals a PLOVER event type, with the conditions it needs."""

    type: str
    pos: str  # "v" verb, "n" noun, "a" predicate adjective
    lemma: str  # for nouns, possibly several words ("air strike"); the last one is the head
    obj: frozenset[str] | None = None
    prt: frozenset[str] | None = None
    prep: frozenset[str] | None = None
    mod: frozenset[str] | None = None
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the English rules look up, loaded from ``lexicon/``."""

    places: dict[str, tuple[str, str]]  # name -> (GPE|LOC, canonical)
    organisations: dict[str, tuple[str, bool]]  # name -> (canonical, strong)
    demonyms: frozenset[str]
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    honorifics: frozenset[str]
    speech_forms: dict[str, str]  # inflected form -> base form
    verb_triggers: dict[str, tuple[Trigger, ...]]  # inflected verb or adjective -> triggers
    noun_triggers: dict[str, tuple[Trigger, ...]]  # singular or plural head noun -> triggers
    verb_lemmas: dict[str, str]  # inflected form -> base, for every verb the lexicon knows
    given_names: dict[str, str] = field(default_factory=dict)  # given name -> "m" or "f" (a weak gender hint)

    def cue_words(self) -> frozenset[str]:
        """Lower-cased words whose presence makes a sentence worth parsing (speech verbs and event triggers)."""
        return frozenset(self.speech_forms) | frozenset(self.verb_triggers) | frozenset(self.noun_triggers)


def _lines(name: str) -> Iterator[list[str]]:
    """Tab-separated fields of each non-blank, non-comment line of a lexicon file."""
    for raw in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            yield [part.strip() for part in raw.split("\t")]


def _doubles_final(base: str) -> bool:
    """Whether a verb may double its last consonant before -ed/-ing (ban -> banned); both spellings are generated."""
    return (
        len(base) >= 3 and base[-1] not in _VOWELS | {"w", "x", "y"} and base[-2] in _VOWELS and base[-3] not in _VOWELS
    )


def verb_forms(base: str, irregular: Iterable[str] = ()) -> set[str]:
    """The base form, -s, -ed and -ing forms of an English verb, plus its listed irregular forms.

    Spellings are generated generously (both "visited" and "visitted"): a form that is not a word never matches.
    """
    forms = {base, *irregular}
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms.add(base + "d")
        forms.add((base[:-2] + "ying") if base.endswith("ie") else (base[:-1] + "ing"))
        if base.endswith("ee"):
            forms.add(base + "ing")
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        forms.add(base[:-1] + "ied")
        forms.add(base + "ing")
    else:
        forms.add(base + "ed")
        forms.add(base + "ing")
        if _doubles_final(base):
            forms.add(base + base[-1] + "ed")
            forms.add(base + base[-1] + "ing")
    return forms


def noun_forms(singular: str) -> set[str]:
    """Singular and plural of an English noun (regular plurals only)."""
    if singular.endswith(("s", "sh", "ch", "x", "z")):
        return {singular, singular + "es"}
    if singular.endswith("y") and len(singular) > 1 and singular[-2] not in _VOWELS:
        return {singular, singular[:-1] + "ies"}
    return {singular, singular + "s"}


def singulars(word: str) -> set[str]:
    """Candidate singular forms of a lower-cased word (the word itself included)."""
    out = {word}
    if word.endswith("ies") and len(word) > 4:
        out.add(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.add(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        out.add(word[:-1])
    return out


def _words(field: str) -> frozenset[str] | None:
    return frozenset(w.strip().lower() for w in field.split("|") if w.strip()) or None


def _parse_trigger(fields: list[str]) -> Trigger:
    type_, pos, lemma, condition, mode = (fields + ["-"] * 5)[:5]
    found: dict[str, frozenset[str] | None] = {}
    if condition != "-":
        for part in condition.split(";"):
            key, _, value = part.partition("=")
            found[key.strip()] = _words(value)
    return Trigger(
        type=type_,
        pos=pos,
        lemma=lemma.lower(),
        obj=found.get("obj"),
        prt=found.get("prt"),
        prep=found.get("prep"),
        mod=found.get("mod"),
        mode=None if mode == "-" else mode,
    )


def _irregular() -> dict[str, tuple[str, ...]]:
    return {fields[0]: tuple(f.strip() for f in fields[1].split(",")) for fields in _lines("irregular_verbs.tsv")}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every lexicon file once per process."""
    irregular = _irregular()
    places = {f[0]: (f[1], f[2]) for f in _lines("places.tsv")}
    organisations = {f[0]: (f[1], f[2] == "strong") for f in _lines("organisations.tsv")}
    demonyms = frozenset(f[0] for f in _lines("demonyms.txt"))
    titles: dict[str, set[str]] = {"head": set(), "modifier": set(), "honorific": set()}
    for word, kind in _lines("titles.tsv"):
        titles[kind].add(word)
    verb_lemmas: dict[str, str] = {}

    def inflect(base: str) -> set[str]:
        forms = verb_forms(base, irregular.get(base, ()))
        for form in forms:
            verb_lemmas.setdefault(form, base)
        return forms

    speech_forms = {
        form: base for fields in _lines("speech_verbs.txt") for base in [fields[0]] for form in inflect(base)
    }
    verb_triggers: dict[str, list[Trigger]] = {}
    noun_triggers: dict[str, list[Trigger]] = {}
    for fields in _lines("events.tsv"):
        trigger = _parse_trigger(fields)
        if trigger.pos == "v":
            forms = inflect(trigger.lemma)
        elif trigger.pos == "a":
            forms = {trigger.lemma}
        else:
            forms = noun_forms(trigger.lemma.split()[-1])
        table = noun_triggers if trigger.pos == "n" else verb_triggers
        for form in forms:
            table.setdefault(form, []).append(trigger)
    for base in ("quote", "plan", "intend", "aim", "decide", "threaten", "refuse", "try", "seek", "want", "expect"):
        inflect(base)
    return Lexicon(
        places=places,
        organisations=organisations,
        demonyms=demonyms,
        title_heads=frozenset(titles["head"]),
        title_modifiers=frozenset(titles["modifier"]),
        honorifics=frozenset(titles["honorific"]),
        speech_forms=speech_forms,
        verb_triggers={k: tuple(v) for k, v in verb_triggers.items()},
        noun_triggers={k: tuple(v) for k, v in noun_triggers.items()},
        verb_lemmas=verb_lemmas,
        given_names={f[0]: f[1] for f in _lines("given_names.tsv")},
    )


def lexicon_version() -> str:
    """A short fingerprint of the lexicon files, so records say which word lists produced them."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(LEXICON_DIR.glob("*.t*")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
