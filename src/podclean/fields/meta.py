"""Meta lines and glued headers.

A meta line carries a block's date and/or duration, maybe with the show name
glued on ("Latent Space1일 전", "01/06/2026 | 1h 43 mins.", "1:24:44"). A
glued header is a title, date, duration and description run together on one
line ("…Kyle Daigle, GitHub 02.06.2026 1h 23minI'm excited…").
"""

from __future__ import annotations

import functools

import attrs
import regex

from podclean.fields.dates import DateMatch, find_date
from podclean.fields.durations import CLOCK, DurationMatch, find_duration

SEPARATORS = regex.compile(r"^[\s|·•,;:()\[\]\-–—/]+|[\s|·•,;:()\[\]\-–—/]+$")
TITLE_TAIL = regex.compile(r"(?<![\s|·•,;\-–—])[\s|·•,;\-–—]++$")
#: Longest leftover (a show name) a meta line may carry besides its fields.
MAX_META_LEFTOVER = 60
MAX_META_CHARS = 120


@attrs.frozen(kw_only=True)
class Meta:
    """What a meta line said."""

    date: DateMatch | None
    duration: DurationMatch | None
    leftover: str


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    pieces, last = [], 0
    for start, end in sorted(spans):
        pieces.append(text[last:start])
        last = max(last, end)
    pieces.append(text[last:])
    return " ".join(p for p in (SEPARATORS.sub("", p) for p in pieces) if p)


def parse_meta(text: str, order: str) -> Meta | None:
    """Read a meta line, or return ``None`` when ``text`` is not one.

    >>> m = parse_meta("Latent Space1일 전", "DMY")
    >>> m.leftover, m.date.relative.amount
    ('Latent Space', 1)
    """
    text = text.strip()
    if not text or len(text) > MAX_META_CHARS:
        return None
    return _parse_short_meta(text, order)


# Segmentation asks again about the same short lines (each line as a title
# candidate, then as the meta line after the one before it).
@functools.lru_cache(maxsize=4096)
def _parse_short_meta(text: str, order: str) -> Meta | None:
    date = find_date(text, order)
    rest = text
    if date:
        rest = text[: date.start] + " " * (date.end - date.start) + text[date.end :]
    duration = find_duration(rest, clock=True)
    if date is None and duration is None:
        return None
    spans = [(d.start, d.end) for d in (date, duration) if d is not None]
    leftover = _cut(text, spans)
    if len(leftover) > MAX_META_LEFTOVER:
        return None
    if duration is not None and date is None and leftover and CLOCK.match(rest, duration.start):
        # "00:01:25 From NVIDIA to xAI" is a chapter line, not a meta line.
        return None
    return Meta(date=date, duration=duration, leftover=leftover)


@attrs.frozen(kw_only=True)
class GluedHeader:
    """A title, its meta and the start of its description, split apart."""

    title: str
    date: DateMatch
    duration: DurationMatch | None
    rest: str


def split_glued(text: str, order: str, max_title_chars: int) -> GluedHeader | None:
    """Split a line that runs title, date, duration and description together.

    >>> g = split_glued("Agents now — Ann Lee 02.06.2026 1h 23minWe talk.", "DMY", 300)
    >>> g.title, g.date.iso, g.duration.seconds, g.rest
    ('Agents now — Ann Lee', '2026-06-02', 4980, 'We talk.')
    """
    head = text[: max_title_chars + 40]
    date = find_date(head, order)
    # Directory pages glue an absolute date; a relative or yearless one
    # ("on May 5 we…", "3 days ago") inside prose is not a header.
    if date is None or date.iso is None or date.start < 3:
        return None
    title = TITLE_TAIL.sub("", text[: date.start])
    if len(title.split()) < 2 or len(title) > max_title_chars:
        return None
    after = text[date.end :]
    duration = find_duration(after[:40], clock=False, glued=True)
    if duration is not None and after[: duration.start].strip(" |·•,-–—"):
        duration = None
    rest_start = date.end + (duration.end if duration else 0)
    rest = text[rest_start:].strip()
    if duration is None and rest and not rest[:1].isspace() and len(rest) < 40:
        return None
    shifted = (
        DurationMatch(seconds=duration.seconds, start=date.end + duration.start, end=date.end + duration.end)
        if duration
        else None
    )
    return GluedHeader(title=title, date=date, duration=shifted, rest=rest)
