"""Score every theme for one article from its phrases and actors, and keep those over their threshold."""

from __future__ import annotations

from collections import Counter

from generator.article.actors.records import ArticleActors
from generator.article.items import SKIPPED_KINDS
from generator.article.records import Cleaned
from generator.article.theme_records import Evidence, ThemeScore
from generator.knowledge.records import Taxonomy, Theme
from generator.text.stem import stems

# Repeating a phrase adds evidence, but a long article must not win a theme by repetition alone.
MAX_COUNT = 3


def article_stems(cleaned: Cleaned) -> tuple[str, ...]:
    """Stemmed words of the title and body (reference lists excluded), title first."""
    parts = [cleaned.title or ""] + [
        item for block in cleaned.blocks if block.kind not in SKIPPED_KINDS for item in block.items
    ]
    return tuple(w for part in parts for w in (*stems(part), "\n"))  # "\n": phrases never span items


def _count(words: tuple[str, ...], index: dict[str, tuple[tuple[str, ...], ...]]) -> Counter[tuple[str, ...]]:
    """Occurrences of each indexed phrase, looked up by its first stem (linear in the text)."""
    found: Counter[tuple[str, ...]] = Counter()
    for i, w in enumerate(words):
        for phrase in index.get(w, ()):
            if words[i : i + len(phrase)] == phrase:
                found[phrase] += 1
    return found


def score_theme(theme: Theme, counts: Counter[tuple[str, ...]], actors: ArticleActors) -> ThemeScore:
    """One theme's score and evidence for an article."""
    evidence: list[Evidence] = []
    for p in theme.phrases:
        if counts[p.stems]:
            evidence.append(Evidence("phrase", p.text, counts[p.stems], p.weight))
    for name, weight in theme.actors:
        if (a := actors.get(name)) is not None:
            evidence.append(Evidence("actor", name, a.mentions, weight))
    total = sum(e.weight * min(e.count, MAX_COUNT) for e in evidence)
    evidence.sort(key=lambda e: (-e.weight * min(e.count, MAX_COUNT), e.kind, e.label))
    return ThemeScore(theme.name, theme.slug, round(total, 2), tuple(evidence))


def score_themes(cleaned: Cleaned, actors: ArticleActors, taxonomy: Taxonomy) -> tuple[ThemeScore, ...]:
    """Every theme's score, in taxonomy order (for tuning and tests)."""
    counts = _count(article_stems(cleaned), taxonomy.index)
    return tuple(score_theme(t, counts, actors) for t in taxonomy.themes)


def assign_themes(cleaned: Cleaned, actors: ArticleActors, taxonomy: Taxonomy) -> tuple[ThemeScore, ...]:
    """The themes whose score reaches their threshold, best first."""
    thresholds = {t.slug: t.threshold for t in taxonomy.themes}
    kept = [s for s in score_themes(cleaned, actors, taxonomy) if s.score >= thresholds[s.slug]]
    return tuple(sorted(kept, key=lambda s: (-s.score, s.name)))
