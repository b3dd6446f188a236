"""The matching signals, one module each, in the order a pair's parts are listed.

Each module says what it takes from a record (``extract``), and its
``SIGNAL`` how it scores a pair and bounds that score, for one pair and for
many at once (:class:`~podclean.resolve.signals.base.Signal`). Adding a
signal is a module here, its field on the signature, and its place below.
"""

from __future__ import annotations

from podclean.resolve.signals import (
    capture,
    chapters,
    date,
    description,
    duration,
    episode,
    guests,
    names,
    show,
    title,
)
from podclean.resolve.signals.base import CANNOT_LINK, Pairs, Part, Signal

#: The cannot-links first: one ends the scoring of a pair.
SIGNALS: tuple[Signal, ...] = (
    capture.SIGNAL,
    episode.SIGNAL,
    title.SIGNAL,
    guests.SIGNAL,
    description.SIGNAL,
    names.SIGNAL,
    chapters.SIGNAL,
    duration.SIGNAL,
    date.SIGNAL,
    show.SIGNAL,
)

__all__ = ["CANNOT_LINK", "SIGNALS", "Pairs", "Part", "Signal"]
