"""The whole pipeline: captures → per-capture records → canonical episodes.

Per capture: read → repair → site → chrome → segment → fields → language,
plus the accounting of every line. Then, across captures: grouping and
merging. A capture that fails is reported (or raised, if asked) and the rest
of the batch goes on.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import attrs

from podclean import chrome as chrome_stage
from podclean.config import Config
from podclean.errors import CaptureError, CaptureTimeout, ConfigError, UnrecognisedPage, WorkerDied
from podclean.fields.record import parse_block
from podclean.lang import detect_language, title_language
from podclean.merge import build_episode
from podclean.model import Capture, CaptureReport, Document, Episode, Record, Result
from podclean.read import decode
from podclean.repair import repair_document
from podclean.resolve import Rank, Resolver, canonical_order, resolve
from podclean.resolve.signatures import Signature, shared, signatures
from podclean.segment import Segmentation, infer_date_order, segment
from podclean.sites import PROFILES, detect
from podclean.spill import RecordSpill
from podclean.text import title_key


@attrs.frozen(kw_only=True)
class CaptureOutcome:
    """What cleaning one capture produced: records, their signatures, accounting."""

    records: tuple[Record, ...]
    report: CaptureReport
    signatures: tuple[Signature, ...] = ()
    #: Each record's :func:`~podclean.chrome.sentence_hashes`.
    sentences: tuple[tuple[int, tuple[int, ...]], ...] = ()
    #: Each record's :func:`~podclean.resolve.canonical_order`.
    ranks: tuple[Rank, ...] = ()


def _account(document: Document, site: str, chrome: Mapping[int, str], segmentation: Segmentation) -> CaptureReport:
    """Give every line exactly one role: episode, chrome or residue."""
    spans = [(b.start_line, b.end_line) for b in segmentation.blocks]
    spans.sort()
    rules: Counter[str] = Counter()
    residue: list[tuple[int, str]] = []
    episode = 0
    span_index = 0
    for number, line in enumerate(document.lines, start=1):
        while span_index < len(spans) and spans[span_index][1] < number:
            span_index += 1
        inside = span_index < len(spans) and spans[span_index][0] <= number <= spans[span_index][1]
        if number in chrome:
            rules[chrome[number]] += 1
        elif inside:
            episode += 1
        elif not line.strip():
            rules["blank"] += 1
        elif number == segmentation.show_line:
            rules["show-header"] += 1
        else:
            residue.append((number, line))
    chrome_total = sum(rules.values())
    return CaptureReport(
        capture=document.name,
        site=site,
        encoding=document.encoding,
        total_lines=len(document.lines),
        episode_lines=episode,
        chrome_lines=chrome_total,
        residue_lines=len(residue),
        chrome_rules=dict(sorted(rules.items())),
        residue=tuple(residue),
        blocks=len(segmentation.blocks),
        notes=(*document.notes, f"layout: {segmentation.layout}", f"date order: {segmentation.date_order}"),
    )


def _with_languages(record: Record, config: Config) -> Record:
    fast = config.fast_paths
    description_guess = detect_language(record.description, seed=config.seed, secondary=False, fast=fast)
    title_guess = title_language(record.title, record.description, description_guess, seed=config.seed, fast=fast)
    return attrs.evolve(record, title_lang=title_guess.code, description_lang=description_guess.code)


def _sentence_hashes(record: Record) -> tuple[int, tuple[int, ...]]:
    return chrome_stage.sentence_hashes(title_key(record.title), record.description)


def clean_capture(capture: Capture, config: Config) -> CaptureOutcome:
    """Clean one capture into records and its line accounting.

    Raises a :class:`~podclean.errors.CaptureError` when the capture cannot be
    read or holds no episode.
    """
    started = time.monotonic()

    def check_time(stage: str) -> None:
        if time.monotonic() - started > config.max_seconds_per_capture:
            raise CaptureTimeout(
                capture.name,
                f"cleaning took over {config.max_seconds_per_capture} s (at {stage})",
                "Raise Config.max_seconds_per_capture or split the capture.",
            )

    document = repair_document(decode(capture, config), config.fast_paths)
    check_time("repair")
    profile = detect(document.lines, PROFILES)
    order = infer_date_order(document.lines, profile)
    chrome = chrome_stage.classify(document, profile, config, order)
    check_time("chrome")
    segmentation = segment(document, profile, chrome, config, order)
    report = _account(document, profile.name, chrome, segmentation)
    check_time("segmentation")
    if not segmentation.blocks:
        problem = (
            "the capture is empty"
            if not any(line.strip() for line in document.lines)
            else f"no episode found in {len(document.lines)} lines (site: {profile.name})"
        )
        raise UnrecognisedPage(
            capture.name,
            problem,
            "Check that this is a podcast listing page; a new site may need a profile in podclean.sites.",
            report=attrs.evolve(report, error=f"{capture.name}: {problem}"),
        )
    records = []
    for block in segmentation.blocks:
        records.append(_with_languages(parse_block(block, segmentation.date_order, config), config))
        check_time(f"line {block.start_line}")
    # Hashing for duplicate resolution and for corpus boilerplate is per
    # record, so it is done here, where workers share it, not serially later.
    return CaptureOutcome(
        records=tuple(records),
        report=report,
        signatures=tuple(signatures(records)),
        sentences=tuple(_sentence_hashes(r) for r in records),
        ranks=tuple(canonical_order(r) for r in records),
    )


def failed_report(capture: Capture, error: CaptureError) -> CaptureReport:
    """The report of a capture that could not be cleaned."""
    if isinstance(error.report, CaptureReport):
        return attrs.evolve(error.report, error=str(error))
    return CaptureReport(
        capture=capture.name,
        site="",
        encoding="",
        total_lines=0,
        episode_lines=0,
        chrome_lines=0,
        residue_lines=0,
        error=str(error),
    )


def _attempt(capture: Capture, config: Config) -> CaptureOutcome | CaptureError:
    try:
        return clean_capture(capture, config)
    except CaptureError as error:
        return error


#: Captures handed to each worker ahead of the one being collected.
_IN_FLIGHT_PER_WORKER = 4
#: Objects already frozen when podclean is imported count as the
#: interpreter's (3.12.1 starts with a few hundred); only those frozen after
#: it are known to be a caller's.
_FROZEN_AT_IMPORT = gc.get_freeze_count()


def iter_outcomes(
    captures: Iterable[Capture], config: Config, *, workers: int = 1
) -> Iterator[tuple[Capture, CaptureOutcome | CaptureError]]:
    """Clean captures one by one (or over ``workers`` processes), in input order.

    Each item is the capture and either its outcome or the error that
    stopped it; the caller decides whether an error stops the batch.
    """
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, got {workers}: pass 1 to clean in this process, or more")
    if workers == 1:
        for capture in captures:
            yield capture, _attempt(capture, config)
        return
    # Where workers are forked (Linux, up to Python 3.13), parent and
    # workers share every page until one side writes it. The collector
    # writes to every object it examines, so each full collection in this
    # process would copy the pages of everything that existed at the fork
    # (the language profiles, the word lists, the caller's data). Frozen
    # objects are not examined (what gc.freeze is for); those made during
    # the run are collected as usual, and after it the frozen ones go back
    # to the oldest generation. gc.unfreeze thaws everything, so where the
    # caller has frozen objects of its own (a server that freezes before
    # forking its workers) they are left as they are, and so is the rest.
    ours = gc.get_freeze_count() <= _FROZEN_AT_IMPORT
    if ours:
        gc.freeze()
    try:
        yield from _pooled(captures, config, workers)
    finally:
        if ours:
            gc.unfreeze()


def start_method() -> str:
    """How worker processes start: forked where that is safe, else as the platform starts them.

    A forked worker shares this process's tables (word lists and language
    profiles, ~0.8 s to build) and starts in milliseconds. One started
    afresh (spawn or forkserver: the default on macOS and Windows, and on
    Linux from Python 3.14) imports podclean and builds them itself: on
    4000 generated blocks forkserver workers made ``workers=2`` slower
    than one process (0.92×, against 1.8× forked). Forking is unsafe while
    another thread may hold a lock the child needs, so on Linux a process
    with no other Python thread forks, and any other keeps its platform's
    default. A program that chose another start method than the default
    (``multiprocessing.set_start_method("spawn")``) gets that one.

    >>> start_method() in multiprocessing.get_all_start_methods()
    True
    """
    # The platform's default comes first. A default context that is already
    # fixed to it tells nothing: any use of it fixes it (tqdm's lock does).
    default = multiprocessing.get_all_start_methods()[0]
    chosen = multiprocessing.get_start_method(allow_none=True)
    if chosen not in (None, default):
        return chosen
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    # By name, which leaves the program free to set its own start method
    # later (get_start_method() would fix it).
    return default


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(start_method()))


def _pooled(
    captures: Iterable[Capture], config: Config, workers: int
) -> Iterator[tuple[Capture, CaptureOutcome | CaptureError]]:
    # A bounded number of captures in flight: memory follows the largest
    # captures being cleaned, not the size of the whole input.
    in_flight: deque[tuple[Capture, Future[CaptureOutcome | CaptureError]]] = deque()
    pool = _pool(workers)
    finished = False

    def submit(capture: Capture) -> None:
        future: Future[CaptureOutcome | CaptureError]
        try:
            future = pool.submit(_attempt, capture, config)
        except BrokenProcessPool as broken:
            # The pool broke since the last collection: this capture joins
            # those in flight, to be cleaned again with them.
            future = Future()
            future.set_exception(broken)
        in_flight.append((capture, future))

    def collect() -> Iterator[tuple[Capture, CaptureOutcome | CaptureError]]:
        nonlocal pool
        done, future = in_flight.popleft()
        try:
            outcome = future.result()
        except BrokenProcessPool:
            # A worker died (killed for memory, a crash in compiled code)
            # and every capture in flight failed with it. Each is cleaned
            # again alone, so that only one that kills its own process is
            # reported; a new pool takes the rest.
            pool.shutdown(wait=True, cancel_futures=True)
            again = [done, *(capture for capture, _ in in_flight)]
            in_flight.clear()
            for capture in again:
                yield capture, _alone(capture, config)
            pool = _pool(workers)
            return
        yield done, outcome

    try:
        for capture in captures:
            submit(capture)
            if len(in_flight) >= _IN_FLIGHT_PER_WORKER * workers:
                yield from collect()
        while in_flight:
            yield from collect()
        finished = True
    finally:
        # With every result in, the workers exit while the caller merges
        # (waiting for them took ~13 ms a run); a run that stops early drops
        # the captures not yet started and waits for the workers to go.
        pool.shutdown(wait=not finished, cancel_futures=not finished)


def _alone(capture: Capture, config: Config) -> CaptureOutcome | CaptureError:
    """Clean one capture in a worker process of its own; its death is the capture's error."""
    with _pool(1) as pool:
        try:
            return pool.submit(_attempt, capture, config).result()
        except BrokenProcessPool:
            return WorkerDied(
                capture.name,
                "its worker process died, also when it was cleaned alone",
                "Clean it alone with workers=1 (-j 1) to see why; a process killed for memory needs a "
                "smaller capture (Config.max_capture_bytes) or more memory.",
            )


class Gathered:
    """Cleaned captures waiting to be merged: the first pass of a two-pass run.

    Each record is set aside as its capture is cleaned (:class:`RecordSpill`:
    in memory up to a budget, then in a temporary file); its signature, its
    rank and the hashes of its sentences stay in memory. The second pass
    resolves the signatures into groups and reads each group's records back
    to merge them, so memory follows the signatures and the index, not the
    text of the corpus.
    """

    def __init__(self) -> None:
        self.records = RecordSpill()
        self.signatures: list[Signature] = []
        self.ranks: list[Rank] = []
        self.sentences = chrome_stage.BoilerplateCounter()

    def add(self, outcome: CaptureOutcome) -> None:
        """Keep one cleaned capture's records for merging."""
        sentences = outcome.sentences or tuple(_sentence_hashes(r) for r in outcome.records)
        ranks = outcome.ranks or tuple(canonical_order(r) for r in outcome.records)
        for record, sig, hashes, rank in zip(outcome.records, outcome.signatures, sentences, ranks, strict=True):
            # Records, signatures and descriptions share their numbering.
            position = self.records.append(record)
            self.signatures.append(shared(sig, position))
            self.ranks.append((sys.intern(rank[0]), *rank[1:]))
            self.sentences.add_hashes(*hashes)

    def episodes(self) -> Iterator[Episode]:
        """Resolve and merge everything gathered, one episode at a time.

        Episodes come in the order of their first block's rank: the same
        whatever order the captures came in.
        """
        order = sorted(range(len(self.ranks)), key=self.ranks.__getitem__)
        resolver = Resolver()
        resolver.add_signatures([self.signatures[k] for k in order], [self.ranks[k] for k in order], interned=True)
        self.signatures = []  # the resolver holds them now
        boilerplate = self.sentences.boilerplate()
        # Only descriptions that carry a boilerplate sentence change when it
        # is removed (descriptions are stripped, so the others come back as
        # they are): the rest are not split into sentences again.
        carriers = self.sentences.carriers(boilerplate)
        directory_sites = frozenset(p.name for p in PROFILES if p.kind == "directory")
        for group in resolver.groups():
            records = [self.records[order[i]] for i in group]
            records = [
                attrs.evolve(r, description=chrome_stage.remove_sentences(r.description, boilerplate))
                if order[i] in carriers or r.description != r.description.strip()
                else r
                for i, r in zip(group, records, strict=True)
            ]
            yield build_episode(records, directory_sites)

    def close(self) -> None:
        """Delete the records' temporary file."""
        self.records.close()


def run(captures: Iterable[Capture], config: Config, *, errors: str = "report", workers: int = 1) -> Result:
    """Clean a batch of captures into episodes and per-capture reports."""
    if errors not in ("report", "raise"):
        raise ConfigError(f"errors must be 'report' or 'raise', got {errors!r}")
    gathered = Gathered()
    reports: list[CaptureReport] = []
    try:
        for capture, outcome in iter_outcomes(captures, config, workers=workers):
            if isinstance(outcome, CaptureError):
                if errors == "raise":
                    raise outcome
                reports.append(failed_report(capture, outcome))
                continue
            gathered.add(outcome)
            reports.append(outcome.report)
        episodes = tuple(sorted(gathered.episodes(), key=lambda e: e.id))
    finally:
        gathered.close()
    reports.sort(key=lambda r: r.capture)
    return Result(episodes=episodes, reports=tuple(reports))


def strip_corpus_boilerplate(records: Sequence[Record]) -> list[Record]:
    """Remove sentences that many different episodes' descriptions repeat."""
    by_episode: dict[str, list[str]] = {}
    for record in records:
        by_episode.setdefault(title_key(record.title), []).append(record.description)
    boilerplate = chrome_stage.corpus_boilerplate(by_episode)
    if not boilerplate:
        return list(records)
    return [
        attrs.evolve(record, description=chrome_stage.remove_sentences(record.description, boilerplate))
        for record in records
    ]


def build_episodes(groups: Sequence[Sequence[Record]]) -> tuple[Episode, ...]:
    """Canonical episodes from groups of records, corpus boilerplate removed."""
    flat = [r for group in groups for r in group]
    cleaned = iter(strip_corpus_boilerplate(flat))
    directory_sites = frozenset(p.name for p in PROFILES if p.kind == "directory")
    episodes = [build_episode([next(cleaned) for _ in group], directory_sites) for group in groups]
    return tuple(sorted(episodes, key=lambda e: e.id))


def merge_records(records: Iterable[Record]) -> tuple[Episode, ...]:
    """Resolve records into episodes (grouping, then merging each group)."""
    return build_episodes(resolve(list(records)))


def merge_outcomes(outcomes: Iterable[CaptureOutcome]) -> tuple[Episode, ...]:
    """Resolve the records of cleaned captures, reusing their signatures."""
    gathered = Gathered()
    try:
        for outcome in outcomes:
            gathered.add(outcome)
        return tuple(sorted(gathered.episodes(), key=lambda e: e.id))
    finally:
        gathered.close()
