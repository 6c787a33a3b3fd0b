"""Every vocabulary term the package writes or reads, in one place.

Our own terms live in `SC`; `DefinedNamespace` makes a misspelt term an AttributeError instead of a
silently new IRI. The external vocabularies are the ones users already query with (schema.org, W3C ORG,
PROV-O, ELI, SKOS, GeoSPARQL, WGS84, Dublin Core, Wikidata). `ontology/sister-cities.ttl` documents each
term; a test checks that the two agree.
"""
from __future__ import annotations

import re

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    GEO,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
)

ONTOLOGY_IRI = URIRef("https://w3id.org/sister-cities/ontology")
BASE = "https://w3id.org/sister-cities/"
ID = Namespace(BASE + "id/")
"""Minted resources: places, twinnings, events, people, organisations, sources, named graphs."""


class SC(DefinedNamespace):
    """Terms of the sister-cities ontology that have no home in an established vocabulary."""

    _NS = Namespace("https://w3id.org/sister-cities/ontology#")
    _fail = True

    # classes
    Locality: URIRef
    Country: URIRef
    Twinning: URIRef
    TwinningEvent: URIRef
    Instrument: URIRef
    GovernmentBody: URIRef
    Evidence: URIRef
    SourceGraph: URIRef
    CuratedRecord: URIRef

    # localities
    kind: URIRef
    country: URIRef
    countryCode: URIRef
    kemendagriCode: URIRef
    geonamesId: URIRef

    # twinnings
    party: URIRef
    twinnedWith: URIRef
    stage: URIRef
    event: URIRef
    field: URIRef
    aim: URIRef
    programme: URIRef
    legalBasis: URIRef
    initiatedBy: URIRef
    brokeredBy: URIRef
    inPassing: URIRef

    # events and instruments
    instrument: URIRef
    instrumentType: URIRef
    signatory: URIRef
    spokesperson: URIRef

    # organisations
    jurisdiction: URIRef

    # provenance
    evidence: URIRef
    paragraph: URIRef
    extractionMethod: URIRef
    confidence: URIRef
    supports: URIRef


class ELI(DefinedNamespace):
    """The European Legislation Identifier terms we use for legal instruments."""

    _NS = Namespace("http://data.europa.eu/eli/ontology#")
    _fail = True

    LegalResource: URIRef
    title: URIRef
    id_local: URIRef
    date_document: URIRef
    passed_by: URIRef
    type_document: URIRef


class ORG(DefinedNamespace):
    """The W3C Organization Ontology terms we use for bodies, roles and memberships."""

    _NS = Namespace("http://www.w3.org/ns/org#")
    _fail = True

    Organization: URIRef
    Membership: URIRef
    Role: URIRef
    member: URIRef
    organization: URIRef
    role: URIRef
    classification: URIRef


class WGS(DefinedNamespace):
    """W3C WGS84 positions (rdflib's own copy spells the namespace with https, which no data uses)."""

    _NS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
    _fail = True

    lat: URIRef
    long: URIRef


WD = Namespace("http://www.wikidata.org/entity/")
QID_PATTERN = re.compile(r"^Q[1-9][0-9]*$")
"""A Wikidata item id (Q followed by digits, no leading zero): the one pattern every module checks with."""
WDT = Namespace("http://www.wikidata.org/prop/direct/")

# SKOS concept schemes. Concept IRIs are the scheme IRI plus the notation code, so a code can be
# turned into its concept without a lookup; `ontology/schemes.ttl` gives labels and definitions.
STAGE = Namespace(BASE + "ontology/stage/")
KIND = Namespace(BASE + "ontology/kind/")
FIELD = Namespace(BASE + "ontology/field/")
INSTRUMENT_TYPE = Namespace(BASE + "ontology/instrument-type/")
LEGAL_TYPE = Namespace(BASE + "ontology/legal-type/")
ORG_TYPE = Namespace(BASE + "ontology/organization-type/")

STAGE_SCHEME = URIRef(BASE + "ontology/stage")
KIND_SCHEME = URIRef(BASE + "ontology/kind")
FIELD_SCHEME = URIRef(BASE + "ontology/field")
INSTRUMENT_TYPE_SCHEME = URIRef(BASE + "ontology/instrument-type")
LEGAL_TYPE_SCHEME = URIRef(BASE + "ontology/legal-type")
ORG_TYPE_SCHEME = URIRef(BASE + "ontology/organization-type")

STAGES = ("proposed", "loi_signed", "mou_signed", "agreement_signed", "active", "renewed", "ended")
"""The life of a twinning, in the order it is normally lived."""

KINDS = ("country", "province", "state", "prefecture", "regency", "county", "city", "district", "other")

PREFIXES = {
    "sc": SC._NS,
    "id": ID,
    "schema": SDO,
    "org": ORG._NS,
    "prov": PROV,
    "eli": ELI._NS,
    "skos": SKOS,
    "geo": GEO,
    "wgs": WGS._NS,
    "dcterms": DCTERMS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "wd": WD,
    "wdt": WDT,
    "stage": STAGE,
    "kind": KIND,
    "field": FIELD,
}


def _cache_terms(*namespaces) -> None:
    """Make each declared term a plain class attribute of its namespace, so that `SC.party` is a
    lookup, not a call: a `DefinedNamespace` builds and checks the term on every access (0.57 us
    against 0.03 us, measured), and building the world graph reads about two million of them. The
    values are the very terms the namespace gives; a misspelt term still raises."""
    from rdflib.namespace import DefinedNamespaceMeta

    for namespace in namespaces:
        for klass in namespace.__mro__:
            for name in getattr(klass, "__annotations__", {}):
                if not name.startswith("_") and not hasattr(DefinedNamespaceMeta, name) and name not in vars(namespace):
                    # what namespace[name] gives, without its check (which walks every annotation:
                    # 0.25 s at import for schema.org's 2,700 terms)
                    type.__setattr__(namespace, name, namespace._NS[name])


_cache_terms(SC, ELI, ORG, WGS, DCTERMS, GEO, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD)


def bind_prefixes(graph) -> None:
    """Give a graph or dataset our prefixes, so that Turtle and TriG output reads well."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


__all__ = [
    "BASE", "DCTERMS", "ELI", "FIELD", "FIELD_SCHEME", "GEO", "ID", "INSTRUMENT_TYPE",
    "INSTRUMENT_TYPE_SCHEME", "KIND", "KINDS", "KIND_SCHEME", "LEGAL_TYPE", "LEGAL_TYPE_SCHEME",
    "ONTOLOGY_IRI", "ORG", "ORG_TYPE", "ORG_TYPE_SCHEME", "OWL", "PREFIXES", "PROV", "RDF", "RDFS",
    "QID_PATTERN", "SC", "SDO", "SKOS", "STAGE", "STAGES", "STAGE_SCHEME", "WD", "WDT", "WGS", "XSD", "bind_prefixes",
]
