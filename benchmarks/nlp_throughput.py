"""find_entities vs raw nlp.pipe on the same generated articles (goal: ratio >= 0.8).

Run: .venv/bin/python benchmarks/nlp_throughput.py [ARTICLES] [ROUNDS]
Prints the median time of each side and raw_time / our_time.
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from reader.nlp import find_entities
from reader.nlp.pipeline import get_nlp

FIRST = ["Jan", "Ewa", "Amara", "Kenji", "Lucia", "Tomasz", "Aisha", "Pieter", "Mei", "Rafael", "Ingrid", "Samuel"]
LAST = ["Kowalski", "Okafor", "Tanaka", "Moretti", "Lindqvist", "Haddad", "Novak", "Brennan", "Achebe", "Duarte"]
ORGS = [
    ("International Monetary Fund", "IMF"),
    ("European Central Bank", "ECB"),
    ("World Health Organization", "WHO"),
    ("Federal Reserve", "Fed"),
    ("United Nations", "UN"),
    ("World Trade Organization", "WTO"),
    ("Office for National Statistics", "ONS"),
]
COMPANIES = ["Northwind Energy", "Baltic Freight", "Harbor Mutual", "Sunfield Foods", "Copperline Mining"]
PLACES = ["Warsaw", "Nairobi", "Lisbon", "Osaka", "Geneva", "Lagos", "Oslo", "Brussels", "Chicago", "Hanoi"]
TITLES = ["finance minister", "central bank governor", "chief economist", "union leader", "trade envoy"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "last week", "in March", "on June 4"]

INTRO = [
    "{full}, the {title}, said {day} that the {org} had underestimated the slowdown in {place}.",
    "Speaking in {place}, {full} told reporters that the {org} ({short}) would review its forecast.",
    "{company} shares fell 4 percent in {place} after {full}, its {title}, warned of weaker demand.",
]
LATER = [
    "{last} said the {short} had been too slow to respond, adding that {place} could not wait.",
    "The {short} declined to comment, but officials in {place} said talks with {company} continued.",
    "According to {last}, the {short} will publish revised figures {day}.",
    "{last}'s office said a delegation would travel to {place} to meet {company} executives.",
    "Economists at {company} expect the {short} to cut rates by 0.25 percentage points {day}.",
    "Protesters gathered outside the {org} offices in {place}, and {last} urged calm.",
    "Inflation in {place} rose to 6.1 percent {day}, the highest level since 2019, the {short} said.",
    "Critics of {last} say the government has spent $2 billion without a clear plan.",
]
CAPTIONS = [
    "{full} speaks during a news conference in {place} {day}. (AP)",
    "Traders work on the floor of the exchange in {place}. (Reuters)",
    "Workers unload containers at the port of {place}. (AFP Photo)",
    "{full} arrives for talks in {place}. Photo: Anna Nowak/EPA",
]


def make_article(rng: random.Random, target: int = 3200) -> tuple[list[str], list[str]]:
    person = (rng.choice(FIRST), rng.choice(LAST))
    org = rng.choice(ORGS)

    def fill(template: str) -> str:
        return template.format(
            full=f"{person[0]} {person[1]}",
            last=person[1],
            title=rng.choice(TITLES),
            org=org[0],
            short=org[1],
            company=rng.choice(COMPANIES),
            place=rng.choice(PLACES),
            day=rng.choice(DAYS),
        )

    dateline = f"{rng.choice(PLACES).upper()} ({rng.choice(['AP', 'Reuters'])}) — "
    paragraphs = [dateline + fill(rng.choice(INTRO)) + " " + fill(rng.choice(INTRO))]
    while sum(len(p) for p in paragraphs) < target:
        paragraphs.append(" ".join(fill(rng.choice(LATER)) for _ in range(rng.randint(1, 3))))
    captions = [fill(c) for c in rng.sample(CAPTIONS, 2)]
    return paragraphs, captions


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    rng = random.Random(1234)
    articles = [make_article(rng) for _ in range(count)]
    blocks = [text for paragraphs, captions in articles for text in paragraphs + captions]
    whole = ["\n\n".join(paragraphs + captions) for paragraphs, captions in articles]
    nlp = get_nlp()

    def raw_blocks() -> None:
        for doc in nlp.pipe(blocks):
            doc.ents

    def raw_whole() -> None:
        for doc in nlp.pipe(whole):
            doc.ents

    def ours() -> None:
        find_entities(articles)

    find_entities(articles[:10])  # warm-up: model loaded, first batches paid
    times: dict[str, list[float]] = {"raw_blocks": [], "raw_whole": [], "ours": []}
    for _ in range(rounds):  # interleaved, so drift hits every side alike
        times["raw_blocks"].append(timed(raw_blocks))
        times["raw_whole"].append(timed(raw_whole))
        times["ours"].append(timed(ours))
    median = {name: statistics.median(t) for name, t in times.items()}
    chars = sum(len(t) for t in blocks)
    print(f"{count} articles, {len(blocks)} blocks, {chars / count:.0f} chars/article, medians of {rounds}")
    print(f"raw nlp.pipe over the same blocks:   {median['raw_blocks']:.2f} s")
    print(f"raw nlp.pipe over whole articles:    {median['raw_whole']:.2f} s")
    print(f"find_entities (blocks, batch 64):    {median['ours']:.2f} s")
    print(f"ratio raw_blocks/ours: {median['raw_blocks'] / median['ours']:.2f}  (goal >= 0.8)")
    print(f"ratio raw_whole/ours:  {median['raw_whole'] / median['ours']:.2f}")


if __name__ == "__main__":
    main()
