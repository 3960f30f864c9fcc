"""Date formats a text copy writes that were left unread (issue 16): a glued year, numbers in a day-first language."""

from __future__ import annotations

import datetime as dt

from generator.article.extract import extract_metadata
from generator.article.extract.dates import find_dates
from generator.article.records import Role
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines

KB = knowledge()
LANGS = KB.languages
TODAY = dt.date(2024, 6, 1)
BODY_ES = (
    "El ayuntamiento aprobó ayer el nuevo plan de transporte para la ciudad, que entrará en vigor el próximo "
    "mes tras dos años de debates entre los vecinos y los comerciantes del centro histórico."
)
BODY_ES2 = (
    "Los vecinos de los barrios del norte celebraron la decisión, aunque varios de ellos pidieron más "
    "autobuses por la noche y una parada nueva cerca del mercado municipal de la zona."
)


def test_a_day_glued_to_its_year_is_read() -> None:
    (hit,) = find_dates("Posted Feb 182009 by admin", LANGS)
    assert hit.date == dt.date(2009, 2, 18)
    assert find_dates("Mar 072021", LANGS)[0].date == dt.date(2021, 3, 7)


def test_a_one_digit_day_glued_to_a_year_is_not_read() -> None:
    assert find_dates("Feb 72009", LANGS) == []  # 7 2009 or 72 009: too close to a number
    assert find_dates("Jan 2020 results", LANGS) == []


def test_a_language_that_writes_day_first_reads_its_numbers() -> None:
    assert LANGS.day_first("es") is True and LANGS.day_first("pt") is True
    assert LANGS.day_first("en") is None and LANGS.day_first("de") is None and LANGS.day_first("und") is None
    assert find_dates("03/05/2024 21:44", LANGS, LANGS.day_first("es"))[0].date == dt.date(2024, 5, 3)
    assert find_dates("03/05/2024 21:44", LANGS, LANGS.day_first("en")) == []


def test_a_spanish_text_copy_gets_its_day_first_byline_date() -> None:
    cleaned = cleaned_lines(
        ("El ayuntamiento aprueba el plan de transporte", Role.TITLE),
        ("Por Ana Pérez | 03/05/2024 21:44", Role.META),
        (BODY_ES, Role.BODY),
        (BODY_ES2, Role.BODY),
    )
    m = extract_metadata(cleaned, KB, today=TODAY)
    assert m.date == dt.date(2024, 5, 3)
