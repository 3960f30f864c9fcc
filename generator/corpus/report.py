"""The build report: what the generator removed, guessed and could not find, per article.

Pure: built from the ``Corpus``; rendered as a page (``docs_src/report.md``) by
``generator.render.report`` and printed by ``python -m generator check``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import yaml

from generator.article.records import Basis
from generator.corpus.duplicates import duplicate_pairs
from generator.corpus.records import Article, Corpus
from generator.knowledge.registry_index import Registry
from generator.read.records import Skipped
from generator.text.order import text_key

FIELDS = ("title", "source", "authors", "date", "language", "url", "retrieved")


@dataclass(frozen=True)
class FieldReport:
    """One metadata field: its value as shown, its basis, the text it came from and the candidates turned down."""

    name: str
    value: str
    basis: Basis
    evidence: str
    where: str = ""  # how the evidence was found ("labelled line, score 0.93", "markup: site name")
    rejected: tuple[str, ...] = ()  # at most MAX_REJECTED per field (candidates.py), so the page stays bounded


@dataclass(frozen=True)
class ArticleReport:
    """What the generator decided for one article."""

    seed: str
    slug: str
    title: str
    mode: str
    removed: tuple[tuple[int, str, str], ...]  # (line number, text, rule): the first REMOVED_KEPT
    fields: tuple[FieldReport, ...]
    removed_count: int = 0  # all removed lines, shown or not
    key: str = ""  # its article's key (corpus.reuse), which fixes everything above; empty when not known

    @property
    def missing(self) -> tuple[str, ...]:
        """Fields with no value."""
        return tuple(f.name for f in self.fields if f.basis is Basis.UNKNOWN)


@dataclass(frozen=True)
class Duplicate:
    """Two inputs that hold (nearly) the same article."""

    first: str
    second: str
    similarity: float


@dataclass(frozen=True)
class Discovered:
    """An actor found outside the registry, with a registry entry ready to paste."""

    name: str
    type: str
    articles: int
    snippet: str


@dataclass(frozen=True)
class DiscoveredTheme:
    """A theme found in the articles' shared terms, with a ``themes.yml`` entry ready to paste."""

    name: str
    articles: int
    snippet: str


@dataclass(frozen=True)
class Report:
    """The whole build report."""

    articles: tuple[ArticleReport, ...]
    skipped: tuple[Skipped, ...]
    duplicates: tuple[Duplicate, ...]
    notes: tuple[str, ...]
    discovered: tuple[Discovered, ...] = ()
    unused_registry: tuple[str, ...] = ()
    discovered_themes: tuple[DiscoveredTheme, ...] = ()

    def strict_failures(self) -> list[str]:
        """What ``check --strict`` fails on: skipped files, missing titles, duplicates."""
        out = [f"skipped: {s.seed}: {s.reason}" for s in self.skipped]
        out += [f"missing title: {a.seed}" for a in self.articles if "title" in a.missing]
        out += [f"duplicate: {d.first} and {d.second} ({d.similarity:.0%} similar)" for d in self.duplicates]
        return out


def _value(article: Article, name: str) -> str:
    meta = article.meta
    if name == "authors":
        return ", ".join(meta.authors)
    if name in ("date", "retrieved"):
        value = getattr(meta, name)
        return value.isoformat() if value else ""
    value = getattr(meta, name)
    return "" if value in (None, "und") else str(value)


def _fields(article: Article) -> tuple[FieldReport, ...]:
    out = []
    for name in FIELDS:
        value = _value(article, name)
        ev = article.meta.basis_of(name)
        basis = ev.basis if value else Basis.UNKNOWN
        out.append(FieldReport(name, value, basis, ev.text, ev.source, ev.rejected))
    return tuple(out)


def article_report(article: Article, mode: str) -> ArticleReport:
    """The report entry of one article."""
    draft = article.draft
    return ArticleReport(
        article.seed, article.slug, article.meta.title, mode, draft.removed, _fields(article), draft.removed_count,
        article.key if mode == article.mode else "",
    )


def registry_snippet(name: str, kind: str, spellings: Sequence[str]) -> str:
    """A YAML registry entry for a discovered actor, in the registry files' own format."""
    entry = {
        "name": name,
        "type": "person" if kind == "person" else "organisation",
        "description": "TODO one line on who this is",
        "aliases": sorted({s for s in spellings if s != name}, key=text_key),
    }
    if not entry["aliases"]:
        del entry["aliases"]
    return yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=1000)


def _discovered(corpus: Corpus) -> tuple[Discovered, ...]:
    return tuple(
        Discovered(a.name, a.type.value, len(a.appearances), registry_snippet(a.name, a.type.value, a.spellings))
        for a in corpus.actor_index.actors
        if a.discovered
    )


# A discovered theme's entry: each of its terms is specific evidence (weight 2), and two of them
# reach the threshold (article.themes asks for two distinct pieces of specific evidence).
THEME_PHRASE_WEIGHT = 2
THEME_THRESHOLD = 4


def theme_snippet(name: str, phrases: Sequence[str]) -> str:
    """A YAML ``themes.yml`` entry for a discovered theme, in the taxonomy's own format."""
    entry = {
        "name": name,
        "description": "TODO one line on what this theme covers",
        "threshold": THEME_THRESHOLD,
        "phrases": [{"phrase": p, "weight": THEME_PHRASE_WEIGHT} for p in phrases],
    }
    return yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=1000)


def _discovered_themes(corpus: Corpus) -> tuple[DiscoveredTheme, ...]:
    return tuple(
        DiscoveredTheme(t.name, len(t.articles), theme_snippet(t.name, t.phrases))
        for t in corpus.theme_index.themes
        if t.discovered
    )


def _unused(corpus: Corpus, registry: Registry) -> tuple[str, ...]:
    seen = {a.name for a in corpus.actor_index.actors}
    return tuple(sorted((e.name for e in registry.entries if e.name not in seen), key=text_key))


def build_report(
    corpus: Corpus, registry: Registry, extra_notes: Sequence[str] = (), *, sections: bool = True
) -> Report:
    """The report for ``corpus``; without ``sections`` its articles' sections are left out (the report
    pages make each one only for a page they render: ``render.report.report_pages``)."""
    by_seed = sorted(corpus.articles, key=lambda a: a.seed)
    dups = duplicate_pairs((a.seed, a.draft.signature) for a in by_seed)
    return Report(
        articles=tuple(article_report(a, a.mode) for a in by_seed) if sections else (),
        skipped=corpus.skipped,
        duplicates=tuple(Duplicate(a, b, s) for a, b, s in dups),
        notes=tuple(corpus.notes) + tuple(extra_notes),
        discovered=_discovered(corpus),
        unused_registry=_unused(corpus, registry),
        discovered_themes=_discovered_themes(corpus),
    )
