"""What an Arabic word is on its face, once normalised: Arabic script, the article, an adjective's ending, a function
word, a lexicon verb.

Shared by the mention rules (:mod:`workers.lang.ar.mentions`, :mod:`workers.lang.ar.mention_steps`), the document view
the quote and event rules read (:mod:`workers.lang.ar.docview`) and those rules.
"""

from __future__ import annotations

from functools import lru_cache

from workers.lang.ar.lexicon import IMPERFECT, PAST, event_triggers, speech_verbs
from workers.lang.ar.lexicon.words import (
    COMPLEMENTISERS,
    CONJUNCTIONS,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVES,
    TIME_WORDS,
    word_set,
)

# Quotation marks as tokens: what may open and what may close a quoted stretch ("“" closes "„").
OPENING_MARKS = frozenset('"«“„')
CLOSING_MARKS = frozenset('"»”“')
# Function words: no noun phrase starts or runs through them.
STOP_WORDS = PREPOSITIONS | COMPLEMENTISERS | PARTICLES | RELATIVES | PRONOUNS | TIME_WORDS | CONJUNCTIONS
_ARABIC_LETTERS = ("\u0621", "\u064a")

COMMON_ADJECTIVES = word_set(
    "الكبير الكبيرة الصغير الجديد الجديدة القديم الأول الأولى الأخير الأخيرة الثاني السابق السابقة الحالي العام العامة "
    "الخاص الخاصة الرئيسي الأعلى الكبرى الوطني الوطنية الدولي الدولية المحلي الأمني الأمنية العسكري العسكرية"
)


def is_arabic(norm: str) -> bool:
    """Whether a normalised word starts with an Arabic letter."""
    return bool(norm) and _ARABIC_LETTERS[0] <= norm[0] <= _ARABIC_LETTERS[1]


def is_definite(norm: str) -> bool:
    """Whether a normalised word carries the article, also after ل ("للأمم")."""
    return len(norm) >= 4 and (norm.startswith("ال") or norm.startswith("لل"))


# Verbal nouns of doubled verbs with a weak last root letter ("تنمية" from نمّى): they end like a feminine nisba
# but are nouns, which take a genitive ("هيئة [تنمية] البحث") where an adjective would end a name.
_WEAK_VERBAL_NOUNS = word_set(
    "تنمية تسوية تغطية تربية توعية تقوية تعزية تلبية تنقية تحلية تصفية تغذية ترقية توصية تسمية تنحية تزكية تسلية"
    " تعرية تخلية تأدية تولية توفية"
)


def is_weak_verbal_noun(norm: str) -> bool:
    """Whether a word is one of the verbal nouns that end like a nisba ("تنمية", "التسوية"): a noun, never a brand."""
    return (norm[2:] if norm.startswith("ال") else norm) in _WEAK_VERBAL_NOUNS


def is_adjective(norm: str) -> bool:
    """A definite word that reads as an adjective: a nisba ("التركي", "الإسلامية"), a derived participle
    ("المتحدة", "المستقلة") or a common adjective; not a verbal noun that only ends like a nisba ("التنمية")."""
    if is_weak_verbal_noun(norm):
        return False
    bare = norm[2:] if norm.startswith("ال") else norm
    return (
        norm in COMMON_ADJECTIVES
        or bare.endswith(("ي", "يه", "يون", "يين", "يان", "يات"))
        or (bare.startswith(("مت", "مست", "منت")) and len(bare) >= 5)
    )


@lru_cache(maxsize=1 << 16)
def is_verb(norm: str) -> bool:
    """Whether a normalised word is one of the lexicon verbs (event triggers or reporting verbs)."""
    return any(h.pos in (PAST, IMPERFECT) for h in (*event_triggers().lookup(norm), *speech_verbs().lookup(norm)))
