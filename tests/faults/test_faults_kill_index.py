"""kill -9 while the index follows a write or is being rebuilt: no acknowledged write is
lost, and what the index answers afterwards agrees with the truth (rebuilt if it must)."""

from __future__ import annotations

import random
from itertools import count

from builders import small_library
from test_faults_kill import fork_and_kill

from reader.store import Library

ROUNDS = 20


def agrees_with_the_truth(root) -> None:
    """Every query the index answers about state matches what the TinyDB files hold."""
    library = Library(root)
    states = library.reading_states()
    read = {i for i, state in states.items() if state.read}
    noted = {note.article_id for note in library.notes()}
    marked = {mark.article_id for mark in library.bookmarks()}

    def found(query):
        return {hit.summary.id for hit in library.search(query).hits}

    assert found("is:read") == read
    assert found("has:note") == noted
    assert found("has:bookmark") == marked
    assert {s.id for s in library.summaries()} == {s for s in found("-zzzznothing")}


def test_kill_while_writes_update_the_index(tmp_path):
    root = tmp_path / "library"
    _, ids = small_library(root)
    rng = random.Random("index writes")
    for round_ in range(ROUNDS):

        def loop(ack) -> None:
            writer = Library(root)
            for n in count():
                article_id = ids[n % len(ids)]
                writer.mark_read(article_id, read=n % 2 == 0)
                ack("read", article_id, n % 2 == 0)
                note = writer.add_note(article_id, f"round {round_} note {n}")
                ack("note", note.id)

        acks = fork_and_kill(loop, rng)
        library = Library(root)
        notes = {note.id for note in library.notes()}
        states = library.reading_states()
        for ack in acks:
            if ack[0] == "note":
                assert ack[1] in notes, ack
        last_read = [ack for ack in acks if ack[0] == "read"][-1]
        # A mark in flight is for the next article: the last acknowledged one stands.
        assert states[last_read[1]].read == (last_read[2] == "True")
        agrees_with_the_truth(root)


def test_kill_during_a_rebuild_leaves_an_index_that_is_finished_on_the_next_open(tmp_path):
    root = tmp_path / "library"
    library, ids = small_library(root, count=40)
    library.add_note(ids[3], "kept")
    library.mark_read(ids[5])
    rng = random.Random("rebuild")
    for _ in range(ROUNDS):

        def loop(ack) -> None:
            writer = Library(root)
            for _n in count():
                writer.drop_index()
                ack("dropped")
                writer.refresh_index()
                ack("rebuilt")

        fork_and_kill(loop, rng)
        agrees_with_the_truth(root)
        assert len(Library(root).summaries()) == 40
