"""Candidate pairs, near-linearly: no record is compared with every other.

Two indexes propose pairs; only proposed pairs are scored:

* a datasketch MinHash LSH over description shingles finds same-language
  near-duplicates;
* an inverted index over title keys: the exact normalised title, each
  guest's full name, and each title feature (names, numbers, emoji). A key
  shared by more than :data:`MAX_POSTING` records is too common to block
  on; the exact title and the full names stay specific when single names
  stop being rare in a large corpus.

Both are symmetric and independent of insertion order, so the pairs found
for a batch split in parts are the pairs found for the whole.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs
import numpy as np

from podclean.resolve.signals.description import NUM_PERM, SKETCH_DTYPE, lean_minhash
from podclean.resolve.signatures import Signature
from podclean.resolve.signatures import blocking_keys as signature_keys

if TYPE_CHECKING:
    from datasketch import MinHashLSH

#: LSH threshold on estimated Jaccard; scoring decides, this only proposes.
#: 0.5 (14 bands of 4) against 0.3 (21 bands of 3): the same F1 on the seeds
#: and 10k generated blocks (0.998), a third less index memory, faster;
#: rewritten and translated copies are found through the title keys anyway.
LSH_THRESHOLD = 0.5
#: Records sharing a key beyond this many are not paired through it.
MAX_POSTING = 40
#: Records sharing one LSH band beyond this many are not paired through it.
#: Copies of one episode's description are a handful (one per site that
#: lists it); hundreds are a show's stock text, and pairing them all would
#: square the bucket: 20,000 one-episode captures with one description made
#: 200 million pairs. Such a bucket is reported (:attr:`CandidateIndex.hot`)
#: and its records are still paired through their titles.
MAX_BUCKET = 100
# Multiplier of the polynomial that folds a band's rows into one 64-bit key
# (odd, above the 2**32 range of MinHash values, so rows do not alias).
_FOLD = np.uint64(0x9E3779B97F4A7C15)
_NO_PAIRS = np.empty((0, 2), dtype=np.int64)
_LOW = np.int64(0xFFFFFFFF)
#: Signatures indexed, and pairs read back, this many at a time.
_CHUNK = 1 << 14


@functools.cache
def banding(threshold: float = LSH_THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """The bands and rows datasketch's ``MinHashLSH`` picks for ``threshold``, found without scipy.

    Like datasketch's ``_optimal_param`` (equal weights): the (b, r), b·r ≤
    ``num_perm``, whose false positives (the chance 1 − (1 − sʳ)ᵇ that a
    pair below the threshold shares a band, integrated over s) and false
    negatives are least. datasketch integrates with ``scipy.integrate.quad``;
    the integrands are polynomials of degree b·r, which Gauss–Legendre
    quadrature with ``num_perm // 2 + 1`` nodes integrates exactly, so the
    areas are the same to the last few bits and a test holds the choice to
    datasketch's.

    >>> banding(0.5, 64)
    (14, 4)
    """
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
    # Every (b, r) at once, a row each, in the order datasketch tries them:
    # the first least error wins, as in its loop.
    choices = [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)]
    bands, rows = (np.array(column, dtype=np.float64)[:, None] for column in zip(*choices, strict=True))

    def area(low: float, high: float, missed: bool) -> np.ndarray:
        """∫ from ``low`` to ``high`` of the chance a pair shares a band (or, ``missed``, does not), per row."""
        s = (high - low) / 2 * nodes + (high + low) / 2
        shares = 1 - (1 - s**rows) ** bands
        found: np.ndarray = (high - low) / 2 * ((1 - shares if missed else shares) @ weights)
        return found

    errors = 0.5 * area(0.0, threshold, False) + 0.5 * area(threshold, 1.0, True)
    return choices[int(np.argmin(errors))]


def _storage_lsh(storage_config: dict[str, object]) -> MinHashLSH:
    # Imported here: the datasketch package pulls scipy in, and only an
    # index kept in a storage (Redis) needs datasketch's own LSH.
    from datasketch import MinHashLSH

    return MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, storage_config=storage_config)


def _codes(pairs: np.ndarray) -> np.ndarray:
    """Rows (i, j) as ``i << 32 | j``: one int64 a pair, ordered as the rows."""
    return np.asarray((pairs[:, 0] << 32) | pairs[:, 1], dtype=np.int64)


def blocking_keys(sig: Signature) -> list[int]:
    """The inverted-index keys of a signature, as sorted 64-bit hashes."""
    return _keys(sig, sig.keys)


def _keys(sig: Signature, packed: bytes) -> list[int]:
    if packed:
        keys: list[int] = np.frombuffer(packed, dtype=np.int64).tolist()
        return keys
    return signature_keys(sig.title_hash, sig.guests, sig.title)


def _crowded(keys: np.ndarray, owners: np.ndarray, limit: int) -> tuple[int, np.ndarray]:
    """How many keys more than ``limit`` owners share, and those owners."""
    _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    return int(np.count_nonzero(counts > limit)), np.unique(owners[counts[inverse] > limit])


def _run_pairs(keys: np.ndarray, owners: np.ndarray, limit: int | None) -> np.ndarray:
    """Every (i, j), i < j, of owners sharing a key, from runs of at most ``limit``."""
    if len(keys) < 2:
        return _NO_PAIRS
    order = np.lexsort((owners, keys))
    keys, owners = keys[order], owners[order]
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    sizes = np.diff(np.append(starts, len(keys)))
    wanted = sizes > 1 if limit is None else (sizes > 1) & (sizes <= limit)
    starts, sizes = starts[wanted], sizes[wanted]
    chunks = []
    # Runs of one size at a time: the pairs of every run of size n are the
    # same offsets from its start, so a corpus's hundred thousand runs
    # cost a few dozen numpy calls, not one each.
    for size in np.unique(sizes).tolist():
        i, j = np.triu_indices(size, k=1)
        first = starts[sizes == size][:, None]
        chunks.append(np.stack((owners[first + i].ravel(), owners[first + j].ravel()), axis=1))
    return np.concatenate(chunks) if chunks else _NO_PAIRS


@attrs.frozen(kw_only=True)
class HotBuckets:
    """LSH band buckets too crowded to pair: how many, how many records they hold, and which."""

    buckets: int
    records: int
    #: The records' indexes, sorted: the captures they came from are told.
    owners: tuple[int, ...] = ()

    def note(self) -> str | None:
        """What a run reports about them, or ``None`` when there are none."""
        if not self.buckets:
            return None
        return (
            f"{self.records} records share near-identical descriptions in {self.buckets} LSH band buckets of more "
            f"than {MAX_BUCKET}: not paired by description (a stock text, not one episode); titles still pair them"
        )


def crowded_note(blocks: int) -> str:
    """What a capture's report says of its ``blocks`` left in crowded LSH band buckets."""
    return (
        f"{blocks} block(s) share a near-identical description with more than {MAX_BUCKET} others "
        "(a stock text): not paired by description; titles still pair them"
    )


class CandidateIndex:
    """Incremental candidate generation over signatures.

    The MinHash LSH is datasketch's banding (its optimal bands and rows for
    :data:`LSH_THRESHOLD`); by default the band keys are kept as one 64-bit
    integer each in numpy arrays and paired by sorting: at a million blocks
    datasketch's dict-of-sets tables alone would take several GiB. With a
    ``storage_config`` (e.g. Redis) datasketch's own ``MinHashLSH`` holds the
    bands in that storage; both propose the same pairs, but for band
    buckets of more than :data:`MAX_BUCKET` records, which only the compact
    index leaves unpaired. The title-key postings are kept the same way, as
    hashed keys.

    >>> index = CandidateIndex()
    >>> sorted(index.pairs())
    []
    """

    def __init__(self, storage_config: dict[str, object] | None = None) -> None:
        self.bands, self.rows = banding()
        self.lsh = _storage_lsh(storage_config) if storage_config is not None else None
        self.text_pairs: set[tuple[int, int]] = set()
        #: The LSH band buckets :meth:`pair_codes` left unpaired (more than
        #: :data:`MAX_BUCKET` records each), and how many records they hold.
        self.hot = HotBuckets(buckets=0, records=0)
        self._band_keys: list[np.ndarray] = []
        self._band_owners: list[np.ndarray] = []
        self._posting_keys: list[np.ndarray] = []
        self._posting_owners: list[np.ndarray] = []

    def band_keys(self, hashvalues: np.ndarray) -> np.ndarray:
        """One 64-bit key per LSH band of each MinHash (one row of hash values each)."""
        rows = np.atleast_2d(hashvalues)[:, : self.bands * self.rows].astype(np.uint64)
        rows = rows.reshape(len(rows), self.bands, self.rows)
        folded = rows[:, :, 0].copy()
        for column in range(1, self.rows):
            folded = folded * _FOLD + rows[:, :, column]
        return folded.view(np.int64)

    def add(self, signatures: Iterable[Signature], keys: Iterable[bytes] | None = None) -> None:
        """Index new signatures.

        ``keys`` are their packed :attr:`~Signature.keys` when the signatures
        no longer carry them (b"" for one to compute here).
        """
        chunk: list[tuple[Signature, bytes]] = []
        for sig, packed in (
            zip(signatures, keys, strict=True) if keys is not None else ((s, s.keys) for s in signatures)
        ):
            chunk.append((sig, packed))
            # In chunks: a million signatures' keys as Python ints at once
            # would take more memory than the arrays they end up in.
            if len(chunk) == _CHUNK:
                self._add_chunk(chunk)
                chunk = []
        self._add_chunk(chunk)

    def _add_chunk(self, signatures: list[tuple[Signature, bytes]]) -> None:
        posting_keys: list[int] = []
        posting_owners: list[int] = []
        sketches, sketch_owners = [], []
        for sig, packed in signatures:
            keys = _keys(sig, packed)
            posting_keys.extend(keys)
            posting_owners.extend([sig.index] * len(keys))
            if sig.sketch is None:
                continue
            if self.lsh is not None:
                sketch = lean_minhash(sig.sketch)
                for other in self.lsh.query(sketch):
                    self.text_pairs.add((min(other, sig.index), max(other, sig.index)))
                self.lsh.insert(sig.index, sketch)
            else:
                sketches.append(sig.sketch)
                sketch_owners.append(sig.index)
        if sketches:
            hashvalues = np.frombuffer(b"".join(sketches), SKETCH_DTYPE).reshape(len(sketches), NUM_PERM)
            self._band_keys.append(self.band_keys(hashvalues))
            self._band_owners.append(np.array(sketch_owners, dtype=np.int64))
        if posting_keys:
            self._posting_keys.append(np.array(posting_keys, dtype=np.int64))
            self._posting_owners.append(np.array(posting_owners, dtype=np.int64))

    def pair_codes(self) -> np.ndarray:
        """Every candidate pair (i, j), i < j, as one sorted int64 ``i << 32 | j``, each once.

        Duplicates are dropped band by band: a near-duplicate pair shows up
        in every band, and collecting all bands first would hold it 14 times.
        """
        codes = np.empty(0, dtype=np.int64)
        if self._band_keys:
            keys, owners = np.concatenate(self._band_keys), np.concatenate(self._band_owners)
            buckets, crowded = 0, np.empty(0, dtype=np.int64)
            for band in range(self.bands):
                codes = np.union1d(codes, _codes(_run_pairs(keys[:, band], owners, MAX_BUCKET)))
                found, members = _crowded(keys[:, band], owners, MAX_BUCKET)
                buckets, crowded = buckets + found, np.union1d(crowded, members)
            self.hot = HotBuckets(buckets=buckets, records=len(crowded), owners=tuple(crowded.tolist()))
        if self.text_pairs:
            codes = np.union1d(codes, _codes(np.array(sorted(self.text_pairs), dtype=np.int64)))
        if self._posting_keys:
            keys, owners = np.concatenate(self._posting_keys), np.concatenate(self._posting_owners)
            codes = np.union1d(codes, _codes(_run_pairs(keys, owners, MAX_POSTING)))
        return codes

    def pairs(self) -> Iterator[tuple[int, int]]:
        """Every candidate pair (i < j), each once, in a stable order."""
        codes = self.pair_codes()
        # In slices: tens of millions of pairs as Python tuples at once would
        # take more memory than the whole index.
        for start in range(0, len(codes), _CHUNK):
            part = codes[start : start + _CHUNK]
            yield from zip((part >> 32).tolist(), (part & _LOW).tolist(), strict=True)
