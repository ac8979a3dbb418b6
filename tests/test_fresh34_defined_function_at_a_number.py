r"""``$$\hat m(1) = \frac{4.8}{2.4} = 2$$`` after the notes define ``\hat m(x)`` by a kernel-weighted sum.

The kernel-smoothing note (fresh34) defines the estimate ``\hat m(x)`` by sums over the data and then gives
``x = (0, 1, 2)`` and the query point ``x = 1``: the definition does not fit the line (x a vector and a number),
so the step is read again without the notes' definitions (documents.withoutdefinitions). There ``\hat m`` is an
undefined name, inferred a scalar for want of evidence, and ``\hat m(1)`` was read as that value, its argument
omitted (documents.omitted): the step FAILED at an arbitrary value of ``\hat m`` — a false alarm of v0.30.0. The
notes define the function; with its definition dropped its value at 1 is unknown, not any number: SKIPPED. The
arithmetic link after it is still checked."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
The estimate at a point $x$ is a weighted average of the responses,

$$\\hat m(x) = \\frac{{\\sum_{{i=1}}^n K_h(x - x_i)\\, y_i}}{{\\sum_{{i=1}}^n K_h(x - x_i)}},$$

with a Gaussian kernel $K_h(u) = \\exp\\left(-\\frac{{u^2}}{{2h^2}}\\right)$.

Data: $x = (0, 1, 2)$, $y = (1, 3, 2)$, bandwidth $h = 1$, query point $x = 1$.

$$\\hat m(1) = \\frac{{4.8}}{{2.4}} = {value} .$$
"""


def test_a_defined_function_at_a_number_is_not_failed_without_its_definition() -> None:
    steps = doc_steps(_NOTES.format(value="2"))
    at_one = steps[-2]
    assert at_one.verdict is not Verdict.FAILED, at_one.message
    assert steps[-1].verdict is Verdict.PROVED


def test_the_arithmetic_after_it_is_still_failed() -> None:
    assert doc_steps(_NOTES.format(value="2.5"))[-1].verdict is Verdict.FAILED
