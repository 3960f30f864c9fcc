"""Actors missing from the registry are still found, without junk, on a corpus about something else."""

from __future__ import annotations

from generator.article.actors.find import find_actors
from generator.article.actors.match import SURNAME
from generator.corpus.actors import merge_discovered
from generator.knowledge.records import ActorType
from tests.actors_helpers import doc, registry

FOOTBALL = doc(
    "Northbridge Rovers have sacked their manager after a run of seven defeats, the club said on Monday.",
    "However, chairman Peter Hallworth said the decision was taken with regret. “We thank Tomas Varga for "
    "his work and wish him well,” Hallworth said in a statement.",
    "Varga, who joined from Aldgate Athletic in 2021, led the team to promotion. The Football Association "
    "said it would not comment. Club captain Ryan Okafor told reporters the squad was shocked.",
    "Meanwhile, Lina Moreau, chief executive of Brightline Media Group, confirmed talks about a new "
    "sponsorship deal. According to Sarah Lindqvist, the deal is worth millions.",
    title="Northbridge Rovers sack their manager",
)

TECH = doc(
    "Quantel Systems unveiled its new chip on Tuesday. Chief Executive Officer Dana Whitfield told "
    "the audience that the company had doubled its research budget.",
    "Whitfield added that Quantel would open a plant in Ohio. Analyst Marcus Feld of Harbor Street "
    "Capital said the plan was ambitious.",
    title="Quantel unveils a chip",
)


def discovered(cleaned: object) -> dict[str, ActorType]:
    return {a.name: a.type for a in find_actors(cleaned, registry()).actors if a.discovered}  # type: ignore[arg-type]


def test_a_football_story_yields_its_people_and_clubs() -> None:
    found = discovered(FOOTBALL)
    for person in ("Peter Hallworth", "Ryan Okafor", "Lina Moreau", "Sarah Lindqvist"):
        assert found.get(person) is ActorType.PERSON, (person, found)
    for org in ("Northbridge Rovers", "Aldgate Athletic", "Brightline Media Group", "Football Association"):
        assert found.get(org) is ActorType.ORGANISATION, (org, found)
    junk = {"The", "However", "Meanwhile", "Monday", "Club", "According"}
    assert not {name.split()[0] for name in found} & junk, found


def test_surnames_and_quotes_of_discovered_people() -> None:
    result = find_actors(FOOTBALL, registry())
    hallworth = result.get("Peter Hallworth")
    assert hallworth is not None and hallworth.mentions == 2
    assert hallworth.roles == ("chairman",)
    assert [q.text for q in hallworth.quotes] == ["We thank Tomas Varga for his work and wish him well,"]
    lina = result.get("Lina Moreau")
    assert lina is not None and lina.roles == ("chief executive of Brightline Media Group",)


def test_a_tech_story() -> None:
    found = discovered(TECH)
    assert found.get("Dana Whitfield") is ActorType.PERSON
    assert found.get("Marcus Feld") is ActorType.PERSON
    assert found.get("Quantel Systems") is ActorType.ORGANISATION
    assert found.get("Harbor Street Capital") is ActorType.ORGANISATION


def test_discovered_names_merge_across_the_corpus() -> None:
    """The same words merge across articles; a lone surname joins a full name only in its own article."""
    one = find_actors(doc("Ambassador Jane Roe said the talks went well."), registry())
    two = find_actors(doc("The ambassador, Jane Roe, said talks would resume. Roe said more."), registry())
    three = find_actors(doc("Minister Xavier Quell met Ambassador Roe."), registry())
    merged = merge_discovered([one, two, three], registry())
    names = [{a.name for a in r.actors if a.discovered} for r in merged]
    assert "Jane Roe" in names[0] and "Jane Roe" in names[1] and "Roe" not in names[1]
    assert names[2] == {"Xavier Quell", "Roe"}  # which Roe is not known from this article
    slugs = {a.slug for r in merged for a in r.actors if a.name == "Jane Roe"}
    assert slugs == {"jane-roe"}
    surname = merged[1].get("Jane Roe")
    assert surname is not None and surname.mentions == 2 and SURNAME in surname.evidence


def test_names_a_few_letters_apart_stay_apart() -> None:
    """Spelling distance alone never merges two names: "Jane Rowe" is not "Jane Roe"."""
    one = find_actors(doc("Ambassador Jane Roe said the talks went well."), registry())
    two = find_actors(doc("Ambassador Jane Rowe said the talks failed."), registry())
    merged = merge_discovered([one, two], registry())
    assert [a.name for r in merged for a in r.actors] == ["Jane Roe", "Jane Rowe"]


def test_short_forms_join_the_longest_name_of_the_article() -> None:
    """A surname, and first names, join the one full name; a chain of short forms ends at the longest."""
    result = find_actors(doc(
        "Ambassador Jane Roe said talks would resume. Mayor Jane Roe Halden agreed. Roe said more.",
        "Chairman Piet Anders Vos said Piet Anders would retire, and Vos told reporters so.",
    ), registry())
    names = {a.name for a in result.actors if a.discovered}
    assert names == {"Jane Roe Halden", "Piet Anders Vos"}, names


def test_an_office_whose_name_holds_a_title_word_is_no_person() -> None:
    # A plain word before a title word and a particle after it: an office's name, not "de Puertos" the person.
    found = discovered(doc(
        "La Oficina General de Puertos publicó el informe anual sobre la calidad del agua el martes.",
        "The decision was welcomed by General de Brissac, who said the plan would work.",
        title="Informe anual",
    ))
    assert "de Puertos" not in found and "Puertos" not in found, found
    assert found.get("de Brissac") is ActorType.PERSON, found
