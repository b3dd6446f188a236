"""Published dates: numeric (with the site's day/month order), written-out
months, CJK forms, and relative dates ("1일 전", "há 1 dia", "3 days ago").

Relative dates resolve only against a capture time the user gives; without
one they stay relative. Nothing here looks at a clock.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from podclean.model import RelativeDate

#: Month names and abbreviations, by language; lower-case, accents kept.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "de": (
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for names in MONTHS.values():
        for number, name in enumerate(names, start=1):
            table.setdefault(name, number)
            table.setdefault(name[:3], number)
            table.setdefault(name[:3] + ".", number)
    return table


MONTH_NUMBER = _month_table()
_MONTH_ALT = "|".join(sorted((regex.escape(m) for m in MONTH_NUMBER), key=len, reverse=True))

NUMERIC_DATE = regex.compile(r"(?<![\d.:/])(\d{1,4})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d:/])")
ISO_DATE = regex.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
DAY_MONTH_YEAR = regex.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+({_MONTH_ALT})\s+(\d{{4}})(?!\d)", regex.IGNORECASE)
# Every month name is 3–10 letters and an optional dot: a cheap look at the
# word start decides before the 137 names are tried one by one.
_MONTH_GUARD = r"\b(?=\p{L}{3,10}\.?\s+\d)(?<!\w)"
MONTH_DAY_YEAR = regex.compile(rf"{_MONTH_GUARD}({_MONTH_ALT})\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", regex.IGNORECASE)
# A month and day with no year ("Jun 2", "2 juni"): app-style pages drop the
# year for recent episodes. They resolve only against a capture time.
YEARLESS_MONTH_DAY = regex.compile(
    rf"{_MONTH_GUARD}({_MONTH_ALT})\s+(\d{{1,2}})(?![\d:]|(?:st|nd|rd|th)?,?\s*\d{{4}})", regex.IGNORECASE
)
YEARLESS_DAY_MONTH = regex.compile(rf"(?<![\d.])(\d{{1,2}})\.?\s+({_MONTH_ALT})(?!\w|\.?\s+\d{{4}})", regex.IGNORECASE)
CJK_DATE = regex.compile(r"(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]?")

#: Relative-date phrases: (pattern with an ``n`` group, unit words → unit).
_UNITS = {
    "minute": (
        "minute",
        "minutes",
        "min",
        "mins",
        "분",
        "분",
        "minuto",
        "minutos",
        "minuten",
        "minuter",
        "minut",
        "分钟",
        "分",
    ),
    "hour": (
        "hour",
        "hours",
        "hr",
        "hrs",
        "시간",
        "hora",
        "horas",
        "stunde",
        "stunden",
        "timme",
        "timmar",
        "heure",
        "heures",
        "小时",
        "時間",
    ),
    "day": (
        "day",
        "days",
        "일",
        "dia",
        "dias",
        "día",
        "días",
        "tag",
        "tagen",
        "dag",
        "dagar",
        "jour",
        "jours",
        "天",
        "日",
    ),
    "week": (
        "week",
        "weeks",
        "주",
        "semana",
        "semanas",
        "woche",
        "wochen",
        "vecka",
        "veckor",
        "semaine",
        "semaines",
        "周",
        "週間",
    ),
    "month": (
        "month",
        "months",
        "개월",
        "달",
        "mês",
        "meses",
        "mes",
        "monat",
        "monaten",
        "månad",
        "månader",
        "mois",
        "个月",
        "か月",
        "ヶ月",
    ),
    "year": ("year", "years", "년", "ano", "anos", "año", "años", "jahr", "jahren", "år", "an", "ans", "年"),
}
UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_UNIT_ALT = "|".join(sorted((regex.escape(w) for w in UNIT_OF), key=len, reverse=True))

RELATIVE_DATE = (
    # "3 days ago", "1일 전", "3天前", "3日前", "3 dagar sedan"
    regex.compile(rf"(?<!\d)(?P<n>\d{{1,4}})\s*(?P<unit>{_UNIT_ALT})\s*(?:ago|전|前|sedan)", regex.IGNORECASE),
    # "há 1 dia", "hace 2 días", "vor 3 Tagen", "il y a 2 jours", "för 3 dagar sedan"
    regex.compile(
        rf"(?:há|hace|vor|il y a|för)\s+(?P<n>\d{{1,4}})\s+(?P<unit>{_UNIT_ALT})(?:\s+sedan)?(?!\w)", regex.IGNORECASE
    ),
)
#: Words meaning "today" / "yesterday", by language.
RELATIVE_WORDS = regex.compile(
    r"(?<!\w)(?P<word>today|yesterday|오늘|어제|hoy|ayer|hoje|ontem|heute|gestern|idag|igår|i dag|i går|aujourd'hui|hier|今天|昨天|今日|昨日)(?!\w)",
    regex.IGNORECASE,
)
_WORD_DAYS = {
    "today": 0,
    "오늘": 0,
    "hoy": 0,
    "hoje": 0,
    "heute": 0,
    "idag": 0,
    "i dag": 0,
    "aujourd'hui": 0,
    "今天": 0,
    "今日": 0,
    "yesterday": 1,
    "어제": 1,
    "ayer": 1,
    "ontem": 1,
    "gestern": 1,
    "igår": 1,
    "i går": 1,
    "hier": 1,
    "昨天": 1,
    "昨日": 1,
}


@attrs.frozen(kw_only=True)
class DateMatch:
    """A date found in a text: ISO date or relative date, and where it was."""

    iso: str | None
    relative: RelativeDate | None
    start: int
    end: int


def _iso(year: int, month: int, day: int) -> str | None:
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric(m: regex.Match[str], order: str) -> str | None:
    a, b, c = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if len(m.group(1)) == 4:  # 2026.06.02, 2026/06/02
        return _iso(a, b, c) if len(m.group(4)) <= 2 else None
    if len(m.group(4)) != 4 and m.group(2) != ".":
        return None
    if order == "MDY" and a <= 12:
        return _iso(c, a, b)
    if order == "DMY" or a > 12:
        return _iso(c, b, a)
    # Unknown order: only an unambiguous date is a date.
    if b > 12:
        return _iso(c, a, b)
    return _iso(c, b, a) if a == b else None


def find_date(text: str, order: str = "DMY") -> DateMatch | None:
    """Find the first published date in ``text``.

    ``order`` is the site's numeric order: ``"DMY"`` (01/06/2026 is 1 June),
    ``"MDY"``, or ``"auto"`` (only unambiguous numeric dates count).

    >>> find_date("01/06/2026 | 1h 43 mins.", "DMY").iso
    '2026-06-01'
    >>> find_date("Latent Space1일 전").relative.unit
    'day'
    """
    found: list[DateMatch] = []
    if not _DIGIT.search(text):
        # Every form but a relative word ("yesterday") has a digit.
        return _relative_word(text)
    for pattern in (ISO_DATE, CJK_DATE):
        m = pattern.search(text)
        if m:
            iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso:
                found.append(DateMatch(iso=iso, relative=None, start=m.start(), end=m.end()))
    m = NUMERIC_DATE.search(text)
    if m and not ISO_DATE.match(text, m.start()):
        iso = _numeric(m, order)
        if iso:
            found.append(DateMatch(iso=iso, relative=None, start=m.start(), end=m.end()))
    m = DAY_MONTH_YEAR.search(text)
    if m:
        iso = _iso(int(m.group(3)), MONTH_NUMBER[m.group(2).lower()], int(m.group(1)))
        if iso:
            found.append(DateMatch(iso=iso, relative=None, start=m.start(), end=m.end()))
    m = MONTH_DAY_YEAR.search(text)
    if m:
        iso = _iso(int(m.group(3)), MONTH_NUMBER[m.group(1).lower()], int(m.group(2)))
        if iso:
            found.append(DateMatch(iso=iso, relative=None, start=m.start(), end=m.end()))
    for pattern in RELATIVE_DATE:
        m = pattern.search(text)
        if m:
            rel = RelativeDate(amount=int(m.group("n")), unit=UNIT_OF[m.group("unit").lower()], text=m.group(0))
            found.append(DateMatch(iso=None, relative=rel, start=m.start(), end=m.end()))
    for pattern, month_group, day_group in ((YEARLESS_MONTH_DAY, 1, 2), (YEARLESS_DAY_MONTH, 2, 1)):
        m = pattern.search(text)
        if m and 1 <= int(m.group(day_group)) <= 31:
            month = MONTH_NUMBER[m.group(month_group).lower()]
            rel = RelativeDate(amount=month * 100 + int(m.group(day_group)), unit="yearless", text=m.group(0))
            found.append(DateMatch(iso=None, relative=rel, start=m.start(), end=m.end()))
    word = _relative_word(text)
    if word:
        found.append(word)
    if not found:
        return None
    return min(found, key=lambda d: (d.start, -d.end))


_DIGIT = regex.compile(r"\d")


def _relative_word(text: str) -> DateMatch | None:
    m = RELATIVE_WORDS.search(text)
    if not m:
        return None
    rel = RelativeDate(amount=_WORD_DAYS[m.group("word").lower()], unit="day", text=m.group(0))
    return DateMatch(iso=None, relative=rel, start=m.start(), end=m.end())


_UNIT_DAYS = {"day": 1, "week": 7}


def resolve_relative(relative: RelativeDate, captured_at: dt.date) -> str:
    """The calendar date a relative date means, seen from ``captured_at``.

    >>> resolve_relative(RelativeDate(amount=3, unit="day", text="3일 전"), dt.date(2026, 6, 4))
    '2026-06-01'
    """
    if relative.unit == "yearless":
        month, day = divmod(relative.amount, 100)
        for year in (captured_at.year, captured_at.year - 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate <= captured_at:
                return candidate.isoformat()
        return dt.date(captured_at.year - 1, month, min(day, 28)).isoformat()
    if relative.unit in ("minute", "hour"):
        hours = relative.amount if relative.unit == "hour" else relative.amount / 60
        return (dt.datetime.combine(captured_at, dt.time(12)) - dt.timedelta(hours=hours)).date().isoformat()
    if relative.unit in _UNIT_DAYS:
        return (captured_at - dt.timedelta(days=relative.amount * _UNIT_DAYS[relative.unit])).isoformat()
    months = relative.amount * (12 if relative.unit == "year" else 1)
    year, month = divmod(captured_at.year * 12 + captured_at.month - 1 - months, 12)
    day = min(captured_at.day, 28)
    return dt.date(year, month + 1, day).isoformat()
