"""The description: a MinHash of its shingles finds same-language near-duplicates.

+6·j when the estimated Jaccard similarity j of the two descriptions'
shingles is at least 0.3. The estimate is the signal's only input, so its
score and both bounds are the same number.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
import zlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import numpy as np
import regex

from podclean.model import Record
from podclean.resolve.signals.base import Columns, Pairs, Part

if TYPE_CHECKING:
    from datasketch import LeanMinHash

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


#: The hash values' dtype: datasketch's "affine32" scheme keeps 32 bits.
SKETCH_DTYPE = np.dtype(np.uint32)
_SCHEME = "affine32"
# MurmurHash3's 32-bit finalizer: datasketch mixes each shingle's hash with
# it before the affine permutations, so weak hashes are safe to permute.
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _crc32(data: bytes) -> int:
    return zlib.crc32(data)


@attrs.frozen(kw_only=True)
class MinHasher:
    """datasketch's ``MinHash`` (scheme "affine32", crc32 of each shingle), its permutations drawn once.

    The same hash values as ``datasketch.MinHash(num_perm, seed,
    hashfunc=zlib.crc32).update_batch(grams)``, which a test holds them to;
    computed here so that a run need not import datasketch, whose package
    pulls scipy in (~0.4 s) for the LSH's banding alone.
    """

    num_perm: int = NUM_PERM
    seed: int = MINHASH_SEED
    #: The permutations h → a·h + b mod 2³² (``a`` odd), drawn as datasketch draws them.
    a: np.ndarray = attrs.field(init=False, eq=False, repr=False)
    b: np.ndarray = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        gen = np.random.RandomState(self.seed)
        a = gen.randint(0, 1 << 31, self.num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", gen.randint(0, 1 << 32, self.num_perm, dtype=np.uint32))

    def hashvalues(self, grams: Sequence[bytes]) -> np.ndarray:
        """The MinHash of ``grams`` (at least one): one uint32 per permutation."""
        s1, m1, s2, m2, s3 = _FMIX
        hv = np.fromiter(map(_crc32, grams), SKETCH_DTYPE, len(grams)).reshape(-1, 1)
        hv = hv ^ (hv >> s1)
        hv = hv * m1
        hv = hv ^ (hv >> s2)
        hv = hv * m2
        hv = hv ^ (hv >> s3)
        found: np.ndarray = (hv * self.a + self.b).min(axis=0)
        return found


@functools.cache
def hasher() -> MinHasher:
    """The process's :class:`MinHasher`, built on first use (not at import)."""
    return MinHasher()


def minhash(text: str) -> np.ndarray | None:
    """The MinHash hash values of a description's shingles (``None`` for fewer than two)."""
    grams = shingles(text)
    if len(grams) < 2:
        return None
    return hasher().hashvalues(grams)


def lean_minhash(sketch: bytes) -> LeanMinHash:
    """The datasketch MinHash of a signature's packed sketch, for datasketch's own LSH."""
    from datasketch import LeanMinHash

    return LeanMinHash(seed=MINHASH_SEED, hashvalues=np.frombuffer(sketch, SKETCH_DTYPE), scheme=_SCHEME)


def extract(record: Record) -> bytes | None:
    """The MinHash hash values of the description packed as bytes, or ``None``."""
    return _packed(record.description)


@functools.lru_cache(maxsize=1 << 14)
def _packed(description: str) -> bytes | None:
    # Remembered per text: an episode's description comes back on every
    # page that lists it, and its sketch (immutable bytes) is the same.
    sketch = minhash(description)
    return None if sketch is None else sketch.tobytes()


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
