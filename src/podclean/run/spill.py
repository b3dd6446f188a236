"""Records kept between cleaning and merging: in memory up to a budget, then on disk.

Resolution needs every record's signature at once, but a record's text only
when its episode is merged. Keeping records in a temporary file between the
two passes bounds a run's memory by the signatures and the index, not by the
corpus: a transcript-heavy record is kilobytes, its signature a few hundred
bytes. A small run never touches the disk: the first records stay in memory
until their text reaches :data:`MEMORY_BUDGET`, which spares pickling them
(a tenth of the time of a run over a few pages).
"""

from __future__ import annotations

import pickle
import tempfile
from array import array
from types import TracebackType

from podclean.model import Record

#: Characters of record text held in memory before records go to disk.
MEMORY_BUDGET = 32 << 20


def _size(record: Record) -> int:
    """About how many characters a record holds (its body lines, parsed and raw)."""
    return 2 * (len(record.description) + sum(len(text) for _, text in record.block.body)) + 256


class RecordSpill:
    """An append-only sequence of records, read back by position."""

    def __init__(self, memory_budget: int = MEMORY_BUDGET) -> None:
        self._budget = memory_budget
        self._held: list[Record] = []
        self._held_size = 0
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close() or the with block
        self._offsets = array("q")
        self._end = 0

    def append(self, record: Record) -> int:
        """Store a record; return its position."""
        if not self._offsets:
            size = _size(record)
            if self._held_size + size <= self._budget:
                self._held.append(record)
                self._held_size += size
                return len(self._held) - 1
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.seek(self._end)
        self._file.write(data)
        self._offsets.append(self._end)
        self._end += len(data)
        return len(self) - 1

    def __getitem__(self, position: int) -> Record:
        if position < len(self._held):
            return self._held[position]
        position -= len(self._held)
        start = self._offsets[position]
        end = self._offsets[position + 1] if position + 1 < len(self._offsets) else self._end
        self._file.seek(start)
        record = pickle.loads(self._file.read(end - start))
        if not isinstance(record, Record):  # pragma: no cover - only we write this file
            raise TypeError(f"spill file holds {type(record).__name__} at {position}")
        return record

    def __len__(self) -> int:
        return len(self._held) + len(self._offsets)

    def close(self) -> None:
        """Forget the records and delete the temporary file."""
        self._held = []
        self._file.close()

    def __enter__(self) -> RecordSpill:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
