"""Segmentation: a document's content lines → episode blocks.

Four layouts cover the pages we know, and the generic fallback picks one from
the page itself:

* ``stacked``: a title line, then meta lines (date, duration, show), then the
  body, until the next title that is followed by meta lines (or the profile's
  block marker). A title repeated right after its meta (a header and a detail
  view of the same episode) stays in the same block.
  Where every line before a meta line reads as prose, the meta lines close
  their episode instead (title, show, description, date and length); where
  each meta line stands under the episode before and over a title, they
  open it (date and length, title, description).
* ``pairs``: a title line, then optionally one long description line.
* ``glued``: one line per episode with title, date, duration and description
  run together; following lines belong to it.
* ``auto``: whichever of the three the page shows most evidence for.

This stage decides where blocks are and what their title is; it parses no
field beyond what it needs to see the layout.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

from podclean import languages
from podclean.config import Config
from podclean.detail import Detail, detail
from podclean.fields.dates import infer_date_order as infer_date_order
from podclean.fields.meta import GluedHeader, parse_meta, split_glued
from podclean.fields.numbers import is_bare_number
from podclean.fields.shapes import is_titleish, player_at
from podclean.listing import Lines, reads_as_prose, tile, unglue_shows
from podclean.model import Block, Document
from podclean.sites.profile import DateOrder, Layout, SiteProfile
from podclean.text import title_key

Entry = tuple[int, str]  # (line number, stripped text)


@attrs.frozen(kw_only=True)
class Segmentation:
    """The blocks of one document and the lines used as page-level fields."""

    blocks: tuple[Block, ...]
    layout: Layout
    date_order: DateOrder
    show_line: int | None = None


def _content(document: Document, chrome: Mapping[int, str]) -> list[Entry]:
    return [
        (number, line.strip())
        for number, line in enumerate(document.lines, start=1)
        if number not in chrome and line.strip()
    ]


#: Words beside a bare "today" that make a line a title, not meta ("Today
#: we sail"), while "Harbor Lights · Yesterday" stays meta.
_MAX_WORDS_BESIDE_A_DAY_WORD = 2


def _is_meta(text: str, order: str) -> bool:
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
class _Page:
    """A page's content lines and what each is, read once for every layout."""

    entries: Sequence[Entry]
    #: Whether each entry is a meta line.
    meta: Sequence[bool]
    #: Whether each entry is a title followed by meta lines.
    anchors: Sequence[bool]


def _page(entries: Sequence[Entry], order: str, config: Config) -> _Page:
    meta = [_is_meta(text, order) for _, text in entries]
    texts = [text for _, text in entries]
    # A player's "00:00" and "47:12" are its episode's length, in its body.
    for i in range(len(texts) - 1):
        if meta[i] and player_at(texts, i):
            meta[i] = meta[i + 1] = False
    return _Page(entries, meta, _anchors(entries, meta, config))


def _repeats(text: str, key: str, max_title_chars: int) -> bool:
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


def _glued_header(text: str, order: str, config: Config) -> GluedHeader | None:
    """The title, date and duration a line runs together, if it opens a glued block.

    A line no longer than a title needs a duration too: a title with a date
    in it is not yet a glued header.
    """
    split = split_glued(text, order, config.max_title_chars)
    if split is None or (len(text) <= config.max_title_chars and split.duration is None):
        return None
    return split


def _glued_headers(page: _Page, order: str, config: Config) -> list[tuple[int, GluedHeader]]:
    """The page's glued headers, with their entry indices.

    What stands before the date on several of them, or on a line of its
    own elsewhere on the page, is a show's name ("Harbor Lights·Jun 3,
    2026·1h 4m" under each title), not each line's title: such lines are
    meta lines.
    """
    headers = [(i, split) for i, (_, t) in enumerate(page.entries) if (split := _glued_header(t, order, config))]
    keys = Counter(title_key(split.title) for _, split in headers)
    alone = {title_key(t) for _, t in page.entries}
    return [(i, split) for i, split in headers if keys[k := title_key(split.title)] < 2 and k not in alone]


def _choose_layout(page: _Page, order: str, config: Config) -> Layout:
    glued = len(_glued_headers(page, order, config))
    records = tile(_lines(page, config)) or ()
    anchored = max(sum(page.anchors), len(records))
    if glued and glued >= anchored:
        return "glued"
    if anchored or _titles_below_meta(page, config):
        return "stacked"
    return "pairs"


def _block(
    document: Document,
    profile: SiteProfile,
    page: _Page,
    title_index: int,
    end: int,
    start_line: int,
    show: str | None,
    max_title_chars: int,
    *,
    split: GluedHeader | None = None,
    trailing: bool = False,
    lead: Sequence[Entry] = (),
    title: str | None = None,
) -> Block:
    """Build one block from ``page.entries[title_index:end]`` (the block's own lines).

    ``split`` is the glued header of the title line, on glued pages;
    ``trailing`` says that the block's meta lines close it (a title, a show,
    a description, then the date and length), so they are its head;
    ``lead`` are meta lines above the title that open the block; ``title``
    is the title where the record gives it otherwise than its line. Only
    the block's own entries are read, never copied from the page's start:
    a page of many small blocks costs the sum of their lengths.
    """
    entries = page.entries
    title_number, line = entries[title_index]
    title = title or line
    head: list[Entry] = list(lead)
    body: list[Entry] = []
    if split is not None:
        head_text = title[split.date.start : (split.duration.end if split.duration else split.date.end)]
        head.append((title_number, head_text))
        if split.rest:
            body.append((title_number, split.rest))
        title = split.title
    key = title_key(title)
    longest_repeat = max(max_title_chars, len(title))
    in_head = True
    last_repeat = title_number
    for k in range(title_index + 1, end):
        number, text = entries[k]
        if in_head and _repeats(text, key, longest_repeat):
            last_repeat = number
            continue
        if (in_head or trailing) and page.meta[k]:
            head.append((number, text))
            continue
        in_head = False
        body.append((number, text))
    end_line = max([last_repeat, *(n for n, _ in head), *(n for n, _ in body)])
    return Block(
        capture=document.name,
        site=profile.name,
        start_line=start_line,
        end_line=end_line,
        title=title,
        show=show,
        head=tuple(head),
        body=tuple(body),
        glued=split is not None,
    )


def _stacked(document: Document, profile: SiteProfile, page: _Page, order: str, config: Config) -> list[Block]:
    entries = page.entries
    marker = profile.marker_pattern
    starts: list[tuple[int, int, str | None]] = []  # (entry index, title index, show)
    if marker is not None:
        for i, (number, _) in enumerate(entries):
            m = marker.fullmatch(document.lines[number - 1])
            if m and i + 1 < len(entries):
                starts.append((i, i + 1, m.group("show").strip() or None))
    trailing = leading = False
    texts: dict[int, str] = {}
    if not starts:
        anchors = [i for i in range(len(entries)) if page.anchors[i]]
        titles = _titles_above_prose(page, anchors, config)
        trailing = titles is not None
        records = None if trailing else tile(_lines(page, config))
        if records:
            # A record's meta lines are its own wherever they stand in it.
            trailing = leading = True
            starts = [(r.start, r.title, entries[r.show][1] if r.show is not None else None) for r in records]
            texts = {r.title: r.text for r in records if r.text}
        else:
            below = None if trailing else _titles_below_meta(page, config)
            leading = below is not None
            starts = below or [(i, i, None) for i in (titles or anchors)]
    blocks = []
    for k, (i, title_index, show) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else _list_end(page, title_index)
        lead = entries[i:title_index] if leading else ()
        blocks.append(
            _block(
                document,
                profile,
                page,
                title_index,
                end,
                entries[i][0],
                show,
                config.max_title_chars,
                trailing=trailing,
                lead=lead,
                title=texts.get(title_index),
            )
        )
    return blocks


def _list_below(page: _Page, title: int, order: str, config: Config) -> int:
    """Where an episode page's list of other episodes starts ("You may also like"), else its end.

    The list is under a list heading, and its lines tile as records of
    their own: titles beside meta.
    """
    for k in range(title + 1, len(page.entries) - 1):
        match = languages.interface_text(page.entries[k][1])
        if match is not None and match.kind == "list heading" and tile(_lines(_rest(page, k + 1), config)):
            return k
    return len(page.entries)


def _list_end(page: _Page, title: int) -> int:
    """Where a page's last record ends: at the next list heading (a sidebar of recent posts), else the page's end."""
    for k in range(title + 1, len(page.entries)):
        match = languages.interface_text(page.entries[k][1])
        if match is not None and match.kind == "list heading":
            return k
    return len(page.entries)


def _rest(page: _Page, start: int) -> _Page:
    """The page from entry ``start`` on."""
    return _Page(page.entries[start:], page.meta[start:], page.anchors[start:])


def _detail_block(
    document: Document, profile: SiteProfile, page: _Page, one: Detail, config: Config, end: int
) -> Block:
    """The block of an episode's own page: from its title (and the meta above) to ``end``."""
    lead = page.entries[one.start : one.title]
    return _block(
        document,
        profile,
        page,
        one.title,
        end,
        page.entries[one.start][0],
        one.show,
        config.max_title_chars,
        # A caption that reads as a date ("today we …") is the transcript's.
        trailing=not one.timed,
        lead=lead,
        title=one.text,
    )


def _lines(page: _Page, config: Config) -> Lines:
    return Lines([text for _, text in page.entries], page.meta, config.max_title_chars)


#: How far above a description its title may stand (a title, then a show or
#: a subtitle line).
_MAX_LINES_ABOVE = 3


def _titles_above_prose(page: _Page, anchors: Sequence[int], config: Config) -> list[int] | None:
    """The titles of a page whose meta lines close each episode, or ``None``.

    Web players list an episode as its title, show, description and then
    its date and length, so the line before each meta line is the
    description. Where every anchor reads as prose, each block's title is
    the first title-like line above its description, up to the previous
    meta line or interface text. (Where only some do, the others are
    headers over meta lines that open their episodes, not close them.)
    """
    if not anchors or not all(reads_as_prose(page.entries[i][1]) for i in anchors):
        return None
    titles = []
    for i in anchors:
        title = None
        for k in range(i - 1, max(i - 1 - _MAX_LINES_ABOVE, -1), -1):
            text = page.entries[k][1]
            if (
                page.meta[k]
                or reads_as_prose(text)
                or not is_titleish(text, config.max_title_chars)
                or languages.interface_text(text) is not None
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


def _opened_by_meta(page: _Page, title: int) -> bool:
    """Whether meta lines stand right above ``title`` and close no description.

    Such a run opens the title's episode ("Episodes", "Show all", then the
    first date and length, then the title): the page lists meta lines
    above titles, and its descriptions run into the next episode's meta.
    """
    k = title - 1
    while k >= 0 and page.meta[k]:
        k -= 1
    return k < title - 1 and (k < 0 or not page.anchors[k])


def _shows_cut_as_repeats(
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
        if n not in chrome and not _is_meta(text, "auto"):
            return None
    return None


def _plain_title(page: _Page, k: int, config: Config) -> bool:
    text = page.entries[k][1]
    return (
        not page.meta[k]
        and is_titleish(text, config.max_title_chars)
        and not reads_as_prose(text)
        and languages.interface_text(text) is None
    )


def _titles_below_meta(page: _Page, config: Config) -> list[tuple[int, int, str | None]] | None:
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


def _glued(document: Document, profile: SiteProfile, page: _Page, order: str, config: Config) -> list[Block]:
    entries = page.entries
    headers = _glued_headers(page, order, config)
    blocks = []
    for k, (i, split) in enumerate(headers):
        end = headers[k + 1][0] if k + 1 < len(headers) else len(entries)
        blocks.append(_block(document, profile, page, i, end, entries[i][0], None, config.max_title_chars, split=split))
    return blocks


def _pairs(document: Document, profile: SiteProfile, page: _Page, order: str, config: Config) -> list[Block]:
    entries = page.entries

    def long(i: int) -> bool:
        # A description is long, or reads as sentences where a page keeps it short.
        return i < len(entries) and (
            len(entries[i][1]) >= config.min_description_chars or reads_as_prose(entries[i][1])
        )

    def title(i: int) -> bool:
        return not long(i) and is_titleish(entries[i][1], config.max_title_chars)

    described = [i for i in range(len(entries)) if title(i) and long(i + 1)]
    if not described:
        return []
    # A profile's pairs layout knows every title is an episode's.
    first, last = _longest_run(described) if profile.layout == "auto" else (described[0], described[-1])
    starts = [i for i in range(first, last + 1) if title(i)]
    blocks = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(entries)
        if i == last:
            end = min(end, i + 2)
        blocks.append(_block(document, profile, page, i, end, entries[i][0], None, config.max_title_chars))
    return blocks


def _longest_run(described: Sequence[int]) -> tuple[int, int]:
    """The first and last title of the longest run of back-to-back pairs.

    Where some pairs follow one another (title, description, title, …),
    they are the listing, and a pair standing apart above them is the
    show's own name and blurb. Without such a run, every pair counts.
    """
    runs: list[list[int]] = []
    for i in described:
        if runs and i == runs[-1][-1] + 2:
            runs[-1].append(i)
        else:
            runs.append([i])
    longest = max(runs, key=len)
    if len(longest) < 2:
        return described[0], described[-1]
    return longest[0], longest[-1]


_LAYOUTS = {"stacked": _stacked, "glued": _glued, "pairs": _pairs}


def _merge_repeats(blocks: list[Block]) -> list[Block]:
    """One block for an episode a page shows twice in a row (header + detail).

    Each run of blocks with one title is joined once, so that a run of many
    copies costs its length, not its square.
    """
    merged: list[Block] = []
    for _, run in itertools.groupby(blocks, key=lambda b: title_key(b.title)):
        first, *rest = run
        if rest:
            first = attrs.evolve(
                first,
                end_line=max(b.end_line for b in (first, *rest)),
                head=tuple(itertools.chain.from_iterable(b.head for b in (first, *rest))),
                body=tuple(itertools.chain.from_iterable(b.body for b in (first, *rest))),
                show=next((b.show for b in (first, *rest) if b.show), None),
            )
        merged.append(first)
    return merged


def segment(
    document: Document,
    profile: SiteProfile,
    chrome: Mapping[int, str],
    config: Config,
    order: DateOrder | None = None,
) -> Segmentation:
    """Split a repaired document into episode blocks.

    ``chrome`` maps the line numbers already known to be chrome to their rule;
    those lines never start or join a block. ``order`` is the page's numeric
    date order when already known (:func:`infer_date_order`).
    """
    if order is None:
        order = infer_date_order(document.lines, profile)
    entries = _content(document, chrome)
    page = _page(entries, order, config)
    one = (
        detail(_lines(page, config), order, document.lines)
        if profile.layout == "auto" and profile.marker_pattern is None
        else None
    )
    if one is not None:
        layout: Layout = "stacked"
        end = _list_below(page, one.title, order, config)
        blocks = [_detail_block(document, profile, page, one, config, end)]
        if end < len(entries):
            blocks += _stacked(document, profile, _rest(page, end + 1), order, config)
    else:
        layout = profile.layout if profile.layout != "auto" else _choose_layout(page, order, config)
        blocks = _LAYOUTS[layout](document, profile, page, order, config)
    if profile.layout == "auto":
        ungluing = unglue_shows([b.title for b in blocks])
        blocks = [
            attrs.evolve(b, show=b.show or split[0], title=split[1]) if split else b
            for b, split in zip(blocks, ungluing, strict=True)
        ]
    if blocks:
        blocks = _shows_cut_as_repeats(document, chrome, blocks, config)
    show_line = None
    if profile.show_from_header and blocks:
        header = [e for e in entries if e[0] < blocks[0].start_line]
        if header:
            show_line, show = header[0]
            blocks = [b if b.show else attrs.evolve(b, show=show) for b in blocks]
    blocks = _merge_repeats(blocks)
    return Segmentation(blocks=tuple(blocks), layout=layout, date_order=order, show_line=show_line)
