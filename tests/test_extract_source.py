"""Source / publisher: bylines, datelines, copyright lines, mastheads and the "told" rule."""

from __future__ import annotations

from generator.article.extract import extract_metadata
from generator.article.records import Basis, Cleaned, Role
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines

KB = knowledge()

BODY = (
    "The ministry said on Thursday that talks with its neighbours would continue next week, "
    "despite objections raised by several members of parliament during the session."
)


def _source(*lines: tuple[str, Role], body: tuple[str, ...] = (BODY, BODY)) -> tuple[str | None, Basis]:
    cleaned = cleaned_lines(("A headline", Role.TITLE), *lines, *((b, Role.BODY) for b in body))
    m = extract_metadata(cleaned, KB)
    return m.source, m.basis_of("source").basis


def test_byline_outlet() -> None:
    assert _source(("By Reuters", Role.META)) == ("Reuters", Basis.EXPLICIT)


def test_near_spelling_is_not_the_known_outlet() -> None:
    # An unknown outlet whose name resembles a known one is reported under its own name.
    assert _source(("By Finanical Times", Role.META)) == ("Finanical Times", Basis.EXPLICIT)
    assert _source(("By Gulf Times Weekly", Role.META)) == ("Gulf Times Weekly", Basis.EXPLICIT)


def test_byline_unknown_outlet() -> None:
    assert _source(("By Mesopotamia Daily News", Role.META)) == ("Mesopotamia Daily News", Basis.EXPLICIT)


def test_dateline_agency() -> None:
    first = "BAGHDAD (Reuters) - " + BODY
    assert _source(body=(first, BODY)) == ("Reuters", Basis.EXPLICIT)
    first = "WASHINGTON (AP) — " + BODY
    assert _source(body=(first, BODY)) == ("Associated Press", Basis.EXPLICIT)


def test_copyright_line() -> None:
    assert _source(("© 2024 Al Jazeera Media Network", Role.BOILERPLATE)) == ("Al Jazeera", Basis.EXPLICIT)
    assert _source(("Copyright Kurdistan24. All rights reserved.", Role.BOILERPLATE))[0] == "Kurdistan24"


def test_copyright_unknown_outlet() -> None:
    # The page names itself elsewhere (a footer link): the holder is the publication.
    got = _source(("About Tigris Weekly · Contact · Jobs", Role.BOILERPLATE),
                  ("© 2023 Tigris Weekly. All rights reserved.", Role.BOILERPLATE))
    assert got == ("Tigris Weekly", Basis.EXPLICIT)
    # A company ("Ltd") may be the publishing house rather than the publication: at most inferred.
    got = _source(("© 2023 Tigris Weekly Ltd. All rights reserved.", Role.BOILERPLATE))
    assert got == ("Tigris Weekly", Basis.INFERRED)


def test_copyright_property_of() -> None:
    line = "All content is the exclusive copyright and property of Example Institute and the author."
    assert _source(("Example Institute | Research", Role.BOILERPLATE), (line, Role.BOILERPLATE)) == (
        "Example Institute", Basis.EXPLICIT)
    assert _source((line, Role.BOILERPLATE)) == ("Example Institute", Basis.INFERRED)
    line = "All content is the exclusive copyright and property of Example Institute Ltd and the author."
    assert _source((line, Role.BOILERPLATE)) == ("Example Institute", Basis.INFERRED)


def test_photo_copyright_is_not_publisher() -> None:
    assert _source(("Photo: © Reuters/John Smith", Role.BOILERPLATE)) == (None, Basis.UNKNOWN)


def test_masthead() -> None:
    assert _source(("Middle East Eye · News, opinion and analysis", Role.BOILERPLATE))[0] == "Middle East Eye"


def test_told_outlet_repeated_is_inferred() -> None:
    body = (
        "Officials in Baghdad told Izvestia that the first convoys had left the base on schedule last week.",
        "A military expert told Izvestia that part of the forces went elsewhere, and the rest stayed put.",
    )
    cleaned = cleaned_lines(("Headline", Role.TITLE), *((b, Role.BODY) for b in body))
    m = extract_metadata(cleaned, KB)
    assert (m.source, m.basis_of("source").basis, m.basis_of("source").text) == (
        "Izvestia",
        Basis.INFERRED,
        "told Izvestia",
    )


def test_told_outlet_once_is_not_enough() -> None:
    body = ("A security source told AFP that a drone had targeted a vehicle in the eastern district of the city.",)
    assert _source(body=(*body, BODY)) == (None, Basis.UNKNOWN)


def test_according_to_is_not_publisher() -> None:
    body = (
        "According to Reuters, the talks failed; according to Reuters, they may resume next week in Geneva.",
        "The Iraqi Shafaq news agency, citing security sources, said the base will close in the autumn.",
    )
    assert _source(body=body) == (None, Basis.UNKNOWN)


def test_outlets_named_in_body_are_not_publisher() -> None:
    body = (
        "The figures come from Reuters, CNN and The National, which counted attacks over the whole period.",
        "The national team and the guardian of the shrine were both mentioned in the times of crisis.",
    )
    assert _source(body=body) == (None, Basis.UNKNOWN)


def test_no_false_positive_on_ordinary_short_lines() -> None:
    lines = (("Live broadcast", Role.BOILERPLATE), ("National news", Role.BOILERPLATE), ("Times", Role.META))
    assert _source(*lines) == (None, Basis.UNKNOWN)


def test_byline_beats_copyright() -> None:
    got = _source(("By Rudaw", Role.META), ("© 2024 Kurdistan24", Role.BOILERPLATE))
    assert got == ("Rudaw", Basis.EXPLICIT)


def test_url_domain_is_inferred() -> None:
    got = _source(("https://www.rudaw.net/english/middleeast/iraq/08022024", Role.BOILERPLATE))
    assert got == ("Rudaw", Basis.INFERRED)


def test_embed_is_never_evidence() -> None:
    cleaned = Cleaned(
        title="Headline",
        blocks=(),
        lines=cleaned_lines(("By Reuters", Role.EMBED), ("© 2024 CNN", Role.EMBED)).lines,
    )
    assert extract_metadata(cleaned, KB).source is None


def test_tass_style_dateline() -> None:
    assert _source(body=("MOSCOW, February 8. /TASS/. " + BODY, BODY)) == ("TASS", Basis.EXPLICIT)


def test_copyright_in_prose_is_not_publisher() -> None:
    body = (
        "The US Copyright Office said on Monday that it would review the rules; (c) The Ministry shall decide.",
        BODY,
    )
    assert _source(body=body) == (None, Basis.UNKNOWN)


def test_title_case_dateline_needs_known_agency() -> None:
    assert _source(body=("Baghdad (AFP) - " + BODY, BODY)) == ("Agence France-Presse", Basis.EXPLICIT)
    assert _source(body=("Baghdad (Local Sources) - " + BODY, BODY)) == (None, Basis.UNKNOWN)


def test_copyright_word_after_the_symbol_is_not_the_outlet() -> None:
    assert _source(("© Copyright 2024 Reuters", Role.BOILERPLATE)) == ("Reuters", Basis.EXPLICIT)
    assert _source(("Copyright © 2024 Reuters", Role.BOILERPLATE)) == ("Reuters", Basis.EXPLICIT)


def test_copyright_holder_named_nowhere_else_is_inferred() -> None:
    # A notice alone names whoever holds the rights: often a parent firm under another site's name.
    got = _source(("© 2023 Northwind Holdings. All rights reserved.", Role.BOILERPLATE))
    assert got == ("Northwind Holdings", Basis.INFERRED)
    # Named in the body's prose is not the page naming itself.
    body = (BODY, "Northwind Holdings did not answer questions about the talks, a spokesman said on Friday.")
    got = _source(("© 2023 Northwind Holdings. All rights reserved.", Role.BOILERPLATE), body=body)
    assert got == ("Northwind Holdings", Basis.INFERRED)
    # Another notice naming it again is no corroboration either.
    got = _source(("Northwind Holdings © 2023", Role.BOILERPLATE),
                  ("© 2023 Northwind Holdings. All rights reserved.", Role.BOILERPLATE))
    assert got[1] is Basis.INFERRED


def test_copyright_holder_with_a_lower_case_conjunction() -> None:
    # A conjunction between capitalised words stays inside the name.
    line = "© 2021 Lettres et Vallées du Nord. Tous droits réservés."
    assert _source(("Lettres et Vallées du Nord", Role.BOILERPLATE), (line, Role.BOILERPLATE)) == (
        "Lettres et Vallées du Nord", Basis.EXPLICIT)
