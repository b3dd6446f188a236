"""Hostile and broken captures: a clear error or a clean, reported output.

Each case must finish (no hang), never raise out of the batch API, keep
control and bidi characters out of every output field, and account for
every line it read.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import random
import re
import signal
from collections.abc import Iterator

import attrs
import pytest
import regex
from benchmarks import hostile
from hypothesis import given, settings
from hypothesis import strategies as st

import podclean
from podclean.config import Config
from podclean.errors import CaptureError, DecodeError
from podclean.io import dumps
from podclean.model import Capture, Result
from tests.conftest import SAMPLES, SEEDS, seed

FORBIDDEN = "".join(map(chr, [*range(0, 9), *range(11, 32), 0x7F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
EPISODE = "Episode one — Ann Lee\n1:02:03\n" + "Ann Lee talks about lighthouses and the sea. " * 8 + "\n"


def _sample() -> bytes:
    return (SAMPLES / "harbor-lights_directory.txt").read_bytes()


def _check(result: Result, name: str) -> None:
    assert len(result.reports) == 1
    report = result.reports[0]
    if report.error:
        assert name in report.error
    assert report.episode_lines + report.chrome_lines + report.residue_lines == report.total_lines
    for episode in result.episodes:
        line = dumps(episode)
        line.encode("utf-8")  # no lone surrogates
        assert not set(line) & set(FORBIDDEN), f"control or bidi character in {name}"


HOSTILE = {
    "empty": b"",
    "whitespace only": b"   \n\t\n \r\n  ",
    "random bytes": random.Random(7).randbytes(50_000),
    "NUL bytes": b"\x00" * 20_000,
    "UTF-16 with BOM": _sample().decode("utf-8").encode("utf-16"),
    "UTF-16 without BOM": _sample().decode("utf-8").encode("utf-16-le"),
    "HTML": (
        b"<!DOCTYPE html><html><head><style>p{}</style><script>var x=1;</script></head><body>"
        b"<nav>Home</nav><h2>Episode one &mdash; Ann Lee</h2><p>1:02:03</p><p>"
        + b"Ann Lee talks about lighthouses and the sea. " * 8
        + b"</p></body></html>"
    ),
    "Trojan Source": (
        "Episode \u202eeno\u202c — Ann Lee\n1:02:03\n" + "Ann \u2066talks\u2069 about the sea\u200b. " * 12
    ).encode(),
    "lone surrogates": None,  # a str capture, built in the test
    "control characters": ("Episode one\x07 — Ann Lee\n1:02:03\n" + "Ann talks\x1b[31m about the sea. " * 12).encode(),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_captures_get_a_clear_error_or_clean_output(name: str) -> None:
    data: bytes | str = (
        HOSTILE[name]
        if HOSTILE[name] is not None
        else "Episode \ud800 one — Ann\n1:02:03\n" + "Ann talks about the sea. " * 12
    )
    result = podclean.clean_report([Capture(name=name, data=data)])
    _check(result, name)


def test_binary_input_is_a_decode_error_when_asked_to_raise() -> None:
    with pytest.raises(DecodeError, match="binary data"):
        podclean.clean([Capture(name="blob.bin", data=b"\x00\x01\x02" * 1000)], errors="raise")


def test_a_bad_capture_does_not_stop_the_batch() -> None:
    result = podclean.clean_report(
        [Capture(name="bad.bin", data=b"\x00" * 100), Capture(name="good.txt", data=EPISODE)]
    )
    assert [e.title for e in result.episodes] == ["Episode one — Ann Lee"]
    errors = {r.capture: r.error for r in result.reports}
    assert errors["good.txt"] is None and "bad.bin" in (errors["bad.bin"] or "")


def test_every_997th_byte_truncation_of_real_pages() -> None:
    pages = [_sample(), (SAMPLES / "harbor-lights_captions-ko.txt").read_bytes()]
    if SEEDS.is_dir():  # outside CI the seeds may be absent; the samples still run
        pages.append(seed("004").read_bytes()[:30_000])
    for page in pages:
        for cut in range(0, len(page), 997):
            _check(podclean.clean_report([Capture(name=f"cut-{cut}", data=page[:cut])]), f"cut-{cut}")


def test_a_50_mb_single_line_is_parsed_in_part_and_reported() -> None:
    line = ("Ann Lee talks about the sea and lighthouses " * 1_200_000)[:50_000_000]
    result = podclean.clean_report([Capture(name="huge.txt", data=EPISODE + line)])
    _check(result, "huge.txt")
    assert any("longer than" in note for note in result.reports[0].notes)


def test_100000_copies_of_one_title_line() -> None:
    result = podclean.clean_report([Capture(name="copies.txt", data="Episode one — Ann Lee\n" * 100_000)])
    _check(result, "copies.txt")
    assert result.reports[0].total_lines == 100_000


def test_a_capture_over_the_size_limit_is_refused_with_advice() -> None:
    with pytest.raises(CaptureError, match="max_capture_bytes"):
        podclean.clean(
            [Capture(name="big.txt", data=b"x" * 2000)], config=Config(max_capture_bytes=1000), errors="raise"
        )


def test_a_capture_over_the_time_budget_is_reported() -> None:
    result = podclean.clean_report(
        [Capture(name="slow.txt", data=EPISODE * 50)], config=Config(max_seconds_per_capture=1e-9)
    )
    assert "slow.txt" in (result.reports[0].error or "") and "max_seconds_per_capture" in (
        result.reports[0].error or ""
    )


# Every compiled pattern of the package, fed generated adversarial text.

#: Pieces that patterns repeat on: a run of one of them (or of a few
#: together) is where backtracking grows; a stray tail makes a match fail late.
_PIECES = [*"aA1 :-—.[](*#|/é가中\t", "Ab-", "00:00", "1h", "A a ", "**", "'s", "http://", "\u200d", "🎙"]
_ADVERSARIAL = st.builds(
    lambda head, run, times, tail: head + "".join(run) * times + tail,
    st.lists(st.sampled_from(_PIECES), max_size=4).map("".join),
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4),
    st.integers(1, 3000),
    st.sampled_from(["", "!", "\n", " [00:00]: hello", ":", "a", "1"]),
)
#: Generous beside what any pattern takes here (milliseconds): only a
#: pattern that backtracks without bound comes near it.
_SECONDS_PER_CALL = 2.0


def _module_patterns() -> list[tuple[str, re.Pattern[str] | regex.Pattern[str]]]:
    found: dict[int, tuple[str, re.Pattern[str] | regex.Pattern[str]]] = {}

    def walk(name: str, value: object, depth: int) -> None:
        if isinstance(value, (re.Pattern, regex.Pattern)):
            if isinstance(value.pattern, str):
                found.setdefault(id(value), (name, value))
        elif depth < 3 and isinstance(value, (tuple, list, frozenset)):
            for i, item in enumerate(value):
                walk(f"{name}[{i}]", item, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for key, item in value.items():
                walk(f"{name}[{key!r}]", item, depth + 1)
        elif depth < 3 and attrs.has(type(value)):
            for field in attrs.fields(type(value)):
                walk(f"{name}.{field.name}", getattr(value, field.name), depth + 1)

    for module in pkgutil.walk_packages(podclean.__path__, "podclean."):
        if not module.name.endswith("__main__"):
            for attr, value in vars(importlib.import_module(module.name)).items():
                walk(f"{module.name}.{attr}", value, 0)
    return sorted(found.values(), key=lambda item: item[0])


MODULE_PATTERNS = _module_patterns()


class _Overran(Exception):
    pass


@contextlib.contextmanager
def _time_bound(seconds: float) -> Iterator[None]:
    def overran(signum: int, frame: object) -> None:
        raise _Overran

    previous = signal.signal(signal.SIGALRM, overran)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_the_patterns_of_every_module_are_found() -> None:
    names = {name for name, _ in MODULE_PATTERNS}
    assert {"podclean.repair.INVISIBLE", "podclean.read._NEWLINE", "podclean.text.SENTENCE_BREAK"} <= names
    assert sum(isinstance(p, re.Pattern) for _, p in MODULE_PATTERNS) >= 5
    assert sum(isinstance(p, regex.Pattern) for _, p in MODULE_PATTERNS) >= 100


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM")
@pytest.mark.parametrize(("name", "pattern"), MODULE_PATTERNS, ids=[name for name, _ in MODULE_PATTERNS])
@settings(max_examples=12)
@given(text=_ADVERSARIAL)
def test_every_compiled_pattern_is_bounded_on_adversarial_text(
    name: str, pattern: re.Pattern[str] | regex.Pattern[str], text: str
) -> None:
    for call in ("search", "finditer", "fullmatch"):
        try:
            with _time_bound(_SECONDS_PER_CALL):
                if call == "finditer":
                    for _ in pattern.finditer(text):
                        pass
                else:
                    getattr(pattern, call)(text)
        except _Overran:
            pytest.fail(f"{name}.{call} ran over {_SECONDS_PER_CALL} s on {len(text)} characters: {text[:60]!r}…")


# Each hostile capture beside a good one: the good capture's episode comes
# out exactly as it does alone, and the hostile one is accounted for.

_GOOD = Capture(
    name="good.txt",
    data="Owls at dusk — Bo Park\n48:10\n" + "Bo Park listens to owls in the woods at night. " * 8 + "\n",
)
_GENERATED: dict[str, bytes | str] = {
    "copies of one title line": hostile.title_copies(3000),
    "tiny episodes of three lines": hostile.tiny_blocks(500),
    '"Ab-" run before a transcript mark': hostile.hyphen_run(30_000),
    "part cp1252, part UTF-8": "Épisode 12 — Les marées d’équinoxe\n".encode("cp1252")
    + "48:10\nHélène raconte les marées et les phares de la côte, à l’aube.\n".encode(),
    "hidden characters in a title": "\u3164Tides\u061c at\u2800dawn\U000e0041 — Ann\ufe0f Lee\n1:02:03\n"
    + "Ann Lee talks about lighthouses and the sea. " * 8,
    "one line at the line limit": EPISODE + "Ann Lee talks about the sea " * 40_000,
}


_TITLES = {
    "part cp1252, part UTF-8": "Épisode 12 — Les marées d’équinoxe",
    "hidden characters in a title": "Tides at dawn — Ann Lee",
}


@pytest.mark.parametrize("name", sorted({*HOSTILE, *_GENERATED}))
def test_a_hostile_capture_beside_a_good_one_leaves_the_good_ones_episode_as_it_is(name: str) -> None:
    data = _GENERATED.get(name, HOSTILE.get(name)) or "Episode \ud800 one — Ann\n1:02:03\n" + "Ann talks. " * 12
    alone = podclean.clean([_GOOD])
    result = podclean.clean_report([Capture(name=name, data=data), _GOOD])
    good = [e for e in result.episodes if any(s.capture == "good.txt" for s in e.sources)]
    assert [dumps(e) for e in good] == [dumps(e) for e in alone]
    assert {r.capture for r in result.reports} == {name, "good.txt"}
    for report in result.reports:
        assert report.episode_lines + report.chrome_lines + report.residue_lines == report.total_lines
    if name in _TITLES:
        assert _TITLES[name] in {e.title for e in result.episodes}
