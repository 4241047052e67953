"""The hang guard of the once-hanging inputs counts the child's CPU, not the clock."""

import pytest
from builders import python_in_child


def test_a_child_that_works_past_its_guard_is_ended():
    with pytest.raises(AssertionError, match=r"over 1 s of CPU"):
        python_in_child("while True: pass", hang_guard=1)


def test_a_child_waiting_longer_than_its_guard_without_working_is_not_ended():
    # As a child does on a machine busy with other things: its time passes, its CPU does not.
    assert python_in_child("import time; time.sleep(1.5); print('read')", hang_guard=1) == "read\n"
