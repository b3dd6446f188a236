"""Segmentation: blocks where a page's episodes are, in time linear in the page."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from benchmarks.hostile import tiny_blocks, title_copies

import podclean
from podclean.chrome import classify
from podclean.config import Config
from podclean.model import Capture, Document
from podclean.read import decode
from podclean.repair import repair_document
from podclean.segment import infer_date_order, segment
from podclean.sites import PROFILES, SiteProfile, detect

ROOT = Path(__file__).resolve().parents[1]

# Segments one generated capture in a fresh interpreter and prints its block
# spans: run under a timeout, a regression to quadratic time fails the test
# instead of hanging the suite.
_SEGMENT_JOB = """
import json, sys
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/src"]
from benchmarks import hostile
from podclean.config import Config
from podclean.segment import segment
from tests.test_segment import prepared
document, profile, chrome, order = prepared(getattr(hostile, sys.argv[2])(int(sys.argv[3])))
blocks = segment(document, profile, chrome, Config(), order).blocks
print(json.dumps([[b.start_line, b.end_line] for b in blocks]))
"""


def prepared(text: str) -> tuple[Document, SiteProfile, Mapping[int, str], str]:
    """A capture's text taken through the stages before segmentation."""
    config = Config()
    document = repair_document(decode(Capture(name="page.txt", data=text), config), config.fast_paths)
    profile = detect(document.lines, PROFILES)
    order = infer_date_order(document.lines, profile)
    return document, profile, classify(document, profile, config, order), order


def _spans_in_fresh_interpreter(generator: str, n: int, timeout_s: float) -> list[list[int]]:
    done = subprocess.run(
        [sys.executable, "-c", _SEGMENT_JOB, str(ROOT), generator, str(n)],
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=True,
    )
    spans: list[list[int]] = json.loads(done.stdout)
    return spans


def test_many_copies_of_a_title_are_one_block_in_linear_time() -> None:
    # 8,000 copies took 143 s when each copy scanned forward over the rest;
    # 20,000 now take about half a second.
    n = 20_000
    assert _spans_in_fresh_interpreter("title_copies", n, timeout_s=60) == [[1, n + 2]]


def test_a_capture_of_many_tiny_episodes_gives_every_one_of_them() -> None:
    # Each block once copied the page's entries up to its own end.
    n = 30_000
    spans = _spans_in_fresh_interpreter("tiny_blocks", n, timeout_s=90)
    assert spans == [[3 * k + 1, 3 * k + 3] for k in range(n)]


def test_small_generated_pages_segment_the_same_in_process() -> None:
    # The same inputs at a small scale, without a subprocess: the titles and
    # meta lines land in the blocks they belong to.
    document, profile, chrome, order = prepared(tiny_blocks(5))
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert [b.title for b in blocks] == [f"Episode {k} — Ann Lee" for k in range(5)]
    assert all(b.head == ((b.start_line + 1, "1:02:03"),) for b in blocks)
    document, profile, chrome, order = prepared(title_copies(7))
    (block,) = segment(document, profile, chrome, Config(), order).blocks
    assert block.title.startswith("Episode one — Ann Lee") and block.head == ((8, "1:02:03"),)


def test_meta_lines_that_close_each_episode_belong_to_the_title_above_its_description() -> None:
    # A web player's show page: each episode as its title, its show, a
    # description, and then its date glued to its length.
    rows = []
    for n, (title, day) in enumerate((("Owls of the Moor", 4), ("Lanterns at Low Tide", 28), ("The Kelp Forest", 21))):
        rows += [
            f"Ep. {30 - n}: {title}",
            "Night Walks",
            f"Ada Brook walks the coast at night and tells us what she finds on the way, episode {30 - n}.",
            f"May {day}, 20264{n} min",
        ]
    text = "\n".join(["Home", "Search", "Night Walks", "All Episodes", *rows, "Load more episodes"]) + "\n"
    document, profile, chrome, order = prepared(text)
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert [(b.start_line, b.title) for b in blocks] == [
        (5, "Ep. 30: Owls of the Moor"),
        (9, "Ep. 29: Lanterns at Low Tide"),
        (13, "Ep. 28: The Kelp Forest"),
    ]
    episodes = podclean.clean([Capture(name="player.txt", data=text)])
    assert sorted((e.title, e.published, e.duration_s) for e in episodes) == [
        ("Ep. 28: The Kelp Forest", "2026-05-21", 42 * 60),
        ("Ep. 29: Lanterns at Low Tide", "2026-05-28", 41 * 60),
        ("Ep. 30: Owls of the Moor", "2026-05-04", 40 * 60),
    ]


def test_meta_lines_that_open_each_episode_belong_to_the_title_below_them() -> None:
    # An app's show page: each episode as its date and length, then its
    # title, its description and a read-more toggle.
    rows = []
    for n, (title, day) in enumerate((("Owls of the Moor", 4), ("Lanterns at Low Tide", 28))):
        rows += [
            f"{day} May 2026 • {40 + n} min",
            title,
            f"Ada Brook walks the coast at night and tells us what she finds on the way, part {n + 1}.",
            "Read more",
        ]
    text = "\n".join(["Night Walks", "Follow", "Episodes", *rows, "More episodes"]) + "\n"
    document, profile, chrome, order = prepared(text)
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert [(b.start_line, b.title) for b in blocks] == [(4, "Owls of the Moor"), (8, "Lanterns at Low Tide")]
    episodes = podclean.clean([Capture(name="app.txt", data=text)])
    assert sorted((e.title, e.published, e.duration_s) for e in episodes) == [
        ("Lanterns at Low Tide", "2026-05-28", 41 * 60),
        ("Owls of the Moor", "2026-05-04", 40 * 60),
    ]


def _titles(text: str) -> list[tuple[int, str]]:
    document, profile, chrome, order = prepared(text)
    return [(b.start_line, b.title) for b in segment(document, profile, chrome, Config(), order).blocks]


def test_a_listing_with_the_date_above_each_title_and_the_length_below_tiles_from_the_date() -> None:
    rows = ["Wavecatcher", "Harbor Lights", "Folgen"]
    for day, title in ((28, "Knots for wet ropes"), (21, "The lighthouse keeper's log"), (14, "Mending a sail")):
        rows += [
            f"{day}. Mai 2026",
            title,
            "47 Min.",
            f"Ann Lee talks with a sailor about {title.lower()} and the sea.",
        ]
    assert _titles("\n".join(rows)) == [
        (4, "Knots for wet ropes"),
        (8, "The lighthouse keeper's log"),
        (12, "Mending a sail"),
    ]


def test_a_numbered_title_repeated_under_its_date_is_one_record_without_its_number() -> None:
    rows = ["Episodes"]
    for n, (day, title) in enumerate(((2, "Knots for wet ropes"), (26, "Mending a sail")), start=1):
        rows += [
            f"{n}. {title}",
            f"{day} MAY",
            title,
            f"Ann Lee on {title.lower()}, and on the sea that tests every one.",
            "45 min",
        ]
    assert _titles("\n".join(rows)) == [(2, "Knots for wet ropes"), (7, "Mending a sail")]


def test_labelled_fields_between_a_title_and_its_length_stay_with_the_title() -> None:
    rows = []
    for title, narrator in (("The salt road", "Ana Ruiz"), ("Letters from the harbour", "Eva Soto")):
        rows += [title, f"De: {narrator}", f"Narrado por: {narrator}", "Duración: 4 h y 5 min", "Una historia del mar."]
    assert _titles("\n".join(rows)) == [(1, "The salt road"), (6, "Letters from the harbour")]


def test_an_episode_page_takes_its_title_from_the_line_that_does_not_recur() -> None:
    page = "\n".join(
        [
            "Harbor Lights",
            "Sign in",
            "Knots for wet ropes",
            "Ann Lee",
            "Apr 22, 2026",
            "1:03:39",
            "Transcript",
            "Ann Lee and a sailor tie knots in the rain and talk about the sea.",
            "Chapters",
            "(00:00) Intro",
            "(02:14) The bowline",
            "Thanks for reading Harbor Lights!",
        ]
    )
    document, profile, chrome, order = prepared(page)
    (block,) = segment(document, profile, chrome, Config(), order).blocks
    assert block.title == "Knots for wet ropes" and block.show == "Harbor Lights"


def test_a_show_glued_in_front_of_each_title_is_read_apart() -> None:
    rows = ["Search results"]
    for show, title, day in (
        ("Harbor Lights", "Knots for Wet Ropes", 30),
        ("Harbor Lights", "Mending a Sail", 23),
        ("Tide Tables", "Reading the Moon", 16),
    ):
        rows += [
            f"{show}{title}",
            f"Sep {day} 2025 · 48 m",
            f"Ann Lee on {title.lower()} and the sea that tests every one.",
        ]
    document, profile, chrome, order = prepared("\n".join(rows))
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert [(b.show, b.title) for b in blocks] == [
        ("Harbor Lights", "Knots for Wet Ropes"),
        ("Harbor Lights", "Mending a Sail"),
        ("Tide Tables", "Reading the Moon"),
    ]


def test_a_brand_written_in_camel_case_in_one_title_stays_in_it() -> None:
    rows = []
    for title, day in (("Inside DeepMind Labs", 30), ("Mending a Sail", 23), ("Reading the Moon", 16)):
        rows += [title, f"Sep {day} 2025 · 48 m", f"Ann Lee on {title.lower()} and the sea that tests every one."]
    assert [t for _, t in _titles("\n".join(rows))] == ["Inside DeepMind Labs", "Mending a Sail", "Reading the Moon"]


def test_a_listing_whose_first_episode_alone_has_chapters_stays_a_listing() -> None:
    rows = ["Harbor Lights", "Episodes"]
    for n, (title, day) in enumerate((("Knots for Wet Ropes", 14), ("Mending a Sail", 7), ("Reading the Moon", 2))):
        rows += [title, f"{day:02d}.03.2026 · 52 min", f"Ann Lee on {title.lower()} and the sea that tests every one."]
        if n == 0:
            rows += ["Chapters", "00:00 Welcome aboard", "03:10 The first knot"]
    assert [t for _, t in _titles("\n".join(rows))] == ["Knots for Wet Ropes", "Mending a Sail", "Reading the Moon"]


def test_a_transcript_page_of_caption_chunks_is_one_episode_without_chapters() -> None:
    rows = ["Transcripts", "Harbor Lights", "Harbor Lights 12: Knots for Wet Ropes", ""]
    for second, words in enumerate(
        ("welcome back to harbor lights", "today we tie", "knots in the rain", "and on the sea")
    ):
        rows += [f"00:00:{3 * second:02d}   {words}", ""]
    (episode,) = podclean.clean([Capture(name="page.txt", data="\n".join(rows))])
    assert (episode.title, episode.show, episode.chapters) == (
        "Harbor Lights 12: Knots for Wet Ropes",
        "Harbor Lights",
        (),
    )


def test_meta_lines_under_a_list_heading_open_the_episode_below_them() -> None:
    # The same app with its toggles cut as chrome: each description then
    # runs into the next episode's date, as a web player's closing meta
    # would, but the first date stands under the list's heading and
    # buttons, above the first title, and closes no description.
    rows = []
    for n, (title, day) in enumerate((("Owls of the Moor", 4), ("Lanterns at Low Tide", 28), ("The Kelp Forest", 21))):
        rows += [
            f"{day} May 2026 • {40 + n} min",
            title,
            f"Ada Brook walks the coast at night and tells us what she finds on the way, part {n + 1}.",
            "Read more",
        ]
    text = "\n".join(["Night Walks", "Follow", "Latest episodes", "Show all", *rows, "Load more episodes"]) + "\n"
    document, profile, chrome, order = prepared(text)
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert [(b.start_line, b.title) for b in blocks] == [
        (5, "Owls of the Moor"),
        (9, "Lanterns at Low Tide"),
        (13, "The Kelp Forest"),
    ]


def test_a_series_line_under_a_title_belongs_with_its_fields() -> None:
    rows = ["Results"]
    for title, series, hours in (
        ("The Keeper of Kallholm", "The Island Chronicles, Book 1", 11),
        ("Light over the Surf", None, 7),
        ("Fire at the Cape", "Coast Tales (Vol. 3)", 2),
    ):
        rows += [title, *([series] if series else []), "By: Ann Lee", f"Length: {hours} hrs and 4 mins", "A tale."]
    titles = [t for _, t in _titles("\n".join(rows))]
    assert titles == ["The Keeper of Kallholm", "Light over the Surf", "Fire at the Cape"]


def test_an_episode_titled_as_a_part_is_still_a_title() -> None:
    rows = ["Episodes"]
    for n in (2, 1):
        rows += [f"Salt Marshes, Part {n}", f"June {n}, 2026", "51:00", "How a marsh climbs with the sea, and why."]
    assert [t for _, t in _titles("\n".join(rows))] == ["Salt Marshes, Part 2", "Salt Marshes, Part 1"]


def test_an_episode_page_with_a_list_of_other_episodes_below_gives_each_its_own_block() -> None:
    page = "\n".join(
        [
            "Harbor Lights",
            "Knots for wet ropes",
            "Apr 22, 2026",
            "1:03:39",
            "Description",
            "Ann Lee and a sailor tie knots in the rain and talk about the sea.",
            "Chapters",
            "(00:00) Intro",
            "(02:14) The bowline",
            "You may also like",
            "Mending a sail",
            "48 min",
            "Reading the moon",
            "52 min",
        ]
    )
    document, profile, chrome, order = prepared(page)
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert [(b.start_line, b.title) for b in blocks] == [
        (2, "Knots for wet ropes"),
        (11, "Mending a sail"),
        (13, "Reading the moon"),
    ]
    assert blocks[0].end_line == 9


def test_a_numbered_title_over_a_blurb_is_the_title_where_the_page_numbers_its_titles() -> None:
    rows = [
        "Harbor Lights",
        "Episode 12: Knots for wet ropes",
        "Ann Lee talks with a rigger from the old port",
        "Published Jun 1, 2026 · 52:47",
        "Summary",
        "Ann Lee and a rigger tie knots in the rain and talk about the sea for an hour.",
        "More episodes",
        "Episode 11: Mending a sail",
        "May 25, 2026 · 47:10",
        "Episode 10: Reading the moon",
        "May 18, 2026 · 55:02",
    ]
    assert [t for _, t in _titles("\n".join(rows))] == [
        "Episode 12: Knots for wet ropes",
        "Episode 11: Mending a sail",
        "Episode 10: Reading the moon",
    ]


def test_a_title_written_label_colon_text_under_a_date_is_a_title() -> None:
    rows = ["Episodes"]
    for day, title in (
        ("3 hours ago", "#12 — Lemons on a north balcony"),
        ("Yesterday", "Special: quick answers on pests"),
    ):
        rows += [day, title, "38 min", "Ann Lee answers a listener from the coast about the garden."]
    assert [t for _, t in _titles("\n".join(rows))] == [
        "#12 — Lemons on a north balcony",
        "Special: quick answers on pests",
    ]


def test_an_audio_players_times_give_the_length_and_open_no_record() -> None:
    page = "\n".join(
        [
            "Harbor Lights",
            "Episode 12: Knots for wet ropes",
            "Published on June 3, 2026 by Ann Lee",
            "Ann Lee and a rigger tie knots in the rain and talk about the sea for an hour.",
            "Play",
            "00:00",
            "47:12",
            "Download (MP3, 43 MB)",
            "Chapters",
            "00:00:00 – Intro",
            "00:02:40 – The bowline",
        ]
    )
    result = podclean.clean_report([podclean.Capture(name="post.txt", data=page.encode())])
    (episode,) = result.episodes
    assert episode.title == "Episode 12: Knots for wet ropes"
    assert episode.duration_s == 47 * 60 + 12 and episode.published == "2026-06-03"
    assert episode.show != "by Ann Lee" and [c.start_s for c in episode.chapters] == [0, 160]


def test_an_episode_number_over_each_title_is_not_the_title() -> None:
    rows = ["Harbor Lights", "Episodes"]
    for n, title in ((14, "Knots for wet ropes"), (13, "Mending a sail")):
        rows += [
            f"Episode {n}",
            title,
            f"Ann Lee on {title.lower()}, and on the sea that tests every one.",
            "28 May 2026 · 46 min",
        ]
    assert [t for _, t in _titles("\n".join(rows))] == ["Knots for wet ropes", "Mending a sail"]


def test_a_blogs_category_footers_and_recent_posts_sidebar_neither_title_nor_name_a_show() -> None:
    titles = ["Episode 58: Rereading a school novel", "Episode 57: The village library"]
    rows = ["Slow Reading Station", "Search:"]
    for n, title in enumerate(titles):
        rows += [
            title,
            f"Posted on May {12 - n}, 2026 by Ann Lee",
            "Ann Lee and a guest reread a novel they had to learn by heart, and find it better.",
            f"Categories: Podcast, Novels | {n + 3} comments",
        ]
    rows += ["Recent posts", *titles]
    document, profile, chrome, order = prepared("\n".join(rows))
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert [(b.title, b.show) for b in blocks] == [(t, None) for t in titles]


def test_a_chart_of_many_shows_gives_each_cell_one_record_with_its_show() -> None:
    cells = (
        ("Why coffee got dear", "Full Pockets", "1 DAY AGO"),
        ("The night the radio went off", "Off Air", "2 DAYS AGO"),
        ("Do ants have traffic jams?", "Small Science", "3 JUN"),
    )
    rows = ["Top podcasts"]
    for _, show, _ in cells:
        rows += [f"• {show}", show, "Ann Lee"]
    rows += ["Top episodes"]
    for rank, (title, show, day) in enumerate(cells, start=1):
        rows += [f"• {title}", day, str(rank), title, show, f"{show} on {title.lower()}, and on the people it touches."]
    document, profile, chrome, order = prepared("\n".join(rows))
    blocks = segment(document, profile, chrome, Config(captured_at=dt.date(2026, 6, 5)), order).blocks
    assert [(b.title, b.show) for b in blocks] == [(t, s) for t, s, _ in cells]


def test_a_listings_last_record_ends_at_a_sidebar_list_heading() -> None:
    rows = ["Harbor Lights"]
    for day, title in ((12, "Knots for wet ropes"), (5, "Mending a sail")):
        rows += [title, f"May {day}, 2026 · 45 min", "Ann Lee and a rigger talk about the sea, and about rope."]
    rows += ["Recent posts", "Knots for wet ropes", "Mending a sail", "Archives", "May 2026"]
    document, profile, chrome, order = prepared("\n".join(rows))
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert [(b.start_line, b.end_line) for b in blocks] == [(2, 4), (5, 7)]


def test_an_archive_table_copied_with_tabs_gives_one_episode_per_row() -> None:
    rows = [
        "Harbor Lights",
        "Episode archive",
        "#\tTitle\tGuest\tPublished\tLength",
        "12\tKnots for Wet Ropes\tAnn Lee\tSep 30, 2025\t48:00",
        "11\tMending a Sail\t—\tSep 23, 2025\t53:10",
        "10\tReading the Moon\tEva Soto\tSep 16, 2025\t—",
        "Previous   1   2   Next",
    ]
    result = podclean.clean_report([podclean.Capture(name="archive.txt", data="\n".join(rows).encode())])
    got = sorted((e.title, e.published, e.duration_s) for e in result.episodes)
    assert got == [
        ("Knots for Wet Ropes", "2025-09-30", 2880),
        ("Mending a Sail", "2025-09-23", 3190),
        ("Reading the Moon", "2025-09-16", None),
    ]


def test_a_playlist_of_numbered_rows_gives_each_row_its_own_length() -> None:
    rows = ["Full episodes", "Harbor Lights", "Playlist • 43 videos • 18,402 views", "Play all"]
    for n, (length, title) in enumerate((("51:00", "Knots for wet ropes"), ("1:05:12", "Mending a sail")), start=1):
        rows += [str(n), length, title, "Harbor Lights • 1.2K views • 2 days ago"]
    document, profile, chrome, order = prepared("\n".join(rows))
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert [(b.start_line, b.title) for b in blocks] == [(5, "Knots for wet ropes"), (9, "Mending a sail")]


def test_a_newsletters_titles_over_numbered_subtitles_with_like_counts_under_each() -> None:
    rows = ["Harbor Lights", "Archive"]
    for n, (title, day, likes) in enumerate(
        (("Paging less, sleeping more", "MAY 27", "9"), ("The runbook nobody reads", "MAY 6", "11")), start=6
    ):
        rows += [title, f"EP0{n}: Ann Lee on the sea and on rope", f"{day} • ANN LEE", "58:12", likes, "2"]
    document, profile, chrome, order = prepared("\n".join(rows))
    blocks = segment(document, profile, chrome, Config(captured_at=dt.date(2026, 6, 5)), order).blocks
    assert [(b.start_line, b.title) for b in blocks] == [
        (3, "Paging less, sleeping more"),
        (9, "The runbook nobody reads"),
    ]


def test_a_date_glued_to_a_title_glued_to_its_description_is_split_apart() -> None:
    rows = [
        "Harbor Lights",
        "September 30, 2025Knots for Wet RopesAnn Lee and a rigger tie knots in the rain and talk about the sea.",
        "September 23, 2025Mending a SailWhy a torn sail is mended by hand, and never by machine, on old boats.",
    ]
    document, profile, chrome, order = prepared("\n".join(rows))
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert [b.title for b in blocks] == ["Knots for Wet Ropes", "Mending a Sail"]


def test_a_players_list_whose_last_episode_has_no_description_keeps_its_meta_closing_each() -> None:
    rows = ["Harbor Lights", "English, Leisure, 1 season, 88 episodes, 2 days, 20 hours"]
    for title, meta, text in (
        (
            "Knots for wet ropes",
            "6/2/2026 · 45 min",
            "Ann Lee and a rigger tie knots in the rain and talk about the sea.",
        ),
        (
            "Mending a sail",
            "5/26/2026 · 52 min",
            "Why a torn sail is mended by hand, and never by machine, on old boats.",
        ),
        ("Special: listener questions", "5/8/2026 · 18 min", None),
    ):
        rows += ["Episode Artwork", title, *([text] if text else []), meta]
    result = podclean.clean_report([podclean.Capture(name="player.txt", data="\n".join(rows).encode())])
    got = sorted((e.title, e.published, e.duration_s) for e in result.episodes)
    assert got == [
        ("Knots for wet ropes", "2026-06-02", 2700),
        ("Mending a sail", "2026-05-26", 3120),
        ("Special: listener questions", "2026-05-08", 1080),
    ]


def test_episodes_under_a_heading_that_names_their_show_take_it() -> None:
    rows = [
        "Podwave",
        "Harbor Lights",
        "Knots for wet ropes",
        "Harbor Lights",
        "Wednesday, June 3, 2026",
        "64 mins",
        "Ann Lee and a rigger tie knots in the rain and talk about the sea for an hour.",
        "More episodes from Harbor Lights",
        "Mending a sail",
        "May 27, 2026 • 58 mins",
        "Reading the moon",
        "May 20, 2026 • 71 mins",
    ]
    document, profile, chrome, order = prepared("\n".join(rows))
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert {b.title: b.show for b in blocks} == {
        "Knots for wet ropes": "Harbor Lights",
        "Mending a sail": "Harbor Lights",
        "Reading the moon": "Harbor Lights",
    }


def test_the_shows_name_over_the_date_is_no_title_where_a_heading_names_the_show() -> None:
    rows = [
        "Summaries",
        "Cover of the episode",
        "The sea wall dilemma, with a coastal engineer",
        "Original title: Ep. 42: The Sea Wall Dilemma",
        "Harbor Lights",
        "28.05.2026",
        "1 hr 5 min",
        "Ann Lee and a coastal engineer on why a taller wall can leave a town more exposed.",
        "More episodes from Harbor Lights",
        "Salt marshes, part two",
        "04.06.2026 · 51 min",
        "Salt marshes, part one",
        "21.05.2026 · 49 min",
    ]
    document, profile, chrome, order = prepared("\n".join(rows))
    blocks = segment(document, profile, chrome, Config(), order).blocks
    assert [(b.title, b.show) for b in blocks] == [
        ("The sea wall dilemma, with a coastal engineer", "Harbor Lights"),
        ("Salt marshes, part two", "Harbor Lights"),
        ("Salt marshes, part one", "Harbor Lights"),
    ]
