"""``robots.txt``, read once per host per run and obeyed for every page and feed (RFC 9309).

- 2xx: the rules apply to our User-Agent token (``Briefing``) or to ``*``.
- 4xx: the site has no rules; everything may be fetched.
- 5xx or 429: the site may be in trouble; nothing on it is fetched this run.
- A host that cannot be reached, or that resolves to a refused address, fails its pages with
  that reason (fetching the page would fail the same way).
Only the first 512 KiB are read, as RFC 9309 allows. ``Crawl-delay`` is honoured up to a cap.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

MAX_ROBOTS_BYTES = 512 * 1024


@dataclass(frozen=True)
class Rules:
    """What one host's robots.txt allows; ``refusal`` is why the whole host is off limits this run."""

    parser: RobotFileParser | None = None
    refusal: str | None = None

    def allows(self, user_agent: str, url: str) -> bool:
        """Whether ``url`` may be fetched under these rules."""
        if self.refusal is not None:
            return False
        return self.parser is None or self.parser.can_fetch(user_agent, url)

    def delay(self, user_agent: str) -> float:
        """The ``Crawl-delay`` asked for, in seconds (0 when none)."""
        if self.parser is None:
            return 0.0
        value = self.parser.crawl_delay(user_agent)
        return float(value) if value else 0.0


ALLOW_ALL = Rules()


def parse_rules(body: bytes) -> Rules:
    """Rules from the bytes of a robots.txt (undecodable bytes are replaced, as browsers do)."""
    parser = RobotFileParser()
    parser.parse(body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace").splitlines())
    return Rules(parser)


def status_rules(status: int) -> Rules:
    """Rules implied by a robots.txt request that answered ``status`` (not 2xx)."""
    if status >= 500 or status == 429:
        return Rules(refusal=f"robots.txt answered HTTP {status}, so nothing on this site is fetched this run")
    return ALLOW_ALL
