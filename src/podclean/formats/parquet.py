"""Arrow tables and Parquet files of episodes (the ``parquet`` extra: pyarrow).

The columns are the JSON row's keys, nested fields as Arrow structs, lists
and maps, so pandas, polars and Hugging Face ``datasets`` read the table
directly and a row read back equals the JSON Lines row field by field. One
exception, because their values may be of any field's type: ``conflicts`` and
``conflict_values`` map each field to the JSON text of its conflicting values.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from podclean.errors import ConfigError
from podclean.model import Episode

if TYPE_CHECKING:
    import pyarrow as pa

#: Rows per Parquet row group and per conversion batch.
BATCH_ROWS = 4096
#: Columns that map a field to its values as JSON text, the values being of any field's type.
_JSON_MAPS = ("conflicts", "conflict_values")


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as error:
        raise ConfigError("Arrow and Parquet output need pyarrow: pip install 'podclean[parquet]'") from error
    return pyarrow


def schema() -> pa.Schema:
    """The Arrow schema of an episode row."""
    pa = _pyarrow()
    text = pa.string()
    integer = pa.int64()

    def struct(**fields: Any) -> Any:
        return pa.struct([pa.field(name, kind) for name, kind in fields.items()])

    return pa.schema(
        [
            pa.field("id", text, nullable=False),
            pa.field("title", text, nullable=False),
            pa.field("language", text, nullable=False),
            pa.field("show", text),
            pa.field("published", text),
            pa.field("published_relative", struct(amount=integer, unit=text, text=text)),
            pa.field("duration_s", integer),
            pa.field("localized", pa.map_(text, struct(title=text, description=text, truncated=pa.bool_()))),
            pa.field("chapters", pa.list_(struct(start_s=integer, title=text, summary=text, lang=text))),
            pa.field("transcript", pa.list_(struct(speaker=text, start_s=integer, text=text))),
            pa.field("tags", pa.list_(text)),
            pa.field("people", pa.list_(struct(name=text, role=text, note=text, label=text, lang=text))),
            pa.field("entities", pa.list_(struct(name=text, kind=text, note=text, label=text, lang=text))),
            pa.field("links", pa.list_(text)),
            pa.field(
                "sources",
                pa.list_(
                    struct(
                        capture=text,
                        site=text,
                        start_line=integer,
                        end_line=integer,
                        lang=text,
                        title=text,
                        title_lang=text,
                    )
                ),
            ),
            pa.field("conflicts", pa.map_(text, text)),
            pa.field("conflict_values", pa.map_(text, text)),
        ]
    )


def arrow_row(row: dict[str, Any]) -> dict[str, Any]:
    """A JSON row in the shape :func:`schema` holds (maps as key-value pairs)."""
    return {
        **row,
        "localized": list(row["localized"].items()),
        **{
            key: [(field, json.dumps(values, ensure_ascii=False)) for field, values in row[key].items()]
            for key in _JSON_MAPS
        },
    }


def json_row(row: dict[str, Any]) -> dict[str, Any]:
    """An Arrow row (``Table.to_pylist``) back in the JSON Lines shape."""
    return {
        **row,
        "localized": dict(row["localized"]),
        **{key: {field: json.loads(values) for field, values in row[key]} for key in _JSON_MAPS},
    }


def _batches(rows: Iterable[dict[str, Any]], arrow_schema: pa.Schema) -> Iterator[pa.RecordBatch]:
    pa = _pyarrow()
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(arrow_row(row))
        if len(batch) == BATCH_ROWS:
            yield pa.RecordBatch.from_pylist(batch, schema=arrow_schema)
            batch = []
    if batch:
        yield pa.RecordBatch.from_pylist(batch, schema=arrow_schema)


def to_arrow(episodes: Iterable[Episode]) -> pa.Table:
    """Episodes as a ``pyarrow.Table``, one row each, in the order given.

    Needs the ``parquet`` extra; without pyarrow it raises
    :class:`~podclean.ConfigError` saying how to install it.
    """
    pa = _pyarrow()
    arrow_schema = schema()
    return pa.Table.from_batches(list(_batches((e.to_dict() for e in episodes), arrow_schema)), schema=arrow_schema)


def write(lines: Iterable[bytes], out: IO[bytes]) -> int:
    """Write JSON Lines rows as one Parquet file; return how many."""
    _pyarrow()
    import pyarrow.parquet as pq

    arrow_schema = schema()
    count = 0
    with pq.ParquetWriter(out, arrow_schema, compression="zstd") as writer:
        for batch in _batches((json.loads(line) for line in lines), arrow_schema):
            writer.write_batch(batch, row_group_size=BATCH_ROWS)
            count += batch.num_rows
    return count
