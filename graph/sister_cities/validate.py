"""Is a graph valid? The SHACL shapes of `ontology/shapes.ttl`, then the must-be-empty queries of
`queries/checks/`. Both report problems in the same form, so a user reads one list.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Namespace
from rdflib.term import Node

from .queries import available_queries, dataset_select
from .resources import ontology_dir, queries_dir
from .store import union_graph
from .vocab import RDF

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Problem:
    severity: str  # "Violation", "Warning" or "Info"
    focus: str
    path: str | None
    message: str
    value: str | None = None
    check: str = "shacl"  # "shacl" or the name of the check query

    def __str__(self) -> str:
        parts = [f"{self.severity}: {self.focus}"]
        if self.path:
            parts.append(self.path)
        text = " ".join(parts) + f": {self.message}"
        if self.value is not None:
            text += f" (value: {self.value})"
        if self.check != "shacl":
            text += f" [check {self.check}]"
        return text


@dataclass
class ValidationReport:
    problems: list[Problem] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not any(p.severity == "Violation" for p in self.problems)

    @property
    def violations(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "Violation"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "Violation"]


def shapes_graph() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


def validate(dataset) -> ValidationReport:
    """Run the SHACL shapes and the check queries over the dataset."""
    import pyshacl  # heavy; only this command needs it

    data = union_graph(dataset)  # the shapes speak of the whole graph, not of one source
    _conforms, results, _text = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none",
                                                 allow_warnings=True)
    report = ValidationReport()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        report.problems.append(Problem(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=_short(data, results.value(result, SH.focusNode)),
            path=_short(data, results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or "does not conform"),
            value=_short(data, results.value(result, SH.value)),
        ))
    select = dataset_select(dataset)
    for name, query in available_queries(queries_dir() / "checks").items():
        result = select(query.text)
        for row in result.rows:
            record = dict(zip(result.columns, row))
            report.problems.append(Problem(
                severity="Violation", focus=_short(data, record.get("focus")), path=None,
                message=f"{query.title}: {record.get('detail') or ''}".rstrip(": "), check=name,
            ))
    report.problems.sort(key=lambda p: (p.severity != "Violation", p.check, p.focus, p.path or "", p.message))
    return report


def _short(graph: Graph, term: Node | None) -> str | None:
    if term is None:
        return None
    try:
        return term.n3(graph.namespace_manager)
    except Exception:  # a blank node or an IRI the namespace manager cannot split
        return str(term)
