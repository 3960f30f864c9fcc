"""Quotes that stand alone: a fragment is shown in the sentence that reports it, with the speaker's role."""

from __future__ import annotations

import datetime as dt

from generator.article.actors.find import find_actors
from generator.article.actors.quotes import is_fragment
from generator.corpus.records import SaidQuote
from generator.render.quotes import attribution, quoted
from tests.actors_helpers import doc, registry

D = dt.date(2025, 3, 10)


def test_fragments_need_their_sentence() -> None:
    assert is_fragment("no reason")
    assert is_fragment("ready to talk to anyone who will listen to the dockers")  # not a sentence's start
    assert not is_fragment("We will stay on the quay until the company listens to us.")


def test_a_fragment_keeps_its_sentence_and_the_speaker_s_role() -> None:
    text = (
        "Tomas Brandt, head of the Coastal Dockworkers Union, said there was “no reason” to end the strike. "
        "“We will stay on the quay until the company listens to every one of us,” Brandt said."
    )
    found = find_actors(doc(text), registry())
    brandt = next(a for a in found.actors if a.name.endswith("Brandt"))
    by_text = {q.text: q for q in brandt.quotes}
    assert by_text["no reason"].context.startswith("Tomas Brandt, head of the Coastal Dockworkers Union, said")
    assert by_text["We will stay on the quay until the company listens to every one of us,"].context == ""
    assert any("head of the Coastal Dockworkers Union" in r for r in brandt.roles)


def test_the_quoted_words_are_bold_inside_their_escaped_sentence() -> None:
    q = SaidQuote("no *reason*", "s", "A <title>", D, "He said there was “no *reason*” to <stop>.", "union head")
    line = quoted(q) + attribution(q, "[A](a.md)")
    assert line == (
        "He said there was “**no &#42;reason&#42;**” to &lt;stop&gt;. — *union head*, in [A](a.md) (10 March 2025)"
    )
    alone = SaidQuote("We stay.", "s", "T", None)
    assert quoted(alone) + attribution(alone, "[T](t.md)") == "“We stay.” — [T](t.md) (date unknown)"


def test_a_long_sentence_is_trimmed_around_the_quoted_words() -> None:
    before, after = "x " * 400, " y" * 400
    q = SaidQuote("no reason", "s", "T", D, f"{before}said “no reason” to{after}", "")
    shown = quoted(q)
    assert "**no reason**" in shown and shown.startswith("…") and shown.endswith("…")
    assert len(shown) < 700


def test_she_is_not_the_person_named_before_an_unknown_name() -> None:
    """A name no actor holds stands between the last actor and "she said": the speaker is unknown."""
    first = "The county clerk, Marta Velasquez, said on Monday that turnout had reached 41 percent."
    second = "Dorothea Quillfeather won the seat by 900 votes. “Tonight this valley chose its school,” she said."
    found = find_actors(doc(first, second), registry())
    velasquez = next((a for a in found.actors if a.name.endswith("Velasquez")), None)
    assert velasquez is not None
    assert not any("valley chose" in q.text for q in velasquez.quotes)


def test_she_is_still_the_person_just_named() -> None:
    first = "The county clerk, Marta Velasquez, said on Monday that turnout had reached 41 percent."
    second = "“Every ballot was counted twice before midnight,” she said."
    found = find_actors(doc(first, second), registry())
    velasquez = next(a for a in found.actors if a.name.endswith("Velasquez"))
    assert any("counted twice" in q.text for q in velasquez.quotes)
