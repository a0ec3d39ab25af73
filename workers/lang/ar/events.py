"""PLOVER 2.0 events in Arabic news: triggers from the lexicon, actors from word order, status from particles.

Per sentence: trigger words (verbs in every person and tense, verbal nouns, fixed words; some need a companion word,
"أطلق النار"); their actors from Arabic word order: the subject after the verb ("زار شويغو كوريا"), or before it after
a clause opener ("إن الجيش قصف"), or inherited by a coordinated verb ("... واجتمع مع كيم"); the object or the noun
after على، مع، إلى، ضد، ل as target; for verbal nouns the noun they govern ("زيارة الوزير", "مقتل شخص"). Victims of
passive-looking verbs ("قُتل شخص") are targets. Status: negated (لم، لن، لا، عدم، نفى أن), hypothetical (قد with the
imperfect, ربما، إذا، لو، في حال، إمكانية, a question asked with هل), future (the prefix س، سوف، من المقرر، يعتزم);
non-asserted events are kept with their status. Mentions of one event are merged: triggers of one type within a
sentence ("تفجير انتحاري ... مقتل"), and repeated reports across sentences that share a participant ("زيارة شويغو" ...
"وزار شويغو"). Candidates of the types the trained filter knows (ASSAULT, PROTEST) are kept when it reads the
sentence as a report.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from workers.doc import Doc, Event, Span
from workers.lang.ar.clitics import load_vocab
from workers.lang.ar.docview import DocView
from workers.lang.ar.event_actors import (
    APPROXIMATORS,
    COMMAS,
    LIGHT_REACH,
    MATERIAL_CONFLICT,
    NUMBERISH,
    PARTY_TYPES,
    PLACE_NOUNS,
    QUOTE_MARKS,
    ActorReader,
    Candidate,
    is_verb_like,
    light_verb,
    quantity,
    unique,
)
from workers.lang.ar.lexicon import IMPERFECT, PAST, POSSESSED, Hit
from workers.lang.ar.lexicon.event_filter import EventFilter, SentenceCues, bare, filter_features, sentence_cues
from workers.lang.ar.lexicon.words import (
    COMPLEMENTISERS,
    FUTURE_MARKERS,
    HYPOTHETICAL_MARKERS,
    LIGHT_VERBS,
    NEGATING_VERBS,
    NEGATORS,
    NUMBER_WORDS,
    PREPOSITIONS,
    TIME_WORDS,
    VICTIM_NOUNS,
    word_set,
)
from workers.lang.ar.normalise import normalise
from workers.lang.ar.wordforms import is_definite

# Types whose reports are often restated in the next sentences without a new party; and how many sentences on.
_RESTATED = frozenset({"CONSULT", "SUPPORT", "REQUEST", "AGREE"})
_RESTATED_REACH = 3
# Types whose report in another sentence is the same event only with the same parties: an accusation, refusal or
# threat is one statement, and an attack that names another party, or fewer, is as often another attack.
_SAME_PARTIES_ONLY = frozenset({"ACCUSE", "REJECT", "THREATEN", "ASSAULT"})
# Types whose triggers in one sentence name one incident whatever their modes ("تفجير انتحاري ... مقتل"); coercions
# differ by what was done: a dispersal and the arrests after it are two acts.
_ONE_INCIDENT = MATERIAL_CONFLICT - {"COERCE"}
# Nominal triggers of these types right after a verbal trigger are its content ("ستناقش إجراء تدريبات",
# "اقترح ... تدريبات بحرية", "تطالب بانسحاب مقاتلي الحركة"), not events of their own.
_COMPLEMENT_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT", "AID", "REQUEST", "CONCEDE", "RETREAT"})
_SENTENCE_END = frozenset(".!?؟…\"'»”)")
_HEADLINE_TOKENS = 8
_FOLLOW_REACH = 8  # tokens from a trigger to its companion word ("أطلق ... النار", "أعرب ... عن قلقه")
_SIGNING_REACH = 14  # the same for a signing or a sanction, whose parties and adjuncts run long ("فرضت لجنة ... غرامة")
# Words that complete a companion word ("وقع ... مذكرة تفاهم"): part of the trigger, not its object.
_COMPANION_TAILS = word_set("تفاهم التفاهم")
# Verbs of stopping that report an arrest only when people are stopped ("أوقفت الشرطة 14 مشجعا", not "أوقفت تركيا
# الضخ").
_DETAINING = word_set("أوقف أوقفت أوقفوا أوقفا أوقفتا")
_PEOPLE_REACH = 12  # tokens after "أوقف" where the people it detained are read
# Arriving and heading somewhere are a visit only when a named person or body travels ("وصل وزير الخارجية الإيراني
# عباس عراقجي إلى الرياض"); convoys, migrants, water levels and prices arrive too ("قافلة وصلت إلى"، "بنسب تصل إلى").
# What a host receives that is not a guest: crowds and their counts, cases, ships, and tournaments.
_CROWDS = word_set(
    "لاجئ لاجئا لاجئين لاجئون اللاجئين مهاجر مهاجرا مهاجرين المهاجرين سائح سائحا سياح زائر زائرا زوار عائد عائدا عائدين"
    " جرحى مصابين مصابا الحالات حالات طالب طالبا طلاب متفرج متفرجا مشجع مشجعا سفينة سفن ركاب ركابه الفارين النازحين"
    " بطولة البطولة كأس مونديال أولمبياد"
)
_CROWD_REACH = 5  # tokens after a hosting verb where its object is read
_TRAVELLERS = word_set("وفد وفدا مبعوث موفد بعثة مسؤول مسؤولون مسؤولين دبلوماسي دبلوماسيون")
_ARRIVING = word_set(
    "وصل وصلت وصلوا وصلا وصلتا يصل تصل يصلون يصلان تصلان نصل أصل توجه توجهت توجهوا توجها يتوجه تتوجه يتوجهون"
)
# People whom news reports stopped or detained ("أوقفت السلطات أغلب المتهمين"، "أوقفت الشرطة نقابيا").
_DETAINEES = word_set(
    "متهم متهما متهمين المتهم المتهمين قيادي قياديا قياديين قياديي نقابي نقابيا نقابيين معارض معارضا معارضين "
    "مشجع مشجعا مشجعين مهاجر مهاجرا مهاجرين لاجئ لاجئا لاجئين مشتبه محتج محتجا محتجين متظاهر متظاهرا متظاهرين "
    "صحفيين صحافيين مدون مدونا مدونين عضو عضوا أعضاء شاب شابا شبان"
)
# What arrives with aid rather than on a visit ("قافلة تضم 20 شاحنة وصلت").
_CONSIGNMENTS = word_set("قافلة قوافل شحنة شحنات شاحنة شاحنات حمولة")
_ABSORB_REACH = 12
# Words that make their clause a condition or a question: "إذا هاجمت", "هل تتوسط الصين" asks, it does not report.
_CONDITIONS = word_set("إذا لو حال هل")
_CONTEXT_WORDS = {
    "military": word_set(
        "عسكري عسكرية العسكري العسكرية عسكريا الجيش جيش الجيوش القوات قوات الأسلحة أسلحة صواريخ قذائف ذخيرة مدفعية "
        "تدريبات مناورات الدفاع دفاع البحرية حربية"
    ),
    "economic": word_set(
        "اقتصادي اقتصادية الاقتصادي الاقتصادية الاقتصاد تجاري تجارية التجارة التجاري استثمار الاستثمار"
    ),
    "diplomatic": word_set("دبلوماسي دبلوماسية الدبلوماسية الدبلوماسي سفير السفير سفارة السفارة"),
    "terrorism": word_set("إرهاب الإرهاب إرهابي إرهابية الإرهابي الإرهابية الإرهابيين"),
    "humanitarian": word_set("إنساني إنسانية الإنسانية الإنساني إغاثة الإغاثة"),
    "election": word_set("انتخابات الانتخابات انتخابية الانتخابية الاقتراع"),
    "legal": word_set("محكمة المحكمة القضاء قضائي قضائية"),
}
_REFERENCE_NOUNS = word_set(
    "ذكرى الذكرى حادثة حادث قضية عملية محاولة سياسة جريمة جرائم تهمة بتهمة ملف تحقيق مسلسل سلسلة موجة عقوبة اتهامات "
    "مسؤولية ضحايا منفذي منفذ مرتكبي "
    # What is demanded, required or traded ("شدد على ضرورة انسحاب إسرائيل", "يجب رفع القيود", "مقابل انسحاب").
    "ضرورة بضرورة شرط بشرط يجب ينبغي مقابل"
)
_DURING = word_set("في خلال أثناء")
_THAT = word_set("أن ان")
_CLAUSE_END = COMMAS | {"."}
_WARNING_REACH = 8  # tokens from a warning's "من أن" to the verb it warns its side will do
# Words that date a clause by an event ("بعد اتصال بين ...", "خلال لقاء بين ...").
_WHEN = word_set("بعد قبل منذ خلال في أثناء عقب إثر اثر")
_ROUNDS = word_set("جولة الجولة جولات الجولات جولتين")
_OCCASION_PREPOSITIONS = word_set("إثر اثر عقب جراء بسبب اعقاب أعقاب لدى")
_PAYING = word_set("دفع دفعت دفعوا دفعنا يدفع تدفع يدفعون ندفع ادفع")
# "بأي ثمن", "ندفع دائما ثمن": the price, after words that never come before the verb ثمّن.
_PRICED = _PAYING | word_set("أي بأي دائما وحدنا")
# Trigger words that mean something else after a given word: "طائرات مسيرة" are drones, not a march.
_BLOCKED_AFTER = {
    normalise("مسيرة"): word_set("طائرة طائرات الطائرات الطائرة"),
    normalise("مسيرات"): word_set("طائرات"),
    normalise("ثمن"): _PRICED,  # "تدفع ثمن التذاكر": the price paid, not "ثمّن" (praised)
    normalise("ثمنا"): _PRICED,
}
# "وهو ما نددت به المنظمة": ما after هو or هي is a relative "what", not a negation.
_IT_IS = word_set("هو هي وهو وهي")
# What must be done is not done yet: "يجب رفع القيود", "ينبغي وقف الهجمات".
_MUST = word_set("يجب ينبغي")
# Circumstantial participles ("داعيا", "مطالبة") that report what the subject of the sentence's verb did next.
_CIRCUMSTANTIAL = word_set(
    "داعيا داعية داعين مطالبا مطالبين حاثا حاثة مناشدا مناشدة متهما متهمة متهمين محملا محملة متوعدا متوعدة "
    "متوعدين ملوحا ملوحة ملوحين رافضا رافضة رافضين منددا منددة منددين مستنكرا مستنكرة منتقدا منتقدة مشيدا مشيدة "
    "مشيدين مثمنا مثمنة محذرا محذرة محذرين"
)
# Forms of حذر (warned): a threat only towards a party the warning names or of a deed its side will do (run()).
_WARNINGS = word_set("حذر حذرت حذروا حذرا حذرتا يحذر تحذر يحذرون محذرا محذرة محذرين")
# "لن" with its conjunction written on or apart: the negated future that, before a verb of kind L, refuses.
_WILL_NOT = word_set("لن ولن فلن")
_SUMMONED_REACH = 3  # tokens after a summoned diplomat's title to the party he represents ("القائم بالأعمال الإثيوبي")
_DENIAL_REACH = 10  # tokens from a complementiser back to the denial that governs it (subject, adjuncts)
_DENIED_NOUN_REACH = 4  # tokens from a verbal noun back to the denial whose object it is
# Triggers whose named doer and victim make a report evident: an invasion or a bombardment of one party by another.
_EVIDENT_TRIGGERS = word_set("اجتياح الاجتياح اجتاح اجتاحت غزو الغزو غزا غزت قصف القصف قصفت")


class _EventFinder(ActorReader):
    def __init__(self, doc: Doc, event_filter: EventFilter | None) -> None:
        super().__init__(doc)
        self.filter = event_filter
        self._sentence_cues: dict[int, SentenceCues] = {}  # by a sentence's first token

    def trigger_at(self, i: int, limit: int) -> tuple[Hit, int] | None:
        """The lexicon entry token ``i`` triggers and the end of the trigger span, if any."""
        view = self.view
        if i > 0 and view.norm(i - 1) in _WILL_NOT:
            refused = self.lexicon.refused(view.norm(i))
            if refused:
                return refused[0], i + 1  # "لن نقبل بفرض الأمر الواقع": a refusal said, whatever the verb means
        hits = self.lexicon.lookup(view.norm(i))
        if not hits:
            return None
        # A form that is both a verb and its noun ("دعم", "قصف") reads as the noun after a verb or a preposition
        # ("سنواصل دعم", "في قصف"), as the verb elsewhere.
        k = i - 1
        while k >= 0 and view.norm(k) in QUOTE_MARKS:
            k -= 1
        prev = view.norm(k)
        blockers = _BLOCKED_AFTER.get(view.norm(i), frozenset())
        if prev in blockers or prev[1:] in blockers or prev in _MUST:  # "بطائرات مسيرة", "يجب رفع القيود"
            return None
        noun_first = prev in PREPOSITIONS or is_verb_like(prev)
        verbs_only = all(h.pos in (PAST, IMPERFECT) and not h.entry.follow for h in hits)
        if prev in PREPOSITIONS and prev != "ل" and verbs_only:
            return None  # "على تجمع للمواطنين": a noun spelled like a verb ("على قطع الطريق" is both)
        # A fixed form ("أصيب" was hit) is meant as written, before any verb it could also spell ("أُصيب" I hit).
        ordered = sorted(hits, key=lambda h: (h.entry.kind != "W", (h.pos in (PAST, IMPERFECT)) == noun_first))
        plain: tuple[Hit, int] | None = None
        for hit in ordered:
            if view.norm(i + 1) in hit.entry.unless:
                continue
            if hit.entry.follow:
                reach = _SIGNING_REACH if hit.entry.type in ("AGREE", "SANCTION") else _FOLLOW_REACH
                for k in range(i + 1, min(limit, i + 1 + reach)):
                    if self._follows(view.norm(k), hit.entry.follow):
                        tail = k + 1 < limit and view.norm(k + 1) in _COMPANION_TAILS
                        return hit, k + 2 if tail else k + 1
            elif plain is None:
                plain = (hit, i + 1)
        return plain

    @staticmethod
    def _follows(norm: str, words: frozenset[str]) -> bool:
        return norm in words or (len(norm) > 3 and norm[0] in "وبل" and norm[1:] in words)

    def skip_trigger(self, i: int) -> bool:
        """Part of a name ("مجلس التعاون الخليجي"), or a participle made a noun by its article ("المتهمين" are the
        accused, not people accusing)."""
        norm = self.view.norm(i)
        if norm != bare(norm) and bare(norm) in _CIRCUMSTANTIAL:
            return True
        m = self.view.mention(i)
        return m is not None and not m.nominal and m.type != "NORP"

    def reference(self, c: Candidate, first: int, limit: int) -> bool:
        """A verbal noun that names an event in passing ("ذكرى اغتيال", "بعد الهجوم", "سياسة الاغتيالات") rather than
        reporting it; such a mention counts only when it also gives its victims ("أسفر عن مقتل 30 شخصا"). A noun
        carried by a light verb ("قامت بتفجير نفسها") or a march its marchers walk in ("خرج متظاهرون في مظاهرات")
        is the event itself."""
        view = self.view
        k = c.first - 1
        while k >= first and view.norm(k) in {"و", "ف"}:
            k -= 1
        if k < first:
            return False
        before = view.norm(k)
        if before == "ل" and self.exposed_at(c.first, first) is not None:
            return False  # "تعرضت ثكنة لاعتداء": the attack itself
        if before == "ب" and k > first and light_verb(view.norm(k - 1)):
            return False
        if before == "في" and c.entry.type == "PROTEST" and self.participants(first, limit):
            return False
        if c.entry.type == "CONSULT" and self.names_other_party(c) and (c.pos == POSSESSED or self.names_source(c)):
            # "خلال لقائه وزير الخارجية المصري", "خلال زيارة أردوغان إلى بغداد": a talk or visit whose parties are
            # named (the pronoun standing for one) happened.
            return False
        round_of = before == "من" and any(view.norm(t) in _ROUNDS for t in range(max(first, k - 3), k))
        if (
            (before in _WHEN or round_of)
            and c.entry.type == "CONSULT"
            and self.parties_named_between(c, limit)
            and not self.future_after(c, limit)
        ):
            # "بعد اتصال هاتفي بين الرئيس تبون ونظيره الفرنسي ماكرون": a talk whose parties are named dates what
            # followed; "جولة جديدة من المحادثات بين إيران والولايات المتحدة" is the talk itself; "تقارير عن اتصال
            # بين" reports a rumour.
            return False
        if before in PREPOSITIONS or before in _REFERENCE_NOUNS or before in _OCCASION_PREPOSITIONS:
            return not self.counted_victims(c) and not self.carried(c, limit)
        return False

    def warners_side(self, c: Candidate, deed: int) -> None:
        """A warning of what its side will do, its "من" at token ``deed``: the party that will act, named in that
        clause ("حذر بارو من أن فرنسا سترد"), is on the warner's side, a source and not the target."""
        at = self.doc.tokens[deed].start
        view = self.view
        inside = [t for t in c.target if t[0] >= at]
        c.target = [t for t in c.target if t[0] < at]
        side = [t for t in inside if self.named_entities(*t)]
        for k in range(deed + 2, min(self.doc.sentences[c.sentence].last_token, deed + 2 + _WARNING_REACH)):
            m = view.mention(k)
            if m is not None and m.type in PARTY_TYPES and view.entity_at[k] is not None:
                side.append((m.start, m.end))  # "من أن [فرنسا] سترد": the clause's subject acts for the warner
                break
            if view.norm(k) in _CLAUSE_END or view.norm(k) in _WILL_NOT or view.norm(k)[:1] == "س":
                break
        c.source = unique([*c.source, *side])

    def warned_deed(self, c: Candidate) -> int | None:
        """The token of "من" when a warning goes on "من أن" to a clause in the future ("سترد", "سيقابل بتصعيد") or
        refusing with لن; None otherwise."""
        view = self.view
        sentence = self.doc.sentences[c.sentence]
        k = c.end
        while k < sentence.last_token and view.norm(k) != "من":
            if view.norm(k) in _CLAUSE_END:
                return None
            k += 1
        if k + 1 >= sentence.last_token or view.norm(k + 1) not in _THAT:
            return None
        for t in range(k + 2, min(sentence.last_token, k + 2 + _WARNING_REACH)):
            norm = view.norm(t)
            if norm in _CLAUSE_END:
                return None
            if norm in _WILL_NOT or _future_verb(norm):
                return k
        return None

    def future_after(self, c: Candidate, limit: int) -> bool:
        """Whether a verb in the future follows the trigger in its clause ("جولة جديدة من المفاوضات بين ... ستنطلق")."""
        view = self.view
        for t in range(c.end, min(limit, c.end + _WARNING_REACH + 4)):
            norm = view.norm(t)
            if norm in _CLAUSE_END:
                return False
            if _future_verb(norm):
                return True
        return False

    def during(self, c: Candidate, first: int) -> bool:
        """Whether the talk ``c`` names is the occasion of its clause ("في اتصال هاتفي مع"، "خلال لقاء مع") and names
        the other party."""
        k = c.first - 1
        if k < first or self.view.norm(k) not in _DURING:
            return False
        return self.names_other_party(c)

    def parties_named_between(self, c: Candidate, limit: int) -> bool:
        """Whether the talk names two or more parties after بين, each of them by name."""
        view = self.view
        phrases = self.phrases_between(c, limit)
        return len(phrases) >= 2 and all(view.named(a, b) for a, b, _ in phrases)

    def names_other_party(self, c: Candidate) -> bool:
        """Whether the candidate's target names a party, or a counterpart of a named nationality ("مع نظيره
        الصيني"), which is that country's."""
        view = self.view
        return self.names_target(c) or any(
            self.counterpart(view.token_at(a), view.token_at(b - 1) + 1) for a, b in c.target
        )

    def carried(self, c: Candidate, limit: int) -> bool:
        """A light verb right after the noun tells who did it ("غارة شنتها طائرة", "هجوم نفذه مجهولون")."""
        view = self.view
        for k in range(c.end, min(limit, c.end + LIGHT_REACH)):
            if view.norm(k) in COMMAS:
                return False
            if light_verb(view.norm(k)) and view.norm(k) not in LIGHT_VERBS:
                return True  # the pronoun on the verb stands for the noun
        return False

    def counted_victims(self, c: Candidate) -> bool:
        view = self.view
        starts = {self.doc.tokens[t].start: t for t in range(c.end, min(len(self.doc.tokens), c.end + 8))}
        return any(
            (t := starts.get(a)) is not None
            and (
                view.norm(t).isdigit()
                or view.norm(t) in VICTIM_NOUNS
                or view.norm(t) in NUMBERISH
                or view.norm(t) in NUMBER_WORDS
            )
            for a, _ in c.target
        )

    # --- status ----------------------------------------------------------------------------------------------

    def status(self, i: int, hit: Hit, first: int) -> str:
        view = self.view
        before = [view.norm(k) for k in range(max(first, i - 3), i)]
        near = before[-2:]
        negators = [k for k in range(max(first, i - 2), i) if view.norm(k) in NEGATORS]
        if hit.entry.kind == "L":
            negators = [k for k in negators if k != i - 1]  # its own لن makes the refusal, not a denial of it
        if any(not (view.norm(k) == "ما" and view.norm(k - 1) in _IT_IS) for k in negators):
            return "negated"
        clause = self.clause_start(i, first)
        words = [view.norm(k) for k in range(clause, i)]
        for k, w in enumerate(words):
            if w in NEGATING_VERBS and any(x in COMPLEMENTISERS for x in words[k + 1 :]):
                return "negated"
        # "نفت الشرطة في بيان أن يكون مسلحون قد هاجموا": the clause is the complement of a denial.
        complement = clause > first and view.norm(clause - 1) in COMPLEMENTISERS
        if complement and self.denied_before(clause - 1, first):
            return "negated"
        # "ونفت موسكو استهداف منشآت مدنية": a verbal noun a denial governs.
        if hit.pos not in (PAST, IMPERFECT) and self.denied_before(i, first, _DENIED_NOUN_REACH):
            return "negated"
        if "قد" in near and hit.pos != PAST:
            return "hypothetical"
        if any(w in HYPOTHETICAL_MARKERS - {"قد"} for w in before) or any(w in _CONDITIONS for w in words):
            return "hypothetical"
        if hit.future or any(w in FUTURE_MARKERS for w in before) or "سوف" in before:
            return "future"
        return "asserted"

    def denied_before(self, k: int, first: int, reach: int = _DENIAL_REACH) -> bool:
        """Whether a verb of denial stands within ``reach`` tokens before token ``k``, in the same clause."""
        view = self.view
        for j in range(k - 1, max(first, k - reach) - 1, -1):
            norm = view.norm(j)
            if norm in NEGATING_VERBS:
                return True
            if norm in COMMAS or (j < k - 1 and norm in COMPLEMENTISERS):
                return False
        return False

    def clause_start(self, i: int, first: int) -> int:
        view = self.view
        for k in range(i - 1, first - 1, -1):
            if view.norm(k) in COMMAS or view.norm(k) in COMPLEMENTISERS:
                return k + 1
        return first

    # --- actors ----------------------------------------------------------------------------------------------

    def headline(self, first: int, limit: int) -> bool:
        """A title or a line of hashtags: no verb-final punctuation and short, or several '#'."""
        view = self.view
        if sum(1 for k in range(first, limit) if view.norm(k) == "#") >= 2:
            return True
        sentence_text = self.doc.text[self.doc.tokens[first].start : self.doc.tokens[limit - 1].end]
        return limit - first <= _HEADLINE_TOKENS and sentence_text[-1:] not in _SENTENCE_END

    def sentence_events(self, s_index: int) -> list[Candidate]:
        sentence = self.doc.sentences[s_index]
        first, limit = sentence.first_token, sentence.last_token
        if limit <= first or self.headline(first, limit):
            return []
        found: list[Candidate] = []
        previous_verbal: Candidate | None = None
        self.last_candidate = None
        i = first
        while i < limit:
            if self.skip_trigger(i):
                i += 1
                continue
            result = self.trigger_at(i, limit)
            if result is None:
                i += 1
                continue
            hit, end = result
            self.side = self.view.in_quote[i]
            # Meetings, calls and talks name the other party after ب; in attacks and protests ب is the means.
            self.party_after_b = hit.entry.type not in MATERIAL_CONFLICT
            verbal = hit.pos in (PAST, IMPERFECT) and hit.entry.kind in ("V", "F", "L")
            c = Candidate(hit.entry, i, end, verbal, s_index, self.status(i, hit, first), pos=hit.pos)
            body = self.view.norm(i)[hit.prefix_letters :]
            c.cues.add(body)
            if verbal:
                self.verbal_actors(c, i, limit, first, previous_verbal)
                self.object_before_b(c, body, limit, first, previous_verbal)
                self.addressee_of_request(c, body, limit, previous_verbal)
                if hit.entry.type == "AGREE" and hit.entry.kind == "F":
                    self.relative_object(c, body, limit)
                self.held_responsible(c, body, first, previous_verbal)
                previous_verbal = c
            else:
                self.nominal_actors(c, i, limit, first, possessed=hit.pos == POSSESSED)
                self.addressee_of_request(c, body, limit, None)
                self.held_responsible(c, body, first, None)
                if c.entry.type == "CONSULT" and not c.source and (hit.pos == POSSESSED or self.during(c, first)):
                    # "قال أردوغان خلال استقباله نظيره"، "وأضاف خلال لقائه"، "وأكد رجي في اتصال هاتفي مع بارو": the
                    # talk is the clause's, held by the last verb's doer or the sentence's speaker.
                    speaker = self.speaker_before(i, s_index) or self.speaker_in(s_index)
                    c.source = self.carried_subject(i, first, previous_verbal, joined=False) or (
                        [speaker] if speaker else self.first_party(first, i)
                    )
                c.weak = self.reference(c, first, limit)
                if self.view.norm(i) in _CIRCUMSTANTIAL:
                    # "أدانت الوزارة القصف، داعية المجتمع الدولي إلى ...": the participle's doer is the verb's, or,
                    # after the words a sentence reports ("أفاد الوزير بأن الشرطة اعتقلت ...، داعيا ..."), the
                    # speaker's; with neither, whoever the sentence quotes ("وقال الوزير إن ...، متهما باريس بـ...").
                    # With none ("ونفى المرتضى ما تردد ...، متهما الحكومة"), the party the sentence opened with.
                    speaker = self.speaker_before(i, s_index)
                    c.source = (
                        self.carried_subject(i, first, previous_verbal, joined=False)
                        or ([speaker] if speaker else c.source)
                        or self.first_party(first, i)
                    )
            found.append(c)
            self.last_candidate = c
            i = end if hit.entry.follow else i + 1
        merged = [c for c in _merge_in_sentence(_fold_discussions(_absorb(found, self.view))) if not c.weak]
        merged = [
            c for c in merged if not (c.cues & _DETAINING) or self.people(c.target) or self.people_after(c, limit)
        ]
        if any(c.entry.type == "PROTEST" for c in merged):
            # "تظاهر المئات رافعين لافتات تطالب بـ...", "مطالبين بإقالة الحكومة", "إضرابا دعا إليه الاتحاد": what
            # protesters demand, or the call that brought them out, is part of the protest.
            merged = [c for c in merged if c.entry.type != "REQUEST" or self.names_source(c)]
        for c in merged:
            if c.entry.type == "CONSULT" and c.entry.mode == "visit" and self.consignment(c.source):
                # "قافلة تضم 20 شاحنة وصلت إلى مخيم زمزم": aid that arrived, not a visit.
                c.entry = replace(c.entry, type="AID", mode=None, context="humanitarian")
        merged = [c for c in merged if c.entry.type != "CONSULT" or not (c.cues & _ARRIVING) or self.named(c.source)]
        merged = [c for c in merged if c.entry.type != "CONSULT" or c.entry.mode != "host" or not self.crowd(c, limit)]
        for c in merged:
            self.between_parties(c, limit)
        for c in merged:
            self.hosted_talk(c, merged, limit)
        for c in merged:
            self.pronoun_object(c, first, limit)
            if c.entry.type == "ACCUSE" and self.summons(c):
                self.summoned(c, limit)
            if c.entry.type == "ASSAULT":
                self.complete_assault(c, first, limit)
            elif c.entry.type == "PROTEST":
                self.complete_protest(c, first, limit)
        if self.filter is None:
            return merged
        return [c for c in merged if self.reported(c, first, limit)]

    def summons(self, c: Candidate) -> bool:
        """Whether one of the candidate's trigger words (also one merged into it: "أدانت ... واستدعت السفير") is the
        lexicon's diplomatic accusation, a diplomat summoned."""
        hits = (h for cue in c.cues for h in self.lexicon.lookup(cue))
        return any(h.entry.type == "ACCUSE" and h.entry.context == "diplomatic" for h in hits)

    def summoned(self, c: Candidate, limit: int) -> None:
        """Whom a summons protests to: the party the summoned diplomat represents, named right after his title ("السفير
        [الفرنسي]", "سفير [موريتانيا]", "القائم بالأعمال [الإثيوبي]")."""
        view = self.view
        for k in range(c.end, min(limit, c.end + _SUMMONED_REACH)):
            m = view.mention(k)
            if m is not None and not m.nominal and m.type in ("NORP", "GPE", "ORG", "PERSON"):
                c.target = [(m.start, m.end)]
                return
            if view.norm(k) in COMMAS:
                return

    def consignment(self, actors: list[tuple[int, int]]) -> bool:
        """Whether the first of ``actors`` is a convoy or a shipment ("قافلة", "شحنة مساعدات", "شاحنات")."""
        if not actors:
            return False
        norm = bare(self.view.norm(self.view.token_at(actors[0][0])))
        return norm in _CONSIGNMENTS

    def named(self, actors: list[tuple[int, int]]) -> bool:
        """Whether one of ``actors`` names a person, body, country or nationality ("وفدا ضم مسؤولين روسا"; a title
        standing for a person counts), or is a delegation or an envoy."""
        view = self.view
        for a, b in actors:
            first = view.token_at(a)
            last = view.token_at(max(a, b - 1))
            # The actor may be the adjective of its head ("مسؤولين [روسا]").
            if any(bare(view.norm(k)) in _TRAVELLERS for k in range(max(0, first - 2), last + 1)):
                return True
            for k in range(first, last + 1):
                m = view.mention(k)
                if m is not None and m.type in ("PERSON", "ORG", "GPE", "NORP"):
                    return True
        return False

    def crowd(self, c: Candidate, limit: int) -> bool:
        """Whether what a host receives is a crowd or a tournament rather than a guest: a number of people, ships
        or cases ("استقبلت نحو 15 مليون سائح"، "تستقبل يوميا عشرات الجرحى"، "تستضيف تركيا 2.9 مليون لاجئ") or a
        championship ("البطولة التي تستضيفها الرياض")."""
        view = self.view
        for k in range(c.end, min(limit, c.end + _CROWD_REACH)):
            norm = view.norm(k)
            m = view.mention(k)
            if m is not None and m.type in ("PERSON", "ORG"):
                return False
            if quantity(norm) or bare(norm) in _CROWDS:
                return True
        before = view.norm(c.first - 1)
        return before in {"التي", "الذي"} and bare(view.norm(c.first - 2)) in _CROWDS

    def people(self, actors: list[tuple[int, int]]) -> bool:
        """Whether one of ``actors`` names people: a count of them ("14 مشجعا", "معظم المتهمين", "نحو ١٠٠ شخص") or a
        person."""
        view = self.view
        for a, b in actors:
            k = view.token_at(a)
            norm = view.norm(k)
            m = view.mention(k)
            if quantity(norm) or norm in VICTIM_NOUNS:
                return True
            if any(bare(view.norm(t)) in _DETAINEES for t in range(k, view.token_at(max(a, b - 1)) + 1)):
                return True
            if norm in APPROXIMATORS and k + 1 < len(self.doc.tokens) and view.norm(k + 1).isdigit():
                return True
            if m is not None and m.type == "PERSON":
                return True
        return False

    def people_after(self, c: Candidate, limit: int) -> bool:
        """Whether a count of people or a word for detainees follows the trigger in its clause past adjuncts the
        actor rules do not skip ("أوقفت وحدات أمنية، فجر اليوم، ثلاثة من قياديي الحزب", "أوقفت منذ مطلع الشهر 27
        شخصا"): the arrest of people, not the halting of a thing."""
        view = self.view
        for k in range(c.end, min(limit, c.end + _PEOPLE_REACH)):
            norm = view.norm(k)
            if view.in_date[k] or norm in TIME_WORDS or view.mention(k) is not None:
                continue  # "فجر اليوم" is a time and "تونسية" a nationality, though spelled like verbs
            if k > c.end and is_verb_like(norm):
                return False
            if quantity(norm) or norm in VICTIM_NOUNS or bare(norm) in _DETAINEES:
                return True
        return False

    def reported(self, c: Candidate, first: int, limit: int) -> bool:
        """Whether the filter (for the types it knows) reads the candidate's sentence as reporting it."""
        if self.filter is None or c.entry.type not in self.filter.types or self.evident(c):
            return True
        sentence = self._sentence_cues.get(first)
        if sentence is None:
            sentence = self._sentence_cues[first] = sentence_cues(self.view, first, limit)
        features = filter_features(self.view, first, limit, c.entry.type, c, sentence=sentence)
        return self.filter.probability(features) >= self.filter.threshold

    def evident(self, c: Candidate) -> bool:
        """An asserted event whose doer and other party are both named ("اجتياح موسكو العسكري لأوكرانيا"): the
        rules have read a whole clause, which the filter (trained on sentences where this is rare) need not judge."""
        if c.status != "asserted" or not c.source or not c.target or not (c.cues & _EVIDENT_TRIGGERS):
            return False
        sources = set().union(*(self.named_entities(a, b) for a, b in c.source))
        targets = set().union(*(self.named_entities(a, b) for a, b in c.target))
        return bool(sources) and bool(targets - sources)

    def names_party(self, c: Candidate) -> bool:
        """Whether one of the candidate's actors names a person, an organisation or a place."""
        return self.names_source(c) or self.names_target(c)

    def names_source(self, c: Candidate) -> bool:
        """Whether the candidate's source names a person, an organisation or a place."""
        return any(self.named_entities(a, b) for a, b in c.source)

    def names_target(self, c: Candidate) -> bool:
        """Whether the candidate's target names a person, an organisation or a place."""
        return any(self.named_entities(a, b) for a, b in c.target)

    def named_entities(self, start: int, end: int) -> set[str]:
        """Entities named (not merely described) by mentions inside characters ``[start, end)``."""
        view = self.view
        k = bisect.bisect_left(view.token_ends, start + 1)
        ids: set[str] = set()
        while k < len(self.doc.tokens) and self.doc.tokens[k].start < end:
            m = view.mention(k)
            entity = view.entity_at[k]
            if m is not None and not m.nominal and m.type in ("PERSON", "ORG", "GPE", "LOC") and entity is not None:
                ids.add(entity)
            k += 1
        return ids

    def examples(self, event_type: str) -> list[tuple[int, int, dict[str, float]]]:
        """Filter features of every candidate of ``event_type`` the filter would judge, sentence by sentence, each
        with its sentence's characters."""
        out = []
        for s_index, sentence in enumerate(self.doc.sentences):
            first, limit = sentence.first_token, sentence.last_token
            for c in self.sentence_events(s_index):
                if c.entry.type == event_type:
                    features = filter_features(self.view, first, limit, event_type, c)
                    out.append((sentence.start, sentence.end, features))
        return out

    def event(self, c: Candidate) -> Event:
        view = self.view
        doc = self.doc
        start, end = doc.tokens[c.first].start, doc.tokens[c.end - 1].end
        hit_prefix = self.lexicon.lookup(view.norm(c.first))
        skip = hit_prefix[0].prefix_letters if hit_prefix else 0
        start = _skip_letters(doc.text, start, skip) if skip and c.end - c.first == 1 else start
        sentence = doc.sentences[c.sentence]
        context = [c.entry.context] if c.entry.context else []
        said = set(view.norms[sentence.first_token : sentence.last_token])
        for name, words in _CONTEXT_WORDS.items():
            if name not in context and not words.isdisjoint(said):
                context.append(name)
        confidence = (0.6 if c.verbal else 0.5) + (0.15 if c.source else 0) + (0.1 if c.target else 0)
        if c.status != "asserted":
            confidence *= 0.6
        # Actors as the record names them: a delegation by the body it stands for, "his country" by its speaker.
        targets = [self.represented(*self.antecedent(a, b), sentence.last_token) for a, b in c.target]
        sources = [
            actor
            for a, b in c.source
            for actor in self.own_country(
                *self.represented(*self.antecedent(a, b), sentence.last_token), sentence.first_token
            )
        ]
        sources = [self.issuer(a, b, sentence.first_token) for a, b in sources]
        location = self.location(c)
        unnamed = not any(self.named_entities(a, b) for a, b in targets)
        if c.entry.type == "ASSAULT" and location is not None and unnamed:
            # "قصفت قوات الدعم السريع سوقا في مدينة الفاشر": an attack on people or things nobody names hits the place.
            targets.append((location.start, location.end))
        return Event(
            type=c.entry.type,
            trigger=Span(start, end, doc.text[start:end]),
            sentence=(sentence.start, sentence.end),
            source=[Span(a, b, doc.text[a:b]) for a, b in unique(sources)],
            target=[Span(a, b, doc.text[a:b]) for a, b in unique(targets) if (a, b) not in set(sources)],
            mode=c.entry.mode,
            context=context,
            status=c.status,
            location=location,
            confidence=round(min(confidence, 0.95), 3),
        )

    def location(self, c: Candidate) -> Span | None:
        """A place named after في in the event's sentence, nearest after the trigger (else before it)."""
        view = self.view
        sentence = self.doc.sentences[c.sentence]
        best: tuple[int, Span] | None = None
        for k in range(sentence.first_token, sentence.last_token - 1):
            if view.norm(k) != "في":
                continue
            at = k + 1
            while (
                at < sentence.last_token and at - k <= 3 and view.mention(at) is None and view.norm(at) in PLACE_NOUNS
            ):
                at += 1
            m = view.mention(at)
            if m is None or m.type not in ("GPE", "LOC", "FAC"):
                continue
            distance = k - c.first if k >= c.first else 1000 + c.first - k
            if best is None or distance < best[0]:
                best = (distance, Span(m.start, m.end, m.text))
        return best[1] if best else None

    def run(self) -> list[Event]:
        candidates: list[Candidate] = []
        for s_index in range(len(self.doc.sentences)):
            candidates.extend(self.sentence_events(s_index))
        # A verbal noun reports a talk, a call or support only with a named party ("المحادثات بين إيران وواشنطن"); alone
        # ("ستواصل دعم قدرات خفر السواحل", "الدعم الحكومي") it names the kind of thing, not an event. Material acts
        # (attacks, arrests, protests) are events with or without their doers named.
        candidates = [c for c in candidates if c.verbal or c.entry.type in MATERIAL_CONFLICT or self.names_party(c)]
        # A warning threatens a party it names ("حذر روتايو الجزائر من ...") or announces what its side will do ("حذر
        # من أن بلاده سترد", "... لن تقبل"); "حذر من كارثة" warns of a danger.
        kept: list[Candidate] = []
        for c in candidates:
            if c.cues & _WARNINGS:
                deed = self.warned_deed(c)
                if deed is not None:
                    self.warners_side(c, deed)
                elif not self.names_target(c):
                    continue
            kept.append(c)
        candidates = kept
        self.two_sides(candidates)
        self.own_party_targets(candidates)
        self.pair_apart(candidates)
        self.alleged(candidates)
        self.deeds(candidates)
        events = [self.event(c) for c in candidates]
        merged = _merge_across(self.view, events, [c.first_person for c in candidates])
        return [self.nationality_of_deed(self.with_party(e)) for e in merged]


def _skip_letters(text: str, start: int, letters: int) -> int:
    """Move ``start`` past ``letters`` letters (and the diacritics on them) of an attached prefix."""
    k = start
    for _ in range(letters):
        k += 1
        while k < len(text) and "\u064b" <= text[k] <= "\u0652":
            k += 1
    return k


def _future_verb(norm: str) -> bool:
    """Whether a normalised word is an imperfect verb with the future's س ("سترد", "ستنطلق")."""
    rest = norm[1:]
    if norm[:1] != "س" or rest[:1] not in ("ي", "ت", "ن") or len(rest) < 3 or norm.endswith(("ه", "ات")):
        return False
    # "سيارة", "سنوات", "سيناريو": nouns spelled like a future verb, known as words, not as the verb without س.
    vocab = load_vocab()
    return vocab.get(norm, 0) <= vocab.get(rest, 0)


def _absorb(found: list[Candidate], view: DocView) -> list[Candidate]:
    """Drop nominal triggers that are the content of a preceding verbal trigger, a call or a threat, in the same
    clause."""
    kept: list[Candidate] = []
    for c in found:
        governed = False
        # "أشاد الأمير بتنظيم البطولة خلال اتصال هاتفي مع ..."، "وقعت الإمارات اتفاقيات خلال زيارة أردوغان": a talk
        # or visit that is the clause's occasion is not another verb's content; it is the talk a verb of talking
        # reports ("بحث الرئيس في اتصال هاتفي مع ..."), and "خلال المحادثات" refers to talks reported before.
        occasion = (
            c.entry.type == "CONSULT"
            and c.first > 0
            and view.norm(c.first - 1) in _DURING
            and not is_definite(view.norm(c.first))
        )
        if not c.verbal:
            for v in kept:
                if occasion and v.entry.type != "CONSULT":
                    continue
                # A call governs its content too ("داعيا إسرائيل إلى الإفراج عن ..."); a threat governs whatever it
                # threatens, attacks and strikes included ("لوّح الاتحاد بإضراب عام").
                governs = (v.verbal or v.entry.type == "REQUEST") and c.entry.type in _COMPLEMENT_TYPES
                governs = governs or v.entry.type == "THREATEN"
                if governs and 0 <= c.first - v.end <= _ABSORB_REACH:
                    between = range(v.end, c.first)
                    if not any(view.norm(k) in COMMAS or view.in_quote[k] for k in between):
                        governed = True
                        break
        if not governed:
            kept.append(c)
    return kept


def _compatible(a: Candidate, b: Candidate) -> bool:
    """Two triggers of a sentence name one happening: same type and mode (or one without a mode), or any two of a
    violent incident or a protest ("تفجير انتحاري" is explosives and a suicide attack at once)."""
    if a.entry.type != b.entry.type:
        return False
    if a.entry.type in _ONE_INCIDENT:
        return True
    return a.entry.mode is None or b.entry.mode is None or a.entry.mode == b.entry.mode


def _fold_discussions(found: list[Candidate]) -> list[Candidate]:
    """ "أجرى الرئيس اتصالا هاتفيا مع ...، بحث خلاله التصعيد": what a meeting or call discussed is that meeting or
    call, reported earlier in the sentence; the discussion adds no event and no actors of its own."""
    kept: list[Candidate] = []
    for c in found:
        talk = c.entry.type == "CONSULT" and c.entry.mode == "discuss"
        talks = (k for k in kept if k.entry.type == "CONSULT" and k.entry.mode not in (None, "discuss") and not k.weak)
        host = next(talks, None)
        if talk and host is not None and host.status == c.status:
            host.cues |= c.cues
            continue
        kept.append(c)
    return kept


def _merge_in_sentence(found: list[Candidate]) -> list[Candidate]:
    """One event per type (and mode) in a sentence: its triggers name one happening; the verb leads."""
    merged: list[Candidate] = []
    for candidate in found:
        host = next((m for m in merged if _compatible(m, candidate)), None)
        if host is None:
            merged.append(candidate)
            continue
        c = candidate
        if (c.verbal and not host.verbal) or (host.weak and not c.weak):
            merged[merged.index(host)] = c
            host, c = c, host
        # Someone who is a victim in one report of the incident is not its perpetrator in another.
        host.source = host.source + [s for s in c.source if s not in host.source and s not in host.target]
        host.target = host.target + [t for t in c.target if t not in host.target and t not in host.source]
        host.weak = host.weak and c.weak
        host.cues |= c.cues
        if host.entry.mode is None and c.entry.mode is not None:
            host.entry = c.entry
    return merged


def _merge_across(view: DocView, events: list[Event], first_person: list[bool]) -> list[Event]:
    """Reports of one event in several sentences ("زيارة شويغو" ... "وزار شويغو") share a type, a mode and a
    participant entity; the first report stays, with the actors of all. A talk, a call for something, support or
    an agreement restated within a few sentences without a new party ("التقى الوزير نظيره ... وبحث الجانبان خلال
    اللقاء ...") is the same event too. An accusation, refusal, threat or attack is the same only with the same
    parties. A speaker's own deeds in the first person (``first_person``, "نطالب ... ونطالب ...") are each its
    own: a speaker who names one call after another makes two calls, not one reported twice."""
    kept: list[Event] = []
    participants: list[set[str]] = []
    sentences: list[int] = []
    own: list[bool] = []
    for e, said in zip(events, first_person, strict=True):
        ids = set().union(*(view.entities_in(span.start, span.end) for span in (*e.source, *e.target)))
        here = view.sentence_of[view.token_at(e.sentence[0])]
        host = None
        # A speaker's first-person deed is an event of its own: it joins no earlier report, and none joins it (own).
        for k, other in enumerate([] if said else kept):
            talk = e.type in _RESTATED
            # "وبحث الجانبان خلال اللقاء": what a meeting discussed is the meeting, whatever its own mode.
            same_mode = other.mode == e.mode or other.mode is None or e.mode is None or (talk and e.mode == "discuss")
            same_kind = other.type == e.type and same_mode
            same_kind = same_kind and other.status == e.status  # "may send arms" is not the shipment that happened
            if not same_kind or other.sentence == e.sentence or own[k]:
                continue
            if talk:
                # A talk reported again without a new party is the same talk (one that names nobody, only within a
                # few sentences); one with a new party ("واجتمع بن فرحان بعد ذلك مع عبد العاطي") is another.
                near = 0 < here - sentences[k] <= _RESTATED_REACH
                if ids <= participants[k] and (ids or near):
                    host = k
                    break
            elif e.type in _SAME_PARTIES_ONLY and ids != participants[k]:
                continue
            elif ids & participants[k]:
                host = k
                break
        if host is None:
            kept.append(e)
            participants.append(ids)
            sentences.append(here)
            own.append(said)
            continue
        other = kept[host]
        other.source += [s for s in e.source if (s.start, s.end) not in {(x.start, x.end) for x in other.source}]
        other.target += [t for t in e.target if (t.start, t.end) not in {(x.start, x.end) for x in other.target}]
        other.mode = other.mode or e.mode
        participants[host] |= ids
    return kept


def find_events(doc: Doc, event_filter: EventFilter | None = None) -> list[Event]:
    """PLOVER events of ``doc`` in reading order, actors as spans (the events stage links them to entities).

    With ``event_filter``, candidates of the types it knows are kept only when it reads them as reported events.
    """
    if not doc.tokens:
        return []
    return _EventFinder(doc, event_filter).run()


def filter_examples(doc: Doc, event_type: str) -> list[tuple[int, int, dict[str, float]]]:
    """Training features for :class:`EventFilter`: one dict per rule candidate of ``event_type`` in ``doc`` that the
    filter would be asked about (rules unfiltered), with the characters of the candidate's sentence; none when the
    rules find no such candidate."""
    if not doc.tokens:
        return []
    return _EventFinder(doc, None).examples(event_type)
