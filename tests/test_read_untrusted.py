"""Read stage on untrusted input (issue #3): discovery, decoding and sidecars."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from generator.read import RawInput, load_raw, to_source
from generator.read.decode import MAX_CHARS, NotTextError, decode, normalise
from generator.read.discover import discover, display_name
from generator.read.records import Skipped, SourceDoc
from generator.read.sidecar import SidecarError, load_sidecar

SPECIAL = "The minister’s “final” offer of €5 million for the café — rejected."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SPECIAL.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SPECIAL.encode("utf-8"), "utf-8"),
        (SPECIAL.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + SPECIAL.encode("utf-16-be"), "utf-16"),
        (SPECIAL.encode("utf-32"), "utf-32"),
        (SPECIAL.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == SPECIAL
    assert decoded.encoding == encoding


def test_utf16_without_bom() -> None:
    assert decode(("Plain ASCII text in UTF-16 " * 4).encode("utf-16-le")).text.startswith("Plain ASCII")


def test_single_invalid_byte_keeps_utf8() -> None:
    data = SPECIAL.encode("utf-8").replace(b"offer", b"off\xffer")
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert "café" in decoded.text and "€5" in decoded.text


def test_cp1252_with_an_accidental_utf8_sequence_stays_cp1252() -> None:
    # "Ã©" is a valid UTF-8 pair by accident; the rest is plainly Windows-1252.
    text = "Ã© — “quoted” and ‘single’ quotes, café, naïve, €10 and more " * 3
    decoded = decode(text.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert "“quoted”" in decoded.text and "\ufffd" not in decoded.text


def test_double_encoded_mojibake_is_repaired() -> None:
    bad = "Iraqâ€™s foreign minister said the countryâ€™s sovereignty was not negotiable."
    decoded = decode(bad.encode("utf-8"))
    assert decoded.text.startswith("Iraq’s foreign minister said the country’s")
    assert decoded.repaired


def test_line_endings_nul_controls_and_bidi_are_normalised() -> None:
    decoded = decode(b"one\r\ntwo\rthree\x00\x1b[31m four\xe2\x80\xae five\x07\n")
    assert decoded.text == "one\ntwo\nthree four five\n"  # ftfy also drops terminal escapes


def test_soft_hyphens_are_removed_from_words() -> None:
    assert decode("Harbour\u00admaster Ol\u00adsen".encode()).text == "Harbourmaster Olsen"
    assert normalise("Fisch\u00admarkt") == "Fischmarkt"  # metadata values and saved pages' text take this path


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)), b"%PDF-1.7\n...", b"\x7fELF\x02\x01", bytes(range(32)) * 100],
)
def test_binary_data_is_not_text(data: bytes) -> None:
    with pytest.raises(NotTextError, match="binary"):
        decode(data)


def test_long_text_is_capped_and_flagged() -> None:
    data = ("A sentence of a very long article. " * 20_000 + "\n") * 3
    decoded = decode(data.encode())
    assert decoded.truncated and len(decoded.text) <= MAX_CHARS


def raw(data: bytes, sidecar: bytes | None = None, size: int | None = None) -> RawInput:
    return RawInput("x.txt", data, len(data) if size is None else size, sidecar, "x.yml" if sidecar else None)


def test_to_source_reasons() -> None:
    assert to_source(raw(b""))[0] == Skipped("x.txt", "empty file")
    assert to_source(raw(b" \n\t\r\n"))[0] == Skipped("x.txt", "contains only whitespace")
    skipped = to_source(raw(b"\x89PNG\r\n\x1a\n\x00\x00"))[0]
    assert isinstance(skipped, Skipped) and "PNG" in skipped.reason
    doc = to_source(raw(b"Some text", size=20_000_000))[0]
    assert isinstance(doc, SourceDoc) and doc.truncated


def test_sidecar_never_executes_python_tags(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = f"title: !!python/object/apply:os.system ['touch {marker}']\n".encode()
    with pytest.raises(SidecarError, match="not valid YAML"):
        load_sidecar(payload)
    doc, notes = to_source(raw(b"Some article text.", payload))
    assert isinstance(doc, SourceDoc)
    assert len(notes) == 1 and "x.yml" in notes[0] and "not valid YAML" in notes[0]
    assert not marker.exists()


def test_sidecar_text_loses_controls_and_bidi() -> None:
    provided, _ = load_sidecar(b'title: "Bidi \\u202egnp.exe\\u202c \\x1b[2J done\\x07"\n')
    assert provided.title == "Bidi gnp.exe [2J done"


def test_sidecar_other_errors() -> None:
    with pytest.raises(SidecarError):
        load_sidecar(b"\xff\xfe not utf-8")
    with pytest.raises(SidecarError):
        load_sidecar(b"- a list\n- not a mapping\n")
    # A value of the wrong type is left out with a warning; the other values are still used.
    provided, warnings = load_sidecar(b"title: [1, 2]\nsource: Example Wire\n")
    assert provided.title is None and provided.source == "Example Wire"
    assert warnings == ["ignored 'title': must be text, not list"]
    # Alias bombs are never expanded: anchors and aliases are refused before anything is built.
    bomb = b"a: &a [x, x, x, x, x, x, x, x, x]\n" + b"".join(
        b"%c: &%c [" % (c, c) + b", ".join([b"*" + bytes([c - 1 if c > 98 else 97])] * 9) + b"]\n"
        for c in range(98, 106)
    ) + b"title: *i\n"
    with pytest.raises(SidecarError, match="anchors or aliases"):
        load_sidecar(bomb)


def test_display_name_escapes_and_stays_distinct() -> None:
    a = os.fsdecode(b"caf\xe9.txt")
    b = os.fsdecode(b"caf\xe8.txt")
    assert display_name(a) == "caf\\xe9.txt"
    assert display_name(a) != display_name(b)
    assert display_name("new\nline\x1b.txt") == "new\\x0aline\\x1b.txt"
    assert display_name("rtl\u202etxt.exe") == "rtl\\u202etxt.exe"


def test_discover_refuses_symlinks_out_and_reports_other_files(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    (seeds / "a.txt").write_text("a")
    (seeds / "a.yml").write_text("title: A")
    (seeds / "sub" / "b.txt").write_text("b")
    (seeds / "out.txt").symlink_to(secret)
    (seeds / "in.txt").symlink_to(seeds / "a.txt")
    (seeds / "gone.txt").symlink_to(seeds / "missing.txt")
    (seeds / "loop").symlink_to(seeds, target_is_directory=True)
    (seeds / "orphan.yml").write_text("title: x")
    (seeds / "image.png").write_bytes(b"\x89PNG")
    (seeds / ".DS_Store").write_bytes(b"\x00")
    os.mkfifo(seeds / "fifo.txt")
    (seeds / os.fsdecode(b"caf\xe9.txt")).write_text("c")
    (seeds / os.fsdecode(b"caf\xe8.txt")).write_text("d")
    found = {f.seed: f.problem for f in discover(seeds)}
    assert found["a.txt"] is None and found["sub/b.txt"] is None and found["in.txt"] is None
    assert found["out.txt"] is not None and "outside" in found["out.txt"]
    assert found["gone.txt"] is not None and "broken" in found["gone.txt"]
    assert found["fifo.txt"] == "not a regular file"
    assert found["orphan.yml"] is not None and "sidecar" in found["orphan.yml"]
    assert found["image.png"] is not None and "not an input file" in found["image.png"]
    assert "a.yml" not in found and ".DS_Store" not in found
    assert found["caf\\xe9.txt"] is None and found["caf\\xe8.txt"] is None
    assert not any(seed.startswith("loop/") for seed in found)
    assert list(found) == sorted(found)
    # The symlink out is never read.
    for f in discover(seeds):
        result = load_raw(f)
        assert not (isinstance(result, RawInput) and b"SECRET" in result.data)
