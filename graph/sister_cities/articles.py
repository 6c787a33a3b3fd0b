"""Reading news articles from disk: .txt, .html, a folder of them, or a .jsonl of records.

This is the I/O edge of the text pipeline. Bad input never stops a run: ``read_articles`` yields an
``ArticleError`` in place of the article it could not read, so that a caller can report it and go on.

>>> for item in read_articles("corpus/articles.jsonl"):          # doctest: +SKIP
...     if isinstance(item, ArticleError):
...         print(item)                                            # corpus/articles.jsonl:7: not JSON
...     else:
...         handle(item)
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

MAX_BYTES = 5_000_000        # a news article is a few kB; anything this large is not one
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass
class Article:
    """One article: its text and what is known about where it comes from."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    outlet: str | None = None


class ArticleError(Exception):
    """An article that could not be read; ``str()`` is one line naming the file and line."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1; binary data is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise ValueError("binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise ValueError("binary data, not text")
    return text


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(f"file too large for an article ({size:,} bytes; the limit is {MAX_BYTES:,})")
    return path.read_bytes()


def html_article(html: str, article_id: str, url: str | None = None) -> Article:
    """Main text and metadata of a web page, page furniture removed by trafilatura."""
    import trafilatura  # heavy: imported only when a page is read

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise ValueError("no article text found in the page")
    metadata = trafilatura.extract_metadata(html)
    title = getattr(metadata, "title", None) if metadata else None
    published = getattr(metadata, "date", None) if metadata else None
    url = url or (getattr(metadata, "url", None) if metadata else None)
    outlet = getattr(metadata, "sitename", None) if metadata else None
    language = getattr(metadata, "language", None) if metadata else None
    return Article(article_id, _paragraphs(text), title, published, language, url, outlet)


def _paragraphs(text: str) -> str:
    """One blank line between paragraphs, as the extractor expects."""
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _read_file(path: Path) -> Article:
    data = _read_bytes(path)
    text = decode(data)
    if path.suffix.lower() in HTML_SUFFIXES:
        return html_article(text, path.stem)
    if not text.strip():
        raise ValueError("empty text")
    return Article(path.stem, text.strip())


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    return None if value is None else str(value)


def read_jsonl(path: str | Path) -> Iterator[Article | ArticleError]:
    """Articles of a .jsonl file whatever its name ends with; a bad line is yielded as an error."""
    path = Path(path)
    if not path.is_file():
        raise ArticleError(path, None, "no such file")
    try:
        data = path.read_bytes()  # many articles: the size limit is each article's, below
        text = decode(data)
    except (OSError, ValueError) as err:
        yield ArticleError(path, None, str(err))
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ArticleError(path, number, f"not JSON ({err.msg})")
            continue
        except RecursionError:  # Python's parser recurses once per level of nesting
            yield ArticleError(path, number, "not an article: JSON nested too deeply")
            continue
        if not isinstance(record, dict):
            yield ArticleError(path, number, "not a JSON object")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ArticleError(path, number, "no 'text' (a non-empty string) in the record")
            continue
        if len(body) > MAX_BYTES:
            yield ArticleError(path, number, f"text too large for an article ({len(body):,} characters; "
                                             f"the limit is {MAX_BYTES:,})")
            continue
        try:
            json.dumps(record, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # "\ud800" in JSON: a lone surrogate, which no text or store can hold
            yield ArticleError(path, number, "not valid Unicode text (a lone surrogate escape such as \\ud800)")
            continue
        article_id = record.get("id")
        yield Article(str(article_id) if article_id is not None else f"{path.stem}:{number}", body,
                      _optional_str(record, "title"), _optional_str(record, "published"),
                      _optional_str(record, "language"), _optional_str(record, "url"),
                      _optional_str(record, "outlet"))


def read_articles(path: str | Path) -> Iterator[Article | ArticleError]:
    """Articles of a .txt or .html file, a folder of such files, or a .jsonl of records.

    Each unreadable article is yielded as an ``ArticleError`` (not raised) in its place. A path
    that does not exist or has an unknown type raises ``ArticleError`` at once.
    """
    path = Path(path)
    if not path.exists():
        raise ArticleError(path, None, "no such file or folder")
    if path.is_dir():
        files = sorted(p for p in path.iterdir()
                       if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES)
        if not files:
            raise ArticleError(path, None, "no .txt or .html files in the folder")
        for file in files:
            yield from _read_one(file)
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
    elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield from _read_one(path)
    else:
        raise ArticleError(path, None, f"unknown file type {suffix or '(none)'}: "
                                       "expected .txt, .html, .jsonl or a folder")


def _read_one(path: Path) -> Iterator[Article | ArticleError]:
    try:
        yield _read_file(path)
    except (OSError, ValueError) as err:
        yield ArticleError(path, None, str(err))
