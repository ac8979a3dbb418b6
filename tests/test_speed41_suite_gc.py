"""The test process walks its whole heap less often (speed41, verifier.workergc).

A pytest-xdist worker checks thousands of documents in-process, one test after another: the caches
they fill (SymPy's, the resolver's, the parse memos) outlive every test, as they do in a chain worker
of ``run_each``. CPython's full collections walked them again every ten middle collections (3.5 % of
the CPU of 46 of the suite's files, ``docs/speed.md``, speed41); ``tests/conftest.py`` gives the test
process the workers' threshold once collection is done. The young generations keep CPython's."""

from __future__ import annotations

import gc
import os

from verifier import workergc


def test_the_test_process_makes_full_collections_rarer() -> None:
    young, middle, full = gc.get_threshold()
    assert (young, middle) == (700, 10)  # CPython's young generations, as before
    if os.environ.get(workergc.SWITCH) == "0":
        assert full == 10  # the switch keeps CPython's, as in the workers
    else:
        assert full == workergc.FULL_EVERY
