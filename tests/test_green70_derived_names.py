r"""An inline formula naming the Hessian or the gradient of a function the notes define is a claim (green70).

fresh54's 06-poisson-regression-index.wrong3 was GREEN: "that is $H = X \operatorname{diag}(\lambda) X^T$" under
a heading "Hessian" was learned as H's definition and checked nowhere. documents.derivednames reads such a formula
as ``\nabla^2 \ell(w) = …`` (or ``\nabla \ell(w) = …``) of the function the notes define last before it: green where
it holds, SKIPPED (never FAILED: the notes may mean another function) where it fails. A real definition — no word
naming a derivative, another letter under the heading, "Let" — stays a definition.
"""

from __future__ import annotations

import pytest

from verifier.checksettings import Settings
from verifier.documents.check import check_text

NOTES = r"""# Least squares

The loss is $L(w) = \frac{1}{2} \|Xw - y\|^2$ for a data matrix $X \in \mathbb{R}^{n \times p}$.

## Gradient

Expanding the square, the gradient is $g = X^T (Xw - y)$.

## Hessian

Differentiating once more, $H = X^T X$, which is positive semidefinite.
"""


def _by_line(text: str) -> dict[int, list[tuple[str, str]]]:
    """(verdict, message) of every step of ``text``, by its line."""
    check = check_text(text, "notes.md", Settings())
    out: dict[int, list[tuple[str, str]]] = {}
    for ch in check.chains:
        for s, line in zip(ch.result.steps, ch.step_lines, strict=True):
            out.setdefault(line, []).append((s.verdict.name, s.message or ""))
    return out


def test_the_right_gradient_and_hessian_are_proved_as_named() -> None:
    steps = _by_line(NOTES)
    assert [v for v, _ in steps[7]] == ["PROVED"], steps
    assert "g read as the gradient of L(w)" in steps[7][0][1], steps
    assert [v for v, _ in steps[11]] == ["PROVED"], steps
    assert "H read as the Hessian of L(w)" in steps[11][0][1], steps


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("$g = X^T (Xw - y)$", "$g = X^T (y - Xw)$", 7),
        ("$H = X^T X$", "$H = 2 X^T X$", 11),
        ("$H = X^T X$", "$H = X X^T$", 11),
        ("$H = X^T X$", r"$\mathbf{H} = X^T X w$", 11),
    ],
    ids=["gradient-sign", "hessian-factor", "hessian-transposed", "bold-hessian"],
)
def test_a_wrong_named_derivative_is_not_green(old: str, new: str, line: int) -> None:
    assert old in NOTES
    steps = _by_line(NOTES.replace(old, new))
    assert steps.get(line) and all(v not in ("PROVED", "PASSED") for v, _ in steps[line]), steps


def test_the_poisson_hessian_written_inline() -> None:
    text = (r"# Poisson regression" "\n\n"
            r"Rates $\lambda_i = \exp(w^T x_i)$, features $x_i \in \mathbb{R}^p$ as the rows of $X$, and the loss"
            "\n\n"
            r"$$\ell(w) = \sum_{i=1}^{n} \left(\exp(w^T x_i) - y_i\, w^T x_i\right).$$" "\n\n"
            r"## Hessian" "\n\n"
            r"Differentiating twice, that is $H = X \operatorname{diag}(\lambda) X^T$, positive semidefinite." "\n")
    steps = _by_line(text)
    assert steps.get(9) and all(v not in ("PROVED", "PASSED") for v, _ in steps[9]), steps


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Differentiating once more, $H = X^T X$", "Let $H = X^T X$"),
        ("Differentiating once more, $H = X^T X$", "The Gram matrix $A = 2 X^T X$"),
    ],
    ids=["let", "another-letter"],
)
def test_a_real_definition_stays_a_definition(old: str, new: str) -> None:
    steps = _by_line(NOTES.replace(old, new))
    assert 11 not in steps, steps


def test_a_failing_reading_is_skipped_not_failed() -> None:
    r"""The Hessian of the log-likelihood, −XᵀX, beside the defined loss: the notes mean another function."""
    text = NOTES.replace("Differentiating once more, $H = X^T X$",
                         "The Hessian of the log-likelihood is $H = -X^T X$")
    steps = _by_line(text)
    assert [v for v, _ in steps[11]] == ["SKIPPED"], steps
    assert "that reading fails" in steps[11][0][1], steps
