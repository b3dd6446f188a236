"""Chapters: every list form pages use, and where a glued heading ends.

All text here is made up; it copies the shape of real pages, not their words.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from podclean.fields.body import parse_body
from podclean.fields.chapters import chapter_line, chapter_lines, inline_chapter
from podclean.fields.headings import HeadingEvidence, split_heading
from podclean.languages import language
from podclean.merge import build_episode
from podclean.model import Block, Chapter, Record

NO_EVIDENCE = HeadingEvidence.of("")


@pytest.mark.parametrize(
    ("line", "start", "title"),
    [
        ("- 0:00Intro", 0, "Intro"),
        ("1. 0:00Intro", 0, "Intro"),
        ("12. 1:02:03 The long goodbye", 3723, "The long goodbye"),
        ("0:00:00 Welcome aboard", 0, "Welcome aboard"),
        ("(00:12) Why tides turn", 12, "Why tides turn"),
        ("00:00 - Cold open", 0, "Cold open"),
        ("03:35 – Harbour walls", 215, "Harbour walls"),
        ("[01:21] Field notes", 81, "Field notes"),
        ("* 00:03:15 Listener mail", 195, "Listener mail"),
        ("62:00 Questions from the deck", 3720, "Questions from the deck"),
    ],
)
def test_every_chapter_line_form(line: str, start: int, title: str) -> None:
    chapter = chapter_line(line)
    assert chapter is not None
    assert (chapter.start_s, chapter.title) == (start, title)


@pytest.mark.parametrize("line", ["1:03:39", "12:30", "Episode 4", "2026-01-26"])
def test_a_time_alone_is_no_chapter(line: str) -> None:
    assert chapter_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "0:00 Intro 2:14 Why boats leak 17:40 Caulking",
        "- 0:00Intro - 2:14Why boats leak - 17:40Caulking",
        "1. 0:00Intro 2. 2:14Why boats leak 3. 17:40Caulking",
        "(00:00) Intro (02:14) Why boats leak (17:40) Caulking",
        "00:00:00 Intro 00:02:14 Why boats leak 00:17:40 Caulking",
    ],
)
def test_chapters_glued_onto_one_line(line: str) -> None:
    assert [(c.start_s, c.title) for c in chapter_lines(line)] == [
        (0, "Intro"),
        (134, "Why boats leak"),
        (1060, "Caulking"),
    ]


@given(
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=59),
    st.sampled_from(("Min.", "min", "Min", "minutes", "mins")),
)
def test_a_clock_and_a_minute_unit_is_a_length_not_a_chapter(minutes: int, seconds: int, unit: str) -> None:
    line = f"{minutes:02d}:{seconds:02d} {unit}"
    assert chapter_line(line) is None, line
    # A title that only starts with a unit's letters is still a chapter.
    chapter = chapter_line(f"{minutes:02d}:{seconds:02d} Minimal tech")
    assert chapter is not None and chapter.title == "Minimal tech"


def test_a_time_inside_a_title_stays_in_it() -> None:
    found = chapter_lines("0:00 Intro 5:00 Meet at 4:30 sharp 9:00 Outro")
    assert [(c.start_s, c.title) for c in found] == [(0, "Intro"), (300, "Meet at 4:30 sharp"), (540, "Outro")]


def test_a_chapters_section_in_any_form_is_read_in_a_body() -> None:
    body = [(1, "A show about boats."), (2, "Chapters"), (3, "- 0:00Intro"), (4, "- 2:14Why boats leak")]
    found = parse_body(body, glued=False).chapters
    assert [(c.start_s, c.title) for c in found] == [(0, "Intro"), (134, "Why boats leak")]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # Title case: the summary's subject stands before its verb.
        ("Harbour Walls and Tides Mira opens with a storm. She recalls it.", "Harbour Walls and Tides"),
        # Sentence case: a capitalised article mid-line opens the sentence.
        ("Why the dunes keep moving The hosts disagree on sand. Then they agree.", "Why the dunes keep moving"),
        # A name after a lower-case word, followed by its verb.
        ("How a ferry got its engine back Tomas explains the fix. More follows.", "How a ferry got its engine back"),
        # Subtitles after a colon and questions stay in the heading.
        ("Cold open: A very wet morning Ines tells the story. It rained.", "Cold open: A very wet morning"),
        ("Can Boats Fly? Pilar thinks so. Her proof is short.", "Can Boats Fly?"),
        # Spanish sentence case.
        (
            "La marea y los barcos del puerto El equipo explica el plan. Luego sigue.",
            "La marea y los barcos del puerto",
        ),
        # Korean: the subject with its particle opens the summary.
        ("항구 방파제의 역사 Mira는 오래된 방파제를 설명한다. 이어서 질문한다.", "항구 방파제의 역사"),
        # A Korean heading that is a clause of its own, with a tag.
        ("방파제가 바다를 막는다 — 미리보기 인터뷰 끝에서 나온 장면이다.", "방파제가 바다를 막는다 — 미리보기"),
        # An English heading before a Chinese summary.
        ("Harbour Walls 防波堤是港口的关键。", "Harbour Walls"),
        # No sentence at all: it is all heading.
        ("Safety is a property of the whole harbour", "Safety is a property of the whole harbour"),
    ],
)
def test_heading_ends_where_the_summary_begins(text: str, heading: str) -> None:
    assert split_heading(text, HeadingEvidence.of(text))[0] == heading


def test_the_page_repeating_a_name_keeps_it_whole_in_the_subject() -> None:
    page = "Ship Yard talks. Ship Yard builds hulls. Ship Yard sells them."
    text = "Welding at Scale Ship Yard welds every hull twice. More."
    assert split_heading(text, HeadingEvidence.of(page + " " + text))[0] == "Welding at Scale"


def test_a_lower_case_name_the_page_opens_sentences_with() -> None:
    page = "Intro text. zed asks a question. zed laughs."
    text = "Deep Water Engines zed asks how pumps fail. More."
    assert split_heading(text, HeadingEvidence.of(page + " " + text))[0] == "Deep Water Engines"


def test_an_inline_chapter_keeps_its_summary() -> None:
    chapter = inline_chapter("## [06:00] Harbour Walls Mira opens with a storm. She recalls it.")
    assert chapter is not None
    assert (chapter.start_s, chapter.title, chapter.summary) == (
        360,
        "Harbour Walls",
        "Mira opens with a storm. She recalls it.",
    )


_EN = language("en")
_FUNCTION = sorted(set(_EN.title_small_words) | set(_EN.function_words))
_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9)
_NAME = _WORD.map(str.capitalize)


@given(
    st.lists(st.one_of(_WORD, _NAME, st.sampled_from(_FUNCTION)), min_size=2, max_size=8),
    st.lists(st.one_of(_WORD, st.sampled_from(_FUNCTION)), min_size=2, max_size=12),
    _NAME,
)
def test_no_title_is_a_lone_function_word_when_its_heading_had_more(
    heading: list[str], summary: list[str], subject: str
) -> None:
    text = " ".join([heading[0].capitalize(), *heading[1:], subject, *summary]) + "."
    title, rest = split_heading(text, HeadingEvidence.of(text))
    assert title
    assert not (title.casefold() in _FUNCTION and len(heading) > 1), (text, title)
    assert f"{title} {rest}".split() == text.split()


def _record(capture: str, site: str, chapters: tuple[Chapter, ...]) -> Record:
    block = Block(capture=capture, site=site, start_line=1, end_line=9, title="Harbour talk")
    return Record(
        block=block,
        title="Harbour talk",
        show=None,
        published=None,
        published_relative=None,
        duration_s=None,
        description="",
        truncated=False,
        chapters=chapters,
        transcript=(),
        tags=(),
        entities=(),
        links=(),
    )


def test_another_page_with_bare_titles_says_where_a_glued_heading_ends() -> None:
    glued = Chapter(start_s=60, title="Harbour Walls Tide", summary="Lab builds them. More.")
    bare = Chapter(start_s=60, title="Harbour Walls")
    records = [_record("summary.txt", "summary", (glued,)), _record("list.txt", "list", (bare,))]
    merged = build_episode(records, frozenset({"summary"})).chapters
    assert [(c.start_s, c.title, c.summary) for c in merged] == [(60, "Harbour Walls", "Tide Lab builds them. More.")]


def test_a_bare_title_of_another_start_changes_nothing() -> None:
    glued = Chapter(start_s=60, title="Harbour Walls Tide", summary="Lab builds them.")
    records = [_record("a.txt", "summary", (glued,)), _record("b.txt", "list", (Chapter(start_s=61, title="Harbour"),))]
    merged = build_episode(records, frozenset({"summary"})).chapters
    assert [(c.start_s, c.title, c.summary) for c in merged] == [(60, glued.title, glued.summary)]


@pytest.mark.parametrize(
    ("page", "text", "heading"),
    [
        # A Chinese summary opening with a name the page writes before Chinese text.
        ("Mira 认为港口很重要。Mira 说明了原因。", "Harbour Walls Mira 认为防波堤是关键。", "Harbour Walls"),
        # A name in the genitive that the page elsewhere makes a subject.
        ("Ana가 질문한다. Ana는 답한다.", "항구의 미래 Ana의 마지막 질문: 방파제는 충분한가. 끝.", "항구의 미래"),
        # The heading's first words restated as the summary's subject.
        ("", "항구 방파제 이야기 항구 방파제는 오래되었다. 다음.", "항구 방파제 이야기"),
        # A label after a lower-case heading word.
        ("", "Lightning round Books: *Sea Tales* and more. Then films.", "Lightning round"),
        # A common word opening the subject after a sentence-case heading.
        ("", "Why docks rot Host Ana Ruiz introduces the guest. More.", "Why docks rot"),
        # A role before a name the page lists opens the summary with it.
        (
            "**Ana Ruiz** (person)",
            "Dock Walls Introduction Host Ana Ruiz introduces Bo. More.",
            "Dock Walls Introduction",
        ),
        # A word the page writes lower-case is no name's first word, however
        # often it stands before one.
        (
            "Why the Dock Holds the Wall Acmeco built it. Also the Wall Acmeco tested it. The wall stands.",
            "Trust in Machine-Built Wall Acmeco built the first one. More.",
            "Trust in Machine-Built Wall",
        ),
        # Sentence case: a capitalised word between lower-case words opens a sentence.
        (
            "",
            "When to use steel vs. wooden piles Default to steel in salt water. More.",
            "When to use steel vs. wooden piles",
        ),
        # Korean: a Latin name after the heading's last noun opens the summary before its subject.
        ("", "방파제 보수 설명 Acme 4 소형 모델의 핵심 설계는 단순하다. 끝.", "방파제 보수 설명"),
        ("", "항구 분야의 어려운 문제 Acme에서 가장 어려운 문제를 묻자 Mira는 답한다. 끝.", "항구 분야의 어려운 문제"),
        # …but not after a modifier or a conjunction: the name is the heading's.
        ("", "방파제 소개 및 Acme의 배경 Mira는 설명한다. 끝.", "방파제 소개 및 Acme의 배경"),
        ("", "항구의 자주적 Acme 설계 Mira는 설명한다. 끝.", "항구의 자주적 Acme 설계"),
        # A heading ends on no small word after a name: both open the summary's subject.
        ("", "Dock Automation and Repair Crews like Acme and Bo are fixing piles. More.", "Dock Automation and Repair"),
        # A summary restating the heading's name opens with the word before it.
        (
            "",
            "Harbour fees beyond Acmeport Using Acmeport and Bo as examples, Ana explains. More.",
            "Harbour fees beyond Acmeport",
        ),
        # A dash before an emphasised aside ends the heading.
        ("", "Why piles rot in salt -- _Note: see the chart:_ A pile is wood. More.", "Why piles rot in salt"),
        # An exclamation the same sentence goes on from, to the heading's name restated.
        (
            "",
            "Acmeport S-1 torn down! Reading the three businesses Acmeport runs. More.",
            "Acmeport S-1 torn down! Reading the three businesses",
        ),
        # …but not where a name the page writes mid-sentence opens the next one.
        (
            "Then and Ana left.",
            "Acmeport joins the show! Ana opens with Acmeport news. More.",
            "Acmeport joins the show!",
        ),
        # Korean: a quotation after the heading's last noun opens the summary.
        ("", '항구와 방파제 모델 "방파제 모델"이라는 말이 유행이라고 Mira는 지적한다. 끝.', "항구와 방파제 모델"),
    ],
)
def test_heading_ends_where_the_page_says_the_summary_begins(page: str, text: str, heading: str) -> None:
    assert split_heading(text, HeadingEvidence.of(f"{page} {text}"))[0] == heading


@pytest.mark.parametrize(
    ("line", "start", "title"),
    [
        ("(00:00) Intro", 0, "Intro"),
        ("0:00:00 Title", 0, "Title"),
        ("[00:00] Title", 0, "Title"),
        ("00:00 – Title", 0, "Title"),
        ("— 00:00 Cold open", 0, "Cold open"),
        ("▶ 02:14 Why boats leak", 134, "Why boats leak"),
        ("00:00 • Cold open", 0, "Cold open"),
        ("0:00 ~ Cold open", 0, "Cold open"),
        ("0:00 – 1:30 Cold open", 0, "Cold open"),
        ("00:02:14 - 00:17:40 Why boats leak", 134, "Why boats leak"),
        ("(02:14-17:40) Why boats leak", 134, "Why boats leak"),
        ("[02:14 - 17:40] Why boats leak", 134, "Why boats leak"),
    ],
)
def test_chapter_lines_with_arrows_bullets_and_ranges(line: str, start: int, title: str) -> None:
    chapter = chapter_line(line)
    assert chapter is not None, line
    assert (chapter.start_s, chapter.title) == (start, title)


@pytest.mark.parametrize("line", ["0:00 — 1:05:00", "[00:00 - 05:00]", "— 1:03:39"])
def test_a_range_of_times_alone_is_no_chapter(line: str) -> None:
    assert chapter_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "0:00 – 2:14 Intro 2:14 – 17:40 Why boats leak 17:40 – 20:00 Caulking",
        "[00:00-02:14] Intro [02:14-17:40] Why boats leak [17:40-20:00] Caulking",
        "— 0:00 Intro — 2:14 Why boats leak — 17:40 Caulking",
    ],
)
def test_chapter_ranges_glued_onto_one_line_start_at_their_first_time(line: str) -> None:
    assert [(c.start_s, c.title) for c in chapter_lines(line)] == [
        (0, "Intro"),
        (134, "Why boats leak"),
        (1060, "Caulking"),
    ]


_FORMS = (
    "{ts} {title}",
    "- {ts}{title}",
    "1. {ts}{title}",
    "({ts}) {title}",
    "[{ts}] {title}",
    "{ts} - {title}",
    "{ts} – {title}",
    "{ts} – {end} {title}",
)


@given(
    st.integers(min_value=0, max_value=3 * 3600),
    st.sampled_from(_FORMS),
    st.text(alphabet="abcdefghij klmnop", min_size=1, max_size=30).map(str.strip).filter(bool),
    st.booleans(),
)
def test_every_chapter_form_reads_its_start_and_title(start: int, form: str, words: str, hours: bool) -> None:
    h, rest = divmod(start, 3600)
    m, s = divmod(rest, 60)
    ts = f"{h}:{m:02d}:{s:02d}" if hours or h else f"{m:02d}:{s:02d}"
    end = f"{h + 4}:00:00"
    title = "Part " + words
    chapter = chapter_line(form.format(ts=ts, end=end, title=title))
    assert chapter is not None and (chapter.start_s, chapter.title) == (start, title), form
