"""Sources into one dataset: the vocabulary graph, then one named graph per source.

`add_record` replaces a source's named graph as a whole, so loading a source again never duplicates
anything and a source can be removed with `remove_source`. `default_dataset` is the embedded graph
that every command reads when no `--graph` is given.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from rdflib import Dataset, Graph, URIRef

from .records import RecordError, Source, SourceRecord, record_from_dict
from .resources import curated_dir, ontology_dir
from .triples import graph_iri, record_to_graph
from .vocab import ID, bind_prefixes

VOCABULARY_GRAPH = ID["graph/vocabulary"]
"""The SKOS concept schemes (stages, kinds, fields, ...) travel with the data, so that queries can
read a concept's notation and label without loading the ontology beside the graph."""


def resolve_country(value: str) -> tuple[str, str] | None:
    """A country name (English or Indonesian) or ISO code to (alpha-2 code, English name)."""
    from .gazetteer import Gazetteer

    place = Gazetteer.default().country(value)
    return None if place is None else (place.country, place.name)


def new_dataset() -> Dataset:
    """An empty dataset holding only the vocabulary graph."""
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    vocabulary = dataset.graph(VOCABULARY_GRAPH)
    vocabulary.parse(ontology_dir() / "schemes.ttl", format="turtle")
    return dataset


def add_record(dataset: Dataset, record: SourceRecord) -> URIRef:
    """Put a source's facts into the dataset, replacing whatever that source said before."""
    graph = record_to_graph(record)
    dataset.remove_graph(graph.identifier)
    target = dataset.graph(graph.identifier)
    for triple in graph:
        target.add(triple)
    return graph.identifier


def add_graphs(dataset: Dataset, graphs: Iterable[Graph]) -> None:
    """Put already-built named graphs into the dataset, replacing any graph of the same name."""
    for graph in graphs:
        dataset.remove_graph(graph.identifier)
        target = dataset.graph(graph.identifier)
        for triple in graph:
            target.add(triple)


def remove_source(dataset: Dataset, source: Source) -> None:
    dataset.remove_graph(graph_iri(source))


def source_from_dict(data: dict[str, Any], *, default_key: str) -> Source:
    """The `source` object of a curated record (or an article's metadata) as a `Source`."""
    derived = data.get("derived_from")
    return Source(
        key=data.get("key") or default_key,
        kind=data.get("kind") or "news_article",
        title=data.get("title"),
        publisher=data.get("publisher"),
        published=data.get("published"),
        url=data.get("url"),
        language=data.get("language"),
        reporter=data.get("reporter"),
        editor=data.get("editor"),
        dateline=data.get("dateline"),
        retrieved=data.get("retrieved"),
        licence=data.get("licence"),
        derived_from=source_from_dict(derived, default_key=default_key + "/original") if derived else None,
    )


def curated_record(data: dict[str, Any]) -> SourceRecord:
    """A curated record (see `data/curated/`) as a `SourceRecord`."""
    key = data.get("id")
    if not key:
        raise RecordError("a curated record needs an 'id'")
    source = source_from_dict(data.get("source") or {}, default_key=f"curated/{key}")
    return record_from_dict(data, source=source, method="curated", resolve_country=resolve_country)


def read_curated(path: Path) -> SourceRecord:
    with open(path, encoding="utf-8") as handle:
        return curated_record(json.load(handle))


def seed_records() -> list[SourceRecord]:
    """The curated records shipped with the package, in file-name order."""
    return [read_curated(path) for path in sorted(curated_dir().glob("*.json"))]


def default_dataset() -> Dataset:
    """The embedded graph: the vocabulary and every shipped source."""
    dataset = new_dataset()
    for record in seed_records():
        add_record(dataset, record)
    return dataset


def article_record(article, extraction: dict[str, Any]) -> SourceRecord:
    """What the extractor read in one article (`articles.Article`), as that article's source record."""
    from .records import DATE_PATTERN

    published = article.published if article.published and DATE_PATTERN.match(str(article.published)) else None
    source = Source(
        key=f"article/{article.id}", kind="news_article", title=article.title, publisher=article.outlet,
        published=published, url=article.url, language=article.language,
    )
    return record_from_dict(extraction, source=source, method="rules", resolve_country=resolve_country)
