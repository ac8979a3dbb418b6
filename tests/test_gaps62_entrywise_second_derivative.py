r"""A second derivative of an activation whose argument is a vector elsewhere in the notes (gaps62, left by stop 61).

Notes that write ``\mathbf{x} \in \mathbb{R}^n`` in one section and ``\sigma''(x) = \sigma'(x)(1 - 2\sigma(x))`` (or
``\frac{d^2}{dx^2}\sigma(x) = …``) in a section of scalar activations had the step SKIPPED "higher derivatives with
respect to a vector are not supported", where the first derivative was PROVED under the entry-wise reading. A
function applied entry by entry has a higher derivative that is zero off its diagonal: read as the first derivative's
diagonal Jacobian is, it holds where the scalar step holds and fails where it fails. Every note is written here."""

from __future__ import annotations

import pytest
from support import verdicts_by_line

_GREEN = (["PASSED"], ["PROVED"])
_STEPS = (
    ("\\sigma''(x) = \\sigma'(x)(1 - 2\\sigma(x))", "\\sigma''(x) = \\sigma'(x)(1 + 2\\sigma(x))"),
    (
        "\\frac{d^2}{dx^2}\\sigma(x) = \\sigma(x)(1 - \\sigma(x))(1 - 2\\sigma(x))",
        "\\frac{d^2}{dx^2}\\sigma(x) = \\sigma(x)(1 - \\sigma(x))(1 - \\sigma(x))",
    ),
    (
        "\\frac{d^2}{dx^2}\\tanh(x) = -2\\tanh(x)(1 - \\tanh^2(x))",
        "\\frac{d^2}{dx^2}\\tanh(x) = 2\\tanh(x)(1 - \\tanh^2(x))",
    ),
)


def _note(step: str) -> str:
    return (
        "# Models\n\nLet $\\mathbf{x} \\in \\mathbb{R}^n$ be an input and $s = \\mathbf{w}^\\top \\mathbf{x}$ its "
        f"score.\n\n## Activations\n\nThe curvature of the activation is\n\n$$\n{step}\n$$\n"
    )


@pytest.mark.parametrize(("right", "wrong"), _STEPS)
def test_a_second_derivative_reads_entry_wise(right: str, wrong: str) -> None:
    assert verdicts_by_line(_note(right))[10] in _GREEN
    assert verdicts_by_line(_note(wrong))[10] == ["FAILED"]


def test_a_hessian_of_a_scalar_of_the_vector_is_not_read_entry_wise() -> None:
    note = _note("\\frac{d^2}{dx^2} \\log(1 + e^{x}) = \\sigma(x)(1 - \\sigma(x))").replace(
        "## Activations", "Let $\\mathbf{u} = \\mathbf{x}$."
    )
    assert verdicts_by_line(note)[10] != ["FAILED"]
