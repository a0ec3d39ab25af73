"""Speakers named by a description: "the mayor", "The UNICEF director", "the head of the Red Crescent", "the group".

News introduces a person once with a role ("Catherine Russell, UNICEF's executive director"; "Mayor Teguh
Prakosa") and later quotes the role alone. A description whose head is a person noun stands for the person the
article introduced with that role, else for the nearest person named before it, skipping people whose role names
another body ("the head of MSF" is not UNICEF's director); when nobody fits before it, the description opens the
story and its person is named in the next sentences. It never stands for the organisation or the place it mentions
("the UNICEF director" is not UNICEF). A description headed by an
organisation noun ("according to the organization") stands for the organisation named just before it.
"""

from __future__ import annotations

import bisect

from workers.doc import Entity
from workers.lang.en.lexicon import word_set
from workers.lang.en.phrases import PUNCT_STOP, TokenView

# Singular nouns for one person that speaks, beyond the title lexicon ("the young professional said").
PERSON_NOUNS = word_set(
    """man woman professional resident farmer worker doctor nurse student teacher expert owner vendor trader mother
    father survivor witness victim villager activist researcher scientist physician patient driver seller
    merchant shopkeeper entrepreneur engineer volunteer organizer organiser campaigner advocate economist politician
    businessman businesswoman"""
)
# People who speak or act on someone else's behalf ("a spokesman for X").
_REPRESENTATIVES = word_set(
    """spokesman spokeswoman spokesperson spokespeople lawyer lawyers attorney attorneys adviser advisers advisor
    advisors aide aides representative representatives"""
)
# Role words that stand for each other ("the U.S. leader" is the president named before).
_SYNONYMS: dict[str, frozenset[str]] = {
    "leader": frozenset(
        {"leader", "president", "premier", "prime", "chancellor", "king", "queen", "emir", "head", "chief"}
    ),
    "head": frozenset({"head", "director", "chief", "chairman", "chairwoman", "chair", "president", "leader"}),
    "chief": frozenset({"chief", "head", "director", "leader", "commander"}),
    "director": frozenset({"director", "head", "chief", "executive"}),
    "official": frozenset({"official", "officer", "spokesman", "spokeswoman", "spokesperson", "minister"}),
    "spokesperson": frozenset({"spokesperson", "spokesman", "spokeswoman"}),
}
ORG_NOUNS = word_set(
    """organization organisation group agency ministry charity company association coalition alliance union
    institute foundation network movement council committee commission party body watchdog firm bank"""
)
# How many tokens around a person's name may hold the role it was introduced with.
_ROLE_WINDOW = 10
# How many sentences after a description its person may be named, when nobody fits before it.
_FORWARD_SENTENCES = 2
# Entity types a role can name as the body a person belongs to ("UNICEF's director", "the U.S. leader").
_BODY_TYPES = frozenset({"ORG", "GPE"})
# Entity types that tie a description to a side: a body, or a nationality ("the Israeli leader" is nobody
# introduced as Turkish).
_SIDE_TYPES = _BODY_TYPES | {"NORP"}


def description_head(view: TokenView, a: int, b: int) -> str | None:
    """The head noun of a description phrase ``[a, b)`` without a name of its own: the word before its first
    "of" ("the head of the Red Crescent"), else its last word outside a mention ("the UNICEF director")."""
    if view.lower[a] in {"a", "an", "one", "another"}:
        return None  # "a State Department press officer" brings in someone new, not someone named before
    named = [False] * (b - a)
    for i in range(a, b):
        m = view.mention(i)
        if m is not None and not m.nominal:
            if m.type == "PERSON":
                return None  # the phrase names its person
            named[i - a] = True
    for i in range(a + 1, b):
        if view.lower[i] == "of" and not named[i - 1 - a]:
            return view.lower[i - 1]
    for i in range(b - 1, a - 1, -1):
        if not named[i - a] and not view.punct[i]:
            return view.lower[i]
    return None


def acts_for_another(view: TokenView, a: int, b: int) -> bool:
    """Whether the phrase ``[a, b)`` names someone by whom they act for: "a spokesman for Prime Minister X", "a
    lawyer for the family", "an adviser to the president" (that person is not X, nor the family)."""
    for i in range(a + 1, b - 1):
        if view.lower[i] in {"for", "to"} and view.lower[i - 1] in _REPRESENTATIVES and view.mention_of[i - 1] < 0:
            return True
    return False


def is_person_noun(word: str, title_heads: frozenset[str]) -> bool:
    """Whether ``word`` names one person by role or description (singular)."""
    return word in title_heads or word in PERSON_NOUNS


def _role_words(view: TokenView, first: int, last: int, lo: int) -> tuple[set[str], set[int]]:
    """Lower-cased words and entity mentions of the role written around a name at tokens ``[first, last)``:
    before it ("UNICEF Executive Director X", "Solo's mayor, X,") and in an appositive after it ("X, the head of")."""
    words: set[str] = set()
    mentions: set[int] = set()
    i = first - 1
    if i >= lo and view.text[i] == ",":
        i -= 1  # "Solo's mayor, X": the role stands before the comma
    while i >= lo and first - i <= _ROLE_WINDOW and view.text[i] not in PUNCT_STOP:
        words.add(view.lower[i])
        if view.mention_of[i] >= 0:
            mentions.add(view.mention_of[i])
        i -= 1
    n = len(view.text)
    if last < n and view.text[last] in {",", "(", "—", "–"}:
        j = last + 1
        while j < n and j - last <= _ROLE_WINDOW and view.text[j] not in PUNCT_STOP:
            words.add(view.lower[j])
            if view.mention_of[j] >= 0:
                mentions.add(view.mention_of[j])
            j += 1
    return words, mentions


def described_person(
    view: TokenView,
    sentences: list[tuple[int, int]],
    head: str,
    phrase: tuple[int, int],
    quoted: list[tuple[int, int]],
    *,
    role_vocab: frozenset[str] = frozenset(),
) -> Entity | None:
    """The person a description with head noun ``head`` at tokens ``phrase`` stands for, named before the
    phrase: one introduced with that role (and, when the description names a body or a place, with it too),
    the most recent first; else, when the description qualifies its head ("the former French foreign minister")
    and ``role_vocab`` (role and nationality words) is given, the person whose own role shares most of its words,
    or the most recent person given any role; else the nearest person named before it, outside quotations."""
    wanted = _SYNONYMS.get(head, frozenset({head}))
    named_ents = {id(e) for i in range(*phrase) if (e := view.entity(i)) is not None}
    bodies = {
        (id(e), e.type == "ORG") for i in range(*phrase) if (e := view.entity(i)) is not None and e.type in _SIDE_TYPES
    }
    owners = _possessors(view, phrase)
    starts = [s for s, _ in sentences]
    best: tuple[int, int, Entity] | None = None  # (matches the body, position, person)
    nearest: Entity | None = None
    people = _people(view, 0, phrase[0], quoted)
    roles = []
    role_mentions: dict[int, set[int]] = {}  # per person: the mentions written in any of their roles
    for first, last, ent in people:
        lo = max((s for s in starts if s <= first), default=0)
        words, mentions = _role_words(view, first, last, lo)
        roles.append((words, mentions))
        role_mentions.setdefault(id(ent), set()).update(mentions)
    for (first, _, ent), (words, mentions) in zip(people, roles, strict=True):
        if _other_body(view, role_mentions[id(ent)], bodies):
            continue  # "the head of MSF" is not the person introduced as UNICEF's director, however named later
        if owners and not owners & _bodies_of(view, role_mentions[id(ent)]):
            continue  # "China's U.N. ambassador" is nobody introduced without China, even another U.N. ambassador
        nearest = ent
        if not words & wanted:
            continue
        body = any(id(view.entity_of_mention.get(x)) in named_ents for x in mentions)
        rank = (int(body), first, ent)
        if best is None or rank[:2] >= best[:2]:
            best = rank
    if best is not None:
        return best[2]
    if role_vocab and nearest is not None:
        chosen = _by_own_role(view, phrase, people, head=head, vocab=role_vocab)
        if chosen is not None:
            return chosen
    if nearest is not None:
        return nearest
    return _introduced_after(view, sentences=sentences, phrase=phrase, quoted=quoted, wanted=wanted, bodies=bodies)


def _own_role(view: TokenView, first: int, last: int, vocab: frozenset[str]) -> set[str]:
    """The role words written right next to a name: the unbroken run of role words and names before it ("Former
    top European Union official X") and the appositive after it (", a former French diplomat,"). Unlike
    ``_role_words``, words of the rest of the sentence ("is considering challenging X") are not the person's."""
    words: set[str] = set()
    i = first - 1
    while i >= 0 and (view.lower[i] in vocab or view.mention_of[i] >= 0 or view.lower[i] in {"'s", "’s"}):
        words.add(view.lower[i])
        i -= 1
    j = last + 1 if last < len(view.text) and view.text[last] == "," else len(view.text)
    if j < len(view.text) and view.lower[j] in {"a", "an", "the"}:
        j += 1
    while j < len(view.text) and (view.lower[j] in vocab or view.mention_of[j] >= 0):
        words.add(view.lower[j])
        j += 1
    return words


def _by_own_role(
    view: TokenView,
    phrase: tuple[int, int],
    people: list[tuple[int, int, Entity]],
    *,
    head: str,
    vocab: frozenset[str],
) -> Entity | None:
    """For a qualified description ("The French politician", "the former foreign minister") with no one
    introduced in its exact role: the person whose own role shares most words with it, the most recent on a tie;
    else the most recent person the text gave any role. None when the description has no qualifying word."""
    qualifiers = {view.lower[i] for i in range(*phrase)} & vocab - {head}
    if not qualifiers:
        return None
    best: tuple[int, int, Entity] | None = None
    latest: Entity | None = None
    for first, last, ent in people:
        own = _own_role(view, first, last, vocab)
        if not own:
            continue
        latest = ent
        shared = len(own & qualifiers)
        if shared and (best is None or (shared, first) >= best[:2]):
            best = (shared, first, ent)
    return best[2] if best is not None else latest


def _people(view: TokenView, a: int, b: int, quoted: list[tuple[int, int]]) -> list[tuple[int, int, Entity]]:
    """Token range and entity of each person named (not by a description) in tokens ``[a, b)``, outside quotations."""
    found: list[tuple[int, int, Entity]] = []
    i = a
    while i < b:
        mi = view.mention_of[i]
        if mi < 0:
            i += 1
            continue
        first, last = view.mention_bounds(i)
        i = last
        ent = view.entity_of_mention.get(mi)
        if ent is None or ent.type != "PERSON" or view.doc.mentions[mi].nominal:
            continue
        if not any(s <= view.starts[first] < e for s, e in quoted):
            found.append((first, last, ent))
    return found


def _possessors(view: TokenView, phrase: tuple[int, int]) -> set[int]:
    """Entities (ids) of the bodies that own a description through a possessive: "China's U.N. ambassador"."""
    owners: set[int] = set()
    for i in range(phrase[0], phrase[1] - 1):
        e = view.entity(i)
        if e is not None and e.type in _BODY_TYPES and view.text[i + 1] in {"'s", "’s"}:
            owners.add(id(e))
    return owners


def _bodies_of(view: TokenView, mentions: set[int]) -> set[int]:
    """Entities (ids) of the organisations and countries among a role's mentions."""
    return {id(e) for x in mentions if (e := view.entity_of_mention.get(x)) is not None and e.type in _BODY_TYPES}


def _other_body(view: TokenView, mentions: set[int], bodies: set[tuple[int, bool]]) -> bool:
    """Whether a person's role names an organisation, country or nationality, none of them the ``bodies`` a
    description names."""
    if not bodies:
        return False
    named = {
        (id(e), e.type == "ORG")
        for x in mentions
        if (e := view.entity_of_mention.get(x)) is not None and e.type in _SIDE_TYPES
    }
    # Organisations are weighed against organisations, countries and nationalities against their kind: "the
    # French politician" may be the one introduced as a "European Union official", not one introduced as Turkish.
    for is_org in (True, False):
        wanted = {i for i, o in bodies if o == is_org}
        have = {i for i, o in named if o == is_org}
        if wanted and have and not have & wanted:
            return True
    return False


def _introduced_after(
    view: TokenView,
    *,
    sentences: list[tuple[int, int]],
    phrase: tuple[int, int],
    quoted: list[tuple[int, int]],
    wanted: frozenset[str],
    bodies: set[tuple[int, bool]],
) -> Entity | None:
    """A description that opens a story before its person is named ("The head of the U.N. children's program said
    ... . Catherine Russell, UNICEF's executive director, told ...") stands for the first person named in the next
    sentences with a role of that kind, else the first whose role does not name another body."""
    starts = [s for s, _ in sentences]
    si = max(0, bisect.bisect_right(starts, phrase[0]) - 1)
    stop = sentences[min(len(sentences) - 1, si + _FORWARD_SENTENCES)][1]
    fallback: Entity | None = None
    for first, last, ent in _people(view, phrase[1], stop, quoted):
        lo = max((s for s in starts if s <= first), default=0)
        words, mentions = _role_words(view, first, last, lo)
        if words & wanted:
            return ent  # the role itself ("UNICEF's executive director"), whatever name it gives the body
        if fallback is None and not _other_body(view, mentions, bodies):
            fallback = ent
    return fallback


def described_group(view: TokenView, before: int, quoted: list[tuple[int, int]]) -> Entity | None:
    """The organisation a description such as "the organization" or "the group" stands for: the one named last
    before token ``before``, outside quotations (the body the article was just describing)."""
    for i in range(min(before, len(view.text)) - 1, -1, -1):
        mi = view.mention_of[i]
        if mi < 0:
            continue
        ent = view.entity_of_mention.get(mi)
        if ent is None or ent.type != "ORG" or any(s <= view.starts[i] < e for s, e in quoted):
            continue
        return ent
    return None
