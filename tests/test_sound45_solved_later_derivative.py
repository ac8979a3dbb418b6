r"""A wrong derivative set to zero is no equation the notes solve (sound45, documents.solvedlater).

fresh34's solvedlater makes a FAILED first link SKIPPED where it holds at the value the notes find a few lines below
(``0.8(6 - m) = 0.2(2m - 3)``, then ``m = 4.5``). But "$$\frac{d}{dw}(w - 3)^2 = 4(w - 3) = 0,$$ so $$w = 3.$$"
(the derivative is 2(w − 3)) holds at w = 3 too — both sides vanish at the stationary point — and the wrong
derivative went FAILED → SKIPPED; so did a wrong rewrite ``2(w - 3) = 4w - 12`` before ``= 0``. A link that writes a
derivative, integral or sum is a claim about it, and a chain that goes on to a number (``= 0``) states its equation
there: its first link is a rewrite, checked as one. Every example is written here."""

from __future__ import annotations

from support import verdicts_by_line


def test_a_wrong_derivative_set_to_zero_is_failed() -> None:
    text = "# M\n\n$$\\frac{d}{dw}(w - 3)^2 = 4(w - 3) = 0,$$\n\nso $$w = 3.$$\n"
    assert verdicts_by_line(text)[3][0] == "FAILED"


def test_a_wrong_rewrite_before_zero_is_failed() -> None:
    text = "# M\n\n$$2(w - 3) = 4w - 12 = 0,$$\n\nso $$w = 3.$$\n"
    assert verdicts_by_line(text)[3][0] == "FAILED"


def test_an_equation_solved_below_is_still_skipped() -> None:
    text = "# B\n\n$$0.8(6 - m) = 0.2((m - 1) + (m - 2)) = 0.2(2m - 3)$$\n\nso $$m = \\frac{5.4}{1.2} = 4.5.$$\n"
    assert verdicts_by_line(text)[3][0] == "SKIPPED"
