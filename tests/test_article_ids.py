"""Article ids that differ only in case or punctuation never make one article vanish.

Source IRIs are slugs of the article id, so "Berita 1", "berita-1" and "BERITA_1" (or files x.txt and
X.txt) would mint one source and the later article would silently replace the earlier. A load with
such a pair stops with one line naming both, and writes nothing.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sister_cities.cli import cli
from sister_cities.store import load_dataset

MALANG = ("Pemerintah Kota Malang menandatangani nota kesepahaman (MoU) kerja sama sister city dengan Kota Nagoya, "
          "Jepang, Selasa (12/3/2024).")
BOGOR = "Pemerintah Kota Bogor menandatangani nota kesepahaman sister city dengan Kota Kisarazu, Jepang, tahun 2016."
SURABAYA = "Pemerintah Kota Surabaya menandatangani perjanjian sister city dengan Kota Busan, Korea Selatan, tahun 1994."


def build(tmp_path: Path, articles: Path) -> tuple[int, str, Path]:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", "--articles", str(articles), "--out", str(out)])
    return result.exit_code, result.output, out


def article_graphs(out: Path) -> list[str]:
    dataset = load_dataset(out / "sister-cities.nq")
    return sorted(str(g.identifier).rsplit("/", 1)[1] for g in dataset.graphs()
                  if len(g) and "/graph/article-" in str(g.identifier))


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_ids_differing_in_case_and_punctuation_stop_the_load_naming_both(tmp_path):
    articles = write_jsonl(tmp_path / "a.jsonl", [{"id": "Berita 1", "text": MALANG}, {"id": "berita-1", "text": BOGOR},
                                                  {"id": "BERITA_1", "text": SURABAYA}])
    code, output, out = build(tmp_path, articles)
    assert code == 1
    assert output == ("Error: articles 'Berita 1' and 'berita-1' would be one source "
                      "(https://w3id.org/sister-cities/id/graph/article-berita-1): give them ids that differ in more "
                      "than case and punctuation; nothing was written\n")
    assert not out.exists()


def test_files_differing_only_in_case_stop_the_load(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "x.txt").write_text(MALANG, encoding="utf-8")
    (folder / "X.txt").write_text(BOGOR, encoding="utf-8")
    code, output, out = build(tmp_path, folder)
    assert code == 1
    assert output.startswith("Error: articles 'X' and 'x' would be one source ")
    assert not out.exists()


def test_one_id_for_two_different_texts_stops_the_load(tmp_path):
    articles = write_jsonl(tmp_path / "a.jsonl", [{"id": "b1", "text": MALANG}, {"id": "b1", "text": BOGOR}])
    assert build(tmp_path, articles)[:2] == (
        1, "Error: two different articles have the id 'b1'; give each its own id; nothing was written\n")


def test_distinct_ids_stay_distinct_sources_and_a_repeated_line_is_one(tmp_path):
    articles = write_jsonl(tmp_path / "a.jsonl", [{"id": "berita-1", "text": MALANG}, {"id": "berita-2", "text": BOGOR},
                                                  {"id": "berita-1", "text": MALANG}])
    code, output, out = build(tmp_path, articles)
    assert code == 0, output
    assert article_graphs(out) == ["article-berita-1", "article-berita-2"]


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_an_id_like_one_already_in_the_graph_stops_the_load_and_the_same_id_replaces(tmp_path, store):
    """Across loads too: X.txt built onto a graph that holds x.txt would replace it silently."""
    (tmp_path / "x.txt").write_text(MALANG, encoding="utf-8")
    (tmp_path / "X.txt").write_text(BOGOR, encoding="utf-8")
    first = tmp_path / "first"
    assert CliRunner().invoke(cli, ["build", "--articles", str(tmp_path / "x.txt"), "--out", str(first)]).exit_code == 0
    graph = first / "sister-cities.trig"
    result = CliRunner().invoke(cli, ["build", "--graph", str(graph), "--store", store, "--articles",
                                      str(tmp_path / "X.txt"), "--out", str(tmp_path / "second")])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        f"Error: article 'X' would replace article 'x' of {graph} (both are "
        "https://w3id.org/sister-cities/id/source/article-x): give it an id that differs in more than case and "
        "punctuation; nothing was written")
    assert not (tmp_path / "second").exists()
    (tmp_path / "x.txt").write_text(BOGOR, encoding="utf-8")  # the same article, corrected: replaced, as documented
    result = CliRunner().invoke(cli, ["build", "--graph", str(graph), "--store", store, "--articles",
                                      str(tmp_path / "x.txt"), "--out", str(tmp_path / "third")])
    assert result.exit_code == 0, result.output
    assert article_graphs(tmp_path / "third") == ["article-x"]
    assert "Bogor" in (tmp_path / "third" / "sister-cities.trig").read_text(encoding="utf-8")
    assert "Nagoya" not in (tmp_path / "third" / "sister-cities.trig").read_text(encoding="utf-8")


def test_ids_alike_on_screen_are_named_by_their_code_points(tmp_path):
    articles = write_jsonl(tmp_path / "a.jsonl", [{"id": "\u00e4", "text": MALANG}, {"id": "a\u0308", "text": BOGOR}])
    code, output, out = build(tmp_path, articles)
    assert code == 1
    assert output.startswith("Error: articles '\\xe4' and 'a\\u0308' would be one source "), output
