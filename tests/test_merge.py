"""Merging: the parts of one episode taken from its records."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from podclean.merge import build_episode
from podclean.model import Block, Chapter, Record


def _record(chapters: tuple[Chapter, ...]) -> Record:
    block = Block(capture="page.txt", site="generic", start_line=1, end_line=9, title="An episode")
    return Record(
        block=block,
        title="An episode",
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


_TITLES = st.sampled_from(["Intro", "intro!", "INTRO", "Outro", "The  news", "the news", "Q&A"])


@given(st.lists(st.tuples(st.integers(0, 4), _TITLES), max_size=12))
def test_chapters_repeat_only_at_the_same_time_and_title(items: list[tuple[int, str]]) -> None:
    chapters = tuple(Chapter(start_s=start * 60, title=title) for start, title in items)
    merged = build_episode([_record(chapters)], frozenset()).chapters

    def key(c: Chapter) -> tuple[int, str]:
        return c.start_s, " ".join("".join(ch for ch in c.title.casefold() if ch.isalnum() or ch == " ").split())

    assert [c.start_s for c in merged] == sorted(c.start_s for c in merged)
    assert len({key(c) for c in merged}) == len(merged) == len({key(c) for c in chapters})
    assert set(merged) <= set(chapters)
