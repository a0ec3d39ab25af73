"""Event roles from an English dependency parse: sources, targets, their phrases, and the event's place.

The small model's parses are good at subjects and objects and shakier at prepositional attachment, so target
finding goes through candidates in order of reliability (object; with/against/to/on phrase of the verb; phrase of
the object; the clause a demand is about; the verb a promise embeds) and keeps the first that names an actor (a
name, a nationality, or a noun such as "rebels" or "government"). If nothing names an actor, the place the event
happened in is its target, as PLOVER coders do ("lifted the curfew in Montenegro").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Token as SpacyToken

from workers.doc import Doc, Span
from workers.lang.en.analysis import Parse
from workers.lang.en.lexicon import word_set

SUBJECTS = frozenset({"nsubj", "csubj"})
TARGET_PREPS = frozenset({"with", "against", "to", "on", "at", "upon", "into", "toward", "towards", "from", "over"})
LOCATION_PREPS = frozenset({"in", "at", "near", "across", "throughout", "inside"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_ACTOR_MENTION_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_NOT_ACTORS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


# What a pronoun may stand for when its antecedent is in an earlier sentence.
_ANTECEDENT_TYPES = {"it": {"ORG", "GPE"}, "its": {"ORG", "GPE"}}


def is_pronoun(tok: SpacyToken) -> bool:
    """A personal pronoun (not "US", which is a country)."""
    return tok.lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS and not (tok.text.isupper() and len(tok.text) > 1)


_PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers"})
_GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "theirs", "we", "our", "us"})
# Common nouns that name actors in news ("rebels", "the government").
ACTOR_NOUNS = word_set(
    """people civilians refugees migrants protesters demonstrators students workers teachers soldiers troops forces
    army police rebels militants insurgents guerrillas fighters militia militiamen government authorities officials
    leaders members inspectors peacekeepers journalists reporters prisoners detainees hostages children women men
    villagers residents citizens nationals parliament cabinet ministry administration regime opposition party
    parties union unions court group groups coalition movement supporters activists officers commanders
    negotiators diplomats ambassador envoy president minister candidates voters farmers settlers miners pilots
    crew sailors captives suspects bombers gunmen attackers doctors nurses staff observers monitors mediator"""
)
# Quantities whose "of" phrase names the actors ("tens of thousands of students", "a group of refugees").
_QUANTITIES = word_set(
    """tens hundreds thousands dozens scores millions number group groups some many most several all one two three
    four five six seven eight nine ten part members hundred thousand dozen majority rest lot third half"""
)
# Verbs whose object noun names the event their subject carries out ("launched an attack", "held talks").
LIGHT_VERBS = word_set(
    """launch launched launches launching carry carried carries carrying stage staged stages staging hold held holds
    holding conduct conducted conducts make made makes issue issued issues lodge lodged lodges file filed mount
    mounted begin began begun start started resume resumed continue continued announce announced order ordered
    impose imposed imposes slap slapped reach reached sign signed offer offered open opened opens opening"""
)
# Documents that stand for their authors ("issued a declaration demanding ...").
_DOCUMENTS = word_set("declaration statement letter report resolution communique appeal petition decree")
_TIME_PREPS = frozenset({"after", "before", "during", "since", "despite", "amid", "following", "until", "on"})
_SPAN_STOP_DEPS = frozenset({"conj", "cc", "relcl", "advcl", "punct"})


def children(tok: SpacyToken, deps: Iterable[str]) -> list[SpacyToken]:
    """Children of ``tok`` with one of the dependency labels ``deps``."""
    wanted = set(deps)
    return [c for c in tok.children if c.dep_ in wanted]


def prep_object(prep: SpacyToken) -> SpacyToken | None:
    """The object of a preposition; when the parser left it without one ("granted asylum to [officers holed up]"),
    the head of the first noun phrase after it."""
    for child in prep.children:
        if child.dep_ == "pobj":
            return child
    doc = prep.doc
    for t in doc[prep.i + 1 : min(len(doc), prep.i + 8)]:
        if t.tag_.startswith(("NN", "PRP")):
            head = t
            while head.head.i > head.i and head.dep_ in {"compound", "amod", "nummod", "nmod"}:
                if not head.head.tag_.startswith("NN"):
                    break
                head = head.head
            return head
        if t.is_punct:
            break
    return None


def pobjs(tok: SpacyToken, preps: frozenset[str]) -> list[SpacyToken]:
    """Objects (with their conjuncts) of the prepositions ``preps`` that depend on ``tok``."""
    out: list[SpacyToken] = []
    for prep in tok.children:
        if prep.dep_ in {"prep", "dative", "agent"} and prep.lower_ in preps:
            obj = prep_object(prep)
            if obj is not None:
                out.append(obj)
                out.extend(obj.conjuncts)
    return out


def objects(tok: SpacyToken) -> list[SpacyToken]:
    """Direct objects of a verb (with their conjuncts), or its passive subject."""
    objs = children(tok, ("dobj", "nsubjpass", "attr", "oprd"))
    for o in list(objs):
        objs.extend(o.conjuncts)
    return objs


def subject(tok: SpacyToken) -> list[SpacyToken]:
    """The subject of a verb, inherited along xcomp/conj/participle links, relative pronouns resolved."""
    for _ in range(6):
        subj = children(tok, SUBJECTS)
        if subj:
            s = subj[0]
            if s.lower_ in _RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                s = tok.head
            return [s, *s.conjuncts]
        agent = pobjs(tok, frozenset({"by"})) if children(tok, ("auxpass",)) else []
        if agent:
            return agent
        if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBG"):
            head = tok.head
            if head.lower_ in _DOCUMENTS and head.dep_ in {"dobj", "attr"}:
                return subject(head.head)  # "issued a declaration demanding": the issuer demands
            return [head]
        if tok.dep_ == "conj":
            shared = children(tok.head, ("nsubjpass",))
            if shared:
                return [shared[0], *shared[0].conjuncts]
        if tok.dep_ in {"xcomp", "conj", "advcl", "acomp"} or (tok.dep_ == "ccomp" and tok.tag_ == "VBG"):
            tok = tok.head
            continue
        return []
    return []


def noun_subject(noun: SpacyToken) -> list[SpacyToken]:
    """Who did what an event noun names: "Russia's attack", "attack by rebels", "Israeli airstrikes", or the
    subject of the verb the noun is the object of ("launched 10 days of war games")."""
    head = noun.head if noun.dep_ == "compound" else noun
    found = children(head, ("poss",)) + pobjs(head, frozenset({"by"}))
    if found:
        return found
    found = [c for c in children(head, ("amod", "compound", "nmod")) if c.ent_type_ in {"NORP", "GPE", "ORG"}]
    if found:
        return found
    climb = head
    for _ in range(3):
        if climb.dep_ == "pobj" and climb.head.dep_ == "prep" and climb.head.lower_ in {"of", "for"}:
            climb = climb.head.head
            continue
        break
    if climb.dep_ in {"dobj", "attr"} and climb.head.lower_ in LIGHT_VERBS:
        return subject(climb.head)
    return []


def _quantity_free(tok: SpacyToken) -> SpacyToken:
    """A quantity gives way to what it counts ("thousands of students" -> students)."""
    for _ in range(3):
        if tok.lower_ not in _QUANTITIES:
            break
        of = pobjs(tok, frozenset({"of"}))
        if not of:
            break
        tok = of[0]
    return tok


def clean_actors(tokens: Iterable[SpacyToken]) -> list[SpacyToken]:
    """Actor heads without dates, amounts, relative pronouns and repeats; quantities replaced by what they count."""
    out: list[SpacyToken] = []
    for given in tokens:
        tok = _quantity_free(given)
        if tok.lower_ in _RELATIVE_PRONOUNS or tok.is_punct or tok.ent_type_ in _NOT_ACTORS:
            continue
        if all(tok.i != o.i for o in out):
            out.append(tok)
    return out


class RoleSpans:
    """Turns actor tokens of a parsed sentence into article spans, resolving pronouns to their antecedents."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._starts = [m.start for m in doc.mentions]
        self._quoted = [(q.start, q.end) for q in doc.quotes if q.kind == "direct"]
        self._entity_of: dict[int, str] = {}
        position = {id(m): i for i, m in enumerate(doc.mentions)}
        for ent in doc.entities:
            for m in ent.mentions:
                where = position.get(id(m))
                if where is not None:
                    self._entity_of[where] = ent.id

    def mention_in(self, start: int, end: int) -> bool:
        """Whether an actor-type mention lies within ``[start, end)`` or covers its end."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._starts) and self._starts[i] < end:
            if self.doc.mentions[i].type in _ACTOR_MENTION_TYPES:
                return True
            i += 1
        return False

    def names_actor(self, parse: Parse, tok: SpacyToken) -> bool:
        """Whether the whole phrase of ``tok`` mentions an actor anywhere ("villages near Macedonia's border")."""
        span = self.phrase(parse, tok)
        return self.mention_in(span.start, span.end)

    def is_actor(self, parse: Parse, tok: SpacyToken) -> bool:
        """Whether ``tok`` heads a phrase that names an actor: an actor noun ("rebels"), a name, or a name or
        nationality before it ("Israeli soldiers"); a name after it does not count ("relations with Russia")."""
        if is_pronoun(tok) or tok.lower_ in ACTOR_NOUNS:
            return True
        if self.mention_in(parse.start(tok.left_edge), parse.end(tok)):
            return True
        # "the town of Gorazde", "the republic of Nakhichevan": the name is in the "of" phrase.
        return any(self.mention_in(parse.start(c), parse.end(c.right_edge)) for c in tok.children if c.lower_ == "of")

    def phrase(self, parse: Parse, head: SpacyToken) -> Span:
        """The phrase an actor head stands for: its modifiers, its "of"/"in"/"from" phrases and an appositive
        ("Kenzo Oshima, the UN relief coordinator"), not its coordinated partners, clauses or time phrases."""
        left, right = head.left_edge.i, head.i
        for child in head.rights:
            if child.dep_ in _SPAN_STOP_DEPS and child.dep_ != "punct":
                break
            if child.dep_ == "punct":
                continue
            if child.dep_ == "appos" and child.left_edge.i > right + 2:
                break  # an appositive far from its head is a misparse ("Serbia ..., the scene of ...")
            if child.dep_ == "prep" and (
                child.lower_ in _TIME_PREPS or any(g.ent_type_ in {"DATE", "TIME"} for g in child.subtree)
            ):
                break
            right = max(right, child.right_edge.i)
        sdoc = parse.doc
        while left < head.i and (sdoc[left].is_punct or sdoc[left].dep_ in {"cc", "preconj"}):
            left += 1
        while right > head.i and sdoc[right].is_punct:
            right -= 1
        start, end = parse.start(sdoc[left]), parse.end(sdoc[right])
        return Span(start, end, self.doc.text[start:end])

    def spans(self, parse: Parse, tokens: Iterable[SpacyToken]) -> list[Span]:
        """Article spans for actor tokens; a pronoun becomes its antecedent (and stays itself when it has none)."""
        out: list[Span] = []
        for tok in tokens:
            span = self._antecedent(parse, tok) if is_pronoun(tok) else None
            span = span or self.phrase(parse, tok)
            if all((s.start, s.end) != (span.start, span.end) for s in out):
                out.append(span)
        return out

    def _antecedent(self, parse: Parse, pronoun: SpacyToken) -> Span | None:
        """What a pronoun stands for: the subject of a clause it is embedded in ("Hungary said it will ..."; an
        object pronoun never means the subject of its own clause: "gunmen stormed it"), else the nearest earlier
        mention of a fitting type in the last two sentences (a person for he/she, an organisation or country for
        it, an organisation for they)."""
        person = pronoun.lower_ in _PERSON_PRONOUNS
        own_clause = pronoun.dep_ not in {"poss", *SUBJECTS, "nsubjpass"}
        node = pronoun
        for _ in range(8):
            if node.head is node:
                break
            node = node.head
            if own_clause and node.tag_.startswith("VB"):
                own_clause = False
                continue
            for subj in children(node, (*SUBJECTS, "nsubjpass")):
                if subj.i >= pronoun.i or is_pronoun(subj) or subj.lower_ in _RELATIVE_PRONOUNS:
                    continue
                span = self.phrase(parse, subj)
                is_person = self._first_mention_type(span.start, span.end) == "PERSON"
                if person == is_person or (not person and subj.tag_ in {"NNS", "NNPS"}):
                    return span
        before = parse.start(pronoun)
        if any(start <= before < end for start, end in self._quoted):
            return None  # inside a quotation "they" and "it" belong to the speaker's world, not the article's
        wanted = _ANTECEDENT_TYPES.get(pronoun.lower_, {"PERSON"} if person else {"ORG"})
        sentence = self.doc.sentence_at(before)
        earliest = self._window_start(sentence.start if sentence else before)
        i = bisect.bisect_left(self._starts, before) - 1
        while i >= 0 and self.doc.mentions[i].start >= earliest:
            m = self.doc.mentions[i]
            if m.type in wanted and m.end <= before and not m.nominal:
                return Span(m.start, m.end, m.text, self._entity_of.get(i))
            i -= 1
        return None

    def _window_start(self, sentence_start: int) -> int:
        """Start of the sentence before the one starting at ``sentence_start`` (pronouns look back that far)."""
        previous = self.doc.sentence_at(sentence_start - 2) if sentence_start >= 2 else None
        return previous.start if previous is not None else 0

    def _first_mention_type(self, start: int, end: int) -> str | None:
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._starts) and self._starts[i] < end:
            return self.doc.mentions[i].type
        return None


def location(doc: Doc, parse: Parse, trigger: SpacyToken) -> Span | None:
    """A place in an "in"/"at"/"near" phrase of the trigger (or of the word the trigger depends on)."""
    for tok in (trigger, trigger.head):
        for obj in pobjs(tok, LOCATION_PREPS):
            place = obj if obj.ent_type_ in _PLACE_TYPES else None
            if place is None:
                place = next((t for t in obj.subtree if t.ent_type_ in _PLACE_TYPES), None)
            if place is not None:
                ents = [e for e in parse.doc.ents if e.start <= place.i < e.end]
                a, b = (ents[0].start, ents[0].end) if ents else (place.i, place.i + 1)
                start, end = parse.start(parse.doc[a]), parse.end(parse.doc[b - 1])
                return Span(start, end, doc.text[start:end])
    return None
