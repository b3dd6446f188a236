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

from collections.abc import Iterable, Iterator

import numpy as np
from datasketch import MinHashLSH

from podclean.chrome import stable_hash
from podclean.resolve.signatures import NUM_PERM, Signature

#: LSH threshold on estimated Jaccard; scoring decides, this only proposes.
#: 0.5 (14 bands of 4) against 0.3 (21 bands of 3): the same F1 on the seeds
#: and 10k generated blocks (0.998), a third less index memory, faster;
#: rewritten and translated copies are found through the title keys anyway.
LSH_THRESHOLD = 0.5
#: Records sharing a key beyond this many are not paired through it.
MAX_POSTING = 40
# Multiplier of the polynomial that folds a band's rows into one 64-bit key
# (odd, above the 2**32 range of MinHash values, so rows do not alias).
_FOLD = np.uint64(0x9E3779B97F4A7C15)
_NO_PAIRS = np.empty((0, 2), dtype=np.int64)


def blocking_keys(sig: Signature) -> set[str]:
    """The inverted-index keys of a signature."""
    keys = {f"k:{sig.title_key}"} if sig.title_key else set()
    keys |= {f"g:{g}" for g in sig.guests}
    keys |= {f"t:{f}" for f in sig.title}
    return keys


def _run_pairs(keys: np.ndarray, owners: np.ndarray, limit: int | None) -> np.ndarray:
    """Every (i, j), i < j, of owners sharing a key, from runs of at most ``limit``."""
    if len(keys) < 2:
        return _NO_PAIRS
    order = np.lexsort((owners, keys))
    keys, owners = keys[order], owners[order]
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    sizes = np.diff(np.append(starts, len(keys)))
    wanted = sizes > 1 if limit is None else (sizes > 1) & (sizes <= limit)
    chunks = []
    for start, size in zip(starts[wanted].tolist(), sizes[wanted].tolist(), strict=True):
        run = owners[start : start + size]
        i, j = np.triu_indices(size, k=1)
        chunks.append(np.stack((run[i], run[j]), axis=1))
    return np.concatenate(chunks) if chunks else _NO_PAIRS


class CandidateIndex:
    """Incremental candidate generation over signatures.

    The MinHash LSH is datasketch's banding (its optimal bands and rows for
    :data:`LSH_THRESHOLD`); by default the band keys are kept as one 64-bit
    integer each in numpy arrays and paired by sorting: at a million blocks
    datasketch's dict-of-sets tables alone would take several GiB. With a
    ``storage_config`` (e.g. Redis) datasketch's own ``MinHashLSH`` holds the
    bands in that storage; both propose the same pairs. The title-key
    postings are kept the same way, as hashed keys.

    >>> index = CandidateIndex()
    >>> sorted(index.pairs())
    []
    """

    def __init__(self, storage_config: dict[str, object] | None = None) -> None:
        probe = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.bands, self.rows = int(probe.b), int(probe.r)
        self.lsh = (
            MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, storage_config=storage_config)
            if storage_config is not None
            else None
        )
        self.text_pairs: set[tuple[int, int]] = set()
        self._band_keys: list[np.ndarray] = []
        self._band_owners: list[np.ndarray] = []
        self._posting_keys: list[np.ndarray] = []
        self._posting_owners: list[np.ndarray] = []

    def band_keys(self, hashvalues: np.ndarray) -> np.ndarray:
        """One 64-bit key per LSH band of a MinHash."""
        rows = hashvalues[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        folded = rows[:, 0].copy()
        for column in range(1, self.rows):
            folded = folded * _FOLD + rows[:, column]
        return folded.view(np.int64)

    def add(self, signatures: Iterable[Signature]) -> None:
        """Index new signatures."""
        band_keys, band_owners, posting_keys, posting_owners = [], [], [], []
        for sig in signatures:
            keys = sorted(stable_hash(k) for k in blocking_keys(sig))
            posting_keys.extend(keys)
            posting_owners.extend([sig.index] * len(keys))
            if sig.sketch is None:
                continue
            if self.lsh is not None:
                for other in self.lsh.query(sig.sketch):
                    self.text_pairs.add((min(other, sig.index), max(other, sig.index)))
                self.lsh.insert(sig.index, sig.sketch)
            else:
                band_keys.append(self.band_keys(sig.sketch.hashvalues))
                band_owners.append(sig.index)
        if band_keys:
            self._band_keys.append(np.stack(band_keys))
            self._band_owners.append(np.array(band_owners, dtype=np.int64))
        if posting_keys:
            self._posting_keys.append(np.array(posting_keys, dtype=np.int64))
            self._posting_owners.append(np.array(posting_owners, dtype=np.int64))

    def pair_array(self) -> np.ndarray:
        """Every candidate pair as rows (i, j), i < j, each once, sorted."""
        found = []
        if self._band_keys:
            keys, owners = np.concatenate(self._band_keys), np.concatenate(self._band_owners)
            found += [_run_pairs(keys[:, band], owners, None) for band in range(self.bands)]
        if self.text_pairs:
            found.append(np.array(sorted(self.text_pairs), dtype=np.int64))
        if self._posting_keys:
            keys, owners = np.concatenate(self._posting_keys), np.concatenate(self._posting_owners)
            found.append(_run_pairs(keys, owners, MAX_POSTING))
        if not found:
            return _NO_PAIRS
        pairs = np.concatenate(found)
        return np.unique(pairs, axis=0) if len(pairs) else _NO_PAIRS

    def pairs(self) -> Iterator[tuple[int, int]]:
        """Every candidate pair (i < j), each once, in a stable order."""
        pairs = self.pair_array()
        # In slices: tens of millions of pairs as Python tuples at once would
        # take more memory than the whole index.
        for start in range(0, len(pairs), 1 << 16):
            yield from ((i, j) for i, j in pairs[start : start + (1 << 16)].tolist())
