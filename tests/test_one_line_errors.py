"""Inputs that used to end in a traceback, and outcomes that were unclear: each is now one line on
stderr and a non-zero exit (or, where the input is fine, a clear success), and nothing is written."""
from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from servers import Reply, ScriptedServer
from sister_cities.articles import ArticleError, read_jsonl
from sister_cities.cli import cli
from sister_cities.network import AmbiguousLocality

COMMAND = [sys.executable, "-c", "from sister_cities.cli import main; main()"]
NO_COORDINATES = ["--columns", "lat1=,lon1=,lat2=,lon2="]
JSON_HEADERS = {"Content-Type": "application/sparql-results+json"}


def invoke(args: list[str], **options) -> tuple[int, str]:
    result = CliRunner(**options).invoke(cli, args)
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def run_process(args: list[str], cwd: Path, **options) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, *args], cwd=cwd, capture_output=True, text=True, timeout=300, **options)


# --- tables -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, message", [
    ('Bogor,Indonesia,"' + "x" * 140_000 + '",Japan\n', "line 2: not valid CSV (field larger than field limit (131072))"),
    ('Bogor,Indonesia,"Kisarazu,Japan\n', "line 2: not valid CSV (unexpected end of data)"),
])
def test_broken_csv_is_one_line(tmp_path, body, message):
    table = tmp_path / "pairs.csv"
    table.write_text("city1,country1,city2,country2\n" + body, encoding="utf-8")
    code, output = invoke(["build", "--pairs", str(table), *NO_COORDINATES, "--out", str(tmp_path / "out")])
    assert (code, output) == (1, f"Error: {table}: {message}\n")
    assert not (tmp_path / "out").exists()


def test_a_table_whose_rows_are_all_skipped_is_an_error_not_an_empty_source(tmp_path):
    table = tmp_path / "pairs.csv"
    table.write_text("city1,country1,city2,country2\nBogor,Atlantis,Kisarazu,Japan\nBogor,Indonesia,,Japan\n",
                     encoding="utf-8")
    code, output = invoke(["build", "--pairs", str(table), *NO_COORDINATES, "--out", str(tmp_path / "out")])
    assert code == 1
    assert output.splitlines()[-1] == (f"Error: {table}: none of its 2 rows gave a twinning (see skipped above); "
                                       "nothing was written")
    assert not (tmp_path / "out").exists()


# --- curated records and articles ----------------------------------------------------------------------

@pytest.mark.parametrize("data, message", [
    ([1, 2], "a record is a JSON object, not a list"),
    ("text", "a record is a JSON object, not a string"),
    ({"id": "x", "relations": 5}, "relations: a list is expected, not a number"),
    ({"id": "x", "relations": ["x"]}, "relations[1]: an object is expected, not a string"),
    ({"id": "x", "source": "ANTARA"}, "source: an object is expected, not a string"),
    ({"id": "x", "legal_instruments": [3]}, "legal_instruments[1]: an object is expected, not a number"),
    ({"id": "x", "relations": [{"a": {}, "b": {}, "signatories": 7}]},
     "relations[1].signatories: a list is expected, not a number"),
])
def test_a_curated_file_of_the_wrong_shape_is_one_line(tmp_path, data, message):
    path = tmp_path / "record.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, output = invoke(["build", "--curated", str(path), "--out", str(tmp_path / "out")])
    assert (code, output) == (1, f"Error: {path}: {message}\n")


def test_articles_of_an_unknown_type_are_one_line(tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00\x01binary")
    code, output = invoke(["build", "--articles", str(path), "--out", str(tmp_path / "out")])
    assert (code, output) == (1, f"Error: {path}: unknown file type .bin: expected .txt, .html, .jsonl or a folder\n")


def test_an_unreadable_jsonl_file_is_one_error_line_for_extract(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_bytes(bytes(range(256)) * 20)
    code, output = invoke(["extract", "--jsonl", str(path)])
    assert (code, output) == (1, f"Error: {path}: binary data, not text\n")


def test_the_size_limit_is_per_article_not_per_file(tmp_path):
    path = tmp_path / "many.jsonl"
    text = "Pemerintah Kota Bogor menandatangani nota kesepahaman sister city dengan Kota Kisarazu. " * 24
    with path.open("w", encoding="utf-8") as out:
        for n in range(2_860):
            out.write(json.dumps({"id": f"a{n}", "text": text}) + "\n")
        out.write(json.dumps({"id": "huge", "text": "x" * 5_000_001}) + "\n")
        out.write('{"id": "broken", "text": "bad \\ud800 text"}\n')
    assert path.stat().st_size > 6_000_000
    items = list(read_jsonl(path))
    assert sum(1 for item in items if not isinstance(item, ArticleError)) == 2_860
    assert [str(item) for item in items if isinstance(item, ArticleError)] == [
        f"{path}:2861: text too large for an article (5,000,001 characters; the limit is 5,000,000)",
        f"{path}:2862: not valid Unicode text (a lone surrogate escape such as \\ud800)",
    ]


# --- the disk --------------------------------------------------------------------------------------------

def test_an_output_under_a_file_is_one_line(tmp_path):
    (tmp_path / "afile").write_text("x")
    code, output = invoke(["viz", "-o", str(tmp_path / "afile" / "sub" / "page.html")])
    assert (code, output) == (1, f"Error: {tmp_path / 'afile'}: is a file, so no folder can be made there\n")
    code, output = invoke(["demo", "--out", str(tmp_path / "afile" / "sub")])
    assert (code, output) == (1, f"Error: {tmp_path / 'afile'}: is a file, so no folder can be made there\n")


def test_a_write_the_system_refuses_midway_is_one_line_and_leaves_nothing(tmp_path):
    def small_files() -> None:  # a file may not grow past 20 kB: the write fails halfway, as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    done = run_process(["viz", "--store", "memory", "-o", "page.html"], tmp_path, preexec_fn=small_files)
    assert (done.returncode, done.stderr) == (1, "Error: page.html: File too large\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.fixture()
def full_disk(tmp_path):
    """A 32 kB tmpfs (needs root and mount); skipped where it cannot be made."""
    mount = shutil.which("mount")
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or mount is None or subprocess.run(
            [mount, "-t", "tmpfs", "-o", "size=32k", "tmpfs", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("a real full disk needs root and `mount -t tmpfs`")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_full_disk_is_one_line_and_leaves_the_previous_file(full_disk):
    page = full_disk / "page.html"
    page.write_text("the previous page")
    done = run_process(["viz", "-o", str(page)], full_disk.parent)
    assert (done.returncode, done.stderr) == (1, f"Error: {page}: No space left on device\n")
    assert page.read_text() == "the previous page"
    assert sorted(p.name for p in full_disk.iterdir()) == ["page.html"]


@pytest.mark.parametrize("name", ["out", "st.oxigraph"])
def test_a_full_disk_names_the_output_folder_not_a_temporary_one(full_disk, name):
    done = run_process(["build", "--out", str(full_disk / name)], full_disk.parent)
    assert done.returncode == 1
    last = done.stderr.splitlines()[-1]
    assert last.startswith(f"Error: {full_disk / name}") and "No space left on device" in last, last
    assert ".tmp" not in last
    assert sorted(p.name for p in full_disk.iterdir()) == []


def test_a_read_only_graph_is_not_replaced_by_link(tmp_path):
    graph = tmp_path / "g.trig"
    assert invoke(["build", "--out", str(tmp_path / "out")])[0] == 0
    shutil.copy(tmp_path / "out" / "sister-cities.trig", graph)
    graph.chmod(0o444)
    before = graph.read_bytes()
    code, output = invoke(["link", "--graph", str(graph)])
    assert code == 1
    assert output.splitlines()[-1] == f"Error: {graph}: the file is read-only; nothing was written"
    assert graph.read_bytes() == before


# --- servers -------------------------------------------------------------------------------------------------

def test_wikidata_answers_without_the_expected_columns_are_one_line(tmp_path):
    graph = tmp_path / "out" / "sister-cities.trig"
    assert invoke(["build", "--out", str(tmp_path / "out")])[0] == 0
    lacking = json.dumps({"head": {"vars": ["item"]}, "results": {"bindings": [
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1"}}]}}).encode()
    with ScriptedServer([Reply(200, lacking, JSON_HEADERS)]) as server:
        code, output = invoke(["wikidata", "import", "--graph", str(graph), "--out", str(tmp_path / "w.trig"),
                               "--endpoint", server.url], env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert code == 1
    assert output.splitlines()[-1] == (f"Error: {server.url} answered query 'twinning-statements' without the "
                                       "columns statement, partner, rank, start, startPrecision, end, endPrecision, "
                                       "referenceUrl")
    assert not (tmp_path / "w.trig").exists()


def test_a_cache_folder_blocked_by_a_file_is_one_line(tmp_path):
    graph = tmp_path / "out" / "sister-cities.trig"
    assert invoke(["build", "--out", str(tmp_path / "out")])[0] == 0
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "sister-cities").write_text("in the way")
    empty = json.dumps({"head": {"vars": ["item"]}, "results": {"bindings": []}}).encode()
    with ScriptedServer([Reply(200, empty, JSON_HEADERS)]) as server:
        code, output = invoke(["wikidata", "import", "--graph", str(graph), "--out", str(tmp_path / "w.trig"),
                               "--endpoint", server.url], env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert code == 1
    assert output.splitlines()[-1] == (f"Error: cannot keep answers in the cache: {tmp_path / 'cache' / 'sister-cities'} "
                                       "is a file, not a folder (remove it, or set XDG_CACHE_HOME elsewhere)")


def test_error_bodies_are_text_without_control_characters(tmp_path):
    body = b"Parse error: unexpected \x00 at \x1b[31mline 1\nmore"
    with ScriptedServer([Reply(400, body, {"Content-Type": "text/plain"})]) as server:
        code, output = invoke(["query", "sources", "--endpoint", server.url])
        assert (code, output) == (1, f"Error: {server.url}: HTTP 400: Parse error: unexpected \\x00 at "
                                     "\\x1b[31mline 1\n")
        code, output = invoke(["link", "--graph", str(tmp_path / "none.trig"), "--endpoint", server.url])
    assert "\x1b" not in output and "\x00" not in output


@pytest.mark.parametrize("url, message", [
    ("http://[::1", "'http://[::1' is not a URL (Invalid IPv6 URL)"),
    ("http://127.0.0.1:99999/sparql", "'http://127.0.0.1:99999/sparql' is not a URL (Port out of range 0-65535)"),
    ("http://127.0.0.1:1/a\nHost: x", "'http://127.0.0.1:1/a\\nHost: x' holds a space or a control character"),
    ("ftp://127.0.0.1/sparql", "'ftp://127.0.0.1/sparql' is not an http(s) URL with a host"),
])
@pytest.mark.parametrize("command", [["query", "sources"], ["push"], ["link", "--out", "linked.trig"]])
def test_an_endpoint_url_that_cannot_be_sent_is_one_line(tmp_path, url, message, command):
    code, output = invoke([*command, "--endpoint", url], env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert code == 1
    assert output.startswith(f"Error: {message}; give the http(s) URL of a") and output.count("\n") == 1


def test_an_endpoint_url_beyond_ascii_is_sent_percent_encoded(tmp_path):
    empty = json.dumps({"head": {"vars": ["source", "title", "publisher", "published", "url", "facts"]},
                        "results": {"bindings": []}}).encode()
    with ScriptedServer([Reply(200, empty, JSON_HEADERS)]) as server:
        code, output = invoke(["query", "sources", "--endpoint", server.url + "/dépôt"])
    assert (code, output.splitlines()[-1]) == (0, "(0 rows)")
    assert server.received[0].path == "/sparql/d%C3%A9p%C3%B4t"


def test_an_endpoint_answer_without_the_query_columns_is_one_line():
    other = json.dumps({"head": {"vars": ["zzz"]}, "results": {"bindings": [
        {"zzz": {"type": "literal", "value": "1"}}]}}).encode()
    with ScriptedServer([Reply(200, other, JSON_HEADERS)]) as server:
        code, output = invoke(["query", "sources", "--endpoint", server.url])
    assert (code, output) == (1, "Error: the answer to 'sources' has no column source, title, publisher, published, "
                                 "url, facts (its columns: zzz)\n")


def test_an_endpoint_answer_in_another_column_order_is_put_in_the_query_order():
    columns = ["facts", "url", "published", "publisher", "title", "source"]
    row = {column: {"type": "literal", "value": column.upper()} for column in columns}
    swapped = json.dumps({"head": {"vars": columns}, "results": {"bindings": [row]}}).encode()
    with ScriptedServer([Reply(200, swapped, JSON_HEADERS)]) as server:
        code, output = invoke(["query", "sources", "--endpoint", server.url, "--format", "csv"])
    assert (code, output) == (0, "source,title,publisher,published,url,facts\nSOURCE,TITLE,PUBLISHER,PUBLISHED,URL,FACTS\n")


DEEP = "[" * 100_000 + "]" * 100_000


def test_json_nested_beyond_pythons_recursion_limit_is_one_line(tmp_path):
    curated = tmp_path / "deep.json"
    curated.write_text('{"id": ' + DEEP + "}", encoding="utf-8")
    code, output = invoke(["build", "--curated", str(curated), "--out", str(tmp_path / "out")])
    assert (code, output) == (1, f"Error: {curated}: not a record: JSON nested too deeply\n")
    articles = tmp_path / "deep.jsonl"
    articles.write_text('{"id": "a", "text": ' + DEEP + "}\n", encoding="utf-8")
    assert [str(error) for error in read_jsonl(articles)] == [f"{articles}:1: not an article: JSON nested too deeply"]
    with ScriptedServer([Reply(200, DEEP.encode(), JSON_HEADERS)]) as server:
        code, output = invoke(["query", "sources", "--endpoint", server.url])
        assert (code, output) == (1, f"Error: {server.url}: the answer is not SPARQL JSON results\n")
        code, output = invoke(["link", "--graph", str(tmp_path / "none.trig"), "--endpoint", server.url])
    assert code == 1 and "Traceback" not in output
    assert not (tmp_path / "out").exists()


# --- what is printed -----------------------------------------------------------------------------------------

def test_escape_codes_in_labels_are_shown_not_obeyed(tmp_path):
    table = tmp_path / "pairs.csv"
    table.write_text("city1,country1,city2,country2\n\x1b[2J\x1b[31mRedtown,Japan,Bluetown,France\n", encoding="utf-8")
    assert invoke(["build", "--pairs", str(table), *NO_COORDINATES, "--out", str(tmp_path / "out")])[0] == 0
    graph = str(tmp_path / "out" / "sister-cities.trig")
    code, output = invoke(["query", "twinnings", "--graph", graph])
    assert code == 0 and "\x1b" not in output
    assert "\\x1b[2J\\x1b[31mRedtown" in output
    code, output = invoke(["path", "Bluetown", "\x1b[2J\x1b[31mRedtown", "--graph", graph])
    assert code == 0 and "\x1b" not in output and "\\x1b[31mRedtown" in output


def test_an_ambiguous_name_lists_a_few_places_and_counts_the_rest():
    error = AmbiguousLocality("Springfield", [f"https://example.org/place/{n}" for n in range(123)])
    assert str(error) == ("'Springfield' names 123 localities (https://example.org/place/0, https://example.org/place/1, "
                          "https://example.org/place/2, https://example.org/place/3, https://example.org/place/4 and "
                          "118 more); give an IRI or a QID")
