"""The one linker: whether a place of ours is a Wikidata item, scored from what both sides say.

Every `owl:sameAs` the package writes is decided here, at build time (`reconcile`) and by `link`
(offline from the gazetteer, online from the Query Service), and recorded with its method, score
and reasons. A candidate item's score adds up what agrees and what does not:

    name       0.5   our name is the item's label (folded: case, accents and punctuation set aside)
               0.35  our name is one of the item's other names
               0.25  our name is the item's once an administrative word is set aside ("Kabupaten Bogor")
               0.5 x likeness  names alike (Korfu, Corfu): only for an item our twinnings lead to
    country    0.3   the item lies in our country; in another: refused; not known: 0
    kind       0.2   the item's kind fits ours; another known kind -0.2 (0 for an item carrying P190)
    place      0.2   the item lies within 10 km of our coordinates, 0.1 within its kind's radius
                     (`RADIUS_KM`); farther: refused
    P190       0.15  the item carries P190: Wikidata's twinnings live there
    twinnings  0.3   for each partner we and the item are both twinned with (at most 0.6)

Rules come before scores:
- a bare name (no administrative word) is a settlement: a province, state, prefecture, county,
  district or regency item whose label carries such a word is refused (Brescia is not Brescia
  Province, Chiba not Chiba Prefecture, Kupang not Kupang Regency), and one that bears our bare name
  is refused too when a settlement of that name is also a candidate (Carlow);
- the words of a name stay: "Temple City" matches Temple only where their points lie within 10 km
  when "Temple City" is itself a place name the gazetteer knows in that country;
- coordinates decide among namesakes and refuse a candidate far from them.

A place is linked when its best candidate scores at least `LINK_THRESHOLD` and leads the next by
`MARGIN`; between a town and its municipality (two items within `SAME_PLACE_KM`, one carrying P190)
the one carrying P190 is linked. Anything else is reported, ambiguous or weak, never guessed.
"""
from __future__ import annotations

import difflib
import functools
import math
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

LINK_THRESHOLD = 0.75
MARGIN = 0.15
NAME_LABEL, NAME_ALIAS, NAME_CORE, NAME_ALIKE = 0.5, 0.35, 0.25, 0.5
COUNTRY_MATCH = 0.3
KIND_MATCH, KIND_ADMINISTRATIVE, KIND_OTHER, KIND_DIFFERS = 0.2, 0.1, 0.05, -0.2
NEAR_KM, NEAR, WITHIN = 10.0, 0.2, 0.1
TWINNED = 0.15
SHARED_TWINNING, SHARED_TWINNINGS_MAX = 0.3, 2
LIKENESS_MIN = 0.6
"""Names less alike than this (difflib's ratio of the folded names) are never candidates."""
LEFTOVER_MIN = 2
"""Shared partners that must each leave the same item and place as their one unmatched twin before
names that do not relate at all are taken for one place in two languages."""
SAME_PLACE_KM = 30.0
"""Two items this close, with one name, are a town and its municipality: one place, two items."""

DIVISION_KINDS = frozenset({"province", "state", "prefecture", "county", "district", "regency"})
RADIUS_KM = {"city": 50.0, "district": 50.0, "regency": 100.0, "county": 100.0, "other": 100.0,
             "province": 500.0, "state": 1000.0, "prefecture": 300.0}
"""How far an item's point may lie from ours and still be the same place, by the item's kind."""


# --- what each side knows -------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceNode:
    """A place of ours, as the linker sees it: its names, kind, country and, when known, its point."""

    node: Any
    name: str
    kind: str
    country: str
    local_name: str | None = None
    qids: tuple[str, ...] = ()  # the items a source already names
    lat: float | None = None
    lon: float | None = None
    aliases: tuple[str, ...] = ()

    def names(self) -> list[str]:
        return list(dict.fromkeys(n for n in (self.name, self.local_name, *self.aliases) if n))

    def locality(self, qid: str | None = None):
        """The record-level locality with the same key, so triples meet on the same IRI."""
        from .records import Locality

        return Locality(name=self.name, kind=self.kind, country=self.country, local_name=self.local_name,
                        qid=qid or (self.qids[0] if self.qids else None))


@dataclass(frozen=True)
class Item:
    """A Wikidata item, as far as a gazetteer row, our own sources or the Query Service tell."""

    qid: str
    label: str
    kind: str | None = None  # None: not known
    country: str | None = None  # None: not known
    local_label: str | None = None
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    twinned: bool = False  # carries P190
    method: str = "gazetteer"  # where the item was found: gazetteer, sources (another of our sources), sparql
    administrative: bool = False  # an administrative entity of no kind we know (sparql)

    @classmethod
    def from_gazetteer(cls, place) -> "Item":
        return cls(place.qid, place.name, place.kind, place.country, place.local_name, place.aliases,
                   place.lat, place.lon, place.twinned)


@dataclass(frozen=True)
class Candidate:
    qid: str
    label: str
    score: float
    method: str
    reasons: tuple[str, ...]
    twinned: bool = False
    point: tuple[float, float] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Match:
    place: PlaceNode
    status: str  # linked, ambiguous, weak, not_found, already_linked
    chosen: Candidate | None = None
    candidates: tuple[Candidate, ...] = ()


# --- names ------------------------------------------------------------------------------------------


def folded_names(names: Iterable[str | None]) -> set[str]:
    from .gazetteer import fold

    return {folded for name in names if name and (folded := fold(name))}


def cores(folded: set[str]) -> set[str]:
    """The names with one administrative word set aside ("kabupaten bogor" -> "bogor")."""
    from .gazetteer import split_kind

    return {core for name in folded if (core := split_kind(name)[0]) != name}


def name_forms(names: Iterable[str | None]) -> set[str]:
    """Every folded form a name may be matched under: as written, without a qualifier ("Alife,
    Campania", "Ada (Vojvodina)"), and with an administrative word set aside ("Säffle Municipality")."""
    return set().union(*(_forms_of(name) for name in names if name))


@functools.lru_cache(maxsize=1 << 17)
def _forms_of(name: str) -> frozenset[str]:
    """`name_forms` of one name, kept: reconciling the world graph asks for 86,000 sets of names."""
    written = [name, re.split(r"\s*[(,]", name, maxsplit=1)[0]]
    folded = folded_names(written)
    return frozenset(folded | cores(folded))


def is_bare(name: str) -> bool:
    """Whether a name carries no administrative word ("Brescia" is bare, "Olsztyn County" is not)."""
    from .gazetteer import fold, split_kind

    return split_kind(fold(name))[1] is None


@functools.lru_cache(maxsize=1 << 16)
def likeness(a: str, b: str) -> float:
    """How alike two names are once folded, 0 to 1 (Korfu and Corfu 0.8)."""
    from .gazetteer import fold

    matcher = difflib.SequenceMatcher(None, fold(a), fold(b))
    if matcher.real_quick_ratio() < LIKENESS_MIN or matcher.quick_ratio() < LIKENESS_MIN:
        return 0.0  # an upper bound already below what counts
    return round(matcher.ratio(), 2)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


# --- the score --------------------------------------------------------------------------------------


def score(place: PlaceNode, item: Item, *, shared: Iterable[str] = (), alike: float | None = None,
          name_of_its_own: bool = False, settlement_named: bool = False, leftover: int = 0) -> Candidate | None:
    """The item scored as the place, with the reasons; None when no name of the two relates at all.

    `shared`: the partners both are twinned with; `alike`: the likeness of the names when the
    twinnings led to the item; `leftover`: how many shared partners have this item and this place
    as the one twin each side leaves unmatched (names in two languages: Straßburg am Mieresch, Aiud); `name_of_its_own`: our full name is a place name of its own (no word
    of it may be set aside); `settlement_named`: a settlement bearing our name is also a candidate.
    A refused candidate scores 0 and its last reason says why.
    """
    ours = folded_names(place.names())
    primary = folded_names((item.label, item.local_label))
    others = folded_names(item.aliases)
    parts: list[tuple[float, str]] = []
    refusal = None
    if ours & primary:
        parts.append((NAME_LABEL, "name is the label"))
    elif ours & others:
        parts.append((NAME_ALIAS, "name is an alias"))
    elif name_forms(place.names()) & name_forms((item.label, item.local_label, *item.aliases)):
        parts.append((NAME_CORE, "name matches without its administrative word or qualifier"))
        if name_of_its_own and cores(ours) & (primary | others) and not _near(place, item, NEAR_KM):
            refusal = f"{place.name!r} is a name of its own: a word of it is set aside only where the points agree"
    elif alike is not None and alike >= LIKENESS_MIN:
        parts.append((round(NAME_ALIKE * alike, 2), f"names alike ({place.name} / {item.label}, {alike:.2f})"))
    elif leftover >= LEFTOVER_MIN:
        parts.append((0.0, f"names differ ({place.name} / {item.label}), but {leftover} shared partners leave "
                           "only these two unmatched"))
    else:
        return None
    bare = is_bare(place.name) and place.kind not in DIVISION_KINDS
    if refusal is None and bare and item.kind in DIVISION_KINDS:
        if not ours & primary:
            refusal = f"a bare name is the settlement, not {item.label} ({item.kind})"
        elif settlement_named:
            refusal = f"a settlement of this name is a candidate too, not the {item.kind}"
    if item.country is None:
        parts.append((0.0, "country unknown"))
    elif item.country == place.country:
        parts.append((COUNTRY_MATCH, f"country matches ({place.country})"))
    else:
        refusal = refusal or f"in another country ({item.country})"
    parts.append(kind_part(place.kind, item))
    if None not in (place.lat, place.lon, item.lat, item.lon):
        km = distance_km(place.lat, place.lon, item.lat, item.lon)
        radius = RADIUS_KM.get(item.kind or place.kind, 100.0)
        if km <= NEAR_KM:
            parts.append((NEAR, f"{km:.0f} km from our coordinates"))
        elif km <= radius:
            parts.append((WITHIN, f"{km:.0f} km from our coordinates (within {radius:.0f})"))
        else:
            refusal = refusal or f"{km:.0f} km from our coordinates"
    if item.twinned:
        parts.append((TWINNED, "carries P190"))
    partners = sorted(set(shared))
    if partners:
        shown = ", ".join(partners[:3]) + (f" and {len(partners) - 3} more" if len(partners) > 3 else "")
        parts.append((SHARED_TWINNING * min(len(partners), SHARED_TWINNINGS_MAX),
                      f"twinned with {shown} in our sources and on Wikidata"))
    reasons = tuple(reason for _, reason in parts)
    point = (item.lat, item.lon) if item.lat is not None and item.lon is not None else None
    method = "twinnings" if partners or alike is not None or leftover else item.method
    if refusal is not None:
        return Candidate(item.qid, item.label, 0.0, method, reasons + (f"refused: {refusal}",), item.twinned, point)
    return Candidate(item.qid, item.label, round(sum(points for points, _ in parts), 2), method, reasons,
                     item.twinned, point)


def _near(place: PlaceNode, item: Item, km: float) -> bool:
    return None not in (place.lat, place.lon, item.lat, item.lon) and \
        distance_km(place.lat, place.lon, item.lat, item.lon) <= km


def kind_part(kind: str, item: Item) -> tuple[float, str]:
    """The kind's share of a score: a bonus when it fits, a penalty when it is another known kind."""
    if item.kind == kind:
        return (KIND_MATCH, f"kind matches ({kind})")
    if kind == "other":
        return (KIND_OTHER, f"our kind is other, theirs {item.kind or 'unknown'}")
    if item.kind is not None:
        if item.twinned:
            return (0.0, f"kind differs (ours {kind}, theirs {item.kind}), but the item carries P190")
        return (KIND_DIFFERS, f"kind differs (ours {kind}, theirs {item.kind})")
    if item.administrative:
        return (KIND_ADMINISTRATIVE, "administrative entity of no known kind")
    return (0.0, "kind unknown")


# --- the decision -----------------------------------------------------------------------------------


def decide(place: PlaceNode, candidates: list[Candidate]) -> Match:
    """Link the clear winner; report close calls (ambiguous) and poor ones (weak) for review."""
    ranked = sorted(candidates, key=lambda c: (-c.score, c.qid))
    if not ranked:
        return Match(place, "not_found")
    best = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    if best.score >= LINK_THRESHOLD and best.score - runner_up >= MARGIN - 1e-9 \
            and not _namesake_only_less_twinned(best, ranked[1:]):
        return Match(place, "linked", best, tuple(ranked))
    preferred = _town_and_municipality(ranked)
    if preferred is not None:
        return Match(place, "linked", preferred, tuple(ranked))
    if len(ranked) > 1 and best.score - runner_up < MARGIN - 1e-9:
        return Match(place, "ambiguous", None, tuple(ranked))
    return Match(place, "weak", None, tuple(ranked))


def _namesake_only_less_twinned(best: Candidate, others: list[Candidate]) -> bool:
    """Whether the lead is only that the best carries P190 and a namesake elsewhere (or somewhere
    unknown) does not: P190 tells a town from its municipality, not Springfield from Springfield.
    Partners both are twinned with are more than P190: they say which Springfield (Uppsala's six
    partners are those of the item Q59091, not of the town the gazetteer knows)."""
    if _shares_twinnings(best):
        return False
    for other in others:
        if not (best.twinned and not other.twinned) or best.score - other.score >= MARGIN + TWINNED - 1e-9:
            continue
        if None in (best.point, other.point) or distance_km(*best.point, *other.point) > SAME_PLACE_KM:
            return True
    return False


def _shares_twinnings(candidate: Candidate) -> bool:
    return any(reason.startswith("twinned with ") for reason in candidate.reasons)


def _town_and_municipality(ranked: list[Candidate]) -> Candidate | None:
    """The item carrying P190, when the two close leaders are one place under two items (a town and
    its municipality): their points lie within `SAME_PLACE_KM`, or the one carrying P190 is twinned
    with our partners, which is where Wikidata keeps our twinnings."""
    close = [c for c in ranked if c.score >= LINK_THRESHOLD and ranked[0].score - c.score < MARGIN - 1e-9]
    if len(close) != 2 or sum(c.twinned for c in close) != 1:
        return None
    chosen = next(c for c in close if c.twinned)
    other = next(c for c in close if not c.twinned)
    near = None not in (chosen.point, other.point) and distance_km(*chosen.point, *other.point) <= SAME_PLACE_KM
    if not (near or _shares_twinnings(chosen)):
        return None
    return Candidate(chosen.qid, chosen.label, chosen.score, chosen.method,
                     chosen.reasons + (f"preferred to {other.qid} ({other.label}): a town and its municipality, "
                                       "and this one carries P190",), chosen.twinned, chosen.point)


# --- candidates from the gazetteer ------------------------------------------------------------------


def gazetteer_candidates(place: PlaceNode, gazetteer) -> list[Candidate]:
    """Candidates from the gazetteer, scored (a country by its ISO code)."""
    if place.kind == "country":
        found = gazetteer.country(place.country)
        if found is None or not found.qid:
            return []
        return [Candidate(found.qid, found.name, 1.0, "gazetteer", (f"ISO 3166-1 code {place.country}",))]
    return scored(place, gazetteer_items(place, gazetteer), gazetteer)


def gazetteer_items(place: PlaceNode, gazetteer) -> dict[str, Item]:
    """The gazetteer's items in the place's country under any of its names (or their cores)."""
    items: dict[str, Item] = {}
    for name in place.names():
        for found in gazetteer.lookup(name, country=place.country):
            if found.qid and found.country == place.country and found.kind != "country":
                items.setdefault(found.qid, Item.from_gazetteer(found))
    return items


def scored(place: PlaceNode, items: dict[str, Item], gazetteer=None, *, shared: dict[str, list[str]] | None = None,
           alike: dict[str, float] | None = None) -> list[Candidate]:
    """Each item scored as the place (see `score`); items whose names do not relate are left out.
    The gazetteer, when given, tells whether our name is a place name of its own ("Temple City")."""
    shared, alike = shared or {}, alike or {}
    ours = folded_names(place.names())
    name_of_its_own = gazetteer is not None and any(
        p.country == place.country and p.kind != "country" for full in ours if cores({full}) for p in gazetteer.named(full))
    settlement_named = any(item.kind == "city" and ours & folded_names((item.label, item.local_label, *item.aliases))
                           for item in items.values())
    found = (score(place, item, shared=shared.get(qid, ()), alike=alike.get(qid), name_of_its_own=name_of_its_own,
                   settlement_named=settlement_named) for qid, item in items.items())
    return [candidate for candidate in found if candidate is not None]


__all__ = [
    "Candidate", "Item", "LINK_THRESHOLD", "MARGIN", "Match", "PlaceNode", "decide", "distance_km",
    "gazetteer_candidates", "gazetteer_items", "is_bare", "likeness", "score", "scored",
]
