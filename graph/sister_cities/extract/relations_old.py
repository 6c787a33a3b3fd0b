"""From sentences and place mentions to sister-city relations.

A relation is read from the sentence that states it: two places of different countries in a
sentence that speaks of twinning (or of a letter of intent, MoU or agreement in an article about
twinning). The stage comes from the words of the sentences that mention the pair, and from later
sentences that point back to it ("perjanjian tersebut").
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from importlib import resources

from ..gazetteer import Gazetteer, Place, fold
from .dates import find_dates
from .legal import find_instruments
from .stages import PRIORITY, stage_of
from .lexicon import *  # noqa
from .mentions import COMPASS, DESCRIBED_KINDS, LEVEL, STOPWORDS, UNIT_KINDS, Mention, MentionFinder
from .text import Sentence, is_title_case

STRONG = re.compile(
    r"sister[\s-]*(?:city|cities|province|provinces|state|states|town|towns|county|prefecture|region)"
    r"|twin(?:ned|ning)?[\s-]+(?:town|towns|city|cities)|town twinning|twinned with"
    r"|\btwinning\s+(?:with|between)|\b(?:its|their|the)\s+twinning\b"
    r"|\bkota[\s-]+(?:kembar|bersaudara|persahabatan|bersahabat|berkembar)|provinsi[\s-]+kembar"
    r"|daerah[\s-]+kembar|\bkembaran\b|friendship[\s-]+(?:city|cities|province)|kota yang bersahabat"
    r"|kota[\s-]+saudara|provinsi[\s-]+(?:bersaudara|saudara)|partner[\s-]+(?:city|cities|town|towns)"
    r"|sister[\s-]+provincial|twin[\s-]+(?:province|provinces|region|regions|state|states)"
    r"|persahabatan\s+(?:kedua|antara)\s+(?:kota|daerah|provinsi)|friendship\s+between\s+the\s+two\s+cities",
    re.I)
# "Sister City Cafe": a business named after the idea, not a twinning
BUSINESS_NAMED = re.compile(r"\s+(?:Cafe|Café|Kafe|Coffee|Kopi|Restaurant|Resto|Hotel|Bar|Shop|Store|Band|Film|Movie|"
                            r"Apartment|Residence|Boutique|Bakery)\b")
DOCUMENT = re.compile(r"\b(?:LoI|LOI|MoU|MOU|Letter of Intent|Memorandum|nota kesepahaman|kesepahaman|"
                      r"perjanjian|agreement|pernyataan (?:minat|kehendak)|kesepakatan|piagam|charter)\b", re.I)
# "Mitra lainnya adalah ...", "Bogor's partners X, Y and Z": in an article about twinning, the
# partners of a place are its twins.
PARTNERS = re.compile(r"\b(?:mitra|partners)\b", re.I)
# "Kerja sama tertua terjalin dengan Brisbane": a cooperation with a place, in a twinning article.
COOPERATION_WITH = re.compile(r"\b(?:kerja\s?sama|hubungan|cooperation|relationship|partnership|ties)\b"
                              r"[^.;]{0,40}?\b(?:dengan|with)\s", re.I)
# "the Hyogo partnership", "hubungan dengan Hyogo": one partner's relation, named by the partner
NAMED_RELATION = re.compile(r"\b[A-Z][\w'’-]+\s+(?:partnership|relationship|twinning|ties|link)\b")
WEAK = re.compile(r"kerja\s?sama|cooperation|relationship|hubungan|partnership|kemitraan|\bties\b", re.I)
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
INITIATOR = re.compile(
    r"((?:Kamar [Dd]agang(?: [Dd]an)?(?: [Ii]ndustri)?(?: \(Kadin\))?|Kadin|Kedutaan Besar Republik Indonesia"
    r"(?: \(KBRI\))?|KBRI|KJRI|Konsulat Jenderal Republik Indonesia(?: \(KJRI\))?|Chamber of Commerce)"
    r"(?: (?:Kabupaten|Kota|Provinsi) )?(?:\s?[A-Z][\w]+){0,2}"
    r"|Kementerian (?:Luar|Dalam) Negeri|Kemendagri|Kemenlu|Ministry of (?:Foreign|Home) Affairs"
    r"|Indonesian Embassy(?: in [A-Z]\w+)?|Embassy of Indonesia(?: in [A-Z]\w+)?)")
INITIATIVE = re.compile(r"inisiasi|prakarsa|diprakarsai|initiat\w+|difasilitasi|fasilitasi|facilitat\w+|"
                        r"didampingi|jajaki|menjajaki|mengajak|ajak", re.I)
SEPARATOR_PAIR = re.compile(r"^\s*[-–—]\s*$")
BETWEEN = re.compile(r"\b(?:antara|between)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)
AND_WITH = re.compile(r"^\s*(?:,\s*)?(?:dan|dengan|and|with|serta)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
PART_OF = re.compile(r"^\s*,?\s*(?:yang\s+)?(?:merupakan|adalah|is|was)?\s*(?:a\s+)?(?:bagian\s+(?:dari|wilayah)|"
                     r"part\s+of|located\s+in|terletak\s+di)\s+(?:the\s+)?"
                     r"(?:provinsi|propinsi|province\s+of|prefektur|negara\s+bagian|state\s+of)?\s*$", re.I)
LIST_NEXT = re.compile(r"\s*(?:,\s*(?:dan\s+|and\s+|serta\s+)?|\s+(?:dan|and|serta)\s+)([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)")
# "seperti Penang, Ichikawa dan Chengdu": the words between two items of a list.
LIST_GAP = re.compile(r"^\s*(?:,\s*(?:dan|and|serta)?|dan|and|serta)\s*$")
# "Songpa-gu, a district of Seoul", "Fuqing, sebuah kota di Fujian", "Anxi County in China's Fujian",
# "Ganghwa-gun, Kota Metropolitan Incheon" (unit words the mention left out): the second place only
# locates the first.
QUALIFIER_GAP = re.compile(
    r"^\s*(?:,|\()?\s*(?:(?:[Aa]|[Aa]n|[Ss]ebuah|[Ss]alah satu)\s+(?:\w+\s+)?(?:district|ward|borough|suburb|city|"
    r"town|county|kota|distrik|kecamatan|kabupaten|daerah)\s+(?:of|in|di)\s+(?:the\s+)?|"
    r"(?:in|di|of)\s+(?:the\s+)?(?:[A-Z][\w ]*['’]s\s+)?|"
    r"(?:(?:Kota|Provinsi|Daerah|Metropolitan|Otonom|Khusus|Istimewa|Special|Autonomous)\s+)+)?$")
ROUTE_TO = re.compile(r"\b(?:flights?|routes?|rute|penerbangan|pelayaran|shipping|ferry|kapal)\b[^.;,]{0,25}?"
                      r"\b(?:between|from|antara|dari|to|ke)\s+(?:the\s+)?$", re.I)
ROUTE = re.compile(r"\b(?:flights?|routes?|rute|penerbangan|pelayaran|shipping|ferry|kapal)\b[^.;,]{0,25}$", re.I)
RESPECTIVELY = re.compile(r"\b(?:masing-masing|respectively)\b", re.I)
# "when Penang's chief minister visited Banda Aceh": a place visited is where, unless something is signed
VISITED = re.compile(r"\b(?:visit(?:ed|s|ing)?|mengunjungi|berkunjung\s+ke)\s+(?:the\s+)?$", re.I)
OWNER = re.compile(r"['’]s\s+(?:other\s+|former\s+|existing\s+)?(?:sister|twin|partner|friendship)", re.I)
POSSESSIVE_GAP = re.compile(r"^['’]s\s+$")
# "George Town, the capital of the Malaysian state of Penang": the second only locates the first
CAPITAL_OF_GAP = re.compile(
    r"^,\s+(?:the\s+)?(?:capital|ibu\s?kota)\s+(?:city\s+)?(?:of|dari)\s+(?:the\s+)?"
    r"(?:[A-Za-z]+\s+){0,2}?(?:(?:state|province|provinsi|prefecture|prefektur|region)\s+(?:of\s+)?)?$")
UNIT_OF_GAP = re.compile(r"^,\s+(?:a|an|sebuah|salah satu)\s+(?:[a-z]+\s+)?(district|ward|borough|suburb|city|town|"
                         r"county|municipality|kota|kabupaten|distrik|kecamatan)\s+(?:of|in|di)\s+(?:the\s+)?$")
ADDRESS_GAP = re.compile(r"^(?:\s+[A-Z]\w*){0,3}\s*,\s*$")  # the rest of a building's name, then a comma
PLAIN_GAP = re.compile(r"^\s*(?:,|\()?\s*$")  # "Kochi, Jepang": the country says which namesake
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# "Anxi County in China's Fujian Province": the country between a place and its province
COUNTRY_BETWEEN = re.compile(r"^\s+(?:in|di)\s+(?:the\s+)?$", re.I)
DOCUMENT_WITH = re.compile(r"\b(?:LoI|LOI|MoU|MOU|Letter of Intent|Memorandum|nota kesepahaman|perjanjian|"
                           r"agreement|sister[\s-]city|kerja\s?sama)\b[^.;]{0,40}?\b(?:with|dengan)\b[^.;,]{0,30}$",
                           re.I)
LIST_KIND = re.compile(r"\b(provinsi|provinces?|provincial|kota|city|cities)\b", re.I)
BOTH = re.compile(r"\b(?:kedua (?:kota|pihak|daerah|wilayah|provinsi|belah pihak|pemerintah|kepala daerah|wali ?kota|"
                  r"bupati|gubernur)|both (?:cities|parties|sides)|"
                  r"the two (?:cities|parties|sides|provinces))\b", re.I)
# "Kunjungan itu bertujuan menjajaki sister city": the event of the sentence before.
POINTER = re.compile(r"\b(?:(?:kunjungan|pertemuan|penandatanganan|lawatan|delegasi)\s+(?:itu|tersebut|ini)|"
                     r"(?:the|this) (?:visit|meeting|signing|delegation))\b", re.I)
WITH_PARTNER = re.compile(r"(?:sister[\s-]*(?:city|province)|kota[\s-]+(?:kembar|bersaudara)|MoU|LoI|"
                          r"kerja\s?sama)\b[^.;]{0,60}?\b(?:dengan|with)\b", re.I)
# the end of a clause; not the full stop of an abbreviated name ("St. Louis")
CLAUSE_END = re.compile(r";|(?<!\bSt)(?<!\bMt)(?<!\bFt)\.|\b(?:untuk|guna|agar|yang|which|to)\b")
SIGNING = re.compile(r"\b(?:sign\w*|penandatanganan|menandatangani|ditandatangani|menandatangan)\b", re.I)
LIST_IN_PASSING = re.compile(r"\b(?:like|such as|seperti|antara lain|di antaranya|diantaranya|"
                             r"termasuk|including|previously|sebelumnya|selain)\b", re.I)
BACKGROUND = re.compile(r"\b(?:also (?:has|have|had)|juga (?:telah|sudah|memiliki|mempunyai|menjalin)|previously|"
                        r"sebelumnya|selain itu|besides|in addition to|other sister cities|lainnya)\b", re.I)
COUNTRY_PARTY = re.compile(r"(?:pihak|dengan|with|negara|pemerintah|government of|"
                           r"(?:kota|city|a city|daerah|provinsi|province|a province)\s+(?:di|in))\s+$", re.I)
# "kota-kota di Jepang", "cities in Japan": places in general, not one partner
MANY_IN = re.compile(r"(?:kota-kota|daerah-daerah|provinsi-provinsi|cities|regions|provinces|towns)\s+(?:di|in)\s+"
                     r"(?:the\s+)?$", re.I)
CITY_IN = re.compile(r"\b(?:kota|city|daerah|provinsi|province)\s+(?:di|in)\s+$", re.I)


@functools.lru_cache(maxsize=1)
def known_twins() -> frozenset[frozenset[str]]:
    """QID pairs twinned in Wikidata (the packaged P190 statements with an Indonesian side): they
    tell which of two namesakes an Indonesian place is twinned with ('Kochi' for Surabaya is in Japan)."""
    data = resources.files("sister_cities") / "data" / "wikidata-p190-indonesia.tsv"
    with data.open(encoding="utf-8", newline="") as fh:
        return frozenset(frozenset((row["subject_qid"], row["P190_object_qid"]))
                         for row in csv.DictReader(fh, delimiter="\t"))


@dataclass
class Side:
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
class Candidate:
    a: Side
    b: Side
    evidence: Sentence
    sentences: list[Sentence] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    stage_sentences: list[Sentence] = field(default_factory=list)
    in_passing: bool = True
    from_list: bool = False


class RelationReader:
    """Reads the relations of one article."""

    def __init__(self, gazetteer: Gazetteer, sentences: list[Sentence], published: str | None) -> None:
        self.gaz = gazetteer
        self.sentences = sentences
        self.published = published
        self._twinning: dict[str, bool] = {}
        self.article_strong = any(self._speaks_of_twinning(s.text) for s in sentences)
        self._relational: dict[int, bool] = {}
        self._fields: dict[int, set[str]] = {}
        self._article_fields: set[str] | None = None
        self._date_cache: dict[tuple[int, bool], list[str]] = {}
        self._article_date: tuple[str | None] | None = None
        self.finder = MentionFinder(gazetteer)
        self.mentions: list[list[Mention]] = []
        self.people: list[tuple[Mention | None, str, str]] = []
        if not self.article_strong:
            self.foreign_countries = []
            return
        people_names: list[str] = []
        self._glued_words: set[str] = set()
        self._countries_of_names: dict[str, str] = {}
        self._confirmed: dict[str, tuple] = {}
        for index, sentence in enumerate(sentences):
            referred_to = index + 1 < len(sentences) and (BOTH.search(sentences[index + 1].text)
                                                          or POINTER.search(sentences[index + 1].text))
            if sentence.is_title or self._speaks_of_twinning(sentence.text) or DOCUMENT.search(sentence.text) \
                    or WEAK.search(sentence.text) or PARTNERS.search(sentence.text) or referred_to:
                headline = is_title_case(sentence.text)
                found = self.finder.find(sentence.text, headline=headline)
            else:
                found = self.finder.find(sentence.text, qualified_only=True)
            self.mentions.append(found.mentions)
            self.people.extend(found.people)
            people_names.extend(found.names_of_people)
        qualified = {fold(w) for ms in self.mentions for m in ms if m.qualified for w in m.core.split()}
        person_words = {fold(w) for _, person, _ in self.people for w in person.split()} - qualified
        self._glued_words = {fold(name.split()[0]) for name in people_names} - qualified
        for ms in self.mentions:
            ms[:] = [m for m in ms if m.qualified or m.is_country or fold(m.core) not in person_words]
        self._support_weak_mentions()
        # a country named right after a place fixes which namesake is meant, in the whole article
        for sentence, ms in zip(self.sentences, self.mentions):
            self._parties(sentence.text, ms)
        for ms in self.mentions:
            for m in ms:
                confirmed = self._confirmed.get(fold(m.core))
                if confirmed and not m.is_country and m.country != confirmed[2]:
                    m.place, m.kind, m.country = confirmed
        self._unify_namesakes()
        self.foreign_countries = self._foreign_countries()
        # names the gazetteer lacks keep the country a qualifier gave them anywhere in the article
        for ms in self.mentions:
            for m in ms:
                if m.place is None and m.country and not m.is_country:
                    self._countries_of_names.setdefault(fold(m.core), m.country)

    def _speaks_of_twinning(self, text: str) -> bool:
        """Whether a sentence names twinning ('sister city', 'kota kembar'); asked several times a sentence."""
        if text not in self._twinning:
            self._twinning[text] = any(not BUSINESS_NAMED.match(text, m.end()) for m in TWINNING.finditer(text))
        return self._twinning[text]

    def _support_weak_mentions(self) -> None:
        """A little-known name counts when the article qualifies it somewhere or names its country."""
        qualified = {fold(m.core) for ms in self.mentions for m in ms if m.qualified and not m.weak}
        article = " " + " ".join(fold(s.text) for s in self.sentences) + " "
        named: dict[str, bool] = {}

        def country_named(code: str | None) -> bool:
            if code not in named:
                country = self.gaz.country(code) if code else None
                names = {fold(n) for n in (country.name, country.local_name, *country.aliases) if n} \
                    if country else set()
                named[code] = any(f" {n} " in article for n in names if len(n) > 2)
            return named[code]

        counts: dict[str, int] = {}
        for ms in self.mentions:
            for m in ms:
                counts[fold(m.core)] = counts.get(fold(m.core), 0) + 1
        for sentence, ms in zip(self.sentences, self.mentions):
            ms[:] = [m for m in ms if not m.weak or fold(m.core) in qualified or country_named(m.country)
                     or counts[fold(m.core)] >= 2 or self._listed_among_places(sentence.text, ms, m)
                     or self._speaks_of_twinning(sentence.text)
                     and self._paired_with_a_known_place(sentence.text, ms, m)
                     or self._described_as_unit(sentence.text, ms, m)]
            # a name also seen as the first name of a person ("Nelson Simanjuntak") is that person
            # unless the article speaks of the place's country
            ms[:] = [m for m in ms if m.qualified or m.is_country or fold(m.core) not in self._glued_words
                     or country_named(m.country)]

    @staticmethod
    def _listed_among_places(text: str, mentions: list[Mention], mention: Mention) -> bool:
        """'seperti Penang, Ichikawa dan Chengdu': an item between two well-known places of a list."""
        at = mentions.index(mention)
        if at == 0 or at + 1 >= len(mentions):
            return False
        before, after = mentions[at - 1], mentions[at + 1]
        return not before.weak and not after.weak and not before.is_country and not after.is_country \
            and bool(LIST_GAP.match(text[before.end:mention.start])) \
            and bool(LIST_GAP.match(text[mention.end:after.start]))

    @staticmethod
    def _described_as_unit(text: str, mentions: list[Mention], mention: Mention) -> bool:
        """'Zelenograd, a district of Moscow': the text itself says the name is a place; 'Kisarazu,
        Prefektur Chiba': it names the division the place lies in."""
        at = mentions.index(mention)
        if at + 1 >= len(mentions):
            return False
        after, gap = mentions[at + 1], text[mention.end:mentions[at + 1].start]
        return bool(UNIT_OF_GAP.match(gap)) or bool(PLAIN_GAP.match(gap)) and after.qualified \
            and LEVEL.get(after.kind or "") == "region" and after.country == mention.country

    @staticmethod
    def _paired_with_a_known_place(text: str, mentions: list[Mention], mention: Mention) -> bool:
        """'Bogor and Kisarazu signed a sister city MoU': joined by 'and' to a well-known place."""
        at = mentions.index(mention)
        neighbours = [(mentions[at - 1], text[mentions[at - 1].end:mention.start])] if at > 0 else []
        if at + 1 < len(mentions):
            neighbours.append((mentions[at + 1], text[mention.end:mentions[at + 1].start]))
        return any(not other.weak and not other.is_country and other.place is not None
                   and other.country != mention.country and LIST_GAP.match(gap) for other, gap in neighbours)

    def _unify_namesakes(self) -> None:
        """'Provinsi Kyoto' then 'Kyoto': a bare name takes the place its qualified mentions name,
        when the article qualifies it one way only (read-also lines are left alone)."""
        qualified: dict[tuple, set] = {}
        for sentence, ms in zip(self.sentences, self.mentions):
            if sentence.in_passing:
                continue
            for m in ms:
                if m.qualified and m.place is not None and not m.weak:
                    qualified.setdefault((fold(m.core), m.country), set()).add((m.place, m.kind))
        for sentence, ms in zip(self.sentences, self.mentions):
            if sentence.in_passing:
                continue
            for m in ms:
                if m.qualified or m.place is None or m.is_country:
                    continue
                known = qualified.get((fold(m.core), m.country))
                if not known:
                    # "Victoria" in a headline, "State Government of Victoria, Australia" in the body:
                    # a foreign namesake qualified one way only in the whole article
                    known = set().union(*(places for (core, _), places in qualified.items()
                                          if core == fold(m.core)))
                    known = known if m.country != "ID" and all(p.country != "ID" for p, _ in known) else set()
                if known and len(known) == 1:
                    m.place, m.kind = next(iter(known))
                    m.country = m.place.country

    def _foreign_countries(self) -> list[str]:
        counts: dict[str, int] = {}
        for ms in self.mentions:
            for m in ms:
                if m.country and m.country != "ID":
                    counts[m.country] = counts.get(m.country, 0) + 1
        return sorted(counts, key=lambda c: -counts[c])

    # -- sides ---------------------------------------------------------------------------------

    def _parties(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Drop qualifiers ('Kota Medan, Sumatera Utara', 'Nablus, Palestina') and organisations."""
        kept: list[Mention] = []
        for mention in mentions:
            if kept:
                previous = kept[-1]
                gap = text[previous.end:mention.start]
                if PART_OF.match(gap):
                    # "Kota A adalah bagian dari Provinsi B, ...": what follows is the province's
                    # relation; the city only locates it
                    kept[-1] = mention
                    continue
                if mention.is_country and COUNTRY_BETWEEN.match(gap) and not previous.is_country \
                        and previous.country in (None, mention.country) \
                        and POSSESSIVE_AFTER.match(text, mention.end):
                    previous.country = mention.country
                    mention.qualifies = True
                    continue
                if mention.is_country and PLAIN_GAP.match(gap) and previous.place is not None \
                        and previous.country != mention.country and not previous.is_country:
                    self._move_to_country(previous, mention.country)
                in_list = len(kept) > 1 and LIST_GAP.match(text[kept[-2].end:previous.start])
                if QUALIFIER_GAP.match(gap) and (self._qualifies(previous, mention, gap) or not in_list
                                                 and not self._continues_list(text, mention)
                                                 and self._as_region(mention, previous, gap)) \
                        and not self._continues_list(text, mention):
                    if previous.country is None:
                        previous.country = mention.country
                    mention.qualifies = True
                    continue
                if POSSESSIVE_GAP.match(gap) and self._as_region(previous, mention) \
                        and LEVEL.get(mention.kind or "") == "local" and not mention.is_country \
                        and mention.country in (None, previous.country):
                    # "Montana's Missoula": the region only says where the place lies
                    previous.qualifies = True
                    if mention.country is None:
                        mention.country = previous.country
                    kept[-1] = mention
                    continue
                if CAPITAL_OF_GAP.match(gap) and not mention.is_country and not previous.is_country:
                    mention.qualifies = True
                    continue
                described = UNIT_OF_GAP.match(gap)
                if described and not mention.is_country and not previous.is_country:
                    # "Zelenograd, a district of Moscow": the text says what the place is and where
                    unit = described.group(1).lower()
                    previous.kind = UNIT_KINDS.get(unit) or DESCRIBED_KINDS.get(unit) or previous.kind
                    mention.qualifies = True
                    continue
                if previous.venue and ADDRESS_GAP.match(gap) and self._qualifies(previous, mention, gap):
                    mention.qualifies = mention.venue = True  # "at Brisbane City Hall, Queensland"
                    continue
                if self._in_note_on(text, previous, mention):
                    # "Moscow (by Chicago and Santa Clara County)": a remark on the item before
                    mention.qualifies = True
                    continue
            kept.append(mention)
        return kept

    @staticmethod
    def _without_routes(text: str, parties: list[Mention]) -> list[Mention]:
        """'direct flights between Semarang and Xiamen': the ends of a route are no parties."""
        kept, previous_route = [], None
        for m in parties:
            on_route = bool(ROUTE_TO.search(text[max(0, m.start - 40):m.start])) or previous_route is not None \
                and bool(re.match(r"^\s*(?:,|dan|and|to|ke|-|–)\s*$", text[previous_route.end:m.start]))
            if on_route:
                previous_route = m
            else:
                kept.append(m)
        return kept

    def _without_visited(self, text: str, parties: list[Mention], countries: dict[int, str]) -> list[Mention]:
        """'... when Penang's chief minister visited Banda Aceh': a place visited, beside another party
        of its country or in a division the article names, is where the talks were, unless the
        sentence tells of a signing."""
        if SIGNING.search(text):
            return parties
        visited = {id(m) for m in parties if VISITED.search(text[max(0, m.start - 30):m.start])}
        if not visited:
            return parties
        named = {m.place.qid for ms in self.mentions for m in ms if m.place is not None and m.place.qid}

        def where(m: Mention) -> bool:
            return any(id(o) not in visited and countries[id(o)] == countries[id(m)] for o in parties) \
                or (m.place is not None and m.place.parent_qid in named)
        return [m for m in parties if id(m) not in visited or not where(m)]

    def _as_region(self, region: Mention, local: Mention, gap: str = "") -> bool:
        """'Missoula, Montana', "Montana's Missoula": beside a place of its country, a bare name that is
        also a state or province is that division, when it then locates the place (``region`` is
        changed only then)."""
        if LEVEL.get(region.kind or "") == "region":
            return True
        if region.qualified or region.is_country or region.place is None or local.place is None \
                or LEVEL.get(local.kind or "") != "local" or not local.country:
            return False
        division = self.finder.resolve(region.core, kind=self.gaz.division_kind(local.country),
                                       country=local.country)
        if division is None or LEVEL.get(division.kind) != "region" or division.country != local.country:
            return False
        before = region.place, region.kind, region.country
        region.place, region.kind, region.country = division, division.kind, division.country
        if gap and not self._qualifies(local, region, gap):
            region.place, region.kind, region.country = before
            return False
        return True

    @staticmethod
    def _in_note_on(text: str, previous: Mention, mention: Mention) -> bool:
        """Whether ``mention`` lies in brackets opened after ``previous`` and not yet closed."""
        opened = text.rfind("(", previous.end, mention.start)
        return opened >= 0 and ")" not in text[opened:mention.start] and not mention.is_country

    def _move_to_country(self, mention: Mention, country: str | None) -> None:
        """'Kota Kochi, Jepang': the namesake in the country the text names, or an unknown place there."""
        place = self.finder.resolve(mention.core, kind=mention.kind, country=country)
        if place is None or place.country != country:
            place = self.finder.resolve(mention.core, country=country)  # "Victoria, Australia": the state
        if place is not None and place.country == country:
            if mention.place is not None and mention.kind == mention.place.kind:
                mention.kind = place.kind
            mention.place = place
        else:
            mention.place = None
        mention.country = country
        self._confirmed[fold(mention.core)] = (mention.place, mention.kind, country)

    def _continues_list(self, text: str, mention: Mention) -> bool:
        """'Chongqing, Sichuan, dan Heilongjiang': a place followed by more places is a list item,
        not the province of the place before it (a country after it does not count)."""
        if mention.is_country or mention.place is None:
            return False
        follow = LIST_NEXT.match(text, mention.end)
        if not follow:
            return False
        name = follow.group(1)
        return self.gaz.country(name) is None and self.gaz.country(name.split()[0]) is None

    @staticmethod
    def _qualifies(inner: Mention, outer: Mention, gap: str) -> bool:
        """Whether ``outer`` only says where ``inner`` lies (its country, its province)."""
        if outer.is_country:
            return inner.country in (None, outer.country)
        if outer.place is None:
            return LEVEL.get(outer.kind or "") == "region"
        if inner.place is not None and inner.place == outer.place:
            return not outer.qualified  # "Medan, Sumatera Utara (Sumut)"; not "di Solo, Pemkot Surakarta"
        if inner.country not in (None, outer.country):
            return False
        if inner.kind in ("district", "county") and outer.kind == "city" and \
                (inner.place is None or inner.place.country == outer.country):
            return True  # "Eunpyeong-gu, Seoul", "Distrik Gangnam, Seoul"
        if not (LEVEL.get(outer.kind or "") == "region" and LEVEL.get(inner.kind or "") == "local"):
            return False
        if inner.place is None or inner.place.parent_qid == outer.place.qid:
            return True
        return inner.place.parent_qid is None  # "Mossel Bay, Western Cape": where it lies

    def _country_of(self, mention: Mention, sentence_mentions: list[Mention]) -> str:
        if mention.country:
            return mention.country
        remembered = self._countries_of_names.get(fold(mention.core))
        if remembered:
            return remembered
        # Every Indonesian regency is in the gazetteer: an unknown "Kabupaten X" next to a foreign
        # country is a county of that country.
        named = [m.country for m in sentence_mentions if m.is_country and m.country != "ID" and not m.qualifies]
        if named:
            return named[0]
        if mention.kind == "regency":
            return "ID"
        return self.foreign_countries[0] if self.foreign_countries else "ID"

    def _side(self, mention: Mention, sentence_mentions: list[Mention]) -> Side:
        country = self._country_of(mention, sentence_mentions)
        place = mention.place
        kind = mention.kind or "other"
        if place is None:
            if country != "ID" and LEVEL.get(kind) == "region":
                kind = self.gaz.division_kind(country)
            elif country != "ID" and kind == "regency":
                kind = "county"
            name = mention.core
        else:
            name = place.name
            aliases = {fold(a) for a in place.aliases}
            core = fold(mention.core)
            if place.kind == "city" and place.country != "ID" and core != fold(place.name) \
                    and core != fold(place.local_name or "") and core in aliases:
                name = mention.core
        return Side(place, name, mention.surface, kind, country)

    def _country_side(self, text: str, mention: Mention) -> Side:
        before = text[max(0, mention.start - 12):mention.start]
        said = re.search(r"(?:pihak|kota di|city in)\s+$", before, re.I)
        local = (said.group(0) + mention.surface) if said else mention.surface
        return Side(None, None, local, "other", mention.country or "")

    # -- pairs ---------------------------------------------------------------------------------

    def _explicit_pairs(self, text: str, parties: list[Mention]) -> list[tuple[Mention, Mention]]:
        pairs = []
        for first, second in zip(parties, parties[1:]):
            gap = text[first.end:second.start]
            if ROUTE.search(text[max(0, first.start - 40):first.start]):
                continue  # "direct flights between Semarang and Xiamen": a route, not a twinning
            if SEPARATOR_PAIR.match(gap) or (AND_WITH.match(gap) and
                                             BETWEEN.search(text[max(0, first.start - 40):first.start])):
                pairs.append((first, second))
        return pairs

    def _pairs(self, text: str, parties: list[Mention], countries: dict[int, str]) \
            -> tuple[list[tuple[Mention, Mention]], bool]:
        explicit = [(a, b) for a, b in self._explicit_pairs(text, parties) if not self._same_place(a, b)]
        if explicit:
            return explicit, False
        if set(countries.values()) == {"ID"} and len(parties) >= 2:
            # twinning inside one country is only read where the sentence names it as such
            return (self._domestic_pairs(text, parties) if self._speaks_of_twinning(text) else []), False
        owner = next((m for m in parties if OWNER.match(text, m.end)), None)
        if owner is not None:
            # "Brisbane's other sister cities include Kobe, Auckland and Daejeon": the owner's partners
            others = [m for m in parties if m is not owner and countries[id(m)] != countries[id(owner)]]
            return [(owner, m) for m in others], len(others) >= 3
        joined = re.search(r"\b(?:with|dengan)\b", text)
        if "ID" not in countries.values() and joined:
            # "Delft will keep its ties with Esteli in Nicaragua and Kfar Saba in Israel"
            subject = [m for m in parties if m.end <= joined.start()]
            objects = [m for m in parties if m.start >= joined.end()]
            if len(subject) == 1 and objects and all(countries[id(m)] != countries[id(subject[0])] for m in objects):
                return [(subject[0], m) for m in objects], len(objects) >= 3
        if "ID" not in countries.values() and len(set(countries.values())) >= 3:
            # "Mitra lainnya adalah A di X, B di Y dan C di Z": partners of a place named elsewhere
            return [], False
        home = "ID" if "ID" in countries.values() else countries[id(parties[0])] if parties else None
        anchors = [m for m in parties if countries[id(m)] == home]
        others = [m for m in parties if countries[id(m)] != home]
        partner_clause = WITH_PARTNER.search(text)
        if partner_clause:
            # "... visits two cities and talks up the sister city link with C": the partner is C
            clause_end = CLAUSE_END.search(text, partner_clause.end())
            limit = clause_end.start() if clause_end else len(text)
            named_after = [m for m in others if partner_clause.end() <= m.start < limit]
            others = named_after or others
        if RESPECTIVELY.search(text) and len(anchors) == len(others) >= 2:
            # "Bitung dan Minahasa masing-masing ... dengan Davao dan General Santos": in order
            return list(zip(anchors, others)), False
        is_list = len(others) >= 3
        levels = {LEVEL.get(m.kind or "") for m in anchors}
        pairs = []
        for other in others:
            for anchor in anchors:
                if len(levels) > 1 and LEVEL.get(anchor.kind or "") != LEVEL.get(other.kind or ""):
                    continue
                pairs.append((anchor, other))
        return pairs, is_list

    @staticmethod
    def _same_place(a: Mention, b: Mention) -> bool:
        if a.place is not None and b.place is not None:
            return a.place == b.place
        return fold(a.core) == fold(b.core)

    def _domestic_pairs(self, text: str, parties: list[Mention]) -> list[tuple[Mention, Mention]]:
        """Two places of one country: 'A ... sister city dengan B dan C' pairs A with B and with C,
        A being the place named last before 'dengan'."""
        match = WITH_PARTNER.search(text)
        if not match:
            return []
        anchors = [m for m in parties if m.end <= match.start()]
        clause_end = CLAUSE_END.search(text, match.end())
        limit = clause_end.start() if clause_end else len(text)
        partners = [m for m in parties if match.end() <= m.start < limit]
        if not anchors or not partners:
            return []
        anchor = anchors[-1]
        return [(anchor, m) for m in partners if not self._same_place(anchor, m)]

    # -- reading -------------------------------------------------------------------------------

    def relational(self, index: int) -> bool:
        """Whether the sentence speaks of twinning, or of a signed document in a twinning article."""
        if index not in self._relational:
            text = self.sentences[index].text
            self._relational[index] = bool(self._speaks_of_twinning(text)) or \
                (self.article_strong and bool(DOCUMENT.search(text) or PARTNERS.search(text)
                                              or COOPERATION_WITH.search(text) or NAMED_RELATION.search(text)))
        return self._relational[index]

    def read(self) -> list[Candidate]:
        """The article's relations: pairs stated in a sentence first, then sentences naming one side,
        each unordered pair once."""
        if not self.article_strong:
            return []
        found: dict[frozenset, Candidate] = {}
        one_sided: list[tuple[int, list[Mention]]] = []
        recent: list[Candidate] = []
        for index, sentence in enumerate(self.sentences):
            mentions = self.mentions[index]
            text = sentence.text
            relational = self.relational(index)
            anaphoric = bool(ANAPHOR.search(text)) and (relational or WEAK.search(text))
            if not relational and not anaphoric:
                continue
            parties = [m for m in self._parties(text, mentions)
                       if not m.organisation and not m.is_country and not m.venue]
            countries = {id(m): self._country_of(m, mentions) for m in parties}
            parties = self._without_visited(text, self._without_routes(text, parties), countries)
            pairs, is_list = self._pairs(text, parties, countries) if relational else ([], False)
            stage = stage_of(text)
            if is_list:
                self._apply_list_kind(text, pairs)
            created = []
            clause_stages = self._clause_stages(text, pairs) if len(pairs) > 1 and not is_list else {}
            for first, second in pairs:
                created.append(self._add(found, self._side(first, mentions), self._side(second, mentions),
                                         sentence, clause_stages.get(id(second)) or stage, is_list))
            if not pairs and relational and self._speaks_of_twinning(text):
                created += self._country_partner(found, sentence, mentions, parties, stage)
            if created:
                if not (is_list and recent):
                    recent = created  # "the two cities" after a list of other partners is still the main pair
            elif parties:
                one_sided.append((index, parties))
            elif relational and not parties and not recent and (BOTH.search(text) or POINTER.search(text)) \
                    and index > 0 \
                    and 0 <= sentence.paragraph - self.sentences[index - 1].paragraph <= 1:
                # "Kedua kota berencana ...": the two places are those of the sentence before.
                before = self.sentences[index - 1]
                previous = self.mentions[index - 1]
                parties = [m for m in self._parties(before.text, previous)
                           if not m.organisation and not m.is_country and not m.venue]
                countries = {id(m): self._country_of(m, previous) for m in parties}
                pairs, _ = self._pairs(before.text, parties, countries)
                if len(pairs) == 1:
                    first, second = pairs[0]
                    recent = [self._add(found, self._side(first, previous), self._side(second, previous),
                                        sentence, stage, False)]
                    if before not in recent[0].sentences:
                        recent[0].sentences.insert(0, before)  # it names the pair, and may date it
            elif anaphoric and not parties and recent and (stage in ("renewed", "ended") or
                                                           stage and SIGNING.search(text)):
                for candidate in recent:
                    candidate.stages.append(stage)
                    candidate.stage_sentences.append(sentence)
                    if not sentence.in_passing:
                        candidate.sentences.append(sentence)
        for index, parties in one_sided:
            self._attach_one_sided(found, index, parties)
        return self._finish(found)

    @staticmethod
    def _clause_stages(text: str, pairs: list[tuple[Mention, Mention]]) -> dict[int, str | None]:
        """'teken LoI dengan Liverpool, perpanjang MoU dengan Busan': each partner takes the stage of
        the words since the partner before it, when those words name one."""
        stages, start = {}, 0
        for _, second in sorted(pairs, key=lambda pair: pair[1].start):
            stages[id(second)] = stage_of(text[start:second.end])
            start = second.end
        return stages

    @staticmethod
    def _apply_list_kind(text: str, pairs: list[tuple[Mention, Mention]]) -> None:
        """'tiga provinsi di Tiongkok, yaitu ...': the word that introduces a list sets city or province."""
        first = min(other.start for _, other in pairs)
        words = LIST_KIND.findall(text[:first])
        if not words:
            return
        kind = "province" if words[-1].lower().startswith("prov") else "city"
        for _, other in pairs:
            if other.place is not None and other.place.country != "ID" and other.kind in ("city", "province"):
                other.kind = kind

    def _add(self, found, a: Side, b: Side, sentence: Sentence, stage: str | None,
             is_list: bool) -> Candidate:
        key = frozenset([a.key, b.key])
        candidate = found.get(key)
        if candidate is None:
            candidate = found[key] = Candidate(a, b, sentence)
        if not sentence.in_passing:
            if candidate.in_passing:
                candidate.evidence = sentence
            candidate.in_passing = False
        candidate.from_list = is_list if not candidate.sentences else candidate.from_list and is_list
        candidate.sentences.append(sentence)
        if stage:
            candidate.stages.append(stage)
            candidate.stage_sentences.append(sentence)
        return candidate

    def _country_partner(self, found, sentence: Sentence, mentions: list[Mention],
                         parties: list[Mention], stage: str | None) -> list[Candidate]:
        """'dengan pihak Korea Selatan': a partner named only by its country."""
        text = sentence.text
        home = [m for m in parties if m.country == "ID" and not m.venue]
        partners = [m for m in mentions if m.is_country and m.country != "ID"
                    and (not m.venue or CITY_IN.search(text[max(0, m.start - 30):m.start]))
                    and not MANY_IN.search(text[max(0, m.start - 30):m.start])]
        if len(home) != 1 or len(partners) != 1:
            return []
        partner = partners[0]
        if not (partner.organisation or COUNTRY_PARTY.search(text[max(0, partner.start - 30):partner.start])):
            return []
        side = self._country_side(text, partner)
        return [self._add(found, self._side(home[0], mentions), side, sentence, stage, False)]

    def _attach_one_sided(self, found, index: int, parties: list[Mention]) -> None:
        """A sentence naming one side only ('an LoI with city X is still to come'):
        the other side is the article's main partner of the opposite country group."""
        sentence = self.sentences[index]
        text = sentence.text
        if sentence.in_passing:
            return
        mentions = self.mentions[index]
        previous = None
        for mention in parties:
            if mention.venue:
                continue
            before = text[max(0, mention.start - 90):mention.start]
            listed = previous is not None and LIST_GAP.match(text[previous.end:mention.start])
            named = NAMED_RELATION.match(text, mention.start)
            if not (ANAPHOR.search(text) or DOCUMENT_WITH.search(before) or PARTNERS.search(text) or listed
                    or named):
                continue
            previous = mention  # "ties with Seattle, Kitakyushu and Guangzhou": the list goes on
            side = self._side(mention, mentions)
            partner = self._main_partner(found, side)
            if partner is None:
                continue
            key = frozenset([side.key, partner.key])
            if key in found:
                candidate = found[key]
                candidate.sentences.append(sentence)
                candidate.from_list = False
                stage = stage_of(text)
                if stage and ANAPHOR.search(text):  # "kedua kota tersebut meneken LoI"
                    candidate.stages.append(stage)
                    candidate.stage_sentences.append(sentence)
                continue
            a, b = (side, partner) if side.country == "ID" else (partner, side)
            self._add(found, a, b, sentence, stage_of(text), False)

    def _main_partner(self, found, side: Side) -> Side | None:
        """The named place most often paired so far on the other side (Indonesian or foreign)."""
        counts: dict[tuple, list] = {}
        for candidate in found.values():
            if candidate.in_passing:
                continue
            for own in (candidate.a, candidate.b):
                if own.name is not None and own.country != side.country:
                    entry = counts.setdefault(own.key, [own, 0])
                    entry[1] += 1
        if not counts:
            # nothing paired yet: the place of another country the article speaks of most
            for sentence, ms in zip(self.sentences, self.mentions):
                if sentence.in_passing:
                    continue
                for m in ms:
                    if m.is_country or m.organisation or m.venue or m.qualifies:
                        continue
                    own = self._side(m, ms)
                    if own.country != side.country and own.name:
                        entry = counts.setdefault(own.key, [own, 0])
                        entry[1] += 1
        if not counts:
            return None
        indonesian = {key: entry for key, entry in counts.items() if entry[0].country == "ID"}
        if side.country != "ID" and indonesian:
            counts = indonesian  # the articles are about Indonesian places and their partners
        return max(counts.values(), key=lambda e: e[1])[0]

    def _article_event(self, found: dict[frozenset, Candidate]) -> None:
        """An article about one relation: its renewal or ending may be told without naming the
        partner (a council putting 'its sister city ties' on hold)."""
        main = [c for c in found.values() if not c.in_passing]
        if len(main) != 1:
            return
        candidate = main[0]
        sides = {candidate.a.key, candidate.b.key}
        for index, sentence in enumerate(self.sentences):
            if sentence.in_passing or not self._speaks_of_twinning(sentence.text):
                continue
            stage = stage_of(sentence.text)
            if stage not in ("renewed", "ended"):
                continue
            ms = self.mentions[index]
            others = [m for m in ms if not (m.is_country or m.organisation or m.venue or m.qualifies)
                      and self._side(m, ms).key not in sides]
            if not others:
                candidate.stages.append(stage)
                candidate.stage_sentences.append(sentence)

    @staticmethod
    def _merge_shortened(found: dict[frozenset, Candidate]) -> None:
        """'Kota Mossel' beside 'Mossel Bay': a name the gazetteer lacks that begins a known name of
        the same country, paired with the same place, is that place written short."""
        for key, candidate in list(found.items()):
            for short, other in ((candidate.b, candidate.a), (candidate.a, candidate.b)):
                if short.place is not None or not short.name:
                    continue
                prefix = fold(short.name) + " "

                def written_short_or_long(side: Side) -> bool:
                    """'Mossel' for 'Mossel Bay'; 'Kuching North' (a part of Kuching) for 'Kuching'."""
                    known = fold(side.name or "")
                    return known.startswith(prefix) or prefix.startswith(known + " ") and \
                        prefix.split()[-1] in COMPASS
                target = next((c for k, c in found.items() if k != key and other.key in (c.a.key, c.b.key)
                               and any(side.place is not None and side.country == short.country
                                       and written_short_or_long(side) for side in (c.a, c.b))),
                              None)
                if target is not None:
                    target.sentences += candidate.sentences
                    target.stages += candidate.stages
                    target.stage_sentences += candidate.stage_sentences
                    target.in_passing = target.in_passing and candidate.in_passing
                    del found[key]
                    break

    def _known_namesakes(self, candidates: list[Candidate]) -> None:
        """A partner whose namesake is a known twin of the Indonesian side is that namesake, unless
        the article names the country of the one first chosen and not the namesake's."""
        twins = known_twins()
        article = " " + " ".join(fold(s.text) for s in self.sentences) + " "

        def named(code: str) -> bool:
            country = self.gaz.country(code)
            names = {fold(n) for n in (country.name, country.local_name, *country.aliases) if n} if country else set()
            return any(f" {n} " in article for n in names if len(n) > 2)

        for candidate in candidates:
            home, other = (candidate.a, candidate.b) if candidate.a.country == "ID" else (candidate.b, candidate.a)
            if home.place is None or not home.place.qid or other.place is None or \
                    frozenset((home.place.qid, other.place.qid or "")) in twins:
                continue
            namesakes = [p for p in self.gaz.lookup(other.place.name) if p.qid and p.kind == other.place.kind
                         and frozenset((home.place.qid, p.qid)) in twins]
            if len(namesakes) == 1 and not (named(other.place.country) and not named(namesakes[0].country)):
                twin = namesakes[0]
                replacement = Side(twin, twin.name, other.local_name, twin.kind, twin.country)
                if other is candidate.a:
                    candidate.a = replacement
                else:
                    candidate.b = replacement

    def _finish(self, found: dict[frozenset, Candidate]) -> list[Candidate]:
        self._merge_shortened(found)
        self._article_event(found)
        candidates = list(found.values())
        self._known_namesakes(candidates)
        # A country-only partner is dropped when a locality of that country is paired with the side.
        named = {(c.a.key, c.b.country) for c in candidates if c.b.name is not None} | \
                {(c.b.key, c.a.country) for c in candidates if c.a.name is not None}
        candidates = [c for c in candidates
                      if not ((c.b.name is None and (c.a.key, c.b.country) in named) or
                              (c.a.name is None and (c.b.key, c.a.country) in named))]
        def background(candidate: Candidate) -> bool:
            """Named among other partners, or as what a side 'also has'."""
            listed = candidate.from_list and any(LIST_IN_PASSING.search(s.text) for s in candidate.sentences)
            return listed or all(BACKGROUND.search(s.text) for s in candidate.sentences)

        in_background = {id(c) for c in candidates if not c.in_passing and background(c)}
        has_main = any(not c.in_passing and id(c) not in in_background for c in candidates)
        for candidate in candidates:
            if has_main and id(candidate) in in_background:
                candidate.in_passing = True
            if candidate.a.country != "ID" and candidate.b.country == "ID":
                candidate.a, candidate.b = candidate.b, candidate.a
        return candidates

    # -- details -------------------------------------------------------------------------------

    def stage(self, candidate: Candidate) -> str:
        if not candidate.stages:
            return "active"
        return max(candidate.stages, key=lambda s: PRIORITY[s])

    def place(self, candidate: Candidate) -> str | None:
        """Where the stated event happened: a place named with 'di'/'in' in the stating sentence."""
        evidence = self.evidence(candidate)
        for mention in self.mentions[evidence.index] if evidence.index < len(self.mentions) else []:
            if mention.venue and mention.place is not None and not mention.is_country:
                return mention.place.name
        return None

    def evidence(self, candidate: Candidate) -> Sentence:
        """The first sentence that states the relation at its final stage."""
        final = self.stage(candidate)
        for stage, sentence in zip(candidate.stages, candidate.stage_sentences):
            if stage == final and (candidate.in_passing or not sentence.in_passing):
                return sentence
        return candidate.evidence

    def date(self, candidate: Candidate) -> str | None:
        """From the stating sentence, its paragraph, the other sentences on the pair, the article."""
        if candidate.in_passing:
            return None
        evidence = self.evidence(candidate)
        paragraph = [s for s in self.sentences if s.paragraph == evidence.paragraph and s is not evidence]
        others = [s for s in candidate.sentences if s is not evidence and s not in paragraph]
        # "sejak 1997" dates the start of the relation, not the event reported: the start is the
        # date only of an existing relation no other sentence on the pair dates
        dates = self._dates(evidence, since=False)
        if dates:
            return dates[0]
        for sentence in paragraph:
            # next to it a bare year is more often background ("di tahun 1988") than the event
            dates = [d for d in self._dates(sentence, since=False) if len(d) > 4]
            if dates:
                return dates[0]
        final = self.stage(candidate)
        for sentence in others:
            # a bare year is the event's only where the sentence speaks of the relation's final
            # stage; otherwise it is history ("began in 2010 with a sports exchange")
            dates = self._dates(sentence)
            if dates and (len(dates[0]) > 4 or (stage_of(sentence.text) or "active") == final):
                return dates[0]
        started = self._dates(evidence)
        if started and final in ("active", "proposed"):
            return started[0]
        return self.article_date()

    def _dates(self, sentence: Sentence, since: bool = True) -> list[str]:
        """Dates of a sentence; without ``since``, not the start of a relation ('sejak 1997')."""
        key = (sentence.index, since)
        if key not in self._date_cache:
            self._date_cache[key] = find_dates(sentence.text, self.published, since=since)
        return self._date_cache[key]

    def article_date(self) -> str | None:
        """The first full date of the article body (a dateline or the day of the event), else the
        publication date."""
        if self._article_date is None:
            self._article_date = (self._first_full_date(),)
        return self._article_date[0]

    def _first_full_date(self) -> str | None:
        year = int(self.published[:4]) if self.published and self.published[:4].isdigit() else None
        cited = [i["title"] for i in find_instruments(" ".join(s.text for s in self.sentences))]
        for sentence in self.sentences:
            if any(title in sentence.text for title in cited):
                continue  # the date of a regulation is not the date of the news
            for found in self._dates(sentence):
                if len(found) == 10 and (year is None or abs(int(found[:4]) - year) <= 1):
                    return found
        return str(self.published)[:10] if self.published else None

    def signatories(self, candidate: Candidate) -> list[dict]:
        result, seen = [], set()
        for side in (candidate.a, candidate.b):
            for mention, person, office in self.people:
                if mention is not None and mention.place is not None and side.place is not None \
                        and mention.place == side.place \
                        and person not in seen:
                    seen.add(person)
                    result.append({"name": person, "role": office, "represents": side.name})
        return result

    def initiators(self) -> list[str]:
        """Chambers of commerce, embassies and consulates said to initiate or facilitate."""
        result: list[str] = []
        for sentence in self.sentences:
            if sentence.in_passing or not INITIATIVE.search(sentence.text):
                continue
            for match in INITIATOR.finditer(sentence.text):
                words = match.group(1).split()
                while len(words) > 1 and fold(words[-1]) in STOPWORDS and fold(words[-1]) not in ("town", "city"):
                    words.pop()
                name = " ".join(words).strip(" ,.")
                if name not in result:
                    result.append(name)
        return result

    def fields(self, candidate: Candidate) -> list[str]:
        """Fields of cooperation named with the pair or where the article lists fields."""
        if self._article_fields is None:
            context = [i for i, s in enumerate(self.sentences)
                       if FIELD_CONTEXT.search(s.text) and (self.relational(i) or "bidang" in s.text
                                                           or "sektor" in s.text)]
            self._article_fields = set().union(*(self._sentence_fields(i) for i in context))
        found = set(self._article_fields)
        for sentence in candidate.sentences:
            found |= self._sentence_fields(sentence.index)
        return [name for name, _ in FIELD_PATTERNS if name in found]

    def _sentence_fields(self, index: int) -> set[str]:
        if index not in self._fields:
            text = self.sentences[index].text
            self._fields[index] = {name for name, pattern in FIELD_PATTERNS if pattern.search(text)}
        return self._fields[index]
