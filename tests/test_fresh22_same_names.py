r"""A rewriting between undeclared quantities: both sides write the same names (documents.samenames).

"The posterior mean is a weighted average: $$\frac{a+k}{a+b+n} = \frac{a+b}{a+b+n}\cdot\frac{a}{a+b} + …$$" —
a lone equation between names the notes never declare was SKIPPED as "nothing says it is an identity (it may
hold only for particular values)", so a wrong exponent, a swapped denominator or a dropped factor in such a
rewriting passed unflagged (8 of the 28 planted mistakes fresh22 left SKIPPED). An equation the notes solve
relates different names on its sides (``X^T X w = X^T y``), isolates one (``V = r + \gamma V``), equals a number
or zero, or follows a sentence that says so ("setting …", "the constraint …"); a rewriting writes the same
names, two or more, on both sides. Such a step is checked; the others stay SKIPPED."""

from __future__ import annotations

import pytest

from verifier.documents.check import check_text
from verifier.results import Verdict


def _last(text: str) -> tuple[Verdict, str]:
    steps = [s for ch in check_text(text, "notes.md").chains for s in ch.result.steps]
    return steps[-1].verdict, steps[-1].message or ""


_MEAN = "Its mean is a weighted average:\n\n$$\\frac{a+k}{a+b+n} = \\frac{a+b}{a+b+n}\\cdot\\frac{a}{a+b} + {last}$$\n"


def test_a_sentence_that_goes_on_without_a_condition_keeps_it_checked() -> None:
    text = ("Up to constants,\n\n$$\\theta^k(1-\\theta)^{n-k}\\cdot\\theta^{a-1} = \\theta^{a+k}(1-\\theta)^{n-k}$$\n\n"
            "so the posterior is a Beta.\n")
    assert _last(text)[0] is Verdict.FAILED


def test_a_right_rewriting_is_proved() -> None:
    verdict, message = _last(_MEAN.replace("{last}", "\\frac{n}{a+b+n}\\cdot\\frac{k}{n}"))
    assert verdict is Verdict.PROVED, message


@pytest.mark.parametrize("text", [
    _MEAN.replace("{last}", "\\frac{n}{a+b+n}\\cdot\\frac{k}{a+b}"),
    "Up to constants,\n\n$$\\theta^k(1-\\theta)^{n-k}\\cdot\\theta^{a-1} = \\theta^{a+k}(1-\\theta)^{n-k}$$\n",
    "With this weighting,\n\n$$\\sigma^2\\left(s + \\frac{e}{\\sigma}\\right)^2 = (\\sigma s + \\sigma e)^2$$\n",
])
def test_a_wrong_rewriting_fails(text: str) -> None:
    verdict, message = _last(text)
    assert verdict is Verdict.FAILED, message


@pytest.mark.parametrize("text", [
    "We solve\n\n$$a x + b = c x$$\n",  # names differ on the sides
    "Then\n\n$$V = r + \\gamma V$$\n",  # a lone name: what the equation determines
    "Setting the two equal,\n\n$$a b + a = b^2 + a b^2$$\n",  # the prose says it is a condition
    "Then\n\n$$x^2 + x = 3x - 1$$\n",  # one name: an equation in one unknown
    "Then\n\n$$(-x)^n + x = x^n + x$$\n\nfor even $n$.\n",  # the sentence goes on with a condition
    "For $n$ even,\n\n$$(-x)^n + x = x^n + x$$\n",  # a hypothesis on its names
])
def test_equations_stay_skipped(text: str) -> None:
    verdict, message = _last(text)
    assert verdict is Verdict.SKIPPED, message


@pytest.mark.parametrize("text", [
    # review33a: the next line solves it for one of its names: an equation, not a rewriting
    "The lines cross at\n\n$$a x + b = b x + a$$\n\nwhich gives $x = 1$.\n",
    "The two costs agree at\n\n$$a x + b = b x + a$$\n\nso $x^* = 1$ whenever $a \\neq b$.\n",
    "The two costs agree at\n\n$$a x + b = b x + a$$\n\nSolving for $x$ gives one point.\n",
    # the sentence before says where it holds: the points where the curves meet, an equilibrium
    "The two curves meet where\n\n$$x y^2 = y x^2 + x$$\n",
    "The two curves intersect at\n\n$$x y^2 = y x^2 + x$$\n",
    "At the equilibrium,\n\n$$p q + q = q^2 p$$\n",
])
def test_an_equation_the_next_lines_solve_stays_skipped(text: str) -> None:
    verdict, message = _last(text)
    assert verdict is Verdict.SKIPPED, message
