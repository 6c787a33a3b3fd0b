"""Places named in a sentence: qualified names (Kabupaten X, X County), titles (Wali Kota X),
bare names the gazetteer knows, and countries; with the words around them that matter."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import Gazetteer, Place, fold

LEVEL = {"city": "local", "regency": "local", "county": "local", "district": "local",
         "other": "local", "province": "region", "state": "region", "prefecture": "region",
         "country": "country"}

# Words before a name that say what kind of unit it is. Titles of office count: a governor
# heads a province-level unit, a mayor a city, a regent a regency.
PREFIX_KINDS = [
    (r"Pemerintah Kabupaten(?: \(Pemkab\))?|Pemkab|Kabupaten|Kab\.", "regency"),
    (r"Pemerintah Kota(?: Administrasi)?(?: \(Pemkot\))?|Pemkot|Pemko|Kota Administrasi|Kotamadya|Kota|kota|"
     r"the city of|the City of|city of|City of|"
     r"Majlis Bandaraya|Majlis Perbandaran|Dewan Bandaraya|Lord Mayor of|Lord Mayor|"
     r"Wakil Wali ?[Kk]ota|Wali ?[Kk]ota|Walikota|Mayor of|mayor of|Executive Mayor|Mayor", "city"),
    (r"Pemerintah Provinsi(?: \(Pemprov\))?|Pemprov|Provinsi|provinsi|Propinsi|propinsi|Province of|"
     r"Wakil Gubernur|Gubernur(?: Provinsi)?|Governor of|Governor|Wagub", "province"),
    (r"Special Region of|Special Capital Region of|Daerah Istimewa|Daerah Khusus Ibukota", "province"),
    (r"Prefektur|Prefecture of", "prefecture"),
    (r"Negara Bagian|State Government of|State of|the state of", "state"),
    (r"Penjabat Bupati|Wakil Bupati|Bupati|Regent of|Regent", "regency"),
    (r"County of", "county"),
    (r"Distrik", "district"),
]
PREFIX_KIND_OF_GROUP = {f"k{i}": kind for i, (_, kind) in enumerate(PREFIX_KINDS)}
PREFIX = re.compile(r"\b(?:" + "|".join(f"(?P<k{i}>{pattern})" for i, (pattern, _) in enumerate(PREFIX_KINDS))
                    + r")\s+(?=[A-Z])")
TITLE_WORDS = re.compile(r"^(?:Wakil |Penjabat |Plt\.? |Plh\.? )?(?:Wali ?[Kk]ota|Walikota|Mayor|Executive Mayor|"
                         r"Lord Mayor|Gubernur|Governor|Bupati|Wagub|Wakil Gubernur|Wakil Bupati|Regent)")
# English puts the place before the office ("Bogor Mayor Bima Arya"): an office without "of" is
# followed by the holder's name, whereas Indonesian puts the place first ("Wali Kota Bogor Bima Arya").
ENGLISH_TITLE = re.compile(r"^(?:Lord Mayor|Executive Mayor|Mayor|Governor|Regent)$")
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
}
UNIT_KINDS = {"city": "city", "town": "city", "municipality": "city", "port city": "city",
              "capital": "city", "state": "state", "province": "province", "prefecture": "prefecture",
              "county": "county", "region": None, "district": "district"}
DEMONYM_UNIT = re.compile(
    r"\b(?P<demonym>" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\s+(?P<unit>"
    + "|".join(sorted(UNIT_KINDS, key=len, reverse=True)) + r")\s+of\s+$", re.I)
# Compass words inside a name ("Kuching North", "Jakarta Selatan") are not a person's name.
COMPASS = {"north", "south", "east", "west", "central", "utara", "selatan", "timur", "barat", "tengah"}
SUFFIX_KINDS = {
    "regency": "regency", "regency government": "regency", "city": "city", "municipal council": "city",
    "city council": "city", "municipality": "city", "city government": "city",
    "metropolitan city": "city", "special city": "city", "metropolitan government": "city",
    "metropolitan city government": "city", "capital city government": "city", "capital city": "city",
    "province": "province", "provincial government": "province", "prefecture": "prefecture",
    "prefectural government": "prefecture", "county": "county", "county government": "county",
    "district": "district", "state": "state", "state government": "state",
    "special self-governing province": "province", "special self-governing city": "city",
}
# Romanised unit words: a Korean gun is a county, a gu a district, a do a province; a Japanese
# shi a city, a ken a prefecture; a Chinese xian a county, a sheng a province.
ROMANISED_SUFFIX = re.compile(r"[-\s](gun|gu|do|si|shi|ken|xian|sheng)$", re.I)
ROMANISED_COUNTRY = {"gun": "KR", "gu": "KR", "do": "KR", "si": "KR", "shi": "JP", "ken": "JP",
                     "xian": "CN", "sheng": "CN"}
ROMANISED_KIND = {"gun": "county", "gu": "district", "do": "province", "si": "city", "shi": "city",
                  "ken": "prefecture", "xian": "county", "sheng": "province"}
# Organisations named after a place: the place is not a party in its own right.
ORGANISATION_BEFORE = re.compile(
    r"(?:KBRI|KJRI|Konjen(?: RI)?|Kedutaan Besar(?: Republik Indonesia)?(?: \(KBRI\))?|Konsulat Jenderal"
    r"(?: Republik Indonesia)?(?: \(KJRI\))?|Dubes(?: RI)?|Duta Besar(?: \w+)? untuk|Kadin|Kamar [Dd]agang"
    r"(?: [Dd]an)?(?: [Ii]ndustri)?(?: \(Kadin\))?|Chamber of Commerce|Embassy|Universitas|University|"
    r"Bank|PT|DPRD|Balai Kota|Balaikota|balaikota|Sekretariat Daerah|Setda|Biro|Dinas|Museum|Hotel|"
    r"Bandara|Pelabuhan|Stasiun|Festival|Monument|Gedung|Wisma|Sister City Association of|"
    r"Ketua(?: \w+)?)\s*$")
# "officials in Lviv", "warga di Bogor": the people of a place, not where something happened
PEOPLE_IN = re.compile(r"\b(?:officials|residents|leaders|authorities|people|citizens|pejabat|warga|masyarakat|"
                       r"pemerintah|government)\s+(?:in|di|of)\s+(?:the\s+)?$", re.I)
VENUE_AT = re.compile(r"\b(?:di|in|at)\s+(?:the\s+)?$", re.I)
ORGANISATION_AFTER = re.compile(r"^\s*(?:Festival|Monument|University|Sister City Association|Village Festival|"
                                r"Sport Committee|Cultural Festival|Museum|Airport|Embassy|Chamber)\b")
VENUE_BEFORE = re.compile(r"(?:\b(?:di|in|at|ke|to|menuju|tiba di|berada di)\s+(?:the\s+)?"
                          r"(?:(?:city|kota|ibukota|balaikota) (?:of )?)?)$", re.I)
# A capitalised word; "Gyeongsangbuk-Do" keeps its unit suffix (and "-Di", a common misspelling of it).
_WORD = r"[A-Z](?:[\w'’.]|-(?=[a-z0-9])|-(?=(?:Do|Gun|Si|Shi|Ken|Gu|Di)\b))*"
NAME = re.compile(rf"{_WORD}(?:\s+{_WORD})*")
HYPHEN_PAIR = re.compile(rf"(?<![\w.])(?P<first>{_WORD}(?:\s{_WORD}){{0,2}})\s?[-–—]\s?(?P<second>{_WORD}(?:\s{_WORD}){{0,2}})")
BETWEEN_PAIR = re.compile(rf"\b(?:antara|between)\s+(?:the\s+city\s+of\s+|kota\s+)?(?P<first>{_WORD}(?:\s{_WORD}){{0,2}})"
                          rf"\s+(?:dan|dengan|and)\s+(?:the\s+city\s+of\s+|kota\s+)?(?P<second>{_WORD}(?:\s{_WORD}){{0,2}})")
# "Saint-Cloud", "Aix-en-Provence": a hyphenated name, taken whole when the gazetteer knows it
# (otherwise "Bogor-Kisarazu" is a pair of places).
HYPHENATED = re.compile(r"(?<![\w-])[A-Z][\w'’]+(?:-[\w'’]+)+")
OF_PLACE = re.compile(r",?\s+of\s+(?:the\s+)?(?:(?:City|Regency|Province) of\s+)?")
PLACE_OFFICE = re.compile(rf"({_WORD}(?:\s+{_WORD}){{0,2}}?)(?=\s+(?:Acting |Deputy |Vice )?(?:Lord )?"
                          r"(?:Mayor|Governor|Regent)\b)")
OFFICE_AFTER = re.compile(r"\s+((?:Acting |Deputy |Vice )?(?:Lord )?(?:Mayor|Governor|Regent))\s*,")
SPECIAL_UNIT_AFTER = re.compile(r"\s+Special\s+Self-Governing\s+(Province|City)\b", re.I)
DESCRIBED_KINDS = {"ward": "district", "borough": "district", "suburb": "district", "kota": "city",
                   "kabupaten": "county", "distrik": "district", "kecamatan": "district"}
DESCRIBED = re.compile(rf"(?P<name>{_WORD}(?:\s{_WORD}){{0,2}}),\s+(?:a|an|sebuah|salah satu)\s+(?:[a-z]+\s+)?"
                       r"(?P<unit>district|ward|borough|suburb|city|town|county|municipality|kota|kabupaten|distrik|"
                       r"kecamatan)\s+(?:of|in|di)\s+(?=[A-Z])")
# Indonesian numbers, some of which are also place names (Lima, Enam): a number when a noun follows.
NUMBER_WORDS = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"}
HONORIFICS = {"alderman", "mr", "mrs", "ms", "dr", "bapak", "ibu", "h", "hj", "ir", "drs", "prof"}
POSSESSIVE = re.compile(r"['’]s$")
PERSON = re.compile(r"\s*[,–-]?\s*(?:(?:Mr|Bapak|Drs|Dr|H|Ir|Alderman)\.?\s+)*"
                    r"([A-Z][a-zé'’]+(?:\s+(?:[A-Z][a-zé'’]+|[A-Z]\.|van|den|de|bin|Abu)\b){0,4})")
# Capitalised words that are never a place here: function words, titles, days and months,
# document names, and the verbs of headlines.
STOPWORDS = {fold(w) for w in """
Sister City Cities Province Provinsi Kota Kabupaten Pemerintah Program Baca Dalam Dia Ia Kami Saya
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
Group Friendship Twin Town Association Festival COPYRIGHT Editor Pewarta Reporter
Akan Jadi Ajak Gandeng Jajaki Tandatangani Teken Jalin Perpanjang Kunjungi Peringati Sign Signed Ink
Establish Establishes Goes Exist Kunjungan Penandatanganan Tandatangan Pengembangan Makin Akrab
Kembar Kembaran Bersaudara Persahabatan Bersahabat Berkembar Kerja Terbentuk Menjadi Dunia
Metropolitan Capital Provincial Municipal Special Autonomous Region Prefectural Regional Daerah
Commission Committee Board Office Hall Centre Center Authority Department Agency Ministry Secretariat
Tak Tidak Bukan Belum Usai Jelang Soal Kala Demi Agar Bila Jika Kini Masih Sudah Telah Mulai Bisa
Harus Siap Resmi Segera Pertama Begini Inilah Berikut Simak Wow Heboh Viral
Governing Self-Governing North South East West Central Northern Southern Eastern Western Utara Selatan
Timur Barat Tengah
""".split()}


@dataclass
class Mention:
    surface: str              # the words of the text ("Pemkab Bogor", "Gurye-gun")
    core: str                 # the name without administrative words ("Bogor")
    start: int
    end: int
    place: Place | None       # resolved place, None when only the context says it is a place
    kind: str | None          # kind to report
    country: str | None       # ISO alpha-2 where known
    venue: bool = False       # "di X", "in X": where something happened
    organisation: bool = False  # "KBRI X", "Kadin X": an organisation named after X
    is_country: bool = False
    qualifies: bool = False   # only says where the mention before it lies ("Nablus, Palestina")
    weak: bool = False        # a bare name of a little-known place: kept only with support
    qualified: bool = False   # an administrative word or a title came with the name
    title: str | None = None  # the office named with the place ("Wali Kota"), if any


def _typo_candidates(folded: str) -> list[str]:
    """Keys one edit away (insertion, deletion, substitution or swap of letters or a space)."""
    letters = "abcdefghijklmnopqrstuvwxyz "
    keys = []
    for i in range(len(folded) + 1):
        for ch in letters:
            keys.append(folded[:i] + ch + folded[i:])
        if i < len(folded) - 1:
            keys.append(folded[:i] + folded[i + 1] + folded[i] + folded[i + 2:])
        if i < len(folded):
            keys.append(folded[:i] + folded[i + 1:])
            for ch in letters:
                keys.append(folded[:i] + ch + folded[i + 1:])
    return keys


class MentionFinder:
    """Finds place mentions in sentences with one gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.people: list[tuple[Mention | None, str, str]] = []  # (place, person, office)

    def resolve(self, name: str, *, kind: str | None = None, country: str | None = None,
                fuzzy: bool = False) -> Place | None:
        folded = fold(name)
        if not folded or folded in STOPWORDS or len(folded) < 3 and folded not in ("ri",):
            return None
        candidates = self.gaz.lookup(name, country=country)
        if not candidates and fuzzy and len(folded) >= 6 and " " not in name.strip():
            for key in _typo_candidates(folded):
                if self.gaz.knows(key):
                    candidates = self.gaz.lookup(key, country=country)
                    break
        if not candidates:
            return None
        if kind:
            level = LEVEL.get(kind)
            exact = [p for p in candidates if p.kind == kind]
            same_level = [p for p in candidates if LEVEL.get(p.kind) == level]
            candidates = exact or same_level or candidates
        if country:
            local = [p for p in candidates if p.country == country]
            candidates = local or candidates
        return candidates[0]

    def find(self, text: str, *, qualified_only: bool = False, headline: bool = False) -> list[Mention]:
        """Mentions in text order; ``qualified_only`` skips the bare names (cheaper, for sentences
        read only for the people they name); in a ``headline`` every word is capitalised, so a
        capitalised neighbour does not make a name a person's. The office holders found are left in
        ``self.people``."""
        mentions: list[Mention] = []
        taken: list[tuple[int, int]] = []
        self._untitled: list[tuple[str, int, int, str]] = []  # person, office start, end, office
        self.names_of_people: list[str] = []

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in taken)

        # Qualified names: an administrative word or a title before the name.
        for match in PREFIX.finditer(text):
            kind = PREFIX_KIND_OF_GROUP[match.lastgroup]
            name_match = NAME.match(text, match.end())
            if not name_match or not free(match.start(), name_match.end()):
                continue
            words = name_match.group(0).split()
            title = bool(TITLE_WORDS.match(match.group(0)))
            english_title = bool(ENGLISH_TITLE.match(match.group(0).strip()))
            mention = self._qualified(text, match.start(), match.end(), words, kind, title)
            if mention is not None and english_title and self._person_named_after_office(text, mention):
                mention = None  # "Mayor Bima Santoso": a person, whatever "Bima" also names
            if mention is None and title:
                person = self._person_after(text, match.end() - 1, None)
                if person:
                    found_at = text.find(person, match.end() - 1)
                    end = found_at + len(person) if found_at >= 0 else match.end()
                    self._untitled.append((person, match.start(), end, match.group(0).strip()))
                    taken.append((match.start(), end))
                continue
            if mention and title:
                mention.title = match.group(0).strip()
            if mention:
                mentions.append(mention)
                taken.append((mention.start, mention.end))
        if qualified_only:
            # People only: "Nelson Siregar", a known place name followed by an unknown capitalised word.
            for match in NAME.finditer(text):
                words = match.group(0).split()
                if len(words) >= 2 and free(match.start(), match.end()) and self.gaz.knows(fold(words[0])) \
                        and self._glued(words, 0, 1):
                    self.names_of_people.append(match.group(0))
            # and the places of English offices: "Jakarta Governor, Djarot ..."
            for match in PLACE_OFFICE.finditer(text):
                words = match.group(1).split()
                for i in range(len(words)):
                    start = match.start(1) + len(" ".join(words[:i])) + (1 if i else 0)
                    found = self._bare(text, start, match.end(1), words[i:])
                    if found and not found.is_country and free(found.start, found.end):
                        mentions.append(found)
                        taken.append((found.start, found.end))
                        break
        for match in [] if qualified_only else HYPHENATED.finditer(text):
            if free(match.start(), match.end()) and self.gaz.knows(fold(match.group(0))):
                found = self._bare(text, match.start(), match.end(), [match.group(0)])
                if found and not found.is_country:
                    mentions.append(found)
                    taken.append((found.start, found.end))
        # Names followed by an administrative word, then bare names.
        for match in [] if qualified_only else NAME.finditer(text):
            words = match.group(0).split()
            position = match.start()
            offsets = []
            for word in words:
                position = text.index(word, position)
                offsets.append(position)
                position += len(word)
            i = 0
            while i < len(words):
                found = None
                for j in range(min(len(words), i + 5), i, -1):
                    start, end = offsets[i], offsets[j - 1] + len(words[j - 1])
                    if not free(start, end) or any(POSSESSIVE.search(w) for w in words[i:j - 1]):
                        continue  # "China's Hainan Province": a possessive ends a name
                    found = self._bare(text, start, end, words[i:j])
                    if found:
                        break
                at_start = not text[:match.start()].strip() or text[:match.start()].rstrip()[-1] in "\"“'‘(-–—:"
                if found and not found.is_country and not headline and self._glued(words, i, j, at_start):
                    self.names_of_people.append(" ".join(words[i:j]))
                    found = None
                    i = j
                elif found:
                    mentions.append(found)
                    taken.append((found.start, found.end))
                    i = j
                else:
                    i += 1
            if not qualified_only and len(words) <= 2 and free(match.start(), match.end()):
                typo = self._list_item_with_typo(text, match)
                if typo:
                    mentions.append(typo)
                    taken.append((typo.start, typo.end))
        if not qualified_only:
            mentions += self._unknown_partners(text, mentions, free)
            mentions += self._described_places(text, mentions, free)
        mentions.sort(key=lambda m: m.start)
        self.people = [(m, person, m.surface) for m in mentions if m.title
                       for person in [self._person_after(text, m.end, m)] if person]
        self.people += [self._office_of(text, mentions, *untitled) for untitled in self._untitled]
        for mention in mentions:  # "Jakarta Governor, Djarot ...": the office after the place
            office = OFFICE_AFTER.match(text, mention.end)
            if office and not mention.title and not mention.is_country \
                    and not any(m is mention for m, _, _ in self.people):
                person = self._person_after(text, office.end(), mention)
                if person:
                    self.people.append((mention, person, f"{mention.surface} {office.group(1)}"))
        for mention in mentions:
            special = SPECIAL_UNIT_AFTER.match(text, mention.end)
            if special and not mention.is_country:  # "Jeju Special Self-Governing Province"
                kind = "province" if special.group(1).lower() == "province" else "city"
                place = self.resolve(mention.core, kind=kind, country=mention.country)
                mention.place, mention.kind = (place, place.kind) if place is not None else (None, kind)
            before = text[max(0, mention.start - 60):mention.start]
            demonym = DEMONYM_UNIT.search(before) if not mention.is_country and before.endswith("of ") else None
            if demonym:
                self._in_country(mention, DEMONYMS[fold(demonym.group("demonym"))],
                                 UNIT_KINDS[demonym.group("unit").lower()])
            mention.venue = (bool(VENUE_AT.search(before)) or
                             (bool(VENUE_BEFORE.search(before)) and not mention.qualified)) \
                and not PEOPLE_IN.search(before)
            if ORGANISATION_BEFORE.search(before) or ORGANISATION_AFTER.match(text[mention.end:]):
                mention.organisation = True
        return mentions

    @staticmethod
    def _person_named_after_office(text: str, mention: Mention) -> bool:
        """'Mayor Bima Santoso': one bare word then another capitalised word is a name; not
        'Executive Mayor Mossel Bay Alderman ...' nor 'Governor Gyeongsangbuk-do Kim ...'."""
        following = re.match(r"\s+([A-Z][\w'’-]*)", text[mention.end:])
        if not following or " " in mention.core.strip() or ROMANISED_SUFFIX.search(mention.core) \
                or "-" in mention.core:
            return False
        return fold(following.group(1)) not in HONORIFICS

    @staticmethod
    def _office_of(text: str, mentions: list[Mention], person: str, start: int, end: int,
                   office: str) -> tuple[Mention | None, str, str]:
        """English names the place beside the office: 'Pontianak Mayor Edi Santoso',
        'Mayor Jane Doe of Geelong'; an office with no place beside it represents no one."""
        for mention in mentions:
            if mention.is_country:
                continue
            if mention.end <= start and not text[mention.end:start].strip():
                return mention, person, f"{text[mention.start:mention.end]} {office}"
            after = OF_PLACE.match(text, end)
            if after and mention.start == after.end():
                return mention, person, f"{office} of {text[mention.start:mention.end]}"
        return None, person, office

    def _in_country(self, mention: Mention, country: str, kind: str | None) -> None:
        """The namesake in the country an adjective names, or an unknown place there; of the unit named
        ('the Malaysian state of Penang' is the state, not the city)."""
        if mention.country == country:
            place = self.resolve(mention.core, kind=kind, country=country) if kind and mention.kind != kind else None
            if place is not None and place.kind == kind and place.country == country:
                mention.place, mention.kind, mention.qualified = place, kind, True
            return
        place = self.resolve(mention.core, kind=kind or mention.kind, country=country)
        if place is not None and place.country == country:
            mention.place, mention.kind = place, self._kind(place, kind)
            mention.qualified = mention.qualified or kind is not None
        else:
            mention.place = None
            mention.kind = kind or mention.kind
        mention.country = country

    def _unknown_partners(self, text: str, mentions: list[Mention], free) -> list[Mention]:
        """'Bogor-Kisarazu', 'antara Bogor dan Kisarazu': a name the gazetteer lacks, paired with a
        known place, is taken as a place too (its country comes from the context)."""
        found = []
        for pattern in (HYPHEN_PAIR, BETWEEN_PAIR):
            for match in pattern.finditer(text):
                first, second = match.span("first"), match.span("second")
                known_first = any(m.start == first[0] and not m.is_country for m in mentions)
                known_second = any(m.start == second[0] and not m.is_country for m in mentions)
                if any(m.is_country and m.start in (first[0], second[0]) for m in mentions):
                    continue
                if known_first == known_second:
                    continue
                start, end = second if known_first else first
                name = text[start:end]
                if not free(start, end) or any(fold(w) in STOPWORDS for w in name.split()) \
                        or len(name.split()) > 3 or name.isupper() or "." in name:
                    continue
                found.append(Mention(name, name, start, end, None, "city", None))
        return found

    def _described_places(self, text: str, mentions: list[Mention], free) -> list[Mention]:
        """'Zelenograd, a district of Moscow', 'Hwasun, sebuah kabupaten di Jeolla Selatan': a name
        the gazetteer lacks that the text itself calls a unit of a known place."""
        found = []
        if not re.search(r", (?:an?|sebuah|salah satu) ", text):
            return found
        for match in DESCRIBED.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            if not free(start, end) or any(m.start == start for m in mentions) \
                    or any(fold(w) in STOPWORDS for w in name.split()):
                continue
            kind = UNIT_KINDS.get(match.group("unit").lower()) or DESCRIBED_KINDS.get(match.group("unit").lower())
            found.append(Mention(name, name, start, end, None, kind or "other", None, qualified=True))
        return found

    def _list_item_with_typo(self, text: str, match: re.Match) -> Mention | None:
        """'Busan, Seattel, Guangzhou': an unknown item of a list of places, one typo away from a
        well-known place (one with a Wikidata id)."""
        name = match.group(0)
        before, after = text[max(0, match.start() - 8):match.start()], text[match.end():match.end() + 4]
        in_list = before.endswith((", ", "like ", "seperti ", "with ", "dengan ")) and \
            after.startswith((",", " in ", " di ", " dan ", " and ", " hin", " ser"))
        if not in_list or len(fold(name)) < 7 or fold(name) in STOPWORDS:
            return None
        folded = fold(name)
        for key in _typo_candidates(folded):
            if self.gaz.knows(key):
                place = next((p for p in self.gaz.lookup(key) if p.qid and p.kind != "country"), None)
                if place is not None:
                    return Mention(name, name, match.start(), match.end(), place, place.kind, place.country)
        return None

    def _glued(self, words: list[str], i: int, j: int, first_is_sentence_start: bool = False) -> bool:
        """'Nelson Simanjuntak': the known name shares its phrase with an unknown capitalised word
        (a capital that only starts the sentence does not count)."""
        before = [words[i - 1]] if i > 0 and not (i == 1 and first_is_sentence_start) \
            and not POSSESSIVE.search(words[i - 1]) else []  # "China's Hainan" is no person
        neighbours = before + ([words[j]] if j < len(words) else [])
        for word in neighbours:
            key = fold(word)
            if key and key not in STOPWORDS and not self.gaz.knows(key) and key not in SUFFIX_KINDS \
                    and key not in COMPASS and not ROMANISED_SUFFIX.search(word):
                return True
        return False

    def _qualified(self, text: str, start: int, name_start: int, words: list[str], kind: str | None,
                   title: bool) -> Mention | None:
        prefix = text[start:name_start].strip()
        whole = f"{prefix} {words[0]}"
        if prefix in ("Kota", "kota") and self.gaz.knows(fold(whole)):
            # "Kota Kinabalu", "Kota Bharu": the word is part of a foreign name
            place = next((p for p in self.gaz.lookup(whole) if p.country != "ID" and fold(p.name) == fold(whole)),
                         None)
            if place is not None:
                end = name_start + len(words[0])
                return Mention(text[start:end], whole, start, end, place, place.kind, place.country,
                               qualified=True)
        for j in range(min(len(words), 4), 0, -1):
            name = " ".join(words[:j])
            name = re.sub(r"[.,]$", "", name)
            if fold(name) in STOPWORDS:
                continue
            place = self.resolve(name, kind=kind, fuzzy=True)
            if place is not None and place.kind == "country":
                return None  # "Kawasaki City of Japan": the words name a country, not a unit
            if place and place.kind != "country":
                end = name_start + len(" ".join(words[:j]))
                glued = j < len(words) and self._glued(words, j, j)
                return Mention(text[start:end], name, start, end, place, self._kind(place, kind),
                               place.country, qualified=True, weak=title and place.qid is None and glued)
        first = re.sub(r"[.,]$", "", words[0])
        romanised = ROMANISED_SUFFIX.search(first) if "-" in first else None
        if romanised:  # "Wali Kota Mapo-gu": a romanised unit, not a person
            key = romanised.group(1).lower()
            end = name_start + len(first)
            return Mention(text[start:end], first, start, end, None, ROMANISED_KIND[key],
                           ROMANISED_COUNTRY[key], qualified=True)
        if title or kind is None:
            return None
        # Unknown to the gazetteer, but the administrative word says it is a place.
        name_words = []
        for word in words[:3]:
            if fold(word) in STOPWORDS:
                break
            name_words.append(word)
        if not name_words:
            return None
        name = re.sub(r"[.,]$", "", " ".join(name_words))
        end = name_start + len(name)
        romanised = ROMANISED_SUFFIX.search(name)
        if romanised:  # "Kabupaten Hamyang Gun": a Korean county whatever the Indonesian word says
            key = romanised.group(1).lower()
            return Mention(text[start:end], name, start, end, None, ROMANISED_KIND[key],
                           ROMANISED_COUNTRY[key], qualified=True)
        return Mention(text[start:end], name, start, end, None, kind, None, qualified=True)

    def _person_after(self, text: str, end: int, mention: Mention | None) -> str | None:
        """'Wali Kota Bogor Bima Arya' -> 'Bima Arya': the holder named right after the office.
        A country or the place repeated before the name ('Wali Kota Ichikawa Jepang, Taro ...') is skipped."""
        while True:
            match = PERSON.match(text, end)
            if not match:
                return None
            words = match.group(1).split()
            skip = next((k for k in range(len(words), 0, -1)
                         if self._country(" ".join(words[:k])) is not None), 0)
            if not skip and mention is not None and fold(words[0]) == fold(mention.core):
                skip = 1
            if not skip:
                break
            end = match.start(1) + len(" ".join(words[:skip]))
        words = []
        for word in match.group(1).split():
            if fold(word) in STOPWORDS:
                break
            words.append(word)
        return " ".join(words) or None

    def _country(self, name: str) -> Place | None:
        """A country named in running text: a code of three letters or fewer only in capitals
        ('USA', 'RRT'), so that 'Eri' of 'Eri Cahyadi' is no Eritrea."""
        if len(fold(name)) <= 3 and name != name.upper():
            return None
        return self.gaz.country(name)

    def _kind(self, place: Place, hinted: str | None) -> str:
        """A foreign unit keeps its own type; a hint only chooses between city and province-level."""
        if hinted in ("city", "province") and place.kind in ("city", "province") and place.country != "ID":
            return hinted
        if hinted in ("county", "district") and place.kind == "city" and place.country != "ID":
            return hinted  # "Anxi County": populated places are all filed as cities
        return place.kind

    def _bare(self, text: str, start: int, end: int, words: list[str]) -> Mention | None:
        name = re.sub(r"['’]s$", "", re.sub(r"[.,’']+$", "", " ".join(words)))  # "Bandung's"
        folded = fold(name)
        if not folded or folded in STOPWORDS:
            return None
        suffix_kind = None
        core = name
        lowered = folded
        if not self.gaz.knows(folded) and not any(lowered.endswith(" " + x) for x in SUFFIX_KINDS) \
                and not ROMANISED_SUFFIX.search(name):
            return None
        for suffix, kind in SUFFIX_KINDS.items():
            if lowered.endswith(" " + suffix):
                suffix_kind, core = kind, name[: -len(suffix) - 1].strip()
                break
        romanised = ROMANISED_SUFFIX.search(name)
        if romanised and not suffix_kind:
            suffix_kind = ROMANISED_KIND[romanised.group(1).lower()]
        country = self._country(name) if not suffix_kind else None
        if country and (name[0].isupper()):
            if len(folded) <= 2 and name != name.upper():
                return None
            return Mention(name, name, start, start + len(name), country, "country", country.country,
                           is_country=True)
        if fold(core) in STOPWORDS:
            return None
        if fold(name) in NUMBER_WORDS and re.match(r"\s+[a-z]", text[start + len(name):]):
            return None  # "Lima tahun tanpa kegiatan": five years, not Peru's capital
        place = self.resolve(core, kind=suffix_kind) if core else None
        if place is None and suffix_kind:
            place = self.resolve(name, kind=suffix_kind)  # indexed with its unit word: "Fairfax County"
        if place is None and suffix_kind and core and core[0].isupper():
            if suffix_kind in ("state",) and len(words) < 2:
                return None
            if any(fold(w) in STOPWORDS for w in core.split()):
                return None
            return Mention(name, core, start, start + len(name), None, suffix_kind,
                           ROMANISED_COUNTRY[romanised.group(1).lower()] if romanised else None,
                           qualified=True)
        if place is None or place.kind == "country":
            return None
        if name.isupper() and len(name) > 4 and not suffix_kind:
            return None  # a dateline or an acronym in capitals
        return Mention(name, core, start, start + len(name), place, self._kind(place, suffix_kind),
                       place.country, qualified=bool(suffix_kind),
                       weak=place.qid is None and not suffix_kind)
