"""Shows and guests on the real captures, against the hand labels in seed_people.

The floors are what podclean measured when they were set; they may only go up.
"""

from __future__ import annotations

from podclean.model import Result
from tests.seed_people import GUESTS, SHOWS, guest_scores, show_accuracy

SHOW_ACCURACY_FLOOR = 1.0
GUEST_PRECISION_FLOOR = 1.0
GUEST_RECALL_FLOOR = 1.0


def test_the_labels_cover_every_seed_episode(seed_result: Result) -> None:
    assert len(SHOWS) == len(seed_result.episodes)
    assert len(GUESTS) >= 12


def test_show_accuracy_on_the_seeds(seed_result: Result) -> None:
    assert show_accuracy(seed_result.episodes) >= SHOW_ACCURACY_FLOOR


def test_guest_precision_and_recall_on_the_seeds(seed_result: Result) -> None:
    precision, recall = guest_scores(seed_result.episodes)
    assert precision >= GUEST_PRECISION_FLOOR
    assert recall >= GUEST_RECALL_FLOOR
