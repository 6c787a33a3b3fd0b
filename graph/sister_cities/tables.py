"""Bulk sources: a table of twinning pairs (CSV/TSV) and Wikidata P190 statements, each as one record.

A whole dataset becomes one `SourceRecord` (so one named graph, with its provenance and licence).
Reading the file is the only I/O; `pairs_record` and `p190_record` are pure given the rows and the
gazetteer.

How a side of a pair becomes a locality:
- its country string is normalised to an ISO 3166-1 code ("England, United Kingdom" -> GB,
  "Georgia (country)" -> GE, "People's Republic of China" -> CN); a row whose country cannot be
  recognised is skipped and reported, never guessed;
- the name is looked up in the gazetteer in that country; when the table gives coordinates, the
  nearest namesake within `MATCH_RADIUS_KM` is taken (a namesake farther away is another place).
  A match gives the gazetteer's English name, kind and QID, so that sources meet on one node;
- otherwise the locality is minted from the table: the kind from the table's kind column, else
  from an administrative word in the name ("Olsztyn County" -> county), else `city`.

A P190 item is found by its QID in the gazetteer; otherwise its country comes from the file's
country column if it has one, else from its label when every namesake in the gazetteer lies in one
country, else it is `ZZ` (the user-assigned ISO code for "unknown country", as CLDR uses it), so
the place stays in the network and `validate` still sees a country. Its kind is implied by its
label or `city`. Labels are written as English, although the 2016 snapshot took the first of
de/en/fr/it/es: a known limit.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .records import Evidence, Locality, Source, SourceRecord, Twinning
from .triples import locality_key, twinning_key
from .vocab import KINDS, QID_PATTERN, STAGES

MATCH_RADIUS_KM = 50.0
"""A gazetteer place farther than this from the table's coordinates is a namesake, not the place."""

UNKNOWN_COUNTRY = ("ZZ", "Unknown country")
"""ISO 3166-1 user-assigned code for an unknown country (CLDR's "Unknown Region")."""

COUNTRY_ALIASES = {
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "republic of ireland": "IE", "kosovo": "XK", "democratic republic of the congo": "CD",
    "peoples republic of china": "CN", "republic of china": "TW", "korea": "KR", "east timor": "TL",
    "west bank": "PS", "surinam": "SR", "madagaskar": "MG", "grece": "GR", "kazakhstah": "KZ",
    "moldavia": "MD", "bosnia and hercegovina": "BA", "falkland islands": "FK",
}
"""Country strings of real tables that are not a country's name in the gazetteer (folded keys).
Constituent countries of the United Kingdom are the United Kingdom; misspellings seen in the
Wikipedia lists are read as meant. "Korea" alone is South Korea in those lists."""

EXTRA_COUNTRY_NAMES = {"XK": "Kosovo"}
"""Codes in common use (Wikidata, the EU) that ISO 3166-1 has not assigned, so the gazetteer lacks."""


class TableError(ValueError):
    """A table that cannot be read at all (missing column, not UTF-8): names the file and the reason."""


@dataclass(frozen=True)
class PairColumns:
    """Which column holds what in a table of pairs; the defaults read the Hekman/twincities shape.

    `--columns city1=Stadt,country1=Land,lat1=` changes some and drops others (an empty value).
    """

    city1: str = "city1"
    country1: str = "country1"
    city2: str = "city2"
    country2: str = "country2"
    lat1: str | None = "lat1"
    lon1: str | None = "lng1"
    lat2: str | None = "lat2"
    lon2: str | None = "lng2"
    kind1: str | None = None
    kind2: str | None = None
    stage: str | None = None
    date: str | None = None

    REQUIRED = ("city1", "country1", "city2", "country2")

    @classmethod
    def parse(cls, spec: str | None) -> "PairColumns":
        """`KEY=COLUMN` pairs separated by commas, over the defaults."""
        if not spec:
            return cls()
        known = [f.name for f in fields(cls)]
        changes: dict[str, str | None] = {}
        for item in spec.split(","):
            key, sep, column = item.partition("=")
            key = key.strip()
            if not sep or key not in known:
                raise TableError(f"--columns takes KEY=COLUMN pairs with KEY one of {', '.join(known)}; got {item.strip()!r}")
            if not column.strip() and key in cls.REQUIRED:
                raise TableError(f"--columns: {key} cannot be empty")
            changes[key] = column.strip() or None
        return replace(cls(), **changes)

    def used(self) -> list[str]:
        return [value for value in (getattr(self, f.name) for f in fields(self)) if value]


@dataclass
class TableLoad:
    """What a bulk load produced: the record, and what it had to skip or mint, for the user to read."""

    record: SourceRecord
    rows: int = 0
    skipped: list[str] = field(default_factory=list)
    matched: int = 0
    minted: int = 0
    duplicates: int = 0

    def summary(self) -> str:
        return (f"{self.record.source.key}: {self.rows} rows, {len(self.record.twinnings)} twinnings, "
                f"{self.matched} localities matched to the gazetteer, {self.minted} minted, "
                f"{self.duplicates} duplicate pairs, {len(self.skipped)} rows skipped")


# --- countries --------------------------------------------------------------------------------------

class CountryNormaliser:
    """Country strings of real tables to (ISO code, English name); remembers each answer."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self._cache: dict[str, tuple[str, str] | None] = {}

    def __call__(self, text: str) -> tuple[str, str] | None:
        if text not in self._cache:
            self._cache[text] = self._resolve(text)
        return self._cache[text]

    def _named(self, code: str) -> tuple[str, str]:
        place = self.gazetteer.country(code)
        return code, (place.name if place is not None else EXTRA_COUNTRY_NAMES.get(code, code))

    def _one(self, text: str) -> tuple[str, str] | None:
        from .gazetteer import fold

        text = text.strip()
        if not text:
            return None
        if text.upper() in EXTRA_COUNTRY_NAMES:
            return self._named(text.upper())
        folded = fold(text)
        if folded in COUNTRY_ALIASES:
            return self._named(COUNTRY_ALIASES[folded])
        place = self.gazetteer.country(text)
        if place is not None:
            return place.country, place.name
        return None

    def _resolve(self, text: str) -> tuple[str, str] | None:
        text = re.sub(r"\s*\((country|nation)\)\s*$", "", text.strip(), flags=re.IGNORECASE)
        text = re.sub(r"^in\s+", "", text, flags=re.IGNORECASE)
        found = self._one(text)
        if found is not None:
            return found
        for part in text.split(","):  # "England, United Kingdom", "Brandenburg, Germany"
            found = self._one(part)
            if found is not None:
                return found
        return None


# --- localities -------------------------------------------------------------------------------------

def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def implied_kind(name: str) -> str | None:
    """The kind an administrative word in a name implies ("Olsztyn County" -> county), if any."""
    from .gazetteer import fold, split_kind

    kind = split_kind(fold(name))[1]
    return kind if kind in KINDS else None


class LocalityMatcher:
    """Table names to localities: the gazetteer's place when one fits, a minted locality otherwise."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self._cache: dict[tuple, Locality] = {}
        self._by_iri: dict[str, Locality] = {}
        self.matched = 0
        self.minted = 0

    def locality(self, name: str, country: str, *, kind: str | None = None,
                 lat: float | None = None, lon: float | None = None) -> Locality:
        """The place; the first description of an IRI wins, so that a node gets one position.

        Namesakes of one kind in one country share an IRI (the model's key is country, kind and
        name), so a second Springfield of the same state table becomes the first: a known limit.
        """
        key = (name, country, kind, lat, lon)
        known = self._cache.get(key)
        if known is None:
            found = self._find(name, country, kind, lat, lon)
            known = self._cache[key] = self._by_iri.setdefault(locality_key(found), found)
        return known

    def _find(self, name: str, country: str, kind: str | None, lat: float | None, lon: float | None) -> Locality:
        candidates = [p for p in self.gazetteer.lookup(name, country=country, kind=kind)
                      if p.country == country and p.kind != "country" and (kind is None or p.kind == kind)]
        located = [p for p in candidates if p.lat is not None and p.lon is not None]
        if lat is not None and lon is not None and located:
            # the table says where the place is: only a namesake that close is the place
            near = [(distance_km(lat, lon, p.lat, p.lon), n, p) for n, p in enumerate(located)]
            near = [item for item in near if item[0] <= MATCH_RADIUS_KM]
            candidates = [min(near)[2]] if near else []
        if candidates:
            place = candidates[0]
            self.matched += 1
            aliases = (name,) if name != place.name else ()
            # the gazetteer's position where it has one, so that every source gives the node the same
            return Locality(name=place.name, kind=place.kind, country=country, qid=place.qid,
                            lat=coordinate(place.lat) if place.lat is not None else lat,
                            lon=coordinate(place.lon) if place.lon is not None else lon, aliases=aliases)
        self.minted += 1
        return Locality(name=name, kind=kind or implied_kind(name) or "city", country=country, lat=lat, lon=lon)


# --- tables of pairs --------------------------------------------------------------------------------

def pairs_record(
    rows: Iterable[tuple[int, dict[str, str]]],
    *,
    source: Source,
    columns: PairColumns = PairColumns(),
    gazetteer=None,
) -> TableLoad:
    """Numbered rows of a pairs table to one record: one twinning per distinct pair of places."""
    from .gazetteer import Gazetteer

    gazetteer = gazetteer or Gazetteer.default()
    countries = CountryNormaliser(gazetteer)
    matcher = LocalityMatcher(gazetteer)
    load = TableLoad(record=SourceRecord(source=source, method="table"))
    twinnings: dict[str, Twinning] = {}

    def side(row: dict[str, str], n: int, which: str) -> Locality | str:
        name = (row.get(getattr(columns, "city" + which)) or "").strip()
        country_text = (row.get(getattr(columns, "country" + which)) or "").strip()
        if not name:
            return f"line {n}: no name in column {getattr(columns, 'city' + which)!r}"
        if not country_text and "," in name:  # "Varna, Bulgaria" with an empty country cell
            name, _comma, country_text = (part.strip() for part in name.rpartition(","))
        country = countries(country_text)
        if country is None:
            return f"line {n}: unknown country {country_text!r} for {name!r}"
        kind = _cell(row, getattr(columns, "kind" + which))
        if kind is not None and kind not in KINDS:
            return f"line {n}: unknown kind {kind!r} (one of {', '.join(KINDS)})"
        lat = _number(row, getattr(columns, "lat" + which))
        lon = _number(row, getattr(columns, "lon" + which))
        return matcher.locality(name, country[0], kind=kind, lat=lat, lon=lon)

    for n, row in rows:
        load.rows += 1
        a, b = side(row, n, "1"), side(row, n, "2")
        problem = next((x for x in (a, b) if isinstance(x, str)), None)
        if problem is not None:
            load.skipped.append(problem)
            continue
        stage = _cell(row, columns.stage) or "active"
        if stage not in STAGES:
            load.skipped.append(f"line {n}: unknown stage {stage!r} (one of {', '.join(STAGES)})")
            continue
        problem = _add_pair(twinnings, a, b, stage=stage, date=_cell(row, columns.date), note=f"line {n}")
        if problem == "duplicate":
            load.duplicates += 1
        elif problem:
            load.skipped.append(f"line {n}: {problem}")
    load.matched, load.minted = matcher.matched, matcher.minted
    load.record = _record(source, "table", twinnings.values(), gazetteer)
    return load


def read_pairs(
    path: Path | str,
    *,
    columns: PairColumns = PairColumns(),
    source: Source | None = None,
    gazetteer=None,
    progress: bool = False,
) -> TableLoad:
    """A CSV or TSV table of pairs (tab-separated when the name ends in .tsv) as one source."""
    path = Path(path)
    source = source or dataset_source(path, kind="dataset")
    with _open_text(path) as handle:
        reader = csv.DictReader(handle, delimiter="\t" if path.suffix.lower() in (".tsv", ".tab") else ",")
        missing = [c for c in columns.used() if c not in (reader.fieldnames or [])]
        if missing:
            raise TableError(f"{path}: no column {', '.join(repr(c) for c in missing)} "
                             f"(columns: {', '.join(reader.fieldnames or []) or 'none'}); see --columns")
        rows = _progress(((n, row) for n, row in enumerate(reader, 2)), f"reading {path.name}", progress)
        return pairs_record(rows, source=source, columns=columns, gazetteer=gazetteer)


# --- Wikidata P190 ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Statement:
    """One P190 statement as a file gives it: the two items, their labels and (optionally) countries."""

    line: int
    subject: str
    object: str
    subject_label: str | None = None
    object_label: str | None = None
    subject_country: str | None = None
    object_country: str | None = None
    subject_kind: str | None = None
    object_kind: str | None = None


def p190_record(statements: Iterable[Statement], *, source: Source, labels: dict[str, str] | None = None,
                gazetteer=None) -> TableLoad:
    """P190 statements to one record: one twinning per unordered pair of distinct items."""
    from .gazetteer import Gazetteer

    gazetteer = gazetteer or Gazetteer.default()
    countries = CountryNormaliser(gazetteer)
    labels = dict(labels or {})
    statements = list(statements)
    for st in statements:
        for qid, label in ((st.subject, st.subject_label), (st.object, st.object_label)):
            if label and qid not in labels:
                labels[qid] = label
    hints: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for st in statements:
        for qid, text, kind in ((st.subject, st.subject_country, st.subject_kind),
                                (st.object, st.object_country, st.object_kind)):
            if text and qid not in hints:
                hints[qid] = text
            if kind in KINDS and kind != "country" and qid not in kinds:
                kinds[qid] = kind
    load = TableLoad(record=SourceRecord(source=source, method="wikidata"))
    localities: dict[str, Locality | str] = {}

    def minted_country(qid: str, label: str) -> tuple[str, str]:
        if qid in hints:
            resolved = countries(hints[qid])
            if resolved is not None:
                return resolved
        found = {p.country for p in gazetteer.lookup(label)}
        if len(found) == 1:
            return countries(found.pop()) or UNKNOWN_COUNTRY
        return UNKNOWN_COUNTRY

    def locality(qid: str) -> Locality | str:
        if qid in localities:
            return localities[qid]
        place = gazetteer.by_qid(qid)
        if place is not None:
            load.matched += 1
            found: Locality | str = Locality(name=place.name, kind=place.kind, country=place.country, qid=qid,
                                             lat=coordinate(place.lat), lon=coordinate(place.lon))
        elif not labels.get(qid):
            found = f"{qid} has no label"
        else:
            load.minted += 1
            label = labels[qid]
            code, _name = minted_country(qid, label)
            kind = kinds.get(qid) or implied_kind(label) or "city"
            found = Locality(name=label, kind=kind, country=code, qid=qid)
        localities[qid] = found
        return found

    # two different items minted under one name in one country would meet on one IRI: tell them apart
    for st in statements:
        for qid in (st.subject, st.object):
            if QID_PATTERN.match(qid):
                locality(qid)
    by_key: dict[str, list[str]] = {}
    for qid, loc in localities.items():
        if isinstance(loc, Locality):
            by_key.setdefault(locality_key(loc), []).append(qid)
    for qids in by_key.values():
        if len(qids) > 1:
            for qid in qids:
                loc = localities[qid]
                if isinstance(loc, Locality) and gazetteer.by_qid(qid) is None:
                    localities[qid] = replace(loc, name=f"{loc.name} ({qid})", aliases=(loc.name,))

    twinnings: dict[str, Twinning] = {}
    for st in statements:
        load.rows += 1
        bad = next((q for q in (st.subject, st.object) if not QID_PATTERN.match(q)), None)
        if bad is not None:
            load.skipped.append(f"line {st.line}: {bad!r} is not a QID")
            continue
        a, b = localities[st.subject], localities[st.object]
        problem = next((x for x in (a, b) if isinstance(x, str)), None)
        if problem is not None:
            load.skipped.append(f"line {st.line}: {problem}")
            continue
        outcome = _add_pair(twinnings, a, b, stage="active", date=None,
                            note=f"line {st.line}: {st.subject} P190 {st.object}")
        if outcome == "duplicate":
            load.duplicates += 1
        elif outcome:
            load.skipped.append(f"line {st.line}: {outcome}")
    load.record = _record(source, "wikidata", twinnings.values(), gazetteer)
    return load


def read_p190(
    path: Path | str,
    *,
    labels_path: Path | str | None = None,
    source: Source | None = None,
    gazetteer=None,
    progress: bool = False,
) -> TableLoad:
    """P190 statements from a TSV file, in either shape of the 2016 snapshot.

    - two columns without a header (subject QID, object QID), with labels from `labels_path`
      (default: `names.tsv` beside it; QID and label per line);
    - a header naming `subject_qid`, `P190_object_qid` and optionally `subject_label`,
      `object_label`, `subject_country`, `object_country`, `subject_kind`, `object_kind` (used for
      items the gazetteer does not know; the bundled Indonesian file has them all).
    """
    path = Path(path)
    source = source or dataset_source(path, kind="wikidata")
    with _open_text(path) as handle:
        lines = handle.read().splitlines()
    if not lines:
        raise TableError(f"{path}: empty file")
    first = lines[0].split("\t")
    statements: list[Statement] = []
    if QID_PATTERN.match(first[0].strip()):
        if len(first) < 2:
            raise TableError(f"{path}: expected two tab-separated QIDs per line")
        for n, line in enumerate(_progress(lines, f"reading {path.name}", progress), 1):
            if line.strip():
                cells = line.split("\t")
                statements.append(Statement(n, cells[0].strip(), (cells[1] if len(cells) > 1 else "").strip()))
        labels_path = Path(labels_path) if labels_path is not None else path.with_name("names.tsv")
        labels = read_labels(labels_path)
    else:
        header = [c.strip() for c in first]
        for needed in ("subject_qid", "P190_object_qid"):
            if needed not in header:
                raise TableError(f"{path}: no column {needed!r} (columns: {', '.join(header)})")
        index = {name: n for n, name in enumerate(header)}

        def cell(cells: list[str], name: str) -> str | None:
            n = index.get(name)
            return cells[n].strip() or None if n is not None and n < len(cells) else None

        for n, line in enumerate(_progress(lines[1:], f"reading {path.name}", progress), 2):
            if line.strip():
                cells = line.split("\t")
                statements.append(Statement(
                    n, cell(cells, "subject_qid") or "", cell(cells, "P190_object_qid") or "",
                    cell(cells, "subject_label"), cell(cells, "object_label"),
                    cell(cells, "subject_country"), cell(cells, "object_country"),
                    cell(cells, "subject_kind"), cell(cells, "object_kind")))
        labels = read_labels(Path(labels_path)) if labels_path is not None else {}
    return p190_record(statements, source=source, labels=labels, gazetteer=gazetteer)


def read_labels(path: Path) -> dict[str, str]:
    """QID-tab-label lines to a dictionary."""
    if not path.is_file():
        raise TableError(f"{path}: no such label file (QID and label per line, tab-separated)")
    labels = {}
    with _open_text(path) as handle:
        for line in handle:
            qid, _sep, label = line.rstrip("\n").partition("\t")
            if QID_PATTERN.match(qid.strip()) and label.strip():
                labels[qid.strip()] = label.strip()
    return labels


# --- shared -----------------------------------------------------------------------------------------

def dataset_source(path: Path, *, kind: str, title: str | None = None, licence: str | None = None,
                   url: str | None = None) -> Source:
    """The source a bulk file stands for: its key and title come from the file name."""
    stem = path.stem if path.stem not in ("relations", "twin_cities", "data") else f"{path.parent.name}-{path.stem}"
    prefix = "wikidata" if kind == "wikidata" else "dataset"
    return Source(key=f"{prefix}/{stem}", kind=kind, title=title or path.name, licence=licence, url=url)


def _add_pair(twinnings: dict[str, Twinning], a: Locality, b: Locality, *, stage: str, date: str | None,
              note: str) -> str | None:
    if locality_key(a) == locality_key(b):
        return f"a twinning needs two distinct localities, got {a.name!r} twice"
    key = twinning_key(a, b)
    if key in twinnings:
        return "duplicate"
    if date is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        return f"{date!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
    twinnings[key] = Twinning(a=a, b=b, stage=stage, date=date, evidence=Evidence(note=note))
    return None


def _record(source: Source, method: str, twinnings: Iterable[Twinning], gazetteer) -> SourceRecord:
    """The record, with a country locality for every country its places lie in (named, with a QID)."""
    twinnings = tuple(twinnings)
    codes = sorted({loc.country for t in twinnings for loc in (t.a, t.b)})
    countries = []
    for code in codes:
        place = gazetteer.country(code)
        name = place.name if place is not None else EXTRA_COUNTRY_NAMES.get(
            code, UNKNOWN_COUNTRY[1] if code == UNKNOWN_COUNTRY[0] else code)
        countries.append(Locality(name=name, kind="country", country=code, qid=place.qid if place else None))
    return SourceRecord(source=source, method=method, twinnings=twinnings, localities=tuple(countries))


def _cell(row: dict[str, str], column: str | None) -> str | None:
    if column is None:
        return None
    value = (row.get(column) or "").strip()
    return value or None


def _number(row: dict[str, str], column: str | None) -> float | None:
    value = _cell(row, column)
    if value is None:
        return None
    try:
        return coordinate(float(value))
    except ValueError:
        return None


def coordinate(value: float | None) -> float | None:
    """A coordinate rounded to 6 places (about 0.1 m): what a table or the gazetteer can vouch for."""
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), 6)


class _open_text:
    """A UTF-8 text file (a byte-order mark is skipped); a missing or binary file is a `TableError`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self):
        if not self.path.is_file():
            raise TableError(f"{self.path}: no such file")
        self.handle = open(self.path, encoding="utf-8-sig", newline="")
        return _checked(self.handle, self.path)

    def __exit__(self, *exc_info) -> None:
        self.handle.close()


class _checked:
    """Reads through a text handle, turning a decoding error into a one-line `TableError`."""

    def __init__(self, handle, path: Path) -> None:
        self.handle, self.path = handle, path

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self.handle
        except UnicodeDecodeError as error:
            raise TableError(f"{self.path}: not UTF-8 text ({error.reason} at byte {error.start})") from None

    def read(self) -> str:
        try:
            return self.handle.read()
        except UnicodeDecodeError as error:
            raise TableError(f"{self.path}: not UTF-8 text ({error.reason} at byte {error.start})") from None


def _progress(items: Iterable, description: str, enabled: bool) -> Iterable:
    """A progress bar on stderr when asked for (the CLI on a terminal); the items unchanged otherwise."""
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=description, unit=" rows", leave=False, disable=None)


__all__ = [
    "COUNTRY_ALIASES", "CountryNormaliser", "LocalityMatcher", "MATCH_RADIUS_KM", "PairColumns", "Statement",
    "TableError", "TableLoad", "UNKNOWN_COUNTRY", "dataset_source", "distance_km", "implied_kind",
    "p190_record", "pairs_record", "read_labels", "read_p190", "read_pairs",
]
