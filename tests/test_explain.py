"""podclean explain: every answer is the run's own decision, looked at."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import given

import podclean
from podclean.explain import Explainer, parse_location
from podclean.io import dumps
from podclean.model import Capture
from podclean.repair import explain_repair, repair_line
from podclean.resolve import MATCH
from podclean.testing import mojibaked, texts
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def samples() -> Explainer:
    return Explainer([SAMPLES])


@pytest.fixture(scope="module")
def seeds(seed_captures: list[Capture]) -> Explainer:
    return Explainer(seed_captures)


@pytest.mark.parametrize("which", ["samples", "seeds"])
def test_the_explained_run_is_the_run(which: str, request: pytest.FixtureRequest) -> None:
    explainer: Explainer = request.getfixturevalue(which)
    expected = podclean.clean(list(explainer.captures.values()))
    assert sorted(map(dumps, explainer.episodes)) == sorted(map(dumps, expected))


@pytest.mark.parametrize("which", ["samples", "seeds"])
def test_every_merged_episode_explains_its_sources(which: str, request: pytest.FixtureRequest) -> None:
    explainer: Explainer = request.getfixturevalue(which)
    merged = [e for e in explainer.episodes if len(e.sources) > 1]
    assert merged
    for episode in merged:
        explained = explainer.episode(episode.id)
        assert len(explained.sources) == len(episode.sources)
        assert {(s.capture, s.start_line) for s in explained.sources} == {
            (s.capture, s.start_line) for s in episode.sources
        }
        for pair in explained.pairs:
            assert pair.same_episode and pair.a.episode == pair.b.episode == episode.id
            if not pair.cannot_link:
                assert math.isclose(sum(pair.parts.values()), pair.total, abs_tol=1e-9)
        # One block is merged only through evidence that reaches the threshold
        # with some other block of the episode.
        assert any(p.matches for p in explained.pairs) or len(explained.pairs) < len(explained.sources) - 1


def test_two_blocks_of_one_page_are_never_one_episode(seeds: Explainer) -> None:
    capture = max(seeds.captures, key=lambda name: seeds.reports[name].blocks)
    blocks = [r.block for r in seeds.records if r.block.capture == capture][:2]
    pair = seeds.pair((capture, blocks[0].start_line), (capture, blocks[1].start_line))
    assert not pair.same_episode and not pair.matches
    assert "same capture, different titles" in pair.cannot_link
    assert any("cannot link" in line for line in pair.lines())


def test_pairs_across_episodes_say_no_unless_their_evidence_matched(seeds: Explainer) -> None:
    firsts = {}
    for record in seeds.records:
        firsts.setdefault(record.block.capture, record.block)
    for a, b in itertools.combinations(sorted(firsts.values(), key=lambda b: b.capture), 2):
        pair = seeds.pair((a.capture, a.start_line), (b.capture, b.start_line))
        assert pair.threshold == MATCH
        assert pair.same_episode == (pair.a.episode == pair.b.episode)


@pytest.mark.parametrize("which", ["samples", "seeds"])
def test_every_line_is_explained_as_the_report_counted_it(which: str, request: pytest.FixtureRequest) -> None:
    explainer: Explainer = request.getfixturevalue(which)
    for name in sorted(explainer.captures)[:3]:
        report = explainer.reports[name]
        roles = Counter(explainer.line(name, n).role for n in range(1, report.total_lines + 1))
        assert roles["episode"] == report.episode_lines
        assert roles["residue"] == report.residue_lines
        assert roles["chrome"] + roles["blank"] == report.chrome_lines
        # The report lists each chrome line with its rule: its counts are made of them.
        listed = Counter(rule for _, rule, _ in report.chrome)
        assert all(listed[rule] <= count for rule, count in report.chrome_rules.items())
        assert sum(listed.values()) + report.chrome_rules.get("blank", 0) >= report.chrome_lines


def test_a_line_explains_its_repairs(samples: Explainer) -> None:
    name = next(n for n in samples.captures if n.endswith("translations-es.txt"))
    lines = [samples.line(name, n) for n in range(1, samples.reports[name].total_lines + 1)]
    repaired = [line for line in lines if line.repairs]
    assert repaired, "the sample translation page holds mojibake"
    for line in repaired:
        assert line.text == repair_line(line.raw) != line.raw


@given(texts())
def test_the_repair_steps_end_where_repair_ends(text: str) -> None:
    for variant in (text, mojibaked(text)):
        steps = explain_repair(variant)
        assert (steps[-1][1] if steps else variant) == repair_line(variant, fast=False)
        assert all(before != after for (_, before), (_, after) in itertools.pairwise([("", variant), *steps]))


def test_unknown_questions_get_errors_a_user_can_act_on(samples: Explainer) -> None:
    with pytest.raises(podclean.ConfigError, match="not one of the captures"):
        samples.line("missing.txt", 1)
    with pytest.raises(podclean.ConfigError, match="lines 1 to"):
        samples.line(next(iter(samples.captures)), 10**6)
    with pytest.raises(podclean.ConfigError, match="no episode"):
        samples.episode("ep-0000")
    with pytest.raises(podclean.ConfigError, match="CAPTURE:LINE"):
        parse_location("a.txt")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "podclean", *args], capture_output=True, text=True, timeout=120)


def test_the_command_line_answers_the_three_questions(samples: Explainer) -> None:
    episode = next(e for e in samples.episodes if len(e.sources) > 1)
    a, b = episode.sources[:2]
    done = _run("explain", str(SAMPLES), "--episode", episode.id)
    assert done.returncode == 0, done.stderr
    assert episode.id in done.stdout and "against" in done.stdout
    short = a.capture.rsplit("/", 1)[-1]
    done = _run("explain", str(SAMPLES), "--pair", f"{short}:{a.start_line}", f"{b.capture}:{b.start_line}")
    assert done.returncode == 0, done.stderr
    assert "same episode in the output: yes" in done.stdout
    done = _run("explain", str(SAMPLES), "--line", f"{a.capture}:1")
    assert done.returncode == 0, done.stderr
    assert f"{a.capture}:1: chrome" in done.stdout
    bad = _run("explain", str(SAMPLES), "--line", "nothing.txt:1")
    assert bad.returncode == 2 and "not one of the captures" in bad.stderr
