"""Score every theme for one article from its phrases and actors, and keep those with topical evidence.

A theme is kept when its score reaches the theme's threshold *and* the evidence is topical:
- at least ``MIN_DISTINCT`` different phrases or actors (one word repeated is not a topic), and
- at least ``SPECIFIC_SHARE`` of the threshold comes from specific evidence: the phrases and
  actors the taxonomy weighs ``SPECIFIC_WEIGHT`` or more. Words of weight 1 ("strike",
  "killed", "targeted", "cooperation") occur in any news story; they add to a theme that specific
  evidence opened but never open one by themselves (issue 17: an extradition story got the theme
  of air strikes from "strike", "targeted" and "killed").
"""

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
MIN_DISTINCT = 2
SPECIFIC_WEIGHT = 2.0
SPECIFIC_SHARE = 0.5


def article_stems(cleaned: Cleaned) -> tuple[str, ...]:
    """Stemmed words of the title and body (reference lists excluded), title first."""
    parts = [cleaned.title or ""] + [
        item for block in cleaned.blocks if block.kind not in SKIPPED_KINDS for item in block.items
    ]
    out: list[str] = []
    for part in parts:
        out += stems(part)
        out.append("\n")  # phrases never span items
    return tuple(out)


def _count(words: tuple[str, ...], index: dict[str, tuple[tuple[str, ...], ...]]) -> Counter[tuple[str, ...]]:
    """Occurrences of each indexed phrase, looked up by its first stem (linear in the text)."""
    found: Counter[tuple[str, ...]] = Counter()
    for i in [i for i, w in enumerate(words) if w in index]:  # most words open no phrase
        for phrase in index[words[i]]:
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


def topical(score: ThemeScore, threshold: float) -> bool:
    """Whether the evidence reaches the threshold and is topical (see the module's docstring)."""
    specific = sum(e.weight * min(e.count, MAX_COUNT) for e in score.evidence if e.weight >= SPECIFIC_WEIGHT)
    return (
        score.score >= threshold
        and len(score.evidence) >= MIN_DISTINCT
        and specific >= SPECIFIC_SHARE * threshold
    )


def assign_themes(cleaned: Cleaned, actors: ArticleActors, taxonomy: Taxonomy) -> tuple[ThemeScore, ...]:
    """The themes with topical evidence that reaches their threshold, best first."""
    thresholds = {t.slug: t.threshold for t in taxonomy.themes}
    kept = [s for s in score_themes(cleaned, actors, taxonomy) if topical(s, thresholds[s.slug])]
    return tuple(sorted(kept, key=lambda s: (-s.score, s.name)))
