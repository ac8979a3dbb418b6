r"""``At $a = 0$ … $\frac{\partial h}{\partial a} = b\,(0.5 + 0)$``: a worked link at a point the prose states for a
name the notes define by a formula.

The GeGLU note defines ``a = x^\top w``, ``b = x^\top v`` and ``h = \mathrm{GELU}(a)\,b``, then writes "At $a = 0$
… $\frac{\partial h}{\partial a} = b\,(0.5 + 0) = 0.5\,b$". A value stated for a defined name is not taken (the
name is computed from its formula), so the link was checked at every x, w, v and FAILED (a false alarm of v0.29.0,
fresh33). A side that writes a non-integer number beside names the notes define, one of which the prose before
gives a value, is a worked number at that point: SKIPPED like a number against such a definition, never green
(documents.definedpoints)."""

from __future__ import annotations

from support import doc_steps

from verifier.results import Verdict

_NOTES = """
# Gate

Per unit, with $a = x^\\top w$ and $b = x^\\top v$,

$$h = a\\,e^{{a}}\\, b .$$

At $a = 0$ the slope is $\\frac{{\\partial h}}{{\\partial a}} = {worked}$.
"""


def _first(worked: str) -> Verdict:
    return next(s.verdict for s in doc_steps(_NOTES.format(worked=worked)) if "partial a" in (s.lhs_latex or ""))


def test_the_worked_slope_is_not_failed() -> None:
    assert _first("b\\,(1 + 0)") is Verdict.SKIPPED


def test_a_wrong_worked_slope_is_never_green() -> None:
    assert _first("b\\,(0.5 + 0)") is Verdict.SKIPPED


def test_the_identity_is_still_checked() -> None:
    assert _first("b\\,(1 + a)\\,e^{a}") is Verdict.PROVED
    assert _first("b\\,(1 - a)\\,e^{a}") is not Verdict.PROVED  # right at a = 0, the point the prose names
