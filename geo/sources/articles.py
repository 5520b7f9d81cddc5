"""Reading article files: decoding, extracting text from HTML and Markdown, refusing the rest.

This is the input edge of the pipeline: it turns bytes on disk into text or raises
``ArticleError`` with one line that says what is wrong and what to do. Text files may be
UTF-8 (also with a few bad bytes), UTF-16/32 with a byte-order mark, Windows-1251
(Cyrillic) or Windows-1252; HTML pages go through trafilatura, which keeps the article
and drops menus, scripts and footers; Markdown is reduced to its text.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import stat
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from geo.errors import ArticleError

#: The largest file read as one article. News articles are tens of kilobytes; the
#: limit keeps the worst case (every word a place name) to about a minute (README).
MAX_BYTES = 2 * 1024 * 1024
_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
    b"SQLite format 3\x00": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"{\\rtf": "an RTF document",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newlines and form feed: text has (almost) none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.01
#: What a path that is not a regular file is, for the error message.
_FILE_KINDS = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
# Letters of Windows-1251/1252 (0xC0-0xFF): Cyrillic words are runs of them, while Western
# text has one accented letter among ASCII ones ("café", "Zürich").
_HIGH_RUN = re.compile(rb"[\xc0-\xff]{2,}")
_HIGH = re.compile(rb"[\xc0-\xff]")


@dataclass(frozen=True)
class Article:
    """An article's name, text and publication date, and who published it (an HTML page's
    site name or web host; None for plain text)."""

    name: str
    text: str
    published: date | None = None
    outlet: str | None = None


def decode(data: bytes, *, source: str = "input") -> str:
    """Bytes to text.

    Parameters
    ----------
    data
        The file's bytes.
    source
        How to name the input in error messages.

    Returns
    -------
    The text: UTF-8 (bad bytes replaced when the rest is UTF-8), UTF-16/32 with a BOM,
    else Windows-1251 when the high bytes form Cyrillic words, else Windows-1252.

    Raises
    ------
    ArticleError
        For a known binary format, NUL bytes, or text full of control characters.
    """
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            msg = f"{source} is {what}, not a text article; save the article as plain text"
            raise ArticleError(msg)
    bom = next((enc for mark, enc in _BOMS if data.startswith(mark)), None)
    if bom is not None:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as e:
            msg = f"{source} has a {bom.upper()} byte-order mark but is not {bom}: {e.reason}"
            raise ArticleError(msg) from None
    elif b"\x00" in data:
        msg = f"{source} holds NUL bytes: it is a binary file, not a text article"
        raise ArticleError(msg)
    else:
        text = _decode_unmarked(data)
    controls = len(_CONTROL.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        msg = (f"{source} holds {controls} control characters in {len(text)}: it is a binary "
               "file, not a text article")
        raise ArticleError(msg)
    return text


def _decode_unmarked(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if good > bad:  # UTF-8 with a few corrupt bytes (a cut multi-byte character, a stray byte)
        return text
    runs = sum(len(r) for r in _HIGH_RUN.findall(data))
    cyrillic = runs > len(_HIGH.findall(data)) / 2
    return data.decode("cp1251" if cyrillic else "cp1252", errors="replace")


def looks_like_html(text: str, *, suffix: str = "") -> bool:
    """True for an HTML page: an ``.html`` name or a document that starts like one."""
    return suffix.lower() in _HTML_SUFFIXES or bool(_HTML_START.match(text[:4096]))


def html_to_text(html: str, *, source: str = "input") -> str:
    """The article text of an HTML page (headline and paragraphs; no menus, scripts, ads).

    Parameters
    ----------
    html
        The page.
    source
        How to name the input in error messages.

    Returns
    -------
    Plain text, one paragraph a line.
    """
    return read_html(html, source=source)[0]


def read_html(html: str, *, source: str = "input") -> tuple[str, date | None, str | None]:
    """The article text of an HTML page, its publication date and who published it.

    The date is the page's own publication date (``article:published_time``, JSON-LD
    ``datePublished``, ``<time>``...) as htmldate finds it without guessing from copyright
    lines (extensive search off); the publisher is the page's site name, else its host.

    Returns
    -------
    tuple
        (text, publication date or None, site name or host or None).
    """
    import trafilatura

    doc = trafilatura.bare_extraction(html, favor_recall=True, with_metadata=True,
                                      include_comments=False, include_tables=False,
                                      deduplicate=False,
                                      date_extraction_params={"original_date": True,
                                                              "extensive_search": False})
    text = (doc.text or "").strip() if doc is not None else ""
    if not text or _only_links(text, html):
        msg = f"{source} is an HTML page with no article text in it; save the article as text"
        raise ArticleError(msg)
    title = (doc.title or "").strip()
    # The headline is the article's first line (``Reading.title``) and may name places.
    text = text if not title or text.startswith(title) else f"{title}\n\n{text}"
    published = None
    if doc.date:
        with contextlib.suppress(ValueError):
            published = date.fromisoformat(doc.date[:10])
    return text, published, (doc.sitename or doc.hostname or None)


def _only_links(text: str, html: str) -> bool:
    """Whether every word of the text taken from a page is in the text of its links: a
    menu or a list of headlines, which trafilatura falls back to on a page with no article."""
    import lxml.html

    try:
        page = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.LxmlError):
        return False
    linked = " ".join(a.text_content() for a in page.iter("a"))
    return set(_WORDS.findall(text.casefold())) <= set(_WORDS.findall(linked.casefold()))


_WORDS = re.compile(r"\w+")


def markdown_to_text(markdown: str) -> str:
    """Markdown reduced to its text: no ``#``, ``**`` or link targets; a blank line between blocks.

    Parameters
    ----------
    markdown
        CommonMark text.

    Returns
    -------
    Plain text.
    """
    from markdown_it import MarkdownIt

    blocks = []
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type == "inline":
            parts = [c.content if c.type in ("text", "code_inline")
                     else "\n" if c.type in ("softbreak", "hardbreak") else ""
                     for c in token.children or ()]
            blocks.append("".join(parts))
        elif token.type in ("code_block", "fence"):
            blocks.append(token.content.rstrip("\n"))
    return "\n\n".join(b for b in blocks if b.strip())


def article_text(data: bytes, *, source: str = "input", suffix: str = "") -> str:
    """The article text of a file's bytes: decoded, and taken out of HTML or Markdown.

    Parameters
    ----------
    data
        The file's bytes.
    source
        How to name the input in error messages.
    suffix
        The file's suffix (``.html``, ``.md``, ...), a hint to its format.

    Returns
    -------
    The text, NFC-normalised.
    """
    return _read_bytes(data, source=source, suffix=suffix)[0]


def _read_bytes(data: bytes, *, source: str, suffix: str) -> tuple[str, date | None, str | None]:
    """(text, the page's publication date, its publisher) of a file's bytes."""
    text = decode(data, source=source)
    published = outlet = None
    if looks_like_html(text, suffix=suffix):
        text, published, outlet = read_html(text, source=source)
    elif suffix.lower() in _MARKDOWN_SUFFIXES:
        text = markdown_to_text(text)
    if not text.strip():
        msg = f"{source} is empty: there is no article text to read"
        raise ArticleError(msg)
    return unicodedata.normalize("NFC", text), published, outlet


def read_article(path: Path, *, published: date | None = None) -> Article:
    """Read an article file.

    Parameters
    ----------
    path
        A text, HTML or Markdown file (UTF-8, UTF-16/32 with BOM, Windows-1251 or -1252);
        ``-`` reads standard input, as a file named ``stdin``.
    published
        The publication date, if known; else an HTML page's own.

    Returns
    -------
    The article, named after the file.

    Raises
    ------
    ArticleError
        When the file is missing, unreadable, a folder or not a regular file (a pipe, a
        device), larger than ``MAX_BYTES``, binary or empty.
    """
    if str(path) == "-":
        return _read_stream(sys.stdin.buffer, name="stdin", published=published)
    try:
        st = path.stat()
    except FileNotFoundError:
        msg = f"{path}: no such file"
        raise ArticleError(msg) from None
    except OSError as e:
        msg = f"{path}: cannot read ({e.strerror})"
        raise ArticleError(msg) from None
    if stat.S_ISDIR(st.st_mode):
        msg = f"{path} is a folder; give one article file"
        raise ArticleError(msg)
    if not stat.S_ISREG(st.st_mode):  # opening a pipe would wait for a writer forever
        kind = _FILE_KINDS.get(stat.S_IFMT(st.st_mode), "not a regular file")
        msg = f"{path} is {kind}, not an article file; save the article to a file"
        raise ArticleError(msg)
    if st.st_size > MAX_BYTES:
        msg = (f"{path} is {st.st_size / 2**20:.1f} MB, more than the {MAX_BYTES // 2**20} MB "
               "limit for one article; split it into articles")
        raise ArticleError(msg)
    try:
        with path.open("rb") as f:
            return _read_stream(f, name=path.stem, published=published, source=str(path),
                                suffix=path.suffix)
    except OSError as e:
        msg = f"{path}: cannot read ({e.strerror}); check its permissions"
        raise ArticleError(msg) from None


def _read_stream(stream: BinaryIO, *, name: str, published: date | None,
                 source: str = "standard input", suffix: str = "") -> Article:
    """An article from an open binary stream, read up to just past ``MAX_BYTES``."""
    data = stream.read(MAX_BYTES + 1)  # a pipe or device may say size 0 and never end
    if len(data) > MAX_BYTES:
        msg = f"{source} is more than the {MAX_BYTES // 2**20} MB limit for one article"
        raise ArticleError(msg)
    text, page_date, outlet = _read_bytes(data, source=source, suffix=suffix)
    return Article(name=name, text=text, published=published or page_date, outlet=outlet)
