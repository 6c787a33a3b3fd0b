"""Place names to places: a small offline gazetteer of localities, first-level divisions and countries.

The data file is built by ``scripts/build_gazetteer.py`` from open Wikidata exports, Natural Earth
and pycountry (see ``data/SOURCES.md``). Lookups are dictionary hits on folded names, so that the
extractor can afford to ask about every capitalised phrase of an article.

>>> gaz = Gazetteer.default()
>>> [p.name for p in gaz.lookup("Kabupaten Bogor")]
['Bogor Regency']
>>> gaz.country("Korea Selatan").country
'KR'
"""
from __future__ import annotations

import functools
import gzip
import json
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

KINDS = ("city", "regency", "province", "state", "prefecture", "county", "district", "country", "other")

DATA_FILE = "gazetteer.json.gz"
NEAR_CELLS = 2
"""A point agrees with a country when a known place of it lies in one of the cells of a degree up
to this many cells away (about 200 to 300 km): near enough for a country's remote corners, too far
for a neighbour's border towns to be told apart (that is not what the test is for)."""
UNKNOWN_COUNTRY = ("ZZ", "Unknown country")
"""ISO 3166-1 user-assigned code for an unknown country (CLDR's "Unknown Region"), for a place no
source and no gazetteer row gives a country."""

# Administrative words that qualify a name, and the kind each one implies (None: no implication).
# Prefixes are Indonesian usage ("Kabupaten Bogor"), suffixes English or romanised ("Gurye-gun").
KIND_PREFIXES: dict[str, str | None] = {
    "pemerintah kabupaten": "regency", "pemerintah kota": "city", "pemerintah provinsi": "province",
    "kabupaten": "regency", "kab": "regency", "pemkab": "regency",
    "kota": "city", "pemkot": "city", "kotamadya": "city", "city of": "city",
    "provinsi": "province", "prov": "province", "pemprov": "province", "province of": "province",
    "prefektur": "prefecture", "prefecture of": "prefecture", "negara bagian": "state", "state of": "state",
    "county of": "county", "distrik": "district", "daerah istimewa": "province",
    "daerah khusus ibukota": "province", "dki": "province", "diy": "province",
    "d i": "province",  # "D.I. Yogyakarta": Daerah Istimewa written short
}
KIND_SUFFIXES: dict[str, str | None] = {
    "regency": "regency", "city": "city", "municipality": "city", "municipal council": "city",
    "city council": "city", "province": "province", "prefecture": "prefecture", "county": "county",
    "district": "district", "state": "state", "oblast": "province", "krai": "province",
    "gun": "county", "do": "province", "si": "city", "shi": "city", "ken": "prefecture",
    "xian": "county", "sheng": "province",
}


# Latin letters that Unicode does not decompose into a base letter and an accent: without them
# "Płock" would fold to "p ock", and the "Plock" of English news would not find it
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                               "ħ": "h", "Ħ": "H", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe",
                               "Œ": "OE", "þ": "th", "Þ": "TH", "ŀ": "l", "Ŀ": "L"})


SAINT_SHORT = {"saint": "st ", "sainte": "ste ", "sankt": "st "}
SAINT_LONG = {"st": "saint ", "ste": "sainte "}
# the word anywhere in a name, not only first ("Mont-Saint-Aignan", "Bourg-St-Maurice"), never last
_SAINT_SHORTENED = re.compile(r"(?:^|(?<= ))(saint|sainte|sankt) ")
_SAINT_SPELT_OUT = re.compile(r"(?:^|(?<= ))(st|ste) ")


_APOSTROPHES = re.compile(r"['\u2019\u2018`]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces: the key every name is indexed under."""
    if text.isascii():
        text = text.lower()  # most names: nothing to decompose (the build reads 80,000 of them)
    else:
        text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _NOT_ALNUM.sub(" ", _APOSTROPHES.sub("", text)).strip()


# Names of countries that news still writes and the packaged tables lack: a former name, a short form
# ("Stari Grad has twinned with municipalities from Slovenia, Macedonia, Albania": the country, not a
# village called Macedonia in Albania; "kota luar negeri meliputi Korea, Taiwan dan Perancis": South
# Korea, as Indonesian and English news mean by Korea alone, not a village of Taiwan)
OTHER_COUNTRY_NAMES = {"MK": ("Macedonia", "Republic of Macedonia"), "SZ": ("Swaziland",),
                       "BA": ("Bosnia", "Bosnia-Herzegovina"), "KR": ("Korea",),
                       # "Bethlehem, West Bank", "Beit Hanoun in the Gaza Strip": where a Palestinian town lies
                       "PS": ("West Bank", "Gaza Strip")}

# Other names of places the packaged tables lack, by Wikidata item ("The District of Columbia has similar
# arrangements with Bangkok ...": Washington, D.C., not a town called Columbia)
OTHER_NAMES_OF_ITEMS = {"Q61": ("District of Columbia",)}
# English names of items whose packaged row carries another language's label as its name (the State
# of Mexico's row reads "Meksiko", its Indonesian label)
ENGLISH_NAMES_OF_ITEMS = {"Q82112": "State of Mexico"}

_BRACKETED_ALTERNATIVE = re.compile(r"\s*\[[^\]]*\]\s*$")
# "Esquel (Agustín)", "Zaqatala (rayon)", "Falkland Islands (Malvinas)": a label's note in round brackets that
# tells the item from its namesakes or gives another name, which no text writes after the name
_BRACKETED_NOTE = re.compile(r"\s+\([^()]*\)\s*$")

# the ending of a Russian adjective as transliterations spell it besides "-y" ("Nizhnii", "Nizhniy")
RUSSIAN_ADJECTIVE_ENDING = re.compile(r"(?<=\w{3})(?:iy|ii|yi|yy)\b")


def russian_respelling(folded: str) -> str | None:
    """'nizhnii tagil' -> 'nizhny tagil': a folded name with a Russian adjective's ending spelt as the
    gazetteer spells it, or None where there is none (tested by substring first: the common case)."""
    if not ("ii" in folded or "iy" in folded or "yi" in folded or "yy" in folded):
        return None
    respelt = RUSSIAN_ADJECTIVE_ENDING.sub("y", folded)
    return respelt if respelt != folded else None

_PREFIXES_LONGEST_FIRST = sorted(KIND_PREFIXES, key=len, reverse=True)
_SUFFIXES_LONGEST_FIRST = sorted(KIND_SUFFIXES, key=len, reverse=True)


@functools.lru_cache(maxsize=65536)
def split_kind(folded: str) -> tuple[str, str | None]:
    """Separate one administrative prefix or suffix from a folded name: ('bogor', 'regency')."""
    for prefix in _PREFIXES_LONGEST_FIRST:
        if folded.startswith(prefix + " ") and len(folded) > len(prefix) + 1:
            return folded[len(prefix) + 1:], KIND_PREFIXES[prefix]
    for suffix in _SUFFIXES_LONGEST_FIRST:
        if folded.endswith(" " + suffix) and len(folded) > len(suffix) + 1:
            return folded[: -len(suffix) - 1], KIND_SUFFIXES[suffix]
    return folded, None


@dataclass(frozen=True)
class Place:
    """One place: a locality, a first-level division or a country."""

    qid: str | None
    name: str
    local_name: str | None
    kind: str
    country: str
    parent_qid: str | None
    lat: float | None
    lon: float | None
    kemendagri_code: str | None
    aliases: tuple[str, ...]
    twinned: bool = False  # the item carries Wikidata's P190 (twinned administrative body)
    geonames_id: str | None = None  # a town of the GeoNames table (Wikidata's P1566)


FIRST_LEVEL_KINDS = ("state", "province", "prefecture")
DIVISION_WEIGHT = 50_000.0
"""A first-level division without a population figure ranks as a place of this many people: above a
town of its name ('Virginia' is the state, not Virginia, Minnesota, 8,700 people), below a city
('Kyoto' is the city of 1.8 million, not its prefecture)."""
UNKNOWN_SIZE = 100.0
"""Below this a locality's weight counts its twinnings (a place learned from Wikidata's P190 without
a population), not its people."""


# a folded name of one or two words, a linking word, then the river or district it lies on ("newark on trent",
# "kingston upon thames", "frankfurt am main", "boulogne sur mer")
_LONG_FORM = re.compile(r"^([a-z]+(?: [a-z]+)?) (?:upon|on|under|am|an der|sur|en|in|im|les|le) [a-z]+$")


_SPA_TOWN_LONG_FORM = re.compile(r"^(bad [a-z]+(?: [a-z]+)?) (?:vor der|an der|am|im|in der|ob der|bei) [a-z ]+$")


def spa_town_short_form(name: str) -> str | None:
    """'bad homburg' for Bad Homburg vor der Höhe: the folded name a German spa town goes by, or None."""
    return _spa_town_short_key(fold(name))


def _spa_town_short_key(folded: str) -> str | None:
    """spa_town_short_form of a name already folded (the index's keys)."""
    match = _SPA_TOWN_LONG_FORM.match(folded) if folded.startswith("bad ") else None
    return match.group(1) if match else None


class Gazetteer:
    """Places indexed by every folded name and alias, with a weight that ranks namesakes."""

    def __init__(self, rows: list[list], towns: list[list] = (), twins: list[list[str]] = (),
                 capitals: dict[str, str] | None = None) -> None:
        self._capitals = dict(capitals or {})  # country code -> QID of its one national capital
        self._town_rows = towns
        self._twin_rows = twins
        self._twins: dict[str, set[str]] | None = None  # QID -> the QIDs paired with it, made on first use
        self._town_places: dict[int, Place] = {}  # made on first use, as few articles name any
        self._town_sizes: dict[int, float] = {}   # id of a town's Place: its population
        self._places: list[Place] = []
        self._weights: list[float] = []
        self._by_key: dict[str, list[int]] = {}
        self._by_qid: dict[str, int] = {}
        self._countries: dict[str, int] = {}
        self._division_index: dict[str, list[Place]] = {}
        unsized_divisions: dict[int, set[str]] = {}  # divisions without a population figure, and their keys
        for row in rows:
            qid, name, local, kind, country, parent, lat, lon, code, aliases, weight = row[:11]
            twinned = bool(row[11]) if len(row) > 11 else False
            # "Wales [Cymru GB-CYM]": a few rows of the ISO subdivision list carry their other-language
            # name and code in brackets; the place is named without them (its keys stay those of the row: the
            # shorter name is also a town's, 'Merthyr Tydfil', which lookups keep finding first)
            shown = _BRACKETED_ALTERNATIVE.sub("", name) or name
            if shown != name and local and "County" not in local:
                shown = local  # the item's own label where the row's is a variant ("Rhondda Cynon Taf")
            shown = _BRACKETED_NOTE.sub("", shown) or shown  # ("Falkland Islands (Malvinas)" too)
            shown = ENGLISH_NAMES_OF_ITEMS.get(qid, shown)
            place = Place(qid, shown, local, kind, country, parent, lat, lon, code, tuple(aliases), twinned)
            index = len(self._places)
            self._places.append(place)
            self._weights.append(weight)
            if qid and qid not in self._by_qid:
                self._by_qid[qid] = index
            keys = {fold(n) for n in (name, local, *aliases) if n}
            # "St Pol de Leon", "Ste Foy", "Mont St Aignan": English news shortens the Saint of a name
            keys |= {_SAINT_SHORTENED.sub(lambda m: SAINT_SHORT[m.group(1)], key)
                     for key in keys if _SAINT_SHORTENED.search(key)}
            # and the Indonesian or careful writer spells out the St of an English name ("Saint Louis")
            keys |= {_SAINT_SPELT_OUT.sub(lambda m: SAINT_LONG[m.group(1)], key)
                     for key in keys if _SAINT_SPELT_OUT.search(key)}
            if kind == "country":
                keys |= {fold(n) for n in OTHER_COUNTRY_NAMES.get(country, ())}
            keys |= {fold(n) for n in OTHER_NAMES_OF_ITEMS.get(qid, ())}
            if country in ("DE", "AT", "CH"):
                # "Bad Homburg" for Bad Homburg vor der Höhe: a spa town is called by its name without the
                # river or hills it lies by (the bare "Homburg" is another town)
                keys |= {short for key in keys for short in [_spa_town_short_key(key)] if short}
            if country == "ID":
                # "Lubuklinggau", "Tanjungbalai": Indonesian writes a compound name joined or apart
                keys |= {key.replace(" ", "") for key in keys if " " in key and split_kind(key)[1] is None}
            if kind in FIRST_LEVEL_KINDS:
                # "South Jeolla Province" is also found as "South Jeolla", as "North Jeolla" is
                core, unit = split_kind(fold(name))
                if unit is not None and unit == kind and core:
                    keys.add(core)
            for key in keys:
                self._by_key.setdefault(key, []).append(index)
                if kind == "country":
                    self._countries.setdefault(key, index)
            if kind == "country":
                self._countries.setdefault(country.lower(), index)
            elif kind in FIRST_LEVEL_KINDS:
                if weight < DIVISION_WEIGHT:
                    unsized_divisions[index] = keys
                if parent and parent.startswith("Q"):
                    self._division_index.setdefault(country, []).append(place)
        self._rank_divisions(unsized_divisions)

    def _rank_divisions(self, unsized: dict[int, set[str]]) -> None:
        """Rank each division without a population figure as a place of DIVISION_WEIGHT people, unless
        a twinned city of its name in its country has no population figure either (its weight a count
        of its twinnings): 'Nara' is the city, as it was before divisions were ranked so; a hamlet of
        ten people named Montana does not make the state a lesser place than Montana in Bulgaria."""
        for index, keys in unsized.items():
            country = self._places[index].country
            if not any(self._places[i].country == country and self._places[i].kind == "city" and self._places[i].twinned
                       and self._weights[i] < UNKNOWN_SIZE for key in keys for i in self._by_key[key]):
                self._weights[index] = DIVISION_WEIGHT

    @classmethod
    def from_file(cls, path) -> "Gazetteer":
        """Load a data file written by scripts/build_gazetteer.py."""
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(data["places"], data.get("towns", []), data.get("twins", []), data.get("capitals", {}))

    @classmethod
    def default(cls) -> "Gazetteer":
        """The packaged gazetteer, loaded once per process."""
        return _default_gazetteer()

    def __len__(self) -> int:
        return len(self._places)

    def known_partners(self, qid: str | None) -> frozenset[str]:
        """The QIDs of the places the twinning sources the gazetteer was built from (Wikipedia's lists,
        Wikidata's P190) pair with this one: what tells namesakes apart where an article names a partner."""
        if not qid:
            return frozenset()
        if self._twins is None:  # (only an article naming a place with namesakes asks: not at every start-up)
            self._twins = {}
            for one, other in self._twin_rows:
                self._twins.setdefault(one, set()).add(other)
                self._twins.setdefault(other, set()).add(one)
        return frozenset(self._twins.get(qid, ()))

    def capital(self, country: str) -> Place | None:
        """The national capital of a country, by its code: "the capital of Cambodia" is Phnom Penh. None for
        a country with several (Bolivia, South Africa) or none the sources agree on."""
        qid = self._capitals.get(country)
        return self.by_qid(qid) if qid else None

    def by_qid(self, qid: str) -> Place | None:
        index = self._by_qid.get(qid)
        return None if index is None else self._places[index]

    def centre(self, place: Place) -> tuple[float, float] | None:
        """Where a division lies, as the mean position of the places the gazetteer puts right in it (the
        divisions themselves have no coordinates); None where it holds none with a position."""
        return self._centres.get(place.qid) if place.qid else None

    @functools.cached_property
    def _centres(self) -> dict[str, tuple[float, float]]:
        sums: dict[str, list[float]] = {}
        for p in self._places:
            if p.parent_qid and p.lat is not None and p.lon is not None:
                total = sums.setdefault(p.parent_qid, [0.0, 0.0, 0])
                total[0] += p.lat
                total[1] += p.lon
                total[2] += 1
        return {qid: (lat / n, lon / n) for qid, (lat, lon, n) in sums.items()}

    def country(self, name_or_code: str) -> Place | None:
        """A country by ISO alpha-2 code, English name or Indonesian name."""
        key = fold(name_or_code)
        index = self._countries.get(key)
        if index is None and key.startswith("the "):
            index = self._countries.get(key[4:])
        return None if index is None else self._places[index]

    def lookup(self, name: str, *, country: str | None = None, kind: str | None = None) -> list[Place]:
        """Places called ``name``, best first: requested kind and country, then the most prominent.

        An administrative word in the name ("Kabupaten Bogor", "Gurye-gun") is used as the kind when
        ``kind`` is not given. A country may be given as a code or a name.
        """
        folded = fold(name)
        if not folded:
            return []
        core, implied_kind = split_kind(folded)
        wanted_kind = kind or implied_kind
        code = None
        if country:
            found = self.country(country)
            code = found.country if found else country.upper()
        indices = list(dict.fromkeys(self._by_key.get(folded, []) + self._by_key.get(core, [])))
        if not indices and "-" in name:
            # "Yamato-Takada", "Kita-Kyushu": a romanised name written with a hyphen the index lacks
            indices = list(self._by_key.get(folded.replace(" ", ""), []))
        respelt = None if indices else russian_respelling(folded)
        if respelt is not None:  # "Nizhnii Tagil", "Nizhniy Tagil": Russian "-ий" spelt otherwise than "Nizhny"
            indices = list(dict.fromkeys(self._by_key.get(respelt, []) + self._by_key.get(split_kind(respelt)[0], [])))
        if not indices and " " in folded and "-" not in name:
            indices = self._indonesian_written_apart(folded, core)  # "Bukit Tinggi", "Banjar Baru"
        if not indices and " " not in folded:
            indices = list(self._written_joined.get(folded, ()))  # "Mosselbay", "Kualalumpur"
        if not indices:
            return []

        # "Rio Grande City": a place whose own name the full name is goes before namesakes of its core ("Rio Grande")
        named_in_full = set(self._by_key.get(folded, ())) if folded != core and implied_kind == "city" else set()

        def rank(index: int) -> tuple:
            place = self._places[index]
            return (
                wanted_kind is not None and place.kind != wanted_kind,
                code is not None and place.country != code,
                bool(named_in_full) and index not in named_in_full,
                -self._weights[index],
            )

        ranked = sorted(indices, key=rank)
        if implied_kind and not kind:
            # "Kabupaten Bogor" names the regency: namesakes of another kind are not candidates.
            exact = [i for i in ranked if self._places[i].kind == implied_kind]
            ranked = exact or ranked
        return [self._places[i] for i in ranked]

    def prominence(self, place: Place) -> float:
        """The weight that ranks namesakes (for a populated place, about its population)."""
        if place.qid is None and id(place) in self._town_sizes:
            return self._town_sizes[id(place)]
        by_item = (self._by_qid[place.qid],) if place.qid in self._by_qid else ()
        for index in (*by_item, *self._by_key.get(fold(place.name), ())):
            if self._places[index] is place:
                return self._weights[index]
        return 0.0

    def division_kind(self, country: str) -> str:
        """The usual kind of a first-level division of a country: 'state' for DE, 'prefecture' for JP."""
        counts: dict[str, int] = {}
        for place in self._division_index.get(country, ()):
            counts[place.kind] = counts.get(place.kind, 0) + 1
        return max(counts, key=counts.get) if counts else "province"

    def named(self, folded_name: str, country: str | None = None) -> list[Place]:
        """Places whose name, local name or an alias folds to exactly `folded_name` (in `country`)."""
        found = [self._places[i] for i in self._by_key.get(folded_name, ())]
        return [p for p in found if country is None or p.country == country]

    def agrees_with_country(self, lat: float, lon: float, country: str) -> bool | None:
        """Whether a point lies near the country's known places: within `NEAR_CELLS` cells of a
        degree of one of them; None when the gazetteer knows too few of them to say.

        Meant to catch a point on another continent or across a sea (a Montana of Bulgaria placed
        in the USA, York, Pennsylvania placed in York, England), not to draw borders: a country's
        box would not do, since the USA's (Alaska to Guam) or France's (its overseas departments)
        spans the globe."""
        cells = self._cells.get(country)
        if cells is None:
            return None
        row, column = math.floor(lat), math.floor(lon)
        return any((row + dr, (column + dc + 180) % 360 - 180) in cells
                   for dr in range(-NEAR_CELLS, NEAR_CELLS + 1) for dc in range(-NEAR_CELLS, NEAR_CELLS + 1))

    @functools.cached_property
    def _cells(self) -> dict[str, frozenset[tuple[int, int]]]:
        cells: dict[str, set[tuple[int, int]]] = {}
        counts: dict[str, int] = {}
        for place in self._places:
            if place.lat is not None and place.lon is not None and place.kind != "country":
                cells.setdefault(place.country, set()).add((math.floor(place.lat), math.floor(place.lon)))
                counts[place.country] = counts.get(place.country, 0) + 1
        return {country: frozenset(found) for country, found in cells.items() if counts[country] >= 3}

    def towns(self, name: str, country: str | None = None) -> list[Place]:
        """Towns called ``name`` (in ``country``), most populous first, from the table of towns no
        other source names (GeoNames' towns of 5,000 people or more, with no Wikidata item). They are
        kept apart from every other lookup: a town of that list is no more a place than a word is
        unless the text says where it lies ('Tustin, California', 'Taebaek City'), and its name is
        not taken for a place's anywhere else (a person's name is as likely)."""
        found = [self._town(i) for i in self._town_index.get(fold(name), ())]
        return [p for p in found if country is None or p.country == country]

    def _town(self, index: int) -> Place:
        place = self._town_places.get(index)
        if place is None:
            name, country, lat, lon, aliases, population, geonames_id = self._town_rows[index]
            place = self._town_places[index] = Place(None, name, None, "city", country, None, lat, lon, None,
                                                     tuple(aliases), geonames_id=geonames_id)
            self._town_sizes[id(place)] = float(population)
        return place

    def town_by_geonames_id(self, geonames_id: str) -> Place | None:
        """The town of the GeoNames table with this id (how a record names a town it read)."""
        index = self._town_by_id.get(geonames_id)
        return None if index is None else self._town(index)

    @functools.cached_property
    def _town_by_id(self) -> dict[str, int]:
        return {row[6]: i for i, row in enumerate(self._town_rows)}

    @functools.cached_property
    def _town_index(self) -> dict[str, list[int]]:
        """Built on first use: a process that extracts nothing does not pay for 50,000 towns."""
        index: dict[str, list[int]] = {}
        order = sorted(range(len(self._town_rows)), key=lambda i: -self._town_rows[i][5])
        for i in order:
            name, _, _, _, aliases, _, _ = self._town_rows[i]
            for key in dict.fromkeys(fold.__wrapped__(n) for n in (name, *aliases)):  # uncached: read once
                index.setdefault(key, []).append(i)
        return index

    def knows(self, folded_name: str) -> bool:
        """Whether a folded name is indexed at all (a cheap test before a full lookup), also as lookup
        respells it (a Russian adjective's ending, an Indonesian compound written apart)."""
        if folded_name in self._by_key:
            return True
        if " " in folded_name and self._indonesian_written_apart(folded_name):
            return True
        if folded_name in self._written_joined:
            return True
        respelt = russian_respelling(folded_name)
        return respelt is not None and respelt in self._by_key

    def indexed_among(self, folded_names: Iterable[str]) -> set[str]:
        """The names among these that are keys of the index as they stand (no respelling), by set
        operations: a slip's hundreds of one-edit variants cost one pass, not hundreds of lookups."""
        names = set(folded_names)
        return names & self._by_key.keys() | names & self._written_joined.keys()

    @functools.cached_property
    def _written_joined(self) -> dict[str, tuple[int, ...]]:
        """Names of two or three words as news sometimes writes them in one ('Mosselbay' for Mossel Bay,
        'Kualalumpur'), for names long enough that a joined form names nothing else."""
        joined: dict[str, list[int]] = {}
        for key, indices in self._by_key.items():
            words = key.split()
            if 2 <= len(words) <= 3 and all(w.isalpha() for w in words) and (
                    len(key) >= 8 or all(self._places[i].country == "VN" for i in indices)):
                # (a Vietnamese name is written syllable by syllable, and English news joins short ones
                # too: "Danang", "Dalat", "Cantho")
                joined.setdefault("".join(words), []).extend(indices)
        return {key: tuple(dict.fromkeys(indices)) for key, indices in joined.items() if key not in self._by_key}

    def long_forms(self, folded_short: str, country: str | None = None) -> list[Place]:
        """Places (of ``country``, or of any) whose name is ``folded_short`` and a river or a district after a
        linking word ('Newark-on-Trent', 'Kingston upon Thames', 'Frankfurt am Main'): what local news calls by
        the short name alone."""
        return [self._places[i] for i in self._long_forms.get(folded_short, ())
                if country is None or self._places[i].country == country]

    @functools.cached_property
    def _long_forms(self) -> dict[str, tuple[int, ...]]:
        """Built on first use: the short form of every name written with a linking word."""
        shorts: dict[str, list[int]] = {}
        for key, indices in self._by_key.items():
            match = _LONG_FORM.match(key)
            if match:
                shorts.setdefault(match.group(1), []).extend(indices)
        return {key: tuple(dict.fromkeys(indices)) for key, indices in shorts.items()}

    def _indonesian_written_apart(self, *folded_names: str) -> list[int]:
        """The Indonesian places whose one-word name these names write in two ('bukit tinggi')."""
        joined = [i for name in folded_names for i in self._by_key.get(name.replace(" ", ""), ())]
        return [i for i in dict.fromkeys(joined) if self._places[i].country == "ID"]


def resolve_country(value: str) -> tuple[str, str] | None:
    """A country name (English or Indonesian) or ISO code to (alpha-2 code, English name), by the
    packaged gazetteer; None when it names no country."""
    place = Gazetteer.default().country(value)
    return None if place is None else (place.country, place.name)


@functools.lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    data = resources.files("sister_cities") / "data" / DATA_FILE
    with resources.as_file(data) as path:
        return Gazetteer.from_file(path)
