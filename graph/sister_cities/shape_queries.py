"""The SHACL shapes as SPARQL queries for the focus nodes that may break them, so that validation
runs where the data lives.

pySHACL over the world graph (814,208 triples copied into rdflib) took 50 s. But every shape of
`ontology/shapes.ttl` judges a focus node by its own statements alone: the values of a path, the
types of those values and the class hierarchy. So what each node shape says of each path becomes
one query that asks the store for the focus nodes that *may* break it, a test that is sound (a node
it lets through conforms, whatever pySHACL would say) but not exact; pySHACL, the only judge, validates
those nodes with their neighbourhood (their statements, the types of what they point to, the class
hierarchy): a few hundred triples instead of the whole graph, and the same findings node for node.

What the queries can judge soundly, constraint by constraint (anything in doubt makes a suspect):

- `sh:minCount`, `sh:maxCount`: distinct values counted (a union of graphs repeats a triple once
  per source that states it);
- `sh:class`, `sh:nodeKind`, `sh:in` (IRIs and strings): exactly;
- `sh:datatype`: a literal of that datatype whose text has the plain form `SAFE_FORMS` gives it,
  which rdflib (and so pySHACL) always reads as a valid value; any other form (a time zone, day
  31, year 0) is left to pySHACL;
- `sh:minInclusive` and the other bounds: a plain decimal or integer compared with a numeric bound;
- `sh:pattern` without flags and of the pieces `plain_pattern` allows: where the regular
  expressions of SPARQL (XPath) and Python mean the same;
- `sh:minLength`, `sh:maxLength`: the length of the value's text;
- `sh:or`: any member whose constraints all hold.

A shape this module cannot read (another target, a path other than one property, a constraint
such as `sh:node` that looks further than a node's neighbourhood) raises `UnsupportedShapes`;
`validate` then runs pySHACL over the whole graph, as before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from .queries import Select, sparql_term, values_block


class UnsupportedShapes(Exception):
    """A shape this module cannot turn into a sound query; the message says which and why."""


SAFE_FORMS = {
    XSD.decimal: r"^[+-]?[0-9]+(\.[0-9]+)?$",
    XSD.integer: r"^[+-]?[0-9]+$",
    XSD.boolean: r"^(true|false|0|1)$",
    XSD.date: r"^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])$",
    XSD.gYearMonth: r"^[1-9][0-9]{3}-(0[1-9]|1[0-2])$",
    XSD.gYear: r"^[1-9][0-9]{3}$",
    XSD.dateTime: r"^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
                  r"(\.[0-9]+)?(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9])?$",
}
"""For each datatype, a form of its text that rdflib always parses into a value of the right type
(tests/test_validate_store.py draws strings of each form and checks). Days stop at 28, so that no
date of this form can be the 30th of February."""

NUMBERS = (XSD.decimal, XSD.integer)
"""The datatypes whose plain forms compare by number on every engine and in pySHACL."""

PLAIN_PIECES = re.compile(r"^(?:[A-Za-z0-9 ^$.*+?()\[\]{}|,:/_-]|\\[.\\\-+*?()\[\]{}|^$/d])*$")


def plain_pattern(pattern: str) -> bool:
    """Whether a regular expression is built only of pieces that mean the same in XPath (SPARQL) and
    Python, or where Python is the more lenient (its `$` also matches before a final line feed):
    plain characters and escapes, `\\d`, classes, anchors, groups without `(?`, alternatives, quantifiers."""
    return bool(PLAIN_PIECES.match(pattern)) and "(?" not in pattern


RANGES = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}
NODE_KINDS = {
    SH.IRI: "isIRI(?value)", SH.BlankNode: "isBlank(?value)", SH.Literal: "isLiteral(?value)",
    SH.BlankNodeOrIRI: "(isIRI(?value) || isBlank(?value))",
    SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))",
    SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))",
}
VALUE_CONSTRAINTS = {SH["class"], SH.nodeKind, SH.datatype, SH["in"], SH.pattern, SH.flags, SH.minLength,
                     SH.maxLength, SH["or"], *RANGES}
"""Constraints on each value by itself: `sh:or` members may hold these and nothing else."""
CONSTRAINTS = VALUE_CONSTRAINTS | {SH.minCount, SH.maxCount}
ANNOTATIONS = {SH.path, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.defaultValue,
               SH.deactivated, RDF.type}
NODE_SHAPE_KEYS = {SH.targetClass, SH.targetNode, SH.property, SH.message, SH.severity, SH.name,
                   SH.description, SH.deactivated, RDF.type, RDFS.label, RDFS.comment}

PREFIXES = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@dataclass(frozen=True)
class SuspectQuery:
    """The query for the focus nodes of one node shape that may break what it says of one path."""

    shape: str
    path: str
    text: str


def suspect_queries(shapes: Graph, subclasses: dict[Node, set[Node]] | None = None) -> list[SuspectQuery]:
    """One query per node shape and path of `shapes`; each selects `?focus`.

    `subclasses` (`class_hierarchy` of the data) lists each class's subclasses, so that a query
    names every class an instance may have (Oxigraph evaluates `rdf:type/rdfs:subClassOf*` value
    by value very slowly: 57 s for `sh:class sc:Country` on the world graph)."""
    subclasses = subclasses or {}
    queries = []
    for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        if shapes.value(shape, SH.deactivated) == Literal(True):
            continue
        unknown = set(shapes.predicates(shape)) - NODE_SHAPE_KEYS
        if unknown:
            raise UnsupportedShapes(f"{_name(shape)}: {', '.join(sorted(_name(p) for p in unknown))} on a node shape")
        by_path: dict[URIRef, list[Node]] = {}
        for property_shape in sorted(shapes.objects(shape, SH.property), key=str):
            if shapes.value(property_shape, SH.deactivated) == Literal(True):
                continue
            path = shapes.value(property_shape, SH.path)
            if not isinstance(path, URIRef):
                raise UnsupportedShapes(f"{_name(shape)}: only a single property can be a path, not {path!r}")
            unknown = set(shapes.predicates(property_shape)) - CONSTRAINTS - ANNOTATIONS
            if unknown:
                raise UnsupportedShapes(f"{_name(shape)}: {', '.join(sorted(_name(k) for k in unknown))} "
                                        f"on {_name(path)} is not translated")
            by_path.setdefault(path, []).append(property_shape)
        targets = _targets(shapes, shape, subclasses)
        for path, property_shapes in sorted(by_path.items()):
            text = _path_query(shapes, targets, path, property_shapes, _Classes(subclasses))
            if text is not None:
                queries.append(SuspectQuery(_name(shape), _name(path), text))
    return queries


def suspects(select: Select, queries: Iterable[SuspectQuery], *, progress=None) -> set[Node]:
    """The focus nodes any of the queries selects."""
    found: set[Node] = set()
    for query in queries:
        found.update(row[0] for row in select(query.text).rows if row[0] is not None)
        if progress is not None:
            progress(query)
    return found


def neighbourhood(select: Select, focus_nodes: Iterable[Node], *, batch: int = 500) -> Graph:
    """What pySHACL needs to judge the focus nodes: their statements, the types of what they point
    to, and every `rdfs:subClassOf` statement. Raises `UnsupportedShapes` for a blank node, which
    no query can name."""
    nodes = sorted(set(focus_nodes), key=str)
    if any(isinstance(node, BNode) for node in nodes):
        raise UnsupportedShapes("a focus node to check is a blank node, which a query cannot name")
    graph = Graph()
    for start in range(0, len(nodes), batch):
        block = values_block("focus", nodes[start:start + batch])
        for s, p, o in select(PREFIXES + f"""SELECT DISTINCT ?s ?p ?o WHERE {{
              {{ {block} ?focus ?p ?o . BIND(?focus AS ?s) }}
              UNION
              {{ {block} ?focus ?link ?s . ?s rdf:type ?o . BIND(rdf:type AS ?p) }}
            }}""").rows:
            graph.add((s, p, o))
    for s, o in select(PREFIXES + "SELECT DISTINCT ?s ?o WHERE { ?s rdfs:subClassOf ?o }").rows:
        graph.add((s, RDFS.subClassOf, o))
    return graph


# --- one property shape -----------------------------------------------------------------------------

def class_hierarchy(select: Select) -> dict[Node, set[Node]]:
    """Every class named in an `rdfs:subClassOf` statement of the data, with all its subclasses."""
    parents: dict[Node, set[Node]] = {}
    for child, parent in select(PREFIXES + "SELECT DISTINCT ?child ?parent WHERE { ?child rdfs:subClassOf ?parent }").rows:
        parents.setdefault(child, set()).add(parent)
    below: dict[Node, set[Node]] = {}
    for child in parents:
        seen, todo = set(), [child]
        while todo:
            for parent in parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        for parent in seen:
            below.setdefault(parent, set()).add(child)
    return below


def _targets(shapes: Graph, shape: Node, subclasses: dict[Node, set[Node]]) -> str:
    """A group binding ?focus to each focus node of the shape once."""
    classes = sorted(shapes.objects(shape, SH.targetClass), key=str)
    nodes = sorted(shapes.objects(shape, SH.targetNode), key=str)
    if any(not isinstance(term, URIRef) for term in (*classes, *nodes)):
        raise UnsupportedShapes(f"{_name(shape)}: a target that is not an IRI")
    parts = [f"{{ {values_block('class', _with_subclasses(c, subclasses))} ?focus rdf:type ?class . }}" for c in classes]
    if nodes:
        parts.append(f"{{ {values_block('focus', nodes)} }}")
    if not parts:
        return "{ FILTER(false) }"
    return "{ SELECT ?focus WHERE { " + " UNION ".join(parts) + " } GROUP BY ?focus }"


def _path_query(shapes: Graph, targets: str, path: URIRef, property_shapes: list[Node], classes: "_Classes") -> str | None:
    """The focus nodes with a count of distinct values out of bounds, or a value the tests cannot
    vouch for. Every part is read whole and joined by hash (a scan of the path's statements, of the
    targets' types, of the instances of the classes asked about): on disk, a lookup per focus node
    costs four times as much."""
    broken = []
    for property_shape in property_shapes:
        minimum = _integer(shapes, property_shape, SH.minCount)
        if minimum:
            broken.append(f"COUNT(DISTINCT ?value) < {minimum}")
        maximum = _integer(shapes, property_shape, SH.maxCount)
        if maximum is not None:
            broken.append(f"COUNT(DISTINCT ?value) > {maximum}")
    holds = " && ".join(f"({_value_holds(shapes, ps, classes)})" for ps in property_shapes)
    judged = not all(_value_holds(shapes, ps, _Classes({})) == "true" for ps in property_shapes)
    if judged:
        broken.append("MAX(?doubtful) = 1")
    if not broken:
        return None
    newline = "\n      "
    return PREFIXES + f"""SELECT ?focus
WHERE {{
  {targets}
  OPTIONAL {{
    SELECT ?focus ?value {" ".join(classes.flags.values())}
    WHERE {{
      ?focus {sparql_term(path)} ?value .
      {classes.pattern()}
    }}
  }}
  BIND(IF(BOUND(?value) && !COALESCE({holds if judged else "true"}, false), 1, 0) AS ?doubtful)
}}
GROUP BY ?focus
HAVING ({" || ".join(broken)})"""


class _Classes:
    """The classes the tests of one path ask about, each read from a flag that one scan of their
    instances sets (a lookup per value would cost four times as much on disk)."""

    def __init__(self, subclasses: dict[Node, set[Node]]) -> None:
        self.subclasses = subclasses
        self.flags: dict[Node, str] = {}

    def test(self, cls: Node) -> str:
        flag = self.flags.setdefault(cls, f"?class{len(self.flags)}")
        return f"{flag} = 1"

    def pattern(self) -> str:
        if not self.flags:
            return ""
        every = sorted({t for cls in self.flags for t in _with_subclasses(cls, self.subclasses)}, key=str)
        columns = " ".join(
            f"(MAX(IF(?type IN ({', '.join(sparql_term(t) for t in _with_subclasses(cls, self.subclasses))}), 1, 0))"
            f" AS {flag})" for cls, flag in self.flags.items())
        return (f"OPTIONAL {{ SELECT ?value {columns} WHERE {{ {values_block('type', every)} ?value rdf:type ?type . }} "
                "GROUP BY ?value }")


def _with_subclasses(cls: Node, subclasses: dict[Node, set[Node]]) -> list[Node]:
    return sorted({cls, *subclasses.get(cls, ())}, key=str)


def _value_holds(shapes: Graph, node: Node, classes: _Classes) -> str:
    """A SPARQL expression over ?value that is true only when every value constraint of `node`
    holds for it (pySHACL would agree); an error or false makes the focus node a suspect."""
    tests = []
    for wanted in shapes.objects(node, SH["class"]):
        tests.append(classes.test(wanted))
    for kind in shapes.objects(node, SH.nodeKind):
        tests.append(NODE_KINDS.get(kind, "false"))
    for datatype in shapes.objects(node, SH.datatype):
        tests.append(_datatype_holds(datatype))
    for members in shapes.objects(node, SH["in"]):
        tests.append(_same_as_any("?value", list(Collection(shapes, members))))
    for pattern in shapes.objects(node, SH.pattern):
        plain = plain_pattern(str(pattern)) and shapes.value(node, SH.flags) is None
        tests.append(f"(!isBlank(?value) && REGEX(STR(?value), {sparql_term(Literal(str(pattern)))}))" if plain else "false")
    for key, operator in ((SH.minLength, ">="), (SH.maxLength, "<=")):
        for length in shapes.objects(node, key):
            tests.append(f"(!isBlank(?value) && STRLEN(STR(?value)) {operator} {int(length)})")
    for key, operator in RANGES.items():
        for bound in shapes.objects(node, key):
            tests.append(_compared(bound, operator))
    for members in shapes.objects(node, SH["or"]):
        tests.append("(" + " || ".join(_member_holds(shapes, member, classes)
                                       for member in Collection(shapes, members)) + ")")
    return " && ".join(tests) if tests else "true"


def _member_holds(shapes: Graph, member: Node, classes: _Classes) -> str:
    """A member shape of `sh:or`: holds when its value constraints do; anything else is not judged."""
    if set(shapes.predicates(member)) - VALUE_CONSTRAINTS - {RDF.type, SH.message, SH.severity}:
        return "false"
    return f"({_value_holds(shapes, member, classes)})"


def _datatype_holds(datatype: Node) -> str:
    if datatype == XSD.string:
        return f"(isLiteral(?value) && LANG(?value) = \"\" && DATATYPE(?value) = {sparql_term(XSD.string)})"
    if datatype == RDF.langString:
        return "(isLiteral(?value) && LANG(?value) != \"\")"
    form = SAFE_FORMS.get(datatype)
    if form is None:
        return "false"
    return (f"(isLiteral(?value) && DATATYPE(?value) = {sparql_term(datatype)} "
            f"&& REGEX(STR(?value), {sparql_term(Literal(form))}))")


def _compared(bound: Node, operator: str) -> str:
    if not isinstance(bound, Literal) or bound.datatype not in NUMBERS:
        return "false"
    numbers = " || ".join(f"DATATYPE(?value) = {sparql_term(d)}" for d in NUMBERS)
    return (f"(isLiteral(?value) && ({numbers}) && REGEX(STR(?value), {sparql_term(Literal(SAFE_FORMS[XSD.decimal]))}) "
            f"&& ?value {operator} {sparql_term(bound)})")


def _same_as_any(variable: str, members: list[Node]) -> str:
    """True when the value is one of the IRIs or plain strings among `members` (a typed literal
    member could be written otherwise by the store: a value equal to it is left to pySHACL)."""
    plain = [m for m in members if isinstance(m, URIRef) or (isinstance(m, Literal) and m.datatype is None
                                                              and not m.language)]
    return "(" + " || ".join(f"sameTerm({variable}, {sparql_term(m)})" for m in plain) + ")" if plain else "false"


def _integer(shapes: Graph, node: Node, key: URIRef) -> int | None:
    value = shapes.value(node, key)
    return None if value is None else int(value)


def _name(term: Node) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


__all__ = ["SAFE_FORMS", "SuspectQuery", "UnsupportedShapes", "class_hierarchy", "neighbourhood", "plain_pattern",
           "suspect_queries", "suspects"]
