"""English temporal expressions: found with patterns, read into a :class:`DateSpec`, resolved by the shared calendar.

Covered: full and partial calendar dates ("July 15, 2023", "15 July 2023", "Feb. 24", "July 2022", "in 2018"),
ISO dates, weekdays ("on Tuesday", "last Friday"), today/yesterday/tomorrow, and "last/this/next week|month|year"
(also "earlier this month"). Durations ("for two years", "the past six months") are not points in time and are
left out.
"""

from __future__ import annotations

import datetime as dt
import re

from workers.doc import TimeExpr
from workers.text.calendar import DateSpec, resolve

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_SHIFTS = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}

# Month names are capitalised in English; abbreviations take an optional period.
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_YEAR_PREPS = r"(?P<prep>in|since|by|until|of|from|during|before|after|early|late|mid-)"
_SHIFT = r"(?:(?P<shift>last|this|next|early|mid-|late)\s*)?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b" + _YEAR + r"-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)\b")),
    ("mdy", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?\b")),
    ("dmy", re.compile(r"\b" + _DAY + r"\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b")),
    ("my", re.compile(r"\b" + _SHIFT + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b")),
    ("year", re.compile(r"\b" + _YEAR_PREPS + r"\s*" + _YEAR + r"\b")),
    ("weekday", re.compile(r"\b(?:(?P<shift>last|this|next|on|past)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday"
                           r"|Friday|Saturday|Sunday)\b")),
    ("relday", re.compile(r"\b(?P<rel>the day before yesterday|the day after tomorrow|today|yesterday|tomorrow"
                          r"|tonight)\b", re.IGNORECASE)),
    ("relunit", re.compile(r"\b(?:(?:earlier|later)\s+)?(?P<shift>last|this|next|past|previous|coming)\s+"
                           r"(?P<unit>week|month|year)\b", re.IGNORECASE)),
)  # fmt: skip
# "May" is also a modal verb and "March" a verb or noun: alone they need a date-like neighbour.
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|of|from|during|before|after|early|late|last|next|this)\s+|mid-)$", re.IGNORECASE
)


def _month(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


def _spec(kind: str, m: re.Match[str], text: str) -> DateSpec | None:
    g = m.groupdict()
    if kind == "iso":
        return DateSpec(year=int(g["year"]), month=int(g["mm"]), day=int(g["dd"]))
    if kind in {"mdy", "dmy"}:
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        return DateSpec(year=int(g["year"]) if g.get("year") else None, month=_month(g["month"]), day=day)
    if kind == "my":
        month_word = g["month"].rstrip(".").lower()
        bare = month_word in _AMBIGUOUS_MONTHS and not g.get("year") and not g.get("shift")
        if bare and not _MONTH_CONTEXT.search(text[max(0, m.start() - 12) : m.start()]):
            return None
        shift = {"last": -1, "next": 1}.get((g.get("shift") or "").lower(), 0)
        return DateSpec(year=int(g["year"]) if g.get("year") else None, month=_month(g["month"]), shift=shift)
    if kind == "year":
        return DateSpec(year=int(g["year"]))
    if kind == "weekday":
        shift = {"last": -1, "past": -1, "next": 1}.get((g.get("shift") or "").lower(), 0)
        return DateSpec(weekday=_WEEKDAYS[g["weekday"].lower()], shift=shift)
    if kind == "relday":
        rel = g["rel"].lower().replace("the ", "").replace(" ", "_")
        return DateSpec(relative="today" if rel == "tonight" else rel)
    if kind == "relunit":
        return DateSpec(relative=g["unit"].lower(), shift=_SHIFTS[g["shift"].lower()])
    return None


def _trim(text: str, m: re.Match[str], kind: str) -> tuple[int, int]:
    """The expression's span without a leading preposition that the pattern only used as context ("in 2018")."""
    start, end = m.span()
    if kind == "year" or (kind == "weekday" and (m.group("shift") or "").lower() == "on"):
        start = m.start("year") if kind == "year" else m.start("weekday")
    return start, end


def find_dates(text: str, published: dt.date | None) -> list[TimeExpr]:
    """Temporal expressions of ``text`` in reading order, non-overlapping (earlier, longer patterns win)."""
    taken: list[tuple[int, int]] = []
    found: list[TimeExpr] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = _trim(text, m, kind)
            if any(start < e and s < end for s, e in taken):
                continue
            spec = _spec(kind, m, text)
            if spec is None:
                continue
            value, granularity = resolve(spec, published)
            taken.append((start, end))
            found.append(TimeExpr(start, end, text[start:end], value, granularity))
    found.sort(key=lambda d: (d.start, d.end))
    return found
