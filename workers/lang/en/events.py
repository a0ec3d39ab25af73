"""PLOVER 2.0 events from English dependency parses: who did what to whom, with status, mode and context.

A trigger word from ``lexicon/events.tsv`` (a verb, a predicate adjective or an event noun) that meets its
conditions ("impose" + "sanctions", "call" + "for") starts an event. Roles come from the parse: the subject is the
source and the object (or the object of with/against/to/on) the target; in the passive the subject is the target
and the "by" phrase the source. Reported events ("X attacked Y, an official said") are the embedded verb's, not
"said". Status: a negated verb is "negated"; "will", "plans to" make it "future"; "could", "may", "if" make it
"hypothetical". As in PLOVER, a stated intention is coded as the statement: a promised cooperative act is AGREE,
a hostile one THREATEN ("will impose sanctions" is a threat); "will not accept" is REJECT.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token as SpacyToken

from workers.doc import Doc, Event, Span
from workers.lang.en.analysis import Analysis, Parse
from workers.lang.en.lexicon import Lexicon, Trigger, singulars, word_set
from workers.lang.en.roles import (
    LIGHT_VERBS,
    SUBJECTS,
    TARGET_PREPS,
    RoleSpans,
    children,
    clean_actors,
    location,
    noun_subject,
    objects,
    pobjs,
    subject,
)
from workers.plover import is_context, is_valid

_COOPERATIVE = frozenset({"AID", "COOPERATE", "CONSULT", "RETREAT", "CONCEDE", "SUPPORT"})
_HOSTILE = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})
_VERBAL_COOPERATION = frozenset({"AGREE", "SUPPORT", "CONSULT", "CONCEDE", "COOPERATE", "AID"})
# What a threatened act makes the THREATEN mode.
_THREAT_MODES = {
    ("COERCE", "ban"): "ban",
    ("COERCE", "arrest"): "arrest",
    ("COERCE", "deport"): "expel",
    ("SANCTION", "expel"): "expel",
    ("ASSAULT", None): "violence",
    ("MOBILIZE", None): "violence",
    ("SANCTION", "discontinue"): "relations",
    ("SANCTION", "withdraw"): "relations",
    ("SANCTION", None): "restrict",
    ("PROTEST", None): "relations",
    ("COERCE", None): "restrict",
}
_VERB_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "parataxis", "csubj"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_MODAL_AUX = frozenset({"could", "may", "might", "can", "should", "would", "ca"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Verbs whose infinitive complement has not happened yet ("plans to withdraw").
_FUTURE_GOVERNORS = word_set(
    """plan plans planned planning intend intends intended aim aims aimed prepare prepares prepared preparing decide
    decides decided expect expects expected set schedule scheduled want wants wanted seek seeks sought hope hopes
    hoped vow vows vowed pledge pledged promise promised swear swore sworn threaten threatens threatened going
    agree agreed agrees offer offered offers ready willing prepared poised likely able"""
)
# Keywords that suggest the general PLOVER context of a sentence.
_CONTEXT_WORDS: dict[str, frozenset[str]] = {
    "military": word_set("military troops army soldiers forces armed navy warships missile missiles tanks artillery"),
    "terrorism": word_set("terror terrorist terrorists terrorism militant militants jihadist bomber insurgents"),
    "economic": word_set("trade economic economy tariff tariffs sanctions loan debt exports imports investment"),
    "diplomatic": word_set("diplomatic diplomats ambassador embassy ties relations talks envoy summit"),
    "legal": word_set("court judge trial law prosecutor prosecutors charges lawyer verdict sentenced indicted"),
    "election": word_set("election elections vote voting ballot ballots candidates polls electoral"),
    "humanitarian": word_set("humanitarian food aid relief famine starvation medical"),
    "migration": word_set("refugee refugees migrants migrant asylum deported deportation displaced"),
    "human_rights": word_set("rights torture abuses detainees"),
    "rights_freedoms": word_set("freedom journalist journalists press censorship media speech"),
    "cbrn": word_set("nuclear chemical biological radiological uranium"),
    "cyber": word_set("cyber hackers hacking hacked websites"),
    "corruption": word_set("corruption bribery embezzlement kickbacks graft"),
    "crime": word_set("crime criminal gang gangs murder police"),
    "illegal_drugs": word_set("drug drugs fentanyl cocaine heroin narcotics trafficking"),
    "religion_ethnicity": word_set("ethnic religious sectarian muslim muslims christian christians islamic"),
    "resource": word_set("oil gas water electricity mining fisheries minerals energy"),
    "disease": word_set("virus epidemic pandemic outbreak mpox covid cholera ebola"),
    "enviro_disaster": word_set("earthquake flood floods cyclone drought wildfire hurricane"),
    "peacekeeping": word_set("peacekeeping peacekeepers peacekeeper"),
    "intelligence": word_set("intelligence spy spies espionage"),
    "legislative": word_set("parliament congress lawmakers senate legislature legislators"),
}
# Mode cues per type when the trigger itself gives none.
_MODE_WORDS: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "ASSAULT": (
        ("suicide-attack", word_set("suicide")),
        ("drone", word_set("drone drones")),
        ("aerial", word_set("airstrike airstrikes aircraft warplanes helicopters jets aerial")),
        ("explosives", word_set("bomb bombs bombing explosive explosives ied mine minefield blast explosion")),
        ("heavy-weapons", word_set("artillery shelling shelled mortar mortars rocket rockets tanks missiles")),
        ("firearms", word_set("gunfire gunmen gunbattle shot shooting fire rifles guns")),
        ("primitive", word_set("machete machetes knife knives stabbed")),
    ),
    "PROTEST": (
        ("hunger", word_set("hunger")),
        ("strike", word_set("strike strikes walkout")),
        ("obstruct", word_set("blocked blocking blockade barricades")),
        ("riot", word_set("riot riots rioted rioting")),
        ("boycott", word_set("boycott boycotted")),
    ),
    "AID": (
        ("humanitarian", word_set("humanitarian food medical medicine relief refugees shelter")),
        ("military", word_set("weapons arms military missiles ammunition")),
        ("economic", word_set("loan loans economic funds financial money")),
        ("asylum", word_set("asylum")),
    ),
    "MOBILIZE": (
        ("weapons", word_set("weapons missiles shelling artillery")),
        ("police", word_set("police")),
        ("militia", word_set("militia militias")),
    ),
}


# Types whose object, when it names no actor, is still what the event was done to ("stormed the hotel").
_MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE"})
# Types whose object is the thing given and whose "to" phrase is the actor it goes to.
_GIVING = frozenset({"AID", "AGREE", "SUPPORT"})
# Verbs that make a "to" clause a promise (AGREE) unless what is promised is hostile (then a threat).
_PROMISE_TYPES = frozenset({"AGREE"})
# Nouns that an event noun may modify and still name the event ("a mediation effort", "a rescue operation").
_EVENT_HEADS = word_set("effort efforts operation operations campaign mission process initiative programme program")
_CAPITALISED_NOT_TRIGGERS = frozenset({"March", "May"})


@dataclass(slots=True)
class _Found:
    type: str
    mode: str | None
    trigger: SpacyToken
    sources: list[SpacyToken]
    targets: list[list[SpacyToken]]  # candidate groups, most reliable first
    status: str
    confidence: float
    conditional: bool = False  # an "unless"/"if" clause hangs on it
    conditioned: bool = False  # the trigger needed an object condition ("impose" + "sanctions")


class EventFinder:
    """Finds PLOVER events in parsed English sentences; built once per pack."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._speech = frozenset(lexicon.speech_forms)

    # ---- which sentences to parse --------------------------------------------------------------------------

    def worth_parsing(self, words: list[str]) -> bool:
        """Whether a sentence (its lower-cased words) can hold an event: a trigger whose conditions its words could
        meet, or a speech verb reporting a demand ("said X must ...")."""
        if "must" in words and any(w in self._speech for w in words):
            return True
        for i, w in enumerate(words):
            for trigger in self.lexicon.verb_triggers.get(w, ()) + self.lexicon.noun_triggers.get(w, ()):
                if self._plausible(trigger, words, i):
                    return True
        return False

    @staticmethod
    def _plausible(trigger: Trigger, words: list[str], i: int) -> bool:
        near = words[max(0, i - 8) : i] + words[i + 1 : i + 14]
        if trigger.obj and not any(s in trigger.obj for w in near for s in singulars(w)):
            return False
        if trigger.prt and not any(w in trigger.prt for w in words[i + 1 : i + 6]):
            return False
        if trigger.prep and not any(w in trigger.prep for w in words[i + 1 : i + 11]):
            return False
        if trigger.mod and not any(w in trigger.mod for w in words[max(0, i - 3) : i]):
            return False
        parts = trigger.lemma.split()
        return len(parts) == 1 or words[max(0, i - len(parts) + 1) : i] == parts[:-1]

    # ---- extraction ---------------------------------------------------------------------------------------

    def find(self, doc: Doc, analysis: Analysis) -> list[Event]:
        """Events of every parsed sentence of ``doc``."""
        spans = RoleSpans(doc)
        events: list[Event] = []
        for parse in analysis.parses:
            events.extend(self._sentence_events(doc, parse, spans))
        return events

    def _match(self, tok: SpacyToken) -> Trigger | None:
        """The most specific lexicon trigger that ``tok`` realises in its sentence, if any."""
        if tok.ent_type_ not in {"", "NORP"} or tok.text in _CAPITALISED_NOT_TRIGGERS:
            return None
        low = tok.lower_
        candidates: list[Trigger] = []
        if _is_verbal(tok) or tok.tag_ in {"JJ", "VBN"}:
            candidates.extend(t for t in self.lexicon.verb_triggers.get(low, ()) if self._holds(t, tok))
        nominal = tok.tag_.startswith("NN") or (tok.tag_ == "" and not _is_verbal(tok))
        if nominal and (tok.dep_ != "compound" or tok.head.lower_ in _EVENT_HEADS):
            candidates.extend(t for t in self.lexicon.noun_triggers.get(low, ()) if self._holds(t, tok))
        if not candidates:
            return None
        # The most specific reading wins: an object condition, then other conditions, then longer phrases.
        return max(candidates, key=_specificity)

    def _holds(self, trigger: Trigger, tok: SpacyToken) -> bool:
        if trigger.pos == "v" and not _is_verbal(tok):
            return False
        if trigger.pos == "a" and not (tok.tag_ in {"JJ", "VBN"} and children(tok, ("xcomp",))):
            return False
        if trigger.pos == "n" and _is_verbal(tok) and tok.tag_ != "VBG":
            return False
        if trigger.obj is not None and not _object_words(tok) & trigger.obj:
            return False
        if trigger.prt is not None and not any(c.lower_ in trigger.prt for c in children(tok, ("prt", "advmod"))):
            return False
        if trigger.prep is not None and not any(
            c.lower_ in trigger.prep and not _is_time_phrase(c) for c in children(tok, ("prep", "dative", "agent"))
        ):
            return False
        if trigger.mod is not None and not any(
            c.lower_ in trigger.mod for c in children(tok, ("compound", "amod", "nmod", "poss"))
        ):
            return False
        parts = trigger.lemma.split()
        if len(parts) > 1:
            prev = [t.lower_ for t in tok.doc[max(0, tok.i - len(parts) + 1) : tok.i]]
            if prev != parts[:-1]:
                return False
        return True

    def _sentence_events(self, doc: Doc, parse: Parse, spans: RoleSpans) -> list[Event]:
        sdoc = parse.doc
        found: dict[int, _Found] = {}
        for tok in sdoc:
            trigger = self._match(tok)
            if trigger is not None:
                found[tok.i] = self._event(tok, trigger)
        self._demands(sdoc, found)
        self._fold_embedded(found)
        # A noun event that depends on a verb event is that event or its manner ("imposed sanctions", "the attack
        # killed", "killed in a gunbattle").
        for i, f in list(found.items()):
            if not f.trigger.tag_.startswith("NN"):
                continue
            head = f.trigger.head
            if head.dep_ == "prep":
                head = head.head
            if head.i in found and head.i != i and (head is f.trigger.head or found[head.i].type == f.type):
                del found[i]
        words = {t.lower_ for t in sdoc}
        return [self._to_event(doc, parse, spans, f, words) for f in found.values()]

    def _event(self, tok: SpacyToken, trigger: Trigger) -> _Found:
        if trigger.pos == "n":
            sources = noun_subject(tok)
            targets = self._noun_targets(tok)
        else:
            sources, targets = self._verb_roles(tok, trigger)
        status, conditional = self._status(tok)
        if (
            trigger.type == "RETREAT"
            and trigger.mode in {"withdraw", "disarm", "resign"}
            and children(tok, ("nsubjpass",))
        ):
            # "guerrillas have been demobilized": who withdraws, disarms or resigns is the one the verb is about.
            sources = children(tok, ("nsubjpass",))
            targets = []
        confidence = 0.45 + 0.15 * bool(sources) + 0.15 * any(targets) + 0.1 * (trigger.pos != "n")
        return _Found(
            trigger.type, trigger.mode, tok, sources, targets, status, confidence, conditional, trigger.obj is not None
        )

    # ---- roles --------------------------------------------------------------------------------------------

    def _verb_roles(self, tok: SpacyToken, trigger: Trigger) -> tuple[list[SpacyToken], list[list[SpacyToken]]]:
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            # "forces backed by Djiboutian soldiers": the noun is what was done to, "by" names who did it.
            return pobjs(tok, frozenset({"by"})), [[tok.head]]
        if children(tok, ("auxpass", "nsubjpass")):
            targets = children(tok, ("nsubjpass",))
            targets += [c for t in list(targets) for c in t.conjuncts]
            return pobjs(tok, frozenset({"by"})), [targets]
        sources = subject(tok)
        # An object that is the trigger's own condition ("imposed sanctions") is kept only if it names an actor
        # ("expel the inspectors"); target picking drops the rest.
        direct = children(tok, ("dobj", "dative"))
        direct += [c for o in list(direct) for c in o.conjuncts]
        groups = [direct, pobjs(tok, TARGET_PREPS)]
        if trigger.type in _GIVING:
            groups.reverse()  # "contribute troops to a force in Liberia": the recipient, not what is given
        groups.append([p for o in objects(tok) for p in pobjs(o, TARGET_PREPS | {"by"})])
        if trigger.type == "REQUEST":
            groups.append([s for comp in children(tok, ("ccomp", "xcomp")) for s in children(comp, SUBJECTS)])
        for comp in children(tok, ("xcomp",)):
            groups.append(children(comp, ("dobj", "dative")) + pobjs(comp, TARGET_PREPS))
        groups.append(_deep_targets(tok))
        return sources, groups

    def _noun_targets(self, noun: SpacyToken) -> list[list[SpacyToken]]:
        head = noun.head if noun.dep_ == "compound" else noun
        groups = [pobjs(head, TARGET_PREPS | ({"of"} if head.lower_ in {"withdrawal", "release"} else set()))]
        groups.append([s for comp in children(head, ("acl", "ccomp", "relcl")) for s in children(comp, SUBJECTS)])
        if head.dep_ == "dobj":
            groups.append(pobjs(head.head, TARGET_PREPS))
            # "reiterated its demand that Israel ease ...": the clause may hang on the verb.
            groups.append([s for comp in children(head.head, ("ccomp",)) for s in children(comp, SUBJECTS)])
        groups.append(_deep_targets(head))
        return groups

    # ---- status and the embedding of one event in another ----------------------------------------------------

    def _status(self, tok: SpacyToken) -> tuple[str, bool]:
        verb = tok
        if tok.tag_.startswith("NN"):
            # An event noun takes its modality from a verb that carries it out ("will launch an attack"), not
            # from any verb it depends on ("we can hear gunfire").
            if tok.dep_ not in {"dobj", "attr"} or tok.head.lower_ not in LIGHT_VERBS:
                return "asserted", False
            verb = tok.head
        if verb.tag_ in {"JJ", "VBN"} and verb.dep_ == "acomp":
            verb = verb.head  # "is ready to", "is prepared to": the copula carries tense and negation
        aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass", "neg", "advmod"}}
        clauses = [c for c in verb.children if c.dep_ == "advcl"]
        marks = {m.lower_ for c in clauses for m in c.children if m.dep_ == "mark"}
        conditional = bool(marks & {"if", "unless"})
        status = "asserted"
        if aux & _FUTURE_AUX or (verb.dep_ == "xcomp" and verb.head.lower_ in _FUTURE_GOVERNORS):
            status = "future"
        if aux & _MODAL_AUX:
            # "said it would allow": reported future; "could attack": a possibility.
            reported = verb.dep_ == "ccomp" and verb.head.lower_ in self._speech
            status = "future" if "would" in aux and reported else "hypothetical"
        if conditional or (verb.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in verb.children)):
            status = "hypothetical"
        if aux & _NEGATIONS or any(c.dep_ == "neg" for c in verb.children):
            status = "negated"
        return status, "unless" in marks

    def _fold_embedded(self, found: dict[int, _Found]) -> None:
        """An event embedded under a verbal one ("threatened to impose sanctions", "offered to withdraw") is part of
        it: the outer event takes the inner one's target if it has none, and a promise of harm is a threat."""
        for i, inner in sorted(found.items(), reverse=True):
            gov = inner.trigger.head
            if gov.i not in found or gov.i == i or inner.trigger.dep_ not in {"xcomp", "ccomp", "acl", "dobj"}:
                continue
            outer = found[gov.i]
            if outer.type not in {"AGREE", "THREATEN", "REJECT", "REQUEST"}:
                continue
            if inner.trigger.dep_ == "ccomp" and outer.type != "REQUEST":
                continue
            outer.targets = [*outer.targets[:1], *inner.targets, *outer.targets[1:]]
            if outer.type in _PROMISE_TYPES and inner.type in _HOSTILE:
                outer.type, outer.mode = "THREATEN", _threat_mode(inner.type, inner.mode)
            elif outer.type == "THREATEN" and outer.mode is None:
                outer.mode = _threat_mode(inner.type, inner.mode)
            outer.conditional = outer.conditional or inner.conditional
            del found[i]

    def _demands(self, sdoc: SpacyDoc, found: dict[int, _Found]) -> None:
        """ "X said Y must do Z": a demand by X on Y (REQUEST), whatever Z is."""
        for tok in sdoc:
            if tok.lower_ != "must" or tok.dep_ != "aux":
                continue
            verb = tok.head
            speech = verb.head
            if verb.dep_ != "ccomp" or speech.lower_ not in self._speech:
                continue
            targets = children(verb, SUBJECTS)
            targets += [c for t in list(targets) for c in t.conjuncts]
            found.pop(verb.i, None)
            found[verb.i] = _Found("REQUEST", None, verb, subject(speech), [targets], "asserted", 0.6)

    # ---- output -------------------------------------------------------------------------------------------

    def _to_event(self, doc: Doc, parse: Parse, spans: RoleSpans, f: _Found, words: set[str]) -> Event:
        type_, status, mode = f.type, f.status, f.mode
        if status in {"future", "hypothetical"} and (type_ in _HOSTILE or (f.conditional and type_ in _COOPERATIVE)):
            # A stated hostile intention is a threat; so is a cooperative act offered only "unless" ...
            type_, mode = "THREATEN", _threat_mode(f.type, f.mode)
        elif status in {"future", "hypothetical"} and type_ in _COOPERATIVE and mode != "resign":
            type_, mode = "AGREE", None
        elif status == "negated" and type_ in _VERBAL_COOPERATION:
            type_, mode, status = "REJECT", None, "asserted"
        if mode is None:
            mode = _mode_from_words(type_, words)
        if mode is not None and not is_valid(type_, mode):
            mode = None
        start, end = parse.start(f.trigger), parse.end(f.trigger)
        sentence = doc.sentence_at(start)
        bounds = (sentence.start, sentence.end) if sentence else (parse.offset, parse.offset + parse.length)
        place = location(doc, parse, f.trigger)
        targets = self._pick_targets(parse, spans, f.targets, things=f.type in _MATERIAL_CONFLICT and not f.conditioned)
        target_spans = spans.spans(parse, targets)
        if not target_spans and place is not None:
            target_spans = [Span(place.start, place.end, place.text)]  # "lifted the curfew in Montenegro"
        return Event(
            type=type_,
            trigger=Span(start, end, doc.text[start:end]),
            sentence=bounds,
            source=spans.spans(parse, clean_actors(f.sources)),
            target=target_spans,
            mode=mode,
            context=_contexts(words),
            status=status,
            location=place,
            confidence=min(1.0, f.confidence),
        )

    @staticmethod
    def _pick_targets(
        parse: Parse, spans: RoleSpans, groups: list[list[SpacyToken]], *, things: bool = False
    ) -> list[SpacyToken]:
        """The first candidate group that is an actor, keeping only the tokens that are; failing that, the first
        group whose phrases at least mention one ("villages near Macedonia's border"); for attacks and coercion,
        failing that, the thing acted on ("stormed the hotel")."""
        cleaned = [clean_actors(group) for group in groups]
        for test in (spans.is_actor, spans.names_actor):
            for group in cleaned:
                actors = [t for t in group if test(parse, t)]
                if actors:
                    return actors
        return cleaned[0] if things and cleaned else []


def _specificity(trigger: Trigger) -> tuple[int, int, int]:
    return (trigger.obj is not None, (trigger.prt is not None) + (trigger.prep is not None) + (trigger.mod is not None),
            len(trigger.lemma.split()))  # fmt: skip


def _object_words(tok: SpacyToken) -> set[str]:
    """Singular forms of a verb's objects and of what they quantify ("tons of aid"), and of on/of/to phrases."""
    heads = objects(tok) + pobjs(tok, frozenset({"on", "of", "to"}))
    heads += [p for o in objects(tok) for p in pobjs(o, frozenset({"of"}))]
    return {s for o in heads for s in singulars(o.lower_)}


def _deep_targets(tok: SpacyToken) -> list[SpacyToken]:
    """Objects of target prepositions anywhere to the right of ``tok`` in its subtree, in reading order."""
    out = []
    for t in tok.subtree:
        if t.i > tok.i and t.dep_ == "pobj" and t.head.lower_ in TARGET_PREPS:
            out.append(t)
    return out


def _is_time_phrase(prep: SpacyToken) -> bool:
    """ "on Friday", "at night": a prepositional phrase about time does not meet a trigger's preposition condition."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree if t.i != prep.i)


def _is_verbal(tok: SpacyToken) -> bool:
    return tok.tag_.startswith("VB") or (tok.tag_ == "" and tok.dep_ in _VERB_DEPS)


def _threat_mode(type_: str, mode: str | None) -> str | None:
    return _THREAT_MODES.get((type_, mode)) or _THREAT_MODES.get((type_, None))


def _mode_from_words(type_: str, words: set[str]) -> str | None:
    for mode, cues in _MODE_WORDS.get(type_, ()):
        if words & cues:
            return mode
    return None


def _contexts(words: set[str]) -> list[str]:
    return [name for name, cues in _CONTEXT_WORDS.items() if words & cues and is_context(name)][:3]
