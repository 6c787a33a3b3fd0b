"""Naming a locality: by the name a reader knows it by, and, when nothing matches, a one-line error
that offers the likeliest names (a name that begins with or holds the words asked for, before one
spelt alike)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from sister_cities.cli import cli
from sister_cities.network import suggest_labels
from sister_cities.records import place_name
from sister_cities.store import load_dataset

# The README's own example text (written for this project, not a news article).
MALANG = ("Pemerintah Kota Malang menandatangani nota kesepahaman (MoU) kerja sama sister city dengan Kota "
          "Nagoya, Jepang, di Balai Kota Malang, Selasa (12/3/2024).\n\nWali Kota Malang Sutiaji mengatakan kerja "
          "sama itu meliputi bidang pendidikan dan pariwisata, sesuai Peraturan Menteri Dalam Negeri Nomor 25 "
          "Tahun 2020.\n")
MALANG_CITY = URIRef("https://w3id.org/sister-cities/id/place/id/city/malang")


@pytest.mark.parametrize("written, name", [
    ("Pemerintah Kota Malang", "Kota Malang"),
    ("pemerintah kabupaten Bekasi", "kabupaten Bekasi"),
    ("Pemerintah Daerah Kabupaten Bekasi", "Kabupaten Bekasi"),
    ("Pemerintah Provinsi Jawa Barat", "Provinsi Jawa Barat"),
    ("Pemkot Malang", "Kota Malang"),
    ("Pemkab Bekasi", "Kabupaten Bekasi"),
    ("Pemprov Jawa Barat", "Provinsi Jawa Barat"),
    ("Kota Nagoya", "Kota Nagoya"),
    ("Pemerintah Kota", None),
    ("Pemerintahan Kota Malang", "Pemerintahan Kota Malang"),  # another word, left as written
])
def test_a_locality_is_named_as_the_place_not_as_its_government(written, name):
    assert place_name(written) == name


def test_an_article_locality_is_found_by_the_name_its_readers_use(tmp_path):
    article = tmp_path / "berita.txt"
    article.write_text(MALANG, encoding="utf-8")
    runner = CliRunner()
    built = runner.invoke(cli, ["build", "--articles", str(article), "--out", str(tmp_path / "out")])
    assert built.exit_code == 0, built.output
    graph = tmp_path / "out" / "sister-cities.trig"
    labels = set(load_dataset(graph).objects(MALANG_CITY, SKOS.altLabel | RDFS.label))
    assert Literal("Kota Malang", lang="id") in labels
    assert not any("Pemerintah" in label for label in labels)
    found = runner.invoke(cli, ["query", "partners", "--param", "locality=Kota Malang", "--graph", str(graph),
                                "--format", "json"])
    assert found.exit_code == 0, found.output
    assert [(r["partnerLabel"], r["stage"], r["date"]) for r in json.loads(found.output)] == [
        ("Nagoya", "mou_signed", "2024-03-12")]


def test_suggestions_begin_with_or_hold_the_words_before_spelling():
    world = ["Bassi", "Likasi", "Kumasi", "Bekasi Regency", "North Bekasi", "Malang", "Sétif Province"]
    assert suggest_labels("Bekasi", world) == ["Bekasi Regency", "North Bekasi", "Bassi"]
    assert suggest_labels("bekasi regncy", world) == ["Bekasi Regency"]
    assert suggest_labels("Kota Malang", world) == ["Malang"]
    assert suggest_labels("setif", world) == ["Sétif Province"]
    assert suggest_labels("Atlantis", world) == []
    assert suggest_labels("Kota Bekasi", world) == ["Bekasi Regency", "North Bekasi"]
    assert suggest_labels("Москв", ["Москва", "東京", "Moscow"]) == ["Москва"]


def test_suggestions_offer_one_name_per_place():
    place_of = {"Bekasi Regency": "ex:bekasi-regency", "Kabupaten Bekasi": "ex:bekasi-regency", "Bekasi": "ex:bekasi"}
    assert suggest_labels("bekas", place_of, place_of=place_of) == ["Bekasi", "Bekasi Regency"]


def test_query_says_in_one_line_when_a_locality_matches_nothing():
    result = CliRunner().invoke(cli, ["query", "partners", "--param", "locality=Bekasi"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no locality 'Bekasi' in the graph; did you mean Bekasi Regency")
    assert len(result.output.splitlines()) == 1
    result = CliRunner().invoke(cli, ["query", "partners", "--param", "locality=Zzyzx Qqq"])
    assert (result.exit_code, result.output) == (1, "Error: no locality 'Zzyzx Qqq' in the graph\n")
    result = CliRunner().invoke(cli, ["query", "counts-by-province", "--param", "country=Atlantis"])
    assert (result.exit_code, result.output) == (1, "Error: country: no country is known by 'Atlantis'\n")
