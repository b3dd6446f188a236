"""The shipped JSON Schema holds every row podclean writes, and says what each field is."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import podclean
from podclean.io import dumps
from podclean.model import Result
from podclean.schema import episode_schema
from tests.conftest import SAMPLES

DOCS = Path(__file__).resolve().parents[1] / "docs" / "output.md"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = episode_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _problems(validator: jsonschema.Draft202012Validator, episodes: tuple[podclean.Episode, ...]) -> list[str]:
    # The JSON text, not the dict: what a reader of the output file gets.
    rows = (json.loads(dumps(e)) for e in episodes)
    return [f"{row['id']} {error.json_path}: {error.message}" for row in rows for error in validator.iter_errors(row)]


def test_every_seed_episode_validates_against_the_schema(
    validator: jsonschema.Draft202012Validator, seed_result: Result, per_capture: Result
) -> None:
    assert seed_result.episodes and per_capture.episodes
    assert _problems(validator, seed_result.episodes) == []
    assert _problems(validator, per_capture.episodes) == []


def test_the_sample_episodes_validate_against_the_schema(validator: jsonschema.Draft202012Validator) -> None:
    episodes = podclean.clean(sorted(SAMPLES.glob("*.txt")))
    assert episodes and _problems(validator, tuple(episodes)) == []


def test_a_retyped_field_fails_the_schema(validator: jsonschema.Draft202012Validator, seed_result: Result) -> None:
    row = seed_result.episodes[0].to_dict()
    assert validator.is_valid(row)
    assert not validator.is_valid({**row, "duration_s": "4200"})
    assert not validator.is_valid({**row, "conflict_values": {"duration_s": [[4200], [4212]]}})
    assert not validator.is_valid({k: v for k, v in row.items() if k != "links"})


def _properties(schema: dict[str, Any], path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    for name, sub in schema.get("properties", {}).items():
        yield f"{path}{name}", sub
        for nested in (sub, sub.get("items", {}), sub.get("additionalProperties") or {}, *sub.get("oneOf", ())):
            if isinstance(nested, dict) and "properties" in nested:
                yield from _properties(nested, f"{path}{name}.")


def test_every_field_of_the_schema_is_described_and_documented() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    for path, sub in _properties(episode_schema()):
        assert sub.get("description"), path
        assert f"`{path}`" in docs, f"{path} is not in docs/output.md"
