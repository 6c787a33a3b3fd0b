"""One place, one node: the places of all sources reconciled, and each tied to Wikidata with evidence.

Loaders read what each source says (`tables`, `records`); this step decides which of their places
are one real place, before anything becomes triples. It is pure: records in, records out.

1. A source that names Wikidata items (the P190 statements, a curated record) gives one place per
   item. Every other place is a sighting: a name, a country, a kind and, often, a point. Sightings of
   one name, kind and country are one place when their points lie within the kind's radius
   (`linker.RADIUS_KM`); farther apart they are namesakes, and stay apart (York, Pennsylvania and
   York, Maine). A point that does not agree with its country is set aside (`Gazetteer.agrees_with_country`).
2. Each sighted place is linked by the linker (`linker.py`), among the gazetteer's items and the
   items our sources name. Shared twinnings are evidence: when a pairs-table row (A, B) and a P190
   statement (QA, QB) name the same pair, A is QA. First where both names are equal once folded (in
   any language the gazetteer knows them), then, from the places so anchored, where a partner's name
   is alike (Korfu and Corfu, both twinned with the same towns).
3. One QID never sits on two nodes: places linked to one item are merged when they can be one place
   (same country, points near), else the weaker link is refused.
4. Each place gets one name (the gazetteer's English name, else an English name a source gives, else
   the item's label, untagged: its language is not known), one kind, one country and one point:
   the gazetteer's, else what the sources say of it, keeping what agrees with the country.
5. Namesakes of one kind in one country get IRIs told apart by their QID (else their point), never a
   "(Q...)" in the label.

`Reconciliation.records` are the records rewritten to these places, plus the record of the links
graph (`LINKS_SOURCE`): every `owl:sameAs` with its method, score and reasons. `report` counts what
was done, for `build` to print.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterable

from .gazetteer import UNKNOWN_COUNTRY, fold
from .lifetime import cycle_collector_paused
from .linker import (
    SAME_PLACE_KM,
    Candidate,
    Item,
    PlaceNode,
    decide,
    distance_km,
    folded_names,
    gazetteer_items,
    likeness,
    LEFTOVER_MIN,
    LIKENESS_MIN,
    LINK_THRESHOLD,
    name_forms,
    score,
    RADIUS_KM,
    scored,
)
from .records import Link, Locality, Source, SourceRecord, Twinning
from .triples import locality_iri, locality_key, twinning_key

GAZETTEER = Source(key="gazetteer", kind="dataset", title="sister-cities gazetteer")
"""The packaged gazetteer as a source: what a link found in it is derived from (see data/SOURCES.md)."""
LINKS_SOURCE = Source(key="wikidata-links", kind="links", title="Links of our places to Wikidata items",
                      licence="CC0 1.0", derived_from=GAZETTEER)
"""The links graph (`id/graph/wikidata-links`): each link of a place to an item, with its evidence.
The gazetteer has no graph of its own, so it is described here, as what the links are derived from."""
AUTHORITATIVE = frozenset({"wikidata", "curated"})
"""Record methods whose QIDs a source states; any other QID (an extractor's guess) is linked anew."""
DIVISION_LEVEL = frozenset({"province", "state", "prefecture", "county", "district", "regency", "other"})
"""Kinds of the gazetteer's first-level divisions (a label's qualifier may name one)."""
COUNTRY_WORDS = {"landkreis": "DE", "kreis": "DE", "-kreis": "DE", "verbandsgemeinde": "DE", "samtgemeinde": "DE",
                 "powiat": "PL", "gmina": "PL"}
"""Administrative words only one country's places bear in their (often German) 2016 labels; "-kreis"
ends a word (Westerwaldkreis). Words several countries share (Bezirk, Kommune, Municipio) are not here."""
KIND_TELLERS = frozenset({"curated", "rules"})
"""Record methods whose kinds are read from the source (a curated record, an article's "Kabupaten");
a table's or the P190 file's kind is mostly assumed (`city`), so the gazetteer's kind wins over it."""
FUZZY_ROUNDS = 3
POINT_SPREAD_KM = 10.0
"""Points of one place farther apart than this are a conflict (resolved, and counted)."""


@dataclass
class ReconcileReport:
    """What reconciliation did, in counts (`lines` prints them)."""

    places: int = 0
    named_items: int = 0
    linked_by_twinnings: int = 0
    linked_alike_by_twinnings: int = 0
    linked_by_leftovers: int = 0
    linked_by_gazetteer: int = 0
    linked_by_name: int = 0
    not_linked: int = 0
    merged_sightings: int = 0
    refused_taken: int = 0
    namesakes_apart: int = 0
    countries: Counter = field(default_factory=Counter)  # where a place's country came from
    points_conflicting: int = 0
    points_outside_country: int = 0
    self_twinnings: int = 0
    merged_twinnings: int = 0

    @property
    def without_country(self) -> int:
        return self.countries["unknown"]

    def lines(self) -> list[str]:
        share = self.without_country / self.places if self.places else 0.0
        return [
            f"reconciled {self.places} places: {self.named_items} named by their source's Wikidata item, "
            f"{self.linked_by_twinnings} linked through shared twinnings ({self.linked_alike_by_twinnings} of them "
            f"by names alike, {self.linked_by_leftovers} by what shared partners leave unmatched), {self.linked_by_gazetteer} through the gazetteer, {self.linked_by_name} by name, "
            f"country and kind to an item another source names, {self.not_linked} not linked",
            f"merged {self.merged_sightings} places linked to one item into one; refused {self.refused_taken} links "
            f"to an item already on another place; kept {self.namesakes_apart} namesakes apart",
            "countries: " + ", ".join(f"{n} from {where}" for where, n in sorted(self.countries.items())
                                      if where != "unknown")
            + f"; {self.without_country} unknown ({share:.1%})",
            f"points: {self.points_conflicting} places with several points resolved by the one that agrees with "
            f"the country, {self.points_outside_country} points outside their country set aside",
            f"twinnings: {self.merged_twinnings} merged into one (their places are one), "
            f"{self.self_twinnings} dropped (a place twinned with itself once merged)",
        ]


@dataclass(frozen=True)
class Reconciliation:
    records: list[SourceRecord]
    report: ReconcileReport
    uncertain: frozenset[str] = frozenset()  # places whose country only the namesakes of their label suggest


# --- places in the making ---------------------------------------------------------------------------


@dataclass
class _Place:
    """A place being reconciled: its sightings (record index, locality), its item, its link."""

    id: int
    sightings: list[tuple[int, Locality]] = field(default_factory=list)
    qid: str | None = None
    stated: bool = False  # a source names the item
    twinned: bool = False  # a P190 source names it: it carries P190
    mentions: Counter = field(default_factory=Counter)  # locality -> twinnings that name it
    candidate: Candidate | None = None  # the link found for a sighted place
    merged_into: int | None = None  # another sighted place linked to the same item, which this one joins
    point: tuple[float, float] | None = None
    absorbed: list["_Place"] = field(default_factory=list)  # sighted places that joined this one

    def names(self) -> list[str]:
        counted = Counter()
        for _, loc in self.sightings:
            counted[loc.name] += self.mentions[loc] or 1
        return [name for name, _ in counted.most_common()]


@cycle_collector_paused()
def reconcile(records: Iterable[SourceRecord], gazetteer=None) -> Reconciliation:
    """The records with one node per real place, and the record of the links graph (see module doc)."""
    from .gazetteer import Gazetteer

    gazetteer = gazetteer or Gazetteer.default()
    records = [r for r in records if r.source.key != LINKS_SOURCE.key]
    return _Reconciler(records, gazetteer).run()


class _Reconciler:
    def __init__(self, records: list[SourceRecord], gazetteer) -> None:
        self.records = records
        self.gazetteer = gazetteer
        self.report = ReconcileReport()
        self.places: list[_Place] = []
        self.place_of: dict[tuple[int, Locality], int] = {}
        self.by_qid: dict[str, int] = {}
        self.partners: dict[int, set[int]] = defaultdict(set)
        self.sighting_partners: dict[tuple[int, Locality], set[int]] = defaultdict(set)
        self.anchors_seen: dict[int, set[int]] = {}
        self.uncertain: set[int] = set()  # places whose country only the namesakes of their label suggest
        self._by_label: dict[str, list[_Place]] | None = None

    # 1. sightings and items
    def run(self) -> Reconciliation:
        self._collect()
        self._twinning_graph()
        self._link()
        places = self._final_places()
        canonical = self._canonical(places)
        records = [self._rewrite(i, record, canonical) for i, record in enumerate(self.records)]
        records.append(self._links_record(places, canonical))
        self.report.places = len(places)
        uncertain = frozenset(str(locality_iri(canonical[i])) for i in self.uncertain)
        return Reconciliation(records, self.report, uncertain)

    def _collect(self) -> None:
        loose: dict[tuple[str, str, str], list[tuple[int, Locality]]] = defaultdict(list)
        mentions: Counter = Counter()
        for index, record in enumerate(self.records):
            stated = record.method in AUTHORITATIVE
            for loc in _localities_of(record):
                mentions[(index, loc)] += 1
        seen: set[tuple[int, Locality]] = set()
        for (index, loc), count in mentions.items():
            if (index, loc) in seen or loc.kind == "country":
                continue
            seen.add((index, loc))
            stated = self.records[index].method in AUTHORITATIVE
            if stated and loc.qid:
                place = self._item_place(loc.qid)
                place.sightings.append((index, loc))
                place.mentions[loc] += count
                place.stated = True
                place.twinned = place.twinned or self.records[index].source.kind == "wikidata"
                self.place_of[(index, loc)] = place.id
            else:
                loose[(fold(loc.name), loc.country, loc.kind)].append((index, loc))
        for group in loose.values():
            for cluster in self._clusters(group):
                place = self._new_place()
                for index, loc in cluster:
                    place.sightings.append((index, loc))
                    place.mentions[loc] += mentions[(index, loc)]
                    self.place_of[(index, loc)] = place.id

    def _new_place(self) -> _Place:
        place = _Place(len(self.places))
        self.places.append(place)
        return place

    def _item_place(self, qid: str) -> _Place:
        if qid not in self.by_qid:
            place = self._new_place()
            place.qid = qid
            self.by_qid[qid] = place.id
        return self.places[self.by_qid[qid]]

    def _clusters(self, group: list[tuple[int, Locality]]) -> list[list[tuple[int, Locality]]]:
        """Sightings of one name, kind and country: one place per cluster of points within the
        kind's radius; a sighting without a point joins the only cluster, else stands alone."""
        radius = RADIUS_KM.get(group[0][1].kind, 50.0)
        located: list[list[tuple[int, Locality]]] = []
        points: list[list[tuple[float, float]]] = []
        unplaced = []
        for index, loc in group:
            point = self._agreed_point(loc)
            if point is None:
                unplaced.append((index, loc))
                continue
            for n, cluster_points in enumerate(points):
                if any(distance_km(*point, *p) <= radius for p in cluster_points):
                    located[n].append((index, loc))
                    cluster_points.append(point)
                    break
            else:
                located.append([(index, loc)])
                points.append([point])
        if len(located) > 1:
            self.report.namesakes_apart += len(located) - 1
        if len(located) == 1:
            located[0].extend(unplaced)
        elif unplaced:
            located.append(unplaced)
        return located

    def _agreed_point(self, loc: Locality) -> tuple[float, float] | None:
        if loc.lat is None or loc.lon is None:
            return None
        if self.gazetteer.agrees_with_country(loc.lat, loc.lon, loc.country) is False:
            return None
        return (loc.lat, loc.lon)

    def _twinning_graph(self) -> None:
        for index, record in enumerate(self.records):
            for twinning in record.twinnings:
                a = self.place_of.get((index, twinning.a))
                b = self.place_of.get((index, twinning.b))
                if a is not None and b is not None and a != b:
                    self.partners[a].add(b)
                    self.partners[b].add(a)
                    self.sighting_partners[(index, twinning.a)].add(b)
                    self.sighting_partners[(index, twinning.b)].add(a)

    # 2. linking
    def _link(self) -> None:
        sighted = [p for p in self.places if not p.stated]
        self.items = {p.qid: self._item_of(p) for p in self.places if p.stated}
        self.item_keys: dict[str, set[str]] = defaultdict(set)
        for qid, item in self.items.items():
            for key in name_forms((item.label, item.local_label, *item.aliases)):
                self.item_keys[key].add(qid)
        self.nodes = {p.id: self._node(p) for p in sighted}
        self.gazetteer_items = {p.id: gazetteer_items(self.nodes[p.id], self.gazetteer) for p in sighted}
        for place in sighted:
            self._decide(place, self._named_items(place))
        for _ in range(FUZZY_ROUNDS):
            self._unique()
            self.claimed = {p.candidate.qid for p in sighted if p.candidate is not None}
            changed = False
            for place in sighted:
                if place.candidate is None and place.merged_into is None:
                    extra = self._alike_items(place)
                    if extra and self._decide(place, {**self._named_items(place), **extra}):
                        changed = True
            if not changed:
                break
        self._unique()
        self._leftovers(sighted)
        self._unique()
        for place in sighted:
            if place.merged_into is not None:
                continue
            if place.candidate is None:
                self.report.not_linked += 1
            elif place.candidate.method == "twinnings":
                self.report.linked_by_twinnings += 1
                if any(r.startswith("names alike") for r in place.candidate.reasons):
                    self.report.linked_alike_by_twinnings += 1
            elif place.candidate.method == "gazetteer":
                self.report.linked_by_gazetteer += 1
            else:
                self.report.linked_by_name += 1
        self.report.named_items = sum(1 for p in self.places if p.stated)

    def _leftovers(self, sighted: list[_Place]) -> None:
        """Link what the anchors leave over: when an item's twinnings and the twinnings of the
        places linked to it each leave exactly one partner unmatched, and two or more anchors agree
        on the same pair, the two are one place under names in two languages (the 2016 labels are
        often German: Straßburg am Mieresch is Aiud)."""
        claimed = {p.candidate.qid for p in sighted if p.candidate is not None}
        linked_to: dict[int, list[_Place]] = defaultdict(list)
        for place in sighted:
            if place.candidate is not None and place.merged_into is None and place.candidate.qid in self.by_qid:
                linked_to[self.by_qid[place.candidate.qid]].append(place)
        votes: dict[tuple[int, int], list[str]] = defaultdict(list)
        for item_id, loose in linked_to.items():
            items_left = [v for v in self.partners[item_id]
                          if self.places[v].stated and self.places[v].qid not in claimed]
            places_left = list(dict.fromkeys(
                u for place in loose for u in self.partners[place.id]
                if u in self.nodes and self.places[u].candidate is None and self.places[u].merged_into is None))
            if len(items_left) == 1 and len(places_left) == 1:
                votes[(items_left[0], places_left[0])].append(self.nodes[loose[0].id].name)
        items_voted = Counter(v for v, _ in votes)
        places_voted = Counter(u for _, u in votes)
        for (item_id, place_id), anchors in sorted(votes.items()):
            if len(anchors) < LEFTOVER_MIN or items_voted[item_id] > 1 or places_voted[place_id] > 1:
                continue
            candidate = score(self.nodes[place_id], self.items[self.places[item_id].qid], shared=anchors,
                              leftover=len(anchors))
            if candidate is not None and candidate.score >= LINK_THRESHOLD:
                self.places[place_id].candidate = candidate
                self.report.linked_by_leftovers += 1

    def _item_of(self, place: _Place) -> Item:
        """A named item as our sources and the gazetteer know it."""
        known = self.gazetteer.by_qid(place.qid)
        labels = place.names()
        if known is not None:
            return replace(Item.from_gazetteer(known), aliases=tuple(dict.fromkeys((*known.aliases, *labels))),
                           twinned=known.twinned or place.twinned)
        countries = {loc.country for _, loc in place.sightings if loc.country != UNKNOWN_COUNTRY[0]}
        points = [(loc.lat, loc.lon) for _, loc in place.sightings if loc.lat is not None and loc.lon is not None]
        kinds = {loc.kind for _, loc in place.sightings if loc.kind != "other"}
        return Item(place.qid, labels[0], kind=kinds.pop() if len(kinds) == 1 else None,
                    country=countries.pop() if len(countries) == 1 else None, aliases=tuple(labels[1:]),
                    lat=points[0][0] if points else None, lon=points[0][1] if points else None,
                    twinned=place.twinned, method="sources")

    def _node(self, place: _Place) -> PlaceNode:
        names = place.names()
        first = next(loc for _, loc in place.sightings if loc.name == names[0])
        points = [p for _, loc in place.sightings if (p := self._agreed_point(loc)) is not None]
        point = _most_common(points)
        if point is not None and any(distance_km(*point, *p) > POINT_SPREAD_KM for p in points):
            self.report.points_conflicting += 1
        self.report.points_outside_country += sum(
            1 for _, loc in place.sightings if loc.lat is not None and self._agreed_point(loc) is None)
        place.point = point
        locals_ = [loc.local_name for _, loc in place.sightings if loc.local_name]
        return PlaceNode(node=place.id, name=names[0], kind=first.kind, country=first.country,
                         local_name=locals_[0] if locals_ else None, lat=point[0] if point else None,
                         lon=point[1] if point else None,
                         aliases=tuple(n for n in names[1:]) + tuple(a for _, loc in place.sightings for a in loc.aliases))

    def _named_items(self, place: _Place) -> dict[str, tuple[Item, list[str], float | None]]:
        """Items our sources name that bear one of the place's names, with the partners both share."""
        found = {}
        for key in name_forms(self.nodes[place.id].names()):
            for qid in self.item_keys.get(key, ()):
                if qid not in found:
                    found[qid] = (self.items[qid], self._shared(place, self.by_qid[qid]), None)
        return found

    def _alike_items(self, place: _Place) -> dict[str, tuple[Item, list[str], float | None]]:
        """Items twinned with the items our partners are linked to, whose label is like our name
        (nothing new when no partner was anchored since the last round)."""
        found = {}
        node = self.nodes[place.id]
        anchors = {a for partner in self.partners[place.id] if (a := self._item_id(partner)) is not None}
        if anchors == self.anchors_seen.get(place.id):
            return {}
        self.anchors_seen[place.id] = anchors
        for anchor in anchors:
            for other in self.partners[anchor]:
                qid = self.places[other].qid
                if qid is None or not self.places[other].stated or qid in found or qid in self.claimed:
                    continue
                item = self.items[qid]
                if item.country is not None and item.country != node.country:
                    continue
                alike = max(likeness(name, label) for name in node.names()[:3]
                            for label in (item.label, *item.aliases[:3]))
                if alike >= LIKENESS_MIN:
                    found[qid] = (item, self._shared(place, other), alike)
        return found

    def _item_id(self, place_id: int) -> int | None:
        """The stated item a place is (itself, or the one it is linked to)."""
        place = self.places[place_id]
        if place.stated:
            return place.id
        if place.candidate is not None and place.candidate.qid in self.by_qid:
            return self.by_qid[place.candidate.qid]
        return None

    def _shared(self, place: _Place, item_id: int) -> list[str]:
        """Names of our partners that are, or are named like, partners of the item."""
        theirs = self.partners[item_id]
        if not theirs:
            return []
        their_names: dict[str, set[int]] = defaultdict(set)
        for other in theirs:
            for key in name_forms(self.places[other].names()):
                their_names[key].add(other)
        shared = []
        for partner in self.partners[place.id]:
            anchored = self._item_id(partner)
            if anchored is not None and anchored in theirs:
                shared.append(self.nodes[partner].name if partner in self.nodes else self.places[partner].names()[0])
                continue
            if anchored is None and partner in self.nodes:
                node = self.nodes[partner]
                for key in name_forms(node.names()):
                    if any(self._country_fits(other, node.country) for other in their_names.get(key, ())):
                        shared.append(node.name)
                        break
        return shared

    def _country_fits(self, item_id: int, country: str) -> bool:
        qid = self.places[item_id].qid
        item = self.items.get(qid) if qid else None
        return item is None or item.country is None or item.country == country

    def _decide(self, place: _Place, named: dict[str, tuple[Item, list[str], float | None]]) -> bool:
        """Decide the place's link among the gazetteer's items and the named ones; True when linked."""
        node = self.nodes[place.id]
        items = dict(self.gazetteer_items[place.id])
        shared: dict[str, list[str]] = {}
        alike: dict[str, float] = {}
        for qid, (item, partners, similarity) in named.items():
            known = items.get(qid)
            items[qid] = item if known is None else replace(
                known, twinned=known.twinned or item.twinned,
                aliases=tuple(dict.fromkeys((*known.aliases, *item.aliases, item.label))))
            if partners:
                shared[qid] = partners
            if similarity is not None:
                alike[qid] = similarity
        candidates = scored(node, items, self.gazetteer, shared=shared, alike=alike)
        match = decide(node, candidates)
        place.candidate = match.chosen
        return match.chosen is not None

    def _unique(self) -> None:
        """One QID, one place: places linked to one item merge when they can be one place, else the
        weaker link is refused."""
        by_qid: dict[str, list[_Place]] = defaultdict(list)
        for place in self.places:
            if place.merged_into is None and not place.stated and place.candidate is not None:
                by_qid[place.candidate.qid].append(place)
        for qid, linked in by_qid.items():
            linked.sort(key=lambda p: (-p.candidate.score, p.id))
            target = self.places[self.by_qid[qid]] if qid in self.by_qid else linked[0]
            joined: list[_Place] = []
            contested = False
            for place in linked:
                if place is target:
                    continue
                if not self._can_merge(target, place, joined):
                    place.candidate = None
                    self.report.refused_taken += 1
                    contested = True
                    continue
                joined.append(place)
                if not target.stated:
                    place.merged_into = target.id  # the item's place is the target; this one joins it
                    self.report.merged_sightings += 1
            if contested and target.stated and joined and joined[0].candidate.method != "twinnings":
                for place in joined:  # namesakes far apart claim an item nothing places: a name alone
                    place.candidate = None  # does not say which (Washington, US or Washington, GB)
                    self.report.refused_taken += 1

    def _can_merge(self, target: _Place, place: _Place, joined: list[_Place]) -> bool:
        """Whether a place linked to the target's item can be one place with it and with the
        better-linked places that `joined` it already (an item no source places is one place: Sandy,
        Utah and Sandy, Bedfordshire are not both Q52470)."""
        node = self.nodes[place.id]
        if target.stated:
            item = self.items[target.qid]
            if item.country is not None:
                return item.country == node.country  # the link's score already weighed the item's point
            tied = place.candidate.method == "twinnings"  # a table's geocode is often off: twinnings outweigh it
            return all(self._one_place(self.places[other.id], place, points_may_differ=tied) for other in joined)
        return self._one_place(target, place)

    def _one_place(self, one: _Place, other: _Place, *, points_may_differ: bool = False) -> bool:
        """Whether two sighted places can be one: one country, and their points (when known) near."""
        node = self.nodes[other.id]
        if self.nodes[one.id].country != node.country:
            return False
        if one.point is not None and other.point is not None and not points_may_differ:
            return distance_km(*one.point, *other.point) <= max(SAME_PLACE_KM, RADIUS_KM.get(node.kind, 50.0))
        return True

    # 3. places and their canonical form
    def _final_places(self) -> list[_Place]:
        """Each real place once: an item with the places linked to it, or a sighted place of its own."""
        final: dict[int, _Place] = {}
        for place in self.places:
            if place.stated:
                final[place.id] = place
        for place in self.places:
            if place.stated:
                continue
            target = place
            if place.merged_into is not None:
                target = self.places[place.merged_into]
            elif place.candidate is not None and place.candidate.qid in self.by_qid:
                target = self.places[self.by_qid[place.candidate.qid]]
            if target is place:
                final[place.id] = place
            else:
                final.setdefault(target.id, target)
                target.sightings.extend(place.sightings)
                target.mentions.update(place.mentions)
                target.absorbed.append(place)
                for key in place.sightings:
                    self.place_of[key] = target.id
        return list(final.values())

    def _canonical(self, places: list[_Place]) -> dict[int, Locality]:
        canonical: dict[int, Locality] = {}
        for place in places:
            canonical[place.id] = self._canonical_of(place)
        # namesakes of one kind in one country: told apart in the IRI by their QID, else their point
        by_key: dict[str, list[int]] = defaultdict(list)
        for place_id, loc in canonical.items():
            by_key[locality_key(loc)].append(place_id)
        for ids in by_key.values():
            if len(ids) < 2:
                continue
            for place_id in ids:
                loc = canonical[place_id]
                qid = self._qid_of(self.places[place_id])
                distinct = qid or (_point_text(loc.lat, loc.lon) if loc.lat is not None else f"place {place_id}")
                canonical[place_id] = replace(loc, distinct=distinct)
        return canonical

    def _qid_of(self, place: _Place) -> str | None:
        if place.stated:
            return place.qid
        return place.candidate.qid if place.candidate is not None else None

    def _canonical_of(self, place: _Place) -> Locality:
        qid = self._qid_of(place)
        known = self.gazetteer.by_qid(qid) if qid else None
        if known is not None and known.kind == "country":  # a country twinned as a whole (Cuba, Monaco)
            self.report.countries["the gazetteer"] += 1
            return Locality(name=known.name, kind="country", country=known.country, qid=qid)
        english = [loc for _, loc in place.sightings if loc.name_language == "en"]
        names = place.names()
        english_names = [n for n in names if any(loc.name == n for loc in english)]
        if known is not None and known.kind != "country":
            name, language, kind, local = known.name, "en", known.kind, known.local_name
            told = Counter(loc.kind for i, loc in place.sightings if self.records[i].method in KIND_TELLERS)
            kind = told.most_common(1)[0][0] if told else kind  # a record that tells the kind keeps it
        else:
            name = english_names[0] if english_names else names[0]
            if qid is not None and english_names:
                name = _plain_name(english_names)
            language = "en" if english_names else None
            kinds = Counter(loc.kind for _, loc in place.sightings if loc.name_language == "en") \
                or Counter(loc.kind for _, loc in place.sightings)
            kind = kinds.most_common(1)[0][0]
            locals_ = [loc.local_name for _, loc in place.sightings if loc.local_name]
            local = locals_[0] if locals_ else None
        country, whence = self._country_of(place, known)
        self.report.countries[whence] += 1
        point = None
        if known is not None and known.lat is not None and \
                self.gazetteer.agrees_with_country(known.lat, known.lon, country) is not False:
            point = (known.lat, known.lon)
        if point is None:
            points = [p for _, loc in place.sightings if (p := self._agreed_point(loc)) is not None]
            point = place.point or _most_common(self._own_points(place) or points)
        codes = [loc.kemendagri_code for _, loc in place.sightings if loc.kemendagri_code]
        code = (known.kemendagri_code if known is not None else None) or (codes[0] if codes else None)
        geonames = sorted({loc.geonames_id for _, loc in place.sightings if loc.geonames_id})
        return Locality(name=name, kind=kind, country=country, local_name=local if local != name else None,
                        qid=qid, lat=_coordinate(point[0]) if point else None,
                        lon=_coordinate(point[1]) if point else None, kemendagri_code=code,
                        geonames_id=geonames[0] if len(geonames) == 1 else None, name_language=language)

    def _own_points(self, place: _Place) -> list[tuple[float, float]]:
        """An item's own point, where a source read from Wikidata (the 2017 query results) gives it
        in a twinning of the item itself: a table may geocode every Lexington of a country to one
        point, and the query results name Lexington, Kentucky and Lexington, Massachusetts alike."""
        if not place.stated:
            return []
        return [p for i, loc in place.sightings
                if self.records[i].source.kind == "wikidata" and (p := self._agreed_point(loc)) is not None
                and any(self._item_id(u) in self.partners[place.id] for u in self.sighting_partners[(i, loc)])]

    def _country_of(self, place: _Place, known) -> tuple[str, str]:
        """The gazetteer's country for the item; else what the sources say, first the sightings
        whose point agrees with it (a table may misplace a point, or mislabel a whole file's country);
        else an item of the same label twinned with the same partners (its town, its municipality);
        else the country its label's qualifier names ("Niles (Illinois)"), or whose administrative
        vocabulary it uses ("Landkreis Rastatt");
        else, for an item only its label tells of, the one country all its namesakes in the gazetteer
        lie in (right for 99% of the crawl's items whose country the sources do tell)."""
        if known is not None:
            return known.country, "the gazetteer"
        said = [loc for _, loc in place.sightings if loc.country != UNKNOWN_COUNTRY[0]]
        agreeing = Counter(loc.country for loc in said if loc.lat is None or self._agreed_point(loc) is not None)
        if agreeing:
            return agreeing.most_common(1)[0][0], "our sources"
        if said:  # a table's country column is written by people, its points often geocoded by machine
            return Counter(loc.country for loc in said).most_common(1)[0][0], "our sources, against their point"
        for other in self._label_twins(place):
            twin = self.gazetteer.by_qid(other.qid)
            told = [twin.country] if twin is not None else \
                [loc.country for _, loc in other.sightings if loc.country != UNKNOWN_COUNTRY[0]]
            if told:
                return Counter(told).most_common(1)[0][0], "an item of its name twinned with its partners"
        qualified = self._qualifier_country(place.names()[0])
        if qualified is not None:
            return qualified, "the qualifier of its label"
        worded = _administrative_word_country(place.names()[0])
        if worded is not None:
            return worded, "the administrative word of its label"
        namesakes = {p.country for name in place.names()[:1] for p in self.gazetteer.lookup(name) if p.kind != "country"}
        if len(namesakes) == 1:
            self.uncertain.add(place.id)
            return namesakes.pop(), "the namesakes of its label"
        return UNKNOWN_COUNTRY[0], "unknown"

    def _qualifier_country(self, label: str) -> str | None:
        """The one country a label's qualifier names, itself or as one of its first-level divisions
        ("Niles (Illinois)", "Natchitoches, Louisiana", "Guarda Municipality, Portugal"); None when
        it names none, or several ("Helen (Georgia)": a country, and a state of the USA)."""
        qualifiers = re.findall(r"\(([^()]+)\)", label) + label.split(",")[1:]
        for qualifier in (q.strip() for q in qualifiers):
            found = {p.country for p in self.gazetteer.named(fold(qualifier)) if p.kind in DIVISION_LEVEL}
            country = self.gazetteer.country(qualifier)
            if country is not None:
                found.add(country.country)
            if len(found) == 1:
                return found.pop()
        return None

    def _label_twins(self, place: _Place) -> list[_Place]:
        """Other items of the same label twinned with a partner of this one (a town and its
        municipality both carrying P190: Kalmar, Q26345 and Q508153)."""
        if place.qid is None:
            return []
        if self._by_label is None:
            self._by_label = defaultdict(list)
            for other in self.places:
                if other.stated:
                    self._by_label[fold(other.names()[0])].append(other)
        return [other for other in self._by_label[fold(place.names()[0])]
                if other is not place and self.partners[other.id] & self.partners[place.id]]

    # 4. the records, rewritten
    def _rewrite(self, index: int, record: SourceRecord, canonical: dict[int, Locality]) -> SourceRecord:
        stated = record.method in AUTHORITATIVE
        names_used: dict[int, set[str]] = defaultdict(set)
        for loc in _localities_of(record):
            place_id = self.place_of.get((index, loc))
            if place_id is not None:
                names_used[place_id].add(loc.name)

        done: dict[Locality, Locality] = {}

        def canon(loc: Locality) -> Locality:
            if loc not in done:
                done[loc] = _canon(loc)
            return done[loc]

        def _canon(loc: Locality) -> Locality:
            if loc.kind == "country":
                return _country_locality(loc, self.gazetteer, keep_qid=stated)
            place_id = self.place_of[(index, loc)]
            base = canonical[place_id]
            aliases = tuple(sorted(n for n in names_used[place_id] | set(loc.aliases)
                                   if n not in (base.name, base.local_name)))
            own_qid = base.qid if stated and loc.qid == base.qid else None
            return replace(base, qid=own_qid, aliases=aliases, part_of=loc.part_of)

        renamed = {loc.name: canon(loc).name for loc in _localities_of(record) if loc.kind != "country"}
        twinnings: dict[str, Twinning] = {}
        for twinning in record.twinnings:
            a, b = canon(twinning.a), canon(twinning.b)
            if locality_key(a) == locality_key(b):
                self.report.self_twinnings += 1
                continue
            key = twinning_key(a, b)
            if key in twinnings:
                self.report.merged_twinnings += 1
                continue
            twinnings[key] = replace(twinning, a=a, b=b)
        localities = {}
        for loc in record.localities:
            new = canon(loc)
            localities.setdefault(locality_key(new), new)
        # each country its places now lie in is described, and "unknown country" only while used
        used = {loc.country for t in twinnings.values() for loc in (t.a, t.b)}
        for code in sorted(used - {loc.country for loc in localities.values() if loc.kind == "country"}):
            country = _country_locality(Locality(name=UNKNOWN_COUNTRY[1], kind="country", country=code),
                                        self.gazetteer, keep_qid=False)
            localities.setdefault(locality_key(country), country)
        if UNKNOWN_COUNTRY[0] not in used:
            localities.pop(UNKNOWN_COUNTRY[0].lower(), None)
        rewritten = replace(record, twinnings=tuple(twinnings.values()), localities=tuple(localities.values()))
        if _names_places(record) and any(old != new for old, new in renamed.items()):
            rewritten = _renamed(rewritten, renamed)
        return rewritten

    def _links_record(self, places: list[_Place], canonical: dict[int, Locality]) -> SourceRecord:
        links = []
        for place in places:
            loc = canonical[place.id]
            node = str(locality_iri(loc))
            sources = tuple(dict.fromkeys(self.records[i].source for i, _ in place.sightings))
            if place.stated:
                named_by = tuple(dict.fromkeys(self.records[i].source for i, l in place.sightings
                                               if self.records[i].method in AUTHORITATIVE and l.qid == place.qid))
                reasons = ["named by " + ", ".join(s.key for s in named_by)]
                for other in place.absorbed:
                    if other.candidate is not None:
                        reasons.append(f"{self.nodes[other.id].name} ({_source_keys(self, other)}) is this item: "
                                       f"{other.candidate.method} {other.candidate.score:.2f} ("
                                       + ", ".join(other.candidate.reasons) + ")")
                links.append(Link(node, place.qid, "source", 1.0, tuple(reasons), sources))
            elif place.candidate is not None:
                chosen = place.candidate
                derived = (GAZETTEER,) if chosen.method == "gazetteer" else sources
                links.append(Link(node, chosen.qid, chosen.method, chosen.score, chosen.reasons, derived))
        codes = sorted({loc.country for loc in canonical.values()}
                       | {loc.country for record in self.records for loc in record.localities if loc.kind == "country"})
        done = {link.node for link in links}
        for code in codes:
            country = self.gazetteer.country(code)
            node = str(locality_iri(Locality(name=code, kind="country", country=code)))
            if country is not None and country.qid and node not in done:
                links.append(Link(node, country.qid, "gazetteer", 1.0, (f"ISO 3166-1 code {code}",), (GAZETTEER,)))
        return SourceRecord(source=LINKS_SOURCE, method="linker", links=tuple(links))


# --- helpers ----------------------------------------------------------------------------------------


def _localities_of(record: SourceRecord) -> Iterable[Locality]:
    """Every locality a record names: its twinnings' parties and the places it describes."""
    for twinning in record.twinnings:
        yield twinning.a
        yield twinning.b
    yield from record.localities


def _country_locality(loc: Locality, gazetteer, *, keep_qid: bool) -> Locality:
    """A country under its gazetteer name; its QID stays only where the source itself states it."""
    place = gazetteer.country(loc.country)
    name = place.name if place is not None else loc.name
    return replace(loc, name=name, qid=loc.qid if keep_qid else None, aliases=(), name_language="en")


def _renamed(record: SourceRecord, names: dict[str, str]) -> SourceRecord:
    """A record whose parts name places by name (a parent, an event's place) follow their new names."""
    def new(name: str | None) -> str | None:
        return names.get(name, name) if name else name

    twinnings = tuple(replace(t, events=tuple(replace(e, place=new(e.place)) for e in t.events)) for t in record.twinnings)
    source = replace(record.source, dateline=new(record.source.dateline))
    return replace(
        record, source=source, twinnings=tuple(
            replace(t, a=replace(t.a, part_of=new(t.a.part_of)), b=replace(t.b, part_of=new(t.b.part_of)))
            for t in twinnings),
        localities=tuple(replace(loc, part_of=new(loc.part_of)) for loc in record.localities),
        organisations=tuple(replace(o, locality=new(o.locality)) for o in record.organisations),
        people=tuple(replace(p, represents=new(p.represents)) for p in record.people),
        activities=tuple(replace(a, place=new(a.place)) for a in record.activities),
    )


def _names_places(record: SourceRecord) -> bool:
    """Whether a part of the record refers to a place by its name (a parent, an event's place)."""
    return bool(record.organisations or record.people or record.activities or record.source.dateline
                or any(loc.part_of for loc in record.localities)
                or any(t.a.part_of or t.b.part_of or any(e.place for e in t.events) for t in record.twinnings))


def _source_keys(reconciler: _Reconciler, place: _Place) -> str:
    return ", ".join(dict.fromkeys(reconciler.records[i].source.key for i, _ in place.sightings))


def _administrative_word_country(label: str) -> str | None:
    """The country whose administrative vocabulary a label uses ("Landkreis Rastatt",
    "Main-Kinzig-Kreis": Germany; "Powiat Nowosolski": Poland), by `COUNTRY_WORDS`."""
    for word in fold(label).split():
        for ending, country in COUNTRY_WORDS.items():
            if word == ending or (ending.startswith("-") and word.endswith(ending[1:]) and word != ending[1:]):
                return country
    return None


def _plain_name(names: list[str]) -> str:
    """The name of an item as a list gives it, without the qualifier the list adds to tell places
    apart ("Gangnam (Seoul)", "Seoul – Gangnam", "Alife, Campania"): the first name without one,
    else the first one's own part. Names come most used first."""
    def plain(name: str) -> str:
        name = re.sub(r"\s*\([^()]*\)$", "", name).split(",")[0].strip()
        return name.split(" – ")[-1].strip() if " – " in name else name

    unqualified = [n for n in names if plain(n) == n]
    return unqualified[0] if unqualified else (plain(names[0]) or names[0])


def _most_common(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    return Counter(points).most_common(1)[0][0] if points else None


def _coordinate(value: float) -> float:
    return round(float(value), 6)


def _point_text(lat: float, lon: float) -> str:
    return f"{abs(lat):.2f}{'N' if lat >= 0 else 'S'} {abs(lon):.2f}{'E' if lon >= 0 else 'W'}"


__all__ = ["AUTHORITATIVE", "GAZETTEER", "LINKS_SOURCE", "ReconcileReport", "Reconciliation", "reconcile"]
