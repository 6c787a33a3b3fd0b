"""Dates as Indonesian and English news write them, resolved to ISO (full or partial) dates."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .prefilter import prefiltered
from .text import is_title_case

MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "pebruari": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6,
    "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "agustus": 8, "august": 8, "agu": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "october": 10, "okt": 10,
    "oct": 10, "november": 11, "nopember": 11, "nov": 11, "desember": 12, "december": 12,
    "des": 12, "dec": 12,
}
WEEKDAYS = {
    "senin": 0, "monday": 0, "selasa": 1, "tuesday": 1, "rabu": 2, "wednesday": 2, "kamis": 3,
    "thursday": 3, "jumat": 4, "jum'at": 4, "friday": 4, "sabtu": 5, "saturday": 5,
    "minggu": 6, "ahad": 6, "sunday": 6,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True)).replace("'", "['’]?")
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?(?:,\s*|\s+)(\d{{4}})\b", re.I)
ISO_DATE = re.compile(r"(?<![\w/-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\w/-])")
# ("December 9,2021": a comma with no space before the year, as some offices write it)
MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{{4}})\b", re.I)
MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*\d|,\d{{4}})", re.I)
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\b(?!\.?(?:,\s*|\s+)\d{{4}})", re.I)
MONTH_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{4}})\b", re.I)
# "signed on the 18th", "pada tanggal 18": a day of the month the story is published in (or the one before)
DAY_ONLY = re.compile(rf"\b(?:on\s+the\s+(\d{{1,2}})(?:st|nd|rd|th)|(?:pada\s+)?tanggal\s+(\d{{1,2}}))\b"
                      rf"(?!\s*(?:of\s+)?(?:{_MONTH})|\s*(?:[/–-]|\.\d|(?:hingga|sampai|to|and|dan)\s+\d))", re.I)
NUMERIC = re.compile(r"\((\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)")
# "on 12/03/2024" outside brackets: only with a four-digit year, so that numbers of documents
# ("193/1652/PUOD", "25/2020") are not read as dates.
NUMERIC_BARE = re.compile(r"(?<![\w/(])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})(?![\w/])")
WEEKDAY = re.compile(rf"\b({_WEEKDAY})\b", re.I)
# Days named relative to the publication date, and the capitalised word that makes "Today" a name's
# ("Semarang Today")
NAME_BEFORE = re.compile(r"\b[A-Z][\w'’]*\s+$")
RELATIVE_DAY = re.compile(r"\b(?P<yesterday>yesterday|kemarin)\b|\b(?P<today>today|hari ini)\b", re.I)
# "(2002)", "(LoI 2011)" right after a partner in a list: the year, and what it dates
YEAR_AFTER = re.compile(r"[^().;]{0,40}?\(\s*(?P<what>LoI|LOI|MoU|MOU)?\s*(?P<year>(?:19|20)\d{2})\s*\)")
# "Monastir, Tunisia (November 24, 1967)", "Lusaka (25 June 1967)": a list item's own day, in brackets after it
ITEM_DATE_AFTER = re.compile(rf"[^().;]{{0,40}}?\(\s*(?:(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}),?|"
                             rf"(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\.?,?)\s+(?P<year>(?:19|20)\d{{2}})\s*\)", re.I)


def item_date_after(text: str, end: int) -> str | None:
    """The day in brackets right after a list item ('Monastir, Tunisia (November 24, 1967)'), as ISO."""
    match = ITEM_DATE_AFTER.match(text, end)
    if match is None:
        return None
    month = MONTHS[(match.group("month") or match.group("month2")).lower()]
    return _iso(int(match.group("year")), month, int(match.group("day") or match.group("day2")))


# "San Jose di Amerika Serikat pada 1986, Liverpool pada 1997": a list item's own year, written after it
YEAR_WRITTEN_AFTER = re.compile(r"(?:\s+(?:di|in)\s+[A-Z][\w ]{0,25}?)?\s*,?\s*(?:pada|in|sejak|since)\s+(?:tahun\s+)?"
                                r"(?P<year>(?:19|20)\d{2})\b(?!\s*[-/.]\d)")
# "Ulsan, South Korea, and Ashkelon, Israel, in 1987;": the year that closes a list's clause, its items'
CLAUSE_YEAR = re.compile(r"\b(?:in|pada|since|sejak)\s+(?:tahun\s+)?(?P<year>(?:19|20)\d{2})\b(?!\s*[-/.]\d)")
# "sisters: 1967, Seville, Spain; 1972, Kurashiki, Japan": a list item's own year, written before it
YEAR_OPENING_ITEM = re.compile(r"(?:^|[;:•·\n])\s*(?P<year>(?:19|20)\d{2})\s*[,:–—-]\s*$")
# any year a sentence names; not a decade ("since the 1990s", "tahun 1990-an")
BARE_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/]|['’]?s\b|-an\b)")
# "Kamis pekan lalu", "Thursday last week", "last week on Thursday": the weekday of the week before
# the words and the clock time around a page's own date line (not "dated": "a letter dated 8 May 2024"
# dates the letter)
STAMP_BEFORE = re.compile(r"(?:^\s*|\b)(?:date|published|updated|posted|diterbitkan|diperbarui|dipublikasikan|"
                          r"diunggah)(?:\s*:\s*|(?<=^date)\s+|(?<=^Date)\s+)$", re.I)
STAMP_HINT = re.compile(r"\d[:.]\d\d|\b(?:date|published|updated|posted|diterbitkan|diperbarui|"
                        r"dipublikasikan|diunggah)\b|\s[-–—|]\s+[\w ,.]{3,24}\d{4}\s*$", re.I)
# "No. 4 Sister City Relationships - Fostering the Future - December 13, 2019": a heading that ends
# with its issue's date after a dash or a bar
HEADING_DATE_BEFORE = re.compile(r"\s[-–—|]\s+$")
WEEKDAY_OPENING = re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?(?:(?:{_WEEKDAY})\s*,?\s*)?", re.I)  # "(Humas Padang) Rabu, "
TIME_ZONE = re.compile(r"(?:WIB|WITA|WIT|GMT|UTC|[A-Z]{2,4}T)(?:\s*[+-]\s*\d{1,2})?", re.I)
CLOCK_AFTER = re.compile(r"\s*(?:[,|\-–]\s*)?\d{1,2}[:.]\d{2}\b(?!\s*,)")
LAST_WEEK = re.compile(r"\b(?:pekan|minggu)\s+lalu\b|\blast\s+week\b", re.I)
# "will sign ... on Monday", "arrives tomorrow (Sunday)", "planned for Wednesday", "Senin mendatang": a
# weekday ahead of the publication date (the words before it in its clause, or right after it), looked
# for this far back in the sentence ("The Town Council will continue talks on establishing a 'friendship
# city' partnership with New Ross, Ireland Tuesday morning")
AHEAD_REACH = 160
CLAUSE_JOIN = re.compile(r"[,;]\s+(?:and|but|while|whereas|dan|tetapi|namun|sedangkan)\b|;", re.I)
SAID_BEFORE = re.compile(r"\b(?:said|says|told|stated|added|announced|mengatakan|katanya|kata|ujar|ujarnya|ungkapnya|"
                         r"jelasnya|tuturnya)\b", re.I)
AHEAD_BEFORE = re.compile(r"\b(?:will|shall|to\s+be|planned|scheduled|set\s+to|due\s+to|tomorrow|next|this\s+coming|"
                          r"coming|upcoming|akan|dijadwalkan|direncanakan|rencananya|besok|esok)\b[^.;!?]*$", re.I)
AHEAD_AFTER = re.compile(r"^\W{0,3}(?:mendatang|depan|nanti|(?:morning|afternoon|evening|night)?\s*(?:of\s+)?next\s+week)\b",
                         re.I)
NEXT_WEEK = re.compile(r"^\W{0,3}(?:(?:morning|afternoon|evening|night)\s+)?(?:of\s+)?next\s+week\b|^\s+(?:pekan|minggu)\s+depan\b",
                       re.I)
# "last Thursday", "Kamis lalu": never the day of the story itself
LAST_DAY = re.compile(r"\blast\s+\w+day\b|\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s+lalu\b", re.I)
SINCE = re.compile(r"\b(?:sejak|since|semenjak)(?:\s+(?:tanggal|tahun|the year))?\s*", re.I)
YEAR = re.compile(r"\b(?:sejak|tahun|since|in|pada|year)\s+((?:19|20)\d{2})\b", re.I)


def parse_published(published: str | None) -> tuple[int | None, dt.date | None]:
    """'2023' -> (2023, None); '2023-02-18' -> (2023, date)."""
    if not published:
        return None, None
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(published))
    if not match:
        return None, None
    year = int(match.group(1))
    if match.group(3):
        try:
            return year, dt.date(year, int(match.group(2)), int(match.group(3)))
        except ValueError:
            return year, None
    return year, None


def _iso(year: int, month: int, day: int | None) -> str | None:
    try:
        return dt.date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
    except ValueError:
        return None


def _weekday_near(text: str, start: int, end: int) -> int | None:
    window = text[max(0, start - 25):end + 5]
    match = WEEKDAY.search(window)
    return WEEKDAYS[match.group(1).lower().replace("’", "'")] if match else None


def _numeric(match: re.Match, text: str, year: int | None, published: dt.date | None = None) -> str | None:
    """'(15/10/2017)' is day/month; with a weekday nearby the reading that fits it wins, and
    without a year the reading nearest the publication date ('today (8/2)' in an August story)."""
    first, second = int(match.group(1)), int(match.group(2))
    if match.group(3):
        year = int(match.group(3))
        year += 2000 if year < 100 else 0
    if year is None:
        return None
    weekday = _weekday_near(text, match.start(), match.end())
    readings = [(second, first), (first, second)]  # (month, day): day/month first
    valid = []
    for month, day in readings:
        try:
            valid.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        fitting = [d for d in valid if d.weekday() == weekday]
        if not fitting and not match.group(3):
            # "Senin (11/8)" in a story dated in May: the 11 August that is a Monday, the year before
            # or after the publication's, whichever lies nearer it
            fitting = [d for d in _in_years(readings, (year - 1, year + 1)) if d.weekday() == weekday]
            if published is not None:
                fitting.sort(key=lambda d: abs((d - published).days))
        if fitting:
            return fitting[0].isoformat()
    if published is not None and not match.group(3) and valid:
        return min(valid, key=lambda d: abs((d - published).days)).isoformat()
    return valid[0].isoformat() if valid else None


def _in_years(readings: list[tuple[int, int]], years: tuple[int, ...]) -> list[dt.date]:
    found = []
    for year in years:
        for month, day in readings:
            try:
                found.append(dt.date(year, month, day))
            except ValueError:
                continue
    return found


def _day_before(day: int, published: dt.date) -> dt.date | None:
    """The latest date on that day of a month, not after the day after publication ('on the 18th' in a
    story of 19 September is 18 September; in one of 2 October, 18 September)."""
    year, month = published.year, published.month
    for _ in range(2):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            found = None
        if found is not None and found <= published + dt.timedelta(days=1):
            return found
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _weekday_back(text: str, match: re.Match, weekday: int, published: dt.date) -> dt.date:
    """The day a weekday names, counted back from the publication date: the same day for 'Kamis'
    in a Thursday story, a week back for 'last Thursday', and in the week before the publication's
    for 'Kamis pekan lalu', 'Thursday last week'; counted ahead where the words say it is to come
    ('will sign on Monday', 'arrives tomorrow (Sunday)', 'Senin mendatang', 'Wednesday of next week')."""
    around = text[max(0, match.start() - 8):match.end() + 16]
    if LAST_WEEK.search(around):
        return published - dt.timedelta(days=published.weekday() + 7 - weekday)
    after = text[match.end():match.end() + 30]
    if NEXT_WEEK.match(after):
        return published + dt.timedelta(days=7 - published.weekday() + weekday)
    before = text[max(0, match.start() - AHEAD_REACH):match.start()]
    said = list(SAID_BEFORE.finditer(before))  # ('"... will sign the MoU," the mayor said on Saturday': the
    before = before[said[-1].end():] if said else before  # day of the saying, not of what will come)
    clauses = list(CLAUSE_JOIN.finditer(before))  # ("will arrive in January, and the two cities signed ... on
    before = before[clauses[-1].end():] if clauses else before  # Friday": the 'will' is another clause's)
    if AHEAD_BEFORE.search(before) or AHEAD_AFTER.match(after):
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    back = (published.weekday() - weekday) % 7
    if back == 0 and LAST_DAY.search(around):
        back = 7
    return published - dt.timedelta(days=back)


@dataclass(frozen=True)
class FoundDate:
    """A date read in a text: ISO (full or partial), where it stands, and whether it dates the start
    of a relation ('sejak 1997', 'since 2010')."""

    iso: str
    start: int
    since: bool


def find_dates(text: str, published: str | None = None, *, since: bool = True) -> list[str]:
    """Every date in a sentence, most precise readings first, in text order within each kind;
    the start of a relation ("sejak 1997") last, or not at all when ``since`` is false."""
    return [d.iso for d in find_dated(text, published) if since or not d.since]


def _full_date(pattern: re.Pattern, match: re.Match) -> dt.date | None:
    """The day a full-date match names (None for a numeric one, whose order is ambiguous)."""
    groups = {DAY_MONTH_YEAR: (3, 2, 1), MONTH_DAY_YEAR: (3, 1, 2), ISO_DATE: (1, 2, 3)}.get(pattern)
    if groups is None:
        return None
    year, month, day = (match.group(g) for g in groups)
    month = int(month) if month.isdigit() else MONTHS[month.lower()]
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def is_date_line(text: str) -> bool:
    """Whether a sentence is a date and nothing else ('Kamis, 20 November 2025', 'March 3, 2021 10:15'):
    a page's own date line, not a sentence of the news."""
    line = text.strip(" .")
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_DATE):
        match = pattern.search(line)
        if match and WEEKDAY_OPENING.fullmatch(line[:match.start()]):
            rest = line[match.end():]
            clock = CLOCK_AFTER.match(rest)
            rest = rest[clock.end():] if clock else rest
            return not rest.strip(" .,|") or (clock is not None and TIME_ZONE.fullmatch(rest.strip()) is not None)
    return False


def _without_stamps(text: str, published: dt.date | None = None) -> str:
    """The text with the page's own date lines blanked ('Rabu, 01 Juni 2016 10:35 WIB', 'date
    2018-01-10', 'Updated: May 3, 2023'): the day a page was put online is no date the news tells."""
    if is_date_line(text):
        return " " * len(text)  # "Kamis, 20 November 2025" on a line of its own: the page's date
    if not STAMP_HINT.search(text):
        return text  # most sentences: no clock time, no "published"
    spans = []
    for pattern in (DAY_MONTH_YEAR, ISO_DATE, MONTH_DAY_YEAR, NUMERIC_BARE):
        for match in pattern.finditer(text):
            before = STAMP_BEFORE.search(text, max(0, match.start() - 20), match.start())
            opening = WEEKDAY_OPENING.fullmatch(text[:match.start()])
            clock = CLOCK_AFTER.match(text, match.end())
            day = _full_date(pattern, match)
            if HEADING_DATE_BEFORE.search(text, max(0, match.start() - 6), match.start()) \
                    and not text[match.end():].strip(" ."):
                spans.append((match.start(), match.end()))
                continue
            if published is not None and day is not None and abs((day - published).days) > 1:
                continue  # "Kamis, 9 Mei 2024 pukul 10.00 WIB, Wali Kota ...": a press release's event, not its stamp
            if before:
                spans.append((before.start(), match.end()))
            elif opening and clock:
                spans.append((0, clock.end()))
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def find_dated(text: str, published: str | None = None) -> list[FoundDate]:
    """``find_dates`` with positions: the dates of a text in the order ``find_dates`` gives them."""
    year, pub_date = parse_published(published)
    text = _without_stamps(text, pub_date)
    found: list[tuple[int, str]] = []
    for match in DAY_MONTH_YEAR.finditer(text):
        iso = _iso(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
        if iso:
            found.append((match.start(), iso))
    for match in ISO_DATE.finditer(text):
        iso = _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if iso:
            found.append((match.start(), iso))
    for match in MONTH_DAY_YEAR.finditer(text):
        iso = _iso(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)))
        if iso:
            found.append((match.start(), iso))
    for pattern in (NUMERIC, NUMERIC_BARE):
        for match in pattern.finditer(text):
            iso = _numeric(match, text, year, pub_date)
            if iso:
                found.append((match.start(), iso))
    if year:
        for pattern, month_group, day_group in ((MONTH_DAY, 1, 2), (DAY_MONTH, 2, 1)):
            for match in pattern.finditer(text):
                iso = _iso(year, MONTHS[match.group(month_group).lower()], int(match.group(day_group)))
                if iso and not any(abs(s - match.start()) < 12 for s, _ in found):
                    found.append((match.start(), iso))
    if pub_date:
        for match in DAY_ONLY.finditer(text):
            day = _day_before(int(match.group(1) or match.group(2)), pub_date)
            if day and not any(abs(s - match.start()) < 12 for s, _ in found):
                found.append((match.start(), day.isoformat()))
    if not found:
        for match in MONTH_YEAR.finditer(text):
            iso = _iso(int(match.group(2)), MONTHS[match.group(1).lower()], None)
            if iso:
                found.append((match.start(), iso))
    if not found and pub_date:
        match = WEEKDAY.search(text)
        if match:
            weekday = WEEKDAYS[match.group(1).lower().replace("’", "'")]
            found.append((match.start(), _weekday_back(text, match, weekday, pub_date).isoformat()))
    if not found and pub_date:
        # "Semarang Today", "USA Today": a name, not the day (in a headline every word is capitalised)
        match = next((m for m in RELATIVE_DAY.finditer(text) if m.group(0).islower() or is_title_case(text)
                      or not NAME_BEFORE.search(text, 0, m.start())), None)
        if match:  # "signed ... yesterday" in a story of 12 October: 11 October
            back = 1 if match.group("yesterday") else 0
            found.append((match.start(), (pub_date - dt.timedelta(days=back)).isoformat()))
    if not found:
        for match in YEAR.finditer(text):
            found.append((match.start(1), match.group(1)))
    starts = [m.end() for m in SINCE.finditer(text)]

    def established(position: int) -> bool:
        return any(0 <= position - end <= 3 for end in starts)

    # "sejak 20 Juni 1988" dates the start of a relation, not the event reported.
    return [FoundDate(iso, position, established(position))
            for position, iso in sorted(found, key=lambda f: (established(f[0]), f[0]))]

# searched in every sentence: behind a look-ahead on their first characters (prefilter.py)
MONTH_DAY_YEAR, MONTH_DAY, MONTH_YEAR, WEEKDAY, YEAR, SINCE, RELATIVE_DAY, DAY_ONLY = map(
    prefiltered, (MONTH_DAY_YEAR, MONTH_DAY, MONTH_YEAR, WEEKDAY, YEAR, SINCE, RELATIVE_DAY, DAY_ONLY))
