"""The show: two known shows that are not one the other's prefix are −2.

One show named on two pages whose titles are in two scripts (an English
episode and its Korean or Japanese summary) is +2: their titles can share
no evidence, and a show seldom publishes two episodes of one date or one
length. Within one script the titles say more, and the show says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np

from podclean.lang import main_script
from podclean.model import Record
from podclean.resolve.signals.base import Columns, Pairs, Part
from podclean.text import show_key

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature
    from podclean.resolve.weights import Weights

POINTS = -2.0
#: One show, titles in two scripts.
ACROSS_SCRIPTS = ("same show, titles in two scripts", 2.0)


def extract(record: Record) -> str:
    """The normalised show name, the record's own or its page's ("" when unknown)."""
    return show_key(record.show or record.page_show)


def title_script(record: Record) -> str:
    """The script most of the record's title is in ("" when it has no letters)."""
    return main_script(record.title) or ""


def compatible(a: str, b: str) -> bool:
    """Whether two normalised shows can be one show: unknown, or one the other's prefix."""
    if not a or not b:
        return True
    short, long = sorted((a, b), key=len)
    return long.startswith(short)


def _across_scripts(a: Signature, b: Signature) -> bool:
    return bool(a.show and b.show and a.title_script and b.title_script and a.title_script != b.title_script)


def _part(a: Signature, b: Signature) -> Part | None:
    if not compatible(a.show, b.show):
        return ("show differs", POINTS)
    return ACROSS_SCRIPTS if _across_scripts(a, b) else None


@attrs.frozen
class Show:
    """−2 for incompatible shows, +2 for one show across scripts; exact as a scalar bound.

    In numpy a prefix test needs Python: every pair of known shows whose
    titles are in two scripts counts at its most (+2), every other pair 0.
    """

    exact = True

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        return _part(a, b)

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        part = _part(a, b)
        return part[1] if part else 0.0

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        codes: dict[str, int] = {"": 0}
        script = np.fromiter(
            (codes.setdefault(s.title_script, len(codes)) for s in signatures), np.int64, len(signatures)
        )
        known = np.fromiter((bool(s.show) for s in signatures), bool, len(signatures))
        return script, known

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        script, known = columns
        a, b = script[pairs.i], script[pairs.j]
        across = known[pairs.i] & known[pairs.j] & (a != 0) & (b != 0) & (a != b)
        return np.where(across, ACROSS_SCRIPTS[1], 0.0)


SIGNAL = Show()
