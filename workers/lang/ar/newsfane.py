"""Reading NewsFANE Gold (Alotaibi and Lee, COLING 2014; CC BY-SA 3.0) as training sentences in our tokens.

The corpus is one ``token<TAB>tag`` a line, BIO over 50 fine classes, written by an automatic segmenter that
separates proclitics and pronoun suffixes ("قول ه"), without hamza on the alef and without sentence breaks (only
blank lines between paragraphs). Real articles keep suffixes on their words, so before training we glue pronoun
suffixes back ("قول ه" → "قوله") and re-split every paragraph with our own tokenizer: the model then sees exactly the
token boundaries it will see at run time.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from workers.lang.ar.clitics import PROCLITICS
from workers.lang.ar.tokens import sentence_slices, tokenize

# ../shared next to the repository, where development data lives (never needed at run time).
DEFAULT_PATH = Path(__file__).resolve().parents[4] / "shared" / "data" / "ar" / "newsfane" / "newsfane-gold.conll"

# Fine NewsFANE class → our coarse type. Odd ones, checked against the tagged spans:
# - Police tags people (Rumsfeld, Dan Halutz, Elias Murr: defence and police officials), not police forces -> PERSON.
# - Group tags peoples and communities (العرب, المسلمين, الاكراد, الشيعة) -> NORP.
# - GPE-Cluster is mostly regions (الشرق الاوسط, الشام, شمال افريقيا) with a few unions (الاتحاد السوفييتي) -> GPE;
#   the scorer counts GPE and LOC as one class anyway.
# - Celestial is planets (المريخ) -> LOC, as in ACE.
# - Medical-Science and Entertainment tag institutions (hospitals, institutes, troupes) -> ORG.
# - Land, Air, Water are vehicles (cars, aircraft, ships); with weapons, drugs, food, plants, devices, software, books
#   and films they are products or works -> MISC.
COARSE: dict[str, str] = {
    # people
    "Politician": "PERSON",
    "Athlete": "PERSON",
    "Artist": "PERSON",
    "Other_PER": "PERSON",
    "Religious_PER": "PERSON",
    "Scientist": "PERSON",
    "Businessperson": "PERSON",
    "Lawyer": "PERSON",
    "Engineer": "PERSON",
    "Police": "PERSON",
    # organisations
    "Government": "ORG",
    "Media": "ORG",
    "Non-Governmental": "ORG",
    "Sports": "ORG",
    "Commercial": "ORG",
    "Educational": "ORG",
    "Medical-Science": "ORG",
    "Entertainment": "ORG",
    "Religious_ORG": "ORG",
    # geo-political entities
    "Nation": "GPE",
    "Population-Center": "GPE",
    "State-or-Province": "GPE",
    "County-or-District": "GPE",
    "GPE-Cluster": "GPE",
    # natural locations
    "Continent": "LOC",
    "Water-Body": "LOC",
    "Land-Region-Natural": "LOC",
    "Celestial": "LOC",
    # facilities
    "Building-Grounds": "FAC",
    "Airport": "FAC",
    "Path": "FAC",
    "Subarea-Facility": "FAC",
    # nationalities, religious and ethnic groups
    "Group": "NORP",
    # products and works
    "Book": "MISC",
    "Movie": "MISC",
    "Software": "MISC",
    "Hardware": "MISC",
    "Land": "MISC",
    "Air": "MISC",
    "Water": "MISC",
    "Food": "MISC",
    "Drug": "MISC",
    "Plant": "MISC",
    "Projectile": "MISC",
    "Shooting": "MISC",
}

# Pronoun suffixes the corpus writes as tokens. "ك" is left out: alone it is far more often the preposition
# ("ك ما"); "هو"/"هي" are free pronouns, never suffixes.
SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "هن", "نا", "كم", "كما", "ي", "ني"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A training sequence: token texts (as our tokenizer cuts them) and their coarse BIO tags."""

    tokens: list[str]
    tags: list[str]


def coarse_tag(tag: str) -> str:
    """The coarse BIO tag for a fine NewsFANE tag ("B-Politician" → "B-PERSON"); unknown classes raise KeyError."""
    if tag == "O":
        return tag
    return f"{tag[:2]}{COARSE[tag[2:]]}"


def read_paragraphs(path: Path) -> list[list[tuple[str, str]]]:
    """The corpus as paragraphs (runs between blank lines) of (token, fine tag) pairs."""
    paragraphs: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if not fields[0].strip():
                if current:
                    paragraphs.append(current)
                current = []
                continue
            current.append((fields[0], fields[1]))
    if current:
        paragraphs.append(current)
    return paragraphs


def _is_word(token: str) -> bool:
    return token.isalpha() and not token.isascii()


def join_suffixes(paragraph: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Glue pronoun-suffix tokens back onto their word, as running text writes them ("حكومة ه" → "حكومته").

    A suffix after a free conjunction ("و هم", "and they") is a pronoun and stays apart.
    """
    out: list[tuple[str, str]] = []
    for token, tag in paragraph:
        if token in SUFFIXES and out and _is_word(out[-1][0]) and out[-1][0] not in ("و", "ف"):
            stem, stem_tag = out[-1]
            # The stem's final ة / ى is written ت / ا before a suffix.
            if stem.endswith("ة"):
                stem = stem[:-1] + "ت"
            elif stem.endswith("ى"):
                stem = stem[:-1] + "ا"
            out[-1] = (stem + token, stem_tag)
        else:
            out.append((token, tag))
    return out


def retokenize(paragraph: list[tuple[str, str]], vocab: Mapping[str, int] | None = None) -> list[tuple[str, str]]:
    """Re-cut a paragraph of (token, coarse tag) pairs with our tokenizer, carrying the tags over.

    The paragraph is joined with spaces and tokenized as one document; each new token takes the tag of the corpus
    token it lies in, except that proclitics split off the first token of an entity are outside it.
    """
    starts: list[int] = []
    pos = 0
    for token, _ in paragraph:
        starts.append(pos)
        pos += len(token) + 1
    text = " ".join(token for token, _ in paragraph)
    out: list[tuple[str, str]] = []
    opened = -1  # the corpus token whose B- tag has been given out
    for tok in tokenize(text, vocab):
        i = bisect_right(starts, tok.start) - 1
        tag = paragraph[i][1]
        if tag.startswith("B-"):
            if opened == i:
                tag = "I-" + tag[2:]
            elif tok.norm in PROCLITICS and tok.end < starts[i] + len(paragraph[i][0]):
                tag = "O"
            else:
                opened = i
        out.append((tok.text, tag))
    return out


def load_sentences(path: Path, vocab: Mapping[str, int] | None = None) -> list[Sentence]:
    """The whole corpus as coarse-tagged pseudo-sentences (paragraphs cut after . ؟ ? !) in our tokens, in order."""
    sentences: list[Sentence] = []
    for paragraph in read_paragraphs(path):
        pairs = [(token, coarse_tag(tag)) for token, tag in join_suffixes(paragraph)]
        retokenized = retokenize(pairs, vocab)
        tokens = [t for t, _ in retokenized]
        tags = [g for _, g in retokenized]
        for start, end in sentence_slices(tokens):
            sentences.append(Sentence(tokens[start:end], tags[start:end]))
    return sentences
