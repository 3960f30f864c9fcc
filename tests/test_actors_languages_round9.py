"""Actors and quotes in other languages than English (round 9): each rule on its own invented sentence."""

from __future__ import annotations

from generator.article.actors.roles import said_before
from tests.actors_helpers import found_in as _found
from tests.actors_helpers import names as _names
from tests.actors_helpers import registry
from tests.actors_helpers import speakers as _speakers


def test_russian_listeners_between_the_verb_and_the_title_are_skipped() -> None:
    found = _found("ru", "«Ремонт закончится к осени», — сказал репортёрам начальник депо Игорь Савельев.")
    assert _names(found) == {"Игорь Савельев": "person"}
    assert _speakers(found) == {"Ремонт закончится к осени": "Игорь Савельев"}
    ru = registry().lexicon.for_language("ru")
    assert said_before("— сказал журналистам директор завода ", ru)
    assert not said_before("— сказал соседям директор завода ", ru)  # no listener word: not a title


def test_spanish_role_complement_closed_by_a_comma() -> None:
    found = _found("es", "«Hay que abrir el parque a todos», declaró la gerente del vivero, Marta Quiroga Leal.")
    assert _names(found) == {"Marta Quiroga Leal": "person"}
    assert _speakers(found) == {"Hay que abrir el parque a todos": "Marta Quiroga Leal"}
    es = registry().lexicon.for_language("es")
    assert said_before("declaró la gerente del vivero, ", es)
    assert not said_before("declaró la gerente del vivero que ", es)  # no comma: the words are no apposition


def test_french_organisation_noun_and_ampersand() -> None:
    assert _names(_found("fr", "Le négociant Durand & Fils a racheté le domaine.")) == {"Durand & Fils": "organisation"}
    assert _names(_found("fr", "Durand & Fils a racheté le domaine.")) == {}  # no noun introduces it


def test_german_trade_names_keep_their_head() -> None:
    assert _names(_found("de", "Die Bäckerei Kranzler aus Neudorf schließt.")) == {"Bäckerei Kranzler": "organisation"}
    # an organisation noun that is no head still only introduces the name
    assert _names(_found("de", "Die Baufirma Kranzler GmbH aus Neudorf schließt.")) == {"Kranzler GmbH": "organisation"}


def test_russian_airline_noun_before_a_quoted_name() -> None:
    found = _found("ru", "Перевозчик начал рейсы. Авиакомпания «Белый Журавль» купила два самолёта.")
    assert _names(found) == {"Белый Журавль": "organisation"}
    assert _names(_found("ru", "Перевозчик начал рейсы. Птица «Белый Журавль» купила два самолёта.")) == {}


def test_arabic_organisations_after_a_head_or_noun() -> None:
    found = _found("ar", "فاز نادي النجمة الساحلي على ضيفه بهدفين يوم السبت.",
                   "أعلنت شركة الريان للنقل يوم الاثنين عن خط جديد.")
    assert _names(found) == {"نادي النجمة الساحلي": "organisation", "الريان للنقل": "organisation"}
    # a head with the article and one word is a description; a noun before a plain word names nothing
    assert _names(_found("ar", "ورحب البنك المركزي بالقرار، وقالت شركة كبيرة إنها ستستثمر.")) == {}


def test_sentence_case_organisation_names_go_on_in_lower_case() -> None:
    found = _found("fr", "La Chambre d'agriculture de la Gironde et la Fédération française de rugby ont signé.")
    assert _names(found) == {"Chambre d'agriculture de la Gironde": "organisation",
                             "Fédération française de rugby": "organisation"}
    ru = _found("ru", "Фонд технологических инициатив Сибири и Центр отраслевых исследований подписали договор.")
    assert _names(ru) == {"Фонд технологических инициатив Сибири": "organisation",
                          "Центр отраслевых исследований": "organisation"}
    # a verb after the head is no part of the name; a noun with no adjective before it is no Russian name's tail
    assert _names(_found("fr", "La Banque a décidé de baisser les taux. La Fédération soutient des artistes.")) == {}
    assert _names(_found("ru", "Фонд поддержал договор.")) == {}


def test_according_to_a_trade_noun_names_the_speaker() -> None:
    found = _found("fr", "Selon l'archiviste Marc Dubreuil, le fonds sera « entièrement numérisé ».")
    assert _names(found) == {"Marc Dubreuil": "person"}
    assert _speakers(found) == {"entièrement numérisé": "Marc Dubreuil"}
    es = _found("es", "Según el geólogo Tomás Erralde, la cueva es «muy antigua y frágil».")
    assert _speakers(es) == {"muy antigua y frágil": "Tomás Erralde"}
    # a noun without a trade's ending is no role ("la méthode X")
    assert _names(_found("fr", "Selon la méthode Paul Lenoir, rien ne change.")) == {}


def test_arabic_the_minister_said_is_the_person_named_minister() -> None:
    found = _found("ar", "زار وزير النقل، فادي الزين، الميناء يوم الأحد.",
                   "وقال الوزير خلال الجولة: «سنوسع الأرصفة قبل الصيف».")
    assert _speakers(found) == {"سنوسع الأرصفة قبل الصيف": "فادي الزين"}
    # the person last named had another role: nobody is guessed
    other = _found("ar", "زار مدير الميناء، فادي الزين، الرصيف يوم الأحد.",
                   "وقال الوزير خلال الجولة: «سنوسع الأرصفة قبل الصيف».")
    assert _names(other) == {"فادي الزين": "person"} and _speakers(other) == {}


def test_russian_participle_after_a_name_makes_it_a_person() -> None:
    found = _found("ru", "Пётр Зимин, руководивший заводом десять лет, ушёл на пенсию. "
                         "Его сменила Анна Крестова, ранее работавшая в Томске.")
    assert _names(found) == {"Пётр Зимин": "person", "Анна Крестова": "person"}
    assert _names(_found("ru", "Пётр Зимин, тридцать лет на заводе, ушёл на пенсию.")) == {}  # no participle
