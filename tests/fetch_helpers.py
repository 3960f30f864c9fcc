"""Shared pieces of the fetch tests: a fast client for the local server and an article page of our own."""

from __future__ import annotations

from typing import Any

from generator.fetch.client import Client, Politeness
from generator.fetch.guard import AddressPolicy
from tests.test_html_input import PARAS, TITLE

FAST = {"connect_timeout": 2.0, "read_timeout": 0.5, "total_timeout": 2.0, "delay": 0.0}


def fast_client(allow_private: bool = True, policy: AddressPolicy | None = None, **limits: Any) -> Client:
    """A client with short timeouts and no delay, allowed to reach the test server on 127.0.0.1."""
    return Client(Politeness(**{**FAST, **limits}), policy or AddressPolicy(allow_private=allow_private))


def article_html(title: str = TITLE, head: str = "", extra: str = "") -> bytes:
    """A saved news page: title, site name, article paragraphs, navigation and footer."""
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Example Gazette</title>'
        f'<meta property="og:site_name" content="Example Gazette">{head}</head>'
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{paras}{extra}</article>"
        f"<footer>Copyright Example Gazette. All rights reserved.</footer></body></html>"
    ).encode()
