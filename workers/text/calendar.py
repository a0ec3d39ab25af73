"""Calendar arithmetic for temporal expressions, shared by every language.

Language packs find expressions and parse them into a :class:`DateSpec` (what the words say: "last July",
"on Monday", "اليوم الإثنين"); :func:`resolve` turns a spec into a calendar value against the publication date, so
both languages resolve alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "day_before_yesterday": -2, "day_after_tomorrow": 2}


@dataclass(frozen=True, slots=True)
class DateSpec:
    """What a temporal expression says, before resolution.

    ``relative`` is one of today, yesterday, tomorrow, day_before_yesterday, day_after_tomorrow, week, month, year
    (with ``shift``: -1 last, 0 this, +1 next). ``weekday`` is 0 for Monday. A bare month or weekday with
    ``shift`` 0 means the nearest one that is not in the future, as news reports past events.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: str | None = None
    shift: int = 0


def resolve(spec: DateSpec, ref: dt.date | None) -> tuple[str | None, str | None]:
    """Return ``(value, granularity)``: ``YYYY-MM-DD``/day, ``YYYY-Www``/week, ``YYYY-MM``/month or ``YYYY``/year.

    Expressions that need a reference date and have none resolve to ``(None, granularity)``.
    """
    if spec.year and spec.month and spec.day:
        return _day(spec.year, spec.month, spec.day)
    if spec.year and spec.month:
        return f"{spec.year:04d}-{spec.month:02d}", "month"
    if spec.year and not spec.relative:
        return f"{spec.year:04d}", "year"
    if spec.relative in _RELATIVE_DAYS:
        if ref is None:
            return None, "day"
        return (ref + dt.timedelta(days=_RELATIVE_DAYS[spec.relative])).isoformat(), "day"
    if spec.relative == "week":
        if ref is None:
            return None, "week"
        year, week, _ = (ref + dt.timedelta(weeks=spec.shift)).isocalendar()
        return f"{year:04d}-W{week:02d}", "week"
    if spec.relative == "month":
        if ref is None:
            return None, "month"
        year, month = _add_months(ref.year, ref.month, spec.shift)
        return f"{year:04d}-{month:02d}", "month"
    if spec.relative == "year":
        return (None, "year") if ref is None else (f"{ref.year + spec.shift:04d}", "year")
    if spec.month and spec.day:
        if ref is None:
            return None, "day"
        return _day(_year_for_month(spec.month, ref, spec.shift, spec.day), spec.month, spec.day)
    if spec.month:
        if ref is None:
            return None, "month"
        return f"{_year_for_month(spec.month, ref, spec.shift):04d}-{spec.month:02d}", "month"
    if spec.weekday is not None:
        if ref is None:
            return None, "day"
        return _weekday(spec.weekday, ref, spec.shift).isoformat(), "day"
    return None, None


def _day(year: int, month: int, day: int) -> tuple[str | None, str | None]:
    try:
        return dt.date(year, month, day).isoformat(), "day"
    except ValueError:
        return None, "day"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _year_for_month(month: int, ref: dt.date, shift: int, day: int = 1) -> int:
    if shift > 0:
        return ref.year if (month, day) > (ref.month, ref.day) else ref.year + 1
    if shift < 0:
        return ref.year if month < ref.month else ref.year - 1
    return ref.year if (month, day) <= (ref.month, ref.day) or month == ref.month else ref.year - 1


def _weekday(weekday: int, ref: dt.date, shift: int) -> dt.date:
    delta = weekday - ref.weekday()
    if shift > 0:
        return ref + dt.timedelta(days=delta if delta > 0 else delta + 7)
    if shift < 0:
        return ref + dt.timedelta(days=delta if delta < 0 else delta - 7)
    # "on Monday" in a report means the most recent Monday, today included.
    return ref + dt.timedelta(days=delta if delta <= 0 else delta - 7)
