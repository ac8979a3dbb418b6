"""The tests import their helpers as ``support``, never as ``tests.support``.

The README's test command and ``.ci/run`` run ``pytest`` from an installed checkout: ``tests/`` is on
``sys.path`` (pytest's rootdir conftest), the repository root is not, so ``from tests.support import …``
works only where someone set ``PYTHONPATH`` to the root — a file written that way passed every run of
the engineers who wrote it and broke ``.ci/run`` with a collection error."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_no_test_imports_the_tests_package() -> None:
    offenders = [
        p.name for p in sorted(TESTS.glob("*.py"))
        if re.search(r"^\s*(?:from\s+tests[.\s]|import\s+tests\b)", p.read_text(encoding="utf-8"), re.M)
    ]  # fmt: skip
    assert offenders == []
