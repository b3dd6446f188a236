"""Records kept on disk between cleaning and merging.

Resolution needs every record's signature at once, but a record's text only
when its episode is merged. Keeping records in a temporary file between the
two passes bounds a run's memory by the signatures and the index, not by the
corpus: a transcript-heavy record is kilobytes, its signature a few hundred
bytes.
"""

from __future__ import annotations

import pickle
import tempfile
from array import array
from types import TracebackType

from podclean.model import Record


class RecordSpill:
    """An append-only sequence of records in a temporary file, read back by position."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close() or the with block
        self._offsets = array("q")
        self._end = 0

    def append(self, record: Record) -> int:
        """Store a record; return its position."""
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.seek(self._end)
        self._file.write(data)
        self._offsets.append(self._end)
        self._end += len(data)
        return len(self._offsets) - 1

    def __getitem__(self, position: int) -> Record:
        start = self._offsets[position]
        end = self._offsets[position + 1] if position + 1 < len(self._offsets) else self._end
        self._file.seek(start)
        record = pickle.loads(self._file.read(end - start))
        if not isinstance(record, Record):  # pragma: no cover - only we write this file
            raise TypeError(f"spill file holds {type(record).__name__} at {position}")
        return record

    def __len__(self) -> int:
        return len(self._offsets)

    def close(self) -> None:
        """Delete the temporary file."""
        self._file.close()

    def __enter__(self) -> RecordSpill:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
