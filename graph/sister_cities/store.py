"""The disk: reading and writing graphs in every format we offer, atomically.

A file is written to a temporary file beside the target and renamed over it only once complete; a
folder (an output folder, an Oxigraph store) is written as a new folder beside the target and swapped
with it in one step (`replaced_folder`). So a run that fails, or is killed at any moment, leaves the
previous file or folder as it was. Temporaries carry the writer's process id
(`.NAME.PID.XXXXXXXX.tmp`), and the next write to the same target removes those whose writer is gone
(`recover`).
"""
from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import stat
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from rdflib import Dataset, Graph

from .lifetime import interruptible, made_holding_interrupts
from .vocab import PREFIXES, bind_prefixes

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


def union_graph(dataset) -> Graph:
    """All triples of all named graphs in one graph, for formats and tools that know no graph names."""
    union = Graph()
    bind_prefixes(union)
    for triple in dataset.triples((None, None, None)):
        union.add(triple)
    return union


def save_dataset(dataset: Dataset, path: Path | str) -> Path:
    """Write the dataset to `path` in the format its extension names, atomically (see `write_quads`)."""
    import pyoxigraph as ox

    quads = ox.Store()
    quads.bulk_load(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    return write_quads(quads, path)


def write_quads(store, path: Path | str) -> Path:
    """Write a pyoxigraph `Store` to `path` in the format its extension names, atomically, and so
    that the same graph gives the same bytes on every run (users diff and version these files).

    Stores hand out their quads in an order of their own that changes from run to run, and blank
    nodes get new names at each load. So the blank nodes are renamed canonically (RDFC-1.0), and
    the quads are sorted: graph by graph (the default graph first, then by name), and within a
    graph by their N-Triples text. TriG, Turtle and JSON-LD are written from that order by
    Oxigraph's streaming writers, which keep it (rdflib's take minutes on the world graph).
    """
    import pyoxigraph as ox

    path = Path(path)
    fmt = format_of(path)
    graphs = [ox.DefaultGraph()] + sorted(store.named_graphs(), key=str)
    dumps = interruptible(lambda: [store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) for graph in graphs])
    if any(b"_:" in dump for dump in dumps):  # maybe a blank node (or the text "_:" in a literal)
        quads = store.quads_for_pattern(None, None, None, None)
        if fmt in ("nt", "turtle"):  # the union is what the file holds, so the union is what gets its names
            quads = (ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        dataset = ox.Dataset(quads)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        store = ox.Store()
        store.extend(dataset)
        graphs = [ox.DefaultGraph()] + sorted(store.named_graphs(), key=str)
        dumps = interruptible(lambda: [store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) for graph in graphs])
    if fmt in ("nt", "turtle"):
        data = _lines(sorted({line for dump in dumps for line in dump.splitlines()}))
        syntax = ox.RdfFormat.N_TRIPLES
    else:
        data = b"".join(_sorted_quad_lines(graph, dump) for graph, dump in zip(graphs, dumps))
        syntax = ox.RdfFormat.N_QUADS
    del dumps
    with atomic_output(path, "wb") as stream:
        if fmt in ("nt", "nquads"):
            stream.write(data)
        else:
            writer = {"trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
            prefixes = {} if fmt == "json-ld" else {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
            interruptible(ox.serialize, ox.parse(data, format=syntax), stream, writer,
                          **({"prefixes": prefixes} if prefixes else {}))
    return path


def _sorted_quad_lines(graph, ntriples: bytes) -> bytes:
    """One graph's N-Triples lines, sorted, as N-Quads lines of that graph."""
    import pyoxigraph as ox

    data = _lines(sorted(ntriples.splitlines()))
    if isinstance(graph, ox.DefaultGraph):  # N-Quads writes its triples as they are
        return data
    # Oxigraph ends every N-Triples line with " ." and escapes line breaks inside literals, so " .\n"
    # is found at the ends of lines only: the graph's name goes before each
    return data.replace(b" .\n", b" " + str(graph).encode("utf-8") + b" .\n")


def _lines(lines: list[bytes]) -> bytes:
    return b"\n".join(lines) + b"\n" if lines else b""


@contextmanager
def atomic_output(path: Path | str, mode: str = "wb") -> Iterator:
    """A file handle whose content replaces `path` only when the block ends without an error.

    A read-only `path` is refused (PermissionError naming it), not silently replaced."""
    path = Path(path)
    if path.exists() and (not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222):
        # mode bits too: root may write anything, but a file marked read-only was marked so on purpose
        raise PermissionError(errno.EACCES, "the file is read-only; nothing was written", str(path))
    recover(path)
    _make_folder(path.parent)
    try:  # (a Ctrl-C between making the temporary and the try below would leave it behind)
        (handle, temporary), release = made_holding_interrupts(
            lambda: tempfile.mkstemp(prefix=_prefix(path), suffix=".tmp", dir=path.parent))
    except OSError as error:  # name the file the user asked for, not our temporary one
        raise type(error)(error.errno, error.strerror, str(path)) from None
    try:
        release()
        with os.fdopen(handle, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _permissions_for(path))
        os.replace(temporary, path)
    except BaseException as error:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        if isinstance(error, OSError) and error.errno is not None and error.filename in (None, temporary):
            # a full disk fails a write() that names no file: name the one the user asked for
            raise type(error)(error.errno, error.strerror, str(path)) from None
        raise


# --- whole folders ----------------------------------------------------------------------------------

_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[a-z0-9_]+\.(?P<kind>tmp|old)$")


def _prefix(path: Path) -> str:
    return f".{path.name}.{os.getpid()}."


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(path: Path | str) -> None:
    """Clear what killed runs left beside `path`: their temporary files and folders are removed, and a
    folder that was moved aside and never replaced (a kill between two renames, where folders cannot
    be swapped in one step) is put back. Leftovers of a run still alive are left alone."""
    path = Path(path)
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    leftovers = []
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if match and match["name"] == path.name and not _alive(int(match["pid"])):
            leftovers.append((match["kind"], Path(entry.path)))
    if not os.path.lexists(path):
        moved_aside = sorted((p for kind, p in leftovers if kind == "old"), key=lambda p: p.stat().st_mtime)
        if moved_aside:
            os.rename(moved_aside[-1], path)
            leftovers = [(kind, p) for kind, p in leftovers if p != moved_aside[-1]]
    for _kind, leftover in leftovers:
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


@contextmanager
def replaced_folder(path: Path | str, *, keep: Callable[[str], bool] = lambda name: False) -> Iterator[Path]:
    """A new, empty folder to fill; when the block ends without an error it replaces the folder
    `path` as a whole, in one step, and the old one is removed.

    Entries of the old folder that the block did not write and `keep` accepts (a user's own files in
    an output folder) are carried into the new one first as hard links, so no data is copied and
    none is lost. The swap is Linux's `renameat2(RENAME_EXCHANGE)`; elsewhere two renames, with
    `recover` putting the old folder back if a kill falls between them.

        with replaced_folder(Path("out")) as folder:
            write_everything_into(folder)
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()  # replace the folder the link points at; the link stays
    here = Path.cwd().resolve()
    if path.resolve() == here or path.resolve() in here.parents:
        raise GraphFileError(path, "is the current folder or holds it; it is replaced as a whole, "
                                   "so give a folder of its own")
    if path.exists() and not path.is_dir():
        raise GraphFileError(path, "exists and is not a folder")
    recover(path)
    _make_folder(path.parent)
    try:  # (a Ctrl-C between making the folder and the try below would leave it behind)
        new, release = made_holding_interrupts(
            lambda: Path(tempfile.mkdtemp(prefix=_prefix(path), suffix=".tmp", dir=path.parent)))
    except OSError as error:  # name the folder the user asked for, not our temporary one
        raise type(error)(error.errno, error.strerror, str(path)) from None
    try:
        release()
        yield new
        if path.exists():
            _carry_over(path, new, keep)
            os.chmod(new, stat.S_IMODE(path.stat().st_mode))
        else:
            os.chmod(new, 0o777 & ~_umask())
        if not path.exists():
            os.rename(new, path)
        elif _exchange(new, path):
            shutil.rmtree(new, ignore_errors=True)  # now the old folder
        else:
            aside = path.with_name(f"{_prefix(path)}{os.urandom(4).hex()}.old")
            os.rename(path, aside)
            try:
                os.rename(new, path)
            except BaseException:
                os.rename(aside, path)
                raise
            shutil.rmtree(aside, ignore_errors=True)
    except BaseException as error:
        shutil.rmtree(new, ignore_errors=True)
        if isinstance(error, OSError):
            raise _naming_target(error, new, path) from None
        raise


def _naming_target(error: OSError, new: Path, path: Path) -> OSError:
    """`error` with the temporary folder's name replaced by the target's, so a full disk or a refused
    write names `out/sister-cities.trig`, not `.out.1234.x1y2z3.tmp/sister-cities.trig`."""
    if error.errno is not None and error.filename is not None:
        return type(error)(error.errno, error.strerror, str(error.filename).replace(str(new), str(path)))
    if error.errno is None and str(new) in str(error):  # Oxigraph's IO errors say it all in their text
        text = str(error).strip()
        for code in sorted(errno.errorcode):
            if text.endswith(os.strerror(code)):  # e.g. "... While appending to file: X: No space left on device"
                return type(error)(code, os.strerror(code), str(path))
        return type(error)(text.replace(str(new), str(path)))
    return error


def _make_folder(folder: Path) -> None:
    """`folder` and its parents; a file standing where a folder must go is a one-line error naming it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocking = next((p for p in [folder, *folder.parents] if p.exists() and not p.is_dir()), folder)
        raise GraphFileError(blocking, "is a file, so no folder can be made there") from None


def temporary_beside(path: Path | str, *, folder: bool = False) -> Path:
    """An empty temporary file (or folder) beside `path`, named so that the next `recover(path)`
    clears it if this process is killed; the leftovers of killed runs are cleared first."""
    path = Path(path)
    recover(path)
    if folder:
        return Path(tempfile.mkdtemp(prefix=_prefix(path), suffix=".tmp", dir=path.parent))
    handle, name = tempfile.mkstemp(prefix=_prefix(path), suffix=".tmp", dir=path.parent)
    os.close(handle)
    return Path(name)


def _carry_over(old: Path, new: Path, keep: Callable[[str], bool]) -> None:
    """Hard-link into `new` the entries of `old` that `keep` accepts and `new` does not have."""
    for entry in os.scandir(old):
        source, target = Path(entry.path), new / entry.name
        if not keep(entry.name) or os.path.lexists(target):
            continue
        if entry.is_symlink():
            os.symlink(os.readlink(source), target)
        elif entry.is_dir():
            shutil.copytree(source, target, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(source, target)


def _link_or_copy(source, target) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        shutil.copy2(source, target)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux 3.15+); False where the system or file system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _permissions_for(path: Path) -> int:
    """The mode the file would have had without a temporary file: the old file's, else the umask's."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        return 0o666 & ~_umask()


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    with atomic_output(path, "wb") as stream:
        stream.write(data)


def write_text_atomic(path: Path | str, text: str) -> None:
    with atomic_output(path, "w") as stream:
        stream.write(text)
