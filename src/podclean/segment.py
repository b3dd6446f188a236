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
from collections.abc import Mapping, Sequence

import attrs

from podclean.config import Config
from podclean.detail import Detail, detail
from podclean.fields.date_order import infer_date_order as infer_date_order
from podclean.fields.meta import GluedHeader
from podclean.fields.shapes import is_titleish
from podclean.listing import reads_as_prose, tile
from podclean.listing_shows import unglue_shows
from podclean.model import Block, Document
from podclean.page import (
    Entry,
    Page,
    content,
    glued_headers,
    lines_of,
    list_below,
    list_end,
    read_page,
    repeats,
    rest,
    shows_cut_as_repeats,
    shows_named_by_headings,
    titles_above_prose,
    titles_below_meta,
)
from podclean.sites.profile import DateOrder, Layout, SiteProfile
from podclean.table import table_blocks
from podclean.text import title_key


@attrs.frozen(kw_only=True)
class Segmentation:
    """The blocks of one document and the lines used as page-level fields."""

    blocks: tuple[Block, ...]
    layout: Layout
    date_order: DateOrder
    show_line: int | None = None


def _choose_layout(page: Page, order: str, config: Config) -> Layout:
    glued = len(glued_headers(page, order, config))
    records = tile(lines_of(page, config)) or ()
    anchored = max(sum(page.anchors), len(records))
    if glued and glued >= anchored:
        return "glued"
    if anchored or titles_below_meta(page, config):
        return "stacked"
    return "pairs"


def _block(
    document: Document,
    profile: SiteProfile,
    page: Page,
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
        if in_head and repeats(text, key, longest_repeat):
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


def _stacked(document: Document, profile: SiteProfile, page: Page, order: str, config: Config) -> list[Block]:
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
        titles = titles_above_prose(page, anchors, config)
        trailing = titles is not None
        records = None if trailing else tile(lines_of(page, config))
        if records:
            # A record's meta lines are its own wherever they stand in it.
            trailing = leading = True
            starts = [(r.start, r.title, entries[r.show][1] if r.show is not None else None) for r in records]
            texts = {r.title: r.text for r in records if r.text}
        else:
            below = None if trailing else titles_below_meta(page, config)
            leading = below is not None
            starts = below or [(i, i, None) for i in (titles or anchors)]
    blocks = []
    for k, (i, title_index, show) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else list_end(page, title_index)
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


def _detail_block(document: Document, profile: SiteProfile, page: Page, one: Detail, config: Config, end: int) -> Block:
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


def _glued(document: Document, profile: SiteProfile, page: Page, order: str, config: Config) -> list[Block]:
    entries = page.entries
    headers = glued_headers(page, order, config)
    blocks = []
    for k, (i, split) in enumerate(headers):
        end = headers[k + 1][0] if k + 1 < len(headers) else len(entries)
        blocks.append(_block(document, profile, page, i, end, entries[i][0], None, config.max_title_chars, split=split))
    return blocks


def _pairs(document: Document, profile: SiteProfile, page: Page, order: str, config: Config) -> list[Block]:
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
    entries = content(document, chrome)
    page = read_page(entries, order, config)
    one = (
        detail(lines_of(page, config), order, document.lines)
        if profile.layout == "auto" and profile.marker_pattern is None
        else None
    )
    table = table_blocks(document, profile, chrome, order, config) if profile.layout == "auto" else None
    if table is not None:
        layout: Layout = "stacked"
        blocks = table
    elif one is not None:
        layout = "stacked"
        end = list_below(page, one.title, order, config)
        blocks = [_detail_block(document, profile, page, one, config, end)]
        if end < len(entries):
            blocks += _stacked(document, profile, rest(page, end + 1), order, config)
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
        blocks = shows_named_by_headings(entries, shows_cut_as_repeats(document, chrome, blocks, config))
    show_line = None
    if profile.show_from_header and blocks:
        header = [e for e in entries if e[0] < blocks[0].start_line]
        if header:
            show_line, show = header[0]
            blocks = [b if b.show else attrs.evolve(b, show=show) for b in blocks]
    blocks = _merge_repeats(blocks)
    return Segmentation(blocks=tuple(blocks), layout=layout, date_order=order, show_line=show_line)
