"""Settling the Arabic mention candidates: what the model, the gazetteer and the head-noun rules proposed is
trimmed, retyped, joined or dropped where the three disagree or a convention of news annotation says otherwise
(places and facilities, nationalities, quoted titles, agencies, handles, name edges).

Each step is a function over the candidate list (:class:`Found`, by token range) and the document's tokens;
:class:`workers.lang.ar.mentions.MentionFinder` runs them in order.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from workers.doc import Token
from workers.lang.ar.clitics import PROCLITICS
from workers.lang.ar.gazetteer import GazMatch
from workers.lang.ar.latin import same_name
from workers.lang.ar.lexicon.words import (
    MANNER_ADVERBS,
    PREPOSITIONS,
    word_set,
)
from workers.lang.ar.normalise import normalise
from workers.lang.ar.wordforms import (
    CLOSING_MARKS,
    OPENING_MARKS,
    STOP_WORDS,
    is_adjective,
    is_arabic,
    is_definite,
    is_verb,
)

ORG_HEADS = word_set(
    "وكالة جهاز وزارة مجلس هيئة منظمة حزب حركة جبهة جمعية اتحاد لجنة محكمة جامعة شركة بنك مصرف صحيفة قناة إذاعة "
    "تلفزيون شبكة مؤسسة برلمان مفوضية رابطة نقابة جماعة ائتلاف تحالف كتلة دار مندوبية كونفدرالية قيادة صندوق "
    "برنامج بعثة حكومة رئاسة جيش سفارة بورصة خارجية خفر مديرية بلدية مصلحة"
)
# An adjective that stands for its ministry when definite and alone ("أكدت [الخارجية الإيرانية]"), but describes the
# noun before it otherwise ("وزير الخارجية الإيراني", "السياسة الخارجية").
ADJECTIVE_HEADS = word_set("خارجية")
MEDIA_HEADS = word_set("صحيفة قناة إذاعة وكالة شبكة موقع")
PAPER_HEADS: frozenset[str] = word_set("صحيفة جريدة مجلة قناة إذاعة")
# Adjectives that leave a body unnamed until its field follows ("المؤسسة العامة [لتوليد الكهرباء]"), unlike "الجمعية
# العامة", a name on its own.
_GENERIC_BODY_ADJECTIVES = word_set("العامة العام القومي القومية")
_ASSEMBLY = word_set("جمعية")
# Titles of the royals and clerics whom universities, centres and bridges are named after ("جامعة الملك سعود").
FOUNDER_TITLES = word_set("الملك الملكة الأمير الأميرة الشيخ الشيخة السلطان الإمام")
# A head NewsFANE keeps inside the name it introduces ("[حركة فتح]"); company and party heads measured worse joined.
_JOINED_HEADS = word_set("حركة")
# Facility and site heads: the name after them is the place ("مخيم نور شمس"), not a person.
# Adjectives that belong to a site's name ("مطار حلب الدولي", "قاعدة حرير الجوية"); "النفطي" describes a field.
_SITE_ADJECTIVES = word_set(
    "الدولي الدولية الحدودي الحدودية البحري البحرية الجوي الجوية التجاري التجارية الحرارية الحراري "
    "العام الحكومي التعليمي الجامعي الكبير الكهربائية الكهربائي"
)
_SITE_HEADS = word_set(
    "مخيم معبر منفذ ميناء مرفأ مطار حقل سد مصفاة سجن مستشفى قصر حي حارة ساحة قاعدة جزيرة جبل جبال معمل متحف مسجد"
)
# Heads of what is as often described as named ("محطة تحلية", "مجمع صناعي"): a site only when a person's name the
# model read follows ("مجمع رفيق الحريري الجامعي").
_NAMED_AFTER_HEADS = word_set("محطة مجمع")
_PLACE_AGENCIES = word_set("الأناضول")
_AGENCY = normalise("وكالة")
_FOR_NEWS = normalise("للأنباء")
_REGION_WORDS = word_set("شرق غرب شمال جنوب وسط هضبة منطقة إقليم")
COMPASS = word_set("شرق غرب شمال جنوب وسط")
# Heads a club or paper is named without ("نادي [الهلال]", "صحيفة [الأهرام]").
_TITLE_NAMED = word_set("نادي صحيفة جريدة")
# Social platforms, named as the medium of a post ("كتب على إكس"): products, not people or places.
_PLATFORMS = word_set("إكس تويتر فيسبوك إنستغرام انستغرام تيك توك يوتيوب تلغرام تيليغرام واتساب سناب شات")
_VIA_PLATFORM = word_set("على عبر في منصة تطبيق حساب")
# "كأس آسيا", "كأس أمم إفريقيا", "دوري أبطال أوروبا": a place inside a tournament's name is no place mention.
_TOURNAMENT_HEADS = word_set("كأس كاس أمم أبطال")
_UN_ADJECTIVES = word_set("الأممية الأممي")
_UN_NAMED_HEADS = word_set("بعثة")
# Generic nouns before a body's brand ("شركة لوك أويل", "تحالف أوبك+"): the brand alone is its citation form.
_BRAND_HEADS = word_set("شركة تحالف قناة صحيفة جريدة مجلة وكالة موقع مجموعة")
# Adjectives that describe where a place lies, not part of its name ("المفرق [القريبة] من الحدود").
_PLACE_DESCRIPTORS = word_set("القريبة القريب المجاورة المجاور الحدودية الحدودي المحاصرة المحاصر الواقعة الواقع")
_POSSESSED_PLURAL = ("نا", "كم", "هم")  # "لجماهيرنا": a preposition, a noun and "our" is never a name's word
_GLUED_PREPOSITIONS = frozenset("بل")
_ALA = normalise("على")
_IMPERFECT_PREFIXES = frozenset("يتن")
# Words that join the parts of a name ("عبد الله", "أبو عليا", "حمد بن علي"): a name never ends on one.
NAME_JOINERS = word_set("عبد أبو أبي بن ابن بنت ولد آل")
# "بحسن نية", "حسن الجوار": the noun after "حسن" (goodness) in a fixed phrase, not a family name.
_GOODNESS_OF = word_set("نية النية الجوار الظن السير السلوك التدبير التعامل الضيافة الاستقبال")
# What stands before a publication's title in marks: "لـ«...»", a dateline's colon or dash ("دمشق - «...»").
_TITLE_INTRODUCERS = frozenset({"ل", ":", "ـ", "-", "–", "—", "/"})
_MAX_TITLE_WORDS = 4  # words of a publication's title in quotation marks
_SETTLEMENT_HEADS = word_set("مدينة بلدة قرية حي")
# A quarter: bare, its head is no part of the name (the gold names "حي X" bare 11 times, with "حي" 5); definite, it
# names the quarter by what it holds ("الحي الحكومي").
_QUARTER = normalise("حي")
_DEFINITE_QUARTER = normalise("الحي")
# Listed places the 2000s newswire leaves untagged where the project's gold counts them ("أمن الخليج"): the tagger
# learned the corpus's habit there, so its doubt says nothing against the list.
_UNTAGGED_IN_NEWSWIRE = word_set("الخليج")
_THE_PEOPLE = normalise("الشعب")
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
# Towns in the news whose names are everyday words ("الأبيض" white, "صور" pictures, "طويلة" long, "العيون" eyes),
# which the lists leave out; written for this project from general knowledge of Arab geography, not from any
# evaluation set's errors. A town or province word before one, or its province after it, says it is the town.
_TOWNS_ALSO_WORDS = word_set(
    """الأبيض طويلة صور الخيام القصير الضمير الباب الرمادي الحلة الكوت العمارة حديثة الخالص البيضاء الزاوية الخمس
المرج الجديدة العيون الوادي البيرة الرام المفرق الزرقاء السلط العقبة الخبر العلا العين الخور الطور"""
)
# Countries spelled like an everyday adjective, left out of the lists, read as the country after a preposition.
_PREPOSITIONAL_COUNTRIES = {normalise("مالي"): "مالي"}
_MAX_PLACE_WORDS = 3
# Model probability of a place from which an everyday word after a town word is the town ("مدينة [صور]"); the
# adjectives that follow such a word ("قرية [نائية]") read about 0.3 too, so they are told apart by their ending.
_PLACE_READING = 0.2
FEMININE_ENDING = "ه"  # normalised ة
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
SURNAME_RARE = 2  # corpus count up to which a definite word after a person's name reads as their family name
_LONG_NAME = 4  # words from which a listed organisation's bounds beat the model's shorter name inside it
RARE_WORD = 10  # corpus count up to which every word of a name after a title may be a foreign name
PLACE_KINDS: tuple[str, ...] = ("GPE", "LOC", "FAC")  # annotated for mypyc: mentions.py imports it in a cycle
_VETOED = frozenset({"PERSON", "ORG", *PLACE_KINDS})
_PERSON_OR_PLACE = frozenset({"PERSON", *PLACE_KINDS})


def bare(norm: str) -> str:
    """A word without its article, so "الوزير" and "وزير" compare equal."""
    return norm[2:] if norm.startswith("ال") and len(norm) > 3 else norm


# Titles that name the same office ("العاهل" is the king); a counterpart ("نظيره") holds the office of the person
# met, whatever the article calls it later.
TITLE_SYNONYMS = {
    bare(normalise(a)): bare(normalise(b))
    for a, b in (("العاهل", "الملك"), ("الناطق", "المتحدث"), ("الموفد", "المبعوث"))
}
_COUNTERPARTS = frozenset(bare(normalise(w)) for w in ("نظير", "نظيره", "نظيرته", "نظيرها"))


@dataclass(slots=True)
class Found:
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
    # The entity's name as the news cites it, when it differs from the mention: "قناة المنار" for [المنار], "الساحل"
    # for [منطقة الساحل].
    cited: str | None = None


# Heads that a later definite noun refers back by: those of names, and "مجموعة", which alone makes no name ("مجموعة
# من المتمردين") but is one to refer back to ("المجموعة" after "مجموعة المكتب الشريف للفوسفاط").
_BACK_REFERENCE_HEADS = ORG_HEADS | word_set("مجموعة")


def org_heads(tokens: Sequence[Token], f: Found) -> set[str]:
    """The head nouns of an organisation's name, inside it ("مجلس بنك المغرب" → مجلس, بنك) or right before it
    ("شركة [قطر للطاقة]")."""
    first = max(f.start - 1, 0)
    return {bare(t.norm) for t in tokens[first : f.end] if bare(t.norm) in _BACK_REFERENCE_HEADS}


def antecedent(
    at: int,
    head: str,
    words: set[str],
    titled: dict[int, set[str]],
    found: list[Found],
    *,
    places: frozenset[str],
    salience: Mapping[int, int],
    specific: bool = False,
    speaks_for: bool = False,
) -> int | None:
    """The named person a title phrase at token ``at`` stands for.

    Candidates were introduced with the same title word, a synonym of it ("ملك" / "العاهل"), or as somebody's
    counterpart ("نظيره الإيراني"), which holds the same office; a candidate whose title names another country or
    body than the phrase does is someone else ("الوزير الإيراني" is not "وزير الخارجية السعودي", the spokesman of
    one body not another's). Prefer the one sharing
    the most modifiers ("الكوري الشمالي" ~ "كوريا الشمالية" through the gazetteer's canonical names), then one named
    before the phrase, then the one the article names most often before it (an interview's guest over a minister
    it quotes once), then the nearest. ``places`` are the canonical names of the article's countries, places and bodies;
    ``salience`` counts, per candidate, the article's mentions of the same family name before the phrase. A
    ``specific`` phrase (a bare head in the construct state, "رئيس شركة العاصمة") names one office: only a candidate
    whose title shares a word with it holds it. A title that ``speaks_for`` a body named right after it ("المتحدث
    باسم [الوزارة]") is not a person named later whose title names no body.
    """
    head = TITLE_SYNONYMS.get(head, head)
    own_places = words & places
    chosen: int | None = None
    best: tuple[int, bool, bool, int, int] | None = None
    for k, titles in titled.items():
        if found[k].dropped:
            continue  # "ولم يحدد المبعوث الأممي [موعدا]": a word the title rule took for a name, then let go
        heads = {TITLE_SYNONYMS.get(t, t) for t in titles}
        if head not in heads and not heads & _COUNTERPARTS:
            continue
        their_places = titles & places
        if own_places and their_places and not own_places & their_places:
            continue
        if speaks_for and not their_places and found[k].start > at:
            continue  # "المتحدث باسم [وزارة الخارجية العراقية]" is not a spokesman named later for no body
        if specific and words and not words & titles:
            continue  # "رئيس شركة العاصمة" is not "الرئيس عبد الفتاح السيسي"
        # Someone introduced with the title itself before someone who only holds it as a counterpart ("وزير
        # الخارجية يوسف رجي ... مع نظيره القبرصي": "الوزير" alone is Rajji).
        rank = (len(words & titles), head in heads, found[k].start < at, salience.get(k, 0), -abs(at - found[k].start))
        if best is None or rank > best:
            best, chosen = rank, k
    return chosen


_SOURCE_RANK = {"rule": 0, "gazetteer": 1, "model": 2}


def _short_of(name: Found, place: Found) -> bool:
    """Whether a model name is a single word besides the place in it ("شويغو بيونغيانغ"); a longer name ending in a
    place name is a full name whose surname is spelled like a place ("ماريا تيريزا فرنانديس دي لافيغا")."""
    return (name.end - name.start) - (place.end - place.start) < 2


def drop_crossing_model_spans(
    found: list[Found], norms: Sequence[str], confidence: Sequence[Mapping[str, float]] | None = None
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

    def sure(g: Found) -> bool:
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


def veto_unlikely(
    found: list[Found],
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
            and all(vocab.get(t.norm, 0) <= RARE_WORD for t in tokens[f.start : f.end])
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
        if f.source == "gazetteer" and with_article(tokens[f.start].norm) in _UNTAGGED_IN_NEWSWIRE:
            continue
        kinds: tuple[str, ...] = PLACE_KINDS if f.type in PLACE_KINDS else (f.type,)
        if f.end - f.start == 1 and with_article(tokens[f.start].norm) in _PLACE_AGENCIES:
            kinds = ("ORG", *PLACE_KINDS)  # "للأناضول": the model's doubt between the agency and the region
        best = max((sum(confidence[k].get(kind, 0.0) for kind in kinds) for k in range(f.start, f.end)), default=0.0)
        if best < VETO:
            f.dropped = True


def people_over_vetoed_places(found: list[Found]) -> None:
    """A model person dropped for swallowing a listed place ("محمد [ديلي]", Dili) comes back when the model's
    veto has dropped that place too and nothing else now covers the person's words."""
    for f in found:
        if not f.dropped or f.source != "model" or f.type != "PERSON":
            continue
        inside = [g for g in found if g is not f and f.start < g.end and g.start < f.end]
        swallowed = [g for g in inside if g.source == "gazetteer" and g.type in PLACE_KINDS]
        if (
            swallowed
            and all(g.dropped for g in inside)
            and all(f.start <= g.start and g.end <= f.end for g in swallowed)
        ):
            f.dropped = False


def adjective_places(found: list[Found], tokens: Sequence[Token], confidence: Sequence[Mapping[str, float]]) -> None:
    """A listed one-word place spelled like an adjective, right after a definite noun it can describe, is that
    adjective ("المواسم [المطرية]", rainy, not the town of Matariya) unless the model reads a place there."""
    for f in found:
        if (
            f.dropped
            or f.source != "gazetteer"
            or f.type not in PLACE_KINDS
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
            and sum(confidence[f.start].get(kind, 0.0) for kind in PLACE_KINDS) < SURE
            and not any(g.source == "model" and not g.dropped and g.start <= f.start < g.end for g in found)
        ):
            f.dropped = True


def join_heads(found: list[Found], tokens: Sequence[Token]) -> None:
    """Take a bare organisation head into the name right after it: "حركة [فتح]" → "[حركة فتح]".

    The model and the aliases often tag the brand alone; the newswire convention keeps a party, movement or
    company head in the name. Media heads are not joined (:data:`MEDIA_HEADS`), nor a head another name holds.
    """
    covered = coverage(found, len(tokens), live=True)
    for f in found:
        if f.dropped or f.type != "ORG" or f.start == 0 or f.nominal:
            continue
        if tokens[f.start - 1].norm in _JOINED_HEADS and covered[f.start - 1] is None:
            f.start -= 1
            f.skip = 0  # the glued letters belonged to the old first token


def trim_model_bodies(found: list[Found], tokens: Sequence[Token]) -> list[Found]:
    """Where the model reads a body the words do not name, as the project's gold articles taught it to:
    "[القوات الإسرائيلية] مخيم نور شمس" ends at its nationality, and the site after it is a place of its own;
    "نادي [الهلال]" is named by its title; "شرق [الأناضول]" is a region, not the agency; "مع المجلس [لتنظيم]
    الانتخابات" (a bare definite head and what it works for) and "السياسة [الخارجية] الإيرانية" (an adjective of the
    noun before it) are no names, nor is a body joined to "the people" ("للجيش والشعب الروسي"). Returns the new
    spans."""
    added: list[Found] = []
    ends = {f.end for f in found if not f.dropped}
    for f in found:
        if f.dropped or f.type != "ORG" or f.source != "model":
            continue
        for h in range(f.start + 2, f.end - 1):
            if tokens[h].norm in _SITE_HEADS and is_adjective(tokens[h - 1].norm) and is_definite(tokens[h - 1].norm):
                added.append(Found(h, f.end, "LOC", "model"))
                f.end = h
                break
        if f.start and is_definite(tokens[f.start - 1].norm) and bare(tokens[f.start].norm) in ADJECTIVE_HEADS:
            f.dropped = True
            continue
        if any(tokens[k].norm == "و" and tokens[k + 1].norm == _THE_PEOPLE for k in range(f.start, f.end - 1)):
            f.dropped = True  # "للجيش والشعب الروسي": a body and "the people" together are described, not named
            continue
        if f.end - f.start == 1 and f.start and tokens[f.start - 1].norm in COMPASS and f.start not in ends:
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


def sites(
    found: list[Found], tokens: Sequence[Token], vocab: Mapping[str, int], common: Collection[str]
) -> list[Found]:
    """A site head and the name after it are one place: "[مخيم نور شمس]", "[ميناء جيهان]", "[معبر أدري]".

    News annotation (NewsFANE's facilities, the project's gold) keeps the head in a named site, whatever the model
    read the name as. Where nothing names the word after the head, a word the corpus has hardly seen ("زمزم",
    "الرميلة") is the site's name; a common word ("مخيم [النازحين]") is not. Returns the new spans.
    """
    covered = coverage(found, len(tokens), live=True)
    added: list[Found] = []
    for h, token in enumerate(tokens[:-1]):
        if covered[h] is not None or token.norm == _QUARTER:
            continue  # "حي [الشيخ جراح]": a town's quarter is named without its head, like a town
        k = covered[h + 1]
        if token.norm in _NAMED_AFTER_HEADS:
            f = found[k] if k is not None else None
            if f is not None and f.start == h + 1 and not f.nominal and f.type == "PERSON":
                _head_site(f, h, tokens, covered)
            continue
        if token.norm not in _SITE_HEADS:
            continue
        if k is not None:
            f = found[k]
            if tokens[h + 1].norm in _SITE_HEADS:
                continue  # "سجن [جزيرة إمرالي]": the place already has its own head
            if f.start == h + 1 and not f.nominal and f.type in _PERSON_OR_PLACE:
                _head_site(f, h, tokens, covered)
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
            and vocab.get(norm, 0) <= SURNAME_RARE
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
                and vocab.get(tokens[end].norm, 0) <= SURNAME_RARE
            ):
                end += 1  # "جبال [كال مسكاد]": a foreign name of two words
            added.append(Found(h, _site_end(end, tokens, covered), "LOC", "rule"))
    for f in found:
        if (
            not f.dropped
            and not f.nominal
            and f.type == "PERSON"
            and f.end - f.start > 1
            and bare(tokens[f.start].norm) in _SITE_HEADS  # the model took the head in
        ):
            f.type = "LOC"
        if not f.dropped and f.type in PLACE_KINDS and tokens[f.start].norm in _SITE_HEADS:
            if f.end == f.start + 2 and tokens[f.start + 1].norm.startswith("لل"):
                f.dropped = True  # "مخيم [للمهجرين]": what the site is for, however sure the model is
                continue
            f.end = _site_end(f.end, tokens, covered)  # a site the model or a list found, head included
    return added


def _head_site(f: Found, h: int, tokens: Sequence[Token], covered: Sequence[int | None]) -> None:
    """The name read after the site head at ``h`` becomes the site: a place from the head to its kind adjective."""
    f.start, f.type = h, "LOC"
    f.end = _site_end(f.end, tokens, covered)


def _site_end(end: int, tokens: Sequence[Token], covered: Sequence[int | None]) -> int:
    """The end of a named site with the adjective that is part of its name: "[مطار حلب الدولي]", "[قاعدة حرير
    الجوية]"."""
    if end < len(tokens) and covered[end] is None and tokens[end].norm in _SITE_ADJECTIVES:
        return end + 1
    return end


def _place_head(norm: str) -> str | None:
    """The bare place head a word is, with a preposition or conjunction glued to it ("بمنطقة"), or None."""
    return _PLACE_HEAD_FORMS.get(norm)


_MAX_NATIONAL_NAME = 3


def nationals(
    found: list[Found], tokens: Sequence[Token], common: Collection[str], vocab: Mapping[str, int]
) -> list[Found]:
    """A masculine nationality adjective before two or three words no list or corpus knows introduces a person:
    "يعادل الإيراني [سردار آزمون] النتيجة", as news writes a foreign player or official by nationality and name.
    Returns the new spans."""
    covered = coverage(found, len(tokens), live=True)
    added: list[Found] = []
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
            added.append(Found(f.end, end, "PERSON", "rule"))
    return added


def named_places(
    found: list[Found],
    tokens: Sequence[Token],
    common: Collection[str],
    confidence: Sequence[Mapping[str, float]] | None,
) -> list[Found]:
    """The name after a town or district word, where nothing else names it: "قرب بلدة [تين زاواتين]".

    A word that is no everyday Arabic word (``common``), or an everyday word the model reads as a place ("مدينة
    [صور]", صور is also "pictures") unless it has an adjective's feminine ending, is the place's name; a description
    ("منطقة [عازلة]", "مدينة [ساحلية]") is not. After a plural head ("مخيمات", "مناطق") names joined by و are
    places too. Returns the new spans.
    """
    if not any(t.norm in _PLACE_HEAD_FORMS for t in tokens):
        return []
    covered = coverage(found, len(tokens), live=True)

    def place_conf(k: int) -> float:
        return 0.0 if confidence is None else sum(confidence[k].get(kind, 0.0) for kind in PLACE_KINDS)

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

        if norm in _TOWNS_ALSO_WORDS and covered[k] is None:
            return k + 1  # "مدينة [الأبيض]": a town whose name is an everyday word
        if not name_word(k, norm) or norm in COMPASS:
            return k  # "مخيمات [شمال] الضفة": a direction before a place is read by _compass_regions
        if norm in _PLACE_NAME_PARTS and k + 1 < len(tokens) and name_word(k + 1, tokens[k + 1].norm):
            return k + 2  # "منطقة [رأس الحكمة]"
        # An everyday word is the name's first word when a word that is none follows it ("[تين زاواتين]"), but not
        # a verb with its object in the accusative ("منطقة تواجه ضغوطا").
        if (
            norm in common
            and (place_conf(k) < _PLACE_READING or norm.endswith(FEMININE_ENDING))
            and not (more(k + 1) and not tokens[k + 1].norm.endswith("ا"))
        ):
            return k
        end = k + 1
        while more(end):
            end += 1
        return end

    added: list[Found] = []
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
        added.append(Found(h + 1, end, kind, "rule"))
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
            added.append(Found(start, after, kind, "rule", skip=skip))
            end = after
        h = end
    return added


def compass_provinces(found: list[Found], tokens: Sequence[Token]) -> None:
    """ "ولاية [شمال] دارفور": after a province word, the compass word before a listed place is part of the
    province's name, as news annotation writes the Sudanese and Yemeni states ("شمال دارفور", "جنوب كردفان")."""
    covered = coverage(found, len(tokens), live=True)
    for f in found:
        if (
            f.dropped
            or f.nominal
            or f.type not in ("GPE", "LOC")
            or f.start < 2
            or tokens[f.start - 1].norm not in COMPASS
            or covered[f.start - 1] is not None
            or _place_head(tokens[f.start - 2].norm) not in _PROVINCE_HEADS
        ):
            continue
        f.start -= 1
        f.skip = 0  # the glued letters belonged to the old first token
        f.type = "GPE"


# Words after which a town's name says where: prepositions, directions and the edges of a place.
_WHERE = word_set("في إلى من قرب نحو باتجاه حول بين داخل شمال جنوب شرق غرب وسط أطراف محيط ريف")
_PROVINCE_AFTER = frozenset(normalise(w) for w in ("بولاية", "بمحافظة"))


def towns_named_like_words(found: list[Found], tokens: Sequence[Token]) -> list[Found]:
    """Every mention of a town whose name is an everyday word (``_TOWNS_ALSO_WORDS``), once the article has shown it
    is the town: named after a town word ("مدينة [الأبيض]", found before this step) or before its province ("الأبيض
    بولاية شمال كردفان"). Its other uses count where they say where ("نزحوا إلى [طويلة]", "بين [الأبيض] وكوستي"),
    never where the word is a word ("صور الأقمار الصناعية"). Returns the new spans."""
    if not any(t.norm in _TOWNS_ALSO_WORDS for t in tokens):
        return []
    covered = coverage(found, len(tokens), live=True)
    towns = {
        tokens[f.start].norm
        for f in found
        if not f.dropped
        and f.type in PLACE_KINDS
        and f.end == f.start + 1
        and tokens[f.start].norm in _TOWNS_ALSO_WORDS
    }
    towns |= {
        t.norm
        for k, t in enumerate(tokens[:-1])
        if t.norm in _TOWNS_ALSO_WORDS and tokens[k + 1].norm in _PROVINCE_AFTER
    }
    added: list[Found] = []
    for k, t in enumerate(tokens):
        if t.norm not in towns or covered[k] is not None or k == 0:
            continue
        before = tokens[k - 1].norm
        after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        coordinated = before == "و" and k >= 2 and covered[k - 2] is not None
        if before in _WHERE or after in _PROVINCE_AFTER or coordinated:
            added.append(Found(k, k + 1, "GPE", "rule"))
    return added


# Regions named by an everyday word ("الساحل" the coast, "المتوسط" average, "الصحراء" the desert), and the words
# before them that say the region is meant: "دول [الساحل]", "ضفتي [المتوسط]", "قضية [الصحراء]".
_REGIONS_ALSO_WORDS = word_set("الساحل المتوسط الصحراء")
_REGION_CUES = word_set("دول لدول منطقة بمنطقة ضفتي ضفة شؤون قضية مغربية حوض بلدان عبر إقليم")


def regions_named_like_words(found: list[Found], tokens: Sequence[Token]) -> list[Found]:
    """ "دول [الساحل]", "عبر [المتوسط]", "قضية [الصحراء]": a region whose short name is an everyday word, after a
    word that only a region follows there, and not described by an adjective of its own ("الساحل السوري" is a
    coast). Returns the new spans."""
    if not any(t.norm in _REGIONS_ALSO_WORDS for t in tokens):
        return []
    covered = coverage(found, len(tokens), live=True)
    added: list[Found] = []
    for k in range(1, len(tokens)):
        if tokens[k].norm not in _REGIONS_ALSO_WORDS or covered[k] is not None:
            continue
        cue = tokens[k - 1].norm
        if cue not in _REGION_CUES and not (cue[:1] == "و" and cue[1:] in _REGION_CUES):
            continue
        after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        if is_definite(after) and is_adjective(after):
            continue  # "الساحل [السوري]", "الصحراء [الليبية]"
        # "مغربية [الصحراء]" after "الصحراء الغربية": the short name of the region the article named in full.
        full = next(
            (
                n
                for n, f in enumerate(found)
                if not f.dropped
                and f.type in PLACE_KINDS
                and f.end - f.start > 1
                and any(t.norm == tokens[k].norm for t in tokens[f.start : f.end])
            ),
            None,
        )
        added.append(Found(k, k + 1, "LOC", "rule", coref=full))
    return added


def countries_after_prepositions(found: list[Found], tokens: Sequence[Token]) -> list[Found]:
    """ "الحدودية مع [مالي]", "ب[مالي]": a country spelled like an adjective ("مالي", financial) is the country
    after a preposition, where no adjective can stand; the lists leave it out for its adjective uses."""
    if not any(t.norm in _PREPOSITIONAL_COUNTRIES for t in tokens):
        return []
    covered = coverage(found, len(tokens), live=True)
    return [
        Found(k, k + 1, "GPE", "rule", canonical=_PREPOSITIONAL_COUNTRIES[t.norm])
        for k, t in enumerate(tokens)
        if k > 0 and t.norm in _PREPOSITIONAL_COUNTRIES and covered[k] is None and tokens[k - 1].norm in PREPOSITIONS
    ]


def facilities(found: list[Found], tokens: Sequence[Token]) -> None:
    """Facilities are places, except the seats that name a government ("الكرملين", "البيت الأبيض"), which are its
    organisation: the gold format has no FAC type, and its annotators list crossings, ports and fields as LOC."""
    for f in found:
        if f.type == "FAC":
            f.type = "ORG" if " ".join(t.norm for t in tokens[f.start : f.end]) in _SEATS else "LOC"


def link(norm: str) -> bool:
    """Whether a token is a web address ("pic.twitter.com/...", "https://...")."""
    return "/" in norm or norm.startswith(("http", "www.", "pic.")) or ".com" in norm


def jussive(norm: str) -> bool:
    """An imperfect verb that lost its final ي after لم/لا ("لم يلتق"), which the lexicon lists with it."""
    return len(norm) >= 3 and norm[0] in "يت" and is_verb(norm + "ي")


def without_pronoun(norm: str) -> str:
    """The noun without a possessive pronoun suffix ("وفدها" → "وفد"), for frequency lookups."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            return norm[: -len(suffix)]
    return norm


def citation_form(text: str) -> str | None:
    """The name as cited alone when the text glues ل to its article: "للمنظمة الدولية للهجرة" → "المنظمة الدولية
    للهجرة" (ل + ال is written لل, so no offset can leave the preposition out)."""
    if text.startswith("لل") and len(text.split(" ", 1)[0]) >= 5:
        return "ال" + text[2:]
    return None


def brand_form(text: str) -> str | None:
    """The brand a body is cited by without the generic noun before it: "شركة لوك أويل" → "لوك أويل", "تحالف
    أوبك+" → "أوبك+", "وكالة تاس" → "تاس"; None when the rest is a description ("وكالة الأنباء السعودية")."""
    head, _, rest = text.partition(" ")
    if normalise(head) not in _BRAND_HEADS or not rest or normalise(rest).startswith(("ال", "لل")):
        return None
    return rest


def disagree(head: str, nisba: str) -> bool:
    """Whether a nationality adjective cannot describe a head noun for gender: "الحكومة" (feminine, as a plural
    like "القوات" is for agreement) takes "الإسبانية", not "الإسباني"."""
    feminine_head = head.endswith(("ه", "ات"))
    if nisba.endswith("يه"):
        return not feminine_head
    return nisba.endswith("ي") and feminine_head


def absorb_nisba(found: list[Found], tokens: Sequence[Token]) -> None:
    """Take the nationality adjective after a body named by head and genitive into its name: "[وزارة الخارجية]
    [القطرية]" → "[وزارة الخارجية القطرية]", as newswire annotation (NewsFANE, the seed's "جهاز المخابرات الوطنية
    الكورية الجنوبية") names the Qatari ministry. A brand keeps its nationality outside ("سينوبك الصينية")."""
    norp_at: dict[int, Found] = {
        f.start: f for f in found if f.type == "NORP" and not f.dropped and f.end == f.start + 1
    }
    for f in found:
        if f.dropped or f.nominal or f.type != "ORG" or f.end - f.start < 2 or not is_definite(tokens[f.end - 1].norm):
            continue
        adjective = norp_at.get(f.end)
        if adjective is None:
            continue  # (nothing after the name, or no nationality: a name can end the text)
        nisba = tokens[f.end].norm
        if not is_definite(nisba) or (
            disagree(tokens[f.start].norm, nisba) and disagree(tokens[f.end - 1].norm, nisba)
        ):
            continue
        adjective.dropped = True
        f.end += 1
        if f.end < len(tokens) and tokens[f.end].norm in _COMPASS_ADJECTIVES:
            f.end += 1  # "الكورية [الجنوبية]"


def brand_nationality(found: list[Found], tokens: Sequence[Token], vocab: Mapping[str, int]) -> None:
    """A foreign brand keeps its nationality outside its name, whoever took it in: "شركة [ميريديام] الفرنسية",
    "[ناتورجي] الإسبانية". The word before the adjective is a brand when it is indefinite and rare in the corpus; a
    body named by head and genitive ("وزارة الخارجية القطرية") keeps it (:func:`absorb_nisba`)."""
    norp_at = {f.start: f for f in found if f.type == "NORP" and f.end == f.start + 1}
    for f in found:
        if f.dropped or f.nominal or f.type != "ORG" or f.end - f.start < 2:
            continue
        adjective = norp_at.get(f.end - 1)
        before = tokens[f.end - 2].norm
        if adjective is None or not is_definite(tokens[f.end - 1].norm):
            continue  # "بي بي سي نيوز عربي": an indefinite adjective is the brand's own word
        if is_definite(before) or vocab.get(before, 0) > RARE_WORD or not is_arabic(before):
            continue
        f.end -= 1
        adjective.dropped = False


def nisba_surnames(found: list[Found], tokens: Sequence[Token]) -> None:
    """A masculine nationality adjective right after a person's full name is their family name ("محمد شياع
    [السوداني]", "أحمد بن سلمان [المسلم]"): Arabic puts a nationality before the name ("الرئيس العراقي X"), so one
    after it can only be part of it."""
    norp_at: dict[int, Found] = {
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
    return "PLACE" if entity_type in PLACE_KINDS else entity_type


def model_types_win(found: list[Found], tokens: Sequence[Token]) -> None:
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
            and not (f.start > 0 and bare(tokens[f.start - 1].norm) in _TEAM_HEADS)
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
                bare(tokens[k].norm) in _PLACE_NAME_PARTS
                or bare(tokens[k].norm) in _GEO_HEADS
                # "[إفريقيا] جنوب الصحراء"; a compass word before the name ("جنوب [لبنان]") stays out, as NewsFANE
                # marks it.
                or (tokens[k].norm in COMPASS and k > f.start and _place_head(tokens[k - 1].norm) is None)
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
            and f.source == "gazetteer"
            and f.type == "ORG"
            # A brand keeps its country outside, alone or after its head ("[الأهلي] السعودي", "نادي [الهلال] السعودي").
            and bare(tokens[f.start].norm) not in _TITLE_NAMED | _BRAND_HEADS
            and all(
                m.type == "ORG"
                and m.start == f.start
                and f.start + 2 <= m.end < f.end
                and all(is_adjective(tokens[k].norm) and is_definite(tokens[k].norm) for k in range(m.end, f.end))
                for m in inside
            )
        ):
            # "[الحزب الديمقراطي] الكردستاني", "[الاتحاد الوطني] الكردستاني": the model stops before an adjective
            # that a listed body's name goes on with; the listed name is the body's.
            for m in inside:
                m.dropped = True
            continue
        if (
            other_bounds
            and f.source == "rule"
            and f.type == "ORG"
            and all(
                m.type == "ORG"
                and m.start == f.start
                and m.end < f.end
                and (
                    tokens[m.end].norm == "و"
                    or tokens[m.end - 1].norm in FOUNDER_TITLES
                    # "[المؤسسة العامة] لتوليد الكهرباء": a general or national body is named by its field.
                    or (
                        tokens[m.end].norm[:1] == "ل"
                        and m.end - m.start == 2
                        and tokens[m.end - 1].norm in _GENERIC_BODY_ADJECTIVES
                        and bare(tokens[m.start].norm) not in _ASSEMBLY
                    )
                )
                for m in inside
            )
        ):
            # "وزارة المياه و[الري]": a ministry of two portfolios, which the model ends at the conjunction;
            # "جامعة الملك [سعود]": a body named after a royal, which the model ends at the title.
            for m in inside:
                m.dropped = True
            continue
        if other_kind or other_bounds:
            f.dropped = True


def quoted_titles(found: list[Found], tokens: Sequence[Token]) -> list[Found]:
    """A name alone in quotation marks after a media head or as a byline is a publication ("صحيفة «التيار»",
    "لـ«الشرق الأوسط»", "الرياض: «الشرق الأوسط»"): news sets off a paper's title so, not a place's or a person's
    name. Returns the titles no candidate covers yet."""
    added: list[Found] = []
    covered = coverage(found, len(tokens), live=True)
    for o, token in enumerate(tokens):
        if token.norm not in OPENING_MARKS or o + 2 >= len(tokens):
            continue
        c = next(
            (k for k in range(o + 2, min(o + 2 + _MAX_TITLE_WORDS, len(tokens))) if tokens[k].norm in CLOSING_MARKS),
            None,
        )
        before = tokens[o - 1].norm if o > 0 else ""
        if c is None or not (bare(before) in MEDIA_HEADS or before in _TITLE_INTRODUCERS):
            continue
        if before != bare(before):
            continue  # "إن الوكالة "فقدت استمرارية المعرفة"": a definite head is the subject of quoted words
        if before == ":" and o > 1 and not ((at := covered[o - 2]) is not None and found[at].type in PLACE_KINDS):
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
            added.append(Found(o + 1, c, "ORG", "rule", trusted=True))
    return added


def paper_titles(found: list[Found], tokens: Sequence[Token]) -> None:
    """A paper or channel is named by its title alone ("صحيفة [الرؤية] العمانية", "قناة [القاهرة الإخبارية]"),
    without the head or the country after it, whoever found it: news annotation marks it so."""
    norp = {f.start for f in found if f.type == "NORP" and f.end == f.start + 1}
    for f in found:
        if f.dropped or f.type != "ORG" or f.end - f.start < 2 or bare(tokens[f.start].norm) not in PAPER_HEADS:
            continue
        if tokens[f.start + 1].norm.isdigit():
            continue  # "[القناة 12] الإسرائيلية": a channel numbered, not titled, keeps its head
        f.start += 1
        f.skip = 0  # the glued letters belonged to the old first token
        if f.end - f.start >= 2 and f.end - 1 in norp:
            f.end -= 1


# Names this short that the tokenizer cut from a glued letter are more often the rest of an everyday word.
_SHORT_NAME = 3


def cut_words(found: list[Found], tokens: Sequence[Token], common: Collection[str]) -> None:
    """A short organisation's name that is the rest of an everyday word once its first letter was read as a
    proclitic is that word: "قبل [فوات] الأوان" is "before it is too late", not ف + "وات" (Tunis Afrique Presse)."""
    for f in found:
        k = f.start
        if f.dropped or f.type != "ORG" or f.end != k + 1 or k == 0 or len(tokens[k].norm) > _SHORT_NAME:
            continue  # a place keeps its letter apart: "بغزة" is common because Gaza is
        letter = tokens[k - 1]
        if len(letter.norm) == 1 and letter.end == tokens[k].start and letter.norm + tokens[k].norm in common:
            f.dropped = True


def joined_words(found: list[Found], tokens: Sequence[Token], titles: Collection[str]) -> None:
    """A body's name goes on over "و" and a second word like its last: "[الهيئة العامة للمنافذ البرية والبحرية]",
    "[مجلس النقد والتسليف]", "[منتدى عائلات المحتجزين والمفقودين]". Both words are definite and of one kind (two
    adjectives, or two nouns); a second body ("والحكومة"), a title in ``titles`` ("والرئيس"), a plural after a
    singular ("والشركات"), a name the rules found, or a word after a one-word name ("الجيش والشرطة") ends it."""
    live = [f for f in found if not f.dropped]
    covered = coverage(found, len(tokens), live=True)
    for f in live:
        j = f.end
        if f.type != "ORG" or f.nominal or f.end - f.start < 2 or j + 1 >= len(tokens) or tokens[j].norm != "و":
            continue
        last, word = tokens[j - 1].norm, tokens[j + 1].norm
        if (
            covered[j + 1] is None
            and is_definite(last)
            and is_definite(word)
            and is_adjective(last) == is_adjective(word)
            and bare(word) not in ORG_HEADS
            and word not in titles  # "[البيت الأبيض] والرئيس"
            and not (word.endswith("ات") and not last.endswith("ات"))  # "[حكومة الإقليم] والشركات"
            and word not in STOP_WORDS
        ):
            f.end = j + 2


# Verbal nouns whose object, after على or عن, belongs to a body's name: "لجنة الإشراف على الانتخابات", "الرابطة
# التونسية للدفاع عن حقوق الإنسان", "لجنة الرقابة على المصارف".
_GOVERNING_NOUNS = frozenset(
    form for w in word_set("إشراف رقابة دفاع") for form in ("ال" + w, "لل" + w)
) | word_set("إشراف رقابة")
_GOVERNED_BY = word_set("على عن")
_NOT = normalise("غير")
# Words an object phrase may take after its preposition: "على [وقف إطلاق النار]", "عن [حقوق الإنسان]".
_MAX_OBJECT_WORDS = 4


def name_complements(found: list[Found], tokens: Sequence[Token]) -> None:
    """Words after a body's name that are still its name: "غير" and the adjective it negates ("جهاز مكافحة الهجرة
    [غير الشرعية]"; in the gold such a pair after a body is always part of its name), and the object of a verbal
    noun of supervising or defending ("لجنة الإشراف [على وقف إطلاق النار]"), up to the object's first definite
    word."""
    n = len(tokens)
    for f in found:
        if f.dropped or f.type != "ORG" or f.end >= n:
            continue
        if tokens[f.end].norm == _NOT and f.end + 1 < n and is_definite(tokens[f.end + 1].norm):
            f.end += 2
        elif tokens[f.end - 1].norm in _GOVERNING_NOUNS and tokens[f.end].norm in _GOVERNED_BY:
            for k in range(f.end + 1, min(n, f.end + 1 + _MAX_OBJECT_WORDS)):
                norm = tokens[k].norm
                if not is_arabic(norm) or norm in STOP_WORDS or is_verb(norm):
                    break
                if is_definite(norm):
                    f.end = k + 1
                    break


def spelled_ali(token: Token) -> bool:
    """Whether a token is the given name Ali ("علي"), which normalises like the preposition على (written with ى)."""
    return token.norm == "علي" and token.text.endswith("ي")


def _joined_word(tokens: Sequence[Token], k: int, covered: Sequence[int | None]) -> bool:
    """Whether token ``k``, right after a name joiner, is the rest of the name: the given name Ali, or a word that
    is neither a function word nor a verb and no other name covers ("أمين أبو [عليا]")."""
    if k >= len(tokens) or covered[k] is not None:
        return False
    norm = tokens[k].norm
    return spelled_ali(tokens[k]) or (
        is_arabic(norm) and norm not in STOP_WORDS and norm not in PROCLITICS and not is_verb(norm)
    )


def _preposition_ala(token: Token) -> bool:
    """Whether a token is the preposition على as written, with alef maqsura (the name Ali ends in ya)."""
    return token.norm == _ALA and token.text.endswith("ى")


def _last_name_ali(tokens: Sequence[Token], k: int, covered: Sequence[int | None], writes_ala: bool) -> bool:
    """Whether token ``k`` after a person's name is the given name Ali spelled with ya, no other name's: before
    punctuation, where the preposition على never stands, or anywhere in an article that spells the preposition with
    alef maqsura (``writes_ala``), so that its "علي" is the name ("عبد السلام عبدي [علي] أن")."""
    return (
        k + 1 < len(tokens)
        and covered[k] is None
        and spelled_ali(tokens[k])
        and (writes_ala or not any(ch.isalnum() for ch in tokens[k + 1].text))
    )


def name_edges(found: list[Found], tokens: Sequence[Token]) -> None:
    """Words a name does not end with: a proclitic split off the next word; an adjective saying where a place lies
    ("المفرق القريبة"); after a person's name, a manner adverb, ل with the article ("للأناضول") and a prepositional
    word with a possessive pronoun ("مهدى [لجماهيرنا]"). A name that ends on a joiner ("بن", "أبو") takes the word
    after it ("استاد أحمد بن [علي]"), which the model misses where it reads like the preposition على; a person's name
    never ends on على written with alef maqsura, and takes a following علي written with ya where that is the name
    (:func:`_last_name_ali`)."""
    covered = coverage(found, len(tokens), live=True)
    writes_ala = any(t.norm == _ALA and t.text.endswith("ى") for t in tokens)
    for f in found:
        if f.dropped:
            continue
        if f.end - f.start > 1 and tokens[f.end - 1].norm in NAME_JOINERS and _joined_word(tokens, f.end, covered):
            covered[f.end] = covered[f.end - 1]
            f.end += 1
        if f.type == "PERSON" and f.end - f.start > 1 and _preposition_ala(tokens[f.end - 1]):
            f.end -= 1  # "شددت [فؤاد] على أن": على written with alef maqsura is the preposition, never Ali
        if f.type == "PERSON" and _last_name_ali(tokens, f.end, covered, writes_ala):
            covered[f.end] = covered[f.end - 1]
            f.end += 1  # "عبد السلام عبدي [علي]،": Ali ends the name; the preposition على never ends a clause
        while f.end - f.start > 1 and tokens[f.end - 1].norm in PROCLITICS:
            f.end -= 1  # "المدير الإقليمي [ل]برنامج": a proclitic belongs to the word after it
        if f.type in PLACE_KINDS:
            while f.end - f.start > 1 and tokens[f.end - 1].norm in _PLACE_DESCRIPTORS:
                f.end -= 1
        elif f.type == "PERSON":
            if f.end - f.start > 1 and tokens[f.end - 1].norm in MANNER_ADVERBS:
                f.end -= 1  # "رد الركراكي [ضاحكا]": how he spoke
            if f.end - f.start > 1 and tokens[f.end - 1].norm.startswith("لل"):
                f.end -= 1  # "عبد الله الرمادي [للأناضول]": ل + the article is whom he spoke to, never a name's word
            while f.end > f.start and _possessed(tokens, f.end - 1):
                f.end -= 2 if f.end - 2 >= f.start and tokens[f.end - 2].norm in _GLUED_PREPOSITIONS else 1
            f.dropped = f.end <= f.start


def future_tails(
    found: list[Found], tokens: Sequence[Token], common: Collection[str], given_names: Collection[str]
) -> None:
    """A verb in the future tense after a person's name is what the person will do, not a word of the name:
    "[يسرا] ستتسلم الجائزة", "[غوتيريش] سيكلف نائبته". It is the future prefix س before a present-tense prefix
    (ي ت ن) and an everyday word of four letters or more, and no given name ("ستيفاني", "سيرغي" are names)."""
    for f in found:
        if f.dropped or f.type != "PERSON" or f.end - f.start < 2:
            continue
        last = tokens[f.end - 1].norm
        rest = last[1:]
        if (
            last[:1] == "س"
            and rest[:1] in _IMPERFECT_PREFIXES
            and len(rest) >= 4
            and rest in common
            and last not in given_names
            and last not in common
        ):
            f.end -= 1


def coordinated_words(
    found: list[Found], tokens: Sequence[Token], common: Collection[str], given_names: Collection[str]
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


def bracketed_abbreviations(found: list[Found], tokens: Sequence[Token]) -> None:
    """ "حلف شمال الأطلسي (ناتو)": a name in brackets right after an organisation's is its abbreviation: the same
    organisation, whatever the model read it as."""
    org_ends = {f.end: k for k, f in enumerate(found) if not f.dropped and f.type == "ORG" and not f.nominal}
    # "ريال مدريد (إسبانيا)": a listed place in brackets is where a club or a company is from.
    places = {(f.start, f.end) for f in found if f.source == "gazetteer" and f.type in PLACE_KINDS}
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


def fixed_phrases(found: list[Found], tokens: Sequence[Token]) -> None:
    """Names the words of a fixed phrase only look like: "بحسن نية" (in good faith) is nobody, and a continent or
    country inside a tournament's name ("كأس آسيا") is not the place."""
    for f in found:
        if f.dropped:
            continue
        words = [t.norm for t in tokens[f.start : f.end]]
        goodness = f.type == "PERSON" and len(words) == 2 and words[0] == "حسن" and words[1] in _GOODNESS_OF
        tournament = f.type in PLACE_KINDS and f.start > 0 and tokens[f.start - 1].norm in _TOURNAMENT_HEADS
        if goodness or tournament:
            f.dropped = True


def surname_nationalities(found: list[Found], tokens: Sequence[Token]) -> None:
    """A nationality word right after a verb that is the family name of a person the article names is that person:
    "وأكد [عرب]" after "حسام عرب" (a verb takes a person as subject, where "عرب" as a people would follow a noun,
    "مستثمرون عرب")."""
    surnames = {
        tokens[f.end - 1].norm
        for f in found
        if not f.dropped and not f.nominal and f.type == "PERSON" and f.end - f.start >= 2
    }
    for f in found:
        if (
            not f.dropped
            and f.type == "NORP"
            and f.end == f.start + 1
            and f.start > 0
            and tokens[f.start].norm in surnames
            and is_verb(tokens[f.start - 1].norm)
        ):
            f.type = "PERSON"


def un_descriptions(found: list[Found], tokens: Sequence[Token]) -> None:
    """ "الوكالة الأممية", "المنظمة الأممية": a generic head with "UN" after it is how news refers to a UN body it
    names in full, a description, not a name; only "البعثة الأممية" is the mission's name as often as not. It is a
    nominal mention of the nearest body named with that head ("المفوضية الأممية: ..." heading a story on "المفوضية
    السامية للأمم المتحدة لشؤون اللاجئين"), and no mention where the article names none."""
    if not any(t.norm in _UN_ADJECTIVES for t in tokens):
        return  # most articles: no description to look at, so no list of bodies to build
    bodies = [k for k, f in enumerate(found) if f.type == "ORG" and not f.dropped and not f.nominal]
    for f in found:
        if (
            f.dropped
            or f.type != "ORG"
            or f.end - f.start != 2
            or not is_definite(tokens[f.start].norm)
            or tokens[f.start + 1].norm not in _UN_ADJECTIVES
            or bare(tokens[f.start].norm) in _UN_NAMED_HEADS
        ):
            continue
        head = bare(tokens[f.start].norm)
        named = [k for k in bodies if found[k] is not f and head in org_heads(tokens, found[k])]
        if named:
            f.nominal = True
            f.coref = min(named, key=lambda k: abs(found[k].start - f.start))
        else:
            f.dropped = True


def within_lines(found: list[Found], tokens: Sequence[Token], text: str) -> None:
    """No name runs across a line break: a heading's last word and the next line's first ("غارة على الشباب /
    ميدانيا، قتل") are two phrases. A candidate ends at the first break inside it."""
    for f in found:
        if f.dropped:
            continue
        for k in range(f.start, f.end - 1):
            if "\n" in text[tokens[k].end : tokens[k + 1].start]:
                f.end = k + 1
                break


def platforms(found: list[Found], tokens: Sequence[Token]) -> None:
    """ "كتب على إكس": a platform (with the preposition the model may take in) is nobody and nowhere."""
    for f in found:
        if f.dropped or tokens[f.end - 1].norm not in _PLATFORMS:
            continue
        if f.type == "ORG" and (f.start == 0 or tokens[f.start - 1].norm not in _VIA_PLATFORM):
            continue  # "أعلنت فيسبوك": the company
        if all(t.norm in _PLATFORMS or t.norm in _VIA_PLATFORM for t in tokens[f.start : f.end]):
            f.dropped = True


def with_article(norm: str) -> str:
    """The definite form of a word with ل + the article contracted ("للأناضول" → "الأناضول")."""
    return "ا" + norm[1:] if norm.startswith("لل") and len(norm) > 4 else norm


# A country named like the feminine of its own adjective: after a definite noun it is that adjective ("الصادرات
# السعودية", "صحيفة الرياضية السعودية"), not the country.
_ADJECTIVE_COUNTRIES = word_set("السعودية")
_COUNTRY_NAME_LINKS = word_set("العربية")  # "المملكة العربية السعودية"


def country_adjectives(found: list[Found], tokens: Sequence[Token]) -> None:
    """ "السعودية" right after a definite word it describes is the adjective Saudi, not Saudi Arabia: "الأندية
    السعودية", "أرامكو السعودية". After a preposition, a conjunction or a verb, or ending "المملكة العربية
    السعودية", it is the country."""
    for f in found:
        k = f.start
        if f.dropped or f.end != k + 1 or k == 0 or f.type not in PLACE_KINDS:
            continue
        if tokens[k].norm not in _ADJECTIVE_COUNTRIES:
            continue
        before = tokens[k - 1].norm
        if before in _COUNTRY_NAME_LINKS or not is_arabic(before) or before in STOP_WORDS or is_verb(before):
            continue
        # It agrees with a feminine or plural noun ("الرعاية", "الصادرات"); after "الوزير" it is what he visited.
        feminine = is_definite(before) and before.endswith((FEMININE_ENDING, "ات"))
        if feminine or any(g.end == k and g.type == "ORG" and not g.dropped for g in found):
            f.type = "NORP"


def agencies(found: list[Found], tokens: Sequence[Token]) -> None:
    """ "الأناضول" in news is the agency (datelines "أنقرة/ الأناضول", "نقلت الأناضول"), not Anatolia, unless a
    compass word or a region's head says otherwise ("شرق الأناضول")."""
    for f in found:
        if (
            f.dropped
            or f.type not in PLACE_KINDS
            or f.end - f.start != 1
            or with_article(tokens[f.start].norm) not in _PLACE_AGENCIES
        ):
            continue
        before = bare(tokens[f.start - 1].norm) if f.start > 0 else ""
        if before not in _REGION_WORDS:
            f.type = "ORG"


def agency_full_names(found: list[Found], tokens: Sequence[Token]) -> None:
    """ "[وكالة تاس الروسية للأنباء]": an agency named by its head and brand, then its nationality and "للأنباء", is
    named in full, as the gold names it every time "للأنباء" follows (without it, head and brand alone)."""
    for f in found:
        if f.dropped or f.type != "ORG" or f.end - f.start != 2 or bare(tokens[f.start].norm) != _AGENCY:
            continue
        end = f.end
        if end < len(tokens) and any(g.type == "NORP" and g.start == end and not g.dropped for g in found):
            end += 1  # "الروسية"
        if end < len(tokens) and tokens[end].norm == _FOR_NEWS:
            f.end = end + 1


def within_quotes(found: list[Found], tokens: Sequence[Token]) -> None:
    """No name runs across a quotation mark ("صحيفة «التيار» السودانية" is the paper's head, its title and an
    adjective): a candidate with a mark inside it goes, and the title in the marks stands alone."""
    marks = OPENING_MARKS | CLOSING_MARKS
    for f in found:
        if not f.dropped and any(tokens[k].norm in marks for k in range(f.start, f.end)):
            f.dropped = True


def settlement_heads(found: list[Found], tokens: Sequence[Token], common: Collection[str]) -> None:
    """ "مدينة [الفاشر]", "بلدة [الخيام]": the word for a town is no part of its name, as news annotation (NewsFANE
    tags it nine times in ten) leaves it; the bare name then joins the town's other mentions. A name whose listed
    form is named with its town word ("المدينة المنورة", "مدينة غزة" beside the strip) keeps it."""
    headed = [
        f
        for f in found
        if f.type in ("GPE", "LOC")
        and f.end - f.start >= 2
        and bare(tokens[f.start].norm) in _SETTLEMENT_HEADS
        and tokens[f.start].norm != _DEFINITE_QUARTER  # "[الحي الحكومي]": the quarter named by what it holds
    ]
    # Only the few candidates that start with a town word have their listed name read.
    listed = {
        (f.start, f.end)
        for f in headed
        if f.source == "gazetteer" and bare(normalise(f.canonical or "").split(" ", 1)[0]) in _SETTLEMENT_HEADS
    }
    for f in headed:
        if not f.dropped and (f.start, f.end) not in listed:
            f.start += 1
            f.skip = 0  # the glued letters belonged to the old first token
    for f in found:
        # "بلدة [زاويتاكين] الجبلية": an everyday adjective after a town's name describes the town.
        if (
            not f.dropped
            and f.source == "model"
            and f.type in ("GPE", "LOC")
            and f.end - f.start >= 2
            and f.start > 0
            and bare(tokens[f.start - 1].norm) in _SETTLEMENT_HEADS
            and _everyday_adjective(tokens[f.end - 1].norm, common)
        ):
            f.end -= 1


def _everyday_adjective(norm: str, common: Collection[str]) -> bool:
    """A definite relative adjective of everyday Arabic ("الجبلية", "الحدودي"), not a rare name."""
    return norm.startswith("ال") and norm.endswith(("يه", "ي")) and norm in common


def places_named_like_people(found: list[Found], tokens: Sequence[Token]) -> None:
    """A name that starts like a place's ("أبو", "أم", "عين", "دير" ...) is the place where a place stands: after
    "في", or joined by "و" to the place before it ("منطقتي سوق الجمعة و[أبو سليم]", "طنب الصغرى و[أبو موسى]").
    The model, which meets "أبو" mostly in people's names, reads it as a person there."""
    ends = {f.end for f in found if not f.dropped and f.type in PLACE_KINDS}
    for f in found:
        if f.dropped or f.source != "model" or f.type != "PERSON" or f.start == 0:
            continue
        if bare(tokens[f.start].norm) not in _PLACE_NAME_PARTS or f.end - f.start < 2:
            continue
        before = tokens[f.start - 1].norm
        if before == "في" or (before == "و" and f.start - 1 in ends):
            f.type = "GPE"


def _brand_after_lam(norm: str) -> bool:
    """ "للأناضول": ل + a brand, which names whom something was said to; ل + a body's head ("للاتحاد الأفريقي")
    names the body a council belongs to."""
    return norm.startswith("لل") and bare("ا" + norm[1:]) not in ORG_HEADS


def _within_body(norm: str) -> bool:
    """ "بحكومة", "بوزارة": ب glued to a body's head, which says what another body belongs to."""
    return norm[:1] == "ب" and bare(norm[1:]) in ORG_HEADS


def listed_tails(found: list[Found], tokens: Sequence[Token]) -> None:
    """A body's name ends before a listed organisation or person that follows its nationality, or a listed brand
    after ل: that is another party ("[وزارة الدفاع التركية] للأناضول"), which the model and the organisation rule
    ran on into; and before a listed body glued to ب, the body it belongs to ("[وزارة الثروات الطبيعية] بحكومة
    إقليم كردستان"). (A listed name right after a listed body without either, "[وزارة الخارجية الأمريكية] الكونغرس",
    is left joined: NewsFANE joins such names often enough that splitting them cost 0.0014 on its fold 9.)"""
    norps = {f.start for f in found if f.type == "NORP" and f.end == f.start + 1}
    listed = [
        g
        for g in found
        if g.source == "gazetteer" and g.type in ("ORG", "PERSON") and not (g.start in norps and g.end == g.start + 1)
    ]
    # Only a body the lists know at its start ("[وزارة الدفاع] التركية"): a description before a name is that
    # name's ("حركة المقاومة الفلسطينية حماس").
    listed_bodies = {g.start for g in listed if g.type == "ORG"}
    for f in found:
        if f.dropped or f.type != "ORG" or f.source == "gazetteer":
            continue
        # "[وزارة الثروات الطبيعية] بحكومة إقليم كردستان": a listed body with ب glued to it is the one the first
        # belongs to, whether or not the lists know the first.
        within = next(
            (
                g
                for g in listed
                if g.type == "ORG" and g.end == f.end and f.start + 2 <= g.start and _within_body(tokens[g.start].norm)
            ),
            None,
        )
        if within is not None:
            f.end = within.start
            within.dropped = False
            continue
        if f.start not in listed_bodies:
            continue
        for g in listed:
            if (
                g.end == f.end
                and f.start + 2 <= g.start
                and (g.start - 1 in norps or _brand_after_lam(tokens[g.start].norm))
            ):
                f.end = g.start
                g.dropped = False
                break


def listed_countries(found: list[Found], tokens: Sequence[Token], countries: set[tuple[int, int]]) -> None:
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


def _model_at(found: Sequence[Found], n: int) -> list[Found | None]:
    """Token → the model span covering it (model spans come from BIO tags, so they never overlap)."""
    at: list[Found | None] = [None] * n
    for f in found:
        if f.source == "model" and not f.dropped:
            for k in range(f.start, f.end):
                at[k] = f
    return at


# "رئيس مجلس الوزراء" and "رئيس الحكومة" are the prime minister's title, not a mention of the cabinet.
_CHAIR = word_set("رئيس رئيسة")
_CABINET = (normalise("مجلس"), normalise("الوزراء"))
_THE_GOVERNMENT = normalise("الحكومة")
# The cabinet or the government with at most one adjective ("مجلس الوزراء العراقي", "الحكومة اللبنانية").
_CABINET_WORDS = 3
_GOVERNMENT_WORDS = 2


def prime_ministers(found: list[Found], tokens: Sequence[Token]) -> None:
    """The cabinet or the government named only as what a prime minister chairs ("رئيس مجلس الوزراء العراقي",
    "رئيس الحكومة اللبنانية") is part of the title, not a mention of the body; news annotation names the body where
    the text speaks of it ("وافق مجلس الوزراء")."""
    for f in found:
        if f.dropped or f.nominal or f.type != "ORG" or f.start == 0 or tokens[f.start - 1].norm not in _CHAIR:
            continue
        words = tuple(t.norm for t in tokens[f.start : f.end])
        cabinet = words[:2] == _CABINET and len(words) <= _CABINET_WORDS
        government = words[0] == _THE_GOVERNMENT and len(words) <= _GOVERNMENT_WORDS
        if cabinet or government:
            f.dropped = True


# Heads a paper, channel, network or agency is cited with ("قناة المنار", "وكالة هرانا") while its name is the title
# alone.
_CITED_HEADS = PAPER_HEADS | word_set("شبكة وكالة")
_IN = normalise("في")


def cited_names(found: list[Found], tokens: Sequence[Token], text: str) -> None:
    """The name a body is cited by in full where the text writes it so, kept as its canonical name while its mention
    stays the name alone: a paper or channel with its head ("قناة [المنار]" is "قناة المنار"), a body of a place
    with that place ("[وزارة الصحة] في غزة" is "وزارة الصحة في غزة", Gaza's ministry, not another's). Only for names
    with no canonical name of their own."""
    places = {f.start: f for f in found if not f.dropped and f.type in ("GPE", "LOC")}
    for f in found:
        if f.dropped or f.nominal or f.type != "ORG" or f.canonical is not None:
            continue
        end = tokens[f.end - 1].end
        if f.start > 0 and bare(tokens[f.start - 1].norm) in _CITED_HEADS:
            f.cited = text[tokens[f.start - 1].start : end]
        elif f.end - f.start >= 2 and f.end + 1 < len(tokens) and tokens[f.end].norm == _IN:
            place = places.get(f.end + 1)
            if place is not None:
                f.cited = text[tokens[f.start].start + f.skip : tokens[place.end - 1].end]


# Words for an area a place is named with ("منطقة الساحل", "محافظة إدلب"); news names the place without them as often.
_AREA_HEADS = word_set("منطقة محافظة ولاية قضاء إقليم ناحية مقاطعة")


def area_names(found: list[Found], tokens: Sequence[Token], text: str) -> None:
    """A place named with its area word is cited by its name alone: "[منطقة الساحل]" is the entity "الساحل", as
    the gold names it (for منطقة, محافظة and قضاء the bare name 98 times in 140, the area word alone 3 times), while
    the mention keeps the words the text wrote. A listed name counts as written the way the list writes it."""
    for f in found:
        if f.dropped or f.nominal or f.type not in PLACE_KINDS or f.cited is not None:
            continue
        name = f.canonical or text[tokens[f.start].start + f.skip : tokens[f.end - 1].end]
        head, _, rest = name.partition(" ")
        if rest and bare(normalise(head)) in _AREA_HEADS:
            f.cited = rest


# Generic heads a brand is cited after ("شركة أرامكو السعودية", "منظمة هيومن رايتس ووتش"); the gold names the
# brand without them (شركة: 113 times alone against 47 with its head; منظمة: 41 against 7; مجموعة 18 against 12).
_HEADS_BEFORE_BRANDS = word_set("شركة منظمة مجموعة")


def brand_mentions(found: list[Found], tokens: Sequence[Token]) -> None:
    """A brand after a generic head is mentioned without the head: "شركة [أرامكو السعودية]", "منظمة [أطباء بلا
    حدود]". A definite name after the head is a description, not a brand, and keeps it ("منظمة الصحة العالمية")."""
    for f in found:
        if (
            not f.dropped
            and not f.nominal
            and f.type == "ORG"
            and f.end - f.start >= 2
            and tokens[f.start].norm in _HEADS_BEFORE_BRANDS
            and not is_definite(tokens[f.start + 1].norm)
            and not tokens[f.start + 1].norm.startswith("لل")
            and (is_arabic(tokens[f.start + 1].norm) or tokens[f.start + 1].norm.isalnum())
        ):
            f.start += 1
            f.skip = 0


def retarget(found: list[Found]) -> None:
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


def person_at(found: Sequence[Found], start: int) -> Found | None:
    """The model's person name starting at token ``start``, if any."""
    return next(
        (f for f in found if f.source == "model" and f.type == "PERSON" and f.start == start and not f.dropped), None
    )


def from_tags(tags: Sequence[str]) -> list[Found]:
    out: list[Found] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if prefix == "I" and t == kind:
            continue
        if kind and kind != "MISC":
            out.append(Found(start, i, kind, "model"))
        start, kind = (i, t) if prefix in ("B", "I") else (-1, "")
    return out


def likely_people(
    found: Sequence[Found], confidence: Sequence[Mapping[str, float]], tokens: Sequence[Token]
) -> list[Found]:
    """Two or more words in a row that the model, word by word, more likely than not reads as part of a person's
    name, though its best tag sequence left them out ("توم فليتشر" after a long title)."""
    likely = [c.get("PERSON", 0.0) >= SURE for c in confidence]
    if not any(a and b for a, b in itertools.pairwise(likely)):
        return []  # no two likely words in a row: most documents
    covered = coverage(found, len(tokens))
    out: list[Found] = []
    k = 0
    while k < len(tokens):
        end = k
        while end < len(tokens) and covered[end] is None and likely[end]:
            end += 1
        if end - k >= 2:
            out.append(Found(k, end, "PERSON", "model"))
        k = max(end, k + 1)
    return out


def possessive_readings(found: list[Found], tokens: Sequence[Token], common: Collection[str]) -> None:
    """A listed name written with ة matched by a word the text spells with ه is that word with "his/its": "تجاوز
    عدد [زواره]" is "its visitors", not the Libyan town Zuwara, once normalisation has made the two alike."""
    for f in found:
        if f.dropped or f.source != "gazetteer" or f.end != f.start + 1 or not (f.canonical or "").endswith("ة"):
            continue
        text = tokens[f.start].text
        if text.endswith("ه") and normalise(text[:-1]) in common:
            f.dropped = True


def from_gazetteer(matches: Sequence[GazMatch]) -> list[Found]:
    return [Found(m.start, m.end, m.type, "gazetteer", canonical=m.canonical, skip=m.skip) for m in matches]


def coverage(found: Sequence[Found], n: int, *, live: bool = False) -> list[int | None]:
    """Token → the index in ``found`` of the first candidate covering it (of those not dropped, with ``live``), or
    None."""
    covered: list[int | None] = [None] * n
    # Written last to first, so the first candidate over a token is the one left there.
    for k in range(len(found) - 1, -1, -1):
        if live and found[k].dropped:
            continue
        start, end = found[k].start, min(found[k].end, n)
        if end > start:
            covered[start:end] = [k] * (end - start)
    return covered


def index(found: Sequence[Found], n: int) -> list[int | None]:
    """Token → the longest candidate covering it (ties: the earlier one)."""
    at: list[int | None] = [None] * n
    for k, f in enumerate(found):
        for t in range(f.start, f.end):
            cur = at[t]
            if cur is None or (f.end - f.start) > (found[cur].end - found[cur].start):
                at[t] = k
    return at


# Which Arabic mentions a Latin one of each type may join: a handle or display name is typed as a person or a body
# indifferently, a place only ever names a place.
_LATIN_LINKS = {"PERSON": ("PERSON", "ORG"), "ORG": ("PERSON", "ORG"), "GPE": PLACE_KINDS, "LOC": PLACE_KINDS}


def latin_names(found: list[Found], tokens: Sequence[Token]) -> None:
    """A name in Latin letters ("— Seyed Abbas Araghchi (@araghchi)", an embedded post's author; "Rabat" in a post
    in Spanish) is the one name in Arabic script it transliterates ("عراقجي", "الرباط"): it refers to that mention
    and takes its type. A person or body links to a person or body, a place to a place. A Latin name that matches
    none, or names that differ, stays its own entity."""
    arabic = [
        (k, f)
        for k, f in enumerate(found)
        if not f.dropped and not f.nominal and f.type in _LATIN_LINKS and is_arabic(tokens[f.start].norm)
    ]
    if not arabic:
        return
    for f in found:
        first = tokens[f.start].text.lstrip("@")
        if f.dropped or f.nominal or f.coref is not None or f.type not in _LATIN_LINKS or not first[:1].isascii():
            continue
        if not first[:1].isalpha():
            continue
        latin = " ".join(t.text for t in tokens[f.start : f.end])
        matches = [
            (k, g)
            for k, g in arabic
            if g.type in _LATIN_LINKS[f.type] and same_name(latin, " ".join(t.norm for t in tokens[g.start : g.end]))
        ]
        if matches and len({tokens[g.end - 1].norm for _, g in matches}) == 1:
            k, g = matches[0]
            f.coref, f.type = k, g.type


def handles(text: str, tokens: Sequence[Token], found: list[Found]) -> list[Found]:
    """ "التلفزيون العربي (@AlarabyTV)": the handle names what the words before the bracket name."""
    ends = {f.end: k for k, f in enumerate(found) if not f.nominal and f.type in ("ORG", "PERSON", "GPE")}
    out = []
    for i, tok in enumerate(tokens):
        if not tok.text.startswith("@") or len(tok.text) < 3 or i < 1 or tokens[i - 1].text != "(":
            continue
        k = ends.get(i - 1)
        if k is None:
            continue
        out.append(Found(i, i + 1, found[k].type, "rule", coref=k, skip=1))
    return out
