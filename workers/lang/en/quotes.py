"""English quotes: direct quotations and reported speech, with their speakers.

Everything here works on words, punctuation and the article's mentions, not on a parse (the parser is kept for
events, where it matters most, to stay within the speed budget). News attribution is formulaic: "X said (that)
...", "..., X said.", "..., said X.", "X told Y ...", "according to X", "X was quoted as saying", and a quote
paragraph with no attribution continues the previous speaker. Pronoun and title speakers are resolved to the
nearest fitting entity before them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from workers.doc import Doc, Entity, Quote, Span
from workers.lang.en.analysis import Surface
from workers.lang.en.gender import PRONOUN_GENDER, GenderEvidence, first_pronoun, gather_evidence
from workers.lang.en.lexicon import Lexicon, word_set
from workers.lang.en.phrases import (
    BETWEEN_SPEAKER_AND_VERB,
    DETERMINERS,
    OBJECT_PRONOUNS,
    PRONOUNS,
    PUNCT_STOP,
    STOP_WORDS,
    TokenView,
    appositive_person,
    is_adverb,
    noun_phrase_left,
    noun_phrase_right,
    plausible_speaker,
    sentence_subject,
)
from workers.lang.en.quotemarks import Segment, quote_segments
from workers.lang.en.speakers import (
    ORG_NOUNS,
    PERSON_NOUNS,
    acts_for_another,
    described_group,
    described_person,
    description_head,
    is_person_noun,
)

# Verbs that introduce a direct quotation but not reported speech ("'Why?' she asked").
_DIRECT_ONLY_VERBS = word_set(
    """ask asks asked asking continue continues continued continuing wonder wondered shout shouted exclaim exclaimed
joke joked laugh laughed whisper whispered recount recounts recounted write writes wrote written"""
)
# Speech verbs that take the hearer as object before the content ("told jurors that ...").
_OBJECT_VERBS = frozenset(
    {"tell", "inform", "assure", "warn", "remind", "brief", "notify", "advise", "convince", "ask"}
)
# Of those, the verbs whose object is always the hearer, even straight after the verb ("..., told VOA."): never
# inverted with their speaker the way "..., said X." is.
_HEARER_VERBS = _OBJECT_VERBS - {"warn", "ask"}
# Speech verbs that also take plain noun objects ("confirmed the killing"): reported speech only with "that".
_NEEDS_THAT = word_set(
    """confirm announce report deny reveal disclose recall comment respond reply observe remark conclude vow pledge
promise swear boast post write tweet state estimate predict concede acknowledge admit maintain declare stress
emphasize emphasise"""
)
# Verbs that report a stated position or a finding only with "that" ("the group believes that", "the study found
# that", "pointed out that"). Kept out of the speech lexicon, which also chooses the sentences worth parsing.
_THAT_ONLY = {
    form: lemma
    for lemma, forms in {
        "believe": "believe believes believed",
        "project": "projects projected",  # base forms "project" and "find" are nouns as often as verbs
        "find": "finds found",
        "point": "point points pointed",  # only before "out"
        "determine": "determine determines determined",  # a panel's finding ("has determined that")
        "show": "shows showed showing",  # figures as the source ("figures showing that"); not "would show"
        # Verbs of cognition and communication beyond the speech lexicon (after the VerbNet-style classes of
        # conjecture, say, complain and judgement): a stated view, a signal or a ruling is reported like speech
        # when a clause follows. Nouns as often ("a hint", "the rules"), so never after a determiner.
        "think": "thinks thought",  # not "think": "think tank", "I think" (quotes are skipped anyway)
        "suspect": "suspects suspected",
        "reckon": "reckon reckons reckoned",
        "hint": "hint hints hinted hinting",
        "indicate": "indicate indicates indicated indicating",
        "signal": "signals signaled signalled",
        "mention": "mentions mentioned",
        "rule": "rules ruled",  # a court's finding ("the High Court ruled that ...")
        "fret": "frets fretted",
        "joke": "jokes joked",
        "quip": "quips quipped",
        "lament": "laments lamented",
    }.items()
    for form in forms.split()
}
# Lemmas that are nouns as often as verbs: their base form after a determiner is the noun ("a warning", "the report").
_NOUN_TOO = frozenset({"report", "claim", "comment", "note", "post", "reply", "promise", "pledge", "vow", "estimate"})
# What "claim" takes when it means taking, not saying ("claimed responsibility", "claiming more than 500 lives").
_CLAIMED_THINGS = word_set(
    """responsibility credit victory lives life more over nearly almost about dozens hundreds thousands millions"""
)
_TIME_WORDS = word_set(
    """today yesterday tonight later earlier also again previously recently publicly privately repeatedly then now
monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night last week month year
separately similarly"""
)
_ADVERBIAL_PREPS = frozenset({"on", "in", "at", "during", "via", "through", "by", "over", "after", "before", "from"})
# Nouns that head the adverbials between a speech verb and its content ("said in a statement Tuesday that ...").
_ADVERBIAL_HEADS = _TIME_WORDS | word_set(
    """statement interview post conference briefing speech remarks address letter message video tweet broadcast
television radio media platform telephone phone call hearing session meeting testimony court parliament
interview rally event summit visit trip report email emails release network account website"""
)
_PARTICIPLE_CUES = word_set(
    """saying adding noting warning explaining stressing insisting arguing claiming announcing telling asserting
suggesting acknowledging admitting alleging emphasizing emphasising declaring"""
)
_SENTENCE_END = frozenset({".", "!", "?"})
# Participles that put a work in the publication that carried it ("a study published in The Lancet").
_PUBLISHED = word_set("published released issued presented appearing carried posted")
_BE = frozenset({"is", "are", "was", "were", "been", "being", "be"})
# Heads of phrases before a participle that are not its speaker ("a statement last week saying ...").
_NOT_SPEAKER_HEADS = word_set(
    """statement statements letter report post tweet video message declaration communique release week month year
    day today yesterday monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night"""
)
_CLOSERS = frozenset({"”", '"', "»", "''", "’"})
# A partial quote shorter than this, with no speaker found, is a scare quote or a term, not a quotation.
_MIN_UNATTRIBUTED_WORDS = 4
# How far back (in sentences) a quote may inherit its speaker or resolve a pronoun to an earlier speaker.
_INHERIT_SENTENCES = 3
# A "he said" after a run of quotes by one person is still that person this many sentences on, even when the
# quotes mention someone else in between.
_PRONOUN_SENTENCES = 4
_FUNCTION_WORDS = frozenset({"the", "of", "in", "and", "for", "a", "an", "to", "on", "at", "al", "el", "de"})
_NAMING_CUES = frozenset({"itself", "themselves", "dubbed", "named", "titled", "entitled", "so-called", "as"})


@dataclass(slots=True)
class _Found:
    """A quote before speaker resolution."""

    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None  # token range
    inherit: bool = False
    sentence: int = 0
    chain: int | None = None


@dataclass(slots=True)
class _Context:
    doc: Doc
    view: TokenView
    lexicon: Lexicon
    segments: list[Segment]
    sentences: list[tuple[int, int]]  # token ranges
    used_verbs: set[int] = field(default_factory=set)
    attributions: dict[int, tuple[int, int]] = field(default_factory=dict)  # verb token -> speaker token range
    role_vocab: frozenset[str] = frozenset()  # role, rank and nationality words (lower case) for descriptions

    def sentence_of_token(self, i: int) -> int:
        starts = [a for a, _ in self.sentences]
        return max(0, bisect.bisect_right(starts, i) - 1)

    def in_segment(self, offset: int) -> Segment | None:
        for s in self.segments:
            if s.start <= offset < s.end:
                return s
        return None


# ---- helpers on tokens -----------------------------------------------------------------------------------------


def _speech_lemma(ctx: _Context, i: int, direct: bool = False) -> str | None:
    """The speech-verb lemma of token ``i`` when it is used as a verb, else None."""
    tv = ctx.view
    low = tv.lower[i]
    lemma = ctx.lexicon.speech_forms.get(low)
    if lemma is None and direct and low in _DIRECT_ONLY_VERBS:
        lemma = ctx.lexicon.verb_lemmas.get(low, low)
    if (
        lemma is None
        and low in _THAT_ONLY
        and 0 < i < len(tv.lower) - 1
        and tv.lower[i - 1] not in _BE
        and tv.lower[i - 1] not in DETERMINERS
    ):
        lemma = _THAT_ONLY[low]
        if lemma == "point" and tv.lower[i + 1] != "out":
            return None  # "pointed to", "pointed fingers": only "pointed out" reports
    if lemma is None:
        return None
    if tv.text[i][:1].isupper() and i > 0 and not tv.punct[i - 1]:
        return None  # "Said" in a name
    prev = tv.lower[i - 1] if i > 0 else ""
    if lemma in _NOUN_TOO and low in {lemma, lemma + "s"} and prev in DETERMINERS:
        return None  # "a report", "His comments come ...": the noun, singular or plural
    if prev == "to" and low not in {"saying"}:
        return None  # "declined to say", "refused to comment"
    if lemma == "claim" and i + 1 < len(tv.lower) and (tv.num[i + 1] or tv.lower[i + 1] in _CLAIMED_THINGS):
        return None  # "claiming more than 500 lives", "claimed responsibility": a taking, not a statement
    return lemma


def _skip_left(ctx: _Context, j: int, lo: int) -> int:
    """Move left from ``j`` over adverbs and auxiliaries between a subject and its verb."""
    tv = ctx.view
    while j >= lo and (tv.lower[j] in BETWEEN_SPEAKER_AND_VERB or is_adverb(tv.text[j])) and tv.mention_of[j] < 0:
        j -= 1
    return j


def _subject_before(ctx: _Context, v: int, lo: int) -> tuple[int, int] | None:
    """The speaker phrase before the verb at ``v``: "X said", "X, who ..., said", "X's lawyer, Y, said"."""
    tv = ctx.view
    j = _skip_left(ctx, v - 1, lo)
    if j >= lo and tv.lower[j] in {"is", "was", "were", "are", "been", "has", "have", "had"}:
        j = _skip_left(ctx, j - 1, lo)
    if j >= lo and tv.text[j] == ",":
        p = next((i for i in range(j - 1, max(lo - 1, j - 30), -1) if tv.text[i] == ","), None)
        if p is not None:
            person = appositive_person(ctx.view, p + 1, j)
            if person is not None:
                return person
            j = p - 1
        else:
            return None
    if j >= lo and tv.text[j] == ")":
        # "The head of Doctors Without Borders (MSF) told": a short parenthesis (an acronym) inside the subject.
        opening = next((i for i in range(j - 1, max(lo - 1, j - 6), -1) if tv.text[i] == "("), None)
        if opening is None:
            return None
        j = opening - 1
    if j < lo:
        return None
    phrase = noun_phrase_left(ctx.view, j, lo)
    if phrase is None:
        return None
    phrase = _past_place(ctx, phrase, lo)
    person = _person_of_body(ctx, phrase, lo)
    return person if person is not None else _publication_subject(ctx, phrase, lo)


# Nouns for a place that a group of speakers can be spread over ("members ... across the continent say").
_PLACE_NOUNS = word_set("continent country countries region world globe nation city area state")
_SPREAD_PREPS = frozenset({"across", "around", "throughout", "in", "from"})


def _past_place(ctx: _Context, phrase: tuple[int, int], lo: int) -> tuple[int, int]:
    """A subject phrase that is only the place in "X across the continent" or "X in Kenya" grows to take in the
    X it locates: the speakers are the members, not the continent."""
    tv = ctx.view
    a, b = phrase
    m = tv.mention(b - 1)
    place = tv.lower[b - 1] in _PLACE_NOUNS and tv.mention_of[b - 1] < 0
    if not place and (m is None or m.type not in {"GPE", "LOC"} or tv.mention_bounds(b - 1)[0] > a + 1):
        return phrase
    if a - 2 < lo or tv.lower[a - 1] not in _SPREAD_PREPS:
        return phrase
    wider = noun_phrase_left(tv, a - 2, lo)
    if wider is None or tv.lower[wider[1] - 1] in PRONOUNS:
        return phrase
    return wider[0], b


# Prepositions that tie a person to the body they work for ("X from the Spanish National Research Council").
_AFFILIATION_PREPS = frozenset({"from", "of", "at", "with"})


def _person_of_body(ctx: _Context, phrase: tuple[int, int], lo: int) -> tuple[int, int] | None:
    """The person a subject phrase names a body of: "Oaitse Nawa of the Elephant Protection Society says",
    "Siyoka Simasiku, director at the coalition, Ngamiland Council says" (the body is in apposition to the
    person's role). The body is where the person works; the person is who speaks."""
    tv = ctx.view
    a = phrase[0]
    for t in range(a, phrase[1] - 2):
        m = tv.mention(t)
        if m is not None and m.type == "PERSON" and not m.nominal:
            end = tv.mention_bounds(t)[1]
            if tv.lower[end] in _AFFILIATION_PREPS:
                return t, end  # the phrase ran over "of" to the body: "Oaitse Nawa of the Society"
            break
    if a - 2 >= lo and tv.lower[a - 1] in _AFFILIATION_PREPS:
        person = appositive_person(tv, lo, a - 1)
        if person is not None:
            return person
    if a - 1 <= lo or tv.text[a - 1] != ",":
        return None
    person = appositive_person(tv, lo, a - 1)
    if person is not None and person[0] == _sentence_opening(tv, lo):
        return person  # "Olayinka Badmus, deputy director for Global Health Security, Breakthrough Action, said"
    # "PERSON, role words, BODY says": the comma-set role runs back to a person who opens the sentence.
    for t in range(a - 2, max(lo - 1, a - 14), -1):
        if tv.text[t] == ",":
            person = appositive_person(tv, lo, t)
            if person is None or _sentence_opening(tv, lo) != person[0]:
                return None
            role = range(t + 1, a - 1)
            if any(tv.lower[r] in _RELATIVES or _speech_lemma(ctx, r) is not None for r in role):
                return None
            return person
        if tv.text[t] in PUNCT_STOP and not _possessive_mark(tv, t):
            return None
    return None


# Words set off by commas between a subject and its verb ("Mmolotsi, however, says").
_PARENTHETICALS = word_set("however meanwhile too though instead moreover nonetheless nevertheless likewise also")
_RELATIVES = frozenset({"who", "which", "that", "whose", "whom", "where", "when"})


def _sentence_opening(tv: TokenView, lo: int) -> int:
    """First word of the sentence at ``lo``, past opening punctuation and a joining conjunction."""
    k = lo
    while k < len(tv.text) - 1 and (tv.punct[k] or tv.lower[k] in {"but", "and", "yet", "so"}):
        k += 1
    return k


def _publication_subject(ctx: _Context, phrase: tuple[int, int], lo: int) -> tuple[int, int]:
    """A study, not its journal: in "a study published (this month) in The Lancet found that ...", the phrase before
    the verb is the journal, but what found it is the study (its authors), so the speaker is "a study"."""
    tv = ctx.view
    a = phrase[0]
    if a - 1 >= lo and tv.lower[a - 1] in _PUBLISHED:
        # "a study published this month revealed ...": the time after the participle is not the speaker either
        work = noun_phrase_left(ctx.view, a - 2, lo) if a - 2 >= lo else None
        return work if work is not None else phrase
    if a - 2 < lo or tv.lower[a - 1] != "in":  # "released by Amnesty": by names the author, who is the speaker
        return phrase
    for t in range(a - 2, max(lo - 1, a - 6), -1):
        if tv.lower[t] in _PUBLISHED:
            work = noun_phrase_left(ctx.view, t - 1, lo) if t - 1 >= lo else None
            return work if work is not None else phrase
        if tv.text[t] in PUNCT_STOP:
            break
    return phrase


def _skip_object(ctx: _Context, k: int, hi: int) -> int:
    """Past the hearer of "told X" / "assured X": a mention, an object pronoun, or a short common-noun phrase."""
    tv = ctx.view
    if k >= hi:
        return k
    if ctx.view.mention_of[k] >= 0:
        return ctx.view.mention_bounds(k)[1]
    low = tv.lower[k]
    if low in OBJECT_PRONOUNS:
        return k + 1
    if low in PRONOUNS or low == "that":
        return k
    j = k + 1 if low in DETERMINERS else k
    n = 0
    while j < hi and n < 3:
        low = tv.lower[j]
        if tv.text[j] in PUNCT_STOP or low in STOP_WORDS or low in PRONOUNS or low in DETERMINERS:
            break
        if ctx.view.mention_of[j] >= 0:
            break
        j += 1
        n += 1
    return j if n else k


def _skip_adverbials(ctx: _Context, k: int, hi: int) -> tuple[int, bool]:
    """Past time and manner phrases after a speech verb ("on Friday", "in a statement"); True if "that" was passed."""
    tv = ctx.view
    for t in range(k, min(hi, k + 10)):
        low = tv.lower[t]
        if low == "that" and ctx.view.mention_of[t] < 0:
            return t + 1, True
        if tv.text[t] in PUNCT_STOP or low in PRONOUNS or (low in STOP_WORDS and low not in _ADVERBIAL_PREPS):
            break
    while k < hi:
        low = tv.lower[k]
        if low in _TIME_WORDS or is_adverb(tv.text[k]):
            k += 1
            continue
        if low in _ADVERBIAL_PREPS:
            for t in range(k + 1, min(hi, k + 7)):
                word = tv.lower[t]
                if word in _ADVERBIAL_HEADS:
                    k = t + 1
                    break
                if tv.text[t] in PUNCT_STOP or word in STOP_WORDS or word in PRONOUNS:
                    return k, False
            else:
                return k, False
            continue
        break
    if k < hi and tv.lower[k] == "that":
        return k + 1, True
    return k, False


def _trim_tokens(ctx: _Context, a: int, b: int) -> tuple[int, int]:
    """Drop punctuation and dangling function words at both ends of a content token range."""
    tv = ctx.view
    while a < b and (tv.punct[a] or tv.space[a]) and tv.text[a] not in {"“", '"', "‘"}:
        a += 1
    while b > a and (
        tv.space[b - 1]
        or (tv.punct[b - 1] and tv.text[b - 1] not in _CLOSERS)
        or tv.lower[b - 1] in {"while", "and", "but", "as", "whereas", "although", "though"}
    ):
        b -= 1
    return a, b


def _ends_sentence(tv: TokenView, k: int, hi: int) -> bool:
    return k >= hi or tv.text[k] in _SENTENCE_END or tv.text[k] in _CLOSERS


def _next_is_cue(ctx: _Context, k: int, hi: int) -> bool:
    """Whether the clause after the comma at ``k`` starts another attribution ("..., adding that")."""
    tv = ctx.view
    if k + 1 >= hi:
        return False
    nxt = tv.lower[k + 1]
    return nxt in _PARTICIPLE_CUES or nxt == "according" or nxt in {"while", "whereas"}


# ---- reported speech -------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cue:
    verb: int  # token index of the cue word
    region_start: int  # first token of the attribution (speaker or verb), for clipping the previous content
    speaker: tuple[int, int] | None
    content: tuple[int, int] | None  # token range
    before: bool  # content precedes the attribution
    cue_end: int


def _according(ctx: _Context, i: int, lo: int, hi: int) -> _Cue | None:
    tv = ctx.view
    stop = next((t for t in range(i + 2, hi) if tv.text[t] in {",", ";"} or tv.text[t] in _SENTENCE_END), hi)
    speaker = noun_phrase_right(ctx.view, i + 2, stop, max_len=12)
    if speaker is None:
        return None
    at_start = all(tv.punct[t] for t in range(lo, i))
    if at_start:
        return _Cue(i, i, speaker, (stop + 1, hi), False, stop)
    return _Cue(i, i - 1 if tv.text[i - 1] == "," else i, speaker, (lo, i), True, stop)


# Finite verbs that can follow the subject of a clause reported without "that".
_AUXILIARIES = word_set("was were had would could will is are has have did can may might should must")
_SUBJECT_PREPS = frozenset({"of", "for", "in", "on", "at", "from"})
# Words that end the would-be subject: a conjunction, a relative or a subordinator opens another clause.
_NOT_IN_SUBJECT = frozenset(
    {"and", "to", "that", "which", "who", "after", "before", "since", "when", "because", "as", "if", "while", "until"}
)
# Modals that can open what a relative clause reports ("Manus, which experts say can rival ...").
_MODALS = frozenset({"can", "could", "will", "would", "may", "might", "should", "must"})
# How many words the subject of such a clause may have (a prepositional phrase inside it included: "proposals
# from the meeting are ...").
_CLAUSE_SUBJECT_WORDS = 8


def _clause_after_object(ctx: _Context, k: int, hi: int) -> bool:
    """Whether tokens from ``k`` read as a clause with its own subject and a finite verb ("security forces fired
    tear gas"), not as a plain object ("reported heavy gunfire", "reported the arrests made by police")."""
    tv = ctx.view
    if k >= hi or tv.punct[k] or tv.lower[k] in STOP_WORDS or tv.lower[k] in _BE:
        return False
    after_preposition = False
    for t in range(k + 1, min(hi - 1, k + 1 + _CLAUSE_SUBJECT_WORDS)):
        low = tv.lower[t]
        if tv.punct[t] or low in _NOT_IN_SUBJECT:
            return False
        if low in _SUBJECT_PREPS:
            # A subject may carry a prepositional phrase, but then only an auxiliary shows the clause: after "the
            # deal in a statement", "released" is a participle, not a finite verb.
            after_preposition = True
            continue
        if tv.mention_of[t] >= 0:
            continue
        past = low.endswith("ed") and ctx.lexicon.verb_lemmas.get(low, low) != low and not after_preposition
        finite = low in _AUXILIARIES or past
        if finite:
            return tv.lower[t + 1] != "by" and not tv.punct[t + 1]
    return False


def _reported_cue(ctx: _Context, v: int, lemma: str, lo: int, hi: int) -> _Cue | None:
    tv = ctx.view
    low = tv.lower[v]
    # "X was quoted as saying (that) ..."
    if low == "saying" and v >= 2 and tv.lower[v - 1] == "as":
        q = next((t for t in range(v - 2, max(lo - 1, v - 5), -1) if tv.lower[t] == "quoted"), None)
        if q is not None:
            k, _ = _skip_adverbials(ctx, v + 1, hi)
            j = q - 1
            while (
                j >= lo
                and tv.lower[j]
                in {"was", "is", "were", "been", "has", "have", "had", "being"} | BETWEEN_SPEAKER_AND_VERB
            ):
                j -= 1
            speaker = noun_phrase_left(ctx.view, j, lo) if j >= lo else None
            start = speaker[0] if speaker else q
            return _Cue(v, start, speaker, (k, hi), False, v + 1)
    k = v + 2 if lemma == "point" else v + 1
    if lemma in _OBJECT_VERBS:
        k = _skip_object(ctx, k, hi)
    k, passed_that = _skip_adverbials(ctx, k, hi)
    prev = tv.text[v - 1] if v > lo else ""
    # "..., said X." / "'...,' said X": the speaker follows the verb.
    parenthetical = v - 3 >= lo and tv.lower[v - 2] in _PARENTHETICALS and tv.text[v - 3] == ","
    if prev in {","} | _CLOSERS and not passed_that and lemma not in _HEARER_VERBS and not parenthetical:
        np = noun_phrase_right(ctx.view, v + 1, hi)
        if np is not None:
            after = np[1]
            if _ends_sentence(tv, after, hi) or tv.text[after] == ",":
                return _Cue(v, v - 1, np, (lo, v - 1), True, after)
    # "..., X said." : the content came first.
    if not passed_that and (_ends_sentence(tv, k, hi) or (tv.text[k] == "," and _next_is_cue(ctx, k, hi))):
        speaker = _subject_before(ctx, v, lo)
        if speaker is None:
            return None
        before = speaker[0] - 1
        if before < lo or tv.text[before] not in {","} | _CLOSERS:
            return None
        return _Cue(v, before, speaker, (lo, before), True, k)
    if not passed_that and k + 3 < hi and tv.text[k] == "," and not _next_is_cue(ctx, k, hi):
        # "The plan, he said, would cut ...": the attribution interrupts the statement it reports.
        speaker = _subject_before(ctx, v, lo)
        if speaker is not None and speaker[0] - 1 > lo + 1 and tv.text[speaker[0] - 1] == ",":
            return _Cue(v, speaker[0] - 1, speaker, (lo, hi), True, k + 1)
    if (lemma in _NEEDS_THAT or lemma in _THAT_ONLY.values()) and not passed_that and _clause_after_object(ctx, k, hi):
        # "Witnesses reported security forces fired tear gas", "The minister announced Kenya had given ...": a
        # clause without "that" (a subject, then a finite verb) is reported as if "that" were there.
        passed_that = True
    if (lemma in _NEEDS_THAT or lemma in _THAT_ONLY.values()) and not passed_that:
        return None
    if k < hi and (tv.lower[k] in _BE or tv.lower[k] in _MODALS) and not passed_that:
        # "in what he says is a deliberate policy": the reported words are what follows the copula.
        speaker = _subject_before(ctx, v, lo)
        copula = tv.lower[k] in _BE
        if copula and speaker is not None and speaker[0] > lo and tv.lower[speaker[0] - 1] == "what" and hi - k > 3:
            return _Cue(v, speaker[0] - 1, speaker, (k + 1, hi), False, k + 1)
        if speaker is not None and speaker[0] - 2 >= lo and tv.lower[speaker[0] - 1] in {"that", "which"}:
            # "the kingdoms that he says are neglected": what is said is the noun with the rest of its clause.
            head = speaker[0] - 2
            noun = None
            if tv.text[head] == "," and head - 1 >= lo:
                # "Zeta, which engineers say can ...": a non-restrictive clause after a name says it of the name
                head -= 1
                m = tv.mention_of[head]
                first = head
                while first - 1 >= lo and m >= 0 and tv.mention_of[first - 1] == m:
                    first -= 1
                noun = (first, head + 1) if m >= 0 else None
            else:
                noun = noun_phrase_left(ctx.view, head, lo)
            if noun is not None and hi - k > 2:
                return _Cue(v, noun[0], speaker, (noun[0], hi), False, k + 1)
    if k >= hi or hi - k < 3:
        return None
    if tv.text[k] == "," and not passed_that and hi - k > 4 and _comma_clause(ctx, v, k, lo):
        # "He also argues, revenue from hunting does not ...": the clause follows a comma instead of "that".
        return _Cue(v, v, _subject_before(ctx, v, lo), (k + 1, hi), False, k + 1)
    if tv.punct[k] or (tv.text[k] in STOP_WORDS and tv.text[k] != "there" and not passed_that):
        return None  # "warned of a resurgence", "testifying, she ...": no clause follows the verb
    if low in _PARTICIPLE_CUES and prev == ",":
        return _Cue(v, v - 1, None, (k, hi), False, k)
    speaker = _subject_before(ctx, v, lo)
    start = speaker[0] if speaker else v
    if speaker is not None and low.endswith("ing") and tv.lower[speaker[1] - 1] in _NOT_SPEAKER_HEADS:
        # "It issued a statement last week saying ...": the document or the time is not who speaks.
        speaker = sentence_subject(ctx.view, lo, speaker[0])
    return _Cue(v, start, speaker, (k, hi), False, k)


# Nouns for a body that can follow the name it belongs to ("his U.N. mission", "the Kenyan embassy").
_BODY_NOUNS = ORG_NOUNS | word_set("mission embassy delegation office government administration army military police")
_CLAUSE_JOINS = frozenset({"but", "and", "yet", "while", "whereas"})


def _clause_subject(ctx: _Context, comma: int, lo: int) -> tuple[int, int] | None:
    """The subject of the clause that ends at the comma before a participle: in "X participated in the meeting,
    but his U.N. mission criticized it, saying ...", who says it is "U.N. mission", not "the meeting"."""
    tv = ctx.view
    start = lo
    for t in range(comma - 1, lo, -1):
        if tv.lower[t] in _CLAUSE_JOINS and tv.text[t - 1] == ",":
            start = t + 1
            break
        if tv.text[t] in {";", ":"}:
            start = t + 1
            break
    if start == lo:
        return None  # one clause: the usual subject search applies
    k = start + 1 if tv.lower[start] in {"his", "her", "its", "their"} else start
    np = noun_phrase_right(tv, k, comma)
    if np is None or tv.lower[np[0]] in PRONOUNS:
        return np
    b = np[1]
    if b < comma and tv.lower[b] in _BODY_NOUNS and tv.mention_of[b - 1] >= 0:
        b += 1
    b = next((t + 1 for t in range(np[0], b) if tv.lower[t] in _BODY_NOUNS), b)  # "embassy criticized" ends early
    return (np[0], b) if plausible_speaker(tv, np[0], b) or tv.lower[b - 1] in _BODY_NOUNS else None


def _comma_clause(ctx: _Context, v: int, k: int, lo: int) -> bool:
    """Whether the speech verb at ``v``, with a comma at ``k`` after it, reports the clause after the comma: the
    verb's subject opens the sentence and the clause opens with a plain word (not "however", "in a statement",
    "adding")."""
    tv = ctx.view
    nxt = tv.lower[k + 1]
    if nxt in STOP_WORDS or nxt in _PARTICIPLE_CUES or nxt in _TIME_WORDS or is_adverb(tv.text[k + 1]):
        return False
    if tv.punct[k + 1] or ctx.in_segment(tv.starts[k + 1]) is not None:
        return False
    speaker = _subject_before(ctx, v, lo)
    if speaker is None:
        return False
    opening = _sentence_opening(tv, lo)
    if speaker[0] == opening:
        return True
    # "Regardless, analysts say, talks will ...": a short opening adverbial set off by a comma comes first.
    comma = speaker[0] - 1
    return (
        comma - opening in {1, 2}
        and tv.text[comma] == ","
        and not any(tv.punct[t] or tv.mention_of[t] >= 0 for t in range(opening, comma))
    )


def _after_dateline(tv: TokenView, lo: int, hi: int) -> int:
    """First token after a wire dateline ("KYIV, Ukraine (AP) — ..."): the dateline is not part of what was said."""
    if lo >= hi or not tv.text[lo].isupper() or len(tv.text[lo]) < 2:
        return lo
    for i in range(lo + 1, min(hi, lo + 10)):
        if tv.text[i] in {"—", "–", "--"}:
            return i + 1
    return lo


def _before_second_statement(ctx: _Context, a: int, b: int) -> int:
    """Where reported content ``[a, b)`` ends when "and" brings in a second speech verb of the same speaker: "told
    a meeting that he had met officials and vowed to “...”" reports "he had met officials" only."""
    tv = ctx.view
    for t in range(a + 1, b - 1):
        if tv.lower[t] == "and" and _speech_lemma(ctx, t + 1) is not None and tv.lower[t + 1] not in _PARTICIPLE_CUES:
            return t
    return b


def _reported(ctx: _Context) -> list[_Found]:
    """Reported speech, one quote per speech verb with a clause, in reading order."""
    tv = ctx.view
    found: list[_Found] = []
    for si, (first, hi) in enumerate(ctx.sentences):
        lo = _after_dateline(tv, first, hi) if si == 0 else first
        cues: list[_Cue] = []
        for i in range(lo, hi):
            if i in ctx.used_verbs or ctx.in_segment(tv.starts[i]) is not None:
                continue
            low = tv.lower[i]
            cue: _Cue | None = None
            if low == "according" and i + 1 < hi and tv.lower[i + 1] == "to":
                cue = _according(ctx, i, lo, hi)
            else:
                lemma = _speech_lemma(ctx, i)
                if lemma is not None:
                    cue = _reported_cue(ctx, i, lemma, lo, hi)
            if cue is not None:
                cues.append(cue)
        for n, cue in enumerate(cues):
            if cue.content is None:
                continue
            a, b = cue.content
            if not cue.before:
                later = [c.region_start for c in cues[n + 1 :] if c.region_start > a]
                if later:
                    b = min(b, *later)
            else:
                earlier = [c.cue_end for c in cues[:n] if c.cue_end <= cue.region_start]
                if earlier:
                    a = max(a, *earlier)
            coordinated = cue.verb > lo and tv.lower[cue.verb - 1] in {"but", "and"}
            if cue.speaker is None and (tv.lower[cue.verb] in _PARTICIPLE_CUES or coordinated):
                # A participle ("..., adding that") or a verb coordinated with an earlier one ("says ... but says
                # ...") reports the subject of the clause it hangs on.
                prior = [(c.verb, c.speaker) for c in cues[:n] if c.speaker is not None]
                prior += [(v, sp) for v, sp in ctx.attributions.items() if lo <= v < cue.verb]
                prior.sort()
                cue.speaker = prior[-1][1] if prior else sentence_subject(ctx.view, lo, cue.verb)
            if cue.speaker is None:
                continue  # reported speech with nobody reporting it is something else ("stresses living ...")
            b = _before_second_statement(ctx, a, b)
            a, b = _trim_tokens(ctx, a, b)
            if b - a < 3:
                continue
            start, end = ctx.view.char_span(a, b)
            found.append(
                _Found("indirect", start, end, ctx.view.char_span(cue.verb, cue.verb + 1), cue.speaker, sentence=si)
            )
    return found


# ---- direct quotations -----------------------------------------------------------------------------------------


def _is_name_like(ctx: _Context, seg: Segment) -> bool:
    """A quoted title or name ("calling itself 'the Lions of ...'", "the 'Mega Blaze'"), not a quotation."""
    text = ctx.doc.text
    words = [w.strip(".,;:!?()[]'\"“”‘’") for w in text[seg.start : seg.end].split()]
    content = [w for w in words if w and w.lower() not in _FUNCTION_WORDS]
    if content and len(words) <= 12 and all(w[0].isupper() or w[0].isdigit() for w in content):
        before = text[max(0, seg.open_mark - 40) : seg.open_mark].split()
        if not before or before[-1].lower() != "said":
            return True
    before = text[max(0, seg.open_mark - 60) : seg.open_mark].split()
    if before and before[-1].lower() == "as" and any(w.lower() in _CHARACTERISING for w in before[-6:-1]):
        return False  # "described the ruling as “...”" quotes a description, not a name
    return bool(before) and before[-1].lower() in _NAMING_CUES and len(words) <= 12


def _is_heading(ctx: _Context, seg: Segment) -> bool:
    """A quoted subheading run into the body ("... a guitar. 'The puzzle you cannot miss' Antonio Banjai, a
    descendant ..."): it opens a sentence, ends without punctuation, and a capitalised word follows the mark."""
    if seg.close_mark is None or not _at_sentence_start(ctx, seg):
        return False
    text = ctx.doc.text
    content = text[seg.start : seg.end].rstrip()
    after = text[seg.close_mark + 1 : seg.close_mark + 3]
    return (
        bool(content)
        and content[-1].isalnum()
        and len(content.split()) <= 10
        and after[:1] == " "
        and after[1:2].isupper()
    )


def _at_sentence_start(ctx: _Context, seg: Segment) -> bool:
    s = ctx.doc.sentence_at(seg.open_mark)
    return s is not None and not ctx.doc.text[s.start : seg.open_mark].strip(" \"“‘«'`")


def _after_close(ctx: _Context, seg: Segment) -> tuple[tuple[int, int] | None, int | None]:
    """Speaker and verb after a closing mark: "..., X said", "..., said X", "...,” X told jurors"."""
    if seg.close_mark is None:
        return None, None
    tv = ctx.view
    k = ctx.view.token_at(seg.close_mark)
    if tv.text[k] in _CLOSERS or tv.starts[k] <= seg.close_mark:
        k += 1
    if k >= len(tv.text):
        return None, None
    close_si = ctx.sentence_of_token(ctx.view.token_at(seg.close_mark))
    si = ctx.sentence_of_token(k)
    lo, hi = ctx.sentences[si]
    # '"...." Mbewe said.' may stand as a sentence of its own; anything longer is a new statement.
    if si != close_si and (si != close_si + 1 or hi - lo > 8 or k != lo):
        return None, None
    while k < hi and tv.text[k] in {",", "—", "–", "-"}:
        k += 1
    if k >= hi:
        return None, None
    if tv.lower[k] == "according" and k + 1 < hi and tv.lower[k + 1] == "to":
        cue = _according(ctx, k, lo, hi)
        return (cue.speaker if cue else None), k
    next_sentence = si != close_si
    if not next_sentence and k + 3 < hi and tv.lower[k] in {"is", "was"} and tv.lower[k + 1] == "what":
        k += 2  # '“...,” is what X recounts': the quotation is the object of the verb after the speaker
    lemma = _speech_lemma(ctx, k, direct=True)
    if lemma is not None:
        if lemma in _HEARER_VERBS:
            return None, None  # '“...,” told reporters': the hearer follows, the speaker is elsewhere
        np = noun_phrase_right(ctx.view, k + 1, hi)
        if next_sentence and (np is None or not _ends_after_adverbials(ctx, np[1], hi)):
            return None, None
        return np, k
    for t in range(k + 1, min(hi, k + 12)):
        if _speech_lemma(ctx, t, direct=True) is not None:
            j = _skip_left(ctx, t - 1, k)
            np = noun_phrase_left(ctx.view, j, k, max_len=12) if j >= k else None
            if np is None or np[0] != k:
                np = _subject_before(ctx, t, k)  # "..., Catherine Russell, UNICEF's executive director, told"
            if np is not None and _role_before_name(ctx, k, np):
                k = np[0]  # "..., Guterres' spokesman, Stephane Dujarric, told": the name after the role speaks
            if np is None or np[0] != k or (next_sentence and not _ends_after_adverbials(ctx, t + 1, hi)):
                return None, None  # a new sentence "The watchdog said that ..." is not this quote's attribution
            return np, t
        if tv.text[t] in PUNCT_STOP and tv.text[t] != "," and not _possessive_mark(tv, t):
            break
    return None, None


def _possessive_mark(tv: TokenView, t: int) -> bool:
    """Whether the apostrophe at token ``t`` ends a plural or s-final possessive ("Guterres’ spokesman")."""
    return (
        tv.text[t] in {"'", "’"}
        and t > 0
        and tv.lower[t - 1].endswith("s")
        and tv.starts[t] == tv.starts[t - 1] + len(tv.text[t - 1])
    )


def _role_before_name(ctx: _Context, k: int, np: tuple[int, int]) -> bool:
    """Whether the person ``np`` is named in apposition after a role that starts at token ``k`` ("Guterres'
    spokesman, Stephane Dujarric,"): the role and the name are one subject."""
    if np[0] - 2 < k or ctx.view.text[np[0] - 1] != "," or appositive_person(ctx.view, *np) is None:
        return False
    role = noun_phrase_left(ctx.view, np[0] - 2, k, max_len=12)
    return role is not None and role[0] == k


def _ends_after_adverbials(ctx: _Context, k: int, hi: int) -> bool:
    """Whether only time words or adverbs stand between token ``k`` and the end of the sentence."""
    k, _ = _skip_adverbials(ctx, k, hi)
    return _ends_sentence(ctx.view, k, hi)


# Verbs that put a description in someone's words before "as" ("described the ruling as “...”").
_CHARACTERISING = word_set(
    """describe describes described describing characterize characterizes characterized characterizing
    characterise characterises characterised characterising"""
)


def _before_open(ctx: _Context, seg: Segment) -> tuple[tuple[int, int] | None, int | None]:
    """Speaker and verb before an opening mark: "X said: “...”", "X told reporters, “...”"."""
    tv = ctx.view
    o = ctx.view.token_at(seg.open_mark)
    si = ctx.sentence_of_token(o)
    lo, _ = ctx.sentences[si]
    if o - 2 >= lo and tv.lower[o - 1] in {"and", "or"} and tv.text[o - 2] in _CLOSERS:
        # "characterized as “X” and “Y”": the second quotation shares the first one's attribution.
        close = tv.starts[o - 2]
        previous = next((p for p in ctx.segments if p.close_mark == close), None)
        if previous is not None:
            return _before_open(ctx, previous)
    if o - 2 >= lo and tv.lower[o - 1] == "as":
        # "conditions that Gallagher characterized as “...”", "described the ruling as “...”": the words are the
        # describer's, not the subject's of a passive ("was described as").
        for v in range(o - 2, max(lo - 1, o - 8), -1):
            if tv.lower[v] in _CHARACTERISING and (v == lo or tv.lower[v - 1] not in _BE):
                return _subject_before(ctx, v, lo), v
            if tv.text[v] in PUNCT_STOP:
                break
    j = o - 1
    while j >= lo and tv.text[j] in {",", ":", "—"}:
        j -= 1
    for v in range(j, max(lo - 1, j - 8), -1):
        lemma = _speech_lemma(ctx, v, direct=True)
        if lemma is not None:
            k = v + 1
            if lemma in _OBJECT_VERBS:
                k = _skip_object(ctx, k, o)
            k, _ = _skip_adverbials(ctx, k, o)
            while k < o and tv.text[k] in {",", ":", "—"}:
                k += 1
            if k != o:
                return None, None  # "told the court they would present 'X'": the quote is inside the content
            if tv.lower[v] in _PARTICIPLE_CUES and v - 1 > lo and tv.text[v - 1] == ",":
                subject = _clause_subject(ctx, v - 1, lo)
                if subject is not None:
                    return subject, v
            return _subject_before(ctx, v, lo), v
        if tv.text[v] in PUNCT_STOP:
            break
    return None, None


def _passive_after(ctx: _Context, k: int, hi: int) -> bool:
    """Whether the words after a subject ending at ``k`` are a passive verb ("was accused", "has been charged")."""
    tv = ctx.view
    k = _skip_right(ctx, k, hi)
    saw_be = False
    while k < hi and (tv.lower[k] in _BE or tv.lower[k] in {"has", "have", "had"}):
        saw_be = saw_be or tv.lower[k] in _BE
        k += 1
    return saw_be and k < hi and tv.lower[k].endswith(("ed", "en", "wn"))


def _skip_right(ctx: _Context, k: int, hi: int) -> int:
    tv = ctx.view
    while k < hi and tv.lower[k] in BETWEEN_SPEAKER_AND_VERB and tv.lower[k] not in {"has", "have", "had"}:
        k += 1
    return k


def _direct(ctx: _Context) -> list[_Found]:
    """Direct quotations grouped in chains, each with the speaker its attribution names (if any)."""
    chains: dict[int, list[Segment]] = {}
    for seg in ctx.segments:
        chains.setdefault(seg.chain, []).append(seg)
    found: list[_Found] = []
    for chain_id, chain in chains.items():
        segs = [s for s in chain if not _is_name_like(ctx, s) and not _is_heading(ctx, s)]
        if not segs:
            continue
        speaker, verb = _after_close(ctx, segs[-1])
        if speaker is None:
            speaker, verb = _before_open(ctx, segs[0])
        first_token = ctx.view.token_at(segs[0].open_mark)
        si = ctx.sentence_of_token(first_token)
        full_sentence = _at_sentence_start(ctx, segs[0])
        if speaker is None and not full_sentence:
            lo, _ = ctx.sentences[si]
            speaker = sentence_subject(ctx.view, lo, first_token)
            if speaker is not None and _passive_after(ctx, speaker[1], first_token):
                speaker = None  # "He was accused of '...'": the subject is not who said it
            if speaker is not None and not plausible_speaker(ctx.view, *speaker):
                speaker = None  # "Other titles include ... 'I am Malala'": nobody is quoted
        if verb is not None:
            ctx.used_verbs.add(verb)
            if speaker is not None:
                ctx.attributions[verb] = speaker
        cue = ctx.view.char_span(verb, verb + 1) if verb is not None else None
        for seg in segs:
            words = len(ctx.doc.text[seg.start : seg.end].split())
            if speaker is None and not full_sentence and words < _MIN_UNATTRIBUTED_WORDS:
                continue
            seg_si = ctx.sentence_of_token(ctx.view.token_at(seg.open_mark))
            found.append(
                _Found(
                    "direct",
                    seg.start,
                    seg.end,
                    cue,
                    speaker,
                    inherit=speaker is None and full_sentence,
                    sentence=seg_si,
                    chain=chain_id,
                )
            )
    return found


# ---- speakers --------------------------------------------------------------------------------------------------


def _nearest_entity(ctx: _Context, before: int, types: frozenset[str], quotes: list[_Found]) -> Entity | None:
    """The entity of the closest mention of one of ``types`` ending before offset ``before``, outside quotations."""
    best: Entity | None = None
    for mi, m in enumerate(ctx.doc.mentions):
        if m.end > before:
            break
        if m.type not in types or any(q.kind == "direct" and q.start <= m.start < q.end for q in quotes):
            continue
        if m.type in {"GPE", "LOC"} and _locative(ctx.doc.text, m.start):
            continue  # "met officials in Nairobi. It said ...": a place where something happened is not who speaks
        ent = ctx.view.entity_of_mention.get(mi)
        if ent is not None:
            best = ent
    return best


_LOCATIVE_PREPS = frozenset({"in", "at", "near", "into", "inside", "outside", "across", "around", "throughout"})


def _locative(text: str, start: int) -> bool:
    """Whether the mention at ``start`` follows a preposition of place ("in Nairobi", "at the camp in X")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _LOCATIVE_PREPS


def _name_like(text: str) -> bool:
    """Whether a speaker phrase looks like a personal name: two to four capitalised words."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


_PERSON = frozenset({"PERSON"})
_GROUPS = frozenset({"ORG", "GPE", "NORP"})


# Words for what a body issues or publishes, which speak for that body when nothing else owns them.
_SOURCE_DOCUMENTS = word_set("statement data figures statistics")
# How many sentences back the body behind such a document may be named.
_DOCUMENT_SENTENCES = 2


def _bare_document(view: TokenView, a: int, b: int) -> bool:
    """Whether the phrase ``[a, b)`` is a document with no owner of its own: "A statement", "the data" (not "his
    statement", "the ministry's data", "World Bank figures")."""
    if b - a > 2 or view.lower[b - 1] not in _SOURCE_DOCUMENTS:
        return False
    return all(view.lower[i] in {"a", "an", "the", "this", "that"} for i in range(a, b - 1))


def _recent_body(ctx: _Context, a: int, b: int, quoted: list[tuple[int, int]]) -> Entity | None:
    """The organisation behind the document phrase ``[a, b)``: the one named with that document ("World Bank
    data"), else the one named last before it, in its sentence or the two before it (outside quotations):
    "..., according to the White House. A statement said ..." is the White House's statement; "citing World Bank
    data, ... according to the data" is the World Bank's."""
    si = ctx.sentence_of_token(a)
    floor = ctx.sentences[max(0, si - _DOCUMENT_SENTENCES)][0]
    noun = ctx.view.lower[b - 1]
    for i in range(a - 1, floor, -1):
        # "citing World Bank data, ... according to the data": the body named with that very document
        ent = ctx.view.entity(i - 1)
        if ctx.view.lower[i] == noun and ent is not None and ent.type == "ORG":
            return ent
    for i in range(a - 1, floor - 1, -1):
        ent = ctx.view.entity(i)
        if ent is not None and ent.type == "ORG" and not any(s <= ctx.view.starts[i] < e for s, e in quoted):
            return ent
    return None


# How many sentences after an unnamed body that opens a story its name may come.
_BODY_FORWARD_SENTENCES = 5


def _opening_body(ctx: _Context, a: int, b: int) -> bool:
    """Whether the phrase ``[a, b)`` is an indefinite description of an organisation in the story's first
    sentence: "A British charity for the disabled says ..." (the story names it further down)."""
    tv = ctx.view
    if ctx.sentence_of_token(a) != 0 or tv.lower[a] not in {"a", "an"}:
        return False
    head = next(
        (tv.lower[i - 1] for i in range(a + 1, b) if tv.lower[i] in {"for", "of", "in", "from"}), tv.lower[b - 1]
    )
    return head in ORG_NOUNS


def _body_introduced_after(ctx: _Context, b: int, quoted: list[tuple[int, int]]) -> Entity | None:
    """The first organisation named after token ``b`` (within a few sentences, outside quotations) with an
    appositive that describes it as a body: "Sightsavers International, a British nongovernmental agency, ..."."""
    tv = ctx.view
    si = ctx.sentence_of_token(b)
    stop = ctx.sentences[min(len(ctx.sentences) - 1, si + _BODY_FORWARD_SENTENCES)][1]
    i = b
    while i < stop:
        ent = tv.entity(i)
        if ent is None or ent.type != "ORG" or any(s <= tv.starts[i] < e for s, e in quoted):
            i += 1
            continue
        end = tv.mention_bounds(i)[1]
        if end + 1 < stop and tv.text[end] == "," and tv.lower[end + 1] in {"a", "an"}:
            for t in range(end + 2, min(stop, end + 8)):
                if tv.text[t] in PUNCT_STOP:
                    break
                if tv.lower[t] in ORG_NOUNS:
                    return ent
        i = end
    return None


def _description_entity(
    ctx: _Context, a: int, b: int, entity: Entity | None, quoted: list[tuple[int, int]]
) -> Entity | None:
    """The entity a speaker phrase ``[a, b)`` stands for when it describes rather than names: a person noun
    ("the UNICEF director") means a person, never the body it mentions; an organisation noun ("the group") the
    organisation named just before. Someone speaking for another ("a spokesman for Prime Minister X", "a lawyer for
    the ministry") is neither the one they speak for nor anyone named before: an unnamed person, no entity."""
    if acts_for_another(ctx.view, a, b):
        return None
    if entity is not None and entity.type == "PERSON":
        return entity
    if entity is None and _bare_document(ctx.view, a, b):
        return _recent_body(ctx, a, b, quoted)
    if (entity is None or entity.type in {"NORP", "GPE"}) and _opening_body(ctx, a, b):
        named = _body_introduced_after(ctx, b, quoted)
        if named is not None:
            return named
    head = description_head(ctx.view, a, b)
    if head is None:
        return entity
    if head in _BODY_NOUNS and a > 0 and ctx.view.lower[a - 1] in {"his", "her", "their"}:
        return None  # "his U.N. mission" belongs to him (his country), not to the U.N. it names
    if is_person_noun(head, ctx.lexicon.title_heads):
        return described_person(ctx.view, ctx.sentences, head, (a, b), quoted, role_vocab=ctx.role_vocab)
    if entity is None and head in ORG_NOUNS:
        return described_group(ctx.view, a, quoted)
    return entity


def _person_since(
    ctx: _Context,
    *,
    after: int,
    before: int,
    found: list[_Found],
    exclude: Entity | None,
    gender: str,
    genders: GenderEvidence,
) -> Entity | None:
    """The last person named between offsets ``after`` and ``before`` outside every quote (direct or reported) who
    is not ``exclude`` and fits a pronoun of ``gender``: the story has moved on to them ("For Sithole, ... he
    said" after a run of quotes by someone else)."""
    best: Entity | None = None
    for mi, m in enumerate(ctx.doc.mentions):
        if m.start >= before:
            break
        if m.start < after or m.type != "PERSON" or m.nominal:
            continue
        if any(q.start <= m.start < q.end for q in found):
            continue
        if not _new_topic(ctx, m.start, m.end, gender, [(q.start, q.end) for q in found if q.kind == "direct"]):
            continue
        ent = ctx.view.entity_of_mention.get(mi)
        if ent is not None and ent is not exclude and genders.fits(ent.id, gender):
            best = ent
    return best


def _new_topic(ctx: _Context, start: int, end: int, gender: str, quoted: list[tuple[int, int]]) -> bool:
    """Whether a person named at ``[start, end)`` is who the story turned to: the subject of the sentence
    ("Governor Ganjar Pranowo ... told council members"), or someone a pronoun of ``gender`` then refers to ("For
    Sithole, managing his diabetes ..."); not a possessive ("He dismissed Trump's threat"), not a name inside a
    phrase ("officials, led by Budi Santoso, visited"), not in a sentence whose subject is "he" or "she"."""
    tail = ctx.doc.text[end : end + 2]
    if tail in {"'s", "’s"} or tail[:1] in {"'", "’"}:
        return False
    si = ctx.sentence_of_token(ctx.view.token_at(start))
    lo, hi = ctx.sentences[si]
    if ctx.view.lower[lo] in PRONOUN_GENDER:
        return False
    first, last = ctx.view.mention_bounds(ctx.view.token_at(start))
    subject = sentence_subject(ctx.view, lo, hi)
    if subject is not None and subject[0] <= first < subject[1]:
        return True
    return first_pronoun(ctx.view, last, hi, quoted) == gender


def _nearest_person(
    ctx: _Context, before: int, found: list[_Found], gender: str, genders: GenderEvidence
) -> Entity | None:
    """The person of the closest mention ending before offset ``before``, outside quotations, whose gender (as far
    as the article tells) fits a pronoun of ``gender``: the nearest compatible person, not merely the nearest."""
    best: Entity | None = None
    for mi, m in enumerate(ctx.doc.mentions):
        if m.end > before:
            break
        if m.type != "PERSON" or any(q.kind == "direct" and q.start <= m.start < q.end for q in found):
            continue
        ent = ctx.view.entity_of_mention.get(mi)
        if ent is not None and genders.fits(ent.id, gender):
            best = ent
    return best


def _sentence_end(ctx: _Context, offset: int) -> int:
    """End offset of the sentence holding ``offset``."""
    s = ctx.doc.sentence_at(offset)
    return s.end if s is not None else offset


def _resolve(ctx: _Context, found: list[_Found]) -> list[Quote]:
    """Turn token-range speakers into spans tied to entities; resolve pronouns; inherit for unattributed paragraphs."""
    text = ctx.doc.text
    quoted = [(q.start, q.end) for q in found if q.kind == "direct"]
    genders = gather_evidence(ctx.view, ctx.sentences, quoted, ctx.lexicon.given_names)
    quotes: list[Quote] = []
    last: tuple[Span, Entity | None, int] | None = None  # speaker span, its entity, sentence index
    last_end = 0  # end of the sentence that holds the end of the last attributed quote
    for f in sorted(found, key=lambda q: (q.start, q.end)):
        speaker: Span | None = None
        entity: Entity | None = None
        if f.speaker is not None:
            a, b = f.speaker
            start, end = ctx.view.char_span(a, b)
            low = text[start:end].lower()
            if b - a == 1 and low in {"he", "she"}:
                gender = PRONOUN_GENDER[low]
                recent = last is not None and f.sentence - last[2] <= _PRONOUN_SENTENCES
                previous = last[1] if recent and last is not None else None
                if previous is not None and previous.type != "PERSON":
                    previous = None
                moved_on = (
                    _person_since(
                        ctx, after=last_end, before=start, found=found, exclude=previous, gender=gender, genders=genders
                    )
                    if recent
                    else None
                )
                if moved_on is not None:
                    entity = moved_on
                elif previous is not None and genders.fits(previous.id, gender):
                    entity = previous
                elif recent and last is not None and last[1] is None and _name_like(last[0].text):
                    # The previous speaker is a name the model did not tag; it is still the best antecedent.
                    prev_span = last[0]
                    speaker = Span(prev_span.start, prev_span.end, prev_span.text, None, resolved=True)
                else:
                    entity = _nearest_person(ctx, start, found, gender, genders)
                if entity is not None and genders.of(entity.id) is None:
                    genders.add(entity.id, gender, 1)  # later pronouns for this speaker agree with this one
            elif b - a == 1 and low in PRONOUNS:
                person = low in {"he", "she", "i"}
                # "it" is never a person ("It issued a statement ... saying": the body, not the last person quoted)
                wanted = _PERSON if person else _GROUPS if low == "it" else _GROUPS | _PERSON
                recent = last is not None and f.sentence - last[2] <= _PRONOUN_SENTENCES
                if recent and last is not None and last[1] is not None and last[1].type in wanted:
                    entity = last[1]
                elif recent and last is not None and last[1] is None and _name_like(last[0].text) == person:
                    # The previous speaker is a name the model did not tag; it is still the best antecedent.
                    prev_span = last[0]
                    speaker = Span(prev_span.start, prev_span.end, prev_span.text, None, resolved=True)
                else:
                    entity = _nearest_entity(ctx, start, _PERSON if person else _GROUPS, found)
            else:
                entity = _description_entity(ctx, a, b, ctx.doc.entity_of(start, end), quoted)
            if speaker is None:
                speaker = Span(start, end, text[start:end], entity.id if entity else None, resolved=True)
        elif f.inherit and last is not None and f.sentence - last[2] <= _INHERIT_SENTENCES:
            prev_span, entity, _ = last
            speaker = Span(prev_span.start, prev_span.end, prev_span.text, prev_span.entity_id, resolved=True)
        if speaker is not None:
            last = (speaker, entity, f.sentence)
            last_end = _sentence_end(ctx, max(f.end - 1, f.start))
        cue = Span(f.cue[0], f.cue[1], text[f.cue[0] : f.cue[1]]) if f.cue else None
        quotes.append(Quote(f.kind, f.start, f.end, text[f.start : f.end], cue, speaker))
    return quotes


_ROLE_VOCABS: dict[int, frozenset[str]] = {}


def _role_vocab(lexicon: Lexicon) -> frozenset[str]:
    """Role, rank and nationality words of ``lexicon`` in lower case, built once per lexicon."""
    vocab = _ROLE_VOCABS.get(id(lexicon))
    if vocab is None:
        vocab = (
            lexicon.title_heads
            | lexicon.title_modifiers
            | frozenset(d.lower() for d in lexicon.demonyms)
            | PERSON_NOUNS
        )
        _ROLE_VOCABS[id(lexicon)] = vocab
    return vocab


def find_quotes(doc: Doc, surface: Surface, lexicon: Lexicon) -> list[Quote]:
    """Direct and reported quotes of ``doc`` in reading order, speakers as spans tied to entities where possible."""
    view = TokenView.build(doc, surface)
    sentences = []
    for s in doc.sentences:
        a = view.token_at(s.start)
        b = view.token_at(s.end - 1) + 1
        sentences.append((a, b))
    ctx = _Context(doc, view, lexicon, quote_segments(doc.text), sentences, role_vocab=_role_vocab(lexicon))
    direct = _direct(ctx)
    reported = _reported(ctx)
    # A quotation inside reported speech is part of it ("said the strike 'successfully eliminated' him").
    kept = [d for d in direct if not any(r.start <= d.start and d.end <= r.end + 2 for r in reported)]
    reported = [r for r in reported if not any(d.start <= r.start + 2 and r.end <= d.end + 2 for d in kept)]
    return _resolve(ctx, kept + reported)
