"""A JSON-LD graph file is data: a context it names is never fetched, nor read from a local file.

The context server is real (127.0.0.1) and would hang for 30 s if asked; the tests check that it is
never asked, on either store, and that the user gets one line saying why the file is refused.
"""
from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from servers import Reply, ScriptedServer
from sister_cities.cli import cli
from sister_cities.graphstore import open_store
from sister_cities.store import GraphFileError, load_dataset

CONTEXT = {"@context": {"name": "http://schema.org/name"}}


def document(context) -> dict:
    return {"@context": context, "@id": "http://example.org/a", "name": "Bekasi"}


@pytest.fixture()
def hanging_context_server():
    with ScriptedServer([Reply(200, json.dumps(CONTEXT).encode(), {"Content-Type": "application/ld+json"},
                               delay=30)]) as server:
        yield server


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
@pytest.mark.parametrize("command", [["validate"], ["query", "sources"]])
def test_a_remote_context_is_refused_in_one_line_and_never_fetched(tmp_path, hanging_context_server, store, command):
    url = hanging_context_server.url.replace("/sparql", "/context.jsonld")
    path = tmp_path / "graph.jsonld"
    path.write_text(json.dumps(document(url)), encoding="utf-8")
    started = time.monotonic()
    result = CliRunner().invoke(cli, [*command, "--graph", str(path), "--store", store])
    assert time.monotonic() - started < 10
    expected = (f"{path}: its JSON-LD @context refers to '{url}'; a graph file is read as data, so no context is "
                "ever fetched or read from elsewhere: put the context in the file")
    assert result.exit_code == (2 if command == ["validate"] else 1)
    assert result.output.strip().splitlines() == [f"Error: {expected}"]
    assert hanging_context_server.received == []


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
@pytest.mark.parametrize("shape", ["file", "nested", "import", "list"])
def test_local_files_and_hidden_references_are_refused_too(tmp_path, store, shape):
    secret = tmp_path / "secret.jsonld"
    secret.write_text(json.dumps(CONTEXT), encoding="utf-8")
    reference = secret.as_uri()
    data = {
        "file": document(reference),
        "nested": {"@context": CONTEXT["@context"], "@graph": [{"@id": "http://example.org/b",
                                                                 "@context": reference, "name": "x"}]},
        "import": document({"@import": reference, "label": "http://www.w3.org/2000/01/rdf-schema#label"}),
        "list": document([CONTEXT["@context"], reference]),
    }[shape]
    path = tmp_path / "graph.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GraphFileError, match=f"its JSON-LD @context refers to '{reference}'"):
        open_store(path, kind=store)


def test_an_inline_context_loads(tmp_path):
    path = tmp_path / "graph.jsonld"
    path.write_text(json.dumps(document(CONTEXT["@context"])), encoding="utf-8")
    for store in ("memory", "oxigraph"):
        rows = open_store(path, kind=store).select("SELECT ?name WHERE { ?s <http://schema.org/name> ?name }").rows
        assert [str(row[0]) for row in rows] == ["Bekasi"]
    assert len(load_dataset(path)) == 1


def test_our_own_json_ld_output_reads_back(tmp_path):
    result = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["query", "sources", "--graph", str(tmp_path / "out/sister-cities.jsonld"),
                                      "--store", "memory", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)) == 3  # the article, the bundled P190 file, the gazetteer behind the links
