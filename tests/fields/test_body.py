"""Body parsing: the fast cut into pieces agrees with its one-pattern definition."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from podclean.fields.body import PIECE_BREAK, _pieces, parse_body
from podclean.testing import texts
from tests.conftest import seed_paths

words = texts()

# The pieces glued bodies are made of: turns named either way round, inline
# chapters, entity items and headings glued to their neighbours.
_MARKERS = st.sampled_from(
    [
        "Swyx [00:00:00]: ",
        "RJ Honicky [1:02:03]: ",
        "Ann Lee Van Der Berg [12:34]: ",
        "[00:01:25] Ann: ",
        "# [00:01] Bob: ",
        "## [00:00] Hook ",
        "## Entities ",
        " - **Ann Lee** (Person): ",
        "Transcript",
        "TranscriptSwyx",
        "Timestamps00:00",
        "Chapters[",
        "Welcome.Kyle [00:00]: ",
        "said Kyle Daigle [00:00]: ",
        "###[1",
        "-\t**Bo** (",
        "**",
        "fooBar [00:01]: ",
        " ",
        ".",
    ]
)
_GLUED = st.lists(st.one_of(_MARKERS, words), max_size=30).map("".join)


def _reference(text: str) -> list[str]:
    return [p.strip() for p in PIECE_BREAK.split(text) if p.strip()]


@given(_GLUED)
def test_pieces_are_those_of_the_defining_pattern(text: str) -> None:
    assert _pieces(text, glued=True) == _reference(text)


def test_pieces_of_every_seed_line_are_those_of_the_defining_pattern() -> None:
    for path in seed_paths():
        for line in path.read_text(encoding="utf-8").split("\n"):
            assert _pieces(line, glued=True) == _reference(line), (path.name, line[:80])


def test_a_glued_transcript_is_cut_at_every_turn() -> None:
    fields = parse_body(
        [(1, "A chat about tools. TranscriptAnn Lee [00:00:05]: Hi there. Bob [00:01:00]: Hello, Ann.")],
        glued=True,
    )
    assert fields.description == "A chat about tools."
    assert [(t.speaker, t.start_s, t.text) for t in fields.transcript] == [
        ("Ann Lee", 5, "Hi there."),
        ("Bob", 60, "Hello, Ann."),
    ]


# A name-shaped run with no name end: every position looks like the start of
# a speaker's name. Parsed in a child process so that a regression (the name
# pattern backtracking again) fails on the timeout instead of hanging CI.
_ADVERSARIAL_TURN = """
import sys
from podclean.fields.body import parse_body
text = "Ab-" * 66_000 + " [00:00]: hello"
fields = parse_body([(1, text)], glued=True)
print(len(fields.description))
"""


def test_a_200_kb_line_of_name_shaped_words_parses() -> None:
    done = subprocess.run([sys.executable, "-c", _ADVERSARIAL_TURN], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    # Nothing in the run is a speaker's name, so it all stays description.
    assert int(done.stdout) >= 66_000 * 3
