"""A Spanish date line with its time "a las 10:15 hrs." is the post's date, not a sentence (issue 16)."""

from __future__ import annotations

import datetime as dt

from generator.article.extract.candidates import DateCandidate
from generator.article.extract.datecands import text_date_candidates
from generator.article.extract.zone import make_view
from generator.article.records import Role
from tests.test_extract_support import cleaned_lines
from tests.test_meta_dates import BODY, BODY2, KB, TODAY

DAY = dt.date(2024, 2, 8)
TITLE = "El puerto abre su nuevo muelle"


def _under_title(line: str) -> list[DateCandidate]:
    cleaned = cleaned_lines((TITLE, Role.TITLE), (line, Role.META), (BODY, Role.BODY), (BODY2, Role.BODY))
    found = text_date_candidates(make_view(cleaned), KB.languages, TODAY, title_text=TITLE)
    return [c for c in found if c.date == DAY]


def test_a_date_line_with_a_las_hrs_is_eligible() -> None:
    (found,) = _under_title("Jueves, 8 de febrero de 2024 a las 10:15 hrs.")
    assert not found.rejected


def test_a_byline_glued_to_the_date_with_hrs_is_eligible() -> None:
    (found,) = _under_title("Por Ana Ruiz8 de febrero 2024 a las 10:15 hrs.")
    assert not found.rejected


def test_a_sentence_with_the_date_stays_refused() -> None:
    (found,) = _under_title("La feria abrirá el 8 de febrero de 2024 en el puerto.")
    assert found.rejected.startswith("inside a sentence")
