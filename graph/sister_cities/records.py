"""Plain, typed records: what a source says, before it becomes triples.

Every loader (a curated record, a news article through the extractor, a table of pairs, Wikidata)
produces a `SourceRecord`; `triples.record_to_graph` is the one function that turns it into RDF.
`record_from_dict` reads the JSON shape of `../shared/corpus/README.md` (the extractor's output),
extended with optional keys that a curated record can fill in (see `data/curated/*.json`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable

from .vocab import KINDS, QID_PATTERN, STAGES

DATE_PATTERN = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class RecordError(ValueError):
    """A record that cannot become triples: says which field and why."""


@dataclass(frozen=True)
class Locality:
    """A place at any level. `country` is an ISO 3166-1 alpha-2 code; a country has kind `country`."""

    name: str
    kind: str
    country: str
    local_name: str | None = None
    qid: str | None = None
    part_of: str | None = None  # the English name of the parent locality in the same record
    lat: float | None = None
    lon: float | None = None
    aliases: tuple[str, ...] = ()
    kemendagri_code: str | None = None
    geonames_id: str | None = None  # GeoNames' id of a town (Wikidata's P1566)
    name_language: str | None = "en"  # the language of `name`; None when no source says (a 2016 P190 label)
    distinct: str | None = None  # tells namesakes of one kind in one country apart in the IRI (a QID or a point)

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the place across sources: country, kind and English name (a country: its code)."""
        return (self.country, self.kind, "" if self.kind == "country" else self.name)


@dataclass(frozen=True)
class Organisation:
    """A body that acts: a local government, a chamber of commerce, an embassy, a ministry."""

    name: str
    type: str = "other"
    local_name: str | None = None
    locality: str | None = None  # English name of the locality it serves or governs
    country: str | None = None


@dataclass(frozen=True)
class Person:
    name: str
    role: str | None = None  # the title as the source writes it ("Penjabat Bupati Bekasi")
    role_en: str | None = None
    organisation: str | None = None  # name of an Organisation in the same record
    represents: str | None = None  # English name of the locality the person acts for


@dataclass(frozen=True)
class LegalInstrument:
    """A circular letter, law or regulation that a twinning rests on."""

    title: str
    kind: str
    number: str | None
    issuer: str | None = None
    date: str | None = None
    country: str = "ID"


@dataclass(frozen=True)
class Evidence:
    """Where in the source a fact stands: the sentence (for sources we may quote) or its paragraph."""

    quote: str | None = None
    paragraph: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class Event:
    """A dated step in the life of a twinning: a proposal, a signing, a renewal, an ending."""

    stage: str
    date: str | None = None
    place: str | None = None
    instrument: str | None = None  # "loi", "mou", "agreement"
    signatories: tuple[Person, ...] = ()
    spokespeople: tuple[Person, ...] = ()
    description: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Activity:
    """Something a source reports that belongs to no single twinning (a draft prepared elsewhere)."""

    description: str
    place: str | None = None
    participants: tuple[str, ...] = ()
    organiser: str | None = None
    date: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Twinning:
    """What one source says about the relationship between two localities."""

    a: Locality
    b: Locality
    stage: str
    date: str | None = None
    events: tuple[Event, ...] = ()
    initiators: tuple[str, ...] = ()  # names of organisations or people in the same record
    brokers: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    aims: tuple[str, ...] = ()
    programme: str | None = None
    legal_basis: tuple[str, ...] = ()  # numbers of LegalInstruments in the same record
    in_passing: bool = False
    evidence: Evidence | None = None
    confidence: float | None = None  # how sure the method is that the source states it (0 to 1)


@dataclass(frozen=True)
class Link:
    """A place tied to a Wikidata item, and why: the linker's method, score and reasons.

    `node` is the place's IRI; `sources` are the sources the link rests on (the one that names the
    item, the gazetteer, or the two sources whose twinnings agree)."""

    node: str
    qid: str
    method: str  # "source", "gazetteer", "twinnings", "sparql"
    score: float
    reasons: tuple[str, ...] = ()
    sources: tuple["Source", ...] = ()


@dataclass(frozen=True)
class Source:
    """Where facts come from: a news article, a curated record, a dataset, Wikidata."""

    key: str
    kind: str = "news_article"  # news_article, curated, dataset, wikidata
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    reporter: str | None = None
    editor: str | None = None
    dateline: str | None = None  # English name of the locality the article was written from
    retrieved: str | None = None
    licence: str | None = None
    derived_from: "Source | None" = None
    identifier: str | None = None  # the id an article was loaded under: its IRI is a slug of it, so a
    # later load can tell the same article (replaced) from another whose id slugs alike (refused)


@dataclass(frozen=True)
class SourceRecord:
    """Everything one source says, ready for `triples.record_to_graph`."""

    source: Source
    method: str  # how the facts were obtained: "curated", "extractor", "table", "wikidata"
    twinnings: tuple[Twinning, ...] = ()
    localities: tuple[Locality, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    people: tuple[Person, ...] = ()
    legal_instruments: tuple[LegalInstrument, ...] = ()
    activities: tuple[Activity, ...] = ()
    links: tuple[Link, ...] = ()  # only in the record of the links graph (see `reconcile`)


# --- reading the JSON shape ------------------------------------------------------------------------

GOVERNMENT_WORDS = (
    # (how a text names the government, the word the place's own name keeps), longest first
    ("pemerintah daerah", ""),  # "Pemerintah Daerah Kabupaten Bekasi" governs Kabupaten Bekasi
    ("pemerintah", ""),         # "Pemerintah Kota Malang" governs Kota Malang
    ("pemda", ""),
    ("pemkot", "Kota"),         # "Pemkot Malang": Kota Malang
    ("pemkab", "Kabupaten"),    # "Pemkab Bekasi": Kabupaten Bekasi
    ("pemprov", "Provinsi"),    # "Pemprov Jawa Barat": Provinsi Jawa Barat
)
KIND_WORDS = {"kota", "kabupaten", "provinsi"}


def place_name(local_name: str | None) -> str | None:
    """The place's own name in a local name that news writes as its government's.

    An article says who signed ("Pemerintah Kota Malang menandatangani ..."), and the extractor
    keeps that text; but a locality is not its government (the model keeps them apart), and its
    Indonesian label is the name a reader looks it up by: "Kota Malang".

    >>> place_name("Pemerintah Kota Malang"), place_name("Pemkab Bekasi"), place_name("Kota Nagoya")
    ('Kota Malang', 'Kabupaten Bekasi', 'Kota Nagoya')
    """
    if not local_name:
        return local_name
    words = local_name.split()
    for government, kept in GOVERNMENT_WORDS:
        size = len(government.split())
        if [w.casefold() for w in words[:size]] == government.split():
            rest = words[size:]
            if not rest or " ".join(rest).casefold() in KIND_WORDS:
                return None  # "Pemerintah Kota" alone names no place
            return " ".join(([kept] if kept else []) + rest)
    return local_name


CountryResolver = Callable[[str], "tuple[str, str] | None"]
"""Turns a country name or code into (ISO alpha-2, English name), or None when it is no country."""


def _json_type(value: Any) -> str:
    for kind, name in ((dict, "an object"), (list, "a list"), (str, "a string"), (bool, "true or false"),
                       (int, "a number"), (float, "a number")):
        if isinstance(value, kind):
            return name
    return "null" if value is None else type(value).__name__


def check_shape(data: Any) -> None:
    """A record's JSON (an extraction or a curated record) has the shape `record_from_dict` reads:
    objects and lists where they belong. A wrong shape is a `RecordError` that says where, not a
    TypeError deep inside the reader."""
    if not isinstance(data, dict):
        raise RecordError(f"a record is a JSON object, not {_json_type(data)}")

    def items(value: Any, where: str, *, names: bool = False) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            raise RecordError(f"{where}: a list is expected, not {_json_type(value)}")
        for n, item in enumerate(value, 1):
            if not (isinstance(item, dict) or (names and isinstance(item, str))):
                wanted = "an object or a name" if names else "an object"
                raise RecordError(f"{where}[{n}]: {wanted} is expected, not {_json_type(item)}")
        return value

    def place(value: Any, where: str) -> None:
        if isinstance(value, dict) and value.get("coordinates") is not None and not isinstance(value["coordinates"], dict):
            raise RecordError(f"{where}.coordinates: an object is expected, not {_json_type(value['coordinates'])}")

    if data.get("source") is not None and not isinstance(data["source"], dict):
        raise RecordError(f"source: an object is expected, not {_json_type(data['source'])}")
    for key in ("legal_instruments", "organisations"):
        items(data.get(key), key)
    items(data.get("people"), "people", names=True)
    for n, raw in enumerate(items(data.get("localities"), "localities"), 1):
        place(raw, f"localities[{n}]")
    for n, activity in enumerate(items(data.get("activities"), "activities"), 1):
        items(activity.get("participants"), f"activities[{n}].participants", names=True)
    for n, relation in enumerate(items(data.get("relations"), "relations"), 1):
        where = f"relations[{n}]"
        for key in ("signatories", "spokespeople", "initiators", "brokers", "fields", "aims", "legal_basis"):
            items(relation.get(key), f"{where}.{key}", names=True)
        for m, event in enumerate(items(relation.get("events"), f"{where}.events"), 1):
            items(event.get("signatories"), f"{where}.events[{m}].signatories", names=True)
        for side in ("a", "b"):
            place(relation.get(side), f"{where}.{side}")


def record_from_dict(
    data: dict[str, Any],
    *,
    source: Source,
    method: str,
    resolve_country: CountryResolver,
) -> SourceRecord:
    """Read one article's records (the extractor's JSON, or a curated record) into a `SourceRecord`.

    Sides with a null name become their country, as the partner is then only known by its country.
    """
    check_shape(data)
    localities: dict[tuple[str, str, str], Locality] = {}

    def remember(loc: Locality) -> Locality:
        known = localities.get(loc.key)
        if known is None or (loc.qid and not known.qid) or (loc.part_of and not known.part_of):
            localities[loc.key] = loc
        return localities[loc.key]

    def country_of(value: Any, where: str) -> tuple[str, str]:
        if not isinstance(value, str) or not value.strip():
            raise RecordError(f"{where}: a country is required")
        resolved = resolve_country(value.strip())
        if resolved is None:
            raise RecordError(f"{where}: unknown country {value!r}")
        return resolved

    def country_locality(code: str, name: str, qid: str | None = None) -> Locality:
        return remember(Locality(name=name, kind="country", country=code, qid=qid))

    def locality(raw: Any, where: str) -> Locality:
        if not isinstance(raw, dict):
            raise RecordError(f"{where}: a locality must be an object")
        code, country_name = country_of(raw.get("country"), where)
        country = country_locality(code, country_name)
        name = raw.get("name")
        kind = raw.get("kind") or "other"
        if kind not in KINDS:
            raise RecordError(f"{where}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
        if kind == "country":
            return country_locality(code, country_name, _qid(raw.get("qid"), where))
        if not name:
            return country
        coordinates = raw.get("coordinates") or {}
        return remember(
            Locality(
                name=str(name).strip(),
                kind=kind,
                country=code,
                local_name=place_name(_text(raw.get("local_name"))),
                qid=_qid(raw.get("qid"), where),
                part_of=_text(raw.get("part_of")) or None,
                lat=_float(coordinates.get("lat")),
                lon=_float(coordinates.get("lon")),
                aliases=tuple(raw.get("aliases") or ()),
                kemendagri_code=_text(raw.get("kemendagri_code")),
                geonames_id=_geonames_id(raw.get("geonames_id"), where),
            )
        )

    for n, raw in enumerate(data.get("localities") or (), 1):
        locality(raw, f"localities[{n}]")

    twinnings = []
    for n, raw in enumerate(data.get("relations") or (), 1):
        where = f"relations[{n}]"
        a, b = locality(raw.get("a"), where + ".a"), locality(raw.get("b"), where + ".b")
        if a.key == b.key:
            raise RecordError(f"{where}: a twinning needs two distinct localities, got {a.name!r} twice")
        stage = _stage(raw.get("stage"), where)
        date = _date(raw.get("event_date"), where + ".event_date")
        signatories = tuple(_person(p, f"{where}.signatories[{i}]")
                            for i, p in enumerate(raw.get("signatories") or (), 1))
        spokespeople = tuple(_person(p, f"{where}.spokespeople[{i}]")
                             for i, p in enumerate(raw.get("spokespeople") or (), 1))
        evidence = _evidence(raw.get("evidence"))
        main_event = Event(stage=stage, date=date, place=_text(raw.get("place")),
                           instrument=_instrument_of(stage), signatories=signatories,
                           spokespeople=spokespeople, evidence=evidence)
        other_events = tuple(_event(e, f"{where}.events[{i}]") for i, e in enumerate(raw.get("events") or (), 1))
        twinnings.append(
            Twinning(
                a=a, b=b, stage=stage, date=date,
                events=(main_event, *other_events),
                initiators=tuple(_names(raw.get("initiators"))),
                brokers=tuple(_names(raw.get("brokers"))),
                fields=tuple(_slug_words(raw.get("fields"))),
                aims=tuple(_names(raw.get("aims"))),
                programme=_text(raw.get("programme")),
                legal_basis=tuple(_names(raw.get("legal_basis"))),
                in_passing=bool(raw.get("in_passing")),
                evidence=evidence,
                confidence=_confidence(raw.get("confidence"), where + ".confidence"),
            )
        )

    legal = []
    for n, raw in enumerate(data.get("legal_instruments") or (), 1):
        where = f"legal_instruments[{n}]"
        number = _text(raw.get("number"))
        if not number:
            raise RecordError(f"{where}: a legal instrument needs a number")
        legal.append(LegalInstrument(
            title=_text(raw.get("title")) or number, kind=_text(raw.get("kind")) or "other",
            number=number, issuer=_text(raw.get("issuer")),
            date=_date(raw.get("date"), where + ".date"),
            country=(resolve_country(raw["country"]) or ("ID",))[0] if raw.get("country") else "ID",
        ))
    # A twinning without an explicit legal basis rests on every instrument its source cites for it.
    if legal:
        numbers = tuple(inst.number for inst in legal if inst.number)
        twinnings = [t if t.legal_basis or t.in_passing else _with_legal_basis(t, numbers) for t in twinnings]

    organisations = tuple(
        Organisation(name=_required(o, "name", f"organisations[{n}]"), type=o.get("type") or "other",
                     local_name=_text(o.get("local_name")), locality=_text(o.get("locality")),
                     country=_text(o.get("country")))
        for n, o in enumerate(data.get("organisations") or (), 1)
    )
    people = tuple(_person(p, f"people[{n}]") for n, p in enumerate(data.get("people") or (), 1))
    activities = tuple(
        Activity(description=_required(a, "description", f"activities[{n}]"), place=_text(a.get("place")),
                 participants=tuple(_names(a.get("participants"))), organiser=_text(a.get("organiser")),
                 date=_date(a.get("date"), f"activities[{n}].date"), evidence=_evidence(a.get("evidence")))
        for n, a in enumerate(data.get("activities") or (), 1)
    )
    return SourceRecord(
        source=source, method=method, twinnings=tuple(twinnings), localities=tuple(localities.values()),
        organisations=organisations, people=people, legal_instruments=tuple(legal), activities=activities,
    )


def _with_legal_basis(twinning: Twinning, numbers: tuple[str, ...]) -> Twinning:
    return replace(twinning, legal_basis=numbers)


def _instrument_of(stage: str) -> str | None:
    return {"loi_signed": "loi", "mou_signed": "mou", "agreement_signed": "agreement"}.get(stage)


def _stage(value: Any, where: str) -> str:
    if value not in STAGES:
        raise RecordError(f"{where}: unknown stage {value!r} (one of {', '.join(STAGES)})")
    return value


def _date(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    if not DATE_PATTERN.match(text):
        raise RecordError(f"{where}: {text!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return text


def _confidence(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise RecordError(f"{where}: {value!r} is not a number from 0 to 1")
    return float(value)


def _qid(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    if not QID_PATTERN.match(str(value)):
        raise RecordError(f"{where}: {value!r} is not a Wikidata QID")
    return str(value)


def _geonames_id(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    if not str(value).isdigit():
        raise RecordError(f"{where}: {value!r} is not a GeoNames id (digits)")
    return str(value)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _float(value: Any) -> float | None:
    return None if value in (None, "") else float(value)


def _required(raw: dict, key: str, where: str) -> str:
    text = _text(raw.get(key)) if isinstance(raw, dict) else None
    if not text:
        raise RecordError(f"{where}: {key} is required")
    return text


def _names(values: Iterable[Any] | None) -> Iterable[str]:
    for value in values or ():
        text = _text(value.get("name") if isinstance(value, dict) else value)
        if text:
            yield text


def _slug_words(values: Iterable[Any] | None) -> Iterable[str]:
    seen = set()
    for value in _names(values):
        slug = re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_")
        if slug and slug not in seen:
            seen.add(slug)
            yield slug


def _person(raw: Any, where: str) -> Person:
    if isinstance(raw, str):
        raw = {"name": raw}
    return Person(name=_required(raw, "name", where), role=_text(raw.get("role")),
                  role_en=_text(raw.get("role_en")), organisation=_text(raw.get("organisation")),
                  represents=_text(raw.get("represents")))


def _evidence(raw: Any) -> Evidence | None:
    if raw in (None, ""):
        return None
    if isinstance(raw, str):
        return Evidence(quote=_text(raw))
    return Evidence(quote=_text(raw.get("quote")), paragraph=raw.get("paragraph"), note=_text(raw.get("note")))


def _event(raw: dict, where: str) -> Event:
    stage = _stage(raw.get("stage"), where)
    return Event(
        stage=stage, date=_date(raw.get("date"), where + ".date"), place=_text(raw.get("place")),
        instrument=_text(raw.get("instrument")) or _instrument_of(stage),
        signatories=tuple(_person(p, f"{where}.signatories") for p in raw.get("signatories") or ()),
        description=_text(raw.get("description")), evidence=_evidence(raw.get("evidence")),
    )


__all__ = [
    "Activity", "CountryResolver", "Event", "Evidence", "LegalInstrument", "Link", "Locality", "Organisation",
    "Person", "RecordError", "Source", "SourceRecord", "Twinning", "record_from_dict",
]
