"""Records to triples: the one pure function that turns a `SourceRecord` into its named graph.

IRIs are minted from stable keys (a place's country, kind and English name; a twinning's two places;
an event's twinning, stage and date), so loading the same source twice gives the same triples and
two sources that speak of the same place or twinning meet on the same node. Each source gets a
named graph of its own (`id/graph/<source key>`) holding its facts and its provenance, so it can be
replaced or dropped as a unit.
"""
from __future__ import annotations

import functools
import hashlib
from decimal import Decimal
import re
import unicodedata
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .records import (
    Activity,
    Event,
    Evidence,
    LegalInstrument,
    Link,
    Locality,
    Organisation,
    Person,
    Source,
    SourceRecord,
    Twinning,
)
from .vocab import (
    DCTERMS,
    ELI,
    FIELD,
    GEO,
    ID,
    INSTRUMENT_TYPE,
    KIND,
    LEGAL_TYPE,
    ORG,
    ORG_TYPE,
    OWL,
    PROV,
    RDF,
    RDFS,
    SC,
    SDO,
    SKOS,
    STAGE,
    WD,
    WGS,
    XSD,
    bind_prefixes,
)

TWINNED_STAGES = frozenset({"mou_signed", "agreement_signed", "active", "renewed"})
"""Stages at which two places count as twinned (`sc:twinnedWith`, Wikidata's P190)."""

GOVERNMENT_TYPES = frozenset({"local_government", "provincial_government", "national_government"})

SOURCE_CLASSES = {
    "news_article": SDO.NewsArticle,
    "curated": SC.CuratedRecord,
    "dataset": SDO.Dataset,
    "wikidata": SDO.Dataset,
    "links": SDO.Dataset,
}

INSTRUMENT_NAMES = {"loi": "Letter of Intent", "mou": "Memorandum of Understanding", "agreement": "Agreement"}


# --- minting ----------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1 << 17)
def slug(text: str, limit: int = 80) -> str:
    """A readable, stable IRI segment: accents folded, lower case, hyphens; long ones get a hash."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    result = re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "x"
    if len(result) > limit:
        result = result[: limit - 9].rstrip("-") + "-" + _digest(text)[:8]
    return result


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def locality_key(locality: Locality) -> str:
    """country/kind/name, and what tells namesakes apart when two places share those (`distinct`)."""
    if locality.kind == "country":
        return locality.country.lower()
    key = f"{locality.country.lower()}/{locality.kind}/{slug(locality.name)}"
    return f"{key}--{slug(locality.distinct)}" if locality.distinct else key


def locality_iri(locality: Locality) -> URIRef:
    return ID["place/" + locality_key(locality)]


def country_iri(code: str) -> URIRef:
    return ID["place/" + code.lower()]


def twinning_key(a: Locality, b: Locality) -> str:
    first, second = sorted([locality_key(a).replace("/", "-"), locality_key(b).replace("/", "-")])
    return f"{first}--{second}"


def twinning_iri(a: Locality, b: Locality) -> URIRef:
    return ID["twinning/" + twinning_key(a, b)]


def source_iri(source: Source) -> URIRef:
    return ID["source/" + slug(source.key)]


def graph_iri(source: Source) -> URIRef:
    return ID["graph/" + slug(source.key)]


def person_iri(name: str) -> URIRef:
    return ID["person/" + slug(name)]


def organisation_iri(name: str) -> URIRef:
    return ID["org/" + slug(name)]


def legal_iri(instrument: LegalInstrument) -> URIRef:
    return ID[f"legal/{instrument.country.lower()}/{slug(instrument.number or instrument.title)}"]


@functools.lru_cache(maxsize=1 << 16)
def decimal(value: float | str) -> Literal:
    """A float as a valid xsd:decimal in its canonical form (plain digits, no exponent, no trailing
    zeros: 1.0 is "1", as Oxigraph writes it, so both stores hold the same literal)."""
    return Literal(format(Decimal(str(value)).normalize(), "f"), datatype=XSD.decimal)


def typed_date(value: str) -> Literal:
    """An ISO date or partial date as xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(value)]
    return Literal(value, datatype=datatype)


# --- the one function ---------------------------------------------------------------------------------

Triple = tuple[Node, Node, Node]


def record_to_triples(record: SourceRecord, *, parties_elsewhere: bool = False, distinct: bool = True) -> list[Triple]:
    """All that one source says, as triples of its named graph `graph_iri(record.source)`.

    The pure core: no rdflib Graph is built, so bulk loaders can stream the triples into any store.
    With `parties_elsewhere`, the twinnings' places are only named, not described: a bulk loader
    that cuts a record in chunks describes them once, in a chunk of their own (`build.record_chunks`).
    With `distinct=False` a triple may come more than once, for a store that keeps one (Oxigraph):
    the set that removes them hashes every rdflib term in Python, 30% of the time of making the
    triples of the world graph (measured).
    """
    writer = _Writer(graph_iri(record.source), record, parties_elsewhere=parties_elsewhere, distinct=distinct)
    writer.write()
    return list(writer.triples)


def record_to_graph(record: SourceRecord) -> Graph:
    """All that one source says, as the rdflib named graph `graph_iri(record.source)`."""
    graph = Graph(identifier=graph_iri(record.source))
    bind_prefixes(graph)
    for triple in record_to_triples(record):
        graph.add(triple)
    return graph


class _Writer:
    """Walks one record; keeps the lookups (names to IRIs) that the record's parts share."""

    def __init__(self, graph_node: URIRef, record: SourceRecord, *, parties_elsewhere: bool = False,
                 distinct: bool = True) -> None:
        self.graph_node = graph_node
        self.parties_elsewhere = parties_elsewhere
        self.triples: dict[Triple, None] | list[Triple] = {} if distinct else []  # a dict: an insertion-ordered set
        if not distinct:
            self.add = self._add_any  # type: ignore[method-assign]
        self.record = record
        self.method = Literal(record.method)  # made once: rdflib's literals are slow to make
        self.source = source_iri(record.source)
        self.places = {loc.name: loc for loc in record.localities}
        self.orgs = {org.name: org for org in record.organisations}
        self.people = {person.name: person for person in record.people}
        self.legal = {inst.number: inst for inst in record.legal_instruments if inst.number}

    def add(self, s: Node, p: Node, o: Node | None) -> None:
        if o is not None:
            self.triples[(s, p, o)] = None  # type: ignore[call-overload]

    def _add_any(self, s: Node, p: Node, o: Node | None) -> None:
        if o is not None:
            self.triples.append((s, p, o))  # type: ignore[union-attr]

    def write(self) -> None:
        record = self.record
        graph_node = self.graph_node
        self.add(graph_node, RDF.type, SC.SourceGraph)
        self.add(graph_node, PROV.wasDerivedFrom, self.source)
        self.add(graph_node, SC.extractionMethod, Literal(record.method))
        self.write_source(record.source, self.source)
        for locality in record.localities:
            self.write_locality(locality)
        for organisation in record.organisations:
            self.write_organisation(organisation)
        for person in record.people:
            self.write_person(person)
        for instrument in record.legal_instruments:
            self.write_legal(instrument)
        for twinning in record.twinnings:
            self.write_twinning(twinning)
        for activity in record.activities:
            self.write_activity(activity)
        for link in record.links:
            self.write_link(link)

    # sources
    def write_source(self, source: Source, node: URIRef) -> None:
        self.add(node, RDF.type, SOURCE_CLASSES.get(source.kind, SDO.CreativeWork))
        self.add(node, RDF.type, PROV.Entity)
        self.add(node, DCTERMS.title, _literal(source.title))
        if source.publisher:
            publisher = organisation_iri(source.publisher)
            self.add(node, SDO.publisher, publisher)
            self.add(publisher, RDF.type, SDO.Organization)
            self.add(publisher, RDFS.label, Literal(source.publisher))
        if source.published:
            self.add(node, SDO.datePublished, typed_date(source.published))
        if source.url:
            self.add(node, SDO.url, Literal(source.url, datatype=XSD.anyURI))
        self.add(node, DCTERMS.language, _literal(source.language))
        self.add(node, DCTERMS.license, _literal(source.licence))
        self.add(node, DCTERMS.identifier, _literal(source.identifier))
        if source.retrieved:
            self.add(node, SDO.dateModified if source.kind == "wikidata" else PROV.generatedAtTime,
                     typed_date(source.retrieved))
        for prop, name in ((SDO.author, source.reporter), (SDO.editor, source.editor)):
            if name:
                self.add(node, prop, self.person_node(name))
        if source.dateline:
            self.add(node, SDO.locationCreated, self.place_node(source.dateline))
        if source.derived_from is not None:
            original = source_iri(source.derived_from)
            self.add(node, PROV.wasDerivedFrom, original)
            self.write_source(source.derived_from, original)

    # places
    def write_locality(self, locality: Locality) -> URIRef:
        node = locality_iri(locality)
        self.add(node, RDF.type, SC.Country if locality.kind == "country" else SC.Locality)
        self.add(node, SC.kind, KIND[locality.kind])
        self.add(node, RDFS.label, Literal(locality.name, lang=locality.name_language))
        if locality.local_name and locality.local_name != locality.name:
            self.add(node, SKOS.altLabel, Literal(locality.local_name, lang="id"))
        for alias in locality.aliases:
            self.add(node, SKOS.altLabel, Literal(alias))
        if locality.kind == "country":
            self.add(node, SC.countryCode, Literal(locality.country))
        else:
            self.add(node, SC.country, country_iri(locality.country))
        if locality.part_of:
            self.add(node, SDO.containedInPlace, self.place_node(locality.part_of))
        if locality.qid:
            self.add(node, OWL.sameAs, WD[locality.qid])
        if locality.lat is not None and locality.lon is not None:
            self.add(node, WGS.lat, decimal(locality.lat))
            self.add(node, WGS.long, decimal(locality.lon))
            geometry = URIRef(node + "/geometry")
            self.add(node, GEO.hasGeometry, geometry)
            self.add(geometry, RDF.type, GEO.Geometry)
            self.add(geometry, GEO.asWKT, Literal(f"POINT({locality.lon} {locality.lat})", datatype=GEO.wktLiteral))
        self.add(node, SC.kemendagriCode, _literal(locality.kemendagri_code))
        self.add(node, SC.geonamesId, _literal(locality.geonames_id))
        return node

    def party_node(self, locality: Locality) -> URIRef:
        """A twinning's place: described here, unless the record's loader describes it elsewhere."""
        return locality_iri(locality) if self.parties_elsewhere else self.write_locality(locality)

    def place_node(self, name: str) -> URIRef:
        """The IRI of a place the record names; a name it does not describe is an error in the record."""
        locality = self.places.get(name)
        if locality is None:
            raise KeyError(f"the record names the place {name!r} but does not describe it under 'localities'")
        return locality_iri(locality)

    # bodies and people
    def write_organisation(self, organisation: Organisation) -> URIRef:
        node = organisation_iri(organisation.name)
        self.add(node, RDF.type, ORG.Organization)
        if organisation.type in GOVERNMENT_TYPES:
            self.add(node, RDF.type, SC.GovernmentBody)
        self.add(node, RDFS.label, Literal(organisation.name))
        if organisation.local_name:
            self.add(node, SKOS.altLabel, Literal(organisation.local_name, lang="id"))
        self.add(node, ORG.classification, ORG_TYPE[slug(organisation.type)])
        if organisation.locality:
            self.add(node, SC.jurisdiction if organisation.type in GOVERNMENT_TYPES else SDO.location,
                     self.place_node(organisation.locality))
        return node

    def agent_node(self, name: str) -> URIRef:
        """An initiator or broker: a described person or body, else a body known only by its name."""
        if name in self.people:
            return person_iri(name)
        if name not in self.orgs:
            node = organisation_iri(name)
            self.add(node, RDF.type, ORG.Organization)
            self.add(node, RDFS.label, Literal(name))
            return node
        return organisation_iri(name)

    def person_node(self, name: str) -> URIRef:
        node = person_iri(name)
        self.add(node, RDF.type, SDO.Person)
        self.add(node, SDO.name, Literal(name))
        return node

    def write_person(self, person: Person) -> URIRef:
        node = self.person_node(person.name)
        if person.role or person.organisation or person.represents:
            organisation = self.organisation_for(person)
            role_text = person.role or person.role_en or "member"
            membership = ID[f"membership/{slug(person.name)}/{slug(role_text)}"]
            self.add(membership, RDF.type, ORG.Membership)
            self.add(membership, ORG.member, node)
            self.add(membership, ORG.organization, organisation)
            role = ID["role/" + slug(role_text)]
            self.add(membership, ORG.role, role)
            self.add(role, RDF.type, ORG.Role)
            if person.role:
                self.add(role, RDFS.label, Literal(person.role, lang="id"))
            if person.role_en:
                self.add(role, RDFS.label, Literal(person.role_en, lang="en"))
        return node

    def organisation_for(self, person: Person) -> URIRef | None:
        if person.organisation:
            return self.agent_node(person.organisation)
        if person.represents:
            place = self.places.get(person.represents)
            name = f"Government of {person.represents}"
            if name not in self.orgs:
                node = organisation_iri(name)
                self.add(node, RDF.type, ORG.Organization)
                self.add(node, RDF.type, SC.GovernmentBody)
                self.add(node, RDFS.label, Literal(name, lang="en"))
                if place is not None:
                    self.add(node, SC.jurisdiction, locality_iri(place))
            return organisation_iri(name)
        return None

    # legal instruments
    def write_legal(self, instrument: LegalInstrument) -> URIRef:
        node = legal_iri(instrument)
        self.add(node, RDF.type, ELI.LegalResource)
        self.add(node, ELI.title, Literal(instrument.title, lang="id" if instrument.country == "ID" else None))
        self.add(node, ELI.id_local, _literal(instrument.number))
        if instrument.date:
            self.add(node, ELI.date_document, typed_date(instrument.date))
        self.add(node, ELI.type_document, LEGAL_TYPE[slug(instrument.kind)])
        if instrument.issuer:
            self.add(node, ELI.passed_by, self.agent_node(instrument.issuer))
        return node

    # twinnings
    def write_twinning(self, twinning: Twinning) -> URIRef:
        a, b = self.party_node(twinning.a), self.party_node(twinning.b)
        node = twinning_iri(twinning.a, twinning.b)
        self.add(node, RDF.type, SC.Twinning)
        known = twinning.a.name_language == twinning.b.name_language == "en"
        self.add(node, RDFS.label, Literal(f"{twinning.a.name} – {twinning.b.name}", lang="en" if known else None))
        self.add(node, SC.party, a)
        self.add(node, SC.party, b)
        if twinning.stage in TWINNED_STAGES:
            self.add(a, SC.twinnedWith, b)
            self.add(b, SC.twinnedWith, a)
        self.add(node, SC.stage, STAGE[twinning.stage])
        self.add(node, SC.inPassing, _BOOLEANS[bool(twinning.in_passing)])
        self.add(node, SC.programme, _literal(twinning.programme))
        for code in twinning.fields:
            self.add(node, SC.field, FIELD[code])
        for aim in twinning.aims:
            self.add(node, SC.aim, Literal(aim, lang="en"))
        for number in twinning.legal_basis:
            instrument = self.legal.get(number)
            if instrument is None:
                raise KeyError(f"the twinning {twinning.a.name} – {twinning.b.name} rests on {number!r}, "
                               "which the record does not describe under 'legal_instruments'")
            self.add(node, SC.legalBasis, legal_iri(instrument))
        for name in twinning.initiators:
            self.add(node, SC.initiatedBy, self.agent_node(name))
        for name in twinning.brokers:
            self.add(node, SC.brokeredBy, self.agent_node(name))
        self.write_evidence(node, twinning.evidence, confidence=twinning.confidence)
        for event in twinning.events:
            self.add(node, SC.event, self.write_event(node, twinning, event))
        return node

    def write_event(self, twinning_node: URIRef, twinning: Twinning, event: Event) -> URIRef:
        key = twinning_key(twinning.a, twinning.b)
        node = ID[f"event/{key}/{event.stage}/{event.date or 'undated'}"]
        self.add(node, RDF.type, SC.TwinningEvent)
        self.add(node, SC.stage, STAGE[event.stage])
        if event.date:
            self.add(node, SDO.startDate, typed_date(event.date))
        if event.place:
            self.add(node, SDO.location, self.place_node(event.place))
        self.add(node, SDO.description, _literal(event.description, lang="en"))
        if event.instrument:
            instrument = ID[f"instrument/{key}/{event.instrument}/{event.date or 'undated'}"]
            self.add(node, SC.instrument, instrument)
            self.add(instrument, RDF.type, SC.Instrument)
            self.add(instrument, SC.instrumentType, INSTRUMENT_TYPE[event.instrument])
            title = f"{INSTRUMENT_NAMES.get(event.instrument, event.instrument)} between {twinning.a.name} and {twinning.b.name}"
            self.add(instrument, DCTERMS.title, Literal(title, lang="en"))
        for person in event.signatories:
            self.add(node, SC.signatory, self.write_person(person))
        for person in event.spokespeople:
            self.add(node, SC.spokesperson, self.write_person(person))
        self.write_evidence(node, event.evidence)
        return node

    def write_activity(self, activity: Activity) -> URIRef:
        node = ID[f"activity/{slug(self.record.source.key)}/{_digest(activity.description)[:12]}"]
        self.add(node, RDF.type, PROV.Activity)
        self.add(node, RDF.type, SDO.Event)
        self.add(node, SDO.description, Literal(activity.description, lang="en"))
        if activity.place:
            self.add(node, SDO.location, self.place_node(activity.place))
        for name in activity.participants:
            self.add(node, PROV.wasAssociatedWith, self.agent_node(name))
        if activity.organiser:
            self.add(node, SDO.organizer, self.agent_node(activity.organiser))
        if activity.date:
            self.add(node, SDO.startDate, typed_date(activity.date))
        self.write_evidence(node, activity.evidence)
        return node

    # links to Wikidata
    def write_link(self, link: Link) -> URIRef:
        """`owl:sameAs` to the item, and an evidence node that reifies it with the method, score and
        reasons, derived from the sources the link rests on."""
        node, item = URIRef(link.node), WD[link.qid]
        self.add(node, OWL.sameAs, item)
        place = str(ID["place/"])
        evidence = ID["link/" + (link.node[len(place):] if link.node.startswith(place) else _digest(link.node)[:16])]
        self.add(evidence, RDF.type, SC.Evidence)
        self.add(evidence, SC.supports, node)
        self.add(evidence, RDF.subject, node)
        self.add(evidence, RDF.predicate, OWL.sameAs)
        self.add(evidence, RDF.object, item)
        for source in link.sources or (self.record.source,):  # each described in a graph of its own
            self.add(evidence, PROV.wasDerivedFrom, source_iri(source))
        self.add(evidence, SC.extractionMethod, Literal(link.method))
        self.add(evidence, RDF.value, decimal(round(link.score, 2)))
        self.add(evidence, RDFS.comment, Literal("; ".join(link.reasons), lang="en") if link.reasons else None)
        return evidence

    def write_evidence(self, subject: URIRef, evidence: Evidence | None, *, confidence: float | None = None) -> None:
        """Tie a fact to where it stands in the source, to the method that read it there and to how
        sure that method is."""
        node = ID[f"evidence/{slug(self.record.source.key)}/{_digest(str(subject))[:12]}"]
        self.add(subject, SC.evidence, node)
        self.add(node, RDF.type, SC.Evidence)
        self.add(node, SC.supports, subject)
        self.add(node, PROV.wasDerivedFrom, self.source)
        self.add(node, SC.extractionMethod, self.method)
        if confidence is not None:
            self.add(node, SC.confidence, decimal(round(confidence, 3)))
        if evidence is not None:
            self.add(node, PROV.value, _literal(evidence.quote))
            if evidence.paragraph is not None:
                self.add(node, SC.paragraph, Literal(int(evidence.paragraph)))
            self.add(node, RDFS.comment, _literal(evidence.note, lang="en"))


_BOOLEANS = {True: Literal(True), False: Literal(False)}


def _literal(value: str | None, lang: str | None = None) -> Literal | None:
    return None if value is None else Literal(value, lang=lang)


def graphs_of(records: Iterable[SourceRecord]) -> list[Graph]:
    """The named graph of each record, in order."""
    return [record_to_graph(record) for record in records]


__all__ = [
    "TWINNED_STAGES", "country_iri", "graph_iri", "graphs_of", "legal_iri", "locality_iri",
    "locality_key", "organisation_iri", "person_iri", "record_to_graph", "record_to_triples", "slug",
    "source_iri",
    "twinning_iri", "twinning_key", "typed_date",
]
