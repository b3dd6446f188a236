"""Properties every parsed field holds, on generated glued pages.

Each property has a fixed, small budget: they run in every test run.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from podclean.fields.body import parse_body
from podclean.fields.chapters import inline_chapter
from podclean.fields.headings import HeadingEvidence
from podclean.fields.links import links_in
from podclean.languages import language
from tests.field_scores import GLUED_MARKER

_BUDGET = settings(max_examples=50, deadline=None)

_LOWER = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)
_NAME = _LOWER.map(str.capitalize)
_SENTENCE = st.lists(_LOWER, min_size=2, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")

# --- transcript turns -------------------------------------------------------

# Speakers as pages write them: capitalised names, two-word names, lower-case handles.
_SPEAKER = st.one_of(_NAME, st.builds(lambda a, b: f"{a} {b}", _NAME, _NAME), _LOWER)


def _stamp(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


@st.composite
def _glued_transcript(draw: st.DrawFn) -> str:
    """A transcript section run onto one line, each marker glued to the turn before it."""
    turns = draw(st.lists(st.tuples(_SPEAKER, _SENTENCE, st.booleans()), min_size=2, max_size=8))
    second = 0
    parts = ["Transcript"]
    for speaker, text, time_first in turns:
        second += draw(st.integers(1, 300))
        stamp = _stamp(second)
        # A lower-case handle is only ever written time first ("[00:00:01] ann:").
        marker = f"[{stamp}] {speaker}:" if time_first or speaker.islower() else f"{speaker} [{stamp}]:"
        parts.append(f"{marker} {text}")
    return "".join(parts)


@_BUDGET
@given(_glued_transcript())
def test_no_turn_text_holds_a_speaker_marker(line: str) -> None:
    fields = parse_body([(1, "An episode about piers."), (2, line)], glued=True)
    assert fields.transcript, line
    for turn in fields.transcript:
        assert not GLUED_MARKER.search(turn.text), (line, turn)


# --- chapter titles ---------------------------------------------------------

_FUNCTION_WORDS = {
    code: sorted(set(language(code).title_small_words) | set(language(code).function_words)) for code in ("en", "es")
}


@st.composite
def _glued_chapter(draw: st.DrawFn) -> tuple[str, list[str], str]:
    """ "## [mm:ss] Heading Summary…" with a heading of several words, opening on a function word or not."""
    code = draw(st.sampled_from(sorted(_FUNCTION_WORDS)))
    small = st.sampled_from(_FUNCTION_WORDS[code])
    heading = draw(st.lists(st.one_of(_LOWER, small), min_size=2, max_size=7))
    heading[0] = heading[0].capitalize()
    subject = draw(_NAME)
    summary = draw(st.lists(st.one_of(_LOWER, small), min_size=2, max_size=10))
    minute = draw(st.integers(0, 59))
    text = f"## [{minute:02d}:00] {' '.join(heading)} {subject} {' '.join(summary)}."
    return text, heading, code


@_BUDGET
@given(_glued_chapter())
def test_no_chapter_title_is_a_lone_function_word_when_its_heading_had_more(case: tuple[str, list[str], str]) -> None:
    text, heading, code = case
    chapter = inline_chapter(text, HeadingEvidence.of(text))
    assert chapter is not None and chapter.title, text
    assert not (chapter.title.casefold() in _FUNCTION_WORDS[code] and len(heading) > 1), (text, chapter.title)


# --- links ------------------------------------------------------------------

_HOST = st.builds(lambda a, b: f"{a}.{b}", _LOWER, st.sampled_from(["com", "org", "io", "ai"]))
_HANDLE = st.one_of(_LOWER, st.builds(lambda a, b: f"{a}_{b}", _LOWER, _LOWER), st.builds(str.__add__, _NAME, _NAME))
_URL = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}/{path}",
    st.sampled_from(["https", "http"]),
    _HOST,
    st.one_of(st.just(""), _HANDLE, st.builds(lambda h: f"in/{h}", _HANDLE), st.builds(lambda h: f"in/{h}/", _HANDLE)),
)
# What a glued page runs into a link: a label, a name line, a section heading, a
# bullet, prose. A colon glued to a letter is a path's ("/wiki/Help:Links"): a
# label's colon is followed by a space, as pages write it.
_AFTER = st.one_of(
    st.sampled_from(["X: ", "LinkedIn: ", "Website: ", "* ", " ", "Timestamps00:00:00 Intro "]),
    # A name line after a bullet; glued straight onto a mixed-case handle
    # ("…/AnnLeeBo Lund:") no page evidence says where the handle ends.
    st.builds(lambda a, b: f"* {a} {b}: ", _NAME, _NAME),
    _SENTENCE.map(lambda s: " " + s),
)


@_BUDGET
@given(st.lists(st.tuples(st.sampled_from(["", "* X: ", "Site: ", "see "]), _URL, _AFTER), min_size=1, max_size=5))
def test_every_link_is_a_valid_url_that_ends_at_its_boundary(items: list[tuple[str, str, str]]) -> None:
    # Where a label glued to a mixed-case handle at a host's root begins
    # ("…/AnnLeeLinkedIn:") only the page can say: it writes its labels
    # before its other links too.
    page = "* X: https://ann.example/ * LinkedIn: https://ann.example/ * Website: https://ann.example/ "
    text = page + "".join(f"{before}{url}{after}" for before, url, after in items)
    found = links_in(text)[3:]
    for link in found:
        parts = urlsplit(link)
        assert parts.scheme in ("http", "https") and "." in parts.netloc and not any(c.isspace() for c in link), link
    # Each link ends exactly where its URL does: no glued word kept, none cut short.
    assert found == [url for _, url, _ in items], text
