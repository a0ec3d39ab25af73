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
model is heard (``veto_unlikely``, ``model_types_win``): a rule or gazetteer name the model gives no chance of being
a name of its kind is dropped, the model's type wins on the same words, and its bounds win for organisations and
places. News annotation (NewsFANE, ACE) keeps titles, honorifics, media heads and nationality adjectives outside
names; the rules follow it. Those settling steps, and the handles in brackets, live in
:mod:`workers.lang.ar.mention_steps`; :meth:`MentionFinder.find` runs them in order.

Offsets never include a proclitic, '#' or '@': mentions are built from tokens, which already exclude them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from functools import lru_cache

from workers.doc import Doc, Mention, Token
from workers.lang.ar import mention_steps as steps
from workers.lang.ar.clitics import PROCLITICS
from workers.lang.ar.dates import ENGLISH_MONTHS
from workers.lang.ar.gazetteer import Gazetteer, GazMatch
from workers.lang.ar.lexicon import event_triggers, speech_verbs
from workers.lang.ar.lexicon.words import (
    COMPLEMENTISERS,
    SAYING,
    word_set,
)
from workers.lang.ar.normalise import normalise
from workers.lang.ar.wordforms import (
    CLOSING_MARKS,
    COMMON_ADJECTIVES,
    OPENING_MARKS,
    STOP_WORDS,
    is_adjective,
    is_arabic,
    is_definite,
    is_verb,
    is_weak_verbal_noun,
)

# Heads whose first modifier may be a bare brand name ("وكالة إنترفاكس", "قناة الجزيرة" is covered anyway).
_BRAND_HEADS = word_set("وكالة صحيفة قناة شركة شبكة حزب حركة جماعة إذاعة")
# A head that introduces a body only by a brand ("موقع [هسبريس]"); before anything else it is a common noun ("موقع
# عسكري", "الموقع الرسمي").
_BRAND_ONLY_HEADS = word_set("موقع")
# Bodies in the plural: after an adjective, "و" + one of them begins the next phrase, not a second field.
_BODIES = word_set("الشركات المصارف البنوك الهيئات المنظمات الجمعيات الأحزاب الوزارات المجالس اللجان الدول الحكومات")
# "حاورت هسبريس X،": verbs whose object is the person an outlet interviewed.
_INTERVIEWED = word_set("حاورت حاور التقت")
# Titles that also name a body in the construct state: "فريق الخبراء" (a panel), "منسق أعمال الحكومة" (an office).
_OFFICE_TITLES = word_set("فريق منسق")
# Heads spelled like a participle that describes the body before it ("اللجنة المحلية [المنظمة] للبطولة").
_PARTICIPLE_HEADS = word_set("منظمة")
# The ordinal after a king's name ("محمد الخامس").
_ORDINALS = word_set("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر")
# Heads that news annotation leaves outside a brand name ("صحيفة [تايمز]", "وكالة [فرانس برس]").
_MEDIA_WORDS = word_set("انباء اعلام صحافة بث اخبار")
# Heads of bodies named by a title ("نادي [الهلال]", "صحيفة [الرؤية]").
_TITLE_HEADS = steps.PAPER_HEADS | word_set("نادي")
_PREPOSITION_PRONOUNS = word_set("بها به بهم بهما لها له لهم عليها عليه عليهم عنها عنه منها منه فيها فيه")
_MINISTRY = normalise("وزارة")
_RADIO = word_set("الإذاعة للإذاعة")
_TELEVISION = word_set("التلفزيون التلفزة")
# Prepositions whose hamza tells them from a title once normalisation has taken it off ("أمام" / "إمام").
_SPELLED_PREPOSITIONS = ("أمام",)
# "مؤتمر صحفي", "إيجاز صحفي": after these nouns "press" qualifies them; it is no journalist.
_PRESS_EVENTS = word_set("مؤتمر المؤتمر مؤتمرا إيجاز الإيجاز لقاء اللقاء تصريح التصريح بيان البيان ندوة الندوة")
_PRESS = word_set("صحفي صحافي الصحفي الصحافي")
_BYLINES = word_set("تقرير إعداد بقلم كتبه كتب تصوير مراسل مراسلة")
_MAX_MODIFIERS = 5
# A ministry of several portfolios ("وزارة الفلاحة والصيد البحري والتنمية القروية والمياه والغابات").
_MAX_MINISTRY_WORDS = 12
# Given names that are titles only before their second word ("أمين عام", "أمينة السر"), in normalised form.
_PHRASE_ONLY_TITLES = frozenset({"امين", "امينه"})
_PHRASE_ONLY_SECOND = frozenset({"عام", "العام", "عامه", "العامه", "سر", "السر", "صندوق", "مال", "المال"})
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
# Heads of what a person leads rather than what is named after him: "تحت قيادة الملك محمد السادس" is his command.
_LED_HEADS = _STATE_HEADS | word_set("قيادة")
_POSSESSIVES = ("هما", "هم", "ها", "ه")
_TITLES_SEEN = 50_000  # words whose title reading is remembered
_NUMBER_ENDINGS = ("ين", "ان", "ات", "ون")
_COMMON_STEM = 5  # corpus count from which a word is common enough that its accusative form is no name
_TITLE_LINKS = word_set("باسم ب اسم باسمه باسمها باسمهم باسمهما")
_TITLE_PREPOSITIONS = word_set("لدى في عن ل إلى")
# doc.annotations key: first token of a title phrase → first token of the name it stands in apposition to.
APPOSITIONS = "ar.appositions"
_PLURAL_ENDINGS = ("ات", "ون", "ين")
_COMMON = 5  # corpus count from which an indefinite word inside a title is a common noun, not a name
_RARE = 20  # corpus count under which a word after an agency head reads as its brand name
_PLACE_LIKE = frozenset({"GPE", "NORP", "LOC"})
# Names whose rule or gazetteer reading the model can overrule; nationality words ("إسرائيلية") are a closed list
# the gazetteer gets right where the model, which rarely tags them, is unsure.
_NAMED_IN_TITLES = frozenset({"ORG", *steps.PLACE_KINDS})
_MAX_NAME = 4


# Honorifics of address, not in the title gazetteer because they name no office.
_HONORIFICS = word_set("معالي سمو فخامة سماحة جلالة حضرة صاحب")


def _family_name(norm: str) -> bool:
    """Whether a definite word can be a family name: a nisba ("العوادي", whose stem is no adjective) or a word that
    reads as no adjective at all."""
    return is_definite(norm) and not is_adjective(norm[:-1] if norm.endswith("ي") else norm)


def _broadcasting(first: str, second: str) -> bool:
    """ "الإذاعة والتلفزيون": radio and television, one field of a body's name."""
    return first in _RADIO and second in _TELEVISION


def _interview_verb(norm: str) -> bool:
    """ "حاورت", also with the conjunction the tokenizer leaves on it ("وحاورت", which the corpus never saw)."""
    return norm in _INTERVIEWED or (norm[:1] in "وف" and norm[1:] in _INTERVIEWED)


_APPOSITION_COMMAS = frozenset({"،", ","})
# What closes an office set off by a comma after a name, and how many words it may run past its titles.
_APPOSITION_CLOSE = _APPOSITION_COMMAS | {".", "؛", ";"}
_APPOSITION_REACH = 8
_IN_THE_NAME_OF = normalise("باسم")
_NAME = normalise("اسم")
# Titles of address rather than office, which follow an office for the same person ("الأمير الشيخ", "الرئيس الدكتور").
_HONORIFIC_TITLES = frozenset(
    steps.bare(normalise(w)) for w in ("الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور", "الدكتورة", "الأمير")
)


@lru_cache(maxsize=1 << 14)
def future_verb(norm: str) -> bool:
    """Whether a normalised word is a lexicon verb with the future prefix ("سيزور", "وستلتقي"): a name never is."""
    return any(h.future for h in (*event_triggers().lookup(norm), *speech_verbs().lookup(norm)))


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
        or gazetteer name the model gives no chance of being a name of its type is dropped (``veto_unlikely`` in
        :mod:`workers.lang.ar.mention_steps`).
        ``listed`` are the gazetteer's matches in the document's tokens when the caller already has them.
        """
        tokens = doc.tokens
        self._flag_titles(tokens)
        found: list[steps.Found] = []
        if tags is not None:
            trimmed = (self._trimmed(tokens, f, confidence) for f in steps.from_tags(tags))
            found.extend(f for f in trimmed if not f.dropped)
        if confidence is not None:
            found.extend(steps.likely_people(found, confidence, tokens))
        if listed is None:
            listed = self.gazetteer.match(tokens)
        found.extend(steps.from_gazetteer(listed))
        steps.possessive_readings(found, tokens, self.common)
        found.extend(self._organisations(tokens, found))
        appositions: dict[int, int] = {}
        titled = self._titled_people(tokens, found, appositions)
        doc.annotations[APPOSITIONS] = appositions
        steps.drop_crossing_model_spans(found, [t.norm for t in tokens], confidence)
        steps.model_types_win(found, tokens)
        steps.listed_tails(found, tokens)
        steps.settlement_heads(found, tokens, self.common)
        steps.within_quotes(found, tokens)
        found.extend(steps.quoted_titles(found, tokens))
        steps.listed_countries(found, tokens, {(m.start, m.end) for m in listed if m.type == "GPE"})
        steps.places_named_like_people(found, tokens)
        if confidence is not None:
            steps.veto_unlikely(found, confidence, tokens, self.vocab, self.gazetteer.given_names)
            steps.adjective_places(found, tokens, confidence)
            steps.people_over_vetoed_places(found)
        steps.join_heads(found, tokens)
        steps.absorb_nisba(found, tokens)
        steps.nisba_surnames(found, tokens)
        steps.brand_nationality(found, tokens, self.vocab)
        self._extend_surnames(found, tokens)
        self._extend_given_names(found, tokens, frozenset(appositions.values()))
        found.extend(steps.trim_model_bodies(found, tokens))
        found.extend(steps.sites(found, tokens, self.vocab, self.common))
        found.extend(steps.named_places(found, tokens, self.common, confidence))
        found.extend(steps.nationals(found, tokens, self.common, self.vocab))
        found.extend(self._interviewees(tokens, found))
        found.extend(self._aliases(tokens, found))
        found.extend(self._bylines(tokens, found))
        found.extend(steps.handles(doc.text, tokens, found))
        found.extend(self._nominal_titles(tokens, found, titled))
        found.extend(self._nominal_bodies(tokens, found))
        steps.facilities(found, tokens)
        steps.agencies(found, tokens)
        steps.agency_full_names(found, tokens)
        steps.country_adjectives(found, tokens)
        self._compass_regions(found, tokens)
        steps.compass_provinces(found, tokens)
        found.extend(steps.countries_after_prepositions(found, tokens))
        found.extend(steps.towns_named_like_words(found, tokens))
        found.extend(steps.regions_named_like_words(found, tokens))
        steps.platforms(found, tokens)
        steps.fixed_phrases(found, tokens)
        steps.un_descriptions(found, tokens)
        steps.surname_nationalities(found, tokens)
        steps.name_complements(found, tokens)
        steps.name_edges(found, tokens)
        steps.joined_words(found, tokens, self.gazetteer.titles)
        steps.cut_words(found, tokens, self.common)
        steps.coordinated_words(found, tokens, self.common, self.gazetteer.given_names)
        steps.future_tails(found, tokens, self.common, self.gazetteer.given_names)
        self._accusative_tails(found, tokens)
        steps.bracketed_abbreviations(found, tokens)
        steps.paper_titles(found, tokens)
        self._club_nationality(found, tokens)
        steps.within_quotes(found, tokens)
        steps.within_lines(found, tokens, doc.text)
        steps.latin_names(found, tokens)
        steps.prime_ministers(found, tokens)
        steps.brand_mentions(found, tokens)
        steps.retarget(found)
        steps.cited_names(found, tokens, doc.text)
        steps.area_names(found, tokens, doc.text)
        kept = [k for k, f in enumerate(found) if not f.dropped]
        new_index = {old: new for new, old in enumerate(kept)}
        for f in found:
            f.coref = new_index.get(f.coref) if f.coref is not None else None
        return [self._mention(doc, found[k]) for k in kept]

    def _trimmed(
        self, tokens: Sequence[Token], f: steps.Found, confidence: Sequence[Mapping[str, float]] | None = None
    ) -> steps.Found:
        """A model span without the verbs and function words it sometimes takes in at its edges ("زار شويغو").

        A given name spelled like a function word ("علي" / "على") or a verb ("روي") stays when the model is sure of
        it: "زين العابدين بن علي", "روي كين". A title or honorific the model takes into a person's name goes: news
        annotation (ACE, NewsFANE) leaves "الشيخ", "معالي" outside the name.
        """

        def loose(k: int) -> bool:
            norm = tokens[k].norm
            if not norm[:1].isalnum() or steps.link(norm) or norm.lower() in ENGLISH_MONTHS:
                # A link ("حكيمة هرميش [pic.twitter.com/3Z8u]") or a tweet's date line ("December 3") is nobody's name.
                return True
            if norm in COMPLEMENTISERS:
                return True  # "وأضاف الفريق ربيع [أن]": the clause after the name starts there
            if steps.jussive(norm) or (future_verb(norm) and norm not in self.gazetteer.given_names):
                # "لم [يلتق] بن فرحان", "[وسيزور] بن فرحان موسكو": a verb, however sure the model is of the name
                # after it.
                return True
            if not (norm in STOP_WORDS or is_verb(norm)):
                return False
            sure = confidence is not None and confidence[k].get(f.type, 0.0) >= steps.SURE
            return not (sure and (norm in self.gazetteer.given_names or (f.type == "PERSON" and not is_definite(norm))))

        def title_to_drop(k: int) -> bool:
            # "الدكتور [سلطان] أحمد الجابر": a title word without the article right after an honorific of address
            # is the given name ("الشيخ [الأمير] محمد" keeps its second title).
            after_honorific = (
                k > 0 and steps.bare(tokens[k - 1].norm) in _HONORIFIC_TITLES and not is_definite(tokens[k].norm)
            )
            return (
                f.type == "PERSON"
                and self._title_word(tokens[k].norm)
                and not after_honorific
                and not self._given_not_titled(tokens, k)
            )

        told = self._told_me(tokens, f.start)
        while f.start < f.end and (loose(f.start) or title_to_drop(f.start) or self._told_me(tokens, f.start)):
            f.start += 1
        opened = next((k for k in range(f.start + 1, f.end) if tokens[k].norm == "("), None)
        if opened is not None and all(tokens[k].norm != ")" for k in range(opened, f.end)):
            f.end = opened  # "النقابة الوطنية لمراقبي الحركة الجوية [(SNCTA]": the bracket holds another name
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
        if f.type == "ORG":
            # "[وزارة الخارجية الأمريكية] الحكومة العراقية": a body's name ends before the next body's head.
            f.end = next((k for k in range(f.start + 2, f.end) if self._next_body(tokens, k)), f.end)
        # "حركة "إم [23]"": a number is part of a name ("فرانس 24"), never a name alone.
        f.dropped = all(tokens[k].norm.isdigit() for k in range(f.start, f.end))
        head = tokens[f.start].norm if f.start < f.end else ""
        if (
            f.type == "ORG"
            and not is_definite(head)
            and self._title_word(head)
            and head not in steps.ORG_HEADS
            and head not in _OFFICE_TITLES
        ):
            f.dropped = True  # "[شيخ الأزهر]: ...": an office in the construct state is its holder's title
        if told and f.end == f.start + 1 and tokens[f.start].norm in self.common:
            f.dropped = True  # "قال لي [بوضوح]": what is left of "told me" is an everyday word, no one's name
        return f

    @staticmethod
    def _told_me(tokens: Sequence[Token], k: int) -> bool:
        """ "قال [لي] ريك بيبركورن": "لي" right after a speech verb is "to me", the interviewer, not the name "Li"."""
        return tokens[k].norm == "لي" and k > 0 and bool(speech_verbs().lookup(tokens[k - 1].norm))

    def _mention(self, doc: Doc, f: steps.Found) -> Mention:
        start, end = doc.tokens[f.start].start + f.skip, doc.tokens[f.end - 1].end
        if doc.text[end : end + 1] == "+" and doc.text[end + 1 : end + 2] in ("", " ", "،", ",", ".", ")"):
            end += 1  # "أوبك+": the plus is part of the name
        text = doc.text[start:end]
        canonical = f.canonical or steps.citation_form(text)
        if f.cited is not None:
            canonical = f.cited
        elif f.type == "ORG":
            canonical = steps.brand_form(canonical or text) or canonical  # "شركة لوك أويل" is cited "لوك أويل"
        return Mention(
            start=start,
            end=end,
            text=text,
            type=f.type,
            source=f.source,
            # Two spellings the gazetteer maps to one name ("أميركا", "الولايات المتحدة") share a key.
            key=self.name_key(f.canonical or text),
            canonical=canonical,
            nominal=f.nominal,
            coref=f.coref,
        )

    # --- organisations -------------------------------------------------------------------------------------------

    @staticmethod
    def _news_word(norm: str) -> bool:
        """ "للأنباء", "للإعلام": the "for news" that ends an agency's full name."""
        return norm.startswith("لل") and steps.bare(norm[1:]) in _MEDIA_WORDS

    @staticmethod
    def _noun(norm: str) -> bool:
        """Whether a word is a noun or an adjective: Arabic, neither a function word nor a verb."""
        return is_arabic(norm) and norm not in STOP_WORDS and norm not in PROCLITICS and not is_verb(norm)

    @staticmethod
    def _definite_adjective(norm: str) -> bool:
        """A definite adjective ("الروسي") that a model name may have taken in after a title."""
        return is_definite(norm) and is_adjective(norm)

    def _modifier(self, norm: str) -> bool:
        return is_arabic(norm) and is_definite(norm) and norm not in STOP_WORDS and not is_verb(norm)

    def _organisations(self, tokens: Sequence[Token], found: list[steps.Found]) -> list[steps.Found]:
        """Head noun + modifiers; the brand word of an agency is remembered and tagged where it stands alone."""
        covered = steps.coverage(found, len(tokens))
        places = [k is not None and found[k].type in _PLACE_LIKE for k in covered]
        # A place inside a longer name too ("جامعة [القاهرة]"): a second field never follows it.
        in_place = [False] * len(tokens)
        for f in found:
            if f.type in _PLACE_LIKE:
                in_place[f.start : f.end] = [True] * (f.end - f.start)
        body_starts = {f.start for f in found if f.type == "ORG" and not f.dropped}
        # A nationality word, whichever longer candidate also covers it.
        norp_starts = {f.start for f in found if f.type == "NORP" and f.end == f.start + 1}
        norps = [t in norp_starts for t in range(len(tokens))]
        proper = [
            k is not None and found[k].type in ("GPE", "LOC") and found[k].start == t for t, k in enumerate(covered)
        ]
        out: list[steps.Found] = []
        brands: set[str] = set()
        founders: set[tuple[str, ...]] = set()
        i = 0
        while i < len(tokens):
            head = steps.bare(tokens[i].norm)
            if head in _BRAND_ONLY_HEADS:
                if i + 1 < len(tokens) and self._brand(tokens[i + 1].norm) and steps.person_at(found, i + 1) is None:
                    j = i + 2
                    while j < len(tokens) and j - i <= _MAX_MODIFIERS and self._brand(tokens[j].norm):
                        j += 1
                    brands.add(tokens[i + 1].norm)
                    out.append(steps.Found(i + 1, j, "ORG", "rule"))
                    i = j
                else:
                    i += 1
                continue
            if head not in steps.ORG_HEADS or (
                head in steps.ADJECTIVE_HEADS
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
            named = steps.person_at(found, j) if tokens[i].norm == head else None
            founder_end = (
                self._founder_end(tokens, j + 1)
                if named is None
                and tokens[i].norm == head
                and head not in _LED_HEADS  # "حكومة الشيخ أحمد": a government is led by its head, a person
                and j < len(tokens)
                and tokens[j].norm in steps.FOUNDER_TITLES
                else None
            )
            if founder_end is not None:
                # "جامعة الملك [سعود]": a body named after a royal; the royal is no mention of its own there.
                for f in found:
                    if f.type == "PERSON" and not f.dropped and j < f.end and f.start < founder_end:
                        f.dropped = True
                j = founder_end
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
                # "شركة [خليجية]": a company described by a nisba adjective, not named.
                and not (is_adjective(tokens[j].norm) and tokens[j].norm.endswith(("يه", "ي")))
                # "المتحدث باسم الحركة [لورانس كانيوكا]": a person after the definite head is in apposition to it.
                and (tokens[i].norm == head or steps.person_at(found, j) is None)
            ):
                brands.add(tokens[j].norm)
                j += 1
                if head in steps.MEDIA_HEADS:
                    # "صحيفة اندبندنت اون صنداي البريطانية": a paper, channel or agency is named by its brand alone.
                    while j < len(tokens) and j - i <= _MAX_MODIFIERS and self._brand(tokens[j].norm) and not norps[j]:
                        j += 1
                    if j + 1 < len(tokens) and norps[j] and self._news_word(tokens[j + 1].norm):
                        j += 1  # "وكالة تاس [الروسية] للأنباء": the nationality inside the agency's full name
                    if j < len(tokens) and self._news_word(tokens[j].norm):
                        j += 1  # "وكالة تاس [للأنباء]"
                    out.append(steps.Found(i + 1, j, "ORG", "rule"))
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
            conjunctions = 0
            while (
                j < len(tokens)
                and j - i <= (_MAX_MINISTRY_WORDS if head == _MINISTRY else _MAX_MODIFIERS + 2 * conjunctions)
                and not self._title_word(tokens[j].norm)  # "رئيس [مجلس الوزراء] الأمير محمد"
                # "[الحكومة اليمنية] المعترف بها دوليا": a participle with its own complement describes the body.
                and not (j + 1 < len(tokens) and tokens[j + 1].norm in _PREPOSITION_PRONOUNS)
                and tokens[j].norm not in _DESCRIPTIVE  # "قناة المسيرة [التابعة] للحوثيين"
                and not self._next_body(tokens, j)
                # "لجنة النقل والاتصالات النيابية [المشروع]": a name of two fields ends with the adjective after them.
                and not (conjunctions and is_adjective(tokens[j - 1].norm) and not is_adjective(tokens[j].norm))
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
                    and steps.disagree(tokens[i].norm, tokens[j].norm)
                    and steps.disagree(tokens[j - 1].norm, tokens[j].norm)  # "رابطة [الدوري] الإسباني" agrees
                )
                # A country after a definite word is the next phrase ("طالبت [الرئاسة الفلسطينية] الولايات المتحدة");
                # only a noun in the construct state takes one ("مصرف قطر").
                and not (proper[j] and is_definite(tokens[j - 1].norm) and not tokens[j - 1].norm.startswith("لل"))
            ):
                j += 1
                if (
                    (head == _MINISTRY or self._coordinated_field(tokens, i, j, head, in_place))
                    and j + 1 < len(tokens)
                    and tokens[j].norm == "و"
                    and self._modifier(tokens[j + 1].norm)
                    and not norps[j + 1]
                    and not proper[j + 1]
                    and (
                        # "هيئة الإذاعة و[التلفزيون]": broadcasting is one field, though its second word heads bodies
                        _broadcasting(tokens[j - 1].norm, tokens[j + 1].norm)
                        or (
                            j + 1 not in body_starts  # "حزب القوات اللبنانية و[التيار الوطني الحر]": the next body
                            # A second body after و, or anything after the ministry's nationality, is the next name:
                            # "[وزارة الرياضة السعودية] والاتحاد الآسيوي".
                            and steps.bare(tokens[j + 1].norm) not in steps.ORG_HEADS
                        )
                    )
                    and not norps[j - 1]
                ):
                    j += 1  # "وزارة الموارد المائية [و]الري": a ministry of two portfolios
                    conjunctions += 1
                elif (
                    head == _MINISTRY
                    and j + 2 < len(tokens)
                    and tokens[j].norm == "و"
                    and not norps[j - 1]
                    and self._construct_portfolio(tokens, j + 1)
                ):
                    j += 3  # "وزارة الاتصالات [وتقنية المعلومات]": a second portfolio in the construct state
                    conjunctions += 1

            if tokens[j - 1].norm == "و":
                j -= 1  # the ministry's next portfolio was too many: the name does not end on the conjunction
            if j > i + 1 and head in steps.PAPER_HEADS:
                # "صحيفة [الرؤية] العمانية": a paper or channel is named by its title, without the head or the
                # country after it, as news annotation marks it.
                end = j - 1 if norps[j - 1] and j - 1 > i + 1 else j
                out.append(steps.Found(i + 1, end, "ORG", "rule"))
                i = j
            elif j > i + 1:
                # "الرئاسة السورية", "الحكومة العراقية": a state body named by its nationality, as news annotators
                # mark it, though the corpus the model learned from does so only half the time.
                state = head in _STATE_HEADS and any(
                    (k := covered[t]) is not None and found[k].type in ("NORP", "GPE") for t in range(i + 1, j)
                )
                out.append(steps.Found(i, j, "ORG", "rule", trusted=state))
                i = j
            else:
                i += 1
        for k, tok in enumerate(tokens):
            if tok.norm in brands and covered[k] is None and not any(f.start <= k < f.end for f in out):
                out.append(steps.Found(k, k + 1, "ORG", "rule"))
        # The same words elsewhere in the article name the body too, though the model read them as a person.
        for f in found:
            words = tuple(t.norm for t in tokens[f.start : f.end])
            if f.source == "model" and f.type == "PERSON" and not f.dropped and words in founders:
                f.type = "ORG"
        return out

    def _construct_portfolio(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether a ministry's second portfolio starts at ``k`` as a noun in the construct state before a definite
        genitive noun ("[تقنية] المعلومات", "[شؤون] المرأة"): no title or glued preposition. An indefinite word cannot
        describe the definite portfolio before و, so one ending like a nisba ("تقنية") is a noun here too."""
        norm, genitive = tokens[k].norm, tokens[k + 1].norm
        return (
            self._noun(norm)
            and not is_definite(norm)
            and steps.bare(norm) not in steps.ORG_HEADS  # "وزارة الزراعة و[وزارة] الموارد المائية": two bodies
            and not self._title_word(norm)
            and not self._glued_preposition(norm)
            and len(norm) >= 3
            and self._modifier(genitive)
            and not is_adjective(genitive)
            and steps.bare(genitive) not in steps.ORG_HEADS
        )

    @staticmethod
    def _next_body(tokens: Sequence[Token], k: int) -> bool:
        """Whether token ``k`` heads another body: a definite organisation head right after an adjective, as after
        a body's nationality ("وزارة الخارجية الأمريكية [الحكومة] العراقية")."""
        norm = tokens[k].norm
        return (
            k > 0
            and is_definite(norm)
            and steps.bare(norm) in steps.ORG_HEADS
            and steps.bare(norm) not in steps.ADJECTIVE_HEADS
            and steps.bare(norm) not in _PARTICIPLE_HEADS
            and is_adjective(tokens[k - 1].norm)
            and is_definite(tokens[k - 1].norm)
        )

    def _coordinated_field(self, tokens: Sequence[Token], i: int, j: int, head: str, places: Sequence[bool]) -> bool:
        """Whether a body's name headed at ``i`` goes on past the و at ``j`` with a second field: after a head in
        the construct state or a field with ل ("لجنة الأمن والدفاع", "الاتحاد السعودي للسيارات والدراجات النارية"),
        not after a place, and after an adjective only into a word an adjective follows too ("للأنواء الجوية والرصد
        الزلزالي"). "اللجنة الرباعية والدول المانحة" and "المصرف المركزي والمصارف" are two things."""
        if head in _STATE_HEADS or head in steps.MEDIA_HEADS or places[j - 1] or j + 1 >= len(tokens):
            return False
        if tokens[i].norm != head and not any(self._lam_genitive(tokens, k) for k in range(i + 1, j)):
            return False
        if is_adjective(tokens[j - 1].norm):
            return (
                j + 2 < len(tokens)
                and tokens[j + 1].norm not in _BODIES  # "صندوق الاستثمارات العامة [والشركات] السعودية"
                and is_definite(tokens[j + 2].norm)
                and is_adjective(tokens[j + 2].norm)
            )
        return True

    def _founder_end(self, tokens: Sequence[Token], k: int) -> int | None:
        """The end of a royal's name at ``k``, after the title a body's head names him by: a listed given name
        ("عبدالعزيز", "عبد العزيز"), with his father's ("سلمان بن عبدالعزيز") or his ordinal ("محمد الخامس")."""
        given = self.gazetteer.given_names

        def name_end(at: int) -> int | None:
            if at < len(tokens) and tokens[at].norm == "عبد" and at + 1 < len(tokens):
                return at + 2
            return at + 1 if at < len(tokens) and tokens[at].norm in given else None

        end = name_end(k)
        if end is None:
            return None
        if end + 1 < len(tokens) and tokens[end].norm in ("بن", "بنت"):
            end = name_end(end + 1) or end
        elif end < len(tokens) and tokens[end].norm in _ORDINALS:
            end += 1
        return end

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
            or self._glued_preposition(norm)  # "رحب إسحاق دار [بنتائج] الجولة": a complement, not a genitive
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
            and not is_weak_verbal_noun(norm)  # "وكالة [تنمية] الأطلس الكبير": a noun in the construct state
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
        definite = steps.with_article(norm)
        # "ووفقا [للوزير] التركي": ل glued to the article of a title; not a feminine form, which the list makes of
        # every title and some are fields ("للسباحة": of swimming, not of a swimmer).
        if definite != norm and not definite.endswith("ه") and definite in self.gazetteer.title_words:
            return definite
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
        if i > 0 and tokens[i].norm in _PRESS and tokens[i - 1].norm in _PRESS_EVENTS:
            return False  # "في مؤتمر [صحفي] مشترك": an adjective of the conference
        if self._given_not_titled(tokens, i):
            return False  # "شارك [أمين] التهراوي": the given name; the title is "الأمين العام", "أمين السر"
        return self._title_of(tokens[i].norm) is not None or self._title_phrase_at(tokens, i)

    @staticmethod
    def _given_not_titled(tokens: Sequence[Token], i: int) -> bool:
        """Whether the word at ``i`` is a given name that is a title only with its second word ("أمين", "أمينة"
        without "عام" or "السر") and without the article."""
        return tokens[i].norm in _PHRASE_ONLY_TITLES and (
            i + 1 >= len(tokens) or tokens[i + 1].norm not in _PHRASE_ONLY_SECOND
        )

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

    def _title_end(self, tokens: Sequence[Token], i: int, found_at: list[int | None], found: list[steps.Found]) -> int:
        """The end of the title phrase that starts at token ``i`` (a title word): its modifiers and named places."""
        phrase = self._title_phrase_at(tokens, i)
        j = i + 2 if phrase else i + 1
        # One link word per title: a second "باسم" is a given name. "المتحدث باسم" is a listed phrase with its link.
        linked = phrase and tokens[i + 1].norm in _TITLE_LINKS
        steps = 0  # a named body or place is one step however many words it has ("للأمم المتحدة")
        while j < len(tokens) and steps < _MAX_TITLE_STEPS:
            steps += 1
            k = found_at[j]
            if (
                k is not None
                and found[k].type == "PERSON"
                and found[k].start == j
                and not self._definite_adjective(tokens[j].norm)
            ):
                # The name the title introduces, though definite like a modifier ("الرئيس السنيورة"); a given name
                # shaped like an indefinite nisba ("سفيان"، "مهدي") is a name all the same.
                break
            if (
                j == i + 1
                and k is not None
                and found[k].type in ("GPE", "ORG", "LOC")
                and is_definite(tokens[i].norm)
                and not tokens[j].norm.startswith("ل")
            ):
                break  # "اتهم [الوزير] إيران": a definite title takes no name as its genitive; the name is the object
            if self._holder_read_as_body(tokens, j, k, found):
                break  # "وزير الخارجية الزامبي [مولوكا تشيمبا]": the nationality closed the title; the name follows
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
            elif (body := self._lam_body_before_name(tokens, j, found_at, found)) > j:
                j = body  # "الرئيس التنفيذي [لمصدر] محمد جميل الرمحي": the body he heads, a name no list knows
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

    def _lam_body_before_name(
        self, tokens: Sequence[Token], j: int, found_at: list[int | None], found: list[steps.Found]
    ) -> int:
        """Where a body named with ل and one unknown word ends when a person's name follows it at once ("لمصدر
        محمد", "ل مصدر محمد"), else ``j``."""
        norm = tokens[j].norm
        end = j + 2 if norm == "ل" else j + 1
        word = tokens[end - 1].norm if end - 1 < len(tokens) else ""
        if (norm != "ل" and (norm[:1] != "ل" or len(norm) < 4)) or end >= len(tokens) or not is_arabic(word):
            return j
        if is_definite(word) or is_verb(word) or word in STOP_WORDS or self._title_word(word):
            return j
        if norm == "ل" and tokens[end].norm.isascii() and end + 1 < len(tokens):
            end += 1  # "ل[مجموعة stc]": a head and its Latin brand
        if tokens[end].norm in _APPOSITION_COMMAS:
            return end  # "الرئيس التنفيذي لمجموعة stc، عليان الوتيد،": the holder set off by commas
        k = found_at[end]
        named = k is not None and found[k].type == "PERSON" and found[k].start == end
        return end if named or tokens[end].norm in self.gazetteer.given_names else j

    def _lam_title_phrase(self, tokens: Sequence[Token], j: int) -> bool:
        """Whether a two-word title with ل before it ("للأمين العام") starts at token ``j``."""
        norm = tokens[j].norm
        return (
            norm.startswith("لل")
            and j + 1 < len(tokens)
            and f"{steps.with_article(norm)} {tokens[j + 1].norm}" in self.gazetteer.title_phrases
        )

    def _construct_before_name(
        self, tokens: Sequence[Token], j: int, found_at: list[int | None], found: list[steps.Found]
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
            and norm not in steps.NAME_JOINERS
            and norm not in self.gazetteer.given_names
            and not is_verb(norm)
            and max(self.vocab.get(norm, 0), self.vocab.get(steps.without_pronoun(norm), 0)) >= _COMMON
            and (self._modifier(tokens[j + 1].norm) or (depth < 2 and self._construct_noun(tokens, j + 1, depth + 1)))
        )

    def _lam_genitive(self, tokens: Sequence[Token], j: int) -> bool:
        """ "لشؤون" in "وزير الدولة لشؤون الطاقة": ل + an indefinite noun that a definite word follows."""
        norm = tokens[j].norm
        if norm.startswith("لل") and len(norm) >= 5 and not is_verb(norm):
            return True  # "الأمين العام [للحزب]": ل + the article
        # "[لألعاب] القوى": a hamza on the alef after ل is no article, though the normalised word reads "لالعاب".
        hamza = tokens[j].text[1:3] in ("أل", "إل", "آل")
        return (
            len(norm) >= 4
            and norm[0] == "ل"
            and (hamza or not is_definite(norm[1:]))
            and not is_verb(norm)
            and norm not in STOP_WORDS
            and j + 1 < len(tokens)
            and self._modifier(tokens[j + 1].norm)
        )

    def _chain_end(self, tokens: Sequence[Token], i: int, found_at: list[int | None], found: list[steps.Found]) -> int:
        """The end of the titles that start at token ``i`` and follow one another ("رئيس الوزراء وزير الخارجية
        القطري الشيخ"): in Arabic news they all stand in apposition to the name after the last one."""
        j = self._title_end(tokens, i, found_at, found)
        while j < len(tokens):
            if tokens[j].norm == "و" and j + 1 < len(tokens) and self._title_word(tokens[j + 1].norm):
                j += 1  # "المتحدث باسم الجماعة [و]رئيس وفدها المفاوض محمد عبد السلام"
            if not (self._title_word(tokens[j].norm) or self._titled_at(tokens, j)) or found_at[j] is not None:
                break
            if self._given_name_before_person(tokens, j, found_at, found):
                break  # "وزير الدولة لشؤون الشباب [سلطان] النيادي": a given name, not a second title
            if j == i + 1 and self._other_office(tokens[i].norm, tokens[j].norm):
                break  # "ودعا [الملك] [الرئيس الجزائري عبد المجيد تبون]": subject and object, two people
            j = self._title_end(tokens, j, found_at, found)
        return j

    def _given_name_before_person(
        self, tokens: Sequence[Token], j: int, found_at: list[int | None], found: list[steps.Found]
    ) -> bool:
        """Whether the title word at ``j`` is a given name too ("سلطان") and the model reads the next word as a
        person: the name's first word, after a title that is complete."""
        if tokens[j].norm not in self.gazetteer.given_names or j + 1 >= len(tokens):
            return False
        k = found_at[j + 1]
        return k is not None and found[k].type == "PERSON" and found[k].start == j + 1

    @staticmethod
    def _other_office(first: str, second: str) -> bool:
        """Whether two bare titles in a row name two offices ("الملك" then "الرئيس"), where one title alone is the
        subject and the other begins the object; an honorific after a title ("الأمير الشيخ") is one person."""
        a, b = steps.bare(first), steps.bare(second)
        return (
            is_definite(first)
            and a != b
            and steps.TITLE_SYNONYMS.get(a, a) != steps.TITLE_SYNONYMS.get(b, b)
            and second not in _HONORIFICS
            and b not in _HONORIFIC_TITLES
        )

    def _glued_preposition(self, norm: str) -> bool:
        """ "بنظيره", "بنتائج": a preposition glued to a word the corpus knows better without it."""
        return norm[:1] in "بلك" and len(norm) >= 4 and self.vocab.get(norm[1:], 0) > self.vocab.get(norm, 0)

    def _name_word(self, norm: str) -> bool:
        if self._glued_preposition(norm):
            return False
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
        self, tokens: Sequence[Token], found: list[steps.Found], appositions: dict[int, int]
    ) -> dict[int, set[str]]:
        """Add PERSON mentions for names right after a title; return, per person candidate, its title words.

        ``appositions`` gets, for each title phrase followed by its name, the phrase's first token → the name's.
        """
        found_at = steps.index(found, len(tokens))
        titled: dict[int, set[str]] = {}
        i = 0
        while i < len(tokens):
            if not self._titled_at(tokens, i):
                i += 1
                continue
            j = self._chain_end(tokens, i, found_at, found)
            title = self._title_of(tokens[i].norm) or tokens[i].norm
            words = {steps.bare(title)} | {f.canonical or "" for f in found if i < f.start < j and f.canonical}
            words |= {steps.bare(t.norm) for t in tokens[i + 1 : j]}
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
                and steps.spelled_ali(tokens[j])
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
                and (self._name_word(tokens[j].norm) or self._given_name_before_person(tokens, j, found_at, found))
                and (self.vocab.get(tokens[j].norm, 0) <= 1 or tokens[j].norm in self.gazetteer.given_names)
            ):
                # "وزير الطاقة التركي [ألب] أرسلان بيرقدار": an unknown first name the model left out of the name
                # that follows the title (it looks like the article) belongs to it; so does a given name that is a
                # common word too ("وزير الثروات الطبيعية [كمال] محمد صالح").
                found[after].start = j
                found_at[j] = k = after
            if k is not None and self._holder_read_as_body(tokens, j, k, found):
                found[k].type = "PERSON"  # "وزير الخارجية الزامبي [مولوكا تشيمبا]": the title's holder
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
            # "رئيس الحكومة [علي] العريض": the given name Ali, spelled with ي where the preposition على has ى.
            if (
                j < len(tokens)
                and steps.spelled_ali(tokens[j])
                and self._free_for_name(found, found_at[j], found_at[j])
            ):
                end += 1
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
            # "مدير صحة كربلاء [مشتاق الخفاجي]": after a given name or a word the corpus does not know, a definite
            # word it hardly knows is the family name, as it is after Basim.
            first_name = end == j + 1 and (
                tokens[j].norm in self.gazetteer.given_names or self.vocab.get(tokens[j].norm, 0) <= 1
            )
            if (
                (basim or first_name)
                and end < len(tokens)
                and self._free_for_name(found, found_at[end], found_at[j])
                and _family_name(tokens[end].norm)
                and self.vocab.get(tokens[end].norm, 0) <= steps.SURNAME_RARE
                and tokens[end].norm not in self.gazetteer.title_words
            ):
                end += 1
            if end > j and self._plausible_name(tokens[j:end]):
                # The model reads Basim as "in the name of": it has no say against the grammar.
                found.append(steps.Found(j, end, "PERSON", "rule", trusted=basim and end - j >= 2))
                for t in range(j, end):
                    found_at[t] = len(found) - 1
                titled[len(found) - 1] = words
                appositions[i] = j
                i = end
            else:
                i = j
        return titled

    @staticmethod
    def _holder_read_as_body(tokens: Sequence[Token], j: int, k: int | None, found: list[steps.Found]) -> bool:
        """Whether the model's organisation at ``j`` is the holder of the title before it: it follows the
        nationality that closes the title ("وزير الخارجية [الزامبي] مولوكا تشيمبا"), starts with a bare word and
        holds no organisation head, where a body after a title would be its genitive ("رئيس [مجلس الوزراء]")."""
        return (
            k is not None
            and found[k].start == j
            and found[k].type == "ORG"
            and found[k].source == "model"
            and not is_definite(tokens[j].norm)
            and any(f.type == "NORP" and f.end == j and not f.dropped for f in found)
            and not any(steps.bare(t.norm) in steps.ORG_HEADS for t in tokens[j : found[k].end])
        )

    def _name_between_commas(
        self, tokens: Sequence[Token], comma: int, found_at: list[int | None], found: list[steps.Found]
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
        if k is None:
            k = self._unlisted_name_before_comma(tokens, j, found_at, found)
        if k is None or found[k].start != j or found[k].type != "PERSON" or found[k].dropped:
            return None
        end = found[k].end
        return k if end < len(tokens) and tokens[end].norm in _APPOSITION_COMMAS else None

    def _name_run_end(self, tokens: Sequence[Token], start: int, covered: Sequence[int | None]) -> int:
        """Where up to three name words from ``start`` end, on tokens no candidate covers: words a name can have,
        and after the first a definite family name though it is an everyday word ("نادية [الحراق]")."""
        end = start
        while (
            end < len(tokens)
            and end - start < 3
            and covered[end] is None
            and (self._name_word(tokens[end].norm) or (end > start and _family_name(tokens[end].norm)))
        ):
            end += 1
        return end

    def _unlisted_name_before_comma(
        self, tokens: Sequence[Token], j: int, found_at: list[int | None], found: list[steps.Found]
    ) -> int | None:
        """ "الرئيس التنفيذي لمجموعة stc، [عليان الوتيد]،": two or three name words set off by commas after an office,
        which the model missed; the first a given name or no everyday word, unless a rare family name ends them. Adds
        the name and returns its index."""
        end = self._name_run_end(tokens, j, found_at)
        first = tokens[j].norm if j < len(tokens) else ""
        if (
            end - j < 2
            or end >= len(tokens)
            or tokens[end].norm not in _APPOSITION_COMMAS
            or (
                first in self.common
                and first not in self.gazetteer.given_names
                # "عليان [الوتيد]": a family name the corpus hardly knows vouches for a first name that is a word too
                and not (_family_name(tokens[end - 1].norm) and self.vocab.get(tokens[end - 1].norm, 0) <= 1)
            )
        ):
            return None
        found.append(steps.Found(j, end, "PERSON", "rule"))
        for t in range(j, end):
            found_at[t] = len(found) - 1
        return len(found) - 1

    def _unknown_name_word(self, norm: str) -> bool:
        """A word without the article that the corpus has not met ("أرسلان", which only looks like a verb)."""
        return is_arabic(norm) and not is_definite(norm) and norm not in STOP_WORDS and self.vocab.get(norm, 0) <= 1

    @staticmethod
    def _free_for_name(found: list[steps.Found], k: int | None, first: int | None) -> bool:
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
        if name[-1].norm in steps.NAME_JOINERS:
            return False
        if len(name) >= 2:
            return True
        norm = name[0].norm
        return norm in self.gazetteer.given_names or (self.vocab.get(norm, 0) <= 1 and len(norm) >= 3)

    def _aliases(self, tokens: Sequence[Token], found: list[steps.Found]) -> list[steps.Found]:
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
            if self._alias_word(last) and tokens[f.end - 2].norm not in steps.NAME_JOINERS:
                aliases.setdefault(last, "PERSON")
                family.add(last)
            first = tokens[f.start].norm
            if f.end - f.start >= 3 and first not in steps.NAME_JOINERS and self._alias_word(first):
                aliases.setdefault(first, "PERSON")
        for f in found:
            if (
                f.source == "gazetteer"
                and f.type in steps.PLACE_KINDS
                and f.end - f.start == 1
                and tokens[f.start].norm in family
            ):
                f.dropped = True
        covered = steps.coverage(found, len(tokens), live=True)
        return [
            steps.Found(k, k + 1, aliases[t.norm], "rule")
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

    def _bylines(self, tokens: Sequence[Token], found: list[steps.Found]) -> list[steps.Found]:
        """ "تقرير: حكيمة هرميش": the name after a byline word and a colon."""
        covered = steps.coverage(found, len(tokens))
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
                    out.append(steps.Found(i + 2, end, "PERSON", "rule"))
        return out

    def _interviewees(self, tokens: Sequence[Token], found: list[steps.Found]) -> list[steps.Found]:
        """ "حاورت هسبريس [نادية الحراق]، أستاذة ...": whom an outlet interviewed, named before the comma that sets
        off what she is. A family name may be a definite everyday word there, as nowhere else."""
        if not any(_interview_verb(t.norm) for t in tokens):
            return []
        covered = steps.coverage(found, len(tokens), live=True)
        out = []
        for i, tok in enumerate(tokens):
            if not _interview_verb(tok.norm):
                continue
            start = i + 1
            outlet = covered[start] if start < len(tokens) else None
            if outlet is not None and found[outlet].type == "ORG" and found[outlet].start == start:
                start = found[outlet].end
            while start < len(tokens) and tokens[start].norm in OPENING_MARKS | CLOSING_MARKS:
                start += 1  # "التقت «الشرق الأوسط» ..."
            end = self._name_run_end(tokens, start, covered)
            if end - start >= 2 and end < len(tokens) and tokens[end].norm in _APPOSITION_COMMAS:
                out.append(steps.Found(start, end, "PERSON", "rule"))
        return out

    def _extend_surnames(self, found: list[steps.Found], tokens: Sequence[Token]) -> None:
        """A person's name of two words or more runs on into a definite word the corpus has rarely seen: the family
        name ("عبد الفتاح [البرهان]", "سهيل [المزروعي]"), which the model, trained on few such names, often leaves
        out."""
        titles = self.gazetteer.title_words
        covered = steps.coverage(found, len(tokens), live=True)
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
                and self.vocab.get(norm, 0) <= steps.SURNAME_RARE
                # "أدان ... باسم العوادي [الضربة]": an everyday feminine noun is the object. Family names that are
                # everyday words are masculine trades ("البيطار", "النجار"); feminine ones are rare ("الخصاونة").
                and not (norm in self.common and norm.endswith(steps.FEMININE_ENDING))
            ):
                f.end += 1

    def _accusative_tails(self, found: list[steps.Found], tokens: Sequence[Token]) -> None:
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
                and tokens[f.end - 2].norm not in steps.NAME_JOINERS  # "أمين أبو [عليا]": a family name
                and last.endswith("ا")
                and last not in self.gazetteer.given_names
                and self.vocab.get(last[:-1], 0) >= _COMMON_STEM
            ):
                f.end -= 1

    def _compass_regions(self, found: list[steps.Found], tokens: Sequence[Token]) -> None:
        """ "إقليم [شمال كيفو]": a name no list knows, after a compass word, is a region named with the compass word,
        not a person; a listed place after one ("جنوب لبنان") keeps its own reading."""
        covered = steps.coverage(found, len(tokens), live=True)
        for f in found:
            if (
                f.dropped
                or f.source != "model"
                or f.type not in ("PERSON", "GPE", "LOC")
                or f.start == 0
                or tokens[f.start - 1].norm not in steps.COMPASS
                or covered[f.start - 1] is not None
                or any(self.gazetteer.word_types.get(t.norm) for t in tokens[f.start : f.end])
            ):
                continue
            f.start -= 1
            f.skip = 0  # the glued letters belonged to the old first token
            f.type = "GPE"

    def _club_nationality(self, found: list[steps.Found], tokens: Sequence[Token]) -> None:
        """ "نادي [الهلال] السعودي": a club or paper named after its head word is named by its title, without the
        country after it, as news annotation writes it, whichever candidate took the country in."""
        for f in found:
            if (
                f.dropped
                or f.type != "ORG"
                or f.end - f.start < 2
                or f.start == 0
                or steps.bare(tokens[f.start - 1].norm) not in _TITLE_HEADS
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
        self, found: list[steps.Found], tokens: Sequence[Token], titled: Collection[int] = frozenset()
    ) -> None:
        """A person named by a known given name alone runs on into the name-like word after it ("يحيى [سريع]",
        "عقيلة [صالح]"), and a name ending in a particle into the family name ("أورسولا فون دير [لاين]"): the model,
        trained on few such names, often stops early. ``titled`` are the first tokens of names a title introduces.
        """
        covered = steps.coverage(found, len(tokens), live=True)
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
        self, f: steps.Found, tokens: Sequence[Token], covered: Sequence[int | None], titled: Collection[int]
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
            and self.vocab.get(tokens[f.end].norm, 0) <= steps.RARE_WORD
        ):
            f.end += 1

    def _nominal_bodies(self, tokens: Sequence[Token], found: list[steps.Found]) -> list[steps.Found]:
        """ "البنك" after "بنك المغرب", "الوزارة" after "وزارة الخارجية": a definite head noun standing alone
        refers back to the latest organisation named with that head; it becomes a nominal mention of it."""
        covered = steps.coverage(found, len(tokens), live=True)
        bodies = [k for k, f in enumerate(found) if f.type == "ORG" and not f.dropped and not f.nominal]
        # A body inside a longer one ("شبكة [أطباء] السودان") loses to it when overlaps are resolved: it is no
        # antecedent.
        named = sorted(
            (
                k
                for k in bodies
                if not any(
                    o != k
                    and found[o].start <= found[k].start
                    and found[k].end <= found[o].end
                    and found[o].end - found[o].start > found[k].end - found[k].start
                    for o in bodies
                )
            ),
            key=lambda k: found[k].start,
        )
        latest: dict[str, int] = {}
        out: list[steps.Found] = []
        seen = 0
        for i, token in enumerate(tokens):
            while seen < len(named) and found[named[seen]].end <= i:
                for head in steps.org_heads(tokens, found[named[seen]]):
                    latest[head] = named[seen]
                seen += 1
            norm = token.norm
            # "بلاغ [للوزارة]": ل + the article contracted, one letter glued before the definite head.
            contracted = norm.startswith("لل") and len(norm) > 4
            head = norm[2:] if contracted else steps.bare(norm)
            if covered[i] is not None or not (norm.startswith("ال") or contracted) or head not in latest:
                continue
            if i + 1 < len(tokens) and self._modifier(tokens[i + 1].norm):
                continue  # "البنك الدولي", "الوزارة الجديدة": a name or a description, not the same body
            skip = 2 if contracted and token.text.startswith("لل") else 0
            out.append(steps.Found(i, i + 1, "ORG", "rule", nominal=True, coref=latest[head], skip=skip))
        return out

    def _titles_after_names(
        self,
        tokens: Sequence[Token],
        found: list[steps.Found],
        titled: dict[int, set[str]],
        found_at: list[int | None],
    ) -> None:
        """ "قال فوزي لقجع، رئيس الجامعة الملكية المغربية لكرة القدم، إن": a title set off by a comma after a name is
        that person's office too, so a later "رئيس الجامعة" stands for him."""
        for k, f in enumerate(found):
            comma = f.end
            if f.dropped or f.nominal or f.type != "PERSON" or comma + 1 >= len(tokens):
                continue
            if tokens[comma].norm not in _APPOSITION_COMMAS or found_at[comma + 1] is not None:
                continue
            if not self._titled_at(tokens, comma + 1):
                continue
            j = self._chain_end(tokens, comma + 1, found_at, found)
            nxt = found_at[j] if j < len(tokens) else None
            if nxt is not None and found[nxt].type == "PERSON" and not found[nxt].dropped:
                continue  # "وقال لقجع، رئيس الجامعة فوزي ...": the title introduces the next name
            title = self._title_of(tokens[comma + 1].norm) or tokens[comma + 1].norm
            # The office runs to the comma that closes the apposition, past the titles' own end: "، رئيس مجلس إدارة
            # هيئة قناة السويس،" is held by the one a later "رئيس الهيئة" stands for.
            close = next(
                (e for e in range(j, min(len(tokens), j + _APPOSITION_REACH)) if tokens[e].norm in _APPOSITION_CLOSE),
                j,
            )
            words = {steps.bare(title)} | {steps.bare(t.norm) for t in tokens[comma + 2 : close]}
            words |= {g.canonical for g in found if comma + 1 < g.start < close and g.canonical}
            titled.setdefault(k, set()).update(words)

    @staticmethod
    def _spoken_for(
        tokens: Sequence[Token], i: int, j: int, found: list[steps.Found], found_at: list[int | None]
    ) -> steps.Found | None:
        """The body a title phrase ``i..j`` speaks for: named right after "باسم" (whole, or with its ب split off)."""
        for k in range(i + 1, min(j + 1, len(tokens))):
            if not (tokens[k].norm == _IN_THE_NAME_OF or (tokens[k].norm == _NAME and tokens[k - 1].norm == "ب")):
                continue
            after = k + 1
            at = found_at[after] if after < len(tokens) else None
            if at is not None and found[at].start == after and not found[at].dropped and found[at].type == "ORG":
                return found[at]
            return None
        return None

    def _nominal_titles(
        self, tokens: Sequence[Token], found: list[steps.Found], titled: dict[int, set[str]]
    ) -> list[steps.Found]:
        """Title phrases not followed by a name, tied to the person introduced with the same title, or with the same
        title after the name and a comma."""
        found_at = steps.index(found, len(tokens))
        self._titles_after_names(tokens, found, titled, found_at)
        # Countries, places and bodies a title may name ("الوزير الإيراني", "المتحدث باسم قوات الدعم السريع").
        places = frozenset(
            f.canonical for f in found if f.canonical and (f.type in _PLACE_LIKE or f.type == "ORG") and not f.dropped
        )
        people = [f for f in found if f.type == "PERSON" and not f.dropped and not f.nominal]
        out: list[steps.Found] = []
        i = 0
        while i < len(tokens):
            if not self._titled_at(tokens, i) or found_at[i] is not None:
                i += 1
                continue
            j = self._chain_end(tokens, i, found_at, found)
            nxt = found_at[j] if j < len(tokens) else None
            if nxt is not None and found[nxt].type == "PERSON" and not found[nxt].dropped:
                # A name after the title: not a nominal. A dropped one was a guess ("وجدد الوزير [تحذيره]").
                i = j
                continue
            head = steps.bare(steps.with_article(tokens[i].norm))  # "[للوزير] التركي" is headed by وزير
            words = {steps.bare(t.norm) for t in tokens[i + 1 : j]} | {
                f.canonical for f in found if i < f.start < j and f.canonical
            }
            body = self._spoken_for(tokens, i, j, found, found_at)
            speaks_for = body is not None
            if body is not None and body.canonical:
                # "المتحدث باسم [وزارة الخارجية العراقية]": the body a spokesman speaks for is his office's, so the
                # spokesman of another ministry named later is not this one.
                words.add(body.canonical)
            salience = {
                k: sum(1 for g in people if g.start < i and tokens[g.end - 1].norm == tokens[found[k].end - 1].norm)
                for k in titled
            }
            specific = tokens[i].norm == head and j > i + 1  # "رئيس شركة ...": a bare head and its genitive
            antecedent = steps.antecedent(
                i,
                head,
                words,
                titled,
                found,
                places=places,
                salience=salience,
                specific=specific,
                speaks_for=speaks_for,
            )
            if antecedent is not None:
                # The title stands for the person; a body or place it names keeps its own mention ("رئيس [مجلس
                # الوزراء]", "زعيم [كوريا الشمالية]"), as news annotation marks it.
                end = min(
                    (f.start for f in found if i < f.start < j and not f.dropped and f.type in _NAMED_IN_TITLES),
                    default=j,
                )
                out.append(steps.Found(i, end, "PERSON", "rule", nominal=True, coref=antecedent))
            i = j
        return out
