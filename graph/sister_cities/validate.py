"""Is a graph valid? The SHACL shapes of `ontology/shapes.ttl`, then the must-be-empty queries of
`queries/checks/`. Both report problems in the same form, so a user reads one list.

On an Oxigraph store the shapes run where the data lives (`shape_queries`): a query per shape finds
the focus nodes that may break it, and pySHACL judges those with their neighbourhood, which gives
pySHACL's findings on the whole graph (the world graph: 50 s before, a few seconds now). An rdflib
dataset (a small graph) is given to pySHACL whole, as are shapes `shape_queries` cannot translate.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import SH
from rdflib.term import Node

from .queries import Select, available_queries, dataset_select
from .resources import ontology_dir, queries_dir
from .store import union_graph
from .vocab import RDF, XSD, bind_prefixes


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


def validate(source: Any, *, progress: bool = False, shapes: Graph | None = None) -> ValidationReport:
    """Run the SHACL shapes (`shapes`, default `ontology/shapes.ttl`) and the check queries over a
    graph store or an rdflib dataset.

    `progress` shows a progress line on stderr when it is a terminal.
    """
    from tqdm import tqdm

    shapes = shapes_graph() if shapes is None else shapes
    checks = available_queries(queries_dir() / "checks")
    select, dataset = _select_and_dataset(source)
    with tqdm(total=len(checks) + 1, desc="validating", unit=" step", leave=False, file=sys.stderr,
              disable=None if progress else True) as bar:
        report = ValidationReport()
        if dataset is None:
            report.problems += _where_the_data_lives(select, source, shapes, bar)
        else:
            report.problems += shacl_problems(union_graph(dataset), shapes)
        bar.update()
        for name, query in checks.items():
            result = select(query.text)
            for row in result.rows:
                record = dict(zip(result.columns, row))
                report.problems.append(Problem(
                    severity="Violation", focus=_short(NAMES, record.get("focus")), path=None,
                    message=f"{query.title}: {record.get('detail') or ''}".rstrip(": "), check=name,
                ))
            bar.update()
    report.problems.sort(key=lambda p: (p.severity != "Violation", p.check, p.focus, p.path or "", p.message,
                                        p.value or ""))
    return report


def _select_and_dataset(source: Any) -> tuple[Select, Dataset | None]:
    """How to query the source, and the rdflib dataset to give pySHACL whole (None for Oxigraph)."""
    if isinstance(source, Dataset):
        return dataset_select(source), source
    if getattr(source, "kind", None) == "oxigraph":
        return source.select, None
    return source.select, source.dataset()


def _where_the_data_lives(select: Select, store: Any, shapes: Graph, bar) -> list[Problem]:
    from .shape_queries import UnsupportedShapes, class_hierarchy, neighbourhood, suspect_queries, suspects

    try:
        queries = suspect_queries(shapes, class_hierarchy(select))
        bar.total += len(queries)
        focus_nodes = suspects(select, queries, progress=lambda _query: bar.update())
        if not focus_nodes:
            return []
        data = neighbourhood(select, focus_nodes)
    except UnsupportedShapes as error:
        bar.write(f"validating the whole graph with pySHACL: {error}", file=sys.stderr)
        return shacl_problems(union_graph(store.dataset()), shapes)
    bind_prefixes(data)
    return shacl_problems(data, shapes, focus_nodes=focus_nodes)


def shacl_problems(data: Graph, shapes: Graph | None = None, *, focus_nodes: set[Node] | None = None) -> list[Problem]:
    """pySHACL's findings on `data` (only those about `focus_nodes`, when given), as problems."""
    import pyshacl  # heavy; only validation needs it

    _conforms, results, _text = pyshacl.validate(data, shacl_graph=shapes if shapes is not None else shapes_graph(),
                                                 inference="none", allow_warnings=True)
    problems = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        if focus_nodes is not None and focus not in focus_nodes:
            continue
        severity = results.value(result, SH.resultSeverity)
        problems.append(Problem(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=_short(data, focus),
            path=_short(data, results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or "does not conform"),
            value=_short(data, results.value(result, SH.value)),
        ))
    return problems


def _names() -> Graph:
    names = Graph()
    bind_prefixes(names)
    return names


NAMES = _names()
"""The prefixes problems are written with: those of `store.union_graph`, which pySHACL reads."""


def _short(graph: Graph, term: Node | None) -> str | None:
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype == XSD.string:
        term = Literal(str(term))  # a plain string, however the store hands it over (oxrdflib adds xsd:string)
    try:
        return term.n3(graph.namespace_manager)
    except Exception:  # a blank node or an IRI the namespace manager cannot split
        return str(term)
