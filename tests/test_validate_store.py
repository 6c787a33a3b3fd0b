"""Validation where the data lives (`shape_queries`) finds exactly what pySHACL finds over the whole
graph: on the embedded graph, on the curated record broken in every way the shapes forbid, and on
records broken at random. The reference is `validate` given the rdflib view of the same Oxigraph
store, which runs pySHACL on the union of every graph, as validation always did.
"""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from sister_cities.build import default_store, seed_dataset
from sister_cities.graphstore import MemoryStore, copy_store
from sister_cities.shape_queries import SAFE_FORMS, UnsupportedShapes, plain_pattern, suspect_queries
from sister_cities.validate import shapes_graph, validate
from sister_cities.vocab import ELI, ORG, PROV, SC, SDO, STAGE, WGS, XSD

from terminal import run_on_terminal

ID = "https://w3id.org/sister-cities/id/"
TWINNING = URIRef(ID + "twinning/id-regency-bekasi-regency--kr")
EVENT = URIRef(ID + "event/id-regency-bekasi-regency--kr/mou_signed/2023")
BEKASI, BOGOR, KR = URIRef(ID + "place/id/regency/bekasi-regency"), URIRef(ID + "place/id/city/bogor"), URIRef(ID + "place/kr")
LEGAL = URIRef(ID + "legal/id/193-1652-puod")
MEMBERSHIP = URIRef(ID + "membership/dani-ramdan/penjabat-bupati-bekasi")
ARTICLE = URIRef(ID + "source/article-antara-2023-bekasi-korea")
EVIDENCE = URIRef(ID + "evidence/curated-antara-2023-bekasi-korea/06cac2577187")
PERSON, NEW = URIRef(ID + "person/dani-ramdan"), URIRef(ID + "place/xx/city/atlantis")


def compare(store) -> list[str]:
    """The findings where the data lives, asserted equal to pySHACL's over the whole graph."""
    fast = validate(store)
    whole = validate(store.dataset())
    assert [str(p) for p in fast.problems] == [str(p) for p in whole.problems]
    assert fast.problems == whole.problems
    return [str(p) for p in fast.problems]


def broken(*changes) -> "OxigraphStore":  # noqa: F821
    """The seed dataset in Oxigraph, its curated graph changed: ("+" or "-", subject, predicate, object)."""
    dataset = seed_dataset()
    graph = next(g for g in dataset.graphs() if "curated" in str(g.identifier))
    for sign, s, p, o in changes:
        if sign == "+":
            graph.add((s, p, o))
        else:
            graph.remove((s, p, o))
    return copy_store(MemoryStore(dataset), "oxigraph")


def test_the_embedded_graph_conforms_both_ways():
    assert compare(default_store("oxigraph")) == []


MUTATIONS = {
    "one party": [("-", TWINNING, SC.party, KR)],
    "three parties": [("+", TWINNING, SC.party, BOGOR)],
    "a literal party": [("+", TWINNING, SC.party, Literal("Bekasi"))],
    "a party that is no place": [("+", TWINNING, SC.party, PERSON)],
    "a stage outside the scheme": [("-", TWINNING, SC.stage, None), ("+", TWINNING, SC.stage, STAGE["signed_maybe"])],
    "no stage": [("-", TWINNING, SC.stage, None)],
    "a field outside the scheme (a warning)": [("+", TWINNING, SC.field, URIRef(ID + "field/juggling"))],
    "in passing as a string": [("+", TWINNING, SC.inPassing, Literal("yes"))],
    "a legal basis that is no instrument": [("+", TWINNING, SC.legalBasis, ARTICLE)],
    "an event with two stages": [("+", EVENT, SC.stage, STAGE.active)],
    "an impossible date": [("-", EVENT, SDO.startDate, None), ("+", EVENT, SDO.startDate, Literal("2023-13-45", datatype=XSD.date))],
    "the 30th of February": [("-", EVENT, SDO.startDate, None), ("+", EVENT, SDO.startDate, Literal("2023-02-30", datatype=XSD.date))],
    "the 31st of January (valid)": [("-", EVENT, SDO.startDate, None), ("+", EVENT, SDO.startDate, Literal("2023-01-31", datatype=XSD.date))],
    "a date with a time zone": [("-", EVENT, SDO.startDate, None), ("+", EVENT, SDO.startDate, Literal("2023-01-05Z", datatype=XSD.date))],
    "year zero": [("-", EVENT, SDO.startDate, None), ("+", EVENT, SDO.startDate, Literal("0000", datatype=XSD.gYear))],
    "a date as a string": [("-", EVENT, SDO.startDate, None), ("+", EVENT, SDO.startDate, Literal("2023-01-05"))],
    "two dates": [("+", EVENT, SDO.startDate, Literal("2024", datatype=XSD.gYear))],
    "a signatory who is no person": [("+", EVENT, SC.signatory, BEKASI)],
    "no label": [("-", BEKASI, RDFS.label, None)],
    "two kinds": [("+", BEKASI, SC.kind, URIRef("https://w3id.org/sister-cities/ontology/kind/city"))],
    "a kind outside the scheme": [("-", BEKASI, SC.kind, None), ("+", BEKASI, SC.kind, URIRef(ID + "kind/hamlet"))],
    "a country that is no country": [("+", BEKASI, SC.country, BOGOR)],
    "a Wikidata link to a property": [("+", BEKASI, OWL.sameAs, URIRef("http://www.wikidata.org/entity/P190"))],
    "a Wikidata link with a newline": [("+", BEKASI, OWL.sameAs, Literal("http://www.wikidata.org/entity/Q5\n"))],
    "latitude out of range": [("+", NEW, RDF.type, SC.Locality), ("+", NEW, RDFS.label, Literal("Atlantis", lang="en")),
                              ("+", NEW, WGS.lat, Literal("-91.5", datatype=XSD.decimal)),
                              ("+", NEW, WGS.long, Literal("1e5", datatype=XSD.decimal))],
    "coordinates of another type": [("+", NEW, RDF.type, SC.Locality), ("+", NEW, WGS.lat, Literal(45)),
                                    ("+", NEW, WGS.long, Literal("45.0", datatype=XSD.double))],
    "two latitudes": [("+", NEW, RDF.type, SC.Locality), ("+", NEW, WGS.lat, Literal("1.5", datatype=XSD.decimal)),
                      ("+", NEW, WGS.lat, Literal("2.5", datatype=XSD.decimal))],
    "a country code in lower case, and a second": [("-", KR, SC.countryCode, None), ("+", KR, SC.countryCode, Literal("kr")),
                                                   ("+", KR, SC.countryCode, Literal("KOR"))],
    "an instrument with an empty number": [("-", LEGAL, ELI.id_local, None), ("+", LEGAL, ELI.id_local, Literal(""))],
    "an instrument dated twice": [("+", LEGAL, ELI.date_document, Literal("1993", datatype=XSD.gYear)),
                                  ("+", LEGAL, ELI.date_document, Literal("1993-04", datatype=XSD.gYearMonth))],
    "a membership without its role": [("-", MEMBERSHIP, ORG.role, None)],
    "evidence of nothing": [("-", EVIDENCE, SC.supports, None)],
    "an article dated by the minute, and a second date": [
        ("-", ARTICLE, SDO.datePublished, None),
        ("+", ARTICLE, SDO.datePublished, Literal("2023-01-19T10:05:00+07:00", datatype=XSD.dateTime)),
        ("+", ARTICLE, SDO.datePublished, Literal("January 2023"))],
    "a new twinning of a country with itself": [("+", NEW, RDF.type, SC.Twinning), ("+", NEW, SC.party, KR),
                                                ("+", NEW, SC.stage, STAGE.active)],
    "a subclass of Locality": [("+", URIRef(ID + "class/hamlet"), RDFS.subClassOf, SC.Locality),
                               ("+", NEW, RDF.type, URIRef(ID + "class/hamlet")), ("+", TWINNING, SC.party, NEW)],
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_broken_record_gives_pyshacls_findings(name):
    compare(broken(*MUTATIONS[name]))


def test_the_findings_are_the_real_ones():
    findings = compare(broken(*MUTATIONS["latitude out of range"], *MUTATIONS["an impossible date"]))
    assert "Violation: <https://w3id.org/sister-cities/id/place/xx/city/atlantis> wgs:lat: A latitude is a decimal " \
           "between -90 and 90. (value: \"-91.5\"^^xsd:decimal)" in findings
    assert any("must be a valid xsd:date" in f and "2023-13-45" in f for f in findings)
    assert compare(broken(*MUTATIONS["the 31st of January (valid)"])) == []


SUBJECTS = [TWINNING, EVENT, BEKASI, KR, LEGAL, MEMBERSHIP, ARTICLE, EVIDENCE, NEW]
PREDICATES = [SC.party, SC.stage, SC.field, SC.inPassing, SC.legalBasis, SC.kind, RDFS.label, SC.country, OWL.sameAs,
              WGS.lat, WGS.long, SC.countryCode, ELI.id_local, ELI.title, ELI.date_document, SDO.startDate,
              SC.signatory, ORG.member, ORG.role, PROV.wasDerivedFrom, SC.supports, SDO.datePublished, RDF.type]
OBJECTS = [BEKASI, BOGOR, KR, PERSON, ARTICLE, LEGAL, STAGE.active, STAGE["signed_maybe"], SC.Twinning, SC.Locality,
           SC.Country, SC.TwinningEvent, ELI.LegalResource, ORG.Membership, SC.Evidence, SDO.NewsArticle, SKOS.Concept,
           SDO.Person, URIRef("http://www.wikidata.org/entity/Q42"), URIRef("https://www.wikidata.org/wiki/Q42"),
           Literal("abc"), Literal(""), Literal("ID"), Literal("x", lang="en"), Literal(45), Literal(True),
           Literal("-91", datatype=XSD.decimal), Literal("45.25", datatype=XSD.decimal), Literal("2023-13-45", datatype=XSD.date),
           Literal("2023-06-30", datatype=XSD.date), Literal("2023", datatype=XSD.gYear), Literal("20x3", datatype=XSD.gYear),
           Literal("2023-05", datatype=XSD.gYearMonth), Literal("2023-05-01T10:00:00Z", datatype=XSD.dateTime),
           Literal("yes", datatype=XSD.boolean)]
change = st.tuples(st.sampled_from("+-"), st.sampled_from(SUBJECTS), st.sampled_from(PREDICATES),
                   st.one_of(st.sampled_from(OBJECTS), st.none()))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(change, min_size=1, max_size=6))
def test_any_broken_record_gives_pyshacls_findings(changes):
    compare(broken(*[(sign, s, p, o) for sign, s, p, o in changes if o is not None or sign == "-"]))


# --- what the queries rely on -----------------------------------------------------------------------

PYTHON_TYPES = {XSD.decimal: "Decimal", XSD.integer: "int", XSD.boolean: "bool", XSD.date: "date",
                XSD.dateTime: "datetime"}


@pytest.mark.parametrize("datatype", sorted(SAFE_FORMS))
def test_every_safe_form_is_a_valid_value_for_rdflib(datatype):
    """A value the queries vouch for must be one pySHACL accepts: well typed, of the Python type it checks."""
    @settings(max_examples=200, deadline=None)
    @given(st.from_regex(SAFE_FORMS[datatype], fullmatch=True))
    def check(text):
        literal = Literal(text, datatype=datatype)
        assert not getattr(literal, "ill_typed", False), text
        if datatype in PYTHON_TYPES:
            assert type(literal.value).__name__ == PYTHON_TYPES[datatype], (text, literal.value)

    check()


def test_the_patterns_of_the_shapes_are_plain():
    patterns = [str(p) for p in shapes_graph().objects(None, SH.pattern)]
    assert patterns and all(plain_pattern(p) for p in patterns)
    assert not plain_pattern(r"^\w+$") and not plain_pattern(r"(?i)q") and not plain_pattern(r"^a(?=b)")


def test_shapes_it_cannot_translate_go_to_pyshacl_whole(capsys):
    shapes = shapes_graph()
    shapes.parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix sc: <https://w3id.org/sister-cities/ontology#> .
        <urn:x:shape> a sh:NodeShape ; sh:targetClass sc:Twinning ;
            sh:property [ sh:path sc:party ; sh:node <urn:x:named> ] .
        <urn:x:named> a sh:NodeShape ; sh:property [ sh:path <http://www.w3.org/2000/01/rdf-schema#label> ; sh:minCount 1 ] .
    """, format="turtle")
    with pytest.raises(UnsupportedShapes, match="node"):
        suspect_queries(shapes)
    store = broken(*MUTATIONS["no label"])
    fast, whole = validate(store, shapes=shapes), validate(store.dataset(), shapes=shapes)
    assert fast.problems == whole.problems and not fast.conforms
    assert "validating the whole graph with pySHACL: urn:x:shape: node on party is not translated" in capsys.readouterr().err


def test_a_progress_line_on_a_terminal_only(tmp_path):
    """stderr a terminal: a progress line; stderr a pipe: nothing but the findings."""
    store = default_store("oxigraph")
    folder = store.save(tmp_path / "embedded.oxigraph")
    del store
    command = [sys.executable, "-c", "from sister_cities.cli import main; main()", "validate", "--graph", str(folder)]
    piped = subprocess.run(command, capture_output=True, text=True)
    assert (piped.returncode, piped.stdout, piped.stderr) == (0, "valid (0 warnings)\n", "")
    on_terminal, shown = run_on_terminal(command)
    assert on_terminal.stdout == "valid (0 warnings)\n"
    assert b"validating" in shown
