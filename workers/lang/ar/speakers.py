"""Who said it, in Arabic news: the speaker a reporting verb, a participle or an attribution names.

Arabic puts the subject after the verb ("قال شويغو إن"), but also before it ("إن شويغو قال"), after an office it
holds ("قال المبعوث الخاص ...، هانس غروندبرغ، إن"), in the sentence's opening clause ("واختتم الزيودي حديثه
بالقول") or leaves it to the previous sentence ("وأضاف أن"). Unnamed sources speak through the outlet they told,
statements through whoever issued them, spokesmen through their body. :class:`SpeakerReader` holds these rules and
the memory of the last speaker; :mod:`workers.lang.ar.quotes` finds the quotes and asks it who spoke.
"""

from __future__ import annotations

from functools import lru_cache

from workers.doc import Doc, Span
from workers.lang.ar.common_words import load_common_words
from workers.lang.ar.docview import view_of
from workers.lang.ar.gazetteer import Gazetteer
from workers.lang.ar.lexicon import IMPERFECT, PAST, speech_verbs
from workers.lang.ar.lexicon.words import (
    ANAPHORS,
    COMPLEMENTISERS,
    MANNER_ADVERBS,
    NUMBER_WORDS,
    RELATIVES,
    SAYING,
    TIME_WORDS,
    word_set,
)
from workers.lang.ar.normalise import normalise
from workers.lang.ar.wordforms import OPENING_MARKS, is_verb

_VIA = word_set("نقلا")
# Verbs that relay someone else's words: "نقلت الوكالة [عن] بيان للشركة أن" quotes the statement, not the agency.
_RELAYING = word_set("نقل نقلت نقلوا ينقل تنقل")
COMMAS = frozenset({"،", ","})
# ل with a pronoun after a reporting verb: whom the words were said to.
_TO_US_OR_THEM = word_set("لنا لي له لها لهم لهما لك لكم")
# Adverbs between a reporting verb and its subject or content ("أكد [مرارا] أن"): nobody's name.
_ADVERBS = (
    word_set("مرارا مجددا سابقا أيضا كذلك لاحقا دائما صراحة علنا رسميا مرة")
    | word_set("بوضوح بصراحة بشدة بحزم بدوره بدورها بدورهم")  # "قال [بوضوح] إن"، "وقال [بدوره]"
    | MANNER_ADVERBS
)  # ... and the manner of speaking: "فأجاب [ضاحكا]:"
# "أعلن [خلالها] أن": an adjunct whose pronoun points back to an occasion just named, where the speaker was named.
_OCCASION = word_set("خلالها خلاله خلالهما فيها فيه")
_SKIPPABLE = TIME_WORDS | COMMAS | _ADVERBS | _OCCASION | word_set("فيما يبدو")
# An account or page a post is written on, and how many words after it its owner is named ("الحساب الرسمي للبعثة
# [@UNIFIL_]").
_ACCOUNTS = frozenset({"حساب", "صفحه"})
_ACCOUNT_REACH = 4
# Prepositions that tie an unnamed speaker to the body it speaks for: "متحدث باسم الجيش", "محللون في بنك ...".
_SPEAKS_FOR = word_set("باسم في لدى من")
# Unnamed sources: the article does not say who they are, so an outlet relaying them is the speaker, or nobody.
_UNNAMED = word_set(
    "مصدر مصادر مسؤول مسؤولة مسؤولين مسؤولون دبلوماسي دبلوماسيين دبلوماسيون مندوبين مندوبون شهود سكان مراقبون "
    "مراقبين محللون محللين خبراء خبير أشخاص شخص مقربون مقربين ناشطون ناشطين ضابط ضباط جندي موظف عنصر قيادي "
    "اقتصاديون اقتصاديين أحد إحدى مصدران مصدرين مسؤولان دبلوماسيان مصرفي مصرفيون مصرفيين عضو أعضاء نائب نواب"
    # People met in the street: nobody the reader can name.
    " تاجر تجار مواطن مواطنة مواطنون مواطنين سائق مزارع صياد لاجئ لاجئة نازح نازحة ناجون ناجين متابعون متابعين"
    " مشجع مشجعة مشجعون مشجعين شاهد شاهدة أحدهم إحداهن"
    # ... and analysts, bankers and researchers a report leaves unnamed ("وقال مصرفيان في دمشق لرويترز").
    " محلل محللة محللان مصرفيان باحث باحثة باحثون باحثين خبيرة خبيران"
    # ... people posting online and media no one names ("مغردون"، "وسائل إعلام تركية") ...
    " مغردون مغردين مدونون مدونين رواد وسائل"
    # ... and sources no one names: "منظمات حقوقية", "تقارير", "التقارير المتداولة".
    " منظمات تقارير التقارير تقديرات أنصار أنصاره أنصارها نازحون نازحين لاجئون لاجئين منتقدون منتقدين منتقدوه"
    " منتقدوها"
    # The accusative after إن/أن: "إلا أن مصدرا حكوميا قال".
    " مصدرا مسؤولا دبلوماسيا ضابطا موظفا"
)
# "مكتبه": an office named only by its holder's pronoun.
_HIS_OFFICE = word_set("مكتبه مكتبها")
# Reports, which the text may cite as sources ("وذكرت التقارير أن") or describe ("ووصف التقارير بأنها").
_REPORTS = word_set("تقارير التقارير تقديرات")
# A statement relayed by an outlet: "في تصريح نقلته بترا".
_RELAYED_BY = word_set("نقلته نقلتها نقله نقلها نشرته نشرتها نشره نشرها أوردته أوردتها بثته بثتها")
# An outlet someone spoke to: "لوكالة رويترز", "لصحيفة النهار".
_TO_OUTLET = word_set("لوكالة لصحيفة لقناة لشبكة لإذاعة لموقع")
# Heads of bodies that are masculine singular, so a feminine verb never has them as subject.
_MASCULINE_HEADS = word_set("جيش مجلس بنك حزب اتحاد جهاز برلمان صندوق برنامج تحالف ائتلاف")
# Feminine heads of bodies, which a masculine past verb cannot have as its subject ("دعا [حكومة] الرئيس").
_FEMININE_HEADS = word_set("حكومة وزارة هيئة منظمة حركة جبهة جمعية لجنة محكمة شركة وكالة إدارة رئاسة سلطات")
_ISSUER_REACH = 6  # tokens from an unnamed issuer's first word ("المكتب الإعلامي في") to the body it belongs to
# A statement, whose issuer "البيان" refers back to.
_STATEMENT = frozenset({"بيان", "بيانا"})
# Relative pronouns whose verb is said by the name before them ("إنفانتينو الذي وصف").
_WHO = frozenset({"الذي", "التي", "الذين"})
# Words that open a sentence and are no verb with a subject after them ("في", "بعد", "من جانبه").
_NOT_OPENING_VERBS = word_set(
    "في من إلى على عن مع بعد قبل منذ خلال حسب بحسب وفق وفقا أما لكن غير كما ثم لم لن لا ما قد كان كانت حين"
    " عندما لما إذ إذا بينما فيما"
)
# Negations before a sentence's opening verb ("ولم يحضر X").
_NEGATIONS = frozenset({"لم", "لن"})
# "أحد المسؤولين": one of the unnamed sources; the source word follows.
_ONE_OF = word_set("أحد إحدى")
# Unnamed news sources, as opposed to people met in the street.
_SOURCE_WORDS = word_set(
    "مصدر مصادر مصدرا مصدران مصدرين المصدرين المصادر مسؤول مسؤولا مسؤولة مسؤولين مسؤولون مسؤولان المسؤولين"
    " دبلوماسي دبلوماسيا دبلوماسيين دبلوماسيون الدبلوماسيين"
)
# People met in the street, or commentators: what they tell an outlet is nobody's statement the reader can check,
# so the outlet does not become its speaker ("وقال شهود عيان للجزيرة نت"، "وقال أحد المتظاهرين لـ«الشرق الأوسط»").
_PASSERS_BY = word_set(
    "سكان ساكن شهود شاهد مواطن مواطنة مواطنون مواطنين تاجر تجار سائق سائقين سائقون مزارع مزارعين مزارعون صياد"
    " صيادين لاجئ لاجئة لاجئين لاجئون نازح نازحة نازحين نازحون ناجون ناجين مشجع مشجعة مشجعين مشجعون متظاهر"
    " متظاهرين متظاهرون محتج محتجين محتجون محلل محللين محللون خبير خبراء مراقب مراقبين مراقبون"
)
_OUTLET_REACH = 3  # sentences over which more unnamed sources are taken to speak to the same outlet
# Heads of bodies named by a title after them ("نادي [الاتحاد]").
_BODY_HEADS = word_set("نادي حركة حزب جماعة تنظيم فريق منتخب شركة منظمة مجموعة")
# Words that open a clause with its own subject.
_CLAUSE_OPENERS = frozenset({"لكن", "ولكن", "بينما", "فيما"})
_AT_QUESTION = frozenset({"عند", "لدي", "بعد"})  # "عند سؤاله": when he was asked
_REPLYING = frozenset({"ردا", "رده", "ردها", "جوابا"})  # "ردا على سؤال": replying to a question
_OFFICE_REACH = 16  # tokens from an office's first word to the name it ends with
# Words that begin an adjunct after a reporting verb, where no subject can start ("قال للصحفيين عقب ...").
_ADJUNCT_STARTS = word_set(
    "عقب إثر اثر بعد قبل خلال أثناء في على عن من مع أمام لدى عند ردا تعليقا"
    " بحسب حسب وفق وفقا"  # "وأكد، [بحسب بيان صادر عن مكتبه]، أن": the medium, not the speaker
)
# Prepositions after which a person is the object of an official's words, not the official ("مع بوتين").
_PERSON_OBJECT = word_set("مع عن ب ل إلى على من")
# Words before a place that make it a location, not a speaker before the verb.
_PLACE_BEFORE = word_set("في من إلى ب مدينة بلدة قرية محافظة منطقة ولاية إقليم عاصمة")
# Verbs and nouns of talking to someone, whose "إلى" names the outlet told ("في حديث إلى", "تحدثت إلى").
_TALK = word_set("حديث حديثه حديثها تصريح تصريحات تصريحه تحدث تحدثت تحدثوا")
# Object pronouns a verb may carry ("اعتبرتها"), longest first.
OBJECT_PRONOUNS = ("هما", "ها", "هم")
# Answering verbs and the asking that comes before them: whoever was asked answers ("وسئل كجوك ...، فرد قائلا:").
ANSWERING = word_set("أجاب أجابت رد ردت")
_ASKING = word_set("سأل سألت")
_ASKED = word_set("سئل سئلت")
# Verbs that continue what the last speaker was saying ("وتابعت اللاعبة البولندية").
_NOUN_PREPOSITIONS = word_set("إلى على من في عن ب ل منذ بعد قبل خلال")
# A preposition holding a verb's object pronoun ("رد [عليه]"), between the verb and its subject.
_PRONOUN_OBJECTS = word_set("عليه عليها عليهم عليهما له لها لهم عنه عنها عنهم")
_AIDES = word_set("مستشار مستشارة مستشارون مستشارين مساعد مساعدة")
_COMPATRIOT = word_set("مواطنه مواطنته مواطنهم")
# The imperfect of أبلغ (informs) is spelled like that of بلغ (amounts to, reaches).
_AMOUNTS_TO = word_set("يبلغ تبلغ")
_GOING_ON = word_set("تابع تابعت أضاف أضافت أردف أردفت استطرد استطردت واصل واصلت")
_SPOKESMEN = word_set("المتحدث المتحدثة الناطق الناطقة متحدث متحدثة ناطق ناطقة")
# "مسؤول [في] الوزارة", "مصدر [من] الحركة": an unnamed source belongs to the body after these.
_MEMBER_OF = word_set("في من ب داخل لدى")
# "The same" after a description of whoever spoke ("المتحدث ذاته", "المصدر نفسه"): the speaker just quoted.
_SAME = word_set("ذاته ذاتها نفسه نفسها عينه عينها")
_IN_ITS_NAME = word_set("باسمه باسمها باسمهم باسمهما")
_SPOKESMAN_REACH = 3  # sentences back to the spokesman's body
_KANA = word_set("كان كانت كانوا وكان وكانت وكانوا")
CUE_REACH = 25  # tokens between a reporting verb and its أن clause


class SpeakerReader:
    """The speaker rules over one analysed document, with the last speaker and outlet they met."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.view = view_of(doc)
        self.last_speaker: Span | None = None
        self.last_sentence = -10
        # The outlet unnamed sources last spoke to, and its sentence: "قال مسؤولان لرويترز ... وأضاف أحد المصدرين".
        self.last_outlet: Span | None = None
        self.last_outlet_sentence = -10

    # --- small helpers ---------------------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.doc.text[start:end])

    def token_span(self, first: int, end: int) -> Span:
        return self.span(self.doc.tokens[first].start, self.doc.tokens[end - 1].end)

    def is_cue(self, i: int) -> bool:
        norm = self.view.norm(i)
        if not _reporting_verb(norm):
            return False
        if self.view.norm(i - 1) == "عدم":
            return False  # "طالبا عدم ذكر اسمه": a verbal noun, nobody reporting
        if self.view.tokens[i].text.startswith("إ"):
            return False  # "في [إفادتها] الأسبوعية": a verbal noun; the verb "أفادتها" takes أ, as no verb takes إ
        if norm in _AMOUNTS_TO and self.view.mention(i + 1) is None:
            return False  # "بقدرة [تبلغ] 300 ميغاواط": "amounts to", unless someone is informed ("يبلغ الوزير")
        # The preposition "via" ("عبر إمداد كييف"), not "expressed" (عبر عن).
        return norm != "عبر" or "عن" in {self.view.norm(k) for k in range(i + 1, i + 5)}

    def complementiser_at(self, i: int) -> int | None:
        """Token index where the reported clause starts when ``i`` opens it ("أن", "إنه", "بأن", "ب أن")."""
        norm = self.view.norm(i)
        if norm == "ب" and self.view.norm(i + 1) in COMPLEMENTISERS:
            return i + 2
        if norm in COMPLEMENTISERS:
            return i + 1
        return None

    def glued_complementiser(self, i: int) -> bool:
        """Whether token ``i`` is و + a complementiser written as one token ("وإنها", "وأنه")."""
        norm = self.view.norm(i)
        return norm[:1] == "و" and norm[1:] in COMPLEMENTISERS

    def next_clause_at(self, i: int) -> int | None:
        """Where a second clause of the same speaker starts when token ``i`` opens one after a comma ("...، وأن ...",
        "...، وإنها ..." with the conjunction left on the complementiser), or None."""
        view = self.view
        if view.norm(i - 1) == "و" and view.norm(i - 2) in COMMAS:
            return self.complementiser_at(i)
        if view.norm(i - 1) in COMMAS and self.glued_complementiser(i):
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
        if self.view.norm(i + 1) in _SAME and self.view.mention(i) is None and self.last_speaker is not None:
            return self.last_speaker  # "وأشار [المتحدث ذاته] إلى أن": the speaker just quoted
        after = self.view.mention(i + 2)
        if (
            self.view.norm(i) in _SPOKESMEN
            and self.view.norm(i + 1) in _IN_ITS_NAME
            and (after is None or after.type != "PERSON")  # "الناطق باسمه دميتري بيسكوف": the spokesman himself
        ):
            spokesmans_body = self.body_before(i)
            if spokesmans_body is not None:
                return spokesmans_body  # "وأدانت الحكومة العراقية الهجوم، وقال الناطق باسمها": the government
        if (
            self.view.norm(i) in _SPOKESMEN
            and self.view.mention(i) is None
            and self.view.norm(i + 1) not in _SPEAKS_FOR
            # "وقال الناطق باسمها باسم العوادي": a spokesman in its name, named, is himself; not an earlier body's
            and not (self.view.norm(i + 1) in _IN_ITS_NAME and after is not None and after.type == "PERSON")
        ):
            spoken_for = self.spoken_for(i)
            if spoken_for is not None:
                return spoken_for  # "وأشار المتحدث إلى أن": the spokesman of the body named before
        first, end, _ = actors[0]
        view = self.view
        if not view.named(first, end) and view.norm(first).removeprefix("ال") in _ACCOUNTS:
            # "وكتب الحساب الرسمي لقوة اليونيفيل @UNIFIL_": whoever owns the account speaks.
            for at in range(end, min(limit, end + _ACCOUNT_REACH)):
                holder = view.mention(at)
                if holder is not None and holder.type in ("ORG", "PERSON") and not holder.nominal:
                    return self.span(holder.start, holder.end)
        if not view.named(first, end) and end + 1 < limit and view.norm(end) in _SPEAKS_FOR:
            body = view.mention(end + 1)
            if body is None and end + 2 < limit and view.norm(end + 1) in _BODY_HEADS:
                body = view.mention(end + 2)  # "المتحدث باسم نادي [الاتحاد]": a club named by its title
            kinds = ("ORG",) if view.norm(end) == "في" else ("ORG", "GPE")  # "سكان في صنعاء" are not Sanaa
            if body is not None and body.type in kinds and (not body.nominal or body.coref is not None):
                return self.span(body.start, body.end)  # "متحدث باسم الجيش الإسرائيلي": the army speaks
        relative = end
        while (
            relative < min(limit, end + 2)
            and view.norm(relative).startswith("ال")
            and view.norm(relative) not in RELATIVES
            and not view.named(relative, relative + 1)
        ):
            relative += 1  # past the head's adjectives: "النتائج [المؤقتة] التي"
        if (
            not view.named(first, end)
            and relative + 2 < limit
            and view.norm(relative) in RELATIVES
            and is_verb(view.norm(relative + 1))
            and (issuer := view.actors_at(relative + 2, limit))
            and view.named(issuer[0][0], issuer[0][1])
        ):
            first, end = issuer[0][0], issuer[0][1]  # "النتائج التي أعلنها [محمد شرفي]": who gave them out
        issued = end + 2 < limit and view.norm(end).removeprefix("ال") == "صادر" and view.norm(end + 1) == "عن"
        if issued and not view.named(first, end):
            issuing = self.issuer_at(end + 2, limit)
            if issuing is not None:
                return issuing  # "بيان صادر عن وزارة الصحة": the ministry speaks
        if (
            not view.named(first, end)
            and end < limit
            and view.indefinite_head(first)
            # "وقال [آزمون] لقناة أبوظبي": a word no list knows is the speaker's name, not a statement of the body
            # after ل.
            and view.norm(first) in load_common_words()
        ):
            at = end + 1 if view.norm(end) == "ل" and end + 1 < limit else end  # "بيان [ل]وزارة الخارجية"
            owner = view.actors_at(at, limit)
            if owner and view.named(owner[0][0], owner[0][1]):
                first, end = owner[0][0], owner[0][1]  # "بيان شركة قطر للطاقة": the company's statement
        start_char, end_char = view.actor(first, end)
        return self.span(start_char, end_char)

    def speaker_between(self, verb: int, stop: int, sentence: int) -> Span | None:
        """Who speaks in "verb ... stop": the source after نقلا عن / عن ... قوله, the subject after the verb, the
        subject before it, the subject of an earlier verb of the sentence, or the previous speaker."""
        view = self.view
        for k in range(verb + 1, stop - 1):
            relayed = view.norm(k - 1) in _VIA or verb_in(view.norm(verb), _RELAYING) is not None
            if view.norm(k) == "عن" and (relayed or self.saying_between(k + 1, stop)):
                source = self.phrase_speaker(k + 1, stop)
                head = view.mention(k + 1)
                # "عن مسؤول [في] مكتب رئيس الوزراء بنيامين نتنياهو": an unnamed member of a body the person heads
                # is not that person.
                member = self.unnamed_member(k + 1)
                official = self.named_official(k + 1, stop) if (head is None or head.nominal) and not member else None
                if official is not None:
                    return official  # "عن عضو المكتب السياسي لحركة حماس [أسامة حمدان] قوله"
                # "نقلت رويترز عن مهندسين في الحقل": people the relaying verb does not name are unnamed sources too;
                # a word no list knows before "قوله" is still a name ("نقلت إرنا عن إسلامي قوله").
                nameless = (
                    relayed
                    and source is not None
                    and not self.names_someone(source)
                    and not self.saying_between(k + 1, stop)
                )
                if source is None or not (self.unnamed_source(k + 1) or nameless):
                    return source if source is not None else self.subject_after(verb, stop, sentence)
                # "نقلت وكالة رويترز عن مسؤول فلسطيني": the agency is who can be quoted ("ذكرت وكالة تسنيم
                # نقلا عن مصدر": the agency is the subject of the verb before نقلا).
                first = self.doc.sentences[sentence].first_token
                outlet = self.phrase_speaker(verb + 1, k) if k > verb + 1 else self.earlier_subject(verb, first)
                if outlet is None or not self.names_someone(outlet):
                    return None
                self.remember_outlet(outlet, sentence)
                return outlet
        return self.subject_after(verb, stop, sentence)

    def source_word(self, i: int) -> bool:
        """Whether the unnamed phrase at ``i`` is a news source ("مصدر ثان"، "أحد المسؤولين") rather than a person
        met in the street."""
        return self.unnamed_head(i) in _SOURCE_WORDS

    def passer_by(self, i: int) -> bool:
        """Whether the unnamed phrase at ``i`` is people met in the street or commentators ("شهود عيان"، "أحد
        سكان القرية"، "محللون") rather than a source inside a body."""
        head = self.unnamed_head(i)
        return head in _PASSERS_BY or (head.startswith("ال") and head[2:] in _PASSERS_BY)

    def unnamed_head(self, i: int) -> str:
        """The noun an unnamed phrase at ``i`` is about: the word after "أحد"/"إحدى" ("أحد [المسؤولين]"), else
        its first word."""
        view = self.view
        return view.norm(i + 1) if view.norm(i) in _ONE_OF else view.norm(i)

    def remember_outlet(self, outlet: Span, sentence: int) -> None:
        """Note the outlet unnamed sources spoke to in ``sentence``."""
        self.last_outlet, self.last_outlet_sentence = outlet, sentence

    def recent_outlet(self, sentence: int) -> Span | None:
        """The outlet unnamed sources spoke to within the last few sentences: more of them ("مصدر ثان"، "أحد
        المسؤولين") speak to it too."""
        return self.last_outlet if sentence - self.last_outlet_sentence <= _OUTLET_REACH else None

    def issuer_at(self, i: int, limit: int) -> Span | None:
        """Who issued a statement, named by the phrase at ``i``: the phrase itself when it names someone ("وزارة
        الصحة"), else the body it belongs to ("المكتب الإعلامي في [رئاسة الجمهورية]", "مكتب [الرئاسة]")."""
        view = self.view
        phrase = view.actors_at(i, limit)
        if phrase and view.named(phrase[0][0], phrase[0][1]):
            start_char, end_char = view.actor(phrase[0][0], phrase[0][1])
            return self.span(start_char, end_char)
        for k in range(i, min(limit, i + _ISSUER_REACH)):
            if view.in_quote[k] or view.norm(k) in COMMAS or self.complementiser_at(k) is not None:
                return None
            m = view.mention(k)
            if m is not None and m.type in ("ORG", "GPE") and not m.nominal:
                return self.span(m.start, m.end)
        return None

    def statement_issuer(self, i: int) -> Span | None:
        """Who issued the statement the article last mentioned before token ``i`` ("بيان صادر عن [الخارجية]",
        "بيان [الجيش]", "أصدرت [الرئاسة] بيانا", "اتهمت [الرئاسة] في بيان ..."), within the last few sentences:
        what "البيان" refers to."""
        view = self.view
        lower = self.doc.sentences[max(0, view.sentence_of[i] - _SPOKESMAN_REACH)].first_token
        for k in range(i - 1, lower - 1, -1):
            if view.norm(k).removeprefix("ال") not in _STATEMENT:
                continue
            sentence = self.doc.sentences[view.sentence_of[k]]
            if view.norm(k - 1) == "في":
                # "واتهم مكتب نتنياهو في بيان حركة حماس": the verb's subject issued it; what follows is its object.
                return self.earlier_subject(k - 1, sentence.first_token)
            limit = sentence.last_token
            if view.norm(k + 1).removeprefix("ال") == "صادر" and view.norm(k + 2) == "عن":
                return self.issuer_at(k + 3, limit)
            owner = k + 2 if view.norm(k + 1) == "ل" else k + 1
            m = view.mention(owner)
            if m is not None and m.type in ("ORG", "GPE", "PERSON") and not m.nominal:
                return self.span(m.start, m.end)  # "بيان [لوزارة الخارجية]", "بيان [الجيش]"
            subject = view.mention(k - 1)
            if subject is not None and subject.type in ("ORG", "GPE", "PERSON") and not subject.nominal:
                return self.span(subject.start, subject.end)  # "وأصدر [الجيش الإسرائيلي] بيانا"
            return self.earlier_subject(k, sentence.first_token)
        return None

    def body_before(self, i: int) -> Span | None:
        """The organisation or state named last before token ``i`` in its sentence."""
        view = self.view
        lower = self.doc.sentences[view.sentence_of[i]].first_token
        for k in range(i - 1, lower - 1, -1):
            m = view.mention(k)
            if m is not None and m.type in ("ORG", "GPE") and not m.nominal and not view.in_quote[k]:
                return self.span(m.start, m.end)
        return None

    def spoken_for(self, i: int) -> Span | None:
        """The body whose spokesman the article last named before token ``i`` ("المتحدث باسم برنامج الأغذية
        العالمي"), within the last few sentences."""
        view = self.view
        sentence = view.sentence_of[i]
        lower = self.doc.sentences[max(0, sentence - _SPOKESMAN_REACH)].first_token
        for k in range(i - 1, lower, -1):
            if view.norm(k) in _SPEAKS_FOR and view.norm(k - 1) in _SPOKESMEN:
                body = view.mention(k + 1)
                if body is not None and body.type == "ORG" and not body.nominal:
                    return self.span(body.start, body.end)
        return None

    def unnamed_source(self, i: int) -> bool:
        """Whether the phrase at ``i`` is an unnamed source ("مصدر مطلع", "مسؤول أمريكي", "دبلوماسيين")."""
        if self.view.norm(i) in NUMBER_WORDS:
            i += 1  # "[ثلاثة] مسؤولين في قطاع النفط": a count of unnamed sources
        m = self.view.mention(i)
        # "[مصدران حكوميان لبنانيان]" read as a person by the model is still nobody's name.
        unread = m is None or (m.type == "PERSON" and self.mention_start(i) == i)
        # "[مستشار ل]قائد قوات الدعم السريع": an aide to someone is unnamed; "مستشار قائدها الباشا طبيق" is named.
        aide = self.view.norm(i) in _AIDES and self.view.norm(i + 1)[:1] == "ل"
        return unread and (self.view.norm(i) in _UNNAMED or aide)

    def unnamed_member(self, i: int) -> bool:
        """Whether the phrase at ``i`` is an unnamed member or aide of what follows ("مسؤول في مكتب رئيس الوزراء",
        "مستشار لقائد الدعم السريع"): the person named after it heads that office, and is not the source."""
        after = self.view.norm(i + 1)
        lam_genitive = after == "ل" or (after[:1] == "ل" and len(after) >= 4)  # "لقائد", not "لم"
        return self.unnamed_source(i) and (after in _MEMBER_OF or lam_genitive)

    def outlet_told(self, start: int, stop: int) -> Span | None:
        """An organisation told something ("لوكالة رويترز", "لصحيفة النهار") between ``start`` and ``stop``."""
        view = self.view
        for k in range(start, stop):
            m = view.mention(k)
            if m is None or m.type != "ORG":
                continue
            before = {view.norm(k - 1), view.norm(k - 2)}
            if "ل" in before or view.norm(k).startswith("ل") or before & _TO_OUTLET:
                return self.span(m.start, m.end)
            if view.norm(k - 1) in _RELAYED_BY:
                return self.span(m.start, m.end)  # "في تصريح [نقلته] بترا": the outlet that relayed it
            to = k - 2 if view.norm(k - 1) in OPENING_MARKS else k - 1  # "تحدثت إلى «الشرق الأوسط»"
            if view.norm(to) == "الي" and view.norm(to - 1) in _TALK:
                return self.span(m.start, m.end)  # "مصادر محلية تحدثت إلى الجزيرة نت"
        return None

    def subject_after(self, verb: int, stop: int, sentence: int) -> Span | None:
        """The subject after the verb, else one before it, else the previous speaker."""
        view = self.view
        antecedent = None
        if view.norm(verb - 1) in _WHO:
            # "هاكان فيدان[،] الذي قال": past the comma that sets the relative clause off.
            antecedent = view.mention(verb - 3 if view.norm(verb - 2) in COMMAS else verb - 2)
        if antecedent is not None and antecedent.type in ("PERSON", "ORG") and not antecedent.nominal:
            # "تصريحات إنفانتينو [الذي] وصف المغرب بأنه ...": who the relative stands for; what follows is the object.
            return self.span(antecedent.start, antecedent.end)
        if view.norm(verb - 1) == "قد" and any(view.norm(k) in _KANA for k in range(max(0, verb - CUE_REACH), verb)):
            kana = self.subject_of_kana(verb - 1, sentence)
            if kana is not None and self.names_someone(kana):
                # "وكان غروندبرغ قد أبلغ [مجلس الأمن] أن": the subject stands between كان and قد; what follows
                # the verb is whom he told.
                return kana
        j = verb + 1
        while j < stop and (view.norm(j) in _SKIPPABLE or self.addressee(j)):
            if view.norm(j) in _TO_OUTLET:
                # "وقال حكيمي [لصحيفة ليكيب الفرنسية] إن": the outlet told and its name, then the content.
                end = j + 1
                while (
                    end < stop
                    and end - j <= 3
                    and self.complementiser_at(end) is None
                    and view.norm(end) not in COMMAS | {":"}
                ):
                    end += 1
                j = end
                continue
            j += 1
        if j < stop and view.norm(j) in _HIS_OFFICE:
            # "ورحب السوداني بالاتفاق، وقال [مكتبه] في بيان إن": his office speaks for him, the subject of the
            # sentence's earlier verb, else the speaker before.
            first = self.doc.sentences[sentence].first_token
            holder = self.earlier_subject(verb, first)
            if holder is not None and self.names_someone(holder):
                return holder
            carried = self.carried(sentence)
            if carried is not None:
                return carried
        # "فقال للصحفيين [عقب] وصول البعثة إن": a preposition after the verb begins an adjunct, not the subject.
        # "وقال [إمام أوغلو]": a name can start with a word spelled like a preposition ("أمام" normalises alike).
        named_at = view.mention(j)
        adjunct = view.norm(j) in _ADJUNCT_STARTS and not (named_at is not None and named_at.type == "PERSON")
        subject = self.phrase_speaker(j, stop) if j < stop and not adjunct else None
        head = view.mention(j)
        unnamed_head = head is None or head.nominal
        member = self.unnamed_member(j)  # "مستشار لقائد قوات الدعم السريع محمد حمدان دقلو" is not Hemedti
        official = self.named_official(j, stop) if subject is not None and unnamed_head and not member else None
        if official is not None:
            subject = official  # "ووصف منسق الأمم المتحدة للإغاثة في حالات الطوارئ [توم فليتشر]"
        if subject is not None and self.disagrees(verb, j):
            subject = None  # "واتهمت [الجيش] بـ..." : a feminine verb, a masculine noun: the object, not the subject
        if subject is not None and self.object_of_joined_verb(verb, j, subject):
            shared = self.earlier_subject(verb, self.doc.sentences[sentence].first_token)
            if shared is not None:
                return shared  # "أكد رئيس الوزراء ... أن ...، ووصف [الشراكة] بأنها": the verb's object
        if subject is not None:
            if self.unnamed_source(j) and official is None:
                # "قال ضابط في الجيش لوكالة رويترز، طالبا عدم ذكر اسمه، إن": the outlet he spoke to, the one source
                # the reader can check; without one, the body he belongs to, else nobody.
                outlet = self.outlet_told(j, stop)
                own_end = subject.end if outlet is None else min(subject.end, outlet.start)
                if self.passer_by(j) and not self.view.names_in(subject.start, own_end):
                    return None  # "وقال شهود عيان للجزيرة نت إن": nobody the reader can check
                if outlet is not None:
                    self.remember_outlet(outlet, sentence)
                    return outlet
                if not self.names_someone(subject):
                    # "وأضاف أحد المصدرين": a source, not a passer-by, speaks to the outlet sources spoke to before.
                    return self.recent_outlet(sentence) if self.source_word(j) else None
            going_on = verb_in(view.norm(verb), _GOING_ON) is not None
            if going_on and not self.names_someone(subject) and self.carried(sentence):
                return self.carried(sentence)  # "وتابعت اللاعبة البولندية:": the speaker goes on, described
            if going_on and self.bare_title(j, subject) and self.carried(sentence):
                # "وأضاف [الوزير]" right after a minister spoke: he goes on, whichever minister the title alone
                # was tied to.
                return self.carried(sentence)
            return self.resolve_anaphor(subject, sentence)
        if self.answers_question(verb, sentence):
            return self.carried(sentence)  # "وردا على سؤال عن [الرئيس التونسي]، قالت إن": the one asked answers
        source = next((k for k in range(verb - 1, max(verb - 4, 0), -1) if self.unnamed_source(k)), None)
        opens_clause = source is not None and (
            self.clause_break(source - 1)
            or (view.norm(source - 1) in COMPLEMENTISERS and self.clause_break(source - 2))
        )
        if source is not None and opens_clause:
            # "غير أن مصادر دبلوماسية قالت لرويترز إن": the outlet the unnamed sources told, else the body they
            # belong to ("لكن مسؤولا في الشركة قال"), else nobody; passers-by ("لكن شهودا قالوا لرويترز") nobody.
            body = self.phrase_speaker(source, verb)
            named = body is not None and self.names_someone(body)
            if self.passer_by(source) and not named:
                return None
            outlet = self.outlet_told(verb + 1, stop)
            if outlet is not None:
                return outlet
            return body if named else None
        if (
            verb_in(view.norm(verb), _GOING_ON) is not None
            and self.last_speaker is not None
            and self.last_sentence == sentence
        ):
            # "ونقلت وكالة أنتارا عن الوزير قوله إن ...، [وأضاف] أن": whoever was just quoted goes on, not the
            # subject of the sentence's first verb, the agency that relayed him.
            return self.last_speaker
        if view.norm(verb - 1) == "قد":
            before = self.subject_of_kana(verb - 1, sentence)  # "وكان لقجع قد صرح، الأسبوع الماضي، بأن"
        else:
            before = (
                self.topic(verb, sentence)
                or (self.asked(verb, sentence) if verb_in(view.norm(verb), ANSWERING) else None)
                or self.subject_before(verb, sentence)
            )
        return before if before is not None else self.carried(sentence)

    def answers_question(self, verb: int, sentence: int) -> bool:
        """Whether the sentence opens with a question put to the last speaker ("وردا على سؤال ..."، "وعند سؤاله
        عما إذا ..."، "ولدى سؤاله عن ...") and ``verb`` follows the comma that ends it: whoever the question names
        is not the one answering."""
        view = self.view
        first = self.doc.sentences[sentence].first_token
        k = first + 1 if view.norm(first) in {"و", "ف"} else first
        if view.norm(k) == "في":
            k += 1  # "وفي رده على سؤال"
        if view.norm(k) in _REPLYING and view.norm(k + 1) == "علي":
            k += 1
        elif view.norm(k) not in _AT_QUESTION:
            return False
        if not view.norm(k + 1).startswith("سؤال"):
            return False
        comma = next((j for j in range(k + 2, verb) if view.norm(j) in COMMAS), None)
        # The verb right after the question, not one joined to a verb that names its own subject ("وردا على سؤال
        # ...، نفى صالح علمه ...، وقال").
        return comma is not None and verb == comma + 1

    def asked(self, verb: int, sentence: int) -> Span | None:
        """Who was asked earlier in the sentence and so answers at ``verb``: the person after a passive "سئل"
        ("وسئل كجوك عما إذا ...، فرد"), or the person asked after an active "سأل" and its subject ("وسألت بي بي سي
        الوزير عن ...، فأجاب")."""
        view = self.view
        first = self.doc.sentences[sentence].first_token
        if verb - first <= 1 and sentence > 0:
            first = self.doc.sentences[sentence - 1].first_token  # "... وسألته عن التقرير. فأجاب:"
        for k in range(verb - 1, first - 1, -1):
            asking = verb_in(view.norm(k), _ASKING)
            if asking is None and verb_in(view.norm(k), _ASKED) is None:
                continue
            j = k + 1
            asker = view.mention_at[j] if asking is not None and j < verb else None
            if asker is not None:
                j = view.mention_tokens[asker][1]  # past the asker
            for t in range(j, verb):
                m = view.mention(t)
                if m is not None and m.type == "PERSON" and not view.in_quote[t]:
                    return self.span(m.start, m.end)
            return None
        return None

    def mention_start(self, k: int) -> int:
        """The first token of the mention that covers token ``k`` (``k`` itself when none does)."""
        at = self.view.mention_at[k]
        return self.view.mention_tokens[at][0] if at is not None else k

    def mention_end(self, k: int) -> int:
        """The token after the mention that covers token ``k`` (``k + 1`` when none does)."""
        at = self.view.mention_at[k]
        return self.view.mention_tokens[at][1] if at is not None else k + 1

    def addressee(self, i: int) -> bool:
        """ "وقال [للصحفيين]:", "قال [للتلفزيون] إن": whom the verb addresses, a ل phrase between it and its
        subject or content, not the subject."""
        norm = self.view.norm(i)
        if norm in _TO_US_OR_THEM or norm in _TO_OUTLET:
            return True  # "تقول [لنا]:", "قال [له]", "قال [لصحيفة] ليكيب"
        return norm.startswith("لل") and len(norm) > 4 and self.view.mention(i) is None

    def named_official(self, start: int, stop: int) -> Span | None:
        """The person a description of an office ends with ("مسؤولة السياسة الخارجية في الاتحاد الأوروبي [كايا
        كالاس]", "منسق الأمم المتحدة للإغاثة في حالات الطوارئ [توم فليتشر]"), in apposition to it: right after a
        name or a definite word, not after a preposition ("مع بوتين") or a noun that governs it ("مكتب نتنياهو")."""
        view = self.view
        for k in range(start + 1, min(stop, start + _OFFICE_REACH)):
            m = view.mention(k)
            if view.norm(k) in COMMAS and not view.in_quote[k]:
                return self.apposed_person(k, stop)
            if view.in_quote[k] or is_verb(view.norm(k)):
                return None
            if m is None or m.type != "PERSON" or m.nominal or self.mention_start(k) != k:
                continue
            before = view.norm(k - 1)
            if before == ")" and k - 3 > start and view.norm(k - 3) == "(":
                before = view.norm(k - 4)  # "المفوض العام لوكالة ... (أونروا) فيليب لازاريني": past the abbreviation
                if before.startswith("ال") or view.mention(k - 4) is not None:
                    return self.span(m.start, m.end)
            if view.mention(k - 1) is not None or (before.startswith("ال") and before not in _PERSON_OBJECT):
                return self.span(m.start, m.end)
            if before.isdigit():
                return self.span(m.start, m.end)  # "المبعوث الخاص ... لتمويل أجندة [2030] محمود محيي الدين"
            return None
        return None

    def apposed_person(self, comma: int, stop: int) -> Span | None:
        """The person named between ``comma`` and the next comma, in apposition to the office before it ("المبعوث
        الشخصي للأمين العام إلى السودان، [رمطان لعمامرة]، إن"), also after a nationality ("مدرب المنتخب، المغربي
        [جمال السلامي]، إن"). The mention rules already tie a listed title to such a name (so a later bare title
        stands for him); this reading also serves offices the title list lacks ("الكاتب العام للجامعة، صالح
        الخميري،")."""
        view = self.view
        for _ in range(2):
            k = comma + 1
            nationality = view.mention(k)
            if nationality is not None and nationality.type == "NORP" and self.mention_end(k) == k + 1:
                k += 1
            elif view.norm(k) in _COMPATRIOT:
                k += 1  # "، [مواطنه] سيموني إنزاغي،": his compatriot, a nationality by reference
            for _ in range(2):
                # "قائد الأمن الداخلي في المحافظة، [العميد] عبد العزيز الأحمد،": a rank before the name.
                if view.mention(k) is None and view.norm(k).startswith("ال") and view.norm(k + 1) not in COMMAS:
                    k += 1
            m = view.mention(k)
            if m is not None and m.type == "PERSON" and not m.nominal and self.mention_start(k) == k:
                end = self.mention_end(k)
                return self.span(m.start, m.end) if end < stop and view.norm(end) in COMMAS else None
            # "وزير الدولة لشؤون الطاقة، العضو المنتدب والرئيس التنفيذي لقطر للطاقة، [سعد شريدة الكعبي]،": a
            # second office set off by commas before the name.
            comma = next(
                (j for j in range(comma + 2, min(stop, comma + _OFFICE_REACH)) if view.norm(j) in COMMAS), -1
            )
            if comma < 0 or not self.title_phrase(k, comma):
                return None
        return None

    def title_phrase(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` describe an office: no person named, no verb, a title word first."""
        view = self.view
        if view.norm(start) not in Gazetteer.load().title_words:
            return False
        return not any(
            is_verb(view.norm(j)) or ((m := view.mention(j)) is not None and m.type == "PERSON" and not m.nominal)
            for j in range(start, end)
        )

    def disagrees(self, verb: int, subject: int) -> bool:
        """Whether the verb and the body's head after it disagree in gender, so the body is the verb's object, not
        its subject: a feminine past verb ("اتهمت") before a masculine head ("الجيش"), or a masculine verb ("دعا")
        before a feminine one ("حكومة")."""
        norm = self.view.norm(verb)
        head = self.view.norm(subject).removeprefix("ال")
        if head in _FEMININE_HEADS:
            # "إذ دعا [حكومة] الرئيس مسعود بزشكيان إلى": a masculine verb before a feminine body, its object.
            bare = without_object(norm, ("ه", *OBJECT_PRONOUNS))  # "وصفتها الحكومة": feminine, with its object
            return not bare.endswith("ت") and not bare.startswith(("ت", "وت", "فت"))
        return norm.endswith("ت") and (len(norm) >= 4 or is_verb(norm)) and head in _MASCULINE_HEADS

    def topic(self, verb: int, sentence: int) -> Span | None:
        """ "أما المتحدث باسم الجماعة محمد عبد السلام، فاتهم ... وقال إن": the topic after أما is the subject."""
        view = self.view
        first = self.doc.sentences[sentence].first_token
        opener = first + 1 if view.norm(first) in {"و", "ف"} else first
        if view.norm(opener) != "اما" or opener + 1 >= verb:
            return None
        # "أما مدرب الهلال، مواطنه سيموني إنزاغي، فاعتبر": the person set off by commas is the office's holder.
        official = self.named_official(opener + 1, verb)
        if official is not None:
            return official
        subject = self.phrase_speaker(opener + 1, verb)
        return subject if subject is not None and self.names_someone(subject) else None

    def bare_title(self, j: int, subject: Span) -> bool:
        """Whether the subject at token ``j`` is a title word alone ("الوزير", "الرئيس"), standing for someone."""
        m = self.view.mention(j)
        return (
            m is not None
            and m.nominal
            and m.type == "PERSON"
            and " " not in m.text
            and subject.start == m.start
            and subject.end == m.end
        )

    def names_someone(self, span: Span) -> bool:
        """Whether ``span`` names a person, organisation or place, not just an unnamed source."""
        return self.view.names_in(span.start, span.end)

    def saying_between(self, start: int, stop: int) -> bool:
        return any(self.view.norm(k) in SAYING for k in range(start, stop))

    def resolve_anaphor(self, subject: Span, sentence: int) -> Span:
        """ "الدول" or "الوكالة" alone refers back to the previous speaker."""
        words = subject.text.split()
        if not self.names_someone(subject) and words and normalise(words[0]).removeprefix("ال") in _STATEMENT:
            issuer = self.statement_issuer(self.view.token_at(subject.start))
            if issuer is not None:
                return issuer  # "وبحسب البيان": whoever issued the statement named before
        if not self.names_someone(subject) and words and normalise(words[0]) in ANAPHORS:
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
            before = view.norm(self.mention_start(k) - 1)
            if not (m.type == "GPE" and (before in _PLACE_BEFORE)):
                return self.span(m.start, m.end)  # not "اعتقال رجل في مدينة [بيلغورود] قال إنه"
        for j in range(verb - 1, first, -1):
            named = view.mention(j)
            if named is None or named.type not in ("PERSON", "ORG", "GPE") or view.in_quote[j]:
                continue
            k = j - 1
            while k > first and view.norm(k) in _SKIPPABLE:
                k -= 1
            if is_verb(view.norm(k)) and view.mention(k) is None:
                return self.span(named.start, named.end)
        return self.earlier_subject(verb, first)

    def earlier_subject(self, verb: int, first: int) -> Span | None:
        """The named subject phrase of the nearest earlier verb of the sentence ("أدان وزير الخارجية اللبناني
        يوسف رجي الغارات، وأكد أن ..."), titles and all."""
        view = self.view
        for k in range(verb - 1, first - 1, -1):
            after_qad = view.norm(k - 1) == "قد" and k - 1 >= first  # "كان X قد [حضر]": a verb, listed or not
            # "وهو ما [انتقدته] منظمة العفو الدولية": a verb with its object pronoun in a relative after ما.
            relative = view.norm(k - 1) == "ما" and is_verb(without_object(view.norm(k), ("ه", *OBJECT_PRONOUNS)))
            answering = verb_in(view.norm(k), ANSWERING) is not None  # "رد عبد السلام على سؤال ... قائلا"
            verb_here = _verbish(view.norm(k)) or after_qad or relative or answering
            if view.in_quote[k] or not verb_here or view.mention(k) is not None:
                continue
            if view.norm(k - 1) in _WHO and k - 1 >= first:
                continue  # "المشروع الذي [وقّعت] عمّان مذكرته": a relative clause's verb, with its own subject
            if view.norm(k - 1) == "قد":
                # "وكان وزير الطاقة ... قد انتقد ...، مؤكدا أن": the subject stands between كان and قد.
                sentence = view.sentence_of[k]
                subject = self.subject_of_kana(k - 1, sentence)
            else:
                # "وهو ما رد [عليه] الأمين العام لأوبك": past the preposition that holds the object pronoun.
                at = k + 2 if view.norm(k + 1) in _PRONOUN_OBJECTS else k + 1
                subject = self.phrase_speaker(at, verb)
            if (
                subject is not None
                and view.norm(k - 1) in _NOUN_PREPOSITIONS
                and k + 2 < len(view.tokens)
                and subject.start > view.tokens[k + 2].end
            ):
                # "إلى [نقل] مقراتها من صنعاء": after a preposition a verb's spelling is its verbal noun, whose agent,
                # if named, follows it at once ("من نشر صحيفة إل باييس"); a place further on is no subject.
                continue
            if subject is not None and self.names_someone(subject):
                return subject
            if subject is not None:
                # "وردّ المكتب الإعلامي لرئيس الحكومة [عبد الحميد الدبيبة]، معتبرا أن": the person the office
                # described is named for, as after a verb of saying.
                official = self.named_official(k + 1, verb)
                if official is not None:
                    return official
            before = view.mention(k - 1) if k - 1 >= first else None
            if before is not None and before.type in ("PERSON", "ORG") and not view.in_quote[k - 1]:
                return self.span(before.start, before.end)  # "غير أن وزير الدفاع رستم عمروف [اتهم] ..."
        # "أما قائد قوات الدعم السريع محمد حمدان دقلو، فرحب ...، مؤكدا أن": the topic is the sentence's subject.
        return self.topic(verb, self.view.sentence_of[verb]) or self.opening_subject(first, verb)

    def object_of_joined_verb(self, verb: int, j: int, subject: Span) -> bool:
        """Whether the phrase at ``j`` after a verb joined by و is the verb's object: a thing no one could be
        quoting, not a name, an office, a spokesman or an unnamed source."""
        view = self.view
        head = view.norm(j)
        # "ووصف [التقارير] بأنها": reports agree with a feminine verb (وصفت), so after a masculine one they are its
        # object, not the unnamed sources they are after "وذكرت".
        things = head in _REPORTS and not view.norm(verb).endswith("ت")
        if view.norm(verb - 1) != "و" or self.names_someone(subject) or (self.unnamed_source(j) and not things):
            return False
        return (
            head.startswith("ال")
            and head not in _SPOKESMEN
            and head not in ANAPHORS
            and head not in Gazetteer.load().title_words
            and head in load_common_words()
        )

    def clause_break(self, k: int) -> bool:
        """Whether token ``k`` opens a new clause with its own subject ("لكن"، "بينما"، "غير أن"، "إلا أن")."""
        norm = self.view.norm(k)
        return norm in _CLAUSE_OPENERS or (norm in {"غير", "الا"} and self.view.norm(k + 1) in COMPLEMENTISERS)

    def opening_subject(self, first: int, verb: int) -> Span | None:
        """ "واختتم [الزيودي] حديثه بالقول": the named subject right after the word that opens the sentence, a verb
        the lexicon need not know, when nothing else in the sentence says who acts."""
        view = self.view
        opener = first + 1 if view.norm(first) in {"و", "ف"} else first
        if view.norm(opener) in _NEGATIONS:
            opener += 1  # "ولم يحضر رئيس الفيفا جياني إنفانتينو الاجتماع، مؤكدا أن"
        at = opener + 1
        word = view.norm(opener)
        if (
            at >= verb
            or view.mention(opener) is not None
            or view.in_quote[at]
            or word in _NOT_OPENING_VERBS
            or word.startswith("ال")
            # "وسألته سكاي نيوز عربية ...، فرد": the one who asks is not the one who answers.
            or verb_in(without_object(word, ("ه", *OBJECT_PRONOUNS)), _ASKING) is not None
        ):
            return None
        if any(self.clause_break(k) for k in range(at, verb)):
            return None  # "ولم يلتق كير البرهان ...، غير أن مصادر قالت": another clause, another subject
        subject = self.phrase_speaker(at, verb)
        if subject is None or not view.names_in(subject.start, subject.end):
            return None
        m = view.mention(at)
        if m is None or m.nominal:
            official = self.named_official(at, verb)  # "رئيس الفيفا [جياني إنفانتينو]"
            if official is not None:
                return official
            # A phrase that only names a place or body after its head ("الوزير [إيران]") is the head's, not theirs.
            return subject if view.token_at(subject.start) == at else None
        return subject if m.type in ("PERSON", "ORG") else None

    def subject_of_kana(self, qad: int, sentence: int) -> Span | None:
        """The subject of "كان X قد فعل" (the phrase between كان and قد), else a subject before the verb."""
        view = self.view
        first = self.doc.sentences[sentence].first_token
        for k in range(qad - 1, max(first, qad - CUE_REACH) - 1, -1):
            if view.norm(k) in _KANA:
                subject = self.phrase_speaker(k + 1, qad)
                if subject is not None and self.names_someone(subject):
                    return subject
                break
        return self.subject_before(qad + 1, sentence)


def verb_in(norm: str, verbs: frozenset[str]) -> str | None:
    """The verb of ``verbs`` a word is, also with a conjunction the tokenizer left on it ("وتابعت", "فرد" → "رد")."""
    if norm in verbs:
        return norm
    if norm[:1] in ("و", "ف") and norm[1:] in verbs:
        return norm[1:]
    return None


def _verbish(norm: str) -> bool:
    """Whether a word is a lexicon verb, also with a conjunction the tokenizer left on it ("واتهم")."""
    return is_verb(norm) or (norm[:1] in ("و", "ف") and len(norm) > 3 and is_verb(norm[1:]))


def without_object(norm: str, pronouns: tuple[str, ...] = OBJECT_PRONOUNS) -> str:
    """A verb without its object pronoun ("انتقدتها" → "انتقدت"); the word itself when it has none of
    ``pronouns`` (longest first)."""
    return next((norm[: -len(p)] for p in pronouns if norm.endswith(p) and len(norm) - len(p) >= 3), norm)


@lru_cache(maxsize=1 << 16)
def _reporting_verb(norm: str) -> bool:
    """Whether a word is a reporting verb, also with its object pronoun attached ("واعتبرتها «...»")."""
    verbs = speech_verbs()
    if any(h.pos in (PAST, IMPERFECT) for h in verbs.lookup(norm)):
        return True
    bare = without_object(norm)
    return bare != norm and any(h.pos == PAST for h in verbs.lookup(bare))
