"""Bulk sources: slices of the real Wikipedia pairs table and of the 2016 Wikidata P190 snapshot."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sister_cities.cli import cli
from sister_cities.gazetteer import Gazetteer
from sister_cities.records import Locality, Source
from sister_cities.tables import (
    CountryNormaliser,
    PairColumns,
    Statement,
    TableError,
    p190_record,
    read_p190,
    read_pairs,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "twinnings"
HEKMAN = SHARED / "hekman-twincities-wikipedia-2026" / "twin_cities.csv"
P190 = SHARED / "l3viathan-wikidata-p190-2016"

needs_shared = pytest.mark.skipif(not HEKMAN.is_file(), reason="the shared data folder is not beside the checkout")


def hekman_lines(tmp_path: Path, numbers: list[int], name: str = "pairs.csv") -> Path:
    """The header and the given lines (1-based, as in the file) of the real table, in a file of their own."""
    lines = HEKMAN.read_text(encoding="utf-8").splitlines()
    path = tmp_path / name
    path.write_text("\n".join(lines[n - 1] for n in [1, *numbers]) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def countries():
    return CountryNormaliser(Gazetteer.default())


@pytest.mark.parametrize("text, expected", [
    ("United States", ("US", "United States")),
    ("People's Republic of China", ("CN", "China")),
    ("Korea", ("KR", "South Korea")),
    ("England, United Kingdom", ("GB", "United Kingdom")),
    ("Scotland", ("GB", "United Kingdom")),
    ("Georgia (country)", ("GE", "Georgia")),
    ("Republic of Ireland", ("IE", "Ireland")),
    ("Brandenburg, Germany", ("DE", "Germany")),
    ("in Italy", ("IT", "Italy")),
    ("Kosovo", ("XK", "Kosovo")),
    ("Martinique, France", ("MQ", "Martinique")),
    ("Northern Cyprus", None),
    ("", None),
])
def test_country_strings_of_real_tables_are_normalised(countries, text, expected):
    assert countries(text) == expected


@needs_shared
def test_a_slice_of_the_wikipedia_table(tmp_path):
    # lines: Berat-Amasya, Berat-Bağcılar, Nanning-Bogor, Gödöllő-Bogor, Ningbo-"Varna, Bulgaria" with an
    # empty country cell, a Northern Cyprus row, and Nienburg twinned with itself (one geocoded point)
    load = read_pairs(hekman_lines(tmp_path, [2, 3, 4803, 13432, 4827, 18126, 12069]))
    assert load.rows == 7
    assert load.skipped == ["line 7: unknown country 'Northern Cyprus' for 'Agios Amvrosios'",
                            "line 8: a twinning needs two distinct localities, got 'Nienburg' twice"]
    # each side as the table gives it: which place and which item it is, `reconcile` decides
    pairs = [(t.a.name, t.a.country, t.a.qid, t.b.name, t.b.country, t.b.qid, t.stage, t.evidence.note)
             for t in load.record.twinnings]
    assert pairs == [
        ("Berat", "AL", None, "Amasya", "TR", None, "active", "line 2"),
        ("Berat", "AL", None, "Bağcılar", "TR", None, "active", "line 3"),
        ("Nanning", "CN", None, "Bogor", "ID", None, "active", "line 4"),
        ("Gödöllő", "HU", None, "Bogor", "ID", None, "active", "line 5"),
        ("Ningbo", "CN", None, "Varna", "BG", None, "active", "line 6"),
    ]
    bogor = load.record.twinnings[2].b
    assert (bogor.kind, bogor.lat, bogor.lon, bogor.name_language) == ("city", -6.5966, 106.7972, "en")
    assert [(c.name, c.country, c.qid) for c in load.record.localities] == [
        ("Albania", "AL", None), ("Bulgaria", "BG", None), ("China", "CN", None), ("Hungary", "HU", None),
        ("Indonesia", "ID", None), ("Turkey", "TR", None)]
    assert load.record.source == Source(key="dataset/pairs", kind="dataset", title="pairs.csv")


def test_sides_take_their_kind_from_the_table_then_the_name_then_city(tmp_path):
    table = tmp_path / "kinds.csv"
    table.write_text("city1,country1,city2,country2,kind2\n"
                     "Zzyzx Springs County,United States,Zzyzx Springs,United States,\n"
                     "Zzyzx Springs County,United States,Zzyzx,United States,district\n", encoding="utf-8")
    load = read_pairs(table, columns=PairColumns.parse("lat1=,lon1=,lat2=,lon2=,kind2=kind2"))
    assert [(t.a.kind, t.b.kind) for t in load.record.twinnings] == [("county", "city"), ("county", "district")]


def test_columns_of_another_table_and_its_mistakes(tmp_path):
    table = tmp_path / "ministry.tsv"
    table.write_text("kota\tnegara\tmitra\tnegara_mitra\ttahap\n"
                     "Bandung\tIndonesia\tSuwon\tSouth Korea\tmou_signed\n"
                     "Bandung\tIndonesia\tSuwon\tSouth Korea\tactive\n"
                     "Bandung\tIndonesia\tAtlantis\tLemuria\tactive\n"
                     "Bogor\tIndonesia\tGödöllő\tHungary\tsigned\n", encoding="utf-8")
    columns = PairColumns.parse("city1=kota,country1=negara,city2=mitra,country2=negara_mitra,stage=tahap,"
                                "lat1=,lon1=,lat2=,lon2=")
    load = read_pairs(table, columns=columns)
    assert [(t.a.name, t.b.name, t.stage) for t in load.record.twinnings] == [("Bandung", "Suwon", "mou_signed")]
    assert load.duplicates == 1
    assert load.skipped == ["line 4: unknown country 'Lemuria' for 'Atlantis'",
                            "line 5: unknown stage 'signed' (one of proposed, loi_signed, mou_signed, "
                            "agreement_signed, active, renewed, ended)"]
    with pytest.raises(TableError, match=r"no column 'city1', 'country1'.* \(columns: kota, negara, mitra, "
                                         r"negara_mitra, tahap\); see --columns"):
        read_pairs(table)
    with pytest.raises(TableError, match="--columns takes KEY=COLUMN pairs with KEY one of city1, "):
        PairColumns.parse("town=kota")
    with pytest.raises(TableError, match="--columns: city1 cannot be empty"):
        PairColumns.parse("city1=")


def test_a_file_that_is_not_text_is_one_error(tmp_path):
    binary = tmp_path / "pairs.csv"
    binary.write_bytes(b"city1,country1,city2,country2\n\xff\xfe\x00bad,x,y,z\n")
    with pytest.raises(TableError, match=r"pairs.csv: not UTF-8 text \(invalid start byte at byte \d+\)"):
        read_pairs(binary, columns=PairColumns.parse("lat1=,lon1=,lat2=,lon2="))
    with pytest.raises(TableError, match="nope.csv: no such file"):
        read_pairs(tmp_path / "nope.csv")


# --- Wikidata P190 ---------------------------------------------------------------------------------

@needs_shared
def test_p190_pairs_with_the_label_file_beside_them(tmp_path):
    # Bogor's three statements and their reverses, in the two-column shape with names.tsv
    relations = [line for line in (P190 / "relations.tsv").read_text(encoding="utf-8").splitlines()
                 if "Q10393" in line.split("\t")]
    (tmp_path / "relations.tsv").write_text("\n".join(relations) + "\n", encoding="utf-8")
    (tmp_path / "names.tsv").write_bytes((P190 / "names.tsv").read_bytes())
    load = read_p190(tmp_path / "relations.tsv")
    assert load.rows == len(relations) == 6
    assert load.duplicates == 3 and load.skipped == []
    sides = sorted((t.b.qid, t.b.name, t.b.country) if t.a.qid == "Q10393" else (t.a.qid, t.a.name, t.a.country)
                   for t in load.record.twinnings)
    # the labels of names.tsv; the countries `reconcile` finds (the file has none)
    assert sides == [("Q15174", "Shenzhen", "ZZ"), ("Q209988", "Gödöllő", "ZZ"), ("Q38022", "St. Louis", "ZZ")]
    assert load.record.source.key == f"wikidata/{tmp_path.name}-relations"


def test_p190_items_as_the_file_gives_them():
    statements = [
        Statement(2, "Q10393", "Q900000001", object_label="Landkreis Nirgendwo"),
        Statement(3, "Q10393", "Q900000002", object_label="Springfield"),
        Statement(4, "Q10393", "Q900000003", object_label="Springfield"),
        Statement(5, "Q10393", "Q900000004", object_label="Ichikawa", object_country="Japan", object_kind="city"),
        Statement(6, "Q10393", "Q900000005"),
        Statement(7, "Q10393", "Bogor"),
    ]
    load = p190_record(statements, source=Source(key="wikidata/test", kind="wikidata"),
                       labels={"Q10393": "Bogor"})
    partners = sorted((t.b.qid, t.b.name, t.b.country, t.b.kind, t.b.name_language) for t in load.record.twinnings)
    # the label as the file gives it, untagged (its language is not known); the country where the
    # file says it, else ZZ until `reconcile` finds it; two items of one label stay two
    assert partners == [
        ("Q900000001", "Landkreis Nirgendwo", "ZZ", "city", None),
        ("Q900000002", "Springfield", "ZZ", "city", None),
        ("Q900000003", "Springfield", "ZZ", "city", None),
        ("Q900000004", "Ichikawa", "JP", "city", None),
    ]
    assert load.skipped == ["line 6: Q900000005 has no label", "line 7: 'Bogor' is not a QID"]
    assert ("Unknown country", "ZZ") in [(c.name, c.country) for c in load.record.localities]


def test_the_bundled_indonesian_network_and_its_source():
    from sister_cities.build import BUNDLED_P190_SOURCE, bundled_records

    [record] = bundled_records()
    assert record.source == BUNDLED_P190_SOURCE
    assert record.source.licence == "CC0 1.0"
    assert len(record.twinnings) == 100
    indonesian = {loc.qid for t in record.twinnings for loc in (t.a, t.b) if loc.country == "ID"}
    assert len(indonesian) == 23
    assert all(loc.country != "ZZ" for t in record.twinnings for loc in (t.a, t.b))
    assert all(loc.qid for t in record.twinnings for loc in (t.a, t.b))


# --- the command --------------------------------------------------------------------------------------

def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@needs_shared
def test_build_pairs_then_query_the_result(tmp_path):
    table = hekman_lines(tmp_path, [4803, 13432, 18126])
    out = tmp_path / "out"
    result = invoke("build", "--pairs", str(table), "--licence", "MIT; facts from Wikipedia (CC BY-SA 4.0)",
                    "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "skipped: line 4: unknown country 'Northern Cyprus' for 'Agios Amvrosios'" in result.output
    assert "dataset/pairs: 3 rows, 2 twinnings, 0 duplicate pairs, 1 rows skipped" in result.output
    # Gödöllő-Bogor is also in the bundled Wikidata network: one twinning, stated by two sources
    assert result.output.splitlines()[-1].startswith("4 sources, 105 twinnings, ")  # and the links graph
    answer = invoke("query", "partners", "--param", "locality=Q10393", "--graph", str(out / "sister-cities.nq"),
                    "--format", "json")
    rows = [(r["partnerLabel"], r["partnerCountry"], r["stage"], r["source"].rsplit("/", 1)[1])
            for r in json.loads(answer.output)]
    assert rows == [
        ("Gödöllő", "Hungary", "active", "dataset-pairs"),
        ("Gödöllő", "Hungary", "active", "wikidata-p190-2016-indonesia"),
        ("Nanning", "China", "active", "dataset-pairs"),
        ("Shenzhen", "China", "active", "wikidata-p190-2016-indonesia"),
        ("St. Louis", "United States", "active", "wikidata-p190-2016-indonesia"),
        ("Taiwan", "Taiwan", "proposed", "article-antara-2023-bekasi-korea"),
    ]
    sources = json.loads(invoke("query", "sources", "--graph", str(out / "sister-cities.nq"), "--format", "json").output)
    assert any(s["source"].endswith("/dataset-pairs") for s in sources)
    # the twinning two sources state is one row per source, each with the names that source gives
    twinnings = json.loads(invoke("query", "twinnings", "--graph", str(out / "sister-cities.nq"),
                                  "--format", "json").output)
    godollo = [(r["aLabel"], r["bLabel"], r["source"].rsplit("/", 1)[1]) for r in twinnings
               if r["twinning"].endswith("godollo--id-city-bogor") or r["twinning"].endswith("bogor--hu-city-godollo")]
    assert sorted(godollo) == [("Gödöllő", "Bogor", "dataset-pairs"), ("Gödöllő", "Bogor", "wikidata-p190-2016-indonesia")]


def test_build_with_a_table_it_cannot_read_writes_nothing(tmp_path):
    table = tmp_path / "wrong.csv"
    table.write_text("a,b\n1,2\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", "--pairs", str(table), "--out", str(out)])
    assert result.exit_code == 1
    assert result.output == (f"Error: {table}: no column 'city1', 'country1', 'city2', 'country2', 'lat1', "
                             "'lng1', 'lat2', 'lng2' (columns: a, b); see --columns\n")
    assert not out.exists()
    result = CliRunner().invoke(cli, ["build", "--pairs", str(table), "--columns", "town=a", "--out", str(out)])
    assert result.exit_code == 1 and result.output.startswith("Error: --columns takes KEY=COLUMN pairs")
    assert not out.exists()
