"""CSV: one flat row per episode, for spreadsheets and quick looks.

Nested fields are flattened to documented columns (``docs/formats.md``):
lists of names are joined with " | ", structured parts are counted. The
JSON Lines and Parquet outputs keep everything; this one keeps what fits a
cell.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO, Any

#: The columns, in order; ``docs/formats.md`` says what each holds.
COLUMNS = (
    "id",
    "title",
    "language",
    "show",
    "published",
    "published_relative",
    "duration_s",
    "description",
    "languages",
    "tags",
    "people",
    "links",
    "chapters",
    "transcript_turns",
    "sources",
    "captures",
    "conflicts",
)
JOIN = " | "


def flatten(row: dict[str, Any]) -> dict[str, str | int | None]:
    """One episode's JSON row as one CSV row."""
    localized: dict[str, dict[str, Any]] = row["localized"]
    own = localized.get(row["language"]) or {}
    description = own.get("description")
    if description is None:
        description = next((text["description"] for text in localized.values() if text["description"]), None)
    relative = row["published_relative"]
    return {
        "id": row["id"],
        "title": row["title"],
        "language": row["language"],
        "show": row["show"],
        "published": row["published"],
        "published_relative": None if relative is None else relative["text"],
        "duration_s": row["duration_s"],
        "description": description,
        "languages": JOIN.join(localized),
        "tags": JOIN.join(row["tags"]),
        "people": JOIN.join(person["name"] for person in row["people"]),
        "links": JOIN.join(row["links"]),
        "chapters": len(row["chapters"]),
        "transcript_turns": len(row["transcript"]),
        "sources": len(row["sources"]),
        "captures": JOIN.join(sorted({source["capture"] for source in row["sources"]})),
        "conflicts": JOIN.join(row["conflicts"]),
    }


def write(lines: Iterable[bytes], out: IO[bytes]) -> int:
    """Write JSON Lines rows as CSV (UTF-8, a header row, RFC 4180 quoting); return how many."""
    text = io.TextIOWrapper(out, encoding="utf-8", errors="backslashreplace", newline="", write_through=True)
    try:
        writer = csv.DictWriter(text, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        count = 0
        for line in lines:
            writer.writerow(flatten(json.loads(line)))
            count += 1
        text.flush()
        return count
    finally:
        text.detach()
