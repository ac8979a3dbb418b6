"""speed46: the suite's worker collects its whole heap as rarely as a long-lived entry worker does.

``tests/conftest.py`` calls ``verifier.workergc.long_lived`` once collection is done: a full collection every
``FULL_EVERY`` middle ones instead of CPython's ten; the young generations keep their thresholds."""

from __future__ import annotations

import gc
import os

import pytest

from verifier import workergc


@pytest.mark.skipif(os.environ.get(workergc.SWITCH) == "0", reason="CPython's thresholds asked for")
def test_the_test_process_has_rarer_full_collections() -> None:
    young, middle, full = gc.get_threshold()
    assert full >= workergc.FULL_EVERY
    assert (young, middle) != (0, 0)  # the young generations still collected
