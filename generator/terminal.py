"""Text for the terminal: whatever a file or a web page put in a name or a title is shown escaped."""

from __future__ import annotations

import sys

from generator.add import Added, summary
from generator.errors import DataError
from generator.settings import Publishing


def printable(text: str) -> str:
    """``text`` with control and other non-printable characters escaped, safe for a terminal."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def show_added(added: Added, publishing: Publishing | None, indent: str = "") -> None:
    """The line for one added file or URL, its warnings, and what was extracted."""
    failed = added.status == "failed"
    stream = sys.stderr if failed else sys.stdout
    print(indent + ("error: " if failed else "") + printable(added.message), file=stream)
    for note in added.notes:
        print(f"{indent}  warning: {printable(note)}", file=sys.stderr)
    for line in summary(added):
        print(indent + printable(line))
    if added.draft is not None and publishing is not None and added.status == "added":
        mode = publishing.mode_for(added.draft.meta.source)
        print(f"{indent}  publishing: {mode} (policy: extra.briefing.publishing)")


def show_data_error(exc: DataError) -> None:
    """Every problem of a data or configuration error, one a line, without a traceback."""
    print(f"error: {printable(exc.heading)}:", file=sys.stderr)
    for problem in exc.problems:
        print(f"  {printable(problem)}", file=sys.stderr)
