"""Bytes to normalised text: BOM sniffing, UTF-8 / UTF-16 / Windows-1252, mojibake repair, NFC.

Decisions (issue #2, #3):
- A BOM wins (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE). UTF-16 without a BOM is recognised by its
  pattern of zero bytes.
- Otherwise strict UTF-8. If that fails but the file holds valid multi-byte UTF-8 sequences, a
  few stray bytes are replaced with U+FFFD (a single invalid byte must not turn a UTF-8 file
  into Windows-1252 mojibake). Otherwise Windows-1252, with its five undefined bytes mapped
  as Latin-1 would.
- Double-encoded mojibake ("â€™" for "’") is repaired with ftfy, keeping typographic quotes.
- Line endings become ``\\n``; NUL, other C0/C1 controls and bidi overrides are removed.
- Binary data (known magic numbers, or many control bytes) is rejected with a reason.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import ftfy

# Longest text published for one article. A very long real article is ~300,000 characters;
# anything beyond this is capped and the page says so (issue #3: a 20 MB file).
MAX_CHARS = 400_000

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"RIFF", "RIFF media file"),
    (b"\x7fELF", "ELF executable"),
    (b"BM", ""),  # too short to trust alone; checked with the control-byte ratio below
)

# (BOM, codec, label); UTF-32 LE must be tried before UTF-16 LE, whose BOM it starts with.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)

# C0 and C1 controls except tab and newline, DEL, and the bidi embedding/override/isolate
# characters, which can make a title display as something other than what it is; and the soft
# hyphen, a hyphenation hint that pages put inside long words ("Messenger\u00addienste"): kept, it
# splits the word for search, matching and comparison while the reader never sees it.
_STRIP_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u202a-\u202e\u2066-\u2069\ufeff]")
_CONTROL_BYTES = bytes(b for b in range(256) if b < 9 or 13 < b < 32)  # counted by ``sniff_binary``
_MULTIBYTE_UTF8 = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)

# ASCII characters some step of ftfy changes with this configuration: ``&`` (HTML entities) and the
# control characters it removes (the escape character among them). Every other ASCII line is left as it
# is: no mojibake, ligature, surrogate or terminal escape can be made of them, and NFC keeps ASCII.
_FTFY_ASCII = re.compile(
    "[&" + "".join(re.escape(c) for c in map(chr, range(128)) if ftfy.fixes.remove_control_chars(c) != c) + "]"
)


def fix_text(text: str) -> str:
    """``ftfy.fix_text(text, config=_FTFY)``: the same segments (lines), each fixed as ftfy does it, but a
    segment of ASCII characters that no step changes is taken as it is.

    ftfy runs about ten steps per line; at 1,000 synthetic articles 58% of the lines are such plain ASCII
    (cProfile: ``fix_text`` 11% of the per-article stage). ``tests/test_exact_shortcuts.py`` compares it with
    ``ftfy.fix_text``.
    """
    config = _FTFY
    out = []
    pos, end = 0, len(text)
    while pos < end:  # ftfy.fix_text's loop
        cut = text.find("\n", pos) + 1 or end
        if cut - pos > config.max_decode_length:
            cut = pos + config.max_decode_length
        segment = text[pos:cut]
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)  # from here on, as in ftfy
        if segment.isascii() and not _FTFY_ASCII.search(segment):
            out.append(segment)
        else:
            out.append(ftfy.fix_and_explain(segment, config).text)
        pos = cut
    return "".join(out)


class NotTextError(ValueError):
    """The bytes are not a text article; the message is the reason shown to the user."""


@dataclass(frozen=True)
class Decoded:
    """Normalised text and how it was obtained."""

    text: str
    encoding: str
    truncated: bool
    repaired: bool


def sniff_binary(data: bytes) -> str | None:
    """A reason if ``data`` looks like binary data rather than text, else None."""
    for magic, label in _MAGIC:
        if label and data.startswith(magic):
            return f"binary data ({label}), not text"
    head = data[:8192]
    if not head or _utf16_without_bom(head) or any(head.startswith(bom) for bom, _, _ in _BOMS):
        return None
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls > max(len(head) * 0.10, 8):
        return "binary data (too many control bytes), not text"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is zero, as in BOM-less UTF-16 ASCII text."""
    if len(head) < 16:
        return None
    even_zero = head[0::2].count(0) / len(head[0::2])
    odd_zero = head[1::2].count(0) / len(head[1::2])
    if odd_zero > 0.4 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.4 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _to_str(data: bytes) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), label
    guessed = _utf16_without_bom(data[:8192])
    if guessed:
        return data.decode(guessed, errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), "utf-8"
    return data.decode("cp1252", errors="replace"), "cp1252"


def _mostly_utf8(data: bytes) -> bool:
    """Whether invalid UTF-8 bytes are stray errors in UTF-8 text rather than another encoding.

    True when the valid multi-byte sequences outnumber the bytes that are not valid UTF-8: a
    UTF-8 file with a few bad bytes passes, a Windows-1252 file whose accented letters happen
    to form one valid sequence does not.
    """
    valid = len(_MULTIBYTE_UTF8.findall(data))
    if not valid:
        return False
    invalid = data.decode("utf-8", errors="replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return valid >= invalid


def normalise(text: str) -> str:
    """Line endings to ``\\n``, controls, soft hyphens and bidi overrides removed, NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _STRIP_RE.sub("", text)
    return unicodedata.normalize("NFC", text)


def decode(data: bytes, *, max_chars: int = MAX_CHARS) -> Decoded:
    """Decode ``data`` to normalised text, capped at ``max_chars``; raise NotTextError for binary data."""
    reason = sniff_binary(data)
    if reason:
        raise NotTextError(reason)
    raw, encoding = _to_str(data)
    truncated = len(raw) > max_chars
    if truncated:
        cut = raw.rfind("\n", 0, max_chars)
        raw = raw[: cut if cut > max_chars // 2 else max_chars]
    # ftfy needs the C1 characters that mojibake is made of, so it runs before they are stripped.
    raw = raw.replace("\x00", "")
    fixed = fix_text(raw)
    return Decoded(text=normalise(fixed), encoding=encoding, truncated=truncated, repaired=fixed != raw)
