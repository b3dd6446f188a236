"""Durations: clock forms (``1:24:44``, ``14:47``) and written forms
(``1h 23min``, ``1h 43 mins.``, ``54min``, ``1시간 23분``), in seconds.

Clock forms count only where the whole text is a time (a meta line), since a
bare ``14:47`` inside prose is as likely a time of day; a clock with a
minute unit after it (``54:12 Min.``) is minutes and seconds anywhere.
"""

from __future__ import annotations

import attrs
import regex

from podclean import languages

CLOCK = regex.compile(r"(?<![\d:])(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)(?![\d:])")
_H = f"(?:{languages.alternation(languages.words_of('hour_units'))})"
_M = f"(?:{languages.alternation(languages.words_of('minute_units'))})"
_S = f"(?:{languages.alternation(languages.words_of('second_units'))})"
#: A minute unit after a clock ("54:12 *Min.*"): the clock is minutes and
#: seconds, an episode's length, never a time of day.
CLOCK_MINUTE_UNIT = rf"\s{{0,2}}{_M}\.?(?![\p{{L}}\p{{M}}])"
_UNIT_AFTER_CLOCK = regex.compile(CLOCK_MINUTE_UNIT)
CLOCK_MINUTES = regex.compile(rf"(?<![\d:])(?:(\d{{1,2}}):)?(\d{{1,3}}):([0-5]\d){CLOCK_MINUTE_UNIT}")
# "9 h y 12 min", "1 hour and 5 minutes", "1 hr, 5 min": a joiner or a comma
# may stand between the parts.
_AND = rf"(?:\s*,|\s*(?:{languages.alternation(languages.words_of('duration_joiners'))})(?=\s))?"
# Hours may be a decimal ("1,5 Std."); French and Scandinavian pages write
# the minutes right after the hour's unit, with no unit of their own
# ("1h05"); a length may give its seconds too ("1 h 5 min 30 s").
_WRITTEN = (
    rf"(?:(?P<h>\d{{1,3}}(?:[.,]\d)?)\s*{_H}\.?"
    rf"(?:{_AND}\s*(?P<hm>\d{{1,2}})\s*{_M}\.?(?:{_AND}\s*(?P<hms>\d{{1,2}})\s*{_S}\.?)?"
    rf"|(?P<hb>[0-5]\d)(?![\d:.,/]))?"
    rf"|(?P<m>\d{{1,4}})\s*{_M}\.?(?:{_AND}\s*(?P<ms>\d{{1,2}})\s*{_S}\.?)?)"
)
#: A player's position and the episode's length ("0:00 / 1:05:12"): the
#: length is the second clock.
PLAYER_CLOCKS = regex.compile(
    r"(?<![\d:])(?:\d{1,2}:)?\d{1,3}:[0-5]\d\s{0,3}/\s{0,3}"
    r"(?P<total>(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,3}):(?P<s>[0-5]\d))(?![\d:])"
)
#: An ISO 8601 length, as pages' structured data give it ("PT1H5M", "PT45M30S").
ISO_DURATION = regex.compile(
    r"(?<![\w])PT(?=\d)(?:(?P<h>\d{1,3})H)?(?:(?P<m>\d{1,4})M)?(?:(?P<s>\d{1,5})(?:\.\d+)?S)?(?!\w)"
)
# Written durations; the unit may be glued to the next word on pages that
# drop the space ("1h 23minI'm excited…"), so no word boundary after it. A
# combining mark after the unit ("मिनटों") means the unit is a longer word's start.
WRITTEN = regex.compile(rf"(?<![\w.,]){_WRITTEN}(?![\p{{Ll}}\p{{M}}])")
# Glued pages put the description right after the unit ("54minToday…"), so a
# written duration may be followed by an upper-case letter but not by a
# lower-case one, which would mean we cut a word.
WRITTEN_GLUED = regex.compile(rf"(?<![\w.,]){_WRITTEN}")
#: What a duration glued to the digits before it starts with ("2026*52 min*",
#: "2026*01:03:39*"), for a lookahead: a clock, or a number and its unit.
GLUED_DURATION_AHEAD = (
    rf"(?:(?:\d{{1,2}}:)?\d{{1,3}}:[0-5]\d(?![\d:])|\d{{1,3}}\s*(?:{_H}|{_M})\.?(?![\p{{Ll}}\p{{M}}]))"
)


@attrs.frozen(kw_only=True)
class DurationMatch:
    """A duration found in a text, in seconds, and where it was."""

    seconds: int
    start: int
    end: int


def _written(m: regex.Match[str]) -> int:
    if m.group("h") is not None:
        hours = round(float(m.group("h").replace(",", ".")) * 3600)
        minutes = int(m.group("hm") or m.group("hb") or 0)
        return hours + minutes * 60 + int(m.group("hms") or 0)
    return int(m.group("m")) * 60 + int(m.group("ms") or 0)


def find_duration(text: str, *, clock: bool = True, glued: bool = False) -> DurationMatch | None:
    """Find a duration in ``text``.

    >>> find_duration("1:24:44").seconds
    5084
    >>> find_duration("01/06/2026 | 1h 43 mins.").seconds
    6180
    >>> find_duration("0:00 / 1:05:12").seconds
    3912
    >>> find_duration("54:12 Min.", clock=False).seconds
    3252
    """
    if clock:
        m = PLAYER_CLOCKS.search(text)
        if m:
            seconds = int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))
            unit = _UNIT_AFTER_CLOCK.match(text, m.end())
            return DurationMatch(seconds=seconds, start=m.start(), end=unit.end() if unit else m.end())
    m = CLOCK_MINUTES.search(text)
    if m:
        hours = int(m.group(1) or 0)
        seconds = hours * 3600 + int(m.group(2)) * 60 + int(m.group(3))
        return DurationMatch(seconds=seconds, start=m.start(), end=m.end())
    if clock:
        m = CLOCK.search(text)
        if m:
            hours = int(m.group(1) or 0)
            return DurationMatch(
                seconds=hours * 3600 + int(m.group(2)) * 60 + int(m.group(3)), start=m.start(), end=m.end()
            )
    m = ISO_DURATION.search(text)
    if m and m.end() > m.start() + 2:
        seconds = int(m.group("h") or 0) * 3600 + int(m.group("m") or 0) * 60 + int(m.group("s") or 0)
        return DurationMatch(seconds=seconds, start=m.start(), end=m.end())
    m = (WRITTEN_GLUED if glued else WRITTEN).search(text)
    if m:
        seconds = _written(m)
        if seconds > 0:
            return DurationMatch(seconds=seconds, start=m.start(), end=m.end())
    return None


def parse_timestamp(text: str) -> int | None:
    """Seconds in a chapter or transcript timestamp: ``01:21``, ``1:02:44``.

    Minutes may run past 59 (``[83:02]``) on pages that never show hours.

    >>> parse_timestamp("83:02")
    4982
    """
    parts = text.strip("[] ").split(":")
    if len(parts) == 2:
        minutes, seconds = parts
        if minutes.isdigit() and seconds.isdigit() and int(seconds) <= 59:
            return int(minutes) * 60 + int(seconds)
        return None
    if len(parts) == 3:
        hours, minutes, seconds = parts
        if hours.isdigit() and minutes.isdigit() and seconds.isdigit() and int(minutes) <= 59 and int(seconds) <= 59:
            return int(hours) * 3600 + int(minutes) * 60 + int(seconds)
    return None
