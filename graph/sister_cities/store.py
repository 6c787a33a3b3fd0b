"""The disk: reading and writing graphs in every format we offer, atomically.

A write goes to a temporary file beside the target and is renamed over it only once complete, so an
interrupted or failed run leaves the previous file as it was.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rdflib import Dataset, Graph

from .vocab import bind_prefixes

FORMATS = {
    ".trig": "trig",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
"""File extension to rdflib format. TriG, N-Quads and JSON-LD keep the named graphs; Turtle and
N-Triples hold the union of all graphs (the provenance is then only in the triples themselves)."""

QUAD_FORMATS = {"trig", "nquads", "json-ld"}


class GraphFileError(Exception):
    """A graph file that cannot be read or written: says which file and why, in one line."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def format_of(path: Path | str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise GraphFileError(path, f"unknown graph format {suffix or '(no extension)'!r}; "
                                   f"use one of {', '.join(sorted(FORMATS))}")
    return FORMATS[suffix]


def referenced_contexts(document) -> list[str]:
    """The JSON-LD contexts a parsed document names by reference (`"@context": "https://..."`, a
    file path, or an `@import`) instead of spelling them out; walked without recursion."""
    found: list[str] = []
    pending = [document]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if key in ("@context", "@import"):
                    found += [entry for entry in (value if isinstance(value, list) else [value]) if isinstance(entry, str)]
                pending.append(value)
        elif isinstance(item, list):
            pending.extend(item)
    return found


def remote_context_error(path: Path | str, reference: str) -> GraphFileError:
    shown = reference if len(reference) <= 100 else reference[:97] + "..."
    return GraphFileError(path, f"its JSON-LD @context refers to {shown!r}; a graph file is read as data, so no "
                                "context is ever fetched or read from elsewhere: put the context in the file")


def _parse_jsonld(dataset: Dataset, path: Path) -> None:
    """rdflib's JSON-LD parser fetches any context a document names (a URL, or file:///...); so the
    document is read here first, and one that names a context is refused before rdflib sees it."""
    import json

    try:
        document = json.loads(path.read_bytes())
    except (ValueError, RecursionError) as error:
        raise GraphFileError(path, f"not valid json-ld: {' '.join(str(error).split())[:200]}") from None
    references = referenced_contexts(document)
    if references:
        raise remote_context_error(path, references[0])
    dataset.parse(data=json.dumps(document), format="json-ld", publicID=path.resolve().as_uri())


def load_dataset(path: Path | str) -> Dataset:
    """Read a graph file into a dataset; triples of a Turtle or N-Triples file go to the default graph."""
    path = Path(path)
    fmt = format_of(path)
    if not path.is_file():
        raise GraphFileError(path, "no such file")
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    try:
        if fmt == "json-ld":
            _parse_jsonld(dataset, path)
        elif fmt in QUAD_FORMATS:
            dataset.parse(path, format=fmt)
        else:
            dataset.default_graph.parse(path, format=fmt)
    except GraphFileError:
        raise
    except Exception as error:  # rdflib raises many unrelated types for a corrupt file
        detail = " ".join(str(error).split()) or type(error).__name__
        if len(detail) > 200:
            detail = detail[:197] + "..."
        raise GraphFileError(path, f"not valid {fmt}: {detail}") from error
    return dataset


def serialize(dataset: Dataset, fmt: str) -> bytes:
    """The dataset in one format; triple formats get the union of all named graphs."""
    if fmt in QUAD_FORMATS:
        return dataset.serialize(format=fmt, encoding="utf-8")
    return union_graph(dataset).serialize(format=fmt, encoding="utf-8")


def union_graph(dataset) -> Graph:
    """All triples of all named graphs in one graph, for formats and tools that know no graph names."""
    union = Graph()
    bind_prefixes(union)
    for triple in dataset.triples((None, None, None)):
        union.add(triple)
    return union


def save_dataset(dataset: Dataset, path: Path | str) -> Path:
    """Write the dataset to `path` in the format its extension names, atomically."""
    path = Path(path)
    data = serialize(dataset, format_of(path))
    write_bytes_atomic(path, data)
    return path


@contextmanager
def atomic_output(path: Path | str, mode: str = "wb") -> Iterator:
    """A file handle whose content replaces `path` only when the block ends without an error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _permissions_for(path))
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def _permissions_for(path: Path) -> int:
    """The mode the file would have had without a temporary file: the old file's, else the umask's."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    with atomic_output(path, "wb") as stream:
        stream.write(data)


def write_text_atomic(path: Path | str, text: str) -> None:
    with atomic_output(path, "w") as stream:
        stream.write(text)
