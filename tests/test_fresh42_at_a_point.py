r"""``which at $u = \hat u = A/m$ equals …``: the formula after "at" is the point, no claim (fresh42, claims).

After "Write $u = t^2$", the inline chain ``u = \hat u = A/m`` was read as a definition going on as a chain and its
links checked: ``u = \hat u`` (t² against A/m) was FAILED on a correct note. "at" right before a formula names the
point a value is taken at, a condition like "where" or "setting"; "we arrive at …" still states a claim. Every
example is written here."""

from __future__ import annotations

from support import verdicts_by_line

_NOTE = """# Curvature

Write $u = t^2$ and let $\\hat u = A/m$ be the stationary point.

The second derivative is $g(u) = \\frac{m}{2u^2} - \\frac{A}{u^3}$, which at $u = \\hat u = A/m$ is negative.
"""


def test_the_point_after_at_is_no_claim() -> None:
    assert "FAILED" not in {v for vs in verdicts_by_line(_NOTE).values() for v in vs}


def test_a_claim_arrived_at_is_still_checked() -> None:
    note = "# Sums\n\nAdding the two, we arrive at $t + t + t = 2t$ for every $t$.\n"
    assert verdicts_by_line(note)[3] == ["FAILED"]
