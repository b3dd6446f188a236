"""Field accuracy on the seeds against the hand labels (tests/seed_fields.py).

The floors are what podclean measured when they were set; they may only go
up. ``benchmarks/fields_bench.py`` prints the same figures.
"""

from __future__ import annotations

import pytest

from podclean.model import Result
from tests.conftest import SEEDS
from tests.field_scores import Scores, score
from tests.seed_fields import CHAPTER_TITLES, LINKS, SPEAKERS, text

#: Lowest accepted figure per field, as measured.
FLOORS = {
    "chapter titles": 0.97,
    "chapter starts": 1.0,
    "turns": 1.0,
    "speakers F1": 1.0,
    "links precision": 1.0,
    "links recall": 1.0,
}
#: Most turns allowed to hold a speaker marker in their text, as measured.
MOST_GLUED_MARKERS = 0


@pytest.fixture(scope="module")
def scores(per_capture: Result) -> Scores:
    return score(per_capture.episodes, SEEDS)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_accuracy_on_the_seeds_holds_its_floor(scores: Scores, field: str) -> None:
    assert scores.figures()[field] >= FLOORS[field]


def test_turns_with_a_glued_speaker_marker_do_not_grow(scores: Scores) -> None:
    assert scores.glued_markers <= MOST_GLUED_MARKERS


def test_the_labels_point_at_the_text_they_name() -> None:
    # A label whose span slipped would score anything; each span must hold
    # the kind of text it labels.
    pages = {p.name[:3]: p.read_text(encoding="utf-8").split("\n") for p in sorted(SEEDS.glob("*.txt"))}
    for prefix, by_line in CHAPTER_TITLES.items():
        for chapters in by_line.values():
            for span in chapters.values():
                title = text(pages[prefix], span)
                assert title == title.strip() and title, (prefix, span)
    for prefix, link_lines in LINKS.items():
        for spans in link_lines.values():
            assert all(text(pages[prefix], s).startswith("https://") for s in spans), prefix
    for prefix, speaker_lines in SPEAKERS.items():
        for spans in speaker_lines.values():
            assert all(text(pages[prefix], s)[:1].isalpha() for s in spans), prefix
