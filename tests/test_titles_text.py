"""Text copies' headlines: trails and quotation marks around the chosen line (issues 15, 16), our own examples."""

from __future__ import annotations

from generator.article.clean import clean
from generator.article.clean.shapes import is_caption, is_meta, is_script_error
from generator.article.clean.title import strip_breadcrumb, strip_front, strip_glued_quote, strip_kicker
from generator.article.extract.title import pick_title
from generator.article.records import Basis, Role
from tests.kb import knowledge
from tests.test_clean import P1, P2, P3, P4, page, role_of

KB = knowledge()


def title_of(line: str) -> str:
    text, basis, _, _, _ = pick_title(line, (), KB.languages)
    assert basis is Basis.EXPLICIT
    return text


def test_trail_drawn_with_double_arrows_or_arrows() -> None:
    assert strip_breadcrumb("Home >> Recipes >> Cakes >> Lemon sponge without any flour") == (
        "Lemon sponge without any flour"
    )
    assert strip_breadcrumb("Home → Harbour news → Ferry timetable changes in winter") == (
        "Ferry timetable changes in winter"
    )
    assert strip_breadcrumb("Startseite → Hafen erhält einen neuen Kran") == "Hafen erhält einen neuen Kran"


def test_arrow_inside_a_headline_is_no_trail() -> None:
    assert strip_breadcrumb("From spring → summer: what the valley grows") == (
        "From spring → summer: what the valley grows"
    )
    assert strip_breadcrumb("Why supply >> demand at the harbour") == "Why supply >> demand at the harbour"


def test_home_glued_to_the_headline_with_a_slash() -> None:
    assert strip_breadcrumb("Startseite/Ingenieurinnen: Eine Forscherin und ihre Brücken") == (
        "Ingenieurinnen: Eine Forscherin und ihre Brücken"
    )
    assert strip_breadcrumb("Either/or: the ferry board's choice") == "Either/or: the ferry board's choice"


def test_guillemets_that_quote_are_no_trail() -> None:
    line = "« Le port doit rester ouvert ». Entretien avec Jeanne Morel"
    assert strip_breadcrumb(line) == line
    assert strip_breadcrumb("»Der Hafen bleibt offen« – Gespräch mit Jana Roth") == (
        "»Der Hafen bleibt offen« – Gespräch mit Jana Roth"
    )
    assert strip_breadcrumb("Accueil » Région » Le port rouvre ses quais") == "Le port rouvre ses quais"


def test_opening_quotation_mark_stays_on_the_title() -> None:
    assert title_of("»Der Hafen bleibt offen«") == "»Der Hafen bleibt offen«"
    assert title_of("« Le port doit rester ouvert »") == "« Le port doit rester ouvert »"
    assert title_of("» Ferry timetable changes in winter") == "Ferry timetable changes in winter"
    assert title_of("• » Ferry timetable changes in winter") == "Ferry timetable changes in winter"


GERMAN_BODY = "Der Hafen erhält einen neuen Kran. Der Leiter sagte: Die Arbeiten beginnen im März."
FRENCH_BODY = "Le port reçoit une nouvelle grue. Le directeur a dit : les travaux commencent en mars."


def test_kicker_joined_by_a_spaced_colon_is_dropped() -> None:
    assert strip_kicker("Hafenpresse : Der Kran kommt im März", GERMAN_BODY) == "Der Kran kommt im März"
    assert strip_kicker("Mitteilung der Hafenbehörde :Der Kran kommt im März", GERMAN_BODY) == (
        "Der Kran kommt im März"
    )


def test_spaced_colon_stays_where_the_page_writes_colons_so() -> None:
    line = "Le port de Brest : la grue arrive en mars"
    assert strip_kicker(line, FRENCH_BODY) == line
    assert strip_kicker(line, "Le port reçoit une nouvelle grue.") == line  # no colon in the text: no evidence


def test_tight_colon_and_many_colons_stay() -> None:
    assert strip_kicker("Hafen: Der Kran kommt im März", GERMAN_BODY) == "Hafen: Der Kran kommt im März"
    line = "Schlagworte: Hafen : Kran : Brest : März"
    assert strip_kicker(line, GERMAN_BODY) == line
    assert strip_kicker("Hafenpresse : Kran kommt", GERMAN_BODY) == "Hafenpresse : Kran kommt"  # too short


PAGE = [
    "Harbour news",
    "Port of Calden New crane arrives at the north quay",
    "• New crane arrives at the north quay",
    "3. Ferry fares rise in the spring",
    "24.01.2031Ferry fares rise in the spring",
]


def test_kicker_in_front_of_a_headline_the_page_states_alone() -> None:
    assert strip_front("Port of Calden New crane arrives at the north quay", PAGE) == (
        "New crane arrives at the north quay"
    )
    assert strip_front("24.01.2031Ferry fares rise in the spring", PAGE) == "Ferry fares rise in the spring"
    assert strip_front("Cranes Cranes arrive at the north quay", ["Cranes arrive at the north quay"]) == (
        "Cranes arrive at the north quay"
    )


def test_front_that_belongs_to_the_headline_stays() -> None:
    assert strip_front("Easy Lemon Sponge Cake", ["Lemon Sponge Cake"]) == "Easy Lemon Sponge Cake"  # one word
    assert strip_front("Best of Calden Harbour Tours", ["Calden Harbour Tours"]) == "Best of Calden Harbour Tours"
    assert strip_front("15. Calden Harbour Festival", ["Calden Harbour Festival"]) == "15. Calden Harbour Festival"
    assert strip_front("No ferries to the north quay", ["to the north quay"]) == "No ferries to the north quay"
    assert strip_front("Ferry fares rise", PAGE) == "Ferry fares rise"


def test_quoted_headline_glued_to_its_kicker() -> None:
    assert strip_glued_quote('Die Zukunft der Häfen"Wir bauen den Kran selbst"') == '"Wir bauen den Kran selbst"'
    assert strip_glued_quote("Hafen„Wir bauen den Kran selbst“") == "„Wir bauen den Kran selbst“"


def test_quotation_with_a_space_or_not_at_the_end_stays() -> None:
    for line in ("Der Hafen „Wir bauen den Kran selbst“", 'Er sagte"Nein"', 'Hafen"Wir bauen den Kran" sagt der Chef'):
        assert strip_glued_quote(line) == line


def test_headline_stated_under_its_trail_far_from_the_body() -> None:
    head = "Harbour board approves the new crane"
    menu = [f"Menu entry number {k}" for k in range(60)]
    text = page("Home / Harbour news / " + head, head, *menu, "Valley council news", P1, P2, P3, P4)
    doc = clean(text, KB.boilerplate)
    assert doc.title == head
    assert role_of(doc, head) == (Role.TITLE, "")


def test_glued_trail_and_a_short_section_label() -> None:
    head = "Ferry timetable changes in winter"
    doc = clean(page("StartseiteHafen" + head, head, "Valley council news", P1, P2, P3, P4), KB.boilerplate)
    assert doc.title == head
    # a two-word last step is a section's name, not the article's headline
    doc = clean(page("Home About us", "About us", "Valley council news", P1, P2, P3, P4), KB.boilerplate)
    assert doc.title != "About us"


def test_headline_named_by_the_comments_heading() -> None:
    head = "Harbour board approves the new crane"
    menu = [f"Menu entry number {k}" for k in range(60)]
    heading = f"3 Gedanken zu „{head}“"
    doc = clean(page(head, *menu, "Valley council news", P1, P2, P3, P4, heading, "Jana Roth sagt:"), KB.boilerplate)
    assert doc.title == head
    # a headline that opens with the same words and no count is no comments heading
    assert KB.languages.comments_on.match(f"Kommentar zu „{head}“") is None
    assert KB.languages.comments_on.match(f"One thought on “{head}”")["head"] == head  # type: ignore[index]


def test_script_error_above_the_headline_is_no_title() -> None:
    error = "Warning: db_connect(): Access denied for user in /var/www/site/lib/db.php on line 42"
    doc = clean(page(error, "Valley council approves the water plan", P1, P2, P3, P4), KB.boilerplate)
    assert doc.title == "Valley council approves the water plan"
    assert role_of(doc, error) == (Role.BOILERPLATE, "junk")


def test_script_error_shape() -> None:
    assert is_script_error("Deprecated: Function f() is deprecated in /srv/app/init.php on line 18")
    assert is_script_error("Strict Standards: Declaration of A::b() should match in C:\\www\\a.php on line 7")
    assert not is_script_error("Warning: heavy rain expected in the valley on line 5 of the tram")
    assert not is_script_error("Notice: the harbour office is closed on Monday")


def test_photo_credit_at_the_end_of_a_caption() -> None:
    assert is_caption("Ein Kran hebt die Brücke an ihren Platz. (Bild: Hafenamt Nord)")
    assert is_caption("Die Fähre legt am neuen Steg an, hier am Nordufer - Fotos: Jana Roth")
    assert is_caption("Jana Roth steht im Finale des TurniersBild: Agentur/Max Muster")
    assert is_caption("Kinder spielen am neuen Steg Foto: Erika Muster")
    assert not is_caption("Das Titelbild: eine Analyse der Woche")
    assert not is_caption("Neue Bilder: Der Herbst im Park")


def test_trail_glued_with_bare_arrows() -> None:
    assert strip_breadcrumb("Forum>Travel>no signal on the ferry since the update ?") == (
        "no signal on the ferry since the update ?"
    )
    assert strip_breadcrumb("Why A>B>C is wrong for the harbour") == "Why A>B>C is wrong for the harbour"
    assert strip_breadcrumb("Forum>Travel>Two words") == "Forum>Travel>Two words"


def test_kicker_in_front_of_a_quoted_headline_the_page_states_alone() -> None:
    quote = "«Wir warten seit Tagen auf den neuen Kran»"
    assert strip_front("Nachricht | 30.10.2021 Hafen / Fähre " + quote, [quote]) == quote
    assert strip_front("Hafen " + quote, [quote]) == "Hafen " + quote  # one word may belong to the headline


def test_byline_naming_an_account_in_small_letters_is_no_headline() -> None:
    assert is_meta("von hafenfreund", KB.languages)
    assert is_meta("by jdoe_42", KB.languages)
    assert not is_meta("von der Leyen besucht den Hafen", KB.languages)
    menu = ("Kontakt", "Impressum")
    doc = clean(page(*menu, "Die Fähre fährt wieder", "von hafenfreund", P1, P2, P3, P4), KB.boilerplate)
    assert doc.title == "Die Fähre fährt wieder"


def test_month_heading_of_an_archive_is_a_meta_line() -> None:
    assert is_meta("Dezember 2008", KB.languages)
    assert is_meta("March 2019", KB.languages)
    assert not is_meta("Hafen 2030", KB.languages)
    assert not is_meta("Juni 2022 Rückblick auf den Hafen", KB.languages)


def test_menu_button_label_in_front_of_a_site_name_is_chrome() -> None:
    assert KB.boilerplate.match("Toggle navigation Hafenbüro Nord (Logo)")
    assert not KB.boilerplate.match("Hafenbüro Nord eröffnet neue Navigation für Fähren")
