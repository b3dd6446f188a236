"""Dates: numeric with a site's order, written months, relative dates."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from podclean.fields.dates import find_date, resolve_relative
from podclean.model import RelativeDate


def test_day_first_dates_on_european_sites() -> None:
    date = find_date("01/06/2026 | 1h 43 mins.", "DMY")
    assert date is not None and date.iso == "2026-06-01"
    date = find_date("02.06.2026", "DMY")
    assert date is not None and date.iso == "2026-06-02"


def test_month_first_when_the_site_says_so() -> None:
    date = find_date("01/06/2026", "MDY")
    assert date is not None and date.iso == "2026-01-06"


def test_ambiguous_numeric_dates_are_not_guessed() -> None:
    assert find_date("01/06/2026", "auto") is None
    date = find_date("13/06/2026", "auto")
    assert date is not None and date.iso == "2026-06-13"


def test_written_months_in_several_languages() -> None:
    for text, iso in (
        ("2 juni 2026", "2026-06-02"),
        ("June 2, 2026", "2026-06-02"),
        ("14 de marzo 2026", "2026-03-14"),
    ):
        date = find_date(text, "auto")
        assert (date.iso if date else None) == iso


def test_relative_dates_in_several_languages() -> None:
    cases = {
        "1일 전": (1, "day"),
        "há 1 dia": (1, "day"),
        "3 days ago": (3, "day"),
        "hace 2 semanas": (2, "week"),
        "vor 3 Tagen": (3, "day"),
        "3天前": (3, "day"),
        "för 2 veckor sedan": (2, "week"),
    }
    for text, (amount, unit) in cases.items():
        date = find_date(text)
        assert date is not None and date.relative is not None, text
        assert (date.relative.amount, date.relative.unit) == (amount, unit), text


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_numeric_dates_round_trip_in_both_orders(day: dt.date) -> None:
    dmy = find_date(f"{day.day:02d}.{day.month:02d}.{day.year}", "DMY")
    mdy = find_date(f"{day.month:02d}/{day.day:02d}/{day.year}", "MDY")
    assert dmy is not None and dmy.iso == day.isoformat()
    assert mdy is not None and mdy.iso == day.isoformat()


@given(st.integers(min_value=0, max_value=400), st.dates(min_value=dt.date(2000, 1, 1)))
def test_relative_days_resolve_exactly(days: int, captured: dt.date) -> None:
    resolved = resolve_relative(RelativeDate(amount=days, unit="day", text=""), captured)
    assert resolved == (captured - dt.timedelta(days=days)).isoformat()


@given(st.text(max_size=300))
def test_date_parsing_never_raises(text: str) -> None:
    for order in ("DMY", "MDY", "auto"):
        find_date(text, order)


def test_yearless_dates_resolve_to_the_latest_one_before_the_capture() -> None:
    date = find_date("Jun 2 · 45 min")
    assert date is not None and date.relative is not None and date.relative.unit == "yearless"
    assert resolve_relative(date.relative, dt.date(2026, 6, 5)) == "2026-06-02"
    late = find_date("Dec 30")
    assert late is not None and late.relative is not None
    assert resolve_relative(late.relative, dt.date(2026, 1, 5)) == "2025-12-30"


def test_a_yearless_date_in_prose_is_not_a_glued_header() -> None:
    from podclean.fields.meta import split_glued

    assert split_glued("We talk about what happened on May 5 when the servers went down " * 5, "DMY", 300) is None


def test_written_dates_in_more_locales_and_with_joiners() -> None:
    cases = {
        "2 Haziran 2026": "2026-06-02",
        "12 maja 2026": "2026-05-12",
        "27 Mei 2026": "2026-05-27",
        "5. maj 2026": "2026-05-05",
        "2 июня 2026 г.": "2026-06-02",
        "14 de marzo de 2026": "2026-03-14",
        "28 de mai. de 2026": "2026-05-28",
        "Sep 30 2025": "2025-09-30",
        "2026/01/26": "2026-01-26",
        "EP05April 22, 2026": "2026-04-22",
        "2026-05-28T10:00:00Z": "2026-05-28",
    }
    for text, iso in cases.items():
        date = find_date(text, "auto")
        assert date is not None and date.iso == iso, text


def test_relative_dates_in_more_locales() -> None:
    cases = {
        "9 hours ago": (9, "hour"),
        "3 dagen geleden": (3, "day"),
        "2 gün önce": (2, "day"),
        "4 dni temu": (4, "day"),
        "5 hari yang lalu": (5, "day"),
        "2 giorni fa": (2, "day"),
        "3 дня назад": (3, "day"),
    }
    for text, (amount, unit) in cases.items():
        date = find_date(text)
        assert date is not None and date.relative is not None, text
        assert (date.relative.amount, date.relative.unit) == (amount, unit), text


def test_a_duration_glued_to_the_year_leaves_the_year_whole() -> None:
    for text, iso in (
        ("Jun 22, 202653 min", "2026-06-22"),
        ("26 may 202652 min", "2026-05-26"),
        ("May 28, 20261 hr 5 min", "2026-05-28"),
        ("EP05April 22, 202601:03:39", "2026-04-22"),
    ):
        date = find_date(text, "auto", dt.date(2026, 6, 5))
        assert date is not None and date.iso == iso and text[date.end - 4 : date.end] == "2026", text


def test_glued_digits_make_no_year_where_none_is_plausible_or_no_duration_follows() -> None:
    # Five years ahead of the capture is no published year; digits with no
    # unit after them are no duration to split off.
    assert find_date("Jun 22, 203153 min", "auto", dt.date(2026, 6, 5)) is None
    assert find_date("Jun 22, 202653", "auto", dt.date(2026, 6, 5)) is None
    assert find_date("Jun 22, 178553 min", "auto") is None
