"""The matcher's pre-filters are exact: they skip only what the full check would reject (issue 20).

``candidates`` skips a longer alias whose later words' vowel frames differ from the text's, and
checks a pattern held by both tables once; ``possible`` asks only at words a table can match and,
given the tables' ``followers``, only where the next word's frame is one a longer alias needs.
The reference below is the check without either filter. The texts are registry aliases written
the ways romanisation varies (another vowel, "q" for "k", "kh" for "h", a doubled letter, other
capitals) inside an invented sentence.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.article.actors.match import MIN_TRANSLIT_LEN, VOWELS, _fits, _uncased, candidates, possible
from generator.article.items import Item, items_of
from generator.knowledge.records import Alias
from generator.knowledge.registry_index import Pattern, followers, pattern
from generator.text.tokens import translit
from tests.actors_helpers import doc, registry

REG = registry()
ALIASES = sorted({p.text for pats in REG.by_first.values() for p in pats})
# Spelling changes romanisations make; each keeps or breaks a match, the filters must not decide which.
_SWAPS = (("a", "e"), ("e", "i"), ("i", "a"), ("o", "u"), ("k", "q"), ("q", "k"), ("h", "kh"), ("kh", "h"),
          ("f", "ph"), ("y", "j"), ("v", "w"), ("s", "ss"), ("d", "dh"), ("c", "k"))
Table = dict[str, tuple[Pattern, ...]]


def _reference(item: Item, i: int, table: Table, keyed: Table) -> list[tuple[Pattern, str]]:
    """Every pattern of either table that fits at token ``i``, without any pre-filter."""
    tok = item.tokens[i]
    found = [(p, basis) for p in table.get(tok.folded, ()) if (basis := _fits(p, item, i)) is not None]
    if keyed and (tok.capitalised or len(tok.folded) < MIN_TRANSLIT_LEN or (tok.raw >= "\u0080" and _uncased(tok))):
        for p in keyed.get(translit(tok.folded), ()):
            if all(p is not q for q, _ in found) and (basis := _fits(p, item, i)) is not None:
                found.append((p, basis))
    return found


@st.composite
def variants(draw: st.DrawFn) -> str:
    """A registry alias with a few romanisation changes and perhaps other capitals."""
    text = draw(st.sampled_from(ALIASES))
    for _ in range(draw(st.integers(0, 3))):
        old, new = draw(st.sampled_from(_SWAPS))
        spots = [k for k in range(len(text)) if text.startswith(old, k)]
        if spots:
            k = draw(st.sampled_from(spots))
            text = text[:k] + new + text[k + len(old) :]
    case = draw(st.sampled_from(["as is", "lower", "title", "upper"]))
    return {"as is": text, "lower": text.lower(), "title": text.title(), "upper": text.upper()}[case]


@settings(max_examples=400, deadline=None)
@given(st.lists(variants(), min_size=1, max_size=3))
def test_filtered_candidates_equal_the_unfiltered_check(names: list[str]) -> None:
    text = "On Monday " + ", then ".join(names) + " met in the capital of the region, officials said."
    tables: list[tuple[Table, Table]] = [
        (REG.by_first, REG.by_sound), REG.unguarded, (REG.guarded, {}), ({}, REG.short),
    ]
    for item in items_of(doc(text)):
        for table, keyed in tables:
            asked = set(possible(item, table, keyed))
            narrowed = set(possible(item, table, keyed, (followers(table), followers(keyed))))
            assert narrowed <= asked
            for i in range(len(item.tokens)):
                expected = _reference(item, i, table, keyed)
                assert candidates(item, i, table, keyed) == expected
                assert i in narrowed or not expected


def test_followers_skip_a_word_only_a_longer_alias_opens() -> None:
    """A word that opens only longer aliases is asked about only before a next word those aliases allow."""
    pats = (pattern(Alias("Northern Harbour Authority"), 0), pattern(Alias("Northern Forum"), 1))
    table = {"northern": pats}
    after = (followers(table), followers({}))
    item = items_of(doc("The northern coast and the Northern Forum met."))[0]
    assert possible(item, table, {}) == [1, 5]
    assert possible(item, table, {}, after) == [5]
    one_word = {"northern": (*pats, pattern(Alias("Northern"), 2))}
    assert possible(item, one_word, {}, (followers(one_word), {})) == [1, 5]


def test_a_vowel_variant_of_a_later_word_still_matches() -> None:
    """The frame filter keeps what only the vowel rule accepts: one later word written with other vowels."""
    pat = pattern(Alias("Tariq Mansour"), 0)
    table = {pat.tokens[0]: (pat,)}
    item = items_of(doc("Yesterday Tariq Mansur spoke to reporters."))[0]
    assert candidates(item, 1, table, {}) == [(pat, VOWELS)]
    assert candidates(item, 1, table, {}) == _reference(item, 1, table, {})
    other = items_of(doc("Yesterday Tariq Mandour spoke to reporters."))[0]  # another consonant: another name
    assert candidates(other, 1, table, {}) == [] == _reference(other, 1, table, {})
