"""The build report as a page (``report.md``) and as terminal text (``generator check``)."""

from __future__ import annotations

import html

from generator.render import escape
from generator.render.frontmatter import front_matter
from generator.report import ArticleReport, Report

REPORT_PATH = "report.md"


def _details(summary: str, lines: list[str]) -> str:
    body = html.escape("\n".join(lines))
    return f"<details><summary>{html.escape(summary)}</summary>\n<pre>{body}</pre>\n</details>"


def _article(a: ArticleReport) -> list[str]:
    out = [
        f"### {escape.inline(a.title)}",
        f"[Article page](articles/{a.slug}.md) · source file “{escape.inline(a.seed)}” · publishing mode: **{a.mode}**",
    ]
    rows = ["| Field | Value | Basis | Found in |", "|---|---|---|---|"]
    for f in a.fields:
        rows.append(f"| {f.name} | {escape.inline(f.value) or '—'} | {f.basis.value} | {escape.inline(f.evidence)} |")
    out.append("\n".join(rows))
    if a.missing:
        out.append("Missing: " + ", ".join(a.missing) + ".")
    removed = [f"{n:>5}  [{rule}]  {text}" for n, text, rule in a.removed]
    out.append(_details(f"Lines removed as page chrome ({len(removed)})", removed) if removed else "No lines removed.")
    return out


def report_page(report: Report) -> str:
    """``docs_src/report.md``: kept out of the navigation and out of search."""
    parts = [
        "# Build report",
        "What the generator removed, guessed and could not find. Bases: *explicit* (stated in the text), "
        "*inferred* (derived from indirect evidence), *provided* (sidecar file), *unknown*.",
        "## Skipped files",
    ]
    if report.skipped:
        parts.append("\n".join(f"- “{escape.inline(s.seed)}”: {escape.inline(s.reason)}" for s in report.skipped))
    else:
        parts.append("None.")
    parts.append("## Possible duplicates")
    if report.duplicates:
        parts.append(
            "\n".join(
                f"- “{escape.inline(d.first)}” and “{escape.inline(d.second)}”: {d.similarity:.0%} similar"
                for d in report.duplicates
            )
        )
    else:
        parts.append("None found.")
    if report.notes:
        parts += ["## Warnings", "\n".join(f"- {escape.inline(n)}" for n in report.notes)]
    parts.append("## Discovered actors")
    if report.discovered:
        parts.append(
            "Found in the articles but not in the registry (`generator/data/actors/`). "
            "To add one, paste its entry into the registry file for its type and fill in the description."
        )
        for d in report.discovered:
            summary = f"{d.name} ({d.type}, {d.articles} article{'s' if d.articles != 1 else ''})"
            parts.append(_details(summary, d.snippet.rstrip("\n").split("\n")))
    else:
        parts.append("None: every actor found is in the registry.")
    parts.append("## Registry entries that matched no article")
    parts.append(", ".join(escape.inline(n) for n in report.unused_registry) or "None.")
    parts.append("## Articles")
    for a in report.articles:
        parts += _article(a)
    head = front_matter({"title": "Build report", "search": {"exclude": True}})
    return head + "\n" + "\n\n".join(parts) + "\n"


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
    if report.unused_registry:
        lines.append(f"registry entries that matched no article: {len(report.unused_registry)}")
    for a in report.articles:
        lines.append("")
        lines.append(f"{a.seed} -> articles/{a.slug}.md  [{a.mode}]")
        for f in a.fields:
            evidence = f"  <- {f.evidence!r}" if f.evidence else ""
            lines.append(f"  {f.name:<9} {f.value or '-'}  ({f.basis.value}){evidence}")
        lines.append(f"  removed  {len(a.removed)} lines" + (f"; missing: {', '.join(a.missing)}" if a.missing else ""))
        for number, text, rule in a.removed:
            lines.append(f"    {number:>5} [{rule}] {text[:100]}")
    return "\n".join(lines) + "\n"
