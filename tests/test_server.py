"""Serving, pushing and querying a real Oxigraph server on 127.0.0.1."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from servers import OxigraphServer, Reply, ScriptedServer, free_port
from sister_cities.build import default_store
from sister_cities.cli import cli
from sister_cities.queries import available_queries, find_query, run
from sister_cities.graphstore import OxigraphStore
from sister_cities.server import EndpointError, GraphServer, ServerError, endpoint_select, push

pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None, reason="the oxigraph server is not installed")

PARAMS = {"partners": {"locality": "Jakarta"}, "legal-basis": {"locality": "Bekasi Regency"},
          "resting-on": {"instrument": "193/1652/PUOD"}}


@pytest.fixture(scope="module")
def local():
    return default_store("oxigraph")


@pytest.fixture(scope="module")
def pushed(local):
    with OxigraphServer(union_default_graph=True) as server:
        result = push(local, server.store_url)
        yield server, result


def runnable():
    return [name for name, q in available_queries().items()
            if all(not p.required or (name in PARAMS and p.name in PARAMS[name]) for p in q.parameters)]


def count_quads(url: str) -> int:
    select = endpoint_select(url)
    return int(select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0])


def test_push_puts_one_named_graph_per_source(local, pushed):
    server, result = pushed
    assert [p.graph for p in result] == [str(g) for g in local.graph_names()]
    assert all(p.bytes > 0 for p in result)
    assert count_quads(server.query_url) == len(local)
    on_server = endpoint_select(server.query_url)("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [row[0] for row in on_server.rows] == local.graph_names()


def test_pushing_again_replaces_and_duplicates_nothing(local, pushed):
    server, _result = pushed
    push(local, server.store_url)
    assert count_quads(server.query_url) == len(local)


@pytest.mark.parametrize("name", runnable())
def test_named_queries_give_the_same_rows_on_the_server(local, pushed, name):
    server, _result = pushed
    query = find_query(name)
    params = PARAMS.get(name, {})
    assert run(query, params, endpoint_select(server.query_url)).rows == run(query, params, local.select).rows


def test_query_and_push_commands_against_the_server(pushed, tmp_path):
    server, _result = pushed
    runner = CliRunner()
    remote = runner.invoke(cli, ["query", "partners", "--param", "locality=Q10393", "--endpoint", server.query_url,
                                 "--format", "json"])
    local = runner.invoke(cli, ["query", "partners", "--param", "locality=Q10393", "--format", "json"])
    assert remote.exit_code == 0 and remote.output == local.output
    assert [r["partnerLabel"] for r in json.loads(remote.output)] == ["Gödöllő", "Shenzhen", "St. Louis", "Taiwan"]
    result = runner.invoke(cli, ["push", "--endpoint", server.store_url])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"pushed 4 named graphs to {server.store_url}"


def test_endpoint_mistakes_are_one_line_errors(tmp_path):
    closed = f"http://127.0.0.1:{free_port()}/query"
    runner = CliRunner()
    result = runner.invoke(cli, ["query", "twinnings", "--endpoint", closed])
    assert result.exit_code == 1
    assert result.output == f"Error: {closed}: cannot reach the endpoint (Connection refused)\n"
    result = runner.invoke(cli, ["push", "--endpoint", "ftp://example.org/store"])
    assert (result.exit_code, result.output) == (1, "Error: 'ftp://example.org/store' is not an http(s) URL with a host; "
                                                      "give the http(s) URL of an endpoint\n")
    graph = tmp_path / "triples.nt"
    graph.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", encoding="utf-8")
    result = runner.invoke(cli, ["push", "--endpoint", closed, "--graph", str(graph)])
    assert result.exit_code == 1 and result.output.startswith("Error: nothing to push: the graph has no named graphs")
    result = runner.invoke(cli, ["query", "twinnings", "--endpoint", closed, "--graph", str(graph)])
    assert (result.exit_code, result.output) == (1, "Error: give --endpoint or --graph, not both\n")


def test_an_endpoint_that_fails_or_answers_nonsense():
    with ScriptedServer([Reply(500, b"Internal error: out of memory\nmore")]) as failing:
        with pytest.raises(EndpointError, match=r"^http://127\.0\.0\.1:\d+/sparql: HTTP 500: Internal error: out of memory$"):
            endpoint_select(failing.url)("SELECT * WHERE { ?s ?p ?o }")
    with ScriptedServer([Reply(200, b"<html>hello</html>", {"Content-Type": "text/html"})]) as nonsense:
        with pytest.raises(EndpointError, match="the answer is not SPARQL JSON results"):
            endpoint_select(nonsense.url)("SELECT * WHERE { ?s ?p ?o }")
        assert nonsense.received[0].method == "POST"
        assert nonsense.received[0].headers["Accept"] == "application/sparql-results+json"


def test_serve_answers_queries_and_stops_cleanly_on_ctrl_c(tmp_path, local):
    graph = local.save(tmp_path / "graph.nq")
    port = free_port()
    environment = dict(os.environ, TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    process = subprocess.Popen([sys.executable, "-c", "from sister_cities.cli import main; main()", "serve",
                                "--graph", str(graph), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    try:
        first = process.stdout.readline()
        assert first == f"SPARQL endpoint: http://127.0.0.1:{port}/query\n", process.stderr.read()
        rows = run(find_query("partners"), {"locality": "Jakarta"}, endpoint_select(f"http://127.0.0.1:{port}/query"))
        assert rows.rows == run(find_query("partners"), {"locality": "Jakarta"}, local.select).rows
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert out.splitlines()[-1] == "stopped"
    assert list((tmp_path / "tmp").iterdir()) == []  # served from memory: nothing on disk
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query", timeout=2)


def test_serve_an_oxigraph_folder_in_place_and_refuse_a_busy_port(tmp_path, local):
    folder = local.save(tmp_path / "world.oxigraph")
    with GraphServer(OxigraphStore.open(folder, read_only=True).raw, port=0) as server:
        assert count_quads(server.query_url) == len(local)
        with pytest.raises(ServerError, match=rf"^127\.0\.0\.1:{server.port} is already in use; choose another --port$"):
            GraphServer(None, port=server.port).bind()
        result = CliRunner().invoke(cli, ["serve", "--graph", str(folder), "--port", str(server.port)])
        assert (result.exit_code, result.output) == (
            1, f"Error: 127.0.0.1:{server.port} is already in use; choose another --port\n")
    result = CliRunner().invoke(cli, ["serve", "--graph", str(tmp_path), "--port", str(free_port())])
    assert (result.exit_code, result.output) == (
        1, f"Error: {tmp_path}: no such Oxigraph store (a folder written by `build --out DIR.oxigraph`)\n")
