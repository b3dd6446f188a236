"""Per-field accuracy on captures modelled on sites podclean has no profile for.

    python benchmarks/unseen_bench.py [--corpus DIR] [--seeds DIR]

The corpus (tests/data/unseen) holds one capture per kind of real page, each
written with made-up shows and text in the structure of that page, and a
``NAME.expected.json`` beside it saying what a careful reader writes down:

    {"models": "podcast app show page, Spanish interface",
     "language": "es",                      # the page's interface language
     "captured_at": "2026-06-05",           # only where relative dates need it
     "episodes": [{"line": 7,               # 1-based line of the episode's title
                   "title": "...", "published": "2026-06-02", "duration_s": 2700,
                   "show": "...", "chapters": [[0, "Intro"], [312, "..."]],
                   "group": "soil-episode"}],   # same id = same episode elsewhere
     "interface_strings": ["Más", "Menos"]}     # must never be in a title

Each capture is cleaned on its own and scored field by field; then all of
them are cleaned in one run and the blocks' grouping is scored pairwise
against the ``group`` ids. The same checks run on the seed captures, with
the truth in tests/seed_expectations.py and tests/resolve_expectations.py
wherever it has the field ("-" where it has not).

What each column counts:

- ``found``: episodes found exactly once (one output episode covers the
  title line and it covers no other expected episode), over the expected
  episodes plus every output episode that covers none (a chapter heading or
  a menu turned into an episode counts against the page).
- ``title``, ``published``, ``duration``, ``show``: the episode covering the
  title line has the expected value (null included); a missed episode
  counts as wrong in every field.
- ``chapters``: the same start times and titles, over the episodes that
  have chapters on the page or in the output.
- ``no_chrome``: output titles holding none of the page's interface strings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import podclean  # noqa: E402
from benchmarks.resolve_bench import pairwise_prf  # noqa: E402
from podclean.model import Capture, Episode, Result  # noqa: E402

UNSEEN = ROOT / "tests" / "data" / "unseen"
SEEDS = ROOT.parent / "shared" / "seeds"

#: The per-capture checks, in the order the table prints them.
FIELDS = ("found", "title", "published", "duration", "show", "chapters", "no_chrome")
#: Fields an expected episode can leave unlabelled (the seeds' truth has no titles or shows).
LABELS = ("title", "published", "duration", "show", "chapters")

_SPACES = re.compile(r"\s+")


@attrs.frozen(kw_only=True)
class ExpectedEpisode:
    """One episode a careful reader writes down from one capture."""

    line: int
    title: str | None = None
    published: str | None = None
    duration_s: int | None = None
    show: str | None = None
    chapters: tuple[tuple[int, str], ...] = ()
    group: str | None = None
    #: Which of :data:`LABELS` this episode's truth covers.
    labelled: frozenset[str] = frozenset(LABELS)


@attrs.frozen(kw_only=True)
class Expectation:
    """What one capture holds: the page kind it models and its episodes."""

    capture: str
    models: str = ""
    language: str = ""
    captured_at: dt.date | None = None
    episodes: tuple[ExpectedEpisode, ...] = ()
    interface_strings: tuple[str, ...] = ()


@attrs.frozen
class Tally:
    """Right answers out of those asked; ``None`` as accuracy when none were."""

    right: int = 0
    total: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.right + other.right, self.total + other.total)

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None


def normalise(text: str | None) -> str | None:
    """Text as a reader compares it: NFC, runs of spaces as one, no edge spaces.

    >>> normalise("  Two\\u00a0 words ")
    'Two words'
    """
    if text is None:
        return None
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def load_expectation(path: Path) -> Expectation:
    """Read ``NAME.expected.json`` for the capture ``NAME.txt``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    captured = data.get("captured_at")
    episodes = tuple(
        ExpectedEpisode(
            line=int(e["line"]),
            title=e["title"],
            published=e.get("published"),
            duration_s=e.get("duration_s"),
            show=e.get("show"),
            chapters=tuple((int(start), str(title)) for start, title in e.get("chapters", ())),
            group=e.get("group"),
        )
        for e in data["episodes"]
    )
    return Expectation(
        capture=path.name.removesuffix(".expected.json") + ".txt",
        models=data.get("models", ""),
        language=data.get("language", ""),
        captured_at=dt.date.fromisoformat(captured) if captured else None,
        episodes=episodes,
        interface_strings=tuple(data.get("interface_strings", ())),
    )


def load_corpus(folder: Path = UNSEEN) -> list[tuple[Path, Expectation]]:
    """Every capture of ``folder`` that has expectations, by file name."""
    pairs = []
    for expected in sorted(folder.glob("*.expected.json")):
        expectation = load_expectation(expected)
        pairs.append((folder / expectation.capture, expectation))
    return pairs


def _covers(episode: Episode, capture: str, line: int) -> bool:
    return any(s.capture == capture and s.start_line <= line <= s.end_line for s in episode.sources)


def _source_title(episode: Episode, capture: str, line: int) -> str:
    for source in episode.sources:
        if source.capture == capture and source.start_line <= line <= source.end_line:
            return source.title
    return episode.title


def covering(episodes: Sequence[Episode], capture: str, line: int) -> list[Episode]:
    """The output episodes with a block of ``capture`` spanning ``line``."""
    return [e for e in episodes if _covers(e, capture, line)]


def score_capture(expectation: Expectation, result: Result) -> dict[str, Tally]:
    """Score one capture's own run (``result``) against its expectations."""
    name = expectation.capture
    episodes = [e for e in result.episodes if any(s.capture == name for s in e.sources)]
    lines = [x.line for x in expectation.episodes]
    tallies = {field: Tally() for field in FIELDS}

    def add(field: str, right: bool) -> None:
        tallies[field] += Tally(int(right), 1)

    for expected in expectation.episodes:
        found = covering(episodes, name, expected.line)
        once = len(found) == 1 and sum(_covers(found[0], name, n) for n in lines) == 1
        add("found", once)
        episode = found[0] if found else None
        got_title = normalise(_source_title(episode, name, expected.line)) if episode else None
        checks = {
            "title": (got_title, normalise(expected.title)),
            "published": (episode.published if episode else "", expected.published),
            "duration": (episode.duration_s if episode else -1, expected.duration_s),
            "show": (normalise(episode.show) if episode else "", normalise(expected.show)),
        }
        for field, (got, want) in checks.items():
            if field in expected.labelled:
                add(field, episode is not None and got == want)
        if "chapters" in expected.labelled:
            got_chapters = tuple((c.start_s, normalise(c.title)) for c in episode.chapters) if episode else ()
            want_chapters = tuple((start, normalise(title)) for start, title in expected.chapters)
            if got_chapters or want_chapters:
                add("chapters", episode is not None and got_chapters == want_chapters)
    for episode in episodes:
        if not any(_covers(episode, name, n) for n in lines):
            add("found", False)
    strings = [(normalise(s) or "").casefold() for s in expectation.interface_strings]
    for episode in episodes:
        for source in episode.sources:
            if source.capture == name:
                title = (normalise(source.title) or "").casefold()
                add("no_chrome", not any(s in title for s in strings))
    return tallies


def extra_episodes(expectation: Expectation, result: Result) -> int:
    """Output episodes of the capture that cover no expected title line."""
    name = expectation.capture
    lines = [x.line for x in expectation.episodes]
    return sum(
        1
        for e in result.episodes
        if any(s.capture == name for s in e.sources) and not any(_covers(e, name, n) for n in lines)
    )


def grouping(expectations: Sequence[Expectation], result: Result) -> tuple[float, float]:
    """Pairwise precision and recall of one joint run's grouping of the expected blocks."""
    truth: list[int] = []
    predicted: list[int] = []
    ids: dict[str, int] = {}
    for expectation in expectations:
        for expected in expectation.episodes:
            unique = len(truth) + 1_000_000
            truth.append(ids.setdefault(f"group:{expected.group}", len(ids)) if expected.group else unique)
            found = covering(result.episodes, expectation.capture, expected.line)
            predicted.append(ids.setdefault(f"id:{found[0].id}", len(ids)) if found else unique)
    precision, recall, _ = pairwise_prf(predicted, truth)
    return precision, recall


def clean_alone(path: Path, expectation: Expectation) -> Result:
    """The capture cleaned on its own, as a user would clean one page."""
    capture = Capture(name=expectation.capture, data=path.read_bytes())
    return podclean.clean_report([capture], captured_at=expectation.captured_at)


def clean_together(pairs: Sequence[tuple[Path, Expectation]]) -> Result:
    """All captures in one run, at the capture time most of them were taken."""
    dates = Counter(e.captured_at for _, e in pairs if e.captured_at)
    captured_at = dates.most_common(1)[0][0] if dates else None
    captures = [Capture(name=e.capture, data=p.read_bytes()) for p, e in pairs]
    return podclean.clean_report(captures, captured_at=captured_at)


def seed_corpus(folder: Path = SEEDS) -> list[tuple[Path, Expectation]]:
    """The seed captures with the truth the seed tests hold, field by field."""
    from tests.resolve_expectations import SAME_EPISODE
    from tests.seed_expectations import BLOCK_TITLE_LINES, CHROME_STRINGS, DATES, DURATIONS

    group_of = {block: f"seed-{g}" for g, group in enumerate(SAME_EPISODE) for block in group}
    pairs = []
    for path in sorted(folder.glob("*.txt")):
        prefix = path.name[:3]
        episodes = []
        for line in BLOCK_TITLE_LINES.get(prefix, ()):
            labelled = {"published"} if prefix in DATES else set()
            labelled |= {"duration"} if prefix in DURATIONS else set()
            episodes.append(
                ExpectedEpisode(
                    line=line,
                    published=DATES.get(prefix, {}).get(line),
                    duration_s=DURATIONS.get(prefix, {}).get(line),
                    group=group_of.get((prefix, line)),
                    labelled=frozenset(labelled),
                )
            )
        expectation = Expectation(capture=path.name, episodes=tuple(episodes), interface_strings=CHROME_STRINGS)
        pairs.append((path, expectation))
    return pairs


@attrs.frozen(kw_only=True)
class CorpusScore:
    """Per-capture and overall tallies of one corpus, and its grouping."""

    rows: tuple[tuple[str, str, int, int, Mapping[str, Tally]], ...]
    overall: Mapping[str, Tally]
    precision: float
    recall: float
    errors: tuple[str, ...] = ()


def score_corpus(pairs: Sequence[tuple[Path, Expectation]]) -> CorpusScore:
    """Clean every capture alone and all together, and score both ways."""
    rows = []
    overall = {field: Tally() for field in FIELDS}
    errors: list[str] = []
    for path, expectation in pairs:
        result = clean_alone(path, expectation)
        errors.extend(f"{r.capture}: {r.error}" for r in result.reports if r.error)
        tallies = score_capture(expectation, result)
        for field in FIELDS:
            overall[field] += tallies[field]
        extra = extra_episodes(expectation, result)
        rows.append((expectation.capture, expectation.language, len(expectation.episodes), extra, tallies))
    precision, recall = grouping([e for _, e in pairs], clean_together(pairs))
    return CorpusScore(rows=tuple(rows), overall=overall, precision=precision, recall=recall, errors=tuple(errors))


def _cell(tally: Tally) -> str:
    accuracy = tally.accuracy
    return "-" if accuracy is None else f"{accuracy:.2f}"


def table(title: str, score: CorpusScore) -> Iterable[str]:
    """The printed rows of one corpus."""
    name_width = max([len(title), *(len(row[0]) for row in score.rows)]) + 2
    header = f"{title:<{name_width}}{'lang':>5}{'eps':>5}{'extra':>6}" + "".join(f"{f:>10}" for f in FIELDS)
    yield header
    yield "-" * len(header)
    for name, language, count, extra, tallies in score.rows:
        yield f"{name:<{name_width}}{language:>5}{count:>5}{extra:>6}" + "".join(
            f"{_cell(tallies[f]):>10}" for f in FIELDS
        )
    count = sum(row[2] for row in score.rows)
    extra = sum(row[3] for row in score.rows)
    yield "-" * len(header)
    yield f"{'overall':<{name_width}}{'':>5}{count:>5}{extra:>6}" + "".join(
        f"{_cell(score.overall[f]):>10}" for f in FIELDS
    )
    yield f"grouping (one run over all captures): pairwise precision {score.precision:.3f}, recall {score.recall:.3f}"
    for error in score.errors:
        yield f"error: {error}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=UNSEEN)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    args = parser.parse_args()
    pairs = load_corpus(args.corpus)
    languages = sorted({e.language for _, e in pairs})
    print(f"{len(pairs)} captures, {len(languages)} interface languages: {' '.join(languages)}\n")
    for line in table("unseen capture", score_corpus(pairs)):
        print(line)
    print()
    if not args.seeds.is_dir():
        print(f"No seed captures at {args.seeds}: their rows are left out.")
        return
    for line in table("seed capture", score_corpus(seed_corpus(args.seeds))):
        print(line)


if __name__ == "__main__":
    main()
