"""Reading article files: decoding, and refusing what is not an article.

This is the input edge of the pipeline: it turns bytes on disk into text or raises
``ArticleError`` with one line that says what is wrong and what to do.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from datetime import date
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; 20 MB is surely not one
_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
}


class ArticleError(Exception):
    """The input is not a readable article."""


@dataclass(frozen=True)
class Article:
    """An article's name, text and publication date."""

    name: str
    text: str
    published: date | None = None


def decode(data: bytes, *, source: str = "input") -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1251/1252."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            msg = f"{source} is {what}, not a text article; save the article as plain text"
            raise ArticleError(msg)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data:
        msg = f"{source} holds NUL bytes: it is a binary file, not a text article"
        raise ArticleError(msg)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    cyrillic = sum(1 for b in data if 0xC0 <= b <= 0xFF)
    encoding = "cp1251" if cyrillic > len(data) // 20 else "cp1252"
    return data.decode(encoding, errors="replace")


def read_article(path: Path, *, published: date | None = None) -> Article:
    """Read an article file.

    Parameters
    ----------
    path
        A text file (UTF-8, UTF-16 with BOM, Windows-1251 or -1252).
    published
        The publication date, if known.

    Returns
    -------
    The article, named after the file.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        msg = f"{path}: no such file"
        raise ArticleError(msg) from None
    except OSError as e:
        msg = f"{path}: cannot read ({e.strerror})"
        raise ArticleError(msg) from None
    if path.is_dir():
        msg = f"{path} is a folder; give one article file (or use `geo batch` for a folder)"
        raise ArticleError(msg)
    if size > MAX_BYTES:
        limit = MAX_BYTES // 2**20
        msg = f"{path} is {size / 1e6:.0f} MB, more than the {limit} MB limit for one article"
        raise ArticleError(msg)
    try:
        data = path.read_bytes()
    except OSError as e:
        msg = f"{path}: cannot read ({e.strerror})"
        raise ArticleError(msg) from None
    text = decode(data, source=str(path))
    if not text.strip():
        msg = f"{path} is empty: there is no article text to read"
        raise ArticleError(msg)
    return Article(name=path.stem, text=text, published=published)
