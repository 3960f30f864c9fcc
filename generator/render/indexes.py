"""The home page and the list of all articles."""

from __future__ import annotations

from generator.link.corpus import date_range
from generator.records import Article, Corpus
from generator.render import escape
from generator.render.network import SVG_PATH, top_actors
from generator.render.text import fmt_date, page, plural
from generator.render.timeline import entry_line, latest_entries

LATEST_ON_HOME = 10
TOP_ON_HOME = 8
TIMELINE_ON_HOME = 5


def _row(article: Article, prefix: str) -> str:
    source = escape.inline(article.meta.source or "unknown source")
    title = escape.internal_link(article.meta.title, f"{prefix}{article.slug}.md")
    return f"| {escape.inline(fmt_date(article.meta.date))} | {title} | {source} |"


def article_table(articles: tuple[Article, ...], prefix: str) -> str:
    """A Markdown table of articles (date, title, source) in the given order."""
    if not articles:
        return "*No articles yet: add text files to the seeds folder and rebuild.*"
    rows = ["| Date | Title | Source |", "|---|---|---|"] + [_row(a, prefix) for a in articles]
    return "\n".join(rows)


def home_page(corpus: Corpus, site_name: str) -> str:
    """The home page: what the briefing covers, its counts and its latest articles."""
    arts = corpus.articles
    sources = {a.meta.source for a in arts if a.meta.source}
    span = date_range(corpus)
    covers = f"from {fmt_date(span[0])} to {fmt_date(span[1])}" if span else "with no dated articles"
    lines = [
        f"# {escape.inline(site_name)}",
        f"This briefing holds **{plural(len(arts), 'article')}** from "
        f"**{plural(len(sources), 'source')}**, {escape.inline(covers)}.",
    ]
    undated = sum(1 for a in arts if a.meta.date is None)
    if undated:
        lines.append(f"{plural(undated, 'article')} state no publication date.")
    if corpus.skipped:
        lines.append(f"{plural(len(corpus.skipped), 'input file')} could not be used (listed in `briefing.json`).")
    lines += ["## Latest articles", article_table(arts[:LATEST_ON_HOME], "articles/")]
    lines += _most_covered(corpus)
    lines += _latest_events(corpus)
    lines += [
        "## Who is named together",
        f"![The most-covered actors and how often articles name them together]({SVG_PATH})",
        "[All articles](articles/index.md) · [Timeline](timeline.md) · [Sources](sources/index.md) · "
        "[Atom feed](feed.xml) · [Data export (briefing.json)](briefing.json)",
    ]
    return page("Home", lines)


def _most_covered(corpus: Corpus) -> list[str]:
    slugs = {a.name: a.slug for a in corpus.actor_index.actors}
    actors = [
        f"- {escape.internal_link(name, f'actors/{slugs[name]}.md')} · {plural(n, 'article')}"
        for name, n in top_actors(corpus, TOP_ON_HOME)
        if name in slugs
    ]
    themes = sorted(
        (t for t in corpus.theme_index.themes if t.articles), key=lambda t: (-len(t.articles), t.name.casefold())
    )
    rows = [
        f"- {escape.internal_link(t.name, f'themes/{t.slug}.md')} · {plural(len(t.articles), 'article')}"
        for t in themes[:TOP_ON_HOME]
    ]
    out = []
    if actors:
        out += ["## Most-covered actors", "\n".join(actors), "[All actors](actors/index.md)"]
    if rows:
        out += ["## Most-covered themes", "\n".join(rows), "[All themes](themes/index.md)"]
    return out


def _latest_events(corpus: Corpus) -> list[str]:
    span = date_range(corpus)
    entries = latest_entries(corpus.timeline, TIMELINE_ON_HOME, until=span[1] if span else None)
    if not entries:
        return []
    return ["## Latest on the timeline", "\n".join(entry_line(e) for e in entries), "[Full timeline](timeline.md)"]


def articles_index(corpus: Corpus) -> str:
    """Every article, newest first, undated ones last."""
    return page("All articles", ["# All articles", article_table(corpus.articles, "")])
