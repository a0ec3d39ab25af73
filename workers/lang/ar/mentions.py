"""Arabic entity mentions: the NER model's spans, gazetteer names, and rules for what both miss.

Rules (source "rule"):

* organisations named by a head noun and its modifiers: "وكالة يونهاب الكورية الجنوبية للأنباء", "جهاز المخابرات
  الكوري الجنوبي", "الجمعية الوطنية", "التلفزيون العربي"; the brand word of a news agency or channel ("يونهاب")
  then names the organisation wherever it stands alone in the article;
* people named after a title: "وزير الدفاع الروسي سيرغي شويغو", "زعيم كوريا الشمالية كيم جونغ أون"; the family name
  alone ("شويغو") then names that person elsewhere in the article;
* title phrases standing for a person named elsewhere ("الوزير الروسي", "الزعيم الكوري الشمالي") become nominal
  mentions whose ``coref`` points at the named mention;
* a social-media handle in brackets after a name ("التلفزيون العربي (@AlarabyTV)") names the same thing;
* the author after "تقرير:" / "بقلم" is a person.

The model reads the sentence where rules and gazetteers match words out of context, so where they disagree the
model is heard (:func:`_veto_unlikely`, :func:`_model_types_win`): a rule or gazetteer name the model gives no chance
of being a name of its kind is dropped, the model's type wins on the same words, and its bounds win for
organisations and places. News annotation (NewsFANE, ACE) keeps titles, honorifics, media heads and nationality
adjectives outside names; the rules follow it.

Offsets never include a proclitic, '#' or '@': mentions are built from tokens, which already exclude them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from workers.doc import Doc, Mention, Token
from workers.lang.ar.clitics import PROCLITICS
from workers.lang.ar.dates import ENGLISH_MONTHS
from workers.lang.ar.gazetteer import Gazetteer, GazMatch
from workers.lang.ar.lexicon import IMPERFECT, PAST, event_triggers, speech_verbs
from workers.lang.ar.lexicon.words import (
    COMPLEMENTISERS,
    MANNER_ADVERBS,
    PREPOSITIONS,
    SAYING,
    word_set,
)
from workers.lang.ar.normalise import normalise
from workers.lang.ar.wordforms import COMMON_ADJECTIVES, STOP_WORDS, is_adjective, is_arabic, is_definite

_ORG_HEADS = word_set(
    "وكالة جهاز وزارة مجلس هيئة منظمة حزب حركة جبهة جمعية اتحاد لجنة محكمة جامعة شركة بنك مصرف صحيفة قناة إذاعة "
    "تلفزيون شبكة مؤسسة برلمان مفوضية رابطة نقابة جماعة ائتلاف تحالف كتلة دار مندوبية كونفدرالية قيادة صندوق "
    "برنامج بعثة حكومة رئاسة جيش سفارة بورصة خارجية خفر"
)
# An adjective that stands for its ministry when definite and alone ("أكدت [الخارجية الإيرانية]"), but describes the
# noun before it otherwise ("وزير الخارجية الإيراني", "السياسة الخارجية").
_ADJECTIVE_HEADS = word_set("خارجية")
# Heads whose first modifier may be a bare brand name ("وكالة إنترفاكس", "قناة الجزيرة" is covered anyway).
_BRAND_HEADS = word_set("وكالة صحيفة قناة شركة شبكة حزب حركة جماعة إذاعة")
# A head that introduces a body only by a brand ("موقع [هسبريس]"); before anything else it is a common noun ("موقع
# عسكري", "الموقع الرسمي").
_BRAND_ONLY_HEADS = word_set("موقع")
# Heads that news annotation leaves outside a brand name ("صحيفة [تايمز]", "وكالة [فرانس برس]").
_MEDIA_WORDS = word_set("انباء اعلام صحافة بث اخبار")
_MEDIA_HEADS = word_set("صحيفة قناة إذاعة وكالة شبكة موقع")
_PAPER_HEADS = word_set("صحيفة جريدة مجلة قناة إذاعة")
# Heads of bodies named by a title ("نادي [الهلال]", "صحيفة [الرؤية]").
_TITLE_HEADS = _PAPER_HEADS | word_set("نادي")
_PREPOSITION_PRONOUNS = word_set("بها به بهم بهما لها له لهم عليها عليه عليهم عنها عنه منها منه فيها فيه")
_MINISTRY = normalise("وزارة")
# A head NewsFANE keeps inside the name it introduces ("[حركة فتح]"); company and party heads measured worse joined.
_JOINED_HEADS = word_set("حركة")
# Prepositions whose hamza tells them from a title once normalisation has taken it off ("أمام" / "إمام").
_SPELLED_PREPOSITIONS = ("أمام",)
_BYLINES = word_set("تقرير إعداد بقلم كتبه كتب تصوير مراسل مراسلة")
_NAME_JOINERS = word_set("عبد أبو أبي بن ابن بنت ولد آل")
_MAX_MODIFIERS = 5
# Modifiers, links and named bodies in one title: "المبعوث الخاص [للأمين العام] [للأمم المتحدة] إلى اليمن".
_MAX_TITLE_STEPS = 7
# "Abroad" in office titles ("وزير الخارجية وشؤون المصريين [بالخارج]").
_ABROAD = word_set("الخارج المهجر")
# Words inside a title phrase that tie it to what it names: "المتحدث باسم الحكومة", "المتحدث باسمه".
# Adjectives that describe a body rather than name it.
_DESCRIPTIVE = word_set(
    "التابعة التابع الموالية الموالي المقربة المقرب المعروفة المعروف الرسمية الرسمي الحكومية الحكومي المدعومة "
    "المدعوم الحاكم الحاكمة المعارضة المعارض المدرجة المدرج المملوكة المملوك"
)
# Particles inside European names that a family name always follows ("أورسولا فون دير [لاين]").
_NAME_PARTICLES = word_set("فون دير فان دي دا ديل لا لو")
_STATE_HEADS = word_set("حكومة رئاسة جيش سفارة بورصة خارجية خفر")
# Facility and site heads: the name after them is the place ("مخيم نور شمس"), not a person.
_SITE_HEADS = word_set("مخيم معبر ميناء مطار حقل مصفاة سجن مستشفى حي حارة ساحة قاعدة جزيرة جبل جبال")
_POSSESSIVES = ("هما", "هم", "ها", "ه")
_TITLES_SEEN = 50_000  # words whose title reading is remembered
_PLACE_AGENCIES = word_set("الأناضول")
_REGION_WORDS = word_set("شرق غرب شمال جنوب وسط هضبة منطقة إقليم")
_COMPASS = word_set("شرق غرب شمال جنوب وسط")
# Heads a club or paper is named without ("نادي [الهلال]", "صحيفة [الأهرام]").
_TITLE_NAMED = word_set("نادي صحيفة جريدة")
# Social platforms, named as the medium of a post ("كتب على إكس"): products, not people or places.
_PLATFORMS = word_set("إكس تويتر فيسبوك إنستغرام انستغرام تيك توك يوتيوب تلغرام تيليغرام واتساب سناب شات")
_VIA_PLATFORM = word_set("على عبر في منصة تطبيق حساب")
# "كأس آسيا", "كأس أمم إفريقيا", "دوري أبطال أوروبا": a place inside a tournament's name is no place mention.
_TOURNAMENT_HEADS = word_set("كأس كاس أمم أبطال")
# Adjectives that describe where a place lies, not part of its name ("المفرق [القريبة] من الحدود").
_PLACE_DESCRIPTORS = word_set("القريبة القريب المجاورة المجاور الحدودية الحدودي المحاصرة المحاصر الواقعة الواقع")
_POSSESSED_PLURAL = ("نا", "كم", "هم")  # "لجماهيرنا": a preposition, a noun and "our" is never a name's word
_GLUED_PREPOSITIONS = frozenset("بل")
_NUMBER_ENDINGS = ("ين", "ان", "ات", "ون")
_COMMON_STEM = 5  # corpus count from which a word is common enough that its accusative form is no name
# "بحسن نية", "حسن الجوار": the noun after "حسن" (goodness) in a fixed phrase, not a family name.
_GOODNESS_OF = word_set("نية النية الجوار الظن السير السلوك التدبير التعامل الضيافة الاستقبال")
_OPENING_MARKS = frozenset('"«“„')
_CLOSING_MARKS = frozenset('"»”“')
# What stands before a publication's title in marks: "لـ«...»", a dateline's colon or dash ("دمشق - «...»").
_TITLE_INTRODUCERS = frozenset({"ل", ":", "ـ", "-", "–", "—", "/"})
_MAX_TITLE_WORDS = 4  # words of a publication's title in quotation marks
_SETTLEMENT_HEADS = word_set("مدينة بلدة قرية")
# Words before a place that make it a team ("منتخب [كوريا الجنوبية]").
_TEAM_HEADS = word_set("منتخب نادي فريق")
# Words for a town or a district that introduce a name the lists may not have ("بلدة [تين زاواتين]", "بمنطقة
# [ألابوغا]", "في مخيمات [أدري] و[فرشانا]"): the type each gives its name, plural heads taking a list of names.
_PLACE_HEADS = {
    **dict.fromkeys(word_set("مدينة بلدة قرية محافظة ولاية مقاطعة ناحية مدن بلدات قرى"), "GPE"),
    **dict.fromkeys(word_set("منطقة مناطق مخيمات"), "LOC"),
}
_PLURAL_PLACE_HEADS = word_set("مدن بلدات قرى مناطق مخيمات")
_PROVINCE_HEADS = word_set("ولاية محافظة إقليم مقاطعة")
# Every written form of a head: bare, or with a preposition or conjunction glued to it ("بمنطقة").
_PLACE_HEAD_FORMS = {prefix + head: head for head in _PLACE_HEADS for prefix in ("", "و", "ب", "ل", "ف")}
# Countries spelled like an everyday adjective, left out of the lists, read as the country after a preposition.
_PREPOSITIONAL_COUNTRIES = {normalise("مالي"): "مالي"}
_MAX_PLACE_WORDS = 3
# Model probability of a place from which an everyday word after a town word is the town ("مدينة [صور]"); the
# adjectives that follow such a word ("قرية [نائية]") read about 0.3 too, so they are told apart by their ending.
_PLACE_READING = 0.2
_FEMININE_ENDING = "ه"  # normalised ة
# Words that begin a place's name without being one ("[أم] درمان", "[شمال] دارفور", "[بيت] لحم").
_PLACE_NAME_PARTS = word_set("أم أبو بني بيت بنت عين تل رأس دير كفر")
# Words for a natural feature that news keeps in the feature's listed name ("مضيق هرمز", "بحر العرب"); a river is
# named without "نهر", as NewsFANE marks it.
_GEO_HEADS = word_set("مضيق بحر خليج بحيرة وادي جزيرة جبل جبال صحراء")
_SITE_JOINERS = word_set("أبو أبي عين رأس باب بئر تل")
# Seats of government that news writes for the government itself ("قال الكرملين", "أعلن البيت الأبيض"): named, they
# are the organisation, not the building. (The rules read them; the curated gazetteer lists them as facilities.)
_SEATS = frozenset(
    " ".join(normalise(w) for w in name.split())
    for name in (
        "الكرملين",
        "البيت الأبيض",
        "الإليزيه",
        "قصر الإليزيه",
        "داونينغ ستريت",
        "البنتاغون",
        "قصر قرطاج",
        "قصر المرادية",
        "قصر الاتحادية",
    )
)
_COMPASS_ADJECTIVES = word_set("الجنوبية الشمالية الشرقية الغربية الجنوبي الشمالي الشرقي الغربي")
_TITLE_LINKS = word_set("باسم ب اسم باسمه باسمها باسمهم باسمهما")
_TITLE_PREPOSITIONS = word_set("لدى في عن ل إلى")
# doc.annotations key: first token of a title phrase → first token of the name it stands in apposition to.
APPOSITIONS = "ar.appositions"
_PLURAL_ENDINGS = ("ات", "ون", "ين")
_COMMON = 5  # corpus count from which an indefinite word inside a title is a common noun, not a name
_SURNAME_RARE = 2  # corpus count up to which a definite word after a person's name reads as their family name
_RARE = 20  # corpus count under which a word after an agency head reads as its brand name
_LONG_NAME = 4  # words from which a listed organisation's bounds beat the model's shorter name inside it
_RARE_WORD = 10  # corpus count up to which every word of a name after a title may be a foreign name
_PLACE_LIKE = frozenset({"GPE", "NORP", "LOC"})
_PLACE_KINDS = ("GPE", "LOC", "FAC")
# Names whose rule or gazetteer reading the model can overrule; nationality words ("إسرائيلية") are a closed list
# the gazetteer gets right where the model, which rarely tags them, is unsure.
_NAMED_IN_TITLES = frozenset({"ORG", *_PLACE_KINDS})
_VETOED = frozenset({"PERSON", "ORG", *_PLACE_KINDS})
_MAX_NAME = 4


# Honorifics of address, not in the title gazetteer because they name no office.
_HONORIFICS = word_set("معالي سمو فخامة سماحة جلالة حضرة صاحب")

def _family_name(norm: str) -> bool:
    """Whether a definite word can be a family name: a nisba ("العوادي", whose stem is no adjective) or a word that
    reads as no adjective at all."""
    return is_definite(norm) and not is_adjective(norm[:-1] if norm.endswith("ي") else norm)


def _bare(norm: str) -> str:
    """A word without its article, so "الوزير" and "وزير" compare equal."""
    return norm[2:] if norm.startswith("ال") and len(norm) > 3 else norm


_APPOSITION_COMMAS = frozenset({"،", ","})
# Titles that name the same office ("العاهل" is the king); a counterpart ("نظيره") holds the office of the person
# met, whatever the article calls it later.
_TITLE_SYNONYMS = {
    _bare(normalise(a)): _bare(normalise(b))
    for a, b in (("العاهل", "الملك"), ("الناطق", "المتحدث"), ("الموفد", "المبعوث"))
}
# Titles of address rather than office, which follow an office for the same person ("الأمير الشيخ", "الرئيس الدكتور").
_HONORIFIC_TITLES = frozenset(
    _bare(normalise(w)) for w in ("الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور", "الدكتورة", "الأمير")
)
_COUNTERPARTS = frozenset(_bare(normalise(w)) for w in ("نظير", "نظيره", "نظيرته", "نظيرها"))


@lru_cache(maxsize=1 << 16)
def is_verb(norm: str) -> bool:
    """Whether a normalised word is one of the lexicon verbs (event triggers or reporting verbs)."""
    return any(h.pos in (PAST, IMPERFECT) for h in (*event_triggers().lookup(norm), *speech_verbs().lookup(norm)))


@lru_cache(maxsize=1 << 14)
def future_verb(norm: str) -> bool:
    """Whether a normalised word is a lexicon verb with the future prefix ("سيزور", "وستلتقي"): a name never is."""
    return any(h.future for h in (*event_triggers().lookup(norm), *speech_verbs().lookup(norm)))


@dataclass(slots=True)
class _Found:
    """A candidate mention by token range, before it becomes a :class:`Mention`."""

    start: int
    end: int
    type: str
    source: str
    canonical: str | None = None
    nominal: bool = False
    coref: int | None = None
    skip: int = 0  # leading characters of the first token that are not part of the name ('@')
    dropped: bool = False
    trusted: bool = False  # a rule the model's veto does not overrule


class MentionFinder:
    """Finds mention candidates in an analysed document; holds the loaded gazetteer."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        vocab: dict[str, int],
        name_key: Callable[[str], str],
        common: Collection[str] = frozenset(),
    ) -> None:
        self.gazetteer = gazetteer
        self.vocab = vocab
        self.common = common  # everyday Arabic words (:mod:`workers.lang.ar.common_words`)
        self._phrase_starts = frozenset(phrase.split(" ", 1)[0] for phrase in gazetteer.title_phrases)
        self.name_key = name_key
        # Words already looked up as titles: the rules ask for every token of a document, several times over.
        self._titles_seen: dict[str, str | None] = {}
        self._flagged: Sequence[Token] | None = None
        self._title_flags: list[bool] = []

    def find(
        self,
        doc: Doc,
        tags: Sequence[str] | None,
        confidence: Sequence[Mapping[str, float]] | None = None,
        listed: Sequence[GazMatch] | None = None,
    ) -> list[Mention]:
        """Mentions from ``tags`` (BIO, one per token, or None without a model), the gazetteer and the rules.

        ``confidence`` is the model's per-token probability of being part of a name of each type; with it, a rule
        or gazetteer name the model gives no chance of being a name of its type is dropped (:func:`_veto_unlikely`).
        ``listed`` are the gazetteer's matches in the document's tokens when the caller already has them.
        """
        tokens = doc.tokens
        self._flag_titles(tokens)
        found: list[_Found] = []
        if tags is not None:
            found.extend(self._trimmed(tokens, f, confidence) for f in _from_tags(tags))
        if confidence is not None:
            found.extend(_likely_people(found, confidence, tokens))
        if listed is None:
            listed = self.gazetteer.match(tokens)
        found.extend(_from_gazetteer(listed))
        found.extend(self._organisations(tokens, found))
        appositions: dict[int, int] = {}
        titled = self._titled_people(tokens, found, appositions)
        doc.annotations[APPOSITIONS] = appositions
        _drop_crossing_model_spans(found, [t.norm for t in tokens], confidence)
        _model_types_win(found, tokens)
        _settlement_heads(found, tokens)
        _within_quotes(found, tokens)
        found.extend(_quoted_titles(found, tokens))
        _listed_countries(found, tokens, {(m.start, m.end) for m in listed if m.type == "GPE"})
        if confidence is not None:
            _veto_unlikely(found, confidence, tokens, self.vocab, self.gazetteer.given_names)
            _adjective_places(found, tokens, confidence)
            _people_over_vetoed_places(found)
        _join_heads(found, tokens)
        _absorb_nisba(found, tokens)
        _nisba_surnames(found, tokens)
        self._extend_surnames(found, tokens)
        self._extend_given_names(found, tokens, frozenset(appositions.values()))
        found.extend(_trim_model_bodies(found, tokens))
        found.extend(_sites(found, tokens, self.vocab, self.common))
        found.extend(_named_places(found, tokens, self.common, confidence))
        found.extend(_nationals(found, tokens, self.common, self.vocab))
        found.extend(self._aliases(tokens, found))
        found.extend(self._bylines(tokens, found))
        found.extend(_handles(doc.text, tokens, found))
        found.extend(self._nominal_titles(tokens, found, titled))
        found.extend(self._nominal_bodies(tokens, found))
        _facilities(found, tokens)
        _agencies(found, tokens)
        self._compass_regions(found, tokens)
        _compass_provinces(found, tokens)
        found.extend(_countries_after_prepositions(found, tokens))
        _platforms(found, tokens)
        _fixed_phrases(found, tokens)
        _name_edges(found, tokens)
        _coordinated_words(found, tokens, self.common, self.gazetteer.given_names)
        self._accusative_tails(found, tokens)
        _bracketed_abbreviations(found, tokens)
        _paper_titles(found, tokens)
        self._club_nationality(found, tokens)
        _within_quotes(found, tokens)
        _within_lines(found, tokens, doc.text)
        _retarget(found)
        kept = [k for k, f in enumerate(found) if not f.dropped]
        new_index = {old: new for new, old in enumerate(kept)}
        for f in found:
            f.coref = new_index.get(f.coref) if f.coref is not None else None
        return [self._mention(doc, found[k]) for k in kept]

    def _trimmed(
        self, tokens: Sequence[Token], f: _Found, confidence: Sequence[Mapping[str, float]] | None = None
    ) -> _Found:
        """A model span without the verbs and function words it sometimes takes in at its edges ("زار شويغو").

        A given name spelled like a function word ("علي" / "على") or a verb ("روي") stays when the model is sure of
        it: "زين العابدين بن علي", "روي كين". A title or honorific the model takes into a person's name goes: news
        annotation (ACE, NewsFANE) leaves "الشيخ", "معالي" outside the name.
        """

        def loose(k: int) -> bool:
            norm = tokens[k].norm
            if not norm[:1].isalnum() or _link(norm) or norm.lower() in ENGLISH_MONTHS:
                # A link ("حكيمة هرميش [pic.twitter.com/3Z8u]") or a tweet's date line ("December 3") is nobody's name.
                return True
            if norm in COMPLEMENTISERS:
                return True  # "وأضاف الفريق ربيع [أن]": the clause after the name starts there
            if _jussive(norm) or (future_verb(norm) and norm not in self.gazetteer.given_names):
                # "لم [يلتق] بن فرحان", "[وسيزور] بن فرحان موسكو": a verb, however sure the model is of the name
                # after it.
                return True
            if not (norm in STOP_WORDS or is_verb(norm)):
                return False
            sure = confidence is not None and confidence[k].get(f.type, 0.0) >= SURE
            return not (sure and (norm in self.gazetteer.given_names or (f.type == "PERSON" and not is_definite(norm))))

        def title_to_drop(k: int) -> bool:
            # "الدكتور [سلطان] أحمد الجابر": a title word without the article right after an honorific of address
            # is the given name ("الشيخ [الأمير] محمد" keeps its second title).
            after_honorific = (
                k > 0 and _bare(tokens[k - 1].norm) in _HONORIFIC_TITLES and not is_definite(tokens[k].norm)
            )
            return f.type == "PERSON" and self._title_word(tokens[k].norm) and not after_honorific

        while f.start < f.end and (loose(f.start) or title_to_drop(f.start)):
            f.start += 1
        while f.end > f.start and loose(f.end - 1):
            f.end -= 1
        if f.type == "ORG" and f.end - f.start >= 3:
            last, before = tokens[f.end - 1].norm, tokens[f.end - 2].norm
            if (
                is_arabic(last)
                and not is_definite(last)
                and last[:1] != "ل"
                and (self.vocab.get(last, 0) <= 1 or last in self.gazetteer.given_names)
                and (is_definite(before) or before.startswith("لل"))
            ):
                # A word the corpus has not met (or a given name) after a definite word starts someone's name, not
                # more of the body's: "مدرب [المنتخب المغربي] خورخي فيلدا".
                f.end -= 1
        # "حركة "إم [23]"": a number is part of a name ("فرانس 24"), never a name alone.
        f.dropped = all(tokens[k].norm.isdigit() for k in range(f.start, f.end))
        return f

    def _mention(self, doc: Doc, f: _Found) -> Mention:
        start, end = doc.tokens[f.start].start + f.skip, doc.tokens[f.end - 1].end
        if doc.text[end : end + 1] == "+" and doc.text[end + 1 : end + 2] in ("", " ", "،", ",", ".", ")"):
            end += 1  # "أوبك+": the plus is part of the name
        text = doc.text[start:end]
        return Mention(
            start=start,
            end=end,
            text=text,
            type=f.type,
            source=f.source,
            # Two spellings the gazetteer maps to one name ("أميركا", "الولايات المتحدة") share a key.
            key=self.name_key(f.canonical or text),
            canonical=f.canonical or _citation_form(text),
            nominal=f.nominal,
            coref=f.coref,
        )

    # --- organisations -------------------------------------------------------------------------------------------

    @staticmethod
    def _news_word(norm: str) -> bool:
        """ "للأنباء", "للإعلام": the "for news" that ends an agency's full name."""
        return norm.startswith("لل") and _bare(norm[1:]) in _MEDIA_WORDS

    @staticmethod
    def _noun(norm: str) -> bool:
        """Whether a word is a noun or an adjective: Arabic, neither a function word nor a verb."""
        return is_arabic(norm) and norm not in STOP_WORDS and norm not in PROCLITICS and not is_verb(norm)

    def _modifier(self, norm: str) -> bool:
        return is_arabic(norm) and is_definite(norm) and norm not in STOP_WORDS and not is_verb(norm)

    def _organisations(self, tokens: Sequence[Token], found: list[_Found]) -> list[_Found]:
        """Head noun + modifiers; the brand word of an agency is remembered and tagged where it stands alone."""
        covered = _coverage(found, len(tokens))
        places = [k is not None and found[k].type in _PLACE_LIKE for k in covered]
        # A nationality word, whichever longer candidate also covers it.
        norp_starts = {f.start for f in found if f.type == "NORP" and f.end == f.start + 1}
        norps = [t in norp_starts for t in range(len(tokens))]
        proper = [
            k is not None and found[k].type in ("GPE", "LOC") and found[k].start == t for t, k in enumerate(covered)
        ]
        out: list[_Found] = []
        brands: set[str] = set()
        founders: set[tuple[str, ...]] = set()
        i = 0
        while i < len(tokens):
            head = _bare(tokens[i].norm)
            if head in _BRAND_ONLY_HEADS:
                if i + 1 < len(tokens) and self._brand(tokens[i + 1].norm) and _person_at(found, i + 1) is None:
                    j = i + 2
                    while j < len(tokens) and j - i <= _MAX_MODIFIERS and self._brand(tokens[j].norm):
                        j += 1
                    brands.add(tokens[i + 1].norm)
                    out.append(_Found(i + 1, j, "ORG", "rule"))
                    i = j
                else:
                    i += 1
                continue
            if head not in _ORG_HEADS or (
                head in _ADJECTIVE_HEADS
                and i > 0
                and self._noun(tokens[i - 1].norm)
                and tokens[i - 1].norm not in _TITLE_LINKS
            ):
                i += 1
                continue
            j = i + 1
            if head in _STATE_HEADS and any(f.type == "PERSON" and f.start == j and not f.dropped for f in found):
                i += 1  # "حكومة [الدبيبة]": a government named after its head, who stays a person
                continue
            named = _person_at(found, j) if tokens[i].norm == head else None
            if named is not None:
                # "شركة ارثر اندرسون": a person's name after a head in the construct state names the body.
                named.dropped = True
                founders.add(tuple(t.norm for t in tokens[named.start : named.end]))
                founders.add((tokens[named.end - 1].norm,))
                j = named.end
            elif (
                head in _BRAND_HEADS
                and j < len(tokens)
                and self._brand(tokens[j].norm)
                # "المتحدث باسم الحركة [لورانس كانيوكا]": a person after the definite head is in apposition to it.
                and (tokens[i].norm == head or _person_at(found, j) is None)
            ):
                brands.add(tokens[j].norm)
                j += 1
                if head in _MEDIA_HEADS:
                    # "صحيفة اندبندنت اون صنداي البريطانية": a paper, channel or agency is named by its brand alone.
                    while j < len(tokens) and j - i <= _MAX_MODIFIERS and self._brand(tokens[j].norm) and not norps[j]:
                        j += 1
                    if j + 1 < len(tokens) and norps[j] and self._news_word(tokens[j + 1].norm):
                        j += 1  # "وكالة تاس [الروسية] للأنباء": the nationality inside the agency's full name
                    if j < len(tokens) and self._news_word(tokens[j].norm):
                        j += 1  # "وكالة تاس [للأنباء]"
                    out.append(_Found(i + 1, j, "ORG", "rule"))
                    i = j
                    continue
            if (
                j == i + 1
                and j < len(tokens)
                and tokens[i].norm != head
                and tokens[j].norm[:1] == "ل"
                and not tokens[j].norm.startswith("لل")
            ):
                i += 1  # "مع البرلمان [لوضع] الإطار": ل + a verbal noun after a definite head says what for
                continue
            if j == i + 1 and j < len(tokens) and not self._genitive(tokens[j].norm, places[j], tokens[i].norm == head):
                if not self._construct_chain(tokens, j, places):
                    i += 1
                    continue
                j += 1  # "شبكة [أطباء] السودان", "هيئة [عمليات] التجارة البحرية"
            while (
                j < len(tokens)
                and j - i <= _MAX_MODIFIERS
                and not self._title_word(tokens[j].norm)  # "رئيس [مجلس الوزراء] الأمير محمد"
                # "[الحكومة اليمنية] المعترف بها دوليا": a participle with its own complement describes the body.
                and not (j + 1 < len(tokens) and tokens[j + 1].norm in _PREPOSITION_PRONOUNS)
                and tokens[j].norm not in _DESCRIPTIVE  # "قناة المسيرة [التابعة] للحوثيين"
                and (self._modifier(tokens[j].norm) or places[j] or self._lam_genitive(tokens, j))
                # "[الحكومة العراقية] الهجوم": after its nationality a body's name takes only more adjectives, a
                # participle ("الممتاز") or its field ("لكرة القدم").
                and not (
                    norps[j - 1]
                    and is_definite(tokens[j].norm)
                    and self._common(tokens[j].norm)  # a common word, not a brand ("السويدي [إليكتريك]")
                    and not tokens[j].norm.startswith("لل")
                    and not is_adjective(tokens[j].norm)
                    and not tokens[j].norm.startswith("الم")
                    and not norps[j]
                )
                # "رئيس [الحكومة] الإسباني": a nationality that does not agree with the head describes another noun.
                and not (
                    norps[j]
                    and is_definite(tokens[j - 1].norm)  # after a noun in the construct state it is a genitive
                    and _disagree(tokens[i].norm, tokens[j].norm)
                    and _disagree(tokens[j - 1].norm, tokens[j].norm)  # "رابطة [الدوري] الإسباني" agrees
                )
                # A country after a definite word is the next phrase ("طالبت [الرئاسة الفلسطينية] الولايات المتحدة");
                # only a noun in the construct state takes one ("مصرف قطر").
                and not (proper[j] and is_definite(tokens[j - 1].norm) and not tokens[j - 1].norm.startswith("لل"))
            ):
                j += 1
                if (
                    head == _MINISTRY
                    and j + 1 < len(tokens)
                    and tokens[j].norm == "و"
                    and self._modifier(tokens[j + 1].norm)
                    and not norps[j + 1]
                ):
                    j += 1  # "وزارة الموارد المائية [و]الري": a ministry of two portfolios

            if j > i + 1 and head in _PAPER_HEADS:
                # "صحيفة [الرؤية] العمانية": a paper or channel is named by its title, without the head or the
                # country after it, as news annotation marks it.
                end = j - 1 if norps[j - 1] and j - 1 > i + 1 else j
                out.append(_Found(i + 1, end, "ORG", "rule"))
                i = j
            elif j > i + 1:
                # "الرئاسة السورية", "الحكومة العراقية": a state body named by its nationality, as news annotators
                # mark it, though the corpus the model learned from does so only half the time.
                state = head in _STATE_HEADS and any(
                    (k := covered[t]) is not None and found[k].type in ("NORP", "GPE") for t in range(i + 1, j)
                )
                out.append(_Found(i, j, "ORG", "rule", trusted=state))
                i = j
            else:
                i += 1
        for k, tok in enumerate(tokens):
            if tok.norm in brands and covered[k] is None and not any(f.start <= k < f.end for f in out):
                out.append(_Found(k, k + 1, "ORG", "rule"))
        # The same words elsewhere in the article name the body too, though the model read them as a person.
        for f in found:
            words = tuple(t.norm for t in tokens[f.start : f.end])
            if f.source == "model" and f.type == "PERSON" and not f.dropped and words in founders:
                f.type = "ORG"
        return out

    def _common(self, norm: str) -> bool:
        """Whether the corpus knows a word, or the word without a dual or plural ending ("الهجومين")."""
        if self.vocab.get(norm, 0) >= 2:
            return True
        return any(norm.endswith(end) and self.vocab.get(norm[: -len(end)], 0) >= 2 for end in _NUMBER_ENDINGS)

    @staticmethod
    def _genitive(norm: str, place: bool, bare_head: bool) -> bool:
        """Whether the word after an organisation head can begin its name.

        A head without the article is in the construct state and takes a definite genitive ("مجلس الأمن") or a
        place ("مصرف قطر المركزي"); a prepositional phrase ("مؤسسة للسلام") or an indefinite adjective ("حزب اسلامي
        لبناني") after it makes an indefinite description, not a name.
        """
        if not bare_head:
            return True
        return norm.startswith("ال") or (place and not is_adjective(norm))

    def _construct_chain(self, tokens: Sequence[Token], j: int, places: Sequence[bool]) -> bool:
        """Whether the bare noun at ``j``, after a bare head, is one link of a construct chain that a definite
        genitive or a place ends ("جهاز [دعم] الاستقرار"), not an indefinite description ("حزب [اسلامي]")."""
        norm = tokens[j].norm
        if (
            j + 1 >= len(tokens)
            or not self._noun(norm)
            or is_definite(norm)
            or is_adjective(norm)
            or len(norm) < 3
            or self._title_word(norm)  # "حكومة [رئيس] الوزراء": the government of a person, not a body's name
        ):
            return False
        after = tokens[j + 1].norm
        return (self._modifier(after) and not is_adjective(after)) or places[j + 1]

    def _brand(self, norm: str) -> bool:
        """A bare word after an agency head that reads as a name: rare in the corpus, not a verb or function word;
        or a word in Latin capitals ("شبكة [ESPN]")."""
        if norm.isascii():
            return len(norm) >= 2 and norm.isalpha() and norm[0].isupper()
        return (
            is_arabic(norm)
            and not is_definite(norm)
            and norm not in STOP_WORDS
            and not is_verb(norm)
            and len(norm) >= 3
            and self.vocab.get(norm, 0) <= _RARE
        )

    # --- people ------------------------------------------------------------------------------------------------------

    def _title_word(self, norm: str) -> bool:
        """A title ("الرئيس", "الشيخ") or an honorific ("معالي", "سمو") that stands before a name."""
        return self._title_of(norm) is not None or norm in _HONORIFICS

    def _title_of(self, norm: str) -> str | None:
        """The title a word is, with a possessive pronoun taken off ("مديرته" → "مديره", "قائدها" → "قائد")."""
        if norm in self._titles_seen:
            return self._titles_seen[norm]
        title = self._possessed_title(norm)
        if len(self._titles_seen) >= _TITLES_SEEN:
            self._titles_seen.clear()  # a long-running worker meets an unbounded vocabulary
        self._titles_seen[norm] = title
        return title

    def _possessed_title(self, norm: str) -> str | None:
        if norm in self.gazetteer.title_words:
            return norm
        for suffix in _POSSESSIVES:
            base = norm[: -len(suffix)]
            if not norm.endswith(suffix) or len(base) < 3:
                continue
            if base.endswith("ت"):
                base = base[:-1] + "ه"  # the feminine ending before a pronoun: "مديرت|ه" is "مديرة"
            elif suffix == "ه":
                continue  # "رئيسه": the list already holds the forms a bare ه makes
            if base in self.gazetteer.title_words:
                return base
        return None

    def _titled_at(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a title starts at token ``i``: a title word, or the first of a two-word title ("الأمين العام",
        "ولي العهد") whose first word alone is none."""
        if tokens is self._flagged:
            return self._title_flags[i]  # the rules ask this of every token several times over
        if tokens[i].text.endswith(_SPELLED_PREPOSITIONS):
            return False  # "[أمام] مقر المفاوضات": "in front of", which normalises to "إمام" (imam)
        return self._title_of(tokens[i].norm) is not None or self._title_phrase_at(tokens, i)

    def _flag_titles(self, tokens: Sequence[Token]) -> None:
        """Work out once, for the document being read, where a title starts."""
        self._flagged = None
        seen = self._titles_seen
        phrase_starts = self._phrase_starts
        flags = []
        for i, token in enumerate(tokens):
            norm = token.norm
            # A word already known to be no title, and starting no title phrase, needs no more asking (most do).
            known_plain = norm in seen and seen[norm] is None and norm not in phrase_starts
            flags.append(False if known_plain else self._titled_at(tokens, i))
        self._title_flags = flags
        self._flagged = tokens

    def _title_phrase_at(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a title of two words starts at ``i`` ("الأمين العام": "العام" alone reads as "the year")."""
        return (
            i + 1 < len(tokens)
            and tokens[i].norm in self._phrase_starts  # a set lookup first: most words start no title phrase
            and f"{tokens[i].norm} {tokens[i + 1].norm}" in self.gazetteer.title_phrases
        )

    def _title_end(self, tokens: Sequence[Token], i: int, found_at: list[int | None], found: list[_Found]) -> int:
        """The end of the title phrase that starts at token ``i`` (a title word): its modifiers and named places."""
        phrase = self._title_phrase_at(tokens, i)
        j = i + 2 if phrase else i + 1
        # One link word per title: a second "باسم" is a given name. "المتحدث باسم" is a listed phrase with its link.
        linked = phrase and tokens[i + 1].norm in _TITLE_LINKS
        steps = 0  # a named body or place is one step however many words it has ("للأمم المتحدة")
        while j < len(tokens) and steps < _MAX_TITLE_STEPS:
            steps += 1
            k = found_at[j]
            if k is not None and found[k].type == "PERSON" and found[k].start == j and not is_adjective(tokens[j].norm):
                break  # the name the title introduces, though definite like a modifier ("الرئيس السنيورة")
            if (
                j == i + 1
                and k is not None
                and found[k].type in ("GPE", "ORG", "LOC")
                and is_definite(tokens[i].norm)
                and not tokens[j].norm.startswith("ل")
            ):
                break  # "اتهم [الوزير] إيران": a definite title takes no name as its genitive; the name is the object
            if k is not None and found[k].type in ("GPE", "NORP", "ORG", "LOC") and found[k].start == j:
                j = found[k].end
                if (
                    j + 2 < len(tokens)
                    and tokens[j].norm == "("
                    and ")" in (tokens[j + 2].norm, tokens[j + 3].norm if j + 3 < len(tokens) else "")
                ):
                    j += 3 if tokens[j + 2].norm == ")" else 4  # "رئيس الاتحاد الأفريقي لكرة القدم [(كاف)] باتريس"
            elif self._lam_title_phrase(tokens, j):
                j += 2  # "المبعوث الخاص [للأمين العام] للأمم المتحدة": "العام" alone is "the year"
            elif j == i + 1 and self._other_office(tokens[i].norm, tokens[j].norm) and self._title_word(tokens[j].norm):
                break  # "ودعا [الملك] [الرئيس الجزائري عبد المجيد تبون]": subject and object, two people
            elif self._titled_at(tokens, j) and tokens[j].norm not in _TITLE_LINKS:
                break  # "رئيس مجلس السيادة [قائد] الجيش [الفريق أول] عبد الفتاح البرهان": the chain's next title
            elif linked and tokens[j].norm in _TITLE_LINKS:
                break  # "المتحدث باسم الحكومة [باسم] العوادي": the second link word is the given name
            elif tokens[j].norm == "ب" and j + 1 < len(tokens) and tokens[j + 1].norm in _ABROAD:
                j += 2  # "وزير الدولة لشؤون المصريين [بالخارج]"
            elif tokens[j].norm == "ب" and not (j + 1 < len(tokens) and tokens[j + 1].norm.startswith("اسم")):
                break  # "اتهم الوزير إيران [ب]تحويل": the preposition, not "ب" of a split "باسم"
            elif self._modifier(tokens[j].norm) or (tokens[j].norm in _TITLE_LINKS and not linked):
                linked = linked or tokens[j].norm in _TITLE_LINKS
                j += 1  # "المتحدث [باسم] الحكومة", not the given name in "... الحكومة العراقية باسم العوادي"
            elif self._construct_before_name(tokens, j, found_at, found):
                j += 1  # "رئيس [بلدية] موسكو", "مندوب [روسيا] الدائم [لدى] الأمم المتحدة"
            elif self._lam_genitive(tokens, j):
                j += 1  # "وزير الدولة [لشؤون] الطاقة"
            elif self._construct_noun(tokens, j):
                j += 1  # "رئيس [حكومة] الإقليم مسرور بارزاني"
            elif tokens[j].norm == "و" and j + 1 < len(tokens) and self._modifier(tokens[j + 1].norm):
                j += 2  # "وزيرة الدولة للشؤون الاقتصادية [والاستثمار]"
            elif (
                tokens[j].norm == "و"
                and j + 2 < len(tokens)
                and found_at[j + 1] is None
                and self._noun(tokens[j + 1].norm)
                and not is_definite(tokens[j + 1].norm)
                and self._modifier(tokens[j + 2].norm)
            ):
                j += 3  # "وزير الخارجية والهجرة [وشؤون المصريين] بالخارج"
            else:
                break
        return j

    def _lam_title_phrase(self, tokens: Sequence[Token], j: int) -> bool:
        """Whether a two-word title with ل before it ("للأمين العام") starts at token ``j``."""
        norm = tokens[j].norm
        return (
            norm.startswith("لل")
            and j + 1 < len(tokens)
            and f"{_with_article(norm)} {tokens[j + 1].norm}" in self.gazetteer.title_phrases
        )

    def _construct_before_name(
        self, tokens: Sequence[Token], j: int, found_at: list[int | None], found: list[_Found]
    ) -> bool:
        """Whether token ``j`` is a preposition or a noun in the construct state that ties the title to the body or
        place named right after it."""
        if j + 1 >= len(tokens):
            return False
        k = found_at[j + 1]
        if k is None or found[k].start != j + 1 or found[k].type not in ("GPE", "ORG", "LOC"):
            return False
        norm = tokens[j].norm
        if norm in _TITLE_PREPOSITIONS:
            return True
        return (
            found_at[j] is None
            and is_arabic(norm)
            and not is_definite(norm)
            and norm not in STOP_WORDS
            and not is_verb(norm)
        )

    def _construct_noun(self, tokens: Sequence[Token], j: int, depth: int = 0) -> bool:
        """A common noun in the construct state inside a title ("رئيس حكومة الإقليم"), not the given name that
        starts the person's name ("الرئيس محمد الأمين"): frequent in the corpus, no given name, a definite word
        after it."""
        norm = tokens[j].norm
        return (
            j + 1 < len(tokens)
            and is_arabic(norm)
            and not is_definite(norm)
            and norm not in STOP_WORDS
            and norm not in _NAME_JOINERS
            and norm not in self.gazetteer.given_names
            and not is_verb(norm)
            and max(self.vocab.get(norm, 0), self.vocab.get(_without_pronoun(norm), 0)) >= _COMMON
            and (self._modifier(tokens[j + 1].norm) or (depth < 2 and self._construct_noun(tokens, j + 1, depth + 1)))
        )

    def _lam_genitive(self, tokens: Sequence[Token], j: int) -> bool:
        """ "لشؤون" in "وزير الدولة لشؤون الطاقة": ل + an indefinite noun that a definite word follows."""
        norm = tokens[j].norm
        if norm.startswith("لل") and len(norm) >= 5 and not is_verb(norm):
            return True  # "الأمين العام [للحزب]": ل + the article
        return (
            len(norm) >= 4
            and norm[0] == "ل"
            and not is_definite(norm[1:])
            and not is_verb(norm)
            and norm not in STOP_WORDS
            and j + 1 < len(tokens)
            and self._modifier(tokens[j + 1].norm)
        )

    def _chain_end(self, tokens: Sequence[Token], i: int, found_at: list[int | None], found: list[_Found]) -> int:
        """The end of the titles that start at token ``i`` and follow one another ("رئيس الوزراء وزير الخارجية
        القطري الشيخ"): in Arabic news they all stand in apposition to the name after the last one."""
        j = self._title_end(tokens, i, found_at, found)
        while j < len(tokens):
            if tokens[j].norm == "و" and j + 1 < len(tokens) and self._title_word(tokens[j + 1].norm):
                j += 1  # "المتحدث باسم الجماعة [و]رئيس وفدها المفاوض محمد عبد السلام"
            if not (self._title_word(tokens[j].norm) or self._titled_at(tokens, j)) or found_at[j] is not None:
                break
            if j == i + 1 and self._other_office(tokens[i].norm, tokens[j].norm):
                break  # "ودعا [الملك] [الرئيس الجزائري عبد المجيد تبون]": subject and object, two people
            j = self._title_end(tokens, j, found_at, found)
        return j

    @staticmethod
    def _other_office(first: str, second: str) -> bool:
        """Whether two bare titles in a row name two offices ("الملك" then "الرئيس"), where one title alone is the
        subject and the other begins the object; an honorific after a title ("الأمير الشيخ") is one person."""
        a, b = _bare(first), _bare(second)
        return (
            is_definite(first)
            and a != b
            and _TITLE_SYNONYMS.get(a, a) != _TITLE_SYNONYMS.get(b, b)
            and second not in _HONORIFICS
            and b not in _HONORIFIC_TITLES
        )

    def _name_word(self, norm: str) -> bool:
        if norm[:1] in "بلك" and len(norm) >= 4 and self.vocab.get(norm[1:], 0) > self.vocab.get(norm, 0):
            return False  # "بنظيره": a preposition glued to a known word
        return (
            is_arabic(norm)
            and (not is_definite(norm) or norm in ("الله", "الرحمن", "الدين"))
            and norm not in STOP_WORDS
            and norm not in self.gazetteer.title_words
            and not is_verb(norm)
            and norm not in SAYING  # "عن الشيخ سلمان [قوله] إن"
            and len(norm) >= 2
        )

    def _titled_people(
        self, tokens: Sequence[Token], found: list[_Found], appositions: dict[int, int]
    ) -> dict[int, set[str]]:
        """Add PERSON mentions for names right after a title; return, per person candidate, its title words.

        ``appositions`` gets, for each title phrase followed by its name, the phrase's first token → the name's.
        """
        found_at = _index(found, len(tokens))
        titled: dict[int, set[str]] = {}
        i = 0
        while i < len(tokens):
            if not self._titled_at(tokens, i):
                i += 1
                continue
            j = self._chain_end(tokens, i, found_at, found)
            title = self._title_of(tokens[i].norm) or tokens[i].norm
            words = {_bare(title)} | {f.canonical or "" for f in found if i < f.start < j and f.canonical}
            words |= {_bare(t.norm) for t in tokens[i + 1 : j]}
            k = found_at[j] if j < len(tokens) else None
            after = found_at[j + 1] if k is None and j + 1 < len(tokens) else None
            if (
                after is None
                and k is None
                and j + 2 < len(tokens)
                and found_at[j + 2] is not None
                and self._unknown_name_word(tokens[j + 1].norm)
            ):
                after = found_at[j + 2]  # "وزير الطاقة التركي [ألب أرسلان] بيرقدار": two words the model left out
            if (
                after is not None
                and found[after].start == j + 1
                and found[after].type == "PERSON"
                and tokens[j].norm == "علي"
                and tokens[j].text.endswith("ي")
            ):
                # "النائب [علي] حسن خليل": the given name Ali, spelled with ي where the preposition على has ى.
                found[after].start = j
                found_at[j] = k = after
            if (
                k is None
                and after is not None
                and found[after].start in (j + 1, j + 2)
                and found[after].type == "PERSON"
                and found[after].source == "model"
                and self._name_word(tokens[j].norm)
                and (self.vocab.get(tokens[j].norm, 0) <= 1 or tokens[j].norm in self.gazetteer.given_names)
            ):
                # "وزير الطاقة التركي [ألب] أرسلان بيرقدار": an unknown first name the model left out of the name
                # that follows the title (it looks like the article) belongs to it; so does a given name that is a
                # common word too ("وزير الثروات الطبيعية [كمال] محمد صالح").
                found[after].start = j
                found_at[j] = k = after
            if k is not None and found[k].start == j and found[k].type == "PERSON":
                titled.setdefault(k, set()).update(words)
                appositions[i] = j
                i = found[k].end
                continue
            between = self._name_between_commas(tokens, j, found_at, found)
            if between is not None:
                # "المبعوث الشخصي للأمين العام، [رمطان لعمامرة]، إن": the office, then its holder set off by commas;
                # a later "المبعوث" stands for him, and the office's phrase names him.
                titled.setdefault(between, set()).update(words)
                appositions[i] = found[between].start
                i = found[between].end
                continue
            end = j
            while (
                end < len(tokens)
                and end - j < _MAX_NAME
                and self._free_for_name(found, found_at[end], found_at[j])
                and self._name_word(tokens[end].norm)
            ):
                end += 1
            # "المتحدث باسم الحكومة [باسم] العوادي": a link word the title phrase had no room for is the given name
            # Basim, and the definite rare word after it his family name.
            basim = end == j + 1 and tokens[j].norm in _TITLE_LINKS
            if (
                basim
                and end < len(tokens)
                and self._free_for_name(found, found_at[end], found_at[j])
                and _family_name(tokens[end].norm)
                and self.vocab.get(tokens[end].norm, 0) <= _SURNAME_RARE
            ):
                end += 1
            if end > j and self._plausible_name(tokens[j:end]):
                # The model reads Basim as "in the name of": it has no say against the grammar.
                found.append(_Found(j, end, "PERSON", "rule", trusted=basim and end - j >= 2))
                for t in range(j, end):
                    found_at[t] = len(found) - 1
                titled[len(found) - 1] = words
                appositions[i] = j
                i = end
            else:
                i = j
        return titled

    def _name_between_commas(
        self, tokens: Sequence[Token], comma: int, found_at: list[int | None], found: list[_Found]
    ) -> int | None:
        """The person named between the comma at ``comma`` and the next one, after a nationality or a second
        office if any ("، المغربي جمال السلامي،", "، قائد الجيش عبد الفتاح البرهان،"): the candidate index, or None."""
        if comma >= len(tokens) or tokens[comma].norm not in _APPOSITION_COMMAS:
            return None
        j = comma + 1
        nationality = found_at[j] if j < len(tokens) else None
        if nationality is not None and found[nationality].type == "NORP" and found[nationality].end == j + 1:
            j += 1
        elif j < len(tokens) and found_at[j] is None and self._titled_at(tokens, j):
            j = self._chain_end(tokens, j, found_at, found)
        k = found_at[j] if j < len(tokens) else None
        if k is None or found[k].start != j or found[k].type != "PERSON" or found[k].dropped:
            return None
        end = found[k].end
        return k if end < len(tokens) and tokens[end].norm in _APPOSITION_COMMAS else None

    def _unknown_name_word(self, norm: str) -> bool:
        """A word without the article that the corpus has not met ("أرسلان", which only looks like a verb)."""
        return is_arabic(norm) and not is_definite(norm) and norm not in STOP_WORDS and self.vocab.get(norm, 0) <= 1

    @staticmethod
    def _free_for_name(found: list[_Found], k: int | None, first: int | None) -> bool:
        """A token after a title can be part of the name unless the gazetteer, a rule or the model already names
        it otherwise. A model person loses to the title's name only when the name starts inside it (``first`` is
        the candidate at the name's first token): a common word after the title does not make a later model name
        longer ("الامين العام اقتراح انان"), and a model organisation or place is not a person's name ("مدرب
        مانشستر")."""
        if k is None:
            return True
        f = found[k]
        return f.source == "model" and f.type == "PERSON" and k == first

    def _plausible_name(self, name: Sequence[Token]) -> bool:
        """Two name-like words, or one that is a known given name or unknown to the corpus vocabulary."""
        if name[-1].norm in _NAME_JOINERS:
            return False
        if len(name) >= 2:
            return True
        norm = name[0].norm
        return norm in self.gazetteer.given_names or (self.vocab.get(norm, 0) <= 1 and len(norm) >= 3)

    def _aliases(self, tokens: Sequence[Token], found: list[_Found]) -> list[_Found]:
        """A person's family name (and an East Asian family name first) standing alone names the same person.

        One name has one reading per article: a family name that the gazetteer also lists as a place ("جون
        بولتون" ... "بولتون") names the person there too.
        """
        aliases: dict[str, str] = {}
        family: set[str] = set()
        for f in found:
            if f.type != "PERSON" or f.nominal or f.dropped or f.end - f.start < 2:
                continue
            last = tokens[f.end - 1].norm
            if self._alias_word(last) and tokens[f.end - 2].norm not in _NAME_JOINERS:
                aliases.setdefault(last, "PERSON")
                family.add(last)
            first = tokens[f.start].norm
            if f.end - f.start >= 3 and first not in _NAME_JOINERS and self._alias_word(first):
                aliases.setdefault(first, "PERSON")
        for f in found:
            if (
                f.source == "gazetteer"
                and f.type in _PLACE_KINDS
                and f.end - f.start == 1
                and tokens[f.start].norm in family
            ):
                f.dropped = True
        covered = _coverage([f for f in found if not f.dropped], len(tokens))
        return [
            _Found(k, k + 1, aliases[t.norm], "rule")
            for k, t in enumerate(tokens)
            if t.norm in aliases and covered[k] is None and t.norm not in STOP_WORDS and len(t.norm) >= 3
        ]

    def _alias_word(self, norm: str) -> bool:
        """Whether one word of a name can name the person alone: not a title, an ordinal or common adjective
        ("الحسن الثاني"), nor a definite word that is no nisba surname (a model name that took in "الرحيل")."""
        return (
            not self._title_word(norm)
            and norm not in COMMON_ADJECTIVES
            and (not norm.startswith("ال") or norm.endswith("ي"))
        )

    def _bylines(self, tokens: Sequence[Token], found: list[_Found]) -> list[_Found]:
        """ "تقرير: حكيمة هرميش": the name after a byline word and a colon."""
        covered = _coverage(found, len(tokens))
        out = []
        for i in range(len(tokens) - 2):
            if tokens[i].norm in _BYLINES and tokens[i + 1].norm == ":":
                end = i + 2
                while (
                    end < len(tokens)
                    and end - (i + 2) < 3
                    and covered[end] is None
                    and self._name_word(tokens[end].norm)
                ):
                    end += 1
                if end - (i + 2) >= 2:
                    out.append(_Found(i + 2, end, "PERSON", "rule"))
        return out

    def _extend_surnames(self, found: list[_Found], tokens: Sequence[Token]) -> None:
        """A person's name of two words or more runs on into a definite word the corpus has rarely seen: the family
        name ("عبد الفتاح [البرهان]", "سهيل [المزروعي]"), which the model, trained on few such names, often leaves
        out."""
        titles = self.gazetteer.title_words
        covered = _coverage([f for f in found if not f.dropped], len(tokens))
        for f in found:
            if f.dropped or f.nominal or f.type != "PERSON" or f.end >= len(tokens):
                continue
            # One word qualifies only as a known given name right after a title ("الوزيرة نورة [الفصام]", "الرئيس
            # السوري أحمد [الشرع]"): "مبادئ حسن [الجوار]" is no name.
            if f.end - f.start < 2 and (
                tokens[f.start].norm not in self.gazetteer.given_names or not self._after_title(tokens, f.start)
            ):
                continue
            norm = tokens[f.end].norm
            if not (
                covered[f.end] is None
                and is_arabic(norm)
                and norm not in STOP_WORDS
                and norm not in titles
                and not is_verb(norm)
                and not norm.endswith(_PLURAL_ENDINGS)  # "أدان يوسف رجي [الغارات]": an object, not a family name
            ):
                continue
            if (
                norm.startswith("ال")
                and len(norm) >= 5
                and self.vocab.get(norm, 0) <= _SURNAME_RARE
                # "أدان ... باسم العوادي [الضربة]": an everyday feminine noun is the object. Family names that are
                # everyday words are masculine trades ("البيطار", "النجار"); feminine ones are rare ("الخصاونة").
                and not (norm in self.common and norm.endswith(_FEMININE_ENDING))
            ):
                f.end += 1

    def _accusative_tails(self, found: list[_Found], tokens: Sequence[Token]) -> None:
        """A common word in the accusative after a person's name is no part of it: "عيسى [محافظا]" (as governor),
        "فاروق [ردا] على" (in reply). Arabic marks such adverbials with a final alef; the word without it is one the
        corpus uses often, and no listed given name. A listed name keeps its last word ("علي يرلي [كايا]")."""
        listed = {(f.start, f.end) for f in found if f.source == "gazetteer" and f.type == "PERSON" and not f.dropped}
        for f in found:
            if f.dropped or f.type != "PERSON" or f.end - f.start < 2 or (f.start, f.end) in listed:
                continue
            last = tokens[f.end - 1].norm
            if (
                len(last) >= 3
                and last.endswith("ا")
                and last not in self.gazetteer.given_names
                and self.vocab.get(last[:-1], 0) >= _COMMON_STEM
            ):
                f.end -= 1

    def _compass_regions(self, found: list[_Found], tokens: Sequence[Token]) -> None:
        """ "إقليم [شمال كيفو]": a name no list knows, after a compass word, is a region named with the compass word,
        not a person; a listed place after one ("جنوب لبنان") keeps its own reading."""
        covered = _coverage([f for f in found if not f.dropped], len(tokens))
        for f in found:
            if (
                f.dropped
                or f.source != "model"
                or f.type not in ("PERSON", "GPE", "LOC")
                or f.start == 0
                or tokens[f.start - 1].norm not in _COMPASS
                or covered[f.start - 1] is not None
                or any(self.gazetteer.word_types.get(t.norm) for t in tokens[f.start : f.end])
            ):
                continue
            f.start -= 1
            f.skip = 0  # the glued letters belonged to the old first token
            f.type = "GPE"

    def _club_nationality(self, found: list[_Found], tokens: Sequence[Token]) -> None:
        """ "نادي [الهلال] السعودي": a club or paper named after its head word is named by its title, without the
        country after it, as news annotation writes it, whichever candidate took the country in."""
        for f in found:
            if (
                f.dropped
                or f.type != "ORG"
                or f.end - f.start < 2
                or f.start == 0
                or _bare(tokens[f.start - 1].norm) not in _TITLE_HEADS
                or "NORP" not in self.gazetteer.word_types.get(tokens[f.end - 1].norm, ())
                or not is_definite(tokens[f.end - 1].norm)
            ):
                continue
            f.end -= 1

    def _after_title(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether token ``i`` follows a title, directly or after its nationality ("الرئيس السوري [أحمد]")."""
        if i > 0 and tokens[i - 1].norm in self.gazetteer.title_words:
            return True
        nisba = i > 1 and is_definite(tokens[i - 1].norm) and tokens[i - 1].norm.endswith(("ي", "يه"))
        return nisba and tokens[i - 2].norm in self.gazetteer.title_words

    def _extend_given_names(
        self, found: list[_Found], tokens: Sequence[Token], titled: Collection[int] = frozenset()
    ) -> None:
        """A person named by a known given name alone runs on into the name-like word after it ("يحيى [سريع]",
        "عقيلة [صالح]"), and a name ending in a particle into the family name ("أورسولا فون دير [لاين]"): the model,
        trained on few such names, often stops early. ``titled`` are the first tokens of names a title introduces.
        """
        covered = _coverage([f for f in found if not f.dropped], len(tokens))
        for f in found:
            if f.dropped or f.nominal or f.type != "PERSON" or f.end >= len(tokens) or covered[f.end] is not None:
                continue
            last = tokens[f.end - 1].norm
            alone = f.end - f.start == 1 and last in self.gazetteer.given_names
            following = tokens[f.end].norm
            if alone and self._name_word(following):
                f.end += 1
                self._third_name(f, tokens, covered, titled)
            elif f.end - f.start == 2 and tokens[f.start].norm in self.gazetteer.given_names:
                self._third_name(f, tokens, covered, titled)  # the model read the first two words itself
            elif self._split_van(tokens, f.end) and f.end + 2 < len(tokens) and self._name_word(tokens[f.end + 2].norm):
                # "رون [فان] رودن": the particle the tokenizer read as ف + ان ("فإن") joins the family name after it.
                family = covered[f.end + 2]
                f.end = found[family].end if family is not None and found[family].type == "PERSON" else f.end + 3
                if family is not None and found[family].type == "PERSON":
                    found[family].dropped = True
            elif last in _NAME_PARTICLES and is_arabic(following) and not is_verb(following):
                glued = f.end + 1 < len(tokens) and tokens[f.end].end == tokens[f.end + 1].start
                # The tokenizer may read a name's first letter as a proclitic ("لاين" → ل + اين): take both.
                f.end += 2 if following in PROCLITICS and glued else 1 if following not in STOP_WORDS else 0

    @staticmethod
    def _split_van(tokens: Sequence[Token], k: int) -> bool:
        """Whether tokens ``k`` and ``k + 1`` are the particle "فان" cut into ف + ان."""
        return (
            k + 1 < len(tokens)
            and tokens[k].norm == "ف"
            and tokens[k + 1].norm == "ان"
            and tokens[k].end == tokens[k + 1].start
            and tokens[k + 1].text.startswith("ا")  # "فإن" (then indeed) is written with hamza; the particle is not
        )

    def _third_name(
        self, f: _Found, tokens: Sequence[Token], covered: Sequence[int | None], titled: Collection[int]
    ) -> None:
        """After a title, a third word no everyday vocabulary has is the family name of a two-word name ("وزير
        الدفاع الصومالي أحمد معلم [فقي]"), as Somali, Sudanese and Chadian names of three words run."""
        if (
            f.start in titled
            and f.end < len(tokens)
            and covered[f.end] is None
            and self._name_word(tokens[f.end].norm)
            and not tokens[f.end].norm.startswith("و")  # "[و]مبعوث": the next phrase
            and tokens[f.end].norm not in self.common
            and self.vocab.get(tokens[f.end].norm, 0) <= _RARE_WORD
        ):
            f.end += 1

    def _nominal_bodies(self, tokens: Sequence[Token], found: list[_Found]) -> list[_Found]:
        """ "البنك" after "بنك المغرب", "الوزارة" after "وزارة الخارجية": a definite head noun standing alone
        refers back to the latest organisation named with that head; it becomes a nominal mention of it."""
        covered = _coverage([f for f in found if not f.dropped], len(tokens))
        named = sorted(
            (k for k, f in enumerate(found) if f.type == "ORG" and not f.dropped and not f.nominal),
            key=lambda k: found[k].start,
        )
        latest: dict[str, int] = {}
        out: list[_Found] = []
        seen = 0
        for i, token in enumerate(tokens):
            while seen < len(named) and found[named[seen]].end <= i:
                for head in _org_heads(tokens, found[named[seen]]):
                    latest[head] = named[seen]
                seen += 1
            norm = token.norm
            if covered[i] is not None or not norm.startswith("ال") or _bare(norm) not in latest:
                continue
            if i + 1 < len(tokens) and self._modifier(tokens[i + 1].norm):
                continue  # "البنك الدولي", "الوزارة الجديدة": a name or a description, not the same body
            out.append(_Found(i, i + 1, "ORG", "rule", nominal=True, coref=latest[_bare(norm)]))
        return out

    def _nominal_titles(
        self, tokens: Sequence[Token], found: list[_Found], titled: dict[int, set[str]]
    ) -> list[_Found]:
        """Title phrases not followed by a name, tied to the person introduced with the same title."""
        found_at = _index(found, len(tokens))
        # Countries, places and bodies a title may name ("الوزير الإيراني", "المتحدث باسم قوات الدعم السريع").
        places = frozenset(
            f.canonical for f in found if f.canonical and (f.type in _PLACE_LIKE or f.type == "ORG") and not f.dropped
        )
        people = [f for f in found if f.type == "PERSON" and not f.dropped and not f.nominal]
        out: list[_Found] = []
        i = 0
        while i < len(tokens):
            if not self._titled_at(tokens, i) or found_at[i] is not None:
                i += 1
                continue
            j = self._chain_end(tokens, i, found_at, found)
            nxt = found_at[j] if j < len(tokens) else None
            if nxt is not None and found[nxt].type == "PERSON":
                i = j
                continue
            head = _bare(tokens[i].norm)
            words = {_bare(t.norm) for t in tokens[i + 1 : j]} | {
                f.canonical for f in found if i < f.start < j and f.canonical
            }
            salience = {
                k: sum(1 for g in people if g.start < i and tokens[g.end - 1].norm == tokens[found[k].end - 1].norm)
                for k in titled
            }
            antecedent = _antecedent(i, head, words, titled, found, places=places, salience=salience)
            if antecedent is not None:
                # The title stands for the person; a body or place it names keeps its own mention ("رئيس [مجلس
                # الوزراء]", "زعيم [كوريا الشمالية]"), as news annotation marks it.
                end = min(
                    (f.start for f in found if i < f.start < j and not f.dropped and f.type in _NAMED_IN_TITLES),
                    default=j,
                )
                out.append(_Found(i, end, "PERSON", "rule", nominal=True, coref=antecedent))
            i = j
        return out


def _org_heads(tokens: Sequence[Token], f: _Found) -> set[str]:
    """The head nouns of an organisation's name, inside it ("مجلس بنك المغرب" → مجلس, بنك) or right before it
    ("شركة [قطر للطاقة]")."""
    first = max(f.start - 1, 0)
    return {_bare(t.norm) for t in tokens[first : f.end] if _bare(t.norm) in _ORG_HEADS}


def _antecedent(
    at: int,
    head: str,
    words: set[str],
    titled: dict[int, set[str]],
    found: list[_Found],
    *,
    places: frozenset[str],
    salience: Mapping[int, int],
) -> int | None:
    """The named person a title phrase at token ``at`` stands for.

    Candidates were introduced with the same title word, a synonym of it ("ملك" / "العاهل"), or as somebody's
    counterpart ("نظيره الإيراني"), which holds the same office; a candidate whose title names another country or
    body than the phrase does is someone else ("الوزير الإيراني" is not "وزير الخارجية السعودي", the spokesman of
    one body not another's). Prefer the one sharing
    the most modifiers ("الكوري الشمالي" ~ "كوريا الشمالية" through the gazetteer's canonical names), then one named
    before the phrase, then the one the article names most often before it (an interview's guest over a minister
    it quotes once), then the nearest. ``places`` are the canonical names of the article's countries, places and bodies;
    ``salience`` counts, per candidate, the article's mentions of the same family name before the phrase.
    """
    head = _TITLE_SYNONYMS.get(head, head)
    own_places = words & places
    chosen: int | None = None
    best: tuple[int, bool, int, int] | None = None
    for k, titles in titled.items():
        heads = {_TITLE_SYNONYMS.get(t, t) for t in titles}
        if head not in heads and not heads & _COUNTERPARTS:
            continue
        their_places = titles & places
        if own_places and their_places and not own_places & their_places:
            continue
        rank = (len(words & titles), found[k].start < at, salience.get(k, 0), -abs(at - found[k].start))
        if best is None or rank > best:
            best, chosen = rank, k
    return chosen


_SOURCE_RANK = {"rule": 0, "gazetteer": 1, "model": 2}


def _short_of(name: _Found, place: _Found) -> bool:
    """Whether a model name is a single word besides the place in it ("شويغو بيونغيانغ"); a longer name ending in a
    place name is a full name whose surname is spelled like a place ("ماريا تيريزا فرنانديس دي لافيغا")."""
    return (name.end - name.start) - (place.end - place.start) < 2


def _drop_crossing_model_spans(
    found: list[_Found], norms: Sequence[str], confidence: Sequence[Mapping[str, float]] | None = None
) -> None:
    """A model span that straddles a rule span's edge ("الزامبي مولوكا" against the rule's "مولوكا تشيمبا" after
    "وزير الخارجية الزامبي") loses to the rule, whatever their lengths; so does a model person that swallows a
    known place or organisation ("شويغو بيونغيانغ"), unless the model is sure the place's words are the person's
    ("جون بولتون": Bolton is a town too)."""
    rules = [f for f in found if f.source == "rule"]
    places = [f for f in found if f.source == "gazetteer" and f.type in ("GPE", "ORG", "LOC")]
    listed_after = {
        (r.start, r.end, g.end)
        for r in rules
        for g in places
        if g.start == r.end and g.type in ("GPE", "LOC") and is_definite(norms[r.end - 1])
    }

    def sure(g: _Found) -> bool:
        return confidence is not None and all(
            confidence[k].get("PERSON", 0.0) >= CERTAIN for k in range(g.start, g.end)
        )

    people = [f for f in found if f.source == "gazetteer" and f.type == "PERSON"]
    for f in found:
        if f.source != "model":
            continue
        if f.type == "PERSON" and len({(g.start, g.end) for g in people if f.start <= g.start and g.end <= f.end}) >= 2:
            # "يستقبل الرئيس الأمريكي [دونالد ترامب] [نتنياهو]": two listed people in a row are subject and object.
            f.dropped = True
            continue
        if f.type == "PERSON" and any(
            f.start <= g.start and g.end <= f.end and not sure(g) and _short_of(f, g) for g in places
        ):
            f.dropped = True
            continue
        if f.type == "PERSON" and any(g.start < f.start < g.end < f.end for g in places):
            f.dropped = True  # "معبر [جابر الحدودي]": a person that starts inside a listed crossing is its name
            continue
        for r in rules:
            overlaps = f.start < r.end and r.start < f.end
            nested = r.start <= f.start and f.end <= r.end
            # A model organisation that goes on after the rule's name with another name ("حركة المقاومة الفلسطينية
            # حماس") bounds it the way news annotation does; a nationality after a brand stays outside.
            holds = (
                f.type == r.type == "ORG"
                and f.start == r.start
                and r.end <= f.end
                and not any(is_adjective(norms[k]) for k in range(r.end, f.end))
                # "زار وفد من [البنك الدولي] [دمشق]": a listed place right after the name is the verb's object.
                and (r.start, r.end, f.end) not in listed_after
            )
            if overlaps and not nested and not holds:
                f.dropped = True
                break


SURE = 0.5  # model probability of being part of a name above which a word the rules distrust stays in its name
# Model probability above which its person reading of a gazetteer place inside a name stands ("جون بولتون"); set
# well above SURE because a place right after a name ("زار شويغو بيونغيانغ") often gets a middling person reading.
CERTAIN = 0.95
VETO = 0.1  # below this model probability of being part of a name, no word of a rule or gazetteer span is one


def _veto_unlikely(
    found: list[_Found],
    confidence: Sequence[Mapping[str, float]],
    tokens: Sequence[Token],
    vocab: Mapping[str, int],
    given_names: frozenset[str] = frozenset(),
) -> None:
    """Drop rule and gazetteer names the model reads as plain words.

    Rules and gazetteers match words out of context: a common noun after a title ("رئيس ادارة"), a description
    after an organisation head ("الشركة العملاقة"), a city that is also a surname ("بولتون"). The model sees the
    sentence; when it gives none of the span's words even a small chance of being part of a name of the span's kind
    (places of any kind count as one), the span goes. Spans the model itself tagged are left to the other rules.
    """
    model_at = _model_at(found, len(tokens))
    for f in found:
        if f.source == "model" or f.nominal or f.dropped or f.trusted or f.type not in _VETOED:
            continue
        # A first word the corpus never saw, after a title, is a name the 2000s newswire did not know ("أفيخاي
        # أدرعي", "نواف سلام"), not a common noun: it keeps its second word and survives the veto.
        new_name = f.source == "rule" and f.type == "PERSON" and vocab.get(tokens[f.start].norm, 0) <= 1
        # Two rare words after a title, the last never seen ("تومي بيغوت"): a foreign name, not a common noun.
        new_name = new_name or (
            f.source == "rule"
            and f.type == "PERSON"
            and f.end - f.start >= 2
            and vocab.get(tokens[f.end - 1].norm, 0) == 0
            and all(vocab.get(t.norm, 0) <= _RARE_WORD for t in tokens[f.start : f.end])
        )
        if f.source == "rule" and f.type == "PERSON":
            # A name read after a title runs on into the words that follow it ("مناحيم مازوز ملاحقة"); a word the
            # corpus has never seen is more likely the rest of the name ("ربيع دكانة") than a word after it.
            while (
                f.end > f.start + (2 if new_name else 1)
                and confidence[f.end - 1].get("PERSON", 0.0) < VETO
                and vocab.get(tokens[f.end - 1].norm, 0) > 1
            ):
                f.end -= 1
        if any(m is not None for m in model_at[f.start : f.end]):
            continue
        known_first = new_name or tokens[f.start].norm in given_names
        if f.source == "rule" and f.type == "PERSON" and f.end - f.start >= 2 and known_first:
            continue  # "الأمين العام للحزب نعيم قاسم": a title, a known given name and a second name
        if f.source == "gazetteer" and f.end - f.start >= 2:
            continue  # a listed name of several words ("قوات الدعم السريع") is no chance reading of plain words
        kinds: tuple[str, ...] = _PLACE_KINDS if f.type in _PLACE_KINDS else (f.type,)
        if f.end - f.start == 1 and _with_article(tokens[f.start].norm) in _PLACE_AGENCIES:
            kinds = ("ORG", *_PLACE_KINDS)  # "للأناضول": the model's doubt between the agency and the region
        best = max((sum(confidence[k].get(kind, 0.0) for kind in kinds) for k in range(f.start, f.end)), default=0.0)
        if best < VETO:
            f.dropped = True


def _people_over_vetoed_places(found: list[_Found]) -> None:
    """A model person dropped for swallowing a listed place ("محمد [ديلي]", Dili) comes back when the model's
    veto has dropped that place too and nothing else now covers the person's words."""
    for f in found:
        if not f.dropped or f.source != "model" or f.type != "PERSON":
            continue
        inside = [g for g in found if g is not f and f.start < g.end and g.start < f.end]
        swallowed = [g for g in inside if g.source == "gazetteer" and g.type in _PLACE_KINDS]
        if (
            swallowed
            and all(g.dropped for g in inside)
            and all(f.start <= g.start and g.end <= f.end for g in swallowed)
        ):
            f.dropped = False


def _adjective_places(found: list[_Found], tokens: Sequence[Token], confidence: Sequence[Mapping[str, float]]) -> None:
    """A listed one-word place spelled like an adjective, right after a definite noun it can describe, is that
    adjective ("المواسم [المطرية]", rainy, not the town of Matariya) unless the model reads a place there."""
    for f in found:
        if (
            f.dropped
            or f.source != "gazetteer"
            or f.type not in _PLACE_KINDS
            or f.end - f.start != 1
            or f.start == 0
            or not is_definite(tokens[f.start].norm)
            or not is_adjective(tokens[f.start].norm)
        ):
            continue
        before = tokens[f.start - 1].norm
        if (
            is_definite(before)
            and not is_adjective(before)
            and is_arabic(before)
            and before not in STOP_WORDS
            and sum(confidence[f.start].get(kind, 0.0) for kind in _PLACE_KINDS) < SURE
            and not any(g.source == "model" and not g.dropped and g.start <= f.start < g.end for g in found)
        ):
            f.dropped = True


def _join_heads(found: list[_Found], tokens: Sequence[Token]) -> None:
    """Take a bare organisation head into the name right after it: "حركة [فتح]" → "[حركة فتح]".

    The model and the aliases often tag the brand alone; the newswire convention keeps a party, movement or
    company head in the name. Media heads are not joined (:data:`_MEDIA_HEADS`), nor a head another name holds.
    """
    covered = _coverage([f for f in found if not f.dropped], len(tokens))
    for f in found:
        if f.dropped or f.type != "ORG" or f.start == 0 or f.nominal:
            continue
        if tokens[f.start - 1].norm in _JOINED_HEADS and covered[f.start - 1] is None:
            f.start -= 1
            f.skip = 0  # the glued letters belonged to the old first token


def _trim_model_bodies(found: list[_Found], tokens: Sequence[Token]) -> list[_Found]:
    """Where the model reads a body the words do not name, as the project's gold articles taught it to:
    "[القوات الإسرائيلية] مخيم نور شمس" ends at its nationality, and the site after it is a place of its own;
    "نادي [الهلال]" is named by its title; "شرق [الأناضول]" is a region, not the agency; "مع المجلس [لتنظيم]
    الانتخابات" (a bare definite head and what it works for) and "السياسة [الخارجية] الإيرانية" (an adjective of the
    noun before it) are no names. Returns the new spans."""
    added: list[_Found] = []
    ends = {f.end for f in found if not f.dropped}
    for f in found:
        if f.dropped or f.type != "ORG" or f.source != "model":
            continue
        for h in range(f.start + 2, f.end - 1):
            if tokens[h].norm in _SITE_HEADS and is_adjective(tokens[h - 1].norm) and is_definite(tokens[h - 1].norm):
                added.append(_Found(h, f.end, "LOC", "model"))
                f.end = h
                break
        if f.start and is_definite(tokens[f.start - 1].norm) and _bare(tokens[f.start].norm) in _ADJECTIVE_HEADS:
            f.dropped = True
            continue
        if f.end - f.start == 1 and f.start and tokens[f.start - 1].norm in _COMPASS and f.start not in ends:
            f.start, f.type = f.start - 1, "LOC"
            continue
        if f.end - f.start == 2 and tokens[f.start].norm in _TITLE_NAMED and is_definite(tokens[f.start + 1].norm):
            f.start += 1
            continue
        second = tokens[f.start + 1].norm if f.end - f.start > 1 else ""
        if (
            second.startswith("ل")
            and not second.startswith("لل")
            and is_definite(tokens[f.start].norm)
            and not is_adjective(tokens[f.start].norm)
        ):
            f.dropped = True
    return added


def _sites(
    found: list[_Found], tokens: Sequence[Token], vocab: Mapping[str, int], common: Collection[str]
) -> list[_Found]:
    """A site head and the name after it are one place: "[مخيم نور شمس]", "[ميناء جيهان]", "[معبر أدري]".

    News annotation (NewsFANE's facilities, the project's gold) keeps the head in a named site, whatever the model
    read the name as. Where nothing names the word after the head, a word the corpus has hardly seen ("زمزم",
    "الرميلة") is the site's name; a common word ("مخيم [النازحين]") is not. Returns the new spans.
    """
    covered = _coverage([f for f in found if not f.dropped], len(tokens))
    added: list[_Found] = []
    for h, token in enumerate(tokens[:-1]):
        if token.norm not in _SITE_HEADS or covered[h] is not None:
            continue
        k = covered[h + 1]
        if k is not None:
            f = found[k]
            if tokens[h + 1].norm in _SITE_HEADS:
                continue  # "سجن [جزيرة إمرالي]": the place already has its own head
            if f.start == h + 1 and not f.nominal and f.type in ("PERSON", *_PLACE_KINDS):
                f.start, f.type = h, "LOC"
            continue
        end = h + 1
        if tokens[end].norm in _SITE_JOINERS and end + 1 < len(tokens) and covered[end + 1] is None:
            end += 1  # "مخيم [أبو] شوك", "معبر [باب] الهوى"
        norm = tokens[end].norm
        if (
            is_arabic(norm)
            and len(norm) >= 3
            and norm not in STOP_WORDS
            and not is_verb(norm)
            and not norm.startswith("لل")  # "مخيم [للنازحين]": what the camp is for
            and vocab.get(norm, 0) <= _SURNAME_RARE
            # A nisba ending makes a description ("مخيم [مؤقت]" aside, "معبر [حدودي]") unless no everyday
            # vocabulary has the word ("جزيرة [إمرالي]").
            and not (is_adjective(norm) and (norm in common or is_definite(norm)))
        ):
            end += 1
            if (
                end < len(tokens)
                and covered[end] is None
                and is_arabic(tokens[end].norm)
                and not is_definite(tokens[end].norm)
                and tokens[end].norm not in common
                and tokens[end].norm not in STOP_WORDS
                and vocab.get(tokens[end].norm, 0) <= _SURNAME_RARE
            ):
                end += 1  # "جبال [كال مسكاد]": a foreign name of two words
            added.append(_Found(h, end, "LOC", "rule"))
    for f in found:
        if (
            not f.dropped
            and not f.nominal
            and f.type == "PERSON"
            and f.end - f.start > 1
            and _bare(tokens[f.start].norm) in _SITE_HEADS  # the model took the head in
        ):
            f.type = "LOC"
    return added


def _place_head(norm: str) -> str | None:
    """The bare place head a word is, with a preposition or conjunction glued to it ("بمنطقة"), or None."""
    return _PLACE_HEAD_FORMS.get(norm)


_MAX_NATIONAL_NAME = 3


def _nationals(
    found: list[_Found], tokens: Sequence[Token], common: Collection[str], vocab: Mapping[str, int]
) -> list[_Found]:
    """A masculine nationality adjective before two or three words no list or corpus knows introduces a person:
    "يعادل الإيراني [سردار آزمون] النتيجة", as news writes a foreign player or official by nationality and name.
    Returns the new spans."""
    covered = _coverage([f for f in found if not f.dropped], len(tokens))
    added: list[_Found] = []
    for f in found:
        nisba = tokens[f.start].norm
        if f.dropped or f.type != "NORP" or f.end != f.start + 1 or not (is_definite(nisba) and nisba.endswith("ي")):
            continue  # a masculine singular: a plural or feminine one describes a noun before it
        end = f.end
        while (
            end < len(tokens)
            and end - f.end < _MAX_NATIONAL_NAME
            and covered[end] is None
            and is_arabic(tokens[end].norm)
            and not is_definite(tokens[end].norm)
            and tokens[end].norm not in STOP_WORDS
            and tokens[end].norm not in common
            and vocab.get(tokens[end].norm, 0) <= 1
            and not is_verb(tokens[end].norm)
        ):
            end += 1
        # One unknown word is as often a verb or a noun the lists lack ("التركي [استؤنفت]"); two are a name.
        if end - f.end >= 2:
            added.append(_Found(f.end, end, "PERSON", "rule"))
    return added


def _named_places(
    found: list[_Found],
    tokens: Sequence[Token],
    common: Collection[str],
    confidence: Sequence[Mapping[str, float]] | None,
) -> list[_Found]:
    """The name after a town or district word, where nothing else names it: "قرب بلدة [تين زاواتين]".

    A word that is no everyday Arabic word (``common``), or an everyday word the model reads as a place ("مدينة
    [صور]", صور is also "pictures") unless it has an adjective's feminine ending, is the place's name; a description
    ("منطقة [عازلة]", "مدينة [ساحلية]") is not. After a plural head ("مخيمات", "مناطق") names joined by و are
    places too. Returns the new spans.
    """
    if not any(t.norm in _PLACE_HEAD_FORMS for t in tokens):
        return []
    covered = _coverage([f for f in found if not f.dropped], len(tokens))

    def place_conf(k: int) -> float:
        return 0.0 if confidence is None else sum(confidence[k].get(kind, 0.0) for kind in _PLACE_KINDS)

    def name_word(k: int, norm: str, *, first: bool = True) -> bool:
        return (
            covered[k] is None
            and is_arabic(norm)
            and len(norm) >= 3
            and norm not in STOP_WORDS
            and not is_verb(norm)
            # A nisba ending is an adjective's first ("قرية [ساحلية]"); further on, in a word no everyday
            # vocabulary has, it is part of the name ("تين [كراشي]").
            and not (first and is_adjective(norm))
            and _place_head(norm) is None
        )

    def name_at(k: int, norm: str) -> int:
        """The end of a place name starting at ``k`` (``norm`` its word), or ``k`` when none starts there."""
        def more(j: int) -> bool:
            return (
                j < len(tokens)
                and j - k < _MAX_PLACE_WORDS
                and name_word(j, tokens[j].norm, first=False)
                and tokens[j].norm not in common
                and not is_definite(tokens[j].norm)
                and not tokens[j].norm.startswith("و")  # "مخيمات العامرة [وجبنيانة]": the list's next name
            )

        if not name_word(k, norm) or norm in _COMPASS:
            return k  # "مخيمات [شمال] الضفة": a direction before a place is read by _compass_regions
        if norm in _PLACE_NAME_PARTS and k + 1 < len(tokens) and name_word(k + 1, tokens[k + 1].norm):
            return k + 2  # "منطقة [رأس الحكمة]"
        # An everyday word is the name's first word when a word that is none follows it ("[تين زاواتين]"), but not
        # a verb with its object in the accusative ("منطقة تواجه ضغوطا").
        if (
            norm in common
            and (place_conf(k) < _PLACE_READING or norm.endswith(_FEMININE_ENDING))
            and not (more(k + 1) and not tokens[k + 1].norm.endswith("ا"))
        ):
            return k
        end = k + 1
        while more(end):
            end += 1
        return end

    added: list[_Found] = []
    h = 0
    while h < len(tokens) - 1:
        head = _place_head(tokens[h].norm)
        if head is None or covered[h] is not None:
            h += 1
            continue
        kind = _PLACE_HEADS[head]
        end = name_at(h + 1, tokens[h + 1].norm)
        if end == h + 1:
            h += 1
            continue
        added.append(_Found(h + 1, end, kind, "rule"))
        while head in _PLURAL_PLACE_HEADS and end < len(tokens):
            # "مخيمات أدري وفرشانا": the next name of the list, its conjunction a token or glued to it.
            norm = tokens[end].norm
            if norm == "و" and end + 1 < len(tokens):
                start, skip, word = end + 1, 0, tokens[end + 1].norm
            elif norm.startswith("و") and len(norm) > 3:
                start, skip, word = end, 1, norm[1:]
            else:
                break
            after = name_at(start, word)
            if after == start:
                break
            added.append(_Found(start, after, kind, "rule", skip=skip))
            end = after
        h = end
    return added


def _compass_provinces(found: list[_Found], tokens: Sequence[Token]) -> None:
    """ "ولاية [شمال] دارفور": after a province word, the compass word before a listed place is part of the
    province's name, as news annotation writes the Sudanese and Yemeni states ("شمال دارفور", "جنوب كردفان")."""
    covered = _coverage([f for f in found if not f.dropped], len(tokens))
    for f in found:
        if (
            f.dropped
            or f.nominal
            or f.type not in ("GPE", "LOC")
            or f.start < 2
            or tokens[f.start - 1].norm not in _COMPASS
            or covered[f.start - 1] is not None
            or _place_head(tokens[f.start - 2].norm) not in _PROVINCE_HEADS
        ):
            continue
        f.start -= 1
        f.skip = 0  # the glued letters belonged to the old first token
        f.type = "GPE"


def _countries_after_prepositions(found: list[_Found], tokens: Sequence[Token]) -> list[_Found]:
    """ "الحدودية مع [مالي]", "ب[مالي]": a country spelled like an adjective ("مالي", financial) is the country
    after a preposition, where no adjective can stand; the lists leave it out for its adjective uses."""
    if not any(t.norm in _PREPOSITIONAL_COUNTRIES for t in tokens):
        return []
    covered = _coverage([f for f in found if not f.dropped], len(tokens))
    return [
        _Found(k, k + 1, "GPE", "rule", canonical=_PREPOSITIONAL_COUNTRIES[t.norm])
        for k, t in enumerate(tokens)
        if k > 0 and t.norm in _PREPOSITIONAL_COUNTRIES and covered[k] is None and tokens[k - 1].norm in PREPOSITIONS
    ]


def _facilities(found: list[_Found], tokens: Sequence[Token]) -> None:
    """Facilities are places, except the seats that name a government ("الكرملين", "البيت الأبيض"), which are its
    organisation: the gold format has no FAC type, and its annotators list crossings, ports and fields as LOC."""
    for f in found:
        if f.type == "FAC":
            f.type = "ORG" if " ".join(t.norm for t in tokens[f.start : f.end]) in _SEATS else "LOC"


def _link(norm: str) -> bool:
    """Whether a token is a web address ("pic.twitter.com/...", "https://...")."""
    return "/" in norm or norm.startswith(("http", "www.", "pic.")) or ".com" in norm


def _jussive(norm: str) -> bool:
    """An imperfect verb that lost its final ي after لم/لا ("لم يلتق"), which the lexicon lists with it."""
    return len(norm) >= 3 and norm[0] in "يت" and is_verb(norm + "ي")


def _without_pronoun(norm: str) -> str:
    """The noun without a possessive pronoun suffix ("وفدها" → "وفد"), for frequency lookups."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            return norm[: -len(suffix)]
    return norm


def _citation_form(text: str) -> str | None:
    """The name as cited alone when the text glues ل to its article: "للمنظمة الدولية للهجرة" → "المنظمة الدولية
    للهجرة" (ل + ال is written لل, so no offset can leave the preposition out)."""
    if text.startswith("لل") and len(text.split(" ", 1)[0]) >= 5:
        return "ال" + text[2:]
    return None


def _disagree(head: str, nisba: str) -> bool:
    """Whether a nationality adjective cannot describe a head noun for gender: "الحكومة" (feminine, as a plural
    like "القوات" is for agreement) takes "الإسبانية", not "الإسباني"."""
    feminine_head = head.endswith(("ه", "ات"))
    if nisba.endswith("يه"):
        return not feminine_head
    return nisba.endswith("ي") and feminine_head


def _absorb_nisba(found: list[_Found], tokens: Sequence[Token]) -> None:
    """Take the nationality adjective after a body named by head and genitive into its name: "[وزارة الخارجية]
    [القطرية]" → "[وزارة الخارجية القطرية]", as newswire annotation (NewsFANE, the seed's "جهاز المخابرات الوطنية
    الكورية الجنوبية") names the Qatari ministry. A brand keeps its nationality outside ("سينوبك الصينية")."""
    norp_at: dict[int, _Found] = {
        f.start: f for f in found if f.type == "NORP" and not f.dropped and f.end == f.start + 1
    }
    for f in found:
        if f.dropped or f.nominal or f.type != "ORG" or f.end - f.start < 2 or not is_definite(tokens[f.end - 1].norm):
            continue
        adjective = norp_at.get(f.end)
        if adjective is None:
            continue  # (nothing after the name, or no nationality: a name can end the text)
        nisba = tokens[f.end].norm
        if (
            not is_definite(nisba)
            or (_disagree(tokens[f.start].norm, nisba) and _disagree(tokens[f.end - 1].norm, nisba))
        ):
            continue
        adjective.dropped = True
        f.end += 1
        if f.end < len(tokens) and tokens[f.end].norm in _COMPASS_ADJECTIVES:
            f.end += 1  # "الكورية [الجنوبية]"


def _nisba_surnames(found: list[_Found], tokens: Sequence[Token]) -> None:
    """A masculine nationality adjective right after a person's full name is their family name ("محمد شياع
    [السوداني]", "أحمد بن سلمان [المسلم]"): Arabic puts a nationality before the name ("الرئيس العراقي X"), so one
    after it can only be part of it."""
    norp_at: dict[int, _Found] = {
        f.start: f for f in found if f.type == "NORP" and not f.dropped and f.end == f.start + 1
    }
    for f in found:
        if f.dropped or f.nominal or f.type != "PERSON" or f.end - f.start < 2:
            continue
        adjective = norp_at.get(f.end)
        norm = tokens[f.end].norm if adjective is not None else ""
        if adjective is None or not (is_definite(norm) and norm.endswith("ي")):
            continue
        adjective.dropped = True
        f.end += 1


def _kind_of(entity_type: str) -> str:
    return "PLACE" if entity_type in _PLACE_KINDS else entity_type


def _model_types_win(found: list[_Found], tokens: Sequence[Token]) -> None:
    """Where the model and a gazetteer or rule name the same words as different kinds of thing, the model wins;
    where they bound an organisation or a place differently, the model's bounds win ("نهر [الفرات]").

    The gazetteer knows a word can name a place; the model sees the sentence, where a city or a country often
    stands for its team, club or government ("فاز مانشستر", "منتخب تايلاند" ... "تايلاند"). An organisation rule
    takes a head noun and every modifier after it; news annotation leaves a media head and a nationality after a
    brand outside the name ("صحيفة الاهرام القاهرية", "وكالة فرانس برس"), as the model learned.
    """
    model_at = _model_at(found, len(tokens))
    for f in found:
        if f.source == "model" or f.nominal or f.dropped:
            continue
        same = model_at[f.start]
        other_kind = (
            same is not None and (same.start, same.end) == (f.start, f.end) and _kind_of(same.type) != _kind_of(f.type)
        )
        if (
            other_kind
            and same is not None
            and f.source == "gazetteer"
            and f.type == "GPE"
            and same.type == "ORG"
            and f.end - f.start >= 2
            and not (f.start > 0 and _bare(tokens[f.start - 1].norm) in _TEAM_HEADS)
        ):
            # "إلى [الكونغو الديمقراطية]": a listed state of several words is the state, though its last word
            # reads like a party's; a city standing for its club is one word ("فاز مانشستر").
            same.dropped = True
            continue
        inside = [m for m in model_at[f.start : f.end] if m is not None]
        other_bounds = _kind_of(f.type) in ("ORG", "PLACE") and any(
            _kind_of(m.type) in ("ORG", "PLACE") and (m.start, m.end) != (f.start, f.end) for m in inside
        )
        if (
            other_bounds
            and f.source == "gazetteer"
            and _kind_of(f.type) == "PLACE"
            and all(_kind_of(m.type) == "PLACE" and f.start <= m.start and m.end <= f.end for m in inside)
            and all(
                _bare(tokens[k].norm) in _PLACE_NAME_PARTS
                or _bare(tokens[k].norm) in _GEO_HEADS
                # "[إفريقيا] جنوب الصحراء"; a compass word before the name ("جنوب [لبنان]") stays out, as NewsFANE
                # marks it.
                or (tokens[k].norm in _COMPASS and k > f.start and _place_head(tokens[k - 1].norm) is None)
                for k in range(f.start, f.end)
                if not any(m.start <= k < m.end for m in inside)
            )
        ):
            # A listed place of several words holds the part the model saw ("أم [درمان]", "شمال [دارفور]", "مضيق
            # [هرمز]").
            for m in inside:
                m.dropped = True
            continue
        if (
            other_bounds
            and f.source == "gazetteer"
            and f.type == "ORG"
            and f.end - f.start >= _LONG_NAME
            and all(_kind_of(m.type) in ("ORG", "PLACE") and f.start <= m.start and m.end <= f.end for m in inside)
        ):
            # "المفوضية السامية [للأمم المتحدة] لشؤون اللاجئين", "بعثة الأمم المتحدة للدعم في [ليبيا]": a long listed
            # name of a body holds the body it belongs to and the country it serves, which the model, trained on
            # newswire that marks only those, saw alone. The organisation rule's shorter reading of it goes too, so
            # that "البعثة" later refers to the listed name.
            for m in inside:
                m.dropped = True
            for g in found:
                if g.source == "rule" and g.type == "ORG" and f.start <= g.start and g.end < f.end:
                    g.dropped = True
            continue
        if (
            other_bounds
            and f.source == "rule"
            and f.type == "ORG"
            and all(
                m.type == "ORG"
                and m.start == f.start
                and m.end < f.end
                and tokens[m.end].norm == "و"
                for m in inside
            )
        ):
            # "وزارة المياه و[الري]": a ministry of two portfolios, which the model ends at the conjunction.
            for m in inside:
                m.dropped = True
            continue
        if other_kind or other_bounds:
            f.dropped = True


def _quoted_titles(found: list[_Found], tokens: Sequence[Token]) -> list[_Found]:
    """A name alone in quotation marks after a media head or as a byline is a publication ("صحيفة «التيار»",
    "لـ«الشرق الأوسط»", "الرياض: «الشرق الأوسط»"): news sets off a paper's title so, not a place's or a person's
    name. Returns the titles no candidate covers yet."""
    added: list[_Found] = []
    covered = _coverage([f for f in found if not f.dropped], len(tokens))
    for o, token in enumerate(tokens):
        if token.norm not in _OPENING_MARKS or o + 2 >= len(tokens):
            continue
        c = next(
            (k for k in range(o + 2, min(o + 2 + _MAX_TITLE_WORDS, len(tokens))) if tokens[k].norm in _CLOSING_MARKS),
            None,
        )
        before = tokens[o - 1].norm if o > 0 else ""
        if c is None or not (_bare(before) in _MEDIA_HEADS or before in _TITLE_INTRODUCERS):
            continue
        if before == ":" and o > 1 and not ((at := covered[o - 2]) is not None and found[at].type in _PLACE_KINDS):
            continue  # a colon after a speaker ("ماكرون: "..."") opens words; only a dateline's ("الرياض:") a title
        inside = [f for f in found if not f.dropped and o < f.start and f.end <= c]
        if any((f.start, f.end) == (o + 1, c) and f.type in ("GPE", "LOC", "PERSON") for f in inside):
            for f in inside:
                if (f.start, f.end) == (o + 1, c):
                    f.type = "ORG"
        elif (
            not any((f.start, f.end) == (o + 1, c) for f in inside)
            and all((at := covered[k]) is None or found[at] in inside for k in range(o + 1, c))
            and all(is_arabic(tokens[k].norm) or tokens[k].norm.isalnum() for k in range(o + 1, c))
        ):
            for f in inside:
                f.dropped = True  # "قناة "[ميدي] 1 تيفي"": a part of the title is no name of its own
            # The marks and the media head say it is a title: the model, which reads "الوطن" as "the homeland",
            # has no say against them.
            added.append(_Found(o + 1, c, "ORG", "rule", trusted=True))
    return added


def _paper_titles(found: list[_Found], tokens: Sequence[Token]) -> None:
    """A paper or channel is named by its title alone ("صحيفة [الرؤية] العمانية", "قناة [القاهرة الإخبارية]"),
    without the head or the country after it, whoever found it: news annotation marks it so."""
    norp = {f.start for f in found if f.type == "NORP" and f.end == f.start + 1}
    for f in found:
        if f.dropped or f.type != "ORG" or f.end - f.start < 2 or _bare(tokens[f.start].norm) not in _PAPER_HEADS:
            continue
        f.start += 1
        f.skip = 0  # the glued letters belonged to the old first token
        if f.end - f.start >= 2 and f.end - 1 in norp:
            f.end -= 1


def _name_edges(found: list[_Found], tokens: Sequence[Token]) -> None:
    """Words a name does not end with: an adjective saying where a place lies ("المفرق القريبة"), and a
    prepositional word with a possessive pronoun after a person's name ("مهدى [لجماهيرنا]")."""
    for f in found:
        if f.dropped:
            continue
        if f.type in _PLACE_KINDS:
            while f.end - f.start > 1 and tokens[f.end - 1].norm in _PLACE_DESCRIPTORS:
                f.end -= 1
        elif f.type == "PERSON":
            if f.end - f.start > 1 and tokens[f.end - 1].norm in MANNER_ADVERBS:
                f.end -= 1  # "رد الركراكي [ضاحكا]": how he spoke
            while f.end > f.start and _possessed(tokens, f.end - 1):
                f.end -= 2 if f.end - 2 >= f.start and tokens[f.end - 2].norm in _GLUED_PREPOSITIONS else 1
            f.dropped = f.end <= f.start


def _coordinated_words(
    found: list[_Found], tokens: Sequence[Token], common: Collection[str], given_names: Collection[str]
) -> None:
    """A person's name does not go on with و and an everyday word ("اتفاق [عادل] ومتوازن"): a name joins no
    adjective that way, so the name ends there; one everyday word before an indefinite one was a coordination of
    adjectives, not a name."""
    for f in found:
        if f.dropped or f.type != "PERSON":
            continue
        # Only the last word: inside a longer name a و-word is more often a foreign name ("كومان ويلي رونو").
        last = f.end - 1
        norm = tokens[last].norm
        if (
            last > f.start
            and norm.startswith("و")
            and len(norm) >= 4
            and len(tokens[last - 1].norm) >= 3  # "بن ف وستر": a name the tokenizer cut, not a coordination
            and norm[1:] in common
            and norm[1:] not in given_names
            and norm not in given_names
        ):
            # One everyday word before an indefinite one: "عادل ومتوازن" was never a name.
            f.dropped = last == f.start + 1 and tokens[f.start].norm in common and not is_definite(norm[1:])
            f.end = last


def _possessed(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a noun with "our", "your" or "their" after ل or ب, glued ("لجماهيرنا") or split off."""
    norm = tokens[k].norm
    if not norm.endswith(_POSSESSED_PLURAL) or len(norm) < 5:
        return False
    return (norm[0] in _GLUED_PREPOSITIONS and len(norm) >= 6) or (k > 0 and tokens[k - 1].norm in _GLUED_PREPOSITIONS)


def _bracketed_abbreviations(found: list[_Found], tokens: Sequence[Token]) -> None:
    """ "حلف شمال الأطلسي (ناتو)": a name in brackets right after an organisation's is its abbreviation: the same
    organisation, whatever the model read it as."""
    org_ends = {f.end: k for k, f in enumerate(found) if not f.dropped and f.type == "ORG" and not f.nominal}
    # "ريال مدريد (إسبانيا)": a listed place in brackets is where a club or a company is from.
    places = {(f.start, f.end) for f in found if f.source == "gazetteer" and f.type in _PLACE_KINDS}
    for f in found:
        if (
            not f.dropped
            and (f.start, f.end) not in places
            and f.start >= 2
            and f.end < len(tokens)
            and tokens[f.start - 1].norm == "("
            and tokens[f.end].norm == ")"
            and f.start - 1 in org_ends
        ):
            f.type = "ORG"
            f.coref = org_ends[f.start - 1]  # one body: "ناتو" joins "حلف شمال الأطلسي"


def _fixed_phrases(found: list[_Found], tokens: Sequence[Token]) -> None:
    """Names the words of a fixed phrase only look like: "بحسن نية" (in good faith) is nobody, and a continent or
    country inside a tournament's name ("كأس آسيا") is not the place."""
    for f in found:
        if f.dropped:
            continue
        words = [t.norm for t in tokens[f.start : f.end]]
        goodness = f.type == "PERSON" and len(words) == 2 and words[0] == "حسن" and words[1] in _GOODNESS_OF
        tournament = f.type in _PLACE_KINDS and f.start > 0 and tokens[f.start - 1].norm in _TOURNAMENT_HEADS
        if goodness or tournament:
            f.dropped = True


def _within_lines(found: list[_Found], tokens: Sequence[Token], text: str) -> None:
    """No name runs across a line break: a heading's last word and the next line's first ("غارة على الشباب /
    ميدانيا، قتل") are two phrases. A candidate ends at the first break inside it."""
    for f in found:
        if f.dropped:
            continue
        for k in range(f.start, f.end - 1):
            if "\n" in text[tokens[k].end : tokens[k + 1].start]:
                f.end = k + 1
                break


def _platforms(found: list[_Found], tokens: Sequence[Token]) -> None:
    """ "كتب على إكس": a platform (with the preposition the model may take in) is nobody and nowhere."""
    for f in found:
        if f.dropped or tokens[f.end - 1].norm not in _PLATFORMS:
            continue
        if f.type == "ORG" and (f.start == 0 or tokens[f.start - 1].norm not in _VIA_PLATFORM):
            continue  # "أعلنت فيسبوك": the company
        if all(t.norm in _PLATFORMS or t.norm in _VIA_PLATFORM for t in tokens[f.start : f.end]):
            f.dropped = True


def _with_article(norm: str) -> str:
    """The definite form of a word with ل + the article contracted ("للأناضول" → "الأناضول")."""
    return "ا" + norm[1:] if norm.startswith("لل") and len(norm) > 4 else norm


def _agencies(found: list[_Found], tokens: Sequence[Token]) -> None:
    """ "الأناضول" in news is the agency (datelines "أنقرة/ الأناضول", "نقلت الأناضول"), not Anatolia, unless a
    compass word or a region's head says otherwise ("شرق الأناضول")."""
    for f in found:
        if (
            f.dropped
            or f.type not in _PLACE_KINDS
            or f.end - f.start != 1
            or _with_article(tokens[f.start].norm) not in _PLACE_AGENCIES
        ):
            continue
        before = _bare(tokens[f.start - 1].norm) if f.start > 0 else ""
        if before not in _REGION_WORDS:
            f.type = "ORG"


def _within_quotes(found: list[_Found], tokens: Sequence[Token]) -> None:
    """No name runs across a quotation mark ("صحيفة «التيار» السودانية" is the paper's head, its title and an
    adjective): a candidate with a mark inside it goes, and the title in the marks stands alone."""
    marks = _OPENING_MARKS | _CLOSING_MARKS
    for f in found:
        if not f.dropped and any(tokens[k].norm in marks for k in range(f.start, f.end)):
            f.dropped = True


def _settlement_heads(found: list[_Found], tokens: Sequence[Token]) -> None:
    """ "مدينة [الفاشر]", "بلدة [الخيام]": the word for a town is no part of its name, as news annotation (NewsFANE
    tags it nine times in ten) leaves it; the bare name then joins the town's other mentions. A name whose listed
    form is named with its town word ("المدينة المنورة", "مدينة غزة" beside the strip) keeps it."""
    headed = [
        f
        for f in found
        if f.type in ("GPE", "LOC") and f.end - f.start >= 2 and _bare(tokens[f.start].norm) in _SETTLEMENT_HEADS
    ]
    # Only the few candidates that start with a town word have their listed name read.
    listed = {
        (f.start, f.end)
        for f in headed
        if f.source == "gazetteer" and _bare(normalise(f.canonical or "").split(" ", 1)[0]) in _SETTLEMENT_HEADS
    }
    for f in headed:
        if not f.dropped and (f.start, f.end) not in listed:
            f.start += 1
            f.skip = 0  # the glued letters belonged to the old first token


def _listed_countries(found: list[_Found], tokens: Sequence[Token], countries: set[tuple[int, int]]) -> None:
    """A country the model read as an organisation in a list of countries ("كينيا و[أوغندا] وبوروندي") is the
    country: a club or a government is not listed between places."""
    places = {(f.start, f.end) for f in found if not f.dropped and f.type == "GPE"}
    starts = {a for a, _ in places}
    ends = {b for _, b in places}
    for f in found:
        if f.dropped or f.source != "model" or f.type != "ORG" or (f.start, f.end) not in countries:
            continue
        before = f.start >= 2 and tokens[f.start - 1].norm == "و" and f.start - 1 in ends
        after = f.end + 1 < len(tokens) and tokens[f.end].norm == "و" and f.end + 1 in starts
        if before or after:
            f.type = "GPE"


def _model_at(found: Sequence[_Found], n: int) -> list[_Found | None]:
    """Token → the model span covering it (model spans come from BIO tags, so they never overlap)."""
    at: list[_Found | None] = [None] * n
    for f in found:
        if f.source == "model" and not f.dropped:
            for k in range(f.start, f.end):
                at[k] = f
    return at


def _retarget(found: list[_Found]) -> None:
    """Point each ``coref`` at the candidate the entities stage keeps when several cover the same tokens."""
    best: dict[tuple[int, int], int] = {}
    for k, f in enumerate(found):
        span = (f.start, f.end)
        if span not in best or _SOURCE_RANK.get(f.source, 3) < _SOURCE_RANK.get(found[best[span]].source, 3):
            best[span] = k
    for f in found:
        if f.coref is not None:
            target = found[f.coref]
            f.coref = best[(target.start, target.end)]


def _person_at(found: Sequence[_Found], start: int) -> _Found | None:
    """The model's person name starting at token ``start``, if any."""
    return next(
        (f for f in found if f.source == "model" and f.type == "PERSON" and f.start == start and not f.dropped), None
    )


def _from_tags(tags: Sequence[str]) -> list[_Found]:
    out: list[_Found] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if prefix == "I" and t == kind:
            continue
        if kind and kind != "MISC":
            out.append(_Found(start, i, kind, "model"))
        start, kind = (i, t) if prefix in ("B", "I") else (-1, "")
    return out


def _likely_people(
    found: Sequence[_Found], confidence: Sequence[Mapping[str, float]], tokens: Sequence[Token]
) -> list[_Found]:
    """Two or more words in a row that the model, word by word, more likely than not reads as part of a person's
    name, though its best tag sequence left them out ("توم فليتشر" after a long title)."""
    likely = [c.get("PERSON", 0.0) >= SURE for c in confidence]
    if not any(a and b for a, b in itertools.pairwise(likely)):
        return []  # no two likely words in a row: most documents
    covered = _coverage(found, len(tokens))
    out: list[_Found] = []
    k = 0
    while k < len(tokens):
        end = k
        while end < len(tokens) and covered[end] is None and likely[end]:
            end += 1
        if end - k >= 2:
            out.append(_Found(k, end, "PERSON", "model"))
        k = max(end, k + 1)
    return out


def _from_gazetteer(matches: Sequence[GazMatch]) -> list[_Found]:
    return [_Found(m.start, m.end, m.type, "gazetteer", canonical=m.canonical, skip=m.skip) for m in matches]


def _coverage(found: Sequence[_Found], n: int) -> list[int | None]:
    covered: list[int | None] = [None] * n
    for k, f in enumerate(found):
        for t in range(f.start, f.end):
            if covered[t] is None:
                covered[t] = k
    return covered


def _index(found: Sequence[_Found], n: int) -> list[int | None]:
    """Token → the longest candidate covering it (ties: the earlier one)."""
    at: list[int | None] = [None] * n
    for k, f in enumerate(found):
        for t in range(f.start, f.end):
            cur = at[t]
            if cur is None or (f.end - f.start) > (found[cur].end - found[cur].start):
                at[t] = k
    return at


def _handles(text: str, tokens: Sequence[Token], found: list[_Found]) -> list[_Found]:
    """ "التلفزيون العربي (@AlarabyTV)": the handle names what the words before the bracket name."""
    ends = {f.end: k for k, f in enumerate(found) if not f.nominal and f.type in ("ORG", "PERSON", "GPE")}
    out = []
    for i, tok in enumerate(tokens):
        if not tok.text.startswith("@") or len(tok.text) < 3 or i < 1 or tokens[i - 1].text != "(":
            continue
        k = ends.get(i - 1)
        if k is None:
            continue
        out.append(_Found(i, i + 1, found[k].type, "rule", coref=k, skip=1))
    return out
