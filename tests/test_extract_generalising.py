"""Rules added so that the extractor carries over to unseen articles, each on sentences written
for these tests (invented; none comes from a news article).

The rules are tested on the model weights they were written against (``RULE_TEST_MODELS``, the
models shipped until the retraining of 6 December 2026), so that retraining the weights on more news
does not move a rule's test. What the shipped models make of these same sentences is scored as a
whole in test_extract_made_up.py (test-sentences-gold.jsonl), and their threshold in test_extract.py."""
from __future__ import annotations

import dataclasses
import functools
import json
from pathlib import Path

from hypothesis import given, settings, strategies as st

from sister_cities.extract import extract_article as package_extract_article
from sister_cities.extract.dates import find_dates
from sister_cities.extract.model import Models
from sister_cities.extract.stages import stage_of

RULE_TEST_MODELS = Path(__file__).parent / "data" / "rule-test-models.json"


@functools.lru_cache(maxsize=1)
def written_against_models() -> Models:
    """The models these tests were written against, at their own thresholds."""
    return Models.from_json(json.loads(RULE_TEST_MODELS.read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=1)
def rule_models() -> Models:
    """Those models reporting from the probability 0.5, the threshold most of these tests were
    written at: a rule's pair stays its pair when the reporting threshold moves (that threshold is
    tested in test_extract.py)."""
    return dataclasses.replace(written_against_models(), output_threshold=0.5)


def extract_article(text: str, **kwargs) -> dict:
    return package_extract_article(text, models=rule_models(), **kwargs)


def shipped_extract_article(text: str, **kwargs) -> dict:
    """As extract reports, at the reporting threshold of the models written against."""
    return package_extract_article(text, models=kwargs.pop("models", None) or written_against_models(), **kwargs)


def read_article(text: str, title: str | None = None, published: str | None = None):
    """The reader's whole state for one article: its mentions, its candidates and their occurrences."""
    from sister_cities.extract.relations import ArticleReader
    from sister_cities.gazetteer import Gazetteer

    return ArticleReader(Gazetteer.default(), text, title, published)


def article_places(text: str):
    """The places of one article, with the article-wide decisions applied (mentions and parties)."""
    from sister_cities.extract.places import ArticlePlaces
    from sister_cities.extract.text import sentences
    from sister_cities.gazetteer import Gazetteer

    return ArticlePlaces(Gazetteer.default(), sentences(text))


def relations(text: str, **kwargs) -> list[tuple]:
    return [(r["a"]["name"], r["b"]["name"], r["b"]["kind"], r["b"]["country"], r["stage"], r["event_date"],
             r["in_passing"]) for r in extract_article(text, **kwargs)["relations"]]


def test_a_country_adjective_chooses_the_namesake():
    text = "Jambi Province and the Australian state of Victoria signed a sister province MoU on May 2, 2024."
    assert relations(text) == [("Jambi", "Victoria", "state", "Australia", "mou_signed", "2024-05-02", False)]


def test_a_possessive_ends_a_name():
    text = ("The Indonesian province of Aceh and China's Sichuan Province signed a sister province "
            "agreement in 2019.")
    assert relations(text) == [("Aceh", "Sichuan", "province", "China", "agreement_signed", "2019", False)]


def test_an_english_mayor_before_a_name_is_a_person():
    text = "Mayor Bima Santoso of Bogor signed a sister city letter of intent with Kisarazu, Japan."
    assert relations(text) == [("Bogor", "Kisarazu", "city", "Japan", "loi_signed", None, False)]


def test_sumatran_and_malaysian_city_governments():
    text = "Pemko Medan dan Majlis Perbandaran Ipoh menandatangani MoU kota kembar pada 4 Juni 2024."
    assert relations(text) == [("Medan", "Ipoh", "city", "Malaysia", "mou_signed", "2024-06-04", False)]


def test_dates_without_brackets_and_relative_days():
    assert find_dates("signed at City Hall on 15/04/2024.") == ["2024-04-15"]
    assert find_dates("sesuai SE 193/1652/PUOD dan Permendagri 25/2020") == []
    assert find_dates("signed the MoU on Sept. 18, 2023 in Cairo") == ["2023-09-18"]
    assert find_dates("on the 7th of June 2024") == ["2024-06-07"]
    assert find_dates("signed on 2024-06-07.") == ["2024-06-07"]
    assert find_dates("nomor 2024-13-07") == []
    text = "Kota Ambon dan Kota Darwin menandatangani MoU sister city kemarin."
    assert relations(text, published="2024-02-10")[0][5] == "2024-02-09"


def test_a_short_month_does_not_end_the_sentence():
    text = "Kota Batam and Kota Johor Bahru signed a sister city MoU on Oct. 5, 2023 at City Hall."
    assert relations(text) == [("Batam", "Johor Bahru", "city", "Malaysia", "mou_signed", "2023-10-05", False)]


def test_an_anniversary_is_an_existing_relation_dated_by_the_celebration():
    text = ("Pemkot Bogor dan Kota Kisarazu merayakan peringatan 20 tahun kerja sama sister city, Rabu (15/5/2024). "
            "Hubungan kedua kota terjalin sejak 2004.")
    assert relations(text, published="2024-05-16") == [("Bogor", "Kisarazu", "city", "Japan", "active",
                                                        "2024-05-15", False)]


def test_a_visit_to_talk_is_a_proposal_and_having_things_in_common_is_no_relation():
    text = ("Gubernur Prefektur Ehime berkunjung ke Kota Padang untuk membahas peluang sister city. "
            "Kedua daerah memiliki kesamaan sebagai daerah pesisir.")
    assert relations(text)[0][4] == "proposed"


def test_hyphenated_names_the_gazetteer_knows_stay_whole():
    text = "Pemkot Bogor membuka pameran bersama kota kembarnya, Saint-Cloud, Prancis."
    assert relations(text) == [("Bogor", "Saint-Cloud", "city", "France", "active", None, False)]


def test_a_part_of_a_city_named_with_a_compass_word_merges_with_the_city():
    text = ("Pontianak and Kuching sign MoU on sister city cooperation\n\n"
            "Pontianak Mayor Edi Santoso and Kuching North City Commission mayor Hilmy Othman signed the "
            "sister city MoU.")
    assert relations(text) == [("Pontianak", "Kuching", "city", "Malaysia", "mou_signed", None, False)]


def signatories(text: str) -> list[tuple]:
    return [(s["name"], s["role"], s["represents"]) for r in extract_article(text)["relations"]
            for s in r["signatories"]]


def test_english_offices_before_or_after_the_place():
    text = "Pontianak Mayor Edi Santoso and Kuching Mayor Hilmy Othman signed a sister city MoU."
    assert signatories(text) == [("Edi Santoso", "Pontianak Mayor", "Pontianak"),
                                 ("Hilmy Othman", "Kuching Mayor", "Kuching")]
    text = "Mayor Jane Doe of Geelong and Regent Made Suarta of Gianyar signed a sister city letter of intent."
    assert signatories(text) == [("Made Suarta", "Regent of Gianyar", "Gianyar Regency"),
                                 ("Jane Doe", "Mayor of Geelong", "Geelong")]
    text = "Governor of Bali Wayan Koster and Hainan Governor Feng Fei signed a sister province agreement."
    assert signatories(text) == [("Wayan Koster", "Governor of Bali", "Bali"),
                                 ("Feng Fei", "Hainan Governor", "Hainan")]


def test_an_office_with_a_comma_before_the_name():
    text = ("Bandung Mayor, Rina Kusuma leaves for Germany today.\n\n"
            "Bandung and Braunschweig will sign a sister city MoU on Friday.")
    assert signatories(text) == [("Rina Kusuma", "Bandung Mayor", "Bandung")]


def test_a_name_stops_before_the_word_after_it():
    text = "Penandatanganan MoU sister city dilakukan Wali Kota Malang Sutiaji dengan Wali Kota Hebron."
    assert [s[0] for s in signatories(text)] == ["Sutiaji"]


def test_a_frozen_or_suspended_relation_has_ended():
    base = "Pemerintah Kota Medan {} kerja sama kota kembar dengan Kota Gwangju, Korea Selatan."
    assert relations(base.format("membekukan sementara"))[0][4] == "ended"
    assert relations(base.format("menangguhkan"))[0][4] == "ended"
    text = "Medan has put its sister city ties with Gwangju, South Korea, on hold."
    assert relations(text)[0][4] == "ended"


def test_a_county_in_a_country_s_province():
    text = "Maros Regency signed a friendship city agreement with Anxi County in China's Fujian Province."
    assert [r[:5] for r in relations(text)] == [("Maros Regency", "Anxi", "county", "China", "agreement_signed")]


def test_a_place_at_a_venue_abroad_keeps_its_country():
    text = ("Wali Kota Bogor tiba di Baku pada 13 Maret 2020. Setibanya rombongan Pemerintah Kota Bogor di "
            "Azerbaijan, delegasi langsung menuju Lankaran.\n\n"
            "Kota Bogor dan Kota Lankaran menandatangani kesepakatan sister city pada 14 Maret 2020.")
    found = extract_article(text)["relations"]
    assert [(r["a"]["name"], r["a"]["country"], r["b"]["name"], r["b"]["country"]) for r in found] == \
        [("Bogor", "Indonesia", "Lankaran", "Azerbaijan")]


def test_agreeing_to_renew_is_the_renewal():
    text = ("DKI Jakarta and the Tokyo Metropolitan Government agreed to renew their sister city agreement "
            "on June 3, 2024.")
    assert relations(text) == [("Jakarta", "Tokyo", "prefecture", "Japan", "renewed", "2024-06-03", False)]


def test_a_short_name_is_no_country_code():
    text = ("Wali Kota Surabaya Eri Cahyadi menerima Konsul Jenderal Jepang untuk membahas kerja sama sister "
            "city Surabaya-Kochi.")
    found = extract_article(text)["relations"]
    assert [(r["a"]["name"], r["a"]["country"]) for r in found] == [("Surabaya", "Indonesia")]


def test_the_friendship_of_two_cities_is_twinning():
    text = "Pemerintah Kota Yogyakarta dan Kota Kyoto menandai 40 tahun persahabatan kedua kota pada 2024."
    assert relations(text) == [("Yogyakarta", "Kyoto", "city", "Japan", "active", "2024", False)]


def test_cities_of_a_country_in_general_are_no_partner():
    text = ("Universitas Indonesia dan Kyoto University menandatangani MoU kerja sama riset. Rektor UI "
            "mengatakan kerja sama ini akan mendukung program sister city antara Depok dan kota-kota di Jepang.")
    assert relations(text) == []


def test_korean_special_units_and_metropolitan_qualifiers():
    text = ("Pemerintah Provinsi Sumatera Utara menjalin kerja sama sister province dengan Jeju Special "
            "Self-Governing Province, Korea Selatan.")
    assert [r[1:4] for r in relations(text)] == [("Jeju", "province", "South Korea")]
    text = "Pemkab Tabanan dan Kabupaten Ganghwa-gun, Kota Metropolitan Incheon, meneken MoU sister city."
    assert [r[1:4] for r in relations(text)] == [("Ganghwa-gun", "county", "South Korea")]


def test_kota_is_part_of_some_foreign_names():
    text = "Jember Regency Government signs sister city MoU with Kota Kinabalu of Sabah, Malaysia."
    assert [r[:4] for r in relations(text)] == [("Jember Regency", "Kota Kinabalu", "city", "Malaysia")]


def test_formalising_a_twinning_is_its_agreement():
    text = ("Pemerintah Kota Bandung dan Pemerintah Kota Hamamatsu, Jepang, meresmikan kerja sama kota kembar "
            "di Balai Kota Bandung, Rabu (12/6/2024).")
    assert relations(text) == [("Bandung", "Hamamatsu", "city", "Japan", "agreement_signed", "2024-06-12", False)]


def test_agreeing_to_expand_a_relation_is_no_plan():
    text = ("The Medan city administration and Gwangju Metropolitan City of South Korea agreed to expand their "
            "sister city cooperation to vocational training.")
    assert [r[1:5] for r in relations(text)] == [("Gwangju", "city", "South Korea", "active")]


NEW_WORDS = st.sampled_from(["Mayor", "Governor", "Regent", "of", "Surabaya", "Kochi", "China's", "Hainan",
                             "Province", "partners", "Mitra", "(", ")", ",", "Kota", "Kinabalu", "Jeju", "Special",
                             "Self-Governing", "yesterday", "12/03/2024", "Saint-Cloud", "sister city", "MoU",
                             "the", "Australian", "state", "Victoria", "Pemko", "Medan", "membekukan", "dan",
                             "Kunjungan", "itu", "Eri", "kota-kota", "di", "Jepang", "peringatan", "20 tahun", "."])


@settings(max_examples=150, deadline=None)
@given(st.lists(NEW_WORDS, max_size=50).map(" ".join))
def test_the_new_rules_never_raise(text):
    result = extract_article(text, published="2024-03-13")
    for relation in result["relations"]:
        assert relation["a"] != relation["b"]
        for signatory in relation["signatories"]:
            assert signatory["name"] and signatory["role"]


def test_regional_regulations_decrees_and_english_ministerial_regulations():
    from sister_cities.extract.legal import find_instruments

    found = find_instruments("Kerja sama itu diatur Peraturan Daerah Kota Bandung Nomor 5 Tahun 2019, Pergub "
                             "Nomor 10 Tahun 2021, Keppres No. 12 Tahun 2001 dan Minister of Home Affairs "
                             "Regulation No. 25 of 2020.")
    assert [(i["kind"], i["number"], i["issuer"]) for i in found] == [
        ("ministerial regulation", "25 of 2020", "Ministry of Home Affairs"),
        ("regional regulation", "5 Tahun 2019", None),
        ("regional regulation", "10 Tahun 2021", None),
        ("other", "12 Tahun 2001", "President of Indonesia")]


def test_a_little_known_place_joined_to_a_well_known_one_in_a_twinning_sentence():
    text = "Bogor and Kisarazu signed a sister city MoU on 2024-06-07."
    assert relations(text) == [("Bogor", "Kisarazu", "city", "Japan", "mou_signed", "2024-06-07", False)]


def test_jakarta_administrative_cities_districts_and_short_names():
    text = "Pemerintah Kota Administrasi Jakarta Selatan menjajaki sister city dengan Distrik Gangnam, Seoul."
    assert [r[:4] for r in relations(text)] == [("South Jakarta", "Gangnam", "district", "South Korea")]
    text = "Pemkot Tangsel menjalin sister city dengan Kota Suwon, Korea Selatan."
    assert [r[:2] for r in relations(text)] == [("South Tangerang", "Suwon")]
    text = "Pemkab Kukar menandatangani MoU sister city dengan Kota Oita, Jepang."
    assert [r[0] for r in relations(text)] == ["Kutai Kartanegara Regency"]


def test_the_address_of_a_venue_is_no_party():
    text = "Medan and Ichikawa marked 20 years as sister cities at Ichikawa City Hall, Chiba."
    assert [r[:2] for r in relations(text)] == [("Medan", "Ichikawa")]


def test_a_country_after_city_of_is_no_unit_and_headline_words_are_no_places():
    text = "The Balikpapan city government and Kawasaki City of Japan renewed their sister city MoU."
    assert [r[:4] for r in relations(text)] == [("Balikpapan", "Kawasaki", "city", "Japan")]
    assert relations("Tak ada kegiatan, DPRD minta Pemkot Cimahi evaluasi sister city") == []


def test_a_little_known_place_located_in_a_named_division():
    text = "Kota Bogor menjalin sister city dengan Kisarazu, Prefektur Chiba."
    assert [r[1:4] for r in relations(text)] == [("Kisarazu", "city", "Japan")]


def test_a_relation_not_renewed_has_ended():
    text = "Nota kesepahaman sister city antara Kota Madiun dan Kota Hamm, Jerman, tidak diperpanjang."
    assert relations(text)[0][4] == "ended"
    text = "The sister city agreement between Madiun and Hamm, Germany, will not be renewed."
    assert relations(text)[0][4] == "ended"


def test_a_place_visited_is_where_the_talks_were():
    text = ("Aceh and the Malaysian state of Penang agreed to start sister province talks when Penang's chief "
            "minister visited Banda Aceh.")
    assert [r[:4] for r in relations(text)] == [("Aceh", "Penang", "state", "Malaysia")]
    text = ("Aceh and the Malaysian state of Penang agreed to start sister province talks.\n\n"
            "The agreement was reached when Penang's chief minister visited Banda Aceh.")
    assert [r[:4] for r in relations(text)] == [("Aceh", "Penang", "state", "Malaysia")]
    text = "Gubernur Prefektur Ehime berkunjung ke Kota Padang untuk membahas peluang sister city."
    assert [r[:2] for r in relations(text)] == [("Padang", "Ehime Prefecture")]  # the visited is the party


def test_a_signing_only_targeted_is_a_proposal():
    text = ("Pemerintah Kabupaten Belitung menjajaki sister city dengan Kota Sanya, Tiongkok. Kedua pihak "
            "menargetkan penandatanganan Letter of Intent pada awal tahun depan.")
    assert relations(text)[0][4] == "proposed"


def test_an_indonesian_number_is_no_place():
    assert relations("Lima tahun tanpa kegiatan, Pemkot Batu putus sister city dengan Kota Annecy, Prancis") == [
        ("Batu", "Annecy", "city", "France", "ended", None, False)]


def test_memutuskan_untuk_only_decides():

    assert stage_of("Pemkot Batu putus kerja sama sister city dengan Kota Annecy") == "ended"
    assert stage_of("Wali Kota memutuskan hubungan sister city dengan Kota Annecy") == "ended"
    assert stage_of("DPRD memutuskan untuk menyetujui rencana sister city dengan Kota Annecy") == "proposed"


def test_the_capital_of_a_division_only_locates_the_city():
    text = ("Medan and George Town, the capital of the Malaysian state of Penang, agreed to revive their sister "
            "city relationship.")
    assert [r[:4] for r in relations(text)] == [("Medan", "George Town", "city", "Malaysia")]


def test_a_business_named_sister_city_is_no_twinning():
    text = ("Sister City Cafe, a coffee chain founded by friends from Bandung and Seoul, opened a branch in "
            "South Jakarta.")
    assert relations(text) == []


def test_an_abbreviated_name_does_not_end_the_list_of_partners():
    text = ("Selain Godollo, Kota Bogor juga menjalin sister city dengan St. Louis di Amerika Serikat dan "
            "Kisarazu di Jepang.")
    assert {r[1] for r in relations(text)} >= {"St. Louis", "Kisarazu"}


def test_the_ends_of_a_route_are_no_pair():
    text = ("Central Java and China's Fujian province signed a sister province MoU that will open direct flights "
            "between Semarang and Xiamen.")
    assert [r[:2] for r in relations(text)] == [("Central Java", "Fujian")]


def test_extending_their_cooperation_renews_it_and_the_headline_namesake_follows_the_body():
    text = ("W Java, Victoria extend sister state cooperation\n\n"
            "The West Java provincial government and the State Government of Victoria, Australia, extended "
            "their sister state cooperation for five years.")
    assert [r[:5] for r in relations(text)] == [("West Java", "Victoria", "state", "Australia", "renewed")]


def test_a_ministerial_regulation_cited_without_its_ministry():
    from sister_cities.extract.legal import find_instruments

    found = find_instruments("in line with Ministerial Regulation Number 25 of 2020.")
    assert [(i["kind"], i["number"], i["issuer"]) for i in found] == [("ministerial regulation", "25 of 2020", None)]



def test_a_republic_within_a_country_and_a_country_called_republic():
    assert relations("Republik Tatarstan dan Provinsi Aceh menandatangani MoU provinsi kembar pada 2019.")[0][:4] \
        == ("Aceh", "Tatarstan", "province", "Russia")
    text = "Kota Semarang menjalin sister city dengan kota Jung-gu di Republik Korea."
    assert all(r[1] != "Korea" and r[2] != "state" for r in relations(text))


def test_a_place_only_located_by_another_is_no_partner():
    for text, pair, locator in (
            ("Canterbury remains twinned with Vladimir, 120 miles east of Moscow.", {"Canterbury", "Vladimir"}, "Moscow"),
            ("Leeds is twinned with Dortmund, near Essen, since 1969.", {"Leeds", "Dortmund"}, "Essen"),
            ("Crewe was twinned with the German town of Bischofsheim in 1982.", {"Crewe", "Bischofsheim"}, "")):
        partners = [set(r[:2]) for r in relations(text)]
        assert pair in partners and not any(locator in p for p in partners if locator), text


def test_an_office_or_an_organisation_after_a_name_leaves_it_a_place():
    text = ("Cebu Gov. Gwendolyn Garcia met the Metro Cebu Development Board. The province of Cebu and "
            "Yokohama City signed a sisterhood agreement in March 2012.")
    assert [set(r[:2]) for r in relations(text)] == [{"Cebu", "Yokohama"}]


def test_a_namesake_chosen_by_an_adjective_holds_for_the_whole_article():
    text = ("Albany set to end its Chinese sister city Linyi\n\n"
            "The West Australian town of Albany looks set to scrap its Chinese sister city relationship.\n\n"
            "The City of Albany council will vote on whether to end its affiliation with the Chinese city of Linyi.")
    found = extract_article(text)["relations"]
    assert {(r["a"]["name"], r["a"]["country"], r["b"]["name"]) for r in found} == {("Albany", "Australia", "Linyi")}


def test_a_hyphenated_name_known_only_with_its_unit_word():
    text = "Curitiba and Miami-Dade County signed a sister city agreement."
    assert [(r["a"]["name"], r["b"]["name"], r["b"]["kind"]) for r in extract_article(text)["relations"]] == \
        [("Curitiba", "Miami-Dade County", "county")]


def test_a_name_one_letter_from_a_place_of_another_kind_is_not_that_place():
    # Jining is a city; a district written "Jinning" after "Distrik" is not it, misspelt
    found = relations("Pemerintah Kota Surabaya menandatangani kerja sama sister city dengan Distrik Jinning, "
                      "Tiongkok, pada 3 Mei 2022.")
    assert [(a, b, kind) for a, b, kind, *_ in found] == [("Surabaya", "Jinning", "district")]
    # after a unit word of its own kind, one letter is still forgiven
    assert relations("Kota Bogor dan Kota Kisarazuu, Jepang, menandatangani nota kesepahaman sister city "
                     "pada 5 Mei 2021.")[0][:2] == ("Bogor", "Kisarazu")


def test_a_place_of_the_map_data_and_its_twinning_item_are_one_known_place():
    # the gazetteer has the name twice (a populated place without an item, the item of the twinning
    # statements); a bare mention is then no little-known name that needs support
    found = relations("Newark-on-Trent is twinned with Emmendingen, Germany, and Saint-Cyr-sur-Loire, France.",
                      title="Twinning anniversary")
    assert {(a, b) for a, b, *_ in found} == {("Newark-on-Trent", "Emmendingen"),
                                              ("Newark-on-Trent", "Saint-Cyr-sur-Loire")}


def test_an_unknown_name_with_a_unit_word_after_an_office_is_a_place():
    # "Mayor of Qarvand Municipality": the office's holder is named later; the unit word says place
    found = relations("Irbid Mayor Jon Perry and the Mayor of Qarvand Municipality in Iran, Ali Rezaei, "
                      "signed a twinning agreement between the two municipalities on Wednesday.",
                      published="2025-02-05")
    assert [({a, b}, stage) for a, b, _, _, stage, *_ in found] == [({"Irbid", "Qarvand"}, "agreement_signed")]


def test_friendly_cooperative_relations_of_two_localities_are_twinning():
    found = relations("Da Nang's Hoa Vang District on Friday signed a letter of intent on promoting friendly "
                      "and cooperative relations with Bonghwa District in Gyeongsangbuk Province, South Korea.",
                      published="2024-11-09")
    assert [(a, b, stage) for a, b, _, _, stage, *_ in found] in (
        [("Hoa Vang", "Bonghwa", "loi_signed")], [("Bonghwa", "Hoa Vang", "loi_signed")])


def test_a_list_of_partners_with_the_year_of_each():
    found = relations("Kota kembar Dublin lainnya adalah San Jose di Amerika Serikat sejak 1986, Liverpool sejak "
                      "1997, Barcelona sejak 1998 dan Beijing sejak 2011.", title="Dublin dan Ramallah jadi kota kembar")
    assert {frozenset((a, b)) for a, b, *_ in found} >= {
        frozenset(("Dublin", other)) for other in ("San Jose", "Liverpool", "Barcelona", "Beijing")}


def test_a_place_whose_name_joins_two_and_the_borough_named_by_its_city():
    found = relations("Councillors will vote on a proposal to twin Hammersmith & Fulham with the Italian "
                      "municipality of Montefiore Conca. The embassy approached the west London borough "
                      "after a request from the Mayor of Montefiore Conca.", published="2006-01-22")
    assert [frozenset((a, b)) for a, b, *_ in found] == [frozenset(("Hammersmith and Fulham", "Montefiore Conca"))]
    assert relations("Brighton and Hove signed a twinning charter with Dieppe, France, in 2020.")[0][:2] == \
        ("Brighton and Hove", "Dieppe")


def test_two_partners_of_a_third_are_no_pair():
    text = ("Loudoun County declared it will add new sister cities. One of the cities considered is the port city "
            "of Tema in Ghana. The board on February 21 voted to approve Tema as one of the county's new sister "
            "cities along with Greater Noida, India and Canelones, Uruguay. Tema is a proud city.")
    pairs = {frozenset((a, b)) for a, b, *_ in
             relations(text, title="Loudoun County confirms sister city tie with Tema City, Ghana")}
    assert frozenset(("Loudoun County", "Tema")) in pairs
    assert not pairs & {frozenset(("Tema", "Greater Noida")), frozenset(("Tema", "Canelones"))}
    # the owner named before its list keeps every partner ("... has sister cities namely A, B as well as C")
    owner = relations("Gold Coast currently has sister cities namely Beihai in China, Dubai in UAE, Tainan in "
                      "Taiwan as well as Takasu in Japan.")
    assert frozenset(("Gold Coast", "Takasu")) in {frozenset((a, b)) for a, b, *_ in owner}


def test_a_japanese_ward_with_or_without_its_suffix_is_one_place():
    found = relations("Sister city agreement between Honolulu City and Minamiyama Ward, Tokyo. Minamiyama-ku, "
                      "Tokyo has signed a sister city agreement with Honolulu, USA.", title="Honolulu and a ward")
    assert [(frozenset((a, b)), stage) for a, b, _, _, stage, *_ in found] == \
        [(frozenset(("Honolulu", "Minamiyama")), "agreement_signed")]


def test_a_foundation_before_a_country_is_no_place():
    found = relations("A statement issued in Accra by Africa Global Sister Cities Foundation said during her visit "
                      "the sister cities programme, funded by Bill and Melinda Gates Foundation in the United States "
                      "of America, would grow.")
    assert not any("Foundation" in (a or "") + (b or "") for a, b, *_ in found)


def test_partners_listed_after_the_sentence_naming_their_owner():
    text = ("Surabaya dan Liverpool menjalin sister city. Ternyata Jakarta banyak menjalin kerja sama dengan kota "
            "di negara lain. Dari Beijing, Paris, Hanoi dan Berlin, dari sekian banyak kota yang menjalin kerja sama, "
            "mungkin Paris yang paling penting.")
    reader = read_article(text, "Bukan hanya Surabaya-Liverpool yang jadi sister city", None)
    home = {"Surabaya", "Jakarta"}
    owners = {(set((c.a.name, c.b.name)) & home).pop() for c in reader.candidates
              if set((c.a.name, c.b.name)) & {"Beijing", "Hanoi", "Berlin"} and set((c.a.name, c.b.name)) & home}
    assert owners == {"Jakarta"}  # not Surabaya, the article's most named place


def test_a_dateline_on_the_line_under_a_summary_is_no_place():
    text = ("Mekanisme Sister City adalah sebagai salah satu mekanisme yang dapat dimanfaatkan untuk mendorong kerja "
            "sama antara Pemerintah Daerah dengan mitra mereka di luar negeri,\nLondon (ANTARA) - Delegasi Pemerintah "
            "Kota Bandung berkunjung ke kota Wroclaw dalam rangka menindaklanjuti pembentukan Sister City (Kota "
            "Kembar).\n\nDalam kunjungan ke kota Wroclaw, Polandia, delegasi didampingi Duta Besar RI untuk Polandia.")
    assert [(a, b) for a, b, *_ in relations(text)] == [("Bandung", "Wrocław")]


def test_the_earlier_partners_of_the_owner_are_not_the_new_partner_s():
    text = ("Jakarta Governor Pramono Anung visited Kuala Lumpur, Malaysia, to sign a Letter of Intent for a sister "
            "city partnership. Kuala Lumpur is now the third sister city established under Pramono's tenure, "
            "following partnerships with Chungcheongnam-do, South Korea, and Heidelberg, Germany.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text)}
    assert not pairs & {frozenset(("Kuala Lumpur", "Heidelberg")), frozenset(("Kuala Lumpur", "South Chungcheong"))}


def test_an_everyday_indonesian_word_is_no_foreign_city_however_large():
    # "Surat" (a letter) is also a city of millions in India
    found = relations("Kabupaten Karo diminta segera menanggapi Surat yang dikirim Kedutaan Besar Republik Indonesia "
                      "di Den Haag tentang MoU sister city dengan Zundert, Belanda.")
    assert "Surat" not in {name for a, b, *_ in found for name in (a, b)}


def test_a_list_of_pairs_pairs_each_with_its_own():
    found = relations("Terdapat dua kerja sama sister city antara kota di Indonesia dengan Jerman, yaitu antara kota "
                      "Bandung dengan kota Braunschweig dan kota Padang dengan kota Hildesheim.",
                      title="Padang dan Bandung perkuat sister city dengan Jerman")
    assert {frozenset((a, b)) for a, b, *_ in found} == {frozenset(("Bandung", "Braunschweig")),
                                                         frozenset(("Padang", "Hildesheim"))}


def test_a_hard_wrapped_text_is_read_as_sentences_not_headlines():
    text = ("ADELAIDE - Gubernur Jawa Barat melakukan lawatan kerjanya ke Australia, Selasa (23/01/2018).\n"
            "Lawatan kerja tersebut dilakukan dalam rangka mempererat tali persaudaraan yang\n"
            "telah terbangun antara Australia Selatan dan Provinsi Jabar sebagai Sister\n"
            "Province. Gubernur juga dijadwalkan bertemu komunitas Indonesia.")
    found = relations(text)
    assert [(frozenset((a, b)), passing) for a, b, *_, passing in found] == \
        [(frozenset(("West Java", "South Australia")), False)]


def test_another_kind_of_agreement_joined_on_is_no_twinning():
    found = relations("During the conference, Chengdu signed friendship city agreements with Maastricht in the "
                      "Netherlands and Perth in Australia, as well as a cooperative agreement with Horsens in Denmark.")
    assert {frozenset((a, b)) for a, b, *_ in found} == {frozenset(("Chengdu", "Maastricht")),
                                                         frozenset(("Chengdu", "Perth"))}


def test_interest_a_possibility_and_a_meeting_are_proposals():
    assert stage_of("Pemerintah Kota Houston tertarik untuk menjalin kerja sama dengan Pemerintah Kota Palembang "
                    "melalui program sister city.") == "proposed"
    assert stage_of("The Brazilian municipality Sorocaba can establish a sister-city link with Xiamen.") == "proposed"
    assert stage_of("Acara yang berlangsung selama beberapa jam itu membahas pembangunan sister city antara "
                    "Kabupaten Karangasem dengan Cuttack.") == "proposed"
    assert stage_of("Kerja sama sister city kedua kota telah berlangsung sejak 1997.") == "active"


def test_the_region_whose_capital_is_meant_is_no_party():
    found = relations("The City Council of Curitiba decides this Monday whether the capital of Paraná and the "
                      "county of Miami-Dade, in the United States, will become sister cities.",
                      published="2022-09-12")
    assert "Paraná" not in {name for a, b, *_ in found for name in (a, b)}


def test_a_country_after_an_unknown_name_is_no_part_of_it():
    found = relations("Pemerintah Kota Makassar menjajaki peluang kerja sama sebagai kota kembar dengan kota "
                      "Xyzabad Malaysia.")
    assert [(b, country) for _, b, _, country, *_ in found] == [("Xyzabad", "Malaysia")]


def pairs(text: str, **kwargs) -> set[frozenset]:
    return {frozenset((a, b)) for a, b, *_ in relations(text, **kwargs)}


def shipped_pairs(text: str, **kwargs) -> set[frozenset]:
    """The pairs the shipped models report (the rules tested here with what the product ships)."""
    return {frozenset((r["a"]["name"], r["b"]["name"])) for r in package_extract_article(text, **kwargs)["relations"]}


def shipped_sides(text: str) -> list[tuple]:
    """Each relation the shipped models report: its two names and the second side's country."""
    return [(r["a"]["name"], r["b"]["name"], r["b"]["country"]) for r in package_extract_article(text)["relations"]]


def test_places_listed_as_partners_are_no_pair_of_their_own():
    assert pairs("The council approved sister city agreements with Hamamatsu and Suwon on Tuesday.") == set()
    assert pairs("Mayor Jones said the city's sister cities are Hamamatsu in Japan, Suwon in South Korea "
                 "and Tours in France.") == set()
    assert pairs("Kerja sama sister city antara Bandung dan Braunschweig sudah berjalan.") == {
        frozenset(("Bandung", "Braunschweig"))}


def test_two_lists_matched_respectively():
    expected = {frozenset(("Bandung", "Braunschweig")), frozenset(("Surabaya", "Seattle"))}
    assert pairs("Bandung and Surabaya have been twinned with Braunschweig and Seattle respectively "
                 "since the 1990s.") == expected
    assert pairs("Kota Bandung dan Kota Surabaya masing-masing menjalin sister city dengan Braunschweig "
                 "dan Seattle.") == expected


def test_items_of_one_list_of_partners_are_judged_alike_and_told_in_passing():
    found = relations("Fremont becomes a sister city of Jaipur. The city of Fremont, California, officially became a "
                      "sister city of Jaipur, India, on Monday when the mayor signed the agreement. Fremont already "
                      "has sister cities in Puerto Princesa, Philippines, and Fukaya, Japan.", published="2024-05-15")
    listed = {b: (stage, date, passing) for a, b, _, _, stage, date, passing in found if b != "Jaipur"}
    assert listed == {"Puerto Princesa": ("active", None, True), "Fukaya": ("active", None, True)}
    assert [(b, passing) for a, b, *_, passing in found if b == "Jaipur"] == [("Jaipur", False)]


def test_the_region_around_a_place_is_no_second_pair():
    found = pairs("Weifang, in east China's Shandong Province, and Chattanooga, Tennessee, established friendship "
                  "city relations in 2019, according to the municipal foreign affairs office.")
    assert found == {frozenset(("Weifang", "Chattanooga"))}


def test_an_unknown_name_before_a_foreign_region_is_a_place_there():
    found = relations("Fremont officially added a new sister city Thursday when Mayor Lily Mei and Mayor Hiroshi "
                      "Tanaka of Xutamo, Yamanashi Prefecture, signed a sister city agreement.", published="2024-05-15")
    assert [(b, country) for _, b, _, country, *_ in found] == [("Xutamo", "Japan")]


def test_a_pair_named_only_in_a_read_also_line_is_in_passing():
    found = relations("Wali Kota Bogor menerima kunjungan Konsul Jenderal Jepang di Balai Kota Bogor, Senin (4/3/2024). "
                      "Dalam pertemuan itu dibahas peluang kerja sama di bidang pendidikan. Baca juga: Bogor dan "
                      "Kisarazu perpanjang sister city. Ia berharap kerja sama dengan Jepang terus ditingkatkan.",
                      title="Wali Kota Bogor terima kunjungan Konsul Jenderal Jepang", published="2024-05-15")
    assert [(b, passing) for _, b, *_, passing in found] == [("Kisarazu", True)]


def test_a_twin_town_named_as_such_is_an_existing_tie_and_visitors_plan_nothing():
    assert stage_of("Members of the twinning association welcomed 35 visitors from Lannion, Tralee's twin town in "
                    "Brittany, for a four-day visit last week.") == "active"
    assert stage_of("Twinning association welcomes French visitors") is None


def test_the_memorandum_a_tie_began_with_does_not_outrank_the_agreement_signed():
    assert stage_of("The mayors of Yokohama and Da Nang signed a friendship and cooperation agreement in Yokohama, "
                    "deepening ties that began with a memorandum in 2013.") == "agreement_signed"
    assert stage_of("Kedua kota menandatangani MoU sister city, setelah perjanjian kerja sama ekonomi.") == "mou_signed"


def test_a_weekday_of_last_week_and_a_day_month_that_fits_its_weekday_in_another_year():
    from sister_cities.extract.dates import find_dates
    assert find_dates("ditandatangani Kamis pekan lalu", "2024-05-16") == ["2024-05-09"]
    assert find_dates("signed last Thursday", "2024-05-16") == ["2024-05-09"]
    assert find_dates("signed on Thursday", "2024-05-16") == ["2024-05-16"]
    assert find_dates("signed Thursday last week", "2024-05-20") == ["2024-05-16"]
    assert find_dates("diteken Senin (11/8) di Balai Kota", "2025-09-02") == ["2025-08-11"]
    assert find_dates("diteken Selasa (12/12) di Balai Kota", "2024-01-05") == ["2023-12-12"]


def test_a_romanised_name_written_with_a_hyphen():
    found = relations("Lismore City Council and its Japanese sister city Yamato-Takada renewed their friendship "
                      "agreement during a ceremony on Friday.", published="2024-05-15")
    assert [(b, country) for _, b, _, country, *_ in found] == [("Yamatotakada", "Japan")]


def test_a_bare_name_in_british_twinning_news_is_the_british_namesake():
    def home_countries(text: str) -> list[str]:
        return [r["a"]["country"] for r in extract_article(text, published="2022-03-02")["relations"]]
    assert home_countries("Councillors in Durham voted on Tuesday to suspend the city's twinning arrangement with "
                          "Kostroma following the invasion of Ukraine. The link was established in 1968.") == [
        "United Kingdom"]
    assert home_countries("Durham, North Carolina, and Kostroma, Russia, have been sister cities since 1991, "
                          "councillors heard.") == ["United States"]


def test_a_list_before_its_partner_is_judged_alike_and_a_known_state_qualifies_before_a_list():
    assert pairs("Chongqing, Sichuan, dan Heilongjiang menjalin sister province dengan Jawa Tengah.") == {
        frozenset(("Central Java", p)) for p in ("Chongqing", "Sichuan", "Heilongjiang")}
    assert pairs("Durham, North Carolina, and Kostroma, Russia, have been sister cities since 1991.") == {
        frozenset(("Durham", "Kostroma"))}


def test_a_sentence_pointing_back_lends_its_words_and_initials_end_no_sentence():
    found = relations("Bupati Lombok Timur H.M. Sukiman Azmy menyambut delegasi dari Kota Kitakyushu, Jepang, Rabu "
                      "(8/3). Kunjungan itu untuk menjajaki kerja sama sister city antara kedua daerah.",
                      title="Bupati Lombok Timur sambut delegasi Jepang", published="2023-03-09")
    assert [(a, b, stage, date) for a, b, _, _, stage, date, _ in found] == [
        ("East Lombok Regency", "Kitakyūshū", "proposed", "2023-03-08")]


def test_a_town_that_eyes_or_mulls_an_agreement_proposes_it():
    assert stage_of("Sooke eyes sister city agreement with Natori, Japan") == "proposed"
    assert stage_of("Council mulls twinning with Polish town") == "proposed"
    assert stage_of("The city signed an agreement after considering it for a year") == "agreement_signed"


def test_the_partners_a_twinning_sentence_lists_for_an_owner_named_before_are_judged_alike():
    found = extract_article("Trowbridge Town Council celebrated its twinning links on Monday. The council's twinning "
                            "charters with Leer in Germany and Charenton-le-Pont in France go back decades.",
                            published="2023-06-04")["relations"]
    confidence = {r["b"]["name"]: r["confidence"] for r in found if r["a"]["name"] == "Trowbridge"}
    assert set(confidence) == {"Leer", "Charenton-le-Pont"} and len(set(confidence.values())) == 1


def test_a_tie_dated_decades_before_the_story_is_background_dated_by_its_year():
    found = relations("Officials of China, Japan and Korea met in Wuxi on Thursday to promote ties between local "
                      "governments. The first pair of sister cities was formed in 1973 between China's Tianjin and "
                      "Japan's Kobe.", published="2003-11-07")
    assert [(b, stage, date, passing) for _, b, _, _, stage, date, passing in found] == [
        ("Kōbe", "active", "1973", True)]


def test_the_anniversary_of_signing_a_sister_relationship_is_an_existing_tie():
    text = ("2022 marks the 10th anniversary of the signing of the agreement on establishing sister relationship "
            "between Guangdong Province and the Khabarovskiy Kray.")
    assert stage_of(text) == "active"
    assert pairs(text, published="2022-09-30") == {frozenset(("Guangdong", "Khabarovsk Krai"))}


def test_a_misspelt_province_one_letter_from_two_provinces_names_neither():
    found = extract_article("Konsul Jenderal menawarkan kerja sama sister province antara Provinsi Yunan di Tiongkok "
                            "dengan Provinsi Sumatera Barat.", published="2022-09-15")["relations"]
    assert "Hunan" not in {r["b"]["name"] for r in found} | {r["a"]["name"] for r in found}


def test_a_sentence_saying_the_cooperation_was_marked_by_an_mou_points_back():
    found = relations("Bupati Lombok Timur menyambut delegasi dari Kota Kitakyushu, Jepang, Rabu (8/3/2023). Kerja sama "
                      "sister city itu ditandai dengan penandatanganan MoU.", published="2023-03-09")
    assert [(b, stage) for _, b, _, _, stage, *_ in found] == [("Kitakyūshū", "mou_signed")]


def test_a_sister_council_relationship_and_its_anniversary_with_a_town_before_its_prefecture():
    found = relations("The City of Ballarat will be looking to travel to Japan to celebrate their sister council "
                      "relationship and 35th anniversary with the Inagawa Hyogo Prefecture in the country's west.",
                      published="2023-02-21")
    assert [(b, country, stage) for _, b, _, country, stage, *_ in found] == [("Inagawa", "Japan", "active")]


def test_an_anniversary_of_something_else_is_no_existing_tie():
    assert stage_of("The two cities plan to sign a sister city agreement on the 70th anniversary of "
                    "independence.") == "proposed"
    assert stage_of("Wexford marked the 30th anniversary of their twinning.") == "active"


def test_a_hyphenated_country_and_a_town_named_after_its_unit_word():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find(
        "The friendship agreement was signed in 2003 with Timor-Leste in the township of Xainaro.").mentions
    assert [(m.core, m.country, m.is_country) for m in found] == [("Timor-Leste", "TL", True), ("Xainaro", "TL", False)]


def test_two_places_of_one_country_in_a_twinning_sentence_of_an_article_naming_nothing_abroad_are_partners():
    found = pairs("The cities of Davao and Zamboanga signed in formal ceremonies on Thursday morning a sisterhood "
                  "agreement. Zamboanga City Mayor Maria Climaco and Davao City Mayor Sara Duterte-Carpio signed "
                  "the agreement on behalf of their local governments.", published="2021-07-15")
    assert found == {frozenset(("Davao City", "Zamboanga City"))}
    assert pairs("Wali Kota Malang menandatangani MoU pengelolaan air dengan Bupati Malang. Program sister city "
                 "dibahas terpisah.") == set()


def test_no_signed_stage_without_a_document_or_a_signing_on_the_pair():
    import dataclasses

    from sister_cities.extract.model import LinearModel
    stages = ["active", "agreement_signed", "proposed"]
    leaning = LinearModel(stages, {}, [1.0, 2.0, 0.0])  # a stage model that always ranks a signing first
    models = dataclasses.replace(written_against_models(), stage=leaning)

    def stage(text: str) -> str:
        reader = read_article(text, None, "2025-05-18")
        candidate = next(c for c, p in reader.scored(models) if p >= models.output_threshold)
        return reader.stage_of(candidate, False, models)
    assert stage("Pertemuan Wali Kota Semarang dan delegasi Kota Nanjing, Tiongkok, memperkuat hubungan sister "
                 "city kedua kota.") == "active"
    assert stage("Wali Kota Semarang dan delegasi Kota Nanjing, Tiongkok, menandatangani perjanjian sister city "
                 "kedua kota.") == "agreement_signed"


def test_its_sister_cities_are_the_partners_of_the_article_main_place():
    found = relations("Tacoma signed a sister city agreement with Pohang on Tuesday. Its other sister cities are "
                      "Kitakyushu, Vladivostok and Taichung.", published="2024-05-15")
    assert {(a, b, passing) for a, b, *_, passing in found} == {
        ("Tacoma", "Pohang", False), ("Tacoma", "Kitakyūshū", True), ("Tacoma", "Vladivostok", True),
        ("Tacoma", "Taichung", True)}
    # "its" after a place named in the sentence is that place's
    assert ("Petaling Jaya", "Braunschweig") not in {(a, b) for a, b, *_ in relations(
        "Bandung Mayor Ridwan Kamil inaugurated a monument in Petaling Jaya, Malaysia, a sister city of Bandung. "
        "Petaling Jaya welcomed him. Bandung also has monuments that symbolize its sister city cooperation with "
        "cities like Braunschweig in Germany.")}


def test_the_sentence_after_that_points_back_tells_the_stage():
    found = relations("Pemerintah Provinsi Jawa Barat menjalin kerja sama sister province dengan Provinsi Sichuan, "
                      "Tiongkok. Kerja sama itu ditandai dengan penandatanganan nota kesepahaman pekan ini.",
                      published="2017-05-16")
    assert [(b, stage) for _, b, _, _, stage, *_ in found] == [("Sichuan", "mou_signed")]


def test_two_home_places_discussing_sister_cities_in_general_are_no_pair():
    for text in ("Kota Bogor dan Kota Bandung membahas program sister city dengan kota-kota di luar negeri dalam "
                 "rapat Apeksi, Senin.",
                 "Wali Kota Bogor dan Wali Kota Depok menghadiri seminar tentang sister city di Jakarta.",
                 "The cities of Davao and Cebu are both looking for new sister cities abroad."):
        assert pairs(text) == set(), text
    assert pairs("Pemkab Sumedang akan menjalin kerja sama antar daerah dengan Pemkab Maybrat, Papua Barat Daya, "
                 "melalui skema Sister City.") == {frozenset(("Sumedang Regency", "Maybrat Regency"))}


def test_a_misspelt_twining_agreement_speaks_of_twinning():
    assert pairs("The two governments agreed to extend the Twining Agreement between Delhi and Moscow for three "
                 "years.", published="2018-10-05") == {frozenset(("Delhi", "Moscow"))}


def test_a_list_with_a_name_the_gazetteer_lacks_in_its_middle_is_still_one_list():
    found = pairs("Wali Kota Bogor menerima kunjungan Duta Besar Jepang di Balai Kota Bogor, Senin. Kota ini juga "
                  "telah memiliki sister city dengan Kisarazu, Saint-Xavier dan Taoyuan.")
    assert frozenset(("Kisarazu", "Taoyuan")) not in found
    assert {frozenset(("Bogor", "Kisarazu")), frozenset(("Bogor", "Taoyuan"))} <= found
    assert len({confidence for confidence in (r["confidence"] for r in extract_article(
        "Bellingham is twinned with Nakhodka, Tateyama, Port Xstanley and Cheongju.")["relations"])}) == 1


def test_an_anniversary_beside_a_new_signing_or_of_a_national_tie_is_no_existing_tie():
    assert stage_of("To mark the 70th anniversary of diplomatic relations, Bandung and Braunschweig signed a sister "
                    "city MoU.") == "mou_signed"
    assert stage_of("Dalam rangka peringatan 70 tahun hubungan diplomatik, Kota Bandung dan Kota Braunschweig "
                    "menandatangani MoU sister city.") == "mou_signed"
    assert stage_of("To mark the 10th anniversary of the agreement, the two cities signed a new MoU.") == "mou_signed"


def test_a_place_before_a_word_of_the_language_is_no_person_and_a_possessive_sisters_speaks_of_twinning():
    text = ("There are six cities formally linked as Bandung's sisters: Braunschweig (Germany), Suwon (South Korea) "
            "and Bari (Italy). Two of them were signed in 2005 at the anniversary of the Bandung Conference.")
    assert {frozenset(("Bandung", b)) for b in ("Braunschweig", "Suwon", "Bari")} <= pairs(text, published="2008-03-01")


def test_a_date_still_to_come_is_not_the_event_reported_and_a_council_acronym_names_no_place():
    found = relations("Hubungan sister city antara Bandung dan Braunschweig Jerman telah berlangsung sejak tahun 1960. "
                      "Konsul Jenderal RI Hamburg menemui Wakil Wali Kota Bandung untuk mendiskusikan rencana perayaan "
                      "hubungan kedua kota, Rabu (13/2/2019). Braunschweig akan menyelenggarakan Culture Night pada 22 "
                      "Juni 2019 mendatang.")
    assert [date for *_, date, _ in found if date] and "2019-06-22" not in [date for *_, date, _ in found]
    assert pairs("The Purbalingga DPRD studied the sister city programme of Jakarta. Send a letter if you want to "
                 "make cooperation with Seoul DPRD for instance, he said.", published="2018-03-20") == set()


def test_a_new_partner_named_as_the_third_after_others_is_no_pair_with_them():
    from sister_cities.extract import lexicon
    gap = (" sebagai sister city ketiga yang berhasil dibentuk dalam enam bulan masa jabatan Gubernur, setelah "
           "sebelumnya menjalin kemitraan dengan ")
    assert lexicon.CO_PARTNERS_GAP.search(gap)  # "Kuala Lumpur sebagai sister city ketiga ..., setelah ... Heidelberg"


def test_countries_and_cities_go_by_the_names_annotators_write():
    from sister_cities.gazetteer import Gazetteer
    gazetteer = Gazetteer.default()
    assert gazetteer.country("DR Congo").name == "Democratic Republic of the Congo" == gazetteer.country("CD").name
    found = relations("Bangalore and Chengdu agreed to establish sister-city relations.", published="2015-05-15")
    assert {frozenset((a, b)) for a, b, *_ in found} == {frozenset(("Bengaluru", "Chengdu"))}


def test_a_country_named_elsewhere_does_not_make_a_capital_a_small_namesake():
    found = relations("Medellin sums up 23 sister cities, including Fort Lauderdale (United States), Bilbao (Spain), "
                      "Monterrey (Mexico), Panama City, Boston (United States) and Seoul (South Korea).")
    assert ("Panama City", "Panama") in {(b, country) for _, b, _, country, *_ in found}


def test_the_region_of_an_unnamed_town_or_village_is_no_party():
    assert pairs("A group of residents in a French village are looking to swap their twinning arrangement with a "
                 "town in the Isle of Wight for one with a Cork village instead.", published="2016-05-01") == set()
    assert pairs("Tralee town council voted to renew the twinning with Lannion.") == {frozenset(("Tralee", "Lannion"))}


def test_a_newspaper_named_after_a_city_and_a_hyphenated_name_before_its_unit_word():
    found = pairs("The UK cities cutting ties with Russian twins. Coventry has voted to suspend its connection with "
                  "Volgograd.", title="Budapest Post")
    assert not {p for p in found if "Budapest" in p}
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("Karasu and Kara-Suu Municipalities signed a sister city protocol.")
    assert "Kara" not in {m.core for m in found.mentions}  # not Togo's Kara Region


def test_an_unknown_word_joined_to_a_region_by_a_hyphen_is_one_town():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("There had been 31 years of exchange visits between residents of "
                                                    "Xonnay-Charente, France, and the town.").mentions
    assert [(m.core, m.country) for m in found if not m.is_country] == [("Xonnay-Charente", "FR")]
    assert {m.core for m in MentionFinder(Gazetteer.default()).find("the Bogor-Kisarazu sister city").mentions} \
        >= {"Bogor", "Kisarazu"}


def test_names_with_a_small_word_between_hyphens_and_links_with_a_place():
    found = relations("For 36 years Glasgow had been twinned with the Russian city of Rostov-on-Don. County Durham "
                      "ended 54 years of links with Kostroma in early March.", published="2022-03-20")
    assert "Rostov-on-Don" in {name for a, b, *_ in found for name in (a, b)}
    from sister_cities.extract import lexicon
    assert lexicon.WEAK.search("County Durham ended 54 years of links with Kostroma")


def test_washington_dc_is_the_american_capital():
    found = relations("Cooperation between Beijing and Washington DC has produced fruitful results since the two "
                      "capitals became sister cities.", published="2004-10-20")
    assert [(b, country) for _, b, _, country, *_ in found] == [("Washington, D.C.", "United States")]


def test_philippine_provinces_go_by_their_iso_english_names():
    from sister_cities.gazetteer import Gazetteer
    assert Gazetteer.default().lookup("Northern Samar")[0].name == "Northern Samar"
    assert Gazetteer.default().lookup("Samar Utara")[0].name == "Northern Samar"


def test_an_unknown_town_before_its_state_in_a_list_of_pairs():
    found = pairs("Two sister city agreements were signed between Heyuan, Guangdong province and Xustin, California, "
                  "and Tongchuan, Shaanxi province and Yorba Linda, California.", published="2015-10-24")
    assert not {p for p in found if "California" in p}
    assert frozenset(("Heyuan", "Xustin")) in found


def test_a_friendship_cooperation_agreement_speaks_of_twinning():
    from sister_cities.extract import lexicon
    assert lexicon.TWINNING.search("Thai Nguyen and Gyeongsangbuk-do first signed a friendship cooperation agreement")


def test_a_numbered_list_under_a_colon_line_is_read_as_a_list():
    text = ("Bandar Lampung signs sister city pact with Lishui\n\n"
            "Bandar Lampung signed a sister city agreement with Lishui, China, on Monday.\n\n"
            "The city already has sister-city ties with:\n\n"
            "1. Gunsan, South Korea\n2. Fremantle, Australia\n3. Guimaraes, Portugal\n")
    found = set(relations(text, published="2024-03-06"))
    assert ("Bandar Lampung", "Lishui", "city", "China", "agreement_signed", "2024-03-04", False) in found
    assert {(b, stage, passing) for a, b, _, _, stage, _, passing in found if b != "Lishui"} == {
        ("Gunsan", "active", True), ("Fremantle", "active", True), ("Guimarães", "active", True)}


def test_items_set_apart_by_semicolons_keep_their_regions_as_qualifiers():
    text = ("Cebu City has also forged sister-city agreements with: Guangxi Zhuang, Autonomous Region, China; "
            "Yokohama, Kanagawa, Japan; Sacramento, California, United States; Khabarovsk, Khabarovsk, Krai, "
            "Russia.")
    found = relations(text, published="2024-03-06")
    assert sorted((b, kind, stage, passing) for _, b, kind, _, stage, _, passing in found) == [
        ("Guangxi", "province", "active", True), ("Khabarovsk", "city", "active", True),
        ("Sacramento", "city", "active", True), ("Yokohama", "city", "active", True)]


def test_a_domestic_signing_in_an_article_that_also_lists_partners_abroad():
    text = ("Last March 3, 2024, the mayor of Iloilo City signed a memorandum of agreement with the City of "
            "Bacolod to establish a sisterhood city pact.\n\n"
            "Iloilo City also has sister cities in Kaohsiung, Taiwan, and Nanjing, China.")
    found = relations(text, published="2024-03-20")
    assert ("Iloilo City", "Bacolod", "city", "Philippines", "mou_signed", "2024-03-03", False) in \
        [(a, b, k, c, s, d, p) if b == "Bacolod" else (b, a, k, c, s, d, p) for a, b, k, c, s, d, p in found] \
        or ("Bacolod", "Iloilo City", "city", "Philippines", "mou_signed", "2024-03-03", False) in found


def test_an_office_does_not_say_which_countrys_region_it_is():
    text = ("Pakistan's Punjab province signed letters of intent with China on sister-city relations between "
            "Multan and Xuzhou. The Chief Minister of Punjab attended the ceremony in Yinchuan.")
    found = extract_article(text, published="2024-03-06")["relations"]
    assert all(side["country"] != "IN" and side["country"] != "India" for r in found for side in (r["a"], r["b"]))


def test_japanese_towns_written_with_cho_and_a_demonym_before_city_of():
    text = "A Whanganui delegation will visit its Japanese sister city Miyazu-cho for the 20th anniversary."
    assert [(b, country) for _, b, _, country, *_ in relations(text)] == [("Miyazu", "Japan")]
    text = ("Representatives of the province of Quang Ngai and the Japanese city of Kamisato signed an agreement "
            "to set up friendly and cooperative ties.")
    assert [(a, b, country, stage) for a, b, _, country, stage, *_ in relations(text)] == [
        ("Quang Ngai Province", "Kamisato", "Japan", "agreement_signed")]


def test_a_place_a_distance_from_another_is_located_by_it():
    text = ("Exmouth City Council suspended its twinning with Tver. Tver is 100 miles north-west of Moscow and "
            "was twinned with Exmouth in 1995.")
    found = extract_article(text, published="2022-03-04")["relations"]
    assert [{r["a"]["name"], r["b"]["name"]} for r in found] == [{"Exmouth", "Tver"}]
    assert {r["a"]["country"] for r in found} | {r["b"]["country"] for r in found} == {"United Kingdom", "Russia"}


def test_places_of_each_side_in_turn_pair_in_that_order():
    text = ("Last week Leeds confirmed it will cut its ties with Tomsk, a city it has been twinned with since "
            "1990, and Coventry is cutting ties with its Russian twin town of Volgograd.")
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2022-03-04")} == {
        frozenset(("Leeds", "Tomsk")), frozenset(("Coventry", "Volgograd"))}


def test_a_list_whose_items_are_pairs():
    text = ("Under the plan these will become sister cities:\n\n"
            "- Kandy and Yangzhou,\n- Galle and Ningbo,\n- Jaffna and Wuxi.\n")
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2024-03-04")} == {
        frozenset(("Kandy", "Yangzhou")), frozenset(("Galle", "Ningbo")), frozenset(("Jaffna", "Wuxi"))}


def test_two_lists_of_the_two_sides_joined_by_a_twinning_word_pair_in_order():
    text = "On Monday the Chinese cities Harbin, Dalian and Jinan signed sister city agreements with Kandy, Galle and Jaffna."
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2024-04-02")} == {
        frozenset(("Kandy", "Harbin")), frozenset(("Galle", "Dalian")), frozenset(("Jaffna", "Jinan"))}


def test_letters_without_a_decomposition_fold_to_their_base_letter():
    from sister_cities.gazetteer import fold

    assert fold("Płock") == fold("Plock") == "plock"
    assert fold("Tromsø") == "tromso" and fold("Đà Nẵng") == "da nang" and fold("Straße") == "strasse"
    text = "Mayor Tucker will travel to sister city Plock, Poland, this week with a delegation from Fort Wayne."
    assert [{a, b} for a, b, *_ in relations(text, published="2024-05-06")] == [{"Fort Wayne", "Płock"}]


def test_the_division_a_city_is_the_capital_of_does_not_rename_the_city():
    text = ("Kota Ambon menjajaki kerja sama sister city dengan Kyoto, Jepang. Kyoto merupakan ibu kota "
            "Prefektur Kyoto.")
    assert [(b, kind) for _, b, kind, *_ in relations(text)] == [("Kyoto", "city")]


def test_signings_still_to_come_are_proposals():
    text = "Mazatlan and Mission, Texas will sign a sister cities agreement this week."
    assert [stage for *_, stage, _, _ in relations(text, published="2021-06-01")] == ["proposed"]
    text = "Nigerians in the U.S. seek a New York sister city agreement with Lagos."
    assert [(b, stage) for _, b, _, _, stage, _, _ in relations(text, published="2021-08-30")] == [("Lagos", "proposed")]
    text = "The mayor has pledged to establish a sister city agreement between Denver and Accra."
    assert [stage for *_, stage, _, _ in relations(text, published="2021-08-30")] == ["proposed"]


def test_having_agreements_is_a_tie_that_exists_and_a_monument_is_no_signing():
    text = ("Ramallah kini memiliki perjanjian kota kembar dengan Dublin, setelah Liverpool pada 1997 dan Barcelona "
            "pada 1998.")
    assert ("Dublin", "Ramallah", "active") in [(a, b, stage) for a, b, _, _, stage, *_ in relations(text)] or \
        ("Ramallah", "Dublin", "active") in [(a, b, stage) for a, b, _, _, stage, *_ in relations(text)]
    text = ("Pemprov Jawa Barat meresmikan Monumen Sister Province, simbol kemitraan antara Provinsi Jawa Barat dan "
            "Prefektur Shizuoka yang telah berlangsung bertahun-tahun.")
    assert [stage for *_, stage, _, _ in relations(text, published="2024-09-02")] == ["active"]


def test_a_letter_stating_the_wish_to_cooperate_is_a_letter_of_intent():
    text = ("Wali Kota Medan dan Wakil Wali Kota Rostov-on-Don menandatangani surat pernyataan keinginan kerja sama "
            "kota bersaudara di Moskow, 4 Agustus 2017.")
    assert [(b, stage) for _, b, _, _, stage, _, _ in relations(text)][0] == ("Rostov-on-Don", "loi_signed")


def test_a_county_that_only_says_where_an_unnamed_town_lies():
    text = ("Tributes were paid to the people behind a north Mayo town's twinning accord with the French city of "
            "Dieppe.")
    assert [b for _, b, *_ in relations(text, published="2022-10-07")] == []


def test_places_at_home_listed_after_with_are_partners_of_the_place_before():
    text = ("Kota Surakarta dan Kota Pematang Siantar Jadi Kota Sister City Kota Malang\n\n"
            "Wali Kota Malang menandatangani MoU sister city dengan Kota Pematang Siantar dan Kota Surakarta. "
            "Untuk Kota Surakarta, sister city akan fokus pada parkir; sedangkan dengan Kota Pematang Siantar, "
            "fokusnya perusahaan daerah.")
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2019-07-05")} == {
        frozenset(("Malang", "Surakarta")), frozenset(("Malang", "Pematangsiantar"))}


def test_a_state_outranks_a_small_town_of_its_name_but_not_a_city():
    from sister_cities.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    assert gazetteer.lookup("Virginia")[0].kind == "state"
    assert gazetteer.lookup("Kyoto")[0].kind == "city"


def test_a_legislature_and_a_newspaper_are_not_places():
    text = ("The authorities of the Ukrainian city of Khmelnytskyi decided to terminate the twinning with Tver "
            "and notified the city Duma of the Russian twin city.")
    assert {b for _, b, *_ in relations(text, published="2016-03-01")} <= {"Tver"}
    text = "The Palo Alto Weekly reported that the county ended its sister county relationship with Moscow."
    assert all("Palo Alto" not in (a, b) for a, b, *_ in relations(text, published="2022-03-25"))


def test_list_items_each_followed_by_an_old_year_are_ties_that_exist_dated_by_it():
    text = ("Dewan Kota Dublin memutuskan menjalin kota kembar dengan Ramallah di Palestina pada Senin, 4 Desember "
            "2023.\n\nRamallah kini menjadi kota kelima yang memiliki perjanjian kembar dengan Dublin, setelah San "
            "Jose di Amerika Serikat pada 1986, Liverpool pada 1997, Barcelona pada 1998, dan Beijing pada 2010.")
    found = {b: (date, passing) for _, b, _, _, _, date, passing in relations(text)}
    assert found.get("Liverpool") == ("1997", True) and found.get("Beijing") == ("2010", True)


def test_divisions_named_with_and_without_their_unit_and_short_forms_news_writes():
    from sister_cities.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    assert gazetteer.lookup("South Jeolla")[0].qid == "Q41161"
    assert gazetteer.lookup("Jeonbuk")[0].qid == "Q41157"
    assert gazetteer.lookup("HCM City")[0].qid == "Q1854"


def test_a_friendship_agreement_between_two_regions_speaks_of_twinning():
    text = ("Provinsi Jawa Tengah menandatangani perjanjian persahabatan dengan Provinsi Chungcheong Selatan, "
            "Korea Selatan, pada 25 November 2025.")
    assert [(b, stage) for _, b, _, _, stage, _, _ in relations(text)] == [("South Chungcheong", "agreement_signed")]


def test_a_mayor_called_by_the_surname_of_a_name_given_in_full_is_that_person():
    text = ("Mayor Trish Herrera Spencer led a delegation to the sister city of Dumaguete, Philippines. The "
            "delegation was joined by the mayor of Dumaguete, on Mayor Spencer's left.")
    places = article_places(text)
    assert "Spencer" not in {m.core for ms in places.mentions for m in ms}


def test_a_round_up_of_new_ties_reads_each_pair_by_its_nearest_partner():
    text = ("Since the invasion, Paris and Madrid became Kyiv's new sister cities. Chernivtsi has got new sister "
            "cities, Mannheim and Metz. Kharkiv ensured the support of Lublin, Chernihiv twinned with Rzeszow, "
            "and Poltava became sister cities with Filderstadt.")
    found = {frozenset((a, b)) for a, b, *_ in relations(text, published="2022-12-01")}
    assert frozenset(("Kyiv", "Paris")) in found and frozenset(("Chernivtsi", "Metz")) in found
    assert not {frozenset(("Kharkiv", "Rzeszów")), frozenset(("Chernihiv", "Lublin")),
                frozenset(("Kharkiv", "Filderstadt")), frozenset(("Paris", "Madrid")),
                frozenset(("Metz", "Mannheim"))} & found
    assert all(r["b"]["country"] != "United States" and r["a"]["country"] != "United States"
               for r in extract_article(text, published="2022-12-01")["relations"])


def test_places_that_became_sister_cities_signed_but_not_those_that_could_or_did_long_ago():

    assert stage_of("Since the invasion, Paris and Madrid became Kyiv's new sister cities.") == "agreement_signed"
    assert stage_of("Miami-Dade County could become Curitiba's 16th sister city.") != "agreement_signed"
    assert stage_of("Shanghai and Chicago became sister cities in 1985.") != "agreement_signed"


def test_without_a_publication_date_the_latest_year_named_dates_the_news():
    text = ("In March 2022 the ministry launched a marathon of local governments.\n\n"
            "Lviv became the new sister city of Krakow, the mayors said.")
    assert [date for *_, date, _ in relations(text)] == ["2022"]


def test_a_state_of_another_country_after_a_place_chooses_its_namesake_there():
    text = "The City of Albany in Western Australia is considering severing its sister-city relationship with Linyi, China."
    assert [(r["a"]["name"], r["a"]["country"]) for r in extract_article(text)["relations"]] == [("Albany", "Australia")]


def test_in_british_news_a_town_named_also_in_new_zealand_is_the_british_one():
    text = ("The Hastings Association of Twin Towns said councillors plan to cut its grant. We are twinned "
            "with four towns on the Continent - Béthune, Oudenaarde, Dordrecht and Schwerte.")
    found = extract_article(text, published="2013-02-01")["relations"]
    assert found and all(side["country"] != "New Zealand" for r in found for side in (r["a"], r["b"]))
    assert all("Continent" not in (r["a"]["name"], r["b"]["name"]) for r in found)


def test_a_number_before_a_counted_noun_and_a_city_of_a_province_are_not_cities():
    text = "Lima Hari di Beijing, Anggota DPRD DKI Hasilkan Silaturahmi Sister City"
    assert all("Lima" not in (a, b) for a, b, *_ in relations(text, published="2016-01-04"))
    text = "Bahir Dar City Mayor formalized a sister city agreement with Dujiangyn city of Sichuan province."
    assert all(kind != "city" for _, b, kind, *_ in relations(text) if b == "Sichuan")


def test_a_list_after_a_counting_sentence_and_chinese_units_in_indonesian():
    text = ("Pemprov Jawa Tengah telah menjalin kerja sama dengan tujuh provinsi asing. Dari jumlah itu, tiga di "
            "antaranya telah terbentuk kerja sama Sister Province.\n\n"
            "Di antaranya yaitu dengan Australia Barat, Kota Metropolitan Tianjin dan Daerah Otonom Ningxia Hui, Cina.")
    found = {b for _, b, *_ in relations(text, published="2017-06-18")}
    assert {"Tianjin", "Ningxia"} <= found


def test_chinas_municipalities_rank_as_provinces():
    text = "Kota Surabaya dan Kota Chongqing menandatangani nota kesepahaman sister city pada 3 Mei 2024."
    assert [(b, kind) for _, b, kind, *_ in relations(text)] == [("Chongqing", "province")]


def test_a_document_a_tie_is_dated_from_is_no_signing_now():

    assert stage_of("Hubungan sister city yang terjalin antara Kota Medan dengan Kota Gwangju sejak penandatangan "
                    "Memorandum Of Understanding (MoU) yang dilakukan tahun 1997.") == "active"
    assert stage_of("Kota Bogor menandatangani MoU sister city dengan Kisarazu.") == "mou_signed"


def test_a_place_of_ones_own_side_ending_a_list_of_partners_is_no_partner():
    text = ("Wakefield Council has also announced that it will formally revoke its twin town arrangement with "
            "Belgorod and Exeter City Council is considering the same.")
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2022-03-04")} == {
        frozenset(("Wakefield", "Belgorod"))}


def test_a_city_known_for_its_twinnings_beats_a_namesake_of_unknown_ties_in_a_country_the_text_names():
    text = ("Dignitaries from Japan and Australia commemorated the 25th anniversary of sister city relations "
            "between Nara and Canberra on Thursday. Nara City Mayor Gen Nakagawa travelled to Canberra.")
    found = extract_article(text, published="2018-10-26")["relations"]
    nara = [(side["country"], side["kind"]) for r in found for side in (r["a"], r["b"]) if side["name"] == "Nara"]
    assert nara == [("Japan", "city")]


def test_two_places_of_one_country_beside_a_place_abroad_are_not_each_others_twins():
    text = ("The Governor of Bangkok led a delegation to visit Harbin, China to sign a friendship relationship with "
            "the Mayor of Harbin Municipal Government on 3 March 2014 to make Harbin the 20th sister city of "
            "Bangkok, and the sixth Chinese city after Beijing, Chaozhou, Guangzhou and Chongqing.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2014-04-01")}
    assert frozenset(("Harbin", "Bangkok")) in pairs
    assert not any(len(p & {"Harbin", "Beijing", "Chaozhou", "Guangzhou", "Chongqing"}) == 2 for p in pairs)


def test_two_places_then_their_two_countries_in_order_do_not_move_the_second_place():
    text = ("Hubungan antara Kota Tangerang dan Rosario, Indonesia dan Argentina, sudah terjalin lama. "
            "Rosario menjadi kota kembar Tangerang sejak tahun 2009.")
    found = extract_article(text, published="2021-06-02")["relations"]
    assert [(r["b"]["name"], r["b"]["country"]) for r in found] == [("Rosario", "Argentina")]


def test_pairs_joined_by_and_and_set_apart_by_commas_or_bullets_after_a_colon():
    text = ("The province has drawn up a plan, and these cities will become sister cities:\n\n"
            "- Sialkot and Yantai, - Gujranwala and Harbin, - Sargodha and Luoyang.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2021-02-11")}
    assert pairs == {frozenset(("Sialkot", "Yantai")), frozenset(("Gujranwala", "Harbin")),
                     frozenset(("Sargodha", "Luoyang"))}


def test_a_name_with_region_after_it_is_the_region_that_locates_the_place_before():
    text = ("The Ithaca City Council voted on Monday to establish a sister city relationship with Uman, "
            "Cherkasy Region, Ukraine.")
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2023-05-01")} == {
        frozenset(("Ithaca", "Uman"))}


def test_a_place_after_an_indonesian_office_is_no_persons_name_when_the_holder_follows_a_comma():
    text = ("Kabupaten Kapuas Hulu bakal jalin sister city dengan Gaza, Palestina.\n\n"
            "Bupati Kapuas Hulu menerima Wali Kota Al-Qarara Gaza, Ahmad Salim Nasser di Putussibau, Senin.\n\n"
            "Kerja sama sister city dengan Gaza dimulai dari bidang kesehatan dan pendidikan.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2020-03-02")}
    assert pairs == {frozenset(("Kapuas Hulu Regency", "Gaza City"))}


def test_a_list_of_another_home_places_twins_is_not_the_main_places():
    text = ("Multan to get a new sister city\n\n"
            "The government has decided to declare Multan the sister city of Gomel in Belarus.\n\n"
            "The sister cities of Peshawar include Tempe, Aleppo, Varna and Tabriz.")
    reader = read_article(text, None, "2016-05-02")
    pairs = {frozenset((c.a.name, c.b.name)) for c in reader.candidates}
    assert frozenset(("Multan", "Gomel")) in pairs and frozenset(("Peshawar", "Varna")) in pairs
    assert not any("Multan" in p and p & {"Tempe", "Aleppo", "Varna", "Tabriz"} for p in pairs)


def test_a_korean_province_romanised_without_do():
    text = ("Da Nang and Chungcheongnam province signed a memorandum of understanding on the establishment of "
            "friendly sister relations on Tuesday.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2019-04-02")}
    assert pairs == {frozenset(("Da Nang", "South Chungcheong"))}


def test_a_country_outside_iso_3166_is_named_not_coded():
    found = extract_article("Bursa and Prizren signed a sister city agreement on Monday.",
                            published="2019-04-02")["relations"]
    assert [(r["b"]["name"], r["b"]["country"]) for r in found] == [("Prizren", "Kosovo")]


def test_towns_the_twin_town_lists_place_in_a_nation_of_the_united_kingdom_or_in_ireland_are_known():
    text = "Newbridge Town Twinning Committee welcomed guests from Argentré-du-Plessis, its twin town in France, on Friday."
    found = extract_article(text, published="2019-04-02")["relations"]
    assert [(r["a"]["name"], r["a"]["country"], r["b"]["name"]) for r in found] == [
        ("Newbridge", "Ireland", "Argentré-du-Plessis")]


def test_a_canton_of_is_a_unit_word_not_the_american_city_canton():
    text = "Skerries has been twinned with the French Canton of Guichen since 1994, the committee said on Monday."
    names = {side["name"] for r in extract_article(text, published="2019-04-02")["relations"] for side in (r["a"], r["b"])}
    assert "Canton" not in names


def test_a_country_with_a_possessive_locates_the_place_after_it_not_the_one_before():
    text = ("China's Yangzhou, Serbia's Kragujevac establish sister-city relationship\n\n"
            "The city of Yangzhou in east China's Jiangsu Province and Kragujevac in Serbia on Friday signed an "
            "agreement to establish a sister-city relationship.")
    found = extract_article(text, published="2022-09-11")["relations"]
    countries = {side["name"]: side["country"] for r in found for side in (r["a"], r["b"])}
    assert countries.get("Yangzhou") == "China" and "Serbia" not in {countries.get("Yangzhou"), countries.get("Jiangsu")}


def test_a_foreign_division_is_named_in_english_not_in_a_half_translated_indonesian_label():
    text = ("Fujian Province and Eastern Highlands Province of Papua New Guinea signed an agreement on the "
            "establishment of a sister-province relationship on Monday.")
    found = extract_article(text, published="2022-07-25")["relations"]
    assert [r["b"]["name"] for r in found] == ["Eastern Highlands"]


def test_a_little_known_name_written_twice_is_a_place_though_once_where_only_qualified_names_are_read():
    text = ("Airdrie to end twinning arrangement with Russian town\n\n"
            "Councillors agreed on Tuesday to end the town twinning arrangement with Gatchina in Russia.\n\n"
            "An album was exchanged between Airdrie and Gatchina during the war.")
    reader = read_article(text, None, "2022-03-04")
    assert "Airdrie" in {m.core for ms in reader.places.mentions for m in ms}


def test_a_place_before_a_plural_role_word_is_no_persons_name():
    text = ("Burlington Councillors met the visiting delegation on Thursday.\n\n"
            "Since 1989, Burlington and Itabashi have enjoyed a sister-city relationship.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2019-06-30")}
    assert pairs == {frozenset(("Burlington", "Itabashi"))}


def test_a_country_after_a_comma_and_in_chooses_the_namesake():
    text = "The town council said on Monday that Pembroke Dock is already twinned with Bergen, in Germany."
    found = extract_article(text, published="2022-05-02")["relations"]
    assert [(r["b"]["name"], r["b"]["country"]) for r in found] == [("Bergen", "Germany")]


def test_a_note_after_a_translated_name_names_the_place():
    text = ("Pemprov Sumbar Jalin Sister Province Dengan Provinsi Utara Australia\n\n"
            "Pemerintah Provinsi Sumatera Barat menjalin hubungan sister province dengan Provinsi Utara "
            "Australia (Northern Territory) dalam bidang pendidikan, Senin.")
    found = extract_article(text, published="2022-03-29")["relations"]
    assert [(r["b"]["name"], r["b"]["country"]) for r in found] == [("Northern Territory", "Australia")]


def test_a_big_city_the_text_puts_in_a_country_without_its_namesake_stays_itself():
    text = "Pemerintah Kota Semarang menjajaki kerja sama sister city dengan Kota Taipei, Tiongkok, pada Senin."
    found = extract_article(text, published="2017-03-31")["relations"]
    assert [(r["b"]["name"], r["b"]["country"]) for r in found] == [("Taipei", "Taiwan")]


def test_the_pair_a_sentence_names_with_between_is_each_others_partner_only():
    text = ("Pemprov Jatim jajaki sister city dengan Tiongkok\n\n"
            "Gubernur Jatim memimpin delegasi Jatim ke Tiongkok pada pertengahan Oktober.\n\n"
            "Kunjungan delegasi Jatim ke RRT akan ditindaklanjuti dengan kerja sama sister city antara "
            "Kota Blitar – Kota Jinhua, Zhejiang, pada tahun depan.")
    reader = read_article(text, None, "2014-11-17")
    together = {frozenset((c.a.name, c.b.name)) for c in reader.candidates
                for o in c.occurrences if o.how == "together" and o.index == len(reader.sentences) - 1}
    assert frozenset(("Blitar", "Jinhua")) in together
    assert not any(p & {"East Java", "Zhejiang"} for p in together)


def test_a_unit_word_any_namesake_would_take_does_not_keep_a_name_out_of_the_articles_country():
    text = ("Burlington celebrates the 35th twinning anniversary with Itabashi, Japan, this year.\n\n"
            "The delegation from Itabashi will tour Canada for a week.\n\n"
            "The City of Burlington is also twinned with the City of Apeldoorn, the Netherlands, since May 2005.")
    found = extract_article(text, published="2024-06-20")["relations"]
    countries = {side["country"] for r in found for side in (r["a"], r["b"]) if side["name"] == "Burlington"}
    assert countries == {"Canada"}


def test_a_big_city_stays_itself_though_the_article_names_a_country_with_a_small_namesake():
    text = ("Kota Medan menjalin sister city dengan Paris, Ichikawa dan Gwangju sejak lama.\n\n"
            "Wali Kota Medan baru saja kembali dari kunjungan kerja ke Amerika Serikat pekan lalu.")
    found = extract_article(text, published="2019-05-02")["relations"]
    assert ("Paris", "France") in {(r["b"]["name"], r["b"]["country"]) for r in found}


def test_a_hyphenated_name_begun_by_a_capitalised_word_is_read_whole():
    text = "Sinzig has been twinned with Le Pont-de-Claix in France since 1966, the council said on Monday."
    found = extract_article(text, published="2023-06-12")["relations"]
    names = {side["name"] for r in found for side in (r["a"], r["b"])}
    assert "Claix" not in names and "Le Pont" not in names
    text = "Beckum celebrates 40 years of twinning with La Celle-Saint-Cloud, the town in France, on Saturday."
    found = extract_article(text, published="2023-06-12")["relations"]
    assert [(r["b"]["name"], r["b"]["country"]) for r in found] == [("La Celle-Saint-Cloud", "France")]


def test_the_items_of_a_list_another_place_owns_are_not_the_partners_of_the_place_before_it():
    text = ("Gumi City, Korea could join Fresno's list of sister cities – including Kochi, Japan; Baoding, China; "
            "Lahore, Pakistan; and Münster, Germany – after the council's vote on Tuesday.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2022-07-20")}
    assert not any("Gumi" in p and p & {"Kochi", "Baoding", "Lahore", "Münster"} for p in pairs)


def test_a_plain_list_of_names_one_a_line_under_a_colon_line():
    text = ("Fresno signed a sister city agreement with Kochi on Monday.\n\n"
            "Kochi joins Fresno's other sister cities:\n\n"
            "Baoding, China\n\nLahore, Pakistan\n\nMünster, Germany\n\n"
            "The council thanked the volunteers of the association.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2024-02-12")}
    assert {frozenset(("Fresno", p)) for p in ("Baoding", "Lahore", "Münster")} <= pairs
    assert not any("Kochi" in p and p & {"Baoding", "Lahore", "Münster"} for p in pairs)


def test_a_park_or_hall_named_after_the_town_leaves_the_town_a_town():
    text = ("Mayor Ann Cole said Toowoomba and Takatsuki have been sister cities for 30 years.\n\n"
            "The guests from Takatsuki planted a tree in the Toowoomba Botanic Gardens on Saturday.")
    assert [(a, b) for a, b, *_ in relations(text, published="2024-03-11")] == [("Toowoomba", "Takatsuki")]


def test_a_pair_repeated_past_counting_is_as_sure_as_one_repeated_twenty_times():
    def confidence(repeats: int) -> float:
        text = "Bogor and Kisarazu are sister cities. " * repeats
        [found] = shipped_extract_article(text)["relations"]
        return found["confidence"]

    assert confidence(25) == confidence(2500)


def test_a_state_or_prefecture_name_as_common_as_a_word_is_still_a_place():
    text = "Oregon and Toyama Prefecture marked 30 years as sister states with a visit on Friday."
    assert [(a, b) for a, b, *_ in relations(text, published="2024-05-10")] == [("Oregon", "Toyama Prefecture")]


def test_a_region_after_a_town_the_gazetteer_lacks_is_where_it_lies_not_a_party():
    text = ("Kingston signed a sister city agreement with Chengdu, China in 2019. "
            "An older sister city of Kingston is Wrenfield in Florida.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2024-05-10")}
    assert frozenset(("Kingston", "Florida")) not in pairs
    text = ("Harlow Creek, Texas signs a sister city agreement with Tepic.\n\n"
            "The Mayor of Harlow Creek thanked the council.")
    assert not any("Texas" in (a, b) for a, b, *_ in relations(text, published="2024-05-10"))


def test_a_region_in_a_list_of_countries_is_no_party():
    text = "Wicklow is strengthening its links with twin towns in Germany, France and Wales, the council said."
    assert not any("Wales" in side for a, b, *_ in relations(text, published="2024-05-10") for side in (a, b))


def test_a_french_name_written_without_its_hyphens_and_with_st_for_saint():
    text = "Winchester council marked 30 years of twinning with St Germain en Laye on Saturday."
    assert [(a, b) for a, b, *_ in relations(text, published="2024-06-10")] == [("Winchester", "Saint-Germain-en-Laye")]
    text = "Penarth renewed its twinning agreement with St Pol de Leon on Friday."
    assert [(a, b) for a, b, *_ in relations(text, published="2024-06-10")] == [("Penarth", "Saint-Pol-de-Léon")]


def test_a_region_after_an_unknown_place_and_in_says_where_it_lies_though_the_list_goes_on():
    text = ("Davao City plans a sister city pact with Seoul. Its foreign sister cities include Manado and "
            "Pekanbaru in Indonesia, Keelung in Taiwan, and Wrenfield Country in Hawaii, and Tacoma in "
            "Washington, United States.")
    parties = [m.core for m in read_article(text, published="2024-06-10").places.parties[1]]
    assert "Wrenfield Country" in parties and "Hawaii" not in parties


def test_a_country_after_of_says_which_namesake():
    text = "Hubei and Victoria of Australia signed a sister province agreement on Monday."
    assert [(b, country) for a, b, kind, country, *_ in relations(text, published="2024-06-10")] == [
        ("Victoria", "Australia")]


def test_a_country_the_headline_names_by_its_adjective_chooses_a_smaller_namesake():
    text = ("Australian Town Weighs Ending Sister City Tie\n\n"
            "Albany councillors will vote next week on ending the sister city relationship with Linyi, signed "
            "in 2014.\n\nAlbany's mayor said the council would listen to residents. Australia has no view.")
    found = extract_article(text, published="2024-06-10")["relations"]
    assert [(r["a"]["name"], r["a"]["country"]) for r in found] == [("Albany", "Australia")]


def test_the_pages_own_date_line_is_no_date_the_news_tells():
    assert find_dates("Kamis, 09 Mei 2024 14:20 WIB Rabu (8/5/2024) Pemkot Bogor menandatangani LoI.",
                      "2024-05-09") == ["2024-05-08"]
    assert find_dates("date 2024-05-09 Highlights of the council's sister city talks.", "2024-05-09") == []
    assert find_dates("(Humas Bogor) Kamis, 09 Mei 2024 14:20 WIB", "2024-05-09") == []
    assert find_dates("Updated: May 9, 2024 The mayors met on Tuesday.", "2024-05-09") == ["2024-05-07"]
    # "diperbarui" (renewed) and "updated on" inside a sentence, and a press release opening on its event's day
    assert find_dates("Perjanjian Kota Bogor dan Kisarazu diperbarui 12 Maret 2019 untuk lima tahun.",
                      "2024-05-12") == ["2019-03-12"]
    assert find_dates("The agreement was updated on 5 March 2020 to cover trade.", "2024-05-12") == ["2020-03-05"]
    assert find_dates("Kamis, 9 Mei 2024 pukul 10.00 WIB, Wali Kota Bogor menandatangani MoU.",
                      "2024-05-12") == ["2024-05-09"]
    # a letter dated so is the letter's date; a time of day after a date the sentence tells is the event's
    assert find_dates("The letter of intent dated 8 May 2024 was handed over.", "2024-05-09") == ["2024-05-08"]
    assert find_dates("The mayors signed the charter on 8 May 2024 at 10:00 in Bogor.", "2024-05-09") == ["2024-05-08"]


def test_a_line_that_is_only_a_date_is_the_pages_date():
    assert find_dates("Kamis, 20 November 2025") == []
    assert find_dates("March 3, 2021 10:15 WIB") == []
    assert find_dates("5 Mei 2021.") == []
    assert find_dates("Kota Bogor, 5 Mei 2021") == ["2021-05-05"]
    assert find_dates("Pada 5 Mei 2021 Bogor dan Kisarazu menandatangani MoU.") == ["2021-05-05"]


def test_a_heading_that_ends_with_its_issues_date_tells_no_date():
    assert find_dates("No. 4 Sister City Relationships - Fostering the Future - December 13, 2019",
                      "2019-12-20") == []
    assert find_dates("Sister city news | 13 Desember 2019", "2019-12-20") == []
    assert find_dates("The mayors signed the sister city agreement on December 13, 2019.", "2019-12-20") == ["2019-12-13"]


def test_a_later_sentence_on_the_tie_dates_the_visit():
    text = ("Racine is hosting a delegation from its sister city, Tsubame, Japan, for a week.\n\n"
            "The mayor welcomed the guests at City Hall.\n\n"
            "The guests come from a city known for its cutlery and metalwork.\n\n"
            "They will stay with host families across the city.\n\n"
            "To mark the sister city ties, a cherry tree was planted yesterday (August 1st) in the park beside "
            "the river.")
    assert [r[5] for r in relations(text, published="2024-08-02")] == ["2024-08-01"]


def test_a_small_place_the_article_calls_a_town_is_of_kind_other():
    text = "Crewe councillors marked 30 years of twinning with the German town of Bischofsheim on Saturday."
    found = extract_article(text, published="2024-06-10")["relations"]
    assert [(r["b"]["name"], r["b"]["kind"]) for r in found] == [("Bischofsheim", "other")]
    # a place the article also calls a city keeps its kind
    text = ("Crewe councillors marked 30 years of twinning with the German town of Bischofsheim on Saturday. "
            "The city of Bischofsheim sent its mayor.")
    found = extract_article(text, published="2024-06-10")["relations"]
    assert [side["kind"] for r in found for side in (r["a"], r["b"]) if side["name"] == "Bischofsheim"] == ["city"]


def test_an_unknown_name_with_small_words_before_its_country_is_read_whole():
    text = "Truro welcomed delegates from its twin town, Chateau du Loir in France, to mark 24 years of twinning."
    parties = [(m.core, m.country) for m in read_article(text, published="2024-05-02").places.parties[0]]
    assert ("Chateau du Loir", "FR") in parties and not any(core == "Loir" for core, _ in parties)


def test_the_new_place_rules_keep_clear_of_people_offices_and_everyday_words():
    text = ("The Hokkaido delegation traveled via Seattle. Secretary Blinken, Alberta Premier Smith and "
            "Hokkaido Governor Suzuki marked the sister-province anniversary.")
    assert [(a, b) for a, b, *_ in relations(text, published="2024-05-12")] == [("Alberta", "Hokkaido Prefecture")]
    text = "Delta will fly between Seattle and Taipei, which became sister cities in 1996."
    assert [(a, b) for a, b, *_ in relations(text, published="2024-05-12")] == [("Seattle", "Taipei")]
    text = ("The sister city committee met at the Jackson Pollock Gallery on Monday.\n\n"
            "Toowoomba and Takatsuki have been sister cities since 1990.")
    assert [(a, b) for a, b, *_ in relations(text, published="2024-05-12")] == [("Toowoomba", "Takatsuki")]
    text = "Toowoomba's twin town Takatsuki sent a delegation for the sister city anniversary."
    found = extract_article(text, published="2024-05-12")["relations"]
    assert [(r["a"]["kind"], r["b"]["kind"]) for r in found] == [("city", "city")]


def test_its_partners_are_those_of_the_place_the_sentence_before_opens_with():
    # the article speaks most of Busan, but 'the city's' and 'its' stand for Cebu, the subject before
    text = ("Busan is planning to forge a sister city agreement with a city in the Philippines.\n\n"
            "Busan officials visited Manila last week, and Busan is also looking at other cities for a sister city.\n\n"
            "Cebu has existing friendship city agreements with Yokohama in Japan. "
            "The city's 3 domestic sister cities are Baguio, Iloilo and Dumaguete. "
            "Its foreign sister cities include Nanning in China, Manado in Indonesia and Tacoma in the United States.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, title="Busan seeks a sister city in the Philippines")}
    assert not any("Busan" in pair and pair & {"Nanning", "Manado", "Tacoma", "Baguio", "Iloilo City"}
                   for pair in pairs)


def test_a_dotted_short_name_names_the_country():
    # 'California' is as common as a word of English and needs support: 'U.S.' names its country
    text = ("The governor met Sichuan officials in Chengdu on Tuesday. California and Sichuan signed a "
            "sister-state agreement at the U.S.-China Governors Forum, building on ties since 2015.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, title="California and Sichuan sign sister-state pact")}
    assert frozenset(("California", "Sichuan")) in pairs


def test_a_twin_with_its_possessive_suffix_is_a_twinning_word():
    text = ("PADANG - Kota Padang bakal menjadi kembarannya Kota Hildesheim, Jerman. Pemkot membahas rencana "
            "itu bersama utusan Jerman, Senin.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, title="Utusan Jerman Berkunjung ke Padang")}
    assert frozenset(("Padang", "Hildesheim")) in pairs


def test_pairs_written_with_hyphens_one_after_another_are_alike():
    text = ("Japan and Indonesia on Monday signed agreements that include the sister cities "
            "Osaka-Surabaya, Kobe-Medan, Nagoya-Makassar, Sapporo-Malang and Sendai-Padang, and sister "
            "universities, schools and parks between the two countries.")
    found = relations(text, title="Japan and Indonesia sign sister city pacts", published="2024-03-05")
    pairs = {frozenset((a, b)) for a, b, *_ in found}
    assert {frozenset(p) for p in (("Surabaya", "Ōsaka"), ("Medan", "Kōbe"), ("Makassar", "Nagoya"),
                                    ("Malang", "Sapporo"), ("Padang", "Sendai"))} <= pairs
    # one role: all the news of the day, none in passing
    assert {(date, in_passing) for *_, date, in_passing in found} == {("2024-03-04", False)}


def test_agreements_in_the_plural_are_agreements_signed():
    assert stage_of("The two provinces signed sister-province agreements on Thursday.") == "agreement_signed"
    assert stage_of("The newly signed charters include Padang and Hildesheim.") == "agreement_signed"


def test_memoranda_and_letters_of_intent_in_the_plural_keep_their_stage():
    assert stage_of("The mayors signed two MoUs on trade and tourism.") == "mou_signed"
    assert stage_of("The cities exchanged letters of intent on Monday.") == "loi_signed"


def test_the_pairs_of_a_hyphen_series_follow_the_likeliest_of_them():
    text = ("Japan and Indonesia on Monday signed agreements to establish five pairs of sister cities.\n\n"
            "The newly signed agreements include sister cities Osaka-Surabaya, Kobe-Medan, Nagoya-Makassar, "
            "Sapporo-Malang and Sendai-Padang, sister park Ueno Park-Taman Suropati and sister lake Biwa Lake-Toba Lake.")
    reader = read_article(text, "Japan, Indonesia sign agreements to establish sister cities", "2024-03-05")
    scored = reader.scored(rule_models())
    series = [(c, p) for c, p in scored if c.a.name and c.b.name
              and {c.a.name, c.b.name} & {"Surabaya", "Medan", "Makassar", "Malang", "Padang"}]
    assert len(series) == 5 and len({p for _, p in series}) == 1  # one probability
    leaders = {id(reader.hyphen_leaders.get(id(c), c)) for c, _ in series}
    assert len(leaders) == 1  # and one pair whose passing decision they all take


def test_two_towns_of_two_countries_side_by_side_are_a_persons_name():
    # Hagen is a town in Germany and Brody one in Ukraine: together, the mayor's name
    text = ("Merida and Sarasota renewed their sister city agreement on Tuesday. In turn, Hagen Brody, the "
            "mayor of Sarasota, thanked the mayor of Merida for the twinning.")
    reader = read_article(text, "Merida and Sarasota renew their twinning")
    named = {m.core for ms in reader.places.mentions for m in ms}
    assert {"Sarasota", "Merida"} <= named and not named & {"Hagen", "Brody"}
    # a town and its region, and two towns of one country, keep their places
    reader = read_article("Kota Bandung Jawa Barat dan Kota Suwon menjajaki kerja sama sister city.")
    assert "Jawa Barat" in {m.core for ms in reader.places.mentions for m in ms}


def test_places_after_an_owner_that_lists_its_twins_are_not_each_others_partners():
    text = ("Merida and Sarasota renewed their sister city agreement on Tuesday.\n\n"
            "Currently, Sarasota has nine Sister Cities: Hamilton, Ontario, Canada (1990), Perpignan, France "
            "(1994), Treviso, Italy (2007), Merida, Yucatan, Mexico (2010) and Xiamen, China (2007).")
    reader = read_article(text, "Merida and Sarasota renew their twinning")
    pairs = {frozenset((c.a.name, c.b.name)) for c in reader.candidates}
    assert not any("Mérida" in pair and pair & {"Hamilton", "Perpignan", "Treviso", "Xiamen"} for pair in pairs)
    assert frozenset(("Mérida", "Sarasota")) in pairs


def test_a_state_after_a_name_moves_it_to_that_country_even_where_the_gazetteer_lacks_it():
    # the gazetteer knows San Luis in Argentina and Guatemala, not the town in Arizona
    text = "The council of San Luis, Arizona approved Magdalena de Kino as a sister city on Monday."
    reader = read_article(text, "San Luis gains a sister city")
    sides = {(c.a.name or c.a.local_name, c.a.country) for c in reader.candidates} | \
            {(c.b.name or c.b.local_name, c.b.country) for c in reader.candidates}
    assert ("San Luis", "US") in sides and not any(country == "AR" for _, country in sides)


def test_an_unknown_name_before_a_unit_word_must_be_a_rare_word():
    # "the Windy City" (a nickname), "the Fractional Council" (a body of a council): words of the
    # language, no gazetteer row, only a unit word after them; a name is rarer than that
    text = ("Sister cities meet in the Windy City. Tartu has suspended its twinning with Kutaisi in Georgia "
            "after consulting its Fractional Council.")
    found = read_article(text, published="2024-05-02").places
    cores = {m.core for ms in found.mentions for m in ms}
    assert {"Tartu", "Kutaisi"} <= cores and not cores & {"Windy", "Fractional"}


def test_daerah_istimewa_written_short_names_the_province():
    for written in ("Provinsi D.I. Yogyakarta", "Gubernur D.I Yogyakarta", "Pemerintah DI Yogyakarta"):
        text = f"{written} dan Provinsi Gangwon menandatangani perjanjian sister province pada 7 September 2009."
        assert relations(text) == [("Special Region of Yogyakarta", "Gangwon", "province", "South Korea",
                                    "agreement_signed", "2009-09-07", False)], written


def test_a_persetujuan_signed_is_an_agreement_signed():
    text = "Kota Bogor dan Kota Kisarazu menandatangani persetujuan sister city pada 5 Mei 2021."
    assert [r[4] for r in relations(text)] == ["agreement_signed"]
    text = "DPRD Kota Bogor memberikan persetujuan atas rencana sister city dengan Kota Kisarazu pada 5 Mei 2021."
    assert "agreement_signed" not in [r[4] for r in relations(text)]


def test_a_small_place_named_by_everyday_words_needs_support():
    # Cameroon's South-West region is no partner of an Australian town that "left the South West"
    text = ("Pupils from the sister city Setagaya spent a week in Bunbury, on the sister city exchange, and "
            "left the South West on Friday.")
    found = read_article(text, published="2024-05-02").places
    assert "South West" not in {m.core for ms in found.mentions for m in ms}
    text = "Mafikeng, in the North West province of South Africa, twinned with Gaborone."
    found = read_article(text, published="2024-05-02").places
    assert "North West" in {m.core for ms in found.mentions for m in ms}


def test_a_quarter_named_little_after_a_faraway_city_is_not_that_city():
    text = "Little Saigon tells Riverside to drop its sister city Can Tho, Vietnam."
    found = read_article(text, published="2015-01-28").places
    cores = {m.core for ms in found.mentions for m in ms}
    assert "Saigon" not in cores and {"Riverside", "Can Tho"} <= cores
    text = "Little Rock signed a sister city agreement with Hanam, South Korea."
    assert [r[:2] for r in relations(text, published="2015-01-28")] == [("Little Rock", "Hanam")]


def test_a_place_once_glued_to_a_name_is_still_a_place_in_a_list_of_places():
    # "Yerevan D. Gevorgyan" reads like "Nelson Simanjuntak", but Yerevan is later listed among places
    text = ("The head of foreign relations of the Municipality of Yerevan D. Gevorgyan visited Carrara, Italy. "
            "Cooperation between the sister cities Yerevan, Carrara, Grasse and Opole was discussed. The "
            "twinning of Yerevan and Carrara began in 1962.")
    assert ("Yerevan", "Carrara") in [tuple(sorted(r[:2], reverse=True)) for r in relations(text, published="2013-09-03")]


def test_a_region_in_a_list_of_places_each_with_where_it_lies_qualifies_its_place():
    text = ("Bogor will send a delegation to two of its sister cities, Edinburgh, Scotland and Otaru, Japan, "
            "in late July.")
    parties = {m.core for ms in read_article(text, published="2014-07-24").places.parties for m in ms}
    assert "Scotland" not in parties and {"Edinburgh", "Otaru"} <= parties


def test_the_district_after_a_comma_belongs_to_the_capitals_name():
    for written in ("Washington, DC", "Washington, D.C.", "Washington DC"):
        text = f"{written} and Brasilia signed a sister city agreement on March 15, 2013."
        assert relations(text) == [("Washington, D.C.", "Brasília", "city", "Brazil", "agreement_signed",
                                    "2013-03-15", False)], written


def test_a_division_of_another_country_after_a_division_does_not_locate_it():
    text = "Hawaii, Bali to become sister states\n\nThe two islands will sign the agreement on Monday."
    assert [set(r[:2]) for r in relations(text, published="2015-06-01")] == [{"Hawaii", "Bali"}]


def test_a_name_after_a_unit_word_takes_the_namesake_with_a_wikidata_item():
    # the gazetteer holds a map row of Kisarazu without an item beside the item of the twinning
    # statements; "Kota Kisarazu" is the item, as a bare "Kisarazu" is
    found = extract_article("Kota Bogor dan Kota Kisarazu, Jepang, menandatangani nota kesepahaman sister city "
                            "pada 5 Mei 2021.")["relations"]
    assert [(r["b"]["name"], r["b"].get("qid")) for r in found] == [("Kisarazu", "Q335427")]


def test_the_places_an_owner_lists_as_its_twins_are_alike_whatever_stands_between_them():
    # an unknown district before its city ("Siming, Xiamen, China") had cut the list in two, and the
    # items before it were scored apart from the rest
    text = ("In order to continue the exchange of projects between the cities of George and Tacoma, Mayor Ann "
            "Smith signed the renewal with the mayor of Tacoma, Washington, United States. Currently, Tacoma has "
            "seven sister cities: Kitakyushu, Fukuoka, Japan (1959), Kunsan, South Korea (1978), Siming, Xiamen, "
            "China (2007), George, Western Cape, South Africa (2010) and Brno, Czech Republic (2018).")
    found = relations(text, title="George and Tacoma ratify their twinning", published="2020-12-09")
    tacoma = {b if a == "Tacoma" else a for a, b, *_ in found if "Tacoma" in (a, b)}
    assert {"Kitakyūshū", "Gunsan", "George", "Brno"} <= tacoma


def test_an_unknown_name_from_a_foreign_country_is_a_place_of_it():
    text = "Mersin Metropolitan Municipality signed a sister city protocol with Bayan Ulgii from Mongolia."
    assert relations(text, published="2017-05-01") == [
        ("Mersin", "Bayan Ulgii", "city", "Mongolia", "agreement_signed", "2017-05-01", False)]
    # a person from a country is no place of it
    text = "Students from Mersin met Dorj Bat from Mongolia at the sister city festival in Ulaanbaatar."
    assert relations(text, published="2017-05-01") == []


def test_a_protocol_signed_is_an_agreement_and_a_health_protocol_is_not():
    text = "Kota Bogor dan Kota Kisarazu menandatangani protokol sister city pada 5 Mei 2021."
    assert [r[4] for r in relations(text)] == ["agreement_signed"]
    text = ("Delegasi Kota Kisarazu mematuhi protokol kesehatan saat berkunjung ke Kota Bogor untuk membahas "
            "rencana sister city pada 5 Mei 2021.")
    assert "agreement_signed" not in [r[4] for r in relations(text)]


def test_a_place_without_an_item_that_wikipedias_lists_twin_often_is_no_little_known_name():
    # the gazetteer knows Gumi and Gimcheon only from Wikipedia's lists of twin towns (no Wikidata item),
    # where each has several partners; a name of one such row alone stays little known
    reader = read_article("Pemkot Bandung menjajaki kerja sama sister city dengan Kota Gumi dan Kota Gimcheon, "
                          "Korea Selatan.", published="2022-07-19")
    features = {frozenset((c.a.name, c.b.name)): c.features for c in reader.candidates}
    assert features[frozenset(("Bandung", "Gumi"))].get("no_qid", 0.0) == 0.0
    reader = read_article("Pemkot Bandung menjajaki kerja sama sister city dengan Kota Matsuura, Jepang.",
                          published="2022-07-19")
    features = {frozenset((c.a.name, c.b.name)): c.features for c in reader.candidates}
    assert features[frozenset(("Bandung", "Matsuura"))]["no_qid"] == 1.0


def test_an_indonesian_compound_name_written_joined_is_found():
    text = "Lubuklinggau dan Kisarazu menandatangani nota kesepahaman sister city pada 5 Mei 2021."
    assert [r[:2] for r in relations(text)] == [("Lubuklinggau", "Kisarazu")]
    text = "Delegasi Kisarazu tiba di Tanjungbalai untuk menandatangani nota kesepahaman sister city."
    assert [r[:2] for r in relations(text)] == [("Tanjungbalai", "Kisarazu")]


def test_an_indonesian_compound_name_written_apart_is_found():
    text = "Kota Bukit Tinggi dan Kota Kisarazu menandatangani nota kesepahaman sister city pada 5 Mei 2021."
    assert [r[:2] for r in relations(text)] == [("Bukittinggi", "Kisarazu")]


def test_a_regency_renamed_after_the_gazetteers_sources_is_known_by_both_names():
    for written in ("Kabupaten Kepulauan Tanimbar", "Kabupaten Maluku Tenggara Barat"):
        text = f"{written} dan Kota Darwin menandatangani nota kesepahaman sister city pada 5 Mei 2021."
        assert [r[:2] for r in relations(text)] == [("Tanimbar Islands Regency", "Darwin")], written


def test_a_page_dated_by_its_month_is_dated_by_the_one_day_of_that_month_its_news_names():
    text = ("Pemprov Sumut dan Provinsi Guangdong mempererat kerja sama sister province.\n\n"
            "Kedua pihak membahas pariwisata, pendidikan dan perdagangan dalam pertemuan itu.\n\n"
            "Gubernur juga berharap penerbangan langsung Medan ke Guangzhou segera dibuka.\n\n"
            "Hal itu disampaikan dalam pertemuan di Kantor Gubernur Sumut, Medan, Jumat (26/5/2023).")
    assert [(r[0], r[1], r[5]) for r in relations(text, published="2023-05")] == \
        [("North Sumatra", "Guangdong", "2023-05-26")]
    # two days of the month named far from the pair: which is the news is not known, the month stays
    two = text + "\n\nRombongan Guangdong sebelumnya tiba di Medan pada Senin (8/5/2023)."
    assert [r[5] for r in relations(two, published="2023-05")] == ["2023-05"]


def test_a_regency_named_with_its_kepulauan_is_the_regency_the_gazetteers_sources_name_without():
    for written, name in (("Kabupaten Kepulauan Sangihe", "Sangihe Islands Regency"),
                          ("Pemkab Kepulauan Talaud", "Talaud Islands Regency"),
                          ("Pemkab Sangihe", "Sangihe Islands Regency")):
        text = f"{written} dan Kota General Santos, Filipina, menandatangani MoU sister city pada 5 Mei 2021."
        assert [r[:2] for r in relations(text)] == [(name, "General Santos")], written


def test_the_new_capital_is_known_by_its_full_names_and_two_capitals_twinned_are_sister_capitals():
    text = ("Otorita Ibu Kota Nusantara dan Kantor Gubernur Ibu Kota Astana menandatangani MoU sister capital city "
            "pada 5 Juni 2023.")
    assert [r[:2] for r in relations(text)] == [("Nusantara", "Astana")]
    assert [r[:2] for r in relations("Astana and Nusantara became sister capitals on 5 June 2023.")] == \
        [("Nusantara", "Astana")]
    # its authority's head, and its short form
    text = "Kepala Otorita IKN dan Gubernur Astana menandatangani MoU sister city pada 5 Juni 2023."
    assert [r[:2] for r in relations(text)] == [("Nusantara", "Astana")]
    # "Ibu Kota Negara" is never Bali's town of Negara, which a bare "Kota Negara" names
    text = "Ibu Kota Negara dan Astana menandatangani MoU sister city pada 5 Juni 2023."
    assert all(r[0] != "Negara" and r[1] != "Negara" for r in relations(text))
    text = "Bupati Jembrana dan Wali Kota Shibukawa meneken MoU sister city di Kota Negara pada 5 Juni 2023."
    assert [r[:2] for r in relations(text)] == [("Jembrana Regency", "Shibukawa")]
    text = "Ketua Otorita Ibu Kota Nusantara dan Gubernur Ibu Kota Astana menandatangani MoU sister city."
    assert [r[:2] for r in relations(text)] == [("Nusantara", "Astana")]
    # another country's capital is none of it, nor Bali's Negara
    text = "Ibu Kota Negara Australia, Canberra, menjalin sister city dengan Kota Nara, Jepang."
    assert [r[:2] for r in relations(text)] == [("Canberra", "Nara")]
    text = "Ibu Kota Negara (IKN) dan Astana menandatangani MoU sister city pada 5 Juni 2023."
    assert [r[:2] for r in relations(text)] == [("Nusantara", "Astana")]
    # the everyday word for the archipelago is no party
    text = ("Kota Bogor dan Kota Kisarazu menandatangani MoU sister city untuk mengenalkan budaya Nusantara "
            "pada 5 Juni 2023.")
    assert [r[:2] for r in relations(text)] == [("Bogor", "Kisarazu")]


def test_twin_siblings_as_a_likeness_are_no_twinning():
    text = ("Antara Kabupaten Nunukan dengan Tawau, menurut dia, sudah ibarat \"saudara kembar\" yang memiliki "
            "karakter yang mirip.")
    assert relations(text) == []
    assert [r[:2] for r in relations("Kota Surabaya dan Kota Busan adalah saudara kembar sejak 1994.")] == \
        [("Surabaya", "Busan")]
    # "Keduanya" (both of them) lends the next sentence's MoU to the pair the likeness named
    text = ("Makassar dan Kota Lae di Papua Nugini bak saudara kembar. Keduanya menandatangani MoU sister city pada "
            "Senin (4/3/2024).")
    assert [(r[0], r[1], r[4]) for r in relations(text)] == [("Makassar", "Lae", "mou_signed")]


def test_a_malaysian_city_council_and_its_mayor_as_indonesian_writes_them():
    text = ("Penandatanganan nota kesepahaman sister city antara Datuk Bandar Majelis Bandaraya Kuala Terengganu "
            "Datuk Haji Adzlan dan Wali Kota Makassar Ilham Arief Sirajuddin, Rabu.")
    assert [r[:2] for r in relations(text)] == [("Makassar", "Kuala Terengganu")]
    # a town of two words, placed by its country, is not the place its first word names elsewhere
    text = "Wali Kota Batam menandatangani kerja sama sister city dengan Kota Iskandar Puteri, Malaysia."
    assert [(r[0], r[1], r[3]) for r in relations(text)] == [("Batam", "Iskandar Puteri", "Malaysia")]
    # and the state's older spelling, which Riau's news keeps
    assert [r[:2] for r in relations("Kabupaten Siak dan Trengganu menandatangani MoU kota kembar pada 5 Mei 2019.")] \
        == [("Siak Regency", "Terengganu")]


def test_an_unknown_indonesian_town_set_against_a_foreign_city_is_at_home():
    text = ("Kabupaten Klungkung menerima tamu dari Italia. Tamu itu bermaksud menjajaki kerja sama sister city "
            "antara Kota Sukamakmur dan Kota Florence Italia.")
    found = read_article(text, published="2024-05-13")
    sides = {(c.a.name, c.a.country) for c in found.candidates} | {(c.b.name, c.b.country) for c in found.candidates}
    assert ("Sukamakmur", "ID") in sides and ("Sukamakmur", "IT") not in sides


def test_a_name_a_letter_off_a_known_place_of_the_country_after_it_is_that_place():
    text = ("Pemkot Bogor menjalin kerja sama sister city dengan beberapa kota, di antaranya dengan Kota Busan "
            "(Korsel), Kitakyusu (Jepang) dan Guangzhou (China).")
    found = extract_article(text, published="2024-05-02")["relations"]
    assert ("Kitakyūshū", "Q188806") in [(r["b"]["name"], r["b"].get("qid")) for r in found]


def test_a_russian_adjective_spelt_ii_or_iy_is_the_gazetteers_y():
    from sister_cities.gazetteer import Gazetteer
    for written in ("Nizhnii Tagil", "Nizhniy Tagil", "Nizhny Tagil"):
        assert [p.qid for p in Gazetteer.default().lookup(written)][:1] == ["Q98967"], written


def test_kepulauan_is_islands_in_the_english_name_as_in_wikidata():
    text = "Pemkot Tidore Kepulauan dan Kota Sevilla, Spanyol, menjajaki kerja sama sister city."
    assert [r[:2] for r in relations(text, published="2025-07-13")] == [("Tidore Islands", "Seville")]


def test_a_long_list_of_partners_from_many_countries_does_not_move_the_articles_home_abroad():
    text = ("The ministry asked local governments to seek approval first. Kathmandu has already established "
            "sister relationships with cities like Eugene (USA), Matsumoto (Japan), Xi'an (China), Minsk "
            "(Belarus), Lhasa (China), Shenzhen (China), Lanzhou (China), Chengdu (China) and Nanjing (China).")
    found = pairs(text, published="2020-11-05")
    for partner in ("Eugene", "Xi'an", "Lhasa", "Shenzhen", "Nanjing"):
        assert frozenset(("Kathmandu", partner)) in found, partner
    assert frozenset(("Xi'an", "Lhasa")) not in found


def test_a_name_beginning_with_an_accented_capital_is_read():
    text = "Örebro Municipality and Kisarazu signed a sister city agreement on 5 May 2021."
    assert [r[:2] for r in relations(text)] == [("Örebro", "Kisarazu")]
    text = "Kota Bogor dan Üsküdar, Turki, menandatangani nota kesepahaman sister city pada 5 Mei 2021."
    assert [r[:2] for r in relations(text)] == [("Bogor", "Üsküdar")]


def test_examples_given_in_a_paragraph_of_their_own_are_read_as_partners():
    text = ("Bupati ingin meniru kota-kota di Indonesia yang telah menjalin kerja sama sister city dengan berbagai "
            "kota di dunia.\n\nSeperti Kota Bogor dengan Kisarazu (Jepang) dan Gumi (Korea Selatan).")
    found = pairs(text, published="2025-03-14")
    assert frozenset(("Bogor", "Kisarazu")) in found and frozenset(("Bogor", "Gumi")) in found
    text = ("Bupati ingin meniru kota-kota yang telah menjalin kerja sama sister city.\n\nSeperti diketahui, "
            "Bupati Bogor pernah bertemu Duta Besar Jepang.")
    assert not pairs(text, published="2025-03-14")


def test_partners_named_two_sentences_after_the_twinning_in_one_paragraph_are_read():
    text = ("Salah satu kegiatan yang sedang dibicarakan di Kota Bogor adalah program kota kembar. Sejak tahun lalu, "
            "beberapa kota di Amerika Serikat pernah diusulkan. Kota Austin di Texas dan Kota Mobile di Alabama "
            "pernah direncanakan untuk dijodohkan dengan Kota Bogor.")
    found = pairs(text, published="2016-04-21")
    assert frozenset(("Bogor", "Austin")) in found and frozenset(("Bogor", "Mobile")) in found


def test_a_passive_plan_or_proposal_is_proposed():
    assert stage_of("Kota Austin pernah direncanakan untuk dijodohkan dengan Kota Cirebon sebagai kota kembar.") \
        == "proposed"
    assert stage_of("Untuk kerja sama dengan Cina, diusulkan membangun kota kembar Beijing dengan Baubau.") == "proposed"


def test_an_acronym_in_brackets_does_not_part_a_place_from_its_region():
    text = "Kota Bogor menandatangani nota kesepahaman sister city dengan Kota Saint Louis (STL), Missouri, pada 5 Mei 2021."
    found = extract_article(text)["relations"]
    assert [(r["b"]["name"], r["b"]["country"]) for r in found] == [("St. Louis", "United States")]


def test_a_tie_that_will_be_established_is_a_proposal():
    assert stage_of("Wali Kota Bogor menyatakan Bogor akan menjalin sister city dengan Putrajaya, Malaysia.") == "proposed"
    assert stage_of("Bogor dan Kisarazu bakal segera menjalin kerja sama sister city.") == "proposed"
    # a tie that exists, with plans for it, stays one
    assert stage_of("Kedua kota yang telah menjalin sister city akan meningkatkan kerja sama.") == "active"


def test_talks_towards_a_signing_and_a_memorandum_of_agreement_are_read_as_such():
    assert stage_of("Sister-city agreement talks between Chennai and Vladivostok were disrupted by the election.") \
        == "proposed"
    assert stage_of("The Honolulu team will visit Bangkok this December to sign an MOU to establish the sister "
                    "city partnership.") == "proposed"
    assert stage_of("Impressed by Bangkok, they proposed signing an MOU on a sister city partnership.") == "proposed"
    assert stage_of("Kerja sama kota kembar itu ditandai dengan penandatanganan nota kesepakatan oleh gubernur "
                    "dan wali kota.") == "mou_signed"
    assert stage_of("The mayors signed the sister city agreement on 5 May 2021.") == "agreement_signed"


def test_a_day_of_the_month_alone_is_dated_by_the_publication():
    assert find_dates("The county signed a sisterhood agreement with the district on the 18th.", "2023-09-19") \
        == ["2023-09-18"]
    assert find_dates("The agreement was signed on the 28th in Busan.", "2023-10-02") == ["2023-09-28"]
    assert find_dates("Nota kesepahaman ditandatangani pada tanggal 5 di Bogor.", "2023-10-07") == ["2023-10-05"]
    assert find_dates("Pameran digelar sejak tanggal 18 hingga 21 Oktober.", "2010-10-20") == ["2010-10-21"]
    assert find_dates("The agreement was signed on the 18th.") == []


def test_a_mayor_named_family_name_first_after_a_bracketed_country_is_a_person_not_a_town():
    text = ("The minister held discussions with the Mayor of Hangzhou (China) Yao Gaoyuan today to strengthen "
            "twin cities cooperation between Kuala Lumpur and Hangzhou. She invited Mayor Yao to visit Kuala Lumpur "
            "to strengthen the twin cities bond. She also told Yao about the sister city plans of Kuala Lumpur.")
    found = extract_article(text, published="2024-09-10")["relations"]
    assert {frozenset((r["a"]["name"], r["b"]["name"])) for r in found} == {frozenset(("Kuala Lumpur", "Hangzhou"))}
    signatories = [s["name"] for r in found for s in r["signatories"]]
    assert "Yao Gaoyuan" in signatories


def test_today_in_a_name_is_no_day():
    assert find_dates("Semarang Today", "2016-03-10") == []
    assert find_dates("USA Today reported the signing.", "2016-03-10") == []
    assert find_dates("Today, the mayors signed the MoU.", "2016-03-10") == ["2016-03-10"]
    assert find_dates("Governor Goes to Russia Today to Sign Jakarta-Moscow Sister City", "2017-08-02") == ["2017-08-02"]


def test_ending_relationships_in_the_plural_is_an_ending():
    assert stage_of("The report recommends ending friendship city relationships with seven cities.") == "ended"
    assert stage_of("The council voted to end its twinnings with two towns.") == "ended"


def test_a_north_american_dateline_says_which_namesake_the_town_is():
    text = ("BURLINGTON, ON\n\nBurlington currently has two active twin city relationships: with Apeldoorn "
            "(Netherlands) and Itabashi (Japan).")
    found = extract_article(text, published="2020-01-18")["relations"]
    assert {(r["a"]["name"], r["a"]["country"]) for r in found} == {("Burlington", "Canada")}
    text = ("BURLINGTON, VT\n\nBurlington currently has two active twin city relationships: with Apeldoorn "
            "(Netherlands) and Itabashi (Japan).")
    found = extract_article(text, published="2020-01-18")["relations"]
    assert {(r["a"]["name"], r["a"]["country"]) for r in found} == {("Burlington", "United States")}


def test_a_pair_celebrating_years_of_friendship_is_no_proposal():
    text = ("Fermoy and Ploemeur are celebrating 40 years of twinning this month.\n\n"
            "In 1981 the town council approved a motion that the town would seek a twinning partner in Brittany. "
            "The clerk made contact with the commission, which proposed Ploemeur as a twin for Fermoy.")
    found = extract_article(text, published="2023-04-20")["relations"]
    assert [(r["a"]["name"], r["b"]["name"], r["stage"]) for r in found] == [("Fermoy", "Ploemeur", "active")]


def test_the_place_a_speaker_spoke_from_is_no_party():
    text = ("Rosario and Liverpool will sign a twinning agreement on Wednesday. \"We work for inclusion every day\", "
            "said Ms Fein from London, adding that the agreement will help both cities.")
    assert frozenset(("Rosario", "Liverpool")) in pairs(text, published="2017-02-21")
    found = read_article(text, published="2017-02-21")
    assert [m.venue for ms in found.places.mentions for m in ms if m.core == "London"] == [True]


def test_a_demand_to_end_a_tie_is_no_ending():
    assert stage_of("Your new sister-city relationship with Can Tho is inappropriate and should be dissolved.") != "ended"
    assert stage_of("Residents urged the council to suspend the sister city relationship with Vladimir.") != "ended"
    assert stage_of("The council voted to end its twinning with Vladimir.") == "ended"
    assert stage_of("The council suspended the sister city relationship after residents urged it.") == "ended"


def test_a_speakers_surname_is_that_person_where_it_stands_alone():
    text = ("\"It's a small town,\" said Bill Marshall, chairman of the Frankfort Sister Cities Commission.\n\n"
            "A distillery in Shimamoto merged with a bourbon maker in 2014. Frankfort has a bourbon plant on U.S. 460."
            "\n\nThe Marshall and his wife spoke to the Frankfort City Commission in 2015 about becoming sister "
            "cities with Shimamoto.")
    found = read_article(text, published="2020-06-18")
    assert "Marshall" not in [m.core for ms in found.places.mentions for m in ms]


def test_a_titled_person_named_in_full_is_that_person_under_the_title_alone():
    text = ("Chairman of the municipal corporation, Councillor Homer Davis, says the city of Montego Bay could soon "
            "be twinned with a city in Spain. Mayor Davis said the twinning with Madrid is likely.")
    found = read_article(text, published="2017-12-20")
    cores = [m.core for ms in found.places.mentions for m in ms]
    assert "Davis" not in cores and "Homer" not in cores and "Montego Bay" in cores


def test_a_tie_that_used_to_be_is_ended():
    assert stage_of("Smolensk, Russia, used to be an official sister city, and was removed from the list.") == "ended"
    assert stage_of("The town's former sister city relationship had waned.") == "ended"
    assert stage_of("Bogor is no longer a sister city of Kisarazu.") == "ended"
    assert stage_of("Bogor has been a sister city of Kisarazu since 2000.") == "active"


def test_partners_named_as_alternatives_are_proposed():
    assert stage_of("Dubes menyambangi Kharkiv dalam rangka program kota kembar dengan alternatif pilihan Bandung "
                    "atau Surabaya.") == "proposed"
    assert stage_of("The clerk will report back with options for twinning with Courseulles-sur-Mer.") == "proposed"


def test_a_list_of_short_lines_under_a_colon_line_is_one_list():
    from sister_cities.extract.text import paragraphs
    text = ("Sister city Kota Bogor di dalam negeri adalah:\n\nKota Batam di Provinsi Kepulauan Riau,\n\n"
            "Kota Denpasar di Bali,\n\nKabupaten Gresik di Jawa Timur.\n\nKerja sama itu dimulai pada 2003.")
    assert paragraphs(text) == [
        "Sister city Kota Bogor di dalam negeri adalah: Kota Batam di Provinsi Kepulauan Riau; Kota Denpasar di Bali; "
        "Kabupaten Gresik di Jawa Timur.", "Kerja sama itu dimulai pada 2003."]


def test_a_twin_city_forum_is_no_twinning():
    text = ("The annual twin-city forum between Taipei and Shanghai would not be halted because of the outbreak, "
            "the deputy mayor said. A councillor called for Taipei to suspend the twin-city forum.")
    assert not pairs(text, published="2020-02-11")
    text = "Taipei and Shanghai became twin cities in 2010, and hold an annual forum."
    assert frozenset(("Taipei", "Shanghai")) in pairs(text, published="2020-02-11")


def test_a_town_with_a_twinning_association_is_a_town_whatever_else_its_name_means():
    text = ("Rugby Twinning Association members visited their counterparts in Evreux over the weekend to celebrate "
            "the anniversary of the twinning between the two towns.")
    assert frozenset(("Rugby", "Évreux")) in pairs(text, published="2023-09-04")


def test_those_cities_include_opens_a_list_of_the_partners_before():
    text = ("Council will consider whether another city could be added to the list of three sister cities Whitehorse "
            "already has.\n\nThose cities include Juneau, Alaska; Lancieux, France; and Ushiku, Japan.")
    found = read_article(text, published="2023-01-25")
    assert {"Juneau", "Lancieux", "Ushiku"} <= {c.b.name for c in found.candidates} | {c.a.name for c in found.candidates}


def test_a_memorandum_on_cooperation_and_friendship_between_two_localities_is_a_twinning():
    text = ("Ninh Binh province and Saiki city (Oita prefecture, Japan) have just signed a Memorandum of "
            "Understanding on cooperation, exchange and friendship.")
    assert any("Saiki" in pair and any(n.startswith("Ninh Bình") for n in pair) for pair in pairs(text, published="2023-04-10"))
    text = "The two ministries signed a memorandum on trade between Vietnam and Japan."
    assert not pairs(text, published="2023-04-10")


def test_czech_polish_and_german_small_words_inside_a_name():
    from sister_cities.extract import lexicon as lx
    text = "Kota Hluboka nad Vltavou, Frankfurt an der Oder dan Freiburg im Breisgau, bukan Bogor an Indonesian city."
    assert lx.NAME.findall(text) == ["Kota Hluboka nad Vltavou", "Frankfurt an der Oder", "Freiburg im Breisgau",
                                     "Bogor", "Indonesian"]
    text = "Pemkot Yogyakarta menjajaki kerja sama sister city dengan Kota Hluboka nad Vltavou, Republik Ceko."
    assert any("Hluboká nad Vltavou" in pair for pair in pairs(text, published="2024-05-20"))


def test_a_partner_written_as_one_word_is_read():
    text = ("Pemkot Denpasar akan melakukan kerja sama sister city dengan tiga kota, yakni Kota Gyeongju-Korea, "
            "Mosselbay-Afrika Selatan, dan Perth-Australia.")
    assert frozenset(("Denpasar", "Mossel Bay")) in pairs(text, published="2019-03-18")


def test_talks_towards_a_friendly_exchange_agreement_are_a_proposed_twinning():
    text = ("A delegation from Sacheon City Council visited Vung Tau to foster discussions towards signing a friendly "
            "exchange agreement between the two cities.")
    assert stage_of(text) == "proposed"
    found = read_article(text, published="2023-10-13")
    assert {frozenset((c.a.name, c.b.name)) for c in found.candidates} == {frozenset(("Vung Tau", "Sacheon"))}


def test_a_town_whose_list_of_twins_holds_its_namesake_abroad_stays_itself():
    text = ("The San Jose City Council put off a vote on its Sister Cities policy.\n\n"
            "San Jose's seven sister cities are Okayama, Japan; San Jose, Costa Rica; Veracruz, Mexico; Tainan, "
            "Taiwan; Dublin, Ireland; Pune, India and Yekaterinburg, Russia.")
    found = extract_article(text, published="2007-10-23")["relations"]
    owners = {(r["a"]["name"], r["a"]["country"]) for r in found} | {(r["b"]["name"], r["b"]["country"]) for r in found}
    assert ("San Jose", "United States") in owners and ("San José", "Costa Rica") in owners
    assert all("United States" in (r["a"]["country"], r["b"]["country"]) for r in found)


def test_a_state_the_gazetteer_lacks_is_no_town_of_that_name_abroad():
    text = ("Mon State's Moulmein and Fort Wayne, Indiana, in the United States became sister cities, according to a "
            "memorandum of understanding signed on Thursday.")
    found = pairs(text, published="2016-08-26")
    assert frozenset(("Mawlamyine", "Fort Wayne")) in found and not any("Møn" in pair for pair in found)


def test_a_partner_set_aside_before_the_owner_is_no_item_of_the_owners_list():
    text = ("Aside from Wuxi, Tarlac City's sister cities include Kyoto in Japan, Fresno in the United States "
            "and Coimbra in Portugal.")
    found = pairs(text, published="2014-03-02")
    assert {frozenset(("Tarlac City", p)) for p in ("Wuxi", "Kyoto", "Fresno", "Coimbra")} <= found
    assert frozenset(("Wuxi", "Kyoto")) not in found


def test_selain_sets_a_partner_aside_from_the_subject():
    text = ("Selain dengan Hamamatsu, Kota Kendari juga menjalin kerja sama kota kembar dengan Darwin dan Cairns, "
            "kata Wali Kota Kendari.")
    found = pairs(text, published="2019-05-02")
    assert {frozenset(("Kendari", p)) for p in ("Hamamatsu", "Darwin", "Cairns")} <= found


def test_a_partner_set_aside_takes_no_stage_from_the_list_after_it():
    text = ("Program pertukaran pelajar merupakan program sister city antara Kota Ichikawa dengan Kota Medan.\n\n"
            "Selain dengan Kota Ichikawa, Kota Medan juga telah menjalin hubungan sister city dengan sejumlah kota "
            "lainnya seperti dengan Kota Chengdu Cina (2002), Kota Burgas Bulgaria (LoI 2011) dan Kota Putian "
            "Cina (LoI 2016).")
    stages = {frozenset((r["a"]["name"], r["b"]["name"])): r["stage"]
              for r in extract_article(text, published="2018-08-20")["relations"]}
    assert stages[frozenset(("Medan", "Ichikawa"))] == "active"
    assert stages[frozenset(("Medan", "Burgas"))] == "loi_signed" == stages[frozenset(("Medan", "Putian"))]
    assert stages[frozenset(("Medan", "Chengdu"))] == "active"


def test_a_common_word_that_owns_sister_cities_is_a_place():
    text = "Kent has six sister cities, including Kherson in Ukraine and Yangzhou in China."
    found = pairs(text, published="2019-04-02")
    assert {frozenset(("Kent", "Kherson")), frozenset(("Kent", "Yangzhou"))} <= found


def test_partnered_and_paired_speak_of_twinning():
    found = pairs("Since 1971, Bridgend has been partnered with Langenau, Germany, and in 1994 was paired with "
                  "Villenave d'Ornon, in south west France.", published="2017-05-02")
    assert {frozenset(("Bridgend", "Langenau")), frozenset(("Bridgend", "Villenave-d'Ornon"))} <= found


def test_a_state_before_town_of_only_says_where_the_town_lies():
    text = ("Members approved the evaluation of Larne's Sister City link with the South Carolina town of Clover, "
            "and of Ballymena's sister city of Morehead in Kentucky.")
    assert not any("South Carolina" in pair for pair in pairs(text, published="2023-02-01"))


def test_a_partner_after_another_owners_possessive_is_that_owners():
    text = ("Members approved the evaluation of Larne's sister city link with the South Carolina town of Clover, "
            "alongside Ballymena's sister city of Morehead in Kentucky.")
    found = pairs(text, published="2023-02-01")
    assert frozenset(("Ballymena", "Morehead")) in found and frozenset(("Larne", "Morehead")) not in found


def test_a_town_that_is_to_be_twinned_is_a_proposal():
    assert stage_of("Bedford, home to a fine athletics stadium, is to be paired with Eldoret.") == "proposed"
    assert stage_of("The town is set to be twinned with Bedford.") == "proposed"
    assert stage_of("The town has been twinned with Bedford since 1971.") == "active"


def test_a_little_known_town_written_with_its_state_is_a_place():
    assert frozenset(("Tralee", "Westlake")) in pairs("Tralee's twin town of Westlake in Ohio sent a delegation.",
                                                      published="2019-07-01")
    assert frozenset(("Tralee", "Westlake")) in pairs("Tralee is twinned with Westlake, Ohio.", published="2019-07-01")


def test_a_list_announced_after_a_twinning_sentence_and_its_continuation_are_read():
    text = ("Kota kembar Kota Pontianak di luar negeri cukup banyak. Selengkapnya adalah sebagai berikut:\n\n"
            "Kota Kuching di Malaysia, Kota Nanning di Tiongkok dan Kota Ulsan di Korea Selatan.\n\n"
            "Setelah itu menyusul: Kota Kobe (Jepang), Kota Izmir (Turki) dan Kota Perth (Australia).")
    found = pairs(text, published="2013-05-02")
    assert {frozenset(("Pontianak", p)) for p in ("Kuching", "Nanning", "Ulsan", "Kōbe", "İzmir", "Perth")} <= found


def test_two_places_both_twinned_with_a_third_and_a_clause_set_against_another_are_no_pairs():
    assert frozenset(("Leeds", "Kharkiv")) not in pairs(
        "Leeds and Kharkiv, which are both twinned with Lille and Brno, are more than 2,000 miles apart.",
        published="2022-03-02")
    found = pairs("Barnet is twinned with Ramat Gan, while Hackney is twinned with Haifa.", published="2024-01-09")
    assert frozenset(("Barnet", "Ramat Gan")) in found and frozenset(("Barnet", "Haifa")) not in found
    # sharing a trait is no tie to a third place
    assert frozenset(("Palembang", "Yangzhou")) in pairs(
        "Kota Palembang dan Kota Yangzhou telah menjalin hubungan sister city sejak 2010. Palembang dan Yangzhou "
        "sama-sama memiliki tradisi lomba perahu.", published="2024-06-25")


def test_indonesian_titles_before_a_signatorys_name_are_no_name():
    text = ("Bupati Sleman Dra Hj Sri Purnomo MSi dan Wali Kota Ōita menandatangani nota kesepahaman sister city, "
            "Senin (3/6/2024).")
    (relation,) = extract_article(text, published="2024-06-05")["relations"]
    assert [s["name"] for s in relation["signatories"]] == ["Sri Purnomo"]


def test_a_city_of_a_country_not_yet_named_is_a_partner_of_that_country():
    found = extract_article("Bupati Jepara menjajaki pembentukan kota kembar (sister city) antara Kabupaten Jepara "
                            "dengan salah satu kota di Belanda.", published="2019-05-02")["relations"]
    assert [(r["a"]["name"], r["b"]["name"], r["b"]["country"]) for r in found] == \
        [("Jepara Regency", None, "Netherlands")]
    assert found[0]["confidence"] < 0.75  # reported for review, not stated as a fact
    assert found[0]["b"]["kind"] == "city"  # one city of the country, not yet named
    # the country itself, or its side, is no city
    side = extract_article("Pemkab Jepara menjajaki kerja sama sister city dengan pihak Korea Selatan.",
                           published="2019-05-02")["relations"]
    assert [r["b"]["kind"] for r in side if r["b"]["name"] is None] in ([], ["other"])
    # the text names the city: no country-only partner
    named = extract_article("Kerja sama kota kembar akan dilakukan antara Kota Yogyakarta dengan salah satu kota di "
                            "Republik Ceko, Hluboka nad Vltavou.", published="2024-02-01")["relations"]
    assert all(r["b"]["name"] is not None for r in named)


def test_the_other_sister_cities_are_the_main_places():
    text = ("A group of Fresno residents has asked the council to make Kumasi a sister city of the Californian city.\n\n"
            "The other sister cities are: Kochi, Japan; Lahore, Pakistan; Münster, Germany; and Taichung, Taiwan.")
    found = pairs(text, published="2018-03-02")
    assert {frozenset(("Fresno", p)) for p in ("Kumasi", "Lahore", "Münster", "Taichung")} <= found


def test_two_places_that_were_paired_are_twinned():
    found = pairs("Addis Ababa and Khartoum were paired on 25 December 2010, paving a way to closer ties.",
                  published="2012-09-02")
    assert frozenset(("Addis Ababa", "Khartoum")) in found


def test_the_body_sister_cities_international_names_no_tie():
    assert pairs("Sister Cities International menggelar konferensi tahunan di Washington yang dihadiri delegasi "
                 "dari Jakarta dan Tokyo.", published="2024-06-05") == set()


def test_a_place_adopted_as_its_ninth_sister_city_is_the_subjects_partner():
    text = ("Madison could gain a tenth sister city.\n\nMadison residents want Bahir Dar as a sister city of the "
            "Wisconsin capital. In 2016, the City Council adopted Kanifing, Gambia, as its ninth sister city.")
    assert frozenset(("Madison", "Kanifing")) in pairs(text, published="2018-05-02")


def test_a_town_only_geonames_knows_is_a_place_where_the_text_says_where_it_lies():
    # Tustin (80,000 people) and Estepona are in no twinning list or map layer the gazetteer had;
    # GeoNames' towns fill that gap, but only beside their country, a region of it, or a unit word
    text = ("Heyuan, a city in Guangdong province, signed a sister-city agreement with Tustin, California, "
            "on Monday.")
    assert frozenset(("Heyuan", "Tustin")) in pairs(text, published="2015-10-26")
    text = "Estepona Town Hall has signed a twinning agreement with Brno in the Czech Republic."
    assert frozenset(("Brno", "Estepona")) in pairs(text, published="2023-12-08")


def test_a_name_of_a_town_is_not_a_place_without_saying_where():
    # "Bambang" is a town in the Philippines and a common Indonesian given name; Moka, Japan, is
    # not in GeoNames' list, and a Moka in Mauritius is: none of them is read as a place here
    text = ("Walikota Bambang DH memastikan program pertukaran pelajar dengan sister city Kota Surabaya, "
            "yaitu Perth, tetap berjalan.")
    assert not any("Bambang" in side for pair in pairs(text, published="2010-05-01") for side in pair)
    text = ("The City of Moka has invited its two other sister cities, Glendora in the US and Douliu in "
            "Taiwan, to its anniversary.")
    found = extract_article(text, published="2024-03-04")["relations"]
    assert all(r[side]["country"] != "Mauritius" for r in found for side in ("a", "b"))


def test_a_town_is_located_by_a_city_of_its_country_and_a_direction():
    # "Sennan in Osaka": a city of the town's country places it as well as a region does
    found = pairs("The city council approved sister-city ties between Davao City and Sennan in Osaka on Monday.",
                  published="2022-06-02")
    assert frozenset(("Davao City", "Sennan")) in found and frozenset(("Davao City", "Osaka")) not in found
    found = pairs("The council of Ormoc approved a twinning with Danao in northern Cebu on Monday.",
                  published="2024-03-01")
    assert frozenset(("Ormoc", "Danao")) in found


def test_a_name_the_text_puts_in_another_country_is_the_town_there():
    # the gazetteer's Bharatpur is India's; the GeoNames table knows Nepal's, a city of 370,000
    found = extract_article("Bharatpur, Nepal and Chongqing, China signed a sister city agreement on Monday.",
                            published="2024-05-06")["relations"]
    sides = [(s["name"], s["country"]) for r in found for s in (r["a"], r["b"])]
    assert ("Bharatpur", "Nepal") in sides and found[0]["confidence"] >= 0.5


def test_a_british_or_irish_place_without_city_status_is_a_town():
    # the corpus gives a town the kind "other"; in Britain and Ireland city status says which are cities
    def kinds(text):
        found = extract_article(text, published="2019-04-02")["relations"]
        return {s["name"]: s["kind"] for r in found for s in (r["a"], r["b"])}
    found = kinds("Swindon has been twinned with Toruń in Poland since 1993.")
    assert found["Swindon"] == "other" and found["Toruń"] == "city"
    assert kinds("Oxford has been twinned with Bonn since 1947.")["Oxford"] == "city"
    assert kinds("Carlow, in Ireland, is twinned with Drancy in France.")["Carlow"] == "other"


def test_a_place_described_as_a_town_is_one_whatever_its_size():
    found = extract_article("Shimamoto, a town in Osaka Prefecture, is the sister city of Frankfort, Kentucky.",
                            published="2020-02-03")["relations"]
    assert {s["name"]: s["kind"] for r in found for s in (r["a"], r["b"])} == {"Shimamoto": "other", "Frankfort": "city"}


def test_a_town_placed_once_is_that_town_where_the_article_names_it_bare():
    # Toride is a town of the GeoNames table: "Toride, Japan" places it, and the bare "Toride" of the
    # pair's own sentence is the same town, not an unknown place of the article's home country
    text = ("Yuba City, California, welcomed a sister city delegation from Toride, Japan, on Wednesday.\n\n"
            "The delegation came to celebrate the 30th anniversary of the Yuba City-Toride sister city relationship.")
    found = extract_article(text, published="2019-10-30")["relations"]
    assert [(r["a"]["name"], r["b"]["name"], r["b"]["country"]) for r in found] == [("Yuba City", "Toride", "Japan")]
    assert found[0]["confidence"] >= 0.75


def test_a_tie_that_did_not_last_has_ended():
    # "these relationships" points back to the sentence before, as "this relationship" does
    text = ("In the 1970s Fort Collins entered into two sister city relationships, with Limeira, Brazil, and "
            "Christchurch, New Zealand. Neither of these relationships lasted.")
    found = extract_article(text, published="2012-01-24")["relations"]
    assert {r["b"]["name"]: r["stage"] for r in found} == {"Limeira": "ended", "Christchurch": "ended"}


def test_a_dateline_before_the_lead_in_its_paragraph_says_which_namesake_it_is():
    # AP style: the dateline opens the lead's own paragraph, the state written as AP abbreviates it
    text = ("BURLINGTON, Ont. (CP) — Burlington has signed a twin city agreement with Itabashi, Japan. "
            "Burlington's council approved it.")
    found = extract_article(text, published="2020-01-18")["relations"]
    assert {(r["a"]["name"], r["a"]["country"]) for r in found} == {("Burlington", "Canada")}
    text = ("NORFOLK, Va. (WAVY) — Norfolk has suspended its sister city relationship with Kaliningrad. "
            "Norfolk's council voted on Tuesday.")
    found = extract_article(text, published="2022-03-01")["relations"]
    assert {(r["a"]["name"], r["a"]["country"]) for r in found} == {("Norfolk", "United States")}


def test_the_state_of_a_dateline_chooses_among_namesakes_of_one_country():
    # five Springfields and two Portlands in the United States: the dateline's state tells them apart
    from sister_cities.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    for name, code, state in (("SPRINGFIELD", "Mo.", "Missouri"), ("SPRINGFIELD", "IL", "Illinois"),
                              ("PORTLAND", "Maine", "Maine")):
        text = (f"{name}, {code} (AP) — {name.title()} has signed a sister city agreement with Tlaquepaque, "
                f"Mexico.")
        record = next(r for r in extract_article(text, published="2020-01-18")["relations"])
        place = gazetteer.by_qid(record["a"]["qid"])
        assert state in [gazetteer.by_qid(q).name for q in _ancestor_qids(gazetteer, place)], (name, code)


def _ancestor_qids(gazetteer, place) -> list[str]:
    found, parent = [], place.parent_qid
    while parent and len(found) < 5:
        found.append(parent)
        above = gazetteer.by_qid(parent)
        parent = above.parent_qid if above else None
    return found


def test_a_state_after_a_town_chooses_among_namesakes_of_one_country():
    # the Wikidata id a build links and `wikidata diff` proposes must be Portland, Maine's, not Oregon's
    from sister_cities.gazetteer import Gazetteer
    gazetteer = Gazetteer.default()
    for text, state in (("Portland, Maine, has signed a sister city agreement with Shinagawa, Japan. Portland's "
                         "mayor signed it.", "Maine"),
                        ("Springfield, Missouri, and Tlaquepaque, Mexico, celebrated 30 years as sister cities.",
                         "Missouri"),
                        ("Springfield, Illinois, and San Pedro Garza García, Mexico, are sister cities.", "Illinois")):
        records = extract_article(text, published="2020-01-18")["relations"]
        sides = [s for r in records for s in (r["a"], r["b"]) if s["name"] in ("Portland", "Springfield")]
        assert sides, text
        for side in sides:
            place = gazetteer.by_qid(side["qid"])
            assert state in [gazetteer.by_qid(q).name for q in _ancestor_qids(gazetteer, place)], text
    # where the gazetteer places the town in the state named, nothing moves
    records = extract_article("Durham, North Carolina, is a sister city of Kostroma, Russia.")["relations"]
    assert [r["a"]["qid"] for r in records] == ["Q49229"]


def test_a_signing_years_before_the_story_is_the_ties_history():
    text = ("Over 20 Years of Friendly Cooperation\n\n"
            "Changnyeong County and Satsumasendai City signed a friendship city agreement in May 2012. Since then, "
            "Changnyeong and Satsumasendai have strengthened their friendly cooperation through youth sports "
            "exchanges. This week a delegation from Changnyeong visited Satsumasendai.")
    (relation,) = extract_article(text, published="2024-06-04")["relations"]
    assert relation["stage"] == "active"
    # the signing is the news where the story is of that year
    (relation,) = extract_article(text, published="2012-06-04")["relations"]
    assert relation["stage"] == "agreement_signed"


def test_a_stage_no_word_of_the_article_speaks_of_is_never_chosen():
    # weights that favour a renewal, read on texts that do and do not speak of one

    class FavouringRenewal:
        def probabilities(self, features):
            return {"renewed": 0.6, "loi_signed": 0.2, "active": 0.15, "proposed": 0.05}

    models = dataclasses.replace(rule_models(), stage=FavouringRenewal())
    silent = ("Changnyeong County, South Korea, and Satsumasendai, Japan, have strengthened their sister city ties "
              "through youth exchanges.")
    (relation,) = shipped_extract_article(silent, published="2024-06-04", models=models)["relations"]
    assert relation["stage"] == "active"
    spoken = ("Changnyeong County, South Korea, and Satsumasendai, Japan, renewed their sister city agreement this "
              "week.")
    (relation,) = shipped_extract_article(spoken, published="2024-06-04", models=models)["relations"]
    assert relation["stage"] == "renewed"


def test_since_signing_an_agreement_a_tie_exists():
    text = ("Since signing a sister city agreement with Shimonoseki, Japan in 1976, Busan has established sisterhood "
            "and friendship cooperation cities with Fukuoka, Osaka, and Nagasaki Prefecture.")
    found = extract_article(text, published="2024-04-16")["relations"]
    assert found and {r["stage"] for r in found} == {"active"}


def test_an_agreement_that_was_extended_is_renewed():
    text = ("The friendship agreement between Delhi and the Japanese city of Fukuoka was extended for another three "
            "years on Monday, with emphasis on cooperation in environment and culture.")
    (relation,) = extract_article(text, published="2023-11-21")["relations"]
    assert relation["stage"] == "renewed"


def test_partners_planning_their_cooperation_are_no_proposal():
    assert stage_of("The two cities are planning programmes of cooperation in economic development.") != "proposed"
    assert stage_of("Cities seek partners to foster exchange, just as Kiel and San Francisco are planning to do.") \
        != "proposed"
    assert stage_of("The two cities are planning to sign a sister city agreement.") == "proposed"
    assert stage_of("Kiel plans to twin with San Francisco.") == "proposed"
    from sister_cities.extract.stages import PLAN
    assert PLAN.search("just as Kiel and San Francisco are planning to do") is None


def test_a_ceremony_to_enhance_ties_between_sister_cities_is_of_a_tie_that_exists():
    text = ("A ceremony to kick off the Fukuoka City-Busan Friendship Year to enhance ties between the sister cities "
            "will be held in Busan on February 2.")
    (relation,) = extract_article(text, published="2009-01-09")["relations"]
    assert relation["stage"] == "active"


def test_a_letter_intent_is_a_letter_of_intent():
    assert stage_of("The two mayors signed a letter intent of friendly exchange on Saturday.") == "loi_signed"
    assert stage_of("The Letter Intent of Friendly Exchange City was signed between the two mayors.") == "loi_signed"


def test_a_decade_is_no_year_of_the_tie():
    text = ("Catbalogan, Philippines, and Xi'an, China, signed a letter of intent to become sister cities. "
            "Xi'an, since the 1990s, has been part of the economic revival of China.")
    (relation,) = extract_article(text)["relations"]
    assert relation["event_date"] is None


def test_two_places_celebrating_their_years_as_sister_cities_are_the_pair_not_a_list():
    # in a story of Chengdu seeking Cebu City, Haarlemmermeer is Cebu City's partner, not Chengdu's
    text = ("Osmeña visits China to discuss possible agreement with Chengdu\n\n"
            "THE City of Chengdu in China wants a sister-city agreement with the Cebu City Government.\n\n"
            "Mayor Tomas Osmeña left the city yesterday to visit Chengdu and to discuss the possible sister-city ties "
            "between the two local government units.\n\n"
            "He was invited by the deputy mayor of Chengdu, who recently visited Cebu City.\n\n"
            "While this developed, the City of Haarlemmermeer in Netherlands and Cebu City are set to celebrate their "
            "25th year of being sister cities next month.\n\n"
            "An advance party visited Haarlemmermeer to discuss the anniversary of the sister-city agreement.")
    found = pairs(text, published="2017-05-08")
    assert frozenset(("Chengdu", "Haarlemmermeer")) not in found
    assert frozenset(("Chengdu", "Cebu City")) in found


def test_a_city_that_wants_an_agreement_proposes_one():
    assert stage_of("THE City of Chengdu in China wants a sister-city agreement with the Cebu City Government.") \
        == "proposed"
    assert stage_of("Zhanjiang wanted to sign a sister city agreement with Phuket.") == "proposed"


def test_a_tie_revoked_annulled_or_declared_invalid_has_ended():
    for sentence in ("A sister-city agreement between Kaohsiung and Male was declared invalid by the Maldivian "
                     "ministry one day after the pact was signed.",
                     "The council voted to revoke its twin town arrangement with Belgorod.",
                     "The city rescinded its sister city agreement with Kaliningrad.",
                     "The government does not recognize the memorandum of understanding between the two cities.",
                     "The twinning was annulled in 2022."):
        assert stage_of(sentence) == "ended", sentence


def test_a_misspelt_city_with_its_unit_word_and_country_is_the_known_city():
    text = "In 1976 Busan signed a sister city agreement with Shimoneseki City, Japan."
    assert frozenset(("Busan", "Shimonoseki")) in pairs(text, published="2024-04-16")


def test_a_name_after_a_lowercase_office_is_a_person_wherever_its_surname_stands_alone():
    text = ("SAN Juan City Mayor and League of Cities of the Philippines national president Francis Zamora experienced "
            "the Sinulog Festival for the first time.\n\n"
            "Beyond the festival, Zamora's visit also carried diplomatic and institutional significance. On January "
            "16, he led the signing of sister city agreements between San Juan City and both Lapu-Lapu City and "
            "Mandaue City.")
    found = read_article(text, published="2026-01-20")
    assert not [m for ms in found.places.mentions for m in ms if m.core == "Zamora"]


def test_a_friendship_affiliation_is_a_twinning():
    text = ("Hokkaido Government established a friendship affiliation with Jeju, Korea in January of 2016. "
            "The governors of the two regions signed the agreement in Jeju.")
    found = extract_article(text, published="2018-12-01")["relations"]
    assert [{(r["a"]["name"], r["a"]["country"]), (r["b"]["name"], r["b"]["country"])} for r in found] == \
        [{("Hokkaido Prefecture", "Japan"), ("Jeju", "South Korea")}]


def test_twinning_spoken_of_only_in_general_reports_no_pair():
    text = ("Kyiv and Wrocław agreed on bilateral cooperation\n\n"
            "On March 15, Kyiv signed an agreement on cooperation with the Polish city of Wrocław.\n\n"
            "The cities will continue their economic and cultural cooperation.\n\n"
            "The portal reminds that municipalities of Ukraine can use the partnership guidelines to enter into "
            "twinning agreements.")
    assert extract_article(text)["relations"] == []
    # where a sentence on a place speaks of twinning, the pair is read
    named = text.replace("signed an agreement on cooperation", "signed a twinning agreement")
    assert pairs(named) == {frozenset(("Kyiv", "Wrocław"))}


def test_a_city_ready_to_sign_proposes():
    assert stage_of("Ukrainian city ready to ink twinning agreement with a city in Azerbaijan") == "proposed"
    assert stage_of("Pemkot Bogor siap menandatangani perjanjian sister city dengan Kota Kisarazu.") == "proposed"


def test_the_two_cities_twinned_point_back_to_a_sentence_naming_them_in_other_words():
    text = ("The first documented partnership between cities dates back to the year 836, when relics were carried "
            "from the French town of Le Mans to Paderborn, in western Germany. The close connection between the two "
            "cities continues today; since 1967, they have been formally twinned.")
    reader = read_article(text, published="2013-01-22")
    assert reader.cues[0].twinning  # the sentence naming the two borrows the words of the one pointing back


def test_a_city_partnership_is_a_twinning():
    from sister_cities.extract.candidates import SentenceCues
    from sister_cities.extract.text import Sentence
    assert SentenceCues(Sentence("The oldest city partnership we have is the one with Los Angeles.", 0, 0, False)).twinning
    assert not SentenceCues(Sentence("The partnership between the two companies is old.", 0, 0, False)).twinning


def test_talks_on_strengthening_a_tie_speak_of_one_that_exists():
    text = ("Wali Kota Semarang menerima kunjungan Konsul Jenderal Australia untuk membahas penguatan sister city "
            "Semarang-Brisbane.")
    (relation,) = extract_article(text, published="2024-06-01")["relations"]
    assert relation["stage"] == "active"


def test_a_plan_to_widen_a_tie_speaks_of_one_that_exists():
    assert stage_of("Kabupaten Badung berencana memperluas kerja sama sister city dengan Kota Gangnam.") == "active"
    assert stage_of("The two cities plan to deepen their sister city ties.") != "proposed"
    assert stage_of("Kabupaten Badung berencana menjalin kerja sama sister city dengan Kota Gangnam.") == "proposed"


def test_a_tripartite_agreement_pairs_each_two_of_its_three_places():
    text = "The mayors signed a tripartite twinning agreement between Khotyn (Ukraine), Żagań (Poland) and Teltow (Germany)."
    assert pairs(text, published="2023-02-01") == {frozenset(("Khotyn", "Żagań")), frozenset(("Khotyn", "Teltow")),
                                                   frozenset(("Żagań", "Teltow"))}
    # a list of three partners of one place is not three pairs
    listed = "Bogor has signed twinning agreements with Kisarazu (Japan), Saint-Cloud (France) and Gödöllő (Hungary)."
    assert frozenset(("Kisarazu", "Saint-Cloud")) not in pairs(listed, published="2023-02-01")


def test_a_headline_on_sister_cities_in_general_pairs_none_of_several_partners():
    text = ("Iloilo City urged to pursue more sister city linkages\n\n"
            "The consul general of China urged the city to pursue more sister city linkages.\n\n"
            "Iloilo City forged sister city relationships with Qingdao in 2000, Guangzhou in 2020, and Wuhan in 2021.")
    found = {frozenset((r["a"]["name"], r["b"]["name"])): r for r in extract_article(text, published="2024-02-11")["relations"]}
    qingdao = found[frozenset(("Iloilo City", "Qingdao"))]
    assert (qingdao["stage"], qingdao["in_passing"]) == ("active", True)  # as Guangzhou and Wuhan, not the headline's plan


def test_relations_a_city_shares_with_a_list_of_cities_exist():
    text = ("Council floats tenders for Sister City Square in Mumbai\n\n"
            "The square will have the flags of all the countries of which Mumbai is a sister city. The square would "
            "be accessible to citizens and would be a representation of the international relations which Mumbai "
            "shares with other international cities like Berlin, Los Angeles, Stuttgart, Yokohama and Busan.")
    found = extract_article(text, published="2022-07-01")["relations"]
    assert found and {r["stage"] for r in found} == {"active"}


def test_an_invitation_to_a_places_own_partners_is_no_proposal():
    assert stage_of("The City of Moka is inviting their two other sister cities, Glendora in the US and Douliu in "
                    "Taiwan.") == "active"
    assert stage_of("Moka invited Glendora to become a sister city.") == "proposed"
    # a partner a place now has, newly made, is still an agreement
    assert stage_of("Magdalena de Kino, Sonora is now San Luis, Arizona's third international sister city.") \
        == "agreement_signed"


def test_a_hope_that_a_tie_goes_on_speaks_of_one_that_exists():
    assert stage_of("Dubes Australia berharap Kota Semarang dapat terus bekerja sama dengan Brisbane sebagai sister "
                    "city.") == "active"
    assert stage_of("The mayor hopes the two cities will continue their sister city relationship.") == "active"
    assert stage_of("Dubes Australia berharap Kota Semarang dapat menjalin sister city dengan Brisbane.") == "proposed"


def test_mengusulkan_proposes():
    assert stage_of("Konjen RI untuk Davao mengusulkan Polewali Mandar dengan Kota Davao menjadi Sister City.") \
        == "proposed"


def test_the_document_signed_in_the_next_paragraph_dates_the_pair():
    text = ("09 February 2024\n\nMinsk, Tashkent sign twinning agreement\n\n"
            "Minsk and Tashkent have signed an agreement on twinning and development of multifaceted cooperation, "
            "BelTA has learned.\n\n"
            "The document was signed in Tashkent on 8 February after the talks between the presidents of Belarus "
            "and Uzbekistan. The agreement was signed by Minsk Mayor Vladimir Kukharev and Acting Khokim of "
            "Tashkent Shavkat Umurzakov.")
    (relation,) = extract_article(text, published="2024-02-09")["relations"]
    assert relation["event_date"] == "2024-02-08"


def test_a_place_name_ending_a_buildings_name_is_no_party():
    text = ("The mayors of Mazatlán and Dolores Hidalgo signed a letter of intent for the twinning of both cities. "
            "The solemn session was held in the Central Patio of the Museum of the Bicentennial of Independence.")
    reader = read_article(text, published="2020-10-31")
    assert not [m for ms in reader.places.parties for m in ms if m.core == "Independence" and not m.organisation]


def test_a_name_after_a_list_closed_by_and_is_the_last_items_state():
    text = ("Letter of intent signed for the twinning of Mazatlán and Dolores Hidalgo, Guanajuato\n\n"
            "The two mayors signed the letter of commitment for the twinning of both cities this Friday.")
    assert pairs(text, published="2020-10-31") == {frozenset(("Mazatlán", "Dolores Hidalgo"))}
    # a list that goes on after the comma is a list
    listed = "Twinning agreements were signed by Mazatlán and Dolores Hidalgo, Guanajuato and Puebla this year."
    reader = read_article(listed, published="2020-10-31")
    assert not [m for ms in reader.places.mentions for m in ms if m.core == "Guanajuato" and m.qualifies]


def test_a_place_said_to_pair_with_several_places_has_no_one_stated_partner():
    text = ("Cebu City and Haarlemmermeer, Netherlands, are celebrating their 25th year of being sister cities. "
            "Cebu City and Kaohsiung, Taiwan, are celebrating their 10th year of being sister cities. "
            "Cebu City and Xiamen, China, are celebrating their 30th year of being sister cities. "
            "A delegation visited Cebu City for the sister city festival.")
    found = pairs(text, published="2017-05-08")  # read without error
    assert frozenset(("Cebu City", "Xiamen")) in found


def test_a_country_named_in_the_possessive_places_a_bare_name_in_it():
    text = ("Councillors are reviewing New Zealand's city links. A group of Hamilton councillors is reviewing "
            "the council's sister city relationships with Wuxi in China and Saitama in Japan.")
    homes = {r["a"]["country"] for r in extract_article(text, published="2024-10-08")["relations"]}
    assert homes == {"New Zealand"}


def test_a_bare_name_is_first_the_namesake_in_the_country_of_the_news_site():
    text = ("The relationship between Tamworth and its sister city, Gore, is being renewed during a visit. "
            "Councillors planted a tree with the visiting mayor.")
    found = extract_article(text, published="2024-01-24", url="https://www.example.com.au/story/tamworth-gore")
    assert {r["a"]["country"] for r in found["relations"]} | {r["b"]["country"] for r in found["relations"]} == {
        "Australia", "New Zealand"}
    # without an address the text alone decides, and an address on a generic domain says nothing
    assert extract_article(text, published="2024-01-24", url="https://example.tv/tamworth")["relations"] == \
        extract_article(text, published="2024-01-24")["relations"]


def test_a_country_adjective_keeps_british_twinning_words_from_moving_a_name_to_britain():
    text = ("The relationship between Tamworth and its sister city, Gore, is being renewed, councillors said. "
            "It is a strong connection between the New Zealand and Australian communities.")
    found = extract_article(text, published="2024-01-24")["relations"]
    assert {(r["a"]["name"], r["a"]["country"]) for r in found} | {(r["b"]["name"], r["b"]["country"]) for r in found} \
        == {("Tamworth", "Australia"), ("Gore", "New Zealand")}


def test_the_address_of_the_news_site_names_its_country():
    from sister_cities.extract.lexicon import home_country
    assert home_country("https://www.rnz.co.nz/news/national/1") == "NZ"
    assert home_country("https://www.bbc.co.uk/news/uk-england") == "GB"
    assert home_country("https://radarbogor.jawapos.com/x") is None
    assert home_country("https://example.tv/x") is None
    assert home_country(None) is None and home_country("not an address") is None
    assert home_country("https://www.cityofdubuque.gov/news") == "US"
    assert home_country("https://www.gov.uk/x") == "GB"


def test_a_countrys_three_letter_code_folded_into_a_word_names_no_country():
    reader = read_article("Councils can be vigilant, and they are. A group of Hamilton councillors reviewed the "
                          "sister city relationships with Wuxi in China and Saitama in Japan.", published="2024-10-08")
    assert not reader.places.country_named("CA") and not reader.places.country_named("AD")
    assert reader.places.country_named("CN")


def test_an_accord_named_after_a_city_is_no_place_of_the_story():
    text = ("Tel Aviv Keeps Its Twin City Contract With Gaza City\n\n"
            "In 1998 Tel Aviv, Gaza City and Barcelona entered a twin city agreement meant to support the Oslo "
            "Agreements and shared cultural projects.")
    reader = read_article(text, published="2007-11-05")
    assert not [m for ms in reader.places.parties for m in ms if m.core == "Oslo" and not m.organisation]
    assert reader.finder.home_country == "IL"


def test_the_news_sites_country_is_the_articles_home_where_it_names_a_place_there():
    text = ("It is the first time in six years a delegation has been to Dubbo's sister city Minokamo in Japan, and "
            "the first time ever they have been to Cheongju in South Korea. We are in talks with Cheongju around "
            "potential sister-city relations, to see where Dubbo and Cheongju can join together. This is an "
            "opportunity to see Cheongju and build a sister city relationship such as the one between Dubbo and "
            "Minokamo.")
    found = pairs(text, published="2024-03-01", url="https://www.example.nsw.gov.au/news/delegation")
    assert frozenset(("Dubbo", "Minokamo")) in found and frozenset(("Cheongju", "Minokamo")) not in found


def test_two_places_abroad_one_twinning_with_the_other_are_partners_and_not_the_home_places():
    text = ("In the German city of Dusseldorf, all signs of the twinning with Moscow will be replaced by signs of "
            "Chernivtsi. Dusseldorf ended its twinning with Moscow a few days after the invasion began. "
            "The council then voted to start twinning relations with Chernivtsi.")
    found = pairs(text, published="2022-04-10", url="https://example.com.ua/en/news/1")
    assert frozenset(("Düsseldorf", "Moscow")) in found and frozenset(("Chernivtsi", "Moscow")) not in found


def test_a_partnership_broken_off_ends_and_an_intent_to_add_a_partner_proposes():
    assert stage_of("The town has broken its partnership with its sister city of Lindow over the pledge.") == "ended"
    assert stage_of("Oakridge broke off ties with its twin town last spring.") == "ended"
    assert stage_of("The council withdrew from the twinning agreement with Marlow.") == "ended"
    assert stage_of("The council passed a resolution declaring its intent to add Pella, Verden and Tamsk to "
                    "its sister city list.") == "proposed"


def test_a_town_and_its_country_before_a_dash_are_the_stories_dateline():
    from sister_cities.extract.text import split_dateline
    assert split_dateline("Warsaw, Poland – The French town of Lorvain has broken its partnership with Tuchów.")[0] \
        == "Warsaw, Poland – "
    assert split_dateline("Lorvain and Tuchów – a friendship of twenty years – ended this week.")[0] == ""
    text = ("Warsaw, Poland – The French town of Saint-Jean-de-Braye has broken its partnership with its Polish "
            "sister city of Tuchów over the pledge.")
    assert pairs(text, published="2020-02-22") == {frozenset(("Saint-Jean-de-Braye", "Tuchów"))}


def test_a_deal_struck_or_documents_signed_make_an_agreement_and_an_abandoned_one_ends():
    assert stage_of("Harlow and Tarnów strike twin town deal as the mayor visits") == "agreement_signed"
    assert stage_of("The two mayors signed official partnership documents at the city hall.") == "agreement_signed"
    assert stage_of("Only today was the friendship agreement between the two towns formally abandoned.") == "ended"
    assert stage_of("The councillors unanimously scrapped the friendship agreement.") == "ended"


def test_a_capitalised_line_after_a_listed_link_starts_a_new_paragraph():
    from sister_cities.extract.text import sentences
    text = ("Mayor confident in the tie with Ostrava\n"
            "- Neighbouring country warns of serious harm to relations after the port deal was scrapped\n"
            "KELSO Mayor Ann Reid says she remains confident about the town's relationship with its sister city "
            "of Ostrava.")
    assert [s.text for s in sentences(text, None)][-1].startswith("KELSO Mayor Ann Reid")


def test_a_signing_by_office_holders_of_the_past_is_the_ties_history():
    text = ("Nakuru and Duluth mark 25 years of partnership\n\n"
            "This week Nakuru and Duluth celebrate 25 years of a sister city relationship.\n\n"
            "It was Mayor Ann Holt of Duluth and Mayor Peter Kiprop of the then Nakuru Municipality who signed the "
            "formal Memorandum of Understanding between Nakuru and Duluth.")
    reader = read_article(text)  # no date of publication: the words alone say the signing is past
    (candidate,) = [c for c in reader.candidates if {c.a.name, c.b.name} == {"Nakuru", "Duluth"}]
    assert reader.signed_long_before(candidate)
    assert {r["stage"] for r in extract_article(text)["relations"]} == {"active"}


def test_an_agreement_signed_long_ago_under_plans_for_the_association_is_a_tie_that_exists():
    # an association's refresh "for 2024" and its plans, over "an agreement signed with Hennef in 1981": the
    # ties exist; with no date of publication the latest year the story names dates it
    text = ("Twinning refresh will bring opportunities for Banbury\n\n"
            "The Banbury Twinning Association is getting a refresh for 2024 and hopes to hear from clubs who would "
            "like to take part in Banbury's special relationship with Ermont in France and Hennef in Germany.\n\n"
            "Banbury's journey to becoming a twinned town began in 1978. The search for a twin town in Germany was "
            "under way, with an agreement signed with Hennef in 1981. A similar agreement was signed with Ermont "
            "early in 1982.\n\nThe association will plan more exchanges and events next year.")
    stages = {r["b"]["name"]: r["stage"] for r in extract_article(text)["relations"]}
    assert stages == {"Ermont": "active", "Hennef": "active"}
    # but a signing of the story's own year is the news
    text = text.replace("1981", "2024").replace("early in 1982", "early in 2024")
    assert "active" not in {r["stage"] for r in extract_article(text)["relations"]}


def test_a_memorandum_the_next_sentence_says_is_no_twinning_makes_no_pair():
    # a reader asks whether two towns are sister cities, and the council answers that their memorandum "is not
    # the same as the twin city agreement": a question asserts nothing, and the answer denies the tie
    text = ("Feedback on partnerships\n\nHello, Rovaniemi! I am from Salekhard. Are Salekhard and Rovaniemi sister "
            "cities? In 2014 a delegation came to Rovaniemi where some partnership agreements were concluded between "
            "the cities of Salekhard and Rovaniemi.\n\nDear reader,\n\nSalekhard and Rovaniemi signed a "
            "Memorandum of Understanding in 2014. It is not the same as the twin city agreement. Its aim was to help "
            "the universities work together.")
    assert pairs(text) == set()
    # (without the denial, and with the question made a statement, the pair stands)
    assert pairs(text.replace("It is not the same as the twin city agreement.", "").replace(
        "Are Salekhard and Rovaniemi sister cities?", "Salekhard and Rovaniemi are sister cities.")) \
        == {frozenset(("Salekhard", "Rovaniemi"))}


def test_friendships_renewed_and_links_extended_to_a_new_country_renew_no_tie():
    assert stage_of("Lifelong friendships were renewed when the 50th anniversary of the twinning between Brighouse "
                    "and Ludenscheid was celebrated.") != "renewed"
    assert stage_of("Lytham St Annes has been twinned with Werne in Germany for 30 years and hopes to extend its "
                    "links into France.") != "renewed"
    assert stage_of("The two cities agreed to extend the twinning agreement to 2030.") == "renewed"
    assert stage_of("The councils will extend their sister city agreement for five years.") == "renewed"


def test_a_partner_the_sentence_says_is_the_other_towns_sister_city_is_a_tie_that_exists():
    # "Cherven Bryag is Taganrog's oldest sister city", in a story of a delegation's visit and plans
    text = ("Delegation from Cherven Bryag visiting Taganrog\n\nIn October an official delegation headed by the "
            "chairman of the municipal council of Cherven Bryag visited Taganrog to plan future exchanges. "
            "Established in 1963, Cherven Bryag is Taganrog's oldest sister city.")
    assert {r["stage"] for r in extract_article(text, published="2018-10-30")["relations"]} == {"active"}


def test_a_relationship_that_is_off_has_ended():
    assert stage_of("It obviously means our sister city relationship with Omsk is off, the mayor joked.") == "ended"
    assert stage_of("The sister city relationship is off to a good start.") != "ended"


def test_other_sister_cities_opening_a_sentence_are_the_articles_places_others():
    text = ("The Sedona Sister Cities group met on Monday. Sister Cities was founded in 2001 when Dinan, France, "
            "became Sedona's official Sister City. Other Sister Cities are Dierdorf, Germany; Ataco, El Salvador; "
            "and Zamosc, Poland.")
    assert {frozenset(("Sedona", p)) for p in ("Dierdorf", "Ataco", "Zamość")} <= pairs(text, published="2021-04-14")


def test_an_acronym_in_brackets_after_a_bodys_name_is_no_country():
    text = ("The Reaffirmation of the Sister City Relationship between Dubbo Regional Council (DRC) and Wujiang "
            "District People's Government was signed during the visit.")
    found = extract_article(text, published="2025-11-20")["relations"]
    assert {(s["name"], s["country"]) for r in found for s in (r["a"], r["b"])} == {
        ("Dubbo", "Australia"), ("Wujiang", "China")}
    from sister_cities.extract.mentions import acronym_of_words_before
    text = "the Democratic Republic of the Congo (DRC) and Dubbo Regional Council (DRC)"
    assert acronym_of_words_before(text, text.index("DRC"), text.index("DRC") + 3)
    assert not acronym_of_words_before("Kisumu and Oslo (NO)", 17, 19)


def test_a_town_the_text_places_once_is_that_place_wherever_written():
    text = ("40th anniversary of Castelbrino and Almuñécar twinning\n\n"
            "A square in the Spanish town of Castelbrino now bears the name of Almuñécar, the mayors said as "
            "they unveiled a plaque. The twinning of Castelbrino and Almuñécar took place in 1983.")
    reader = read_article(text, published="2023-11-13")
    title = [(m.core, m.country) for m in reader.places.mentions[0] if not m.is_country]
    assert ("Castelbrino", "ES") in title
    assert any({c.a.name, c.b.name} == {"Castelbrino", "Almuñécar"} for c in reader.candidates)


def test_a_known_place_as_an_adjective_locates_an_unknown_town_of_it():
    reader = read_article("The sister city ties reach the Zaragoza town of Castelbrino, the mayor of Almuñécar said.",
                          published="2023-11-13")
    parties = [(m.core, m.country) for ms in reader.places.parties for m in ms]
    assert ("Castelbrino", "ES") in parties and not any(core == "Zaragoza" for core, _ in parties)


def test_sisterhood_established_or_signed_speaks_of_twinning():
    from sister_cities.extract import lexicon as lx
    assert lx.TWINNING.search("The mayor proposed establishing sisterhood between Darkhan and Kaga.")
    assert lx.TWINNING.search("Darkhan and Ulan-Ude sign Sisterhood")
    assert lx.TWINNING.search("The two mayors tied Sisterhood connections between the cities.")
    assert not lx.TWINNING.search("The sisterhood of the choir met on Sunday.")


def test_a_place_defined_with_its_acronym_is_that_place_wherever_the_acronym_stands():
    text = ("About Pokhara Metropolitan City (PMC):\n\nPokhara lies by a lake.\n\n"
            "To date, PMC has sister cities with the following cities: Kaga, Japan; Tilburg, the Netherlands; "
            "Lanzhou, People's Republic of China; Boulder, the United States of America.")
    found = pairs(text)
    assert {frozenset(("Pokhara", p)) for p in ("Kaga", "Tilburg", "Lanzhou", "Boulder")} <= found
    assert not any("Pokhara" not in pair for pair in found)  # no two items of the list paired


def test_two_or_three_capitals_abbreviate_a_name_and_are_no_small_town():
    reader = read_article("After this, the chairperson of the UB City Mayor's Office inked a sister city MoU with "
                          "Novosibirsk.", published="2015-10-08")
    assert not [m for ms in reader.places.mentions for m in ms if m.core == "UB"]
    reader = read_article("Gubernur DIY menerima delegasi sister province dari Prefektur Kyoto.", published="2018-05-02")
    assert [m for ms in reader.places.mentions for m in ms if m.core == "DIY"]


def test_a_countrys_long_form_qualifies_the_place_before_it():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("City of Beihai in People’s Republic of China; Seoul, Republic of "
                                                    "Korea (South Korea).")
    assert [(m.surface, m.country) for m in found.mentions if m.is_country] == [
        ("People’s Republic of China", "CN"), ("Republic of Korea", "KR"), ("South Korea", "KR")]


def test_a_region_after_a_town_of_the_geonames_table_places_it_there_and_a_second_region_only_locates():
    text = ("Suva has five sister-city relationships: City of Port Moresby in Papua New Guinea; City of Beihai in "
            "People’s Republic of China; City of Seoul in Korea; City of Brighton in Tasmania, South Australia; "
            "City of Frankston, Australia")
    found = extract_article(text)["relations"]
    partners = {(r["b"]["name"], r["b"]["country"]) for r in found}
    assert ("Brighton", "Australia") in partners and ("Seoul", "South Korea") in partners
    assert not any(name == "South Australia" for name, _ in partners)


def test_a_chinese_name_written_syllable_by_syllable_is_that_city():
    assert pairs("The Twinning Cities programme fosters friendship between Lusaka City and the City of Nan Chang "
                 "in China.", published="2023-11-24") == {frozenset(("Lusaka", "Nanchang"))}


def test_what_a_twinning_will_bring_is_no_plan_and_a_signing_after_which_things_are_expected_is_done():
    assert stage_of("The minister said the twinning of Ndola to Wuxi will spur the development of the district.") is None
    assert stage_of("Residents are expected to share skills with their counterparts after signing a cooperation "
                    "agreement to become sister cities.") == "agreement_signed"
    assert stage_of("The city is expected to sign a twinning agreement next month.") == "proposed"


def test_a_list_item_with_its_country_written_in_full_is_no_owner_of_the_items_after_it():
    text = ("International Relations\n\nThe secretariat manages relations with sister cities.\n\n"
            "To date, the municipality has sister cities with the following cities:\n\n"
            "1. Eugene, the United States of America.\n2. Matsumoto, Japan.\n3. Minsk, Belarus.\n"
            "4. Pyongyang, North Korea.\n5. Varanasi, India.")
    assert pairs(text) == set()
    reader = read_article(text)
    (run,) = reader.finder.lists(2)
    assert [m.core for m in run] == ["Eugene", "Matsumoto", "Minsk", "Pyongyang", "Varanasi"]
    assert not [c for c in reader.candidates if c.a.name and c.b.name]  # no item made the owner of the others


def test_the_united_states_of_america_is_one_countrys_name():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("Eugene, the United States of America; Matsumoto, Japan")
    assert [(m.surface, m.country) for m in found.mentions if m.is_country] == [
        ("United States of America", "US"), ("Japan", "JP")]


def test_a_name_with_of_inside_is_one_place():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    finder = MentionFinder(Gazetteer.default())
    for text, name in (("PORT OF SPAIN burgesses and residents of Shanghai will gain.", "PORT OF SPAIN"),
                       ("The Mayor of Port of Spain spoke.", "Port of Spain"),
                       ("Cowes on the Isle of Wight and Cherbourg", "Isle of Wight")):
        found = finder.find(text).mentions
        assert name in [m.surface for m in found] and "Spain" not in [m.core for m in found if m.is_country]
    assert pairs("Shanghai and Port of Spain signed a Letter of Intent to become sister cities.",
                 published="2022-10-14") == {frozenset(("Shanghai", "Port of Spain"))}


def test_a_place_after_a_countrys_possessive_and_a_compass_word_only_locates():
    text = ("Fengdu County in southwest China's Chongqing Municipality on Wednesday signed an agreement to establish "
            "a sister-city relationship with Guanajuato in Mexico.")
    assert pairs(text, published="2021-11-11") == {frozenset(("Fengdu", "Guanajuato"))}


def test_a_step_dated_years_back_is_history_beside_a_signing_told_now():
    text = ("SW China county forges sister-city ties with city in Mexico\n\n"
            "Fengdu County in southwest China's Chongqing Municipality on Wednesday signed an agreement by video to "
            "set up a sister-city relationship with Guanajuato in Mexico.\n\n"
            "\"We both draw tourists from around the world,\" the mayor of Guanajuato said.\n\n"
            "Fengdu is known for its ghost culture.\n\n"
            "The county party chief said both sides will keep up visits and trade.\n\n"
            "A county delegation went to Guanajuato for cultural promotion in December 2018, when the two sides "
            "signed a letter of intent on the sister-city relationship.")
    reader = read_article(text, published="2021-11-11")
    (candidate,) = [c for c in reader.candidates if {c.a.name, c.b.name} == {"Fengdu", "Guanajuato"}]
    assert reader.stage_of(candidate, False, rule_models()) == "agreement_signed"


def test_a_bar_after_the_place_in_capitals_ends_a_dateline():
    from sister_cities.extract.text import split_dateline
    assert split_dateline("AURORA | Aurora's City Council allowed a proposal to move forward.")[0] == "AURORA | "


def test_a_possessive_before_a_preposition_names_no_own_partner_and_a_debate_proposes():
    assert stage_of("Lawmakers balk at Toluca's violence during sister city debate") == "proposed"
    assert stage_of("Its two other sister cities are Kaga and Tilburg.") == "active"
    # a debate on ending a tie ends nothing yet (see test_a_question_still_open_ends_no_tie)
    assert stage_of("Council debates ending twinning with Kostroma") != "ended"


def test_an_unknown_county_of_a_province_is_the_party_and_the_province_only_locates():
    for text in ("Bayan County of Heilongjiang Province signed a friendship city agreement with Ardee on Monday.",
                 "Officials from Bayan County of Heilongjiang Province signed a friendship city agreement with Ardee."):
        reader = read_article(text, published="2023-03-06")
        parties = [(m.core, m.country) for ms in reader.places.parties for m in ms]
        assert ("Bayan", "CN") in parties and not any(core == "Heilongjiang" for core, _ in parties)
    assert pairs("The City of Sydney signed a sister city agreement with Ardee.") == {frozenset(("Sydney", "Ardee"))}


def test_a_region_in_slashes_or_after_situated_in_only_locates():
    text = ("The Russian city of Izhevsk /Republic of Udmurtia in the upper reaches of the Volga/ and the Chinese city of "
            "Xining, situated in the western province of Qinghai, have twinned. An agreement to this effect was signed "
            "in Xining.")
    assert pairs(text) == {frozenset(("Izhevsk", "Xining"))}


def test_a_numbered_list_under_a_heading_on_twinning_is_the_headings_owners_list():
    from sister_cities.extract.text import sentences
    text = ("Sister-city Relations of City Government of Cebu\n\n"
            "  1. Haarlemmermeer, the Netherlands\n    Resolution No. 1706\n\n"
            "  2. Kaohsiung City, Taiwan\n    Resolution No. 229 (February 06, 1969)\n\n"
            "  3. Yeosu City, South Korea\n    Resolution No. 652\n\n"
            "  4. Xiamen, China\n    Resolution No. 914 (April 1983)")
    read = [s.text for s in sentences(text, None)]
    assert read == ["Sister-city Relations of City Government of Cebu: Haarlemmermeer, the Netherlands; Kaohsiung "
                    "City, Taiwan; Yeosu City, South Korea; Xiamen, China."]
    assert {frozenset(("Cebu City", p)) for p in ("Haarlemmermeer", "Kaohsiung City", "Yeosu", "Xiamen")} <= pairs(text)
    # a numbered list under a heading on something else stays as it is
    assert not any(s.text.startswith("Budget Items:")
                   for s in sentences("Budget Items\n\n1. Roads and bridges\n2. Schools and clinics", None))


def test_a_place_before_city_official_is_that_city():
    text = ("An Osaka city official explained why the city hasn't cut its sister city ties with the Russian city of "
            "St Petersburg.")
    assert pairs(text) == {frozenset(("Ōsaka", "Saint Petersburg"))}


def test_a_one_letter_slip_names_a_large_city_before_a_small_namesake():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    finder = MentionFinder(Gazetteer.default())
    found = finder.find("Its sister cities are Minsk, Belarus; Yangoon, Myanmar; and Lhasa, China.").mentions
    assert [m.place.name for m in found if m.core == "Yangoon"] == ["Yangon"]
    found = finder.find("Its sister cities are Brisbane, Australia; Rio de Janiero, Brazil; and Sabrosa, Portugal.").mentions
    assert [m.place.name for m in found if m.core == "Rio de Janiero"] == ["Rio de Janeiro"]
    # two towns of a size a letter away: neither is guessed
    found = finder.find("Ballymena's sister city of Moorehead, United States, sent a delegation.").mentions
    assert not [m for m in found if m.core == "Moorehead" and m.place is not None and m.place.name == "Moorhead"]


def test_a_body_named_with_its_head_after_it_names_no_person_and_home_joins_keep_the_implied_partner():
    text = ("After Nanning, Ipoh forges friendship agreement with Lianyungang\n\n"
            "Ipoh has forged a friendship agreement with the city of Lianyungang, its second with a city in China, "
            "after the one with Nanning.\n\n"
            "\"Before this, we had a friendship agreement with Nanning in Southern China.\"\n\n"
            "Earlier, representing the Ipoh City Council Rumaizi signed a letter of intent with Xing Zhengjun, the "
            "Mayor of Lianyungang.")
    reader = read_article(text, published="2023-08-12")
    assert [m.core for m in reader.places.mentions[1] if m.core == "Ipoh"] == ["Ipoh"]
    assert {frozenset(("Ipoh", "Lianyungang")), frozenset(("Ipoh", "Nanning"))} <= pairs(text, published="2023-08-12")


def test_a_town_only_geonames_knows_in_the_sites_country_is_read_where_twinning_is_spoken_of():
    text = ("Council set to twin Morpeth with Spanish town\n\n"
            "Proposals to 'twin' Morpeth with San Fulgencio in Spain look set to be adopted on Thursday.")
    found = pairs(text, published="2024-03-06", url="https://www.example.co.uk/news/1")
    assert frozenset(("Morpeth", "San Fulgencio")) in found
    # without the site's country, a name only the GeoNames table knows is no place
    assert frozenset(("Morpeth", "San Fulgencio")) not in pairs(text, published="2024-03-06")


def test_toilet_twinning_and_a_saints_church_are_no_twinning_of_places():
    from sister_cities.extract import lexicon as lx
    assert not lx.TWINNING.search("The toilet is linked under the Toilet Twinning scheme.")
    text = ("While walking through Whitchurch, I found that the toilet at St Mary's Church is \"twinned\" with a "
            "latrine in Sierra Leone under the Toilet Twinning scheme.")
    assert extract_article(text, published="2021-10-16", url="https://www.example.co.uk/diary/1")["relations"] == []


def test_slips_in_names_of_several_words_with_a_unit_word_and_vietnamese_names_written_joined():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    finder = MentionFinder(Gazetteer.default())
    found = finder.find("Daegu signed an agreement with Ho Chi Mihn City in southern Vietnam in 2015.").mentions
    assert [m.place.name for m in found if m.place is not None] == ["Daegu", "Ho Chi Minh City", "Vietnam"]
    found = finder.find("Daegu signs a Friendship City agreement with Bac Nihn Province, Vietnam.").mentions
    assert "Bac Ninh Province" in [m.place.name for m in found if m.place is not None]
    # a Vietnamese name written in one word is the place; a short joined name elsewhere is not guessed
    assert pairs("Daegu signed a sister city agreement with Danang in 2004.") == {frozenset(("Daegu", "Da Nang"))}
    assert not [m for m in finder.find("Alain Juppe spoke of the twin towns.").mentions if m.place is not None]


def test_a_common_word_in_a_list_is_no_slip_of_a_place():
    # "Samsung" is one letter from Samsun, Turkey, and common enough to be a word of its own
    text = ("The negotiation began when a delegation from Bac Ninh Province visited Daegu, which is affiliated "
            "with Samsung, and requested exchanges; Daegu will sign a Friendship City agreement with Bac Ninh.")
    assert all("Samsun" not in pair for pair in pairs(text))


def test_former_and_short_names_of_countries_are_countries():
    text = ("Until now, Stari Grad has twinned with municipalities and cities from Turkey, Slovenia, Macedonia, "
            "Albania, Kosovo and Italy.")
    found = extract_article(text)["relations"]
    assert not [r for r in found if "Macedonia" in (r["a"]["name"], r["b"]["name"])]
    from sister_cities.gazetteer import Gazetteer
    assert Gazetteer.default().country("Macedonia").country == "MK"
    assert Gazetteer.default().country("Bosnia-Herzegovina").country == "BA"
    # "Korea" alone is South Korea, as news means it, and no village of that name in Taiwan
    found = extract_article("Makassar menjajaki sister city dengan kota luar negeri meliputi Korea, Taiwan dan "
                            "Perancis.")["relations"]
    assert not [r for r in found if "Korea" in (r["a"]["name"], r["b"]["name"])]
    assert Gazetteer.default().country("Korea").country == "KR"


def test_a_known_name_inside_a_longer_name_joined_by_a_small_word_is_not_that_place():
    # the gazetteer knows a Corral in Chile, not Corral de Bustos in Argentina
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    finder = MentionFinder(Gazetteer.default())
    found = finder.find("A twinning between Bra and Corral de Bustos, a town in the province of Cordoba.").mentions
    assert not [m for m in found if m.place is not None and m.place.country == "CL"]
    found = finder.find("Rio de Janeiro, Frankfurt am Main and Santiago de Compostela.").mentions
    assert [m.place.name for m in found] == ["Rio de Janeiro", "Frankfurt", "Santiago de Compostela"]


def test_a_town_the_gazetteer_lacks_twinned_with_a_known_place_abroad_is_the_news_sites_own():
    text = ("For nearly three decades, Wareham has forged links with its twin French town of Conches-en-Ouche in "
            "Normandy.\n\nWareham was first twinned with Conches-en-Ouche, a popular tourist town in Normandy, "
            "in 1978.")
    found = extract_article(text, url="https://www.bournemouthecho.co.uk/news/1259761")["relations"]
    assert [(r["a"]["name"], r["a"]["country"], r["b"]["name"]) for r in found] == \
        [("Wareham", "United Kingdom", "Conches-en-Ouche")]
    # "But" opens the sentence, it names no place
    found = extract_article("But Wareham is twinned with Conches-en-Ouche in France.",
                            url="https://www.bournemouthecho.co.uk/news/1")["relations"]
    assert [r["a"]["name"] for r in found] in ([], ["Wareham"])


def test_the_city_that_holds_sister_city_relationships_is_the_place_the_sentence_before_opens_with():
    # a council's own document: "The City of X" opens the paragraph, "The City currently holds formal
    # Sister City relationships with ..." follows, in capitals
    text = ("The City of Farmers Branch maintains a longstanding international partnership through its Sister "
            "City Program.\n\nThe City currently holds formal Sister City relationships with Bassetlaw District, "
            "United Kingdom (established in 1980) and Garbsen, Germany (established in 1990).")
    found = {r["b"]["name"]: r for r in extract_article(text)["relations"] if r["a"]["name"] == "Farmers Branch"}
    assert set(found) == {"Bassetlaw", "Garbsen"}
    assert all(r["evidence"].startswith("The City currently holds") and r["confidence"] >= 0.9 for r in found.values())


def test_a_unit_word_hyphenated_into_a_compound_names_no_place():
    # "City-to-city arrangements" on Johannesburg's own site: no town called "City-to" at home
    text = ("City-to-city arrangements are already in place with five sister cities – Addis Ababa; Windhoek; "
            "Birmingham; London, in the United Kingdom; and New York, in the United States.")
    found = extract_article(text, url="https://www.joburg.org.za/about_/Pages/Twinning-Agreements-.aspx")["relations"]
    assert not [r for r in found if "City-to" in (r["a"]["name"], r["b"]["name"])]


def test_the_district_of_columbia_is_washington_and_an_agency_credit_is_no_town():
    text = ("The accord makes the Ethiopian capital the fourteenth sister city of Washington, D.C. The District of "
            "Columbia has similar arrangements with Bangkok, Thailand (since 1962); Dakar, Senegal (since 1980); "
            "Beijing, China (since 1984).")
    assert all(r["a"]["name"] != "Columbia" and r["b"]["name"] != "Columbia" for r in extract_article(text)["relations"])
    assert frozenset(("Washington, D.C.", "Dakar")) in pairs(text)
    # and "the city of Washington, D.C." is the capital, not Washington in Tyne and Wear
    assert all("Washington" not in pair for pair in pairs(text) if "Washington, D.C." not in pair)
    text = ("CHONGQING, Nov. 10 (Xinhua) -- Fengdu County in southwest China's Chongqing Municipality on Wednesday "
            "signed an agreement via video link to establish a sister-city relationship with Guanajuato in Mexico.")
    found = extract_article(text, url="https://eng.yidaiyilu.gov.cn/p/197554.html")["relations"]
    assert not [r for r in found if "Xinhua" in (r["a"]["name"], r["b"]["name"])]


def test_a_borough_named_after_two_towns_is_one_place():
    text = ("THE German town of Bischofsheim, near Frankfurt, is celebrating after being twinned with Crewe and "
            "Nantwich for the past two decades.\n\nCouncillor Silvester initiated the twinning links when he was "
            "leader of the Crewe and Nantwich Borough Council in 1990.")
    found = extract_article(text, url="http://www.creweguardian.co.uk/news/9340375")["relations"]
    assert [(r["a"]["name"], r["a"]["kind"], r["b"]["name"]) for r in found] == \
        [("Crewe and Nantwich", "district", "Bischofsheim")]


def test_a_unit_word_written_small_in_indonesian_still_names_the_place():
    text = ("Pertemuan tersebut diprakarsai oleh Konsulat Jenderal China sebagai tindak lanjut atas program "
            "\"Sister City\" antara Kabupaten Karo dan distrik Jinning Provinsi Yunnan.")
    assert pairs(text) == {frozenset(("Karo Regency", "Jinning"))}


def test_one_of_the_commonest_words_is_no_bare_place_however_large():
    # Man is a city of 150,000 in Ivory Coast; "man" is among the commonest English words
    text = ("At the moment, Simferopol has sister relations with 11 cities – Donetsk in Ukraine’s self-proclaimed "
            "Donetsk Man’s Republic, Russia’s Irkutsk, Novocherkassk, Omsk and Turkish Eskisehir.")
    assert not [r for r in extract_article(text)["relations"] if "Man" in (r["a"]["name"], r["b"]["name"])]


def test_a_letter_standing_for_any_city_is_no_place_and_the_state_of_mexico_is_named_in_english():
    text = ("Dicontohkan, misal kota X di Australia, FPCI akan memberikan rekomendasi Dubes Australia tentang "
            "keinginan Blora menjalin sister city dengan pemerintah kota X itu.")
    assert not [r for r in extract_article(text)["relations"] if "X" in (r["a"]["name"], r["b"]["name"])]
    from sister_cities.gazetteer import Gazetteer
    assert Gazetteer.default().by_qid("Q82112").name == "State of Mexico"


def test_places_listed_after_sister_relations_with_n_cities_are_the_owners_not_each_others():
    text = ("At the moment, Simferopol has sister relations with 11 cities – Donetsk in Ukraine, Russia’s Irkutsk, "
            "Novocherkassk, Omsk, Hungarian Kecskemet, Bulgarian Ruse and German Heidelberg.")
    found = pairs(text)
    assert not [pair for pair in found if "Simferopol" not in pair]


def test_a_region_a_place_is_located_in_is_no_party():
    text = ("Taiwan’s Hualien City and Japan’s Takachiho Town become sister cities\n\n"
            "Hualien City Mayor Wei Chia-hsien signed an agreement on Tuesday with Takachiho Town.\n\n"
            "Located in the northwest of Japan’s Miyazaki Prefecture, Takachiho is Hualien's new sister city.")
    assert all("Miyazaki Prefecture" not in pair for pair in pairs(text))
    reader = read_article(text)
    located = next(i for i, s in enumerate(reader.sentences) if s.text.startswith("Located"))
    assert "Miyazaki Prefecture" in [m.core for m in reader.places.mentions[located]]
    assert "Miyazaki Prefecture" not in [m.core for m in reader.places.parties[located]]


def test_the_places_of_one_list_share_one_stage():
    text = ("Chernihiv city council deputies voted for the termination of agreements with Russian twin cities - "
            "because of the war.\n\nChernihiv had bilateral agreements of twinning relationship with Bryansk, "
            "Pskov and Mytishchi in Moscow region.")
    stages = {r["b"]["name"]: r["stage"] for r in extract_article(text)["relations"] if r["a"]["name"] == "Chernihiv"}
    assert set(stages) == {"Bryansk", "Pskov", "Mytishchi"} and len(set(stages.values())) == 1


def test_port_of_spain_with_hyphens_and_a_country_named_with_and_are_read_whole():
    text = ("Mayors of Port-of-Spain, Georgetown sign MoU\n\nApproximately six months after Trinidad and Tobago "
            "and Guyana signed a Memorandum of Understanding on a national level, the capital cities of "
            "Port-of-Spain and Georgetown have followed suit.\n\nMayor of Port-of-Spain Joel Martinez and his "
            "Georgetown Guyana counterpart signed a three-year MoU at City Hall yesterday.\n\nFor the second "
            "time in 15 years, Port-of-Spain has a new sister city.")
    found = extract_article(text, published="2022-11-10")["relations"]
    assert {frozenset((r["a"]["name"], r["b"]["name"])) for r in found} == {frozenset(("Port of Spain", "Georgetown"))}
    # "Trinidad and Tobago" is the country, not Trinidad in Colorado
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("The specialist is right here in Trinidad and Tobago.").mentions
    assert [(m.surface, m.is_country) for m in found] == [("Trinidad and Tobago", True)]


def test_a_country_name_right_before_another_country_is_that_countrys_division():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    finder = MentionFinder(Gazetteer.default())
    found = finder.find("Its partners are Atlanta in Georgia, USA, and Kumasi in Ghana.").mentions
    assert [(m.core, m.kind, m.country) for m in found if m.core == "Georgia"] == [("Georgia", "state", "US")]
    found = finder.find("Tbilisi, Georgia, and Baku, Azerbaijan are twin cities.").mentions
    assert [(m.core, m.kind) for m in found if m.core == "Georgia"] == [("Georgia", "country")]


def test_a_bare_name_is_the_town_of_the_articles_own_country_before_a_namesake_abroad():
    text = ("City of Powell River elected officials have been discussing a friendly relationship with a Chinese "
            "municipality.\n\nThe initiative is part of a sister-city agreement signed by Fred Bates, the former "
            "mayor of the Village of Cumberland, and the mayor of Putian, a city in the Fujian province of China.")
    found = extract_article(text)["relations"]
    sides = [side for r in found if "Putian" in (r["a"]["name"], r["b"]["name"]) for side in (r["a"], r["b"])
             if side["name"] == "Cumberland"]
    assert [(side["name"], side["country"]) for side in sides] == [("Cumberland", "Canada")]


def test_a_south_asian_council_word_after_a_name_is_no_place():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    finder = MentionFinder(Gazetteer.default())
    found = finder.find("Sister city ties among the Jaffna Municipal Council, Walikamam North and Nallur Pradeshiya "
                        "Sabha and Colombo.").mentions
    assert not [m for m in found if m.place is not None and m.place.country == "LY"]


def test_twin_relations_speak_of_twinning():
    text = ("In Kyiv city Council also made the draft resolution on the urgent gap of bilateral agreements on the "
            "twin relations of Kiev with the Russian Federation cities of Moscow, Saint Petersburg and Volgograd.")
    assert {frozenset(("Kyiv", "Moscow")), frozenset(("Kyiv", "Volgograd"))} <= pairs(text)


def test_a_twin_town_with_its_nationality_between_speaks_of_twinning():
    from sister_cities.extract.lexicon import TWINNING
    assert TWINNING.search("A 40-YEAR tradition of friendship between Bishop Auckland and its twin French town has ended.")
    assert TWINNING.search("Leer, the twin German town of Trowbridge")
    assert not TWINNING.search("the twin engine of the town")


def test_documents_in_the_plural_are_documents():
    from sister_cities.extract.lexicon import DOCUMENT
    for text in ("similar agreements have been signed", "the two MoUs", "letters of intent were exchanged",
                 "memoranda of understanding", "the charters"):
        assert DOCUMENT.search(text), text


def mentioned_places(text: str) -> list[tuple[str, str | None]]:
    reader = read_article(text)
    return [(m.core, m.country) for ms in reader.places.mentions for m in ms]


def test_a_member_for_a_seat_after_the_place_is_no_surname():
    # "Wrexham MP" is the member for Wrexham: the place stays a place all through the article
    text = ("Wrexham councillors voted on Monday to end the town's twinning with Märkischer Kreis.\n\n"
            "Speaking as Wrexham MP, the member said the vote was a pity.\n\n"
            "Wrexham has been twinned with the district since 1970.")
    assert ("Wrexham", "GB") in mentioned_places(text)
    # a broadcaster named after a place is no member for it: "Fuji TV" names no Fuji of a twinning
    text = "Fuji TV reported that the mayor of Osaka will end the city's sister-city tie with San Francisco."
    assert pairs(text) <= {frozenset(("Ōsaka", "San Francisco"))}


def test_a_state_abbreviated_by_the_press_makes_a_little_known_name_a_place():
    text = "Our sister cities are Timashevsk, Russia, and Culver City, Calif., the first of them."
    assert ("Culver City", "US") in mentioned_places(text)
    # a state of another country supports nothing
    from sister_cities.extract.places import ArticlePlaces
    from sister_cities.extract.mentions import Mention
    culver = next(m for ms in read_article(text).places.mentions for m in ms if m.core == "Culver City")
    assert ArticlePlaces._state_follows("Culver City, Calif.", Mention(
        culver.surface, culver.core, 0, len(culver.core), culver.place, culver.kind, "US"))
    assert not ArticlePlaces._state_follows("Culver City, Ont.", Mention(
        culver.surface, culver.core, 0, len(culver.core), culver.place, culver.kind, "US"))


def test_an_english_word_is_an_indonesian_town_only_where_the_article_speaks_of_indonesia():
    # "the Metro" of a bus line between two twin cities of Pakistan is no Kota Metro of Lampung
    text = ("Metro buses run again between the twin cities of Lahore and Multan.\n\n"
            "The Metro line had been shut for four days.")
    assert not [m for m in mentioned_places(text) if m[1] == "ID"]
    assert shipped_extract_article(text)["relations"] == []
    # where the article speaks of Indonesia, the bare name is the town
    text = ("Wali Kota Metro menerima delegasi dari Kota Bandar Lampung.\n\n"
            "Metro dan Bandar Lampung bertetangga di Provinsi Lampung.")
    assert ("Metro", "ID") in mentioned_places(text)


def test_a_country_right_after_the_twinning_s_with_is_the_unnamed_partner():
    def country_partners(text):
        return {(r["a"]["name"], r["b"]["country"], r["confidence"])
                for r in shipped_extract_article(text)["relations"] if r["b"]["name"] is None}
    # reported at the least confidence a report has: a review item, never a fact of build
    assert country_partners("Kota Kendari menjajaki kerja sama sister city dengan Turki.") == {("Kendari", "Turkey", 0.5)}
    assert country_partners("Pemerintah Kabupaten Sleman menandatangani nota kesepahaman kerja sama dengan pihak "
                            "Jepang dalam program sister city.") == {("Sleman Regency", "Japan", 0.5)}
    assert {c for _, c, _ in country_partners(
        "Kota Palu menjalin kerja sama sister city dengan kota luar negeri meliputi Korea, Vietnam dan Belanda.")} \
        == {"South Korea", "Vietnam", "Netherlands"}
    assert country_partners("Kota Kendari dan Turki menjajaki kerja sama sister city.") == {("Kendari", "Turkey", 0.5)}
    # "several regions of the Slovak Republic": one partner of that country, not yet named
    assert country_partners("Pemerintah Kota Kendari menjajaki kerja sama sister city dengan sejumlah wilayah di "
                            "Republik Slovakia.") == {("Kendari", "Slovakia", 0.5)}
    # a headline alone names no partner country: its body names the candidate towns
    assert not country_partners("Gubernur Jambi Akan Tindak Lanjuti Pembangunan Kota Kembar dengan Malaysia\n\n"
                                "Gubernur Jambi mengusulkan kota kembar kepada Wakil Menteri Luar Negeri Malaysia.")
    # where the text names the partner after the country, the named place is the partner
    named = shipped_extract_article("Kota Kendari menjalin sister city dengan Jepang, yakni Kota Kisarazu.")["relations"]
    assert [(r["a"]["name"], r["b"]["name"]) for r in named] == [("Kendari", "Kisarazu")]
    assert not country_partners("Kendari signed a sister city agreement with China's Xiamen.")


def test_cities_of_a_country_after_the_with_or_the_country_named_first_of_the_pair():
    def country_partners(text):
        return {(r["a"]["name"], r["b"]["country"], r["confidence"])
                for r in shipped_extract_article(text)["relations"] if r["b"]["name"] is None}
    # "dengan kota di X", "dengan kota-kota yang ada di X": cities of that country, none named yet
    assert country_partners("Wali Kota Pontianak membahas peluang sister city antara Pontianak dengan kota di "
                            "Jerman.") == {("Pontianak", "Germany", 0.5)}
    assert country_partners("Pemkot Malang ingin meneken MoU sister city dengan kota-kota yang ada di "
                            "Prancis.") == {("Malang", "France", 0.5)}
    # "sister city antara Turki dan Kendari": the country first of the two parties
    assert country_partners("Wali Kota Kendari membuka penjajakan kerja sama sister city antara Turki dan "
                            "Kendari.") == {("Kendari", "Turkey", 0.5)}
    assert country_partners("Ia berharap dibangun sister city antara Kroasia dengan Kendari.") == \
        {("Kendari", "Croatia", 0.5)}
    # the city named after its country is the partner; a cooperation between a country and a city is none
    named = shipped_extract_article("Wali Kota Kendari membahas sister city antara Kendari dengan kota di Turki, "
                                    "yaitu Bursa.")["relations"]
    assert [(r["a"]["name"], r["b"]["name"]) for r in named] == [("Kendari", "Bursa")]
    assert not country_partners("Kerja sama antara Jepang dan Kota Kendari di bidang pendidikan dibahas pada Senin.")
    # "salah satu provinsi atau kabupaten di RRT": one unit or another, of that country
    assert country_partners("Konjen menawarkan Kabupaten Banyumas kerja sama sister city dengan salah satu provinsi "
                            "atau kabupaten di RRT.") == {("Banyumas Regency", "China", 0.5)}
    # a bracket that only gives the country's short form names no partner; one that names a city does
    assert country_partners("Wali Kota Surabaya ingin kerja sama sister city dengan Korea Selatan (Korsel) "
                            "ditingkatkan.") == {("Surabaya", "South Korea", 0.5)}
    assert not country_partners("Kota Kendari menjalin sister city dengan Jepang (Kota Osaka).")
    # a tie refused or denied has no partner; a place after the twinning's "dengan" is a partner itself,
    # not the owner of the unnamed partners named after it
    assert not country_partners("Pemkot Semarang tidak akan menjalin sister city dengan kota di Israel.")
    assert not country_partners("Pemkot Semarang menolak usulan sister city dengan kota di Israel.")
    assert not country_partners("Pemkot Surabaya bekerja sama dengan kota di Inggris dalam program sister school, "
                                "bukan sister city.")
    assert not country_partners("Kota Makassar menjalin sister city dengan Kota Lae, Papua Nugini, dan dengan "
                                "kota-kota yang ada di Belanda.")
    # "..., yakni Kota Saint Louis": the city named after its country, spelt out, is the partner
    named = shipped_extract_article("Pemkot Bogor menjalin sister city dengan Amerika Serikat, yakni Kota Saint "
                                    "Louis.")["relations"]
    assert [(r["a"]["name"], r["b"]["name"], r["b"]["country"]) for r in named] == \
        [("Bogor", "St. Louis", "United States")]
    # a main city of the country, a region of it
    assert country_partners("Wali Kota Kendari ingin sister city antara Kendari dengan salah satu kota utama di "
                            "Azerbaijan.") == {("Kendari", "Azerbaijan", 0.5)}
    assert country_partners("Mereka membahas program sister city yang menghubungkan Kota Kendari dengan wilayah "
                            "di Slovakia.") == {("Kendari", "Slovakia", 0.5)}


def test_a_name_romanised_another_way_is_the_known_place_of_the_country_named_after_it():
    from sister_cities.extract.mentions import respellings
    assert "shumen" in respellings("sumen") and "syktyvkar" in respellings("siktivkar")
    found = {m[0]: m[1] for m in mentioned_places(
        "Debrecen's partner towns include Sumen, Bulgaria, Siktivkar, Russia, and Uzhorod, Ukraine.")}
    assert found["Sumen"] == "BG" and found["Siktivkar"] == "RU" and found["Uzhorod"] == "UA"
    names = {r["b"]["name"] for r in shipped_extract_article(
        "Debrecen's sister cities include Sumen, Bulgaria, Siktivkar, Russia, and Uzhorod, Ukraine.")["relations"]}
    assert {"Shumen", "Syktyvkar", "Uzhhorod"} <= names
    # a name written as one word that the country after it writes as two, where the gazetteer knows the
    # one word elsewhere (Georgetown, Guyana)
    partners = {(r["b"]["name"], r["b"]["country"]) for r in shipped_extract_article(
        "Taipei's mayor signed a memorandum on building friendship with Georgetown, Malaysia, the sister city "
        "office said.")["relations"]}
    assert ("George Town", "Malaysia") in partners


def test_a_pair_imagined_after_if_is_not_reported():
    text = ("Mayors from two continents met at a forum on cities.\n\n"
            "\"If Lyon and Dakar were sister cities, we could share a great deal,\" one speaker said.")
    assert pairs(text) == set()
    assert pairs("Lyon and Dakar were sister cities long before the war, the mayor said.") \
        == {frozenset(("Lyon", "Dakar"))}


def test_a_list_of_one_announced_with_a_colon_and_a_dash_is_read():
    from sister_cities.extract.text import _lists_joined, announces
    assert announces("with the following cities:-") and announces("sebagai berikut:") and not announces("Hello.")
    text = ("Kathmandu has sister cities with the following cities:\n\n  1. Eugene, the United States of America.\n\n"
            "  2. Matsumoto, Japan.\n\n"
            "Note: Kathmandu is in a process to establish a sisterly relationship with the following cities:-\n\n"
            "  1. Bangkok, Thailand.\n\nKathmandu is a member of the following organisations:\n\n  1. CityNet.")
    joined = _lists_joined(text)
    assert "the following cities: Bangkok, Thailand." in joined and "organisations:\n" in joined
    found = {(r["b"]["name"], r["stage"]) for r in shipped_extract_article(text)["relations"]}
    assert ("Bangkok", "proposed") in found and ("Matsumoto", "active") in found


def test_a_region_after_a_known_name_of_another_country_is_a_list_item():
    # "Washington, Tokyo": Tokyo is the next partner in the list, not where a Washington lies
    found = pairs("Beijing has forged twin city ties with 39 cities worldwide, including Washington, Tokyo, "
                  "Tel Aviv and Havana.")
    assert frozenset(("Beijing", "Tokyo")) in found and frozenset(("Beijing", "Havana")) in found


def test_the_country_after_a_name_chooses_its_namesake_and_a_headed_list_pairs_no_items():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("Partners: Greenwich, United Kingdom; Roanoke, USA.").mentions
    assert {m.core: m.country for m in found}["Greenwich"] == "GB"
    # the items after "Sister Cities:" are partners of the page's city, never of each other
    text = ("Sister City since: 1976\n\nLocation: on the coast, east of the capital\n\n"
            "Other Sister Cities: Greenwich, United Kingdom; Roanoke, USA.\n\n"
            "This Sister City takes part in cultural exchanges.")
    assert frozenset(("Greenwich", "Roanoke")) not in pairs(text)


def test_a_city_between_a_place_and_its_province_is_the_place_s_address():
    # Nanjing County lies in Zhangzhou, Fujian: the city and the province say where, they are no partner
    text = ("Pemkab Sragen menjalin kerja sama sister city dengan Pemerintah Nanjing, Kota Zhangzhou, Provinsi "
            "Fujian, Tiongkok, lewat penandatanganan letter of intent.")
    found = pairs(text)
    assert frozenset(("Sragen Regency", "Nanjing")) in found
    assert not any("Zhangzhou" in pair or "Fujian" in pair for pair in found)
    # and that Nanjing is none the gazetteer knows: never Jiangsu's item, here or where named again
    text += "\n\nBupati Sragen dan Pemerintah Nanjing sepakat bekerja sama di bidang pertanian."
    sides = [side for r in shipped_extract_article(text)["relations"] for side in (r["a"], r["b"])
             if side["name"] == "Nanjing"]
    assert sides and all(side.get("qid") is None and side["country"] == "China" for side in sides)


def test_two_objects_of_with_in_clauses_joined_by_and_are_no_pair():
    text = ("The council said it was suspending its twinning links with Volgograd, in Russia, and would look "
            "at twinning with the Ukrainian city of Mariupol.")
    assert frozenset(("Volgograd", "Mariupol")) not in pairs(text)
    # a relative clause joins its own pair
    assert frozenset(("Coventry", "Volgograd")) in pairs(
        "The ceremony marked the link with Coventry, which has been twinned with Volgograd since 1944.")


def test_a_unit_respelt_is_the_known_place_of_the_country_after_it():
    found = pairs("Konjen menawarkan kerja sama sister province antara Provinsi Yunan di Tiongkok dengan Provinsi "
                  "Jambi.")
    assert frozenset(("Yunnan", "Jambi")) in found


def test_a_place_s_sister_cities_named_as_its_own_are_ties_that_exist_whatever_the_visit():
    assert stage_of("Keempat sister city Surabaya yang akan dikunjungi itu yakni Busan dan Kitakyushu.") == "active"
    assert stage_of("Calon sister city Surabaya yakni Kota Tours.") == "proposed"


def test_a_capital_named_after_the_word_capital_is_the_city_itself():
    assert frozenset(("Brno", "Taipei")) in pairs(
        "Earlier this month, Brno signed a sister city contract with the Taiwanese capital Taipei.")
    # the region after "the capital of" still only says whose capital is meant
    from sister_cities.extract.lexicon import CAPITAL_BEFORE, CAPITAL_OF_BEFORE
    assert CAPITAL_OF_BEFORE.search("the capital of ") and CAPITAL_OF_BEFORE.search("ibu kota ")
    assert not CAPITAL_OF_BEFORE.search("the Taiwanese capital ") and CAPITAL_BEFORE.search("provincial capital ")
    found = {(r["a"]["name"], r["b"]["name"]) for r in shipped_extract_article(
        "The mayor of Costa Rica's provincial capital Heredia went to Nicaragua to sign a sister-city accord "
        "with his Managua counterpart.")["relations"]}
    assert not any("Heredia Province" in pair for pair in found)


def test_a_region_is_the_namesake_the_places_named_lie_in():
    text = ("The Punjab government signed an agreement with the Chinese province of Ningxia.\n\n"
            "Under it, Punjab's city Multan and the Chinese city of Yinchuan were declared sister cities.")
    countries = {m[0]: m[1] for m in mentioned_places(text)}
    assert countries["Punjab"] == "PK"


def test_amity_and_brotherhood_agreements_between_cities_are_twinning():
    from sister_cities.extract.lexicon import TWINNING
    assert TWINNING.search("the brotherhood agreement signed between the two cities in 2018")
    assert TWINNING.search("following the signing of an amity agreement between the two cities last year")
    assert not TWINNING.search("the Muslim Brotherhood said")
    assert frozenset(("Alexandria", "Paphos")) in pairs(
        "The governor of Alexandria met the mayor of Paphos to strengthen the brotherhood agreement signed "
        "between the two cities in 2018.")


def test_sisterhood_contracts_with_a_list_of_cities_list_the_partners():
    found = pairs("Pointing to the Tabriz sisterhood contracts with 5 cities of Baku and Ganja (Azerbaijan), Istanbul "
                  "and Erzurum (Turkey), and Kazan (Tatarstan), the mayor spoke of Shanghai as the next.")
    assert {frozenset(("Tabriz", name)) for name in ("Baku", "Ganja", "Istanbul", "Erzurum")} <= found


def test_a_compass_word_before_a_known_town_makes_another_place():
    # "East Preston" (a village of Sussex) is no Preston; known compass names are read whole
    assert not any("Preston" in pair for pair in pairs(
        "The twinning association of East Preston and Brou in France has been dissolved."))
    assert frozenset(("South Tangerang", "Seoul")) in pairs("South Tangerang and Seoul signed a sister city agreement.")


def test_the_dotted_district_letters_alone_are_the_us_capital():
    # "the tenth sister city of D.C.": the partners listed after it are the capital's, not the new partner's
    text = ("Tomorrow D.C. will sign a sister city agreement with Lusaka, Zambia.\n\n"
            "Lusaka becomes the tenth sister city of D.C.; the others include Lima, Peru; Oslo, Norway; "
            "and Hanoi, Vietnam.")
    found = pairs(text)
    assert frozenset(("Washington, D.C.", "Lusaka")) in found
    assert {frozenset(("Washington, D.C.", name)) for name in ("Lima", "Oslo", "Hanoi")} <= found
    assert ("Washington, D.C.", "US") in mentioned_places("The D.C. Council approved the sister city agreement on Monday.")
    # undotted "DC" alone names a comics publisher as often as the city
    assert not [m for m in mentioned_places("DC Comics opened a shop in Lima, Peru.") if m[1] == "US"]


def test_a_county_after_a_town_says_where_the_town_lies():
    found = pairs("Galway hosted a reception for the 20th anniversary of its sister city relationship with "
                  "Ballina, County Mayo, Ireland.")
    assert not any("Mayo" in " ".join(pair) for pair in found)


def test_a_list_item_naming_one_town_in_two_languages_is_no_pair():
    # "Pula-Pola" in a bulleted list of partners is Pula (Croatian and Italian), not Pula's twin "Pola"
    text = "Today, Lviv has such twin cities:\n\n  • Plovdiv;\n  • Pula-Pola;\n  • Reykjavik;\n  • Aarhus."
    assert not any("Pola" in pair for pair in pairs(text))
    assert frozenset(("Lviv", "Aarhus")) in pairs(text)
    # within a sentence, a known name joined to an unknown one is still a pair
    assert frozenset(("Bogor", "Kisarazu")) in pairs("Kerja sama sister city Bogor-Kisarazu terus berjalan.")


def test_the_seat_of_a_body_is_no_partner():
    # the only known place beside Haiyang is the seat of Sister Cities International, no partner of it
    text = ('A "sister-city" relationship that Cranberry established in 2010 with Haiyang in the Shandong '
            "Province of China has helped the township, its manager said.\n\nSister to sister\n\n"
            "The idea has been promoted for six decades by Sister Cities International, a nonprofit based in "
            "Washington, D.C., that was founded by a president.")
    assert not any("Washington, D.C." in pair for pair in pairs(text))


def test_a_town_placed_once_is_that_town_wherever_written():
    # "Kitakata, Japan" is read from the towns' table for its country; the bare name after is the same town
    text = ("In August the town will celebrate its sister city tie with a city on the other side of the world, "
            "Kitakata, Japan.\n\n"
            "The relationship with Kitakata was formed in 1988 by the two councils.")
    later = read_article(text).places.mentions[-1]
    assert [(m.core, m.country) for m in later] == [("Kitakata", "JP")]


def test_a_shire_is_australian_whatever_namesake_lies_abroad():
    text = "The Mitchell Shire Council welcomed the delegation of its sister city Honbetsu to Bendigo on Monday."
    assert not [m for m in mentioned_places(text) if m[1] == "US"]
    assert not any("Bendigo" in pair and "Mitchell" in pair for pair in pairs(text))


def test_ending_a_lecture_or_cancelling_a_visit_ends_no_tie():
    assert stage_of("Harapan itu disampaikan Dubes saat mengakhiri kuliah umum di kampus.") != "ended"
    assert stage_of("Wali kota membatalkan kunjungan ke Jepang karena cuaca.") != "ended"
    assert stage_of("Pemkot resmi mengakhiri kerja sama sister city dengan Kota Tula.") == "ended"
    assert stage_of("Kota itu menghentikan sementara hubungan kota kembar dengan Kota Tula.") == "ended"


def test_a_tie_so_many_years_long_is_active():
    assert stage_of("In all, the two towns have now enjoyed a thirteen year-long relationship.") == "active"
    assert stage_of("The town celebrated its 40-year-old partnership with a concert.") == "active"


def test_a_pair_denied_is_no_twinning():
    text = ("The mayor of Lusaka met the acting mayor of Harare to compare notes on waste collection.\n\n"
            "\"My experiences in Harare are that Harare and Lusaka are not even sister cities, but we are twin sisters,\" "
            "he said.")
    assert shipped_extract_article(text)["relations"] == []
    # "not yet" only puts it off
    assert frozenset(("Harare", "Lusaka")) in pairs(
        "Harare and Lusaka are not yet sister cities, but the two councils plan to sign an agreement next year.")


def test_a_list_whose_items_carry_their_country_and_year_is_one_list():
    text = ("Yamaguchi Prefecture made sister ties with China's Shandong Province in 1982, South Korea's "
            "Gyeongsangnam-Do in 1987, and Spain's Navarra Province in November 2003.")
    relations = shipped_extract_article(text)["relations"]
    dates = {frozenset((r["a"]["name"], r["b"]["name"])): r["event_date"] for r in relations}
    assert dates == {frozenset(("Yamaguchi Prefecture", "Shandong")): "1982",
                     frozenset(("Yamaguchi Prefecture", "South Gyeongsang")): "1987",
                     frozenset(("Yamaguchi Prefecture", "Navarra")): "2003-11"}


def test_a_holiday_named_after_a_place_is_no_partner():
    text = ("The mayor of Cherkasy signed the sister city agreement with Bath in an online ceremony on "
            "Ukrainian Independence Day eve, and again at the Canada Day fair.")
    found = pairs(text)
    assert not any("Independence" in pair or "Canada" in pair for pair in found)


def test_a_town_of_a_unit_word_located_after_it_is_the_partner():
    # "the town of Makino, in Japan's Shiga Prefecture": the town, which the gazetteer lacks, not the prefecture
    found = pairs("In August 1976 Petoskey formally entered its sister-city agreement with the town of Makino, "
                  "in Japan's Shiga Prefecture.")
    assert frozenset(("Petoskey", "Makino")) in found
    assert not any("Shiga" in " ".join(pair) for pair in found)


def test_clauses_set_apart_by_semicolons_each_have_their_own_subject():
    text = ("Limassol is twinned with Nanjing, Guangzhou and Weinan; Larnaca with Ningbo and Yichang; "
            "Nicosia with Fu Zhou and Qingdao; Ayia Napa with Guangzhou.")
    found = pairs(text)
    assert {frozenset(("Limassol", name)) for name in ("Nanjing", "Guangzhou", "Weinan")} <= found
    assert {frozenset(("Larnaca", name)) for name in ("Ningbo", "Yichang")} <= found
    assert not any("Limassol" in pair and ("Larnaca" in pair or "Nicosia" in pair or "Ningbo" in pair)
                   for pair in found)


def test_an_opening_clause_set_against_the_main_one_pairs_nothing_across():
    text = ("While Gothenburg is another Swedish city that has announced the end of its sister city agreement "
            "with Chinese cities in the past few months, Linköping City previously terminated its agreement "
            "with Guangzhou City.")
    found = pairs(text)
    assert frozenset(("Linköping", "Guangzhou")) in found
    assert not any("Gothenburg" in pair for pair in found)
    # an opening clause that tells no tie is part of the one event
    assert frozenset(("Gothenburg", "Shanghai")) in pairs(
        "While visiting Shanghai last week, the mayor of Gothenburg signed a sister city agreement with his host.")
    # a comma that goes on with "and" does not close the clause; an Indonesian "Sementara" opens no such clause
    assert frozenset(("Taipei", "Quezon City")) in pairs(
        "While Taipei has sister city ties with Manila, and Quezon City in the Philippines, it has none in Vietnam.")
    assert frozenset(("Taipei", "Ho Chi Minh City")) in pairs(
        "Sementara Taipei memiliki hubungan sister city dengan tiga kota di ASEAN yaitu Manila, dan Quezon di "
        "Filipina, serta Ho Chi Minh City di Vietnam.")


def test_a_country_adjective_and_a_unit_word_name_an_unknown_town():
    # "the Chinese city Wusong", without "of": a town the gazetteer lacks, in China
    assert ("Wusong", "CN") in mentioned_places("Kakamega signed a sister city agreement with the Chinese city Wusong.")
    # a known town, then its mayor's name, is no town of three words
    assert not any(name.startswith("Mamak ") for name, _ in mentioned_places(
        "The Mayor of Stari Grad and Mayor of the Turkish municipality Mamak Mesut Akgul signed a twinning agreement."))


def test_a_town_written_right_is_no_slip_of_a_known_namesake():
    # Lynnwood (Washington) is in the towns table; one letter from Lynwood, California, it is still not that place
    text = "Nicola Smith, mayor of Lynnwood, Wash., is looking for a sister city in South Korea."
    places = [m.place.name for ms in read_article(text).places.mentions for m in ms if m.place is not None]
    assert "Lynwood" not in places


def test_earlier_agreements_listed_after_the_news_are_ties_that_exist():
    text = ("Jakarta's governor yesterday signed a memorandum of understanding with Berlin on a sister city "
            "agreement.\n\nPreviously, Jakarta has signed similar agreements with Tokyo, Beijing, Rotterdam, "
            "Casablanca and Seoul.")
    stages = {frozenset((r["a"]["name"], r["b"]["name"])): r["stage"] for r in shipped_extract_article(text)["relations"]}
    assert stages[frozenset(("Jakarta", "Berlin"))] == "mou_signed"
    assert {stages[frozenset(("Jakarta", name))] for name in ("Tokyo", "Beijing", "Rotterdam", "Seoul")} == {"active"}


def test_a_spanish_name_with_de_los_is_read_whole():
    # "San Nicolas de los Garza" is the Mexican city, not San Nicolás de los Arroyos read from its first words
    text = ("The council authorised a sister city relationship with San Nicolas de los Garza, Nuevo Leon, Mexico, "
            "under the guidelines of Sister Cities International.")
    places = [m.place.name for ms in read_article(text).places.mentions for m in ms if m.place is not None]
    assert "San Nicolás de los Garza" in places and "San Nicolás de los Arroyos" not in places


def test_the_articles_own_town_needs_no_locator():
    # local news never says where its own town lies: a name only the towns' table knows, in the
    # headline, that the article gives a mayor or a council, is that town
    title = "Wilsonville council backs a sister city bond with Seto"
    text = ("Wilsonville Mayor Ann Hale told the council on Monday that a delegation would fly to Japan. "
            "The city council voted to propose a sister city relationship between Wilsonville and Seto.")
    found = relations(text, title=title, published="2024-03-05")
    assert [(a, b, country, stage) for a, b, _, country, stage, _, _ in found] == \
        [("Wilsonville", "Seto", "Japan", "proposed")]


def test_a_town_name_given_no_council_or_worn_by_a_person_stays_unread():
    # written twice but given no office, council or people of its own, the name is no place (a
    # surname is as likely); nor is one a first name or an office stands before
    title = "Wilsonville praises the sister city relationship with Seto"
    text = ("Wilsonville said on Monday that the sister city relationship with Seto matters. Wilsonville added "
            "that a delegation would travel in May.")
    assert relations(text, title=title, published="2024-03-05") == []
    title = "Tucker backs a sister city bond with Seto"
    text = ("Councillor Ann Tucker's sister city committee met on Monday. The council will vote next month on a "
            "sister city relationship with Seto; Tucker's council colleagues agree.")
    assert relations(text, title=title, published="2024-03-05") == []


def test_a_long_list_without_a_cue_in_a_twinning_article_lists_the_partners():
    title = "Twenty cities are sister cities of Jakarta"
    text = ("Jakarta has sister city ties with twenty cities, the bureau said on Wednesday.\n\n"
            "The cities that have been working with the capital so far are Seoul, Rotterdam, Casablanca, "
            "Berlin, Bangkok and Hanoi.")
    partners = {b for a, b, *_ in relations(text, title=title, published="2019-02-14") if a == "Jakarta"}
    assert {"Seoul", "Rotterdam", "Casablanca", "Berlin", "Bangkok", "Hanoi"} <= partners


def test_a_long_list_not_introduced_as_partners_pairs_nothing():
    title = "Jakarta signs sister city deal with Seoul"
    text = ("Jakarta signed a sister city agreement with Seoul on Monday.\n\n"
            "Garuda flies from Jakarta to Paris, Rotterdam, Casablanca, Berlin, Bangkok and Hanoi.")
    assert [b for a, b, *_ in relations(text, title=title, published="2024-01-08")] == ["Seoul"]


def test_a_list_of_places_in_an_article_that_never_speaks_of_twinning_pairs_nothing():
    text = ("The airline flies on Mondays to Seoul, Rotterdam, Casablanca, Berlin, Bangkok and Hanoi. "
            "Jakarta is its hub.")
    assert relations(text, published="2019-02-14") == []


def test_list_items_that_open_with_their_year_take_that_year():
    title = "The twelve cities Kansas City calls its sisters"
    text = ("Kansas City has twelve sister cities around the globe.\n\n"
            "Here is when we linked up with each of our sisters: 1967, Seville, Spain; 1972, Kurashiki, Japan; "
            "1973, Morelia, Mexico; 1974, Freetown, Sierra Leone; 1978, Tainan, Taiwan.")
    dated = {b: date for a, b, _, _, _, date, _ in relations(text, title=title, published="2023-01-10")}
    assert {name: dated.get(name) for name in ("Kurashiki", "Morelia", "Freetown", "Tainan")} == \
        {"Kurashiki": "1972", "Morelia": "1973", "Freetown": "1974", "Tainan": "1978"}


def test_a_common_word_before_a_country_is_no_unknown_place():
    # "Yakni" ("namely") opens the list of countries; it is no town of Sweden
    text = ("Empat negara berminat menjalin sister city dengan Surabaya. Yakni, Swedia, Kenya, "
            "Selandia Baru, dan Australia.")
    named = {side["name"] for r in extract_article(text)["relations"] for side in (r["a"], r["b"])}
    assert "Yakni" not in named
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("Yakni, Swedia, Kenya, Selandia Baru, dan Australia.")
    assert [m.core for m in found.mentions if not m.is_country] == []


def test_brackets_after_a_twinning_noun_list_the_partners():
    # a note in brackets after a place qualifies it; brackets after "sister cities" list them
    text = ("The report says that Vancouver's five current sister cities (Odesa, Yokohama, Edinburgh, "
            "Guangzhou and Los Angeles) will be asked to become friendship cities.")
    assert {b for a, b, *_ in relations(text, published="2022-05-10") if a == "Vancouver"} == \
        {"Odesa", "Yokohama", "Edinburgh", "Guangzhou", "Los Angeles"}


def test_a_friend_city_and_a_memorandum_on_friendly_exchanges_are_twinning_words():
    text = "Poti becomes friend city for Maardu, Estonia. The agreement was signed by the two mayors on Friday."
    assert [(a, b) for a, b, *_ in relations(text, published="2018-06-15")] == [("Poti", "Maardu")]
    text = ("Yiwu and Roseau sign memorandum on friendly exchanges. The two sides signed a memorandum on "
            "friendly exchanges between Yiwu City and Roseau City on November 15.")
    assert [(a, b, stage) for a, b, _, _, stage, *_ in relations(text, published="2023-11-20")] == \
        [("Yiwu", "Roseau", "mou_signed")]


def test_macau_and_hong_kong_twin_as_regions_of_china():
    # their own ISO codes make them countries in the gazetteer; as sides of a pair they are China's
    text = "Da Nang signed a friendship and cooperation agreement with Macau in 2023."
    assert [(a, b, kind, country) for a, b, kind, country, *_ in relations(text, published="2023-08-01")] == \
        [("Da Nang", "Macau", "province", "China")]


def test_a_protocol_of_intent_is_a_letter_of_intent():
    assert stage_of("The Protocol of Intent between Kaunas City and Toruń City was signed on February 26, 2016.") \
        == "loi_signed"


def test_the_sister_of_cities_is_a_twinning_word_and_a_person_s_sister_is_not():
    text = ("Bloemfontein is the sister of two prominent Asian cities: Bhubaneswar in India and Nanjing in China.")
    assert {b for a, b, *_ in relations(text, published="2025-01-10") if a == "Bloemfontein"} == {"Bhubaneswar", "Nanjing"}
    from sister_cities.extract.lexicon import TWINNING
    for words in ("Sinta, the sister of the mayor of Surabaya, flew to Seoul on Monday.",
                  "The nuns of Bandung and their sisters in Manila met on Sunday.",
                  "The mayor thanked her sisters and her parents.", "a twin with autism"):
        assert not TWINNING.search(words), words
    assert relations("Sinta, the sister of the mayor of Surabaya, flew to Seoul on Monday.", published="2025-01-10") == []


def test_to_become_twin_with_and_twinness_are_twinning_words():
    title = "Cities of Azerbaijan and Georgia will become twin"
    text = ("Azerbaijani cities of Shamkir and Agstafa will become twin with the Georgian cities of "
            "Marneuli and Bolnisi. Memorandums of twinness will be signed on July 13.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, title=title, published="2023-07-01")}
    assert {frozenset(("Shamkir", "Marneuli")), frozenset(("Agstafa", "Bolnisi"))} <= pairs


def test_two_lists_pair_in_order_only_where_they_line_up_item_for_item():
    # Dashkesan is unknown and Gardabani, alone, is too: the two runs read are two long each, but the
    # second items are Agstafa and Bolnisi, which the lists do not pair
    title = "Cities of Azerbaijan and Georgia will become sister cities"
    text = ("Azerbaijani cities of Shamkir, Agstafa and Dashkesan will become sister cities of the Georgian cities "
            "of Marneuli, Gardabani and Bolnisi respectively.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, title=title, published="2023-07-01")}
    assert frozenset(("Agstafa", "Bolnisi")) not in pairs
    # nor does an opening "On Monday," count as a list's unread first item
    text = "On Monday, Osaka and Kyoto became sister cities of Paris and Boston respectively."
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2024-01-01")} == \
        {frozenset(("Ōsaka", "Paris")), frozenset(("Kyoto", "Boston"))}


def test_a_unit_word_before_a_hyphenated_name_reads_the_whole_name():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("Six youngsters from the city of Minami-Alps, Yamanashi Prefecture, "
                                                    "visited Marshalltown.")
    assert ("Minami-Alps", "JP") in {(m.place.name, m.country) for m in found.mentions if m.place is not None}


def test_two_known_names_glued_after_a_unit_word_are_one_unknown_town():
    # "San Pedro" alone is San Pédro in Ivory Coast and "Alcantara" Alcántara in Spain; glued after
    # "the towns of", they are one town the gazetteer lacks
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    finder = MentionFinder(Gazetteer.default())
    for headline in (False, True):
        found = finder.find("Towns of San Pedro Alcantara and Arenas de San Pedro twinned", headline=headline)
        assert not {m.country for m in found.mentions} & {"CI"}
    text = "The towns of San Pedro Alcantara and Arenas de San Pedro were twinned in a ceremony on Saturday."
    assert relations(text, published="2022-05-03") == []


def test_list_clauses_closing_with_their_year_date_their_items():
    title = "Portland names Lviv a friendship city"
    text = ("The City Council voted on Wednesday to designate Lviv, Ukraine, as a friendship city.\n\n"
            "Portland has nine sister cities. Its oldest relationship is with Sapporo, Japan, since 1959. Under the "
            "leadership of a former mayor, Portland gained more sister cities: Guadalajara, Mexico, in 1983; Ulsan, "
            "South Korea, and Ashkelon, Israel, in 1987; Suzhou, China, and Khabarovsk, Russia, in 1988; and "
            "Mutare, Zimbabwe, in 1991.")
    dated = {b: date for a, b, _, _, _, date, _ in relations(text, title=title, published="2022-06-10")}
    # (Suzhou and Khabarovsk are read as news of the day, not in passing, and so dated by the vote: a
    # limit of the passing model this rule does not touch)
    assert {name: dated.get(name) for name in ("Ulsan", "Ashkelon")} == {"Ulsan": "1987", "Ashkelon": "1987"}


def test_a_place_in_hong_kong_or_macau_is_china_s_as_the_regions_are():
    text = "The district of Sha Tin in Hong Kong signed a friendship city agreement with Busan."
    assert [(a["name"], a["country"]) for r in extract_article(text, published="2024-01-01")["relations"]
            for a in (r["a"], r["b"]) if a["name"] == "Sha Tin"] == [("Sha Tin", "China")]


def test_the_article_s_own_town_of_a_name_two_countries_share_is_the_one_the_article_places():
    # Malmesbury is a town of England and one of South Africa in the towns table; Wiltshire says which
    title = "Malmesbury signs a friendship agreement with Cherkasy"
    text = ("Malmesbury Town Council has signed a friendship agreement with the Ukrainian city of Cherkasy. The "
            "Deputy Lieutenant of Wiltshire attended, with Julia Bowen Malmesbury & District Twinning Association "
            "chair. Malmesbury Town Council will host a delegation in May.")
    found = [(r["a"]["name"], r["a"]["country"], r["b"]["name"])
             for r in extract_article(text, title=title, published="2024-03-05")["relations"]]
    assert found == [("Malmesbury", "United Kingdom", "Cherkasy")]


def test_a_province_as_the_press_abbreviates_it_is_no_place_of_that_name():
    # "Alta." is the Canadian Press's Alberta, not Alta in Norway
    text = ("Lethbridge, Alta., will celebrate 50 years of being twin cities with the Saint-Laurent borough "
            "of Montreal next year.")
    assert "Norway" not in {side["country"] for r in extract_article(text, published="2016-05-01")["relations"]
                            for side in (r["a"], r["b"])}


def test_a_sentence_that_counts_partners_and_the_next_that_names_them_are_one_statement():
    title = "International links"
    text = ("Over four decades Norwich has built friendships with towns across Europe and beyond.\n\n"
            "The twinning movement grew after the war to bring people of former enemies together, and many "
            "large towns, like Norwich, sought partnerships where practical benefits would follow.\n\n"
            "Norwich has five partner or twin towns. They are Rouen (France), Koblenz (Germany), Novi Sad "
            "(Serbia), El Viejo (Nicaragua) and Turku (Finland). There is also a friendship pact between "
            "Norwich and Kandy in Sri Lanka.\n\n"
            "For more on the city's international links, write to the civic office.")
    partners = {b for a, b, *_ in relations(text, title=title, published="2020-03-02") if a == "Norwich"}
    assert {"Rouen", "Koblenz", "Novi Sad", "El Viejo", "Turku"} <= partners


def test_they_are_after_a_sentence_that_counts_no_partners_names_no_partners():
    from sister_cities.extract.text import split_sentences
    assert split_sentences("Norwich has five twin towns. They are Rouen and Koblenz.") == [
        "Norwich has five twin towns. They are Rouen and Koblenz."]
    assert split_sentences("Norwich has five museums. They are open on Sundays.") == [
        "Norwich has five museums.", "They are open on Sundays."]


def test_bulleted_names_under_a_heading_on_twinning_are_one_list():
    text = ("Contact the international office if you would like to host a visiting delegation.\n\n"
            "Norwich's Twin Towns & Friendship City\n\n"
            "- Rouen, France\n\n- Koblenz, Germany\n\n- Novi Sad, Serbia\n\n- Turku, Finland\n\n"
            "- Kandy, Sri Lanka (Friendship City)\n\n"
            "More about the twinning associations can be found on their own pages.")
    partners = {b for a, b, *_ in relations(text, title="International links") if a == "Norwich"}
    assert {"Rouen", "Koblenz", "Novi Sad", "Turku", "Kandy"} <= partners


def test_bulleted_lines_under_a_heading_on_twinning_that_are_sentences_list_nothing():
    from sister_cities.extract.text import _lists_joined
    text = ("Sister city news\n\n- Rouen mayor visits the cathedral with a choir.\n\n"
            "- Koblenz sends a brass band to the summer fair.")
    assert _lists_joined(text) == text


def test_a_pair_listed_without_a_year_takes_the_year_its_item_carries_in_another_list():
    text = ("Norwich's Twin Towns\n\n- Rouen, France\n\n- Koblenz, Germany\n\n- Novi Sad, Serbia\n\n"
            "Norwich has three twin towns. Under Mayor Ann Lee, Norwich gained them one by one: Rouen, "
            "France, in 1959; Koblenz, Germany, in 1978; and Novi Sad, Serbia, in 1985.")
    dates = {b: date for a, b, _, _, _, date, _ in relations(text, title="International links") if a == "Norwich"}
    assert dates == {"Rouen": "1959", "Koblenz": "1978", "Novi Sad": "1985"}


def test_a_unit_word_written_small_after_a_name_chooses_the_region_of_that_name():
    text = ("Jilin and South Korea's Gangwon-do signed a sister province agreement on Monday, the government "
            "of Northeast China's Jilin province said.")
    relation = extract_article(text, published="2019-06-27")["relations"][0]
    assert (relation["a"]["name"], relation["a"]["kind"], relation["b"]["name"]) == ("Jilin", "province", "Gangwon")


def test_a_town_described_as_lying_near_a_city_is_the_partner_not_that_city():
    text = ("The City of Tea Tree Gully two weeks ago signed a sister city partnership with Borodyanka, a "
            "suburban town with a population of about 24,000 residents near Kyiv.")
    assert [(a, b, country) for a, b, _, country, *_ in relations(text, published="2023-06-20")] == [
        ("Tea Tree Gully", "Borodyanka", "Ukraine")]


def test_a_signing_the_visit_will_hold_is_a_plan():
    text = ("The mayor of Detroit arrives on Monday. One of the highlights of the visit will be the signing of "
            "a sister city agreement between Cork and Detroit.")
    assert [stage for *_, stage, _, _ in relations(text, published="2019-03-13")] == ["proposed"]


def test_a_common_word_followed_by_a_country_without_a_town_of_that_name_is_no_place():
    title = "Lusaka Mayor and Inspector General of Police in the US for Sister Cities Foundation"
    text = "In 2014 Lusaka twinned with Albuquerque. The delegation is in New Mexico this week."
    partners = {frozenset((a, b)) for a, b, *_ in relations(text, title=title, published="2017-01-23")}
    assert partners == {frozenset(("Lusaka", "Albuquerque"))}


def test_a_person_named_in_full_before_the_office_held_is_no_place_wherever_the_surname_stands():
    text = ("Bulawayo City Council will this year formalise twinning partnerships with three municipalities in "
            "the region.\n\nThaba Moyo, the mayor of Zimbabwe's second biggest city, said the twinning will be "
            "with Katima Mulilo in Namibia and Polokwane in South Africa.\n\nMoyo said: 'A delegation from "
            "Bulawayo will fly out to Polokwane in the next two weeks.'\n\n'Already we are benefiting from that "
            "informal relationship,' said Moyo.")
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2011-06-06")} == {
        frozenset(("Bulawayo", "Katima Mulilo")), frozenset(("Bulawayo", "Polokwane"))}


def test_a_name_before_the_people_who_come_from_there_is_their_origin_and_a_proposed_agreement_a_plan():
    text = ("Controversy is brewing among some Somali residents in Minnesota over a proposed sister city "
            "agreement between St. Paul and Mogadishu.")
    assert [(a, b, stage) for a, b, _, _, stage, _, _ in relations(text, published="2015-03-02")] == [
        ("Saint Paul", "Mogadishu", "proposed")]


def test_they_are_after_a_sentence_on_sister_cities_that_counts_none_names_no_partners():
    text = ("A group of students from Perth travelled to Kobe to learn about the two sister cities. They are "
            "staying with host families in Kobe and will later visit Osaka and Kyoto.")
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2023-05-01")} == {
        frozenset(("Kōbe", "Perth"))}


def test_bullets_of_headlines_or_of_people_under_a_heading_on_sister_cities_pair_nothing():
    headlines = "Sister city headlines\n\n- Kaohsiung hosts lantern festival\n- Mutare gets new water plant\n"
    people = ("Winners of the sister city photo contest\n\n- Anna Weber, Munich\n- Carlos Ruiz, Seville\n"
              "- Emma Jones, Cardiff\n")
    assert relations(headlines, published="2023-05-01") == []
    assert relations(people, published="2023-05-01") == []


def test_a_dateline_of_a_town_whose_name_opens_with_twin_is_still_a_dateline():
    text = ("Twin Falls, Idaho — Officials in Jerome said their sister city agreement with Kitakata, Japan, "
            "would be renewed.")
    assert [b for a, b, *_ in relations(text, published="2023-05-01") if a == "Twin Falls"] == []


def test_state_as_a_verb_after_a_name_chooses_no_region():
    text = "Records kept in Lagos state that the city signed a sister city agreement with Atlanta in 1974."
    relation = extract_article(text, published="2023-05-01")["relations"][0]
    assert (relation["a"]["name"], relation["a"]["kind"]) == ("Lagos", "city")


def test_a_person_described_as_holding_an_office_in_a_town_is_no_town():
    text = "Maria Kowalska, a town councillor in Lublin, welcomed the twinning agreement signed with Lutsk on Friday."
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2023-05-01")} == {
        frozenset(("Lublin", "Lutsk"))}


def test_a_name_after_another_country_s_adjective_is_no_place_of_a_third_country():
    text = ("Twinning became fashionable after the war, with the most famous partnership involving a link "
            "between the two most-bombed cities: Coventry in the English Midlands and the German city of Dresden.")
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2020-01-10")} == {
        frozenset(("Coventry", "Dresden"))}


def test_two_places_said_to_be_sister_cities_of_a_third_are_no_pair():
    pairs = {frozenset((a, b)) for a, b, *_ in relations("Tacoma and Nanning are sister cities of Davao City.")}
    assert frozenset(("Tacoma", "Nanning")) not in pairs
    assert [frozenset((a, b)) for a, b, *_ in relations("Tacoma and Nanning are sister cities.")] == [
        frozenset(("Tacoma", "Nanning"))]


def test_an_event_named_after_a_city_is_no_partner():
    text = ("Bulawayo is aiming to establish a sister city partnership with a Japanese city in response to the "
            "ongoing Osaka Expo 2025.")
    assert "Ōsaka" not in {b for a, b, *_ in relations(text, published="2025-06-02")}


def test_a_town_the_gazetteer_lacks_named_with_its_unit_word_and_then_its_state_is_the_party():
    text = ("The municipality of Meoqui, Chihuahua, signed a sister city agreement with the city of San "
            "Elizario, Texas.")
    assert [(a, b, country) for a, b, _, country, *_ in relations(text, published="2022-01-20")] == [
        ("Meoqui", "San Elizario", "United States")]


def test_a_town_after_another_country_s_adjective_is_no_namesake_of_a_third_country_but_chinese_taipei_is_taipei():
    assert [(b, country) for a, b, _, country, *_ in
            relations("Suhl has signed a twinning agreement with Ukrainian Podilsk.", published="2024-02-01")
            if b == "Podolsk"] == []
    assert {frozenset((a, b)) for a, b, *_ in
            relations("Mayor of Chinese Taipei signed a sister city pact with Manila.", published="2024-02-01")} == {
        frozenset(("Taipei", "Manila"))}


def test_pairs_the_second_review_found_lost_or_misread_stay_as_the_start_code_read_them():
    def pairs(text):
        return {frozenset((f"{a}", f"{b}")) for a, b, *_ in relations(text, published="2023-05-01")}
    # "A and B were sister cities until ...": only "sister cities of C" gives A and B to C
    assert frozenset(("Medan", "Ichikawa")) in pairs(
        "Medan and Ichikawa were sister cities until Medan signed a new deal with Gwangju.")
    assert frozenset(("Bandung", "Braunschweig")) in pairs(
        "Bandung and Braunschweig are sister cities and Surabaya has ties with Busan.")
    # a city named in an event's name still pairs in the same sentence
    assert frozenset(("Tokyo", "New York City")) in pairs(
        "Ahead of the Tokyo Olympics, Tokyo and New York renewed their sister city ties.")
    # a town placed by a name that is a city of one country and a region of another gets neither's country
    assert not any("Natimuk" in pair for pair in pairs(
        "Ambon signed a friendship agreement with the town of Natimuk, Victoria."))
    # an adjective a neighbour's place may wear changes nothing
    assert frozenset(("Taipei", "Manila")) in pairs("Mayor of Chinese Taipei signed a sister city pact with Manila.")
    assert frozenset(("Macau", "Lisbon")) in pairs(
        "The Portuguese Macau government signed a sister city pact with Lisbon.")


def test_a_country_named_only_as_an_office_holders_nation_places_none_of_the_articles_towns():
    text = ("Sister cities were first promoted by U.S. President Dwight Eisenhower in 1956.\n\n"
            "Victoria's twin cities include Napier, New Zealand; Suzhou, China; and Morioka, Japan.")
    found = extract_article(text, published="2022-03-01")["relations"]
    assert {(r["a"]["name"], r["a"]["country"]) for r in found} == {("Victoria", "Canada")}


def test_a_question_still_open_ends_no_tie():
    assert stage_of("The council will vote Thursday on whether to suspend its relationship with its twin city "
                    "Tver.") != "ended"
    assert stage_of("Lakeside considers suspending ties with its twin city in Russia.") != "ended"
    assert stage_of("The ties are inactive, so the council will discuss ending them.") != "ended"
    assert stage_of("The council voted on Thursday to suspend its relationship with its twin city Tver.") == "ended"


def test_the_partners_a_new_twin_joins_are_the_owners_not_the_new_twins():
    from sister_cities.extract import lexicon as lx
    text = ("The mayors of Honolulu and Nagaoka, Japan, signed a sister-city agreement on Monday.\n\n"
            "Mayor Smith visited Nagaoka last year for its fireworks festival.\n\n"
            "Nagaoka is Honolulu’s 28th sister-city, joining Baguio, Philippines; Baku, Azerbaijan; Mumbai, India; "
            "and Zhongshan, China.")
    found = pairs(text, title="Mayor signs sister-city pact with Nagaoka", published="2010-05-03")
    assert frozenset(("Nagaoka", "Honolulu")) in found
    assert not any("Nagaoka" in pair and len(pair & {"Baguio", "Baku", "Mumbai", "Zhongshan"}) for pair in found)
    # "Tyler's newest sister city": an ordinal or a word of age still names the owner of twins
    assert lx.OWNERS_TWINS_AFTER.match("Honolulu’s 28th sister-city", len("Honolulu"))
    assert lx.OWNERS_TWINS_AFTER.match("Tyler's newest sister city", len("Tyler"))


def test_a_place_after_words_of_nearness_or_distance_only_says_where_another_lies():
    found = pairs("Worcester has been twinned since 1998 with Fano, a resort town on the east coast of Italy, "
                  "near Rimini.", published="2023-05-01")
    assert found == {frozenset(("Worcester", "Fano"))}
    assert not any("Kyiv" in pair for pair in pairs("Lublin signed a twinning charter with Bucha, a town 25 km "
                                                    "north of Kyiv.", published="2023-05-01"))
    assert not any("Lannion" in pair and "Bedwas" in pair for pair in pairs(
        "Caerphilly has been twinned with Lannion since 1991, while Bedwas has been twinned with Ploubezre, "
        "which is about two miles from Lannion.", published="2023-05-01"))


def test_a_school_named_after_two_towns_joined_by_a_hyphen_is_no_pair():
    found = read_article("Hanamaki and Lexington are sister cities. The Lexington-Bedford High School Band "
                         "toured Hanamaki in April.", published="2023-05-01")
    in_school = [(m.core, m.organisation) for ms in found.places.mentions for m in ms if m.core == "Bedford"]
    assert in_school and all(organisation for _, organisation in in_school)
    assert lx_organisation_after(" High School Band") and lx_organisation_after("-Bedford Regional High School")
    assert not lx_organisation_after(" High Street")


def lx_organisation_after(text: str) -> bool:
    from sister_cities.extract import lexicon as lx
    return lx.ORGANISATION_AFTER.match(text) is not None


def test_a_district_named_and_placed_in_a_city_is_the_party_not_the_city():
    found = pairs("Çankaya district in Ankara has become sister cities with Djibouti City.", published="2023-05-01")
    assert found == {frozenset(("Çankaya", "Djibouti City"))}
    # "the west London borough": a city named as an adjective of its part still only says where
    assert not any("London" in pair for pair in pairs(
        "The west London borough signed a twinning charter with Ostrava.", published="2023-05-01"))


def test_between_names_two_so_a_state_after_the_first_only_says_where_it_lies():
    found = pairs("The mayors formalised a Sister City agreement between Somerton, Arizona and Puerto Peñasco.",
                  published="2023-05-01")
    assert found == {frozenset(("Somerton", "Puerto Peñasco"))}


def test_cases_the_review_of_the_sixteenth_session_found_read_as_before():
    def found(text):
        return {(r["a"]["name"], r["a"]["country"], r["b"]["name"], r["stage"])
                for r in extract_article(text, published="2023-05-01")["relations"]}

    def pairs_of(text):
        return {frozenset((a, b)) for a, _, b, _ in found(text)}
    # a head of government of the places' own country places them there
    assert ("Hamilton", "New Zealand", "Wuxi", "agreement_signed") in found(
        "New Zealand Prime Minister Chris Hipkins attended the ceremony at which Hamilton signed a sister city "
        "agreement with Wuxi.")
    # "nearby Calais" is the partner; "outside Fresno City Hall" a building of the party; "hubungan dekat" a close tie
    assert frozenset(("Dover", "Calais")) in pairs_of("Dover councillors voted on Tuesday to twin the town with "
                                                      "nearby Calais.")
    assert frozenset(("Fresno", "Kochi")) in pairs_of("A ceremony was held outside Fresno City Hall to mark 35 years "
                                                      "of sister city ties with Kochi.")
    assert frozenset(("Bandung", "Braunschweig")) in pairs_of(
        "Hubungan dekat Bandung dan Braunschweig sebagai kota kembar sudah terjalin sejak 1960.")
    # a discussion done before the decision ends the tie all the same
    assert {stage for *_, stage in found("After discussing it, Oxford ended its twinning with Perm last year.")} \
        == {"ended"}
    assert {stage for *_, stage in found("Councillors spent an hour discussing the motion before voting to end the "
                                         "twinning of Durham and Kostroma.")} == {"ended"}
    # "between A, B and C" with B of another country than A: three parties
    assert frozenset(("Medan", "Penang")) in pairs_of(
        "The sister city agreement between Medan, Penang and Ichikawa was signed in 2019.")
    # "a Seoul district in the city's west": Seoul only says where Mapo lies
    assert not any("Seoul" in pair for pair in pairs_of(
        "Officials of Mapo, a Seoul district in the city's west, signed a friendship agreement with Tokyo's "
        "Shinjuku ward."))
    # a possibility right before the ending word ends nothing yet
    assert stage_of("The city council may also cut ties with three of its five partners, she said.") != "ended"


def test_a_town_only_the_towns_table_knows_is_placed_by_a_state_written_as_the_press_writes_it():
    found = pairs("Charlottetown has entered into a twin city partnership with Shediac, N.B., the council said.",
                  published="2018-05-01")
    assert frozenset(("Charlottetown", "Shediac")) in found
    # no state after it: the name stays unread
    assert not any("Shediac" in pair for pair in pairs(
        "Charlottetown has entered into a twin city partnership with Shediac, the council said.",
        published="2018-05-01"))


def test_the_twins_listed_after_the_nth_twin_city_of_a_place_are_that_places():
    text = ("The cities of Manila and Bacoor signed a sister city agreement on Monday. Bacoor is the 22nd twin city of "
            "Manila including the City of Dili, Timor-Leste; Beijing, China (2005); Honolulu, Hawaii (1980); and "
            "Winnipeg, Canada.")
    found = pairs(text, published="2017-06-01")
    assert not any("Bacoor" in pair and len(pair & {"Dili", "Beijing", "Honolulu", "Winnipeg"}) for pair in found)
    assert {frozenset(("Manila", "Beijing")), frozenset(("Manila", "Winnipeg"))} <= found


def test_cases_the_second_review_of_the_sixteenth_session_found_read_as_before():
    # "May" the month or a surname, "considerable", "considered", a debate or a discussion about something else:
    # the ending stands
    for text in ("Kraków city council in May suspended its sister-city partnership with Kaliningrad.",
                 "Council leader Brian May suspended the sister-city link with Perm on Monday.",
                 "The council, which is under considerable pressure, suspended its twinning with Tver.",
                 "The twinning with Perm, which is considered a model of its kind, was suspended on Friday.",
                 "After a motion to close the debate, the council voted to suspend its sister city ties with Tver.",
                 "The council, which was due to discuss the budget, instead voted to suspend the twinning with Perm."):
        assert stage_of(text) == "ended", text
    # a surname before a state's possessive is no town; a town of the table must lie near the state named
    assert frozenset(("Richmond", "Saitama")) in pairs(
        "Fletcher, Virginia's sister city coordinator, said Richmond and Saitama will mark 30 years of ties.",
        published="2023-05-01")
    assert not any("Milton" in pair for pair in pairs(
        "Milton, Mass. signed a sister city agreement with Kilkenny on Monday.", published="2023-05-01"))


def test_a_state_whose_name_is_a_common_word_is_a_side_when_joined_to_a_place_abroad_in_a_twinning_sentence():
    assert frozenset(("California", "Guangdong")) in pairs(
        "Governor Brown signed an agreement to establish a sister state relationship between California and the "
        "Guangdong Province of China.", published="2014-09-01")
    # so too a name of several words that is also a common phrase
    assert frozenset(("Federal Way", "Hachinohe")) in pairs(
        "Federal Way and Hachinohe have been sister cities since February 1993.", published="2014-09-01")
    # a region placing a town in a list is no side; an Indonesian word is no state
    assert not any("Scotland" in pair for pair in pairs(
        "Bulawayo has a twinning arrangement with Aberdeen in Scotland, Durban in South Africa and Katima Mulilo.",
        published="2018-05-01"))


def test_a_countrys_possessive_says_which_namesake_a_name_is_wherever_the_article_names_it():
    text = ("Djibouti welcomes sister city agreement between Harar and Arta cities\n\n"
            "The president welcomed the sister city agreement reached between Ethiopia’s Harar and Djibouti’s Arta.\n\n"
            "The two cities agreed to boost their relations during a visit to the city of Arta last week.")
    found = extract_article(text, published="2020-01-24")["relations"]
    assert {frozenset((r["a"]["country"], r["b"]["country"])) for r in found} == {frozenset(("Ethiopia", "Djibouti"))}


def test_cases_the_third_review_of_the_sixteenth_session_found_read_as_before():
    def found(text):
        return {frozenset((r["a"]["name"], r["b"]["name"])): r["a"]["country"] if r["a"]["name"] == "Victoria"
                else r["b"]["country"] for r in extract_article(text, published="2023-05-01")["relations"]}
    # a common-word state joined to a place abroad: only as the sentence's two sides, not as adjectives of people
    assert frozenset(("Washington", "Beijing")) not in found(
        "The Washington and Beijing governments have both praised sister city exchanges.")
    assert frozenset(("Tacoma", "Fuzhou")) in found(
        "Ties between Washington and Beijing have soured, but the sister city link between Tacoma and Fuzhou endures.")
    assert frozenset(("Atlanta", "Ōsaka")) in found(
        "Delta and Osaka officials joined the celebration of the sister city ties between Atlanta and Osaka.")
    # a country's office in a town; a possessive in an aside places that mention alone
    assert frozenset(("Laredo", "Guadalajara")) in found(
        "Mexico's Laredo consulate helped organise the sister city signing between Laredo and Guadalajara.")
    assert found("Victoria and Morioka have been sister cities since 1985, the British Columbia capital said.\n\n"
                 "Australia's Victoria also has sister-state links in Asia.").get(
        frozenset(("Victoria", "Morioka"))) == "Canada"
    # the list after "the Nth sister city of Y" is Y's only where it begins with a place's name
    assert frozenset(("Kyoto", "Boston")) in found(
        "Kyoto became the 5th sister city of Paris, alongside Kyoto's older partners Boston and Florence.")
    assert frozenset(("Iloilo City", "Kaohsiung City")) in found(
        "Iloilo signed as the newest sister city of Incheon, including a pledge to deepen Iloilo's twinning with "
        "Kaohsiung.")


def test_the_sister_cities_of_a_place_named_with_a_plan_beside_them_are_ties_it_has():
    assert stage_of("The square will show a globe marked with the 15 sister cities of Mumbai, i.e. Los Angeles, "
                    "Stuttgart and Yokohama.") == "active"
    assert stage_of("The sister cities of Dnipro were Samara, Krasnoyarsk and Ulan-Ude.") != "active"
    assert stage_of("Bandung wants to become one of the sister cities of Seattle.") == "proposed"


def test_the_cities_are_or_these_include_after_a_count_of_partners_names_them_in_either_language():
    from sister_cities.extract.text import split_sentences
    assert split_sentences("So far, Omaha has six sister cities. The cities are Shizuoka, Japan, and Naas.") == [
        "So far, Omaha has six sister cities. The cities are Shizuoka, Japan, and Naas."]
    assert split_sentences("Omaha has three sister cities. These include Shizuoka in Japan, Naas in Ireland.") == [
        "Omaha has three sister cities. These include Shizuoka in Japan, Naas in Ireland."]
    assert split_sentences("Surabaya memiliki lima kota kembar. Kota-kota tersebut adalah Seattle, Busan dan Kochi.") \
        == ["Surabaya memiliki lima kota kembar. Kota-kota tersebut adalah Seattle, Busan dan Kochi."]
    # neither a count of something else, nor a following sentence that names no place first
    assert len(split_sentences("Omaha has six museums. The cities are Shizuoka, Japan, and Naas.")) == 2
    assert len(split_sentences("Omaha has six sister cities. The visits are planned for May, June and July.")) == 2
    text = ("Omaha will sign a friendship agreement with Carlentini, Italy, in September.\n\n"
            "So far, Omaha has six sister cities. The cities are Shizuoka, Japan, Braunschweig, Germany, "
            "Naas, Ireland, and Yantai, China.")
    partners = {b for a, b, *_ in relations(text, published="2021-09-10") if a == "Omaha"}
    assert {"Shizuoka", "Braunschweig", "Naas", "Yantai", "Carlentini"} <= partners
    text = ("Pemerintah Kota Surabaya menandatangani MoU sister city dengan Kota Liverpool, Inggris.\n\n"
            "Saat ini Surabaya memiliki empat kota kembar. Kota-kota tersebut adalah Seattle, Busan, Kochi dan "
            "Guangzhou.")
    partners = {b for a, b, *_ in relations(text, published="2021-09-10") if a == "Surabaya"}
    assert {"Seattle", "Busan", "Kōchi", "Guangzhou"} <= partners  # (Kochi in Japan, Surabaya's partner)


def test_a_list_before_the_place_whose_twins_it_names_gives_that_place_its_items():
    lead = "Omaha will sign a sister city agreement with Carlentini, Italy, next month. "
    for sentence in ("Shizuoka, Braunschweig and Yantai are Omaha's other sister cities.",
                     "Shizuoka, Braunschweig and Yantai are also sister cities of Omaha.",
                     "Shizuoka (Japan), Braunschweig (Germany) and Yantai (China) are Omaha's sister cities."):
        pairs = {frozenset((a, b)) for a, b, *_ in relations(lead + sentence, published="2021-09-10")}
        assert {frozenset(("Omaha", town)) for town in ("Shizuoka", "Braunschweig", "Yantai")} <= pairs, sentence
        assert not {frozenset(("Shizuoka", "Yantai")), frozenset(("Braunschweig", "Yantai"))} & pairs, sentence
    text = ("Pemerintah Kota Surabaya menandatangani MoU sister city dengan Kota Liverpool, Inggris. "
            "Seattle, Busan dan Kochi merupakan kota kembar Surabaya.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2021-09-10")}
    assert {frozenset(("Surabaya", town)) for town in ("Seattle", "Busan", "Kōchi")} <= pairs
    # two clauses set apart by a comma are no list: Minsk is Malatya's partner alone
    text = ("Cankaya has become sister cities with Djibouti, Merzifon has become sister cities with Dakar in "
            "Senegal, Malatya has become sister cities with Minsk, Belarus.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2021-09-10")}
    assert frozenset(("Dakar", "Minsk")) not in pairs


def test_a_partner_called_by_its_title_sister_city_is_a_tie_that_exists_whatever_the_visit():
    for text in ("In Plymouth, students have returned from a visit to sister city, Kobe, Japan.",
                 "Students from Plymouth visited sister city Kobe, Japan, last week."):
        stages = {frozenset((a, b)): stage for a, b, _, _, stage, *_ in relations(text, published="2017-05-01")}
        assert stages.get(frozenset(("Plymouth", "Kōbe"))) == "active", text
    # a partner still hoped for is not
    stages = {frozenset((a, b)): stage for a, b, _, _, stage, *_ in
              relations("Plymouth will visit potential sister city Kobe, Japan.", published="2017-05-01")}
    assert stages.get(frozenset(("Plymouth", "Kōbe"))) == "proposed"


def test_what_others_want_or_ask_ends_no_tie_and_a_capitals_regime_is_no_place():
    text = ("Ukrainian activists want Philadelphia to suspend its sister city relationship with Nizhny Novgorod, "
            "saying the bond lends cover and legitimacy to a murderous Moscow regime.")
    found = {frozenset((a, b)): stage for a, b, _, _, stage, *_ in relations(text, published="2022-05-01")}
    assert found == {frozenset(("Philadelphia", "Nizhny Novgorod")): "active"}
    text = "Activists asked the council to end the sister city relationship between Philadelphia and Nizhny Novgorod."
    assert [stage for *_, stage, _, _ in relations(text, published="2022-05-01")] == ["active"]
    text = "Philadelphia ended its sister city relationship with Nizhny Novgorod."
    assert [stage for *_, stage, _, _ in relations(text, published="2022-05-01")] == ["ended"]


def test_the_fields_of_a_city_profile_are_no_list_announced_by_the_field_above():
    from sister_cities.extract.text import paragraphs
    text = ("Sister city profile - Beaverton, Oregon (USA)\n\n"
            "• Official website:\n\n• Mayor: Denny Doyle\n\n"
            "• Transportation features: Portland Airport, Port of Portland, highways\n\n"
            "• Sister cities: Cheonan (Korea), Gotemba (Japan), Hsinchu (Taiwan), Trossingen (Germany)")
    assert len(paragraphs(text)) == 5
    assert not {frozenset(("Portland", town)) for town in ("Gotemba", "Hsinchu", "Trossingen")} \
        & {frozenset((a, b)) for a, b, *_ in relations(text, published="2020-01-01")}
    # a list of names under a line that announces it is still one
    text = "Its sister cities are:\n\n• Kobe, Japan\n\n• Seattle, USA\n\n• Busan, South Korea"
    assert paragraphs(text) == ["Its sister cities are: Kobe, Japan; Seattle, USA; Busan, South Korea."]


def test_bonds_of_brotherhood_with_cities_are_twinning_words_of_latin_american_english():
    text = ("Guanajuato maintains bonds of brotherhood with other ancient cities, like Ashland in the United "
            "States; Spoleto, Italy; Segovia, Spain; and Arequipa, Peru.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2018-05-01")}
    assert {frozenset(("Guanajuato", town)) for town in ("Ashland", "Spoleto", "Segovia", "Arequipa")} <= pairs
    # brotherhood alone, between peoples, twins no towns
    assert relations("The mayor of Guanajuato spoke of the brotherhood of the peoples of Spain, Italy and Peru.",
                     published="2018-05-01") == []


def test_the_items_of_a_list_a_countrys_adjective_leads_are_places_of_that_country():
    for text in ("Zamboanga City will sign sisterhood pacts with two Chinese cities, Zhoushan and Guigang.",
                 "Zamboanga City will sign sisterhood pacts with the Chinese cities of Guigang and Zhoushan."):
        found = {b: country for a, b, _, country, *_ in relations(text, published="2015-09-10")}
        assert found == {"Zhoushan": "China", "Guigang": "China"}, text
    # the adjective places only the list it leads
    from sister_cities.extract.lexicon import DEMONYM_LIST_BEFORE
    assert DEMONYM_LIST_BEFORE.search("with two Chinese cities, Zhoushan and ")
    assert not DEMONYM_LIST_BEFORE.search("with two Chinese cities. Officials of ")


def test_a_date_ending_in_one_digit_ends_its_sentence():
    from sister_cities.extract.text import split_sentences
    assert split_sentences("They signed the agreement on Oct. 7. So far, the city has six partners.") == [
        "They signed the agreement on Oct. 7.", "So far, the city has six partners."]
    assert split_sentences("Bupati H. Sukiman signed it.") == ["Bupati H. Sukiman signed it."]


def test_two_places_at_home_that_sign_together_are_the_pair_even_where_the_article_names_partners_abroad():
    text = ("Valenzuela City and Koronadal City signed a sisterhood agreement on Oct. 7 in Koronadal.\n\n"
            "So far, Valenzuela City has forged similar agreements with Bucheon City of Gyeonggi Province in "
            "South Korea.")
    finder = read_article(text, published="2021-10-09").finder
    joined = {frozenset(side.name for side in (c.a, c.b)) for c in finder.find()
              if frozenset((c.a.key, c.b.key)) in finder.joined_at_home}
    assert joined == {frozenset(("Valenzuela", "Koronadal City"))}
    # two places at home with a country named are co-subjects
    text = ("Bloomington and Normal signed sister-city agreements in England and Japan.\n\n"
            "Bloomington approved its relationship with Caibarien in February.")
    assert not read_article(text, published="2003-05-01").finder.joined_at_home


def test_places_both_twinned_with_a_third_are_its_partners_not_each_others():
    for text in ("Both Richmond upon Thames and Sintra are twinned with Fontainebleau in France.",
                 "Richmond upon Thames and Sintra are both twinned with Fontainebleau in France.",
                 "Leeds and Kharkiv, which are both twinned with Lille, sent aid."):
        pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2016-05-01")}
        third = "Lille" if "Lille" in text else "Fontainebleau"
        first, second = ("Leeds", "Kharkiv") if "Leeds" in text else ("Richmond upon Thames", "Sintra")
        assert pairs == {frozenset((first, third)), frozenset((second, third))}, text
    pairs = {frozenset((a, b)) for a, b, *_ in relations("Leeds and Lille are twinned with each other.",
                                                          published="2016-05-01")}
    assert pairs == {frozenset(("Leeds", "Lille"))}


def test_an_italian_article_elided_inside_a_name_keeps_the_name_whole():
    for written, name in (("Cava de’ Tirreni", "Cava de' Tirreni"), ("Cava de' Tirreni", "Cava de' Tirreni"),
                          ("Reggio nell'Emilia", "Reggio Emilia")):
        text = f"It is the 31st anniversary of the sister city partnership between Pittsfield and {written}, Italy."
        assert {b for a, b, *_ in relations(text, published="2017-08-12") if a == "Pittsfield"} == {name}, written


def test_a_town_whose_name_is_a_word_said_to_be_twinned_with_a_known_place_abroad_is_that_town():
    pairs = {frozenset((a, b)) for a, b, *_ in relations(
        "Derby and Osnabrück have been twinned since 1976, as a way of building strong links.", published="2025-01-01")}
    assert pairs == {frozenset(("Derby", "Osnabrück"))}
    assert relations("The derby and Osnabrück fans have been twinned.", published="2025-01-01") == []


def test_items_after_an_owners_twin_towns_and_a_comma_are_no_pair_but_items_after_our_two_sister_cities_are():
    text = "Hexham's connection with its duo of twin towns, Metzingen and Noyon, has thrived for many years."
    assert frozenset(("Metzingen", "Noyon")) not in {frozenset((a, b)) for a, b, *_ in relations(text)}
    text = "We will strengthen the relationship between our 2 sister cities, George Town and Adelaide."
    assert frozenset(("George Town", "Adelaide")) in {frozenset((a, b)) for a, b, *_ in relations(text)}


def test_a_list_closed_by_a_country_and_a_comma_before_also_sister_cities_of_a_place_is_that_places():
    text = ("Las Vegas and Ansan marked ten years as sister cities. Phuket, Thailand, and Huludao, China, are also "
            "sister cities of Las Vegas.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="1997-05-01")}
    assert {frozenset(("Las Vegas", "Phuket")), frozenset(("Las Vegas", "Huludao"))} <= pairs
    assert frozenset(("Phuket", "Huludao")) not in pairs


def test_the_two_cities_of_a_twinning_sentence_that_names_two_places_are_both_parties_not_a_venue():
    text = ("Peter Feldmann, Mayor of Frankfurt, is a frequent visitor to Guangzhou as the two cities have "
            "maintained a sister city relationship for 31 years.")
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2019-05-01")} == {
        frozenset(("Frankfurt", "Guangzhou"))}
    # without a word of twinning in the sentence, a visit and 'links between the two cities' are no tie
    text = ("Mayor of Clarence Doug Chipman said the visit to Binzhou will show the possibility of cultural "
            "links between the two cities.")
    assert relations(text, published="2017-05-01") == []


def test_cases_the_review_of_the_seventeenth_session_found_read_as_before():
    def pairs(text: str) -> set:
        return {frozenset((a, b)) for a, b, *_ in relations(text, published="2023-05-01")}

    # a country's or a region's superlative is no owner of the pair's list
    assert frozenset(("Keighley", "Poix-du-Nord")) in pairs(
        "The festival celebrates Britain's oldest twin towns, Keighley and Poix-du-Nord, which were linked in 1920.")
    assert pairs("Portland and Sapporo are Oregon's oldest sister cities, linked since 1959.") == {
        frozenset(("Portland", "Sapporo"))}
    assert pairs("Medan dan Penang merupakan kota kembar Sumatera Utara yang paling aktif.") == {
        frozenset(("Medan", "Penang"))}
    # a numbered list written inline, and bulleted items with a detail after a colon, are still lists
    for text in ("Seattle's sister cities include 1. Kobe, Japan 2. Tashkent, Uzbekistan 3. Mombasa, Kenya.",
                 "Seattle's sister cities include:\n\n• Kobe, Japan: established 1957\n\n• Tashkent, Uzbekistan: 1973"
                 "\n\n• Mombasa, Kenya: 1981"):
        assert {b for a, b, *_ in relations(text, published="2023-05-01") if a == "Seattle"} == {
            "Kōbe", "Tashkent", "Mombasa"}, text
    assert len(pairs("Bandung memiliki beberapa kota kembar. Yaitu Braunschweig, Fort Worth dan Suwon.")) == 3
    # 'asked' or 'wanted' away from the ending word holds nothing back
    for text in ("Asked why, the mayor said Boulder ended its sister city relationship with Dushanbe in 2022.",
                 "Charlotte, asked by Ukrainian groups, ended its sister city relationship with Voronezh in March."):
        assert [stage for *_, stage, _, _ in relations(text, published="2023-05-01")] == ["ended"], text
    # brotherhood between two capitals is diplomacy, no twinning
    assert relations("Erdogan hailed the ties of brotherhood between Ankara and Baku during his visit.",
                     published="2023-05-01") == []
    # the items of a list its country's adjective leads, as subjects
    assert pairs("Two Chinese cities, Zhoushan and Guigang, signed friendship agreements with Tauranga.") == {
        frozenset(("Zhoushan", "Tauranga")), frozenset(("Guigang", "Tauranga"))}


def test_a_place_is_named_as_the_text_shortens_its_longer_name_but_a_unit_keeps_its_unit_word():
    text = "Accra has been twinned with Freiburg since 2001, and the two cities exchange students every year."
    assert [b for a, b, *_ in relations(text, published="2023-05-01")] == ["Freiburg"]
    text = "Gubernur Sumatera Barat menandatangani kesepakatan Sister Province dengan Provinsi Oryol, Rusia."
    assert [b for a, b, *_ in relations(text, published="2019-05-01")] == ["Oryol Oblast"]


def test_two_places_said_to_be_sister_cities_are_an_existing_tie_whatever_the_sentence_plans_besides():
    text = ("Noting that Panama City and Taipei City are sister cities, the vice president stated that the Taipei "
            "mayor hopes to invite his counterpart to visit Taipei.")
    assert [stage for *_, stage, _, _ in relations(text, published="2011-05-01")] == ["active"]
    text = "Bandung and Braunschweig, which are sister cities, signed an MoU on education."
    assert [stage for *_, stage, _, _ in relations(text, published="2011-05-01")] == ["mou_signed"]


def test_the_adjectives_of_more_countries_choose_the_namesake_and_place_a_town_the_gazetteer_lacks():
    found = {b: country for a, b, _, country, *_ in relations(
        "Kiel signed a twinning agreement with the Belarusian city of Brest.", published="2020-05-01")}
    assert found == {"Brest": "Belarus"}
    found = {b: country for a, b, _, country, *_ in relations(
        "Kiel signed a twinning agreement with the French city of Brest.", published="2020-05-01")}
    assert found == {"Brest": "France"}
    reader = read_article("Kraslava has become a twin town of the Belarusian town Gorki.", published="2020-05-01")
    assert ("Gorki", "BY") in {(m.core, m.country) for ms in reader.places.mentions for m in ms}


def test_a_list_of_pairs_each_joined_by_with_and_placed_by_its_country_is_read_pair_by_pair():
    text = ("Kerja sama sister city banyak dilakukan. Misalnya seperti Sumatera Utara dengan Georgetown, Malaysia dan "
            "Surabaya dengan Liverpool, Inggris dan masih banyak lainnya.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2020-05-01")}
    assert pairs == {frozenset(("North Sumatra", "George Town")), frozenset(("Surabaya", "Liverpool"))}
    text = ("Sister city links tie the two countries: Townsville with Port Moresby, Cairns with Lae and Orange with "
            "Mount Hagen.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2020-05-01")}
    assert {frozenset(("Townsville", "Port Moresby")), frozenset(("Cairns", "Lae"))} <= pairs
    assert frozenset(("Port Moresby", "Cairns")) not in pairs


def test_cases_the_second_review_of_the_seventeenth_session_found_read_as_before():
    def found(text: str) -> set:
        return {(a, b, stage) for a, b, _, _, stage, *_ in relations(text, published="2023-05-01")}

    # plans explored are plans; a city's own human rights body or crackdown leaves it a place
    assert found("Sacramento is exploring the feasibility of a sister city partnership with Jinan.") == {
        ("Sacramento", "Jinan", "proposed")}
    assert found("Oulu is exploring the idea of twinning with Leiden.") == {("Oulu", "Leiden", "proposed")}
    assert {(a, b) for a, b, _ in found("Kharkiv's crackdown on illegal construction was discussed with officials "
                                        "of its sister city Cincinnati.")} == {("Kharkiv", "Cincinnati")}
    assert found("In the Netherlands, Arnhem ended a 21-year sister-city relationship with Wuhan, citing Beijing’s "
                 "deteriorating human rights record.") == {("Arnhem", "Wuhan", "ended")}
    # a tie still conditional is no tie yet
    assert found("If the council approves the plan, Hamilton and Shenzhen are sister cities from next year.") == {
        ("Hamilton", "Shenzhen", "proposed")}
    # adjectives shared by a country and a state, a region or a people choose no country
    result = extract_article("The Georgian city of Columbus signed a sister city agreement with Zugdidi.",
                             published="2023-05-01")
    assert ("Columbus", "Georgia") not in {(side["name"], side["country"]) for r in result["relations"]
                                           for side in (r["a"], r["b"])}
    # a sense of brotherhood is no twinning
    assert relations("Pilgrims spoke of a sense of brotherhood with other cities as visitors from Sarajevo "
                     "arrived in Bethlehem.", published="2023-05-01") == []
    # a tie that exists, and a document still to come, is the tie
    assert found("Lyon and Lodz are sister cities and plan to sign a new cooperation agreement next month.") == {
        ("Lyon", "Łódź", "active")}
    # (a word of friendship before the plan is no tie said to exist)
    assert found("To strengthen the friendship between Bandung and Hamamatsu, the two cities plan to sign a sister "
                 "city agreement next year.") == {("Bandung", "Hamamatsu", "proposed")}


def test_sister_communities_are_twins():
    text = "Durham -- San Ramon Sister Communities is another sisterhood in the area that was created in 1993."
    assert {frozenset((a, b)) for a, b, *_ in relations(text, published="2002-05-01")} == {
        frozenset(("Durham", "San Ramón"))}


def test_the_subject_of_a_twinning_with_a_town_abroad_is_a_place_and_and_is_written_as_an_ampersand():
    text = "Seaford is twinned with the town of Bonningstedt and the former East German town of Crivitz."
    assert {b for a, b, *_ in relations(text, published="2020-05-01") if a == "Seaford"} >= {"Bönningstedt"}
    text = "Canteleu is also twinned with Wolow, Poland & Kongoussi, Burkina Faso."
    assert {b for a, b, *_ in relations(text, published="2020-05-01") if a == "Canteleu"} == {"Wołów", "Kongoussi"}


def test_a_place_named_as_an_adjective_before_sister_cities_owns_the_list_after_it():
    text = ("Montreal will twin with Dublin. Dublin will be joining a long list of Montreal sister cities including: "
            "Busan, South Korea; Hiroshima, Japan; Lyon, France; and Shanghai, China.")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2016-05-01")}
    assert not {p for p in pairs if "Dublin" in p and "Montreal" not in p}  # Montreal's partners, not Dublin's
    pairs = {frozenset((a, b)) for a, b, *_ in relations("Montreal sister cities include Busan, Hiroshima and Lyon.",
                                                          published="2016-05-01")}
    assert pairs == {frozenset(("Montreal", town)) for town in ("Busan", "Hiroshima", "Lyon")}


def test_a_royal_title_a_name_and_a_regnal_number_are_a_person_not_the_town_of_that_name():
    text = ("The twinning oath between Monaco and Dolceacqua was signed on Friday morning at Monaco Town Hall, "
            "witnessed by Prince Albert II.")
    assert "Prince Albert" not in {name for r in relations(text, published="2023-11-01") for name in r[:2]}
    assert relations("Prince Albert is twinned with Whitby.", published="2023-11-01")[0][:2] == (
        "Prince Albert", "Whitby")


def test_a_clause_on_the_last_place_twins_that_place_alone():
    text = "The delegation was to visit Shanghai and Xi’an, a city that is twinned with Quebec City."
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2019-05-01")}
    assert frozenset(("Shanghai", "Quebec City")) not in pairs


def test_plain_lines_of_a_place_and_its_country_under_a_heading_on_partners_are_one_list():
    from sister_cities.extract.text import paragraphs
    text = ("Most of Mobile's active sister cities have local societies here.\n\n"
            "Registered Sister Cities\nGaeta, Italy\nHavana, Cuba\nKatowice, Poland\n\n"
            "Dissolved Sister Cities\nMalaga, Spain\nPau, France")
    assert paragraphs(text)[1:] == ["Registered Sister Cities: Gaeta, Italy; Havana, Cuba; Katowice, Poland.",
                                     "Dissolved Sister Cities: Malaga, Spain; Pau, France."]
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2020-05-01")}
    assert {frozenset(("Mobile", town)) for town in ("Gaeta", "Havana", "Katowice")} <= pairs
    # headlines under a heading that names no partners stay lines
    text = "Latest news\nParis, France\nMadrid, Spain"
    assert paragraphs(text) == ["Latest news", "Paris, France", "Madrid, Spain"]


def test_the_partners_a_newcomer_would_join_are_ties_that_exist():
    text = ("Councillors in Aarhus will vote next week on a twinning with Tartu, Estonia, which asked for it "
            "in a letter.\n\nIf the vote passes, Tartu would join Aarhus's three other twin towns: Gdynia, "
            "Poland; Kiel, Germany; and Karlskrona, Sweden.")
    found = {frozenset((a, b)): (stage, passing) for a, b, _, _, stage, _, passing in relations(
        text, published="2023-03-01")}
    assert found[frozenset(("Aarhus", "Tartu"))] == ("proposed", False)
    assert {found[frozenset(("Aarhus", town))] for town in ("Gdynia", "Kiel", "Karlskrona")} == {("active", True)}
    # a title that lines them all up pairs no newcomer with the partners it joins
    title = "Gdynia, Kiel, Karlskrona ... Tartu? Aarhus weighs a fourth twin town"
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, title=title, published="2023-03-01")}
    assert frozenset(("Aarhus", "Tartu")) in pairs
    assert not {frozenset(("Tartu", town)) for town in ("Gdynia", "Kiel", "Karlskrona")} & pairs
    # the newcomer in a list of what it joins: "a long list of Lyon sister cities including: ..."
    text = ("Mayor Doucet said on Friday that Lyon and Cork will soon sign a twinning charter. Cork will be "
            "joining a long list of Lyon sister cities including: Beirut, Lebanon; Montreal, Canada; and "
            "Yokohama, Japan.")
    found = {frozenset((a, b)): (stage, passing) for a, b, _, _, stage, _, passing in relations(
        text, published="2016-03-05")}
    assert found[frozenset(("Lyon", "Beirut"))] == ("active", True)
    assert found[frozenset(("Lyon", "Cork"))][1] is False


def test_a_place_whose_own_twinning_follows_is_no_partner_of_the_places_before_it():
    text = ("I am glad to be in Seesen again for the 40th anniversary of Wantage's twinning with Seesen and "
            "the 30th anniversary of Seesen's twinning with Josselin.")
    pairs = {frozenset((c.a.name, c.b.name)) for c in read_article(text, None, "2013-06-01").candidates}
    assert frozenset(("Seesen", "Josselin")) in pairs
    assert frozenset(("Wantage", "Josselin")) not in pairs


def test_a_given_name_and_surname_before_a_capitalised_office_are_a_person():
    text = ("Young players from Bergerac visited Ballymena this week. Tom Forbes, Honorary Secretary Ballymena "
            "Rugby Club said: \"It was a joy to bring together the clubs of twin towns Ballymena and Bergerac.\"")
    assert pairs(text, published="2022-05-01") == {frozenset(("Ballymena", "Bergerac"))}


def test_of_namesakes_in_several_countries_the_article_names_the_news_sites_is_meant():
    text = ("Residents who care for the ties between Santa Fe and its sister cities may join the committee. "
            "Santa Fe's sister cities are:\n\n  • Parral, Mexico\n  • Sorrento, Italy\n"
            "  • Santa Fe de Granada, Spain\n  • Tsuyama, Japan")
    found = extract_article(text, published="2022-10-26", url="https://www.santafenm.gov/news/committee")
    assert {(r["a"]["name"], r["a"]["country"]) for r in found["relations"]} == {("Santa Fe", "United States")}
    assert len(found["relations"]) == 4


def test_a_twin_town_called_by_its_countrys_adjective_is_a_tie_that_exists():
    assert stage_of("Pupils met their friends from Wantage’s twin German town when a group from Seesen "
                    "made a return visit.") == "active"
    assert stage_of("Pupils from Wantage will visit Seesen to talk about twinning.") == "proposed"


def test_a_headline_that_says_two_places_become_partners_reports_a_tie_made():
    for made in ("Lublin, Kherson become partner cities", "Faro and Praia (Cape Verde) become twin cities",
                 "Tromsø, Anchorage officially become sister cities"):
        assert stage_of(made) == "agreement_signed"
    for hope in ("Lublin and Kherson to become partner cities", "Lublin and Kherson could become partner cities",
                 "Lublin and Kherson will become partner cities next year",
                 "The tie will grow this weekend when they officially become sister cities",
                 "Port Louis And Xiamen To Become Sister Cities"):
        assert stage_of(hope) != "agreement_signed"


def test_partners_an_owner_had_struck_agreements_with_earlier_are_background_to_the_news():
    text = ("Lublin, Kherson become partner cities\n\nThe Polish city of Lublin has signed a partnership "
            "agreement with the Ukrainian city of Kherson, officials said on Tuesday.\n\nEarlier, Lublin had "
            "struck partnership agreements with Lutsk, Ivano-Frankivsk and Lviv, according to officials.")
    found = {frozenset((a, b)): (stage, passing) for a, b, _, _, stage, _, passing in relations(
        text, published="2023-05-24")}
    assert found[frozenset(("Lublin", "Kherson"))] == ("agreement_signed", False)
    assert {found[frozenset(("Lublin", town))] for town in ("Lutsk", "Ivano-Frankivsk", "Lviv")} == {("active", True)}


def test_a_countrys_adjective_before_twin_town_says_which_namesake_is_meant():
    found = extract_article("Boston's special relationship with its French twin town Laval marks its diamond "
                            "anniversary this year.", published="2010-05-01")
    assert [(r["b"]["name"], r["b"]["country"]) for r in found["relations"]] == [("Laval", "France")]


def test_a_towns_slogan_the_friendly_city_is_no_twinning():
    from sister_cities.extract import lexicon as lx
    assert not lx.TWINNING.search("Visitors are greeted by a sign reading \"Athens, Tennessee – The friendly city.\"")
    for tie in ("Hangzhou is the friendly city of Kanazawa", "Chengdu and Lyon became friendly cities in 1988",
                "the friendly city relationship between Wuhan and Bordeaux"):
        assert lx.TWINNING.search(tie)
    text = "Hangzhou is the friendly city of Kanazawa, and the two signed a new exchange plan."
    assert pairs(text, published="2015-06-01") == {frozenset(("Hangzhou", "Kanazawa"))}


def test_an_owner_that_joins_its_own_partners_keeps_them_and_a_list_far_after_join_is_the_news():
    text = "Gdańsk joined its partner cities Bremen, Turku and Kaliningrad in sending aid to Ukraine."
    assert pairs(text, published="2022-03-01") \
        == {frozenset(("Gdańsk", town)) for town in ("Bremen", "Turku", "Kaliningrad")}
    text = ("Lublin, which joined the European network of twin towns in 1997, signed partnership agreements "
            "with Lutsk, Ivano-Frankivsk and Lviv on Monday.")
    found = {frozenset((a, b)): stage for a, b, _, _, stage, *_ in relations(text, published="2022-03-01")}
    assert {found.get(frozenset(("Lublin", town))) for town in ("Lutsk", "Ivano-Frankivsk", "Lviv")} \
        == {"agreement_signed"}


def test_a_given_name_that_is_a_town_before_an_office_leaves_the_town_in_the_text():
    text = ("Lincoln Harper, Chairman of the Lincoln Twinning Association, said Lincoln and Neustadt an der "
            "Weinstraße would renew their charter.")
    assert pairs(text, published="2022-03-01") == {frozenset(("Lincoln", "Neustadt an der Weinstraße"))}


def test_a_headline_become_in_a_question_a_hope_or_after_a_modal_is_no_tie_made():
    for hope in ("Will Kaunas and Lviv become partner cities?", "Councillors hope Exeter and Rennes become twin towns",
                 "Lublin and Lutsk could soon become partner cities, mayor says",
                 "If Płock and Rivne become partner cities, students will benefit",
                 "The mayors agreed that Aarhus and Turku become partner cities once the councils ratify it."):
        assert stage_of(hope) != "agreement_signed", hope


def test_memoranda_an_owner_had_signed_earlier_keep_their_stage():
    text = ("Lviv and Wrocław signed a twinning agreement on Friday. Earlier this year, Lviv had signed memoranda "
            "with Przemyśl, Lublin and Rzeszów.")
    found = {frozenset((a, b)): stage for a, b, _, _, stage, *_ in relations(text, published="2023-05-01")}
    assert found[frozenset(("Lviv", "Przemyśl"))] == "mou_signed"


def test_rows_of_a_table_of_partners_with_their_dates_are_one_list_under_its_heading():
    from sister_cities.extract.text import paragraphs
    text = ("Gimhae's partners\n\nGimhae has these sister cities and friendship cities.\n\n"
            "International Sister Cities\n\nCities Agreement Dates Population Main industries\n\n"
            "Shimonoseki, Japan '92.10.5 268 Fishing and shipping\n\nMoreton Bay, Australia '01.8.12 480 Tourism\n\n"
            "Zhangjiajie, China 18.09.2005 1,500 Tourism and farming")
    assert paragraphs(text)[-1] == ("International Sister Cities: Shimonoseki, Japan (1992); Moreton Bay, Australia "
                                    "(2001); Zhangjiajie, China (2005).")
    pairs = {frozenset((a, b)) for a, b, *_ in relations(text, published="2020-05-01")}
    assert {frozenset(("Gimhae", town)) for town in ("Shimonoseki", "Zhangjiajie")} <= pairs
    # rows of figures under a heading on anything else stay lines
    text = "Largest cities\n\nBusan, Korea 1995 3,400\n\nIncheon, Korea 1995 2,900"
    assert paragraphs(text) == ["Largest cities", "Busan, Korea 1995 3,400", "Incheon, Korea 1995 2,900"]


def test_in_news_that_speaks_of_towns_and_never_of_cities_a_small_place_is_a_town():
    text = "Wantage is twinned with Noyon, France. The two towns have exchanged visits every year since 1970."
    assert [(b, kind) for _, b, kind, *_ in relations(text, published="2019-06-01")] == [("Noyon", "other")]
    # a city whose size the tables do not give (Bochum), or a British city, is no town for the words
    text = "Sheffield's twin towns are Bochum, Donetsk, Pittsburgh and Anshan. A reception was held in the town hall."
    assert {kind for _, _, kind, *_ in relations(text, published="2019-06-01")} == {"city"}
    text = "Lincoln's twin towns are Neustadt an der Weinstraße and Tangshan. The town hall will host the visitors."
    assert {r["a"]["kind"] for r in extract_article(text, published="2019-06-01")["relations"]} == {"city"}


def test_a_place_that_states_its_partners_is_paired_with_each_at_the_least_reported_confidence():
    text = ("Yellowknife council weighs Ukrainian sister city\n\nThe city of Kamianets-Podilskyi, Ukraine, has "
            "asked Yellowknife to become its sister city.\n\nYellowknife currently has three sister cities: "
            "Fairbanks, Lahti, Finland, and Reykjavik, Iceland.")
    strict = dataclasses.replace(written_against_models(), output_threshold=0.99)  # only what a rule states is reported
    found = shipped_extract_article(text, published="2023-03-01", models=strict)["relations"]
    assert {frozenset((r["a"]["name"], r["b"]["name"])) for r in found} \
        == {frozenset(("Yellowknife", town)) for town in ("Fairbanks", "Lahti", "Reykjavík")}


def test_an_owner_whose_list_holds_its_namesake_abroad_is_the_other_namesake():
    text = ("Christchurch has four twin towns: Aalen in Germany, Tatabanya in Hungary, Christchurch in New Zealand "
            "and Saint-Lo in France.")
    found = {(a, b, country) for a, b, _, country, *_ in relations(text, published="2019-01-01")}
    assert ("Christchurch", "Christchurch", "New Zealand") in found
    assert {r["a"]["country"] for r in extract_article(text, published="2019-01-01")["relations"]} == {"United Kingdom"}
    # a name written with its country and then bare in one sentence is one place
    text = "Subject: sister city relationship with Cartago, Costa Rica. Summary: Cartago has agreed to be a Roseville sister city."
    assert {country for *_, country, _, _, _ in relations(text, published="1993-09-13")} <= {"Costa Rica"}


def test_second_review_joins_without_a_named_owner_and_become_after_a_year_and_a_surname_the_text_uses():
    text = ("Kherson joins family of partner cities: Gdynia, Elbląg and Sopot signed agreements with the Ukrainian "
            "city on Friday.")
    assert {frozenset(("Kherson", "Gdynia")), frozenset(("Kherson", "Elbląg"))} \
        <= pairs(text, published="2022-05-01")
    assert stage_of("In 1947 Oxford and Bonn become twin towns, one of the first links after the war.") \
        != "agreement_signed"
    text = "Tom Preston, Chairman of Preston Twinning Association, said Preston's link with Nîmes was over sixty years old."
    assert pairs(text, published="2022-05-01") == {frozenset(("Preston", "Nîmes"))}


def test_a_table_of_figures_under_a_heading_on_partners_is_no_list_of_them():
    from sister_cities.extract.text import paragraphs
    text = "Sister cities population\nCity Year Population\nNagoya, Japan 1959 2,300,000\nTurin, Italy 1960 870,000"
    assert not any("Nagoya, Japan (1959)" in paragraph for paragraph in paragraphs(text))
    assert relations(text, published="2022-05-01") == []


def test_third_review_the_namesake_of_a_lists_owner_only_as_an_item_of_that_list_and_not_at_home():
    text = ("Christchurch has sister cities: Seattle, Adelaide and Kurashiki, a network that Christchurch in New "
            "Zealand values highly.")
    assert {r["a"]["country"] for r in extract_article(text, published="2019-01-01")["relations"]} == {"New Zealand"}
    text = "Portland has sister cities: Sapporo, Guadalajara and Portland in the United States."
    found = extract_article(text, published="2019-01-01", url="https://www.oregonlive.com/news/x")["relations"]
    assert {r["a"]["country"] for r in found} == {"United States"}


def test_third_review_a_clause_after_a_stated_list_adds_no_partner():
    text = ("Perth has sister cities including Kagoshima, Houston and Seocho, and the state government has trade "
            "offices in Jakarta and Tokyo.")
    strict = dataclasses.replace(written_against_models(), output_threshold=0.99)
    found = shipped_extract_article(text, published="2023-03-01", models=strict)["relations"]
    assert {frozenset((r["a"]["name"], r["b"]["name"])) for r in found} \
        == {frozenset(("Perth", town)) for town in ("Kagoshima", "Houston", "Seocho")}


def test_a_city_a_point_of_the_compass_from_which_a_town_lies_only_locates_it():
    # "Sceaux, a town south of Paris": Paris says where Sceaux lies; it is no partner of the village
    text = ("Llanfairfechan signs twinning pact with Paris suburb\n\nThe Welsh village of Llanfairfechan has signed "
            "a twinning agreement with Sceaux, a town south of Paris. Mayor Dafydd Jones said the charter was signed "
            "at the town hall on Saturday.")
    found = shipped_pairs(text)
    assert found == {frozenset(("Llanfairfechan", "Sceaux"))}
    assert pairs("Leek has been twinned with Este, a town southwest of Padua, since 1995.") == {frozenset(("Leek", "Este"))}


def test_the_towns_at_both_ends_of_a_stretch_a_town_lies_on_only_locate_it():
    # "a Breton town between Rennes and Lorient": the two cities say where the town lies; neither is its
    # partner, while "the twinning between A and B" still joins its two towns
    text = ("Guidel, a Breton town between Rennes and Lorient, has been twinned with Wadebridge since 1990. "
            "Forty visitors from Wadebridge were welcomed by the twinning association last week.")
    found = shipped_pairs(text)
    assert found == {frozenset(("Guidel", "Wadebridge"))}
    assert pairs("The twinning between Leek and Este was sealed in 1995.") == {frozenset(("Leek", "Este"))}


def test_a_story_that_opens_with_its_town_in_capitals_names_the_town():
    # "HULL will reaffirm its link ...": British papers set the first words of a story in capitals
    text = ("Scroll for twin city\n\nHULL will reaffirm its pioneering link with its twin city of Freetown this week, "
            "as Sierra Leone marks fifty years of independence.")
    assert shipped_pairs(text) == {frozenset(("Kingston upon Hull", "Freetown"))}


def test_a_town_a_unit_word_and_a_country_place_is_that_town_wherever_written():
    # "the Municipality of Westerkappel in Germany", then "between Khorixas and Westerkappel": the town the
    # gazetteer lacks is read in the second sentence too
    text = ("Donations came from the twinning agreement between Khorixas Town Council and the Municipality of "
            "Westerkappel in Germany. The twinning agreement between Khorixas and Westerkappel was signed on "
            "December 13, 2014.")
    places = article_places(text)
    assert [(m.core, m.country) for m in places.parties[1]] == [("Khorixas", "NA"), ("Westerkappel", "DE")]
    assert shipped_sides(text) == \
        [("Khorixas", "Westerkappel", "Germany")]


def test_the_old_spelling_propinsi_kembar_is_a_twinning_word():
    text = ("Queensland dan Jawa Tengah Tingkatkan Hubungan Propinsi Kembar\n\n"
            "Queensland dan Jawa Tengah telah mengukuhkan kembali hubungan propinsi kembar mereka yang telah lama "
            "terjalin.")
    assert shipped_pairs(text) == {frozenset(("Queensland", "Central Java"))}


def test_vietnams_own_spelling_of_hanoi_is_hanoi():
    text = "The President called for more pairs of twinning cities, firstly Hà Nội and Los Angeles."
    assert shipped_pairs(text) == {frozenset(("Hanoi", "Los Angeles"))}


def test_a_town_of_the_list_the_text_places_beats_a_shorter_known_name_inside_it():
    # "Subang Jaya City, Selangor": the Malaysian city of the towns' list, not Subang, a regency of Indonesia
    text = "In 2012, Hioki City and Subang Jaya City, Selangor, signed a Friendship City Agreement."
    assert shipped_sides(text) == \
        [("Hioki", "Subang Jaya", "Malaysia")]


def test_a_name_abroad_inside_a_towns_address_is_part_of_the_address():
    # "Lagoa, St. Michael, Azores": São Miguel island, which the gazetteer knows only as Barbados's parish
    text = ("Fairhaven and Lagoa sign Friendship Pact\n\nSelectboard members and officials from the town's newest "
            "sister city, Lagoa, St. Michael, Azores, met at Fairhaven Town Hall to sign the Friendship Pact.")
    places = article_places(text)
    assert [m.core for m in places.parties[1]] == ["Lagoa", "Fairhaven"]
    assert shipped_pairs(text) == {frozenset(("Fairhaven", "Lagoa"))}


def test_a_saints_name_ending_in_s_is_no_possessive():
    text = "Waterford city and St John's in Newfoundland, Canada, were twinned this week."
    assert shipped_sides(text) == \
        [("Waterford", "St. John's", "Canada")]


def test_a_region_and_its_country_after_a_town_say_which_namesake_it_is():
    # "Manta, Cundinamarca, Colombia": Colombia's Manta, which the gazetteer lacks, not Ecuador's port;
    # the department, filed as 'other', only says where it lies
    text = ("The City of Prairie View welcomes Manta, Cundinamarca, Colombia\n\nThe mayor of Manta, Cundinamarca, "
            "Colombia led a delegation to the City of Prairie View, Texas, to sign a sister city agreement on "
            "December 9, 2013.")
    assert shipped_sides(text) == \
        [("Prairie View", "Manta", "Colombia")]


def test_a_sentence_about_a_city_of_another_country_does_not_lend_its_possessive_to_the_main_place():
    # "The northeastern French city invited its twin city of Karlsruhe": Nancy's twin, not Lublin's
    text = ("Lublin pledges to support Ukrainian cities\n\nAuthorities from Lublin, France's Nancy, as well as "
            "Karlsruhe and Münster from Germany, signed a statement in Poland on Tuesday. The four partners got "
            "together at the initiative of Nancy. The northeastern French city invited its twin city of Karlsruhe "
            "in southwestern Germany. Meanwhile, Lublin secured the participation of its twin city, Münster.")
    found = shipped_pairs(text)
    assert frozenset(("Lublin", "Münster")) in found
    assert frozenset(("Lublin", "Karlsruhe")) not in found


def test_the_short_form_of_a_long_name_the_article_gives_is_that_place():
    # "The Royal Borough of Kingston upon Thames", then "twinning Kingston to Jaffna": not Kingston, Jamaica
    text = ("The Royal Borough of Kingston upon Thames has formally twinned with Jaffna, Sri Lanka\n\n"
            "A delegation from Jaffna visited the borough this week. The visit ended with a ceremony twinning "
            "Kingston to Jaffna last night in the Guildhall.")
    places = article_places(text)
    assert {m.place.name for ms in places.mentions for m in ms if m.core.startswith("Kingston")} \
        == {"Kingston upon Thames"}
    assert shipped_pairs(text) == {frozenset(("Kingston upon Thames", "Jaffna"))}


def test_the_short_form_of_a_town_named_after_its_landform_is_that_town():
    # "Newport Beach and Ensenada officials", then "between Newport and Ensenada": not Newport, Rhode Island;
    # a headline may shorten the name before the body gives it whole ("Rehoboth" over "Rehoboth Beach")
    text = ("Cities' leaders talk exchange\n\nWhen Newport Beach and Ensenada officials dined together Friday, they "
            "toasted the sister-city relationship between Newport and Ensenada.")
    assert shipped_sides(text) == [("Newport Beach", "Ensenada", "Mexico")]
    text = ("Rehoboth delegation celebrates Ferrara\n\nRehoboth Beach now has an Italian garden.\n\nThe sister "
            "cities agreement between Ferrara and Rehoboth was signed in 2010.")
    assert {m.place.name for ms in article_places(text).mentions for m in ms if m.core == "Rehoboth"} \
        == {"Rehoboth Beach"}
    # but not where the short name is a region or a large city of its own
    assert shipped_pairs("Miami Beach signed a sister city agreement with Santa Marta. Mayors from Miami and "
                         "Bogotá attended.") == {frozenset(("Miami Beach", "Santa Marta"))}
    places = article_places("Virginia Beach and Miyazaki celebrated their sister city ties. Virginia lawmakers came.")
    assert {m.place.name for ms in places.mentions for m in ms if m.core == "Virginia"} <= {"Virginia"}


def test_a_name_then_its_district_and_country_is_the_long_name_of_that_country():
    # "Greve in Chanti, Italy" (misspelt): Greve in Chianti, not Greve in Denmark
    text = ("Rehoboth delegation celebrates Greve\n\nAs sister-city Greve in Chanti, Italy, celebrated Verrazzano "
            "Day, two dozen people from Rehoboth joined in. The sister cities agreement between Greve and Rehoboth "
            "was signed in Greve in 2010.")
    names = {(m.place.name, m.country) for ms in article_places(text).mentions for m in ms if m.core == "Greve"}
    assert names == {("Greve in Chianti", "IT")}
    # the district is part of the name, no town of its own in a list of partners
    found = pairs("Haapsalu is twinned with: Bethlehem, Palestine; Eskilstuna, Sweden; Greve in Chianti, Italy; "
                  "Hanko, Finland; Rendsburg, Germany.")
    assert frozenset(("Haapsalu", "Greve in Chianti")) in found and not any("Chianti" in pair for pair in found)


def test_a_countrys_people_named_in_the_article_place_a_bare_namesake():
    # "medical equipment for Palestinians": Bethlehem in Palestine, not the larger South African town
    text = ("Saint Herblain\n\nOn 17 July 1992 the twinning agreement was signed between Bethlehem Municipality and "
            "the municipality of Saint Herblain. In 1996 St. Herblain gave money for medical equipment for "
            "Palestinians.")
    assert {r["b"]["country"] for r in extract_article(text)["relations"]} == {"Palestine"}


def test_the_town_after_the_building_where_a_document_was_signed_is_where_not_who():
    # "menandatangani MoU ... di The Elysette, Namur": Namur is where West Java and Wallonia signed
    text = ("Jabar Resmi Bersaudara dengan Wallonia Belgia\n\nGubernur Jawa Barat bersama Presiden Menteri Wallonia "
            "Region resmi menandatangani Memorandum of Understanding (MoU) Kerja Sama Provinsi Bersaudara di The "
            "Elysette, Namur pada Senin (11/10/17).")
    assert pairs(text, published="2017-10-12") == {frozenset(("West Java", "Wallonia"))}


def test_a_name_after_a_courtesy_title_is_a_person_wherever_it_stands_alone():
    # "Mr Livingstone" (and "Ken Livingstone"): the mayor, not Livingstone in Zambia, in the headline too
    text = ("Livingstone set to twin London with Third World capitals\n\nTwinning is set to make a comeback under a "
            "new campaign by Ken Livingstone to link London with Third World capitals. Mr Livingstone has now "
            "decided to set up special ties with Delhi, Dhaka and Kingston.")
    found = pairs(text)
    assert found and not any("Livingstone" in pair for pair in found)


def test_the_first_part_of_a_hyphenated_name_the_article_opens_with_is_that_place():
    # "Petropavlovsk-Kamchatsky", then "Petropavlovsk": the Russian city, not Petropavl in Kazakhstan
    text = ("Twin cities for Petropavlovsk-Kamchatsky\n\nDeputies of Petropavlovsk-Kamchatsky will consider twin-city "
            "relations with cities in Japan and China. The mayor pointed to the investment potential of "
            "Petropavlovsk.")
    places = article_places(text)
    assert {m.place.country for ms in places.mentions for m in ms if m.core.startswith("Petropavl")} == {"RU"}
    assert pairs(text) == set()


def test_a_place_whose_office_holder_speaks_after_a_list_is_no_item_of_it():
    # "... with Lublin (Poland) and Kosice (Slovakia) in 2018, Vitebsk Mayor Viktor Nikolaikin said": Vitebsk is
    # who plans, not a third partner that makes the list one of three countries (and the article Russian)
    text = ("Vitebsk plans to twin with Lublin, Kosice in 2018\n\nVitebsk plans to establish twinning relations with "
            "the cities of Lublin (Poland) and Kosice (Slovakia) in 2018, Vitebsk Mayor Viktor Nikolaikin said. "
            "In 2017 Vitebsk established partnerships with Russia's Irkutsk, Volgograd and Saratov.")
    found = pairs(text, published="2017-12-28")
    assert {frozenset(("Vitebsk", "Lublin")), frozenset(("Vitebsk", "Košice"))} <= found
    assert not any("Irkutsk" in pair and "Vitebsk" not in pair for pair in found)


def test_twinnings_in_the_plural_are_twinning_words():
    # "Omaha's twinnings with Siauliai in Lithuania, Braunschweig in Germany, and Shizuoka in Japan"; a heading
    # "Twinnings" over a numbered list of partners
    text = ("Omaha takes its twinnings seriously\n\nLast year there were 34 events involving Omaha's twinnings with "
            "Siauliai in Lithuania, Braunschweig in Germany, and Shizuoka in Japan.")
    assert {frozenset(("Omaha", p)) for p in ("Šiauliai", "Braunschweig", "Shizuoka")} <= pairs(text)


def test_the_second_readers_probes_of_the_thirty_third_session_read_as_a_reader_would():
    # a short name that is a city of its own is no short form ("Wichita" after "Wichita Falls")
    found = shipped_pairs("Wichita Falls teacher joins Orleans trip\n\nA teacher from Wichita Falls joined the Wichita "
                  "delegation visiting Orleans in France this week. Orleans has been a sister city of Wichita since 1944.")
    assert frozenset(("Wichita", "Orléans")) in found and frozenset(("Wichita Falls", "Orléans")) not in found
    # a month after "to" is a date the agreement is extended to, no new country
    assert stage_of("Perth and Kagoshima agreed to extend the agreement to March 2030, keeping their sister city "
                    "ties going.") == "renewed"
    # a courtesy title alone does not make a town's name a person's throughout
    assert shipped_pairs("News\n\nChester and Lorrach celebrated sixty years of twinning this week. Ms Chester, who chairs "
                 "the twinning association, said it was a joy.") == {frozenset(("Chester", "Lörrach"))}
    assert shipped_pairs("News\n\nBirmingham and Lyon celebrated seventy years of twinning this week. Mr Lyon, a Birmingham "
                 "councillor, said it was a joy.") == {frozenset(("Birmingham", "Lyon"))}
    # places listed after "at" are no building where something was signed
    assert frozenset(("Lille", "Brno")) in shipped_pairs("News\n\nLeaders met at Dortmund, Lille and Brno to sign a sister "
                                                  "city pact with Leeds.") \
        or shipped_pairs("News\n\nLeaders met at Dortmund, Lille and Brno to sign a sister city pact with Leeds.") \
        == shipped_pairs("News\n\nLeaders met in Dortmund, Lille and Brno to sign a sister city pact with Leeds.")


def test_a_clause_that_places_a_town_in_a_state_abroad_picks_that_namesake():
    # "Dunedin, which is located on Florida's gulf coast": Dunedin, Florida, not New Zealand's city
    text = ("Provost welcomes visitors from Stirling's sister city Dunedin\n\nThe provost welcomed visitors from sister "
            "city Dunedin last week. The mayor spoke of the Scottish influence in Dunedin, which is located on "
            "Florida's gulf coast. The ties between Dunedin and Stirling go back to 1964.")
    assert [(r["b"]["name"], r["b"]["country"]) for r in package_extract_article(text)["relations"]
            if r["a"]["name"] == "Stirling"] == [("Dunedin", "United States")]
    # a clause placing it where the namesake read lies changes nothing
    text = text.replace("located on Florida's gulf coast", "located in Otago")
    assert {r["b"]["country"] for r in package_extract_article(text)["relations"]} <= {"New Zealand"}


def test_an_everyday_word_opening_the_title_and_never_written_again_is_no_place():
    # "Nice try: ...": the pun of a headline, not the French city, which the story never names
    text = ("Nice try: Council to strengthen twinning links with rugby match\n\n"
            "Douglas is strengthening its twinning links with Ballymoney by hosting a rugby match this Saturday. "
            "The Mayor said twinning agreements are very much part of the council's plans.")
    places = article_places(text)
    assert "Nice" not in {m.core for ms in places.mentions for m in ms}
    assert not any("Nice" in pair for pair in shipped_pairs(text))


def test_a_sentence_on_twinning_over_bulleted_names_leads_the_list_in():
    # "The District has sister-city agreements with a dozen cities around the world." over "» Accra, Ghana" ...
    text = ("D.C. renews its ties with Bangkok\n\nThe District renewed its sister-city agreement with Bangkok on "
            "Friday, as D.C. Mayor Vincent Gray signed an updated agreement. D.C. officials said the tie would help "
            "the economy of D.C.\n\nThe District has sister-city agreements with a dozen cities around the world.\n\n"
            "» Accra, Ghana\n\n» Ankara, Turkey\n\n» Athens, Greece\n\n» Dakar, Senegal\n\n"
            "Officials said the programme costs nothing.")
    found = shipped_pairs(text)
    assert {frozenset(("Washington, D.C.", name)) for name in ("Bangkok", "Accra", "Ankara", "Athens", "Dakar")} <= found


def test_a_division_name_several_countries_give_is_placed_by_the_country_after_it():
    # "Central Province of Zambia": Kenya, Sri Lanka and Papua New Guinea have one too, and "Central" is a word
    text = ("Ambassador meets the Minister of Central Province of Zambia\n\nThe ambassador hoped both sides would "
            "use the establishment of the sister province relationship between Jiangxi Province and Central "
            "Province to deepen cooperation.")
    relations = package_extract_article(text)["relations"]
    assert {(r["a"]["name"], r["a"]["country"], r["b"]["name"], r["b"]["country"]) for r in relations} in (
        {("Central Province", "Zambia", "Jiangxi", "China")}, {("Jiangxi", "China", "Central Province", "Zambia")})


def test_a_japanese_unit_word_after_a_hyphen_stays_part_of_the_name_whatever_its_capital():
    # "Kawakami-Mura, Japan": the village of Kawakami, not a place called "Mura"
    text = "Watsonville established its first Sister Cities partnership in 1986 with Kawakami-Mura, Japan."
    relations = package_extract_article(text)["relations"]
    assert [(r["b"]["name"], r["b"]["country"]) for r in relations if r["a"]["name"] == "Watsonville"] == \
        [("Kawakami", "Japan")]


def test_the_pair_a_sentence_names_between_with_their_countries_is_the_pair_even_abroad():
    # "the Meridian Twinning between Tema, Ghana, and the UK's Royal Borough of Greenwich": Tema and Greenwich
    # are the pair (each with its country beside it), whatever the word before "Twinning"
    text = ("The 25th anniversary of the Meridian Twinning between Tema, Ghana, and the UK's Royal Borough of "
            "Greenwich was celebrated on September 14, 2024, in Greenwich.")
    assert not any("Meridian" in pair for pair in shipped_pairs(text))


def test_the_second_readers_near_misses_stay_as_they_were():
    # a second reader's probes around this session's mends: a saint's church or quarter is no town, a
    # "Kingston, Jamaica" the text writes keeps its place, capitals of an everyday word are no town, and a
    # long name written after its short one is another place
    assert shipped_pairs("St John's cathedral hosted the ceremony where Coventry signed a twinning charter with "
                         "Dresden.") == {frozenset(("Coventry", "Dresden"))}
    found = shipped_pairs("The Royal Borough of Kingston upon Thames is twinned with Oldenburg. Separately, "
                          "Kingston, Jamaica, signed a sister city agreement with Shenzhen.")
    assert frozenset(("Kingston upon Thames", "Shenzhen")) not in found
    found = shipped_pairs("READING the council report aloud, the mayor of Leeds said the twinning with Dortmund, "
                          "Germany will be renewed.")
    assert found == {frozenset(("Leeds", "Dortmund"))}
    found = shipped_pairs("Tamworth signed a twinning charter with Weil, a town in Bavaria. Weil am Rhein is a "
                          "different town.")
    assert not any("Weil am Rhein" in pair for pair in found)


def test_a_middle_initial_keeps_a_persons_name_whole():
    # "Governor Maria T. Santos Rivera": the initial does not end the name, so "Rivera", later alone, is
    # the governor and not a place of that name; and the name is signed whole
    text = ("Visiting Guam Governor Maria T. Santos Rivera signed a sister-city agreement with the city of "
            "Kaohsiung. Rivera travelled to Kaohsiung on March 5 to sign the sister-city agreement.")
    assert not any("Rivera" in pair for pair in shipped_pairs(text))
    text = "Mayor John Q. Tanner of Dubuque signed a sister city agreement with Dorfen, Germany."
    signatories = [s["name"] for r in package_extract_article(text)["relations"] for s in r["signatories"]]
    assert "John Q. Tanner" in signatories


def test_a_towns_twinned_towns_are_ties_that_exist():
    assert stage_of("Every spring, choirs from Dunmore's twinned towns of Lisieux and Rheinbach visit.") == "active"
    assert stage_of("Every spring, choirs from Dunmore's twin towns of Lisieux and Rheinbach visit.") == "active"


def test_a_friendship_province_or_city_in_indonesian_is_a_twinning():
    text = ("Pada tahun 2021 Sichuan dan Sumatera Barat menandatangani surat niat untuk menjadi provinsi sahabat. "
            "Kini keduanya akan menandatangani kesepakatan kota sahabat.")
    assert shipped_pairs(text) == {frozenset(("West Sumatra", "Sichuan"))}
    # a city friendly to children is no twinning
    assert shipped_pairs("Kota Padang dan Kota Medan sama-sama ingin menjadi kota sahabat anak.") == set()


def test_a_sisterhood_declaration_or_protocol_is_a_twinning_word():
    text = ("The city of Herat formally declared its support, with its mayor and that of Mashhad City signing what "
            "they termed a sisterhood declaration.")
    assert shipped_pairs(text) == {frozenset(("Herat", "Mashhad"))}


def test_a_place_said_to_be_anothers_partner_is_a_tie_that_exists():
    assert stage_of("Mengingat Kobe adalah Sister City dari Kota Medan.") == "active"
    assert stage_of("Kendal is a twin town of Rinteln.") == "active"
    assert stage_of("Rombongan DPRD melakukan kunjungan ke \"sister city\" yaitu Kyoto dan Daegu.") == "active"
    assert stage_of("Kunjungan ini dalam rangka implementasi kerja sama sister city antara Kota Bogor dan "
                    "Saint Louis.") == "active"
    # a plan to explore a partner, whatever the list word after it, is still a plan
    assert stage_of("Kota Padang akan menjajaki sister city yaitu dengan Kota Hamamatsu.") == "proposed"


def test_a_name_the_gazetteer_lacks_does_not_break_a_list_of_partners():
    # "Bakor" is no place the gazetteer knows: the items around it are still one list, not a pair of
    # its first item with the rest
    found = shipped_pairs("Among Foo's sister cities are Delhi, Isfahan, Bakor, Ankara, Berlin, New York.")
    assert not any("Delhi" in pair and "Isfahan" in pair for pair in found)
    assert not any("Delhi" in pair and "Berlin" in pair for pair in found)


def test_a_sentence_opening_with_namely_goes_on_from_the_one_before():
    from sister_cities.extract.text import sentences
    text = ("Langkah pertama yang akan dilakukan yakni kerja sama sister city. Yaitu antara Kota Tegal dengan "
            "salah satu kota di Tiongkok.")
    assert len(sentences(text, None)) == 1
    assert [(r["a"]["name"], r["b"]["name"], r["b"]["country"]) for r in package_extract_article(text)["relations"]] \
        == [("Tegal", None, "China")]


def test_the_second_readers_cases_of_the_twenty_first_session_read_as_they_should():
    # "X's twinned towns of A and B": X owns both ties (not a pair of A and B), and "former" ends them
    assert shipped_pairs("Northampton's twinned towns of Poitiers and Marburg sent delegations to the carnival.") == {
        frozenset(("Northampton", "Poitiers")), frozenset(("Northampton", "Marburg"))}
    text = "Northampton's former twinned towns of Poitiers and Marburg ended their links with the borough in 2012."
    relations = package_extract_article(text)["relations"]
    assert {(r["a"]["name"], r["b"]["name"], r["stage"]) for r in relations} == {
        ("Northampton", "Poitiers", "ended"), ("Northampton", "Marburg", "ended")}
    # a tie that was ("dulunya adalah"), or whose cooperation ended ("kerja sama itu berakhir"), is no tie now;
    # a visit that ended is no ending
    assert stage_of("Kota Medan dulunya adalah sister city dari Kota Ichikawa, namun kerja sama itu berakhir "
                    "pada 2010.") == "ended"
    assert stage_of("Kunjungan kerja sama sister city ke Busan berakhir hari ini.") != "ended"
    # "Yaitu" goes on from a sentence on twinning only: after a meeting in Jakarta, the partners of the
    # meeting are read as before
    from sister_cities.extract.text import sentences
    assert len(sentences("Wali Kota Cirebon menghadiri rapat di Jakarta. Yaitu rapat sister city bersama Kota "
                         "Zhangzhou dan Kota Suwon.", None)) == 2
    assert frozenset(("Kaunas", "Kharkiv")) in shipped_pairs(
        "Kaunas and Kharkiv signed a declaration of sisterhood on Friday in Kaunas.")


def test_a_place_written_as_one_of_its_names_in_capitals_is_that_place():
    # "HCM City" is a name of Ho Chi Minh City, as "HCMC" is; "UB City" names no place it is a name of
    found = shipped_sides("Officials promoted the partnership between Kosice and its sister city HCM City.")
    assert [(a, b) for a, b, _ in found] in ([("Košice", "Ho Chi Minh City")], [("Ho Chi Minh City", "Košice")])
    assert shipped_pairs("Staff of the UB City Mayor's Office signed a sister city agreement with Incheon.") == set()


def test_a_consulate_general_written_with_ri_is_a_body_not_a_place():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find(
        "Kunjungan ke Davao dan General Santos didasari surat dinas dari Konsulat Jenderal RI Davao.").mentions
    assert [m.organisation for m in found if m.surface == "Davao"] == [False, True]


def test_another_storys_cooperation_in_its_headline_below_the_story_is_no_twinning():
    # related headlines under a story on a twinning speak of other cooperation, which no word of
    # theirs calls a twinning
    text = ("Pemerintah Provinsi DKI Jakarta dan Kota Los Angeles memperkuat hubungan sister city yang terjalin "
            "sejak 1990.\n\nGubernur bertemu Wali Kota Los Angeles di Balai Kota pada Senin.\n\nBerita Terkait\n\n"
            "DKI Tingkatkan Kerja Sama dengan Casablanca\n\nPemprov DKI Jalin Kerja Sama dengan Istanbul")
    assert shipped_pairs(text, published="2018-04-23") == {frozenset(("Jakarta", "Los Angeles"))}
    # a related headline that does speak of twinning still names a tie, in passing
    text = text.replace("DKI Tingkatkan Kerja Sama dengan Casablanca", "DKI dan Casablanca Resmi Jadi Kota Kembar")
    assert frozenset(("Jakarta", "Casablanca")) in shipped_pairs(text, published="2018-04-23")


def test_other_places_ties_with_a_countrys_cities_are_not_the_storys_partner():
    text = ("The Izmir Metropolitan Municipality has officially annulled its sister city agreement with Tel Aviv.\n\n"
            "The council said the decision followed the war.\n\n"
            "Previously, four municipalities, including the cities of Adana, Antalya and Edirne and Istanbul's "
            "Kadikoy district, had canceled their sister city agreements with Israeli cities.")
    assert shipped_pairs(text) == {frozenset(("İzmir", "Tel Aviv"))}
    # the story's own place cutting its ties with "Russian cities" keeps its partners named elsewhere
    text = ("Dnipro has severed sister city relations with Russian cities, the mayor said.\n\n"
            "The sister cities of Dnipro were Samara, Krasnoyarsk and Ulan-Ude.")
    assert frozenset(("Dnipro", "Samara")) in shipped_pairs(text)


def test_an_embassys_seat_and_a_bracketed_read_also_are_no_party():
    # "The Indonesian Embassy in Canberra": where the embassy sits, not a partner of the pair it speaks of
    assert shipped_pairs("The Indonesian Embassy in Canberra said Bandung and Adelaide would sign a sister city "
                         "agreement next month.") == {frozenset(("Bandung", "Adelaide"))}
    # "(Baca juga: ...)" inside a paragraph points to another story, as a "Baca juga" line does
    text = ("Los Angeles and Jakarta marked 25 years as sister cities on Friday. (Baca juga: DKI Tingkatkan Kerja "
            "Sama dengan Casablanca) The governor said the partnership would expand to transport.")
    assert shipped_pairs(text) == {frozenset(("Jakarta", "Los Angeles"))}


def test_a_region_with_its_unit_word_written_small_is_a_side_joined_by_and():
    # "Washington state and Hyogo": the unit word after the first side, or the second side's country
    # before it, still joins the two sides of a sister-state tie (a state's name is also a common word)
    assert shipped_pairs("Washington state and Hyogo marked fifty years as sister states on Tuesday.") == {
        frozenset(("Washington", "Hyogo Prefecture"))}
    assert shipped_pairs("Officials of Washington state and Japan's Hyogo prefecture marked their sister-state "
                         "relationship with a dinner.") == {frozenset(("Washington", "Hyogo Prefecture"))}
    assert shipped_pairs("Jilin province and Washington renewed their sister-state agreement.") == {
        frozenset(("Jilin", "Washington"))}


def test_a_county_followed_by_a_verb_of_two_subjects_does_not_place_the_town_before_it():
    # a headline's comma for "and": Laoag stays the Philippine city; a state with a namesake of the
    # town there still places it ("Birmingham City, Alabama sign ...")
    sides = {r["a"]["name"]: r["a"]["country"] for r in package_extract_article(
        "Laoag City, Honolulu County renew sisterhood ties")["relations"]}
    assert sides == {"Laoag": "Philippines"}
    relations = package_extract_article("Kingston, Jamaica and Birmingham City, Alabama sign Sister Cities "
                                        "Agreement")["relations"]
    assert {r["b"]["country"] for r in relations if r["b"]["name"] == "Birmingham"} == {"United States"}


def test_the_county_of_a_name_is_the_gazetteers_county_of_that_name():
    assert shipped_sides("Davao City signed a sister city agreement with the County of Kauai on Monday.") == [
        ("Davao City", "Kauai County", "United States")]


def test_a_partner_of_the_owners_own_country_keeps_the_rest_of_its_list():
    # "X has four sister cities: A, B, C and D" with A in X's own country: all four are X's partners,
    # not pairs of two sides across the sentence
    assert shipped_pairs("Calgary has four sister cities: Quebec City, Daqing, Phoenix and Jaipur.") == {
        frozenset(("Calgary", other)) for other in ("Quebec City", "Daqing", "Phoenix", "Jaipur")}


def test_a_sister_to_a_count_of_cities_lists_the_owners_partners_with_their_years():
    relations = package_extract_article(
        "For decades, Edmonton has been considered a sister to four cities: Gatineau, Que., in 1967; Harbin, "
        "China, in 1985; Nashville, Tenn., in 1990; and Wonju, South Korea, in 1998.", published="2017-06-01")
    assert {(r["b"]["name"], r["event_date"]) for r in relations["relations"]} == {
        ("Gatineau", "1967"), ("Harbin", "1985"), ("Nashville", "1990"), ("Wonju", "1998")}


def test_initials_the_press_writes_for_a_place_name_it():
    assert shipped_pairs("The premier spoke of the ties between BC and Guangdong province, sister provinces "
                         "since 1995.") == {frozenset(("British Columbia", "Guangdong"))}
    assert shipped_pairs("B.C. and Guangdong province entered into a sister-province agreement in 1995.") == {
        frozenset(("British Columbia", "Guangdong"))}
    assert frozenset(("Kuala Lumpur", "Ankara")) in shipped_pairs(
        "Among KL's sister cities are: Delhi, Isfahan, Ankara and Osaka.")
    # after a number the letters are an era, not the province
    assert shipped_pairs("Founded in 30 BC, Perth and Kobe marked their sister city ties.") == {
        frozenset(("Perth", "Kōbe"))}


def test_a_list_an_owner_introduces_after_a_sentence_opening_with_another_place():
    # "With the addition of A, Hollywood now has 9 Sister Cities ...:" then the bulleted partners: each is
    # Hollywood's, none is A's
    text = ("With the addition of Laayoune, Morocco in 2023, the City of Hollywood now has 4 Sister Cities to "
            "further trade and understanding.\n\n  • Laayoune, Morocco\n\n  • Vlora, Albania\n\n"
            "  • Herzliya, Israel\n\n  • Baia Mare, Romania")
    assert pairs(text, published="2023-05-10") == {
        frozenset(("Hollywood", other)) for other in ("Laayoune", "Vlorë", "Herzliya", "Baia Mare")}
    candidates = {frozenset((c.a.name, c.b.name)) for c in read_article(text, None, "2023-05-10").candidates}
    assert not any("Laayoune" in pair and "Hollywood" not in pair for pair in candidates)


def test_a_countrys_initials_in_brackets_after_an_item_do_not_make_the_next_item_its_region():
    text = ("Seoul concluded sister city agreements with many cities including Washington D.C. (U.S.), "
            "Tokyo (Japan), Beijing (China) and Paris (France).")
    assert frozenset(("Seoul", "Tokyo")) in shipped_pairs(text)


def test_a_venue_opening_the_sentence_is_no_side_of_the_two_it_joins():
    # "Meeting in KL on Friday, A and B agreed ...": where they met, not a partner of either
    assert shipped_pairs("Meeting in KL on Friday, officials from Medan and George Town agreed to pursue a "
                         "sister city agreement.") == {frozenset(("Medan", "George Town"))}
    assert shipped_pairs("Di sela pertemuan di KL, Jumat, Pemkot Padang dan Kota Ipoh meneken LoI kerja sama kota "
                         "kembar.") == {frozenset(("Padang", "Ipoh"))}
    assert shipped_pairs("At a UN forum in NYC on Tuesday, Jakarta and Rotterdam signed a sister city memorandum "
                         "of understanding.") == {frozenset(("Jakarta", "Rotterdam"))}


def test_a_provinces_initials_after_a_town_give_its_address_and_no_era_is_a_province():
    assert shipped_sides("Richmond, B.C., has been a sister city of Wakayama since 1973.") == [
        ("Richmond", "Wakayama", "Japan")]
    assert [r["a"]["country"] for r in package_extract_article(
        "Richmond, BC and Wakayama celebrated 50 years as sister cities.")["relations"]] == ["Canada"]
    assert shipped_pairs("Surrey, B.C. and Kunshan celebrated ten years as sister cities.") == {
        frozenset(("Surrey", "Kunshan"))}
    assert shipped_pairs("Xi'an, founded in the 11th century BC, is a sister city of Kyoto.") == {
        frozenset(("Xi'an", "Kyoto"))}


def test_the_owners_list_after_a_place_named_first_stays_the_owners():
    text = ("With the addition of Wuxi, the City of San Antonio now has 9 Sister Cities to promote trade and "
            "understanding: Guadalajara, Kumamoto, Monterrey, Gwangju, Darmstadt, Windhoek, Chennai and Las Palmas.")
    found = shipped_pairs(text)
    assert {frozenset(("San Antonio", other)) for other in ("Guadalajara", "Kumamoto", "Chennai")} <= found
    assert not any("Wuxi" in pair and "San Antonio" not in pair for pair in found)


def test_the_verb_berkota_kembar_speaks_of_twinning():
    assert shipped_pairs("Jakarta berkota-kembar dengan Los Angeles, California, sejak 1990.") == {
        frozenset(("Jakarta", "Los Angeles"))}


def test_numbered_partners_documented_by_fields_are_the_owners_with_their_days():
    # a city hall's page: a sentence on its ties, then each partner numbered, with the place and date of
    # the signing on the lines under it
    text = ("Since 1979 Guangzhou has established sister-city relations with 38 cities around the world.\n\n"
            "1. Fukuoka, Japan\n\nPlace of signing: Fukuoka\n\nDate: 1979.5.2\n\n"
            "2. Los Angeles, the United States of America\n\nPlace of signing: Los Angeles\n\nDate: 1981.12.8\n\n"
            "3. Manila, Philippines\n\nPlace of signing: Manila\n\nDate: 1982.11.5")
    found = {(r["a"]["name"], r["b"]["name"], r["event_date"]) for r in package_extract_article(
        text, published="2020-03-18")["relations"]}
    assert found == {("Guangzhou", "Fukuoka", "1979-05-02"), ("Guangzhou", "Los Angeles", "1981-12-08"),
                     ("Guangzhou", "Manila", "1982-11-05")}


def test_a_table_of_partners_with_a_space_before_the_country_and_a_months_short_name():
    text = ("Sister Cities\n\nList of Sister Cities : City, Country, Date, Size, Population\n\n"
            "City Country Date Size Population Period\n\n"
            "Los Angeles US Dec.18.1967 1,300 3,910 54 The largest port city in the Pacific region\n\n"
            "Shimonoseki Japan Oct.11.1976 716 300 45 Fisheries and transport hub\n\n"
            "Barcelona Spain Oct.25.1983 101 1,605 38 Culture and commerce hub")
    from sister_cities.extract.text import _lists_joined

    # the rows are read as the one list they stand for, each with its day, and the column names are no items
    assert _lists_joined(text).split("\n")[-1] == (
        "List of Sister Cities: Los Angeles US (18 December 1967); Shimonoseki Japan (11 October 1976); "
        "Barcelona Spain (25 October 1983).")
    found = {(r["b"]["name"], r["event_date"]) for r in package_extract_article(
        text, title="Busan's Sister Cities", published="2022-01")["relations"]}
    assert ("Los Angeles", "1967-12-18") in found and not any(name == "Date" for name, _ in found)


def test_a_namesake_the_twinning_sources_pair_with_a_place_the_article_names_is_the_one_meant():
    # Kochi in Japan is Surabaya's partner (Kochi in India the larger city); Aurora in Ontario, Leksand's
    assert shipped_sides("Surabaya has sister cities such as Kochi, Busan and Seattle.")[0] == (
        "Surabaya", "Kōchi", "Japan")
    assert [r["a"]["country"] for r in package_extract_article(
        "Aurora and Leksand have been sister cities for 30 years.")["relations"]] == ["Canada"]
    # a country the article names keeps its place ("Brest" in a story on Belarus is not Brest in France),
    # and a unit word keeps its level ("Valparaiso Region" is not the city Guangdong's sources pair it with)
    sides = shipped_sides("Brest, the Belarusian city, and Maharashtra may become sister regions, the "
                          "ambassador of Belarus said in Mumbai.")
    assert all(country != "France" for _, _, country in sides)
    assert not any(r["a"]["country"] == "France" or r["b"]["country"] == "France" for r in package_extract_article(
        "Brest, the Belarusian city, and Maharashtra may become sister regions, the ambassador of Belarus "
        "said in Mumbai.")["relations"])
    assert shipped_pairs("Guangdong and the Valparaiso Region of Chile signed a sister province MoU in 2004.") == {
        frozenset(("Guangdong", "Valparaíso Region"))}


def test_a_place_whose_name_is_a_word_twice_keeps_it_whole_where_the_text_writes_it_once():
    assert shipped_pairs("Leavenworth and Wagga have been sister cities since 1962.") == {
        frozenset(("Leavenworth", "Wagga Wagga"))}


def test_a_namesake_is_not_chosen_against_the_state_or_people_the_article_names():
    for text in ("Newcastle, New South Wales, and Nancy signed a letter of intent to become sister cities.",
                 "Newcastle, NSW and Nancy signed a letter of intent to become sister cities."):
        assert [r["a"]["country"] for r in package_extract_article(text)["relations"]] == ["Australia"], text
    for text in ("Kochi, the Indian port city, and Surabaya signed a letter of intent to become sister cities.",
                 "The mayor of Kochi flew in from Kerala on Monday. Kochi and Surabaya signed a letter of intent to "
                 "become sister cities."):
        assert {r["b"]["country"] for r in package_extract_article(text)["relations"]} == {"India"}, text
    assert [r["a"]["country"] for r in package_extract_article(
        "Aurora, Colorado, and Leksand signed an MOU to become sister cities.")["relations"]] == ["United States"]


def test_berkota_kembar_denied_is_no_twinning():
    assert shipped_pairs("Kota Semarang tidak berkota kembar dengan Brisbane.") == set()
    assert shipped_pairs("Kota Bogor bukan berkota kembar dengan Kota Depok.") == set()


def test_a_long_name_with_a_spanish_link_and_its_short_form_are_one_place():
    # "San Miguel de Allende ..., the city council of San Miguel": the Mexican town, not San Miguel in
    # El Salvador; a list after the short form ("in San Miguel, Cusco and Cuenca") does not place it
    text = ("San Miguel de Allende has sister cities in Italy and Peru.\n\nThe city council of San Miguel "
            "approved a sister city agreement with Cuenca, Ecuador. Students travel between San Miguel, Cusco "
            "and Cuenca.")
    relations = package_extract_article(text)["relations"]
    sides = {(r[side]["name"], r[side]["country"]) for r in relations for side in ("a", "b")}
    assert ("San Miguel de Allende", "Mexico") in sides and not any(c == "El Salvador" for _, c in sides)


def unordered_pairs(text: str) -> set[frozenset]:
    return {frozenset(((r["a"]["name"], r["a"]["country"]), (r["b"]["name"], r["b"]["country"])))
            for r in package_extract_article(text)["relations"]}


def test_ties_a_place_owns_in_countries_are_partners_left_unnamed():
    boise = ("Boise", "United States")
    assert unordered_pairs("Boise also has sister cities in Italy, the Philippines and Indonesia.") == {
        frozenset((boise, (None, country))) for country in ("Italy", "Philippines", "Indonesia")}
    assert unordered_pairs("The students wrote letters to Fresno's sister city in Japan.") == {
        frozenset((("Fresno", "United States"), (None, "Japan")))}


def test_ties_in_countries_need_their_owner_named_right_before():
    # a place beside them, a place that only locates the owner, and an owner whose partner is named
    for text in ("Bristol, Rhode Island and sister cities in Canada and Brazil sent delegates to the forum.",
                 "Jiangyin city in China's Jiangsu province has sent masks to its sister cities in Canada and Japan."):
        assert unordered_pairs(text) == set(), text
    assert unordered_pairs("The mayor flew to Whanganui, Toowoomba's sister city in New Zealand, on Monday.") == {
        frozenset((("Toowoomba", "Australia"), ("Whanganui", "New Zealand")))}


def test_a_common_word_is_the_town_the_twinning_sources_pair_with_a_place_named():
    # Sandwich in Kent and Ronse are paired in the gazetteer's twinning sources; Arras is not Sandwich's
    assert unordered_pairs("The twinning association says the friendship between Sandwich and Ronse goes back "
                           "decades.") == {frozenset((("Sandwich", "United Kingdom"), ("Ronse", "Belgium")))}
    assert unordered_pairs("The twinning association says the friendship between Sandwich and Arras goes back "
                           "decades.") == set()


def test_clauses_each_with_their_own_twinned_subject():
    # a name the gazetteer knows without an item, made a place by "the French town of" and by being
    # the subject of "which is twinned with"; each clause's pair, dated by its own clause only
    text = ("Other towns in the county also have twins. They include Ulverston, which is twinned with the French "
            "town of Albert; and Sedbergh, which has been twinned with the Slovenian town of Zreče since 2005.")
    found = {frozenset((r["a"]["name"], r["b"]["name"])): r["event_date"]
             for r in package_extract_article(text, published="2024-05-01")["relations"]}
    assert found == {frozenset(("Ulverston", "Albert")): None, frozenset(("Sedbergh", "Zreče")): "2005"}


def test_pairs_of_municipalities_joined_by_a_dash_in_a_list():
    text = ("The mayors of the sister cities Bursa Metropolitan - Sarajevo Municipality, Pendik - Travnik "
            "Municipalities and Gebze - Kakanj Municipalities met online.")
    assert {frozenset((r["a"]["name"], r["b"]["name"])) for r in package_extract_article(text)["relations"]} == {
        frozenset(pair) for pair in (("Bursa", "Sarajevo"), ("Pendik", "Travnik"), ("Gebze", "Kakanj"))}


def test_a_bare_name_on_a_news_site_is_its_home_namesake_where_the_article_names_no_other_country():
    text = ("The city will celebrate the developing sister city relationship between Cambridge and Les Cayes, "
            "Haiti. The Cambridge City Council adopted a policy order.")

    def sides(url: str) -> set:
        return {(r[s]["name"], r[s]["country"]) for r in package_extract_article(text, url=url, published="2014-05-15")[
            "relations"] for s in ("a", "b")}
    assert ("Cambridge", "United States") in sides("https://www.cambridgema.gov/news/1")
    assert ("Cambridge", "United Kingdom") in sides("https://www.cambridge.gov.uk/news/1")
    assert ("Cambridge", "United Kingdom") in sides("https://www.cambridgema.gov/news/1".replace(
        "cambridgema.gov", "example.com"))
    # where the article names the country of the namesake read, that one stays
    british = text + " The consul of the United Kingdom attended."
    assert ("Cambridge", "United Kingdom") in {
        (r[s]["name"], r[s]["country"]) for r in package_extract_article(
            british, url="https://www.cambridgema.gov/news/1", published="2014-05-15")["relations"] for s in ("a", "b")}


def test_stages_of_plans_others_proposals_and_headline_infinitives():
    assert stage_of("Osorno, Lille to sign sister city MoU") == "proposed"
    assert stage_of("The mayor said the city is mapping out a sister city agreement with Darwin.") == "proposed"
    assert stage_of("A councillor called for the establishment of sisterhood relations with Xiamen.") == "proposed"
    # a purpose, not a headline: the signing took place
    assert stage_of("The mayor met officials of Prairie View, Texas to sign a Sister City Agreement on "
                    "December 9, 2013.") == "agreement_signed"
    # a proposal to end a tie is no ending; a motion adopted is
    assert stage_of("The opposition is preparing to submit a proposal to cancel the twinning between Izmir and "
                    "Tel Aviv.") == "active"
    assert stage_of("The council approved a motion to end the twinning with Kostroma.") == "ended"


def test_second_readers_cases_of_the_twenty_fourth_session():
    # a region of the namesake's country named right after it keeps that namesake, whatever the site
    assert {(r["a"]["name"], r["a"]["country"]) for r in package_extract_article(
        "Cambridge in England and Heidelberg have been twin cities since 1965.",
        url="https://www.cambridgema.gov/news/1", published="2024-05-01")["relations"]} == {("Cambridge", "United Kingdom")}
    assert {(r["a"]["name"], r["a"]["country"]) for r in package_extract_article(
        "Perth di Skotlandia dan Aschaffenburg menjalin kota kembar sejak 1956.",
        url="https://perth.wa.gov.au/news/1", published="2024-05-01")["relations"]} == {("Perth", "United Kingdom")}
    # the partners of two clauses' subjects (unread ones) are not each other's, nor the next clause's subject's
    for text in ("They include Grasmere, which is twinned with the French town of Albert since 1990; and Ambleside, "
                 "which is twinned with the German town of Rinteln.",
                 "They include Keswick, which has been twinned with the German town of Bad Honnef since 1989; "
                 "Cockermouth, which is twinned with the French town of Marvejols; and Windermere, which signed a "
                 "friendship pact with the Austrian town of Kitzbühel in 2012."):
        assert not any({"Albert", "Rinteln"} == {r["a"]["name"], r["b"]["name"]} or "Bad Honnef" in (
            r["a"]["name"], r["b"]["name"]) for r in package_extract_article(text)["relations"]), text
    # two pairs joined by "and", each with its unit word after the second town
    assert unordered_pairs("Sister city protocols were signed on Monday: Lapseki - Jablanica Municipalities and "
                           "Pendik - Travnik Municipalities.") == {
        frozenset((("Lapseki", "Turkey"), ("Jablanica", "Bosnia and Herzegovina"))),
        frozenset((("Pendik", "Turkey"), ("Travnik", "Bosnia and Herzegovina")))}
    # stages: drafting done before a signing, a motion to end carried after it, Indonesian proposals
    assert stage_of("After months of drafting, Gold Coast and Busan signed a sister city agreement on Monday.") \
        == "agreement_signed"
    assert stage_of("A motion to cancel the twinning with Moscow was passed by the council.") == "ended"
    assert stage_of("The proposal to cancel the twinning was carried unanimously.") == "ended"
    assert stage_of("Fraksi itu mengajukan usulan untuk membatalkan kerja sama sister city Izmir dan Tel Aviv.") == "active"
    assert stage_of("Pemkot sedang menyusun nota kesepahaman sister city dengan Kota Kyoto.") == "proposed"


def test_places_listed_as_some_of_an_owners_twins():
    assert unordered_pairs("Lille and Brno are two of Leeds' twin cities.") == {
        frozenset((("Lille", "France"), ("Leeds", "United Kingdom"))),
        frozenset((("Brno", "Czech Republic"), ("Leeds", "United Kingdom")))}
    # a place paired with the list is not paired with its owner
    assert not any("Leeds" in pair for pair in (
        {r["a"]["name"], r["b"]["name"]} for r in package_extract_article(
            "Kharkiv also shares twin city status with Lille and Brno, two of Leeds' twin cities.")["relations"]))


def test_a_short_name_of_a_known_partner():
    # Darlington and Mülheim an der Ruhr are paired in the gazetteer's twinning sources; "Mulheim" alone is
    # no name the gazetteer knows
    assert unordered_pairs("Their trip refreshed the links between Darlington and its official twin towns, "
                           "Mulheim and Amiens.") == {
        frozenset((("Darlington", "United Kingdom"), ("Mülheim an der Ruhr", "Germany"))),
        frozenset((("Darlington", "United Kingdom"), ("Amiens", "France")))}
    # a word that goes on past a hyphen into another name is that other town ("Mülheim-Kärlich")
    assert unordered_pairs("Darlington's twin town Amiens sent a team; a team from Mulheim-Karlich came as guests.") \
        == {frozenset((("Darlington", "United Kingdom"), ("Amiens", "France")))}


def test_a_province_after_the_country_that_places_another_is_a_side():
    # "Jiangsu province of China and Malaita Province": not a land listed among countries
    assert unordered_pairs("An MoU establishing sister relations between Jiangsu province of China and Malaita "
                           "Province was signed on Thursday in Auki.") == {
        frozenset((("Jiangsu", "China"), ("Malaita Province", "Solomon Islands")))}


def test_twin_provinces_written_with_a_slash_and_a_partner_closing_the_sentence():
    assert unordered_pairs("Program itu realisasi kerjasama provinsi/prefecture kembar Jatim-Osaka.") != set()
    reader = read_article("Last year the princess signed a Sister City Agreement between Gunnedah Shire Council and the "
                          "Tongan District of Kolomotu'a.")
    assert ("Kolomotu'a", "TO") in {(m.core, m.country) for ms in reader.places.mentions for m in ms}


def test_stages_of_ties_that_exist_whatever_the_news_plans():
    for text in ("MLA Spink visits Whitby, twinned to Falklands Stanley City",
                 "Brno and Dortmund are two of Leeds' twin cities.",
                 "A sister cities visit to Hitachi by a small delegation from Tauranga has helped cement relationships.",
                 "She said she was hoping that this great twinning continues to progress."):
        assert stage_of(text) == "active", text
    assert stage_of("Bedford will be twinned with Eldoret next year.") == "proposed"
    assert stage_of("Whitby, once twinned to Stanley, cut the link in 2015.") == "ended"
    assert stage_of("They are planning a ceremony in celebration of the Sister State relationship they hope to sign "
                    "next year.") == "proposed"
    assert stage_of("A delegation visited Suwon to explore a sister city relationship.") == "proposed"


def test_a_bare_name_in_a_tie_of_regions_is_the_region():
    for text in ("Program itu realisasi kerjasama provinsi kembar Jatim-Osaka.",
                 "East Java and Osaka have been sister provinces since 1991."):
        assert ("Osaka Prefecture", "prefecture") in {
            (r[s]["name"], r[s]["kind"]) for r in package_extract_article(text)["relations"] for s in ("a", "b")}, text
    assert ("Ōsaka", "city") in {(r[s]["name"], r[s]["kind"]) for r in package_extract_article(
        "Surabaya and Osaka signed a sister city agreement.")["relations"] for s in ("a", "b")}


def test_set_138s_names_and_an_event_named_after_a_pair():
    assert unordered_pairs("Kaohsiung City Mayor Chen Chi-mai signed a sister city agreement with his counterpart from "
                           "Prishtina, the capital of Kosovo, on Friday.") == {
        frozenset((("Kaohsiung City", "Taiwan"), ("Pristina", "Kosovo")))}
    assert ("Gunungkidul Regency", "Indonesia") in {
        (r[s]["name"], r[s]["country"]) for r in package_extract_article(
            "Kota Malang menjajaki kerja sama sister city dengan Kabupaten Gunungkidul.")["relations"] for s in ("a", "b")}
    # "the Atlanta-Toulouse Startup Exchange": an event of the pair, neither a town nor a person called Toulouse
    assert unordered_pairs("In 2016, Atlanta and its French sister city Toulouse launched the first Atlanta-Toulouse "
                           "Startup Exchange.") == {frozenset((("Atlanta", "United States"), ("Toulouse", "France")))}


def test_a_sentence_naming_one_side_beside_another_partner_does_not_date_the_pair():
    text = ("During the opening ceremony on July 19, Qingdao and Hungary's Somogy county signed an agreement to "
            "establish friendly cooperation as sister cities.\n\nIn 1979, Qingdao and Shimonoseki, Japan, signed an "
            "agreement, marking the beginning of Qingdao's international friendship exchanges.")
    dates = {frozenset((r["a"]["name"], r["b"]["name"])): r["event_date"]
             for r in extract_article(text, published="2025-07-22")["relations"]}
    assert dates.get(frozenset(("Qingdao", "Somogy"))) == "2025-07-19"


def test_a_state_after_the_last_item_a_list_closes_places_a_town_the_gazetteer_lacks():
    # Epping, New Hampshire is no town the gazetteer knows; Epping in England is
    found = package_extract_article("Officials signed the papers on Monday. But now Presque Isle and Epping, New "
                                    "Hampshire, are sister cities.", title="Presque Isle cements sister city "
                                    "relationship with Epping, New Hampshire")["relations"]
    assert {frozenset(((r["a"]["name"], r["a"]["country"]), (r["b"]["name"], r["b"]["country"]))) for r in found} == {
        frozenset((("Presque Isle", "United States"), ("Epping", "United States")))}


def test_the_latter_of_a_list_picks_its_last_items():
    text = ("Bulawayo's mayor said he met the Mayors of Lusaka, Copenhagen, Cincinnati, and Cologne and has initiated "
            "discussions with the latter two to explore the possibility of twinning Bulawayo with them.")
    pairs = {frozenset((r["a"]["name"], r["b"]["name"])) for r in package_extract_article(text)["relations"]}
    assert not pairs & {frozenset(("Bulawayo", "Lusaka")), frozenset(("Bulawayo", "Copenhagen"))}


def test_a_tie_that_once_was_and_the_latter_in_indonesian():
    assert stage_of("Leeds was once twinned with Siegen, but the arrangement lapsed.") == "ended"
    assert stage_of("Once twinned, the two towns exchanged students every year.") is None
    text = ("Wali Kota Semarang bertemu wali kota Kuala Lumpur, Bangkok, Brisbane dan Da Nang, lalu menjajaki sister "
            "city dengan dua kota terakhir.")
    partners = {name for r in package_extract_article(text)["relations"] for name in (r["a"]["name"], r["b"]["name"])}
    assert not partners & {"Kuala Lumpur", "Bangkok"}


def test_a_hope_for_a_visit_is_no_plan_of_the_tie():
    # the second sentence hopes something of a visit and names no tie, no document, no cooperation: its
    # "berharap" is no stage cue of the pair; the third tells the tie exists
    text = ("Wakil Wali Kota Padang menerima rombongan pelajar dari Hildesheim, Jerman, di Balai Kota, Senin.\n\n"
            "Ia berharap kunjungan ini menjadi pengalaman berharga bagi pelajar Kota Padang dan Kota Hildesheim "
            "untuk saling mengenal budaya.\n\nKerja sama kota kembar antara Kota Padang dan Kota Hildesheim sudah "
            "terjalin sejak 1988 dan rutin menggelar pertukaran pelajar.")
    reader = read_article(text, published="2024-04-29")
    assert stage_of(reader.sentences[1].text) == "proposed"
    [candidate] = [c for c in reader.candidates if {c.a.name, c.b.name} == {"Padang", "Hildesheim"}]
    features = reader.stage_features(candidate, False)
    assert "cue_proposed" not in features and features.get("max_active") == 1.0


def test_set_140s_namesakes_and_a_partner_placed_by_of():
    # "Sindh and Punjab provinces": Pakistan's province, not India's state; "a city of Punjab" is a city
    # in Punjab, no unit word of the name
    places = article_places("China and Pakistan agreed to twin two cities of Sindh and Punjab provinces. In the next "
                            "phase a city of Punjab would also get the same status.")
    punjab = [(m.place.kind, m.country, m.qualified) for ms in places.mentions for m in ms if m.core == "Punjab"]
    assert punjab[0] == ("province", "PK", True) and all(country == "PK" for _, country, _ in punjab), punjab
    # "Nawabshah and Shezai of China": a town the gazetteer lacks, placed by "of" as the second of a pair ...
    assert unordered_pairs("Nawabshah and Shezai of China have been declared twin cities.") == {
        frozenset((("Nawabshah", "Pakistan"), ("Shezai", "China")))}
    # ... and never a body or a title of that country
    assert unordered_pairs("Odense and Funabashi became friendship cities in 1989, an agreement the Crown Prince "
                           "of Japan and the Kingdom of Denmark welcomed.") == {
        frozenset((("Odense", "Denmark"), ("Funabashi", "Japan")))}


def test_what_a_tie_that_exists_has_and_does_is_no_visit_to_plan_one():
    for text in ("After establishing a twinning partnership in April 2019, the two cities held many exchanges on "
                 "the occasion of the mayor visiting the craft festival.",
                 "Individual partnerships also exist between schools of both cities, and regular exchange visits "
                 "take place with youth choirs."):
        assert stage_of(text) == "active", text
    assert stage_of("The association will host its annual meeting on Tuesday.") != "active"
    assert stage_of("A delegation visited Suwon to explore a sister city relationship.") == "proposed"


def test_a_landform_named_after_a_place_is_not_that_place():
    # "the Tamar Valley" had been Tamar in Israel, a partner of a Cornish parish at 0.52
    reader = read_article("A twinning agreement between the Tamar Valley and a parish in Ukraine was signed.\n\n"
                          "Members of the Calstock Twinning Group met the council of the Ukrainian village.",
                          title="Tamar Valley and Ukrainian village sign twinning agreement")
    assert not [m for ms in reader.places.mentions for m in ms if m.core == "Tamar"]
    places = article_places("Gold Coast and Makassar renewed their sister city agreement.")
    assert {m.core for ms in places.mentions for m in ms} == {"Gold Coast", "Makassar"}


def test_a_countrys_name_before_another_country_is_a_town_of_that_one():
    places = article_places("Doral signed its newest sister city agreement with Armenia, Colombia on March 25.")
    assert [(m.place.name, m.country, m.is_country) for ms in places.mentions for m in ms if m.core == "Armenia"] == [
        ("Armenia", "CO", False)]
    places = article_places("Visitors from Armenia, Georgia and Azerbaijan came to Yerevan, Armenia.")
    assert all(m.is_country for ms in places.mentions for m in ms if m.core in ("Armenia", "Georgia"))


def test_kota_mitra_is_a_partner_city():
    text = ("Wakil Wali Kota Guangzhou mengatakan kerja sama yang telah terjalin dengan kota mitra seperti Surabaya "
            "perlu ditingkatkan.\n\nKerja sama antara Guangzhou dan Surabaya telah berjalan lama di bidang budaya dan "
            "pendidikan.")
    assert unordered_pairs(text) == {frozenset((("Surabaya", "Indonesia"), ("Guangzhou", "China")))}
    # business partners are not partner cities
    assert not unordered_pairs("Semarang menjajaki kota mitra bisnis seperti Singapura dan Kuala Lumpur untuk "
                               "pameran dagang di Semarang.")


def test_a_slip_in_the_name_of_a_partner_the_twinning_sources_know():
    # Isfahan's partners include Iași; the text's "Lasi" (a capital I read as l) is one edit away
    text = ("Isfahan has sister city ties with Florence, Italy; Xi'an, China; Lasi, Romania; and Havana, Cuba, "
            "the city's international affairs office said.")
    assert frozenset((("Isfahan", "Iran"), ("Iași", "Romania"))) in unordered_pairs(text)
    # a name one edit from no known partner of the article's places stays as written
    text = "Isfahan has sister city ties with Florence, Italy, and Lesi, Romania."
    assert frozenset((("Isfahan", "Iran"), ("Iași", "Romania"))) not in unordered_pairs(text)
    # or from the first word of a longer name of one (Hollywood's partner Baia Mare, written with a slip)
    assert frozenset((("Hollywood", "United States"), ("Baia Mare", "Romania"))) in unordered_pairs(
        "Hollywood, Florida has sister cities in Vlorë, Albania; Herzliya, Israel; and Baya, Romania.")


def test_a_tie_that_ended_and_partners_planning_an_event():
    assert stage_of("Invercargill and Kumagaya's sister city relationship ended in 2019 after the Japanese city "
                    "withdrew.") == "ended"
    assert stage_of("The relationship has ended up stronger than before.") != "ended"
    assert stage_of("The twinning between Vancouver and Odessa came to an end last year.") == "ended"
    # partners planning an exhibition or a festival plan no tie; talks on one do
    for text in ("Nagano and Clearwater plan to hold a joint art exhibition next year.",
                 "Pemkot Padang dan Hildesheim berencana menggelar festival budaya bersama tahun depan."):
        assert stage_of(text) != "proposed", text
    for text in ("The cities plan to hold talks on a sister city agreement.",
                 "Kedua kota berencana menggelar pertemuan untuk membahas sister city.",
                 "Bogor berencana menjalin sister city dengan Putrajaya."):
        assert stage_of(text) == "proposed", text


def test_a_twin_citys_delegation_and_a_citys_twinning_with_a_place_are_ties_that_exist():
    for text in ("The Crown Prince of Japan visited Aarhus, where the mayor described the city's twinning with Kyoto "
                 "as a model of friendship.",
                 "Delegasi kota kembar Launceston dari Ikeda mengunjungi kebun anggur pekan lalu."):
        assert stage_of(text) == "active", text
    # a festival or a university before a region and its country is no town
    assert not unordered_pairs("Tucson's sister city committee attended the Fiesta Grande, Sonora, Mexico, last week.")


def test_hopes_conditions_visits_and_ties_that_go_on():
    for text in ("Iloilo City hopes to sign an agreement with Kanazawa next year.",
                 "Exchange visits will start once a sister city agreement is signed.",
                 "A delegation plans to visit Suwon to explore a sister city relationship."):
        assert stage_of(text) == "proposed", text
    for text in ("Students from Seattle plan to visit Kobe, Seattle's sister city since 1957.",
                 "Pemkot Medan akan melanjutkan kerja sama yang telah terjalin dengan Ichikawa."):
        assert stage_of(text) == "active", text
    assert stage_of("Bogor akan menjalin sister city dengan Putrajaya.") == "proposed"
    # years of a tie, counted, are an anniversary of it (not years of a festival)
    assert stage_of("A delegation from Busan visited Surabaya to mark 30 years of the sister city partnership.") \
        == "active"
    assert stage_of("After 40 years of the festival, the city plans a sister city tie with Kobe.") == "proposed"


def test_a_state_after_a_town_before_a_partner_with_its_own_region_and_country():
    # Pharr's item names no state it lies in; the next item's own region and country say "Texas" is Pharr's
    assert unordered_pairs("Pharr, Texas and San Pedro de las Colonias, Coahuila, Mexico signed a sister city "
                           "agreement on Monday.") == {
        frozenset((("Pharr", "United States"), ("San Pedro de las Colonias", "Mexico")))}


def test_a_long_name_after_a_unit_word_is_read_whole():
    # five words, two of them particles: not "San Nicolás", Argentina's San Nicolás de los Arroyos
    assert unordered_pairs("The City of Denton held a Sister City relationship with the City of San Nicolás de los "
                           "Garza, Nuevo Leon, Mexico from 2000 to 2004.") == {
        frozenset((("Denton", "United States"), ("San Nicolás de los Garza", "Mexico")))}


def test_the_hawaiian_glottal_stop_does_not_cut_a_name():
    for written in ("Hawaiʻi", "Hawai‘i"):
        text = (f"Gov. David Ige will celebrate the 30th anniversary of {written}’s sister-state relationships with "
                "Okinawa Prefecture and Guangdong Province.")
        assert unordered_pairs(text) == {frozenset((("Hawaii", "United States"), ("Okinawa Prefecture", "Japan"))),
                                         frozenset((("Hawaii", "United States"), ("Guangdong", "China")))}, written


def test_a_state_that_is_also_a_word_says_where_the_town_before_it_lies():
    # "Washington" is a common word and the bare "Vancouver" British Columbia's; together they are the
    # American city
    for text in ("Vancouver, Washington, renewed its sister city ties with Joyo, Japan on Monday.",
                 "Vancouver, Washington and Joyo, Kyoto, Japan signed an agreement renewing their sister city ties."):
        assert ("Vancouver", "United States") in {
            side for pair in unordered_pairs(text) for side in pair}, text


def test_a_philippine_city_by_its_short_name():
    assert unordered_pairs("Mayor Teresita Uy said Tagbilaran hopes to sign a sister city agreement with Yeosu, "
                           "South Korea, before the end of the year.") == {
        frozenset((("Tagbilaran City", "Philippines"), ("Yeosu", "South Korea")))}
    # (and "Valenzuela City and Koronadal City signed ... in Koronadal" keeps its pair joined at home, now that
    # "Koronadal" is known: test_two_places_at_home_that_sign_together_...)



def places_read(text: str) -> list[tuple]:
    found = article_places(text)
    return [(m.place.name if m.place else m.core, m.country) for ms in found.mentions for m in ms if not m.is_country]


def test_a_dateline_of_two_words_in_capitals_names_no_town():
    # "NEW YORK" is left unread as a whole; its second word alone is no York, Pennsylvania, where the
    # dateline stays in its sentence
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer

    finder = MentionFinder(Gazetteer.default())
    def read(sentence: str) -> list[tuple]:
        return [(m.place.name, m.country) for m in finder.find(sentence).mentions if m.place is not None]
    assert read("NEW YORK, March 3 (Xinhua) -- Beijing held a reception to mark its sister city ties.") == [
        ("Beijing", "CN")]
    assert ("Rome", "IT") in read("ROME, March 3 -- Beijing held a reception to mark its sister city ties.")


def test_a_country_possessive_and_a_description_before_a_list_item():
    # "China's capital Beijing" is the list's second item: the words between the two items read as a list's
    from sister_cities.extract.places import gap_between_items

    text = "Canberra also has sister city agreements with Nara in Japan and China's capital Beijing."
    found = article_places(text)
    mentions = [m for ms in found.mentions for m in ms]
    nara, beijing = (next(m for m in mentions if m.core == name) for name in ("Nara", "Beijing"))
    assert "capital" not in gap_between_items(text, nara, beijing, [m for m in mentions if m.is_country])
    assert unordered_pairs(text) == {frozenset((("Canberra", "Australia"), ("Nara", "Japan"))),
                                     frozenset((("Canberra", "Australia"), ("Beijing", "China")))}


def test_a_list_item_between_two_places_of_one_country_is_its_namesake_there():
    # San Juan City between Philippine cities is the one of Metro Manila, not Puerto Rico's capital, though
    # the article names the United States
    found = places_read("Iloilo is the sister city of Quezon City, Dapitan City, San Juan City, Angeles City "
                        "and Tacloban City. Its partners abroad include Tacoma in the United States.")
    assert ("San Juan", "PH") in found and ("San Juan", "US") not in found
    # a country written with the item keeps it where it is
    found = places_read("Its sister cities are Quezon City, San Juan, Puerto Rico, and Angeles City.")
    assert ("San Juan", "PH") not in found


def test_a_premier_heads_a_province_or_a_state():
    # "Premier of Quebec" is the province, not Quebec City; an Australian premier's is the state
    text = ("The Mayor of Shanghai met a delegation led by the Premier of Quebec. He said the ties between "
            "Shanghai and Quebec rest on three decades of sister city cooperation.")
    sides = {(r["b"]["name"], r["b"]["kind"]) for r in package_extract_article(text)["relations"]} | {
        (r["a"]["name"], r["a"]["kind"]) for r in package_extract_article(text)["relations"]}
    assert ("Quebec", "province") in sides and not any(name == "Quebec City" for name, _ in sides)
    found = places_read("The Premier of Victoria visited Jiangsu, the state's sister province, last week.")
    assert ("Victoria", "AU") in found


def test_former_names_that_histories_of_a_tie_still_write():
    assert unordered_pairs("Sejak 1994 Provinsi Irian Jaya dan Prefektur Yamagata menjalin kerja sama provinsi "
                           "kembar di bidang pendidikan.") == {
        frozenset((("Papua", "Indonesia"), ("Yamagata Prefecture", "Japan")))}
    assert ("Volgograd", "RU") in places_read("Coventry twinned with Stalingrad in 1944, the first twinning of "
                                              "two cities.")


def test_a_unit_word_that_fits_namesakes_abroad_leaves_the_known_partner_to_be_chosen():
    # "Pemkot Kochi" fits Kochi in India as well as Kochi in Japan; the twinning sources pair the
    # Japanese one with Surabaya
    pairs_read = unordered_pairs("Pemkot Kochi datang ke Surabaya pada Juli lalu untuk memperingati 20 tahun sister "
                                 "city antara Pemkot Surabaya dan Pemkot Kochi.")
    assert pairs_read == {frozenset((("Surabaya", "Indonesia"), ("Kōchi", "Japan")))}


def test_years_of_the_tie_itself_outweigh_a_plan_in_the_same_story():
    # the grant for the visit is planned, but thirty years of twinning say the tie exists
    text = ("Bridgnorth's twinning association would need to apply for a grant to host visitors from "
            "Schrobenhausen in June. The event will celebrate 30 years of twinning with Schrobenhausen.")
    assert [r["stage"] for r in package_extract_article(text)["relations"]] == ["active"]


def test_agreeing_to_build_a_sister_city_tie_is_a_proposal():
    # "sepakat menjalin/membangun" is "agreed to establish", as "sepakat untuk" is; a signed memorandum
    # before it still says what was signed
    assert stage_of("Kami sepakat menjalin kerja sama pertanian dan membangun sister city antara kedua kota.") \
        == "proposed"
    assert [r["stage"] for r in package_extract_article(
        "Bandung dan Kyoto menandatangani MoU dan sepakat menjalin sister city.")["relations"]] == ["mou_signed"]


def test_landmarks_twinned_are_no_towns_twinned():
    # two castles twinned: neither the castles nor their towns are a pair of places
    assert unordered_pairs("Cherry trees will go to parks in London and to Conwy Castle in north Wales, which was "
                           "recently twinned with Himeji Castle in Hyogo Prefecture.") == set()
    # the town itself twinned is still read
    assert unordered_pairs("Conwy in north Wales is twinned with Himeji in Hyogo Prefecture.") == {
        frozenset((("Conwy", "United Kingdom"), ("Himeji", "Japan")))}


def test_a_name_written_once_before_a_verb_of_speaking_is_the_speaker():
    # the mayor Danny, written once "Dany", is no Dány in Hungary
    text = ("Wali Kota Makassar Danny Pomanto menyambut baik kerja sama sister city dengan Jepang. Lebih lanjut Dany "
            "mengatakan pemerintah Kota Makassar akan membuka pusat pelatihan bahasa untuk program sister city ini.")
    assert not any("Dány" in (r["a"]["name"], r["b"]["name"]) for r in package_extract_article(text)["relations"])
    # a place the article writes again keeps speaking as itself
    assert ("Coquitlam", "CA") in places_read("Coquitlam says so long to sister cities. Coquitlam will keep its sister "
                                              "city agreements with Paju and Foshan.")


def test_a_press_contact_is_a_person():
    # "Media: Fianna Dickson, 625.6297" names the city's press officer, not Dikson in Russia
    text = ("Sister Cities Garden opens in Riverfront Park\nMedia: Fianna Dickson, 625.6297\n\n"
            "Spokane will welcome delegates from its sister cities Nishinomiya and Limerick to the opening.")
    found = {name for pair in unordered_pairs(text) for name, _ in pair}
    assert "Dikson" not in found and "Spokane" in found


def test_a_new_partner_that_joins_the_list_or_stands_beside_it_pairs_with_none_of_its_items():
    joined = unordered_pairs("The City of Colorado Springs announced that Kranj, Slovenia will become its newest "
                             "sister city. Kranj will join Kaohsiung, Taiwan; Bishkek, Kyrgyzstan; and Ancient "
                             "Olympia, Greece.")
    assert not any(("Kranj", "Slovenia") in pair and ("Bishkek", "Kyrgyzstan") in pair for pair in joined)
    beside = unordered_pairs("Kanifing was named Madison's ninth sister city in 2016. Along with Kanifing, sister "
                             "cities include Arcatao, El Salvador; Freiburg, Germany; and Vilnius, Lithuania.")
    assert not any(("Kanifing", "Gambia") in pair and ("Freiburg", "Germany") in pair for pair in beside)


def test_a_hyphenated_given_name_before_a_surname_is_no_place():
    # "Mary-Ann Baldwin" is no Mary in Turkmenistan; two places joined by a hyphen still are two places
    assert ("Mary", "TM") not in places_read("The sister city agreement was signed in Gibraltar, then in Raleigh by "
                                             "its Mayor, Mary-Ann Baldwin.")
    found = places_read("The Jakarta-New York sister city tie and the Denpasar-Mossel Bay sister city tie.")
    assert ("New York City", "US") in found and ("Mossel Bay", "ZA") in found


def test_what_second_readers_found_after_the_twenty_sixth_sessions_changes():
    # "sepakat menjalin" with a signing, or with a tie that has lasted since a year, is no proposal
    assert [r["stage"] for r in package_extract_article(
        "Manado dan Davao sepakat menjalin sister city dan menandatangani MoU di Balai Kota.")["relations"]] \
        == ["mou_signed"]
    assert [(r["stage"], r["event_date"]) for r in package_extract_article(
        "Kota Bandung dan Suwon sepakat menjalin kerja sama sister city yang telah terjalin sejak 1997.")["relations"]] \
        == [("active", "1997")]
    # a big city named once before a verb of speaking speaks for its government
    assert unordered_pairs("Busan mengatakan akan memperpanjang kerja sama sister city dengan Surabaya.") == {
        frozenset((("Busan", "South Korea"), ("Surabaya", "Indonesia")))}
    # the office's holder with a hyphenated given name, right after the office
    assert unordered_pairs("Mayor Mary-Ann Baldwin said Raleigh signed a sister city agreement with Compiegne, "
                           "France.") == {frozenset((("Raleigh", "United States"), ("Compiègne", "France")))}
    # joining a list in Indonesian
    joined = unordered_pairs("Kota Padang akan bergabung dengan Hildesheim, Vlissingen dan Kitakyushu sebagai kota "
                             "kembar Bandung.")
    assert not any(("Padang", "Indonesia") in pair for pair in joined)


def test_georgia_after_an_american_town_is_the_state():
    assert unordered_pairs("The city of Savannah, Georgia celebrated its sister city ties with Jiangyin, China.") == {
        frozenset((("Savannah", "United States"), ("Jiangyin", "China")))}
    # the country still, after a town of the country
    assert unordered_pairs("Kutaisi, Georgia and Poznan are sister cities.") == {
        frozenset((("Kutaisi", "Georgia"), ("Poznań", "Poland")))}


def test_an_event_named_after_twin_cities_is_no_twinning_word():
    from sister_cities.extract import lexicon as lx

    assert lx.TWINNING.search("Taipei-Shanghai Twin-City Forum opens in Taipei") is None
    assert lx.TWINNING.search("Runners crowd the Twin Cities Marathon") is None
    assert lx.TWINNING.search("Taipei and Kaohsiung are twin cities of the island") is not None


def test_one_mention_of_a_partner_does_not_make_its_country_the_articles_home():
    # the city the article speaks of is listed beside partners abroad ("between Shenzhen and Kigali in
    # Rwanda, ..."); a partner named once (Lomé) is no reason to read the article from Togo
    text = ("Officials of Shenzhen hope to build ties with towns in Cameroon. At a briefing in Shenzhen in China's "
            "Guangdong Province, a deputy director spoke to visiting reporters. For now the city has sister city "
            "ties only with Lomé in Togo and Luxor in Egypt. Exchanges also run between Shenzhen and Kigali in "
            "Rwanda, Accra in Ghana and Port Louis in Mauritius.")
    assert unordered_pairs(text) == {frozenset((("Shenzhen", "China"), ("Lomé", "Togo"))),
                                     frozenset((("Shenzhen", "China"), ("Luxor", "Egypt")))}


def test_korean_places_under_their_older_spellings():
    # the romanisation used before 2000 ("Kumi", "Kyongju") still fills foreign news; Uganda's Kumi
    # stays Uganda's unless the article names Korea, and Seoul's "Soul" stays a word
    assert unordered_pairs("The ambassador visited the city of Kumi, a sister city of Bishkek since 1991. "
                           "Kumi is an industrial centre of Korea.") == {
        frozenset((("Gumi", "South Korea"), ("Bishkek", "Kyrgyzstan")))}
    assert unordered_pairs("Kyongju and Nara have been sister cities since 1970.") == {
        frozenset((("Gyeongju", "South Korea"), ("Nara", "Japan")))}
    assert ("Seoul", "KR") not in places_read("Soul music fans gathered at the sister city festival in Nara.")


def test_a_british_council_named_after_places_it_joins_is_one_party():
    # "Bath and North East Somerset" is one council, not Botswana's North-East District
    found = unordered_pairs("Bath and North East Somerset Council has voted to end its friendship agreement "
                            "with the Chinese city of Jingdezhen.")
    assert found == {frozenset((("Bath and North East Somerset", "United Kingdom"), ("Jingdezhen", "China")))}
    assert unordered_pairs("Mid and East Antrim Borough Council welcomed a delegation from its sister city "
                           "Portsmouth, New Hampshire.") == {
        frozenset((("Mid and East Antrim", "United Kingdom"), ("Portsmouth", "United States")))}


def test_the_towns_where_consulates_open_are_not_a_pair():
    # "consulates-general at Chengdu and Chennai": the missions' seats, not a twinning signed that day
    found = unordered_pairs("India and China signed 24 agreements today. The two countries signed a protocol for "
                            "setting up consulates-general at Chengdu and Chennai besides a MoU on trade. Four "
                            "agreements were signed on sister-state and sister-city relations between Karnataka and "
                            "Sichuan province; Chennai and Chongqing.")
    assert frozenset((("Chennai", "India"), ("Chengdu", "China"))) not in found
    assert frozenset((("Chennai", "India"), ("Chongqing", "China"))) in found


def test_a_twinning_of_ports_is_no_twinning_of_their_cities():
    # the README's call: sister ports are not sister cities, whatever word the ports use
    text = ("Valparaiso and Bilbao sign twinning agreement\n\nThe heads of the Ports of Valparaiso and Bilbao have "
            "signed an international twinning agreement in the presence of the mayor. Valparaiso thus joins the "
            "ports of Osaka, Amsterdam and Shanghai, which are also twinned with Bilbao.")
    assert unordered_pairs(text) == set()
    # a city of that name stays a city
    assert unordered_pairs("Port of Spain and Shanghai signed a twinning agreement.") == {
        frozenset((("Port of Spain", "Trinidad and Tobago"), ("Shanghai", "China")))}


def test_a_twinning_of_airports_or_schools_is_no_twinning_of_their_towns():
    # sister airports, sister schools: bodies twinned, though the story likens them to sister cities
    airports = ("Perth's airport pairs up with Kobe\n\nPerth Airport and Kobe International signed an agreement on "
                "Monday to become sister airports. Everyone knows about sister cities, but now Perth has its own "
                "sister airport too.")
    assert unordered_pairs(airports) == set()
    schools = ("Program sister school diluncurkan di Bandung. Sekolah-sekolah di Bandung dan Suwon akan saling "
               "berkunjung dalam program sister school itu.")
    assert unordered_pairs(schools) == set()
    # where the story names the towns' own twinning, it stands beside the schools' tie
    both = ("The sister schools of Fort Collins and Hadano met this week. Fort Collins has been a sister city of "
            "Hadano since 1997.")
    assert unordered_pairs(both) == {frozenset((("Fort Collins", "United States"), ("Hadano", "Japan")))}


def test_both_ends_of_a_stretch_with_their_countries_only_place_a_town():
    # "midway between London, England and Edinburgh, Scotland": where the town lies, not its partners
    text = ("Sister cities of Raleigh. Rostock lies about midway between Hamburg, Germany and Szczecin, Poland on "
            "the Baltic coast and has partnered with Raleigh since 2001.")
    assert shipped_pairs(text) == {frozenset(("Raleigh", "Rostock"))}


def test_a_name_the_article_places_at_home_is_no_namesake_abroad():
    # "Lucea, Hanover" in the headline places Hanover in Jamaica; the bare "Hanover" after it is that
    # parish, not the German city, however much larger
    text = ("Lucea, Hanover signs up with Huangshi\n\nThe town of Lucea in Hanover, Jamaica, is now twinned with "
            "Huangshi, China. Residents of Lucea and of Hanover welcomed the twinning with Huangshi.")
    assert shipped_sides(text) == [("Lucea", "Huangshi", "China")]


def test_an_event_the_partners_will_mark_is_no_plan_of_the_tie():
    # a celebration, a festival or a family day still to come marks a tie; it does not propose one
    assert stage_of("Bellingham set to celebrate its sister cities on Saturday") == "active"
    assert stage_of("The twinning association will host a family day in the park.") is None
    assert stage_of("Pemkot akan menggelar festival kota kembar pekan depan.") is None
    # a signing or talks to come are still a plan
    assert stage_of("The twinning association will host the signing of the sister city agreement.") == "proposed"
    assert stage_of("Mayor expected to hold talks on a sister city tie.") == "proposed"
    # and a new tie celebrated is the news, not an event around a tie that exists
    text = "Columbus, Ohio is set to celebrate a new sister city: the council voted on Tuesday to twin with Accra, Ghana."
    assert [r["stage"] for r in package_extract_article(text, published="2024-05-01")["relations"]] == ["proposed"]


def test_partners_sought_in_a_headline_are_neither_the_home_nor_each_others():
    # the headline's places after "with" are partners sought: the list's owner, named with its state and
    # country, is the article's home; and two places after one "with", joined, are not a pair
    text = ("Sister ties sought with Maebashi, Tartu\n\nLancaster may soon have two more sister cities. The arts "
            "centre is leading the effort to seek relationships with Maebashi in Japan's Gunma Prefecture as well "
            "as Tartu, Estonia.\n\nLancaster, Ohio USA, already has a Sister City relationship with: Saint-Lô, "
            "France; Ruse, Bulgaria; Pilsen, Czech Republic.")
    assert shipped_pairs(text) == {frozenset(("Lancaster", "Saint-Lô")), frozenset(("Lancaster", "Ruse")),
                                   frozenset(("Lancaster", "Pilsen"))}


def test_what_a_place_will_become_and_the_british_future_are_plans():
    # "will become Marseille's sister city": the possessive names what is to come, not a partner it has
    assert stage_of("The mayor announced that Bethlehem will become Marseille’s sister city, in a gesture.") \
        == "proposed"
    assert stage_of("Its sister city Nagoya sent a delegation.") == "active"
    assert stage_of("Paris and Madrid became Kyiv’s new sister cities.") == "agreement_signed"
    # "is to visit ... to sign", "are to sign": a signing still to come
    assert stage_of("A delegation from a town in Palestine is to visit Tralee in March to sign a twinning "
                    "agreement.") == "proposed"
    assert stage_of("The two mayors are to sign the twinning charter next week.") == "proposed"


def test_a_town_written_in_a_city_abroad_is_that_countrys_namesake():
    # "Richmond in Greater London": the London borough, not Richmond, Virginia; London only says where
    text = ("Richmond's twin towns\n\nRichmond in Greater London has been twinned with Konstanz in Germany since "
            "1983. Another town twinned with Richmond in London is Fontainebleau in France.")
    found = [(r["a"]["name"], r["a"]["country"], r["b"]["name"]) for r in package_extract_article(text)["relations"]]
    assert sorted(found) == [("Richmond", "United Kingdom", "Fontainebleau"),
                             ("Richmond", "United Kingdom", "Konstanz")]


def test_a_body_named_after_its_town_makes_no_person_of_the_town():
    # "the Cheltenham Symphony Orchestra, who will play": an orchestra, not a Mr Cheltenham, so the town
    # stays a place wherever else the article names it
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find(
        "Also there will be members of the Cheltenham Symphony Orchestra, who will give two concerts.",
        qualified_only=True)
    assert found.names_of_people == []
    # a known place name glued to an unknown capitalised word is still a person's name
    assert MentionFinder(Gazetteer.default()).find("Nelson Simanjuntak said so.", qualified_only=True
                                                   ).names_of_people == ["Nelson Simanjuntak"]


def test_a_headline_in_title_case_names_no_person_after_an_office():
    # "Lyon Mayor Visits Turin": a headline capitalises its verb; there is no Mr Visits Turin
    text = ("Lyon Mayor Visits Turin, Signs Twinning Charter\n\nThe mayor of Lyon travelled to Turin on Friday and "
            "signed a charter that makes the two cities sister cities.")
    assert shipped_pairs(text) == {frozenset(("Lyon", "Turin"))}


def test_the_short_form_of_a_french_name_with_les_is_the_same_town():
    # "Carentan-les-Marais", then "Carentan": one town, not two candidates splitting its evidence
    text = ("Hopkinsville welcomed visitors from its new sister city of Carentan-les-Marais, France, on Wednesday."
            "\n\nThey came to celebrate becoming sister cities with Hopkinsville. The mayor gave a key to Carentan.")
    low = dataclasses.replace(written_against_models(), output_threshold=0.05)
    found = {frozenset((r["a"]["name"], r["b"]["name"])) for r in package_extract_article(text, models=low)["relations"]}
    assert found == {frozenset(("Hopkinsville", "Carentan-les-Marais"))}


def test_a_short_name_on_a_local_site_is_the_long_named_town_at_home():
    # "Newark" on a British site is Newark-on-Trent, not Newark, New Jersey
    text = ("Firefighters visit for 40 years of twinning\n\nNewark is twinned with three towns, including "
            "Emmendingen in Germany since 1983.")
    found = [(r["a"]["name"], r["a"]["country"], r["b"]["name"])
             for r in package_extract_article(text, url="https://localnews.co.uk/x")["relations"]]
    assert found == [("Newark-on-Trent", "United Kingdom", "Emmendingen")]
    from sister_cities.gazetteer import Gazetteer
    assert {p.name for p in Gazetteer.default().long_forms("kingston", "GB")} == {"Kingston upon Thames",
                                                                                "Kingston upon Hull"}


def test_a_significant_signpost_is_no_signing():
    from sister_cities.extract import lexicon as lx
    for text in ("The sign includes Granby and Coventry.", "a significant step", "new signage", "a sign of friendship"):
        assert lx.SIGNING.search(text) is None, text
    for text in ("Jakarta signs MoU with Seoul", "the signing of the agreement", "signed a pact", "penandatanganan MoU",
                 "the signatories"):
        assert lx.SIGNING.search(text) is not None, text


def test_initials_before_a_word_that_opens_sentences_end_one():
    from sister_cities.extract.text import split_sentences
    assert split_sentences("He will arrive at 9 a.m. The students attend Kasugaoka High School.") == [
        "He will arrive at 9 a.m.", "The students attend Kasugaoka High School."]
    assert split_sentences("It lies in the U.K. The town is old.") == ["It lies in the U.K.", "The town is old."]
    # initials before a name stay inside the sentence
    assert split_sentences("Bupati H.M. Sukiman Azmy hadir.") == ["Bupati H.M. Sukiman Azmy hadir."]
    assert split_sentences("He met the U.S. President on Monday.") == ["He met the U.S. President on Monday."]


def test_the_west_bank_and_the_gaza_strip_say_a_town_is_palestinian():
    text = "Bethlehem, West Bank will become Marseille's sister city, the French city's council announced on Monday."
    assert [(r["a"]["name"], r["a"]["country"], r["b"]["name"]) for r in package_extract_article(text)["relations"]] \
        == [("Bethlehem", "Palestine", "Marseille")]


def test_a_place_before_international_names_a_body():
    # "Kobe International", "Abu Dhabi International Airport": an airport or a school named after its town
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("Kobe International and Perth Airport signed the deal.").mentions
    assert [m.core for m in found if m.core == "Kobe" and not m.organisation] == []
    # and "the Shanghai Cooperation Organization" is a body of states, not Shanghai
    found = MentionFinder(Gazetteer.default()).find("He spoke at the forum of sister cities of the Shanghai "
                                                    "Cooperation Organization in Qingdao.").mentions
    assert [m.core for m in found if not m.organisation] == ["Qingdao"]


def test_a_weekday_to_come_far_into_its_clause_and_one_of_a_saying():
    # the 'will' that makes Tuesday one to come may stand well before it in a long clause
    text = ("The Danville Town Council will continue talks on establishing a \"friendship city\" partnership with "
            "New Ross, Ireland Tuesday morning.")
    assert [r["event_date"] for r in package_extract_article(text, published="2017-12-10")["relations"]] \
        == ["2017-12-12"]
    # but the day of a saying stays the day it was said, whatever will come in what was said
    said = ("The mayor of Liverpool will arrive in Manado in January to sign the sister city Memorandum of "
            "Understanding, the Vice Mayor of Manado said on Saturday.")
    assert [r["event_date"] for r in package_extract_article(said, published="2012-12-30")["relations"]] \
        == ["2012-12-29"]


def test_a_year_aimed_at_is_not_the_year_of_the_news():
    # an undated page: "by 2030" is a goal, not the year the friendship city was proposed
    text = ("A community leader wrote to the council hoping for a bilateral friendship city between the City of "
            "Kamloops and the City of Taoyuan in northern Taiwan. Taiwan aims to be bilingual by 2030.")
    found = package_extract_article(text)["relations"]
    assert [(r["a"]["name"], r["b"]["name"]) for r in found] in ([("Taoyuan", "Kamloops")], [("Kamloops", "Taoyuan")])
    assert found[0]["event_date"] != "2030"


def test_a_town_twinned_with_its_namesake():
    # no place is twinned with itself: the bare "Dublin" beside "Dublin, Ireland" is the Dublin the
    # article writes elsewhere with its state
    text = ("The City of Dublin holds friendship city designations with Mashiko, Japan, and Dublin, Ireland. "
            "Residents are encouraged to serve as ambassadors of Dublin, Ohio.")
    assert unordered_pairs(text) == {frozenset((("Dublin", "United States"), ("Dublin", "Ireland"))),
                                     frozenset((("Dublin", "United States"), ("Mashiko", "Japan")))}


def test_a_town_written_with_its_state_is_no_namesake_of_another_state():
    # the gazetteer's American Dublins lie in Georgia and California: "Dublin, Ohio" is neither
    found = package_extract_article("Dublin, Ohio and Dublin, Ireland renewed their friendship city agreement.",
                                    published="2023-03-16")["relations"]
    sides = {(side["name"], side["country"], side.get("qid")) for r in found for side in (r["a"], r["b"])}
    assert ("Dublin", "United States", None) in sides and ("Dublin", "Ireland", "Q1761") in sides
    # a town that does lie in the state keeps its item
    found = package_extract_article("Dublin, California welcomed a delegation from its sister city Bray.",
                                    published="2023-03-16")["relations"]
    assert any(side.get("qid") == "Q837109" for r in found for side in (r["a"], r["b"]))


def test_a_chinese_name_whose_family_name_is_a_town_before_an_office():
    # "Xian Hui, Governor of Ningxia" is the governor, not Xi'an
    text = ("Marlborough and Ningxia sign sister-region agreement. Marlborough Mayor John Leggett has signed the "
            "sister-region understanding with Xian Hui, Governor of Ningxia, China's winegrowing region.")
    assert unordered_pairs(text) == {frozenset((("Marlborough", "New Zealand"), ("Ningxia", "China")))}


def test_a_list_across_countries_in_a_sentence_that_twins_nothing_pairs_none_of_its_items():
    # the visitors a council received from three partner cities are not one another's partners
    text = ("Anggota DPRD akan melakukan kunjungan balasan ke lima sister city. Tahun 2012, dewan menerima anggota "
            "dewan dari tiga kota, yakni Seoul, Korea Selatan; Beijing, China; dan Houston, AS.")
    assert unordered_pairs(text) == set()
    # a list the sentence calls twins still pairs with its owner
    assert unordered_pairs("Jakarta has sister city ties with Seoul, South Korea; Beijing, China; and Houston, "
                           "United States.") == {frozenset((("Jakarta", "Indonesia"), (city, country)))
                                                 for city, country in (("Seoul", "South Korea"), ("Beijing", "China"),
                                                                       ("Houston", "United States"))}


def test_a_town_brand_before_its_name_is_no_given_name():
    # "Destination Queenstown" is the town's tourism body, not a person called Destination Queenstown
    text = ("Hangzhou, China (19 October, 2018) Destination Queenstown and Queenstown Mayor Jim Boult have further "
            "cemented Queenstown's relationship with Sister City Hangzhou, China in a visit which ended yesterday. "
            "The official relationship between Queenstown and Hangzhou began five years ago.")
    found = package_extract_article(text, url="https://www.scoop.co.nz/stories/queenstown-hangzhou.htm")
    assert {(r["a"]["name"], r["b"]["name"]) for r in found["relations"]} <= {("Queenstown", "Hangzhou"),
                                                                            ("Hangzhou", "Queenstown")}
    assert {side["country"] for r in found["relations"] for side in (r["a"], r["b"])} == {"New Zealand", "China"}


def test_opening_capitals_after_an_article_and_below_a_dated_headline():
    # British local papers open a story in capitals, article and all ("A REDDITCH couple"), often below a
    # date line, an update line and the headline written again
    text = ("September 26th, 2016\n\nTwin town trip for couple\n\nUpdated: 4:01 pm, Jul 03, 2015\n\nA REDDITCH "
            "couple will be reinforcing links with twin town Mtwara later this month when they fly out to "
            "Tanzania.\n\nThe two towns have been twinned since 1985.")
    found = package_extract_article(text, title="Twin town trip for couple", published="2015-07-03")["relations"]
    assert {frozenset((r["a"]["name"], r["b"]["name"])) for r in found} == {frozenset(("Redditch", "Mtwara"))}


def test_tangiers_is_tangier():
    assert unordered_pairs("The mayors of Palma and Tangiers signed a twinning agreement.") == {
        frozenset((("Palma", "Spain"), ("Tangier", "Morocco")))}


def test_a_state_code_after_a_town_says_which_namesake_and_a_list_item_is_no_state_of_the_one_before():
    # "Bethlehem, PA" is Pennsylvania's, not South Africa's
    found = package_extract_article("A visit of the sister city Murska Sobota delegation in Bethlehem, PA. Flags "
                                    "were raised at the City Hall in Bethlehem, PA and the mayors of both cities "
                                    "spoke.", published="2022-06-20")
    assert {side["country"] for r in found["relations"] for side in (r["a"], r["b"]) if side["name"] == "Bethlehem"} \
        == {"United States"}
    # a list of partners that names a state between two cities keeps its cities
    listed = unordered_pairs("Jakarta's sister cities are Rotterdam, Casablanca, Beijing, Arkansas, Berlin, New "
                             "South Wales, Paris and Bangkok.")
    assert frozenset((("Jakarta", "Indonesia"), ("Berlin", "Germany"))) in listed
    assert frozenset((("Jakarta", "Indonesia"), ("Beijing", "China"))) in listed
    # two cities in a headline are two cities, not a town and its state
    assert unordered_pairs("Peshawar, New York declared sister cities") == {
        frozenset((("Peshawar", "Pakistan"), ("New York City", "United States")))}


def test_saint_louis_is_senegals():
    # Natural Earth files the city under Mauritania: the gazetteer puts it back in Senegal, with its item
    found = package_extract_article("St. Louis, Missouri and Saint-Louis, Senegal have been sister cities since "
                                    "2010.")["relations"]
    assert {(side["name"], side["country"], side.get("qid")) for r in found for side in (r["a"], r["b"])} \
        >= {("Saint-Louis", "Senegal", "Q273779")}


def test_a_turkish_metropolitan_municipality_is_its_province():
    # "Sakarya" is the metropolitan municipality as large as the province, not its seat Adapazarı
    assert unordered_pairs("Visoko and Sakarya municipalities signed a sister city protocol.") == {
        frozenset((("Visoko", "Bosnia and Herzegovina"), ("Sakarya Province", "Turkey")))}


def test_a_national_sister_cities_body_names_no_tie():
    # "Sister Cities Australia" is the national body; the alderman's council and its state are no pair
    text = ("Brian Wilson, an alderman from Tasmania's Davenport Council, is also the president of Sister Cities "
            "Australia.")
    assert unordered_pairs(text) == set()


def test_what_second_readers_found_after_the_twenty_seventh_sessions_changes():
    # a 'will' of another clause makes no weekday one to come
    found = package_extract_article("The mayor will arrive in January for talks, and the two cities signed a sister "
                                    "city agreement between Geelong and Izumiotsu on Friday.", published="2024-05-15")
    assert [r["event_date"] for r in found["relations"]] == ["2024-05-10"]
    # "WA" and "NT" after an Australian town are Western Australia and the Northern Territory
    for text in ("Perth, WA and Kagoshima, Japan celebrated 50 years as sister cities.",
                 "Darwin, NT and Ambon, Indonesia renewed their sister city agreement."):
        assert "Australia" in {side["country"] for r in package_extract_article(text)["relations"]
                               for side in (r["a"], r["b"])}
    # a council named "X with Y" is one party
    assert unordered_pairs("Blackburn with Darwen has been twinned with Peine in Germany since 1975.") == {
        frozenset((("Blackburn with Darwen", "United Kingdom"), ("Peine", "Germany")))}


def test_a_tie_said_to_have_ended_after_a_long_name_and_its_country():
    found = package_extract_article("Walikota Denpasar menyatakan hubungan kota kembar dengan Kota Mossel Bay, Afrika "
                                    "Selatan, telah berakhir.")["relations"]
    assert [r["stage"] for r in found] == ["ended"]


def test_a_year_that_closes_the_clause_of_a_signing_dates_it():
    # "A and B signed ... in 2017" as "A signed ... with B in 2017": the signing's year, not the publication's
    for text in ("Bandung and Suwon signed a sister city agreement in 2017.",
                 "Bandung signed a sister city agreement with Suwon in 2017."):
        assert [r["event_date"] for r in package_extract_article(text, published="2024-05-01")["relations"]] == ["2017"]


def test_an_agreement_ended_after_its_partner_and_country():
    found = package_extract_article("San Diego's sister city agreement with Jalalabad, Afghanistan was ended in "
                                    "2021, council members said.")["relations"]
    assert [(r["stage"], r["event_date"]) for r in found] == [("ended", "2021")]


def test_the_town_a_consul_sits_in_is_no_party():
    found = unordered_pairs("The mayor of Darwin met the Indonesian consul in Kupang and the high commission at Port "
                            "Moresby before Darwin renewed its sister city agreement with Ambon.")
    assert found == {frozenset((("Darwin", "Australia"), ("Ambon", "Indonesia")))}


def test_names_written_with_letters_beyond_ascii_are_read_whole():
    # signatories were cut at the first accented letter ("Istv" for István, "Zden" for Zdeněk)
    found = package_extract_article("Prague and Taipei signed a sister city agreement on Monday. Prague Mayor "
                                    "Zdeněk Hřib signed it with Taipei Mayor Ko Wen-je.",
                                    published="2020-01-13")["relations"]
    assert [sorted(s["name"] for s in r["signatories"]) for r in found] == [["Ko Wen-je", "Zdeněk Hřib"]]
    # an Irish particle inside the name, and one person named in full and again by the family name
    found = package_extract_article("Boston and Belfast signed a sister city agreement on Monday. Belfast Mayor "
                                    "Máirtín Ó Muilleoir and Boston Mayor Martin Walsh signed it. Later, Belfast Mayor "
                                    "Muilleoir thanked the hosts.", published="2014-11-17")["relations"]
    assert [sorted(s["name"] for s in r["signatories"]) for r in found] == [["Martin Walsh", "Máirtín Ó Muilleoir"]]


def test_a_mayor_named_after_his_municipality_is_a_person_where_the_text_then_uses_the_family_name():
    # "Mayor of Konya Metropolitan Municipality Uğur İbrahim Altay ... Mayor Altay": a person, not Altay in China
    text = ("Mayor of Konya Metropolitan Municipality Uğur İbrahim Altay visited the ambassador of Azerbaijan. The "
            "visit was attended by Mayor Altay and his delegation. President Altay said they wish to strengthen "
            "sister city relations between the two countries.")
    assert unordered_pairs(text) == set()


def test_a_division_written_after_its_citys_possessive_is_the_party():
    # "Antalya's Kepez Province": Kepez is the party, Antalya says where it lies
    assert unordered_pairs("Balykchy and Antalya's Kepez Province establish sister city relations") == {
        frozenset((("Balykchy", "Kyrgyzstan"), ("Kepez", "Turkey")))}


def test_a_draft_agreement_approved_is_still_a_proposal():
    found = package_extract_article("The cabinet approved a draft twinning agreement between the Municipality of "
                                    "Doha in the State of Qatar and the city of Almaty in Kazakhstan.")["relations"]
    assert [r["stage"] for r in found] == ["proposed"]
    # a draft the sentence then has signed is the signed document
    for text in ("After months of negotiation the draft was finalized, and on Friday the mayors of Lviv and Wrocław "
                 "signed the twinning agreement in Wrocław.",
                 "Rancangan MoU sister city Kota Palembang dan Kota Jeonju akhirnya ditandatangani kedua wali kota "
                 "pada Selasa."):
        assert [r["stage"] for r in package_extract_article(text)["relations"]] in (["agreement_signed"], ["mou_signed"])


def test_a_gift_made_within_the_framework_of_a_sister_city_agreement_rests_on_a_tie_that_exists():
    found = package_extract_article("The protocol on 20 trams given to Sarajevo within the framework of the sister "
                                    "city agreement of Konya was signed on Monday.")["relations"]
    assert [r["stage"] for r in found] == ["active"]
    # an agreement still to come is no tie that exists
    found = package_extract_article("Under the agreement, Bandung and Suwon will be declared sister cities.")["relations"]
    assert [r["stage"] for r in found] != ["active"]


def test_a_city_in_a_province_left_unnamed_makes_no_tie_of_the_province():
    # "antara kota di Maluku dengan salah satu kota di Jepang": some city of the province, none named
    assert unordered_pairs("Duta Besar ingin mengembangkan hubungan kota kembar antara kota di Maluku dengan salah "
                           "satu kota di Jepang.") == set()


def test_a_citys_global_body_and_a_bodys_acronym_in_brackets_leave_the_city_its_name():
    # "Global Cleveland" (the city's international body) is no person whose name would hide Cleveland, and
    # "(SABA local partner)" is an association's acronym, not Saba in the Caribbean
    text = ("Between May 1 and 3, 2019 Global Cleveland (SABA local partner) organized a Sister Cities Conference. "
            "Today Cleveland has 23 sister cities; its newest sister city is Beit She'an, Israel.")
    assert unordered_pairs(text) == {frozenset((("Cleveland", "United States"), ("Beit She'an", "Israel")))}


def test_an_everyday_word_before_an_office_is_the_offices_name():
    # "USAID Mission Director": no Mission in Texas, though the text names the United States
    text = ("The United States Agency for International Development (USAID) Mission Director Susan Brems and "
            "Legazpi City Mayor Noel Rosal signed a memorandum of understanding on urban development. Other partner "
            "cities of the programme include Batangas, Iloilo and Zamboanga.")
    assert not any("Mission" in (r["a"]["name"], r["b"]["name"]) for r in package_extract_article(text)["relations"])


def test_a_saint_shortened_inside_a_name_is_still_the_place():
    # "Mont St Aignan" is Mont-Saint-Aignan, as "St Pol" is Saint-Pol
    found = package_extract_article("Edenbridge is twinned with Mont St Aignan in Normandy, France.")["relations"]
    assert {frozenset((r["a"]["name"], r["b"]["name"])) for r in found} == {frozenset(("Edenbridge",
                                                                                      "Mont-Saint-Aignan"))}


def test_a_region_in_brackets_after_a_name_the_gazetteer_lacks_gives_its_country():
    # "Geoege Town (Pulau Penang)": a misspelt town of Penang, not of the list's first country
    text = ("Pemkot Medan telah menjalin kerja sama kota kembar dengan sejumlah kota, di antaranya Gwang ju di Korea, "
            "Ichikawa di Jepang, Geoege Town (Pulau Penang), dan Ipoh di Malaysia.")
    countries = {r["b"]["country"] if r["a"]["name"] == "Medan" else r["a"]["country"]
                 for r in package_extract_article(text)["relations"]
                 if "Geoege" in (r["a"]["name"], r["b"]["name"])}
    assert countries == {"Malaysia"}


def test_a_given_name_before_who_is_a_person_though_a_town_bears_it():
    # "Freeman Mary Ashley, who was a councillor": no Mary in Turkmenistan beside the twins
    text = ("Freeman Mary Ashley, who was a city councillor in 1983 when the twinning agreement between Ishikari and "
            "Campbell River was signed, welcomed the delegation.")
    assert unordered_pairs(text) == {frozenset((("Ishikari", "Japan"), ("Campbell River", "Canada")))}
    # a family name that is an everyday word too
    assert unordered_pairs("Sydney Lee, who heads the Burnaby council, said Burnaby and Hwaseong, South Korea renewed "
                           "their friendship agreement.") == {frozenset((("Burnaby", "Canada"), ("Hwaseong", "South Korea")))}


def test_a_town_only_geonames_knows_is_the_sites_own_where_already_read_as_an_unknown_place():
    # "between Chorleywood and Dardilly, France" on a British site: Chorleywood is the Hertfordshire town
    found = package_extract_article("A group of St Clement Danes students welcomed their French friends at Heathrow. "
                                    "The school connection began as part of the town twinning initiative between "
                                    "Chorleywood and Dardilly, France when a teacher set up the link. Two teachers "
                                    "stayed in Chorleywood with Twinning Association members.",
                                    url="https://www.chorleywoodmagazine.co.uk/french-exchange")["relations"]
    assert {frozenset(((r["a"]["name"], r["a"]["country"]), (r["b"]["name"], r["b"]["country"]))) for r in found} \
        == {frozenset((("Chorleywood", "United Kingdom"), ("Dardilly", "France")))}


def test_the_anniversary_of_a_friendship_between_two_places_is_their_tie():
    # the English of Chinese and Japanese local governments and papers
    assert unordered_pairs("This year marks the 25th anniversary of the establishment of friendly relationship "
                           "between Zhejiang Province and Tochigi Prefecture, Japan.") == {
        frozenset((("Zhejiang", "China"), ("Tochigi Prefecture", "Japan")))}
    # not two mayors' friendship, nor the friendship of their countries
    assert unordered_pairs("Mayor Kim of Jeonju and Mayor Tanaka of Kanazawa marked the 10th anniversary of their "
                           "friendship over dinner.") == set()
    assert unordered_pairs("Officials from Nagoya and Medan attended the 65th anniversary of the friendship between "
                           "Japan and Indonesia in Jakarta.") == set()


def test_a_long_list_of_places_a_city_is_linked_with_after_a_twinning_paragraph_is_its_partners():
    text = ("Almost three decades ago Glasgow gained itself a twin in Nuremberg. The 1985 twinning pact was to be the "
            "first of a further seven such arrangements.\n\nOver the next two decades Glasgow's family would grow and "
            "today we are also linked with Rostov-on-Don in Russia, Dalian in China, Havana in Cuba, Turin in Italy, "
            "Lahore in Pakistan and Marseille in France.")
    glasgow = ("Glasgow", "United Kingdom")
    assert {frozenset((glasgow, partner)) for partner in (("Rostov-on-Don", "Russia"), ("Dalian", "China"),
                                                          ("Havana", "Cuba"), ("Turin", "Italy"), ("Lahore", "Pakistan"),
                                                          ("Marseille", "France"))} <= unordered_pairs(text)


def test_places_linked_by_flights_are_no_partners():
    text = ("Leeds is twinned with Dortmund in Germany, and the two cities marked the anniversary on Saturday.\n\n"
            "Leeds Bradford Airport said it is now linked with Dublin, Amsterdam, Paris, Málaga, Alicante and Faro by "
            "direct flights.")
    assert unordered_pairs(text) == {frozenset((("Leeds", "United Kingdom"), ("Dortmund", "Germany")))}


def test_business_partners_in_places_are_no_partners_of_a_tie():
    # "trading partners in Tokyo, Hitachi City and Yokohama": firms there, beside the sister city Kagoshima
    text = ("It was a reciprocal visit which honoured the 50th anniversary of Perth's sister-city relationship with "
            "Kagoshima City and provided the opportunity to connect with some of WA's biggest corporate trading "
            "partners in Tokyo, Hitachi City and Yokohama, all of whom have offices in the city.")
    assert unordered_pairs(text) == {frozenset((("Perth", "Australia"), ("Kagoshima", "Japan")))}
    assert unordered_pairs("Kota Surabaya yang telah menjalin sister city dengan Kitakyushu juga memiliki mitra bisnis "
                           "di Osaka, Nagoya dan Fukuoka, kata wali kota.") == {
        frozenset((("Surabaya", "Indonesia"), ("Kitakyūshū", "Japan")))}


def test_a_family_name_after_its_particle_is_no_town():
    # "mayor Aad Van Hulst": Hulst in Zeeland is no partner of Cebu
    text = ("Donations will go to the projects of the sister-city organization Vereniging Haarlemmermeer-Cebu (VHC). "
            "Reaching Cebu, the keys of the fire truck will be given to the Emergency Rescue Unit Foundation, the first "
            "beneficiary of the sister-city ties when then Haarlemmermeer mayor Aad Van Hulst and Cebu City counterpart "
            "Tomas Osmena began exploring sister-city ties on October 15, 1990.")
    assert not any("Hulst" in (r["a"]["name"], r["b"]["name"]) for r in package_extract_article(text)["relations"])


def test_places_listed_before_a_possessed_twin_are_visited_not_twinned():
    # "will visit Tokyo, Osaka, Kobe and its sister city Kyoto": Tokyo, Osaka and Kobe are no partners
    for text in ("The governor of Yogyakarta will visit Tokyo, Osaka, Kobe and its sister city Kyoto from 23 to 29 May.",
                 "Gubernur Daerah Istimewa Yogyakarta akan mengunjungi kota Tokyo, Osaka, Kobe dan kota \"sister "
                 "city-nya\" Kyoto, mulai tanggal 23 Mei."):
        partners = {side for pair in unordered_pairs(text) for side, _ in pair}
        assert not partners & {"Tokyo", "Ōsaka", "Osaka", "Kōbe", "Kobe"}
    # a list the sentence calls twins, or names with no visit, stays its owner's partners
    assert len(unordered_pairs("Busan's sister cities include Shanghai, Osaka and Los Angeles, and its sister city "
                               "Kitakyushu.")) >= 3
    assert {"Strasbourg", "Melbourne"} <= {side for pair in unordered_pairs(
        "Boston has ties with Strasbourg, Melbourne, Taipei and its oldest sister city Kyoto.") for side, _ in pair}
    # a twinning word before the visit says nothing of the places visited
    partners = {side for pair in unordered_pairs("Boston's sister city delegation will visit Tokyo, Osaka, Kobe and "
                                                 "its sister city Kyoto next month.") for side, _ in pair}
    assert not partners & {"Tokyo", "Ōsaka", "Kōbe"}


def test_news_written_in_indonesian_speaks_from_indonesia():
    # with no site to tell, the language does: an Indonesian story about a Chinese delegation is at home in
    # Indonesia (as the site's country would make it), not in the country of the place it names most
    from sister_cities.extract import lexicon as lx
    from sister_cities.extract.relations import ArticleReader
    from sister_cities.gazetteer import Gazetteer
    text = ("Wali Kota Shanghai dan rombongan yang berjumlah 19 orang berkeliling Keraton Yogyakarta. Rombongan Wali "
            "Kota Shanghai juga mengunjungi museum dan santap siang di sana. Kunjungan itu dilakukan dalam rangka "
            "reafirmasi perjanjian kerja sama persahabatan kedua daerah.")
    assert lx.written_in_indonesian(text)
    assert not lx.written_in_indonesian("The mayor of Shanghai and a delegation of 19 toured the palace in "
                                        "Yogyakarta, visited the museum and had lunch there with the sultan's daughter.")
    assert ArticleReader(Gazetteer.default(), text, None, "2023-05-01").places.home == "ID"


def test_a_name_the_gazetteer_lacks_after_an_office_and_before_its_country_is_the_offices_place():
    # "Wali Kota Gimje Korea Selatan, Lee Gun Sik": Gimje is the town, Lee Gun Sik its mayor
    text = ("Wali Kota Gimje Korea Selatan, Lee Gun Sik, mengaku kagum dengan upacara di Kota Batam. Kunjungan itu "
            "sekaligus untuk menandatangani nota kesepahaman kota kembar di antara Kota Batam dan Gimje.")
    found = package_extract_article(text)["relations"]
    assert {frozenset(((r["a"]["name"], r["a"]["country"]), (r["b"]["name"], r["b"]["country"]))) for r in found} \
        == {frozenset((("Batam", "Indonesia"), ("Gimje", "South Korea")))}
    assert "Lee Gun Sik" in {s["name"] for r in found for s in r["signatories"]}


def test_the_month_may_is_no_modal_of_a_plan():
    # "a ceremony held on 12 May 2018" dates an event; only the lower-case "may" hopes
    from sister_cities.extract.stages import stage_of
    assert stage_of("The ambulance bought by Bagcilar was handed to Skrapar at a ceremony on 12 May 2018.") is None
    assert stage_of("The two towns may one day be twinned.") == "proposed"
    found = package_extract_article("Skrapar, Bağcılar's sister city, received a fire engine from its partner at a "
                                    "ceremony on 12 May 2018, the mayor of Bağcılar said.")["relations"]
    assert [r["stage"] for r in found] == ["active"]


def test_a_tie_that_turns_fifty_is_a_tie_that_exists():
    found = package_extract_article("One reason for the governor's visit to Malaysia is to celebrate the sister city "
                                    "relationship between George Town and Adelaide, which turns 50 this year.")["relations"]
    assert [r["stage"] for r in found] == ["active"]


def test_a_future_that_carries_on_a_tie_under_its_agreement_rests_on_a_tie_that_exists():
    found = package_extract_article("Next year, Hanoi and Vientiane will intensify collaboration within the framework "
                                    "of their twinning agreement, the mayor said.")["relations"]
    assert [r["stage"] for r in found] == ["active"]


def test_a_town_named_last_in_a_lead_sentence_is_the_articles_own_town():
    # "life in Findlay." closes its sentence: the stop is no part of the name the towns' table knows
    text = ("Two pupils from Kawaguchi in Japan began a term at a high school this month. They came to see what "
            "daily life is like in Findlay. The principal said Kawaguchi, Japan and the City of Findlay have been "
            "sister cities for years.")
    assert unordered_pairs(text) == {frozenset((("Findlay", "United States"), ("Kawaguchi", "Japan")))}


def test_a_city_named_like_its_prefecture_is_no_prefecture():
    # the gazetteer knows Yamanashi Prefecture, not Yamanashi, the city of 35,000: "Yamanashi City, Japan" is
    # that city, a place without an item, never the prefecture (nor is a known city's "Fukuoka City" touched)
    found = package_extract_article("Sioux City signed a sister city agreement with Yamanashi City, Japan, in 2003.",
                                    published="2003-05-01")["relations"]
    sides = {(side["name"], side.get("kind"), side.get("qid")) for r in found for side in (r["a"], r["b"])}
    assert ("Yamanashi Prefecture", "prefecture", "Q132720") not in sides
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("Delegates of Yamanashi City, Japan and Fukuoka City met.")
    places = {m.core: (m.kind, m.country, m.place.name if m.place else None) for m in found.mentions}
    assert places["Yamanashi"] == ("city", "JP", None)
    assert places["Fukuoka"][0] == "city" and places["Fukuoka"][2] is not None


def test_a_friendship_town_is_a_twinning_word():
    text = ("Visitors from Hebden Bridge's friendship town, Paratico in Italy, spent a week in Yorkshire. They met "
            "the Hebden Bridge Twinning Society.")
    assert unordered_pairs(text) == {frozenset((("Hebden Bridge", "United Kingdom"), ("Paratico", "Italy")))}


def test_what_follows_an_english_office_and_of_begins_with_a_place_not_a_person():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    finder = MentionFinder(Gazetteer.default())
    for text in ("A letter came from the Mayor of Paratico Carlo Tengattini.",
                 "A letter came from the Mayor of Paratico, Carlo Tengattini."):
        assert [person for _, person, _ in finder.find(text).people] == ["Carlo Tengattini"]
    # two words after "of" may be the place's alone: no person is read into them
    assert [person for _, person, _ in finder.find("A letter came from the Mayor of Paratico Lombardia.").people] == []


def test_a_site_named_after_a_city_is_no_person_whose_name_hides_the_city():
    # "Weihai Torch Hi-tech Science Park" is a park, not a person called Weihai: the city stays a place
    text = ("Weihai welcomed delegations from its sister cities Turda, Romania and Jeju, South Korea. The guests "
            "toured the Weihai Torch Hi-tech Science Park.")
    assert unordered_pairs(text) == {frozenset((("Weihai", "China"), ("Turda", "Romania"))),
                                     frozenset((("Weihai", "China"), ("Jeju", "South Korea")))}


def test_a_visit_between_partners_proposes_nothing():
    # visits are what ties that exist are made of; the stage of such a story is the tie's, not a proposal
    for text in ("Students from Saiki visited Gladstone this week as part of the sister city relationship between "
                 "Gladstone and Saiki.",
                 "Mildura welcomes visitors from its sister city Kumatori, who visited the town's schools."):
        assert [r["stage"] for r in package_extract_article(text, published="2018-08-15")["relations"]] == ["active"]
    # a visit that goes on to discuss a tie still proposes it
    found = package_extract_article("The mayor of Gladstone visited Saiki to discuss a sister city relationship.",
                                    published="2018-08-15")["relations"]
    assert [r["stage"] for r in found] == ["proposed"]


def test_an_invitation_to_partners_and_friends_meeting_again_tell_a_tie_that_exists():
    from sister_cities.extract.stages import stage_of
    # "to renew friendships" is friends meeting again, not a document renewed; partners invited are partners
    assert stage_of("The guests came to renew friendships and discuss trade.") != "renewed"
    assert stage_of("The two cities renewed their friendship agreement.") == "renewed"
    assert stage_of("Weihai invited delegations from four international sister cities to its trade fair.") != "proposed"
    assert stage_of("The mayor invited Kyoto to become a sister city.") == "proposed"
    found = package_extract_article("Sister cities gather in Weihai to renew friendships. Weihai invited delegations from "
                                    "its sister cities Turda, Romania and Jeju, South Korea.",
                                    published="2023-09-28")["relations"]
    assert {r["stage"] for r in found} == {"active"}



def test_a_sibling_city_is_a_sister_city_and_a_metropolis_a_city():
    assert unordered_pairs("The park opened in 1973 after Seoul and Ankara entered into a sibling city "
                           "relationship.") == {frozenset((("Seoul", "South Korea"), ("Ankara", "Turkey")))}
    # Ghana's local governments: "the Tema Metropolis", "Tema Metropolitan Assembly" are Tema
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("The delegation visited the Tema Metropolis and the Tema "
                                                    "Metropolitan Assembly.")
    assert [(m.core, m.country) for m in found.mentions] == [("Tema", "GH"), ("Tema", "GH")]


def test_the_bond_between_two_places_is_read_for_its_pair():
    # the sentence that names the pair by "the bond between" is read for bare names: the town, not only its county
    text = ("Scranton raises County Mayo flag. The city of Scranton is showing its support to its sister city in "
            "Ireland. The bond between Scranton and the city of Ballina, in County Mayo, Ireland, dates back "
            "generations. Many Mayo families settled in Scranton. Many went to work in the mines. In 1991, they "
            "officially became sister cities.")
    assert frozenset((("Scranton", "United States"), ("Ballina", "Ireland"))) in unordered_pairs(text)


def test_a_little_known_town_written_twice_beside_its_partner_is_still_paired_with_it():
    # the town's own name again in the sentence is no third place that would leave the pair in doubt (here where
    # "Bridgnorth Spartans", a football club, reads like a person's name)
    text = ("Players of Bridgnorth Spartans met the visitors. Bridgnorth and the German town of Schrobenhausen were "
            "twinned three decades ago, with Bridgnorth marking the anniversary last year.")
    assert unordered_pairs(text) == {frozenset((("Bridgnorth", "United Kingdom"), ("Schrobenhausen", "Germany")))}


def test_two_zoos_that_become_sisters_twin_no_towns():
    text = ("Hsinchu Zoo and Japan's Tobu Zoo establish sister relations. Hsinchu Zoo and Tobu Zoo in Japan's Saitama "
            "Prefecture on Tuesday established sister relations to cooperate on animal care.")
    assert unordered_pairs(text) == set()


def test_the_capital_of_a_country_is_its_capital_city():
    # a country's one national capital (Natural Earth's), where the sentence does not name the city itself
    assert unordered_pairs("The capital city of Cambodia and Cleveland are now sister cities.") \
        == {frozenset((("Phnom Penh", "Cambodia"), ("Cleveland", "United States")))}
    assert unordered_pairs("The mayor discussed establishing twinning relations between the capitals of Kazakhstan "
                           "and Bulgaria.") == {frozenset((("Astana", "Kazakhstan"), ("Sofia", "Bulgaria")))}
    from sister_cities.gazetteer import Gazetteer
    gazetteer = Gazetteer.default()
    assert gazetteer.capital("KH").name == "Phnom Penh"
    assert gazetteer.capital("BO") is None  # two capitals, La Paz and Sucre: the text must say which
    # "Phnom Penh, the capital of Cambodia" only locates the city it names
    from sister_cities.extract.mentions import MentionFinder
    found = MentionFinder(gazetteer).find("Phnom Penh, the capital of Cambodia, welcomed the mayor of Cleveland.")
    assert [m.core for m in found.mentions if m.place is not None and m.place.name == "Phnom Penh"] == ["Phnom Penh"]
    # and an apposition, or the country's possessive, places another city: "Kunming, the capital city of China's
    # Yunnan province" is no Beijing
    found = MentionFinder(gazetteer).find("Wagga severed its ties with Kunming, the capital city of China's Yunnan "
                                          "province.")
    assert "Beijing" not in {m.place.name for m in found.mentions if m.place is not None}


def test_a_council_twinned_with_its_namesake_abroad_is_the_namesake_at_the_sites_home():
    # on Lismore City Council's own site (New South Wales), "Sister city relationship with Lismore, Ireland" names
    # the Irish town; every bare Lismore is the council's own, though the gazetteer knows no twins of it
    text = ("Lismore City Council is calling for expressions of interest to join its Sister City Advisory Panel. "
            "Lismore has the following cultural relationships: Sister city relationship with Yamato Takada, Japan. "
            "Sister city relationship with Lismore, Ireland.")
    found = package_extract_article(text, url="https://www.lismore.nsw.gov.au/news/page.asp")["relations"]
    assert ("Lismore", "Australia") in {(side["name"], side["country"]) for r in found for side in (r["a"], r["b"])}
    assert ("Lismore", "Ireland") not in {(r["a"]["name"], r["a"]["country"]) for r in found
                                          if r["b"]["name"] == "Yamato-Takada"}


def test_an_everyday_word_before_council_is_no_town_of_the_towns_table():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("ICLEI (International Council for Local Environmental "
                                                    "Initiatives) is one of its partners.")
    assert all(m.place is None for m in found.mentions)


def test_partners_another_place_owns_in_the_sentence_are_not_the_articles_places():
    text = ("Beijing Mayor Wang Qishan and London Mayor Ken Livingstone signed a sister city agreement in Beijing on "
            "Monday. Wang said the two cities will cooperate in trade, culture and the Olympic Games. The sister city "
            "relationship means relations will be closer. London's other sister cities are New York, Moscow, Berlin "
            "and Paris.")
    found = package_extract_article(text, title="Beijing, London become sister cities", published="2006-04-11",
                                    url="http://www.chinadaily.com.cn/china/x.htm")["relations"]
    pairs = {frozenset(((r["a"]["name"], r["a"]["country"]), (r["b"]["name"], r["b"]["country"]))) for r in found}
    assert not any(("Beijing", "China") in pair and ("Moscow", "Russia") in pair for pair in pairs)
    assert frozenset((("London", "United Kingdom"), ("Moscow", "Russia"))) in pairs


def test_an_american_territory_twins_as_a_region_of_the_united_states():
    found = package_extract_article("The governor met Guam's lieutenant governor, and they discussed possible sisterhood "
                                    "ties between Negros Occidental and Guam.", published="2022-06-08")["relations"]
    assert {frozenset(((r["a"]["name"], r["a"]["country"]), (r["b"]["name"], r["b"]["country"]))) for r in found} \
        == {frozenset((("Negros Occidental", "Philippines"), ("Guam", "United States")))}


def test_a_headline_joining_two_parties_by_a_comma_does_not_locate_the_first_in_the_second():
    # "Cebu, Fujian Strengthen Sisterhood Ties": two sides before the verb, not Cebu somewhere in Fujian
    found = package_extract_article("Officials of China's Fujian Province visited the Capitol on Monday. Last year, "
                                    "Fujian and Cebu signed a sisterhood agreement.",
                                    title="Cebu, Fujian Strengthen Sisterhood Ties", published="2019-04-23")["relations"]
    sides = {(side["name"], side["country"]) for r in found for side in (r["a"], r["b"])}
    assert ("Cebu", "China") not in sides and {("Fujian", "China")} < sides
    assert {country for name, country in sides if name.startswith("Cebu")} == {"Philippines"}


def test_a_twinning_the_article_denies_twins_no_one():
    # "not as a twin city but as a partnership city": the cooperation the article reports is no twinning
    text = ("Program belajar ini merupakan tindak lanjut penjajakan kerja sama Ambon-Kyoto. \"Wali Kota Kyoto "
            "menginginkan kerja sama bukan dalam bentuk kota kembar tetapi hubungan mitra kerja,\" katanya. "
            "Ditambahkannya, kerja sama kota bersaudara yang telah terjalin selama ini akan dilanjutkan.")
    assert unordered_pairs(text) == set()
    # a sentence that names the pair with a twinning word outweighs a denial elsewhere
    assert unordered_pairs("Ambon and Kyoto signed a sister city agreement. Kyoto is not a sister city of Bandung.") \
        == {frozenset((("Ambon", "Indonesia"), ("Kyoto", "Japan")))}


def test_a_territory_after_a_town_and_a_comma_says_where_the_town_lies():
    # "San Juan, Puerto Rico": the territory locates the town (filed under the United States) and is no side
    found = package_extract_article("San Juan, Puerto Rico, and Cádiz, Spain, renewed their sister city agreement.",
                                    published="2019-05-01")["relations"]
    assert {frozenset(((r["a"]["name"], r["a"]["country"]), (r["b"]["name"], r["b"]["country"]))) for r in found} \
        == {frozenset((("San Juan", "United States"), ("Cádiz", "Spain")))}
    assert all(r["confidence"] >= 0.75 for r in found)


def test_a_signing_that_may_come_is_a_proposal():
    from sister_cities.extract.stages import stage_of
    assert stage_of("Bogor may sign a sister city agreement with Bandung next year.") == "proposed"
    assert stage_of("On 12 May the mayors signed the twinning agreement.") == "agreement_signed"


def test_cooperation_between_two_places_beside_a_twinning_between_two_others_is_no_twinning():
    text = ("At the forum the ministers exchanged documents on expanding cooperation between Baku and Tashkent and "
            "establishing sister city relations between Quba and Jizzakh, and Beylagan and Shakhrisabz.")
    assert frozenset((("Baku", "Azerbaijan"), ("Tashkent", "Uzbekistan"))) not in unordered_pairs(text)
    assert unordered_pairs("The two mayors signed an agreement on sister city relations between Baku and Tashkent.") \
        == {frozenset((("Baku", "Azerbaijan"), ("Tashkent", "Uzbekistan")))}


def test_what_a_tie_will_do_is_no_plan_of_one():
    # a future, an aim or a hope whose subject is the tie or its document says what the tie does, not that it
    # is still to come; a signing still to come stays a plan
    from sister_cities.extract.stages import tie_futures_masked
    assert stage_of("The friendship agreement will open new markets for firms of both towns.") == "agreement_signed"
    assert stage_of("Kerja sama ini akan berlangsung selama lima tahun.") != "proposed"
    assert "will" in tie_futures_masked("The agreement will be signed in Ghent next spring.")
    assert "akan" in tie_futures_masked("Kerja sama itu akan segera diteken oleh kedua wali kota.")
    assert "will" not in tie_futures_masked("This partnership will bring students together.")
    assert "berharap" not in tie_futures_masked("Ia berharap kerja sama ini dapat membawa manfaat.")
    assert "berharap" in tie_futures_masked("Ia berharap kerja sama ini dapat segera terwujud.")
    # a council that "will continue" the friendly cooperation it cherishes plans no new tie
    assert stage_of("The council will continue to develop friendly cooperation and cherished its sister relationship "
                    "with Dalian.") != "proposed"
    text = ("Tarragona signs friendly city agreement with Kumamoto. The mayors of Tarragona and Kumamoto signed the "
            "agreement at a ceremony in Kumamoto on Tuesday. The agreement seeks to develop exchanges in tourism and "
            "education. This friendly city agreement will provide local businesses with access to new markets, the "
            "mayor of Tarragona said.")
    assert [r["stage"] for r in package_extract_article(text, published="2017-05-10")["relations"]] \
        == ["agreement_signed"]
    plan = ("Tarragona and Kumamoto to sign friendly city agreement. The mayors of Tarragona and Kumamoto agreed "
            "that the friendly city agreement will be signed in Kumamoto next month.")
    assert [r["stage"] for r in package_extract_article(plan, published="2017-05-10")["relations"]] == ["proposed"]
    plan = "The mayors of Tarragona and Kumamoto said the friendly city agreement will be signed there next month."
    assert [r["stage"] for r in package_extract_article(plan, published="2017-05-10")["relations"]] == ["proposed"]


def test_the_signing_of_a_sister_relationship_signs_it_and_a_link_broken_has_ended():
    assert stage_of("The signing of a sister relationship between Sibiu and Lorient was the highlight of the "
                    "visit.") == "agreement_signed"
    assert stage_of("The two mayors signed a sister-city relationship in the town hall.") == "agreement_signed"
    assert stage_of("In 2012 the city link between Lorient and Sibiu was broken over the mayor's remarks.") == "ended"


def test_a_country_named_with_and_the_or_a_saints_abbreviation_is_the_country():
    # "Saint Vincent and the Grenadines" is no Grenadines parish, "St. Kitts and Nevis" no town called Nevis
    text = ("Kingstown and Taipei become sister cities. Kingstown and Taipei City officially became sister cities on "
            "Tuesday. As Saint Vincent and the Grenadines and Taiwan embark on this journey as sister cities, the two "
            "capitals will explore new avenues of cooperation.")
    assert unordered_pairs(text) == {frozenset((("Kingstown", "Saint Vincent and the Grenadines"), ("Taipei", "Taiwan")))}
    assert unordered_pairs("Basseterre, St. Kitts and Nevis, signed a sister city agreement with Tainan, Taiwan.") \
        == {frozenset((("Basseterre", "Saint Kitts and Nevis"), ("Tainan", "Taiwan")))}


def test_lines_of_partners_with_the_year_of_each_tie_under_a_heading_are_its_list():
    text = ("Tracy approves a memorandum with Sorrento. Tracy currently has three active Sister Cities:\n\n"
            "Sister Cities (and initial year of agreements)\n\nLinyi, China (2006)\n\nIloilo City, Philippines (2014)\n\n"
            "Sorrento, Italy (2019)\n\nThe program is run by volunteers.")
    found = {(r["b"]["name"], r["event_date"]) for r in package_extract_article(text, published="2024-04-16")["relations"]
             if r["a"]["name"] == "Tracy"}
    assert {("Linyi", "2006"), ("Iloilo City", "2014")} <= found


def test_a_signing_told_as_done_outweighs_the_hopes_around_it():
    # the hopes and wishes that follow a signing are the tie's programme, not a tie still to come
    text = ("Graz, Bethlehem mayors sign twin city accord. Graz Mayor Anna Berger and Bethlehem Mayor Anton Salem "
            "signed a twin city agreement between their cities in Bethlehem on Monday. Graz hopes to focus its "
            "cooperation with Bethlehem on culture and sport, he said. Bethlehem wants to engage in exchanges with "
            "its newfound twin city, and its mayor plans on visiting Graz next spring.")
    assert [r["stage"] for r in package_extract_article(text, published="2018-09-04")["relations"]] \
        == ["agreement_signed"]
    # a signing still to come is no signing done
    plan = ("Graz and Bethlehem to sign twin city accord. Graz Mayor Anna Berger hopes to visit Bethlehem, where "
            "the two mayors will sign a twin city agreement between their cities next month.")
    assert [r["stage"] for r in package_extract_article(plan, published="2018-09-04")["relations"]] == ["proposed"]


def test_the_other_partners_listed_after_a_count_of_a_places_partners_are_that_places():
    # "... New Haven's eighth sister city. The other seven are ...": the list is the counted place's, not the
    # newcomer's (the story's other place)
    text = ("Kassel and Changsha, China have started to draft plans to become official sister cities. Officials "
            "traveled to Changsha, Hunan, to sign a letter of intent. Given the university's rich history in "
            "Changsha, officials saw Changsha as the ideal Chinese city to become Kassel's eighth sister city. The "
            "other seven are Taichung, Taiwan; Amalfi, Italy; Avignon, France; Freetown, Sierra Leone and León, "
            "Nicaragua.")
    pairs = unordered_pairs(text)
    kassel = ("Kassel", "Germany")
    assert {frozenset((kassel, partner)) for partner in (("Amalfi", "Italy"), ("Avignon", "France"),
                                                          ("Freetown", "Sierra Leone"))} <= pairs
    assert not any(("Changsha", "China") in pair and ("Amalfi", "Italy") in pair for pair in pairs)


def test_what_second_readers_found_on_the_stage_mends():
    # a trip or a festival scuttled ends no tie; a signing that will take place has not; a tie never broken
    # stands; two places that have no sister city relationship are no pair
    assert stage_of("Bad weather scuttled the mayor's trip to Ningbo, the town's sister city.") != "ended"
    assert stage_of("Heavy rain scuttled the sister city festival marking 20 years of ties.") != "ended"
    assert stage_of("The government scuttles the council's Taiwanese sister city agreement.") == "ended"
    assert stage_of("Hubungan kota kembar itu tidak pernah putus sejak 1960.") != "ended"
    assert stage_of("The signing of a sister relationship between the two towns took place in May.") == "agreement_signed"
    plan = "The signing of a sister relationship between Cusco and Kumamoto will take place next month."
    assert [r["stage"] for r in package_extract_article(plan, published="2016-05-01")["relations"]] == ["proposed"]
    plan = "Penandatanganan MoU sister city Kota Bogor dan Kota Nagaoka akan dilaksanakan pekan depan."
    assert [r["stage"] for r in package_extract_article(plan, published="2016-05-01")["relations"]] == ["proposed"]
    assert unordered_pairs("Shenzhen and Brisbane have cooperated on trade for years but have no formal sister city "
                           "relationship, officials said.") == set()


def test_a_day_written_in_the_lead_dates_the_news_whatever_byline_stands_between():
    # a byline line is no paragraph of the story: the day in the story's third paragraph is still its lead's
    text = ("Dubes menyatakan akan membawa gagasan kerja sama ke Kota Makassar.\n\n"
            "Penulis: Mulyadi | Editor: Edi Sumardi\n\n"
            "MAKASSAR - Wali Kota Oryol Rusia menyambut baik rencana kerja sama sister city dengan Kota Makassar.\n\n"
            "\"Kami datang untuk memulai itu,\" katanya saat bertandang ke kantor redaksi, Makassar, Senin (13/10/2014) "
            "siang.")
    found = package_extract_article(text, title="Makassar dan Oryol jajaki sister city", published="2014-10-14")
    assert [r["event_date"] for r in found["relations"]] == ["2014-10-13"]


def test_a_year_after_a_comma_without_a_space_is_the_dates_year():
    from sister_cities.extract.dates import find_dated
    # "December 9,2021", as some city offices write it, is no 9 December of the year the story appeared
    assert [f.iso for f in find_dated("tied up with Karachi as a sister city on December 9,2021, making", "2022-06-16")] \
        == ["2021-12-09"]
    assert [f.iso for f in find_dated("ditandatangani pada 9 Desember,2021 di Shenyang", "2022-06-16")] == ["2021-12-09"]
    assert [f.iso for f in find_dated("in March 5,000 people came", "2022-06-16")] != ["2000-03-05"]


def test_a_place_a_war_is_waged_on_is_the_scene_not_a_party():
    text = ("Protesting Israeli war on Gaza, French city freezes twinning with Safed. The City Council of Lille froze "
            "the French municipality's twinning agreement with Safed, protesting against the recent aggression on "
            "Gaza.")
    pairs = unordered_pairs(text)
    assert frozenset((("Lille", "France"), ("Safed", "Israel"))) in pairs
    assert not any(any(name == "Gaza City" for name, _ in pair) for pair in pairs)


def test_a_bare_namesake_of_another_level_in_the_country_the_article_names_is_that_place():
    # "sister province Yogyakarta - Victoria" beside Australia's ambassador: the Australian state, not the city
    # in British Columbia, where Australia has no city of that name
    text = ("Berjalan Baik, Sister Province Yogyakarta-Victoria Dilanjutkan. Guna melanjutkan program sister province "
            "Yogyakarta - Victoria yang telah berjalan baik sejak 2014, DIY akan kembali menandatangani Nota "
            "Kesepahaman. Demikian disampaikan Gubernur DIY usai menerima Dubes Australia untuk Indonesia. Pihak "
            "Australia meminta DIY lebih banyak menampilkan aktivitas seni di Victoria.")
    found = package_extract_article(text, published="2019-08-12")["relations"]
    assert {(r["b"]["name"], r["b"]["country"]) for r in found} == {("Victoria", "Australia")}


def test_what_a_second_round_of_probes_found():
    # a tie that "was scuttled" has ended; a city bombed is still a partner; "not yet" a twinning is one to come;
    # a signing that will take place after a long subject has not taken place
    assert stage_of("The sister city tie between Osaka and San Francisco was scuttled in 2018.") == "ended"
    assert unordered_pairs("After the bombing of Kharkiv, Cincinnati sent medical supplies to its sister city in "
                           "Ukraine.") == {frozenset((("Kharkiv", "Ukraine"), ("Cincinnati", "United States")))}
    found = package_extract_article("Makassar and Darwin do not yet have a twinning agreement, but a memorandum of "
                                    "understanding is being drafted.", published="2023-08-20")["relations"]
    assert [r["stage"] for r in found] == ["proposed"]
    found = package_extract_article("Penandatanganan perjanjian kota kembar antara Kota Medan dan Ichikawa, Jepang, "
                                    "akan dilaksanakan pekan depan di Balai Kota Medan, kata Wali Kota Medan.",
                                    published="2023-08-20")["relations"]
    assert [r["stage"] for r in found] == ["proposed"]


def test_an_acronym_after_a_place_makes_no_person_of_it():
    # "the Danville SC group" (Sister Cities): the town and an acronym, not a person called Danville, so the
    # town stays the article's own wherever it is named
    text = ("New Danville-Carrickfergus exchanges planned. The Danville Sister Cities Commission recently learned "
            "that its sister city, Carrickfergus, Northern Ireland, is as anxious as the local group to reconnect. "
            "In April the Danville SC group premiered a popular short video.")
    assert ("Danville", "Carrickfergus") in {(r["a"]["name"], r["b"]["name"])
                                             for r in package_extract_article(text, published="2021-06-08")["relations"]}


def test_a_pair_told_only_in_words_of_a_tie_that_exists_is_active():
    # a committee, a delegation and a gift of a tie that exists: nothing proposes a twinning, so the
    # stage weights' lean to a proposal does not make one
    text = ("Sundial gift celebrates ten years of partnership\n\nPosted by the Eau Claire-Tübingen Sister City "
            "Committee.\n\nThe city of Eau Claire, Wisconsin has six sister city relationships across Europe and "
            "Asia. In late August 2019, a delegation of twelve led by Tübingen, Germany Mayor Boris Palmer arrived "
            "in Eau Claire. The highlight was a bronze sundial from the city of Tübingen, made by a Tübingen artist.")
    assert [r["stage"] for r in package_extract_article(text, published="2019-09-02")["relations"]] == ["active"]


def test_a_hope_that_a_tie_goes_on_is_no_proposal():
    assert stage_of("We hope the partnership between Ludlow and La Ferté-Macé will continue long after Brexit.") \
        == "active"
    assert stage_of("Kami berharap hubungan kedua kota akan terus berlanjut.") == "active"
    # a plan of a new tie stays one, and so do talks that may go on
    assert stage_of("The council plans to propose twinning with Lahnau and hopes the friendship will last.") \
        == "proposed"
    assert stage_of("Officials hope talks on a partnership with Lahnau continue next year.") == "proposed"
    # a tie still to come, whatever is hoped to last after it
    assert stage_of("The mayor of Tartu said she hoped a twinning with Cork would happen soon and that the friendship "
                    "would last for decades.") == "proposed"


def test_a_partner_named_by_its_title_is_a_tie_that_exists_whatever_the_motion():
    # a motion about road signs proposes signs; the twin towns it names are partners the town has
    text = ("Council debates signs for twin towns\n\nCouncillor Jane Reid proposed a motion last week asking that "
            "new signs at the entrances to Ludlow name Ludlow's twin towns of La Ferté-Macé and San Pellegrino Terme. "
            "Opponents said the signs would cost far too much.")
    assert {r["b"]["name"]: r["stage"] for r in package_extract_article(text, published="2023-03-01")["relations"]} \
        == {"La Ferté-Macé": "active", "San Pellegrino Terme": "active"}
    # two words may stand before the title ("two existing twin towns"), and a colon before the list
    text = ("Twinning board full of ideas\n\nThe new board is fired up with ideas and possibly new partners in "
            "Germany and Korea.\n\nThe chair would like to develop exchanges with Ludlow’s two existing twin towns: "
            "La Ferté-Macé, France; and San Pellegrino Terme, Italy, and plans to invite them to a market.")
    assert {r["b"]["name"]: r["stage"] for r in package_extract_article(text, published="2023-03-01")["relations"]} \
        == {"La Ferté-Macé": "active", "San Pellegrino Terme": "active"}


def test_a_city_a_partner_lies_an_hour_from_is_a_landmark():
    text = ("Mayor defends trip\n\nThe mayor of Leeds said the trip would serve two purposes: to meet investors, and "
            "to visit one of Leeds's twin cities, Lille, France, which lies an hour from Paris.")
    assert shipped_pairs(text) == {frozenset(("Leeds", "Lille"))}
    # where a journey began is no landmark
    text = ("Pupils reach Annecy\n\nAfter a coach journey of five hours from Cheltenham, the pupils reached Annecy, "
            "the town's twin in the French Alps, to mark 60 years of the twinning.")
    assert shipped_pairs(text) == {frozenset(("Cheltenham", "Annecy"))}


def test_the_owner_a_partner_is_named_by_is_the_articles_home():
    # the partner is named more often than its owner, yet "Denton's Sister City of Kumagaya" says whose
    # partners the list at the end names
    text = ("Student exchange on hold again\n\nA summer exchange of high-school students with Denton's Sister City "
            "of Kumagaya, Japan, is on hold for a second year, the association said.\n\nWe keep working with our "
            "Kumagaya partners and hope the Kumagaya students can come in the autumn, its president said.\n\nIn "
            "addition to Kumagaya, the Sister City Association oversees relationships with Montecatini Terme, Italy; "
            "Lüdenscheid, Germany; and Oaxaca, Mexico.")
    assert shipped_pairs(text) == {frozenset(("Denton", partner)) for partner in
                                   ("Kumagaya", "Montecatini Terme", "Lüdenscheid", "Oaxaca")}


def test_a_joined_name_before_its_possessive_is_one_place():
    # "Weymouth and Portland’s twin towns": the borough, not Weymouth paired with Portland, Oregon
    text = ("Twinning sign goes up\n\nA new sign at the edge of town now names Weymouth and Portland’s twin towns, "
            "Louviers in France and Holzwickede in Germany.")
    assert shipped_pairs(text) == {frozenset(("Weymouth and Portland", "Louviers")),
                                   frozenset(("Weymouth and Portland", "Holzwickede"))}


def test_a_person_named_by_a_handle_or_in_a_list_of_members_is_no_town():
    # "Sergio Jimenez (@D2SergioJimenez)" signs a post: Jimenez is no partner of San Jose
    text = ("Delegation to Japan\n\nEven as the city faces a shortfall, half of the San Jose council is visiting "
            "Japan this week for the 60th anniversary of the sister city relationship with Okayama.\n\nSo members "
            "Lan Diep, Sergio Jimenez and Raul Peralez all went along.\n\nReceived a warm welcome from Mayor Masao "
            "Omori and San Jose’s Sister City of Okayama, Japan! pic.twitter.com/abc — Sergio Jimenez "
            "(@D2SergioJimenez) April 9, 2018\n\nThe mayor wants fewer members on such trips.")
    assert shipped_pairs(text, published="2018-04-10") == {frozenset(("San Jose", "Okayama"))}


def test_people_named_in_full_by_handle_or_list():
    from sister_cities.extract.places import _people_named_in_full
    def names(text):
        return [text[start:end] for start, end in _people_named_in_full(text)]

    assert names("Great day! — Sergio Jimenez (@D2SergioJimenez) April 9") == ["Sergio Jimenez"]
    assert names("council members Lan Diep, Sergio Jimenez, Sylvia Arenas and Raul Peralez went") \
        == ["Lan Diep", "Sergio Jimenez", "Sylvia Arenas", "Raul Peralez"]
    assert names("The council members met in Jimenez.") == []


def test_a_town_named_as_a_person_there_is_still_a_town_elsewhere():
    # the name is a person's only where the handle or the list of members writes it
    text = ("Seattle marks 65 years with Kobe\n\nSeattle marked 65 years as Kobe's sister city this week with a "
            "lantern parade. Happy anniversary! — Visit Seattle (@VisitSeattle) May 3, 2024")
    assert shipped_pairs(text, published="2024-05-04") == {frozenset(("Seattle", "Kōbe"))}
    text = ("Guests from Neustadt\n\nCouncillors Jane Lincoln and Mark Hall welcomed guests from Neustadt an der "
            "Weinstraße, Lincoln's twin town, at the Guildhall on Friday.")
    assert frozenset(("Lincoln", "Neustadt an der Weinstraße")) in shipped_pairs(text, published="2024-05-04")


def test_towns_named_before_bodies_in_lower_case_are_those_bodies():
    # two chambers of commerce twinned are no twinning of their towns
    text = ("Chambers sign twinning deal\n\nThe Tripoli and Tunis chambers of commerce on Monday signed a twinning "
            "agreement to boost trade between the two business communities.")
    assert shipped_pairs(text) == set()
    # the towns themselves, twinned, still are
    assert shipped_pairs("Tripoli and Tunis signed a twinning agreement on Monday.") \
        == {frozenset(("Tripoli", "Tunis"))}
    assert shipped_pairs("Seattle and Kobe museums swapped exhibits this spring to mark 65 years as sister cities.") \
        == {frozenset(("Seattle", "Kōbe"))}


def test_the_last_item_of_a_list_may_be_misspelt_and_an_apposition_partners_it_alone():
    # "Beijing, Shanghai and Shenzen, a sister city with Houston": Shenzhen alone is Houston's partner
    text = ("Mayor leads trade mission\n\nThe mayor and his delegation will meet officials in Beijing, Shanghai and "
            "Shenzen, a sister city with Houston since 1986.")
    assert shipped_pairs(text) == {frozenset(("Houston", "Shenzhen"))}
    # a surname after "and" is no misspelt town
    text = ("Exchange thanks\n\nThe mayor of Bristol thanked Davies, Evans and Cornwell, who organised the exchange "
            "with Hanover, Bristol's twin city.")
    assert shipped_pairs(text) == {frozenset(("Bristol", "Hanover"))}


def test_a_semicolon_after_the_twin_towns_leads_their_list():
    # "our twin towns; Hurth, Les Ulis, ...": two items of the list are no pair
    text = ("Mayor's speech in Hurth\n\nSpeech for a twinning visit to Hurth, Germany.\n\nThank you for hosting us on "
            "behalf of Thetford. In Thetford we value all four of our twin towns; Hurth, Les Ulis, Skavina and "
            "Spijkenesse. I am glad to visit Hurth in my year as mayor.")
    assert frozenset(("Hürth", "Les Ulis")) not in shipped_pairs(text)
    assert frozenset(("Hürth", "Thetford")) in shipped_pairs(text)


def test_a_tie_being_built_or_begun_is_a_proposal():
    # "dalam rangka membangun hubungan sister city": the visit's purpose proposes a tie, beyond the visit
    from sister_cities.extract.stages import proposed_beyond_a_visit
    assert proposed_beyond_a_visit("Agenda kunjungan ini dalam rangka membangun hubungan sister city antara Kota "
                                   "Kupang dan Kota Darwin.")
    assert stage_of("Wali kota berterima kasih karena Oxfam telah menginisiasi kerja sama sister city antara Kota "
                    "Bima dan Kota Marikina.") == "proposed"
    # a tie begun long ago stands
    assert stage_of("Hubungan sister city yang dirintis sejak 1990 itu terus terjalin.") == "active"


def test_a_town_the_article_makes_an_owner_of_twins_is_no_person_where_a_word_is_glued_to_it():
    # "the Secret Leeds spotlight" once reads as a person called Leeds; "Leeds's twinned cities" says it is a town
    text = ("Leeds's twin cities\n\nToday the Secret Leeds spotlight turns to Leeds's twinned cities.\n\nLeeds has "
            "three twin cities. They are Lille in France, Dortmund in Germany and Brno in the Czech Republic.")
    assert shipped_pairs(text) == {frozenset(("Leeds", partner)) for partner in ("Lille", "Dortmund", "Brno")}


def test_second_readers_later_probes():
    # a tie pioneered long ago stands; another thing that starts is no tie to come
    assert stage_of("Pemkot Yogyakarta merintis kerja sama kota kembar dengan Kyoto sejak 1985, dan hingga kini "
                    "pertukaran budaya terus berjalan.") == "active"
    assert stage_of("We hope the partnership with Dresden will last, and that a new apprenticeship exchange will "
                    "start.") == "active"
    # bodies twinned are no towns twinned, unless the sentence twins the towns themselves
    assert shipped_pairs("The Cardiff and Stuttgart hospitals have been twinned since 2001.") == set()
    assert shipped_pairs("The Manchester and Los Angeles police departments agreed to a twinning of their training "
                         "academies.") == set()
    # a place "a 40-minute drive from" a city lies near it
    assert shipped_pairs("Kendal is twinned with Rinteln, a 40-minute drive from Hanover.") \
        == {frozenset(("Kendal", "Rinteln"))}
    # a partner set before its owner's title is one the owner has
    text = ("Students to visit Bonn\n\nA group of pupils will travel to Bonn, one of Oxford's four official twin "
            "cities, next spring, the council plans.")
    assert [r["stage"] for r in package_extract_article(text, published="2024-04-02")["relations"]] == ["active"]


def test_a_headline_of_partners_after_with_is_not_the_articles_home_and_old_charters_are_history():
    # "Twinning charters with X, Germany and Y, France": the two places after "with" are the partners of a
    # town the body names, not each other's; charters signed decades ago, and their anniversary, are history
    text = ("Twinning links with Neuwied, Germany and Dieppe, France\n\n"
            "Barnsley Council signed twinning charters with Neuwied, Germany in 1975 and Dieppe, France in 1999.\n\n"
            "Volunteers in Barnsley keep up the links with Neuwied and with Dieppe on the coast of France. Next year "
            "is the 50th anniversary of Barnsley and Neuwied signing their charter. Our twinning group spends a week "
            "in Neuwied every other year.")
    relations = package_extract_article(text, published="2024-05-06")["relations"]
    pairs = {frozenset((r["a"]["name"], r["b"]["name"])): r for r in relations if r["confidence"] >= 0.5}
    assert set(pairs) == {frozenset(("Barnsley", "Neuwied")), frozenset(("Barnsley", "Dieppe"))}
    assert {r["stage"] for r in pairs.values()} == {"active"}


def test_a_councils_page_speaks_for_its_own_place_in_the_first_person():
    # "formally twinned with us", "We were officially twinned with X": the partner is the page's own place's,
    # which the sentence does not name; a town "just South of Paris" is placed by Paris, not twinned with it
    text = ("Croydon's international links\n\nTwin towns\n\nEvry\n\nEvry, just South of Paris, was formally twinned with "
            "us in 1973, when Croydon Council signed its charter.\n\nThe anniversary of the twinning was marked in "
            "2023.\n\nArnhem\n\nWe were officially twinned with Arnhem, then a separate municipality, in 1982.\n\n"
            "Croydon residents have taken part in exchanges ever since.")
    pairs = shipped_pairs(text, url="https://www.croydon.gov.uk/council/international-links")
    assert frozenset(("Croydon", "Paris")) not in pairs
    assert frozenset(("Croydon", "Arnhem")) in pairs


def test_friendship_links_between_towns_are_a_twinning_word():
    # the British councils' word for a looser tie than a twinning
    relations = package_extract_article(
        "Friendship links are being proposed between Reading and Ramallah, a city in the West Bank, despite "
        "fears about the politics of the move.", published="2004-03-02")["relations"]
    assert {frozenset((r["a"]["name"], r["b"]["name"])) for r in relations} == {frozenset(("Reading", "Ramallah"))}
    assert [r["stage"] for r in relations] == ["proposed"]


def test_a_step_one_list_item_tells_is_that_items_alone():
    # "3. Kostroma* (suspended ...)": the other partners of the list are not suspended with it, nor dated by it
    text = ("Sister cities of Tulsa\n\nThe City of Tulsa has five sister cities around the globe: Celaya, Mexico; "
            "Zelenograd, Russia* (suspended March 3, 2022); Utsunomiya, Japan; Amiens, France; Beihai, China. "
            "*Note: On March 3, 2022, the council voted to suspend relations with Zelenograd.")
    relations = {r["b"]["name"]: r for r in package_extract_article(text, url="https://www.cityoftulsa.gov/sister")[
        "relations"]}
    assert relations["Zelenograd"]["stage"] == "ended"
    assert {relations[name]["stage"] for name in ("Celaya", "Utsunomiya", "Amiens", "Beihai")} == {"active"}


def test_a_footnote_marked_with_a_star_opens_a_sentence():
    from sister_cities.extract.text import split_sentences
    assert split_sentences("Our partners are Toyama and Sibiu. *Note: Kostroma was suspended.") == [
        "Our partners are Toyama and Sibiu.", "*Note: Kostroma was suspended."]


def test_neighbours_nicknamed_twin_cities_and_a_question_whether_state_no_tie():
    # two neighbours "called themselves the Twin Cities"; a headline asks whether two cities are sisters
    assert shipped_pairs("Merge the Twin Cities?\n\nWhen I arrived, Kitchener and Waterloo called themselves the "
                         "Twin Cities, though they were not alike at all.", published="2018-11-20") == set()
    assert shipped_pairs("The Berlin, Tel Aviv Connection: Two Sister Cities?\n\nBerlin and Tel Aviv share a "
                         "special bond, though outsiders may not see it.") == set()
    from sister_cities.extract import lexicon as lx
    text = "Did you know Toledo has sister cities? Why are Toledo and Coimbra sister cities?"
    assert not any(lx.not_asserted(text, m) for m in lx.TWINNING.finditer(text))


def test_a_state_code_written_after_a_town_without_a_comma_is_its_state_not_a_surname():
    # "Scottsdale AZ (USA)": the postal code of the town's state, not a person's name the town begins
    text = ("Grindelwald's twin towns\n\nGrindelwald keeps close ties with three twin towns: Obihiro (Japan), "
            "Boulder CO (USA) and Keswick (United Kingdom).")
    assert frozenset(("Grindelwald", "Boulder")) in shipped_pairs(text)


def test_a_town_only_the_towns_table_knows_is_read_where_a_twinning_pairs_it_with_a_known_place():
    # "Bountiful and Bethlehem became sister cities in 1983": Bountiful is a town of Utah only the GeoNames
    # table knows; named as the pair with a known place, it is that town (and the tie made years ago exists,
    # whatever the story hopes)
    text = ("A field for Bethlehem\n\nThe mayor hopes to fund a soccer field in Bethlehem. Bountiful and Bethlehem "
            "became sister cities in 1983. The choir visited Bethlehem last month.")
    relations = package_extract_article(text, published="1988-08-04")["relations"]
    assert [(r["b"]["name"], r["b"]["country"], r["stage"]) for r in relations] == [("Bountiful", "United States", "active")]
    # a name the table holds for towns of several countries alike stays unread
    assert shipped_pairs("Keelung has been a sister city with Campbell since 1981.") == set()


def test_its_other_sister_cities_are_the_partners_of_the_place_the_sentence_before_counts_for():
    # "Richmond will be Xiamen's first Canadian sister city ... Its other sister cities are ...": Xiamen's, not
    # the story's own town's; and a byline joined to its paper by a dash names no place
    text = ("Kelowna to become a sister of Xiamen\n\nBy Joan Whitfield - Kelowna Daily\n\nKelowna will become the "
            "sister city of Xiamen at a ceremony this week. Kelowna will be Xiamen's first Canadian sister city, "
            "and Xiamen's other friends are Baltimore, Md. and Guadalajara, Mexico. Its other sister cities are "
            "Cardiff, Wales; Sasebo, Japan; and Kaunas, Lithuania.")
    pairs = shipped_pairs(text, published="2012-04-26")
    assert frozenset(("Xiamen", "Cardiff")) in pairs and frozenset(("Xiamen", "Kaunas")) in pairs
    assert not any("Kelowna" in pair and ("Cardiff" in pair or "Kaunas" in pair) for pair in pairs)
    assert not any(any("Whitfield" in name for name in pair) for pair in pairs)


def test_a_byline_joined_to_its_paper_by_a_dash_names_no_place():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find(
        "Share this story By Joan Whitfield - Kelowna Daily Published: April 26, 2012 Kelowna will become the sister "
        "city of Xiamen at a ceremony this week.")
    assert not any("Whitfield" in m.surface for m in found.mentions)
    assert "Bogor" in {m.core for m in MentionFinder(Gazetteer.default()).find("the Bogor-Kisarazu sister city").mentions}


def test_a_partners_country_does_not_move_the_owner_to_a_namesake_only_the_twin_lists_know():
    # "Whitehorse severing ties with ... Echuca, Australia": Whitehorse stays the Yukon's city, not a row of the
    # twin lists in Australia that names no item
    sides = shipped_sides("Whitehorse drops a sister city\n\nA lack of interest has led to Whitehorse severing ties "
                          "with one of its sister cities, Echuca, Australia.")
    assert [(a, b, country) for a, b, country in sides] in ([("Whitehorse", "Echuca", "Australia")],
                                                           [("Echuca", "Whitehorse", "Canada")])


def test_neighbours_known_by_another_name_or_the_twin_cities_are_no_pair():
    assert shipped_pairs("Kitchener and Waterloo are often jointly referred to as \u201cKitchener-Waterloo\u201d (K-W), "
                         "or \u201cthe Twin Cities\u201d, although they have separate city governments.") == set()


def test_a_towns_own_unit_word_kept_by_a_translated_page_is_no_part_of_its_name():
    from sister_cities.extract.mentions import MentionFinder
    from sister_cities.gazetteer import Gazetteer
    found = MentionFinder(Gazetteer.default()).find("Fenland is twinned with Stadt Nettetal, and Hansestadt Rostock "
                                                    "with Comune di Lucca.")
    assert {(m.core, m.country) for m in found.mentions} >= {("Nettetal", "DE"), ("Rostock", "DE"), ("Lucca", "IT")}


def test_a_namesake_the_twin_lists_pair_with_the_partners_named_is_the_one_meant():
    # "Newport has six Sister Cities ...: Shimoda, Japan; Imperia, Italy; ... Saint John, New Brunswick, Canada":
    # Newport, Rhode Island, which the lists pair with Shimoda and Imperia, whatever British words or other
    # countries the article names (and a language is no people: "spoke no English" names no Englishman)
    text = ("Sisters by the sea\n\nThe city is twinned with coastal communities in Canada, Ireland, Italy and Japan. "
            "Newport has four Sister Cities, all formally twinned: Shimoda, Japan (1958); Imperia, Italy (1978); "
            "Kinsale, Ireland (1999); and Saint John, New Brunswick, Canada. A student who went to Imperia spoke no "
            "Italian, and her host mother spoke no English.")
    assert {country for _, _, country in shipped_sides(text)} | {
        r["a"]["country"] for r in package_extract_article(text)["relations"]} >= {"United States"}
    assert all("United Kingdom" not in (r["a"]["country"], r["b"]["country"])
               for r in package_extract_article(text)["relations"])


def test_the_partners_a_place_is_already_twinned_with_are_ties_that_exist_beside_a_proposal():
    # "Miechow wanted to twin with Huntingdon, which is already twinned with Wertheim in Germany, ...": the
    # proposal is Miechow's; the towns listed after "already twinned with" are Huntingdon's existing partners
    from sister_cities.extract.model import default_models
    from sister_cities.extract.relations import ArticleReader
    from sister_cities.gazetteer import Gazetteer
    reader = ArticleReader(Gazetteer.default(), "A council meeting on Thursday heard that Jawor, in the south-west of "
                           "Poland, wanted to twin with Exeter, which is already twinned with Rennes in France and Bad "
                           "Homburg in Germany.", None, "2019-03-08")
    stages = {frozenset((c.a.name, c.b.name)): reader.stage_of(c, False, default_models()) for c in reader.candidates}
    assert stages[frozenset(("Exeter", "Rennes"))] == "active"
    assert stages[frozenset(("Exeter", "Bad Homburg"))] == "active"


def test_two_items_of_one_list_of_a_places_partners_are_not_each_others():
    # "Our sister cities are Akitakata, Japan; Shandan, China; ...", then "travel to Akitakata and Shandan"
    text = ("Mayor's column\n\nOur sister cities are Akitakata, Japan; Shandan, China; Toraja, Indonesia; and Coventry, "
            "United States. I intend to travel to Akitakata, Japan, and Shandan, China, to further develop our "
            "relationships.")
    assert frozenset(("Akitakata", "Shandan")) not in shipped_pairs(text, published="2017-09-20")
    # a sentence that makes the two a pair still does
    assert frozenset(("Akitakata", "Shandan")) in shipped_pairs(
        "Our sister cities are Akitakata, Japan; Shandan, China; and Toraja, Indonesia. Akitakata and Shandan became "
        "sister cities in 2010, too.", published="2017-09-20")


def test_second_readers_probes_of_the_thirty_fourth_session():
    # "Its" after "X was Y's first American sister city" is still X's (not Y's, whose other partners no sentence
    # began to list)
    text = ("Tulsa and Kakogawa mark an anniversary\n\nTulsa and Kakogawa, Japan, celebrated 40 years as sister cities "
            "with a tree planting on Saturday.\n\nTulsa was Kakogawa's first American sister city. Its other sister "
            "cities are Celaya, Mexico; San Luis Potosí, Mexico; and Zelenograd, Russia.")
    pairs = shipped_pairs(text, published="2024-05-06")
    assert frozenset(("Kakogawa", "Celaya")) not in pairs
    # a byline's paper is no town of the story
    text = ("By Joan Whitfield - Burnaby Now\n\nThe city marked 15 years of friendship with its sister city of Paju, "
            "South Korea, on Friday with a cultural showcase at city hall.")
    assert not any("Burnaby" in pair for pair in shipped_pairs(text, published="2024-05-06"))
    # fans' and clubs' friendship links twin no towns
    assert shipped_pairs("Supporters of Leeds United have had friendship links with fans of Borussia Dortmund since "
                         "the 1990s, and hundreds will travel to Dortmund in July.", published="2024-05-06") == set()


def shipped_relations(text: str, **kwargs) -> dict[frozenset, dict]:
    """Each relation the shipped models report, by its pair of names."""
    return {frozenset((r["a"]["name"], r["b"]["name"])): r for r in package_extract_article(text, **kwargs)["relations"]}


def test_blind_set_203_places_read_as_they_are_meant():
    # "Portland State University": the university of Portland, Oregon, no state called Portland (Jamaica's parish)
    text = ("Portland and Ulsan mark thirty years\n\nPortland and Ulsan, South Korea, have been sister cities since "
            "1987. Students of Portland State University will visit Ulsan this summer.")
    sides = [side for r in shipped_relations(text, published="2017-06-10").values() for side in (r["a"], r["b"])]
    assert {side["country"] for side in sides if side["name"] == "Portland"} == {"United States"}
    # "Salt Lake's first sister city": the city, not Salt in Jordan
    pairs = shipped_pairs("Salt Lake City and Matsumoto, Japan, are sister cities. Matsumoto was Salt Lake's first "
                          "sister city, linked in 1958.", published="2011-03-20")
    assert frozenset(("Matsumoto", "Salt")) not in pairs
    # "Tampa Bay": a bay, not Bay in Somalia
    assert not any("Bay" in pair for pair in shipped_pairs("Tampa Bay's Sister Cities\n\nTampa has twelve sister "
                                                           "cities around the world.", published="2024-01-01"))
    # "Monticelli d'Ongina, Italy": the town the gazetteer lacks, named whole
    pairs = shipped_pairs("Gilroy's sister cities are Monticelli d'Ongina, Italy; Tecate, Mexico; and Koror, Palau.",
                          published="2005-02-10")
    assert frozenset(("Gilroy", "Ongina")) not in pairs
    assert frozenset(("Gilroy", "Monticelli d'Ongina")) in pairs


def test_blind_set_203_twinning_words_and_stages():
    # "the sister – city of Shenyang": a twinning word typed with a spaced dash
    pairs = shipped_pairs("The delegation of Ufa visited the sister – city of Shenyang on November 25. Ufa became the "
                          "first Russian sister – city of Shenyang in 2011.", published="2015-11-27")
    assert frozenset(("Ufa", "Shenyang")) in pairs
    # "an agreement on establishing friendly relations between the two cities" (a friendship-city tie)
    relations = shipped_relations("The mayors of Sarajevo and Kyiv signed an agreement on establishing friendly "
                                  "relations between the two cities in Brussels on Monday.", published="2023-10-10")
    assert frozenset(("Sarajevo", "Kyiv")) in relations
    # a trip to partners called off ends no tie
    relations = shipped_relations("Council voted on Monday to cancel the planned trip to two of Burnaby's sister "
                                  "cities, Kushiro in Japan and Hwaseong in South Korea, because of its cost.",
                                  published="2024-12-03")
    assert relations and all(r["stage"] != "ended" for r in relations.values())
    # a plan to promote the partners a place has proposes no new tie, whatever else the sentence says is to come
    assert stage_of("He also wants to promote all of Gilroy's sister cities: Takko, Japan; Tecate, Mexico; and Koror, "
                    "Palau, where a new television season opens next week.") == "active"
    assert stage_of("Bandung plans to add Surabaya to its sister cities next year.") == "proposed"


def test_blind_set_204_namesakes_and_names():
    # in a list, a state no namesake of the town before lies in is the next item: Lima, Peru, then Washington
    sides = shipped_sides("By the end of the 1980s, Beijing had friendship-city ties with New York, Belgrade, Lima, "
                          "Washington, Madrid and Cologne.")
    assert ("Beijing", "Lima", "Peru") in sides
    # (where the town lies in the state, the state still says so)
    assert ("Kitakyūshū", "Tacoma", "United States") in shipped_sides(
        "Kitakyushu has sister city ties with Dalian, Tacoma, Washington, and Incheon.")
    # a German spa town goes by its name without the hills it lies by: Bad Homburg vor der Höhe, not Homburg
    relations = shipped_relations("Bad Homburg and Chur have been twin towns since 1956.")
    assert {side["name"] for r in relations.values() for side in (r["a"], r["b"])} == {"Bad Homburg", "Chur"}
    assert {side.get("qid") for r in relations.values() for side in (r["a"], r["b"])} >= {"Q4165"}
    # an Australian shire is named with its unit word
    relations = shipped_relations("Sutherland Shire and Chuo City have been sister cities since 1993.")
    assert "Sutherland Shire" in {side["name"] for r in relations.values() for side in (r["a"], r["b"])}


def test_blind_set_204_twinning_words():
    from sister_cities.extract import lexicon as lx
    assert lx.TWINNING.search("Twin (Sister) cities, which unveil their faces before our eyes.")
    # an event named for ties in general is no tie
    text = "The 2025 Shanghai International Friendship Cities Cooperation Forum opened on May 29."
    assert all(lx.BUSINESS_NAMED.match(text, m.end()) for m in lx.TWINNING.finditer(text))


def test_blind_set_205_peoples_states_and_twinning_words():
    # "Fundação Luso-Americana": two peoples joined, no two towns (Luso in Portugal, Americana in Brazil)
    assert shipped_pairs("The Fundação Luso-Americana will hold a Sister Cities summit in Ponta Delgada in June.",
                         published="2025-06-18") == set()
    # a postal code right after the town, without a comma, says which namesake it is
    sides = shipped_sides("Cambridge and Rattvik became sister cities in 1990. Rattvik officials visited Cambridge MN "
                          "in June 2006.")
    assert {country for a, b, country in sides} | {"United States"} == {"United States", "Sweden"}
    assert all("United Kingdom" not in side for side in sides)
    # a language a website translates into is no people of the article (on a .us site, Cambridge stays American)
    from sister_cities.extract import lexicon as lx
    assert "english" not in lx.LANGUAGE_NAMED.sub(" ", " the website allows translation to english if desired ")
    # "the Memorandum of Understanding (MOU) for the Partnership of Friendship and Cooperation"
    assert lx.TWINNING.search("The Memorandum of Understanding (MOU) for the Partnership of Friendship and Cooperation "
                              "was signed by the two mayors.")
    # (a possessive's "Twins" is a ball club as often as a town's partners: no twinning word)
    assert shipped_pairs("Minnesota's Twins played an exhibition game in Nagoya, Japan, where the team was greeted by "
                         "the mayor.") == set()


def test_blind_set_206_names_that_are_not_the_places_they_hold():
    # "San Jose State students": the city's university, no state called San Jose (Costa Rica's province)
    sides = shipped_sides("San Jose and Okayama have been sister cities since 1957. San Jose State students still "
                          "travel to Okayama every year.")
    assert {a for a, _, _ in sides} | {b for _, b, _ in sides} >= {"San Jose"}
    assert all(country != "Costa Rica" for _, _, country in sides)
    # "Nazareth-Ilit": one town's name, misspelt, not Nazareth
    pairs = shipped_pairs("The mayor agreed to intensify cooperation between Uman and its twin cities - Safed, "
                          "Ashkelon and Nazareth-Ilit.", published="2020-12-09")
    assert not any("Nazareth" in pair for pair in pairs) or frozenset(("Uman", "Nazareth Illit")) in pairs
    # (a hyphen after "sister city" still joins the two places of a pair)
    assert frozenset(("Bogor", "Kawagoeshi")) in shipped_pairs(
        "Penandatanganan LoI sister city Bogor-Kawagoeshi dilakukan pada 3 Mei 2021 di Jepang.")


def test_blind_set_207_list_owners_and_the_sites_own_town():
    # "X's eight other sister cities are A, B, ...": X's partners, not the story's other place's
    text = ("The city of Nimes in France became Fort Worth's ninth sister city Thursday. Nimes Mayor Jean-Paul "
            "Fournier signed the agreement at the Fort Worth Modern Art Museum.\n\nFort Worth's eight other sister "
            "cities are Bandung, Indonesia, Budapest, Hungary, Nagaoka, Japan, and Trier, Germany.")
    pairs = shipped_pairs(text, published="2019-02-15")
    assert not {frozenset(("Nîmes", b)) for b in ("Bandung", "Budapest", "Nagaoka", "Trier")} & pairs
    # a name the site's address spells is the site's own town ("Logan City" on www.logan.qld.gov.au), whatever
    # other country the page happens to name
    text = ("Taoyuan City, Taiwan\n\nThe education system of Taiwan is based on the US model.\n\nLogan City and Taoyuan "
            "City have enjoyed exchanges between citizens since the early 1990s and created official sister city ties "
            "in 1996.")
    sides = [side for r in package_extract_article(text, url="https://www.logan.qld.gov.au/sister-cities/taoyuan")[
        "relations"] for side in (r["a"], r["b"])]
    assert {side["country"] for side in sides if side["name"] == "Logan"} == {"Australia"}
    # (and a namesake the site's own page places abroad stays abroad: "Perth di Skotlandia" on Perth's site)
    from sister_cities.extract.lexicon import site_names
    assert site_names("https://www.cityofadelaide.com.au/about") >= {"adelaide"}
    assert site_names("http://ci.cambridge.mn.us/general") >= {"cambridge"}


def test_blind_set_208_guests_of_a_meeting_and_sister_areas():
    # the capitals whose mayors a network's assembly gathers are none of the host's partners
    text = ("The Assembly of the Union of Ibero-American Capital Cities returns to Madrid\n\nMadrid hosts since "
            "yesterday the General Assembly of the Union of Ibero-American Capital Cities, which returns to the capital "
            "of Spain after almost twenty years.\n\nThe Assembly brings together for two days the mayors of Andorra "
            "la Vella, Asuncion, Bogota, Lima, Lisbon, Montevideo, San Salvador and Santo Domingo, who will exchange "
            "initiatives around a common project of collaboration, solidarity and twinning.")
    assert shipped_pairs(text, published="2021-11-05") == set()
    # (the few mayors of a place's partners writing together still name its partners)
    text = ("Ukrainians received congratulations from the mayors of the sister cities of Lutsk. The mayors of Torun, "
            "Chelm and Lublin expressed their support for the twin city.")
    assert frozenset(("Lutsk", "Toruń")) in shipped_pairs(text, published="2022-08-24")
    # "a Sister Area Agreement with the Government of Yantai"
    from sister_cities.extract import lexicon as lx
    assert lx.TWINNING.search("Angus has now had a Sister Area Agreement with the Government of Yantai for 13 years.")
    assert not lx.TWINNING.search("Patients wait in the sister area of the hospital.")


def test_a_house_named_after_a_town_is_no_town():
    # "Hayward House, Macmillan Palliative Care Unit, Nottingham": two hospices' twinning charter twins no towns
    text = ("On 12th May 1990 a 'Twinning Charter' was signed by the medical director of Hayward House, Macmillan "
            "Palliative Care Unit, Nottingham, UK, and the chair of the Malta Hospice Movement.")
    assert not any("Hayward" in pair for pair in shipped_pairs(text))


def test_second_readers_probes_of_the_thirty_fifth_session():
    # a trip or visit called off beside the tie itself: the tie ends
    relations = shipped_relations("Tartu cancelled its sister-city agreement and planned visits with Pskov, Russia.",
                                  published="2024-05-01")
    assert [r["stage"] for r in relations.values()] == ["ended"]
    relations = shipped_relations("Lahti scrapped its twinning and all exchange visits with Kaluga, Russia.",
                                  published="2024-05-01")
    assert [r["stage"] for r in relations.values()] == ["ended"]
    # an Indonesian visit called off ends no tie
    relations = shipped_relations("Wali Kota Surabaya membatalkan kunjungan ke kota kembar Busan karena cuaca buruk.",
                                  published="2024-05-01")
    assert relations and all(r["stage"] != "ended" for r in relations.values())
    # guests a summit gathers are no partners of the host, in its own sentence too
    assert shipped_pairs("Lisbon, which is twinned with Rio de Janeiro, hosted a summit that brought together the mayors "
                         "of Madrid, Luanda, Maputo, Praia, Bissau, Dili and Brasilia.", published="2024-05-01") == {
        frozenset(("Lisbon", "Rio de Janeiro"))}
    # two districts twinned lift no tie to their cities
    assert shipped_pairs("Hanover's Linden district became a sister district of Poznan's Jezyce district in 1996.",
                         published="2024-05-01") == set()
    # on a council's site, its own town wherever written bare, though a namesake abroad is placed elsewhere
    text = ("Ipswich City Council hosted students from its sister city Nerima this week. Ipswich in England is twinned "
            "with Arras.")
    relations = package_extract_article(text, url="https://www.ipswich.qld.gov.au/news/1", published="2024-05-01")
    assert ("Ipswich", "Australia", "Nerima") in {(r["a"]["name"], r["a"]["country"], r["b"]["name"])
                                                 for r in relations["relations"]}


def test_a_town_only_the_towns_table_knows_as_the_subject_of_a_twinning():
    # "Sedro-Woolley signed a sister city agreement with Naruto, Japan": the town of the table, read whole
    assert frozenset(("Sedro-Woolley", "Naruto")) in shipped_pairs(
        "Sedro-Woolley signed a sister city agreement with Naruto, Japan, last week.", published="2024-05-01")
    # (not a person who signs: "Mayor Smith signed a sister city agreement with Naruto, Japan")
    assert not any("Smith" in pair for pair in shipped_pairs(
        "Yesterday Mayor Smith signed a sister city agreement with Naruto, Japan.", published="2024-05-01"))
    # "Moline plans to expand student exchanges with its sister city Gniezno": the subject's partner
    assert frozenset(("Moline", "Gniezno")) in shipped_pairs(
        "Moline plans to expand student exchanges with its sister city Gniezno, Poland.", published="2024-05-01")


def test_an_invitation_to_an_event_of_a_tie_proposes_none():
    # "accepts invitation for twinning trip", "an invitation from its “sister city”", "20 years of goodwill
    # 'sister-city' partnership": a tie that exists, whose partners invite each other
    assert stage_of("Council accepts invitation for twinning trip") != "proposed"
    assert stage_of("City Council has officially accepted an invitation from its “sister city” in England to come "
                    "across the pond.") == "active"
    assert stage_of("The mayor was invited to visit Kobe to explore a sister city relationship.") == "proposed"
    from sister_cities.extract.stages import TIE_YEARS
    assert TIE_YEARS.search("Hopewell and Ashford will mark 20 years of goodwill 'sister-city' partnership.")
    # "Thirty one years after their Twinning Charter was signed, Seaford's twin town visited": the tie that signing began
    assert stage_of("Thirty one years after their Twinning Charter was signed, Seaford's twin town Bonningstedt made one "
                    "of its regular visits to the town last weekend.") == "active"
    assert stage_of("The agreement was signed two years after the first visit.") == "agreement_signed"
    # a headline's "Now": "San Antonio, Darmstadt Now Friendship Cities" tells a tie just made
    assert stage_of("San Antonio, Darmstadt Now Friendship Cities") == "agreement_signed"
    assert stage_of("Right now sister cities matter more than ever.") is None


def test_a_tie_the_text_says_does_not_exist():
    # "... but no formal ties currently exist with Guizhou": no pair, though the sentence speaks of sister cities
    assert shipped_pairs("Bangkok has established sister-city relations with more than 12 cities across China, but no "
                         "formal ties currently exist with Guizhou.", published="2025-05-17") == set()
    # (a tie another sentence states stands)
    assert frozenset(("Bangkok", "Guizhou")) in shipped_pairs(
        "Bangkok and Guizhou signed a sister city agreement in 2020. Bangkok had no ties with Guizhou before.",
        published="2025-05-17")


def test_second_readers_probes_of_the_session_end():
    # a tie denied between two places leaves the tie the same sentence states between others
    assert frozenset(("Bangkok", "Beijing")) in shipped_pairs(
        "Guizhou province has no formal ties with Bangkok, although Bangkok is twinned with Beijing.",
        published="2024-05-01")
    assert shipped_pairs("Unlike Rochester, which has no formal ties with Kraków, Buffalo has been twinned with Kraków "
                         "since 1991.", published="2024-05-01") == {frozenset(("Buffalo", "Kraków"))}
    # an invitation to visit and discuss a tie still proposes one; a new signing years after an earlier one is a signing
    assert stage_of("Gresham has been invited to visit Ebetsu to discuss a possible sister city relationship.") == "proposed"
    assert stage_of("Five years after the friendship agreement was signed, Busan and Hilo signed a formal sister city "
                    "agreement on Friday.") == "agreement_signed"
    assert stage_of("San Diego, Yokohama Now Sister Cities for 65 Years") != "agreement_signed"
    # a capitalised word opening a sentence is no town the sentence's "its sister city" belongs to
    text = ("Gresham Mayor Travis Stovall thanked the volunteers. Spring visitors from its sister city Ebetsu, Japan, "
            "arrive on Monday.")
    assert not any("Spring" in pair for pair in shipped_pairs(text, published="2024-05-01"))
    # "has been a sister city of Kitami, Japan": up to the partner's own name
    assert frozenset(("Pullman", "Kitami")) in shipped_pairs("Pullman has been a sister city of Kitami, Japan, since "
                                                             "1991.", published="2024-05-01")


def test_our_twin_towns_listed_in_the_first_person():
    # a reader's letter: "our twin towns of Le Mans in France and Paderborn in Germany" are Bolton's
    text = ("Links with twin towns should not be broken\n\nThousands of Boltonians have enjoyed visits over recent "
            "decades involving our twin towns of Le Mans in France and Paderborn in Germany.\n\nAwareness of Bolton's "
            "twinning tradition seems to have dimmed in recent years.")
    pairs = shipped_pairs(text, published="2011-07-01", url="https://www.theboltonnews.co.uk/news/1")
    assert {frozenset(("Bolton", "Le Mans")), frozenset(("Bolton", "Paderborn"))} <= pairs
    # (and the two items of "our twin towns of A and B" are not each other's partners)
    assert frozenset(("Le Mans", "Paderborn")) not in pairs


def test_blind_set_210_an_owners_chain_of_with():
    # "X has had sister city relationships with A for .., with B .. and with C ..": each is X's partner, and
    # two places joined as one trip's stops, then called "another of our sister cities", are not each other's
    text = ("Sister city trips questioned\n\nLast year Brea's mayor flew to Anseong, South Korea, for a festival. This "
            "year the mayor is paying his own way to Anseong and also to Hanno, Japan, "
            "another of our sister cities. Brea has had sister city relationships with Lagos de Moreno for 44 years, "
            "with Hanno 24 years and with Anseong three years.")
    pairs = shipped_relations(text, published="2013-09-20")
    assert frozenset(("Brea", "Lagos de Moreno")) in pairs
    assert frozenset(("Brea", "Hannō")) in pairs
    assert frozenset(("Anseong", "Hannō")) not in pairs
    assert frozenset(("Hannō", "Lagos de Moreno")) not in pairs


def test_blind_set_210_a_town_written_in_its_council_area():
    # "Bishopbriggs in East Dunbartonshire": a town the towns' table alone knows, and the place it lies in
    pairs = shipped_relations("Yoichi in northern Japan has been twinned with Bishopbriggs in East Dunbartonshire "
                              "since the 1970s.", published="2019-05-02")
    assert frozenset(("Yoichi", "Bishopbriggs")) in pairs
    assert not any("East Dunbartonshire" in pair for pair in pairs)


def test_blind_set_210_a_tie_taken_up_again_is_renewed():
    assert stage_of("The mayor wants to re-establish the sister city relationships that frayed years ago.") == "renewed"
    assert stage_of("Both cities hope to revive their twinning after a decade of silence.") == "renewed"
    assert stage_of("The sister cities signed an agreement to revive tourism in the region.") != "renewed"


def test_blind_set_211_bodies_landmarks_and_chinese_english():
    # "Hosted by Iowa Sister States": a body named for ties, whose event twins none of its guests
    text = ("Event marks anniversary of a first visit to Iowa\n\nHosted by Iowa Sister States, the event brought "
            "together representatives of the governments of Hebei Province and Shijiazhuang City, and about 150 "
            "guests. Exchanges between Hebei and Iowa have grown over four decades.")
    assert not shipped_pairs(text, published="2025-04-27")
    # "have established friendly and cooperative urban relations", by the capital of a province named with its
    # country's possessive: the city's tie, not the province's
    text = ("Shenyang, capital of northeast China's Liaoning Province, and Karachi have established friendly and "
            "cooperative urban relations. The two mayors signed the letter of intent on Friday.")
    pairs = shipped_pairs(text, published="2018-08-10")
    assert frozenset(("Shenyang", "Karachi")) in pairs
    assert frozenset(("Liaoning", "Karachi")) not in pairs
    # "the fall of the Berlin Wall": a landmark, not Berlin
    text = ("After the fall of the Berlin Wall in 1989 travel became easier, and Duns is now twinned with Zagan in "
            "Poland.")
    assert not any("Berlin" in pair for pair in shipped_pairs(text, published="2017-05-25"))


def test_blind_set_212_places_placed_and_namesakes_twinned():
    # "Sinaia, in Prahova county, Romania": the county only says where the town lies
    pairs = shipped_pairs("Former Thame mayor revisits twin town\n\nSinaia, in Prahova county, Romania, has been twinned "
                          "with Thame since 2012.", published="2018-10-01")
    assert frozenset(("Thame", "Sinaia")) in pairs
    assert not any("Prahova" in " ".join(pair) for pair in pairs)
    # "Salisbury's sister city, Salisbury in North Carolina" on a British site: the bare one is the English city
    text = ("Sister city bond rekindled as guests visit\n\nRepresentatives from Salisbury's sister city, Salisbury in "
            "North Carolina, visited the city this week to solidify the friendship between the two cities.")
    relations = package_extract_article(text, published="2025-06-01", url="https://salisburyandavon.co.uk/news/visit")
    countries = {frozenset((r["a"]["country"], r["b"]["country"])) for r in relations["relations"]}
    assert frozenset(("United Kingdom", "United States")) in countries
    # "Fire Department Gets Visit From Counterparts in Mexico": a headline's common word is no town of Mexico
    reader = read_article("Nuevo Casas Grandes in Mexico has been our sister city since 1996.",
                          title="Fire Department Gets Visit From Counterparts in Mexico", published="2021-03-05")
    assert "Counterparts" not in {m.core for ms in reader.places.mentions for m in ms}


def test_blind_set_212_a_partner_to_come_after_a_twinning_sentence():
    # "Nashville will partner with Erbil": read, after "the newest sister city relationship could soon be formalized"
    text = ("Sister Cities Nashville has formal partnerships with nine international cities. Now the newest sister city "
            "relationship could soon be formalized. Nashville will partner with Erbil, the capital of the Kurdistan "
            "Region of Iraq.")
    pairs = shipped_relations(text, published="2024-05-01")
    assert pairs[frozenset(("Nashville", "Erbil"))]["stage"] == "proposed"


def test_blind_set_212_the_other_partners_two_sentences_on():
    # "This will be X's fifth Sister City ... All promote ties. The other four are with A, Italy; B, France; ...":
    # the place the sentence two back counts the partners of owns "the other" ones, read in full
    text = ("Fredericksburg forming sister city with Kathmandu\n\nA committee is creating the Fredericksburg-Kathmandu "
            "Sister City program. This will be Fredericksburg's fifth Sister City civic organization. All promote "
            "cultural and commercial ties. The other four are with Este, Italy; Fréjus, France; Princes Town, "
            "Ghana; and Schwetzingen, Germany.")
    pairs = shipped_pairs(text, published="2015-11-20")
    for partner in ("Este", "Fréjus", "Schwetzingen"):
        assert frozenset(("Fredericksburg", partner)) in pairs


def test_blind_set_213_partners_presented_as_sections_under_headings():
    # "Travel to Orlando's 8 sister cities", then a section for each, headed "Curitiba, Brazil": each heading's
    # place is Orlando's partner, dated by the year its section opens with
    text = ("Orlando promotes its international partnerships. But where are Orlando's sister cities?\n\n"
            "Curitiba, Brazil\n\nEst. 1996. The state capital of Paraná is known for its public transit.\n\n"
            "Guilin, China\n\nEst. 1986. Guilin is a popular tourist destination for its limestone hills.\n\n"
            "Monterrey, Mexico\n\nEst. 1995. The city is known for its hiking trails.")
    pairs = shipped_relations(text, title="Travel to Orlando's 8 sister cities", published="2021-05-10")
    assert {partner: pairs[frozenset(("Orlando", partner))]["event_date"]
            for partner in ("Curitiba", "Guilin", "Monterrey")} == {"Curitiba": "1996", "Guilin": "1986",
                                                                      "Monterrey": "1995"}
    assert not any(pairs[frozenset(("Orlando", partner))]["in_passing"] for partner in ("Curitiba", "Guilin"))
    # a place and its country on a line of its own, with no owner of partners named before, twins nothing
    text = ("The mayor spoke about trade.\n\nOsaka, Japan\n\nThe delegation visited a port.\n\nBusan, South Korea\n\n"
            "The council discussed sister city programmes in general.")
    assert not shipped_pairs(text, title="Mayor back from Asia trip", published="2021-05-10")


def test_blind_set_213_a_twin_named_after_the_word_alone():
    # "with its twin Saint-Nazaire", "French twin Saint-Nazaire": the word alone speaks of twinning
    pairs = shipped_pairs("Sunderland has celebrated its 65th anniversary with its twin Saint-Nazaire by welcoming "
                          "visitors from France.", title="Sunderland celebrates 65th anniversary with French twin "
                          "Saint-Nazaire", published="2023-06-12")
    assert frozenset(("Sunderland", "Saint-Nazaire")) in pairs
    # (not twins of another kind: "the twin Towers", "her twin Anna")
    assert stage_of("Tourists flocked to see the twin Towers of the old church.") is None


def test_blind_set_213_namesakes_by_their_sentence_and_short_names():
    # "visited Palestine to sign the twinship agreement alongside the Mayor of Bethlehem", in an article that
    # names the United States too: Bethlehem in Palestine, not South Africa's nor Pennsylvania's
    text = ("Monterrey\n\nMonterrey offers an easy way for exports to markets in the United States.\n\nThe Twinning\n\n"
            "The Mayor of Monterrey visited Palestine to sign the twinship agreement alongside the Mayor of "
            "Bethlehem. The intention was to open the door for friendly ties.")
    sides = {(side["name"], side["country"]) for r in shipped_relations(text, published="2016-01-29").values()
             for side in (r["a"], r["b"])}
    assert ("Bethlehem", "Palestine") in sides and ("Bethlehem", "South Africa") not in sides
    # "Konigslutter": the town the gazetteer knows only by its long name, Königslutter am Elm
    pairs = shipped_pairs("Mayor of Taunton visits Konigslutter, Germany\n\nThe Mayor of Taunton has recently "
                          "visited the twinned German town. The Konigslutter Taunton twinning group met the mayor.",
                          published="2024-06-01")
    assert frozenset(("Taunton", "Königslutter am Elm")) in pairs


def test_blind_set_213_an_unknown_partner_placed_where_written_and_chinese_english():
    # "officials of Nachikatsuura, Japan", in a sentence read only for qualified names, then "the Monterey
    # Park-Nachikatsuura sister-city relationship": the town the gazetteer lacks lies in Japan
    text = ("The City of Monterey Park welcomed two senior officials of Nachikatsuura, Japan to City Hall. The "
            "occasion commemorated the 50th anniversary of the Monterey Park-Nachikatsuura sister-city relationship "
            "established in 1967.")
    countries = {r["b"]["country"] if r["b"]["name"] == "Nachikatsuura" else r["a"]["country"]
                 for r in shipped_relations(text, published="2017-10-01").values()}
    assert countries == {"Japan"}
    # "Nur-Sultan and Hanoi set up friendship relationship when signing a memorandum": the English of Vietnamese
    # and Chinese local governments for a twinning
    pairs = shipped_pairs("Hanoi to boost collaboration with Kazakh localities\n\nNur-Sultan capital city and Hanoi "
                          "set up friendship relationship when signing a memorandum of understanding on cooperation "
                          "in 2012.", published="2021-09-07")
    assert frozenset(("Hanoi", "Astana")) in pairs


def test_blind_set_213_other_sisters_and_a_partner_made_by_count():
    # "Kansas City has 13 sister cities. Morelia ... making it Kansas City's third Mexican sister. Other
    # international sisters include Seville, Spain; Kurashiki, Japan; ...": each is Kansas City's partner
    text = ("Kansas City has 13 sister cities. Morelia, Mexico just recently renewed its agreement with KC, making it "
            "Kansas City's third Mexican sister. Other international sisters include Seville, Spain; Kurashiki, "
            "Japan; and Port Harcourt, Nigeria.")
    pairs = shipped_relations(text, published="2016-03-01")
    for partner in ("Morelia", "Seville", "Kurashiki", "Port Harcourt"):
        assert frozenset(("Kansas City", partner)) in pairs
    assert pairs[frozenset(("Kansas City", "Morelia"))]["stage"] == "renewed"


def test_blind_set_213_the_compass_county_town_is_the_town_named_before():
    # "end its 17-year relationship with the west Kerry town": Dingle, placed by its county, not County Kerry
    text = ("What did Dingle ever do to Santa Barbara?\n\nDingle has hit back at criticisms from US Sister City "
            "Santa Barbara, which has voted to end its 17-year relationship with the west Kerry town.")
    pairs = shipped_pairs(text, published="2020-05-01")
    assert frozenset(("Dingle", "Santa Barbara")) in pairs
    assert not any("Kerry" in pair for pair in pairs)


def test_blind_set_210_the_towns_own_twinning_link():
    # "setting up the town's official twinning link with St Elizabeth Parish": the article's own town's partner
    text = ("Redditch Mayor praises influential Veronica\n\nREDDITCH Mayor Roger Bennett has praised Veronica Allen "
            "who was instrumental in setting up the town's official twinning link with St Elizabeth Parish back in "
            "2006.\n\nAt the full council meeting on Monday he said she had given him a history book about the 14 "
            "parishes of Jamaica during her stay.\n\nShe would like to see a proper student exchange set up between "
            "our town and St Elizabeth.")
    pairs = shipped_pairs(text, published="2019-10-02")
    assert frozenset(("Redditch", "Saint Elizabeth Parish")) in pairs


def test_blind_set_212_a_sister_city_in_a_city_and_in_apposition():
    # "Pueblo also has a sister city in Weifang, China": the city after "a sister city in" is the partner
    text = ("Pueblo has six sister cities. Another sister city, Maribor, is in Slovenia, and Pueblo also has a sister "
            "city in Weifang, China.")
    assert frozenset(("Pueblo", "Weifang")) in shipped_pairs(text, published="2023-06-10")
    # (a region after it still holds an unnamed partner: "a sister city in Hebei")
    assert frozenset(("Pueblo", "Hebei")) not in shipped_pairs("Pueblo also has a sister city in Hebei, China.",
                                                               published="2023-06-10")
    # "continued on to Chamonix, France — also a Sister City of Aspen": a partner in apposition
    text = ("Aspen and Garmisch-Partenkirchen celebrate 50 years as sister cities\n\nFifteen residents travelled to "
            "Garmisch-Partenkirchen for the celebrations. Part of the group continued on to Chamonix, France — also a "
            "Sister City of Aspen.")
    assert any("Aspen" in pair and any(name.startswith("Chamonix") for name in pair)
               for pair in shipped_pairs(text, published="2016-09-20"))


def test_blind_set_214_it_has_after_the_count_is_the_counted_place():
    # "The Nashville-Tamworth sister-city agreement is Nashville's seventh. It also has sister-city arrangements with
    # Edmonton in Canada (1990); Caen in France (1991) ...": Nashville's partners, not Tamworth's
    text = ("Tamworth a natural fit as sister city: Nashville Mayor\n\nA sister-city agreement between Nashville and "
            "Tamworth has been signed in Nashville. The Nashville-Tamworth sister-city agreement is Nashville's seventh. "
            "It also has sister-city arrangements with Edmonton in Canada (1990); Caen in France (1991); and Magdeburg "
            "in Germany (2003).")
    pairs = shipped_relations(text, published="2013-06-08", url="https://www.abc.net.au/news/2013-06-08/tamworth")
    assert frozenset(("Nashville", "Caen")) in pairs and pairs[frozenset(("Nashville", "Caen"))]["event_date"] == "1991"
    assert not any("Tamworth" in pair and pair & {"Edmonton", "Caen", "Magdeburg"} for pair in pairs)


def test_blind_set_214_a_pairs_joined_name_and_the_placed_name_are_one_place():
    # "Project Gettysburg/León (PGL), which connects Gettysburg with León, Nicaragua": one León, Nicaragua's
    text = ("Gettysburg’s sister-city organization, Project Gettysburg/León (PGL), which connects Gettysburg with "
            "León, Nicaragua, begins its 2023-2024 cycle of monthly meetings on Sunday at the Borough Council. The "
            "meeting recognizes the 33 years of the sister-city relationship.")
    sides = {(side["name"], side["country"]) for r in package_extract_article(text, published="2023-08-31")["relations"]
             for side in (r["a"], r["b"])}
    assert ("León", "Nicaragua") in sides and ("León", "Mexico") not in sides


def test_blind_set_210_a_partner_named_by_its_title_is_reported():
    # "when she visits Rotorua's Japanese sister city of Beppu": the tie the title states is reported, whatever
    # else the visit is for
    text = ("Spa, geothermal opportunities on agenda for mayor in Japan\n\nOpportunities for hot springs and spa "
            "development in Rotorua are on the agenda for Mayor Steve Chadwick when she visits Rotorua's Japanese "
            "sister city of Beppu next month.\n\nMrs Chadwick has accepted an invitation from the Mayor of Beppu to "
            "join commemorations marking Beppu's 90th anniversary of city status.")
    assert frozenset(("Rotorua", "Beppu")) in shipped_pairs(text, published="2014-03-31")


def test_second_readers_probes_of_the_thirty_sixth_session():
    # near-misses a second reader wrote against this session's rules (each read wrongly before they were mended)
    assert stage_of("The festival will revive tourism and restore links to the region's fishing heritage.") != "renewed"
    assert stage_of("The new nonstop flights will restore air links between the two sister cities.") != "renewed"
    assert stage_of("Leicester plans to restore the sister city fountain in the park.") != "renewed"
    assert stage_of("Both cities hope to revive their twinning after a decade of silence.") == "renewed"
    pairs = shipped_pairs("New York marked the anniversary of the attack on its Twin Towers with a vigil attended by "
                          "the mayor of London.", published="2020-09-11")
    assert frozenset(("New York City", "London")) not in pairs
    pairs = shipped_pairs("Fans of Celtic and St. Pauli set up a friendship relationship years ago, uniting Glasgow "
                          "and Hamburg supporters.", published="2020-01-01")
    assert frozenset(("Glasgow", "Hamburg")) not in pairs
    pairs = shipped_pairs("This will be Boulder's tenth sister city. The vote was unanimous. The other speakers were "
                          "from Lhasa and Dushanbe.", published="2020-01-01")
    assert not any(pair & {"Lhasa", "Dushanbe"} for pair in pairs)
    text = ("Salem has had a sister city relationship with Kawagoe for decades, with Portland officials often joining "
            "the delegations.")
    assert frozenset(("Salem", "Portland")) not in shipped_pairs(text, published="2020-01-01")
    text = ("Spokane Sister Cities news\n\nRepresentatives of Spokane Sister Cities signed a new agreement with Limerick "
            "on Tuesday, making the Irish city Spokane's seventh partner.")
    assert frozenset(("Spokane", "Limerick")) in shipped_pairs(text, published="2020-01-01")
    text = ("Spokane's sister cities committee met Tuesday to plan the year.\n\nBoise, Idaho\n\nThe city council "
            "approved a budget.\n\nMissoula, Montana\n\nA new bridge opened.")
    assert not shipped_pairs(text, published="2020-01-01")
