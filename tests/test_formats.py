"""The output formats: Parquet and CSV say what the JSON Lines output says."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

import podclean
from podclean.errors import ConfigError
from podclean.formats import FORMATS, format_for, write
from podclean.formats.csv_rows import COLUMNS, flatten
from podclean.formats.parquet import json_row, schema
from podclean.model import Episode, Localized, Source
from podclean.testing import texts
from tests.conftest import SAMPLES


def _jsonl_rows(episodes: list[Episode]) -> list[dict[str, Any]]:
    out = io.BytesIO()
    write(episodes, out, "jsonl")
    return [json.loads(line) for line in out.getvalue().splitlines()]


def _parquet_rows(episodes: list[Episode]) -> list[dict[str, Any]]:
    out = io.BytesIO()
    assert write(episodes, out, "parquet") == len(episodes)
    return [json_row(row) for row in pq.read_table(io.BytesIO(out.getvalue())).to_pylist()]


def test_parquet_equals_json_lines_on_the_seeds_and_samples(seed_result: podclean.Result) -> None:
    episodes = list(seed_result.episodes) + podclean.clean([SAMPLES])
    rows = _jsonl_rows(episodes)
    assert len(rows) == len(episodes) > 40
    assert _parquet_rows(episodes) == rows


def test_every_written_format_is_in_id_order(seed_result: podclean.Result) -> None:
    episodes = list(reversed(seed_result.episodes))
    ids = sorted(e.id for e in episodes)
    assert [r["id"] for r in _jsonl_rows(episodes)] == ids
    assert [r["id"] for r in _parquet_rows(episodes)] == ids
    out = io.BytesIO()
    write(episodes, out, "csv")
    assert [r["id"] for r in csv.DictReader(io.StringIO(out.getvalue().decode("utf-8")))] == ids


def _names(kind: pa.DataType) -> Any:
    """The field names of a type, nested like the JSON row they describe."""
    if pa.types.is_struct(kind):
        return {kind.field(i).name: _names(kind.field(i).type) for i in range(kind.num_fields)}
    if pa.types.is_list(kind):
        return _names(kind.value_type)
    if pa.types.is_map(kind):
        return _names(kind.item_type)
    return None


def _keys(value: Any) -> Any:
    if isinstance(value, list):
        return _keys(value[0]) if value else None
    if isinstance(value, dict):
        return {k: _keys(v) for k, v in value.items()}
    return None


def test_the_arrow_schema_names_every_key_of_the_json_row(seed_result: podclean.Result) -> None:
    # A field added to the contract and forgotten here fails this test, not a user's run.
    arrow = {field.name: _names(field.type) for field in schema()}
    full = max(seed_result.episodes, key=lambda e: (bool(e.chapters), bool(e.transcript), bool(e.people)))
    row = full.to_dict()
    assert arrow.keys() == row.keys()
    for name in ("published_relative", "chapters", "transcript", "people", "entities", "sources"):
        sample = next((e.to_dict()[name] for e in seed_result.episodes if e.to_dict()[name]), None)
        if sample is not None:
            assert _keys(sample) == arrow[name], name
    localized = next(iter(row["localized"].values()))
    assert _keys(localized) == arrow["localized"]


def test_to_arrow_is_a_table_pandas_style_readers_take(seed_result: podclean.Result) -> None:
    episodes = list(seed_result.episodes)
    table = podclean.to_arrow(episodes)
    assert table.num_rows == len(episodes)
    assert table.schema == schema()
    assert [json_row(r) for r in table.to_pylist()] == [e.to_dict() for e in episodes]


def test_csv_has_the_documented_columns_and_one_row_per_episode(seed_result: podclean.Result) -> None:
    episodes = list(seed_result.episodes)
    out = io.BytesIO()
    assert write(episodes, out, "csv") == len(episodes)
    reader = csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    rows = list(reader)
    by_id = {e.id: e for e in episodes}
    assert len(rows) == len(episodes)
    for row in rows:
        episode = by_id[row["id"]]
        assert row["title"] == episode.title
        assert int(row["sources"]) == len(episode.sources)
        assert int(row["chapters"]) == len(episode.chapters)
        assert row["duration_s"] == ("" if episode.duration_s is None else str(episode.duration_s))


@given(title=texts(), description=texts(max_size=300), show=st.none() | texts(max_size=30))
def test_csv_cells_survive_any_text(title: str, description: str, show: str | None) -> None:
    # Commas, quotes and line breaks inside a cell must come back as written.
    episode = Episode(
        id="ep-1",
        title=title,
        language="en",
        show=show,
        published=None,
        duration_s=None,
        localized={"en": Localized(title=title, description=description)},
        sources=(Source(capture="a,b\n.txt", site="generic", start_line=1, end_line=2, lang="en", title=title),),
    )
    out = io.BytesIO()
    write([episode], out, "csv")
    (row,) = csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline=""))
    expected = {k: "" if v is None else str(v) for k, v in flatten(episode.to_dict()).items()}
    assert row == expected
    assert row["title"] == title and row["description"] == description


def test_the_format_comes_from_the_option_or_the_suffix() -> None:
    assert format_for(None) == "jsonl"
    assert format_for("out/episodes.PARQUET") == "parquet"
    assert format_for("episodes.csv") == "csv"
    assert format_for("episodes.csv", "jsonl") == "jsonl"
    assert set(FORMATS) == {"jsonl", "parquet", "csv"}
    with pytest.raises(ConfigError, match="use one of"):
        format_for(None, "xml")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "podclean", *args], capture_output=True, text=True, timeout=120)


def test_the_command_line_writes_parquet_that_equals_its_json_lines(tmp_path: Path) -> None:
    jsonl, parquet = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    for out in (jsonl, parquet):
        done = _run("clean", str(SAMPLES), "-q", "-o", str(out), "--captured-at", "2026-03-16")
        assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert rows and [json_row(r) for r in pq.read_table(parquet).to_pylist()] == rows


def test_the_command_line_writes_csv_to_stdout_and_refuses_parquet_there() -> None:
    done = _run("clean", str(SAMPLES), "-q", "--format", "csv")
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split(",") == list(COLUMNS) and rows
    refused = _run("clean", str(SAMPLES), "-q", "--format", "parquet")
    assert refused.returncode == 2 and "-o" in refused.stderr and not refused.stdout
