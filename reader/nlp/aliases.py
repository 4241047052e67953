"""Alias folding within one article: a short form takes its full mention's label and name.

Pure Python over EntitySpan lists (no spaCy), so it is cheap and unit-testable.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict

from reader.model import EntitySpan

# Labels a short form may carry: spaCy often mislabels surnames as ORG/GPE/NORP,
# but a DATE "Jan" or a MONEY amount is never a short name.
_NAMEY = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"}
)
# Full names an acronym can stand for.
_ACRONYM_TARGETS = frozenset({"ORG", "GPE", "FAC"})
# Words acronyms usually skip ("IMF", not "IMOF" for ... of ...).
_LITTLE = frozenset(
    {"of", "the", "for", "and", "on", "in", "at", "to", "a", "an", "&"}
    | {"de", "des", "du", "la", "le"}
)
# Generational suffixes are not the surname ("Martin Luther King Jr." -> "King").
_NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
_POSSESSIVES = ("'s", "’s")
# A written acronym: capital first, letters (dots and & allowed), like "IMF", "U.N.", "BoE".
_ACRONYM = re.compile(r"[A-Z][A-Za-z&.]{1,9}")
# "(IMF)" right after a full name defines the acronym.
_PAREN_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.]{1,9})\s*\)")
# A leading country code is not the word a clipped form comes from ("U.S. Federal Reserve").
_CODE = re.compile(r"[A-Z.]+")
# A word as str.split() finds one: \s is the same Unicode whitespace.
_WORD = re.compile(r"\S+")

# (paragraph, start): document order, which decides "nearest preceding" and ties.
Position = tuple[int, int]


def fold_aliases(spans: list[EntitySpan], blocks: list[str]) -> list[EntitySpan]:
    """Give every short form its full mention's label and canonical name.

    `paragraph` of each span indexes `blocks` (the caller concatenates paragraphs
    and captions). Returns new spans sorted by (paragraph, start); the input is
    not modified. Rules, in order:
    (d) identical texts (possessive aside) share one label (majority; ties:
        first mention) and any full name one of them was already resolved to;
    (b) an acronym of a multi-word ORG/GPE/FAC, or one defined in parentheses
        after it, takes that name ("IMF" -> "International Monetary Fund");
    (a) a surname or given name alone (possessive too) takes the full PERSON
        mention it ends or starts ("Kowalski's" -> "Jan Kowalski");
    (c) an ORG that is a clipped capitalised word of 3+ letters, at most 3/4 of
        the first word of a multi-word ORG, takes it ("Fed" -> "Federal Reserve");
    (e) untagged whole-word occurrences of a known full name, surname or
        acronym become spans, where they overlap nothing.
    With several candidates the nearest preceding full mention wins, else the
    first following one.
    """
    # Copies (the caller's spans stay as they were); the constructor is cheaper than replace().
    out = sorted(
        (EntitySpan(s.text, s.label, s.paragraph, s.start, s.end, s.canonical) for s in spans),
        key=_position,
    )
    _unify_identical(out)
    persons = _person_aliases(out)
    named = _name_tails(out)
    acronyms = _acronym_aliases(out)
    defined: set[str] = set()
    added = _paren_acronyms(out, blocks, acronyms, defined)
    out.extend(added)
    orgs = _FirstWords([s for s in out if s.label == "ORG" and len(s.text.split()) >= 2])
    used_acronyms: set[str] = {s.text for s in added}
    tables = {i for i, block in enumerate(blocks) if _is_table(block)}
    no_acronyms = _Index()
    for span in out:
        if span.label not in _NAMEY:
            continue
        # In a table or a shouted line, initials are only what the article defined ("NY" in
        # a results table is no New York of the prose).
        guessed = span.paragraph in tables and _acronym_key(span.text) not in defined
        known = no_acronyms if guessed else acronyms
        target = _resolve(span, persons, known, orgs) or _tail_of(span, named)
        if target is None:
            continue
        if span.text.endswith(_POSSESSIVES) and not target.text.endswith(_POSSESSIVES):
            span.end -= 2
            span.text = span.text[:-2]
        if target.label != "PERSON":
            used_acronyms.add(span.text)
        span.label, span.canonical = target.label, target.canonical
    out.extend(_untagged(out, blocks, persons, acronyms, used_acronyms))
    out.sort(key=_position)
    return out


def _position(span: EntitySpan) -> Position:
    return (span.paragraph, span.start)


def _unify_identical(spans: list[EntitySpan]) -> None:
    """(d): one label per text, whatever its case ("Kowalski's" counts as "Kowalski"):
    majority, ties to the first; a shouted form takes the name as written in prose."""
    groups: dict[str, list[EntitySpan]] = defaultdict(list)
    for span in spans:
        groups[_bare(span.text).casefold()].append(span)
    for group in groups.values():
        if len(group) < 2:
            continue
        counts = Counter(s.label for s in group)
        top = max(counts.values())
        label = next(s.label for s in group if counts[s.label] == top)
        # A mention already resolved to a full name names them all ("AP" -> "Associated Press").
        resolved = [s.canonical for s in group if s.label == label and s.canonical != s.text]
        canonical = max(resolved, key=len) if resolved else None
        written = [s.text for s in group if not s.text.isupper()]
        prose = Counter(written).most_common(1)[0][0] if written else None
        for span in group:
            span.label = label
            if canonical is not None:
                span.canonical = canonical
            elif prose is not None and span.text.isupper() and span.canonical == span.text:
                span.canonical = _bare(prose)


def _bare(text: str) -> str:
    return text[:-2] if text.endswith(_POSSESSIVES) else text


class _Index:
    """Alias key -> full mentions in document order, for nearest-preceding lookups."""

    def __init__(self) -> None:
        self._targets: dict[str, list[tuple[Position, EntitySpan]]] = defaultdict(list)
        # Sorted lazily: definitions found after the scan arrive out of order.
        self._dirty: set[str] = set()

    def add(self, key: str, target: EntitySpan, at: Position | None = None) -> None:
        self._targets[key].append((at or _position(target), target))
        self._dirty.add(key)

    def __contains__(self, key: str) -> bool:
        return key in self._targets

    def find(self, key: str, at: Position) -> EntitySpan | None:
        entries = self._targets.get(key)
        if not entries:
            return None
        if key in self._dirty:
            entries.sort(key=lambda entry: entry[0])
            self._dirty.discard(key)
        # Nearest full mention before this one, else the first after it.
        i = bisect_right(entries, at, key=lambda entry: entry[0])
        return entries[i - 1][1] if i else entries[0][1]


def _name_words(text: str) -> list[str]:
    words = _bare(text).split()
    while len(words) > 2 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    return words


def _person_aliases(spans: list[EntitySpan]) -> _Index:
    """(a): every proper word-prefix and word-suffix of a multi-word PERSON name."""
    index = _Index()
    for span in spans:
        if span.label != "PERSON":
            continue
        words = _name_words(span.text)
        for k in range(1, len(words)):
            index.add(" ".join(words[-k:]).lower(), span)
            index.add(" ".join(words[:k]).lower(), span)
    return index


def _initials(text: str) -> set[str]:
    """Acronyms a name may have: little words skipped or kept, hyphens split or not."""
    variants = set()
    for split_hyphens in (False, True):
        words = text.replace("-", " ").split() if split_hyphens else text.split()
        for keep_little in (False, True):
            letters = [w[0] for w in words if keep_little or w.lower() not in _LITTLE]
            if len(letters) >= 2:
                variants.add("".join(letters).upper())
    return variants


def _acronym_key(text: str) -> str | None:
    """"U.N." -> "UN"; None unless the text looks like an acronym."""
    if text.endswith(_POSSESSIVES):
        text = text[:-2]
    if not _ACRONYM.fullmatch(text):
        return None
    letters = text.replace(".", "")
    if sum(c.isupper() for c in letters) < 2 or not letters.replace("&", "").isalpha():
        return None
    return letters.upper()


def _acronym_aliases(spans: list[EntitySpan]) -> _Index:
    """(b): the initials of each multi-word ORG/GPE/FAC mention."""
    index = _Index()
    for span in spans:
        if span.label in _ACRONYM_TARGETS and len(span.text.split()) >= 2:
            for key in _initials(span.text):
                index.add(key, span)
    return index


def _is_table(block: str) -> bool:
    """A line of capitals, or one where figures make a third of the words."""
    if not any(c.islower() for c in block):
        return True
    # Word by word, not block.split(): a 16 MiB paragraph would hold ~3 million strings at once.
    words = figures = 0
    for word in _WORD.finditer(block):
        words += 1
        figures += any(c.isdigit() for c in word.group())
    return 3 * figures >= words


def _paren_acronyms(
    spans: list[EntitySpan], blocks: list[str], index: _Index, defined: set[str]
) -> list[EntitySpan]:
    """(b): "Full Name (ACR)" defines ACR; returns spans for definitions spaCy left untagged."""
    taken = _taken(spans)
    labels = {s.text: s.label for s in spans}
    added = []
    for span in spans:
        if span.label not in _ACRONYM_TARGETS or len(span.text.split()) < 2:
            continue
        match = _PAREN_ACRONYM.match(blocks[span.paragraph], span.end)
        if match is None:
            continue
        key = _acronym_key(match.group(1))
        # Loose check: a defined acronym need not match the initials exactly ("OECD").
        if key is None or (key not in _initials(span.text) and key[0] != span.text[0].upper()):
            continue
        # Defined here: it wins over any other name with the same initials.
        index.add(key, span, at=(span.paragraph, span.end))
        defined.add(key)
        start, end = match.span(1)
        # Not where the text is tagged as a date or amount elsewhere: one label per text.
        if labels.get(match.group(1), "ORG") not in _NAMEY:
            continue
        if not _overlaps(taken.get(span.paragraph, []), start, end):
            added.append(
                EntitySpan(match.group(1), span.label, span.paragraph, start, end, span.canonical)
            )
    return added


# Names whose last word stands for them ("Biennale" for "Venice Biennale").
_TAIL_TARGETS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "LOC"})
# A place or a people is its own entity, even when it ends a longer name.
_NOT_A_TAIL = frozenset({"GPE", "NORP"})


def _name_tails(spans: list[EntitySpan]) -> _Index:
    """(f): the last word of each multi-word organisation, event or place name without
    little words ("Venice Biennale", not "Bank of Norland": "Norland" is its own)."""
    index = _Index()
    for span in spans:
        words = _bare(span.text).split()
        if span.label not in _TAIL_TARGETS or len(words) < 2:
            continue
        if any(w.lower() in _LITTLE for w in words):
            continue
        last = words[-1]
        if len(last) >= 4 and last[:1].isupper() and not last.isupper():
            index.add(last.casefold(), span)
    return index


def _tail_of(span: EntitySpan, named: _Index) -> EntitySpan | None:
    """(f): a one-word mention that ends a longer name in the article takes that name."""
    if span.label in _NOT_A_TAIL or " " in span.text:
        return None
    target = named.find(_bare(span.text).casefold(), _position(span))
    return target if target is not None and target is not span else None


def _resolve(
    span: EntitySpan, persons: _Index, acronyms: _Index, orgs: _FirstWords
) -> EntitySpan | None:
    """The full mention this span is a short form of, if any."""
    text = span.text
    if not text[:1].isupper():
        return None
    at = _position(span)
    key = _acronym_key(text)
    if key is not None and key in acronyms:
        target = acronyms.find(key, at)
        if target is not None and target is not span and target.text != text:
            return target
    bare = _bare(text)
    if not (span.label == "PERSON" and len(bare.split()) >= 2):
        target = persons.find(bare.lower(), at)
        if target is not None:
            return target
    # Only ORG short forms: a GPE "Kenya" must not fold into "Kenyan Airways".
    return _clipped(bare, at, orgs) if span.label == "ORG" else None


def _clipped(text: str, at: Position, orgs: _FirstWords) -> EntitySpan | None:
    """(c): "Fed" -> nearest "Federal Reserve" (clearly shorter prefix of the first word)."""
    if len(text) < 3 or not text.isalpha() or not text.istitle():
        return None
    positions, found = orgs.clipped_to(text)
    if not found:
        return None
    before = bisect_left(positions, at)
    return found[before - 1] if before else found[0]


class _FirstWords:
    """Multi-word ORG mentions by first word, sorted: the words a clipped form begins are
    one range of them (a scan of every ORG per short form was quadratic in the article)."""

    def __init__(self, orgs: list[EntitySpan]) -> None:
        self._by_word: dict[str, list[EntitySpan]] = defaultdict(list)
        for org in orgs:
            words = org.text.split()
            self._by_word[words[1] if _CODE.fullmatch(words[0]) and len(words) > 2 else words[0]].append(org)
        self._words = sorted(self._by_word)
        self._found: dict[str, tuple[list[Position], list[EntitySpan]]] = {}

    def clipped_to(self, text: str) -> tuple[list[Position], list[EntitySpan]]:
        """(positions, mentions) in document order of the ORGs `text` is a clipping of."""
        if text not in self._found:
            found: list[EntitySpan] = []
            for word in self._words[bisect_left(self._words, text) :]:
                if not word.startswith(text):
                    break
                # At most 3/4 of the word: "Russia" is no clipping of "Russian Central Bank".
                if 4 * len(text) <= 3 * len(word):
                    found += self._by_word[word]
            found.sort(key=_position)
            self._found[text] = ([_position(o) for o in found], found)
        return self._found[text]


def _taken(spans: list[EntitySpan]) -> dict[int, list[tuple[int, int]]]:
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for span in spans:
        taken[span.paragraph].append((span.start, span.end))
    for ranges in taken.values():
        ranges.sort()
    return taken


def _overlaps(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the sorted, disjoint ranges."""
    i = bisect_left(ranges, (end,))
    return i > 0 and ranges[i - 1][1] > start


def _untagged(
    spans: list[EntitySpan],
    blocks: list[str],
    persons: _Index,
    acronyms: _Index,
    used_acronyms: set[str],
) -> list[EntitySpan]:
    """(e): spans for missed mentions of known full names, surnames and used acronyms."""
    names: dict[str, EntitySpan | None] = {}
    for span in spans:
        if span.label == "PERSON" and span.canonical == span.text and len(span.text.split()) >= 2:
            names[span.text] = span
            surname = _name_words(span.text)[-1]
            # Short or lowercase "surnames" ("Li", "da") match too much prose.
            if len(surname) >= 3 and surname[0].isupper():
                names.setdefault(surname, None)
    for acronym in used_acronyms:
        if _acronym_key(acronym) is not None:
            names.setdefault(acronym, None)
    if not names:
        return []
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # Case-insensitive, for shouted lines ("OKAFOR WINS"); prose must write the name as it is.
    pattern = re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    by_fold = {name.casefold(): name for name in names}
    taken = _taken(spans)
    labels = {_bare(s.text): s.label for s in spans}  # one label per text by now (rule d)
    added = []
    for paragraph, block in enumerate(blocks):
        ranges = taken.get(paragraph, [])
        shouted = not any(c.islower() for c in block)
        for match in pattern.finditer(block):
            start, end = match.span()
            if _overlaps(ranges, start, end):
                continue
            text = match.group()
            name = by_fold.get(text.casefold())
            if name is None or (text != name and not (shouted and len(text) > 3)):
                continue
            at = (paragraph, start)
            target = names[name]
            if target is None:
                key = _acronym_key(name)
                found = acronyms.find(key, at) if key else None
                target = found or persons.find(name.lower(), at)
            # A text tagged otherwise elsewhere ("May" as a DATE) is ambiguous: leave it.
            if target is not None and labels.get(_bare(name), target.label) == target.label:
                added.append(
                    EntitySpan(text, target.label, paragraph, start, end, target.canonical)
                )
    return added
