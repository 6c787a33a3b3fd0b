"""The words the extractor reads by: unit words, offices, demonyms, organisations, cue words and
the shapes of the gaps between two names. One table per idea, each used from one place; a rule is a
row added here with the sentence that motivated it beside it.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..gazetteer import fold
from .prefilter import KeywordGated, prefiltered

LEVEL = {"city": "local", "regency": "local", "county": "local", "district": "local",
         "other": "local", "province": "region", "state": "region", "prefecture": "region",
         "country": "country"}

# China's four municipalities under the central government rank as provinces (the corpus README's
# judgement): Beijing, Shanghai, Tianjin, Chongqing, by Wikidata item
PROVINCE_LEVEL_CITIES = {"Q956", "Q8686", "Q11736", "Q11725"}

# Kinds that one unit word may name in two countries: "Kabupaten" is a regency at home, a county abroad.
SAME_KIND = {"county": "regency"}

# Words before a name that say what kind of unit it is. Titles of office count: a governor
# heads a province-level unit, a mayor a city, a regent a regency.
PREFIX_KINDS = [
    (r"Pemerintah Kabupaten(?: \(Pemkab\))?|Pemkab|Kabupaten|kabupaten|Kab\.", "regency"),
    (r"Pemerintah Kota(?: Administrasi)?(?: \(Pemkot\))?|Pemkot|Pemko|Kota Administrasi|Kotamadya|Kota|kota|"
     r"the city of|the City of|city of|City of|"
     r"Majlis Bandaraya|Majlis Perbandaran|Dewan Bandaraya|Lord Mayor of|Lord Mayor|"
     # a Malaysian city council and its mayor as Indonesian writes them: "Datuk Bandar Majelis Bandaraya Kuala Terengganu"
     r"Datuk Bandar Maj[e]?lis Bandaraya|Datuk Bandar|Majelis Bandaraya|Majelis Perbandaran|"
     r"Wakil Wali ?[Kk]ota|Wali ?[Kk]ota(?: \(Wako\))?|Walikota|Wawako|Wako|Mayor of|mayor of|Executive Mayor|Mayor|"
     r"Kepala Otorita|Ketua Otorita|Otorita", "city"),  # "Otorita IKN": the authority that governs the new capital
    (r"Pemerintah Provinsi(?: \(Pemprov\))?|Pemprov|Provinsi|provinsi|Propinsi|propinsi|Province of|province of|"
     r"Wakil Gubernur|Gubernur(?: Provinsi)?|Governor of|Governor|Wagub|Premier of", "province"),
    # "D.I. Yogyakarta", "DI Aceh": Daerah Istimewa written short (bare "DI" only before the two it names)
    (r"Special Region of|Special Capital Region of|Daerah Istimewa|Daerah Khusus Ibukota|D\.\s?I\.?|DI(?= Yogyakarta| Aceh)",
     "province"),
    # a Chinese autonomous region or municipality as Indonesian writes it: "Daerah Otonom Guangxi Zhuang",
    # "Kota Metropolitan Chongqing" (the README's judgement: a province)
    (r"Daerah Otonom|Wilayah Otonom|Autonomous Region of|Kota Metropolitan", "province"),
    (r"Prefektur|Prefecture of", "prefecture"),
    (r"Negara Bagian|State Government of|State of|the state of", "state"),
    # a Malaysian state as Malay writes it: "Pemerintah Negeri Pulau Pinang", "Kerajaan Negeri Johor"
    (r"Pemerintah Negeri|Kerajaan Negeri|Kerajaan|(?<!Dalam )(?<!Luar )(?<!Universitas )(?<!Sekolah )Negeri", "state"),
    # a republic of the Russian Federation: "Republik Tatarstan", "the Republic of Bashkortostan"
    (r"Republik|the Republic of|Republic of", "state"),
    # the head of a Malaysian state: "Ketua Menteri Pulau Pinang Chow Kon Yeow"
    (r"Ketua Menteri|Chief Minister of|Chief Minister", "state"),
    (r"Penjabat Bupati|Wakil Bupati|Bupati|Regent of|Regent", "regency"),
    (r"County of", "county"),
    # "the Municipality of Westerkappel in Germany": a unit word names a town ("the town of" is read with
    # what follows it, UNIT_OF_GAP)
    (r"(?<=the )(?:Municipality|municipality) of", "city"),
    (r"Canton of|canton of", "other"),  # "the French Canton of Guichen": not Canton, Ohio
    # a town's own unit word, as a page translated from its language keeps it: "Stadt Nettetal", "Hansestadt
    # Rostock", "Gemeente Zeist", "Ville de Lyon", "Comune di Lucca" (not "Città di Castello", a town's name)
    (r"Landeshauptstadt|Hansestadt|Stadt|Gemeinde|Gemeente|Ville de|Comune di|Ayuntamiento de|Municipio de", "city"),
    (r"Distrik|distrik", "district"),  # Indonesian writes the unit word small too, as "kota" and "provinsi"
]
PREFIX_KIND_OF_GROUP = {f"k{i}": kind for i, (_, kind) in enumerate(PREFIX_KINDS)}
PREFIX = re.compile(r"\b(?:" + "|".join(f"(?P<k{i}>{pattern})" for i, (pattern, _) in enumerate(PREFIX_KINDS))
                    + r")\s+(?=[A-Z])")
TITLE_WORDS = re.compile(r"^(?:Wakil |Penjabat |Plt\.? |Plh\.? )?(?:Ketua Menteri|Chief Minister|Wali ?[Kk]ota|Walikota|Wawako|Wako|Mayor|Executive Mayor|"
                         r"Lord Mayor|Datuk Bandar|Gubernur|Governor|Bupati|Wagub|Wakil Gubernur|Wakil Bupati|Regent)")
# English puts the place before the office ("Bogor Mayor Bima Arya"): an office without "of" is
# followed by the holder's name, whereas Indonesian puts the place first ("Wali Kota Bogor Bima Arya").
ENGLISH_TITLE = re.compile(r"^(?:Lord Mayor|Executive Mayor|Mayor|Governor|Regent|Chief Minister)$")
# "the Australian state of Victoria", "the Dutch municipality of Wageningen": the adjective names
# the country, which chooses between namesakes.
DEMONYMS = {
    "australian": "AU", "american": "US", "japanese": "JP", "korean": "KR", "south korean": "KR",
    "chinese": "CN", "dutch": "NL", "german": "DE", "french": "FR", "british": "GB", "english": "GB",
    "scottish": "GB", "egyptian": "EG", "turkish": "TR", "malaysian": "MY", "indonesian": "ID",
    "philippine": "PH", "vietnamese": "VN", "thai": "TH", "russian": "RU", "ukrainian": "UA",
    "italian": "IT", "spanish": "ES", "saudi": "SA", "qatari": "QA", "emirati": "AE",
    "jordanian": "JO", "palestinian": "PS", "moroccan": "MA", "algerian": "DZ", "canadian": "CA",
    "new zealand": "NZ", "taiwanese": "TW", "indian": "IN", "pakistani": "PK", "belgian": "BE",
    "polish": "PL", "hungarian": "HU", "czech": "CZ", "austrian": "AT", "swiss": "CH",
    "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "portuguese": "PT",
    "brazilian": "BR", "mexican": "MX", "south african": "ZA", "iranian": "IR", "iraqi": "IQ",
    "azerbaijani": "AZ", "singaporean": "SG", "timorese": "TL", "cambodian": "KH", "tunisian": "TN",
    "nigerian": "NG", "kenyan": "KE", "ghanaian": "GH", "ethiopian": "ET", "tanzanian": "TZ", "ugandan": "UG",
    "senegalese": "SN", "israeli": "IL", "lebanese": "LB", "syrian": "SY", "greek": "GR", "romanian": "RO",
    "bulgarian": "BG", "serbian": "RS", "croatian": "HR", "slovak": "SK", "lithuanian": "LT", "latvian": "LV",
    "estonian": "EE", "armenian": "AM", "kazakh": "KZ", "uzbek": "UZ", "mongolian": "MN",
    "bangladeshi": "BD", "sri lankan": "LK", "nepalese": "NP", "burmese": "MM", "laotian": "LA",
    "argentine": "AR", "argentinian": "AR", "chilean": "CL", "colombian": "CO", "peruvian": "PE",
    "cuban": "CU", "irish": "IE", "welsh": "GB", "icelandic": "IS", "filipino": "PH",
    "belarusian": "BY", "belarussian": "BY", "moldovan": "MD", "slovenian": "SI",
    "slovene": "SI", "bosnian": "BA", "albanian": "AL", "montenegrin": "ME",
    "kosovar": "XK", "kyrgyz": "KG", "tajik": "TJ", "afghan": "AF", "venezuelan": "VE",
    "ecuadorian": "EC", "bolivian": "BO", "paraguayan": "PY", "uruguayan": "UY", "guatemalan": "GT",
    "honduran": "HN", "salvadoran": "SV", "salvadorean": "SV", "nicaraguan": "NI", "costa rican": "CR",
    "panamanian": "PA", "jamaican": "JM", "haitian": "HT", "zimbabwean": "ZW",
    "zambian": "ZM", "namibian": "NA", "mozambican": "MZ", "malawian": "MW", "rwandan": "RW",
    "cameroonian": "CM", "ivorian": "CI", "sudanese": "SD", "libyan": "LY", "omani": "OM", "kuwaiti": "KW",
    "bahraini": "BH", "yemeni": "YE", "maltese": "MT", "cypriot": "CY",
    "fijian": "FJ", "samoan": "WS", "tongan": "TO", "papua new guinean": "PG", "bruneian": "BN",
    "beninese": "BJ", "togolese": "TG", "burkinabe": "BF", "malian": "ML", "gambian": "GM",
    "liberian": "LR", "sierra leonean": "SL",
}
UNIT_KINDS = {"city": "city", "town": "city", "municipality": "city", "port city": "city",
              "capital": "city", "state": "state", "province": "province", "prefecture": "prefecture",
              "county": "county", "region": None, "district": "district"}
DEMONYM_UNIT = re.compile(
    r"\b(?P<demonym>" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\s+(?P<unit>"
    + "|".join(sorted(UNIT_KINDS, key=len, reverse=True)) + r")\s+of\s+$", re.I)
# "two Chinese cities, Zhoushan and Guigang", "the Japanese towns of Nagomi, Kikuchi and ...": the items of a
# list a country's adjective and a plural unit word lead, up to the one at hand, whose country that is
DEMONYM_LIST_BEFORE = re.compile(
    r"\b(?P<demonym>(?i:" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r"))\s+"
    r"(?i:cities|towns|municipalities|counties|provinces|prefectures|regencies|districts)(?:\s+of|\s*[,:–—-])?\s+"
    r"(?:(?:[A-Z][\w'’.-]*\s+){0,2}?[A-Z][\w'’.-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)){0,8}$")


def country_of_list_before(text: str, start: int) -> str | None:
    """The country whose adjective leads the list a name at ``start`` is an item of ('two Chinese cities,
    Zhoushan and Guigang'), or None."""
    listed = DEMONYM_LIST_BEFORE.search(text, max(0, start - 150), start)
    return DEMONYMS[fold(listed.group("demonym"))] if listed else None
# Compass words inside a name ("Kuching North", "Jakarta Selatan") are not a person's name.
COMPASS = {"north", "south", "east", "west", "central", "utara", "selatan", "timur", "barat", "tengah"}
# "East Preston", "North Shields": an English compass word that opens a town's own name
COMPASS_BEFORE_NAME = frozenset({"East", "West", "North", "South"})
SUFFIX_KINDS = {
    "regency": "regency", "regency government": "regency", "city": "city", "municipal council": "city",
    "city council": "city", "municipality": "city", "city government": "city",
    # "Lapseki - Jablanica Municipalities": the two towns of a pair, each a municipality
    "municipalities": "city",
    # "Bursa Metropolitan - Sarajevo Municipality": a Turkish metropolitan municipality (büyükşehir), shortened
    "metropolitan": "city", "metropolitan municipality": "city",
    "metropolitan city": "city", "special city": "city", "metropolitan government": "city",
    "metropolitan city government": "city", "capital city government": "city", "capital city": "city",
    # Ghana's local government: "the Tema Metropolis", "Tema Metropolitan Assembly", "Hohoe Municipal Assembly"
    "metropolis": "city", "metropolitan assembly": "city", "municipal assembly": "city",
    "province": "province", "provincial government": "province", "prefecture": "prefecture",
    "prefectural government": "prefecture", "county": "county", "county government": "county",
    "district": "district", "ward": "district", "state": "state", "state government": "state",
    "special self-governing province": "province", "special self-governing city": "city",
    "town": "other", "village": "other", "city region": "other",
    # British local authorities: "Hounslow Council", "Crewe Town Council"
    "council": "other", "town council": "other", "borough council": "other", "district council": "district",
    "county council": "county", "borough": "other",
    # Australian local government areas: "Rockhampton Regional Council", "Campaspe Shire Council"
    "regional council": "city", "shire council": "district", "shire": "district",
    # "Nizhyn, Chernihiv Region, Ukraine", "Leningrad Oblast": a first-level division
    "region": "province", "oblast": "province",
}
# Unit words of one country's local government: "Mitchell Shire" is Australian, whatever a Mitchell abroad
UNIT_WORD_COUNTRY = {"shire": "AU", "shire council": "AU"}
# Romanised unit words: a Korean gun is a county, a gu a district, a do a province; a Japanese
# shi a city, a ken a prefecture; a Chinese xian a county, a sheng a province.
_ROMANISED_UNITS = "gun|gu|do|si|shi|ken|ku|machi|cho|mura|xian|sheng"
ROMANISED_SUFFIX = re.compile(rf"[-\s]({_ROMANISED_UNITS})$", re.I)
ROMANISED_COUNTRY = {"gun": "KR", "gu": "KR", "do": "KR", "si": "KR", "shi": "JP", "ken": "JP", "ku": "JP",
                     "machi": "JP", "cho": "JP", "mura": "JP", "xian": "CN", "sheng": "CN"}
# English writes a Japanese ward or town without its suffix ("Edogawa", "Edogawa Ward"); a Korean gu
# or gun keeps it ("Dobong-gu")
ROMANISED_DROPPED = {"ku", "machi", "cho", "mura"}
ROMANISED_KIND = {"gun": "county", "gu": "district", "do": "province", "si": "city", "shi": "city",
                  "ken": "prefecture", "ku": "district", "machi": "other", "cho": "other", "mura": "other",
                  "xian": "county", "sheng": "province"}
# Bodies that can initiate or broker a twinning: chambers of commerce, embassies, consulates and
# ministries. With ORGANISATIONS below they are also what a place name inside an organisation's name
# belongs to ("Kadin Kabupaten Bekasi" is the chamber, not the regency).
INITIATING_BODIES = [
    r"Kamar [Dd]agang(?: [Dd]an)?(?: [Ii]ndustri)?(?: \(Kadin\))?", r"Kadin", r"Chamber of Commerce",
    r"Kedutaan Besar(?: Republik Indonesia| RI)?(?: \(KBRI\))?", r"KBRI", r"KJRI", r"Konjen(?: RI)?",
    # ("Konsulat Jenderal RI Davao": the consulate in Davao, no place of that name)
    r"Konsulat Jend[e]?ral(?: Republik Indonesia| RI)?(?: \(KJRI\))?", r"Embassy", r"Indonesian Embassy",
    r"Embassy of Indonesia",
]
MINISTRIES = [r"Kementerian (?:Luar|Dalam) Negeri", r"Kemendagri", r"Kemenlu",
              r"Ministry of (?:Foreign|Home) Affairs"]
# Other bodies whose names contain a place.
ORGANISATIONS = [
    r"Dubes(?: RI)?", r"Duta Besar(?: \w+)? untuk", r"Universitas", r"University", r"Bank", r"PT", r"DPRD",
    r"Balai Kota", r"Balaikota", r"balaikota", r"Sekretariat Daerah", r"Setda", r"Biro", r"Dinas", r"Museum",
    r"Hotel", r"Bandara", r"Pelabuhan", r"Port(?:s| Authority)? of(?: the)?", r"Stasiun", r"Festival", r"Monument", r"Gedung", r"Wisma",
    r"Sister City Association of", r"Ketua(?: \w+)?",
    # "a nonprofit based in Washington, D.C.", "headquartered in Shenzhen": where a body has its seat
    r"(?:based|headquartered|berkantor(?: pusat)?|bermarkas) (?:in|di)",
    # "The Indonesian Embassy in Canberra said Bandung and Adelaide would sign ...": the embassy's seat
    # (also "consulates-general at Chengdu", "to open consulates in Chengdu and Chennai", "the consul in
    # Kupang": the missions' seats)
    r"(?:Embassy|Consulate(?:[- ]General)?|High Commission)(?: of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?)? in(?: the)?",
    r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsul(?:ate)?s?(?:[- ][Gg]eneral)?|[Hh]igh [Cc]ommissions?) (?:in|at)(?: the)?",
]
# "Konsulat Jendral Republik Indonesia (KJRI) Los Angeles": the abbreviation may close a bracket
ORGANISATION_BEFORE = re.compile(r"(?:" + "|".join(INITIATING_BODIES + ORGANISATIONS) + r")\)?\s*$")
# "the Museum of the Bicentennial of Independence", "Bridge of Friendship": a name ending a building's or
# an institution's own name, written in capitals after it, is no place of the story
FACILITY_OF_BEFORE = re.compile(r"\b(?:Museum|Monument|Memorial|Park|Square|Plaza|Street|Avenue|Boulevard|Hall|Palace|"
                                r"Stadium|Library|Institute|Church|Cathedral|Temple|Bridge|Tower|Garden|Gardens|"
                                r"Hospital|Theatre|Theater|Festival|Day)\s+of\s+(?:the\s+)?"
                                r"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,3}$")
# "officials in Lviv", "warga di Bogor": the people of a place, not where something happened
PEOPLE_IN = re.compile(r"\b(?:officials|residents|leaders|authorities|people|citizens|pejabat|warga|masyarakat|"
                       r"pemerintah|government)\s+(?:in|di|of)\s+(?:the\s+)?$", re.I)
VENUE_AT = re.compile(r"\b(?:di|in|at)\s+(?:the\s+)?$", re.I)
# after the building: "di The Elysette, Namur", "at Gedung Pakuan, Bandung" (where its words are no place)
VENUE_AFTER_BUILDING = re.compile(r"\b(?:di|at)\s+(?:the\s+)?"
                                  r"(?P<building>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}),\s*$", re.I)
# "Rugby Twinning Association", "the Fermoy Twinning Committee": a body only a town that twins has
TWINNING_BODY_AFTER = re.compile(r"\s+(?:Town\s+)?(?:Twinning|Sister\s+Cit(?:y|ies))\s+(?:Association|Committee|Society|"
                                 r"Commission|Group|Club|Board)\b")
# ("St Mary's Church", "St Patrick's College": a church or school named after a saint, not a parish abroad)
# "Amman and Damascus chambers of commerce announced a twinning agreement", "the Kobe chamber of commerce": bodies
# named in lower case after their town, or after two towns joined
_BODIES = (r"(?:chambers?|universit(?:y|ies)|airports?|sea\s*ports|ports|"
           r"zoos?|aquariums?|museums|hospitals|police\s+(?:forces|departments))\b")
# "sister cities", "twin towns", "kota kembar": the twinning of towns itself named (so "Seattle and Kobe museums
# swapped exhibits to mark 65 years as sister cities" twins the towns, while "the Cardiff and Stuttgart hospitals
# have been twinned" twins the hospitals)
TOWNS_TWINNED = re.compile(r"\b(?:sister|twin)[\s-]+(?:cit(?:y|ies)|towns?)\b|\bkota\s+(?:kembar|bersaudara)\b", re.I)
BODIES_AFTER = re.compile(rf"\s+(?:(?:and|&)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?{_BODIES}", re.I)
ORGANISATION_AFTER = re.compile(r"^(?:['’]s)?\s*(?:Church|Cathedral|Chapel|Abbey|School|College|Hospital|Hospice)\b|"
                                # "Hayward House, Macmillan Palliative Care Unit": a house named so, no town (not "the
                                # House of Representatives")
                                r"^\s+House\b(?!\s+of\b)|"
                                # "the Concord-Carlisle High School Band": a school or hospital named after one
                                # town or two joined by a hyphen
                                r"^(?:[-–][A-Z][\w'’]+)?\s+(?:(?:High|Middle|Elementary|Primary|Secondary|Grammar|"
                                r"Regional|Community|General|District|State|Memorial|Public|Senior|Junior|Technical)\s+){1,2}"
                                r"(?:School|College|Hospital|University|Academy)\b|"
                                r"^\s*(?:Festival|Monument|University|Sister City Association|Village Festival|"
                                r"Sport Committee|Cultural Festival|Museum|Airport|Embassy|Chamber|"
                                # "Hsinchu Zoo and Tobu Zoo established sister relations": two zoos, no towns
                                r"Zoo|Aquarium|"
                                # "Narita International Airport and Abu Dhabi International signed an agreement to
                                # become sisters": an airport, an expo or a school named after its town (a forum's
                                # or a society's longer name may still say whose it is)
                                r"International(?=\s+(?:Airports?|Stadium|Schools?|Expo)\b|\s+[a-z]|\s*[,.;:)]|\s*$)|"
                                # "the Shanghai Cooperation Organization": a body of states named after a city
                                r"(?:Cooperation\s+)?Organi[sz]ation|"
                                # an event named after its city: "the Osaka Expo"
                                r"Expo|World Expo|"
                                # an accord named after where it was made: "the Oslo Agreements", "Kyoto Protocol"
                                r"Agreements?|Accords?|Protocol|Declaration|Peace Process|"
                                # a newspaper named after its city: "Budapest Post", "Jakarta Globe"
                                r"Post|Times|Herald|Tribune|Gazette|Globe|Chronicle|Observer|Courier|Weekly|Daily|"
                                r"News|Journal|Advertiser|Express|Telegraph|Standard|Leader|Press|Mirror|Bulletin|"
                                r"Examiner|Enquirer|Dispatch|Sentinel|Star|"
                                # a holiday named after a place or a word that is one: "Ukrainian Independence Day"
                                r"Day(?!\s+(?:of|trip|visit))|Eve)\b|"
                                # a capital standing for its nation's rulers: "a murderous Moscow regime", "Moscow's
                                # invasion of Ukraine" (not "Pittsburgh's war on blight": a city's own)
                                r"^\s+regimes?\b|^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:regimes?|invasion|aggression)\b")
# "will visit Tokyo, Osaka, Kobe and its sister city Kyoto", "kota Tokyo, Osaka, Kobe dan kota "sister city-nya"
# Kyoto": the twin named by a possessive right before it, after a list of places the sentence does not twin
POSSESSED_TWIN_BEFORE = re.compile(r"(?:\b(?:its|their|his|her)\s+(?:\w+\s+)?(?:sister|twin|partner|friendship)[\s-]+"
                                   r"(?:city|town|province|state|prefecture)|\b(?:sister\s+city|kota\s+kembar|kota\s+"
                                   r"bersaudara|kota\s+kembaran)-?nya)[\"”’']?\s*$", re.I)
# a visit's verb before a list of places ("will visit Tokyo, Osaka, ...", "mengunjungi kota Tokyo, ...")
VISIT_BEFORE = re.compile(r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?\s+to|"
                          r"mengunjungi|berkunjung\s+ke|kunjungan\s+(?:kerja\s+)?ke|lawatan\s+ke)\b[^.;:]*$", re.I)
# "USAID Mission Director Susan Brems": an everyday word before an office is part of the office's name
OFFICE_WORD_AFTER = re.compile(r"\s+(?:Director|Chief|Manager|Head|Officer|Coordinator|Chairman|Chairwoman|Chair|"
                               r"President|Secretary|Commander|Leader|Administrator)\b")
# "witnessed by Prince Albert II": a royal title, a name and a regnal number are a person, whatever town
# ("Prince Albert", "Prince George", "Kingston") bears the first two (not "Yaounde VI", a commune)
REGNAL_NAME = re.compile(r"(?:Prince|Princess|King|Queen|Emperor|Empress|Pope|Sultan|Duke|Grand\s+Duke)\s+\S")
REGNAL_AFTER = re.compile(r"\s+(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)\b(?![’'-])")
# "citing Beijing's deteriorating human rights record": a capital named for its nation's record, where the
# sentence cites it against the tie (not "Minneapolis's human rights commission", the city's own body)
CITED_NATION_BEFORE = re.compile(r"\b(?:citing|over|condemn\w*|criticis\w*|criticiz\w*|protest\w*\s+(?:against|over))\s+$", re.I)
CITED_NATION_AFTER = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,2}?human\s+rights\s+(?:record|abuses|violations)\b")
VENUE_BEFORE = re.compile(r"(?:\b(?:di|in|at|ke|to|menuju|tiba di|berada di)\s+(?:the\s+)?"
                          r"(?:(?:city|kota|ibukota|balaikota) (?:of )?)?"
                          # "..., said Ms Fein from London": where the speaker spoke, not whom she represents
                          r"|\bsaid\s+(?:(?:Mr|Ms|Mrs|Dr|Mayor)\.?\s+)?(?-i:[A-Z][\w'’-]+\s+){1,3}from\s+)$", re.I)
# a capital letter of the Latin script, accented ones too: "Üsküdar", "Örebro", "Łódź", "Đà Nẵng"
CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# and a small one ("Uğur", "Łukasz", "Dvořák")
SMALL = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
# "Freeman Mary Ashley, who was a city councillor": a given name and a family name before "who" (a person's
# pronoun, never a place's); a look-ahead, so that the name is also read from "Mary"
NAMED_BEFORE_WHO = re.compile(rf"\b(?=(?P<given>[{CAPITAL}][{SMALL}]+)\s+"
                              rf"(?P<surname>[{CAPITAL}][{SMALL}'’-]+),?\s+who\b)")
# "Aad Van Hulst", "Ursula von der Leyen": a given name and a family name's particle right before a word
NAME_PARTICLE_BEFORE = re.compile(rf"\b[{CAPITAL}][{SMALL}]+\s+"
                                  r"(?:[Vv]an(?:\s+de[rn])?|[Vv]on(?:\s+der)?|[Tt]e[rn]|Vander)\s+$")
# A capitalised word; "Gyeongsangbuk-Do" keeps its unit suffix (and "-Di", a common misspelling of it).
# a capitalised word; a hyphen goes on into a lower-case part ("Aix-en-Provence"), a Korean or Japanese
# unit ("Gyeonggi-Do"), or the capitalised name after a saint's ("Saint-Pierre", "Sainte-Foy"), but not
# into another capitalised name ("Bogor-Kisarazu": two places)
_WORD = (rf"[{CAPITAL}](?:[\w'’.]|-(?=[a-z0-9])|-(?=(?:Do|Gun|Si|Shi|Ken|Gu|Di|Ku|Machi|Cho|Mura)\b)"
         rf"|(?<=\bSaint)-(?=[{CAPITAL}])|(?<=\bSainte)-(?=[{CAPITAL}])|(?<=\bSt)-(?=[{CAPITAL}])"
         # "Kara-Suu Municipality": a hyphenated name its unit word follows is one name
         r"|-(?=[A-Z][\w'’]*\s+(?:Municipality|Municipalities|City|County|District|Town|Village|Regency)\b)"
         # "Rostov-on-Don", "Stratford-upon-Avon", "Frankfurt-am-Main", "Boulogne-sur-Mer": a small word between
         r"|(?<=-on)-(?=[A-Z])|(?<=-upon)-(?=[A-Z])|(?<=-am)-(?=[A-Z])|(?<=-an)-(?=[A-Z])|(?<=-sur)-(?=[A-Z])"
         r"|(?<=-en)-(?=[A-Z])|(?<=-de)-(?=[A-Z])|(?<=-la)-(?=[A-Z])|(?<=-le)-(?=[A-Z])|(?<=-les)-(?=[A-Z])"
         r"|(?<=-sous)-(?=[A-Z])|(?<=-aux)-(?=[A-Z])|(?<=-del)-(?=[A-Z])|(?<=-di)-(?=[A-Z])"
         r"|(?<=\bPort-of)-(?=[A-Z]))*")  # "Port-of-Spain" (not every "-of-": "Mayor-of-London" is no name)
# "Cagayan de Oro", "Frankfurt am Main": particles of foreign names (not Indonesian "di", "dan")
# "Rostov on Don", "St Jacut de la Mer", "Sailly sur la Lys": small words inside a name written without hyphens
# ("Hluboká nad Vltavou", "Frankfurt an der Oder", "Freiburg im Breisgau": Czech, Polish and German ones too)
_NAME_PARTICLES = ("de", "del", "do", "dos", "das", "du", "des", "la", "le", "les", "en", "van", "von", "am", "upon",
                   "sur", "sous", "nad", "pod", "im", "bei", "an der", "ob der")
_SMALL_WORDS = r"(?:(?:" + "|".join(p.replace(" ", r"\s+") for p in _NAME_PARTICLES) + r")(?:\s+(?:la|le|les|los|las))?\s+)"
# the words that go on a name as NAME reads it ("Corral de Bustos": a known "Corral" is only its first part)
NAME_LINK_WORDS = frozenset(particle.split()[0] for particle in _NAME_PARTICLES)
# "Villenave d'Ornon", "Isle d'Abeau": a French article elided before the name's last word; "Cava de'
# Tirreni", "Reggio nell'Emilia": an Italian one
NAME = re.compile(rf"{_WORD}(?:\s+(?:{_SMALL_WORDS}|(?:[dl]|de|dell|nell|sull)['’]\s?(?=[{CAPITAL}]))?{_WORD})*")
# (not "Kawakami-Mura": a romanised unit word after a hyphen ends the one name, whatever its capital)
HYPHEN_PAIR = re.compile(rf"(?<![\w.])(?P<first>{_WORD}(?:\s{_WORD}){{0,2}})\s?[-–—]\s?"
                         rf"(?!(?i:{_ROMANISED_UNITS})\b)(?P<second>{_WORD}(?:\s{_WORD}){{0,2}})")
# ("between Gunnedah Shire Council and the Tongan District of Kolomotu'a": a unit of a country's people before it)
BETWEEN_PAIR = re.compile(rf"\b(?:antara|between)\s+(?:the\s+city\s+of\s+|kota\s+)?(?P<first>{_WORD}(?:\s{_WORD}){{0,2}})"
                          rf"\s+(?:dan|dengan|and)\s+(?:the\s+city\s+of\s+|kota\s+|the\s+(?-i:[A-Z])[a-z]+\s+"
                          rf"(?:[Cc]ity|[Tt]own|[Dd]istrict|[Vv]illage|[Mm]unicipality|[Pp]rovince|[Cc]ounty)\s+of\s+)?"
                          rf"(?P<second>{_WORD}(?:\s{_WORD}){{0,2}})")
# A twinning's words and "between" ("establishing sister city relations between Quba and Jizzakh"), and
# another tie's words right before "between" ("expanding cooperation between Baku and Tashkent")
TWINNING_THEN_BETWEEN = re.compile(r"\b(?:sister[\s-]+(?:city|cities|province|provinces)|twin(?:ning)?|kota\s+kembar|"
                                   r"friendship[\s-]+(?:city|cities))(?:\s+(?:relations?|relationships?|ties|"
                                   r"agreements?|hubungan|kerja\s?sama))?\s+(?:between|antara)\b", re.I)
OTHER_TIE_BETWEEN_BEFORE = re.compile(r"\b(?:cooperation|partnership|trade|relations|ties|kerja\s?sama)\s+$", re.I)
# "Wareham was first twinned with Conches-en-Ouche", "Wareham has forged links with its twin French town
# of Conches": a name the gazetteer lacks, the subject of a twinning with a known place, is a town too
TWINNED_WITH_PAIR = re.compile(rf"(?P<first>{_WORD}(?:\s{_WORD}){{0,2}})\s+(?:(?:is|was|has\s+been|had\s+been|"
                               rf"became|has\s+become)\s+(?:\w+\s+)?twinned|(?:has|had)\s+(?:\w+\s+){{0,2}}?"
                               rf"(?:links|ties|a\s+twinning(?:\s+agreement)?))\s+with\s+(?:its\s+(?:\w+\s+){{0,3}}?"
                               rf"(?:town|city)\s+of\s+)?(?P<second>{_WORD}(?:\s{_WORD}){{0,2}})")
# "Crewe and Nantwich Borough Council", "the Crewe and Nantwich Twinning Association": a borough named
# after two towns
BOROUGH_BODY_WORDS = ("Council", "Association", "Society", "Committee")
BOROUGH_OF_TWO_TOWNS = re.compile(rf"(?P<name>(?P<first>{_WORD})\s+and\s+(?P<second>{_WORD}))\s+(?:Borough|District|"
                                  rf"Town\s+Twinning|Twinning)\s+(?:{'|'.join(BOROUGH_BODY_WORDS)})\b")
# what a number counts, in a headline's capitals too ("Lima Hari di Beijing")
COUNTED_NOUN = re.compile(r"\s+(?:hari|tahun|bulan|minggu|pekan|jam|orang|kota|negara|provinsi|daerah|kali|persen|"
                          r"ribu|juta|miliar|kepala|delegasi)\b", re.I)
# An Indonesian office names its place before its holder ("Wali Kota Bogor Bima Arya", "Bupati Muba,
# Dodi Reza"): a name of two or more words after a comma is the holder, the name before it the place
OFFICE_BEFORE_PLACE = re.compile(r"\s*(?:wali\s*kota|walikota|bupati|gubernur)\b", re.I)
# "Mayor of", "Governor of": an English office whose place follows "of"
OFFICE_OF = re.compile(r"\bof\s*$", re.I)
COUNTRY_IN_BRACKETS = re.compile(r"\s*\(([^()]{2,30})\)")  # "the Mayor of Hangzhou (China) Yao Gaoyuan"
HOLDER_AFTER_COMMA = re.compile(r"\s*,\s*((?:[A-Z][a-z'’]+(?:-[A-Za-z'’]+)*)(?:\s+[A-Z][a-z'’]+(?:-[A-Za-z'’]+)*){1,4})")
# One or two capitalised words a hyphenated name may begin with ("La Celle-Saint-Cloud", "Le Pont-de-Claix")
WORDS_BEFORE_HYPHENATED = re.compile(r"(?<![\w-])(?:[A-Z][\w'’]*\s){1,2}$")
# "a city of Punjab", "one city of Sindh": a city in a region, not a city of that name
INDEFINITE_BEFORE_UNIT = re.compile(r"\b(?:a|one|another|any|each|every|sebuah|satu)\s+$")
# "Dujiangyan city of Sichuan province": a region's unit word right after a name
REGION_UNIT_AFTER = re.compile(r"\s+(?:province|prefecture|state|oblast|region)\b", re.I)
# the same words written small after a bare name ("Northeast China's Jilin province", or after the last
# of two, "Sindh and Punjab provinces"): they say which of a city and a region of one name is meant, as a
# capitalised unit word in the name would
REGION_UNIT_WRITTEN_SMALL = re.compile(r"\s+(province|prefecture|state|oblast|region)s?\b(?!-)"
                                       r"(?!\s+(?:that|how|what|whether|which|who|when|where|the|a|an|it|they)\b)")
# "Saint-Cloud", "Aix-en-Provence": a hyphenated name, taken whole when the gazetteer knows it
# (otherwise "Bogor-Kisarazu" is a pair of places).
HYPHENATED = re.compile(r"(?<![\w-])[A-Z][\w'’]+(?:-[\w'’]+)+")
# "Hammersmith & Fulham", "Brighton and Hove": one place whose name joins two (read whole when the
# gazetteer knows the joined name)
# ("St. Kitts and Nevis", "Saint Vincent and the Grenadines": a saint's abbreviation, and "the" after "and")
JOINED_NAME = re.compile(r"(?<![\w-])[A-Z][\w'’-]+(?:(?<=\bSt)\.)?(?:\s+[A-Z][\w'’-]+)?\s+(?:and|&|with)\s+(?:the\s+)?"
                         r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
# a list item's bounds: a bullet, a semicolon or a colon before it (or the line's start), a semicolon, a
# comma or the line's end after it
LIST_ITEM_BEFORE = re.compile(r"(?:^|[;:•·▪●]|\n)\s*$")
LIST_ITEM_AFTER = re.compile(r"\s*(?:[;,]|\.?\s*$|\n)")
# "Washington, DC", "Washington, D.C.": the district's letters after a comma belong to the name
NAME_WITH_DISTRICT = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w'’-]+),?\s+(?P<district>D\.\s?C\.|DC)(?![\w-])")
# "the fourteenth sister city for D.C.": the district's letters alone, dotted, are the capital (undotted
# "DC" is also a comics publisher and a current)
DISTRICT_ALONE = re.compile(r"(?<![\w.])D\.\s?C\.(?![\w-])")
DISTRICT_CAPITAL = "Washington, D.C."
HYPHENATED_UNIT = re.compile(r"\s+(County|City|Province|Prefecture|District|Regency|Municipality)\b")
# "the township of Ainaro", "the town of Inagawa": a unit word, 'of', then the place's name
UNIT_OF_NAME = re.compile(rf"\b(?P<unit>town|township|village|municipality|commune|borough|city)\s+of\s+"
                          rf"(?P<name>{_WORD}(?:\s{_WORD}){{0,2}})")
# "the town of Makino, in Japan's Shiga Prefecture": where the place of a unit word lies, right after it
UNIT_NAME_LOCATED_AFTER = re.compile(r",?\s+(?:in|near)\s+(?:the\s+)?")
# "the towns of San Pedro Alcantara and Arenas de San Pedro": a unit word and "of" right before a name
UNITS_OF_BEFORE = re.compile(r"\b(?:towns?|cit(?:y|ies)|villages?|municipalit(?:y|ies)|communes?)\s+of\s+(?:the\s+)?$", re.I)
# "the Chinese city Wusong", "Turkish municipality Haliliye": a country's adjective and a unit word right
# before a name, without "of"
# (the unit word and the name are searched first, the adjective then read right before them: one long
# alternation searched through every sentence would cost more than all the rest of this reading)
UNIT_THEN_NAME = re.compile(rf"\b(?P<unit>city|town|township|village|municipality|commune)\s+(?P<name>{_WORD}(?:\s{_WORD}){{0,2}})")
DEMONYM_RIGHT_BEFORE = re.compile(r"\b(?P<demonym>" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\s+$", re.I)
# "its French twin Laval", "a Japanese sister city, Kobe": a country's adjective before the twinning words
# right before a name says which country's namesake it is
DEMONYM_TWIN_RIGHT_BEFORE = re.compile(r"\b(?P<demonym>" + "|".join(sorted(DEMONYMS, key=len, reverse=True))
                                       + r")\s+(?:twin|sister|partner|friendship)(?:[\s-](?:town|city|community|"
                                       r"municipality))?\s*,?\s+$", re.I)  # (one: "Russian twin cities" heads a table)
# "the Spanish town of", "a Dutch village of": a country's adjective before the unit word of a place
DEMONYM_BEFORE_UNIT_OF = re.compile(r"\b(?:the|a|an)\s+(?P<demonym>" + "|".join(sorted(DEMONYMS, key=len, reverse=True))
                                    + r")\s+$", re.I)
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)  # "the Zaragoza town of ...": a place as an adjective
# "Timor-Leste in the township of": the words between a country and the unit word of a place in it
COUNTRY_BEFORE_UNIT = re.compile(r"\s*,?\s*(?:in|di)\s+(?:the\s+)?|\s*['’]s\s+")
OF_PLACE = re.compile(r",?\s+of\s+(?:the\s+)?(?:(?:City|Regency|Province) of\s+)?")
# the office a place gives its head, as English writes it after the place ("Bandung Mayor", "Bali Vice Governor")
_PLACE_OFFICE_TITLE = r"(?:Acting |Deputy |Vice )?(?:Lord )?(?:Mayor|Governor|Regent)"
PLACE_OFFICE = re.compile(rf"({_WORD}(?:\s+{_WORD}){{0,2}}?)(?=\s+{_PLACE_OFFICE_TITLE}\b)")
OFFICE_AFTER = re.compile(rf"\s+({_PLACE_OFFICE_TITLE})\s*,")
# "Vitebsk Mayor Viktor Nikolaikin": a place's office, then its holder's name (in a sentence's text, whose
# spaces are single)
OFFICE_HOLDER_AFTER = re.compile(rf"\s+{_PLACE_OFFICE_TITLE}\s+[A-Z]")
SPECIAL_UNIT_AFTER = re.compile(r"\s+Special\s+Self-Governing\s+(Province|City)\b", re.I)
DESCRIBED_KINDS = {"ward": "district", "borough": "district", "suburb": "district", "kota": "city",
                   "kabupaten": "county", "distrik": "district", "kecamatan": "district"}
# ", a district of", ", a suburban town with a population of about 24,000 residents near": the words after a
# name that call it a unit of the place named next (the unit word in the group "unit")
_UNIT_OF_PLACE_NEXT = (r",\s+(?:a|an|sebuah|salah satu)\s+(?:[a-z]+\s+)?"
                       r"(?P<unit>district|ward|borough|suburb|city|town|county|municipality|kota|kabupaten|distrik|"
                       r"kecamatan)\s+(?:with\s+a\s+population\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|"
                       r"more\s+than\s+)?[\d,.]+(?:\s+(?:residents|people|inhabitants))?\s+)?"
                       r"(?:of|in|di|near|outside)\s+")
# "Zelenograd, a district of Moscow", "Borodyanka, a suburban town with a population of about 24,000
# residents near Kyiv": a name the text calls a unit of a place named right after (or after its population)
DESCRIBED = re.compile(rf"(?P<name>{_WORD}(?:\s{_WORD}){{0,2}}){_UNIT_OF_PLACE_NEXT}(?=[A-Z])")
# Indonesian numbers, some of which are also place names (Lima, Enam): a number when a noun follows.
NUMBER_WORDS = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"}
HONORIFICS = {"alderman", "mr", "mrs", "ms", "dr", "dra", "drg", "bapak", "ibu", "h", "hj", "ir", "drs", "prof", "kh"}
# "Israeli war on Gaza", "the aggression on Gaza", "the bombing of Kharkiv": a place a war or an attack is
# waged on is the scene of the news, no party to a twinning in that sentence
# (not a city bombed or besieged, which a partner often is: "After the bombing of Kharkiv, Cincinnati sent
# supplies to its sister city")
CONFLICT_ON_BEFORE = re.compile(r"\b(?:wars?|aggression|invasion|offensives?|blockade|occupation|genocide|agresi|perang)\s+"
                                r"(?:on|in|of|against|upon|di|ke|terhadap)\s+(?:the\s+)?$", re.I)
POSSESSIVE = re.compile(r"['’]s$")
# "... to become New Haven's eighth sister city. The other seven are Taichung, Taiwan; ...": a list of "the
# other" partners, right after a sentence that counts one place's partners, is that place's
# ("Its other sister cities include ...": the pronoun may stand for the sentence's subject, which the
# possessive's own reading decides)
OTHERS_LEAD = re.compile(r"^\s*(?:(?:The|Its|Their)\s+other|Other)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|"
                         r"ten|eleven|twelve|international|foreign|overseas|current)\s+)?(?:(?:sister|twin|partner|friendship)"
                         r"[\s-](?:cities|towns|communities)\s+|sisters\s+)?(?:are|include|being|were)\b"
                         # "... is Nashville's seventh. It also has sister-city arrangements with Edmonton in Canada"
                         r"|^\s*It\s+(?:also\s+)?(?:has|had|maintains)\s+(?:[\w-]+\s+){0,3}?(?:sister|twin|partner|"
                         r"friendship)[\s-](?:city\s+|town\s+)?(?:cities|towns|arrangements|relationships|agreements|ties|"
                         r"links)\s+(?:with|in|including)\b")
# "New Haven's eighth sister city", "Xiamen's first Canadian sister city", "Xiamen's other friends are": the
# place before whose partners a sentence counts
PARTNERS_COUNTED_AFTER = re.compile(r"['’]s?\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                                    r"newest|latest|new|\d+(?:st|nd|rd|th))\s+)?(?:official\s+)?"
                                    r"(?:(?-i:[A-Z])[a-z]+\s+)?"
                                    # ("making it Kansas City's third Mexican sister")
                                    r"(?:(?:sister|twin|partner|friendship)[\s-](?:city|cities|town|towns)|sisters?)\b"
                                    # ("The Nashville-Tamworth sister-city agreement is Nashville's seventh.")
                                    r"|['’]s?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                                    r"(?=\s*[.;]|\s+(?:such|one)\b)", re.I)
# "Its other sister cities are ...": a list that goes on from the one the sentence before began
ITS_OTHERS_LEAD = re.compile(r"^\s*(?:Its|Their)\s+other\b")
# "Xiamen's other friends are Baltimore, ...": a place whose other partners a sentence lists
OTHERS_LISTED_AFTER = re.compile(r"['’]s?\s+other\s+(?:friends|partners|sister\s+cities|twin\s+towns)\s+"
                                 r"(?:are|include)\b", re.I)
# "Walikota Baubau Dr H AS Tamrin MH", "Bupati Sleman Dra Hj Sri Purnomo MSi": Indonesian titles before a
# name (and degrees after it, which the name's pattern never takes), and initials as its first part
# (letters of every Latin script: "Uğur İbrahim Altay"; particles: "Máirtín Ó Muilleoir", "Ursula von der Leyen")
_NAME_WORD = rf"[{CAPITAL}][{SMALL}'’]+(?:-[{CAPITAL}{SMALL}'’]+)*"
_NAME_PARTICLE = r"van|den|de|bin|Abu|von|der|da|dos|del|Ó|Ní|Nic"
PERSON = re.compile(r"\s*[,–-]?\s*(?:(?:Mr|Mrs|Ms|Bapak|Ibu|Drs|Dra|Drg|Dr|Hj|H|Ir|KH|Prof|Alderman)\.?\s+)*"
                    # "Park Heong-joon": a hyphen joins the parts of a given name
                    rf"((?:{_NAME_WORD}|[A-Z]{{2,3}}(?=\s+[A-Z][{SMALL}'’]))"
                    rf"(?:\s+(?:(?:{_NAME_WORD}|{_NAME_PARTICLE})\b|[A-Z]\.(?=\s+[A-Z]))){{0,4}})")
# Words that begin a place's name without being a person's ("Pulau Pinang", "Bandaraya Ipoh"): a known
# name beside them is still a place.
# The last words of an organisation's name ("Metro Cebu Development Coordinating Board"): a place
# name in such a phrase is the organisation's place, not part of a person's name.
ORGANISATION_WORDS = {fold(w) for w in """
Board Agency Council Committee Commission Corporation Authority University Department Office Bank
Company Association Chamber Foundation Institute Institution Centre Center Hospital School College
Airport Hotel Club Festival Ministry Forum Cooperation Development Programme Program Project Network
Federation Union Society Trust Fund Group Organisation Organization Police Court Port Harbour Museum
Universitas Dinas Badan Kantor Lembaga Yayasan Perusahaan Bandara Pelabuhan Rumah Sakit Sekolah
Daily Times Post Herald News Tribune Gazette Journal Chronicle Observer Courier Mercury Telegraph
Guardian Camera Express Record Press Review Bulletin Standard Examiner Echo Advertiser Pos Harian
Assembly Parliament Legislature Senate Congress Secretariat Government Administration Municipality
Exchange Summit Conference Expo Orchestra Philharmonic Symphony Choir Chorus Ensemble Opera Ballet
""".split()}
# What calls a place a town ("the German town of Bischofsheim", "Kinsale Town Council") or a city,
# within a clause of its name
TOWN_BEFORE = r"(?i:\b(?:town|village|commune|hamlet)\s+of\s+(?:the\s+)?)"
TOWN_AFTER = r"(?i:\s+(?:town|village)\b(?!\s+(?:hall|centre|center|square|twin|twinning)))"
TOWN_DESCRIBED = r"(?:,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|village|commune)\s+(?:in|of|on|near)\b)"
CITY_BEFORE = r"(?i:\b(?:city|cities|kota)\b[^.;]{0,15}?)"
CITY_AFTER = r"(?i:[^.;]{0,5}?\b(?:city|kota)\b)"
# "australian councillor", "dutch town" in a folded headline: the country of the place the news is about
DEMONYM_BEFORE_PLACE_UNIT = re.compile(r" (" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) +
                                       r") (?:town|city|council\w*|shire|village|municipality|county) ")
# Words that end the name of a place's park, building or street ("Cairns Botanic Gardens", "Taman Kota
# Bogor"): the town's name before them is the town's, not a person's first name
FACILITY_WORDS = {fold(w) for w in """
Garden Gardens Park Parklands Stadium Arena Gallery Library Theatre Theater Hall Square Plaza Mall Market
Station Terminal Bridge Street Road Avenue Boulevard Highway Zoo Aquarium Beach River Esplanade Foreshore
Cathedral Church Mosque Temple Shrine Castle Palace Tower Campus Marina Pier Wharf Lagoon Reserve Lake
Arts Convention Expo Showground Showgrounds Racecourse Speedway Golf Pool Fountain Memorial Monument
""".split()}
# the last word of a site's name of three words or more, which no person's name ends in ("Weihai Torch Hi-tech
# Science Park", "Lujiazui Financial Trade Zone"): fewer than the facilities above, whose "Hall" or "Street" a
# name with a person's may end in
SITE_WORDS = frozenset({"park", "zone", "mall", "plaza", "square", "stadium", "tower", "station", "campus",
                        "complex", "estate"})
FACILITY_MODIFIERS = {fold(w) for w in """
Botanic Botanical Civic Memorial Central Performing Regional Public Municipal Convention Entertainment Cultural
Art Arts Sports Aquatic Community Heritage Main Old New Royal
""".split()}
# "the Tamar Valley", "the Hunter River": a landform named after a place's name is not that place (unless
# the gazetteer knows the whole name: "Gold Coast", "Waltham Forest")
LANDFORM_AFTER = re.compile(r"\s+(?:Valley|River|Hills|Mountains|Range|Coast|Forest|Delta|Estuary|Gorge|"
                            r"Plateau|Basin|Vale|Moors?|Dales|Downs|Lakes?|"
                            # "Conwy Castle ... twinned with Himeji Castle": the castles, not their towns
                            r"Castle|Cathedral|Palace|Abbey|Shrine|"
                            # "after the fall of the Berlin Wall", "the Brooklyn Bridge": a landmark of the town
                            r"Wall|Bridge)\b")
# "brings together the mayors of A, B, C", "delegations from A, B and C attended": the words before a list of
# the places a meeting gathers
ATTENDEES_BEFORE = re.compile(r"\b(?:mayors|representatives|delegates|delegations|leaders|officials|participants|"
                              r"guests|members)\s+(?:of|from)\s+(?:the\s+(?:cities|capitals|towns)\s+of\s+)?$", re.I)
# "Luso-Americana", "Franco-German", "Sino-Japanese": a people's combining form joined by a hyphen to an
# adjective, which names two peoples, never two towns
COMBINED_PEOPLES = re.compile(r"\b(?:Luso|Franco|Sino|Anglo|Italo|Indo|Afro|Russo|Hispano|Greco|Austro|Nippo|Euro|"
                              r"Turco|Germano|Polono|Belgo|Serbo|Judeo|Irano)-[A-Z][a-z]+\b")
# "sister city Bogor-Kawagoeshi", "the Portland-Ulsan twinning": a word of a pair near a hyphenated name, which
# may then join two places
PAIR_WORD_NEAR = re.compile(r"\b(?:sister|twin\w*|kembar|partner\w*|friendship|persahabatan)\b", re.I)
# "d’Ongina", "l'Aquila": a French or Italian article elided onto a word, inside a longer name
ELIDED_ARTICLE = re.compile(r"[dlDL]['’](?=[A-Z])")
# "Tampa Bay", "Palm Springs": the word of a landform after a name is part of that name, never a place
# of its own (Bay, a region of Somalia)
LANDFORM_WORDS = frozenset("""bay beach springs falls heights hills park harbour harbor lake lakes creek grove
valley river coast forest delta island islands""".split())
# "Portland State University", "Kent State": a university named after its city, whose "State" is no unit word
STATE_SCHOOL_AFTER = re.compile(r"\s+(?:University|College)\b")
# "Little Saigon", "Little Italy", "Little Tokyo": a quarter named after a faraway place ("Little
# Rock", which the gazetteer knows whole, is read whole before this applies)
QUARTER_BEFORE_PLACE = frozenset({"little"})
PLACE_WORDS = {"pulau", "kepulauan", "bandaraya", "bandararaya", "majlis", "negeri", "teluk", "gunung",
               "island", "islands", "bay", "lake", "mount", "port", "fort"}
PLAIN_GAP_AFTER = re.compile(r"\s*[,;]\s*|\s+\(|\s+(?:in|di)\s+(?:the\s+)?")  # "Nice, Prancis", "Dubai in UAE"
UNKNOWN_BEFORE_COUNTRY = re.compile(rf"(?P<name>(?<![\w'’]){_WORD}(?:\s(?:{_SMALL_WORDS}|(?:[dl]|de|dell|nell|sull)['’]\s?(?=[{CAPITAL}]))?{_WORD}){{0,2}})(?:\s*[,;]\s*|\s+\(|\s+(?:in|di|from|dari)\s+(?:the\s+)?|(?P<of>\s+of\s+))(?=[A-Z])")
# "Nawabshah and Shezai of China": "of" places a name only as the second of a pair (not "the Kingdom of
# Denmark", "the Botanic Garden of Cuba", "Crown Prince of Japan")
PAIRED_BEFORE = re.compile(r"(?:\band|\bwith|\bdan|\bdengan|&)\s+$")
# Words of British and Irish news on twinning (matched in folded text): a bare "Durham" there is Durham, England
# The places of the United Kingdom with city status (as of 2022) and the cities of Ireland: every other
# British or Irish place is a town, kind "other" as the corpus gives a town's (Swindon, Bournemouth, Carlow)
BRITISH_IRISH_CITIES = frozenset({
    "bath", "birmingham", "bradford", "brighton", "brighton and hove", "bristol", "cambridge", "canterbury",
    "carlisle", "chelmsford", "chester", "chichester", "colchester", "coventry", "derby", "doncaster", "durham",
    "ely", "exeter", "gloucester", "hereford", "kingston upon hull", "hull", "lancaster", "leeds", "leicester",
    "lichfield", "lincoln", "liverpool", "london", "city of london", "manchester", "milton keynes",
    "newcastle upon tyne", "newcastle", "norwich", "nottingham", "oxford", "peterborough", "plymouth",
    "portsmouth", "preston", "ripon", "st albans", "salford", "salisbury", "sheffield", "southampton",
    "southend on sea", "stoke on trent", "sunderland", "truro", "wakefield", "wells", "westminster", "winchester",
    "wolverhampton", "worcester", "york",  # England
    "aberdeen", "dundee", "dunfermline", "edinburgh", "glasgow", "inverness", "perth", "stirling",  # Scotland
    "bangor", "cardiff", "newport", "st asaph", "st davids", "swansea", "wrexham",  # Wales
    "armagh", "belfast", "derry", "londonderry", "lisburn", "newry",  # Northern Ireland
    "dublin", "cork", "limerick", "galway", "waterford", "kilkenny",  # Ireland
})
BRITISH_TWINNING_WORDS = re.compile(r" (?:twinning|twinned|twin towns?|councillors?|cllr|twinning association) ")
# a town's council, office holder or people, the words local news gives its own town
# ("Wilsonville Mayor Tim Knapp", "Malmesbury Town Council", "the City of Sebastopol", "residents of Seto")
CIVIC_AFTER_NAME = re.compile(r"(?:['’]s)?\s+(?:(?:City|Town|Borough|Village|Parish|County)\s+)?(?:Council|Hall|[Mm]ayor|"
                              r"residents?)\b|\s+(?:[Ss]ister\s+[Cc]it(?:y|ies)|[Tt]winning)\s+(?:Association|Committee|Society)\b")
CIVIC_BEFORE_NAME = re.compile(r"\b(?:[Mm]ayor|City|Town|Village|Borough|[Pp]eople|[Rr]esidents|[Cc]itizens)\s+of\s+(?:the\s+)?$")
# a first name, an honorific or an office right before a name: a person's surname ("Councillor Ann Tucker's")
SURNAME_BEFORE = re.compile(r"(?:(?P<honorific>\b(?:Mr|Mrs|Ms|Dr|Cllr|Councillor|Alderman|Sir|Dame|Senator|Sen|Rep)\.?[ \t]+)"
                            r"|\b[A-Z][a-z]+[ \t]+)$")
SURNAME_AFTER = re.compile(r"['’]s\b|\s+[a-z]|\s*[,.;:!?)]|\s*$")  # "Ann Tucker's", "Ann Tucker said", "Ann Tucker."
# The words right before a name that make it a place ('of Sutama, Yamanashi Prefecture')
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|from|with|and|between|dengan|dari|di|dan|antara)\s+$")
# An office or an honorific right before a name: the name is a person's
TITLE_BEFORE = re.compile(r"\b(?:Mayor|Governor|Regent|Bupati|Gubernur|Wali ?[Kk]ota|Walikota|Menteri|Minister|"
                          r"President|Presiden|Ambassador|Dubes|Duta Besar|Konsul|Consul|Mr|Mrs|Ms|Dr|Bapak|Ibu|Pak|Bu)"
                          r"\.?\s+$")
# Regions the gazetteer lists as countries of their own (ISO codes of their own) that twin as the
# provinces of a country do: Macau's and Hong Kong's ties are those of China's special
# administrative regions, sides of a pair, not partner countries
# (and the United States' territories: "sisterhood ties between Negros Occidental and Guam" twins a territory,
# which the annotations file under the United States, as they do Saipan of the Northern Mariana Islands)
SPECIAL_REGIONS = {"MO": "CN", "HK": "CN", "GU": "US", "PR": "US", "MP": "US", "VI": "US"}
# a capitalised name and a comma right before: "San Juan, Puerto Rico", where the region says where a town lies
PLACE_AND_COMMA_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’.-]*\s*,\s*$")
# countries whose adjective a place of the other may wear ("Chinese Taipei", "Irish Derry"): the adjective
# then says nothing of which country's place is meant
NEIGHBOURS_NAMED_ALIKE = frozenset({("CN", "TW"), ("IE", "GB")})
# Short names of countries the gazetteer's tables lack, as news writes them.
# ("AS" is Amerika Serikat in Indonesian news, never American Samoa.)
COUNTRY_SHORT_NAMES = {"as": "US", "uae": "AE", "u a e": "AE", "rrt": "CN", "rrc": "CN", "korsel": "KR", "uk": "GB",
                       "u k": "GB", "us": "US", "u s": "US", "usa": "US", "prc": "CN", "roc": "TW"}
# Capitalised words that are never a place here: function words, titles, days and months,
# document names, and the verbs of headlines.
STOPWORDS = {fold(w) for w in """
Eropa Europe Asia Afrika Africa Oseania Oceania Amerika America Benua Sister Sisters Systers Twinning Twinned Wako Wawako Wabup Wawali Gubri Pj Plt Sekda Sekdaprov City Cities Province Provinsi Kota Kabupaten Pemerintah Program Baca Dalam Dia Ia Kami Saya
Kita Mereka Pihak Ketua Kepala Wali Walikota Bupati Gubernur Wakil Menteri Presiden Dubes Duta Besar
Sementara Selain Namun Hingga Menurut Bahkan Setelah Sebelum Pada Tahun Dengan Untuk Dari Sejak Saat
Kerja Sama Kerjasama Senin Selasa Rabu Kamis Jumat Sabtu Minggu Monday Tuesday Wednesday Thursday
Friday Saturday Sunday January February March April May June July August September October November
December Januari Februari Maret Mei Juni Juli Agustus Oktober Desember The This That These It In On
At He She They We Our Its His Her Both Mayor Governor Council Government City Regency State Also
Previously Furthermore According Besides Despite Today Mr Mrs Bapak Ibu Pak Bu Selama Kedua Di Ke
Antara Between And Or Dan Atau Yang Itu Ini Sebagai Tim Bidang Sektor Letter Intent Memorandum
Understanding MoU LoI Agreement Perjanjian Nota Kesepahaman Pernyataan Minat Reaffirmation Sekadar
Tentu Dirinya Alhamdulillah Insya Allah Semoga Diharapkan Dikatakan Lebih Rencana Aksi Joint Working
Group Friendship Twin Town Association Festival COPYRIGHT Editor Pewarta Reporter Yaitu Yakni
Akan Jadi Ajak Gandeng Jajaki Tandatangani Teken Jalin Perpanjang Kunjungi Peringati Sign Signed Ink
Establish Establishes Goes Exist Kunjungan Penandatanganan Tandatangan Pengembangan Makin Akrab
Kembar Kembaran Bersaudara Persahabatan Bersahabat Berkembar Kerja Terbentuk Menjadi Dunia
Metropolitan Capital Provincial Municipal Special Autonomous Region Prefectural Regional Daerah
Commission Committee Board Office Hall Centre Center Authority Department Agency Ministry Secretariat
Tak Tidak Bukan Belum Usai Jelang Soal Kala Demi Agar Bila Jika Kini Masih Sudah Telah Mulai Bisa
Harus Siap Resmi Segera Pertama Begini Inilah Berikut Simak Wow Heboh Viral
Governing Self-Governing North South East West Central Northern Southern Eastern Western Utara Selatan
Timur Barat Tengah
Gov Govt Deputy Vice Acting Lord Regent Councillor Councilor Mayoral Sen Rep Premier Chairman
Chief Minister Secretary Commissioner Executive Speaker Consul Ambassador Prefect Governor-General
Councillors Councilors Officials Residents Delegates Delegation Citizens Students Members Leaders
""".split()}
# "Australian", "Dutch": adjectives of a country, never a place ("New Zealand" is the country's name too)
STOPWORDS |= {word for word in DEMONYMS if word != "new zealand"}
# "Nigerians in U.S. seek ...": people (but "the Philippines" is the country its people's word names)
STOPWORDS |= {f"{word}s" for word in DEMONYMS if " " not in word} - {"philippines"}
# legislatures and councils named by a word that is also a town's name ("the city Duma" is no Douma)
STOPWORDS |= {"duma", "rada", "knesset", "sejm", "majlis", "diet", "bundestag", "landtag"}
STOPWORDS |= {"continent", "mainland"}  # "twinned with four towns on the Continent"
# Words for a kind of division, never a place's whole name: "Vladivostok, Primorsky, Krai, Russia"
# (a list item broken at the unit word) names no place called Krai
UNIT_WORDS_ALONE = {"krai", "kray", "oblast", "okrug", "raion", "rayon", "voivodeship", "canton", "governorate",
                    "department", "prefecture", "province", "provinsi", "region", "county", "state", "district",
                    "municipality", "autonomous region", "special administrative region", "emirate", "parish",
                    "territory", "shire", "borough", "kabupaten", "kota", "regency"}

# -- cue words of twinning and of its documents --------------------------------------------

# a year aimed at, not one the news happened in: "by 2030", "hingga 2045", "Vision 2030", "the 2030 World Expo"
YEAR_AIMED_AT_BEFORE = re.compile(r"\b(?:by|until|till|through|before|hingga|sampai|menuju|target|Vision|Visi|Expo|Agenda)\s+$")
YEAR_AIMED_AT_AFTER = re.compile(r"\s+(?:World\s+)?(?:Expo|Agenda|Olympics|Olympic\s+Games|World\s+Cup|Asian\s+Games)\b")

# words a place's own brand or body puts before its name, never a person's given name ("Destination
# Queenstown", the town's tourism body; "Visit Wales", "Greater Shepparton")
BRAND_BEFORE_PLACE = frozenset({"destination", "visit", "discover", "explore", "greater", "downtown", "uptown",
                                "historic", "global", "invest", "choose", "experience", "team", "welcome"})

CLOSING_YEAR_AFTER = re.compile(r"\s*(?:[.;]|$)")  # a year that ends its sentence or clause

# ports as the parties of a twinning ("the Ports of Valparaiso and Bilbao", "the Bilbao Port Authority"),
# and the words that say a twinning of places, which a port twinning never uses
PORTS_AS_PARTIES = re.compile(r"\b(?:[Pp]orts\s+of|[Pp]ort\s+[Aa]uthorit(?:y|ies)|[Pp]ort\s+[Cc]ompan(?:y|ies)|"
                              r"(?:sea)?ports\b(?!\s+cit))")
PLACES_TWINNED = re.compile(r"(?i:sister[\s-]+(?:cit(?:y|ies)|towns?|provinces?|states?|prefectures?|municipalit)|"
                            r"twin(?:ned)?[\s-]+(?:towns?|cit(?:y|ies))|town\s+twinning|"
                            r"(?:kota|pro[pv]insi)[\s-]+(?:kembar|bersaudara)|"
                            r"friendship[\s-]+(?:cit(?:y|ies)|towns?|provinces?)|(?:city|town)[\s-]+partnership)")
# "sister airports", "a Sister Airport Agreement", "program sister school", "sekolah kembar": bodies twinned,
# which no twinning of their towns follows from
INSTITUTIONS_TWINNED = re.compile(r"(?i:\b(?:sister|twin(?:ned)?)[\s-]+(?:air)?ports?\b|\b(?:sister|twin(?:ned)?)[\s-]+"
                                  r"(?:schools?|hospitals?|universit(?:y|ies)|colleges?|zoos?|librar(?:y|ies)|museums?|"
                                  r"parks?|clubs?|churche?s?|parish(?:es)?|compan(?:y|ies)|newspapers?)\b|"
                                  r"\bsekolah[\s-]+(?:kembar|bersaudara)\b)")
# "You have heard of sister cities, but now ... its very own sister airport": the twinning of towns named
# only as what another tie is likened to
TWINNING_LIKENED = re.compile(r"(?i:\b(?:(?:heard|know|knows|knew|known|familiar)\s+(?:of|about|with)|like|unlike|"
                              r"similar\s+to|akin\s+to|modell?ed\s+(?:on|after)|inspired\s+by|seperti|layaknya|"
                              r"mirip(?:\s+dengan)?)\s+(?:the\s+)?(?:idea\s+of\s+|concept\s+of\s+)?"
                              r"(?:sister[\s-]+cit(?:y|ies)|twin[\s-]+towns?|kota[\s-]+kembar))")

TWINNING = re.compile(
    r"sister(?:[\s-]*(?:city|cities|province|provinces|state|states|town|towns|county|prefecture|region|"
    r"councils?|shires?|municipalit(?:y|ies)|communit(?:y|ies)|villages?"
    # "a Sister Area Agreement with the Government of Yantai" (not "the sister area of the hospital")
    r"|areas?(?=\s+(?:agreements?|relationships?|ties|partnerships?|status)\b)"
    r"|capitals?(?:\s+cit(?:y|ies))?\b)"  # "kerja sama sister capital city dengan Nusantara": two capitals twinned
    # "Bloemfontein is the sister of two prominent Asian cities" (not "the sister of the mayor"), "Cebu City
    # has 22 sisters all over the world" (a count a family does not reach; the word first, then what
    # stands before it: a look-behind tried at every position is slow)
    r"| of\b(?<=\bthe sister of)(?=\s+(?:[\w-]+\s+){0,3}?(?:cit(?:y|ies)|towns?|municipalit(?:y|ies))\b)"
    r"| to\b(?<=\ba sister to)(?=\s+(?:[\w-]+\s+){0,2}?(?:cities|towns|municipalities)\b)"  # "a sister to four cities"
    r"|s\b(?<=\d\d sisters))"
    # ("Toilet Twinning", a charity that links latrines, is no twinning of places)
    # ("the Taipei-Shanghai Twin-City Forum", "the Twin Cities Marathon": an event named so, no twinning)
    r"|twin(?:ned|ning)?[\s-]+(?:town|towns|city|cities)(?![\s-]+(?:forums?|summits?|marathon|conference)\b)|town twinning|twinned with|(?<!toilet )\btwinnings?\b|\btwinned\b"
    r"|\btwin\s+(?:French|German|Italian|Polish|Dutch|Belgian|Spanish|Japanese|Chinese|American|Irish|British|"
    r"English|Welsh|Scottish|Swedish|Norwegian|Danish|Austrian|Czech|Hungarian|Russian|Ukrainian)\s+(?:town|city|village)s?\b"
    r"|\bto\s+['‘\"“]?twin\b|\btwinning\s+(?:with|between)|\b(?:its|their|the)\s+twinning\b"  # "to 'twin' Accrington"
    r"|\bsisterhood\s+(?:(?:city|cities)\s+)?(?:ties|tie|relations|relationship|agreements?|pacts?|accords?|bonds?|contracts?|"
    r"declarations?|protocols?|charters?|memorand(?:um|a|ums))"  # Philippine, Iranian English
    r"|\b(?:declarations?|charters?|protocols?|agreements?|memorand(?:um|a|ums)|treat(?:y|ies)|pacts?)\s+of\s+sisterhood\b"
    # "establishing sisterhood between Ulaanbaatar and Tokyo", "tied Sisterhood connections" (Mongolian English)
    r"|\bsisterhood\s+(?:between|with|connections?|links?)\b|\b(?:establish\w*|tied|ties|forg\w+|sign\w*)\s+(?:\w+\s+)?sisterhood\b"
    r"|\bsister(?:ly)?[\s-]+(?:relationship|relations|ties|links?|partnership)"  # "establishing sister relationship"
    r"|\btwin[\s-]+(?:relationships?|relations|ties|links?|agreements?|partnerships?)\b"  # "the twin relations of Kiev"
    # "Azerbaijani cities of Shamkir ... will become twin with the Georgian cities of Marneuli ...",
    # "Memorandums of twinness" (not "a twin with autism")
    r"|\btwin with\b(?:(?<=become twin with)|(?<=became twin with)|(?<=becomes twin with))|\btwinness\b"
    # "celebrated its 65th anniversary with its twin Saint-Nazaire", "with French twin Saint-Nazaire": the word
    # alone, before the partner's name, after a possessive or a people's adjective (not "the twin Towers")
    r"|\b(?-i:twin)\b(?:(?<=\bits twin)|(?<=\btheir twin)|(?<=\bour twin)|(?<=French twin)|(?<=German twin)|"
    r"(?<=Italian twin)|(?<=Polish twin)|(?<=Dutch twin)|(?<=Spanish twin)|(?<=Irish twin)|(?<=Belgian twin)|"
    r"(?<=Czech twin)|(?<=Swedish twin)|(?<=Danish twin)|(?<=English twin)|(?<=Welsh twin)|(?<=Scottish twin)|"
    r"(?<=Austrian twin)|(?<=Norwegian twin))(?=,?\s+(?-i:[A-Z]))"
    r"|\btwining\s+(?:agreement|relationship|relations|arrangement|charter|programme|program)"  # a common misspelling
    r"|(?<=['’]s\s)sisters\b|\b(?:local|international|foreign|overseas)[”\"']?\s+sisters\b"  # "Bandung's sisters"
    r"|(?:\b|(?<!tidak ber)(?<!lagi ber)(?<!bukan ber)(?<=\bber))kota[\s-]+(?:kembar|bersaudara|persahabatan|bersahabat|berkembar)|pro[pv]insi(?:\s*/\s*prefe[ck]ture?)?[\s-]+kembar"  # (and "berkota-kembar"; "provinsi/prefecture kembar")
    # (not a likeness: Nunukan and Tawau "sudah ibarat 'saudara kembar'", like twin siblings)
    r"|daerah[\s-]+kembar|\bkembaran(?:nya)?\b|(?<!ibarat\s)(?<!ibarat\s[\"“'‘])(?<!bagaikan\s)(?<!bagaikan\s[\"“'‘])"
    r"(?<!seperti\s)(?<!seperti\s[\"“'‘])(?<!layaknya\s)(?<!laksana\s)(?<!\bbak\s)saudara\s+kembar|kota[\s-]+kembaran|friendship[\s-]+(?:city|cities|towns?|province)|kota yang bersahabat"
    r"|kota[\s-]+saudara|pro[pv]insi[\s-]+(?:bersaudara|saudara)|partner[\s-]+(?:city|cities|town|towns)"
    # "Twin (Sister) cities": the two words, one given as the other's gloss
    r"|\b(?:twin|sister|partner)\s*\((?:twin|sister|partner)\)\s*(?:cit(?:y|ies)|towns?)\b"
    # "a friendship link with Kingston", "Friendship links are being proposed between Oxford and Ramallah": the
    # British councils' word for a looser twinning
    r"|\bfriendship[\s-]+links?\b"
    # "entered into a sibling city relationship" (Korean English)
    r"|\bsibling[\s-]+(?:city|cities)\b"
    # a partner city as Indonesian writes it ("dengan kota mitra seperti Surabaya"; not "kota mitra bisnis")
    r"|\bkota(?:-kota)?\s+mitra\b(?!\s+(?:bisnis|dagang|usaha|investasi|ekonomi|perdagangan|strategis))"
    # "provinsi sahabat", "kesepakatan mengenai kota sahabat": a friendship province or city (not a city
    # friendly to children, the elderly or walkers: "kota sahabat anak")
    r"|\b(?:kota|pro[pv]insi|daerah)[\s-]+(?:sahabat|persahabatan|bersahabat)\b(?!\s+(?:anak|lansia|disabilitas|difabel|"
    r"perempuan|keluarga|lingkungan|pejalan|pesepeda|investor|investasi|wisatawan))"
    # "Franco-German city partnerships", "the town partnership with Nyíregyháza" (the German Städtepartnerschaft)
    r"|\b(?:city|town|municipal)[\s-]+partnerships?\b"
    r"|sister[\s-]+provincial|twin[\s-]+(?:province|provinces|region|regions|state|states)"
    r"|persahabatan\s+(?:kedua|antara)\s+(?:kota|daerah|provinsi)|(?:perjanjian|kerja\s?sama|nota\s+kesepahaman)\s+persahabatan|friendship(?:\s+and\s+cooperation)?\s+between\s+the\s+two\s+cities"
    # "the 25th anniversary of the establishment of friendly relationship between Zhejiang Province and
    # Tochigi", "the 30th anniversary of their friendship relations": years of a friendship tie, counted (not
    # "of their friendship over dinner", two mayors', nor "of the friendship treaty between Japan and Indonesia")
    r"|anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?(?:their\s+|the\s+)?(?:friendship|friendly)\s+"
    r"(?:relation(?:s|ship)s?|ties)\b(?!\s+between\s+(?:the\s+)?(?:two\s+)?(?:countries|nations))"
    # the English of Chinese, Vietnamese and Korean local governments: "friendly city", "a friendship
    # MoU", "friendly and cooperative relations" between two localities
    # (not a town's slogan, "Athens, Tennessee – The friendly city", unless a partner or a tie follows)
    r"|(?<!\bthe\s)friendly[\s-]+(?:city|cities|province|provinces)"
    r"|(?<=\bthe\s)friendly[\s-]+(?:city|cities|province|provinces)(?=\s+(?:of|with|for|relations?|relationships?|"
    r"agreements?|ties|status|partnerships?|pacts?|exchanges?)\b)|friendship(?:\s+and)?(?:\s+cooperation)?[\s-]+(?:memorandum|MoU|MOU|agreement|pact)"
    # ("have established friendly and cooperative urban relations")
    r"|friendly\s+(?:and\s+)?cooperati(?:ve|on)\s+(?:urban\s+|city\s+)?(?:relation(?:s|ship)|ties)"
    # "an Agreement on establishing friendly relations between the two cities" (not between two countries)
    r"|friendly\s+relation(?:s|ships?)\s+between\s+(?:the\s+)?(?:two\s+)?(?:cities|towns|municipalities)\b"
    # "Nur-Sultan capital city and Hanoi set up friendship relationship when signing a memorandum"
    r"|\b(?:set\s+up|established|establish|forged|forge)\s+(?:a\s+)?friendship\s+relation(?:s|ships?)\b"
    # "signing a friendly exchange agreement between the two cities" (Korean local governments)
    r"|(?:friendly|friendship)\s+exchange\s+(?:agreement|city|cities|relations?)"
    # "Hokkaido Government established a friendship affiliation with Jeju" (Japanese prefectures' English)
    r"|friendship\s+affiliations?"
    # "Poti becomes friend city for Maardu" (Georgian English); "a memorandum on friendly exchanges
    # between Yiwu City and Roseau City" (Chinese local governments' English)
    r"|\bfriend[\s-]+(?:city|cities|towns?)\b|(?:memorandum|agreement|MoU|MOU)\s+(?:on|of|for)\s+friendly\s+exchanges?\b"
    # "an amity agreement between the two cities" (Taiwanese and Japanese English), "the brotherhood
    # agreement signed between the two cities" (Egyptian and Turkish English)
    # (written behind a look-behind, so that the alternation's first letters stay few: see prefilter)
    r"|(?<=\bamity\s)(?:agreements?|city|cities|relations(?:hips?)?|ties|pacts?|accords?)\b"
    r"|(?<=\bbrotherhood\s)(?:agreements?|city|cities|relations(?:hips?)?|ties|pacts?|accords?)\b"
    # "maintains bonds of brotherhood with other ancient cities" (Latin American English), and the Spanish
    # words such English keeps: "ciudades hermanas"
    # (the match begins at the cities, so that the pattern's first letters stay those of its other words)
    r"|(?:(?<=\bbonds\sof\sbrotherhood\swith\s)|(?<=\bties\sof\sbrotherhood\swith\s)|(?<=\bbond\sof\sbrotherhood\swith\s))"
    r"(?:(?:other|ancient|many|several|foreign|sister|twin)\s+)*(?:cities|towns|municipalities)\b"
    r"|\bciudad(?:es)?\s+hermanas?\b"
    # "a Memorandum of Understanding on cooperation, exchange and friendship" between two localities
    # ("the Memorandum of Understanding (MOU) for the Partnership of Friendship and Cooperation")
    r"|(?:memorandum\s+of\s+understanding(?:\s*\((?:MoU|MOU)\))?|MoU|MOU|agreement)\s+(?:on|for)\s+(?:[\w-]+,?\s+){0,3}?"
    r"(?:and\s+)?friendship\b"
    # "the town has been partnered with Langenau", "was paired with Villenave d'Ornon", "Addis Ababa and
    # Khartoum were paired on 25 December 2010": verbs of twinning (read only in an article that speaks of
    # twinning); one alternative opening with 'p', so that the pattern keeps its prefilter (prefilter.py)
    r"|\b(?:partnered|paired)\s+(?:up\s+)?(?:with|on|in|since)\b",
    re.I)
# "Sister City Cafe": a business named after the idea, not a twinning
BUSINESS_NAMED = re.compile(r"\s+(?:Cafe|Café|Kafe|Coffee|Kopi|Restaurant|Resto|Hotel|Bar|Shop|Store|Band|Film|Movie|"
                            r"Apartment|Residence|Boutique|Bakery|"
                            # "the annual twin-city forum between Taipei and Shanghai": a forum, no twinning;
                            # "Sister Cities International", the American body, names no tie of its own, nor
                            # do "Sister Cities Australia" and "Sister Cities New Zealand", the national bodies
                            r"[Ff]orums?|International|Australia|New\s+Zealand"
                            # "the Shanghai International Friendship Cities Cooperation Forum", "the Sister
                            # Cities Youth Summit": an event named for ties in general
                            r"|(?:[A-Z][\w-]*\s+){1,2}(?:Forums?|Summits?|Conferences?))\b")
DOCUMENT = re.compile(r"\b(?:LoIs?|LOIs?|MoUs?|MOUs?|(?:Letters?|Protocols?|Declarations?) of Intent|Memorand(?:um|a|ums)|nota kesepahaman|kesepahaman|"
                      r"perjanjian|agreements?|pernyataan (?:minat|kehendak)|kesepakatan|piagam|charters?|"
                      # "The document was signed in Tashkent on 8 February": the agreement of the sentence before
                      r"(?<=the )document(?=\s+was\s+signed)|dokumen(?=\s+(?:itu|tersebut)\s+ditandatangani))\b", re.I)
# "Mitra lainnya adalah ...", "Bogor's partners X, Y and Z": in an article about twinning, the
# partners of a place are its twins.
PARTNERS = re.compile(r"\b(?:mitra|partners)\b", re.I)
# ("the bond between Scranton and the city of Ballina": a tie named so)
WEAK = re.compile(r"kerja\s?sama|cooperation|relationship|hubungan|partnership|kemitraan|\bties\b|\blinks?\s+with\b|"
                  # ("Nashville will partner with Erbil", after "the newest sister city relationship could soon be
                  # formalized")
                  r"\bpartner(?:s|ing)?\s+with\b|"
                  # (behind its article, so that the sentence gate's first letters stay as few as they are)
                  r"\b(?:the|a|this|that|their|its|our|strong|close|special|long)\s+bonds?\s+between\b", re.I)
# Any word that makes a sentence worth reading for relations: twinning, a document, cooperation, partners
RELEVANT = re.compile("|".join(p.pattern for p in (TWINNING, DOCUMENT, WEAK, PARTNERS)), re.I)
ANAPHOR = re.compile(r"\b(?:tersebut|kerja\s?sama ini|perjanjian ini|kesepakatan ini|MoU ini|kedua kota|"
                     r"kedua pihak|kedua daerah|kedua belah pihak|both cities|both parties|the two cities|"
                     r"the two parties|this cooperation)\b", re.I)
FIELDS = [
    ("employment", r"ketenagakerjaan|tenaga kerja|pekerja|pengangguran|employment|jobs?|labou?r"),
    ("trade", r"perdagangan|dagang|trade"), ("tourism", r"pariwisata|wisata|tourism"),
    ("education", r"pendidikan|education|beasiswa|scholarship"), ("culture", r"budaya|kebudayaan|cultur\w*"),
    ("economy", r"ekonomi|economy|economic"), ("health", r"kesehatan|health"),
    ("agriculture", r"pertanian|agricultur\w*|agro"), ("investment", r"investasi|investment"),
    ("environment", r"lingkungan|environment\w*"), ("waste management", r"sampah|limbah|waste"),
    ("sports", r"olahraga|sports?"), ("technology", r"teknologi|technology"),
    ("youth", r"pemuda|youth"), ("urban development", r"pengembangan kota|tata kota|urban"),
    ("public services", r"pelayanan publik|public service"), ("social", r"sosial|social"),
]
FIELD_PATTERNS = [(name, re.compile(rf"\b(?:{cue})", re.I)) for name, cue in FIELDS]
FIELD_CONTEXT = re.compile(r"bidang|sektor|lingkup|meliputi|field|sector|scope|include|kerja\s?sama|cooperation",
                           re.I)
# "Kamar Dagang dan Industri (Kadin) Kabupaten Bekasi", "KBRI Tokyo": an initiating body and its place
INITIATOR = re.compile(r"((?:" + "|".join(INITIATING_BODIES) + r")(?: (?:Kabupaten|Kota|Provinsi) )?(?:\s?[A-Z][\w]+){0,2}"
                       r"|" + "|".join(MINISTRIES) + r")")
INITIATIVE = re.compile(r"inisiasi|prakarsa|diprakarsai|initiat\w+|difasilitasi|fasilitasi|facilitat\w+|"
                        r"didampingi|jajaki|menjajaki|mengajak|ajak", re.I)
SEPARATOR_PAIR = re.compile(r"^\s*[-–—]\s*$")
BETWEEN = re.compile(r"\b(?:antara|between)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)
TWINNING_OF_BEFORE = re.compile(r"\b(?:twinning|partnership|sister[\s-]city\s+(?:relationship|agreement))\s+of\s+"
                                r"(?:the\s+)?$", re.I)
TWINNING_WORD_AFTER = re.compile(r"\s+(?:twinning|sister[\s-]cit(?:y|ies)|twin[\s-]towns?|kota\s+kembar)\b", re.I)
# "antara Kota Kediri – Kota Yiwu", "between the cities of Nantong and Zvezdara": the pair a sentence names
BETWEEN_RIGHT_BEFORE = re.compile(r"\b(?:antara|between)\s+(?:the\s+)?(?:(?:cities|towns|kota|city|town)\s+(?:of\s+)?)?"
                                  r"(?:(?:kota|kabupaten|kab\.?|provinsi|pemkot|pemkab|pemprov|the\s+city\s+of)\s+)?$", re.I)
# an Indonesian unit word that opens a mention's surface ("Kota Semarapura", "Pemkab Klungkung")
INDONESIAN_UNIT_SURFACE = re.compile(r"(?:Pemerintah\s+)?(?:Kota|Kabupaten|Kab\.|Pemkot|Pemko|Pemkab)\s")
# ("between Tema, Ghana, and the UK's Royal Borough of Greenwich": the first's country after it, the
# second's before it, whose names the parties no longer hold)
BETWEEN_PAIR_GAP = re.compile(r"^\s*(?:,\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s*,\s*)?"
                              r"(?:[-–—]|dan|and|&|dengan|with)\s*(?:the\s+(?-i:[A-Z])[\w.]*['’]s\s+)?"
                              r"(?:(?:kota|kabupaten|kab\.?|provinsi|the\s+city\s+of)\s+)?$", re.I)
AND_WITH = re.compile(r"^\s*(?:,\s*)?(?:dan|dengan|and|with|serta)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
PART_OF = re.compile(r"^\s*,?\s*(?:yang\s+)?(?:merupakan|adalah|is|was)?\s*(?:a\s+)?(?:bagian\s+(?:dari|wilayah)|"
                     r"part\s+of|located\s+in|terletak\s+di)\s+(?:the\s+)?"
                     r"(?:provinsi|propinsi|province\s+of|prefektur|negara\s+bagian|state\s+of)?\s*$", re.I)
# "the cities of Dashkesan, Shamkir and Agstafa" with the first unread: a name after "of" or a list's
# separator, and a comma, right before a list's first read item (not "On Monday, Osaka and Kyoto")
UNREAD_ITEM_BEFORE = re.compile(r"(?:[,;:]\s*|\bof\s+)(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s*,\s*$")
# what may stand between an item and the country that locates it: "Marneuli, Georgia", "Dubai in the UAE"
QUALIFIER_BEFORE_ITEM = re.compile(r"[\s,]*(?:in\s+)?(?:the\s+)?")
LIST_NEXT = re.compile(r"\s*(?:,\s*(?:dan\s+|and\s+|serta\s+)?|\s+(?:dan|and|serta)\s+)([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)")
# the rest of a name after its first capitalised words ("San Pedro| de las Colonias")
NAME_REST = re.compile(rf"(?:\s{_SMALL_WORDS}?[A-Z][\w'’.-]*)*")
# "A dan B, Indonesia dan Maroko": B is the second of two joined names, and a second country follows
# the first (each place's country, in order)
JOINED_BEFORE = re.compile(r"\b(?:dan|and|serta|&)\s+(?:[Kk]ota\s+|the\s+city\s+of\s+)?$")
JOINED_NEXT = re.compile(r"\s*,?\s*(?:dan|and|serta|&)\s+([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)")
# Between two items of a list once their countries and brackets are set aside: "Kota Chengdu Cina (2002), George Town"
LIST_ITEM_GAP = re.compile(r"\s*(?:(?:in|di)\s+(?:the\s+)?)?"
                           # "Liverpool pada 1997, Barcelona", "Navarra Province in November 2003"
                           r"(?:(?:pada|in|since|sejak)\s+(?:tahun\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s*|\((?:sejak\s+|since\s+)?\d{4}\)\s*)?"
                           r"(?:[,;]\s*(?:dan|and|serta|as well as|hingga|atau|or|&)?|dan|and|serta|"
                           r"as well as|hingga|atau|or|&)\s*(?:the\s+)?(?:kota\s+|city of\s+)?", re.I)
# "Aside from Xiamen, Cebu City's sister cities include ...", "Selain dengan Busan, Surabaya juga ...": the
# place after this opener is set aside from the clause's subject, and the comma after it ends that phrase
ASIDE_FROM_LEAD = re.compile(r"(?:^|[;:]\s*)\W*(?:aside\s+from|apart\s+from|besides|in\s+addition\s+to|other\s+than|"
                             r"selain(?:\s+dengan|\s+di)?)\s+(?:the\s+city\s+of\s+|kota\s+|kabupaten\s+)?$", re.I)
# A list whose items are set apart by semicolons ("A, Country; B, Region, Country; and C"): the
# commas inside an item only locate its place
SEMICOLON_LIST = re.compile(r";[^;]+;")
# What may follow a list item's place up to the semicolon that ends it: the names that locate it,
# whether or not they were read as places ("Tacoma, Washington, United States; Vladivostok")
# ("Seoul in Korea; Brighton", so too after "in"; "Seville, Spain; 1972, Kurashiki": an item may open with its year)
SEMICOLON_ITEM_REST = re.compile(r"(?:\s*(?:,|\bin)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*\s*,?\s*;\s*"
                                 r"(?:(?:and|dan|serta)\s+)?(?:\d{4}\s*[,:–-]?\s*)?(?:the\s+)?(?:kota\s+|city of\s+)?")
# "seperti Penang, Ichikawa dan Chengdu": the words between two items of a list.
LIST_GAP = re.compile(r"^\s*(?:,\s*(?:dan|and|serta|&)?|dan|and|serta|&)\s*$")
# "Songpa-gu, a district of Seoul", "Fuqing, sebuah kota di Fujian", "Anxi County in China's Fujian",
# "Ganghwa-gun, Kota Metropolitan Incheon" (unit words the mention left out): the second place only
# locates the first.
QUALIFIER_GAP = re.compile(
    r"^\s*(?:,|\(|/)?\s*(?:(?:[Aa]|[Aa]n|[Ss]ebuah|[Ss]alah satu)\s+(?:\w+\s+)?(?:district|ward|borough|suburb|city|"
    r"town|county|kota|distrik|kecamatan|kabupaten|daerah)\s+(?:of|in|di)\s+(?:the\s+)?|"
    # "Fengdu County in southwest China's Chongqing Municipality"
    r"(?:in|di|of)\s+(?:the\s+)?(?:(?:(?:north|south|east|west|central)(?:ern|east|west|-east|-west)?|"
    r"(?:north|south)-?(?:east|west)(?:ern)?)\s+)?(?:[A-Z][\w ]*['’]s\s+)?|"
    r"(?:(?:Kota|Provinsi|Daerah|Metropolitan|Otonom|Khusus|Istimewa|Special|Autonomous)\s+)+|"
    # "Xining, situated in the western province of Qinghai", "/Republic of Udmurtia ...": where it lies
    r"(?:(?:which|that)\s+(?:is|lies)\s+)?(?:situated|located|lying)\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)"
    r"(?:ern|east|west|-east|-west)?(?:ern)?\s+)?(?:(?:province|state|region|prefecture|oblast)\s+of\s+)?)?$")
# "Located in the northwest of Japan's Miyazaki Prefecture, Takachiho ...", "which lies in the state of":
# the region after it says where a place lies, it is no party
LOCATED_IN_BEFORE = re.compile(r"\b(?:[Ll]ocated|[Ss]ituated|[Ll]ying|lies|[Tt]erletak)\s+(?:in|at|di)\s+(?:the\s+)?"
                               r"(?:(?:far\s+)?(?:north|south|east|west|central|heart|middle|centre|center)(?:ern|east|west|"
                               r"-east|-west)?(?:ern)?\s+(?:part\s+)?(?:of\s+)?(?:the\s+)?)?(?:[A-Z][\w ]*['’]s\s+)?"
                               r"(?:(?:province|state|region|prefecture|oblast|county)\s+of\s+)?$")
# the points of the compass and the units of distance that say where one place lies from another
_COMPASS_POINT = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_DISTANCE_UNIT = r"(?:miles?|km|kilometres?|kilometers?|kilometer)"
# "Bischofsheim, near Frankfurt": the second place only says where the first lies
NEAR_GAP = re.compile(r"^\s*,?\s*(?:(?:is|lies|sits|which is|located|situated|lying|which lies|terletak)\s+)?(?:(?:about|some|around|sekitar)\s+)?"
                      rf"(?:\d[\d,.]*\s*{_DISTANCE_UNIT}\s+)?(?:to the\s+)?"
                      r"(?:near|outside|close to|not far from|(?:di\s+)?dekat|tak jauh dari|tidak jauh dari|"
                      rf"{_COMPASS_POINT}\s+of|"
                      r"(?:di\s+)?sebelah\s+(?:utara|selatan|timur|barat)(?:\s+laut|\s+daya)?)\s+"
                      r"(?:the\s+)?(?:(?:[A-Z]\w+\s+){0,2}capital\s+(?:of\s+)?)?(?:city of\s+|kota\s+)?$", re.I)
# "Fano, a resort town on the east coast, near Rimini", "Ploubezre, which is about two miles from Lannion":
# a name right after words of nearness or distance only says where another place lies, wherever that is named
LOCATOR_BEFORE = re.compile(r"(?:\b(?:[Nn]ear|close to|not far from|tak jauh dari|tidak jauh dari)|\boutside(?:\s+of)?|"
                            # "Sceaux, a town south of Paris", "ten miles to the north of Leeds", "just South of
                            # Paris" (a capital a web page gives the point)
                            rf"\b(?:[Jj]ust\s+|[Dd]ue\s+)?(?i:{_COMPASS_POINT})\s+of|"
                            # "a Breton town between Rennes and Lorient", "midway between London, England and
                            # Edinburgh": both ends of a stretch a town lies on, each maybe with its country
                            # (not "the sister town between ..."; a city is seldom placed so)
                            r"(?<!sister )(?<!twin )\b(?:town|village|commune|hamlet|resort|port|located|situated|lies|"
                            r"lying|sits|halfway|midway)\s+between(?:,?\s+[A-Z][\w'’.-]*){0,3}(?:\s+and)?|"
                            r"\b(?:\d[\d,.]*|a few|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
                            rf"thirty|forty|fifty)\s*{_DISTANCE_UNIT}\s+from|"
                            # "Orleans, France, which is an hour from Paris", "a short drive from Leeds": time away
                            # (said of where a place lies, not of a journey: "a coach journey of five hours from
                            # Cheltenham" names where it began)
                            r"(?:\b(?:is|lies|sits|located|situated|just|only)|,)\s+(?:(?:just|only|about|some|around|roughly|a)\s+)?"
                            r"(?:an?|half\s+an|one|two|three|four|five|twenty|thirty|forty|\d+)[\s-]+(?:hours?|minutes?|mins)"
                            r"(?:['’]s?)?(?:\s+(?:drive|ride|train\s+ride|journey|flight))?(?:\s+away)?\s+from|"
                            r"\ba\s+short\s+(?:drive|ride|train\s+ride|journey|flight)\s+(?:away\s+)?from)"
                            r"\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+|kota\s+)?$")
# "Mexico's Laredo consulate", "Mexico's Laredo counterpart": a country's office in a town, or the town's
# match there, which the possessive does not place
OFFICE_OF_A_COUNTRY_AFTER = re.compile(r"\s+(?:[Hh]onorary\s+)?(?:[Cc]onsulate|[Cc]onsul|[Ee]mbassy|[Tt]rade\s+[Oo]ffice|"
                                       r"[Mm]ission|[Oo]ffice|counterparts?|namesakes?|equivalents?)\b")
# "between California and the Guangdong Province", "Federal Way and Hachinohe": two sides joined; the
# first may carry its unit word written small, the second its country ("Washington state and Japan's
# Hyogo prefecture", "Jilin province and Ohio")
SIDES_JOINED_GAP = re.compile(r"^(?:\s+(?:state|province|prefecture|county|region))?"
                              r"\s+(?:and|dan|with|dengan|&)\s+(?:the\s+)?(?:[A-Z][\w]+['’]s\s+)?$")
# "New England", "Denzel Washington": a capitalised word right before a name, which is then part of a longer one
CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
# "The Washington and Beijing governments", "Long Island and Kyoto students": two names as adjectives of people
# or bodies, not as the sides of a twinning
PAIR_AS_ADJECTIVES_AFTER = re.compile(r"\s+(?:governments?|officials|investors|fans|students|leaders|delegates|delegations|"
                                      r"firms|companies|businesses|teams|universities|markets|residents|people|"
                                      r"communities|families|youth|children|visitors|tourists|players|artists)\b")
# "outside Fresno City Hall": the words of nearness are about a building the place's name begins
BUILDING_AFTER = re.compile(r"\s+(?:[Cc]ity|[Tt]own|[Cc]ounty|[Cc]ivic)?\s*(?:[Hh]all|[Cc]entre|[Cc]enter|[Cc]ouncil|"
                            r"[Oo]ffices?|[Hh]eadquarters|[Ll]ibrary|[Ss]tation|[Aa]irport)\b")
# "between Somerton, Arizona and Puerto Peñasco": "between" names two, so a place after the first name and
# its comma, before "and", says where the first lies and begins no list
BETWEEN_NAME_COMMA_BEFORE = re.compile(r"\b(?:between|antara)\s+(?:the\s+)?(?:(?:city|town|kota)\s+(?:of\s+)?)?"
                                       r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),\s*$")
ROUTE_TO = re.compile(r"\b(?:flights?|routes?|rute|penerbangan|pelayaran|shipping|ferry|kapal)\b[^.;,]{0,25}?"
                      r"\b(?:between|from|antara|dari|to|ke)\s+(?:the\s+)?$", re.I)
# "when Penang's chief minister visited Banda Aceh": a place visited is where, unless something is signed
VISITED = re.compile(r"\b(?:visit(?:ed|s|ing)?|mengunjungi|berkunjung\s+ke)\s+(?:the\s+)?$", re.I)
OWNER = re.compile(r"['’]s\s+(?:other\s+|former\s+|existing\s+)?(?:sister|twin|partner|friendship)", re.I)
# Between two items of a list, other items the gazetteer may not know: ", Saint-Pierre dan ", ", X, Y and "
LIST_WITH_UNKNOWN_ITEMS = re.compile(r"(?:\s*,\s*(?:(?:dan|and|serta)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})+"
                                     # ("Delhi, Isfahan, Mashad, Ankara": an item the gazetteer lacks, between commas)
                                     r"(?:\s*,?\s*(?:dan|and|serta|&)\s*|\s*,\s*)")
# The words before a list's last item: "A, B dan C", "A, B and C"
LIST_END = re.compile(r"\b(?:dan|and|serta)\b|&", re.I)
# "agreements with Hamamatsu and Suwon", "kota kembar seperti Penang dan Ichikawa": the words before a
# list that make its items the partners (or examples) of another place, not a pair of their own
LIST_OF_OTHERS_LEAD = re.compile(r"\b(?:with|dengan|bersama|including|includes?|such\s+as|like|seperti|"
                                 r"antara\s+lain|di\s+antaranya|yakni|yaitu|namely|termasuk)\s+"
                                 r"(?:(?:the\s+)?(?:cities|city|towns?|kota(?:-kota)?)\s+(?:of\s+)?)?$"
                                 # "Other Sister Cities: Greenwich, United Kingdom; Roanoke, USA.", "its duo of twin
                                 # towns, Metzingen and Noyon"
                                 # ("all four of our twin towns; Hurth, Les Ulis, ...": a semicolon for the colon)
                                 r"|\b(?:sister|twin|partner|friendship)[\s-]*(?:cities|towns|provinces|states)\s*[:;]\s*$"
                                 # (an owner's, not "between our 2 sister cities, George Town and Adelaide" nor
                                 # "Britain's oldest twin towns, Keighley and Poix-du-Nord")
                                 r"|(?:\bits|\btheir)\s+(?:[\w-]+\s+){0,3}?(?:sister|twin|partner|friendship)[\s-]*"
                                 r"(?:cities|towns|provinces|states)\s*,\s*$", re.I)
# "Bandung and Surabaya are twinned with Braunschweig and Seattle respectively": two lists matched item by item
RESPECTIVELY = re.compile(r"\b(?:respectively|masing-masing)\b", re.I)
# "Bogor dan Bandung membahas sister city dengan kota-kota di luar negeri": partners are sought elsewhere
ABROAD = re.compile(r"\b(?:abroad|overseas|foreign|luar negeri|mancanegara|negara lain|other countries|asing)\b", re.I)
# The words between two partners: "A dengan B", "A with B"; "A dan B", "A and B", "A-B"
JOINING_WITH = re.compile(r"\b(?:dengan|with)\b", re.I)
# One agreement of three places: "a tripartite twinning agreement", "kerja sama trilateral"
THREE_WAY = re.compile(r"\b(?:tripartite|trilateral|three-way|three-sided|segitiga|tiga\s+kota)\b", re.I)
BETWEEN_BEFORE = re.compile(r"\b(?:between|antara)\s+(?:the\s+(?:cities|towns)\s+of\s+)?$", re.I)
# Twinning spoken of in general: what municipalities can or should do ("municipalities of Ukraine can use
# the guidelines to enter into twinning agreements", "pemerintah daerah dapat menjalin kerja sama sister city")
GENERAL_ADVICE = re.compile(r"\b(?:municipalities|local\s+(?:governments|authorities)|cities|towns|communities|"
                            r"councils|pemerintah\s+daerah|pemda|kota-kota|daerah-daerah)\b[^.;]{0,60}?"
                            r"\b(?:can|(?-i:may)|could|should|dapat|bisa|boleh|perlu)\b", re.I)
# After "A and B": words that make the two the pair ("are set to celebrate their 25th year of being sister
# cities", "have been twinned since 1962", "merayakan 30 tahun persahabatan mereka"), not items of a third
# place's list; "became sister cities of C" (BECOME_PARTNERS_OF) is the other reading
PAIR_PREDICATE_AFTER = re.compile(
    r"\s*,?\s*(?:[^.;:]{0,60}?\b(?:their|mereka)\b[^.;:]{0,30}?\b(?:sister|twin|twinning|kembar|friendship|"
    r"persahabatan|partnership)\b|(?:are|were|have\s+been|had\s+been|became|become)\s+(?:\w+\s+)?(?:sister|twin)[\s-]"
    r"(?:cities|towns|provinces|states|regions)\b(?!\s+(?:of|with|dari)\b)|(?:are|were|have\s+been|had\s+been)\s+"
    r"twinned\b(?!\s+with\b))", re.I)
# "the County of Kauai", "the Borough of Wyomissing": an English unit word before "of", which the
# gazetteer may hold after the name ("Kauai County")
UNIT_OF_BEFORE_NAME = re.compile(r"\b(County|City|Municipality|District|Shire|Borough|Township|Province|Prefecture)"
                                 r"\s+of$", re.I)
# "Meeting in Kuala Lumpur on Monday, Medan and ...", "Di sela pertemuan di KL, Pemkot Padang dan ...": what
# stands between a venue opening the sentence and the first of two sides joined after it
OPENING_VENUE_GAP = re.compile(r"^(?:[^.;:,]{0,60},\s*){1,2}(?:the\s+)?(?:(?:mayors?|officials?|delegations?|governments?|"
                               r"leaders|wali\s+kota|bupati|pemkot|pemkab|pemprov|pemerintah|kota|kabupaten|"
                               r"provinsi)\s+(?:of\s+|from\s+|dari\s+)?)?$", re.I)
# ", Tainan and Taipei in Taiwan": a list goes on after the two, or places them
LIST_GOES_ON = re.compile(r"\s*(?:,|\b(?:in|di)\b)")
# "Laoag City, Honolulu County renew sisterhood ties": a verb of two subjects right after the second
# name (a headline's "and" written as a comma): the county does not place a town the gazetteer lacks there
JOINT_VERB_AFTER = re.compile(r"\s+(?:renew|sign|ink|seal|mark|celebrate|forge|cement|strengthen|deepen|agree|"
                              r"formali[sz]e|establish|affirm|reaffirm|explore|discuss|launch)\b(?!-)",
                              re.I)  # (a headline capitalises it: "Cebu, Fujian Strengthen Sisterhood Ties")
# Right before a twinning word, its denial: "bukan dalam bentuk kota kembar", "not as sister cities", "rather
# than a twin town"
DENIED_BEFORE = re.compile(r"\b(?:bukan|not|rather\s+than|instead\s+of)\s+(?:(?:dalam|in)\s+(?:bentuk|the\s+form\s+of)\s+|"
                           # ("is not the same as the twin city agreement")
                           r"(?:as|sebagai)\s+|an?\s+|the\s+same\s+as\s+|the\s+)*$", re.I)
# a sentence that opens on what the one before told ("It is not the same as the twin city agreement")
POINTS_BACK_OPENING = re.compile(r"^(?:It|This|That|Ini|Itu|"
                                 r"(?:The|This|That)\s+(?:memorandum|agreement|document|MoU|deal)|"
                                 r"(?:MoU|Kerja\s+sama|Perjanjian|Nota\s+kesepahaman)\s+(?:itu|ini|tersebut))\b")


# "By Matthew Hoekstra - Richmond Review", "Oleh: Rina - Antara", "Photo: ...": a writer's or photographer's
# credit, which a dash joins to the paper's name (the words opening one, and written small after a name)
_BYLINE_WORDS = ("By", "Oleh", "Photo", "Foto", "Reporter", "Penulis", "Editor")
BYLINE_OPENING = re.compile(rf"(?:{'|'.join(_BYLINE_WORDS)})\b")
BYLINE_PAPER_BEFORE = re.compile(r"\b(?:By|Oleh)\s+(?:[A-Z][\w.'’-]*\s+){1,4}[-–—|]\s+$")
BYLINE_BEFORE = re.compile(rf"\b(?:{'|'.join(f'[{w[0]}{w[0].lower()}]{w[1:]}' for w in _BYLINE_WORDS)})\s*:?\s*$")
# "which is already twinned with Wertheim, ...", "already has sister cities in": the ties a place has, listed
ALREADY_TWINNED_BEFORE = re.compile(r"\balready\s+(?:been\s+)?(?:twinned|partnered|paired)\s+with\s+(?:the\s+)?$|"
                                    r"\balready\s+(?:has|have|had)\s+(?:\w+\s+){0,3}?(?:sister|twin)[\s-]"
                                    r"(?:cities|towns)\s*(?:[:,]|in|with|including|include)?\s*$", re.I)
# "Our sister cities are", "Selwyn's twin towns include", "has sister cities in": the words before a list of
# one place's partners (whose items are that place's partners, not each other's)
PARTNERS_LIST_OPENING = re.compile(r"\b(?:sister|twin|partner|friendship)[\s-](?:cities|towns)\s+(?:are|were|include|"
                                   r"including|in|such\s+as|namely)\s*:?\s*(?:the\s+)?$"
                                   # "our twin towns of Le Mans in France and Paderborn" (not "the twin towns of A and
                                   # B", a pair)
                                   r"|\b(?:our|its|their)\s+(?:\w+\s+)?(?:sister|twin|partner|friendship)[\s-](?:cities|towns)\s+of\s+$",
                                   re.I)
# "spoke no English", "in Japanese", "English lessons": a language, not a people (matched in folded text)
LANGUAGE_NAMED = re.compile(r"\b(?:speak|speaks|spoke|spoken|speaking|learn|learns|learned|learning|learnt|teach|"
                            r"teaches|taught|teaching|study|studied|studying|fluent\s+in|"
                            # "allows translation to English", "translated into Swedish", "subtitled in German"
                            r"(?:translat\w*|subtitled|dubbed|written|published|available)\s+(?:in|into|to))\s+(?:no\s+|little\s+|some\s+|"
                            r"fluent\s+|basic\s+)?[a-z]+(?=\s)|\b[a-z]+(?=\s+(?:language|lessons?|classes|class|"
                            r"teachers?|speakers?|-speaking|speaking|words?|translation|subtitles)\b)")
# "Kitchener and Waterloo called themselves the Twin Cities": a name two neighbours give themselves, no tie
# ('jointly referred to as "Kitchener-Waterloo" (K-W), or "the Twin Cities"': or another name before it)
NICKNAMED_BEFORE = re.compile(r"\b(?:called|calls|call|known\s+as|dubbed|nicknamed|referred\s+to\s+as|billed\s+as)\s+"
                              r"(?:themselves\s+|itself\s+)?(?:[^.;]{0,50}?\bor\s+)?"
                              r"[\"“'‘]?(?:the\s+)?[\"“'‘]?$", re.I)
# a question that asks whether ("Berlin and Tel Aviv: Two Sister Cities?"), not why or since when, nor one
# that tells ("Did you know Philadelphia has sister cities?")
_ASKING_WHAT_IS = re.compile(r"\b(?:why|how|when|what|where|which|who|whose|mengapa|kenapa|bagaimana|kapan|"
                             r"did\s+you\s+know|tahukah)\b", re.I)


# "Supporters of Leeds United have had friendship links with fans of Borussia Dortmund": clubs' or schools' links
LINKS_OF_BODIES = re.compile(r"\b(?:supporters|fans|clubs?|teams?|schools?|pupils|universit(?:y|ies)|colleges?|"
                             r"churche?s?|parish(?:es)?|choirs?|hospitals?)\b", re.I)


# "Hosted by Iowa Sister States, the event ...": a body named for ties after its place, written with capitals (not
# "the Lincoln Twinning Association", a body only a town that twins has; nor "the signing of Bandung Sister City
# Agreement", "the launch of Boulder Sister Cities with Dushanbe")
BODY_NAMED_FOR_TIES_BEFORE = re.compile(r"\b(?:by|from|of|for|at)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*"
                                        r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s+$")
BODY_NAMED_FOR_TIES = re.compile(r"Sister[\s-]+(?:Cities|States)\b"
                                 # (not the body signing: "Spokane Sister Cities signed a new agreement with Limerick")
                                 r"(?![^.;]{0,20}\b(?i:signed|signs|inked|sealed|agreed|approved|established)\b)"
                                 r"(?!\s*(?::|[-–—]|,?\s+(?i:of|with|between|and|dan|to|"
                                 r"in|agreements?|relationships?|relations|ties|links?|pacts?|status|partnerships?|"
                                 r"cooperation|mou|charters?|anniversary|ceremony|programs?|programmes?)\b))")


def not_asserted(text: str, twinning: re.Match) -> bool:
    """Whether a twinning word names no tie the sentence states: a nickname two neighbours go by, the words
    of a question that asks whether (a question of why or since when takes the tie as given), friendship
    links of clubs, fans or schools, or a body's name ("Hosted by Iowa Sister States")."""
    if NICKNAMED_BEFORE.search(text, max(0, twinning.start() - 100), twinning.start()):
        return True
    if BODY_NAMED_FOR_TIES.match(text, twinning.start()) \
            and BODY_NAMED_FOR_TIES_BEFORE.search(text, max(0, twinning.start() - 60), twinning.start()):
        return True
    if "friendship" in twinning.group(0).lower() and LINKS_OF_BODIES.search(text):
        return True
    start = max(text.rfind(mark, 0, twinning.start()) for mark in ".:;!?") + 1
    end = min((i for i in (text.find(mark, twinning.end()) for mark in ".!?") if i >= 0), default=len(text))
    return end < len(text) and text[end] == "?" and not _ASKING_WHAT_IS.search(text, start, end)


def denied(text: str, twinning: re.Match) -> bool:
    """Whether a twinning word (a match of TWINNING in ``text``) stands right after its denial."""
    return DENIED_BEFORE.search(text, max(0, twinning.start() - 30), twinning.start()) is not None
# "Kota Surakarta dan Kota Pematang Siantar jadi Kota Sister City Kota Malang", "A and B became sister
# cities of C": two places named together, then made the partners of a third
BECOME_PARTNERS_OF = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:(?:jadi|menjadi|become|became|are\s+now|sebagai)\s+(?:the\s+)?"
                                r"(?:\w+\s+){0,2}?(?:kota\s+)?(?:sister|twin|kembar|partner|friendship)[\w\s-]{0,20}?"
                                r"(?:\s+(?:dari|of|for|bagi|untuk))?"
                                # "A and B are (among the) sister cities of C": with the "of" only
                                r"|(?:are|were)(?:\s+(?:also|all))?(?:\s+among)?\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                                r"(?:sister|twin|partner|friendship)[\s-](?:cities|towns|provinces|states)\s+of)\s*$", re.I)
# "Yantai in China are ...": what is left of the words that placed a town in its country once the country
# is set aside
QUALIFYING_COUNTRY_GAP = re.compile(r"^\s*,?\s*(?:in|di)\b(?=\s*,?\s*\S)", re.I)
# "Leeds and Kharkiv, which are both twinned with Lille", "Richmond and Sintra are twinned with Fontainebleau":
# the words between a list and the one place all its items are twinned with
# ("Two Chinese cities, Zhoushan and Guigang, signed friendship agreements with Tauranga": each signed with it)
TWINNED_WITH_AFTER_LIST = re.compile(r"^\s*,?\s*(?:(?:which|who|that)\s+)?(?:(?:are|were|have\s+been|had\s+been)\s+"
                                     r"(?:(?:both|also|all|already|now)\s+)*(?:twinned|paired|partnered)"
                                     r"|(?:(?:have|has|had)\s+)?(?:(?:both|also|each|all)\s+)*(?:signed|inked|concluded)\s+"
                                     r"(?:[\w-]+\s+){0,4}?(?:agreements?|pacts?|memorand\w+|MoUs?|charters?))\s+with\s+"
                                     r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)
# "is twinned with", "has also been paired with"
_IS_TWINNED_WITH = (r"(?:is|was|has\s+been|had\s+been)\s+(?:(?:also|now|already|officially)\s+)?"
                    r"(?:twinned|paired|partnered)\s+with")
# "Shanghai and Xi'an, a city that is twinned with Quebec City": a clause on the place right before, that
# alone the place after it partners
# (or an apposition: "in Beijing, Shanghai and Shenzhen, a sister city with Houston since 1986")
RELATIVE_TWINNED_GAP = re.compile(r"^\s*,\s*(?:(?:(?:a|an|the)\s+(?:\w+\s+)?(?:city|town|municipality|province)\s+)?"
                                  rf"(?:that|which|who)\s+{_IS_TWINNED_WITH}|(?:a|an)\s+(?:sister|twin|partner|friendship)[\s-]+"
                                  r"(?:city|town|province)\s+(?:with|of|to))\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)
# "a long list of Montreal sister cities": a place named, as an adjective, the owner of a list of twins
LIST_OF_BEFORE = re.compile(r"\b(?:list|family|network|roster)\s+of\s+(?:the\s+)?$", re.I)
TWINS_PLURAL_AFTER = re.compile(r"\s+(?:sister|twin|partner|friendship)[\s-](?:cities|towns|municipalities)\b", re.I)
# "Seaford is twinned with the town of Bonningstedt": the subject of a twinning is a place, however little known
IS_TWINNED_AFTER = re.compile(rf"\s+{_IS_TWINNED_WITH}\b", re.I)
# "Seattle, Busan dan Kochi merupakan kota kembar Surabaya": the same in Indonesian, the owner right after
TWINS_OF_AFTER_LIST = re.compile(r"^\s*,?\s*(?:merupakan|adalah)\s+(?:\w+\s+){0,2}?(?:kota\s+(?:kembar|bersaudara)|"
                                 r"sister\s+city|saudara\s+kembar)(?:\s+(?:dari|bagi))?\s*$", re.I)
# "Shizuoka, Braunschweig and Yantai are Omaha's other sister cities": the words between a list and the
# place whose twins it lists, which a possessive naming twins then follows
# ("Lille and Brno are two of Leeds' twin cities", "with Lille and Brno, two of Leeds' twin cities")
ARE_BEFORE_OWNER = re.compile(r"^\s*,?\s*(?:(?:are|were|merupakan|adalah)(?:\s+(?:also|all|already|now|juga))?"
                              r"(?:\s+(?:two|three|four|five|six|several|some|both|among)(?:\s+of)?)?|"
                              r"(?:two|three|four|five|six|several|some|both)\s+of)\s*$", re.I)
# Words that set one clause against another ("Untuk Kota Surakarta, ...; sedangkan dengan Kota Pematang
# Siantar, ..."); a clause break is one of them, 'while', or a semicolon
_CONTRAST_WORDS = r"sedangkan|sementara itu|whereas|meanwhile"
CONTRAST = re.compile(rf"\b(?:{_CONTRAST_WORDS})\b|,\s*while\b", re.I)  # ", while Hackney is twinned with Haifa"
# "While Gothenburg is another Swedish city that has announced the end of its sister city agreement, Linköping
# City previously terminated its agreement with Guangzhou": an opening clause set against the main one, to
# its first comma
# (English only: an Indonesian "Sementara X memiliki ... yaitu Manila, dan Quezon" goes on past its comma)
OPENING_CONTRAST = re.compile(r"^\W*(?:while|whereas|although|though)\b[^,;]*,(?!\s*(?:and|or)\b)", re.I)
# "Leeds and Kharkiv, which are both twinned with Lille": two places that share a tie with a third
BOTH_AFTER_PAIR = re.compile(r"\s*,?\s*(?:(?:which|that|who)\s+)?(?:(?:are|were|have|had)\s+)?(?:both|sama-sama)\b", re.I)
CLAUSE_BREAK = re.compile(rf";|\b(?:{_CONTRAST_WORDS}|while)\b", re.I)
JOINING_AND = re.compile(r"^\s*(?:,\s*)?(?:dan|and|&|[-–])\s*$|\b(?:dan|and)\b", re.I)
# A date the text says is still to come: "pada 22 Juni 2019 mendatang", "on 5 May next"
STILL_TO_COME = re.compile(r"[^.;,]{0,22}?\b(?:mendatang|yang akan datang|nanti|next|upcoming)\b", re.I)
# "The northeastern French city invited its twin city of Karlsruhe": a sentence whose subject is a city of a
# country, by its adjective, speaks of that country's place, whatever the article's main one
DEMONYM_SUBJECT = re.compile(r"^(?:The|the)\s+(?:[a-z-]+\s+){0,2}?(?P<demonym>(?i:"
                             + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r"))\s+(?:city|town|municipality|capital)\b")
# "Its other sister cities are ...", "the city's 11 domestic sister cities are ...": a possessive that stands
# for the article's main place, or for the place the sentence before opens with
POSSESSIVE_OWNER = re.compile(r"\b(?P<pronoun>[Ii]ts|[Tt]he (?:city|town|county|municipality|council|province|state)['’]s)"
                              r"\s+(?:(?:\d{1,2}(?:st|nd|rd|th)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                              r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+)?"
                              r"(?:(?:other|existing|current|international|overseas|foreign|official|domestic|local|new)\s+)?"
                              r"(?:sister|twin(?:ned)?|partner|friendship)[\s-](?:cit(?:y|ies)|towns?|provinces?|states?|regions?|"
                              r"councils?|communities)\b"
                              # "The city already has sister-city ties with: ...": the city as the subject
                              r"|\b(?P<subject>[Tt]he (?i:city|town|county|municipality|province|state))\s+"
                              r"(?:(?:also|already|currently|now)\s+)?(?:has|had|holds|maintains)\s+(?:(?:also|already)\s+)?"
                              r"(?:(?:forged|signed|established|entered\s+into)\s+)?(?:[a-z]+\s+){0,2}"
                              # ("The City currently holds formal Sister City relationships with": a council's capitals)
                              r"(?i:sister|twin|partner|friendship)[\s-](?i:cit(?:y|ies)|towns?|provinces?|states?)\b"
                              # "The other sister cities are: A, Country; B, ...", "Kota kembar lainnya adalah ...":
                              # the article's place's others, named without it
                              # ("Other Sister Cities are Dierdorf, Germany; ...", opening a sentence, so too)
                              r"|(?P<others>(?:\b[Tt]he\s+|^\s*)[Oo]ther\s+(?:[Ss]ister|[Tt]win|[Pp]artner|[Ff]riendship)[\s-]"
                              r"(?:[Cc]ities|[Tt]owns|[Pp]rovinces|[Ss]tates)"
                              r"(?=\s+(?:are|include|were)\b)|\b(?:[Kk]ota|[Pp]rovinsi)\s+(?:kembar|bersaudara)\s+lainnya"
                              r"(?=\s+(?:adalah|yaitu|yakni|antara\s+lain|di\s*antaranya|meliputi)\b))")
# "adopted Kanifing, Gambia, as its ninth sister city": the place before is the object, 'its' the subject's
AS_ITS_BEFORE = re.compile(r"\b(?:as|sebagai)\s+$", re.I)
# "Tema as one of the county's new sister cities along with Greater Noida": two places named as
# partners of a third are no pair of their own
# "suspending twinning links with Volgograd, ..., and would explore twinning with Mariupol": two
# objects of "with", each joined to the sentence's subject, in clauses joined by "and"
WITH_BEFORE = re.compile(r"\b(?:with|dengan)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$", re.I)
SECOND_CLAUSE_WITH = re.compile(r"^(?!.*\b(?:which|who|that|yang|whose)\b).*\b(?:and|but|dan|serta|namun|tetapi)\s+"
                                r"(?:[\w'’-]+\s+){1,8}?(?:with|dengan)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$", re.I | re.S)
# "to seek relationships with Santiago de los Caballeros in the Dominican Republic as well as Puebla,
# Mexico": two places after one "with", joined, where only words placing the first stand between them: both
# partners of the subject, not each other's ("between A and B", "A and B signed", "Kota A dengan Kota B" are pairs)
WITH_RIGHT_BEFORE = re.compile(r"\b(?:with|dengan)\s+(?:the\s+)?(?:(?:city|town|cities|towns|kota|kabupaten)\s+(?:of\s+)?)?$",
                               re.I)
CO_OBJECT_GAP = re.compile(r"^(?:,?\s+(?:in|di)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+|,\s*(?-i:[A-Z])[\w'’-]*"
                           r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?,?\s+(?:as\s+well\s+as|and|dan|serta|maupun)\s+"
                           r"(?:(?:the\s+)?(?:city|town|kota|kabupaten)\s+(?:of\s+)?)?$", re.I)
# "Kranj will join Fujiyoshida, Japan; Kaohsiung, Taiwan; ...": a new partner joins the list of the
# owner's partners, and is none of theirs
JOINS_LIST_AFTER = re.compile(r"\s+(?:will\s+|would\s+|is\s+set\s+to\s+|now\s+|akan\s+)?(?:joins?|joined|joining|bergabung\s+dengan)\s+"
                              r"(?:the\s+(?:likes\s+of|ranks\s+of)\s+)?", re.I)
# "Along with Kanifing, sister cities include Arcatao, El Salvador; ...": one more of the same list
ALONG_WITH_BEFORE = re.compile(r"\b(?:along\s+with|besides|in\s+addition\s+to|selain)\s+$", re.I)
LIST_OF_TWINS_LEAD = re.compile(r"\s*,\s*(?:(?:its|the\s+city's|other)\s+)*(?:sister|twin|partner|friendship)[\s-]+"
                                r"(?:cit(?:y|ies)|towns?)\s+(?:include|includes|are|also\s+include)\b", re.I)
CO_PARTNERS_GAP = re.compile(r"^\s*,?\s*(?:(?:is|was|as|becomes|became|being)\s+)?(?:(?:now|also|already|kini|juga)\s+)?"
                             r"(?:one\s+of|among|a|an|the|its|their|salah\s+satu|menjadi|sebagai)\b[^.]*?"
                             r"\b(?:sister|twin|partner|friendship|kembar)[\s-]+(?:cit(?:y|ies)|towns?|provinces?|states?|"
                             r"regions?)\b[^.]*?\b(?:along\s+with|alongside|together\s+with|as\s+well\s+as|following|"
                             r"after|bersama(?:\s+dengan)?|selain|setelah|menyusul)\b", re.I)
# "antara kota Bandung dengan kota Braunschweig dan kota Padang dengan kota Hildesheim": a list of pairs,
# each joined inside by "dengan", "with" or a dash, the pairs by a comma or "dan"
IN_PAIR_GAP = re.compile(r"^\s*(?:dengan|with|[-–—]|and\s+its\s+twin)\s*(?:(?:kota|city\s+of|the\s+city\s+of)\s+)?$", re.I)
BETWEEN_PAIRS_GAP = re.compile(r"^\s*(?:[,;]\s*(?:dan|and|serta)?|dan|and|serta)\s*(?:(?:antara|between)\s+)?"
                               r"(?:(?:kota|city\s+of|the\s+city\s+of)\s+)?$", re.I)
# A place named as the owner of twins: "the sister cities of Lahore", "sister town of Gujar Khan",
# "Karachi's sister cities", "kota kembar Malang", "saudara kembar Surabaya"
TWINS_OF_BEFORE = re.compile(r"\b(?:(?:sister|twin|partner|friendship)\s+(?:cit(?:y|ies)|towns?|provinces?|states?)\s+of|"
                             r"(?:kota|saudara)\s+(?:kembar|bersaudara))\s+(?:the\s+)?(?:(?:city|kota)\s+(?:of\s+)?)?$",
                             re.I)
# "28th sister-city", "newest twin town": a twin named by its place among the owner's twins
_NTH = r"(?:\d+(?:st|nd|rd|th)|newest|latest)"
_TWIN_UNIT = r"(?:sister|twin|partner|friendship)[\s-](?:city|town|province|state)"
# ("Honolulu's 28th sister-city", "Tyler's newest sister city": an ordinal or a word of age between)
OWNERS_TWINS_AFTER = re.compile(r"['’]s?\s+(?:(?:list|network|family)\s+of\s+)?(?:other\s+|former\s+)?"
                                r"(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                                r"newest|latest|new|youngest|oldest|official|only)\s+)?(?:sister|twin(?:ned)?|partner|friendship)[\s-]+"
                                r"(?:cit|town|provinc|state)", re.I)
# "Falkirk's 'twin towns' of Creteil and Odenwald", "one of Wichita's sister cities, Orleans": the words between
# an owner and a partner it has, named by that title (not its new, next or potential one)
PARTNER_BY_TITLE_GAP = re.compile(r"['’]s?\s+(?:(?:other|two|three|four|five|six|seven|eight|nine|ten|\d+|oldest|"
                                  # ("Rotorua's Japanese sister city of Beppu": a people's adjective)
                                  r"official|longtime|long-standing|existing|current|(?-i:[A-Z][a-z]+(?:an|ese|ish|i|ch)))\s+){0,2}"
                                  r"['‘\"“]?(?:sister|twin(?:ned)?|partner|"
                                  r"friendship)[\s-]+(?:cit(?:y|ies)|towns?)['’\"”]?\s*(?:of\s+|,\s*|:\s*)?(?:the\s+)?", re.I)
# "Montecatini Terme, Italy; Lüdenscheid": between two items of a list, each maybe with its country or region
QUALIFIED_ITEM_GAP = re.compile(r"^\s*(?:(?:,|\bin\b)\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s*)?"
                                r"(?:[,;]\s*(?:and\s+|dan\s+|&\s*)?|\band\s+|\bdan\s+|&\s*)$")
# "Bonn, one of Oxford's ...", "Düsseldorf, Reading's ...": a partner, then its owner's title in apposition
# (or "Cherven Bryag is Taganrog's oldest sister city")
APPOSED_TITLE_GAP = re.compile(r"\s*,\s*(?:(?:one|two|three|four|five)\s+of\s+)?|"
                               r"\s+(?:is|remains)\s+(?:also\s+|still\s+)?(?:one\s+of\s+)?")
# "to become Falkirk's twin town", "could be Wichita's sister city": a title still to be had
TITLE_TO_COME_BEFORE = re.compile(r"\b(?:become|becomes|becoming|be|menjadi)\s+$", re.I)
# "... twinned with the French town of Albert", "sister city with Kyoto": the partner of a twinning, right after it
TWINNED_WITH_RIGHT_BEFORE = re.compile(r"\b(?:twinned|twinning|sister\s+cit(?:y|ies))\s+(?:\w+\s+){0,2}?with\s+(?:the\s+)?"
                                       r"(?:[\w-]+\s+){0,2}?(?:(?:town|city|village|municipality|commune)\s+of\s+)?$", re.I)
# "Ulverston, which is twinned with ...", "Windermere is twinned with ...": the subject of a twinning
TWINNED_SUBJECT_AFTER = re.compile(r"(?:,\s*which)?\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|officially\s+|formally\s+)?"
                                   r"twinned\s+with\b", re.I)
# "the 40th anniversary of Alzey's twinning with Josselin": the place whose own tie follows, not a
# partner of the places named before it
OWNERS_TWINNING_WITH_AFTER = re.compile(r"['’]s?\s+(?:(?:own|long|first|new|historic)\s+)?(?:twinning|twinship|sisterhood|"
                                        r"(?:twin[\s-]town|sister[\s-]city)\s+(?:link|ties?|relationship|partnership))"
                                        r"\s+with\b", re.I)
# "Sarasota has nine Sister Cities: Hamilton, ..., Merida ...": a place that introduces its list of twins
# A council's page speaking for its own place: "formally twinned with us", "We were officially twinned with
# Charlottenburg", "our sister city of Nayoro", "we have had a friendship link" (the partner is the place the
# sentence names; the owner is the page's own, however seldom it names itself)
QUOTE_MARKS = re.compile(r"[“”\"]")  # someone's words, whose "we" is theirs
FIRST_PERSON_TWINNING = re.compile(r"\btwinned\s+with\s+us\b|\b(?:[Ww]e|[Oo]ur)\b[^.;:“”\"]{0,80}?\b(?:twinned|"
                                   r"twinning|twin\s+towns?|sister[\s-]+(?:cit(?:y|ies)|towns?)|friendship\s+links?)\b"
                                   # "setting up the town's official twinning link with St Elizabeth": the page's town
                                   r"|(?P<the_towns>\b[Tt]he\s+(?:town|city|borough|village)['’]s\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:twinning|twin\s+towns?|sister[\s-]+(?:cit(?:y|ies)|towns?)|friendship\s+links?)\b)")
# "(our twin towns) of Le Mans in France and Paderborn": the words that open the list a first-person twinning names
OUR_TWINS_LISTED = re.compile(r"\s*(?:of|are|include|including|:)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?(?-i:[A-Z])", re.I)
# "twinned with Gilroy", "its sister city of Campbell", "a sister city with": the words that make the next name
# a place's partner
TWINNED_OBJECT_BEFORE = re.compile(r"\b(?:twinned|twinning|partnered)\s+with\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$|"
                                   r"\b(?:sister|twin|partner)[\s-]+(?:city|town)\s+(?:of|with)\s+$", re.I)
# "became sister cities", "were twinned", "have been sister cities": a tie made (a year in the sentence says when)
BECAME_PARTNERS = re.compile(r"\b(?:became|become|were\s+made|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
                             r"(?:sister|twin|friendship)[\s-]+(?:cit(?:y|ies)|towns?)\b"
                             r"|\bwere\s+(?:officially\s+)?twinned\b", re.I)
# "Sedro-Woolley signed a sister city agreement with Naruto", "X has been a sister city of Y": the words between
# a town as a twinning's subject and its partner, the object
SUBJECT_TWINNED_WITH_GAP = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:officially|formally|recently|now|also|just)\s+)?(?:signed|inked|sealed|"
    r"formali[sz]ed|established|entered\s+into|became|becomes|is|was|has\s+been|will\s+become)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:sister[\s-]+cit(?:y|ies)|twinning|twinned|twin[\s-]+towns?|friendship[\s-]+cit(?:y|ies)|partner[\s-]+cit(?:y|ies))"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:with|of|to)\s+(?:the\s+(?:city|town)\s+of\s+)?", re.I)
# "Moline plans to expand student exchanges with its sister city Gniezno": the words between the sentence's subject
# and the partner its "its sister city" names
SUBJECT_ITS_TWIN_GAP = re.compile(
    # (the subject's own verb first: "Moline plans", "Gresham welcomed"; not "Cypress trees ... from its sister city")
    r"\s+(?:has|have|had|is|was|were|will|would|plans?|hopes?|wants?|aims?|intends?|expects?|continues?|marks?|"
    r"celebrates?|welcomes?|hosts?|sends?|receives?|[a-z]+ed)\s+"
    r"(?:[\w'’-]+,?\s+){0,9}?(?:with|to|from|in|for|and|visit(?:ed|s|ing)?|host(?:ed|s|ing)?|welcom(?:ed|es|ing))\s+"
    r"its\s+(?:[\w-]+\s+)?(?:sister|twin|partner|friendship)[\s-](?:city|town)\s*,?\s+(?:of\s+)?", re.I)
# "Bountiful and Bethlehem": the gap of two names joined by "and" alone
JOINING_AND_ONLY = re.compile(r"\s+(?:and|dan|&)\s+(?:the\s+)?", re.I)
# ("Toledo, Ohio USA, already has ...": the owner's state and country may stand between, set apart by commas;
# not "Along with Kinsale, Newport has ...", where the name after the comma is the owner)
_OWNERS_PLACE = r"(?:,\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3},)?"
HAS_TWINS_LISTED = re.compile(_OWNERS_PLACE + r"\s+(?:(?:currently|now|also|already)\s+)?(?:has|have|memiliki|mempunyai)\s+"
                              r"(?:(?:[\w-]+\s+){0,2}?(?:other\s+|lain\s+)?(?:sister|twin|partner|friendship)[\s-]"
                              r"(?:cit(?:y|ies)|towns?|provinces?|states?)\s*(?::|,?\s+(?:including|include|namely|yaitu|yakni))"
                              # "already has a Sister City relationship with: Toledo, Spain; Szeged, ...": the
                              # colon makes the one relationship a list
                              r"|(?:an?\s+)?(?:sister|twin|partner|friendship)[\s-](?:city\s+|town\s+)?"
                              r"(?:relationships?|relations|ties|links?)\s+with\s*:"
                              # "Simferopol has sister relations with 11 cities – Donetsk ..., Russia's Irkutsk, ..."
                              r"|(?:sister|twin|twinning|partner|friendship)[\s-](?:city\s+)?(?:relations|relationships|ties|"
                              r"agreements|links)\s+with\s+(?:\d+|[a-z]+)\s+(?:other\s+)?(?:cities|towns|municipalities)"
                              r"\s*(?::|[–—-]|,?\s+(?:including|namely)))"
                              # "the City of Hollywood now has 9 Sister Cities to promote ... understanding: Laayoune, ..."
                              r"|\s+(?:(?:now|currently|also)\s+)?(?:has|have)\s+(?:\d+|[a-z]+)\s+(?:other\s+)?"
                              r"(?:sister|twin|partner|friendship)[\s-](?:cities|towns)\b[^.:;]{0,150}:"
                              # "Edmonton has been considered a sister to four cities: Gatineau, ...; Harbin, ..."
                              r"|\s+(?:has\s+been|is|was)\s+(?:\w+\s+)?a\s+(?:sister|twin)(?:[\s-]city)?\s+to\s+"
                              r"(?:\d+|[a-z]+)\s+(?:other\s+)?(?:cities|towns)\s*:"
                              # "Nagaoka is Honolulu's 28th sister-city, joining Baguio, ...": the owner's others
                              rf"|['’]s\s+(?:{_NTH}\s+)?{_TWIN_UNIT},?\s+(?:joining|alongside|along\s+with)\b"
                              # "Fort Worth's eight other sister cities are Bandung, Indonesia, Budapest, ...": the owner's
                              r"|['’]s\s+(?:[\w-]+\s+){0,2}?(?:other\s+)?(?:sister|twin|partner|friendship)[\s-](?:cities|towns)"
                              r"\s*(?::|,?\s+(?:are|include|including|includes|namely)\b:?)"
                              # "a long list of Montreal sister cities including: Busan, ...": the name as an adjective
                              r"|\s+(?:sister|twin|partner|friendship)[\s-](?:cities|towns)\s*(?::|,?\s+(?:including|include|"
                              r"includes|namely|are|such\s+as)\b:?)", re.I)
# The small words a list of places may hold between its names ("Aalen in Germany, Tatabanya in Hungary
# and ..."): a gap with any other lower-case word is a clause, not the list going on
LIST_SMALL_WORDS = frozenset({"and", "or", "in", "the", "of", "de", "del", "la", "le", "les", "am", "an", "der",
                              "upon", "on", "sur", "en", "y", "e", "et", "und", "as", "well"})
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")


def only_list_between(gap: str) -> bool:
    """Whether the words between two names are those of one list going on (names, commas, "and", "in
    Country"), not a new clause or sentence."""
    return not re.search(r"[.;!?]", gap) and all(w in LIST_SMALL_WORDS for w in _LOWER_WORD.findall(gap))


# "Brea has had sister city relationships with Lagos de Moreno for 44 years, with Hanno 24 years and with Anseong
# three years": an owner's ties stated with the first partner right after "with", and each further "with" the next
HAS_TIES_WITH = re.compile(_OWNERS_PLACE + r"\s+(?:(?:currently|now|also|already|long)\s+)?(?:has|have)\s+"
                           r"(?:(?:long\s+)?(?:had|enjoyed|maintained)\s+)?(?:an?\s+)?(?:(?:official|formal|close|"
                           r"strong|long-standing|longstanding)\s+)?(?:sister|twin|twinning|partner|friendship)[\s-]"
                           r"(?:city\s+|town\s+|cities\s+)?(?:relationships?|relations|ties|links?|agreements?)\s+"
                           r"with\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)
# (an item of the chain ends its clause: "with Hanno 24 years", not "with Portland officials often joining")
WITH_CHAIN_ITEM_END = re.compile(r"(?:\s*,\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?"
                                 r"\s*(?:[,;.)(]|$|\s+(?:and|for|since|in|from|until|\d)|\s+\w+\s+years?\b)")
WITH_CHAIN_GAP = re.compile(r"[^.;:!?()]{0,40}?,?\s+(?:and\s+)?with\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)
# "to Anseong and also to Hanno, Japan, another of our sister cities": places joined as one role (trips, guests),
# then said to be someone's partners, are not each other's
JOINED_AS_ONE_ROLE = re.compile(r"\s*,?\s+(?:and|or|as\s+well\s+as)\s+(?:also\s+)?(?:to|in|from|at|with|visit(?:ed|ing)?)?"
                                r"\s*(?:the\s+(?:city|town)\s+of\s+)?", re.I)
PARTNERS_OF_ANOTHER_AFTER = re.compile(r"(?:\s*,\s*(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})?\s*,\s+"
                                       r"(?:another|one|two|three|four|five|both|each|all)\s+(?:of\s+)?(?:our|its|their|"
                                       r"his|her|the\s+city['’]s|the\s+town['’]s)\s+(?:[\w-]+\s+)?"
                                       r"(?:sister|twin|partner|friendship)[\s-](?:cit(?:y|ies)|towns?|communities)\b", re.I)
# "Travel to Orlando's 8 sister cities", "Did You Know San Francisco Has 18 Sisters?", "San Francisco's sisters":
# a place whose partners the sections of an article, each headed by a place and its country, present
HEADINGS_OWNER_AFTER = re.compile(r"(?:['’]s?\s+(?:\d+\s+|[a-z]+\s+)?(?:international\s+)?(?:(?:sister|twin|partner|"
                                  r"friendship)[\s-](?:cities|towns)|sisters)\b|\s+(?:has|have)\s+\d+\s+"
                                  r"(?:(?:sister|twin|partner|friendship)[\s-](?:cities|towns)|sisters)\b)"
                                  # (not a body: "Spokane's sister cities committee met")
                                  r"(?!\s+(?:committee|association|program|programme|commission|board|council|day|"
                                  r"festival|office|group)\b)", re.I)
SECTION_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")  # ("Sister city since 1957", "1996 | The state capital ...")
MAKING_IT_BEFORE = re.compile(r",?\s+making\s+(?:it|them)\s+$")  # ("..., making it Kansas City's third Mexican sister")
# "Chamonix, France — also a Sister City of Aspen", "Gilroy, a sister city to Takko": a place, its country, and in
# apposition a sister city of the next place
SISTER_OF_IN_APPOSITION = re.compile(r"(?:\s*,\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?\s*(?:,|[-–—])\s*"
                                     r"(?:also\s+)?(?:a|another)\s+(?:sister|twin|partner|friendship)[\s-]"
                                     r"(?:city|town)\s+(?:of|to)\s+(?:the\s+(?:city|town)\s+of\s+)?", re.I)
UNIT_OF_OPENING = re.compile(r"(?:City|Town)\s+of\s+")  # ("a Sister City of Aspen": the mention read "City of Aspen")
JOINED_NAME_BEFORE = re.compile(r"\w[/-]$")  # "Gettysburg/León", "Monterey Park-Nachikatsuura": a pair's joined name
HAS_VERB = re.compile(r"\b(?:has|have|memiliki|mempunyai)\b", re.I)  # (the first of HAS_TWINS_LISTED's readings)
# "Bacoor is the 22nd twin city of Manila including the City of Dili, ...; Beijing, ...": the place after
# "twin city of", then the list its twins are in
OWNER_OF_LISTED_BEFORE = re.compile(rf"\b{_NTH}\s+{_TWIN_UNIT}\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$", re.I)
# (then a place's name, not another owner's possessive: "alongside Kyoto's older partners", "including a pledge")
OWNER_OF_LISTED_AFTER = re.compile(r"\s*,?\s+(?:including|joining|alongside|along\s+with)\s+(?:the\s+)?"
                                   r"(?:(?:[Cc]ity|[Tt]own|[Mm]unicipality)\s+of\s+)?[A-Z][\w.-]*\b(?!['’]s)")
# "Faisalabad and Qingdao, - Rawalpindi and Wuhan": the two places of one pair, and what sets pairs apart
JOINED_PAIR_GAP = re.compile(r"^\s*,?\s*(?:and|dan|serta|&|[-–—])\s*$", re.I)
JOINED_PAIRS_APART = re.compile(r"^\s*[,;]\s*(?:[-–—•]\s*)?(?:(?:and|dan|serta)\s+)?$", re.I)
# "Sumatera Utara dengan Georgetown", "Cairns and Lae": a word that joins the two places of one item of a list
# of pairs
PAIR_WITH_GAP = re.compile(r"^\s*(?:dengan|with)\s*$", re.I)
JOINED_BY_WORD = re.compile(r"^\s*(?:and|dan|serta|&)\s*$", re.I)
# ("Lapseki - Jablanica": spaced; "Osaka-Surabaya, Kobe-Medan" are a hyphen series, read as one)
JOINED_BY_DASH = re.compile(r"^\s+[-–—]\s+$")
# "... friendship city agreements with Maastricht and Perth, as well as a cooperative agreement with
# Horsens": a second document of another kind, joined on, is no twinning of the place it names
OTHER_DOCUMENT_CLAUSE = re.compile(r"\b(?:as\s+well\s+as|and\s+also|while|whereas|serta|sekaligus|sedangkan)\s+"
                                   r"(?:(?!sister|twin|kembar|friendship|persahabatan)[^.;])*?"
                                   r"\b(?:agreements?|MoUs?|memorand(?:um|a)|accords?|perjanjian|nota\s+kesepahaman)\b"
                                   r"(?:(?!sister|twin|kembar|friendship|persahabatan)[^.;])*$", re.I)
# "the west London borough", "a Tokyo ward": a city named as an adjective of one of its parts (not "Ceyhan
# district in Adana", the district of that name, placed by what follows: UNIT_IN_GAP)
PART_NAMED_AFTER = re.compile(r"\s+(?:borough|suburb|ward|neighbou?rhood|district|council area|village|locals)\b"
                              r"(?!\s+in\s+(?:the\s+)?[A-Z])")
# "a north Longford town", "an Osaka city": the place named only says where an unnamed one lies
# ("with the west Kerry town": a town named before, placed by its county)
A_PLACE_BEFORE = re.compile(r"\b(?:(?:a|an)\s+(?:(?:north|south|east|west|mid|central|northern|southern|eastern|western|"
                            r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|rural|small|"
                            r"coastal)\s+)?|the\s+(?:north|south|east|west|mid|central|northern|southern|eastern|western|"
                            r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+)$", re.I)
# "the South Carolina town of Clover", "the Kentucky city of Danville": the state says where the town lies
UNIT_OF_NAME_AFTER = re.compile(r"\s+(?:town|city|village|borough|municipality|commune)\s+of\s+(?:the\s+)?[A-Z]")
# (not "An Osaka city official": the city's own official)
UNNAMED_UNIT_AFTER = re.compile(r"\s+(?:town|village|city|municipality|commune|parish)\b(?!\s+(?:officials?|council\w*|hall|"
                                r"government|mayor|spokes\w+|employees?|staff|office))")
# "a town in the Isle of Wight", "one village in County Cork": the party is an unnamed place within it
# "connect with some of WA's biggest corporate trading partners in Tokyo, Hitachi City and Yokohama": firms
# there, no partners of a tie (the list's items too)
BUSINESS_PARTNERS_IN = re.compile(r"\b(?:(?:trading|trade|business|corporate|commercial|industry|industrial|investment)\s+"
                                  r"partners?\s+(?:\w+\s+){0,2}?(?:in|from|at|based\s+in)\s+(?:the\s+)?"
                                  # "mitra bisnis di Osaka, Nagoya dan Fukuoka"
                                  r"|mitra\s+(?:bisnis|dagang|usaha|investasi)\s+(?:\w+\s+){0,2}?(?:di|dari)\s+)$", re.I)
UNNAMED_PLACE_IN = re.compile(r"\b(?:a|an|one)\s+(?:\w+\s+)?(?:town|village|city|commune|municipality)\s+(?:in|on)\s+"
                              r"(?:the\s+)?$"
                              # "hubungan kota kembar antara kota di Maluku dengan ...": a city in the province
                              r"|\b(?:antara|dengan|salah\s+satu|sebuah)\s+(?:kota|kabupaten|daerah)\s+(?:di|dari)\s+$",
                              re.I)
TWIN_UNIT_IN_BEFORE = re.compile(r"\b(?:sister|twin|partner|friendship)[\s-]+(?:city|town)\s+in\s+(?:the\s+)?$", re.I)
# "Miramar in Florida", "between Mission, Texas and ...": a capitalised name the gazetteer does not read,
# then a region that says where it lies
NAME_BEFORE_REGION = re.compile(r"(?P<name>\b[A-Z][\w'’.-]*)(?:,\s*|\s+in\s+)$")
POSSESSIVE_GAP = re.compile(r"^['’]s\s+$")
# "George Town, the capital of the Malaysian state of Penang": the second only locates the first
CAPITAL_OF_GAP = re.compile(
    r"^,\s+(?:the\s+)?(?:capital|ibu\s?kota)\s+(?:city\s+)?(?:(?:of|dari)\s+)?(?:the\s+)?"
    r"(?:[A-Za-z]+\s+){0,2}?(?:(?:state|province|provinsi|prefecture|prefektur|region)\s+(?:of\s+)?)?$")
# "Brighton in Tasmania, South Australia", "Nanjing, Kota Zhangzhou, Provinsi Fujian": a bare comma between
COMMA_GAP = re.compile(r"\s*,\s*")
# "Dunedin, which is located on Florida's gulf coast", "Kumbo, situated in the North West Region": a clause that
# says where the town before it lies
LOCATED_CLAUSE = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:is|lies)\s+)?(?:located|situated)\s+(?:on|in|near|along)\s+"
                            r"(?:the\s+)?")
# "Costa Rica's provincial capital Heredia", "the Taiwanese capital Taipei": the capital itself, a city
CAPITAL_BEFORE = re.compile(r"\bcapital\s+(?:city\s+)?$", re.I)
# "the capital city of Cambodia", "the capitals of Kazakhstan and Bulgaria", "ibu kota negara Kamboja": right
# before a country, its national capital
CAPITAL_OF_COUNTRY_BEFORE = re.compile(r"\b(?:capital(?:s)?\s+(?:city\s+|cities\s+)?of|ibu\s?kota(?:\s+negara)?)\s+"
                                       r"(?:the\s+)?$", re.I)
# a comma right before, and its article: "Kunming, the capital city of ...", an apposition to the name before it
APPOSITION_BEFORE = re.compile(r",\s*(?:the\s+)?$", re.I)
CAPITALS_OF_BEFORE = re.compile(r"\b(?:capitals\s+(?:cities\s+)?of|ibu\s?kota(?:\s+negara)?)\s+(?:the\s+)?$", re.I)
# "whether the capital of Paraná and the county of Miami-Dade", "ibu kota Jawa Barat": the region whose
# capital is meant
CAPITAL_OF_BEFORE = re.compile(r"\b(?:capital\s+(?:city\s+)?of|ibu\s?kota(?:\s+dari)?)\s+(?:the\s+)?"
                               # ("Shenyang, capital of northeast China's Liaoning Province")
                               r"(?:(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)\s+)?"
                               r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['’]s\s+)?"
                               r"(?:(?:state|province|provinsi|prefecture|prefektur|region|negara\s+bagian)\s+(?:of\s+)?)?$",
                               re.I)
UNIT_OF_GAP = re.compile(rf"^{_UNIT_OF_PLACE_NEXT}(?:the\s+)?$")  # the same words between the two mentions
# "Çankaya district in Ankara", "Ceyhan district in Adana": a name and its unit word, placed by the place after
UNIT_IN_GAP = re.compile(r"^\s+(?P<unit>district|ward|borough|suburb|county|municipality|township|city|town|village)\s+in\s+"
                         r"(?:the\s+)?$")
ADDRESS_GAP = re.compile(r"^(?:\s+[A-Z]\w*){0,3}\s*,\s*$")  # the rest of a building's name, then a comma
# "Provinsi Utara Australia (Northern Territory)": a note, perhaps after the country, naming a place
NAME_IN_NOTE_GAP = re.compile(r"^\s*(?:[A-Z][\w]*(?:\s[A-Z][\w]*)?\s*)?\(\s*$")
# The states and provinces of a North American dateline ("BURLINGTON, ON", "NORFOLK, Va. (WAVY) —",
# "PORTLAND, Maine"): postal code -> (country, name), and the abbreviations news agencies write
# Country-code domains that sites take for their letters, not their country ("example.tv", "news.co"):
# they say nothing of where the news is from.
GENERIC_COUNTRY_DOMAINS = frozenset({"ai", "am", "cc", "co", "fm", "gg", "io", "la", "ly", "me", "tk", "to",
                                     "tv", "ws"})


# Indonesian's commonest words, none of them English: a text that uses them this often is written in Indonesian
INDONESIAN_FUNCTION_WORDS = re.compile(r"\b(?:yang|dan|dengan|untuk|dalam|tersebut|adalah|akan|ini|itu|dari|pada|kota|"
                                       r"juga|telah|sudah|kerja\s?sama)\b", re.I)
INDONESIAN_SHARE = 0.08


def written_in_indonesian(text: str) -> bool:
    """Whether a text is in Indonesian, by the share of its words that are Indonesian's commonest."""
    words = len(text.split())
    return words >= 20 and len(INDONESIAN_FUNCTION_WORDS.findall(text)) >= INDONESIAN_SHARE * words


# the words a council's or a town's site puts around its name in its address ("cityofadelaide", "visitlogan",
# "bad-homburg-tourismus"), and the address words that are no name at all
_SITE_NAME_AFFIXES = re.compile(r"^(?:cityof|townof|city|visit|www\d?|ci|my|the)|(?:city|council|cc|gov|tourismus|tourism|"
                                r"online|news|today|times|post)$")


def site_names(url: str | None) -> frozenset[str]:
    """The words of a site's address that may name its own town, folded and without spaces
    ("https://www.logan.qld.gov.au/...": logan; "http://ci.cambridge.mn.us": cambridge)."""
    if not isinstance(url, str):
        return frozenset()
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return frozenset()
    labels = host.split(".")[:-1]
    words = {label.replace("-", "") for label in labels} | {word for label in labels for word in label.split("-")}
    words |= {_SITE_NAME_AFFIXES.sub("", word) for word in words}
    return frozenset(word for word in words if len(word) >= 4)


def home_country(url: str | None) -> str | None:
    """The country of a news site's address ("www.rnz.co.nz": NZ, ".co.uk": GB, ".gov": US), or None for
    a generic domain. Local news speaks of local places: a bare "Hamilton" on a New Zealand site is
    New Zealand's."""
    if not isinstance(url, str):
        return None
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    top = host.rsplit(".", 1)[-1] if "." in host else ""
    if top in ("gov", "mil"):
        return "US"  # "cityofdubuque.gov": these two are the United States' alone
    if len(top) != 2 or not top.isalpha() or top in GENERIC_COUNTRY_DOMAINS:
        return None
    return "GB" if top == "uk" else top.upper()


# "Cambridge in England", "Perth, Scotland", "Perth di Skotlandia": a name right after a place, which may be
# the region it lies in
REGION_NAME_AFTER = re.compile(r"\s*(?:,|\bin\b|\bdi\b)\s*(?:the\s+)?((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)", re.I)


# "Mulheim-Karlich": a word that goes on, past a hyphen, into another name
HYPHEN_JOINED = re.compile(r"[-‐]\w")
# "... Cincinnati, and Cologne and have initiated discussions with the latter two": the last items of a list
# ("dengan dua kota terakhir": Indonesian writes the count first)
THE_LATTER = re.compile(r"\bthe\s+(?:latter(?:\s+(?P<count>two|three|four))?|last\s+(?P<last>two|three|four)"
                        r"(?!\s+(?:years?|months?|weeks?|days?|decades?|times?)\b))\b|"
                        r"\b(?P<id>dua|tiga|empat|kedua|ketiga|keempat)\s+(?:kota|daerah|wilayah)\s+terakhir\b", re.I)
NUMBER_WORDS_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "dua": 2, "tiga": 3, "empat": 4, "kedua": 2,
                      "ketiga": 3, "keempat": 4}
# "sister provinces", "provinsi kembar", "prefektur kembar", "twin regions": a tie of regions, not of towns
REGION_TWINNING = re.compile(r"sister[\s-]+(?:provinces?|states?|prefectures?|regions?)|twin[\s-]+(?:provinces?|regions?|states?)|"
                             r"pro[pv]insi(?:\s*/\s*prefe[ck]ture?)?[\s-]+(?:kembar|bersaudara|saudara|sahabat|persahabatan)|"
                             r"prefe[ck]tur\w*\s+kembar|friendship[\s-]+provinces?", re.I)
# "Jiangsu province of China": the country of a place named before, right after its "of"
OF_RIGHT_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)


NORTH_AMERICAN_STATES = {
    "AL": ("US", "Alabama"), "AK": ("US", "Alaska"), "AZ": ("US", "Arizona"), "AR": ("US", "Arkansas"),
    "CA": ("US", "California"), "CO": ("US", "Colorado"), "CT": ("US", "Connecticut"), "DE": ("US", "Delaware"),
    "FL": ("US", "Florida"), "GA": ("US", "Georgia"), "HI": ("US", "Hawaii"), "ID": ("US", "Idaho"),
    "IL": ("US", "Illinois"), "IN": ("US", "Indiana"), "IA": ("US", "Iowa"), "KS": ("US", "Kansas"),
    "KY": ("US", "Kentucky"), "LA": ("US", "Louisiana"), "ME": ("US", "Maine"), "MD": ("US", "Maryland"),
    "MA": ("US", "Massachusetts"), "MI": ("US", "Michigan"), "MN": ("US", "Minnesota"), "MS": ("US", "Mississippi"),
    "MO": ("US", "Missouri"), "MT": ("US", "Montana"), "NE": ("US", "Nebraska"), "NV": ("US", "Nevada"),
    "NH": ("US", "New Hampshire"), "NJ": ("US", "New Jersey"), "NM": ("US", "New Mexico"), "NY": ("US", "New York"),
    "NC": ("US", "North Carolina"), "ND": ("US", "North Dakota"), "OH": ("US", "Ohio"), "OK": ("US", "Oklahoma"),
    "OR": ("US", "Oregon"), "PA": ("US", "Pennsylvania"), "RI": ("US", "Rhode Island"),
    "SC": ("US", "South Carolina"), "SD": ("US", "South Dakota"), "TN": ("US", "Tennessee"), "TX": ("US", "Texas"),
    "UT": ("US", "Utah"), "VT": ("US", "Vermont"), "VA": ("US", "Virginia"), "WA": ("US", "Washington"),
    "WV": ("US", "West Virginia"), "WI": ("US", "Wisconsin"), "WY": ("US", "Wyoming"),
    "DC": ("US", "Washington, D.C."),
    "AB": ("CA", "Alberta"), "BC": ("CA", "British Columbia"), "MB": ("CA", "Manitoba"), "NB": ("CA", "New Brunswick"),
    "NL": ("CA", "Newfoundland and Labrador"), "NS": ("CA", "Nova Scotia"), "NT": ("CA", "Northwest Territories"),
    "NU": ("CA", "Nunavut"), "ON": ("CA", "Ontario"), "PE": ("CA", "Prince Edward Island"), "QC": ("CA", "Quebec"),
    "SK": ("CA", "Saskatchewan"), "YT": ("CA", "Yukon"),
}
STATE_ABBREVIATIONS = {  # as the AP and Canadian Press write them
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA",
    "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT",
    "Neb.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND",
    "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY", "D.C.": "DC",
    "Alta.": "AB", "B.C.": "BC", "Man.": "MB", "N.B.": "NB", "Nfld.": "NL", "N.S.": "NS", "Ont.": "ON",
    "P.E.I.": "PE", "Que.": "QC", "Sask.": "SK",
    **{name: code for code, (_, name) in NORTH_AMERICAN_STATES.items() if code != "DC"},
}
STATE_CODE_COUNTRY = {code: country for code, (country, _) in NORTH_AMERICAN_STATES.items()}
# a list's items either side of a name ("Casablanca, Beijing, Arkansas, Berlin"): a comma before it, and
# another comma and a capital after the state that follows it
LIST_ITEM_GAP_BEFORE = re.compile(r",\s*$")
LIST_GOES_ON = re.compile(r"\s*,\s*[A-Z]")
# Australia's state codes that are also North America's (Washington, the Northwest Territories)
AUSTRALIAN_STATE_CODES = frozenset({"WA", "NT"})
# "Bethlehem, PA and speeches": a state's postal code after a town (not before a word of its own: "Paris, OK Corral")
STATE_CODE_AFTER = re.compile(r",\s*(?P<state>" + "|".join(sorted(NORTH_AMERICAN_STATES)) + r")\b(?!\s+[A-Z][a-z])")
# "Visit Cambridge MN in June": a postal code right after the town without a comma (not one that is also an
# English word written in capitals: "IN", "ON", "OR", "ME", "HI", "OK")
STATE_CODE_GLUED = re.compile(r" (?P<state>" + "|".join(sorted(set(NORTH_AMERICAN_STATES) - {"IN", "ON", "OR", "ME", "HI", "OK"}))
                              + r")\b(?![\w-]|\s+[A-Z])")
# "Culver City, Calif.", "Great Falls, Mont.": a state or province as the press writes it, after a name
STATE_AFTER = re.compile(r",\s*(?P<state>" + "|".join(
    re.escape(a) + (r"(?!\w)" if a.endswith(".") else r"\b") for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True)) + ")")
NORTH_AMERICAN_DATELINE = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’ -]{2,30}),\s*(?P<code>[A-Z]{2}\b\.?|"
    + "|".join(re.escape(a) + (r"(?!\w)" if a.endswith(".") else r"\b") for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))
    + r")\s*(?:\([^()\n]{1,30}\)\s*)?(?:[-–—:]|$)")
# "Mr Livingstone", "Mrs Hartono": a courtesy title, then a person's name (the first word of it)
COURTESY_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)")
# "Ken Livingstone": a given name right before a surname, in one sentence (the pattern's start, the surname after)
GIVEN_NAME_BEFORE = r"\b(?!(?:Mr|Mrs|Ms|Miss|The|In|At|Of|And)\b)[A-Z][a-z]+ "
# '"...," said Bill Marshall', 'Councillor Homer Davis': a person named in full, given name and surname,
# after "said" or an English title
PERSON_NAMED = re.compile(r"\b(?:(?P<said>said)\s+|(?P<title>Mr|Ms|Mrs|Dr|Cllr|Councillor|Coun|Mayor|Alderman|"
                          r"Ambassador|Senator|Chairman|Chairwoman|Commissioner|"
                          # "national president Francis Zamora", "deputy mayor Liu Shih-fang": an office in lower case
                          r"(?<![A-Z]\w )(?:president|mayor|governor|chairman|chairperson|chairwoman|councillor|"
                          r"ambassador|minister|secretary|consul)(?=\s+[A-Z][a-z]+\s+[A-Z]))\.?\s+)"
                          r"(?P<given>[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?(?P<surname>[A-Z][a-z][\w'’-]*)\b")
# "Thaba Moyo, the mayor of Zimbabwe's second biggest city", "Paul Forbes, Honorary Secretary Coleraine
# Rugby Club said": a person named in full, then the office held (of a place or a body named after it)
PERSON_WITH_OFFICE_AFTER = re.compile(r"(?<!\bin )(?<!\bof )(?<!\bat )(?<!\bfrom )\b(?!(?:In|At|From|Of|To|On|For|With|By|And|"
                                      r"The)\b)(?P<given>[A-Z][a-z]+)\s+(?P<surname>[A-Z][a-z][\w'’-]*),\s+"
                                      r"(?:(?:the\s+)?(?:(?:[Dd]eputy|[Vv]ice|[Aa]cting|[Ff]ormer|then)[\s-]+)?(?:[Mm]ayor|[Gg]overnor|[Rr]egent|"
                                      r"[Aa]mbassador|[Cc]onsul|chairman|chairperson|president|[Mm]inister|secretary|[Cc]ouncillor)\s+of\b|"
                                      # a capitalised office, then the body's name
                                      r"(?P<titled>(?:(?:Honorary|Deputy|Vice|Acting|Former|Chief|Executive|General)\s+)*"
                                      r"(?:Secretary|Treasurer|Chairman|Chairperson|Chairwoman|Chair|President|Director|"
                                      r"Coordinator|Manager|Spokesperson|Spokesman|Spokeswoman)\s+(?:of\s+)?(?:the\s+)?[A-Z]))")
# "— Sergio Jimenez (@D2SergioJimenez)", "council members Lan Diep, Sergio Jimenez and Raul Peralez": people
# named in full, by the handle after the name or in a list after the office they share
PERSON_WITH_HANDLE = re.compile(r"\b(?P<name>(?P<given>[A-Z][a-z]+)\s+(?P<surname>[A-Z][a-z][\w'’-]*))\s*\(@\w+\)")
PEOPLE_AFTER_OFFICES = re.compile(r"\b(?:[Cc]ouncil\s*(?:[Mm]embers|men|women)|[Cc]ouncill?ors|[Aa]ldermen|[Ss]enators|"
                                  r"[Cc]ommissioners|[Ss]upervisors|[Tt]rustees)\s+(?P<names>[A-Z][a-z]+\s+[A-Z][\w'’-]+"
                                  r"(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)[A-Z][a-z]+\s+[A-Z][\w'’-]+)+)")
FULL_NAME = re.compile(r"(?P<given>[A-Z][a-z]+)\s+(?P<surname>[A-Z][\w'’-]+)")
# A country whose name is also a state's of another country: "Savannah, Georgia" is in the United States
COUNTRY_NAME_ALSO_A_STATE_OF = {"GE": "US"}
# "Media: Fianna Dickson, 625.6297", "Contact: Jane Lee, (509) 625-6600": a press contact, a person, not
# Dikson in Russia
CONTACT_BEFORE = re.compile(r"\b(?:Media|Contact|Press|Media [Cc]ontact|Press [Cc]ontact|Kontak|Narahubung)\s*:\s*"
                            r"(?:[A-Z][\w'’-]+\s+){0,2}$")
PHONE_AFTER = re.compile(r",?\s*\(?\d{3}\)?[\s.-]\d{3}[\s.-]?\d{0,4}\b")
# "Lebih lanjut Dany mengatakan ...", "Smith said": a bare name right before a verb of speaking is the
# speaker (the mayor Danny, written once "Dany", is no Dány in Hungary)
SPEAKER_AFTER = re.compile(r"\s+(?:mengatakan|menjelaskan|menuturkan|mengungkapkan|menyampaikan|menambahkan|"
                           r"menegaskan|said|says|told|added|explained)\b")
# "Somali residents in Minnesota", "Tigray refugees": a name before the people who come from there is an
# adjective of origin, not the place as a party to anything
PEOPLE_OF_AFTER = re.compile(r"\s+(?:residents|community|communities|immigrants|refugees|diaspora|people|population|"
                             r"descent|origin|ancestry|elders|families|students|women|men|youth|expatriates|expats|"
                             r"nationals|migrants|workers)\b")
# "U.S. President Dwight Eisenhower", "US Embassy": a country before an office of the nation names the
# office-holder's nation, not a country where the article's places lie
# (not a prime minister, a senator or a congressman: they speak for the places' own country as often as not)
NATIONAL_OFFICE_AFTER = re.compile(r"\s+(?:(?:Vice\s+)?President|Ambassador|Embassy|Consul|Consulate|"
                                   r"Navy|Army|Air\s+Force|Marines?|troops|forces|military)\b")
# the capitalised words of a nation's name right before such an office ("U.S.", "United States")
NATION_BEFORE_OFFICE = re.compile(r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?=" + NATIONAL_OFFICE_AFTER.pattern + ")")
# "Bridgend AM", "Wrexham MP", "Leeds MEP": a member for a seat, abbreviated after the seat's name, is no
# surname glued to a person's given name ("Fuji TV" is no member, and its "TV" still reads as glue)
MEMBER_FOR_SEAT = frozenset({"MP", "AM", "MS", "MSP", "MLA", "MEP", "MPP", "MNA", "MHA", "MHK", "TD"})
# a town's own bodies and groups written as acronyms after its name: "the Danville SC group" (Sister Cities),
# "Tullamore MD" (Municipal District), "Leeds CC" (City Council): the town, no person's surname
TOWN_BODY_ACRONYMS = frozenset({"SC", "SCA", "SCI", "MD", "CC", "TC", "DC", "BC"})
ACRONYM_IN_BRACKETS = re.compile(r"^\s*\([A-Z][A-Z0-9&.-]{1,10}\)")
REGION_GAP = re.compile(r"\s*,\s*|\s+in\s+")  # "Westlake, Ohio", "Danville in Kentucky"
PLAIN_GAP = re.compile(r"^\s*(?:,|\()?\s*$")  # "Kochi, Jepang": the country says which namesake
# "Geoege Town (Pulau Penang)", "Ipoh, Negeri Perak": a region after a name, with its unit word
REGION_AFTER_GAP = re.compile(r"^\s*(?:,|\()?\s*(?:(?:Pulau|Provinsi|Negeri|Negara\s+Bagian|Prefektur)\s+)?$")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# "Richmond in Greater London", "Kingston in London": a town written in a city
IN_DIVISION_GAP = re.compile(r"\s*,?\s+in\s+(?:the\s+)?")
LOWER_CASE_UNIT_AFTER = re.compile(r"\s+(?:county|province|district|region|state|prefecture|department|oblast|parish|"
                                   r"governorate|municipality|voivodeship|canton)\b")
IN_CITY_GAP = re.compile(r"\s+in\s+(?:(?:Greater|Metropolitan|Metro|central|inner|outer|south|north|east|west)\s+)?")
# "Anxi County in China's Fujian Province": the country between a place and its province
COUNTRY_BETWEEN = re.compile(r"^\s*,?\s+(?:in|di|of)\s+(?:the\s+)?$", re.I)  # "Bergen, in Germany", "Victoria of Australia"
BOTH = re.compile(r"\b(?:kedua (?:kota|pihak|daerah|wilayah|provinsi|belah pihak|pemerintah|kepala daerah|wali ?kota|"
                  r"bupati|gubernur)|both (?:cities|parties|sides)|"
                  r"the two (?:cities|parties|sides|provinces)|keduanya)\b", re.I)  # "Keduanya menandatangani MoU"
# "Kerja sama itu ditandai dengan penandatanganan MoU": the tie of the sentence before.
THAT_COOPERATION = re.compile(r"\b(?:kerja\s?sama|hubungan|kemitraan)(?:\s+(?:sister|kota|provinsi|kembar|city|province)){0,2}"
                              r"\s+(?:itu|tersebut|ini)\b|\b(?:this|that) (?:partnership|cooperation|relationship)\b|"
                              r"\b(?:these|those) (?:partnerships|relationships|ties)\b",
                              re.I)
# A list's next name ("A, B, C and D": three), and the words before it that announce partners ("21
# cities which have been cooperating with the city are ...", "each of our sisters:", "relationships
# with", "kota mitra yaitu ..."): a long list so introduced lists partners even with no twinning word
LIST_ITEM_START = re.compile(r"(?:[,;•]\s*(?:(?:and|dan|serta|&)\s+)?|\s+(?:and|dan|serta|&)\s+)[A-Z]")
PARTNERS_LISTED_AFTER = re.compile(r"\b(?:cities|towns|partners|sisters|twins|municipalities|provinces|regions|"
                                   r"relationships|relations|partnerships|ties|links|kota|mitra|daerah|"
                                   # (not "linked with Dublin, Amsterdam, ... by direct flights")
                                   r"linked(?![^.]*\b(?:flights?|routes?|rail|trains?|ferry|ferries|airlines?|buses)\b))\b"
                                   r".*?(?::|\b(?:are|were|include[sd]?|including|such\s+as|with|adalah|yaitu|yakni|"
                                   r"antara\s+lain|di\s?antaranya|meliputi|seperti|dengan)\b)", re.I | re.S)
# "Kunjungan itu bertujuan menjajaki sister city": the event of the sentence before.
# "Di antaranya yaitu dengan A, B dan C", "Among them are A, B and C": a sentence that lists what the one
# before it counted, even after a paragraph break
LIST_OPENER = re.compile(r"^\W*(?:di\s*antaranya|antara lain|yaitu|yakni|among them|th(?:ese|ose)(?: \w+)? (?:are|include)|"
                         r"they (?:are|include)|they were|misalnya|contohnya|for (?:example|instance)|such as|"
                         # "Seperti Jakarta dengan Tokyo ...", not "Seperti diketahui" (as is known)
                         r"(?-i:[Ss]eperti)(?=\s+[A-Z]))\b", re.I)
POINTER = re.compile(r"\b(?:(?:kunjungan|pertemuan|penandatanganan|lawatan|delegasi)\s+(?:itu|tersebut|ini)|"
                     r"(?:the|this) (?:visit|meeting|signing|delegation))\b", re.I)
# the end of a clause; not the full stop of an abbreviated name ("St. Louis")
CLAUSE_END = re.compile(r";|(?<!\bSt)(?<!\bMt)(?<!\bFt)\.|\b(?:untuk|guna|agar|yang|which|to)\b")
# (not "significant", "signal", "signage", nor the noun of a signpost: "the sign includes", "a sign of")
SIGNING = re.compile(r"\b(?:(?<!\bthe\s)(?<!\ba\s)signs?|sign(?:ed|ing|ings|atory|atories|ature|atures)|penandatanganan|"
                     r"menandatangani|ditandatangani|menandatangan)\b", re.I)
LIST_IN_PASSING = re.compile(r"\b(?:like|such as|seperti|antara lain|di antaranya|diantaranya|"
                             r"termasuk|including|previously|sebelumnya|selain)\b", re.I)
BACKGROUND = re.compile(r"\b(?:(?:also|already|currently|now) (?:has|have|had)|(?:has|have|had) (?:also|already)|juga (?:telah|sudah|memiliki|mempunyai|menjalin)|previously|"
                        r"sebelumnya|selain itu|besides|in addition to|other sister cities|existing|lainnya|"
                        # "Earlier, Rzeszów had struck partnership agreements with Lviv, ...": before the news
                        # (of agreements: "had signed memoranda with" keeps its memoranda's stage)
                        r"(?-i:Earlier),(?=\s)|had\s+(?:already\s+)?(?:struck|signed|concluded|inked|forged)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|pacts?|deals?)|"
                        r"(?:sudah|telah) (?:memiliki|mempunyai))\b", re.I)
# "Chortkiv would join Whitehorse's three other sister cities: A; B and C", "will be joining a long list of
# Montreal sister cities including: ...": the places listed after are the partners the owner already has
# (a named owner's: not "joins family of partner cities: Gdynia, ... signed agreements with it", nor
# "agreed to join as sister cities", which names no partners had, nor "Kraków joined its partner
# cities Leipzig, ... in sending aid", where the newcomer is the owner; the list must follow the words
# closely, JOINED_LIST_GAP: "joined the network of twin towns in 1995, signed agreements with ..." lists
# the day's partners)
JOINS_PARTNERS = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?(?:(?-i:[A-Z])[\w-]*['’]s|"
                            r"(?:list|roster|family|ranks|network|circle)\s+of\s+(?-i:[A-Z])[\w-]*)\s+(?:[\w'’-]+\s+){0,4}?"
                            r"(?:sister|twin|partner|friendship)[\s-](?:cities|towns|communities|provinces|states|regions|"
                            r"city|town)\b", re.I)
JOINED_LIST_GAP = re.compile(r"(?:\s*(?:roster|list|family|network)?\s*(?:of|including|include|such\s+as|namely|:|,|[-–—])?)*\s*$",
                             re.I)
COUNTRY_PARTY = re.compile(r"(?:pihak|dengan|with|negara|pemerintah|government of|"
                           r"(?:kota|city|a city|daerah|provinsi|province|a province)\s+(?:di|in))\s+$", re.I)
# "dengan salah satu kota di Belanda", "twinned with a city in Spain": a partner not yet named, of that
# country; not where the text names it ("Tula adalah salah satu kota di Rusia", "... di Ceko, Hluboka")
# (the Indonesian units of such a partner: "provinsi atau kabupaten di RRT", "salah satu kota utama di
# Azerbaijan", "kota-kota yang ada di Belanda")
_UNNAMED_UNITS = (r"(?:kota|daerah|wilayah|kabupaten|provinsi)(?:-(?:kota|daerah|wilayah|provinsi))?"
                  r"(?:\s+(?:atau|dan)\s+(?:kota|daerah|wilayah|kabupaten|provinsi))?"
                  r"(?:\s+(?:utama|besar|terbesar|penting|lain|lainnya))?\s+(?:yang\s+(?:ada|berada)\s+)?(?:di|dari)")
UNNAMED_CITY_OF_BEFORE = re.compile(r"\b(?:(?:(?:salah\s+)?satu|sejumlah|beberapa)\s+" + _UNNAMED_UNITS + "|"
                                    # "sister city antara Makassar dengan kota di Inggris", "menghubungkan Bali
                                    # dengan wilayah di Slovakia": after the twinning's "dengan", places of a country
                                    r"dengan\s+" + _UNNAMED_UNITS + "|"
                                    r"(?:a|one)\s+(?:city|town|province|region|municipality|county)\s+(?:in|from)|"
                                    r"one\s+of\s+(?:the\s+|its\s+)?cities\s+in)\s+(?:the\s+|negara\s+)?(?:republik\s+|republic\s+of\s+)?$", re.I)
# "has sister cities in Italy, South Korea and Peru", "sister-state relationships in China", "Riverside's
# sister city in China", "memiliki sister city di Jepang, Korea dan China": the ties of the side named
# before, whose partners the text places by their country only (not "an agreement signed in China": only
# the ties themselves, not an act, lie in a country)
_TIES = (r"(?:sister[\s-]*(?:cit(?:y|ies)|provinces?|states?)|twin(?:ned)?[\s-]+(?:towns?|cit(?:y|ies))|"
         r"kota\s+(?:kembar|bersaudara))(?:[\s-]+(?:relationships?|relations|ties|links|partners?(?:hips?)?))?"
         r"(?:\s+(?:located|based))?\s+")
TIES_IN_BEFORE = re.compile(_TIES + r"(?:in|di)\s+(?:both\s+)?(?:the\s+)?$", re.I)
# the same ties in English, whose country is no venue ("MoU sister city di Den Haag" is one: in Indonesian
# the document comes first)
ENGLISH_TIES_IN_BEFORE = re.compile(_TIES + r"in\s+(?:both\s+)?(?:the\s+)?$", re.I)
# "San Miguel de Allende has sister cities in", "New Haven's eight sister cities located in", "Kota Bandung
# memiliki sister city di": the words between the place that owns those ties and the ties (not "Bristol, Rhode
# Island and sister cities in Canada", nor "Huai'an city in East China's Jiangsu province has ...": a place
# named only to locate the owner is none)
OWNER_OF_TIES_GAP = re.compile(
    r"(?:['’]s?|\s+(?:(?:also|now|already|currently|still|juga|sudah|telah)\s+)?"
    r"(?:has|have|had|maintains?|maintained|boasts?|counts?|enjoys?|holds?|memiliki|mempunyai|punya))"
    r"\s+(?:(?:also|now|already|several|many|other|existing|formal|official|its|their|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|\d+|beberapa|sejumlah)\s+)*", re.I)
# "kerja sama sister city dengan Turki", "sister city dengan pihak Korea Selatan", "kerja sama dengan pihak
# Jepang": a country right after the twinning's "with" (or after "pihak", a party) is the partner, left unnamed
PARTNER_COUNTRY_BEFORE = re.compile(
    r"(?:(?:sister[\s-]*(?:city|province)|kota\s+(?:kembar|bersaudara)|twinning|twinned)['’\"”)]*\s+"
    r"(?:dengan|with)\s+(?:(?:pihak|negara|pemerintah)\s+|the\s+government\s+of\s+"
    # "dengan kota luar negeri meliputi Korea, Taiwan dan Perancis"
    r"|(?:kota|negara|daerah)(?:-(?:kota|negara|daerah))?\s+(?:di\s+)?(?:luar\s+negeri|asing)\s+"
    r"(?:(?:meliputi|yakni|yaitu|antara\s+lain|seperti|di\s*antaranya)\s+)?)?"
    r"|\bkerja\s*sama\s+dengan\s+pihak\s+)$", re.I)
# "Limassol is twinned with Nanjing, Guangzhou and Weinan; Larnaca with Ningbo and Yichang": a clause
# opening with its subject place (after the semicolon, maybe "and"), and the "with" after that place
# ("They include Ulverston, which is twinned with ...; Coniston, which ...": a list of such clauses)
CLAUSE_SUBJECT_LEAD = re.compile(r"\s*(?:(?:they|these|those)\s+(?:also\s+)?include\s+)?(?:(?:and|dan|serta|while|whereas|sedangkan)\s+)?"
                                 r"(?:the\s+(?:city|town)\s+of\s+|kota\s+)?", re.I)
WITH_IN_CLAUSE = re.compile(r"\b(?:with|dengan)\b", re.I)
# "if Shanghai and Nairobi were sister cities, we could ...": a pair imagined, not reported
IMAGINED_BEFORE = re.compile(r"\b(?:[Ii]f|[Ss]eandainya|[Aa]ndaikan|[Aa]ndaikata|[Ii]magine)\s+(?:the\s+cities\s+of\s+)?$")
IMAGINED_AFTER = re.compile(r"\s+(?:were|would|could|became)\b")
# "Harare and Lusaka are not even sister cities, but we are twin sisters", "A dan B bukan kota kembar": a
# pair denied ("not yet", "belum" only put it off: a plan)
# "... but no formal ties currently exist with Guizhou", "there is no sister city agreement with": the place after it
# is denied a tie
NO_TIE_WITH_BEFORE = re.compile(r"\bno\s+(?:formal\s+|official\s+|such\s+|existing\s+)?(?:sister[\s-]cit(?:y|ies)\s+|twinning\s+)?"
                                r"(?:ties|relations(?:hips?)?|agreements?|links?|twinnings?|partnerships?)\s+(?:\w+\s+){0,2}?"
                                r"(?:exists?\s+|yet\s+)?with\s+(?:the\s+)?$", re.I)
DENIED_AFTER = re.compile(r"\s+(?:(?:are|were|is|was)\s+not|aren['’]t|weren['’]t|bukan(?:lah)?)\s+(?:even\s+|really\s+|officially\s+)?"
                          r"(?:(?:an?|the)\s+)?(?:sister|twin(?:ned)?\b|kota\s+kembar|kota\s+bersaudara)|"
                          # "Shenzhen and Brisbane have cooperated on trade for years but have no formal sister city
                          # relationship", "do not yet have a twinning agreement"
                          # (not "do not yet have a twinning agreement, but a memorandum is being drafted": one to come)
                          r"[^.;:!?]{0,60}?\b(?:(?:have|has|had)\s+no|(?:do|does|did)\s+not\s+have\s+(?:an?\s+)?|"
                          r"(?:have|has)\s+never\s+(?:had|signed)\s+(?:an?\s+)?|tidak\s+(?:memiliki|mempunyai)\s+)"
                          r"\s*(?:[\w-]+\s+){0,2}?(?:sister[\s-](?:city|cities|province|state)|twin[\s-](?:city|town)|"
                          r"twinning|kota\s+kembar|provinsi\s+kembar)\b", re.I)
# "Kota Banda Aceh dan Turki menjajaki kerja sama sister city": a place and a country, the two parties
JOINED_TO_COUNTRY = re.compile(r"\s+(?:dan|and)\s+")
# "penjajakan kerja sama sister city antara Ceko dan Yogyakarta", "antara Kroasia dengan Surabaya": the
# country named first of the two parties, and the words joining them
BETWEEN_JOIN = re.compile(r"\s+(?:dan|dengan|and|with)\s+")
BETWEEN_COUNTRY_AND = re.compile(r"(?:sister[\s-]*(?:city|province)|kota\s+(?:kembar|bersaudara))['’\"”)]*\s+antara\s+$", re.I)
# "dengan Korea, Taiwan dan Perancis", "in Italy, the United States": the countries listed after the first
COUNTRY_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:dan|and|serta)\s+)?|\s(?:dan|and|serta)\s+)(?:the\s+)?$")
# "Turki's", "Jepang, yakni ...", "China's Xiamen", "Jepang (Kota Osaka)": the partner is named after all
COUNTRY_THEN_NAME = re.compile(r"['’]s\b|\s+[A-Z]|\s*\(")
# "Korea Selatan (Korsel)": a bracket right after a country, that may only give its short form
BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,40})\)")
# "salah satu kota di Belanda", "a city in Spain": the partner left unnamed is one city of that country
UNNAMED_ONE_CITY_BEFORE = re.compile(r"(?:(?<!-)\bkota|\b(?:a|one)\s+city|\bone\s+of\s+(?:the\s+|its\s+)?cities)\s+"
                                     r"(?:di|dari|in|from)\s+(?:the\s+|negara\s+)?$", re.I)
UNNAMED_PLACE_OF_BEFORE = re.compile(r"\b(?:salah\s+satu|satu|a|one)\s+(?:[\w-]+\s+){0,3}?(?:di|in|from|dari)\s+$", re.I)
# "Pemkot Semarang tidak akan menjalin sister city dengan kota di Israel", "menolak usulan", "sister school,
# bukan sister city": a tie refused or denied, whose unnamed partner is no partner
REFUSED = re.compile(r"\b(?:tidak\s+(?:akan\s+|pernah\s+)?(?:menjalin|menjadi|membuka|melanjutkan|ada)|menolak|ditolak|"
                     r"bukan(?:lah)?\s+(?:sister|kota\s+kembar|kota\s+bersaudara)|refus\w*|reject\w*|will\s+not|won['’]t)\b",
                     re.I)
NAMED_BEFORE_UNNAMED_CITY = re.compile(r"(?:,|\b(?:adalah|merupakan|ialah|is|was|as|sebagai))\s*$", re.I)
NAME_AFTER_COUNTRY = re.compile(r"\s*(?:(?:,|:|\()\s*(?:(?:yakni|yaitu|namely)\s+)?|\b(?:yakni|yaitu|namely)\b\s*)"
                                r"(?:kota\s+|the\s+city\s+of\s+)?[A-Z]")  # (", yakni Kota Saint Louis")
# "canceled their sister city agreements with Israeli cities": the partners named by their country
# only, many and unnamed (not the story's own partner, named elsewhere)
PARTNERS_BY_NATIONALITY = re.compile(
    r"\b(?:with|and|dengan)\s+(?:(?:several|some|many|various|other|their|its|two|three|four|five)\s+)?(?:"
    + "|".join(sorted((re.escape(d) for d in DEMONYMS), key=len, reverse=True))
    + r")\s+(?:cities|towns|municipalities|provinces|regions|partners|counterparts)\b"
    # (not where their names follow: "with Russian cities: Samara, Ulan-Ude and Krasnoyarsk")
    r"(?!\s*(?:[:,(\u2013\u2014-]\s*)?(?:(?:such\s+as|including|namely|like|of|in|yaitu|yakni|seperti)\s+)?(?-i:[A-Z]))", re.I)
# "kota-kota di Jepang", "cities in Japan": places in general, not one partner
MANY_IN = re.compile(r"(?:kota-kota|daerah-daerah|provinsi-provinsi|cities|regions|provinces|towns)\s+(?:di|in)\s+"
                     r"(?:the\s+)?$", re.I)

# The alternations searched in every sentence, each behind a look-ahead on its first characters
# (same matches, two to three times faster: prefilter.py).
(TWINNING, DOCUMENT, WEAK, PARTNERS, RELEVANT, ANAPHOR, BOTH, POINTER, SIGNING, LIST_IN_PASSING, BACKGROUND,
 FIELD_CONTEXT, INITIATIVE, CLAUSE_END, COUNTRY_PARTY, MANY_IN, PREFIX, DEMONYM_UNIT, PEOPLE_IN, ROUTE_TO) = map(
    prefiltered, (TWINNING, DOCUMENT, WEAK, PARTNERS, RELEVANT, ANAPHOR, BOTH, POINTER, SIGNING, LIST_IN_PASSING,
                  BACKGROUND, FIELD_CONTEXT, INITIATIVE, CLAUSE_END, COUNTRY_PARTY, MANY_IN, PREFIX, DEMONYM_UNIT,
                  PEOPLE_IN, ROUTE_TO))
# The two searched in every sentence, behind the words each of their matches holds (a sentence without
# any is passed over at once: a fifth of the extractor's time on the development sets).
TWINNING_WORDS = ("sister", "twin", "kembar", "saudara", "sahabat", "friend", "partner", "pair", "amity",
                  "brotherhood", "hermana", "mitra", "sibling")
RELEVANT_WORDS = TWINNING_WORDS + (
    "loi", "mou", "intent", "memorand", "kesepahaman", "perjanjian", "agreement", "pernyataan", "kesepakatan",
    "piagam", "charter", "document", "dokumen",  # DOCUMENT
    "kerja", "cooperation", "relationship", "hubungan", "partnership", "kemitraan", "ties", "link", "bond",  # WEAK
    "mitra", "partners")  # PARTNERS
TWINNING, RELEVANT = KeywordGated(TWINNING, TWINNING_WORDS), KeywordGated(RELEVANT, RELEVANT_WORDS)
FIELD_PATTERNS = [(name, prefiltered(pattern)) for name, pattern in FIELD_PATTERNS]
# whether a sentence names any field at all, in one search: most name none
ANY_FIELD = prefiltered(re.compile("|".join(rf"\b(?:{cue})" for _, cue in FIELDS), re.I))

# "People’s Republic of China", "the Republic of Korea", "Kingdom of Thailand": a country's long form
LONG_FORM_BEFORE = re.compile(r"\b(?:(?:Democratic\s+)?People['’]s\s+|Federal\s+|Islamic\s+|Socialist\s+|United\s+|Arab\s+)?"
                              r"(?:Republic|Kingdom|Commonwealth|Federation|Sultanate|Union)\s+of\s+(?:the\s+)?$")
LONG_FORM_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
LONG_FORM_COUNTRIES = {"republic of korea": "KR", "peoples republic of korea": "KP",
                       "democratic peoples republic of korea": "KP"}
# "Port of Spain", "PORT OF SPAIN", "Bay of Plenty": up to two capitalised words, a small word, a name
OF_NAME = re.compile(r"(?<![\w-])(?:(?P<head>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:of|de|del|da|do|on|upon|sur|am)\s+"
                     r"(?:the\s+)?[A-Z][\w'’-]+"
                     r"|(?P<caps>[A-Z]{2,}(?:\s+[A-Z]{2,})?)\s+(?:OF|DE|DEL|ON|UPON)\s+[A-Z]{2,})(?![\w-])")
# "Bayan County of Heilongjiang Province": an unknown name, its unit word, then "of" and a region
UNKNOWN_UNIT_OF_REGION = re.compile(r"(?<![\w-])(?P<name>(?P<core>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s"
                                    r"(?P<unit>County|District|Township|Town|Village|Municipality|City))\s+of\s+(?:the\s+)?(?=[A-Z])")
UNIT_OF_AFTER_NAME = re.compile(r"(?:County|City|Province|Prefecture|State|District) of\b")
NAME_RIGHT_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)\s+$")
# "Kathmandu Metropolitan City (KMC)": capitalised words, then their acronym in brackets
ACRONYM_DEFINED = re.compile(r"(?P<words>(?:[A-Z][\w'’-]*\s+(?:of\s+|the\s+)?){1,6})\((?P<acronym>[A-Z]{2,6})\)")
# small words that an acronym skips: "Democratic Republic of the Congo (DRC)"
SMALL_WORDS_IN_NAMES = frozenset({"of", "and", "the", "for", "de", "du", "des", "la", "le", "dan"})
