"""The peak memory of one process that imports an OPML list and refreshes its feeds.

    python benchmarks/feed_memory.py refresh LIST.opml DATA_DIR   # subscribe + refresh, spaCy
    python benchmarks/feed_memory.py spacy LIST.opml DATA_DIR     # baseline: spaCy on one item

Prints the peak resident memory (VmHWM) in KiB, then what was done. Run by bench_feeds.py
against its own feed servers.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.ingest.subscription_lists import read_subscription_list  # noqa: E402
from reader.store import Library  # noqa: E402


def peak_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def main(mode: str, listing: str, data_dir: str) -> None:
    library = Library(Path(data_dir))
    if mode == "spacy":
        from reader.nlp import find_entities

        find_entities([(["Maria Lindqvist spoke in Oslo on Tuesday about the harbour."], [])])
        print(peak_kib(), "spaCy loaded, one item")
        return
    done = library.feeds.subscribe_list(read_subscription_list(listing))
    new = sum(f.new for f in done.refreshed.feeds)
    print(peak_kib(), f"{len(done.added)} feeds, {new} new articles, {len(done.refreshed.failed)} failed")


if __name__ == "__main__":
    main(*sys.argv[1:4])
