"""The build report as a page (``report.md``) and as terminal text (``generator check``)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from generator.corpus.records import Article
from generator.corpus.report import ArticleReport, Report, article_report
from generator.render import escape, limits, paging
from generator.render.text import clip

REPORT_PATH = "report.md"


def _details(summary: str, lines: list[str]) -> str:
    body = html.escape("\n".join(lines))
    return f"<details><summary>{html.escape(summary)}</summary>\n<pre>{body}</pre>\n</details>"


def _article(a: ArticleReport, prefix: str = "articles/") -> list[str]:
    """One article's section; ``prefix`` leads from the report page to the articles folder."""
    out = [
        f"### {escape.inline(a.title)}",
        f"[Article page]({prefix}{a.slug}.md) · source file “{escape.inline(a.seed)}” · publishing mode: **{a.mode}**",
    ]
    rows = ["| Field | Value | Basis | Found in | How |", "|---|---|---|---|---|"]
    for f in a.fields:
        rows.append(
            f"| {f.name} | {escape.inline(f.value) or '—'} | {f.basis.value} | {escape.inline(clip(f.evidence))} "
            f"| {escape.inline(f.where)} |"
        )
    out.append("\n".join(rows))
    if a.missing:
        out.append("Missing: " + ", ".join(a.missing) + ".")
    turned_down = [f"{f.name}: {clip(r)}" for f in a.fields for r in f.rejected]
    if turned_down:
        out.append(_details(f"Candidates turned down ({len(turned_down)})", turned_down))
    removed = [f"{n:>5}  [{rule}]  {clip(text)}" for n, text, rule in a.removed]
    if a.removed_count > len(removed):
        removed.append(f"… and {a.removed_count - len(removed)} more (the first {len(a.removed)} are listed)")
    title = f"Lines removed as page chrome ({a.removed_count})"
    out.append(_details(title, removed) if removed else "No lines removed.")
    return out


def _capped(rows: list[str], total: int) -> str:
    """The first ``limits.REPORT_LIST_MAX`` rows, and a line saying how many more the terminal report has."""
    shown = rows[:limits.REPORT_LIST_MAX]
    if total > len(shown):
        shown.append(f"- *… and {total - len(shown):,} more: `python -m generator check` lists them all.*")
    return "\n".join(shown)


def _summary(report: Report) -> list[str]:
    """Everything but the per-article sections: skipped files, duplicates, warnings, discoveries."""
    parts = [
        "# Build report",
        "What the generator removed, guessed and could not find. Bases: *explicit* (stated in the text), "
        "*inferred* (derived from indirect evidence), *provided* (sidecar file), *unknown*.",
        "## Skipped files",
    ]
    if report.skipped:
        shown = report.skipped[: limits.REPORT_LIST_MAX]
        rows = [f"- “{escape.inline(s.seed)}”: {escape.inline(s.reason)}" for s in shown]
        parts.append(_capped(rows, len(report.skipped)))
    else:
        parts.append("None.")
    parts.append("## Possible duplicates")
    if report.duplicates:
        rows = [
            f"- “{escape.inline(d.first)}” and “{escape.inline(d.second)}”: {d.similarity:.0%} similar"
            for d in report.duplicates[:limits.REPORT_LIST_MAX]
        ]
        parts.append(_capped(rows, len(report.duplicates)))
    else:
        parts.append("None found.")
    if report.notes:
        rows = [f"- {escape.inline(n)}" for n in report.notes[:limits.REPORT_LIST_MAX]]
        parts += ["## Warnings", _capped(rows, len(report.notes))]
    parts.append("## Discovered actors")
    if report.discovered:
        parts.append(
            "Found in the articles but not in the registry. To add one, paste its entry into a file of "
            "`actors/` in your data folder (`extra.briefing.data` in mkdocs.yml, `briefing/` by default) "
            "and fill in the description."
        )
        # The ones named in the most articles are the most worth adding; shown in the report's order.
        found = report.discovered
        top = set(sorted(range(len(found)), key=lambda i: (-found[i].articles, i))[:limits.REPORT_LIST_MAX])
        for d in (d for i, d in enumerate(found) if i in top):
            summary = f"{d.name} ({d.type}, {d.articles} article{'s' if d.articles != 1 else ''})"
            parts.append(_details(summary, d.snippet.rstrip("\n").split("\n")))
        if len(found) > len(top):
            parts.append(_capped([], len(found) - len(top)))
    else:
        parts.append("None: every actor found is in the registry.")
    if report.discovered_themes:
        parts.append("## Discovered themes")
        parts.append(
            "The taxonomy gave a theme to few articles, so themes were found in the terms articles share. "
            "To keep one, paste its entry into `themes.yml` in your data folder, fill in the description "
            "and edit the phrases."
        )
        for t in report.discovered_themes[: limits.REPORT_LIST_MAX]:
            summary = f"{t.name} ({t.articles} articles)"
            parts.append(_details(summary, t.snippet.rstrip("\n").split("\n")))
    parts.append("## Registry entries that matched no article")
    parts.append(", ".join(escape.inline(n) for n in report.unused_registry) or "None.")
    return parts


@dataclass(frozen=True)
class _Section:
    """One article's section of the report: its seed (its place), its key and how to make it."""

    seed: str
    key: str  # the article's key when its report is made from the article as it is published; else empty
    make: Callable[[], ArticleReport]


def report_pages(report: Report, articles: Sequence[Article] | None = None) -> dict[str, str]:
    """``docs_src/report.md`` and the pages its per-article sections continue on (``render.paging``).

    Kept out of the navigation and out of search. Summary lists show ``limits.REPORT_LIST_MAX``
    entries; ``python -m generator check`` prints the whole report. ``articles``: the corpus's
    articles by seed when ``report`` was built without its sections (``build_report(...,
    sections=False)``): a section is then made only for a page that is rendered (making every
    article's report took 0.06 s of CPU at 2,000 synthetic articles, for a rerun that renders one
    or two report pages).
    """
    if articles is None:
        sections = [_Section(a.seed, a.key, partial(_same, a)) for a in report.articles]
    else:
        sections = [_Section(a.seed, a.key, partial(article_report, a, a.mode)) for a in articles]
    return paging.paged(
        REPORT_PATH,
        "Build report",
        sections,
        limits.REPORT_ARTICLES_PER_PAGE,
        lambda part: "\n\n".join(s for a in part.items for s in _article(a.make(), part.folder("articles"))),
        key=lambda a: a.seed,
        head=_summary(report),
        heading="## Articles",
        noun="Articles",
        searchable=False,
        # A part shows its articles' reports and nothing else (links start from its own path, in the key);
        # an article's key stands for its report (hashing every field of 3,000 reports took 0.6 s).
        shows=lambda part: tuple(a.key or a.make() for a in part.items),
    )


def _same(report: ArticleReport) -> ArticleReport:
    return report


def report_text(report: Report) -> str:
    """The report for a terminal; the caller escapes control characters."""
    lines = [
        f"{len(report.articles)} articles, {len(report.skipped)} skipped, {len(report.duplicates)} possible duplicates"
    ]
    for s in report.skipped:
        lines.append(f"skipped  {s.seed}: {s.reason}")
    for d in report.duplicates:
        lines.append(f"duplicate  {d.first} ~ {d.second} ({d.similarity:.0%})")
    for n in report.notes:
        lines.append(f"warning  {n}")
    for found in report.discovered:
        lines.append(f"discovered  {found.name} ({found.type}, {found.articles} articles)")
    for theme in report.discovered_themes:
        lines.append(f"discovered theme  {theme.name} ({theme.articles} articles)")
    if report.unused_registry:
        lines.append(f"registry entries that matched no article: {len(report.unused_registry)}")
    for a in report.articles:
        lines.append("")
        lines.append(f"{a.seed} -> articles/{a.slug}.md  [{a.mode}]")
        for f in a.fields:
            evidence = f"  <- {f.evidence!r}" if f.evidence else ""
            where = f" [{f.where}]" if f.where else ""
            lines.append(f"  {f.name:<9} {f.value or '-'}  ({f.basis.value}){evidence}{where}")
            lines += [f"    turned down: {r}" for r in f.rejected]
        missing = f"; missing: {', '.join(a.missing)}" if a.missing else ""
        lines.append(f"  removed  {a.removed_count} lines{missing}")
        for number, text, rule in a.removed:
            lines.append(f"    {number:>5} [{rule}] {text[:100]}")
    return "\n".join(lines) + "\n"
