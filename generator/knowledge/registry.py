"""Load and validate the actor registry: YAML files a site owner edits, checked before anything runs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from generator.errors import DataError
from generator.knowledge.records import ActorType, Alias, Entry, Lexicon
from generator.knowledge.registry_index import Registry, compile_registry
from generator.text.slugs import slugify
from generator.text.tokens import fold_phrase, fold_token

LEXICON_FILE = "lexicon.yml"
_FIELDS = {"name", "type", "description", "aliases", "affiliation", "slug"}
_ALIAS_FIELDS = {"text", "metonym", "context"}
_LEXICON_FIELDS = ("titles", "role_words", "role_modifiers", "org_words", "not_names", "speech_verbs", "not_actors")
# Optional lists (an owner's lexicon written before they existed still loads).
_OPTIONAL_FIELDS = ("name_heads", "cuisine", "org_nouns", "place_words")
# The lists of a language's section (``languages: {fr: {...}}``); every one is optional there.
_LANGUAGE_FIELDS = (*(f for f in _LEXICON_FIELDS if f != "not_actors"), *_OPTIONAL_FIELDS, "speech_before", "org_heads",
                    "locatives", "not_particles", "articles", "elisions", "connectors", "name_stops", "pronouns",
                    "place_heads", "audiences")
_TYPES = ", ".join(t.value for t in ActorType)



def _alias(raw: Any, where: str, problems: list[str]) -> Alias | None:
    if isinstance(raw, str) and raw.strip():
        return Alias(raw.strip())
    if isinstance(raw, dict) and isinstance(raw.get("text"), str) and raw["text"].strip():
        unknown = set(raw) - _ALIAS_FIELDS
        context = raw.get("context", [])
        if unknown:
            problems.append(f"{where}: alias {raw['text']!r} has unknown fields {sorted(unknown)}")
        elif not isinstance(context, list) or not all(isinstance(c, str) for c in context):
            problems.append(f"{where}: alias {raw['text']!r}: 'context' must be a list of words")
        else:
            words = tuple(sorted({w for c in context for w in fold_phrase(c)}))
            return Alias(raw["text"].strip(), bool(raw.get("metonym", False)), words)
        return None
    problems.append(f"{where}: each alias must be a non-empty string or a mapping with 'text', got {raw!r}")
    return None


def _entry(raw: Any, where: str, source: str, problems: list[str]) -> Entry | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: an entry must be a mapping with name, type and description")
        return None
    name = raw.get("name")
    label = f"{where} ({name})" if isinstance(name, str) else where
    before = len(problems)
    if unknown := set(raw) - _FIELDS:
        problems.append(f"{label}: unknown fields {sorted(unknown)}; allowed: {sorted(_FIELDS)}")
    for key in ("name", "type", "description"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            problems.append(f"{label}: field '{key}' is required and must be a non-empty string")
    if isinstance(raw.get("type"), str) and raw["type"] not in {t.value for t in ActorType}:
        problems.append(f"{label}: field 'type': {raw['type']!r} is not one of: {_TYPES}")
    aliases_raw = raw.get("aliases", [])
    if not isinstance(aliases_raw, list):
        problems.append(f"{label}: field 'aliases' must be a list")
        aliases_raw = []
    aliases = [_alias(a, label, problems) for a in aliases_raw]
    for key in ("affiliation", "slug"):
        if key in raw and not (isinstance(raw[key], str) and raw[key].strip()):
            problems.append(f"{label}: field '{key}' must be a non-empty string when given")
    if len(problems) > before:
        return None
    return Entry(
        name=raw["name"].strip(),
        slug=raw.get("slug") or slugify(raw["name"], fallback="actor"),
        type=ActorType(raw["type"]),
        description=" ".join(raw["description"].split()),
        aliases=tuple(a for a in aliases if a is not None),
        affiliation=raw.get("affiliation"),
        source=source,
    )


def _word_list(data: Any, key: str, label: str, problems: list[str]) -> list[str]:
    """``data[key]`` if it is a list of strings, else [] (an absent key) or [] with a problem naming ``label``."""
    value = data.get(key, []) if isinstance(data, dict) else []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{LEXICON_FILE}: field '{label}' must be a list of strings")
        return []
    return value


def _lexicon(data: Any, problems: list[str]) -> Lexicon:
    lists: dict[str, list[str]] = {}
    for key in _LEXICON_FIELDS:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{LEXICON_FILE}: field '{key}' is required and must be a list of strings")
            value = []
        lists[key] = value
    for key in _OPTIONAL_FIELDS:
        lists[key] = _word_list(data, key, key, problems)
    titles = tuple(sorted(set(lists["titles"]), key=lambda t: (-len(t), t)))  # longest title first
    optional: dict[str, Any] = {key: frozenset(w.casefold() for w in lists[key]) for key in _OPTIONAL_FIELDS}
    raw_languages = data.get("languages", {}) if isinstance(data, dict) else {}
    if not isinstance(raw_languages, dict):
        problems.append(f"{LEXICON_FILE}: field 'languages' must map language codes to word lists")
        raw_languages = {}
    return Lexicon(
        titles=titles,
        role_words=frozenset(w.casefold() for w in lists["role_words"]),
        role_modifiers=frozenset(w.casefold() for w in lists["role_modifiers"]),
        org_words=frozenset(w.casefold() for w in lists["org_words"]),
        not_names=frozenset(w.casefold() for w in lists["not_names"]),
        speech_verbs=frozenset(w.casefold() for w in lists["speech_verbs"]),
        not_actors=frozenset(fold_phrase(w) for w in lists["not_actors"]),
        **optional,
        by_language=tuple((str(code), _language(str(code), raw_languages[code], problems))
                          for code in sorted(raw_languages, key=str)),
    )


def _language(code: str, data: Any, problems: list[str]) -> Lexicon:
    """One language's section of the lexicon: its own lists (``Lexicon.for_language`` adds the English ones)."""
    lists: dict[str, list[str]] = {}
    for key in _LANGUAGE_FIELDS:
        lists[key] = _word_list(data, key, f"languages.{code}.{key}", problems)
    compounds = data.get("compounds", False) if isinstance(data, dict) else False
    if not isinstance(compounds, bool):
        problems.append(f"{LEXICON_FILE}: field 'languages.{code}.compounds' must be true or false")
        compounds = False
    # Tokens are compared folded (no case, marks or apostrophes: "anadio"); phrases are also matched in the
    # raw text ("añadió", "a déclaré"): each word is kept in both spellings.
    folded: dict[str, Any] = {key: frozenset(f for w in lists[key] for f in _spellings(w))
                              for key in _LANGUAGE_FIELDS if key != "titles"}
    titles = tuple(sorted({f for t in lists["titles"] for f in _spellings(t, keep_case=True)},
                          key=lambda t: (-len(t), t)))
    ends = _word_list(data, "adjective_ends", f"languages.{code}.adjective_ends", problems)
    adjective_ends = tuple(sorted({f for w in ends for f in _spellings(w)}))
    trades = _word_list(data, "role_ends", f"languages.{code}.role_ends", problems)
    role_ends = tuple(sorted({f for w in trades for f in _spellings(w)}))
    deeds = _word_list(data, "participle_ends", f"languages.{code}.participle_ends", problems)
    participle_ends = tuple(sorted({f for w in deeds for f in _spellings(w)}))
    return Lexicon(titles=titles, compounds=compounds, language=code, adjective_ends=adjective_ends,
                   role_ends=role_ends, participle_ends=participle_ends, **folded)


def _spellings(word: str, keep_case: bool = False) -> set[str]:
    """``word`` in lower case (or as written) and folded as tokens are."""
    words = word.split()
    raw = " ".join(words)
    return {raw if keep_case else raw.casefold(), " ".join(fold_token(w) for w in words)} - {""}


def check_entries(entries: Iterable[Entry]) -> list[str]:
    """Cross-entry problems: duplicate names or slugs, an alias shared by two entries, unknown affiliations."""
    problems: list[str] = []
    entries = list(entries)
    seen_slug: dict[str, Entry] = {}
    seen_alias: dict[tuple[str, ...], Entry] = {}
    names = {e.name for e in entries}
    for e in entries:
        if (other := seen_slug.setdefault(e.slug, e)) is not e:
            problems.append(f"{e.source} ({e.name}): slug {e.slug!r} already used by {other.name} ({other.source})")
        for text in [e.name, *(a.text for a in e.aliases)]:
            key = fold_phrase(text)
            if not key:
                problems.append(f"{e.source} ({e.name}): alias {text!r} has no letters or digits")
            elif (other := seen_alias.setdefault(key, e)) is not e:
                problems.append(
                    f"{e.source} ({e.name}): alias {text!r} also names {other.name} ({other.source}); "
                    "remove it from one of them"
                )
        if e.affiliation and e.affiliation not in names:
            problems.append(f"{e.source} ({e.name}): affiliation {e.affiliation!r} is not an entry's name")
    return problems


def parse(
    files: Mapping[str, Any], lexicon: Any, namers: Mapping[str, Callable[[int], str]] | None = None
) -> Registry:
    """A compiled registry from already-parsed YAML documents (file name -> data); raises DataError."""
    problems: list[str] = []
    entries: list[Entry] = []
    for source, data in sorted(files.items()):
        if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
            problems.append(f"{source}: the file must hold a mapping with an 'actors' list")
            continue
        for n, raw in enumerate(data["actors"], start=1):
            where = namers[source](n - 1) if namers and source in namers else f"{source}: entry {n}"
            entry = _entry(raw, where, source, problems)
            if entry is not None:
                entries.append(entry)
    lex = _lexicon(lexicon, problems)
    problems += check_entries(entries)
    if problems:
        raise DataError(problems, "invalid actor registry")
    return compile_registry(entries, lex)
