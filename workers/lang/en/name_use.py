"""What a capitalised name the model tagged is, judged by how the sentence around it uses it.

The small model calls many capitalised words organisations or places: products listed among "platforms" or
"models", buildings ("Government House", "the Tirtonadi Bus Terminal"), villages after "in" ("from X in Y State"),
and ordinary words capitalised only because they open a sentence or a subheading ("Media outlets closed"). The
gold conventions annotate none of these as organisations. Each test here reads plain text around the name (string
scans, no model), so it costs nothing next to spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workers.lang.en.lexicon import word_set

# Plural nouns whose listed members are products, not bodies ("internet platforms", "AI models").
_PRODUCT_PLURALS = word_set("platforms apps applications models chatbots products brands games websites browsers")
# Singular nouns right after a name that make it a product ("the X app", "X chatbot").
_PRODUCT_NOUNS = word_set("app application platform chatbot model browser website smartphone device console")
# A list that ends "..., and many internet platforms": the names before it are members of that plural.
_LIST_TAIL = re.compile(r"^(?:,\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})*,?\s+(?:and|or)\s+((?:[A-Za-z-]+\s*){1,4})")
# A list that starts "AI models, including X, Y and": the names after it are members of that plural.
_LIST_HEAD = re.compile(
    r"\b([a-z]+),?\s+(?:such\s+as|including|like)\s+"
    r"(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2},?\s+(?:(?:and|or)\s+)?)*$"
)
# Initialisms of common nouns and diseases, which the model tags as bodies or places ("AI models", "COVID-19").
COMMON_INITIALISMS = frozenset({"AI", "EV", "EVs", "GDP", "LLM", "LLMs", "CEO", "COVID", "COVID-19", "HIV", "AIDS"})
_LAUNCHED = re.compile(r"\b(?:launched|released|unveiled|rolled out)\s+$")

# Last words of the names of buildings and sites (FAC in the gold conventions, never annotated).
_FACILITY_HEADS = frozenset(
    {"Terminal", "Airport", "Stadium", "Bridge", "Palace", "Prison", "Jail", "Hotel", "Mosque", "Church", "Cathedral"}
)
# Lower-case nouns after a name that make the name a building's ("Mariscal Zavala prison").
_FACILITY_NOUNS = word_set("prison jail airport stadium hotel mosque church cathedral bridge palace terminal")
# "House" ends the names of buildings and of bodies alike ("Government House", "Freedom House"): a building when
# the text goes to, from or into it.
_GOING_TO = re.compile(r"\b(?:to|at|from|into|outside|inside|in)\s+(?:the\s+)?$")

# A bare name after one of these and before a settlement description is a place ("in Gusau, the capital of ...").
_PLACE_PREPS = re.compile(r"\b(?:in|from|near|to|at|outside)\s+$")
_SETTLEMENT_AFTER = re.compile(
    r"^,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:capital|town|city|village|camp|district|region|province|state|county|area|settlement|suburb|neighborhood)\b"
)
_IN_PLACE_AFTER = re.compile(r"^\s+in\s+[A-Z]")


def occurrences(word: str, text: str) -> Iterator[re.Match[str]]:
    """Every place ``word`` stands in ``text`` as a whole word (not inside a longer or hyphenated word)."""
    return re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text)


def is_product(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a product: a member of a list of platforms/models/apps, the
    object of "launched"/"released", or followed by a product noun ("the X app")."""
    after = text[end : end + 160]
    tail = _LIST_TAIL.match(after)
    if tail is not None and any(w in _PRODUCT_PLURALS for w in tail.group(1).split()):
        return True
    before = text[max(0, start - 160) : start]
    head = _LIST_HEAD.search(before)
    if head is not None and head.group(1) in _PRODUCT_PLURALS:
        return True
    if _LAUNCHED.search(before[-30:]):
        return True
    nxt = after.split(maxsplit=1)[0] if after.strip() else ""
    return after.startswith(" ") and nxt in _PRODUCT_NOUNS


def is_facility(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` names a building or site: it ends in a facility word ("Bus
    Terminal"), a facility noun follows it ("X prison"), or it ends in "House" and the text goes to or from it."""
    words = text[start:end].split()
    if len(words) >= 2 and words[-1] in _FACILITY_HEADS:
        return True
    after = text[end : end + 20]
    nxt = after.split(maxsplit=1)[0] if after.strip() else ""
    if after.startswith(" ") and nxt in _FACILITY_NOUNS:
        return True
    return len(words) >= 2 and words[-1] == "House" and _GOING_TO.search(text[max(0, start - 12) : start]) is not None


def is_settlement(text: str, start: int, end: int) -> bool:
    """Whether the one-word name at ``text[start:end]`` is used as a place: after "in"/"from"/"near"/"to" and
    described as a settlement (", the capital of", ", a camp in") or placed inside another place ("X in Y")."""
    if not _PLACE_PREPS.search(text[max(0, start - 10) : start]):
        return False
    after = text[end : end + 60]
    return _SETTLEMENT_AFTER.match(after) is not None or _IN_PLACE_AFTER.match(after) is not None


def is_position_capital(word: str, text: str, sentence_starts: set[int], start: int) -> bool:
    """Whether ``word`` at ``start`` is an ordinary word capitalised only by its position: it opens a sentence (or
    a quotation there), the article also writes it in lower case, and never capitalised mid-sentence."""
    opening = start in sentence_starts or (start - 1 in sentence_starts and text[start - 1] in "\"“‘'")
    if not opening or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if next(occurrences(word.lower(), text), None) is None:
        return False
    for m in occurrences(word, text):
        at = m.start()
        if at not in sentence_starts and not (at - 1 in sentence_starts and text[at - 1] in "\"“‘'"):
            return False
    return True
