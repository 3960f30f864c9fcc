"""Store a fetched page in the seeds folder: the page's own bytes as ``.html``, with a sidecar.

The page is named as ``add FILE`` names files (``<title-slug>-<hash>.html``, ``add.seed_name``)
and gets ``<same>.yml`` with ``url`` (the URL the page states as canonical, else the URL it was
fetched from after redirects) and ``retrieved`` (the UTC date of the fetch). The build then reads
it as any saved page, so the publishing policy applies to it as to every other article.

Nothing is lost: the page is processed before anything is written, so a page that fails changes
nothing. The sidecar is written before the page, each atomically, with SIGINT and SIGTERM held
between them, so an interrupted run leaves whole files and never a page without its sidecar. Only
a hard kill between the two renames can leave a sidecar alone; the build reports it as an orphan,
and the next fetch of the same page completes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.add import Added, seed_name
from generator.fetch.client import Client
from generator.fetch.errors import FetchError
from generator.fetch.known import KnownSeeds, stated_url
from generator.fetch.urls import http_url, url_key
from generator.knowledge import Knowledge
from generator.pipeline import process_isolated
from generator.read import RawInput
from generator.read.records import Skipped
from generator.read.sidecar import SidecarError, load_sidecar
from generator.write import atomic_write

MAX_URL = 500  # the sidecar reader keeps at most this many characters of a value


def utc_today() -> dt.date:
    """The date of the fetch: UTC, so the same run gives the same date on any machine."""
    return dt.datetime.now(dt.UTC).date()


@dataclass(frozen=True)
class Outcome:
    """What adding one URL did; ``retry`` when it failed in a way a later run may not."""

    added: Added
    retry: bool = False


def sidecar_bytes(url: str | None, retrieved: dt.date) -> bytes:
    """The sidecar of a fetched page (a YAML emitter writes it, so any URL is quoted correctly)."""
    data: dict[str, object] = {"url": url} if url else {}
    data["retrieved"] = retrieved
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=False).encode("ascii")


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM so that two renames are not split by Ctrl-C or a polite kill."""
    if not hasattr(signal, "pthread_sigmask"):  # not on Windows: there the window is two renames wide
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _ours(side: Path, page: Path, url: str | None) -> bool:
    """Whether ``side`` is a sidecar an interrupted run left for this very page (so it may be replaced)."""
    if page.exists() or not url:
        return False
    try:
        provided, _ = load_sidecar(side.read_bytes())
    except (OSError, SidecarError):
        return False
    return provided.url is not None and url_key(provided.url) == url_key(url)


def _present(url: str, seeds: Path, seed: str, why: str) -> Outcome:
    return Outcome(Added(url, "unchanged", f"{url}: already in {seeds} as {seed} ({why}); nothing to do", seeds / seed))


def add_url(url: str, seeds: Path, client: Client, known: KnownSeeds, knowledge: Knowledge,
            today: Callable[[], dt.date] = utc_today) -> Outcome:
    """Fetch ``url`` and store it in ``seeds``, unless the briefing already has it."""
    clean = http_url(url)
    if clean is None:
        return Outcome(Added(url, "failed", f"{url}: not an absolute http(s) URL"))
    if hit := known.by_url(clean):
        return _present(url, seeds, hit, "same URL")
    try:
        page = client.page(clean)
    except FetchError as exc:
        return Outcome(Added(url, "failed", str(exc)), retry=exc.transient)
    article_url = stated_url(page.body, page.url) or page.url
    if hit := known.by_url(article_url, page.url):
        return _present(url, seeds, hit, f"same canonical URL {article_url}")
    if hit := known.by_content(page.body):
        return _present(url, seeds, hit, "same content")
    notes: list[str] = []
    if len(article_url) > MAX_URL:
        notes.append(f"{url}: its URL is longer than {MAX_URL} characters, so the sidecar does not hold it")
    side_data = sidecar_bytes(article_url if len(article_url) <= MAX_URL else None, today())
    raw = RawInput(url, page.body, len(page.body), side_data, "sidecar", "html")
    processed, process_notes = process_isolated(raw, knowledge)  # a page from the web: under the bounds
    notes += process_notes
    if isinstance(processed, Skipped):
        return Outcome(Added(url, "failed", f"{url}: {processed.reason}; not added", notes=tuple(notes)))
    result = processed.draft
    target = seeds / seed_name(result.meta.title, page.body, ".html")
    side = target.with_suffix(".yml")
    if target.exists():  # the same bytes under the same name would have been found by content
        return Outcome(Added(url, "failed", f"{url}: {target} exists with other content; not overwritten"))
    if side.exists() and side.read_bytes() != side_data and not _ours(side, target, article_url):
        return Outcome(Added(url, "failed", f"{url}: {side} exists with other content; not overwritten"))
    with _signals_held():
        atomic_write(side, side_data)
        atomic_write(target, page.body)
    known.add(target.relative_to(seeds).as_posix(), hashlib.sha256(page.body).hexdigest(), article_url, page.url)
    message = f"{url}: added as {target} (with sidecar {side.name})"
    return Outcome(Added(url, "added", message, target, result, tuple(notes)))
