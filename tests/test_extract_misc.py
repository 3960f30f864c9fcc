"""Language, title fallback, evidence and robustness of extract_metadata."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.article.extract import extract_metadata
from generator.article.records import Basis, Block, Cleaned, Line, Role
from tests.kb import knowledge
from tests.test_extract_support import cleaned_lines

KB = knowledge()

EN = "The ministry said on Thursday that talks with its neighbours would continue next week in the capital."
DE = "Die Regierung hat am Donnerstag mitgeteilt, dass die Gespräche mit den Nachbarn nächste Woche weitergehen."
FR = "Le ministère a déclaré jeudi que les discussions avec ses voisins se poursuivraient la semaine prochaine."
RU = "Министерство заявило в четверг, что переговоры с соседями продолжатся на следующей неделе в столице."
ES = "El ministerio dijo el jueves que las conversaciones con sus vecinos continuarán la próxima semana."


def _language(*paragraphs: str) -> str:
    return extract_metadata(
        cleaned_lines(("Title", Role.TITLE), *((p, Role.BODY) for p in paragraphs)),
        KB,
    ).language


def test_languages() -> None:
    assert _language(EN, EN) == "en"
    assert _language(DE, DE) == "de"
    assert _language(FR, FR) == "fr"
    assert _language(RU, RU) == "ru"
    assert _language(ES, ES) == "es"


def test_language_too_little_text() -> None:
    assert _language("Short.") == "und"
    assert _language() == "und"


def test_language_reads_body_paragraphs_only() -> None:
    cleaned = cleaned_lines(
        ("Title", Role.TITLE), (RU, Role.BOILERPLATE), (RU, Role.EMBED), (EN, Role.BODY), (EN, Role.BODY)
    )
    m = extract_metadata(cleaned, KB)
    assert m.language == "en"
    assert m.basis_of("language").basis == Basis.INFERRED


def test_title_from_cleaner() -> None:
    m = extract_metadata(cleaned_lines(("  Iraq   and Russia talk ", Role.TITLE), (EN, Role.BODY)), KB)
    assert m.title == "Iraq and Russia talk"
    assert m.basis_of("title").basis == Basis.EXPLICIT


def test_title_falls_back_to_heading() -> None:
    blocks = (Block("paragraph", (EN,)), Block("heading", ("Talks go on",)))
    m = extract_metadata(Cleaned(None, blocks, ()), KB)
    assert (m.title, m.basis_of("title").basis) == ("Talks go on", Basis.INFERRED)


def test_title_falls_back_to_first_sentence_truncated() -> None:
    long_sentence = "word " * 60 + "end. Second sentence."
    m = extract_metadata(Cleaned(None, (Block("paragraph", (long_sentence,)),), ()), KB)
    assert m.title.startswith("word word") and m.title.endswith("…")
    assert len(m.title) <= 120
    m = extract_metadata(Cleaned("   ", (Block("paragraph", (EN + " More text here.",)),), ()), KB)
    assert m.title == EN


def test_untitled_last_resort() -> None:
    m = extract_metadata(Cleaned(None, (), ()), KB)
    assert (m.title, m.source, m.authors, m.date, m.date_basis, m.language) == (
        "Untitled",
        None,
        (),
        None,
        Basis.UNKNOWN,
        "und",
    )
    assert [k for k, _ in m.evidence] == ["title", "source", "authors", "date", "language"]


def test_evidence_is_exact_snippet() -> None:
    lines = (
        ("Headline", Role.TITLE),
        ("By Jane Doe, Reuters | February 8, 2024", Role.META),
        (EN * 3, Role.BODY),
        (EN, Role.BODY),
    )
    cleaned = cleaned_lines(*lines)
    m = extract_metadata(cleaned, KB)
    whole = "\n".join(line.text for line in cleaned.lines)
    for name, ev in m.evidence:
        assert ev.text in whole, name
        assert (ev.basis == Basis.UNKNOWN) == (ev.text == ""), name


_roles = st.sampled_from(list(Role))
_texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=120) | st.sampled_from(
    ["By Jane Doe", "© 2024 Reuters", "07 February, 2020", "BAGHDAD (AFP) - x", "Author", "told TASS"]
)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(st.none(), st.text(max_size=40)),
    st.lists(st.tuples(_texts, _roles), max_size=25),
)
def test_never_crashes(title: str | None, specs: list[tuple[str, Role]]) -> None:
    lines = tuple(Line(i, text, role) for i, (text, role) in enumerate(specs, start=1))
    blocks = tuple(Block("paragraph", (text,)) for text, role in specs if role == Role.BODY)
    m = extract_metadata(Cleaned(title, blocks, lines), KB)
    assert m.title.strip()
    assert m.language == "und" or len(m.language) == 2
    assert (m.date is None) == (m.date_basis == Basis.UNKNOWN)
    assert extract_metadata(Cleaned(title, blocks, lines), KB) == m  # deterministic


def test_linear_time_on_huge_input() -> None:
    spec = [("Headline", Role.TITLE)] + [(EN + " By Jane Doe February 8, 2024.", Role.BODY)] * 20000
    m = extract_metadata(cleaned_lines(*spec), KB)
    assert m.language == "en"
