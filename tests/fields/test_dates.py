"""Dates: numeric with a site's order, written months, relative dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from podclean import languages
from podclean.fields.dates import find_date, month_of, resolve_relative
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


_SPELLED_LENGTHS = st.sampled_from(
    (
        ("45 minutes", 2700),
        ("1 hour, 3 minutes", 3780),
        ("49 minutes, 58 seconds", 2998),
        ("2 hours", 7200),
        ("52 min", 3120),
        ("1 hr 5 min", 3900),
        ("01:03:39", 3819),
    )
)


@given(st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 6, 5)), _SPELLED_LENGTHS)
def test_a_length_glued_to_a_numeric_dates_year_splits_at_the_year(day: dt.date, length: tuple[str, int]) -> None:
    from podclean.fields.meta import parse_meta

    spelled, seconds = length
    text = f"{day.month}/{day.day}/{day.year}{spelled}"
    date = find_date(text, "MDY", dt.date(2026, 6, 5))
    assert date is not None and date.iso == day.isoformat() and text[: date.end].endswith(str(day.year)), text
    meta = parse_meta(text, "MDY", dt.date(2026, 6, 5))
    assert meta is not None and meta.date is not None and meta.duration is not None, text
    assert (meta.date.iso, meta.duration.seconds, meta.leftover) == (day.isoformat(), seconds, ""), text


def test_glued_digits_after_a_numeric_date_need_a_plausible_year_and_a_unit() -> None:
    assert find_date("6/2/203145 minutes", "MDY", dt.date(2026, 6, 5)) is None
    assert find_date("6/2/202645", "MDY") is None
    assert find_date("6/2/2026451", "MDY") is None


_ZONES = st.sampled_from(("+0000", "-0400", "+0530", "GMT", "UTC", "Z", "EDT", "PST"))
_WEEKDAYS = st.sampled_from(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))


@given(
    _WEEKDAYS,
    st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.times(),
    _ZONES,
)
def test_a_feeds_date_keeps_its_clock_and_zone_as_a_time_of_day(
    weekday: str, day: dt.date, time: dt.time, zone: str
) -> None:
    from podclean.fields.meta import parse_meta

    text = f"{weekday}, {day:%d %b %Y} {time:%H:%M:%S} {zone}"
    meta = parse_meta(text, "auto")
    assert meta is not None and meta.date is not None and meta.date.iso == day.isoformat(), text
    assert meta.duration is None and meta.unparsed == (), text
    assert meta.leftover == weekday, text


def test_seconds_after_a_date_without_a_zone_may_still_be_a_length() -> None:
    from podclean.fields.meta import parse_meta

    meta = parse_meta("02.06.2026 1:05:12", "DMY")
    assert meta is not None and meta.duration is not None and meta.duration.seconds == 3912


def _order(*lines: str) -> str:
    from podclean.fields.date_order import infer_date_order
    from podclean.sites.generic import PROFILE

    return infer_date_order(list(lines), PROFILE)


def test_ambiguous_numeric_dates_follow_the_page_language() -> None:
    # Dashed, slashed or dotted, 02-04-2026 is 2 April where the page's
    # interface is German, Spanish, French or Dutch, and 4 February on a
    # page with an English (US) one.
    pages = {
        "DMY": (
            ("Startseite   Entdecken   Abonnieren", "Veröffentlicht am 02-04-2026", "Dauer: 45 Min."),
            ("Inicio   Explorar   Entrar", "Fecha de lanzamiento: 02-04-2026", "Duración: 9 h y 12 min"),
            ("Publié le 02/04/2026", "Une astronome raconte une histoire du ciel nocturne, des comètes aux bases."),
            ("Gepubliceerd op 02-04-2026", "Een gesprek over de dijken en het water in de stad."),
        ),
        "MDY": (
            ("Sign in   Subscribe   Share", "Released: 02-04-2026", "Duration: 45 min"),
            ("Published 02/04/2026", "A conversation about harbours, tides and the towns that live by them."),
        ),
    }
    for order, examples in pages.items():
        for lines in examples:
            assert _order(*lines) == order, lines


def test_the_interface_language_decides_not_the_episodes_language() -> None:
    lines = (
        "Browse   Search   Subscribe",
        "Latest episodes",
        "Cómo fijar precios sin miedo",
        "Released: 02-04-2026",
        "Hablamos con una panadera de barrio sobre el día en que subió los precios y lo que pasó después.",
    )
    assert _order(*lines) == "MDY"


def test_a_page_that_dates_itself_unambiguously_outweighs_its_language() -> None:
    assert _order("Sign in   Subscribe", "Released: 02-04-2026", "Released: 13-04-2026") == "DMY"
    assert _order("Startseite   Abonnieren", "Veröffentlicht am 04-02-2026", "Veröffentlicht am 04-13-2026") == "MDY"


def test_year_first_languages_leave_a_year_last_date_unread() -> None:
    assert _order("ホーム   ログイン", "配信日: 02/04/2026", "静かな港町の図書館を舞台にした連作短編集です。") == "auto"


def test_the_order_says_which_evidence_decided() -> None:
    from podclean.fields.date_order import explain_date_order
    from podclean.sites.generic import PROFILE

    evidence = explain_date_order(["Inicio   Entrar", "Fecha de lanzamiento: 02-04-2026"], PROFILE)
    assert (evidence.order, evidence.reason) == ("DMY", "page language es")
    assert explain_date_order(["13/05/2026"], PROFILE).reason.startswith("a date with its day")


_LABELLED = (("de", "Veröffentlicht am", "DMY"), ("es", "Publicado el", "DMY"), ("en", "Released:", "MDY"))


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.sampled_from(_LABELLED),
    st.sampled_from("-/."),
)
def test_a_labelled_ambiguous_date_reads_in_its_language_order(
    day: dt.date, labelled: tuple[str, str, str], separator: str
) -> None:
    _, label, order = labelled
    if separator == ".":
        order = "DMY"  # dotted dates are day first wherever they are written
    first, second = (day.day, day.month) if order == "DMY" else (day.month, day.day)
    line = f"{label} {first:02d}{separator}{second:02d}{separator}{day.year}"
    page_order = _order(line)
    assert page_order in (order, "auto")
    if first <= 12 and second <= 12 and first != second:
        assert page_order == order, line
    date = find_date(line, page_order)
    assert date is not None and date.iso == day.isoformat(), line


def test_korean_dotted_dates_with_and_without_spaces() -> None:
    for text in ("2025. 10. 2.", "2025.10.02", "2025.10.2.", "조회수 3.4천회 · 2025. 10. 2."):
        date = find_date(text, "auto")
        assert date is not None and date.iso == "2025-10-02", text
        assert text[date.end :].strip(" .") == "", text
    # A version number is no date.
    assert find_date("v2025.10.1", "auto") is None


def test_a_database_datetime_keeps_its_time_inside_the_date() -> None:
    date = find_date("2026-06-03 09:00:00 · 45:10", "auto")
    assert date is not None and date.iso == "2026-06-03" and date.end == len("2026-06-03 09:00:00")


def test_relative_dates_resolve_against_the_capture_time() -> None:
    from podclean import parse_date

    captured = dt.date(2026, 6, 5)
    cases = {
        "9 hours ago": "2026-06-05",
        "vor 3 Tagen": "2026-06-02",
        "hace 2 días": "2026-06-03",
        "il y a 3 jours": "2026-06-02",
        "3일 전": "2026-06-02",
        "3日前": "2026-06-02",
        "2 dagen geleden": "2026-06-03",
        "3 дні тому": "2026-06-02",
        "3 दिन पहले": "2026-06-02",
        "3 ngày trước": "2026-06-02",
        "3週前": "2026-05-15",
        "3d ago": "2026-06-02",
        "2 wks ago": "2026-05-22",
        "1 mo ago": "2026-05-05",
    }
    for text, iso in cases.items():
        assert parse_date(text, captured_at=captured) == dt.date.fromisoformat(iso), text


def test_short_units_count_only_with_their_ago_word() -> None:
    for text in ("We ran for 3 d straight", "for 2 h we talked", "I sat for 2 m", "Top 5 y más"):
        assert find_date(text) is None, text


# --- words with marks, capitals, joiners and numbered months -----------------

_MONTH_NAMES = [
    (record.code, number, name)
    for record in languages.languages()
    for number, names in enumerate(record.months, start=1)
    for name in names
]
_CASES = (str, str.upper, str.capitalize)


@given(st.sampled_from(_MONTH_NAMES), st.sampled_from(_CASES), st.integers(min_value=1, max_value=28))
def test_every_month_name_reads_in_any_case_with_and_without_its_year(
    month: tuple[str, int, str], case: Callable[[str], str], day: int
) -> None:
    code, number, name = month
    written = case(name)
    full = find_date(f"{day} {written} 2026", "auto")
    assert full is not None and full.iso == f"2026-{number:02d}-{day:02d}", (code, written)
    yearless = find_date(f"{day} {written}", "auto")
    assert yearless is not None and yearless.relative is not None, (code, written)
    assert yearless.relative.amount == number * 100 + day, (code, written)
    for joiner in languages.language(code).date_joiners:
        space = "" if joiner[-1] in "'\u2019" else " "
        joined = f"{day} {case(joiner)}{space}{written}"
        found = find_date(joined, "auto")
        assert found is not None and found.relative is not None, (code, joined)
        assert found.relative.amount == number * 100 + day, (code, joined)


_ABBREVIATIONS = [
    (record.code, number, short)
    for record in languages.languages()
    for number, names in enumerate(record.months, start=1)
    for short in names[1:]
]


@given(st.sampled_from(_ABBREVIATIONS), st.sampled_from(_CASES), st.integers(min_value=1, max_value=28))
def test_every_month_abbreviation_reads_with_its_dot_in_any_case(
    month: tuple[str, int, str], case: Callable[[str], str], day: int
) -> None:
    code, number, short = month
    written = case(short) + "."
    full = find_date(f"{day}. {written} 2026", "auto")
    assert full is not None and full.iso == f"2026-{number:02d}-{day:02d}", (code, written)
    yearless = find_date(f"{day}. {written}", "auto")
    assert yearless is not None and yearless.relative is not None, (code, written)
    assert yearless.relative.amount == number * 100 + day, (code, written)


def test_standard_short_month_names_of_each_locale() -> None:
    for text, iso in {
        "27. TOUKOK. 2026": "2026-05-27",
        "3. kesäk. 2026": "2026-06-03",
        "1. jouluk. 2025": "2025-12-01",
        "4 sept. 2026": "2026-09-04",
        "12 janv. 2026": "2026-01-12",
        "3 juil. 2026": "2026-07-03",
        "14 févr. 2026": "2026-02-14",
        "2 mrt. 2026": "2026-03-02",
        "9 sie 2026": "2026-08-09",
        "5 февр. 2026": "2026-02-05",
        "7 нояб. 2026": "2026-11-07",
    }.items():
        found = find_date(text, "auto")
        assert found is not None and found.iso == iso, text


def test_finnish_short_relative_units() -> None:
    captured = dt.date(2026, 6, 5)
    for text, iso in {
        "2 PV SITTEN": "2026-06-03",
        "1 vk sitten": "2026-05-29",
        "3 kk sitten": "2026-03-05",
    }.items():
        found = find_date(text)
        assert found is not None and found.relative is not None, text
        assert resolve_relative(found.relative, captured) == iso, text


def test_month_names_written_with_combining_marks_are_month_names() -> None:
    # Devanagari writes vowel signs and viramas as combining marks.
    assert [month_of(name) for name in ("जून", "सितम्बर", "दिसंबर")] == [6, 9, 12]
    for text, iso in {"3 जून 2026": "2026-06-03", "सितम्बर 3, 2026": "2026-09-03"}.items():
        date = find_date(text, "auto")
        assert date is not None and date.iso == iso, text
    # A mark never starts a word: a name glued to one is no month.
    assert find_date("3 जूनि 2026", "auto") is None


_RELATIVE = [
    (before, unit, word, after)
    for record in languages.languages()
    for unit, unit_words in record.relative_units.items()
    for word in unit_words
    for before, after in (*((b, "") for b in record.ago_before), *(("", a) for a in record.ago_after))
]


@given(st.sampled_from(_RELATIVE), st.sampled_from(_CASES), st.integers(min_value=1, max_value=99))
def test_relative_dates_read_alike_in_capitals(
    relative: tuple[str, str, str, str], case: Callable[[str], str], n: int
) -> None:
    before, unit, word, after = relative
    text = " ".join(part for part in (before, str(n), word, after) if part)
    found = find_date(case(text))
    assert found is not None and found.relative is not None, case(text)
    assert (found.relative.amount, found.relative.unit) == (n, unit), case(text)


def test_upper_case_relative_and_yearless_dates_on_chart_pages() -> None:
    captured = dt.date(2026, 6, 5)
    for text, iso in {
        "HÁ 1 DIA": "2026-06-04",
        "HÁ 2 DIAS": "2026-06-03",
        "3 DE JUN.": "2026-06-03",
        "12 DE MAIO": "2026-05-12",
        "3 de junio": "2026-06-03",
        "3. JUNI": "2026-06-03",
        "2 YIL ÖNCE": "2024-06-05",
    }.items():
        date = find_date(text, captured_at=captured)
        assert date is not None and date.relative is not None, text
        assert resolve_relative(date.relative, captured) == iso, text


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_numbered_months_read_in_every_form_pages_write(day: dt.date) -> None:
    d, m, y = day.day, day.month, day.year
    for text in (f"{d} tháng {m}, {y}", f"ngày {d} tháng {m} năm {y}", f"{d} thg {m}, {y}", f"{d} Tháng {m:02d} {y}"):
        date = find_date(text, "auto")
        assert date is not None and date.iso == day.isoformat(), text


def test_a_numbered_month_needs_a_month_number() -> None:
    assert find_date("12 tháng 13, 2026", "auto") is None
    assert month_of("tháng 0") is None and month_of("tháng 12") == 12
    # "3 tháng trước" is three months ago, not a month.
    date = find_date("3 tháng trước")
    assert date is not None and date.relative is not None and date.relative.unit == "month"
