"""The stage of a twinning a sentence speaks of: proposed, letter of intent, MoU, agreement,
active, renewed or ended, from Indonesian and English wording."""
from __future__ import annotations

import functools
import re

from .prefilter import prefiltered

# "tidak diperpanjang", "will not be renewed": a relation let lapse has ended
NOT_RENEWED = re.compile(r"\b(?:tidak|tak|not)\s+(?:akan\s+|be\s+|to\s+)?(?:diperpanjang|memperpanjang|renew(?:ed)?|"
                         r"extend(?:ed)?|dilanjutkan|melanjutkan)\b", re.I)
NEGATION = re.compile(r"\b(?:belum|yet to be|not yet|tidak jadi|batal)\b", re.I)
# "their two other sister cities", "its twin town": partners a place has (a cue of an existing tie, and
# the object of an invitation that proposes nothing)
# ("its two other sister cities"; not "Chihuahua's violence during sister city debate")
_OWN_PARTNERS = (r"(?:['’]s|(?<=s)['’]|its|their|our)\s+(?:(?!(?:during|for|with|in|at|on|of|to|and|or|the|a|an|about|over|from|by)\b)"
                 r"\w+\s+){0,2}?[“\"'‘]?(?:twin(?:ned)?|sister|partner|friendship)[\s-]")  # (and 'its “sister city”')
# "Panama City and Taipei City are sister cities": two places said to be twins (not "are sister cities from
# next year")
_SAID_TO_BE_TWINS = (r"(?:are|were|have\s+been)\s+(?:(?:already|long|also|both)\s+)?(?:sister|twin)[\s-]"
                     r"(?:cities|towns|provinces|states)(?![^.;]{0,30}\b(?:from|starting|as\s+of|beginning)\s+next\b)")
# "plan to hold a joint art exhibition", "berencana menggelar festival budaya": partners planning an event,
# not a plan to become partners
# (not "plan to hold talks on a sister city agreement", "will host the signing": talks towards the tie)
_NOT_TALKS_AFTER = (r"(?!\s+(?:\w+\s+)?(?:talks|discussions?|negotiations?|meetings?|consultations?|dialogues?|"
                    r"pembicaraan|pertemuan|diskusi|rapat|perundingan|penandatanganan|signing)\b)")
_NOT_A_TRIP = (r"(?!\s+(?:(?!(?:agreements?|twinnings?|ties|tie|relationships?|relations|partnerships?|pacts?|charters?|"
               r"links?|status)\b)[\w$'’-]+\s+){0,5}?(?:trips?|visits?|travel|tours?|journeys?|flights?|events?|festivals?|"
               r"concerts?|ceremon(?:y|ies)|delegations?)\b)")
"""What a trip, a visit or an event called off leaves: the tie ("cancel the planned trip to our sister cities")."""
_EVENT_HELD = (r"(?:hold|host|stage|organi[sz]e|celebrate|mount|put\s+on|visit|tour|attend|menggelar|mengadakan|"
               r"menyelenggarakan|merayakan|mengunjungi)\b" + _NOT_TALKS_AFTER)
# an event a tie's partners mark, not a step of the tie ("set to celebrate its twin cities", "the twinning
# association will host a family day"; not "will host the signing", "expected to hold talks")
_EVENT_MARKED = (r"(?:celebrate|commemorate|mark|host|hold|stage|organi[sz]e|honou?r|throw|put\s+on|merayakan|"
                 r"memperingati|menggelar|mengadakan|menyelenggarakan)\b" + _NOT_TALKS_AFTER +
                 # (but "set to celebrate a new sister city": the new tie is the event)
                 r"(?!\s+(?:a|an|its|their|the)\s+(?:new|first)\b)")
# a visit's words: a proposal cue (a visit or a talk about twinning), which the stage model reads apart
_VISIT = r"kunjungan|berkunjung|kunjungi|mengunjungi|visit(?:s|ed|ing)?"
STAGE_CUES = [  # within a sentence, the first that matches wins
    # ("to renew friendships", "renew old friendships": friends meeting again, not a document renewed)
    # ("friendships were renewed" neither; nor "extend its links into France", a new tie looked for)
    ("renewed", r"memperpanjang|perpanjangan|diperpanjang|perpanjang|(?<!\bfriendships\swere\s)(?<!\bfriendships\sare\s)"
                r"renew\w*(?!\s+(?:old\s+)?(?:friendships|acquaintances)\b)|reaffirm\w*|memperbarui|pembaruan|diperbarui|"
                r"extend(?:ed|s|ing)? (?:the|their|its|our)(?!\s+(?:[\w-]+\s+){0,2}(?:into|to\s+(?:other|new|more|"
                r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z])))|"
                r"(?:was|were|is|are|been|be|being)\s+extended|"
                r"extension\s+of\s+(?:the|their|its|our)|menandatangani kembali|kembali menandatangani|"
                r"re-?sign(?:s|ed|ing)?|"
                # "to re-establish the sister city relationships that frayed", "revive the twinning": a tie let
                # slip taken up again (not "revive tourism")
                # (not "restore links to the fishing heritage", "restore air links", "the sister city fountain")
                r"(?:re-?establish\w*|reviv(?:e|es|ed|ing)|rekindl\w*|reinstat\w*|re-?activat\w*|restor(?:e|es|ed|ing))"
                r"\s+(?:[\w'’-]+\s+){0,3}?(?:ties|tie|relationships?|relations|twinning|partnership|friendship|bonds?)\b"),
    # "memutuskan hubungan" severs, "memutuskan untuk" only decides
    ("ended", r"memutus(?:kan)?\s+(?:hubungan|kerja\s?sama|ikatan|status)|memutus|(?<!\bpernah\s)(?<!\btidak\s)(?<!\btak\s)putus|diputus|pemutusan|dibatalkan|dihentikan|diakhiri|"
              # "mengakhiri kerja sama" ends the tie, "saat mengakhiri kuliah umum" only a lecture
              # (not "membatalkan kunjungan ke kota kembar Busan": a visit called off)
              r"(?:membatalkan|menghentikan|mengakhiri)\s+(?!(?:rencana\s+)?(?:kunjungan|lawatan|perjalanan|acara|agenda|"
              r"festival|keberangkatan)\b)(?:[\w-]+\s+){0,2}?(?:hubungan|kerja\s?sama|ikatan|status|"
              r"perjanjian|kesepakatan|nota|mou|sister|kota\s+kembar|persaudaraan|kemitraan)|"
              # "kerja sama itu berakhir pada 2010" (not "acara berakhir", an event that ended)
              # (not a visit on the tie that ended: "Kunjungan kerja sama sister city ke Busan berakhir hari ini")
              r"(?<!kunjungan\s)(?<!acara\s)(?<!rapat\s)(?<!pertemuan\s)(?<!lawatan\s)"
              r"(?:hubungan|kerja\s?sama|ikatan|kemitraan)\s+(?:[\w-]+,?\s+){0,10}?berakhir|"  # (", Afrika Selatan, telah")
              r"membekukan|bekukan|dibekukan|pembekuan|menangguhkan|ditangguhkan|penangguhan|"
              r"freez(?:e|es|ing)|froze|frozen|put\b[^.;]{0,60}?\bon hold|"
              rf"suspen(?:d|ds|ded|ding|sion)|sever(?:s|ed|ing)?|terminat(?:e|es|ed|ing|ion)|cancel\w*{_NOT_A_TRIP}|"
              # "declared invalid one day after the pact was signed", "does not recognize the memorandum"
              r"revok(?:e|es|ed|ing)|revocation|rescind\w*|annul\w*|invalidat\w+|"
              r"declar\w+\s+(?:\w+\s+){0,3}?(?:invalid|void|null)\b|(?:does|do|did)\s+not\s+recogni[sz]e|"
              r"dissolv(?:e|es|ed|ing)|cut(?:s|ting)? (?:\w+ ){0,2}(?:ties|links?)|"
              # "has broken its partnership with", "broke off ties", "withdrew from the twinning"
              r"broke(?:n)?\s+(?:off\s+)?(?:\w+\s+){0,2}?(?:partnerships?|ties|relations(?:hips?)?|links?|twinnings?)|"
              r"withdr(?:ew|awn|aws?|awing|awal)\s+from\s+(?:\w+\s+){0,2}?(?:partnerships?|twinnings?|relationships?|agreements?)|"
              # "Invercargill and Kumagaya's sister city relationship ended in 2019", "the twinning came to an end"
              # (not "the visit ended")
              r"(?:relationships?|ties|twinnings?|partnerships?|links?|agreements?)\s+(?:[\w-]+,?\s+){0,6}?"
              r"(?:ended(?!\s+up\b)|came\s+to\s+an\s+end|expired|(?:was|were|has\s+been|had\s+been)\s+broken)\b|"
              # "the agreement was formally abandoned", "scrapped the friendship agreement"
              # (not "voted to cancel the planned trip to three of Burnaby's sister cities", "scraps plans for
              # sister cities trip": a journey called off, the ties kept)
              rf"abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?{_NOT_A_TRIP}|"
              # "scuttles Male City Council's Taiwanese sister city agreement" (not a trip or a festival scuttled)
              r"scuttl(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,6}?(?:agreements?|ties?|relationships?|partnerships?|"
              r"twinnings?|pacts?|deals?)\b|"
              # "the sister city tie between Osaka and San Francisco was scuttled in 2018"
              r"(?:agreements?|ties?|relationships?|partnerships?|twinnings?|pacts?|deals?)\s+(?:[\w,'’-]+\s+){0,8}?"
              r"(?:was|were|has\s+been|had\s+been)\s+scuttled\b|"
              # "our sister city relationship with Moscow is off" (not "is off to a good start")
              r"(?:relationships?|ties|twinnings?|partnerships?)\s+(?:with\s+(?:[\w'’-]+\s+){1,3}?)?(?:is|are|was|were)\s+"
              r"(?:now\s+|obviously\s+|definitely\s+)?off\b(?!\s+to\b)|"
              # "used to be an official sister city", "its former twin town", "removed from the list"
              r"(?:used to be|no longer|formerly)\s+(?:\w+\s+){0,3}?(?:sister|twin(?:ned)?)|former\s+(?:sister|twin(?:ned)?)|"
              # "Leeds was once twinned with Siegen", "Whitby, once twinned to Stanley" (not "Once twinned, the two
              # towns ...": after the twinning)
              r"(?:(?:was|were|had\s+been)\s+|,\s*)once\s+twinned\b|"
              r"removed from (?:the|its) list|"
              # "Neither of these relationships lasted", "the link has lapsed": a tie that did not last
              r"neither of (?:these|the|those|them)\b[^.;]{0,40}?\blasted|"
              r"(?:relationships?|ties|partnerships?|twinnings?|links?|arrangements?)\s+(?:[\w-]+\s+){0,3}?(?:have\s+|has\s+|had\s+)?"
              r"(?:lapsed|(?:did not|didn['’]t|never)\s+last)|"
              r"end(?:s|ed|ing)? (?:the |its |their |our )?(?:[\w-]+ ){0,3}"
              r"(?:relationships?|relations|ties|partnerships?|twinnings?|agreements?)"),
    # "Paris and Madrid became Kyiv's new sister cities", "resmi menjadi kota kembar": a tie made now
    # ("could become" is a hope; "became sister cities in 1985" tells the start of a tie that exists)
    # ("Rzeszów, Konotop become partner cities", a headline's present; "has now become the sixth partner city")
    # ("San Antonio, Darmstadt Now Friendship Cities": a headline's "Now" says the tie is just made)
    ("agreement_signed", r"(?<=[a-z]\s)(?-i:Now)\s+(?:(?-i:Officially|Formally)\s+)?(?-i:Sister|Twin|Friendship|Partner)[\s-]"
                         r"(?-i:Cities|Towns)\b(?!\s+for\s+\d+)|"  # (not "... Now Sister Cities for 65 Years")
                         r"(?:became|(?:is|are)\s+now|resmi\s+menjadi|(?:has|have)\s+(?:now\s+)?become|"
                         # a bare "become" right after a name, as headlines write a tie made ("Rzeszów, Konotop
                         # become partner cities"); HOPED_BEFORE then sets aside the hopes and questions
                         r"(?P<become>(?:\b(?-i:[A-Z])[\w'’.-]*|\))(?:\s+(?:officially|formally|now))?\s+become))\s+(?:(?:[\w,]+\s+){0,2}[\w,]+['’]s\s+)?(?:\w+\s+){0,2}?"
                         r"(?:sister|twin|partner|friendship)[\s-](?:cit(?:y|ies)|towns?|provinces?|states?|regions?)"
                         r"(?![^.;]{0,40}\b(?:in|pada|sejak|since)\s+(?:tahun\s+)?(?:19|20)\d{2})"),
    # "memiliki perjanjian kembar dengan Dublin", "has twinning agreements with": ties that exist
    ("active", r"(?:mempunyai|memiliki|has|have)\s+(?:(?!signed\b|menandatangani\b|inked\b|concluded\b|reached\b|"
               r"entered\b|approved\b|ratified\b)\w+\s+){0,3}?(?:perjanjian|agreements?|kesepakatan|piagam|charters?)"),
    # "meresmikan Monumen Sister Province" inaugurates a monument, not the tie
    # "signed the 'Sister City Protocol'" (a bare "protokol" is more often a health protocol or an office)
    # "sister-city agreement talks": talks towards an agreement, not one signed
    ("agreement_signed", r"perjanjian|agreements?(?!\s+(?:talks|negotiations?|discussions?))|kesepakatan|piagam|charters?|"
                         r"(?:signed|signing|signs?|inked)\s+(?:[\w‘’'\"“”-]+\s+){0,4}?protocols?\b|"
                         r"(?:menandatangani|ditandatangani|penandatanganan)\s+(?:[\w‘’'\"“”-]+\s+){0,3}?protokol(?!\s+kesehatan)|"
                         r"(?:meresmikan|diresmikan|peresmian)(?!\s+(?:\w+\s+)?(?:monumen|monument|taman|park|patung|"
                         r"statue|gedung|jalan|tugu|prasasti|pameran|festival))|"
                         r"formali[sz]\w*|"
                         # "strike twin town deal", "signed official partnership documents"
                         r"(?:strik(?:e|es|ing)|struck|seal(?:s|ed|ing)?)\s+(?:[\w‘’'\"“”-]+\s+){0,4}?deals?|"
                         r"(?:signed|signing|signs?|inked)\s+(?:[\w‘’'\"“”-]+\s+){0,4}?(?:documents?|deals?)\b|"
                         # "THE signing of a sister relationship between ...", "signed a sister-city relationship"
                         r"(?:signed|signing|signs?|inked)\s+(?:of\s+)?(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:sister|twin|twinning|friendship|partner)[\s-](?:(?:city|cities|province|state)[\s-])?"
                         r"(?:relationships?|relations|partnerships?)\b(?![^.;]*\b(?:will|would|is\s+to|are\s+to|"
                         r"scheduled|set\s+to|planned)\b)|"
                         r"(?:menandatangani|penandatangan(?:an)?|signed|signing)\s+(?:\w+\s+)?kerja\s?sama|"
                         # "menandatangani persetujuan": an agreement signed (a council's bare "persetujuan"
                         # is an approval)
                         r"(?:menandatangani|ditandatangani|penandatangan(?:an)?)\s+persetujuan"),
    # "nota kesepakatan" (a memorandum of agreement) is how many Indonesian offices name an MoU
    ("mou_signed", r"nota kesepahaman|kesepahaman|nota kesepakatan|MoUs?|MOUs?|memorand(?:um|ums|a)"),
    ("loi_signed", r"(?:letters?|protocols?|declarations?) (?:of )?intent|LoIs?|LOIs?|pernyataan minat|pernyataan kehendak|surat minat|"
                   r"(?:pernyataan|kesepakatan)\s+keinginan"),
    # an anniversary celebrates a relation that exists ("peringatan 35 tahun", "marked 20 years")
    ("active", r"peringatan|memperingati|anniversary|ulang tahun|HUT|"
               r"(?:marked|marks|marking|celebrat\w+) \d+ years|\d+ (?:tahun|years) (?:of )?(?:kerja ?sama|hubungan|"
               r"sister|kota kembar|provinsi kembar|persahabatan|partnership|friendship)|"
               # "have now enjoyed a thirteen year-long relationship", "their 40-year-old twinning"
               # "the Sister City relationship between George Town and Adelaide, which turns 50 this year"
               r"(?:relationships?|partnerships?|friendships?|ties|twinnings?|links?)\b[^.;]{0,60}?\bturn(?:s|ed|ing)\s+"
               r"\d+\b(?!\s*(?:%|per\s?cent|km|kilomet))|"
               r"years?[ -](?:long|old)\s+(?:[\w-]+\s+){0,2}?(?:relationships?|partnerships?|friendships?|ties|"
               r"twinnings?|links?)|"
               # "a sister cities visit to Hitachi", "in a sister city exchange": what a tie that exists does
               r"(?-i:[Ss]ister)[\s-]+cit(?:y|ies)\s+(?:visits?|exchanges?|delegations?)\b|"
               # "Delegasi kota kembar Launceston dari Ikeda": a twin city's delegation, as in English
               r"(?:delegasi|rombongan)\s+(?:kota|provinsi)\s+(?:kembar|bersaudara)\b|"
               # "described the city's twinning with Kyoto as a model": a tie it has
               r"(?:['’]s|\bits|\btheir)\s+twinning\s+(?:with|link\s+with|partnership\s+with)\b|"
               # "Whitby, twinned to Falklands Stanley City" (not "will be twinned with", "once twinned to")
               r"(?<!\bbe\s)(?<!\bbeing\s)(?<!\bonce\s)(?<!\bformerly\s)(?<!\bpreviously\s)twinned\s+(?:to|with)\b|"
               # "hoping that this great twinning continues to progress": a tie that goes on
               r"(?:twinning|relationship|ties|partnership|friendship)\s+(?:will\s+)?continu(?:e|es|ed|ing)\b"),
    # "Noting that Panama City and Taipei City are sister cities, ... hopes to invite his counterpart": two
    # places said to be twins are, whatever the sentence plans besides (a document signed in it still names
    # its stage)
    ("active", _SAID_TO_BE_TWINS),
    ("proposed", r"menjajaki|jajaki|penjajakan|mengajak|ajak|berencana(?!\s+" + _EVENT_HELD + r")|rencana(?!\s+aksi)|"
                 # "dalam rangka membangun hubungan sister city", "telah menginisiasi kerja sama": a tie being
                 # built or begun, not one that stands (not "merintis ... sejak 1985", a tie pioneered long ago)
                 r"dalam\s+rangka\s+(?:membangun|menjalin|mewujudkan|menjajaki)|menginisiasi|"
                 r"merencanakan|usul\w*|mengusulkan|pengusulan|"
                 r"direncanakan|diusulkan|alternatif|alternatives?|opsi|options?|"
                 r"undangan|mengundang|diundang|"
                 # (not "accepts invitation for twinning trip": partners invited to an event)
                 # (not "invited to visit Ebetsu to discuss", "an invitation to a signing ceremony": steps towards a tie)
                 r"invit\w+(?!(?:\s+[\w-]+){0,3}?\s+(?:trips?|events?|festivals?|celebrations?|"
                 r"anniversar(?:y|ies)|dinners?|galas?|concerts?)\b)|(?<!action )plan(?:s|ned|ning)?"
                 # "are planning programmes of cooperation", "as the two cities are planning to do", "plan to hold
                 # a joint art exhibition": the plans of partners, not a plan to become partners
                 r"(?!\s+(?:to\s+do\b|to\s+" + _EVENT_HELD + r"|(?:\w+\s+)?(?:programmes?|programs?|projects?|activities|"
                 r"events?|exchanges?)\b))|"
                 # "a resolution declaring its intent to add Cape Town ... to its sister city list"
                 r"intent(?:ion)?\s+to\s+(?:add|establish|form|create|pursue|become|formali[sz]e|enter|develop|build)|"
                 # "KMC is in a process to establish a sisterly relationship with the following cities"
                 r"in\s+(?:a|the)\s+process\s+(?:to|of)\s+(?:establish|form|creat|build|develop|sign|formali[sz])\w*|"
                 # "exploring the possibility of a sister city tie", "exploring the idea of twinning" (not singers who
                 # "explore and perform compositions connected to Madison's nine sister cities", nor a tour that
                 # explores the city or its shared heritage)
                 r"explor\w+(?!\s+(?:and\s+\w+|(?:(?:the|its|their|our)\s+)?(?:shared\s+)?(?:city|town|streets?|region|area|"
                 r"sights?|cultures?|cultural|heritage|history|music|compositions?|food|cuisine|landmarks?|museums?|"
                 r"countryside|islands?|beaches)\b|of\s+(?:(?:the|its|their|our)\s+)?(?:shared\s+)?(?:cultur\w*|heritage|"
                 r"history|music|city|town)\b))|propos\w+|calon|wacana|menawarkan|tawarkan|"
                 r"tawaran|offer(?:s|ed|ing)?|eyes|eyeing|mulls|mulling|consider(?:s|ing|ation)|pursu(?:e|es|ing)|"
                 # "called for the establishment of sisterhood relations"
                 r"call(?:s|ed|ing)?\s+for\s+(?:the\s+|a\s+)?(?:establish\w*|creat\w*|formation|forging|twinning|sister\w*)|"
                 # "Bedford is to be paired with Eldoret", "the town is set to be twinned with": still to come
                 r"(?:is|are)\s+(?:set\s+|due\s+|expected\s+|likely\s+)?to\s+be\s+(?:twinned|paired|partnered|linked)"),
    ("active", r"telah|sudah|terjalin|menjalin|established|has been|have been|sejak|since|"
               # "After establishing a twinning partnership in April 2019, ...": a tie begun before the news
               r"(?:after|following)\s+(?:establishing|forming|founding|the\s+establishment\s+of)|"
               # "Individual partnerships also exist between ...", "regular exchange visits take place": what a
               # tie that exists has and does
               r"(?:partnerships?|relationships?|relations|ties|links?|twinnings?)\s+(?:\w+\s+)?exists?|"
               r"(?:regular|annual|frequent|yearly)\s+(?:\w+\s+)?(?:visits|exchanges)|"
               # "the 15 sister cities of Mumbai, i.e. Los Angeles, ...": the partners a place has
               r"the\s+(?:\d+\s+|[a-z]+\s+)?(?:other\s+)?(?:sister|twin|partner|friendship)[\s-](?:cities|towns|provinces|"
               # (not "the sister cities of Dnipro were Samara, ...": ties that were)
               r"states)\s+of(?=\s+(?-i:[A-Z])[\w'’.-]*\b(?:\s+(?-i:[A-Z])[\w'’.-]*\b){0,3}(?!\s+(?:were|was|used\s+to)\b))|"
               # "Tralee's twin town", "its sister city", "kota kembarnya": a tie named as existing
               # ("Buckingham's twin German town": a country's adjective between)
               + _OWN_PARTNERS + r"(?:(?-i:[A-Z][a-z]+)\s+)?(?:towns?|city|cities|"
               r"provinces?|states?)|(?:kota|provinsi)\s+kembar(?:nya|an)|"
               # "Keempat sister city Jakarta yang akan dikunjungi": the partners a place has, whatever the visit
               r"sister\s+(?:city|cities|province)\s+(?:(?-i:Kota|Kabupaten|Provinsi)\s+)?(?-i:[A-Z][\w-]+)"
               r"(?:\s+(?-i:[A-Z][\w-]+))?\s+(?:yang|yakni|yaitu|adalah|ialah|antara\s+lain)\b|"
               # "returned from a visit to sister city, Shichigahama, Japan": a partner called by its title, not a
               # new or hoped-for one ("a sister city Kobe", "potential sister city Kobe")
               r"(?<!\ba\s)(?<!\bnew\s)(?<!\bfuture\s)(?<!\bpotential\s)(?<!\bproposed\s)(?<!\bprospective\s)"
               r"(?-i:sister|twin)[\s-](?-i:city|town)\s*,?\s+(?-i:[A-Z])[\w'’-]+|"
               # "Busan adalah Sister City dari Kota Surabaya", "Kendal is a twin town of Rinteln": one place said
               # to be another's partner, now
               r"(?<!dulunya\s)(?<!dahulu\s)(?<!formerly\s)(?<!once\s)"  # (not "Medan dulunya adalah sister city dari ...")
               r"(?:adalah|merupakan|ialah|is|are)\s+(?:(?:a|an|one\s+of(?:\s+the)?|salah\s+satu)\s+)?"
               r"(?:sister|twin|partner|friendship)[\s-](?:city|cities|town|towns|province|provinces)[\"”'’]?\s+"
               r"(?:dari|of|bagi)\b|"
               # "kunjungan ke 'sister city' yaitu Beijing, Seoul, dan Tokyo": the partners it has, listed
               r"sister\s+(?:city|cities|province)[\"”'’]?\s*,?\s+(?:yaitu|yakni|antara\s+lain)\b|"
               # "implementasi konsep sister city antara Kota Bandung dengan Braunschweig": carrying out a tie
               r"implementasi|implementation\s+of\s+(?:the|their|its|our)\b|"
               r"melanjutkan|existing|kembaran|berjalan|expand|strengthen|deepen|widen|broaden|enhanc(?:e|es|ed|ing)|memperluas|penguatan|"
               r"memperkuat|mempererat|keep(?:s|ing)?|kept|maintain\w*|mempertahankan|tetap|"
               # to have partners, not to have something in common ("kedua daerah memiliki kesamaan")
               # "the international relations which Mumbai shares with other cities like Berlin, ..."
               r"(?:relations?|relationships?|ties|partnerships?)\s+(?:which|that)\s+(?:[\w-]+\s+){1,3}?"
               r"(?:shares?|has|have|maintains?|enjoys?)\b|"
               r"(?:mempunyai|memiliki|has|have)\s+(?:\w+\s+){0,3}?(?:hubungan|kerja\s?sama|kota kembar|"
               r"provinsi kembar|sister|mitra|partners?|twin|relations?)"),
    # a visit or a talk about twinning, where nothing is said to exist yet
    # ("the twinning ... will spur the development of the district": what a tie will bring is no plan of one)
    ("proposed", r"akan(?!\s+(?:kembali\s+)?" + _EVENT_MARKED + r")|bakal|berharap|harap|cocok|ingin|hope\w*|"
                 r"will(?!\s+(?:also\s+)?(?:spur|bring|boost|help|continue|"
                 r"benefit|improve|promote|enhance|strengthen|open|create|contribute|foster|propel|yield|deepen)\b)"
                 r"(?!\s+(?:also\s+|again\s+)?" + _EVENT_MARKED + r")|"
                 r"mungkin|would|" + _VISIT + r"|"
                 r"membahas|bahas|peluang|discuss\w*|debat(?:e|es|ed|ing)|talks|"
                 r"can|could|(?-i:may)|might|potential\w*|potensi\w*|berpotensi|possib\w+|kemungkinan|interested|"
                 r"tertarik|berminat"),
]
STAGE_PATTERNS = [(stage, re.compile(rf"\b(?:{cue})\b", re.I)) for stage, cue in STAGE_CUES]
# the first 'proposed' cues: words of a plan, a proposal or an invitation, not a modal's hope or a visit
_EXPLICIT_PROPOSAL = next(pattern for stage, pattern in STAGE_PATTERNS if stage == "proposed")
SAID_TO_BE_TWINS = re.compile(rf"\b{_SAID_TO_BE_TWINS}\b", re.I)
# Words of an existing relation between an 'active' cue and a later plan ("telah menjalin hubungan")
RELATION_WORD = re.compile(r"\b(?:menjalin|terjalin|hubungan|kerja\s?sama|sister|kembar|established|relationship|"
                           r"ties)\b", re.I)
# Across the sentences on one pair, the furthest step wins (an MoU outranks the invitation before it).
PRIORITY = {"renewed": 7, "ended": 6, "agreement_signed": 5, "mou_signed": 4, "loi_signed": 3, "active": 2,
            "proposed": 1}
# before a headline's bare "become": a question, a condition, a hope, a modal or a year ("Will Kaunas and Lviv
# become ...?", "Councillors hope Exeter and Rennes become ...", "could soon become"): not a tie made
HOPED_BEFORE = re.compile(r"\?|\b(?:if|hopes?|hoped|hoping|that|once|when|whether|unless|will|could|would|(?-i:may)|might|"
                          r"should|shall|must|can|cannot|to|not|won['’]t|why|how|let|help)\b"
                          # a year before it tells history in the present ("In 1947 Oxford and Bonn become twin
                          # towns", "1959: Coventry and Dresden become twin cities")
                          r"|\b(?:1[89]|20)\d\d\b", re.I)
# "kesepakatan itu", "the agreement": a word pointing back to a document already named.
POINTING_BACK = re.compile(r"\s+(?:itu|tersebut|ini)\b", re.I)
# A tie going on: "terus bekerja sama", "continue their sister city relationship"
CONTINUATION = re.compile(r"\b(?:terus\s+(?:bekerja\s?sama|menjalin|berlanjut|terjalin)|"
                          r"continu(?:e|es|ed|ing)\s+(?:to\s+)?(?:cooperat\w+|work\w*\s+together|(?:their|the|its|our)\s+"
                          r"(?:\w+\s+){0,2}?(?:relationship|relations|ties|partnership|twinning|friendship|cooperation)))", re.I)
OWN_PARTNERS = re.compile(_OWN_PARTNERS, re.I)
# an invitation to partners a place has: "invited delegations from four international sister cities"
INVITED_PARTNERS = re.compile(r"(?:invit\w+|mengundang|diundang)\s+(?:[\w-]+\s+){0,3}?(?:from|of|dari)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:sister|twin|partner|friendship)[\s-](?:cities|towns|provinces)\b|"
                              r"(?:invit\w+|mengundang|diundang)\s+(?:[\w-]+\s+){0,3}?(?:dari\s+)?(?:kota|provinsi)[\s-]"
                              r"(?:kembar|mitra|sahabat|saudara)\b", re.I)
# After a plan word, a verb of widening: the plan is for a tie that exists
WIDEN_AFTER = re.compile(r"\s+(?:untuk\s+|to\s+|akan\s+)?(?:expand|strengthen|deepen|widen|broaden|enhance|memperluas|"
                         r"memperkuat|mempererat|meningkatkan|mengembangkan)\b", re.I)
# "the agreement will be signed next month", "is to be signed", "akan segera ditandatangani": a document's
# signing still to come, written after the document's name
_SIGNING_TO_COME = (r"(?:will|would|shall|(?-i:may)|might|could|(?:is|are)\s+(?:due\s+|expected\s+|set\s+)?to)\s+"
                    r"(?:(?:soon|also|then|officially|formally|finally)\s+)?be\s+(?:signed|inked|sealed|formali[sz]ed|ratified)|"
                    r"akan\s+(?:\w+\s+)?(?:ditandatangani|diteken)|"
                    # "penandatanganan ... akan dilaksanakan pekan depan", "the signing will take place next month"
                    r"(?:penandatanganan|signing)\b[^.;]{0,120}?\b(?:akan|will)\s+(?:\w+\s+)?(?:dilaksanakan|digelar|"
                    r"dilakukan|berlangsung|take\s+place|be\s+held)")
SIGNING_TO_COME = re.compile(rf"\b(?:{_SIGNING_TO_COME})\b", re.I)
# a signing told as done: "signed a twin city agreement", "menandatangani nota kesepahaman" (in a sentence
# with no plan and no future; not one hoped for or still to do: "harapan agar kita dapat menandatangani")
SIGNED_DONE = re.compile(r"(?<!\bdapat\s)(?<!\bbisa\s)(?<!\bakan\s)(?<!\bagar\s)(?<!\buntuk\s)(?<!\bto\s)(?<!\bbe\s)"
                         r"\b(?:signed|inked|sealed|menandatangani|ditandatangani|meneken|diteken)\b", re.I)
# A plan or a hope before the event word: the event has not happened yet.
PLAN = re.compile(r"\b(?:berencana(?!\s+" + _EVENT_HELD + r")|merencanakan|rencana(?:nya)?(?!\s+aksi)|menjajaki|penjajakan|"
                  r"plan(?:s|ned|ning)? to(?!\s+do\b)(?!\s+" + _EVENT_HELD + r")|"
                  r"intend(?:s|ed)? to|sepakat\s+untuk|sepakat\s+(?:menjalin|membangun|membentuk|mewujudkan)(?![^.;]*\b(?:menandatangani|penandatanganan|ditandatangani|meneken|telah|sudah|sejak)\b)|agreed to|ingin|hop(?:e|es|ed|ing) to|ready to|siap\s+(?:untuk\s+)?(?:me|ber)\w+|wants?\s+(?:to|an?)|wanted\s+(?:to|an?)|berharap|menargetkan|ditargetkan|"
                  r"dijadwalkan(?!\s+" + _EVENT_MARKED + r")|target(?:s|ed|ing)?|"
                  r"(?:scheduled|expected|set|preparing|prepare)\s+to(?!\s+" + _EVENT_MARKED + r")|menyiapkan|mempersiapkan|"
                  r"tertarik untuk|berminat untuk|interested in|keen to|seeks? to|"
                  r"looking to|berpotensi|potensial untuk|can establish|could establish|may establish|"
                  r"eyes|eyeing|mulls|mulling|consider(?:s|ing)|pursu(?:e|es|ing)|"
                  # a signing still to come: "will sign", "akan melakukan penandatanganan", "an invitation to sign"
                  # "will visit Bangkok this December to sign an MOU", "proposed signing an MOU", "one of the
                  # highlights of the visit will be the signing of a Friendship Agreement"
                  # ("may sign", "could sign": a signing that may come)
                  r"(?:will|(?-i:may)|might|could)\s+(?:[\w’'-]+\s+){0,6}?(?:to\s+)?sign(?:ing)?|"
                  # "a delegation is to visit Tralee in March to sign", "the two mayors are to sign": the
                  # British future
                  r"\b(?:is|are)\s+(?:due\s+)?to\s+(?:[\w’'-]+\s+){0,6}?sign(?:ing)?|"
                  + _SIGNING_TO_COME + r"|"
                  r"propos(?:e|es|ed|ing)\s+(?:to\s+)?sign(?:ing)?|"
                  r"towards?\s+(?:the\s+)?signing|akan\s+(?:\w+\s+)?(?:menandatangani|penandatanganan|meneken)|invitation\s+to\s+sign|"
                  r"plans?\s+afoot|(?:the|a)\s+proposed|pledg(?:e|es|ed|ing)\s+to|promis(?:e|es|ed|ing)\s+to|vow(?:s|ed)?\s+to|"
                  r"berjanji|seek(?:s|ing)?|"
                  # "approved a draft twinning agreement", "rancangan MoU": a document not yet signed (not "the
                  # draft was finalized and ... signed", "Rancangan MoU ... akhirnya ditandatangani")
                  r"(?:(?:an?|the)\s+draft|(?:draf|rancangan)\s+(?:MoU|perjanjian|kesepakatan|nota))"
                  r"(?![^.;]*\b(?:signed|inked|ditandatangani|menandatangani|diteken|meneken)\b))\b"
                  # to widen or deepen a relation is to have one already
                  r"(?!\s+(?:expand|strengthen|deepen|widen|broaden|memperluas|memperkuat|mempererat|meningkatkan))",
                  re.I)

# "is mapping out a sister city agreement", "has been working on developing a sister cities relationship", "in
# the process of our sister city agreement", "sedang menyusun nota kesepahaman": one being prepared (not "after
# months of drafting, ... signed")
PREPARING = re.compile(r"\b(?:(?:is|are|am|been|still|now|currently)\s+(?:\w+\s+)?(?:mapping\s+out|drafting|"
                       r"working\s+(?:on|towards?))|in\s+the\s+process\s+of|dalam\s+proses|"
                       r"(?:sedang|tengah)\s+(?:menyusun|disusun|dirumuskan|merumuskan))\b", re.I)
# a headline's infinitive, its subjects opening the sentence: "UP-Nepal to sign MoU", "Jakarta, Seoul to sign
# ..." (not "met officials of Prairie View, Texas to sign": a purpose)
HEADLINE_TO_SIGN = re.compile(r"(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*(?:,\s*|\s+(?:and|dan|&)\s+))*"
                              r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*\s+to\s+sign\b")

# what others demand of a tie, which still stands: "should be dissolved", "urged the council to end";
# and a question still open: "will vote on whether to suspend", "considers suspending", "will discuss ending",
# "may also cut ties"
DEMAND = re.compile(r"\b(?:should|must|ought to|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|"
                    r"demand(?:s|ed|ing)?|petition(?:s|ed|ing)?|mendesak|didesak|menuntut|dituntut|"
                    # "activists want Philadelphia to suspend", "asked the council to end": a wish of others, right
                    # before the ending word (not "Asked why, the mayor said Boulder ended ...")
                    r"(?:want(?:s|ed)?|ask(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}?to\s+$|"
                    # right before the ending word: a question still open, a discussion to come or going on (not
                    # one done: "after discussing it, ... ended"), a possibility ("may also cut ties"; not "in May")
                    r"(?:whether\s+(?:or\s+not\s+)?to|considers|mulls|debates|(?:will|to|would|shall|is|are)\s+"
                    r"(?:also\s+|now\s+|soon\s+)?(?:discuss|consider|debate|mull)(?:ing)?|(?-i:may|might|could)"
                    r"(?:\s+(?:also|soon|yet|even))?)\s+(?:\w+\s+){0,2}$)", re.I)
# "a proposal to cancel the twinning", "a motion to end": a step others put forward, not one taken (not
# where the sentence says it was adopted: "the council approved a motion to end")
PROPOSED_ENDING = re.compile(r"\b(?:(?:an?|the|their|its)\s+(?:proposal|motion|bill|resolution|petition|request|call)\s+to|"
                             r"(?:usulan|usul|desakan|tuntutan|wacana)(?:\s+untuk)?)\s+$", re.I)
ADOPTED = re.compile(r"\b(?:approv\w+|pass(?:ed|es)|adopt\w+|accept\w+|carried|vot(?:ed|es|ing)|agreed|menyetujui|"
                     r"disetujui)\b", re.I)
# "sejak penandatanganan MoU", "since the signing of the agreement": a tie dated from its document
SINCE_SIGNING = re.compile(r"\b(?:sejak|semenjak|since)\s+(?:(?:the|a|its|their)\s+)?(?:penandatangan(?:an)?|"
                           r"ditandatanganinya|signing(?:\s+of)?|signature\s+of)?\s*(?:the\s+|a\s+)?[\w\s]{0,12}$", re.I)
# "within the framework of the sister city agreement", "under their twinning agreement", "dalam kerangka MoU
# sister city": a document the news rests on, signed before
UNDER_DOCUMENT = re.compile(r"\b(?:(?:within|in|under)\s+the\s+framework\s+of|under|dalam\s+kerangka|berdasarkan|"
                            r"sesuai(?:\s+dengan)?)\s+(?:the\s+|their\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# "ties that began with a memorandum in 2013", "menyusul MoU tahun lalu": a step the tie took before
EARLIER_STEP = re.compile(r"\b(?:began|begun|started|dimulai|diawali|following|after|setelah|menyusul|sebelumnya|"
                          r"previous(?:ly)?|earlier|sebelum)\b[^.;]{0,40}$", re.I)


ANNIVERSARY_OF_SIGNING = re.compile(r"\b(?:anniversary|peringatan|ulang tahun|HUT)\b[^.;]{0,30}?\b(?:of|dari)?\s*"
                                    r"(?:the\s+)?(?:signing|penandatanganan|establishment|pembentukan|"
                                    r"agreement|perjanjian|MoU)\b", re.I)
# "Thirty one years after their Twinning Charter was signed, Seaford's twin town visited": the years since a signing
YEARS_AFTER_SIGNED = re.compile(r"\b(?:\d+|[a-z]+(?:[\s-][a-z]+)?)\s+years?\s+(?:after|since)\s+(?:the|their|its|our)\s+"
                                r"[^.;]{0,40}?\b(?:was|were)\s+(?:first\s+)?(?:signed|sealed|inked)\b", re.I)


# (and "to mark 30 years of the sister city partnership": years of the tie, counted)
NTH_ANNIVERSARY = re.compile(r"\b\d+(?:st|nd|rd|th)?\s+anniversary\b|\b(?:HUT|ulang tahun|peringatan)\s+(?:ke-?)?\d+\b|"
                             r"\b\d+\s+(?:years|tahun)(?=\s+(?:of|dari)\s)", re.I)


# a document signed in the sentence itself, and a tie between countries: an anniversary there is no
# sign that the two places' own tie exists
SIGNED_NOW = re.compile(r"\b(?:signed|signs|sign|signing of a|menandatangani|meneken|teken|diteken|ditandatangani|"
                        r"inked)\b", re.I)
NATIONAL_TIE = re.compile(r"\b(?:diplomatic|diplomatik|bilateral|independence|kemerdekaan|kedua negara|two countries)\b",
                          re.I)


def _anniversary_of_tie(text: str) -> bool:
    """An anniversary counted in years with a word of the tie near it."""
    tie = re.compile(r"sister|twinn|friendship|persahabatan|relationship|relations|hubungan|kerja\s?sama|kembar|"
                     r"partnership|ties\b", re.I)
    if SIGNED_NOW.search(text) or NATIONAL_TIE.search(text):
        return False  # "To mark the 70th anniversary of diplomatic relations, A and B signed an MoU"
    for match in NTH_ANNIVERSARY.finditer(text):
        of = re.match(r"\s+(?:of|dari)\s+((?:\S+\s+){0,4})", text[match.end():])
        if of:  # "the 30th anniversary of the twinning", never "of independence"
            if tie.search(of.group(1)):
                return True
        elif tie.search(text[max(0, match.start() - 60):match.end() + 40]):
            return True
    return False


def _hoped_become(text: str, match: re.Match) -> bool:
    """A headline's bare "become" that a question, a condition, a hope or a modal puts in doubt."""
    become = match.groupdict().get("become")
    return bool(become) and ("?" in text or bool(HOPED_BEFORE.search(text, 0, match.end("become"))))


def _earlier_step(text: str, at: int) -> bool:
    return bool(EARLIER_STEP.search(text, max(0, at - 60), at))


# a visit's words, which the proposal cue counts: a visit to or from a partner a place has is what most
# news of a tie that exists reports
VISIT_WORDS = re.compile(rf"\b(?:{_VISIT})\b", re.I)


@functools.lru_cache(maxsize=8192)
def proposed_beyond_a_visit(text: str) -> bool:
    """Whether a sentence speaks of a proposal with its visit's words left out: "students visited Saiki as
    part of the 22-year relationship" reports a visit, "visited Yokohama to discuss a sister city agreement"
    a proposal."""
    return stage_of(VISIT_WORDS.sub(" ", text)) == "proposed"


# "This Friendly City agreement will provide ...", "the agreement seeks to develop ...", "Kerja sama ini akan
# berlangsung selama lima tahun", "berharap kerja sama ini dapat membawa manfaat": a future, an aim or a hope
# whose subject is the tie or its document tells what the tie will do, not a tie still to come (not "the
# agreement will be signed", "berharap kerja sama itu dapat segera terwujud")
TIE_WILL = re.compile(r"(?:\b(?P<hope>berharap|harap|hopes?|hoped|hoping|expects?|expected)\s+(?:that\s+|agar\s+|"
                      r"supaya\s+)?(?:the\s+|this\s+)?)?"
                      r"\b(?:agreements?|partnerships?|relationships?|ties|twinning|cooperation|collaboration|deal|"
                      r"MoUs?|memorand(?:um|a)|kerja\s?sama|perjanjian|kemitraan)\s+(?:(?:ini|itu|tersebut)\s+)?"
                      r"(?P<will>will|akan|bakal|can|dapat|bisa|seeks?\s+to|aims?\s+to|(?:is|are)\s+expected\s+to)\b"
                      r"(?!\s+(?:(?:be|soon|segera|officially|formally|resmi)\s+)*"
                      r"(?:signed|inked|sealed|formali[sz]ed|finali[sz]ed|established|approved|ratified|renewed|extended|"
                      r"materiali[sz]e|happen|ditandatangani|diteken|dijalin|dibentuk|disahkan|disetujui|diresmikan|"
                      r"diperpanjang|terjalin|terwujud|diwujudkan|direalisasikan|terealisasi)\b)", re.I)


# "Bethlehem will become Marseille's sister city": the possessive names what a place becomes, not a partner
# it has (the words of becoming then tell the stage)
BECOMES_OWNERS_BEFORE = re.compile(r"\b(?:become|becomes|becoming|to\s+be|menjadi)\s+(?:(?-i:[A-Z])[\w.-]*\s*){1,3}$",
                                   re.I)


def tie_futures_masked(text: str) -> str:
    """``text`` with the words of plan blanked (positions kept) where the tie itself is what will act, so that
    neither the stage cues nor the tense read them as a plan of one."""
    def blank(match: re.Match) -> str:
        out = list(match.group(0))
        for group in ("hope", "will"):
            if match.group(group):
                start, end = match.start(group) - match.start(), match.end(group) - match.start()
                out[start:end] = " " * (end - start)
        return "".join(out)
    return TIE_WILL.sub(blank, text)


@functools.lru_cache(maxsize=8192)  # a sentence is asked for again by every pair and every feature that reads it
def stage_of(text: str) -> str | None:
    """The stage a sentence speaks of; a named LoI or MoU wins over the generic word 'agreement'."""
    text = tie_futures_masked(text)
    if NOT_RENEWED.search(text):
        return "ended"
    if NEGATION.search(text):
        return "proposed"
    matches = [(stage, match) for stage, pattern in STAGE_PATTERNS for match in [pattern.search(text)]
               if match and not (stage == "agreement_signed" and (POINTING_BACK.match(text, match.end())
                                                                  or _hoped_become(text, match)))
               and not (stage == "active" and BECOMES_OWNERS_BEFORE.search(text, max(0, match.start() - 60),
                                                                           match.start()))]
    found = [stage for stage, _ in matches]
    starts = {stage: m.start() for stage, m in reversed(matches)}
    if found and found[0] == "proposed" and "active" in starts and starts["active"] < starts["proposed"] \
            and RELATION_WORD.search(text, starts["active"], starts["proposed"]):
        found.remove("proposed")  # "telah menjalin ... membahas rencana festival": the plan is another
    if found and found[0] == "proposed" and "active" in starts and 0 <= starts["active"] - starts["proposed"] <= 25 \
            and OWN_PARTNERS.match(text, starts["active"]):
        found.remove("proposed")  # "inviting their two other sister cities": an invitation to partners it has
    if found and found[0] == "proposed" and INVITED_PARTNERS.match(text, starts["proposed"]):
        found.remove("proposed")  # "invited delegations from four international sister cities": partners it has
    if found and found[0] == "proposed" and WIDEN_AFTER.match(text, starts["proposed"] + len(
            next(m for stage, m in matches if stage == "proposed").group(0))):
        found.remove("proposed")  # "berencana memperluas kerja sama sister city", "plans to deepen": a tie that exists
    matches = [(stage, m) for stage, m in matches if stage in found]
    if "agreement_signed" in found and any(stage in ("mou_signed", "loi_signed") and not _earlier_step(text, m.start())
                                           for stage, m in matches):
        found.remove("agreement_signed")
    if found and found[0] in ("agreement_signed", "mou_signed", "loi_signed"):
        first = next(m for stage, m in matches if stage == found[0])
        if SINCE_SIGNING.search(text, max(0, first.start() - 40), first.start()):
            return "active"  # "terjalin ... sejak penandatanganan MoU tahun 1997": the tie that signing began
        years_after = YEARS_AFTER_SIGNED.search(text)
        if years_after and not SIGNED_NOW.search(text, years_after.end()):
            # "Thirty one years after their Twinning Charter was signed, ...": the tie it began (not "Five years
            # after the friendship agreement was signed, Busan and Hilo signed a formal agreement")
            return "active"
        if UNDER_DOCUMENT.search(text, max(0, first.start() - 60), first.start()) \
                and (not FUTURE.search(text) or WILL_CARRY_ON.search(text)):
            # "trams given within the framework of the sister city agreement", "the two cities will intensify
            # collaboration within the framework of their twinning agreement": what the news rests on (not
            # "Under the three agreements, ... will be declared sister provinces": documents to come)
            return "active"
    events = [m.start() for stage, m in matches
              if stage in ("agreement_signed", "mou_signed", "loi_signed", "active")]
    plan = PLAN.search(text) or PREPARING.search(text) or HEADLINE_TO_SIGN.match(text) or SIGNED_ONCE.search(text)
    if found and found[0] == "ended" and DEMAND.search(text, max(0, starts["ended"] - 50), starts["ended"]):
        found.remove("ended")  # "is inappropriate and should be dissolved", "urging it to rescind": others' demand
    if found and found[0] == "ended" and PROPOSED_ENDING.search(text, max(0, starts["ended"] - 50), starts["ended"]) \
            and not ADOPTED.search(text):
        return "active"  # "preparing to submit a proposal to cancel the twinning": the tie still stands
    if found and found[0] in ("renewed", "ended"):
        return found[0]  # "agreed to renew", "plans to end": the decision is the news
    if (ANNIVERSARY_OF_SIGNING.search(text) and not SIGNED_NOW.search(text)) or _anniversary_of_tie(text):
        # "the 10th anniversary of the signing of the agreement", "plans to celebrate their sister
        # council relationship and 35th anniversary": a tie that exists, whatever is planned for it
        return "active"
    if plan and CONTINUATION.search(text, plan.end()):
        return "active"  # "berharap ... dapat terus bekerja sama": the hope is that a tie goes on
    if found and found[0] == "proposed" and TIE_GOES_ON.search(text) and not _EXPLICIT_PROPOSAL.search(text) \
            and not TIE_TO_COME.search(text):
        return "active"  # "we hope that the partnership between Wincanton and Lahnau will continue": it exists
    # "are expected to transfer skills ... after signing a cooperation agreement": the signing is done
    events = [start for start in events if not SIGNED_ALREADY_BEFORE.search(text, max(0, start - 40), start)] \
        if plan else events
    if plan and events and plan.start() < min(events) and not signings_of(matches) \
            and all(OWN_PARTNERS.match(text, start) for start in events) \
            and not NEW_PARTNER_AFTER_PLAN.match(text, plan.end()):
        return "active"  # "wants to promote all of Gilroy's sister cities: ...": a plan for the partners it has
    if plan and events and (plan.start() < min(events) or SIGNING_TO_COME.search(text, min(events))):
        # "berencana menandatangani LoI", "berharap bisa menjalin", "the agreement will be signed": not done yet
        return "proposed"
    if events and found and found[0] == "active" and FUTURE_RIGHT_BEFORE.search(text, max(0, min(events) - 20), min(events)) \
            and not GOING_ON.match(text, min(events)):  # "akan melanjutkan kerja sama yang telah terjalin": it goes on
        return "proposed"  # "Bogor akan menjalin sister city dengan Putrajaya": the tie is still to come
    signings = [m.start() for stage, m in matches if stage in ("agreement_signed", "mou_signed", "loi_signed")
                and not SIGNED_ALREADY_BEFORE.search(text, max(0, m.start() - 40), m.start())]
    if plan and signings and plan.start() < min(signings) and found and found[0] in ("agreement_signed", "mou_signed",
                                                                                      "loi_signed", "active"):
        # "Lyon and Lodz are sister cities and plan to sign a new cooperation agreement": the tie exists, the
        # document is still to come
        return "active" if SAID_TO_BE_TWINS.search(text, 0, plan.start()) else "proposed"
    return found[0] if found else None
def signings_of(matches: list[tuple[str, re.Match]]) -> list[re.Match]:
    """The matches of a signed document's stage."""
    return [m for stage, m in matches if stage in ("agreement_signed", "mou_signed", "loi_signed")]


# "plans to add Surabaya to its sister cities", "wants to make Kobe one of its sister cities": a partner to come
NEW_PARTNER_AFTER_PLAN = re.compile(r"\s*(?:\w+\s+)?(?:add|make|become|include|join|name|designate|declare|"
                                    r"welcome|gain|have|get)\b", re.I)
SIGNED_ALREADY_BEFORE = re.compile(r"\b(?:after|following|upon)\s+(?:signing|having\s+signed|inking|the\s+signing\s+of)\s+"
                                   r"(?:\w+\s+){0,3}$", re.I)
# "akan menjalin", "bakal segera menjalin": a future right before the verb of the tie
FUTURE_RIGHT_BEFORE = re.compile(r"\b(?:akan|bakal)\s+(?:segera\s+)?$", re.I)
# "exchange visits will start once a sister city agreement is signed": the signing is to come
SIGNED_ONCE = re.compile(r"\bonce\s+(?:[\w-]+\s+){1,6}?(?:is|are|has\s+been|have\s+been)\s+"
                         r"(?:signed|approved|finali[sz]ed|ratified)\b", re.I)
# "the partnership between Wincanton and Lahnau will continue", "the friendship ... can endure": a tie said
# to go on, whatever the modal before it (a hope or a wish, not a plan of a new tie; "willcontinue" as
# pages run words together)
TIE_GOES_ON = re.compile(r"\b(?:partnership|relationship|relations|ties|twinning|friendship|links?|kerja\s?sama|hubungan)\b"
                         r"[^.;:!?]{0,80}?\b(?:(?:will|would|can|could|(?-i:may)|might|should|to|akan|dapat|bisa|tetap)\s*"
                         r"(?:still\s+|always\s+|long\s+|terus\s+)?(?:continue|go\s+on|carry\s+on|endure|last|survive|"
                         r"live\s+on|remain|berlanjut|berlangsung|terjalin)|continues|goes\s+on|carries\s+on|endures)\b", re.I)
# "hoped a twinning with Cork would happen soon", "a sister city relationship could start soon": a tie still to
# come, whatever is hoped to last after it
# (the tie's own words before it: not "a new apprenticeship exchange will start", another thing that begins)
TIE_TO_COME = re.compile(r"\b(?:twinning|sister[\s-]+cit(?:y|ies)|twin[\s-]+towns?|relationship|partnership|ties?|link|"
                         r"kerja\s?sama|hubungan|kota\s+kembar)\b[^.;:!?]{0,40}?\b(?:happen|start|begin|materiali[sz]e|"
                         r"come\s+(?:true|about)|take\s+shape|be\s+(?:established|formed|forged|signed|set\s+up|formali[sz]ed)|"
                         r"terwujud|diwujudkan|dimulai|dibentuk|dijalin)\b", re.I)
# verbs that carry on what exists, after a future ("akan melanjutkan", "akan mempererat")
GOING_ON = re.compile(r"(?:melanjutkan|meneruskan|mempererat|memperkuat|meningkatkan|memperluas|continue|strengthen|deepen)\b",
                      re.I)
# Tense and plan words around a stage cue: the stage model reads them beside the cue.
# a future that carries on a tie: "will intensify collaboration", "akan terus memperkuat"
WILL_CARRY_ON = re.compile(r"\b(?:will|akan|bakal)\s+(?:(?:further|also|continue\s+to|terus|lebih)\s+)*"
                           r"(?:intensify|strengthen|deepen|expand|enhance|boost|step\s+up|continue|melanjutkan|"
                           r"meneruskan|memperkuat|mempererat|meningkatkan|memperluas)\b", re.I)
FUTURE = re.compile(r"\b(?:akan|bakal|segera|will|would|to be|direncanakan|dijadwalkan|scheduled|"
                    r"mendatang|upcoming|next)\b", re.I)
PAST = re.compile(r"\b(?:telah|sudah|pernah|has been|have been|had been|was|were|became|menjadi)\b", re.I)
SINCE_WORD = re.compile(r"\b(?:sejak|since|semenjak)\b", re.I)
# "the then Eldoret Municipality", "then-mayor Rutto", "Wali Kota saat itu": office-holders of the past,
# so a signing they did is the tie's history
THEN_IN_OFFICE = re.compile(r"\bthe then\b|\bthen[- ](?:mayor|governor|regent|president|premier|minister|"
                            r"chairman|councillor|council)|\b(?:wali\s?kota|bupati|gubernur)\s+(?:\w+\s+){0,3}?saat itu\b",
                            re.I)
# "50 tahun sister city", "the 30th anniversary of the twinning": a tie that has lasted
ANNIVERSARY = re.compile(r"\b(?:anniversary|ulang tahun|hari jadi|HUT|\d+\s*(?:tahun|years?)\s+(?:hubungan|kerja\s?sama|"
                         r"sister|twinning|persahabatan|of (?:the )?(?:twinning|friendship|partnership|sister))|"
                         r"(?:lebih dari|selama|more than|over)\s+\d+\s*(?:tahun|years?))\b", re.I)

# "will celebrate 30 years of twinning with Schrobenhausen", "the 25th anniversary of the sister city
# relationship", "50 tahun sister city": years the tie itself has lasted, which no plan makes proposed
TIE_YEARS = re.compile(r"\b\d+\s*(?:years?|tahun)\s+(?:of\s+(?:the\s+|their\s+|its\s+)?)?"
                       # ("20 years of goodwill 'sister-city' partnership": a word of praise and quotes between)
                       r"(?:(?:goodwill|friendship|successful|fruitful|close)\s+)?[“\"'‘]?"
                       r"(?:twinning|sister[\s-]+(?:cit(?:y|ies)|provinces?|states?)|twin[\s-]+towns?|kota\s+kembar|"
                       r"provinsi\s+kembar|kota\s+bersaudara)|"
                       r"\banniversary\s+of\s+(?:the\s+|their\s+|its\s+)?(?:twinning|sister[\s-]+(?:cit(?:y|ies)|provinces?|states?))",
                       re.I)

# searched in every sentence a decision reads: behind a look-ahead on their first characters (prefilter.py)
NOT_RENEWED, NEGATION, PLAN, FUTURE, PAST, SINCE_WORD, RELATION_WORD = map(
    prefiltered, (NOT_RENEWED, NEGATION, PLAN, FUTURE, PAST, SINCE_WORD, RELATION_WORD))
STAGE_PATTERNS = [(stage, prefiltered(pattern)) for stage, pattern in STAGE_PATTERNS]
