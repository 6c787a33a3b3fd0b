"""From an article's candidate pairs to the relations it reports, each with how sure we are.

The steps, each a small function of plain records:

1. ``ArticleReader`` splits the text, settles its places (``places.py``) and lists candidate pairs
   with their features (``candidates.py``);
2. the relation model gives each candidate the probability that the article reports it as a
   twinning: that probability, calibrated to first runs on fresh news (``Models.confidence``), is the
   relation's ``confidence``; the items of one list of partners take the likeliest item's
   probability, and a pair of the regions around a likelier pair is dropped;
3. for each kept relation, the passing model says whether it is only mentioned in passing (so is a
   pair named only in read-also lines, in a list of existing partners, or in sentences that date it
   years back), the stage model picks its stage (a signed document's only where a document or a
   signing is named), and the date model picks its date among the dates near it (for a pair in
   passing, only among the dates of its own sentences);
4. facts (signatories, fields, initiators, the place of signing) are given only to a relation the
   article reports as its news, and only from the sentences about that pair.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass

from ..gazetteer import Gazetteer, fold
from . import lexicon as lx
from .candidates import Candidate, CandidateFinder, Occurrence, partners_named_by_title
from .dates import (BARE_YEAR, CLAUSE_YEAR, YEAR_AFTER, item_date_after, YEAR_OPENING_ITEM, YEAR_WRITTEN_AFTER, FoundDate, find_dated,
                    parse_published)
from .legal import find_instruments
from .mentions import Mention
from .model import Models, default_models
from .places import ArticlePlaces, Side
from .stages import (ANNIVERSARY, ANNIVERSARY_OF_SIGNING, FUTURE, PAST, PLAN, PRIORITY, SIGNED_DONE, SINCE_WORD,
                     THEN_IN_OFFICE, TIE_YEARS, proposed_beyond_a_visit, stage_of, tie_futures_masked)
from .text import Sentence, sentences


SIGNED_STAGES = ("loi_signed", "mou_signed", "agreement_signed")


@dataclass
class Relation:
    """One relation as decided: the candidate and what the models made of it."""

    candidate: Candidate
    confidence: float
    in_passing: bool
    stage: str
    date: str | None
    evidence: Occurrence


NEAR_CLOSING_YEAR = 60  # characters: a year that closes the pair's clause this far after the partner is its year


LEAD_PARAGRAPHS = 3  # a story's lead, where a day written out is most often its event's


class ArticleReader:
    """Everything the decisions about one article need, computed once."""

    def __init__(self, gazetteer: Gazetteer, text: str, title: str | None, published: str | None,
                 url: str | None = None) -> None:
        self.gaz = gazetteer
        self.published = published
        self.sentences: list[Sentence] = sentences(text, title)
        # the site's country, or, for news written in Indonesian, Indonesia's (the language speaks from there)
        home = lx.home_country(url) or ("ID" if lx.written_in_indonesian(text) else None)
        self.places = ArticlePlaces(gazetteer, self.sentences, home=home, site=lx.site_names(url))
        self.finder = CandidateFinder(self.places)
        self.candidates = self.finder.find()
        self.hyphen_leaders: dict[int, Candidate] = {}  # set by scored(): a lifted pair's likeliest peer
        self.cues = self.finder.cues
        self._dates: dict[int, list[FoundDate]] = {}
        self._tenses: dict[int, dict[str, bool]] = {}
        self.year, self.published_date = parse_published(published)
        cited = [i["title"] for i in find_instruments(text)]
        self.citing = {i for i, s in enumerate(self.sentences) if any(t in s.text for t in cited)}

    # -- evidence ------------------------------------------------------------------------------

    def evidence(self, candidate: Candidate) -> Occurrence:
        """The occurrence that states the pair best: in the body, both names, a twinning word."""
        def rank(o: Occurrence) -> tuple:
            sentence, cues = self.sentences[o.index], self.cues[o.index]
            return (not sentence.in_passing, o.how == "together", cues.twinning, cues.document,
                    cues.stage is not None, not sentence.is_title, -o.index)
        return max(candidate.occurrences, key=rank)

    # -- in passing --------------------------------------------------------------------------------

    def passing_features(self, candidate: Candidate, confidence: float, rank: int) -> dict[str, float]:
        features = dict(candidate.features)
        features.update({"confidence": confidence, "rank_0": float(rank == 0), "rank_1": float(rank == 1),
                         "rank_2+": float(rank >= 2)})
        return features

    def listed_as_background(self, candidate: Candidate) -> bool:
        """Named only in a list of a place's partners in a sentence of background ('Fremont already
        has sister cities in A, B and C', 'Previously, Jakarta has signed similar agreements with Tokyo,
        Beijing, Rotterdam ...'): the list tells what exists, not the news."""
        return all((o.listed is not None or self._in_long_run(o)) and self.cues[o.index].background
                   and (self.cues[o.index].stage in (None, "active") or o.listed is None or self._long_list(o.listed))
                   for o in candidate.occurrences)

    def joins_listed_partners(self, candidate: Candidate) -> bool:
        """Named in the list a new partner joins ("Chortkiv would join Whitehorse's three other sister
        cities: Juneau, Alaska; Ushiku, Japan; ..."): a tie the owner already has, told in passing,
        whatever stage the news of the newcomer is at."""
        return any(self._joined(o) == "owner" for o in candidate.occurrences)

    def joiner_with_the_joined(self, candidate: Candidate) -> bool:
        """The newcomer paired with the partners it joins ("Chortkiv would join Whitehorse's three other
        sister cities: Juneau, ..."): the two are no pair, however the title lines them up."""
        return any(self._joined(o) == "joiner" for o in candidate.occurrences)

    def _joined(self, occurrence: Occurrence) -> str | None:
        """Where the occurrence's partner is an item of a list a newcomer joins: "owner" where its other
        side is named from the joining phrase on (or implied), "joiner" where it stands before it."""
        if occurrence.listed is None and not self._in_long_run(occurrence):
            return None
        text = self.sentences[occurrence.index].text
        run = self._list_holding(occurrence)
        for joins in lx.JOINS_PARTNERS.finditer(text, 0, occurrence.second.start):
            if run[0].start >= joins.end() and run[0].start - joins.end() <= 30 \
                    and lx.JOINED_LIST_GAP.match(text[joins.end():run[0].start]):
                return "owner" if occurrence.first is None or occurrence.first.start >= joins.start() else "joiner"
        return None

    def _list_holding(self, occurrence: Occurrence) -> list:
        """The list of the sentence the occurrence's partner is an item of, or the partner alone."""
        return self._run_of(occurrence.index, occurrence.second) or [occurrence.second]

    def _run_of(self, index: int, item: Mention) -> list | None:
        """The list of sentence ``index`` that ``item`` is an item of, if any."""
        return next((run for run in self.finder.lists(index) if any(m is item for m in run)), None)

    def _listed_as_already_twinned(self, occurrence: Occurrence) -> bool:
        """The partner is (an item of) what a place 'is already twinned with' or 'already has' as sister cities."""
        start = self._list_holding(occurrence)[0].start
        return lx.ALREADY_TWINNED_BEFORE.search(self.sentences[occurrence.index].text, max(0, start - 60), start) \
            is not None

    def _in_long_run(self, occurrence) -> bool:
        """The partner is one of three or more places the sentence writes as a list (where no twinning
        word stands before them, as in 'signed similar agreements with A, B and C', no list is read
        for the pair itself)."""
        return any(len(run) >= 3 and any(m is occurrence.second for m in run)
                   for run in self.finder.lists(occurrence.index))

    def item_marked_signed(self, candidate: Candidate) -> bool:
        """'..., Kota Burgas Bulgaria (LoI 2011), ...': a list item that names its own document stays at
        that stage, whatever the list around it tells."""
        evidence = self.evidence(candidate)
        marked = YEAR_AFTER.match(self.sentences[evidence.index].text, evidence.second.end)
        return bool(marked and marked.group("what"))

    def _item_words(self, index: int, item: Mention) -> tuple[int, int] | None:
        """Where a list item's own words lie: from its name to the next item of its list (or 80 characters)."""
        run = self._run_of(index, item)
        if run is None:
            return None
        later = [m for m in run if m.start > item.start]
        return item.end, later[0].start if later else min(len(self.sentences[index].text), item.end + 80)

    def _step_in_words(self, index: int, span: tuple[int, int] | None) -> str | None:
        step = stage_of(self.sentences[index].text[span[0]:span[1]]) if span else None
        return step if step in ("ended", "renewed", *SIGNED_STAGES) else None

    def _others_own_steps(self, index: int, item: Mention) -> list[tuple[int, int]]:
        """The words of the other items of ``item``'s list that tell a step of their own tie."""
        spans = [self._item_words(index, m) for m in self._run_of(index, item) or [] if m is not item]
        return [span for span in spans if self._step_in_words(index, span)]

    def own_step_of_item(self, occurrence: Occurrence) -> str | None:
        """'3. Kostroma, Russia* (suspended August 15, 2022)': the step of its tie a list item's own words
        tell (an ending, a renewal, a document), if any."""
        if occurrence.listed is None:
            return None
        return self._step_in_words(occurrence.index, self._item_words(occurrence.index, occurrence.second))

    def _steps_kept_to_their_items(self, relations: list[Relation], own_step: dict[int, str]) -> None:
        """A step one item's own words tell is that item's: the other items of its sentence take the stage
        the sentence tells without those words ("nine sister cities: 1. Arusha, ... 3. Kostroma* (suspended
        ...)": Arusha is active, not ended)."""
        marked = [r for r in relations if id(r) in own_step]
        for relation in relations:
            if id(relation) in own_step or relation.evidence.listed is None:
                continue
            index = relation.evidence.index
            spans = [self._item_words(index, r.evidence.second) for r in marked
                     if r.evidence.index == index and own_step[id(r)] == relation.stage]
            if not spans:
                continue
            text = self.sentences[index].text
            for start, end in sorted(spans, reverse=True):
                text = text[:start] + " " + text[end:]
            relation.stage = stage_of(text) or "active"

    def listed_with_an_old_year(self, candidate: Candidate) -> bool:
        """'... setelah San Jose pada 1986, Liverpool pada 1997, Barcelona pada 1998': items of a list,
        each followed by a year long before the news, are the ties that exist, each dated by its year."""
        now = self.story_year
        if now is None:
            return False
        for occurrence in candidate.occurrences:
            text = self.sentences[occurrence.index].text
            after = YEAR_AFTER.match(text, occurrence.second.end) or YEAR_WRITTEN_AFTER.match(text, occurrence.second.end)
            listed = occurrence.listed is not None or any(occurrence.second in run for run in self.finder.lists(occurrence.index))
            if not listed or after is None or int(after.group("year")) > now - 2:
                return False
        return True

    @functools.cached_property
    def latest_year(self) -> int | None:
        """The latest year the article names: the news's year where nothing else dates it (not a year
        aimed at: 'bilingual by 2030', 'Visi 2045', 'the 2030 World Expo')."""
        return max((int(m.group(1)) for s in self.sentences for m in BARE_YEAR.finditer(s.text)
                    if not lx.YEAR_AIMED_AT_BEFORE.search(s.text, max(0, m.start() - 14), m.start())
                    and not lx.YEAR_AIMED_AT_AFTER.match(s.text, m.end())), default=None)

    def _long_list(self, listed: tuple) -> bool:
        """Three partners or more in one list ('Davao has also forged sister-city agreements with A, B,
        C and D'): the ties that exist, whatever verb of signing introduces them."""
        index, run, _ = listed
        return run >= 0 and len(self.finder.lists(index)[run]) >= 3

    def stage_of(self, candidate: Candidate, passing: bool, models: Models) -> str:
        """The stage model's choice, but a signed document's stage only where a sentence on the pair
        (or the title) names a document or a signing: 'memperkuat hubungan sister city yang telah
        terjalin sejak 2016' is no agreement signed, whatever the features weigh."""
        features = self.stage_features(candidate, passing)
        probabilities = models.stage.probabilities(features)
        indices = {o.index for o in candidate.occurrences} | {i for i, s in enumerate(self.sentences) if s.is_title}
        indices |= {i + 1 for i in indices if self.points_back(i + 1)}
        documented = any(self.cues[i].document or self.cues[i].signing
                         or self.cues[i].stage in SIGNED_STAGES for i in indices)
        ranked = sorted(probabilities, key=lambda stage: -probabilities[stage])
        if not documented:
            ranked = [stage for stage in ranked if stage not in SIGNED_STAGES] or ranked
        # a step no word of the article speaks of (a renewal, a letter of intent) is the weights' guess
        ranked = [stage for stage in ranked if stage in ("active", "proposed") or any(stage in k for k in features)] \
            or ranked
        if ranked[0] == "proposed" and any(TIE_YEARS.search(self.sentences[o.index].text) for o in candidate.occurrences):
            return "active"  # "the event, which will celebrate 30 years of twinning with Schrobenhausen": the tie exists
        if ranked[0] != "active" and any(o.how == "together" for o in candidate.occurrences) \
                and all(self._listed_as_already_twinned(o) for o in candidate.occurrences if o.how == "together"):
            return "active"  # "Miechow wanted to twin with Huntingdon, which is already twinned with Wertheim, ..."
        if ranked[0] == "proposed" and _only_an_existing_tie(features):
            return "active"  # "a sculpture from the city of Friedberg ... its sister city": no word proposes anything
        if ranked[0] == "proposed" and any(o.how == "together" and self._dated_back(o.index)
                                           and lx.BECAME_PARTNERS.search(self.sentences[o.index].text)
                                           for o in candidate.occurrences):
            return "active"  # "Bountiful and Bethlehem became sister cities in 1983", told in 1988: whatever is hoped
        if ranked[0] == "proposed" and any(self._partner_by_title(candidate, o) for o in candidate.occurrences):
            return "active"  # "road signs naming Falkirk's 'twin towns' of Creteil and Odenwald": the motion is the plan
        if ranked[0] == "proposed":
            # "Budapest Mayor ... and Bethlehem Mayor ... signed a twin city agreement between their cities on
            # Monday": a twinning's signing that a sentence naming both places tells as done, now, outweighs the
            # hopes around it
            done = {self.cues[o.index].stage for o in candidate.occurrences
                    if o.how == "together" and self.cues[o.index].twinning and self.cues[o.index].stage in SIGNED_STAGES
                    and SIGNED_DONE.search(self.sentences[o.index].text) and not self._dated_back(o.index)
                    and not self._tense(o.index)["occ_plan"] and not self._tense(o.index)["occ_future"]}
            if done:
                return max(done, key=lambda stage: PRIORITY[stage])
        if ranked[0] in (*SIGNED_STAGES, "proposed") and self.signed_long_before(candidate):
            # "signed a friendship city agreement in May 2012", in a story of 2024's visit; "an agreement signed
            # with Hennef in 1981", in a story of the association's plans for 2024: the tie exists
            return "active"
        if ranked[0] in SIGNED_STAGES:
            # "signed an agreement on Wednesday ... in December 2018, when the two sides signed a letter of
            # intent": a step every sentence on it dates years back is history beside a signing told now
            now = {self.cues[i].stage for i in indices if self.cues[i].stage in SIGNED_STAGES and not self._dated_back(i)}
            if now and ranked[0] not in now and all(self._dated_back(i) for i in indices if self.cues[i].stage == ranked[0]):
                return max(now, key=lambda stage: PRIORITY[stage])
        return ranked[0]

    def _partner_after_its_title(self, candidate: Candidate, occurrence: Occurrence) -> bool:
        """The partner follows the title its owner gives it ("when she visits Rotorua's Japanese sister city of
        Beppu"): what the words state is reported (not a list set before another owner's title: "Lille and
        Brno, two of Leeds' twin cities", in a story on Kharkiv)."""
        return occurrence.first is not None and not occurrence.first.is_country \
            and self._partner_by_title(candidate, occurrence, apposed=False)

    def _partner_by_title(self, candidate: Candidate, occurrence: Occurrence, apposed: bool = True) -> bool:
        """A sentence names the one place as a partner the other has (``partners_named_by_title``; with
        ``apposed``, also set before its owner's title): the tie exists, whatever is planned around it."""
        if occurrence.how != "together":
            return False
        index, text = occurrence.index, self.sentences[occurrence.index].text
        parties = self.places.parties[index]
        for owner in parties:
            owner_key = self.finder.side(owner, index).key
            if owner_key not in (candidate.a.key, candidate.b.key):
                continue
            partner_key = candidate.b.key if owner_key == candidate.a.key else candidate.a.key
            if any(self.finder.side(m, index).key == partner_key for m in partners_named_by_title(text, parties, owner)):
                return True
            # "Bonn, one of Oxford's four official twin cities": the partner set before its owner's title
            if apposed and lx.PARTNER_BY_TITLE_GAP.match(text, owner.end) \
                    and any(self.finder.side(m, index).key == partner_key and m.end <= owner.start
                            and lx.APPOSED_TITLE_GAP.fullmatch(text, m.end, owner.start) for m in parties):
                return True
        return False

    @property
    def story_year(self) -> int | None:
        """The year of the story: its publication's, or where that is unknown the latest year it names (a
        year no earlier than the story's, so that nothing is dated back that is not)."""
        return self.year or self.latest_year

    def _dated_back(self, index: int) -> bool:
        """Whether a sentence dates what it tells two years or more before the story."""
        years = [int(y) for y in BARE_YEAR.findall(self.sentences[index].text)]
        return self.story_year is not None and bool(years) and max(years) <= self.story_year - 2

    def signed_long_before(self, candidate: Candidate) -> bool:
        """Every sentence on the pair (both places, or the partner of the article's own town) that speaks of a
        signing dates it two years or more before the story (or by office-holders of the past: 'the then
        Eldoret Municipality', or as an anniversary; a headline that gives no year counts as the body's
        signing), no other sentence on the pair speaks of one, and another sentence names the pair: the signing
        is the tie's history, the news is something else."""
        named = {o.index for o in candidate.occurrences}
        signed = {o.index for o in candidate.occurrences if o.how in ("together", "implied")
                  and (self.cues[o.index].stage in SIGNED_STAGES or self.cues[o.index].signing)}
        if not signed or any(self.cues[i].stage in SIGNED_STAGES for i in named - signed) or signed == named:
            return False
        dated = {i for i in signed if BARE_YEAR.search(self.sentences[i].text) and not self.sentences[i].is_title}
        for index in signed:
            if THEN_IN_OFFICE.search(self.sentences[index].text) \
                    or ANNIVERSARY_OF_SIGNING.search(self.sentences[index].text):
                continue  # "the 50th anniversary of Havering and Ludwigshafen signing their Twinning Charter"
            if self.sentences[index].is_title and dated and not BARE_YEAR.search(self.sentences[index].text):
                continue  # "Twinning charters with Ludwigshafen ...": a headline names the signing the body dates
            if self.story_year is None:
                return False
            years = [int(y) for y in BARE_YEAR.findall(self.sentences[index].text)]
            if not years or max(years) > self.story_year - 2:
                return False
        return True

    def told_as_history(self, candidate: Candidate) -> bool:
        """Named only in sentences that date the tie years before the story ('The first pair of sister
        cities was formed in 1973 between Tianjin and Kobe'): background, dated by that year."""
        if self.year is None:
            return False
        for occurrence in candidate.occurrences:
            text = self.sentences[occurrence.index].text
            years = [int(y) for y in BARE_YEAR.findall(text)]
            if not years or max(years) > self.year - 5 or not (PAST.search(text) or SINCE_WORD.search(text)):
                return False
        return True

    # -- stage -----------------------------------------------------------------------------------

    def stage_features(self, candidate: Candidate, in_passing: bool) -> dict[str, float]:
        """What the sentences on the pair say of its stage: each stage cue with where it stands (a
        sentence naming both places, the lead, under a plan or a future), the furthest cue, the words
        right before and after the partner ('(LoI 2011)'), the title, and an ending or renewal the
        article reports."""
        features: dict[str, float] = {"passing": float(in_passing)}
        body = [o for o in candidate.occurrences if not self.sentences[o.index].in_passing] or candidate.occurrences
        stages = []
        # "A menjalin sister province dengan B. Kerja sama itu ditandai dengan penandatanganan MoU": the
        # sentence after, that names no place and points back, tells the pair's stage too; "Selain dengan
        # Kota Ichikawa, Kota Medan juga ... Kota Burgas (LoI 2011)": the pair set aside is a tie that
        # exists, and the sentence's own cues are the others'
        told = [(o.index, o.how) for o in body]
        told += [(o.index + 1, "pointer") for o in body if self.points_back(o.index + 1)]
        aside = {o.index for o in body if o.set_aside}
        for index, how in told:
            stage = "active" if index in aside and how != "pointer" else \
                _beyond_a_visit(self.cues[index].stage, self.sentences[index].text)
            if not stage or (stage == "proposed" and not self._speaks_of_a_tie(index)):
                continue
            tense = self._tense(index)
            planned = tense["occ_plan"] or tense["occ_future"]
            stages.append(stage)
            for name in (f"cue_{stage}", f"cue_{stage}_{how}",
                         f"cue_{stage}_{'planned' if planned else 'told'}",
                         f"cue_{stage}_lead" if self.sentences[index].paragraph <= 1 else ""):
                if name:
                    features[name] = features.get(name, 0.0) + 1.0
        if stages:
            features[f"max_{max(stages, key=lambda s: PRIORITY[s])}"] = 1.0
        # the tense of every sentence on the pair, not of its evidence alone: a plan, a tie that lasted
        for occurrence in body:
            if not self._speaks_of_a_tie(occurrence.index):
                continue  # "the delegation will visit the port": a visit's future, not the tie's
            for name, found in self._tense(occurrence.index).items():
                if found:
                    features[name] = 1.0
        evidence = self.evidence(candidate)
        text = self.sentences[evidence.index].text
        before, after = self._around(text, evidence)
        for prefix, part in (("before_", before), ("after_", after)):
            stage = _beyond_a_visit(stage_of(part), part) if part else None
            if stage:
                features[f"{prefix}{stage}"] = 1.0
        listed = YEAR_AFTER.match(text, evidence.second.end)
        if listed and listed.group("what"):
            features["listed_" + ("loi_signed" if listed.group("what").lower() == "loi" else "mou_signed")] = 1.0
        title = next((i for i, s in enumerate(self.sentences) if s.is_title), None)
        title_stage = _beyond_a_visit(self.cues[title].stage, self.sentences[title].text) if title is not None else None
        if title_stage:
            features[f"title_{title_stage}"] = 1.0
        for index, cues in enumerate(self.cues):
            if cues.twinning and cues.stage in ("renewed", "ended") and not self.sentences[index].in_passing:
                features[f"article_{cues.stage}"] = 1.0
        tense = self._tense(evidence.index)
        features.update({"plan": float(tense["occ_plan"]), "future": float(tense["occ_future"]),
                         "past": float(tense["occ_past"]), "since": float(tense["occ_since"])})
        return {k: (math.log1p(v) if k.startswith("cue_") else v) for k, v in features.items() if v}

    def _speaks_of_a_tie(self, index: int) -> bool:
        """Whether sentence ``index`` names a twinning, a document or a cooperation: 'berharap kunjungan
        ini menjadi kesempatan berharga' hopes for a visit, not for a tie."""
        cues = self.cues[index]
        return cues.twinning or cues.document or cues.weak or cues.partners

    def _tense(self, index: int) -> dict[str, bool]:
        """What sentence ``index`` says of time: a plan, a future, a past, 'since', an anniversary (read
        once a sentence: every pair named there asks)."""
        if index not in self._tenses:
            text = self.sentences[index].text
            ahead = tie_futures_masked(text)  # ("the agreement will provide ...": what the tie does, no plan)
            self._tenses[index] = {name: bool(pattern.search(within)) for name, pattern, within in (
                ("occ_plan", PLAN, ahead), ("occ_future", FUTURE, ahead), ("occ_past", PAST, text),
                ("occ_since", SINCE_WORD, text), ("occ_anniversary", ANNIVERSARY, text))}
        return self._tenses[index]

    def points_back(self, index: int) -> bool:
        """Whether sentence ``index`` names no place and points back to the one before it, in its
        paragraph ('Kerja sama itu ...', 'Kedua kota ...', 'The agreement ...')."""
        if index >= len(self.sentences) or index == 0 or self.places.parties[index] \
                or self.sentences[index].paragraph != self.sentences[index - 1].paragraph:
            return False
        text = self.sentences[index].text
        return bool(lx.THAT_COOPERATION.search(text) or lx.BOTH.search(text) or lx.POINTER.search(text))

    def _around(self, text: str, occurrence: Occurrence) -> tuple[str, str]:
        """The words between the partner and the parties named before and after it in its sentence."""
        parties = [m for m in self.places.parties[occurrence.index] if m is not occurrence.second]
        mention = occurrence.second
        start = max((m.end for m in parties if m.end <= mention.start), default=0)
        end = min((m.start for m in parties if m.start >= mention.end), default=len(text))
        return text[start:mention.start], text[mention.end:end]

    # -- date ------------------------------------------------------------------------------------

    def dates_of(self, index: int) -> list[FoundDate]:
        if index not in self._dates:
            self._dates[index] = [] if index in self.citing else find_dated(self.sentences[index].text,
                                                                            self.published)
        return self._dates[index]

    @functools.cached_property
    def _relevant_news(self) -> list[int]:
        """The sentences that speak of a tie and are not told in passing, whose dates any pair may take."""
        return [i for i, s in enumerate(self.sentences) if self.cues[i].relevant and not s.in_passing]

    @functools.cached_property
    def _pairs_named_together(self) -> dict[int, list[Candidate]]:
        """Each sentence's pairs whose two places it names, by sentence."""
        named: dict[int, list[Candidate]] = {}
        for candidate in self.candidates:
            for index in {o.index for o in candidate.occurrences if o.how == "together"}:
                named.setdefault(index, []).append(candidate)
        return named

    def _sentences_of_other_pairs(self, candidate: Candidate) -> set[int]:
        """The sentences that name one side of the pair only, beside another partner of it ('In 1979, Qingdao
        and Shimonoseki signed an agreement', in a story on Qingdao and Somogy): their dates are that pair's."""
        keys = {candidate.a.key, candidate.b.key}
        return {o.index for o in candidate.occurrences if o.how == "implied"
                and any(other is not candidate and {other.a.key, other.b.key} & keys
                        for other in self._pairs_named_together.get(o.index, ()))}

    @functools.cached_property
    def _lead(self) -> list[int]:
        """The sentences of the story's first three paragraphs, bylines, embedded headlines and the title
        aside ('Penulis: Mulyadi | Editor: Edi Sumardi' is no paragraph of the story)."""
        body = sorted({s.paragraph for s in self.sentences if not s.in_passing and not s.is_title})[:LEAD_PARAGRAPHS]
        return [i for i, s in enumerate(self.sentences) if s.paragraph in body and not s.in_passing and not s.is_title]

    def date_options(self, candidate: Candidate, stage: str, in_passing: bool) -> list[tuple[str, dict]]:
        """Each date that could be the pair's, with what says it is: where it stands (the stating
        sentence, its paragraph, another sentence on the pair, the article's lead), how precise it is,
        whether it dates a start ('sejak'), and how it lies against the publication date."""
        evidence = self.evidence(candidate)
        pair_sentences = {o.index for o in candidate.occurrences} - self._sentences_of_other_pairs(candidate)
        paragraph = self.sentences[evidence.index].paragraph
        options: dict[str, dict] = {}

        ahead: set[str] = set()  # dates the text says are still to come ("22 Juni 2019 mendatang")

        def offer(iso: str, where: str, index: int | None, found: FoundDate | None, **extra: float) -> None:
            if found is not None and index is not None and lx.STILL_TO_COME.match(self.sentences[index].text, found.start):
                ahead.add(iso)
            features = {f"at_{where}": 1.0, f"precision_{len(iso)}": 1.0}
            if found is not None:
                features["since"] = float(found.since)
                if index is not None:
                    sentence_stage = self.cues[index].stage
                    features["same_stage"] = float(sentence_stage == stage)
                    features["stage_sentence"] = float(sentence_stage is not None)
                    features["first_in_sentence"] = float(self.dates_of(index)[:1] == [found])
            features.update(self._against_publication(iso))
            features.update(extra)
            # a relation told in passing is dated by its start ("(2002)"), the news by its event
            features = {f"{k}|{'passing' if in_passing else 'news'}": v for k, v in features.items() if v}
            known = options.get(iso)
            if known is None:
                options[iso] = features
            else:
                for k, v in features.items():
                    known[k] = max(known.get(k, 0.0), v)

        text = self.sentences[evidence.index].text
        item_year = _year_of_item(text, evidence.second.start, evidence.second.end, written_after=in_passing)
        where_in_item, year = item_year or (None, None)
        if year:
            offer(year, "list_year", evidence.index, None)
            if len(year) == 10:  # "Monastir, Tunisia (November 24, 1967)": the item's own day, the others' theirs
                return [(year, options[year])]
        if where_in_item == "closing":  # as near the item as its clause allows, as a year right after it is
            offer(year, "evidence_year", evidence.index, None, near_partner=1.0)
        if not (item_year or self.dates_of(evidence.index) or BARE_YEAR.search(text)):
            # the pair stated in a list without years and again in one whose items carry their years
            # ("Portland's Sister Cities: ...; Guadalajara, Mexico; ..." and "... Guadalajara, Mexico, in
            # 1983; ..."): its own item's year is its date, not a date elsewhere in that other sentence
            for other in candidate.occurrences:
                if other is evidence or other.how != "together":
                    continue
                borrowed = _year_of_item(self.sentences[other.index].text, other.second.start, other.second.end)
                if borrowed:
                    offer(borrowed[1], "list_year", other.index, None)
                    return [(borrowed[1], options[borrowed[1]])]
        # (in a sentence of clauses each with its own subject, only the pair's clause dates it)
        clause_start, clause_end = self.finder.clause_of(evidence.index, evidence.second) or (0, len(text))
        # (a date in another item's own step is that item's: "3. Kostroma* (suspended August 15, 2022)")
        others = self._others_own_steps(evidence.index, evidence.second) if evidence.listed is not None else []
        for found in self.dates_of(evidence.index):
            if clause_start <= found.start < clause_end and not any(a <= found.start < b for a, b in others):
                offer(found.iso, "evidence", evidence.index, found)
        # (in a list whose items open or close with their years, the other years are the other items')
        if where_in_item not in ("before", "closing"):
            parties = self.places.parties[evidence.index]
            for match in BARE_YEAR.finditer(text, clause_start, clause_end):
                if any(a <= match.start() < b for a, b in others):
                    continue
                distance = match.start() - evidence.second.end
                # (near: within 30 characters, or, for a signing, ending the pair's own words with no place
                # between: "Bandung and Suwon signed a sister city agreement in 2017")
                near = 0 <= distance <= 30 or stage in SIGNED_STAGES and 0 <= distance <= NEAR_CLOSING_YEAR \
                    and not any(evidence.second.end <= m.start < match.start() for m in parties) \
                    and lx.CLOSING_YEAR_AFTER.match(text, match.end())
                offer(match.group(1), "evidence_year", evidence.index, None,
                      near_partner=float(bool(near)), before_partner=float(distance < 0))
        for index in sorted(pair_sentences - {evidence.index}):
            for found in self.dates_of(index):
                offer(found.iso, "pair", index, found)
        for index, sentence in enumerate(self.sentences):
            if sentence.paragraph == paragraph and index != evidence.index and index not in pair_sentences:
                for found in self.dates_of(index):
                    offer(found.iso, "paragraph", index, found)
        # a sentence elsewhere that speaks of the tie ("to mark the sister city ties, a tree was planted yesterday")
        for index in self._relevant_news:
            if index != evidence.index and index not in pair_sentences and self.sentences[index].paragraph != paragraph:
                for found in self.dates_of(index):
                    offer(found.iso, "relevant", index, found)
        for index in self._lead:
            for found in self.dates_of(index):
                if len(found.iso) == 10:
                    offer(found.iso, "lead", index, found)
        if self.published:
            offer(str(self.published)[:10], "published", None, None)
        elif not options:
            # no date near the pair and no publication date: the latest year the article names is
            # the news's year ('In June 2022, ... Bucha and Bergamo' for a round-up of that year)
            if self.latest_year is not None:
                offer(str(self.latest_year), "article_year", None, None)
        # an event still to come is not the one reported, where the text dates another
        return [(iso, f) for iso, f in options.items() if iso not in ahead] or list(options.items())

    def _day_in_the_month_published(self, date: str | None, options: list[tuple[str, dict]], models: Models) -> str | None:
        """A page dated only by its month ('2023-12') whose news names a day of that month ('Rabu
        (13/12/2023)') is dated by that day: the month is all the publication says of the same event."""
        if date is None or len(date) != 7 or not self.published or str(self.published) != date:
            return date
        days = [(iso, f) for iso, f in options if len(iso) == 10 and iso.startswith(date)
                and any(k.startswith(("at_evidence", "at_pair", "at_lead")) for k in f)]
        if days:
            return max(days, key=lambda o: models.date.probabilities(o[1])["yes"])[0]
        # else the one day of that month the article's own sentences name ("Medan, Jumat (26/5/2023)")
        named = {found.iso for index, sentence in enumerate(self.sentences) if not sentence.in_passing
                 for found in self.dates_of(index) if len(found.iso) == 10 and found.iso.startswith(date)}
        return named.pop() if len(named) == 1 else date

    def _against_publication(self, iso: str) -> dict[str, float]:
        if self.year is None:
            return {"no_publication": 1.0}
        year = int(iso[:4])
        features = {"same_year": float(year == self.year), "years_before": float(min(max(self.year - year, 0), 10)) / 10,
                    "after_publication": float(year > self.year)}
        if self.published_date is not None and len(iso) == 10:
            try:
                days = (dt.date.fromisoformat(iso) - self.published_date).days
            except ValueError:
                days = 0
            features.update({"within_week": float(-8 <= days <= 1), "future_days": float(days > 1)})
        return features

    # -- facts -----------------------------------------------------------------------------------

    def signatories(self, candidate: Candidate) -> list[dict]:
        """Office holders named with one of the pair's places, in the article's body."""
        result, seen = [], set()
        for side in (candidate.a, candidate.b):
            for person in self.places.people:
                if person.place is None or person.name in seen or person.place.is_country:
                    continue
                if self.sentences[person.sentence].in_passing:
                    continue
                if self.finder.side(person.place, person.sentence).key == side.key:
                    seen.add(person.name)
                    result.append({"name": person.name, "role": person.office, "represents": side.name})
        # "Demre Mayor Süleyman Topçu ... Demre Mayor Topçu": one person, written in full once
        full = [r["name"].split() for r in result]
        return [r for r in result if not any(len(words) > len(r["name"].split())
                                             and words[-len(r["name"].split()):] == r["name"].split()
                                             for words in full)]

    def fields(self, candidate: Candidate, own_only: bool) -> list[str]:
        """Fields of cooperation named in the sentences on the pair; also those of the article's
        sentences about cooperation when the pair is the article's only news."""
        indices = {o.index for o in candidate.occurrences if not self.sentences[o.index].in_passing}
        if not own_only:
            indices |= {i for i, s in enumerate(self.sentences) if lx.FIELD_CONTEXT.search(s.text)
                        and (self.cues[i].relevant or "bidang" in s.text or "sektor" in s.text)
                        and not s.in_passing}
        found = set().union(*(self.cues[i].fields for i in indices))
        return [name for name, _ in lx.FIELD_PATTERNS if name in found]

    def initiators(self) -> list[str]:
        """Chambers of commerce, embassies and consulates said to initiate or facilitate."""
        result: list[str] = []
        for sentence in self.sentences:
            if sentence.in_passing or not lx.INITIATIVE.search(sentence.text):
                continue
            for match in lx.INITIATOR.finditer(sentence.text):
                words = match.group(1).split()
                while len(words) > 1 and fold(words[-1]) in lx.STOPWORDS and fold(words[-1]) not in ("town", "city"):
                    words.pop()
                name = " ".join(words).strip(" ,.")
                if name not in result:
                    result.append(name)
        return result

    def venue(self, occurrence: Occurrence) -> Side | None:
        """The place the sentence says the event happened in ('di Semarang', 'in Harbin')."""
        for mention in self.places.mentions[occurrence.index]:
            if mention.venue and mention.place is not None and not mention.is_country:
                place = mention.place
                return Side(place, place.name, mention.surface, mention.kind or place.kind, place.country)
        return None

    # -- deciding --------------------------------------------------------------------------------

    def scored(self, models: Models) -> list[tuple[Candidate, float]]:
        """Each candidate with the probability that it is a twinning the article reports, likeliest first."""
        scored = [(c, models.relation.probabilities(c.features)["yes"]) for c in self.candidates]
        scored, self.hyphen_leaders = _alike_in_hyphen_series(_alike_in_lists(scored, models.output_threshold),
                                                            models.output_threshold)
        # what the words state is reported, at the least confidence that is, whatever the weights (and
        # after the lifting of lists, which would carry another list's items along): a partner the text
        # says is a city of a country, yet unnamed ("sister city dengan salah satu kota di Belanda"), and
        # each partner a place lists right after its name ("Whitehorse currently has three sister cities:
        # Juneau, Lancieux, France, and Ushiku, Japan"), and each of "the other seven" partners listed after a
        # sentence that counts the owner's ("... New Haven's eighth sister city. The other seven are ..."), and
        # each partner a sentence states otherwise: in an owner's chain of "with", under a heading of an article
        # on an owner's partners, made "X's third sister", in apposition ("Chamonix — also a Sister City of
        # Aspen"), after the title its owner gives it ("Rotorua's Japanese sister city of Beppu")
        scored = [(c, max(p, models.output_threshold if any(o.how == "country" and o.features.get("unnamed_city_of")
                                                            or self._stated_partner(o) or self._one_of_the_others(c, o)
                                                            or self._partner_after_ties_with(o)
                                                            or self._partner_under_a_heading(c, o)
                                                            or self._made_a_counted_partner(o)
                                                            or self._partner_in_apposition(o)
                                                            or self._partner_after_its_title(c, o)
                                                            or self._partner_of_the_pages_own(c, o)
                                                            for o in c.occurrences)
                          else 0.0)) for c, p in scored]
        # "expanding cooperation between Baku and Tashkent and establishing sister city relations between Quba
        # and Jizzakh": the twinning's words govern the second pair, the first is another tie (lifting the second
        # to the threshold was tried: on the studied sets it gained as many wrong pairs as right ones)
        scored = [(c, p) for c, p in scored if not self._other_tie_beside_a_twinning(c)
                  and not self._partners_of_another(c)]
        return sorted(scored, key=lambda item: -item[1])

    def _ties_with_chain(self, index: int, owner: Mention) -> list[Mention]:
        """The places a sentence gives as ``owner``'s partners in a chain of 'with' ('Brea has had sister city
        relationships with Lagos de Moreno for 44 years, with Hanno 24 years and with Anseong three years'),
        or none where the owner states no ties right after its name."""
        text = self.sentences[index].text
        stated = lx.HAS_TIES_WITH.match(text, owner.end)
        if stated is None:
            return []
        chain, at = [], stated.end()
        for mention in self.places.parties[index]:
            if mention.is_country or mention.start < at:
                continue  # (a country after an item says where it lies)
            if mention.start > at and not lx.WITH_CHAIN_GAP.fullmatch(text, at, mention.start) \
                    or not lx.WITH_CHAIN_ITEM_END.match(text, mention.end):
                break
            chain.append(mention)
            at = mention.end
        return chain

    def _year_of_section(self, candidate: Candidate) -> str | None:
        """The year a section headed by the partner gives in its first lines, where one of them is only a short
        line ('Sister city since 1957') or opens with the year ('Est. // 1996 | The state capital ...')."""
        index = next(o.index for o in candidate.occurrences if self._partner_under_a_heading(candidate, o))
        for sentence in self.sentences[index + 1:index + 3]:
            if sentence.heading:
                break
            year = lx.SECTION_YEAR.search(sentence.text)
            if year is not None and (len(sentence.text.split()) <= 6 or year.start() == 0):
                return year.group(1)
        return None

    def _partner_in_apposition(self, occurrence: Occurrence) -> bool:
        """'continued on to Chamonix, France — also a Sister City of Aspen': a place, then in apposition a
        sister city of the next."""
        first, second = occurrence.first, occurrence.second
        if not _in_order(occurrence) or second.is_country:
            return False
        text = self.sentences[occurrence.index].text
        gap = text[first.end:second.start]
        unit = lx.UNIT_OF_OPENING.match(text, second.start)  # ("a Sister City of Aspen", read whole)
        return lx.SISTER_OF_IN_APPOSITION.fullmatch(gap + (unit.group(0) if unit else "")) is not None

    def _made_a_counted_partner(self, occurrence: Occurrence) -> bool:
        """'Morelia, Mexico just recently renewed its agreement with KC, making it Kansas City's third Mexican
        sister': the sentence's subject made the next place's counted partner."""
        first, second = occurrence.first, occurrence.second
        if not _in_order(occurrence) or second.is_country:
            return False
        text = self.sentences[occurrence.index].text
        return lx.MAKING_IT_BEFORE.search(text, max(first.end, second.start - 20), second.start) is not None \
            and lx.PARTNERS_COUNTED_AFTER.match(text, second.end) is not None

    def _partner_under_a_heading(self, candidate: Candidate, occurrence: Occurrence) -> bool:
        """The partner heads a section of an article on its owner's partners ('Curitiba, Brazil' after
        'Travel to Orlando's 8 sister cities')."""
        owner = self.finder.headings_owner
        return occurrence.how == "implied" and self.sentences[occurrence.index].heading and owner is not None \
            and owner.key in (candidate.a.key, candidate.b.key)

    def _partner_after_ties_with(self, occurrence: Occurrence) -> bool:
        """The partner is a place of the chain of 'with' its owner states ties in."""
        first = occurrence.first
        if not _in_order(occurrence):
            return False
        return any(m is occurrence.second for m in self._ties_with_chain(occurrence.index, first))

    def _partners_of_another(self, candidate: Candidate) -> bool:
        """Named together only as two partners of a third: two places of one owner's chain of 'with', or
        places joined as one role and then said to be someone's partners ('paying his own way to Anseong and
        also to Hanno, Japan, another of our sister cities')."""
        for occurrence in candidate.occurrences:
            first, second = occurrence.first, occurrence.second
            if not _in_order(occurrence):
                return False
            text = self.sentences[occurrence.index].text
            owners = [m for m in self.places.parties[occurrence.index] if m.end <= first.start and not m.is_country]
            if any(any(m is first for m in chain) and any(m is second for m in chain)
                   for chain in (self._ties_with_chain(occurrence.index, owner) for owner in owners)):
                continue
            if not (lx.JOINED_AS_ONE_ROLE.fullmatch(text, first.end, second.start)
                    and lx.PARTNERS_OF_ANOTHER_AFTER.match(text, second.end)):
                return False
        return bool(candidate.occurrences)

    def _other_tie_beside_a_twinning(self, candidate: Candidate) -> bool:
        """Named only as 'cooperation between A and B' in sentences whose twinning's words govern another
        'between' pair after it."""
        for occurrence in candidate.occurrences:
            first, second = occurrence.first, occurrence.second
            if not _in_order(occurrence):
                return False
            text = self.sentences[occurrence.index].text
            opening = lx.BETWEEN_BEFORE.search(text, max(0, first.start - 30), first.start)
            if opening is None or not lx.BETWEEN_PAIR_GAP.match(text[first.end:second.start]) \
                    or not lx.OTHER_TIE_BETWEEN_BEFORE.search(text, max(0, opening.start() - 30), opening.start()) \
                    or not lx.TWINNING_THEN_BETWEEN.search(text, second.end):
                return False
        return bool(candidate.occurrences)

    def _partner_of_the_pages_own(self, candidate: Candidate, occurrence: Occurrence) -> bool:
        """'We were officially twinned with Charlottenburg ... in 1968' on a council's page: the place abroad
        a first-person sentence (no one's quoted words) twins, the one it names or the first after 'twinned
        with', is the partner of the page's own place (the article's most named at home), which the sentence
        need not name."""
        own = self.finder.top[True]
        text = self.sentences[occurrence.index].text
        if occurrence.how != "implied" or own is None or own not in (candidate.a.key, candidate.b.key) \
                or occurrence.second.is_country or lx.QUOTE_MARKS.search(text):
            return False
        first_person = lx.FIRST_PERSON_TWINNING.search(text)
        if first_person is None:
            return False
        if first_person.group("the_towns") and self._another_place_just_before(candidate, occurrence.index):
            return False  # "Cebu has ... agreements with Yokohama. The city's 3 domestic sister cities are": Cebu's
        abroad = [m for m in self.places.parties[occurrence.index] if not m.is_country and not m.organisation]
        after = [m for m in abroad if m.start >= first_person.end()]
        if after and lx.TWINNED_WITH_RIGHT_BEFORE.search(text, max(0, after[0].start - 50), after[0].start):
            return after[0] is occurrence.second
        if after and occurrence.second in after and lx.OUR_TWINS_LISTED.match(text, first_person.end()) \
                and lx.only_list_between(text[after[0].end:occurrence.second.start]):
            return True  # "our twin towns of Le Mans in France and Paderborn in Germany": each item the page's
        return len(abroad) == 1 and abroad[0] is occurrence.second

    def _another_place_just_before(self, candidate: Candidate, index: int) -> bool:
        """Whether the sentence before, in the same paragraph, names a place that is neither side: what 'the
        city's' may then stand for."""
        if index == 0 or self.sentences[index - 1].paragraph != self.sentences[index].paragraph:
            return False
        sides = {candidate.a.key, candidate.b.key}
        return any(not m.is_country and self.finder.side(m, index - 1).key not in sides
                   for m in self.places.parties[index - 1])

    def _one_of_the_others(self, candidate: Candidate, occurrence: Occurrence) -> bool:
        """The partner is one of 'the other' ones listed right after a sentence that counts its owner's."""
        owner = self.finder.owner_of_the_others(occurrence.index) if occurrence.how == "implied" else None
        return owner is not None and owner.key in (candidate.a.key, candidate.b.key)

    def _stated_partner(self, occurrence: Occurrence) -> bool:
        """The partner is an item of the list its owner states right after its name: 'X (currently) has
        (three) sister cities: A, B and C', 'X has twin towns including A and B'."""
        first = occurrence.first
        if not _in_order(occurrence):
            return False
        text = self.sentences[occurrence.index].text
        stated = lx.HAS_TWINS_LISTED.match(text, first.end)
        if stated is None or not lx.HAS_VERB.search(stated.group(0)):
            return False
        run = self._list_holding(occurrence)
        # (the list itself, not "..., and the state government has trade offices in Jakarta")
        return 0 <= run[0].start - stated.end() <= 3 and lx.only_list_between(text[stated.end():occurrence.second.start])

    @functools.cached_property
    def _places_denied_a_twinning(self) -> list:
        """The places named in sentences that deny a twinning ('Wali Kota Kyoto menginginkan kerja sama bukan
        dalam bentuk kota kembar tetapi ... partnership city')."""
        denied = []
        for index, (sentence, mentions) in enumerate(zip(self.sentences, self.places.mentions)):
            if "bukan" not in sentence.text and "not" not in sentence.text and "rather" not in sentence.text \
                    and "instead" not in sentence.text:
                continue  # (the cheap test first)
            if any(lx.denied(sentence.text, m) for m in lx.TWINNING.finditer(sentence.text)):
                denied += [m for m in mentions if not m.is_country]
                if not self.places.parties[index] and index > 0 and lx.POINTS_BACK_OPENING.match(sentence.text) \
                        and sentence.paragraph == self.sentences[index - 1].paragraph:
                    # "X and Y signed a Memorandum of Understanding in 2014. It is not the same as the twin
                    # city agreement.": the places of what it points back to
                    denied += [m for m in self.places.mentions[index - 1] if not m.is_country]
        return denied

    @functools.cached_property
    def _ties_denied(self) -> dict[frozenset, set[int]]:
        """The pairs a sentence says have no tie ('Bangkok has sister-city relations with more than 12 cities
        across China, but no formal ties currently exist with Guizhou'; 'Rochester, which has no formal ties with
        Kraków'): the place after the words and each place the sentence names before them; by pair, the sentences."""
        denied: dict[frozenset, set[int]] = {}
        for index, (sentence, parties) in enumerate(zip(self.sentences, self.places.parties)):
            if " no " not in f" {sentence.text.lower()} ":
                continue  # (the cheap test first)
            for m in parties:
                words = lx.NO_TIE_WITH_BEFORE.search(sentence.text, max(0, m.start - 80), m.start)
                if m.is_country or words is None:
                    continue
                for subject in parties:
                    if subject.end <= words.start() and not subject.is_country:
                        key = frozenset((self.finder.side(subject, index).key, self.finder.side(m, index).key))
                        denied.setdefault(key, set()).add(index)
        return denied

    def tie_denied_with(self, candidate: Candidate) -> bool:
        """A pair a sentence says has no tie is none, unless another sentence naming the pair speaks of twinning."""
        denied = self._ties_denied.get(frozenset((candidate.a.key, candidate.b.key)))
        return bool(denied) and not any(o.how == "together" and o.index not in denied and self.cues[o.index].twinning
                                        for o in candidate.occurrences)

    def twinning_denied(self, candidate: Candidate) -> bool:
        """A place whose twinning the article denies is twinned with no one in it ('penjajakan kerja sama
        Ambon-Kyoto', where Kyoto's mayor wants 'bukan dalam bentuk kota kembar'), unless a sentence naming
        the pair speaks of twinning."""
        def named(side) -> bool:
            return any(m.place is not None and m.place is side.place or fold(m.core) == fold(side.name or "")
                       for m in self._places_denied_a_twinning)
        if not self._places_denied_a_twinning or not (named(candidate.a) or named(candidate.b)):
            return False
        # (a question asks, and says nothing: "Are Salekhard and Rovaniemi sister cities?")
        return not any(o.how == "together" and self.cues[o.index].twinning
                       and not self.sentences[o.index].text.rstrip().endswith("?") for o in candidate.occurrences)

    def only_in_other_headlines(self, candidate: Candidate) -> bool:
        """Named only in lines the article sets aside (related headlines, 'Baca juga'), none of which
        speaks of twinning ('DKI Tingkatkan Kerja Sama dengan Casablanca' under a story on Los Angeles):
        another story's cooperation, which the reader is not told is a twinning."""
        return all(self.sentences[o.index].in_passing and not self.cues[o.index].twinning
                   for o in candidate.occurrences)

    def around_a_likelier_pair(self, candidate: Candidate, probability: float,
                               kept: list[tuple[Candidate, float]]) -> bool:
        """'Weifang, in east China's Shandong Province, and Chattanooga': a pair of the regions around
        a likelier pair, named only in the sentences that name that pair, is that pair's setting, not
        a twinning of its own (the regency's twinning read as its province's)."""
        def around(outer: Side, inner: Side) -> bool:
            return outer.key == inner.key or self.places.contains(outer, inner)
        own = {o.index for o in candidate.occurrences}
        for other, p in kept:
            if other is candidate or p <= probability or not own <= {o.index for o in other.occurrences}:
                continue
            for a, b in ((other.a, other.b), (other.b, other.a)):
                if around(candidate.a, a) and around(candidate.b, b):
                    return True
        return False

    def co_items_of_a_partners_list(self, candidate: Candidate) -> bool:
        """'Our sister cities are Akitakata, Japan; Shandan, China; ...', then 'travel to Akitakata and Shandan':
        two items of one list of a place's partners are that place's partners, not each other's, unless a
        sentence says the two are a pair ('between A and B', 'A and B became sister cities')."""
        def same_list(index: int) -> bool:
            text = self.sentences[index].text
            for run in self.finder.lists(index):
                keys = {self.finder.side(m, index).key for m in run}
                if candidate.a.key in keys and candidate.b.key in keys \
                        and lx.PARTNERS_LIST_OPENING.search(text, max(0, run[0].start - 40), run[0].start):
                    return True
            return False
        if not any(same_list(index) for index in {o.index for o in candidate.occurrences}):
            return False
        return not any(o.how == "together" and o.first is not None and (
            lx.BETWEEN_BEFORE.search(self.sentences[o.index].text, max(0, o.first.start - 30), o.first.start)
            or lx.PAIR_PREDICATE_AFTER.match(self.sentences[o.index].text, o.second.end)) for o in candidate.occurrences)

    def twins_only_bodies(self) -> bool:
        """'the Ports of Valparaiso and Bilbao have signed an international twinning agreement', 'Abu Dhabi
        has landed its very own sister airport': where the article twins ports, airports, schools or other
        bodies, and every sentence that speaks of twinning speaks of theirs or likens it to the twinning of
        towns ('you have heard of sister cities'), the twinning is the bodies' (a sister airport is no
        sister city). The twinning of ports, which may say 'twinning' alone, yields to any word that
        twins towns ('sister city', 'twin town')."""
        texts = [s.text for s in self.sentences]
        if any(lx.PORTS_AS_PARTIES.search(t) and lx.TWINNING.search(t) for t in texts) \
                and not any(lx.PLACES_TWINNED.search(t) for t in texts):
            return True
        return any(lx.INSTITUTIONS_TWINNED.search(t) for t in texts) \
            and not any(lx.TWINNING.search(lx.TWINNING_LIKENED.sub(" ", t)) and not lx.INSTITUTIONS_TWINNED.search(t)
                        for t in texts)

    def decide(self, models: Models) -> list[Relation]:
        if self.twins_only_bodies():
            return []
        scored = self.scored(models)
        kept = [(c, p) for c, p in scored if p >= models.output_threshold]
        kept = [(c, p) for c, p in kept if not self.joiner_with_the_joined(c) and not self.only_in_other_headlines(c)
                and not self.twinning_denied(c) and not self.tie_denied_with(c)]
        kept = [(c, p) for c, p in kept if not self.around_a_likelier_pair(c, p, kept)]
        kept = [(c, p) for c, p in kept if not self.co_items_of_a_partners_list(c)]
        named = {(c.a.key, c.b.country) for c, _ in kept if c.b.name is not None}
        # a country-only partner gives way to a place of that country paired with the same side
        kept = [(c, p) for c, p in kept if not (c.b.name is None and (c.a.key, c.b.country) in named)]
        relations = []
        ranks = {id(c): rank for rank, (c, _) in enumerate(kept)}
        for rank, (candidate, probability) in enumerate(kept):
            joined = self.joins_listed_partners(candidate)
            background = joined or self.listed_as_background(candidate)
            # the pairs of one hyphen series are news or background alike: as the likeliest of them is
            leader = self.hyphen_leaders.get(id(candidate), candidate)
            passing = models.passing.probabilities(self.passing_features(
                leader, probability, ranks.get(id(leader), rank)))["yes"] >= 0.5 \
                or background or self.listed_with_an_old_year(candidate) \
                or all(self.sentences[o.index].in_passing for o in candidate.occurrences)  # only a "read also" line
            stage = "active" if joined else self.stage_of(candidate, passing, models)
            if background and stage in SIGNED_STAGES and not self.item_marked_signed(candidate):
                stage = "active"  # "has also signed agreements with A, B and C": ties that exist
            if not passing and stage == "active" and self.told_as_history(candidate):
                passing = True
            options = self.date_options(candidate, stage, passing)
            if passing:  # a tie told in passing is dated by the words on it, never by the day of the news
                options = [o for o in options if any(k.startswith(("at_evidence", "at_list_year", "at_pair"))
                                                     for k in o[1])]
            date = max(options, key=lambda o: models.date.probabilities(o[1])["yes"])[0] if options else None
            date = self._day_in_the_month_published(date, options, models)
            if any(self._partner_under_a_heading(candidate, o) for o in candidate.occurrences):
                date = self._year_of_section(candidate) or date  # "Osaka, Japan // Sister city since 1957"
            relations.append(Relation(candidate, models.confidence(probability), passing, stage, date,
                                      self.evidence(candidate)))
        own_step = {id(r): step for r in relations if (step := self.own_step_of_item(r.evidence))}
        self._steps_kept_to_their_items(relations, own_step)
        return _one_stage_a_list(relations, {id(c): p for c, p in kept}, set(own_step))


def _in_order(occurrence: Occurrence) -> bool:
    """Both places named in the sentence, a place (not a country) first: the pairs the readings of the words
    between two names apply to."""
    first = occurrence.first
    return occurrence.how == "together" and first is not None and not first.is_country \
        and occurrence.second.start >= first.end


_PLAN_FEATURES = frozenset({"plan", "future", "occ_plan", "occ_future"})


def _only_an_existing_tie(features: dict[str, float]) -> bool:
    """The words on a pair speak only of a tie that exists (its partners, its years, its gifts): no cue,
    title, plan or future proposes anything, so the stage weights' lean to a proposal has nothing to
    stand on."""
    return bool(features.get("max_active")) and not any(
        value and ("proposed" in name or name in _PLAN_FEATURES) for name, value in features.items())


def _beyond_a_visit(stage: str | None, text: str) -> str | None:
    """The stage the stage model reads in a sentence: a proposal only where the sentence proposes beyond its
    visit's words (a visit is what partners that exist make as often as places that hope to be)."""
    return None if stage == "proposed" and not proposed_beyond_a_visit(text) else stage


def _year_of_item(text: str, start: int, end: int, written_after: bool = False) -> tuple[str, str] | None:
    """Where and which year a list item carries: "before" it ("1983: Guadalajara"), "closing" its
    clause ("..., Mexico, in 1983;") or "after" it ("Guadalajara (1983)"; with ``written_after`` also
    a year written out after it, as a tie told in passing is dated)."""
    before = YEAR_OPENING_ITEM.search(text, max(0, start - 12), start)
    if before:
        return "before", before.group("year")
    closing = _year_closing_clause(text, start, end)
    if closing:
        return "closing", closing
    after = YEAR_AFTER.match(text, end) or (YEAR_WRITTEN_AFTER.match(text, end) if written_after else None)
    if after is None:
        day = item_date_after(text, end)  # "Monastir, Tunisia (November 24, 1967)": the item's own day
        return ("after", day) if day else None
    return ("after", after.group("year"))


def _year_closing_clause(text: str, start: int, end: int) -> str | None:
    """'Guadalajara, Mexico, in 1983; Ulsan, South Korea, and Ashkelon, Israel, in 1987; Suzhou, ...':
    in a list of clauses set apart by semicolons, each closing with its year, the year of the item's
    own clause (None where the sentence is no such list, or the clause has no year or two)."""
    if text.count(";") < 2:
        return None
    opened = text.rfind(";", 0, start) + 1
    closed = text.find(";", end)
    clause = text[opened:closed if closed >= 0 else len(text)]
    years = list(CLAUSE_YEAR.finditer(clause))
    return years[0].group("year") if len(years) == 1 and years[0].end() >= end - opened else None


def _lifted_to_likeliest(scored: list[tuple[Candidate, float]], threshold: float, groups_of, fewest: int
                         ) -> tuple[list[tuple[Candidate, float]], dict[int, Candidate]]:
    """Pairs of one group (of at least ``fewest``) play one role: each is as likely as the likeliest of
    them when that one is reported. Also returns, for each pair lifted so, that likeliest pair (by id)."""
    groups: dict = {}
    for candidate, probability in scored:
        for key in groups_of(candidate):
            groups.setdefault(key, []).append((candidate, probability))
    leaders = {key: max(members, key=lambda item: item[1]) for key, members in groups.items()
               if len(members) >= fewest and max(p for _, p in members) >= threshold}
    lifted, led = [], {}
    for candidate, probability in scored:
        top = max((leaders[key] for key in groups_of(candidate) if key in leaders),
                  key=lambda item: item[1], default=None)
        if top is not None and top[1] > probability:
            led[id(candidate)] = top[0]
            probability = top[1]
        lifted.append((candidate, probability))
    return lifted, led


def _one_stage_a_list(relations: list[Relation], probability: dict[int, float], own_step: set[int]) -> list[Relation]:
    """The places of one list paired with the same place share one stage, the likeliest item's ("had
    agreements of twinning relationship with Bryansk, Pskov, Rostov and Mytishchi", after the vote to
    end them: all ended, not the first alone); a list in passing keeps each item's own, and so does an item
    marked with its own step (``own_step``: "3. Kostroma, Russia* (suspended August 15, 2022)"), which
    leads no other."""
    groups: dict[tuple, list[Relation]] = {}
    for relation in relations:
        for key in _lists_of(relation.candidate):
            groups.setdefault(key, []).append(relation)
    for members in groups.values():
        if len(members) < 2 or any(r.in_passing for r in members):
            continue
        followers = [r for r in members if id(r) not in own_step]
        if not followers:
            continue
        leader = max(followers, key=lambda r: probability[id(r.candidate)])
        for relation in followers:
            relation.stage = leader.stage
    return relations


def _alike_in_lists(scored: list[tuple[Candidate, float]], threshold: float) -> list[tuple[Candidate, float]]:
    """The places of one list paired with the same place outside it play one role ('Fremont has sister
    cities in Puerto Princesa, Philippines, and Fukaya, Japan'): each such pair is as likely as the
    likeliest of them when that one is reported, where the model, weighing each item's own distance
    and neighbours, scored the first or the last item apart from the rest."""
    return _lifted_to_likeliest(scored, threshold, _lists_of, 2)[0]


def _lists_of(candidate: Candidate) -> set[tuple]:
    """The lists (sentence, list, other side) that name this pair's side among others."""
    return {o.listed for o in candidate.occurrences if o.listed is not None}


def _alike_in_hyphen_series(scored: list[tuple[Candidate, float]], threshold: float
                            ) -> tuple[list[tuple[Candidate, float]], dict[int, Candidate]]:
    """'sister cities Chongqing-Karachi, Xining-Peshawar, Zhengzhou-Quetta': pairs written with a hyphen
    one after another in a twinning sentence (three or more) play one role, as a list's items do (the
    model scored the later ones apart for the many places around them). Also returns each lifted
    pair's likeliest peer, whose passing decision it takes."""
    def series(candidate: Candidate) -> set[int]:
        return {o.index for o in candidate.occurrences
                if o.how == "together" and o.features.get("gap_hyphen") and o.features.get("s_twinning")
                and not o.features.get("same_group")}
    return _lifted_to_likeliest(scored, threshold, series, 3)


def side_record(side: Side, gazetteer: Gazetteer, towns: frozenset[str] = frozenset()) -> dict:
    """A side as the corpus README describes one; ``towns``: the names the article calls a town."""
    # a place in Macau or Hong Kong is China's, as the two regions are when they are sides themselves
    code = lx.SPECIAL_REGIONS.get(side.country, side.country) if side.country else None
    country = gazetteer.country(code) if code else None
    kind = "province" if side.place is not None and side.place.qid in lx.PROVINCE_LEVEL_CITIES else side.kind
    if kind == "city" and (fold(side.name or "") in towns
                           or side.country in ("GB", "IE") and fold(side.name or "") not in lx.BRITISH_IRISH_CITIES):
        kind = "other"
    record = {"name": side.name, "local_name": side.local_name, "kind": kind,
              "country": country.name if country else code or None}
    if side.place is not None and side.place.qid:
        record["qid"] = side.place.qid
    elif side.place is not None and side.place.geonames_id:
        record["geonames_id"] = side.place.geonames_id  # a town only GeoNames names: how build finds it again
    return record


def read_relations(gazetteer: Gazetteer, text: str, *, title: str | None = None, published: str | None = None,
                   models: Models | None = None) -> list[dict]:
    """The relations an article reports, as records in the corpus README's shape."""
    return read_article(gazetteer, text, title=title, published=published, models=models)["relations"]


def read_article(gazetteer: Gazetteer, text: str, *, title: str | None = None, published: str | None = None,
                 url: str | None = None, models: Models | None = None) -> dict:
    """The relations an article reports, and the other places they name (where an event happened),
    each described as a relation's side is, so that a record built from them names no place it does
    not describe."""
    reader = ArticleReader(gazetteer, text, title, published, url)
    relations = reader.decide(models or default_models())
    main = [r for r in relations if not r.in_passing]
    initiators = reader.initiators()
    records: list[dict] = []
    places: dict[tuple, dict] = {}
    towns = reader.places.towns() if relations else frozenset()
    for relation in relations:
        candidate, news = relation.candidate, not relation.in_passing
        record = {
            "a": side_record(candidate.a, gazetteer, towns),
            "b": side_record(candidate.b, gazetteer, towns),
            "stage": relation.stage,
            "event_date": relation.date,
            "initiators": initiators if news and (len(main) == 1 or relation is main[0]) else [],
            "signatories": reader.signatories(candidate) if news else [],
            "fields": reader.fields(candidate, own_only=len(main) > 1) if news else [],
            "evidence": reader.sentences[relation.evidence.index].text,
            "in_passing": relation.in_passing,
            "confidence": round(relation.confidence, 3),
        }
        venue = reader.venue(relation.evidence) if news else None
        if venue:
            record["place"] = venue.name
            if venue.key not in (candidate.a.key, candidate.b.key):
                places.setdefault(venue.key, side_record(venue, gazetteer, towns))
        records.append(record)
    return {"relations": records, "localities": list(places.values())}
