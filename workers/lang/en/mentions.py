"""English entity mentions: spaCy's names, corrected and completed by gazetteers and rules.

The small English model is good at people and organisations in running text and weak where news is formulaic: it
labels countries as people ("Niger", "Malawi"), splits long organisation names at "for"/"of", misses acronyms that
the article defines ("Islamic State" ... "IS"), labels a surname differently on its third use, and keeps a
person's title inside the name. Each rule below fixes one of these; every mention keeps offsets into the text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc as SpacyDoc

from workers.doc import Doc, Mention
from workers.lang.en.analysis import Surface
from workers.lang.en.lexicon import Lexicon, word_set
from workers.lang.en.name_use import (
    COMMON_INITIALISMS,
    is_facility,
    is_position_capital,
    is_product,
    is_settlement,
)
from workers.lang.en.person_evidence import particle_tail, usage

# spaCy (OntoNotes) labels we keep, and what they become. Works, laws and products are named things worth keeping
# (MISC) but not actors; languages, dates and quantities are not entities.
LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "FAC": "FAC",
    "EVENT": "EVENT",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
}
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
_HASHTAG = re.compile(r"(?<![\w#@])#([A-Za-z][A-Za-z0-9_]{1,60})")
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z0-9_]{2,30})\b")
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_ORG_HANDLE_SUFFIXES = ("TV", "News", "Radio", "Agency", "Media", "Gov", "Official", "Press", "Online")
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "al", "el", "&"})
# Nouns that, after "the", stand for an organisation named earlier ("the court" for "the High Court").
_ORG_NOMINAL_HEADS = word_set(
    """agency ministry court school company association group organization organisation party army council committee
union federation institute university commission bank network movement alliance coalition league tribunal
parliament assembly newspaper channel station broadcaster authority office department service"""
)
# Organisation nouns that fit every kind of organisation (unlike "court", "bank" or "university").
_GENERIC_ORG_HEADS = frozenset({"organization", "organisation", "group"})
_NOMINAL_BREAK = frozenset(',.;:!?"“”()')
_COMPASS = frozenset({"West", "East", "North", "South", "Western", "Eastern", "Northern", "Southern"})
# Portfolios written after "Secretary of", "Minister of": part of a title, not an organisation or a place.
_PORTFOLIOS = frozenset(
    {
        "State",
        "Defense",
        "Defence",
        "Justice",
        "Interior",
        "Commerce",
        "Agriculture",
        "Energy",
        "Labor",
        "Education",
        "Health",
        "Transportation",
        "Treasury",
        "Homeland Security",
        "Foreign Affairs",
        "Finance",
        "Information",
    }
)
_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*[A-Z][A-Za-z.' ]{2,30})?\s+[—–-]{1,2}\s")
# Nouns that describe an organisation and are followed by its name ("rights group Amnesty International").
_ORG_DESCRIPTORS = word_set(
    """association group agency organization organisation party company outlet broadcaster watchdog network union
coalition movement newspaper daily firm charity ngo institute tank consultancy bank militia"""
)
_FEATURES = word_set(
    """desert mountains mountain river valley sea lake coast peninsula plateau basin delta strait gulf islands island
highlands plains forest bay canal"""
)


# Words a model name cannot end with: "University of Witwatersrand in" (South Africa) ran one word too far.
# Prepositions that end a bare appositive title and name its body ("director at the coalition").
_APPOSITIVE_PREPS = frozenset({"at", "of", "for", "with", "in"})
_TRAILING_FUNCTION = frozenset({"in", "of", "for", "and", "at", "on", "the", "to", "from"})
# Last words of an institution that an "of" phrase with a place completes ("Clinical Research Unit of Nanoro").
_INSTITUTION_HEADS = frozenset(
    {"Unit", "University", "Institute", "Centre", "Center", "Hospital", "College", "School", "Academy", "Museum"}
)
# Last words of administrative areas the model takes for people ("Central Java Province").
_AREA_HEADS = frozenset(
    {"Province", "Region", "District", "Regency", "County", "Prefecture", "Governorate", "Municipality"}
)
# Title words that make a following name a person whatever the model's label ("Mayor Teguh Prakosa" as a work of
# art); ranks and heads that also start organisation names ("General Motors", "Chief Executive Office") excluded.
_NOT_PERSON_TITLES = frozenset(
    {"general", "major", "chief", "head", "chair", "speaker", "executive", "founder", "king", "queen", "prince"}
    | {"princess", "pope", "cardinal", "sultan", "emir", "sheikh", "lord", "lady", "sir", "dame"}
)
_ORG_LAST_WORDS = _INSTITUTION_HEADS | frozenset(
    {
        "Foundation",
        "Airport",
        "Street",
        "Bridge",
        "Company",
        "Group",
        "Council",
        "Fund",
        "Party",
        "Bank",
        "Hotel",
        "Stadium",
        "Park",
        "Square",
        "Award",
        "Prize",
        "Agency",
        "Ministry",
        "Office",
        "Court",
        "Committee",
    }
)
# Last words of the names of bodies ("... Publishing Association", "... Markets Institute").
_BODY_HEADS = _INSTITUTION_HEADS | frozenset(
    {"Association", "Federation", "Union", "Committee", "Council", "Commission", "Agency", "Ministry", "Office"}
    | {"Foundation", "Society", "Organization", "Organisation", "Party", "Movement", "Front", "Network", "Alliance"}
    | {"League", "Bank", "Fund", "Court", "Group", "Company", "Corporation", "Authority", "Board", "Service"}
    | {"Department", "Bureau", "Program", "Programme"}
)
_REGION_PREFIX = re.compile(r"(?<![\w-])[Ss]ub-[A-Z][a-z]+ $")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "ould", "van", "von", "de", "da", "di", "le", "la"})
_CALENDAR_WORDS = word_set(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December The A An In On At For Of And But He She They It We I This That These Those
His Her Their Its Our"""
)


# Bodies named after the subject they deal with ("Working Group on Arbitrary Detention").
_TOPIC_BODIES = frozenset({"Group", "Committee", "Commission", "Council", "Panel", "Subcommittee", "Force", "Board"})
# " on " and a capitalised subject, its words joined by "and"/"of"/"the" ("on Human Rights and Development").
_TOPIC_AFTER = re.compile(r" on (?:the )?[A-Z][\w'’-]*(?: (?:(?:and|of|the|for) )*[A-Z][\w'’-]*)*")
# Religions, which the model tags as organisations or places.
_RELIGIONS = frozenset(
    {"Judaism", "Islam", "Christianity", "Buddhism", "Hinduism", "Sikhism", "Catholicism", "Protestantism", "Shinto"}
)
# ", 29," straight after a name: the person's age.
_AGE_APPOSITIVE = re.compile(r", (?:[1-9]|[1-9]\d|1[01]\d),")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_ALIAS_BEFORE = re.compile(r"(?:,\s+|\s+\()(?:also\s+known\s+as|better\s+known\s+as|known\s+as|a\.k\.a\.|alias)\s+")


def _initials(word: str) -> str:
    """What a word gives an acronym: its first letter, or every letter of a dotted abbreviation ("U.N." gives
    "UN", so "U.N. Security Council" is "UNSC")."""
    return word.replace(".", "") if _DOTTED.fullmatch(word) else word[0]


# Plural area nouns that end a list of place names ("Ogun and Lagos states").
_AREA_PLURALS = frozenset(
    {"states", "provinces", "regions", "districts", "counties", "governorates", "prefectures", "areas", "towns"}
    | {"villages", "cities"}
)
# Nouns for a settlement or area named after "of" ("the town of Aungban").
_SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "province", "district", "region", "county", "municipality"})


# Last words of a body accredited to another ("U.S. Mission to the United Nations", "EU Delegation to Kenya").
_ENVOY_BODIES = frozenset({"Mission", "Delegation", "Embassy"})


# Nouns after a leader's surname that name their government or its time ("the Biden administration").
_LEADER_ERAS = frozenset({"administration", "administration's", "administration\u2019s", "presidency", "era"})


def _comma_parts(toks: Surface, first: int, last: int, label: str) -> list[tuple[int, int, str]]:
    """A model name that runs over a comma is two names: "Ministry of Information and Culture, Zia-ul Haq Haqmal".
    The first part keeps the label; a later part that is a short run of capitalised words is a person."""
    commas = [i for i in range(first, last) if toks.text[i] == ","]
    if not commas:
        return [(first, last, label)]
    parts = [(first, commas[0], label)]
    bounds = [*commas, last]
    for start, end in itertools.pairwise(bounds):
        words = [w for w in toks.text[start + 1 : end] if w != "-"]
        if 2 <= len(words) <= 5 and all(_is_name_word(w) or _follows_hyphen(toks, w, start, end) for w in words):
            parts.append((start + 1, end, "PERSON"))
    return parts


def _follows_hyphen(toks: Surface, word: str, start: int, end: int) -> bool:
    """Whether ``word`` is a lower-case name part after a hyphen ("Zia-ul")."""
    return any(toks.text[i] == word and toks.text[i - 1] == "-" for i in range(start + 1, end))


def _all_title_words(surface: str, title_words: frozenset[str]) -> bool:
    """Whether every word of a name is a title word ("Defense", "Prime Minister")."""
    words = surface.lower().split()
    return bool(words) and all(w in title_words for w in words)


def _is_name_word(word: str) -> bool:
    """A capitalised or all-capitals word that can be part of a name ("Nop", "CamboJA", "al-Sudani" excluded)."""
    return len(word) > 1 and word[0].isupper() and any(ch.isalpha() for ch in word) and word.replace("-", "").isalnum()


def name_key(text: str) -> str:
    """Lower-cased name with runs of white space collapsed, a leading "the " and a trailing possessive dropped."""
    key = " ".join(text.lower().replace("\u2019", "'").split())
    if key.startswith("the "):
        key = key[4:]
    for suffix in _POSSESSIVE[:2]:
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key.strip()


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    type: str
    source: str
    canonical: str | None = None
    coref_to: int | None = None  # index into the candidate list
    nominal: bool = False
    title: set[str] = field(default_factory=set)  # for a person: the words of the title written with the name


# Names shorter than this are too often distinct names one vowel apart ("Khan", "Kahn"; "Lina", "Lena").
_MIN_VARIANT_LENGTH = 6
_VOWELS = frozenset("aeiou")


def _vowel_skeletons(word: str) -> list[tuple[int, str]]:
    """Keys under which two words one vowel apart (not the first letter) meet: the word with each inner vowel
    replaced by a wildcard."""
    return [(len(word), word[:k] + "*" + word[k + 1 :]) for k in range(1, len(word)) if word[k] in _VOWELS]


class MentionFinder:
    """Finds English mentions; built once per pack from the lexicon (the phrase tables are tokenised here)."""

    def __init__(self, lexicon: Lexicon, tokenize: Callable[[str], SpacyDoc]) -> None:
        self.lexicon = lexicon
        # Gazetteer phrases keyed by their first token, then by their token tuple: lookups stay O(tokens).
        self._phrases: dict[str, dict[tuple[str, ...], tuple[str, str, bool]]] = {}
        for name, (kind, canonical) in lexicon.places.items():
            self._add_phrase(tokenize, name, kind, canonical, True)
        for name, (canonical, strong) in lexicon.organisations.items():
            self._add_phrase(tokenize, name, "ORG", canonical, strong)
        self._max_len = max((len(k) for table in self._phrases.values() for k in table), default=1)
        self._title_words = lexicon.title_heads | lexicon.title_modifiers | lexicon.honorifics
        self._demonyms_lower = frozenset(d.lower() for d in lexicon.demonyms)
        self._person_titles = (lexicon.title_heads - _NOT_PERSON_TITLES) | lexicon.honorifics
        # Capitalised words that are never part of a name we infer: titles, nationalities, places, weekdays, months.
        self._stop_names = (
            frozenset(w.capitalize() for w in self._title_words)
            | lexicon.demonyms
            | frozenset(lexicon.places)
            | _CALENDAR_WORDS
        )

    def _add_phrase(
        self, tokenize: Callable[[str], SpacyDoc], name: str, kind: str, canonical: str, strong: bool
    ) -> None:
        words = tuple(t.text for t in tokenize(name))
        if words:
            self._phrases.setdefault(words[0], {}).setdefault(words, (kind, canonical, strong))

    # ---- the pipeline of rules -------------------------------------------------------------------------------

    def find(self, doc: Doc, ents: list[tuple[int, int, str]], toks: Surface) -> list[Mention]:
        """All mention candidates of ``doc`` in reading order (overlaps allowed; the entities stage resolves them)."""
        text = doc.text
        candidates: list[_Candidate] = []
        for first, last, spacy_label in ents:
            label = LABELS.get(spacy_label)
            if label is None:
                continue
            for a, b, part_label in _comma_parts(toks, first, last, label):
                cand, title = self._from_model(a, b, part_label, text, toks)
                if cand is not None:
                    cand.title = title
                    candidates.append(cand)
        sentence_starts = {s.start for s in doc.sentences}
        self._drop_false(candidates, text)
        self._particle_names(candidates, text)
        self._aged_people(candidates, text)
        self._one_letter_given_names(candidates, text)
        self._merge_of_chains(candidates, text)
        self._split_compounds(candidates, text)
        self._topic_bodies(candidates, text)
        self._gazetteer(candidates, toks, text)
        self._dateline(candidates, text)
        self._described_names(candidates, toks, sentence_starts)
        self._untagged_people(candidates, toks, sentence_starts)
        self._orgs_ending_in_places(candidates, toks, sentence_starts)
        self._prefixed_regions(candidates, text)
        self._repeated_names(candidates, toks, text)
        self._acronyms(candidates, toks, text)
        self._harmonise_types(candidates, text)
        self._name_uses(candidates, text, sentence_starts)
        self._weak_people(candidates, text)
        self._named_places(candidates, toks)
        self._surnames(candidates, toks, text, sentence_starts)
        self._features(candidates, toks, text)
        self._platform_x(candidates, toks)
        self._particle_surnames(candidates, text)
        self._spelling_variants(candidates, text)
        self._tags(candidates, text)
        self._link_canonicals(candidates)
        self._aliases(candidates, text)
        self._area_names(candidates, text)
        self._appositive_titles(candidates, toks)
        self._nominals(candidates, toks, text)
        return self._to_mentions(candidates, text)

    def _from_model(
        self, first: int, last: int, label: str, text: str, toks: Surface
    ) -> tuple[_Candidate | None, set[str]]:
        """A model name (tokens ``[first, last)``) without a leading "the" or a trailing possessive, and with a
        person's title split off."""
        title: set[str] = set()
        closing = [t for t in range(first, last) if toks.text[t] in {"]", ")"}]
        if closing and closing[-1] + 1 < last:
            first = closing[-1] + 1  # "[U.N.] Security Council": an editor's insertion is not part of the name
        while first < last and toks.lower[first] == "the":
            first += 1
        while (
            last + 1 < len(toks)
            and toks.text[last] == "-"
            and toks.start[last] == toks.end(last - 1)
            and toks.start[last + 1] == toks.end(last)
            and toks.text[last + 1][:1].isupper()
        ):
            last += 2  # "Guinea-Lanta": the model stopped at the hyphen, the name goes on
        if label in {"GPE", "LOC", "MISC"} and self._org_appositive(toks, last):
            label = "ORG"  # "Guinea-Lanta, an NGO that ...": the text says what it is
        while last - first > 1 and toks.lower[last - 1] in _TRAILING_FUNCTION:
            last -= 1
        if label in {"MISC", "ORG"} and self._titled_name(toks, first, last):
            label = "PERSON"
        if label in {"MISC", "ORG", "GPE"} and self._after_person_title(toks, first, last):
            label = "PERSON"
        if label == "PERSON":
            headed = first > 0 and toks.lower[first - 1] in self.lexicon.title_heads
            while last - first > 1 and (
                toks.lower[first] in self._title_words
                # After a title head a nationality word is a given name ("Finance Minister Christian Lindner").
                or (toks.text[first] in self.lexicon.demonyms and not headed)
            ):
                headed = headed or toks.lower[first] in self.lexicon.title_heads
                title.add(toks.lower[first])
                first += 1
        while last > first and toks.text[last - 1] in _POSSESSIVE:
            last -= 1
        if first >= last:
            return None, title
        start, end = toks.start[first], toks.end(last - 1)
        if text[start] in "#@" and end - start > 1:
            start += 1  # a hashtag or handle the model tagged: the name without its sign
        surface = text[start:end]
        for suffix in _POSSESSIVE[:2]:
            if surface.endswith(suffix) and len(surface) > len(suffix):
                end -= len(suffix)
                surface = surface[: -len(suffix)]
        if surface in self.lexicon.demonyms or (surface.endswith("s") and surface[:-1] in self.lexicon.demonyms):
            label = "NORP"  # "Kenyan", and the people: "Africans"
        elif surface in self.lexicon.places and label in {"PERSON", "ORG", "NORP", "MISC"}:
            label = self.lexicon.places[surface][0]
        if label == "PERSON":
            if not any(ch.isupper() for ch in surface):
                return None, title  # "the young professional" is no name
            if any(ch.isdigit() for ch in surface):
                label = "MISC"  # "COVID-19": people's names have no digits
            if surface.split()[-1] in _AREA_HEADS:
                label = "GPE"
            else:
                title |= self._title_before(toks, first)
        return _Candidate(start, end, label, "model"), title

    def _org_appositive(self, toks: Surface, last: int) -> bool:
        """Whether a name ending before token ``last`` is followed by ", a/an/the" and an organisation noun within
        three words (", an NGO that worked with ...", ", a local charity,")."""
        if last + 2 >= len(toks) or toks.text[last] != "," or toks.lower[last + 1] not in {"a", "an", "the"}:
            return False
        for t in range(last + 2, min(len(toks), last + 5)):
            if toks.lower[t] in _ORG_DESCRIPTORS:
                return True
            if not toks.text[t].isalpha() or toks.lower[t] in {"of", "in", "that", "which", "who"}:
                return False
        return False

    def _titled_name(self, toks: Surface, first: int, last: int) -> bool:
        """Whether tokens ``[first, last)`` are a capitalised title and a two- or three-word name."""
        words = toks.text[first + 1 : last]
        return (
            2 <= len(words) <= 3
            and toks.text[first][:1].isupper()
            and toks.lower[first] in self._person_titles
            and all(_is_name_word(w) and w not in self._stop_names and w not in _ORG_LAST_WORDS for w in words)
        )

    def _after_person_title(self, toks: Surface, first: int, last: int) -> bool:
        """Whether tokens ``[first, last)`` are a two- or three-word name right after a capitalised person title
        ("Solo Mayor [Hadi Rudyatmo]", which the model reads as a place): a title is followed by a person."""
        words = toks.text[first:last]
        return (
            first > 0
            and 2 <= len(words) <= 3
            and toks.text[first - 1][:1].isupper()
            and toks.lower[first - 1] in self._person_titles
            and " ".join(words) not in self.lexicon.places
            and all(_is_name_word(w) and w not in self._stop_names and w not in _ORG_LAST_WORDS for w in words)
        )

    def _title_before(self, toks: Surface, i: int) -> set[str]:
        """Title words written just before a name ("Russian Defense Minister" Sergei Shoigu)."""
        words: set[str] = set()
        j = i - 1
        while j >= 0 and i - j <= 6:
            word, low = toks.text[j], toks.lower[j]
            if low in self._title_words or word in self.lexicon.demonyms or word in self.lexicon.places:
                words.add(low)
            elif word in {"'s", "\u2019s"} and words:
                pass
            else:
                break
            j -= 1
        return words

    def _drop_false(self, candidates: list[_Candidate], text: str) -> None:
        """Drop two frequent false names: a bare compass point ("further West") and the portfolio of a title
        ("Secretary of State", "Minister of Defense")."""
        kept = []
        for c in candidates:
            surface = text[c.start : c.end]
            before = text[max(0, c.start - 30) : c.start].lower().split()
            if c.type in {"LOC", "GPE"} and surface in _COMPASS and (not before or before[-1] != "the"):
                continue
            if surface in _RELIGIONS:
                continue  # a faith is not a body or a place, as a nationality is not
            halves = surface.split("-")
            if len(halves) == 2 and all(h in self.lexicon.places for h in halves):
                continue  # "Turkey-Israel relations": two countries as a modifier, not a third place
            if c.source == "model" and c.type in {"ORG", "GPE"} and _all_title_words(surface, self._title_words):
                continue  # "Defense" of "Defense Minister": part of a title
            after = text[c.end : c.end + 24].split()  # room for "administration’s" after its space
            if c.type in {"ORG", "PERSON"} and " " not in surface and after and after[0] in _LEADER_ERAS:
                continue  # "the Trump administration": a period of government, not a mention of the person
            if (
                surface in _PORTFOLIOS
                and len(before) >= 2
                and before[-1] == "of"
                and before[-2] in self.lexicon.title_heads
            ):
                continue
            kept.append(c)
        candidates[:] = kept

    def _particle_names(self, candidates: list[_Candidate], text: str) -> None:
        """A person name the model cut after its particles ("Ursula von der" + "Leyen") runs on over the capitalised
        word after them; a separate candidate for that word is dropped."""
        dropped: set[int] = set()
        for c in candidates:
            if c.type != "PERSON":
                continue
            end = particle_tail(text, c.end)
            if end == c.end:
                continue
            old_end, c.end = c.end, end
            dropped.update(id(o) for o in candidates if o is not c and old_end <= o.start < end)
        if dropped:
            candidates[:] = [c for c in candidates if id(c) not in dropped]

    def _weak_people(self, candidates: list[_Candidate], text: str) -> None:
        """A one-word name the model calls a person with no person evidence in the article is a place when the
        text uses it as one ("in Dadaab", "Kakuma camps") and no entity when it uses it as a thing ("a Brexit
        irony"): otherwise such names take "he"/"she" and quotes from the people around them."""
        names = [text[c.start : c.end] for c in candidates if c.type == "PERSON"]
        person_words = {w for name in names if " " in name for w in name.split()}
        person_words |= {w.rpartition("-")[2] for w in person_words}  # "Assad" of "Bashar al-Assad"
        seen: dict[str, str] = {}
        kept = []
        for c in candidates:
            surface = text[c.start : c.end]
            if c.type == "PERSON" and c.source == "model" and " " not in surface:
                if surface not in seen:
                    seen[surface] = usage(
                        surface,
                        text,
                        person_words=person_words,
                        given_names=self.lexicon.given_names,
                        titles=self._person_titles,
                        speech_forms=self.lexicon.speech_forms,
                    )
                if seen[surface] == "place":
                    c.type = "LOC"
                elif seen[surface] == "thing":
                    continue
            kept.append(c)
        candidates[:] = kept

    def _one_letter_given_names(self, candidates: list[_Candidate], text: str) -> None:
        """A one-word name after a capital "A" and followed by ", who" ("A Qiang, who used to ...") is a person
        whose given name is the letter (the model reads "A" as the article): the name takes the letter, and the
        same letter-and-name elsewhere in the article too."""
        names = {
            text[c.start : c.end]
            for c in candidates
            if c.source == "model"
            and " " not in text[c.start : c.end]
            and text[max(0, c.start - 2) : c.start] == "A "
            and (c.start < 3 or not text[c.start - 3].isalnum())
            and text.startswith(", who", c.end)
        }
        for c in candidates:
            if text[c.start : c.end] in names and text[max(0, c.start - 2) : c.start] == "A ":
                c.start, c.type = c.start - 2, "PERSON"

    def _name_uses(self, candidates: list[_Candidate], text: str, sentence_starts: set[int]) -> None:
        """Model names the sentence shows to be no body, person or place the conventions annotate (products: MISC;
        buildings: FAC; ordinary words capitalised by position and common initialisms: dropped), or to be a place
        (a village the model took for an organisation; "Boni Forest"). One use decides for every mention of a name."""
        known = self.lexicon.places.keys() | self.lexicon.organisations.keys() | self.lexicon.demonyms
        drop: set[str] = set()
        retype: dict[str, str] = {}
        for c in candidates:
            surface = text[c.start : c.end]
            if c.nominal:
                continue
            if c.type in {"ORG", "PERSON"} and c.source != "rule" and is_product(text, c.start, c.end):
                # Also a platform the gazetteer lists as a source ("TikTok"): here the text lists it as a product.
                retype[surface] = "MISC"
                continue
            if c.source != "model" or surface in known:
                continue
            if surface in COMMON_INITIALISMS:
                drop.add(surface)
            elif c.type in {"ORG", "PERSON", "GPE", "LOC"} and is_product(text, c.start, c.end):
                retype[surface] = "MISC"  # a product is a named thing, not an actor (as the model's PRODUCT)
            elif (
                " " not in surface
                and c.type in {"ORG", "PERSON", "GPE", "LOC"}
                and is_position_capital(surface, text, sentence_starts, c.start)
            ):
                drop.add(surface)
            elif c.type in {"ORG", "GPE", "LOC", "PERSON"} and is_facility(text, c.start, c.end):
                retype[surface] = "FAC"
            elif c.type == "ORG" and " " not in surface and is_settlement(text, c.start, c.end):
                retype[surface] = "GPE"
            elif c.type == "ORG" and " " in surface and surface.rsplit(maxsplit=1)[1].lower() in _FEATURES:
                retype[surface] = "LOC"  # "Boni Forest": a capitalised feature word ends a place's name
        if not drop and not retype:
            return
        kept = []
        for c in candidates:
            surface = text[c.start : c.end]
            if c.source == "model" and surface in drop:
                continue
            if surface in retype and (c.source == "model" or retype[surface] == "MISC"):
                c.type = retype[surface]
            kept.append(c)
        candidates[:] = kept

    def _aged_people(self, candidates: list[_Candidate], text: str) -> None:
        """A name of two or more capitalised words followed by an age set off by commas ("Lydia Rosasi, 29,
        works ...") is a person, whatever type the model gave it: bodies and places have no age."""
        for c in candidates:
            if c.type == "PERSON" or c.source != "model":
                continue
            words = text[c.start : c.end].split()
            if len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue
            if _AGE_APPOSITIVE.match(text, c.end):
                c.type = "PERSON"

    def _dateline(self, candidates: list[_Candidate], text: str) -> None:
        """The dateline that opens a wire story ("BLANTYRE — ...", "KABUL, Afghanistan -") names a place."""
        m = _DATELINE.match(text)
        if m is None:
            return
        start, end = m.span(1)
        if not any(c.start < end and start < c.end for c in candidates):
            candidates.append(_Candidate(start, end, "GPE", "rule"))

    def _described_names(self, candidates: list[_Candidate], toks: Surface, sentence_starts: set[int]) -> None:
        """A capitalised name right after a describing noun takes that noun's type, whatever the model said:
        "think tank Clingendael" and "media association CamboJA" are organisations, "analyst Beverly Ochieng" a
        person."""
        n = len(toks)
        for i in range(n):
            low = toks.lower[i]
            if not toks.text[i].islower():
                continue
            if low in _ORG_DESCRIPTORS:
                kind = "ORG"
            elif low in self.lexicon.title_heads:
                kind = "PERSON"
            else:
                continue
            j = i + 1
            while j < n and j - i <= 4 and _is_name_word(toks.text[j]) and toks.text[j] not in self._stop_names:
                j += 1
            if kind == "ORG" and j - i >= 3 and j < n and toks.text[j] in self.lexicon.places:
                j += 1  # "coalition Dog Meat Free Indonesia": a place can end an organisation's name
            if j == i + 1 or (kind == "PERSON" and j - i < 3):
                continue  # one capitalised word after a title is as often a place or an organisation
            if toks.start[i + 1] in sentence_starts:
                continue
            candidates.append(_Candidate(toks.start[i + 1], toks.end(j - 1), kind, "rule"))

    def _untagged_people(self, candidates: list[_Candidate], toks: Surface, sentence_starts: set[int]) -> None:
        """Two or three capitalised words followed by an appositive title ("Nop Vy, the association's executive
        director,") are a person the model missed."""
        n = len(toks)
        index = {start: i for i, start in enumerate(toks.start)}
        for c in candidates:
            comma = index.get(c.end)
            words = toks.text[index.get(c.start, 0) : comma] if comma is not None else []
            if (
                c.source == "model"
                and c.type in {"ORG", "GPE", "FAC", "MISC", "NORP"}
                and comma is not None
                and toks.text[comma] == ","
                and 2 <= len(words) <= 3
                and all(_is_name_word(w) and w not in self._stop_names for w in words)
                and self._title_appositive(toks, comma)
            ):
                c.type = "PERSON"  # "Karin Franken, a spokeswoman for ...": a person whatever the model said
        i = 0
        while i < n:
            j = i
            while j < n and j - i < 3 and _is_name_word(toks.text[j]) and toks.text[j] not in self._stop_names:
                j += 1
            if j - i >= 2 and j < n and toks.text[j] == ",":
                start, end = toks.start[i], toks.end(j - 1)
                if self._title_appositive(toks, j):
                    inside = [c for c in candidates if c.start < end and start < c.end]
                    if not inside:
                        candidates.append(_Candidate(start, end, "PERSON", "rule"))
                    elif all(c.source == "model" and c.type != "PERSON" and start <= c.start for c in inside):
                        # "Siyoka Simasiku, director at ...": the model kept one word of the name, as an
                        # organisation; the name with its appositive title is a person.
                        for c in inside:
                            c.start, c.end, c.type = start, end, "PERSON"
                i = j
                continue
            i = max(j, i + 1)

    def _title_appositive(self, toks: Surface, comma: int) -> bool:
        """Whether the comma at token ``comma`` opens an appositive title ("..., the association's director")."""
        tail = toks.lower[comma + 1 : min(len(toks), comma + 8)]
        cut = next((k for k, w in enumerate(tail) if w in {",", ".", ";"}), len(tail))
        if tail[:1] and tail[0] in {"the", "a", "an"}:
            return bool(set(tail[:cut]) & self.lexicon.title_heads)
        # A bare title ending at a preposition: "..., director at the coalition", "..., deputy director for".
        words = toks.text[comma + 1 : comma + 1 + cut]
        prep = next((k for k, w in enumerate(tail[:cut]) if w in _APPOSITIVE_PREPS), None)
        return (
            prep is not None
            and 0 < prep <= 3
            and all(w.islower() for w in words[:prep])
            and tail[prep - 1] in self.lexicon.title_heads
        )

    def _orgs_ending_in_places(self, candidates: list[_Candidate], toks: Surface, sentence_starts: set[int]) -> None:
        """Capitalised words nobody tagged, right before a gazetteer place, are an organisation named after it
        ("for Dog Meat Free Indonesia"): the place alone would cut the name."""
        index = {start: i for i, start in enumerate(toks.start)}
        covered = [(c.start, c.end) for c in candidates if c.source != "gazetteer"]
        for c in list(candidates):
            p = index.get(c.start)
            if c.source != "gazetteer" or c.type not in {"GPE", "LOC"} or p is None:
                continue
            if p + 1 < len(toks) and toks.text[p + 1] in _POSSESSIVE:
                continue  # "Indonesia's president"
            i = p
            while i > 0 and p - i < 4 and _is_name_word(toks.text[i - 1]) and toks.text[i - 1] not in self._stop_names:
                i -= 1
            if p - i < 2 or toks.start[i] in sentence_starts or i == 0 or not toks.text[i - 1].islower():
                continue
            start = toks.start[i]
            if any(s < c.start and start < e for s, e in covered):
                continue
            candidates.append(_Candidate(start, c.end, "ORG", "rule"))

    def _repeated_names(self, candidates: list[_Candidate], toks: Surface, text: str) -> None:
        """An organisation name a rule found once is that organisation wherever the article repeats it."""
        token_starts = set(toks.start)
        found = {(c.start, c.end) for c in candidates}
        names = {text[c.start : c.end] for c in candidates if c.source == "rule" and c.type == "ORG" and not c.nominal}
        for surface in names:
            if " " not in surface:
                continue
            at = text.find(surface)
            while at >= 0:
                end = at + len(surface)
                if at in token_starts and (at, end) not in found:
                    candidates.append(_Candidate(at, end, "ORG", "rule"))
                at = text.find(surface, end)

    def _prefixed_regions(self, candidates: list[_Candidate], text: str) -> None:
        """ "sub-Saharan Africa": a region written with a hyphenated prefix is named with it."""
        for c in candidates:
            if c.type in {"LOC", "GPE"}:
                m = _REGION_PREFIX.search(text, max(0, c.start - 20), c.start)
                if m is not None:
                    c.start = m.start()

    def _surnames(self, candidates: list[_Candidate], toks: Surface, text: str, sentence_starts: set[int]) -> None:
        """A word of a person's full name used alone later ("Pedersen" after "Geir Pedersen") is that person, even
        where the model did not tag it."""
        words: set[str] = set()
        for c in candidates:
            if c.type == "PERSON" and not c.nominal:
                parts = text[c.start : c.end].split()
                if len(parts) > 1:
                    words.update(p for p in parts if len(p) > 2 and p[0].isupper() and p not in self._stop_names)
        if not words:
            return
        covered = sorted((c.start, c.end) for c in candidates)
        n = len(toks)
        for i in range(n):
            if toks.text[i] not in words:
                continue
            start, end = toks.start[i], toks.end(i)
            if start in sentence_starts and i + 1 < n and toks.text[i + 1].istitle():
                continue  # a capitalised first word followed by a name is likelier an ordinary word
            if any(s < end and start < e for s, e in covered):
                continue
            candidates.append(_Candidate(start, end, "PERSON", "rule"))

    def _spelling_variants(self, candidates: list[_Candidate], text: str) -> None:
        """A one-word person name that differs from a word of a fuller person name by one vowel ("Pederson" after
        "Geir Pedersen", "Mohammad" after "Mohammed Ali") is that person: transliterations and typos vary vowels."""
        full: dict[tuple[int, str], int] = {}  # (length, skeleton) of each name word -> candidate index
        for i, c in enumerate(candidates):
            if c.type == "PERSON" and not c.nominal:
                parts = text[c.start : c.end].split()
                if len(parts) > 1:
                    for word in parts:
                        if len(word) >= _MIN_VARIANT_LENGTH:
                            for key in _vowel_skeletons(word):
                                full.setdefault(key, i)
        if not full:
            return
        for c in candidates:
            surface = text[c.start : c.end]
            if c.type != "PERSON" or c.nominal or c.coref_to is not None or " " in surface:
                continue
            if len(surface) < _MIN_VARIANT_LENGTH:
                continue
            for key in _vowel_skeletons(surface):
                target = full.get(key)
                if (
                    target is not None
                    and text[candidates[target].start : candidates[target].end].split().count(surface) == 0
                ):
                    c.coref_to = target
                    break

    def _particle_surnames(self, candidates: list[_Candidate], text: str) -> None:
        """ "Assad" is "Bashar al-Assad" and "Sudani" is "Mohammed Shia al-Sudani": a surname written without its
        particle points at the one full name that has it (name containment alone compares whole words)."""
        full: dict[str, set[str]] = {}
        first_of: dict[str, int] = {}
        for i, c in enumerate(candidates):
            if c.type != "PERSON" or c.nominal:
                continue
            surface = text[c.start : c.end]
            key = name_key(surface)
            first_of.setdefault(key, i)
            for word in surface.split():
                head, dash, rest = word.rpartition("-")
                if dash and head.lower() in _PARTICLES and rest:
                    full.setdefault(rest.lower().replace("\u2019", "'"), set()).add(key)
        for c in candidates:
            if c.type != "PERSON" or c.coref_to is not None or " " in text[c.start : c.end]:
                continue
            owners = full.get(name_key(text[c.start : c.end]))
            if not owners:
                continue
            # "al-Assad" and "Bashar al-Assad" both own "Assad": one person when the shorter is part of the longer.
            longest = max(owners, key=lambda k: (len(k.split()), k))
            if all(set(k.split()) <= set(longest.split()) for k in owners):
                c.coref_to = first_of[longest]

    def _features(self, candidates: list[_Candidate], toks: Surface, text: str) -> None:
        """A place followed by a geographic feature ("Anbar desert", "Nile river") names the feature: LOC."""
        index = {start: i for i, start in enumerate(toks.start)}
        for c in list(candidates):
            if c.type not in {"GPE", "LOC"} or text[c.end : c.end + 1] != " ":
                continue
            i = index.get(c.end + 1)
            if i is not None and toks.lower[i] in _FEATURES and toks.text[i].islower():
                candidates.append(_Candidate(c.start, toks.end(i), "LOC", "rule"))

    def _platform_x(self, candidates: list[_Candidate], toks: Surface) -> None:
        """The platform X ("posting on X", "the X social media platform"): a one-letter name needs its context."""
        n = len(toks)
        for i in range(n):
            if toks.text[i] != "X":
                continue
            prev = toks.lower[i - 1] if i > 0 else ""
            nxt = toks.lower[i + 1] if i + 1 < n else ""
            if prev in {"on", "via"} or nxt in {"social", "platform", "account", "post", "posts"}:
                candidates.append(_Candidate(toks.start[i], toks.start[i] + 1, "ORG", "rule"))

    def _merge_of_chains(self, candidates: list[_Candidate], text: str) -> None:
        """Join "The Cambodian League" + "for the" + "Promotion and Defense of Human Rights" into one ORG."""
        i = 0
        while i + 1 < len(candidates):
            a, b = candidates[i], candidates[i + 1]
            if _one_organisation(a, b, text):
                candidates[i] = _Candidate(a.start, b.end, "ORG", "rule")
                del candidates[i + 1]
                continue
            i += 1

    def _split_compounds(self, candidates: list[_Candidate], text: str) -> None:
        """Split two names the model read as one organisation: "Cornell University's Emerging Markets Institute"
        (a body's body: two organisations), "Cornell's Casanova" (a body's person, named in full elsewhere), and
        "University of Witwatersrand in South Africa" (an institution and its place)."""
        person_words = {
            w
            for c in candidates
            if c.type == "PERSON"
            for w in text[c.start : c.end].split()
            if " " in text[c.start : c.end]
        }
        out: list[_Candidate] = []
        for c in candidates:
            surface = text[c.start : c.end]
            if c.source != "model" or c.type != "ORG":
                out.append(c)
                continue
            mark = next((m for m in (surface.find("'s "), surface.find("\u2019s ")) if m > 0), -1)
            where = surface.find(" in ")
            if mark > 0:
                tail = surface[mark + 3 :]
                tail_start = c.start + mark + 3
                if tail.rsplit(maxsplit=1)[-1] in _BODY_HEADS and len(tail.split()) >= 2:
                    out += [
                        _Candidate(c.start, c.start + mark, "ORG", "model"),
                        _Candidate(tail_start, c.end, "ORG", "model"),
                    ]
                    continue
                if " " not in tail and tail in person_words:
                    out += [
                        _Candidate(c.start, c.start + mark, "ORG", "model"),
                        _Candidate(tail_start, c.end, "PERSON", "rule"),
                    ]
                    continue
            elif (
                where > 0
                and surface[where + 4 :] in self.lexicon.places
                and set(surface[:where].split()) & _INSTITUTION_HEADS
            ):
                out.append(_Candidate(c.start, c.start + where, "ORG", "model"))
                continue
            out.append(c)
        candidates[:] = out

    def _topic_bodies(self, candidates: list[_Candidate], text: str) -> None:
        """A committee named after its subject runs on over "on" and the capitalised subject: "United Nations
        Working Group on Arbitrary Detention", "Committee on Foreign Relations" are one organisation."""
        for i, c in enumerate(candidates):
            if c.type != "ORG" or text[c.start : c.end].rsplit(maxsplit=1)[-1] not in _TOPIC_BODIES:
                continue
            found = _TOPIC_AFTER.match(text, c.end)
            if found is None or found.group().split()[1] in _CALENDAR_WORDS:
                continue  # "the Committee on Monday": a date, not a subject
            end = found.end()
            candidates[i] = _Candidate(c.start, end, "ORG", "rule")
            candidates[i + 1 :] = [d for d in candidates[i + 1 :] if d.start >= end]

    def _gazetteer(self, candidates: list[_Candidate], toks: Surface, text: str) -> None:
        """Places and organisations from the lexicon; weak aliases only when the article names the body in full."""
        found: list[tuple[int, int, str, str, bool]] = []
        n = len(toks)
        words = toks.text
        for i in range(n):
            table = self._phrases.get(words[i])
            if table is None:
                continue
            for length in range(min(self._max_len, n - i), 0, -1):
                entry = table.get(tuple(words[i : i + length]))
                if entry is not None:
                    kind, canonical, strong = entry
                    end = toks.end(i + length - 1)
                    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper():
                        break  # "Guinea-Lanta" is another name that starts with a place name
                    found.append((toks.start[i], toks.end(i + length - 1), kind, canonical, strong))
                    break
        strong_names = {canonical for _, _, _, canonical, strong in found if strong}
        strong_names |= {text[c.start : c.end] for c in candidates}
        for start, end, kind, canonical, strong in found:
            if strong or canonical in strong_names:
                candidates.append(_Candidate(start, end, kind, "gazetteer", canonical))

    def _acronyms(self, candidates: list[_Candidate], toks: Surface, text: str) -> None:
        """An upper-case word equal to the initials of an organisation the article names ("SDF", "IS")."""
        initials: dict[str, int] = {}
        for idx, c in enumerate(candidates):
            if c.type != "ORG":
                continue
            name = text[c.start : c.end]
            if re.match(r"[A-Z]{2,}-", name):
                continue  # "IS-Somalia" is named after an acronym; its initials are not another name for it
            # "Centers for Disease Control and Prevention" is "CDC": a trailing "and X" is often left out.
            for variant in (name, name.rsplit(" and ", 1)[0]):
                words = [w for w in re.split(r"[\s-]+", variant) if w and w.lower() not in _ACRONYM_SKIP]
                if len(words) >= 2 and all(w[0].isupper() for w in words):
                    initials.setdefault("".join(_initials(w) for w in words), idx)
                    # "Economic Community of West African States" is "ECOWAS": some acronyms keep the "of".
                    kept = [
                        w for w in re.split(r"[\s-]+", variant) if w and (w == "of" or w.lower() not in _ACRONYM_SKIP)
                    ]
                    if "of" in kept:
                        initials.setdefault("".join("O" if w == "of" else _initials(w) for w in kept), idx)
        if not initials:
            return
        covered = {(c.start, c.end): c for c in candidates}
        for i, word in enumerate(toks.text):
            owner = initials.get(word)
            if owner is None:
                continue
            tagged = covered.get((toks.start[i], toks.end(i)))
            if tagged is None:
                candidates.append(_Candidate(toks.start[i], toks.end(i), "ORG", "rule", coref_to=owner))
            elif (
                tagged.type == "ORG"
                and tagged.coref_to is None
                and tagged is not candidates[owner]
                and text[tagged.end : tagged.end + 1] != "-"  # "IS-Somalia" is an affiliate, not IS itself
            ):
                tagged.coref_to = owner  # the model found the acronym too; it is still the same body

    def _harmonise_types(self, candidates: list[_Candidate], text: str) -> None:
        """One name, one type: a word of a longer person name is that person; otherwise the majority label wins."""
        person_words: set[str] = set()
        for c in candidates:
            if c.type == "PERSON" and c.source == "model":
                words = text[c.start : c.end].split()
                if len(words) > 1:
                    person_words.update(words)
        for c in candidates:
            surface = text[c.start : c.end]
            known = surface in self.lexicon.places or surface in self.lexicon.demonyms
            if c.source == "model" and c.type in {"GPE", "ORG", "NORP"} and surface in person_words and not known:
                c.type = "PERSON"  # "Makeda" after "Makeda Mbewe" (never a two-word surface: person_words are words)
        surnames = {
            text[c.start : c.end] for c in candidates if c.type == "PERSON" and " " not in text[c.start : c.end]
        }
        for c in candidates:
            words = text[c.start : c.end].split()
            if (
                c.source == "model"
                and c.type in {"GPE", "LOC", "ORG"}
                and len(words) in {2, 3}
                and words[-1] in surnames
                and " ".join(words) not in self.lexicon.places
                and all(_is_name_word(w) and w not in self._stop_names for w in words)
            ):
                c.type = "PERSON"  # "Nino Galissa" read as a place, then "Galissa" as a person: one person
        votes: dict[str, Counter[str]] = {}
        first_type: dict[str, str] = {}
        for c in sorted(candidates, key=lambda c: c.start):
            if c.source == "model":
                key = name_key(text[c.start : c.end])
                votes.setdefault(key, Counter())[c.type] += 1
                first_type.setdefault(key, c.type)
        for c in candidates:
            if c.source != "model":
                continue
            surface = text[c.start : c.end]
            if surface in self.lexicon.places or surface in self.lexicon.demonyms:
                continue
            key = name_key(surface)
            counts = votes[key]
            top_n = max(counts.values())
            # The majority label, and on a tie the label of the first mention (how the article introduced it).
            top = first_type[key] if counts[first_type[key]] == top_n else counts.most_common(1)[0][0]
            if top != c.type:
                c.type = top

    def _named_places(self, candidates: list[_Candidate], toks: Surface) -> None:
        """Names the text itself calls places, whatever the model said: the items of a list that ends in a plural
        area noun ("Bayelsa, Cross River, Ogun and Lagos states") and the name after "the town of" ("the central
        town of Aungban")."""
        spans: list[tuple[int, int]] = []
        n = len(toks)
        for i in range(n):
            low = toks.lower[i]
            if low in _AREA_PLURALS and toks.text[i].islower():
                items = self._list_before(toks, i)
                if len(items) >= 2:
                    spans.extend(items)
            elif low in _SETTLEMENT_NOUNS and toks.text[i].islower() and i + 2 < n and toks.lower[i + 1] == "of":
                j = i + 2
                while j < n and j - i <= 5 and _is_name_word(toks.text[j]) and toks.text[j] not in self._stop_names:
                    j += 1
                if j > i + 2 and (j >= n or toks.text[j] in _NOMINAL_BREAK or toks.text[j].islower()):
                    spans.append((i + 2, j))
        for a, b in spans:
            start, end = toks.start[a], toks.end(b - 1)
            same = [c for c in candidates if c.start == start and c.end == end]
            for c in same:
                if c.type in {"PERSON", "ORG", "MISC", "NORP", "LOC", "FAC"}:
                    c.type = "GPE"
            if not same and not any(c.start < end and start < c.end for c in candidates):
                candidates.append(_Candidate(start, end, "GPE", "rule"))

    def _list_before(self, toks: Surface, i: int) -> list[tuple[int, int]]:
        """The names listed just before token ``i``, each a token range: "A, B C, D and E" (each item one to three
        capitalised words), read right to left."""
        items: list[tuple[int, int]] = []
        j = i
        while True:
            b = j
            while j - 1 >= 0 and b - (j - 1) <= 3 and _is_name_word(toks.text[j - 1]):
                j -= 1
            if j == b or toks.text[j] in self._stop_names:
                return items
            items.append((j, b))
            if j - 1 < 0 or toks.text[j - 1] not in {",", "and"}:
                return items
            j -= 1
            if toks.text[j] == "and" and j - 1 >= 0 and toks.text[j - 1] == ",":
                j -= 1  # a serial comma: "A, B, and C"

    def _tags(self, candidates: list[_Candidate], text: str) -> None:
        """Hashtags and handles: typed and tied to a name the article or the gazetteer knows ("#NorthKorea" is North
        Korea, "@AlarabyTV" the channel Alaraby TV), else MISC."""
        known: dict[str, int] = {name_key(text[c.start : c.end]).replace(" ", ""): i for i, c in enumerate(candidates)}
        for pattern in (_HASHTAG, _HANDLE):
            for m in pattern.finditer(text):
                body = m.group(1)
                spaced = " ".join(_CAMEL.findall(body))
                target = known.get(body.lower())
                if target is not None and candidates[target].end > m.start():
                    target = None  # the model's own reading of this very tag, not an earlier name
                kind, canonical = "MISC", None
                if spaced in self.lexicon.places:
                    kind, canonical = self.lexicon.places[spaced]
                elif spaced in self.lexicon.organisations:
                    kind, canonical = "ORG", self.lexicon.organisations[spaced][0]
                elif pattern is _HANDLE and body.endswith(_ORG_HANDLE_SUFFIXES):
                    kind = "ORG"
                if target is not None:
                    kind = candidates[target].type
                # The sign is markup, not part of the name (as in the Arabic pack): "#NorthKorea" -> "NorthKorea".
                candidates.append(_Candidate(m.start(1), m.end(1), kind, "rule", canonical, target))

    def _link_canonicals(self, candidates: list[_Candidate]) -> None:
        """Aliases of one gazetteer entry ("U.S.", "United States") point at its first mention."""
        first: dict[str, int] = {}
        for i in sorted(range(len(candidates)), key=lambda k: candidates[k].start):
            c = candidates[i]
            if c.canonical is None:
                continue
            if c.canonical in first and c.coref_to is None:
                c.coref_to = first[c.canonical]
            else:
                first.setdefault(c.canonical, i)

    def _aliases(self, candidates: list[_Candidate], text: str) -> None:
        """A name introduced as another's alias ("al-Rufay'i, also known as Abu Khadija,") is that entity."""
        ends = {c.end: i for i, c in enumerate(candidates) if c.type in {"PERSON", "ORG"} and not c.nominal}
        for c in candidates:
            m = _ALIAS_BEFORE.search(text, max(0, c.start - 40), c.start)
            if m is None or m.end() != c.start or c.coref_to is not None:
                continue
            owner = ends.get(m.start())
            if owner is not None and candidates[owner] is not c:
                c.coref_to, c.type = owner, candidates[owner].type

    def _area_names(self, candidates: list[_Candidate], text: str) -> None:
        """A place written with its area word ("Kano State", "Kibera District") is the place the article also
        names without it ("Kano"): one entity, not two (it takes that place's key, as an alias does)."""
        places: dict[str, str] = {}
        for c in candidates:
            if c.type in {"GPE", "LOC"} and not c.nominal:
                surface = text[c.start : c.end]
                places.setdefault(surface, c.canonical or surface)
        for c in candidates:
            words = text[c.start : c.end].split()
            if c.type not in {"GPE", "LOC"} or c.coref_to is not None or len(words) < 2:
                continue
            if words[-1] in _AREA_HEADS or words[-1] == "State":
                bare = places.get(" ".join(words[:-1]))
                if bare is not None:
                    c.canonical = bare

    def _appositive_titles(self, candidates: list[_Candidate], toks: Surface) -> None:
        """Titles written after a name: "Nop Vy, the association's executive director," gives {executive, director}."""
        index = {start: i for i, start in enumerate(toks.start)}
        for c in candidates:
            comma = index.get(c.end)
            if c.type != "PERSON" or c.source == "gazetteer" or comma is None or toks.text[comma] != ",":
                continue
            words: set[str] = set()
            for i in range(comma + 1, min(len(toks), comma + 9)):
                if toks.text[i] in _NOMINAL_BREAK:
                    break
                words.add(toks.lower[i])
            if words & self.lexicon.title_heads:
                c.title |= words & (self._title_words | self._demonyms_lower)

    def _nominals(self, candidates: list[_Candidate], toks: Surface, text: str) -> None:
        """ "the (Russian) (defense) minister" naming a person titled so earlier; "the court" an organisation."""
        people = sorted((c.start, i, c.title) for i, c in enumerate(candidates) if c.title and c.type == "PERSON")
        orgs = sorted((c.start, i) for i, c in enumerate(candidates) if c.type == "ORG" and c.coref_to is None)
        n = len(toks)
        for i in range(n):
            if toks.lower[i] != "the":
                continue
            j = i + 1
            words: list[str] = []
            while j < n and len(words) < 4:
                low = toks.lower[j]
                if low in self._title_words or toks.text[j] in self.lexicon.demonyms or low in _ORG_NOMINAL_HEADS:
                    words.append(low)
                    j += 1
                else:
                    break
            # "the Defense Minister Sergei Shoigu": a title before a name is part of that name's mention.
            if not words or (j < n and toks.text[j][:1].isupper() and toks.ent_type[j] == "PERSON"):
                continue
            head = words[-1]
            start, end = toks.start[i], toks.end(j - 1)
            target: int | None = None
            kind = "PERSON"
            if head in self.lexicon.title_heads:
                need = set(words)
                for pstart, idx, pwords in people:
                    if pstart >= start:
                        break
                    if need <= pwords:
                        target = idx
            elif head in _ORG_NOMINAL_HEADS:
                kind = "ORG"
                for ostart, idx in orgs:
                    if ostart >= start:
                        break
                    # Any organisation is an organisation: "the group" is the one just named, even when an earlier
                    # one has the word in its name (the World Health Organization); "the court" needs a court.
                    if (
                        head in _GENERIC_ORG_HEADS
                        or head in text[candidates[idx].start : candidates[idx].end].lower().split()
                    ):
                        target = idx
            if target is not None:
                candidates.append(_Candidate(start, end, kind, "rule", coref_to=target, nominal=True))

    def _to_mentions(self, candidates: list[_Candidate], text: str) -> list[Mention]:
        order = sorted(range(len(candidates)), key=lambda i: (candidates[i].start, -candidates[i].end))
        position = {old: new for new, old in enumerate(order)}
        mentions: list[Mention] = []
        for old in order:
            c = candidates[old]
            surface = text[c.start : c.end]
            mentions.append(
                Mention(
                    start=c.start,
                    end=c.end,
                    text=surface,
                    type=c.type,
                    source=c.source,
                    # A gazetteer alias is keyed by its entry, so that "U.N." never reads as a part of "U.N. Security
                    # Council" (name containment would merge the body into its parent).
                    key=name_key(c.canonical) if c.canonical else name_key(surface),
                    canonical=c.canonical,
                    nominal=c.nominal,
                    coref=position.get(c.coref_to) if c.coref_to is not None else None,
                )
            )
        return mentions


def _one_organisation(a: _Candidate, b: _Candidate, text: str) -> bool:
    """Whether two neighbouring names are one organisation's name that the model cut in two."""
    if a.type != "ORG":
        return False
    gap = text[a.end : b.start]
    first, second = text[a.start : a.end], text[b.start : b.end]
    head = first.rsplit(maxsplit=1)[-1]
    if b.type == "ORG" and gap.strip().lower() in {"for", "of", "for the", "of the"}:
        return True
    if b.type in {"GPE", "LOC"} and gap == " of " and head in _INSTITUTION_HEADS:
        return True  # "Clinical Research Unit of Nanoro"
    if (
        b.type == "ORG"
        and gap == " and "
        and " of " in first
        and head not in _BODY_HEADS
        and second.rsplit(maxsplit=1)[-1] in _BODY_HEADS
        and " of " not in second
    ):
        # "Committee of the China Audio-Video" + "and" + "Digital Publishing Association": the first name stops on
        # a word no body's name ends with, the second has only the head.
        return True
    # "U.S. Mission to the United Nations"
    return b.type in {"ORG", "GPE"} and gap in {" to ", " to the "} and head in _ENVOY_BODIES
