"""The command-line side of fetching: ``add URL...`` and ``fetch``, and what they print.

``feeds.yml`` and ``fetch-state.json`` live in the owner's data folder, the one the knowledge is
read from: ``--data DIR``, else ``extra.briefing.data`` in mkdocs.yml, else ``briefing/``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from generator.add import Added
from generator.errors import DataError
from generator.fetch.client import Client, Politeness, user_agent
from generator.fetch.feeds import FEEDS_FILE, load_feeds
from generator.fetch.guard import AddressPolicy
from generator.fetch.known import KnownSeeds, scan_seeds
from generator.fetch.run import FeedRead, ItemDone, run_fetch
from generator.fetch.state import STATE_FILE, load_state
from generator.fetch.store import add_url
from generator.knowledge import Knowledge, load_knowledge
from generator.settings import data_from, publishing_from, read_mkdocs_config
from generator.terminal import printable, show_added, show_data_error


def contact_url(config: dict[str, Any]) -> str | None:
    """Where a site's operator can find who is fetching: ``repo_url``, else the GitHub Actions repository."""
    repo = config.get("repo_url")
    if isinstance(repo, str) and repo.startswith(("http://", "https://")):
        return repo
    server, repository = os.environ.get("GITHUB_SERVER_URL"), os.environ.get("GITHUB_REPOSITORY")
    return f"{server}/{repository}" if server and repository else None


def make_client(args: argparse.Namespace, config: dict[str, Any]) -> Client:
    """The client for one run, with the command line's politeness and address options."""
    politeness = Politeness(user_agent=user_agent(contact_url(config)), delay=max(0.0, args.delay))
    return Client(politeness, AddressPolicy(allow_private=args.allow_private))


class UrlAdder:
    """Adds URLs for ``add``; the seeds are scanned and the client made on the first URL only."""

    def __init__(self, args: argparse.Namespace, knowledge: Knowledge) -> None:
        self.args = args
        self.config = read_mkdocs_config(Path(args.config))
        self.knowledge = knowledge
        self.seeds = Path(args.seeds)
        self.client: Client | None = None
        self.known: KnownSeeds | None = None

    def __call__(self, url: str) -> Added:
        if self.client is None or self.known is None:
            self.known = scan_seeds(self.seeds, Path(self.args.cache))
            self.client = make_client(self.args, self.config)
        return add_url(url, self.seeds, self.client, self.known, self.knowledge).added

    def close(self) -> None:
        """Close the client's connections."""
        if self.client is not None:
            self.client.close()


def _item_line(event: ItemDone) -> str:
    labels = {"added": "added", "present": "already present", "skipped": "skipped", "failed": "failed"}
    if event.added is not None:  # its message names the URL already
        return f"  {labels[event.status]}: {event.added.message}"
    return f"  {labels[event.status]}: {event.link}: {event.detail}"


def cmd_fetch(args: argparse.Namespace) -> int:
    """Read the feeds in feeds.yml and add their new items on topic; 1 if a feed failed, 2 on bad settings."""
    config_path = Path(args.config)
    config = read_mkdocs_config(config_path)
    try:
        publishing = publishing_from(config)
        data = Path(args.data) if args.data else data_from(config, config_path.parent)
        feeds = load_feeds(data)
        knowledge = load_knowledge(data) if feeds else None
    except DataError as exc:
        show_data_error(exc)
        return 2
    if not feeds or knowledge is None:
        print(f"No feeds to read: {printable(str(data / FEEDS_FILE))} does not exist or lists none.")
        return 0
    state, warning = load_state(data)
    if warning:
        print(f"warning: {printable(warning)}", file=sys.stderr)
    seeds = Path(args.seeds)
    known = scan_seeds(seeds, Path(args.cache))
    feeds_done: Counter[str] = Counter()
    items_done: Counter[str] = Counter()
    with make_client(args, config) as client:
        for event in run_fetch(feeds, client, seeds, known, state, data, knowledge):
            if isinstance(event, FeedRead):
                feeds_done[event.status] += 1
                plural = "s" if event.items != 1 else ""
                what = f"{event.items} item{plural}" if event.status == "read" else event.detail
                stream = sys.stderr if event.status == "failed" else sys.stdout
                print(printable(f"Feed {event.feed.name} <{event.feed.url}>: {what}"), file=stream)
                continue
            items_done[event.status] += 1
            if event.status == "added" and event.added is not None:
                show_added(event.added, publishing, indent="  ")
            else:
                stream = sys.stderr if event.status == "failed" else sys.stdout
                print(printable(_item_line(event)), file=stream)
    print(
        f"{len(feeds)} feed{'s' if len(feeds) != 1 else ''}: {feeds_done['read']} read, "
        f"{feeds_done['unchanged']} unchanged, {feeds_done['failed']} failed; items: {items_done['added']} added, "
        f"{items_done['present']} already present, {items_done['skipped']} skipped, {items_done['failed']} failed. "
        f"State: {printable(str(data / STATE_FILE))}"
    )
    failed = feeds_done["failed"] + (items_done["failed"] if args.strict else 0)
    return 1 if failed else 0
