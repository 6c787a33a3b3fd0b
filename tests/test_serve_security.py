"""`serve` on 127.0.0.1: read-only unless asked, and never writable from a web page of another origin.

The attacks are real: the `sister-cities serve` command runs as a subprocess over an on-disk store,
requests carry the headers a browser would send (`Origin`, `Sec-Fetch-Site`, a rebound `Host`), and
a page of another origin auto-submits a `DROP ALL` form in a real headless Chromium.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from browser_pages import CHROMIUM, CHROMIUM_ARGS
from servers import Reply, ScriptedServer, free_port
from sister_cities.build import default_store
from sister_cities.cli import cli
from sister_cities.graphstore import OxigraphStore
from sister_cities.server import GraphServer, endpoint_select

EVIL = "https://evil.example"
DROP_ALL = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def local():
    return default_store("oxigraph")


@pytest.fixture()
def folder(tmp_path, local):
    return local.save(tmp_path / "st.oxigraph")


@contextmanager
def serving(folder: Path, *options: str):
    """`sister-cities serve --graph FOLDER` in a subprocess; its base URL; SIGINT (then kill) on exit."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", "from sister_cities.cli import main; main()", "serve",
                                "--graph", str(folder), "--port", str(port), *options],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()
        assert first == f"SPARQL endpoint: http://127.0.0.1:{port}/query\n", process.stderr.read()
        yield f"http://127.0.0.1:{port}"
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)
        assert process.returncode == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def send(url: str, *, method: str = "POST", body: bytes | None = None, headers: dict | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def quads(base: str) -> int:
    return int(endpoint_select(base + "/query")("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0])


def quads_on_disk(folder: Path) -> int:
    return len(OxigraphStore.open(folder, read_only=True))


def test_serve_is_read_only_by_default(folder, local):
    with serving(folder) as base:
        assert quads(base) == len(local)
        assert send(base + "/update", body=DROP_ALL, headers=FORM) == (
            403, "this server is read-only; start `sister-cities serve --writable` to accept writes\n")
        graph = urllib.parse.quote(str(local.graph_names()[0]), safe="")
        for method, body in (("PUT", b""), ("POST", b"<http://e/a> <http://e/b> <http://e/c> ."), ("DELETE", None)):
            status, text = send(f"{base}/store?graph={graph}", method=method, body=body,
                                headers={"Content-Type": "application/n-triples"})
            assert (status, text) == (403, "this server is read-only; start `sister-cities serve --writable` "
                                           "to accept writes\n"), method
        assert quads(base) == len(local)
    assert quads_on_disk(folder) == len(local)


@pytest.mark.parametrize("headers, refusal", [
    ({"Origin": EVIL}, "cross-origin request from 'https://evil.example' refused"),
    ({"Origin": "null"}, "cross-origin request from 'null' refused"),
    ({"Sec-Fetch-Site": "cross-site"}, "cross-origin request (cross-site) refused"),
    ({"Sec-Fetch-Site": "same-site"}, "cross-origin request (same-site) refused"),
    ({"Host": "evil.example:80"}, "Host 'evil.example:80' refused: this server answers only at 127.0.0.1:{port}"),
])
def test_writable_serve_refuses_what_a_web_page_could_send(folder, local, headers, refusal):
    with serving(folder, "--writable") as base:
        port = base.rsplit(":", 1)[1]
        assert send(base + "/update", body=DROP_ALL, headers={**FORM, **headers}) == (403, refusal.format(port=port) + "\n")
        graph = urllib.parse.quote(str(local.graph_names()[0]), safe="")
        assert send(f"{base}/store?graph={graph}", method="DELETE", headers=headers)[0] == 403
        assert send(f"{base}/store?graph={graph}", method="PUT", body=b"",
                    headers={"Content-Type": "application/n-triples", **headers})[0] == 403
        # reads too: a page of another origin learns nothing and makes the server fetch nothing
        assert send(base + "/query?query=ASK%7B%7D", method="GET", headers=headers)[0] == 403
        assert quads(base) == len(local)
    assert quads_on_disk(folder) == len(local)


def test_writable_serve_takes_writes_from_programs_on_this_machine(folder, local, tmp_path):
    with serving(folder, "--writable") as base:
        same_origin = {**FORM, "Origin": base, "Sec-Fetch-Site": "same-origin"}
        insert = urllib.parse.urlencode({"update": "INSERT DATA { GRAPH <http://example.org/g> { "
                                                   "<http://example.org/a> <http://example.org/b> 'c' } }"}).encode()
        assert send(base + "/update", body=insert, headers=same_origin) == (204, "")
        assert quads(base) == len(local) + 1
        result = CliRunner().invoke(cli, ["push", "--endpoint", base + "/store"])
        assert result.exit_code == 0, result.output
        assert quads(base) == len(local) + 1  # PUT replaced each graph: nothing doubled
        assert send(base + "/store?graph=http%3A%2F%2Fexample.org%2Fg", method="DELETE") == (204, "")
        assert send(base + "/store?graph=http%3A%2F%2Fexample.org%2Fg", method="DELETE")[0] == 404
        assert send(base + "/store?graph=http%3A%2F%2Fexample.org%2Fh", method="PUT", body=b"<broken",
                    headers={"Content-Type": "application/n-triples"})[0] == 400
        assert quads(base) == len(local)
        assert send(base + "/update", body=DROP_ALL, headers=FORM) == (204, "")
        assert quads(base) == 0
    assert quads_on_disk(folder) == 0  # what a local program wrote is kept in the folder


def test_the_endpoint_answers_what_a_client_asks_for(local):
    with GraphServer(local.raw, port=0) as server:
        query = urllib.parse.urlencode({"query": "SELECT ?s WHERE { ?s a <https://w3id.org/sister-cities/ontology#SourceGraph> } ORDER BY ?s"})
        status, text = send(f"{server.query_url}?{query}", method="GET", headers={"Accept": "text/csv"})
        assert status == 200 and text.splitlines() == ["s"] + [str(g) for g in local.graph_names() if "graph/vocabulary" not in str(g)]
        assert send(server.query_url, body=b"SELEC nothing", headers={"Content-Type": "application/sparql-query"})[0] == 400
        assert send(f"{server.query_url}?{query}", method="GET", headers={"Accept": "image/png"})[0] == 406
        assert send(server.url + "/elsewhere", method="GET")[0] == 404
        assert send(server.query_url, method="PUT", body=b"")[0] == 405
        status, text = send(server.store_url + "?graph=http%3A%2F%2Fexample.org%2Fnone", method="GET")
        assert (status, text) == (404, "no graph <http://example.org/none>\n")
        status, text = send(f"{server.store_url}?graph={urllib.parse.quote(str(local.graph_names()[0]), safe='')}",
                            method="GET", headers={"Accept": "text/turtle"})
        assert status == 200 and "@prefix" not in text and text.strip()


# --- a real browser --------------------------------------------------------------------------------

ATTACK = """<!doctype html><html><body>
<form method="POST" action="{target}/update"><input name="update" value="DROP ALL"></form>
<script>
fetch("{target}/update", {{method: "POST", mode: "no-cors", body: new URLSearchParams({{update: "DROP ALL"}})}})
  .finally(() => fetch("{target}/store?default", {{method: "DELETE", mode: "no-cors"}}))
  .finally(() => document.forms[0].submit());
</script></body></html>"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        missing = pytest.fail if os.environ.get("CI") else pytest.skip
        missing("needs the Debian chromium package at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.mark.browser
@pytest.mark.parametrize("options", [(), ("--writable",)], ids=["read-only", "writable"])
def test_a_cross_origin_form_in_chromium_cannot_empty_the_store(browser, folder, local, options):
    with serving(folder, *options) as base:
        page_html = ATTACK.format(target=base).encode()
        with ScriptedServer([Reply(200, page_html, {"Content-Type": "text/html; charset=utf-8"})]) as attacker:
            page = browser.new_page()
            try:
                page.goto(attacker.url.replace("/sparql", "/prize"))
                page.wait_for_url(base + "/update", timeout=15_000)
                answer = page.inner_text("body")
            finally:
                page.close()
        attacker_origin = attacker.url.rsplit("/", 1)[0]
        # the form arrived, and was refused for its origin (before any read-only check)
        assert answer.strip() == f"cross-origin request from '{attacker_origin}' refused"
        assert quads(base) == len(local)
    assert quads_on_disk(folder) == len(local)
