"""Tables: an episode archive copied from a page as tab-separated rows.

"#  Title  Guest  Published  Length", then one row per episode: each row
with a date or a length in one of its cells is one episode; its title is
its longest cell that reads as a title. A header row of words and rows of
the same number of cells make the table; anything else is left to the
layouts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from podclean.config import Config
from podclean.fields.meta import parse_meta
from podclean.fields.shapes import is_titleish
from podclean.model import Block, Document
from podclean.sites.profile import SiteProfile

#: Rows a table needs before it is read as one.
_MIN_ROWS = 2


def table_blocks(
    document: Document, profile: SiteProfile, chrome: Mapping[int, str], order: str, config: Config
) -> list[Block] | None:
    """One block per row of the document's longest table, or ``None`` where it has none."""
    best: list[tuple[int, tuple[str, ...]]] = []
    run: list[tuple[int, tuple[str, ...]]] = []
    for number, cells in document.cells:
        if run and (number != run[-1][0] + 1 or len(cells) != len(run[-1][1])):
            best = max(best, run, key=len)
            run = []
        if number not in chrome:
            run.append((number, cells))
    best = max(best, run, key=len)
    blocks = [block for number, cells in best if (block := _row(document, profile, number, cells, order, config))]
    return blocks if len(blocks) >= _MIN_ROWS else None


def _row(
    document: Document, profile: SiteProfile, number: int, cells: Sequence[str], order: str, config: Config
) -> Block | None:
    meta = [cell for cell in cells if cell and parse_meta(cell, order, config.captured_at) is not None]
    titles = [
        cell
        for cell in cells
        if cell not in meta and is_titleish(cell, config.max_title_chars) and not cell.replace(" ", "").isdigit()
    ]
    if not meta or not titles:
        return None  # the header row, or a row of words
    return Block(
        capture=document.name,
        site=profile.name,
        start_line=number,
        end_line=number,
        title=max(titles, key=len),
        head=tuple((number, cell) for cell in meta),
    )
