"""Bylines: the author's name out of a byline line, in the forms news pages print.

"By Jane Doe", "BY JANE DOE and TOM ROE", "By: Jane Doe", "Posted by Jane Doe",
"Jane Doe, Foreign affairs correspondent", "Jane Doe @janedoe", a byline cut
off at the end of a copy ("By Jane Doe ("), or one after the name repeated
("Jane Doe | Staff By Jane Doe | Staff").
"""

from __future__ import annotations

import functools
import re

from reader.ingest.chrome import CHROME_LINES, CHROME_WORDS, is_share_word, is_tool_button, normalized
from reader.ingest.dates import AGO, MONTH_START, MONTH_WORD, date_after_credit, date_line, date_span
from reader.ingest.prose import stoplist

# "By", "BY", "By:", "Posted by", "Written by", "Words by", "Author:"; "ByJane" when glued, "Byby" with a hidden copy.
# "Analysis by", "Opinion by": the kind of article, then its writer; "Author: ", "AUTHOR / ", "Byline:", "Words:": a label.
# What an archive or a list of links is sorted or browsed by: "BY DATE", "By category".
_SORT_KEY = re.compile(r"^\s*(?:date|month|year|category|categories|topics?|tags?|author|title|name|popularity|relevance)\W*$",
                       re.I)
_BYLINE = re.compile(
    r"^(?:(?:posted|published|written|words|words\s+written|story|reporting|reported|text|analysis|opinion|commentary|"
    r"review|essay|column|interview|article|feature|report)\s+by(?:\b|(?=(?-i:[A-Z][a-z])))|byline(?=\s*:)|(?:by\s*)?by\b|"
    r"(?-i:By|by)(?=(?-i:[A-Z]))|(?-i:BY)(?=(?-i:[A-Z][a-z]|[A-Z]\.[A-Z]|[A-Z]+\s+[A-Z]))|"
    r"(?:(?:about\s+the\s+)?authors?|writers?|reporters?|curator|columnists?|contributors?)\s*(?:[:/]|\s[-–—]\s)|"
    r"(?:words|text|story)\s*:)"
    r"\s*:?\s*(?P<rest>\S.*)$",
    re.I,
)
# What a copy prints before a byline on its line: a rule, a bar, a slash ("━━━ By ...", "/ Jane Doe /").
_LEADING_MARKS = re.compile(r"^[^\w\"'“‘(]+")
# Social links a browser copy glues to the name before them: "Jane DoeTwitter".
_GLUED_LINKS = "(?:Twitter|Facebook|Instagram|LinkedIn|Email|Follow|View)"
# A job title a copy glues to the name before it: "Jane DoeStaff Writer".
_GLUED_ROLE = "(?:Staff|Senior|Chief|Contributing|Contributor|Correspondent|Reporter|Editor|Writer|Columnist)"
# A word in ordinary case glued to a name in capitals: "JANE DOEHarbour Correspondent".
_AFTER_CAPS = r"(?-i:(?<=[A-Z]{2})(?=[A-Z][a-z]{2}))"
# An outlet's initials glued to the name in ordinary case before them: "Jane DoeCWN Staff Writer".
_GLUED_INITIALS = r"(?-i:(?<=[a-z]{3})(?=[A-Z]{2,6}\b))"
# A note on the date glued to the name before it: "Jane DoePublished 13 Nov 2026".
_GLUED_NOTE = "(?:Published|Updated|Posted)"
# Others credited beside the writer, each word capitalised: "Photos: Tom Roe", "Illustration by Mo Lee".
_GLUED_CREDIT = "(?:Photos?|Photography|Pictures|Images|Illustrations?|Graphics|Video|Edited|Additional [Rr]eporting)"
_MONTH_NAME = MONTH_START  # what every month's name starts with, short or in full: "Nov", "November"
_MONTH_WORD = MONTH_WORD  # a month's name whole: a surname that starts like one ("Novak 3 hours ago") is none
# A month's name and a day, in any case (the patterns that use it ignore case).
_MONTH = rf"{_MONTH_WORD}\.?\s+\d"
# A date after the name: "Jane Doe Nov 13 2026, 12:16 PM ET".
_MONTH_DAY = rf"{_MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"  # "Nov 3rd" too
# ... or its weekday first: "Jane Doe Tue Dec 30, 2026"; "MUMBAI Tue Dec 30" is then one word, no name.
_WEEKDAY_OR_MONTH = rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?{_MONTH_DAY}"
# ... or its day first, or in figures year first: "Jane Doe 13 November 2026", "Jane Doe13 Nov 2026", "Jane Doe
# Thursday 13 November 2026", "Jane Doe 2026-11-13" (a dump prints the name's link and the date's span on one line).
_DAY_FIRST = (rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH_NAME}[a-z]*\b"
              r"|(?:19|20)\d\d-\d\d-\d\d\b")
# A date glued to the name before it: "Jane DoeNovember 6, 2026".
_GLUED_MONTH = rf"(?<=[a-z])(?-i:{_MONTH_WORD}\.?\s+\d)"
# ... or in capitals to a name in capitals: "JANE DOENOV. 6, 2026".
_GLUED_CAPS_MONTH = rf"(?-i:(?<=[A-Z]{{2}}){_MONTH_WORD.upper()}\.?\s+\d)"
# A weekday and the date glued to the name: "Jane DoeThu 13 Nov 2026".
_GLUED_WEEKDAY = rf"(?<=[a-z])(?-i:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?:\d|{_MONTH_WORD}))"
# A link to the writer's other stories glued to the name: "Jane DoeMore from Jane Doe", "Jane DoeSee all articles".
_GLUED_MORE = r"(?<=[a-z])(?-i:(?:More|Read|See)\s)"
# Where the name in a byline ends: a bracket, a bar, a slash, a dash, a handle, a date,
# a digit, or a Published/Updated note. Each match starts where a run of spaces does: started
# at every space of the run, the leading repeat rescans it, and a long run takes seconds.
_BYLINE_END = re.compile(
    rf"(?<!\s)\s*(?:[(|•·/\t@»;]|&\w+;|\s[-–—]\s|\d|\b{_MONTH}|\s(?-i:The)\s|"
    r"\b(?:last\s+)?(?:published|updated|posted|on|email|follow|view)\b(?!-)|leave a (?:comment|reply)"
    # "By Jane Doe More by this author", "... Read more stories": a link to the writer's other articles
    r"|\b(?:more|all|read|see)\s+(?:(?:by|from)\s+(?:this|the)\s+(?:author|writer)|(?:articles?|stories|posts)\b)"
    # "Words: Jane Doe Photos: Tom Roe", glued or not: others' credits after the writer's
    rf"|(?:\s|(?<=[a-z]))(?=(?-i:{_GLUED_CREDIT})\s*(?:by\b|:))"
    # "By Jane Doe Tuesday, Aug. 17, 2026": the weekday, spelled out, starts the date
    rf"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s+(?={_MONTH_NAME})"
    rf"|(?<=[a-z])(?-i:{_GLUED_LINKS}|{_GLUED_ROLE}|{_GLUED_NOTE})\b|{_GLUED_MONTH}|{_GLUED_CAPS_MONTH}|{_AFTER_CAPS}|{_GLUED_WEEKDAY}|{_GLUED_MORE}"
    rf"|{_GLUED_INITIALS})",
    re.I,
)
_LAST_OF_LIST = re.compile(r"(?P<conjunction>and|&)\s+(?P<name>\S.*)", re.I)
_CONJUNCTION = re.compile(r"\s(?:and|&)\s")  # between two writers' names: "Jane Doe and Tom Roe"
_DANGLING = re.compile(r"(?<!\s)(?:\s*(?:,|&|\band\b|\bwith\b))+\s*$", re.I)
# The words of a newspaper's name: "Eastmere Sentinel", "The Harbour Times".
NEWSPAPER_WORDS = frozenset("news times post journal online tribune herald gazette chronicle sentinel examiner "
                            "observer inquirer dispatch telegraph courier advertiser australian scotsman "
                            "bulletin".split())
ROLE_WORDS = re.compile(
    r"\b(?:correspondent|reporter|journalist|editor|writer|staff|newswire|newsroom|newsdesk|wire|bureau|contributor|columnist|"
    r"commentator|analyst|desk|agency|press|reuters|afp|associated|"
    # A newspaper's name after the writer's: "Jane Doe, Eastmere Sentinel".
    rf"{'|'.join(sorted(NEWSPAPER_WORDS))}|"
    r"producer|critic|author|chief|senior|political|media|group)\b",
    re.I,
)
_JOB_TITLES = re.compile(
    r"\b(?:correspondent|reporter|journalist|editor|writer|columnist|commentator|contributor|analyst|"
    r"producer|critic|photographer|chief)\b",
    re.I,
)
# A post's writer's office after the comma: "Posted by Jane Doe, Vice President, Example Cloud" (no list of writers).
_OFFICE_WORDS = re.compile(
    r"\b(?:president|vice|director|manager|engineer|founder|co-founder|cofounder|ceo|cto|cfo|coo|cmo|officer|vp|svp|evp|"
    r"scientist|developer|designer|strategist|evangelist|advocate|professor|researcher|consultant|specialist|"
    r"architect|chairman|chairwoman|chairperson)\b", re.I)
_SECTIONS = frozenset(
    "news video videos photos gallery sport sports business opinion blog blogs world politics tech "
    "technology science health entertainment lifestyle travel culture home local weather markets "
    "money style food life arts books music film tv recipes articles archives archive stories forecast".split()
)
_DEGREE_AFTER_NAME = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,2}),? (?:Ph\.D\.|PhD|M\.D\.|Psy\.D\.|Ed\.D\.|J\.D\.|MBA|MPH|LCSW)(?:\s|,|$)")
_MAX_COLUMN_WORDS = 3  # "Minds at Work": a column's name after the degree; "Graduates Head to Rural Clinics" is a headline
# The sections a writer's link may name after their name, none of them a surname ("Money", "Home", "Style" are).
_SECTION_LINKS = frozenset("news politics business opinion science technology tech health entertainment lifestyle "
                           "travel culture sports sport world".split())
_WRITER_LINKS = frozenset("info bio profile".split())  # after the name: "Jane Doe Info", a link to their page
_GLUED_SECTION = re.compile(r"^(?P<name>\w{3,}[a-z])[A-Z][a-z]+$")  # not "McDonald", "MacLeod"
_MIN_NAME_WORDS = 2
# The wires whose initials start their writers' roles ("AP Sports Writer"); other capitals before a role may be
# a surname ("MARY GRACE NG Staff Writer").
_WIRE_INITIALS = frozenset({"AP", "PA"})
_GLUED_PARTICLE = re.compile(r"^(?:de|da|di|du|del|della|van|von|le|la|dos)[A-Z]")  # "deCasparis"
_DATE_NOTES = frozenset("published updated posted modified".split())  # "Published Fri, Apr 28", "Crime Published On"
# Pronouns and determiners are in no name: "Tweet This", "Share Your Story".
_MIN_PAGE_TEXT_WORDS = 2
_PRONOUNS = frozenset("this that these those it its you your our we my me us he she they them his her their".split())
_NO_NAME_WORDS = _PRONOUNS | frozenset("what which who how why when where here there not no all some any each every "
                                       # A headline's prepositions, capitalised in title case: "White House Under
                                       # Fire for ...".
                                       "under over into onto upon after before about against between through during "
                                       "without within across toward towards amid among from with "
                                       # A summary's label over its points: "Story Highlights", "Key Points".
                                       "highlights points summary facts takeaways "
                                       # Readers' posts: "Welcome Back Comments", a blog's title.
                                       "comments replies responses".split())
# What a button or a box asks the reader to do: "Search Example", "Follow Jane Doe", "More Activity" name no writer.
_BUTTON_VERBS = frozenset("search share subscribe sign follow login register email print skip jump view watch listen "
                          "play copy close open tweet download more".split())
# A picture's words are in no name: "Screen Shot 2026-11-13 at 4.55.35 PM" is a screenshot's file name.
_PICTURE_WORDS = frozenset("screen shot screenshot photo image picture graphic".split())
# ... or the date (any shape dates.py reads), a bar, then the writer: "November 13, 2026 | Jane Doe",
# "13 Nov 2026 - Jane Doe", "The Courier 13/11/2026 Jane Doe".
# ... and the writer's company after a bar: "May 5, 2026 Jane Doe and Tom Roe | Example Strategies".
_THEN_NAME = re.compile(r"(?:\s+[|•·–—-])?\s+(?P<name>[^|•·\d]+?)(?:\s+[|•·]\s+[^|•·\d]{1,60})?$")
_MAX_BEFORE_DATE = 40  # an outlet's name before the date, no figures in it
_MAX_DATED_NAME_CHARS = 200  # an outlet, a date and a name; a longer line is not searched for dates
_DIGIT = re.compile(r"\d")
_CAPS_WORDS = r"[A-Z][A-Z&.]+(?:\s[A-Z][A-Z&.]+){0,2}"
_AGENCY_AND_PLACE = re.compile(rf"^{_CAPS_WORDS},\s+{_CAPS_WORDS}$")
_AGENCY_WORD = re.compile(r"^[A-Z]{2,8}$")
# A wire story's sign-off, each part a role and names: "(Reporting by Jane Doe; Editing by Tom Roe)".
_WIRE_SIGN_OFF = re.compile(r"^\((?P<parts>(?:reporting|writing) by .+)\)$", re.I)
_SIGN_OFF_PART = re.compile(r"(?:^|[;.]\s*)(?P<role>reporting|writing|editing|additional reporting) by "
                            r"(?P<names>[^;.]+?)(?=\s*(?:[;.]\s*(?:additional )?\w+ by\b|$))", re.I)
_MAX_SIGN_OFF_CHARS = 300
_DESK_WORDS = frozenset("staff desk bureau team newsroom group media online press".split())
# A newsroom's credit after the outlet's name; an editor may be an account's name ("Example Editor").
_DESK_JOBS = frozenset("reporter reporters correspondent correspondents staff desk bureau team newsroom".split())
# An outlet's words that are no one's surname: "Mail Online Reporter" is a desk ("Daniel Post Reporter" a person).
_OUTLET_ONLY = frozenset("online news newswire newsroom digital media network".split())
# "Courier", "HarbourNews": one capitalised word (or two run together), no initials or figures ("Web3" is a kicker).
_OUTLET_WORD = re.compile(r"^[A-Z][a-z]{2,11}(?:[A-Z][a-z]{2,11})?$")
# What kind of story it is, printed in capitals by the headline like an agency's name.
_KICKERS = frozenset("analysis opinion commentary review essay column interview feature report live exclusive "
                     "breaking update updated watch listen explainer editorial sponsored advertisement premium".split())
# An outlet's desk on a wire's copy: "Northern Courier with AFP", "Courier with agencies".
# ... "agencies" say only that wires' copy was worked in: the outlet signs it ("By Courier with agencies").
_OUTLET_WITH_AGENCY = re.compile(
    r"^(?:[Bb][Yy]:?\s+)?(?P<outlet>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}) with "
    r"(?:[A-Z]{2,5}|(?P<agencies>[Aa]gencies))$")
_NOTICE = re.compile(r"^(?:©|\(c\)|copyright\b)", re.I)
_NAME_PARTICLES = frozenset("and & de del della dos das van von der den ten ter da di du la le al bin ibn el y st. st".split())
_MAX_POST_NOMINAL = 6
_MIN_OUTLET_WORDS = 2  # "Eastmere Times" after a name; "Jane Doe Staff" may be a desk's "Courier Staff"
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "Q.", "J.R."
_LETTERS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word's parts between apostrophes ("Ji-hoon" is one)
# One word in capitals closed by a comma: an outlet's or a desk's initials ("By JDN, in News").
_INITIALS_NAME = re.compile(r"^[A-Z]{2,6},$")
_MAX_LIST_WORDS = 24  # seven or eight writers after "By", their names' words all counted
# A name with initials before the surname: "T.J. Novak", "Jane S.A. Doe", not a place's "Eastmere D.C.".
_INITIALS_FIRST = re.compile(r"^(?:[A-Z][\w'’-]+\s+)?(?:[A-Z]\.\s*){1,3}(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+$")
_COMPASS_WORDS = frozenset("north south east west middle central northern southern eastern western".split())
# "Middle East", "West Africa", "North America", "West Coast" (a country after a compass word may follow a surname).
_REGIONS = frozenset("east west north south africa asia america americas europe midlands coast pacific".split())
# The first word of a desk over its small words: "Home affairs editor", "Deputy political editor".
_DESK_HEADS = frozenset("home foreign deputy political chief senior education health science technology business "
                        "economics arts culture sport sports environment climate defence defense security diplomatic "
                        "legal social transport crime media royal consumer global world international "
                        "investigations data digital energy money personal finance assistant associate executive "
                        "managing special local religious rural farming public parliamentary housing property "
                        "community disability family european irish welsh scottish rugby motor horse".split())
# A job's rank before its desk's words, no one's surname: "Deputy", "Assistant", "Managing".
_RANKS = frozenset("deputy assistant associate acting executive managing".split())
# Ranks that are no headline's verb ("Acting", "Managing"): after them, a desk's words and a job's noun make a job.
_DESK_RANKS = frozenset("deputy assistant associate".split())
_MAX_DESK_WORDS = 3  # "Deputy Audience Growth Lead"
# The nouns a newsroom's jobs end with besides a writer's ("Lead", "Producer"), never a headline's verb ("Opens").
_JOB_NOUNS = frozenset("lead producer strategist specialist coordinator manager director officer head planner "
                       "curator".split())
# Words after a name in capitals that start what is no name: "JANE DOE FOR THE MAIL", "JANE DOE IN KYIV".
_LINKING_WORDS = frozenset("for in at of from with the on via to".split())  # "JANE DOE FOR ...", "READERS TO THE EDITOR"
_SECTION_THEN_BY = re.compile(r"^(?P<section>[A-Z][a-z]+) (?:By|by|BY) (?P<rest>[^\W\d].*)$")
_NAME_THEN_PUBLISHED = re.compile(
    r"^(?P<name>[^\W\d][^,|]{2,50}?) , (?P<outlet>[^,|]{2,50}?) (?:Published|Updated)\b(?P<when>[^|]{6,60})(?:\||$)")
_THE_AFTER = re.compile(r"\s+(?-i:The)\s")  # where a name is cut off before an outlet's "The"
_LINK_AT_END = re.compile(r"\s+(?-i:For|In|At|Of|From|With|On|Via|To)$")
_NEVER_LAST = frozenset("the of for with from".split())  # words that start an outlet or a place, never end a name
_MAX_DATE_CHARS = 40  # "Posted on Thursday, November 13, 2026 at 7:35 AM"
_MAX_NAME_LINES = 7  # "By", then up to four names and the "and"s between them, a line each
# A date, then the writer: "Posted on November 13, 2026 by Jane Doe", "13/11/2026 by jdoe", "Wednesday 8.5.15 by Jane Doe".
# ... or how long ago: "Posted 21 hours ago by Jane Doe".
_DATE_BEFORE = re.compile(rf"(?:\b{_MONTH}|\b\d{{1,2}}([/.])\d{{1,2}}\1\d{{2,4}}\b|\b(?:19|20)\d\d\b|"
                          r"\b\d{1,2}\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b)", re.I)
_NICKNAME = re.compile(r"(?<=\w)\s+[\"“][A-Z][\w'’ .-]{0,30}[\"”]\s+(?=[A-Z])")
_SENTENCE_GOES_ON = re.compile(r"^\s+[a-z]+\s.*\.$")
_SENTENCE_END_INSIDE = re.compile(r"[a-z]{2}\. [A-Z]")  # "Example's Rules. They": a sentence ends, no initial
_SPONSORED = re.compile(r"\b(?:presented|sponsored|powered|supported|hosted|funded|brought\s+to\s+you)$", re.I)
_UPDATED = re.compile(r"(?:last\s+)?updated", re.I)
_THEN_BY = re.compile(r"\s(?:(?:posted|written)\s+)?by\s+(?=\S)", re.I)
# Parts of a line between bars or dots: "Opinion | By Jane Doe | Nov 13", "Nov 13 • words by Jane Doe • Art by ...".
# Matched from a run of spaces' start: started at every space, a long run is rescanned from each.
_ADDRESS_BETWEEN_BARS = re.compile(r"\s*\|\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\|\s*")  # " | jdoe@example.com | "
_PARTS = re.compile(r"(?<!\s)\s+[|•·]\s+")
_PART_MARKS = ("|", "•", "·")  # what _PARTS parts at: a line without one is one part
# A handle in small letters, then the date: "by jdoe on November 13, 2026".
_HANDLE_ON_DATE = re.compile(rf"^(?P<handle>[a-z][\w.-]{{1,30}})\s+on\s+(?={_MONTH})", re.I)
# ... or a blog's footer, the handle and the time: "Posted by jdoe at 8:38 pm".
_POSTED_AT_TIME = re.compile(r"^posted\s+by\s+(?P<handle>(?-i:[a-z][\w.-]{1,30}))\s+at\s+\d{1,2}:\d\d\b", re.I)
# ... or a first name alone, then the date with its day first: "By Jane on 13. November, 2026".
_FIRST_NAME_ON_DATE = re.compile(
    r"^(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?P<name>(?-i:[A-Z][a-z]{1,20}))\s+on\s+"
    rf"(?=\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH_NAME}[a-z]*\b)", re.I)
# ... or the date in figures ending the line: "Posted by Jane 13.11.2026" (a blog's writer by first name).
_FIRST_NAME_THEN_FIGURES = re.compile(
    r"^(?P<name>(?-i:[A-Z][a-z]{1,20}))\s+\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d\s*$")
# ... or after the date, alone or before the count of comments: "13/11/2026 by Jane 24 Comments".
# ... or the blog's handle, figures after the name, and the prompt to comment: "Sep 4, 14 by Qwest7 Leave a comment".
_FIRST_NAME_THEN_COUNT = re.compile(r"^(?P<name>[A-Z][a-z]{1,20}\d{0,4})(?:\s+\d+\s+(?i:comments?|responses?|replies)"
                                    r"|\s+(?i:leave\s+a\s+(?:comment|reply)))?\s*$")
# A name, then the count of comments on the post: "Jane No Comments", "Jane Doe 4 Comments".
_COUNTED_NAME = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}) (?:No|\d{1,4}) (?:Comments?|Responses?)$")
_COUNT_BUTTONS = frozenset("leave add post show load hide read see".split())  # "Leave 2 Comments": a button
# One word before a comments' count that names no one: a button, a section, a date's note ("Share 4 Comments").
_COUNTED_NO_NAMES = _BUTTON_VERBS | _COUNT_BUTTONS | _SECTIONS | _DATE_NOTES | CHROME_WORDS | _NO_NAME_WORDS
_SHORT_YEAR_WRITTEN = re.compile(rf"{_MONTH_WORD}\.?\s+\d{{1,2}},\s+\d\d", re.I)  # "Sep 4, 14": the year in two figures
_FIGURES_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")  # "12/04/2026": day or month first, unread
_ACCOUNTS = frozenset("admin administrator guest team webmaster user anonymous unknown".split())
_STAFF_CREDIT = re.compile(r"^staff\s+and\s+(?:[a-z]+\s+){0,3}(?:reports|agencies|wires)$", re.I)
# An outlet's desk credited as the writer: "Courier Media News Desk", "Eastmere Business News Correspondent".
_DESK_CREDIT = re.compile(r"^(?:[A-Z][\w'’&-]*\s+){1,4}(?:Desk|Correspondents?|Staff|Team|Newsroom|Bureau)$")
_THE_DESK = re.compile(r"^the\s+(?P<desk>\S.*)$", re.I)
_AGO = re.compile(rf"\b(?:{AGO}|\d{{1,2}}\s+years?\s+ago)\b", re.I)  # "1 day ago", "2 weeks ago", "1 year ago"
_AUTHOR_LABEL = re.compile(r"^author\s*:", re.I)
# A blog's writer signed up with the surname in small letters, the whole line after its label: "Posted by Jane doe".
_SMALL_SURNAME = re.compile(r"^(?:posted|written)\s+by\s+(?P<first>(?-i:[A-Z][a-z]{1,20}))\s+(?P<surname>(?-i:[a-z]{2,20}))\s*$",
                            re.I)
_DAY_OR_MONTH = re.compile(rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTH_NAME})", re.I)  # "by Tuesday night"
_BY_ONE_NAME = re.compile(r"^by\s+(?P<name>(?-i:[A-Z][a-z]{2,20}))$", re.I)
_MAX_ROLE_WORDS = 4
_OUTLET_LINKS = frozenset("at of for with".split())  # "Reporter at The Courier", "Editor of Example Weekly"
_MAX_ROLE_AND_OUTLET_WORDS = 8
_MIN_PARTS = 3  # a name and a date alone are read by bare_name
_HANDLE = re.compile(r"^[a-z][a-z0-9_.-]{2,29}$")  # "jdoe", "delta201": one word in small letters
# How to reach the writer: "Contact reporter Jane Doe at ...", "Jane Doe can be reached at jdoe@...".
_CONTACT = re.compile(
    r"^(?:(?i:contact|reach|e-?mail)\s+(?P<role>(?i:(?:the\s+)?(?:reporter|writer|author)\s+))?"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}?[A-Z][\w'’-]+)\s+(?:at|via)\b"
    r"|(?P<reached>(?:[A-Z][\w'’.-]*\s+){1,3}?[A-Z][\w'’-]+)\s+(?:can|may)\s+be\s+(?:reached|contacted)\b)")
_MAX_CONTACT_CHARS = 400
_ONE_NAME = re.compile(r"^(?-i:[A-Z][a-z]{1,20})\s*$")
# ... or glued to a picture's text before it, as w3m prints them: "Jane Doe headshotBy Jane Doe".
_INNER_BY = re.compile(r"(?:\s|(?<=[a-z])(?=By\s))(?:[Bb][Yy]|(?:Author|Writer|Curator|Reporter)\s*):?\s+(?=[A-Z])")
# Its words alone, searched first: each starts with a letter of its own, where the search above tries every space.
_INNER_BY_CUE = re.compile(r"B[Yy]|b[Yy]|Author|Writer|Curator|Reporter")
_MAX_BUTTON_WORDS = 3
# A date, parts between slashes, the last one the byline: "November 13, 2026/0 Comments/in Energy /by Jane Doe".
_SLASHED_PARTS = re.compile(r"^(?P<date>[^/]{6,40})/.*/\s*by\s+(?P<rest>[A-Z][^/]*)$")
_PICTURE_WORD = re.compile(r"^[a-z]{3,}(?<!ed)$")  # a picture's text in small letters, no credit's "edited"
# What those credited besides the writer did: "Edited by:", "Reviewed by:", "Photos by:", "Illustration by:".
_OTHER_CREDIT = re.compile(
    r"(?:edited|reviewed|checked|fact-checked|verified|translated|produced|designed|illustrated|illustrations?|"
    r"photo(?:graph)?s?|photographed|pictures|images?|graphics?|videos?|animation)", re.I)
# A name, up to four words (a button's), then an e-mail address: "Jane Doe Become a fan jdoe@example.com".
_NAME_THEN_ADDRESS = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})(?P<between>(?: [\w'’!?-]+){1,4})? (?P<local>[\w.+-]+)@[\w-]+\.\w+\S*$")
# Two writers' links a copy glues together: "Jane DoeTom Roe" (not "Jane MacDonald", "Jane DeVries").
_GLUED_NAMES = re.compile(r"(\b[A-Z][\w'’.-]* [A-Z][\w'’-]*?[a-z]{3})(?=[A-Z][a-z]+ [A-Z])")
# A picture's text w3m glues to the link beside it, both the name: "Jane DoeJane Doe".
_GLUED_TWICE = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?: [\w'’.-]+){1,3})(?P=name)(?=[\s,|•·@]|(?-i:[A-Z])|$)")
_MAX_GLUED_CHARS = 120
# The outlet's label run into the last writer's surname (_without_glued_outlet).
_GLUED_OUTLET = re.compile(r"(?<=\s)(?P<surname>[A-Z][\w'’-]*[a-z]{2})(?P<outlet>(?:[A-Z]{2,}|[A-Z][a-z]+)\b"
                           r"(?: [\w.-]+){0,3})$")
# A surname's first part, its own capital after it: "VanDyke", "DelVecchio", "MacKenzie", "FitzGerald".
_SURNAME_PARTICLES = frozenset("van vander vanden von del della de di da le la mac mc fitz".split())
_MIN_COMMA_LIST = 3
# Where a line of bare names ends: a bar, a bullet, a slash, a bracket, a handle, a spaced dash or a figure.
_NAMES_END = re.compile(r"(?<!\s)\s*(?:[|•·/(@]|\s[-–—]\s|\d)")
# A job's words run into the surname, a first word the glued roles above do not know: "Jane DoeLive and breaking
# news reporter".
_NAME_THEN_JOB = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}?[a-z])(?P<role>[A-Z][a-z]+(?: [\w&-]+){1,5})$")
_MAX_OUTLET_WORDS = 4
_MIN_GLUED_SURNAME = 4  # "DuBois Staff Writer", "TenBrink Labor Reporter": a short first part is the surname's own
_OUTLET_LAST_WORDS = NEWSPAPER_WORDS | frozenset("network newswire wire press media radio today".split())
# A paper's credit for its own reporter, the paper's initials or "Special" before the job: "HT Correspondent".
# ... or with the paper's name: "Lakeland Advertiser Reporter".
_OWN_REPORTER = re.compile(r"^(?:[A-Z]{2,5}|Special|Staff|Our|[A-Z][a-z]+\s+(?i:"
                           rf"{'|'.join(sorted(NEWSPAPER_WORDS))}))\s+(?:Correspondent|Reporter)$")
_AND_AGENCIES = re.compile(r"\s+and\s+agenc(?:y|ies)$", re.I)
_LIFESPAN = re.compile(r"\b(?:1[89]|20)\d\d\s*[-–—]\s*(?:\S+\s+){0,3}(?:1[89]|20)\d\d\b")
_SOURCE = re.compile(r"Source\s*:\s*(?P<agency>\S.{0,40})")  # "Source: PTI" after the date
_HANDLE_ALONE = re.compile(r"^@\w{2,30}$")  # "@janedoe" on a line of its own
# A paper's affiliation figures or marks glued to each author's surname: "Jane Doe1,2, Tom Roe3* & Mo Lee1".
# lynx prints each as a superscript, after a caret: "Jane Doe^1,".
_AFFILIATION_MARKS = re.compile(r"(?<=[a-z])(?:\^?\d{1,2}(?:,\^?\d{1,2})*|\^?[*†‡])+(?=\s*(?:,|&|\band\b|$))")
_LIST_BULLET = re.compile(r"^[*•·]\s+")
# "Mo Lee &" / "Ann Bee": the list's "and" ends the line before its last name.
_CLOSING_CONJUNCTION = re.compile(r",?\s+(?P<conjunction>and|&)$", re.I)
# "2. Tom Roe": a dump numbers a list of writers, w3m printing each one's picture by its file name first
# ("1. [jane-doe_sq] Jane Doe").
_NUMBERED_WRITER = re.compile(r"^\d{1,2}\.\s+(?:\[[^\]\s]{1,40}\]\s*)?(?=[A-Z])")
# "Professor of Marine Biology, Harbour University": a writer's post under their name, the institution last in
# capitalised words.
_AFFILIATION = re.compile(r"^[A-Z][^.]{2,100}, (?:[A-Z][\w'’-]*|of|the|and|for|&)(?: (?:[A-Z][\w'’-]*|of|the|and|for|&))*$")
# A handle in small letters glued to the next writer's name: "@janedoe26Tom Roe".
_GLUED_HANDLE = re.compile(r"(?<=[a-z])@[a-z0-9_]{2,30}(?=[A-Z][a-z])")
# A writer's picture printed by its text: "Jane Doe headshot", "Jane Doe author photo", "Jane-Doe-headshot".
# Where a bare name ends: a separator, a handle, a social link, or a date or time ("Jane Doe 7 hours",
# "Jane Doe 11.13.26 5:42 AM").
_NAME_END = re.compile(
    r"\s*(?:[,|•·/(]|\s[-–—]\s|@|(?:\s|(?<=[a-z]))(?=\d{1,2}(?::\d\d|\s*(?:min|hour|hr|day|week|month|year)|[hmd]\s+ago\b|/\d{1,2}/\d|\.\d{1,2}\.\d))|\s(?=" + _WEEKDAY_OR_MONTH
    + r")|(?:\s|(?<=[a-z]))(?=" + _DAY_FIRST + r")|\b(?:Follow|Email|Twitter)\b|(?:(?<=[a-z])\.)?\s(?=(?:on|[Pp]ublished|[Uu]pdated|[Pp]osted)\b:?\s+(?:\d|" + _WEEKDAY_OR_MONTH
    + r"))|\s(?=[\w.+-]+@[\w-]+\.\w)|(?<=[a-z])(?=" + _GLUED_LINKS + r"(?:\b|(?-i:[A-Z])))|(?<=[a-z])(?=(?:" + _GLUED_ROLE + "|" + _GLUED_NOTE + r")\b)|" + _GLUED_MONTH + "|" + _AFTER_CAPS + "|" + _GLUED_WEEKDAY + "|" + _GLUED_MORE + "|" + _GLUED_INITIALS + ")"
)
# Where the writer files from or whom for, after the name: "Jane Doe in Lagos", "Jane Doe for the Courier".
_PLACE_OR_OUTLET_AFTER = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}) (?:in|for)(?: the)? [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}$")
# A picture's text before the name in any case, glued or not: "jane doe headshotJane Doe".
_PICTURE = r"(?:head[ -]?shot|avatar|portrait|photo|picture|image|(?:author|profile)[ -](?:photo|picture|image|pic|avatar))"
_HEADSHOT_BEFORE = re.compile(rf"^(?P<alt>[\w'’. -]{{3,60}}?)(?:['’]s)?[ -]{_PICTURE}\s*(?P<rest>[A-Z].*)$", re.I)
# ... or one word in small letters before the name: "icon Jane Doe" (a dump prints the picture's text).
_PICTURE_WORD_FIRST = re.compile(r"^(?:icon|avatar|thumbnail|photo|picture|image)\s+(?=[A-Z][a-z])")
# ... or saying what it shows first: "Photo of Jane Doe Jane Doe".
_PICTURE_OF = re.compile(rf"^{_PICTURE}\s+of\s+(?P<rest>[A-Z].*)$", re.I)
# A name printed twice in a row: a picture's text, then the link ("Jane Doe Jane Doe").
# "Jane DoeRole" too; "Author: Jane Doe. Jane Doe": a label for screen readers, its value printed twice.
_DOUBLED = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})(?:\. | ?)(?P=name)(?![a-z\d_'’-])")
_HEADSHOT = re.compile(
    r"^(?P<name>[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){1,3})[ -](?:head[ -]?shot|(?:author|profile)[ -]"
    r"(?:photo|picture|image|avatar))$", re.I)


def byline_name(line: str) -> str | None:
    """The author named by a "By ..." line, even when the line is cut off, or by a byline among
    other parts of its line ("Nov 13, 2026 by Jane Doe", "Opinion | By Jane Doe")."""
    if "©" in line or _NOTICE.match(line.strip()):
        return None  # "© 2026 Example, background by Jane Doe": a copyright notice credits, it has no writer
    line = without_leading_marks(line)
    if len(line) <= _MAX_GLUED_CHARS:
        if "@" in line:  # "By Jane Doe@janedoeTom Roe": the first writer's handle, then the next
            line = _GLUED_HANDLE.sub(", ", line)
        line = _GLUED_NAMES.sub(r"\1, ", _undoubled(line)[0])  # "By Jane Doe Jane Doe and Tom Roe Tom Roe": each picture's text, then its link
    match = _BYLINE.match(line)
    if match is None:
        return _name_inside(line) or _name_then_count(line) or _name_then_published(line) or _name_for_outlet(line)
    if _SORT_KEY.match(match["rest"]):
        return None  # "BY DATE", "By category": an archive's sort order over its links, no writer
    if handle := _HANDLE_ON_DATE.match(match["rest"]) or _POSTED_AT_TIME.match(line):
        return handle["handle"]
    if first := _FIRST_NAME_ON_DATE.match(match["rest"]) or _FIRST_NAME_THEN_FIGURES.match(match["rest"]):
        if not ROLE_WORDS.search(first["name"]):  # "By Staff 13.11.2026" names no one
            return first["name"]
    if _AUTHOR_LABEL.match(line) and _ONE_NAME.match(match["rest"]) and not ROLE_WORDS.search(match["rest"]):
        return match["rest"].strip()  # "Author: Jane": a field's value, one name is the whole of it
    if (small := _SMALL_SURNAME.match(line)) and small["surname"] not in stoplist() and not _DAY_OR_MONTH.match(
            small["first"]):
        return f"{small['first']} {small['surname']}"  # "Posted by Jane doe": a blog's writer, typed as they signed up
    if (desk := _THE_DESK.match(match["rest"].strip())) and _DESK_CREDIT.match(desk["desk"]):
        return desk["desk"]  # "By the Courier Wire Staff": the outlet's desk, with its article
    if (addressed := _writers_with_addresses(match["rest"])) is not None:
        return addressed
    rest = _without_glued_outlet(match["rest"])  # "By Jane DoeUSA TODAY": the outlet's label run into the name
    return _with_parted_names(rest, _names(rest))


def without_addresses(line: str) -> str:
    """The line without the e-mail addresses a byline prints between bars after each writer's name."""
    return _ADDRESS_BETWEEN_BARS.sub(" | ", line) if "@" in line else line


def _writers_with_addresses(rest: str) -> str | None:
    # "JANE DOE | jdoe@example.com | Courier Group, TOM ROE | troe@example.com | Courier Group and ...": each
    # writer's address and the outlet between bars; the outlet, printed last, is left out before each next name.
    parts = _ADDRESS_BETWEEN_BARS.split(rest)
    if len(parts) < 3:
        return None  # one writer: the bars end the name
    outlet = parts[-1].strip()
    found = [_names(parts[0])]
    for middle in parts[1:-1]:
        after = re.fullmatch(rf"{re.escape(outlet)}\s*(?:,|\band\b|&)\s*(.+)", middle.strip())
        found.append(_names(after[1]) if after else None)
    return ", ".join(name for name in found if name) if all(found) else None


def _with_parted_names(rest: str, name: str | None) -> str | None:
    # "By Jane Doe | Tom Roe • Mo Lee": further writers between bars or dots, each part a whole name;
    # a desk, an outlet's word, a link ("More Articles") or a date ends them ("By Jane Doe | Courier Staff | Nov 13").
    parts = _PARTS.split(rest)
    if not name or len(parts) < 2 or parts[0].strip().casefold() != name.casefold():
        return name
    names = [name]
    for part in parts[1:]:
        other = bare_name(part.strip())
        if not other or other.casefold() != part.strip().casefold() or other in names or any(
                word.casefold() in CHROME_WORDS for word in other.split()):
            break
        names.append(other)
    return ", ".join(names)


def _name_inside(line: str) -> str | None:
    # A byline among the parts of a line, or after the date the line starts with.
    parts = _PARTS.split(line) if any(mark in line for mark in _PART_MARKS) else [line]
    for part in parts if len(parts) > 1 else ():
        if (match := _BYLINE.match(part)) and (name := _names(match["rest"])):
            return name
        # "Movies By Jane Doe | March 28, 2026 7:39 AM": the section's name before the byline, its date beside.
        if ((sectioned := _SECTION_THEN_BY.match(part.strip())) and not _OTHER_CREDIT.fullmatch(sectioned["section"])
                and not _SPONSORED.search(sectioned["section"]) and (name := _names(sectioned["rest"]))
                and name.casefold() == sectioned["rest"].casefold() and any(date_span(other) for other in parts)):
            return name
    then_by = _THEN_BY.search(line)
    if then_by and _SPONSORED.search(line, 0, then_by.start()):
        return None  # "CES 2026 Presented by Example Search": the sponsor of a section, no writer
    if then_by and _UPDATED.fullmatch(line[:then_by.start()].strip()):
        return _names(line[then_by.end():])  # "Last updated by Jane Doe on November 13, 2026": the post's writer
    if then_by and then_by.start() <= _MAX_DATE_CHARS and _DATE_BEFORE.search(line[:then_by.start()]):
        before = line[:then_by.start()].strip()
        dated = date_line(before) or _FIGURES_DATE.fullmatch(before) or _SHORT_YEAR_WRITTEN.fullmatch(before)
        if dated and (first := _first_name_alone(line[then_by.end():])):
            return first  # "13/11/2026 by Jane 24 Comments": a blog's writer by first name
        name = _names(line[then_by.end():]) or (wire_agency(line[then_by.end():]) if dated else None)
        # "In 2017 the club was beaten by Example United to finish second.": a sentence goes on after the name.
        return None if name and _SENTENCE_GOES_ON.match(line[then_by.end() + len(name):]) else name
    if (slashed := _SLASHED_PARTS.match(line)) and date_line(slashed["date"]):
        return _names(slashed["rest"])  # "November 13, 2026/0 Comments/in Energy /by Jane Doe": a blog theme's line
    # "Jane Doe | Staff By Jane Doe | Staff": the name printed twice.
    inner = _INNER_BY.search(line) if _INNER_BY_CUE.search(line) else None
    if inner is None:
        return None
    name = _names(line[inner.end():])
    if not name:
        return None
    after = line[inner.end():].strip()[len(name):]
    if (line.split()[0] in (name.split()[0], name.split()[-1]) and not _SENTENCE_GOES_ON.match(after)
            and not _SENTENCE_END_INSIDE.search(name)):
        # "Doe By Jane Doe": a picture's text, the surname alone, before the byline; a paragraph's
        # sentence may say "... by Example's Rules. They ..." with the same first word, and go on.
        return name
    # "Text Size By: Jane Doe": a button's words, then the byline under its label, the name ending the line.
    labelled = line[inner.start():inner.end()].rstrip().endswith(":")
    before = line[:inner.start()].split()
    if before and _OTHER_CREDIT.fullmatch(before[-1]):
        return None  # "Edited by: Jane Doe", "Photos by: Jane Doe": someone else than the writer
    whole = name.casefold() == line[inner.end():].strip().casefold()
    if whole and len(before) == 1 and _PICTURE_WORD.match(before[0]) and before[0] not in stoplist():
        return name  # "pixeltracker by Jane Doe": a dump prints a picture's text, one word, before the byline's link
    return name if labelled and whole and len(before) <= _MAX_BUTTON_WORDS else None


def _name_then_published(line: str) -> str | None:
    # "Jane Doe , Harbour Advertiser Published 7:36 p.m. CT April 7, 2026 | Updated 23 hours ago": the writer, their
    # paper after a comma (a template's space before it), then when the story ran; no "By".
    match = _NAME_THEN_PUBLISHED.match(line.strip()) if " , " in line else None
    return whole_name(match["name"]) if match and date_span(match["when"]) else None


def _name_for_outlet(line: str) -> str | None:
    # "Jane Doe for Metro.co.uk Monday 27 Mar 2026 2:55 pm": the writer, the outlet they write for, the date (as
    # dates.py reads such a credit's date); no "By".
    return whole_name(line.strip().split(" for ", 1)[0]) if date_after_credit(line) else None


def _name_then_count(line: str) -> str | None:
    # A post's line under its title: the writer, then the count of comments ("Jane No Comments", "Jane Doe 4
    # Comments"); one capitalised word is a first name, not a button ("Share 4 Comments").
    match = _COUNTED_NAME.match(line.strip())
    said = match["name"] if match else ""
    if " " in said:
        name = bare_name(said)
        return name if name and name.casefold() == said.casefold() else None
    if not said or said.casefold() in _COUNTED_NO_NAMES:
        return None
    return _first_name_alone(said)


def _first_name_alone(rest: str) -> str | None:
    # One capitalised word ending the line, or before the count of comments; a site's account is no writer.
    match = _FIRST_NAME_THEN_COUNT.match(rest)
    name = match["name"] if match else None
    return name if name and not ROLE_WORDS.search(name) and name.casefold() not in _ACCOUNTS else None


# A web address in the author field, which an extractor gives as words: "www.example.com/janedoe" is
# "Www Example Com; Janedoe".
_WEB_ADDRESS = re.compile(r"(?:www|https?)\b", re.I)
_SITE_ADDRESS = re.compile(r"[\w-]+[.\s](?:com|net|org)", re.I)  # "nurun.com", which extractors give as "Nurun Com"
# The metadata's word for nobody.
# No writer named: "Unknown", "No author"; a label with its name left out ("Article by", "Posted by").
_NOBODY = re.compile(r"(?:no|unknown)\s+(?:author|writer|byline)|unknown|(?:article|story|posted|written|published)\s+by",
                     re.I)


def reads_as_page_text(name: str) -> bool:
    """A box's text an extractor took for a writer: "Account You're" (from "You're logged in as"), "Sign In Search":
    a pronoun's contraction, or two pronouns or buttons' words ("He Huifeng", "Thomas More" are names)."""
    words = name.split()
    contracted = any(re.split(r"['’]", word)[0].casefold() in _PRONOUNS for word in words if re.search(r"['’]", word))
    return contracted or sum(word.casefold() in _PRONOUNS | _BUTTON_VERBS for word in words) >= _MIN_PAGE_TEXT_WORDS


def author_names(author: str) -> str | None:
    """An extractor's author field without what trails the names ("Jane Doe Editor View Profile")."""
    names = []
    parts = [part.strip() for part in author.split(";")]
    for at, part in enumerate(parts):
        if _WEB_ADDRESS.match(part) or _SITE_ADDRESS.fullmatch(part) or _NOBODY.fullmatch(part):
            continue
        if at and _WEB_ADDRESS.match(parts[at - 1]) and " " not in part:
            continue  # the address's path, one word: "Janedoe" after "Www Example Com"
        words = _without_glued_outlet(_BYLINE_END.split(part, maxsplit=1)[0]).split()
        kept = []
        for position, word in enumerate(words):
            # A desk's word after a person's name ("Jane Doe Staff"), not inside an outlet's ("The CNN Wire Staff").
            person = len(kept) >= _MIN_NAME_WORDS and kept[0] not in ("The", "A", "An") and not any(
                kept_word.isupper() for kept_word in kept)
            role = _JOB_TITLES.fullmatch(word) or (person and ROLE_WORDS.fullmatch(word))
            desk = len(kept) < _MIN_NAME_WORDS or any(kept_word.casefold() in _OUTLET_ONLY for kept_word in kept)
            if role and desk and position == len(words) - 1 and position:
                # "Special Correspondent", "Courier Online Reporter": the desk's credit, no person's name before the job
                kept = words
                break
            if role or not (_is_name_word(word) or word.lower() in _NAME_PARTICLES):
                break  # "Jane Doe Staff Writer": the job, its first word too
            kept.append(word)
        if kept and (name := " ".join(kept).rstrip(",;")):
            names.append(name)  # "Jane Doe, Editor": the name without the comma before the job
    return "; ".join(names) or None


def is_desk_job(word: str) -> bool:
    """A job or a desk that credits a newsroom after the outlet's name: "Reporter", "Staff", "Desk"."""
    return word.casefold() in _DESK_JOBS


def names_a_degree(line: str) -> bool:
    """A name, then the writer's degree and their column's name: "Jane Doe Ph.D. Minds at Work" (a paper's
    authors, "Jane Doe, PhD,", each on a line, are no such byline)."""
    degree = _DEGREE_AFTER_NAME.match(without_leading_marks(line))
    column = len(line.split()) - len(degree[0].split()) if degree else 0
    return degree is not None and "," not in degree[0] and 0 < column <= _MAX_COLUMN_WORDS


@functools.lru_cache(maxsize=8192)  # asked of the same line by several rules while a page is read (bench_import)
def bare_name(line: str) -> str | None:
    """The name on a byline without "By": "Jane Doe", "Jane Doe, Correspondent", "Jane Doe @jd"."""
    if _NOTICE.match(line.strip()):
        return None  # "© Jane Doe": a copyright notice names the owner, not the writer
    if _LIFESPAN.search(line):
        return None  # "Jane Doe March 3rd, 1941 - November 9th, 2026": an obituary's subject and her dates
    if normalized(line) in CHROME_LINES or all(is_share_word(word) for word in line.split()) or is_tool_button(line):
        return None  # "READ MORE", "Sign Up", "Facebook Share": a button is name-shaped
    line = _PICTURE_WORD_FIRST.sub("", without_leading_marks(line))
    line = _AND_AGENCIES.sub("", line)  # "Jane Doe and agencies": the writer, the wires' copy worked in
    if (glued := _NAME_THEN_JOB.match(line)) and is_role_line(glued["role"]) and len(
            surname := glued["name"].split()[-1]) >= _MIN_GLUED_SURNAME and surname.casefold() not in _SURNAME_PARTICLES:
        line = glued["name"]  # "Jane DoeLive and breaking news reporter": an author box runs the job into the name
    if len(line) <= _MAX_GLUED_CHARS and (pictured := _undoubled(line)[1]):
        return pictured  # "Jane DoeJane DoeTom RoeTom Roe": each writer's picture text, then the link
    if len(line) <= _MAX_GLUED_CHARS and (twice := _GLUED_TWICE.match(line)):
        line = line[len(twice["name"]):]  # "Jane DoeJane Doe": the picture's text, then the link
    if len(line) <= _MAX_GLUED_CHARS and (glued := _glued_names(line)):
        return glued
    if len(line) <= _MAX_GLUED_CHARS and (shot := _HEADSHOT_BEFORE.match(line)):
        line = _pictured_name(shot) or line
    elif len(line) <= _MAX_GLUED_CHARS and (shot := _PICTURE_OF.match(line)) and _DOUBLED.match(shot["rest"]):
        line = shot["rest"]  # "Photo of Jane Doe Jane Doe": the picture's text, then the link, kept once below
    if len(line) <= _MAX_GLUED_CHARS:
        line, pictured = _undoubled(line)
        if pictured:
            return pictured
    if names := _bare_names(line):
        return names
    if len(line) > 80 or not line[:1].isupper():
        return None
    head = _NAME_END.split(line, maxsplit=1)[0]
    if (degree := _DEGREE_AFTER_NAME.match(head)) and (degree.end() == len(head) or names_a_degree(head)):
        head = degree["name"]  # "Jane Doe Ph.D. Minds at Work": the writer's degree, then their column's name
    if away := _PLACE_OR_OUTLET_AFTER.match(head):
        head = away["name"]  # "Jane Doe in Lagos", "Jane Doe for the Courier": where or for whom they write
    words = head.split()
    role_at = next((i for i, word in enumerate(words) if ROLE_WORDS.fullmatch(word)), None)
    # "Jane DoeCourier NewsWire": an outlet's name glued to the surname, its last word an outlet's.
    glued_outlet = role_at is not None and role_at == len(words) - 1 and role_at > _MIN_NAME_WORDS - 1 and (
        _GLUED_SECTION.match(words[role_at - 1]) is not None)
    outlet_after = role_at == len(words) - 1 and words[-1].casefold() in NEWSPAPER_WORDS and all(
        word[:1].isupper() or word in _NAME_PARTICLES for word in words)
    # "Jane Doe West Australian": the paper's two words after the name, no comma; its "The" may be glued to the
    # surname. More words may be a headline's ("Harbour Pilots Back Strike Over Times").
    if outlet_after and len(name := _without_outlet_after([_GLUED_THE.sub("", word) for word in words])) == len(
            words) - _MIN_OUTLET_WORDS:
        words = name
        head = " ".join(words)
    elif role_at is not None and (is_role_line(" ".join(words[role_at:])) or glued_outlet):
        words = words[:_role_start(words, role_at)]  # "Jane Doe Political Correspondent": the job title unseparated
        if words and (glued := _GLUED_SECTION.match(words[-1])):
            words[-1] = glued["name"]  # "Jane DoeTravel News Reporter": the role's first word glued on
        head = " ".join(words)
    elif role_at is None and (rank := _rank_over_desk(words)) is not None:
        words = words[:rank]
        head = " ".join(words)
    if len(words) >= _MIN_NAME_WORDS and (glued := _GLUED_SECTION.match(words[-1])) and len(line.split()) == len(words):
        words[-1] = glued["name"]  # "Jane DoeNairobi": the place's or the desk's word glued on, the line's last
        head = " ".join(words)
    if len(words) > _MIN_NAME_WORDS and handle_of(words[-1], words[:-1]):
        words = words[:-1]  # "Jane Doe jdoe": the writer's social handle, its @ left out
        head = " ".join(words)
    if len(words) > _MIN_NAME_WORDS and words[-1].casefold() in _WRITER_LINKS:
        words = words[:-1]  # "Jane Doe Info": the link to the writer's page
        head = " ".join(words)
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]  # "Jane Doe Jane Doe": a picture's text, then the link
        head = " ".join(words)
    if not 2 <= len(words) <= 4 or ROLE_WORDS.search(head) or " and " in head.lower():
        return None
    if words[-1].casefold() in _NEVER_LAST:
        return None  # "Letters To The Editor" cut at its role word: a name never ends on "the"
    if words[0] in ("The", "A", "An", "By", "BY") or words[0].casefold() in _BUTTON_VERBS or any(
            word.casefold() in _SECTIONS | _DATE_NOTES | _NO_NAME_WORDS | _PICTURE_WORDS for word in words):
        return None  # a publication or a section: "The Aviationist", "Business Videos"
    if not all(_is_name_word(word) or word.lower() in _NAME_PARTICLES for word in words):
        return None
    if not all(word.rstrip(".").isalpha() or "'" in word or "-" in word.strip("-") for word in words):
        return None
    if any(word.endswith(("'s", "’s")) for word in words):
        return None  # "Jane Doe's Profile": a link to the writer's page names something of theirs
    return _title_cased(head)


def _glued_names(line: str) -> str | None:
    # "Jane DoeTom Roe": two writers' links glued, each side the whole of a name.
    if _GLUED_NAMES.search(line) is None:
        return None  # the cheap test first: most lines glue no names
    parts = _GLUED_NAMES.sub(r"\1, ", _NAME_END.split(line, maxsplit=1)[0].strip()).split(", ")
    if len(parts) != 2 or not all((_single_name(part) or "").casefold() == part.casefold() for part in parts):
        return None
    return ", ".join(parts)


def handle_of(word: str, names: list[str]) -> bool:
    """A handle in small letters that starts with the first name or ends with the surname: "jdoe", "janedoe42"."""
    core = word.rstrip("0123456789_")
    return _HANDLE.match(word) is not None and word not in stoplist() and (
        core.startswith(names[0].casefold()) or core.endswith(names[-1].casefold()))


@functools.lru_cache(maxsize=8192)  # asked of the same line by byline_name and bare_name
def _undoubled(line: str) -> tuple[str, str | None]:
    # A dump prints each writer's picture by its text before the link: "Jane Doe Jane Doe and Tom Roe Tom Roe".
    # Each name is kept once; names that only follow one another so are a list ("Jane Doe Jane Doe Tom Roe Tom Roe").
    parts: list[str] = []
    end, runs, adjacent = 0, [], True
    for match in _DOUBLED.finditer(line):
        between = line[end:match.start()]
        adjacent = adjacent and not between.strip()
        parts += [", " if runs and not between.strip() else between, match["name"]]
        runs.append(match["name"])
        end = match.end()
    if not runs:
        return line, None
    rest = line[end:]
    if len(runs) == 1 and ". " in match[0] and re.fullmatch(r"\s+[A-Z][a-z]+", rest):
        rest = ""  # "Author: Jane Doe. Jane Doe Gear": the field's value, then the link, then the writer's section
    listed = len(runs) > 1 and adjacent and not rest.strip() and all(
        (_single_name(name) or "").casefold() == name.casefold() for name in runs)
    return "".join(parts) + rest, ", ".join(runs) if listed else None


def _pictured_name(shot: re.Match[str]) -> str | None:
    # "jane doe headshotJane Doe": a picture's text in small letters, then the link with the same name.
    said = shot["alt"].replace("-", " ").strip()
    rest = shot["rest"].strip()
    return rest if rest.casefold().startswith(said.casefold()) and len(said.split()) >= _MIN_NAME_WORDS else None


def headshot_name(line: str) -> str | None:
    """The writer a byline's picture shows, printed by its text: "Jane Doe Headshot", "Jane-Doe-headshot"."""
    match = _HEADSHOT.match(line.strip()) if len(line) <= _MAX_GLUED_CHARS else None
    if match is None or not match["name"][:1].isupper():
        return None
    name = bare_name(match["name"].replace("-", " "))
    return name if name and name.casefold() == match["name"].replace("-", " ").casefold() else None


_NOTE_AFTER = re.compile(rf"\s+(?={_GLUED_NOTE}\b)")  # where the name ends and the dated note starts


def is_own_reporter(name: str) -> bool:
    """Whether the name is a paper's credit for its own reporter: "HT Correspondent", "Special Correspondent"."""
    return _OWN_REPORTER.match(name) is not None


def outlet_name(line: str, dated_below: bool) -> str | None:
    """An agency or outlet printed as the byline, its date below or glued on: "Example Press",
    "Example Online |", "Example PressNovember 13, 2026", "EXTV Newsroom Published: November 13, 2026"."""
    glued = re.search(_GLUED_MONTH, line) or _NOTE_AFTER.search(line)
    name, rest = (line[:glued.start()], line[glued.start():]) if glued else (line, "")
    if not (dated_below or date_line(rest)):
        return None
    name = name.strip().rstrip(" |•·")
    if desk := _OUTLET_WITH_AGENCY.match(name):
        # "Northern Courier with AFP": the outlet's desk on a wire's copy
        return desk["outlet"] if desk["agencies"] else name[desk.start("outlet"):]
    words = name.split()
    if len(words) > 2 and words[0].casefold() == "the":
        words = words[1:]  # "The Associated Press": the agency's own article
    if not 2 <= len(words) <= 3 or not all(word[:1].isupper() and word.isalpha() for word in words):
        return None
    # A section's word before a desk's is the desk's beat: "Courier Food Desk".
    sections = frozenset() if words[-1].casefold() in _DESK_WORDS else _SECTIONS
    if words[0] in ("The", "A", "An", "By", "BY") or any(
            word.casefold() in sections | _DATE_NOTES | _NO_NAME_WORDS | _PICTURE_WORDS | CHROME_WORDS
            for word in words):
        return None  # a section or a button: "World News", "Text Size"
    if is_own_reporter(name):
        return name  # "HT Correspondent", "Special Correspondent": the paper's credit for its own reporter
    # An outlet's word ("Press", "Online", "Media"), and no job: "New York" is a place, "Staff Writer" a role.
    return name if ROLE_WORDS.search(name) and not _JOB_TITLES.search(name) else None


def name_after_date(line: str) -> str | None:
    """The writer after the outlet and the date, as aggregators print them: "The Courier 13/11/2026 Jane Doe"."""
    line = line.strip()
    span = date_span(line) if len(line) <= _MAX_DATED_NAME_CHARS else None
    if span is None or span[0] > _MAX_BEFORE_DATE or _DIGIT.search(line, 0, span[0]):
        return None
    match = _THEN_NAME.match(line, span[1])
    name = bare_name(match["name"]) if match else None
    if not name:
        return None
    rest = match["name"].strip()
    # The whole rest is the name, or the name and the writer's job ("Jane Doe Senior Journalist").
    job = rest[len(name):] if rest.casefold().startswith(name.casefold()) else None
    return name if job is not None and (not job.strip() or is_role_line(job)) else None


def name_among_dated_parts(line: str) -> str | None:
    """The one name among a line's parts, a date among the others: "Energy | Jane Doe | November 13, 2026"."""
    parts = [part.strip() for part in _PARTS.split(without_leading_marks(line))]
    if len(parts) < _MIN_PARTS or not any(date_line(part) for part in parts):
        return None
    names = [name for part in parts if (name := bare_name(part)) and name.casefold() == part.casefold()]
    return names[0] if len(names) == 1 else None


def name_with_address(line: str) -> str | None:
    """The writer before their e-mail address on one line, a button's words between: "Jane Doe Become a fan
    jane.doe@example.com" (the surname in the address)."""
    match = _NAME_THEN_ADDRESS.match(line.strip()) if len(line) <= _MAX_GLUED_CHARS else None
    if match is None:
        return None
    words, local = match["name"].split(), match["local"].casefold()
    # The surname in the address ends the name: "Jane Doe Become a fan" holds a button's first word too.
    for said in (" ".join(words), " ".join(words[:2])):
        name = bare_name(said)
        if name and name.casefold() == said.casefold() and said.split()[-1].casefold() in local:
            return name
    # ... or the first name, the address right after the name: "Jane Doe jane@example.com".
    name = bare_name(match["name"]) if match["between"] is None and len(words) == _MIN_NAME_WORDS else None
    return name if name and len(words[0]) > 2 and words[0].casefold() in local else None


# The wires known by a name in ordinary case, which may file from a place ("By Reuters in Washington").
_WIRE_NAMES = re.compile(r"Reuters|Bloomberg|Xinhua|Yonhap|Kyodo|Bernama|Anadolu|Interfax")
# Where the wire filed from, after its name: "By Reuters in Washington", "AFP in New Delhi".
_FILED_FROM = re.compile(r"(?<=\S)\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
_GLUED_THE = re.compile(r"(?<=[a-z]{2})The$")  # "Jane DoeThe West Australian": the outlet's "The" run in
_BY_BEFORE_ONE = re.compile(r"^by:?\s+(?=\S+$)", re.I)  # "By Reuters": one word after it, the agency's name


def wire_agency(line: str) -> str | None:
    """A wire agency's or an outlet's short name alone on its line, as a byline under the headline: "CWN",
    "Courier", "By Courier"."""
    word = line.strip()
    if (filed := _FILED_FROM.search(word)) and (_AGENCY_WORD.match(
            agency := _BY_BEFORE_ONE.sub("", word[:filed.start()])) or _WIRE_NAMES.fullmatch(agency)):
        word = agency  # "By Reuters in Washington"; a word in ordinary case before a place is none ("By Rail in ...")
    word = _BY_BEFORE_ONE.sub("", word)
    if not (_AGENCY_WORD.match(word) or _OUTLET_WORD.match(word)) or word.casefold() in (
            _SECTIONS | _DATE_NOTES | CHROME_WORDS | _KICKERS | _BUTTON_VERBS | _NO_NAME_WORDS | _PICTURE_WORDS
            | _ACCOUNTS):
        return None  # a section or a kicker: "NEWS", "LIVE", "ANALYSIS"
    # A job or a desk alone names no one ("Editor", "Staff"); an agency's name is one of the outlet's words.
    return None if _JOB_TITLES.fullmatch(word) or word.casefold() in _DESK_WORDS | stoplist() else word


def dated_agency(line: str) -> str | None:
    """A wire agency's short name in capitals, then the date after a bar or a dot: "CWN | Updated: Nov 13, 2026";
    an outlet's desk after the section ("Food | Courier Food Desk | Nov 13, 2026"); or an outlet's name, then how
    long ago: "Eastmere Press  |  Last updated 1 day ago"."""
    parts = _PARTS.split(without_leading_marks(line)) if len(line) <= _MAX_DATED_NAME_CHARS else []
    if len(parts) < 2 or len(parts[0].strip()) <= 2:
        return None
    if agency := sourced_agency(line):
        return agency
    dated = next((at for at, part in enumerate(parts) if at and date_line(part)), None)
    # "Food | Courier Food Desk | Updated: Nov 13, 2026": the section first, the outlet's desk after it.
    if dated and (desk := next((name for part in parts[1:dated] if (name := outlet_name(part, dated_below=True))),
                               None)):
        return desk
    if dated and (agency := wire_agency(parts[0])):
        return agency
    if any(_AGO.search(part) for part in parts[1:]):
        return outlet_name(parts[0], dated_below=True)
    return None


def sourced_agency(line: str) -> str | None:
    """The wire a story came from, named as its source after the date: "Last Updated : Nov 13, 2026 | Source: PTI"."""
    parts = _PARTS.split(without_leading_marks(line)) if len(line) <= _MAX_DATED_NAME_CHARS else []
    source = _SOURCE.fullmatch(parts[-1].strip()) if len(parts) >= 2 and date_line(parts[0]) else None
    return wire_agency(source["agency"]) if source else None


def wire_reporters(line: str) -> str | None:
    """The reporters a wire story's sign-off names: "(Reporting by Jane Doe; Editing by Tom Roe)", or its writer
    where it names no reporter ("(Writing by Jane Doe; Editing by Tom Roe)"); those who added to it are not."""
    signed = _WIRE_SIGN_OFF.match(line.strip()) if len(line) <= _MAX_SIGN_OFF_CHARS else None
    if signed is None:
        return None
    parts = {part["role"].casefold(): part["names"] for part in _SIGN_OFF_PART.finditer(signed["parts"])}
    names = parts.get("reporting") or parts.get("writing")
    return byline_name(f"By {names}") if names else None


def agency_and_place(line: str) -> str | None:
    """A wire byline in capitals, the agency then the place it was filed from: "AFP, MANILA"."""
    line = without_leading_marks(line)  # "□ AFP, MANILA": a dump's list mark before it
    return line if _AGENCY_AND_PLACE.match(line) else None


def _bare_names(line: str) -> str | None:
    # "Jane Doe and Tom Roe", "Jane Doe, Tom Roe & Mo Lee": every part a name of two words or more.
    if len(_AFFILIATION_MARKS.findall(line)) >= 2:
        line = _AFFILIATION_MARKS.sub("", line)  # "Jane Doe1, Tom Roe2 & Mo Lee1": a paper's authors
    mark = _NAMES_END.search(line)
    names = (line[:mark.start()] if mark else line).strip(" ,")
    if names.isupper():
        names = names.replace(" AND ", " and ")  # "JANE DOE AND TOM ROE": a wire's names in capitals
    names = _without_glued_outlet(names)
    parts = re.split(r",\s*|(?<!\s)\s+(?:and|&)\s+", names)
    # "Jane Doe, Melbourne Cricket Ground": a place after the name, no list; but three names or more before the
    # outlet's bar are writers ("Jane Doe, Tom Roe, Mo Lee | USA TODAY").
    barred = mark is not None and mark.group().strip() == "|"
    if not _CONJUNCTION.search(names) and not (
            barred and len(parts) >= _MIN_COMMA_LIST and names_an_outlet(line[mark.end():].strip(" |"))):
        return None
    # "Jane Doe and AAP": the wire's initials last, its copy worked in, credited beside the writer.
    last = parts[-1]
    agency = len(parts) > 1 and _AGENCY_WORD.match(last) is not None and last.casefold() not in (
        _SECTIONS | _KICKERS | CHROME_WORDS) and _CONJUNCTION.search(names) is not None
    people = parts[:-1] if agency else parts
    if len(parts) < 2 or not all(" " in part and (_single_name(part) or "").casefold() == part.casefold()
                                 for part in people):
        return None
    if agency:
        *people_words, conjunction = names[:names.rindex(last)].split()
        return f"{_title_cased(' '.join(people_words))} {conjunction} {last}"
    return _title_cased(names)


def ends_in_glued_outlet(line: str) -> bool:
    """Whether an outlet's label is run into the line's last name: "Jane Doe and Tom RoeUSA TODAY Network"."""
    return _without_glued_outlet(line) != line


def _without_glued_outlet(names: str) -> str:
    # "Jane Doe and Tom RoeCourier News", "... Tom RoeUSA TODAY": the outlet's label run into the last surname.
    glued = _GLUED_OUTLET.search(names)
    if glued is None or glued["surname"].casefold() in _SURNAME_PARTICLES:
        return names
    # Its first word in capitals ("USA TODAY", "CEO") or an outlet's, more words after it ("Journal News"): one word
    # is the brand's own capital ("Northern NewsWire"), a name's second capital no outlet ("BuzzFeed News").
    words = glued["outlet"].split()
    if not (words[0].isupper() or len(words) > 1 and ROLE_WORDS.fullmatch(words[0])):
        return names
    return names[:glued.start("outlet")]


def ends_in_outlets_word(text: str) -> bool:
    """Whether the text ends in an outlet's word, every word capitalised: "USA TODAY Network", "Harlow Times"."""
    return _capitalised_few(text) and text.split()[-1].casefold() in _OUTLET_LAST_WORDS


def names_an_outlet(text: str) -> bool:
    """Whether the text is an outlet's name: in capitals ("USA TODAY") or ending in a newspaper's word ("Northern
    Courier"), not a section's ("Local News")."""
    return (ends_in_outlets_word(text) or _capitalised_few(text) and text.isupper()) and not all(
        word.casefold() in _SECTIONS for word in text.split())


def _capitalised_few(text: str) -> bool:
    # A name's few words, each capitalised: "USA TODAY Network", "Northern Courier".
    words = text.split()
    return bool(words) and len(words) <= _MAX_OUTLET_WORDS and all(word[:1].isupper() for word in words)


def _single_name(part: str) -> str | None:
    return bare_name(part) if "," not in part and not _CONJUNCTION.search(part) else None


def without_leading_marks(line: str) -> str:
    """The line without a rule, bar or slash a copy prints before a byline: "━━━ By ...", "/ Jane Doe /"."""
    return _LEADING_MARKS.sub("", line.strip())


def names_on_lines(lines: list[str]) -> str | None:
    """The names under a "By" printed alone, a name or an "and" a line: "Jane Doe", "and", "Tom Roe"."""
    found, _ = listed_on_lines(lines)
    if not found and lines and _handle_alone(lines[0].strip()):
        return lines[0].strip()  # "by" / "jdoe42": a user's handle on a blog or a forum
    if not found and lines and _DESK_CREDIT.match(lines[0].strip()) and not ROLE_WORDS.match(lines[0].strip()):
        return lines[0].strip()  # "By" / "Courier Media News Desk": the outlet's desk signs it, its name first
    return found


def listed_on_lines(lines: list[str]) -> tuple[str | None, int]:
    """Names a line each, with "and", "&" or commas between or nothing, and how many lines they take."""
    found: list[str] = []
    used = 0  # lines up to the last name
    # "1. Jane Doe" / "2. Tom Roe": numbered from the first name on; a list's item under a name is no writer.
    numbered = bool(lines) and _NUMBERED_WRITER.match(lines[0].strip()) is not None
    for at, line in enumerate(lines[:_MAX_NAME_LINES]):
        text = _NUMBERED_WRITER.sub("", line.strip()) if numbered else line.strip()
        text = _AFFILIATION_MARKS.sub("", _LIST_BULLET.sub("", text))  # "• Jane Doe1,": a dump's bullet
        closing = _CLOSING_CONJUNCTION.search(text) if " " in text else None
        text = text[:closing.start()] if closing else text
        if found and text.strip(",") in ("and", "&", ""):
            found.append(text.strip() if text.strip(",") else ",")
            continue
        if found and _HANDLE_ALONE.match(text):
            continue  # "Jane Doe" / "@janedoe" / "Tom Roe": each writer's handle under their name
        if found and found[-1] not in ("and", "&", ",") and _post_between_names(text, lines[at + 1: at + 3], numbered):
            continue  # "Jane Doe" / "Professor of ..., Harbour University" / "Tom Roe": each writer's post
        joined = _LAST_OF_LIST.fullmatch(text) if found else None
        if joined and (other := bare_name(joined["name"])) and other.casefold() == joined["name"].casefold():
            found += [joined["conjunction"].lower(), other]  # "and Tom Roe": a list's last name with its "and"
            used = at + 1
            continue
        name = bare_name(text)
        if name is None:
            break
        if found and found[-1] not in ("and", "&", ","):
            # A list with no "and": each further line the whole of a name ("Jane Doe" / "Tom Roe" / "Mo Lee").
            if (name.casefold() != text.rstrip(",").strip().casefold() or name in found
                    or any(word.casefold() in CHROME_WORDS for word in name.split())):
                break  # "Contact The Courier": the footer's links under the last name
            found.append(",")
        found.append(name)
        used = at + 1
        if closing:
            found.append(closing["conjunction"].lower())
        elif text.endswith(","):
            found.append(",")  # "Jane Doe," / "Tom Roe": a list item's comma
    while found and found[-1] in ("and", "&", ","):
        found.pop()
    return " ".join(found).replace(" ,", ",") or None, used


def _post_between_names(text: str, following: list[str], numbered: bool) -> bool:
    # A writer's post under their name, another writer's whole name on the next line and their post under it
    # (a film's or a subject's name under the writer's post has none).
    if len(following) < 2 or whole_name(text) or not _is_post(text):
        return False
    name = _NUMBERED_WRITER.sub("", following[0].strip()) if numbered else following[0].strip()
    return whole_name(name) is not None and _is_post(following[1].strip())


def _is_post(text: str) -> bool:
    return _AFFILIATION.match(text) is not None or is_role_line(text)


def whole_name(line: str) -> str | None:
    """The name a line holds and nothing else (a rule or bar before it, a list item's comma after it aside)."""
    text = without_leading_marks(line).rstrip(",").strip()
    name = bare_name(text)
    return name if name and name.casefold() == text.casefold() else None


def contact_name(text: str) -> str | None:
    """The writer a line on how to reach them names: "Contact reporter Jane Doe at ...", "Jane Doe can be
    reached at jdoe@...", said to be the writer or with their name in the address ("Contact Customer
    Service at ..." is a desk)."""
    text = text.lstrip("—–- ")  # "—Jane Doe can be reached at ...": a sign-off under the article
    match = _CONTACT.match(text) if len(text) <= _MAX_CONTACT_CHARS else None
    said = (match["name"] or match["reached"]) if match else ""
    name = bare_name(said) if said else None
    if not name or name.casefold() != said.casefold():
        return None
    addresses = [local.casefold() for local in re.findall(r"([\w.+-]+)@[\w-]+\.\w", text)]
    named = any(part.casefold() in local for part in (name.split()[0], name.split()[-1]) for local in addresses)
    return name if match["role"] or named else None


def first_name_over_role(line: str, following: str) -> str | None:
    """A writer known by one name, their role on the next line: "By Jane" over "Courier Staff"."""
    match = _BY_ONE_NAME.match(line.strip())
    role = following.strip()
    if match is None or len(role.split()) > _MAX_ROLE_WORDS or not ROLE_WORDS.search(role) or role.endswith("."):
        return None
    return match["name"]


def _handle_alone(text: str) -> bool:
    return _HANDLE.match(text) is not None and text not in stoplist() and normalized(text) not in CHROME_LINES


def is_role_line(line: str) -> bool:
    """"Foreign affairs correspondent", "Political Commentator", "@janedoe": said of a byline."""
    line = line.strip()
    return (line.startswith("@") and " " not in line) or (
        len(line.split()) <= 5 and _JOB_TITLES.search(line) is not None
        and not re.search(r"\b(?:19|20)\d\d\b", line)  # "Contributor Summit 2026" is an event
    ) or _role_then_outlet(line)


def _role_then_outlet(line: str) -> bool:
    # "Staff Writer Eastmere Valley Business Courier", "Senior Energy Reporter at The Courier": the job title
    # first, then the outlet's name, every word capitalised but a linking word.
    words = line.split()
    return len(words) <= _MAX_ROLE_AND_OUTLET_WORDS and _JOB_TITLES.search(" ".join(words[:3])) is not None and all(
        (word[:1].isupper() and word.rstrip(",").isalpha()) or word in _OUTLET_LINKS for word in words)


def _names(rest: str) -> str | None:
    names = _BYLINE_END.split(rest, maxsplit=1)[0]
    if _THE_AFTER.match(rest, len(names)):
        names = _LINK_AT_END.sub("", names)  # "Jane Doe For The Courier": the linking word goes with the outlet
    names = _NICKNAME.sub(" ", names)  # 'Jane "JD" Doe': the nickname in quotes is no word of the name
    names = names.replace(" ,", ",")  # "By Jane Doe , Tom Roe": a space a template leaves before the comma
    if names.rstrip().endswith(":"):
        return None  # "By Cuisine:", "By Main Ingredient:": a menu's heading over its list, not a writer
    if _STAFF_CREDIT.match(names.strip()):
        return _title_cased(names.strip())  # "By Staff and news service reports": the newsroom's credit
    # "Jane Doe for MailOnline", "Jane Doe in Kyiv", "Jane Doe example.com": the names end at the
    # first word that is no part of a name.
    words = names.split()
    end = next((i for i, word in enumerate(words) if i and _ends_name(word)), len(words))
    if end == 1 and len(words) == _MIN_NAME_WORDS and words[1] in _DESK_WORDS and _is_name_word(
            words[0]) and not _DAY_OR_MONTH.match(words[0]):
        return " ".join(words)  # "By Courier staff", "By Example.com staff": the outlet's desk in small letters
    if end == 1 and _INITIALS_NAME.match(words[0]) and words[0].rstrip(",").lower() not in stoplist():
        words = [words[0].rstrip(",")]  # "By JDN, in News, Business": a desk's initials, the sections after
    elif end < min(len(words), _MIN_NAME_WORDS):
        return None  # "By Tuesday the water had gone": one capitalised word starts a sentence
    if end < len(words) and _JOB_TITLES.fullmatch(words[end].rstrip(",;:")):
        end = _role_start(words, end)  # "By Jane Doe Education editor", "..., Education editor, The Courier"
    words = _without_outlet_after(words[:end])
    if len(words) > _MIN_NAME_WORDS and words[-1].casefold() in _SECTION_LINKS | _WRITER_LINKS | _NEVER_LAST:
        # "Jane Doe Science", "Jane Doe Info": a link to the writer's section or page; "Jane Doe For news media":
        # the linking word of a note after the name.
        words = words[:-1]
    if any(any(char.islower() for char in word) for word in words if word.lower() not in _NAME_PARTICLES):
        # "Jane Doe KTRK logo": a word in capitals after a name in ordinary case is a station or an
        # agency; two letters ("Jane Doe MD") are a degree the page prints with the name.
        while len(words) > _MIN_NAME_WORDS and words[-1].isupper() and len(words[-1]) > 2:
            words.pop()
    if len(words) == 1 and not words[0].isupper():
        return None  # "By Invitation": one word in ordinary case names a column, not a writer
    names = " ".join(words)
    parts = [part.strip() for part in names.split(",")]
    if any(_LAST_OF_LIST.match(part) for part in parts[2:]):
        # "Jane Doe, Contributor, and Tom Roe, Staff Writer": each writer's title after their name, the list going on.
        parts = [part for at, part in enumerate(parts) if not (at and _JOB_TITLES.search(part) and (
            len(part.split()) <= _MAX_ROLE_WORDS))]
    kept = [parts[0]]
    if any(len(part.split()) == 1 for part in parts[1:]):
        parts = parts[:1]  # "Jane Doe, Project Marketing, Example": a name, a title and the employer
    # "Jane Doe, Dara Engineer and Tom Roe": writers listed, an office's word a surname among them.
    listed = any(_LAST_OF_LIST.match(part) or _CONJUNCTION.search(part) for part in parts[1:])
    for at, part in enumerate(parts[1:], start=1):
        last = _LAST_OF_LIST.match(part)  # "Jane Doe, Tom Roe, and Mo Lee": the serial comma
        part = last["name"] if last else part
        if at == len(parts) - 1 and _CONJUNCTION.search(part):
            part = " ".join(_without_outlet_after(part.split()))  # "..., Tom Roe and Mo Lee Eastmere Times"
        if not last and any(len(side.split()) < _MIN_NAME_WORDS for side in _CONJUNCTION.split(part)):
            break  # "Jane Doe, Energy and Climate": a desk's name, not "Tom Roe and Mo Lee"
        if not part or ROLE_WORDS.search(part) or (_OFFICE_WORDS.search(part) and not listed) or (
                "." in part.strip(".") and not _INITIALS_FIRST.match(part)) or (
                not _looks_like_name(part) or _is_post_nominal(part)):
            break  # "Jane Doe, Political Correspondent", "Jane Doe, PhD", "Jane Doe, CNN": no more names
        kept.append(f"{last['conjunction'].lower()} {part}" if last else part)
    joined = " ".join(kept) if len(kept) == 2 and kept[1].startswith(("and ", "& ")) else ", ".join(kept)
    name = _DANGLING.sub("", joined).strip()
    return _title_cased(name) if name and _looks_like_name(name) else None


def _without_outlet_after(words: list[str]) -> list[str]:
    # The outlet or the job after the names, no separator: "JANE DOE and AP Science Writer" (the names in
    # capitals, the rest not; "and" and the outlet's initials start the role), "Jane Doe Eastmere Times",
    # "Jane Doe Courier Staff" (its last word an outlet's or a job's; the name its first two words).
    lower = next((at for at, word in enumerate(words) if at >= _MIN_NAME_WORDS and word.lower() not in _NAME_PARTICLES
                  and any(char.islower() for char in word)), None)
    if lower is not None and all(word.isupper() or word.lower() in _NAME_PARTICLES for word in words[:lower]) and (
            ROLE_WORDS.search(" ".join(words[lower:]))):
        if words[lower - 1].isupper() and words[lower - 2].lower() in ("and", "&"):
            lower -= 1
        elif lower > _MIN_NAME_WORDS and words[lower - 1] in _WIRE_INITIALS:
            lower -= 1  # "JANE DOE AP Sports Writer": the wire's initials start the role
        return words[:lower]
    if len(words) <= _MIN_NAME_WORDS or not ROLE_WORDS.fullmatch(words[-1].rstrip(",;:")) or any(
            word.endswith(",") for word in words[:-1]):
        return words  # "Jane Doe, Courier Media Group": a part after a comma is read on its own
    start = max((at + 1 for at, word in enumerate(words) if word.lower() in ("and", "&")), default=0)  # the last name
    end = start + _MIN_NAME_WORDS
    while end < len(words) and (_INITIAL.fullmatch(words[end - 1]) or words[end - 1].lower() in _NAME_PARTICLES):
        end += 1  # "Jane Q. Doe", "Jan de Vries"
    name = words[start:end]
    if (len(words) - end < _MIN_OUTLET_WORDS or name[0].casefold() in ("the", "a", "an")
            or ROLE_WORDS.search(" ".join(name))):
        # "The Associated Press", "THE EASTMERE TIMES", "Northern Press Agency": the outlet alone; "Courier Staff", a desk
        return words
    return words[:end]


def _role_start(words: list[str], role_at: int) -> int:
    # "Jane Doe Education editor", "Jane Doe Home affairs editor", "Jane Doe Head of news": a job in small letters
    # after its desk's words, the first in capitals.
    if words[role_at].islower() and role_at > _MIN_NAME_WORDS:
        start = role_at
        while start > _MIN_NAME_WORDS + 1 and _desk_word(words[start - 1]):
            start -= 1
        if words[start - 1].islower():
            return start
        # Over small words of the desk, its first in capitals must be a known desk's word: "Maria da Silva health
        # editor" ends in a surname, "Jane Doe Ice hockey correspondent" in a desk not known; either line is no name.
        if start < role_at and words[start - 1].casefold() not in _DESK_HEADS:
            return role_at
        start -= 1
        # "Jane Doe North of England correspondent", "Jane Doe Middle East editor": a region of more words
        # ("Anna Maria West Education editor", "Anna Maria West Scotland editor": West is her surname).
        walked = start
        while start - 2 >= _MIN_NAME_WORDS and words[start - 1] == "of" and words[start - 2][:1].isupper():
            start -= 2
        if start == walked and start > _MIN_NAME_WORDS and words[start - 1].casefold() in _COMPASS_WORDS and (
                words[start].casefold() in _REGIONS):
            start -= 1
        return start
    # "Jane Doe Deputy Cost Of Living Editor": a rank in capitals starts the job, whatever desk's words follow it.
    rank = next((at for at in range(_MIN_NAME_WORDS, role_at) if words[at].casefold() in _RANKS), None)
    if rank is not None and _JOB_TITLES.fullmatch(words[-1]) and words[rank][:1].isupper():
        return rank
    # "Jane Doe Washington Correspondent": the job the line ends with, the place or the desk before it.
    if (role_at > _MIN_NAME_WORDS and role_at == len(words) - 1 and _JOB_TITLES.fullmatch(words[role_at])
            and words[role_at - 1][:1].isupper()
            and words[role_at - 1].lower() not in _NAME_PARTICLES | _LINKING_WORDS  # "Letters To The Editor"
            and words[role_at - 2].lower() not in _NAME_PARTICLES):  # "Jane van Doe Correspondent"
        return role_at - 1
    return role_at


def _rank_over_desk(words: list[str]) -> int | None:
    # "Jane Doe Deputy Audience Growth Lead": a rank after the name, then a desk's capitalised words and a job's noun.
    rank = next((at for at in range(_MIN_NAME_WORDS, min(len(words), _MIN_NAME_WORDS + 2))
                 if words[at][:1].isupper() and words[at].casefold() in _DESK_RANKS), None)
    if rank is None or not 1 <= len(words) - rank - 1 <= _MAX_DESK_WORDS:
        return None
    desk = words[rank + 1:]
    if desk[-1].casefold() not in _JOB_NOUNS:
        return None  # "Angela Morton Deputy Leader Race Opens": a headline in title case
    return rank if all(word[:1].isupper() and word.casefold() not in _LINKING_WORDS for word in desk) else None


def _desk_word(word: str) -> bool:
    # The small words of a job's desk: "affairs", "political", and "of" or "and" between them ("is", "a" are not).
    return word.islower() and (word in ("of", "and") or word not in stoplist())


def _ends_name(word: str) -> bool:
    # A word in ordinary case that is no name, a linking word in capitals, or a site's address.
    if word.isupper() and word.lower() in _LINKING_WORDS or _SITE_ADDRESS.fullmatch(word):
        return True  # "JANE DOE FOR THE MAIL", "Jane Doe Example.com"
    return not _is_name_word(word) and word.lower() not in _NAME_PARTICLES


def _is_post_nominal(part: str) -> bool:
    # "PhD", "MS", "RD", "BSc", or an outlet's initials ("CNN"): one short word with two capitals or more.
    return " " not in part and len(part) <= _MAX_POST_NOMINAL and sum(char.isupper() for char in part) >= 2


def _title_cased(name: str) -> str:
    # "DANICA KIRKA and JILL LAWLESS" is how wires print "Danica Kirka and Jill Lawless"; one short word
    # in capitals is initials ("AFP").
    if not any(char.islower() for char in name.replace(" and ", " ")) and not _INITIALS_NAME.match(f"{name},"):
        # Each part of a word capitalised: "O'BRIEN" is "O'Brien".
        return " ".join(word if word == "and" else _LETTERS.sub(lambda part: part[0].capitalize(), word)
                        for word in name.split())
    return name


def _looks_like_name(text: str) -> bool:
    words = text.replace(",", " ").split()
    return 0 < len(words) <= _MAX_LIST_WORDS and _is_name_word(words[0]) and all(
        word.lower() in _NAME_PARTICLES or _is_name_word(word) for word in words
    )


def _is_name_word(word: str) -> bool:
    # Capitalised ("Okafor", "O'Brien", "J.") or from a script without case (Japanese, Korean).
    first = word[0]
    return (first.isalpha() and not first.islower()) or _GLUED_PARTICLE.match(word) is not None
