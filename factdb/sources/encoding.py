"""Bytes to article text: UTF-8, or UTF-16/32 announced by a byte-order mark, which is dropped.

The rule every offset rests on: an article's text is its source decoded, without a leading
byte-order mark (U+FEFF). A file that starts with the UTF-8, UTF-16 or UTF-32 mark is decoded
in that encoding and the mark is not part of the text; a JSONL line's `text` and `title` lose a
leading U+FEFF too. So a copy saved with a mark is the same article as one without (the
duplicate check hashes the same text), and `extract` and `ingest` count offsets from the same
first character.
"""

from __future__ import annotations

import codecs

from factdb.errors import InputError

BOM = "\ufeff"
SNIFF_BYTES = 8192
"""How much of the start of a file is searched for a NUL byte, the mark of a binary file."""
# UTF-32's little-endian mark starts with UTF-16's: the longer marks are tried first.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NAMES = {"utf-32": "UTF-32", "utf-16": "UTF-16", "utf-8-sig": "UTF-8", "utf-8": "UTF-8"}


def marked_encoding(data: bytes) -> str | None:
    """The codec named by DATA's byte-order mark (one that drops the mark), or None."""
    return next((codec for mark, codec in _MARKS if data.startswith(mark)), None)


def is_wide(codec: str | None) -> bool:
    """Whether CODEC writes NUL bytes in ordinary text (UTF-16 and UTF-32 do)."""
    return codec in ("utf-16", "utf-32")


def decode_text(data: bytes, source: str) -> str:
    """DATA as text (see the module's rule), refusing empty, binary and misencoded input."""
    codec = marked_encoding(data)
    if not data.strip():
        raise InputError(source, "empty file")
    if not is_wide(codec) and b"\x00" in data[:SNIFF_BYTES]:
        raise InputError(source, "binary file, not text")
    codec = codec or "utf-8"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        name = _NAMES[codec]
        raise InputError(
            source, f"not valid {name} (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc
    if is_wide(codec) and "\x00" in text[:SNIFF_BYTES]:
        raise InputError(source, "binary file, not text")
    return text


def strip_bom(text: str) -> str:
    """TEXT without a leading byte-order mark."""
    return text[1:] if text.startswith(BOM) else text


def check_unicode(value: str, field: str, source: str) -> str:
    """VALUE when it can be stored as UTF-8; a lone surrogate (JSON "\\ud800") is refused."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(value[exc.start])
        raise InputError(
            source,
            f"'{field}' holds a lone surrogate \\u{code:04x} at character {exc.start}, "
            "which is not text",
        ) from exc
    return value
