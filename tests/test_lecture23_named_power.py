r"""``\operatorname{sinc}^2(x)`` is ``\operatorname{sinc}(x)^2``, as ``\sin^2(x)`` is (latex.rewrite, lecture23).

A named operator the notes define was read ``x \cdot sinc^2`` (a symbol squared times x) when a power stood
between its name and its argument, and the right derivative of the squared sinc was a false FAILED. Every
example is written here."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.engine import Settings

SETTINGS = Settings(points=30)

_NOTE = ("Let $\\operatorname{{sinc}}(x) = \\frac{{\\sin x}}{{x}}$ for $x \\neq 0$. Then\n"
         "\\[ \\frac{{d}}{{dx}} \\operatorname{{sinc}}^2(x) = {right} \\]\n")


def _verdicts(text: str) -> list[str]:
    return [s.verdict.value for c in check_text(text, "notes.tex", SETTINGS).chains for s in c.result.steps]


def test_a_named_operator_squared_before_its_argument_is_the_square_of_its_value() -> None:
    right = "2 \\operatorname{sinc}(x) \\frac{x \\cos x - \\sin x}{x^2}"
    assert _verdicts(_NOTE.format(right=right)) in (["PROVED"], ["PASSED"])
    assert _verdicts(_NOTE.format(right=right.replace("2 ", "", 1))) == ["FAILED"]
