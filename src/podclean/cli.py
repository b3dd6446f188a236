"""The command line: ``podclean clean PATH... [-o OUT]`` and ``podclean explain PATH... --episode|--pair|--line``.

Thin on purpose: it parses arguments, calls the library, and writes the
episodes (JSON Lines, Parquet or CSV; :mod:`podclean.formats`) through
:mod:`podclean.outputs` (checked first, replaced whole). Progress and the
library's log lines go to stderr (:mod:`podclean.console`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence

from podclean import __version__
from podclean.config import Config
from podclean.console import console, level
from podclean.errors import PodcleanError
from podclean.formats import FORMATS, format_for, lines_by_id, write
from podclean.formats.shards import MANIFEST, write_shards
from podclean.io import iter_inputs, read_stdin, reports_json, unreadable
from podclean.outputs import atomic_folder, atomic_output, check_output, check_output_folder
from podclean.run.gather import Gathered
from podclean.run.loop import Cleaned, Input, gather

#: Exit codes (README, "Command line"): some capture was cleaned; every
#: capture failed; the command line was wrong (an argument, an output path).
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write it as YYYY-MM-DD") from error


def _positive(what: str) -> Callable[[str], int]:
    """An argument type for a whole number of ``what``, 1 or more."""

    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            number = 0
        if number < 1:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number of {what}: give 1 or more")
        return number

    return parse


_jobs = _positive("processes")
_count = _positive("episodes")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="podclean", description="Clean raw podcast page captures into episodes.")
    parser.add_argument("--version", action="version", version=f"podclean {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    clean = commands.add_parser("clean", help="clean captures into JSON Lines episodes")
    clean.add_argument("paths", nargs="+", help="capture files, or directories of them; - reads one from stdin")
    clean.add_argument("-o", "--output", help="write the episodes here instead of stdout")
    clean.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: from the -o suffix, .parquet or .csv, else jsonl); parquet needs -o",
    )
    clean.add_argument(
        "--shard-episodes",
        type=_count,
        metavar="N",
        help="-o names a folder: JSON Lines parts of N episodes each and a manifest.json; read in the manifest's "
        "order, the parts are the bytes of the one file -o OUT.jsonl writes",
    )
    clean.add_argument("--captured-at", type=_date, help="when the captures were taken (YYYY-MM-DD)")
    clean.add_argument("--report", help="write the per-capture line accounting here as JSON")
    clean.add_argument(
        "-q", "--quiet", action="count", default=0, help="no progress bar nor summary; -qq: no warnings either"
    )
    clean.add_argument("-v", "--verbose", action="count", default=0, help="say more on stderr (-vv: debugging)")
    clean.add_argument(
        "--follow-symlinks", action="store_true", help="follow links inside input folders that point outside them"
    )
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
    explain = commands.add_parser("explain", help="say why podclean merged, kept apart or dropped something")
    explain.add_argument("paths", nargs="+", help="the captures of the run to explain (files or directories)")
    asked = explain.add_mutually_exclusive_group(required=True)
    asked.add_argument("--episode", metavar="ID", help="the blocks an episode came from and the evidence joining them")
    asked.add_argument(
        "--pair", nargs=2, metavar="CAPTURE:LINE", help="why the blocks holding these two lines were merged or not"
    )
    asked.add_argument("--line", metavar="CAPTURE:LINE", help="what became of a line, by which rule, and its repairs")
    explain.add_argument("--captured-at", type=_date, help="when the captures were taken (YYYY-MM-DD)")
    return parser


def _inputs(given: Sequence[str], config: Config) -> list[Input]:
    """The inputs in the order given: ``-`` read from stdin, folders expanded, failures in their place."""
    inputs: list[Input] = []
    for item in given:
        if item == "-":
            try:
                inputs.append(read_stdin(sys.stdin.buffer, config.max_capture_bytes))
            except PodcleanError as error:
                inputs.append(unreadable("-", str(error), "Give a smaller capture or raise the limit."))
        else:
            inputs.extend(iter_inputs([item], follow_symlinks=config.follow_symlinks))
    return inputs


def _clean(args: argparse.Namespace) -> int:
    config = Config(captured_at=args.captured_at, follow_symlinks=args.follow_symlinks)
    if args.output == "-":
        args.output = None
    fmt = format_for(args.output, args.format)
    if fmt == "parquet" and not args.output:
        print("podclean: Parquet output needs a file: give -o OUT.parquet", file=sys.stderr)
        return EXIT_USAGE
    if args.shard_episodes and (not args.output or fmt != "jsonl"):
        print("podclean: shards are JSON Lines in a folder: give -o FOLDER (and no other --format)", file=sys.stderr)
        return EXIT_USAGE
    try:
        if fmt == "parquet":
            from podclean.formats.parquet import schema

            schema()
        if args.shard_episodes:
            check_output_folder(args.output, args.paths, [args.report] if args.report else [], MANIFEST)
        elif args.output:
            check_output(args.output, args.paths, [args.report] if args.report else [])
        if args.report:
            # Not inside the shard folder either: replacing it would remove the report.
            check_output(args.report, [*args.paths, *([args.output] if args.shard_episodes else [])])
    except PodcleanError as error:
        print(f"podclean: {error}", file=sys.stderr)
        return EXIT_USAGE
    with console(level(args.verbose, args.quiet)) as shown:
        # Ray lists and reads its inputs where it runs, and shows its own progress.
        inputs = _inputs(args.paths, config) if args.engine == "local" else []
        shown.start(len(inputs), not args.quiet)
        try:
            gathering = _gather(args, inputs, config, lambda _: shown.step())
        except PodcleanError as error:
            print(f"podclean: {error}", file=sys.stderr)
            return EXIT_USAGE
        with gathering as gathered:
            shown.stop()
            if args.shard_episodes:
                with atomic_folder(args.output) as folder:
                    count = write_shards(lines_by_id(gathered.episodes()), folder, args.shard_episodes)
            elif args.output:
                with atomic_output(args.output) as out:
                    count = write(gathered.episodes(), out, fmt)
            else:
                sys.stdout.flush()
                count = write(gathered.episodes(), sys.stdout.buffer, fmt)
                sys.stdout.buffer.flush()
            reports = gathered.reports()
        if args.report:
            with atomic_output(args.report) as out:
                out.write(reports_json(reports))
        failed = sum(1 for r in reports if r.error)
        if not args.quiet:
            shown.say(f"{count} episodes from {len(reports) - failed} of {len(reports)} captures")
    return EXIT_FAILED if reports and failed == len(reports) else EXIT_OK


def _gather(
    args: argparse.Namespace, inputs: list[Input], config: Config, observe: Callable[[Cleaned], None]
) -> Gathered:
    if args.engine == "ray":
        from podclean.run import ray

        return ray.gather(
            args.paths, config, address=args.ray_address, workers=args.jobs, observe=observe, quiet=args.quiet > 0
        )
    return gather(inputs, config, workers=args.jobs or 1, observe=observe)


def _explain(args: argparse.Namespace) -> int:
    from podclean.explain import Explainer, parse_location

    try:
        explainer = Explainer(args.paths, Config(captured_at=args.captured_at))
        if args.episode:
            lines = explainer.episode(args.episode).lines()
        elif args.pair:
            lines = explainer.pair(parse_location(args.pair[0]), parse_location(args.pair[1])).lines()
        else:
            lines = explainer.line(*parse_location(args.line)).lines()
    except PodcleanError as error:
        print(f"podclean: {error}", file=sys.stderr)
        return EXIT_USAGE
    print("\n".join(lines))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit code."""
    args = _parser().parse_args(argv)
    if args.command == "clean":
        try:
            return _clean(args)
        except KeyboardInterrupt:
            print("podclean: interrupted; each output file is the previous one or a complete new one", file=sys.stderr)
            return 130
    if args.command == "explain":
        return _explain(args)
    return EXIT_USAGE  # pragma: no cover - argparse rejects unknown commands first
