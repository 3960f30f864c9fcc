"""Names the thirteenth byline pass of issue 16 turns down (not people): each class on a short example of our own."""

from __future__ import annotations

from generator.article.extract.authors import Judge
from generator.article.records import Role
from tests.test_meta_bylines_more import below
from tests.test_meta_people import KB

GERMAN = Judge(KB.languages, KB.outlets, language="de")
FRENCH = Judge(KB.languages, KB.outlets, language="fr")
UNTOLD = Judge(KB.languages, KB.outlets)


# A function word of the page's language that is no name particle there.


def test_a_function_word_of_the_pages_language_makes_a_phrase() -> None:
    for phrase in ("Held des Monats", "Hafen des Jahres"):
        assert GERMAN.verdict(phrase).startswith("holds a function word"), phrase


def test_a_particle_of_the_pages_language_or_of_another_stays_a_name() -> None:
    names = ("Ines von der Berg", "Jan van den Berg", "Luiz da Silva", "Anna Du Bois", "Ahmad bin Khalid")
    for name in (*names, "Joana das Neves", "Lena Vogt"):
        assert GERMAN.verdict(name) == "", name
    assert FRENCH.verdict("Jean des Marais") == ""  # French: "des" is a name's particle
    assert UNTOLD.verdict("Jean des Marais") == ""  # language not told: a particle of any language


# A name never opens with a lower-case article.


def test_a_lower_case_article_opening_the_name_makes_a_phrase() -> None:
    assert UNTOLD.verdict("den Weg zum Kai").startswith("opens with a lower-case article")
    assert UNTOLD.verdict("la Ruta del Faro").startswith("opens with a lower-case article")
    assert UNTOLD.verdict("van der Berg Ines") == ""  # a particle, no article


# A place after a name holds capitalised words: other words after it end a headline.


def test_a_place_cut_off_a_name_is_capitalised_words() -> None:
    assert GERMAN.clean("Lena Vogt in Rio de Janeiro") == "Lena Vogt"
    assert GERMAN.clean("Lena Vogt aus Frankfurt am Main") == "Lena Vogt"
    assert GERMAN.verdict(GERMAN.clean("Hafenfest Kielau in Kiel abgesagt")) != ""
    dated = below(("Hafenfest Kielau in Kiel abgesagt", Role.BOILERPLATE), ("8. Februar 2024", Role.META))
    assert dated.authors == ()
    dated = below(("Lena Vogt in Kiel", Role.BOILERPLATE), ("8. Februar 2024", Role.META))
    assert dated.authors == ("Lena Vogt",)


# Page-control and organisation words of the lists (languages.yml).


def test_menu_logo_and_organisation_words_are_no_names() -> None:
    phrases = ("Startseite Hafen", "Logo Hafenverband", "Kielau Wiki", "Hafen Apps", "Kieler Praxis")
    for phrase in (*phrases, "Hafen Pressedienst"):
        assert UNTOLD.verdict(phrase) != "", phrase
    for name in ("Lena Logan", "Kiki Wikinson", "Tom Praxmann", "Ines Appel"):
        assert UNTOLD.verdict(name) == "", name


def test_a_stated_pen_name_may_open_with_an_article_of_the_pages_language() -> None:
    assert GERMAN.verdict("Das Hafenbuch", stated=True) == ""  # "Von Das Hafenbuch": a pen name, as before
    assert GERMAN.verdict("Das Hafenbuch").startswith("opens with an article")


# A name never opens with an inflected adjective of the page's language (languages.yml: adjective_endings).


def test_an_adjective_opening_the_name_makes_a_phrase() -> None:
    for phrase in ("Olympische Segelwoche", "Deutsches Hafenmuseum", "Friesischer Kaiverein"):
        assert GERMAN.verdict(phrase).startswith("opens with an adjective"), phrase
    for name in ("Friedrich Nietzsche", "Anna Fischer", "Fischer Anna", "Mischa Vogt", "Lena Tesche"):
        assert GERMAN.verdict(name) == "", name
    english = Judge(KB.languages, KB.outlets, language="en")
    for phrase in ("Regional Ferries", "Medical Harbour Trust"):
        assert english.verdict(phrase).startswith("opens with an adjective"), phrase
    for name in ("Lionel Vogt", "Michal Berger", "Jane Nicholson"):
        assert english.verdict(name) == "", name


# A word and a compound of it side by side are a tag list or a heading.


def test_a_word_and_its_compound_are_no_name() -> None:
    assert UNTOLD.verdict("Hafen Hafenrundfahrten").startswith("a word and a compound of it")
    for name in ("Peter Petersen", "Christian Christiansen", "Johann Johannsen", "Robert Robertson"):
        assert UNTOLD.verdict(name) == "", name
