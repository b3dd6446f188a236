"""The stages that clean one capture, in their order.

Per capture: read → repair → site → chrome → segment → fields → language,
plus the accounting of every line, and the hashes duplicate resolution and
corpus boilerplate need. How a batch runs through them (executors, the two
passes, grouping and merging across captures) is :mod:`podclean.run`.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Mapping

import attrs

from podclean import chrome as chrome_stage
from podclean.config import Config
from podclean.errors import CaptureTimeout, UnrecognisedPage
from podclean.fields.record import parse_block
from podclean.fields.show import header_show
from podclean.lang import detect_language, title_language
from podclean.model import Capture, CaptureReport, Document, Record
from podclean.read import decode
from podclean.repair import repair_document
from podclean.resolve import Rank, canonical_order
from podclean.resolve.signatures import Signature, signatures
from podclean.segment import Segmentation, infer_date_order, segment
from podclean.sites import PROFILES, detect
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


def _account(
    document: Document, site: str, chrome: Mapping[int, str], segmentation: Segmentation, show_line: int | None
) -> CaptureReport:
    """Give every line exactly one role: episode, chrome or residue."""
    spans = [(b.start_line, b.end_line) for b in segmentation.blocks]
    spans.sort()
    rules: Counter[str] = Counter()
    residue: list[tuple[int, str]] = []
    removed: list[tuple[int, str, str]] = []
    episode = 0
    span_index = 0
    for number, line in enumerate(document.lines, start=1):
        while span_index < len(spans) and spans[span_index][1] < number:
            span_index += 1
        inside = span_index < len(spans) and spans[span_index][0] <= number <= spans[span_index][1]
        if number in chrome:
            rules[chrome[number]] += 1
            removed.append((number, chrome[number], line))
        elif inside:
            episode += 1
        elif not line.strip():
            rules["blank"] += 1
        elif number == show_line:
            rules["show-header"] += 1
            removed.append((number, "show-header", line))
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
        chrome=tuple(removed),
        blocks=len(segmentation.blocks),
        notes=(*document.notes, f"layout: {segmentation.layout}", f"date order: {segmentation.date_order}"),
    )


def _with_languages(record: Record, config: Config) -> Record:
    description_guess = detect_language(record.description, secondary=False, config=config)
    title_guess = title_language(record.title, record.description, description_guess, config=config)
    return attrs.evolve(record, title_lang=title_guess.code, description_lang=description_guess.code)


def _header_show(document: Document, chrome: Mapping[int, str], segmentation: Segmentation) -> tuple[int, str] | None:
    """The show the lines above the first block name, and its line (:func:`~podclean.fields.show.header_show`)."""
    if not segmentation.blocks:
        return None
    first = min(b.start_line for b in segmentation.blocks)
    lines = enumerate(document.lines[: first - 1], start=1)
    # A show's name repeated on every record is chrome by repetition only: it may still be the name.
    interface = {n for n, rule in chrome.items() if rule != "repeated"}
    return header_show([(n, t.strip()) for n, t in lines if t.strip()], interface)


def sentence_hashes(record: Record) -> tuple[int, tuple[int, ...]]:
    """A record's :func:`~podclean.chrome.sentence_hashes`, for corpus boilerplate."""
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
    header = _header_show(document, chrome, segmentation)
    show_line = segmentation.show_line or (header[0] if header else None)
    report = _account(document, profile.name, chrome, segmentation, show_line)
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
        record = parse_block(block, segmentation.date_order, config, header[1] if header else None)
        records.append(_with_languages(record, config))
        check_time(f"line {block.start_line}")
    # Hashing for duplicate resolution and for corpus boilerplate is per
    # record, so it is done here, where workers share it, not serially later.
    return CaptureOutcome(
        records=tuple(records),
        report=report,
        signatures=tuple(signatures(records)),
        sentences=tuple(sentence_hashes(r) for r in records),
        ranks=tuple(canonical_order(r) for r in records),
    )
