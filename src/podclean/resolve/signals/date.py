"""Publication dates: the same day or close agree, far apart differ (by days)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np

from podclean.model import Record
from podclean.resolve.signals.base import Columns, Pairs, Part, banded, banded_array

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature
    from podclean.resolve.weights import Weights

#: How agreeing dates count, by days apart: (most days, name, points) in
#: order; more days apart than DATES_DIFFER counts against.
DATE_BANDS = ((0, "same date", 1.0), (2, "date close", 0.5))
DATES_DIFFER = (10, "date differs", -4.0)


def extract(record: Record) -> str | None:
    """The record's publication date (ISO), if known."""
    return record.published


@functools.lru_cache(maxsize=1 << 12)
def _ordinal(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def _part(a: Signature, b: Signature) -> Part | None:
    if not (a.published and b.published):
        return None
    return banded(abs(_ordinal(a.published) - _ordinal(b.published)), DATE_BANDS, DATES_DIFFER)


@attrs.frozen
class Date:
    """+1 the same day, +0.5 within 2 days, −4 over 10 days apart; exact as a bound."""

    exact = True

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        return _part(a, b)

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        part = _part(a, b)
        return part[1] if part else 0.0

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        days = (_ordinal(s.published) if s.published else -1 for s in signatures)
        return (np.fromiter(days, np.int64, len(signatures)),)

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        (day,) = columns
        a, b = day[pairs.i], day[pairs.j]
        dated = (a >= 0) & (b >= 0)
        return np.where(dated, banded_array(np.abs(a - b), DATE_BANDS, DATES_DIFFER), 0.0)


SIGNAL = Date()
