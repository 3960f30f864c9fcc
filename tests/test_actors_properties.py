"""Properties of the matcher: folding never merges registry entries; output is exact and deterministic."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.article.actors.find import find_actors
from generator.text.tokens import fold_phrase, translit
from tests.actors_helpers import doc, registry

REG = registry()
UNGUARDED = [(e.name, a.text) for e in REG.entries for a in e.aliases if not a.context] + [
    (e.name, e.name) for e in REG.entries
]


def registry_names(text: str) -> set[str]:
    return {a.name for a in find_actors(doc(text), REG).actors if not a.discovered}


def test_every_alias_finds_its_own_entry_and_no_other() -> None:
    wrong = []
    for name, alias in UNGUARDED:
        found = registry_names(f"Yesterday {alias} made a statement.")
        if found != {name}:
            wrong.append((alias, name, found))
    assert not wrong


def test_no_two_entries_share_a_transliteration() -> None:
    """The transliteration rule applied to every pair of aliases of different entries never merges them."""
    aliases = [(name, fold_phrase(alias)) for name, alias in UNGUARDED]
    clashes = [
        (a, b)
        for i, (na, a) in enumerate(aliases)
        for nb, b in aliases[i + 1 :]
        if na != nb and len(a) == len(b) and a != b
        and all(translit(x) == translit(y) for x, y in zip(a, b, strict=True))
    ]
    assert not clashes


VOWELS = "aeiou"
LONG = [(n, a) for n, a in UNGUARDED if any(len(w) >= 6 for w in a.split()) and a[:1].isupper()]


def _pieces(alias: str) -> set[str]:
    """Entries named by the alias's own shorter word runs ("Iraq" in "Iraq's defence ministry")."""
    words = alias.split()
    runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)} - {alias}
    return {n for run in runs for n in registry_names(f"Yesterday {run} made a statement.")}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LONG), st.integers(0, 50), st.sampled_from(VOWELS))
def test_transliteration_variants_never_name_another_entry(pick: tuple[str, str], at: int, vowel: str) -> None:
    """Swap one vowel of a capitalised name word: the result names the entry, or nothing new."""
    name, original = pick
    spots = [
        i for i, c in enumerate(original)
        if c in VOWELS and i > 0 and original[i - 1] != " " and original[: i].split()[-1][:1].isupper()
    ]
    alias = original
    if spots:
        i = spots[at % len(spots)]
        alias = original[:i] + vowel + original[i + 1 :]
    assert registry_names(f"Yesterday {alias} made a statement.") <= {name} | _pieces(original)


WORDS = st.sampled_from([
    "US", "us", "USA", "focus", "Russia", "Russian", "Iraq", "Iraqi's", "IS", "is", "ISIS", "Islamic", "State",
    "(IS,", "ISIL)", "Hezbollah", "Kataib", "Kata'ib", "Hizbollah", "Brigades", "said", "told", "in", "Baghdad",
    "Washington", "the", "coalition", "Zakharova", "Maria", "Biden", "President", "Joe", "“We", "go”", ",", ".",
    "Ambassador", "Jane", "Roe", "Ministry", "of", "Health", "-", "al-Saadi", "Abu", "Baqir", "UN", "un",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=30).map(" ".join), min_size=1, max_size=4))
def test_matching_is_deterministic_exact_and_disjoint(paragraphs: list[str]) -> None:
    cleaned = doc(*paragraphs)
    first, second = find_actors(cleaned, REG), find_actors(cleaned, REG)
    assert first == second
    spans = []
    for a in first.actors:
        text = cleaned.blocks[a.first.block].items[a.first.item]
        assert 0 <= a.first.start < a.first.end <= len(text)
        assert a.mentions >= 1 and a.spellings
        spans.append((a.first.block, a.first.start, a.first.end))
    spans.sort()
    for x, y in itertools.pairwise(spans):
        assert x[0] != y[0] or x[2] <= y[1]


@settings(max_examples=200, deadline=None)
@given(st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=6),
       st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", max_size=6),
       st.sampled_from(["US", "us", "Us", "UN", "IS"]))
def test_short_capitals_never_match_inside_a_word(prefix: str, suffix: str, core: str) -> None:
    word = prefix + core + suffix
    result = find_actors(doc(f"They met the {word} delegation."), REG)
    assert not {"United States", "United Nations", "ISIS"} & set(result.names) or fold_phrase(word) in {
        fold_phrase(a) for _, a in UNGUARDED
    }


def test_pronoun_us_and_bare_is_are_not_actors() -> None:
    found = registry_names("Join us today. It is what IS is. WHAT IS NEXT FOR THEM")
    assert found == set()


def test_is_needs_a_definition_or_context() -> None:
    assert registry_names("IS fighters attacked a village.") == {"ISIS"}
    assert "ISIS" in registry_names("The Islamic State (IS) lost ground. Later IS regrouped.")
    assert registry_names("Later IS regrouped.") == set()


def test_metonyms_only_when_the_capital_acts() -> None:
    assert registry_names("Washington warned Tehran.") == {"United States", "Iran"}
    assert registry_names("A drone hit a car in Baghdad.") == set()


def test_surname_needs_the_full_name_first() -> None:
    result = find_actors(doc("Zakharova spoke.", "Maria Zakharova spoke again. Zakharova said more."), REG)
    zak = result.get("Maria Zakharova")
    assert zak is not None and zak.mentions == 2 and zak.first.block == 1
