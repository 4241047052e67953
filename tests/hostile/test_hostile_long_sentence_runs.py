"""A paragraph with a long run of marks or a very long word splits into sentences in no time.

Finding sentence ends started a match at every mark of a run ("!!!!…") and rescanned the run,
and finding the word before each full stop searched from the start of the paragraph: 10,000
characters took seconds, so opening such an article froze. The split runs in a child process
so that a return of that bug fails instead of stalling the suite; the limit is a hang guard.
"""

from __future__ import annotations

from builders import python_in_child

SCRIPT = """
from reader.sentences import sentence_spans
marks = "Wow" + "!" * 50_000 + "x"
word = ("x" * 50_000 + ". A ") * 3
stops = "a. " * 25_000
print(sentence_spans(marks), len(sentence_spans(word)), len(sentence_spans(stops)))
"""


def test_long_runs_of_marks_and_long_words_split_into_sentences() -> None:
    assert python_in_child(SCRIPT, hang_guard=30).split() == ["[(0,", "50004)]", "4", "1"]
