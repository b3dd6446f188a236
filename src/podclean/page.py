"""A page's content lines and what each is, read once for every layout.

Segmentation reads a page through these: which lines are content (not
chrome), which are meta lines, which titles have meta under them, which
lines run a title and its meta together, where a list of other episodes
or a sidebar starts, and which repeated line under a title names its show.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

import attrs
import regex

from podclean import languages
from podclean.config import Config
from podclean.fields.dates import find_date
from podclean.fields.meta import GluedHeader, parse_meta, split_glued
from podclean.fields.numbers import is_bare_number
from podclean.fields.shapes import is_titleish, player_at
from podclean.listing import Lines, reads_as_prose, stats_line, tile
from podclean.model import Block, Document
from podclean.text import title_key

Entry = tuple[int, str]  # (line number, stripped text)


def content(document: Document, chrome: Mapping[int, str]) -> list[Entry]:
    return [
        (number, line.strip())
        for number, line in enumerate(document.lines, start=1)
        if number not in chrome and line.strip()
    ]


#: Words beside a bare "today" that make a line a title, not meta ("Today
#: we sail"), while "Harbor Lights · Yesterday" stays meta.
_MAX_WORDS_BESIDE_A_DAY_WORD = 2


#: A transcript's turn marker left on a line of its own ("(00:32):", "[04:30]:").
_TURN_MARK = regex.compile(r"[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]]\s*:")


def is_meta(text: str, order: str) -> bool:
    # "Spanish, Business, 1 season, 88 episodes, 2 days, 20 hours": a show's figures.
    if _TURN_MARK.fullmatch(text) or stats_line(text):
        return False
    meta = parse_meta(text, order)
    if meta is None:
        return False
    if (
        meta.duration is None
        and meta.date is not None
        and meta.date.iso is None
        and not any(c.isdigit() for c in text)
        and len(meta.leftover.split()) > _MAX_WORDS_BESIDE_A_DAY_WORD
    ):
        return False
    # "Last updated: 05.06.2026" dates the page, not an episode.
    match = languages.interface_text(text)
    return match is None or match.kind != "label"


@attrs.frozen
class Page:
    """A page's content lines and what each is, read once for every layout."""

    entries: Sequence[Entry]
    #: Whether each entry is a meta line.
    meta: Sequence[bool]
    #: Whether each entry is a title followed by meta lines.
    anchors: Sequence[bool]


def read_page(entries: Sequence[Entry], order: str, config: Config) -> Page:
    meta = [is_meta(text, order) for _, text in entries]
    texts = [text for _, text in entries]
    # A player's "00:00" and "47:12" are its episode's length, in its body.
    for i in range(len(texts) - 1):
        if meta[i] and player_at(texts, i):
            meta[i] = meta[i + 1] = False
    return Page(entries, meta, _anchors(entries, meta, config))


def repeats(text: str, key: str, max_title_chars: int) -> bool:
    """Whether ``text`` repeats the title whose key is ``key``.

    A repeat is itself a title line, so no longer than a title may be; the
    length test first also spares normalising long description lines.
    """
    return len(text) <= max_title_chars and title_key(text) == key


def _anchors(entries: Sequence[Entry], meta: Sequence[bool], config: Config) -> list[bool]:
    """For every entry, whether it is a title followed by meta lines.

    ``meta[i]`` says whether entry ``i`` is a meta line. Repeats of the
    title may stand between it and its meta. Each entry's run
    of repeats is found once, from the end of the page backwards (a run
    starting at ``i + 1`` with ``i``'s key is ``i + 1``'s own run), so that a
    page of many copies of one title is read in linear time, not once per
    copy.
    """
    count = len(entries)
    keys = [title_key(t) if len(t) <= config.max_title_chars else None for _, t in entries]
    # after[i]: the first entry past i that does not repeat i's title.
    after = list(range(1, count + 1))
    for i in range(count - 2, -1, -1):
        if keys[i] is not None and keys[i + 1] == keys[i]:
            after[i] = after[i + 1]
    # A heading or a toggle right before a meta line ("Episodes", "Read
    # more") is the page's interface, not the title of what follows.
    return [
        not meta[i]
        and after[i] < count
        and meta[after[i]]
        and is_titleish(text, config.max_title_chars)
        and languages.interface_text(text) is None
        for i, (_, text) in enumerate(entries)
    ]


def glued_header(text: str, order: str, config: Config) -> GluedHeader | None:
    """The title, date and duration a line runs together, if it opens a glued block.

    A line no longer than a title needs a duration too: a title with a date
    in it is not yet a glued header.
    """
    split = split_glued(text, order, config.max_title_chars)
    if split is None or (len(text) <= config.max_title_chars and split.duration is None):
        # A date that opens the line, the title glued to it, needs no length.
        return _date_first(text, order, config)
    return split


#: Where a title glued to the sentence after it ends ("…to PhonesDev Raman and …").
_GLUED_SENTENCE = regex.compile(r"(?<=\p{Ll}[.!?]?)(?=\p{Lu}\p{Ll}+\s+\p{L})")


def _date_first(text: str, order: str, config: Config) -> GluedHeader | None:
    """'September 30, 2025How to Ship…PhonesDev Raman and …': a date, the title and the description glued.

    The title opens with a capital right after the date and ends where a
    lower-case letter runs into the capital of the description's first
    sentence; it has two words or more.
    """
    date = find_date(text, order)
    if date is None or date.start != 0 or date.iso is None or not text[date.end : date.end + 1].isupper():
        return None
    rest = text[date.end :]
    cut = _GLUED_SENTENCE.search(rest, 1, config.max_title_chars)
    if cut is None or len(rest[: cut.start()].split()) < 2:
        return None
    return GluedHeader(title=rest[: cut.start()].strip(), date=date, duration=None, rest=rest[cut.start() :])


def glued_headers(page: Page, order: str, config: Config) -> list[tuple[int, GluedHeader]]:
    """The page's glued headers, with their entry indices.

    What stands before the date on several of them, or on a line of its
    own elsewhere on the page, is a show's name ("Harbor Lights·Jun 3,
    2026·1h 4m" under each title), not each line's title: such lines are
    meta lines.
    """
    headers = [(i, split) for i, (_, t) in enumerate(page.entries) if (split := glued_header(t, order, config))]
    keys = Counter(title_key(split.title) for _, split in headers)
    alone = {title_key(t) for _, t in page.entries}
    return [(i, split) for i, split in headers if keys[k := title_key(split.title)] < 2 and k not in alone]


def _list_headings(page: Page, title: int) -> Iterator[int]:
    """The list headings after ``title``, in order."""
    for k in range(title + 1, len(page.entries)):
        match = languages.interface_text(page.entries[k][1])
        if match is not None and match.kind == "list heading":
            yield k


def list_below(page: Page, title: int, order: str, config: Config) -> int:
    """Where an episode page's list of other episodes starts ("You may also like"), else its end.

    The list is under a list heading, and its lines tile as records of
    their own: titles beside meta.
    """
    return next(
        (k for k in _list_headings(page, title) if tile(lines_of(rest(page, k + 1), config))), len(page.entries)
    )


def list_end(page: Page, title: int) -> int:
    """Where a page's last record ends: at the next list heading (a sidebar of recent posts), else the page's end."""
    return next(_list_headings(page, title), len(page.entries))


def rest(page: Page, start: int) -> Page:
    """The page from entry ``start`` on."""
    return Page(page.entries[start:], page.meta[start:], page.anchors[start:])


def lines_of(page: Page, config: Config) -> Lines:
    return Lines([text for _, text in page.entries], page.meta, config.max_title_chars)


def shows_cut_as_repeats(
    document: Document, chrome: Mapping[int, str], blocks: Sequence[Block], config: Config
) -> list[Block]:
    """Blocks without a show take a repeated line right under their title or its meta.

    A show's name printed with each of its episodes is cut as a repeated
    line; it still names them where the page names it above its list too
    (its header, its list of shows) or where other records name their
    show there. A host's name repeated so is not in the header.
    """
    header = {document.lines[n - 1].strip() for n in range(1, blocks[0].start_line)}
    named = any(b.show for b in blocks)
    out = []
    for b in blocks:
        if b.show is None and (text := _repeat_below_title(document, chrome, b, config)) and (named or text in header):
            b = attrs.evolve(b, show=text)
        out.append(b)
    return out


#: How many lines under a title (its meta lines) a show's repeated name may stand.
_SHOW_BELOW = 3


def _repeat_below_title(document: Document, chrome: Mapping[int, str], block: Block, config: Config) -> str | None:
    key = title_key(block.title)
    at = next((n for n in range(block.start_line, block.end_line + 1) if title_key(document.lines[n - 1]) == key), None)
    if at is None:
        return None
    for n in range(at + 1, min(at + 1 + _SHOW_BELOW, block.end_line + 1)):
        text = document.lines[n - 1].strip()
        if chrome.get(n) == "repeated":
            return text if is_titleish(text, config.max_title_chars) else None
        if n not in chrome and not is_meta(text, "auto"):
            return None
    return None


#: How far above a description its title may stand (a title, then a show or
#: a subtitle line).
_MAX_LINES_ABOVE = 3


#: Share of a page's anchors that must read as prose for its meta lines to close episodes.
_PROSE_SHARE = 2 / 3


def titles_above_prose(page: Page, anchors: Sequence[int], config: Config) -> list[int] | None:
    """The titles of a page whose meta lines close each episode, or ``None``.

    Web players list an episode as its title, show, description and then
    its date and length, so the line before each meta line is the
    description. Where every anchor reads as prose, each block's title is
    the first title-like line above its description, up to the previous
    meta line or interface text. (Where only some do, the others are
    headers over meta lines that open their episodes, not close them.)
    """
    prose = [reads_as_prose(page.entries[i][1]) for i in anchors]
    # An episode with no description has its title right above its meta.
    if not anchors or sum(prose) < max(2, _PROSE_SHARE * len(anchors)) or not prose[0]:
        return None
    titles = []
    for i, described in zip(anchors, prose, strict=True):
        if not described:
            titles.append(i)
            continue
        title = None
        for k in range(i - 1, max(i - 1 - _MAX_LINES_ABOVE, -1), -1):
            text = page.entries[k][1]
            if (
                page.meta[k]
                or reads_as_prose(text)
                or not is_titleish(text, config.max_title_chars)
                or languages.interface_text(text) is not None
                or stats_line(text)
            ):
                break
            title = k
        # "Episode 14" over the title is its number, not its title.
        if title is not None and title + 1 < i and is_bare_number(page.entries[title][1]):
            title += 1
        if title is None:
            return None
        titles.append(title)
    if _opened_by_meta(page, titles[0]):
        return None
    return titles


def _opened_by_meta(page: Page, title: int) -> bool:
    """Whether meta lines stand right above ``title`` and close no description.

    Such a run opens the title's episode ("Episodes", "Show all", then the
    first date and length, then the title): the page lists meta lines
    above titles, and its descriptions run into the next episode's meta.
    """
    k = title - 1
    while k >= 0 and page.meta[k]:
        k -= 1
    return k < title - 1 and (k < 0 or not page.anchors[k])


def _plain_title(page: Page, k: int, config: Config) -> bool:
    text = page.entries[k][1]
    return (
        not page.meta[k]
        and is_titleish(text, config.max_title_chars)
        and not reads_as_prose(text)
        and languages.interface_text(text) is None
    )


def titles_below_meta(page: Page, config: Config) -> list[tuple[int, int, str | None]] | None:
    """The blocks of a page whose meta lines open each episode, or ``None``.

    App pages list an episode as its date and length, then its title and
    description ("2 Haziran 2026 • 45 dk", then the title). That is the
    layout where every meta line is followed by a title-like line and,
    after the first, stands under the interface or the description of the
    episode before (never under a title, which would make it that title's).
    Returns ``(start, title, None)`` for each block, as the stacked layout
    takes them.
    """
    entries, meta = page.entries, page.meta
    runs = [i for i in range(len(entries)) if meta[i] and (i == 0 or not meta[i - 1])]
    if len(runs) < 2:
        return None
    blocks: list[tuple[int, int, str | None]] = []
    for n, start in enumerate(runs):
        title = start
        while title < len(entries) and meta[title]:
            title += 1
        if title >= len(entries) or not _plain_title(page, title, config):
            return None
        before = entries[start - 1][1] if start else ""
        if n and not (reads_as_prose(before) or languages.interface_text(before) is not None):
            return None
        blocks.append((start, title, None))
    return blocks


def shows_named_by_headings(entries: Sequence[Entry], blocks: Sequence[Block]) -> list[Block]:
    """Blocks without a show under a heading that names one ("More episodes from Harbor Lights")."""
    named: list[tuple[int, str]] = []
    for number, text in entries:
        show = languages.show_in_heading(text)
        if show is not None:
            named.append((number, show))
    if not named:
        return list(blocks)
    out = []
    for b in blocks:
        above = [show for number, show in named if number < b.start_line]
        out.append(attrs.evolve(b, show=above[-1]) if b.show is None and above and above[-1] else b)
    return out
