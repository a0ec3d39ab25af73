"""Which people of an article are men and which are women, from what the article itself says.

"He said" after a quote by a woman is not hers. The evidence, strongest first: an honorific or a gendered role
written with the name ("Mrs. Ochieng", "the spokeswoman"), and the first he/she/his/her that follows a name in its
own sentence, or that opens the next sentence when the name was the only person in its own ("Joao Pinto is the
former director. He says ..."). Only text outside quotations counts: inside a quotation a pronoun is the speaker's.
A common given name ("Catherine") is a last resort, used only for a person the text says nothing about. A person
with no evidence, or with as much for one gender as for the other, has no gender (any pronoun fits).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from workers.lang.en.lexicon import word_set
from workers.lang.en.phrases import PUNCT_STOP, TokenView

MALE = "m"
FEMALE = "f"

PRONOUN_GENDER: dict[str, str] = {
    "he": MALE,
    "him": MALE,
    "his": MALE,
    "himself": MALE,
    "she": FEMALE,
    "her": FEMALE,
    "hers": FEMALE,
    "herself": FEMALE,
}
_HONORIFIC_GENDER: dict[str, str] = {
    "mr": MALE,
    "mr.": MALE,
    "sir": MALE,
    "lord": MALE,
    "mrs": FEMALE,
    "mrs.": FEMALE,
    "ms": FEMALE,
    "ms.": FEMALE,
    "miss": FEMALE,
    "madam": FEMALE,
    "dame": FEMALE,
    "lady": FEMALE,
}
_MALE_ROLES = word_set(
    """spokesman chairman businessman congressman councilman policeman fireman sportsman father husband son brother
    grandfather uncle nephew king prince emperor actor widower boyfriend"""
)
_FEMALE_ROLES = word_set(
    """spokeswoman chairwoman businesswoman congresswoman councilwoman policewoman sportswoman mother wife daughter
    sister grandmother aunt niece queen princess empress actress widow girlfriend"""
)
# How many tokens around a name may hold a role written with it ("Amina Yusuf, the group's spokeswoman,").
_ROLE_WINDOW = 8
# Evidence weights: a title or role is explicit, a following pronoun usually but not always refers to the name.
_TITLE_WEIGHT = 3
_PRONOUN_WEIGHT = 1


def _role_gender(word: str) -> str | None:
    if word in _MALE_ROLES:
        return MALE
    if word in _FEMALE_ROLES:
        return FEMALE
    return None


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


class GenderEvidence:
    """Votes for the gender of each person entity (by entity id) of one article."""

    def __init__(self) -> None:
        self._votes: dict[str, Counter[str]] = {}
        self._hints: dict[str, str] = {}  # from a known given name: used only when there is no other evidence

    def add(self, entity_id: str, gender: str, weight: int) -> None:
        """Count ``weight`` votes for ``gender`` for the entity ``entity_id``."""
        self._votes.setdefault(entity_id, Counter())[gender] += weight

    def hint(self, entity_id: str, gender: str) -> None:
        """A weak clue (a given name): decides only for an entity the text gives no evidence about."""
        self._hints.setdefault(entity_id, gender)

    def of(self, entity_id: str | None) -> str | None:
        """The entity's gender when the evidence for it outweighs the evidence against (or, with no evidence, the
        given-name hint), else None."""
        if entity_id is None:
            return None
        votes = self._votes.get(entity_id)
        if not votes:
            return self._hints.get(entity_id)
        male, female = votes[MALE], votes[FEMALE]
        if male == female:
            return None
        return MALE if male > female else FEMALE

    def fits(self, entity_id: str | None, gender: str) -> bool:
        """Whether a pronoun of ``gender`` may stand for the entity (true when its gender is unknown)."""
        known = self.of(entity_id)
        return known is None or known == gender


def gather_evidence(
    view: TokenView,
    sentences: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    given_names: Mapping[str, str],
) -> GenderEvidence:
    """Gender evidence for every person the article names, outside the character ranges ``quoted``; a full name
    whose first word is in ``given_names`` gives a hint."""
    evidence = GenderEvidence()
    n = len(view.text)
    for si, (lo, hi) in enumerate(sentences):
        people: list[tuple[int, int, str]] = []  # token range and entity id of each person named here
        i = lo
        while i < hi:
            ent = view.entity(i)
            mention = view.mention(i)
            if ent is None or mention is None or ent.type != "PERSON" or mention.nominal:
                i += 1
                continue
            a, b = view.mention_bounds(i)
            i = b
            if not _inside(view.starts[a], quoted):
                people.append((a, min(b, hi), ent.id))
        for k, (a, b, eid) in enumerate(people):
            if b - a > 1 and view.text[a] in given_names:
                evidence.hint(eid, given_names[view.text[a]])
            _titles(view, (a, b), (lo, hi), eid, evidence)
            stop = people[k + 1][0] if k + 1 < len(people) else hi
            found = first_pronoun(view, b, stop, quoted)
            if found is not None:
                evidence.add(eid, found, _PRONOUN_WEIGHT)
            elif len({p[2] for p in people}) == 1 and k == len(people) - 1 and si + 1 < len(sentences):
                nxt = sentences[si + 1][0]
                if nxt < n and view.text[nxt] in {"He", "She"} and not _inside(view.starts[nxt], quoted):
                    evidence.add(eid, PRONOUN_GENDER[view.lower[nxt]], _PRONOUN_WEIGHT)
    return evidence


def _titles(
    view: TokenView, name: tuple[int, int], sentence: tuple[int, int], eid: str, evidence: GenderEvidence
) -> None:
    """Honorifics and gendered roles written just before a name (tokens ``name``) or in an appositive after it."""
    (a, b), (lo, hi) = name, sentence
    if a > lo:
        honorific = _HONORIFIC_GENDER.get(view.lower[a - 1])
        if honorific is not None:
            evidence.add(eid, honorific, _TITLE_WEIGHT)
            return
    words: list[str] = []
    j = a - 1
    while j >= lo and a - j <= 3 and view.text[j] not in PUNCT_STOP:
        words.append(view.lower[j])
        j -= 1
    if b < hi and view.text[b] == ",":
        j = b + 1
        while j < hi and j - b <= _ROLE_WINDOW and view.text[j] not in PUNCT_STOP:
            words.append(view.lower[j])
            j += 1
    for word in words:
        gender = _role_gender(word)
        if gender is not None:
            evidence.add(eid, gender, _TITLE_WEIGHT)
            return


def first_pronoun(view: TokenView, a: int, b: int, quoted: list[tuple[int, int]]) -> str | None:
    """The gender of the first third-person pronoun in tokens ``[a, b)`` outside quotations, if any."""
    for t in range(a, b):
        gender = PRONOUN_GENDER.get(view.lower[t])
        if gender is not None and not _inside(view.starts[t], quoted):
            return gender
    return None
