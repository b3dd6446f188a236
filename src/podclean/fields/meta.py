"""Meta lines and glued headers.

A meta line carries a block's date and/or duration, maybe with the show name
glued on ("Latent Space1일 전", "01/06/2026 | 1h 43 mins.", "1:24:44"). A
glued header is a title, date, duration and description run together on one
line ("…Kyle Daigle, GitHub 02.06.2026 1h 23minI'm excited…").
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

import attrs
import regex

from podclean import languages
from podclean.fields.dates import DateMatch, find_date, time_after
from podclean.fields.durations import CLOCK, DurationMatch, find_duration
from podclean.fields.numbers import NumberMatch, find_number

SEPARATORS = regex.compile(r"^[\s|·•,;:()\[\]\-–—/]+|[\s|·•,;:()\[\]\-–—/]+$")
TITLE_TAIL = regex.compile(r"(?<![\s|·•,;\-–—])[\s|·•,;\-–—]++$")
#: Longest leftover (a show name) a meta line may carry besides its fields.
MAX_META_LEFTOVER = 60
MAX_META_CHARS = 120

LabelKind = Literal["published", "duration", "reading", "expiry"]


def _label_kinds() -> Mapping[str, LabelKind]:
    table: dict[str, LabelKind] = {}
    for record in languages.languages():
        for kind, field in (
            ("published", record.published_labels),
            ("duration", record.duration_labels),
            ("reading", record.reading_labels),
            ("expiry", record.expiry_labels),
        ):
            for label in field:
                table.setdefault(label.casefold(), kind)  # type: ignore[arg-type]
    return MappingProxyType(table)


#: Label of a meta field, lower-case → which field its value is.
LABEL_KIND = _label_kinds()
# A label counts where its value follows: after a colon, or right after it
# (a figure, or a month name and a figure). "Date night" stays a title. A
# name is letters with their marks ("प्रकाशित जून 3, 2026").
META_LABEL = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<label>{languages.alternation(LABEL_KIND)})"
    r"(?:\s*[:：]\s*|\s*(?=\d)|\s+(?=\p{L}[\p{L}\p{M}]{2,11}\.?\s+\d))",
    regex.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class Meta:
    """What a meta line said.

    ``reading`` is a figure in minutes a label says is not the episode's
    length ("Read time: 6 min"); ``expiry`` a date a label says is not the
    episode's ("Verfügbar bis 02.06.2027"); ``unparsed`` holds what looked
    like a field but could mean two things (a bare ``10:00`` after a date),
    unread.
    """

    date: DateMatch | None
    duration: DurationMatch | None
    leftover: str
    number: NumberMatch | None = None
    reading: DurationMatch | None = None
    expiry: DateMatch | None = None
    labels: tuple[LabelKind, ...] = ()
    unparsed: tuple[str, ...] = ()


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    pieces, last = [], 0
    for start, end in sorted(spans):
        pieces.append(text[last:start])
        last = max(last, end)
    pieces.append(text[last:])
    return " ".join(p for p in (SEPARATORS.sub("", p) for p in pieces) if p)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def parse_meta(text: str, order: str, captured_at: dt.date | None = None) -> Meta | None:
    """Read a meta line, or return ``None`` when ``text`` is not one.

    Fields may be glued together ("EP05April 22, 202601:03:39") and labelled
    ("Duración: 9 h y 12 min"); ``captured_at`` judges a year with a duration
    glued to it.

    >>> m = parse_meta("Latent Space1일 전", "DMY")
    >>> m.leftover, m.date.relative.amount
    ('Latent Space', 1)
    >>> m = parse_meta("EP05April 22, 202601:03:39", "auto")
    >>> m.number.episode, m.date.iso, m.duration.seconds, m.leftover
    (5, '2026-04-22', 3819, '')
    >>> m = parse_meta("Read time: 6 min", "auto")
    >>> m.duration, m.reading.seconds, m.leftover
    (None, 360, '')
    >>> m = parse_meta("Available until June 2, 2027", "auto")
    >>> m.date, m.expiry.iso, m.leftover
    (None, '2027-06-02', '')
    """
    text = text.strip()
    if not text or len(text) > MAX_META_CHARS:
        return None
    return _parse_short_meta(text, order, captured_at)


def _labelled(labels: list[regex.Match[str]], position: int) -> LabelKind | None:
    """The kind of the last label before ``position``."""
    before = [m for m in labels if m.end() <= position]
    return LABEL_KIND[before[-1].group("label").casefold()] if before else None


# Segmentation asks again about the same short lines (each line as a title
# candidate, then as the meta line after the one before it).
@functools.lru_cache(maxsize=4096)
def _parse_short_meta(text: str, order: str, captured_at: dt.date | None) -> Meta | None:
    labels = list(META_LABEL.finditer(text))
    spans = [(m.start(), m.end()) for m in labels]
    rest = text
    for start, end in spans:
        rest = _blank(rest, start, end)
    unparsed: list[str] = []
    date, expiry = None, None
    # An expiry date ("available until …") is read and set aside, before
    # or after the published date; the published date is another date.
    while (found := find_date(rest, order, captured_at)) is not None:
        is_expiry = _labelled(labels, found.start) == "expiry"
        if date is not None and not is_expiry:
            break
        rest = _blank(rest, found.start, found.end)
        spans.append((found.start, found.end))
        time = time_after(rest, found)
        if time:
            rest = _blank(rest, time.start(), time.end())
            spans.append((time.start(), time.end()))
        if is_expiry:
            expiry = expiry or found
            continue
        date = found
        if time and not (time.group("before") or time.group("marker")):
            unparsed.append(time.group(0).strip(" ,"))
    duration = find_duration(rest, clock=True)
    reading = None
    if duration is not None:
        rest = _blank(rest, duration.start, duration.end)
        spans.append((duration.start, duration.end))
        kind = _labelled(labels, duration.start)
        if kind == "reading":
            duration, reading = None, duration
        elif date is None and kind != "duration" and CLOCK.match(text, duration.start) and _cut(rest, []):
            # "00:01:25 From NVIDIA to xAI" is a chapter line, not a meta line.
            return None
    if date is None and duration is None and reading is None and expiry is None:
        return None
    number = find_number(rest)
    if number is not None:
        spans.append((number.start, number.end))
    leftover = _cut(text, spans)
    if len(leftover) > MAX_META_LEFTOVER:
        return None
    kinds = tuple(LABEL_KIND[m.group("label").casefold()] for m in labels)
    return Meta(
        date=date,
        duration=duration,
        leftover=leftover,
        number=number,
        reading=reading,
        expiry=expiry,
        labels=kinds,
        unparsed=tuple(unparsed),
    )


@attrs.frozen(kw_only=True)
class GluedHeader:
    """A title, its meta and the start of its description, split apart."""

    title: str
    date: DateMatch
    duration: DurationMatch | None
    rest: str


def split_glued(text: str, order: str, max_title_chars: int, captured_at: dt.date | None = None) -> GluedHeader | None:
    """Split a line that runs title, date, duration and description together.

    >>> g = split_glued("Agents now — Ann Lee 02.06.2026 1h 23minWe talk.", "DMY", 300)
    >>> g.title, g.date.iso, g.duration.seconds, g.rest
    ('Agents now — Ann Lee', '2026-06-02', 4980, 'We talk.')
    """
    head = text[: max_title_chars + 40]
    date = find_date(head, order, captured_at)
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
