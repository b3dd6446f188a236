"""Episode and season numbers, from the words the language records give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from podclean.fields.numbers import find_number


def test_episode_numbers_in_the_forms_pages_write() -> None:
    cases = {
        "EP05": (None, 5),
        "Ep. 7: Tides": (None, 7),
        "Episode 12 — Rivers": (None, 12),
        "#31 Bamboo frames": (None, 31),
        "Folge 3: Lehm": (None, 3),
        "Afsnit 23: Elpriser": (None, 23),
        "Aflevering 37: Polders": (None, 37),
        "Eps 19: Sawah": (None, 19),
        "Odcinek 4": (None, 4),
        "第3回 港の話": (None, 3),
        "제12화 바다": (None, 12),
        "128화. 블랙홀은 정말 검을까": (None, 128),
        "S2E4": (2, 4),
        "S02E14 · Reefs": (2, 14),
        "Season 2, Episode 4": (2, 4),
        "Staffel 3 Folge 9": (3, 9),
    }
    for text, (season, episode) in cases.items():
        found = find_number(text)
        assert found is not None and (found.season, found.episode) == (season, episode), text


def test_an_episode_number_glued_to_a_date_ends_at_its_digits() -> None:
    found = find_number("EP05April 22, 2026")
    assert found is not None and found.episode == 5 and (found.start, found.end) == (0, 4)


def test_a_bare_figure_or_a_word_that_starts_like_one_is_no_episode_number() -> None:
    for text in ("12 ways to cook rice", "Epic tales 5", "C# for beginners", "Sep 30, 2025", "12화요일의 바다"):
        assert find_number(text) is None, text


@given(st.integers(0, 9999), st.sampled_from(["EP", "Ep. ", "Episode ", "#", "Folge ", "Bölüm ", "Episodio "]))
def test_episode_numbers_round_trip(number: int, prefix: str) -> None:
    found = find_number(f"{prefix}{number}: A title")
    assert found is not None and found.episode == number


@given(st.text(max_size=200))
def test_number_reading_never_raises(text: str) -> None:
    find_number(text)
