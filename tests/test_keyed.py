"""Keyed list pages (render.keyed): a part is rendered again only when what it shows changed."""

from __future__ import annotations

from pathlib import Path

from generator.corpus.report import ArticleReport, Report
from generator.render import keyed, paging
from generator.render.report import report_pages
from generator.write import Writer

PEOPLE = [f"Minister {name}" for name in ("Abara", "Bello", "Chukwu", "Dimka", "Eze", "Falade", "Gowon")]


class Remembered:
    """A stand-in for the writer's records: the keys written last time, by path."""

    def __init__(self) -> None:
        self.written: dict[str, str] = {}

    def keep(self, path: str, key: str) -> bool:
        return self.written.get(path) == key


def _key(name: str) -> str:
    """A person's stable key: the name without what follows it (``Minister Eze (acting)`` is ``Minister Eze``)."""
    return name.split(" (")[0]


def _render(names: list[str], memory: Remembered, calls: list[int], shows: bool = True) -> dict[str, str]:
    def body(part: paging.Part[str]) -> str:
        calls.append(part.number)
        return "\n".join(f"- {n}" for n in part.items)

    with keyed.session(keyed.Keys("salt", memory.keep)) as keys:
        pages = paging.paged(
            "people.md", "People", names, 3, body, key=_key, noun="People",
            shows=(lambda part: part.items) if shows else None,
        )
    memory.written.update(keys.keys)
    return pages


def test_an_unchanged_part_is_not_rendered_and_a_changed_one_is() -> None:
    memory, calls = Remembered(), []
    first = _render(PEOPLE, memory, calls)
    parts = paging.split("people.md", PEOPLE, 3, _key)
    assert len(parts) > 2 and sorted(first) == sorted(p.path for p in parts)
    assert calls == [p.number for p in parts]
    calls.clear()
    assert _render(PEOPLE, memory, calls) == {} and calls == []
    calls.clear()
    (where,) = [p for p in parts if "Minister Eze" in p.items]
    changed = [f"{n} (acting)" if n == "Minister Eze" else n for n in PEOPLE]  # the same key: the same pages
    again = _render(changed, memory, calls)
    assert calls == [where.number] and list(again) == [where.path] and "Eze (acting)" in again[where.path]


def test_a_longer_list_rerenders_only_the_pages_next_to_the_new_entry() -> None:
    memory, calls = Remembered(), []
    before = paging.split("people.md", PEOPLE, 3, _key)
    _render(PEOPLE, memory, calls)
    calls.clear()
    _render([*PEOPLE, "Minister Haruna"], memory, calls)
    # The last page receives it (or a new page after it does, and the last page gains a link to it);
    # no page shows the list's length, so the other pages are kept.
    assert set(calls) <= {len(before), len(before) + 1} and calls


def test_a_list_that_does_not_state_what_it_shows_is_always_rendered() -> None:
    memory, calls = Remembered(), []
    count = len(_render(PEOPLE, memory, calls, shows=False))
    calls.clear()
    assert len(_render(PEOPLE, memory, calls, shows=False)) == count > 1 and calls == list(range(1, count + 1))


def test_without_a_session_every_part_is_rendered() -> None:
    pages = paging.paged(
        "people.md", "People", PEOPLE, 3, lambda p: "\n".join(p.items), key=_key, shows=lambda p: p.items
    )
    assert len(pages) == len(paging.split("people.md", PEOPLE, 3, _key))


def test_the_writer_keeps_a_current_file_it_was_not_told_about(tmp_path: Path) -> None:
    docs, records = tmp_path / "docs", tmp_path / "records.json"
    first = Writer(docs, ["people.md", "people/2.md"], ("people",), records=records)
    first.put("people.md", "A\n", "key-1")
    first.put("people/2.md", "B\n", "key-2")
    first.finish()
    second = Writer(docs, [], ("people",), records=records)
    assert second.current("people.md", "key-1")
    assert not second.current("people/2.md", "another key")  # its records changed: render it
    assert not second.current("people/3.md", "key-3")  # never written
    second.announce(["people/2.md"])
    second.put("people/2.md", "B2\n", "another key")
    report = second.finish()
    assert report.written == ["people/2.md"] and report.unchanged == ["people.md"] and report.removed == []
    assert (docs / "people.md").read_text() == "A\n"


def test_a_part_links_a_page_as_the_general_relative_link_does() -> None:
    pages = ["people.md", "people/2.md", "actors/minister-abara.md", "actors/minister-abara/12.md", "index.md"]
    targets = ["articles/a-report.md", "articles/a-report.md#event-2", "people.md", "index.md",
               "actors/minister-abara.md", "actors/minister-abara/2.md", "actors-network.svg", "actors/"]
    for path in pages:
        part = paging.Part(1, [], path, path)
        for target in targets:
            assert part.link(target) == paging.relative(path, target), (path, target)


def test_report_pages_are_kept_when_their_articles_reports_are_unchanged() -> None:
    def articles(titles: list[str]) -> tuple[ArticleReport, ...]:
        return tuple(ArticleReport(f"{t}.txt", t.lower(), t, "full", (), ()) for t in titles)

    def render(titles: list[str], memory: Remembered) -> dict[str, str]:
        with keyed.session(keyed.Keys("salt", memory.keep)) as keys:
            pages = report_pages(Report(articles(titles), (), (), ()))
        memory.written.update(keys.keys)
        return pages

    memory = Remembered()
    assert "report.md" in render(PEOPLE, memory)
    assert render(PEOPLE, memory) == {}
    assert "report.md" in render([*PEOPLE[:-1], "Minister Ihejirika"], memory)


def _build_people(docs: Path, records: Path, names: list[str], calls: list[int]) -> list[str]:
    """One build of the people list through a real writer, the list kept whole when its names are the same."""

    def body(part: paging.Part[str]) -> str:
        calls.append(part.number)
        return "\n".join(f"- {n}" for n in part.items)

    writer = Writer(docs, [], ("people",), records=records)
    with keyed.session(keyed.Keys("salt", writer.current, writer.keep_group, writer.group)) as keys:
        pages: dict[str, str] = {}
        if not keyed.unchanged("people.md", lambda: tuple(names)):
            pages = paging.paged("people.md", "People", names, 3, body, key=_key, noun="People",
                                 shows=lambda part: part.items)  # fmt: skip
        writer.announce(pages)
        for rel, text in pages.items():
            writer.put(rel, text, keys.keys.get(rel))
    return writer.finish().written


def test_a_list_whose_inputs_are_unchanged_is_kept_whole_without_splitting_it(tmp_path: Path) -> None:
    docs, records, calls = tmp_path / "docs", tmp_path / "records.json", []
    written = _build_people(docs, records, PEOPLE, calls)
    assert len(written) > 2 and calls
    calls.clear()
    assert _build_people(docs, records, PEOPLE, calls) == [] and calls == []
    # One entry more: the list is rendered again, and only its changed pages are written.
    longer = [*PEOPLE, "Minister Haruna"]
    assert 0 < len(_build_people(docs, records, longer, calls)) <= 2 and calls
    calls.clear()
    assert _build_people(docs, records, longer, calls) == [] and calls == []


def test_a_lost_or_edited_page_of_an_unchanged_list_is_made_again(tmp_path: Path) -> None:
    docs, records, calls = tmp_path / "docs", tmp_path / "records.json", []
    written = _build_people(docs, records, PEOPLE, calls)
    lost, edited = docs / written[-1], docs / written[0]
    original_lost, original_edited = lost.read_bytes(), edited.read_bytes()
    lost.unlink()
    assert _build_people(docs, records, PEOPLE, calls) == [written[-1]] and lost.read_bytes() == original_lost
    edited.write_bytes(original_edited + b"\nby hand\n")
    assert _build_people(docs, records, PEOPLE, calls) == [written[0]] and edited.read_bytes() == original_edited
    calls.clear()
    assert _build_people(docs, records, PEOPLE, calls) == [] and calls == []
