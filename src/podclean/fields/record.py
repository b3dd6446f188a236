"""One block → one :class:`~podclean.model.Record`.

Each field family has its own module (dates, durations, meta lines, body
structure); this module only puts their answers together for a block.
"""

from __future__ import annotations

import attrs

from podclean.config import Config
from podclean.fields.body import parse_body
from podclean.fields.dates import resolve_relative
from podclean.fields.meta import parse_meta
from podclean.fields.people import people
from podclean.fields.shapes import player_length
from podclean.fields.show import labelled_show, show_in_meta
from podclean.fields.show_prose import show_in_description, show_of_hosts
from podclean.fields.structure import is_person
from podclean.model import Block, Record


def _clean_title(text: str) -> str:
    return " ".join(text.split())


#: How far into a block's body a ``Podcast: X`` label is read as its show.
_LABEL_LINES = 6


def parse_block(block: Block, order: str, config: Config, header_show: str | None = None) -> Record:
    """Parse every field of one block.

    Dates use the page's numeric ``order``; a relative date resolves only
    against ``config.captured_at``. ``header_show`` is the show the page's
    header names (:func:`~podclean.fields.show.header_show`), if any.
    """
    published = None
    relative = None
    duration = None
    show = block.show
    for _, text in block.head:
        meta = parse_meta(text, order, config.captured_at)
        if meta is None:
            continue
        if meta.date and published is None and relative is None:
            published, relative = meta.date.iso, meta.date.relative
        if meta.duration and duration is None:
            duration = meta.duration.seconds
        if meta.leftover and show is None:
            show = show_in_meta(meta.leftover)
    if duration is None:
        duration = player_length([text for _, text in block.body])
    if show is None:
        # A detail page or a re-publisher labels the show among the fields.
        show = next((s for _, text in (*block.head, *block.body[:_LABEL_LINES]) if (s := labelled_show(text))), None)
    if relative is not None and config.captured_at is not None:
        published = resolve_relative(relative, config.captured_at)
    body = parse_body(block.body, glued=block.glued)
    title = _clean_title(block.title)
    own_show = _clean_title(show) if show else None
    page_show = (
        header_show or show_of_hosts(e for e in body.entities if is_person(e)) or show_in_description(body.description)
    )
    found, others = people(title, body.description, body.entities, body.transcript, own_show or page_show)
    return Record(
        # The raw lines are parsed now; keeping them would hold every page's
        # text twice for the rest of the run.
        block=attrs.evolve(block, head=(), body=()),
        title=title,
        show=own_show,
        published=published,
        published_relative=relative if published is None else None,
        duration_s=duration,
        description=body.description,
        truncated=body.truncated,
        chapters=body.chapters,
        transcript=body.transcript,
        tags=body.tags,
        entities=others,
        links=body.links,
        page_show=page_show,
        people=found,
    )
