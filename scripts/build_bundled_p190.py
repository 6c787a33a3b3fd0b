"""Regenerate `graph/sister_cities/data/wikidata-p190-indonesia.tsv`: the P190 twinnings of Indonesian places.

Reads the 2016 Wikidata P190 snapshot kept in the shared data folder
(`data/twinnings/l3viathan-wikidata-p190-2016/derived_p190_edges_labeled.tsv`) and keeps every
statement with an Indonesian locality (by the packaged gazetteer's country for its QID) on either
side. Each side gets its country and, where the gazetteer knows the item, its English name and kind;
the few partners the gazetteer does not know get them from `KNOWN_PARTNERS` below (facts about
Wikidata items, CC0). The output is facts only: QIDs, names, ISO codes and kinds.

    python scripts/build_bundled_p190.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from sister_cities.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "graph" / "sister_cities" / "data" / "wikidata-p190-indonesia.tsv"
SNAPSHOT = Path("data/twinnings/l3viathan-wikidata-p190-2016/derived_p190_edges_labeled.tsv")

KNOWN_PARTNERS = {
    # QID: (English name, ISO 3166-1 code, kind); items of the snapshot the gazetteer lacks
    "Q101918": ("Apeldoorn", "NL", "city"),
    "Q107126": ("Arlington County", "US", "county"),
    "Q178835": ("Baalbek", "LB", "city"),
    "Q803986": ("Beit Lahia", "PS", "city"),
    "Q50349": ("Gangbuk District", "KR", "district"),
    "Q141844": ("Gatineau", "CA", "city"),
    "Q209988": ("Gödöllő", "HU", "city"),
    "Q3185": ("Hildesheim", "DE", "city"),
    "Q209785": ("Ichikawa", "JP", "city"),
    "Q178168": ("North Mitrovica", "XK", "city"),
    "Q5978": ("Hildesheim District", "DE", "district"),
    "Q50816": ("Mississauga", "CA", "city"),
    "Q1855330": ("City of Perth", "AU", "city"),
}

COLUMNS = ["subject_qid", "subject_label", "subject_country", "subject_kind",
           "P190_object_qid", "object_label", "object_country", "object_kind"]


def describe(qid: str, label: str, gazetteer: Gazetteer) -> tuple[str, str, str]:
    place = gazetteer.by_qid(qid)
    if place is not None:
        return place.name, place.country, place.kind
    if qid in KNOWN_PARTNERS:
        return KNOWN_PARTNERS[qid]
    raise SystemExit(f"{qid} ({label}) is neither in the gazetteer nor in KNOWN_PARTNERS: add it")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared data folder (default: ../shared beside the checkout)")
    args = parser.parse_args()
    gazetteer = Gazetteer.default()
    with open(args.shared / SNAPSHOT, encoding="utf-8", newline="") as handle:
        statements = list(csv.DictReader(handle, delimiter="\t"))
    indonesian = {q for s in statements for q in (s["subject_qid"], s["P190_object_qid"])
                  if (place := gazetteer.by_qid(q)) is not None and place.country == "ID" and place.kind != "country"}
    rows = []
    for s in statements:
        if s["subject_qid"] not in indonesian and s["P190_object_qid"] not in indonesian:
            continue
        subject = describe(s["subject_qid"], s["subject_label"], gazetteer)
        partner = describe(s["P190_object_qid"], s["object_label"], gazetteer)
        rows.append([s["subject_qid"], subject[0], subject[1], subject[2],
                     s["P190_object_qid"], partner[0], partner[1], partner[2]])
    rows.sort(key=lambda r: (int(r[0][1:]), int(r[4][1:])))
    with open(OUTPUT, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"{len(rows)} statements about {len(indonesian)} Indonesian places -> {OUTPUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
