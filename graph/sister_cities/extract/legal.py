"""Legal instruments as Indonesian texts cite them: circulars, regulations, laws."""
from __future__ import annotations

import functools
import re

from .dates import DAY_MONTH_YEAR, MONTHS
from .prefilter import prefiltered

_NUMBER = r"(?:Nomor|Nomer|No\.?|Number|Nr\.?)\s*"
_ISSUER = {
    "dalam negeri": "Ministry of Home Affairs", "mendagri": "Ministry of Home Affairs",
    "kemendagri": "Ministry of Home Affairs", "home affairs": "Ministry of Home Affairs",
    "luar negeri": "Ministry of Foreign Affairs", "menlu": "Ministry of Foreign Affairs",
    "foreign affairs": "Ministry of Foreign Affairs",
}
# (pattern, kind, default issuer); group "num" is the number, "year" the year where written apart.
PATTERNS = [
    (re.compile(rf"\bSurat Edaran\s+(?P<who>(?:Kementerian|Kementrian|Menteri)\s+(?:Dalam|Luar)\s+Negeri|"
                rf"Mendagri|Kemendagri|Menlu)?\s*(?:\(\w+\)\s*)?{_NUMBER}(?P<num>[\w./-]*\d[\w./-]*)", re.I),
     "circular letter", None),
    (re.compile(rf"\bSE\s+(?P<who>Mendagri|Kemendagri|Menlu)\s*(?:{_NUMBER})?(?P<num>[\w./-]*\d[\w./-]*)"),
     "circular letter", None),
    (re.compile(rf"\bPeraturan Pemerintah\s*(?:\(PP\)\s*)?(?:{_NUMBER})?(?P<num>\d+)\s*"
                r"(?:Tahun\s*|/)(?P<year>\d{4})", re.I), "government regulation", "Government of Indonesia"),
    (re.compile(rf"\bPP\s*(?:{_NUMBER})?(?P<num>\d+)\s*(?:Tahun\s*|/)(?P<year>\d{{4}})"),
     "government regulation", "Government of Indonesia"),
    (re.compile(rf"\bGovernment Regulation\s*(?:\(PP\)\s*)?(?:{_NUMBER})?(?P<num>\d+)\s*(?:of\s*(?:the\s*year\s*)?|/)"
                r"(?P<year>\d{4})", re.I), "government regulation", "Government of Indonesia"),
    # "Undang-Undang Nomor 23 Tahun 2014", "Undang Undang Nomor 21 tahun 2001", "UU 23/2014"
    (re.compile(rf"\b(?:Undang[- ][Uu]ndang|UU)\s*(?:\(UU\)\s*)?(?:{_NUMBER})?(?P<num>\d+)\s*(?:[Tt]ahun\s*|/)"
                r"(?P<year>\d{4})"), "law", "Government of Indonesia"),
    (re.compile(rf"\bLaw\s*(?:{_NUMBER})(?P<num>\d+)\s*(?:of\s*|/)(?P<year>\d{{4}})"),
     "law", "Government of Indonesia"),
    (re.compile(rf"\b(?:Peraturan Menteri\s+(?P<who>Dalam Negeri|Luar Negeri)|Per(?P<short>mendagri|menlu))"
                rf"\s*(?:\(\w+\)\s*)?(?:{_NUMBER})?(?P<num>\d+)\s*(?:Tahun\s*|/)(?P<year>\d{{4}})", re.I),
     "ministerial regulation", None),
    (re.compile(rf"\b(?:Regulation of the (?P<who>Minister of (?:Home|Foreign) Affairs)|(?P<short>Home Affairs|"
                rf"Foreign Affairs) Minister(?:ial)? Regulation)\s*(?:{_NUMBER})?(?P<num>\d+)\s*(?:of\s*(?:the\s*year\s*)?|/)"
                r"(?P<year>\d{4})", re.I), "ministerial regulation", None),
    (re.compile(rf"\bCircular(?: Letter)?(?: of the)?\s+(?P<who>(?:Minister|Ministry) of (?:Home|Foreign) Affairs)"
                rf"\s*(?:{_NUMBER})(?P<num>[\w./-]*\d[\w./-]*)", re.I), "circular letter", None),
    (re.compile(rf"\b(?P<who>Minister of (?:Home|Foreign) Affairs) Regulation\s*(?:{_NUMBER})?(?P<num>\d+)\s*"
                r"(?:of\s*(?:the\s*year\s*)?|/)(?P<year>\d{4})", re.I), "ministerial regulation", None),
    # regional regulations: of a province, regency or city (Perda), or of its head (Pergub, Perbup, Perwali)
    (re.compile(rf"\b(?:Peraturan (?:Daerah|Gubernur|Bupati|Wali ?[Kk]ota)"
                rf"(?: (?:Provinsi|Kabupaten|Kota)(?: [A-Z]\w+){{1,3}})?|Perda|Pergub|Perbup|Perwali|Perwalkot)"
                rf"\s*(?:\(\w+\)\s*)?(?:{_NUMBER})?(?P<num>\d+)\s*(?:Tahun\s*|/)(?P<year>\d{{4}})"),
     "regional regulation", None),
    (re.compile(rf"\b(?:Keputusan Presiden|Keppres)\s*(?:\(Keppres\)\s*)?(?:{_NUMBER})?(?P<num>\d+)\s*"
                r"(?:Tahun\s*|/)(?P<year>\d{4})"), "other", "President of Indonesia"),  # a decree: no kind of its own
    # a ministerial regulation without its ministry ("Ministerial Regulation Number 25 of 2020")
    (re.compile(rf"\bMinisterial Regulation\s*(?:{_NUMBER})?(?P<num>\d+)\s*(?:of\s*|/)(?P<year>\d{{4}})", re.I),
     "ministerial regulation", None),
    (re.compile(rf"\bPresidential Regulation\s*(?:{_NUMBER})?(?P<num>\d+)\s*(?:of\s*|/)(?P<year>\d{{4}})", re.I),
     "presidential regulation", "President of Indonesia"),
    (re.compile(rf"\b(?:Peraturan Presiden|Perpres)\s*(?:\(Perpres\)\s*)?(?:{_NUMBER})?(?P<num>\d+)\s*"
                r"(?:Tahun\s*|/)(?P<year>\d{4})", re.I), "presidential regulation", "President of Indonesia"),
]
PATTERNS = [(prefiltered(pattern), kind, issuer) for pattern, kind, issuer in PATTERNS]  # searched in every article
DATE_AFTER = re.compile(r"^\s*,?\s*(?:tanggal|tgl\.?|dated|of|pada|on)\s+")


def _issuer(match: re.Match, default: str | None) -> str | None:
    who = " ".join(g for g in (match.groupdict().get("who"), match.groupdict().get("short")) if g)
    lowered = who.lower()
    for key, issuer in _ISSUER.items():
        if key in lowered:
            return issuer
    return default


def find_instruments(text: str) -> list[dict]:
    """Each instrument once (by number), with its date when 'tanggal <date>' follows it."""
    return [dict(found) for found in _instruments(text)]


@functools.lru_cache(maxsize=8)  # an article's text is read for instruments twice: for dates, and for the result
def _instruments(text: str) -> tuple[dict, ...]:
    found: dict[str, dict] = {}
    spans: list[tuple[int, int]] = []
    for pattern, kind, default_issuer in PATTERNS:
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in spans):
                continue
            number = match.group("num").rstrip(".,")
            year = match.groupdict().get("year")
            if year:
                number = f"{number} Tahun {year}" if not text[match.start():match.end()].isascii() or \
                    "tahun" in match.group(0).lower() else f"{number} of {year}"
            key = re.sub(r"\W", "", number.lower())
            if key in found:
                continue
            spans.append((match.start(), match.end()))
            date = None
            rest = text[match.end():match.end() + 40]
            if DATE_AFTER.match(rest):
                date_match = DAY_MONTH_YEAR.search(rest)
                if date_match:
                    date = f"{int(date_match.group(3)):04d}-{MONTHS[date_match.group(2).lower()]:02d}-" \
                           f"{int(date_match.group(1)):02d}"
            found[key] = {"title": match.group(0).strip(), "kind": kind, "number": number,
                          "issuer": _issuer(match, default_issuer), "date": date}
    return tuple(found.values())
