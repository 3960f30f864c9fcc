"""Command-line options of ``add URL`` and ``fetch``; the network code is imported only when a command needs it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_network_options(sp: argparse.ArgumentParser) -> None:
    """Options shared by ``add`` (for URLs) and ``fetch``."""
    sp.add_argument("--allow-private", action="store_true",
                    help="allow private, loopback and link-local addresses (for local use; refused by default)")
    sp.add_argument("--delay", type=float, default=1.0,
                    help="seconds between two requests to one host (default: 1; a site's Crawl-delay may ask more)")
    sp.add_argument("--cache", default=".cache/briefing", help="cache folder (what is known about each seed)")


def _cmd_fetch(args: argparse.Namespace) -> int:
    from generator.fetch.commands import cmd_fetch  # httpx and feedparser load only for fetching

    return cmd_fetch(args)


def fetch_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``fetch`` on the command line's subparsers; ``common`` adds --seeds, --config and --data."""
    help_text = "read the feeds in feeds.yml and add their new articles on the briefing's topic"
    sp = sub.add_parser("fetch", help=help_text, description=help_text)
    sp.set_defaults(func=_cmd_fetch)
    common(sp)
    sp.add_argument("--strict", action="store_true", help="exit 1 if any item failed, not only a feed")
    add_network_options(sp)
