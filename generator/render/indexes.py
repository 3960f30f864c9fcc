"""The home page and the list of all articles."""

from __future__ import annotations

from generator.link.corpus import date_range
from generator.records import Article, Corpus
from generator.render import escape
from generator.render.frontmatter import front_matter
from generator.render.text import fmt_date

LATEST_ON_HOME = 10


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


def page(title: str, sections: list[str]) -> str:
    """A generated page: front matter with the (escaped) title, then blank-line separated sections."""
    return front_matter({"title": escape.html_text(title)}) + "\n" + "\n\n".join(sections) + "\n"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def home_page(corpus: Corpus, site_name: str) -> str:
    """The home page: what the briefing covers, its counts and its latest articles."""
    arts = corpus.articles
    sources = {a.meta.source for a in arts if a.meta.source}
    span = date_range(corpus)
    covers = f"from {fmt_date(span[0])} to {fmt_date(span[1])}" if span else "with no dated articles"
    lines = [
        f"# {escape.inline(site_name)}",
        f"This briefing holds **{_plural(len(arts), 'article')}** from "
        f"**{_plural(len(sources), 'source')}**, {escape.inline(covers)}.",
    ]
    undated = sum(1 for a in arts if a.meta.date is None)
    if undated:
        lines.append(f"{_plural(undated, 'article')} state no publication date.")
    if corpus.skipped:
        lines.append(f"{_plural(len(corpus.skipped), 'input file')} could not be used (listed in `briefing.json`).")
    lines += ["## Latest articles", article_table(arts[:LATEST_ON_HOME], "articles/")]
    lines.append(
        "[All articles](articles/index.md) · [Atom feed](feed.xml) · [Data export (briefing.json)](briefing.json)"
    )
    return page("Home", lines)


def articles_index(corpus: Corpus) -> str:
    """Every article, newest first, undated ones last."""
    return page("All articles", ["# All articles", article_table(corpus.articles, "")])
