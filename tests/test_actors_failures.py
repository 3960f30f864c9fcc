"""One test per failure class of the actors on other topics (issue 17), on invented articles."""

from __future__ import annotations

from generator.article.actors.find import find_actors
from generator.article.actors.match import ACRONYM, ALIAS, TRANSLIT, VOWELS
from generator.article.actors.records import ArticleActors
from generator.knowledge.records import ActorType
from tests.actors_helpers import doc, registry


def actors(*paragraphs: str) -> ArticleActors:
    return find_actors(doc(*paragraphs), registry())


def kinds(result: ArticleActors) -> dict[str, ActorType]:
    return {a.name: a.type for a in result.actors}


def test_a_surname_a_few_letters_from_a_registry_company_is_not_the_company() -> None:
    result = actors(
        "Chief executive Tomas Rosnaft said the brewer would cut 300 jobs. Rosnaft added that sales had "
        "fallen in every market. Analysts expected Anna Shel, the finance director, to leave."
    )
    names = kinds(result)
    assert "Rosneft" not in names and "Shell" not in names, names
    assert names.get("Tomas Rosnaft") is ActorType.PERSON
    assert result.get("Tomas Rosnaft").mentions == 2  # type: ignore[union-attr]


def test_variants_carry_their_evidence() -> None:
    result = actors(
        "Kataib Hizbollah fighters fired rockets. Путин said Moscow was concerned.",
        "Prime Minister Mohammed Shia al-Soudani met them.",
    )
    assert result.get("Kataib Hezbollah").evidence == (ALIAS,)  # type: ignore[union-attr]
    assert result.get("Vladimir Putin").evidence == (ALIAS,)  # type: ignore[union-attr]  # a Cyrillic alias
    rosneft = actors("Роснефти said output rose.").get("Rosneft")  # the Latin name, transliterated, in a case
    assert rosneft is not None and rosneft.evidence == (TRANSLIT,)
    assert result.get("Mohammed Shia al-Sudani").evidence == (VOWELS,)  # type: ignore[union-attr]
    assert "Mohammed Shia al-Sudani" not in kinds(actors("Prime Minister Mohammed Shia al-Sudanis met them."))


def test_a_commissioner_is_named_without_the_portfolio() -> None:
    result = actors(
        "Competition Commissioner Ilse Marwood said the merger would be blocked. EU Trade Commissioner "
        "Pavel Hrubek agreed, and Energy Minister Dana Ostrava said she would not object."
    )
    names = kinds(result)
    for person in ("Ilse Marwood", "Pavel Hrubek", "Dana Ostrava"):
        assert names.get(person) is ActorType.PERSON, names
    assert not [n for n in names if "Commissioner" in n or "Competition" in n or "Minister" in n], names
    assert result.get("Ilse Marwood").roles == ("Competition Commissioner",)  # type: ignore[union-attr]
    assert "EU Trade Commissioner" in result.get("Pavel Hrubek").roles  # type: ignore[union-attr]


def test_authorities_funds_and_full_names_keep_every_word() -> None:
    names = kinds(actors(
        "The National Maritime Safety Authority said the ferry was overloaded. The Public Investment Fund "
        "and the Sovereign Wealth Fund of Norland pledged money.",
        "Former President Marisol Ortega Ruiz said the rules had failed. Mary Kate O'Donovan, a lawyer for "
        "the families, said they would sue. Ana Lucia told reporters she agreed, Ana Lucia Ferreira added.",
    ))
    for org in ("National Maritime Safety Authority", "Public Investment Fund", "Sovereign Wealth Fund of Norland"):
        assert names.get(org) is ActorType.ORGANISATION, (org, names)
    for person in ("Marisol Ortega Ruiz", "Mary Kate O'Donovan", "Ana Lucia Ferreira"):
        assert names.get(person) is ActorType.PERSON, (person, names)
    assert not {"Investment Fund", "Safety Authority", "Marisol", "Mary Kate", "Ana Lucia"} & set(names), names


def test_a_place_is_not_a_person() -> None:
    names = kinds(actors(
        "Residents in Vellmoor said the water was cut on Sunday. Vellmoor said it had no power either.",
        "Officials near Kessel Valley said the bridge had gone. Talks moved to Saint Aubrin, where Mayor "
        "Joel Brisset said the town would help.",
    ))
    assert "Vellmoor" not in names and "Kessel Valley" not in names, names
    assert names.get("Joel Brisset") is ActorType.PERSON
    assert "Saint Aubrin" not in names, names


def test_the_wire_agency_of_a_dateline_is_not_an_actor() -> None:
    result = actors(
        "BAGHDAD (Reuters) – Iraq will hold early elections in May, officials said on Sunday.",
        "Lawmakers told Reuters the vote was close.",
    )
    names = kinds(result)
    assert names.get("Iraq") is ActorType.COUNTRY
    reuters = result.get("Reuters")
    assert reuters is not None and reuters.mentions == 1  # the later "told Reuters", not the dateline
    dateline_only = actors("MOSCOW, Dec 4 (AP) – The central bank raised rates again, the bank said.")
    assert "Associated Press" not in kinds(dateline_only) and "Russia" not in kinds(dateline_only)


def test_a_country_inside_an_accord_or_a_dish_is_not_the_country() -> None:
    names = kinds(actors(
        "Delegates said the Paris Agreement targets were out of reach. The restaurant served French fries "
        "and Turkish coffee to the delegates.",
    ))
    assert "France" not in names and "Turkey" not in names, names
    stands = kinds(actors("The Iran nuclear deal collapsed. France said it regretted the decision."))
    assert stands.get("Iran") is ActorType.COUNTRY and stands.get("France") is ActorType.COUNTRY
    owner = kinds(actors("Researchers at France's Lyon Institute of Oceanography and Norland's Coastal Research "
                         "Fund said the reef was dying."))
    assert owner.get("France") is ActorType.COUNTRY, owner  # a possessive: the state, then its institute
    assert owner.get("Lyon Institute of Oceanography") is ActorType.ORGANISATION, owner
    assert owner.get("Norland's Coastal Research Fund") is ActorType.ORGANISATION, owner  # whose fund, as written


def test_a_port_strike_names_the_union_the_lines_and_the_terminal_operator() -> None:
    result = actors(
        "Members of the Coastal Dock and Harbour Workers Union (CDHWU) walked out at Port Calder on Monday.",
        "Shipping lines Nordvik Line and Arcturus Shipping diverted vessels, while terminal operator "
        "Calder Gateway Terminals Ltd said containers were piling up. Meridia Freight GmbH and Oceanic "
        "Boxes Inc also said they were affected.",
        "The CDHWU said talks with the Harbour Employers Association had failed. CDHWU leader Rosa Kell "
        "said the strike would continue.",
    )
    names = kinds(result)
    for org in ("Coastal Dock and Harbour Workers Union", "Nordvik Line", "Arcturus Shipping",
                "Calder Gateway Terminals Ltd", "Meridia Freight GmbH", "Oceanic Boxes Inc",
                "Harbour Employers Association"):
        assert names.get(org) is ActorType.ORGANISATION, (org, names)
    assert "CDHWU" not in names and "Workers Union" not in names, names
    union = result.get("Coastal Dock and Harbour Workers Union")
    assert union is not None and "CDHWU" in union.spellings and ACRONYM in union.evidence
    assert names.get("Rosa Kell") is ActorType.PERSON


def test_a_page_in_arabic_finds_the_registry_actors() -> None:
    result = actors(
        "قال رئيس الوزراء العراقي محمد شياع السوداني إن العراق وروسيا وقعا اتفاقا للطاقة.",
        "وأكد بوتين أن روسيا مستعدة لزيادة الاستثمار في العراق.",
    )
    names = kinds(result)
    for name in ("Mohammed Shia al-Sudani", "Iraq", "Russia", "Vladimir Putin"):
        assert name in names, (name, names)
    assert "وروسيا" in result.get("Russia").spellings  # type: ignore[union-attr]  # "and Russia": one prefix letter


def test_a_page_in_russian_finds_the_registry_actors_in_any_case() -> None:
    names = kinds(actors("Сергей Лавров заявил, что визит Путина в Ирак готовится. В России это подтвердили."))
    for name in ("Sergey Lavrov", "Vladimir Putin", "Iraq", "Russia"):
        assert name in names, (name, names)
