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
from itertools import pairwise

from workers.doc import Doc, Quote, Span
from workers.lang.ar.lexicon.words import (
    COMPLEMENTISERS,
    SAYING,
    word_set,
)
from workers.lang.ar.speakers import (
    ANSWERING,
    COMMAS,
    CUE_REACH,
    OBJECT_PRONOUNS,
    SpeakerReader,
    verb_in,
    without_object,
)
from workers.lang.ar.wordforms import CLOSING_MARKS, OPENING_MARKS, is_verb

# Words that introduce a nickname or a name in marks: "المعروف بـ"غنيوة"", "ما يسمى بـ"...""
_KNOWN_AS = word_set("المعروف المعروفة الملقب الملقبة المسمى المسماة يعرف تعرف يسمى تسمى الشهير الشهيرة")
_ACCORDING = word_set("بحسب حسب حسبما وفق وفقا طبقا")
_CUTS = word_set(
    "وذلك ذلك فيما بينما وسط مشيرا مشيرة مضيفا مضيفة موضحا موضحة لافتا لافتة مؤكدا مؤكدة معتبرا بحسب حسب وفق وفقا"
    " نافيا نافية داعيا داعية مطالبا مطالبة مشددا مشددة محذرا محذرة منوها منوهة مذكرا مذكرة إذ"
)
_CUT_PAIRS = frozenset({("في", "حين"), ("في", "اشاره")})
# "But he / she / they" before a reporting verb: the speaker's next statement, not more of this one.
_BUT_HE = word_set("لكنه لكنها لكنهم لكنهما ولكنه ولكنها ولكنهم")
# What a speaker does next, after و and a comma, ending the words reported before it ("...، ودعت المجتمع الدولي").
_SPEAKER_ACTS = word_set("دعا دعت طالب طالبت رفض رفضت حمل حملت جدد جددت أعرب أعربت")
_AND_ACTS = frozenset("و" + w for w in _SPEAKER_ACTS)
_MARKS = frozenset({'"', "»", "”", "«", "“"})
_TRIM = frozenset({".", "،", ",", ":", "؛", ";", "-", "—", "…"})
_QUOTED_NAME_WORDS = 3
# Circumstantial participles that go on with the same speaker: "وقال X إن ...، مشيرا إلى أن ...".
_PARTICIPLES = word_set(
    "مشيرا مشيرة مشيرين مضيفا مضيفة مضيفين موضحا موضحة لافتا لافتة مؤكدا مؤكدة مؤكدين معتبرا معتبرة محذرا محذرة"
    " قائلا قائلة قائلين واصفا واصفة بالقول مشددا مشددة مشددين منوها منوهة"
    " نافيا نافية نافين مذكرا مذكرة مذكرين"  # "...، نافيا أن تكون الزيارة قد ألغيت": denying, reminding
    " بالتأكيد بالتشديد بالإشارة بالتحذير"  # "وختم مؤتمره [بالتأكيد] على أن": the verbal noun, as "بالقول"
)
# Prepositions that take a quoted phrase as their object.
_OBJECT_MARKERS = word_set("عن ب الى على من ل بان")
_SCARE_WORDS = 3  # an unattributed quote this short (in tokens, less one) is a name or a term, not a statement
# Participles whose object may be a partial quote of the sentence's speaker ("داعيا ... إلى "الضغط على إسرائيل"").
_GOVERNING_PARTICIPLES = word_set(
    "داعيا داعية مطالبا مطالبة متهما متهمة محملا محملة واصفا واصفة معربا معربة مشيدا مشيدة منتقدا منتقدة"
)
# Words for what someone said, which a relative clause may follow ("تصريحات نقلها", "بيان أصدره").
_STATEMENT_NOUNS = word_set("تصريحات تصريح بيان مقابلة حديث كلمة رسالة تغريدة مقال تقرير منشور")
# An interview set out as questions and answers: a line ending in a question mark, then the answer on the next line,
# either bare or after a marker ("ج:") or the speaker's name ("بوريطة:").
_QUESTION_ENDS = ("؟", "?")
_ANSWER_MARKERS = word_set("ج جواب الجواب")
_LINE_LEADS = "-—–*•"
_MARKER_WORDS = 3  # a name before the answer's colon has at most this many tokens
_HEADLINE_NAME_REACH = 8  # tokens from a headline's start to the colon after the name of who speaks in it
_HEADLINE_BREAKS = frozenset({".", "..", "...", "…", "-", "|"})  # what ends a headline's first half ("... .. وأدرعي:")
# Words that introduce the interview and, near them, the person interviewed ("في هذا الحوار، يتحدث جبور").
_INTERVIEW_WORDS = word_set(
    "حوار الحوار مقابلة المقابلة لقاء اللقاء حاور حاورت حاورنا التقت التقى يتحدث تتحدث تحدث تحدثت حديث"
)
_BEFORE_REACH = 8  # tokens between a reporting verb and the direct quote it introduces
_COLON_REACH = 18  # the same when a colon announces the quote ("وقال X في كلمة أمام ...: «...»")
# "بيان طالب [فيه]", "تقرير اتهمت [فيها]": in which, between a verb in a relative clause and its subject.
_IN_WHICH = frozenset({"فيه", "فيها", "فيهما", "فيهم"})
_GOVERNOR_REACH = 20  # tokens between a verb and the partial quote that is its object ("اتهم X Y بـ"...")


@dataclass(slots=True)
class _Reported:
    start: int  # character offsets of the content
    end: int
    speaker: Span | None
    cue: Span
    quoted: bool = False  # the whole clause is in quotation marks, and is emitted as a direct quote


class _QuoteFinder(SpeakerReader):
    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self.quotes: list[Quote] = []
        self.reported: list[_Reported] = []

    # --- reported speech -------------------------------------------------------------------------------------

    def content_end(self, start: int, limit: int) -> int:
        view = self.view
        for k in range(start, limit):
            if view.in_quote[k]:
                continue
            if view.norm(k) in COMMAS:
                if self.quoted_clause(start, k):
                    return k  # "إن "أبطالنا عادوا إلى الوطن"، موجها الشكر": the quoted words were the clause
                after = k + 2 if view.norm(k + 1) in {"و", "ف"} else k + 1
                if view.norm(after) in _CUTS or (view.norm(after), view.norm(after + 1)) in _CUT_PAIRS:
                    return k
                if after == k + 2 and (self.complementiser_at(after) is not None or self.is_cue(after)):
                    return k  # "أن لبنان ملتزم ...، وأن ..." / "...، وتابع: «...»": a new quote begins
                if after == k + 1 and self.is_cue(after) and self.view.mention(after + 1) is not None:
                    return k  # "بأنه "نموذج يحتذى به"، قال لقجع: ...": the next speaker's verb and name
                if after == k + 1 and view.norm(after)[:1] in {"و", "ف"} and self.is_cue(after):
                    return k  # "...، وأضاف أن ...": a reporting verb with its conjunction glued on begins a new quote
                if (after == k + 2 and view.norm(after) in _SPEAKER_ACTS) or view.norm(after) in _AND_ACTS:
                    return k  # "...، ودعت المجتمع الدولي إلى": the speaker's next act, not more of the words
                if view.norm(after) in _BUT_HE and self.is_cue(after + 1):
                    return k  # "...، لكنه شدد على أن ...": so does one after "but he"
                if self.glued_complementiser(k + 1):
                    return k  # "...، وإنها بدأت": the tokenizer left the conjunction on the second clause
            if view.norm(k) in _ACCORDING and k > start:
                return k
        return limit

    def quoted_clause(self, start: int, comma: int) -> bool:
        """Whether the clause from ``start`` is one pair of quotation marks whose closing mark the comma at ``comma``
        follows."""
        view = self.view
        return (
            comma - start >= 3
            and view.norm(start) in OPENING_MARKS
            and view.norm(comma - 1) in CLOSING_MARKS
            and all(view.in_quote[k] for k in range(start + 1, comma - 1))
        )

    def trimmed(self, start: int, end: int) -> tuple[int, int]:
        while end > start and self.view.norm(end - 1) in _TRIM:
            end -= 1
        while start < end and self.view.norm(start) in _TRIM:
            start += 1
        return start, end

    def relative_report(self, k: int) -> bool:
        """ "في تصريحات [نقلها] الموقع الرسمي": a reporting verb with an object pronoun after a word for what was
        said describes those words; the sentence's own verb still introduces the clause after it."""
        norm = self.view.norm(k)
        return norm.endswith(("ها", "ه")) and self.view.norm(k - 1).removeprefix("ال") in _STATEMENT_NOUNS

    def reported_at(self, verb: int, sentence: int, limit: int) -> int | None:
        """Emit the reported speech introduced by the verb at ``verb``; return the token where its content ends."""
        view = self.view
        for k in range(verb + 1, min(limit, verb + CUE_REACH)):
            if view.norm(k) in {".", ":"} or view.in_quote[k]:
                return None
            if k > verb + 1 and self.is_cue(k) and not self.relative_report(k):
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
        if (span.start + 1, span.end - 1) in self.view.quotes:
            # The clause is one pair of quotation marks whole ("أكد أن "..."", "مضيفا أن «...»"): news annotation
            # counts it once, as the direct quote, which is emitted with this speaker. A clause with words of its own
            # outside the marks ("أن الجيش "لن يتفاوض"") is reported speech besides.
            self.reported.append(_Reported(span.start, span.end, speaker, cue, quoted=True))
            self.remember(speaker, sentence)
            return end
        self.quotes.append(Quote("indirect", span.start, span.end, span.text, cue=cue, speaker=speaker))
        self.reported.append(_Reported(span.start, span.end, speaker, cue))
        self.remember(speaker, sentence)
        return end

    # --- direct quotes ---------------------------------------------------------------------------------------

    def direct(self, start: int, end: int, first: int, last: int, sentence: int) -> None:
        """Emit the direct quote with content ``[start, end)`` (tokens ``first`` to ``last``)."""
        if self.quoted_name(first, last):
            return  # "منظمة «أوبك»", "تنظيم "داعش"": a name in quotation marks is nobody's words
        if self.view.norm(first - 2) == "ب" and self.view.norm(first - 3) in _KNOWN_AS:
            return  # "الككلي، المعروف بـ"غنيوة"": a nickname, nobody's words
        speaker: Span | None = None
        cue: Span | None = None
        for r in self.reported:
            if r.start <= start and end <= r.end:
                speaker, cue = r.speaker, r.cue
                break
        if cue is None:
            speaker, cue = self.cue_before(first, sentence)
        if cue is None and sentence > 0 and first - self.doc.sentences[sentence].first_token <= 1:
            speaker, cue = self.cue_on_line_before(sentence)
        if cue is None:
            speaker, cue = self.cue_after(last, sentence)
            according = cue is not None and self.view.norm(self.view.token_at(cue.start)) in _ACCORDING
            if according and not self.fills_sentence(first, last, sentence):
                # "داعيا إياهما إلى "..."، وفق بيان لوزارة الخارجية": who called for it said it; the statement after
                # is where the report comes from.
                governed, governor = self.governor(first, sentence)
                if governed is not None and governor is not None:
                    speaker, cue = governed, governor
        if cue is None and not self.fills_sentence(first, last, sentence):
            speaker, cue = self.governor(first, sentence)
        if cue is None and self.last_sentence == sentence and self.last_speaker is not None:
            # "أما سانشيز فأشار إلى أن ...، معتبرا ذلك "ثمرة التعاون"": later in a sentence whose speaker has
            # spoken, quoted words go on being his, short ones too.
            speaker = self.last_speaker
        elif cue is None and last - first < _SCARE_WORDS:
            return  # "تهديد "سبب الحرب"", "عملية "درع الحرية"": a name or a term set off, nobody's words
        elif cue is None and last - first >= 5:
            if self.fills_sentence(first, last, sentence):
                speaker = self.carried(sentence)
            else:
                # "وتعهد البرهان، في كلمة أمام الجنود، بمواصلة القتال "حتى تطهير ..."": a statement quoted inside
                # the sentence is its subject's words.
                speaker = self.earlier_subject(first - 1, self.doc.sentences[sentence].first_token)
        self.quotes.append(Quote("direct", start, end, self.doc.text[start:end], cue=cue, speaker=speaker))
        self.remember(speaker, sentence)

    def quoted_name(self, first: int, last: int) -> bool:
        """Whether tokens ``first`` to ``last`` are one name and nothing else: a listed or rule name of up to three
        words, or any name of one or two (the model also reads whole short quotes as names)."""
        named = self.view.mention_at[first]
        if named is None or any(self.view.mention_at[k] != named for k in range(first, last + 1)):
            return False
        words = last - first + 1
        return words <= 2 or (words <= _QUOTED_NAME_WORDS and self.doc.mentions[named].source != "model")

    def object_position(self, first: int) -> bool:
        """Whether the quote opening before token ``first`` is the object of a verb or a preposition ("أعربوا عن
        "دعمهم الكامل""، "اتهمها بـ"..."") rather than a subject, predicate or adjective of the clause around it."""
        before = self.view.norm(first - 2)
        if before in _OBJECT_MARKERS or before == ":" or is_verb(before):
            return True
        if is_verb(without_object(before, ("ه", *OBJECT_PRONOUNS))):
            return True  # "واعتبره "محاولة لمعاقبة الشعب"": its second object
        # "هدد [بفرض] "أقسى العقوبات"", "اتهمه [بارتكاب] "جرائم حرب"": the object of a verbal noun after ب.
        glued = before[:1] == "ب" and len(before) >= 4 and self.view.mention(first - 2) is None
        return glued or (self.view.norm(first - 3) == "ب" and self.view.mention(first - 2) is None)

    def governor(self, first: int, sentence: int) -> tuple[Span | None, Span | None]:
        """A partial quote that is the object of a verb ("اتهم أردوغان الاتحاد بـ"ازدواجية المعايير""): the verb's
        named subject said it."""
        view = self.view
        lower = max(self.doc.sentences[sentence].first_token, first - _GOVERNOR_REACH)
        spoken = self.last_sentence == sentence  # the sentence's speaker has spoken before this quote
        for k in range(first - 2, lower - 1, -1):
            if view.in_quote[k] or view.norm(k) in {".", ":"}:
                break
            if view.norm(k) in _GOVERNING_PARTICIPLES and (self.object_position(first) or spoken):
                # "، داعيا الولايات المتحدة ... إلى "الضغط على إسرائيل"": the sentence's speaker goes on, also when the
                # quote only qualifies the object ("داعيا إلى مسار سياسي "ذي مصداقية"") after a quote of his.
                first_token = self.doc.sentences[sentence].first_token
                speaker = self.last_speaker if spoken else self.earlier_subject(k, first_token)
                return speaker, self.token_span(k, k + 1)
            with_object = without_object(view.norm(k), ("ه", *OBJECT_PRONOUNS))
            if not (is_verb(view.norm(k)) or is_verb(with_object)) or view.mention(k) is not None:
                continue
            if not self.object_position(first):
                return None, None
            topic = self.topic(k, sentence)
            if topic is not None:
                return topic, self.token_span(k, k + 1)  # "أما X، فاتهم واشنطن بـ"...""
            if view.norm(k - 1) == "قد":
                # "وكان مندوب روسيا ... قد اتهم الدول الغربية بـ"..."": the subject stands before the verb.
                return self.subject_of_kana(k - 1, sentence), self.token_span(k, k + 1)
            if self.disagrees(k, k + 1):
                # "نفت قوات الدعم السريع ...، واتهمت الجيش بـ"..."": the object follows; the subject came earlier.
                subject = self.earlier_subject(k, self.doc.sentences[sentence].first_token)
            else:
                # "تقرير اتهمت [فيه] منظمة العفو الدولية السلطات بـ"..."": the report the verb is in, then its subject.
                at = k + 2 if view.norm(k + 1) in _IN_WHICH else k + 1
                subject = self.phrase_speaker(at, first - 1)
            if subject is None or not self.names_someone(subject):
                # "نددت حماس بالهجوم، ودعت إلى "النفير العام"": a verb without its own subject shares the one
                # of the verb before it.
                subject = self.earlier_subject(k, self.doc.sentences[sentence].first_token)
            if subject is not None and self.names_someone(subject):
                return subject, self.token_span(k, k + 1)
            return None, None
        return None, None

    def fills_sentence(self, first: int, last: int, sentence: int) -> bool:
        s = self.doc.sentences[sentence]
        return first - s.first_token <= 2 and s.last_token - last <= 2

    def cue_before(self, first: int, sentence: int) -> tuple[Span | None, Span | None]:
        """ "عن X قوله: «...»" or "وقال X: «...»" just before the opening mark."""
        view = self.view
        lower = self.doc.sentences[sentence].first_token
        k = first - 2  # the token before the opening mark
        reach = _BEFORE_REACH
        if k >= lower and view.norm(k) == ":":
            k -= 1
            reach = _COLON_REACH
            if view.norm(k) in _PARTICIPLES:
                # "قال الملك ... إن ...، مضيفا: «...»": the sentence's speaker goes on.
                speaker = self.last_speaker if self.last_sentence == sentence else self.earlier_subject(k, lower)
                if speaker is None and verb_in(view.norm(k - 1), ANSWERING):
                    speaker = self.asked(k - 1, sentence)  # "وسئل كجوك ...، فرد قائلا: «...»"
                if speaker is None:
                    speaker = self.carried(sentence)  # "ومضى قائلا: «...»": nobody new, the last speaker goes on
                return speaker, self.token_span(k, k + 1)
        if k >= lower and view.norm(k) in SAYING:
            for j in range(k - 1, max(lower, k - _BEFORE_REACH) - 1, -1):
                if view.norm(j) == "عن":
                    return self.phrase_speaker(j + 1, k), self.token_span(k, k + 1)
            return self.carried(sentence), self.token_span(k, k + 1)
        for j in range(first - 2, max(lower, first - 2 - reach) - 1, -1):
            if view.in_quote[j]:
                break
            # "رد الركراكي ضاحكا: «...»": a verb of answering opens a quote the way a verb of saying does.
            if self.is_cue(j) or verb_in(view.norm(j), ANSWERING) is not None:
                return self.speaker_between(j, first - 1, sentence), self.token_span(j, j + 1)
        return None, None

    def cue_on_line_before(self, sentence: int) -> tuple[Span | None, Span | None]:
        """ "وفي تغريدة على حسابه، كتب فيدان:" ending the line before a quote set on its own line (a tweet)."""
        view = self.view
        previous = self.doc.sentences[sentence - 1]
        last = previous.last_token - 1
        while last > previous.first_token and view.norm(last) in _TRIM - {":"}:
            last -= 1
        if view.norm(last) != ":":
            return None, None
        for j in range(last - 1, max(previous.first_token, last - _COLON_REACH) - 1, -1):
            if view.in_quote[j]:
                break
            if self.is_cue(j):
                return self.speaker_between(j, last, sentence - 1), self.token_span(j, j + 1)
        return None, None

    def cue_after(self, last: int, sentence: int) -> tuple[Span | None, Span | None]:
        """ "«...»، قال X" or "«...»، بحسب X" right after the closing mark."""
        view = self.view
        limit = self.doc.sentences[sentence].last_token
        k = last + 1
        while k < limit and (view.norm(k) in COMMAS | {"و"} or view.norm(k) in _MARKS):
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
        headline_sentence, headline_until = self.headline()
        for s_index, sentence in enumerate(self.doc.sentences):
            i, limit = sentence.first_token, sentence.last_token
            reported_until = headline_until if s_index == headline_sentence else -1
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
                if i >= reported_until and i == opener and view.norm(i) in _ACCORDING:
                    end = self.according_at(i, s_index, limit)
                    if end is not None:
                        reported_until = end
                elif (
                    i >= reported_until
                    and self.last_sentence == s_index
                    and (content := self.next_clause_at(i)) is not None
                ):
                    cue = self.token_span(i, i + 1)
                    reported_until = (
                        self.emit_reported(content, limit, self.last_speaker, cue, s_index) or reported_until
                    )
                elif i >= reported_until and view.norm(i) in _PARTICIPLES:
                    end = self.participle_at(i, s_index, limit)
                    if end is not None:
                        reported_until = end
                elif i >= reported_until and self.is_cue(i):
                    end = self.reported_at(i, s_index, limit)
                    if end is not None:
                        reported_until = end
                    elif self.dangling(i, limit):
                        pending = (self.speaker_between(i, limit, s_index), self.token_span(i, i + 1))
                i += 1
        self.posts()
        self.answers()
        return self.quotes

    # --- headlines -------------------------------------------------------------------------------------------

    def headline(self) -> tuple[int, int]:
        """ "غروندبرغ: اتفاق في مسقط على إطلاق أكثر من ألف محتجز"، "... .. وأدرعي: لن نسمح ...": a headline line that
        names someone before a colon reports that person's words after it. Emits them and returns the sentence they
        are in and the token where they end ((-1, -1) when the first line is no such headline)."""
        view = self.view
        text = self.doc.text
        line_end = text.find("\n")
        if line_end <= 0 or not self.doc.sentences:
            return -1, -1
        line_last = view.token_at(line_end)
        colon = next((k for k in range(line_last) if view.norm(k) == ":"), None)
        if colon is None or view.in_quote[colon]:
            return -1, -1
        index = view.sentence_of[colon]
        sentence = self.doc.sentences[index]
        last = min(line_last, sentence.last_token)
        if colon + 1 >= last:
            return -1, -1
        start = colon
        while start > sentence.first_token and colon - start < _HEADLINE_NAME_REACH:
            if view.norm(start - 1) in COMMAS or view.norm(start - 1) in _HEADLINE_BREAKS:
                break
            start -= 1
        if view.norm(start) in {"و", "ف"}:
            start += 1  # "... .. [و]أدرعي:": the conjunction joins the headline's second half
        before = view.mention(colon - 1)
        if (
            before is not None
            and before.type in ("PERSON", "ORG")
            and not before.nominal
            and view.norm(self.mention_start(colon - 1) - 1) == "و"
            and self.mention_start(colon - 1) - 1 > start
        ):
            # "رونالدو يحسم ديربي الرياض [وبنزيمة]: ...": the headline's second half names who speaks.
            start = self.mention_start(colon - 1)
        if start >= colon or not view.named(start, colon):
            return -1, -1
        speaker = self.phrase_speaker(start, colon)
        if speaker is None:
            return -1, -1
        cue = self.token_span(colon, colon + 1)
        return index, self.emit_reported(colon + 1, last, speaker, cue, index) or -1

    # --- posts -----------------------------------------------------------------------------------------------

    def posts(self) -> None:
        """ "وكتب غروسي في منشور على منصة إكس:" and, on the next line, the post without quotation marks: the post is
        the writer's words, a direct quote."""
        text = self.doc.text
        view = self.view
        lines = _lines(text)
        for (start, end), (post_start, post_end) in pairwise(lines):
            if text[end - 1] != ":":
                continue
            colon = view.token_at(end - 1)
            sentence = view.sentence_of[colon]
            first = max(view.token_at(start), self.doc.sentences[sentence].first_token)
            verb = next((k for k in range(colon - 1, first - 1, -1) if self.is_cue(k)), None)
            if verb is None:
                continue
            a, b = _stripped(text, post_start, post_end)
            if b <= a or any(q.start < b and a < q.end for q in self.quotes):
                continue
            speaker = self.speaker_between(verb, colon, sentence)
            at = next((k for k, q in enumerate(self.quotes) if q.start > a), len(self.quotes))
            cue = self.token_span(verb, verb + 1)
            self.quotes.insert(at, Quote("direct", a, b, text[a:b], cue=cue, speaker=speaker))

    # --- interviews ------------------------------------------------------------------------------------------

    def answers(self) -> None:
        """The answers of an interview set out as questions and answers, each one line: the interviewee's words,
        though no quotation marks hold them. An answer in quotation marks is already a direct quote and only gets
        its speaker. The speaker is the name before the answer's colon, or else :meth:`interviewee`. The headline
        (the first line) is never a question, and a lone question counts only when a marker ("س:", "-") or the
        answer's form (a marker, a name, quotation marks) shows the layout."""
        text = self.doc.text
        lines = _lines(text)
        pairs = [
            (lines[k], lines[k + 1])
            for k in range(1, len(lines) - 1)
            if _is_question(text, *lines[k]) and not _is_question(text, *lines[k + 1])
        ]
        if not pairs:
            return
        interviewee = self.interviewee(pairs[0][0][0])
        view = self.view
        for question, (start, end) in pairs:
            speaker = interviewee
            content = start
            first = view.token_at(start)
            colon = next(
                (k for k in range(first, min(first + _MARKER_WORDS + 1, len(self.doc.tokens))) if view.norm(k) == ":"),
                -1,
            )
            marked = text[question[0]] in _LINE_LEADS or view.norm(view.token_at(question[0])) in {"س", "سؤال"}
            if colon > first and self.doc.tokens[colon].end <= end:
                content = self.doc.tokens[colon].end
                marked = True
                if view.norm(first) not in _ANSWER_MARKERS and view.mention(first) is not None:
                    speaker = self.token_span(first, colon)
            quoted = next(
                (
                    q
                    for q in self.quotes
                    if q.kind == "direct"
                    and content <= q.start
                    and q.end <= end
                    and text[content : q.start].strip(" \"'«»“”" + _LINE_LEADS) == ""
                    and text[q.end : end].strip(" .\"'«»“”") == ""
                ),
                None,
            )
            if quoted is not None:
                if quoted.speaker is None:
                    quoted.speaker = speaker
                continue
            if len(pairs) < 2 and not marked:
                continue
            answer_start, answer_end = _stripped(text, content, end)
            if answer_end > answer_start:
                # In reading order among the quotes found by the scan.
                at = next((k for k, q in enumerate(self.quotes) if q.start > answer_start), len(self.quotes))
                answer = text[answer_start:answer_end]
                self.quotes.insert(at, Quote("direct", answer_start, answer_end, answer, speaker=speaker))

    def interviewee(self, before: int) -> Span | None:
        """Who answers the questions of an interview whose first question starts at character ``before``: the
        speaker of the headline ("جبور لهسبريس: ..."), else the person named first after a word that introduces
        the interview ("التقت صحيفة الشرق الأوسط رئيس الجمعية المحامي حسن مغنية"; or nearest before it), else
        whoever was quoted last."""
        text = self.doc.text
        headline_end = text.find("\n")
        view = self.view
        for quote in self.quotes:
            # "خبيرة تربوية لهسبريس: ...": a headline that only describes who speaks leaves her name to the text.
            speaker = quote.speaker
            if speaker is not None and quote.start < headline_end and view.names_in(speaker.start, speaker.end):
                return speaker
        for k in range(min(view.token_at(headline_end), _HEADLINE_NAME_REACH)):
            if view.norm(k) == ":":
                break
            m = view.mention(k)
            if m is not None and m.type == "PERSON" and not m.nominal:
                return Span(m.start, m.end, m.text)  # "برهم صالح لـ«الشرق الأوسط»: ..."
        limit = view.token_at(before)
        for k in range(limit - 1, -1, -1):
            if view.norm(k) not in _INTERVIEW_WORDS:
                continue
            sentence = self.doc.sentences[view.sentence_of[k]]
            after = [
                m
                for j in range(k + 1, min(sentence.last_token, limit))
                if (m := view.mention(j)) is not None and m.type == "PERSON" and not m.nominal
            ]
            before_word = [
                m
                for j in range(sentence.first_token, k)
                if (m := view.mention(j)) is not None and m.type == "PERSON" and not m.nominal
            ]
            chosen = after[0] if after else before_word[-1] if before_word else None
            if chosen is not None:
                return Span(chosen.start, chosen.end, chosen.text)
        last: Span | None = None
        for quote in self.quotes:
            if quote.speaker is not None and quote.end <= before:
                last = quote.speaker
        return last

    def according_at(self, i: int, sentence: int, limit: int) -> int | None:
        """ "وبحسب مصدر حكومي، فإن ..." / "ووفقا لبيان الشركة، فإن ...": the clause after فإن, said by the source
        named before the comma; return where it ends."""
        view = self.view
        first_comma = True
        for k in range(i + 1, min(limit, i + CUE_REACH)):
            if view.in_quote[k] or view.norm(k) in {".", ":"}:
                return None
            if view.norm(k) not in COMMAS:
                continue
            then_that = view.norm(k + 1) == "ف" and view.norm(k + 2) in COMPLEMENTISERS
            apposed = (m := view.mention(k + 1)) is not None and m.type == "PERSON"
            # "وبحسب الأمم المتحدة، فرّ أكثر من مئة ألف شخص": at the head of a sentence, the clause after the source
            # is reported without "فإن" too, as news annotation counts it.
            clause = (
                first_comma
                and k > i + 1
                and not apposed
                and not view.in_quote[k + 1]
                and view.norm(k + 1)[:1].isalnum()
            )
            first_comma = False
            if then_that or clause:
                j = i + 1
                if view.norm(j) == "ل":
                    j += 1
                if view.norm(j) == "ما" and is_verb(view.norm(j + 1)):
                    j += 2  # "وبحسب ما أفادت وكالة بلومبرغ، فإن ..."
                    if view.norm(j) in {"به", "بها"}:
                        j += 1  # "ووفقا لما أفادت به صحيفة الشرق الأوسط"
                speaker = self.phrase_speaker(j, k)
                head = view.mention(j)
                if speaker is not None and (head is None or head.nominal):
                    # "وبحسب الرئيسة التنفيذية لرابطة محترفات التنس [بورتيا آرتشر]، فإن"
                    speaker = self.named_official(j, k) or speaker
                if speaker is not None:
                    speaker = self.resolve_anaphor(speaker, sentence)  # "وبحسب البيان": whoever issued it
                if self.unnamed_source(j) and (speaker is None or not self.names_someone(speaker)):
                    # "وبحسب مصدر حكومي تحدث لصحيفة النهار": the newspaper; "وبحسب مصادر دبلوماسية": nobody.
                    speaker = self.outlet_told(j, k)
                content = k + 3 if then_that else k + 1
                return self.emit_reported(content, limit, speaker, self.token_span(i, i + 1), sentence)
        return None

    def participle_at(self, i: int, sentence: int, limit: int) -> int | None:
        """ "، مشيرا إلى أن ...": reported speech of the sentence's last speaker; return where it ends. The clause may
        come after an adjunct ("مؤكدا في مقابلة خاصة مع سكاي نيوز عربية أن"), as after a verb of saying."""
        view = self.view
        for k in range(i + 1, min(limit, i + CUE_REACH)):
            if view.norm(k) in {".", ":"} or view.in_quote[k] or (k > i + 1 and self.is_cue(k)):
                return None
            content = self.complementiser_at(k)
            if content is not None:
                first = self.doc.sentences[sentence].first_token
                # "وهدد الوزير X بتوسيع العمليات، قائلا إن ...": with no quote before it, the subject of the verb.
                speaker = self.earlier_subject(i, first)
                said = max((q.end for q in self.quotes), default=-1)
                if self.last_sentence == sentence and (
                    speaker is None or speaker.start < said or self.joined_verb_before(speaker.start)
                ):
                    # "اتهمت منظمة العفو ... بـ"..."، وهو ما نفته الوزارة، مؤكدة أن": the subject of a new clause after
                    # the last quote goes on; after a verb joined by و ("ودعا [الأمم المتحدة]") the phrase is its
                    # object, and whoever was just quoted goes on.
                    speaker = self.last_speaker
                return self.emit_reported(content, limit, speaker, self.token_span(i, i + 1), sentence)
        return None

    def joined_verb_before(self, start: int) -> bool:
        """Whether the phrase at character ``start`` follows a verb joined to the clause before by و ("ودعا")."""
        view = self.view
        k = view.token_at(start) - 1
        return k >= 1 and view.norm(k - 1) == "و" and is_verb(view.norm(k))

    def dangling(self, verb: int, limit: int) -> bool:
        """Whether the sentence ends with the reporting verb and its subject ("وحينها قالت الوكالة.")."""
        view = self.view
        actors = view.actors_at(verb + 1, limit)
        if not actors:
            return False
        end = actors[-1][1]
        return all(view.norm(k) in _TRIM for k in range(end, limit))


def _lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-blank lines of ``text``, without their surrounding spaces."""
    out: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        start = position + len(line) - len(line.lstrip())
        end = position + len(line.rstrip())
        if end > start:
            out.append((start, end))
        position += len(line) + 1
    return out


def _is_question(text: str, start: int, end: int) -> bool:
    return text[start:end].rstrip(" \"'«»“”").endswith(_QUESTION_ENDS)


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding spaces, a leading dash or bullet, and a final full stop."""
    while start < end and (text[start].isspace() or text[start] in _LINE_LEADS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return start, end


def find_quotes(doc: Doc) -> list[Quote]:
    """Direct and reported quotes of ``doc`` in reading order, speakers as spans (not yet linked to entities)."""
    if not doc.tokens:
        return []
    return _QuoteFinder(doc).run()
