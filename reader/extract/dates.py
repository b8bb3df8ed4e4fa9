"""Date expressions: find them, and resolve them against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from reader.article import PartialDate
from reader.extract.shapes import EVENT_NAME
from reader.extract.tense import first_told, looks_ahead, looks_back
from reader.extract.wordlists import STATE

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTH_ABBR = {m[:3]: i for m, i in MONTHS.items()} | {"sept": 9}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "several": 3, "few": 3}

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?"
          r"|Dec\.?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:19|20)\d\d"
_OPENERS = re.compile(r"(?i)\b(?:in|on|by|until|till|since|from|during|at|early|late|mid|the)\b")
_WEEKDAY_BEFORE = re.compile(rf"\b({_WEEKDAY}),?\s*$", re.I)  # "Monday, " before a date
PATTERN = re.compile(
    # One word boundary in front of all: most positions fail there at once.
    rf"""(?ix) \b(?:
    (?P<iso>{_YEAR}-\d\d-\d\d\b)
  | (?P<day_span>(?:between|from)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:and|to|until)\s+
        \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR})?\b
      | {_MONTH}\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}}(?:,?\s+{_YEAR})?\b
      | \d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+{_MONTH}(?:,?\s+{_YEAR})?\b)
  | (?P<month_span>(?:between|from)\s+{_MONTH}(?:,?\s+{_YEAR})?\s+(?:and|to|until)\s+{_MONTH}
        (?:,?\s+{_YEAR})?\b)
  | (?P<mdy>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b)
  | (?P<dmy>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b)
  | (?P<part>(?:early|mid|late)[-\s]+{_MONTH}
        (?:\s+{_YEAR}|\s+(?:last|next|this)\s+year)?\b)
  | (?P<month_year>{_MONTH}\s+(?:{_YEAR}|(?:last|next|this)\s+year)\b)
  | (?P<rel_weekday>(?:last|next|this)\s+(?:{_WEEKDAY}|weekend)\b)
  | (?P<rel_month>(?:last|next|this)\s+(?:January|February|March|April|June|July|August|September
        |October|November|December)\b)
  | (?P<the_weekend>(?:(?<=over\s)|(?<=ring\s)|(?<=\sat\s))the\s+weekend\b)
  | (?P<weekday>{_WEEKDAY}\b)
  | (?P<span>(?:the\s+)?(?:next|last|past|coming)\s+
        (?:(?:two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+)?
        (?:years|months|weeks|days)\b)
  | (?P<rel_unit>(?:(?:early|mid|late)[-\s]+)?
        (?:the\s+following|the\s+previous|the\s+next|the\s+past|next|last|this|past)\s+
        (?:year|month|week)\b)
  | (?P<ago>(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+
        (?:days?|weeks?|months?|years?)\s+ago\b)
  | (?P<named_day>(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+morning)\b)
  | (?P<holiday>(?-i:Christmas(?:\s+(?:Eve|Day))?(?!\s+Island)|New\s+Year['’]s\s+(?:Day|Eve)
      |Halloween|Valentine['’]s\s+Day|Boxing\s+Day|Diwali|Easter(?:\s+Sunday)?(?!\s+Island)
      |Thanksgiving(?:\s+Day)?
      |Ramadan|Hanukkah|Passover|Yom\s+Kippur|Rosh\s+Hashanah|Lunar\s+New\s+Year
      |Eid(?:\s+al-(?:Fitr|Adha))?|Black\s+Friday|Cyber\s+Monday|Labor\s+Day|Memorial\s+Day)\b)
  | (?P<season>(?:this|last|next)\s+(?:spring|summer|fall|autumn|winter)\b
      | (?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?{_YEAR}\b)
  | (?P<decade>(?:(?:early|mid|late)[-\s]+|the\s+)?(?:19|20)\d0s\b)
  | (?P<sports_season>{_YEAR}/\d\d\b)
  | (?P<century>(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\s+century\b)
  | (?P<quarter>(?:the\s+)?(?:first|second|third|fourth)\s+quarter(?:\s+of\s+{_YEAR})?\b
      | (?-i:Q[1-4])(?:\s+{_YEAR})?\b)
  | (?P<month>(?:January|February|March|April|May|June|July|August|September|October
        |November|December)\b)
  | (?P<year>{_YEAR}\b)
    )""",
)


# "LONDON, March 14, 2025 (Reuters) -": the place and date a story was filed.
DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'’-]{1,40},[ \t]+(.{6,40}?)[ \t]*(?:\([^)]{1,30}\))?"
                      r"[ \t]*[-–—]", re.M)


# "Published: 14 March 2025", "Updated on 2025-03-20": when a text was
# written, not something it tells of.
STAMP = re.compile(r"(?im)^[ \t]*(published|posted|updated|date)(?:[ \t]+on)?"
                   r"(?:[ \t]*[:\-–—][ \t]*|[ \t]+(?=[0-9A-Z]))(.{6,60})$")


@dataclass(frozen=True)
class Resolved:
    date: PartialDate
    end: PartialDate | None = None
    approximate: bool = False


_WORD = re.compile(r"\w+")
# Years before 1900 only where a year is expected: "in 1889", never "1500 workers".
_OLD_YEAR = re.compile(r"1[0-8]\d\d")
_YEAR_CUE = re.compile(r"\b(?:in|since|from|until|till|by|of|before|after|around|circa|c\.|"
                       r"year|between|and|to)\s+$", re.I)
# "1200 of them", "1500 workers", "1119 Eighth St." (a house number)
_MODEL_YEAR = re.compile(r"\s+[A-Z][a-z]")
_MODEL_CODE = re.compile(r"\s+(?:[A-Z]{1,3}[\s-]?\d{2,4}|[A-Z]{2,4}\d)\b")  # "2020 LC 500",
# "the 2021 RAV4": a model year
_SCHEDULED = re.compile(r"\b(?:reports|meets|opens|holds|begins|starts|launches|arrives|visits|"
                        r"votes|plays|faces|hosts|travels|returns|resumes|closes|ends|"
                        r"releases|debuts|premieres|kicks\s+off|runs|lasts|expires|applies|"
                        r"apply|takes?\s+effect|comes?\s+into\s+force)\b(?:\s+\w+){0,3}\s*"
                        r"(?:on\s+)?$",
                        re.I)
_NAMING = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our)|['’]s)\s+$", re.I)
# "to cut": a verb, never "to the", "to reporters"
_AIM = re.compile(r"\bto\s+(?!(?:be|the|a|an|his|her|its|their|our|my|your|this|that|these|"
                  r"those|some|any|all|each|every|no|about|around|more|less|date|one|two|three|"
                  r"four|five|six|seven|eight|nine|ten|[a-z]+[^s]s)\b)[a-z]{2,}\b")
# "The results, due Thursday,": a date something is due, set or slated for.
_DUE = re.compile(r"\b(?:due|slated|(?<!\bthe\s)(?<!\ba\s)(?<!['’]s\s)(?<!\bits\s)(?<!\bhis\s)"
                  r"(?<!\bher\s)(?<!\btheir\s)set|scheduled|planned|expected)\s+(?:on\s+|for\s+)?$",
                  re.I)  # never the noun: "during the band's set Monday night"
_TOWN_STATE = re.compile(rf"(?<=[a-z]),(?=\s+{STATE}(?!\w))")
_HOUSE = re.compile(r"\s+(?:[NSEW]\.\s+)?(?:[A-Z][\w.]*\s+){1,3}(?:Drive|Street|St\.|Avenue|Ave\.|"
                    r"Road|Rd\.|Place|Lane|Court|Way|Boulevard|Blvd\.)")
_NAME_BEFORE = re.compile(r"(?:[A-Z]\w*|(?:[A-Z]\.)+)\s+$")  # "USA Today"; not "Mars. Today"
_MAY_MONTH = re.compile(r"\b(?:in|since|until|by|from|early|late|mid|of|last|next|this)[\s-]+$",
                        re.IGNORECASE)
_COUNTED = re.compile(r"\s+(?:of|per|percent|[a-z]+s\b|[A-Z])")
# Words a date expression can start with; PATTERN is only tried at these,
# which makes a long text several times faster to scan than PATTERN alone.
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
# Feasts and shopping days by name: fixed ones are placed like a month and a day
_FIXED_HOLIDAYS = {"christmas": "December 25", "christmas day": "December 25",
                   "christmas eve": "December 24", "halloween": "October 31",
                   "new year's day": "January 1", "new year's eve": "December 31",
                   "valentine's day": "February 14", "boxing day": "December 26"}
_HOLIDAY_STARTS = ("Christmas New Halloween Valentine's Valentine’s Boxing Diwali Easter "
                   "Thanksgiving Ramadan Hanukkah Passover Yom Rosh Lunar Eid Black Cyber Labor "
                   "Memorial").split()
_STARTS = frozenset([*MONTHS, *MONTH_ABBR, "sept", *WEEKDAYS, *_SEASONS, "early", "mid", "late",
                     "the",
                     "first", "second", "third", "fourth", "q1", "q2", "q3", "q4",
                     "between", "from",
                     "last", "next", "this", "past", "coming", "today", "yesterday", "tomorrow",
                     "tonight", "a", "an", "one", "two", "three", "four", "five", "six", "seven",
                     "eight", "nine", "ten", "several", "few",
                     *(h.lower() for h in _HOLIDAY_STARTS)])


def is_date(text: str, m: re.Match[str]) -> bool:
    """Whether what PATTERN matched is a date here: "may" and "march" are verbs,
    "May" mostly the modal ("in May" is the month), "USA Today" a newspaper,
    "1909 Jolinda Drive" a house."""
    kind, start = m.lastgroup, m.start()
    if kind == "year" and text[max(0, start - 1):start] == "/":
        return False  # a case or file number ("FHC/ABJ/03/095/2018")
    if kind == "year" and _MODEL_CODE.match(text, m.end()):
        return False
    if kind == "year" and (_HOUSE.match(text, m.end()) or _MODEL_YEAR.match(text, m.end())
                           and not EVENT_NAME.match(text, m.end())
                           and text[max(0, start - 4):start].lower() == "the "):
        return False  # "1909 Jolinda Drive", "the 2020 Sentra"
    if kind == "month" and m.group() in ("may", "march"):
        return False
    if kind == "month" and m.group() == "May":
        return bool(_MAY_MONTH.search(text, max(0, start - 8), start))
    return not (kind == "named_day" and m.group()[0].isupper() and
                _NAME_BEFORE.search(text, max(0, start - 12), start))


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every date expression, left to right."""
    found = []
    done = 0
    match = PATTERN.match
    for word in _WORD.finditer(text):
        start = word.start()
        token = word.group()
        if start < done or not (token[0].isdigit() or token.lower() in _STARTS):
            continue
        m = match(text, start)
        if m is None:
            if _OLD_YEAR.fullmatch(token) and _YEAR_CUE.search(text, max(0, start - 12), start) \
                    and not _COUNTED.match(text, word.end()):
                found.append((start, word.end(), "year"))  # "born in 1889"
            continue
        kind = m.lastgroup or ""
        if not is_date(text, m):
            continue
        found.append((m.start(), m.end(), kind))
        done = m.end()
    return found


def _month_of(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTH_ABBR[word[:4] if word.startswith("sept") else word[:3]]


def _thanksgiving_week(name: str, published: dt.date, future: bool, past: bool) -> Resolved:
    """The US Thanksgiving (the fourth Thursday of November), the Friday after
    it or the Monday after that, this year's or the nearest by tense."""
    def day(year: int) -> dt.date:
        first = dt.date(year, 11, 1)
        thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        return thursday + dt.timedelta(days={"black friday": 1, "cyber monday": 4}.get(name, 0))
    this = day(published.year)
    if future and this < published:
        this = day(published.year + 1)
    elif past and this > published:
        this = day(published.year - 1)
    return Resolved(_day(this))


def _year_for_month(month: int, published: dt.date, future: bool, past: bool = False,
                    lone: bool = False) -> int:
    """The year of the next such month if the clause looks ahead, of the last
    one if it looks back, else of the nearest one (the past one on a tie; for
    a month named alone, the past one unless it is next month)."""
    ahead = published.year + (month < published.month)
    back = published.year - (month > published.month)
    if future:
        return ahead
    if past:
        return back
    months_ahead = (ahead - published.year) * 12 + month - published.month
    if lone:  # a month alone, untold, mostly looks back: "the March high"
        return ahead if months_ahead == 1 else back
    months_back = (published.year - back) * 12 + published.month - month
    return ahead if months_ahead < months_back else back


def _season_year(first: int, which: str, published: dt.date) -> int:
    """The year a season starts in: "last spring" in November is this year's,
    "last winter" the one begun last December, "next winter" the coming one."""
    now = published.year * 12 + published.month - 1
    starts = [year * 12 + first - 1 for year in range(published.year - 2, published.year + 3)]
    current = max(s for s in starts if s <= now)  # this season's latest start
    if which == "last":
        begun = [s for s in starts if s <= now]
        chosen = begun[-2] if now - current < 3 else begun[-1]  # "last fall", said in fall
    elif which == "next":
        chosen = min(s for s in starts if s > now)
    else:  # "this summer": the calendar year's, looking back or ahead
        return published.year
    return chosen // 12


def _year_in_story(context: str, published: dt.date) -> int | None:
    """The year the sentence names before a month without one, if it is the
    year before or after publication ("their 2020 session ... in January");
    never "founded in 1998 ... said in March" (the publication year itself
    tells nothing the tense does not)."""
    # only in the same clause: "closed in June 2018; he remains ... as of March 20"
    years = re.findall(rf"(?<![\d/.-]){_YEAR}(?![\d/.-])", context.rsplit(";", 1)[-1])
    year = int(years[-1]) if years else None
    return year if year is not None and abs(year - published.year) == 1 else None


def _year_of_weekday(weekday: int, month: int, day: int, published: dt.date,
                     guess: int) -> int:
    """Of the years around publication, the one in which the date falls on
    the weekday named with it; the guess when none or several do."""
    fits = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                fits.append(year)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else guess


def _span(expr: str, kind: str, published: dt.date | None, future: bool,
          past: bool) -> Resolved | None:
    """"between 1 and 31 December", "March 3-5, 2026", "from March to May"."""
    months = [_month_of(w) for w in re.findall(r"[A-Za-z]+\.?", expr)
              if w.lower().rstrip(".")[:3] in MONTH_ABBR]
    years = [int(y) for y in re.findall(_YEAR, expr)]
    first_month = months[0]
    if years:
        year = years[0]
    elif published:
        year = _year_for_month(first_month, published, future, past)
    else:
        return None
    if kind == "month_span":
        last_month = months[-1]
        end_year = years[-1] if len(years) == 2 else year + (last_month < first_month)
        if (end_year, last_month) < (year, first_month):
            return None
        return Resolved(PartialDate(year, first_month), PartialDate(end_year, last_month))
    days = [int(d) for d in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", re.sub(_YEAR, "", expr))]
    first, last = dt.date(year, first_month, days[0]), dt.date(year, first_month, days[-1])
    if last < first:
        return None
    return Resolved(_day(first), _day(last))


def _day(date: dt.date) -> PartialDate:
    return PartialDate(date.year, date.month, date.day)


def resolve(expr: str, kind: str, published: dt.date | None, context: str = "",
            year_told: int | None = None, after: str = "") -> Resolved | None:
    """What date `expr` names; None if it needs a publication date we lack, or
    names none a calendar has (31 February, year 0, beyond 9999). `context`
    is the sentence before the expression, `after` the rest of it."""
    try:
        resolved = _resolve(expr, kind, published, context, year_told, after)
        if resolved is not None:
            # A date the calendar has: year 0, 10000 or 31 February are no dates.
            for date in (resolved.date, resolved.end):
                if date is not None:
                    date.first_day()
                    date.last_day()
        return resolved
    except (ValueError, OverflowError, StopIteration, KeyError, IndexError):
        return None


def _resolve(expr: str, kind: str, published: dt.date | None, context: str,
             year_told: int | None = None, after: str = "") -> Resolved | None:
    words = expr.lower().replace(",", " ").split()
    # "on Monday, Jan. 6": the weekday belongs to the date; the tense is
    # told before it, and the year is the one that makes it a Monday.
    weekday_m = _WEEKDAY_BEFORE.search(context)
    if weekday_m:
        context = context[:weekday_m.start()]
    # The clause before an expression sets its tense: "will meet on Monday"
    # looks ahead, "said Monday" looks back. (What follows it does not
    # count: "said Monday that they will buy" is about Monday past.)
    # ("Mountain View, CA for a show on Sept. 12": a town's state opens no clause.)
    parts = re.split(r"[,;:“”\"—]", _TOWN_STATE.sub(" ", context))
    clause = parts[-1]
    # "Reed told investors of New Media, the GateHouse parent, on Oct. 31": an
    # apposition between commas is no clause of its own.
    if len(parts) >= 3 and not _OPENERS.sub("", clause).strip() and \
            re.match(r"\s*(?:the|a|an|its|his|her|their)\b", parts[-2], re.I):
        clause = parts[-3] + clause
    # "by April", "until June": a deadline lies ahead, whatever the verb's tense.
    deadline = bool(re.search(r"\b(?:by|until|till)\s*$", clause, re.I)) or bool(
        re.search(r"\bthrough\s*$", clause, re.I)) and not looks_back(clause)
    # "Lowe's reports earnings Wednesday": a present-tense plan is ahead too.
    # (A past verb before it belongs to another clause: "It came as they meet
    # for a session that starts in early January".)
    plan = _SCHEDULED.search(clause) or _DUE.search(clause)
    scheduled = plan is not None and not looks_back(clause[plan.start():])
    # "expect the Fed to cut rates in December": an aim lies ahead, unless told as past
    aim = bool(_AIM.search(clause)) and not looks_back(clause)
    future = deadline or scheduled or aim or looks_ahead(clause)
    past = not future and looks_back(clause)
    if re.search(r"\bas\s+of\s*$", clause, re.I):
        future, past = False, True  # "24.4% of the company as of March 20": a count already made
    # "Trump's July 25 call", "the Nov. 24 election": a date naming a thing is
    # not told in the clause's tense; the nearest such date is meant.
    if _NAMING.search(context) and re.match(r"\s+(?!(?:and|or|to|in|at|on|by|for|of|when|"
                                            r"after|before|that|which|as)\b)[a-z]", after):
        future = past = False
    # "In March, the firm will cut jobs", "By late March, the plan was dead": a
    # date that opens its clause takes its tense from the clause it opens.
    # ("On Monday the company said it will open": said, on Monday.)
    if after and not _OPENERS.sub("", clause).strip() and (told := first_told(after)):
        future, past = told == "ahead", told == "back"
    # "... hosting the final date on the tour, Oct. 10.": a date set off at a clause's
    # end takes the tense the sentence told before it
    elif not (future or past or clause.strip()) and len(parts) > 1 and (
            not after.strip(" .!?\"”)") and (told := first_told(context))):
        future, past = told == "ahead", told == "back"
    if kind == "iso":
        y, m, d = map(int, expr.split("-"))
        return Resolved(PartialDate(y, m, d))
    if kind in ("day_span", "month_span"):
        return _span(expr, kind, published, future, past)
    # "The next year" (with "the") counts from the year the story is telling
    # of, "next year" from the publication date.
    narrative = kind == "rel_unit" and words[-1] == "year" and year_told is not None and (
        words[-3:-2] == ["the"] or context.rstrip().lower().endswith("the"))
    if narrative:
        step = -1 if words[-2] in ("previous", "last", "past") else 1
        return Resolved(PartialDate(year_told + step))
    if kind in ("mdy", "dmy", "month_year", "part"):
        month_word = next(w for w in re.split(r"[\s,\-–]+", expr.lower())  # "mid-December"
                          if w.rstrip(".")[:3] in MONTH_ABBR)
        month = _month_of(month_word)
        year_m = re.search(_YEAR, expr)
        day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", re.sub(_YEAR, "", expr))
        relative = re.search(r"\b(last|next|this)\s+year$", expr.lower())
        if year_m:
            year = int(year_m.group())
        elif relative and published:
            year = published.year + {"last": -1, "next": 1}.get(relative.group(1), 0)
        elif published and (told := _year_in_story(context, published)):
            year = told  # "their 2020 session, which starts in early January"
        elif published:
            year = _year_for_month(month, published, future, past)
            if weekday_m and day_m and kind in ("mdy", "dmy"):
                year = _year_of_weekday(WEEKDAYS[weekday_m.group(1).lower()], month,
                                        int(day_m.group(1)), published, year)
        else:
            return None
        if kind in ("mdy", "dmy") and day_m:
            try:
                return Resolved(_day(dt.date(year, month, int(day_m.group(1)))))
            except ValueError:
                return None
        return Resolved(PartialDate(year, month), approximate=kind == "part")
    if kind == "year":
        return Resolved(PartialDate(int(expr)))
    if kind == "century":
        number = int(re.search(r"\d+", expr).group())  # type: ignore[union-attr]
        return Resolved(PartialDate(number * 100 - 99), PartialDate(number * 100),
                        approximate=True)
    if kind == "quarter":
        quarter = next(i for i, w in enumerate(("first", "second", "third", "fourth", "q1",
                                                "q2", "q3", "q4")) if w in words) % 4
        year_m = re.search(_YEAR, expr)
        if year_m:
            year = int(year_m.group())
        elif published:  # the latest such quarter begun by the publication date
            year = published.year - (quarter * 3 + 1 > published.month)
        else:
            return None
        return Resolved(PartialDate(year, quarter * 3 + 1), PartialDate(year, quarter * 3 + 3),
                        approximate=True)
    if kind == "season" and (published or re.search(_YEAR, expr)):
        # "this fall", "last winter", "summer 2020" (northern seasons)
        season = next(w for w in words if w in _SEASONS)
        first = _SEASONS[season]
        year_m = re.search(_YEAR, expr)
        year = int(year_m.group()) if year_m else _season_year(
            first, words[0], published)  # type: ignore[arg-type]
        end_year, end = (year + 1, 2) if first == 12 else (year, first + 2)
        return Resolved(PartialDate(year, first), PartialDate(end_year, end), approximate=True)
    if kind == "sports_season":  # "2022/23": a season across two years
        first = int(expr[:4])
        return Resolved(PartialDate(first), PartialDate(first + 1))
    if kind == "decade":
        first = int(re.search(r"\d{4}", expr).group())  # type: ignore[union-attr]
        part = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(words[0].split("-")[0],
                                                                    (0, 9))
        return Resolved(PartialDate(first + part[0]), PartialDate(first + part[1]),
                        approximate=True)
    if published is None:
        return None
    if kind == "ago":
        count = next((NUMBER_WORDS.get(w) or (int(w) if w.isdigit() else 1) for w in words[:1]),
                     1)
        unit = words[1].rstrip("s")
        if unit == "year":
            return Resolved(PartialDate(published.year - count), approximate=True)
        if unit == "month":
            index = published.year * 12 + published.month - 1 - count
            return Resolved(PartialDate(index // 12, index % 12 + 1), approximate=True)
        days = count * (7 if unit == "week" else 1)
        return Resolved(_day(published - dt.timedelta(days=days)), approximate=True)
    if kind == "holiday":
        name = " ".join(words).replace("’", "'")
        if name in ("thanksgiving", "thanksgiving day", "black friday", "cyber monday"):
            return _thanksgiving_week(name, published, future, past)
        fixed = _FIXED_HOLIDAYS.get(name)
        return _resolve(fixed, "mdy", published, context, year_told, after) if fixed else None
    if kind == "named_day":
        # "last night" in a story of the morning after: the day before.
        shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(words[0], 0)
        return Resolved(_day(published + dt.timedelta(days=shift)))
    if kind == "the_weekend":  # "over the weekend": the last one, or the next if ahead
        words = ["last" if not future and published.weekday() < 5 else "this", "weekend"]
        kind = "rel_weekday"
    if kind == "rel_weekday" and words[-1] == "weekend":
        monday = published - dt.timedelta(days=published.weekday())
        saturday = monday + dt.timedelta(days={"last": -2, "next": 12}.get(words[0], 5))
        return Resolved(_day(saturday), _day(saturday + dt.timedelta(days=1)), approximate=True)
    if kind in ("weekday", "rel_weekday"):
        target = WEEKDAYS[words[-1]]
        if target == published.weekday() and (kind == "weekday" or words[0] == "this"):
            # Wire copy: "said on Tuesday" in a story of that Tuesday is that day,
            # as "this Tuesday" is.
            return Resolved(_day(published))
        back = (published.weekday() - target) % 7 or 7
        ahead = (target - published.weekday()) % 7 or 7
        # A sentence that tells no tense at all ("Sondland's appearance at
        # Wednesday morning's hearing is of concern"): the nearest such day.
        untold = not (future or past or looks_back(after) or looks_ahead(after))
        if words[0] == "next" or (words[0] != "last" and (future or untold and ahead < back)):
            return Resolved(_day(published + dt.timedelta(days=ahead)))
        if words[0] == "last":
            # "last Tuesday" in a Wednesday's story is the Tuesday of last week:
            # yesterday would be "Tuesday" (or "yesterday").
            back = published.weekday() - target + 7
        return Resolved(_day(published - dt.timedelta(days=back)))
    if kind == "rel_unit":
        step = {"next": 1, "last": -1, "past": -1, "following": 1, "previous": -1}.get(
            words[-2], 0)
        if words[-1] == "year":
            return Resolved(PartialDate(published.year + step), approximate=words[0] in (
                "early", "mid", "late") or words[0].startswith("mid-"))
        if words[-1] == "month":
            index = published.year * 12 + published.month - 1 + step
            return Resolved(PartialDate(index // 12, index % 12 + 1))
        start = published + dt.timedelta(weeks=step) - dt.timedelta(days=published.weekday())
        return Resolved(_day(start), _day(start + dt.timedelta(days=6)), approximate=True)
    if kind == "rel_month":  # "next March", "last June", "this October"
        month = _month_of(words[1])
        year = {"next": published.year + (month <= published.month),
                "last": published.year - (month >= published.month)}.get(words[0], published.year)
        return Resolved(PartialDate(year, month))
    if kind == "month":
        month = _month_of(words[0])
        year = _year_in_story(context, published) or _year_for_month(
            month, published, future, past, lone=True)
        return Resolved(PartialDate(year, month))
    if kind == "span":
        count = next((NUMBER_WORDS.get(w) or int(w) for w in words
                      if w in NUMBER_WORDS or w.isdigit()), 1)
        unit, direction = words[-1], -1 if ("last" in words or "past" in words) else 1
        if unit == "years":
            first = published.year + (1 if direction > 0 else -count)
            return Resolved(PartialDate(first), PartialDate(first + count - 1))
        days = {"months": 30, "weeks": 7, "days": 1}[unit] * count
        other = published + dt.timedelta(days=days * direction)
        lo, hi = sorted((published, other))
        return Resolved(_day(lo), _day(hi), approximate=True)
    return None
