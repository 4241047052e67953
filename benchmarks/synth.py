"""Synthetic news articles for the benchmarks: realistic shape, known entity spans.

Everything here is deterministic for a seed: article `i` of seed `s` is always the
same text with the same spans, whatever else was generated before it.  The
vocabulary (names of people, organisations, places, ...) is invented for this
suite or is a common institution/place name; the text only has to *read* like
news so that lengths, entity density and JSON sizes are realistic.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from reader.ingest.parsed import ParsedArticle
from reader.model import EntitySpan

# Bump when the generated text changes, so cached benchmark libraries are rebuilt.
GENERATOR_VERSION = 1

FIRST_NAMES = """
Maria James Amara Kenji Sofia Daniel Priya Lukas Fatima Oliver Chen Elena Tomasz Aisha
Mateo Ingrid Samuel Leila Hiroshi Grace Nikolai Zanele Pedro Hannah Omar Yuki Gabriel
Chiara Kwame Anna Rafael Mei David Nadia Felix Ngozi Carlos Astrid Ravi Claire Joao
Helena Tariq Julia Andrei Lucia Kofi Emma Arjun Marta Sebastian Ines Malik Sara Viktor
Abena Paolo Noor Henrik Camila Thomas
""".split()

LAST_NAMES = """
Lindqvist Okafor Tanaka Moreau Kowalski Haddad Fernandes Schmidt Mensah Novak Patel
Rossi Andersen Nakamura Dubois Ibrahim Costa Petrov Walsh Achterberg Osei Varga Castillo
Bergstrom Mwangi Kaur Horvath Silva Reyes Lambert Eriksen Adeyemi Kimura Ferreira
Sorensen Gallagher Mahlangu Richter Delgado Abdi Vasquez Lund Nkemelu Hoffmann Park
Santos Zielinski Amoah Whitfield Laurent Quiroga Halvorsen Ito Brennan Kariuki Vogel
Marchetti Oyelaran Strand Duarte Keller Nyambura Fischer Rahman Tremblay Ahn Bianchi
""".split()

ROLES = [
    "Finance Minister", "Foreign Minister", "chief executive", "spokesperson", "Prime Minister",
    "central bank governor", "mayor", "Health Minister", "union leader", "chief economist",
    "lawmaker", "police chief", "opposition leader", "chairwoman", "trade envoy",
]

# (full name, alias or None)
ORGS = [
    ("United Nations", "UN"), ("World Health Organization", "WHO"),
    ("European Central Bank", "ECB"), ("International Monetary Fund", "IMF"),
    ("North Atlantic Treaty Organization", "NATO"), ("Federal Reserve", "Fed"),
    ("World Bank", None), ("European Commission", None), ("African Union", "AU"),
    ("World Trade Organization", "WTO"), ("Red Cross", None), ("Interpol", None),
    ("Meridian Energy", "Meridian"), ("Halvorsen Shipping", "Halvorsen"),
    ("Northwind Logistics", "Northwind"), ("Castellan Bank", "Castellan"),
    ("Tessaro Motors", "Tessaro"), ("Bluefin Telecom", "Bluefin"),
    ("Arclight Pharmaceuticals", "Arclight"), ("Ridgeway Mining", "Ridgeway"),
    ("Kestrel Airlines", "Kestrel"), ("Oakmont University", None),
    ("National Grid Authority", None), ("Coastal Water Board", None),
    ("Transport Workers Union", None), ("Supreme Court", None),
    ("Ministry of Finance", None), ("Central Statistics Office", None),
    ("Solvik Semiconductor", "Solvik"), ("Greenfield Farmers Cooperative", None),
]

# Institutions written with "the" in running text ("the World Bank", not "the Interpol").
_ORGS_WITH_THE = frozenset(name for name, _ in ORGS[:12]) | {
    "National Grid Authority", "Coastal Water Board", "Transport Workers Union", "Supreme Court",
    "Ministry of Finance", "Central Statistics Office", "Greenfield Farmers Cooperative",
}

# (name, alias or None)
PLACES = [
    ("Berlin", None), ("Nairobi", None), ("Lima", None), ("Jakarta", None), ("Ottawa", None),
    ("Lisbon", None), ("Seoul", None), ("Accra", None), ("Warsaw", None), ("Manila", None),
    ("Brazil", None), ("Kenya", None), ("Germany", None), ("Japan", None), ("Canada", None),
    ("Poland", None), ("Nigeria", None), ("India", None), ("France", None), ("Mexico", None),
    ("United States", "U.S."), ("United Kingdom", "Britain"), ("Rotterdam", None),
    ("Dresden", None), ("Mombasa", None), ("Gdansk", None), ("Osaka", None),
    ("Cape Town", None), ("Valparaiso", None), ("Tallinn", None), ("Hamburg", None),
    ("Marseille", None), ("Chennai", None), ("Quebec", None), ("Ghana", None),
]

NORPS = [
    "German", "Kenyan", "Brazilian", "European", "Japanese", "Polish", "Nigerian", "Canadian",
    "French", "Mexican", "Indian", "Ghanaian", "Republican", "Democratic", "Conservative",
]

EVENTS = [
    "World Economic Forum", "G20 summit", "World Cup", "Olympic Games", "COP29",
    "Paris Peace Forum", "Tour de France", "Munich Security Conference", "Expo 2025",
    "Africa Climate Summit",
]

FACS = ["Heathrow Airport", "Port of Rotterdam", "Golden Gate Bridge", "Central Station",
        "Kiel Canal", "Jomo Kenyatta International Airport"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
RELATIVE_DATES = ["last week", "this year", "last month", "next year", "the first quarter",
                  "the past decade", "next month", "earlier this year"]

OUTLETS = [
    "Baltic Ledger", "Harbour Times", "Kestrel Daily", "Pacific Courier", "Daily Lantern",
    "Meridian Post", "Northline", "The Evening Standard-Bearer", "Coastal Herald",
    "Riverside Gazette", "The Morning Compass", "Continental Wire", "Summit Review",
    "Lakeshore Tribune", "The Granite Observer", "Eastbound Chronicle", "Orbit News",
    "Highland Dispatch", "The Civic Record", "Atlas Weekly", "Southern Cross Journal",
    "Prairie Signal", "The Delta Mirror", "Metro Bulletin", "Capital Sentinel",
    "Westgate Examiner", "The Open Ledger", "Frontier Report", "Tideline", "Union Square Post",
]

# Plain-English pieces for sentences without entities.
_SUBJECTS = [
    "Officials", "The ministry", "Analysts", "Residents", "The company", "Investors",
    "Local authorities", "Critics", "Economists", "The committee", "Several lawmakers",
    "Workers at the site", "The regulator", "Researchers", "Shop owners", "Diplomats",
    "The agency", "Doctors", "Union representatives", "Business groups",
]
_VERBS = [
    "said", "warned", "argued", "noted", "acknowledged", "insisted", "estimated",
    "reported", "expected", "suggested", "confirmed", "denied",
]
_CLAUSES = [
    "the plan would take several years to complete",
    "prices had risen faster than wages for most households",
    "the talks were likely to continue into the next round",
    "the measures were needed to restore confidence in the market",
    "a final decision had not yet been made",
    "the cost of the project could double if delays continue",
    "demand for electricity was rising across the region",
    "the new rules would apply to companies of every size",
    "the number of applications had fallen sharply",
    "more funding would be needed before the winter",
    "the damage was worse than first thought",
    "the agreement left several important questions unanswered",
    "the figures showed a slowdown in the second half of the year",
    "hospitals in the area were running short of staff",
    "the vote had been postponed because of the storm",
    "the scheme would be reviewed after its first year",
    "exports had recovered more quickly than expected",
    "the investigation was still at an early stage",
    "rents in the city centre had reached a record high",
    "the changes would make little difference to ordinary families",
]
_TAILS = [
    "", "", "", " on condition of anonymity", " in a statement", " at a news conference",
    " in an interview", " during a briefing", " according to people familiar with the matter",
    " in a report published online",
]
_EXTRA = [
    "The details were not made public.",
    "It was not immediately clear how the decision would be funded.",
    "The proposal still needs the approval of parliament.",
    "Talks are expected to resume in the coming weeks.",
    "The figures have not been independently verified.",
    "Prices on the local market fell slightly in early trading.",
    "The announcement came after months of negotiations.",
    "Similar measures have been tried elsewhere with mixed results.",
    "Opposition parties called for a full inquiry.",
    "The move is likely to face legal challenges.",
]
_ACTIONS = [
    "announced a review of its spending plans",
    "agreed to extend the programme until the end of the year",
    "signed a deal to expand the port",
    "raised its forecast for economic growth",
    "opened an investigation into the collapse",
    "pledged to cut emissions from its factories",
    "postponed the decision until after the election",
    "promised new support for small businesses",
    "rejected calls to lower interest rates",
    "began talks on a new trade agreement",
    "warned of further disruption to supply chains",
    "approved funding for a new rail line",
]
_HEAD_VERBS = ["weighs", "backs", "rejects", "delays", "unveils", "faces", "expands", "cuts",
               "approves", "questions", "signs", "halts", "targets", "defends"]
_HEAD_OBJECTS = ["new rail plan", "budget deal", "climate pledge", "port expansion",
                 "interest rate rise", "trade talks", "housing reform", "water rationing",
                 "chip plant subsidies", "pension changes", "wage agreement", "energy tariff",
                 "election reform", "drought relief package", "airport expansion"]
_HEAD_TAILS = ["after long talks", "amid rising costs", "as protests grow",
               "despite strong opposition", "ahead of the winter", "in a surprise move",
               "after months of delays", "as prices climb", "following a legal challenge",
               "before the summer recess", "under pressure from investors"]
_CREDITS = ["(Reuters)", "(AP)", "(AFP)", "Photo: staff photographer", "(Getty Images)"]


def _pick(rng: random.Random, seq):
    # rng.choice() costs ~4x more (rejection sampling); the bias of this is ~1e-15.
    return seq[int(rng.random() * len(seq))]


def _below(rng: random.Random, n: int) -> int:
    return int(rng.random() * n)


def _randint(rng: random.Random, low: int, high: int) -> int:
    return low + int(rng.random() * (high - low + 1))


def _filler_pool(size: int = 3000) -> list[tuple[str, int, int]]:
    """Entity-free sentences (" " + text, words, length); fixed seed: part of the vocabulary."""
    rng = random.Random("reader-benchmarks-filler")
    pool = []
    for _ in range(size):
        kind = rng.random()
        if kind < 0.75:
            text = (
                f"{_pick(rng, _SUBJECTS)} {_pick(rng, _VERBS)}{_pick(rng, _TAILS)} that "
                f"{_pick(rng, _CLAUSES)}."
            )
        else:
            text = _pick(rng, _EXTRA)
        pool.append((" " + text, text.count(" ") + 1, len(text) + 1))
    return pool


_FILLER = _filler_pool()
_DATE_BASE = datetime(2023, 1, 1, tzinfo=UTC)
_DATE_SPAN_S = 730 * 24 * 3600


@dataclass(slots=True)
class SynthArticle:
    """A generated article plus the spans a perfect entity finder would return."""

    parsed: ParsedArticle
    entities: list[EntitySpan] = field(default_factory=list)
    caption_entities: list[EntitySpan] = field(default_factory=list)


class _Writer:
    """Builds one block of text while recording entity offsets into it."""

    __slots__ = ("parts", "length", "spans", "block")

    def __init__(self, block: int) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[EntitySpan] = []
        self.block = block

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def entity(self, s: str, label: str, canonical: str) -> None:
        start = self.length
        self.parts.append(s)
        self.length += len(s)
        self.spans.append(EntitySpan(s, label, self.block, start, self.length, canonical))

    def value(self) -> str:
        return "".join(self.parts)


class _Cast:
    """The people, organisations and places one article keeps coming back to."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        count = _randint(rng, 2, 5)
        firsts = rng.sample(FIRST_NAMES, count)
        lasts = rng.sample(LAST_NAMES, count)
        self.people = [f"{f} {l}" for f, l in zip(firsts, lasts)]
        self.roles = [_pick(rng, ROLES) for _ in self.people]
        self.orgs = rng.sample(ORGS, _randint(rng, 2, 4))
        self.places = rng.sample(PLACES, _randint(rng, 2, 4))
        self.norps = rng.sample(NORPS, 2)
        self.seen: set[str] = set()

    def person(self, w: _Writer, with_role: bool = True, capital: bool = True) -> None:
        rng = self.rng
        i = _below(rng, len(self.people))
        full = self.people[i]
        if full in self.seen and rng.random() < 0.7:
            w.entity(full.rsplit(" ", 1)[1], "PERSON", full)  # later mentions: surname only
            return
        self.seen.add(full)
        if with_role:
            role = self.roles[i]
            w.text(f"{role[0].upper()}{role[1:]} " if capital else f"{role} ")
        w.entity(full, "PERSON", full)

    def org(self, w: _Writer, article: str = "") -> None:
        """An organisation; `article` ("the"/"The") is written only before names that take one."""
        full, alias = _pick(self.rng, self.orgs)
        if article and full in _ORGS_WITH_THE:
            w.text(article + " ")
        if alias and full in self.seen and self.rng.random() < 0.5:
            w.entity(alias, "ORG", full)
            return
        self.seen.add(full)
        w.entity(full, "ORG", full)

    def place(self, w: _Writer) -> None:
        full, alias = _pick(self.rng, self.places)
        if alias and full in self.seen and self.rng.random() < 0.5:
            w.entity(alias, "GPE", full)
            return
        self.seen.add(full)
        w.entity(full, "GPE", full)

    def norp(self, w: _Writer) -> None:
        n = _pick(self.rng, self.norps)
        w.entity(n, "NORP", n)

    def date(self, w: _Writer) -> None:
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            s = _pick(rng, WEEKDAYS)
        elif r < 0.75:
            s = f"{_pick(rng, MONTHS)} {_randint(rng, 1, 28)}"
        elif r < 0.85:
            s = str(_randint(rng, 2015, 2026))
        else:
            s = _pick(rng, RELATIVE_DATES)
        w.entity(s, "DATE", s)

    def money(self, w: _Writer) -> None:
        rng = self.rng
        unit = _pick(rng, ["million", "billion"])
        s = f"{_pick(rng, '$€£')}{_randint(rng, 2, 950)}{_pick(rng, ['', '.5', '.2', '.8'])} {unit}"
        w.entity(s, "MONEY", s)

    def percent(self, w: _Writer) -> None:
        s = f"{_randint(self.rng, 1, 40)}.{_randint(self.rng, 0, 9)} percent"
        w.entity(s, "PERCENT", s)

    def event(self, w: _Writer) -> None:
        e = _pick(self.rng, EVENTS)
        w.entity(e, "EVENT", e)

    def fac(self, w: _Writer) -> None:
        f = _pick(self.rng, FACS)
        w.entity(f, "FAC", f)


def _sentence_with_entities(cast: _Cast, w: _Writer) -> int:
    """Append one sentence naming entities; returns its word count (approximate)."""
    rng = cast.rng
    before = len(w.parts)
    k = _below(rng, 10)
    if k == 0:
        cast.person(w)
        w.text(" said on ")
        cast.date(w)
        w.text(" that ")
        cast.org(w, "the")
        w.text(f" would {_pick(rng, _CLAUSES).split(' ', 1)[1]}.")
    elif k == 1:
        cast.org(w, "The")
        w.text(f" {_pick(rng, _ACTIONS)} in ")
        cast.place(w)
        w.text(" on ")
        cast.date(w)
        w.text(".")
    elif k == 2:
        w.text("The deal, worth ")
        cast.money(w)
        w.text(", was the largest of its kind in ")
        cast.place(w)
        w.text(" since ")
        cast.date(w)
        w.text(".")
    elif k == 3:
        w.text('"We have to be realistic about what can be achieved," ')
        cast.person(w, with_role=False)
        w.text(" told reporters in ")
        cast.place(w)
        w.text(".")
    elif k == 4:
        w.text("Inflation in ")
        cast.place(w)
        w.text(" rose to ")
        cast.percent(w)
        w.text(" in ")
        cast.date(w)
        w.text(f", and {_pick(rng, _SUBJECTS).lower()} {_pick(rng, _VERBS)} that {_pick(rng, _CLAUSES)}.")
    elif k == 5:
        w.text("Many ")
        cast.norp(w)
        w.text(f" voters {_pick(rng, ['remain sceptical', 'welcomed the news', 'expect more delays', 'are divided'])}, according to a survey by ")
        cast.org(w, "the")
        w.text(".")
    elif k == 6:
        w.text("Speaking at the ")
        cast.event(w)
        w.text(", ")
        cast.person(w, capital=False)
        w.text(f" said {_pick(rng, _CLAUSES)}.")
    elif k == 7:
        w.text("Flights at ")
        cast.fac(w)
        w.text(" were delayed on ")
        cast.date(w)
        w.text(" as ")
        cast.org(w, "the")
        w.text(" staff walked out.")
    elif k == 8:
        cast.person(w)
        w.text(f" {_pick(rng, _VERBS)} that ")
        cast.org(w, "the")
        w.text(" had set aside ")
        cast.money(w)
        w.text(" for the project.")
    else:
        w.text("In ")
        cast.place(w)
        w.text(f", {_pick(rng, _SUBJECTS).lower()} {_pick(rng, _VERBS)} that {_pick(rng, _CLAUSES)}.")
    words = 0
    for part in w.parts[before:]:
        words += part.count(" ")
    return words + 1


def _title(rng: random.Random, cast: _Cast) -> str:
    head = _pick(rng, 
        [cast.orgs[0][0], cast.places[0][0], cast.people[0], f"{cast.norps[0]} government"]
    )
    words = [*head.split(), _pick(rng, _HEAD_VERBS), *_pick(rng, _HEAD_OBJECTS).split()]
    while len(words) < 6 or rng.random() < 0.55:
        tail = _pick(rng, _HEAD_TAILS).split()
        if len(words) + len(tail) > 14:
            break
        words.extend(tail)
    return " ".join(words)


def make_article(
    seed: int,
    index: int,
    *,
    paragraphs: tuple[int, int, int] = (8, 25, 10),
    words: tuple[int, int, int] = (40, 120, 60),
    long_share: float = 0.05,
    caption_share: float = 0.3,
) -> SynthArticle:
    """Article `index` of `seed`. `paragraphs`/`words` are (low, high, mode) triangles."""
    rng = random.Random(f"{seed}:{index}")
    cast = _Cast(rng)
    is_long = rng.random() < long_share
    if is_long:  # ~2,000 words
        n_paras = _randint(rng, 24, 30)
        para_words = [_randint(rng, 60, 90) for _ in range(n_paras)]
    else:
        n_paras = round(rng.triangular(*paragraphs))
        para_words = [round(rng.triangular(*words)) for _ in range(n_paras)]
    total_words = sum(para_words)
    want = min(_randint(rng, 40, 60) if is_long else _randint(rng, 20, 56), total_words // 10)

    body: list[str] = []
    spans: list[EntitySpan] = []
    done_words = 0
    filler, n_filler, rand = _FILLER, len(_FILLER), rng.random
    for p, target in enumerate(para_words):
        w = _Writer(p)
        if p == 0:  # dateline, as wire copy starts
            w.entity(cast.places[0][0].upper(), "GPE", cast.places[0][0])
            w.text(f" {_pick(rng, _CREDITS[:3])} - ")
        count = 0
        parts = w.parts
        rate = want / total_words
        while count < target:
            if len(spans) + len(w.spans) < rate * (done_words + count):
                if count:
                    parts.append(" ")
                    w.length += 1
                count += _sentence_with_entities(cast, w)
            else:
                sentence, n, length = filler[int(rand() * n_filler)]
                if not count:
                    sentence, length = sentence[1:], length - 1
                parts.append(sentence)
                w.length += length
                count += n
        done_words += count
        body.append(w.value())
        spans.extend(w.spans)

    captions: list[str] = []
    caption_spans: list[EntitySpan] = []
    if rng.random() < caption_share:
        for c in range(_randint(rng, 1, 2)):
            w = _Writer(c)
            cast.person(w)
            w.text(" speaks to reporters in ")
            cast.place(w)
            w.text(" on ")
            cast.date(w)
            w.text(f". {_pick(rng, _CREDITS)}")
            captions.append(w.value())
            caption_spans.extend(w.spans)

    outlet = OUTLETS[_below(rng, len(OUTLETS))]
    title = _title(rng, cast)
    published = _DATE_BASE + timedelta(seconds=_below(rng, _DATE_SPAN_S))
    slug = "-".join(title.lower().split()[:6])
    domain = outlet.lower().replace("the ", "").replace(" ", "").replace("-", "")
    url = f"https://www.{domain}.example/news/{published:%Y/%m/%d}/{slug}-{seed}-{index}"
    parsed = ParsedArticle(
        key=url,
        title=title,
        paragraphs=body,
        captions=captions,
        byline=f"{_pick(rng, FIRST_NAMES)} {_pick(rng, LAST_NAMES)}",
        source=outlet,
        url=url,
        published=published.isoformat(timespec="seconds"),
    )
    return SynthArticle(parsed, spans, caption_spans)


# Shape of the "realistic ~3,400 characters" article the import benchmark reads.
IMPORT_SHAPE = {"paragraphs": (5, 8, 6), "words": (55, 105, 75), "long_share": 0.0,
                "caption_share": 0.0}


def scraped_text(article: SynthArticle) -> str:
    """The article as saved from a news site: headline, "By Name" byline, paragraphs."""
    parsed = article.parsed
    return "\n\n".join([parsed.title, f"By {parsed.byline}", *parsed.paragraphs]) + "\n"

