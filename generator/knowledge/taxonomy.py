"""Load and validate the theme taxonomy (``themes.yml``), reporting every problem at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.errors import DataError
from generator.knowledge.records import Phrase, Taxonomy, Theme
from generator.knowledge.registry_index import Registry
from generator.text.slugs import slugify
from generator.text.stem import stems

_FIELDS = {"name", "slug", "description", "threshold", "phrases", "actors"}



def _weighted(raw: Any, key: str, where: str, problems: list[str]) -> list[tuple[str, float]]:
    """``[{<key>: text, weight: n}]`` (a bare string has weight 1)."""
    if not isinstance(raw, list):
        problems.append(f"{where}: field '{key}s' must be a list")
        return []
    out: list[tuple[str, float]] = []
    for n, item in enumerate(raw, start=1):
        if isinstance(item, str):
            item = {key: item}
        weight = item.get("weight", 1) if isinstance(item, dict) else None
        text = item.get(key) if isinstance(item, dict) else None
        if not isinstance(text, str) or not text.strip() or set(item) - {key, "weight"}:
            problems.append(f"{where}: {key} {n} must be a string or a mapping with '{key}' and 'weight'")
        elif isinstance(weight, bool) or not isinstance(weight, int | float) or weight <= 0:
            problems.append(f"{where}: {key} {text!r}: 'weight' must be a positive number")
        else:
            out.append((text.strip(), float(weight)))
    return out


def _theme(raw: Any, where: str, registry: Registry | None, problems: list[str]) -> Theme | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: a theme must be a mapping with name, description, threshold and evidence")
        return None
    label = f"{where} ({raw['name']})" if isinstance(raw.get("name"), str) else where
    before = len(problems)
    if unknown := set(raw) - _FIELDS:
        problems.append(f"{label}: unknown fields {sorted(unknown)}; allowed: {sorted(_FIELDS)}")
    for key in ("name", "description"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            problems.append(f"{label}: field '{key}' is required and must be a non-empty string")
    threshold = raw.get("threshold")
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or threshold <= 0:
        problems.append(f"{label}: field 'threshold' is required and must be a positive number")
    phrases = _weighted(raw.get("phrases", []), "phrase", label, problems)
    actors = _weighted(raw.get("actors", []), "actor", label, problems)
    for name, _ in actors:
        if registry is not None and registry.entry(name) is None:
            problems.append(f"{label}: actor {name!r} is not the name of a registry entry")
    if not phrases and not actors:
        problems.append(f"{label}: give at least one phrase or actor as evidence")
    if len(problems) > before or not isinstance(threshold, int | float):
        return None
    return Theme(
        name=raw["name"].strip(),
        slug=raw.get("slug") or slugify(raw["name"], fallback="theme"),
        description=" ".join(raw["description"].split()),
        threshold=float(threshold),
        phrases=tuple(Phrase(text, stems(text), w) for text, w in phrases),
        actors=tuple(actors),
    )


def parse_taxonomy(
    data: Any, source: str, registry: Registry | None = None, where: Callable[[int], str] | None = None
) -> Taxonomy:
    """A taxonomy from parsed YAML; actor names are checked against ``registry`` when given."""
    problems: list[str] = []
    if not isinstance(data, dict) or not isinstance(data.get("themes"), list):
        raise DataError([f"{source}: the file must hold a mapping with a 'themes' list"], "invalid theme taxonomy")
    name = where or (lambda i: f"{source}: theme {i + 1}")
    themes = [_theme(raw, name(i), registry, problems) for i, raw in enumerate(data["themes"])]
    slugs = [t.slug for t in themes if t]
    twice = sorted({s for s in slugs if slugs.count(s) > 1})
    problems += [f"{source}: slug {s!r} is used by more than one theme" for s in twice]
    if problems:
        raise DataError(problems, "invalid theme taxonomy")
    return Taxonomy(tuple(t for t in themes if t))
