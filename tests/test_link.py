"""Corpus-wide linking: related-article ranking and incident keys (same-event grouping: test_events.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.article.actors.records import ArticleActors, FoundActor, Location
from generator.article.incidents import incident_keys
from generator.article.records import Block, Cleaned
from generator.corpus.related import MAX_RELATED, RelatedInput, rank_related
from generator.errors import DataError
from generator.knowledge.incidents import parse_incidents
from generator.knowledge.records import ActorType

D = dt.date(2024, 2, 8)


def _item(slug: str, actors: list[str], themes: tuple[str, ...] = (), date: dt.date | None = D) -> RelatedInput:
    return RelatedInput(slug, date, tuple((a, "armed group") for a in actors), themes)


def test_rare_shared_actor_outranks_an_actor_every_article_has() -> None:
    items = [_item("a", ["Common", "Rare"]), _item("b", ["Common", "Rare"]), _item("c", ["Common"])]
    items += [_item(f"x{i}", ["Common"]) for i in range(5)]
    related = rank_related(items, {})
    assert related["a"][0].slug == "b"
    assert related["a"][0].shared_actors[0] == "Rare"
    assert len(related["a"]) == MAX_RELATED


def test_closer_date_breaks_ties_and_same_event_comes_first() -> None:
    items = [
        _item("a", ["X"]),
        _item("near", ["X"], date=D + dt.timedelta(days=1)),
        _item("far", ["X"], date=D + dt.timedelta(days=400)),
        _item("event", ["X"], date=None),
    ]
    related = rank_related(items, {"a": frozenset({"event"}), "event": frozenset({"a"})})
    assert [link.slug for link in related["a"]] == ["event", "near", "far"]
    assert related["a"][0].same_event


def test_ranking_is_deterministic_and_needs_something_shared() -> None:
    items = [_item("a", ["X"]), _item("b", ["X"]), _item("lonely", ["Y"])]
    assert rank_related(items, {}) == rank_related(list(reversed(items)), {})
    assert rank_related(items, {})["lonely"] == ()


def _actor(name: str, kind: ActorType, spelling: str) -> FoundActor:
    return FoundActor(
        name=name,
        slug=name.lower().replace(" ", "-"),
        type=kind,
        discovered=False,
        mentions=1,
        spellings=(spelling,),
        first=Location(0, 0, 0, len(spelling)),
        sentence="",
    )


def test_incident_keys_need_the_incident_word_near_the_participant() -> None:
    vocab = parse_incidents({"families": {"strike": {"words": ["drone attack", "killed"], "window": 1}}})
    text = "A drone attack hit a car east of the city. The two were named as Abu Example and another man."
    cleaned = Cleaned("t", (Block("paragraph", (text,)), Block("paragraph", ("Iraq is a country.",))), ())
    found = ArticleActors(
        (
            _actor("Abu Example", ActorType.PERSON, "Abu Example"),
            _actor("Iraq", ActorType.COUNTRY, "Iraq"),
        )
    )
    assert incident_keys(cleaned, found, vocab) == (("strike", "Abu Example", "person"),)
    far = Cleaned("t", (Block("paragraph", (text.replace("A drone attack hit", "A storm hit"),)),), ())
    assert incident_keys(far, found, vocab) == ()


def test_incident_words_of_another_language_only_in_its_articles() -> None:
    vocab = parse_incidents({
        "families": {"arrest": {"words": ["arrested"]}},
        "languages": {"es": {"arrest": ["detenido"]}, "de": {"arrest": ["festgenommen"]}},
    })
    found = ArticleActors((_actor("Lena Ortiz", ActorType.PERSON, "Lena Ortiz"),))
    cleaned = Cleaned("t", (Block("paragraph", ("Lena Ortiz fue detenido ayer en el puerto.",)),), ())
    assert incident_keys(cleaned, found, vocab.for_language("es")) == (("arrest", "Lena Ortiz", "person"),)
    assert incident_keys(cleaned, found, vocab) == ()  # an English article does not read Spanish words
    assert incident_keys(cleaned, found, vocab.for_language("de")) == ()
    assert vocab.for_language("xx") is vocab


def test_a_language_may_only_add_words_to_known_families() -> None:
    with pytest.raises(DataError):
        parse_incidents({"families": {"arrest": {"words": ["arrested"]}}, "languages": {"fr": {"grève": ["grève"]}}})
