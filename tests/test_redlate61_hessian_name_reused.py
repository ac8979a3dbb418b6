"""A letter named the Hessian and defined anew as a function of another variable is that function from then on.

"Let $H$ be the Hessian of $f$" (ctx61) rewrites ``H(x)`` as the matrix H in every later chain. Notes reuse letters
across sections: a later "The binary entropy is $H(p) = -p\\log p - (1 - p)\\log(1 - p)$" makes ``H(x)`` the entropy
at x, and the right ``\\frac{d}{dx} H(x) = \\log\\frac{1 - x}{x}`` (PROVED before ctx61) was SKIPPED as a derivative
of the Hessian matrix, reported "read as the Hessian H at its variable".
"""

from support import doc_steps, verdicts_by_line

NOTE = r"""Let $f(x) = x_1^2 + 3x_2^2$ with $x \in \mathbb{R}^2$, and let $H$ be the Hessian of $f$.

## Entropy

The binary entropy is $H(p) = -p\log p - (1 - p)\log(1 - p)$ for $0 < p < 1$.

$$STEP$$
"""


def test_the_entropy_derivative_is_proved() -> None:
    assert verdicts_by_line(NOTE.replace("STEP", r"\frac{d}{dx} H(x) = \log\frac{1 - x}{x}"))[7] == ["PROVED"]


def test_a_wrong_entropy_derivative_fails() -> None:
    assert verdicts_by_line(NOTE.replace("STEP", r"\frac{d}{dx} H(x) = \log\frac{x}{1 - x}"))[7] == ["FAILED"]


def test_no_hessian_reading_is_reported() -> None:
    step = doc_steps(NOTE.replace("STEP", r"H(x) + H(1 - x) = 2H(x)"))[-1]
    assert step.verdict.value == "PROVED"
    assert "read as the Hessian H at its variable" not in step.message


def test_before_the_new_definition_the_hessian_is_read() -> None:
    # the Newton step written before the entropy section keeps ctx61's reading
    newton = r"$$x - H(x)^{-1}\nabla f(x) = x - \begin{pmatrix} 2 & 0 \\ 0 & 6 \end{pmatrix}^{-1}"
    newton += r"\begin{pmatrix} 2x_1 \\ 6x_2 \end{pmatrix}$$"
    note = NOTE.replace("## Entropy", newton).replace("STEP", r"H(x) = H(1 - x)")
    assert verdicts_by_line(note)[3] == ["PROVED"]
