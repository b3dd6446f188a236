"""The show: two known shows that are not one the other's prefix are −2."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np

from podclean.model import Record
from podclean.resolve.signals.base import Columns, Pairs, Part
from podclean.text import show_key

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature
    from podclean.resolve.weights import Weights

POINTS = -2.0


def extract(record: Record) -> str:
    """The normalised show name ("" when unknown)."""
    return show_key(record.show)


def compatible(a: str, b: str) -> bool:
    """Whether two normalised shows can be one show: unknown, or one the other's prefix."""
    if not a or not b:
        return True
    short, long = sorted((a, b), key=len)
    return long.startswith(short)


@attrs.frozen
class Show:
    """−2 for incompatible shows; exact as a scalar bound, 0 in numpy (a prefix test needs Python)."""

    exact = True

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        return None if compatible(a.show, b.show) else ("show differs", POINTS)

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        return 0.0 if compatible(a.show, b.show) else POINTS

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        return ()

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        return np.zeros(len(pairs.i))


SIGNAL = Show()
