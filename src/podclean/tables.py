"""Derived tables: built once from their sources, then memory-mapped from a compact file.

Language identification reads two large tables derived from other packages'
data: wordfreq's word lists merged into one lexicon, and langdetect's n-gram
probabilities. Deriving them costs about a second at every start, more than a
whole run over a few pages takes. Each is built the first time it is needed,
written to a file in podclean's cache folder and, from then on, mapped into
memory, which takes milliseconds and lets forked or spawned workers share the
pages.

A table file is named by a key made of its source versions and its format,
so a new wordfreq or langdetect builds a new file; a file that cannot be read
or written (a read-only home, a full disk) only means the table is built in
memory, as before. The cache folder is ``$PODCLEAN_CACHE_DIR`` if set, else
``$XDG_CACHE_HOME/podclean`` or ``~/.cache/podclean``: this module is the one
place that reads it.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import mmap
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import numpy as np

#: Bump when the layout of any table changes: old files are then ignored.
FORMAT = 1
_MAGIC = b"podclean-table\n"

Arrays = Mapping[str, np.ndarray]


def cache_dir() -> Path | None:
    """Where derived tables are kept (``None`` when no folder can be named)."""
    explicit = os.environ.get("PODCLEAN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "podclean"
    try:
        return Path.home() / ".cache" / "podclean"
    except RuntimeError:  # no home directory to speak of
        return None


def _file_name(name: str, sources: str) -> str:
    key = hashlib.blake2b(f"{FORMAT}|{sources}".encode(), digest_size=8).hexdigest()
    return f"{name}-{key}.table"


def _write(path: Path, arrays: Arrays) -> None:
    header: dict[str, tuple[str, list[int], int]] = {}
    offset = 0
    for field, array in arrays.items():
        header[field] = (array.dtype.str, list(array.shape), offset)
        offset += array.nbytes
    head = json.dumps(header, sort_keys=True).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written whole under a temporary name, then renamed: a reader never
    # maps a file that is still being written.
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as out:
        try:
            out.write(_MAGIC + len(head).to_bytes(8, "little") + head)
            for array in arrays.values():
                out.write(np.ascontiguousarray(array).tobytes())
        except BaseException:
            out.close()
            os.unlink(out.name)
            raise
    os.replace(out.name, path)


def _read(path: Path) -> dict[str, np.ndarray]:
    with open(path, "rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    if mapped[: len(_MAGIC)] != _MAGIC:
        raise ValueError(f"{path} is not a podclean table")
    start = len(_MAGIC) + 8
    size = int.from_bytes(mapped[len(_MAGIC) : start], "little")
    header = json.loads(mapped[start : start + size])
    base = start + size
    arrays: dict[str, np.ndarray] = {}
    for field, (dtype, shape, offset) in header.items():
        count = int(np.prod(shape))
        arrays[field] = np.frombuffer(mapped, dtype=np.dtype(dtype), count=count, offset=base + offset).reshape(shape)
    return arrays


def load(name: str, sources: str, build: Callable[[], Arrays]) -> Mapping[str, np.ndarray]:
    """The arrays of table ``name``: mapped from the cache, or built (and cached).

    ``sources`` names what the table is derived from (package versions), so
    that a change of source is a new file; ``build`` derives the arrays.
    """
    folder = cache_dir()
    path = folder / _file_name(name, sources) if folder is not None else None
    if path is not None and path.is_file():
        try:
            return _read(path)
        except (OSError, ValueError, KeyError, TypeError):
            pass  # a damaged or foreign file: build again and replace it
    arrays = build()
    if path is not None:
        # An unwritable cache only costs the next run the build.
        with contextlib.suppress(OSError):
            _write(path, arrays)
    return arrays


def strings(blob: np.ndarray, offsets: np.ndarray, i: int) -> str:
    """String ``i`` of a table's UTF-8 blob, cut at its ``offsets`` (one more than strings)."""
    return bytes(blob[int(offsets[i]) : int(offsets[i + 1])]).decode("utf-8")


def pack_strings(items: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """A list of strings as one UTF-8 blob and the offsets that cut it (for :func:`strings`)."""
    encoded = [s.encode("utf-8") for s in items]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets


_MISSING = object()
#: Look-ups remembered per table; a corpus's vocabulary fits, and past this
#: the memo starts again rather than grow without bound.
_MEMO_LIMIT = 1 << 18


class SortedStrings:
    """Binary search in a sorted table of UTF-8 strings (code-point order = byte order).

    >>> blob, offsets = pack_strings(["ab", "b", "ça"])
    >>> table = SortedStrings(blob, offsets)
    >>> table.index("b"), table.index("c")
    (1, None)
    """

    def __init__(self, blob: np.ndarray, offsets: np.ndarray) -> None:
        # Plain bytes and a memoryview of int64: slicing and indexing them is
        # several times cheaper than through numpy scalars, and copying the
        # blob costs a millisecond.
        self._blob = bytes(blob)
        self._offsets = np.ascontiguousarray(offsets, dtype=np.int64).data.cast("B").cast("q")
        self._count = len(offsets) - 1

    def __len__(self) -> int:
        return self._count

    def index(self, text: str) -> int | None:
        """Where ``text`` is in the table, or ``None``."""
        key = text.encode("utf-8")
        blob, offsets = self._blob, self._offsets
        lo, hi = 0, self._count
        while lo < hi:
            mid = (lo + hi) // 2
            if blob[offsets[mid] : offsets[mid + 1]] < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < self._count and blob[offsets[lo] : offsets[lo + 1]] == key:
            return lo
        return None


class Lexicon:
    """Word → ((language number, Zipf frequency), …) from a table built by :func:`lexicon_arrays`."""

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        self._words = SortedStrings(arrays["words"], arrays["word_offsets"])
        self._runs = np.ascontiguousarray(arrays["runs"], dtype=np.int64).data.cast("B").cast("q")
        self._languages = bytes(np.ascontiguousarray(arrays["languages"], dtype=np.uint8))
        self._zipf = np.ascontiguousarray(arrays["zipf"], dtype=np.float64).data.cast("B").cast("d")
        self._memo: dict[str, object] = {}

    def __len__(self) -> int:
        return len(self._words)

    def get(self, word: str) -> tuple[tuple[int, float], ...] | None:
        """The languages that know ``word`` and its frequency in each, or ``None``."""
        found = self._memo.get(word, _MISSING)
        if found is _MISSING:
            i = self._words.index(word)
            found = None
            if i is not None:
                found = tuple((self._languages[k], self._zipf[k]) for k in range(self._runs[i], self._runs[i + 1]))
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[word] = found
        return found  # type: ignore[return-value]


def lexicon_arrays(merged: Mapping[str, tuple[tuple[int, float], ...]]) -> dict[str, np.ndarray]:
    """The arrays of a :class:`Lexicon` holding ``merged`` (word → pairs)."""
    words = sorted(merged)
    blob, offsets = pack_strings(words)
    runs = np.zeros(len(words) + 1, dtype=np.int64)
    np.cumsum([len(merged[w]) for w in words], out=runs[1:])
    pairs = [pair for w in words for pair in merged[w]]
    return {
        "words": blob,
        "word_offsets": offsets,
        "runs": runs,
        "languages": np.array([k for k, _ in pairs], dtype=np.uint8),
        "zipf": np.array([z for _, z in pairs], dtype=np.float64),
    }


class RowMap(Mapping[str, tuple[float, ...]]):
    """Key → a row of floats, from a key list and a matrix (rows as tuples, memoised).

    What langdetect reads as its n-gram table: ``gram in table`` and
    ``table[gram][i]``; tuples hold the same floats the lists it builds do.
    """

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        raw, cuts = bytes(arrays["keys"]), arrays["key_offsets"].tolist()
        self._row = {raw[a:b].decode("utf-8"): i for i, (a, b) in enumerate(itertools.pairwise(cuts))}
        self._matrix = arrays["rows"]
        self._memo: dict[str, tuple[float, ...]] = {}

    def __contains__(self, key: object) -> bool:
        return key in self._row

    def __getitem__(self, key: str) -> tuple[float, ...]:
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = tuple(self._matrix[self._row[key]].tolist())
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)


def row_map_arrays(table: Mapping[str, list[float] | tuple[float, ...]], width: int) -> dict[str, np.ndarray]:
    """The arrays of a :class:`RowMap` holding ``table``, rows ``width`` wide, keys in table order."""
    keys = list(table)
    blob, offsets = pack_strings(keys)
    rows = np.array([table[k] for k in keys], dtype=np.float64).reshape(len(keys), width)
    return {"keys": blob, "key_offsets": offsets, "rows": rows}
