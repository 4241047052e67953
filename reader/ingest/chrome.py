"""Site chrome that scraped pages carry around the article: menus, share bars, ads."""

from __future__ import annotations

import functools
import re

# Whole lines that are never article text (compared lower-cased, without end punctuation).
_CHROME_TEXT = """
    skip to content|skip to main content|skip to navigation|skip navigation|jump to content
    menu|open menu|close menu|main menu|navigation|search|open search|close|home|back to top
    subscribe|subscribe now|sign in|sign up|log in|login|log out|register|my account|account
    share|share this|share this article|share this story|share this page|share article
    share on facebook|share on twitter|share on x|share on whatsapp|share via email
    copy link|copy link to clipboard|link copied|email|print|tweet|facebook|twitter|x
    whatsapp|linkedin|reddit|advertisement|advert|ad|sponsored|sponsored content
    story continues below advertisement|continue reading|continue reading below|read more
    read more stories|related|related stories|related articles|related content|related topics
    more on this story|most read|most popular|most viewed|trending|trending now|top stories
    latest|latest news|recommended|you may also like|newsletter|sign up for our newsletter
    comments|show comments|view comments|listen|listen to this article|follow us|image
    cookie settings|accept cookies|accept all cookies|manage cookies|privacy policy
    terms of use|terms and conditions|contact us|about us|all rights reserved|loading
    watch|video|play video|audio|live|breaking|breaking news|getty images|about|newsletters
    you might also like|share on linkedin|share on reddit|share on bluesky|share via whatsapp
    continue reading the main story|view full size image|loading photo gallery|view/post comments
    read next|read this next|up next|more stories|more news|what to read next|site map|sitemap|become a member
    copy url|copy link url|copied|url copied|short url|get short url|print this page|print this article|shares
    image zoom|sign me up|bookmark|story saved|article saved
    discussion policy|comment policy|commenting policy|comments policy
    links to this post|links to this article|links to this story
    social share|editors pick|editor's pick|editors' pick|editor’s pick|editors’ pick
    purchase licensing rights|enlarge this image|enlarge image
    terms of service|privacy statement|already a member|show ad|print this|share this
"""
CHROME_LINES = frozenset(
    phrase.strip() for phrase in _CHROME_TEXT.replace("\n", "|").split("|") if phrase.strip()
)

# Words that make up share bars and account menus: "Share Tweet Pin-it", "Sign In Sign Up".
CHROME_WORDS = frozenset(
    word for phrase in CHROME_LINES for word in (*phrase.split(), *re.split(r"[\s/]+", phrase))
) | frozenset("pin pin-it pinterest google+ tumblr stumble comment more email print in up".split())

# A share bar's buttons: the networks' names, the share words and the "+" of "Google +", each may have its count
# ("1955 CONNECT 220 TWEET"), and a copy may run some together ("COMMENTEMAILMORE").
_SHARE_BAR_WORDS = frozenset(
    "facebook twitter x linkedin reddit whatsapp pinterest tumblr stumbleupon digg delicious flipboard pocket telegram "
    "messenger weibo sina vk buffer bluesky threads mastodon evernote instapaper google google+ + share shares tweet "
    "tweets pin pin-it email e-mail mail print comment comments more connect sms stumble".split()
)
_COUNT_TEXT = r"\d[\d,.]*[kKmM]?"  # a button's count: "12", "1,955", "2.4k"
_COUNT = re.compile(rf"^{_COUNT_TEXT}$")
_LEADING_COUNT = re.compile(rf"^{_COUNT_TEXT}\s*(?=[A-Za-z])")  # "1Print this page"
_COUNT_AFTER = re.compile(rf"\s*\({_COUNT_TEXT}\)\s*$")  # "Comments (79)"
# An icon's text before its button's name, as a dump prints a picture's alt text: "An envelope. It indicates
# the ability to send an email. Email A stylized bird ...": a button's name, then the next icon's description.
_BUTTON_THEN_ICON = re.compile(r"[.!?\"”]\s+([A-Z][\w+-]*)\s+(?:An?|The)\s")
_MIN_DESCRIBED_BUTTONS = 2
# A player's box of embed code, however long its address: "Embed <iframe src=...", "(BUTTON) Embed [<iframe ...".
_EMBED_CODE = re.compile(r"^(?:\(button\)\s*)?embed\s*\[?<iframe\s+src=", re.I)
_ICON_WORD = re.compile(r"\bicon\b", re.I)
_DESCRIBED = re.compile(r"^(?:An?|The)\s[^.!?]+\.$")  # "An curved arrow pointing right."
_MAX_ICON_WORDS = 12
_ICON_BUTTONS = _SHARE_BAR_WORDS | {"save", "bookmark", "copy", "link"}
_MIN_SHARE_BAR_WORDS = 3
_PIN_IT = re.compile(r"\bpin it\b", re.I)  # Pinterest's button, in two words: "Share Tweet Pin it"
_MAX_GLUED_CHARS = 40

# Buttons a copy prints a line each around the byline, whose words are no buttons' elsewhere ("save post office",
# "Marta Font", "Full text of the statement").
_TOOL_BUTTONS = frozenset({"save", "text size", "font size"})


def is_tool_button(line: str) -> bool:
    """"Save", "Text size": a button alone on its line, as a broadcaster's copy prints them by the byline."""
    return normalized(line) in _TOOL_BUTTONS


# Headings of link lists: the rest of their block is other stories, not this one.
LINK_LIST_HEADINGS = frozenset(
    {
        "related", "related stories", "related articles", "related content", "related topics",
        "more on this story", "most read", "most popular", "most viewed", "read more",
        "recommended", "you may also like", "you might also like", "trending", "trending now",
        "top stories", "latest news", "you may like", "up next", "read next", "read this next", "what to read next",
        "don't miss",
        "don’t miss",
    }
)
_TEASER_BUTTON = re.compile(r"^(?:read more|continue reading|keep reading|read the full (?:story|article))\W*$", re.I)
# "More from Sport", "More like this", "Related coverage", "Related video": a list of other stories follows.
# "More stories" alone is no such heading: a site prints it over the article's own headline.
# "More Great Courier Stories", "More Top Stories": words between "More" and the stories.
_MORE_FROM = re.compile(r"^(?:more (?:from|on|in|related|like this|coverage)\b.{0,40}"
                        r"|more (?:[\w'’-]+ ){1,3}(?:stories|articles|reads|videos)"
                        r"|related(?: \w+){1,2}:?"
                        r"|next up in (?:[\w'’&-]+ ){0,2}[\w'’-]+"  # "Next Up In News"
                        # "Trending Posts", "Popular Stories", "Recent Articles".
                        r"|(?:trending|popular|recent|featured|recommended) (?:posts|stories|articles|videos))$", re.I)

# Short lines starting like this are chrome too ("Copyright 2026 ...", "Read more: ...").
# "Story: <headline>", "Video: <headline>": a link to another story, not a sentence.
_LINK_LABEL = re.compile(r"^(?:story|video|watch|listen|photos?|gallery|podcast|slideshow)\s*:\s", re.I)
# A site's question to readers with a story to tell: "Do you have a story", "Got a news tip".
_GOT_A_STORY = r"(?:do you have|have you got|got) an? (?:news )?(?:story|tip)"
# A gallery's button with its count: "Slideshow ( 3 images )".
_GALLERY_BUTTON = r"(?:slideshow|gallery|photos)\s*\(\s*\d+\s+(?:images|photos|pictures|slides)\s*\)\W*$"
_GALLERY_BUTTON_LINE = re.compile(_GALLERY_BUTTON, re.I)
# The social networks a page links to and pictures are posted on.
NETWORKS = "facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon"
_CHROME_PREFIX = re.compile(
    r"^(?:copyright\b|©|\(c\)\s|all rights reserved|share (?:this|on|via|the link)\b|related:|"
    r"read more\s?:|more\s?:|see also:|(?:also read|read also)(?:\s*[:|]|-|$)|advertisement\b|follow us on\b|"
    r"sign up for\b|subscribe to\b|"
    r"(?:join|like|find) us on (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|whatsapp|telegram|threads)\W*$|"
    # "Follow Stripe on Twitter", "Follow Jane Doe on Twitter.": the site's account, one word or a handle, or the
    # writer's as a sentence ("Follow The Money on X", "Follow Eastmere Rovers on TikTok" head a story).
    r"follow (?:(?-i:[A-Z@])[\w.@'’&-]* on (?:" + NETWORKS + r")\W*|"
    r"(?-i:[A-Z])[\w'’&-]*(?: (?-i:[A-Z])[\w'’&-]*){1,2} on (?:" + NETWORKS + r")\.)$|"
    r"image source\b|image caption\b|listen to this article\b|most read\b|"
    # A link to the writer's profile on a blog platform: "Go to the profile of Jane Doe".
    r"go to the profile of\b|"
    # A breadcrumb's label: "You are here: Home » Companies » News"; a paywall's question: "Already a member?".
    r"you are here:?\s*(?:$|home\b)|(?:are you )?already an? (?:member|subscriber)\?$|"
    # A radio story's programme: "Heard on Morning Edition", "Heard on All Things Considered".
    r"heard on (?-i:[A-Z])[\w'’&-]*(?: (?-i:[A-Z])[\w'’&-]*){0,4}$|"
    # The time the article takes to read, on a line of its own: "8 min read", "5 minute read".
    r"\d{1,3}\s*(?:mins?|minutes?)\.?\s+read\W*$|"
    # An embedded post's placeholder: "This content can also be viewed on the site it originates from."
    r"this content can (?:also )?be viewed on the site it originates from\W*$|"
    # A subscriber's gift box: "Send any friend a story", "Give this article", "Gift this article".
    r"(?:send any friend an? (?:story|article)|(?:give|gift) (?:this |the )?(?:article|story))\W*$|"
    # A picture's caption button, alone or over the credit it shows: "toggle caption", "toggle caption Tom Roe/AP".
    r"(?-i:(?:hide|toggle) caption)(?:\W*$|\s+(?-i:[A-Z])\S*(?:\s+\S+){0,7}$)|"
    # An article's own buttons and notes: "Save article", "Reuse this content", "This article is more than 2 years
    # old", "Explore more on these topics", "Invalid email" under a sign-up box, a player the browser cannot play.
    r"save (?:this )?(?:article|story)\W*$|reuse this content\W*$|explore more on (?:these|this) topics?\W*$|"
    r"hide ad\W*$|"  # the button beside each ad of a paper's template, a line of its own in a copy
    r"this (?:article|story) is (?:more than|over) (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:years?|months?) old\W*$|invalid e-?mail(?: address)?\W*(?:please (?:re-?enter|try again)\W*)?$|"
    r"you['’]re all set\W*$|your browser does(?: not|n['’]t) support (?:the )?"
    r"(?:audio|video|iframes?|inline frames|html5?|javascript)\b|"
    r"for the latest (?:news|updates|stories)\b.{0,40}\bfollow us on\b|"
    # An ad network's box and its labels: "Promoted Stories", "Paid Content", "Recommended by"; "Scroll to continue
    # with content" over an ad; a wire's "Our Standards: The Trust Principles."
    r"(?:paid|sponsored|partner) content\W*$|promoted (?:stories|links|content)\W*$|recommended by\W*$|"
    r"scroll (?:down )?to continue(?: with content| reading)?\W*$|our standards\s*:.{0,60}\bprinciples\W*$|"
    # A paywall's prompts: "Are you already a subscriber? Sign in", "You've reached your free article limit."
    r"(?:are you )?already an? (?:subscriber|member)\W+(?:sign|log) ?in\b(?:\W+\w+){0,3}\W*$|"
    r"you(?:['’]ve| have) reached (?:your|the) (?:free )?(?:article|story) limit\b"
    r"(?:\W+(?:subscribe|sign in|log in|register)\b(?:\W+\w+){0,4})?\W*$|"
    # "Get our Politics newsletter", "Thanks for signing up!", "View all posts by Jane Doe".
    r"get the latest (?:news|updates|headlines|stories)\b|(?:get|join|receive)\b.{0,60}\bnewsletters?\b|"
    r"thanks? (?:you )?for (?:signing up|subscribing)\b|you(?:'ve|’ve| have| are) already subscribed\b|"
    r"for reprints\b|view all (?:posts|articles|stories) by\b|download (?:the|our) (?:free )?(?:[\w'’-]+ ){0,2}app\b|"
    # "Join our WhatsApp channel", "Share your views in the comments below", "See our privacy notice", "Get the
    # biggest daily news stories by email".
    r"join our (?:whatsapp|telegram) (?:channel|community|group)\b[^,;]{0,60}$|share your (?:views|thoughts|opinions?)"
    r"\b.{0,40}\bcomments?\b|(?:read|see|view) our privacy (?:notice|policy)\W*$|"
    r"get (?:the|our)\b.{0,40}\b(?:news|stories|headlines|updates|newsletters?|briefing)\b.{0,20}\bby e-?mail\W*$|"
    # The description a site's software writes for a picture: "This image may contain Text Word and Rug".
    r"(?:this )?image may contain\b|"
    # An embedded post's picture, as a dump prints its alt text: "Twitter avatar for @jdoe".
    r"(?:twitter|x|instagram|threads|bluesky) avatar for @|"
    # A story saved to the reader's profile: "To revisit this article, visit My Profile, then View saved stories".
    r"to revi\w* this article\b.{0,40}\bsaved stories\b|"
    # The article's topics glued to their label, or listed after it with commas: "Topicsclimate change",
    # "Tags harbour, ferries, tides".
    r"(?:tags|topics)(?=[a-z])|(?:tags|topics)\s+[\w']+(?:[ -][\w']+){0,2}(?:,\s*[\w']+(?:[ -][\w']+){0,2}){2,}$|"
    # A paywall's or newsletter's offer: "Unlock the Editor's Digest for free".
    r"unlock\b.{0,60}\bfor free\b|"
    # A link's prompt on a line of its own: "Click here to read the full ruling", "CLICK HERE TO GET THE APP".
    r"(?:click|tap) here\b|"
    # A sign-up form's field and its check box: "Please enter a valid email address", "Contact me with news and
    # offers from our partners"; a story's short address and the box for readers' notes: "Permalink https://...",
    # "Feedback: Send us an e-mail."
    r"please enter\b|contact me with (?:news|offers)\b|permalink:?\s+(?:https?:)?//|feedback\s*:|"
    # ... what it says back: "Please provide a valid email address.", "You must select a newsletter to subscribe
    # to.", "An error has occurred. Please try again later."; a share button's: "A link has been posted to your
    # Facebook feed."; the comment box's check box: "Notify me of new comments via email."
    r"please (?:provide|select) a valid (?:e-?mail|address|phone|zip|postcode)\b|you must select a newsletter\b|"
    r"an error (?:has )?occurred[.!]\s*(?:please )?try again\b|"
    r"a link has been posted to your\b|notify me of (?:new|follow-up)\b|"
    # A paywall's prompt where the article's text stops: "To continue reading, please log in or subscribe".
    r"to (?:continue|keep) reading\b.{0,40}\b(?:log\s?in|sign in|subscribe|subscriber)|"
    # A picture's credit under its label: "Image copyright: Jane Doe/Reuters", "Featured image credit: ...".
    r"(?:featured |top |header )?image (?:copyright|credits?)\b|"
    # The article's topics as links: "Tags: Ferries, Harbour", "Topics: travel, Lifestyle", "Filed to: ENERGY".
    r"(?:(?:related )?(?:tags|topics)|filed (?:under|to))\s*:|"
    # A form's fine print and a saved story's note: "This site is protected by reCAPTCHA and ...", "You can find
    # this story in My Bookmarks."
    r"this (?:site|form|page) is protected by recaptcha\b|you can find this (?:story|article) in\b.{0,20}\bbookmarks\b|"
    # A form's messages: "Something went wrong, please try again later", "Please refresh the page to log in",
    # "Privacy notice: ..."; its buttons: "Report a typo or grammatical error", "Share your feedback".
    r"something went wrong\b|an error occurr?ed\b|please (?:refresh|reload|try again)\b|privacy notice\s*:|"
    # "Sorry, there seem to be some issues. Please try again later. Submitting...": a sign-up box's error and status.
    r"sorry,? there seems? to be (?:some|an?) (?:issues?|problems?|errors?)\W+(?:please )?try again\b|"
    r"report an? (?:typo|error|correction)\b|read or share this story\b|share your feedback\b|"
    r"report (?:typos?|errors?|corrections?)(?: (?:and|or) (?:typos?|errors?|corrections?))? to\s*:|"
    # A gallery's button, a video player's times from its start, other stories' label over a title, a sign-up's
    # heading: "Slideshow ( 3 images )", "0:00/2:06", "-0:00", a player's button with the length ("Listen· 24:37"),
    # "You Might Also Like: The Tide Tables", "Get the Courier in your inbox.", "Get updates in your Facebook news feed."
    rf"{_GALLERY_BUTTON}|0:00\s*/\s*\d{{1,2}}:\d{{2}}$|-0:00$|listen·\s*\d{{1,2}}:\d{{2}}|"
    r"you (?:may|might) also like\s*:\s*(?-i:[A-Z])|"
    r"get (?:(?:the )?(?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3}|(?:our )?(?:updates|news|stories|newsletters?))"
    r" in your (?:in-?box|(?:facebook )?(?:news )?feed)\W*$|"
    # An appeal under the article: "Will you support Vox's explanatory journalism?"
    r"(?:will|would|can) you support (?:the )?(?-i:[A-Z])[\w.&-]*['’]s (?:\w+ )?journalism\W*$|"
    # A player's and a picture viewer's instructions: "Press spacebar to pause and continue.", "Pinch or double-tap
    # to zoom".
    r"press (?:the )?(?:spacebar|space bar|esc)\b.{0,40}\b(?:pause|stop|play|continue)\b|"
    r"(?:close )?pinch or double-tap to zoom\W*$|"
    # A site's prompts to readers with a story to tell: "Do you have a story for our news desk?", "Got a story? Email
    # us at tips@example.com"; a writer's own address stays with the article ("Got a tip? Email Jane Doe at ...").
    rf"{_GOT_A_STORY}\b[^@]*$|(?:{_GOT_A_STORY}\W+)?"
    r"(?:e-?mail|contact|call|message) us (?:at|on)\b|"
    # The comment section's notes: "The comments below have not been moderated".
    r"the comments below (?:have|are)\b|"
    # A live page's button for posts that came in since it loaded: "Live coverage: See new updates", "Show 3 new posts".
    r"(?:live (?:coverage|updates?|blog)\s*:\s*)?(?:see|show|load|view) (?:\d+ )?new "
    r"(?:updates?|posts?|stories|comments?)\b|"
    # A link down the page to its comments: "Jump to discussion comments below", "Skip to comments".
    r"(?:jump|skip|go) to (?:the )?(?:discussion |reader )?comments(?:\s+below)?\W*$|"
    # Links past the page's parts for screen readers: "Skip Article Header. Skip to: Start of Article."
    r"(?:(?:skip|jump)\s+(?:(?:to|past)(?:\s*:)?\s+(?:the\s+)?(?:start\s+of\s+(?:the\s+)?|main\s+)?|article\s+)"
    r"(?:header|content|article|navigation|nav|menu|footer|ad|advertisement|sidebar|search|story)\b\W*){1,3}$|"
    # A comment section's rules: "Guidelines: Keep it civil and on topic", "Please be polite. It's OK to disagree".
    r"(?:comment(?:ing)? |community )?guidelines\s*:|please be (?:polite|civil|respectful|kind)\b)",
    re.I,
)
# Cookie banners and newsletter prompts are sentences, but about the site, not the story.
_PROMPT = re.compile(
    r"\bcookies?\b.{0,80}\b(?:use|uses|using|accept|policy|consent|settings|preferences)\b"
    r"|\b(?:use|uses|using|accept)\b.{0,40}\bcookies\b"
    r"|\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b|\bnewsletters?\b.{0,60}\b(?:sign up|inbox)\b"
    # A consent panel's paragraphs: "These cookies ...", "opt out of the sale of your personal information".
    r"|\b(?:these|our|third[- ]party)\s+cookies\b|\b(?:store|set|place)s?\s+cookies\b"
    r"|\bopt(?:ing)?[- ]out\b.{0,80}\b(?:personal (?:information|data)|advertis\w*|track\w*|sale)\b"
    # A sign-up form's promise: "you may opt out anytime", "unsubscribe at any time".
    r"|\b(?:opt[- ]out|unsubscribe)\b.{0,20}\bany ?time\b"
    # Sign-up terms and appeals for support: "By signing up, you agree ...", "Support our journalism".
    r"|\bby (?:signing up|clicking|subscribing|registering|submitting)\b|\bsign up\b.{0,80}\b(?:delivered|inbox)\b"
    r"|\bsupport(?:ing)? (?:our|the work of|independent)\b.{0,60}\b(?:journalism|reporting|work)\b"
    r"|\b(?:donate|donating)\b.{0,80}\b(?:support|help|keep)\b|\bdonate (?:today|now)\b"
    # A message after posting, to share it: "Fabulous! Don't forget to share with your friends on Twitter and
    # Facebook." (a line's start or after its exclamation, no one quoted).
    r"|(?:^|!\s*)don[’']?t forget to share with your friends on (?:twitter|facebook)\b[^\"“”]*$"
    # An account's prompt: "Sign in or create an account so we can save this story", "Log in to your account to
    # save this article".
    r"|\b(?:sign|log) in (?:or (?:create|register)|to your account)\b"
    # "We would like to keep you informed about offers and events by email".
    r"|\bkeep you (?:informed|updated|posted)\b.{0,80}\b(?:e-?mail|offers|newsletters?)\b"
    # "... delivered to your inbox daily", "The best of the Courier, every day, in your in-box".
    r"|\b(?:delivered|straight|direct(?:ly)?|every (?:day|week|weekday|morning)),?\s+(?:to|in|into)\s+your\s+in-?box"
    # "Keep up with money news, sent to your inbox", "The best local news in your inbox, daily."
    r"|\bsent (?:\w+ )?to your in-?box\W*$|\bin your in-?box,? (?:daily|weekly|every (?:day|week|morning))\W*$"
    # A sign-up form: "Get started by entering your email address below", "... on behalf of our trusted partners".
    r"|\benter(?:ing)? your e-?mail\b|\bon behalf of our (?:trusted )?(?:partners|sponsors)\b"
    # A post or video the reader's consent settings hold back: "This content is not available due to your privacy
    # preferences", "Update your settings here to see it".
    r"|\b(?:not available|unavailable)\b.{0,40}\b(?:privacy|cookie|consent) (?:preferences|settings|choices)\b"
    r"|\bupdate your (?:\w+ )?(?:settings|preferences) (?:here )?to (?:see|view|watch)\b"
    # "Our emails are made to shine in your inbox, with something fresh every morning".
    r"|\be-?mails?\b.{0,60}\b(?:in|to|into) your in-?box\b"
    # An author's or a desk's alerts: "Sign up to follow, and we'll e-mail you free updates as they're published",
    # "You'll receive free e-mail news updates each time a new story is published".
    r"|(?:^|[.!?]\s+)sign up\b.{0,60}\be-?mail you\b|\breceive (?:free )?e-?mail (?:\w+ )?(?:updates|alerts)\b"
    # An affiliate programme's notice: "... an affiliate advertising program designed to provide a means for us to earn fees".
    r"|\baffiliate advertising program\b|\bearn (?:advertising )?fees by (?:linking|advertising)\b"
    # A sign-up form's fine print: "You may occasionally receive promotional content from the Courier."
    r"|\breceive promotional (?:content|e-?mails?|offers|messages)\b"
    # A comment section's rules: "Welcome to our comments, which are for subscribers only", "If you see comments in
    # violation of our community guidelines, please report them".
    r"|\bcomments?,? (?:which )?(?:are|is) (?:for subscribers|moderated)\b|\bcomments? (?:violates?|in violation)\b"
    # "Comments that include profanity or personal attacks will be removed from the site."
    r"|(?:^|[.!?]\s+)comments?\b.{0,160}\b(?:will|may) be (?:removed|deleted)\b"
    # A subscription's pitch: "Did you know with a Digital Subscription to the Courier, you can ...", "Watch for us
    # in your inbox."
    r"|\bdid you know,? (?:with an? [^.?!]{0,40}\bsubscription\b|you can (?:manage|explore|get|sign|subscribe))"
    r"|\bfor us in your in-?box\b"
    # "Please refer to our privacy policy for contact information."
    r"|^please (?:refer to|see|read) our privacy policy\b"
    # The gift box's note: "As a subscriber, you have 10 gift articles to give each month."
    r"|^(?:as an? (?:subscriber|member),\s+)?you have \d+ gift (?:articles|stories|links)\b"
    # A sign-up form's reply, a few words at most after it: "Success! Check your inbox for details.", "Thanks! Check
    # your email to confirm." (a message quoted in a story goes on).
    r"|^(?:success|thanks?|thank you|you(?:['’]re| are) (?:all )?set|almost (?:done|there))\W+check your "
    r"(?:e-?mail|in-?box)\b(?:\W+\w+){0,8}\W*$",
    re.I,
)
# A site's notes to its readers, a sentence or two on a line of their own, maybe under a short question or clause:
# glued to a paragraph, the line is that paragraph.
_SITE_NOTE = re.compile(
    # A sign-up form's privacy note: "Read our mailing list consent terms", "We use your sign-up to provide content".
    r"\bmailing list\b.{0,30}\b(?:consent|terms)\b|\byour sign-?up\b"
    # A newsroom asking for stories: "Get in touch with our news team by emailing ...", "For more stories like
    # this, check our news page".
    r"|\bget in touch with (?:us|our (?:[\w-]+ )?(?:team|desk|newsroom))\b|\bfor more stories like this\b"
    # The comment section's notes: "We are no longer accepting comments on this article", "You will need to
    # register before adding a comment", "Our forum rules are detailed in the Community Guidelines".
    r"|\bno longer accepting comments\b|\bbefore (?:adding|posting|leaving) a comment\b|\bcommunity guidelines\b"
    # A reprint notice: "This copy is for your personal non-commercial use only".
    r"|\bfor your personal,? non-?commercial use\b"
    # An ad slot's note: "This advertisement has not loaded yet, but your article continues below."
    r"|\byour (?:article|story) continues below\b"
    # Saved stories and paywalls: "You can manage saved articles in your account", "Start your subscription
    # today", "Create an account or sign in to continue with your reading experience".
    r"|\bsaved (?:articles|stories)\b.{0,30}\byour (?:account|profile)\b"
    r"|\bbookmark your (?:favou?rite )?(?:articles|stories)\b"
    r"|\bstart your\b.{0,40}\bsubscription\b"
    r"|\b(?:create an account|sign in|log in)\b.{0,30}\bto continue (?:with )?your\b",
    re.I,
)
_MAX_NOTE_LEAD = 90  # characters before the note: "Who will be first to spot a seal? Our forum rules ..."
# A link's prompt closing a short line to the reader: "To send our newsroom a correction, click here."
_CLICK_AT_END = re.compile(r"\b(?:click|tap) here\W{0,3}$", re.I)
_MAX_CLICK_LINE_CHARS = 200  # a paragraph's last sentence may send the reader on; the paragraph stays
# A sentence that bids the reader sign up needs no "you": "Every day, our editors send out the day's news. Sign
# up for the newsletter here."
# ... or to receive the news: "Sign up to receive daily headline news from the Courier, a division of ...".
_SIGN_UP = re.compile(r"(?:^|[.!?]\s+)(?:(?:sign up|subscribe)\b[^.!?]{0,60}\bnewsletters?\b"
                      r"|sign up to receive\b[^.!?]{0,40}\b(?:news|headlines|updates|stories)\b)", re.I)
# A sign-up offer need not speak to the reader: "Essential news, delivered daily", "The latest
# analysis, delivered every Sunday.", "Original reporting. Delivered to you."
_OFFER = re.compile(
    r"\b(?:news|stories|headlines|newsletters?|coverage|analysis|journalism|reporting|updates|posts|scoop)\b"
    r".{0,100}\bdelivered\b.{0,30}\b(?:daily|weekly|every\s+\w+|to\s+(?:you|your)\b|straight\s+to|direct(?:ly)?\s+to"
    # "... delivered Monday, Wednesday, and Friday": the newsletter's days.
    r"|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)"
    r"|\bavailable\s+(?:exclusively\s+|only\s+)?(?:to|for)\s+(?:[\w’'-]+\s+){0,4}(?:subscribers|members)\b"
    # "... who get new code and links delivered to their inboxes every week": whatever is delivered.
    r"|\bdelivered\s+(?:straight\s+|directly\s+)?(?:to|in|into)\s+(?:your|their)\s+in-?box(?:es)?\b",
    re.I,
)
_OFFER_CUE = re.compile(r"deliver|available")  # the cheap test first, in the lowered line (_lowered)
# A paywall's list of what a subscription or an account gives, a line each: "Subscribe now to read the latest news
# in your city", "Exclusive articles from Jane Doe, Tom Roe and others. Plus, special edition newsletters.", "Columns
# from the Courier by Jane Doe, Tom Roe, and others, members-only newsletters and virtual events.", "Unlimited
# online access to articles from across Canada with one account.", "Courier ePaper, an electronic replica of the
# print edition ...", "Daily puzzles including the New York Times Crossword.", "REGISTER / SIGN IN TO UNLOCK MORE
# ARTICLES", "Enjoy additional articles per month.", "Get email updates from your favourite authors.", "Don't have
# an account? Create Account"; and the print subscriber's prompt, "Home delivery subscribers get digital access too.
# Activate your online access now."
_ACCOUNT_PANEL = re.compile(
    r"^(?:this (?:content|article) is (?:reserved for subscribers|free to read)\b|subscribe now to read\b"
    r"|exclusive articles (?:from|by)\b.{0,150}\band others\b(?:\W+plus\b[^.]{0,150}\.)?\W*$"
    r"|(?:[\w'’-]+\s+){1,6}by\s+[^.]{0,120}\band others,\s+(?:plus\s+)?(?:[\w-]+\s+)?newsletters\s+and\s+"
    r"(?:[\w-]+\s+)?events\W*$"
    r"|unlimited (?:online |digital )?access to\b.{0,80}\b(?:articles|news sites)\b"
    r"|enjoy (?:insights and behind[- ]the[- ]scenes analysis|additional articles per month)\b"
    r"|support local journalists and the next generation of journalists\W*$"
    r"|daily puzzles,? including\b.{0,40}\bcrossword\W*$"
    r"|(?:register|sign in|subscribe)(?:\s*/\s*sign in)? to unlock more articles\b"
    r"|access articles from across\b.{0,40}\bwith one account\b|get e-?mail updates from your favou?rite authors\b"
    r"|enjoy the latest local, national and international news\W*$"
    r"|don[’']?t have an account\?\s*create (?:an )?account\W*$)"
    r"|^(?:get exclusive access to the\s+)?(?:(?-i:[A-Z])[\w'’.&-]*\s+){0,4}e-?paper,? an electronic replica of the "
    r"print edition\b"
    r"|\bsubscri\w*\b[^.?!]{0,150}[.?!]\s+activate your (?:[\w-]+\s+){0,2}access(?:\s+now)?\W*$",
    re.I,
)
# What a newsletter's sign-up box says under its blurb: the consent ("By signing up you consent to receive the above
# newsletter from ..."); once sent, "A welcome email is on its way. If you don't see it, please check your junk
# folder.", "The next issue of Courier Headline News will soon be in your inbox."; when it fails, "There was an
# error, please provide a valid email address.", "We encountered an issue signing you up. Please try again"; and its
# link to the others, "Interested in more newsletters? Browse here."
_SIGN_UP_BOX = re.compile(
    r"^(?:by signing up,? you consent to receive the above newsletter\b"
    r"|(?:thanks for signing up!?\s*)?a welcome e-?mail is on its way\b"
    r"|the next issue of\b.{0,80}\bwill soon be in your in-?box\W*$"
    r"|there was an error,? please (?:provide|enter) a valid e-?mail address\W*$"
    r"|we encountered an issue signing you up\.?\s*please try again\W*$"
    r"|interested in more newsletters\?\s*browse here\W*$)",
    re.I,
)
_ACCOUNT_CUE = re.compile(
    r"subscri|access|article|journalist|puzzle|account|authors|replica|latest local|welcome|inbox|e-?mail|sign|newsl")
_MAX_PANEL_CHARS = 200
# "Published [hour]:[minute] [AMPM] [timezone], [monthFull] [day], [year]": a date its script fills in.
_PLACEHOLDER = re.compile(r"\[[A-Za-z]+\]")
_MIN_PLACEHOLDERS = 3
_MAX_TEMPLATE_WORDS = 6  # words and signs between placeholders: "Published", ":", ","
_AD_SLOT = re.compile(r"^\[[^\s=]+=[^\s]*\]$")  # "[articles;sz=470x200;ord=[timestamp]?]"
# A picture's file name printed for its alt text and its title, its credit after them at most:
# "harbour-dawn.jpg harbour-dawn.jpg Jane Doe/Courier".
_FILE_NAMES = re.compile(r"^(?:\S+\.(?:jpe?g|png|gif|webp)(?:\s+|$)){2,}(?:\S+(?:\s+\S+){0,4})?$", re.I)
# The site's disclaimer under an opinion piece: "The views expressed are the writer's and do not necessarily
# reflect those of the Courier", "Opinions expressed are solely those of the author ...".
_DISCLAIMER = re.compile(
    r"\b(?:opinions?|views?) (?:expressed|of the (?:author|writer|contributor)s?)\b"
    r".{0,80}\bnot (?:necessarily )?(?:reflect|represent)\b"
    # "Courier Online is not responsible for the opinions, statements or media content presented by contributors":
    # the site's name first, not a sentence of the story ("the company is not responsible for content ...").
    r"|^(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,4}\s+is not responsible for (?:the )?(?:opinions?|views?)\b",
    re.I,
)
_DISCLAIMER_CUE = re.compile(r"reflect|represent|responsible")  # in the lowered line (_lowered)
# Notices about the reader's browser or device: "You are using an older browser version", "Media playback is
# unsupported on your device", "Please enable JavaScript to view the comments", "Sorry, your browser is unable
# to play this video", "Get Adobe Flash player".
_DEVICE_NOTICE = re.compile(
    r"\byou(?:'re|’re| are) using (?:an? )?(?:\w+ )?browser\b|\benable javascript\b"
    r"|\b(?:not supported|unsupported) (?:by|on) your (?:device|browser)\b"
    r"|^(?:(?:sorry|unfortunately|we(?:'|’)re sorry),? )?your browser (?:is unable to|cannot|can(?:'|’)?t"
    r"|does(?: not|n(?:'|’)t)) (?:play|display|show)\b"
    r"|^(?:get|download|install)(?: the)?(?: latest)?(?: adobe)? flash player\W*$"
    # "To view this content, Javascript must be enabled and Adobe Flash Player must be installed."
    r"|\bjavascript must be enabled\b|\bflash player must be installed\b"
    # A player's error: "We apologize, but this video has failed to load.", "Try refreshing your browser, or",
    # "tap here to see other videos from our team."
    r"|^(?:we apologi[sz]e|sorry),? but this video has failed to load\b|^try refreshing your browser\b"
    r"|^tap here to see other videos\b",
    re.I,
)
# In the lowered line (_lowered).
_DEVICE_CUE = re.compile(r"browser|javascript|your device|flash player|failed to load|other videos")
# An affiliate disclosure: "We may receive compensation for some of the links in our stories", "Outlet may
# get a commission". Alone on a short line, or speaking of links and purchases.
_DISCLOSURE = re.compile(r"\bmay (?:receive|earn|get|collect) (?:an? )?(?:small )?(?:affiliate )?"
                         r"(?:compensation|commission|(?P<cut>(?<=small )cut(?=\s*[.!;]|\s*$)))\b", re.I)
# An invitation to the site's event, its button at the end: "Join Harbour Media on 10/20 for a panel on ports.
# RSVP.", "JOIN US THURSDAY FOR A TALK WITH ... REGISTER HERE."
_SEAT_BUTTON = r"register (?:here|now|today)|(?:save|reserve) your (?:seat|spot)"
_INVITATION = re.compile(rf"\bjoin\b.*[.!?:]\s+(?:rsvp|{_SEAT_BUTTON})\W*$", re.I)
# The button in capitals, or the invitation an imperative with no one quoted: "Anyone is welcome to join. Register
# now." and a poster quoted in a story stay.
_IMPERATIVE_JOIN = re.compile(r"(?:^|[.!?]\s+)Join (?:us|(?:the )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) (?:on|at|this|next|for|in)\b")
_CAPITAL_BUTTON = re.compile(rf"(?:{_SEAT_BUTTON.upper()})\W*$")  # in capitals, as "RSVP" always is
_QUOTES = re.compile("[\"“”]")
# The newsroom's call for tips, its address or number with it, the line opening with the call: "Got a story? Email
# news@example.com", "Do you have a story to share? Email us at ...", "We pay for your stories! ... WhatsApp us on
# 07423 123 456", "Tell us what you think. Email us at ..."; not a writer's own ("Got a tip? Email Jane Doe at ..."),
# nor a message the story quotes ("The text reads: ... contact us at ...").
_TIP_CALL = re.compile(
    r"^(?:(?:(?:have you )?got a (?:story|tip)|do you have a (?:story|news tip|tip))\b[^?]{0,60}\?\s*"
    r"(?:e-?mail|contact|call|text|message|whats ?app)\s+(?:us\b|[\w.+-]+@)"
    r"|(?:[^.?!:]{1,40}[.?!]\s+)?(?:we pay for (?:your )?(?:stories|videos)\b"
    r"|(?:e-?mail|contact|call|text|message|whats ?app) us\b|get in touch with (?:us|our (?:news|newsroom))\b))", re.I)
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.\w|\b\d{3,5}[ -]?\d{3}[ -]?\d{3,4}\b")
_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|according to|wrote|writes|reads)\b", re.I)
# A comment section's policy: "... committed to maintaining a lively but civil forum for discussion", "We ask you to
# keep your comments relevant and respectful".
_COMMENT_POLICY = re.compile(r"\b(?:lively|civil|respectful) (?:but civil )?forum for (?:discussion|debate)\b"
                             r"|\bkeep (?:your |all )?comments (?:relevant|civil|respectful|on[- ]topic)\b", re.I)
_DISCLOSURE_CONTEXT = re.compile(r"\b(?:links?|purchases?|buy|retail|products?|advertisers?)\b", re.I)
_MAX_BARE_DISCLOSURE_CHARS = 60
_MAX_OFFER_CHARS = 200
# A word every prompt above has: lines without one skip the slower search (benchmarks/bench_import.py). Searched
# in the lowered line (_lowered).
_PROMPT_CUE = re.compile(
    r"cookie|newsletter|opt|sign|click|subscri|regist|support|donat|in-?box|submit|keep you|enter|behalf|privacy|receive|"
    r"settings|affiliate|fees|promot|mailing|touch|stories like|comment|continu|saved|bookmark|"
    r"community|commercial|did you know|forget to share|gift")
# Letters a search ignoring case takes for an ASCII letter, though they lower to another letter (or two).
_CASE_IGNORED_AS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_ODD_CASE = re.compile("[\u0130\u0131\u017f]")
# A long rights notice: "This material may not be published, broadcast ... © 2026 ... All rights reserved."
_RIGHTS_NOTICE = re.compile(
    r"©\s*(?:\d{4}|[A-Z])|\ball rights reserved\b|\bmay not be (?:published|reproduced|republished)\b"
    # "No part may be reproduced without the written permission", "No portion of ... may be reproduced".
    r"|\bno (?:part|portion)\b.{0,80}?\bmay be (?:reproduced|republished|copied)\b",
    re.I,
)
_MAX_NOTICE_CHARS = 400
# The site's terms in its footer: "Registration on or use of this site constitutes acceptance of our User Agreement".
_TERMS_ACCEPTED = re.compile(r"^(?:registration on or )?use of this (?:web)?site constitutes (?:your )?acceptance of\b",
                             re.I)
# A US privacy law's opt-out link in the footer's menu: "Do Not Sell My Personal Info", "Do Not Sell or Share My
# Personal Information", "Your Privacy Choices".
_PRIVACY_OPT_OUT = re.compile(
    r"^(?:do not sell(?: or share)? my (?:personal )?info(?:rmation)?|your privacy choices)$", re.I)
_FOOTER_NOTICES = 3  # rights reserved this often in one paragraph: the site's footer, at any length
# A video player's message where the video did not load: "We apologize, this video has expired."
_PLAYER_MESSAGE = re.compile(
    r"\bthis video (?:has expired|is (?:not supported|no longer available|(?:currently )?unavailable|not available)"
    r"|cannot be played|could not be (?:loaded|played))\b",
    re.I,
)
# "Ring Shopping Guide Ring Shopping Guide [slideshow]": a dump's mark after a doubled teaser.
_TRAILING_MARK = re.compile(r"\s*\[[^\]]*\]\s*$")
_MAX_DOUBLED_CHARS = 1200  # a picture's caption printed twice is as long as two paragraphs
_RANK = re.compile(r"^\s*\d{1,2}\.\s+")  # "3. " before a ranked teaser
_MIN_TEASER_CHARS = 12
_MIN_DISTINCT_WORDS = 3
_MIN_PREVIEW_CHARS = 30
_MAX_MARK_CHARS = 40
_TO_THE_READER = re.compile(r"\b(?:you|your|we|our)\b", re.I)  # a story about cookies is not
_MAX_PROMPT_CHARS = 1200  # a consent panel explains its cookies at length
# An appeal for members' money under the article, however long it argues: a price a month or a year, for the
# journalism, said to the reader ("You can become a member for as little as $5 a month ... support the reporting";
# a dump may part the price from the plea).
_APPEAL_PRICE = re.compile(r"[$£€]\s?\d{1,4}(?:[.,]\d\d)?\s+(?:a|per|each|every)\s+(?:month|year)\b"
                           r"|\bbecome an? (?:\w+ )?member\b(?! of\b)", re.I)
_APPEAL_WORDS = re.compile(r"\b(?:journalism|reporting|newsroom)\b", re.I)
_APPEAL_ASK = re.compile(r"\b(?:support|member|donat|contribut|join)", re.I)
_MAX_APPEAL_CHARS = 4000
# The outlet asking its readers to fund it, in its own voice, pleading and with no price: "Your gift lets us keep
# sending reporters ...", "If you value our reporting, please join us with a donation"; the box's heading and closing
# line ("Your support helps us to tell the story", "Your support makes all the difference.").
_OWN_WORK = re.compile(r"\b(?:journalism|reporting|newsroom|journalists|reporters)\b", re.I)
_PLEA = re.compile(r"\byour (?:\w+ )?(?:support|donations?|gifts?|contributions?)\b|\bif you value\b|\bjoin us\b"
                   r"|\bplease (?:support|donate|give|contribute|consider)\b|\b(?:support|help) us\b", re.I)
_OWN_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # "US" is a country
# Another's words: in single quotes, or after a colon ("... a blunt message: without your support, ...").
_ANOTHERS_WORDS = re.compile(r"‘|(?:^|\s)'|\D:\s")
_SPOKEN = re.compile(r"\b(?:added|adds|explained|insisted|argued|argues)\b", re.I)
_SUPPORT_HEADING = re.compile(r"^your support (?:helps us(?: to)? tell the story|makes (?:all )?the difference|matters)"
                              r"\W*$", re.I)
_MAX_SUPPORT_APPEAL_CHARS = 700
_MAX_PREFIX_CHROME = 100
# "READ MORE: 'It was a brutal onslaught' - Motorist knocked out cold on a petrol station forecourt": another story's
# headline, however long, after the label (a sentence of the article never starts so).
_READ_MORE_LINK = re.compile(r"^read more\s*:\s*\S", re.I)
_MAX_READ_MORE_CHARS = 200
_ADDRESS_START = re.compile(r"(?:https?:)?//[\w.-]+\.\w")
_MIN_WORDS_AFTER_ADDRESS = 3  # "http://example.com has the figures" is a sentence
_MAX_CHROME_CHARS = 160
# Menu items are split by bars, bullets, breadcrumb arrows, or just wide spacing.
# A slash separates menu items only with spaces round it ("News / World"), never in
# words ("rain/snow") or markup-like text ("[/]").
_NAV_SEPARATORS = re.compile(r"\s*[|•·›»>]\s*|\s+/\s+|\s{2,}|\t")
_SENTENCE_END = (".", "!", "?", '"', "”")
# A link's note for screen readers, copied with it: "Share on Facebook (opens in a new window)", or after a comma at
# the line's end: "Purchase Licensing Rights, opens new tab".
# Tried only where a run of spaces starts: from inside the run it rescanned it, quadratic in its length.
_NEW_WINDOW = re.compile(r"(?<!\s)\s*\(opens? (?:in )?(?:a )?new (?:window|tab)\)"
                         r"|(?:,\s*|(?<!\s)\s+)opens? (?:in )?(?:a )?new (?:window|tab)$", re.I)
_NEW_WINDOW_CUE = re.compile(r"new ", re.I)  # the cheap test first: most lines have no such note
# Where a share button's link leads, at its end: "... on whatsapp", "... via email", "... to Facebook";
# "Click to email this to a friend" sends the story to a friend.
_SHARED_ON = re.compile(rf"\s(?:on|via|to)\s+(?:{'|'.join(map(re.escape, sorted(_SHARE_BAR_WORDS)))}|a friend)\W*$", re.I)
# A small letter, then a capital, or capitals then a word: two links run together ("URLCopied!").
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_EDGE_PUNCTUATION = " \t:.…>›»•·|-–—►▶!"


# The note a label of the article's kind opens to, glued to the label ("NewsNews Based on facts, ..."): the
# Trust Project's wording, which its member sites share, for news, opinion and analysis (a story may quote it).
_LABEL_NOTE = re.compile(r"^(?:news|opinion|analysis){1,2} ?(?:based on facts, either observed and verified directly by"
                         r"|advocates for ideas and draws conclusions based on the author"
                         r"|interpretation of the news based on evidence, including data)", re.I)
_MAX_LABEL_NOTE_CHARS = 300  # the label, its note, another label's


# The article's topic links glued to each other after their label, no space between one and the next.
_GLUED_TOPICS = re.compile(r"^(?:related )?(?:tags|topics)\s*:\s*\S.*(?-i:[a-z]{2}[A-Z][a-z])", re.I)
# A label over the article's topic links, alone on its line: "Tags:", "Topics", "Filed under:".
_TOPICS_LABEL = re.compile(r"^(?:tags|topics|related topics|tagged|filed under)\s*:?$", re.I)


def is_topics_label(line: str) -> bool:
    """A label alone on its line over the article's topic links, one a line below it."""
    return _TOPICS_LABEL.match(line.strip()) is not None


def normalized(line: str) -> str:
    """A line as chrome lists compare it: lower case, without edge punctuation or a screen reader's note."""
    return without_new_window(line).strip(_EDGE_PUNCTUATION).lower()


def without_new_window(line: str) -> str:
    """The line without a link's note for screen readers: "(opens in a new window)", "(Opens in New Window)",
    ", opens new tab" are no part of the link's text."""
    return _NEW_WINDOW.sub("", line) if _NEW_WINDOW_CUE.search(line) else line


def opens_new_window(line: str) -> bool:
    """A link's screen-reader note on the line: "Click to share on Facebook (Opens in new window)"."""
    return without_new_window(line) != line


def link_label(line: str) -> str:
    """The label a link to a story starts with ("Video: "), or ""."""
    match = _LINK_LABEL.match(line.strip())
    return match.group() if match else ""


@functools.lru_cache(maxsize=8192)  # asked of each line by the body's scores and by is_chrome
def is_account_panel(line: str) -> bool:
    """A line of a paywall's panel on what a subscription or an account gives ("Enjoy additional articles per
    month."), or of a newsletter's sign-up box, which a page may print between the article's paragraphs."""
    return len(line) <= _MAX_PANEL_CHARS and _ACCOUNT_CUE.search(_lowered(line)) is not None and (
        _ACCOUNT_PANEL.search(line.strip()) is not None or is_sign_up_box(line))


def is_sign_up_box(line: str) -> bool:
    """A line a newsletter's sign-up box prints under its blurb: the consent, its replies, its link to the others."""
    return len(line) <= _MAX_PANEL_CHARS and _SIGN_UP_BOX.match(line.strip()) is not None


def is_chrome(line: str) -> bool:
    """True for menu, share, ad, copyright, navigation and cookie or newsletter prompt lines."""
    if len(line) > _MAX_PROMPT_CHARS:
        return _is_appeal(line)  # longer lines are never chrome, but for an appeal for support
    return _is_chrome(line)


def is_chrome_or_buttons(line: str) -> bool:
    """A chrome line, or buttons' words alone ("Watch now", "Newsletter sign up Newsletter")."""
    return is_chrome(line) or all(word.casefold() in CHROME_WORDS for word in line.split())


def _is_appeal(line: str) -> bool:
    return len(line) <= _MAX_APPEAL_CHARS and _APPEAL_PRICE.search(line) is not None and (
        _APPEAL_WORDS.search(line) is not None and _APPEAL_ASK.search(line) is not None
        and _TO_THE_READER.search(line) is not None)


@functools.lru_cache(maxsize=4096)  # asked several times per line while a page is read (bench_import)
def _is_chrome(line: str) -> bool:
    if len(line) <= _MAX_LABEL_NOTE_CHARS and _LABEL_NOTE.search(line):
        return True
    if _EMBED_CODE.match(line.strip()):
        return True
    bare = without_new_window(line)
    if bare != line and _SHARED_ON.search(bare):
        return True  # "<headline> on whatsapp (opens in a new window)": a share button, named after the story
    line = bare
    if line.startswith(("http", "//")) and _is_bare_address(line):
        return True
    lowered = _lowered(line)
    if _PROMPT_CUE.search(lowered) and (
            _PROMPT.search(line) and _TO_THE_READER.search(line)
            or len(line) <= _MAX_NOTICE_CHARS and _SIGN_UP.search(line)
            or len(line) <= _MAX_NOTICE_CHARS and _TO_THE_READER.search(line)
            and (note := _SITE_NOTE.search(line)) is not None and note.start() <= _MAX_NOTE_LEAD):
        return True
    if len(line) <= _MAX_CLICK_LINE_CHARS and _CLICK_AT_END.search(line) and _TO_THE_READER.search(line):
        return True
    if len(line) <= _MAX_OFFER_CHARS and _OFFER_CUE.search(lowered) and _OFFER.search(line):
        return True
    if is_account_panel(line):
        return True
    if _is_appeal(line) or is_support_appeal(line):
        return True
    if "[" in line and (_unfilled_template(line) or _AD_SLOT.match(line.strip())):
        return True  # a template the page's script never filled in, or an ad slot's parameters
    if _FILE_NAMES.match(line.strip()):
        return True
    if _DISCLAIMER_CUE.search(lowered) and _DISCLAIMER.search(line):
        return True
    if len(line) <= _MAX_NOTICE_CHARS and _DEVICE_CUE.search(lowered) and _DEVICE_NOTICE.search(line):
        return True
    # "... may receive a small cut.": the sentence ends there, a purchase said near it ("The seller may receive a
    # small cut of the catch", "a cut to their pensions" go on).
    if len(line) <= _MAX_NOTICE_CHARS and (disclosure := _DISCLOSURE.search(line)) and (
            len(line) <= _MAX_BARE_DISCLOSURE_CHARS and not disclosure["cut"] or _DISCLOSURE_CONTEXT.search(line)):
        return True
    if len(line) <= _MAX_NOTICE_CHARS and "join" in lowered and _INVITATION.search(line) and (
            _CAPITAL_BUTTON.search(line) or (_IMPERATIVE_JOIN.search(line) and not _QUOTES.search(line))):
        return True
    if len(line) <= _MAX_NOTICE_CHARS and _newsroom_notice(line, lowered):
        return True
    if len(line) <= _MAX_NOTICE_CHARS and "constitutes" in lowered and _TERMS_ACCEPTED.search(line):
        return True
    if _icon_labels(line):
        return True
    if len(line) > _MAX_CHROME_CHARS:
        # Chrome is short, but for the site's rights notice under every page; a footer crediting its data
        # sources reserves rights again and again ("Morningstar: © 2026 ... All rights reserved. FactSet: ...").
        notices = _RIGHTS_NOTICE.findall(line)
        return bool(notices) and (len(line) <= _MAX_NOTICE_CHARS or len(notices) >= _FOOTER_NOTICES)
    if (normalized(line) in CHROME_LINES or normalized(_LEADING_COUNT.sub("", line)) in CHROME_LINES
            or normalized(_COUNT_AFTER.sub("", line)) in CHROME_LINES):
        return True  # "1Print this page", "Comments (79)": a button and its count
    if _buttons_on_a_line(line):
        return True
    if "video" in line.lower() and _PLAYER_MESSAGE.search(line):
        return True
    if len(line) <= _MAX_PREFIX_CHROME and _CHROME_PREFIX.match(line.strip()) or (
            len(line) <= _MAX_READ_MORE_CHARS and _READ_MORE_LINK.match(line.strip())):
        return True
    if len(line) <= _MAX_CHROME_CHARS and _GLUED_TOPICS.match(line.strip()):
        return True  # "Related topics:Jane DoeHarbour BoardEastmere Council": the links glued, longer than most chrome
    if _LINK_LABEL.match(line.strip()) and not line.rstrip().endswith((".", '"', "”")):
        return True
    if "©" in line or "all rights reserved" in line.lower():
        return True  # "Baltic Ledger © 2026 · About · Newsletters"
    return _is_nav(line) or _glued_chrome(line)


def is_support_heading(line: str) -> bool:
    """The heading or closing line of the outlet's plea for its readers' support."""
    return _SUPPORT_HEADING.match(line.strip()) is not None


def is_support_appeal(line: str) -> bool:
    """The outlet's plea for its readers' money or support, as a heading or pleading in its own voice; not a plea
    the story quotes or reports, nor a line on the paper's own reporting ("Our reporters analysed ...")."""
    line = line.strip()
    return is_support_heading(line) or (
        len(line) <= _MAX_SUPPORT_APPEAL_CHARS and _OWN_WORK.search(line) is not None
        and _PLEA.search(line) is not None and _OWN_VOICE.search(line) is not None
        and not (_QUOTES.search(line) or _ANOTHERS_WORDS.search(line) or _REPORTED.search(line)
                 or _SPOKEN.search(line)))


def _newsroom_notice(line: str, lowered: str) -> bool:
    """The newsroom's call for tips with its address or number, or its comment section's policy said to the reader;
    not a source's words the story quotes or reports."""
    notice = (_TIP_CALL.search(line) and _CONTACT.search(line)) or (
        ("comment" in lowered or "forum" in lowered) and _COMMENT_POLICY.search(line) and _TO_THE_READER.search(line))
    return bool(notice) and not (_QUOTES.search(line) or _REPORTED.search(line))


def is_gallery_button(line: str) -> bool:
    """A gallery's button with its count, as a caption or a line: "Slideshow ( 3 images )"."""
    return _GALLERY_BUTTON_LINE.match(line.strip()) is not None


def _lowered(line: str) -> str:
    # The cues' words, in small letters, are searched in the line lowered: several times quicker than a search
    # ignoring case, and they are found wherever such a search would find them.
    if line.isascii() or not _ODD_CASE.search(line):
        return line.lower()
    return line.translate(_CASE_IGNORED_AS).lower()


def _icon_labels(line: str) -> bool:
    # Share buttons drawn as icons: each icon's description, then its button's name ("Share icon An curved
    # arrow pointing right. Share", "Save Article Icon A bookmark Save"); a browser prints only the names.
    described = sum(match[1].casefold() in _SHARE_BAR_WORDS for match in _BUTTON_THEN_ICON.finditer(line))
    if described >= _MIN_DESCRIBED_BUTTONS:
        return True
    words = line.split()
    if not 2 < len(words) <= _MAX_ICON_WORDS or words[-1].casefold() not in _ICON_BUTTONS:
        return False
    return _ICON_WORD.search(line) is not None or _DESCRIBED.match(" ".join(words[:-1])) is not None


def _buttons_on_a_line(line: str) -> bool:
    # A button, then an icon's one word a dump prints beside it: "Print this page Save", "Share this Bookmark".
    words = line.split()
    return (len(words) > 1 and words[-1].casefold() in _ICON_BUTTONS
            and normalized(" ".join(words[:-1])) in CHROME_LINES)


def _glued_chrome(line: str) -> bool:
    # Links a copy runs together without a space: "Skip to navigationSkip to content", "SubscribeSign In".
    parts = _GLUED.split(line.strip())
    return len(parts) > 1 and all(normalized(part) in CHROME_LINES for part in parts)


def _is_bare_address(line: str) -> bool:
    # An embedded frame's or image's address a dump prints, wrapped: "http://example.com/w?u=a%2 F%2Fb".
    if _ADDRESS_START.match(line) is None:
        return False
    return sum(token.isalpha() for token in line.split()) < _MIN_WORDS_AFTER_ADDRESS


# Where a comment section starts: "24 comments" (the likes' count first: "361 24 Comments"), "Readers' Comments
# (24)", "Top Rated Comments", "Leave a Reply", "Name Email (will not be published)".
_COMMENTS = re.compile(
    r"^(?:\d[\d,]*\s+){0,2}(?:(?:readers?|users?|your|top(?:\s+rated)?|best|newest|latest)['’]?\s+)?(?:comments?|responses?|replies|reactions)\b.{0,30}$"
    r"|^(?:leave|post|add|write)\s+(?:(?:a|your)\s+)?(?:comment|reply|response)"
    r"|^join the (?:conversation|discussion)|^(?:show|view|read|load)\s+(?:all\s+|the\s+(?:first|last|latest)\s+)?\d*\s*comments"
    r"|will not be published|^comment policy|^discussion$",
    re.I,
)


def is_doubled_teaser(line: str) -> bool:
    """True for a link to another story printed twice in a row: its picture's text, then its headline.

    Also a picture's long caption a dump prints twice (its text and its title), and a ranked teaser
    ("3. Headline Headline")."""
    if len(line) > _MAX_DOUBLED_CHARS + _MAX_MARK_CHARS:
        return False
    line = _RANK.sub("", line, count=1)
    again = line.find(line[:_MIN_TEASER_CHARS], 1)
    if again < 0:
        return False  # the opening words must come back: a cheap test first (benchmarks/bench_import.py)
    if _preview_then_text(line, again):
        return True
    text = _TRAILING_MARK.sub("", line).strip() if line.endswith("]") else line.strip()
    if len(text) > _MAX_DOUBLED_CHARS:
        return False
    middle = len(text) // 2
    return any(
        len(first := text[:cut].strip()) >= _MIN_TEASER_CHARS and first == text[cut:].strip()
        and len(set(first.split())) >= _MIN_DISTINCT_WORDS  # "word word word ..." is no teaser
        for cut in range(middle - 1, middle + 2)
    )


def _preview_then_text(line: str, again: int) -> bool:
    # "Welcoming over 100,000 people every year, what beg Welcoming over 100,000 people every year, what
    # began ...": an embedded post's preview, cut inside a word, glued to its full text by a dump.
    preview = line[:again].split()[:-1]  # its last word is cut off
    return (again >= _MIN_PREVIEW_CHARS and len(set(preview)) >= _MIN_DISTINCT_WORDS
            and line[again:].startswith(" ".join(preview)))


def is_comments_heading(line: str) -> bool:
    """True for the line that opens a comment section."""
    # A line starting in lower case goes on with a sentence: "response. Just no."
    text = line.strip().strip("[]").strip()  # "[ 234 comments ]"
    return len(line) <= 80 and not text[:1].islower() and _COMMENTS.search(text) is not None


def is_privacy_opt_out(line: str) -> bool:
    """The footer's link a US privacy law asks for: "Do Not Sell My Personal Info" (a story may quote it)."""
    return _PRIVACY_OPT_OUT.match(line.strip()) is not None


def is_teaser_button(line: str) -> bool:
    """A teaser's button to the story it sums up: "Read more", "Read the Full Article"."""
    return _TEASER_BUTTON.match(line.strip()) is not None


def is_link_list_heading(line: str) -> bool:
    """True for "Related stories", "Most read" and the like."""
    if len(line) > 60:
        return False
    return normalized(line) in LINK_LIST_HEADINGS or _MORE_FROM.match(line.strip()) is not None


def is_share_bar(line: str) -> bool:
    """A line of share buttons and their counts only: "Google + Pinterest Tumblr Reddit", "220 TWEET 70 LINKEDIN"."""
    named = 0
    for token in _PIN_IT.sub("pin-it", line).split():
        word = token.strip(",:|·•").casefold()
        if _COUNT.match(word):
            continue
        buttons = _share_words(word)
        if not buttons:
            return False
        named += buttons
    return named >= _MIN_SHARE_BAR_WORDS


def is_share_word(word: str) -> bool:
    """A share button's name: a network's ("pinterest", "tweet"), or a share word ("pin", "email", "print")."""
    return word.casefold() in _SHARE_BAR_WORDS


@functools.lru_cache(maxsize=4096)  # each tail tried once: words that start alike ("share", "shares") do not multiply
def _share_words(word: str) -> int:
    # How many share words a copy ran together, split from the left ("commentemailmore" is three buttons,
    # "facebooktwitterflipboardwhatsapp" four), or 0 when the word is no run of them.
    if word in _SHARE_BAR_WORDS:
        return 1
    if not word or len(word) > _MAX_GLUED_CHARS:
        return 0
    return next((1 + rest for cut in range(1, len(word))
                 if word[:cut] in _SHARE_BAR_WORDS and (rest := _share_words(word[cut:]))), 0)


def _unfilled_template(line: str) -> bool:
    # Placeholders, a word or two between them; a quote's bracketed insertions ("judge[s]", "[and]") stand in prose.
    return (len(_PLACEHOLDER.findall(line)) >= _MIN_PLACEHOLDERS
            and len(_PLACEHOLDER.sub(" ", line).split()) <= _MAX_TEMPLATE_WORDS)


def _is_nav(line: str) -> bool:
    # "World | Politics | Business" or "Home • News": short section words between separators.
    if line.lstrip().lower().startswith("by ") or line.rstrip().endswith(_SENTENCE_END):
        return False  # a byline ("By Jane Doe | Reuters") or a sentence, not a menu
    parts = [part for part in _NAV_SEPARATORS.split(without_new_window(line).strip()) if part]
    if len(parts) < 2:
        return False
    if all(normalized(part) in CHROME_LINES or _CHROME_PREFIX.match(part) for part in parts):
        return True  # "Subscribe   Sign in", "Share on Facebook   Share on Flipboard"
    if any(len(part) > 30 or part.endswith(_SENTENCE_END) for part in parts):
        return False
    words = [len(part.split()) for part in parts]
    return (len(parts) >= 3 and max(words) <= 3) or max(words) == 1
