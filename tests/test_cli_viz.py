"""`sister-cities analyze`, `path` and `viz` on the known graph (tests/data/known-graph/, invented
facts): exact output, messages and exit codes; a failed `viz` leaves no file behind.

Most runs use `--store oxigraph` to stay fast; one run of each command uses the default store.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sister_cities import build
from sister_cities.cli import cli
from sister_cities.store import save_dataset

from known_graph import known_dataset

ID = "https://w3id.org/sister-cities/id/"


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("graphs")
    dataset = known_dataset()
    known = save_dataset(dataset, folder / "known.trig")
    empty = save_dataset(build.new_dataset(), folder / "empty.trig")
    return {"known": str(known), "empty": str(empty)}


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def ox(graphs, name="known"):
    return ["--graph", graphs[name], "--store", "oxigraph"]


# --- analyze --------------------------------------------------------------------------------------

def test_analyze_table(graphs):
    result = invoke("analyze", "--graph", graphs["known"], "--top", "2")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[:7] == [
        "localities 11, twinnings 7, density 0.1273, average degree 1.27",
        "components 4 (largest 5 localities), isolated 0",
        "",
        "Most connected localities (twinnings)",
        "         3  Suwon (South Korea)",
        "         2  Bandung (Indonesia)",
        "",
    ]
    assert "Eigenvector centrality (sparse eigensolver over the largest component (5 of 11 localities))" in result.stdout


def test_analyze_json(graphs):
    result = invoke("analyze", *ox(graphs), "--format", "json", "--top", "1")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["nodes"], data["edges"], data["components"], data["community_count"]) == (11, 7, 4, 5)
    assert data["degree"] == [{"iri": ID + "place/kr/city/suwon", "label": "Suwon", "country": "South Korea", "value": 3}]


def test_analyze_an_empty_graph(graphs):
    result = invoke("analyze", *ox(graphs, "empty"))
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "Error: the graph has no twinnings: nothing to analyse\n")


def test_analyze_a_missing_graph_file(tmp_path):
    missing = tmp_path / "missing.trig"
    result = invoke("analyze", "--graph", str(missing))
    assert (result.exit_code, result.stderr) == (1, f"Error: {missing}: no such file\n")


def test_analyze_top_must_be_positive(graphs):
    result = invoke("analyze", *ox(graphs), "--top", "0")
    assert result.exit_code == 2
    assert "Invalid value for '--top': 0 is not in the range x>=1." in result.stderr


# --- path ------------------------------------------------------------------------------------------

def test_path_hop_by_hop(graphs):
    result = invoke("path", "Hamamatsu", "Kabupaten Bekasi", "--graph", graphs["known"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "Hamamatsu to Bekasi Regency: 2 twinnings\n"
        "1. Hamamatsu – Suwon: agreement_signed 2015-09\n"
        f"   {ID}twinning/jp-city-hamamatsu--kr-city-suwon\n"
        "   source: Fixture Post: memorandum signed in Suwon (2020-03-15, https://example.org/fixture/b)\n"
        "2. Suwon – Bekasi Regency: proposed 2019-02\n"
        f"   {ID}twinning/id-regency-bekasi-regency--kr-city-suwon\n"
        "   source: Fixture Daily: Bandung and Suwon sign a letter of intent (2019-06-01, https://example.org/fixture/a)\n"
    )


def test_path_by_qid_and_iri_lists_every_source(graphs):
    result = invoke("path", "Q10389", ID + "place/kr/city/suwon", *ox(graphs))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Bandung to Suwon: 1 twinning",
        "1. Bandung – Suwon: renewed 2025-03-10",
        f"   {ID}twinning/id-city-bandung--kr-city-suwon",
        "   source: Fixture Daily: Bandung and Suwon sign a letter of intent (2019-06-01, https://example.org/fixture/a)",
        "   source: Fixture Post: memorandum signed in Suwon (2020-03-15, https://example.org/fixture/b)",
        "   source: Fixture Weekly: twinning round-up (2025-04-02, https://example.org/fixture/c)",
    ]


@pytest.mark.parametrize("start, end, message", [
    ("Bogor", "Semarang", "no chain of twinnings links Bogor and Semarang"),
    ("Bandnug", "Suwon", "no locality 'Bandnug' in the graph; did you mean Bandung?"),
    ("Bandung", "Atlantis", "no locality 'Atlantis' in the graph"),
    ("Queensland", "Suwon", "'Queensland' takes part in no twinning"),
    ("Bandung", "Q10389", f"'Bandung' and 'Q10389' are the same locality ({ID}place/id/city/bandung)"),
])
def test_path_mistakes_are_one_line(graphs, start, end, message):
    result = invoke("path", start, end, *ox(graphs))
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {message}\n")


# --- viz -------------------------------------------------------------------------------------------

def test_viz_whole_graph(graphs, tmp_path):
    out = tmp_path / "all.html"
    result = invoke("viz", "-o", str(out), "--graph", graphs["known"])
    assert (result.exit_code, result.stdout) == (0, f"wrote {out}: 11 localities, 7 twinnings\n"), result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Fixture Weekly: twinning round-up" in page and "Braunschweig" in page
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left beside it


@pytest.mark.parametrize("args, drawn", [
    (["--query", "partners-within", "--param", "locality=West Java", "--layout", "geo"], "8 localities, 5 twinnings"),
    (["--query", "partners", "--param", "locality=Suwon"], "4 localities, 3 twinnings"),
    (["--query", "stuck-early"], "4 localities, 2 twinnings"),  # its rows hold twinning IRIs
    (["--query", "twinnings-filtered", "--param", "country=Japan"], "2 localities, 1 twinnings"),
    (["--center", "Suwon"], "4 localities, 3 twinnings"),
    (["--center", "Q41076", "--depth", "2"], "5 localities, 4 twinnings"),
    (["--center", "Kota Bogor", "--depth", "3", "--layout", "geo"], "2 localities, 1 twinnings"),
])
def test_viz_part_of_the_graph(graphs, tmp_path, args, drawn):
    out = tmp_path / "part.html"
    result = invoke("viz", "-o", str(out), *ox(graphs), *args)
    assert (result.exit_code, result.stdout) == (0, f"wrote {out}: {drawn}\n"), result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("args, graph, message", [
    (["--query", "counts-by-country-pair"], "known",
     "query 'counts-by-country-pair' names no locality that takes part in a twinning: nothing to draw; no file written"),
    (["--query", "partners", "--param", "locality=Atlantis"], "known",
     "query 'partners' names no locality that takes part in a twinning: nothing to draw; no file written"),
    (["--center", "Swon"], "known", "no locality 'Swon' in the graph; did you mean Suwon?"),
    (["--center", "Queensland"], "known", "'Queensland' takes part in no twinning"),
    ([], "empty", "the graph has no twinnings: nothing to draw; no file written"),
    (["--query", "partners", "--center", "Suwon"], "known", "give --query or --center, not both"),
    (["--param", "locality=Suwon"], "known", "--param belongs to --query"),
    (["--query", "partners", "--param", "place=Suwon"], "known",
     "query 'partners' has no parameter 'place' (its parameters: locality)"),
    (["--query", "partners"], "known", "query 'partners' needs --param locality=VALUE (the locality: an English or "
                                       "Indonesian label, an IRI or a QID)"),
    (["--query", "twinnings-filtered", "--param", "from=March"], "known",
     "from: 'March' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
])
def test_viz_mistakes_are_one_line_and_leave_the_old_page(graphs, tmp_path, args, graph, message):
    out = tmp_path / "page.html"
    out.write_text("the page of yesterday", encoding="utf-8")
    result = invoke("viz", "-o", str(out), *ox(graphs, graph), *args)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"Error: {message}\n")
    assert out.read_text(encoding="utf-8") == "the page of yesterday"
    assert list(tmp_path.iterdir()) == [out]


def test_viz_unknown_query_lists_the_known_ones(graphs, tmp_path):
    result = invoke("viz", "-o", str(tmp_path / "x.html"), *ox(graphs), "--query", "nope")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: unknown query 'nope'; known queries: counts-by-country-pair, ")
    assert not (tmp_path / "x.html").exists()


def test_viz_out_under_a_file(graphs, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = invoke("viz", "-o", str(blocker / "page.html"), *ox(graphs))
    assert (result.exit_code, result.stderr) == (1, f"Error: {blocker}: is a file, so no folder can be made there\n")


def test_every_new_command_has_help():
    for command in ("analyze", "path", "viz"):
        result = invoke(command, "--help")
        assert result.exit_code == 0 and "Usage: " in result.stdout
