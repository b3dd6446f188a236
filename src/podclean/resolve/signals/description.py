"""The description: a MinHash of its shingles finds same-language near-duplicates.

+6·j when the estimated Jaccard similarity j of the two descriptions'
shingles is at least 0.3. The estimate is the signal's only input, so its
score and both bounds are the same number.
"""

from __future__ import annotations

import itertools
import unicodedata
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np
import regex
from datasketch import LeanMinHash, MinHash

from podclean.model import Record
from podclean.resolve.signals.base import Columns, Pairs, Part

if TYPE_CHECKING:
    from podclean.resolve.signatures import Signature
    from podclean.resolve.weights import Weights

#: MinHash size: 64 permutations estimate Jaccard within ±0.06 (1 s.d. at
#: J=0.5), enough to find near-duplicates that scoring then confirms.
NUM_PERM = 64
MINHASH_SEED = 7
#: Tokens of a description that are shingled; beyond them a near-duplicate
#: is already obvious and the rest only costs time.
SHINGLE_TOKENS = 400
SHINGLE_SIZE = 3
#: Least estimated Jaccard that counts, and the points at j = 1.
LEAST_JACCARD = 0.3
POINTS = 6.0
#: Half the 0.001 a score is rounded to: numpy's unrounded points plus
#: this are at least the rounded ones.
_HALF_ROUNDING = 0.0005

_TOKEN = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]|[\p{L}\p{M}\p{N}]+")


def shingles(text: str) -> list[bytes]:
    """Word (or CJK character) 3-grams of a normalised text, as bytes."""
    found = _TOKEN.finditer(unicodedata.normalize("NFKC", text).casefold())
    tokens = [m.group(0) for m in itertools.islice(found, SHINGLE_TOKENS)]
    if len(tokens) < SHINGLE_SIZE:
        return [" ".join(tokens).encode()] if tokens else []
    return [" ".join(tokens[i : i + SHINGLE_SIZE]).encode() for i in range(len(tokens) - SHINGLE_SIZE + 1)]


def _crc32(data: bytes) -> int:
    return zlib.crc32(data)


_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=_crc32)
#: The dtype of the hash values of ``_TEMPLATE``'s scheme (32-bit for affine32).
SKETCH_DTYPE = _TEMPLATE.hashvalues.dtype


def minhash(text: str) -> LeanMinHash | None:
    """A MinHash of a description's shingles (``None`` for an empty text)."""
    grams = shingles(text)
    if len(grams) < 2:
        return None
    sketch = MinHash(
        num_perm=NUM_PERM,
        seed=MINHASH_SEED,
        hashfunc=_crc32,
        permutations=_TEMPLATE.permutations,
        scheme=_TEMPLATE.scheme,
    )
    sketch.update_batch(grams)
    return LeanMinHash(sketch)


def lean_minhash(sketch: bytes) -> LeanMinHash:
    """The datasketch MinHash of a signature's packed sketch."""
    return LeanMinHash(seed=MINHASH_SEED, hashvalues=np.frombuffer(sketch, SKETCH_DTYPE), scheme=_TEMPLATE.scheme)


def extract(record: Record) -> bytes | None:
    """The MinHash hash values of the description packed as bytes, or ``None``."""
    sketch = minhash(record.description)
    return None if sketch is None else sketch.hashvalues.tobytes()


def jaccard(a: bytes | None, b: bytes | None) -> float:
    """Estimated Jaccard similarity of two packed sketches (0 when either is missing)."""
    if a is None or b is None:
        return 0.0
    return int(np.count_nonzero(np.frombuffer(a, SKETCH_DTYPE) == np.frombuffer(b, SKETCH_DTYPE))) / NUM_PERM


def sketches(signatures: Sequence[Signature]) -> Columns:
    """Every signature's sketch as a row of one matrix, and which have one."""
    n = len(signatures)
    empty = bytes(NUM_PERM * SKETCH_DTYPE.itemsize)
    matrix = np.frombuffer(b"".join(s.sketch or empty for s in signatures), SKETCH_DTYPE).reshape(n, NUM_PERM)
    return matrix, np.fromiter((s.sketch is not None for s in signatures), bool, n)


def jaccards(columns: Columns, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The :func:`jaccard` of many pairs of :func:`sketches` rows: the same floats."""
    matrix, has_sketch = columns
    sketched = has_sketch[i] & has_sketch[j]
    return np.where(sketched, np.count_nonzero(matrix[i] == matrix[j], axis=1) / NUM_PERM, 0.0)


def _points(j: float) -> float:
    return round(POINTS * j, 3) if j >= LEAST_JACCARD else 0.0


@attrs.frozen
class Description:
    """+6·j for near-duplicate descriptions; its bounds are its score."""

    exact = True

    def score(self, a: Signature, b: Signature, weights: Weights, jaccard: float) -> Part | None:
        points = _points(jaccard)
        return ("description near-duplicate", points) if points else None

    def bound(self, a: Signature, b: Signature, jaccard: float) -> float:
        return _points(jaccard)

    def columns(self, signatures: Sequence[Signature]) -> Columns:
        return ()

    def bounds(self, columns: Columns, pairs: Pairs) -> np.ndarray:
        return np.where(pairs.jaccard >= LEAST_JACCARD, POINTS * pairs.jaccard + _HALF_ROUNDING, 0.0)


SIGNAL = Description()
