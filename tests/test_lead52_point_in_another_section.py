r"""A point named in an earlier section is no point the next section's derivative is taken at.

"The two pieces meet smoothly at $z = -1$" ends a section; under the next heading the chain rule
``\nabla_w \ell = \ell'(z) y x = -2(1 - y w^\top x) x`` drops the y. The step was SKIPPED "the prose
before names a point … the derivative may be taken there" (documents.ownvariable read the eight lines
before the display across the heading): a heading starts the prose a step is read with for the points
it names. Within the section the doubt stands."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.results import Verdict

_NOTES = """# A squared margin loss

For a label $y \\in \\{-1, +1\\}$ and a score $f(x) = w^\\top x$, let $z = y\\,f(x)$.
The loss is $\\ell(z) = (1 - z)^2$, and $\\ell'(z) = -2(1 - z)$. It is zero at $z = 1$.
HEADING
By the chain rule,

$$\\nabla_w \\ell = \\ell'(z)\\, y\\, x = -2(1 - y\\,w^\\top x)\\, RIGHT$$
"""


def _last(heading: str, right: str) -> Verdict:
    text = _NOTES.replace("HEADING", heading).replace("RIGHT", right)
    return [s for c in check_text(text, "notes.md").chains for s in c.result.steps][-1].verdict


def test_a_dropped_factor_after_a_heading_is_failed() -> None:
    assert _last("\n## Gradient in the weights\n", "x") is Verdict.FAILED


def test_a_latex_section_heading_cuts_too() -> None:
    assert _last("\n\\subsection{Gradient in the weights}\n", "x") is Verdict.FAILED


def test_the_right_gradient_holds() -> None:
    assert _last("\n## Gradient in the weights\n", "y\\, x") is Verdict.PROVED


def test_a_point_named_in_the_same_section_still_leaves_the_doubt() -> None:
    assert _last("", "x") is Verdict.SKIPPED
