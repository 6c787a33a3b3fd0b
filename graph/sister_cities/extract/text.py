"""Paragraphs and sentences of a news article, with the article furniture marked."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a full stop does not end a sentence (titles, abbreviations).
ABBREVIATIONS = {
    "dr", "drs", "h", "hj", "ir", "no", "nr", "st", "mr", "mrs", "ms", "va", "jl", "jln", "kab",
    "prov", "plt", "plh", "prof", "gov", "sen", "rep", "dept", "vs", "etc", "inc", "co", "jr",
    "sr", "ltd", "kec", "tbk", "pt", "cv", "bpk", "ny", "sdr", "mt", "ft", "hlm",  # ("U.S." is initials)
    # months written short in English dates ("Sept. 18, 2023"), and US state abbreviations
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "colo", "calif", "fla", "ore", "wash", "mass", "penn", "tex", "ariz", "mich", "minn", "wis",
}
READ_ALSO = re.compile(r"^(baca juga|baca|lihat juga|simak juga|read also|also read|related|"
                       r"artikel lainnya|berita terkait)\s*[:\-]", re.I)
BRACKETED_READ_ALSO = re.compile(r"(\((?:baca juga|lihat juga|simak juga|read also|also read|berita terkait)\s*[:\-][^()]*\))",
                                 re.I)
DATELINE = re.compile(r"^(?:[^.!?\"“”|]|\.(?=\S)|(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))\.){2,60}?(?:--\s*|\s[-–—|]\s+|:\s+)(?=\S)")
AGENCY_LINE = re.compile(r"\n(?=[A-Z][\w.,'’ -]{1,40}\s\((?:ANTARA|Antara|[A-Z]{2,}[\w.]*)[^)\n]{0,30}\)\s*[-–—:])")
INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # "Bupati H.M. Sukiman Azmy": initials, not a sentence's end
# words that open a sentence and never a name's next word
SENTENCE_OPENER = re.compile(r"(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|His|Her|Their|Its|Our|In|On|At|"
                             r"But|And|However|Meanwhile|After|Before|During|When|While|Since|Both|Mr|Mrs|Ms)\s")
MAX_SENTENCE = 1500
# "Warsaw, Poland – The French town of ...": a town and its country before a dash head the story
PLACE_COMMA_PLACE_DASH = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}\s[–—-]\s+")
WRAPPED_LINE = 60  # a line this long without final punctuation was cut by a hard wrap, not a headline
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(*]?[A-Z0-9])")  # ("... Costa Rica. *Note: On ...")
_BULLET = r"[-•*·▪●◦–—»›■◆]"  # the marks a bulleted line opens with
LIST_ITEM = re.compile(rf"^\s*(?:\(?\d{{1,2}}[.)]|[a-z][.)]|{_BULLET})\s+(?=\S)")
# An item line of a few words that ends where a list's items end ("Kota Denpasar di Bali,")
NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+(?=[A-Z])", re.M)
# a bulleted line that holds no more than a name, perhaps with its country ("- Ashkelon, Israel")
# (capitalised words and the small words of names, a country after a comma, a note in brackets; no verb,
# no person before the comma: "- Kaohsiung hosts lantern festival" is a headline, not an item)
BULLETED_NAME = re.compile(r"^\s*" + _BULLET + r"\s+[A-Z][\w'’.-]*(?:[ -](?:[A-Z][\w'’.-]*|de|del|la|le|am|an|der|"
                           r"upon|on|sur|en))*(?:,\s*[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of))*)?"
                           r"(?:\s*\([^()\n]{1,40}\))?\s*$", re.M)
TWINNING_HEADING = re.compile(r"\b(?:sister|twin|twinning|twinned|kembar|partner)", re.I)
# a heading that names a place's partners ("Portland's Sister Cities & Friendship City", "Norwich's Twin
# Towns"), as a heading on twinning news ("Sister city headlines", "Twin Falls") does not
PARTNERS_HEADING = re.compile(r"\b(?:sister|twin|twinned|partner|friendship)[\s-]+(?:cities|towns|municipalities|"
                              r"provinces|prefectures|states|regions|communities)\b", re.I)
# "with the following cities:", "sebagai berikut:-": a line that announces what follows
ANNOUNCES = re.compile(r":\s*[-–—]?\s*$")
ANNOUNCING_LINE_END = re.compile(r":[ \t]*[-–—]?[ \t]*\r?\n")  # the same ending, at a line's end inside a text


def announces(line: str) -> bool:
    """Whether the line ends as one that announces a list (a colon, maybe with a dash after it)."""
    return ANNOUNCES.search(line) is not None


# "Ariel, Israel": a line of a place and its country only (and the year of the tie: "Jiangyin, China (2008)")
_PLACE_NAME = r"[A-Z][\w'’.-]*(?:[ -][A-Za-z][\w'’.-]*){0,3}"
PLACED_ITEM = re.compile(rf"^\s*{_PLACE_NAME}(?:,\s*[A-Z][\w'’.-]*(?:\s[A-Za-z][\w'’.-]*){{0,3}}){{1,2}}"
                         r"(?:\s*\((?:19|20)\d{2}\))?\s*$")
# a heading on partners, then such a line: "Registered Sister Cities" / "Ariel, Israel"
PLACED_ITEMS_UNDER_HEADING = re.compile(r"(?i:sister|twin|partner|friendship)[\s-]+(?i:cities|towns)[^\n.!?]*\n\s*"
                                        rf"{_PLACE_NAME},\s*[A-Z]")
# a row of a table of partners: a place and its country, then the date the tie was signed and other
# columns ("Asahikawa, Japan '89.10.17 353 748 Food, lumber, ..."); its year, written out, is kept
_TABLE_ITEM = rf"{_PLACE_NAME},\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,2}}"
_DATE_CELL_OPENS = r"[‘’'`´¡®]*"  # (the quote before a two-digit year, as the page's encoding wrote it)
_DATE_CELL = _DATE_CELL_OPENS + r"(?P<day>\d{1,4}(?:\s?[./-]\s?\d{1,4}){0,2})\b"
TABLE_ROW = re.compile(rf"^\s*(?P<item>{_TABLE_ITEM})\s+{_DATE_CELL}[^\n]*$")
# "List of Sister Cities : City, Country, Date, Size": the names of a table's columns after its heading
_COLUMN_NAMES = r"\s*:\s*(?:City|Cities|Name|Partner)\b[^\n.!?]*"
COLUMN_NAMES_AFTER = re.compile(_COLUMN_NAMES + "$", re.I)
TABLE_HEADING_END = re.compile(r"\s*(?:(?:of|in)\s+[^\n]{1,40})?[:\s]*|" + _COLUMN_NAMES, re.I)
# a row whose place and country are set apart by a space only, then a date with the month's short name
# ("Kaoshiung Taiwan Jun.30.1966 2,946 2,770 55 The largest port city in Taiwan"); and, to look for one in
# a whole text, any line with such a date
_MONTH_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SHORT_MONTH_DATE = rf"(?P<month>{'|'.join(_MONTH_SHORT)})[a-z]*\.?\s?(?P<day>\d{{1,2}})[.,]\s?(?P<year>(?:19|20)\d\d)\b"
TABLE_ROW_MONTH = re.compile(rf"^\s*(?P<item>[A-Z][\w'’.-]*(?:\s[A-Za-z][\w'’.-]*){{0,5}}?)\s+{_SHORT_MONTH_DATE}[^\n]*$")
TABLE_ROW_MONTH_LINE = re.compile(rf"^\s*[A-Z][^\n]{{2,60}}?\s{_SHORT_MONTH_DATE}", re.M)
# the column heads of such a table ("Cities Agreement Dates Populations (1,000's) Area Major Exchanges")
TABLE_HEAD = re.compile(r"^\s*(?:Cit(?:y|ies)|Partners?|Towns?|Name)\b[^.!?\n]*\b(?:Dates?|Years?|Since|Established)\b", re.I)
# a heading on partners, a line of column heads maybe, then such a row
TABLE_UNDER_HEADING = re.compile(r"(?i:sister|twin|partner|friendship)[\s-]+(?i:cities|towns)[^\n.!?]*\n(?:\s*\n)*"
                                 r"(?:[^\n]*\n(?:\s*\n)*)?\s*" + _TABLE_ITEM + r"\s+" + _DATE_CELL_OPENS + r"\d")
# "• Official website:", "• Mayor: Denny Doyle": a field of a profile, its label before a colon
FIELD_LINE = re.compile(r"^\s*" + _BULLET + r"\s+[^:\n]{1,40}:(?:\s|$)")
SHORT_ITEM = re.compile(r"^\s*[A-Z][^.!?:]{2,60}[,;]\s*$")
SHORT_LAST_ITEM = re.compile(r"^\s*[A-Z][^.!?:]{2,60}\.\s*$")  # "..., Kabupaten Gresik di Jawa Timur."
# An unmarked item: a short capitalised name, perhaps with its country after a comma ("Hamm, Germany")
PLAIN_ITEM = re.compile(r"^\s*[A-Z][\w'’.-]*(?:[ -][A-Za-z][\w'’.-]*){0,3}(?:,\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})?\s*$")


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int           # index of the paragraph (-1 for a separate title)
    index: int               # position in the article
    in_passing: bool         # a "read also" line or an embedded headline
    is_title: bool = False
    dateline: str = ""       # the dateline cut from the head of its paragraph ("NORFOLK, Va. (WAVY) —")
    heading: bool = False    # a line of the body that is only a place and its country ("Osaka, Japan")


def paragraphs(text: str) -> list[str]:
    text = _lists_joined(text)
    parts = re.split(r"\n\s*\n|\r\n\s*\r\n", text)
    if len(parts) == 1:
        parts = _unwrapped(text.splitlines())
    # a line that opens with an agency's dateline ("London (ANTARA) - ...") starts the story, even
    # when a summary line sits above it without a blank line between
    parts = [piece for part in parts for piece in AGENCY_LINE.split(part)]
    return [" ".join(p.split()) for p in parts if p.strip()]


def _lists_joined(text: str) -> str:
    """A numbered, bulleted or plain list (short capitalised names, one a line) under a line that ends
    with a colon, written back as the one sentence it stands for ('Its sister cities are: A, Country;
    B, Country.'), so that the list reads like one written out in a sentence; blank lines between the
    items do not matter."""
    if not ANNOUNCING_LINE_END.search(text) and not NUMBERED_ITEM.search(text) and not BULLETED_NAME.search(text) \
            and not PLACED_ITEMS_UNDER_HEADING.search(text) and not TABLE_UNDER_HEADING.search(text) \
            and not TABLE_ROW_MONTH_LINE.search(text):
        return text
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        lead = len(out) - 1
        while lead >= 0 and not out[lead].strip():
            lead -= 1
        # "1. Wuxi, China", "Wuxi, China", or "Kota Batam di Provinsi Kepulauan Riau," a short line each
        item = LIST_ITEM if LIST_ITEM.match(line) else PLAIN_ITEM if PLAIN_ITEM.match(line) else SHORT_ITEM
        # also a numbered list under a heading on twinning ("Sister-city Relations of City Government of
        # Cebu" / "1. Haarlemmermeer, the Netherlands" / "    Resolution No. 1706"), whose indented lines
        # under an item only document it
        numbered = NUMBERED_ITEM.match(line) is not None
        # or bulleted names under such a heading ("Portland's Sister Cities & Friendship City" /
        # "- Ashkelon, Israel" / "- Bologna, Italy")
        bulleted = not numbered and BULLETED_NAME.match(line) is not None
        # or plain lines of a name and its country under such a heading ("Registered Sister Cities" / "Ariel,
        # Israel" / "Bolinao, Philippines")
        placed = not numbered and not bulleted and PLACED_ITEM.match(line) is not None
        heading = lead >= 0 and (numbered and TWINNING_HEADING.search(out[lead]) is not None
                                 or (bulleted or placed) and PARTNERS_HEADING.search(out[lead]) is not None) \
            and not re.search(r"[.!?]\s*$", out[lead])
        # "The District has sister-city agreements with a dozen cities around the world." over "» Accra, Ghana" /
        # "» Ankara, Turkey" / ...: a sentence on twinning over three bulleted names or more leads them in
        sentence_lead = not heading and bulleted and lead >= 0 and TWINNING_HEADING.search(out[lead]) is not None \
            and re.search(r"\.\s*$", out[lead]) is not None and _bulleted_names_from(lines, i) >= 3
        heading = heading or sentence_lead
        if bulleted and heading and not announces(out[lead]):
            item = BULLETED_NAME  # without a colon to announce it, a list holds names only
        elif placed and heading and not announces(out[lead]):
            item = PLACED_ITEM
        records = _numbered_records(lines, i, out, lead)
        if records is not None:
            heading_at, rows, i = records
            lead_in = re.sub(r"[.:]?\s*$", "", out[heading_at].strip())  # (a sentence's full stop gives way)
            out[heading_at:] = [f"{lead_in}: {'; '.join(rows)}."]
            continue
        table = _table_of_partners(lines, i, out, lead)
        if table is not None:
            heading_at, rows, i = table
            heading = COLUMN_NAMES_AFTER.sub("", out[heading_at].strip())  # (not "City, Country, Date, Size")
            out[heading_at:] = [f"{heading}: {'; '.join(rows)}."]
            continue
        # ("• Official website:" over "• Mayor: Denny Doyle": a field of a profile, left empty, announces nothing)
        if lead >= 0 and (announces(out[lead]) and not FIELD_LINE.match(out[lead]) or heading) and item.match(line):
            items, j = [], i
            while j < len(lines) and (item.match(lines[j])
                                      or (not lines[j].strip() and j + 1 < len(lines) and item.match(lines[j + 1]))
                                      or numbered and lines[j][:1].isspace() and lines[j].strip() and items):
                if lines[j].strip() and item.match(lines[j]):
                    items.append(LIST_ITEM.sub("", lines[j]).strip().rstrip(".;,"))
                j += 1
            last = next((k for k in range(j, min(j + 2, len(lines))) if lines[k].strip()), None)
            if item is SHORT_ITEM and last is not None and SHORT_LAST_ITEM.match(lines[last]):
                items.append(lines[last].strip().rstrip("."))  # a short list's last line ends it with a full stop
                j = last + 1
            # one item is a list too where the line before announces partners ("KMC is in a process to
            # establish a sisterly relationship with the following cities:-" / "1. Bangkok, Thailand.")
            if len(items) >= 2 or items and numbered and announces(out[lead]) and TWINNING_HEADING.search(out[lead]):
                lead_in = ANNOUNCES.sub(":", out[lead].rstrip())
                if sentence_lead:
                    lead_in = lead_in[:-1]  # its full stop gives way to the list
                joint = " " if announces(out[lead]) else ": "  # a heading is the list's lead-in
                out[lead:] = [f"{lead_in}{joint}{'; '.join(items)}."]
                i = j
                continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _bulleted_names_from(lines: list[str], i: int) -> int:
    """How many bulleted names run from line ``i`` on, blank lines between them aside."""
    count = 0
    for line in lines[i:]:
        if not line.strip():
            continue
        if not BULLETED_NAME.match(line):
            break
        count += 1
    return count


def _table_of_partners(lines: list[str], i: int, out: list[str], lead: int) -> tuple[int, list[str], int] | None:
    """Rows of a table of partners from line ``i`` on, under a heading on partners (and maybe a line of
    column heads): the index in ``out`` of the heading, each row as "Place, Country (year)", and the
    line after the table; None where no such table starts there."""
    if lead < 0 or not (TABLE_ROW.match(lines[i]) or TABLE_ROW_MONTH.match(lines[i])):
        return None
    heading_at = lead
    if TABLE_HEAD.match(out[lead]):
        heading_at = next((k for k in range(lead - 1, -1, -1) if out[k].strip()), -1)
    heading = PARTNERS_HEADING.search(out[heading_at]) if heading_at >= 0 else None
    # (a heading that ends on the partners, "International Sister and Friendship Cities", not "Sister cities
    # population", the head of a table of figures)
    if heading is None or re.search(r"[.!?]\s*$", out[heading_at]) \
            or not TABLE_HEADING_END.fullmatch(out[heading_at][heading.end():]):
        return None
    rows, j = [], i
    while j < len(lines) and (TABLE_ROW.match(lines[j]) or TABLE_ROW_MONTH.match(lines[j]) or not lines[j].strip()):
        row = TABLE_ROW.match(lines[j])
        if row:
            year = _year_of_cell(row.group("day"))
            rows.append(f"{row.group('item')} ({year})" if year else row.group("item"))
        elif (row := TABLE_ROW_MONTH.match(lines[j])) is not None:
            month = _MONTH_NAMES[_MONTH_SHORT.index(row.group("month"))]
            rows.append(f"{row.group('item')} ({int(row.group('day'))} {month} {row.group('year')})")
        j += 1
    return (heading_at, rows, j) if len(rows) >= 2 else None


# "1. Fukuoka, Japan" over "Location signed: Fukuoka" and "Date: 1979.5.2": a numbered partner and the
# fields that document it
NUMBERED_PLACE = re.compile(rf"^\s*\d{{1,3}}[.)]\s+(?P<item>{_PLACE_NAME}(?:,\s*(?:the\s+)?[A-Z][\w'’.-]*"
                            r"(?:\s+(?:[A-Z][\w'’.-]*|of|and))*)?)\s*$")
RECORD_FIELD = re.compile(r"^\s*(?!\d)[A-Z][\w ]{1,30}:\s*(?P<value>\S[^\n]{0,60})$")
DATE_FIELD = re.compile(r"^\s*(?:Date|Dates|Signed|Established|Year|Since)\b[^:]{0,20}:", re.I)


def _numbered_records(lines: list[str], i: int, out: list[str], lead: int) -> tuple[int, list[str], int] | None:
    """Numbered partners, each documented by short fields on the lines under it ('1. Fukuoka, Japan' /
    'Location signed: Fukuoka' / 'Date: 1979.5.2'), from line ``i`` on, under a line on twinning (a
    sentence too: 'Since 1979 Guangzhou has forged sister-city ties with 38 cities.'): the index in
    ``out`` of that line, each partner as "Place, Country (year)", and the line after the records; None
    where fewer than three such records start there."""
    if lead < 0 or not NUMBERED_PLACE.match(lines[i]) or not TWINNING_HEADING.search(out[lead]):
        return None
    rows, j, fields = [], i, 0
    while j < len(lines):
        line = lines[j]
        item = NUMBERED_PLACE.match(line)
        if item:
            rows.append(item.group("item").strip().rstrip(".;,"))
        elif RECORD_FIELD.match(line) and rows:
            fields += 1
            year = _day_of_cell(RECORD_FIELD.match(line).group("value").strip()) if DATE_FIELD.match(line) else None
            if year and not rows[-1].endswith(")"):
                rows[-1] = f"{rows[-1]} ({year})"
        elif line.strip():
            break
        j += 1
    return (lead, rows, j) if len(rows) >= 3 and fields else None


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _day_of_cell(cell: str) -> str | None:
    """The day a date field gives, written out ("1979.5.2" is "2 May 1979", as the list's own brackets
    are read), or its year where no day can be told."""
    parts = re.split(r"\s?[./-]\s?", cell.strip())
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4 and parts[0][:2] in ("19", "20") \
            and 1 <= int(parts[1]) <= 12 and 1 <= int(parts[2]) <= 31:
        return f"{int(parts[2])} {_MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    return _year_of_cell(cell)


def _year_of_cell(cell: str) -> str | None:
    """The year a table's date cell gives: "'89.10.17" 1989, "18.09.1993" 1993, "2004" 2004; None
    where no part of it reads as a year."""
    parts = re.split(r"\s?[./-]\s?", cell)
    four = [p for p in parts if len(p) == 4 and p[:2] in ("19", "20")]
    if four:
        return four[0]
    if len(parts) == 3 and len(parts[0]) == 2:  # year first, two digits ("'97.8.25")
        return ("19" if int(parts[0]) > 30 else "20") + parts[0]
    return None


def _unwrapped(lines: list[str]) -> list[str]:
    """Lines of a text without blank lines, with the lines a hard wrap cut joined again: a line
    continues the one before when that one ran on without final punctuation and either was long (a
    wrapped line, not a headline) or the line opens in lower case. A capitalised line after a list
    item ('- China warns ... after BRI deal scrapped', then 'DARWIN Lord Mayor ...') starts anew: pages
    list their links to other stories so."""
    joined: list[str] = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        previous = joined[-1] if joined else ""
        if previous and not re.search(r"[.!?\"”:]$", previous) and (len(previous) >= WRAPPED_LINE or line[0].islower()) \
                and (line[0].islower() or not LIST_ITEM.match(previous)):
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return joined


def split_dateline(paragraph: str) -> tuple[str, str]:
    """'MEDAN (Mar 3): The mayor...' -> ('MEDAN (Mar 3): ', 'The mayor...') when the head looks like a
    dateline; ('', paragraph) otherwise."""
    match = DATELINE.match(paragraph)
    if not match:
        return "", paragraph
    head = match.group(0)
    looks_like_dateline = re.search(r"[A-Z]{3,}|\(", head) or (head.rstrip().endswith(":") and len(head.split()) <= 3) \
        or PLACE_COMMA_PLACE_DASH.fullmatch(head)
    # "Norwich's Twin Towns: Rouen, France; ...": a heading on twinning before its list is no dateline
    if not looks_like_dateline or sum(1 for w in head.split() if w[:1].islower()) > 2 \
            or PARTNERS_HEADING.search(head) and not PLACE_COMMA_PLACE_DASH.fullmatch(head):
        return "", paragraph
    return head, paragraph[match.end():]


# "Birmingham has six partner or sister cities. They are Chicago (USA), Frankfurt ...": a sentence that
# counts a place's partners and the sentence that names them are one statement, read as one sentence
# ("Surabaya memiliki lima kota kembar. Kota-kota tersebut adalah Seattle, ...": the same in Indonesian)
PARTNERS_COUNTED = re.compile(r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:sister|twin|twinned|twinning|partner|friendship)\b[\w -]{0,30}\b(?:cities|towns|"
                              r"municipalities|communities|provinces|prefectures|regions|states|partners|twins)"
                              r"|(?:memiliki|mempunyai)\s+(?:(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
                              r"belasan|puluhan|beberapa|sejumlah)\s+)?(?:kota\s+(?:kembar|bersaudara|saudara)|sister\s+cit(?:y|ies)|"
                              r"provinsi\s+(?:kembar|bersaudara)|sister\s+provinces?))\.$", re.I)
# ("The cities are Shizuoka, Japan, ...", "These include Shizuoka in Japan, ...": the first item named)
PARTNERS_NAMED = re.compile(r"(?:(?:They|These|Those|The|Its|Their)(?: (?:sister|twin|partner|friendship))?"
                            r"(?: cities| towns| partners| municipalities)? (?:are|include)|Namely"
                            r"|Kota-kota\s+(?:tersebut|itu)\s+(?:adalah|yaitu|yakni|antara\s+lain|di\s*antaranya)):?\s+"
                            r"(?=(?:(?:[Kk]ota|[Kk]abupaten|[Pp]rovinsi)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                            r"(?:\s+(?:in|di)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*(?:[,(;]|and\s|dan\s))")


MONTH_DAY_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d\.$")


# "... yakni kerjasama Sister City. Yaitu antar Kota Cirebon dengan salah satu kota di Tiongkok": "namely"
# goes on with the sentence before it
NAMELY_OPENING = re.compile(r"(?:yaitu|yakni)\b", re.I)


def split_sentences(paragraph: str) -> list[str]:
    # "... on Friday. (Baca juga: DKI Tingkatkan Kerja Sama dengan Casablanca) The governor said ...": a
    # bracketed pointer to another story is a line of its own, set aside as a "Baca juga" line is
    pieces = [piece for chunk in map(str.strip, BRACKETED_READ_ALSO.split(paragraph)) if chunk
              for piece in ([chunk[1:-1]] if BRACKETED_READ_ALSO.fullmatch(chunk) else SENTENCE_END.split(chunk))]
    sentences: list[str] = []
    for piece in pieces:
        if sentences and (PARTNERS_NAMED.match(piece) and PARTNERS_COUNTED.search(sentences[-1])
                          or NAMELY_OPENING.match(piece) and TWINNING_HEADING.search(sentences[-1])):
            # (a sentence opening "Yaitu ..." names what the one before, on twinning, speaks of; after
            # "menghadiri rapat di Jakarta." it only goes on with the story)
            sentences[-1] += " " + piece
            continue
        if sentences:
            last_word = re.search(r"([\w.]+)\.[\"”’']?$", sentences[-1])
            # (a single letter is an initial, "H. Sukiman", a single digit numbers a list, "1. Kobe, Japan 2.
            # Tashkent"; a single digit after a month ends a date, "on Oct. 7.")
            # ("at 9 a.m. The students attend ...", "in the U.K. The town ...": initials before a word that
            # opens sentences end one)
            initials = INITIALS.fullmatch(last_word.group(1)) if last_word else None
            if last_word and (last_word.group(1).lower() in ABBREVIATIONS
                              or len(last_word.group(1)) == 1 and not MONTH_DAY_END.search(sentences[-1])
                              or initials and not SENTENCE_OPENER.match(piece)):
                sentences[-1] += " " + piece
                continue
        sentences.append(piece)
    return [piece for s in sentences if s.strip() for piece in _bounded(s.strip())]


def _bounded(sentence: str) -> list[str]:
    """A 'sentence' longer than any real one (a list or a page without full stops) is cut at commas,
    so that the work per sentence stays bounded."""
    if len(sentence) <= MAX_SENTENCE:
        return [sentence]
    pieces, current = [], ""
    for part in re.split(r"(?<=[,;])\s+", sentence):
        while len(part) > MAX_SENTENCE:
            pieces.append(part[:MAX_SENTENCE])
            part = part[MAX_SENTENCE:]
        if current and len(current) + len(part) + 1 > MAX_SENTENCE:
            pieces.append(current)
            current = part
        else:
            current = f"{current} {part}" if current else part
    if current:
        pieces.append(current)
    return pieces


PLACE_HEADING = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3},\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}")
"""'Osaka, Japan' on a line of its own: the heading of a section on one place (a list of a town's partners
written as sections), not another story's headline."""


def is_headline(paragraph: str) -> bool:
    """A short line without final punctuation inside the body: an embedded headline."""
    words = paragraph.split()
    return 2 <= len(words) <= 12 and not re.search(r"[.!?\"”:]$", paragraph)


def is_title_case(text: str) -> bool:
    """Most words capitalised: a headline, where capitals say nothing about names."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    if not 4 <= len(words) <= 20 or text.rstrip().endswith("."):
        return False  # a sentence full of institution names is still a sentence
    return sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


# "HULL will reaffirm its link ...", "WHILE more than 50 ...": British papers set a story's first words in
# capitals, which hide whether they are a name
_LEDE_CAPITALS = re.compile(r"^((?:A|An|The)\s+)?((?:[A-Z][A-Z'’-]{2,}\s+){1,3})(?=[a-z])")  # ("A REDDITCH couple")


LEDE_WITHIN = 8  # paragraphs: a story's opening capitals stand in one of its first


def _lede_capitals_lowered(paragraph: str) -> str:
    """The capitals a story opens with, written as a name is ('Hull will'), so that a town there is read."""
    match = _LEDE_CAPITALS.match(paragraph)
    if not match:
        return paragraph
    from .mentions import FUNCTION_WORD_ZIPF, zipf  # (mentions reads sentences: imported here, not above)
    if any(zipf(word) >= FUNCTION_WORD_ZIPF for word in match.group(2).split()):
        return paragraph  # "READING the council report aloud": a word of the sentence, not a town
    return (match.group(1) or "") + " ".join(w.capitalize() for w in match.group(2).split()) + " " \
        + paragraph[match.end():]


OKINA = re.compile(r"(?<=\w)[\u02bb\u2018](?=\w)")
"""Hawaiian's glottal stop inside a word ("Hawaiʻi", "Hawai‘i", "Oʻahu"), which the English names of the
places leave out: no word pattern takes it, and it would cut the name in two."""
SPACED_DASH_IN_TWIN_WORD = re.compile(r"\b(sister|twin|partner|friendship)\s+[-\u2013\u2014]\s+(?=cit(?:y|ies)\b|towns?\b)",
                                      re.I)
"""'the sister – city of Shenyang': a compound typed with a spaced dash, which the twinning words, written
with a hyphen, would not read."""


def _as_the_patterns_read(text: str) -> str:
    """The text with the marks no pattern reads taken out or mended (OKINA, SPACED_DASH_IN_TWIN_WORD)."""
    return SPACED_DASH_IN_TWIN_WORD.sub(r"\1-", OKINA.sub("", text))


def sentences(text: str, title: str | None = None) -> list[Sentence]:
    """Sentences of the title and body; 'read also' lines and embedded headlines are marked."""
    text, title = _as_the_patterns_read(text), _as_the_patterns_read(title) if title else title
    paras = paragraphs(text)
    result: list[Sentence] = []
    fold_title = " ".join(title.split()).lower() if title else None
    if fold_title and not (paras and paras[0].lower().startswith(fold_title[:40])):
        result.append(Sentence(" ".join(title.split()), -1, 0, False, True))
    for number, paragraph in enumerate(paras):
        passing = bool(READ_ALSO.match(paragraph))
        heading = False
        own_title = number == 0 and fold_title is not None and paragraph.lower() == fold_title
        if passing:
            paragraph = READ_ALSO.sub("", paragraph).strip()
        elif own_title:
            result.append(Sentence(paragraph, number, len(result), False, True))
            continue
        elif number > 0 and is_headline(paragraph):
            heading = PLACE_HEADING.fullmatch(paragraph.strip()) is not None
            passing = not heading
        elif number == 0 and is_headline(paragraph):
            result.append(Sentence(paragraph, number, len(result), False, True))
            continue
        dateline = ""
        if number < 3 and not passing:
            dateline, paragraph = split_dateline(paragraph)
        if number < LEDE_WITHIN and not passing:  # (after a byline, a date and a repeated headline too)
            paragraph = _lede_capitals_lowered(paragraph)
        for sentence in split_sentences(paragraph):
            inline = READ_ALSO.match(sentence)  # "... kata dia. Baca juga: ..." inside a paragraph
            if inline:
                sentence = sentence[inline.end():].strip()
            result.append(Sentence(sentence, number, len(result), passing or bool(inline), dateline=dateline,
                                   heading=heading))
            dateline = ""
    return result
