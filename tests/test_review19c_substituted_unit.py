r"""A formula written out in place of a name defines the name only where it is one unit of its member,
as the name is (documents.substituted.parenthesised): ``\frac{d}{dw} 2 r = \frac{d}{dw} 2 y - w x`` says
the derivative of 2y, minus wx; read textually it "defined" r = y - wx, and a later line holding only for
that r (dr/dw = -x, a factor the member does not give) was PROVED. Small notes written for the test."""

from __future__ import annotations

from verifier.documents.check import check_text
from verifier.documents.substituted import parenthesised, substitution
from verifier.engine import Settings

FAST = Settings(points=30)

_NOTES = r"""
$$ L = 2 r $$
and
$$
\begin{align}
\frac{d L}{d w} &= \frac{d}{d w} 2 r \\
&= \frac{d}{d w} 2 FORMULA \\
&= -2x
\end{align}
$$
so that
$$ \frac{d r}{d w} = -x $$
"""


def _verdicts(text: str) -> dict[int, tuple[str, str]]:
    check = check_text(text.lstrip("\n"), "t.md", FAST)
    return {line: (s.verdict.value, s.message)
            for ch in check.chains for s, line in zip(ch.result.steps, ch.step_lines, strict=True)}


def test_a_formula_that_is_no_unit_of_its_member_defines_nothing() -> None:
    v = _verdicts(_NOTES.replace("FORMULA", "y - w x"))
    assert not v[6][1].startswith("defines r"), v[6]
    assert v[11][0] not in ("PROVED", "PASSED"), v[11]  # r = y - wx is not what the notes wrote


def test_the_formula_in_parentheses_defines_the_name() -> None:
    v = _verdicts(_NOTES.replace("FORMULA", r"\left(y - w x\right)"))
    assert v[6][1].startswith("defines r"), v[6]
    assert v[7][0] in ("PROVED", "PASSED"), v[7]
    assert v[11][0] in ("PROVED", "PASSED"), v[11]


def test_the_right_member_with_the_formula_in_parentheses() -> None:
    assert parenthesised(r"\frac{d}{dw} 2 r", r"\frac{d}{dw} 2 y - w x") == r"\frac{d}{dw} 2 \left(y - w x\right)"
    assert parenthesised(r"\frac{d}{dw} r", r"\frac{d}{dw} r") is None


def test_a_fraction_with_d_on_top_is_no_derivative() -> None:
    # -\frac{d}{2} s: half the dimension d times s, nothing differentiated (so no quantity to define)
    assert substitution(r"-\frac{d}{2} s", r"-\frac{d}{2} \log(2\pi)") is None
    assert substitution(r"\frac{d}{dx} s", r"\frac{d}{dx} \log(2 x)") == ("s", r"\log(2 x)")
    assert substitution(r"\frac{\partial}{\partial x} s", r"\frac{\partial}{\partial x} x^2") == ("s", "x^2")
    assert substitution(r"\frac{d}{dx}\left(a - s\right)", r"\frac{d}{dx}\left(a - x^2\right)") == ("s", "x^2")
