r"""The factorial of a huge integer (redteam26; redteam25 left ``3000! = 3000!`` an ERROR).

``1000000! = 1000000!`` computed the number (5.5 million digits) while parsing, and the step was an ERROR
("Exceeds the limit (4300 digits) for integer string conversion") after half a minute. A factorial whose
value would have more digits than a formula's numbers may is refused while parsing, as a huge power is."""

from __future__ import annotations

import time

import pytest
from support import doc_steps

from verifier.latex import LatexError, parse_latex
from verifier.results import Verdict


@pytest.mark.parametrize("text", ["1000000!", "3000!", "(10^{6})!"])
def test_a_huge_factorial_is_refused_while_parsing(text: str) -> None:
    started = time.monotonic()
    with pytest.raises(LatexError, match="digits"):
        parse_latex(text)
    assert time.monotonic() - started < 2


def test_a_small_factorial_is_still_exact() -> None:
    assert parse_latex("5!") == 120


def test_the_step_is_skipped_not_an_error() -> None:
    steps = doc_steps("# A\n\n$$3000! = 3000 \\cdot 2999!$$\n")
    assert [s.verdict for s in steps] == [Verdict.SKIPPED], steps[0].message
