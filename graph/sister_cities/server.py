"""SPARQL servers: query one, push a graph into one, or serve the graph from one on 127.0.0.1.

This module talks HTTP only to an endpoint the user names (`--endpoint URL`) or to the Oxigraph
server it starts itself on 127.0.0.1; every request to Wikidata goes through `wikidata_client.py`.
It speaks the standards every SPARQL 1.1 store implements (Oxigraph, Fuseki, GraphDB, Virtuoso):

- the SPARQL 1.1 Protocol, a query sent by POST, results as SPARQL JSON (`endpoint_select`);
- the Graph Store HTTP Protocol, one PUT of N-Triples per named graph (`push`), so that each source
  replaces its graph on the server as it does in our own store;
- `oxigraph serve --location DIR --union-default-graph` for `serve`, so that queries see the union
  of the named graphs, as the named queries expect.
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .queries import QueryResult, Select

USER_AGENT = "sister-cities (SPARQL 1.1 client for a user-given endpoint)"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class EndpointError(Exception):
    """An endpoint that cannot be reached or refuses a request: says which URL and why, in one line."""


class ServerError(Exception):
    """The local Oxigraph server cannot start (command missing, port taken): one line."""


# --- querying ---------------------------------------------------------------------------------------

def endpoint_select(url: str, *, timeout: float = 120.0) -> Select:
    """A `Select` over a SPARQL 1.1 endpoint (its query URL, e.g. http://127.0.0.1:7878/query)."""
    _check_url(url)

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
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise EndpointError(f"{url}: the answer is not SPARQL JSON results") from error
        rows = [tuple(_term(binding.get(column)) for column in columns) for binding in bindings]
        return QueryResult(columns=columns, rows=rows)

    return select


def _term(value: dict | None) -> Node | None:
    """One SPARQL JSON term as an rdflib term (plain literals as rdflib writes them, without xsd:string)."""
    if value is None:
        return None
    kind, text = value.get("type"), value.get("value", "")
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if kind in ("literal", "typed-literal"):
        if value.get("xml:lang"):
            return Literal(text, lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype and datatype != XSD_STRING:
            return Literal(text, datatype=URIRef(datatype))
        return Literal(text)
    raise EndpointError(f"unknown term type {kind!r} in the results")


# --- pushing ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pushed:
    graph: str
    bytes: int


def push(store, graph_store_url: str, *, graphs: list[URIRef] | None = None, timeout: float = 600.0,
         progress: bool = False) -> list[Pushed]:
    """PUT each named graph of the store (or the given ones) to a Graph Store Protocol URL.

    The URL is the server's graph store: Oxigraph `http://HOST:7878/store`, Fuseki
    `http://HOST:3030/DATASET/data`, GraphDB `http://HOST:7200/repositories/ID/rdf-graphs/service`.
    PUT replaces the graph on the server, so pushing again never duplicates anything.
    """
    _check_url(graph_store_url)
    names = store.graph_names() if graphs is None else graphs
    if progress:
        from tqdm import tqdm

        names = tqdm(names, desc="pushing", unit=" graphs", leave=False, disable=None)
    separator = "&" if "?" in graph_store_url else "?"
    done = []
    for name in names:
        body = store.graph_ntriples(name)
        target = graph_store_url + separator + urllib.parse.urlencode({"graph": str(name)})
        request = urllib.request.Request(target, data=body, method="PUT", headers={
            "Content-Type": "application/n-triples", "User-Agent": USER_AGENT})
        _send(request, timeout, shown=graph_store_url)
        done.append(Pushed(str(name), len(body)))
    return done


def _send(request: urllib.request.Request, timeout: float, *, shown: str | None = None) -> bytes:
    shown = shown or request.full_url
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip().splitlines()
        reason = f": {detail[0][:200]}" if detail else ""
        raise EndpointError(f"{shown}: HTTP {error.code}{reason}") from None
    except urllib.error.URLError as error:
        raise EndpointError(f"{shown}: cannot reach the endpoint ({error.reason})") from None
    except (TimeoutError, socket.timeout):
        raise EndpointError(f"{shown}: no answer within {timeout:g} s") from None


def _check_url(url: str) -> None:
    parts = urllib.parse.urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"{url!r} is not an http(s) URL of an endpoint")


# --- serving ----------------------------------------------------------------------------------------

def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


class LocalServer:
    """`oxigraph serve` over an on-disk store folder, on 127.0.0.1 only, union default graph on."""

    def __init__(self, location: Path, *, port: int = 7878, startup_timeout: float = 30.0) -> None:
        self.location = Path(location)
        self.port = port
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def store_url(self) -> str:
        return self.url + "/store"

    def command(self) -> list[str]:
        executable = shutil.which("oxigraph")
        if executable is None:
            raise ServerError("the `oxigraph` command is missing: pip install oxigraph")
        return [executable, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}",
                "--union-default-graph"]

    def start(self) -> "LocalServer":
        command = self.command()
        if not (1 <= self.port <= 65535):
            raise ServerError(f"--port {self.port} is not a TCP port (1-65535)")
        if not port_is_free(self.port):
            raise ServerError(f"127.0.0.1:{self.port} is already in use; choose another --port")
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                message = self.process.stderr.read().decode("utf-8", "replace").strip() if self.process.stderr else ""
                self.process = None
                raise ServerError(f"oxigraph serve stopped at once: {message.splitlines()[-1] if message else 'no message'}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise ServerError(f"oxigraph serve did not listen on 127.0.0.1:{self.port} within {self.startup_timeout:g} s")

    def wait(self) -> int:
        assert self.process is not None
        return self.process.wait()

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self.process.stderr is not None:
            self.process.stderr.close()
        self.process = None

    def __enter__(self) -> "LocalServer":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


__all__ = ["EndpointError", "LocalServer", "Pushed", "ServerError", "endpoint_select", "port_is_free", "push"]
