"""A role word that is also a given name keeps its place in the name after a lower-case role."""

from __future__ import annotations

from generator.article.actors.find import find_actors
from generator.knowledge.records import ActorType
from tests.actors_helpers import doc, registry


def _discovered(*paragraphs: str) -> dict[str, ActorType]:
    found = find_actors(doc(*paragraphs, title="Mill workers wait for a written promise"), registry())
    return {a.name: a.type for a in found.actors if a.discovered}


def test_a_role_word_after_a_lower_case_role_is_the_given_name() -> None:
    found = _discovered(
        "The mill at Ashcombe was sold to a rival on Friday and the new owner promised to keep its staff.",
        '"Words are easy," said union officer Dean Pendleby, who asked for the promise in writing.',
    )
    assert found.get("Dean Pendleby") is ActorType.PERSON, found
    assert "Pendleby" not in found


def test_a_capitalised_title_alone_before_the_name_is_still_cut() -> None:
    found = _discovered(
        "The mill at Ashcombe was sold to a rival on Friday and the new owner promised to keep its staff.",
        "Workers met Director Ivo Pendleby on Monday to ask for the promise in writing.",
    )
    assert found.get("Ivo Pendleby") is ActorType.PERSON, found


def _quotes(*paragraphs: str) -> dict[str, list[str]]:
    found = find_actors(doc(*paragraphs, title="Mill workers wait for a written promise"), registry())
    return {a.name: [q.text for q in a.quotes] for a in found.actors}


def test_said_then_a_title_then_the_name_gives_the_quote_to_that_person() -> None:
    got = _quotes(
        "The mill at Ashcombe was sold to a rival on Friday and the new owner promised to keep its staff.",
        '"We checked the books for a month before we signed," said Dr Ivo Pendleby, who led the talks.',
        '"Words are easy to give away," said regional officer Dean Marrick.',
    )
    assert got.get("Ivo Pendleby") == ["We checked the books for a month before we signed,"], got
    assert got.get("Dean Marrick") == ["Words are easy to give away,"], got


def test_said_then_other_words_before_a_name_is_not_that_name_speaking() -> None:
    got = _quotes(
        "The mill at Ashcombe was sold to a rival on Friday and the new owner promised to keep its staff.",
        '"We will not sign anything this week," the union said after it met Ivo Pendleby on Monday.',
    )
    assert got.get("Ivo Pendleby", []) == [], got
