"""Real servers on 127.0.0.1 for tests: Oxigraph and Virtuoso SPARQL servers, and a scripted HTTP server for faults.

    with OxigraphServer(data_path=Path("graph.nq")) as server:
        SPARQLWrapper(server.query_url) ...

`OxigraphServer` runs the `oxigraph` command (the `oxigraph` package from the test extras) in memory on
a free port, loads data through the Graph Store Protocol and kills the process on exit.
`VirtuosoServer` runs Debian's Virtuoso 7 on a new database in a temporary folder, its Graph Store
endpoint writable, and removes it all on exit.
`ScriptedServer` answers each request with the next of a list of canned responses, to play the
failures (429, 500, slow, non-JSON) a real endpoint shows only now and then.
"""
from __future__ import annotations

import http.client
import http.server
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

CONTENT_TYPES = {
    ".nt": "application/n-triples",
    ".nq": "application/n-quads",
    ".ttl": "text/turtle",
    ".trig": "application/trig",
    ".rdf": "application/rdf+xml",
    ".owl": "application/rdf+xml",
}
QUAD_TYPES = {"application/n-quads", "application/trig"}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listened on a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OxigraphServer:
    """An in-memory `oxigraph serve` on 127.0.0.1, optionally preloaded, stopped on exit.

    Triples (.nt, .ttl, .rdf) go into the default graph; quads (.nq, .trig) keep their graph names.
    Queries see only the default graph unless `union_default_graph=True`.
    """

    def __init__(
        self,
        data_path: Path | str | None = None,
        *,
        union_default_graph: bool = False,
        startup_timeout: float = 20.0,
    ) -> None:
        self.data_path = Path(data_path) if data_path is not None else None
        self.union_default_graph = union_default_graph
        self.startup_timeout = startup_timeout
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        return self.url + "/update"

    @property
    def store_url(self) -> str:
        return self.url + "/store"

    def __enter__(self) -> "OxigraphServer":
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        """Start on a free port; a port taken between choosing and binding it is retried elsewhere."""
        executable = shutil.which("oxigraph")
        if executable is None:
            raise RuntimeError("the `oxigraph` command is missing: pip install oxigraph (test extras)")
        for attempt in range(3):
            self.port = free_port()
            command = [executable, "serve", "--bind", f"127.0.0.1:{self.port}"]
            if self.union_default_graph:
                command.append("--union-default-graph")
            # stderr to a file, not a pipe: a pipe nobody reads would stall a chatty server
            self._log = tempfile.TemporaryFile()
            self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=self._log)
            try:
                self._wait_until_ready()
                break
            except _PortTaken:
                self.stop()
                if attempt == 2:
                    raise RuntimeError("oxigraph serve found no free port in 3 attempts") from None
        if self.data_path is not None:
            self.load(path=self.data_path)

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=10)
            self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def load(
        self,
        *,
        path: Path | str | None = None,
        data: str | bytes | None = None,
        content_type: str | None = None,
        graph: str | None = None,
    ) -> None:
        """Add a file (`path=`) or content (`data=`, with `content_type=`) to the store.

        Triples go to `graph` if given, else to the default graph; quads keep their own graph names.
        """
        if (path is None) == (data is None):
            raise ValueError("give exactly one of path= and data=")
        if path is not None:
            path = Path(path)
            content_type = content_type or CONTENT_TYPES.get(path.suffix)
            if content_type is None:
                raise ValueError(f"unknown RDF format for {path.name}; pass content_type=")
            body = path.read_bytes()
        else:
            if content_type is None:
                raise ValueError("data= needs content_type=")
            body = data.encode("utf-8") if isinstance(data, str) else data
        if graph is not None:
            target = self.store_url + "?" + urllib.parse.urlencode({"graph": graph})
        elif content_type in QUAD_TYPES:
            target = self.store_url
        else:
            target = self.store_url + "?default"
        request = urllib.request.Request(
            target, data=body, method="POST", headers={"Content-Type": content_type}
        )
        try:
            with urllib.request.urlopen(request, timeout=60):
                pass
        except urllib.error.HTTPError as error:
            message = error.read().decode("utf-8", "replace").strip()
            raise RuntimeError(f"oxigraph refused the data (HTTP {error.code}): {message}") from None

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        assert self._process is not None and self._log is not None
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                self._log.seek(0)
                error = self._log.read().decode("utf-8", "replace").strip()
                if "in use" in error:
                    raise _PortTaken()
                raise RuntimeError(f"oxigraph serve exited with {self._process.returncode}: {error}")
            try:  # an HTTP answer, not just a connection: a stranger on the port accepts those too
                with urllib.request.urlopen(self.url + "/", timeout=0.5):
                    return
            except urllib.error.HTTPError:
                return
            except (OSError, http.client.HTTPException):
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"oxigraph serve did not listen on port {self.port} within {self.startup_timeout} s")


class _PortTaken(Exception):
    """Another process bound the chosen port first."""


VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {folder}/virtuoso.db
ErrorLogFile       = {folder}/virtuoso.log
LockFile           = {folder}/virtuoso.lck
TransactionFile    = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile    = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
Striping        = 0

[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DisableUnixSocket  = 1
CheckpointInterval = 0
DirsAllowed        = .
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
CaseMode           = 2

[HTTPServer]
ServerPort    = 127.0.0.1:{http_port}
ServerRoot    = {folder}
ServerThreads = 4
Charset       = UTF-8

[SPARQL]
ResultSetMaxRows      = 1000000
MaxQueryExecutionTime = 300
"""
"""A throwaway database in one folder, both ports on 127.0.0.1 only. `ResultSetMaxRows` is raised
from Debian's 10,000, beyond which Virtuoso cuts a result short without a word."""


class VirtuosoServer:
    """Debian's Virtuoso 7 (`virtuoso-t`, package virtuoso-opensource) on 127.0.0.1, a new database in
    a temporary folder, stopped and removed on exit.

    `query_url` is its SPARQL endpoint (`/sparql`, whose default graph is the union of all graphs);
    `store_url` its Graph Store Protocol endpoint (`/sparql-graph-crud`), which the anonymous user
    SPARQL may write once granted SPARQL_UPDATE (done at start, through `isql-vt`).
    """

    EXECUTABLE = "virtuoso-t"
    ISQL = "isql-vt"

    def __init__(self, *, startup_timeout: float = 120.0) -> None:
        self.startup_timeout = startup_timeout
        self.http_port = self.sql_port = 0
        self.folder: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    @classmethod
    def missing(cls) -> str | None:
        """Why no Virtuoso can run here, or None."""
        for program in (cls.EXECUTABLE, cls.ISQL):
            if shutil.which(program) is None:
                return f"Virtuoso is not installed (no `{program}`; Debian: apt install virtuoso-opensource)"
        return None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        return self.url + "/sparql"

    @property
    def store_url(self) -> str:
        return self.url + "/sparql-graph-crud"

    def __enter__(self) -> "VirtuosoServer":
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        reason = self.missing()
        if reason:
            raise RuntimeError(reason)
        for attempt in range(3):
            self.folder = Path(tempfile.mkdtemp(prefix="virtuoso-"))
            self.sql_port, self.http_port = free_port(), free_port()
            ini = self.folder / "virtuoso.ini"
            ini.write_text(VIRTUOSO_INI.format(folder=self.folder, sql_port=self.sql_port, http_port=self.http_port),
                           encoding="utf-8")
            self._process = subprocess.Popen([shutil.which(self.EXECUTABLE), "-f", "-c", str(ini)], cwd=self.folder,
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                self._wait_until_ready()
                break
            except _PortTaken:
                self.stop()
                if attempt == 2:
                    raise RuntimeError("virtuoso-t found no free ports in 3 attempts") from None
        self.sql("grant SPARQL_UPDATE to \"SPARQL\";")

    def sql(self, statement: str) -> str:
        """Run one SQL statement as dba through `isql-vt`; its output."""
        done = subprocess.run([shutil.which(self.ISQL), f"127.0.0.1:{self.sql_port}", "dba", "dba",
                               f"exec={statement}"], capture_output=True, text=True, timeout=60)
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql-vt {statement!r} failed: {(done.stdout + done.stderr).strip()[-500:]}")
        return done.stdout

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()  # a quick shutdown, logged as such
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=10)
            self._process = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def _log(self) -> str:
        log = self.folder / "virtuoso.log" if self.folder else None
        return log.read_text(encoding="utf-8", errors="replace") if log and log.is_file() else ""

    def _wait_until_ready(self) -> None:
        assert self._process is not None
        deadline = time.monotonic() + self.startup_timeout
        probe = self.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                log = self._log()
                if "in use" in log or "Address already" in log:
                    raise _PortTaken()
                raise RuntimeError(f"virtuoso-t exited with {self._process.returncode}: {log.strip()[-500:]}")
            try:
                with urllib.request.urlopen(probe, timeout=2):
                    return
            except (OSError, http.client.HTTPException):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"virtuoso-t did not answer on port {self.http_port} within {self.startup_timeout} s")


@dataclass
class Reply:
    """One canned HTTP answer: status, headers, body, and how long to wait before sending it."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Received:
    """What the scripted server saw of one request."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    """An HTTP server on 127.0.0.1 that answers request n with `replies[n]` (the last one repeats).

    `received` records each request (method, path, headers, body) for assertions.
    """

    def __init__(self, replies: list[Reply]) -> None:
        if not replies:
            raise ValueError("a scripted server needs at least one reply")
        self.replies = replies
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._server: http.server.ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/sparql"

    def __enter__(self) -> "ScriptedServer":
        script = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self._answer()

            def do_POST(self) -> None:
                self._answer()

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with script._lock:
                    index = len(script.received)
                    script.received.append(Received(self.command, self.path, dict(self.headers), body))
                    reply = script.replies[min(index, len(script.replies) - 1)]
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test); nothing left to tell it

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)
