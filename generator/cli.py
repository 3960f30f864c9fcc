"""Command line: ``python -m generator build|serve|check|add|fetch`` (a thin layer over ``generator.pipeline``)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

from generator.add import add_file
from generator.corpus.report import build_report
from generator.errors import DataError
from generator.fetch.options import add_network_options, fetch_parser
from generator.knowledge import Knowledge, load_knowledge
from generator.knowledge.layers import PACKAGE_DATA
from generator.pipeline import BuildResult, build, build_corpus
from generator.render.report import report_text
from generator.settings import (
    DEFAULT_FULL_TEXT_LIMIT,
    Publishing,
    Settings,
    data_from,
    directory_urls_from,
    publishing_from,
    read_intro,
    read_mkdocs_config,
    search_limit_from,
    site_description_from,
    site_name_from,
)
from generator.terminal import printable, show_added

if TYPE_CHECKING:
    from generator.fetch.commands import UrlAdder

T = TypeVar("T")


def _settings(args: argparse.Namespace) -> Settings:
    """The settings from the command line and mkdocs.yml; raises DataError listing every bad setting."""
    config_path = Path(args.config)
    config = read_mkdocs_config(config_path)
    problems: list[DataError] = []

    def checked(read: Callable[[], T], default: T) -> T:
        try:
            return read()
        except DataError as exc:
            problems.append(exc)
            return default

    publishing = checked(lambda: publishing_from(config), Publishing())
    limit = checked(lambda: search_limit_from(config), DEFAULT_FULL_TEXT_LIMIT)
    data = Path(args.data) if args.data else checked(lambda: data_from(config, config_path.parent), None)
    intro = checked(lambda: read_intro(data), "")
    if problems:
        raise DataError.combine(problems)
    return Settings(
        seeds=Path(args.seeds),
        docs=Path(args.docs),
        strict=args.strict,
        cache=None if args.no_cache else Path(args.cache),
        jobs=max(1, args.jobs),
        site_name=site_name_from(config),
        site_description=site_description_from(config),
        intro=intro,
        directory_urls=directory_urls_from(config),
        site_url=os.environ.get("SITE_URL") or None,
        publishing=publishing,
        data=data,
        search_full_text_limit=limit,
    )


DISCOVERED_SHOWN = 10


def _report(result: BuildResult, settings: Settings) -> None:
    for problem in result.problems:
        print(printable(problem), file=sys.stderr)
    rep = result.report
    n = len(result.corpus.articles)
    print(
        f"Built {n} article{'s' if n != 1 else ''} ({len(result.corpus.skipped)} skipped) into "
        f"{printable(str(settings.docs))}: {len(rep.written)} written, {len(rep.unchanged)} unchanged, "
        f"{len(rep.removed)} removed."
    )
    cached = n + len(result.corpus.skipped) - result.processed
    print(
        f"Processed {result.processed} new or changed input{'s' if result.processed != 1 else ''}"
        + (f"; {cached} unchanged came from the cache." if cached > 0 else ".")
    )
    discovered = result.corpus.actor_index.discovered
    if discovered:
        shown = ", ".join(printable(name) for name in discovered[:DISCOVERED_SHOWN])
        more = f" and {len(discovered) - DISCOVERED_SHOWN} more" if len(discovered) > DISCOVERED_SHOWN else ""
        print(
            f"Discovered {len(discovered)} actor{'s' if len(discovered) != 1 else ''} not in the registry: "
            f"{shown}{more}. The build report (report.md) has registry entries to paste."
        )


def _data_error(exc: DataError) -> int:
    """Print every problem of ``exc`` (no traceback); the exit code for them."""
    print(f"error: {printable(exc.heading)}:", file=sys.stderr)
    for problem in exc.problems:
        print(f"  {printable(problem)}", file=sys.stderr)
    return 2


def _data_folder(args: argparse.Namespace) -> Path | None:
    """The data folder alone, for reporting data problems even when another setting is wrong."""
    if args.data:
        return Path(args.data)
    try:
        return data_from(read_mkdocs_config(Path(args.config)), Path(args.config).parent)
    except DataError:
        return None


def _setup(args: argparse.Namespace, *, need_seeds: bool = True) -> tuple[Settings, Knowledge] | None:
    """Settings and knowledge, or None after printing every problem of both (no traceback)."""
    errors: list[DataError] = []
    settings = knowledge = None
    try:
        settings = _settings(args)
    except DataError as exc:
        errors.append(exc)
    try:
        knowledge = load_knowledge(settings.data if settings else _data_folder(args))
    except DataError as exc:
        errors.append(exc)
    if errors or settings is None or knowledge is None:
        _data_error(errors[0] if len(errors) == 1 else DataError.combine(errors))
        return None
    if need_seeds and not settings.seeds.is_dir():
        print(f"error: seeds folder not found: {printable(str(settings.seeds))}", file=sys.stderr)
        return None
    return settings, knowledge


def cmd_build(args: argparse.Namespace) -> int:
    """Generate docs_src from the seeds folder."""
    setup = _setup(args)
    if setup is None:
        return 2
    settings, knowledge = setup
    try:
        result = build(settings, knowledge)
    except OSError as exc:  # a read-only docs folder, a full disk: one line, not a traceback
        where = f" ({printable(str(exc.filename))})" if exc.filename else ""
        print(f"error: {printable(str(exc.strerror or exc))}{where}", file=sys.stderr)
        return 2
    _report(result, settings)
    empty = not result.corpus.articles and not result.corpus.skipped
    if empty:
        print(
            f"warning: {printable(str(settings.seeds))} holds no articles: save pages there (.txt, .html, .md) "
            'or run make add FILE="article.txt"',
            file=sys.stderr,
        )
    code = 1 if settings.strict and (result.problems or empty) else 0
    if getattr(args, "end_process", False):
        _end_process(code)
    return code


def _end_process(code: int) -> NoReturn:
    """End the process now, its output flushed, without freeing the corpus object by object.

    Freeing the drafts and the corpus when the build returned took 0.2 s of CPU at 3,000 synthetic
    articles, in every build; the process's memory goes back to the system as a whole. Everything
    the build writes is closed by then, and its workers and cache writers have ended.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def cmd_check(args: argparse.Namespace) -> int:
    """Print the build report without writing anything (not even the cache)."""
    setup = _setup(args)
    if setup is None:
        return 2
    settings, knowledge = setup
    corpus = build_corpus(settings, knowledge, write_cache=False)
    report = build_report(corpus, knowledge.registry)
    for line in report_text(report).splitlines():
        print(printable(line))
    failures = report.strict_failures()
    if settings.strict and failures:
        for failure in failures:
            print(printable(failure), file=sys.stderr)
        return 1
    return 0


def _snapshot(paths: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    entries = []
    for root in paths:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                p = Path(dirpath) / name
                try:
                    st = p.stat()
                except OSError:
                    continue
                entries.append((str(p), st.st_mtime_ns, st.st_size))
    return tuple(sorted(entries))


def cmd_serve(args: argparse.Namespace) -> int:
    """Build, run ``mkdocs serve`` and rebuild whenever a seed or a data file changes."""
    setup = _setup(args)
    if setup is None:
        return 2
    settings, _ = setup
    cmd_build(args)
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-f", args.config, "-a", args.addr, "--livereload"]
    )
    watched = [settings.seeds, PACKAGE_DATA, *([settings.data] if settings.data else [])]
    last = _snapshot(watched)
    try:
        while server.poll() is None:
            time.sleep(1.0)
            now = _snapshot(watched)
            if now != last:
                last = now
                cmd_build(args)
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Add files and URLs to the seeds folder and print what was extracted from each; 1 if any failed."""
    setup = _setup(args, need_seeds=False)  # add creates the seeds folder
    if setup is None:
        return 2
    settings, knowledge = setup
    failed = 0
    adder: UrlAdder | None = None
    try:
        for name in args.files:
            if name.lower().startswith(("http://", "https://")):
                if adder is None:
                    from generator.fetch.commands import UrlAdder  # httpx loads only when a URL is added

                    adder = UrlAdder(args, knowledge)
                added = adder(name)
            else:
                added = add_file(Path(name), settings.seeds, knowledge)
            show_added(added, settings.publishing)
            failed += added.status == "failed"
    finally:
        if adder is not None:
            adder.close()
    return 1 if failed else 0


def _common(sp: argparse.ArgumentParser) -> None:
    """Options every command shares: where the inputs, the configuration and the data folder are."""
    sp.add_argument("--seeds", default="seeds", help="folder of input articles (default: seeds/)")
    sp.add_argument("--config", default="mkdocs.yml", help="MkDocs config with site_name and extra.briefing")
    sp.add_argument(
        "--data", default=None, help="the owner's data folder (default: extra.briefing.data in mkdocs.yml: briefing/)"
    )


def parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    p = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    for name, func, help_text in (
        ("build", cmd_build, "generate docs_src/ from seeds/"),
        ("serve", cmd_serve, "build, preview with mkdocs serve, rebuild when seeds change"),
        ("check", cmd_check, "print the build report; write nothing; --strict fails on problems"),
    ):
        sp = sub.add_parser(name, help=help_text, description=help_text)
        sp.set_defaults(func=func)
        _common(sp)
        sp.add_argument("--docs", default="docs_src", help="MkDocs docs_dir to write (default: docs_src/)")
        sp.add_argument("--strict", action="store_true", help="exit 1 if any file is skipped or any warning is printed")
        sp.add_argument("--cache", default=".cache/briefing", help="per-article cache folder")
        sp.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
        sp.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
        if name == "serve":
            sp.add_argument("--addr", default="127.0.0.1:8000", help="address for mkdocs serve")
    help_add = "add article files (.txt, .md, .html, .htm) or pages by http(s) URL to seeds/; show what was found"
    sp = sub.add_parser("add", help=help_add, description=help_add)
    sp.set_defaults(func=cmd_add, docs="docs_src", strict=False, no_cache=True, jobs=1)
    sp.add_argument("files", nargs="+", metavar="FILE|URL",
                    help="article files (a <name>.yml sidecar is copied too) or URLs of pages to fetch")
    _common(sp)
    add_network_options(sp)
    fetch_parser(sub, _common)
    return p


def main(argv: Sequence[str] | None = None, *, process: bool = False) -> int:
    """Run the command line and return the exit code.

    ``process``: this is the whole process (``python -m generator``), which ``build`` ends itself
    once its report is printed (``_end_process``); not ``serve``, which builds again and again.
    """
    args = parser().parse_args(argv)
    args.end_process = process and args.func is cmd_build
    try:
        return int(args.func(args))
    except BrokenPipeError:  # output piped into `head` and closed early
        sys.stderr.close()
        return 0
