"""Test helpers for the extraction tests: a crude stand-in for the cleaner."""

from __future__ import annotations

from pathlib import Path

from generator.article.records import Block, Cleaned, Line, Role

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def crude_cleaned(text: str, roles: dict[int, Role] | None = None) -> Cleaned:
    """A stand-in for the cleaner: first line TITLE, long lines BODY, short ones META until the body."""
    lines: list[Line] = []
    title: str | None = None
    seen_body = False
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            role = Role.BODY
        elif title is None:
            role, title = Role.TITLE, stripped
        elif len(stripped.split()) >= 25 or (stripped.endswith(".") and len(stripped.split()) >= 12):
            role, seen_body = Role.BODY, True
        else:
            role = Role.BODY if seen_body else Role.META
        if roles and number in roles:
            role = roles[number]
        lines.append(Line(number, raw, role))
    blocks = tuple(
        Block("paragraph", (line.text.strip(),)) for line in lines if line.role == Role.BODY and line.text.strip()
    )
    return Cleaned(title=title, blocks=blocks, lines=tuple(lines))


def cleaned_lines(*specs: tuple[str, Role], title: str | None = None) -> Cleaned:
    """A Cleaned built from explicit (text, role) pairs."""
    lines = tuple(Line(i, text, role) for i, (text, role) in enumerate(specs, start=1))
    if title is None:
        title = next((text for text, role in specs if role == Role.TITLE), None)
    blocks = tuple(Block("paragraph", (text,)) for text, role in specs if role == Role.BODY)
    return Cleaned(title=title, blocks=blocks, lines=lines)
