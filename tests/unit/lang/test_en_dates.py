"""English temporal expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

from workers.lang.en.dates import find_dates

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def values(text: str, published: dt.date | None = PUBLISHED) -> dict[str, str | None]:
    return {d.text: d.value for d in find_dates(text, published)}


def test_weekday_is_the_most_recent_one() -> None:
    assert values("The strike hit on Tuesday.") == {"Tuesday": "2025-03-11"}


def test_last_week_is_an_iso_week() -> None:
    assert values("Talks broke down last week.") == {"last week": "2025-W10"}


def test_bare_month_is_the_latest_past_one() -> None:
    assert values("Officials warned in July of a resurgence.") == {"July": "2024-07"}


def test_full_date_is_a_day() -> None:
    assert values("The law passed on July 15, 2023.") == {"July 15, 2023": "2023-07-15"}


def test_abbreviated_month_and_day() -> None:
    assert values("On Feb. 24, police broke up the cell.") == {"Feb. 24": "2025-02-24"}


def test_year_after_a_preposition_is_a_year() -> None:
    assert values("She left Iran in 2009.") == {"2009": "2009"}


def test_relative_month_and_year() -> None:
    assert values("Sales fell earlier this month and rose the previous year.") == {
        "earlier this month": "2025-03",
        "previous year": "2024",
    }


def test_modal_may_is_not_a_month() -> None:
    assert values("The court may rule soon.") == {}


def test_without_a_publication_date_relative_expressions_stay_unresolved() -> None:
    assert values("It happened yesterday.", published=None) == {"yesterday": None}


def test_offsets_match_the_text() -> None:
    text = "Between March 6 and mid-April, and on Sunday, fighting went on."
    for d in find_dates(text, PUBLISHED):
        assert text[d.start : d.end] == d.text
