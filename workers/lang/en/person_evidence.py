"""Whether a one-word name the model calls a person is used as a person, a place or a thing in the article.

spaCy's small model calls many one-word names PERSON: refugee camps ("Dadaab"), events ("Brexit"), products. A
person needs person evidence somewhere in the text (a title before the name, a fuller name with that word, a
common given name, a verb of saying next to it twice, an age or a "who" clause after it); without it, the way the
text uses the word decides: after a preposition of place or before a settlement noun it is a place, after an
article it is a thing. Works on the text alone (plain string scans), so it costs nothing next to the model.
"""

from __future__ import annotations

import re
from collections.abc import Container

from workers.lang.en.lexicon import word_set
from workers.lang.en.name_use import occurrences

# Prepositions after which a bare name is where something is ("in Dadaab", "returned to Kismayo").
_PLACE_PREPS = word_set("in at near into inside outside from to across around throughout")
# Nouns that make the name before them a place ("Dadaab refugee camp", "Kakuma camps", "the Boni area").
_PLACE_NOUNS = word_set(
    """camp camps refugee complex settlement settlements region area district county province town village city valley
    border forest"""
)
# Words before a bare name that make it a thing, not a person ("a Brexit irony", "the Schengen system").
_ARTICLES = word_set("a an the")
# Words right after a person's name that show a person ("X, who", "X, 29,", "X himself").
_AFTER_PERSON = re.compile(r"^(?:,\s+(?:who|whose|\d{1,3},)|\s+(?:himself|herself|his|her)\b)")


def usage(
    word: str,
    text: str,
    *,
    person_words: Container[str],
    given_names: Container[str],
    titles: Container[str],
    speech_forms: Container[str],
) -> str:
    """How the article uses the one-word name ``word``: "person", "place", "thing" or "unknown".

    ``person_words`` are the words of the article's longer person names; ``titles`` lower-case title words and
    honorifics; ``speech_forms`` inflected verbs of saying. Person evidence wins over any other use.
    """
    # Membership only: the lexicon's sets are used as they are, not copied for every name.
    if word in person_words or word in given_names:
        return "person"
    place = thing = False
    speaking = 0
    for m in occurrences(word, text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        after = text[m.end() : m.end() + 30]
        prev_raw = before[-1] if before else ""
        if prev_raw.rstrip("\"”’'").endswith((".", "!", "?")):
            prev_raw = ""  # the word before ends the previous sentence ("... said. Dadaab and ...")
        nxt_raw = after.split()[0] if after.split() else ""
        prev = prev_raw.lower().strip(",.;:\"“”'‘’([")
        nxt = nxt_raw.lower().strip(",.;:\"“”'‘’)]")
        # A title is a person's when written as one ("Minister X", "analyst X said"), not when the name only
        # qualifies a role noun after it ("the chief Brexit negotiator").
        titled = prev in titles and (prev_raw[:1].isupper() or not nxt_raw[:1].islower() or nxt in speech_forms)
        if titled or _AFTER_PERSON.match(after):
            return "person"
        if nxt in speech_forms or (prev in speech_forms and not after.startswith("'")):
            speaking += 1  # once may be a place or a group in a list ("residents of X and Y say"), twice a person
            if speaking >= 2:
                return "person"
        if prev in _PLACE_PREPS or nxt in _PLACE_NOUNS:
            place = True
        elif prev in _ARTICLES:
            thing = True
    if place:
        return "place"
    return "thing" if thing else "unknown"


# Lower-case words that continue a person's name when a capitalised surname follows ("Ursula von der Leyen").
NAME_PARTICLES = word_set("von van der den de del della da di du dos le la bin ibn al el ter ten")


def particle_tail(text: str, end: int) -> int:
    """Where a name that ends with name particles ("Ursula von der") really ends: after the capitalised word that
    follows them ("Leyen"). ``end`` itself when the name does not end with a particle or no such word follows."""
    words = text[:end].split()
    if not words or words[-1].lower() not in NAME_PARTICLES:
        return end
    m = re.match(r"\s([A-Z][\w'’-]*)", text[end:])
    return end + m.end() if m else end
