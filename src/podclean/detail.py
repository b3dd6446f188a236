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
from podclean.fields.shapes import LABELLED, TIMESTAMP, section_of
from podclean.fields.show import is_show_name
from podclean.listing import Lines, clusters

#: A title that names its show after it ("Title | Show", "Title - Show").
_SHOW_SUFFIX = regex.compile(r"(?<!\s)\s++[|–—-]\s+")


@attrs.frozen
class Detail:
    """Where a detail page's episode starts, its title line and what it says."""

    start: int
    title: int
    text: str
    show: str | None
    #: Whether the body is a run of timed lines with no meta of its own.
    timed: bool = False


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


#: A caption chunk or a chapter: a time, then text ("00:00:02   read five").
_TIMED = regex.compile(rf"\s*[\[(]?{TIMESTAMP}[\])]?\s+\S.*")
#: Timed lines in a row that make a page's body a transcript.
_MIN_TIMED_RUN = 3


def _first_timed_run(lines: Lines) -> int | None:
    """Where a run of timed lines starts, on a page that has no meta at all."""
    # A caption may hold a word that reads as a date ("today we …").
    if any(meta and not _TIMED.fullmatch(text) for meta, text in zip(lines.meta, lines.texts, strict=True)):
        return None
    run = 0
    for i, text in enumerate(lines.texts):
        run = run + 1 if _TIMED.fullmatch(text) else 0
        if run == _MIN_TIMED_RUN:
            return i - run + 1
    return None


def _decorates(text: str, title: str) -> bool:
    """Whether ``text`` is ``title`` with more after a separator ("… - cover")."""
    return len(text) > len(title) and text.startswith(title) and bool(_SHOW_SUFFIX.match(text, len(title)))


def _substantial(text: str) -> bool:
    """Long enough to be a title rather than a button ("Clip", "Listen now")."""
    return len(text.split()) >= 3 or len(text) >= 15


def _without_show(text: str, show: str | None, page: Sequence[str]) -> tuple[str, str | None]:
    """A heading without the show it names first or last ("Show - Title", "Title | Show").

    The show is the page's recurring name, or a part of the heading that
    recurs on the page's other lines.
    """
    parts = _SHOW_SUFFIX.split(text)
    if len(parts) < 2:
        return text, None
    rest = [line for line in page if line.strip() != text]
    for part, remainder in ((parts[-1], text[: text.rfind(parts[-1])]), (parts[0], text[len(parts[0]) :])):
        named = show is not None and part.casefold() == show.casefold()
        if named or _recurs(part, rest, 0):
            return remainder.strip(" |–—-"), part
    return text, None


def _recurs(text: str, page: Sequence[str], count: int) -> bool:
    """Whether ``text`` stands on more than ``count`` of the page's lines, alone or in one.

    A single word recurs only as a line of its own: any sentence may use it.
    """
    needle = text.casefold()
    if len(needle.split()) == 1:
        return sum(needle == line.strip().casefold() for line in page) > count
    return sum(needle in line.casefold() for line in page) > count


def detail(lines: Lines, order: str, page: Sequence[str]) -> Detail | None:
    """The one episode of a detail page, or ``None`` when the page is not one.

    A detail page heads each section once and gives one written-out date;
    a transcript page may give no heading and no meta, and its timed lines
    are the episode's body. ``page`` is every line of the page, chrome
    included: a name in the footer recurs there.
    """
    section = _first_section(lines)
    timed = _first_timed_run(lines)
    for end in dict.fromkeys(e for e in (section, timed) if e is not None):
        found = _detail_above(lines, order, page, end, timed=end == timed)
        if found is not None:
            return found
    return None


def _detail_above(lines: Lines, order: str, page: Sequence[str], end: int, *, timed: bool) -> Detail | None:
    """The detail page's episode, its title among the lines above ``end``."""
    # Relative dates are read without a capture day, so only written-out
    # dates count: comments under a video are dated "2 days ago".
    dates = {
        found.iso
        for i, text in enumerate(lines.texts)
        if lines.meta[i] and (found := find_date(text, order)) and found.iso
    }
    if len(dates) > 1:
        return None
    candidates = [i for i in range(end) if lines.is_title(i) and not LABELLED.fullmatch(lines.texts[i])]
    # "Title - podcast episode cover": an image's caption repeats the title.
    captions = {i for i in candidates if any(_decorates(lines.texts[i], lines.texts[k]) for k in candidates if k != i)}
    candidates = [i for i in candidates if i not in captions]
    others = [text for text in page if not any(_decorates(text, lines.texts[k]) for k in candidates)]
    own = [i for i in candidates if not _recurs(lines.texts[i], others, 1)]
    if not own:
        return None
    beside_meta = []
    for first, last in clusters(lines):
        beside_meta += [i for i in (first - 1, last + 1) if i in own]
    # Without meta, the show's name over the title points at it.
    under_show = [i for i in own if timed and i > 0 and i - 1 in candidates and i - 1 not in own]
    # A button or a byline may stand beside the meta too; a title says more.
    title = min(
        under_show
        or [i for i in beside_meta if _substantial(lines.texts[i])]
        or [i for i in own if _substantial(lines.texts[i])]
        or beside_meta
        or own
    )
    # "Episodio 88" over the title recurs in its meta and names no show.
    recurring = [i for i in candidates if i not in own and is_show_name(lines.texts[i])]
    above = [i for i in recurring if i < title]
    below = [i for i in recurring if i > title]
    show_line = above[-1] if above else (below[0] if below else None)
    show = lines.texts[show_line] if show_line is not None else None
    text, named = _without_show(lines.texts[title], show, others)
    start = title
    while start > 0 and lines.meta[start - 1]:
        start -= 1
    return Detail(start, title, text, named or show, timed)
