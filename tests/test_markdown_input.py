"""Markdown notes with front matter (issue #7), and one article as .txt, .html and .md."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.article.markdown import markdown_cleaned
from generator.article.records import Basis, Extracted
from generator.pipeline import process_raw
from generator.read import discover, load_raw
from generator.read.markdown import split_front_matter
from generator.read.records import Skipped
from tests.kb import knowledge
from tests.test_html_input import PARAS, TITLE, text_of

KB = knowledge()

FRONT = "---\ntitle: {title}\nsource: Reuters\ndate: 2024-02-08\nurl: https://news.example.com/a\n{extra}---\n"


def build_one(
    folder: Path, name: str, content: str, sidecar: str | None = None
) -> tuple[Extracted | Skipped, list[str]]:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(content, encoding="utf-8")
    if sidecar is not None:
        (folder / name).with_suffix(".yml").write_text(sidecar, encoding="utf-8")
    found = [f for f in discover(folder) if f.seed == name]
    raw = load_raw(found[0])
    assert not isinstance(raw, Skipped)
    return process_raw(raw, KB)


def body() -> str:
    return "\n\n".join(PARAS) + "\n"


def test_front_matter_values_are_provided_and_other_keys_ignored(tmp_path: Path) -> None:
    extra = "template: evil.html\nhide: [navigation]\nsearch: {exclude: true}\nretrieved: 2024-02-09\n"
    draft, notes = build_one(tmp_path, "a.md", FRONT.format(title=TITLE, extra=extra) + body())
    assert isinstance(draft, Extracted), draft
    meta = draft.draft.meta
    assert meta.title == TITLE and meta.basis_of("title").basis is Basis.PROVIDED
    assert meta.source == "Reuters" and meta.date == dt.date(2024, 2, 8) and meta.date_basis is Basis.PROVIDED
    assert meta.url == "https://news.example.com/a"
    assert meta.basis_of("retrieved").text == "2024-02-09"
    assert notes == []
    assert "template" not in text_of(draft) and "evil" not in text_of(draft)


def test_python_tag_is_never_executed_and_body_still_builds(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    fm = f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\n"
    draft, notes = build_one(tmp_path, "tag.md", fm + body())
    assert not marker.exists()
    assert isinstance(draft, Extracted) and PARAS[0] in text_of(draft)
    assert len(notes) == 1 and notes[0].startswith("tag.md: front matter is not valid YAML")


def test_unparsable_front_matter_builds_from_the_body_with_one_warning(tmp_path: Path) -> None:
    draft, notes = build_one(tmp_path, "bad.md", "---\ntitle: [unclosed\ndate: : :\n---\n" + body())
    assert isinstance(draft, Extracted) and draft.draft.meta.date is None
    assert len(notes) == 1 and "bad.md" in notes[0] and "the body was" in notes[0]
    assert "unclosed" not in text_of(draft)


def test_javascript_url_in_front_matter_is_dropped(tmp_path: Path) -> None:
    draft, notes = build_one(tmp_path, "js.md", "---\nurl: javascript:alert(1)\n---\n" + body())
    assert isinstance(draft, Extracted) and draft.draft.meta.url is None
    assert any("http(s)" in n for n in notes)


def test_body_markdown_never_becomes_markup() -> None:
    md = (
        "# Heading <script>alert(1)</script>\n\n"
        "Text with <b onclick='x()'>bold</b>, a [safe link](https://example.org/a \"t\"), "
        "a [bad link](javascript:alert(2)), ![img](https://example.org/i.png) and **strong**.\n"
        "{: .class onclick=alert(3) }\n\n"
        "- item *one*\n- item <i>two</i>\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "<div markdown=1>inner text</div>\n<!-- hidden comment -->\n"
    )
    cleaned = markdown_cleaned(md)
    assert cleaned.title == "Heading"
    kinds = [b.kind for b in cleaned.blocks]
    assert kinds == ["paragraph", "list", "quote", "table", "paragraph", "references"]
    text = "\n".join(i for b in cleaned.blocks for i in b.items)
    assert "Text with bold, a safe link, a bad link, and strong." in text
    for bad in ("<", "javascript", "alert", "onclick", "img", "{:", "hidden comment", "**"):
        assert bad not in text, bad
    assert cleaned.blocks[-1].items == ("safe link: https://example.org/a",)
    assert cleaned.blocks[1].items == ("item one", "item two")
    assert cleaned.blocks[3].items == ("a\tb", "1\t2")


def test_front_matter_split() -> None:
    assert split_front_matter("---\na: 1\n---\nbody") == ("a: 1\n", "body")
    assert split_front_matter("no front matter\n---\n") == (None, "no front matter\n---\n")
    assert split_front_matter("---\nnever closed\n") == (None, "---\nnever closed\n")


def test_same_article_as_txt_html_and_md_gives_the_same_page(tmp_path: Path) -> None:
    txt = f"{TITLE}\n\nBy Jane Doe\n\nFebruary 8, 2024\n\nLONDON (Reuters) - " + body()
    html = (
        f'<html lang="en"><head><title>{TITLE} | Reuters</title><meta property="og:site_name" content="Reuters">'
        '<meta property="article:published_time" content="2024-02-08T09:00:00Z"><meta name="author" content="Jane Doe">'
        f"</head><body><nav>Home World</nav><article><h1>{TITLE}</h1><p>LONDON (Reuters) - {PARAS[0]}</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS[1:])
        + "</article><footer>All rights reserved.</footer></body></html>"
    )
    md = FRONT.format(title=TITLE, extra="authors: [Jane Doe]\n") + "LONDON (Reuters) - " + body()
    drafts = [build_one(tmp_path, n, c)[0] for n, c in (("a.txt", txt), ("a.html", html), ("a.md", md))]
    assert all(isinstance(d, Extracted) for d in drafts), drafts
    metas = [d.draft.meta for d in drafts if isinstance(d, Extracted)]
    assert {m.title for m in metas} == {TITLE}
    assert {m.date for m in metas} == {dt.date(2024, 2, 8)}
    assert {m.source for m in metas} == {"Reuters"}
    assert {m.authors for m in metas} == {("Jane Doe",)}
    bodies = [text_of(d) for d in drafts if isinstance(d, Extracted)]
    for text in bodies:
        assert all(p in text for p in PARAS) and "All rights reserved" not in text
    assert len({d.draft.word_count for d in drafts if isinstance(d, Extracted)}) == 1


def test_mixed_folder_builds_into_one_site(make_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project = make_project(seeds=None)
    txt = f"{TITLE}\n\nBy Jane Doe\n\nFebruary 8, 2024\n\n" + body()
    html = f"<html><head><title>{TITLE} | Gazette</title></head><body><article><h1>{TITLE}</h1>"
    html += "".join(f"<p>{p}</p>" for p in PARAS) + "</article></body></html>"
    md = FRONT.format(title=TITLE, extra="") + body()
    for name, content in (("a.txt", txt), ("b.HTML", html), ("c.htm", html), ("d.md", md)):
        (project.seeds / name).write_text(content, encoding="utf-8")
    proc = project.generate("--strict")
    assert "Built 4 articles (0 skipped)" in proc.stdout, proc.stdout + proc.stderr
    pages = sorted((project.docs / "articles").glob("port-city-*.md"))
    assert len(pages) == 4
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert f"# {TITLE}" in text and "forty thousand homes" in text
