r"""A bar inside a subscript (``P_{t|t-1}``, ``\mu_{1|2}``, ``x_{k \mid k-1}``) names a quantity: it conditions.

Kalman filters and Gaussian conditionals write the estimate of one thing given another below the letter. The
bar was read as a conditional bar of a probability and every member writing such a name was unread ("a
conditional bar '|' … cannot be checked", fresh38's Gaussian conditional). It is one name, as ``c_{prev}`` is.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
The predicted variance is $P_{{t|t-1}} = a^2 P_{{t-1|t-1}} + q$ and the gain is
$K_t = \\frac{{P_{{t|t-1}}}}{{P_{{t|t-1}} + r}}$.
Hence

$$1 - K_t = 1 - \\frac{{P_{{t|t-1}}}}{{P_{{t|t-1}} + r}} = {rest} .$$
"""


def test_a_conditioned_name_is_read() -> None:
    steps = doc_steps(_NOTES.format(rest="\\frac{r}{P_{t|t-1} + r}"))
    assert steps[-1].verdict is Verdict.PROVED
    assert steps[-2].verdict is Verdict.PROVED


def test_a_wrong_step_with_it_fails() -> None:
    assert doc_steps(_NOTES.format(rest="\\frac{q}{P_{t|t-1} + r}"))[-1].verdict is Verdict.FAILED


def test_mid_and_two_conditioned_names() -> None:
    notes = """
    $$x_{k \\mid k} - x_{k \\mid k-1} = (x_{k \\mid k} - x_{k \\mid k-1}) \\cdot FACTOR$$
    """
    assert doc_steps(notes.replace("FACTOR", "1"))[-1].verdict is Verdict.PROVED
    assert doc_steps(notes.replace("FACTOR", "2"))[-1].verdict is Verdict.FAILED


def test_a_probability_bar_is_still_refused() -> None:
    steps = doc_steps("$$p(x | y) = p(x)$$\n")
    assert all(s.verdict is not Verdict.PROVED for s in steps)
