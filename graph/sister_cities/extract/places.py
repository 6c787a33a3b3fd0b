"""The places of one article: every sentence's mentions, settled against each other.

A mention found in one sentence is often decided by another: "Kota Kochi, Jepang" says which Kochi
the bare "Kochi" of the headline is; "Nelson Simanjuntak" says that "Nelson" is a person there; a
little-known name counts only where the article supports it. ``ArticlePlaces`` does this settling
once per article and then answers, for each sentence, which mentions are parties (places that can
twin) and what side of a relation each one makes.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..gazetteer import FIRST_LEVEL_KINDS, Gazetteer, Place, fold, spa_town_short_form, split_kind
from ..linker import distance_km
from . import lexicon as lx
from .mentions import (COMMON_WORD_ZIPF, FUNCTION_WORD_ZIPF, LEVEL, is_agency_credit, NAMED_DIVISION_COUNTRIES, Mention, MentionFinder,
                       acronym_of_words_before, english_word, indonesian_word, zipf)
from .text import Sentence, announces, is_title_case

LONG_LIST = 5  # names: a list this long, introduced as partners, lists them even with no twinning word
TOWN_SIZE = 10_000  # the gazetteer weight (about the population) under which a place may be a town
_LIST_GOES_ON = re.compile(r"\s*\)?\s*(?:[,;.]|and\b|$)")  # after "Christchurch in New Zealand": the list goes on or ends
_COUNTRY_RIGHT_AFTER = re.compile(r",\s*|\s+in\s+(?:the\s+)?|\s*\(\s*")  # "X, Japan", "X in Japan", "X (Japan"
TOWNS_ONLY_SIZE = 20_000  # the same, in an article that calls places towns and never cities
KNOWN_POPULATION = 100  # a weight under this ranks namesakes by how often they are twinned, not by head count
_TOWN_WORD = re.compile(r"\b(?:towns?|villages?|communes?|parish(?:es)?)\b", re.I)
_CITY_WORD = re.compile(r"\b(?:city|cities|metropolis|capital|kota)\b", re.I)
STATE_REACH_KM = 750  # from a state's or province's centre, how far a town of it may lie (Thetford Mines: 660)
OFFICE_AFTER_REGION = re.compile(r"\s+(?:Premier|Governor|Mayor|Minister|Chief)\b")


NEW_WORLD_NAMESAKES = ("US", "CA", "AU", "NZ")
"""Countries whose towns took British and Irish names: in British news a bare such name is the British
or Irish town unless the article names that country."""
NEW_WORLD_DEMONYMS = ("australian", "canadian", "new zealand")
MAJOR_CITY = 1_000_000.0
"""People (the gazetteer's weight) from which a place the text puts in another country stays itself,
where that country has no namesake of it."""
STATES_COUNTRIES = ("US", "CA", "AU")  # countries whose towns the press writes with their state ('Dublin, Ohio')


def follows_on(previous: Sentence, sentence: Sentence) -> bool:
    """Whether ``sentence`` goes on from ``previous`` (which may list the partners it announces): the
    same paragraph, a colon ending the one before ('will be called sister cities:'), or a list opener
    ('Di antaranya', 'Among them')."""
    return previous.paragraph == sentence.paragraph or announces(previous.text) \
        or bool(lx.LIST_OPENER.match(sentence.text))


SPEAKING_CITY = 100_000
"""People from which a city named once before a verb of speaking speaks for its government ('Busan
mengatakan'), where a smaller namesake is more likely a person's name ('Dany mengatakan': Dány, Hungary)."""


def gap_between_items(text: str, first: Mention, second: Mention, qualifiers: list[Mention]) -> str:
    """The words between two places once the countries and brackets that qualify them are set aside:
    what tells whether the two are items of one list ('Kota Seattle di Amerika Serikat, Kota Busan')."""
    gap = text[first.end:second.start]
    for q in sorted((q for q in qualifiers if first.end <= q.start and q.end <= second.start), key=lambda q: -q.start):
        start = q.start - first.end
        article = re.search(r"\bthe\s+$", gap[:start], re.I)  # "Eugene, the United States of America; Matsumoto"
        # "Shandong Province in 1982, South Korea's Gyeongsangnam-Do": the country's possessive goes with it
        # ("Nara in Japan and China's capital Beijing": and the words that describe the item after it)
        rest = gap[q.end - first.end:]
        rest = " " if re.fullmatch(r"['’]s(?:\s+[a-z]+){1,3}\s+", rest) else re.sub(r"^['’]s\b", "", rest)
        gap = gap[:article.start() if article else start] + rest
    # "Puerto Princesa, Philippines, and Fukaya"; "Brighton in Tasmania, South Australia; Guangdong"
    return re.sub(r",\s*(?=[,;])", "", re.sub(r"\([^)]*\)", " ", gap))


def _reads_as_list(text: str, mentions: list[Mention]) -> bool:
    """Two places of the sentence one after the other as items of a list ('Kota Seattle di Amerika
    Serikat, Kota Busan di Korea Selatan')."""
    places = [m for m in mentions if not m.is_country]
    countries = [m for m in mentions if m.is_country]
    return any(lx.LIST_ITEM_GAP.fullmatch(gap_between_items(text, first, second, countries))
               for first, second in zip(places, places[1:]))


def _spelling_key(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", fold(name)).split())


def edits_apart(a: str, b: str, most: int) -> int:
    """The edits (insertion, deletion, substitution, swap of neighbours) between two strings, counted up
    to ``most`` + 1: past that the exact number does not matter."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    before, row = None, list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (x != y))
            if before is not None and i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > most:
            return most + 1
        before, row = row, current
    return min(row[-1], most + 1)


@dataclass
class Side:
    """One side of a relation as the output reports it."""

    place: Place | None
    name: str | None
    local_name: str
    kind: str
    country: str

    @property
    def key(self) -> tuple:
        if self.place is not None and self.place.qid:
            return ("qid", self.place.qid)
        return (fold(self.name or "") or None, self.country)


@dataclass
class Person:
    """An office holder named with a place: 'Wali Kota Bogor Bima Arya'."""

    place: Mention | None
    name: str
    office: str
    sentence: int


_TOWN_DESCRIBED = re.compile(lx.TOWN_DESCRIBED)
_TOWN_AFTER = re.compile(lx.TOWN_AFTER)
_CITY_AFTER = re.compile(lx.CITY_AFTER)
_TOWN_BEFORE_END = re.compile(lx.TOWN_BEFORE + r"$")
_CITY_BEFORE_END = re.compile(lx.CITY_BEFORE + r"$")


def _written_only_in_name(text: str, word: str, given: str, surname: str) -> bool:
    """Whether the text writes ``word`` (the surname or the given name) only within the full name ("Paul
    Forbes" and no Forbes alone, "Xian Hui" and no Xian alone): a town of that name the article speaks of
    stays a town."""
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) \
        == len(re.findall(rf"(?<![\w-]){re.escape(given)}\s+{re.escape(surname)}(?![\w-])", text))


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` stands in ``text`` as a word start ('Crewe', not 'McCrewe')."""
    spans, start = [], text.find(name)
    while start >= 0 and name:
        if start == 0 or not _word_char(text[start - 1]) or not _word_char(name[0]):
            spans.append((start, start + len(name)))
        start = text.find(name, start + 1)
    return spans


def _word_ends(text: str, end: int) -> bool:
    """Whether a word ends at ``end`` (regex ``\\b`` after a name)."""
    return end >= len(text) or not _word_char(text[end]) or not _word_char(text[end - 1])


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _lists_partners(text: str) -> bool:
    """'The 21 cities working with the city are Jeddah, Seoul, Islamabad, Rotterdam and Tokyo': a list
    of LONG_LIST names or more that words for partners introduce (not 'flights from Jakarta to Paris,
    Rotterdam, Casablanca, Berlin and Hanoi')."""
    if len(lx.LIST_ITEM_START.findall(text)) < LONG_LIST - 1:
        return False  # (most sentences list nothing: the cheap count first, for every sentence of an article)
    lead = lx.PARTNERS_LISTED_AFTER.search(text)
    return lead is not None and len(lx.LIST_ITEM_START.findall(text, lead.end())) >= LONG_LIST - 1


class _TwinningSentences:
    """Which sentences of an article speak of twinning, each searched once and only when asked (the
    pattern is the costliest of the lexicon)."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self._sentences = sentences
        self._found: dict[int, bool] = {}

    def __getitem__(self, index: int) -> bool:
        if index not in self._found:
            self._found[index] = lx.TWINNING.search(self._sentences[index].text) is not None
        return self._found[index]

    @functools.cached_property
    def in_article(self) -> bool:
        return any(self[i] for i in range(len(self._sentences)))


_COMMA_AFTER = re.compile(r",\s*")
# "Kingston upon Thames", "Frankfurt am Main", "Boulogne-sur-Mer": the short name before a linking word
# (and "San Miguel de Allende", "Santiago de Compostela": a short name of two or three words, a Spanish,
# Portuguese or Italian link; "Carentan-les-Marais", "Bourg-lès-Valence": a French one)
_SHORT_BEFORE_LINK = re.compile(r"^([A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){0,2}?)(?:\s+|-)(?:upon|on|am|an|sur|en|in|bei|"
                                r"(?i:de|del|da|do|di|les|lès|le))(?:\s+|-)(?:(?i:la|los|las)\s+)?[A-Z]")
# "Newport Beach", then "Newport and Ensenada": a town named after its landform, which local news shortens
# (a look-ahead, so that every word may start one: "When Newport Beach" holds "Newport Beach")
_NAME_BEFORE_LANDFORM = re.compile(r"(?=\b(?P<long>(?P<short>[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+)?)\s+(?:Beach|Springs|"
                                   r"Falls|Heights|Hills|Park|Harbou?r|Bay|Lake|Creek|Grove)\b))")
_FIRST_OF_HYPHENATED = re.compile(r"^([A-Z][\w'’]{3,})-[A-Z][\w'’]+$")
SHORTENED_TOWN_SIZE = 100_000  # people: a short name this large is its own city ("Miami" after "Miami Beach", "Wichita"
# after "Wichita Falls")


# a full stop after a word of three letters or more closes a sentence (not "St.", "D.C.")
_SENTENCE_STOP_AFTER_WORD = re.compile(r"(?<=[a-z]{3})\.$")


def _twins_word_after(text: str, mention: Mention) -> bool:
    """'Rugby Twinning Association', "Reading's twin towns", 'Kent has six sister cities, including',
    'Seaford is twinned with': the words after the name make it a body named for twinning or an owner of
    twins."""
    return bool(lx.TWINNING_BODY_AFTER.match(text, mention.end) or lx.OWNERS_TWINS_AFTER.match(text, mention.end)
                or lx.TWINNED_SUBJECT_AFTER.match(text, mention.end) or lx.HAS_TWINS_LISTED.match(text, mention.end))


def _people_named_in_full(text: str) -> list[tuple[int, int]]:
    """Where a sentence names people in full by their handle ("Sergio Jimenez (@D2SergioJimenez)") or in
    a list after the office they share ("council members Lan Diep, Sergio Jimenez and Raul Peralez")."""
    spans = [m.span("name") for m in lx.PERSON_WITH_HANDLE.finditer(text)]
    for listed in lx.PEOPLE_AFTER_OFFICES.finditer(text):
        at = listed.start("names")
        spans += [(at + m.start(), at + m.end()) for m in lx.FULL_NAME.finditer(listed.group("names"))]
    return spans


def _placeable(m: Mention) -> bool:
    """A mention whose name may stand for one place wherever the article writes it (not a country, a
    body, a short or lower-case word)."""
    return not m.is_country and not m.organisation and m.core[:1].isupper() and len(m.core) >= 4 \
        and fold(m.core) not in lx.STOPWORDS


class ArticlePlaces:
    """Mentions of every sentence of an article, with the article-wide decisions applied."""

    def __init__(self, gazetteer: Gazetteer, sentences: list[Sentence], home: str | None = None,
                 site: frozenset[str] = frozenset()) -> None:
        self.gaz = gazetteer
        self.sentences = sentences
        # the country of the news site (lexicon.home_country): its namesake is the first one meant
        self.home = home if home and gazetteer.country(home) is not None else None
        self.site = site  # the words of the site's address that may name its own town (lexicon.site_names)
        self.finder = MentionFinder(gazetteer)
        self.mentions: list[list[Mention]] = []
        self.people: list[Person] = []
        self._confirmed: dict[str, tuple] = {}
        self._two_places: set[str] = set()  # names the article gives two places (bare and with a country)
        self._placed_aside: set[int] = set()  # ids of mentions a possessive placed outside the lead, for themselves
        self._named_in_note: dict[str, Place] = {}  # a translated name -> the place a note after it names
        self._countries_of_names: dict[str, str] = {}
        self._countries_written_after: dict[str, str | None] = {}
        self.long_lists: set[int] = set()  # sentences of a twinning article that list its partners (_lists_partners)
        people_names: list[str] = []
        continuing = False  # the sentence before went on from a twinning sentence (and may list partners)
        # a long list introduced as partners, in an article that speaks of twinning, lists them with no cue
        # of its own ("21 cities ... are Jeddah, Seoul, Islamabad, ...")
        twinning = _TwinningSentences(sentences)
        for index, sentence in enumerate(sentences):
            # bare names are looked for only where a relation may be read (a cue sentence, the title, or
            # the sentence a "kedua kota" points back to); elsewhere qualified names and offices suffice
            pointed_to = index + 1 < len(sentences) and bool(lx.BOTH.search(sentences[index + 1].text)
                                                             or lx.POINTER.search(sentences[index + 1].text))
            # one of the two sentences before it speaks of twinning ("sister city Kota Surabaya ... banyak.
            # Selengkapnya adalah sebagai berikut: // Kota Seattle di Amerika Serikat, ..."), or the one
            # before went on so and named places, in the same paragraph or the one before (a list goes on)
            after_twinning = self._after_twinning(sentences, twinning, index) or continuing and index > 0 \
                and sentence.paragraph - sentences[index - 1].paragraph <= 1 \
                and _reads_as_list(sentences[index - 1].text, self.mentions[-1])
            if _lists_partners(sentence.text) and twinning.in_article:
                self.long_lists.add(index)
            # ("The other four are with Este, Italy; ...": the rest of a place's partners a sentence before counted)
            full = sentence.is_title or pointed_to or after_twinning or bool(lx.RELEVANT.search(sentence.text)) \
                or index in self.long_lists or bool(lx.OTHERS_LEAD.match(sentence.text)) \
                or sentence.heading and twinning.in_article
            continuing = after_twinning and not sentence.is_title
            found = self.finder.find(sentence.text, headline=is_title_case(sentence.text), qualified_only=not full)
            self.mentions.append(found.mentions)
            self.people += [Person(m, name, office, index) for m, name, office in found.people]
            if not is_title_case(sentence.text):  # "Bandung Daily Photos": a headline capitalises every word
                people_names += found.names_of_people
        self._names_placed_once()
        self._acronyms_of_places()
        self._towns_of_the_sites_country()
        self._towns_twinned_with_known_places()
        self._towns_placed_by_a_state()
        self._short_names_of_known_partners()
        self._misspelt_known_partners()
        self._the_articles_own_town()
        self._boroughs_named_after_two_towns()
        # "Mayor Trish Herrera Spencer ... on Mayor Spencer's left": an English office before a word of a
        # person's name the article gives in full is that person, whatever town is called so
        # (the first word too: "Mayor Yao" for Yao Gaoyuan, as Chinese and Korean names put the family name first)
        surnames = {fold(p.name.split()[k]) for p in self.people if len(p.name.split()) >= 2 for k in (0, -1)}
        # '"It's a small town," said Bill Marshall', 'Councillor Homer Davis': a person named in full is
        # that person wherever a part of the name stands alone ("Marshall said", "Mayor Davis"), whatever
        # town is called so (after a bare "said", a first word that names a place may be the place's)
        # (not in a headline that capitalises every word: "Paris Mayor Visits Kiev" names no Mr Visits Kiev)
        named = {fold(match.group(part)) for sentence in sentences if not is_title_case(sentence.text)
                 for match in lx.PERSON_NAMED.finditer(sentence.text)
                 if match.group("title") or not self.gaz.knows(fold(match.group("given")))
                 for part in ("given", "surname")}
        # "Ken Livingstone ... Mr Livingstone has now decided ...": a name after a courtesy title, that the article
        # also writes after a given name, is a person's wherever it stands alone, headline too ("Livingstone set to
        # twin London with ...", not Zambia's town); not a courtesy title alone ("Mr Lyon, a Birmingham councillor")
        courtesy = {match.group(1) for sentence in sentences if not is_title_case(sentence.text)
                    for match in lx.COURTESY_TITLED.finditer(sentence.text)}
        named |= {fold(name) for name in courtesy
                  if any(re.search(rf"{lx.GIVEN_NAME_BEFORE}{re.escape(name)}\b", sentence.text) for sentence in sentences)}
        for sentence in sentences:
            for match in lx.PERSON_WITH_OFFICE_AFTER.finditer(sentence.text):
                # (before a capitalised office, the given name only where no town has it, and the surname
                # only where the text writes it nowhere else: "Paul Forbes, Honorary Secretary ..." is no
                # Forbes, while "Lincoln Stanley, Chairman of the Lincoln Twinning Association" and "Tom
                # Preston, Chairman of Preston Twinning Association" leave the towns to the text)
                given, surname = match.group("given"), match.group("surname")
                if self.gaz.knows(fold(f"{given} {surname}")):
                    continue
                if match.group("titled"):  # (not "Tom Preston, Chairman of Preston Twinning Association")
                    if _written_only_in_name(self._raw_text, surname, given, surname):
                        named.add(fold(surname))
                    if not self.gaz.knows(fold(given)):
                        named.add(fold(given))
                elif not self.gaz.knows(fold(given)):
                    named |= {fold(given), fold(surname)}
                elif _written_only_in_name(self._raw_text, given, given, surname):
                    named.add(fold(given))  # "Xian Hui, Governor of Ningxia": a Chinese name, its family name
                    #                         first, that the article never writes alone as the town
        # people named in full by a handle or in a list of members: those words there, and only there,
        # are no places ("Sergio Jimenez (@D2SergioJimenez)"; not the town of "Visit Seattle (@VisitSeattle)"
        # or "Councillors Jane Lincoln and ..." named elsewhere in the article)
        for sentence, ms in zip(sentences, self.mentions):
            spans = _people_named_in_full(sentence.text)
            ms[:] = [m for m in ms if not any(start < m.end and m.start < end for start, end in spans)]
        surnames |= named

        def is_surname(m: Mention) -> bool:
            return bool(m.title and lx.ENGLISH_TITLE.match(m.title) and fold(m.core) in surnames)

        qualified = {fold(w) for ms in self.mentions for m in ms if m.qualified and not is_surname(m)
                     for w in m.core.split()}
        # a headline capitalises every word, so the names read there as people's prove nothing
        # ("Mayor Ballard Announces Hangzhou ...")
        person_words = {fold(w) for p in self.people if not is_title_case(sentences[p.sentence].text)
                        for w in p.name.split()} - qualified
        person_words |= named - qualified
        self._glued_words = {fold(name.split()[0]) for name in people_names} - qualified
        for sentence, ms in zip(sentences, self.mentions):
            ms[:] = [m for m in ms if (m.qualified or m.is_country or fold(m.core) not in person_words)
                     and not is_surname(m)
                     # "mayor Aad Van Hulst": a family name after its particle, not Hulst in Zeeland
                     and (m.qualified or m.is_country
                          or not lx.NAME_PARTICLE_BEFORE.search(sentence.text, max(0, m.start - 40), m.start))]
        self._support_weak_mentions()
        self._origins_of_people()
        self._speakers()
        self._press_contacts()
        self._words_taken_for_indonesian_towns()
        self.parties = [self._parties(s.text, ms) for s, ms in zip(sentences, self.mentions)]
        self._names_placed_by_a_country()
        self._dateline_namesake()
        self._placed_by_a_countrys_possessive()
        self._bare_beside_placed_namesake()
        self._towns_of_another_state()
        for ms in self.mentions:  # namesakes an adjective chose ("the West Australian town of Albany")
            for m in ms:
                if m.confirmed and not m.is_country and id(m) not in self._placed_aside:
                    self._confirmed.setdefault(fold(m.core), (m.place, m.kind, m.country))
        # "San Jose's sister cities are ... San Jose, Costa Rica": a name written both bare and with a
        # country in one sentence names two places; elsewhere "Kochi, Jepang" says which Kochi every
        # bare "Kochi" is
        # (not the second half of a pair's joined name: "Project Gettysburg/León, which connects Gettysburg with
        # León, Nicaragua" names one León)
        self._two_places = {fold(m.core) for sentence, ms in zip(self.sentences, self.mentions) for m in ms
                            if m.confirmed and any(not o.confirmed and not o.is_country and fold(o.core) == fold(m.core)
                                                   and not lx.JOINED_NAME_BEFORE.search(sentence.text, 0, o.start)
                                                   for o in ms)}
        for ms in self.mentions:
            for m in ms:
                confirmed = self._confirmed.get(fold(m.core))
                if confirmed and not m.is_country and not m.confirmed:
                    if fold(m.core) in self._two_places:
                        self._other_namesake(m, confirmed[2])
                    elif m.country != confirmed[2] or self._another_namesake_of_the_country(m, confirmed[0]) \
                            or confirmed[0] is None and m.place is not None:
                        m.place, m.kind, m.country = confirmed
                # "Provinsi Utara" wherever written, once a note named the place it stands for
                noted = self._named_in_note.get(fold(m.core)) if m.place is None and not m.is_country else None
                if noted is not None and m.country in (None, noted.country):
                    m.read_as(noted)
        self._unify_namesakes()
        self._short_forms_of_long_names()
        self._headline_words_never_written_again()
        self._regions_of_the_places_named()
        self._namesakes_placed_by_a_clause()
        self._british_namesakes()
        self._namesakes_of_known_partners()
        self._namesakes_at_home()
        self._the_sites_own_town()
        self._namesakes_of_their_lists()
        self._namesakes_twinned_with_their_name()
        self._regions_of_region_ties()
        self.foreign_countries = self._foreign_countries()
        for ms in self.mentions:  # names the gazetteer lacks keep the country a qualifier gave them
            for m in ms:
                if m.place is None and m.country and not m.is_country:
                    self._countries_of_names.setdefault(fold(m.core), m.country)

    def _names_placed_once(self) -> None:
        """'the Zaragoza town of Cariñena', then '50th anniversary of Cariñena and Almuñécar twinning': a
        name the gazetteer lacks, that one sentence places in a country with a unit word, is that place
        wherever the article writes it; so is a town of the towns' table (read only where the text says
        where it lies: 'Kitakata, Japan', then 'between Wilsonville and Kitakata')."""
        mentions = [m for ms in self.mentions for m in ms if _placeable(m)]
        named = {m.core: m for m in mentions if m.place is None and m.qualified and m.country}
        towns = {m.core: m for m in mentions if m.place is not None and m.place.qid is None and m.place.geonames_id
                 and m.place in self.gaz.towns(m.core)}
        self._add_placed_where_written({**towns, **named})

    def _names_placed_by_a_country(self) -> None:
        """'the Municipality of Westerkappel in Germany', then 'between Khorixas and Westerkappel': a name the
        gazetteer lacks, that a unit word names and a country after it places, is that place wherever the
        article writes it (the country is read with the parties, after _names_placed_once)."""
        placed = {m.core: m for ms in self.mentions for m in ms
                  if _placeable(m) and m.place is None and m.qualified and m.country}
        if not placed:
            return
        before = [set(map(id, ms)) for ms in self.mentions]
        self._add_placed_where_written(placed)
        for index, ms in enumerate(self.mentions):
            added = [m for m in ms if id(m) not in before[index]]
            if added:
                self.parties[index] = sorted(self.parties[index] + added, key=lambda m: m.start)

    def _acronyms_of_places(self) -> None:
        """'Kathmandu Metropolitan City (KMC)', then 'KMC has sister cities with ...': a place's name and
        unit words with their acronym in brackets make the acronym that place wherever written."""
        defined: dict[str, Mention] = {}
        for sentence in self.sentences:
            for match in lx.ACRONYM_DEFINED.finditer(sentence.text):
                acronym = match.group("acronym")
                if acronym in defined or self.gaz.knows(fold(acronym)) \
                        or not acronym_of_words_before(sentence.text, match.start("acronym"), match.end("acronym")):
                    continue  # "Daerah Istimewa Yogyakarta (DIY)": the gazetteer reads such a name already
                # the words the letters abbreviate: "Kathmandu Metropolitan City" of "Brief Introduction of ..."
                spans = [w for w in re.finditer(r"[\w'’-]+", match.group("words"))
                         if w.group(0).lower() not in lx.SMALL_WORDS_IN_NAMES]
                if len(spans) < len(acronym):
                    continue
                words = match.group("words")[spans[-len(acronym)].start():].strip()
                place = next((m for m in self.finder.find(words).mentions
                              if not m.is_country and m.place is not None and m.start == 0), None)
                if place is not None and LEVEL.get(place.kind or "") in ("local", "region"):
                    defined[acronym] = place
        if not defined:
            return
        def mention(match: re.Match, text: str) -> Mention | None:
            if text[match.start() - 1:match.start()] == "(":
                return None  # the definition itself names the place already
            place = defined[match.group(1)]
            # the kind the article gives the place elsewhere: "Metropolitan Administration" says nothing
            kinds = [m.kind for os in self.mentions for m in os if m.place is place.place and m is not place]
            kind = max(set(kinds), key=kinds.count) if kinds else place.place.kind
            return Mention(match.group(1), place.core, match.start(), match.end(), place.place, kind, place.country,
                           qualified=True)

        self._add_where_written(defined, mention)

    def _towns_of_the_sites_country(self) -> None:
        """'Proposals to twin Accrington with a city in Western Ukraine' on a Lancashire paper's site: a
        name only the GeoNames table knows, of a town of 10,000 people or more in the site's country, is
        that town in a sentence that speaks of twinning (local news speaks of its own towns)."""
        if self.home is None:
            return
        for sentence, ms in zip(self.sentences, self.mentions):
            if not (sentence.is_title or lx.TWINNING.search(sentence.text)):
                continue
            for match in lx.NAME.finditer(sentence.text):
                name = match.group(0)
                # a name already read as some unknown place ("between Chorleywood and Dardilly, France") is
                # the town too
                unplaced = next((m for m in ms if m.start == match.start() and m.core == name and m.place is None
                                 and not m.is_country and m.country in (None, self.home)), None)
                if unplaced is None and any(m.start < match.end() and match.start() < m.end for m in ms) \
                        or fold(name) in lx.STOPWORDS or self.gaz.knows(fold(name)) or zipf(name) >= COMMON_WORD_ZIPF \
                        or is_agency_credit(sentence.text, match.start(), match.end()):
                    continue
                town = next(iter(self.gaz.towns(name, self.home)), None)
                if town is not None and self.gaz.prominence(town) >= TOWN_SIZE:
                    if unplaced is not None:
                        unplaced.read_as(town)
                    else:
                        ms.append(Mention(name, name, match.start(), match.end(), town, town.kind, town.country))
            ms.sort(key=lambda m: m.start)

    def _towns_twinned_with_known_places(self) -> None:
        """'Bountiful and Bethlehem became sister cities in 1983', 'twinned with Gilroy': a name only the
        GeoNames table knows, which a twinning sentence makes the partner of a place the article names ('X and
        Y became sister cities', the object of 'twinned with' or 'sister city of', the subject of 'signed a sister
        city agreement with'), is that town where the
        table's towns of the name are one, or one ten times the others (not 'Campbell', a suburb of Canberra
        and a town of California alike)."""
        for sentence, ms in zip(self.sentences, self.mentions):
            if not lx.TWINNING.search(sentence.text):
                continue
            text = sentence.text
            # (a common word only with its country after it: "Naruto, Japan")
            known = [m for m in ms if m.place is not None and not m.is_country
                     and (not (m.common or m.weak) or self._country_follows(text, m))]
            # ("Sedro-Woolley", "Mont-Tremblant": a hyphenated name is read whole, never by its parts)
            hyphenated = list(lx.HYPHENATED.finditer(text))
            names = hyphenated + [match for match in lx.NAME.finditer(text) if not any(
                h.start() < match.end() and match.start() < h.end() for h in hyphenated)]
            for match in names:
                name = match.group(0)
                if any(m.start < match.end() and match.start() < m.end for m in ms) \
                        or fold(name) in lx.STOPWORDS or self.gaz.knows(fold(name)) \
                        or is_agency_credit(text, match.start(), match.end()):
                    continue
                paired = lx.TWINNED_OBJECT_BEFORE.search(text, max(0, match.start() - 40), match.start()) \
                    and any(m.end <= match.start() for m in known)
                for m in known:  # "X and Y became sister cities", the name first or second
                    (_, first_end), (second_start, second_end) = sorted([match.span(), (m.start, m.end)])
                    if lx.JOINING_AND_ONLY.fullmatch(text, first_end, second_start) \
                            and lx.PAIR_PREDICATE_AFTER.match(text, second_end):
                        paired = True
                    # "Sedro-Woolley signed a sister city agreement with Naruto": the name the twinning's subject
                    # (up to the partner's own name: "a sister city of Kitami", read as "city of Kitami")
                    at = max(m.start, text.find(m.core, m.start, m.end))
                    if m.start >= match.end() and (lx.SUBJECT_TWINNED_WITH_GAP.fullmatch(text, match.end(), at)
                                                   or match.start() == 0
                                                   and lx.SUBJECT_ITS_TWIN_GAP.fullmatch(text, match.end(), at)):
                        paired = True  # (or the sentence's subject, whose "its sister city" the place is)
                if not paired:
                    continue
                town = self._the_town_called(name)
                if town is not None and self.gaz.prominence(town) >= TOWN_SIZE and town.country not in (
                        m.country for m in known):
                    ms.append(Mention(name, name, match.start(), match.end(), town, town.kind, town.country))
            ms.sort(key=lambda m: m.start)

    def _known_partners_of_named_places(self) -> list[Place]:
        """The places the twinning sources pair with a place the article names (by item), as the mentions
        stand when asked."""
        named = {m.place.qid for ms in self.mentions for m in ms if m.place is not None and m.place.qid and not m.is_country}
        return [p for qid in sorted(named) for q in self.gaz.known_partners(qid) if (p := self.gaz.by_qid(q)) is not None]

    def _short_names_of_known_partners(self) -> None:
        """'Darlington and its official twin towns, Mulheim and Amiens': in a sentence that speaks of
        twinning, a name the gazetteer lacks that opens the name of one place the twinning sources pair
        with a place the article names (Mülheim an der Ruhr, Darlington's) is that place."""
        partners = self._known_partners_of_named_places()
        by_first_word: dict[str, set[str]] = {}
        for place in partners:
            if " " in place.name:
                by_first_word.setdefault(fold(place.name).split()[0], set()).add(place.qid)
        if not by_first_word:
            return
        for sentence, ms in zip(self.sentences, self.mentions):
            if not lx.TWINNING.search(sentence.text):
                continue
            for match in lx.NAME.finditer(sentence.text):
                name = match.group(0)
                qids = by_first_word.get(fold(name), set()) if " " not in name else set()
                if len(qids) != 1 or lx.HYPHEN_JOINED.match(sentence.text, match.end()) \
                        or any(m.start < match.end() and match.start() < m.end for m in ms) \
                        or self.gaz.knows(fold(name)) or fold(name) in lx.STOPWORDS or zipf(name) >= COMMON_WORD_ZIPF:
                    continue  # (a word of the language opens many names: "Port" is no Port Moresby)
                place = self.gaz.by_qid(next(iter(qids)))
                ms.append(Mention(name, name, match.start(), match.end(), place, place.kind, place.country))
            ms.sort(key=lambda m: m.start)

    def _misspelt_known_partners(self) -> None:
        """'Roanoke's sister cities: ... Lijang, China', 'Isfahan ... Lasi, Romania': a name the gazetteer
        lacks, placed in a country, that is a slip away (one edit, two in a name of seven letters or more)
        from the name, or the first word of the name, of exactly one place of that country the twinning
        sources pair with a place the article names, is that place."""
        unknown = [m for ms in self.mentions for m in ms if m.place is None and not m.is_country and m.country]
        if not unknown:
            return
        # each partner's names as written, whole and by their first word ("Romarantin" for
        # Romorantin-Lanthenay), spelt out once for all the unknown names
        spellings = [(p, {written for n in (p.name, *p.aliases) for whole in (_spelling_key(n),)
                          for written in (whole, whole.split(" ")[0]) if len(written) >= 4})
                     for p in self._known_partners_of_named_places()]
        for m in unknown:
            key = _spelling_key(m.core)
            if len(key) < 4:
                continue
            most = 1 if len(key) < 7 else 2
            near = {p.qid: p for p, written in spellings if p.country == m.country
                    and any(edits_apart(key, w, most) <= most for w in written)}
            if len(near) == 1:
                place = next(iter(near.values()))
                m.place, m.kind = place, place.kind

    def _towns_placed_by_a_state(self) -> None:
        """'a twin city partnership with Shediac, N.B., and Forest City, N.C.': a name only the GeoNames
        table knows, right before a North American state or province as the press writes it, is that
        country's town of the name, in a sentence that speaks of twinning."""
        for sentence, ms in zip(self.sentences, self.mentions):
            if not lx.STATE_AFTER.search(sentence.text) or not (sentence.is_title or lx.TWINNING.search(sentence.text)):
                continue  # (most sentences name no state after a comma: one quick search says so)
            for match in lx.NAME.finditer(sentence.text):
                name = match.group(0)
                state = lx.STATE_AFTER.match(sentence.text, match.end())
                # ("Fletcher, Virginia's sister city coordinator": a person, and the state's own office)
                if state is None or lx.POSSESSIVE_AFTER.match(sentence.text, state.end()) \
                        or any(m.start < match.end() and match.start() < m.end for m in ms) \
                        or fold(name) in lx.STOPWORDS or self.gaz.knows(fold(name)) or zipf(name) >= COMMON_WORD_ZIPF:
                    continue
                town = self._town_in_state(name, lx.STATE_ABBREVIATIONS[state.group("state")])
                if town is not None:
                    ms.append(Mention(name, name, match.start(), match.end(), town, town.kind, town.country))
            ms.sort(key=lambda m: m.start)

    def _state_of_code(self, code: str) -> Place | None:
        """The North American state or province a press code names ('MA' of 'Mass.')."""
        country, state_name = lx.NORTH_AMERICAN_STATES.get(code, (None, None))
        return next((p for p in self.gaz.lookup(state_name) if p.country == country
                     and LEVEL.get(p.kind) == "region"), None) if state_name else None

    def _town_in_state(self, name: str, code: str) -> Place | None:
        """The town of the table called ``name`` in the state a press code names (see _town_near)."""
        state = self._state_of_code(code)
        return self._town_near(name, state) if state is not None else None

    def _town_near(self, name: str, state: Place) -> Place | None:
        """The town of the table called ``name`` nearest the state's centre, if near enough to lie in it (the
        table knows no states: Milton, Mass. is no Milton in Georgia)."""
        centre = self.gaz.centre(state)
        if centre is None:
            return None
        towns = [t for t in self.gaz.towns(name, state.country) if t.lat is not None and t.lon is not None]
        nearest = min(towns, key=lambda t: distance_km(t.lat, t.lon, *centre), default=None)
        if nearest is None or distance_km(nearest.lat, nearest.lon, *centre) > STATE_REACH_KM:
            return None
        return nearest

    def _the_articles_own_town(self) -> None:
        """'Woodinville, Seto: a tale of two cities', then 'Woodinville's Communications Coordinator': a
        name only the towns' table knows, that the headline or the lead writes and the article gives a
        council, a mayor or its people ('the City of Sebastopol', 'Wilsonville Mayor'), is the town the
        article is about, where the table has one town of that name (in the site's country, if known)
        or one far larger than its namesakes of the same country. Local news never says where its own
        town lies."""
        lead = [s for s in self.sentences if s.is_title] + [s for s in self.sentences if not s.is_title][:2]
        whole = None  # the article's text, joined only once a name of the lead is a town of the table
        own: dict[str, Mention] = {}
        for sentence in lead:
            for match in lx.NAME.finditer(sentence.text):
                # (a name closing its sentence is matched with the stop: "to learn about life in Findlay.")
                name = _SENTENCE_STOP_AFTER_WORD.sub("", lx.POSSESSIVE.sub("", match.group(0)))
                if name in own or len(name) < 4 or not self.gaz.towns(name):
                    continue  # (most names are no town of the table: asked first, it is the cheap test)
                if self.gaz.knows(fold(name)) or zipf(name) >= COMMON_WORD_ZIPF \
                        or any(fold(w) in lx.STOPWORDS or fold(w) in lx.ORGANISATION_WORDS for w in name.split()):
                    continue
                town = self._the_town_called(name)
                if town is None:
                    continue
                whole = whole if whole is not None else "\n".join(s.text for s in self.sentences)
                written = list(re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", whole))
                if any(self._written_as_a_surname(whole, m.start(), m.end()) for m in written):
                    continue  # "Councillor Ann Tucker's sister city committee": a person's surname
                if len(written) >= 2 and any(lx.CIVIC_AFTER_NAME.match(whole, m.end())
                                             or lx.CIVIC_BEFORE_NAME.search(whole[max(0, m.start() - 30):m.start()])
                                             for m in written):
                    own[name] = Mention(name, name, 0, len(name), town, town.kind, town.country)
        for ms in self.mentions:  # where the name was read already as a place the gazetteer lacks, it is this town
            for m in ms:
                if m.place is None and not m.is_country and m.core in own:
                    m.place, m.kind, m.country = own[m.core].place, own[m.core].kind, own[m.core].country
        self._add_placed_where_written(own)

    @staticmethod
    def _written_as_a_surname(text: str, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is written as a person's: after an honorific or an office
        ('Cllr Tucker'), or after a first name and before a possessive, a lower-case word or a stop ('Ann
        Tucker's committee', 'Ann Tucker said'); not where a body's name goes on ('Julia Bowen, Malmesbury &
        District Twinning Association chair', written without the comma). A capitalised word of the
        lexicon ('The', 'City') is no first name."""
        before = lx.SURNAME_BEFORE.search(text, max(0, start - 25), start)
        if before is None or fold(before.group(0).split()[0].rstrip(".")) in lx.STOPWORDS:
            return False
        return bool(before.group("honorific")) or lx.SURNAME_AFTER.match(text, end) is not None

    def _add_placed_where_written(self, placed: dict[str, Mention]) -> None:
        """Each of these names, placed once, as that place wherever the article writes it."""
        if not placed:
            return

        def mention(match: re.Match, _text: str) -> Mention:
            known = placed[match.group(1)]
            return Mention(known.core, known.core, match.start(), match.end(), known.place, known.kind, known.country)

        self._add_where_written(placed, mention)

    def _the_town_called(self, name: str) -> Place | None:
        """The one town of the towns' table called ``name``: alone of its name, or of its country (the
        site's, if known, or else the one country of its namesakes the article names a place of:
        Malmesbury, England or South Africa, beside Wiltshire) and ten times the size of any namesake
        there; None where the name is still shared across countries or by towns alike in size
        ('Celina', Texas or Ohio)."""
        towns = self.gaz.towns(name, self.home)
        if len({t.country for t in towns}) > 1:
            named = {m.country for ms in self.mentions for m in ms if m.country and fold(m.core) != fold(name)}
            towns = [t for t in towns if t.country in named]
        if not towns or len({t.country for t in towns}) > 1:
            return None
        if len(towns) > 1 and self.gaz.prominence(towns[0]) < 10 * self.gaz.prominence(towns[1]):
            return None
        return towns[0]

    def _boroughs_named_after_two_towns(self) -> None:
        """'Crewe and Nantwich Borough Council', 'the Crewe and Nantwich Twinning Association': two towns of
        one country joined by 'and' before a council's or twinning body's name are one borough, and so
        wherever the article writes the two together ('twinned with Crewe and Nantwich')."""
        boroughs: dict[str, str] = {}
        for sentence, ms in zip(self.sentences, self.mentions):
            if " and " not in sentence.text or not any(word in sentence.text for word in lx.BOROUGH_BODY_WORDS):
                continue  # (cheap first: the pattern itself is slow on long sentences)
            for match in lx.BOROUGH_OF_TWO_TOWNS.finditer(sentence.text):
                first = next((m for m in ms if m.start == match.start("first") and m.place is not None), None)
                second = next((m for m in ms if m.start == match.start("second") and m.place is not None), None)
                if first is not None and second is not None and first.country == second.country \
                        and not first.is_country and not second.is_country:
                    boroughs[match.group("name")] = first.country
        for name, country in boroughs.items():
            pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
            for sentence, ms in zip(self.sentences, self.mentions):
                for match in pattern.finditer(sentence.text):
                    ms[:] = [m for m in ms if m.end <= match.start() or m.start >= match.end()]
                    ms.append(Mention(name, name, match.start(), match.end(), None, "district", country,
                                      qualified=True))
                ms.sort(key=lambda m: m.start)

    def _add_where_written(self, names: dict[str, Mention],
                           mention: Callable[[re.Match, str], Mention | None]) -> None:
        """A mention, made by ``mention(match, sentence text)``, wherever one of ``names`` is written as a
        word and no mention covers it yet."""
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
                             + r")(?![\w-])")
        for sentence, ms in zip(self.sentences, self.mentions):
            for match in pattern.finditer(sentence.text):
                if not any(m.start < match.end() and match.start() < m.end for m in ms):
                    made = mention(match, sentence.text)
                    if made is not None:
                        ms.append(made)
            ms.sort(key=lambda m: m.start)

    @staticmethod
    def _after_twinning(sentences: list[Sentence], twinning: "_TwinningSentences", index: int) -> bool:
        """The sentence before speaks of twinning, or it announces a list ('Selengkapnya adalah sebagai
        berikut:') right after one that does."""
        for back in (1, 2):
            if index - back < 0 or sentences[index - back].is_title \
                    or not follows_on(sentences[index - back], sentences[index - back + 1]):
                return False
            if twinning[index - back]:
                return True
            if not announces(sentences[index - back].text):
                return False
        return False

    def towns(self) -> frozenset[str]:
        """'Crewe was twinned with the German town of Bischofsheim', 'Kinsale Town Council': the small
        places (no population figure, or under TOWN_SIZE) the article calls a town, village or commune
        and never a city, and places of any size it describes as one ('Shimamoto, a town in Osaka'):
        their kind is 'other', as the corpus gives a town's."""
        places = {(m.core, m.place.name, self.gaz.prominence(m.place)) for ms in self.mentions for m in ms
                  if m.place is not None and not m.is_country and m.kind == "city"}
        found = set()
        text = self._raw_text
        # an article that speaks of towns and twin towns and never of a city: its places under
        # TOWNS_ONLY_SIZE are towns (British and Irish twinning news, "Wrington's twin town in France")
        towns_only = _TOWN_WORD.search(text) is not None and _CITY_WORD.search(text) is None
        for core, place_name, size in places:
            small = size < TOWN_SIZE
            # (only where the weight is a head count: a city the tables give no population, Bochum or
            # Lincoln, weighs a few units and is no town)
            if towns_only and KNOWN_POPULATION <= size < TOWNS_ONLY_SIZE and fold(place_name) not in lx.BRITISH_IRISH_CITIES:
                found.add(fold(place_name))
                continue
            spans = _occurrences(text, core)  # the words around each, by patterns compiled once
            if any(_TOWN_DESCRIBED.match(text, end) for _, end in spans) or small \
                    and any(_TOWN_BEFORE_END.search(text, max(0, start - 40), start) and _word_ends(text, end)
                            or _TOWN_AFTER.match(text, end) for start, end in spans) \
                    and not any(_CITY_BEFORE_END.search(text, max(0, start - 40), start) and _word_ends(text, end)
                                or _CITY_AFTER.match(text, end) for start, end in spans):
                found.add(fold(place_name))  # "Shimamoto, a town in Osaka Prefecture": of any size
        return frozenset(found)

    # -- which mentions count ------------------------------------------------------------------

    def article_text(self) -> str:
        return " " + " ".join(fold(s.text) for s in self.sentences) + " "

    @functools.cached_property
    def _article(self) -> str:
        """The article's words folded, for looking names up anywhere in it: "New Zealand's democracy"
        names New Zealand (folding would join "zealands"); "U.S. President Eisenhower" names no country
        of the article's places (lx.NATIONAL_OFFICE_AFTER)."""
        return " " + " ".join(fold(lx.POSSESSIVE_AFTER.sub("", self._without_nations_offices(s.text)))
                              for s in self.sentences) + " "

    def _country_or_people_named(self, code: str) -> bool:
        """Whether the article names a country, or its people's adjective ("the Indian port city") or its
        people ("for Palestinians"); not a language ("her host mother spoke no English")."""
        return self.country_named(code) or any(f" {fold(d)} " in self._article_no_languages
                                               or f" {fold(d)}s " in self._article_no_languages
                                               for d, of in lx.DEMONYMS.items() if of == code)

    @functools.cached_property
    def _article_no_languages(self) -> str:
        return lx.LANGUAGE_NAMED.sub(" ", self._article)

    def _written_in_article(self, place: Place | None) -> bool:
        """Whether the article writes a place's name anywhere ("flew in from Kerala"), read or not."""
        if place is None or place.kind == "country":
            return False
        return any(f" {fold(n)} " in self._article for n in (place.name, place.local_name) if n and len(n) > 3)

    def country_named(self, code: str | None) -> bool:
        """Whether the article names a country (in any language the gazetteer knows)."""
        if not hasattr(self, "_named"):
            self._named: dict[str | None, bool] = {}
        if code not in self._named:
            country = self.gaz.country(code) if code else None
            # not by its three-letter code, which folded is often a word ("CAN", "AND", "ARE", "BEN")
            names = {fold(n) for n in (country.name, country.local_name, *country.aliases)
                     if n and not (len(n) == 3 and n.isupper())} if country else set()
            # "U.S.", "U.K.", "U.A.E.": a dotted short name is the country's, whatever else its letters spell
            names |= {short for short, of in lx.COUNTRY_SHORT_NAMES.items() if of == code and " " in short}
            self._named[code] = any(f" {n} " in self._article for n in names if len(n) > 2)
        return self._named[code]

    @staticmethod
    def _without_nations_offices(text: str) -> str:
        """The sentence with the nation's name blanked out before every office of a nation."""
        if not lx.NATIONAL_OFFICE_AFTER.search(text):
            return text  # (most sentences name no such office: one search of its words says so)
        return lx.NATION_BEFORE_OFFICE.sub(lambda match: " " * len(match.group()), text)

    @staticmethod
    def _names_a_nations_office(text: str, mention: Mention) -> bool:
        return mention.is_country and lx.NATIONAL_OFFICE_AFTER.match(text, mention.end) is not None

    def _support_weak_mentions(self) -> None:
        """A little-known or common-word name counts only with support: qualified somewhere, its
        country named, named twice, listed among known places, or described as a unit."""
        # support comes from a mention that is sure of itself: "Kota Pahlawan" ("the city of heroes")
        # does not vouch for itself
        qualified = {fold(m.core) for ms in self.mentions for m in ms if m.qualified and not m.weak and not m.common}
        counts: dict[str, int] = {}
        for ms in self.mentions:
            for m in ms:
                counts[fold(m.core)] = counts.get(fold(m.core), 0) + 1
        # names the article writes as owners of twins somewhere ("Norwich’s twinned cities"): places wherever
        # written, though a capitalised word glued to one of them once read as a person's name
        owners = {fold(m.core) for sentence, ms in zip(self.sentences, self.mentions) for m in ms
                  if fold(m.core) in self._glued_words and _twins_word_after(sentence.text, m)}
        for sentence, ms in zip(self.sentences, self.mentions):
            kept = []
            given_names = self._given_names_before_who(sentence.text) if ms and "who" in sentence.text else set()
            for at, m in enumerate(ms):
                if m.start in given_names and not (m.qualified or m.is_country or self.country_named(m.country)):
                    continue  # "Freeman Mary Ashley, who was a councillor": a person, not Mary in Turkmenistan
                if not (m.common or m.weak or fold(m.core) in self._glued_words):
                    kept.append(m)
                    continue
                if m.common and not m.qualified and lx.OFFICE_WORD_AFTER.match(sentence.text, m.end):
                    continue  # "USAID Mission Director": the office's name, whatever country the text names
                # "Rugby Twinning Association"; "Kent has six sister cities, including ...", "Reading's twin
                # towns": a body named for twinning, an owner of twins
                twins_word_after = _twins_word_after(sentence.text, m)
                supported = fold(m.core) in qualified or self.country_named(m.country) \
                    or self._listed_among_places(sentence.text, ms, at) or self._described_as_unit(sentence.text, ms, at) \
                    or self._in_its_region(sentence.text, ms, at) or self._state_follows(sentence.text, m) \
                    or self._in_list_of_its_country(sentence.text, m) \
                    or self._twinned_abroad(sentence.text, ms, at) or self._known_partner_named(m) \
                    or self._says_where_the_town_before_lies(sentence.text, ms, at) or twins_word_after
                if m.common and not (supported or self._country_follows(sentence.text, m)
                                     or self._state_paired_abroad(sentence.text, ms, at)):
                    continue  # "Bakal", "Smart": a word of the language, whatever a gazetteer row says
                if m.weak and not (supported or counts[fold(m.core)] >= 2 or self._written_twice(m)
                                   or lx.TWINNING.search(sentence.text)
                                   and self._paired_with_a_known_place(sentence.text, ms, at)):
                    continue
                if not (m.qualified or m.is_country) and fold(m.core) in self._glued_words and fold(m.core) not in owners \
                        and not self.country_named(m.country) and not self._listed_among_places(sentence.text, ms, at) \
                        and not (lx.TWINNING.search(sentence.text) and self._paired_with_a_known_place(sentence.text, ms, at)):
                    # "Nelson" of "Nelson Simanjuntak" is that person (not in "Yerevan, Carrara, Grasse", nor where
                    # the article makes it the owner of twins: "Norwich’s twinned cities", after "the Secret
                    # Norwich spotlight")
                    continue
                kept.append(m)
            ms[:] = kept

    def _given_names_before_who(self, text: str) -> set[int]:
        """Where a person named before 'who' begins ('Mary Ashley, who was a councillor', 'Sydney Lee, who
        heads the council'), where the family name is no place, unit or body (a given name may be a town's)."""
        found = set()
        for match in lx.NAMED_BEFORE_WHO.finditer(text):
            surname = fold(match.group("surname"))
            if self.gaz.knows(f"{fold(match.group('given'))} {surname}") or self.gaz.knows(surname) \
                    or surname in lx.STOPWORDS or surname in lx.ORGANISATION_WORDS or surname in lx.SUFFIX_KINDS:
                continue
            found.add(match.start("given"))
        return found

    def _known_partner_named(self, mention: Mention) -> bool:
        """'the friendship between Sandwich and Sonsbeck': a common word or a little-known name is the
        place that the twinning sources pair with a place the article names, itself sure of its name."""
        partners = self.gaz.known_partners(mention.place.qid) if mention.place is not None else frozenset()
        return bool(partners) and any(m.place is not None and m.place.qid in partners and not (m.common or m.weak)
                                      for ms in self.mentions for m in ms)

    def _origins_of_people(self) -> None:
        """'Somali residents in Minnesota': a bare name before the people who come from there, where it
        matches a region's name without its unit word (Somali Region), is their origin, not the region."""
        for sentence, ms in zip(self.sentences, self.mentions):
            ms[:] = [m for m in ms if m.qualified or m.is_country or m.place is None
                     or fold(m.place.name) == fold(m.core) or not lx.PEOPLE_OF_AFTER.match(sentence.text, m.end)]

    def _speakers(self) -> None:
        """'Lebih lanjut Dany mengatakan ...': a bare name written once, right before a verb of speaking,
        is a person (the mayor Danny, written once "Dany", is no Dány in Hungary); a unit word or a
        country with it keeps it a place ("Pemkot Makassar mengatakan"), and so does the article's
        writing it again ("Coquitlam says 'so long' to sister cities")."""
        for sentence, ms in zip(self.sentences, self.mentions):
            ms[:] = [m for m in ms if m.qualified or m.is_country or m.confirmed
                     or not lx.SPEAKER_AFTER.match(sentence.text, m.end) or self._written_twice(m)
                     or m.place is not None and self.gaz.prominence(m.place) >= SPEAKING_CITY]

    def _press_contacts(self) -> None:
        """'Media: Fianna Dickson, 625.6297': a name after 'Media:' or 'Contact:', or a bare name before a
        telephone number, is the press contact, whatever the gazetteer makes of it (Dikson, Russia)."""
        for sentence, ms in zip(self.sentences, self.mentions):
            ms[:] = [m for m in ms if m.is_country or not (
                lx.CONTACT_BEFORE.search(sentence.text, max(0, m.start - 40), m.start)
                or not m.qualified and lx.PHONE_AFTER.match(sentence.text, m.end))]

    def _words_taken_for_indonesian_towns(self) -> None:
        """'The Metro bus service connecting the twin cities of Islamabad and Rawalpindi': a bare word of
        English that is also an Indonesian town's name (Metro, Solo) is that town only where the
        article speaks of Indonesia: names it, or another Indonesian place, or a unit word says so."""
        def word_only(m: Mention) -> bool:
            return m.country == "ID" and not m.qualified and not m.is_country and english_word(m.core)
        mentions = [m for ms in self.mentions for m in ms]
        if any(m.country == "ID" and not word_only(m) for m in mentions):
            return
        for ms in self.mentions:
            ms[:] = [m for m in ms if not word_only(m)]

    @functools.cached_property
    def _raw_text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    def _written_twice(self, mention: Mention) -> bool:
        """Whether the name is written, capitalised, twice or more in the article, also in sentences
        where only qualified names were looked for ('Airdrie to sever twinning ...' and, later, 'between
        Airdrie and Gatchina')."""
        return len(re.findall(r"(?<![\w-])" + re.escape(mention.core) + r"(?![\w-])", self._raw_text)) >= 2

    def _country_follows(self, text: str, mention: Mention) -> bool:
        """'Nice, Prancis': a country right after the name makes it a place, if it is a country with a
        place of that name ('Inspector General of Police in the US' names no town of Poland)."""
        after = lx.PLAIN_GAP_AFTER.match(text, mention.end)
        country = self.finder.country_at(text, after.end()) if after else None
        return country is not None and (country.country == mention.country
                                        or any(p.country == country.country for p in self.gaz.lookup(mention.core)))

    @staticmethod
    def _listed_among_places(text: str, mentions: list[Mention], at: int) -> bool:
        """'seperti Penang, Ichikawa dan Chengdu': an item between two well-known places of a list."""
        mention = mentions[at]
        if at == 0 or at + 1 >= len(mentions):
            return False
        before, after = mentions[at - 1], mentions[at + 1]
        return not before.weak and not after.weak and not before.is_country and not after.is_country \
            and bool(lx.LIST_GAP.match(text[before.end:mention.start])) \
            and bool(lx.LIST_GAP.match(text[mention.end:after.start]))

    @staticmethod
    def _twinned_abroad(text: str, mentions: list[Mention], at: int) -> bool:
        """'Seaford is twinned with the town of Bonningstedt': the subject of a twinning with a place of
        another country is a place (not 'Stanley is twinned with Whitby and Portsmouth', where a namesake
        at home would only pair with its neighbours)."""
        mention = mentions[at]
        after = next((m for m in mentions[at + 1:] if not m.is_country), None)
        return after is not None and after.country is not None and after.country != mention.country \
            and lx.IS_TWINNED_AFTER.match(text, mention.end) is not None

    @staticmethod
    def _in_list_of_its_country(text: str, mention: Mention) -> bool:
        """'two Chinese cities, Zhoushan and Xiamen': an item of a list its country's adjective leads."""
        country = lx.country_of_list_before(text, mention.start)
        return country is not None and country == mention.country

    @staticmethod
    def _described_as_unit(text: str, mentions: list[Mention], at: int) -> bool:
        """'Zelenograd, a district of Moscow'; 'Kisarazu, Prefektur Chiba': the text says it is a place."""
        mention = mentions[at]
        if at + 1 >= len(mentions):
            return False
        after, gap = mentions[at + 1], text[mention.end:mentions[at + 1].start]
        return bool(lx.UNIT_OF_GAP.match(gap) or lx.UNIT_IN_GAP.match(gap) and after.country == mention.country) \
            or bool(lx.PLAIN_GAP.match(gap)) and after.qualified \
            and LEVEL.get(after.kind or "") == "region" and after.country == mention.country

    def _in_its_region(self, text: str, mentions: list[Mention], at: int) -> bool:
        """'Westlake, Ohio', 'Danville in Kentucky': a state or province of the name's country right after
        it, where the gazetteer does not place the name elsewhere, makes it a place."""
        mention = mentions[at]
        if at + 1 >= len(mentions) or mention.place is None:
            return False
        region = mentions[at + 1]
        if region.is_country or region.weak or region.common or LEVEL.get(region.kind or "") != "region" \
                or region.country != mention.country or region.place is None \
                or not lx.REGION_GAP.fullmatch(text[mention.end:region.start]):
            return False
        parents = self._ancestors(mention.place)
        return not parents or region.place.qid in parents

    def _says_where_the_town_before_lies(self, text: str, mentions: list[Mention], at: int) -> bool:
        """'Vancouver, Washington, renewed its ties': a state (a common word too) right after a town, one
        of whose namesakes lies in the state's country, is the town's address."""
        mention = mentions[at]
        if at == 0 or mention.place is None or mention.place.kind not in FIRST_LEVEL_KINDS:
            return False
        town = mentions[at - 1]
        return town.place is not None and not town.is_country and LEVEL.get(town.place.kind) == "local" \
            and lx.COMMA_GAP.fullmatch(text[town.end:mention.start]) is not None \
            and any(p.country == mention.country for p in self.gaz.lookup(town.core))

    @staticmethod
    def _state_follows(text: str, mention: Mention) -> bool:
        """'Culver City, Calif.': a state or province of the name's country, written as the North
        American press abbreviates it, right after the name."""
        match = lx.STATE_AFTER.match(text, mention.end)
        return bool(match) and lx.STATE_CODE_COUNTRY.get(lx.STATE_ABBREVIATIONS[match.group("state")]) == mention.country

    def _state_paired_abroad(self, text: str, mentions: list[Mention], at: int) -> bool:
        """'a sister state relationship between California and Guangdong Province', 'Federal Way and Hachinohe
        have been sister cities': a state or province, or a name of several words, that is also a common
        word or phrase, joined in a twinning sentence to a known place abroad."""
        mention = mentions[at]
        words = mention.core.split()
        # a state, or a name of several capitalised words ("Federal Way and Hachinohe have been sister cities"),
        # or any name where the two are said to be twins right after ("Derby and Osnabrück have been twinned")
        named = mention.place is not None and (mention.place.kind in FIRST_LEVEL_KINDS and bool(mention.place.qid)
                                               or len(words) >= 2 and all(w[:1].isupper() for w in words))
        said_twins = mention.place is not None and at + 1 < len(mentions) \
            and lx.PAIR_PREDICATE_AFTER.match(text, mentions[at + 1].end) is not None
        if not (named or said_twins) or indonesian_word(mention.core) or not lx.TWINNING.search(text):
            return False  # ("bagi Ibukota": an Indonesian word)
        places = [m for m in mentions if not m.is_country]
        if len(places) != 2 or lx.CAPITALISED_WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            return False  # the two sides of the sentence, and no longer name ("New England", "Denzel Washington")
        other = places[1] if places[0] is mention else places[0]
        first, second = sorted((mention, other), key=lambda m: m.start)
        # ("Aberdeen in Scotland, Durban": a region placing a town is no side joined by "and")
        return not other.weak and other.place is not None and other.country != mention.country \
            and bool(lx.SIDES_JOINED_GAP.match(text[first.end:second.start])) \
            and not lx.PAIR_AS_ADJECTIVES_AFTER.match(text, second.end)

    @staticmethod
    def _paired_with_a_known_place(text: str, mentions: list[Mention], at: int) -> bool:
        """'Bogor and Kisarazu signed a sister city MoU', 'Lapseki - Jablanica': joined by 'and' or a dash to a
        well-known place."""
        mention = mentions[at]
        neighbours = [(mentions[at - 1], text[mentions[at - 1].end:mention.start])] if at > 0 else []
        if at + 1 < len(mentions):
            neighbours.append((mentions[at + 1], text[mention.end:mentions[at + 1].start]))
        if any(not other.weak and not other.is_country and other.place is not None
               and other.country != mention.country and (lx.LIST_GAP.match(gap) or lx.JOINED_BY_DASH.match(gap))
               for other, gap in neighbours):
            return True
        # "Crewe was twinned with the German town of Bischofsheim": the sentence's only other place,
        # of another country, is its partner (the name itself written again is no other place: "Bridgnorth
        # and the German town of Schrobenhausen were twinned, with Bridgnorth marking the anniversary")
        others = [m for m in mentions if m is not mention and not m.is_country and fold(m.core) != fold(mention.core)]
        return len(others) == 1 and others[0].country not in (None, mention.country)

    def _dateline_namesake(self) -> None:
        """'BURLINGTON, ON' or 'NORFOLK, Va. (WAVY) —' heading a North American story: the state or
        province says which namesake every bare 'Burlington' of the article is (Ontario's, not
        Vermont's; Springfield, Missouri, not Springfield, Illinois)."""
        for sentence in self.sentences:
            if sentence.paragraph > 3:
                return
            dateline = lx.NORTH_AMERICAN_DATELINE.match(sentence.dateline or sentence.text)
            raw = dateline.group("code") if dateline else None
            code = lx.STATE_ABBREVIATIONS.get(raw) or (raw.rstrip(".") if raw else None)
            if code not in lx.NORTH_AMERICAN_STATES:
                continue
            country, state_name = lx.NORTH_AMERICAN_STATES[code]
            name = dateline.group("name").title()
            state = next((p for p in self.gaz.lookup(state_name) if p.country == country and p.qid
                          and LEVEL.get(p.kind) == "region"), None)
            namesakes = [p for p in self.gaz.lookup(name) if p.country == country and LEVEL.get(p.kind) == "local"]
            # in the state where the gazetteer knows it, else the best known of the country's
            place = next((p for p in namesakes if state is not None and state.qid in self._ancestors(p)), None) \
                or next((p for p in namesakes if p.qid), None) or next(iter(namesakes), None)
            if place is not None:
                self._confirmed.setdefault(fold(name), (place, place.kind, place.country))
            return

    def _placed_by_a_countrys_possessive(self) -> None:
        """'between Ethiopia's Harar and Djibouti's Arta': a country's possessive right before a name says
        which namesake it is, as 'Arta, Djibouti' does; in the headline or the lead sentence, wherever the
        article names it ('the city of Arta')."""
        lead = {i for i, s in enumerate(self.sentences) if s.is_title}
        lead.add(next((i for i, s in enumerate(self.sentences) if not s.is_title), -1))
        for index, (sentence, ms) in enumerate(zip(self.sentences, self.mentions)):
            for country, m in zip(ms, ms[1:]):
                if not country.is_country or m.is_country or m.confirmed or not country.country \
                        or not lx.POSSESSIVE_GAP.match(sentence.text[country.end:m.start]) \
                        or lx.OFFICE_OF_A_COUNTRY_AFTER.match(sentence.text, m.end):
                    continue
                # an aside ("Australia's Victoria also ...") places that mention alone
                article_wide = index in lead
                if not article_wide:
                    self._placed_aside.add(id(m))
                if m.country != country.country:
                    self._move_to_country(m, country.country, article_wide=article_wide)
                    continue
                m.confirmed = True
                if article_wide:
                    self._confirmed.setdefault(fold(m.core), (m.place, m.kind, m.country))

    @staticmethod
    def _another_namesake_of_the_country(mention: Mention, confirmed: Place | None) -> bool:
        """A bare name read as one town of a country where the article said which town of that
        country it is (Springfield in Missouri, not Massachusetts)."""
        return confirmed is not None and mention.place is not None and mention.place is not confirmed \
            and not mention.qualified and LEVEL.get(mention.place.kind) == "local" \
            and LEVEL.get(confirmed.kind) == "local"

    def _regions_of_the_places_named(self) -> None:
        """'Punjab government ... Punjab's city Bahawalpur': a bare region's namesake in another country
        in which places the article names lie (and none lies in the first) is the region meant."""
        locals_ = [m.place for ms in self.mentions for m in ms
                   if m.place is not None and not m.is_country and LEVEL.get(m.kind or "") == "local"]
        if not locals_:
            return
        inside = {qid for place in locals_ for qid in self._ancestors(place)}
        for ms in self.mentions:
            for m in ms:
                if m.is_country or m.qualified or m.confirmed or m.place is None or not m.place.qid \
                        or LEVEL.get(m.kind or "") != "region" or m.place.qid in inside:
                    continue
                others = [p for p in self.gaz.lookup(m.core) if p.qid and p.qid in inside and p.country != m.country
                          and LEVEL.get(p.kind) == "region"]
                if len(others) == 1:
                    m.read_as(others[0])

    def _short_forms_of_long_names(self) -> None:
        """'The Royal Borough of Kingston upon Thames has twinned with Jaffna', then 'Kingston to Jaffna': the
        short name of a place the article opens with, named in full with a linking word ('upon Thames', 'am
        Main', '-sur-Mer') or after its landform ('Newport Beach'), is that place wherever written alone, not a
        namesake elsewhere (Kingston, Jamaica; Newport, Rhode Island); not where the text places the short name
        itself ('Kingston, Jamaica', 'Newcastle, Australia')."""
        long_forms: dict[str, tuple[str, Place]] = {}  # short name -> (long name, its place)
        for ms in self.mentions[:6]:  # the title and the lead (a headline repeated, a byline)
            for m in ms:
                short = _SHORT_BEFORE_LINK.match(m.core) if m.place is not None and not m.is_country else None
                if short and not self.gaz.country(short.group(1)):
                    long_forms.setdefault(short.group(1), (m.core, m.place))
                # "Petropavlovsk-Kamchatsky", then "Petropavlovsk": the first part of a name joined by a hyphen
                first = _FIRST_OF_HYPHENATED.match(m.core) if m.place is not None and not m.is_country \
                    and LEVEL.get(m.kind or "") != "region" else None
                if first and not self._own_place(first.group(1), m.place.country):
                    long_forms.setdefault(first.group(1), (m.core, m.place))
        for written in (w for sentence in self.sentences[:6] for w in _NAME_BEFORE_LANDFORM.finditer(sentence.text)):
            # (found in the words, as a lead that speaks of no twinning yet is not read for bare names)
            long = [p for p in self.gaz.lookup(written.group("long")) if fold(p.name) == fold(written.group("long"))
                    and LEVEL.get(p.kind) != "region"]
            short = written.group("short")
            if not long or self._own_place(short, long[0].country):
                continue  # "Virginia Beach" is not "Virginia", nor "Miami Beach" "Miami"
            long_forms.setdefault(short, (written.group("long"), next((p for p in long if p.qid), long[0])))
        text = " ".join(s.text for s in self.sentences)
        body = " ".join(s.text for s in self.sentences if not s.is_title)
        # (and where the body writes the full name first, whatever a headline shortens: "with Weil, a town in
        # Bavaria. Weil am Rhein is a different town" names two places)
        long_forms = {short: long for short, long in long_forms.items()
                      if not any(self._places_there(text, placed.end())
                                 for placed in re.finditer(rf"\b{re.escape(short)}\s*(?:,|\bin\b)\s*(?=[A-Z])", text))
                      and body.find(long[0]) == next((w.start() for w in re.finditer(rf"\b{re.escape(short)}\b", body)),
                                                     -2)}
        if not long_forms:
            return
        self._read_everywhere({fold(short): place for short, (_, place) in long_forms.items()})

    def _namesakes_placed_by_a_clause(self) -> None:
        """'Dunedin, which is located on Florida's gulf coast': a town a clause places in a first-level division
        of another country than the namesake read is that country's namesake, wherever the article writes it
        without its own unit word or country (Dunedin in Florida, not in New Zealand)."""
        moved: dict[str, Place] = {}
        for sentence, ms in zip(self.sentences, self.mentions):
            for m, region in zip(ms, ms[1:]):
                if m.is_country or m.place is None or region.place is None or region.is_country \
                        or region.place.kind not in FIRST_LEVEL_KINDS or region.country == m.country \
                        or not lx.LOCATED_CLAUSE.fullmatch(sentence.text, m.end, region.start):
                    continue
                there = [p for p in self.gaz.lookup(m.core) if p.country == region.country
                         and fold(p.name) == fold(m.core) and LEVEL.get(p.kind) == LEVEL.get(m.place.kind)]
                if there:
                    moved[fold(m.core)] = min(there, key=lambda p: not p.qid)
        self._read_everywhere(moved, unless_qualified=True)

    def _read_everywhere(self, places: dict[str, Place], *, unless_qualified: bool = False) -> None:
        """Read every mention of a folded name in ``places`` as the place given for it (but a country's name,
        and with ``unless_qualified`` a name that came with its own unit word or title)."""
        for ms in self.mentions:
            for m in ms:
                place = places.get(fold(m.core))
                if place is not None and not m.is_country and not (unless_qualified and m.qualified):
                    m.read_as(place)

    def _own_place(self, short: str, country: str) -> bool:
        """Whether a short name is a place of its own that no local paper shortens a longer name to: a
        country, or a region or a city of SHORTENED_TOWN_SIZE of the long name's country."""
        return self.gaz.country(short) is not None or any(
            LEVEL.get(p.kind) == "region" or self.gaz.prominence(p) >= SHORTENED_TOWN_SIZE
            for p in self.gaz.lookup(short) if p.country == country)

    def _places_there(self, text: str, start: int) -> bool:
        """Whether the words at ``start`` name a country or a first-level division, as a place's address
        does ("Kingston, Jamaica"; not the next item of a list: "in San Miguel, Cusco and Cuenca")."""
        if self.finder.country_at(text, start) is not None:
            return True
        name = re.match(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}", text[start:])
        return name is not None and any(LEVEL.get(p.kind) == "region" for n in range(len(name.group(0).split()), 0, -1)
                                        for p in self.gaz.lookup(" ".join(name.group(0).split()[:n])))

    def _headline_words_never_written_again(self) -> None:
        """'Nice try: Council to strengthen twinning links ...': an everyday word that opens the title and is
        never written again in the article is the word, not the place (Nice); a place the story is about
        is named in its body too."""
        body = " ".join(s.text for s in self.sentences if not s.is_title)
        for index, sentence in enumerate(self.sentences):
            if not sentence.is_title:
                continue
            dropped = {id(m) for m in self.mentions[index]
                       if m.start == 0 and not m.qualified and not m.is_country and " " not in m.core
                       and zipf(m.core) >= FUNCTION_WORD_ZIPF and not re.search(rf"\b{re.escape(m.core)}\b", body)}
            if dropped:
                self.mentions[index][:] = [m for m in self.mentions[index] if id(m) not in dropped]
                self.parties[index][:] = [m for m in self.parties[index] if id(m) not in dropped]

    def _unify_namesakes(self) -> None:
        """'Provinsi Kyoto' then 'Kyoto': a bare name takes the place its qualified mentions name,
        when the article qualifies it one way only (read-also lines are left alone)."""
        qualified: dict[tuple, set] = {}
        for sentence, ms in zip(self.sentences, self.mentions):
            if sentence.in_passing:
                continue
            for m in ms:
                core_at = sentence.text.find(m.core, m.start, m.end)
                core_at = core_at if core_at >= 0 else m.start
                if m.qualified and m.place is not None and not m.weak \
                        and not lx.CAPITAL_OF_BEFORE.search(sentence.text, max(0, core_at - 60), core_at):
                    # "Kyoto ... ibu kota Prefektur Kyoto": the division a city is the capital of says the
                    # bare name is the city, not that division
                    qualified.setdefault((fold(m.core), m.country), set()).add((m.place, m.kind))
        for sentence, ms in zip(self.sentences, self.mentions):
            if sentence.in_passing:
                continue
            for m in ms:
                if m.place is None and not (m.qualified or m.confirmed or m.is_country):
                    # "Toride, Japan", then "the Yuba City-Toride relationship": a name no lookup knows
                    # bare is the town the article placed once
                    known = set().union(*(places for (core, _), places in qualified.items() if core == fold(m.core)))
                    if len(known) == 1:
                        m.place, m.kind = next(iter(known))
                        m.country = m.place.country
                    continue
                if m.qualified or m.confirmed or m.place is None or m.is_country:
                    continue  # "San Jose, Costa Rica" in a San Jose story: the country the text gives stands
                known = qualified.get((fold(m.core), m.country))
                if not known:
                    # "Penang" in a headline, "Pemerintah Negeri Pulau Pinang" in the body: a namesake of the
                    # bare name that the article names with its unit word is the one meant
                    named = {p for places in qualified.values() for p, _ in places}
                    known = {(p, p.kind) for p in self.gaz.lookup(m.core) if p in named and p != m.place}
                if not known:
                    # "Victoria" in a headline, "State Government of Victoria, Australia" in the body
                    known = set().union(*(places for (core, _), places in qualified.items()
                                          if core == fold(m.core)))
                    known = known if m.country != "ID" and all(p.country != "ID" for p, _ in known) else set()
                if known and len(known) == 1:
                    m.place, m.kind = next(iter(known))
                    m.country = m.place.country
        self._namesakes_in_the_articles_countries()

    def _namesakes_in_the_articles_countries(self) -> None:
        """'Halifax' in an article about Calderdale and Aachen: a bare name whose first namesake lies in
        a country the article never names or places anything in is the namesake in one it does."""
        named = {m.country for s, ms in zip(self.sentences, self.mentions) for m in ms
                 if m.is_country and not self._names_a_nations_office(s.text, m)} | ({self.home} - {None})
        candidates = [m for ms in self.mentions for m in ms
                      if not (m.qualified and not m.title and not self._unit_says_nothing(m) or m.is_country
                              or m.confirmed or m.place is None or m.country in named
                              or fold(m.core) in self._two_places)]  # "San Jose ... San Jose, Costa Rica": two
        if not candidates:
            return  # the common case: every bare name lies in a country the article names
        # an office ("Chief Minister of Punjab") qualifies a name without saying which country's it is,
        # nor does a unit word a namesake of the same kind abroad would take too ("Nara City Mayor")
        countries = named | {m.country for sentence, ms in zip(self.sentences, self.mentions) if not sentence.in_passing
                             for m in ms if m.qualified and not m.title and m.place is not None and not m.weak
                             and not self._unit_says_nothing(m)}
        # a name no other country has ("Metz", "Bourges") places the article in its country: "Paris, Hamburg
        # and Madrid became Kyiv's new sister cities ... Metz" is no Paris in Texas
        placed = {o.country for os in self.mentions for o in os if o.place is not None and not o.is_country
                  and not o.weak and len({p.country for p in self.gaz.lookup(o.core)}) == 1}
        headline = self._headline_countries()
        sentence_of = {id(m): ms for ms in self.mentions for m in ms}
        for m in candidates:
            if m.country in countries or m.country in placed or self.country_named(m.country):
                continue
            # a country named anywhere, also in a sentence read only for qualified names ("will tour Canada"),
            # unless the name's first namesake is a big city (Paris stays Paris in a list of Jakarta's partners)
            anywhere = self.gaz.prominence(m.place) < MAJOR_CITY
            # (or its people: "medical equipment for Palestinians" places Bethlehem, not the South African town)
            named_there = [p for p in self.gaz.lookup(m.core)
                           if (p.country in countries or anywhere and self._country_or_people_named(p.country))
                           and p.kind != "country"]
            there = [p for p in named_there if LEVEL.get(p.kind) == LEVEL.get(m.place.kind)]
            # "Lucea, Hanover" in the headline, then "the parish of Hanover": the place the article itself
            # reads that name as, in a country it names, whatever the size of the namesake abroad
            elsewhere = {o.place for os in self.mentions for o in os if o is not m and o.place is not None
                         and not o.is_country and fold(o.core) == fold(m.core) and o.country in countries}
            if not there and len(elsewhere) == 1:
                m.place = next(iter(elsewhere))
                m.kind, m.country = m.place.kind, m.place.country
                continue
            if not there and anywhere:
                # "sister province Yogyakarta - Victoria" beside "Dubes Australia": where no namesake of the same
                # level lies in a country the article names, one of another level there (the Australian state,
                # not Victoria in British Columbia)
                there = [p for p in named_there if fold(p.name) == fold(m.core)]
            if not there and anywhere and LEVEL.get(m.place.kind) == "local":
                # "the Village of Cumberland", in a story whose places are British Columbia's: the town of
                # that name there (the towns table), not Cumberland, Maryland
                there = [t for code in sorted(countries - {None}) for t in self.gaz.towns(m.core, code)]
            if len({p.country for p in there}) > 1 and any(p.country == self.home for p in there):
                # "Santa Fe's sister cities are: ..., Santa Fe de Granada, Spain" on a New Mexico city's
                # site: of namesakes in several countries the article names, the one at home
                there = [p for p in there if p.country == self.home]
            if len({p.country for p in there}) > 1:
                # "visited Palestine to sign the twinship agreement alongside the Mayor of Bethlehem", in an
                # article that names the United States too: the one in the country its own sentence names
                own = {o.country for o in sentence_of[id(m)] if o.is_country}
                if len({p.country for p in there} & own) == 1:
                    there = [p for p in there if p.country in own]
            if there and len({p.country for p in there}) == 1:
                best = min(there, key=lambda p: not p.qid)  # a duplicate without an item is the lesser entry
                first, other = self.gaz.prominence(m.place), self.gaz.prominence(best)
                # (a weight under KNOWN_POPULATION counts how often the twin-town lists name a place, not its
                # people: against Gumi, a Korean city the lists alone know, only a city stands, not Uganda's Kumi)
                counted = other < KNOWN_POPULATION and first < SPEAKING_CITY
                if first > 1 and 1 < other < first / 10 and not counted and not (best.twinned and not m.place.twinned) \
                        and best.country not in headline:
                    continue  # "Panama City, Boston (United States)": the capital, not a town a tenth its size
                    # (unless only the smaller is known to be twinned: Nara in Japan, not in Mali; or the
                    # headline names its country: "Australian Councillor Calls ..." is about Albany, WA)
                if self._partners_named(m.place, m.core) and not self._partners_named(best, m.core):
                    continue  # the twin lists pair the namesake read with places the article names: it is the one
                if m.place.qid and not best.qid and self._twinned_with_a_place_of(m, best.country):
                    continue  # "Whitehorse severing ties with ... Echuca, Australia": a partner's country is
                    #           seldom the owner's, nor is a row the twin lists alone know the likelier namesake
                m.read_as(best)

    def _partners_named(self, place: Place, name: str) -> bool:
        """Whether the twin lists pair ``place`` with a place the article names by another name than ``name``
        (by item; a namesake twinned with its namesake says nothing of which one is meant)."""
        if not place.qid:
            return False
        partners = self.gaz.known_partners(place.qid)
        return any(m.place is not None and not m.is_country and m.place.qid in partners and fold(m.core) != fold(name)
                   for ms in self.mentions for m in ms)

    def _twinned_with_a_place_of(self, mention: Mention, country: str) -> bool:
        """Whether a sentence that speaks of twinning names the mention's name beside a place of ``country``."""
        for sentence, ms in zip(self.sentences, self.mentions):
            if any(fold(m.core) == fold(mention.core) for m in ms) and lx.TWINNING.search(sentence.text) \
                    and any(o.country == country and not o.is_country and fold(o.core) != fold(mention.core)
                            for o in ms):
                return True
        return False

    def _headline_countries(self) -> set[str]:
        """The countries a headline names, by name or by adjective before a place's unit word ('Australian
        Councillor Calls ...', not 'American Mayor Visits ...': the visitor's nationality)."""
        codes = {m.country for s, ms in zip(self.sentences, self.mentions) if s.is_title for m in ms if m.is_country}
        for sentence in self.sentences:
            if sentence.is_title:
                folded = f" {fold(sentence.text)} "
                codes |= {lx.DEMONYMS[m.group(1)] for m in lx.DEMONYM_BEFORE_PLACE_UNIT.finditer(folded)}
        return codes

    def _unit_says_nothing(self, mention: Mention) -> bool:
        """Whether a unit word before the name would fit a namesake abroad as well ('The City of
        Burlington': Ontario's or Vermont's): it then does not say which one is meant."""
        return mention.place is not None and any(p.country != mention.country and p.kind == mention.place.kind
                                                 for p in self.gaz.lookup(mention.core))

    def _namesakes_of_known_partners(self) -> None:
        """'Surabaya ... Kochi': where a name the article leaves unplaced has namesakes, and the twinning
        sources pair one of them, and not the one read, with a place the article names, that one is
        meant (Kochi in Japan, Surabaya's partner, not Kochi in India; Aurora, Ontario, Leksand's).
        Unplaced: no unit word or country with the name, no region it lies in written anywhere
        ("Newcastle, NSW", "flew in from Kerala"), and no other namesake's level; a namesake of a country
        the article does not name, where it names the country of the place read ("Brest" in a story on
        Belarus, "the Indian port city"), is not chosen."""
        # (a place read from a row without an item stands for the items of its name in its country:
        # "Leksand" the town and the municipality)
        named = {qid for ms in self.mentions for m in ms if m.place is not None and not m.is_country
                 for qid in {m.place.qid} | {p.qid for p in self.gaz.lookup(m.core) if p.country == m.country} if qid}
        if len(named) < 2:
            return
        chosen: dict[str, Place | None] = {}
        for ms in self.mentions:
            for m in ms:
                if m.is_country or m.confirmed or m.place is None or m.organisation \
                        or m.qualified and not (m.title is None and self._unit_says_nothing(m)):
                    continue  # (a unit word or a country said which place it is; "Pemkot Kochi" fits Kochi in
                    # India as well as in Japan, and says nothing)
                key = fold(m.core)
                if key not in chosen:
                    others = named - {m.place.qid}
                    if self.gaz.known_partners(m.place.qid) & others:
                        chosen[key] = None  # the place read is itself a known partner of one named
                    else:
                        placed_by_region = bool(set(self._ancestors(m.place)) & named) or any(
                            self._written_in_article(self.gaz.by_qid(q)) for q in self._ancestors(m.place)[:2])
                        namesakes = [] if placed_by_region else [
                            p for p in self.gaz.lookup(m.core) if p.qid and p.qid != m.place.qid
                            and p.kind != "country" and LEVEL.get(p.kind) == LEVEL.get(m.place.kind)
                            and (self._country_or_people_named(p.country)
                                 or not self._country_or_people_named(m.place.country))
                            and self.gaz.known_partners(p.qid) & (others - {p.qid})]
                        chosen[key] = namesakes[0] if len({p.qid for p in namesakes}) == 1 else None
                place = chosen[key]
                if place is not None:
                    m.read_as(place)

    def _namesakes_at_home(self) -> None:
        """'Cambridge Commemorates Haitian Flag Day' on the city of Cambridge's own site (a .gov address):
        a bare name read as a place abroad, whose country the article never names, is the namesake at
        the news site's home, where that one is a twinned place of the same level (local news speaks of
        its own towns; the site says nothing of a namesake it does not name the country of)."""
        if self.home is None:
            return
        chosen: dict[str, Place | None] = {}
        placed_by_region = {fold(m.core) for sentence, ms in zip(self.sentences, self.mentions) for m in ms
                            if m.place is not None and self._region_right_after(sentence.text, m)}
        for sentence, ms in zip(self.sentences, self.mentions):
            for m in ms:
                if m.is_country or m.confirmed or m.organisation or m.place is None or m.country == self.home:
                    continue  # (a unit word, "Cambridge City Council", says nothing of the country)
                if self._country_named_after(sentence.text, m) == m.country:
                    continue  # "Melbourne, Australia" in a list run together ("(1985);Taipei") is Australia's
                key = fold(m.core)
                if key not in chosen:
                    # (a country named only after the namesake itself, "Sister city relationship with Lismore,
                    # Ireland" on Lismore City Council's site, says where the namesake lies, not the bare name)
                    only_after = self._country_named_only_after(key, m.place.country)
                    placed = key in placed_by_region or self._country_or_people_named(m.place.country) and not only_after
                    # (or its long name there: "Newark" on a Nottinghamshire site is Newark-on-Trent)
                    long_named = self.gaz.long_forms(key, self.home)
                    at_home = [] if placed else [
                        p for p in self.gaz.lookup(m.core) + long_named
                        if p.country == self.home and p.qid and (p.twinned or only_after)
                        and (fold(p.name) == key or p in long_named) and LEVEL.get(p.kind) == LEVEL.get(m.place.kind)]
                    chosen[key] = at_home[0] if len(at_home) == 1 else None
                place = chosen[key]
                if place is not None:
                    m.read_as(place)

    def _the_sites_own_town(self) -> None:
        """'Logan City and Taoyuan City ...' on www.logan.qld.gov.au: a name the site's address spells is the
        site's own town, the one namesake with an item in the site's country, wherever the article writes it
        without a country or region of its own (the American Logan the article's 'US form of education' seemed
        to name is not the council's)."""
        if self.home is None or not self.site:
            return
        chosen: dict[str, Place | None] = {}
        for sentence, ms in zip(self.sentences, self.mentions):
            for m in ms:
                if m.is_country or m.place is None or fold(m.core).replace(" ", "") not in self.site \
                        or m.confirmed or m.country == self.home or m.organisation \
                        or self._country_named_after(sentence.text, m) == m.country \
                        or self._region_right_after(sentence.text, m):
                    continue  # ("Perth di Skotlandia", "Ipswich in England" on the namesake's site: placed there)
                key = fold(m.core)
                if key not in chosen:
                    at_home = {p.qid: p for p in self.gaz.lookup(m.core) if p.country == self.home and p.qid
                               and LEVEL.get(p.kind) == LEVEL.get(m.place.kind)}
                    chosen[key] = next(iter(at_home.values())) if len(at_home) == 1 else None
                if chosen[key] is not None:
                    m.read_as(chosen[key])

    def _country_named_only_after(self, key: str, country: str) -> bool:
        """Whether every mention of the country follows a mention of the name ``key`` and a comma."""
        seen = False
        for sentence, ms in zip(self.sentences, self.mentions):
            for before, m in zip([None, *ms], ms):
                if not m.is_country or m.country != country:
                    continue
                if before is None or fold(before.core) != key \
                        or not _COMMA_AFTER.fullmatch(sentence.text[before.end:m.start]):
                    return False
                seen = True
        return seen

    def _namesakes_of_their_lists(self) -> None:
        """'the sister city of Quezon City, Dapitan City, San Juan City, Angeles City': a list item read
        as a place abroad (San Juan, Puerto Rico) between two items of one other country is the namesake
        of the same level there, if that country has one; a country written with the item (confirmed)
        keeps it where it is."""
        for sentence, ms in zip(self.sentences, self.mentions):
            places = [m for m in ms if not m.is_country]
            for before, m, after in zip(places, places[1:], places[2:]):
                if m.confirmed or m.place is None or before.country != after.country or m.country == before.country \
                        or before.place is None or after.place is None \
                        or not lx.LIST_GAP.match(sentence.text[before.end:m.start]) \
                        or not lx.LIST_GAP.match(sentence.text[m.end:after.start]):
                    continue
                there = [p for p in self.gaz.lookup(m.core) if p.country == before.country and p.kind != "country"
                         and LEVEL.get(p.kind) == LEVEL.get(m.place.kind)]
                if len({p.qid or p.name for p in there}) == 1:
                    place = min(there, key=lambda p: not p.qid)
                    m.read_as(place)

    def _regions_of_region_ties(self) -> None:
        """'kerjasama provinsi kembar Jatim-Osaka', 'East Java and Osaka have been sister provinces': in a
        sentence on a tie of regions, where a region of another country is a side, a bare name is its
        country's region of that name (Osaka Prefecture, not the city), where the country has one."""
        for sentence, ms in zip(self.sentences, self.mentions):
            if not lx.REGION_TWINNING.search(sentence.text):
                continue
            regions = {m.country for m in ms if m.place is not None and not m.is_country
                       and LEVEL.get(m.place.kind) == "region"}
            for m in ms:
                if m.is_country or m.qualified or m.confirmed or m.place is None \
                        or LEVEL.get(m.place.kind) != "local" or not regions - {m.country}:
                    continue
                there = [p for p in self.gaz.lookup(m.core) if p.country == m.country and p.qid
                         and LEVEL.get(p.kind) == "region"]
                if len(there) == 1:
                    m.place, m.kind = there[0], there[0].kind

    def _region_right_after(self, text: str, mention: Mention) -> bool:
        """'Cambridge in England', 'Perth, Scotland', 'Perth di Skotlandia': a region of the place's
        country right after it, which says which namesake it is."""
        after = lx.REGION_NAME_AFTER.match(text, mention.end)
        return after is not None and any(p.country == mention.place.country and LEVEL.get(p.kind) == "region"
                                         for p in self.gaz.lookup(after.group(1)))

    def _british_namesakes(self) -> None:
        """'Councillors in Durham voted to suspend the twinning with Kostroma': in an article written
        in British words (twinning, twin town, councillor) that places nothing in the United States, a
        bare name whose most prominent namesake is American is the British or Irish one; so too one
        whose namesake lies in Canada, Australia or New Zealand, where the article names nothing there
        ('Hastings ... twinned with four towns on the Continent' is no Hastings in New Zealand)."""
        text = self.article_text()
        if not lx.BRITISH_TWINNING_WORDS.search(text):
            return
        # a country is in play where the article names it, its adjective ("the New Zealand and Australian
        # communities"; not "American", which British news uses loosely), one of its regions, or the news
        # site is there
        adjectives = {lx.DEMONYMS[d] for d in NEW_WORLD_DEMONYMS if f" {d} " in text}
        named = {code for code in NEW_WORLD_NAMESAKES if self.country_named(code) or code in adjectives
                 or code == self.home or any(m.country == code and m.place is not None
                                             and LEVEL.get(m.place.kind) == "region" for ms in self.mentions for m in ms)}
        for ms in self.mentions:
            for m in ms:
                if m.confirmed or m.is_country or m.place is None \
                        or m.country not in NEW_WORLD_NAMESAKES or m.country in named:
                    continue
                there = [p for p in self.gaz.lookup(m.core) if p.country in ("GB", "IE")
                         and LEVEL.get(p.kind) == LEVEL.get(m.place.kind)]
                if self._partners_named(m.place, m.core) and not any(self._partners_named(p, m.core) for p in there):
                    continue  # "Newport ... Shimoda, Japan (1958); Imperia, Italy (1978)": Rhode Island's partners
                if there and len({p.country for p in there}) == 1:
                    best = min(there, key=lambda p: not p.qid)
                    m.read_as(best)

    def _foreign_countries(self) -> list[str]:
        counts: dict[str, int] = {}
        for ms in self.mentions:
            for m in ms:
                if m.country and m.country != "ID":
                    counts[m.country] = counts.get(m.country, 0) + 1
        return sorted(counts, key=lambda c: -counts[c])

    # -- parties of a sentence -----------------------------------------------------------------

    def _locates_unread_name(self, text: str, region: Mention, mentions: list[Mention]) -> bool:
        """'A sister city of Kingston is Miramar in Florida', 'between Mission, Texas and ...': the
        region right after a capitalised name no mention covers says where that name lies. A word
        that opens the sentence counts only if it is rare or the article capitalises it inside a
        sentence too ('Mayor of Mission'): 'However, Texas ...' is no place."""
        match = lx.NAME_BEFORE_REGION.search(text, max(0, region.start - 40), region.start)
        if match is None or match.end() != region.start:
            return False
        name = match.group("name")
        if fold(name) in lx.STOPWORDS or any(m.start < match.end("name") and m.end > match.start("name")
                                             for m in mentions):
            return False
        # "Secretary Blinken, Alberta Premier Smith": a person's name, and the region's office after it
        if lx.TITLE_BEFORE.search(text, max(0, match.start("name") - 25), match.start("name")) \
                or lx.TITLE_WORDS.match(text[region.end:].lstrip()) or OFFICE_AFTER_REGION.match(text, region.end):
            return False
        # "including Washington, Tokyo, Tel Aviv and Havana": a known name no place of which lies in the
        # region's country is an item of a list, not a place the region locates
        namesakes = self.gaz.lookup(name)
        if namesakes and not any(p.country == region.country for p in namesakes) \
                and not self.gaz.towns(name, region.country):
            return False
        opens_sentence = not text[:match.start("name")].strip() or text[:match.start("name")].rstrip()[-1] in ".!?\"“:–—-"
        return not opens_sentence or zipf(name) < COMMON_WORD_ZIPF or name in self._capitalised_inside

    @functools.cached_property
    def _capitalised_inside(self) -> frozenset[str]:
        """The capitalised words the article writes inside a sentence ('Mayor of Mission'): names."""
        return frozenset(re.findall(r"[a-z,]\s+([A-Z][\w'’.-]*)", self._raw_text))

    def _parties(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Mentions that can be a side: qualifiers ('Kota Medan, Sumatera Utara', 'Nablus,
        Palestina') are dropped and their information moved onto the place they qualify."""
        kept: list[Mention] = []
        business_place: Mention | None = None  # the last place of a list of where business partners are
        chained = self._address_chains(text, mentions)
        in_address = self._addresses_abroad(text, mentions)
        for mention in mentions:
            if not mention.is_country and LEVEL.get(mention.kind or "") == "region" \
                    and lx.CAPITAL_BEFORE.search(text, max(0, mention.start - 30), mention.start):
                city = next((p for p in self.gaz.lookup(mention.core)
                             if p.country == mention.country and LEVEL.get(p.kind) == "local"), None)
                if city is not None:  # "the provincial capital Heredia": the city, not the province
                    mention.place, mention.kind = city, city.kind
            if id(mention) in in_address:
                mention.qualifies = True  # "Lagoa, St. Michael, Azores": São Miguel and the Azores say where
                continue
            if id(mention) in chained:
                mention.qualifies = True  # "Nanjing, Kota Zhangzhou, Provinsi Fujian": Zhangzhou says where
                # and the Nanjing there is none the gazetteer knows (not Jiangsu's), wherever it is named
                placed = chained[id(mention)]
                placed.place, placed.kind, placed.confirmed = None, "other", True
                self._confirmed[fold(placed.core)] = (None, "other", placed.country)
                continue
            if not mention.is_country and not mention.qualified \
                    and lx.CAPITAL_OF_BEFORE.search(text, max(0, mention.start - 60), mention.start):
                mention.qualifies = True  # "the capital of Paraná": the state says where its capital lies
                continue
            if not mention.is_country and not mention.qualified and lx.PART_NAMED_AFTER.match(text, mention.end):
                mention.qualifies = True  # "the west London borough", "a Cork village": the borough is the party
                continue
            if not mention.is_country and not mention.qualified and lx.UNNAMED_UNIT_AFTER.match(text, mention.end) \
                    and lx.A_PLACE_BEFORE.search(text, max(0, mention.start - 30), mention.start):
                mention.qualifies = True  # "a north Longford town's twinning accord": that town is the party
                continue
            if not mention.is_country and lx.UNNAMED_PLACE_IN.search(text, max(0, mention.start - 40), mention.start) \
                    and not (LEVEL.get(mention.kind or "") == "local" and not lx.POSSESSIVE_AFTER.match(text, mention.end)
                             and lx.TWIN_UNIT_IN_BEFORE.search(text, max(0, mention.start - 30), mention.start)):
                # "a town in the Isle of Wight": that town is the party, unnamed (but "Pueblo also has a sister
                # city in Weifang, China": the city is the partner)
                mention.qualifies = True
                continue
            if not mention.is_country and lx.CONFLICT_ON_BEFORE.search(text, max(0, mention.start - 40), mention.start):
                mention.qualifies = True  # "Protesting Israeli war on Gaza, French city freezes twinning": a scene
                continue
            in_business_list = business_place is not None and lx.LIST_GAP.match(text[business_place.end:mention.start])
            if not mention.is_country and (in_business_list or lx.BUSINESS_PARTNERS_IN.search(
                    text, max(0, mention.start - 60), mention.start)):
                mention.qualifies = True  # "trading partners in Tokyo, Hitachi City and Yokohama": firms there
                business_place = mention
                continue
            business_place = None
            if not mention.is_country and lx.UNIT_OF_NAME_AFTER.match(text, mention.end) \
                    and (LEVEL.get(mention.kind or "") == "region"
                         or lx.ARTICLE_BEFORE.search(text, max(0, mention.start - 6), mention.start)):
                # "the South Carolina town of Clover", "the Zaragoza town of Cariñena": the town is the party
                mention.qualifies = True
                continue
            if not mention.is_country and LEVEL.get(mention.kind or "") == "region" \
                    and lx.LOCATED_IN_BEFORE.search(text, max(0, mention.start - 60), mention.start):
                mention.qualifies = True  # "Located in the northwest of Japan's Miyazaki Prefecture, Takachiho is"
                continue
            if not mention.is_country and LEVEL.get(mention.kind or "") == "region" \
                    and self._locates_unread_name(text, mention, mentions):
                mention.qualifies = True  # "Miramar in Florida": a town the gazetteer lacks is the party
                continue
            if not mention.is_country and LEVEL.get(mention.kind or "") == "region" and kept and kept[-1].is_country \
                    and not lx.OF_RIGHT_BEFORE.search(text, max(0, kept[-1].start - 10), kept[-1].start) \
                    and lx.LIST_GAP.match(text[kept[-1].end:mention.start]):
                # "twin towns in Germany, France and Wales": a land among countries (not after a country that
                # only places a province: "between Jiangsu province of China and Malaita Province")
                mention.qualifies = True
                continue
            before = next((m for m in reversed(mentions) if m.end <= mention.start), None)
            if not mention.is_country and LEVEL.get(mention.kind or "") == "region" and before is not None \
                    and before.qualifies and not before.is_country and before.country == mention.country \
                    and lx.COMMA_GAP.fullmatch(text[before.end:mention.start]):
                mention.qualifies = True  # "Brighton in Tasmania, South Australia": a second locating region
                continue
            if kept:
                previous = kept[-1]
                # "Kota Saint Louis (PHISL), Missouri": an acronym in brackets stands for a body, not a place
                gap = text[previous.end:mention.start]
                acronym = lx.ACRONYM_IN_BRACKETS.match(gap)
                if acronym is not None and self.finder.country_at(
                        text, previous.end + acronym.group(0).index("(") + 1) is None:
                    gap = gap[acronym.end():]  # (but "Washington D.C. (U.S.), Tokyo": a country, then the next item)
                in_list = len(kept) > 1 and lx.LIST_GAP.match(text[kept[-2].end:previous.start])
                # "Mazatlán and Dolores Hidalgo, Guanajuato": a list closed by "and" has no item after a
                # comma, so a name there that is also a state locates the last item
                closed = len(kept) > 1 and re.search(r"\b(?:and|dan)\s+$", text[kept[-2].end:previous.start]) is not None
                if lx.PART_OF.match(gap):
                    kept[-1] = mention  # "Kota A adalah bagian dari Provinsi B": the province is the party
                    continue
                if mention.is_country and lx.COUNTRY_BETWEEN.match(gap) and not previous.is_country \
                        and previous.country in (None, mention.country) \
                        and lx.POSSESSIVE_AFTER.match(text, mention.end):
                    previous.country = mention.country
                    mention.qualifies = True
                    continue
                # "Kota Kochi, Jepang", "Kota Kochi di Jepang", "Tacoma in Washington State, USA"
                if mention.is_country and previous.place is not None and previous.country != mention.country \
                        and not previous.is_country and (lx.PLAIN_GAP.match(gap) or lx.COUNTRY_BETWEEN.match(gap)
                                                         and self._namesake_in(previous, mention.country)) \
                        and not self._respective_countries(text, previous, mention) \
                        and not lx.POSSESSIVE_AFTER.match(text, mention.end):  # "Nantong, Serbia's Zvezdara"
                    self._move_to_country(previous, mention.country)
                # "The City of Albany in Western Australia", "Ballina, County Mayo": a state or county of
                # another country than the place's first namesake, right after it, says which namesake it is
                # (where one lies there); "San Luis, Arizona": a place of that state the gazetteer lacks,
                # where no list goes on around
                elif not mention.is_country and mention.place is not None \
                        and (LEVEL.get(mention.kind or "") == "region" or mention.kind == "county"
                             or self._first_level_division(mention.place)) \
                        and previous.place is not None and not previous.is_country and previous.country != mention.country \
                        and LEVEL.get(previous.kind or "") == "local" \
                        and (lx.PLAIN_GAP.match(gap) or lx.COUNTRY_BETWEEN.match(gap)) \
                        and (self._local_namesake_in(previous, mention.country)  # (and "Brighton in Tasmania")
                             # (but "... New York, Belgrade, Lima, Washington, Madrid ...": in a list, a state no
                             # namesake lies in is the next item, the capital named like it)
                             and not (in_list and not closed and self._namesakes_lie_elsewhere(previous, mention.place))
                             or lx.PLAIN_GAP.match(gap) and mention.country in NAMED_DIVISION_COUNTRIES
                             and not self._continues_list(text, mention)
                             # ("Presque Isle and Epping, New Hampshire": the closed list's last item)
                             and (not in_list or closed)
                             and not lx.JOINT_VERB_AFTER.match(text, mention.end)
                             # "Manta, Cundinamarca, Colombia": the region and its country agree
                             or lx.PLAIN_GAP.match(gap) and self._country_named_after(text, mention) == mention.country):
                    self._move_to_country(previous, mention.country)
                # "Portland, Maine": a state of the place's own country, right after it, that the place
                # does not lie in, says which namesake of that country it is, where one lies there
                elif not mention.is_country and mention.place is not None and mention.place.qid \
                        and LEVEL.get(mention.kind or "") == "region" and previous.place is not None \
                        and not previous.is_country and previous.country == mention.country \
                        and LEVEL.get(previous.kind or "") == "local" and lx.PLAIN_GAP.match(gap) \
                        and not self._lies_in(previous, mention):
                    self._namesake_in_region(previous, mention.place)
                # "Sinaia, in Prahova county, Romania": a division of the place's country, written with its unit
                # word in lower case after "in", only says where the place lies
                elif not mention.is_country and mention.place is not None and previous.place is not None \
                        and not previous.is_country and previous.country == mention.country \
                        and LEVEL.get(previous.kind or "") == "local" and lx.IN_DIVISION_GAP.fullmatch(gap) \
                        and lx.LOWER_CASE_UNIT_AFTER.match(text, mention.end):
                    mention.qualifies = True
                    continue
                # "Bishopbriggs in East Dunbartonshire": a town only the towns' table knows (no item of its own),
                # written in a place of its country, lies there; that place only says where
                elif not mention.is_country and mention.place is not None and previous.place is not None \
                        and not previous.is_country and previous.place.qid is None and previous.place.geonames_id \
                        and previous.country == mention.country and lx.IN_CITY_GAP.fullmatch(gap):
                    mention.qualifies = True
                    continue
                # "Richmond in Greater London", "the Richmond that is twinned to Richmond in London": a town
                # written in a city of another country than its first namesake is that country's namesake,
                # where one is known there (the borough, not Richmond, Virginia)
                elif not mention.is_country and mention.place is not None and LEVEL.get(mention.kind or "") == "local" \
                        and previous.place is not None and not previous.is_country \
                        and previous.country != mention.country and LEVEL.get(previous.kind or "") == "local" \
                        and lx.IN_CITY_GAP.fullmatch(gap) \
                        and self._local_namesake_in(previous, mention.country):
                    self._move_to_country(previous, mention.country, article_wide=False)
                    mention.qualifies = True  # (the city only says where the town lies)
                    continue
                # "Durham, North Carolina, and Kostroma": where the gazetteer knows the place lies in the
                # region, the region after it qualifies it, though more places follow
                # an unknown name before a region of its own country ("Tustin, California, and ...", "Kauai
                # County in Hawaii") or
                # one the gazetteer places in the region: the region says where it lies, though a list goes on
                known_parent = self._lies_in(previous, mention) or (
                    previous.place is None and not previous.is_country and not mention.is_country
                    and mention.place is not None and LEVEL.get(mention.place.kind) == "region"
                    and previous.country in (None, mention.country)
                    and (lx.PLAIN_GAP.match(gap) or lx.COUNTRY_BETWEEN.match(gap)) is not None) or (
                    # "Manta, Cundinamarca, Colombia": a division right under the country, of any kind
                    not previous.is_country and not mention.is_country and mention.place is not None
                    and previous.country == mention.country and lx.PLAIN_GAP.match(gap) is not None
                    and self._first_level_division(mention.place)
                    and self._country_named_after(text, mention) == mention.country) or (
                    # "Surrey, B.C. and Kunshan", "Parramatta, NSW": a region written by its initials after a
                    # town of its country is the press's address, whatever follows
                    not previous.is_country and mention.place is not None and previous.country == mention.country
                    and LEVEL.get(mention.place.kind) == "region" and lx.PLAIN_GAP.match(gap) is not None
                    and mention.surface in mention.place.aliases and mention.surface.replace(".", "").isupper()
                    and len(mention.surface.replace(".", "")) <= 4)
                if lx.QUALIFIER_GAP.match(gap) and (known_parent or (self._qualifies(previous, mention, gap)
                                                                     or (not in_list or closed)
                                                                     and not self._continues_list(text, mention)
                                                                     and self._as_region(mention, previous, gap))
                                                    and not self._continues_list(text, mention)):
                    if previous.country is None:
                        previous.country = mention.country
                    mention.qualifies = True
                    continue
                if lx.POSSESSIVE_GAP.match(gap) and self._as_region(previous, mention) \
                        and LEVEL.get(mention.kind or "") == "local" and not mention.is_country \
                        and mention.country in (None, previous.country):
                    previous.qualifies = True  # "Montana's Missoula": the region says where
                    if mention.country is None:
                        mention.country = previous.country
                    kept[-1] = mention
                    continue
                if lx.POSSESSIVE_GAP.match(gap) and mention.qualified \
                        and (mention.kind == "district" or mention.place is None or mention.place.qid is None) \
                        and not previous.is_country and previous.kind != "district" \
                        and mention.country in (None, previous.country):
                    # "Da Nang's Hoa Vang District", "Seoul's Dobong District", "Antalya's Kepez Province" (a
                    # place the gazetteer lacks or knows only from the towns' table): the possessive says where
                    previous.qualifies = True
                    if mention.country is None:
                        mention.country = previous.country
                    kept[-1] = mention
                    continue
                if (lx.CAPITAL_OF_GAP.match(gap) or lx.NEAR_GAP.match(gap)) \
                        and not mention.is_country and not previous.is_country:
                    mention.qualifies = True
                    continue
                described = lx.UNIT_OF_GAP.match(gap) or lx.UNIT_IN_GAP.match(gap)
                if described and not mention.is_country and not previous.is_country \
                        and (described.re is lx.UNIT_OF_GAP or mention.country == previous.country):
                    unit = described.group("unit").lower()  # "Zelenograd, a district of Moscow"
                    previous.kind = lx.UNIT_KINDS.get(unit) or lx.DESCRIBED_KINDS.get(unit) or previous.kind
                    if previous.place is None and previous.country is None:
                        previous.country = mention.country  # "Borodyanka, a suburban town ... near Kyiv"
                    mention.qualifies = True
                    continue
                if previous.venue and lx.ADDRESS_GAP.match(gap) and self._qualifies(previous, mention, gap):
                    mention.qualifies = mention.venue = True  # "at Brisbane City Hall, Queensland"
                    continue
                if previous.place is None and not previous.is_country and mention.place is not None \
                        and not mention.is_country and mention.country == previous.country \
                        and lx.NAME_IN_NOTE_GAP.match(gap):
                    # "Provinsi Utara Australia (Northern Territory)": the note names the place a
                    # translated name stands for
                    previous.place, previous.kind = mention.place, mention.place.kind
                    self._named_in_note[fold(previous.core)] = mention.place
                    mention.qualifies = True
                    continue
                if self._in_note_on(text, previous, mention):
                    mention.qualifies = True  # "Moscow (by Chicago and Santa Clara County)"
                    continue
            if not mention.is_country and lx.LOCATOR_BEFORE.search(text, max(0, mention.start - 40), mention.start) \
                    and not lx.BUILDING_AFTER.match(text, mention.end):
                mention.qualifies = True  # "a resort town on the east coast, near Rimini": Rimini says where
                continue
            kept.append(mention)
        return [m for m in kept if not m.is_country]

    def _as_region(self, region: Mention, local: Mention, gap: str = "") -> bool:
        """'Missoula, Montana': beside a place of its country, a bare name that is also a state or
        province is that division, when it then locates the place."""
        if LEVEL.get(region.kind or "") == "region":
            # "Hawaii, Bali to become sister states": a state lies in no province of another country
            return not (LEVEL.get(local.kind or "") == "region" and local.place is not None
                        and region.place is not None and local.country != region.country)
        # (the place may be one the gazetteer lacks, named with its unit word: "the municipality of Meoqui,
        # Chihuahua")
        if region.qualified or region.is_country or region.place is None \
                or local.place is None and not local.qualified \
                or LEVEL.get(local.kind or "") != "local" or not local.country:
            return False
        division = self.finder.resolve(region.core, kind=self.gaz.division_kind(local.country),
                                       country=local.country)
        if division is None or LEVEL.get(division.kind) != "region" or division.country != local.country:
            return False
        before = region.place, region.kind, region.country
        region.read_as(division)
        if gap and not self._qualifies(local, region, gap):
            region.place, region.kind, region.country = before
            return False
        return True

    @staticmethod
    def _in_note_on(text: str, previous: Mention, mention: Mention) -> bool:
        """'Moscow (by Chicago and Santa Clara County)': a place in brackets after another is a note on
        it; not where a twinning noun opens the brackets ("Vancouver's five sister cities (Odesa,
        Yokohama, ...)": they list the partners)."""
        opened = text.rfind("(", previous.end, mention.start)
        return opened >= 0 and ")" not in text[opened:mention.start] and not mention.is_country \
            and not lx.TWINNING.search(text, previous.end, opened)

    def _namesake_in_region(self, mention: Mention, region: Place) -> None:
        """The namesake of a place that lies in ``region``, for this mention and every bare one of the
        article; nothing changes where the gazetteer knows none there."""
        namesake = next((p for p in self.gaz.lookup(mention.core) if p is not mention.place and p.qid
                         and p.country == region.country and LEVEL.get(p.kind) == "local"
                         and region.qid in self._ancestors(p)), None)
        if namesake is None:
            return
        mention.place, mention.kind, mention.confirmed = namesake, namesake.kind, True
        self._confirmed[fold(mention.core)] = (namesake, namesake.kind, namesake.country)

    def _first_level_division(self, place: Place) -> bool:
        """A division right under its country, whatever its kind (Colombia's departments are 'other')."""
        country = self.gaz.country(place.country) if place.parent_qid else None
        return country is not None and country.qid == place.parent_qid

    def _country_named_after(self, text: str, mention: Mention) -> str | None:
        """The code of the country named right after a mention and a comma ('Cundinamarca, Colombia')."""
        after = _COMMA_AFTER.match(text, mention.end)
        country = self.finder.country_at(text, after.end()) if after else None
        return country.country if country is not None else None

    def _move_to_country(self, mention: Mention, country: str | None, article_wide: bool = True) -> None:
        """'Kota Kochi, Jepang': the namesake in the country the text names, or an unknown place there;
        but a city of a million people or more with no namesake there stays itself ('Taipei,
        Tiongkok' is Taipei, wherever the writer puts it). ``article_wide``: every bare mention of the
        name is that place too."""
        if mention.place is not None and mention.place.country == lx.COUNTRY_NAME_ALSO_A_STATE_OF.get(country):
            return  # "Savannah, Georgia": the American state, where the town is American
        place = self.finder.resolve(mention.core, kind=mention.kind, country=country)
        if place is None or place.country != country:
            place = self.finder.resolve(mention.core, country=country)  # "Victoria, Australia": the state
        if (place is None or place.country != country) and country:
            # "Bharatpur, Nepal": a town of the GeoNames table there, where the gazetteer's is India's
            place = next(iter(self.gaz.towns(mention.core, country)), place)
        if (place is None or place.country != country) and country:
            # "Georgetown, Malaysia": George Town, the country's one place of the name written another way
            place = self.finder.respelt(mention.core, country) or place
        if (place is None or place.country != country) and mention.place is not None \
                and self.gaz.prominence(mention.place) >= MAJOR_CITY:
            return
        if place is not None and place.country == country:
            if mention.place is not None and mention.kind == mention.place.kind:
                mention.kind = place.kind
            mention.place = place
        else:
            mention.place = None
        mention.country = country
        mention.confirmed = True
        if article_wide:
            self._confirmed[fold(mention.core)] = (mention.place, mention.kind, country)

    def _respective_countries(self, text: str, place: Mention, country: Mention) -> bool:
        """'Jakarta dan Casablanca, Indonesia dan Maroko': two places, then their two countries in the
        same order; the first country does not locate the place right before it."""
        if not lx.JOINED_BEFORE.search(text, max(0, place.start - 12), place.start):
            return False
        follow = lx.JOINED_NEXT.match(text, country.end)
        return bool(follow) and self.gaz.country(follow.group(1)) is not None

    def _namesakes_lie_elsewhere(self, mention: Mention, region: Place) -> bool:
        """Whether the gazetteer places every namesake of the mention in the region's country outside the
        region (Lima, Ohio, is no Lima in Washington), knowing where each lies."""
        namesakes = [p for p in self.gaz.lookup(mention.core) if p.country == region.country and LEVEL.get(p.kind) == "local"]
        return bool(namesakes) and bool(region.qid) and all(
            p.parent_qid and region.qid not in self._ancestors(p) for p in namesakes)

    def _local_namesake_in(self, mention: Mention, country: str | None) -> bool:
        """Whether a town of the mention's name is known in ``country``, in the gazetteer or the towns' table."""
        return any(p.country == country and LEVEL.get(p.kind) == "local" for p in self.gaz.lookup(mention.core)) \
            or bool(self.gaz.towns(mention.core, country))

    def _namesake_in(self, mention: Mention, country: str | None) -> bool:
        """Whether "X di <country>" can name a namesake of X there ("Kota Kochi di Jepang"), not the
        place X being somewhere ("Wali Kota Surabaya di Turki" is the mayor abroad)."""
        return mention.country != "ID" and any(p.country == country for p in self.gaz.lookup(mention.core)) \
            or mention.country not in ("ID", country) and bool(self.gaz.towns(mention.core, country))

    def _bare_beside_placed_namesake(self) -> None:
        """'Christchurch has four twin towns: Aalen in Germany, ..., Christchurch in New Zealand and ...':
        an item of a place's own list of partners, written with its country, that bears the owner's name is
        its namesake abroad: the owner is another namesake of its kind (the news site's, where it has one),
        and so wherever the article writes it bare. Only one such item, in the list itself ('... a network
        that Christchurch in New Zealand values' is no item), with the list going on or ending after it."""
        for sentence, ms in zip(self.sentences, self.mentions):
            text = sentence.text
            names = [fold(m.core) for m in ms if not m.is_country]
            if len(names) == len(set(names)):
                continue  # (the common case: no name twice in the sentence)
            placed_after = {id(m): c for m in ms if not m.is_country for c in ms
                            if c.is_country and c.start > m.end and _COUNTRY_RIGHT_AFTER.fullmatch(text[m.end:c.start])}
            for placed in ms:
                country = placed_after.get(id(placed))
                if placed.is_country or placed.place is None or placed.confirmed or country is None \
                        or country.country != placed.country or not _LIST_GOES_ON.match(text, country.end) \
                        or sum(1 for m in ms if id(m) in placed_after and fold(m.core) == fold(placed.core)) > 1 \
                        or placed.country == self.home \
                        or self.home and not any(p.country == self.home for p in self.gaz.lookup(placed.core)) \
                        or sum(1 for p in self.gaz.lookup(placed.core) if p.country == placed.country
                               and LEVEL.get(p.kind) == LEVEL.get(placed.place.kind)) > 1:
                    continue  # (the owner may be the other namesake at home, Portland, Maine, and Oregon, or one
                    # the gazetteer lacks where the news is from: Kingston upon Thames on a Surrey site)
                owners = []
                for m in ms:
                    intro = (lx.HAS_TWINS_LISTED.match(text, m.end) or lx.OWNERS_TWINS_AFTER.match(text, m.end)) \
                        if m.end <= placed.start and fold(m.core) == fold(placed.core) else None
                    if intro and id(m) not in placed_after and not m.is_country and not m.confirmed \
                            and m.country == placed.country and lx.only_list_between(text[intro.end():placed.start]):
                        owners.append(m)
                for m in owners:
                    self._other_namesake(m, placed.country, same_level=True)
                    m.confirmed = m.country != placed.country
                if owners:
                    placed.confirmed = True
                    self._placed_aside.add(id(placed))  # (its country is not every bare mention's)

    def _namesakes_twinned_with_their_name(self) -> None:
        """'The City of Dublin holds Friendship City designations with Mashiko, Japan, and Dublin, Ireland':
        where a twinning sentence writes a name twice, once with a country after it and once without, the
        one with the country is that country's, and the bare one a namesake elsewhere (the one the article
        writes elsewhere: 'Dublin, Ohio'), as no place is twinned with itself."""
        for sentence, ms in zip(self.sentences, self.mentions):
            named: dict[str, list[Mention]] = {}
            for m in ms:
                if not m.is_country and m.place is not None:
                    named.setdefault(fold(m.core), []).append(m)
            if all(len(group) < 2 for group in named.values()) or not lx.TWINNING.search(sentence.text):
                continue  # (the cheap test first: a name written twice in the sentence)
            for same in (group for group in named.values() if len(group) >= 2):
                # (or by a region of its country: "Salisbury's sister city, Salisbury in North Carolina")
                placed = {id(m): country for m in same
                          if (country := self._country_named_after(sentence.text, m)
                              or (m.country if self._region_right_after(sentence.text, m) else None)) is not None}
                if len(placed) != 1 or len(same) != 2:
                    continue
                there = next(m for m in same if id(m) in placed)
                bare = next(m for m in same if id(m) not in placed)
                if there.country != placed[id(there)]:
                    moved = [p for p in self.gaz.lookup(there.core) if p.country == placed[id(there)]
                             and p.kind != "country" and LEVEL.get(p.kind) == LEVEL.get(there.kind or "")]
                    if not moved:
                        continue
                    there.read_as(moved[0])
                if bare.place is not there.place:
                    continue
                written = {(id(o.place), o.country): o for os in self.mentions for o in os if o.country
                           and fold(o.core) == fold(bare.core) and o.country != there.country and not o.is_country}
                if len(written) == 1:  # (a town the gazetteer lacks, too: 'Dublin, Ohio')
                    other = next(iter(written.values()))
                    bare.place, bare.kind, bare.country = other.place, other.kind, other.country
                elif not written and self.home is not None and self.home != there.country:
                    # or the namesake at the news site's home ("salisburyandavon.co.uk": Salisbury in England)
                    at_home = {p.qid: p for p in self.gaz.lookup(bare.core) if p.country == self.home and p.qid
                               and LEVEL.get(p.kind) == LEVEL.get(bare.kind or "")}
                    if len(at_home) == 1:
                        bare.read_as(next(iter(at_home.values())))

    def _towns_of_another_state(self) -> None:
        """'Dublin, Ohio' where the gazetteer's Dublins of the United States lie in Georgia and California,
        'Bethlehem, PA' where its first Bethlehem is South Africa's: a town written with its state is that
        state's, so a namesake elsewhere gives way to the namesake there, or to the town of the towns' table
        there, or else to a town the gazetteer lacks (its name and country, and no wrong item)."""
        for sentence, ms in zip(self.sentences, self.mentions):
            for at, m in enumerate(ms):
                if m.is_country or m.place is None or LEVEL.get(m.kind or "") != "local" \
                        or not (sentence.text.startswith(",", m.end) or sentence.text.startswith(" ", m.end)
                                and lx.STATE_CODE_GLUED.match(sentence.text, m.end)):
                    continue  # (a comma or a postal code right after the name, first: most names have neither)
                state = self._state_written_after(sentence.text, ms, at)
                if state is None or (m.country == state.country
                                     and self._place_in_state(m.place, state) is not False):
                    continue
                there = [p for p in self.gaz.lookup(m.core) if p.country == state.country
                         and LEVEL.get(p.kind) == "local" and self._place_in_state(p, state) is True]
                place = there[0] if there else self._town_near(m.core, state)
                m.place, m.country = place, state.country
                m.kind = place.kind if place is not None else m.kind
                m.confirmed = True

    def _state_written_after(self, text: str, mentions: list[Mention], at: int) -> Place | None:
        """The state or province written right after a town of the United States, Canada or Australia
        ('Dublin, Ohio', 'Bethlehem, PA', 'Culver City, Calif.'), if any; not in a list whose items go on
        after it ('Casablanca, Beijing, Arkansas, Berlin'), nor a city after a city ('Peshawar, New York
        declared sister cities'), nor a country that is also a state's name after its own town ('Kutaisi,
        Georgia')."""
        m = mentions[at]
        following = mentions[at + 1] if at + 1 < len(mentions) else None
        if following is not None and not lx.COMMA_GAP.fullmatch(text[m.end:following.start]):
            following = None
        if following is not None and not following.is_country and LEVEL.get(following.kind or "") == "local":
            return None
        written = lx.STATE_AFTER.match(text, m.end) or lx.STATE_CODE_AFTER.match(text, m.end) \
            or (lx.STATE_CODE_GLUED.match(text, m.end) if not m.surface.isupper() else None)
        end = following.end if following is not None else written.end() if written is not None else None
        if end is None or lx.LIST_ITEM_GAP_BEFORE.search(text, max(0, m.start - 3), m.start) \
                and lx.LIST_GOES_ON.match(text, end):
            return None
        if following is not None and following.place is not None and following.place.qid \
                and LEVEL.get(following.kind or "") == "region" and following.country in STATES_COUNTRIES:
            return following.place
        if written is None or m.country in lx.COUNTRY_NAME_ALSO_A_STATE_OF and m.country not in STATES_COUNTRIES:
            return None
        code = lx.STATE_ABBREVIATIONS.get(written.group("state"), written.group("state"))
        if code in lx.AUSTRALIAN_STATE_CODES and any(p.country == "AU" for p in self.gaz.lookup(m.core)):
            return None  # ("Perth, WA", "Darwin, NT": Western Australia and the Northern Territory)
        state = self._state_of_code(code)
        return state if state is not None and state.qid else None

    def _place_in_state(self, place: Place, state: Place) -> bool | None:
        """Whether a place lies in a state, by its parents where the gazetteer gives them, else near the
        state's centre; None where neither says (a point far away does not say no: the points of items
        some sources reconciled are not sure enough)."""
        for qid, above in self._parents(place):
            if qid == state.qid:
                return True
            if above is not None and above.kind in FIRST_LEVEL_KINDS and above.country == place.country:
                return False  # (in another state of the country)
        centre = self.gaz.centre(state)
        if centre is None or place.lat is None or place.lon is None:
            return None
        return True if distance_km(place.lat, place.lon, *centre) <= STATE_REACH_KM else None

    def _other_namesake(self, mention: Mention, not_in: str, same_level: bool = False) -> None:
        """The most prominent namesake outside a country (a country the article names first, or the
        news site's); with ``same_level``, only one of the mention's level (a town for a town)."""
        others = [p for p in self.gaz.lookup(mention.core) if p.country != not_in and p.kind != "country"
                  and (not same_level or mention.place is None or LEVEL.get(p.kind) == LEVEL.get(mention.place.kind))]
        named = [p for p in others if self.country_named(p.country)] or [p for p in others if p.country == self.home]
        place = (named or others or [None])[0]
        if place is not None:
            mention.read_as(place)

    def _address_chains(self, text: str, mentions: list[Mention]) -> dict[int, Mention]:
        """'Pemerintah Nanjing, Kota Zhangzhou, Provinsi Fujian': a city named with its unit word between
        a place and a region, itself in that region where the place before is not, is the address of a
        place of that name inside it (Nanjing County of Zhangzhou, not Nanjing of Jiangsu), not a party."""
        chained: dict[int, Mention] = {}  # id of the city that says where -> the place it locates
        for first, city, region in zip(mentions, mentions[1:], mentions[2:]):
            if city.qualified and LEVEL.get(city.kind or "") == "local" and not first.is_country \
                    and LEVEL.get(first.kind or "") == "local" and first.country == city.country == region.country \
                    and LEVEL.get(region.kind or "") == "region" \
                    and lx.COMMA_GAP.fullmatch(text[first.end:city.start]) \
                    and lx.COMMA_GAP.fullmatch(text[city.end:region.start]) \
                    and self._lies_in(city, region) and not self._lies_in(first, region):
                chained[id(city)] = first
        return chained

    @staticmethod
    def _addresses_abroad(text: str, mentions: list[Mention]) -> set[int]:
        """'Lagoa, St. Michael, Azores': a name of another country's place between a town and a region (or
        the country) of the town's own country, all joined by commas, is a part of the town's address (an
        island, a district), whatever namesake abroad the gazetteer holds; the ids of that part and of the
        region or country that ends the address."""
        parts: set[int] = set()
        for first, middle, last in zip(mentions, mentions[1:], mentions[2:]):
            if id(middle) in parts or middle.is_country:
                continue  # (an address's end begins no other)
            if not first.is_country and first.country is not None and LEVEL.get(first.kind or "") == "local" \
                    and middle.country != first.country and last.country == first.country \
                    and (last.is_country or LEVEL.get(last.kind or "") == "region") \
                    and lx.COMMA_GAP.fullmatch(text[first.end:middle.start]) \
                    and lx.COMMA_GAP.fullmatch(text[middle.end:last.start]):
                parts |= {id(middle), id(last)}
        return parts

    def _lies_in(self, inner: Mention, outer: Mention) -> bool:
        """Whether the gazetteer places ``inner`` within ``outer`` (a town in its state)."""
        if inner.place is None or outer.place is None or outer.is_country or not outer.place.qid:
            return False
        return any(qid == outer.place.qid for qid, _ in self._parents(inner.place))

    def _parents(self, place: Place):
        """The items above a place in the gazetteer, nearest first, four at the most: each QID, with its
        place where the gazetteer holds it."""
        parent = place.parent_qid
        for _ in range(4):
            if parent is None:
                return
            above = self.gaz.by_qid(parent)
            yield parent, above
            parent = above.parent_qid if above else None

    def _continues_list(self, text: str, mention: Mention) -> bool:
        """'Chongqing, Sichuan, dan Heilongjiang': a place followed by more places is a list item."""
        if mention.is_country or mention.place is None:
            return False
        between = lx.BETWEEN_NAME_COMMA_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        if between and any(p.country == mention.country for p in self.gaz.lookup(between.group("name"))):
            return False  # (only a region of the first name's country says where it lies)
        follow = lx.LIST_NEXT.match(text, mention.end)
        if not follow:
            return False
        if lx.SEMICOLON_LIST.search(text) and ";" not in follow.group(0):
            return False  # "Tacoma, Washington, United States; Vladivostok, ...": items end at a semicolon
        name = follow.group(1)
        if self.gaz.country(name) is not None or self.gaz.country(name.split()[0]) is not None:
            return False
        # "Edinburgh, Scotland and Otaru, Japan": the next item is a place with its country after it,
        # so this one is a place with where it lies, not a list of bare places
        after = lx.PLAIN_GAP_AFTER.match(text, lx.NAME_REST.match(text, follow.end()).end())
        if after and "," in after.group(0) and self.finder.country_at(text, after.end()) is not None:
            return False
        # "Pharr, Texas and San Pedro de las Colonias, Coahuila, Mexico": the next item is placed by a region of
        # another country, so this one is a place with its own region
        region = lx.NAME.match(text, after.end()) if after and "," in after.group(0) else None
        return not (region and any(LEVEL.get(p.kind) == "region" and p.country != mention.country
                                   for p in self.gaz.lookup(region.group(0))))

    @staticmethod
    def _qualifies(inner: Mention, outer: Mention, gap: str) -> bool:
        """Whether ``outer`` only says where ``inner`` lies (its country, its province)."""
        if outer.is_country:
            return inner.country in (None, outer.country)
        if outer.place is None:
            return LEVEL.get(outer.kind or "") == "region"
        if inner.place is not None and inner.place == outer.place:
            return not outer.qualified
        if inner.country not in (None, outer.country):
            return False
        if inner.kind in ("district", "county") and outer.kind == "city" and \
                (inner.place is None or inner.place.country == outer.country):
            return True  # "Eunpyeong-gu, Seoul"
        if outer.kind == "county" and inner.kind in ("city", "other") and inner.country == outer.country:
            return True  # "Ballina, County Mayo", "Lawrence, Douglas County": a county holds towns, never twins one
        if not (LEVEL.get(outer.kind or "") == "region" and LEVEL.get(inner.kind or "") == "local"):
            return False
        # "Fremantle di Australia Barat", "Mossel Bay, Western Cape": a division of the place's own
        # country, right after it, says where it lies (the gazetteer does not always know the parent)
        return True

    # -- sides ---------------------------------------------------------------------------------

    def country_of(self, mention: Mention, index: int) -> str:
        if mention.country:
            return mention.country
        remembered = self._countries_of_names.get(fold(mention.core))
        if remembered:
            return remembered
        written = self._country_written_after(mention.core) if mention.place is None else None
        if written:
            return written  # "Monterey Park-Nachikatsuura", after "officials of Nachikatsuura, Japan"
        if self._indonesian_side_of_a_foreign_place(mention, index):
            return "ID"  # "antara Kota Semarapura dan Kota Florence Italia": Italy is Florence's
        after = next((m for m in self.mentions[index] if m.start >= mention.end), None) if mention.place is None else None
        if after is not None and not after.is_country and after.place is not None and after.country \
                and LEVEL.get(after.kind or "") == "region" \
                and lx.REGION_AFTER_GAP.match(self.sentences[index].text[mention.end:after.start]):
            return after.country  # "Geoege Town (Pulau Penang)": the region after it says where, not a list's country
        named = [m.country for m in self.mentions[index] if m.is_country and m.country != "ID" and not m.qualifies]
        if named:
            return named[0]
        if mention.kind == "regency":
            return "ID"  # every Indonesian regency is in the gazetteer: an unknown one is foreign only by context
        if self.home and mention.place is None and not mention.qualified and any(
                m.place is not None and not m.is_country and m.country not in (None, self.home)
                for m in self.mentions[index]):
            # "Wareham has forged links with its twin French town of Conches-en-Ouche", in a British paper:
            # a town the gazetteer lacks, read as a partner of a known place abroad (mentions._unknown_partners,
            # not a name with a unit word: "City-to-city arrangements"), is the news site's own
            return self.home
        return self.foreign_countries[0] if self.foreign_countries else "ID"

    def _country_written_after(self, name: str) -> str | None:
        """The one country the article writes right after a name, anywhere ('Nachikatsuura, Japan', 'X in
        Japan'), also in sentences read only for qualified names; None where it writes none or several."""
        if name not in self._countries_written_after:
            after = re.compile(re.escape(name) + r"(?:\s*,\s*|\s+in\s+(?:the\s+)?)")
            countries = {country.country for sentence in self.sentences for match in after.finditer(sentence.text)
                         if (country := self.finder.country_at(sentence.text, match.end())) is not None
                         and country.kind == "country"}
            self._countries_written_after[name] = next(iter(countries)) if len(countries) == 1 else None
        return self._countries_written_after[name]

    def _indonesian_side_of_a_foreign_place(self, mention: Mention, index: int) -> bool:
        """'antara Kota Semarapura dan Kota Florence Italia': a name the gazetteer lacks, under an Indonesian
        unit word, set against a known foreign place by 'antara ... dan': the two sides of a pair, the
        unknown one at home (every Indonesian city and regency the gazetteer lacks is a town within one)."""
        if mention.place is not None or not lx.INDONESIAN_UNIT_SURFACE.match(mention.surface):
            return False
        text, mentions = self.sentences[index].text, self.mentions[index]
        if not lx.BETWEEN_RIGHT_BEFORE.search(text[max(0, mention.start - 10):mention.start]):
            return False
        after = next((m for m in mentions if m.start >= mention.end and not m.is_country), None)
        return after is not None and after.place is not None and after.country not in (None, "ID") \
            and bool(lx.BETWEEN_PAIR_GAP.match(text[mention.end:after.start]))

    def side(self, mention: Mention, index: int) -> Side:
        country = self.country_of(mention, index)
        place = mention.place
        kind = mention.kind or "other"
        if mention.is_country:
            return Side(None, None, mention.surface, "other", mention.country or "")
        if place is None or place.qid is None:  # a unit word of another country's making says the kind
            if country != "ID" and LEVEL.get(kind) == "region":
                kind = self.gaz.division_kind(country)
            elif country != "ID" and kind == "regency":
                kind = "county"
        name = mention.core if place is None else place.name
        if place is not None and place.name.startswith(mention.core + " ") and mention.core in place.aliases \
                and split_kind(fold(place.name))[1] is None and place.name != f"{mention.core} {mention.core}":
            # "Freiburg" for Freiburg im Breisgau, as the text writes it (not "Oryol" for Oryol Oblast: a unit's
            # name keeps its unit word; nor "Wagga" for Wagga Wagga, whose name is the word twice)
            name = mention.core
        elif place is not None and spa_town_short_form(place.name) == fold(mention.core):
            name = mention.core  # "Bad Homburg" for Bad Homburg vor der Höhe, as German and English write it
        elif place is not None and fold(mention.surface).endswith(" shire") and not fold(place.name).endswith("shire"):
            name = f"{place.name} Shire"  # "Sutherland Shire": an Australian shire is named with its unit word
        return Side(place, name, mention.surface, kind, country)

    def contains(self, outer: Side, inner: Side) -> bool:
        """Whether one side lies within the other (a city in its province): never a pair."""
        if outer.place is None or inner.place is None or not outer.place.qid:
            return False
        return outer.place.qid in self._ancestors(inner.place)

    def _ancestors(self, place: Place) -> list[str]:
        """The items a place lies in, nearest first (four levels at most: a city, its regency, province, country)."""
        return [qid for qid, _ in self._parents(place)]
