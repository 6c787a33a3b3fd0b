"""SPARQL servers: query one, push a graph into one, or serve the graph ourselves on 127.0.0.1.

This module talks HTTP only to an endpoint the user names (`--endpoint URL`) and serves only on
127.0.0.1; every request to Wikidata goes through `wikidata_client.py`. It speaks the standards every
SPARQL 1.1 store implements (Oxigraph, Fuseki, GraphDB, Virtuoso):

- the SPARQL 1.1 Protocol, a query sent by POST, results as SPARQL JSON (`endpoint_select`);
- the Graph Store HTTP Protocol, one PUT of N-Triples per named graph (`push`), so that each source
  replaces its graph on the server as it does in our own store;
- both again, served from a pyoxigraph store in this process (`GraphServer`, for `serve`):
  read-only unless asked, and refusing every request a web page of another origin could send.
  Not Oxigraph's own server: it cannot refuse cross-origin requests, and a writable one on any
  loopback port can be found and emptied by a page that posts to every port.
"""
from __future__ import annotations

import errno
import http.server
import json
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass

from rdflib import URIRef

from .queries import QueryResult, Select, json_term, printable
from .web import BadURL, CutShort, DeadlineExceeded, Unreachable, check_url, fetch, remaining

USER_AGENT = "sister-cities (SPARQL 1.1 client for a user-given endpoint)"


class EndpointError(Exception):
    """An endpoint that cannot be reached or refuses a request: says which URL and why, in one line."""


class ServerError(Exception):
    """`serve` cannot listen (port taken, not a port): one line."""


# --- querying ---------------------------------------------------------------------------------------

QUERY_TIMEOUT = 120.0
"""Seconds a query sent to an endpoint may take, from connecting to the last byte (`--timeout`)."""
PUSH_TIMEOUT = 600.0
"""Seconds a whole push may take, every graph included (`--timeout`)."""


def endpoint_select(url: str, *, timeout: float = QUERY_TIMEOUT) -> Select:
    """A `Select` over a SPARQL 1.1 endpoint (its query URL, e.g. http://127.0.0.1:7878/query); each
    query must be answered in full within `timeout` seconds."""
    url = _check_url(url)

    def select(text: str) -> QueryResult:
        body = urllib.parse.urlencode({"query": text}).encode("utf-8")
        request = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json",
            "User-Agent": USER_AGENT,
        })
        payload = _send(request, timeout)
        try:
            answer = json.loads(payload)
            columns = list(answer["head"].get("vars", []))
            bindings = answer["results"]["bindings"]
            rows = [tuple(json_term(binding.get(column)) for column in columns) for binding in bindings]
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            raise EndpointError(f"{url}: the answer is not SPARQL JSON results") from error
        return QueryResult(columns=columns, rows=rows)

    return select


# --- pushing ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pushed:
    graph: str
    bytes: int


def push(store, graph_store_url: str, *, graphs: list[URIRef] | None = None, timeout: float = PUSH_TIMEOUT,
         progress: bool = False) -> list[Pushed]:
    """PUT each named graph of the store (or the given ones) to a Graph Store Protocol URL, all of
    them within `timeout` seconds.

    The URL is the server's graph store: Oxigraph `http://HOST:7878/store`, Fuseki
    `http://HOST:3030/DATASET/data`, GraphDB `http://HOST:7200/repositories/ID/rdf-graphs/service`,
    Virtuoso `http://HOST:8890/sparql-graph-crud` (its user SPARQL granted SPARQL_UPDATE).
    PUT replaces the graph on the server, so pushing again never duplicates anything.
    """
    graph_store_url = _check_url(graph_store_url)
    names = store.graph_names() if graphs is None else graphs
    if progress:
        from tqdm import tqdm

        names = tqdm(names, desc="pushing", unit=" graphs", leave=False, disable=None)
    separator = "&" if "?" in graph_store_url else "?"
    until = time.monotonic() + timeout
    done = []
    for name in names:
        body = store.graph_ntriples(name)
        target = graph_store_url + separator + urllib.parse.urlencode({"graph": str(name)})
        request = urllib.request.Request(target, data=body, method="PUT", headers={
            "Content-Type": "application/n-triples", "User-Agent": USER_AGENT})
        left = remaining(until)
        if left <= 0:
            raise EndpointError(f"{graph_store_url}: the push did not finish within {timeout:g} s "
                                f"({len(done)} of {len(store.graph_names()) if graphs is None else len(graphs)} graphs sent)")
        _send(request, left, shown=graph_store_url, limit=timeout)
        done.append(Pushed(str(name), len(body)))
    return done


def _send(request: urllib.request.Request, seconds: float, *, shown: str | None = None,
          limit: float | None = None) -> bytes:
    """The body of a 2xx answer, received in full within `seconds`; anything else is one line."""
    shown = shown or request.full_url
    try:
        response = fetch(request, deadline=seconds)
    except DeadlineExceeded:
        raise EndpointError(f"{shown}: no complete answer within {limit or seconds:g} s (see --timeout)") from None
    except Unreachable as error:
        raise EndpointError(f"{shown}: cannot reach the endpoint ({error})") from None
    except CutShort as error:
        raise EndpointError(f"{shown}: {error}") from None
    if not 200 <= response.status < 300:
        lines = response.body.decode("utf-8", "replace").strip().splitlines()
        reason = f": {printable(lines[0])[:200]}" if lines else ""
        raise EndpointError(f"{shown}: HTTP {response.status}{reason}")
    return response.body


def _check_url(url: str) -> str:
    """The URL as it will be sent (`web.check_url`); one that cannot be is an `EndpointError`."""
    try:
        return check_url(url)
    except BadURL as error:
        raise EndpointError(f"{error}; give the http(s) URL of an endpoint") from None


# --- serving ----------------------------------------------------------------------------------------

class Refused(Exception):
    """A request the server will not carry out: its HTTP status and a one-line reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


RESULT_FORMATS = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                  "text/tab-separated-values")
GRAPH_FORMATS = ("application/n-triples", "text/turtle", "application/rdf+xml", "application/ld+json")
DATASET_FORMATS = ("application/n-quads", "application/trig")
FORM = "application/x-www-form-urlencoded"


class GraphServer:
    """One pyoxigraph store served over HTTP on 127.0.0.1, in this process (no child to orphan).

    - `/query`: the SPARQL 1.1 Protocol (GET `?query=`, POST a form or `application/sparql-query`),
      the union of the named graphs as the default graph;
    - `/store`: the Graph Store Protocol, GET of a graph (`?graph=IRI`, `?default`) or of everything;
    - with `writable=True` only: `/update` and PUT/POST/DELETE on `/store`.

    Every request must come from this machine's own client, never from a web page of another
    origin: a `Host` other than 127.0.0.1/localhost at our port (DNS rebinding), an `Origin` other than
    ours, or a `Sec-Fetch-Site` other than `same-origin`/`none` is refused with 403. Command-line
    clients (curl, SPARQLWrapper, `push`) send none of these and pass; a form another site submits
    in the user's browser carries them and is refused, writes and reads alike.
    """

    def __init__(self, store, *, port: int = 7878, writable: bool = False) -> None:
        self.store = store
        self.writable = writable
        self.requested_port = port
        self._http: "_HTTPServer | None" = None
        self._thread = None

    @property
    def port(self) -> int:
        return self._http.server_address[1] if self._http is not None else self.requested_port

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

    def bind(self) -> "GraphServer":
        """Listen on 127.0.0.1 (port 0: any free one); a busy port is a one-line `ServerError`."""
        if not (0 <= self.requested_port <= 65535):
            raise ServerError(f"--port {self.requested_port} is not a TCP port (1-65535)")
        try:
            self._http = _HTTPServer(("127.0.0.1", self.requested_port), _Handler, self)
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise ServerError(f"127.0.0.1:{self.requested_port} is already in use; choose another --port") from None
            raise ServerError(f"cannot listen on 127.0.0.1:{self.requested_port}: {error.strerror or error}") from None
        return self

    def serve_forever(self) -> None:
        """Answer requests until Ctrl-C (KeyboardInterrupt) or `stop` from another thread."""
        if self._http is None:
            self.bind()
        try:
            self._http.serve_forever(poll_interval=0.2)
        finally:
            self._close()

    def start(self) -> "GraphServer":
        """Serve from a background thread (tests, and code that talks to its own server)."""
        import threading

        if self._http is None:
            self.bind()
        self._thread = threading.Thread(target=self._http.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._http.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
        self._close()

    def _close(self) -> None:
        if self._http is not None:
            self._http.server_close()
            self._http = None
        if self.writable:
            self.store.flush()

    def __enter__(self) -> "GraphServer":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    # --- what a request may do ---

    def check_origin(self, headers) -> None:
        """Refuse anything a web page of another origin (or a rebound DNS name) could have sent."""
        ours = {f"127.0.0.1:{self.port}", f"localhost:{self.port}", f"[::1]:{self.port}"}
        host = (headers.get("Host") or "").strip().lower()
        if host not in ours:
            raise Refused(403, f"Host {host or '(none)'!r} refused: this server answers only at 127.0.0.1:{self.port}")
        origin = headers.get("Origin")
        if origin is not None and origin.strip().lower() not in {"http://" + h for h in ours}:
            raise Refused(403, f"cross-origin request from {origin.strip()[:100]!r} refused")
        site = headers.get("Sec-Fetch-Site")
        if site is not None and site.strip().lower() not in ("same-origin", "none"):
            raise Refused(403, f"cross-origin request ({site.strip()[:40]}) refused")

    def check_writable(self) -> None:
        if not self.writable:
            raise Refused(403, "this server is read-only; start `sister-cities serve --writable` to accept writes")

    def query(self, text: str, accept: str) -> tuple[str, bytes]:
        import pyoxigraph as ox

        try:
            answer = self.store.query(text, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise Refused(400, f"not valid SPARQL: {_line(error)}") from None
        except (OSError, RuntimeError, ValueError) as error:
            raise Refused(500, f"the query failed: {_line(error)}") from None
        if isinstance(answer, ox.QueryTriples):
            media = _negotiate(accept, GRAPH_FORMATS)
            return media, _serialize(answer, ox.RdfFormat.from_media_type(media))
        media = _negotiate(accept, RESULT_FORMATS)
        return media, _serialize(answer, ox.QueryResultsFormat.from_media_type(media))

    def update(self, text: str) -> None:
        self.check_writable()
        try:
            self.store.update(text)
        except SyntaxError as error:
            raise Refused(400, f"not valid SPARQL Update: {_line(error)}") from None
        except (OSError, RuntimeError, ValueError) as error:
            raise Refused(500, f"the update failed: {_line(error)}") from None

    def read_graph(self, target, accept: str) -> tuple[str, bytes]:
        import pyoxigraph as ox

        if target is None:
            media = _negotiate(accept, DATASET_FORMATS)
            return media, self.store.dump(format=ox.RdfFormat.from_media_type(media))
        if isinstance(target, ox.NamedNode) and not self.store.contains_named_graph(target):
            raise Refused(404, f"no graph <{target.value}>")
        media = _negotiate(accept, GRAPH_FORMATS)
        return media, self.store.dump(format=ox.RdfFormat.from_media_type(media), from_graph=target)

    def write_graph(self, method: str, target, body: bytes, content_type: str) -> int:
        """PUT replaces the graph, POST adds to it, DELETE removes it; the HTTP status to answer."""
        import pyoxigraph as ox

        self.check_writable()
        if target is None:
            raise Refused(400, "name the graph: ?graph=IRI or ?default")
        exists = not isinstance(target, ox.NamedNode) or self.store.contains_named_graph(target)
        if method == "DELETE":
            if not exists:
                raise Refused(404, f"no graph <{target.value}>")
            self.store.remove_graph(target) if isinstance(target, ox.NamedNode) else self.store.clear_graph(target)
            return 204
        media = content_type.split(";")[0].strip().lower()
        if media not in GRAPH_FORMATS:
            raise Refused(415, f"send a graph as one of {', '.join(GRAPH_FORMATS)}, not {media or '(none)'}")
        parsed = ox.Store()  # parsed whole before the store is touched: a broken body changes nothing
        try:
            parsed.load(body, format=ox.RdfFormat.from_media_type(media), to_graph=target)
        except (SyntaxError, ValueError) as error:
            raise Refused(400, f"not valid {media}: {_line(error)}") from None
        if method == "PUT" and exists:
            self.store.remove_graph(target) if isinstance(target, ox.NamedNode) else self.store.clear_graph(target)
        self.store.extend(parsed)
        return 204 if exists else 201


def _line(error: Exception) -> str:
    return " ".join(str(error).split())[:300] or type(error).__name__


def _serialize(answer, fmt) -> bytes:
    try:
        return answer.serialize(format=fmt)
    except (OSError, RuntimeError, ValueError) as error:
        raise Refused(500, f"the query failed: {_line(error)}") from None


def _negotiate(accept: str | None, offers: tuple[str, ...]) -> str:
    """The first offer the Accept header takes, by its q-values; the first offer for none or */*."""
    if not accept:
        return offers[0]
    ranges = []
    for position, part in enumerate(accept.split(",")):
        media, *parameters = [piece.strip().lower() for piece in part.split(";")]
        quality = 1.0
        for parameter in parameters:
            key, _, value = parameter.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranges.append((-quality, position, media))
    for _quality, _position, media in sorted(ranges):
        for offer in offers:
            if media in (offer, "*/*") or (media.endswith("/*") and offer.startswith(media[:-1])):
                return offer
    raise Refused(406, f"cannot answer in {accept[:100]!r}; offered: {', '.join(offers)}")


class _HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True  # a query still running when the server stops does not hold the process

    def __init__(self, address, handler, graph_server: GraphServer) -> None:
        self.graph_server = graph_server
        super().__init__(address, handler)


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "sister-cities"
    MAX_BODY = 1 << 30

    def do_GET(self) -> None:
        self._answer("GET")

    def do_HEAD(self) -> None:
        self._answer("HEAD")

    def do_POST(self) -> None:
        self._answer("POST")

    def do_PUT(self) -> None:
        self._answer("PUT")

    def do_DELETE(self) -> None:
        self._answer("DELETE")

    def do_OPTIONS(self) -> None:
        self._answer("OPTIONS")

    def _answer(self, method: str) -> None:
        server: GraphServer = self.server.graph_server
        try:
            server.check_origin(self.headers)
            status, media, body = self._route(server, method)
        except Refused as refused:
            status, media, body = refused.status, "text/plain; charset=utf-8", (str(refused) + "\n").encode("utf-8")
        try:
            self.send_response(status)
            if body is not None:
                self.send_header("Content-Type", media)
                self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            if body is not None and method != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away; nothing to tell it

    def _route(self, server: GraphServer, method: str) -> tuple[int, str, bytes | None]:
        parts = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
        accept = self.headers.get("Accept", "")
        if parts.path == "/" and method in ("GET", "HEAD"):
            text = (f"SPARQL endpoint: {server.query_url}\nGraph store: {server.store_url}\n"
                    + (f"Updates: {server.update_url}\n" if server.writable else "Read-only.\n"))
            return 200, "text/plain; charset=utf-8", text.encode("utf-8")
        if parts.path == "/query":
            if method in ("GET", "HEAD"):
                text = _one(query, "query")
            elif method == "POST":
                text = self._body_field("query", "application/sparql-query")
            else:
                raise Refused(405, f"{method} /query: use GET or POST")
            if "default-graph-uri" in query or "named-graph-uri" in query:
                raise Refused(400, "default-graph-uri and named-graph-uri are not supported")
            media, body = server.query(text, accept)
            return 200, media, body
        if parts.path == "/update":
            if method != "POST":
                raise Refused(405, f"{method} /update: use POST")
            server.check_writable()
            server.update(self._body_field("update", "application/sparql-update"))
            return 204, "", None
        if parts.path == "/store":
            target = _graph_target(query)
            if method in ("GET", "HEAD"):
                media, body = server.read_graph(target, accept)
                return 200, media, body
            if method in ("PUT", "POST", "DELETE"):
                server.check_writable()
                body = self._body() if method != "DELETE" else b""
                return server.write_graph(method, target, body, self.headers.get("Content-Type", "")), "", None
            raise Refused(405, f"{method} /store: use GET" + (", PUT, POST or DELETE" if server.writable else ""))
        raise Refused(404, f"no such path {parts.path[:100]!r}: use /query, /store" + (" or /update" if server.writable else ""))

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None or not length.strip().isdigit():
            raise Refused(411, "a Content-Length is needed")
        if int(length) > self.MAX_BODY:
            raise Refused(413, f"the body is larger than {self.MAX_BODY:,} bytes")
        return self.rfile.read(int(length))

    def _body_field(self, name: str, direct_type: str) -> str:
        media = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        body = self._body()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(400, "the body is not UTF-8") from None
        if media == direct_type:
            return text
        if media == FORM:
            return _one(urllib.parse.parse_qs(text, keep_blank_values=True), name)
        raise Refused(415, f"send {name} as {FORM} or {direct_type}, not {media or '(none)'}")

    def log_message(self, format: str, *args) -> None:
        pass  # a local endpoint for one user: no access log on the terminal


def _one(fields: dict[str, list[str]], name: str) -> str:
    values = fields.get(name, [])
    if len(values) != 1:
        raise Refused(400, f"give exactly one {name!r} parameter")
    return values[0]


def _graph_target(query: dict[str, list[str]]):
    import pyoxigraph as ox

    if "default" in query:
        if "graph" in query:
            raise Refused(400, "give ?graph=IRI or ?default, not both")
        return ox.DefaultGraph()
    if "graph" not in query:
        return None
    try:
        return ox.NamedNode(_one(query, "graph"))
    except ValueError as error:
        raise Refused(400, f"not an IRI: {_line(error)}") from None


__all__ = ["EndpointError", "GraphServer", "Pushed", "Refused", "ServerError", "endpoint_select", "push"]
