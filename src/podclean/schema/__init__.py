"""The JSON Schema of the output: one episode row (``episode.schema.json``).

The schema ships with the package and describes every key of
:meth:`podclean.Episode.to_dict` as this version writes it; ``docs/output.md``
says what each field means. Rows of a later version may hold keys this
schema does not name (the contract is only ever extended), so a reader
that must accept those validates with ``additionalProperties`` relaxed.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

#: The file name of the episode schema inside this package.
EPISODE_SCHEMA = "episode.schema.json"


@functools.cache
def _text() -> str:
    return resources.files(__name__).joinpath(EPISODE_SCHEMA).read_text(encoding="utf-8")


def episode_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one JSON Lines row, as a new dict.

    >>> episode_schema()["properties"]["duration_s"]["type"]
    ['integer', 'null']
    """
    schema: dict[str, Any] = json.loads(_text())
    return schema
