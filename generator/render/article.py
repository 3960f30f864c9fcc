"""An article page: front matter, title, metadata line, cleaned body, provenance note."""

from __future__ import annotations

import re

from generator.records import Article, Block, Role
from generator.render import escape
from generator.render.frontmatter import front_matter
from generator.render.summary import summary
from generator.render.text import fmt_date, reading_time

_URL_RE = re.compile(r"https?://[^\s<>\"]+")
_LEADING_NUMBER_RE = re.compile(r"^\s*(\[?\d{1,4}[.)\]]|[-•*])\s+")


def article_front_matter(article: Article) -> str:
    """The page's YAML front matter; ``title`` is HTML-escaped because Material prints it raw."""
    meta = article.meta
    return front_matter(
        {
            "title": escape.html_text(meta.title),
            "slug": article.slug,
            "source": meta.source,
            "authors": list(meta.authors),
            "date": meta.date,
            "date_basis": meta.date_basis.value,
            "language": meta.language,
            "seed": article.seed,
            "url": escape.safe_url(meta.url),
            "word_count": article.word_count,
            "actors": list(article.actors),
            "themes": list(article.themes),
            # Not one of the keys, but Material turns it into <meta name="description">
            # and the theme override into Open Graph tags.
            "description": escape.html_text(summary(article.cleaned)),
        }
    )


def _reference(item: str) -> str:
    """A reference entry with its URLs as links; everything else escaped."""
    item = _LEADING_NUMBER_RE.sub("", item, count=1)
    out: list[str] = []
    pos = 0
    for m in _URL_RE.finditer(item):
        url = m.group(0).rstrip(".,;)")
        out.append(escape.inline(item[pos : m.start()]))
        out.append(escape.link(url, url))
        pos = m.start() + len(url)
    out.append(escape.inline(item[pos:]))
    return "".join(out).strip()


def _table(rows: tuple[str, ...]) -> list[str]:
    cells = [[escape.inline(c) or " " for c in row.split("\t")] for row in rows]
    width = max(len(r) for r in cells)
    cells = [r + [" "] * (width - len(r)) for r in cells]
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in cells[1:]]
    return lines


def render_block(block: Block) -> str:
    """One body block as inert Markdown."""
    if block.kind == "heading":
        return "## " + escape.inline(block.items[0])
    if block.kind == "quote":
        return "\n>\n".join("> " + escape.inline(item) for item in block.items)
    if block.kind == "list":
        return "\n".join("- " + escape.inline(item) for item in block.items)
    if block.kind == "references":
        return "\n".join(f"{n}. {_reference(item)}" for n, item in enumerate(block.items, 1))
    if block.kind == "table":
        return "\n".join(_table(block.items))
    return escape.block(" ".join(block.items))


def meta_line(article: Article) -> str:
    """``source · authors · date · reading time``, escaped."""
    meta = article.meta
    parts = []
    if meta.source:
        parts.append(f"**{escape.inline(meta.source)}**")
    if meta.authors:
        parts.append(escape.inline(", ".join(meta.authors)))
    parts.append(escape.inline(fmt_date(meta.date)))
    parts.append(reading_time(article.word_count))
    return " · ".join(parts)


def provenance(article: Article) -> str:
    """Where the page came from and what the cleaner removed."""
    dropped = sum(1 for line in article.cleaned.lines if line.role in (Role.BOILERPLATE, Role.EMBED))
    lines = "line" if dropped == 1 else "lines"
    return (
        f"*Provenance: cleaned by Briefing from the source file “{escape.inline(article.seed)}”; "
        f"{dropped} {lines} of page chrome removed.*"
    )


def original_link(article: Article) -> str | None:
    """"Original: <link>", when the article's URL is known and safe."""
    url = escape.safe_url(article.meta.url)
    return f"Original: {escape.link(url, url)}" if url else None


def _excerpt(article: Article) -> list[str]:
    parts = ["## Summary", escape.block(summary(article.cleaned))]
    parts.append(
        "> **Excerpt only:** this briefing's publishing policy for this source keeps the full text "
        "out of the site. " + ("Read it at the original." if article.meta.url else "")
    )
    return parts


def article_page(article: Article, mode: str = "full") -> str:
    """The complete Markdown page for one article, with the full text or an excerpt."""
    parts = ["# " + escape.inline(article.meta.title), meta_line(article)]
    link = original_link(article)
    if link:
        parts.append(link)
    if mode == "excerpt":
        parts += _excerpt(article)
    else:
        if article.truncated:
            parts.append(
                "> **Note:** the source file is longer than Briefing publishes for one article; "
                "only its first part is shown here."
            )
        parts += [render_block(b) for b in article.cleaned.blocks]
    parts += ["---", provenance(article)]
    return article_front_matter(article) + "\n" + "\n\n".join(parts) + "\n"
