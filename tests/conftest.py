"""Shared fixtures: the seed captures, and fixed hypothesis budgets for CI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import podclean
from podclean.config import Config
from podclean.model import Capture, Result

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
SAMPLES = Path(podclean.__file__).parent / "samples"

# A fixed example budget and derandomised search keep CI fast and repeatable;
# run with --hypothesis-profile=long for a deeper search.
settings.register_profile(
    "default", max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")


def seed_paths() -> list[Path]:
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the seed captures are missing: expected them in {SEEDS}")
        pytest.skip(f"seed captures not found at {SEEDS}; put the shared/ folder beside the checkout")
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return seed_paths()


@pytest.fixture(scope="session")
def seed_captures(seed_files: list[Path]) -> list[Capture]:
    return [Capture(name=p.name, data=p.read_bytes()) for p in seed_files]


@pytest.fixture(scope="session")
def seed_result(seed_captures: list[Capture]) -> Result:
    return podclean.clean_report(seed_captures, config=Config())


@pytest.fixture(scope="session")
def per_capture(seed_captures: list[Capture]) -> Result:
    """Each seed cleaned on its own: block-level fields, before cross-page merging."""
    results = [podclean.clean_report([c], config=Config()) for c in seed_captures]
    return Result(
        episodes=tuple(e for r in results for e in r.episodes),
        reports=tuple(rep for r in results for rep in r.reports),
    )


def seed(name_prefix: str) -> Path:
    """The seed capture whose file name starts with ``name_prefix``."""
    for path in seed_paths():
        if path.name.startswith(name_prefix):
            return path
    raise FileNotFoundError(name_prefix)
