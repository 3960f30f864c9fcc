"""Actors and quotes in French, Spanish, German and Russian articles: the language's words join the English ones."""

from __future__ import annotations

from pathlib import Path

from benchmarks.actor_bench import score
from tests.actors_helpers import found_in as _found
from tests.actors_helpers import names as _names
from tests.actors_helpers import registry
from tests.actors_helpers import speakers as _speakers


def test_the_article_language_adds_its_lists_to_english() -> None:
    lex = registry().lexicon
    assert lex.for_language("en") is lex and lex.for_language("und") is lex and lex.for_language("xx") is lex
    fr = lex.for_language("fr")
    assert fr is lex.for_language("fr")  # made once per language
    assert "said" in fr.speech_verbs and "a declare" in fr.speech_verbs and "a déclaré" in fr.speech_verbs
    assert "a declare" not in lex.speech_verbs


def test_english_articles_do_not_use_another_language_s_words() -> None:
    text = "« Nous irons jusqu'au bout », a déclaré la maire, Odile Vantrel."
    assert _speakers(_found("en", text)) == {}
    assert _speakers(_found("fr", text)) == {"Nous irons jusqu'au bout": "Odile Vantrel"}


def test_french_titles_roles_and_inverted_speech() -> None:
    found = _found(
        "fr",
        "« Le chantier commencera en juin », a affirmé sa présidente Odile Vantrel à Rennes.",
        "L'entraîneur Bastien Moreval a dénoncé l'arbitrage.",
    )
    assert _names(found) == {"Odile Vantrel": "person", "Bastien Moreval": "person"}
    assert _speakers(found) == {"Le chantier commencera en juin": "Odile Vantrel"}


def test_french_elided_articles() -> None:
    found = _found("fr", "L'association Ciel Ouvert a porté plainte contre l'Union Nautique Brestoise mardi.")
    assert _names(found) == {"Ciel Ouvert": "organisation", "Union Nautique Brestoise": "organisation"}


def test_spanish_organisation_nouns_heads_and_connectors() -> None:
    found = _found(
        "es",
        "El sindicato Obreros Unidos del Norte y la Fundación Pardo Ibarra firmaron el acuerdo en Valencia.",
    )
    assert _names(found) == {"Obreros Unidos del Norte": "organisation", "Fundación Pardo Ibarra": "organisation"}


def test_spanish_quote_with_the_title_between_verb_and_name() -> None:
    found = _found("es", "«No vamos a cerrar ninguna planta», dijo el director general de la empresa, Tomás Arbeloa.")
    assert _names(found) == {"Tomás Arbeloa": "person"}
    assert _speakers(found) == {"No vamos a cerrar ninguna planta": "Tomás Arbeloa"}


def test_german_capitalised_nouns_are_no_names() -> None:
    found = _found("de", "Die Stadtverwaltung Nordheim plant neue Radwege. Kosten und Zeitplan sagte niemand.")
    assert [a for a in found.actors if a.type.value == "person"] == []


def test_german_compounds_and_organisation_nouns() -> None:
    found = _found(
        "de",
        "Projektleiterin Anna Weidenbach erklärte, die Baufirma Lutz & Brenner GmbH beginne im Mai.",
        "„Wir sind im Zeitplan“, sagte Weidenbach der Zeitung Talbote.",
    )
    assert _names(found) == {"Anna Weidenbach": "person", "Lutz & Brenner GmbH": "organisation",
                             "Talbote": "organisation"}
    assert _speakers(found) == {"Wir sind im Zeitplan": "Anna Weidenbach"}


def test_german_articles_do_not_join_a_name() -> None:
    found = _found("de", "Forscher der Hochschule Talbach warnten vor dem Projekt.")
    assert _names(found) == {"Hochschule Talbach": "organisation"}


def test_russian_names_in_quotation_marks_and_inverted_speech() -> None:
    found = _found(
        "ru",
        "Компания «Северный Ветер» открыла завод. «Мы наймём триста человек», — заявил директор компании "
        "Пётр Ларионов.",
    )
    assert _names(found) == {"Северный Ветер": "organisation", "Пётр Ларионов": "person"}
    assert _speakers(found) == {"Мы наймём триста человек": "Пётр Ларионов"}  # the name in «» is no quotation


def test_arabic_names_follow_a_title() -> None:
    found = _found(
        "ar",
        "وقال مدير المصنع، سامي بن عمر، إن الإنتاج سيبدأ قريبا. وأكدت رئيستها ليلى الزين أن المشروع في موعده.",
        "وقال مدرب الفريق نبيل الطاهر عقب المباراة: «قدمنا مباراة كبيرة أمام جمهورنا»",
    )
    assert _names(found) == {"سامي بن عمر": "person", "ليلى الزين": "person", "نبيل الطاهر": "person"}
    assert _speakers(found) == {"قدمنا مباراة كبيرة أمام جمهورنا": "نبيل الطاهر"}


def test_arabic_words_after_a_title_that_are_no_name() -> None:
    found = _found("ar", "وقال الرئيس في كلمة أمام البرلمان إن الحكومة ستواصل الإصلاحات.")
    assert [a for a in found.actors if a.discovered] == []


def test_a_quote_whose_sentence_names_an_unknown_speaker_is_not_given_to_a_neighbour() -> None:
    found = _found(
        "fr",
        "« Le sommeil compte autant que le sport », explique l'entraîneuse Odile Vantrel. "
        "« Il faut boire avant d'avoir soif », glisse le kinésithérapeute Hugo Marchal.",
    )
    assert _speakers(found) == {"Le sommeil compte autant que le sport": "Odile Vantrel"}


def test_german_compound_titles_after_the_speech_verb() -> None:
    found = _found("de", "\"Wir bauen weiter\", sagte der Fraktionsvorsitzende Jonas Kehler am Abend.")
    assert _speakers(found) == {"Wir bauen weiter": "Jonas Kehler"}


FIXTURES = Path(__file__).parent / "fixtures"


def test_the_labelled_languages_set_stays_where_it_was_measured() -> None:
    s = score(FIXTURES / "actors_languages.yml")
    assert s.precision >= 0.95 and s.recall >= 0.9 and s.type_accuracy == 1.0, (s.extra, s.missed)
    assert s.quote_precision >= 0.9 and s.quote_recall >= 0.95, (s.extra, s.missed)


def test_the_held_out_languages_set_stays_where_it_was_measured() -> None:
    s = score(FIXTURES / "actors_languages_heldout.yml")  # a design set since its misses were fixed (round 9)
    assert s.precision >= 0.95 and s.recall >= 0.95, (s.extra, s.missed)
    assert s.quote_precision >= 0.95 and s.quote_recall >= 0.95, (s.extra, s.missed)


def test_the_second_held_out_languages_set_stays_where_it_was_measured() -> None:
    s = score(FIXTURES / "actors_languages_heldout2.yml")  # written before the round-9 rules, scored once after
    assert s.precision >= 0.85 and s.recall >= 0.65, (s.extra, s.missed)
    assert s.quote_precision >= 0.75 and s.quote_recall >= 0.6, (s.extra, s.missed)



def test_a_pronoun_after_the_speech_verb_is_the_person_last_named() -> None:
    fr = _found("fr", "La ministre Odile Vantrel a visité le port. « Nous allons agrandir les quais », a-t-elle dit.")
    assert _speakers(fr) == {"Nous allons agrandir les quais": "Odile Vantrel"}
    de = _found("de", "Bürgermeisterin Jana Kehler eröffnete das Fest. „Wir feiern zusammen“, sagte sie.")
    assert _speakers(de) == {"Wir feiern zusammen": "Jana Kehler"}
    es = _found("es", "El alcalde, Tomás Urquiza, visitó la obra. «La obra terminará en mayo», dijo él.")
    assert _speakers(es) == {"La obra terminará en mayo": "Tomás Urquiza"}
    ru = _found("ru", "Директор клуба Олег Панкратов сообщил о контракте. «Мы наймём сто человек», — заявил он.")
    assert _speakers(ru) == {"Мы наймём сто человек": "Олег Панкратов"}


def test_a_pronoun_speaker_is_nobody_when_an_unknown_name_stands_between() -> None:
    found = _found("fr", "La ministre Odile Vantrel a visité le port. Puis Martine Delcourt a pris la parole. "
                   "« Les quais sont trop petits », a-t-elle ajouté.")
    assert _speakers(found) == {}


def test_a_pronoun_without_a_speech_verb_gives_no_speaker() -> None:
    found = _found("de", "Bürgermeisterin Jana Kehler eröffnete das Fest.",
                   "„Wir feiern zusammen“ stand auf dem Plakat, das sie trug.")
    assert _speakers(found) == {}


def test_an_article_after_the_speech_verb_is_no_pronoun() -> None:
    found = _found("es", "El alcalde, Tomás Urquiza, visitó la obra. «La obra acaba en mayo», señaló el arquitecto.")
    assert _speakers(found) == {}


def test_portuguese_and_italian_people_and_organisations() -> None:
    pt = _found("pt", "\"Vamos abrir a fábrica em maio\", afirmou o diretor Rui Falcão. A empresa Metalúrgica Vouga "
                "contratou 40 pessoas, segundo a vereadora da oposição Clara Dinis.")
    assert _names(pt) == {"Rui Falcão": "person", "Metalúrgica Vouga": "organisation", "Clara Dinis": "person"}
    assert _speakers(pt) == {"Vamos abrir a fábrica em maio": "Rui Falcão"}
    it = _found("it", "«Apriremo a settembre», ha detto l'assessore alla Scuola, Marco Pellegrini. "
                "Il cantiere dell'Impresa Edile Serafini è fermo.")
    assert _names(it) == {"Marco Pellegrini": "person", "Impresa Edile Serafini": "organisation"}
    assert _speakers(it) == {"Apriremo a settembre": "Marco Pellegrini"}


def test_an_elided_article_of_several_letters_is_no_part_of_the_name() -> None:
    lex = registry().lexicon.for_language("it")
    assert lex.elided("dell'Agenzia") == 5 and lex.elided("l'assessore") == 2 and lex.elided("Dell") == 0
    assert lex.elided("quest'anno") == 0  # not an article the lexicon lists
    assert registry().lexicon.elided("dell'Agenzia") == 0  # English lists no elisions


def test_a_place_opened_by_its_kind_is_no_speaker() -> None:
    found = _found("it", "L'ospedale di Borgo Santa Lucia, ha spiegato il sindaco, aprirà nel 2027.")
    assert "Borgo Santa Lucia" not in _names(found)
    pt = _found("pt", "A associação Rio Limpo, disse a presidente, vai recorrer.")
    assert _names(pt) == {"Rio Limpo": "organisation"}


def test_the_portuguese_and_italian_sets_stay_where_they_were_measured() -> None:
    design = score(FIXTURES / "actors_pt_it.yml")  # the set the word lists were written on
    assert design.precision >= 0.95 and design.recall >= 0.95 and design.quote_recall >= 0.95, (design.extra,
                                                                                                 design.missed)
    held = score(FIXTURES / "actors_pt_it_heldout.yml")  # scored once, after the lists
    assert held.precision >= 0.95 and held.recall >= 0.9 and held.quote_precision >= 0.95, (held.extra, held.missed)


def test_a_spaced_dash_parts_two_phrases_but_a_hyphen_joins_a_name() -> None:
    found = _found("it", "«Ce la faremo», dichiara il Presidente Ruggeri - La stagione inizierà a maggio.")
    assert _names(found) == {"Ruggeri": "person"}
    hyphened = _found("en", "The carrier Nordsee-Linie said prices would rise.")
    assert _names(hyphened) == {"Nordsee-Linie": "organisation"}


def test_a_role_after_an_elided_article_is_read_without_it() -> None:
    found = _found("it", "«Va bene così», ha precisato l'amministratore delegato Marco Sereni.")
    assert [(a.name, a.roles) for a in found.actors] == [("Marco Sereni", ("amministratore delegato",))]
    fr = _found("fr", "« Nous irons loin », a lancé l'entraîneuse Odile Vantrel.")
    assert [(a.name, a.roles) for a in fr.actors] == [("Odile Vantrel", ("entraîneuse",))]


def test_an_organisation_name_joined_by_and_but_not_a_list_ending_in_and() -> None:
    pt = _found("pt", "O Ministério da Ciência e Tecnologia anunciou o plano. Partidos como Frente Cívica, "
                "União Liberal e Aliança Verde votaram contra.")
    names = _names(pt)
    assert names.get("Ministério da Ciência e Tecnologia") == "organisation"  # the sentence's "O" is no head
    assert "União Liberal e Aliança Verde" not in names  # the list's "e", after a comma, ends the list


def test_a_middle_initial_stays_inside_the_name() -> None:
    found = _found("en", "Senator Mary K. Holloway said the bill would pass. Residents of Block C. The council "
                   "agreed. Officials from Plan B. Police said the road was closed.")
    assert _names(found) == {"Mary K. Holloway": "person"}
    pt = _found("pt", "O jornal Estado de S. Vicente informou o plano.")
    assert _names(pt) == {"Estado de S. Vicente": "organisation"}
