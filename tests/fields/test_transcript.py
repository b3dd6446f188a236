"""Transcript turns: every speaker-marker form is a boundary, headings are no speakers.

The made-up transcripts reproduce how real transcript pages glue their
markers: onto the previous turn's last word, onto a section heading, with
lower-case handles, with or without timestamps.
"""

from __future__ import annotations

import subprocess
import sys

from podclean.fields.body import parse_body
from podclean.fields.transcript import NO_EVIDENCE, evidence, split_turns
from podclean.model import Turn


def _turns(line: str) -> list[tuple[str, int, str]]:
    fields = parse_body([(1, line)], glued=True)
    return [(t.speaker, t.start_s, t.text) for t in fields.transcript]


def test_lower_case_handles_speak_in_time_first_markers() -> None:
    line = "A chat. Transcript[00:00:00] nia: Welcome back.[00:00:04] Tomas Reyes: Thanks.[00:00:09] nia: So, boats."
    assert _turns(line) == [("nia", 0, "Welcome back."), ("Tomas Reyes", 4, "Thanks."), ("nia", 9, "So, boats.")]


def test_a_name_glued_to_a_heading_is_the_speaker_after_the_heading() -> None:
    line = (
        "TranscriptWhere Harbours Beginnia [00:00:00]: It started on a pier.Tomas [00:00:05]: I remember."
        "nia [00:00:09]: Good. nia [00:00:10]: Then.Rope Knots and Tidesnia [00:01:02]: Knots next."
        "Tomas [00:01:09]: Fine.So Tomas [00:01:20]: Again."
    )
    turns = _turns(line)
    assert [(s, t) for s, t, _ in turns] == [
        ("nia", 0),
        ("Tomas", 5),
        ("nia", 9),
        ("nia", 10),
        ("nia", 62),
        ("Tomas", 69),
        ("Tomas", 80),
    ]
    # The heading is no part of the turn before it; a word before a name is.
    assert turns[3][2] == "Then.Rope Knots and Tides"
    assert turns[5][2] == "Fine.So"


def test_parenthesised_and_bare_timestamps_are_markers() -> None:
    line = (
        "TranscriptIda Berg (00:00:01): Hello there.Oskar (00:00:07): Hi Ida.00:00:12 Ida Berg: And welcome."
        " Ida Berg (00:00:20): Again.00:01:00 Harbour Notes: two ropes"
    )
    _, turns = split_turns(line, evidence([line]))
    # A bare time before a name is a marker only for a name known to speak.
    assert [(t.speaker, t.start_s) for t in turns] == [
        ("Ida Berg", 1),
        ("Oskar", 7),
        ("Ida Berg", 12),
        ("Ida Berg", 20),
    ]
    assert turns[-1].text == "Again.00:01:00 Harbour Notes: two ropes"


def test_timestamped_headings_are_neither_speakers_nor_turn_text() -> None:
    line = (
        "Transcript[00:00:00] Cold Open[00:00:00] nia: First words.[00:00:20] And more of them."
        "[00:00:41] Meet the Crew[00:00:41] nia: Hello.[00:00:43] Tomas: Hi."
        "[00:01:10] Beyond Maps: Tools for Sailors[00:01:12] nia: Maps.[00:01:15] Tomas: Yes."
    )
    turns = _turns(line)
    assert [s for s, _, _ in turns] == ["nia", "nia", "Tomas", "nia", "Tomas"]
    assert turns[0][2] == "First words.[00:00:20] And more of them."
    assert all("Meet the Crew" not in text and "Beyond Maps" not in text for _, _, text in turns)


def test_untimed_markers_split_a_transcript_by_its_repeated_speakers() -> None:
    line = (
        "Notes: a long talk. Notes: more.TranscriptTomas Reyes: I do think boats matter.nia: Yes."
        "Tomas Reyes: Right?nia: [00:01:00] All right.[00:01:03] Sail Plansnia: We start here, feeling"
        "Tomas Reyes: fine.nia: So then thenia: again."
    )
    turns = _turns(line)
    assert [s for s, _, _ in turns] == ["Tomas Reyes", "nia", "Tomas Reyes", "nia", "nia", "Tomas Reyes", "nia", "nia"]
    # No time given before the first marker; after one, a turn starts no earlier.
    assert [t for _, t, _ in turns] == [0, 0, 0, 0, 63, 63, 63, 63]
    assert turns[3][2] == "[00:01:00] All right."


def test_untimed_markers_of_a_description_are_no_turns() -> None:
    fields = parse_body([(1, "Hosts: Ann. Hosts: Bo. Hosts: Cy. Guest: Di.")], glued=True)
    assert not fields.transcript
    assert "Hosts: Ann." in fields.description


def test_a_person_the_page_names_speaks_even_once() -> None:
    line = (
        "TranscriptTomas [00:00:01]: Hi.nia [00:00:02]: Hey.Tomas [00:00:03]: Yes.nia [00:00:04]: Go."
        "[00:10:00] Ida: Thanks Everyone ## Entities - **Ida Berg** (Person): a sailor"
    )
    assert [s for s, _, _ in _turns(line)] == ["Tomas", "nia", "Tomas", "nia", "Ida"]
    _, turns = split_turns(line.split(" ## ")[0], evidence([line]))
    assert [t.speaker for t in turns] == ["Tomas", "nia", "Tomas", "nia"]


def test_a_lone_marker_is_read_without_evidence() -> None:
    lead, turns = split_turns("Welcome.Kyle [00:00:07]: Hey, thanks.", NO_EVIDENCE)
    assert (lead, turns) == ("Welcome.", (Turn(speaker="Kyle", start_s=7, text="Hey, thanks."),))


# Name-shaped runs with no name end before a timestamp or a colon: every
# position looks like the start of a name. In a child process, so that a
# backtracking regression fails on the timeout instead of hanging CI.
_ADVERSARIAL = """
from podclean.fields.body import parse_body
for text in ("Transcript" + "ab-" * 40_000 + ": hello", "Transcript[00:00] " + "ab " * 40_000 + ":",
             "Transcript" + "Ab:" * 40_000, "Transcript" + "[00:01] a: " * 20_000):
    parse_body([(1, text)], glued=True)
print("ok")
"""


def test_long_hostile_transcripts_parse() -> None:
    done = subprocess.run([sys.executable, "-c", _ADVERSARIAL], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
