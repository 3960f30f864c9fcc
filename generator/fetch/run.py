"""``fetch``: read every feed, and add its new items that are on the briefing's topic.

Per feed: a conditional request (304: nothing to do); the items in the feed's order; the
include/exclude words; items already seen or already in the seeds skipped without a request;
the rest added by URL like ``add URL``. The feed's validators are stored only when none of its
items failed in a way that may pass (a timeout, a 5xx), so the next run reads the feed in full
and retries them. The state is saved after each feed, so an interrupted run keeps what it did.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from generator.add import Added
from generator.fetch.client import Client
from generator.fetch.errors import FetchError
from generator.fetch.feeds import Feed
from generator.fetch.items import feed_items
from generator.fetch.known import KnownSeeds
from generator.fetch.state import FetchState, Validators, save_state
from generator.fetch.store import add_url, utc_today
from generator.fetch.topic import topic_of
from generator.knowledge import Knowledge


@dataclass(frozen=True)
class FeedRead:
    """How reading one feed went: ``read`` (with its item count), ``unchanged`` (304) or ``failed``."""

    feed: Feed
    status: Literal["read", "unchanged", "failed"]
    detail: str = ""
    items: int = 0


@dataclass(frozen=True)
class ItemDone:
    """What happened to one item of a feed."""

    feed: Feed
    link: str
    status: Literal["added", "present", "skipped", "failed"]
    detail: str
    added: Added | None = None


def run_fetch(
    feeds: tuple[Feed, ...],
    client: Client,
    seeds: Path,
    known: KnownSeeds,
    state: FetchState,
    data: Path,
    knowledge: Knowledge,
    today: Callable[[], dt.date] = utc_today,
) -> Iterator[FeedRead | ItemDone]:
    """Fetch every feed in order, yielding what happened as it happens; saves ``state`` in ``data``."""
    for feed in feeds:
        old = state.feeds.get(feed.url, Validators())
        try:
            response = client.feed(feed.url, old.etag, old.last_modified)
            items = () if response.status == 304 else feed_items(response.body, response.url, response.content_type)
        except FetchError as exc:
            yield FeedRead(feed, "failed", str(exc))
            continue
        if response.status == 304:
            yield FeedRead(feed, "unchanged", "not changed since the last run")
            continue
        yield FeedRead(feed, "read", items=len(items))
        topic = topic_of(feed, knowledge.registry)
        retry = False
        for number, item in enumerate(items, 1):
            if item.link is None:
                yield ItemDone(feed, f"item {number}", "skipped", "no http(s) link")
                continue
            reason = topic.verdict(item.title, item.summary)
            seen = state.seen_as(item.link) or known.by_url(item.link)
            if reason is not None:
                yield ItemDone(feed, item.link, "skipped", reason)
            elif seen is not None:
                yield ItemDone(feed, item.link, "present", f"already in the briefing ({seen})")
            else:
                outcome = add_url(item.link, seeds, client, known, knowledge, today)
                added = outcome.added
                retry = retry or outcome.retry
                if added.status == "failed":
                    yield ItemDone(feed, item.link, "failed", added.message, added)
                    continue
                if added.stored is not None:
                    state.mark_seen(item.link, added.stored.relative_to(seeds).as_posix())
                status: Literal["added", "present"] = "added" if added.status == "added" else "present"
                yield ItemDone(feed, item.link, status, added.message, added)
        if not retry:
            state.feeds[feed.url] = Validators(response.etag, response.last_modified)
        save_state(data, state)
