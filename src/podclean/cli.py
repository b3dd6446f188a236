"""The command line: ``podclean clean PATH... [-o OUT]``.

Thin on purpose: it parses arguments, calls the library, and writes the
episodes (JSON Lines, Parquet or CSV; :mod:`podclean.formats`). Progress goes to stderr (``--quiet`` silences it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from podclean import __version__
from podclean.config import Config
from podclean.errors import PodcleanError
from podclean.formats import FORMATS, format_for, write
from podclean.io import iter_paths, report_to_dict
from podclean.run.gather import Gathered
from podclean.run.loop import Cleaned, gather


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write it as YYYY-MM-DD") from error


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes: give 1 or more")
    return jobs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="podclean", description="Clean raw podcast page captures into episodes.")
    parser.add_argument("--version", action="version", version=f"podclean {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    clean = commands.add_parser("clean", help="clean captures into JSON Lines episodes")
    clean.add_argument("paths", nargs="+", help="capture files, or directories of them")
    clean.add_argument("-o", "--output", help="write the episodes here instead of stdout")
    clean.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: from the -o suffix, .parquet or .csv, else jsonl); parquet needs -o",
    )
    clean.add_argument("--captured-at", type=_date, help="when the captures were taken (YYYY-MM-DD)")
    clean.add_argument("--report", help="write the per-capture line accounting here as JSON")
    clean.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    clean.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        help="worker processes for the per-capture work, default 1 (with --engine ray: CPUs of a local Ray, "
        "default all); the output is the same",
    )
    clean.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="where to clean: this machine, or a Ray cluster (needs podclean[ray]; PATH may be a URL: s3://…)",
    )
    clean.add_argument(
        "--ray-address", help="the Ray cluster to join (e.g. auto, or ray://HOST:10001); default: a local Ray"
    )
    return parser


def _progress(quiet: bool, total: int):  # type: ignore[no-untyped-def]
    if quiet or total < 2:
        return None
    from tqdm import tqdm

    class Bar(tqdm):  # type: ignore[type-arg]
        # No monitor thread: workers are forked only while this process
        # runs no other thread (run.pool.start_method).
        monitor_interval = 0

    return Bar(total=total, unit="capture", file=sys.stderr, leave=False)


def _clean(args: argparse.Namespace) -> int:
    config = Config(captured_at=args.captured_at)
    fmt = format_for(args.output, args.format)
    if fmt == "parquet" and not args.output:
        print("podclean: Parquet output needs a file: give -o OUT.parquet", file=sys.stderr)
        return 2
    try:
        if fmt == "parquet":
            from podclean.formats.parquet import schema

            schema()
        # Ray lists and reads its inputs where it runs, and shows its own progress.
        paths = list(iter_paths(args.paths)) if args.engine == "local" else []
    except PodcleanError as error:
        print(f"podclean: {error}", file=sys.stderr)
        return 2
    bar = _progress(args.quiet, len(paths))

    def observe(cleaned: Cleaned) -> None:
        if cleaned.error is not None:
            print(f"podclean: {cleaned.error}", file=sys.stderr)
        if bar is not None:
            bar.update(1)

    try:
        gathering = _gather(args, paths, config, observe)
    except PodcleanError as error:
        print(f"podclean: {error}", file=sys.stderr)
        return 2
    with gathering as gathered:
        if bar is not None:
            bar.close()
        if args.output:
            with open(args.output, "wb") as out:
                count = write(gathered.episodes(), out, fmt)
        else:
            sys.stdout.flush()
            count = write(gathered.episodes(), sys.stdout.buffer, fmt)
            sys.stdout.buffer.flush()
        reports = gathered.reports()
    if args.report:
        Path(args.report).write_text(
            json.dumps([report_to_dict(r) for r in reports], ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
    if not args.quiet:
        failed = sum(1 for r in reports if r.error)
        print(f"podclean: {count} episodes from {len(reports) - failed} of {len(reports)} captures", file=sys.stderr)
    return 1 if reports and all(r.error for r in reports) else 0


def _gather(
    args: argparse.Namespace, paths: list[Path], config: Config, observe: Callable[[Cleaned], None]
) -> Gathered:
    if args.engine == "ray":
        from podclean.run import ray

        return ray.gather(
            args.paths, config, address=args.ray_address, workers=args.jobs, observe=observe, quiet=args.quiet
        )
    return gather(paths, config, workers=args.jobs or 1, observe=observe)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit code."""
    args = _parser().parse_args(argv)
    if args.command == "clean":
        return _clean(args)
    return 2  # pragma: no cover - argparse rejects unknown commands first
