"""Publication dates: the same day or close agree, far apart differ (by days)."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import attrs
import numpy as np

from podclean.model import Record
from podclean.resolve.signals.base import BandedGap

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature

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


@attrs.frozen
class Date(BandedGap):
    """+1 the same day, +0.5 within 2 days, −4 over 10 days apart; exact as a bound."""

    bands = DATE_BANDS
    beyond = DATES_DIFFER

    def value(self, sig: Signature) -> float | None:
        return _ordinal(sig.published) if sig.published else None

    def gap(self, a: float, b: float) -> float:
        return abs(a - b)

    def gaps(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        gaps: np.ndarray = np.abs(a - b)
        return gaps


SIGNAL = Date()
