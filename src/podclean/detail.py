"""One episode's own page: its title and show among the page's header lines.

An episode's detail page (an app's episode view, a newsletter post, a video
watch page, a re-publisher's translation) holds one episode: a heading,
its meta, and sections (description, chapters, transcript, insights), each
heading once. Its title is not always the line beside the meta — the show's
name, a byline or a button may stand there — so it is read from evidence
any such page has: the site's and the show's names recur on the page (in
the header, in a footer, in a "thanks for reading …"), the title does not.

This reads no site's rules: only line shapes, section headings and the
field recognisers.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from podclean.fields.dates import find_date
from podclean.fields.shapes import section_of
from podclean.listing import LABELLED, Lines, clusters

#: A title that names its show after it ("Title | Show", "Title - Show").
_SHOW_SUFFIX = regex.compile(r"\s+[|–—-]\s+")


@attrs.frozen
class Detail:
    """Where a detail page's episode starts, its title line and what it says."""

    start: int
    title: int
    text: str
    show: str | None


def _first_section(lines: Lines) -> int | None:
    """The first section heading, where every section is headed once (else ``None``)."""
    seen: set[str] = set()
    first = None
    for i, text in enumerate(lines.texts):
        section = section_of(text)
        if section is None:
            continue
        if section in seen:
            return None
        seen.add(section)
        first = i if first is None else first
    return first


def _recurs(text: str, page: Sequence[str], count: int) -> bool:
    """Whether ``text`` stands on more than ``count`` of the page's lines, alone or in one."""
    needle = text.casefold()
    return sum(needle in line.casefold() for line in page) > count


def detail(lines: Lines, order: str, page: Sequence[str]) -> Detail | None:
    """The one episode of a detail page, or ``None`` when the page is not one.

    A detail page heads each section once and dates one episode above its
    first section. ``page`` is every line of the page, chrome included: a
    name in the footer recurs there.
    """
    end = _first_section(lines)
    if end is None:
        return None
    dates = {
        found.iso for i in range(end) if lines.meta[i] and (found := find_date(lines.texts[i], order)) and found.iso
    }
    if len(dates) > 1:
        return None
    candidates = [i for i in range(end) if lines.is_title(i) and not LABELLED.fullmatch(lines.texts[i])]
    own = [i for i in candidates if not _recurs(lines.texts[i], page, 1)]
    if not own:
        return None
    beside_meta = []
    for first, last in clusters(lines):
        beside_meta += [i for i in (first - 1, last + 1) if i in own]
    title = min(beside_meta or own)
    recurring = [i for i in candidates if i not in own]
    above = [i for i in recurring if i < title]
    below = [i for i in recurring if i > title]
    show_line = above[-1] if above else (below[0] if below else None)
    show = lines.texts[show_line] if show_line is not None else None
    text = lines.texts[title]
    if show is not None:
        parts = _SHOW_SUFFIX.split(text)
        if len(parts) > 1 and parts[-1].casefold() == show.casefold():
            text = text[: len(text) - len(parts[-1])].rstrip(" |–—-")
    start = title
    while start > 0 and lines.meta[start - 1]:
        start -= 1
    return Detail(start, title, text, show)
