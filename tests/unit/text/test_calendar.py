"""Resolving temporal expressions against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from workers.text.calendar import DateSpec, resolve

MONDAY = dt.date(2023, 9, 4)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (DateSpec(relative="today"), ("2023-09-04", "day")),
        (DateSpec(relative="yesterday"), ("2023-09-03", "day")),
        (DateSpec(month=7, shift=-1), ("2023-07", "month")),
        (DateSpec(month=12), ("2022-12", "month")),
        (DateSpec(month=12, shift=1), ("2023-12", "month")),
        (DateSpec(relative="week", shift=-1), ("2023-W35", "week")),
        (DateSpec(relative="month", shift=-1), ("2023-08", "month")),
        (DateSpec(relative="month", shift=-13), ("2022-08", "month")),
        (DateSpec(weekday=0), ("2023-09-04", "day")),
        (DateSpec(weekday=1), ("2023-08-29", "day")),
        (DateSpec(weekday=1, shift=1), ("2023-09-05", "day")),
        (DateSpec(year=2023, month=7, day=15), ("2023-07-15", "day")),
        (DateSpec(year=2023, month=2, day=30), (None, "day")),
        (DateSpec(year=1988), ("1988", "year")),
    ],
)
def test_spec_resolves_against_publication_date(spec: DateSpec, expected: tuple[str | None, str | None]) -> None:
    assert resolve(spec, MONDAY) == expected


def test_relative_expression_without_reference_has_no_value() -> None:
    assert resolve(DateSpec(relative="today"), None) == (None, "day")
