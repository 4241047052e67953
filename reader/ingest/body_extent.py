"""Where the body ends when the prose signals alone would get it wrong.

A list a paragraph announces and a wire story's trailer are article text that
does not read like prose, so the signals alone would cut the body off before
them: "Events this month:" and a list of dates, names and places; "(Reporting by
Jane Doe; Editing by Tom Roe)" under the last paragraph.  Teaser cards of other
stories (headline, topic tag, one-sentence summary, again and again) read like
prose, so the signals alone would run the body on through them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter

from reader.ingest.byline import bare_name
from reader.ingest.chrome import is_chrome, is_comments_heading, is_link_list_heading
from reader.ingest.credits import credit_at_end, is_credit_only
from reader.ingest.dates import AGO, SECTION_BEFORE, date_line, find_date, is_figures_date
from reader.ingest.prose import LONG_PARAGRAPH, SHORT_PARAGRAPH, Prose, title_cased
from reader.ingest.scraped_lines import Unit, runs

_MIN_CARDS = 3
_ARTICLE_GOES_ON = 3  # under the head's one summary, the next paragraph past a link or an ad's label
_PARAGRAPHS_UNDER = 2  # of those three lines, under a head's dates
_MAX_BUTTON_WORDS = 4
_MAX_CARD_UNITS = 3  # a card closed by a button: a headline and a summary, perhaps a picture's text
_CARD_GAP = 3  # units between two cards of one run (a glued card, an ad; a byline and a picture printed twice)
_MAX_CARD_SMALLS = 3  # a tag, an author and a time may stand between a card's headline and its summary
_MAX_DATE_CHARS = 60
_BY = re.compile(r"^by\b", re.I)
_MIN_CAPTION_WORDS = 5  # "Crowds outside the town hall on Tuesday. Photo: Jane Doe/Courier"
# "2 hours ago": a card's time says "ago", its section's name before it ("Malaysia / 3 days ago").
# A year ago only with its section: "50 years ago" alone heads an archive's entry.
_AGO = re.compile(rf"^(?:{SECTION_BEFORE}?{AGO}|{SECTION_BEFORE}\d{{1,2}}\s+years?\s+ago)$", re.I)
_CARD_TITLE_WORDS = (4, 25)
_MAX_TAG_WORDS = 3  # "Canary Islands", "Spain holidays"
_MAX_SUMMARY_WORDS = 60
_CARD_TITLE_AGAIN = 4  # lines over a card's headline where the card printed it first, its section between
_MAX_ITEMS = 40  # an announced list longer than this is more likely a directory than article text
_MAX_ITEM_CHARS = 300
_MAX_LINK_WORDS = 5
_MIN_RANKS = 3
_MAX_RANK_GAP = 3  # units of one item between two numbers: a headline, a time, a picture's text
_MAX_RANKED_SCORE = 5.0  # above this a unit is a paragraph, not a headline
_CUT_OFF = ("...", "…")
_MIN_CUT_TITLE_WORDS = 3
_MAX_CUT_TITLE_WORDS = 60  # a title cut off, a dump's picture text before it
_MIN_CUT_TITLES = 4
_SENTENCE_ENDS = (".", "!", "?", "”", '"')
_SENTENCE_BREAK = re.compile(r"[a-z][.!?][\"”’']?\s+[A-Z]")
_CUT_TITLES_GAP = 2  # one more title between, uncut
_MIN_NUMBERED = 10  # "1. Jane Doe" ... "10. Tom Roe": a ranking the article gives; "Most read" boxes are shorter
_CONTENTS = re.compile(
    r"^(?:(?:table of )?contents|in this (?:article|story|guide|post)|on this page|jump to)\W*$", re.I
)
_MAX_CONTENTS = 30  # entries of a table of contents
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(?=\S)")
_FIRST_ITEM = re.compile(r"^1\.\s+[A-Z‘“'\"]")  # "1. Headline": a numbered list's first item, as a dump prints it
_MAX_CARDS_HEADING_WORDS = 6
_NUMBERED_CARD_WORDS = (6, 40)
_SECTION = re.compile(r"^(\d{1,3})[.)]\s*(?=[^\W\d])")
_MIN_SECTIONS = 3  # numbered headings one after another inside the body
_MAX_SECTION_UNITS = 4  # units from one numbered heading to the next: its paragraphs, a picture's caption
_MAX_SECTION_HEADING_WORDS = 12
_MAX_LIST_GAP = 25  # short lines of a list inside the article, between two of its paragraphs
_MIN_PARAGRAPH_SCORE = 5.0
_MIN_TICKER_LINES = 8  # headlines in a row: an article's own list is shorter, or announced
_TICKER_GAP = 1  # a picture's text between two headlines
# ... or two long lines that read otherwise: a headline asking a question and answering it, one ending "... tell you";
# no paragraph, nor an embedded post's signature ("— Jane Doe (@jdoe) November 13, 2026") under its text, nor a
# list's point going on in small letters.
_LONG_TICKER_GAP = 2
_TICKER_SHARE = 2 / 3  # of the run's lines are headlines: a picture's text between some, not between all
_TICKER_WORDS = (6, 40)
# Words a headline does not end on; a line wrapped inside a sentence may.
_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of to in on at for with by from as if that which who whom whose you we they he she it i "
    "is are was were be been am any some this these those their his her our your my its not so than then when while "
    "because into onto about over under up".split())
# "© Copyright 2026 Courier Media Ltd.", "Copyright © 2026 ...": the site's footer, its year in it.
_FOOTER = re.compile(r"^(?:©|copyright\b|\(c\)\s)", re.I)
_FOOTER_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MAX_FOOTER_CHARS = 120
_FOOTER_CHROME = 4  # units over the footer, half of them chrome (the site's links, a tagline): the article ended above
_MAX_POST_UNITS = 3  # an embedded post's text over its signature: a line or a few, a picture's link
# "— Jane Doe (@janedoe) November 13, 2026", "— Courier (@courier) 13 November 2026".
_POST_SIGNATURE = re.compile(r"^[—–-]{1,2}\s*\S.{0,80}\(@\w{1,30}\)\s+(?P<day>\S.{0,40})$")
# "4 min read", "12 comments": a card's count under another story's headline.
_COUNT = re.compile(
    r"^\d[\d.,]*[km]?\s+(?:min(?:ute)?s?\s+read|comments?|shares?|views?|likes?|replies|reactions?)$", re.I
)
# A list item's start: a mark, a quantity ("1 1/2", "120g", "2-3"), then its first word.
_ITEM_START = re.compile(r"^(?:[▢□•◦▪*+-]\s+)?[\d\s½¼¾⅓⅔/.,–-]*([^\W\d_])")
_MIN_INTRO_WORDS = 4  # "Events:" alone is a heading or a label, not a sentence announcing a list
_MIN_INTRO_DENSITY = 0.3  # jusText's low stopword density: the intro reads like a sentence
# A recipe card's headings: its ingredients, then its steps.
_INGREDIENTS = re.compile(r"^ingredients\s*:?$", re.I)
_STEPS = re.compile(r"^(?:directions|instructions|method|preparation|steps)\s*:?$", re.I)
# "(Reporting by ...; Editing by ...)", "(Additional reporting by ...)", "-- Compiled by ...", "— With assistance
# by ...", "Contributing: ...", "Jane Doe contributed to this report", "Write to Jane Doe at jane@example.com".
_TRAILER = re.compile(
    r"^(?:\((?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b.*\)"
    r"|[-–—]{1,2}\s*(?:compiled|reported|written|reporting|additional reporting|with assistance)\s+by\s+\S.{0,200}"
    r"|contributing\s*:\s*(?-i:[A-Z]).{0,200}"
    r"|write to\s+(?-i:[A-Z]).{0,80}?\s+at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
    r"|.{1,200}?\scontributed\s+(?:reporting(?:\s+from\s+[^.!?]{1,80})?|to\s+this\s+(?:report|story|article))\.?)$",
    re.I | re.S,
)

_OTHER_HEAD_REACH = 10  # a heading, a section's name, a headline, labels, a byline and a date over another story
_DATED_CARDS_REACH = 20  # a few cards, four or five lines each
_MIN_DATED_CARDS = 2
# A card's button under its summary of two paragraphs ("Continue reading" may stand inside an article too).
_FULL_STORY_BUTTON = re.compile(r"^\s*read the full (?:story|article)\W*$", re.I)
_DATED_CARDS_AFTER = 6  # the last card's summary, and the next card's head
_MIN_PROSE_ABOVE = 2 * LONG_PARAGRAPH  # the article's own prose above a box that ends it
_MIN_HEADED_SUMMARIES = 2
_MIN_TAB_CARDS = 2  # cards' headlines under a box's tabs
# A card's section, headline and summary run together: "HolidaysWoman in tears ...", "Perthshire NewsWeekend ...".
_CARD_RUN_TOGETHER = re.compile(r"^(?:\S+\s){0,2}\S*[a-z][A-Z][a-z]")
_MIN_LISTED_TITLES = 3  # headlines a line each under a box's heading, another box's heading under them
# "Courier recommends", "Editors' picks", "Editor's Pick": under the article, a heading of other stories too (at the
# top, a menu's item).
_PICKS = re.compile(r"^(?:(?:[\w'’]+ ){1,2}recommends|editors?['’]?s?['’]? picks?)$", re.I)
# "More Stories", "More News": over the article a menu's item, inside it a heading of its own sections; under it,
# other stories only where their cards are a list's items.
_MORE_STORIES = re.compile(r"^more (?:stories|news)$", re.I)
_ABOUT_THE_AUTHOR = re.compile(r"^\W*about the (?:author|writer)s?\W*$", re.I)
_MOST_RECENT = re.compile(r"^most recent$", re.I)  # a tab beside "Most Read" (over a headline, a menu's item)

# "Sources: The Courier, Harbour Times / Photo credit: Jane Doe/Flickr", "Source: Reuters".
_SOURCES = re.compile(r"^sources?\s*:\s*\S", re.I)


def announced_lists(units: list[Unit], prose: list[Prose], listed: set[int]) -> set[int]:
    """Units of lists a paragraph announces with a colon, and the announcing paragraphs."""
    found: set[int] = set()
    for index, unit in enumerate(units):
        if not announces(unit.text, prose[index]):
            continue
        items = []
        for item in range(index + 1, min(index + 1 + _MAX_ITEMS, len(units))):
            if prose[item].score > 0 or not _is_item(units[item].text) or item in listed:
                break
            items.append(item)
        if items and not all(_is_link_like(units[item].text) for item in items):
            found.update([index, *items])
    return found


def numbered_lists(units: list[Unit], listed: set[int]) -> set[int]:
    """Units of long lists numbered on their lines one after another: "01. Jane Doe", "02. Tom Roe", ..."""
    found: set[int] = set()
    run: list[int] = []
    last = 0  # the number of the run's last item
    for index, unit in enumerate(units + [Unit("")]):
        number = _NUMBERED.match(unit.text)
        rank = int(number[1]) if number and _is_item(unit.text) and index not in listed else None
        if run and rank == last + 1:
            run.append(index)
        else:
            _keep_numbered(units, run, found)
            run = [index] if rank is not None and rank <= 1 else []
        last = rank or 0
    return found


def _keep_numbered(units: list[Unit], run: list[int], found: set[int]) -> None:
    # A table of contents lists the article's own sections: they follow it, it is no part of the text.
    if len(run) >= _MIN_NUMBERED and not (run[0] and _CONTENTS.match(units[run[0] - 1].text.strip())):
        found.update(run)


def teaser_cards(units: list[Unit], prose: list[Prose]) -> set[int]:
    """Units of runs of other stories' cards: a headline, a summary, and a tag, an author or a time around them."""
    # The page's first two dates over two paragraphs are the article's own, heading no card.
    times = (i for i in range(len(units)) if _is_time(units[i].text))
    first_date = next(times, len(units))
    # ... nor does the page's first date under a headline (other stories' times before it said how long ago), any
    # byline beside it ("Courier with AFP"), over the article's paragraphs.
    dated = next((i for i in itertools.chain([first_date], times) if i < len(units)
                  and not _AGO.match(units[i].text)), None)
    cards = {title: card for title in range(len(units)) if (card := _card_at(units, prose, title)) and not (
        title <= first_date + 1 and _dates_in_pair(units, title)
        and _paragraphs_under(prose, card.stop) >= _PARAGRAPHS_UNDER) and not (
        dated is not None and title <= dated < card.stop
        and _paragraphs_under(prose, _summary_of(units, prose, title) or card.stop) >= _PARAGRAPHS_UNDER)}
    found: set[int] = set()
    run: list[int] = []  # the cards' headlines
    end = len(units) + _CARD_GAP + 3
    for title, card in [*cards.items(), (end, range(end, end + 1))]:
        if run and card.start - cards[run[-1]].stop > _CARD_GAP:
            if len(run) >= _MIN_CARDS and not _one_summary(prose, cards, run) and not _one_heading(units, run):
                found.update(i for each in run for i in cards[each])
                found -= set(_paragraph_after_cards(units, prose, run))
            run = []
        run.append(title)
    return found


def _paragraph_after_cards(units: list[Unit], prose: list[Prose], titles: list[int]) -> range:
    """The article's paragraph under cards without summaries ("Headline" / "World · 2 weeks ago", each one's
    "summary" the next one's headline), which reads as the last card's summary: a sentence where the others had
    none. Returns that paragraph and what the last card took under it."""
    summaries = [_summary_of(units, prose, title) for title in titles]
    last = summaries[-1]
    # Each other card's "summary" is the next card's headline, a question ("Why are ...?") reading as a sentence.
    if last is None or not prose[last].sentence or any(
            at is None or prose[at].sentence and at not in titles for at in summaries[:-1]):
        return range(0)
    return range(last, last + _MAX_CARD_SMALLS + 1)


def _summary_of(units: list[Unit], prose: list[Prose], title: int) -> int | None:
    summary = title + 1
    while summary < min(title + 1 + _MAX_CARD_SMALLS, len(units)) and _is_small(units, prose, summary):
        summary += 1
    return summary if summary < len(units) else None


def _one_summary(prose: list[Prose], cards: dict[int, range], titles: list[int]) -> bool:
    """True when every card ends at one summary and the article goes on under it: "Headline / Published <date> /
    Updated <date> / first paragraph" reads as a card under each of its first three lines, and is the article's own
    head. A sponsored card printed so under the article ends at a button or the footer."""
    stops = {cards[title].stop for title in titles}
    if len(stops) != 1:
        return False
    return _paragraphs_under(prose, stops.pop()) > 0


def _paragraphs_under(prose: list[Prose], stop: int) -> int:
    # The paragraphs a line or two under a summary, a link or an ad's label between at most: one goes on with the
    # article; two under a head's dates are the article's (under another card's summary stands the next card's
    # headline, "Why are rural bus routes disappearing?" reading as a sentence, or the rest of its summary).
    return sum(item.sentence and item.score > 0 for item in prose[stop:stop + _ARTICLE_GOES_ON])


def _one_heading(units: list[Unit], titles: list[int]) -> bool:
    """True when one line heads most of the cards: a gallery's caption or a player's label between
    the article's paragraphs, printed again at each picture, where other stories' headlines differ."""
    counts = Counter(units[title].text.casefold() for title in titles)
    return 2 * counts.most_common(1)[0][1] > len(titles)


def _card_at(units: list[Unit], prose: list[Prose], title: int) -> range | None:
    # Headline, summary, and small lines (a topic tag, an author's name, "2 hours ago") above, between or below.
    if not _is_card_title(prose[title]) or is_chrome(units[title].text) or _BY.match(units[title].text) or (
            _AGO.match(units[title].text)):
        return None  # "Topics: swimming, olympics": the article's topic links, no other story's headline
    if _captioned(units[title].text):
        return None  # "... Photo: Jane Doe/Courier": a picture's caption over the lede, no card's headline
    summary = _summary_of(units, prose, title)
    if summary is None or not (_is_summary(prose[summary]) or _captioned(units[summary].text)):
        return None  # a dump prints the card's picture text, its caption and credit, where a summary would stand
    between = [units[i].text for i in range(title + 1, summary)]
    if any(_is_time(text) for text in between) and (
            any(_BY.match(text) for text in between) or bare_name(units[title].text)):
        # Headline, "By ...", its date and the first paragraph, or the writer's name without "By" over the date
        # ("Jane Doe and agencies" / "Wednesday 13 November 2026 06.23 GMT"): an article's own head.
        return None
    first, last = title, summary
    while first > max(title - _MAX_CARD_SMALLS, 0) and _is_small(units, prose, first - 1):
        first -= 1
    if last + 1 < len(units) and _is_small(units, prose, last + 1):
        last += 1
    signed = next((i for i in (last, last + 1) if summary < i < len(units) - 1 and _BY.match(units[i].text)), None)
    if signed is not None and _is_time(units[signed + 1].text) and not _AGO.match(units[signed + 1].text) and (
            _paragraphs_under(prose, signed + 2) >= _PARAGRAPHS_UNDER):
        return None  # headline, standfirst, "By ...", the date and the article's paragraphs: its own head
    smalls = [i for i in range(first, last + 1) if i not in (title, summary)]
    # One tag or name right beside the headline or the summary, or a time among the small lines: more
    # small lines without a time are a listicle's own items (a credit, "For a movie night...", a product).
    one_beside = [i for i in smalls if i > title] in ([title + 1], [summary + 1])
    # A summary cut short ("... the drumbeat on Wall Street for new steps ...") is a teaser's, whatever stands around it.
    cut_short = units[summary].text.endswith(("...", "…"))
    return range(first, last + 1) if one_beside or cut_short or any(_is_time(units[i].text) for i in smalls) else None


def _captioned(text: str) -> bool:
    # What a picture shows, then its credit; a credit alone ("Photo by Jane Doe/Reuters") may head a gallery's card.
    credit = credit_at_end(text)
    return credit is not None and len(text[:text.rfind(credit)].split()) >= _MIN_CAPTION_WORDS


def _dates_in_pair(units: list[Unit], index: int) -> bool:
    # A date over or under another: "Published 13th Nov 2026, 14:36 GMT" over "Updated ...", as an article's head
    # prints them, and a sponsored or related story's card too. A comment's lone date is neither.
    return _is_time(units[index].text) and any(
        0 <= other < len(units) and _is_time(units[other].text) for other in (index - 1, index + 1))


def _is_small(units: list[Unit], prose: list[Prose], index: int) -> bool:
    text = units[index].text
    if text.endswith(":"):
        return False  # "Pros:", "Cons:": a label over the article's own list, not a topic tag
    return _is_tag(text, prose[index]) or _is_time(text)


@functools.lru_cache(maxsize=8192)  # asked of the same lines by each card's test
def _is_time(text: str) -> bool:
    return _AGO.match(text) is not None or is_figures_date(text) or (
        len(text) <= _MAX_DATE_CHARS and date_line(text) is not None)


def buttoned_cards(units: list[Unit], prose: list[Prose]) -> set[int]:
    """Units of runs of other stories' cards each closed by the same button ("READ THE REST").

    A card is a headline and a line or two under it; paragraphs between repeated labels
    ("Advertisement") start with a sentence, so they are no cards.
    """
    at: dict[str, list[int]] = {}
    for index, unit in enumerate(units):
        if 0 < prose[index].words <= _MAX_BUTTON_WORDS and not prose[index].sentence and _has_letters(unit.text):
            at.setdefault(unit.text.casefold(), []).append(index)
    found: set[int] = set()
    for places in at.values():
        cards: list[range] = []
        for before, button in zip([None, *places], places):
            if before is None or button - before > _MAX_CARD_UNITS + 1:
                _keep_run(units, cards, found)  # a card far from the last one starts a new run
                # the first card of a run begins at the nearest headline above its button
                first = next((i for i in range(max(button - _MAX_CARD_UNITS, 0), button)
                              if _heads_a_card(units[i].text, prose[i])), button)
            else:
                first = before + 1
            if first < button and _heads_a_card(units[first].text, prose[first]):
                cards.append(range(first, button + 1))
            else:
                _keep_run(units, cards, found)
        _keep_run(units, cards, found)
    return found


def _has_letters(text: str) -> bool:
    # A button says what it does ("READ THE REST"); "1-100", a setting's range under each setting, is a value.
    return any(char.isalpha() for char in text)


def _keep_run(units: list[Unit], cards: list[range], found: set[int]) -> None:
    if len(cards) >= _MIN_CARDS and not _one_heading(units, [card.start for card in cards]):
        found.update(index for card in cards for index in card)
    cards.clear()


def _heads_a_card(text: str, title: Prose) -> bool:
    # A headline of the right length: no sentence, or one in title case (scored as no prose), or a question
    # ("Why does my app's memory use grow over time?")
    return _CARD_TITLE_WORDS[0] <= title.words <= _CARD_TITLE_WORDS[1] and (
        not title.sentence or title.score < 0 or text.rstrip().endswith("?"))


def _is_card_title(title: Prose) -> bool:
    return not title.sentence and _CARD_TITLE_WORDS[0] <= title.words <= _CARD_TITLE_WORDS[1]


def _is_tag(text: str, tag: Prose) -> bool:
    # A topic tag names a subject ("Spain holidays"), not a button, a picture's credit or its size.
    return (not tag.sentence and 0 < tag.words <= _MAX_TAG_WORDS and text[:1].isalpha()
            and not is_chrome(text) and not is_credit_only(text))


def _is_summary(summary: Prose) -> bool:
    return summary.score > 0 and summary.words <= _MAX_SUMMARY_WORDS


def ranked_lists(units: list[Unit], prose: list[Prose]) -> set[int]:
    """Units of numbered lists of other stories: "1", a headline, "2", a headline, ... ("Most read")."""
    found: set[int] = set()
    numbers = [index for index, unit in enumerate(units) if unit.text == "1"]
    for first in numbers:
        ranks = [first]
        index = first + 1
        while index < len(units) and index - ranks[-1] <= _MAX_RANK_GAP + 1:
            if units[index].text == str(len(ranks) + 1):
                ranks.append(index)
            elif prose[index].score > _MAX_RANKED_SCORE:
                break  # a paragraph: a listicle's numbered sections are the article's
            index += 1
        if len(ranks) < _MIN_RANKS or any(b - a < 2 for a, b in zip(ranks, ranks[1:])):
            continue
        last_gap = ranks[-1] - ranks[-2]
        end = ranks[-1] + 1
        while end < min(len(units), ranks[-1] + last_gap) and prose[end].score <= _MAX_RANKED_SCORE:
            end += 1
        found.update(range(first, end))
    return found


def cut_off_titles(units: list[Unit]) -> set[int]:
    """Other stories' titles cut off with an ellipsis, one under another: "Dutch PM says voters rejected the...",
    "Can YOU spot the camera hidden in this cash machine?...": a box of links, however well each reads. A dump
    prints each picture's text before its title, and a title the page did not cut may stand between, but no
    sentence (an interview's question between answers that trail off)."""
    cut = [index for index, unit in enumerate(units) if _cut_off(unit.text)]
    found: set[int] = set()
    for run in runs(cut, _CUT_TITLES_GAP):
        between = [units[i].text.rstrip() for i in range(run[0], run[-1]) if i not in run]
        if len(run) >= _MIN_CUT_TITLES and not any(
                text.endswith(_SENTENCE_ENDS) and not text.endswith(_CUT_OFF) for text in between):
            found.update(range(run[0], run[-1] + 1))
    return found


def _cut_off(text: str) -> bool:
    text = text.rstrip()
    # A title's words, then the ellipsis: not code's "..." a line of its own, nor a row of dots, nor sentences that
    # trail off ("I keep thinking I'll wake up. It will be...").
    return (text.endswith(_CUT_OFF) and not text.endswith("....") and _SENTENCE_BREAK.search(text) is None
            and _MIN_CUT_TITLE_WORDS <= len(text.split()) <= _MAX_CUT_TITLE_WORDS)


def contents_lists(units: list[Unit], prose: list[Prose]) -> set[int]:
    """A table of contents: its heading and the short lines under it, links to the article's own sections.

    The titles read like a list of other stories, which would cut the body in two at its top.
    """
    found: set[int] = set()
    for index, unit in enumerate(units):
        if not _CONTENTS.match(unit.text.strip()):
            continue
        end = index + 1
        while (end < len(units) and end - index <= _MAX_CONTENTS and not prose[end].sentence
               and len(units[end].text.split()) <= _MAX_SECTION_HEADING_WORDS):
            end += 1
        found.update(range(index, end))
    return found


def with_trailer(units: list[Unit], end: int) -> int:
    """The body's end moved past the wire service's contributor notes right under it."""
    while end < len(units) and is_trailer(units[end].text):
        end += 1
    return end


def before_footer(units: list[Unit], prose: list[Prose], start: int, end: int) -> int:
    """The body's end moved up to the site's copyright footer, where a menu or the site's links end the
    article: a sign-up form or a consent panel the copy prints under the footer reads like prose."""
    for index in range(start + _FOOTER_CHROME, end):
        text = units[index].text
        if len(text) <= _MAX_FOOTER_CHARS and _FOOTER.match(text) and _FOOTER_YEAR.search(text) and sum(
                prose[i].score <= 0 for i in range(index - _FOOTER_CHROME, index)) * 2 >= _FOOTER_CHROME and sum(
                max(item.score, 0) for item in prose[start:index]) >= LONG_PARAGRAPH:  # an article above it
            while index > start and (prose[index - 1].score < 0 or prose[index - 1].score == SHORT_PARAGRAPH):
                index -= 1  # the site's links and its tagline ("Charting the grid since 1998.") over the footer
            return index
    return end


def before_author_note(units: list[Unit], prose: list[Prose], start: int, end: int) -> int:
    """The body's end moved up to "About the Author" under the article: the writer's note follows (their name
    over it, in a dump), then no more of the article but links, buttons or other stories' cards and openings,
    which read like prose too. A book review's note on its author goes on with the review."""
    above = 0.0
    for index in range(start, end - 1):
        if above >= _MIN_PROSE_ABOVE and _ABOUT_THE_AUTHOR.match(units[index].text):
            note = next((i for i in range(index + 1, min(end, index + 3)) if prose[i].sentence), None)
            if note is not None and (note + 1 >= end or not prose[note + 1].sentence):
                return _best_end(prose, start, index)
        above += max(prose[index].score, 0.0)
    return end


def is_trailer(text: str) -> bool:
    """A line that credits the story's reporters and editors, or names its sources, under its last paragraph."""
    return _TRAILER.match(text) is not None or (len(text) <= _MAX_ITEM_CHARS and _SOURCES.match(text) is not None)


def announces(text: str, prose: Prose) -> bool:
    """A sentence that announces a list with a colon: "Events this month:"."""
    return (
        text.endswith(":") and prose.words >= _MIN_INTRO_WORDS
        and prose.stopword_density >= _MIN_INTRO_DENSITY and not is_chrome(text)
    )


def _is_link_like(text: str) -> bool:
    # Menus and lists of links are short Title Case names: "Mercury", "Solar System Facts".
    words = text.split()
    return len(words) <= _MAX_LINK_WORDS and all(word[0].isupper() or not word[0].isalpha() for word in words)


def _is_item(text: str) -> bool:
    return (
        len(text) <= _MAX_ITEM_CHARS and not is_chrome(text)
        and not is_link_list_heading(text) and not is_comments_heading(text)
    )


def through_lists(units: list[Unit], prose: list[Prose], end: int, listed: set[int]) -> int:
    """The body's end moved past lists of short lines that more of the article's paragraphs follow.

    A nested list of names and notes costs more than the paragraph after it brings, so the best
    run stops at the list; no menu, button, headline or link box stands in such a list, and most
    of its items go on in lower case ("home page", "not packaged yet", "1/2 cup milk"). A heading in
    title case may stand over it: a recipe's dish over its ingredients and steps. Items in capitals
    count when the paragraphs right under them are long together: a teaser's summary is one short one.
    """
    while True:
        first = end + 1 if _titles_a_list(units, end, listed) else end
        after = first
        while after < len(units) and after - end <= _MAX_LIST_GAP and _in_article_list(units, prose, after, listed):
            after += 1
        if after == first or after >= len(units) or after - end > _MAX_LIST_GAP:
            return end
        if prose[after].score <= _MIN_PARAGRAPH_SCORE:
            return end
        if 2 * sum(goes_on_lower(units[index].text) for index in range(first, after)) < after - first and (
                _prose_run(prose, after) < LONG_PARAGRAPH):
            return end  # menus, headlines and the names of other stories start in capitals, and their blurbs are short
        end = after + 1
        while end < len(units) and prose[end].score > 0:
            end += 1


def through_recipe(units: list[Unit], prose: list[Prose], end: int, listed: set[int]) -> tuple[int, range]:
    """The body's end moved past the recipe card under the article: its title, servings and times, the
    "Ingredients" heading over quantities a line each, and the "Directions" heading over the steps.

    Buttons ("Pin", "Print") and the card's title in title case stand between the text and the card, and
    the card's lines are short: the signals alone stop at the text above it. Returns the new end and the
    card's lines from its "Ingredients" on, the article's own however short.
    """
    ingredients = next((i for i in range(end, min(end + _MAX_LIST_GAP, len(units)))
                        if _INGREDIENTS.match(units[i].text.strip())), None)
    if ingredients is None or any(prose[i].score > _MIN_PARAGRAPH_SCORE for i in range(end, ingredients)):
        return end, range(0)
    steps = next((i for i in range(ingredients + 1, min(ingredients + 1 + _MAX_ITEMS, len(units)))
                  if _STEPS.match(units[i].text.strip())), None)
    if steps is None or any(i in listed for i in range(ingredients, steps)):
        return end, range(0)
    moved = steps + 1
    while moved < min(len(units), steps + 1 + _MAX_ITEMS) and _is_step(units, prose, moved, listed):
        moved += 1
    return (moved, range(ingredients, moved)) if moved > steps + 1 else (end, range(0))


def _is_step(units: list[Unit], prose: list[Prose], index: int, listed: set[int]) -> bool:
    # "Stir fry to mix well.": a step reads as a sentence, or as a list's short line; a box's heading ends the card.
    return prose[index].score > 0 or _in_article_list(units, prose, index, listed)


def through_posts(units: list[Unit], prose: list[Prose], end: int) -> int:
    """The body's end moved past the posts it embeds right under its last paragraph, and the paragraphs after them.

    Without scripts an embedded post is its text and a signature, "— Jane Doe (@janedoe) November 13, 2026":
    a link and a handle read like no prose, but the article quoted them.
    """
    moved = end
    while signed := next((moved + step for step in range(_MAX_POST_UNITS + 1) if moved + step < len(units)
                          and is_post_signature(units[moved + step].text)), None):
        if any(is_chrome(units[index].text) for index in range(moved, signed)):
            break
        moved = signed + 1
    if moved == end:
        return end
    while moved < len(units) and prose[moved].score > 0:
        moved += 1  # the article goes on under the posts
    return moved


def is_post_signature(text: str) -> bool:
    """The line an embedded post signs with: its author, the handle and the day."""
    return (signed := _POST_SIGNATURE.match(text)) is not None and date_line(signed["day"]) is not None


def through_numbered_sections(units: list[Unit], prose: list[Prose], start: int, end: int) -> tuple[int, set[int]]:
    """The body's end moved past the next sections of a listicle whose numbered headings it holds, and the headings.

    "1. Jane Doe", her paragraph, "2. Tom Roe", his ...: a short paragraph under a heading may read
    too little like prose for the run to go on, but the numbering does; another box's list starts at 1.
    """
    numbers = [(index, number) for index in range(start, end) if (number := _section_number(units[index].text))]
    run = _numbered_run(numbers)
    if len(run) < _MIN_SECTIONS:
        return end, set()
    headings = {index for index, _ in run}
    last, number = run[-1]
    index = end
    while index < min(len(units), last + _MAX_SECTION_UNITS + 1):
        if _section_number(units[index].text) == number + 1:
            last, number = index, number + 1
            headings.add(index)
        index += 1
    if last < end:
        return end, headings
    end = last + 2 if last + 1 < len(units) and not is_chrome(units[last + 1].text) else last + 1
    while end < len(units) and end - last <= _MAX_SECTION_UNITS and prose[end].score > 0:
        end += 1  # the last section's note, and its paragraphs
    return min(end, len(units)), headings


def _numbered_run(numbers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # The run of headings numbered one after another that ends the body's numbered headings.
    # Sections hold their paragraphs between the headings; a breadcrumb's "1. News", "2. Europe" stand together.
    run: list[tuple[int, int]] = []
    for index, number in numbers:
        follows = run and number == run[-1][1] + 1 and index - run[-1][0] > 1
        run = [*run, (index, number)] if follows else [(index, number)]
    return run


def _section_number(text: str) -> int | None:
    # "3. Jane Doe", "8.Tom Roe": a numbered heading, not a numbered paragraph.
    match = _SECTION.match(text)
    return int(match[1]) if match and len(text.split()) <= _MAX_SECTION_HEADING_WORDS else None


def _prose_run(prose: list[Prose], index: int) -> float:
    # The score of the paragraphs from here to the next unit that is none.
    total = 0.0
    while index < len(prose) and prose[index].score > 0:
        total += prose[index].score
        index += 1
    return total


def _titles_a_list(units: list[Unit], index: int, listed: set[int]) -> bool:
    # A heading in title case over the list: "Roast Squash and Fennel Soup" over its ingredients.
    text = units[index].text if index < len(units) else ""
    return (title_cased(text) and len(text.split()) <= _MAX_SECTION_HEADING_WORDS and index not in listed
            and not is_chrome(text) and not is_link_list_heading(text))


def goes_on_lower(text: str) -> bool:
    """The line's first word, after a list mark or a quantity, is in lower case: "1/2 cup milk", "▢ pinch of salt".

    A card's time or count ("2 hours ago", "4 min read", "12 comments") starts so too, but under another
    story's headline.
    """
    start = _ITEM_START.match(text)
    return start is not None and start[1].islower() and not _is_time(text) and not _COUNT.match(text)


def _in_article_list(units: list[Unit], prose: list[Prose], index: int, listed: set[int]) -> bool:
    text = units[index].text
    return (
        prose[index].score <= _MIN_PARAGRAPH_SCORE and index not in listed and not is_chrome(text)
        and not title_cased(text) and not is_link_list_heading(text) and not is_comments_heading(text)
        and not is_credit_only(text)
    )


def headline_run_at(units: list[Unit], prose: list[Prose], start: int, known: set[int], heads_end: set[int]) -> range:
    """The run of other stories' headlines a line each (a ticker, a carousel) that the body's span starts
    with, or an empty range: long lines that end no sentence, many in a row, a picture's text at most
    between two. `known` lines are something else already (a list a paragraph announces, a transcript);
    the run ends at a line of `heads_end` (a byline, a date: the article's head, its headline the last line above)."""
    heads: list[int] = []
    index = start
    between: list[int] = []  # the lines since the last headline
    while index < len(units) and index not in heads_end and (
            len(between) <= _TICKER_GAP or len(between) <= _LONG_TICKER_GAP and all(
                _reads_otherwise(units[i].text, prose[i]) for i in between)):
        below = units[index + 1].text if index + 1 < len(units) else ""
        # A line over a credit is a picture's caption: a slideshow's, not a ticker's.
        if index not in known and _is_headline_line(units[index].text, prose[index]) and not is_credit_only(below):
            heads.append(index)
            between = []
        else:
            between.append(index)
        index += 1
    if len(heads) < _MIN_TICKER_LINES or len(heads) < _TICKER_SHARE * (heads[-1] + 1 - start):
        return range(0)
    return range(start, heads[-1] + 1)


def _reads_otherwise(text: str, item: Prose) -> bool:
    # A ticker's headline that fails the headline test: long, capitalised, no sentence and no date.
    return item.words >= _TICKER_WORDS[0] and not item.sentence and text[:1].isupper() and find_date(text) is None


def _is_headline_line(text: str, item: Prose) -> bool:
    # "Harbour master quits after storm floods the quay - and says the council ignored him": no full stop,
    # nor a function word at the end (a transcript's or a dump's line wrapped inside a sentence).
    words = text.split()
    return (not item.sentence and _TICKER_WORDS[0] <= item.words <= _TICKER_WORDS[1] and not text[:1].islower()
            and words[-1].casefold() not in _FUNCTION_WORDS)


def before_other_stories(units: list[Unit], prose: list[Prose], start: int, end: int,
                         signed: set[int], dated: set[int]) -> int:
    """The body's end moved up to a heading of other stories ("Related content", "You may like") under the
    article, when what the heading opens is other stories: another story's head (a headline, a byline and a
    date, nothing but short lines between), or cards only (headlines, each short summary right under one).

    A box of related links inside the article has neither: the article's paragraphs go on under it.
    """
    above = 0.0
    for index in range(start, end):
        # Cards dated one after another show other stories under a short article too.
        if _heads_other_stories(units[index].text) and (
                above >= _MIN_PROSE_ABOVE and (_other_head_under(units, prose, index, end, signed, dated)
                                               or _cards_only_under(units, prose, index, end)
                                               or _titles_then_other_heading(units, prose, index, end)
                                               or _tabs_of_other_stories(units, prose, index, end))
                or above >= LONG_PARAGRAPH and _dated_cards_under(units, prose, index, end, dated)) or (
                _MORE_STORIES.match(units[index].text.strip()) and above >= LONG_PARAGRAPH
                and _listed_cards_under(units, prose, index, end, dated)):
            return _best_end(prose, start, index)
        above += max(prose[index].score, 0.0)
    return end


def before_numbered_cards(units: list[Unit], prose: list[Prose], start: int, end: int) -> int:
    """The body's end moved up to a short heading over other stories a dump numbers to the body's end ("1. Headline.
    Summary", its tags, "2. ..."): a copy prints their headlines alone, a dump the list's numbers and summaries that
    read as prose. Ask it of dumps only: the numbers a copy holds are the article's own. The article's own numbered
    points follow a line announcing them ("Here is what we know:") or stand one after another, nothing between them
    but a picture."""
    first = next((i for i in range(end - 1, start, -1) if _FIRST_ITEM.match(units[i].text)), None)
    if first is None or sum(max(item.score, 0.0) for item in prose[start:first]) < _MIN_PROSE_ABOVE:
        return end
    heading = first - 1
    if not (0 < prose[heading].words <= _MAX_CARDS_HEADING_WORDS and not prose[heading].sentence
            and units[heading].text[:1].isupper() and not units[heading].text.endswith(":")):
        return end
    items, last = [first], 1
    for index in range(first + 1, end):
        number = _NUMBERED.match(units[index].text)
        if number is not None and last < int(number[1]) <= last + 2:  # a dump may run an item into the line above
            items.append(index)
            last = int(number[1])
        elif number is not None or prose[index].words > _MAX_SUMMARY_WORDS or index - items[-1] > _MAX_CARD_SMALLS:
            return end  # another list, a paragraph, or more than a card's summary and tags: the article goes on
        elif credit_at_end(units[index].text) is not None:
            return end  # a picture's caption between the items: the article's own steps or points, illustrated
    # A card's headline, with its summary where the dump runs them together, is a sentence's length; an article's
    # point is longer, and a ranking's entry a name ("1. Jane Doe") over what the article says of it.
    cards = all(after - before > 1 for before, after in zip(items, items[1:])) and all(
        _NUMBERED_CARD_WORDS[0] <= prose[item].words <= _NUMBERED_CARD_WORDS[1] for item in items)
    return _best_end(prose, start, heading) if _MIN_CARDS - 1 <= len(items) < _MIN_NUMBERED and cards else end


def _titles_then_other_heading(units: list[Unit], prose: list[Prose], heading: int, end: int) -> bool:
    # "Next Up In News", headlines a line each, then "Most Read" and its cards: boxes of other stories one under
    # another (a box inside the article has its paragraphs under it).
    below = heading + 1
    while below < end and not prose[below].sentence and not _heads_other_stories(units[below].text) and (
            _is_headline_line(units[below].text, prose[below])):
        below += 1
    return below - heading - 1 >= _MIN_LISTED_TITLES and below < end and _heads_other_stories(units[below].text)


def _tabs_of_other_stories(units: list[Unit], prose: list[Prose], heading: int, end: int) -> bool:
    # "Most Read" / "Most Recent": a box's tabs, one heading of other stories over another, and under them cards only
    # (headlines, summaries as long as a paragraph, a card's section run into its headline), never two paragraphs in
    # a row as the article's go on. One heading printed twice ("UP NEXT" / "UP NEXT") is a video player's button.
    if heading + 1 >= end or units[heading + 1].text.casefold() == units[heading].text.casefold():
        return False
    tab = units[heading + 1].text
    if not (_heads_other_stories(tab) or _MOST_RECENT.match(tab.strip())):
        return False
    titles = sum(1 for i in range(heading + 2, end) if _is_headline_line(units[i].text, prose[i]))
    return titles >= _MIN_TAB_CARDS and not any(
        _paragraphs_in_a_row(prose, i)
        and not _CARD_RUN_TOGETHER.match(units[i].text) and not _CARD_RUN_TOGETHER.match(units[i + 1].text)
        for i in range(heading + 2, end - 1))


def _paragraphs_in_a_row(prose: list[Prose], index: int) -> bool:
    # Two paragraphs, one under the other: the article's go on so, a card's summary stands alone.
    return (prose[index].sentence and prose[index + 1].sentence and prose[index].score > 0
            and prose[index + 1].score > 0)


def _heads_other_stories(text: str) -> bool:
    return is_link_list_heading(text) or (len(text) <= _MAX_DATE_CHARS and _PICKS.match(text.strip()) is not None)


def _other_head_under(units: list[Unit], prose: list[Prose], heading: int, end: int, signed: set[int],
                      dated: set[int]) -> bool:
    # "You may like", "Tech", a headline, "Published", "4 months ago", "By", "Jane Doe": a story's head, no paragraph;
    # the date may end the byline's line ("By Jane Doe | KUT • Jul 27, 2026").
    head = range(heading + 1, min(end, heading + 1 + _OTHER_HEAD_REACH))
    byline = next((i for i in head if i in signed), None)
    date = next((i for i in head if i in dated or i == byline and find_date(units[i].text)), None)
    if byline is None or date is None:
        return False
    last = max(byline, date)
    between = range(heading + 1, last)
    return not any(prose[i].score > 0 and prose[i].sentence for i in between) and any(
        not prose[i].sentence and _CARD_TITLE_WORDS[0] <= prose[i].words <= _CARD_TITLE_WORDS[1] for i in between)


def _dated_cards_under(units: list[Unit], prose: list[Prose], heading: int, end: int, dated: set[int]) -> bool:
    # "Trending Posts", then a card a story: its headline, its shares, its date, its summary; dates again and
    # again, and never two paragraphs in a row among or just under them (the article's follow one another), but
    # for a summary of two closed by its button ("Read the Full Article").
    cards = _dates_under(heading, end, dated)
    if len(cards) < _MIN_DATED_CARDS:
        return False
    # Paragraphs going on under the last card: a box of links inside the article.
    return not any(_paragraphs_in_a_row(prose, i)
                   and not (i - 1 in dated and i + 2 < len(units) and _FULL_STORY_BUTTON.match(units[i + 2].text))
                   for i in range(heading + 1, min(end - 1, cards[-1] + _DATED_CARDS_AFTER)))


def _dates_under(heading: int, end: int, dated: set[int]) -> list[int]:
    # The cards' dates a few cards under a box's heading.
    return [i for i in range(heading + 1, min(end, heading + 1 + _DATED_CARDS_REACH)) if i in dated]


def _listed_cards_under(units: list[Unit], prose: list[Prose], heading: int, end: int, dated: set[int]) -> bool:
    # Dated cards a list's item each in a dump, the picture's text its sentence: "* A crowd at the quay ..." /
    # "Harbour adds a crane" / "November 13, 2026, 7:31 p.m.".
    cards = _dates_under(heading, end, dated)
    if len(cards) < _MIN_DATED_CARDS:
        return False
    texts = [i for i in range(heading + 1, cards[-1]) if prose[i].sentence and prose[i].score > 0]
    return bool(texts) and all(units[i].bullet for i in texts)


def _cards_only_under(units: list[Unit], prose: list[Prose], heading: int, end: int) -> bool:
    # Each sentence right under a line that is none (its headline), and all short: cards' summaries (some
    # cut off without a full stop), no paragraph; the article's paragraphs follow one another. A card may
    # print its headline twice, its section between: a headline that reads as a sentence, printed again.
    summaries = 0
    for index in range(heading + 1, end):
        item = prose[index]
        if item.score <= 0:
            continue
        if item.score >= LONG_PARAGRAPH or item.words > _MAX_SUMMARY_WORDS:
            return False
        if _card_title(units, prose, index, heading, end):
            continue  # a card's headline that reads as a sentence
        if prose[index - 1].sentence and not _card_title(units, prose, index - 1, heading, end):
            if item.sentence:
                return False
            continue  # a headline that reads as prose, under the summary above it
        summaries += 1
    return summaries >= _MIN_HEADED_SUMMARIES


def _card_title(units: list[Unit], prose: list[Prose], index: int, heading: int, end: int) -> bool:
    # "Can crops grow in the dark?", "Environment", "Can crops grow in the dark?": a card's headline, printed twice
    # with its section between (a pull quote printed twice has a sentence of the report between).
    for other in range(max(heading + 1, index - _CARD_TITLE_AGAIN), min(end, index + _CARD_TITLE_AGAIN + 1)):
        if other != index and units[other].text == units[index].text:
            between = range(min(other, index) + 1, max(other, index))
            return bool(between) and all(not prose[i].sentence and prose[i].words <= _MAX_TAG_WORDS for i in between)
    return False


def _best_end(prose: list[Prose], start: int, cut: int) -> int:
    # The end of the best run from the body's start to the cut: chrome and prompts over the box go with it.
    best, best_end, total = 0.0, cut, 0.0
    for index in range(start, cut):
        total += prose[index].score
        if total >= best:
            best, best_end = total, index + 1
    return best_end
