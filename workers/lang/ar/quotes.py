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
from functools import lru_cache

from workers.doc import Doc, Quote, Span
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
from workers.lang.ar.mentions import is_verb
from workers.lang.ar.normalise import normalise

_VIA = word_set("نقلا")
# Words that introduce a nickname or a name in marks: "المعروف بـ"غنيوة"", "ما يسمى بـ"...""
_KNOWN_AS = word_set("المعروف المعروفة الملقب الملقبة المسمى المسماة يعرف تعرف يسمى تسمى الشهير الشهيرة")
_ACCORDING = word_set("بحسب حسب حسبما وفق وفقا طبقا")
_CUTS = word_set(
    "وذلك ذلك فيما بينما وسط مشيرا مشيرة مضيفا مضيفة موضحا موضحة لافتا لافتة مؤكدا مؤكدة معتبرا بحسب حسب وفق وفقا"
    " نافيا نافية داعيا داعية مطالبا مطالبة مشددا مشددة محذرا محذرة منوها منوهة إذ"
)
_CUT_PAIRS = frozenset({("في", "حين"), ("في", "اشاره")})
_COMMAS = frozenset({"،", ","})
_MARKS = frozenset({'"', "»", "”", "«", "“"})
_TRIM = frozenset({".", "،", ",", ":", "؛", ";", "-", "—", "…"})
# ل with a pronoun after a reporting verb: whom the words were said to.
_TO_US_OR_THEM = word_set("لنا لي له لها لهم لهما لك لكم")
_QUOTED_NAME_WORDS = 3
# Adverbs between a reporting verb and its subject or content ("أكد [مرارا] أن"): nobody's name.
_ADVERBS = word_set(
    "مرارا مجددا سابقا أيضا كذلك لاحقا دائما صراحة علنا رسميا مرة"
) | MANNER_ADVERBS  # ... and the manner of speaking: "فأجاب [ضاحكا]:"
_SKIPPABLE = TIME_WORDS | _COMMAS | _ADVERBS | word_set("فيما يبدو")
# Circumstantial participles that go on with the same speaker: "وقال X إن ...، مشيرا إلى أن ...".
_PARTICIPLES = word_set(
    "مشيرا مشيرة مشيرين مضيفا مضيفة مضيفين موضحا موضحة لافتا لافتة مؤكدا مؤكدة مؤكدين معتبرا معتبرة محذرا محذرة"
    " قائلا قائلة قائلين واصفا واصفة بالقول مشددا مشددة مشددين منوها منوهة"
)
# Prepositions that tie an unnamed speaker to the body it speaks for: "متحدث باسم الجيش", "محللون في بنك ...".
_SPEAKS_FOR = word_set("باسم في لدى من")
# Prepositions that take a quoted phrase as their object.
_OBJECT_MARKERS = word_set("عن ب الى على من ل بان")
_SCARE_WORDS = 3  # an unattributed quote this short (in tokens, less one) is a name or a term, not a statement
# Unnamed sources: the article does not say who they are, so an outlet relaying them is the speaker, or nobody.
_UNNAMED = word_set(
    "مصدر مصادر مسؤول مسؤولة مسؤولين مسؤولون دبلوماسي دبلوماسيين دبلوماسيون مندوبين مندوبون شهود سكان مراقبون "
    "مراقبين محللون محللين خبراء خبير أشخاص شخص مقربون مقربين ناشطون ناشطين ضابط ضباط جندي موظف عنصر قيادي "
    "اقتصاديون اقتصاديين أحد إحدى مصدران مصدرين مسؤولان دبلوماسيان مصرفي مصرفيون مصرفيين عضو أعضاء نائب نواب"
    # People met in the street: nobody the reader can name.
    " تاجر تجار مواطن مواطنة مواطنون مواطنين سائق مزارع صياد لاجئ لاجئة نازح نازحة ناجون ناجين متابعون متابعين"
    " مشجع مشجعة مشجعون مشجعين"
    # ... and sources no one names: "منظمات حقوقية", "تقارير", "التقارير المتداولة".
    " منظمات تقارير التقارير تقديرات أنصار أنصاره أنصارها نازحون نازحين لاجئون لاجئين منتقدون منتقدين منتقدوه"
    " منتقدوها"
    # The accusative after إن/أن: "إلا أن مصدرا حكوميا قال".
    " مصدرا مسؤولا دبلوماسيا ضابطا موظفا"
)
# An outlet someone spoke to: "لوكالة رويترز", "لصحيفة النهار".
_TO_OUTLET = word_set("لوكالة لصحيفة لقناة لشبكة لإذاعة لموقع")
# Heads of bodies that are masculine singular, so a feminine verb never has them as subject.
_MASCULINE_HEADS = word_set("جيش مجلس بنك حزب اتحاد جهاز برلمان صندوق برنامج تحالف ائتلاف")
_ISSUER_REACH = 6  # tokens from an unnamed issuer's first word ("المكتب الإعلامي في") to the body it belongs to
_STATEMENT = frozenset({"بيان", "بيانا"})
_WHO = frozenset({"الذي", "التي", "الذين"})
# Words that open a sentence and are no verb with a subject after them ("في", "بعد", "من جانبه").
_NOT_OPENING_VERBS = word_set(
    "في من إلى على عن مع بعد قبل منذ خلال حسب بحسب وفق وفقا أما لكن غير كما ثم لم لن لا ما قد كان كانت حين"
    " عندما لما إذ إذا بينما فيما"
)
_NEGATIONS = frozenset({"لم", "لن"})
_ONE_OF = word_set("أحد إحدى")
_SOURCE_WORDS = word_set(
    "مصدر مصادر مصدرا مصدران مصدرين المصدرين المصادر مسؤول مسؤولا مسؤولة مسؤولين مسؤولون مسؤولان المسؤولين"
    " دبلوماسي دبلوماسيا دبلوماسيين دبلوماسيون الدبلوماسيين"
)
_OPENING_QUOTES = frozenset('"«“')
_OUTLET_REACH = 3  # sentences over which more unnamed sources are taken to speak to the same outlet
_BODY_HEADS = word_set("نادي حركة حزب جماعة تنظيم فريق منتخب")
_CLAUSE_OPENERS = frozenset({"لكن", "ولكن", "بينما", "فيما"})
_AT_QUESTION = frozenset({"عند", "لدي", "بعد"})  # "عند سؤاله": when he was asked
_REPLYING = frozenset({"ردا", "رده", "ردها", "جوابا"})  # "ردا على سؤال": replying to a question
_OFFICE_REACH = 16  # tokens from an office's first word to the name it ends with
# Words that begin an adjunct after a reporting verb, where no subject can start ("قال للصحفيين عقب ...").
_ADJUNCT_STARTS = word_set("عقب إثر اثر بعد قبل خلال أثناء في على عن من مع أمام لدى عند ردا تعليقا")
# Prepositions after which a person is the object of an official's words, not the official ("مع بوتين").
_PERSON_OBJECT = word_set("مع عن ب ل إلى على من")
# Words before a place that make it a location, not a speaker before the verb.
_PLACE_BEFORE = word_set("في من إلى ب مدينة بلدة قرية محافظة منطقة ولاية إقليم عاصمة")
# Verbs and nouns of talking to someone, whose "إلى" names the outlet told ("في حديث إلى", "تحدثت إلى").
_TALK = word_set("حديث حديثه حديثها تصريح تصريحات تصريحه تحدث تحدثت تحدثوا")
# Participles whose object may be a partial quote of the sentence's speaker ("داعيا ... إلى "الضغط على إسرائيل"").
_GOVERNING_PARTICIPLES = word_set(
    "داعيا داعية مطالبا مطالبة متهما متهمة محملا محملة واصفا واصفة معربا معربة مشيدا مشيدة منتقدا منتقدة"
)
_OBJECT_PRONOUNS = ("هما", "ها", "هم")
# Answering verbs and the asking that comes before them: whoever was asked answers ("وسئل كجوك ...، فرد قائلا:").
_ANSWERING = word_set("أجاب أجابت رد ردت")
_ASKING = word_set("سأل سألت")
_ASKED = word_set("سئل سئلت")
# Words for what someone said, which a relative clause may follow ("تصريحات نقلها", "بيان أصدره").
_STATEMENT_NOUNS = word_set("تصريحات تصريح بيان مقابلة حديث كلمة رسالة تغريدة مقال تقرير منشور")
# Verbs that continue what the last speaker was saying ("وتابعت اللاعبة البولندية").
_GOING_ON = word_set("تابع تابعت أضاف أضافت أردف أردفت استطرد استطردت واصل واصلت")
_SPOKESMEN = word_set("المتحدث المتحدثة الناطق الناطقة متحدث متحدثة ناطق ناطقة")
_IN_ITS_NAME = word_set("باسمه باسمها باسمهم باسمهما")
_SPOKESMAN_REACH = 3  # sentences back to the spokesman's body
_KANA = word_set("كان كانت كانوا وكان وكانت وكانوا")
_CUE_REACH = 25  # tokens between a reporting verb and its أن clause
_BEFORE_REACH = 8  # tokens between a reporting verb and the direct quote it introduces
_COLON_REACH = 18  # the same when a colon announces the quote ("وقال X في كلمة أمام ...: «...»")
_GOVERNOR_REACH = 20  # tokens between a verb and the partial quote that is its object ("اتهم X Y بـ"...")


@dataclass(slots=True)
class _Reported:
    start: int  # character offsets of the content
    end: int
    speaker: Span | None
    cue: Span
    quoted: bool = False  # the whole clause is in quotation marks, and is emitted as a direct quote


class _QuoteFinder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.view = view_of(doc)
        self.verbs = speech_verbs()
        self.quotes: list[Quote] = []
        self.reported: list[_Reported] = []
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
        if view.norm(i - 1) == "و" and view.norm(i - 2) in _COMMAS:
            return self.complementiser_at(i)
        if view.norm(i - 1) in _COMMAS and self.glued_complementiser(i):
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
            if view.norm(k) == "عن" and (view.norm(k - 1) in _VIA or self.saying_between(k + 1, stop)):
                source = self.phrase_speaker(k + 1, stop)
                head = view.mention(k + 1)
                official = self.named_official(k + 1, stop) if head is None or head.nominal else None
                if official is not None:
                    return official  # "عن عضو المكتب السياسي لحركة حماس [أسامة حمدان] قوله"
                if source is None or not self.unnamed_source(k + 1):
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
        head = self.view.norm(i + 1) if self.view.norm(i) in _ONE_OF else self.view.norm(i)
        return head in _SOURCE_WORDS

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
            if view.in_quote[k] or view.norm(k) in _COMMAS or self.complementiser_at(k) is not None:
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
        return unread and self.view.norm(i) in _UNNAMED

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
            to = k - 2 if view.norm(k - 1) in _OPENING_QUOTES else k - 1  # "تحدثت إلى «الشرق الأوسط»"
            if view.norm(to) == "الي" and view.norm(to - 1) in _TALK:
                return self.span(m.start, m.end)  # "مصادر محلية تحدثت إلى الجزيرة نت"
        return None

    def subject_after(self, verb: int, stop: int, sentence: int) -> Span | None:
        """The subject after the verb, else one before it, else the previous speaker."""
        view = self.view
        antecedent = None
        if view.norm(verb - 1) in _WHO:
            # "هاكان فيدان[،] الذي قال": past the comma that sets the relative clause off.
            antecedent = view.mention(verb - 3 if view.norm(verb - 2) in _COMMAS else verb - 2)
        if antecedent is not None and antecedent.type in ("PERSON", "ORG") and not antecedent.nominal:
            # "تصريحات إنفانتينو [الذي] وصف المغرب بأنه ...": who the relative stands for; what follows is the object.
            return self.span(antecedent.start, antecedent.end)
        j = verb + 1
        while j < stop and (view.norm(j) in _SKIPPABLE or self.addressee(j)):
            if view.norm(j) in _TO_OUTLET:
                # "وقال حكيمي [لصحيفة ليكيب الفرنسية] إن": the outlet told and its name, then the content.
                end = j + 1
                while (
                    end < stop
                    and end - j <= 3
                    and self.complementiser_at(end) is None
                    and view.norm(end) not in _COMMAS | {":"}
                ):
                    end += 1
                j = end
                continue
            j += 1
        # "فقال للصحفيين [عقب] وصول البعثة إن": a preposition after the verb begins an adjunct, not the subject.
        subject = self.phrase_speaker(j, stop) if j < stop and view.norm(j) not in _ADJUNCT_STARTS else None
        head = view.mention(j)
        official = self.named_official(j, stop) if subject is not None and (head is None or head.nominal) else None
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
                if outlet is not None:
                    self.remember_outlet(outlet, sentence)
                    return outlet
                if not self.names_someone(subject):
                    # "وأضاف أحد المصدرين": a source, not a passer-by, speaks to the outlet sources spoke to before.
                    return self.recent_outlet(sentence) if self.source_word(j) else None
            going_on = _verb_in(view.norm(verb), _GOING_ON) is not None
            if going_on and not self.names_someone(subject) and self.carried(sentence):
                return self.carried(sentence)  # "وتابعت اللاعبة البولندية:": the speaker goes on, described
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
            # belong to ("لكن مسؤولا في الشركة قال"), else nobody.
            outlet = self.outlet_told(verb + 1, stop)
            if outlet is not None:
                return outlet
            body = self.phrase_speaker(source, verb)
            return body if body is not None and self.names_someone(body) else None
        if view.norm(verb - 1) == "قد":
            before = self.subject_of_kana(verb - 1, sentence)  # "وكان لقجع قد صرح، الأسبوع الماضي، بأن"
        else:
            before = (
                self.topic(verb, sentence)
                or (self.asked(verb, sentence) if _verb_in(view.norm(verb), _ANSWERING) else None)
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
        comma = next((j for j in range(k + 2, verb) if view.norm(j) in _COMMAS), None)
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
            asking = _verb_in(view.norm(k), _ASKING)
            if asking is None and _verb_in(view.norm(k), _ASKED) is None:
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
            if view.norm(k) in _COMMAS and not view.in_quote[k]:
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
        [جمال السلامي]، إن")."""
        view = self.view
        k = comma + 1
        nationality = view.mention(k)
        if nationality is not None and nationality.type == "NORP" and self.mention_end(k) == k + 1:
            k += 1
        m = view.mention(k)
        if m is None or m.type != "PERSON" or m.nominal or self.mention_start(k) != k:
            return None
        end = self.mention_end(k)
        return self.span(m.start, m.end) if end < stop and view.norm(end) in _COMMAS else None

    def disagrees(self, verb: int, subject: int) -> bool:
        """Whether a feminine past verb ("اتهمت") stands before a masculine body's head ("الجيش"), which then cannot
        be its subject."""
        norm = self.view.norm(verb)
        return norm.endswith("ت") and len(norm) >= 4 and self.view.norm(subject).removeprefix("ال") in _MASCULINE_HEADS

    def topic(self, verb: int, sentence: int) -> Span | None:
        """ "أما المتحدث باسم الجماعة محمد عبد السلام، فاتهم ... وقال إن": the topic after أما is the subject."""
        view = self.view
        first = self.doc.sentences[sentence].first_token
        opener = first + 1 if view.norm(first) in {"و", "ف"} else first
        if view.norm(opener) != "اما" or opener + 1 >= verb:
            return None
        subject = self.phrase_speaker(opener + 1, verb)
        return subject if subject is not None and self.names_someone(subject) else None

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
            relative = view.norm(k - 1) == "ما" and is_verb(_without_object(view.norm(k), ("ه", *_OBJECT_PRONOUNS)))
            answering = _verb_in(view.norm(k), _ANSWERING) is not None  # "رد عبد السلام على سؤال ... قائلا"
            verb_here = _verbish(view.norm(k)) or after_qad or relative or answering
            if view.in_quote[k] or not verb_here or view.mention(k) is not None:
                continue
            if view.norm(k - 1) == "قد":
                # "وكان وزير الطاقة ... قد انتقد ...، مؤكدا أن": the subject stands between كان and قد.
                sentence = view.sentence_of[k]
                subject = self.subject_of_kana(k - 1, sentence)
            else:
                subject = self.phrase_speaker(k + 1, verb)
            if subject is not None and self.names_someone(subject):
                return subject
            before = view.mention(k - 1) if k - 1 >= first else None
            if before is not None and before.type in ("PERSON", "ORG") and not view.in_quote[k - 1]:
                return self.span(before.start, before.end)  # "غير أن وزير الدفاع رستم عمروف [اتهم] ..."
        return self.opening_subject(first, verb)

    def object_of_joined_verb(self, verb: int, j: int, subject: Span) -> bool:
        """Whether the phrase at ``j`` after a verb joined by و is the verb's object: a thing no one could be
        quoting, not a name, an office, a spokesman or an unnamed source."""
        view = self.view
        if view.norm(verb - 1) != "و" or self.names_someone(subject) or self.unnamed_source(j):
            return False
        head = view.norm(j)
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
            or _verb_in(_without_object(word, ("ه", *_OBJECT_PRONOUNS)), _ASKING) is not None
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
                if after == k + 2 and (self.complementiser_at(after) is not None or self.is_cue(after)):
                    return k  # "أن لبنان ملتزم ...، وأن ..." / "...، وتابع: «...»": a new quote begins
                if after == k + 1 and self.is_cue(after) and self.view.mention(after + 1) is not None:
                    return k  # "بأنه "نموذج يحتذى به"، قال لقجع: ...": the next speaker's verb and name
                if self.glued_complementiser(k + 1):
                    return k  # "...، وإنها بدأت": the tokenizer left the conjunction on the second clause
            if view.norm(k) in _ACCORDING and k > start:
                return k
        return limit

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
        for k in range(verb + 1, min(limit, verb + _CUE_REACH)):
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
        inside = sum(min(q_end, span.end) - max(q_start, span.start) for q_start, q_end in self.view.quotes)
        if inside >= 0.8 * (span.end - span.start):
            # The clause is a direct quote; it is emitted as one, with this speaker.
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
        if cue is None and not self.fills_sentence(first, last, sentence):
            speaker, cue = self.governor(first, sentence)
        if cue is None and last - first < _SCARE_WORDS:
            return  # "تهديد "سبب الحرب"", "عملية "درع الحرية"": a name or a term set off, nobody's words
        if cue is None and last - first >= 5:
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

    def subject_of_kana(self, qad: int, sentence: int) -> Span | None:
        """The subject of "كان X قد فعل" (the phrase between كان and قد), else a subject before the verb."""
        view = self.view
        first = self.doc.sentences[sentence].first_token
        for k in range(qad - 1, max(first, qad - _CUE_REACH) - 1, -1):
            if view.norm(k) in _KANA:
                subject = self.phrase_speaker(k + 1, qad)
                if subject is not None and self.names_someone(subject):
                    return subject
                break
        return self.subject_before(qad + 1, sentence)

    def object_position(self, first: int) -> bool:
        """Whether the quote opening before token ``first`` is the object of a verb or a preposition ("أعربوا عن
        "دعمهم الكامل""، "اتهمها بـ"..."") rather than a subject, predicate or adjective of the clause around it."""
        before = self.view.norm(first - 2)
        if before in _OBJECT_MARKERS or before == ":" or is_verb(before):
            return True
        if is_verb(_without_object(before, ("ه", *_OBJECT_PRONOUNS))):
            return True  # "واعتبره "محاولة لمعاقبة الشعب"": its second object
        # "هدد [بفرض] "أقسى العقوبات"", "اتهمه [بارتكاب] "جرائم حرب"": the object of a verbal noun after ب.
        glued = before[:1] == "ب" and len(before) >= 4 and self.view.mention(first - 2) is None
        return glued or (self.view.norm(first - 3) == "ب" and self.view.mention(first - 2) is None)

    def governor(self, first: int, sentence: int) -> tuple[Span | None, Span | None]:
        """A partial quote that is the object of a verb ("اتهم أردوغان الاتحاد بـ"ازدواجية المعايير""): the verb's
        named subject said it."""
        view = self.view
        lower = max(self.doc.sentences[sentence].first_token, first - _GOVERNOR_REACH)
        for k in range(first - 2, lower - 1, -1):
            if view.in_quote[k] or view.norm(k) in {".", ":"}:
                break
            if view.norm(k) in _GOVERNING_PARTICIPLES and self.object_position(first):
                # "، داعيا الولايات المتحدة ... إلى "الضغط على إسرائيل"": the sentence's speaker goes on.
                first_token = self.doc.sentences[sentence].first_token
                speaker = self.last_speaker if self.last_sentence == sentence else self.earlier_subject(k, first_token)
                return speaker, self.token_span(k, k + 1)
            with_object = _without_object(view.norm(k), ("ه", *_OBJECT_PRONOUNS))
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
                subject = self.phrase_speaker(k + 1, first - 1)
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
                if speaker is None and _verb_in(view.norm(k - 1), _ANSWERING):
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
            if self.is_cue(j) or _verb_in(view.norm(j), _ANSWERING) is not None:
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
        return self.quotes

    def according_at(self, i: int, sentence: int, limit: int) -> int | None:
        """ "وبحسب مصدر حكومي، فإن ..." / "ووفقا لبيان الشركة، فإن ...": the clause after فإن, said by the source
        named before the comma; return where it ends."""
        view = self.view
        for k in range(i + 1, min(limit, i + _CUE_REACH)):
            if view.in_quote[k] or view.norm(k) in {".", ":"}:
                return None
            if view.norm(k) in _COMMAS and view.norm(k + 1) == "ف" and view.norm(k + 2) in COMPLEMENTISERS:
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
                return self.emit_reported(k + 3, limit, speaker, self.token_span(i, i + 1), sentence)
        return None

    def participle_at(self, i: int, sentence: int, limit: int) -> int | None:
        """ "، مشيرا إلى أن ...": reported speech of the sentence's last speaker; return where it ends."""
        for k in range(i + 1, min(limit, i + 4)):
            content = self.complementiser_at(k)
            if content is not None:
                first = self.doc.sentences[sentence].first_token
                # "وهدد الوزير X بتوسيع العمليات، قائلا إن ...": with no quote before it, the subject of the verb.
                speaker = self.last_speaker if self.last_sentence == sentence else self.earlier_subject(i, first)
                return self.emit_reported(content, limit, speaker, self.token_span(i, i + 1), sentence)
        return None

    def dangling(self, verb: int, limit: int) -> bool:
        """Whether the sentence ends with the reporting verb and its subject ("وحينها قالت الوكالة.")."""
        view = self.view
        actors = view.actors_at(verb + 1, limit)
        if not actors:
            return False
        end = actors[-1][1]
        return all(view.norm(k) in _TRIM for k in range(end, limit))


def _verb_in(norm: str, verbs: frozenset[str]) -> str | None:
    """The verb of ``verbs`` a word is, also with a conjunction the tokenizer left on it ("وتابعت", "فرد" → "رد")."""
    if norm in verbs:
        return norm
    if norm[:1] in ("و", "ف") and norm[1:] in verbs:
        return norm[1:]
    return None


def _verbish(norm: str) -> bool:
    """Whether a word is a lexicon verb, also with a conjunction the tokenizer left on it ("واتهم")."""
    return is_verb(norm) or (norm[:1] in ("و", "ف") and len(norm) > 3 and is_verb(norm[1:]))


def _without_object(norm: str, pronouns: tuple[str, ...] = _OBJECT_PRONOUNS) -> str:
    """A verb without its object pronoun ("انتقدتها" → "انتقدت"); the word itself when it has none of
    ``pronouns`` (longest first)."""
    return next((norm[: -len(p)] for p in pronouns if norm.endswith(p) and len(norm) - len(p) >= 3), norm)


@lru_cache(maxsize=1 << 16)
def _reporting_verb(norm: str) -> bool:
    """Whether a word is a reporting verb, also with its object pronoun attached ("واعتبرتها «...»")."""
    verbs = speech_verbs()
    if any(h.pos in (PAST, IMPERFECT) for h in verbs.lookup(norm)):
        return True
    bare = _without_object(norm)
    return bare != norm and any(h.pos == PAST for h in verbs.lookup(bare))


def find_quotes(doc: Doc) -> list[Quote]:
    """Direct and reported quotes of ``doc`` in reading order, speakers as spans (not yet linked to entities)."""
    if not doc.tokens:
        return []
    return _QuoteFinder(doc).run()
