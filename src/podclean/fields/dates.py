"""Published dates: numeric (with the site's day/month order), written-out
months, CJK forms, and relative dates ("1일 전", "há 1 dia", "3 days ago").

Relative dates resolve only against a capture time the user gives; without
one they stay relative. Nothing here looks at a clock.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from podclean import languages
from podclean.fields.durations import GLUED_DURATION_AHEAD
from podclean.model import RelativeDate

#: Month name or abbreviation (lower-case, accents kept) → month number.
MONTH_NUMBER = languages.month_numbers()
# A word where a month name may stand; whether it is one is a look-up in
# MONTH_NUMBER, not an alternation of every name in every language, which
# the engine tried at every word of every line (seven times slower).
# A name is letters with their marks: Devanagari and other scripts write
# vowel signs and viramas as combining marks ("जून", "सितम्बर"), which
# \p{L} alone does not take.
_MONTH_LETTERS = sorted(len(name.rstrip(".")) for name in MONTH_NUMBER)
_NAMED_MONTH = rf"\p{{L}}[\p{{L}}\p{{M}}]{{{_MONTH_LETTERS[0] - 1},{_MONTH_LETTERS[-1] - 1}}}\.?"
# A language that numbers its months writes a word and the number
# ("tháng 5", "thg 12"); the word and number are the month.
_MONTH_WORDS = languages.month_words()
_NUMBERED_MONTH = (
    rf"(?:{languages.alternation(_MONTH_WORDS)})\s{{1,3}}(?:1[0-2]|0?[1-9])(?!\d)" if _MONTH_WORDS else None
)
_MONTH = rf"({_NUMBERED_MONTH}|{_NAMED_MONTH})" if _NUMBERED_MONTH else rf"({_NAMED_MONTH})"
_NUMBERED_MONTH_PARTS = regex.compile(rf"(?:{languages.alternation(_MONTH_WORDS)})\s{{1,3}}(\d{{1,2}})")


def month_of(word: str) -> int | None:
    """The month a month name, or a month word and its number, stands for.

    >>> month_of("JUN."), month_of("जून"), month_of("Tháng 5"), month_of("Junk")
    (6, 6, 5, None)
    """
    folded = languages.fold(word)
    number = MONTH_NUMBER.get(folded)
    if number is None and _MONTH_WORDS:
        numbered = _NUMBERED_MONTH_PARTS.fullmatch(folded)
        number = int(numbered.group(1)) if numbered and 1 <= int(numbered.group(1)) <= 12 else None
    return number


# A four-digit year may have a duration glued to it ("6/2/202645 minutes",
# "5/19/20261 hour, 3 minutes"), as with written dates (see _YEAR below).
NUMERIC_DATE = regex.compile(
    rf"(?<![\d.:/])(\d{{1,4}})([./-])(\d{{1,2}})\2(\d{{4}}|\d{{2}})(?:(?![\d:/])|(?<=\d{{4}})(?={GLUED_DURATION_AHEAD}))"
)
# An ISO date may carry its time and zone ("2026-05-28T10:00:00Z"): the time
# is part of the date, never a duration.
# So may a database's datetime, a space and the time with its seconds
# ("2026-06-03 09:00:00").
ISO_DATE = regex.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})"
    r"(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?|\x20(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?![\d:]))?"
    r"(?!\d)"
)
# A time zone after a time: an offset, "Z", or a name a feed may give.
_ZONE = r"(?:Z|GMT|UTC|UT|[ECMP][SD]T|[+-][0-2]\d:?[0-5]\d)(?!\p{L})"
# A time of day right after a date ("28.05.2026, 10:00", "Jun 4, 2026 9:30 pm",
# "2025. 10. 2. 오후 3:00"): with a word before it or a marker after it, it is
# a time; without either it may as well be a duration of minutes and seconds.
TIME_OF_DAY = regex.compile(
    # Every repeat is bounded: the pattern is tried right after a date, and
    # unbounded runs of spaces made a search over a page quadratic.
    r"[\s,·|]{0,4}(?P<before>(?:at|um|à|a las|alle|om|kl\.?|klo|o)\s{1,3}|(?:오전|오후|午前|午後|上午|下午)\s{0,2})?"
    # After "kl." or "klo" a dot may stand between the hours and minutes; an
    # "h" stands there in a time written with two digits ("18h00"), while
    # "1h05" after a date is the episode's length.
    r"(?:[01]?\d|2[0-3])"
    # After "à" a French page may spell it out: "4 juin 2026 à 8 h 12 min".
    r"(?::|(?<=(?<!\d)\d\d)h|(?<=(?:à|a las|um|om)\s{1,3}\d{1,2})\s{0,2}h\s{0,2}|(?<=(?:kl\.?|klo)\s{1,3}\d{1,2})\.)"
    # A feed's date (RFC 822) gives the seconds and the zone ("Tue, 02 Jun
    # 2026 07:00:00 +0000"); seconds with no zone after them may as well be
    # the hours, minutes and seconds of a length, so they need the zone.
    rf"[0-5]\d(?::[0-5]\d(?=\s{{0,3}}{_ZONE}))?(?![\d:])"
    rf"(?P<marker>\s{{0,3}}(?:[ap]\.?\s?m\.?|uhr|h|min|{_ZONE}))?",
    regex.IGNORECASE,
)
# Words a written date puts between its parts ("28 *de* mai. *de* 2026",
# "3 *d'*abril"): a joiner ending in an apostrophe needs no space after it.
_JOINER = "|".join(
    regex.escape(joiner) + ("" if joiner[-1] in "'’" else r"\s+")
    for joiner in sorted(languages.words_of("date_joiners"), key=len, reverse=True)
)
_JOIN = rf"(?:(?:{_JOINER}))?"
# A year, alone or with a duration glued to it ("202652 min", "202601:03:39"):
# pages that drop the separator write the four digits of the year and then the
# duration, so the year is the first four digits when a duration follows.
_YEAR = rf"(\d{{4}})(?:(?!\d)|(?={GLUED_DURATION_AHEAD}))"
DAY_MONTH_YEAR = regex.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+{_JOIN}{_MONTH}\s*,?\s+{_JOIN}{_YEAR}", regex.IGNORECASE)
# A digit may stand right before the name, where an episode number is glued
# to it ("EP05April 22, 2026").
MONTH_DAY_YEAR = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){_MONTH}\s+(\d{{1,2}}),?\s+{_YEAR}", regex.IGNORECASE)
# A month and day with no year ("Jun 2", "2 juni"): app-style pages drop the
# year for recent episodes. They resolve only against a capture time.
YEARLESS_MONTH_DAY = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}]){_MONTH}\s+(\d{{1,2}})(?![\d:]|(?:st|nd|rd|th)?,?\s*\d{{4}})", regex.IGNORECASE
)
# A joiner may stand between them as in a full date ("3 de jun.", "12 DE MAIO").
YEARLESS_DAY_MONTH = regex.compile(
    rf"(?<![\d.])(\d{{1,2}})\.?\s+{_JOIN}{_MONTH}(?!\w|\.?,?\s+{_JOIN}\d{{4}})", regex.IGNORECASE
)


def _month_match(pattern: regex.Pattern[str], text: str, group: int) -> regex.Match[str] | None:
    """The first match of ``pattern`` whose ``group`` is a month name."""
    m = pattern.search(text)
    if m is None or month_of(m.group(group)) is not None:
        return m
    return next((m for m in pattern.finditer(text, overlapped=True) if month_of(m.group(group)) is not None), None)


CJK_DATE = regex.compile(r"(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]?")
# Korean pages write year, month and day each with a dot, often spaced
# ("2025. 10. 2."); the last dot belongs to the date.
YEAR_FIRST_DOTTED = regex.compile(r"(?<![\p{L}\d.])(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})(?:\.(?!\d))?(?![\d:])")

#: Word of a relative date → its unit ("días" → "day").
UNIT_OF = languages.relative_units()
_UNIT_ALT = languages.alternation(UNIT_OF)
_AGO_AFTER = languages.alternation(languages.words_of("ago_after"))
_AGO_BEFORE = languages.alternation(languages.words_of("ago_before"))

RELATIVE_DATE = (
    # "3 days ago", "1일 전", "3天前", "3日前", "3 dagar sedan"
    regex.compile(rf"(?<!\d)(?P<n>\d{{1,4}})\s*(?P<unit>{_UNIT_ALT})\s*(?:{_AGO_AFTER})", regex.IGNORECASE),
    # "há 1 dia", "hace 2 días", "vor 3 Tagen", "il y a 2 jours", "för 3 dagar sedan"
    regex.compile(
        rf"(?:{_AGO_BEFORE})\s+(?P<n>\d{{1,4}})\s+(?P<unit>{_UNIT_ALT})(?:\s+(?:{_AGO_AFTER}))?(?!\w)",
        regex.IGNORECASE,
    ),
)
#: Words meaning "today" / "yesterday" → days before the capture.
_WORD_DAYS = languages.day_offsets()
# Every such word starts with a letter, so a word boundary (which the engine
# tests fast) is where one may start.
RELATIVE_WORDS = regex.compile(rf"\b(?P<word>{languages.alternation(_WORD_DAYS)})(?!\w)", regex.IGNORECASE)


def time_after(text: str, date: DateMatch) -> regex.Match[str] | None:
    """The time of day right after ``date`` in ``text``, if one follows.

    Its ``before`` or ``marker`` group is set where a word or a marker says
    it is a time ("um 18:00", "18:00 Uhr"); a bare ``18:00`` might be a
    duration, and the caller decides.

    >>> text = "3. Juni 2026, 18:00 Uhr"
    >>> time_after(text, find_date(text)).group(0)
    ', 18:00 Uhr'
    """
    return TIME_OF_DAY.match(text, date.end)


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


#: Years a glued year may be, without a capture time to judge by: the first
#: podcasts to the end of the century.
GLUED_YEARS = range(1990, 2100)


def plausible_glued_year(year: int, captured_at: dt.date | None) -> bool:
    """Whether a year with digits glued after it ("202652 min") is a year.

    Seen from a capture time, a published year is at most one year ahead
    (a page's time zone) and not from before podcasts.

    >>> plausible_glued_year(2026, dt.date(2026, 6, 5)), plausible_glued_year(2031, dt.date(2026, 6, 5))
    (True, False)
    """
    if captured_at is None:
        return year in GLUED_YEARS
    return GLUED_YEARS.start <= year <= captured_at.year + 1


def _written(
    m: regex.Match[str] | None, month_group: int, day_group: int, text: str, captured_at: dt.date | None
) -> DateMatch | None:
    if m is None:
        return None
    year = int(m.group(3))
    if m.end() < len(text) and text[m.end()].isdigit() and not plausible_glued_year(year, captured_at):
        return None
    month = month_of(m.group(month_group))
    if month is None:  # pragma: no cover - _month_match only returns months
        return None
    iso = _iso(year, month, int(m.group(day_group)))
    return DateMatch(iso=iso, relative=None, start=m.start(), end=m.end()) if iso else None


def find_date(text: str, order: str = "DMY", captured_at: dt.date | None = None) -> DateMatch | None:
    """Find the first published date in ``text``.

    ``order`` is the site's numeric order: ``"DMY"`` (01/06/2026 is 1 June),
    ``"MDY"``, or ``"auto"`` (only unambiguous numeric dates count). A
    written date may have its duration glued to the year ("Jun 22,
    202653 min"); the year counts where it is plausible from ``captured_at``
    (:func:`plausible_glued_year`).

    >>> find_date("01/06/2026 | 1h 43 mins.", "DMY").iso
    '2026-06-01'
    >>> find_date("Latent Space1일 전").relative.unit
    'day'
    """
    found: list[DateMatch] = []
    if not _DIGIT.search(text):
        # Every form but a relative word ("yesterday") has a digit.
        return _relative_word(text)
    for pattern in (ISO_DATE, CJK_DATE, YEAR_FIRST_DOTTED):
        m = pattern.search(text)
        if m:
            iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso:
                found.append(DateMatch(iso=iso, relative=None, start=m.start(), end=m.end()))
    m = NUMERIC_DATE.search(text)
    if m and m.end() < len(text) and text[m.end()].isdigit() and not plausible_glued_year(int(m.group(4)), captured_at):
        m = None
    if m and not ISO_DATE.match(text, m.start()):
        iso = _numeric(m, order)
        if iso:
            found.append(DateMatch(iso=iso, relative=None, start=m.start(), end=m.end()))
    for written in (
        _written(_month_match(DAY_MONTH_YEAR, text, 2), 2, 1, text, captured_at),
        _written(_month_match(MONTH_DAY_YEAR, text, 1), 1, 2, text, captured_at),
    ):
        if written:
            found.append(written)
    for pattern in RELATIVE_DATE:
        m = pattern.search(text)
        unit = _unit_of(m.group("unit")) if m else None
        if m and unit:
            rel = RelativeDate(amount=int(m.group("n")), unit=unit, text=m.group(0))
            found.append(DateMatch(iso=None, relative=rel, start=m.start(), end=m.end()))
    for pattern, month_group, day_group in ((YEARLESS_MONTH_DAY, 1, 2), (YEARLESS_DAY_MONTH, 2, 1)):
        m = _month_match(pattern, text, month_group)
        month = month_of(m.group(month_group)) if m else None
        if m and month and 1 <= int(m.group(day_group)) <= 31:
            rel = RelativeDate(amount=month * 100 + int(m.group(day_group)), unit="yearless", text=m.group(0))
            found.append(DateMatch(iso=None, relative=rel, start=m.start(), end=m.end()))
    word = _relative_word(text)
    if word:
        found.append(word)
    if not found:
        return None
    return min(found, key=lambda d: (d.start, -d.end))


_DIGIT = regex.compile(r"\d")


def _unit_of(word: str) -> str | None:
    """The unit of a relative date's word as a page wrote it ("DIAS", "YIL")."""
    return UNIT_OF.get(languages.fold(word)) or UNIT_OF.get(languages.fold(word.upper()))


def _relative_word(text: str) -> DateMatch | None:
    m = RELATIVE_WORDS.search(text)
    word = m.group("word") if m else ""
    offset = _WORD_DAYS.get(languages.fold(word), _WORD_DAYS.get(languages.fold(word.upper())))
    if m is None or offset is None:
        return None
    rel = RelativeDate(amount=offset, unit="day", text=m.group(0))
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
