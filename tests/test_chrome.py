"""Chrome: profile lines, feed boilerplate, repetition inside a page and across episodes."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

import podclean
from podclean.chrome import BoilerplateCounter, corpus_boilerplate, remove_sentences
from podclean.feeds import strip_boilerplate
from podclean.model import Capture
from podclean.text import SENTENCE_BREAK, sentences
from tests.conftest import SAMPLES

PROMO = "Harbor Lights is made possible by listeners like you, so join the crew today."


def test_feed_footers_are_removed_wherever_they_stand() -> None:
    text = "Great talk. This is a public episode. If you'd like to discuss this with other subscribers or get access to bonus episodes, visit www.example.org/subscribe"
    assert strip_boilerplate(text) == ("Great talk.", ("feed:substack",))


def test_sentences_many_episodes_repeat_are_boilerplate() -> None:
    texts = {
        f"episode {i}": [f"Episode {i} is about topic {i}. Support the show at example.org today!"] for i in range(3)
    }
    found = corpus_boilerplate(texts)
    assert found == {"Support the show at example.org today!"}
    assert remove_sentences(texts["episode 1"][0], found) == "Episode 1 is about topic 1."


def test_one_episode_quoted_on_many_pages_is_not_boilerplate() -> None:
    texts = {"one episode": ["The same long sentence about this one episode, on every page."] * 5}
    assert corpus_boilerplate(texts) == frozenset()


def test_promotions_pasted_under_every_episode_leave_the_descriptions() -> None:
    episodes = podclean.clean([SAMPLES])
    assert episodes
    for episode in episodes:
        for text in episode.localized.values():
            assert PROMO not in (text.description or "")


def test_buttons_repeated_on_a_page_are_chrome() -> None:
    block = "Episode {n} — Guest {n}\n1:0{n}:00\nSubscribe now\n" + "A long description of the episode. " * 8
    page = "\n\n".join(block.format(n=n) for n in range(1, 5))
    result = podclean.clean_report([Capture(name="page.txt", data=page)])
    assert len(result.episodes) == 4
    assert result.reports[0].chrome_rules.get("repeated") == 4
    assert all("Subscribe now" not in (e.localized["en"].description or "") for e in result.episodes)


@given(st.text(alphabet=st.sampled_from(list("ab .!?。！？\n\t\x1c\x85\xa0\u2003\u3000\u200bé")), max_size=60))
def test_sentence_breaks_are_those_of_unicode_white_space(text: str) -> None:
    # The standard-library pattern must split exactly where regex's \s would.
    assert SENTENCE_BREAK.split(text) == regex.split(r"(?<=[.!?])\s+|(?<=[。！？])|\n", text)


@given(st.text(alphabet=st.sampled_from(list("ab .!?。！？\n\t\x1c\x85\xa0\u2003\u3000é")), max_size=60))
def test_sentences_are_the_pieces_of_the_sentence_break(text: str) -> None:
    expected = [s for s in (part.strip() for part in SENTENCE_BREAK.split(text)) if s]
    assert sentences(text) == expected


def test_only_carriers_of_boilerplate_change_when_it_is_removed() -> None:
    promo = "Subscribe to our newsletter for weekly notes and more."
    texts = {
        "a": ["Ann talks about boats and the long winter. " + promo],
        "b": ["Bo explains the harbour lights to us all today.\nSecond line here for Bo."],
        "c": [promo + " Chen on lighthouses, lenses and lamps."],
        "d": ["Dara closes the season. " + promo],
    }
    counter = BoilerplateCounter()
    owners = {key: [counter.add(key, text) for text in found] for key, found in texts.items()}
    boilerplate = counter.boilerplate()
    assert promo in boilerplate
    carriers = counter.carriers(boilerplate)
    assert carriers == {owners["a"][0], owners["c"][0], owners["d"][0]}
    for key, found in texts.items():
        for owner, text in zip(owners[key], found, strict=True):
            assert (remove_sentences(text, boilerplate) != text) == (owner in carriers)


def test_a_row_of_tabs_run_together_is_chrome_and_no_title() -> None:
    from podclean.fields.shapes import is_tab_row, is_titleish

    for row in (
        "Show Notes Transcript Chapter Markers",
        "Summary Key takeaways Chapters Transcript",
        "Play Share Download",
    ):
        assert is_tab_row(row) and not is_titleish(row, 300)
    for title in ("Notes from a transcript", "Chapters of a life", "Play it again", "Transcript"):
        assert not is_tab_row(title)


def test_a_menu_row_set_apart_by_wide_gaps_is_chrome_and_a_row_with_a_date_is_not() -> None:
    page = "\n".join(
        [
            "Harbor Lights",
            "All   Season 3   Season 2   Season 1   Bonus",
            "Bonus: Listener questions from the harbour walk",
            "June 9, 2026   Bonus episode   22:40",
            "Ann Lee answers six questions recorded by listeners on the harbour walk.",
            "Ep. 43: Salt marshes, part two",
            "June 4, 2026   Season 3   Episode 43   51:00",
            "How a marsh climbs with the sea by trapping mud, and why it drowns.",
        ]
    )
    result = podclean.clean_report([podclean.Capture(name="show.txt", data=page.encode())])
    (report,) = result.reports
    assert report.chrome_rules.get("menu-row") == 1
    titles = sorted(e.title for e in result.episodes)
    assert titles == ["Bonus: Listener questions from the harbour walk", "Ep. 43: Salt marshes, part two"]
    assert sorted(e.duration_s for e in result.episodes) == [1360, 3060]


def test_readers_comments_under_a_post_are_chrome_up_to_the_next_list() -> None:
    page = "\n".join(
        [
            "Harbor Lights",
            "Episode 27: Knots for wet ropes",
            "Posted on June 3, 2026",
            "2 comments",
            "Ann Lee and a rigger tie knots in the rain and talk about the sea for an hour.",
            "2 responses to “Episode 27: Knots for wet ropes”",
            "Mara L.",
            "June 4, 2026 at 8:12 am",
            "Thanks! I finally tied a bowline.",
            "Reply",
            "Leave a comment",
            "Recent posts",
            "Episode 26: Mending a sail",
        ]
    )
    result = podclean.clean_report([podclean.Capture(name="post.txt", data=page.encode())])
    assert [e.title for e in result.episodes] == ["Episode 27: Knots for wet ropes"]
    (report,) = result.reports
    assert report.chrome_rules.get("comments") == 6


def test_cookie_notices_are_chrome_in_every_language_and_a_baking_episode_is_not() -> None:
    page = "\n".join(
        [
            "Harbor Lights",
            "Nous utilisons des cookies pour mesurer l'audience de ce site. Accepter Refuser",
            "Wir verwenden Cookies, um die Seite zu verbessern. Alle akzeptieren",
            "Ми використовуємо файли cookie, щоб сайт працював краще. Погоджуюсь",
            "Cookies for the lighthouse keeper",
            "June 3, 2026 · 45 min",
            "We use butter cookies from the harbour bakery and talk about the sea.",
        ]
    )
    result = podclean.clean_report([podclean.Capture(name="page.txt", data=page.encode())])
    (report,) = result.reports
    assert report.chrome_rules.get("generic-chrome") == 3
    assert [e.title for e in result.episodes] == ["Cookies for the lighthouse keeper"]


def test_a_shows_reviews_are_chrome_up_to_the_next_list() -> None:
    page = "\n".join(
        [
            "Harbor Lights",
            "Episodes",
            "Knots for wet ropes",
            "June 3, 2026 · 45 min",
            "Ann Lee and a rigger tie knots in the rain and talk about the sea for an hour.",
            "Ratings and reviews",
            "Best sea podcast!",
            "★★★★★",
            "12.5.2026 · Mara L.",
            "I listen on every walk by the harbour.",
            "You might also like",
            "Tide Tables",
        ]
    )
    result = podclean.clean_report([podclean.Capture(name="app.txt", data=page.encode())])
    assert [e.title for e in result.episodes] == ["Knots for wet ropes"]
    assert all("Best sea podcast" not in (text.description or "") for text in result.episodes[0].localized.values())
    (report,) = result.reports
    assert report.chrome_rules.get("comments") == 5
