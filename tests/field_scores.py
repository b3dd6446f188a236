"""Per-field accuracy of podclean's episodes against the hand labels in :mod:`tests.seed_fields`.

Used by ``tests/test_seed_fields.py`` (floors) and ``benchmarks/fields_bench.py``
(the printed figures), so both measure the same thing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path

import attrs
import regex

from podclean.model import Episode
from tests.seed_fields import CHAPTER_TITLES, FIRST_TURNS, LINKS, SPEAKERS, text

#: A speaker marker left inside a turn's text: "[00:01:02] Ann Lee:" or "Ann Lee [00:01:02]:".
GLUED_MARKER = regex.compile(
    r"\[\d{1,2}:\d{2}(?::\d{2})?\] ?[\p{L}][\p{L}\p{M}'’.\-]*(?: [\p{L}][\p{L}\p{M}'’.\-]*){0,3}:"
    r"|[\p{L}] \[\d{1,2}:\d{2}(?::\d{2})?\]:"
)


def _norm(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split())


@attrs.frozen(kw_only=True)
class Scores:
    """Hits and totals per field; ``ratio`` turns a pair into a figure."""

    chapter_titles: tuple[int, int]
    chapter_starts: tuple[int, int]
    turns: tuple[int, int]
    speakers: tuple[int, int, int]  # true positives, found, labelled
    glued_markers: int
    links: tuple[int, int, int]  # true positives, found, labelled

    def figures(self) -> dict[str, float]:
        """Each field's accuracy (precision, recall and F1 where a set is compared)."""

        def ratio(hit: int, total: int) -> float:
            return hit / total if total else 1.0

        sp_p, sp_r = ratio(self.speakers[0], self.speakers[1]), ratio(self.speakers[0], self.speakers[2])
        return {
            "chapter titles": ratio(*self.chapter_titles),
            "chapter starts": ratio(*self.chapter_starts),
            "turns": ratio(*self.turns),
            "speakers F1": 2 * sp_p * sp_r / (sp_p + sp_r) if sp_p + sp_r else 0.0,
            "links precision": ratio(self.links[0], self.links[1]),
            "links recall": ratio(self.links[0], self.links[2]),
        }


def _episode_at(episodes: Sequence[Episode], prefix: str, line: int) -> Episode | None:
    for episode in episodes:
        for source in episode.sources:
            if source.capture.startswith(prefix) and source.start_line <= line <= source.end_line:
                return episode
    return None


def score(episodes: Sequence[Episode], seeds: Path) -> Scores:
    """Compare ``episodes`` (each seed cleaned on its own) with the labels."""
    pages = {p.name[:3]: p.read_text(encoding="utf-8").split("\n") for p in sorted(seeds.glob("*.txt"))}
    titles = starts = chapters = 0
    for prefix, by_line in CHAPTER_TITLES.items():
        for line, labelled in by_line.items():
            episode = _episode_at(episodes, prefix, line)
            found = {c.start_s: _norm(c.title) for c in episode.chapters} if episode else {}
            for start, span in labelled.items():
                chapters += 1
                starts += start in found
                titles += found.get(start) == _norm(text(pages[prefix], span))
    turns = turns_total = 0
    for prefix, turn_lines in FIRST_TURNS.items():
        for line, firsts in turn_lines.items():
            episode = _episode_at(episodes, prefix, line)
            got = [(t.start_s, _norm(t.speaker)) for t in episode.transcript] if episode else []
            want = [(start, _norm(text(pages[prefix], span))) for start, span in firsts]
            turns_total += len(want)
            turns += sum(g == w for g, w in zip(got, want, strict=False))
    sp_hit = sp_found = sp_labelled = 0
    for prefix, speaker_lines in SPEAKERS.items():
        for line, spans in speaker_lines.items():
            episode = _episode_at(episodes, prefix, line)
            got_speakers = {_norm(t.speaker) for t in episode.transcript} if episode else set()
            want_speakers = {_norm(text(pages[prefix], span)) for span in spans}
            sp_hit += len(got_speakers & want_speakers)
            sp_found += len(got_speakers)
            sp_labelled += len(want_speakers)
    ln_hit = ln_found = ln_labelled = 0
    for prefix, link_lines in LINKS.items():
        for line, spans in link_lines.items():
            episode = _episode_at(episodes, prefix, line)
            got_links = set(episode.links) if episode else set()
            want_links = {text(pages[prefix], span) for span in spans}
            ln_hit += len(got_links & want_links)
            ln_found += len(got_links)
            ln_labelled += len(want_links)
    glued = sum(bool(GLUED_MARKER.search(t.text)) for e in episodes for t in e.transcript)
    return Scores(
        chapter_titles=(titles, chapters),
        chapter_starts=(starts, chapters),
        turns=(turns, turns_total),
        speakers=(sp_hit, sp_found, sp_labelled),
        glued_markers=glued,
        links=(ln_hit, ln_found, ln_labelled),
    )
