"""podclean's normalisation primitives, one call each, with stable signatures.

The pipeline's own parsers and repair, for code that normalises podcast
metadata itself (and for property tests of it, with :mod:`podclean.testing`).

>>> parse_duration("1h 23min"), parse_duration("1:24:44"), parse_duration("Jun 4, 202651 min")
(4980, 5084, 3060)
>>> parse_date("02.06.2026", order="DMY")
datetime.date(2026, 6, 2)
>>> parse_date("3 days ago", captured_at=dt.date(2026, 6, 4))
datetime.date(2026, 6, 1)
>>> repair_text("GitHubâ€™s plan &amp; more")
'GitHub’s plan & more'
>>> title_key("GitHub’s  Plan — for AGENTS!")
'githubs plan for agents'
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from podclean.errors import ConfigError
from podclean.fields.date_order import language_date_order, page_language
from podclean.fields.dates import find_date, resolve_relative, time_after
from podclean.fields.durations import find_duration
from podclean.model import RelativeDate
from podclean.repair import repair_line
from podclean.text import title_key

DateOrder = Literal["DMY", "MDY", "auto"]


def parse_duration(text: str) -> int | None:
    """The duration ``text`` gives, in seconds (``1:24:44``, ``1h 23min``, ``52분``), or ``None``.

    A date beside it is no part of it, even glued on (``Jun 4, 202651 min``),
    nor is a time of day after the date (``Jun 3, 2026 14:30``, ``3. Juni
    2026, 18:00 Uhr``): a clock right after a date is a time, not a length.

    >>> parse_duration("Jun 3, 2026 14:30") is None, parse_duration("Jun 3, 2026 · 45 min")
    (True, 2700)
    """
    text = text.strip()
    # Where the date is matters here, not what it means, so an ambiguous one
    # (01.06.2026) is set aside in either order.
    date = find_date(text, "DMY") or find_date(text, "MDY")
    if date is not None:
        time = time_after(text, date)
        end = time.end() if time else date.end
        text = text[: date.start] + " " * (end - date.start) + text[end:]
    found = find_duration(text, clock=True)
    return found.seconds if found else None


def parse_date(
    text: str, *, order: DateOrder = "auto", captured_at: dt.date | None = None, language: str | None = None
) -> dt.date | RelativeDate | None:
    """The published date ``text`` gives, or ``None``.

    ``order`` is how the page writes numeric dates (``"DMY"``: 01/06/2026 is
    1 June). With ``"auto"``, an ambiguous numeric date is read in the usual
    order of the page's ``language`` (``"de"``: day first, ``"en"``: month
    first), or of the language of a date label in ``text`` ("Fecha de
    lanzamiento: 02-04-2026"); with neither, only unambiguous dates are
    read. A relative date ("3 days ago", "1일 전") resolves against
    ``captured_at``; without it, it comes back as a
    :class:`~podclean.model.RelativeDate`.

    >>> parse_date("02-04-2026", language="de"), parse_date("02-04-2026", language="en")
    (datetime.date(2026, 4, 2), datetime.date(2026, 2, 4))
    >>> parse_date("02-04-2026") is None
    True
    """
    if order not in ("DMY", "MDY", "auto"):
        raise ConfigError(f"order must be 'DMY', 'MDY' or 'auto', got {order!r}")
    if order == "auto":
        # One line is too short for its words to tell a language, so only a
        # label of its own (or the caller) says how it writes a date.
        code = language if language is not None else page_language([text], text=False)
        if code is not None:
            order = language_date_order(code)
    found = find_date(text, order)
    if found is None:
        return None
    if found.iso is not None:
        return dt.date.fromisoformat(found.iso)
    if found.relative is None:  # pragma: no cover - a match is one or the other
        return None
    if captured_at is None:
        return found.relative
    return dt.date.fromisoformat(resolve_relative(found.relative, captured_at))


def repair_text(text: str) -> str:
    """``text`` with mojibake, entities, invisible characters and odd spaces repaired, line by line.

    Idempotent, and it keeps the number of lines.
    """
    return "\n".join(repair_line(line) for line in text.split("\n"))


__all__ = ["DateOrder", "parse_date", "parse_duration", "repair_text", "title_key"]
