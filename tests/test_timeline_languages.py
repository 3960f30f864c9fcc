"""Relative dates in another language's articles: its own phrases, read only in articles of that language."""

from __future__ import annotations

import datetime as dt

from generator.article.timeline.events import extract_events
from tests.actors_helpers import doc
from tests.kb import knowledge


def test_relative_dates_of_another_language_only_in_its_articles() -> None:
    vocab = knowledge().timeline
    published = dt.date(2024, 4, 10)
    fr = extract_events(doc("Hier, le conseil a voté le budget."), published, vocab.for_language("fr"))
    assert [(e.date, e.expression) for e in fr] == [(dt.date(2024, 4, 9), "Hier")]
    de = extract_events(doc("Hier wurde gestern der Haushalt beschlossen."), published, vocab.for_language("de"))
    assert [e.expression for e in de] == ["gestern"]  # German "hier" is "here"
    assert extract_events(doc("Hier, le conseil a voté le budget."), published, vocab) == ()
    assert vocab.for_language("xx") is vocab


def _dates(text: str, published: dt.date, code: str) -> list[tuple[dt.date, str]]:
    events = extract_events(doc(text), published, knowledge().timeline.for_language(code))
    return [(e.date, e.precision) for e in events]


def test_yearless_date_in_the_past_tense_is_placed() -> None:
    published = dt.date(2023, 9, 14)  # a Thursday
    assert _dates("Le comité a voté le 4 juillet une règle.", published, "fr") == [(dt.date(2023, 7, 4), "day")]
    assert _dates("La empresa cerró el martes su fábrica.", published, "es") == [(dt.date(2023, 9, 12), "day")]
    assert _dates("Im Mai hatte der Verein gewonnen.", published, "de") == [(dt.date(2023, 5, 1), "month")]
    assert _dates("Клуб во вторник подписал игрока.", published, "ru") == [(dt.date(2023, 9, 12), "day")]
    assert _dates("وأعلنت البلدية يوم الاثنين عن خطة.", published, "ar") == [(dt.date(2023, 9, 11), "day")]


def test_future_or_unclear_tense_leaves_a_yearless_date_out() -> None:
    published = dt.date(2023, 9, 14)
    assert _dates("Le comité votera le 4 octobre.", published, "fr") == []  # future ending
    assert _dates("Le comité se réunit le 4 octobre.", published, "fr") == []  # present for a plan: no past marker
    assert _dates("El comité va a votar el 4 de octubre.", published, "es") == []
    assert _dates("Der Verein hat erklärt, dass er am 4. Oktober spielt.", published, "de") == []  # another clause
    assert _dates("Заседание состоится 4 октября.", published, "ru") == []
    assert _dates("وسيعقد المجلس جلسة في أكتوبر.", published, "ar") == []


def test_habitual_weekday_and_passing_dates_are_no_events() -> None:
    published = dt.date(2023, 9, 14)
    assert _dates("Le club a toujours joué le samedi.", published, "fr") == []
    assert _dates("Hasta el martes, el alcalde presidió la junta.", published, "es") == []


def test_german_ordinal_day_stays_in_its_sentence() -> None:
    assert _dates("Der Rat hat am 3. Mai getagt.", dt.date(2023, 9, 14), "de") == [(dt.date(2023, 5, 3), "day")]


def test_month_with_year_in_another_language_is_explicit() -> None:
    events = extract_events(doc("En mars 2021, la mairie a ouvert une école."), dt.date(2023, 9, 14),
                            knowledge().timeline.for_language("fr"))
    assert [(e.date, e.precision, e.basis) for e in events] == [(dt.date(2021, 3, 1), "month", "explicit")]


def test_text_updated_after_its_date_leaves_yearless_dates_out() -> None:
    text = "Le 10 octobre, le maire a démissionné."
    assert _dates(text, dt.date(2023, 11, 1), "fr") == [(dt.date(2023, 10, 10), "day")]
    assert _dates("Le 2 février 2024, le conseil a voté. " + text, dt.date(2023, 11, 1), "fr") == []


def test_labelled_language_sets_keep_their_measured_levels() -> None:
    from pathlib import Path

    from generator.article.records import Block, Cleaned
    from generator.yamlio import safe_load

    fixtures = Path(__file__).resolve().parent / "fixtures"
    for name, least_right in (("timeline_languages.yml", 27), ("timeline_languages_heldout.yml", 12),
                              ("timeline_pt_it.yml", 16), ("timeline_pt_it_heldout.yml", 6)):
        right = wrong = 0
        for art in safe_load((fixtures / name).read_text(encoding="utf-8"))["articles"]:
            cleaned = Cleaned("A title", tuple(Block("paragraph", (p,)) for p in art["paragraphs"]), ())
            vocab = knowledge().timeline.for_language(art["language"])
            want = {(str(d), p) for d, p in art["events"]}
            for e in extract_events(cleaned, art["published"], vocab):
                right, wrong = (right + 1, wrong) if (str(e.date), e.precision) in want else (right, wrong + 1)
        assert wrong == 0 and right >= least_right, name


def test_portuguese_and_italian_dates_without_a_year() -> None:
    published = dt.date(2024, 5, 22)  # a Wednesday
    assert _dates("A obra começou a 3 de abril.", published, "pt") == [(dt.date(2024, 4, 3), "day")]  # "a": on
    assert _dates("A feira realiza-se aos sábados e abriu na segunda-feira.", published, "pt") == [
        (dt.date(2024, 5, 20), "day")]
    assert _dates("Il cantiere è stato aperto il 6 maggio.", published, "it") == [(dt.date(2024, 5, 6), "day")]
    assert _dates("Il cantiere dovrebbe essere chiuso a giugno.", published, "it") == []  # a participle is no past
    assert _dates("Il mercato si tiene il sabato.", published, "it") == []  # a habit


def test_a_reporting_clause_after_the_date_does_not_make_it_past() -> None:
    published = dt.date(2024, 5, 22)
    assert _dates("Le chantier reprendra le 3 juin, a dit la maire.", published, "fr") == []
    assert _dates("I lavori riprenderanno il 3 giugno, ha detto il sindaco.", published, "it") == []
    assert _dates("Il 3 maggio, ha detto il sindaco, i lavori sono ripresi.", published, "it") == [
        (dt.date(2024, 5, 3), "day")]  # the main clause's own past marker still counts


def test_a_month_of_the_year_before_is_placed_in_that_year() -> None:
    published = dt.date(2022, 5, 4)
    assert _dates("Em fevereiro do ano passado, a polícia começou as buscas.", published, "pt") == [
        (dt.date(2021, 2, 1), "month")]
    assert _dates("A casa foi vendida a 3 de março do ano passado.", published, "pt") == [(dt.date(2021, 3, 3), "day")]
    assert _dates("Im Februar des vergangenen Jahres hat die Polizei gesucht.", published, "de") == [
        (dt.date(2021, 2, 1), "month")]
    assert _dates("Em fevereiro, a polícia começou as buscas.", published, "pt") == [(dt.date(2022, 2, 1), "month")]


def test_a_weekday_set_as_a_target_is_no_event() -> None:
    published = dt.date(2022, 5, 4)  # a Wednesday
    assert _dates("Il ministro ha convocato le parti per lunedì.", published, "it") == []  # "for Monday"
    assert _dates("El ministro convocó a las partes para el lunes.", published, "es") == []
    assert _dates("Le ministre a convoqué les parties pour lundi.", published, "fr") == []
    assert _dates("Il ministro ha convocato le parti lunedì.", published, "it") == [(dt.date(2022, 5, 2), "day")]
