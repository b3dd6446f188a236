"""Merging: the parts of one episode taken from its records."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from podclean.merge import build_episode
from podclean.model import Block, Chapter, Entity, Record


def _record(chapters: tuple[Chapter, ...] = (), duration_s: int | None = None, line: int = 1) -> Record:
    block = Block(capture="page.txt", site="generic", start_line=line, end_line=line + 8, title="An episode")
    return Record(
        block=block,
        title="An episode",
        show=None,
        published=None,
        published_relative=None,
        duration_s=duration_s,
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
    # Merging gives each chapter its language and changes nothing else.
    assert {attrs.evolve(c, lang="und") for c in merged} <= set(chapters)


def _durations(*values: int) -> list[Record]:
    return [_record(duration_s=value, line=10 * i + 1) for i, value in enumerate(values)]


def test_a_rounded_duration_agrees_with_the_exact_one_and_the_exact_one_wins() -> None:
    # "1h 10min" twice and "1:10:12" once: one duration, to the second.
    episode = build_episode(_durations(4200, 4200, 4212), frozenset())
    assert episode.duration_s == 4212
    assert episode.conflicts == {} and episode.conflict_values == {}


def test_a_duration_cut_to_the_minute_agrees_with_the_exact_one() -> None:
    episode = build_episode(_durations(7140, 7168), frozenset())
    assert (episode.duration_s, episode.conflicts) == (7168, {})


def test_durations_minutes_apart_are_a_conflict_typed_like_the_field() -> None:
    episode = build_episode(_durations(4200, 4300, 4200), frozenset())
    assert episode.duration_s == 4200
    assert episode.conflict_values == {"duration_s": (4200, 4300)}
    row = episode.to_dict()
    assert row["conflict_values"] == {"duration_s": [4200, 4300]}
    # The first output form is kept as it was: the values as text.
    assert row["conflicts"] == {"duration_s": ["4200", "4300"]}


@given(st.lists(st.integers(60, 4 * 3600), min_size=1, max_size=6))
def test_the_chosen_duration_is_one_seen_and_conflicts_list_it_first(values: list[int]) -> None:
    episode = build_episode(_durations(*values), frozenset())
    assert episode.duration_s in values
    typed = episode.conflict_values.get("duration_s", ())
    assert not typed or typed[0] == episode.duration_s
    assert all(isinstance(v, int) for v in typed)
    assert episode.conflicts.get("duration_s", ()) == tuple(str(v) for v in typed)


def test_chapters_and_people_carry_the_language_of_their_text() -> None:
    chapters = (
        Chapter(start_s=0, title="Introducción", summary="El equipo explica por qué el puerto cambia cada invierno."),
        Chapter(start_s=60, title="Harbour walls", summary="The hosts explain why the walls keep moving every winter."),
    )
    person = Entity(name="Ana Ruiz", kind="guest", note="Ingeniera del puerto que estudia las mareas de la costa.")
    bare = Entity(name="Bo Lund", kind="person")
    record = attrs.evolve(
        _record(chapters),
        people=(person, bare),
        description="Un episodio sobre el puerto, sus muros y las mareas que los mueven cada año.",
        description_lang="es",
    )
    episode = build_episode([record], frozenset())
    assert [c.lang for c in episode.chapters] == ["es", "en"]
    # A person the page only names takes the page's language.
    assert [(p.name, p.lang) for p in episode.people] == [("Ana Ruiz", "es"), ("Bo Lund", "es")]
    assert episode.to_dict()["chapters"][0]["lang"] == "es"
