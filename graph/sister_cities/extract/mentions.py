"""Places named in a sentence: qualified names (Kabupaten X, X County), titles (Wali Kota X),
bare names the gazetteer knows, and countries; with the words around them that matter."""
from __future__ import annotations

import re
from dataclasses import dataclass

import bisect
import functools
import gzip
from importlib import resources

from ..gazetteer import FIRST_LEVEL_KINDS, Gazetteer, Place, fold, split_kind
from .lexicon import (BODIES_AFTER, TOWNS_TWINNED, BRAND_BEFORE_PLACE, APPOSITION_BEFORE, CAPITAL_OF_COUNTRY_BEFORE, CAPITALS_OF_BEFORE, JOINED_PAIR_GAP,
                      PLACE_AND_COMMA_BEFORE, POSSESSIVE_AFTER, SITE_WORDS, SPECIAL_REGIONS, UNIT_OF_BEFORE_NAME, country_of_list_before, CITED_NATION_AFTER, CITED_NATION_BEFORE, REGNAL_AFTER, REGNAL_NAME, NEIGHBOURS_NAMED_ALIKE, NORTH_AMERICAN_STATES, BYLINE_BEFORE, BYLINE_OPENING, BYLINE_PAPER_BEFORE, STATE_ABBREVIATIONS, UNITS_OF_BEFORE, COMPASS, COMPASS_BEFORE_NAME, MEMBER_FOR_SEAT, TOWN_BODY_ACRONYMS, FACILITY_OF_BEFORE, PLAIN_GAP_AFTER, VENUE_AFTER_BUILDING, COUNTRY_SHORT_NAMES, TITLE_BEFORE, UNKNOWN_BEFORE_COUNTRY, DEMONYM_UNIT, DEMONYMS, DESCRIBED, DESCRIBED_KINDS, ENGLISH_TITLE, ORGANISATION_WORDS, FACILITY_WORDS, FACILITY_MODIFIERS,
                      HONORIFICS, HYPHEN_PAIR, BETWEEN_PAIR, TWINNED_WITH_PAIR, HYPHENATED, HYPHENATED_UNIT, JOINED_NAME, NAME_WITH_DISTRICT, DISTRICT_ALONE, UNIT_THEN_NAME, DEMONYM_RIGHT_BEFORE,
                      DEMONYM_TWIN_RIGHT_BEFORE, UNIT_NAME_LOCATED_AFTER, UNIT_WORD_COUNTRY, LIST_ITEM_BEFORE, LIST_ITEM_AFTER, DISTRICT_CAPITAL, LEVEL, SAME_KIND, NAME, NUMBER_WORDS,
                      OF_PLACE, OFFICE_AFTER, UNIT_OF_NAME, COUNTRY_BEFORE_UNIT, ORGANISATION_AFTER, ORGANISATION_BEFORE, PEOPLE_IN, PLACE_PREPOSITION_BEFORE,
                      PLACE_WORDS,
                      PERSON, PLACE_OFFICE, POSSESSIVE, PREFIX, PREFIX_KIND_OF_GROUP, ROMANISED_COUNTRY,
                      ROMANISED_DROPPED, ROMANISED_KIND, ROMANISED_SUFFIX, SPECIAL_UNIT_AFTER, STOPWORDS, SUFFIX_KINDS, UNIT_WORDS_ALONE,
                      TITLE_WORDS, UNIT_KINDS, VENUE_AT, VENUE_BEFORE, ENGLISH_TIES_IN_BEFORE, COUNTED_NOUN, OFFICE_BEFORE_PLACE, OFFICE_OF,
                      HOLDER_AFTER_COMMA, COUNTRY_IN_BRACKETS, WORDS_BEFORE_HYPHENATED, REGION_UNIT_AFTER, REGION_UNIT_WRITTEN_SMALL, QUARTER_BEFORE_PLACE,
                      INDEFINITE_BEFORE_UNIT, PAIRED_BEFORE, LANDFORM_AFTER, LANDFORM_WORDS, STATE_SCHOOL_AFTER, ELIDED_ARTICLE, COMBINED_PEOPLES, PAIR_WORD_NEAR,
                      DEMONYM_BEFORE_UNIT_OF, ARTICLE_BEFORE, LONG_FORM_BEFORE, LONG_FORM_AFTER, LONG_FORM_COUNTRIES,
                      OF_NAME, UNKNOWN_UNIT_OF_REGION, UNIT_OF_AFTER_NAME, NAME_RIGHT_BEFORE, SMALL_WORDS_IN_NAMES,
                      NAME_LINK_WORDS)

INITIAL = re.compile(r"[A-Z]\.")  # a middle initial in a person's name
# "Greve in Chanti, Italy": a name, the district it lies in, then its country
DISTRICT_THEN_COUNTRY = re.compile(r"\s+(?:in|im|di)\s+(?P<district>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,\s*(?=[A-Z])")
LARGE_CITY = 500_000  # people: a city that a one-letter slip of its name stands for before a small namesake
FUNCTION_WORD_ZIPF = 5.0  # about once in a thousand words: "But", "And", "Now" opening a sentence
EVERYDAY_WORD_ZIPF = 5.6  # among the few hundred commonest words ("man", "most"): never a bare name, however large the place
COMMON_WORD_ZIPF = 4.0  # about once in ten thousand words: "bakal", "smart", "nice", "reading"
# "Danao in northern Cebu": a direction between a town and the place that locates it
# (in lower case only: "Northern Ireland" is a name)
TOWN_LOCATOR_WORDS = re.compile(r"(?:(?:north|south|east|west|central)(?:ern|-(?:east|west)(?:ern)?)?\s+)?")
CITY_BY_SIZE = 50_000  # people: a town the text calls a city is taken as one of the list from this size (Japan's bar)
PROMINENT = 100_000  # a place this large (its gazetteer weight, about its population) is no everyday word
INDONESIAN_WORD_ZIPF = 5.0  # about once in a thousand words of Indonesian: "surat", "laut", "bandar"
# countries whose states, provinces and prefectures bear names, not words ("Delta", "Rivers", "Lakes",
# "Coast", "Mountain", "Southern" are divisions elsewhere)
NAMED_DIVISION_COUNTRIES = frozenset({"US", "CA", "AU", "JP", "KR", "CN", "MX", "BR", "IN", "DE", "AT", "MY"})
DIVISION_NAME_ZIPF = 5.0  # a first-level division's name this common is no longer only its name
UNKNOWN_COMMON_ZIPF = 3.0  # a name no gazetteer knows must be rarer still to be taken on a unit word alone


@functools.lru_cache(maxsize=1)
def _word_table() -> dict[str, tuple[float, float]]:
    """Zipf frequency of everyday words in Indonesian and in English, from the table
    scripts/build_common_words.py derives from wordfreq."""
    data = resources.files("sister_cities") / "data" / "common-words.tsv.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        rows = (line.rstrip("\n").split("\t") for line in fh if not line.startswith("#"))
        return {word: (float(zid), float(zen)) for word, zid, zen in rows}


@functools.lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """Zipf frequency of everyday Indonesian and English words (the higher of the two)."""
    return {word: max(pair) for word, pair in _word_table().items()}


def indonesian_word(name: str) -> bool:
    """'Surat' (a letter), 'Kota': a word of everyday Indonesian that English never writes, so a
    foreign place of that name is no more than the word, however large the place."""
    zid, zen = _word_table().get(fold(name), (0.0, 0.0))
    return zid >= INDONESIAN_WORD_ZIPF and zen < 1.0


def english_word(name: str) -> bool:
    """'Metro', 'Solo': a word of everyday English (Zipf 4 or more in English alone), whatever the
    Indonesian town of the name."""
    return _word_table().get(fold(name), (0.0, 0.0))[1] >= COMMON_WORD_ZIPF


def zipf(name: str) -> float:
    """How common a one-word name is as a word of either language (0 for a phrase or a rare word)."""
    folded = fold(name)
    return 0.0 if " " in folded else word_frequencies().get(folded, 0.0)


def everyday_phrase(name: str) -> bool:
    """'South West', 'Little Rock', 'New Town': a name of two or more words each as common as a word
    gets in news (Zipf 5 or more), which a sentence may write without meaning any place. A unit word
    ('Provinsi Utara') makes it a name."""
    folded = fold(name)
    words = folded.split()
    return len(words) > 1 and split_kind(folded)[1] is None \
        and all(word_frequencies().get(word, 0.0) >= DIVISION_NAME_ZIPF for word in words)


def _division_name(place: Place, core: str) -> bool:
    """'Maryland', 'Oregon', 'Queensland': the name of a state, province or prefecture is as common in
    news as a word of the language, but is written only as that name (names commoner still, 'Lot',
    'Washington', 'California', are left to need support)."""
    return place.kind in FIRST_LEVEL_KINDS and bool(place.qid) and zipf(core) < DIVISION_NAME_ZIPF \
        and place.country in NAMED_DIVISION_COUNTRIES


def _unit_suffix(folded: str) -> str | None:
    """The longest unit word or phrase a folded name ends with ("city government", "county"), if any;
    never the whole name."""
    words = folded.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        suffix = " ".join(words[-n:])
        if suffix in SUFFIX_KINDS:
            return suffix
    return None


@dataclass
class Found:
    """What one sentence names: places (and countries), and the office holders named with them."""

    mentions: list["Mention"]
    people: list[tuple["Mention | None", str, str]]   # (place, person, office)
    names_of_people: list[str]                        # capitalised names read as people's


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
    common: bool = False      # the name is also an everyday word: kept only with support
    confirmed: bool = False   # a country right after it said which namesake it is

    def read_as(self, place: Place) -> None:
        """Take ``place`` as the place meant, with its kind and country (a namesake set right by context)."""
        self.place, self.kind, self.country = place, place.kind, place.country


def _last_char_before(text: str, position: int) -> str:
    """The last character before ``position`` that is not a space ('' if none): read without copying
    the text before it, as every name of a sentence asks."""
    position -= 1
    while position >= 0 and text[position].isspace():
        position -= 1
    return text[position] if position >= 0 else ""


def _whole_list_item(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are a whole item of a list (a bullet, a semicolon or
    a colon before them, a semicolon, a comma or the line's end after them)."""
    return LIST_ITEM_BEFORE.search(text, 0, start) is not None and LIST_ITEM_AFTER.match(text, end) is not None


PUNCTUATION_END = re.compile(r"[.,’']+$")
POSSESSIVE_END = re.compile(r"['’]s$")
# the words before an item of a list ("Busan, Seattel", "such as", "dengan"), and before its last item
LIST_ITEM_LEADS = (", ", "like ", "seperti ", "with ", "dengan ")
LAST_ITEM_LEADS = (" and ", " dan ", " serta ")
# "Shanghai and ", "Surabaya dan ": the list item before a last one
LAST_ITEM_BEFORE = re.compile(r"(?P<item>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:and|dan|serta)\s+$")
# "St John's Cathedral", "St John's Wood", "St John's school": a saint's church, quarter or school, not the
# town whose name ends so
SAINTS_BUILDING_AFTER = re.compile(r"\s+(?:[A-Z]|(?:cathedral|church|chapel|college|school|hospital|university|"
                                   r"academy|park|street|road|square|hall|gate|day|parish|ambulance)\b)")
COUNTRY_AFTER_UNIT = re.compile(r"\s*,\s*|\s+(?:of|in)\s+(?:the\s+)?")


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


# One letter or pair written another way from one language's romanisation to another's: Hungarian or
# Czech news writes "Sumen" for Shumen, "Siktivkar" for Syktyvkar, "Uzhorod" for Uzhhorod
RESPELLINGS = (("sh", "s"), ("s", "sh"), ("y", "i"), ("i", "y"), ("ts", "c"), ("c", "ts"), ("c", "k"), ("k", "c"),
               ("zh", "z"), ("z", "zh"), ("kh", "h"), ("h", "kh"), ("zh", "zhh"), ("j", "y"), ("y", "j"), ("v", "w"),
               ("w", "v"), ("ou", "u"), ("u", "ou"), ("ie", "e"), ("e", "ie"), ("x", "ks"), ("ks", "x"),
               # a consonant written once or twice ("Provinsi Yunan" for Yunnan)
               *((c, c + c) for c in "lmnprst"), *((c + c, c) for c in "lmnprst"))


def respellings(folded: str, most: int = 2) -> set[str]:
    """The folded name with up to ``most`` of RESPELLINGS applied, each at one place."""
    found, frontier = set(), {folded}
    for _ in range(most):
        following = set()
        for word in frontier:
            for old, new in RESPELLINGS:
                at = word.find(old)
                while at >= 0:
                    following.add(word[:at] + new + word[at + len(old):])
                    at = word.find(old, at + 1)
        found |= following
        frontier = following
    # "Georgetown, Malaysia" for George Town: a name written as one word or as two
    found |= {folded[:i] + " " + folded[i:] for i in range(3, len(folded) - 2) if " " not in folded[i - 1:i + 1]}
    found.add(folded.replace(" ", ""))
    found.discard(folded)
    return found


# words for a council in South Asian names ("Pradeshiya Sabha", "Zila Parishad", "Gram Panchayat")
COUNCIL_WORDS = frozenset({"Sabha", "Parishad", "Panchayat"})
# what closes a news agency's credit in brackets: "(Xinhua) --", "(TADIAS) —", "(ANTARA) -"
AGENCY_CREDIT_AFTER = re.compile(r"\)\s*(?:-{1,2}|[–—])")


# "Mary-Ann Baldwin", "Jean-Pierre Dupont": two capitalised words joined by a hyphen, then a surname
HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
SURNAME_RIGHT_AFTER = re.compile(r"\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+\b")


CAPITALS_WORD_BEFORE = re.compile(r"\b[A-Z][A-Z.'-]*[A-Z]\s+$")
CAPITALS_WORD_AFTER = re.compile(r"\s+[A-Z][A-Z.'-]*[A-Z]\b")


def _in_capitals_run(text: str, start: int, end: int) -> bool:
    """Whether a word in capitals stands beside another ('NEW YORK', 'PORT MORESBY'): a piece of a
    longer name in capitals, which the finder leaves unread as a whole."""
    return CAPITALS_WORD_BEFORE.search(text, max(0, start - 30), start) is not None \
        or CAPITALS_WORD_AFTER.match(text, end) is not None


def names_a_landmark(name: str) -> bool:
    """'Himeji Castle', 'the Tamar Valley': a name that ends in a landform's or a landmark's word names
    that, not a town the gazetteer lacks."""
    return LANDFORM_AFTER.fullmatch(" " + name.split()[-1]) is not None if name.split() else False


def _names_a_site(words: list[str]) -> bool:
    """'Weihai Torch Hi-tech Science Park', 'Suzhou Industrial Park': three capitalised words or more ending
    in a body's or a site's word name that, not a person (a lone 'Park' after a name may be a family name)."""
    return len(words) >= 3 and (fold(words[-1]) in ORGANISATION_WORDS or fold(words[-1]) in SITE_WORDS)


def is_agency_credit(text: str, start: int, end: int) -> bool:
    """Whether the words at start:end are a news agency's credit in a dateline: 'CHONGQING, Nov. 10
    (Xinhua) --' names no town called Xinhua."""
    return text[:start].endswith("(") and AGENCY_CREDIT_AFTER.match(text, end) is not None


class _Spans:
    """Spans of text already read as something (they never overlap), kept sorted by start."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, span: tuple[int, int]) -> None:
        bisect.insort(self._spans, span)

    def free(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self._spans, (end,))  # the spans that start before `end`
        return before == 0 or self._spans[before - 1][1] <= start


class MentionFinder:
    """Finds place mentions in sentences with one gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def resolve(self, name: str, *, kind: str | None = None, country: str | None = None,
                fuzzy: bool = False) -> Place | None:
        folded = fold(name)
        if not folded or folded in STOPWORDS or len(folded) < 3 and folded not in ("ri",) \
                and not (len(name) == 2 and name.isupper() and any(name in p.aliases for p in self.gaz.lookup(name))):
            return None  # (a name of two letters only as its place's own initials: "KL", "BC")
        candidates = self.gaz.lookup(name, country=country)
        words = name.split()
        if not candidates and 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and len(w) <= 5
                                                           for w in words):
            # "Nan Chang", "Xia Men": a Chinese name written syllable by syllable
            candidates = [p for p in self.gaz.lookup("".join(words), country=country) if p.country in ("CN", "TW")]
        # a typo is corrected in a name of seven letters or more, or of five after a province's unit
        # word ("Provinsi Yunan" for Yunnan), and only where one place alone is one letter away: "Yunan"
        # is also one letter from Hunan, so it names neither
        shortest = 5 if LEVEL.get(kind or "") == "region" else 7
        # (a name of several words only where it is long and the place a large city: "Rio de Janiero")
        several = " " in name.strip()
        # (not a town of the towns table written right: "Lynnwood, Wash." is no slip of Lynwood, California)
        if not candidates and fuzzy and len(folded) >= (10 if several else shortest) \
                and zipf(name) < COMMON_WORD_ZIPF and not self.gaz.towns(name, country):
            near: dict[tuple, list[Place]] = {}
            for key in sorted(self.gaz.indexed_among(_typo_candidates(folded))):
                # a name one letter away is that place only if it is the kind the unit word says:
                # "Distrik Jinning" is no typo of Jining, a city
                found = [p for p in self.gaz.lookup(key, country=country)
                         if kind is None or SAME_KIND.get(p.kind, p.kind) == SAME_KIND.get(kind, kind)]
                if found:
                    near.setdefault((found[0].qid or found[0].name, found[0].country), found)
            if len(near) > 1:
                # "Yangoon": Yangon (4 million people) and Yandoon (36,000) are both a letter away; a large
                # city ten times the size of any other is the one meant ("Moorehead in Kentucky" stays
                # unread: Moorhead, Minnesota, is no large city)
                sizes = sorted(((self.gaz.prominence(found[0]), key) for key, found in near.items()), reverse=True)
                if sizes[0][0] >= max(LARGE_CITY, 10 * sizes[1][0]):
                    near = {sizes[0][1]: near[sizes[0][1]]}
            if len(near) == 1 and not (several and LEVEL.get(kind or "") != "region"
                                       and self.gaz.prominence(next(iter(near.values()))[0]) < LARGE_CITY):
                candidates = next(iter(near.values()))
        if not candidates:
            return None
        if kind:
            level = LEVEL.get(kind)
            exact = [p for p in candidates if p.kind == kind]
            same_level = [p for p in candidates if LEVEL.get(p.kind) == level]
            if kind == "state" and not same_level:
                return None  # "Mon State's Moulmein": a state the gazetteer lacks, not Møn, a Danish island
            candidates = exact or same_level or candidates
        if country:
            local = [p for p in candidates if p.country == country]
            candidates = local or candidates
        # "the City of Burnaby": a row of the map data without an item, and the item of the same name,
        # kind and country, are one place; the item is the one with twins
        return candidates[0] if candidates[0].qid else self._namesake_with_item(candidates[0])

    def resolve_in(self, name: str, country: str, *, kind: str | None = None, fuzzy: bool = False) -> Place | None:
        """The place of that name in that country, or None (``resolve`` falls back to a namesake abroad
        where the country has none)."""
        place = self.resolve(name, kind=kind, country=country, fuzzy=fuzzy)
        return place if place is not None and place.country == country else None

    def find(self, text: str, *, qualified_only: bool = False, headline: bool = False) -> Found:
        """Mentions in text order; ``qualified_only`` skips the bare names (cheaper, for sentences
        read only for the people they name); in a ``headline`` every word is capitalised, so a
        capitalised neighbour does not make a name a person's."""
        mentions: list[Mention] = []
        taken = _Spans()
        untitled: list[tuple[str, int, int, str]] = []  # person, office start, end, office
        names_of_people: list[str] = []

        def free(start: int, end: int) -> bool:
            return taken.free(start, end)

        mentions += self._names_with_of(text, taken, qualified_only)
        # read before the qualified names: "the city of Washington, D.C." is the capital, not a Washington
        # of the unit word
        for match in [] if qualified_only else NAME_WITH_DISTRICT.finditer(text):
            words = [match.group("name"), match.group("district")]
            if free(match.start(), match.end()) and self.gaz.knows(fold(" ".join(words))):
                found = self._bare(text, match.start(), match.end(), words)
                if found and not found.is_country:  # "Washington, DC" is the capital, not the state
                    mentions.append(found)
                    taken.add((found.start, found.end))
        for match in [] if qualified_only else DISTRICT_ALONE.finditer(text):
            capital = self.resolve(DISTRICT_CAPITAL)
            if capital is not None and free(match.start(), match.end()):
                mentions.append(Mention(match.group(0), capital.name, match.start(), match.end(), capital,
                                        capital.kind, capital.country))
                taken.add((match.start(), match.end()))
        # Qualified names: an administrative word or a title before the name.
        for match in PREFIX.finditer(text):
            kind = PREFIX_KIND_OF_GROUP[match.lastgroup]
            before = NAME_RIGHT_BEFORE.search(text, max(0, match.start() - 40), match.start()) \
                if UNIT_OF_AFTER_NAME.match(match.group(0)) else None
            if before is not None and fold(before.group(1)) not in STOPWORDS:
                continue  # "Bayan County of Heilongjiang Province": the unit word ends the name before it
            name_match = NAME.match(text, match.end())
            if not name_match or not free(match.start(), name_match.end()):
                continue
            if match.group(0).startswith("city of") and INDEFINITE_BEFORE_UNIT.search(text, max(0, match.start() - 12),
                                                                                      match.start()):
                continue  # "a city of Punjab would also get the same status": a city in Punjab
            if kind == "city" and REGION_UNIT_AFTER.match(text, name_match.end()):
                continue  # "Dujiangyan city of Sichuan province": the province, named after the city it holds
            if match.group(0).lower().startswith(("republi", "the republi")) and (
                    self.country_at(text, match.start()) or self.country_at(text, match.end())
                    or not any(p.kind != "country" for p in self.gaz.lookup(name_match.group(0).split()[0]))):
                continue  # "Republik Korea", "the Republic of Ireland": a country, not a republic within one
            words = name_match.group(0).split()
            hyphenated = HYPHENATED.match(text, name_match.start())
            if len(words) == 1 and hyphenated is not None and hyphenated.end() > name_match.end() \
                    and self.gaz.knows(fold(hyphenated.group(0))):
                words = [hyphenated.group(0)]  # "the city of Minami-Alps": the whole name, not "Minami"
            if hyphenated is not None and self._given_name(text, hyphenated.group(0), hyphenated.end()):
                taken.add((name_match.start(), hyphenated.end()))
                continue  # "Mayor Mary-Ann Baldwin said": the office's holder, no Mary in Turkmenistan
            title = bool(TITLE_WORDS.match(match.group(0)))
            english_title = bool(ENGLISH_TITLE.match(match.group(0).strip()))
            mention = self._qualified(text, match.start(), match.end(), words, kind, title)
            if mention is not None and english_title and self._person_named_after_office(text, mention):
                mention = None  # "Mayor Bima Santoso": a person, whatever "Bima" also names
            if mention is None and title:
                mention = self._unit_after_office(text, match.end(), words) \
                    or self._place_before_its_country(text, name_match.start(), words)
            if mention is None and title:
                person = self._person_after(text, match.end() - 1, None)
                if person:
                    found_at = text.find(person, match.end() - 1)
                    end = found_at + len(person) if found_at >= 0 else match.end()
                    of_place = OFFICE_OF.search(match.group(0)) is not None
                    holder = HOLDER_AFTER_COMMA.match(text, end) \
                        if of_place or OFFICE_BEFORE_PLACE.match(match.group(0)) else None
                    if holder:  # "Wali Kota Al-Zawaida Gaza, Ayman Sulaiman": the office's place, then its holder
                        person, end = holder.group(1), holder.end(1)
                    elif of_place:
                        # "the Mayor of Paratico Carlo Tengattini": what follows "of" begins with a place, never
                        # a person; three words or more are the place's one and its holder's two
                        names = person.split()
                        person = " ".join(names[1:]) if len(names) >= 3 else None
                    if person:
                        untitled.append((person, match.start(), end, match.group(0).strip()))
                    taken.add((match.start(), end))
                continue
            if mention and title:
                mention.title = match.group(0).strip()
            if mention:
                mentions.append(mention)
                taken.add((mention.start, mention.end))
        if qualified_only:
            # People only: "Nelson Siregar", a known place name followed by an unknown capitalised word.
            for match in NAME.finditer(text):
                words = match.group(0).split()
                if len(words) >= 2 and free(match.start(), match.end()) and self.gaz.knows(fold(words[0])) \
                        and self._glued(words, 0, 1) and not _names_a_site(words):
                    # (not "the Cheltenham Symphony Orchestra": a body named after its town)
                    names_of_people.append(match.group(0))
            # and the places of English offices: "Jakarta Governor, Djarot ..."
            for match in PLACE_OFFICE.finditer(text):
                words = match.group(1).split()
                for i in range(len(words)):
                    start = match.start(1) + len(" ".join(words[:i])) + (1 if i else 0)
                    found = self._bare(text, start, match.end(1), words[i:])
                    if found and not found.is_country and free(found.start, found.end):
                        mentions.append(found)
                        taken.add((found.start, found.end))
                        break
        for match in [] if qualified_only else HYPHENATED.finditer(text):
            words, start, end = [match.group(0)], match.start(), match.end()
            unit = HYPHENATED_UNIT.match(text, end)  # "Miami-Dade County": known only with its unit word
            if unit and self.gaz.knows(fold(f"{match.group(0)} {unit.group(1)}")):
                words, end = [match.group(0), unit.group(1)], unit.end()
            before = WORDS_BEFORE_HYPHENATED.search(text, max(0, start - 30), start)
            if before and self.gaz.knows(fold(f"{before.group(0)}{' '.join(words)}")):
                words, start = [*before.group(0).split(), *words], before.start()  # "La Celle-Saint-Cloud"
            folded = fold(" ".join(words))
            if free(start, end) and (self.gaz.knows(folded) or self.gaz.knows(folded.replace(" ", ""))):
                found = self._bare(text, start, end, words)
                if found and (not found.is_country or self._country(" ".join(words)) is not None):  # "Timor-Leste"
                    mentions.append(found)
                    taken.add((found.start, found.end))
            elif free(start, end) and len(words) == 1 and self._given_name(text, words[0], end):
                taken.add((start, end))  # "its Mayor, Mary-Ann Baldwin": a given name, no Mary in Turkmenistan
            elif free(start, end) and len(words) == 1 and not re.match(r" [A-Z]", text[end:end + 2]) \
                    and not PAIR_WORD_NEAR.search(text[max(0, start - 20):end + 20]) \
                    and self._one_name_the_gazetteer_lacks(words[0]):
                # "Nazareth-Ilit": a town's name whose second part is no place and no word, read whole where
                # it is a known name misspelt, else no place at all (not Nazareth)
                near = self.resolve(words[0], fuzzy=True)
                if near is not None and near.qid and " " in near.name.strip() and not self._country(words[0]):
                    mentions.append(Mention(words[0], words[0], start, end, near, self._kind(near, None), near.country))
                taken.add((start, end))
            elif free(start, end) and len(words) == 1 and words[0].count("-") == 1 and _whole_list_item(text, start, end):
                # "...; Pula-Pola; ...": a list item naming one town in two languages, the first one known
                first = words[0].split("-")[0]
                found = self._bare(text, start, start + len(first), [first])
                if found and not found.is_country:
                    mentions.append(found)
                    taken.add((start, end))
        for match in [] if qualified_only else JOINED_NAME.finditer(text):
            found = self._joined(match)
            if found is not None and free(found.start, found.end):
                mentions.append(found)
                taken.add((found.start, found.end))
        # Names followed by an administrative word, then bare names.
        for match in [] if qualified_only else NAME.finditer(text):
            words = match.group(0).split()
            position = match.start()
            offsets = []
            for word in words:
                position = text.index(word, position)
                offsets.append(position)
                position += len(word)
            at_start = _last_char_before(text, match.start()) in "\"“'‘(-–—:"  # ("" at the text's start)
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
                if found and not found.is_country and (j < len(words) and words[j] in NAME_LINK_WORDS
                                                       or i > 0 and words[i - 1] in NAME_LINK_WORDS):
                    found = None  # "Corral de Bustos": a known "Corral" is only part of a name the gazetteer lacks
                    i = j
                elif found and not found.is_country and found.place is not None and i == 0 and j < len(words) \
                        and UNITS_OF_BEFORE.search(text, max(0, match.start() - 30), match.start()) \
                        and self._another_town_glued(words[j:], found.place):
                    found = None  # "the towns of San Pedro Alcantara": one name the gazetteer lacks, not San
                    i = len(words)  # Pédro in Ivory Coast and Alcántara in Spain
                elif found and i > 0 and not found.is_country and ELIDED_ARTICLE.match(words[i]):
                    found = None  # "Monticelli d’Ongina": the end of a name the gazetteer lacks, not Ongina
                    i = j
                elif found and i > 0 and not found.is_country and fold(POSSESSIVE.sub("", " ".join(words[i:j]))) in LANDFORM_WORDS:
                    found = None  # "Tampa Bay": the bay of Tampa, not Bay in Somalia
                    i = j
                elif found and i > 0 and fold(words[i - 1]) in QUARTER_BEFORE_PLACE and not found.is_country:
                    found = None  # "Little Saigon" is a quarter of Westminster, not Ho Chi Minh City
                    i = j
                elif found and i > 0 and words[i - 1] in COMPASS_BEFORE_NAME and not found.is_country \
                        and LEVEL.get(found.kind or "") == "local":
                    # "East Preston", a village the gazetteer lacks, is no Preston (the known compass names,
                    # "South Tangerang", "North Lombok", are read whole before this)
                    found = None
                    i = j
                elif found and not found.is_country and not headline and self._glued(words, i, j, at_start) \
                        and not (fold(words[j - 1]) in ORGANISATION_WORDS or fold(words[j - 1]) in UNIT_KINDS) \
                        and not _names_a_site(words[i:]):
                    # ("the Ipoh City Council Rumaizi": a body and its head, not a person called Ipoh; "Weihai
                    # Torch Hi-tech Science Park": a site named after the city)
                    names_of_people.append(" ".join(words[i:j]))
                    found = None
                    i = j
                elif found:
                    mentions.append(found)
                    taken.add((found.start, found.end))
                    i = j
                else:
                    i += 1
            if not qualified_only and len(words) <= 2 and free(match.start(), match.end()):
                typo = self._list_item_with_typo(text, match)
                if typo:
                    mentions.append(typo)
                    taken.add((typo.start, typo.end))
        if not qualified_only and not headline:
            mentions[:] = self._without_two_towns_as_a_name(text, mentions, names_of_people)
        if not qualified_only:
            mentions += self._unknown_partners(text, mentions, free)
            mentions += self._described_places(text, mentions, free)
            mentions += self._named_with_country(text, mentions, free, headline)
            mentions += self._unit_of_region(text, mentions, free)
            self._misspelt_with_country(text, mentions)
        # "in the township of Ainaro", "the Spanish town of Cariñena": a unit word names a place, in any sentence
        mentions += self._unit_of_name(text, mentions, free)
        # "CHONGQING, Nov. 10 (Xinhua) --": a news agency's credit in a dateline, not a town
        mentions[:] = [m for m in mentions if not is_agency_credit(text, m.start, m.end)
                       # "By Matthew Hoekstra - Richmond Review": the paper a byline names, not its town
                       and not BYLINE_PAPER_BEFORE.search(text, max(0, m.start - 60), m.start)
                       # "Fundação Luso-Americana", "Franco-German": a people's combining form and the adjective
                       # it joins, no two towns (Luso in Portugal, Americana in Brazil)
                       and not COMBINED_PEOPLES.search(text, max(0, m.start - 12), min(len(text), m.end + 1))
                       # "Nallur Pradeshiya Sabha", "the Lok Sabha": a South Asian council, not Sabha in Libya
                       and not (m.core in COUNCIL_WORDS and re.search(r"[A-Z][a-z]+\s+$", text[:m.start]))
                       # "Lethbridge, Alta.": the press's abbreviation of Alberta, not Alta in Norway
                       and not (text[m.start:m.end + 1] in STATE_ABBREVIATIONS and m.surface == m.core
                                and re.search(r",\s*$", text[max(0, m.start - 3):m.start]))]
        # "Dubbo Regional Council (DRC)": the initials of the words before a bracket are their acronym,
        # whatever country the letters also name
        mentions = [self._long_form_country(text, m) or m for m in mentions]
        mentions = [m for m in mentions if not (m.is_country and acronym_of_words_before(text, m.start, m.end))
                    # "the UB City Mayor's Office": capitals of two or three letters abbreviate a name (Ub in
                    # Serbia is not meant) unless the place is itself written so ("DIY", "NTB")
                    # ("HCM City" is one of the names of Ho Chi Minh City, its capitals and all)
                    and not (not m.is_country and m.place is not None and m.core.isupper() and len(m.core) <= 3
                             and not {m.core, m.surface, m.core + "."}
                             & {m.place.name, m.place.local_name, *m.place.aliases})
                    # "30 BC", "the 11th century BC": initials after a number or a century are an era or a
                    # unit, not a place
                    and not (m.core.isupper() and len(m.core) <= 4
                             and re.search(r"(?:\d|\b(?:century|centuries|millennium|millennia|abad))\s*$", text[:m.start], re.I))]
        mentions.sort(key=lambda m: m.start)
        mentions[:] = [self._capital_of(text, m, mentions) or m for m in mentions]
        mentions[:] = [self._division_before_its_country(text, m, after) or m
                       for m, after in zip(mentions, [*mentions[1:], None])]
        people: list[tuple[Mention | None, str, str]] = [(m, person, m.surface) for m in mentions if m.title
                       for person in [self._person_after(text, m.end, m)] if person]
        people += [self._office_of(text, mentions, *entry) for entry in untitled]
        for mention in mentions:  # "Jakarta Governor, Djarot ...": the office after the place
            office = OFFICE_AFTER.match(text, mention.end)
            if office and not mention.title and not mention.is_country \
                    and not any(m is mention for m, _, _ in people):
                person = self._person_after(text, office.end(), mention)
                if person:
                    people.append((mention, person, f"{mention.surface} {office.group(1)}"))
        for mention in mentions:
            special = SPECIAL_UNIT_AFTER.match(text, mention.end)
            if special and not mention.is_country:  # "Jeju Special Self-Governing Province"
                kind = "province" if special.group(1).lower() == "province" else "city"
                place = self.resolve(mention.core, kind=kind, country=mention.country)
                mention.place, mention.kind = (place, place.kind) if place is not None else (None, kind)
            before = text[max(0, mention.start - 60):mention.start]
            # "the Japanese city of Izumisano": the unit word may belong to the mention itself
            core_at = text.find(mention.core, mention.start, mention.end) if mention.qualified else -1
            lead = text[max(0, mention.start - 60):core_at] if core_at > mention.start else before
            demonym = DEMONYM_UNIT.search(lead) if not mention.is_country and lead.endswith("of ") else None
            if demonym:
                self._in_country(mention, DEMONYMS[fold(demonym.group("demonym"))],
                                 UNIT_KINDS[demonym.group("unit").lower()])
            building = VENUE_AFTER_BUILDING.search(before)
            if building is not None:  # (not "met at Dortmund, Lille and Brno", "di Jepang, Kochi": places listed)
                at = mention.start - len(before) + building.start("building")
                building = None if any(o.start < at + len(building.group("building")) and at < o.end
                                       for o in mentions if o is not mention) else building
            mention.venue = (bool(VENUE_AT.search(before)) or building is not None or
                             (bool(VENUE_BEFORE.search(before)) and not mention.qualified)) \
                and not PEOPLE_IN.search(before) \
                and not (mention.is_country and ENGLISH_TIES_IN_BEFORE.search(before))
            if ORGANISATION_BEFORE.search(before) or ORGANISATION_AFTER.match(text[mention.end:]) \
                    or not mention.is_country and BODIES_AFTER.match(text, mention.end) and not TOWNS_TWINNED.search(text) \
                    or CITED_NATION_BEFORE.search(before) and CITED_NATION_AFTER.match(text[mention.end:]) \
                    or REGNAL_NAME.match(mention.core) and REGNAL_AFTER.match(text, mention.end) \
                    or not mention.is_country and FACILITY_OF_BEFORE.search(before):
                mention.organisation = True
        mentions = [m for m in mentions if not self._named_for_another_country(text, m)]
        return Found(mentions, people, names_of_people)

    def _named_for_another_country(self, text: str, mention: Mention) -> bool:
        """'Coventry in the English Midlands': a bare name after another country's adjective names a
        place of that country: the namesake there, where the gazetteer knows one; without one, a region
        of a third country is no place of ours (not Midlands Province, Zimbabwe), and a town is one there
        the gazetteer lacks ("the Ukrainian Podolsk" is no Podolsk of Russia)."""
        if mention.is_country or mention.qualified or mention.confirmed or mention.place is None:
            return False
        adjective = DEMONYM_RIGHT_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if adjective is None:  # ("its French twin town Laval"; the long alternation only where a twinning word is near)
            near = text[max(0, mention.start - 50):mention.start].lower()
            if any(word in near for word in ("twin", "sister", "partner", "friendship")):
                adjective = DEMONYM_TWIN_RIGHT_BEFORE.search(text, max(0, mention.start - 50), mention.start)
        country = DEMONYMS.get(fold(adjective.group("demonym"))) if adjective else None
        if country is None or country == mention.country or SPECIAL_REGIONS.get(mention.country) == country \
                or (country, mention.country) in NEIGHBOURS_NAMED_ALIKE or mention.place.country in SPECIAL_REGIONS \
                or DEMONYM_RIGHT_BEFORE.search(text, max(0, adjective.start() - 30), adjective.start()):
            return False  # "Chinese Taipei", "Irish Derry", "Portuguese Macau", "Swiss Italian Lugano": that place
        namesake = self.resolve_in(mention.core, country)
        if namesake is not None and namesake.qid:
            mention.place, mention.kind, mention.country = namesake, self._kind(namesake, None), country
            return False
        if LEVEL.get(mention.place.kind) == "region":
            return True  # a region of a third country is no region of ours
        self._in_country(mention, country, None)  # a town there the gazetteer lacks ("the Ukrainian Podolsk")
        return False

    def _another_town_glued(self, rest: list[str], place: Place) -> bool:
        """Whether the words right after a name read as a town of another country ('San Pedro' then
        'Alcantara'): glued so, the two are one name the gazetteer lacks, not two places."""
        for k in range(min(len(rest), 3), 0, -1):
            other = self.resolve(re.sub(r"[.,]$", "", " ".join(rest[:k])))
            if other is not None:
                return other.kind != "country" and LEVEL.get(other.kind) == "local" and other.country != place.country
        return False

    @staticmethod
    def _without_two_towns_as_a_name(text: str, mentions: list[Mention], names_of_people: list[str]) -> list[Mention]:
        """'Hagen Brody, thanked ...': two bare names of towns in two countries, side by side with
        nothing between them, are a person's first name and surname (Hagen in Germany, Brody in
        Ukraine); a town and its region ('Bandung Jawa Barat') or a unit word are no such pair."""
        bare = sorted((m for m in mentions if not m.qualified and not m.is_country and m.place is not None
                       and LEVEL.get(m.place.kind) == "local"), key=lambda m: m.start)
        person = set()
        for first, second in zip(bare, bare[1:]):
            if text[first.end:second.start] == " " and first.country != second.country:
                person |= {id(first), id(second)}
                names_of_people.append(f"{first.surface} {second.surface}")
        return [m for m in mentions if id(m) not in person]

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
        if kind is not None:  # "the French town of Albert": a place, whatever else the word is
            mention.weak = mention.common = False
        if mention.country == country:
            place = self.resolve_in(mention.core, country, kind=kind) if kind and mention.kind != kind else None
            if place is not None and place.kind == kind:
                mention.place, mention.kind = place, kind
            mention.qualified = mention.qualified or kind is not None
            mention.confirmed = True
            return
        place = self.resolve_in(mention.core, country, kind=kind or mention.kind)
        if place is not None:
            mention.place, mention.kind = place, self._kind(place, kind)
            mention.qualified = mention.qualified or kind is not None
        else:
            mention.place = None
            mention.kind = kind or mention.kind
        mention.country = country
        mention.confirmed = True  # "the West Australian town of Albany": every bare Albany of the article

    def _unknown_partners(self, text: str, mentions: list[Mention], free) -> list[Mention]:
        """'Bogor-Kisarazu', 'antara Bogor dan Kisarazu': a name the gazetteer lacks, paired with a
        known place, is taken as a place too (its country comes from the context)."""
        found = []
        # (the subject of a twinning only where the words can be there: the pattern is slow on long sentences)
        subject_pattern = (TWINNED_WITH_PAIR,) if " with " in text and ("twinn" in text or "links" in text
                                                                    or "ties" in text) else ()
        hyphen_pattern = (HYPHEN_PAIR,) if "-" in text or "–" in text or "—" in text else ()
        between_pattern = (BETWEEN_PAIR,) if "antara" in text or "between" in text else ()  # (cheap first)
        for pattern in (*hyphen_pattern, *between_pattern, *subject_pattern):
            for match in pattern.finditer(text):
                first, second = match.span("first"), match.span("second")
                if pattern is TWINNED_WITH_PAIR:  # "But Wareham was twinned with": the name after "But"
                    words = match.group("first").split()
                    while len(words) > 1 and (fold(words[0]) in STOPWORDS or zipf(words[0]) >= FUNCTION_WORD_ZIPF):
                        first = (first[0] + len(words.pop(0)) + 1, first[1])
                known_first = any(m.start == first[0] and not m.is_country for m in mentions)
                known_second = any(m.start == second[0] and not m.is_country for m in mentions)
                if any(m.is_country and m.start in (first[0], second[0]) for m in mentions):
                    continue
                if known_first == known_second:
                    continue
                region = next((m for m in mentions if m.start == second[0] and m.place is not None
                               and LEVEL.get(m.place.kind) == "region"), None) if not known_first else None
                if pattern is HYPHEN_PAIR and region is not None and text[first[1]:second[0]] == "-" \
                        and len(text[first[0]:first[1]].split()) == 1 and free(first[0], first[1]):
                    # "Tonnay-Charente": an unknown word joined to a region's name is one town of that region
                    mentions.remove(region)
                    name = text[first[0]:region.end]
                    found.append(Mention(name, name, first[0], region.end, None, "other", region.country,
                                         qualified=True))
                    continue
                start, end = second if known_first else first
                if pattern is HYPHEN_PAIR and text[first[1]:second[0]] == "-" \
                        and _whole_list_item(text, match.start(), match.end()):
                    continue  # "Lviv has such twin cities: ...; Pula-Pola; ...": one item, a town in two languages
                name = text[start:end]
                if name.endswith(".") and name.count(".") == 1:  # the sentence's full stop: "... of Kolomotu'a."
                    name, end = name[:-1], end - 1
                words = name.split()
                if BYLINE_OPENING.match(name) or BYLINE_BEFORE.search(text, max(0, start - 12), start):
                    continue  # "By Matthew Hoekstra - Richmond Review": a byline and its paper, not a pair
                if not free(start, end) or any(fold(w) in STOPWORDS for w in words) or names_a_landmark(name) \
                        or len(words) > 3 or name.isupper() or "." in name \
                        or any(self.gaz.knows(fold(" ".join(words[:k]))) for k in range(1, len(words))):
                    continue  # ("the Atlanta-Toulouse Startup Exchange": a known Toulouse opens the words)
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
                    or any(fold(w) in STOPWORDS for w in name.split()) or names_a_landmark(name):
                continue
            kind = UNIT_KINDS.get(match.group("unit").lower()) or DESCRIBED_KINDS.get(match.group("unit").lower())
            found.append(Mention(name, name, start, end, None, kind or "other", None, qualified=True))
        return found

    def _named_with_country(self, text: str, mentions: list[Mention], free, headline: bool = False) -> list[Mention]:
        """'Higashimatsushima, Japan', 'Mano Town in Japan': a name the gazetteer lacks, followed by
        a foreign country, is a place of that country (a town when it says so). In a headline, whose words are
        all capitalised, a word must be rarer to be taken for a name ("Visit From Counterparts in Mexico")."""
        found = []
        common = UNKNOWN_COMMON_ZIPF if headline else COMMON_WORD_ZIPF
        for match in UNKNOWN_BEFORE_COUNTRY.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            words = name.split()
            if match.group("of") and not PAIRED_BEFORE.search(text, max(0, start - 8), start):
                continue
            if not free(start, end) or any(w.isupper() and len(w) > 1 for w in words) or len(fold(name)) < 2 \
                    or names_a_landmark(name) \
                    or any(fold(w) in STOPWORDS or fold(w) in HONORIFICS or fold(w) in ORGANISATION_WORDS
                           for w in words) \
                    or ORGANISATION_BEFORE.search(text[max(0, start - 60):start]) \
                    or self._country(name) is not None or TITLE_BEFORE.search(text[max(0, start - 25):start]) \
                    or fold(name) in UNIT_WORDS_ALONE or len(words) == 1 and zipf(name) >= common:
                continue  # "Melinda Gates Foundation in the United States": a body, not a place; "Yakni, Swedia": a word
            country = self.country_at(text, match.end())
            region = self._region_at(text, match, mentions) if country is None else None
            country = country or region
            if country is None or country.country == "ID":
                continue
            near = self.resolve_in(name, country.country, fuzzy=True)
            if near is not None and near.qid and near.kind != "country":
                # "Kitakyusu, Jepang": a letter off a known place of the country named after it
                found.append(Mention(name, name, start, end, near, self._kind(near, None), near.country))
                continue
            respelt = self.respelt(name, country.country)
            if respelt is not None:
                found.append(Mention(name, name, start, end, respelt, self._kind(respelt, None), respelt.country))
                continue
            kind = "other" if fold(words[-1]) in ("town", "village", "machi", "cho") and len(words) > 1 else "city"
            core = " ".join(words[:-1]) if kind == "other" else name
            # a region after it places it as surely as a country named (which vouches for the name)
            found.append(Mention(name, core, start, end, None, kind, country.country, weak=region is None,
                                 qualified=region is not None))
        return found

    def respelt(self, name: str, country: str) -> Place | None:
        """'Sumen, Bulgaria': a name the gazetteer lacks, of five letters or more, that the country named
        after it has one known place for once respelt (see RESPELLINGS)."""
        folded = fold(name)
        if len(folded) < 5 or folded.count(" ") > 1:
            return None
        places = {p.qid: p for key in sorted(self.gaz.indexed_among(respellings(folded)))
                  for p in self.gaz.lookup(key, country=country)
                  if p.qid and p.country == country and p.kind != "country"}
        cities = [p for p in places.values() if p.kind == "city"]
        if len(places) != 1 and len(cities) == 1:
            return cities[0]  # "Sumen": Shumen, the city, not Shumen Province around it
        return next(iter(places.values())) if len(places) == 1 else None

    def _respelt_unit(self, text: str, end: int, name: str, kind: str) -> Place | None:
        """'Provinsi Yunan di Tiongkok': a unit the gazetteer lacks, followed by its country, is the place
        of that unit's level the country has once respelt (Yunnan)."""
        after = PLAIN_GAP_AFTER.match(text, end)
        named = self.country_at(text, after.end()) if after else None
        respelt = self.respelt(name, named.country) if named is not None else None
        return respelt if respelt is not None and LEVEL.get(respelt.kind) == LEVEL.get(kind) else None

    def _names_with_of(self, text: str, taken: _Spans, qualified_only: bool) -> list[Mention]:
        """'Port of Spain', 'PORT OF SPAIN', 'Isle of Wight': a name with "of" inside is one place, not the
        country or the word after "of". Read first, in every sentence, so that neither is read alone;
        after a failed try the search goes on from the next word ('Mayor of Port of Spain')."""
        found: list[Mention] = []
        position = 0
        while (match := OF_NAME.search(text, position)) is not None:
            group = "head" if match.group("head") else "caps"
            head = match.group(group).split()
            position = match.start(group) + len(head[0]) + 1
            for k in range(len(head)):
                start = match.start(group) + len(" ".join(head[:k])) + (1 if k else 0)
                phrase = text[start:match.end()]
                if not taken.free(start, match.end()) or not self.gaz.knows(fold(phrase)):
                    continue
                place = self.resolve(phrase)
                if place is not None:
                    taken.add((start, match.end()))
                    if not qualified_only:  # bare names are not read here, but neither is "Spain"
                        found.append(Mention(phrase, phrase, start, match.end(), place, place.kind, place.country,
                                             is_country=place.kind == "country"))
                    position = match.end()
                break
        return found

    def _unit_of_region(self, text: str, mentions: list[Mention], free) -> list[Mention]:
        """'Bayan County of Heilongjiang Province': a name the gazetteer lacks, with its unit word, then
        'of' and a known region, is a place of that region's country (the region only locates it)."""
        found = []
        for match in UNKNOWN_UNIT_OF_REGION.finditer(text):
            start, end = match.span("name")
            core = match.group("core")
            region = next((m for m in mentions if m.start == match.end() and not m.is_country and m.place is not None
                           and LEVEL.get(m.place.kind) == "region"), None)
            if region is None or region.country == "ID" or self.gaz.knows(fold(core)) \
                    or self.gaz.knows(fold(match.group("name"))) \
                    or any(fold(w) in STOPWORDS or fold(w) in HONORIFICS for w in core.split()):
                continue
            read = next((m for m in mentions if m.start == start and m.end == end and m.place is None), None)
            if read is not None:  # read already as a unit of no known place: the region says where it lies
                read.country, read.qualified, read.common, read.weak = read.country or region.country, True, False, False
                continue
            if not free(start, end) or any(m.start < end and start < m.end for m in mentions):
                continue
            kind = SUFFIX_KINDS.get(match.group("unit").lower(), "other")
            found.append(Mention(match.group("name"), core, start, end, None, kind, region.country, qualified=True))
        return found

    def _misspelt_with_country(self, text: str, mentions: list[Mention]) -> None:
        """'Shimoneseki City, Japan': a name with its unit word that no lookup knows, followed by a
        foreign country, is the known place of that country one letter away (and of that kind)."""
        for m in mentions:
            if m.place is not None or m.is_country or not m.qualified or not m.core or " " in m.core.strip():
                continue
            after = re.match(r"\s*,\s*|\s+(?:in|di)\s+", text[m.end:])
            country = self.country_at(text, m.end + after.end()) if after else None
            if country is None or country.country == "ID":
                continue
            near = self.resolve_in(m.core, country.country, kind=m.kind, fuzzy=True)
            # (of that level: "Yamanashi City, Japan" is no Yamanashi Prefecture)
            if near is not None and near.qid and near.kind != "country" \
                    and (m.kind is None or LEVEL.get(near.kind) == LEVEL.get(m.kind)):
                m.place, m.kind, m.country = near, self._kind(near, m.kind), near.country

    def _unit_of_name(self, text: str, mentions: list[Mention], free) -> list[Mention]:
        """'with Timor-Leste in the township of Ainaro': a name the gazetteer lacks, after a unit word
        and 'of', in a country the text names right before it, is a place there (a town, unless the
        unit word says city); so too after a country's adjective and a unit word without 'of' ('the
        Chinese city Wusong'), or where the country or region comes right after it ('the town of
        Makino, in Japan's Shiga Prefecture')."""
        found = []
        described = [(match, demonym) for match in UNIT_THEN_NAME.finditer(text)
                     for demonym in [DEMONYM_RIGHT_BEFORE.search(text, max(0, match.start() - 30), match.start())]
                     if demonym is not None]
        for match, demonym in [*((m, None) for m in UNIT_OF_NAME.finditer(text)), *described]:
            name = match.group("name").rstrip(".'’")
            start = match.start("name")
            end = start + len(name)
            if not free(start, end) or any(m.start == start for m in mentions) \
                    or any(fold(w) in STOPWORDS or fold(w) in ORGANISATION_WORDS for w in name.split()) \
                    or self.gaz.lookup(name):
                continue
            if demonym is not None and any(self.gaz.lookup(" ".join(name.split()[:k])) for k in range(1, len(name.split()))):
                continue  # "the Turkish municipality Mamak Mesut Akgul": a known town, then its mayor's name
            country = next((m for m in reversed(mentions) if m.is_country and m.end <= match.start()
                            and COUNTRY_BEFORE_UNIT.fullmatch(text[m.end:match.start()])), None)
            if country is not None:
                code = country.country
            elif demonym is not None:  # "the Chinese city Wusong"
                code = DEMONYMS.get(fold(demonym.group("demonym")))
            else:
                code = self._locating_unit(text, match, mentions)
            located = UNIT_NAME_LOCATED_AFTER.match(text, end) if code is None else None
            if located is not None:  # "the town of Makino, in Japan's Shiga Prefecture"
                where = self.country_at(text, located.end()) or next(
                    (m for m in mentions if m.start == located.end() and m.place is not None), None)
                code = where.country if where is not None else None
            elif code is None and text.startswith(", ", end):
                # "the municipality of Meoqui, Chihuahua": a region or a country right after the comma
                # (or a city that is also a region of its own country: "Meoqui, Chihuahua," the state, which
                # the gazetteer reads as its capital; not "Natimuk, Victoria", a city of Canada and a state
                # of Australia, nor "Koroit, Warrnambool", a town and the city it lies near, both parties then)
                where = self.country_at(text, end + 2) or next(
                    (m for m in mentions if m.start == end + 2 and m.place is not None and not m.organisation
                     and (LEVEL.get(m.kind or "") == "region"
                          or {p.country for p in self.gaz.lookup(m.core) if LEVEL.get(p.kind) == "region"}
                          == {m.country})), None)
                code = where.country if where is not None else None
            if code is None or code == "ID":
                continue
            kind = "city" if match.group("unit").lower() == "city" else "other"
            found.append(Mention(name, name, start, end, None, kind, code, qualified=True))
        return found

    @staticmethod
    def _locating_unit(text: str, match: re.Match, mentions: list[Mention]) -> str | None:
        """'the Zaragoza town of Cariñena', 'the Spanish town of Cariñena': a known place or a country's
        adjective between an article and the unit word says which country the town lies in."""
        before = text[max(0, match.start() - 40):match.start()]
        adjective = DEMONYM_BEFORE_UNIT_OF.search(before)
        if adjective is not None:
            return DEMONYMS.get(fold(adjective.group("demonym")))
        place = next((m for m in mentions if not m.is_country and m.place is not None and not m.organisation
                      and m.end < match.start() and text[m.end:match.start()].isspace()), None)
        if place is None or not ARTICLE_BEFORE.search(text, max(0, place.start - 6), place.start):
            return None
        return place.country

    @staticmethod
    def _region_at(text: str, match: re.Match, mentions: list[Mention]) -> Place | None:
        """'Mayor Hiroshi Tanaka of Sutama, Yamanashi Prefecture': after 'of', 'in', 'with' ..., a name
        the gazetteer lacks followed by a foreign region is a place of that region's country."""
        if not PLACE_PREPOSITION_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
            return None
        region = next((m for m in mentions if m.start == match.end() and m.place is not None
                       and not m.is_country and LEVEL.get(m.place.kind) == "region"), None)
        return region.place if region is not None else None

    def _list_item_with_typo(self, text: str, match: re.Match) -> Mention | None:
        """'Busan, Seattel, Guangzhou', 'Beijing, Shanghai and Shenzen,': an unknown item of a list of places,
        one typo away from a well-known place (one with a Wikidata id)."""
        name = match.group(0)
        before, after = text[max(0, match.start() - 8):match.start()], text[match.end():match.end() + 4]
        # (the last item too: "in Beijing, Shanghai and Shenzen, a sister city with Houston")
        in_list = before.endswith(LIST_ITEM_LEADS + LAST_ITEM_LEADS) and \
            after.startswith((",", " in ", " di ", " dan ", " and ", " hin", " ser"))
        if not in_list or len(fold(name)) < 7 or fold(name) in STOPWORDS or zipf(name) >= COMMON_WORD_ZIPF:
            return None  # ("affiliated with Samsung, and": a word that common is no slip of Samsun)
        variants = _typo_candidates(fold(name))
        known = self.gaz.indexed_among(variants)
        place = next((p for key in variants if key in known for p in self.gaz.lookup(key)
                      if p.qid and p.kind != "country"), None)
        if place is None:
            return None
        # after "and", only where the item before is a known place of the same country ("Shanghai and
        # Shenzen", not "thanked Davies, Evans and Cornwell")
        last = LAST_ITEM_BEFORE.search(text, max(0, match.start() - 40), match.start()) \
            if before.endswith(LAST_ITEM_LEADS) else None
        if last is not None and not any(p.country == place.country for p in self.gaz.lookup(fold(last.group("item")))):
            return None
        return Mention(name, name, match.start(), match.end(), place, place.kind, place.country)

    def _one_name_the_gazetteer_lacks(self, word: str) -> bool:
        """'Nazareth-Ilit': two capitalised parts joined by one hyphen, the whole unknown, the first a known place
        and the second no place (nor one with its romanised unit word: 'Bogor-Kawagoeshi'), no word of the language
        and no saint's ('Minneapolis-Saint Paul')."""
        parts = word.split("-")
        if len(parts) != 2 or not parts[1][:1].isupper() or len(parts[1]) < 3 \
                or parts[1].lower() in ("ste", "saint", "sainte", "san", "santa", "sankt"):
            return False
        second = fold(parts[1])
        return self.gaz.knows(fold(parts[0])) and not self.gaz.knows(second) and self._country(parts[1]) is None \
            and not ROMANISED_SUFFIX.search(parts[1]) and self.resolve(parts[1]) is None \
            and second not in STOPWORDS and zipf(parts[1]) < COMMON_WORD_ZIPF and not DEMONYMS.get(second)

    def _glued(self, words: list[str], i: int, j: int, first_is_sentence_start: bool = False) -> bool:
        """'Nelson Simanjuntak': the known name shares its phrase with an unknown capitalised word
        (a capital that only starts the sentence does not count)."""
        before = [words[i - 1]] if i > 0 and not (i == 1 and first_is_sentence_start) \
            and not POSSESSIVE.search(words[i - 1]) else []  # "China's Hainan" is no person
        if any(fold(word) in ORGANISATION_WORDS for word in words[j:]):
            return False  # "Cebu Development Board": an organisation of the place
        following = [fold(word) for word in words[j:j + 2]]
        if following[:1] and (following[0] in FACILITY_WORDS or following[0] in FACILITY_MODIFIERS
                              and following[1:] and following[1] in FACILITY_WORDS):
            return False  # "Cairns Botanic Gardens", not "Jackson Pollock Gallery": the place's park or hall
        after = [words[j]] if j < len(words) and not POSSESSIVE.search(words[j - 1]) else []  # "Da Nang's Hoa Vang"
        neighbours = before + after
        for word in neighbours:
            key = fold(word)
            if key and key not in STOPWORDS and not self.gaz.knows(key) and key not in SUFFIX_KINDS \
                    and not (word in before and key in BRAND_BEFORE_PLACE) \
                    and not (word in after and (len(word) > 2 or word in ("US", "UK")) and self._country(word) is not None) \
                    and key not in COMPASS and key not in PLACE_WORDS and not ROMANISED_SUFFIX.search(word) \
                    and not (word in after and not word.isupper() and zipf(word) >= COMMON_WORD_ZIPF) \
                    and not (word in after and word in MEMBER_FOR_SEAT) \
                    and not (word in after and word in TOWN_BODY_ACRONYMS) \
                    and not (word in after and word in NORTH_AMERICAN_STATES):
                # ("the Danville SC group": the town's body; "Scottsdale AZ (USA)": the town's state)
                return True  # a word of the language after the name ("Bandung Conference") names no person
        return False

    def _division_before_its_country(self, text: str, mention: Mention, after: Mention | None) -> Mention | None:
        """'Atlanta in Georgia, USA': a country's name right before another country, after a comma, is
        that country's division of the name (the state of Georgia, not the country)."""
        if not mention.is_country or after is None or not after.is_country or after.country == mention.country \
                or text[mention.end:after.start].strip() != ",":
            return None
        division = next((p for p in self.gaz.lookup(mention.core, country=after.country)
                         if p.country == after.country and LEVEL.get(p.kind) == "region"), None)
        if division is None:
            return None
        return Mention(mention.surface, mention.core, mention.start, mention.end, division, division.kind,
                       division.country)

    def _joined(self, match: re.Match) -> Mention | None:
        """'Hammersmith & Fulham (LBHF)': the longest run of a JOINED_NAME match that the gazetteer
        knows as one place's name."""
        words = match.group(0).split()
        for j in range(len(words), 2, -1):
            joined = " ".join(words[:j])
            if words[j - 1] in ("and", "&", "with"):
                continue
            if not self.gaz.knows(fold(joined.replace("&", "and"))):
                # ("Weymouth and Portland’s twin towns": the name before its possessive)
                joined = POSSESSIVE_END.sub("", joined)
                if not self.gaz.knows(fold(joined.replace("&", "and"))):
                    continue
            place = self.resolve(joined.replace("&", "and"))
            if place is None:
                return None
            if place.kind == "country":  # "Trinidad and Tobago": the country, not Trinidad, Colorado
                return Mention(joined, joined, match.start(), match.start() + len(joined), place, "country",
                               place.country, is_country=True)
            place = self._namesake_with_item(place) if place.qid is None else place
            return Mention(joined, place.name, match.start(), match.start() + len(joined), place, place.kind,
                           place.country)
        return None

    def _unit_after_office(self, text: str, start: int, words: list[str]) -> Mention | None:
        """'Mayor of Ahsa Municipality': a name the gazetteer lacks after an office is a place, not
        the holder, when a unit word ends it."""
        for j in range(min(len(words), 4), 1, -1):
            if _unit_suffix(fold(" ".join(words[:j]))) is None:
                continue
            found = self._bare(text, start, start + len(" ".join(words[:j])), words[:j])
            if found is not None and found.qualified and not found.is_country:
                return found
        return None

    def _place_before_its_country(self, text: str, start: int, words: list[str]) -> Mention | None:
        """'Wali Kota Gimje Korea Selatan, Lee Gun Sik': a name the gazetteer lacks after an office, its
        country right after it, is the office's place, and the holder comes after."""
        if len(words) < 2 or fold(words[0]) in STOPWORDS or self._country(words[0]) is not None:
            return None
        country = self.country_at(text, start + len(words[0]) + 1)
        if country is None:
            return None
        return Mention(words[0], words[0], start, start + len(words[0]), None, "city", country.country, qualified=True)

    def _namesake_with_item(self, place: Place) -> Place:
        """The same name, country and kind with a Wikidata item, if the gazetteer has one besides.

        A populated place of the map data ("Newark-on-Trent", no item) and the item of the twinning
        statements of the same name are one place as far as the text can tell; the item is the one
        that has twins, so a twinning article means it, and its name is no little-known one."""
        key = fold(place.name)
        return next((p for p in self.gaz.lookup(place.name, country=place.country)
                     if p.qid and p.kind == place.kind and p.country == place.country and fold(p.name) == key),
                    place)

    def _qualified(self, text: str, start: int, name_start: int, words: list[str], kind: str | None,
                   title: bool) -> Mention | None:
        prefix = text[start:name_start].strip()
        joined = JOINED_NAME.match(text, name_start)
        found = self._joined(joined) if joined else None
        if found is not None:  # "Mayor of Hammersmith & Fulham"
            return Mention(text[start:found.end], found.core, start, found.end, found.place, found.kind,
                           found.country, qualified=True)
        whole = f"{prefix} {words[0]}"
        if prefix in ("Kota", "kota") and re.search(r"\b[Ii]bu\s+$", text[max(0, start - 4):start]):
            # "Ibu Kota Negara" (the law's name for the new capital), "ibu kota Astana": the word after a
            # capital is that capital's name, or an everyday word ("negara", "baru"), never Bali's Negara
            if fold(words[0]) == "negara" and not (len(words) > 1 and fold(words[1]) == "bagian"):  # (a state's capital)
                # "Ibu Kota Negara (IKN)" is the new capital, "Ibu Kota Negara Australia" a country's capital:
                # the words are taken, as no place of their own
                end = name_start + len(words[0])
                place = self.resolve("IKN") if re.match(r"\s*\(IKN\)|\s+Nusantara\b", text[end:]) else None
                return Mention(text[start:end], words[0], start, end, place, place and place.kind,
                               place and place.country, qualified=True, common=place is None)
            place = self.resolve(f"Ibu Kota {words[0]}")
            if place is not None:
                end = name_start + len(words[0])
                return Mention(text[start:end], words[0], start, end, place, place.kind, place.country, qualified=True)
            if zipf(words[0]) >= COMMON_WORD_ZIPF:
                return None
        if prefix in ("Kota", "kota", "Negeri") and self.gaz.knows(fold(whole)):
            # "Kota Kinabalu", "Negeri Sembilan": the word is part of a foreign name
            place = next((p for p in self.gaz.lookup(whole) if p.country != "ID" and fold(p.name) == fold(whole)),
                         None)
            if place is not None:
                end = name_start + len(words[0])
                return Mention(text[start:end], whole, start, end, place, place.kind, place.country,
                               qualified=True)
        # (up to six words: "the City of San Nicolás de los Garza" is no San Nicolás)
        for j in range(min(len(words), 6), 0, -1):
            name = " ".join(words[:j])
            name = re.sub(r"['’]s$", "", re.sub(r"[.,]$", "", name))  # "the City of Gold Coast's website"
            if all(fold(w) in STOPWORDS for w in name.split()):
                continue  # "Kota Kota": unit words only, whatever the gazetteer makes of them
            # a typo is forgiven after a unit word ("Kota Kisarazuu"), not after an office, where the
            # word may be the holder's name ("Bupati Roring" is no Boring, Oregon)
            place = self.resolve(name, kind=kind, fuzzy=not title)
            if place is None and j > 1 and not title:
                # "Kota Iskandar Puteri, Malaysia": a town of two words, placed by its country, before
                # "Iskandar" alone is taken for a place elsewhere
                town = self._town_mention(text, name_start, name, name, kind)
                if town is not None:
                    return Mention(text[start:town.end], name, start, town.end, town.place, town.kind,
                                   town.country, qualified=True)
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
        unit_of = UNIT_OF_BEFORE_NAME.search(prefix)
        if unit_of is not None:  # "the County of Kauai": the gazetteer's "Kauai County"
            name = re.sub(r"['’]s$", "", re.sub(r"[.,]$", "", words[0]))
            place = next((p for p in self.gaz.lookup(f"{name} {unit_of.group(1).title()}")
                          if p.kind != "country" and fold(p.name) == fold(f"{name} {unit_of.group(1)}")), None)
            if place is not None:
                end = name_start + len(name)
                return Mention(text[start:end], name, start, end, place, self._kind(place, kind), place.country,
                               qualified=True)
        # Unknown to the gazetteer, but the administrative word says it is a place.
        name_words = []
        for n, word in enumerate(words[:3]):
            if fold(word) in STOPWORDS or name_words and self._country(" ".join(words[n:n + 2])) is not None \
                    or name_words and self._country(word) is not None:
                break  # "kota Trengganu Malaysia": the country says where, it is no part of the name
            name_words.append(word)
        if not name_words or len(fold(" ".join(name_words))) < 2:
            return None  # "misal kota X di Australia": a letter standing for any city is no name
        name = re.sub(r"[.,]$", "", " ".join(name_words))
        end = name_start + len(name)
        respelt = self._respelt_unit(text, end, name, kind)  # "Provinsi Yunan di Tiongkok"
        if respelt is not None:
            return Mention(text[start:end], name, start, end, respelt, self._kind(respelt, kind), respelt.country,
                           qualified=True)
        town = self._town_mention(text, name_start, name, name, kind)
        if town is not None:  # "Kota Ubud", "the City of Caledon"
            return Mention(text[start:end], name, start, end, town.place, town.kind, town.country, qualified=True)
        romanised = ROMANISED_SUFFIX.search(name)
        if romanised:  # "Kabupaten Hamyang Gun": a Korean county whatever the Indonesian word says
            key = romanised.group(1).lower()
            return Mention(text[start:end], name, start, end, None, ROMANISED_KIND[key],
                           ROMANISED_COUNTRY[key], qualified=True)
        # "Provinsi Kembara atau Sister Province", "Kota Negara Lain" ("a city of another country"):
        # a name no gazetteer knows, made of everyday words, is no name
        return Mention(text[start:end], name, start, end, None, kind, None, qualified=True,
                       common=min(zipf(word) for word in name.split()) >= UNKNOWN_COMMON_ZIPF)

    def _person_after(self, text: str, end: int, mention: Mention | None) -> str | None:
        """'Wali Kota Bogor Bima Arya' -> 'Bima Arya': the holder named right after the office.
        A country or the place repeated before the name ('Wali Kota Ichikawa Jepang, Taro ...', 'the Mayor
        of Hangzhou (China) Yao Gaoyuan') is skipped."""
        while True:
            bracketed = COUNTRY_IN_BRACKETS.match(text, end)
            if bracketed and self._country(bracketed.group(1)) is not None:
                end = bracketed.end()
            match = PERSON.match(text, end)
            if not match:
                return None
            words = match.group(1).split()
            # (and the body the office heads: "Mayor of Konya Metropolitan Municipality Uğur İbrahim Altay")
            skip = next((k for k in range(len(words), 0, -1)
                         if self._country(" ".join(words[:k])) is not None
                         or fold(" ".join(words[:k])) in SUFFIX_KINDS), 0)
            if skip == len(words) and fold(" ".join(words)) in SUFFIX_KINDS:
                return None  # "Deputy Mayor of Konya Metropolitan Municipality and ...": no name follows
            if not skip and mention is not None and fold(words[0]) == fold(mention.core):
                skip = 1
            if not skip:
                break
            end = match.start(1) + len(" ".join(words[:skip]))
        words = []
        for word in match.group(1).split():
            if fold(word) in STOPWORDS and not INITIAL.fullmatch(word):  # "Lourdes A. Leon Guerrero": an initial, not "a"
                break
            words.append(word)
        return " ".join(words) or None

    def _capital_of(self, text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
        """'The capital city of Cambodia and Cleveland are now Sister Cities', 'twinning relations between
        the capitals of Kazakhstan and Bulgaria', 'ibu kota Kamboja': a country's one national capital, where
        the sentence does not name that city itself ('Phnom Penh, the capital of Cambodia' only locates it)."""
        if not mention.is_country:
            return None
        before = CAPITAL_OF_COUNTRY_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if before is None:  # the second of "the capitals of Kazakhstan and Bulgaria"
            first = next((m for m in mentions if m.is_country and m.end <= mention.start
                          and JOINED_PAIR_GAP.match(text[m.end:mention.start])), None)
            before = CAPITALS_OF_BEFORE.search(text, max(0, first.start - 40), first.start) if first else None
            start = mention.start
        else:
            start = before.start()
        if before is not None and (POSSESSIVE_AFTER.match(text, mention.end)
                                   or APPOSITION_BEFORE.search(text, max(0, start - 8), start)):
            return None  # "Kunming, the capital city of China's Yunnan province": the apposition locates a city
        capital = self.gaz.capital(mention.country) if before is not None else None
        if capital is None or any(fold(m.core) == fold(capital.name) for m in mentions if not m.is_country):
            return None
        return Mention(text[start:mention.end], capital.name, start, mention.end, capital, capital.kind,
                       capital.country, qualified=True)

    def _country(self, name: str) -> Place | None:
        """A country named in running text: a code of three letters or fewer only in capitals
        ('USA', 'RRT'), so that 'Eri' of 'Eri Cahyadi' is no Eritrea."""
        if len(fold(name)) <= 3 and name != name.upper():
            return None
        code = COUNTRY_SHORT_NAMES.get(fold(name))
        return self.gaz.country(code) if code and name == name.upper() else self.gaz.country(name)

    def _long_form_country(self, text: str, mention: Mention) -> Mention | None:
        """'People’s Republic of China', 'Republic of Korea': a country's long form, read as one name
        (a qualifier of the place before it, as 'China' alone is)."""
        long = LONG_FORM_BEFORE.search(text, max(0, mention.start - 45), mention.start)
        after = LONG_FORM_AFTER.match(text, mention.end) if mention.is_country else None
        if long is None and after is None:
            return None
        # "the United States of America": the country goes on after "of"
        start, end = (long.start() if long else mention.start), (after.end() if after and long is None else mention.end)
        phrase = text[start:end]
        folded = fold(phrase)
        country = self.gaz.country(LONG_FORM_COUNTRIES[folded]) if folded in LONG_FORM_COUNTRIES \
            else self.gaz.country(phrase.replace("’", "'"))
        if country is None or country.kind != "country":
            return None
        return Mention(phrase, phrase, start, end, country, "country", country.country, is_country=True)

    def country_at(self, text: str, start: int) -> Place | None:
        """The country named by the capitalised words at ``start`` ('Prancis', 'South Korea')."""
        match = NAME.match(text, start)
        if not match:
            return None
        words = match.group(0).split()
        for j in range(min(len(words), 4), 0, -1):
            found = self._country(re.sub(r"[.,]$", "", " ".join(words[:j])))
            if found is not None:
                return found
        return None

    def _kind(self, place: Place, hinted: str | None) -> str:
        """A foreign unit keeps its own type; a hint only chooses between city and province-level."""
        if hinted in ("city", "province") and place.kind in ("city", "province") and place.country != "ID":
            return hinted
        if hinted in ("county", "district") and place.kind == "city" and place.country != "ID":
            return hinted  # "Anxi County": populated places are all filed as cities
        return place.kind

    def _given_name(self, text: str, name: str, end: int) -> bool:
        """'Mary-Ann Baldwin': two capitalised words joined by a hyphen before a surname, which the
        gazetteer does not know whole, and whose second word opens no place's name with the words after
        it ("Jakarta-New York", "Denpasar-Mossel Bay": the hyphen joins two places)."""
        if HYPHENATED_GIVEN_NAME.fullmatch(name) is None or SURNAME_RIGHT_AFTER.match(text, end) is None \
                or self.gaz.knows(fold(name)):
            return False
        following = NAME.match(text, end + 1) if end < len(text) and text[end] == " " else None
        rest = following.group(0).split() if following else []
        half = name.split("-")[1]
        return not any(self.gaz.knows(fold(" ".join([half, *rest[:k]]))) for k in range(0, min(len(rest), 3) + 1))

    def _long_form_mention(self, text: str, start: int, name: str) -> Mention | None:
        """'Konigslutter' for Königslutter am Elm: a name the gazetteer knows only as the first part of one
        place's long name (a river or hills after a linking word), where no place or town goes by it alone
        (and the word does not go on past a hyphen into another name: 'Mulheim-Karlich')."""
        if not name[:1].isupper() or len(name) < 5 or zipf(name) >= UNKNOWN_COMMON_ZIPF \
                or re.match(r"[-‐–]\w", text[start + len(name):start + len(name) + 2]) \
                or re.search(r"\b[A-Z][a-z]+\s+$", text[max(0, start - 20):start]):
            return None  # (nor a surname after a given name: "Heidi Neuburg, the twinning officer")
        places = {p.qid: p for p in self.gaz.long_forms(fold(name)) if p.qid}
        if len(places) != 1:
            return None
        place = next(iter(places.values()))
        return Mention(name, name, start, start + len(name), place, self._kind(place, None), place.country)

    def _town_mention(self, text: str, start: int, name: str, core: str, unit: str | None) -> Mention | None:
        """A town only GeoNames' list names (see ``Gazetteer.towns``), where the text says where it
        lies: its country or a region of it right after the name ('Tustin, California', 'Matamata in
        New Zealand', 'Sennan in Osaka'), or a unit word and only one country with a town of the name
        ('Danao City'), where the town is large enough to be one (not 'the City of Moka', Japan,
        which the list lacks, for Moka in Mauritius, 9,000 people)."""
        towns = self.gaz.towns(core) if core and core[0].isupper() else []
        if not towns or any(w.isupper() and len(w) > 1 or fold(w) in STOPWORDS or fold(w) in HONORIFICS
                            or fold(w) in ORGANISATION_WORDS for w in core.split()) \
                or TITLE_BEFORE.search(text[max(0, start - 25):start]):
            return None  # "Mayor Nakamura, Japan's ...": a person after an office
        end = start + len(name)
        after = PLAIN_GAP_AFTER.match(text, end)
        where = self._country_or_region_at(text, TOWN_LOCATOR_WORDS.match(text, after.end()).end()) if after else None
        if where is None:
            where = country_of_list_before(text, start)  # "two Chinese cities, Zhoushan and Guigang"
        if where is not None:
            town = next((t for t in towns if t.country == where), None)
        else:
            # (not an everyday word before a unit word: "International Council for Local Environmental
            # Initiatives" is no International City in Dubai)
            town = towns[0] if unit is not None and len({t.country for t in towns}) == 1 \
                and self.gaz.prominence(towns[0]) >= CITY_BY_SIZE and zipf(core) < COMMON_WORD_ZIPF else None
        if town is None:
            return None
        return Mention(name, core, start, end, town, unit or town.kind, town.country, qualified=True)

    def _country_or_region_at(self, text: str, start: int) -> str | None:
        """The country code of a country, or of a known place, named at ``start`` ('Japan', 'Osaka',
        'Cebu'): a town of the list is taken only in that country, so any place there will do."""
        country = self.country_at(text, start)
        if country is not None:
            return country.country
        match = NAME.match(text, start)
        words = match.group(0).split() if match else []
        for j in range(min(len(words), 3), 0, -1):
            place = self.resolve(re.sub(r"[.,]$", "", " ".join(words[:j])))
            if place is not None:
                return place.country
        return None

    def _bare(self, text: str, start: int, end: int, words: list[str]) -> Mention | None:
        name = " ".join(words)
        if not (name.endswith(".") and name[:1].isupper() and any(name in p.aliases for p in self.gaz.lookup(name))):
            name = PUNCTUATION_END.sub("", name)  # (but "B.C." keeps the stop its initials end with)
        if not (re.match(r"(?:St\.?|Saint) ", name) and POSSESSIVE_END.search(name) and self.gaz.knows(fold(name))
                and not SAINTS_BUILDING_AFTER.match(text, start + len(name))):
            name = POSSESSIVE_END.sub("", name)  # "Bandung's" (not "St John's", whose name ends so)
        folded = fold(name)
        if not folded or folded in STOPWORDS:
            return None
        landform = LANDFORM_AFTER.match(text, start + len(name))
        if landform and not self.gaz.knows(fold(text[start:landform.end()])):
            return None  # "the Tamar Valley": the valley, not Tamar in Israel
        suffix_kind = None
        core = name
        lowered = folded
        suffix = _unit_suffix(lowered)
        if suffix == "state" and (STATE_SCHOOL_AFTER.match(text, start + len(name)) or not any(
                p.kind == "state" for p in self.gaz.lookup(name[: -len(suffix) - 1].strip()))):
            # "Portland State University", "San Jose State students": the city's university, no state of that
            # name (not Portland Parish, Jamaica, nor San José Province, Costa Rica)
            return None
        # "Yamato-Takada" for Yamatotakada: a romanised name with a hyphen the index lacks
        known = self.gaz.knows(folded) or "-" in name and self.gaz.knows(folded.replace(" ", ""))
        if not known and suffix is None and not ROMANISED_SUFFIX.search(name):
            return self._town_mention(text, start, name, name, None) or self._long_form_mention(text, start, name)
        if suffix is not None:
            suffix_kind, core = SUFFIX_KINDS[suffix], name[: -len(suffix) - 1].strip()
        romanised = ROMANISED_SUFFIX.search(name)
        if romanised and not suffix_kind:
            suffix_kind = ROMANISED_KIND[romanised.group(1).lower()]
            if romanised.group(1).lower() in ROMANISED_DROPPED:
                core = name[:romanised.start()]  # "Edogawa-ku" is Edogawa, as "Edogawa Ward" is
        country = self._country(name) if not suffix_kind else None
        if country and (name[0].isupper()):
            if len(folded) <= 2 and name != name.upper():
                return None
            after = PLAIN_GAP_AFTER.match(text, start + len(name))
            other = self.country_at(text, after.end()) if after is not None else None
            namesake = self.resolve_in(name, other.country) if other is not None and other.country != country.country \
                else None
            if namesake is not None and namesake.qid and namesake.kind != "country":
                # "a sister city agreement with Armenia, Colombia": the city of that country, not the country
                return Mention(name, name, start, start + len(name), namesake, namesake.kind, namesake.country,
                               qualified=True)
            governed_by = SPECIAL_REGIONS.get(country.country)
            if governed_by is not None and not PLACE_AND_COMMA_BEFORE.search(text, max(0, start - 40), start):
                # "Da Nang's ties with ... Macau": a region of China, a side as a province is (but "San Juan, Puerto
                # Rico" and "Hagåtña, Guam" say where a town lies, as a country after a comma does)
                return Mention(name, name, start, start + len(name), country, "province", governed_by)
            return Mention(name, name, start, start + len(name), country, "country", country.country,
                           is_country=True)
        if suffix_kind and LEVEL.get(suffix_kind) == "region":
            # "Central Province of Zambia", "Central Province, Sri Lanka": a name several countries give a
            # division (a word, too), and the country right after it
            country_after = COUNTRY_AFTER_UNIT.match(text, start + len(name))
            named = self.country_at(text, country_after.end()) if country_after else None
            placed = named and (self.resolve_in(name, named.country, kind=suffix_kind)
                                or self.resolve_in(core, named.country, kind=suffix_kind))
            if placed is not None:
                return Mention(name, core, start, start + len(name), placed, self._kind(placed, suffix_kind),
                               placed.country, qualified=True)
        if fold(core) in STOPWORDS:
            return None
        if fold(name) in NUMBER_WORDS and (re.match(r"\s+[a-z]", text[start + len(name):])
                                           or COUNTED_NOUN.match(text, start + len(name))):
            return None  # "Lima tahun tanpa kegiatan", "Lima Hari di Beijing": five years, five days, not Peru's capital
        place = None
        small_unit_region = False  # "Jilin province": a region by the unit word written small after it
        if suffix_kind and self.gaz.knows(folded):  # "George Town", "Quezon City": the unit word is the name's
            place = next((p for p in self.gaz.lookup(name) if fold(p.name) == folded), None)
            if place is not None:
                suffix_kind, core = None, name
        whole_name = suffix_kind is not None and lowered.endswith(" city region")
        if whole_name:
            core = name  # "Liverpool City Region": a body of several boroughs, not the city
        elif place is None:
            place = self.resolve(core, kind=suffix_kind) if core else None
            if place is not None and suffix_kind == "city" and place.kind == "prefecture":
                # "Yamanashi City": a city named like its prefecture, which the gazetteer lacks (where it has
                # the city, as for Fukuoka, the unit word finds it), is no prefecture
                return Mention(name, core, start, start + len(name), None, "city", place.country, qualified=True)
            small_unit = REGION_UNIT_WRITTEN_SMALL.match(text, start + len(name)) if suffix_kind is None else None
            if place is not None and small_unit and LEVEL.get(place.kind) != "region":
                # "Jilin province": the province, not Jilin City, which the bare name would be
                region = next((p for p in self.gaz.lookup(core, country=place.country)
                               if LEVEL.get(p.kind) == "region" and fold(p.name) == fold(core)), None)
                place, small_unit_region = region or place, region is not None
            elif place is not None and small_unit and place.kind != small_unit.group(1).lower():
                # "Sindh and Punjab provinces": of two regions of one name, the one of that kind (Pakistan's
                # province, not India's state)
                of_kind = [p for p in self.gaz.lookup(core) if p.kind == small_unit.group(1).lower()
                           and fold(p.name) == fold(core)]
                if len(of_kind) == 1:
                    place, small_unit_region = of_kind[0], True
            unit_country = UNIT_WORD_COUNTRY.get(suffix or "")
            if place is not None and unit_country and place.country != unit_country:
                # "Mitchell Shire": a shire is Australian, whatever place abroad the gazetteer calls Mitchell
                place = self.resolve_in(core, unit_country, kind=suffix_kind)
            after = PLAIN_GAP_AFTER.match(text, start + len(name))
            # (only for a namesake without an item, which would need support: the article-wide reading
            # of a country after a name, which may name two places, decides for the others)
            named = self.country_at(text, after.end()) if after and place is not None and place.qid is None else None
            long_form = DISTRICT_THEN_COUNTRY.match(text, start + len(name)) if after and named is None \
                and place is not None and place.qid is None else None
            if long_form is not None:
                named = self.country_at(text, long_form.end())
            if named is not None and place.country != named.country:
                # "Greenwich, United Kingdom": the namesake of the country named after it; "Greve in Chanti,
                # Italy" (misspelt): the place of that country whose name it opens (Greve in Chianti)
                long_named = [p for p in self.gaz.long_forms(fold(core), named.country) if p.qid] \
                    if long_form is not None else []
                at_home = self.resolve_in(core, named.country, kind=suffix_kind)
                if at_home is None and len(long_named) == 1:
                    place, name = long_named[0], text[start:long_form.end("district")]  # the whole name is read
                else:
                    place = at_home or place
            if place is None and suffix_kind and " " in core.strip() \
                    and not any(fold(word) in STOPWORDS for word in core.split()):  # not "Program Sister City"
                # "Ho Chi Mihn City", "Bac Nihn Province": a name of several words and its unit word, one
                # letter from a large city's or a province's
                place = self.resolve(name, kind=suffix_kind, fuzzy=True)
        if place is None and suffix_kind:
            place = self.resolve(name, kind=suffix_kind)  # indexed with its unit word: "Fairfax County"
        if place is None and suffix_kind and core and core[0].isupper():
            if suffix_kind in ("state",) and len(words) < 2:
                return None
            if any(fold(w) in STOPWORDS for w in (core.split()[:-2] if whole_name else core.split())) \
                    or fold(core.split("-")[0]) in STOPWORDS:  # "City-to-city arrangements"
                return None
            # "Subang Jaya City, Selangor": a town of the list the text places, whole, before the shorter
            # known name inside it (Subang, a regency of Indonesia)
            town = self._town_mention(text, start, name, core, suffix_kind) if len(core.split()) > 1 else None
            if town is not None:
                return town
            if len(core.split()) > 1 and zipf(core.split()[0]) >= COMMON_WORD_ZIPF:
                return None  # "Internasional Kawasaki City": the known "Kawasaki City" is read instead
            if len(core.split()) > 1 and self.resolve(" ".join(core.split()[1:]), kind=suffix_kind) is not None:
                return None  # "Inagawa Hyogo Prefecture": a town, then the known prefecture it lies in
            respelt = self._respelt_unit(text, start + len(name), core, suffix_kind)  # "Yunan Province, China"
            if respelt is not None:
                return Mention(name, core, start, start + len(name), respelt, self._kind(respelt, suffix_kind),
                               respelt.country, qualified=True)
            town = self._town_mention(text, start, name, core, suffix_kind)
            if town is not None:
                return town
            # "Smart City", "Twinning City": an everyday word before a unit word is a slogan
            return Mention(name, core, start, start + len(name), None, suffix_kind,
                           ROMANISED_COUNTRY[romanised.group(1).lower()] if romanised
                           else UNIT_WORD_COUNTRY.get(suffix or ""),
                           qualified=True, common=min(zipf(word) for word in core.split()) >= UNKNOWN_COMMON_ZIPF
                           and not romanised)
        if place is None or place.kind == "country":
            return None
        if name.isupper() and not suffix_kind and (len(name) > 4 or _in_capitals_run(text, start, start + len(name))):
            return None  # a dateline or an acronym in capitals ("NEW YORK, June 25": not York, Pennsylvania)
        if name.isupper() and len(name) >= 3 and not suffix_kind and text[max(0, start - 1):start] == "(" \
                and name not in place.aliases:
            return None  # "Global Cleveland (SABA local partner)": a body's acronym in brackets, not Saba
        if place.qid is None:
            place = self._namesake_with_item(place)
        return Mention(name, core, start, start + len(name), place, self._kind(place, suffix_kind),
                       place.country, qualified=bool(suffix_kind) or small_unit_region,
                       weak=place.qid is None and not suffix_kind,
                       # "Bakal" (a town in Russia) is Indonesian for "will"; Liverpool is a word only as a name
                       # (initials written as the place's own, "KL", "B.C.", are no everyday word)
                       common=not suffix_kind and place.country != "ID"
                       and not (core in place.aliases and core.replace(".", "").isupper())
                       and (zipf(core) >= EVERYDAY_WORD_ZIPF  # "Donetsk Man's Republic": no town of Ivory Coast
                            or zipf(core) >= COMMON_WORD_ZIPF
                            and ((self.gaz.prominence(place) < PROMINENT and not _division_name(place, core))
                                 or indonesian_word(core))
                            # a country's name is no everyday word: "Utara Australia" is a name
                            or everyday_phrase(core) and self.gaz.prominence(place) < PROMINENT
                            and not any(self._country(word) for word in core.split())))




def acronym_of_words_before(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an acronym in brackets of the capitalised words right before the
    bracket ('Dubbo Regional Council (DRC)', 'Democratic Republic of the Congo (DRC)')."""
    letters = text[start:end]
    if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6) \
            or not text[:start].endswith("(") or not text[end:end + 1] == ")":
        return False
    words = [w for w in re.findall(r"[\w'’-]+", text[max(0, start - 120):start - 1])
             if w.lower() not in SMALL_WORDS_IN_NAMES][-len(letters):]
    return len(words) == len(letters) and all(w[:1].isupper() for w in words) \
        and "".join(w[0] for w in words).upper() == letters
