r"""A density stated normalised at one value of its parameter is no statement for every value (sound52).

documents.densities reads "$$\int p(y)\,dy = 1$$" before a step as the density's normalisation *for every value
of its parameter*, so ``\frac{\partial}{\partial\theta}\int p(y)\,dy`` is 0. Where the sentence that states it names
a value first ("At $\theta = 0$ we have $$\int p(y)\,dy = 1$$"), the integral is 1 at that point only and its
derivative there need not vanish: ``p(y) = h(y)e^{\theta y}`` integrates to one at θ = 0 with h a density, and the
derivative there is h's mean. Such a statement is not read (the steps stay SKIPPED, as without it); one stated
for every θ, or after a sentence that defines p, still is.
"""

from __future__ import annotations

from support import doc_steps

AT_A_POINT = r"""
# An unnormalised family

Let $p(y) = h(y)\exp(\theta y)$ with $h$ a density. %s

$$\int p(y)\,dy = 1.$$

Differentiating by $\theta$,

$$0 = \frac{\partial}{\partial\theta}\int p(y)\,dy = \int y\,p(y)\,dy = E[y].$$
"""

TEX = r"""\documentclass{article}
\begin{document}
\section{An unnormalised family}
Let $p(y) = h(y)\exp(\theta y)$ with $h$ a density. %s
\[ \int p(y)\,dy = 1. \]
Differentiating by $\theta$,
\[ 0 = \frac{\partial}{\partial\theta}\int p(y)\,dy = \int y\,p(y)\,dy = E[y]. \]
\end{document}
"""


def _first_link(notes: str, path: str = "t.md") -> str:
    steps = doc_steps(notes, path)
    first = next(s for s in steps if s.lhs_latex.strip() == "0")
    return first.verdict.value


def test_a_statement_at_one_value_of_the_parameter_is_not_read() -> None:
    assert _first_link(AT_A_POINT % "At $\\theta = 0$ we have") not in ("PROVED", "PASSED")


def test_a_statement_at_one_value_is_not_read_in_latex() -> None:
    assert _first_link(TEX % "When $\\theta = 0$,", "t.tex") not in ("PROVED", "PASSED")


def test_a_statement_for_every_value_is_read() -> None:
    assert _first_link(AT_A_POINT % "For every $\\theta$ it is normalised:") == "PROVED"


def test_a_definition_in_the_sentence_before_leaves_the_statement_read() -> None:
    notes = AT_A_POINT.replace(" with $h$ a density. %s", ", which is normalised for every $\\theta$:")
    assert _first_link(notes) == "PROVED"


# p written without a definition or a declaration: the chain reads p(y) as p times y (its argument omitted), which
# the density's reading (p a function of y) must not be mixed with
UNDECLARED = r"""
# Moments

The density integrates to one for every $\theta$:

$$\int p(y)\,dy = 1.$$

Then the second moment is

$$E[y^2] = \int %s\,p(y)\,dy.$$
"""


def test_a_wrong_moment_is_not_green_where_p_is_read_as_a_value() -> None:
    step = doc_steps(UNDECLARED % "y")[-1]
    assert step.verdict.value not in ("PROVED", "PASSED"), step.message


def test_a_wrong_moment_is_not_green_where_p_is_read_as_a_value_in_latex() -> None:
    tex = ("\\documentclass{article}\n\\begin{document}\nThe density integrates to one for every $\\theta$:\n"
           "\\[ \\int p(y)\\,dy = 1. \\]\nThen the second moment is\n\\[ E[y^2] = \\int y\\,p(y)\\,dy. \\]\n"
           "\\end{document}\n")
    step = doc_steps(tex, "t.tex")[-1]
    assert step.verdict.value not in ("PROVED", "PASSED"), step.message


REDEFINED = r"""
# Densities

The density integrates to one for every $\theta$:

$$\int p(y)\,dy = 1.$$

Now let $p(y) = %s$. Then

$$\int p(y)\,dy = 1.$$
"""


def test_a_density_defined_anew_after_the_statement_is_not_read_under_it() -> None:
    step = doc_steps(REDEFINED % "2 h(y)")[-1]  # the statement was of the p before: this one integrates to 2
    assert step.verdict.value not in ("PROVED", "PASSED"), step.message
