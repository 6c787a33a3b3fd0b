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
    LocalityMatcher,
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
    # empty country cell, a Northern Cyprus row, and Nienburg twinned with a namesake it is merged with
    load = read_pairs(hekman_lines(tmp_path, [2, 3, 4803, 13432, 4827, 18126, 12069]))
    assert load.rows == 7
    assert load.skipped == ["line 7: unknown country 'Northern Cyprus' for 'Agios Amvrosios'",
                            "line 8: a twinning needs two distinct localities, got 'Nienburg' twice"]
    pairs = [(t.a.name, t.a.country, t.a.qid, t.b.name, t.b.country, t.b.qid, t.stage, t.evidence.note)
             for t in load.record.twinnings]
    assert pairs == [
        ("Berat", "AL", "Q170244", "Amasya", "TR", "Q170532", "active", "line 2"),
        ("Berat", "AL", "Q170244", "Bağcılar", "TR", None, "active", "line 3"),
        ("Nanning", "CN", "Q179608", "Bogor", "ID", "Q10393", "active", "line 4"),
        ("Gödöllő", "HU", None, "Bogor", "ID", "Q10393", "active", "line 5"),
        ("Ningbo", "CN", "Q42780", "Varna", "BG", "Q6506", "active", "line 6"),
    ]
    bogor = load.record.twinnings[2].b  # the gazetteer's position, which every source then shares
    gazetteer_bogor = Gazetteer.default().by_qid("Q10393")
    assert (bogor.kind, bogor.lat, bogor.lon) == ("city", round(gazetteer_bogor.lat, 6), round(gazetteer_bogor.lon, 6))
    assert [(c.name, c.country, c.qid) for c in load.record.localities] == [
        ("Albania", "AL", "Q222"), ("Bulgaria", "BG", "Q219"), ("China", "CN", "Q148"), ("Hungary", "HU", "Q28"),
        ("Indonesia", "ID", "Q252"), ("Turkey", "TR", "Q43")]
    assert load.record.source == Source(key="dataset/pairs", kind="dataset", title="pairs.csv")


def test_a_namesake_far_from_the_table_coordinates_is_not_the_place():
    matcher = LocalityMatcher(Gazetteer.default())
    near = matcher.locality("Bogor", "ID", lat=-6.6, lon=106.8)
    far = LocalityMatcher(Gazetteer.default()).locality("Bogor", "ID", lat=-8.0, lon=112.0)
    assert (near.qid, near.kind) == ("Q10393", "city")
    assert far == Locality(name="Bogor", kind="city", country="ID", lat=-8.0, lon=112.0)
    # the same place again, a few hundred metres off: the first description of the node wins
    again = matcher.locality("Bogor", "ID", lat=-6.601, lon=106.801)
    assert again is near
    assert (matcher.matched, matcher.minted) == (2, 0)


def test_minted_places_take_their_kind_from_the_table_then_the_name_then_city():
    matcher = LocalityMatcher(Gazetteer.default())
    assert matcher.locality("Zzyzx Springs County", "US").kind == "county"
    assert matcher.locality("Zzyzx Springs", "US").kind == "city"
    assert matcher.locality("Zzyzx Springs", "US", kind="district").kind == "district"


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
    assert sides == [("Q15174", "Shenzhen", "CN"), ("Q209988", "Gödöllő", "HU"), ("Q38022", "St. Louis", "US")]
    assert load.record.source.key == f"wikidata/{tmp_path.name}-relations"


def test_p190_items_the_gazetteer_lacks():
    statements = [
        Statement(2, "Q10393", "Q900000001", object_label="Landkreis Nirgendwo"),
        Statement(3, "Q10393", "Q900000002", object_label="Springfield"),
        Statement(4, "Q10393", "Q900000003", object_label="Springfield"),
        Statement(5, "Q10393", "Q900000004", object_label="Ichikawa", object_country="Japan", object_kind="city"),
        Statement(6, "Q10393", "Q900000005"),
        Statement(7, "Q10393", "Bogor"),
    ]
    load = p190_record(statements, source=Source(key="wikidata/test", kind="wikidata"))
    partners = sorted((t.b.qid, t.b.name, t.b.country, t.b.kind) for t in load.record.twinnings)
    # no unique country for the label: ZZ; two items of one name and country: told apart by their QIDs
    assert partners == [
        ("Q900000001", "Landkreis Nirgendwo", "ZZ", "city"),
        ("Q900000002", "Springfield (Q900000002)", "US", "city"),
        ("Q900000003", "Springfield (Q900000003)", "US", "city"),
        ("Q900000004", "Ichikawa", "JP", "city"),
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
    assert ("dataset/pairs: 3 rows, 2 twinnings, 4 localities matched to the gazetteer, 0 minted, "
            "0 duplicate pairs, 1 rows skipped") in result.output
    # Gödöllő-Bogor is also in the bundled Wikidata network: one twinning, stated by two sources
    assert result.output.splitlines()[-1].startswith("3 sources, 105 twinnings, ")
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
