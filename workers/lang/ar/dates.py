"""Temporal expressions in Arabic news text, parsed into :class:`DateSpec` and resolved against the publication date.

Forms handled: relative days ("اليوم الإثنين", "أمس", "أول من أمس", "غدا"), weekdays ("يوم الخميس الماضي"),
relative weeks, months and years with an optional part ("الأسبوع الماضي", "نهاية الشهر الماضي", "العام المقبل"),
month names in the standard/Egyptian, Levantine and Maghrebi series, alone or paired ("يوليو/ تموز الماضي",
"أغسطس (آب)"), with a day and a year ("15 يوليو 2023"), numeric dates ("15/7/2023", "2023-07-15"), years ("عام
2005"), and English dates inside Arabic text ("July 15, 2023"). Arabic-Indic digits work because tokens carry ASCII
digits in their normalised form. Everything is matched on tokens, so offsets are those of the original text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from workers.doc import TimeExpr, Token
from workers.lang.ar.lexicon.words import word_set
from workers.lang.ar.normalise import normalise
from workers.text.calendar import DateSpec, resolve


def _n(word: str) -> str:
    return normalise(word)


_MONTHS_ONE_WORD: dict[str, int] = {}
for _month, _names in enumerate(
    (
        "يناير جانفي",
        "فبراير فبرایر فيفري",
        "مارس آذار",
        "أبريل إبريل ابريل نيسان أفريل",
        "مايو أيار ماي",
        "يونيو يونيه حزيران جوان",
        "يوليو يوليه تموز جويلية",
        "أغسطس اغسطس آب أوت غشت",
        "سبتمبر أيلول شتنبر",
        "أكتوبر اكتوبر",
        "نوفمبر نونبر",
        "ديسمبر دجنبر",
    ),
    1,
):
    for _name in _names.split():
        _MONTHS_ONE_WORD[_n(_name)] = _month
# Levantine two-word months: كانون الثاني (1), تشرين الأول (10), تشرين الثاني (11), كانون الأول (12).
_MONTHS_TWO_WORDS = {
    (_n("كانون"), _n("الثاني")): 1,
    (_n("كانون"), _n("الأول")): 12,
    (_n("تشرين"), _n("الأول")): 10,
    (_n("تشرين"), _n("الثاني")): 11,
}
_MONTH_FIRST_WORDS = {first: 0 for first, _ in _MONTHS_TWO_WORDS}
_PROCLITICS = frozenset("وفبل")
# Latin month names in bylines and tweets' date lines ("July 15, 2023"), with their number.
ENGLISH_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        1,
    )
    for name in names.split()
}
_WEEKDAYS = {
    _n(w): i
    for i, ws in enumerate(("الإثنين الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"))
    for w in ws.split()
}
_SHIFT_WORDS = {
    **dict.fromkeys(word_set("الماضي الماضية المنصرم المنصرمة السابق الفائت الفائتة"), -1),
    **dict.fromkeys(word_set("المقبل المقبلة القادم القادمة"), 1),
    **dict.fromkeys(word_set("الجاري الجارية الحالي الحالية"), 0),
}
_PERIODS = {_n("الأسبوع"): "week", _n("الشهر"): "month", _n("العام"): "year", _n("السنة"): "year"}
_PERIOD_PARTS = word_set("نهاية مطلع بداية أوائل أواخر منتصف أول آخر مستهل خلال")
_THIS = word_set("هذا هذه")
_DAY_PARTS = word_set("صباح مساء ظهر فجر ليل ليلة عصر")
_TODAY = word_set("اليوم")
_YESTERDAY = word_set("أمس امس الأمس البارحة")
_TOMORROW = word_set("غدا")
_YEAR_WORDS = word_set("عام العام سنة")
_DAY_WORD = _n("يوم")
_OF = word_set("من في")
_SEPARATORS = frozenset("/-.")
_JOINERS = word_set("و - إلى حتى")


def _year(norm: str) -> int | None:
    if len(norm) == 4 and norm.isdigit() and 1900 <= int(norm) <= 2100:
        return int(norm)
    return None


def _day(norm: str) -> int | None:
    if norm.isdigit() and len(norm) <= 2 and 1 <= int(norm) <= 31:
        return int(norm)
    return None


class _Scanner:
    """Tries each expression pattern at a token position; patterns return ``(end token, spec)`` or ``None``."""

    def __init__(self, tokens: Sequence[Token], text: str) -> None:
        self.tokens = tokens
        self.norms = [t.norm for t in tokens]
        self.lower = [t.norm.lower() for t in tokens]
        self.text = text

    def norm(self, i: int) -> str:
        return self.norms[i] if 0 <= i < len(self.norms) else ""

    def adjacent(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with at most white space between."""
        return not self.text[self.tokens[i - 1].end : self.tokens[i].start].strip()

    def relative_day(self, i: int) -> tuple[int, DateSpec] | None:
        j = i + 1 if self.norm(i) in _DAY_PARTS else i
        word = self.norm(j)
        if word == _n("أول") and self.norm(j + 1) in _OF and self.norm(j + 2) in _YESTERDAY:
            return j + 3, DateSpec(relative="day_before_yesterday")
        if word == _n("بعد") and self.norm(j + 1) == _n("غد"):
            return j + 2, DateSpec(relative="day_after_tomorrow")
        for words, relative in ((_TODAY, "today"), (_YESTERDAY, "yesterday"), (_TOMORROW, "tomorrow")):
            if word in words:
                end = j + 1
                if self.norm(end) in _WEEKDAYS:  # "اليوم الإثنين": the weekday names the same day
                    end += 1
                return end, DateSpec(relative=relative)
        return None

    def weekday(self, i: int) -> tuple[int, DateSpec] | None:
        j = i + 1 if self.norm(i) == _DAY_WORD else i
        if self.norm(j) not in _WEEKDAYS:
            return None
        shift = _SHIFT_WORDS.get(self.norm(j + 1))
        end = j + 2 if shift is not None else j + 1
        return end, DateSpec(weekday=_WEEKDAYS[self.norm(j)], shift=shift or 0)

    def period(self, i: int) -> tuple[int, DateSpec] | None:
        j = i + 1 if self.norm(i) in _PERIOD_PARTS else i
        if self.norm(j) in _THIS and self.norm(j + 1) in _PERIODS:
            return j + 2, DateSpec(relative=_PERIODS[self.norm(j + 1)], shift=0)
        unit = _PERIODS.get(self.norm(j))
        shift = _SHIFT_WORDS.get(self.norm(j + 1))
        if unit is None or shift is None:
            return None
        return j + 2, DateSpec(relative=unit, shift=shift)

    def month_at(self, i: int) -> tuple[int, int] | None:
        """A month name at ``i``: ``(end token, month)``."""
        word = self.norm(i)
        if word[:1] in _PROCLITICS and word[1:] in _MONTHS_ONE_WORD | _MONTH_FIRST_WORDS:
            word = word[1:]  # "وديسمبر" when the tokenizer kept the conjunction on the month
        two = _MONTHS_TWO_WORDS.get((word, self.norm(i + 1)))
        if two:
            return i + 2, two
        one = _MONTHS_ONE_WORD.get(word)
        return (i + 1, one) if one else None

    def arabic_month(self, i: int) -> tuple[int, DateSpec] | None:
        day = None
        j = i
        if _day(self.norm(i)) and (self.month_at(i + 1) or (self.norm(i + 1) in _OF and self.month_at(i + 2))):
            day = _day(self.norm(i))
            j = i + 1 if self.month_at(i + 1) else i + 2
        found = self.month_at(j)
        if not found:
            return None
        end, month = found
        # A second name for the same month: "يوليو/ تموز", "أغسطس (آب)", "تموز/يوليو".
        k = end
        if self.norm(k) in {"/", "(", "-"}:
            other = self.month_at(k + 1)
            if other and other[1] == month:
                k = other[0] + (1 if self.norm(other[0]) == ")" else 0)
                end = k
        year = None
        k = end
        if self.norm(k) == "," or self.norm(k) == "،":
            k += 1
        if self.norm(k) in _OF and self.norm(k + 1) in _YEAR_WORDS:
            k += 2
        elif self.norm(k) in _YEAR_WORDS:
            k += 1
        if _year(self.norm(k)):
            year, end = _year(self.norm(k)), k + 1
        shift = _SHIFT_WORDS.get(self.norm(end)) if year is None else None
        if shift is not None:
            end += 1
        return end, DateSpec(year=year, month=month, day=day, shift=shift or 0)

    def english(self, i: int) -> tuple[int, DateSpec] | None:
        word = self.lower[i].rstrip(".")
        if word in ENGLISH_MONTHS:  # "July 15, 2023", "July 2023"
            month = ENGLISH_MONTHS[word]
            end, day, year = i + 1, None, None
            if _day(self.norm(end)):
                day, end = _day(self.norm(end)), end + 1
            k = end + 1 if self.norm(end) == "," else end
            if _year(self.norm(k)):
                year, end = _year(self.norm(k)), k + 1
            if day is None and year is None:
                return None  # "may" is also a verb; a bare English month name is too weak
            return end, DateSpec(year=year, month=month, day=day)
        if _day(self.norm(i)) and self.lower[i + 1 : i + 2] and self.lower[i + 1].rstrip(".") in ENGLISH_MONTHS:
            month = ENGLISH_MONTHS[self.lower[i + 1].rstrip(".")]
            year = _year(self.norm(i + 2))
            return (i + 3 if year else i + 2), DateSpec(year=year, month=month, day=_day(self.norm(i)))
        return None

    def numeric(self, i: int) -> tuple[int, DateSpec] | None:
        parts = [self.norm(i), self.norm(i + 1), self.norm(i + 2), self.norm(i + 3), self.norm(i + 4)]
        if not (parts[1] in _SEPARATORS and parts[3] == parts[1] and all(p.isdigit() for p in parts[0::2])):
            return None
        if not all(self.adjacent(i + k) for k in range(1, 5)):
            return None
        a, b, c = (int(p) for p in parts[0::2])
        if _year(parts[0]):  # 2023-07-15
            year, month, day = a, b, c
        elif _year(parts[4]):  # 15/7/2023, day first as in Arabic usage
            day, month, year = a, b, c
        else:
            return None
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return i + 5, DateSpec(year=year, month=month, day=day)

    def year_only(self, i: int) -> tuple[int, DateSpec] | None:
        if self.norm(i) in _YEAR_WORDS and _year(self.norm(i + 1)):
            return i + 2, DateSpec(year=_year(self.norm(i + 1)))
        return None


# Words an expression can start with: every other token is passed over without trying the patterns.
_STARTERS = (
    _TODAY
    | _YESTERDAY
    | _TOMORROW
    | _DAY_PARTS
    | _PERIOD_PARTS
    | _THIS
    | _YEAR_WORDS
    | frozenset(_PERIODS)
    | frozenset(_WEEKDAYS)
    | frozenset(_MONTHS_ONE_WORD)
    | frozenset(_MONTH_FIRST_WORDS)
    | word_set("يوم أول بعد")
)


@lru_cache(maxsize=1 << 16)
def _may_start(norm: str) -> bool:
    """Whether a date expression may start at a word (asked of every word of every text, so kept per word)."""
    if norm in _STARTERS or norm[:1].isdigit() or norm.lower().rstrip(".") in ENGLISH_MONTHS:
        return True
    return norm[:1] in _PROCLITICS and (norm[1:] in _MONTHS_ONE_WORD or norm[1:] in _MONTH_FIRST_WORDS)


def find_dates(tokens: Sequence[Token], text: str, published: dt.date | None) -> list[TimeExpr]:
    """Temporal expressions in ``tokens`` (of ``text``), resolved against ``published``, in reading order."""
    scanner = _Scanner(tokens, text)
    patterns = (
        scanner.numeric,
        scanner.english,
        scanner.arabic_month,
        scanner.period,
        scanner.relative_day,
        scanner.weekday,
        scanner.year_only,
    )
    found: list[tuple[int, int, DateSpec]] = []
    i = 0
    while i < len(tokens):
        if not _may_start(scanner.norms[i]):
            i += 1
            continue
        if text[tokens[i].start - 1 : tokens[i].start] in {"_", "#"}:
            i += 1  # inside a hashtag ("#العربي_اليوم" is a programme, not today)
            continue
        best: tuple[int, DateSpec] | None = None
        for pattern in patterns:
            result = pattern(i)
            if result and result[0] > i and (best is None or result[0] > best[0]):
                best = result
        if best is None:
            i += 1
            continue
        found.append((i, best[0], best[1]))
        i = best[0]
    _share_years(found, scanner)
    dates = []
    for first, end, spec in found:
        start_char, end_char = tokens[first].start, tokens[end - 1].end
        value, granularity = resolve(spec, published)
        dates.append(TimeExpr(start_char, end_char, text[start_char:end_char], value, granularity))
    return dates


def _share_years(found: list[tuple[int, int, DateSpec]], scanner: _Scanner) -> None:
    """In "أغسطس (آب) وديسمبر من عام 2005" the year written once belongs to both coordinated months."""
    for k in range(len(found) - 2, -1, -1):
        first, end, spec = found[k]
        nxt = found[k + 1][2]
        gap = found[k + 1][0] - end
        joined = gap == 0 or (gap == 1 and scanner.norm(end) in _JOINERS)
        if spec.month and spec.year is None and nxt.month and nxt.year and joined:
            found[k] = (first, end, replace(spec, year=nxt.year, shift=0))
