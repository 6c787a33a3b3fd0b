"""The store behind every command: rdflib and Oxigraph give the same answers, files and folders round-trip."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.compare import isomorphic

from sister_cities.build import (
    BUNDLED_P190_SOURCE,
    VOCABULARY_GRAPH,
    add_record_to_store,
    build_store,
    bundled_records,
    default_store,
    seed_records,
)
from sister_cities.reconcile import LINKS_SOURCE, reconcile
from sister_cities.graphstore import MemoryStore, OxigraphStore, nquads_text, open_store
from sister_cities.queries import QueryError, available_queries, find_query, run
from sister_cities.store import FORMATS, GraphFileError, save_dataset, union_graph
from sister_cities.triples import graph_iri, record_to_triples
from sister_cities.validate import validate


def small_records():
    """The article and the bundled twinnings of Bogor and Bandung: small enough for rdflib's engine."""
    [bundled] = bundled_records()
    kept = tuple(t for t in bundled.twinnings if {t.a.qid, t.b.qid} & {"Q10393", "Q10389"})
    return seed_records() + [replace(bundled, twinnings=kept)]


def quads_of(store) -> set[str]:
    """The store's quads as sorted N-Quads lines of a canonical rdflib parse."""
    dataset = Dataset()
    dataset.parse(data=store.nquads(), format="nquads")
    return {line for line in dataset.serialize(format="nquads").splitlines() if line.strip()}


@pytest.fixture(scope="module")
def stores():
    records = small_records()
    return build_store(records, kind="memory"), build_store(records, kind="oxigraph")


PARAMS = {"partners": {"locality": "Bogor"}, "legal-basis": {"locality": "Bekasi Regency"}}


def named_queries():
    return [name for name, q in available_queries().items()
            if all(not p.required or (name in PARAMS and p.name in PARAMS[name]) for p in q.parameters)]


RDFLIB_FAILS: dict[str, str] = {}
"""Named queries rdflib's engine cannot run (Oxigraph can): checked, so that a fix shows up here."""

RDFLIB_MIN_OF_IRIS = {"network-nodes": ("country", "parent")}
"""rdflib's MIN over IRIs returns a literal of the IRI's text, where SPARQL (and Oxigraph) keep the IRI."""


@pytest.mark.parametrize("name", named_queries())
def test_every_named_query_gives_the_same_rows_on_both_stores(stores, name):
    memory, oxigraph = stores
    query = find_query(name)
    params = PARAMS.get(name, {})
    on_oxigraph = run(query, params, oxigraph.select)
    if name in RDFLIB_FAILS:
        with pytest.raises(QueryError, match="the query failed: '<' not supported"):
            run(query, params, memory.select)
        assert on_oxigraph.rows
        return
    on_rdflib = run(query, params, memory.select)
    columns = [on_rdflib.columns.index(c) for c in RDFLIB_MIN_OF_IRIS.get(name, ())]
    for index in columns:  # the known difference, asserted; the rest of the rows must agree exactly
        assert all(isinstance(row[index], Literal) for row in on_rdflib.rows if row[index] is not None)
        assert all(isinstance(row[index], URIRef) for row in on_oxigraph.rows if row[index] is not None)
    strip = lambda rows: [tuple(str(v) if i in columns and v is not None else v for i, v in enumerate(r)) for r in rows]
    assert strip(on_oxigraph.rows) == strip(on_rdflib.rows)
    assert on_oxigraph.columns == on_rdflib.columns


def test_the_stores_hold_the_same_quads(stores):
    memory, oxigraph = stores
    assert quads_of(memory) == quads_of(oxigraph)
    assert len(memory) == len(oxigraph)
    assert memory.graph_names() == oxigraph.graph_names() == sorted([
        VOCABULARY_GRAPH, graph_iri(BUNDLED_P190_SOURCE), graph_iri(seed_records()[0].source), graph_iri(LINKS_SOURCE)])


def test_partners_of_bogor_on_oxigraph(stores):
    _memory, oxigraph = stores
    rows = run(find_query("partners"), {"locality": "Q10393"}, oxigraph.select).records()
    assert [(r["partnerLabel"], r["partnerCountry"], r["stage"]) for r in rows] == [
        ("Gödöllő", "Hungary", "active"), ("Shenzhen", "China", "active"),
        ("St. Louis", "United States", "active"), ("Taiwan", "Taiwan", "proposed")]


def test_a_bad_query_is_one_line_on_oxigraph(stores):
    _memory, oxigraph = stores
    with pytest.raises(QueryError, match=r"^the query failed: error at 1:\d+: expected ") as caught:
        oxigraph.select("SELEKT ?x WHERE { ?x ?y ?z }")
    assert "\n" not in str(caught.value)
    with pytest.raises(QueryError, match="only SELECT queries can be run here"):
        oxigraph.select("ASK { ?x ?y ?z }")


def test_the_embedded_graph_is_valid_through_the_oxigraph_view():
    store = default_store()
    assert store.kind == "oxigraph"
    report = validate(store.dataset())
    assert report.conforms and report.problems == []


def test_replacing_a_source_replaces_its_graph_on_oxigraph(stores):
    _memory, template = stores
    store = OxigraphStore.from_quads(template.nquads())
    record = reconcile(small_records()).records[0]  # the curated record as the build wrote it
    assert record.source == seed_records()[0].source
    before = quads_of(store)
    add_record_to_store(store, record)
    add_record_to_store(store, record)
    assert quads_of(store) == before
    store.remove_graph(graph_iri(record.source))
    assert graph_iri(record.source) not in store.graph_names()


def test_chunks_in_worker_processes_give_the_triples_of_the_whole_record():
    [bundled] = bundled_records()
    whole = MemoryStore()
    whole.replace_graph(graph_iri(bundled.source), record_to_triples(bundled))
    for workers in (1, 2):
        chunked = OxigraphStore()
        add_record_to_store(chunked, bundled, workers=workers, chunk_size=9)  # 12 chunks
        assert quads_of(chunked) == quads_of(whole)


def test_chunks_describe_each_place_once():
    """A place's triples come in one chunk only: repeated, they slowed the bulk load by half."""
    from sister_cities.build import record_chunks

    [bundled] = bundled_records()
    iri = graph_iri(bundled.source)
    lines = [line for chunk, elsewhere in record_chunks(bundled, 9)
             for line in nquads_text(iri, record_to_triples(chunk, parties_elsewhere=elsewhere)).splitlines()]
    places = [line for line in lines if line.startswith("<https://w3id.org/sister-cities/id/place/")]
    assert len(record_chunks(bundled, 9)) > 2 and places
    assert len(places) == len(set(places))
    assert set(lines) == set(nquads_text(iri, record_to_triples(bundled)).splitlines())


@pytest.mark.parametrize("extension", sorted(FORMATS))
def test_the_same_graph_gives_the_same_bytes_whatever_its_blank_nodes_are_called(tmp_path, extension):
    """Stores hand out quads in an order of their own and name blank nodes afresh on every load:
    the files are sorted and the blank nodes renamed canonically, whichever store writes them."""
    def dataset() -> Dataset:
        made = Dataset(default_union=True)
        for graph in ("http://example.org/g2", "http://example.org/g1"):
            named = made.graph(URIRef(graph))
            for n in range(30):
                address = BNode()  # a fresh, random name each time
                named.add((URIRef(f"http://example.org/place/{n % 7}"), URIRef("http://example.org/address"), address))
                named.add((address, URIRef("http://example.org/street"), Literal(f"Jalan {graph[-2:]} {n}", lang="id")))
        return made

    written = [MemoryStore(dataset()).save(tmp_path / f"memory{extension}").read_bytes(),
               MemoryStore(dataset()).save(tmp_path / f"again{extension}").read_bytes(),
               OxigraphStore.from_quads(dataset().serialize(format="nquads")).save(tmp_path / f"ox{extension}").read_bytes(),
               save_dataset(dataset(), tmp_path / f"rdflib{extension}").read_bytes()]
    assert written == [written[0]] * 4
    if extension in (".nq", ".nt"):  # sorted graph by graph, then by the triple's text
        lines = written[0].decode().splitlines()
        graph_then_line = (lambda line: (line.rsplit(" ", 2)[1], line)) if extension == ".nq" else None
        assert lines == sorted(lines, key=graph_then_line) and len(lines) == 120
    reread = open_store(tmp_path / f"memory{extension}", kind="memory")
    assert len(reread) == 120 and isomorphic(union_graph(reread.dataset()), union_graph(dataset()))
    assert reread.save(tmp_path / f"reread{extension}").read_bytes() == written[0]


@pytest.mark.parametrize("extension", sorted(FORMATS))
def test_every_file_format_round_trips_through_oxigraph(stores, tmp_path, extension):
    _memory, oxigraph = stores
    path = oxigraph.save(tmp_path / f"graph{extension}")
    loaded = open_store(path, kind="oxigraph")
    if extension in (".ttl", ".nt"):  # triple formats hold the union, in the default graph
        union = {(s, p, o) for s, p, o, _g in oxigraph.dataset().quads((None, None, None, None))}
        assert {t for t in loaded.dataset().triples((None, None, None))} == union
    else:
        assert quads_of(loaded) == quads_of(oxigraph)
    assert [p.name for p in tmp_path.iterdir()] == [f"graph{extension}"]


def test_an_oxigraph_folder_is_saved_atomically_and_reopened(stores, tmp_path):
    _memory, oxigraph = stores
    folder = oxigraph.save(tmp_path / "world.oxigraph")
    reopened = open_store(folder)  # auto: in place
    assert reopened.kind == "oxigraph" and reopened.path == folder
    assert quads_of(reopened) == quads_of(oxigraph)
    partners = run(find_query("partners"), {"locality": "Bogor"}, reopened.select).rows
    del reopened
    copied = open_store(folder, kind="oxigraph")  # copied into memory
    assert copied.path is None
    assert run(find_query("partners"), {"locality": "Bogor"}, copied.select).rows == partners
    # saving again replaces the folder as a whole, and leaves nothing beside it
    smaller = build_store(seed_records(), kind="oxigraph")
    smaller.save(folder)
    assert quads_of(open_store(folder, kind="oxigraph")) == quads_of(smaller)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["world.oxigraph"]


def test_store_mistakes_are_clear_errors(tmp_path):
    with pytest.raises(GraphFileError, match="no such Oxigraph store"):
        open_store(tmp_path / "missing.oxigraph")
    with pytest.raises(GraphFileError, match="missing.nq: no such file"):
        open_store(tmp_path / "missing.nq")
    corrupt = tmp_path / "corrupt.nq"
    corrupt.write_text("<http://x> <http://y> .\n", encoding="utf-8")
    with pytest.raises(GraphFileError, match=r"corrupt.nq: not valid nquads: "):
        open_store(corrupt, kind="oxigraph")
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(GraphFileError, match="exists and is not an Oxigraph store; refusing to replace it"):
        build_store(seed_records(), kind="oxigraph").save(precious)
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_auto_chooses_by_size(tmp_path):
    small = tmp_path / "vocabulary.ttl"
    small.write_text((Path(__file__).resolve().parents[1] / "ontology" / "schemes.ttl").read_text(encoding="utf-8")
                     [:0] + "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n",
                     encoding="utf-8")
    assert open_store(small).kind == "memory"
    assert open_store(small, kind="oxigraph").kind == "oxigraph"
    article = build_store(seed_records(), kind="memory").save(tmp_path / "one-article.trig")
    assert article.stat().st_size > 32_000  # one article is already beyond what rdflib answers well
    assert open_store(article).kind == "oxigraph"
    assert open_store(article, kind="memory").kind == "memory"
    assert default_store().kind == "oxigraph"


text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@given(value=text, lang=st.sampled_from([None, "en", "id"]))
@settings(max_examples=150, deadline=None)
def test_any_literal_survives_the_nquads_fast_path(value, lang):
    literal = Literal(value, lang=lang)
    store = OxigraphStore()
    store.load_nquads(nquads_text(URIRef("http://example.org/g"),
                                  [(URIRef("http://example.org/s"), URIRef("http://example.org/p"), literal)]))
    [(found,)] = store.select("SELECT ?o WHERE { ?s ?p ?o }").rows
    assert found == literal


# --- building straight into a folder --------------------------------------------------------------

def test_build_into_a_folder_holds_what_a_build_in_memory_holds(tmp_path):
    from sister_cities.build import default_records

    in_memory = build_store(default_records(), kind="oxigraph")
    on_disk = build_store(default_records(), into=tmp_path / "embedded.oxigraph")
    assert on_disk.path == tmp_path / "embedded.oxigraph"
    assert quads_of(on_disk) == quads_of(in_memory)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["embedded.oxigraph"]  # no temporary file left


def test_a_folder_is_loaded_in_parts_unless_blank_nodes_could_span_them(tmp_path, monkeypatch):
    import sister_cities.graphstore as graphstore

    monkeypatch.setattr(graphstore, "LOAD_BYTES", 200)  # a few statements a load
    plain = tmp_path / "plain.nq"
    plain.write_text("".join(f"<https://example.org/s{i}> <https://example.org/p> \"{i}\" <https://example.org/g> .\n"
                             for i in range(50)), encoding="utf-8")
    loaded = OxigraphStore.load_folder(tmp_path / "plain.oxigraph", plain)
    assert len(loaded) == 50
    blank = tmp_path / "blank.nq"
    blank.write_text("".join(f"_:shared <https://example.org/p> \"{i}\" <https://example.org/g> .\n" for i in range(50)),
                     encoding="utf-8")
    loaded = OxigraphStore.load_folder(tmp_path / "blank.oxigraph", blank)
    assert len({quad.subject for quad in loaded.raw}) == 1  # one blank node, as the file says


def test_build_out_a_folder_loads_it_straight(tmp_path):
    from click.testing import CliRunner

    from sister_cities.cli import cli

    out = tmp_path / "built.oxigraph"
    result = CliRunner().invoke(cli, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith(f"; wrote {out}\n")
    assert quads_of(open_store(out)) == quads_of(default_store("oxigraph"))
    again = CliRunner().invoke(cli, ["build", "--out", str(out)])  # replaces the folder as a whole
    assert again.exit_code == 0 and quads_of(open_store(out)) == quads_of(default_store("oxigraph"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["built.oxigraph"]
