"""Output stays byte-identical unless a change means to alter it (see tests/output_digest.py)."""

from __future__ import annotations

import pytest

from tests.output_digest import CORPORA, digest, stored


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_output_matches_the_recorded_digest(name: str) -> None:
    assert digest(CORPORA[name]()) == stored()[name], (
        f"the output on {name!r} changed: if that is meant, run `python -m tests.output_digest --write` "
        "and say in the commit message what changed and why"
    )
