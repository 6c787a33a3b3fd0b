"""Candidate pairs of an article and the features a model decides them by.

Rules here aim at recall: every two parties of a sentence that speaks of twinning, cooperation or a
signed document are a candidate, and so is a party of such a sentence with the article's main place
of the other side (the sentence "signed an MoU with Kawasaki" in an article about Pekanbaru), and a
country named as a partner. Whether a candidate is a twinning is not decided here: each one carries
the features (cue words near it, the words between its two names, where it stands in the article,
how its places are written) that ``model.py`` weighs, with weights learned from annotated articles.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .mentions import LEVEL, Mention
from .places import ArticlePlaces, Side, follows_on, gap_between_items
from .stages import stage_of
from .text import Sentence


@dataclass
class Occurrence:
    """One place in the text that speaks of a pair: both names in a sentence ('together'), one
    name with the other side implied ('implied'), or a country named as the partner ('country')."""

    how: str
    index: int                      # sentence index
    first: Mention | None           # None where the side is implied
    second: Mention
    features: dict[str, float]
    listed: tuple | None = None     # (sentence, list, other side) where a list names this side among others
    set_aside: bool = False         # "Aside from A, B's sister cities include ...": the sentence's news is B's others


@dataclass
class Candidate:
    a: Side
    b: Side
    occurrences: list[Occurrence] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)

    @property
    def key(self) -> frozenset:
        return frozenset([self.a.key, self.b.key])

    @property
    def indices(self) -> list[int]:
        return sorted({o.index for o in self.occurrences})


class SentenceCues:
    """The cue words of one sentence, found once."""

    def __init__(self, sentence: Sentence, pointed_from: Sentence | None = None) -> None:
        # "A menyambut delegasi dari B. Kunjungan itu untuk menjajaki sister city antara kedua daerah":
        # the sentence that points back without naming a place lends its words to the one it points to
        text = self.text = sentence.text if pointed_from is None else f"{sentence.text} {pointed_from.text}"
        # (not a twinning denied: "kerja sama bukan dalam bentuk kota kembar tetapi partnership city")
        self.twinning = any(not lx.BUSINESS_NAMED.match(text, m.end())
                            and not lx.denied(text, m) and not lx.not_asserted(text, m)
                            for m in lx.TWINNING.finditer(text))
        self.document = bool(lx.DOCUMENT.search(text))
        self.weak = bool(lx.WEAK.search(text))
        self.partners = bool(lx.PARTNERS.search(text))

    @functools.cached_property
    def anaphor(self) -> bool:
        return bool(lx.ANAPHOR.search(self.text) or lx.BOTH.search(self.text) or lx.POINTER.search(self.text))

    @functools.cached_property
    def signing(self) -> bool:
        return bool(lx.SIGNING.search(self.text))

    @functools.cached_property
    def background(self) -> bool:
        return bool(lx.BACKGROUND.search(self.text))

    @functools.cached_property
    def list_words(self) -> bool:
        return bool(lx.LIST_IN_PASSING.search(self.text))

    @functools.cached_property
    def stage(self) -> str | None:
        """The stage the sentence speaks of, read only for the sentences a decision looks at."""
        return stage_of(self.text)

    @functools.cached_property
    def fields(self) -> frozenset[str]:
        """The fields of cooperation the sentence names."""
        if not lx.ANY_FIELD.search(self.text):
            return frozenset()
        return frozenset(name for name, pattern in lx.FIELD_PATTERNS if pattern.search(self.text))

    @property
    def relevant(self) -> bool:
        return self.twinning or self.document or self.weak or self.partners


MANY_PARTIES = 40  # more places than any real sentence names
MANY_GUESTS = 6  # a meeting's guests, listed: more places than the partners whose mayors write together


def _opening_venue(text: str, parties: list[Mention]) -> Mention | None:
    """'Meeting in Kuala Lumpur on Monday, Medan and George Town agreed to ...': the place an opening
    phrase puts the event in, before two sides joined by 'and' (and no list going on after them); it is
    no side, nor the first item of a list."""
    if len(parties) < 3:
        return None
    venue, first, second = parties[:3]
    if venue.venue and not (first.is_country or second.is_country) \
            and lx.OPENING_VENUE_GAP.match(text[venue.end:first.start]) \
            and lx.SIDES_JOINED_GAP.match(text[first.end:second.start]) and not lx.LIST_GOES_ON.match(text, second.end):
        return venue
    return None


def _subject_clauses(text: str, parties: list[Mention]) -> dict[int, int]:
    """'Limassol is twinned with Nanjing, Guangzhou and Weinan; Larnaca with Ningbo and Yichang; Nicosia
    with ...': where semicolons part a sentence into two or more clauses that each open with a place and
    its "with", the clause of each place (by id of the mention); empty where the sentence is not so."""
    bounds = [0, *(m.end() for m in re.finditer(";", text)), len(text) + 1]
    clause_of: dict[int, int] = {}
    for n, (start, end) in enumerate(zip(bounds, bounds[1:])):
        inside = [m for m in parties if start <= m.start < end]
        if not inside:
            continue
        if len(inside) == 1 and n and lx.TWINNED_WITH_RIGHT_BEFORE.search(text, max(start, inside[0].start - 50),
                                                                       inside[0].start):
            clause_of[id(inside[0])] = n  # "...; Keswick, which is twinned with Bad Honnef": a subject not read
            continue
        if len(inside) < 2 or not lx.CLAUSE_SUBJECT_LEAD.fullmatch(text[start:inside[0].start]) \
                or not lx.WITH_IN_CLAUSE.search(text, inside[0].end, inside[1].start):
            return {}
        clause_of.update((id(m), n) for m in inside)
    return clause_of if len(set(clause_of.values())) >= 2 else {}


def _explicit(candidate: "Candidate") -> bool:
    """Joined by the words between them ('Padang-Hildesheim', 'antara A dan B') in a twinning sentence."""
    return any(o.features.get("s_twinning") and (o.features.get("gap_hyphen") or o.features.get("gap_between"))
               for o in candidate.occurrences if o.how == "together")


COUNT_CAP = 20
"""Counts feed the model as log(1 + n), and past this they say nothing more: the annotated news rarely
goes beyond it, and a page repeating a pair thousands of times must not push the model where it was
never trained."""


def _count(n: float) -> float:
    return math.log1p(min(n, COUNT_CAP))


def _bucket(prefix: str, value: float, edges: tuple[float, ...]) -> dict[str, float]:
    """One-hot of the first edge ``value`` does not exceed: ``gap<=5``, ``gap<=30``, ``gap>80``."""
    for edge in edges:
        if value <= edge:
            return {f"{prefix}<={edge:g}": 1.0}
    return {f"{prefix}>{edges[-1]:g}": 1.0}


def partners_named_by_title(text: str, parties: list[Mention], owner: Mention) -> list[Mention]:
    """The places named right after the owner as partners it has, alone or as a list ("one of Wichita's
    sister cities, Orleans", "Falkirk's 'twin towns' of Creteil and Odenwald", "Denton's Sister City of
    Kumagaya", where the partner's mention may take in "City of"); none after a title still to come ("to
    become Denton's sister city") or an owner named beside the story's places ("Lille and Brno, two of
    Leeds' twin cities")."""
    title = lx.PARTNER_BY_TITLE_GAP.match(text, owner.end)
    if title is None or lx.TITLE_TO_COME_BEFORE.search(text, max(0, owner.start - 20), owner.start):
        return []
    named, at = [], None
    for item in sorted((m for m in parties if m.start >= owner.end and not m.is_country), key=lambda m: m.start):
        if at is None:
            if not item.start <= title.end() <= item.end and item.start != title.end():
                break  # the title is not followed by a place
        elif not lx.LIST_GAP.match(text[at:item.start]) and not lx.QUALIFIED_ITEM_GAP.match(text[at:item.start]):
            break  # the list of partners after the title ends
        named.append(item)
        at = item.end
    return named


def partners(pairs) -> dict[int, Mention]:
    """Each place of each pair keyed (by id of its mention) to the other: the partner map the readers
    of pairs below return."""
    return {id(m): other for first, second in pairs for m, other in ((first, second), (second, first))}


class CandidateFinder:
    """Builds the candidates of one article from its settled places."""

    def __init__(self, places: ArticlePlaces) -> None:
        self.places = places
        self.sentences = places.sentences
        self.cues = [SentenceCues(s, self._pointing_back(index)) for index, s in enumerate(self.sentences)]
        self.article_twinning = sum(c.twinning for c in self.cues)
        self.counts: dict[tuple, int] = {}
        self.first_seen: dict[tuple, int] = {}
        self.in_title: set[tuple] = set()
        self.qualified: set[tuple] = set()
        self.sides: dict[int, Side] = {}
        self._by_key: dict[tuple, Side] = {}
        self._lists: dict[int, list[list[Mention]]] = {}
        self._owners_after: dict[int, dict[int, Mention]] = {}
        self._clauses: dict[int, dict[int, int]] = {}
        self._sentence_features: dict[int, dict[str, float]] = {}
        self._mention_features: dict[int, dict[str, float]] = {}
        # each sentence's opening venue, once: no side, no list item, no count of the article's places
        self._opening_venues = [_opening_venue(s.text, [m for m in parties if not m.organisation])
                                for s, parties in zip(self.sentences, places.parties)]
        for index, parties in enumerate(places.parties):
            for m in parties:
                if m.organisation or m is self._opening_venues[index]:
                    continue  # "Kyoto University" speaks of the university, not of Kyoto (nor "At a forum in
                    #           NYC, Jakarta and Rotterdam signed ..." of New York)
                side = self.side(m, index)
                self.counts[side.key] = self.counts.get(side.key, 0) + 1
                self.first_seen.setdefault(side.key, index)
                if self.sentences[index].is_title:
                    self.in_title.add(side.key)
                if m.qualified:
                    self.qualified.add(side.key)
        # the article's home is the country of the place it speaks of most (its title counts twice);
        # an Indonesian place wins a tie, as the news read here is mostly about Indonesian places
        sought = self._sought_in_title()
        salience = {key: self.counts[key] + 2 * (key in self.in_title and key not in sought) for key in self.counts}
        top = max(salience, key=lambda k: (k not in sought, salience[k], self._by_key[k].country == "ID",
                                           -self.first_seen[k]), default=None)
        self.home_country = self._by_key[top].country if top is not None else "ID"
        by_country: dict[str, int] = {}
        listed = self._listed_across_countries()
        for key, weight in salience.items():
            if key not in listed:
                by_country[self._by_key[key].country] = by_country.get(self._by_key[key].country, 0) + weight
        if top is not None and by_country and by_country.get(self.home_country, 0) * 2 < max(by_country.values()) \
                and max(by_country.values()) >= 2:  # (one mention is no country's weight: "sister city ties only
            #                                         with Lomé in Togo", the place spoken of most being listed)
            # "Paris, Hamburg and Madrid became Kyiv's new sister cities; Chernivtsi has got three new
            # sister cities ...": the country most of the places named belong to, twice the other's
            self.home_country = max(by_country, key=lambda c: (by_country[c], c == "ID"))
        owning = {self._by_key[key].country for key in self._owners_by_title()}
        if len(owning) == 1:
            # "a summer exchange with Arlington's Sister City of Aachen ... the Aachen partners ... Aachen
            # students": the article speaks from the side of the place it names as the partner's owner,
            # however often it names the partner
            self.home_country = owning.pop()
        if places.home in by_country:
            # local news speaks from its own country: a Dubbo council page naming Cheongju more often than
            # Dubbo is still at home in Australia
            self.home_country = places.home
        # "The cities of Davao and Zamboanga signed a sisterhood agreement": where no place abroad is
        # named, two places of the home country in a twinning sentence are not co-subjects of one side
        # but the two partners
        self.domestic_only = all(side.country == self.home_country for side in self._by_key.values())
        self.joined_at_home: set[frozenset] = set()
        self.joined_abroad: set[frozenset] = set()  # of those, two places abroad: each the other's partner
        for index, parties in enumerate(places.parties):
            cues = self.cues[index]
            if len(parties) < 2 or not cues.twinning:
                continue
            own = [m for m in parties if not m.organisation]
            # "Valenzuela City and Koronadal City signed ... in Koronadal": the venue is a side named again
            own = [m for m in own if not (m.venue and any(o is not m and not o.venue and self.side(o, index).key
                                                          == self.side(m, index).key for o in own))]
            if self.domestic_only:
                if not lx.ABROAD.search(self.sentences[index].text):
                    self.joined_at_home |= self._joined_at_home(index, own)
            elif len(own) == 2 and all(self.side(m, index).country == self.home_country for m in own) \
                    and (cues.signing or cues.document) and not lx.ABROAD.search(self.sentences[index].text):
                # "Angeles City signed a memorandum with the City of Davao ... a sisterhood pact", in an
                # article that also lists Davao's partners abroad: two places at home, one signing with
                # the other, in a sentence that names nothing else; or the two joined by 'and' before the
                # twinning words ("Valenzuela City and Koronadal City signed a sisterhood agreement")
                text = self.sentences[index].text
                # (who sign together, with no country named: "Bloomington and Normal already have sister-city
                # partnerships in England, Russia and Japan" are co-subjects)
                subjects = cues.signing and lx.JOINED_PAIR_GAP.match(text[own[0].end:own[1].start]) is not None \
                    and lx.TWINNING.search(text, own[1].end) is not None \
                    and not any(m.is_country for m in places.mentions[index])
                self.joined_at_home |= self._joined_at_home(index, own, strict=not subjects)
            elif len(own) == 2 and not any(self.home(self.side(m, index)) for m in own) \
                    and len({self.side(m, index).country for m in own}) == 2 \
                    and lx.TWINNING.search(self.sentences[index].text, own[0].end, own[1].start):
                # "Dusseldorf ended its twinning with Moscow" on a Ukrainian site: two places abroad, one
                # twinning with the other, are partners, not two partners of the home place
                joined = self._joined_at_home(index, own, strict=True)
                self.joined_at_home |= joined
                self.joined_abroad |= joined
        self.top = {group: self._top(group) for group in (True, False)}
        self._possessives: set[int] = set()
        self._read_possessive_owners()

    def _owners_by_title(self) -> set[tuple]:
        """Places named as the owners of the partner named right after ("Arlington's Sister City of
        Aachen"): the article speaks from the owner's side, however often it names the partner."""
        owners = set()
        for index, parties in enumerate(self.places.parties):
            text = self.sentences[index].text
            for m in parties:
                if not m.organisation and not m.is_country and partners_named_by_title(text, parties, m):
                    owners.add(self.side(m, index).key)
        return owners

    def _listed_across_countries(self) -> set[tuple]:
        """Places named in a list whose items are of three countries or more ('Eugene (USA), Matsumoto
        (Japan), Xi'an (China), Lhasa (China) ...'): partners abroad of some place, whatever their
        number, so they say nothing of which country the article is at home in."""
        listed: set[tuple] = set()
        for index in range(len(self.sentences)):
            for run in self.lists(index):
                sides = [self.side(m, index) for m in run]
                if len({side.country for side in sides}) >= 3:
                    listed |= {side.key for side in sides}
        return listed

    def _joined_at_home(self, index: int, parties: list[Mention], strict: bool = False) -> set[frozenset]:
        """Pairs of a twinning sentence that the words join as partners: 'A dengan B', 'A with B', or
        'A dan B' / 'between A and B' where the sentence signs something ('The cities of Davao and
        Zamboanga signed a sisterhood agreement'); 'A dan B membahas program sister city' joins nothing."""
        text, cues = self.sentences[index].text, self.cues[index]
        joined = set()
        for i, first in enumerate(parties):
            # "Malang menandatangani MoU dengan Pematang Siantar dan Surakarta": the places after 'dengan'
            # are a list of the partners of the place before it, not a pair
            after_with = any(lx.JOINING_WITH.search(text[earlier.end:first.start]) for earlier in parties[:i])
            for second in parties[i + 1:]:
                gap = text[first.end:second.start]
                # "between A and B", "the twinning of A and B", "A and B twinning": the two are the pair
                between = lx.BETWEEN.search(text[max(0, first.start - 40):first.start]) \
                    or lx.TWINNING_OF_BEFORE.search(text[max(0, first.start - 40):first.start]) \
                    or lx.TWINNING_WORD_AFTER.match(text, second.end)
                if lx.CLAUSE_BREAK.search(gap):
                    continue  # "Untuk Kota Surakarta, ...; sedangkan dengan Kota Pematang Siantar, ...": two clauses
                if lx.WITH_RIGHT_BEFORE.search(gap) or not strict and not after_with \
                        and (cues.signing or cues.document or between) and lx.JOINING_AND.search(gap):
                    joined.add(frozenset((self.side(first, index).key, self.side(second, index).key)))
        return joined

    def _read_possessive_owners(self) -> None:
        """'Tacoma signed ... Its other sister cities are Kitakyushu, Vladivostok and Taichung': in a
        sentence that names no place of the article's own side, and none before it, 'its' (or 'the
        city's') before a twinning noun stands for the article's main place, a party there; or for
        the place the sentence before opens with (``_subject_before``), even where the sentence
        names places of the home country (that place's domestic partners)."""
        main = self._top_side(True)
        owners: dict[int, Side] = {}  # sentence index -> the place its possessive stood for
        for index, sentence in enumerate(self.sentences):
            parties = self.places.parties[index]
            # ("Richmond will be Xiamen's first Canadian sister city, ... Its other sister cities are ...": the
            # owner of the partners the sentence before counts)
            owner = self.owner_of_the_others(index) or self._subject_before(index, owners) or main
            subject = lx.DEMONYM_SUBJECT.match(sentence.text)
            if subject is not None and owner is not None and owner.country != lx.DEMONYMS[subject.group("demonym").lower()]:
                continue  # "The northeastern French city invited its twin city": not the Polish main place's
            if owner is None or owner.place is None:
                continue
            another_subject = main is not None and owner.key != main.key \
                and not any(self.side(m, index).key == owner.key for m in parties)
            if not another_subject and any(self.home(self.side(m, index)) for m in parties if not m.organisation):
                continue
            for match in lx.POSSESSIVE_OWNER.finditer(sentence.text):
                start, end = match.span(next(g for g in ("pronoun", "subject", "others") if match.group(g)))
                if any(m.end <= start for m in parties) and not lx.AS_ITS_BEFORE.search(sentence.text, 0, start):
                    break  # "Bandung has monuments that symbolize its sister city cooperation": its, Bandung's
                # "the City Council adopted Kanifing, Gambia, as its ninth sister city": the subject's, not Kanifing's
                mention = Mention(match.group(0)[:end - match.start()], owner.name, start, end, owner.place, owner.kind,
                                  owner.country)
                self.sides[id(mention)] = owner
                self._possessives.add(id(mention))
                parties.append(mention)
                owners[index] = owner
            parties.sort(key=lambda m: m.start)

    def _subject_before(self, index: int, owners: dict[int, Side]) -> Side | None:
        """'Davao has friendship city agreements with Uijeongbu and Incheon. The city's 11 domestic
        sister cities are ...': 'its' and 'the city's' stand for the subject of the sentence before,
        when that sentence opens with a place and speaks of twinning (or itself had such an owner)."""
        previous = index - 1
        if previous < 0 or self.sentences[previous].is_title:
            return None
        if previous in owners:
            return owners[previous]
        if not self.cues[previous].twinning:
            return None
        text = self.sentences[previous].text
        # ("The City of Farmers Branch maintains ...": an article before the unit word still opens with it)
        opening = [m for m in self.places.parties[previous] if text[:m.start].strip() in ("", "The", "the")]
        if not opening or opening[0].organisation or opening[0].is_country or opening[0].place is None:
            return None
        return self.side(opening[0], previous)

    def _pointing_back(self, index: int) -> Sentence | None:
        """For a sentence that says nothing of a tie ('A menyambut delegasi dari B'), the next one of
        its paragraph when that names no place, points back ('kedua daerah', 'kunjungan itu', 'kerja
        sama itu') and speaks of twinning or of a document signed."""
        following = index + 1
        if following >= len(self.sentences) or self.places.parties[following] \
                or self.sentences[following].paragraph != self.sentences[index].paragraph:
            return None
        if lx.TWINNING.search(self.sentences[index].text):
            return None  # a sentence that speaks of twinning itself is read on its own words
        text = self.sentences[following].text
        if not (lx.BOTH.search(text) or lx.POINTER.search(text) or lx.THAT_COOPERATION.search(text)) \
                or not (lx.DOCUMENT.search(text)
                        or any(not lx.BUSINESS_NAMED.match(text, m.end()) for m in lx.TWINNING.finditer(text))):
            return None
        return self.sentences[following]

    def lists(self, index: int) -> list[list[Mention]]:
        """Runs of parties written as a list ('Jeddah, Seoul, Islamabad ... hingga Budapest',
        'Beihai and Zhuhai in China, Dubai in UAE'): consecutive parties whose gap, once the
        countries and brackets that qualify them are set aside, is a comma or an 'and'."""
        if index in self._lists:
            return self._lists[index]
        text = self.sentences[index].text
        parties = [m for m in self.places.parties[index] if not m.organisation]
        qualifiers = self._qualifiers(index)
        runs: list[list[Mention]] = []
        semicolons = lx.SEMICOLON_LIST.search(text) is not None
        opening_venue = self._opening_venues[index]
        clause_of = self.subject_clauses(index)
        for first, second in zip(parties, parties[1:]):
            gap = gap_between_items(text, first, second, qualifiers)
            if first is opening_venue:
                continue  # "Di sela pertemuan di KL, Pemkot Padang dan Kota Ipoh ...": where, not an item
            if clause_of and clause_of[id(first)] != clause_of[id(second)]:
                continue  # "...; and Sedbergh, which is twinned with ...": the next clause's subject, no item
            if self._ends_aside(text, runs, first, gap):
                continue  # "Aside from Xiamen, Cebu City's sister cities include ...": the subject is no item
            if "," in gap and lx.OFFICE_HOLDER_AFTER.match(text, second.end):
                continue  # "... and Kosice (Slovakia) in 2018, Vitebsk Mayor Viktor Nikolaikin said": who speaks
            if lx.LIST_ITEM_GAP.fullmatch(gap) or lx.LIST_WITH_UNKNOWN_ITEMS.fullmatch(gap) \
                    or semicolons and lx.SEMICOLON_ITEM_REST.fullmatch(gap):
                if runs and runs[-1][-1] is first:
                    runs[-1].append(second)
                else:
                    runs.append([first, second])
        self._lists[index] = runs
        return runs

    def subject_clauses(self, index: int) -> dict[int, int]:
        """The sentence's clauses that each open with their own place (``_subject_clauses``), found once a
        sentence: the lists, the pairs and the dates ask."""
        if index not in self._clauses:
            text = self.sentences[index].text
            self._clauses[index] = _subject_clauses(text, [m for m in self.places.parties[index] if not m.organisation]) \
                if ";" in text else {}
        return self._clauses[index]

    def clause_of(self, index: int, mention: Mention) -> tuple[int, int] | None:
        """Where the clause holding ``mention`` starts and ends, in a sentence of clauses that each open
        with their own place and its "with" ('Ulverston, which is twinned with Albert; Sedbergh, which has
        been twinned with Zreče since 2005'); None in any other sentence."""
        if id(mention) not in self.subject_clauses(index):
            return None
        text = self.sentences[index].text
        start = text.rfind(";", 0, mention.start) + 1
        end = text.find(";", mention.end)
        return start, len(text) if end < 0 else end

    @staticmethod
    def _before_the_latter(text: str, runs: list[list[Mention]]) -> set[int]:
        """'the Mayors of Lusaka, Copenhagen, Cincinnati, and Cologne ... discussions with the latter two to
        explore twinning': the items of a list before the ones 'the latter' picks out (by id of mention)."""
        apart: set[int] = set()
        for run in runs:
            latter = lx.THE_LATTER.search(text, run[-1].end)
            if latter is None:
                continue
            count = lx.NUMBER_WORDS_SMALL.get((latter.group("count") or latter.group("last") or latter.group("id")
                                               or "one").lower(), 1)
            if count < len(run):
                apart |= {id(m) for m in run[:-count]}
        return apart

    def _qualifiers(self, index: int) -> list[Mention]:
        """The countries and the places that only locate another ('Yantai, China'), which a gap between two
        items of a list sets aside."""
        return [m for m in self.places.mentions[index] if m.is_country or m.qualifies]

    @staticmethod
    def _ends_aside(text: str, runs: list[list[Mention]], first: Mention, gap: str) -> bool:
        """A bare comma after the place (or the list closed by 'and') an opening 'Aside from', 'Besides'
        or 'Selain' sets aside: it ends that phrase, and the place after it is the clause's subject."""
        if gap.strip() != ",":
            return False
        run = runs[-1] if runs and runs[-1][-1] is first else [first]
        if len(run) > 1 and not lx.LIST_END.search(text[run[-2].end:first.start]):
            return False  # "Besides Xiamen, Kaohsiung, Seattle and ...": the phrase's own list goes on
        return bool(lx.ASIDE_FROM_LEAD.search(text[:run[0].start]))

    def side(self, mention: Mention, index: int) -> Side:
        if id(mention) not in self.sides:
            side = self.sides[id(mention)] = self.places.side(mention, index)
            self._by_key.setdefault(side.key, side)
        return self.sides[id(mention)]

    def home(self, side: Side) -> bool:
        return side.country == self.home_country

    def _sought_in_title(self) -> set[tuple]:
        """'Sister City relationships sought with Puebla, Santiago de los Caballeros': places a title names
        only after 'with', no place before it, are the partners sought, which do not make the article's home."""
        sought: set[tuple] = set()
        for index, sentence in enumerate(self.sentences):
            if not sentence.is_title:
                continue
            parties = [m for m in self.places.parties[index] if not m.organisation and not m.is_country]
            if parties and lx.WITH_BEFORE.search(sentence.text, max(0, parties[0].start - 40), parties[0].start):
                sought |= {self.side(m, index).key for m in parties}
        return sought

    def _top(self, home: bool) -> tuple | None:
        """The most named place of one side of the article (home or abroad), first named on a tie."""
        keys = [k for k in self.counts if self._key_home(k) == home]
        if not keys:
            return None
        return max(keys, key=lambda k: (self._weight(k), -self.first_seen[k]))

    def _weight(self, key: tuple) -> int:
        """How much the article names a place: its mentions, the title counting twice."""
        return self.counts[key] + 2 * (key in self.in_title)

    def _top_tied(self, home: bool) -> bool:
        """Whether three places or more of one side share the top's weight: no one of them is the
        article's partner."""
        top = self.top[home]
        return top is not None and sum(self._weight(k) == self._weight(top)
                                       for k in self.counts if self._key_home(k) == home) >= 3

    def _key_home(self, key: tuple) -> bool:
        side = self._by_key.get(key)
        return side is not None and self.home(side)

    def _top_side(self, home: bool) -> Side | None:
        key = self.top[home]
        return self._by_key.get(key) if key else None

    # -- generation ----------------------------------------------------------------------------

    def find(self) -> list[Candidate]:
        if not self.article_twinning:
            return []  # an article that never speaks of twinning reports none ("kerja sama", "MoU")
        if not any(c.twinning and not (lx.GENERAL_ADVICE.search(s.text) and not self._names_a_place(i))
                   for i, (s, c) in enumerate(zip(self.sentences, self.cues))):
            # "Kyiv signed an agreement on cooperation with Wrocław ... municipalities can enter into twinning
            # agreements": twinning spoken of only in general, never of a place, reports none either
            return []
        found: dict[frozenset, Candidate] = {}
        stated = self._stated_partners()
        for index, sentence in enumerate(self.sentences):
            cues = self.cues[index]
            listing = index in self.places.long_lists  # (a list of a twinning article's, with no cue of its own)
            headed = sentence.heading and self.headings_owner is not None  # ("Osaka, Japan": a section's place)
            if not (cues.relevant or sentence.is_title or cues.anaphor or self._continues(index) or listing or headed):
                continue
            text = sentence.text
            parties = [m for m in self.places.parties[index] if not m.organisation]
            runs = self.lists(index)
            run_of = {id(m): n for n, run in enumerate(runs) for m in run}
            closed = {n for n, run in enumerate(runs) if lx.LIST_END.search(text[run[-2].end:run[-1].start])}
            owned_after = self._owners_after_lists(index)
            semicolon_list = lx.SEMICOLON_LIST.search(text) is not None  # "with: A, China; B, Philippines; C"
            homes = [self.home(self.side(m, index)) for m in parties] if len(parties) >= 4 else []
            clause_of = self.subject_clauses(index)  # (items that are clauses with their own subject, not pairs)
            opening = lx.OPENING_CONTRAST.match(text)
            if opening is not None and not lx.TWINNING.search(text, 0, opening.end()):
                opening = None  # "While visiting Shanghai, the mayor of Gothenburg signed ...": one event
            # pairs a list of pairs or two lists in order make are judged alike
            if clause_of:
                by_item = {}
            elif semicolon_list:
                by_item = self._pairs_by_item(index, parties)
            else:
                by_item = self._pairs_joined(index, parties)
            by_item |= self._respective(index, runs)
            partner_in_list = self._between_pair(index, parties) | self._pairs_listed(text, parties) \
                | self._alternating_pairs(index, parties, homes) | by_item
            other_document = {id(m) for previous, m in zip(parties, parties[1:])
                              if lx.OTHER_DOCUMENT_CLAUSE.search(text[previous.end:m.start])}
            paired: set[frozenset] = set()
            opening_venue = self._opening_venues[index]
            mixed = len({self.side(m, index).country for m in parties}) > 1
            # a sentence of several pairs (not a list of one place's partners set apart by semicolons)
            many_pairs = homes.count(True) >= 2 and homes.count(False) >= 2 and not semicolon_list
            if len(parties) > MANY_PARTIES:  # a place named again and again: its first mention speaks for it
                parties = list({self.side(m, index).key: m for m in reversed(parties)}.values())[::-1]
            owners_list_from, list_owner = self._owners_list(text, parties)
            # places named as the owners of twins ("Ballymena's sister city of", "the 22nd twin city of Manila
            # including"), asked once a sentence rather than for every pair they stand between
            owners = {id(m) for m in parties if not m.is_country
                      and (lx.OWNERS_TWINS_AFTER.match(text, m.end) or lx.OWNERS_TWINNING_WITH_AFTER.match(text, m.end)
                           or self._list_after_owner(text, m))}
            three_way = self._three_way(index, runs)
            set_apart = self._before_the_latter(text, runs)
            visited = self._places_listed_before_a_possessed_twin(text, runs, parties)
            after_with = {id(m) for m in parties if lx.WITH_RIGHT_BEFORE.search(text, max(0, m.start - 30), m.start)}
            guests = self._guests(text, runs)
            for i, first in enumerate(parties):
                for j, second in enumerate(parties[i + 1:], i + 1):
                    if run_of.get(id(first)) in guests or run_of.get(id(second)) in guests:
                        continue  # "hosted a summit that brought together the mayors of Madrid, Luanda, ...": guests
                    if id(first) in run_of and run_of.get(id(second)) == run_of[id(first)] \
                            and run_of[id(first)] not in three_way \
                            and partner_in_list.get(id(first)) is not second \
                            and (j > i + 1 or self._list_of_others(text, runs[run_of[id(first)]])):
                        continue  # two items of one list far apart, or of a list of partners: never a pair
                    if run_of.get(id(second)) in visited and first.end <= runs[run_of[id(second)]][0].start:
                        continue  # "will visit Tokyo, Osaka, Kobe and its sister city Kyoto": Kyoto alone is its twin
                    if clause_of and clause_of.get(id(first)) != clause_of.get(id(second)):
                        continue  # "Limassol is twinned with Nanjing ...; Larnaca with Ningbo": each clause its subject's
                    if ";" in text[first.end:second.start] \
                            and lx.TWINNED_WITH_RIGHT_BEFORE.search(text, max(0, first.start - 50), first.start):
                        continue  # "Keswick, which is twinned with Bad Honnef; Cockermouth, ...": Keswick's partner alone
                    if partner_in_list.get(id(first), second) is not second \
                            or partner_in_list.get(id(second), first) is not first:
                        continue  # "A dengan B dan C dengan D": A's partner is B, not C or D
                    if id(second) in other_document and j > i + 1:
                        continue  # "..., as well as a cooperative agreement with Horsens"
                    set_aside = i + 1 < len(parties) \
                        and self._ends_aside(text, [], first, text[first.end:parties[i + 1].start])
                    if set_aside and j > i + 1:
                        continue  # "Selain Kitakyushu, Surabaya juga ... dengan Busan": the subject's, not Busan's
                    if owners and any(id(m) in owners for m in parties[i + 1:j]):
                        continue  # "Larne's link with Clover, alongside Ballymena's sister city of Moorehead": Ballymena's
                    if j > i + 1 and lx.RELATIVE_TWINNED_GAP.match(text[parties[j - 1].end:second.start]):
                        continue  # "visit Shanghai and Xi'an, a city that is twinned with Quebec City": Xi'an's alone
                    if id(second) in run_of and (joins := lx.JOINS_LIST_AFTER.match(text, first.end)) \
                            and runs[run_of[id(second)]][0].start == joins.end():
                        continue  # "Kranj will join Fujiyoshida, Japan; Kaohsiung, Taiwan; ...": one more partner
                    if id(second) in run_of and lx.ALONG_WITH_BEFORE.search(text, max(0, first.start - 20), first.start) \
                            and lx.LIST_OF_TWINS_LEAD.match(text, first.end) \
                            and runs[run_of[id(second)]][0].start > first.end:
                        continue  # "Along with Kanifing, sister cities include Arcatao, ...": one more of the list
                    if not cues.twinning and id(first) in run_of and run_of.get(id(second)) == run_of[id(first)] \
                            and len(runs[run_of[id(first)]]) >= 3 \
                            and len({m.country for m in runs[run_of[id(first)]]}) >= 2:
                        continue  # "menerima anggota dewan dari tiga kota, yakni Seoul, Korea Selatan; Beijing, China;
                        #           dan Houston, AS": a list across countries, in a sentence that twins nothing
                    if lx.CO_PARTNERS_GAP.search(text[first.end:second.start]):
                        continue  # "A as one of the county's sister cities along with B"
                    if j == i + 1 and lx.LIST_GAP.match(text[first.end:second.start]) and j + 1 < len(parties) \
                            and lx.BECOME_PARTNERS_OF.match(text[second.end:parties[j + 1].start]):
                        continue  # "A dan B jadi sister city Kota C": partners of C, not of each other
                    if id(first) in run_of and run_of.get(id(second)) == run_of[id(first)] in owned_after:
                        continue  # "Shizuoka and Yantai are Omaha's sister cities": Omaha's, not each other's
                    if any(owner is second and first.end <= runs[n][0].start for n, owner in owned_after.items()):
                        continue  # "Kharkiv ... with Lille and Brno, two of Leeds' twin cities": Leeds owns the list
                    if id(first) in set_apart or id(second) in set_apart:
                        continue  # "the Mayors of Lusaka, Copenhagen, Cincinnati and Cologne ... the latter two": not the first two
                    owners_partner = first is list_owner and second.start >= owners_list_from
                    if mixed and not semicolon_list and not owners_partner \
                            and self._one_country_unjoined(index, text, first, second):
                        continue  # "Tianjin the 19th sister city of Bangkok, the fifth Chinese city after Beijing"
                    owned = id(first) in run_of and owned_after.get(run_of[id(first)]) is second
                    if not owned and not owners_partner and self._own_side_in_others_list(index, runs, run_of, first, second):
                        continue  # "revoke its twin town arrangement with Belgorod and Exeter City Council is ..."
                    if self._listed_as_anothers_twin(text, parties, runs, run_of, first, second):
                        continue  # "Taoyuan could join Long Beach's list of sister cities, including Yokkaichi"
                    if first.start >= owners_list_from:
                        continue  # "Sarasota has nine Sister Cities: Hamilton, ..., Merida": Sarasota's, not each other's
                    if first.start < owners_list_from <= second.start and first is not list_owner:
                        continue  # "With Laayoune, Hollywood now has 9 Sister Cities: ..., Vlora": Hollywood's, not Laayoune's
                    if many_pairs and partner_in_list.get(id(first)) is not second \
                            and not owners_partner \
                            and self._nearer_partner_between(index, parties[i + 1:j], first, second):
                        continue  # "Kharkiv ensured the support of Lublin, Chernihiv twinned with Rzeszów": not across
                    if j == i + 1 and j + 1 < len(parties) and lx.JOINED_PAIR_GAP.match(text[first.end:second.start]) \
                            and (both := lx.BOTH_AFTER_PAIR.match(text, second.end)) \
                            and lx.TWINNING.search(text, both.end(), parties[j + 1].start):
                        continue  # "Leeds and Kharkiv, which are both twinned with Lille": co-partners of Lille
                    if opening is not None and first.start < opening.end() <= second.start:
                        continue  # "While Gothenburg ... its sister city agreement, Linköping ... with Guangzhou": apart
                    if lx.CONTRAST.search(text, first.end, second.start):
                        continue  # "Untuk Kota Surakarta, ...; sedangkan dengan Kota Pematang Siantar, ...": set against
                    if lx.LIST_WITH_UNKNOWN_ITEMS.fullmatch(text[first.end:second.start]) \
                            and lx.LIST_OF_OTHERS_LEAD.search(text[max(0, first.start - 60):first.start]):
                        continue  # "dengan Kisarazu, Saint-Pierre dan Taoyuan": a list, whatever its middle names
                    if lx.WITH_BEFORE.search(text, max(0, first.start - 60), first.start) \
                            and lx.SECOND_CLAUSE_WITH.match(text[first.end:second.start]):
                        continue  # "links with Volgograd ... and would explore twinning with Mariupol": the subject's
                    if lx.IMAGINED_BEFORE.search(text, max(0, first.start - 30), first.start) \
                            and lx.IMAGINED_AFTER.match(text, second.end):
                        continue  # "if Shanghai and Nairobi were sister cities, we could ...": imagined
                    if first is opening_venue:
                        continue  # "Meeting in Kuala Lumpur, Medan and George Town agreed ...": neither's partner
                    if id(first) in after_with and lx.CO_OBJECT_GAP.match(text[first.end:second.start]):
                        continue  # "relationships with Santiago ... as well as Puebla": both the subject's partners
                    if lx.DENIED_AFTER.match(text, second.end):
                        continue  # "Harare and Lusaka are not even sister cities": denied
                    a, b = self.side(first, index), self.side(second, index)
                    key = frozenset([a.key, b.key])
                    if a.key == b.key or key in paired or self.places.contains(a, b) or self.places.contains(b, a):
                        continue  # once a sentence: the nearest two mentions of the pair speak for it
                    paired.add(key)
                    features = self._together(text, [m for m in parties if m is not opening_venue], first, second, index)
                    listed = self._listed(run_of, closed, index, first, second, a, b) \
                        if features["gap_twinning"] else None
                    if run_of.get(id(first), -1) in three_way and run_of.get(id(second)) == run_of[id(first)]:
                        listed = (index, -3, run_of[id(first)])  # the three pairs of one agreement, judged alike
                    elif by_item.get(id(first)) is second:
                        listed = (index, -1, None)
                    elif first is list_owner and second.start >= owners_list_from:
                        listed = (index, -2, a.key)  # "Sarasota has nine Sister Cities: A, Ontario, Canada (1990), B"
                    elif owned:
                        listed = (index, -2, b.key)  # "Shizuoka, Braunschweig and Yantai are Omaha's sister cities"
                    self._add(found, a, b, Occurrence("together", index, first, second, features, listed, set_aside))
            the_pair = self._named_as_the_pair(text, parties)
            for mention in parties:
                if id(mention) in self._possessives:
                    continue  # 'its' stands for the owner only beside the partners it introduces
                if any(mention is m for m in the_pair):
                    continue  # "A and B are set to celebrate their 25th year of being sister cities": each other's
                if list_owner is not None and mention is not list_owner and mention.start >= owners_list_from:
                    continue  # "Toledo, Ohio, already has a Sister City relationship with: Toledo, Spain; ...": the
                    #           owner named there, not the story's other place (Puebla), is the items' partner
                side = self.side(mention, index)
                if any(frozenset((side.key, self.side(m, index).key)) in self.joined_abroad for m in parties):
                    continue  # "Dusseldorf ended its twinning with Moscow": the words gave each its partner here
                # a place the article paired with another is that one's partner where named alone
                other = (self.headings_owner if headed else None) \
                    or (stated.get(side.key) if len(parties) == 1 else None) or self.owner_of_the_others(index) \
                    or self._owner_before(index, not self.home(side)) or self._top_side(not self.home(side))
                if other is None or any(self.side(m, index).key == other.key for m in parties) \
                        or self.places.contains(side, other) or self.places.contains(other, side):
                    continue
                if id(mention) in run_of and any(
                        run_of.get(id(m)) != run_of[id(mention)] and self._owns_twins(text, m) for m in parties):
                    # "The sister cities of Lahore include A, B, C" in an article on Islamabad, "London's other
                    # sister cities are New York, Moscow, Berlin and Paris" in one on Beijing: the owner's
                    continue
                if not (cues.relevant or cues.anaphor or self._continues(index) or listing or headed):
                    continue
                if run_of.get(id(mention)) in guests:
                    continue  # "brings together the mayors of Andorra la Vella, Asunción, Bogotá, ...": a meeting's
                    #           guests, none of them the host's partner for being there (a few mayors of a place's
                    #           partners may write together: "The Mayors of Torun, Chelm, Trakai and Lublin")
                top = self._top_side(self.home(side))
                if top is not None and top.key != side.key and lx.PARTNERS_BY_NATIONALITY.search(text):
                    # "Previously, Adana, Antalya and Edirne had canceled their sister city agreements with
                    # Israeli cities", in a story on Izmir and Tel Aviv: others' partners, not the story's
                    continue
                if sentence.is_title and not self.home(other) and self._top_tied(False):
                    continue  # "Iloilo City urged to pursue more sister city linkages": none of its three partners
                features = self._implied(text, parties, mention, index)
                # "the Council's twinning charters with Leer in Germany and Charenton-le-Pont in France": a
                # list of partners of the article's own place, said to be twinned
                listed = (*self._list_root(index, run_of[id(mention)]), other.key) \
                    if id(mention) in run_of and (cues.twinning or self._continues(index) or listing) and self.home(other) else None
                self._add(found, other, side, Occurrence("implied", index, None, mention, features, listed))
            for country in self._partner_countries(index):
                home_sides = [m for m in parties if self.side(m, index).country != country.country]
                firsts = home_sides or [None]
                for first in firsts:
                    a = self.side(first, index) if first is not None else self._top_side(True)
                    if a is None or a.country == country.country:
                        continue
                    b = Side(None, None, self._country_surface(text, country), self._country_kind(text, country),
                             country.country)
                    features = self._country(text, first, country, index)
                    self._add(found, a, b, Occurrence("country", index, first, country, features))
        candidates = list(found.values())
        by_side: dict[tuple, list[Candidate]] = {}
        for candidate in candidates:
            for side in (candidate.a, candidate.b):
                by_side.setdefault(side.key, []).append(candidate)
        for candidate in candidates:
            candidate.features = self._pair_features(candidate, by_side)
        for candidate in candidates:
            candidate.features.update(self._relative_features(candidate, by_side))
        return candidates

    def _relative_features(self, candidate: Candidate, by_side: dict[tuple, list[Candidate]]) -> dict[str, float]:
        """How a pair stands against the others: 'Central Java and Fujian' beside 'Klaten and Nanjing'
        (a pair of the provinces around a named pair), a side already joined explicitly to another place."""
        features = {}
        explicit = _explicit(candidate)
        for own, other in ((candidate.a, candidate.b), (candidate.b, candidate.a)):
            for rival in by_side.get(own.key, ()):
                if rival is candidate:
                    continue
                rival_other = rival.b if rival.a.key == own.key else rival.a
                if self.places.contains(other, rival_other):
                    features["has_inner_sibling"] = 1.0
                if self.places.contains(rival_other, other):
                    features["has_outer_sibling"] = 1.0
                if not explicit and _explicit(rival):
                    features["side_explicit_elsewhere"] = 1.0
        return features

    @staticmethod
    def _listed(run_of: dict[int, int], closed: set[int], index: int, first: Mention, second: Mention, a: Side,
                b: Side) -> tuple | None:
        """The list one of two names belongs to while the other, with a twinning word between,
        stands outside it ('Fremont has sister cities in A, B and C', 'A, B dan C menjalin sister
        province dengan D'), with the side outside, so that the list's items are judged alike. A list
        before the other name must end in 'and' (`closed`): 'Selain Surakarta, Malang juga menjalin
        sister city dengan Pematang Siantar' lists nothing."""
        first_run, second_run = run_of.get(id(first)), run_of.get(id(second))
        if second_run is not None and first_run is None:
            return index, second_run, a.key
        if first_run is not None and second_run is None and first_run in closed:
            return index, first_run, b.key  # "A, B dan C menjalin sister province dengan D"
        return None

    def _owners_after_lists(self, index: int) -> dict[int, Mention]:
        """The owner named after each list of the sentence that has one, by the list's number in
        ``lists``; found once a sentence, as both the pairs and their features ask."""
        if index not in self._owners_after:
            parties = [m for m in self.places.parties[index] if not m.organisation]
            self._owners_after[index] = {n: owner for n, run in enumerate(self.lists(index))
                                         if (owner := self._owner_after_list(index, parties, run)) is not None}
        return self._owners_after[index]

    def _owner_after_list(self, index: int, parties: list[Mention], run: list[Mention]) -> Mention | None:
        """'Shizuoka, Braunschweig and Yantai are Omaha's other sister cities', 'A and B are also sister
        cities of C', 'A dan B menjadi kota kembar C', 'A and B are both twinned with C': the place named
        right after a list as the one whose twins the list's items are; None where no place is. The list
        must close with 'and' ('Dakar in Senegal, Malatya has become sister cities with Minsk' is two
        clauses)."""
        text = self.sentences[index].text
        after = next((m for m in parties if m.start >= run[-1].end and not m.is_country), None)
        if after is None or not lx.LIST_END.search(text[run[-2].end:run[-1].start]):
            return None
        if LEVEL.get(after.kind or "") == "region" and any(m.country == after.country for m in run):
            return None  # "Portland and Sapporo are Oregon's oldest sister cities": the state is the pair's setting
        if any(after is m for other in self.lists(index) for m in other):
            return None  # "A and B signed agreements with C and D respectively": a list of partners, no owner
        # ("Yantai in China are Omaha's": the country that places the last item set aside)
        gap = lx.QUALIFYING_COUNTRY_GAP.sub("", gap_between_items(text, run[-1], after, self._qualifiers(index)),
                                            count=1)
        gap = gap.lstrip(" ,")  # ("Huludao, China, are also sister cities of Las Vegas": the comma closing the item)
        if lx.BECOME_PARTNERS_OF.match(gap) or lx.TWINNED_WITH_AFTER_LIST.match(gap) or lx.TWINS_OF_AFTER_LIST.match(gap) \
                or lx.ARE_BEFORE_OWNER.match(gap) and lx.OWNERS_TWINS_AFTER.match(text, after.end):
            return after
        return None

    @staticmethod
    def _list_of_others(text: str, run: list[Mention]) -> bool:
        """A list of three or more places, or one led by 'with', 'such as', 'seperti': its items are
        the partners (or examples) of another place, so no two of them are a pair ('the city's sister
        cities are Hamamatsu, Suwon and Tours'; 'agreements with Hamamatsu and Suwon')."""
        return len(run) >= 3 or bool(lx.LIST_OF_OTHERS_LEAD.search(text[max(0, run[0].start - 60):run[0].start]))

    def _respective(self, index: int, runs: list[list[Mention]]) -> dict[int, Mention]:
        """'A and B are twinned with C and D respectively', 'A dan B masing-masing dengan C dan D': the
        first list's items paired in order with the next list's of the same length."""
        if len(runs) < 2:
            return {}
        text = self.sentences[index].text
        respectively = lx.RESPECTIVELY.search(text) is not None
        for first, second in zip(runs, runs[1:]):
            if len(first) != len(second):
                continue
            # "the Chinese cities Urumqi, Puyang and Xi'an were declared sister cities to Karachi, Gwadar
            # and Multan": two lists as long as each other, each of one side, a twinning word between,
            # pair in order too
            homes = [{self.home(self.side(m, index)) for m in run} for run in (first, second)]
            in_order = len(homes[0]) == len(homes[1]) == 1 and homes[0] != homes[1] \
                and lx.TWINNING.search(text, first[-1].end, second[0].start) is not None
            if respectively or in_order:
                lined_up = self._items_read(index, first), self._items_read(index, second)
                if lined_up[0] is None or lined_up[0] != lined_up[1]:
                    continue  # unread items where the other list has read ones: the order says nothing
                return partners(zip(first, second))
        return {}

    def _items_read(self, index: int, run: list[Mention]) -> tuple[bool, ...] | None:
        """Item by item, whether the list a run stands for was read there: 'Shamkir, Agstafa, Goygöl and
        Dashkesan' with Dashkesan unknown is (True, True, True, False). Two lists pair in order only
        where they line up so ('Marneuli, Gardabani, Bolnisi and Dmanisi' with Dmanisi unknown); None
        where an unread name opens the list ('the cities of Dashkesan, Shamkir and ...'), or an item lies
        outside the run. A name after a comma is an item only where the list goes on after it ('...,
        Lyon and Marseille, Japanese officials said' ends with Marseille)."""
        text = self.sentences[index].text
        read = self.places.mentions[index]
        before = lx.UNREAD_ITEM_BEFORE.search(text, max(0, run[0].start - 50), run[0].start)
        if before is not None and not any(m.start <= before.start("name") < m.end for m in read):
            return None
        qualifiers = sorted((m for m in read if m.is_country or m.qualifies), key=lambda m: m.start)
        flags, after, members = [True], run[0].end, {id(m) for m in run}
        while True:
            for q in qualifiers:  # "Marneuli, Georgia, and ...": the item's country, then the list goes on
                if q.start >= after and lx.QUALIFIER_BEFORE_ITEM.fullmatch(text, after, q.start):
                    after = q.end
            following = lx.LIST_NEXT.match(text, after)
            if following is None:
                break
            item = next((m for m in read if m.start == following.start(1) and not m.is_country and not m.qualifies), None)
            if item is None:
                joined_by_and = lx.LIST_END.search(text, after, following.start(1)) is not None
                if not joined_by_and and lx.LIST_NEXT.match(text, following.end(1)) is None:
                    break  # a comma, then words that do not go on as a list: the list has ended
                flags.append(False)
                after = following.end(1)
            elif id(item) in members:
                flags.append(True)
                after = item.end
            else:
                return None
        return tuple(flags) if sum(flags) == len(run) else None

    @staticmethod
    def _pairs_listed(text: str, parties: list[Mention]) -> dict[int, Mention]:
        """Each place's partner where the sentence lists two or more pairs ('A dengan B dan C dengan D',
        'A–B, C–D'), keyed by id of the mention."""
        pairs = []
        i = 0
        while i + 3 < len(parties):
            a, b, c, d = parties[i:i + 4]
            if lx.IN_PAIR_GAP.match(text[a.end:b.start]) and lx.BETWEEN_PAIRS_GAP.match(text[b.end:c.start]) \
                    and lx.IN_PAIR_GAP.match(text[c.end:d.start]):
                pairs += [(a, b), (c, d)]
                i += 2
            else:
                i += 1
        return partners(pairs)

    def _between_pair(self, index: int, parties: list[Mention]) -> dict[int, Mention]:
        """'sister city antara Kota Kediri – Kota Yiwu', 'between Nantong and Zvezdara': two places of
        the two sides that a sentence names as the pair, each the other's partner there (not a third
        place's)."""
        text = self.sentences[index].text
        for first, second in zip(parties, parties[1:]):
            if lx.BETWEEN_RIGHT_BEFORE.search(text, max(0, first.start - 30), first.start) \
                    and lx.BETWEEN_PAIR_GAP.match(text[first.end:second.start]) \
                    and (self.home(self.side(first, index)) != self.home(self.side(second, index))
                         or first.country != second.country):  # (neither of the news site's country)
                return partners([(first, second)])
        return {}

    def _one_country_unjoined(self, index: int, text: str, first: Mention, second: Mention) -> bool:
        """Two places of one country in a sentence that also names a place abroad, and no word joins them
        ('with' right before the second, a hyphen, 'between'): both are that other place's partners, or
        its hosts, not each other's ('Tianjin, the 19th sister city of Bangkok and the fifth Chinese city
        after Beijing, Chaozhou ...')."""
        a, b = self.side(first, index), self.side(second, index)
        if a.country != b.country or a.country is None:
            return False
        gap = text[first.end:second.start]
        return not (lx.WITH_RIGHT_BEFORE.search(gap) or lx.SEPARATOR_PAIR.match(gap)
                    or lx.BETWEEN.search(text[max(0, first.start - 40):first.start]))

    def _own_side_in_others_list(self, index: int, runs: list[list[Mention]], run_of: dict[int, int],
                                 first: Mention, second: Mention) -> bool:
        """A place of one side inside a list of the other side's places, the list joined to a place of
        its own side outside it ('Wakefield ... with Belgorod and Exeter City Council is considering'):
        the two of one side are no pair."""
        for inside, outside in ((second, first), (first, second)):
            run = runs[run_of[id(inside)]] if id(inside) in run_of else None
            if run is None or len(run) != 2 or run[-1] is not inside or outside.venue \
                    or id(outside) in run_of and run_of[id(outside)] == run_of[id(inside)]:
                continue  # only 'A and B' where B, the last, is of the side of the place outside (not where
                #           the event is: "Di sela pertemuan di KL, Pemkot Padang dan Kota Ipoh ...")
            own = self.home(self.side(outside, index))
            if self.home(self.side(inside, index)) == own and any(self.home(self.side(m, index)) != own for m in run):
                return True
        return False

    def _listed_as_anothers_twin(self, text: str, parties: list[Mention], runs: list[list[Mention]],
                                 run_of: dict[int, int], first: Mention, second: Mention) -> bool:
        """'Taoyuan could join Long Beach's list of sister cities, including Yokkaichi, Qingdao ...': the
        items of a list a place between is named the owner of are that owner's twins, not the partners
        of a place before it."""
        if id(second) not in run_of or id(first) in run_of and run_of[id(first)] == run_of[id(second)]:
            return False
        run = runs[run_of[id(second)]]
        return any(first.end <= m.start and m.end <= run[0].start and m is not first and self._owns_twins(text, m)
                   for m in parties)

    @staticmethod
    def _list_after_owner(text: str, mention: Mention) -> re.Match | None:
        """'the 22nd twin city of Manila including Dili, ...': where the place is named as the owner of the
        list after it, the words that open that list; None otherwise."""
        core = text.find(mention.core, mention.start, mention.end)  # ("city of Manila": the name itself)
        start = core if core >= 0 else mention.start
        if not lx.OWNER_OF_LISTED_BEFORE.search(text, max(0, start - 50), start):
            return None
        return lx.OWNER_OF_LISTED_AFTER.match(text, mention.end)

    @staticmethod
    def _places_listed_before_a_possessed_twin(text: str, runs: list[list[Mention]], parties: list[Mention]) -> set[int]:
        """The lists ('will visit Tokyo, Osaka, Kobe and its sister city Kyoto') that a visit's verb and no
        twinning word precedes and that a place called the subject's own twin follows: places visited, which
        only that twin is (not "has ties with Strasbourg, Melbourne, Taipei and its oldest sister city Kyoto")."""
        found = set()
        for n, run in enumerate(runs):
            visit = lx.VISIT_BEFORE.search(text, 0, run[0].start)
            if visit is None or lx.TWINNING.search(text, visit.start(), run[0].start):
                continue  # (a twinning word before the visit says nothing of the list: "Boston's sister city
                #           delegation will visit Tokyo, Osaka, Kobe and its sister city Kyoto")
            after = next((m for m in parties if m.start >= run[-1].end and not m.is_country), None)
            if after is not None and lx.POSSESSED_TWIN_BEFORE.search(text, run[-1].end, after.start):
                found.add(n)
        return found

    @staticmethod
    def _guests(text: str, runs: list[list[Mention]]) -> set[int]:
        """The lists of a sentence that name a meeting's guests ('brings together the mayors of Andorra la Vella,
        Asunción, Bogotá, ...'): MANY_GUESTS places or more after the words for those a meeting gathers."""
        return {n for n, run in enumerate(runs) if len(run) >= MANY_GUESTS
                and lx.ATTENDEES_BEFORE.search(text, max(0, run[0].start - 60), run[0].start)}

    @staticmethod
    def _owners_list(text: str, parties: list[Mention]) -> tuple[float, Mention | None]:
        """'Sarasota has nine Sister Cities: Hamilton, ..., Merida, Yucatan, Mexico (2010) and ...', 'the 22nd
        twin city of Manila including Dili, ...': where
        the first list of twins an owner introduces begins, and that owner (infinity and None where none
        does); the places from there on are the owner's partners, not each other's."""
        return min(((introduced.end(), m) for m in parties if not m.is_country
                    for introduced in [lx.HAS_TWINS_LISTED.match(text, m.end) or CandidateFinder._list_after_owner(text, m)]
                    if introduced),
                   key=lambda found: found[0], default=(math.inf, None))

    def _nearer_partner_between(self, index: int, between: list[Mention], first: Mention, second: Mention) -> bool:
        """In a sentence of several pairs, a place of the first's side and one of the second's side both
        lie between the two: each of them has a nearer partner ('Kharkiv ... Lublin, Chernihiv ...
        Rzeszów')."""
        first_home, second_home = self.home(self.side(first, index)), self.home(self.side(second, index))
        if first_home == second_home:
            return False
        homes = {self.home(self.side(m, index)) for m in between if self.side(m, index).country}
        return first_home in homes and second_home in homes  # a name of no known country is of no side

    def _alternating_pairs(self, index: int, parties: list[Mention], homes: list[bool]) -> dict[int, Mention]:
        """'Glasgow will cut its ties with Rostov-on-Don ... and Doncaster is cutting ties with
        Ozyorsk': places of the two sides in turn (``homes``: each party's side), each joined to the
        next by 'with' or a twinning word, pair in that order, and not across."""
        if len(parties) < 4 or len(parties) % 2 or any(x == y for x, y in zip(homes, homes[1:])):
            return {}
        text = self.sentences[index].text
        pairs = list(zip(parties[::2], parties[1::2]))
        for first, second in pairs:
            gap = text[first.end:second.start]
            if not (lx.JOINING_WITH.search(gap) or lx.TWINNING.search(gap)):
                return {}
        return partners(pairs)

    def _pairs_by_item(self, index: int, parties: list[Mention]) -> dict[int, Mention]:
        """'... will be sister cities: Faisalabad and Qingdao; Rawalpindi and Wuhan; Taxila, and
        Datong': in a list whose items are pairs (a place of each side), each item pairs its own two
        places, and a place of an item that is no pair pairs with nothing here. Read only in a sentence
        whose items end at semicolons."""
        text = self.sentences[index].text
        items: list[list[Mention]] = [[]]
        for previous, mention in zip([None, *parties], parties):
            if previous is not None and ";" in text[previous.end:mention.start]:
                items.append([])
            items[-1].append(mention)
        pairs = [item for item in items if len(item) == 2
                 and self.home(self.side(item[0], index)) != self.home(self.side(item[1], index))]
        if len(pairs) < 2 or 2 * len(pairs) < len(items):
            return {}
        return {**{id(m): m for item in items for m in item}, **partners(pairs)}  # the others: itself, no partner

    def _pairs_joined(self, index: int, parties: list[Mention]) -> dict[int, Mention]:
        """'Faisalabad and Qingdao, Rawalpindi and Wuhan, Bahawalpur and Nanjing': a run of two or more
        items of two places each, a place of each side joined by 'and', the items set apart by commas
        (or bullets): each item is a pair, and no item pairs with another."""
        text = self.sentences[index].text
        if len(parties) < 4 or len(parties) % 2:
            return {}
        qualifiers = self._qualifiers(index)
        items = list(zip(parties[::2], parties[1::2]))
        joins = [text[first.end:second.start] for first, second in items]
        # ("Sumatera Utara dengan Georgetown, Malaysia dan Surabaya dengan Liverpool": 'with' joins each too;
        # where words join the items' two places, a bare 'and' may set the items apart: "Townsville and Port
        # Moresby, Cairns and Lae and Orange and Mount Hagen")
        with_joined = all(lx.PAIR_WITH_GAP.match(join) for join in joins)
        # (a dash joins each item's two places too: "Lapseki - Jablanica Municipalities and Pendik - Travnik ...")
        word_joined = all(lx.PAIR_WITH_GAP.match(join) or lx.JOINED_BY_WORD.match(join) or lx.JOINED_BY_DASH.match(join)
                          for join in joins)
        for (first, second), join in zip(items, joins):
            if not (with_joined or lx.JOINED_PAIR_GAP.match(join)) \
                    or self.home(self.side(first, index)) == self.home(self.side(second, index)):
                return {}
        for (_, end), (start, _) in zip(items, items[1:]):
            gap = gap_between_items(text, end, start, qualifiers)
            if not (lx.JOINED_PAIRS_APART.match(gap) or word_joined and lx.LIST_GAP.match(gap)):
                return {}
        return partners(items)

    @staticmethod
    def _owns_twins(text: str, mention: Mention) -> bool:
        """'the sister cities of Lahore', 'sister cities of Rahim Yar Khan', "Karachi's sister cities",
        'kota kembar Malang': the place is named as the owner of twins."""
        return bool(lx.TWINS_OF_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                    or lx.OWNERS_TWINS_AFTER.match(text, mention.end)
                    # "joining a long list of Montreal sister cities including: Busan, ...": the name as an adjective
                    or lx.LIST_OF_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                    and lx.TWINS_PLURAL_AFTER.match(text, mention.end))

    @functools.cached_property
    def headings_owner(self) -> Side | None:
        """'Travel to Orlando's 8 sister cities', then sections headed 'Curitiba, Brazil', 'Guilin, China', ...:
        the one place the title, or a sentence before the first of two such headings or more, names as the
        owner of partners owns the places the headings name."""
        headings = [i for i, s in enumerate(self.sentences) if s.heading]
        if len(headings) < 2:
            return None
        # (the title, a question or a line that opens a list, or a count: not "Seattle's sister cities include
        # many ports, but today we look at two rival tech hubs")
        owners = {self.side(m, i).key: self.side(m, i) for i in range(headings[0])
                  for m in self.places.parties[i] if not m.is_country
                  and (match := lx.HEADINGS_OWNER_AFTER.match(self.sentences[i].text, m.end))
                  and (self.sentences[i].is_title or self.sentences[i].text.rstrip()[-1:] in "?:"
                       or any(ch.isdigit() for ch in match.group(0)))}
        if len(owners) != 1:
            return None
        owner = next(iter(owners.values()))
        # (sections on places abroad: "Boise, Idaho" and "Missoula, Montana" head news briefs in a Spokane paper)
        abroad = all(m.country != owner.country for i in headings for m in self.places.parties[i] if not m.is_country)
        return owner if abroad else None

    def owner_of_the_others(self, index: int) -> Side | None:
        """'... to become New Haven's eighth sister city. The other seven are Taichung, Taiwan; ...' ('Its other
        sister cities are ...'): the
        place whose partners the sentence before counts owns the list of 'the other' ones."""
        if index == 0 or not lx.OTHERS_LEAD.match(self.sentences[index].text):
            return None
        previous = index - 1
        if index >= 2 and not self.places.parties[previous] \
                and self.sentences[index - 2].paragraph == self.sentences[previous].paragraph:
            previous = index - 2  # ("This will be Fredericksburg's fifth Sister City. All promote ties. The other four")
        text = self.sentences[previous].text
        # ("Its other sister cities are ..." goes on from a list of the place's other partners, not from
        # "Fremont was Fukaya's first American sister city", where "its" is still Fremont's)
        counted = lx.OTHERS_LISTED_AFTER if lx.ITS_OTHERS_LEAD.match(self.sentences[index].text) \
            else lx.PARTNERS_COUNTED_AFTER
        owners = {self.side(m, previous).key: self.side(m, previous) for m in self.places.parties[previous]
                  if not m.is_country and counted.match(text, m.end)}
        return next(iter(owners.values())) if len(owners) == 1 else None

    def _owner_before(self, index: int, home: bool) -> Side | None:
        """'Jakarta banyak menjalin kerja sama dengan kota di negara lain. Dari Beijing, Paris, ...': a
        sentence that names only partners, right after a cue sentence that names one place of the
        other side and no partner, lists that place's partners."""
        if index == 0 or any(self.home(self.side(m, index)) == home for m in self.places.parties[index]):
            return None
        previous = index - 1
        if self.sentences[previous].paragraph != self.sentences[index].paragraph and not self.cues[previous].relevant:
            return None
        named = {self.side(m, previous).key: self.side(m, previous) for m in self.places.parties[previous]
                 if not m.organisation}
        if len(named) != 1 or not self.cues[previous].relevant:
            return None
        owner = next(iter(named.values()))
        return owner if self.home(owner) == home else None

    def _continues(self, index: int) -> bool:
        """One of the two sentences after one that names twinning, in the same paragraph: 'Tiga kota sudah
        ditetapkan sebagai saudara kembar Surabaya. Bermula dari Kota Seattle ...' lists the partners there;
        '... program kota kembar. Sejak tahun lalu, beberapa kota diusulkan. Kota Austin di Texas, Kota
        Mobile di Alabama ... direncanakan untuk dijodohkan dengan Kota Cirebon' a sentence later."""
        if self.sentences[index].is_title:
            return False
        for back in (1, 2):
            if index - back < 0 or not follows_on(self.sentences[index - back], self.sentences[index - back + 1]):
                break
            if self.cues[index - back].twinning:
                return True
        return self._list_goes_on(index)

    def _list_goes_on(self, index: int) -> bool:
        """'Kota Seattle di Amerika Serikat, Kota Busan ... dan Kota Kochi di Jepang. // Setelah itu menyusul:
        Kota Kitakyushu (Jepang), Kota Izmir (Turki), ...': a list of places abroad, in the same paragraph
        or the next, right after a list of places abroad that goes on from a twinning sentence, lists
        more of the same partners."""
        previous = index - 1
        if previous < 0 or self.sentences[previous].is_title \
                or self.sentences[index].paragraph - self.sentences[previous].paragraph > 1 \
                or not (self._partner_list(index) and self._partner_list(previous)):
            return False
        return self.cues[previous].relevant or self._continues(previous)

    def _list_root(self, index: int, run: int) -> tuple[int, int]:
        """The list a list goes on from ('Setelah itu menyusul: A, B, C' after 'D, E dan F'), as (sentence,
        run): the items of both play one role."""
        while self._list_goes_on(index) and len(self.lists(index - 1)) == 1 and len(self.lists(index)) == 1:
            index, run = index - 1, 0
        return index, run

    def _partner_list(self, index: int) -> bool:
        """A sentence that is a list of places abroad: at least two, all in one run but one at most."""
        parties = [m for m in self.places.parties[index] if not m.organisation and not m.is_country]
        if len(parties) < 2 or any(self.home(self.side(m, index)) for m in parties):
            return False
        return max((len(run) for run in self.lists(index)), default=0) >= max(2, len(parties) - 1)

    def _add(self, found: dict, a: Side, b: Side, occurrence: Occurrence) -> None:
        """Each pair once; its first side is the Indonesian one, else the article's home side, else the
        one named first."""
        def order(side: Side) -> tuple:
            return side.country != "ID", not self.home(side), self.first_seen.get(side.key, 1 << 30)
        if order(a) > order(b):
            a, b = b, a
        key = frozenset([a.key, b.key])
        candidate = found.get(key)
        if candidate is None:
            candidate = found[key] = Candidate(a, b)
        candidate.occurrences.append(occurrence)

    def _partner_countries(self, index: int) -> list[Mention]:
        """Countries a cue sentence names as a partner ('dengan pihak Korea Selatan', 'Swedia, Kenya')."""
        cues = self.cues[index]
        if not (cues.twinning or cues.document or cues.weak):
            return []
        text = self.sentences[index].text
        # (Indonesia, the home of most stories, and countries of "cities in Japan" in general, only in a list
        # of ties: "Hawaii has sister-state relationships in China, Indonesia and Portugal")
        return [m for m in self.places.mentions[index]
                if m.is_country and not m.qualifies and m.country
                and (m.country != "ID" and not lx.MANY_IN.search(text[max(0, m.start - 30):m.start])
                     or self._in_list_of_ties(index, text, m))]

    def _in_list_of_ties(self, index: int, text: str, country: Mention) -> bool:
        """'sister cities in Italy, South Korea and Peru': a country of a list that places ties by country."""
        first = self._first_of_country_list(index, text, country)
        return first is not None and lx.TIES_IN_BEFORE.search(text, max(0, first.start - 80), first.start) is not None

    def _first_of_country_list(self, index: int, text: str, country: Mention) -> Mention | None:
        """The first country of the list that holds ``country`` ('dengan Korea, Taiwan dan Perancis')."""
        mentions = self.places.mentions[index]
        at = next((k for k, m in enumerate(mentions) if m is country), None)
        if at is None:
            return None
        while at > 0 and mentions[at - 1].is_country \
                and lx.COUNTRY_LIST_GAP.fullmatch(text[mentions[at - 1].end:mentions[at].start]):
            at -= 1
        return mentions[at]

    def _three_way(self, index: int, runs: list[list[Mention]]) -> set[int]:
        """Lists of three places of three countries that one agreement joins ('a tripartite twinning
        agreement between Khotyn (Ukraine), Żagań (Poland) and Teltow (Germany)'): each two of them
        are a pair, where the items of another list are partners of a third place."""
        text = self.sentences[index].text
        return {n for n, run in enumerate(runs)
                if len(run) == 3 and len({self.side(m, index).country for m in run}) == 3
                and (lx.THREE_WAY.search(text)
                     or lx.BETWEEN_BEFORE.search(text, max(0, run[0].start - 20), run[0].start))}

    def _names_a_place(self, index: int) -> bool:
        return any(not m.is_country for m in self.places.mentions[index])

    def _stated_partners(self) -> dict[tuple, Side]:
        """Each place a sentence names as one of a pair ('A and B are set to celebrate their 25th year
        of being sister cities') -> the other place of that pair, where the article names only one."""
        stated: dict[tuple, Side] = {}
        for index, parties in enumerate(self.places.parties):
            pair = self._named_as_the_pair(self.sentences[index].text, [m for m in parties if not m.organisation])
            if pair and self.cues[index].twinning:
                a, b = (self.side(m, index) for m in pair)
                for side, other in ((a, b), (b, a)):
                    known = stated.setdefault(side.key, other)
                    if known is None or known.key != other.key:
                        stated[side.key] = None  # paired with two places: no one partner
        return {key: side for key, side in stated.items() if side is not None}

    @staticmethod
    def _named_as_the_pair(text: str, parties: list[Mention]) -> tuple[Mention, ...]:
        """'A and B are set to celebrate their 25th year of being sister cities': the sentence's only two
        places, of two countries, joined by 'and' and said to be partners of each other."""
        places = [m for m in parties if not m.is_country and not m.organisation]
        if len(places) != 2 or places[0].country == places[1].country:
            return ()
        first, second = places
        if not re.fullmatch(r"[^.;:]{0,40}?\s(?:and|dan)\s+(?:the\s+)?", text[first.end:second.start]) \
                or lx.ABROAD.search(text[first.end:second.start]):
            return ()
        return (first, second) if lx.PAIR_PREDICATE_AFTER.match(text, second.end) else ()

    @staticmethod
    def _country_kind(text: str, mention: Mention) -> str:
        """A partner named only by its country is one city of it where the text says so ('salah satu
        kota di Belanda'); otherwise the country's side ('pihak Korea Selatan'), kind other."""
        return "city" if lx.UNNAMED_ONE_CITY_BEFORE.search(text, max(0, mention.start - 40), mention.start) else "other"

    @staticmethod
    def _country_surface(text: str, mention: Mention) -> str:
        before = text[max(0, mention.start - 12):mention.start]
        said = re.search(r"(?:pihak|kota di|city in)\s+$", before, re.I)
        return (said.group(0) + mention.surface) if said else mention.surface

    # -- features ------------------------------------------------------------------------------

    def _sentence(self, index: int, prefix: str) -> dict[str, float]:
        key = (index, prefix)
        if key not in self._sentence_features:
            self._sentence_features[key] = self._sentence_uncached(index, prefix)
        return self._sentence_features[key]

    def _sentence_uncached(self, index: int, prefix: str) -> dict[str, float]:
        sentence, cues = self.sentences[index], self.cues[index]
        features = {
            f"{prefix}twinning": float(cues.twinning), f"{prefix}document": float(cues.document),
            f"{prefix}weak": float(cues.weak and not cues.twinning and not cues.document),
            f"{prefix}partners": float(cues.partners), f"{prefix}anaphor": float(cues.anaphor),
            f"{prefix}passing": float(sentence.in_passing), f"{prefix}title": float(sentence.is_title),
            f"{prefix}lead": float(sentence.paragraph <= 1 and not sentence.is_title),
            f"{prefix}background": float(cues.background), f"{prefix}list_words": float(cues.list_words),
            f"{prefix}signing": float(cues.signing),
            f"{prefix}after_twinning": float(not cues.relevant and self._continues(index)),
        }
        if cues.stage:
            features[f"{prefix}stage_{cues.stage}"] = 1.0
        return features

    def _mention(self, text: str, mention: Mention, prefix: str) -> dict[str, float]:
        key = (id(mention), prefix)
        if key not in self._mention_features:
            self._mention_features[key] = self._mention_uncached(text, mention, prefix)
        return self._mention_features[key]

    def _mention_uncached(self, text: str, mention: Mention, prefix: str) -> dict[str, float]:
        before = text[max(0, mention.start - 40):mention.start]
        return {
            f"{prefix}venue": float(mention.venue), f"{prefix}visited": float(bool(lx.VISITED.search(before))),
            f"{prefix}route": float(bool(lx.ROUTE_TO.search(before))),
            f"{prefix}with_before": float(bool(re.search(r"\b(?:dengan|with)\s+(?:\w+\s+){0,3}$", before, re.I))),
            f"{prefix}owner": float(bool(lx.OWNER.match(text, mention.end))),
        }

    def _together(self, text: str, parties: list[Mention], first: Mention, second: Mention,
                  index: int) -> dict[str, float]:
        gap = text[first.end:second.start]
        before = text[max(0, first.start - 40):first.start]
        between = [m for m in parties if first.end <= m.start and m.end <= second.start]
        same_group = self.home(self.side(first, index)) == self.home(self.side(second, index)) \
            and frozenset((self.side(first, index).key, self.side(second, index).key)) not in self.joined_at_home
        features = {
            "gap_hyphen": float(bool(lx.SEPARATOR_PAIR.match(gap))),
            "gap_and_with": float(bool(lx.AND_WITH.match(gap))),
            "gap_between": float(bool(lx.AND_WITH.match(gap) and lx.BETWEEN.search(before))),
            "gap_list": float(bool(lx.LIST_GAP.match(gap))),
            "gap_with": float(bool(re.search(r"\b(?:dengan|with)\b", gap, re.I))),
            "gap_twinning": float(bool(lx.TWINNING.search(gap))),
            "gap_document": float(bool(lx.DOCUMENT.search(gap))),
            "gap_clause": float(bool(lx.CLAUSE_END.search(gap))),
            "gap_parties": float(len(between)),
            "same_group": float(same_group),
            "parties_in_sentence": _count(len(parties)),
            "first_owner": float(bool(lx.OWNER.match(text, first.end))),
        }
        if not same_group:
            # "Rochdale with Donetsk, Edinburgh with Kyiv": a nearer place of either side between the two
            # is the partner the writer paired with one of them
            first_home, second_home = self.home(self.side(first, index)), self.home(self.side(second, index))
            homes = [self.home(self.side(m, index)) for m in between]
            features["nearer_partner_of_first"] = float(second_home in homes)
            features["nearer_partner_of_second"] = float(first_home in homes)
        owners_after = self._owners_after_lists(index)
        for n, run in enumerate(self.lists(index)):
            members = {id(m) for m in run}
            if id(first) in members and id(second) in members:
                features["list_siblings"] = 1.0
            elif id(second) in members and first.end <= run[0].start:
                features["list_owner_member"] = 1.0
                features["list_size"] = _count(len(run))
            elif id(first) in members and id(second) not in members:
                if owners_after.get(n) is second:  # "A, B and C are D's sister cities"
                    features["list_owner_member"] = 1.0
                    features["list_size"] = _count(len(run))
                else:
                    features["list_then_other"] = 1.0
        features.update(_bucket("gap", len(gap), (5, 30, 80)))
        # "Padang dan Bandung ... dengan Jerman": two places of one side joined by "and" are
        # co-subjects; "Malang menjalin sister city dengan Surakarta" joins partners
        group = "same" if same_group else "cross"
        for name in ("gap_hyphen", "gap_and_with", "gap_list", "gap_with", "gap_twinning"):
            if features[name]:
                features[f"{group}:{name}"] = 1.0
        features.update(self._sentence(index, "s_"))
        features.update(self._mention(text, first, "m1_"))
        features.update(self._mention(text, second, "m2_"))
        if not same_group and self.cues[index].twinning and lx.BOTH.search(text) \
                and sum(1 for m in parties if not m.is_country) == 2:
            # "Feldmann of Frankfurt is a frequent visitor to Guangzhou as the two cities have maintained a
            # sister city relationship": the sentence's two places are the two cities, neither a mere venue
            features["m1_venue"] = features["m2_venue"] = 0.0
        return features

    def _implied(self, text: str, parties: list[Mention], mention: Mention, index: int) -> dict[str, float]:
        features = {"implied": 1.0, "parties_in_sentence": _count(len(parties))}
        # "Jakarta menjalin sister city dengan A, B dan C" in an article about Karangasem: the partners
        # of a place the sentence names are not the partners of the article's main place
        own_group = self.home(self.side(mention, index))
        if any(self.home(self.side(m, index)) != own_group for m in parties):
            features["implied_other_side_named"] = 1.0
        for run in self.lists(index):
            if any(m is mention for m in run):
                features["implied_list_member"] = 1.0
                features["list_size"] = _count(len(run))
        features.update(self._sentence(index, "s_"))
        features.update(self._mention(text, mention, "m2_"))
        return features

    def _country(self, text: str, first: Mention | None, country: Mention, index: int) -> dict[str, float]:
        before = text[max(0, country.start - 30):country.start]
        features = {"country_side": 1.0, "country_party_word": float(bool(lx.COUNTRY_PARTY.search(before))),
                    "country_organisation": float(country.organisation), "country_implied": float(first is None)}
        features.update(self._sentence(index, "s_"))
        lead = lx.UNNAMED_CITY_OF_BEFORE.search(text, max(0, country.start - 45), country.start)
        # the place named nearest before, itself named (not "salah satu kota di DIY"), with nothing between
        nearest = first is not None and first.end <= country.start and not any(
            first.end <= m.start and m.end <= country.start for m in self.places.parties[index] if m is not first)
        if lx.REFUSED.search(text):
            return features  # "tidak akan menjalin sister city dengan kota di Israel": no partner at all
        if lead and nearest and lx.WITH_RIGHT_BEFORE.search(text, max(0, first.start - 60), first.start):
            # a place right after the twinning's "dengan" is a partner itself: Lae's "dengan kota-kota di
            # Belanda" is Makassar's, named before Lae
            return features
        if lead and nearest and self.cues[index].twinning and not lx.NAME_AFTER_COUNTRY.match(text, country.end) \
                and not lx.NAMED_BEFORE_UNNAMED_CITY.search(text, max(0, lead.start() - 15), lead.start()) \
                and not lx.UNNAMED_PLACE_OF_BEFORE.search(text, max(0, first.start - 45), first.start):
            features["unnamed_city_of"] = 1.0  # "kerja sama sister city dengan salah satu kota di Belanda"
        elif self._partner_country_left_unnamed(index, text, first, country, nearest):
            features["unnamed_city_of"] = 1.0  # "kerja sama sister city dengan Turki"
        elif self._owners_ties_in(index, text, first, country):
            features["unnamed_city_of"] = 1.0  # "San Miguel de Allende has sister cities in Italy, ..."
        return features

    def _owners_ties_in(self, index: int, text: str, first: Mention | None, country: Mention) -> bool:
        """'San Miguel de Allende has sister cities in Italy, South Korea and Peru', "Riverside's sister city
        in China": ties the place named right before owns, placed by their country only. The sentence's
        owner must be read: no other place stands in for it."""
        if first is None or first.is_country or not self._in_list_of_ties(index, text, country):
            return False
        if any(not m.is_country and m.country == country.country for m in self.places.mentions[index]):
            return False  # "Whanganui, Toowoomba's sister city in New Zealand": the partner is named
        list_start = self._first_of_country_list(index, text, country).start
        ties = lx.TIES_IN_BEFORE.search(text, max(0, list_start - 80), list_start)
        return first.end <= ties.start() and lx.OWNER_OF_TIES_GAP.fullmatch(text, first.end, ties.start()) is not None

    def _partner_country_left_unnamed(self, index: int, text: str, first: Mention | None, country: Mention,
                                      nearest: bool) -> bool:
        """'kerja sama sister city dengan Turki', 'Kota Banda Aceh dan Turki menjajaki kerja sama sister
        city': in a sentence of the body on twinning, a country the text makes the partner without naming
        a place of it (not from a headline alone: 'Kota Kembar dengan Malaysia' over a body that names the
        candidate towns is the gist of those pairs)."""
        parties = self.places.parties[index]
        if not self.cues[index].twinning or self.sentences[index].is_title:
            return False
        if first is None:  # the sentence's side implied: "Diantaranya kerjasama (sister city) dengan ..."
            return all(m.is_country for m in parties) and self._named_as_partner_country(index, text, country)
        one_place = all(self.side(m, index).key == self.side(first, index).key for m in parties)
        if first.start >= country.end:  # "sister city antara Ceko dan Yogyakarta": the country named first
            return one_place and lx.BETWEEN_JOIN.fullmatch(text, country.end, first.start) is not None \
                and lx.BETWEEN_COUNTRY_AND.search(text, max(0, country.start - 45), country.start) is not None
        if not nearest:
            return False
        # a place and a country, the sentence's two parties, joined by "dan" before the twinning words
        joined = lx.JOINED_TO_COUNTRY.fullmatch(text, first.end, country.start) is not None \
            and lx.TWINNING.search(text, country.end) is not None and one_place
        return joined or self._named_as_partner_country(index, text, country)

    def _named_as_partner_country(self, index: int, text: str, country: Mention) -> bool:
        """'kerja sama sister city dengan Turki', '... dengan pihak Korea Selatan', 'sister city dengan
        Korea, Taiwan dan Perancis': countries right after the twinning's 'with', the partners the text
        leaves unnamed (not where it names one after: 'dengan Jepang, yakni Kota Osaka', 'China's Xiamen')."""
        mentions = self.places.mentions[index]
        at = next((k for k, m in enumerate(mentions) if m is country), None)
        if at is None:
            return False
        listed_next = at + 1 < len(mentions) and mentions[at + 1].is_country \
            and lx.COUNTRY_LIST_GAP.fullmatch(text[country.end:mentions[at + 1].start])
        end = self._past_short_form(text, country)
        if not listed_next and (lx.NAME_AFTER_COUNTRY.match(text, end) or lx.COUNTRY_THEN_NAME.match(text, end)):
            return False
        first = self._first_of_country_list(index, text, country)
        before = [m for m in mentions if m.end <= first.start]
        start = before[-1].end if before else 0
        return bool(lx.PARTNER_COUNTRY_BEFORE.search(text, max(start, first.start - 80), first.start))

    def _past_short_form(self, text: str, country: Mention) -> int:
        """Where the text goes on after a country and the bracket that only gives its short form
        ('Korea Selatan (Korsel)', 'Republik Rakyat Tiongkok (RRT)'); a bracket naming a place is no such form."""
        bracket = lx.BRACKET_AFTER.match(text, country.end)
        short = bracket and self.places.finder._country(bracket.group(1).strip())
        return bracket.end() if short and short.country == country.country else country.end

    def _pair_features(self, candidate: Candidate, by_side: dict[tuple, list[Candidate]]) -> dict[str, float]:
        """The best of each occurrence feature, and what the article says of the two places."""
        features: dict[str, float] = {}
        for occurrence in candidate.occurrences:
            tag = occurrence.how
            for name, value in occurrence.features.items():
                for key in (name, f"{tag}:{name}"):
                    if value > features.get(key, float("-inf")):
                        features[key] = value
            features[f"n_{tag}"] = features.get(f"n_{tag}", 0.0) + 1.0
        for tag in ("together", "implied", "country"):
            if f"n_{tag}" in features:
                features[f"n_{tag}"] = _count(features[f"n_{tag}"])
        sides = (candidate.a, candidate.b)
        named = [s for s in sides if s.name is not None]
        a, b = candidate.a, candidate.b
        features.update({
            "all_passing": float(all(self.sentences[o.index].in_passing for o in candidate.occurrences)),
            "domestic": float(a.country == b.country),
            "no_home_side": float(not any(self.home(s) for s in sides)),
            "both_local": float(all(LEVEL.get(s.kind) == "local" for s in named) and len(named) == 2),
            "both_region": float(all(LEVEL.get(s.kind) == "region" for s in named) and len(named) == 2),
            "mixed_level": float(len(named) == 2 and LEVEL.get(a.kind) != LEVEL.get(b.kind)),
            "unknown_place": float(any(s.place is None for s in named)),
            # a place without an item that Wikipedia's lists twin more than once (Gumi, Carmel) is known
            "no_qid": float(any(s.place is not None and not s.place.qid and self.places.gaz.prominence(s.place) < 2
                                for s in named)),
            "unqualified_side": float(any(s.key not in self.qualified for s in named)),
            "min_count": _count(min(self.counts.get(s.key, 0) for s in named)) if named else 0.0,
            "top_pair": float(all(self.top[self.home(s)] == s.key for s in named) and len(named) == 2),
            "has_top": float(any(self.top[self.home(s)] == s.key for s in named)),
            "side_in_title": float(any(s.key in self.in_title for s in named)),
            "pair_in_title": float(all(s.key in self.in_title for s in named) and len(named) == 2),
            "article_twinning": _count(self.article_twinning),
        })
        if b.name is None:
            features["country_has_locality"] = float(any(
                c is not candidate and c.b.name is not None and c.b.country == b.country and c.a.key == a.key
                for c in by_side.get(a.key, ())))
        return {name: value for name, value in features.items() if value}
