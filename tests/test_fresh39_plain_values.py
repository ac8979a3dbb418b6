r"""A value stated in plain prose, outside any formula: "With x = (1, 2) and p = 3: …".

Notes typed with Unicode rather than LaTeX state a worked point in the sentence itself ("With x = (1, 5, 7) and
p = 2:"), not in ``$p = 2$``. The worked derivative after it, ``\frac{\partial f}{\partial x_j} = \frac{x_j}{15}``
of the notes' ``f(\mathbf{x}; p)``, was checked at every p and FAILED (fresh39: a GeM-pooling note), where the same
note with ``$p = 2$`` is SKIPPED "the prose before names a point (or a value of p …)". A value is a value whether
or not the notes wrap it in dollars.
"""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
# A power mean

$$ f(\\mathbf{{x}}; p) = \\Bigl( \\frac{{1}}{{n}} \\sum_{{i=1}}^{{n}} x_i^{{\\,p}} \\Bigr)^{{1/p}} $$

{stated}: the mean of squares is (1 + 4 + 4)/3 = 3.
The gradient is
$\\frac{{\\partial f}}{{\\partial x_j}} = \\frac{{1}}{{3}} x_j \\cdot 3^{{-1/2}} = \\frac{{x_j}}{{3\\sqrt{{3}}}}$.
"""


def _first(stated: str) -> Verdict:
    return next(s for s in doc_steps(_NOTES.format(stated=stated)) if "partial f" in s.lhs_latex).verdict


def test_a_value_in_plain_prose_is_a_point_as_in_dollars() -> None:
    assert _first("With $x = (1, 2, 2)$ and $p = 2$") is Verdict.SKIPPED
    assert _first("With x = (1, 2, 2) and p = 2") is Verdict.SKIPPED


def test_without_a_stated_value_the_worked_derivative_still_fails() -> None:
    assert _first("With some positive x") is Verdict.FAILED
