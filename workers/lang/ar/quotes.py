"""Quotes in Arabic news: direct quotes in any quotation marks and reported speech, with their speakers.

Reported speech is a reporting verb (قال، أكد، أضاف، أوضح، ذكر، أشار إلى، لفت إلى، أعلن، حذر من، نقل عن ...)
followed by an أن/إن clause; the quote is the clause, up to the end of the sentence or a discourse break ("، وذلك",
"، في حين", "، مشيرا"). Arabic puts the subject after the verb ("قال شويغو إن"), but also before it ("إن شويغو
قال") or leaves it to the previous sentence ("وأضاف أن"); the speaker is looked for in that order, then carried over
from the previous quote. "ذكرت يونهاب نقلا عن جهاز المخابرات أن" quotes the intelligence service (the agency is
the reporter). A direct quote takes the speaker of "عن X قوله:", of a reporting verb just before or after it, of
"بحسب X", or of the reported speech it sits in (a partial quote).
"""

from __future__ import annotations

from dataclasses import dataclass

from workers.doc import Doc, Quote, Span
from workers.lang.ar.lexicon import IMPERFECT, PAST, speech_verbs
from workers.lang.ar.lexicon.words import ANAPHORS, COMPLEMENTISERS, TIME_WORDS, word_set
from workers.lang.ar.mentions import is_verb, view_of
from workers.lang.ar.normalise import normalise

_SAYING = word_set("قوله قولها قولهم قولهما")
_VIA = word_set("نقلا")
_ACCORDING = word_set("بحسب حسب حسبما وفق وفقا طبقا")
_CUTS = word_set(
    "وذلك ذلك فيما بينما وسط مشيرا مشيرة مضيفا مضيفة موضحا موضحة لافتا لافتة مؤكدا مؤكدة معتبرا بحسب حسب وفق وفقا"
)
_CUT_PAIRS = frozenset({("في", "حين"), ("في", "اشاره")})
_COMMAS = frozenset({"،", ","})
_MARKS = frozenset({'"', "»", "”", "«", "“"})
_TRIM = frozenset({".", "،", ",", ":", "؛", ";", "-", "—", "…"})
_SKIPPABLE = TIME_WORDS | _COMMAS | word_set("فيما يبدو")
_CUE_REACH = 25  # tokens between a reporting verb and its أن clause
_BEFORE_REACH = 8  # tokens between a reporting verb and the direct quote it introduces


@dataclass(slots=True)
class _Reported:
    start: int  # character offsets of the content
    end: int
    speaker: Span | None
    cue: Span


class _QuoteFinder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.view = view_of(doc)
        self.verbs = speech_verbs()
        self.quotes: list[Quote] = []
        self.reported: list[_Reported] = []
        self.last_speaker: Span | None = None
        self.last_sentence = -10

    # --- small helpers ---------------------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.doc.text[start:end])

    def token_span(self, first: int, end: int) -> Span:
        return self.span(self.doc.tokens[first].start, self.doc.tokens[end - 1].end)

    def is_cue(self, i: int) -> bool:
        return any(h.pos in (PAST, IMPERFECT) for h in self.verbs.lookup(self.view.norm(i)))

    def complementiser_at(self, i: int) -> int | None:
        """Token index where the reported clause starts when ``i`` opens it ("أن", "إنه", "بأن", "ب أن")."""
        norm = self.view.norm(i)
        if norm == "ب" and self.view.norm(i + 1) in COMPLEMENTISERS:
            return i + 2
        if norm in COMPLEMENTISERS:
            return i + 1
        return None

    def carried(self, sentence: int) -> Span | None:
        """The previous quote's speaker, when it was found in this or one of the two previous sentences."""
        return self.last_speaker if sentence - self.last_sentence <= 2 else None

    def remember(self, speaker: Span | None, sentence: int) -> None:
        if speaker is not None:
            self.last_speaker, self.last_sentence = speaker, sentence

    # --- speakers --------------------------------------------------------------------------------------------

    def phrase_speaker(self, i: int, limit: int) -> Span | None:
        """The speaker named by the noun phrase at ``i`` (a mention when it holds one)."""
        actors = self.view.actors_at(i, limit)
        if not actors:
            return None
        first, end, _ = actors[0]
        start_char, end_char = self.view.actor(first, end)
        return self.span(start_char, end_char)

    def speaker_between(self, verb: int, stop: int, sentence: int) -> Span | None:
        """Who speaks in "verb ... stop": the source after نقلا عن / عن ... قوله, the subject after the verb, the
        subject before it, the subject of an earlier verb of the sentence, or the previous speaker."""
        view = self.view
        for k in range(verb + 1, stop - 1):
            if view.norm(k) == "عن" and (view.norm(k - 1) in _VIA or self.saying_between(k + 1, stop)):
                source = self.phrase_speaker(k + 1, stop)
                if source is not None:
                    return source
        j = verb + 1
        while j < stop and view.norm(j) in _SKIPPABLE:
            j += 1
        subject = self.phrase_speaker(j, stop) if j < stop else None
        if subject is not None:
            return self.resolve_anaphor(subject, sentence)
        before = self.subject_before(verb, sentence)
        return before if before is not None else self.carried(sentence)

    def saying_between(self, start: int, stop: int) -> bool:
        return any(self.view.norm(k) in _SAYING for k in range(start, stop))

    def resolve_anaphor(self, subject: Span, sentence: int) -> Span:
        """ "الدول" or "الوكالة" alone refers back to the previous speaker."""
        words = subject.text.split()
        named = any(m.start < subject.end and subject.start < m.end for m in self.doc.mentions)
        if not named and words and normalise(words[0]) in ANAPHORS:
            return self.carried(sentence) or subject
        return subject

    def subject_before(self, verb: int, sentence: int) -> Span | None:
        """A subject written before the verb ("إن شويغو قال"), or the subject of an earlier verb of the sentence
        ("وعبرت الولايات المتحدة ... وقالت إن")."""
        view = self.view
        first = self.doc.sentences[sentence].first_token
        k = verb - 1
        if k >= first and view.norm(k) == "و":
            k -= 1
        m = view.mention(k) if k >= first else None
        if m is not None and m.type in ("PERSON", "ORG", "GPE") and view.norm(verb - 1) != "و":
            return self.span(m.start, m.end)
        for j in range(verb - 1, first, -1):
            named = view.mention(j)
            if named is None or named.type not in ("PERSON", "ORG", "GPE") or view.in_quote[j]:
                continue
            k = j - 1
            while k > first and view.norm(k) in _SKIPPABLE:
                k -= 1
            if is_verb(view.norm(k)) and view.mention(k) is None:
                return self.span(named.start, named.end)
        return None

    # --- reported speech -------------------------------------------------------------------------------------

    def content_end(self, start: int, limit: int) -> int:
        view = self.view
        for k in range(start, limit):
            if view.in_quote[k]:
                continue
            if view.norm(k) in _COMMAS:
                after = k + 2 if view.norm(k + 1) in {"و", "ف"} else k + 1
                if view.norm(after) in _CUTS or (view.norm(after), view.norm(after + 1)) in _CUT_PAIRS:
                    return k
            if view.norm(k) in _ACCORDING and k > start:
                return k
        return limit

    def trimmed(self, start: int, end: int) -> tuple[int, int]:
        while end > start and self.view.norm(end - 1) in _TRIM:
            end -= 1
        while start < end and self.view.norm(start) in _TRIM:
            start += 1
        return start, end

    def reported_at(self, verb: int, sentence: int, limit: int) -> int | None:
        """Emit the reported speech introduced by the verb at ``verb``; return the token where its content ends."""
        view = self.view
        for k in range(verb + 1, min(limit, verb + _CUE_REACH)):
            if view.norm(k) in {".", ":"} or view.in_quote[k]:
                return None
            if k > verb + 1 and self.is_cue(k):
                return None
            content = self.complementiser_at(k)
            if content is None:
                continue
            speaker = self.speaker_between(verb, k, sentence)
            return self.emit_reported(content, limit, speaker, self.token_span(verb, verb + 1), sentence)
        return None

    def emit_reported(self, content: int, limit: int, speaker: Span | None, cue: Span, sentence: int) -> int | None:
        end = self.content_end(content, limit)
        first, last = self.trimmed(content, end)
        if last <= first:
            return None
        span = self.token_span(first, last)
        inside = sum(min(q_end, span.end) - max(q_start, span.start) for q_start, q_end in self.view.quotes)
        if inside >= 0.8 * (span.end - span.start):
            return end  # the clause is a direct quote; it is emitted as one
        self.quotes.append(Quote("indirect", span.start, span.end, span.text, cue=cue, speaker=speaker))
        self.reported.append(_Reported(span.start, span.end, speaker, cue))
        self.remember(speaker, sentence)
        return end

    # --- direct quotes ---------------------------------------------------------------------------------------

    def direct(self, start: int, end: int, first: int, last: int, sentence: int) -> None:
        """Emit the direct quote with content ``[start, end)`` (tokens ``first`` to ``last``)."""
        speaker: Span | None = None
        cue: Span | None = None
        for r in self.reported:
            if r.start <= start and end <= r.end:
                speaker, cue = r.speaker, r.cue
                break
        if cue is None:
            speaker, cue = self.cue_before(first, sentence)
        if cue is None:
            speaker, cue = self.cue_after(last, sentence)
        if cue is None and last - first >= 5:
            speaker = self.carried(sentence) if self.fills_sentence(first, last, sentence) else None
        self.quotes.append(Quote("direct", start, end, self.doc.text[start:end], cue=cue, speaker=speaker))
        self.remember(speaker, sentence)

    def fills_sentence(self, first: int, last: int, sentence: int) -> bool:
        s = self.doc.sentences[sentence]
        return first - s.first_token <= 2 and s.last_token - last <= 2

    def cue_before(self, first: int, sentence: int) -> tuple[Span | None, Span | None]:
        """ "عن X قوله: «...»" or "وقال X: «...»" just before the opening mark."""
        view = self.view
        lower = self.doc.sentences[sentence].first_token
        k = first - 2  # the token before the opening mark
        if k >= lower and view.norm(k) == ":":
            k -= 1
        if k >= lower and view.norm(k) in _SAYING:
            for j in range(k - 1, max(lower, k - _BEFORE_REACH) - 1, -1):
                if view.norm(j) == "عن":
                    return self.phrase_speaker(j + 1, k), self.token_span(k, k + 1)
            return self.carried(sentence), self.token_span(k, k + 1)
        for j in range(first - 2, max(lower, first - 2 - _BEFORE_REACH) - 1, -1):
            if view.in_quote[j]:
                break
            if self.is_cue(j):
                return self.speaker_between(j, first - 1, sentence), self.token_span(j, j + 1)
        return None, None

    def cue_after(self, last: int, sentence: int) -> tuple[Span | None, Span | None]:
        """ "«...»، قال X" or "«...»، بحسب X" right after the closing mark."""
        view = self.view
        limit = self.doc.sentences[sentence].last_token
        k = last + 1
        while k < limit and (view.norm(k) in _COMMAS | {"و"} or view.norm(k) in _MARKS):
            k += 1  # past the closing mark and a comma
        if k >= limit:
            return None, None
        if view.norm(k) in _ACCORDING:
            j = k + 1
            if view.norm(j) == "ل":
                j += 1
            return self.phrase_speaker(j, limit), self.token_span(k, k + 1)
        if self.is_cue(k):
            return self.speaker_between(k, limit, sentence), self.token_span(k, k + 1)
        return None, None

    # --- the scan --------------------------------------------------------------------------------------------

    def run(self) -> list[Quote]:
        view = self.view
        tokens = self.doc.tokens
        pending: tuple[Span | None, Span] | None = None
        for s_index, sentence in enumerate(self.doc.sentences):
            i, limit = sentence.first_token, sentence.last_token
            reported_until = -1
            opener = i + 1 if view.norm(i) in {"و", "ف"} else i
            content = self.complementiser_at(opener) if opener < limit else None
            if pending is not None and content is not None:
                # "قالت وكالة الأنباء المركزية الكورية.إن ...": the verb and its subject ended the previous sentence.
                reported_until = self.emit_reported(content, limit, pending[0], pending[1], s_index) or -1
            pending = None
            while i < limit:
                if view.in_quote[i]:
                    j = i
                    while j < limit and view.in_quote[j]:
                        j += 1
                    start = next(q for q in view.quotes if q[0] <= tokens[i].start < q[1])
                    self.direct(start[0], start[1], i, j - 1, s_index)
                    i = j
                    continue
                if i >= reported_until and self.is_cue(i):
                    end = self.reported_at(i, s_index, limit)
                    if end is not None:
                        reported_until = end
                    elif self.dangling(i, limit):
                        pending = (self.speaker_between(i, limit, s_index), self.token_span(i, i + 1))
                i += 1
        return self.quotes

    def dangling(self, verb: int, limit: int) -> bool:
        """Whether the sentence ends with the reporting verb and its subject ("وحينها قالت الوكالة.")."""
        view = self.view
        actors = view.actors_at(verb + 1, limit)
        if not actors:
            return False
        end = actors[-1][1]
        return all(view.norm(k) in _TRIM for k in range(end, limit))


def find_quotes(doc: Doc) -> list[Quote]:
    """Direct and reported quotes of ``doc`` in reading order, speakers as spans (not yet linked to entities)."""
    if not doc.tokens:
        return []
    return _QuoteFinder(doc).run()
