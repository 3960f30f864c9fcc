"""Deterministic orderings shared by every stage."""

from __future__ import annotations


def text_key(text: str) -> tuple[str, str]:
    """Sort key: case-insensitive, then by exact text, so the order never depends on set iteration."""
    return (text.casefold(), text)
