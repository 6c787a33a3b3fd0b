"""Bulk sources: a table of twinning pairs (CSV/TSV) and Wikidata P190 statements, each as one record.

A whole dataset becomes one `SourceRecord` (so one named graph, with its provenance and licence).
Reading the file is the only I/O; `pairs_record` and `p190_record` are pure given the rows. Each
side of a row becomes a locality as the source gives it; which real place it is, and which
Wikidata item, `reconcile` decides for all sources together.

How a side of a pair becomes a locality:
- its country string is normalised to an ISO 3166-1 code ("England, United Kingdom" -> GB,
  "Georgia (country)" -> GE, "People's Republic of China" -> CN); a row whose country cannot be
  recognised is skipped and reported, never guessed;
- its name as written, its coordinates when the table has them, and its kind from the table's kind
  column, else from an administrative word in the name ("Olsztyn County" -> county), else `city`.

A P190 item is its QID and its label (untagged: the 2016 snapshot took the first label of de, en,
fr, it, es, so its language is not known), with the country and kind of the file's columns when it
has them; otherwise its country is `ZZ` (the user-assigned ISO code for "unknown country", as CLDR
uses it) until `reconcile` finds it in the gazetteer or in what the other sources say of it.
"""
from __future__ import annotations

import csv
import functools
import math
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .gazetteer import UNKNOWN_COUNTRY
from .lifetime import cycle_collector_paused
from .records import Evidence, Locality, Source, SourceRecord, Twinning
from .triples import locality_key, twinning_key
from .vocab import KINDS, QID_PATTERN, STAGES

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
    duplicates: int = 0

    def summary(self) -> str:
        return (f"{self.record.source.key}: {self.rows} rows, {len(self.record.twinnings)} twinnings, "
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

def implied_kind(name: str) -> str | None:
    """The kind an administrative word in a name implies ("Olsztyn County" -> county), if any."""
    from .gazetteer import fold, split_kind

    kind = split_kind(fold(name))[1]
    return kind if kind in KINDS else None


# --- tables of pairs --------------------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def sighting(name: str, country: str, kind: str | None, lat: float | None, lon: float | None) -> Locality:
    """A side of a row as the table gives it: the kind from the table, else from an administrative
    word of the name ("Olsztyn County"), else `city`; who it is, `reconcile` decides."""
    return Locality(name=name, kind=kind or implied_kind(name) or "city", country=country, lat=lat, lon=lon)


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
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            lat = lon = None
        return sighting(name, country[0], kind, lat, lon)

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
    load.record = _record(source, "table", twinnings.values(), gazetteer)
    return load


@cycle_collector_paused()
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
        # strict: an unclosed quote is an error, not a field that swallows the rest of the file
        reader = csv.DictReader(handle, delimiter="\t" if path.suffix.lower() in (".tsv", ".tab") else ",",
                                strict=True)
        with _csv_errors(path, reader):
            fieldnames = reader.fieldnames or []
        missing = [c for c in columns.used() if c not in fieldnames]
        if missing:
            raise TableError(f"{path}: no column {', '.join(repr(c) for c in missing)} "
                             f"(columns: {', '.join(fieldnames) or 'none'}); see --columns")
        with _csv_errors(path, reader):
            rows = _progress(((n, row) for n, row in enumerate(reader, 2)), f"reading {path.name}", progress)
            return pairs_record(rows, source=source, columns=columns, gazetteer=gazetteer)


class _csv_errors:
    """Turns the csv module's errors (an unclosed quote, a field over its 131,072-character limit)
    into a one-line `TableError` that names the file and the line."""

    def __init__(self, path: Path, reader) -> None:
        self.path, self.reader = path, reader

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, traceback) -> bool:
        if isinstance(error, csv.Error):
            # line_num counts the lines of the records read whole; the bad one starts on the next
            raise TableError(f"{self.path}: line {self.reader.line_num + 1}: not valid CSV ({error})") from None
        return False


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
                gazetteer=None, labels_language: str | None = None) -> TableLoad:
    """P190 statements to one record: one twinning per unordered pair of distinct items.

    `labels_language`: the language of the labels when the file's maker knows it (the bundled file
    holds English names); by default none is claimed."""
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

    def locality(qid: str) -> Locality | str:
        """The item as the file gives it: its label (language unknown), country and kind when the file
        has them; everything else `reconcile` finds from the gazetteer and the other sources."""
        if qid not in localities:
            label = labels.get(qid)
            if not label:
                localities[qid] = f"{qid} has no label"
            else:
                country = countries(hints[qid]) if qid in hints else None
                localities[qid] = Locality(name=label, kind=kinds.get(qid) or implied_kind(label) or "city",
                                           country=(country or UNKNOWN_COUNTRY)[0], qid=qid,
                                           name_language=labels_language,
                                           distinct=qid)
        return localities[qid]

    twinnings: dict[str, Twinning] = {}
    for st in statements:
        load.rows += 1
        bad = next((q for q in (st.subject, st.object) if not QID_PATTERN.match(q)), None)
        if bad is not None:
            load.skipped.append(f"line {st.line}: {bad!r} is not a QID")
            continue
        a, b = locality(st.subject), locality(st.object)
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


@cycle_collector_paused()
def read_p190(
    path: Path | str,
    *,
    labels_path: Path | str | None = None,
    source: Source | None = None,
    gazetteer=None,
    progress: bool = False,
    labels_language: str | None = None,
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
    return p190_record(statements, source=source, labels=labels, gazetteer=gazetteer, labels_language=labels_language)


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
    """The source a bulk file stands for: its key comes from the file name; its title from the first
    heading of a SOURCE.md or README.md beside the file ("Hekman/twincities — twin-town pairs
    scraped from English Wikipedia (2026) (twin_cities.csv)"), else from the file name."""
    stem = path.stem if path.stem not in ("relations", "twin_cities", "data") else f"{path.parent.name}-{path.stem}"
    prefix = "wikidata" if kind == "wikidata" else "dataset"
    heading = described_title(path)
    title = title or (f"{heading} ({path.name})" if heading else path.name)
    return Source(key=f"{prefix}/{stem}", kind=kind, title=title, licence=licence, url=url)


def described_title(path: Path) -> str | None:
    """The first Markdown heading of the SOURCE.md or README.md in the folder of `path`, if any."""
    for name in ("SOURCE.md", "README.md"):
        try:
            with open(path.parent / name, encoding="utf-8") as notes:
                for line in notes:
                    if line.startswith("# ") and line[2:].strip():
                        return line[2:].strip()[:300]
        except (OSError, UnicodeDecodeError):
            continue
    return None


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
        countries.append(Locality(name=name, kind="country", country=code))
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
    "COUNTRY_ALIASES", "CountryNormaliser", "PairColumns", "Statement",
    "TableError", "TableLoad", "dataset_source", "implied_kind",
    "p190_record", "pairs_record", "read_labels", "read_p190", "read_pairs",
]
