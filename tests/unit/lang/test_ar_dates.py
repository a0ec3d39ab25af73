"""Arabic temporal expressions, resolved against the publication date (Monday 4 September 2023)."""

from __future__ import annotations

import datetime as dt

import pytest

from workers.lang.ar.dates import find_dates
from workers.lang.ar.tokens import tokenize

MONDAY = dt.date(2023, 9, 4)


def dates(text: str, published: dt.date | None = MONDAY) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.value, d.granularity) for d in find_dates(tokenize(text), text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أكد الوزير الروسي اليوم الإثنين، أن", ("اليوم الإثنين", "2023-09-04", "day")),
        ("وقع الهجوم أمس في بغداد", ("أمس", "2023-09-03", "day")),
        ("قتلت أول من أمس أربعة", ("أول من أمس", "2023-09-02", "day")),
        ("يصل الوفد غدًا إلى القاهرة", ("غدًا", "2023-09-05", "day")),
        ("وقال يوم الخميس الماضي إن", ("يوم الخميس الماضي", "2023-08-31", "day")),
        ("وعبرت الولايات المتحدة الأسبوع الماضي، عن قلقها", ("الأسبوع الماضي", "2023-W35", "week")),
        ("في بيان مشترك نهاية الشهر الماضي، إن", ("نهاية الشهر الماضي", "2023-08", "month")),
        ("تجري الانتخابات العام المقبل", ("العام المقبل", "2024", "year")),
        ("في يوليو/ تموز الماضي واجتمع مع كيم", ("يوليو/ تموز الماضي", "2023-07", "month")),
        ("في أغسطس (آب) الماضي", ("أغسطس (آب) الماضي", "2023-08", "month")),
        ("في كانون الثاني الماضي", ("كانون الثاني الماضي", "2023-01", "month")),
        ("منذ تشرين الأول", ("تشرين الأول", "2022-10", "month")),
        ("في 15 يوليو 2023", ("15 يوليو 2023", "2023-07-15", "day")),
        ("في ١٥ تموز ٢٠٢٣", ("١٥ تموز ٢٠٢٣", "2023-07-15", "day")),
        ("— التلفزيون العربي (@AlarabyTV) July 15, 2023", ("July 15, 2023", "2023-07-15", "day")),
        ("بتاريخ 15/7/2023 أعلن", ("15/7/2023", "2023-07-15", "day")),
        ("منذ عام 1994 نحو", ("عام 1994", "1994", "year")),
    ],
)
def test_expression_and_value(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


def test_year_written_once_belongs_to_both_coordinated_months() -> None:
    found = dates("بين شهري أغسطس (آب) وديسمبر (كانون الاول) من عام 2005")
    assert [value for _, value, _ in found] == ["2005-08", "2005-12"]


def test_relative_expression_without_publication_date_has_no_value() -> None:
    assert dates("وقع الهجوم أمس", published=None) == [("أمس", None, "day")]


def test_today_inside_a_hashtag_is_not_a_date() -> None:
    assert dates("في كافة المجالات #العربي_اليوم #أميركا") == []


def test_bare_english_may_is_not_a_month() -> None:
    assert dates("officials may meet") == []


def test_spans_are_their_text() -> None:
    text = "وزار شويغو كوريا الشمالية في يوليو/ تموز الماضي ثم عاد اليوم الإثنين"
    for d in find_dates(tokenize(text), text, MONDAY):
        assert text[d.start : d.end] == d.text
