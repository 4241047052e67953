"""Scraped plain text: the body first, then headline, byline, date and captions around it.

1. The page becomes units (`scraped_lines`): browser lines or dumped paragraphs.
2. The body is the main run of prose units (`prose`, jusText's signals).
3. Before it, the headline is the best-scoring title-like unit (`headline`).
4. Bylines and date lines are looked for near the headline, then at the end.
5. Inside the body, captions (a credit at the end, a credit line under a short
   line, a line printed twice) go apart, once each; chrome lines are dropped.
"""

from __future__ import annotations

import functools
import html
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from reader.ingest.body_extent import (
    announced_lists, announces, before_author_note, before_footer, before_numbered_cards, before_other_stories,
    buttoned_cards, contents_lists, cut_off_titles, goes_on_lower, headline_run_at, is_trailer, numbered_lists,
    ranked_lists, teaser_cards, through_lists, through_numbered_sections, through_posts, through_recipe, with_trailer,
)
from reader.ingest.byline import (
    NEWSPAPER_WORDS, agency_and_place, bare_name, byline_name, contact_name, first_name_over_role, handle_of,
    headshot_name, is_role_line, listed_on_lines, name_after_date, name_among_dated_parts, name_with_address,
    names_a_degree, ends_in_outlets_word, names_on_lines, outlet_name, dated_agency, ends_in_glued_outlet,
    is_own_reporter, sourced_agency, wire_agency, whole_name, wire_reporters, without_addresses, without_leading_marks,
)
from reader.ingest.chrome import (
    CHROME_WORDS, is_account_panel, is_chrome, is_chrome_or_buttons, is_comments_heading, is_doubled_teaser,
    is_link_list_heading, is_share_bar, is_share_word, is_sign_up_box, is_support_appeal, is_support_heading,
    is_teaser_button, is_tool_button, is_topics_label, link_label, opens_new_window,
)
from reader.ingest.credits import (
    caption_without_button, credit_at_end, describes_a_picture, is_credit_only, is_labelled_credit, names_a_picture,
    titles_an_aside,
)
from reader.ingest.dates import (
    AGO, ELAPSED, SECTION_BEFORE, date_after_credit, date_after_note, date_after_sentence, date_before_first_run,
    date_before_writer, date_line, date_over_lines, date_span, figure_order, find_date, is_published_label,
    is_update_note, is_weekday_alone, labelled_date, loose_date_line, posted_on, short_year_only,
    starts_with_date_note, undecided_figures,
)
from reader.ingest.headline import (
    BY_FIRST, SHORT_TITLE_ABOVE, comment_count, content_words, ends_with_full_stop, headline_as_printed,
    is_caption_label, looks_like_title, may_title_a_text, pick_headline, summary_line, under_caption_label,
    under_next_label,
)
from reader.ingest.origin import Origin
from reader.ingest.parsed import ParsedArticle
from reader.ingest.prose import (
    LONG_PARAGRAPH, TITLE_LIKE, Prose, body_span, ends_sentence, is_attribution, measure, prose_runs, stoplist,
    title_cased, words_of,
)
from reader.ingest.scraped_lines import (
    Unit, runs, scraped_units, stands_in_for_picture, with_first_lines_apart, wrap_width,
)
from reader.ingest.site_name import site_name
from reader.ingest.threads import comment_threads

_HEAD_UNITS = 60  # how far above the body a headline may sit
_MAX_CARD_UNITS = 10  # a playlist's card: a picture's text, the label, a title, its length, "Now playing", a source
_MAX_LABEL_WORDS = 4
_PLAYLIST_CARDS = 4
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")  # a label's words: letters only
_TAIL_UNITS = 30  # how far below it a cut-off byline may sit
_EARLY_UNITS = 10  # a byline may sit this far into the body, under notes and a standfirst
_MAX_CAPTION_CHARS = 350
_PHOTO_CREDIT = re.compile(r"\b(?:photo|getty|images?|pictures?)\b", re.I)
_MIN_TWICE_WORDS = 5  # a sentence printed twice, not a word ("array")
_MIN_BROKEN_WORDS = 17  # the first half of a paragraph a dump broke in two: longer than most headlines
_SMALL_LETTERS_ON = re.compile(r"([a-z][a-z'’-]*)[,;]?\s")  # a sentence going on in small letters: "abroad, navigating"
_NOT_GOING_ON = frozenset({"by", "via", "posted", "updated", "published", "photo", "source"})  # a head's notes
_MAX_CREDIT_WORDS = 8  # "Kevin Downs/for The Lakeside Daily News", "REUTERS", "(screen grab)"
_LOGO_PRINTS = 2  # the site's name printed this often over the body: its logo, not a headline
_CAPTION_AGAIN_BELOW = 3  # lines under a caption printed with its credit, where it is printed again alone
_MIN_CAPTION_AGAIN_CHARS = 30  # a sentence, not a short line a longer one happens to start with
_OPENING_CHARS = 30  # lines printed twice are sought among those that open alike
_CAPTION_REACH = 3  # a caption's copies, with a player's time or a counter between them
_SUMMARY_REACH = 12  # a summary over the text, with a share bar and a picture between them
_MIN_GLUED_PARAGRAPH_WORDS = 20  # a caption's first sentence is shorter
_MIN_SLIDES = 3  # fewer paragraphs over a credit are captions of pictures between paragraphs
_MIN_SLIDE_SCORE = 5.0  # a paragraph, not a label
_MIN_GALLERY_PICTURES = 3  # captions over their credits in a run: a gallery's pictures
_GALLERY_REACH = 4  # from one credit to the next: the caption, the gallery's name and the picture's date between
_MAX_AGENCY_WORDS = 3  # "PA", "Reuters", "Getty Images": an agency's name alone under a gallery's caption
# A name of one to three capitalised words alone on its line: "PA", "Reuters", "Getty Images".
_AGENCY_NAME = re.compile(r"^[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2}$")
_LIST_ITEM_CHARS = 120
_STRAIGHT_QUOTES = str.maketrans("‘’‚‛“”„‟", "''''\"\"\"\"")
_INVISIBLE = "\u00ad\u200b\u2060\u2061\u2062\u2063\u2064\ufeff"  # a copy may keep one after a full stop
_MAX_BOX_INTRO_WORDS = 25
_FAR_HEAD_UNITS = 400  # how far over the body a headline printed twice may stand, a gallery between
_FAR_HEAD_TOLD_UNITS = 8  # the body's first units, whose words a headline far above shares ...
_TOLD_WORDS = 2  # ... at least this many of them
_MIN_TEASER_PAIRS = 2  # other stories' headlines and summaries under a box's heading
_MAX_TEASER_WORDS = 60  # a summary is a paragraph or two of sentences
_MIN_TEASER_TITLE_WORDS = 4
_TEASER_SHARED_WORDS = 2  # words of its headline a summary tells again: "Amazon ... digital rules"
_TEASER_ARTICLE_REACH = 6  # the article's paragraphs right under other stories' box ...
_ARTICLE_UNDER_TEASERS = 3  # ... at least this many
# "Other news" alone: a wire's box of other stories inside the article, or a round-up's last section.
_OTHER_NEWS = re.compile(r"^(?:in )?other news:?$", re.I)
_SPEAKER_LINE = re.compile(r"^[^,]{3,60}, [^,]{3,80}\.$")  # "Jane Doe, TV writer and producer.": who spoke, what they do
_MIN_INDENTED_PARAGRAPHS = 3
# Longer than a link's title: a card's summary may be cut off as long, but no line goes on from it after a dash.
_MIN_SPLIT_PARAGRAPH_WORDS = 30
_GOES_ON = re.compile(r"^[—–]\s*[a-z]")  # "— either the rook ...": the rest of a paragraph split before its dash
_SMALL_BOX = 5
_CLEAN_HEAD_UNITS = 8
_MAX_BYLINE_CHARS = 200
_MAX_BIO_CHARS = 400
_MAX_TAIL_BIO_CHARS = 800
_AUTHOR_BOX_SHARE = 0.5  # most of the body's prose is above the author's box
_BIO_TAIL = 3  # an author's note is among the last paragraphs
_SLIDES = 3  # a line printed this often above the article is a slider's or a menu's
_LABEL_REACH = 8  # a role printed _SLIDES times this near a name labels a list's items
_LABEL_PRINTS = 3  # a short line printed this often in the body is a label at each slot, no subheading
# The place a story was filed from in capitals, then the outlet: "WARSAW — The Courier", under the writer's name.
_PLACE_AND_OUTLET = re.compile(r"^[A-Z]{2}[A-Z .'-]{0,30} [—–-] [A-Z][\w.'’-]*(?: [\w.'’-]+){0,4}$")
_MAX_BUTTONS_BETWEEN = 8  # share buttons a dump prints a line each between a byline and its date
# The words of an organisation's name, which a picture's subject may have and a writer's name has not.
_BODIES = frozenset("club council society association trust group company university school college party union "
                    "committee authority board agency police fc".split())
_NAME_OVER_HEAD = 12  # a name, its picture's text, the share buttons, a kicker and the date over the headline
_KICKER_WORDS = 4  # "Grid Watch" between the share buttons and the date
_NAME_ABOVE = 4  # how far over the headline a name beside its date is sought (_bare_byline)
_FIRST_PARAGRAPH_REACH = 20  # a standfirst, a caption and share buttons over a name, its date and the first paragraph
_ICON_CHARS = 12  # "Edit1,204g", "37", "K": an icon's count or letter a dump prints a line each
_STANDFIRST_UNITS = 3  # a standfirst, a line or two, between the headline and an agency's name over the date
_MAX_RUN_NAMES = 4  # writers a line each over the date; more are a list of columnists
_HEADLINE_AGAIN_UNITS = 20  # a share box's copy of the headline and summary, its buttons and messages
_SIGNED_UNDER = 3  # the byline under the headline printed again, a picture's text between
# A character reference written out, with its semicolon: "&apos;", "&#39;", "&#x2014;".
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});")
_TIMECODE = re.compile(r"^\(?\d{1,2}:\d\d(?::\d\d)?\)?\s+\S")  # "00:08 a number of ...", "(1:02:15) And"
_MIN_TRANSCRIPT_LINES = 3
_TRANSCRIPT_REACH = 2  # from one timed line to the next: a line the player prints without its time between
_COMMENT_CUE_UNITS = 8  # a comment count and the section's "Post comment" prompt stand this close
_COMMENT_GAP = 6  # readers' dated names stand this close, a comment or two between them
_IN_THREAD = -1.0  # a comment thread's lines hold the body back like chrome
_SIGNED_DATE_UNITS = 6  # a post's date under its last paragraph, past links to the posts before and after
_BREADCRUMB_WORDS = 8  # a breadcrumb's words beside the date right by the headline
_UNTITLED_DATE_UNITS = 15  # no headline found: how far into the body a date line may sit, past a banner and a menu
_NAMED_AGAIN_UNITS = 20  # how far into the body a line naming the writer again may carry the date (an author box)
_LABELLED_DATE_UNITS = 8  # how far into the body a date under its own "Published" label may sit, past a standfirst
_POST_TITLE_UNITS = 8  # how far into the body a blog's date header may sit over its post's title
_BLOG_SIGNATURE = re.compile(r"^posted by\s+\S.{0,60}?\s+at\s+\d{1,2}[:.]\d\d\b", re.I)  # "Posted by Jane Doe at 9:41 AM"
_DATE_UNDER_BYLINE = 6  # a role, the headline again and a kicker may stand between a byline and its date
_MAX_ICON_LINES = 12  # share icons a dump prints a word a line between a byline and its date
_BIO_VERB = r"(?:is|was|has|covers|writes)\b"
_EDITED_BY = re.compile(r"(?:\b|(?<=[a-z]))Edited (?=by\s+[A-Z])")  # "Edited by Jane Doe", glued on or not
# "I'm Jane Doe.", "Hi, I am Jane Doe,", "My name is Jane Doe!": the writer introduces themselves.
_SELF_INTRODUCTION = re.compile(r"^(?:(?:Hi|Hello|Hey)(?: there)?[,!]?\s+)?(?:I[’']m|I am|My name is)\s+"
                                r"(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2})[.,!]")
_COMMENT_DATE_REACH = 3  # a comment's dated name stands this close over its first line
# A gallery's credits under their label: "(Image credits: Jane Doe; Tom Roe)", "Photo credits:".
_PICTURE_CREDITS = re.compile(r"\b(?:photo|image|picture)s?\s+credits?\s*:", re.I)
# ... by the first name alone, saying what they are: "Jane is a contributing editor", not "Harbour is open".
_FIRST_NAME_BIO = r"(?:(?:is|was)\s+(?:a|an|the)|has|covers|writes)\b"
# What a note on the writer may open with before their name: "As the Courier's energy editor, ".
_NOTE_OPENING = r"(?:As\s[^,]{3,60},\s+)?"
# "Jane Doe is a ...": a stranger's introduction, said of an author (not "Jane Doe has lived here ...").
_BIO_OPENING = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)? (?P<surname>[A-Z][\w'’-]+) is (?:a|an|the)\b")
_BUTTON_WORDS_MAX = 2  # a share button or a counter: "Flipboard", "Print", "12"
_BYLINE_BUTTONS = 3  # a reading time, a share bar and a comments button between a byline or its date and the text
_MAX_BLURB_WORDS = 30  # a menu's blurb under a section's name; an article's first paragraph is longer
_MAX_BLURB_OVER_HEAD = 50  # a card's headline and summary run together, a series' blurb, over a signed head
_BLURB_REACH = 12  # blurbs a line each, menu items between, over the headline and its byline
_TITLE_OVER_BYLINE = 3  # a headline over its byline, a picture's credit and caption between
_MIN_CARDS_TWICE = 3
_MIN_HEAD_WORDS = 5  # a headline, not a menu's item
_HEADLINE_REACH = _HEAD_UNITS  # no headline anywhere above: a standfirst or a caption may be far under one
_MAX_SENTENCE_HEADLINE_WORDS = 20  # a headline written as a sentence or two; a lede over its byline is longer
_HEAD_CAPTIONS = 3  # a caption, printed twice by a dump, and the writer's picture between a headline and its byline
_SECTION_BAR = re.compile(r"[A-Z][\w&',-]*(?: [\w&',-]+){0,4} \|")  # a kicker: "Crime and Public Safety |"
_LISTED = re.compile(r"\w (?:and|&) \w|, \w")  # writers listed on one line: "Jane Doe and Tom Roe"
_MAX_CRUMBS = 5  # a breadcrumb's items over the headline
_SHARE_BAR_TO_BYLINE = 5  # the share bar, a standfirst, a picture's credit, then the byline
_DATE_OVER_BLURB = 4  # "Updated 13 Nov 2026 09:41", "Key events", then the first entry
_SIGNATURE_DASH = re.compile(r"^[—–-]\s")
_MAX_CHROME_WORDS = 5  # a line this short without a full stop, inside the body, is chrome
_STATEMENT_WORDS = 8
_MAX_TAIL_HEADLINE_WORDS = 25
_MIN_ITEMS = 3  # lines of a list in a row
_MIN_POINTS, _MAX_POINTS = 2, 6  # a summary's points, a line each, over the article
_MAX_POINT_WORDS = 16  # a point is a line; a standfirst or a caption is longer
_MAX_TOPIC_LINKS = 25  # topics a line under their label
_MAX_SHORT_RUN = 6  # ... unless it is one of up to this many between two paragraphs
_IMAGE_NAME = re.compile(r"^[^/]{1,80}\.(?:jpe?g|png|gif|webp)$", re.I)
_KEY_VALUE = re.compile(r'^"[^"]{1,60}": ')  # '"Output": 412,': a line of data
_ASSIGNMENTS = (" <- ", " := ", " => ", " == ")  # and a comparison
_MAX_CODE_CHARS = 200
_COMMENT_MARKS = ("// ", "/*", "*/")  # a comment in C-like code: "// the farms' grid", "/**"
_OPENERS = ("{", "}", "(", "[")  # a block or a call going on on the next line: "return [", "array("
_CLOSERS = ("{", "}", ")", "]")  # ... and its end: "));", "],"
_PLACEHOLDER = re.compile(r"^\{\{\s*[\w.]+\s*\}\}$")
_CALL_THEN_COMMENT = re.compile(r"\)\s*(?:#|//)\s")  # 'plot(farms) # output by farm'
# A picture's name a dump prints without brackets: its file's slug, words run together by hyphens.
_IMAGE_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+){2,}$", re.I)
# A picture's file name a dump prints where it has no alt text: words joined by "_" ("Harbour_dawn",
# "HT204.Ferry_Pier_12"), a camera's or an agency's serial ("IMG_2291", "GTY 881234567"), a video's
# title in lower case ending in its serial ("harbour at dawn_00018842").
_UNDERSCORED = re.compile(r"^[A-Za-z0-9.-]*[A-Za-z0-9]_[A-Za-z0-9._-]+$")
_SERIAL_PART = re.compile(r"(?:^|[_.-])\d{2,}(?:$|[_.-])")
_AGENCY_SERIAL = re.compile(r"^[A-Z]{2,5}[ _]?\d{6,}$")
_SERIAL_AT_END = re.compile(r"^[a-z][a-z ]*[a-z]_\d{4,}$")
# "2/5", "3 of 12", "Image 3 of 15": a slideshow's counter.
_COUNTER = re.compile(r"^(?:(?:image|photo|picture|slide)s?\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}$", re.I)
# An elapsed time of the story's own: "2 hours ago", "5 min read", "Updated 2 hours" (not a list's "8 hours").
_AGO_NOTE = re.compile(r"\b(?:ago|read)\b|^\s*(?:published|updated|posted)\b", re.I)
# "1048", "2.3K", "42,512": a share or comment count alone over the body (not a year: "2026" heads a timeline).
_COUNT = re.compile(r"^(?!(?:19|20)\d\d$)(?:\d{1,3}(?:,\d{3})*(?:\.\d[kKmM])?[kKmM]?|\d{4,6})$")
_LIST_NUMBER = re.compile(r"^\d{1,3}[.)]$")  # "3." alone: a numbered list's mark, its item on a line of its own
_BUTTON_WORDS = frozenset("add to save share read more print email".split())
# "Published by", "Article by", "Author", "Author of the article:", "About the author", "Contact the reporter:" alone:
# the name is on the line below.
_BY_ALONE = re.compile(
    r"^(?:(?:(?:posted|published|written|article|story)\s+)?by|authors?(?:\s+of\s+the\s+article)?|"
    r"about\s+the\s+authors?|"
    r"contact\s+the\s+(?:author|reporter|writer)s?)\s*:?$", re.I)
# "7 hours", "4 min read" (the time it takes to read), "Published 3 hours ago".
# "7 hours ago", "Published 47 Mins Ago", the outlet's address after it ("... Ago Example.com").
_AGO = re.compile(rf"^(?:(?:published|updated|posted)\s*:?\s+)?(?:{AGO}|{ELAPSED}\b(?:\s+read)?)"
                  r"(?:\s+[\w-]+\.(?:com|org|net))?$", re.I)
# When a card or a story ran, no headline: "10 hours ago 2:36 AM", "Yesterday 3:20pm", "Today 09:41 Filed to: ...".
# ... its section before it: "World / 3 days ago".
_WHEN = re.compile(rf"^(?:{SECTION_BEFORE}?{AGO}|yesterday|today)\b\s*(?:\d{{1,2}}:\d\d\s*(?:[ap]\.?m\.?)?)?"
                   r"(?:$|\s*Filed to\b)", re.I)
# A video's title, its running time glued on: "Cyclone crosses the coast1:54", "Storm closes the coast road12:05".
_RUNNING_TIME = re.compile(r"(?<=[a-z])\d{1,2}:\d\d$")
# A video player's running time on a line of its own, between its title and what the video shows: "Duration 2:10".
_DURATION = re.compile(r"^Duration\s+\d{1,2}:\d\d(?::\d\d)?$")
# What a newsletter's blurb says to the reader or of itself: "Start your days with the latest local news, ...",
# "Get the latest headlines, breaking news and columns."
_NEWSLETTER_BLURB = re.compile(
    r"\b(?:you|your|newsletters?|in-?box|sign up|delivered|briefing|latest headlines|breaking news)\b", re.I)
# A title a site marks as another kind of piece, its link or its player between paragraphs: "... – video",
# "... – in pictures", "... – podcast".
_MEDIA_LINK = re.compile(r"\s[–—-]\s(?:video|in pictures|podcast|audio)$", re.I)
_MAX_MEDIA_TITLE_WORDS = 16  # a longer line that ends so is a sentence without its full stop
_SIGN_UP_REACH = 3  # a sign-up box's blurb over its consent or replies, its e-mail field and button between
_MAX_FIELD_WORDS = 3  # "Email Address", "Sign Up"
_PLAYER_TITLE_LINES = 2  # the player's label ("WATCH | ...:") and the video's title over its running time
_PLAYER_LABEL = re.compile(r"^(?:WATCH|LISTEN|VIDEO)\s*[|:]")
_RANK = re.compile(r"^(\d{1,2})\.\s+\S")  # "4. When Gut Bacteria Change Brain Function": a ranked list's item
_RANK_REACH = 6  # lines from one ranked title to the next: its writer, its date, a picture's text
_RANKED_CARD_LINES = 3  # a ranked title over its writer: a picture's text or a section's name between
_MAX_CARD_LABEL_WORDS = 3
_MAX_UNDECIDED_DATE = 40  # "Updated 11/08/2026 10:46 PM ET" and no more
_MAX_BAR_LINES = 12  # a section's label, comment and vote buttons a line each, between the name and the headline
_BAR_BUTTON_WORDS = 3
_HEAD_COUNT_REACH = 12  # the headline, a share bar's counts, the byline and the date over the first paragraph
_NO_COMMENTS = re.compile(r"(?:0|no) comments?", re.I)
_HEAD_BAR = 8  # a share bar's buttons, a line each, between the byline or its date and a comment count
_TWICE = re.compile(r"(?P<once>.+?)\.? (?P=once)")
_LISTED_DATE = re.compile(r"^\s*1\.\s+(?=\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}\b)")
# The time of day alone, as a page prints it under the writer of a story from today: "2:56 PM ET", "09:41 GMT".
_TIME_OF_DAY = re.compile(r"^\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*(?-i:[A-Z]{2,4})?$", re.I)
_BIO = re.compile(r"^(?:\S+\s+){1,3}(?:is|was|covers|writes)\s")  # "Jane Doe is a reporter ..."
# What a note on the writer says they are, among its first words: "Jane Doe is a senior writer for ...".
_WRITERS_TRADE = re.compile(
    r"\b(?:writer|reporter|editor|correspondent|journalist|columnist|contributor|author|commentator|critic)s?\b", re.I)
_NOTE_WORDS = 12  # what a note on the writer says they are stands among its first words
_SIGNATURE_PLACE_WORDS = 3  # "Jane Doe, Leeds", "Jane Doe, Salt Lake City"
_SIGNED_AGAIN_UNITS = 10  # another dashed name this near under a sign-off: each item of a collection signed
_DASHES = ("—", "–", "-")
_SIGNED_OFF_SHARE = 1.0  # the page's prose under a sign-off is less than the article's over it
_DESK = re.compile(r"\b(?:team|staff|desk)\b", re.I)  # "Jane Doe, Gear Team": a desk signs with the writer
# "Jane Doe is a Bloomberg Opinion columnist", "Jane Doe, a senior writer": a note on the writer, their trade in it.
_TOLD_OF = rf"(?:\s+(?:is|was)|,)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{_WRITERS_TRADE.pattern}(?!['’])"
_SUFFIX = re.compile(r"(?:Jr|Sr)\.?|I{2,3}|IV", re.I)  # "Jane Doe Jr.": part of the name
_MIN_TOLD_NAME_WORDS = 2  # "Jane Doe", told of elsewhere on the page without the outlet the byline adds
_MIN_TOLD_WORDS = 10  # a paragraph over a picture's credit that goes on telling the story, not a label
_MAX_LINKING_WORDS = 6  # "In a departure from their flagships," before the sentence's subject
# Words a linking phrase opens with ("In contrast,", "First off,", "But,"); a caption opens on what it shows.
_LINKING_WORDS = frozenset(
    "in at on by for with without after before during since until unlike like despite although though while when "
    "whereas as but and yet so still also then now first second finally overall however meanwhile instead moreover "
    "besides indeed last next later earlier much once because if unless even just only thus therefore "
    "nevertheless nonetheless otherwise similarly likewise again already".split())
# "In this photo,", "At left,", "From top left,": a caption's own opening names the picture or a place in it.
_SHOWN = re.compile(r"\b(?:photo|photograph|image|picture|file|left|right|centre|center|top|bottom|pictured)\b", re.I)
_CAPTION_WORDS = 8  # a caption is a sentence; a byline's link ("By Jane Doe") is shorter
_ADDRESS_FIRST = re.compile(r"^(?P<local>[\w.+-]{2,40})@[\w-]+\.\w")  # a line that starts with an e-mail address
_COPY_UNITS = 24  # how far above the headline a bar at the top may print it again, a blog's action menu between
_TOLD_UNITS = 300  # how far into the body a name beside the date is looked for
_NOTE_PRONOUNS = ("He ", "She ", "They ")  # how a note on the writer may start
_DATE_OVER_HEADLINE = 2  # "NEWS", the date, the headline: a kicker may stand between
_TOLD_TIMES = 2  # a name the story says this often is what it tells of, not who wrote it
_SUPPORT_BOX_UNITS = 5  # the paragraphs of an outlet's plea for support between its heading and closing line
_NOTE_UNITS = 6  # a note on the writer stands among the body's last units, or under it
_SIGN_OFF_BELOW = 2  # a wire's sign-off is the body's last line, or right under it
_MAX_CAROUSEL_GAP = 12  # units of chrome (share bars, a video) between a carousel and the article on each side
_CAROUSEL_SHARE = 0.3  # the prose on the carousel's far side, against the body's
# A writer's picture printed by its text alone on its line: "thumbnail", "author photo".
_PICTURE_TEXT = re.compile(r"(?:thumbnail|avatar|head ?shot|(?:author |profile )?(?:photo|picture|image))$", re.I)
_AGO_UNDER = 2  # an agency's name, then how long ago, at most a line under the headline
_STANDFIRST_WORDS = 10  # a standfirst between the headline and the byline, longer than a kicker or a button
_MIN_ALT_WORDS = 8  # a picture's description over its caption; a subheading is shorter
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[A-Z]")  # one sentence ends and the next starts
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s")  # "4. Find a way ...": a numbered subheading, no picture's text
_MAX_PICTURE_WORDS = 20  # a picture's text a dump prints, or a short line of a list beside it
_MIN_CARD_BYLINES = 3  # bylines in a run under the article: other stories' cards
_MAX_GLUED_CAPTION_CHARS = 300  # a caption longer than this is glued to nothing
_MIN_GLUED_CAPTION_WORDS = 6  # a caption's copy long enough not to be a paragraph's own first words
_CODE_SIGNS = frozenset("{}();=<>[]&|+")
_MIN_SCRIPT_CHARS = 200  # shorter lines of code stay a tutorial's
_SCRIPT_SIGN_SHARE = 0.1  # prose, even with brackets and figures, has far fewer of code's signs
_SCRIPT_SCORE = -2.0  # as chrome: it ends a run of prose
_MIN_BODY_UNITS = 2  # the article's lines at least over a share box that names it, or over a sign-off
_SIGNED_REACH = 8  # a byline or a date this near over a run of prose signs it
_BEFORE_A_DATE = frozenset("on in at by for from since until till before after of to and or the than between "
                           "monday tuesday wednesday thursday friday saturday sunday".split())
_DATE_TO_ARTICLE = 4  # a headline's date, a picture's name a dump breaks over lines, then the article
_MIN_MENU_UNDER_BLURB = 20  # a menu's items a line each under its featured story's blurb, over the article
# "<headline> : <section> <summary>" over the head: the page's summary, then the section, the headline, buttons.
_MIN_HEAD_LINES, _MAX_HEAD_LINES = 2, 12
_SIGNS_APART = 2  # the byline and the date, a line or two apart
_SHARED_WITH_SUMMARY = 2  # words the headline shares with the summary over it
_MENU_SHARE = 0.8  # ... nearly every line between the blurb and the byline
_PREVIEW_CHARS = 80  # a paragraph's opening, the same in its preview
_SIGNED_RUN_SHARE = 0.5  # a signed run this good against the best unsigned one is the article
_CARD_DATES = 3  # titles each over its date, a line apart: a list of other stories
_MAX_LISTED_TITLES = 6  # titles under a "More from ..." heading, each a line of its own
_MIN_LISTED_TITLE_WORDS = 4
_MIN_CARD_NAMES = 3  # titles and writers' names taking turns: a list of other stories, a card each
_MIN_CARD_TITLE_WORDS = 4  # a card's title; "Work for Us" between names is a menu's item
_MIN_POLL_ANSWERS = 3  # a poll's question over its answers, a short line each
_MAX_POLL_ANSWER_WORDS = 8
_YES_OR_NO = re.compile(r"^\W*(?:yes|no)\b", re.I)  # "No, neither will be on the ballot": a poll's answers say
_MIN_YES_OR_NO = 2
_CARD_CREDIT_PRINTS = 3  # a byline printed this often is the site's credit on every card
_MAX_CARD_WORDS = 35  # a card's summary or picture text; a paragraph of the article runs longer
_PLAIN_WORDS = re.compile(r"^[\w'’&,-]+(?: [\w'’&,-]+)*$")  # words only: code holds brackets and signs
_ON = re.compile(r"^on\b", re.I)  # "on December 29, 2014 at 3:02 PM, updated ..."
_WORD = re.compile(r"[^\W\d_]+")
_CLOCK_OR_NOTHING = re.compile(r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*", re.I)


@dataclass(slots=True)
class _Page:
    units: list[Unit]
    prose: list[Prose]
    start: int
    end: int
    listed: set[int] = field(default_factory=set)  # in a link list: other stories
    announced: set[int] = field(default_factory=set)  # a list a paragraph announces, and that paragraph
    bylines: dict[int, str] = field(default_factory=dict)
    dates: dict[int, str] = field(default_factory=dict)
    last_paragraph: int = -1  # the body's last statement: headlines under it are other stories'
    printed: Counter[str] = field(default_factory=Counter)  # how often each line stands in the body
    day_first: bool | None = None  # how the page orders dates in figures, where it shows it
    playlist: range = range(0)  # cards with the same labels right over the body, head and body apart
    # Each line's byline name, else its date read without the page's order of figures, as _score_lines read them.
    read: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)
    items: set[int] | None = None  # lines of the body's lists going on in lower case, found when first asked
    ticker: range = range(0)  # other stories' headlines a line each, right over the body
    lower_words: set[str] | None = None  # the words the body writes in small letters, found when first asked
    dump: bool = False  # printed by a text browser, which prints pictures' alt text a browser's copy never shows
    contents: set[int] = field(default_factory=set)  # a table of contents: the article's own sections, no title
    site: str | None = None  # the publication's name, from the copyright line the page ends with


def parse_plain_text(text: str, origin: Origin) -> list[ParsedArticle]:
    """One article from a scraped-text file."""
    # lynx prints the entity &apos; as U+02BC, a letter: search and the entities must see "Coal’s".
    read_as = text.replace("\u02bc", "\u2019")
    width = wrap_width(read_as)
    units = with_first_lines_apart(scraped_units(read_as, width), _first_line_apart)
    prose = measure(units)
    listed = _link_lists(units, prose)
    transcript = _transcript(units)
    for index in transcript:  # a video player's transcript, each line after its time: no text
        prose[index].score = 0.0
        listed.add(index)
    read = _score_lines(units, prose, listed)
    cards = {index: prose[index].score for index in teaser_cards(units, prose)}
    for index in cards:
        prose[index].score = TITLE_LIKE  # other stories, however well their summaries read
    buttoned = buttoned_cards(units, prose)
    for index in buttoned:  # other stories, left out; a dump may print the box inside the article
        prose[index].score = min(prose[index].score, 0.0)
    listed |= buttoned
    ranked = ranked_lists(units, prose)
    for index in ranked:
        prose[index].score = TITLE_LIKE  # "Most read": numbered headlines of other stories
    listed |= ranked
    for index in cut_off_titles(units):
        prose[index].score = min(prose[index].score, 0.0)  # other stories' titles, cut off alike: never the article
        listed.add(index)
    contents = contents_lists(units, prose)
    for index in contents:  # the article's own sections named at its top: neither part nor end of it
        prose[index].score = 0.0
    listed |= contents
    announced = announced_lists(units, prose, listed) | numbered_lists(units, listed)
    for index in announced:  # neither part nor end of the body by itself: the paragraphs around decide
        prose[index].score = max(prose[index].score, 0.0)
    for index, unit in enumerate(units):
        if _spilled_script(unit.text):  # an ad frame's script a dump prints as text: never the article
            prose[index].score = min(prose[index].score, _SCRIPT_SCORE)
        elif _is_code(unit.text):  # a tutorial's code: neither part nor end of the body, the paragraphs around decide
            prose[index].score = max(prose[index].score, 0.0)
    thread = comment_threads(units, prose)
    for index in thread:  # readers' comments: prose, but never the article nor part of it
        prose[index].score = min(prose[index].score, _IN_THREAD)
    listed |= thread
    signed_or_dated = {i for i, (name, day) in read.items() if name or day}
    start, end = _signed_run(units, prose, signed_or_dated)
    start = _past_menu_blurb(prose, start, end, signed_or_dated)
    start = _past_summary_over_head(units, prose, start, end, read)
    if _carousel_inside(prose, sorted(cards), start, end):
        # The cards stand inside the article: neither part nor end of it, left out of it.
        for index in cards:
            prose[index].score = 0.0
        listed |= cards.keys()
        start, end = _signed_run(units, prose, signed_or_dated)
    ticker = headline_run_at(units, prose, start, announced | transcript, signed_or_dated)
    if ticker:  # other stories' headlines, however well they read: the body starts under them
        start = next((i for i in range(ticker.stop, end) if prose[i].score > 0), start)
    while start > 0 and start - 1 not in listed and announces(units[start - 1].text, prose[start - 1]):
        start -= 1  # "From the bank's note on the decision:": the sentence that opens the article announces what follows
    if start == end:  # no prose at all: the body starts at the first sentence, if any
        start = next((i for i, item in enumerate(prose) if item.sentence), 0)
        end = len(units)
    end, card = through_recipe(units, prose, through_lists(units, prose, end, listed), listed)
    end, sections = through_numbered_sections(units, prose, start, through_posts(units, prose, end))
    announced |= sections | set(card)  # a listicle's numbered headings and a recipe's lines are the article's
    end = with_trailer(units, before_footer(units, prose, start, _before_comments(units, prose, start, end, read)))
    end = _through_sign_off(units, prose, start, end, any(name for i, (name, _) in read.items() if i < start))
    # A byline, or "By" alone over the name on the line below.
    for index in listed - read.keys():
        read[index] = _byline_or_date(units[index].text)  # a small box's lines, not read while scored: cards' bylines
    signed = {index for index, (name, _) in read.items() if name or _BY_ALONE.match(units[index].text)}
    end = before_other_stories(units, prose, start, end, signed, {index for index, (_, day) in read.items() if day})
    end = before_author_note(units, prose, start, end)
    if width is not None:  # a dump: a browser's copy prints no list's numbers
        end = before_numbered_cards(units, prose, start, end)
    clean = _clean_head(units, prose, start)
    if clean:
        start = 0
    page = _Page(units, prose, start, end, listed, announced, read=read, ticker=ticker, dump=width is not None,
                 contents=contents, site=site_name(text))
    _find_bylines_and_dates(page)
    if not any(start - _HEAD_UNITS <= index < start for index in page.bylines.keys() | page.dates.keys()):
        # No byline or date within the head's reach over the body: it may be above a playlist too long for the head
        # to reach.
        page.playlist = _playlist_over_body(units, start, page.site)
        if page.playlist:
            _find_bylines_and_dates(page)
    if (post := _dated_post_title(page)) is not None:
        title_at = post  # a blog's name and description over the post's date and title
    elif clean:  # a title line, then the article: nothing above the body to choose from
        # A headline written as sentences ("Goats ruled this island. Now it is reborn.") over its byline or date.
        title_at = 0 if _first_line_titles(page) or _sentence_over_byline(page, [u.text for u in units], 0) else None
    else:
        title_at = _headline(page)
    if title_at is None:
        title_at = _headline_in_body(page)
    if title_at is None:
        title_at = _headline_twice_far_above(page)
    body_from = start if title_at is None or title_at < start else title_at + 1
    byline = _without_site(_without_places(page, _as_told(page, _byline(page, title_at, body_from)), body_from),
                           page.site)
    if (again := _headline_again(page, title_at)) is not None and (signed := _byline(page, again, again + 1)):
        # A share box copies the headline and the summary over the article, which prints its headline
        # again under them, over its byline: the article starts at that second headline.
        under = [i for i in range(again + 1, min(again + 1 + _SIGNED_UNDER, end)) if signed in page.units[i].text]
        if under:
            title_at, body_from, byline = again, again + 1, signed
            page.bylines.setdefault(under[0], signed)  # the byline's line is no paragraph
    if byline is not None and (alone := _name_alone_in_body(page, byline, body_from)) is not None:
        page.bylines.setdefault(alone, byline)  # the name alone under the standfirst is no paragraph
    end = page.end = _before_author_box(page, byline, body_from)
    end = page.end = _before_bylined_cards(page, body_from)
    end = page.end = _before_share_box(page, title_at, body_from)
    page.printed = Counter(unit.text for unit in units[page.start: end])
    points = _summary_points(page, title_at)
    if title_at is not None and not points and _deck_over_label(page, title_at + 1):
        points = [title_at + 1]
    page.announced.update(points)  # however short, the article's own lines
    order = _standfirst(page, title_at, body_from, points) + list(range(body_from, end))
    published, date_at = _published(page, title_at, body_from, byline)
    if date_at is not None:  # a date beside a place or a section is no paragraph either
        page.dates[date_at] = published
    page.last_paragraph = max((i for i in order if _is_statement(units[i].text, prose[i])), default=end)
    paragraphs, captions = _body_and_captions(page, order, title_at)
    above = units[title_at - 1].text if title_at else ""
    below = units[title_at + 1].text if title_at is not None and title_at + 1 < len(units) else ""
    title = _without_button(headline_as_printed(units[title_at].text, above, below)) if title_at is not None else ""
    # Only the text kept is decoded: the page is read as printed, its copies of a line told apart as they were.
    title, paragraphs, captions = _decoded(title), [_decoded(p) for p in paragraphs], [_decoded(c) for c in captions]
    return [
        ParsedArticle(
            key=origin.key,
            title=title,
            paragraphs=_without_bios(_without_repeats(paragraphs, captions, title), byline),
            captions=[c for c in captions if names_a_picture(c)],
            byline=byline,
            source=page.site,
            url=origin.url,
            published=published,
        )
    ]


def _decoded(text: str) -> str:
    # w3m leaves the entities it does not know as written ("won&apos;t", "&#8212;"): read as the page meant them.
    return _ENTITY.sub(lambda entity: html.unescape(entity[0]), text) if "&" in text else text


def _first_line_apart(line: str, under: str) -> bool:
    return _dated_byline(line) or _title_over_date(line, under)


def _title_over_date(line: str, under: str) -> bool:
    # A headline, then its date on a line of its own; not a sentence going on ("... met on" / "26 April 2026 to").
    words = line.split()
    return (bool(words) and date_line(under.strip()) is not None and may_title_a_text(line.strip())
            and words[-1].casefold() not in _BEFORE_A_DATE and not words[-1].endswith(","))


def _dated_byline(line: str) -> bool:
    # "By Jane Doe posted Nov 13 2026 7:30PM", "Jane Doe, Staff 6:29 p.m. EST November 13, 2026": a byline
    # ending in its date or time, never a paragraph's first line.
    span = date_span(line) if len(line) <= _MAX_BYLINE_CHARS else None
    if span is None or not _CLOCK_OR_NOTHING.fullmatch(line[span[1]:]):
        return False
    return bool(byline_name(line) or bare_name(line))


def _score_lines(units: list[Unit], prose: list[Prose], listed: set[int]) -> dict[int, tuple[str | None, str | None]]:
    """Each line's score set by what the line is (a byline, a caption, chrome, a list item), before boxes are sought.

    Returns the byline name or date read of each line asked, for _find_bylines_and_dates to read no line twice."""
    read: dict[int, tuple[str | None, str | None]] = {}
    for index, unit in enumerate(units):
        # Neither a small "Related stories" box, a byline nor a caption inside the body ends it;
        # a copyright or share line is never part of it.
        if index in listed and len(listed) <= _SMALL_BOX:
            prose[index].score = 0.0
        elif any(found is not None for found in read.setdefault(index, _byline_or_date(unit.text))):
            prose[index].score = 0.0
        elif _caption_printed_twice(units, prose, index):
            prose[index].score = 0.0  # a caption between paragraphs: neither part nor end of the body
        elif credit_at_end(unit.text):
            prose[index].score = -1.0
        elif is_account_panel(unit.text):
            prose[index].score = 0.0  # a paywall's panel between paragraphs: neither part nor end of the body
        elif is_chrome(unit.text):
            prose[index].score = min(prose[index].score, -2.0)
        elif is_doubled_teaser(unit.text):
            prose[index].score = TITLE_LIKE  # another story's picture and headline
        elif unit.bullet and len(unit.text) < _LIST_ITEM_CHARS and not unit.text.rstrip(_INVISIBLE).endswith("."):
            prose[index].score = TITLE_LIKE  # a dump's list item: a menu or other stories
    return read


def _signed_run(units: list[Unit], prose: list[Prose], signed: set[int]) -> tuple[int, int]:
    """The body's run: the best run of prose, unless nothing signs or dates it and a run above it, half as good at
    least, starts under a byline or a date (a short article over the site's long note on itself); a share box's
    copy of the article's first paragraph under the byline is no such run."""
    spans = prose_runs(prose)
    if not spans:
        return 0, 0
    best = max(spans)
    if _signed_above(signed, best[1]):
        return best[1:]
    openings = {unit.text[:_PREVIEW_CHARS] for unit in units[best[1]:best[2]]}  # a preview is cut short ("...")
    above = [span for span in spans if span[2] <= best[1] and span[0] >= _SIGNED_RUN_SHARE * best[0]
             and _signed_above(signed, span[1]) and units[span[1]].text[:_PREVIEW_CHARS] not in openings]
    return max(above)[1:] if above else best[1:]


def _past_menu_blurb(prose: list[Prose], start: int, end: int, signed: set[int]) -> int:
    """Where the run starts with a menu's featured story, its blurb long enough to carry the run through the menu's
    items down to the article, the run's start under the first byline or date in it; else `start`."""
    sign = min((i for i in signed if start < i < end), default=None)
    if sign is None:
        return start
    menu = sum(1 for i in range(start + 1, sign) if prose[i].score <= 0)
    above = sum(prose[i].score for i in range(start, sign) if prose[i].score > 0)
    below = sum(prose[i].score for i in range(sign, end) if prose[i].score > 0)
    if menu < _MIN_MENU_UNDER_BLURB or menu < _MENU_SHARE * (sign - start - 1) or above * 2 > below:
        return start
    return next((i for i in range(sign + 1, end) if prose[i].score > 0), start)


def _past_summary_over_head(units: list[Unit], prose: list[Prose], start: int, end: int,
                            read: dict[int, tuple[str | None, str | None]]) -> int:
    """Where the run starts with the page's summary of the article, or the site's blurb, over its head (the
    headline, its section, share buttons, a date and a byline), the run's start under the head; else `start`."""
    sign = min((i for i, (name, day) in read.items() if (name or day) and start < i < end), default=None)
    if sign is None or not _MIN_HEAD_LINES <= sign - start - 1 <= _MAX_HEAD_LINES:
        return start
    head = range(start + 1, sign)
    signs = range(sign, min(sign + _SIGNS_APART + 1, end))
    # "Headline / Issued on: <date> / Modified: <date> / standfirst / By: Jane Doe": the headline right over its
    # date, the byline past the standfirst; not a card under a label ("Read more", "Related") between the article's
    # first paragraph and the rest.
    dated_headline = read.get(sign, (None, None))[1] and looks_like_title(units[sign - 1].text) and not any(
        is_chrome(units[i].text) for i in head)
    named = range(sign, min(sign + _SIGNS_APART + (_STANDFIRST_UNITS if dated_headline else 0) + 1, end))
    # A byline and a date together: a head, not a related story's card and its date between two paragraphs.
    if any(prose[i].score > 0 for i in head) or not (
            any(read.get(i, (None, None))[0] or bare_name(units[i].text) for i in named)
            and any(read.get(i, (None, None))[1] for i in signs)):
        return start
    # The summary shares words with the headline; a headline right over its date needs none (the site's blurb).
    summary = content_words(units[start].text)
    if not dated_headline and not any(
            looks_like_title(units[i].text) and len(content_words(units[i].text) & summary) >= _SHARED_WITH_SUMMARY
            for i in head):
        return start
    below = sum(item.score for item in prose[sign:end] if item.score > 0)
    if prose[start].score * 2 > below:
        return start
    return next((i for i in range(sign + 1, end) if prose[i].score > 0 and i not in signs), start)


def _signed_above(signed: set[int], start: int) -> bool:
    return any(i in signed for i in range(start - _SIGNED_REACH, start))  # a window, not every byline of the page


def _carousel_inside(prose: list[Prose], cards: list[int], start: int, end: int) -> bool:
    """True when a run of cards next to the body has a long run of prose on its other side too."""
    kept = sum(max(item.score, 0.0) for item in prose[start:end])
    for run in runs(cards, _MAX_CAROUSEL_GAP):  # chrome or a glued card between two cards of one run
        if end <= run[0] <= end + _MAX_CAROUSEL_GAP:
            far = prose[run[-1] + 1:]
            near_edge = 0
        elif start - _MAX_CAROUSEL_GAP <= run[-1] < start:
            far = prose[: run[0]]
            near_edge = len(far)
        else:
            continue
        low, high = body_span(far)
        gap = low if near_edge == 0 else near_edge - high
        if gap <= _MAX_CAROUSEL_GAP and sum(item.score for item in far[low:high]) >= _CAROUSEL_SHARE * kept:
            return True
    return False


def _caption_printed_twice(units: list[Unit], prose: list[Prose], index: int) -> bool:
    # A caption printed twice in a row (above the picture and in its gallery) between two paragraphs;
    # other stories' headlines printed twice stand among more of them.
    first = index - 1 if index and units[index - 1].text == units[index].text else index
    second = first + 1
    return (
        second < len(units) and units[second].text == units[first].text
        and len(units[first].text) <= _MAX_CAPTION_CHARS and not _is_code(units[first].text)
        and first > 0 and prose[first - 1].score > 0
        and second + 1 < len(units) and prose[second + 1].score > 0
    )


def _clean_head(units: list[Unit], prose: list[Prose], start: int) -> bool:
    """True when nothing above the body is chrome: no menu, no button, no two short lines in a row."""
    if start > _CLEAN_HEAD_UNITS:
        return False
    short = [not prose[i].sentence and prose[i].words <= 20 for i in range(start)]
    return not any(
        is_chrome(units[i].text) or (short[i] and prose[i].words <= 2)
        or (i > 0 and short[i] and short[i - 1])
        for i in range(start)
    )


def _first_line_titles(page: _Page) -> bool:
    # In a clean text a title-like first line is the title; a sentence is the article's first paragraph.
    return len(page.units) > 1 and 0 not in page.bylines and 0 not in page.dates and may_title_a_text(
        page.units[0].text)


def _dated_post_title(page: _Page) -> int | None:
    """A blog post's title under its date header, the blog's name and description over them and the post signed
    under it as Blogger signs one: "Harbour Notes" / "Here is where I write up ..." / "Wednesday, November 11, 2026" /
    "Rigging a dinghy" / the post / "Posted by Jane Doe at 9:41 AM"; or None. A newspaper prints the same shape
    (headline, standfirst, date, a subheading or a caption) but signs no post so."""
    texts = [unit.text for unit in page.units]
    date_at = min((i for i in page.dates.keys() | page.bylines.keys() if i >= page.start), default=None)
    if date_at is None or date_at not in page.dates or date_at - page.start >= _POST_TITLE_UNITS or not any(
            page.prose[i].sentence for i in range(page.start, date_at)):
        return None  # no description over the date
    title = date_at + 1
    if (title >= len(texts) or title in page.bylines or title in page.dates or not may_title_a_text(texts[title])
            or page.prose[title].sentence):
        return None
    under = title + 2 if title + 1 < len(texts) and texts[title + 1].casefold() == texts[title].casefold() else title + 1
    # A section's heading at most between the title (printed twice in the post's own heading) and the first paragraph.
    first = next((i for i in range(under, min(under + 2, len(texts))) if page.prose[i].sentence
                  and page.prose[i].score > 0), None)
    if first is None or (first > under and page.prose[under].sentence):
        return None
    signed = any(_BLOG_SIGNATURE.match(texts[i].strip()) for i in range(first + 1, min(page.end + _TAIL_UNITS,
                                                                                        len(texts))))
    return title if signed else None


def _link_lists(units: list[Unit], prose: list[Prose]) -> set[int]:
    # "Related stories" and the headlines under it, up to the next sentence.
    listed: set[int] = set()
    box: list[int] = []
    for index, unit in enumerate(units + [Unit("")]):
        heading = is_link_list_heading(unit.text) or _OTHER_NEWS.match(unit.text) is not None
        if box and not heading and index < len(units) and not credit_at_end(unit.text) and (
                (not prose[index].sentence and not _split_paragraph(units, prose, index))
                or _introduces_box(prose, box, index)):
            box.append(index)
            continue
        if box:  # the box ends at a sentence, or at the next box's heading ("Related Articles", a card, again)
            listed.update(_box_with_teasers(units, prose, box))
            box = []
        if heading:
            box = [index]
    return listed


def _box_with_teasers(units: list[Unit], prose: list[Prose], box: list[int]) -> list[int]:
    # "Other news" heads other stories only where their headlines and summaries stand inside the article (a
    # round-up's own briefs under it end the article); a link list's heading heads its titles in any case.
    teasers = _teasers_under(units, prose, box[0])
    if _OTHER_NEWS.match(units[box[0]].text):
        return [box[0], *teasers] if teasers else []
    return [*box, *teasers]


def _teasers_under(units: list[Unit], prose: list[Prose], heading: int) -> range:
    # Other stories a headline and its one-paragraph summary each, most summaries retelling their headline, and the
    # article going on under them: the box runs through them; an article's own subheadings and paragraphs share no
    # such words, and a round-up's briefs under "Other news" end it.
    end, retold = heading + 1, 0
    while end + 1 < len(units) and _teaser_shaped(units, prose, end):
        retold += _retells(units[end].text, units[end + 1].text)
        end += 2
    after = [i for i in range(end, min(len(units), end + _TEASER_ARTICLE_REACH)) if _is_sentence_run(prose, i)]
    inside = retold >= _MIN_TEASER_PAIRS and len(after) >= _ARTICLE_UNDER_TEASERS
    return range(heading + 1, end) if inside else range(0)


def _teaser_shaped(units: list[Unit], prose: list[Prose], title: int) -> bool:
    summary = title + 1
    return (not prose[title].sentence and prose[title].words >= _MIN_TEASER_TITLE_WORDS
            and not is_chrome(units[title].text)
            and prose[summary].sentence and prose[summary].words <= _MAX_TEASER_WORDS)


def _retells(title: str, summary: str) -> bool:
    return len(content_words(title) & content_words(summary)) >= _TEASER_SHARED_WORDS


def _name_printed_twice(text: str) -> bool:
    # "Jane Doe. Jane Doe": a picture's text, then its caption, naming who it shows; no headline.
    twice = _TWICE.fullmatch(text.strip()) if len(text) <= _MAX_BYLINE_CHARS else None
    return twice is not None and bare_name(twice["once"]) == twice["once"]


def _transcript(units: list[Unit]) -> set[int]:
    # "00:08 a number of passengers today who say. They have some 00:11 doubts ...": lines opening on
    # the time in the video they were spoken at, several in a row.
    timed = [i for i, unit in enumerate(units) if _TIMECODE.match(unit.text)]
    found: set[int] = set()
    for run in runs(timed, _TRANSCRIPT_REACH):
        if len(run) >= _MIN_TRANSCRIPT_LINES:
            found.update(range(run[0], run[-1] + 1))
    return found


def _split_paragraph(units: list[Unit], prose: list[Prose], index: int) -> bool:
    # A long line with no full stop, the next going on after a dash in small letters: one paragraph a dump split.
    return prose[index].words > _MIN_SPLIT_PARAGRAPH_WORDS and index + 1 < len(units) and _GOES_ON.match(
        units[index + 1].text) is not None


def _introduces_box(prose: list[Prose], box: list[int], index: int) -> bool:
    # "More from Ask an Expert", "Here are more views on saving money.", then the links.
    after = index + 1
    return (len(box) == 1 and prose[index].words <= _MAX_BOX_INTRO_WORDS
            and after < len(prose) and not prose[after].sentence)


def _headline_again(page: _Page, title_at: int | None) -> int | None:
    """Where the headline is printed again near the top of the body, if it is: the article's own copy
    under a share box's, or a copy for phones."""
    if title_at is None:
        return None
    body_from = max(page.start, title_at + 1)
    title = page.units[title_at].text
    return next((i for i in range(body_from, min(page.end, body_from + _HEADLINE_AGAIN_UNITS))
                 if page.units[i].text == title), None)


def _through_sign_off(units: list[Unit], prose: list[Prose], start: int, end: int, signed: bool) -> int:
    # "—Jane Doe can be reached at 555-0100 or jdoe@example.com.": the writer signs off; classified ads under it
    # read as prose too. `signed`: a byline stands over the body, so a dashed name in it is someone quoted.
    for index in range(start + _MIN_BODY_UNITS, end - 1):
        text = units[index].text
        if text.startswith(_DASHES) and (contact_name(text) or (
                not signed and _dashed_signature(units, prose, start, end, index))):
            return index + 1
    return end


def _dashed_signature(units: list[Unit], prose: list[Prose], start: int, end: int, index: int) -> bool:
    # "– Jane Doe" alone under the article's last sentence, over the page's other sections (a comments policy
    # reads as prose, but less of it than the article over the name): the writer signs off. A pull quote's or an
    # epigraph's speaker is someone the story names above, or the article goes on under them; a collection of
    # readers' jokes or letters signs each one so.
    text = without_leading_marks(units[index].text)
    name = bare_name(text)
    if not name or name != text or not prose[index - 1].sentence or _is_sentence_run(prose, index + 1):
        return False
    near = range(start, min(end, index + _SIGNED_AGAIN_UNITS))
    if any(units[i].text.startswith(_DASHES) for i in near if i != index):
        return False
    above = sum(max(item.score, 0.0) for item in prose[start:index])
    if sum(max(item.score, 0.0) for item in prose[index + 1:end]) > _SIGNED_OFF_SHARE * above:
        return False
    surname = name.split()[-1]
    return not any(surname in units[i].text for i in range(start, index))


def _is_sentence_run(prose: list[Prose], index: int) -> bool:
    return index < len(prose) and prose[index].sentence and prose[index].score > 5


def _before_share_box(page: _Page, title_at: int | None, body_from: int) -> int:
    # "<headline> Share on Facebook Tweet this Story": the share box under the article names it; the site's feed of
    # other stories below it is prose too.
    if title_at is None:
        return page.end
    title = page.units[title_at].text
    for index in range(body_from + _MIN_BODY_UNITS, page.end):
        text = page.units[index].text
        buttons = text[len(title):].split() if text.startswith(title + " ") else []
        if buttons and all(word.casefold() in CHROME_WORDS for word in buttons) and any(map(is_share_word, buttons)):
            return index
    return page.end


def _before_comments(units: list[Unit], prose: list[Prose], start: int, end: int,
                     read: dict[int, tuple[str | None, str | None]]) -> int:
    # Readers' comments are prose too: the body ends where their section starts.
    seen = 0.0
    for index in range(start, end):
        if seen > 50 and is_comments_heading(units[index].text) and not _under_byline(prose, read, index) and (
                not _no_comments_in_head(units, read, index)) and (
                not _in_button_bar(prose, index) and not _bare_comment(units[index].text)
                or _another_comments_cue(units, index, end)):
            return index
        seen += max(prose[index].score, 0.0)
    return end


def _no_comments_in_head(units: list[Unit], read: dict[int, tuple[str | None, str | None]], index: int) -> bool:
    # "0 Comments" a few buttons under the byline or the date: the article's head, which no comment follows.
    return _NO_COMMENTS.fullmatch(units[index].text.strip()) is not None and any(
        any(read.get(above, (None, None))) for above in range(max(index - _HEAD_BAR, 0), index))


def _under_byline(prose: list[Prose], read: dict[int, tuple[str | None, str | None]], index: int) -> bool:
    # "By Jane Doe", "13 Nov 2026", "4 minute read", "Write a comment": a button in the article's head, over
    # its first paragraph; a comment section opens under the article, and a commenter's name has a comment under it.
    for above in range(index - 1, max(index - 1 - _BYLINE_BUTTONS, -1), -1):
        if any(read.get(above, (None, None))):
            return True
        if prose[above].sentence or prose[above].words > _BUTTON_WORDS_MAX:
            return False
    return False


def _before_author_box(page: _Page, byline: str | None, body_from: int) -> int:
    # The author's name on a line of its own under the article starts the box about them
    # (a name above most of the prose is the byline's block, not the end).
    if not byline:
        return page.end
    names = {byline.casefold(), *(name.casefold() for name in _names_in(byline))}  # a box for each writer
    prose = [max(item.score, 0.0) for item in page.prose[body_from: page.end]]
    above = 0.0
    for index in range(body_from, page.end):
        if page.units[index].text.casefold() in names and above >= _AUTHOR_BOX_SHARE * sum(prose):
            return index
        above += prose[index - body_from]
    return page.end


def _before_bylined_cards(page: _Page, body_from: int) -> int:
    # Other stories' cards under the article, each signed by its writer ("By Jane Doe" again and again, a
    # headline, a summary and a picture's text between): the body ends at its last paragraph above them.
    below = sorted(i for i in page.bylines if body_from < i < page.end)
    signed = [run for run in runs(below, _MAX_CAROUSEL_GAP) if len(run) >= _MIN_CARD_BYLINES]
    if not signed:
        return page.end
    # The run's first bylines may be the article's own (a byline over its first paragraph): the cards
    # start at the first byline below which every long line is a card's summary.
    longer = [j for j in range(signed[0][0], page.end) if page.prose[j].words > _MAX_CARD_WORDS]
    summaries = _card_summaries(page, longer)
    first = next((i for i in signed[0][: 1 - _MIN_CARD_BYLINES] if summaries[bisect_left(longer, i)]), None)
    if first is None:
        return page.end  # a long paragraph below: the names sign parts of the article
    paragraphs = [i for i in range(body_from, first) if page.prose[i].sentence and page.prose[i].words > _MAX_CARD_WORDS]
    if not paragraphs:
        return page.end
    cut = paragraphs[-1] + 1
    while cut < first and page.prose[cut].score > 0:
        cut += 1  # short closing lines: "Additional reporting by Jane Doe.", "To reach the reporter, write to ..."
    return cut


def _bare_comment(text: str) -> bool:
    # "Comment" alone: a button, or the writer's own comment under a subheading, unless the section's cues follow.
    return text.strip().casefold() == "comment"


def _another_comments_cue(units: list[Unit], index: int, end: int) -> bool:
    # "151 comments", "Sign in", "Post comment": a count among buttons that the section's own prompt
    # follows opens the section.
    return any(is_comments_heading(units[i].text) for i in range(index + 1, min(end, index + _COMMENT_CUE_UNITS)))


def _card_summaries(page: _Page, longer: list[int]) -> list[bool]:
    """For each long line (and past the last), whether it and all below it are cards' summaries.

    Long lines under the cards' bylines are their summaries when each sits right under its byline and the
    next card's headline stands between two of them: a writer's part of a round-up runs on to the next name.
    Found from the bottom up, each line between two long ones looked at once."""
    below = [True] * (len(longer) + 1)
    for k in range(len(longer) - 1, -1, -1):
        a = longer[k]
        b = longer[k + 1] if k + 1 < len(longer) else None
        headed = b is None or any(
            not page.prose[i].sentence and i not in page.bylines for i in range(a + 1, b - 1))
        below[k] = a - 1 in page.bylines and headed and below[k + 1]
    return below


def _in_button_bar(prose: list[Prose], index: int) -> bool:
    # "Share  Comments  Print": a comment count among share buttons, not a comment section's heading.
    beside = [prose[i] for i in (index - 1, index + 1) if 0 <= i < len(prose)]
    return len(beside) == 2 and all(item.words <= _BUTTON_WORDS_MAX and not item.sentence for item in beside)


def _head_from(page: _Page) -> int:
    """Where the page's head may start: some way above the body, or above a playlist right over it."""
    return max(0, (page.playlist.start if page.playlist else page.start) - _HEAD_UNITS)


def _playlist_over_body(units: list[Unit], start: int, site: str | None) -> range:
    """The run of cards right over the body that each print the same labels ("Video Ad Feedback",
    "Now playing", "- Source: Harbour TV"), however long: a site's video playlist between the byline
    and the article. Empty when there is none. The site's name, its logo over each copy of a menu, is no label."""
    logo = words_of(site) if site else None
    first = last = start
    seen: Counter[str] = Counter()
    index = start - 1
    while index >= 0 and first - index <= _MAX_CARD_UNITS:
        text = units[index].text
        if 2 <= len(_LETTER_WORD.findall(text)) <= _MAX_LABEL_WORDS and words_of(text) != logo:  # no mark or rule
            seen[text] += 1
            if seen[text] >= 2:
                first = index  # the label again, a card further up
                if last == start:
                    last = index + 1
        index -= 1
    labels = [text for text, count in seen.items() if count >= _PLAYLIST_CARDS]
    if not labels or start - last > _MAX_CARD_UNITS:
        return range(start, start)
    top = min(i for i in range(first, start) if units[i].text in labels)
    return range(top, start)


def _find_bylines_and_dates(page: _Page) -> None:
    low, high = _head_from(page), min(len(page.units), page.end + _TAIL_UNITS)
    if any(len(unit.text) <= _MAX_BYLINE_CHARS and undecided_figures(unit.text) for unit in page.units[low:high]):
        # "05/11/2026": the page's other dates may show whether the day or the month comes first.
        page.day_first = figure_order("\n".join(unit.text for unit in page.units))
    for index in range(low, high):
        text = page.units[index].text
        if len(without_addresses(text)) > _MAX_BYLINE_CHARS:
            continue
        known = page.read.get(index)
        if name := (known[0] if known else byline_name(text)) or headshot_name(text):
            # a dump prints the writer's picture by its text
            page.bylines[index] = _names_go_on(page, index, name)
        elif _BY_ALONE.match(text) and index + 1 < len(page.units):
            # "By:" on a line of its own, the names on the next ones.
            if name := names_on_lines([unit.text for unit in page.units[index + 1: index + 8]]):
                page.bylines[index] = name
        elif index + 1 < len(page.units) and (name := first_name_over_role(text, page.units[index + 1].text)):
            page.bylines[index] = name
        elif (iso := _line_date(page, index, known)) and not short_year_only(text, page.day_first):
            # "12.16.14" is read later, if need be
            page.dates[index] = iso
    # "Monday" over "Mar 16, 2020 at 3:44 AM" over the article: one date, two lines (in the body, a schedule's day).
    for index in [i for i in page.dates if low < i <= page.start and is_weekday_alone(page.units[i - 1].text)]:
        page.dates[index - 1] = page.dates[index]


def _byline_or_date(text: str) -> tuple[str | None, str | None]:
    # The writer a byline line names, else the date a date line gives; neither on a longer line (a line of three
    # writers, each with an address, is no longer for it).
    if len(without_addresses(text)) > _MAX_BYLINE_CHARS:
        return None, None
    name = byline_name(text)
    return name, None if name is not None else _date_of(text)


def _line_date(page: _Page, index: int, known: tuple[str | None, str | None] | None) -> str | None:
    # The date read while scoring lines holds, unless the page's order of figures reads more of them.
    if known is not None and page.day_first is None:
        return known[1]
    return _date_of(page.units[index].text, page.day_first)


def _names_go_on(page: _Page, index: int, name: str) -> str:
    # "By Jane Doe," / "Tom Roe": a dump breaks a byline's list at each link, a comma or "and" left at the end.
    text = page.units[index].text.rstrip()
    if more := _writers_on_next_lines(page, index, name):
        return more
    ending = re.search(r"(?:,|\s(?:and|&))$", text)
    if ending is None or not name.casefold().endswith(text[:ending.start()].split()[-1].casefold()):
        return name
    lines = [without_leading_marks(unit.text) for unit in page.units[index + 1: index + 1 + _MAX_RUN_NAMES]]
    more, _ = listed_on_lines(lines)
    if more is None or bare_name(lines[0]) is None or bare_name(lines[0]).casefold() != lines[0].rstrip(",").casefold():
        return name
    return f"{name}, {more}" if ending[0] == "," else f"{name} {ending[0].strip()} {more}"


def _writers_on_next_lines(page: _Page, index: int, name: str) -> str | None:
    # "By Jane Doe | jdoe@... | Courier" / ", Tom Roe | troe@... | Courier" / "and Mo Lee | ...": a dump starts a
    # line at each further writer, the comma or "and" before them first.
    # "By Jane Doe" / "Senior Politics Reporter, Courier" / "and" / "Tom Roe": each writer's post under their name
    # (with no post between, the "and" and the name are read as any byline's next line).
    if (index + 3 < len(page.units) and is_role_line(page.units[index + 1].text)
            and page.units[index + 2].text == "and" and (other := _whole_name(page, index + 3))):
        return f"{name} and {other}"
    lines = [page.units[index].text]
    for unit in page.units[index + 1: index + _MAX_RUN_NAMES]:
        if not re.match(r"(?:,|and\s|&\s)", unit.text) or "@" not in unit.text:
            break
        lines.append(unit.text)
    if len(lines) == 1 or "@" not in lines[0]:
        return None
    more = byline_name(re.sub(r"\s+,", ",", " ".join(lines)))
    return more if more and more != name and more.startswith(name) else None


def _date_of(text: str, day_first: bool | None = None) -> str | None:
    # "on December 29, 2014 at 3:02 PM, updated December 29, 2014 at 4:16 PM" too; "1. 14 April 2026": a dump
    # numbers the date when the page prints it as a list's one item.
    text = _LISTED_DATE.sub("", text)
    iso = date_line(text, day_first)
    if iso is None and len(text) <= 120 and (_ON.match(text) or starts_with_date_note(text)):
        iso = find_date(text, day_first)
    return (iso or date_after_note(text, day_first) or date_before_writer(text, day_first)
            or date_after_credit(text, day_first))


def _names_the_site(page: _Page, text: str) -> bool:
    # "The New Republic" over the menu, again over the byline: the logo, named again by the copyright line; a
    # headline printed once that the site's name happens to match stays.
    if page.site is None or words_of(text) != words_of(page.site):
        return False
    return sum(1 for unit in page.units[:page.start] if unit.text == text) >= _LOGO_PRINTS


def _headline(page: _Page) -> int | None:
    low = _head_from(page)
    texts = [unit.text for unit in page.units]
    if _sentence_over_byline(page, texts, page.start):
        return page.start  # "Wild goats ruled this island. Now it is reborn.", its standfirst, date and byline below
    first = _first_paragraph(page)
    high = min(first + 1, page.start + 8)
    lede_from = page.start
    if (signed := _signed_head_under_blurbs(page, texts, first)) is not None:
        # Blurbs over a headline and its byline (a menu's, a section's): the article starts under the byline.
        lede_from = high = signed
    elif _blurb_or_caption_again(texts, first):
        # A menu's blurb or a caption printed twice reads as the first paragraph: the headline may sit
        # under it, over a byline or a date, and the lede starts under that.
        last = min(page.start + _EARLY_UNITS, page.end)
        lede_from = high = min((i for i in page.bylines.keys() | page.dates.keys() if high <= i <= last), default=high)
    # "New Year, new laws: ..." reads as a name and its role, but a colon opens a headline's clause.
    # "By Reuters in Brussels": a wire signs it, whether or not the page names the wire again.
    names = {i for i in range(low, high)
             if (bare_name(texts[i]) or BY_FIRST.match(texts[i]) and wire_agency(texts[i]))
             and ": " not in texts[i] and _beside_date_or_title(page, i)}
    if signed is not None:
        names.add(signed)  # "Jane Doe Dec 29 2026, 12:16 PM ET": the article's byline
    # "17:08 10/04/2011": a date either way, whichever its month, sets the headline apart as a read one does.
    undecided = {i for i in range(low, high) if i not in page.dates and len(texts[i]) <= _MAX_UNDECIDED_DATE
                 and undecided_figures(texts[i]) and date_line(texts[i], True) is not None}
    anchors = page.bylines.keys() | page.dates.keys() | names | undecided
    poll = _poll(texts, low, high)
    minor = {i for i in range(low, high) if _is_minor(texts, i, page.prose[i])} | poll
    if any(low <= i < page.playlist.start for i in anchors):
        minor |= set(page.playlist)  # a playlist between the head and the body sets the headline no further apart
    # "Video: <headline>" links to another story, but right above a byline or a date it is this one's headline.
    labelled = {i for i in range(low, high)
                if link_label(texts[i]) and (i + 1 in page.bylines or i + 1 in page.dates)}
    sentences = {i for i in range(low, high) if _sentence_over_share_bar(page, i, anchors)}
    # Titles each printed twice on their line, many of them: cards (a headline may be printed so once).
    doubled = {i for i in range(low, high) if is_doubled_teaser(texts[i])}
    doubled = doubled if len(doubled) >= _MIN_CARDS_TWICE else set()
    candidates = [
        i for i in range(low, high)
        if i not in anchors and (i not in minor or _short_title(page, i) or i in labelled
                                 or _over_lead_credit(texts, i, anchors) or i in sentences) and not _teaser(texts, i)
        and not under_next_label(texts, i) and not under_caption_label(texts, i) and not _caption_twice(texts, i)
        and not _name_printed_twice(texts[i]) and not _names_the_site(page, texts[i])
        and not _paragraph_goes_on(page, i) and not _WHEN.match(texts[i]) and i not in doubled
        and not _RUNNING_TIME.search(texts[i]) and not _ranked_title(texts, i)
    ]
    # "More from Real Simple" and the headlines under it: other stories, every line between a title.
    titles = set(candidates)
    cards, card_names = _signed_cards(page, texts, titles)
    anchors -= card_names  # a card's writer is no byline of a headline over it
    candidates = [i for i in candidates if not _listed_under_heading(texts, i, titles, page.start, anchors)
                  and i not in poll
                  and i not in cards | card_names
                  and i not in page.playlist and (i not in page.ticker or _ends_ticker_over_byline(page, i))
                  and not _contents_entry(page, texts, i)]
    # Short lines ("Loading Photo Gallery") and long ones (a standfirst) do not count either.
    minor |= {i for i in range(low, high) if not 3 < page.prose[i].words <= 20}
    # The lede: the first sentences below the headline candidates (not a standfirst), up to a real paragraph.
    lede_units: list[str] = []
    for index in range(lede_from, page.end):
        if (page.prose[index].sentence and page.prose[index].score > 0 or _paragraph_goes_on(page, index)) \
                and index not in candidates:
            lede_units.append(texts[index])
            if page.prose[index].score > 5:
                break
    lede = " ".join(lede_units)
    bylines = (page.bylines.keys() | names) - card_names
    if signed is not None:
        # Under blurbs, no blurb parts the headline from the byline but its standfirst: a series' name over the
        # series' blurb, another title over the date under them, is no headline ("Middle East crisis — explained" /
        # "The conflict between ... These stories ..." / "Map: After a month of ..." / the date / "By Jane Doe").
        candidates = [i for i in candidates if not any(
            page.prose[j].sentence and page.prose[j].score > 0 and any(j < k < signed and k + 1 in page.dates
                                                                        for k in candidates)
            for j in range(i + 1, signed) if j not in titles)]
    return pick_headline(texts, candidates, page.start, anchors, lede, minor, bylines, labelled,
                         _margin_headings(page, candidates), sentences)


def _ends_ticker_over_byline(page: _Page, index: int) -> bool:
    # Other stories' headlines a line each, the last right over a byline or a date: the article's own headline.
    return index == page.ticker.stop - 1 and (index + 1 in page.bylines or index + 1 in page.dates)


def _ranked_title(texts: list[str], index: int, apart: int = 1) -> bool:
    # "3. <title>", its writer and date, "4. <title>": a box of the most read stories, numbered; the last number a
    # few lines above or the next a few lines below, `apart` at least and no other number between (a numbered
    # menu over a headline that starts with a figure, "2. Bundesliga" over "1. FC Köln sack their coach").
    number = _rank(texts[index])
    if number < 0:
        return False
    above = next((i for i in range(index - 1, max(-1, index - 1 - _RANK_REACH), -1) if _RANK.match(texts[i])), None)
    below = next((i for i in range(index + 1, min(len(texts), index + 1 + _RANK_REACH)) if _RANK.match(texts[i])),
                 None)
    return (above is not None and index - above >= apart and _rank(texts[above]) == number - 1
            or below is not None and below - index >= apart and _rank(texts[below]) == number + 1)


def _rank(text: str) -> int:
    rank = _RANK.match(text)
    return int(rank[1]) if rank else -1


def _signs_a_ranked_card(texts: list[str], index: int) -> bool:
    # The writer under a ranked card's title ("3. <title>" / "Jane Doe" / "Nov 12, 2026" / "4. <title>"): another
    # story's. A breadcrumb numbered by a dump ("1. Home" / "2. Energy" / "3. <headline>") ranks a line each.
    title = next((i for i in range(index - 1, max(0, index - _RANKED_CARD_LINES) - 1, -1) if _RANK.match(texts[i])),
                 None)
    # Only a picture's text or a section's name between: a headline between heads the name itself.
    return title is not None and _ranked_title(texts, title, apart=2) and all(
        len(texts[i].split()) <= _MAX_CARD_LABEL_WORDS for i in range(title + 1, index))


def _margin_headings(page: _Page, candidates: list[int]) -> set[int]:
    # lynx prints headings at the left edge and indents paragraphs: where the body's paragraphs are indented, a
    # candidate at the edge is one of the page's headings; a browser's copy and w3m print everything at the edge.
    body = [unit for unit, prose in zip(page.units[page.start:page.end], page.prose[page.start:page.end])
            if prose.sentence and prose.score > 0]
    if len(body) < _MIN_INDENTED_PARAGRAPHS or any(unit.at_margin for unit in body):
        return set()
    return {i for i in candidates if page.units[i].at_margin}


def _contents_entry(page: _Page, texts: list[str], index: int) -> bool:
    # An entry of a table of contents that heads one of the article's sections lower down: never its headline.
    # A link "Table of Contents" in a magazine's menu heads other links, the headline under them too.
    return index in page.contents and texts[index] in texts[max(index + 1, page.start):page.end]


def _headline_in_body(page: _Page) -> int | None:
    """No headline above the body: a title over its byline or date early in it, when what reads as the body's
    start is a blurb over the article (a newsletter's pitch, the writer's bio in a sidebar); or None."""
    texts = [unit.text for unit in page.units]
    anchors = page.bylines.keys() | page.dates.keys()
    # In the body: a date under it belongs to the list of other stories there.
    anchor = min((i for i in anchors if page.start < i <= page.start + _EARLY_UNITS + _TITLE_OVER_BYLINE
                  and i < page.end), default=None)
    if anchor is None:
        return None
    # The nearest title over it, a line or two between at most ("Author: ..." over the date, a kicker).
    return _title_over(texts, anchor, page.start)


def _headline_twice_far_above(page: _Page) -> int | None:
    """No headline near the body: the nearest title printed twice in a row far above it, about what the body
    tells (a dump prints the headline twice over a gallery of a dozen pictures, the byline under them); or None."""
    told = {word for i in range(page.start, min(page.end, page.start + _FAR_HEAD_TOLD_UNITS))
            for word in content_words(page.units[i].text)}
    for index in range(page.start - 2, max(-1, page.start - _FAR_HEAD_UNITS), -1):
        text = page.units[index].text
        if (text == page.units[index + 1].text and _long_title(text) and not is_chrome(text)
                and not credit_at_end(text) and len(content_words(text) & told) >= _TOLD_WORDS):
            return index
    return None


def _title_over(texts: list[str], anchor: int, floor: int) -> int | None:
    """The nearest headline over a byline or a date at `anchor`, a line or two between at most, not above `floor`."""
    return next((i for i in range(anchor - 1, max(floor, anchor - _TITLE_OVER_BYLINE) - 1, -1)
                 if _long_title(texts[i])), None)


def _long_title(text: str) -> bool:
    # A headline, not a menu's item or a section's name.
    return looks_like_title(text) and len(text.split()) >= _MIN_HEAD_WORDS


def _listed_under_heading(texts: list[str], index: int, candidates: set[int], body_start: int,
                          dated: Collection[int]) -> bool:
    # A line under a link list's heading ("More from Real Simple", "Related stories") with only other titles
    # between, each with its date under it at most, is another story's headline.
    titles = 0
    for heading in range(index - 1, max(-1, index - 2 * _MAX_LISTED_TITLES - 2), -1):
        if is_link_list_heading(texts[heading]):
            # A breadcrumb's last item ("Latest News") over the headline, printed twice or right over its date or
            # byline (a subtitle at most between) and the article (a picture's name at most between), is no list's
            # heading.
            subtitled = index + 2 in dated and index + 1 in candidates
            dated_at = index + 1 if index + 1 in dated else index + 2 if subtitled else None
            return not (_headline_twice_under(texts, heading, candidates, body_start) or (
                index == heading + 1 and dated_at is not None
                and dated_at + 1 <= body_start <= dated_at + _DATE_TO_ARTICLE - 1
                and not any(i in candidates for i in range(dated_at + 1, body_start)))
                or _breadcrumb_printed_whole(texts, index))
        if heading in dated and (heading + 1 in candidates or heading + 1 in dated and bare_name(texts[heading])):
            continue  # "Thu, Nov 13 2026" under each title, or its writer's name over that date
        titles += 1
        if (titles > _MAX_LISTED_TITLES or heading not in candidates
                or len(texts[heading].split()) < _MIN_LISTED_TITLE_WORDS):
            return False  # a kicker, a breadcrumb or a reading time between: the heading is a menu's item
    return False


def _breadcrumb_printed_whole(texts: list[str], index: int) -> bool:
    # "Home News Latest News <headline>" over "News" / "Latest News" / "<headline>": a breadcrumb printed on one line,
    # then a crumb a line; its last crumb is the headline.
    return any(texts[above].endswith(" " + " ".join(texts[above + 1: index + 1]))
               for above in range(max(0, index - _MAX_CRUMBS - 1), index - 1))


def _headline_twice_under(texts: list[str], heading: int, candidates: set[int], body_start: int) -> bool:
    # A breadcrumb's last item ("Latest News"), then one title printed twice, then no other title: the headline.
    first, second, after = heading + 1, heading + 2, heading + 3
    return (second < len(texts) and {first, second} <= candidates and texts[first] == texts[second]
            and after not in candidates and after <= body_start)


def _signed_cards(page: _Page, texts: list[str], titles: set[int]) -> tuple[set[int], set[int]]:
    """Other stories' cards, a title and its writer's name by turns (a column's picks, a "Just In" list), three
    names or more (a dump may print each twice): their titles and their names. Where titles start and end the run,
    each title is over its name, and the last title (the headline under such a list) is no card; a title right
    over a run that starts with one is the list's first card, its name left out."""
    @functools.cache  # each line's kind is asked again and again as the runs are walked
    def kind(index: int) -> str | None:
        if not 0 <= index < len(texts):
            return None  # past the page's first or last line: the run ends there
        if _card_name(page, texts, index):
            return "name"
        return "title" if index in titles and len(texts[index].split()) >= _MIN_CARD_TITLE_WORDS else None

    cards: set[int] = set()
    names: set[int] = set()
    index, last = min(titles, default=0), max(titles, default=-1)
    while index <= last:
        end = index
        while end <= last + 1 and kind(end) and (end == index or kind(end) != kind(end - 1) or (
                kind(end) == "name" and texts[end] == texts[end - 1])):  # a dump prints a name's picture by it
            end += 1
        run = range(index, end)
        writers = {i for i in run if kind(i) == "name"}
        if sum(i - 1 not in writers for i in writers) >= _MIN_CARD_NAMES:
            heads = set(run) - writers
            if kind(run[0]) == kind(run[-1]) == "title":
                heads.discard(run[-1])
            if kind(run[0]) == "title" and kind(run[0] - 1) == "title":
                heads.add(run[0] - 1)  # the list's first title, its writer's name left out
            cards |= heads
            names |= writers
        index = max(end, index + 1)
    return cards, names


def _card_name(page: _Page, texts: list[str], index: int) -> bool:
    # A writer's name alone, or a byline, under or over a card's title.
    return index in page.bylines or (bare_name(texts[index]) is not None and len(texts[index].split()) <= 4)


def _poll(texts: list[str], low: int, high: int) -> set[int]:
    # A question, then three or more short answers a line each (a form's field between at most), two of them
    # yes or no, its label printed over it and again under it at most: a readers' poll beside the article, no
    # headline and no distance between a headline and its byline.
    poll: set[int] = set()
    for question in range(low, high):
        if not texts[question].rstrip().endswith("?"):
            continue
        label = texts[question - 1] if question > 0 else ""
        end, answers, yes_or_no = question + 1, 0, 0
        while end < len(texts):
            answer = _poll_answer(texts[end])
            if not (answer or len(texts[end].split()) == 1 or texts[end] == label):
                break
            answers += answer
            yes_or_no += answer and _YES_OR_NO.match(texts[end]) is not None
            end += 1
        if answers >= _MIN_POLL_ANSWERS and yes_or_no >= _MIN_YES_OR_NO:
            poll.update(range(question - 1 if label in texts[question + 1:end] else question, end))
    return poll


def _poll_answer(text: str) -> bool:
    # "No, neither will be on the ballot": a short phrase, no sentence, no button or share link; a headline in
    # title case or a writer's name under a question is another story's card.
    return (2 <= len(text.split()) <= _MAX_POLL_ANSWER_WORDS and not ends_sentence(text) and not is_chrome(text)
            and not text.rstrip().endswith("?") and not title_cased(text) and byline_name(text) is None
            and bare_name(text) is None)


def _sentence_over_byline(page: _Page, texts: list[str], first: int) -> bool:
    """Whether the body's first unit is a headline written as a sentence: short, under no more than a section's
    name, over the byline or the date, a longer standfirst at most between."""
    above = texts[first - 1] if first > 0 else ""
    barred = _SECTION_BAR.fullmatch(above) is not None  # "Crime and Public Safety |": the section's name, a bar
    # ... or under the lead picture's credit alone: "Photo: Jane Doe/Agency".
    framed = barred or is_credit_only(above)
    if (first >= page.end or not page.prose[first].sentence or len(above.split()) > _BUTTON_WORDS_MAX and not framed
            or not _MIN_HEAD_WORDS <= page.prose[first].words <= _MAX_SENTENCE_HEADLINE_WORDS):
        return False
    if credit_at_end(texts[first]):
        return False  # a picture's caption
    if any(_long_title(texts[i]) and not (barred and (_SECTION_BAR.fullmatch(texts[i])
                                                      or i > 0 and _SECTION_BAR.fullmatch(texts[i - 1])))
           for i in range(max(0, first - _HEADLINE_REACH), first)):
        # Under a headline, however long its share bar, the sentence is its standfirst or caption; the cards' titles
        # under their sections' bars are other stories.
        return False
    anchors = page.bylines.keys() | page.dates.keys()
    after = first + 1
    if after < page.end and after not in anchors and (
            page.prose[after].words > page.prose[first].words or barred and not page.prose[after].sentence):
        after += 1  # the standfirst
    # With no section's bar over the sentence, a caption with its credit on its line only, under no share button:
    # a credit alone, or a share bar over the sentence, may frame a standfirst under the true headline.
    captioned = barred or not (above and all(is_share_word(word) for word in above.split()))
    while (after < min(page.end, first + _HEAD_CAPTIONS + 2) and after not in anchors
           and (credit_at_end(texts[after]) and (barred or captioned and not is_credit_only(texts[after]))
                or barred and texts[after] == texts[after - 1])):
        after += 1  # the lead picture's caption and its credit, a dump's caption twice, the writer's picture
    # A byline may list more writers than it reads: "By JANE DOE | jdoe@example.com | Courier, TOM ROE | ..."; the
    # writer's name without "By" (their handle after it) counts over the date.
    return (after in anchors or barred and texts[after].startswith("By ") and after + 1 in anchors
            or after + 1 in page.dates and bare_name(texts[after]) is not None)


def _signed_head_under_blurbs(page: _Page, texts: list[str], first: int) -> int | None:
    """The byline under a headline a few short lines below the first paragraph, when that paragraph and all
    between are blurbs (a section's or a menu's: a sentence or two each), or None."""
    above = texts[first - 1] if first > 0 else ""
    if _long_title(above):
        return None  # under a headline, the paragraph is its standfirst
    if any(first - _DATE_OVER_BLURB <= i < first for i in page.dates) or any(
            first - _DATE_OVER_BLURB <= i < first and _dated_name(page, i) for i in page.bylines):
        return None  # under the article's date, the article has begun: a live page's first entry, then the next one's
    longest = 0
    for index in range(first, min(first + _BLURB_REACH + 1, page.end)):
        if index in page.bylines or (_dated_name(page, index) and not _SIGNATURE_DASH.match(texts[index])):
            # an embedded post's signature ("— Jane Doe (@jdoe) November 13, 2026") signs no article
            if longest > _MAX_BLURB_WORDS and not _long_blurbs_over(page, first, index):
                return None
            return index if _title_over(texts, index, first + 1) is not None else None
        if not page.units[index].bullet:  # a dump's list item may be longer: a gallery's captions over the head
            longest = max(longest, len(texts[index].split()))
        if longest > _MAX_BLURB_OVER_HEAD:
            return None
    return None


def _long_blurbs_over(page: _Page, first: int, signed: int) -> bool:
    # Longer blurbs (a card's headline and summary run together, a series' blurb) only right under the menu, with
    # no byline or date above them, over a byline dated beside it: an article's long first paragraph may stand
    # over a signed caption, a card or an author's box.
    return (not any(first - _BLURB_REACH <= i < first for i in page.bylines.keys() | page.dates.keys())
            and any(i in page.dates for i in (signed - 1, signed + 1)))


def _blurb_or_caption_again(texts: list[str], index: int) -> bool:
    # A blurb (a sentence or two) over a menu item or a button ("Featured", "What's This?"), or a caption
    # the page prints again lower down, alone or opening a line that adds its credit (a dump prints the
    # lead picture's text over the headline, then its caption and credit).
    after = texts[index + 1] if index + 1 < len(texts) else ""
    blurb = len(texts[index].split()) <= _MAX_BLURB_WORDS
    return (blurb and 0 < len(after.split()) <= _BUTTON_WORDS_MAX and not after.endswith((".", "!"))) or (
        texts.count(texts[index]) > 1) or _opens_a_credited_line(texts, index)


def _opens_a_credited_line(texts: list[str], index: int) -> bool:
    # "A mural on the harbour wall." over the headline, "A mural on the harbour wall. Photo: Jane Doe/Courier" below it.
    text = texts[index]
    return any(other.startswith(text) and len(other) > len(text) and credit_at_end(other)
               for other in texts[index + 1:])


def _caption_twice(texts: list[str], index: int) -> bool:
    # A sentence printed again right under itself, its credit glued on at most: a picture's caption a dump prints
    # from its text and its caption, however many names capitalise it (a headline printed twice ends in no full stop).
    text, following = texts[index], texts[index + 1] if index + 1 < len(texts) else ""
    if (ends_with_full_stop(text) and following.startswith(text)
            and len(following[len(text):].split()) <= _MAX_CREDIT_WORDS):
        return True
    # Printed first with its credit and buttons, then again alone under them: "Jane Doe at the count. Tom Roe/AP
    # hide caption", "toggle caption", "Tom Roe/AP", "Jane Doe at the count."
    return any(ends_with_full_stop(again) and len(again) >= _MIN_CAPTION_AGAIN_CHARS and text.startswith(again)
               and 0 < len(text[len(again):].split()) <= _MAX_CREDIT_WORDS
               and credit_at_end(text[len(again):].strip()) is not None
               for again in texts[index + 2: index + 2 + _CAPTION_AGAIN_BELOW])


def _paragraph_goes_on(page: _Page, index: int) -> bool:
    # A dump breaks a paragraph where an inline box stood: its first half ends in no full stop, and the sentence
    # goes on in small letters under it ("... are still stuck" / "abroad, navigating ..."). No headline, under the
    # byline or the date: a headline's lede may open with a name in small letters ("adidas raised ...").
    following, words = index + 1, len(page.units[index].text.split())
    if (following >= len(page.units) or page.prose[index].sentence or words < _MIN_BROKEN_WORDS
            or not (index - 1 in page.bylines or index - 1 in page.dates)):
        return False
    first = _SMALL_LETTERS_ON.match(page.units[following].text)
    return (first is not None and first[1] not in _NOT_GOING_ON and page.prose[following].sentence
            and page.prose[following].score > 0 and not page.units[index].text.rstrip().endswith(":"))


def _teaser(texts: list[str], index: int) -> bool:
    # Another story's headline, then its button: "Read More", "Continue reading »".
    return index + 1 < len(texts) and is_teaser_button(texts[index + 1])


def _short_title(page: _Page, index: int) -> bool:
    # Two words right above the body may be its title ("Harbour Tides"), not a button.
    text = page.units[index].text
    return page.prose[index].words == 2 and 0 < page.start - index <= SHORT_TITLE_ABOVE and not (
        is_chrome(text) or credit_at_end(text))


def _first_paragraph(page: _Page) -> int:
    # The body's first paragraph that is no caption: a headline is never below it.
    texts = [unit.text for unit in page.units]
    for index in range(page.start, page.end):
        if page.prose[index].score <= 5 or not page.prose[index].sentence or credit_at_end(texts[index]):
            continue
        after = texts[index + 1] if index + 1 < len(texts) else ""
        if after != texts[index] and not is_credit_only(after):
            return index
    return page.start


def _is_minor(texts: list[str], index: int, prose: Prose) -> bool:
    # Buttons, counters, captions and a standfirst do not set a headline apart from its byline.
    text = texts[index]
    return (
        prose.words <= 2 or is_chrome(text) or comment_count(text)
        or (credit_at_end(text) is not None and not titles_an_aside(text))
        or _under_image_name(texts, index) or _above_its_credit(texts, index) or _over_a_credit_line(texts, index)
        or (ends_with_full_stop(text) and prose.words > 8 and not title_cased(text))
    )


def _above_its_credit(texts: list[str], index: int) -> bool:
    # A caption, then the same caption with its credit: "A crowd at the castle (Image: Getty)".
    following = texts[index + 1] if index + 1 < len(texts) else ""
    return following.startswith(texts[index]) and credit_at_end(following) is not None


def _over_a_credit_line(texts: list[str], index: int) -> bool:
    # A caption, then its credit on a line of its own: "(Jane Doe / Courier)", "Image: Jane Doe"; or a
    # picture's text over both, shorter than the caption (a headline over a lead picture is longer). Only a
    # credit in brackets or under its label: "Reviews/Features" on the next line is a section, not a photographer.
    # The picture's text stands under the headline; with no headline over it, the line is the headline.
    following = texts[index + 1: index + 3]
    return bool(following) and (_bracketed_credit(following[0]) or is_labelled_credit(following[0]) or (
        len(following) == 2 and ends_with_full_stop(following[0]) and _bracketed_credit(following[1])
        and len(texts[index]) < len(following[0]) and index > 0 and _long_title(texts[index - 1])))


def _sentence_over_share_bar(page: _Page, index: int, anchors: set[int]) -> bool:
    # "Want to make friends abroad? Social media can help." over "Share on Facebook Share on Twitter", or over the
    # lead picture's caption and its credit (a dump prints the caption alone first), the byline a few lines below:
    # a headline written as sentences.
    texts = [unit.text for unit in page.units[index: index + 3]]
    if len(texts) < 2 or not page.prose[index].sentence or page.prose[index].words > _MAX_SENTENCE_HEADLINE_WORDS:
        return False
    if index > 0 and _long_title(page.units[index - 1].text):
        return False  # under a headline, the sentence is its standfirst
    under = texts[1]
    return (is_share_bar(under) or is_chrome(under) and any(map(is_share_word, under.split()))
            or credit_at_end(under) is not None and not is_credit_only(under)  # a credit alone credits the line over it
            or _above_its_credit(texts, 1)) and not credit_at_end(texts[0]) and any(
        index + 1 < at <= index + _SHARE_BAR_TO_BYLINE for at in anchors)


def _over_lead_credit(texts: list[str], index: int, anchors: set[int]) -> bool:
    # The headline, the lead picture's credit alone under it (a dump may print it twice: the picture's text, then
    # its caption), then the byline or the date: no caption's sentence.
    under = index + 1
    while under < min(len(texts), index + 3) and _bracketed_credit(texts[under]):
        under += 1
    return (under > index + 1 and under in anchors and not ends_with_full_stop(texts[index])
            and title_cased(texts[index]))


def _bracketed_credit(text: str) -> bool:
    return text.startswith("(") and is_credit_only(text)


def _under_image_name(texts: list[str], index: int) -> bool:
    # Browser copies print an image's file name, then its caption: "IMG_1187.JPG".
    return index > 0 and _IMAGE_NAME.search(texts[index - 1]) is not None


def _standfirst(page: _Page, title_at: int | None, body_from: int, points: list[int]) -> list[int]:
    # Prose between the headline and the body: a standfirst, kept as the first paragraph.
    if title_at is None or title_at >= page.start:
        return []
    poll = _poll([unit.text for unit in page.units], title_at + 1, body_from)  # a poll's question is no standfirst
    return [
        i for i in range(title_at + 1, body_from)
        if (page.prose[i].score > 3 and page.prose[i].sentence and i not in page.bylines and i not in poll
            and i not in page.dates and i not in page.playlist and credit_at_end(page.units[i].text) is None)
        or i in points
    ]


def _deck_over_label(page: _Page, index: int) -> bool:
    # "Montreal writer on cabins, markets and the best poutine in 3 towns" / "Author of the article:": a standfirst
    # with no full stop, right under the headline, over the byline's label.
    text = page.units[index].text
    return (index + 1 < len(page.units) and _BY_ALONE.match(page.units[index + 1].text.strip()) is not None
            and page.prose[index].words >= _STANDFIRST_WORDS and summary_line(text) and not is_chrome(text))


def _summary_points(page: _Page, title_at: int | None) -> list[int]:
    """A summary a point a line right under the headline, its byline or its date ("Shoppers were charged up to
    10p for a bag", no full stop): the article's first lines, however little like prose they read."""
    if title_at is None:
        return []
    printed = Counter(unit.text for unit in page.units)
    found: list[int] = []
    run: list[int] = []
    for index in range(title_at + 1, _first_paragraph(page) + 1):
        if index < page.end and _is_point(page, index) and printed[page.units[index].text] == 1:
            run.append(index)
            continue
        if _MIN_POINTS <= len(run) <= _MAX_POINTS and _under_head(page, run[0], title_at):
            found += run
        run = []
    return found


def _is_point(page: _Page, index: int) -> bool:
    # In sentence case, a few words with a function word among them: no button, caption, teaser or link.
    text, prose = page.units[index].text, page.prose[index]
    return (
        summary_line(text) and text[:1].isupper() and prose.words <= _MAX_POINT_WORDS and prose.stopword_density > 0
        and not text.endswith(("...", "…")) and not is_chrome(text) and not opens_new_window(text)
        and credit_at_end(text) is None and index not in page.bylines and index not in page.dates
        and not BY_FIRST.match(text)  # "By Courier with agencies": a byline the head's reading left unmarked
    )


def _under_head(page: _Page, first: int, title_at: int) -> bool:
    # Right under the headline, its byline or its date; the titles under "More from" and a name are
    # that writer's other stories.
    above = first - 1
    return above in {title_at, *page.bylines, *page.dates} and not any(
        is_link_list_heading(page.units[i].text) for i in range(above - 1, first))


def _body_and_captions(page: _Page, order: list[int], title_at: int | None) -> tuple[list[str], list[str]]:
    paragraphs: list[str] = []
    captions: dict[str, str] = {}  # by their casefolded text, each caption once
    last_kept: int | None = None  # where the last paragraph came from, for credit lines
    first = min(order, default=page.start)
    # Captions of a lead picture above the headline count too, and those between a standfirst and the body.
    lead = list(range(max(0, (title_at if title_at is not None else first) - 8), first))
    body = set(order)
    lead += [i for i in range(first, max(order, default=first)) if i not in body and i < page.start]
    slides = _slides(page, order)
    gallery = _gallery_credits(page, order)
    gallery_captions = {page.units[i - 1].text for i in gallery}
    twice = _printed_twice(page)
    if 2 * sum(index in twice for index in order) >= len(order):
        twice = {}  # a gallery whose every slide is printed twice: the slides are its text
    for index in lead + order:
        unit, text = page.units[index], page.units[index].text
        above = page.units[index - 1].text if index else ""
        in_body = index in body
        if index in page.bylines or index in page.dates or (index - 1 in page.bylines and is_role_line(text)):
            continue  # and the writer's job under the byline: "Business reporter, Courier News"
        if text.endswith(":") and len(text.split()) <= _MAX_LABEL_WORDS and index + 1 in page.bylines:
            continue  # the byline's label over it: "Author of the article:"
        if index in twice:
            if twice[index]:
                _add_caption(captions, twice[index])
            continue
        if in_body and is_trailer(text):
            paragraphs.append(text)  # the story's sources, a photo credit among them: the article's, no caption
            last_kept = index
            continue
        if is_credit_only(text) or index in gallery:
            # The credit names the picture of the short line above it, kept or not.
            if in_body and _captioned_credit(page, index, slides, gallery) and not _standfirst_over(
                    page, index, title_at):
                if last_kept == index - 1:
                    paragraphs.pop()
                    if _alt_text_kept(page, paragraphs, index - 2, above):
                        paragraphs.pop()  # the picture's alt text a dump prints over its caption
                _add_caption(captions, f"{above} {text}")
            continue
        if credit_at_end(text) and len(text) <= _MAX_CAPTION_CHARS * 2:
            body_part, caption = _split_caption(unit)
            if caption:
                _add_caption(captions, caption)
                if body_part and in_body:
                    paragraphs.append(body_part)
                elif last_kept == index - 1 and _alt_text_kept(page, paragraphs, index - 1, text):
                    paragraphs.pop()  # the picture's alt text a dump prints over its caption and credit
                continue
        if is_caption_label(above) and index != title_at and len(text) <= _MAX_CAPTION_CHARS \
                and not _reads_as_paragraph(page, index):
            _add_caption(captions, text)  # the line under "Image caption,": its picture's, kept apart
            continue
        other_story = index in page.listed and index not in page.announced  # a summary's points under a box
        if not in_body or index == title_at or other_story or _is_body_chrome(page, index):
            continue
        if unit.picture and (stands_in_for_picture(unit.picture) or not _reads_as_paragraph(page, index)):
            continue  # a picture's alt text after its file name, uncredited: no paragraph, no caption
        if text in gallery_captions and index + 1 not in gallery:
            continue  # a gallery prints its first picture's caption over it as well: the caption's copy
        if _IMAGE_NAME.search(above) and len(text) <= _MAX_CAPTION_CHARS and not _reads_as_paragraph(page, index):
            _add_caption(captions, text)  # the line under an image's file name
            continue
        following = page.units[index + 1].text if index + 1 < len(page.units) else ""
        if following == text and len(text) <= _MAX_CAPTION_CHARS and not _is_code(text):
            _add_caption(captions, text)  # a caption printed twice; code is printed again by its copy button
            continue
        paragraphs.append(text)
        last_kept = index
    return paragraphs, list(captions.values())


def _reads_as_paragraph(page: _Page, index: int) -> bool:
    # A long sentence under a picture without a caption is the paragraph after it: a caption is shorter.
    return page.prose[index].sentence and page.prose[index].words >= _MIN_GLUED_PARAGRAPH_WORDS


def _printed_twice(page: _Page) -> dict[int, str]:
    """Lines printed twice, the second time with a little more, and what each is: the caption they both
    are (its credited copy: "Office blocks by the port." / "Office blocks by the port. Ana Lima for Gulf
    Weekly"), or "" for a line to leave out (a video's teaser with its button, a summary cut short with
    "..." over the paragraphs it summarises)."""
    twice: dict[int, str] = {}
    openings: dict[str, list[int]] = {}
    for index, unit in enumerate(page.units):
        if len(unit.text.split()) >= _MIN_TWICE_WORDS:
            openings.setdefault(unit.text[:_OPENING_CHARS], []).append(index)
    for same in openings.values():
        for first, second in zip(same, same[1:]):
            short, long = sorted((first, second), key=lambda i: len(page.units[i].text))
            start, text = page.units[short].text, page.units[long].text
            if len(start) == len(text) or not text.startswith(start) or _is_code(start):
                continue
            tail = text[len(start):].strip()
            if text.endswith(("...", "…")) and long < short <= long + _SUMMARY_REACH:
                twice[long] = ""  # the summary goes; the paragraph stays
                continue
            # A gallery's long caption, its copy ending in the picture's credit ("... Calif.Jane Doe/The Courier").
            longest = 2 * _MAX_CAPTION_CHARS if is_credit_only(tail) else _MAX_CAPTION_CHARS
            if (second - first <= _CAPTION_REACH and len(text) <= longest
                    and len(tail.split()) <= _MAX_CREDIT_WORDS and not ends_sentence(tail)
                    and all(len(page.units[i].text.split()) <= _MAX_CREDIT_WORDS for i in range(first + 1, second))):
                # "... watch now": a video's teaser and its button, not a caption
                caption = "" if is_chrome_or_buttons(tail) else text
                twice.update({first: caption, second: caption})
    return twice


def _alt_text_kept(page: _Page, paragraphs: list[str], index: int, caption: str) -> bool:
    # Over a caption, short or of one sentence however long (a wire photo's), not over a paragraph taken for one
    # ("... moderate. When asked ... (Reuters)"): there the line is a subheading.
    credit = credit_at_end(caption) or ""
    named = caption[: len(caption) - len(credit)].strip()
    one_sentence = _SENTENCE_BREAK.search(named) is None
    # A caption names its picture in a few words: "COPPA (Children Online ...)" is a heading, not one.
    return (bool(paragraphs) and paragraphs[-1] == page.units[index].text and names_a_picture(named)
            and (len(named.split()) < _MIN_GLUED_PARAGRAPH_WORDS or one_sentence) and _alt_text(page, index))


def _alt_text(page: _Page, index: int) -> bool:
    """A picture's description over its caption: a long line in sentence case that ends no sentence
    ("Two divers in red suits climb onto a pier at low tide"); a subheading is shorter or capitalised."""
    text, prose = page.units[index].text, page.prose[index]
    words = text.split()
    lower = sum(word[:1].islower() for word in words[1:])
    return (page.dump and index >= page.start and not prose.sentence
            and _MIN_ALT_WORDS <= len(words) <= _MAX_PICTURE_WORDS and 2 * lower > len(words)
            and not text.endswith((":", "?", "…", "...")) and not _NUMBERED.match(text))


def _standfirst_over(page: _Page, index: int, title_at: int | None) -> bool:
    # Right under the headline, a long sentence over a credit is the standfirst over an uncaptioned picture.
    return (title_at is not None and index - 1 == title_at + 1 and page.prose[index - 1].sentence
            and page.prose[index - 1].words >= _MIN_GLUED_PARAGRAPH_WORDS)


def _captioned_credit(page: _Page, index: int, slides: set[int], gallery: set[int]) -> bool:
    """Whether the line above a credit line is its picture's caption."""
    if index - 1 in slides:
        return False  # a slide's text is the article's: only its credit goes
    above = page.units[index - 1].text if index else ""
    # Credits in a run name pictures printed without captions: the line above is not one.
    following = page.units[index + 1].text if index + 1 < len(page.units) else ""
    uncaptioned = is_credit_only(above) or is_credit_only(following) or is_chrome(above) or _goes_on_telling(above)
    taken = page.dates.keys() | page.bylines.keys()
    # A gallery's caption may tell its picture's story in a few sentences.
    longest = 2 * _MAX_CAPTION_CHARS if index in gallery else _MAX_CAPTION_CHARS
    return 0 < len(above) <= longest and index - 1 not in taken and not uncaptioned


def _goes_on_telling(text: str) -> bool:
    """A paragraph of the story over a picture without a caption: it opens with a quotation or a linking phrase
    ("In contrast, ...", "At the final, ...", "Much like last year, ..."), which a caption, showing, never does."""
    if len(text.split()) < _MIN_TOLD_WORDS or not ends_sentence(text):
        return False
    if text.startswith(("“", '"')):
        return True
    opening, comma, _ = text.partition(", ")
    return bool(comma) and len(opening.split()) <= _MAX_LINKING_WORDS and (
        opening.split()[0].casefold() in _LINKING_WORDS and not _SHOWN.search(opening))


def _slides(page: _Page, order: list[int]) -> set[int]:
    """Paragraphs over a credit line, when most of the body's paragraphs are: a slideshow's text."""
    paragraphs = [i for i in order if page.prose[i].sentence and page.prose[i].score > _MIN_SLIDE_SCORE]
    credited = {i for i in paragraphs if i + 1 < len(page.units) and is_credit_only(page.units[i + 1].text)}
    # A slideshow prints one credit under every slide; a gallery's photographs each have their own.
    one_credit = len({page.units[i + 1].text for i in credited}) == 1
    return credited if len(credited) >= _MIN_SLIDES and 2 * len(credited) >= len(paragraphs) and one_credit else set()


def _gallery_credits(page: _Page, order: list[int]) -> set[int]:
    """The credits under a gallery's captions: agencies' names alone ("PA", "Reuters") are credits where the same
    names come again and again, each under its caption, among credits of a credit's shape ("AFP via Getty Images")."""
    credits = [i for i in order if i > page.start and _credit_line(page.units[i].text)
               and not _credit_line(page.units[i - 1].text) and names_a_picture(page.units[i - 1].text)]
    found: set[int] = set()
    for run in runs(credits, _GALLERY_REACH):
        names = [i for i in run if not is_credit_only(page.units[i].text)]
        repeated = 2 * len({page.units[i].text.casefold() for i in names}) <= len(names)
        if len(run) >= _MIN_GALLERY_PICTURES and len(names) < len(run) and repeated:
            found.update(run)
    return found


def _credit_line(text: str) -> bool:
    # A credit of a credit's shape, or a name of a few capitalised words that is no label or button
    # ("Advertisement", "Read More") but for a picture agency's ("Getty Images").
    return is_credit_only(text) or (_AGENCY_NAME.match(text) is not None and len(text.split()) <= _MAX_AGENCY_WORDS
                                    and (not is_chrome(text) or _PHOTO_CREDIT.search(text) is not None))


def _split_caption(unit: Unit) -> tuple[str, str]:
    """(body text, caption) of a unit that ends in a credit; a caption is short."""
    if len(unit.text) <= _MAX_CAPTION_CHARS:
        return _glued_paragraph(unit)
    # A dumped paragraph with its caption glued under it: cut at a line that starts a sentence.
    for cut in range(1, len(unit.lines)):
        caption = " ".join(unit.lines[cut:])
        if len(caption) <= _MAX_CAPTION_CHARS and ends_sentence(unit.lines[cut - 1]):
            return " ".join(unit.lines[:cut]), caption
    # A wire photo's long caption, ending "(Photo by Jane Doe/AFP via Getty Images)": a paragraph never does.
    if _PHOTO_CREDIT.search(credit_at_end(unit.text) or ""):
        return "", unit.text
    return unit.text, ""


def _glued_paragraph(unit: Unit) -> tuple[str, str]:
    # A dump glues a short paragraph and the caption on the line under it: "... in the desert." / "The house
    # on Palm Drive Courtesy of Zillow". The paragraph is a long sentence; the caption names the picture.
    for cut in range(1, len(unit.lines)):
        head, tail = " ".join(unit.lines[:cut]), " ".join(unit.lines[cut:])
        credit = credit_at_end(tail) or ""
        if (ends_sentence(unit.lines[cut - 1]) and len(head.split()) >= _MIN_GLUED_PARAGRAPH_WORDS
                and names_a_picture(tail[: len(tail) - len(credit)])):
            return head, tail
    return "", unit.text


def _inside_support_box(page: _Page, index: int) -> bool:
    # The outlet's plea for support: its case between its heading and its closing line ("Your support helps us to
    # tell the story" ... "Your support makes all the difference."), or its opening between the heading and a plea.
    texts = [unit.text for unit in page.units[max(0, index - _SUPPORT_BOX_UNITS): index + _SUPPORT_BOX_UNITS + 1]]
    at = min(index, _SUPPORT_BOX_UNITS)
    if not any(is_support_heading(text) for text in texts[:at]):
        return False
    return any(is_support_heading(text) for text in texts[at + 1:]) or (
        is_support_heading(texts[at - 1]) and at + 1 < len(texts) and is_support_appeal(texts[at + 1]))


def _media_headings(page: _Page) -> bool:
    # Two titles marked as videos or podcasts or more in the body head a round-up's items: the article's own (one
    # printed twice is one player's).
    return len({unit.text for unit in page.units[page.start:page.end] if _MEDIA_LINK.search(unit.text)}) >= 2


def _over_sign_up_box(page: _Page, index: int) -> bool:
    # "Start your days with the latest local news ..." over "By signing up you consent to receive the above
    # newsletter ...": the newsletter's blurb, a form's field or button between at most.
    for below in range(index + 1, min(index + 1 + _SIGN_UP_REACH, len(page.units))):
        text = page.units[below].text
        if is_sign_up_box(text):
            blurb = page.units[index].text
            return page.prose[index].words <= _MAX_BLURB_WORDS and _NEWSLETTER_BLURB.search(blurb) is not None and (
                blurb[:1] not in "\"“‘'")
        if len(text.split()) > _MAX_FIELD_WORDS:
            return False
    return False


def _in_player_box(page: _Page, index: int) -> bool:
    # "WATCH | <label>:" / <the video's title> / "9 hours ago" / "Duration 2:10" / <what the video shows>: a player
    # between paragraphs. The running time alone is the player's in any case; the lines around it only under its label,
    # and the line under it when it tells of what the label and title name.
    units = page.units
    if _DURATION.match(units[index].text):
        return True
    timed = next((i for i in range(max(index - 1, 0), min(index + _PLAYER_TITLE_LINES + 2, len(units)))
                  if i != index and _DURATION.match(units[i].text)), None)
    if timed is None:
        return False
    label = next((i for i in range(timed - 1, max(timed - _PLAYER_TITLE_LINES - 2, -1), -1)
                  if _player_label(units[i].text)), None)
    if label is None or index < label:
        return False
    if index == timed + 1:
        named = set().union(*(content_words(units[i].text) for i in range(label, timed)))
        return bool(content_words(units[index].text) & named)
    return index == label or not page.prose[index].sentence


def _player_label(text: str) -> bool:
    # "WATCH | Harbour pilots explain ...:", "LISTEN | ...": the player's label over the video's title.
    return len(text.split()) <= _MAX_BLURB_WORDS and _PLAYER_LABEL.match(text) is not None


def _is_body_chrome(page: _Page, index: int) -> bool:
    text, prose = page.units[index].text, page.prose[index]
    if is_chrome_or_buttons(text) or is_doubled_teaser(text):
        return True
    if _LIST_NUMBER.match(text):
        return True  # the number says nothing without its item, which stands apart
    if _inside_support_box(page, index):
        return True
    if _in_player_box(page, index):
        return True
    if _over_sign_up_box(page, index):
        return True
    if _MEDIA_LINK.search(text) and not prose.sentence and prose.words <= _MAX_MEDIA_TITLE_WORDS and (
            not _media_headings(page)):
        return True  # "Harbour pilots explain why the ferries stopped – video": another piece, linked or embedded
    if _AGO.match(text.strip()) and _AGO_NOTE.search(text):
        return True  # "2 hours ago", "5 min read": when the story ran, how long it takes; not a list's "8 hours"
    if _COUNT.match(text.strip()) and index < page.start + _HEAD_COUNT_REACH and not any(
            page.prose[i].sentence for i in range(page.start, index)):
        return True  # over the article's first paragraph, a count of its shares or comments
    if index in page.announced or is_trailer(text) or is_attribution(text) or _is_code(text):
        return False  # an item of the article's list, its credits, an answer's signature, a line of its code
    if _is_picture_text(page, index) or describes_a_picture(text):
        return True
    if not prose.sentence and index + 1 in page.dates and index > page.start:
        return True  # a video's or another story's headline over its date: the article's subheadings have none
    if _is_tail_headline(page, index) and any(
            _is_tail_headline(page, i) for i in (index - 2, index - 1, index + 1, index + 2) if 0 <= i < page.end):
        return True  # under the article's last statement, a list of other stories' headlines
    if _is_file_name(text):
        return True
    if prose.sentence or prose.words > _MAX_CHROME_WORDS:
        return False
    if _IMAGE_NAME.search(text) or _COUNTER.match(text) or _IMAGE_SLUG.match(text):
        return True  # "IMG_1187.JPG", "2/5", "average-test-scores": a picture's file name or a slideshow's counter
    if page.printed[text] >= _LABEL_PRINTS:
        return True  # a label printed at each ad slot or player: the article's subheadings differ
    if _under_topics_label(page, index):
        return True  # "Tags:", then a topic a line: links, however much they read like a list's items
    if _in_item_run(page, index):
        return False  # an ingredient or a step of the article's own list, however many there are
    # A subheading or a short list between paragraphs is the article's; a lone short line is not.
    return not _between_paragraphs(page, index)


def _is_file_name(text: str) -> bool:
    # Code's names stay: a variable in lower case ("max_length"), a constant ("android.os.BUILD_ID").
    if _AGENCY_SERIAL.match(text) or _SERIAL_AT_END.match(text):
        return True
    return _UNDERSCORED.match(text) is not None and (
        _SERIAL_PART.search(text) is not None or (text[:1].isupper() and text[1:2].islower()))


def _under_topics_label(page: _Page, index: int) -> bool:
    # Up through the short lines above it to a "Tags:" label: one of the topics a line under it.
    above = index - 1
    while above >= max(page.start, index - _MAX_TOPIC_LINKS) and page.prose[above].words <= _MAX_CHROME_WORDS and (
            not page.prose[above].sentence):
        if is_topics_label(page.units[above].text):
            return True
        above -= 1
    return False


def _in_item_run(page: _Page, index: int) -> bool:
    # One of three or more lines in a row going on in lower case ("1/2 cup milk", "2 cloves garlic, sliced"):
    # menus, tags and other stories' headlines start in capitals, a logo's name is one word.
    if page.items is None:
        page.items = set()
        run: list[int] = []
        for i in range(page.start, page.end + 1):  # found once: a long list is walked once, not once per line
            if i < page.end and _is_item(page, i):
                run.append(i)
                continue
            if len(run) >= _MIN_ITEMS:
                page.items.update(run)
            run = []
    return index in page.items


def _is_item(page: _Page, index: int) -> bool:
    text = page.units[index].text
    return not page.prose[index].sentence and len(text.split()) >= 2 and goes_on_lower(text) and not is_chrome(text)


def _spilled_script(text: str) -> bool:
    # Minified script or markup, long and dense with code's signs: "b=0;b<a.h.length;++b)a.l.apply(a,a.h[b]);".
    return len(text) >= _MIN_SCRIPT_CHARS and sum(map(_CODE_SIGNS.__contains__, text)) >= _SCRIPT_SIGN_SHARE * len(text)


def _is_code(text: str) -> bool:
    """A line of code or data: a shell prompt, a key and its value, a brace, an assignment, a call and ";"."""
    if len(text) > _MAX_CODE_CHARS or _PLACEHOLDER.match(text):
        return False  # a paragraph, or a page's template field its script never filled: "{{message}}"
    edges = text.strip().strip(",;")
    return (text.startswith(("$ ", *_COMMENT_MARKS)) or _KEY_VALUE.match(text) is not None
            or edges[:1] in _CLOSERS or edges[-1:] in _OPENERS or any(sign in text for sign in _ASSIGNMENTS)
            or text.endswith((");", "):", "';", '";')) or _CALL_THEN_COMMENT.search(text) is not None)


def _is_picture_text(page: _Page, index: int) -> bool:
    # A picture's text a dump prints between two paragraphs: "peanut butter truffles in a ceramic bowl".
    # Lower case, no sentence and no code; an article's list stands among more short lines.
    text, prose = page.units[index].text, page.prose[index]
    if not (prose.lower and not prose.sentence and prose.words <= _MAX_PICTURE_WORDS and _PLAIN_WORDS.match(text)):
        return False
    before = page.units[index - 1].text if index else ""
    after = index + 1
    return ends_sentence(before) and not (after < len(page.units) and _short_line(page, after))


def _short_line(page: _Page, index: int) -> bool:
    return not page.prose[index].sentence and page.prose[index].words <= _MAX_PICTURE_WORDS


def _is_tail_headline(page: _Page, index: int) -> bool:
    # A headline-like line under the body's last statement: no sentence (or one in title case, or a
    # question), not announcing what follows, capitalised.
    text, prose = page.units[index].text, page.prose[index]
    if index <= page.last_paragraph or not _MAX_CHROME_WORDS < prose.words <= _MAX_TAIL_HEADLINE_WORDS:
        return False
    if index in page.announced or index in page.dates or find_date(text):
        return False  # an item of a list the article announces; a comment's name and time
    return ((not prose.sentence or prose.score == TITLE_LIKE or _is_question(text))
            and text[:1].isupper() and not text.endswith((":", "…", "...")))


def _is_statement(text: str, prose: Prose) -> bool:
    # A sentence of the article, not a question (other stories' headlines ask them too); or a long
    # paragraph signed at its end ("... for the first time. [Jane Doe]"), longer than any teaser's summary.
    if prose.score >= LONG_PARAGRAPH:
        return True
    return prose.sentence and prose.words >= _STATEMENT_WORDS and prose.score > 0 and not _is_question(text)


def _is_question(text: str) -> bool:
    return text.rstrip("\"”’' ").endswith("?")


def _between_paragraphs(page: _Page, index: int) -> bool:
    def is_short(i: int) -> bool:
        return not page.prose[i].sentence and page.prose[i].words <= _MAX_CHROME_WORDS

    def stepped_over(i: int) -> bool:
        # Short lines, and a picture between the paragraph and the subheading: its caption and credit.
        text = page.units[i].text
        return is_short(i) or (len(text) <= _MAX_CAPTION_CHARS and credit_at_end(text) is not None)

    before, after = index - 1, index + 1
    while before >= page.start and stepped_over(before) and index - before <= _MAX_SHORT_RUN:
        before -= 1
    while after < page.end and stepped_over(after) and after - index <= _MAX_SHORT_RUN:
        after += 1
    # Under a subheading, a paragraph, or right under it a sentence announcing a list ("It has three uses:").
    return (
        before >= page.start and after < page.end and page.prose[before].score > 0
        and (page.prose[after].score > 5 or (after == index + 1 and announces(page.units[after].text, page.prose[after])))
        and not is_short(before) and not is_short(after)
    )


def _byline(page: _Page, title_at: int | None, body_from: int) -> str | None:
    anchor = _lowest_copy(page, title_at, body_from) if title_at is not None else page.start
    if name := _byline_with_note(page, anchor, body_from):
        return name
    head_end = _head_end(page, body_from)
    texts = [unit.text for unit in page.units]
    head = _unless_on_every_card(page, [i for i in page.bylines if i < head_end and not _signs_a_ranked_card(texts, i)])
    if head:
        nearest = min(head, key=lambda i: abs(i - anchor))
        return _with_next_name(page, nearest, page.bylines[nearest])
    if name := _bare_byline(page, anchor, body_from) or _name_over_buttons(page, anchor) or _dated_name_over_icons(
            page, anchor) or _dated_name_over_bar(page, anchor):
        return name
    for copy in _other_copies(page, title_at, anchor, body_from):
        if name := _bare_byline(page, copy, max(body_from, copy + 1)) or _name_under_copy(page, copy):
            return name
    # In the body, a post the story embeds is signed by someone it told of ("Posted by Jane Doe MP on ..."
    # under "Harbour MP Jane Doe said ..."): not its writer.
    signed = {i: name for i, name in page.bylines.items() if i < body_from or not _told_above(page, i, body_from)}
    # Early in the body, under notes to the reader and a standfirst that looked like paragraphs.
    early = [i for i in signed if body_from <= i < min(page.start + _EARLY_UNITS, page.end)]
    if early:
        return signed[min(early)]
    if name := _signed_off(page, body_from, signed):
        return name
    # Cut off at the end of the copy: one byline below the body; several are other stories' cards.
    tail = {signed[i] for i in signed if i >= page.end - 3}
    if len(tail) == 1:
        return tail.pop()
    # An author's box inside what was taken for the body ("Published by", the name): the page's only byline.
    below = {signed[i] for i in signed if i >= body_from}
    if len(below) == 1 and not tail:
        return below.pop()
    # A note on the writer under the article names them, over a line alone under the headline that only reads
    # like a name ("Harbour Grid Watch", a series' name).
    return (_noted_writer(page, body_from) or _name_alone(page, anchor, body_from) or _signature(page, body_from)
            or _boxed_writer(page, body_from) or _editor(page, anchor, body_from) or _wire_sign_off(page, body_from))


def _as_told(page: _Page, byline: str | None) -> str | None:
    # "By Jane Doe Bloomberg": a syndicated column's outlet after the writer's name, no comma between. A note on
    # the writer elsewhere names them without it ("Jane Doe is a Bloomberg Opinion columnist"), and never with it;
    # a person in the story ("Mary Ann, 83, ...") or an outlet ("... your home with Harbour Living?") is no note.
    words = byline.split() if byline else []
    if (len(words) < _MIN_TOLD_NAME_WORDS + 1 or "," in byline or " and " in byline or "&" in words
            or words[0] == "The"):
        return byline  # "The Northern Press": a desk or an outlet signs it, named whole
    text = "\n".join(unit.text for unit in page.units if byline not in unit.text)
    if re.search(rf"\b{re.escape(byline)}\b", text):
        return byline
    for cut in range(len(words) - 1, _MIN_TOLD_NAME_WORDS - 1, -1):
        told = " ".join(words[:cut])
        added = " ".join(words[cut:])
        if (all(word[:1].isupper() and not _SUFFIX.fullmatch(word) for word in words[cut:]) and not _DESK.search(added)
                and not is_role_line(added) and re.search(rf"\b{re.escape(told)}{_TOLD_OF}", text, re.I)):
            return told
    return byline


def _without_site(byline: str | None, site: str | None) -> str | None:
    # "By Jane Doe, Simcoe Reformer": the paper the page is from, after the writer, is no second writer.
    if byline and site and byline.casefold().endswith(", " + site.casefold()):
        return byline[: -len(site) - 2]
    return byline


def _without_places(page: _Page, byline: str | None, body_from: int) -> str | None:
    # "By Jane Doe, New Delhi", "Jane Doe | New Delhi | Updated ...": the place filed from reads like a second
    # writer, but the story names it ("NEW DELHI: ..."), and not the writers who signed it.
    parts = byline.split(", ") if byline else []
    if len(parts) < 2 or len(parts[0].split()) < 2 or any(re.search(r"\sand\s|&", part) for part in parts):
        return byline  # "AFP, MANILA": a wire's byline names its place, and that is how it is printed
    told = " ".join(page.units[i].text for i in range(body_from, page.end) if page.prose[i].sentence)
    # Named as a place ("in the North Sea", "from New Delhi"): a writer named in the story is told of otherwise.
    return ", ".join([parts[0], *(part for part in parts[1:] if not re.search(
        rf"\b(?:in|at|from|near|across|off|outside)\s+(?:the\s+)?{re.escape(part)}\b", told, re.I))])


def _name_under_copy(page: _Page, copy: int) -> str | None:
    # A name alone right under the headline's copy ("Jane Doe" / "Filed to: ..."), a comment count between at most;
    # not a menu's item under it ("Africa" / "America Latina").
    counted = copy + 2 < len(page.units) and page.units[copy + 1].text.strip().isdigit()
    whole = _whole_name(page, copy + 2 if counted else copy + 1)
    return whole if whole and _name_alone(page, copy, copy + 1) == whole else None


def _other_copies(page: _Page, title_at: int | None, anchor: int, body_from: int) -> list[int]:
    # The headline printed more than once: a name and a date may sit under its first copy (a bar at the
    # top, the article's own copy lower) or under a copy the body holds (a copy for phones above it).
    if title_at is None:
        return []
    title = page.units[title_at].text
    first = next((i for i in range(max(0, title_at - _COPY_UNITS), anchor) if page.units[i].text == title), None)
    return [i for i in (first, _headline_again(page, title_at)) if i is not None]


def _signature(page: _Page, body_from: int) -> str | None:
    # No byline at all, but a signature under the last paragraph: a letter's name and place ("Jane Doe,
    # Leeds") or a column's name after a dash ("— Jane Doe"); a heading there ("Related Posts") has neither.
    last = max((i for i in range(body_from, page.end) if _is_paragraph(page, i)), default=None)
    if last is not None and last + 2 < page.end and page.prose[last + 1].sentence:
        last += 1  # a short closing sentence ("The incident drew a crowd.") over the signature
    if last is None or last + 1 >= len(page.units) or _is_paragraph(page, last + 2):
        return None
    line = page.units[last + 1].text.strip()
    text = without_leading_marks(line)
    name = bare_name(text)
    after = text[len(name):].strip() if name and text.startswith(name) else None
    place = after[1:].split() if after and after.startswith(",") else None
    if place and len(place) <= _SIGNATURE_PLACE_WORDS and all(word[:1].isupper() for word in place):
        return name  # "Jane Doe, Leeds"
    if after != "" or not line.startswith(_DASHES):
        return None
    page.bylines.setdefault(last + 1, name)  # "— Jane Doe": a byline under the article, no paragraph of it
    return name


def _noted_writer(page: _Page, body_from: int) -> str | None:
    # No byline at all, but a note on the writer under the article, about someone the article never
    # mentioned before.
    texts = [unit.text for unit in page.units]
    tail_from = max(body_from, page.end - _NOTE_UNITS)
    for index in range(tail_from, min(len(texts), page.end + _TAIL_UNITS)):
        name = (_note_on_writer(texts[index]) or _boxed_name(texts, index) or _labelled_note(texts, index)
                or contact_name(texts[index]))
        # Not a person in the story ("... Doe is a reporter who was detained ..."); the box's own lines
        # above the note (the name alone, its picture's text) and a picture's credit are no mention.
        if name and not any(name.split()[-1] in texts[i] and texts[i].strip() != name and not _credits(texts[i])
                            for i in range(body_from, index)):
            return name
    return None


def _note_on_writer(text: str) -> str | None:
    # "Jane Doe is a staff writer at ...": what the note says they are, among its first words.
    note = _BIO_OPENING.match(text) if len(text) <= _MAX_TAIL_BIO_CHARS else None
    if note is None or not _WRITERS_TRADE.search(" ".join(text.split()[:_NOTE_WORDS])):
        return None
    return bare_name(text[:note.start("surname")] + note["surname"])


def _boxed_name(texts: list[str], index: int) -> str | None:
    # An author's box: the name alone, then a note on them ("Jane Doe" / "Jane covers energy ...", "As the
    # Courier's energy editor, Jane covers ..."), a button between at most ("Jane Doe" / "Menu" / the note).
    name = bare_name(texts[index])
    if not name or name.casefold() != texts[index].strip().casefold() or index + 1 >= len(texts):
        return None
    below = index + 2 if is_chrome(texts[index + 1]) and index + 2 < len(texts) else index + 1
    if name.split()[0] not in texts[below]:
        return None  # the note names them: a cheap test before a pattern is built for the name
    said = rf"(?:{re.escape(name)} {_BIO_VERB}|{re.escape(name.split()[0])} {_FIRST_NAME_BIO})"
    return name if re.match(rf"{_NOTE_OPENING}{said}", texts[below]) else None


def _credits(text: str) -> bool:
    # A picture's credit, or the credits of a gallery's pictures ("(Image credits: Jane Doe; Tom Roe)").
    return credit_at_end(text) is not None or _PICTURE_CREDITS.search(text) is not None


def _boxed_writer(page: _Page, body_from: int) -> str | None:
    # No byline at all, but an author's box away from the article (a blog's sidebar over it, a box under
    # the picks below it) about someone the story never names; a picture's credit may name them.
    texts = [unit.text for unit in page.units]
    told = [texts[i] for i in range(body_from, page.end) if not _credits(texts[i])]
    for index in (*range(page.start), *range(page.end, len(texts))):
        name = _boxed_name(texts, index) or _introduced(page, index)
        if name and not any(name.split()[-1] in text for text in told):
            return name
    return None


def _wire_sign_off(page: _Page, body_from: int) -> str | None:
    # No writer anywhere, but the wire's sign-off under the last paragraph: "(Reporting by Jane Doe; Editing by
    # Tom Roe)" names the reporters. Further down, the next story's sign-off names its own.
    # The story's own date may stand in the body's first units, under a picture's caption, before any sentence.
    first = next((i for i in range(max(body_from, page.start), page.end) if ends_sentence(page.units[i].text)),
                 page.end)
    for index in range(max(body_from, page.end - _NOTE_UNITS), min(len(page.units), page.end + _SIGN_OFF_BELOW)):
        # Under another story's date, the sign-off is that story's (a box of related links inside the article is not).
        if (name := wire_reporters(page.units[index].text)) and not any(
                i in page.dates for i in range(first + 1, index)):
            return name
    return None


def _editor(page: _Page, anchor: int, body_from: int) -> str | None:
    # No writer anywhere, but the story's editor on its dated line by the headline ("Energy Edited by Jane
    # Doe Updated: 13 Nov 2026"): the one who signs it.
    for index in range(anchor + 1, min(body_from + _BYLINE_BUTTONS, len(page.units))):
        edited = _EDITED_BY.search(page.units[index].text) if index in page.dates else None
        if edited and (name := byline_name(page.units[index].text[edited.end():])):
            return name
    return None


def _introduced(page: _Page, index: int) -> str | None:
    # A blog's box where the writer introduces themselves: "I'm Jane Doe. On this site I ..."; a reader
    # does so in a comment, under their dated name.
    match = _SELF_INTRODUCTION.match(page.units[index].text)
    name = bare_name(match["name"]) if match else None
    if not name or name.casefold() != match["name"].casefold():
        return None
    return None if any(i in page.dates for i in range(max(0, index - _COMMENT_DATE_REACH), index)) else name


def _labelled_note(texts: list[str], index: int) -> str | None:
    # "About the author", then a note that starts with the name: "Jane Doe covers energy ...".
    if index == 0 or not _BY_ALONE.match(texts[index - 1]) or len(texts[index]) > _MAX_TAIL_BIO_CHARS:
        return None
    note = re.match(rf"(?P<name>(?:\S+ ){{1,3}}?){_BIO_VERB}", texts[index])
    name = bare_name(note["name"].strip()) if note else None
    return name if name and name.casefold() == note["name"].strip().casefold() else None


def _unless_on_every_card(page: _Page, head: list[int]) -> list[int]:
    # "by Site Contributor" on this story's card and on every other one: the writer's own byline is another.
    # Counted over the whole page: the cards may run on far below where the body ends.
    counts = Counter(page.bylines.values())
    lines = Counter(unit.text for unit in page.units)
    own = [i for i in head if max(counts[page.bylines[i]], lines[page.units[i].text]) < _CARD_CREDIT_PRINTS]
    return own or head


def _lowest_copy(page: _Page, title_at: int, body_from: int) -> int:
    # A headline printed again lower down (a bar at the top, then the article's own): the byline is
    # near the lower copy, under the date and the share counts between them.
    title = page.units[title_at].text
    return max(i for i in range(title_at, max(body_from, title_at + 1)) if page.units[i].text == title)


def _told_above(page: _Page, index: int, body_from: int, byline: str | None = None) -> bool:
    # The byline's first name told of inside a sentence of the body above it ("Harbour MP Jane Doe said").
    name = re.split(r",|\s(?:and|&)\s", byline or page.bylines[index])[0].split()[:2]
    said = " ".join(name)
    return len(name) == 2 and any(
        said in page.units[i].text and not page.units[i].text.startswith(said) and page.prose[i].sentence
        for i in range(body_from, index))


def _signed_off(page: _Page, body_from: int, signed: dict[int, str]) -> str | None:
    # "Written by Jane Doe" under the last paragraph, other stories' cards below with their own:
    # the first byline after a paragraph and before none (a card's byline comes before its summary).
    below = sorted(i for i in signed if i >= body_from)
    first = below[0] if below else None
    return signed[first] if first is not None and _is_paragraph(page, first - 1) and not _is_paragraph(
        page, first + 1) else None


def _is_paragraph(page: _Page, index: int) -> bool:
    # A sentence long enough to be one of the article's paragraphs, not a heading or a signature.
    return index >= 0 and _is_sentence_run(page.prose, index)


def _head_end(page: _Page, body_from: int) -> int:
    # A byline sits above the third paragraph: a standfirst and a lead picture's caption may come first.
    paragraphs = [i for i in range(body_from, page.end) if _is_paragraph(page, i)]
    return max(body_from + 3, paragraphs[2] if len(paragraphs) > 2 else page.end)


def _bare_byline(page: _Page, anchor: int, body_from: int) -> str | None:
    # A name without "By" counts when a date, a job title or a handle stands beside it.
    texts = [unit.text for unit in page.units]
    found: list[tuple[bool, bool, int, int, str]] = []
    # Down to the first paragraph: share buttons printed twice may stand between a standfirst and the name.
    first = next((i for i in range(body_from, min(body_from + _FIRST_PARAGRAPH_REACH, page.end)) if _is_paragraph(
        page, i)), body_from)
    # Under a short article, readers' comments, each signed and dated: none of them signs it.
    stop = _comments_from(page, page.end, min(max(max(body_from, anchor + 1) + 10, first), len(texts)))
    for index in range(max(0, anchor - 4), stop):
        if index != anchor and len(texts[index].split()) >= _MIN_HEAD_WORDS and texts[anchor].endswith(texts[index]):
            continue  # the headline again, under a breadcrumb run into it: "Harbour Star, Jane Doe Is Back ..."
        if _signs_a_ranked_card(texts, index):
            continue
        if index > anchor and (name := name_after_date(texts[index])):  # above, it is another story's card
            if not _teaser(texts, index + 1):  # below too, when a title and "Read More" follow
                found.append((False, False, index - anchor, index, name))
            continue
        if index > anchor and (run := _run_of_names(page, index)):
            found.append((False, False, index - anchor, index, run))  # "Jane Doe" / "Tom Roe" / the date
            continue
        name = bare_name(texts[index]) if index != anchor else None
        if name is None and index != anchor and (parted := name_among_dated_parts(texts[index])):
            found.append((index < anchor, False, abs(index - anchor), index, parted))  # dated on its line
            continue
        # Its address on its line, above the article: under it, "Contact Jane Doe at ..." names someone in the story.
        if name is None and index < body_from and index != anchor and (addressed := name_with_address(texts[index])):
            found.append((index < anchor, False, abs(index - anchor), index, addressed))
            continue
        if name is None and index > anchor:  # an agency or outlet under the headline, the date above or below
            # ... or how long ago it ran below, right under the headline: "Associated Press" over "42 min ago" (lower
            # down, a sidebar's card is signed so).
            ago_below = (index <= anchor + _AGO_UNDER and index + 1 < len(texts)
                         and _AGO.match(texts[index + 1].strip()) is not None)
            name = outlet_name(texts[index], index + 1 in page.dates or (index - 1 > anchor and index - 1 in page.dates)
                               or ago_below)
            if name and is_own_reporter(name) and bare_name(texts[index - 1]):
                name = None  # "Jane Doe" / "BBC Correspondent": the job of the writer named above
        if name is None and index + 1 in page.dates and (index == anchor + 1 or (
                index == anchor + 2 and page.prose[anchor + 1].words >= _STANDFIRST_WORDS) or (
                anchor + 1 < index <= anchor + _STANDFIRST_UNITS and page.prose[index - 1].sentence)):
            name = wire_agency(texts[index])  # "CWN" between the headline (or its standfirst) and the date
        self_dated = False
        if name is None and index > anchor:
            name = dated_agency(texts[index])  # "CWN | Updated: Nov 13, 2026"
            self_dated = name is not None
        elif name is None and index == anchor - 1 and not _whole_name(page, anchor + 1):
            # "Last Updated : Nov 13, 2026 | Source: CWN" over the headline, no writer's name alone under it
            name = sourced_agency(texts[index])
            self_dated = name is not None
        if name is None or is_credit_only(texts[index]):  # "Jane Doe/Agency" credits a picture
            continue
        if _unnamed_after_by(page, index, name):
            continue  # "By Invitation": a column's name reads as an agency's, which the page names again
        if _in_comment_thread(page, index, name) or _told_of(page, name, body_from) or _topic(page, name, body_from):
            continue
        if index > body_from and _SPEAKER_LINE.match(texts[index]) and _told_above(page, index, body_from, name):
            continue  # "Jane Doe, TV writer and producer." under her quote: the story told of her above
        # Over the writer's address too: no anchor for the headline, which the address may stand between.
        if self_dated or _beside_date_or_title(page, index) or _address_under(page, index):
            name = _listed_names(page, index, name)
            # Below the headline first: a name above it is more often a section or a kicker; then a
            # name with its title or date on its own line ("Jane Doe Senior Correspondent") before
            # a button beside the date ("Text Size").
            found.append((index < anchor, not _dated_or_titled(page, index), abs(index - anchor), index, name))
    if not found:
        return None
    at, name = min(found)[3:]
    if at >= body_from and at not in page.dates:
        page.bylines.setdefault(at, name)  # under the standfirst, the byline's line is no paragraph
    return _with_next_name(page, at, name)


def _name_over_buttons(page: _Page, anchor: int) -> str | None:
    # "Jane Doe" / "facebook" / "tweet" / "post" / "Grid Watch" / "11.13.26" / the headline: the writer's name
    # alone over the share buttons, a kicker and the date right over the headline, further up than its reach.
    texts = [unit.text for unit in page.units]
    # A date with a two-figure year ("12.16.14") counts here: the share buttons above it mark the article's head.
    dated = [i for i in (anchor - 1, anchor - 2) if i >= 0 and (i in page.dates or _date_of(texts[i], page.day_first))]
    if not dated:
        return None
    for index in range(anchor - 2, max(0, anchor - _NAME_OVER_HEAD) - 1, -1):
        at = index + 1
        while at < dated[0] and _share_button(texts[at]):
            at += 1
        kicker = at < dated[0] and len(texts[at].split()) <= _KICKER_WORDS and at + 1 == dated[0]
        if at - index < 2 or not (at == dated[0] or kicker):
            continue  # two buttons at least, then the date or a kicker over it
        name = bare_name(texts[index])
        if name and name.casefold() == without_leading_marks(texts[index]).casefold() and not is_credit_only(
                texts[index]):
            return name
    return None


def _dated_name_over_icons(page: _Page, anchor: int) -> str | None:
    # "Jane Doe 11/13/26 11:04am" / "Edit1,204g" / "37" / "K" / the headline: the icons' counts a word a line
    # stand between the writer's dated line and the headline, past the reach of a name beside it.
    at = anchor - 1
    while at >= max(0, anchor - _MAX_ICON_LINES) and _is_icon(page.units[at].text):
        at -= 1
    return _dated_name(page, at) if at >= 0 and anchor - at > _NAME_ABOVE else None


def _dated_name_over_bar(page: _Page, anchor: int) -> str | None:
    # "09/09/2026" / "7:30 AM" / "Jane Doe" / "Commentary" / "0 Comments" / "Vote up!" ... / the headline: the
    # writer's name under the date and the time, over a bar of buttons a line each, further up than a name's reach.
    for at in range(anchor - 1, max(-1, anchor - 1 - _MAX_BAR_LINES), -1):
        text = page.units[at].text
        if len(text.split()) > _BAR_BUTTON_WORDS:  # "Vote up!" is a button, a paragraph is longer
            return None
        above = page.units[at - 1].text.strip() if at > 0 else ""
        if _TIME_OF_DAY.match(above) and at - 2 in page.dates and (name := bare_name(text)) and (
                name.casefold() == without_leading_marks(text).casefold()):
            return name
    return None


def _is_icon(text: str) -> bool:
    return len(text.strip()) <= _ICON_CHARS and len(text.split()) == 1


def _told_of(page: _Page, name: str, body_from: int) -> bool:
    # "North Korea 09:31 August 20, 2026" over a story that names North Korea again and again: a section
    # or a topic beside the date, not the writer, whom the story does not mention (a note on them aside).
    told = [i for i in range(body_from, min(page.end, body_from + _TOLD_UNITS)) if name in page.units[i].text
            and not page.units[i].text.startswith(name) and page.prose[i].sentence]
    return len(told) >= _TOLD_TIMES


def _topic(page: _Page, name: str, body_from: int) -> bool:
    # "Climate Crisis" over the date: a topic's label in title case, each of its words one the story writes in
    # small letters ("the climate crisis"), where a writer's name is printed with capitals if at all.
    if page.lower_words is None:
        page.lower_words = {word for i in range(body_from, min(page.end, body_from + _TOLD_UNITS))
                            if page.prose[i].sentence for word in _WORD.findall(page.units[i].text) if word.islower()}
    words = name.split()
    return len(words) >= 2 and all(word.casefold() in page.lower_words for word in words)


def _run_of_names(page: _Page, index: int) -> str | None:
    # Writers a line each (a list of links, one name an item, "and" between or nothing), the date right
    # under the last; a run starts with the whole of a name, and more than four are a list of columnists.
    if _whole_name(page, index - 1) or not _whole_name(page, index):
        return None  # the run starts above
    lines = [without_leading_marks(unit.text) for unit in page.units[index: index + 2 * _MAX_RUN_NAMES]]
    names, used = listed_on_lines(lines)
    at = index + used
    dated = at in page.dates or (at < len(page.units) and _marked_date(page.units[at].text))
    return names if names and 2 <= len(_names_in(names)) <= _MAX_RUN_NAMES and dated else None


def _whole_name(page: _Page, index: int) -> str | None:
    # A line that is a name and nothing else.
    return whole_name(page.units[index].text) if 0 <= index < len(page.units) else None


def _listed_names(page: _Page, index: int, name: str) -> str:
    # "Jane Doe, Tom Roe" with no "and": a name and a place look alike ("Jane Doe, Royal Exchange
    # Square"), so the list counts when each later name is printed alone again, as in the authors' box.
    parts = [part.strip() for part in without_leading_marks(page.units[index].text).split(",")]
    if len(parts) < 2 or parts[0] != name or not all(" " in part and bare_name(part) == part for part in parts):
        return name
    alone = {unit.text.strip() for unit in page.units}
    return ", ".join(parts) if all(part in alone for part in parts[1:]) else name


def _unnamed_after_by(page: _Page, index: int, name: str) -> bool:
    # "By Reuters" over the date counts where the page names the agency again ("(Reuters) -", "Editing by ...;
    # Reuters"); "By Invitation" or "By Design" heads a column, and the page does not name it again. Where the
    # wire filed from may follow: "By Reuters in Washington", "By Invitation in London".
    line = page.units[index].text.strip()
    filed_from = r"(?:\s+in(?:\s+[A-Z][\w'’.-]*)+)?"
    if " with " in name or not re.match(rf"(?i:by):?\s+{re.escape(name)}\b{filed_from}(?!\s+\w)", line):
        return False
    word = re.compile(rf"\b{re.escape(name)}\b")
    return not any(word.search(unit.text) for at, unit in enumerate(page.units) if at != index)


def _with_next_name(page: _Page, index: int, name: str) -> str:
    # "Jane Doe, Staff Attorney" then "& Tom Roe, Director of Research": each name with its title, a line each.
    following = page.units[index + 1].text if index + 1 < len(page.units) else ""
    more = re.match(r"^(?P<conjunction>&|and)\s+(?P<rest>.+)$", following.strip())
    if more and (other := bare_name(more["rest"].split(",")[0])):
        return f"{name} {more['conjunction']} {other}"  # as printed: "and" or "&"
    return _titled_names(page, index, _names_under_pictures(page, index, name))


def _names_under_pictures(page: _Page, index: int, name: str) -> str:
    # "thumbnail" / "Jane Doe@jdoe" / "thumbnail" / "Tom Roe@troe": a dump prints each writer's picture by its text;
    # a page read without its style sheet prints no picture, each name glued to its handle ("Jane Doe@jdoe" /
    # "Tom Roe@troe").
    names, at = [name], index
    while at + 1 < len(page.units):
        step = 2 if at + 2 < len(page.units) and _PICTURE_TEXT.match(page.units[at + 1].text.strip()) else 1
        # With no picture between, both lines carry a handle: a name alone under a byline is a heading or a link.
        if step == 1 and not _named_with_handle(page.units[at].text, names[-1], required=True):
            break
        text = page.units[at + step].text
        other = bare_name(text)
        if not other or other in names or not _named_with_handle(text, other, required=step == 1):
            break
        names.append(other)
        at += step
    return ", ".join(names)


def _named_with_handle(text: str, name: str, required: bool) -> bool:
    # The name and nothing else but its handle: "Jane Doe@jdoe", "Jane Doe @jdoe", or "Jane Doe" where none is required.
    alone = "" if required else "|" + re.escape(name)
    return re.fullmatch(rf"{re.escape(name)}\s*@\w+{alone}", text.strip()) is not None


def _titled_names(page: _Page, index: int, name: str) -> str:
    # "Jane Doe" / "Staff Writer" / "Tom Roe" / "Staff Writer": each writer alone over their title; a dump may
    # print each name twice, the picture's text and then the link.
    texts = [unit.text.strip() for unit in page.units]
    names, seen = [name], {name}  # a set beside the list: a list searched for each name grows with the square
    at = _past_copy(texts, index) + 1
    while at + 2 < len(texts) and is_role_line(texts[at]) and (
            (other := bare_name(texts[at + 1])) and other.casefold() == texts[at + 1].casefold()
            and other not in seen):
        role = _past_copy(texts, at + 1) + 1
        if role >= len(texts) or not is_role_line(texts[role]):
            break
        names.append(other)
        seen.add(other)
        at = role
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else name


def _past_copy(texts: list[str], index: int) -> int:
    # The line's copy right under it, where there is one: a dump prints a writer's picture by its text, then the link.
    return index + 1 if index + 1 < len(texts) and texts[index + 1] == texts[index] else index


def _byline_with_note(page: _Page, anchor: int, body_from: int) -> str | None:
    # The byline whose author has a note on the page ("Jane Doe is a reporter ..."), however far
    # from the headline: other stories' bylines may stand nearer.
    texts = [unit.text for unit in page.units]
    # Under a "By" line over the body, "Jane Doe was 17 when ..." in the body tells of the story's subject.
    signed = any(i < body_from for i in page.bylines)
    notes = [text for at, text in enumerate(texts[page.start: page.end + _TAIL_UNITS], start=page.start)
             if len(text) <= _MAX_TAIL_BIO_CHARS and (bio := _BIO.match(text)) and (
                 not signed or at >= page.end or not bio[0].endswith("was "))]
    if not notes:
        return None
    found = {i: name for i, name in page.bylines.items() if i < page.end}
    for index in range(max(0, anchor - 4), min(max(body_from, anchor + 1) + 6, len(texts))):
        if index != anchor and (name := bare_name(texts[index])) and _beside_date_or_title(page, index):
            found.setdefault(index, _titled_names(page, index, _listed_names(page, index, name)))
    # Notes by their first two words: each byline looks only at notes that may start with its names.
    by_start: dict[tuple[str, ...], list[str]] = {}
    for note in notes:
        by_start.setdefault(tuple(note.split(maxsplit=2)[:2]), []).append(note)
    noted = [i for i, name in found.items() if any(
        note.startswith(f"{part} ") for part in _names_in(name) for note in by_start.get(tuple(part.split()[:2]), ()))]
    # A "By" line first: the names under it may stand nearer, a line each.
    return found[min(noted, key=lambda i: (i not in page.bylines, abs(i - anchor)))] if noted else None


def _names_in(byline: str) -> list[str]:
    return [name.strip() for name in re.split(r",|\band\b|&", byline) if len(name.split()) > 1]


def _name_alone(page: _Page, anchor: int, body_from: int) -> str | None:
    # A line that is only a name: right under the headline, or near it with the author's note
    # lower down ("Jane Doe is a reporter ...").
    texts = [unit.text for unit in page.units]
    found = []
    for index in range(max(0, anchor - 6), min(body_from + 3, len(texts))):
        name = (bare_name(texts[index]) or agency_and_place(texts[index])) if index != anchor else None
        if name is None or name.casefold() != without_leading_marks(texts[index]).casefold() or any(
                texts[i].startswith(texts[index]) and not _picture_then_link(texts, min(i, index))
                for i in (index - 1, index + 1) if 0 <= i < len(texts)):
            continue  # not a name alone, or a section's name printed twice: "Open Future", "Open Future ━━━"
        tail = range(max(index + 1, page.end - _TAIL_UNITS), min(len(texts), page.end + _TAIL_UNITS))
        # A note on the writer ("Jane Doe is a reporter"), not the site's disclaimer ("Courier Online is not
        # responsible for the opinions ...", chrome).
        again = any(_BIO.match(texts[i]) and texts[i].startswith(name) and not is_chrome(texts[i]) for i in tail)
        # Names hold no function words after the first: "Laugh Every Morning" is a tagline.
        if any(word.casefold() in stoplist() for word in name.split()[1:]) or _repeated_in_head(page, index, body_from):
            continue
        if _named_in_caption(texts, index, name) or _heads_a_section(page, index, body_from):
            continue
        # Right under the headline; under a paragraph only on a dated page: there a short line heads a section.
        under = anchor < index <= anchor + 2 and (_dated_head(page, anchor, index) or not any(
            _is_paragraph(page, i) for i in range(anchor + 1, index)))
        if (under or again or _under_date_and_standfirst(page, anchor, index)) and (
                not _in_lower_case(page, name, body_from) and not _topic(page, name, body_from)):
            found.append((abs(index - anchor), name))
    return min(found)[1] if found else None


def _heads_a_section(page: _Page, index: int, body_from: int) -> bool:
    # "Configuring Ferries" in a table of contents by the headline, and again alone between two of the
    # body's paragraphs: a section's heading. An author's box under the article starts its note with the name
    # or a pronoun ("She covers ...").
    text, first = page.units[index].text.strip(), page.units[index].text.split()[0]
    return any(page.units[i].text.strip() == text and _is_paragraph(page, i - 1) and _is_paragraph(page, i + 1)
               and not page.units[i + 1].text.startswith((first, *_NOTE_PRONOUNS))
               for i in range(max(body_from, index + 1), page.end))


def _named_in_caption(texts: list[str], index: int, name: str) -> bool:
    # A picture's text, then its caption naming the same person after other words ("Harbour master Jane Doe;
    # ..."): the picture's subject, not the writer. A note on the writer starts with the name.
    return any(name in texts[i] and not texts[i].startswith(name) and len(texts[i].split()) >= _CAPTION_WORDS
               for i in range(index + 1, min(index + 3, len(texts))))


def _picture_then_link(texts: list[str], index: int) -> bool:
    # "Jane Doe" twice, then a note on her or the date: a dump prints the writer's picture by its text,
    # then the link to their page; a section's name printed twice stands over a menu or a headline.
    if index + 2 >= len(texts) or texts[index] != texts[index + 1]:
        return False
    below = texts[index + 2]
    return date_line(below) is not None or below.startswith(f"{texts[index].split()[0]} ")


def _repeated_in_head(page: _Page, index: int, body_from: int) -> bool:
    # "REPAIR CONTACT" on every slide of a slider above the article: a link, not a writer.
    text = page.units[index].text.casefold()
    head = range(max(0, index - _HEAD_UNITS), body_from)
    return sum(page.units[i].text.casefold() == text for i in head) >= _SLIDES


def _in_lower_case(page: _Page, name: str, body_from: int) -> bool:
    # "Leadership Styles" over a text about "the leadership styles of managers": a topic, not a person,
    # whose name is never printed in small letters.
    lower = re.compile(rf"\b{re.escape(name.lower())}\b")
    return any(lower.search(page.units[i].text) for i in range(body_from, min(page.end, body_from + _HEAD_UNITS)))


def _under_date_and_standfirst(page: _Page, anchor: int, index: int) -> bool:
    # "Headline / Updated 13 Nov 2026 / One sentence of summary / Jane Doe": only a date and a
    # standfirst stand between the headline and the name.
    between = range(anchor + 1, index)
    summaries = [i for i in between if i not in page.dates and page.prose[i].sentence]
    # Without a date by the headline, a short line under the first paragraph heads a section: "General Information".
    return len(between) <= 3 and len(summaries) == 1 and _dated_head(page, anchor, index) and all(
        i in page.dates or i in summaries for i in between)


def _name_alone_in_body(page: _Page, byline: str, body_from: int) -> int | None:
    # The byline's name alone on a line among the body's first, printed once there (twice, a picture's text and
    # its link, the copies go as repeats do).
    texts = [unit.text.strip() for unit in page.units[max(0, body_from - 1): body_from + _STANDFIRST_UNITS + 1]]
    return next((i for i in range(body_from, min(body_from + _STANDFIRST_UNITS, page.end))
                 if page.units[i].text.strip() == byline and texts.count(byline) == 1), None)


def _dated_head(page: _Page, anchor: int, index: int) -> bool:
    # A date right over the headline or between it and the line at `index`: an article's head, not a guide's.
    return any(i in page.dates for i in range(max(0, anchor - _DATE_OVER_HEADLINE), index))


def _beside_date_or_title(page: _Page, index: int) -> bool:
    beside = [i for i in (index - 1, index + 1, index + 2) if 0 <= i < len(page.units)]
    name = page.units[index].text
    if index >= 2 and page.units[index - 1].text.startswith(f"{name} ") and not _named_below(page, index, name):
        # "Jane Doe at the newsroom in 2018. (photo by Tom Roe)" / "Jane Doe": a dump prints her picture's text
        # between the date and her name; a story's subject, pictured there too, is named in the story.
        beside.append(index - 2)
    # Two lines down only past a short line (a role, a handle) or a second name, never past a headline.
    between = page.units[index + 1].text if index + 1 < len(page.units) else ""
    if index + 2 in beside and len(between.split()) > 4 and not re.match(r"(?:&|and)\s", between) and not (
            _PLACE_AND_OUTLET.match(between)) and not _over_tagline(page, index):
        beside.remove(index + 2)
    # A job title follows the name; one above it is another line's word ("Contributor Awards", then a menu).
    return _dated_or_titled(page, index) or any(_dates_or_titles(page, index, i) for i in beside) or (
        _dated_past_buttons(page, index, -1) or _dated_past_buttons(page, index, 1))


def _named_below(page: _Page, index: int, name: str) -> bool:
    surname = name.split()[-1]
    return any(surname in unit.text for unit in page.units[index + 1: max(page.end, index + 1)])


def _dates_or_titles(page: _Page, name_at: int, index: int) -> bool:
    # A date beside the name, or under it the writer's role (not a list's label), the time since publication or
    # the time of day.
    text = page.units[index].text
    under = index > name_at and (
        (is_role_line(text) and not _a_lists_label(page, index)) or _AGO.match(text.strip()) is not None
        or _TIME_OF_DAY.match(text.strip()) is not None
        # "Jane Doe and Tom Roe" / "USA TODAY Network" on an undated page: writers listed over their outlet (one name
        # may be a menu's; under a dated headline, a picture's people over its credit).
        or index == name_at + 1 and not page.dates and ends_in_outlets_word(text.strip())
        and _names_listed(page.units[name_at].text))
    return index in page.dates or under or _marked_date(text)


def _names_listed(line: str) -> bool:
    # "Jane Doe and Tom Roe", every word of the line a writer's ("GOP Picks Gillespie, Democrats Pick ..." is a headline).
    names = bare_name(line)
    return _LISTED.search(line) is not None and names is not None and words_of(names) == words_of(line)


def _over_tagline(page: _Page, index: int) -> bool:
    # "Jane Doe" twice (the picture's text, then the link), then the writer's tagline, no sentence of prose,
    # then the date: a profile's block, where a name over a standfirst is a section's heading.
    # A name holds no function words after the first: "ASK A LINEWORKER" twice is a section's label over a headline.
    name = page.units[index].text.strip()
    return index > 0 and page.units[index - 1].text.startswith(name) and not page.prose[index + 1].sentence and not any(
        word.casefold() in stoplist() for word in name.split()[1:])


def _a_lists_label(page: _Page, index: int) -> bool:
    # "Readers' Editor |" under each of a menu's items: the label of a list's items, not a writer's role;
    # under a name each time it is each writer's title ("By Jane Doe" / "Staff Writer" / "Tom Roe" / ...).
    text = page.units[index].text
    copies = [i for i in range(max(1, index - _LABEL_REACH), min(len(page.units), index + _LABEL_REACH))
              if page.units[i].text == text]
    return len(copies) >= _SLIDES and any(
        not (bare_name(page.units[i - 1].text) or byline_name(page.units[i - 1].text)) for i in copies)


def _address_under(page: _Page, index: int) -> bool:
    # "Jane Doe" over "jdoe@example.com | Courier Reporting": the writer's address, with their name in it.
    name = bare_name(page.units[index].text)
    below = page.units[index + 1].text.strip() if name and index + 1 < len(page.units) else ""
    address = _ADDRESS_FIRST.match(below)
    return address is not None and any(
        len(part) > 2 and part.casefold() in address["local"].casefold() for part in (name.split()[0], name.split()[-1]))


def _dated_past_buttons(page: _Page, index: int, step: int) -> bool:
    # "13 Nov 2026" / "facebook" / "tweet" / "email" / "Jane Doe": a dump prints the share buttons' text
    # between the name and the date, where a copy of icons prints nothing.
    at, skipped, tools = index + step, 0, False
    while 0 <= at < len(page.units) and skipped < _MAX_BUTTONS_BETWEEN:
        tool = is_tool_button(page.units[at].text)
        if not (tool or _share_button(page.units[at].text)):
            break
        at, skipped, tools = at + step, skipped + 1, tools or tool
    if skipped == 0 or not 0 <= at < len(page.units):
        return False
    if at in page.dates or _marked_date(page.units[at].text):
        return not tools or _role_or_outlet_under(page, index)
    # "2 hours ago" / "Share" / "Save" / "Jane Doe" / "BBC News": a broadcaster's head, the time since publication
    # over the buttons and the writer's role or outlet under the name (not a picture's credit or caption).
    return (step < 0 and tools and _AGO.match(page.units[at].text.strip()) is not None
            and _role_or_outlet_under(page, index))


def _role_or_outlet_under(page: _Page, index: int) -> bool:
    # "Political correspondent", "BBC News, Eastmere": a newsroom's name, not a picture agency's ("PA Media", "EPA"),
    # under a person's name (not "Eastmere Swimming Club") the text does not name again (a picture's subject, its
    # outlet's credit under it), over the body (a live page's next post prints the same head among the paragraphs).
    name = page.units[index].text
    if index >= page.start or any(word.casefold() in _BODIES for word in name.split()) or (
            _named_below(page, index + 1, name)):
        return False
    below = page.units[index + 1].text.strip() if index + 1 < len(page.units) else ""
    outlet = below.split(",")[0].split()
    return is_role_line(below) or (len(outlet) > 1 and outlet[-1].casefold() in NEWSPAPER_WORDS)


def _share_button(text: str) -> bool:
    words = text.split()
    return is_chrome(text) or (0 < len(words) <= _BUTTON_WORDS_MAX and all(
        word.casefold() in CHROME_WORDS for word in words))


def _marked_date(text: str) -> bool:
    # "● 13 Nov 2026": a date under a dump's list mark.
    unmarked = without_leading_marks(text)
    return text[:1] != unmarked[:1] and _date_of(unmarked) is not None


def _in_comment_thread(page: _Page, index: int, name: str) -> bool:
    # "Jane Doe July 25, 2026 at 7:01 pm", a comment, then "Tom Roe July 26, 2026 at 9:12 am": readers'
    # names, each dated, a few lines apart; a byline is printed once.
    if _dated_name(page, index) is None:
        return False
    near = range(max(0, index - _COMMENT_GAP), min(len(page.units), index + _COMMENT_GAP + 1))
    return any(i != index and (other := _dated_name(page, i)) and other != name for i in near)


def _dated_name(page: _Page, index: int) -> str | None:
    # The name on a line with the date after it: "Jane Doe July 25, 2026 at 7:01 pm".
    text = page.units[index].text
    if len(text) > _MAX_BYLINE_CHARS or not (name := bare_name(text)):
        return None
    rest = _after_the_name(text, name)
    return name if rest and (_date_of(rest) or find_date(rest)) else None


def _after_the_name(text: str, name: str) -> str:
    # "Jane Doe | Staff Writer | 25 November 2014" -> "Staff Writer | 25 November 2014".
    rest = without_leading_marks(text)[len(name):].strip(" ,|•·/")
    handle, _, after = rest.partition(" ")
    # "Jane Doe jdoe 6h ago": a dump prints the writer's handle without its @ between the name and the time.
    return after if after and name and handle_of(handle, name.split()) else rest


def _dated_or_titled(page: _Page, index: int) -> bool:
    # "Jane Doe | Staff Writer | 25 November 2014", "Jane Doe 7 hours": a role or a time after the name.
    name = bare_name(page.units[index].text) or ""
    rest = _after_the_name(page.units[index].text, name)
    first_part = re.split(r"\s*[|•·]\s*", rest, maxsplit=1)[0]
    return bool(rest) and (is_role_line(first_part) or _AGO.match(rest) is not None or _date_of(rest) is not None
                           or find_date(rest) is not None  # "Jane Doe · Courier News · Posted: Nov 13, 2026"
                           or names_a_degree(page.units[index].text)  # "Jane Doe Ph.D. Minds at Work"
                           or ends_in_glued_outlet(page.units[index].text))  # "Jane Doe and Tom RoeUSA TODAY"


def _published(page: _Page, title_at: int | None, body_from: int,
               byline: str | None) -> tuple[str | None, int | None]:
    """The publication date, and the line it was read from when that line is no date line of its own."""
    anchor = title_at if title_at is not None else page.start
    if iso := _date_under_head_byline(page, anchor, body_from) or _date_by_headline(page, anchor, body_from, byline):
        return iso, None
    # A date beside a section, a place or the outlet: "Politics / 14 November 2026"; right by the headline,
    # beside a breadcrumb too ("Blog Home AI & Machine Learning • 14 November 2026").
    for index in sorted(range(max(0, anchor - 6), min(body_from + 3, len(page.units))), key=lambda i: abs(i - anchor)):
        text = page.units[index].text
        if iso := loose_date_line(text, page.day_first, _BREADCRUMB_WORDS if abs(index - anchor) == 1 else 4):
            return iso, index
        if 0 < index < len(page.units) - 1 and (iso := date_over_lines(
                text, page.units[index - 1].text, page.units[index + 1].text)):
            return iso, index
        if index > anchor and (iso := date_after_sentence(text, page.day_first)):
            return iso, None  # the standfirst's line, the date run into it: still the standfirst
    if found := _date_under_writer(page, anchor, body_from, byline):
        return found
    if found := _later_head_date(page, anchor, body_from):
        return found
    head = [i for i in page.dates if i <= body_from + 3]
    if not head and title_at is None:
        # No headline found: the body may begin with the notes above the article, its date among them.
        head = [i for i in page.dates if body_from <= i <= body_from + _UNTITLED_DATE_UNITS]
    if head:
        return page.dates[min(head, key=lambda i: abs(i - anchor))], None
    signed = _date_under_article(page)
    return signed if signed[0] else _published_note_under(page) or _posted_on(page)


def _published_note_under(page: _Page) -> tuple[str, int] | None:
    # "Story published on Oct 5, 2026.": a note under the article's last paragraph dates it, nothing at its head.
    for index in range(page.last_paragraph + 1, min(page.end + _TAIL_UNITS, len(page.units))):
        text = page.units[index].text
        if index in page.dates and starts_with_date_note(text) and not is_update_note(text):
            return page.dates[index], index
    return None


def _posted_on(page: _Page) -> tuple[str | None, int | None]:
    # A blog's note under the post, a sentence: "This entry was posted on Sunday, November 15th, 2026 at 3:00 pm".
    for index in range(page.start, min(page.end + _TAIL_UNITS, len(page.units))):
        if iso := posted_on(page.units[index].text, page.day_first):
            return iso, None
    return None, None


def _comments_from(page: _Page, start: int, stop: int) -> int:
    # Where the comments' heading stands between `start` and `stop`, else `stop`.
    return next((i for i in range(start, stop) if is_comments_heading(page.units[i].text)), stop)


def _date_under_article(page: _Page) -> tuple[str | None, int | None]:
    # A post signed and dated under its last paragraph ("Courier News, November 14, 2026"), nothing at its
    # head; a run of dates there dates readers' comments or other stories' cards, not the article.
    start = page.end
    while start - 1 in page.dates:  # a date line is no paragraph: the body may end at the line over it
        start -= 1
    # A reader's comment under it, however few, is dated, not the article.
    for index in range(start, _comments_from(page, start, min(start + _SIGNED_DATE_UNITS, len(page.units)))):
        text = page.units[index].text
        if index in page.bylines or short_year_only(text, page.day_first):  # "Version 4.13.26"
            continue
        if iso := page.dates.get(index) or loose_date_line(text, page.day_first):
            after = range(index + 1, min(index + 1 + _TAIL_UNITS, len(page.units)))
            return (None, None) if any(i in page.dates for i in after) else (iso, index)
    return None, None


def _date_by_headline(page: _Page, anchor: int, body_from: int, byline: str | None) -> str | None:
    # A date line or a byline's date near the headline, those under it first.
    near = [i for i in page.dates if anchor - 6 <= i <= body_from + 3]
    # "Updated: Mar 6, 2027" beside "Original: Dec 21, 2026": the first publication counts.
    near = [i for i in near if not _update_line(page, i)] or near
    # "Related News": other stories' titles, each over its date, between the headline and the byline.
    near = [i for i in near if not _card_date(page, i, anchor)] or near
    # The date on the byline's line: "By Jane Doe, 13 Nov 2026", "Jane Doe | Staff | 13 Nov 2026".
    named = [i for i in range(max(0, anchor - 4), min(body_from + 3, len(page.units)))
             if bare_name(page.units[i].text) and _beside_date_or_title(page, i)]
    # The line the byline was read from, under a standfirst: "Jane Doe Nov 13 2026, 12:16 PM ET".
    named += [i for i in range(body_from + 3, min(body_from + 10, len(page.units)))
              if byline and bare_name(page.units[i].text) == byline]
    # The aggregator's line the byline was read from: "The Courier 13/11/2026 Jane Doe" (not a card's "Read More" over).
    texts = [unit.text for unit in page.units]
    named += [i for i in range(anchor + 1, min(body_from + 3, len(texts)))
              if byline and name_after_date(texts[i]) == byline and not _teaser(texts, i + 1)]
    # Other stories' cards signed and dated under the article ("by Tom Roe (5/17/2026)") date those stories.
    signed = _article_bylines(page, body_from, byline)
    on_bylines = [(i, iso) for i in sorted([*signed, *named], key=lambda i: abs(i - anchor))
                  if (iso := find_date(page.units[i].text, page.day_first))]
    # Under the headline first: dates above it may be other stories' cards ("Title / Nov 3, 2026").
    below = [i for i in near if i > anchor]
    if below:
        return page.dates[min(below)]
    if on_bylines and on_bylines[0][0] > anchor:
        return on_bylines[0][1]
    if near:
        return page.dates[min(near, key=lambda i: abs(i - anchor))]
    return on_bylines[0][1] if on_bylines else None


def _card_date(page: _Page, index: int, anchor: int) -> bool:
    # One of three dates or more a line apart, another line between each (not the headline, a byline or a date):
    # a list of cards, each title over its date; or the date under the title "Read next" heads.
    texts = [unit.text for unit in page.units[max(0, index - 3): index]]  # and the label over the label
    if under_next_label(texts, len(texts) - 1):
        return True

    def dated_card(at: int) -> bool:
        between = at - 1
        return at in page.dates and between not in page.dates and between != anchor and between not in page.bylines

    if not dated_card(index):
        return False
    first = last = index
    while dated_card(first - 2):
        first -= 2
    while dated_card(last + 2):
        last += 2
    return (last - first) // 2 + 1 >= _CARD_DATES


def _article_bylines(page: _Page, body_from: int, byline: str | None) -> list[int]:
    # Bylines near the article's top or naming its writer: other stories' cards under it are signed and dated too.
    return [i for i in page.bylines if i < min(page.end, body_from + _EARLY_UNITS) or page.bylines[i] == byline]


def _date_under_writer(page: _Page, anchor: int, body_from: int,
                       byline: str | None) -> tuple[str, int | None] | None:
    # Below a photo and its credit, the byline and then the date: "By Jane Doe" / "Nov. 13, 2026".
    # Or under a short line that names the writer again: "View all posts by Jane Doe" / "Nov. 13, 2026".
    naming = [i for i in range(anchor, min(body_from + _NAMED_AGAIN_UNITS, len(page.units)))
              if byline and len(page.units[i].text) <= 60 and byline in page.units[i].text]
    for named_at in sorted({*_article_bylines(page, body_from, byline), *naming}):
        for index in range(named_at + 1, min(named_at + 3, len(page.units))):
            if iso := page.dates.get(index):
                return iso, None
            if iso := loose_date_line(page.units[index].text, page.day_first):
                return iso, index
    return None


def _date_under_head_byline(page: _Page, anchor: int, body_from: int) -> str | None:
    # "By Jane Doe" / "Senior Reporter" / the headline again / a kicker / "Sep 3, 2026": with no date line by the
    # headline, the one a few lines under its byline beats the writer's other stories signed far below.
    if any(anchor - 6 <= i <= body_from + 3 for i in page.dates):
        return None
    head = [i for i in page.bylines if anchor < i <= body_from + 3]
    if not head or find_date(page.units[min(head)].text):  # "By Jane Doe | 05/11/2026": the byline's own date
        return None
    # Past any line but the article's first sentence: dates under it are other stories'.
    at = _date_below(page, min(head), _DATE_UNDER_BYLINE,
                     lambda i: not (page.prose[i].sentence and page.prose[i].score > 0))
    return page.dates[at] if at is not None else None


def _date_below(page: _Page, start: int, reach: int, passable: Callable[[int], bool]) -> int | None:
    """The first date line within `reach` lines under `start`, past lines `passable` lets through only."""
    for i in range(start + 1, min(start + 1 + reach, len(page.units))):
        if i in page.dates:
            return i
        if not passable(i):
            return None
    return None


def _later_head_date(page: _Page, anchor: int, body_from: int) -> tuple[str, int | None] | None:
    # Dates in shapes that mark them as the article's own: before a note on where the story first ran, under
    # a label or a blog post's title a little further down than a date line is looked for; the "Date" field last.
    for index in range(max(0, anchor - 6), min(body_from + 3, len(page.units))):
        if iso := date_before_first_run(page.units[index].text, page.day_first):
            return iso, index  # "May 4, 2026 This story originally appeared on Courier Wire": no paragraph
    iso = (_date_under_label(page, anchor, body_from) or _date_over_post_title(page, body_from)
           or _date_past_icons(page, body_from) or _date_field(page))
    return (iso, None) if iso else None


def _date_under_label(page: _Page, anchor: int, body_from: int) -> str | None:
    # "By" / "Jane Doe" / "Published" / "Nov 13, 2026" under a standfirst: the label says whose date it is.
    return next((page.dates[i] for i in sorted(page.dates) if anchor < i <= body_from + _LABELLED_DATE_UNITS
                 and is_published_label(page.units[i - 1].text)), None)


def _date_over_post_title(page: _Page, body_from: int) -> str | None:
    # A blog's date header over its post's title, the post under that: "Saturday, March 7, 2026" / "On Tides".
    for i in range(body_from, min(body_from + _POST_TITLE_UNITS, len(page.units) - 2)):
        title, first = page.units[i + 1].text, page.prose[i + 2]
        if i in page.dates and may_title_a_text(title) and not page.prose[i + 1].sentence and first.sentence \
                and first.score > 0:
            return page.dates[i]
    return None


def _date_past_icons(page: _Page, body_from: int) -> str | None:
    # "By Jane Doe" / "fb" / "tw" / "mail" / ... / "Nov 13, 2026": a dump prints each share icon's name on a
    # line of its own between the byline and the date.
    def icon(i: int) -> bool:
        return len(page.units[i].text.split()) <= 3 and not page.prose[i].sentence and page.prose[i].score <= 0

    for named_at in sorted(i for i in page.bylines if i <= body_from + 3):
        # The date may stand on the line right after the last of the icons the reach lets through.
        at = _date_below(page, named_at, _MAX_ICON_LINES + 1, icon)
        if at is not None and at - named_at > 2:
            return page.dates[at]
    return None


def _date_field(page: _Page) -> str | None:
    # "Date 19.01.2026" beside "Author Jane Doe" in a box of the story's details, printed once or twice: one
    # date however often. A page of events, each with its "Date:", gives none.
    found = {iso for unit in page.units if (iso := labelled_date(unit.text, page.day_first))}
    return found.pop() if len(found) == 1 else None


def _update_line(page: _Page, index: int) -> bool:
    # "Updated 14 Nov 2026", or the date under a label of its own: "Last modified:" / "14 Nov 2026".
    above = page.units[index - 1].text if index > 0 else ""
    return is_update_note(page.units[index].text, above)


def _without_repeats(paragraphs: list[str], captions: list[str], title: str) -> list[str]:
    # Captions repeat in scraped pages, sometimes without their credit; the title too.
    unwanted = {title.casefold()}
    for caption in captions:
        unwanted.add(caption.casefold())
        credit = credit_at_end(caption)
        if credit:
            unwanted.add(caption[: -len(credit)].strip().casefold())
    seen: set[str] = set()
    body: list[str] = []
    long_captions = {caption for caption in captions if len(caption.split()) >= _MIN_GLUED_CAPTION_WORDS}
    for paragraph in paragraphs:
        paragraph = _without_caption_first(paragraph, long_captions) if long_captions else paragraph
        key = paragraph.casefold()
        if key in unwanted or key in seen:
            continue
        seen.add(key)
        body.append(paragraph)
    return body


def _without_caption_first(paragraph: str, captions: set[str]) -> str:
    # A video's title printed once more, a dump wrapping the paragraph under it onto its last line: the paragraph alone.
    # Each of the paragraph's first word boundaries is looked up: a page may hold thousands of captions.
    spaces = [at for at, char in enumerate(paragraph[:_MAX_GLUED_CAPTION_CHARS + 1]) if char == " "]
    for at in spaces[_MIN_GLUED_CAPTION_WORDS - 1:]:
        if paragraph[:at] in captions:
            return paragraph[at + 1:]
    return paragraph


def _without_button(title: str) -> str:
    # A button copied with the headline: "Oil prices: what to watch in 2015 Add to ..."
    if not title.endswith(("...", "…")):
        return title
    words = title.rstrip(".… ").split()
    kept = len(words)
    while kept > 1 and len(words) - kept < 3 and words[kept - 1].casefold() in _BUTTON_WORDS:
        kept -= 1
    return " ".join(words[:kept]) if kept < len(words) else title


def _without_bios(paragraphs: list[str], byline: str | None) -> list[str]:
    # "Jane Doe is a reporter at ...": the author's note under the article.
    names = [name.strip() for name in re.split(r",|\band\b", byline or "") if name.strip()]
    surnames = [name.split()[-1] for name in names if len(name.split()) > 1]  # "Doe is an economist"
    # Under the last paragraph the note runs longer and may use the first name: "Jane is a freelance ..."
    first_names = [name.split()[0] for name in names if len(name.split()) > 1]
    tail = len(paragraphs) - _BIO_TAIL
    # Where the article first uses each name, looked up once: a long text may hold many notes.
    first_use = {name: next((i for i, p in enumerate(paragraphs) if name in p), len(paragraphs))
                 for name in names + surnames}

    def is_bio(index: int, paragraph: str) -> bool:
        near_end = index >= tail
        if len(paragraph) > (_MAX_TAIL_BIO_CHARS if near_end else _MAX_BIO_CHARS):
            return False
        said = names + surnames + (first_names if near_end else [])
        named = [name for name in said  # the cheap test first: most paragraphs start with no name
                 if paragraph.startswith(name) and re.match(rf"{re.escape(name)} {_BIO_VERB}", paragraph)]
        # Inside the article, a name its paragraphs already used is the story's subject, not its writer.
        if named and (near_end or all(first_use.get(name, index) >= index for name in named)):
            return True
        # Without a byline: a full name the article never mentions before its last paragraphs.
        stranger = _BIO_OPENING.match(paragraph) if near_end else None
        return stranger is not None and not any(
            stranger["surname"] in earlier for earlier in paragraphs[:index])

    return [p for i, p in enumerate(paragraphs) if not is_bio(i, p)]


def _add_caption(captions: dict[str, str], caption: str) -> None:
    caption = caption_without_button(caption)
    # The alt text and the caption may differ in their quotes only: "company's", "company’s".
    captions.setdefault(" ".join(caption.casefold().translate(_STRAIGHT_QUOTES).split()), caption)
