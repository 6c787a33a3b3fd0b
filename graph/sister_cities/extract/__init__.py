"""Text of a news article -> sister-city relations and the legal instruments it cites.

Pure: no network and no disk beyond the packaged gazetteer. Besides the keys of the corpus README,
a side may carry "qid" (the gazetteer's Wikidata id) and a relation "place" (where it was signed).

>>> result = extract_article("Kota Bogor dan Kota Kisarazu, Jepang, menandatangani nota "
...                          "kesepahaman sister city pada 5 Mei 2021.")
>>> [(r["a"]["name"], r["b"]["name"], r["stage"], r["event_date"]) for r in result["relations"]]
[('Bogor', 'Kisarazu', 'mou_signed', '2021-05-05')]
"""
from __future__ import annotations

from ..gazetteer import Gazetteer
from .legal import find_instruments
from .relations import RelationReader, Side
from .text import sentences

__all__ = ["extract_article"]


def _side_record(side: Side, gazetteer: Gazetteer) -> dict:
    country = gazetteer.country(side.country) if side.country else None
    record = {"name": side.name, "local_name": side.local_name, "kind": side.kind,
              "country": country.name if country else side.country or None}
    if side.place is not None and side.place.qid:
        record["qid"] = side.place.qid
    return record


def extract_article(text: str, *, title: str | None = None, published: str | None = None,
                    language: str | None = None, url: str | None = None) -> dict:
    """Relations and legal instruments of one article, in the corpus README shape (without "id").

    ``language`` and ``url`` are accepted for the caller's convenience; the rules read both
    Indonesian and English whatever the language.
    """
    gazetteer = Gazetteer.default()
    text = text if isinstance(text, str) else ""
    article = sentences(text, title if isinstance(title, str) else None)
    reader = RelationReader(gazetteer, article, published if isinstance(published, str) else None)
    initiators = reader.initiators()
    relations = []
    for candidate in reader.read():
        signatories = reader.signatories(candidate)
        record = {
            "a": _side_record(candidate.a, gazetteer),
            "b": _side_record(candidate.b, gazetteer),
            "stage": reader.stage(candidate),
            "event_date": reader.date(candidate),
            "initiators": [] if candidate.in_passing else initiators,
            "signatories": [] if candidate.in_passing else signatories,
            "fields": [] if candidate.in_passing else reader.fields(candidate),
            "evidence": reader.evidence(candidate).text,
            "in_passing": candidate.in_passing,
        }
        place = reader.place(candidate)
        if place and not candidate.in_passing:
            record["place"] = place
        relations.append(record)
    return {"relations": relations, "legal_instruments": find_instruments(text)}
