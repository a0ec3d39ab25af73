"""Who did what to whom in Arabic news: the actors of an event from Arabic word order.

The subject after the verb ("زار شويغو كوريا"), or before it after a clause opener ("إن الجيش قصف"), or inherited by
a coordinated verb ("... واجتمع مع كيم") or from the words a sentence reports; the object or the noun after على، مع،
إلى، ضد، ل as target; for verbal nouns the noun they govern ("زيارة الوزير", "مقتل شخص"); victims of passive-looking
verbs ("قُتل شخص") are targets. :class:`ActorReader` holds these rules; :mod:`workers.lang.ar.events` finds the
triggers and asks it for their actors.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from workers.doc import Doc, Event, Mention, Span
from workers.lang.ar.clitics import load_vocab
from workers.lang.ar.docview import DocView, view_of
from workers.lang.ar.lexicon import IMPERFECT, PAST, Trigger, event_triggers
from workers.lang.ar.lexicon.event_filter import bare
from workers.lang.ar.lexicon.words import (
    AGENT_MARKERS,
    CLAUSE_OPENERS,
    COMPLEMENTISERS,
    LIGHT_VERBS,
    NUMBER_WORDS,
    PREPOSITIONS,
    QUANTIFIERS,
    TARGET_PREPOSITIONS,
    TIME_WORDS,
    VICTIM_NOUNS,
    word_set,
)
from workers.lang.ar.normalise import normalise
from workers.lang.ar.wordforms import OPENING_MARKS, is_verb

MATERIAL_CONFLICT = frozenset({"PROTEST", "ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
_ASPECT = word_set("قد لقد لم لن لا ما سوف و ف")
COMMAS = frozenset({"،", ",", "؛", ";"})
# Mention types that name a party to an event (a person, a body, a country or city).
PARTY_TYPES = frozenset({"PERSON", "ORG", "GPE"})
_TARGET_REACH = 8
QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})
_PARTY_REACH = 10  # tokens after an event's trigger and unnamed objects where the party it is about is read
_PARTY_STOPS = frozenset({":", "."}) | QUOTE_MARKS
_DEED_NATIONALITY_REACH = 8  # tokens after a trigger and its doers where its object's nationality is read
_AT_LEAST = (normalise("على"), normalise("الأقل"))
_BY_HAND = frozenset({(normalise("على"), "يد"), (normalise("على"), normalise("أيدي")), ("من", "قبل")})
# Place nouns between في and the name of the place ("في مدينة الموصل", "في العاصمة الصينية بكين").
PLACE_NOUNS = word_set("مدينة بلدة قرية منطقة محافظة إقليم ولاية العاصمة عاصمة حي مخيم شمال جنوب شرق غرب وسط ضواحي")
_PROTEST_PLACES = word_set("أمام قرب حول مقربة")
APPROXIMATORS = word_set("نحو حوالي قرابة زهاء")
_LEADING_APPROXIMATORS = (
    tuple(normalise(w) for w in ["ما", "لا", "يقل", "عن"]),
    tuple(normalise(w) for w in ["أكثر", "من"]),
    tuple(normalise(w) for w in ["ما", "مجموعه"]),
)
_MANNER = word_set("بجروح بجراح بجرح جراء بإصابات")
_PROTESTER_STEMS = ("متظاهر", "محتج", "معتصم")
_OPENER_REACH = 12
_PRONOUN_PPS = word_set("فيه فيها فيهم عليه عليها عليهم منه منها منهم له لها لهم به بها بهم")
NUMBERISH = word_set("العشرات عشرات المئات مئات الآلاف آلاف عدد العديد أحد احد إحدى")
LIGHT_REACH = 5
_CARRIER_REACH = 10  # tokens back from a verbal noun to the light verb that carries it
_ATTACK_CARRIER_REACH = 4
_SAYER_REACH = 8
_PRONOUN_COMPLEMENTISERS = frozenset(w for w in COMPLEMENTISERS if w.endswith(("ه", "ها", "هم", "هما")))
_FRONTED_REACH = 6
_EXPOSED_REACH = 10
_EXPOSED = word_set("تعرض تعرضت تعرضوا تعرضا يتعرض تتعرض بتعرض تعرضه تعرضها لتعرض")
_DURING = word_set("لدى عند أثناء اثناء خلال لحظة")
_PASSING = normalise("مرور")
_NEAR = word_set("قرب أمام امام القرب مقربة داخل")
_AGAINST = word_set("ضد مناهضة مناوئة مناهضين مناوئين المناهضة المناوئة")
_SLOGAN_HEADS = word_set("الموت")
_DENOUNCE = word_set("تندد ينددون منددين مندده تنديدا للتنديد")
_PETITION = word_set("طالبوا طالب طالبت يطالب تطالب يطالبون مطالبين ومطالبة مطالبة لمطالبة يسقط فليسقط ليسقط")
_GOVERNING = word_set("مقر مبنى سفارة قنصلية مكتب مقار منزل قصر")
_AGENT_REACH = 20
_ADVERBS = word_set("فيما يبدو بالفعل فعلا أيضا كذلك بشدة بقوة بحزم علنا رسميا مجددا صراحة هاتفيا مرارا")
_LOCATIVES = word_set("في ب")
# Seats of power named by a noun and an adjective, then the town ("في القصر الجمهوري ببعبدا"), at most so many words.
_SEATS = word_set("قصر مقر سراي مجمع مبنى ديوان قاعة فندق")
_SEAT_WORDS = 3
# Nouns for people sent or chosen by a body ("وفد من الحركة", "أعضاء في مجلس النواب"): the body is the actor.
_DELEGATIONS = word_set("وفد وفدا وفدان أعضاء عضو ممثلو ممثلي ممثلين نواب عناصر عنصر عنصرا قياديين قياديا قيادي قادة")
_DELEGATION_LINKS = word_set("من في عن")
# Head nouns of bodies' names that the text uses alone, with the article, for a body it named before ("الهيئة").
_BODY_HEADS = word_set(
    "وكالة هيئة وزارة منظمة حركة جماعة مجلس حكومة جيش بعثة لجنة مفوضية رابطة نقابة جمعية شركة صحيفة قناة محكمة "
    "مصرف بنك صندوق اتحاد تحالف حزب جبهة مكتب سفارة برنامج"
)
_OFFICE_WORDS = 3  # words of an office named before the body it belongs to ("الأمين العام للأمم المتحدة")
_APPOSITION_REACH = 6  # tokens of an apposition between commas before the verb ("، حليف اردوغان، قد دعا")
_DOCUMENTS = word_set("قرار قرارا بيان بيانا رسالة رسالته رسالتها تقرير تقريرا مذكرة")
_ISSUER_REACH = 8  # tokens back from a document to the name of the body that adopted or issued it
_COORDINATORS = word_set("و ف")
_WHERE = normalise("حيث")  # "زار فليتشر بورتسودان، حيث التقى البرهان": the clause goes on with the same subject
_BUT_PRONOUNS = word_set("لكنه لكنها لكنهم ولكنه ولكنها ولكنهم")
_TWO_SIDES = word_set(
    "الجانبان الجانبين الطرفان الطرفين البلدان البلدين الوزيران الوزيرين الرئيسان الرئيسين الزعيمان الزعيمين "
    "الوفدان الوفدين"
)
_TWO_SIDES_NOMINATIVE = word_set("الجانبان الطرفان البلدان الوزيران الرئيسان الزعيمان الوفدان")
# "during it" after a verb: the verb goes on from the visit or meeting reported before it ("التقى خلالها الرئيس").
_DURING_IT = word_set("خلاله خلالها خلالهما خلالهم أثناءها أثناءه")
_SIDES_REACH = 3  # sentences back to the event that named both sides
_ALLEGED_REACH = 8  # tokens from an accusation to the act it names after ب
_SIDES_CHARS = 400  # characters back to the parties last named, when no event named both sides
# What kind of party "the two X" are: two people (ministers, presidents, leaders) or two countries; else any party.
_TWO_PEOPLE = word_set("الوزيران الوزيرين الرئيسان الرئيسين الزعيمان الزعيمين")
_TWO_COUNTRIES = word_set("البلدان البلدين")
_RELATIVES = word_set("التي الذي اللتين اللذين")
_OBJECT_SUFFIXES = ("ها", "ه", "هما", "هم")
_THIRD_PARTY_MODES = frozenset({"host", "mediate"})  # talks whose doer brings the two sides together
_OWN_COUNTRY = word_set("بلاده بلادها بلادهم بلدها بلده")
# "his forces", "its teams", "her government": a party's own people act for the party that speaks of them.
_OWN_PARTY = _OWN_COUNTRY | word_set(
    "قواته قواتها حكومته حكومتها حزبه حزبها بعثته بعثتها فرقه فرقها طواقمه طواقمها مقاتليه مقاتليها مصالحه مصالحها "
    "عناصره عناصرها وحداته وحداتها أجهزته أجهزتها إدارته إدارتها جيشه جيشها أنصاره أنصارها مقاتلاته مقاتلاتها"
)
_THE_GOVERNMENT = word_set("الحكومة")
_KNOWN_NOUN = 20  # corpus uses from which the word without its accusative alef is a known noun
# Nouns for the doers of an attack, and the rigged things that stand for them when nobody is named.
_ATTACKER_NOUNS = word_set(
    "انتحاري انتحاريا انتحارية الانتحاري الانتحارية مسلحون مسلحين المسلحون المسلحين مسلحو مهاجم مهاجمون مهاجمين "
    "المهاجم المهاجمون المهاجمين مجهولون مجهولين ملثمون ملثمين"
)
_VEHICLES = word_set("سيارة سيارات شاحنة شاحنات دراجة عبوة عبوات حزام حافلة صهريج قنبلة")
_RIGGED = word_set("مفخخة مفخخ ناسفة ناسف ملغومة ملغوم المفخخة الناسفة الملغومة")
_OBJECT_PRONOUNS = ("ها", "هم", "ه")
# Verbs whose object stands right before ب and what it is accused of: "اتهمت الحكومة [إسرائيل] بقتل مدنيين" (the
# stems, past and imperfect, after any proclitic). Not طالب, whose object may be left out ("طالبت المفوضية بالإفراج").
_OBJECT_BEFORE_B = tuple(normalise(w) for w in ("اتهم", "يتهم", "تتهم", "نتهم"))
_COMPLEMENT_REACH = 12  # tokens from such a verb to its ب
_BRACKETS = frozenset("()[]")
_COUNTERPART = (normalise("نظير"), normalise("نظراء"))
_ACRONYM_WORDS = 3  # words a bracketed short name after a name holds at most ("(أوصوم)", "(قسد)")
_TIME_OR_PUNCTUATION = TIME_WORDS | COMMAS | _BRACKETS
# Verbs and participles of holding someone responsible, the one held standing before the companion noun المسؤولية.
_HOLDING = tuple(normalise(w) for w in ("حمل", "يحمل", "تحمل", "نحمل", "محمل"))
# Requests name the one asked after من ("طلبت بيروت من واشنطن الضغط على تل أبيب"); a request's noun names there
# the one who asks ("بطلب من بريطانيا"). Stems after any proclitic: the verb, past and imperfect, and the noun.
_REQUEST_STEMS = tuple(normalise(w) for w in ("طلب", "يطلب", "تطلب", "نطلب", "أطلب"))
_FROM = normalise("من")
_FROM_PRONOUNS = word_set("منه منها منهم منهما منا مني منكم")
# "من جانبه", "من جهتها", "من قبل", "من خلال": من opening an adjunct, not naming the one asked.
_NOT_ASKED = tuple(normalise(w) for w in ("جانب", "جهت", "جهة", "قبل", "خلال", "اجل", "دون", "بين", "حيث", "ثم"))
_PARTITIVES = word_set("عدد مجموعة كل بعض أي وفد وفدا جملة سلسلة عشرات مئات آلاف")
_REQUEST_REACH = 8  # tokens from a request's verb to the من of the one asked
_REQUEST_NOUN_REACH = 3  # tokens from a request's noun to the من of its asker, past adjectives ("طلبا جديدا من")
# Types whose target may be an act named by its noun ("أدانت الوزارة القصف"), and how many sentences back its doer
# may be named.
_REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE", "CONCEDE", "PROTEST", "THREATEN"})
_DEED_REACH = 5
# Verbs whose object may be a deed their subject did ("أعلنت الشركة توقيع عقد", "قررت الحكومة تخصيص ...").
_ANNOUNCING = word_set(
    "أعلن أعلنت أعلنوا أعلنا يعلن تعلن وأعلن وأعلنت قرر قررت قرروا يقرر تقرر وقرر وقررت بدأ بدأت تبدأ يبدأ "
    "واصل واصلت يواصل تواصل استأنف استأنفت يستأنف تستأنف"
)
_ANNOUNCED_REACH = 12
# The relative pronouns, and the words between one and its verb ("الذي من المقرر أن يزور", "التي لم تعد").
_RELATIVES = word_set("الذي التي الذين اللذين اللتين")
_RELATIVE_FILLERS = word_set("من المقرر أن قد لقد لم لن سوف كان كانت كانوا")
_RELATIVE_REACH = 5
_CLOSERS = frozenset({")", "»", '"', "”"})
# Types whose verb may take a pair of subjects, one of them the other's party ("المنامة وطهران اتفقتا").
_RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# "أما X، فـ...": the topic marker and the ف words that answer it ("فقد دعا", "ف اتهم").
_TOPIC_MARKERS = word_set("أما")
_ANSWER_WORDS = word_set("ف فقد فلقد")
_TOPIC_REACH = 20
# Talks and agreements whose parties may follow بين ("المحادثات بين إيران والولايات المتحدة").
_BETWEEN_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_BETWEEN = normalise("بين")
_BETWEEN_REACH = 8
# Where something was said, between a verb or its subject and the object ("اتهمت في بيان السلطات بـ").
_MEDIUM_PREPOSITIONS = word_set("في عبر خلال")
_MEDIA = word_set(
    "بيان منشور تغريدة تدوينة تصريح تصريحات كلمة مقابلة حديث رسالة مؤتمر إيجاز منصة حساب حسابه حسابها صفحته صفحتها"
)
_MEDIUM_ADJECTIVES = word_set(
    "مشترك مشتركة سابق سابقة صحفي صحفية صحافي صحافية رسمي رسمية متلفز متلفزة مقتضب مقتضبة مكتوب مكتوبة منفصل منفصلة "
    "جديد جديدة أخير أخيرة مصور مصورة"
)
_ISSUED = word_set(
    "صدر صادر صادرة نشره نشرته نشرتها نشرها أصدره أصدرته أصدرها وجهه وجهها وجهته تلاه تلته تلاها ألقاه ألقاها بثه بثته "
    "بثها أدلى"
)
_MEDIUM_REACH = 16
# Separate object pronouns and the parties each may stand for.
_SEPARATE_PRONOUNS = {
    normalise("إياه"): frozenset({"PERSON", "ORG"}),
    normalise("إياها"): frozenset({"ORG", "GPE"}),
    normalise("إياهم"): PARTY_TYPES,
    normalise("إياهما"): PARTY_TYPES,
}
_CLAIMS = word_set("تبنى تبنت تبنته تبنتها تبناه تبناها تبنوا تبنوه")


@dataclass(slots=True)
class Candidate:
    """An event being built: token positions and actors as character spans."""

    entry: Trigger
    first: int  # trigger tokens
    end: int
    verbal: bool
    sentence: int
    status: str
    source: list[tuple[int, int]] = field(default_factory=list)
    target: list[tuple[int, int]] = field(default_factory=list)
    weak: bool = False  # a passing reference ("بعد الهجوم"): it only lends its actors to a reported event
    pos: str = PAST  # the trigger's part of speech (lexicon hit)
    cues: set[str] = field(default_factory=set)  # trigger words merged into this candidate
    first_person: bool = False  # the speaker's own deed in their words ("نطالب", "وقعنا"), the speaker its source


class ActorReader:
    """The actor rules over one analysed document, with the state of the trigger being read."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.view: DocView = view_of(doc)
        self.lexicon = event_triggers()
        self.before_phrase: tuple[int, int, int] | None = None
        self.side = False  # whether the trigger being read stands inside quotation marks
        self.party_after_b = False  # whether ب before a named party introduces the target of the trigger being read
        self.last_candidate: Candidate | None = None  # the last trigger read in the sentence, verbal or not

    def exposed_at(self, i: int, first: int) -> int | None:
        """The verb تعرض ("was subjected to") a little before token ``i``, if any."""
        for k in range(i - 1, max(first, i - _EXPOSED_REACH) - 1, -1):
            norm = self.view.norm(k)
            if norm in _EXPOSED:
                return k
            if norm in COMMAS and k < i - 1:
                continue
        return None

    def skip_adjuncts(self, j: int, limit: int) -> int:
        """Past time words, dates and pronoun phrases between a verb and its subject ("قتلت أول من أمس ...")."""
        view = self.view
        while j < limit:
            norm = view.norm(j)
            timed = norm in {"قبل", "بعد", "منذ", "في"} and (view.in_date[j + 1] or view.norm(j + 1) in TIME_WORDS)
            # "أمس (الثلاثاء)": a bracket that holds a time.
            timed = timed or (norm in _BRACKETS and self.time_at(j + 1 if norm in "([" else j - 1))
            if view.in_date[j] or norm in TIME_WORDS or norm in COMMAS or norm in _ADVERBS or timed:
                j += 1
            elif norm in APPROXIMATORS and j + 1 < limit and view.starts_phrase(j + 1):
                break  # "نحو ألفي شخص": the phrase starts here (kept whole for its number)
            elif (skipped := self.skip_approximators(j, limit)) != j:
                j = skipped
                break
            elif view.mention(j) is None and not view.is_nounish(j) and norm in _PRONOUN_PPS:
                j += 1
            elif (place := self.locative_end(j, limit)) is not None:
                j = place
            elif (closing := self.acronym_end(j, limit)) is not None:
                j = closing
            elif (said := self.medium_end(j, limit)) is not None:
                j = said
            else:
                break
        return j

    def acronym_end(self, j: int, limit: int) -> int | None:
        """The token after a bracketed short name at ``j`` that follows a name ("بعثة الاتحاد الأفريقي (أوصوم)"),
        else None."""
        view = self.view
        if view.norm(j) != "(" or j == 0 or view.mention(j - 1) is None:
            return None
        for k in range(j + 1, min(limit, j + _ACRONYM_WORDS + 2)):
            if view.norm(k) == ")":
                return k + 1 if k > j + 1 else None
            if view.norm(k) in COMMAS or is_verb(view.norm(k)):
                return None
        return None

    def time_at(self, k: int) -> bool:
        """Whether token ``k`` is a date or a time word."""
        view = self.view
        return 0 <= k < len(view.tokens) and (view.in_date[k] or view.norm(k) in TIME_WORDS)

    def medium_end(self, j: int, limit: int) -> int | None:
        """The end of an adjunct at ``j`` that says where something was said ("في بيان"، "عبر منصة إكس"): the two
        words, or, set off by commas ("، في منشور على منصة إكس،"), up to the closing comma; None when none starts
        there."""
        view = self.view
        if view.norm(j) not in _MEDIUM_PREPOSITIONS or j + 1 >= limit or bare(view.norm(j + 1)) not in _MEDIA:
            return None
        if j > 0 and view.norm(j - 1) in COMMAS:
            for k in range(j + 2, min(limit, j + _MEDIUM_REACH)):
                if view.norm(k) in COMMAS:
                    return k + 1
                if view.in_quote[k] != view.in_quote[j]:
                    break
        end = j + 2
        while end < limit and view.norm(end) in _MEDIUM_ADJECTIVES:
            end += 1  # "في بيان مشترك", "في تصريحات سابقة"
        if end < limit and (view.norm(end) in _ISSUED or is_verb_like(view.norm(end))):
            return None  # "في بيان أصدره المتحدث باسمه ...": where the clause about the statement ends is unsure
        return end

    def accusative(self, k: int) -> bool:
        """Whether token ``k`` is a common noun with the accusative ending of the indefinite ("عددا", "وفدا"),
        which no subject takes."""
        view = self.view
        norm = view.norm(k)
        return (
            view.mention(k) is None
            and len(norm) >= 4
            and norm.endswith("ا")
            and not norm.endswith(("اا", "ىا"))
            and load_vocab().get(norm[:-1], 0) >= _KNOWN_NOUN
        )

    def locative_end(self, j: int, limit: int) -> int | None:
        """The end of a place adjunct at ``j`` ("في بعبدا", "بالرباط") that stands between the verb and a noun
        phrase ("التقى أمس في بعبدا قائد قوات اليونيفيل"); None when none starts there or nothing follows it (a
        place after the verb may be what an attack struck)."""
        view = self.view
        if view.norm(j) not in _LOCATIVES or j + 1 >= limit:
            return None
        at = self.place_after(j, limit)
        if at is None and bare(view.norm(j + 1)) in _SEATS:
            # "في القصر الجمهوري ببعبدا": a seat and its adjective, then the town it stands in.
            k = j + 2
            while k < limit and k <= j + _SEAT_WORDS and view.mention_at[k] is None and view.norm(k) not in _LOCATIVES:
                k += 1
            at = self.place_after(k, limit)
        if at is None:
            return None
        end = view.mention_tokens[at][1]
        while (town := self.place_after(end, limit)) is not None:
            end = view.mention_tokens[town][1]  # "في قصر الحسينية بعمان": and the town it stands in
        after = end + 1 if view.norm(end) in COMMAS else end
        # "التقى في بورتسودان الأسبوع الماضي مسعد بولس": a time after the place is skipped next; the phrase follows it.
        ahead = after
        # "استقبل الوزير، في الرياض أمس (الثلاثاء)، نظيره": the time, in brackets or set off by commas too.
        while ahead < limit and (view.in_date[ahead] or view.norm(ahead) in _TIME_OR_PUNCTUATION):
            ahead += 1
        if ahead < limit and view.starts_phrase(ahead) and not view.is_prepositional(ahead):
            return after
        return None

    def place_after(self, k: int, limit: int) -> int | None:
        """The place mention after a locative preposition at token ``k`` ("في بعبدا", "ب عمان"), if any."""
        view = self.view
        if k + 1 >= limit or view.norm(k) not in _LOCATIVES:
            return None
        at = view.mention_at[k + 1]
        return at if at is not None and self.doc.mentions[at].type in ("GPE", "LOC", "FAC") else None

    def pronoun_clause_subject(self, i: int, first: int) -> list[tuple[int, int]] | None:
        """When the verb at ``i`` opens a clause whose subject is a pronoun on the complementiser ("إنه قتل",
        "أنها ستقصف"), the subject of the verb that introduces the clause ("قال الجيش إنه"); None otherwise."""
        view = self.view
        k = i - 1
        while k >= first and view.norm(k) in _ASPECT:
            k -= 1
        if k < first or view.norm(k) not in _PRONOUN_COMPLEMENTISERS:
            return None
        for v in range(k - 1, max(first, k - _SAYER_REACH) - 1, -1):
            if is_verb(view.norm(v)):
                phrases = view.actors_at(self.skip_adjuncts(v + 1, k), k)
                return self.spans(phrases[:1])
        return []

    def first_person_speaker(self, i: int) -> tuple[int, int] | None:
        """The speaker of the quote a first-person verb at ``i`` stands in ("نطالب", "ندعو", "طلبنا"); None when the
        verb is not in the first person or its words have no speaker. The quote may have no marks: an interview's
        answer is its speaker's words ("ج: نطالب الاتحاد الأوروبي بربط ...")."""
        view = self.view
        norm = view.norm(i)
        hits = self.lexicon.lookup(norm) or self.lexicon.refused(norm)  # "لن نقبل"
        if not hits:
            return None
        body = norm[hits[0].prefix_letters :]
        first_person = (hits[0].pos == IMPERFECT and body[:1] == "ن") or (hits[0].pos == PAST and body.endswith("نا"))
        if not first_person:
            return None
        at = self.doc.tokens[i].start
        for q in self.doc.quotes:
            if q.kind == "direct" and q.start <= at < q.end and q.speaker is not None:
                return q.speaker.start, q.speaker.end
        return None

    def relative_subject(self, i: int, first: int) -> tuple[int, int] | None:
        """The name a relative pronoun before the verb at ``i`` stands for ("بولس، الذي زار", "دقلو، الذي من
        المقرر أن يزور"), the name right before the pronoun (a comma between allowed); None otherwise."""
        view = self.view
        k = i - 1
        while k >= first and i - k <= _RELATIVE_REACH and view.norm(k) in _RELATIVE_FILLERS:
            k -= 1
        if k < first or view.norm(k) not in _RELATIVES:
            return None
        k -= 1
        while k >= first and (view.norm(k) in COMMAS or view.norm(k) in _CLOSERS):
            k -= 1  # "محمد حمدان دقلو (حميدتي)، الذي"
        m = self.named_party_at(k) if k >= first else None
        if m is None or self.resumed(i):
            return None
        head = view.token_at(m.start)
        glued = view.norm(head)[:1] in ("ب", "ل") and view.norm(head)[1:2] == "ا"
        if (head > first and view.norm(head - 1) in PREPOSITIONS) or glued:
            return None  # "قاعدة حرير بإقليم كردستان، التي تستضيف": the place is not what the pronoun stands for
        return m.start, m.end

    def resumed(self, i: int) -> bool:
        """Whether a pronoun on or right after the verb at ``i`` takes up the relative's antecedent as its object
        ("التي استضافتها إسطنبول", "التي سيطرت عليها"), so the antecedent is not the subject."""
        view = self.view
        norm = view.norm(i)
        hits = self.lexicon.lookup(norm)
        suffixed = any(norm.endswith(p) and self.lexicon.lookup(norm[: -len(p)]) for p in _OBJECT_PRONOUNS)
        return (bool(hits) and suffixed) or view.norm(i + 1) in _PRONOUN_PPS

    def first_of_pair(self, phrase: tuple[int, int, int] | None, first: int) -> tuple[int, int] | None:
        """The name joined by و before the subject ``phrase`` found before a verb ("المنامة و[طهران] اتفقتا"), when
        both are names; None otherwise."""
        view = self.view
        if phrase is None or phrase[0] - 2 < first or view.norm(phrase[0] - 1) != "و":
            return None
        m = self.named_party_at(phrase[0] - 2)
        if m is None or not view.named(phrase[0], phrase[1]):
            return None
        return m.start, m.end

    def named_party_at(self, k: int) -> Mention | None:
        """The mention at token ``k`` when it names a person, an organisation or a country (not a title standing
        for one)."""
        m = self.view.mention(k)
        return m if m is not None and not m.nominal and m.type in PARTY_TYPES else None

    def topic_subject(self, i: int, first: int) -> list[tuple[int, int]]:
        """ "أما المتحدث باسم الجماعة محمد عبد السلام، فاتهم واشنطن": the noun phrase after أما, when the verb at
        ``i`` carries the ف that answers it; [] otherwise."""
        view = self.view
        k = i - 1
        while k >= first and view.norm(k) in _ASPECT - _COORDINATORS:
            k -= 1
        answered = view.norm(k) in _ANSWER_WORDS if k >= first else False
        if not answered:
            hits = self.lexicon.lookup(view.norm(i))
            answered = view.norm(i)[:1] == "ف" and bool(hits) and hits[0].prefix_letters > 0
        if not answered:
            return []
        for t in range(k - 1 if view.norm(k) in _ANSWER_WORDS else i - 1, max(first, i - _TOPIC_REACH) - 1, -1):
            if view.norm(t) in _TOPIC_MARKERS:
                phrases = view.actors_at(t + 1, i)
                if phrases and view.in_quote[t + 1] == view.in_quote[i]:
                    return self.spans(phrases[:1])
                return []
            if is_verb(view.norm(t)) or view.norm(t) in COMPLEMENTISERS:
                return []
        return []

    def vehicle(self, k: int) -> bool:
        """Whether token ``k`` names something that is rigged to explode, with or without ب ("بسيارة")."""
        norm = self.view.norm(k)
        return norm in _VEHICLES or (norm[:1] in ("ب", "و") and norm[1:] in _VEHICLES)

    def phrases_at(self, i: int, limit: int) -> list[tuple[int, int, int]]:
        """:meth:`DocView.actors_at`, with a rigged device kept whole ("سيارة مفخخة", "عبوة ناسفة")."""
        view = self.view
        phrases = view.actors_at(i, limit)
        if phrases and phrases[0][1] < limit and view.norm(phrases[0][1]) in _RIGGED:
            a, b, c = phrases[0]
            phrases = [(a, b + 1, c)]
        return phrases

    def skip_approximators(self, j: int, limit: int) -> int:
        """Past "أكثر من", "ما لا يقل عن", "ما مجموعه" to the number they qualify."""
        view = self.view
        for words in _LEADING_APPROXIMATORS:
            if all(view.norm(j + n) == w for n, w in enumerate(words)) and j + len(words) < limit:
                return j + len(words)
        return j

    def spans(self, phrases: Sequence[tuple[int, int, int]]) -> list[tuple[int, int]]:
        return [self.view.actor(a, b) for a, b, _ in phrases]

    def is_victim(self, phrases: Sequence[tuple[int, int, int]]) -> bool:
        if not phrases:
            return False
        a = phrases[0][0]
        if self.view.norm(a) in APPROXIMATORS:
            a += 1
        head = self.view.norm(a)
        return head.isdigit() or head in VICTIM_NOUNS or head in NUMBERISH or head in NUMBER_WORDS

    def subject_before(self, i: int, first: int) -> list[tuple[int, int]]:
        """A subject written before the verb: "إن الجيش قصف", "وفدا ضم مسؤولين روسا توجه"."""
        view = self.view
        self.before_phrase = None
        k = i - 1
        while k >= first and view.norm(k) in _ASPECT:
            if view.norm(k) in {"و", "ف"}:
                return []  # "... فقتلت": the noun before the conjunction ends the previous clause
            k -= 1
        if k - 1 >= first and (view.norm(k - 1), view.norm(k)) == _AT_LEAST:
            k -= 2  # "ستة أشخاص على الأقل قتلوا"
        if k > first and view.norm(k) in COMMAS and view.norm(i - 1) in _ASPECT:
            # "وكان زعيم الحزب دولت بهتشلي، حليف اردوغان، قد دعا": an apposition set off by commas before قد.
            for j in range(k - 2, max(first, k - _APPOSITION_REACH) - 1, -1):
                if view.norm(j) in COMMAS:
                    k = j - 1
                    break
                if is_verb_like(view.norm(j)) or not view.starts_phrase(j):
                    break
        side = self.side
        if k > first and view.norm(k) in OPENING_MARKS and view.in_quote[i] and not view.in_quote[k - 1]:
            k, side = k - 1, False  # "إن القاهرة "ترفض" أي محاولات": the quoted words start at the verb
        if k < first or not view.starts_phrase(k) or view.in_quote[k] != side or view.is_prepositional(k):
            return []
        if view.norm(k) in CLAUSE_OPENERS:
            return []  # "عندما فجر انتحاري": the subject follows the verb
        if view.norm(k) in _BUT_PRONOUNS:
            # "ذكر الصندوق أن ...، لكنه حث الحكومة": the pronoun is the one the sentence quotes; with no quote
            # ("ولم يحضر الشرع الحفل، لكنه استقبل ..."), the party the sentence opened with.
            said = self.closed_quote(k, first)
            return [said[1]] if said is not None else self.first_party(first, k)
        for phrase_start in range(max(first, k - 5), k + 1):
            start = phrase_start
            if not all(view.starts_phrase(t) and view.norm(t) not in CLAUSE_OPENERS for t in range(start, k + 1)):
                continue
            if view.phrase_end(start, i) < k + 1:
                continue
            stop = view.norm(start - 1) if start > first else ""
            if stop in APPROXIMATORS and quantity(view.norm(start)):
                start -= 1  # "ونحو 50 جنديا قتلوا": an approximate count, not the preposition نحو
                stop = view.norm(start - 1) if start > first else ""
            if stop in PREPOSITIONS and stop != "من":
                return []  # the noun is the object of a preposition, not a subject
            if self.fronted_place(start, first):
                return []  # "وفي بلدة بيت حانون شمال القطاع أطلقت": the end of a fronted place phrase
            if start == k and self.vehicle(k - 1) and view.norm(k) in _RIGGED:
                start = k - 1  # "بشاحنة مفخخة استهدفت": the rigged vehicle, its preposition glued on
            self.before_phrase = (start, k + 1, 0)
            return [view.actor(start, k + 1)]
        return []

    def reported_before(self, i: int, first: int) -> bool:
        """Whether a clause opener (إن، أن) stands between the sentence start and token ``i``."""
        return any(self.view.norm(k) in COMPLEMENTISERS for k in range(first, i))

    def first_party(self, first: int, k: int) -> list[tuple[int, int]]:
        """The first named party of tokens ``[first, k)`` that no preposition governs, as the actor of its phrase."""
        view = self.view
        for t in range(first, k):
            m = view.mention(t)
            if m is None or m.nominal or m.type not in PARTY_TYPES or view.in_quote[t] != self.side:
                continue
            if view.token_at(m.start) != t:
                continue  # inside a name whose head a preposition governs ("إلى السلطة الفلسطينية")
            if view.is_prepositional(t) or (t > first and view.norm(t - 1) in PREPOSITIONS):
                continue
            return [(m.start, m.end)]
        return []

    def fronted_place(self, start: int, first: int) -> bool:
        """Whether the nouns before ``start`` run back, uninterrupted, to "في" and name a place (a place phrase put
        first). An attack noun there stays a subject: "في هجوم بسيارة مفخخة استهدف" is a relative clause."""
        view = self.view
        k = start - 1
        place = False
        while k >= first and k >= start - _FRONTED_REACH and view.starts_phrase(k) and view.norm(k) not in COMMAS:
            m = view.mention(k)
            place = place or view.norm(k) in PLACE_NOUNS or (m is not None and m.type in ("GPE", "LOC", "FAC"))
            k -= 1
        if not (place and k >= first and view.norm(k) == "في"):
            return False
        # The place phrase opens the clause; after a noun it describes that noun ("رئيس المجلس العسكري في بوركينا
        # فاسو النقيب ابراهيم تراوري قد دعا").
        return (
            k == first
            or view.norm(k - 1) in _ASPECT
            or view.norm(k - 1) in COMMAS
            or view.norm(k - 1) in CLAUSE_OPENERS
        )

    def agent_marker(self, i: int, limit: int) -> list[tuple[int, int]]:
        """ "بواسطة شاحنة مفخخة", "على يد مسلحين", "من قبل الشرطة" after the trigger."""
        view = self.view
        for k in range(i, min(limit, i + _AGENT_REACH)):
            norm = view.norm(k)
            nxt = k + 1
            pair = (norm, view.norm(k + 1))
            if (norm == "ب" and pair[1] in {"واسطه", "رصاص", "نيران"}) or pair in _BY_HAND:
                nxt = k + 2
            elif norm not in AGENT_MARKERS:
                continue
            phrases = view.actors_at(nxt, limit)
            if phrases:
                return self.spans(phrases)
        return []

    def target_after(
        self, j: int, limit: int, direct: bool, extra: frozenset[str] = frozenset()
    ) -> list[tuple[int, int]]:
        """The object right at ``j`` (when ``direct``), else the noun after the first target preposition."""
        view = self.view
        j = self.skip_adjuncts(j, limit)
        objects: list[tuple[int, int]] = []
        if (
            direct
            and j < limit
            and view.starts_phrase(j)
            and view.in_quote[j] == self.side
            and not view.is_prepositional(j)
        ):
            phrases = view.actors_at(j, limit)
            objects = self.spans(phrases)[:3]
            if any(view.named(a, b) for a, b, _ in phrases):
                return objects
            j = phrases[-1][1]  # an object that names nobody ("إجراء تدريبات"): a named party may follow too
        for k in range(j, min(limit, j + _TARGET_REACH)):
            norm = view.norm(k)
            if norm in COMMAS or view.in_quote[k] != self.side or (k > j and is_verb(norm)):
                break
            party = view.actors_at(k + 1, limit) if self.party_after_b and norm == "ب" else []
            named_after_b = bool(party) and any(view.named(a, b) or self.counterpart(a, b) for a, b, _ in party)
            if norm in TARGET_PREPOSITIONS or norm in extra or (norm == "ب" and view.norm(k + 1) == "حق"):
                start = k + 2 if norm == "ب" else k + 1
                phrases = view.actors_at(start, limit)
                if phrases:
                    return (self.spans(phrases) + objects)[:3]
            elif named_after_b:
                # "أجرى اتصالا هاتفيا بالرئيس عون", "التقى بالعاهل البحريني": ب before a named party
                return (self.spans(party) + objects)[:3]
        return objects

    def counterpart(self, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)`` are "his counterpart" of a named nationality ("بنظيره السعودي"): the other party is
        that country's, though the person is not named."""
        view = self.view
        return view.norm(a).startswith(_COUNTERPART) and any(
            (m := view.mention(t)) is not None and m.type == "NORP" for t in range(a + 1, b)
        )

    def clause_subject(self, i: int, first: int, named_only: bool) -> list[tuple[int, int]]:
        """The noun phrase right after the last clause opener before ``i`` ("إن شويغو حاول ... إقناع")."""
        view = self.view
        opener = first
        for k in range(i - 1, first - 1, -1):
            if view.norm(k) in COMPLEMENTISERS:
                opener = k + 1
                break
        if is_verb(view.norm(opener)):
            # "أعلنت الولايات المتحدة والمملكة المتحدة دعمهما": the subject of the clause's verb.
            phrases = view.actors_at(self.skip_adjuncts(opener + 1, i), i)
            if phrases and not self.is_victim(phrases[:1]) and any(view.named(a, b) for a, b, _ in phrases):
                return self.spans(phrases)
            return []
        phrases = view.actors_at(opener, i)
        if not phrases or view.in_quote[opener] != self.side:
            return []
        a, b, _ = phrases[0]
        if self.is_victim(phrases[:1]):
            return []
        if view.named(a, b) or (not named_only and b < i and is_verb_like(view.norm(b))):
            return [view.actor(a, b)]
        return []

    def light_verb_subject(self, i: int, end: int, limit: int, first: int, reach: int) -> list[tuple[int, int]]:
        """ "هجوم نفذه مجهولون", "شن المسلحون هجوما": the subject of the verb that carries the noun, at most
        ``reach`` tokens before it."""
        view = self.view
        for k in range(end, min(limit, end + LIGHT_REACH)):
            norm = view.norm(k)
            if norm in COMMAS:
                break
            if light_verb(norm):
                phrases = view.actors_at(self.skip_adjuncts(k + 1, limit), limit)
                if phrases:
                    return self.spans(phrases)
        # "... وتبنته حركة طالبان": whoever claims the deed later in the sentence.
        for k in range(end, limit):
            if view.norm(k) in _CLAIMS:
                phrases = view.actors_at(self.skip_adjuncts(k + 1, limit), limit)
                if phrases:
                    return self.spans(phrases[:1])
        for k in range(i - 1, max(first, i - reach) - 1, -1):
            if view.norm(k) in COMMAS or view.norm(k) in COMPLEMENTISERS:
                break
            if view.norm(k) in LIGHT_VERBS:
                # "أجرى الرئيس التركي رجب طيب أردوغان أمس اتصالا": the subject stands between the verb and the noun.
                phrases = view.actors_at(self.skip_adjuncts(k + 1, i), i)
                return self.spans(phrases) if phrases else self.subject_before(k, first)
        return []

    def verbal_actors(self, c: Candidate, i: int, limit: int, first: int, previous: Candidate | None) -> None:
        view = self.view
        after = self.skip_adjuncts(i + 1, limit)
        if view.norm(after) in APPROXIMATORS:
            after += 1  # "تظاهر نحو ألفي شخص"
        pronoun_subject = self.pronoun_clause_subject(i, first)
        if pronoun_subject is not None:
            # "قال حلف الأطلسي إنه قتل عددا من زعماء طالبان": the pronoun is the subject, the noun after the
            # verb its object, and the pronoun stands for the one who says so.
            c.source = pronoun_subject
            c.target = self.target_after(max(after, c.end), limit, direct=True)
            return
        antecedent = self.relative_subject(i, first)
        if antecedent is not None:
            # "حميدتي، الذي من المقرر أن يزور كمبالا": the relative pronoun's verb is the named antecedent's.
            c.source = [antecedent]
            c.target = self.target_after(max(after, c.end), limit, direct=True)
            return
        speaker = self.first_person_speaker(i)
        if speaker is not None:
            # «ندعو جميع الأطراف إلى ...»: "we" is whoever says so; the noun after the verb is its object.
            c.source = [speaker]
            c.target = self.target_after(max(after, c.end), limit, direct=True)
            c.first_person = True
            return
        topic = self.topic_subject(i, first)
        if topic:
            # "أما زعيم الحزب دولت بهتشلي، حليف أردوغان، فقد دعا ...": the one أما puts first is the subject.
            c.source = topic
            c.target = self.target_after(max(after, c.end), limit, direct=True)
            return
        host = previous or self.last_candidate
        if view.norm(after) in _DURING_IT and host is not None:
            # "وصل الشيباني إلى أنقرة في زيارة، التقى خلالها الرئيس التركي": the verb goes on from the event before
            # it, whose doer is its subject; a party named after "during it" is its object, else the event's own.
            named = [p for p in self.phrases_at(self.skip_adjuncts(after + 1, limit), limit) if view.named(p[0], p[1])]
            c.source = list(host.source)
            c.target = self.spans(named) if named else list(host.target)
            return
        # With a companion word ("أطلقت دبابة إسرائيلية قذيفة"), what stands between verb and companion is the
        # subject; a bare quantity there ("أطلقت عشرات الصواريخ") belongs to the companion.
        subject_limit = limit
        if c.entry.follow and c.end - 1 > i:
            subject_limit = c.end - 1
            if all(quantity(view.norm(k)) for k in range(after, subject_limit)):
                subject_limit = after
        same_side = after < subject_limit and view.in_quote[after] == view.in_quote[i]
        phrases = self.phrases_at(after, subject_limit) if same_side else []
        if phrases and view.is_prepositional(phrases[0][0]):
            phrases = []  # "وزودها بقذائف": a preposition glued to its noun, not a subject
        # Protest verbs take no object ("تظاهر مئات الطلاب ومعلميهم"): their target comes after a preposition.
        direct = not c.entry.follow and c.entry.type != "PROTEST"
        glued = self.glued_conjunction(i) and c.entry.type not in MATERIAL_CONFLICT
        before = [] if glued else self.subject_before(i, first)
        before_phrase = self.before_phrase if before else None
        if c.entry.role == "patient":
            agent = self.agent_marker(i + 1, limit)
            if before and phrases and not agent and not c.entry.follow:
                # "المسلحين خطفوا أربعة مهندسين": an object after the verb makes it active, the noun before it
                # is the doer even when it could be a victim elsewhere ("ستة مسلحين قتلوا").
                c.source = before
                c.target = self.spans(phrases)
                return
            # "ضابط ... اختطفا من منزليهما على يد مسلحين"; a said act is rarely passive ("وكانت المنظمة قد اتهمت في
            # تقرير ... قوات الأمن"): without an agent marker its subject stays the doer.
            passive = before and (agent or (not phrases and c.entry.type in MATERIAL_CONFLICT))
            if before_phrase is not None and (self.is_victim([before_phrase]) or passive):
                c.target = before  # "ستة مدنيين قتلوا"
                c.source = agent
                return
            if self.is_victim(phrases):
                c.target = self.spans(phrases)
                c.source = before or self.agent_marker(after, limit)
                return
        if not before:
            before = self.opener_subject(i, first)
        extra = _PROTEST_PLACES if c.entry.type == "PROTEST" else frozenset()
        if before:
            c.source = before
            c.target = self.target_after(max(after, c.end), limit, direct or c.end > after, extra)
            partner = self.first_of_pair(before_phrase, first) if c.entry.type in _RECIPROCAL else None
            if partner is not None:
                # "إن المنامة وطهران اتفقتا على ...": the first of the pair is the source, the second the other party.
                c.source, c.target = [partner], before + c.target
            return
        if phrases and self.accusative(phrases[0][0]):
            # "فرّقت قوات الأمن التظاهرة، واعتقلت عددا من المحتجين": an indefinite noun in the accusative is the
            # object; the subject is unsaid, the previous verb's when there is one.
            c.source = list(previous.source) if previous is not None and previous.verbal else []
            c.target = self.spans(phrases)
            return
        # "واتفق الجانبان": the two sides in the nominative are the verb's own subject ("ودعا البلدين" its object).
        shared = bool(phrases) and self.joined(i) and view.norm(phrases[0][0]) not in _TWO_SIDES_NOMINATIVE
        carried = self.carried_subject(i, first, previous, joined=True) if shared else None
        if shared and not carried and previous is None and not self.reported_before(i, first):
            # "نفت قوات الدعم السريع مسؤوليتها ...، واتهمت الجيش بقصف سوق": the verb goes on from the sentence's
            # first verb, one the lexicon lacks; its subject is the party the sentence opened with.
            carried = [p for p in self.first_party(first, i) if p[0] < self.doc.tokens[phrases[0][0]].start]
        if carried:
            # "زار غروسي طهران، والتقى الرئيس الإيراني": a verb joined by و to the last one shares its subject;
            # "قال أبو الغيط إن "..."، وطالب إسرائيل برفع القيود": after the words it reports, it is the speaker's.
            c.source = carried
            c.target = self.spans(phrases)
            return
        if phrases:
            c.source = self.spans(phrases)
            object_at = phrases[-1][1]
            c.target = self.target_after(max(object_at, c.end), limit, direct or c.end > object_at, extra)
            return
        if previous is not None and previous.verbal:
            c.source = list(previous.source)
            if view.norm(i).endswith(("ها", "هم", "ه")) and previous.target:
                c.target = list(previous.target)  # "وزودها": the pronoun is the previous object
        if not c.source:
            # "أعلن الاتحاد الأوروبي أمس فرض عقوبات": a verbal noun spelled like its verb, announced by a body.
            c.source = self.announcer(i, first)
        if not c.target:
            c.target = self.target_after(c.end, limit, direct=False)

    def opener_subject(self, i: int, first: int) -> list[tuple[int, int]]:
        """ "إن مهاجما انتحاريا من حركة طالبان، فجر حافلة": the noun phrase that opens the clause of the verb,
        when no other verb stands between."""
        view = self.view
        for k in range(i - 1, max(first, i - _OPENER_REACH) - 1, -1):
            if is_verb(view.norm(k)):
                return []
            if view.norm(k) in COMPLEMENTISERS:
                phrases = view.actors_at(k + 1, i)
                if phrases and view.in_quote[k + 1] == view.in_quote[i]:
                    return [view.actor(phrases[0][0], phrases[0][1])]
                return []
        return []

    def announcer(self, i: int, first: int) -> list[tuple[int, int]]:
        """ "أعلنت قطر للطاقة عبر حسابها توقيع اتفاقية": a verbal noun that is what a verb of announcing or
        deciding announced is done by that verb's named subject; [] when no such verb governs it."""
        view = self.view
        for k in range(i - 1, max(first, i - _ANNOUNCED_REACH) - 1, -1):
            norm = view.norm(k)
            if norm in COMMAS and (self.timed(k + 1) or self.timed(k - 1)):
                continue  # "أعلن الاتحاد، اليوم الخميس، فرض غرامة": a time set off by commas
            if view.in_quote[k] != view.in_quote[i] and (norm in QUOTE_MARKS or view.mention(k) is not None):
                continue  # "أعلن الاتحاد الأفريقي لكرة القدم "كاف"": a name in quotation marks
            if norm in COMMAS or norm in COMPLEMENTISERS or view.in_quote[k] != view.in_quote[i]:
                return []
            if bare(norm) not in _ANNOUNCING:
                continue
            phrases = view.actors_at(self.skip_adjuncts(k + 1, i), i)
            named = [(a, b) for a, b, _ in phrases if view.named(a, b)]
            if named:
                return [view.actor(*named[0])]
            before = self.subject_before(k, first)
            return before if any(view.entities_in(a, b) for a, b in before) else []
        return []

    def timed(self, k: int) -> bool:
        """Whether token ``k`` is a time word or part of a date."""
        view = self.view
        return 0 <= k < len(self.doc.tokens) and (view.in_date[k] or view.norm(k) in TIME_WORDS)

    def nominal_actors(self, c: Candidate, i: int, limit: int, first: int, possessed: bool) -> None:
        view = self.view
        j = c.end
        # "زيارته": the pronoun is the noun's agent; the next noun belongs to something else.
        same_side = j < limit and view.in_quote[j] == view.in_quote[i]
        # "زيارته": the pronoun is the noun's agent; "انتحاري", "مفخخة" describe, they govern nothing.
        # A fixed passive form governs its victim ("أصيب سفير بولندا", "اغتيل كرامي").
        passive = c.entry.kind == "W" and c.entry.role == "patient"
        governs = same_side and not possessed and (c.entry.kind == "N" or passive)
        if governs and view.norm(j) in _MANNER:
            j += 1  # "أصيبوا بجروح": how, not whom
        phrases = view.actors_at(self.skip_approximators(j, limit), limit) if governs else []
        if passive and not phrases:
            c.target = self.subject_before(i, first)  # "أربعة مدنيين أصيبوا بجروح"
        if phrases and c.entry.role == "patient":
            c.target = self.spans(phrases[:3])
        elif phrases and self.governed_agent(phrases[0][0], phrases[0][1]):
            c.source = self.spans(phrases[:3])
        rest = phrases[-1][1] if phrases else j
        if possessed and same_side and c.entry.type == "CONSULT" and c.entry.kind == "N":
            # "خلال لقائه وزير الخارجية المصري"، "استقباله السفير": the pronoun is the agent and the verbal noun
            # still takes its object, when that names someone.
            at = self.skip_adjuncts(j, limit)
            objects = view.actors_at(at, limit) if at < limit and not view.is_prepositional(at) else []
            if objects and view.named(objects[0][0], objects[0][1]):
                c.target = self.spans(objects[:3])
        if not c.target:
            c.target = self.target_after(rest, limit, direct=False)
        if not c.source:
            c.source = self.agent_marker(c.end, limit) if c.entry.role == "patient" else []
        if not c.source:
            named_only = c.entry.type not in MATERIAL_CONFLICT
            # Talks are carried from afar ("أجرى الرئيس التركي رجب طيب أردوغان أمس اتصالا"), attacks from near.
            reach = _ATTACK_CARRIER_REACH if c.entry.type in MATERIAL_CONFLICT else _CARRIER_REACH
            carrier = self.light_verb_subject(i, c.end, limit, first, reach)
            c.source = carrier or self.announcer(i, first) or self.clause_subject(i, first, named_only)
        if not c.source and c.entry.type == "ASSAULT":
            c.source = self.nisba(c.end, limit)
        if c.entry.mode == "mediate" and c.end + 1 < limit and view.norm(c.end) == _FROM:
            # "بوساطة من الإمارات العربية المتحدة": the party after من mediates; the clause named the parties.
            c.source = self.spans(view.actors_at(c.end + 1, limit)) or c.source
        if c.entry.type == "PROTEST":
            c.source = c.source or self.participants(first, limit)
            c.target = c.target or self.target_after(c.end, limit, direct=False, extra=_PROTEST_PLACES)

    def between_parties(self, c: Candidate, limit: int) -> None:
        """ "جولة جديدة من المحادثات بين إيران والولايات المتحدة", "استضافت جدة محادثات بين وفدين من روسيا
        وأوكرانيا": the parties named after بين are the talk's; a doer already named (the host) stays the source."""
        view = self.view
        if c.entry.type not in _BETWEEN_TYPES or any(view.entities_in(a, b) for a, b in c.target):
            return
        phrases = self.phrases_between(c, limit)
        by_nationality = self.sides_by_nationality(phrases[0][0]) if phrases else []
        if by_nationality:
            parties = by_nationality  # "محادثات بين الوفدين الروسي والأوكراني"
        elif len(phrases) < 2 or not any(view.named(a, b) for a, b, _ in phrases):
            return
        else:
            parties = [self.represented(*view.actor(a, b), limit) for a, b, _ in phrases]
        if any(view.entities_in(a, b) for a, b in c.source):
            c.target = parties
        else:
            c.source, c.target = parties[:1], parties[1:]

    def hosted_talk(self, c: Candidate, found: Sequence[Candidate], limit: int) -> None:
        """ "المحادثات بين إيران والولايات المتحدة، التي استضافتها مسقط": a host verb in a relative clause whose
        pronoun stands for talks reported before it hosts those talks' parties, its subject named after it."""
        view = self.view
        if not (c.verbal and c.entry.mode == "host" and c.first > 0 and view.norm(c.first - 1) in _RELATIVES):
            return
        if not view.norm(c.first).endswith(_OBJECT_SUFFIXES):
            return
        talk = next(
            (t for t in reversed(found) if t.entry.type == "CONSULT" and not t.verbal and t.end <= c.first), None
        )
        if talk is None:
            return
        parties = [p for p in (*talk.source, *talk.target) if view.entities_in(*p)]
        phrases = view.actors_at(self.skip_adjuncts(c.end, limit), limit)
        if len(parties) < 2 or not phrases or not any(view.named(a, b) for a, b, _ in phrases[:1]):
            return
        c.source = self.spans(phrases[:1])
        c.target = unique(parties)

    def phrases_between(self, c: Candidate, limit: int) -> list[tuple[int, int, int]]:
        """The coordinated noun phrases after the بين that follows the trigger in its clause, if any."""
        view = self.view
        for k in range(c.end, min(limit, c.end + _BETWEEN_REACH)):
            norm = view.norm(k)
            if norm in COMMAS or is_verb(norm) or view.in_quote[k] != view.in_quote[c.first]:
                return []
            if norm == _BETWEEN:
                return view.actors_at(k + 1, limit)
        return []

    def pronoun_object(self, c: Candidate, first: int, limit: int) -> None:
        """ "متهما إياها بدفع مخصصات": the separate object pronoun after the trigger stands for the nearest party
        named before it that is not its doer (a feminine one for إياها, a person for إياه)."""
        view = self.view
        if c.end >= limit or view.norm(c.end) not in _SEPARATE_PRONOUNS:
            return
        wanted = _SEPARATE_PRONOUNS[view.norm(c.end)]
        doers = {e for a, b in c.source for e in view.entities_in(a, b)}
        for k in range(c.first - 1, first - 1, -1):
            m = view.mention(k)
            entity = view.entity_at[k]
            if m is None or entity is None or entity in doers or m.type not in wanted:
                continue
            pronoun = self.doc.tokens[c.end]
            c.target = [(m.start, m.end)] + [t for t in c.target if not (t[0] <= pronoun.start < t[1])]
            return

    def nisba(self, j: int, limit: int) -> list[tuple[int, int]]:
        """The people named by an adjective of the attack noun: "غارة إسرائيلية", "ضربة جوية أميركية"."""
        view = self.view
        for k in range(j, min(limit, j + 3)):
            m = view.mention(k)
            if m is not None and m.type == "NORP":
                return [(m.start, m.end)]
            if m is not None or not view.is_nounish(k) or view.norm(k).startswith(("ب", "ل")):
                break
        return []

    def attacker(self, first: int, limit: int, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Who or what did a violent deed when no clause names a doer: a suicide bomber, gunmen ("انتحاري",
        "مسلحون مجهولون"), else the device ("سيارة مفخخة", "عبوة ناسفة"); none that is already a victim."""
        view = self.view
        device: list[tuple[int, int]] = []
        for k in range(first, limit):
            norm = view.norm(k)
            start = self.doc.tokens[k].start
            if norm in _ATTACKER_NOUNS and not any(a <= start < b for a, b in taken):
                return [view.actor(k, view.phrase_end(k, limit))]
            if not device and norm in _RIGGED and k > first and self.vehicle(k - 1):
                device = [view.actor(k - 1, k + 1)]
        return device

    def complete_assault(self, c: Candidate, first: int, limit: int) -> None:
        """Actors an attack's sentence gives outside the trigger's own clause: the party "subjected to" it
        ("تعرض موكبه لانفجار"), the convoy it struck "as it passed" ("لدى مرور دورية"), the place a bomb went off
        by ("انفجرت قرب مقر"), and a doer named by a noun or a device when no clause names one."""
        view = self.view
        exposed = self.exposed_at(c.first, first) if c.first > first else None
        victims: list[tuple[int, int]] = []
        if exposed is not None:
            victims = self.exposed_party(exposed, c.first) or self.subject_before(exposed, first)
        for k in range(first, limit - 1):
            if view.norm(k) in _DURING and view.norm(k + 1) == _PASSING:
                phrases = view.actors_at(k + 2, limit)
                victims += self.spans(phrases[:1])
        c.target = unique(victims + c.target)[:4]
        if not c.target and c.entry.mode == "explosives":
            c.target = self.target_after(c.end, limit, direct=False, extra=_NEAR)
        if not c.source:
            c.source = self.attacker(first, limit, c.target)

    def exposed_party(self, verb: int, trigger: int) -> list[tuple[int, int]]:
        """Who "was subjected to" the attack: everything between تعرض and the attack noun, up to a comma or a
        date ("بتعرض المرجع الشيعي آية الله علي السيستاني لمحاولة اغتيال")."""
        view = self.view
        start = self.skip_adjuncts(verb + 1, trigger)
        end = start
        while end < trigger and view.norm(end) not in COMMAS and not view.in_date[end] and view.norm(end) != "ل":
            if end > start and view.is_prepositional(end):
                break  # "لمحاولة اغتيال": the attack begins here
            end += 1
        if end == start or not view.starts_phrase(start):
            return []
        return [(self.doc.tokens[start].start, self.doc.tokens[end - 1].end)]

    def complete_protest(self, c: Candidate, first: int, limit: int) -> None:
        """What a protest is against when the trigger's clause does not say: the party after "ضد", a slogan's
        target ("الموت لأمريكا", "يسقط بوش"), what the protesters denounce ("تندد بالحصار"), whom they petition
        ("طالبوا الحكومة"); an act protested against keeps its doer ("احتجاجا على زيارة غل")."""
        view = self.view
        found: list[tuple[int, int]] = []
        for k in range(first, limit - 1):
            norm = view.norm(k)
            start = k + 1
            if (norm in _SLOGAN_HEADS and view.norm(k + 1) == "ل") or (norm in _DENOUNCE and view.norm(k + 1) == "ب"):
                start = k + 2
            elif norm in _PROTEST_PLACES:
                start = k + 2 if view.norm(k + 1) == "من" else k + 1  # "أمام مقر البرلمان", "على مقربة من"
            elif norm not in _AGAINST and norm not in _PETITION:
                continue
            while start < limit and view.norm(start) in QUOTE_MARKS:
                start += 1
            phrases = view.actors_at(start, limit)
            if phrases:
                found.append(self.with_genitive(phrases[0][0], phrases[0][1], limit))
        c.target = unique([self.widened(a, b, limit) for a, b in c.target] + found)[:4]
        if not c.source:
            c.source = self.participants(first, limit)  # "أقدم متظاهرون غاضبون على قطع الطريق"

    def widened(self, a: int, b: int, limit: int) -> tuple[int, int]:
        """A target span that is a bare seat or act noun ("مقر", "زيارة") taken with the noun it governs."""
        k = bisect.bisect_left(self.view.token_ends, b)
        if k >= len(self.doc.tokens) or self.doc.tokens[k].start != a or self.doc.tokens[k].end != b:
            return (a, b)
        return self.with_genitive(k, k + 1, limit)

    def with_genitive(self, a: int, b: int, limit: int) -> tuple[int, int]:
        """Tokens ``[a, b)`` as a character span, extended over the next noun phrase when they are one seat or act
        noun that governs it ("مقر رئيس الوزراء", "زيارة غل")."""
        view = self.view
        if b - a == 1 and view.mention(a) is None and b < limit and view.starts_phrase(b):
            head = bare(view.norm(a))
            if head in _GOVERNING or self.lexicon.lookup(view.norm(a)):
                end = view.phrase_end(b, limit)
                return self.doc.tokens[a].start, self.doc.tokens[end - 1].end
        return view.actor(a, b)

    def participants(self, first: int, limit: int) -> list[tuple[int, int]]:
        """The protesters a sentence names ("تجمع نحو 40 متظاهرا", "المحتجون")."""
        view = self.view
        for k in range(first, limit):
            norm = view.norm(k)
            bare = norm[2:] if norm.startswith("ال") else norm[1:] if norm[:1] in "وبل" else norm
            if bare.startswith(_PROTESTER_STEMS) or norm.startswith(_PROTESTER_STEMS):
                start = k - 1 if k > first and (view.norm(k - 1).isdigit() or view.norm(k - 1) in NUMBER_WORDS) else k
                return [view.actor(start, view.phrase_end(k, limit))]
        return []

    def governed_agent(self, a: int, b: int) -> bool:
        """A noun after a verbal noun is its agent when it names someone or is definite ("زيارة الوزير ...",
        not "هجوم مسلح")."""
        norm = self.view.norm(a)
        return self.view.named(a, b) or norm.startswith("ال") or norm in VICTIM_NOUNS

    # --- sentence level --------------------------------------------------------------------------------------

    def carried_subject(self, i: int, first: int, previous: Candidate | None, *, joined: bool) -> list[tuple[int, int]]:
        """The subject a verb or participle at ``i`` takes from before it when it says none: the speaker of a quote
        that closed after the last verbal event ``previous`` (the event was inside the reported words, or there is
        none), else that event's subject (for a verb, only when ``joined`` to it); [] when neither applies."""
        said = self.closed_quote(i, first)
        if said is not None and (previous is None or previous.first < said[0]):
            return [said[1]]
        if previous is None or not previous.verbal or not previous.source:
            return []
        return list(previous.source) if not joined or self.coordinated(i, previous) else []

    def coordinated(self, i: int, previous: Candidate) -> bool:
        """Whether the verb at ``i`` is joined by و or ف to the verbal event ``previous`` of its sentence, with no
        clause opener between them."""
        view = self.view
        if not self.joined(i):
            return False
        return not any(view.norm(k) in COMPLEMENTISERS for k in range(previous.end, i))

    def glued_conjunction(self, i: int) -> bool:
        """Whether the verb at ``i`` has و or ف glued on ("واتفق"): it starts a clause of its own, and the noun
        before it ("حيث التقى تبون واتفق الطرفان") ends the clause before."""
        norm = self.view.norm(i)
        if norm[:1] not in _COORDINATORS:
            return False
        hits = self.lexicon.lookup(norm)
        return bool(hits) and hits[0].prefix_letters > 0

    def joined(self, i: int) -> bool:
        """Whether the verb at ``i`` follows و or ف, split off ("و التقى") or glued to it ("واتهمت")."""
        norm = self.view.norm(i)
        if self.view.norm(i - 1) in _COORDINATORS or self.view.norm(i - 1) == _WHERE:
            return True
        hits = self.lexicon.lookup(norm)
        return norm[:1] in _COORDINATORS and bool(hits) and hits[0].prefix_letters > 0

    def closed_quote(self, i: int, first: int) -> tuple[int, tuple[int, int]] | None:
        """The last quote with a speaker that opens in the sentence (from token ``first``) and ends before token
        ``i``: the token where it ends and its speaker's characters."""
        view = self.view
        start, here = self.doc.tokens[first].start, self.doc.tokens[i].start
        best: tuple[int, tuple[int, int]] | None = None
        for q in self.doc.quotes:
            if q.speaker is not None and start <= q.start and q.end <= here and q.speaker.start < here:
                best = (bisect.bisect_left(view.token_ends, q.end), (q.speaker.start, q.speaker.end))
        return best

    def speaker_before(self, i: int, s_index: int) -> tuple[int, int] | None:
        """The characters of the speaker of the last quote of sentence ``s_index`` that starts before token ``i``."""
        sentence = self.doc.sentences[s_index]
        at = self.doc.tokens[i].start
        best: tuple[int, int] | None = None
        for q in self.doc.quotes:
            if q.speaker is not None and sentence.start <= q.start < at and q.speaker.start < at:
                best = (q.speaker.start, q.speaker.end)
        return best

    def pair_apart(self, candidates: Sequence[Candidate]) -> None:
        """ "وقعت سوريا والسعودية اتفاقية", "اجتمع الرئيس ورئيس الوزراء": a reciprocal act done together by parties
        named side by side is done by the first with the others, when it names no other party."""
        view = self.view
        for c in candidates:
            named = [p for p in c.source if view.entities_in(*p)]
            if c.entry.type in _RECIPROCAL and len(named) >= 2 and not any(view.entities_in(*t) for t in c.target):
                c.source, c.target = named[:1], named[1:] + c.target

    def speaker_in(self, s_index: int) -> tuple[int, int] | None:
        """The characters of the speaker of the first quote that starts in sentence ``s_index`` ("وأضاف خلال لقائه
        ... أن ...": the words reported after the noun are the speaker's)."""
        sentence = self.doc.sentences[s_index]
        for q in self.doc.quotes:
            if q.speaker is not None and sentence.start <= q.start < sentence.end:
                return q.speaker.start, q.speaker.end
        return None

    def two_sides(self, candidates: Sequence[Candidate]) -> None:
        """ "التقى عون براك ... واتفق الجانبان على ...": "the two sides" are the parties of the last event reported
        as happened that named both, within a few sentences (a host's or mediator's guests when it brought them
        together); "the two sides" named by nationality ("الوفدين الروسي والأوكراني") are those countries."""
        view = self.view
        last: Candidate | None = None
        for c in candidates:
            # "الوفدين الروسي والأوكراني": the two sides named by nationality are those countries.
            c.source = unique([p for a, b in c.source for p in (self.nationalities_for(a, b) or [(a, b)])])
            c.target = unique([p for a, b in c.target for p in (self.nationalities_for(a, b) or [(a, b)])])
            sides = bool(c.source) and all(self.both_sides(a, b) for a, b in c.source)
            if sides and last is not None and c.sentence - last.sentence <= _SIDES_REACH:
                if last.entry.mode in _THIRD_PARTY_MODES and len(last.target) >= 2:
                    # "استضافت تركيا محادثات بين الوفدين ...، اتفق الجانبان": the sides are the host's guests.
                    c.source = list(last.target)
                else:
                    c.source = list(last.source)
                    if not any(view.entities_in(a, b) for a, b in c.target):
                        c.target = list(last.target)
            elif sides:
                c.source = self.last_two_parties(c, c.source[0]) or c.source
            two = next((t for t in c.target if self.both_sides(*t)), None)
            if two is not None:
                # "دعا الاتحاد الأفريقي البلدين إلى ضبط النفس": the two called on are the parties last named together.
                if last is not None and c.sentence - last.sentence <= _SIDES_REACH:
                    parties = unique([*last.source, *last.target])
                else:
                    parties = self.last_two_parties(c, two, c.source)
                if parties:
                    c.target = parties + [t for t in c.target if not self.both_sides(*t)]
            elif (
                not sides
                and c.status == "asserted"
                and c.source
                and c.target
                and any(view.entities_in(a, b) for a, b in c.source)
                and any(view.entities_in(a, b) for a, b in c.target)
            ):
                last = c

    def last_two_parties(
        self, c: Candidate, sides: tuple[int, int], besides: Sequence[tuple[int, int]] = ()
    ) -> list[tuple[int, int]]:
        """ "وقع الوزيران اتفاقية" with no earlier event naming them: "the two sides" are the last two parties named
        before the trigger, within a paragraph's reach: two people for "the two ministers", two countries for "the
        two countries", any two for "the two sides"; [] when fewer are named. Parties in ``besides`` (the caller of
        "the two sides") are not among them."""
        view = self.view
        said_at = self.sides_word(*sides)
        word = view.norm(said_at) if said_at is not None else ""
        kinds = {"PERSON"} if word in _TWO_PEOPLE else {"GPE"} if word in _TWO_COUNTRIES else PARTY_TYPES
        at = self.doc.tokens[c.first].start
        parties: list[tuple[int, int]] = []
        seen: set[str] = {e for a, b in besides for e in view.entities_in(a, b)}
        k = c.first - 1
        while k >= 0 and at - self.doc.tokens[k].start <= _SIDES_CHARS and len(parties) < 2:
            m = view.mention(k)
            entity = view.entity_at[k]
            if m is None or entity is None:
                k -= 1
                continue
            if m.type in kinds and entity not in seen:
                parties.append((m.start, m.end))
                seen.add(entity)
            k = view.token_at(m.start) - 1
        return parties[::-1] if len(parties) == 2 else []

    def object_before_b(self, c: Candidate, body: str, limit: int, first: int, previous: Candidate | None) -> None:
        """For a verb (``body``: its word without proclitics) that takes an object and then ب ("اتهم"), the noun
        phrases between verb and ب (a name's own ب, "أطباء بلا حدود", is not it): two are subject and object
        ("اتهمت منظمة العفو السلطات بـ..."); one is the object ("واتهمت الجزائر بـ..."), the subject being the one
        carried from before it, or unsaid."""
        view = self.view
        i = c.first
        if not c.verbal or not body.startswith(_OBJECT_BEFORE_B) or body.endswith(_OBJECT_PRONOUNS):
            return
        b = None
        boundary = None  # the last comma or bracket before ب: an adjunct set off ("اتهمت، في تقرير صدر أمس، السلطات")
        for k in range(c.end, min(limit, i + _COMPLEMENT_REACH)):
            word = view.norm(k)
            if word in COMPLEMENTISERS or view.in_quote[k] != view.in_quote[i]:
                return
            if word in COMMAS or word in _BRACKETS:
                boundary = k
                continue
            if k > c.end and view.mention(k) is None and is_verb(word):
                return
            if view.mention(k) is None and (word == "ب" or (word[:1] == "ب" and view.is_prepositional(k))):
                b = k
                break
        if b is None:
            return
        if boundary is not None:
            self.accused_after(c, boundary + 1, b, first, previous)
            return
        start = self.skip_adjuncts(c.end, b)
        if start >= b or not view.starts_phrase(start):
            return
        one = view.actors_at(start, b)
        if not one:
            return
        if one[-1][1] == b:
            accused = self.spans(one)
            if c.source == accused:
                # The phrase was read as the subject; a verb's one noun before ب is its object, and the subject is
                # carried: the last event's, or the party the sentence opened with ("نفت الوزارة ...، واتهمت الجزائر").
                c.source = self.carried_subject(i, first, previous, joined=False)
                if not c.source and self.joined(i):
                    c.source = [p for p in self.first_party(first, i) if p[0] < self.doc.tokens[one[0][0]].start]
            c.target = accused
            return
        second = self.skip_adjuncts(one[-1][1], b)
        two = view.actors_at(second, b) if second < b else []
        if two and two[-1][1] == b:
            c.source, c.target = self.spans(one), self.spans(two)

    def accused_after(self, c: Candidate, j: int, b: int, first: int, previous: Candidate | None) -> None:
        """The accused after an adjunct set off by commas or brackets: the noun phrase from ``j`` (past time words
        and "في بيان") that runs to the accusation's ب at ``b``; the accuser stays the one already read, unless that
        was this phrase."""
        view = self.view
        start = self.skip_adjuncts(j, b)
        phrases = view.actors_at(start, b) if start < b and view.starts_phrase(start) else []
        if not phrases or phrases[-1][1] != b:
            return
        accused = self.spans(phrases)
        if c.source == accused:
            c.source = self.carried_subject(c.first, first, previous, joined=False)
        c.target = accused

    def held_responsible(self, c: Candidate, body: str, first: int, previous: Candidate | None) -> None:
        """ "حمّلت الشبكة قوات الدعم السريع المسؤولية", "محملا باريس مسؤولية الانسداد": the one held responsible
        stands between the verb and its companion noun. Two phrases there are subject and object; one is the object,
        the subject being the one before the verb or carried."""
        view = self.view
        companion = c.end - 1
        if not body.startswith(_HOLDING) or companion <= c.first + 1:
            return
        start = self.skip_adjuncts(c.first + 1, companion)
        one = view.actors_at(start, companion) if start < companion and view.starts_phrase(start) else []
        if not one:
            return
        if one[-1][1] == companion and view.norm(c.end)[:1] == "ل":
            # "حمّلت الوزارة مسؤوليته لخلايا ...": the one held follows ل, the phrase before the noun is the subject.
            c.source = self.spans(one)
            return
        if one[-1][1] == companion:
            held = self.spans(one)
            if c.source == held or not c.source:
                c.source = self.carried_subject(c.first, first, previous, joined=False) if c.verbal else []
            c.target = held
            return
        second = self.skip_adjuncts(one[-1][1], companion)
        two = view.actors_at(second, companion) if second < companion and view.starts_phrase(second) else []
        if two and two[-1][1] == companion:
            c.source, c.target = self.spans(one), self.spans(two)

    def relative_object(self, c: Candidate, body: str, limit: int) -> None:
        """ "الاتفاق الذي وقعه البلدان": after a relative pronoun, a verb carrying an object pronoun has the antecedent
        as its object and its subject after it; the document signed is no party."""
        view = self.view
        k = c.first - 1
        while k >= 0 and view.norm(k) in _ASPECT:
            k -= 1
        if k < 0 or view.norm(k) not in _RELATIVES or not body.endswith(("ه", "ها")):
            return
        start = self.skip_adjuncts(c.end, limit)
        phrases = view.actors_at(start, limit) if start < limit and view.starts_phrase(start) else []
        if phrases:
            c.source, c.target = self.spans(phrases), []

    def addressee_of_request(self, c: Candidate, body: str, limit: int, previous: Candidate | None) -> None:
        """ "طلبت بيروت من واشنطن الضغط ...", "طلبنا من الرئيس خطوات": the one asked, after من, is the request's
        target, and "طلبت منه" is the party the sentence's last event had as its target. A request's noun with من
        ("بطلب من بريطانيا", "تلقى الادعاء طلبا من السلطات اللبنانية") names the asker: it is the source, and the
        party read as the source is the one asked."""
        view = self.view
        i = c.first
        if not body.startswith(_REQUEST_STEMS):
            return
        reach = _REQUEST_REACH if c.verbal else _REQUEST_NOUN_REACH
        for k in range(c.end, min(limit - 1, c.end + reach)):
            word = view.norm(k)
            if word in COMMAS or word in COMPLEMENTISERS or view.in_quote[k] != view.in_quote[i]:
                return
            if view.mention(k) is not None:
                continue
            if c.verbal and word in _FROM_PRONOUNS:
                if previous is not None and previous.sentence == c.sentence and previous.target:
                    c.target = list(previous.target)  # "التقيت المبعوث توم باراك ...، وطلبت منه تسريع ..."
                return
            if word == _FROM:
                if view.norm(k + 1).startswith(_NOT_ASKED) or view.norm(k - 1) in _PARTITIVES:
                    return
                asked = self.spans(view.actors_at(k + 1, limit))
                if not asked:
                    return
                if c.verbal:
                    c.source = [p for p in c.source if p not in asked]
                    c.target = asked
                else:
                    c.target = [p for p in (c.source or c.target) if p not in asked]
                    c.source = asked
                return
            if k > c.end and is_verb(word):
                return
            if not c.verbal and not (word.endswith("ا") and not word.startswith("ال")):
                return  # "تعتزم طلب دعم إضافي من الصندوق": past the noun's object, من names the one asked

    def alleged(self, candidates: Sequence[Candidate]) -> None:
        """ "اتهمت الحكومة إسرائيل بقتل مدنيين", "اتهم الجيش قوات الدعم السريع بشن هجوم": the act an accusation names
        after ب is the accused's, not the accuser's."""
        view = self.view
        for n, c in enumerate(candidates):
            if c.verbal or c.entry.type not in MATERIAL_CONFLICT:
                continue
            accusation = next(
                (
                    p
                    for p in reversed(candidates[:n])
                    if p.entry.type == "ACCUSE" and p.sentence == c.sentence and 0 <= c.first - p.end <= _ALLEGED_REACH
                ),
                None,
            )
            if accusation is None:
                continue
            between = range(accusation.end, c.first + 1)
            if any(view.norm(k) in COMMAS for k in between) or not any(view.norm(k)[:1] == "ب" for k in between):
                continue
            accused = [(a, b) for a, b in accusation.target if self.names_actor(a, b)]
            if accused:
                c.source = accused

    def with_party(self, e: Event) -> Event:
        """The event with the party it is about as its first target when it names none: the first person,
        organisation or country named in its clause after the trigger and the unnamed objects ("وافق الصندوق على صرف
        شريحة لمصر", "هدد بتوسيع هجماتهم على السفن المرتبطة بإسرائيل"), within a few words, and not one of its own
        doers. Nothing is read past a comma, a quotation mark or في, which says where, not to whom."""
        view = self.view
        if any(view.entities_in(t.start, t.end) for t in e.target):
            return e
        trigger, start, limit, own = self.clause_after(e, e.target)
        for k in range(start, min(limit, start + _PARTY_REACH)):
            norm = view.norm(k)
            if norm in COMMAS or norm in _PARTY_STOPS or view.in_quote[k] != view.in_quote[trigger] or norm == "في":
                return e
            m = view.mention(k)
            entity = view.entity_at[k]
            if m is not None and entity is not None and m.type in PARTY_TYPES and entity not in own:
                return replace(e, target=[Span(m.start, m.end, m.text), *e.target])
        return e

    def clause_after(self, e: Event, spans: Sequence[Span]) -> tuple[int, int, int, set[str]]:
        """Where a party of ``e`` is read after it: its trigger's token, the token after the trigger and ``spans``,
        the end of its sentence, and the entities of its doers (never the party it is about)."""
        view = self.view
        trigger = view.token_at(e.trigger.start)
        limit = self.doc.sentences[view.sentence_of[trigger]].last_token
        start = max([view.token_at(e.trigger.end - 1) + 1] + [view.token_at(t.end - 1) + 1 for t in spans])
        own = {x for s in e.source for x in view.entities_in(s.start, s.end)}
        return trigger, start, limit, own

    def nationality_of_deed(self, e: Event) -> Event:
        """An event that names no party it is about is about the country its object names by nationality ("دانت
        الوزارة "العدوان الإسرائيلي المتكرر""، "رفضت التدخل التركي"، "رحب بالقرار الأمريكي"): that country is its
        target. The nationality must describe an unnamed noun after the trigger and its doers, in the same clause,
        before any party is named."""
        view = self.view
        if any(view.entities_in(t.start, t.end) for t in e.target):
            return e
        _, start, limit, own = self.clause_after(e, e.source)
        for k in range(start, min(limit, start + _DEED_NATIONALITY_REACH)):
            norm = view.norm(k)
            if norm in COMMAS or norm in {":", "."} or (k > start and is_verb(norm)):
                return e
            m = view.mention(k)
            if m is None:
                continue
            entity = view.entity_at[k]
            described = k > 0 and view.mention(k - 1) is None and view.norm(k - 1) not in QUOTE_MARKS
            if m.type == "NORP" and entity is not None and entity not in own and described:
                return replace(e, target=[Span(m.start, m.end, m.text), *e.target])
            if m.type in PARTY_TYPES:
                return e  # a party named first is the one the condemnation is about, or its doer
        return e

    def deeds(self, candidates: Sequence[Candidate]) -> None:
        """ "وأدانت الوزارة القصف"، "رفضت الرباط الاتهامات": a reaction to an act named by its noun is a reaction to
        whoever did it, the named doer of the last such act within a few sentences; the noun stays when there is
        none."""
        for n, c in enumerate(candidates):
            if c.entry.type not in _REACTIONS:
                continue
            targets: list[tuple[int, int]] = []
            for a, b in c.target:
                targets.extend(self.doer(candidates[:n], c.sentence, a, b) or [(a, b)])
            if not targets:
                # "رحبت الوزارة بالعقوبات": the act after ب, which names no party.
                deed = self.deed_after_b(c)
                if deed:
                    targets = self.doer_of(candidates[:n], c.sentence, deed)
            c.target = unique(targets)

    def deed_after_b(self, c: Candidate) -> str:
        """The normalised definite noun after ب right after the trigger and its doers ("رحبت الوزارة بالعقوبات"),
        or ""."""
        view = self.view
        limit = self.doc.sentences[c.sentence].last_token
        k = max([c.end] + [view.token_at(b - 1) + 1 for _, b in c.source])
        if k + 1 >= limit or view.norm(k) != "ب" or view.mention(k + 1) is not None:
            return ""
        norm = view.norm(k + 1)
        return norm if norm.startswith("ال") else ""

    def doer(self, before: Sequence[Candidate], sentence: int, a: int, b: int) -> list[tuple[int, int]]:
        """The named doers of the act a definite verbal noun at characters ``[a, b)`` stands for ("الغارة"), from
        the last earlier candidate of its type within :data:`_DEED_REACH` sentences; [] when there is none."""
        view = self.view
        norm = view.norm(view.token_at(a))
        if not norm.startswith("ال") or view.entities_in(a, b):
            return []
        return self.doer_of(before, sentence, norm)

    def doer_of(self, before: Sequence[Candidate], sentence: int, norm: str) -> list[tuple[int, int]]:
        """The named doers of the last earlier candidate of the kind of act the normalised noun ``norm`` names."""
        kinds = {h.entry.type for h in self.lexicon.lookup(norm) if h.pos not in (PAST, IMPERFECT)}
        for p in reversed(before):
            if sentence - p.sentence > _DEED_REACH:
                break
            named = [(x, y) for x, y in p.source if self.names_actor(x, y)] if p.entry.type in kinds else []
            if named:
                # "قتل ثلاثة عسكريين" reports the same attack's toll without its doer: the doer is named earlier.
                return named
        return []

    def names_actor(self, a: int, b: int) -> bool:
        """Whether characters ``[a, b)`` name a person, an organisation, a country or a people (not a place)."""
        view = self.view
        k = view.token_at(a)
        while k < len(self.doc.tokens) and self.doc.tokens[k].start < b:
            m = view.mention(k)
            if m is not None and not m.nominal and m.type in ("PERSON", "ORG", "GPE", "NORP") and view.entity_at[k]:
                return True
            k += 1
        return False

    def issuer(self, a: int, b: int, first: int) -> tuple[int, int]:
        """ "تبنى مجلس الأمن قرارا يطالب ...": a resolution or statement asks through the one who adopted or issued
        it, the name nearest before it in its clause (the subject of the verb that governs it); the actor as found
        when there is none."""
        view = self.view
        if view.entities_in(a, b):
            return a, b
        k = view.token_at(a)
        last = view.token_at(b - 1)
        if bare(view.norm(k)) not in _DOCUMENTS:
            if bare(view.norm(last)) in _DOCUMENTS:
                k = last  # "في ١٨ أيلول ٢٠٢٤ قرارا يطالب": a date read into the phrase before the document
            elif k - 1 >= first and bare(view.norm(k - 1)) in _DOCUMENTS and view.mention(k - 1) is None:
                k -= 1  # "مذكرة رسمية تطالب", "بيانا مشتركا دعت فيه": the adjective read as the subject
            else:
                return a, b
        t, words = k - 1, 0
        while t >= first and words < _ISSUER_REACH:
            if view.norm(t) in COMPLEMENTISERS:
                break
            if view.in_date[t]:
                t -= 1  # "اعتمدت في ١٨ أيلول/ سبتمبر ٢٠٢٤ قرارا": a date, however long, is one adjunct
                continue
            m = view.mention(t)
            if m is not None and view.entity_at[t] is not None and m.type in PARTY_TYPES:
                return m.start, m.end
            t -= 1
            words += 1
        return a, b

    def both_sides(self, a: int, b: int) -> bool:
        """Whether the actor at characters ``[a, b)`` is "the two sides" ("الجانبان", "الطرفين", "البلدان")."""
        return self.sides_word(a, b) is not None

    def sides_word(self, a: int, b: int) -> int | None:
        """The token of the word for "the two sides" when the actor at characters ``[a, b)`` is that word alone or
        with its dual adjective ("الوزيران الضيفان"), else None."""
        view = self.view
        k = view.token_at(a)
        if view.norm(k) in _TWO_SIDES and (view.token_ends[k] == b or self.dual_adjective(k + 1, b)):
            return k
        if k > 0 and view.norm(k - 1) in _TWO_SIDES and self.dual_adjective(k, b):
            return k - 1
        return None

    def dual_adjective(self, k: int, b: int) -> bool:
        """Whether token ``k`` ends at character ``b`` and is a dual adjective with the article ("الضيفان")."""
        view = self.view
        norm = view.norm(k)
        return (
            k < len(view.tokens)
            and view.token_ends[k] == b
            and view.mention(k) is None
            and norm.startswith("ال")
            and norm.endswith(("ان", "ين"))
        )

    def sides_by_nationality(self, k: int) -> list[tuple[int, int]]:
        """The nationalities that name "the two sides" at token ``k`` ("الوفدين [الروسي] و[الأوكراني]"), each
        the country's party; [] unless two or more follow the word."""
        view = self.view
        if view.norm(k) not in _TWO_SIDES:
            return []
        named: list[tuple[int, int]] = []
        j = k + 1
        while (m := view.mention(j)) is not None and m.type == "NORP" and view.entity_at[j] is not None:
            named.append((m.start, m.end))
            j = view.token_at(m.end - 1) + 1
            if view.norm(j) != "و":
                break
            j += 1
        return named if len(named) >= 2 else []

    def nationalities_for(self, a: int, b: int) -> list[tuple[int, int]]:
        """For an actor at characters ``[a, b)`` that is "the two sides" named by nationality, or one of those
        nationalities ("الوفدين الأوكراني و[الروسي] اتفقا"), the nationalities; [] otherwise."""
        view = self.view
        start = view.token_at(a)
        k = start
        for _ in range(3):  # back over at most two coordinated nationalities to the word for the two sides
            named = self.sides_by_nationality(k)
            if named:
                return named if k == start or any(x <= a < y for x, y in named) else []
            k -= 1
            if view.norm(k) == "و":
                k -= 1
        return []

    def own_country(self, a: int, b: int, first: int) -> list[tuple[int, int]]:
        """ "أعلن المستشار الألماني فريدريش ميرتس أن بلاده تدعم ...", "قال الجيش إن قواته ...", "قال سلام إن الحكومة
        تطالب": "his country", "its forces" or a bare "the government" act through the one who says so, the subject of
        the verb before the complementiser, else the named speaker of the words they stand in; the actor as found when
        there is neither."""
        view = self.view
        k = view.token_at(a)
        if (view.norm(k) not in _OWN_PARTY and view.norm(k) not in _THE_GOVERNMENT) or view.token_ends[k] != b:
            return [(a, b)]
        c = k - 1
        while c >= first and view.norm(c) in _ASPECT:
            c -= 1
        if c >= first and view.norm(c) in COMPLEMENTISERS:
            for v in range(c - 1, max(first, c - _SAYER_REACH) - 1, -1):
                if is_verb(view.norm(v)):
                    phrases = view.actors_at(self.skip_adjuncts(v + 1, c), c)
                    if phrases:
                        return self.spans(phrases[:1])
                    break
        return self.named_speaker(a) or [(a, b)]

    def own_party_targets(self, candidates: Sequence[Candidate]) -> None:
        """ "فرضت الوزارة عقوبات على دقلو، متهمة قواته بارتكاب ...": "his forces" as a target are the party of the
        one they belong to, the last party named before the trigger in its sentence that is not the event's doer."""
        view = self.view
        for c in candidates:
            if not any(self.own_party_word(a, b) for a, b in c.target):
                continue
            doers = {e for a, b in c.source for e in view.entities_in(a, b)}
            first = self.doc.sentences[c.sentence].first_token
            owner = None
            for k in range(c.first - 1, first - 1, -1):
                m = self.named_party_at(k)
                entity = view.entity_at[k]
                if m is not None and entity is not None and entity not in doers:
                    owner = (m.start, m.end)
                    break
            if owner is not None:
                c.target = unique([owner if self.own_party_word(a, b) else (a, b) for a, b in c.target])

    def own_party_word(self, a: int, b: int) -> bool:
        """Whether characters ``[a, b)`` are one word for a party's own people ("قواته", "حكومتها")."""
        view = self.view
        k = view.token_at(a)
        return view.token_ends[k] == b and view.norm(k) in _OWN_PARTY and view.norm(k) not in _OWN_COUNTRY

    def named_speaker(self, a: int) -> list[tuple[int, int]]:
        """The speaker, tied to an entity, of the quote holding character ``a``; [] when there is none."""
        for q in self.doc.quotes:
            if q.start <= a < q.end and q.speaker is not None and q.speaker.entity_id is not None:
                return [(q.speaker.start, q.speaker.end)]
        return []

    def antecedent(self, a: int, b: int) -> tuple[int, int]:
        """A body named again by the head noun of its name ("بعثة الأمم المتحدة للدعم في ليبيا" ... "واتهمت البعثة"):
        the last mention before it of a body whose name starts with that noun; else the actor as found."""
        view = self.view
        k = view.token_at(a)
        if k >= len(self.doc.tokens) or view.token_ends[k] != b or view.mention(k) is not None:
            return a, b
        norm = view.norm(k)
        head = bare(norm)
        if head == norm or head not in _BODY_HEADS:
            return a, b
        for m in reversed(self.doc.mentions):
            if m.end > a or m.nominal or m.type != "ORG":
                continue
            words = normalise(m.text).split()
            if words and bare(words[0]) == head and len(words) > 1:
                return m.start, m.end
            j = view.token_at(m.start)
            if 0 < j < len(self.doc.tokens) and view.norm(j - 1) == head:
                return m.start, m.end  # "شركة [أرامكو]" ... "الشركة": the brand is mentioned without its head
        return a, b

    def represented(self, a: int, b: int, limit: int) -> tuple[int, int]:
        """The body a delegation or an office stands for ("وفدا من صندوق النقد الدولي" → the fund, "الأمين العام
        للأمم المتحدة" → the United Nations), else the actor as found."""
        view = self.view
        first = view.token_at(a)
        if first >= limit or view.entities_in(a, b):
            return a, b
        if quantity(view.norm(first)) and first + 1 < limit and bare(view.norm(first + 1)) in _DELEGATIONS:
            first += 1  # "أربعة قياديين في كتائب حزب الله"
        if bare(view.norm(first)) not in _DELEGATIONS:
            return self.office_body(a, b, first, limit)
        k = bisect.bisect_left(view.token_ends, b) + 1
        if k < limit and view.norm(k) in _DELEGATION_LINKS:
            k += 1
        m = view.mention(k) if k < limit else None
        if m is None or view.entity_at[k] is None or m.type not in PARTY_TYPES:
            return a, b
        return m.start, m.end

    def office_body(self, a: int, b: int, first: int, limit: int) -> tuple[int, int]:
        """ "الأمين العام للأمم المتحدة": an office that names no holder stands for the body after ل; else the actor
        as found."""
        view = self.view
        k = bisect.bisect_left(view.token_ends, b) + 1
        # "العام", "الخاص": the rest of the office's name.
        while k < min(limit, first + _OFFICE_WORDS) and view.mention(k) is None:
            if not (view.is_nounish(k) or view.norm(k)[:2] == "ال"):
                break
            k += 1
        m = view.mention(k) if k < limit else None
        if m is None or view.entity_at[k] is None or m.type not in ("ORG", "GPE") or view.norm(k)[:1] != "ل":
            return a, b
        return m.start, m.end


def quantity(norm: str) -> bool:
    """A number or a quantity word ("عشرات", "ثلاثة", "20")."""
    return norm.isdigit() or norm in NUMBER_WORDS or norm in NUMBERISH or norm in QUANTIFIERS


def light_verb(norm: str) -> bool:
    """A verb that carries a verbal noun, bare or with the pronoun that stands for it ("شنتها", "نفذته")."""
    if norm in LIGHT_VERBS:
        return True
    return any(norm.endswith(p) and norm[: -len(p)] in LIGHT_VERBS for p in _OBJECT_PRONOUNS)


def is_verb_like(norm: str) -> bool:
    """A lexicon verb, or a word shaped like an imperfect verb, future included ("يواصل", "سنواصل")."""
    if is_verb(norm):
        return True
    body = norm[1:] if norm[:1] == "س" and len(norm) > 4 else norm
    return len(body) >= 3 and not body.startswith("ال") and body[0] in "يتن" and body not in PREPOSITIONS


def unique(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` without repeats, in their first order."""
    seen: set[tuple[int, int]] = set()
    out = []
    for s in spans:
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out
