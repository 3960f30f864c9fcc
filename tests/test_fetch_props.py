"""Properties of the fetch helpers: URL keys, the sidecar of a fetched page, topic matching on any text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from generator.fetch.feeds import Feed
from generator.fetch.store import sidecar_bytes
from generator.fetch.topic import topic_of
from generator.fetch.urls import http_url, url_key
from generator.read.sidecar import load_sidecar

_SEGMENT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-._~%:@!$&'()*+,;=", min_size=1, max_size=12)


@st.composite
def urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP"]))
    host = draw(st.sampled_from(["news.example.com", "Example.ORG", "127.0.0.1", "[2001:db8::1]"]))
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    path = "/".join(draw(st.lists(_SEGMENT, max_size=4)))
    query = draw(st.sampled_from(["", "?id=7", "?a=1&b=two"]))
    fragment = draw(st.sampled_from(["", "#top"]))
    return f"{scheme}://{host}{port}/{path}{query}{fragment}"


@given(urls())
def test_url_key_is_idempotent_and_ignores_what_does_not_name_the_article(url: str) -> None:
    key = url_key(url)
    assert url_key(key) == key
    assert url_key(url.split("#", 1)[0]) == key
    assert key.startswith("https://")


# A page is retrieved on the day of the fetch: no later than today (a later date is not plausible, see datecheck).
@given(urls(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date.today()))
def test_a_fetched_pages_sidecar_reads_back_as_written(url: str, day: dt.date) -> None:
    clean = http_url(url)
    assert clean is not None
    provided, warnings = load_sidecar(sidecar_bytes(clean, day))
    assert warnings == []
    assert provided.url == clean and provided.retrieved == day


@given(st.text(max_size=300), st.text(max_size=300))
def test_topic_verdict_is_defined_for_any_title_and_summary(title: str, summary: str) -> None:
    topic = topic_of(Feed("https://x.example/rss", "x", ("flood", "port authority"), ("football",)))
    verdict = topic.verdict(title, summary)
    assert verdict is None or verdict.startswith(("excluded by", "none of the include words"))
