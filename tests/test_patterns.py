"""Every pattern podclean compiles runs in bounded time on adversarial text.

The patterns are found by walking the package, so a pattern added later is
checked too. Each one is run over long runs of the characters that patterns
like to repeat on; the `regex` module's timeout turns catastrophic
backtracking into a test failure instead of a hung CI.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator

import pytest
import regex

import podclean
from podclean.sites import GENERIC, PROFILES

LENGTH = 20_000
SEEDS = [
    "a",
    "A",
    "Aa ",
    "1",
    "1:",
    "00:00 ",
    " ",
    "#",
    "*",
    "[",
    "—",
    "a.",
    "A a ",
    "Ab Cd ",
    "**",
    "## [",
    "é",
    "가",
    "中",
    "-",
    "|",
    "A [00:00]",
    "Ab [",
    "[00:00] A",
    "- **A** (",
    "http://a",
    "1h 2min ",
    "01/02/",
    "'s ",
    "A's B ",
    "\u200d",
    "Timestamps",
    "aA",
    ". ",
    "…",
]


def _patterns() -> Iterator[tuple[str, object]]:
    seen: set[int] = set()

    def walk(name: str, value: object, depth: int = 0) -> Iterator[tuple[str, object]]:
        if isinstance(value, (regex.Pattern, re.Pattern)):
            if id(value) not in seen:
                seen.add(id(value))
                yield name, value
        elif depth < 2 and isinstance(value, (tuple, list)):
            for i, item in enumerate(value):
                yield from walk(f"{name}[{i}]", item, depth + 1)
        elif depth < 2 and isinstance(value, dict):
            for key, item in value.items():
                yield from walk(f"{name}[{key!r}]", item, depth + 1)

    for module in pkgutil.walk_packages(podclean.__path__, "podclean."):
        if module.name.endswith("__main__"):
            continue
        mod = importlib.import_module(module.name)
        for attr, value in vars(mod).items():
            yield from walk(f"{module.name}.{attr}", value)
    for profile in (*PROFILES, GENERIC):
        for kind in ("recognise_patterns", "chrome_patterns", "list_end_patterns"):
            for i, pattern in enumerate(getattr(profile, kind)):
                yield from walk(f"{profile.name}.{kind}[{i}]", pattern)


PATTERNS = sorted(_patterns(), key=lambda item: item[0])


def test_the_walk_finds_the_patterns() -> None:
    names = {name for name, _ in PATTERNS}
    assert "podclean.fields.body.PIECE_BREAK" in names
    assert len(PATTERNS) > 40


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_time_is_bounded_on_adversarial_text(name: str, pattern: object) -> None:
    for seed in SEEDS:
        text = (seed * (LENGTH // len(seed) + 1))[:LENGTH]
        start = time.perf_counter()
        if isinstance(pattern, regex.Pattern):
            for _ in pattern.finditer(text, timeout=2.0):
                pass
            pattern.search(text + "\n!", timeout=2.0)
        else:
            assert isinstance(pattern, re.Pattern)
            for _ in pattern.finditer(text):
                pass
        elapsed = time.perf_counter() - start
        assert elapsed < 2.0, f"{name} took {elapsed:.2f} s on {seed!r} × {LENGTH // len(seed)}"
