"""Check the Wikidata links of a built graph against what the shared data says of each item.

    python scripts/check_links.py GRAPH [--sample 100] [--seed 15] [--shared ../shared/data]

GRAPH is a graph file or an Oxigraph folder (`build --out world.oxigraph`). The script prints:

- the graph-wide counts one place per node promises: localities, those without a country, QIDs
  on two nodes, `owl:sameAs` without a link record (method and score), labels with "(Q";
- the places a link ties to a Wikidata item, by the method of the link, and the share of the
  pairs table's places that carry one;
- every town (kind city) linked to an item that the 2016 Wikidata exports list as a first-level
  division, an Indonesian province or regency (a province-level item), with the division's capital
  where the export names it;
- a random sample of links (of localities a pairs table names, unless `--all`), each with what independent data says of
  its item: its label in the 2016 P190 crawl, its name, country and point in Natural Earth or the
  Indonesian exports, its type in the divisions export. A link agrees when a reference names the
  item like the place and nothing contradicts its country or point (50 km); it contradicts when
  the country, the point or the level does; it is unknown when no reference knows the item.
  Read the sample line by line: the verdict is a help for the hand check, not the check.

A maintainer's chore: the package never reads ../shared.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "graph"))

from sister_cities.gazetteer import fold  # noqa: E402
from sister_cities.linker import distance_km, likeness  # noqa: E402

NEAR_KM = 50.0


def read_csv(path: Path, delimiter: str = ",") -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


class References:
    """What the shared exports say of Wikidata items, by QID."""

    def __init__(self, shared: Path) -> None:
        ref = shared / "wikidata" / "reference"
        soluvas = ref / "soluvas-opendata-wikidata-2016"
        self.facts: dict[str, list[dict]] = defaultdict(list)
        countries = {row["id"]: row["iso"] for row in read_csv(soluvas / "country.csv")}
        for qid, iso in countries.items():
            self.facts[qid].append({"source": "soluvas country", "names": [], "country": iso, "level": "country"})
        for row in read_csv(ref / "natural-earth-4.0.0" / "ne_10m_populated_places_ids.csv"):
            if row["wikidata_id"]:
                self.facts[row["wikidata_id"]].append({
                    "source": "Natural Earth", "names": [row["name"], row["name_en"], row["name_ascii"],
                                                         *row["name_alt"].split("|")],
                    "country": row["iso_a2"], "point": (float(row["latitude"]), float(row["longitude"])),
                    "level": "populated place"})
        for row in read_csv(soluvas / "locality-ID.csv"):
            point = (float(row["pointLat"]), float(row["pointLon"])) if row["pointLat"] else None
            self.facts[row["id"]].append({"source": "soluvas locality", "names": [row["name"]], "country": "ID",
                                          "point": point, "level": "regency" if row["place"] == "REGENCY" else "city"})
        for row in read_csv(soluvas / "province-ID.csv"):
            self.facts[row["id"]].append({"source": "soluvas province", "names": [row["name_id"]], "country": "ID",
                                          "level": "division", "capital": row["capitalName_id"]})
        for row in read_csv(soluvas / "state.id.csv"):
            iso = countries.get(row["countryId"])
            self.facts[row["id"]].append({"source": "soluvas division", "names": [row["name"]], "country": iso,
                                          "level": "division", "capital": row["capitalName"]})
            if row["capitalId"]:
                self.facts[row["capitalId"]].append({"source": "soluvas capital", "names": [row["capitalName"]],
                                                     "country": iso, "level": "capital"})
        for record in json.loads((shared / "wikidata" / "wikidata-subset.json").read_text(encoding="utf-8")):
            labels = [v for v in record.get("labels", {}).values() if v]
            point = record.get("P625") or {}
            self.facts[record["qid"]].append({"source": "subset", "names": labels, "country": None,
                                              "point": (point["lat"], point["lon"]) if point else None,
                                              "level": "item"})
        names = shared / "twinnings" / "l3viathan-wikidata-p190-2016" / "names.tsv"
        for line in names.read_text(encoding="utf-8").splitlines():
            qid, _, label = line.partition("\t")
            self.facts[qid].append({"source": "P190 crawl label", "names": [label], "country": None, "level": "item"})

    def divisions(self) -> set[str]:
        return {qid for qid, facts in self.facts.items()
                if any(f["level"] in ("division", "regency") for f in facts)}


def judge(facts: list[dict], label: str, aliases: list[str], kind: str, country: str, point) -> tuple[str, list[str]]:
    """agrees / contradicts / unknown, and what each reference says."""
    if not facts:
        return "unknown", ["no reference knows the item"]
    ours = {fold(n) for n in [label, *aliases] if n}
    said, named, contradiction = [], False, None
    for fact in facts:
        theirs = [n for n in fact["names"] if n]
        if theirs and any(fold(t) in ours or any(fold(t) in o or o in fold(t) for o in ours) or
                          max(likeness(t, o) for o in [label, *aliases]) >= 0.6 for t in theirs):
            named = True
        bits = [fact["source"], "/".join(dict.fromkeys(theirs))[:60]]
        if fact.get("country"):
            bits.append(fact["country"])
            if fact["country"] != country and fact["level"] != "country":
                contradiction = contradiction or f"country {fact['country']}"
        if fact.get("point") and point:
            km = distance_km(*point, *fact["point"])
            bits.append(f"{km:.0f} km")
            if km > NEAR_KM and fact["level"] in ("populated place", "city", "regency"):
                contradiction = contradiction or f"{km:.0f} km away"
        if fact["level"] in ("division", "regency") and kind == "city":
            contradiction = contradiction or f"a {fact['level']} for a town (capital: {fact.get('capital')})"
        said.append(" ".join(str(b) for b in bits))
    if contradiction:
        return f"contradicts ({contradiction})", said
    return ("agrees" if named else "names differ"), said


def recall_against_natural_earth(store, links: list[dict], pairs_places: set[str], shared: Path) -> None:
    """Of the pairs table's places that Natural Earth holds (same name and country, within 20 km),
    how many carry Natural Earth's item, another (a twinned municipality, or NE's concordance
    disagreeing), or none: an estimate of recall on places an independent source knows."""
    rows = store.select("""
        PREFIX sc: <https://w3id.org/sister-cities/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#>
        SELECT ?place ?name ?country ?lat ?lon WHERE {
          ?place a sc:Locality ; sc:country ?country ; wgs:lat ?lat ; wgs:long ?lon .
          { ?place rdfs:label ?name } UNION { ?place skos:altLabel ?name }
        }""").rows
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in read_csv(shared / "wikidata" / "reference" / "natural-earth-4.0.0" / "ne_10m_populated_places_ids.csv"):
        if row["wikidata_id"]:
            for name in {row["name"], row["name_en"], row["name_ascii"]}:
                by_name[(fold(name), row["iso_a2"])].append(row)
    linked = {link["place"]: link["qid"] for link in links}
    truth: dict[str, str] = {}
    for place, name, country, lat, lon in rows:
        place = str(place)
        if place not in pairs_places or place in truth:
            continue
        code = str(country).rsplit("/", 1)[-1].upper()
        for row in by_name.get((fold(str(name)), code), ()):
            if distance_km(float(lat), float(lon), float(row["latitude"]), float(row["longitude"])) <= 20:
                truth[place] = row["wikidata_id"]
                break
    report_recall("Natural Earth", truth, linked)
    # the 2017 EU query results: places that carried P190 on Wikidata then (labels and points, no QIDs)
    known: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    from sister_cities.tables import CountryNormaliser
    from sister_cities.gazetteer import Gazetteer

    countries = CountryNormaliser(Gazetteer.default())
    for path in sorted((shared / "twinnings" / "rogorido-eu-wikidata-sparql-2017").glob("*.tsv")):
        for row in read_csv(path, delimiter="\t"):
            for name, country, lat, lon in ((row["origincityLabel"], row["origincountry"], row["originlat"], row["originlong"]),
                                            (row["sistercityLabel"], row["destination_countryLabel"],
                                             row["destinationlat"], row["destinationlong"])):
                code = countries(country)
                if code and lat and lon:
                    known[(fold(name), code[0])].append((float(lat), float(lon)))
    carried = set()
    for place, name, country, lat, lon in rows:
        code = str(country).rsplit("/", 1)[-1].upper()
        points = known.get((fold(str(name)), code), ())
        if str(place) in pairs_places and any(distance_km(float(lat), float(lon), *p) <= 20 for p in points):
            carried.add(str(place))
    print(f"pairs-table places the 2017 EU P190 query results name (same name and country, within 20 km): "
          f"{len(carried):,}; linked {len(carried & set(linked)):,} ({len(carried & set(linked)) / max(1, len(carried)):.1%})")


def report_recall(name: str, truth: dict[str, str], linked: dict[str, str]) -> None:
    same = sum(1 for place, qid in truth.items() if linked.get(place) == qid)
    other = sum(1 for place, qid in truth.items() if place in linked and linked[place] != qid)
    print(f"pairs-table places {name} holds: {len(truth):,}; linked to its item {same:,} "
          f"({same / max(1, len(truth)):.1%}), to another {other:,}, not linked {len(truth) - same - other:,}")


GRAPH_CHECKS = {
    "localities": """SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE { ?place a sc:Locality . FILTER NOT EXISTS { ?place a sc:Country } }""",
    "without a country (ZZ or none)": """SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {
        ?place a sc:Locality . FILTER NOT EXISTS { ?place a sc:Country }
        OPTIONAL { ?place sc:country ?country }
        FILTER(!BOUND(?country) || ?country = <https://w3id.org/sister-cities/id/place/zz>) }""",
    "QIDs on two nodes or more": """SELECT (COUNT(*) AS ?n) WHERE {
        { SELECT ?item WHERE { ?place owl:sameAs ?item } GROUP BY ?item HAVING (COUNT(DISTINCT ?place) > 1) } }""",
    'labels with a "(Q...)"': """SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {
        ?place a sc:Locality ; rdfs:label|skos:altLabel ?label . FILTER(REGEX(STR(?label), "\\\\(Q[1-9][0-9]*\\\\)")) }""",
}
"""Issue 15's graph-wide targets, each a count (all but the first two must be 0)."""
PREFIXES = """PREFIX sc: <https://w3id.org/sister-cities/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""


def graph_checks(store) -> None:
    """Print the counts of `GRAPH_CHECKS`, and of the `owl:sameAs` without a record in the links
    graph (two scans compared here: a FILTER NOT EXISTS over the links graph takes minutes on disk)."""
    counts = {name: int(store.select(PREFIXES + query).rows[0][0]) for name, query in GRAPH_CHECKS.items()}
    same_as = {tuple(map(str, row)) for row in store.select(PREFIXES + "SELECT DISTINCT ?place ?item WHERE { ?place owl:sameAs ?item }").rows}
    recorded = {tuple(map(str, row)) for row in store.select(PREFIXES + """SELECT DISTINCT ?place ?item WHERE {
        GRAPH <https://w3id.org/sister-cities/id/graph/wikidata-links> {
            ?evidence rdf:subject ?place ; rdf:object ?item ; sc:extractionMethod ?method ; rdf:value ?score } }""").rows}
    counts["owl:sameAs without a link record (method and score)"] = len(same_as - recorded)
    places = counts["localities"]
    for name, n in counts.items():
        share = f" ({n / places:.1%})" if name.startswith("without") and places else ""
        print(f"{name}: {n:,}{share}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path)
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--method", help="sample only the links made by this method (gazetteer, source, ...)")
    parser.add_argument("--all", action="store_true",
                        help="sample every link; by default only the links of places a pairs table names "
                             "(an item a P190 source names is that item by construction)")
    args = parser.parse_args()

    from sister_cities.graphstore import open_store

    store = open_store(args.graph, read_only=True)
    rows = store.select("""
        PREFIX sc: <https://w3id.org/sister-cities/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#>
        SELECT ?place ?item ?method ?score ?reasons (MIN(?name) AS ?label) (MIN(?kindNode) AS ?kind)
               (MIN(?countryNode) AS ?country) (STR(MIN(?latitude)) AS ?lat) (STR(MIN(?longitude)) AS ?lon)
               (GROUP_CONCAT(DISTINCT ?alias; separator="|") AS ?aliases)
        WHERE {
          GRAPH <https://w3id.org/sister-cities/id/graph/wikidata-links> {
            ?evidence rdf:subject ?place ; rdf:object ?item ; sc:extractionMethod ?method ; rdf:value ?score .
            OPTIONAL { ?evidence rdfs:comment ?reasons . }
          }
          ?place a sc:Locality ; rdfs:label ?name ; sc:kind ?kindNode ; sc:country ?countryNode .
          OPTIONAL { ?place skos:altLabel ?alias . }
          OPTIONAL { ?place wgs:lat ?latitude ; wgs:long ?longitude . }
        }
        GROUP BY ?place ?item ?method ?score ?reasons""").rows
    links = []
    for place, item, method, score, reasons, label, kind, country, lat, lon, aliases in rows:
        links.append({"place": str(place), "qid": str(item).rsplit("/", 1)[-1], "method": str(method),
                      "score": float(score), "reasons": str(reasons or ""), "label": str(label),
                      "kind": str(kind).rsplit("/", 1)[-1], "country": str(country).rsplit("/", 1)[-1].upper(),
                      "point": (float(lat), float(lon)) if lat is not None else None,
                      "aliases": [a for a in str(aliases or "").split("|") if a]})
    pairs_places = {str(r[0]) for r in store.select("""
        PREFIX sc: <https://w3id.org/sister-cities/ontology#>
        SELECT DISTINCT ?place WHERE { GRAPH ?g { ?g sc:extractionMethod "table" . ?t sc:party ?place . } }""").rows}
    graph_checks(store)
    linked = {link["place"] for link in links}
    print(f"{len(linked):,} localities linked: " + ", ".join(
        f"{n:,} {method}" for method, n in Counter(link["method"] for link in links).most_common()))
    if pairs_places:
        share = len(pairs_places & linked) / len(pairs_places)
        print(f"pairs-table places: {len(pairs_places):,}, linked {len(pairs_places & linked):,} ({share:.1%})")

    references = References(args.shared)
    recall_against_natural_earth(store, links, pairs_places, args.shared)
    divisions = references.divisions()
    towns_on_divisions = [link for link in links if link["kind"] == "city" and link["qid"] in divisions]
    print(f"\ntowns linked to a province-level item: {len(towns_on_divisions)}")
    for link in towns_on_divisions:
        verdict, said = judge(references.facts[link["qid"]], link["label"], link["aliases"], link["kind"],
                              link["country"], link["point"])
        print(f"  {link['label']} ({link['country']}) -> {link['qid']} [{link['method']} {link['score']:.2f}]: "
              + "; ".join(said))

    population = sorted((link for link in links if (args.all or link["place"] in pairs_places)
                         and (args.method is None or link["method"] == args.method)), key=lambda l: l["place"])
    sample = random.Random(args.seed).sample(population, min(args.sample, len(population)))
    verdicts = Counter()
    print(f"\nrandom sample of {len(sample)} of {len(population):,} links "
          f"({'all' if args.all else 'of places a pairs table names'}; seed {args.seed})")
    for n, link in enumerate(sample, 1):
        verdict, said = judge(references.facts[link["qid"]], link["label"], link["aliases"], link["kind"],
                              link["country"], link["point"])
        verdicts[verdict.split(" (")[0]] += 1
        point = f"{link['point'][0]:.2f},{link['point'][1]:.2f}" if link["point"] else "no point"
        print(f"{n:3}. {link['label']} ({link['kind']}, {link['country']}, {point}) -> {link['qid']} "
              f"[{link['method']} {link['score']:.2f}] {verdict}")
        print(f"     references: {' | '.join(said)}")
        print(f"     reasons: {link['reasons'][:240]}")
    print("\nverdicts: " + ", ".join(f"{n} {v}" for v, n in verdicts.most_common()))


if __name__ == "__main__":
    main()
