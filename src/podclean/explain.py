"""Why podclean decided what it did: for a pair of blocks, a line, an episode.

Everything here reruns the same stages a run does (cleaning every capture,
weighing features over all of them, resolving, merging) and keeps what a
run throws away: the resolver, so a pair's score can be asked for, and each
capture's text, so a line's repairs can be shown. An explanation is never a
second implementation of a decision, only a look at the one that was made.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal

import attrs

from podclean import plan
from podclean.config import Config
from podclean.errors import ConfigError, InputError
from podclean.fields.show_names import canonical_names
from podclean.io import iter_paths, load_capture
from podclean.model import Capture, CaptureReport, Episode, Record
from podclean.read import decode
from podclean.repair import explain_repair
from podclean.resolve import MATCH, Resolver
from podclean.run.loop import Input, gather

Role = Literal["episode", "chrome", "blank", "residue", "unread"]


@attrs.frozen(kw_only=True)
class BlockRef:
    """One block of one capture: where it is and the title it gave."""

    capture: str
    start_line: int
    end_line: int
    title: str
    episode: str

    def __str__(self) -> str:
        return f"{self.capture}:{self.start_line}-{self.end_line} {self.title!r} (episode {self.episode})"


@attrs.frozen(kw_only=True)
class PairExplanation:
    """Why two blocks were, or were not, merged into one episode.

    ``parts`` holds every signal's weighted score (``-inf`` for a
    cannot-link); ``total`` is their sum, merged when it reaches
    ``threshold`` — and, since clustering keeps unrelated episodes apart,
    ``same_episode`` says what the run finally did.
    """

    a: BlockRef
    b: BlockRef
    total: float
    parts: Mapping[str, float] = attrs.field(hash=False)
    threshold: float
    same_episode: bool

    @property
    def matches(self) -> bool:
        """Whether the pair's own evidence reaches the threshold."""
        return self.total >= self.threshold

    @property
    def cannot_link(self) -> tuple[str, ...]:
        """The rules that forbid this pair outright."""
        return tuple(name for name, value in self.parts.items() if value == -math.inf)

    def lines(self) -> list[str]:
        """The explanation as text, one fact a line."""
        out = [f"a: {self.a}", f"b: {self.b}"]
        out += [f"  {name:<40} {value:+.3f}" for name, value in sorted(self.parts.items(), key=lambda kv: kv[1])]
        verdict = "match" if self.matches else "no match"
        out.append(f"  {'total':<40} {self.total:+.3f} against {self.threshold:.3f}: {verdict}")
        if self.cannot_link:
            out.append(f"  cannot link: {', '.join(self.cannot_link)}")
        out.append(f"  same episode in the output: {'yes' if self.same_episode else 'no'}")
        return out


@attrs.frozen(kw_only=True)
class LineExplanation:
    """What became of one line of one capture, and which rule said so."""

    capture: str
    line: int
    #: The line as decoded, and as repaired (the text every stage read).
    raw: str
    text: str
    role: Role
    #: The chrome rule, or what put the line in its block or left it over.
    rule: str
    block: BlockRef | None = None
    #: Each repair step that changed the line: what it did, the text after.
    repairs: tuple[tuple[str, str], ...] = ()

    def lines(self) -> list[str]:
        """The explanation as text, one fact a line."""
        out = [f"{self.capture}:{self.line}: {self.role} ({self.rule})", f"  decoded:  {self.raw!r}"]
        out += [f"  {step}: {after!r}" for step, after in self.repairs]
        if self.block is not None:
            out.append(f"  block: {self.block}")
        return out


@attrs.frozen(kw_only=True)
class EpisodeExplanation:
    """Which blocks an episode was merged from, and each pair's evidence."""

    episode: Episode
    sources: tuple[BlockRef, ...]
    pairs: tuple[PairExplanation, ...]

    def lines(self) -> list[str]:
        """The explanation as text."""
        out = [f"episode {self.episode.id}: {self.episode.title!r}, from {len(self.sources)} blocks"]
        out += [f"  {source}" for source in self.sources]
        for pair in self.pairs:
            out += pair.lines()
        return out


def _captures(inputs: Input | Iterable[Input]) -> Iterator[Capture]:
    items = [inputs] if isinstance(inputs, (Capture, str, os.PathLike, InputError)) else inputs
    for item in items:
        if isinstance(item, InputError):
            raise item
        if isinstance(item, Capture):
            yield item
        else:
            yield from map(load_capture, iter_paths([item]))


class Explainer:
    """One run over some captures, kept so that its decisions can be asked about.

    >>> from podclean.model import Capture
    >>> page = "Show\\n\\nEpisode one — Ann Lee\\n1:02:03\\n\\nAnn Lee talks about " + "things " * 40
    >>> Explainer([Capture(name="p.txt", data=page)]).line("p.txt", 3).role
    'episode'
    """

    #: Pairs an episode's explanation shows at most (each block with the first one).
    MAX_PAIRS = 50

    def __init__(self, inputs: Input | Iterable[Input], config: Config | None = None) -> None:
        self.config = config or Config()
        self.captures = {c.name: c for c in _captures(inputs)}
        with gather(list(self.captures.values()), self.config) as gathered:
            self.reports: dict[str, CaptureReport] = {r.capture: r for r in gathered.reports()}
            self.records: list[Record] = [gathered.records[k] for k in range(len(gathered.signatures))]
            ranks = list(gathered.ranks)
            # The run's own order and resolver (plan.resolve, without letting go of it).
            self._order = plan.numbering(ranks)
            self._resolver = Resolver()
            self._resolver.add_signatures(
                [gathered.signatures[k] for k in self._order], [ranks[k] for k in self._order], interned=True
            )
            groups = [[self._order[i] for i in group] for group in self._resolver.groups()]
            shows = canonical_names(gathered.show_names)
            self.episodes = list(
                plan.merge_groups(groups, gathered.records.__getitem__, gathered.sentences, shows=shows)
            )
        self._position = {k: i for i, k in enumerate(self._order)}
        self._episode_of = {k: episode.id for group, episode in zip(groups, self.episodes, strict=True) for k in group}

    def capture_name(self, name: str) -> str:
        """The capture a user means: its full name, or a unique file name or ending."""
        if name in self.captures:
            return name
        found = [c for c in self.captures if c.endswith(os.sep + name) or c.endswith("/" + name)]
        if len(found) != 1:
            known = ", ".join(sorted(self.captures)[:5])
            what = "is not one of the captures" if not found else "names several captures"
            raise ConfigError(f"{name!r} {what}; give the capture's name as listed: {known}…")
        return found[0]

    def _block_at(self, capture: str, line: int) -> int | None:
        for k, record in enumerate(self.records):
            block = record.block
            if block.capture == capture and block.start_line <= line <= block.end_line:
                return k
        return None

    def _ref(self, k: int) -> BlockRef:
        block = self.records[k].block
        title = self.records[k].title
        return BlockRef(
            capture=block.capture,
            start_line=block.start_line,
            end_line=block.end_line,
            title=title,
            episode=self._episode_of[k],
        )

    def block(self, capture: str, line: int) -> BlockRef:
        """The block holding a line (:class:`ConfigError` when no block does)."""
        name = self.capture_name(capture)
        k = self._block_at(name, line)
        if k is None:
            raise ConfigError(f"{name}:{line} is in no episode block; ask podclean explain --line about it")
        return self._ref(k)

    def _pair(self, i: int, j: int) -> PairExplanation:
        score = self._resolver.explain(self._position[i], self._position[j])
        return PairExplanation(
            a=self._ref(i),
            b=self._ref(j),
            total=score.total,
            parts=dict(score.parts),
            threshold=MATCH,
            same_episode=self._episode_of[i] == self._episode_of[j],
        )

    def pair(self, a: tuple[str, int], b: tuple[str, int]) -> PairExplanation:
        """Why the blocks holding two lines (capture, line) were or were not merged."""
        blocks = []
        for capture, line in (a, b):
            name = self.capture_name(capture)
            k = self._block_at(name, line)
            if k is None:
                raise ConfigError(f"{name}:{line} is in no episode block; ask podclean explain --line about it")
            blocks.append(k)
        return self._pair(blocks[0], blocks[1])

    def line(self, capture: str, line: int) -> LineExplanation:
        """What became of one line (1-based) of one capture."""
        name = self.capture_name(capture)
        report = self.reports[name]
        document = decode(self.captures[name], self.config)
        if not 1 <= line <= len(document.lines):
            raise ConfigError(f"{name} has lines 1 to {len(document.lines)}, not {line}")
        raw = document.lines[line - 1]
        repairs = explain_repair(raw)
        text = repairs[-1][1] if repairs else raw

        def made(role: Role, rule: str, block: BlockRef | None = None) -> LineExplanation:
            return LineExplanation(
                capture=name, line=line, raw=raw, text=text, role=role, rule=rule, block=block, repairs=repairs
            )

        if report.error and not report.blocks:
            return made("unread", report.error)
        chrome = {n: rule for n, rule, _ in report.chrome}
        if line in chrome:
            return made("chrome", chrome[line])
        k = self._block_at(name, line)
        if k is not None:
            return made("episode", "inside a block", self._ref(k))
        if not text.strip():
            return made("blank", "blank")
        return made("residue", "no stage claimed it; kept in the report")

    def episode(self, episode_id: str) -> EpisodeExplanation:
        """Which blocks an episode came from, and each one's evidence against the first."""
        members = [k for k, found in sorted(self._episode_of.items()) if found == episode_id]
        episode = next((e for e in self.episodes if e.id == episode_id), None)
        if episode is None or not members:
            raise ConfigError(f"no episode {episode_id!r} in these captures; ids are in the output's 'id' field")
        members.sort(key=self._position.__getitem__)
        first = members[0]
        pairs = tuple(self._pair(first, k) for k in members[1 : 1 + self.MAX_PAIRS])
        return EpisodeExplanation(episode=episode, sources=tuple(map(self._ref, members)), pairs=pairs)


def explain_pair(
    inputs: Input | Iterable[Input], a: tuple[str, int], b: tuple[str, int], *, config: Config | None = None
) -> PairExplanation:
    """Why the blocks holding line ``a[1]`` of capture ``a[0]`` and ``b``'s were or were not merged."""
    return Explainer(inputs, config).pair(a, b)


def explain_line(
    inputs: Input | Iterable[Input], capture: str, line: int, *, config: Config | None = None
) -> LineExplanation:
    """What became of one line: episode (which block), chrome (which rule), blank or residue; and its repairs."""
    return Explainer(inputs, config).line(capture, line)


def explain_episode(
    inputs: Input | Iterable[Input], episode_id: str, *, config: Config | None = None
) -> EpisodeExplanation:
    """The blocks an episode was merged from, with the evidence that joined them."""
    return Explainer(inputs, config).episode(episode_id)


def parse_location(text: str) -> tuple[str, int]:
    """``CAPTURE:LINE`` as (capture, line); the capture name may itself hold colons.

    >>> parse_location("pages/a.txt:12")
    ('pages/a.txt', 12)
    """
    name, _, line = text.rpartition(":")
    if not name or not line.isdigit() or int(line) < 1:
        raise ConfigError(f"{text!r} is not CAPTURE:LINE (a capture name, a colon, a line number from 1)")
    return name, int(line)


__all__: Sequence[str] = [
    "BlockRef",
    "EpisodeExplanation",
    "Explainer",
    "LineExplanation",
    "PairExplanation",
    "explain_episode",
    "explain_line",
    "explain_pair",
    "parse_location",
]
