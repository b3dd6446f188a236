"""Output formats: JSON Lines (the contract), Parquet and CSV.

Every format is written from the same rows, :meth:`Episode.to_dict`, in id
order, so the formats never disagree with each other or with the contract.
Episodes wait in a temporary JSON Lines spill until all are merged; only
ids and offsets stay in memory. One module per format; Parquet needs the
``parquet`` extra (pyarrow) and is imported only when asked for.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from pathlib import PurePath
from typing import IO, Literal, get_args

from podclean.errors import ConfigError
from podclean.io import dumps, encode_text
from podclean.model import Episode

Format = Literal["jsonl", "parquet", "csv"]
FORMATS: tuple[Format, ...] = get_args(Format)
_SUFFIXES: dict[str, Format] = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv"}


def format_for(path: str | None, asked: str | None = None) -> Format:
    """The format asked for, or the one an output file's suffix names (JSON Lines otherwise)."""
    if asked is not None:
        for known in FORMATS:
            if asked == known:
                return known
        raise ConfigError(f"unknown output format {asked!r}: use one of {', '.join(FORMATS)}")
    if path is None:
        return "jsonl"
    return _SUFFIXES.get(PurePath(path).suffix.lower(), "jsonl")


def lines_by_id(episodes: Iterable[Episode]) -> Iterator[bytes]:
    """Each episode's JSON Lines line (UTF-8, newline-terminated), in id order."""
    index: list[tuple[str, int, int]] = []
    with tempfile.TemporaryFile() as spill:
        for episode in episodes:
            data = encode_text(dumps(episode) + "\n")
            index.append((episode.id, spill.tell(), len(data)))
            spill.write(data)
        index.sort()
        for _, start, size in index:
            spill.seek(start)
            yield spill.read(size)


def write(episodes: Iterable[Episode], out: IO[bytes], fmt: Format = "jsonl") -> int:
    """Write episodes to a binary file in id order, whatever order they come in; return how many."""
    lines = lines_by_id(episodes)
    if fmt == "parquet":
        from podclean.formats import parquet

        return parquet.write(lines, out)
    if fmt == "csv":
        from podclean.formats import csv_rows

        return csv_rows.write(lines, out)
    count = 0
    for line in lines:
        out.write(line)
        count += 1
    return count
