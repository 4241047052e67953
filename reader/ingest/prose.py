"""Find the article body in scraped text: the main run of prose units.

The signals are jusText's (Pomikálek's boilerplate classifier): long units dense
with stopwords are prose, short ones and stopword-poor ones are boilerplate.  We
use jusText's stoplists and its length and density thresholds, add sentence
punctuation as a signal, and instead of jusText's context rules take the run of
units with the highest total score (a maximum-sum segment: prose adds its
words, every menu item, share button or teaser headline subtracts).
"""

from __future__ import annotations

import functools
import importlib.util
import re
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from reader.ingest.scraped_lines import Unit

_WORD = re.compile(r"\w+(?:['’]\w+)*")
# A full stop, not an ellipsis: "Season Of 'Parks And Recreat..." is a cut-off teaser.
# A zero-width space or an invisible separator a copy keeps after the stop still ends it ("Drain it.\u2063").
_SENTENCE_END = re.compile(r"""(?<!\.\.)[.!?。！？]["'”’»)\]]*[\u00ad\u200b\u2060-\u2064\ufeff]*$""")
# jusText's defaults: LENGTH_LOW, LENGTH_HIGH, STOPWORDS_LOW, STOPWORDS_HIGH.
_LENGTH_LOW = 70
_LENGTH_HIGH = 200
_STOPWORDS_LOW = 0.30
_STOPWORDS_HIGH = 0.32
# The page's language is told from the words of its first units.
_SAMPLE_UNITS = 400
_SAMPLE_WORDS = 4000
# Languages tried when English stopwords are rare in the page.
_LANGUAGES = ("English", "German", "French", "Spanish", "Italian", "Portuguese", "Dutch",
              "Swedish", "Danish", "Norwegian_Bokmal", "Polish", "Russian", "Turkish", "Indonesian")
TITLE_LIKE = -3.0
LONG_PARAGRAPH = 50.0  # the score of fifty words of prose: longer than another story's summary
SHORT_PARAGRAPH = 1.0  # the score of a short sentence: "He did not answer."
_MIN_TITLE_CASE_WORDS = 5  # words of more than three letters: title case leaves "a", "of", "the" alone
_SHORT_WORD = 3
_TITLE_CASE_SHARE = 0.85
_ATTRIBUTION_DASHES = ("—", "–", "― ")
# Kana, CJK ideographs and Hangul: scripts written without spaces between words, two cells wide.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(slots=True)
class Prose:
    """How much a unit reads like article prose."""

    words: int
    stopword_density: float
    sentence: bool  # ends with sentence punctuation
    score: float  # added to a run that includes this unit
    lower: bool = False  # starts in lower case: code, a list item going on from a sentence, never a headline


def ends_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def measure(units: list[Unit]) -> list[Prose]:
    """Each unit's prose signals and score, with the page's language's stoplist."""
    sampled = [words_of(unit.text) for unit in units[:_SAMPLE_UNITS]]  # read once, for the sample and the scores
    stoplist = _stoplist_for(sampled)
    found = chain(sampled, (words_of(unit.text) for unit in units[_SAMPLE_UNITS:]))
    return [_prose(unit.text, words, stoplist) for unit, words in zip(units, found)]


def body_span(prose: list[Prose]) -> tuple[int, int]:
    """[start, end) of the run of units with the highest total score."""
    spans = prose_runs(prose)
    return max(spans)[1:] if spans else (0, 0)


def prose_runs(prose: list[Prose]) -> list[tuple[float, int, int]]:
    """Each run of prose the scores part, as (its best total, start, end): where a total falls to nothing, a run
    ends."""
    found: list[tuple[float, int, int]] = []
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    run = 0
    for index, item in enumerate(prose):
        if total <= 0:
            if best > 0:
                found.append((best, *best_span))
            best, total, start = 0.0, 0.0, index
        # A list of teaser headlines ends the body; one subheading inside it does not.
        run = run + 1 if item.score == TITLE_LIKE and not item.lower else 0
        total += item.score * min(max(run, 1), 5)
        if total >= best and total > 0:  # on a tie, the longer run
            best, best_span = total, (start, index + 1)
    if best > 0:
        found.append((best, *best_span))
    return found


def stoplist() -> frozenset[str]:
    return _stoplist("English")


def _prose(text: str, found: list[str], stopwords: frozenset[str]) -> Prose:
    prose = _measured(text, found, stopwords)
    prose.lower = text[:1].islower()
    return prose


def _measured(text: str, found: list[str], stopwords: frozenset[str]) -> Prose:
    # `found`: the text's words (words_of).
    sentence = ends_sentence(text)
    if CJK.search(text):
        # No spaces to count words by: two characters make about one word.
        words = len(text) // 2
        density = _STOPWORDS_HIGH if sentence else 0.0
    else:
        words = len(found)
        density = sum(map(stopwords.__contains__, found)) / words if words else 0.0
    if title_cased(text):  # "He Was Saved By A Stranger. Now Watch What He Did.": another story's headline
        return Prose(words, density, sentence, TITLE_LIKE)
    if is_attribution(text):
        return Prose(words, density, sentence, 0.0)  # "—Jane Doe, age 9" under a quote: the paragraphs around decide
    return Prose(words, density, sentence, _score(len(text), words, density, sentence))


def is_attribution(text: str) -> bool:
    """A short line after a dash that signs the quote or answer above it: "—Jane Doe, age 9"."""
    return text.startswith(_ATTRIBUTION_DASHES) and len(text) < _LENGTH_LOW


def title_cased(text: str) -> bool:
    """Nearly every longer word capitalised, as in headlines, menus and headlines run together, never in prose."""
    # Words that start with a letter; a word of letters alone has as many as its length: only the others'
    # characters are counted.
    longer = [word for word in text.split() if len(word) > _SHORT_WORD and word[0].isalpha()
              and (word.isalpha() or sum(char.isalpha() for char in word) > _SHORT_WORD)]
    if len(longer) < _MIN_TITLE_CASE_WORDS:
        return False
    return len([word for word in longer if word[0].isupper()]) >= _TITLE_CASE_SHARE * len(longer)


def _score(chars: int, words: int, density: float, sentence: bool) -> float:
    if chars >= _LENGTH_HIGH and density >= _STOPWORDS_HIGH:
        return float(words)  # jusText's "good"
    if chars >= _LENGTH_LOW and density >= _STOPWORDS_LOW:
        return words * (0.8 if sentence else 0.3)  # "near-good"
    if chars >= _LENGTH_LOW and sentence and density >= 0.2:
        return words * 0.3
    if sentence and words >= 3 and density >= 0.15:
        return SHORT_PARAGRAPH
    if chars >= _LENGTH_LOW:
        return -min(words * 0.3, 10.0)  # a long list of names or links
    if words <= 2:
        return -2.0  # a button or a counter: "Tweet", "Print", "0"
    return TITLE_LIKE  # a menu item, a teaser headline, a subheading


def _stoplist_for(sampled: list[list[str]]) -> frozenset[str]:
    # `sampled`: the words of the page's first units.
    sample = [word for words in sampled for word in words][:_SAMPLE_WORDS]
    if not sample:
        return _stoplist("English")
    best, best_density = _stoplist("English"), 0.0
    for language in _LANGUAGES:
        words = _stoplist(language)
        density = sum(map(words.__contains__, sample)) / len(sample)
        if density > best_density + 0.02:
            best, best_density = words, density
        if language == "English" and density >= 0.25:
            break  # clearly English: the common case stays cheap
    return best


@functools.cache
def _stoplist(language: str) -> frozenset[str]:
    # jusText's own stoplist files, read without importing jusText (its import loads lxml's
    # HTML cleaner: 0.16 s that a command-line import of one text file would wait for).
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("justext is not installed")
    path = Path(spec.submodule_search_locations[0]) / "stoplists" / f"{language}.txt"
    return frozenset(word.strip().casefold() for word in path.read_text(encoding="utf-8").splitlines()
                     if word.strip())
