"""Show names: header cues on pages of any site, and one canonical name per show."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

import podclean
from podclean.fields.show import header_show
from podclean.fields.show_names import canonical_names, fullest
from podclean.fields.show_prose import show_in_host_note
from podclean.text import title_key
from tests.conftest import SAMPLES


def _numbered(*lines: str) -> list[tuple[int, str]]:
    return [(n, text) for n, text in enumerate(lines, start=1)]


def test_the_line_above_an_episodes_heading_names_the_show() -> None:
    header = _numbered("Tidewater Audio", "Sign in", "Salt and Timber", "Alle Folgen")
    assert header_show(header) == (3, "Salt and Timber")


def test_a_chrome_line_is_a_cue_but_never_the_name() -> None:
    header = _numbered("Salt and Timber", "Log in", "Episodios")
    assert header_show(header, chrome={2, 3}) == (1, "Salt and Timber")


def test_bylines_in_several_languages_point_at_the_line_above() -> None:
    for byline in ("A podcast by Ferry Street Media", "Un pódcast de Radio Faro", "En podcast af Havnens Lyd"):
        header = _numbered("Listen Anywhere", "Salt and Timber", byline, "Sort by newest")
        assert header_show(header) == (2, "Salt and Timber"), byline


def test_a_byline_between_the_name_and_the_heading_is_skipped() -> None:
    header = _numbered("Salt and Timber", "Ein Podcast von Hafenfunk", "Folgen")
    assert header_show(header) == (1, "Salt and Timber")


def test_labels_and_breadcrumbs_name_the_show_on_their_own_line() -> None:
    assert header_show(_numbered("Podcast: Salt and Timber")) == (1, "Salt and Timber")
    assert header_show(_numbered("Home", "Podcasts › History › Salt and Timber")) == (2, "Salt and Timber")


def test_a_header_without_a_cue_names_no_show() -> None:
    assert header_show(_numbered("Tidewater Audio", "Sign in", "Salt and Timber")) is None
    assert header_show([]) is None


def test_host_notes_name_their_show_in_word_order_of_their_language() -> None:
    assert show_in_host_note("Boat builder; host of Salt and Timber and former sailor") == "Salt and Timber"
    assert show_in_host_note("Host of The k9 Hour podcast") == "The k9 Hour"
    assert show_in_host_note("Voice-over host of Ferrylabs's Knots 101 course") == "Knots 101"
    assert show_in_host_note("해양 연구자; Salt and Timber 팟캐스트 진행자") == "Salt and Timber"
    assert show_in_host_note("造船师,Salt and Timber 主持人。") == "Salt and Timber"
    assert show_in_host_note("Host, founder of a shipyard") is None
    assert show_in_host_note("진행자; 조선소 대표") is None


def test_the_shipped_directory_page_names_its_show_in_its_header() -> None:
    capture = podclean.Capture(name="d.txt", data=(SAMPLES / "harbor-lights_directory.txt").read_bytes())
    result = podclean.clean_report([capture])
    assert result.episodes and all(e.show == "Harbor Lights" for e in result.episodes)
    assert result.reports[0].chrome_rules.get("show-header") == 1


def test_a_short_form_is_the_same_show_and_the_full_name_wins() -> None:
    show, conflicts = fullest(["Salt and Timber", "Salt and Timber: Boats of the North", "Salt and Timber"])
    assert (show, conflicts) == ("Salt and Timber: Boats of the North", ())


def test_different_shows_are_a_conflict_with_every_name_kept() -> None:
    show, conflicts = fullest(["Salt and Timber", "Harbour Hour", "Salt and Timber"])
    assert show == "Salt and Timber"
    assert conflicts == ("Salt and Timber", "Harbour Hour")


def test_a_short_form_with_two_different_full_names_stays_as_it_is() -> None:
    names = canonical_names(["Salt", "Salt and Timber", "Salt Flats Weekly"])
    assert names["Salt"] == "Salt"
    assert names["Salt and Timber"] == "Salt and Timber"


_NAMES = st.lists(
    st.sampled_from(
        ["Salt", "Salt and Timber", "SALT AND TIMBER", "Salt and Timber: Boats", "Harbour Hour", "Harbour"]
    ),
    max_size=8,
)


@given(_NAMES, st.randoms(use_true_random=False))
def test_canonical_names_do_not_depend_on_order_and_are_settled(names: list[str], rnd: random.Random) -> None:
    shuffled = list(names)
    rnd.shuffle(shuffled)
    mapping = canonical_names(names)
    assert mapping == canonical_names(shuffled)
    # A canonical name is its own canonical name among the same names.
    assert all(canonical_names(names)[target] == target for target in mapping.values() if target in mapping)
    for name, target in mapping.items():
        assert title_key(target).startswith(title_key(name))


@given(st.text(max_size=200))
def test_reading_a_host_note_never_raises_and_gives_a_short_name(note: str) -> None:
    show = show_in_host_note(note)
    assert show is None or 0 < len(show) <= 120


def test_a_short_show_name_takes_the_full_name_another_page_of_the_run_gives() -> None:
    # One page shortens the show in its meta line; another page of the run
    # gives its full name in a byline header over a different episode.
    short = "Seawall Radio\n\nThe Rope Walk\n1:02:03\nSalt and Timber 2 days ago\n\nWe talk about rope.\n"
    full = (
        "Salt and Timber: Boats of the North\nA podcast by Hafenfunk\n\n"
        "Knots at Sea\n12.05.2026 | 45 min\nWe talk about knots.\n"
    )
    episodes = podclean.clean([podclean.Capture(name="a.txt", data=short), podclean.Capture(name="b.txt", data=full)])
    assert {e.show for e in episodes} == {"Salt and Timber: Boats of the North"}


def test_a_header_show_is_not_compared_by_duplicate_resolution() -> None:
    # Two pages of one episode whose headers name different things (a
    # republisher's header names itself): still one episode.
    first = (
        "Harbour Hour\nEpisodes\n\nKnots at Sea with Ann Lee\n12.05.2026 | 45 min\nAnn Lee on knots, ropes and tides.\n"
    )
    second = (
        "Ferry Reader\nEpisodes\n\nKnots at Sea with Ann Lee\n12.05.2026 | 45 min\nAnn Lee on knots, ropes and tides.\n"
    )
    episodes = podclean.clean([podclean.Capture(name="a.txt", data=first), podclean.Capture(name="b.txt", data=second)])
    assert len(episodes) == 1
    assert episodes[0].show in {"Harbour Hour", "Ferry Reader"}
    assert set(episodes[0].conflicts.get("show", ())) == {"Harbour Hour", "Ferry Reader"}
