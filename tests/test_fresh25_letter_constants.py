r"""A worked number may write Euler's e as a bare letter: ``\frac{1}{1 + e} \approx 0.269``.

The parser leaves a bare ``e`` a name for the resolver (``e^{2}`` is ``exp(2)``), and the rounding
reading refused any step with a free name: a value right to the three decimals written FAILED while the
same value written with ``e^{1}`` passed (fresh25: a GMM responsibility σ(-1) = 1/(1 + e), a sampled-softmax
loss in 2e² + 4e + 4). A wrong digit stays FAILED, and the notes' own e (a sampled value) is no constant.
"""

from __future__ import annotations

import pytest
import sympy as sp
from support import doc_steps

from verifier.documents.letterconstants import letter_constants
from verifier.results import Verdict


@pytest.mark.parametrize(
    "link",
    [r"\frac{1}{1 + e} \approx 0.269", r"-\log\frac{2e^2}{2e^2 + 4e + 4} \approx 0.696", r"\frac{1}{1 + e} = 0.27"],
    ids=["sigmoid", "softmax-loss", "two-decimals"],
)
def test_a_worked_value_in_a_bare_e_is_green_to_the_digits_written(link: str) -> None:
    steps = doc_steps(f"The value.\n\n$${link}$$\n")
    assert [s.verdict for s in steps] == [Verdict.PASSED]


@pytest.mark.parametrize("link", [r"\frac{1}{1 + e} \approx 0.279", r"-\log\frac{2e^2}{2e^2 + 4e + 4} \approx 0.596"])
def test_a_wrong_digit_in_a_bare_e_stays_failed(link: str) -> None:
    steps = doc_steps(f"The value.\n\n$${link}$$\n")
    assert [s.verdict for s in steps] == [Verdict.FAILED]


def test_a_sampled_e_is_the_notes_own_name() -> None:
    assert letter_constants((("e", "0.5"), ("x", "1"))) == {sp.Symbol("pi")}
    assert letter_constants(()) == {sp.Symbol("pi"), sp.Symbol("e")}
