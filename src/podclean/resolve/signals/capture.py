"""Same capture, different titles: a page lists an episode once, so the two cannot link."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np

from podclean.model import Record
from podclean.resolve.signals.base import CANNOT_LINK, Columns, Pairs, Part

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature
    from podclean.resolve.weights import Weights


def extract(record: Record) -> str:
    """The name of the capture the record came from."""
    return record.block.capture


def _apart(a: Signature, b: Signature) -> bool:
    return a.capture == b.capture and a.title_hash != b.title_hash


@attrs.frozen
class SameCapture:
    """Cannot-link within one capture, unless the titles are the same."""

    exact = True

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        return ("same capture, different titles", CANNOT_LINK) if _apart(a, b) else None

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        return CANNOT_LINK if _apart(a, b) else 0.0

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        ids: dict[str, int] = {}
        n = len(signatures)
        capture = np.fromiter((ids.setdefault(s.capture, len(ids)) for s in signatures), np.int64, n)
        return capture, np.fromiter((s.title_hash for s in signatures), np.int64, n)

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        capture, title = columns
        apart = (capture[pairs.i] == capture[pairs.j]) & (title[pairs.i] != title[pairs.j])
        return np.where(apart, CANNOT_LINK, 0.0)


SIGNAL = SameCapture()
