"""Quality floors on the labelled corpus of pages podclean has no profile for.

Every capture in tests/data/unseen with a ``NAME.expected.json`` beside it
reproduces the structure of one kind of real page (line order, gluing,
chrome, formats) with made-up shows and text; the expectations say what a
careful reader writes down. ``benchmarks/unseen_bench.py`` prints the same
scores per capture. The floors are what podclean scored when the captures
landed: they may only go up.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from benchmarks.unseen_bench import (
    FIELDS,
    UNSEEN,
    CorpusScore,
    Expectation,
    clean_alone,
    load_corpus,
    normalise,
    score_capture,
    score_corpus,
)

from podclean.config import Config
from podclean.model import Capture, Chapter, Episode, Result, Source
from podclean.read import decode
from podclean.repair import repair_document

#: Overall accuracy per field on the first corpus (FIRST_CORPUS: the
#: captures these floors were first measured on) at its last measurement
#: (benchmarks/unseen_bench.py).
FLOORS = {
    "found": 0.98,
    "title": 0.98,
    "published": 0.98,
    "duration": 0.98,
    "show": 0.96,
    "chapters": 0.99,
    "no_chrome": 0.99,
}
#: Pairwise precision and recall of the joint run's grouping.
GROUPING_FLOORS = (0.99, 0.99)
#: The whole corpus, with the harder kinds of page added after: floors of
#: its own, at what it measured when they landed.
ALL_FLOORS = {
    "found": 0.89,
    "title": 0.88,
    "published": 0.94,
    "duration": 0.93,
    "show": 0.77,
    "chapters": 0.88,
    "no_chrome": 0.96,
}
ALL_GROUPING_FLOORS = (0.83, 0.81)
#: The captures FLOORS were first measured on, by name.
FIRST_CORPUS = frozenset(
    (Path(__file__).parent / "data" / "unseen_first_corpus.txt").read_text(encoding="utf-8").split()
)
#: The corpus may grow, never shrink.
MIN_CAPTURES = 72
MIN_LANGUAGES = 23

Pair = tuple[Path, Expectation]


@pytest.fixture(scope="module")
def corpus() -> list[Pair]:
    return load_corpus(UNSEEN)


@pytest.fixture(scope="module")
def scored(corpus: list[Pair]) -> CorpusScore:
    return score_corpus([(p, e) for p, e in corpus if e.capture in FIRST_CORPUS])


@pytest.fixture(scope="module")
def scored_all(corpus: list[Pair]) -> CorpusScore:
    return score_corpus(corpus)


def test_the_corpus_covers_many_kinds_of_page_and_languages(corpus: list[Pair]) -> None:
    assert len(corpus) >= MIN_CAPTURES
    assert len({e.language for _, e in corpus}) >= MIN_LANGUAGES
    assert all(path.is_file() and e.models and e.episodes for path, e in corpus)


#: Captures podclean cannot clean yet, with what goes wrong; strict, so a fix shows.
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(e.capture, marks=pytest.mark.xfail(reason=KNOWN_FAILURES[e.capture], strict=True))
        if e.capture in KNOWN_FAILURES
        else e.capture
        for _, e in load_corpus(UNSEEN)
    ],
)
def test_every_capture_is_cleaned_and_every_line_accounted_for(corpus: list[Pair], name: str) -> None:
    path, expectation = next((p, e) for p, e in corpus if e.capture == name)
    report = clean_alone(path, expectation).reports[0]
    assert report.error is None, (path.name, report.error)
    assert report.episode_lines + report.chrome_lines + report.residue_lines == report.total_lines


def _repaired_lines(path: Path) -> tuple[str, ...]:
    return repair_document(decode(Capture(name=path.name, data=path.read_bytes()), Config())).lines


def test_expected_titles_stand_on_the_lines_the_expectations_name(corpus: list[Pair]) -> None:
    for path, expectation in corpus:
        lines = _repaired_lines(path)
        for expected in expectation.episodes:
            assert expected.title, (path.name, expected.line)
            line = normalise(lines[expected.line - 1]) or ""
            assert (normalise(expected.title) or "") in line, (path.name, expected.line, line)


def test_interface_strings_are_on_their_page_and_in_no_expected_title(corpus: list[Pair]) -> None:
    for path, expectation in corpus:
        lines = [normalise(line) or "" for line in _repaired_lines(path)]
        assert expectation.interface_strings, path.name
        for string in expectation.interface_strings:
            assert any(normalise(string) in line for line in lines), (path.name, string)
            for expected in expectation.episodes:
                assert string.casefold() not in (expected.title or "").casefold(), (path.name, string)


def test_groups_name_one_episode_on_several_pages(corpus: list[Pair]) -> None:
    pages: dict[str, set[str]] = {}
    for _, expectation in corpus:
        for expected in expectation.episodes:
            if expected.group:
                pages.setdefault(expected.group, set()).add(expectation.capture)
    assert pages and all(len(captures) >= 2 for captures in pages.values()), pages


def _perfect(expectation: Expectation) -> Result:
    """The output a flawless cleaner would give for one capture."""
    episodes = tuple(
        Episode(
            id=f"e{n}",
            title=e.title or "",
            language="und",
            show=e.show,
            published=e.published,
            duration_s=e.duration_s,
            localized={},
            chapters=tuple(Chapter(start_s=s, title=t) for s, t in e.chapters),
            sources=(
                Source(
                    capture=expectation.capture,
                    site="generic",
                    start_line=e.line,
                    end_line=e.line + 1,
                    lang="und",
                    title=e.title or "",
                ),
            ),
        )
        for n, e in enumerate(expectation.episodes)
    )
    return Result(episodes=episodes, reports=())


def test_scoring_gives_full_marks_only_to_the_right_answers(corpus: list[Pair]) -> None:
    _, expectation = next((p, e) for p, e in corpus if len(e.episodes) >= 2)
    perfect = _perfect(expectation)
    assert all(t.accuracy in (1.0, None) for t in score_capture(expectation, perfect).values())

    first, *rest = perfect.episodes
    chrome = expectation.interface_strings[0]
    wrong_source = attrs.evolve(first.sources[0], title=f"{chrome} {first.title}")
    wrong = attrs.evolve(first, sources=(wrong_source,), duration_s=7, show="Elsewhere", chapters=())
    spurious = attrs.evolve(
        first, id="x", sources=(attrs.evolve(first.sources[0], start_line=10_000, end_line=10_001),)
    )
    tallies = score_capture(expectation, Result(episodes=(wrong, *rest, spurious), reports=()))
    for field in ("title", "duration", "show", "no_chrome", "found"):
        accuracy = tallies[field].accuracy
        assert accuracy is not None and accuracy < 1.0, field


@pytest.mark.parametrize("field", FIELDS)
def test_overall_accuracy_holds_its_floor(scored: CorpusScore, field: str) -> None:
    accuracy = scored.overall[field].accuracy
    assert accuracy is not None and accuracy >= FLOORS[field], (field, accuracy)


def test_grouping_holds_its_floor(scored: CorpusScore) -> None:
    assert {error.split(":")[0] for error in scored.errors} <= set(KNOWN_FAILURES)
    assert scored.precision >= GROUPING_FLOORS[0] and scored.recall >= GROUPING_FLOORS[1]


def test_the_first_corpus_is_still_in_the_corpus(corpus: list[Pair]) -> None:
    assert {e.capture for _, e in corpus} >= FIRST_CORPUS


@pytest.mark.parametrize("field", sorted(ALL_FLOORS))
def test_overall_accuracy_on_the_whole_corpus_holds_its_floor(scored_all: CorpusScore, field: str) -> None:
    accuracy = scored_all.overall[field].accuracy
    assert accuracy is not None and accuracy >= ALL_FLOORS[field], (field, accuracy)


def test_grouping_on_the_whole_corpus_holds_its_floor(scored_all: CorpusScore) -> None:
    assert scored_all.precision >= ALL_GROUPING_FLOORS[0] and scored_all.recall >= ALL_GROUPING_FLOORS[1]
